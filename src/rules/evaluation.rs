//! Household + income → per regeling a verdict with its reasons.

use super::conditions::{self, Facts, Outcome};
use super::date::Date;
use super::household::{Circumstances, Household, HouseholdError, Leefvorm};
use super::income::Income;
use super::money::Money;
use super::parameters::{self, AowAge, Dated, NormCategory, Regeling, HOLIDAY_PAY_SHARE, NORMS};
use super::reason::Reason;
use super::verdict::Verdict;
use rust_decimal::Decimal;

/// A regeling's income limit for one norm.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Limits {
    /// Percentage × norm incl. vakantietoeslag, rounded half-up to the cent.
    pub incl_holiday_pay: Money,
    /// 95% of that, rounded half-up: what to compare an income without holiday pay with.
    pub excl_holiday_pay: Money,
}

/// There are no norms in the data for this date.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NoNormsForDate {
    pub date: Date,
    /// The start dates of the norms that exist.
    pub available: Vec<Date>,
    pub covered_until: Date,
}

/// Everything in force on one date, with the limits worked out once.
#[derive(Debug)]
pub struct RuleSet {
    pub date: Date,
    pub norms: &'static Dated<[Money; 9]>,
    pub holiday_pay_share: Decimal,
    pub vermogensgrens: &'static Dated<[Money; 3]>,
    pub aow_age: AowAge,
    pub margin: Money,
    pub regelingen: Vec<&'static Regeling>,
    /// `limits[regeling index][norm category]`.
    limits: Vec<[Limits; 9]>,
    /// The norms without vakantietoeslag, per norm category: worked out once, not per household.
    norms_excl_holiday_pay: [Money; 9],
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SchemeResult {
    pub regeling: &'static Regeling,
    pub verdict: Verdict,
    /// `None` when there is no income limit for this household (kindpakket with debt help).
    pub limits: Option<Limits>,
    pub reasons: Vec<Reason>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Evaluation {
    pub leefvorm: Leefvorm,
    /// The norm incl. vakantietoeslag, and the date it started.
    pub norm: Money,
    pub norm_excl_holiday_pay: Money,
    pub norm_date: Date,
    pub income_per_month: Money,
    /// Income as a percentage of the norm it is comparable with (excl. holiday pay when the
    /// income is without it), two decimals.
    pub percent_of_norm: Decimal,
    pub schemes: Vec<SchemeResult>,
}

impl RuleSet {
    pub fn for_date(date: Date) -> Result<RuleSet, NoNormsForDate> {
        let no_norms = || NoNormsForDate {
            date,
            available: parameters::norm_dates(),
            covered_until: parameters::COVERED_UNTIL,
        };
        if date > parameters::COVERED_UNTIL {
            return Err(no_norms());
        }
        let norms = parameters::in_force(&NORMS, date).ok_or_else(no_norms)?;
        let (Some(share), Some(vermogensgrens), Some(aow_age), Some(margin)) = (
            parameters::in_force(&HOLIDAY_PAY_SHARE, date),
            parameters::in_force(&parameters::VERMOGENSGRENS, date),
            parameters::in_force(&parameters::AOW_AGE, date),
            parameters::in_force(&parameters::MARGIN, date),
        ) else {
            return Err(no_norms());
        };
        let regelingen = parameters::regelingen_in_force(date);
        let excl_factor = Decimal::ONE - share.value;
        let limits = regelingen
            .iter()
            .map(|r| {
                let share_of_norm = r.percentage / Decimal::ONE_HUNDRED;
                norms.value.map(|norm| {
                    let incl = norm.times(share_of_norm);
                    Limits {
                        incl_holiday_pay: incl,
                        excl_holiday_pay: incl.times(excl_factor),
                    }
                })
            })
            .collect();
        let norms_excl_holiday_pay = norms.value.map(|norm| norm.times(excl_factor));
        Ok(RuleSet {
            date,
            norms,
            holiday_pay_share: share.value,
            vermogensgrens,
            aow_age: aow_age.value,
            margin: margin.value,
            regelingen,
            limits,
            norms_excl_holiday_pay,
        })
    }

    /// Whether `other` (for another date) has the same parameters in force, so that every
    /// household gets the same evaluation from both: the batch command then keeps one of them.
    pub fn same_rules(&self, other: &RuleSet) -> bool {
        std::ptr::eq(self.norms, other.norms)
            && std::ptr::eq(self.vermogensgrens, other.vermogensgrens)
            && self.holiday_pay_share == other.holiday_pay_share
            && self.aow_age == other.aow_age
            && self.margin == other.margin
            && self.regelingen.len() == other.regelingen.len()
            && self
                .regelingen
                .iter()
                .zip(&other.regelingen)
                .all(|(a, b)| std::ptr::eq(*a, *b))
    }

    pub fn limits(&self, regeling_index: usize, category: NormCategory) -> Limits {
        self.limits[regeling_index][category as usize]
    }

    pub fn norm(&self, category: NormCategory) -> Money {
        self.norms.value[category as usize]
    }

    /// The norm × (1 − the vakantietoeslag share), rounded half-up to the cent.
    pub fn norm_excl_holiday_pay(&self, category: NormCategory) -> Money {
        self.norms_excl_holiday_pay[category as usize]
    }

    /// What the conditions of the regelingen look at, for a household of `leefvorm`. Together
    /// with the leefvorm and the income it decides the evaluation: two households with the same
    /// leefvorm and the same outcomes of these facts get the same evaluation apart from what
    /// comes from the income (the batch command makes use of that).
    pub fn facts<'a>(
        &self,
        household: &'a Household,
        leefvorm: Leefvorm,
        circumstances: Circumstances,
    ) -> Facts<'a> {
        Facts {
            household,
            circumstances,
            applicant_at_aow_age: super::household::reached_aow_age(
                household.age,
                household.aow,
                self.aow_age,
            )
            .unwrap_or(false),
            vermogensgrens: self.vermogensgrens.value[leefvorm.vermogen_category() as usize],
        }
    }

    /// Income as a percentage of the norm it is comparable with: the norm incl. vakantietoeslag
    /// when the income includes it, else the norm without. Two decimals.
    pub fn percent_of_norm(
        &self,
        income_per_month: Money,
        category: NormCategory,
        holiday_pay_included: bool,
    ) -> Decimal {
        let compared_norm = if holiday_pay_included {
            self.norm(category)
        } else {
            self.norm_excl_holiday_pay(category)
        };
        percent_of(income_per_month, compared_norm)
    }

    pub fn evaluate(
        &self,
        household: &Household,
        income: Income,
        circumstances: Circumstances,
    ) -> Result<Evaluation, HouseholdError> {
        self.evaluate_reusing(household, income, circumstances, Vec::new())
    }

    /// As `evaluate`, but the lists of `reuse` (the schemes of an earlier evaluation) are filled
    /// again instead of new ones allocated: the batch command evaluates hundreds of thousands of
    /// households a second, and allocating ten lists for each of them was a large part of that
    /// time.
    pub fn evaluate_reusing(
        &self,
        household: &Household,
        income: Income,
        circumstances: Circumstances,
        reuse: Vec<SchemeResult>,
    ) -> Result<Evaluation, HouseholdError> {
        let leefvorm = household.leefvorm(self.aow_age)?;
        let category = leefvorm.norm_category();
        let income_per_month = income.per_month();
        let percent_of_norm =
            self.percent_of_norm(income_per_month, category, income.holiday_pay_included);
        let facts = self.facts(household, leefvorm, circumstances);
        let mut schemes = reuse;
        schemes.truncate(self.regelingen.len());
        for (i, &regeling) in self.regelingen.iter().enumerate() {
            let limits = self.limits(i, category);
            if i == schemes.len() {
                schemes.push(SchemeResult {
                    regeling,
                    verdict: Verdict::No,
                    limits: None,
                    reasons: Vec::with_capacity(4),
                });
            }
            self.scheme(
                &mut schemes[i],
                regeling,
                limits,
                income_per_month,
                income.holiday_pay_included,
                &facts,
            );
        }
        Ok(Evaluation {
            leefvorm,
            norm: self.norm(category),
            norm_excl_holiday_pay: self.norm_excl_holiday_pay(category),
            norm_date: self.norms.start,
            income_per_month,
            percent_of_norm,
            schemes,
        })
    }

    /// One regeling's verdict, written into `result`, whose list of reasons is filled again
    /// rather than a new one allocated, for the batch command's speed.
    ///
    /// The result depends on the household only through the regeling's limits, the outcome of
    /// the income test (within the limit, within the margin above it, or further above) with its
    /// amounts, the debt-help answer, and the outcomes of the conditions. The batch command
    /// relies on this to reuse a result for households that differ only in income; keep it so.
    fn scheme(
        &self,
        result: &mut SchemeResult,
        regeling: &'static Regeling,
        limits: Limits,
        income: Money,
        holiday_pay_included: bool,
        facts: &Facts,
    ) {
        let reasons = &mut result.reasons;
        reasons.clear();
        let mut fails = false;
        let mut unsure = false;
        let debt_help_lifts = regeling.debt_help_lifts_limit.is_some();
        let limit = if holiday_pay_included {
            limits.incl_holiday_pay
        } else {
            limits.excl_holiday_pay
        };

        let shown_limits = if debt_help_lifts && facts.circumstances.debt_help == Some(true) {
            reasons.push(Reason::DebtHelpNoIncomeLimit);
            None
        } else {
            let (reason, allows) = income_test(income, limit, self.margin);
            reasons.push(reason);
            match allows {
                Verdict::Yes => {}
                // Debt help, not known, would lift the income above the limit.
                _ if debt_help_lifts && facts.circumstances.debt_help.is_none() => {
                    unsure = true;
                    reasons.push(Reason::DebtHelpUnknown);
                }
                Verdict::Maybe => unsure = true,
                Verdict::No => fails = true,
            }
            Some(limits)
        };

        // Unknown answers only matter, and are only named, when nothing says no. Until something
        // does, every reason after the first (the income's) names an unknown answer; the first
        // "no" drops them, and after it unknowns are not added.
        for condition in regeling.conditions {
            match conditions::check(condition.kind, facts) {
                Outcome::Pass => {}
                Outcome::Unsure(r) => {
                    unsure = true;
                    if !fails {
                        reasons.push(r);
                    }
                }
                Outcome::Fail(r) => {
                    if !fails {
                        reasons.truncate(1);
                        fails = true;
                    }
                    reasons.push(r);
                }
            }
        }

        result.regeling = regeling;
        result.limits = shown_limits;
        result.verdict = if fails {
            Verdict::No
        } else if unsure || regeling.verdict_at_most == Verdict::Maybe {
            if regeling.verdict_at_most == Verdict::Maybe {
                reasons.push(Reason::CapacityTestNeeded);
            }
            Verdict::Maybe
        } else {
            Verdict::Yes
        };
    }
}

/// `part` as a percentage of `whole`, rounded half away from zero to two decimals.
fn percent_of(part: Money, whole: Money) -> Decimal {
    let (p, w) = (part.as_decimal(), whole.as_decimal());
    // Amounts in cents with two decimals (all of them, in practice) give the percentage as a
    // quotient of whole numbers: exact, and a fraction of the cost of dividing and rounding
    // 28-digit decimals, which showed in the batch command's profile. The result is the same
    // `Decimal`, representation included (a test compares them): the division gives a whole
    // percentage without decimals when it comes out exactly (100, not 100.00), anything else
    // with two after rounding (12.50, 0.00).
    if p.scale() == 2 && w.scale() == 2 {
        // Below 2^40 cents (eleven billion euros), `part × 20,000` fits an i64, whose division
        // is several times cheaper than an i128's.
        const ROOM: i128 = 1 << 40;
        let (part, whole) = (p.mantissa(), w.mantissa());
        let positive = !p.is_sign_negative() && w.is_sign_positive();
        if positive && (0..ROOM).contains(&part) && (1..ROOM).contains(&whole) {
            let (part, whole) = (part as i64, whole as i64);
            if (part * 100) % whole == 0 {
                return Decimal::new(part * 100 / whole, 0);
            }
            // Hundredths of a percent, rounded half up.
            let hundredths = (part * 20_000 + whole) / (2 * whole);
            return Decimal::new(hundredths, 2);
        }
    }
    (p * Decimal::ONE_HUNDRED / w)
        .round_dp_with_strategy(2, rust_decimal::RoundingStrategy::MidpointAwayFromZero)
}

/// Income against one limit, with the margin of spec section 4: the reason, and the best
/// verdict the income allows. (A verdict rather than an `Outcome`, which would carry a second
/// copy of the reason: moving those copies around showed in the batch command's profile.)
pub fn income_test(income: Money, limit: Money, margin: Money) -> (Reason, Verdict) {
    if income <= limit {
        return (Reason::IncomeWithinLimit { income, limit }, Verdict::Yes);
    }
    let over_by = income - limit;
    if over_by <= margin {
        let r = Reason::WithinMargin {
            income,
            limit,
            over_by,
        };
        (r, Verdict::Maybe)
    } else {
        let r = Reason::IncomeAboveLimit {
            income,
            limit,
            over_by,
        };
        (r, Verdict::No)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn by_division(part: Money, whole: Money) -> Decimal {
        (part.as_decimal() * Decimal::ONE_HUNDRED / whole.as_decimal())
            .round_dp_with_strategy(2, rust_decimal::RoundingStrategy::MidpointAwayFromZero)
    }

    /// The quick way gives the same number as dividing decimals, over many incomes and norms,
    /// midpoints included.
    #[test]
    fn percent_of_is_the_rounded_quotient() {
        let norms = [
            115579, 121662, 28535, 30036, 165112, 184360, 100, 200, 1, 3, 7, 8, 300000,
        ];
        let mut state = 0x9e37_79b9_7f4a_7c15u64;
        for &norm in &norms {
            let whole = Money::from_cents(norm);
            let mut incomes: Vec<i64> = (0..2_000)
                .chain([norm, norm / 2, norm / 4, norm / 8, 999_999_999])
                .collect();
            for _ in 0..5_000 {
                state ^= state << 13;
                state ^= state >> 7;
                state ^= state << 17;
                incomes.push((state % 1_000_000_000) as i64);
            }
            for income in incomes {
                let part = Money::from_cents(income);
                let quick = percent_of(part, whole);
                let divided = by_division(part, whole);
                assert_eq!(quick, divided, "{part} of {whole}");
                // The same representation too, so that it also prints the same.
                assert_eq!(
                    quick.serialize(),
                    divided.serialize(),
                    "{part} of {whole}: {quick} {divided}"
                );
            }
        }
        // Every small case, where exact quotients (12.5, 33.33..., 50) are common.
        for whole in 1..=200 {
            for part in 0..=3_000 {
                let (part, whole) = (Money::from_cents(part), Money::from_cents(whole));
                let quick = percent_of(part, whole);
                assert_eq!(quick.serialize(), by_division(part, whole).serialize());
            }
        }
        // Amounts with more than two decimals go the general way.
        let odd = Money::from_decimal(Decimal::new(123_456, 3));
        assert_eq!(
            percent_of(odd, Money::from_cents(100)),
            by_division(odd, Money::from_cents(100))
        );
    }
}
