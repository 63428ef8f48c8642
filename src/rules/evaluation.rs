//! Household + income → per regeling a verdict with its reasons.

use super::conditions::{self, Facts, Outcome};
use super::date::Date;
use super::household::{Circumstances, Household, HouseholdError, Leefvorm};
use super::income::Income;
use super::money::{divide_rounded, hundredths, Money};
use super::parameters::{
    self, AowAge, ConditionKind, Dated, LimitBase, NormCategory, Regeling, HOLIDAY_PAY_SHARE, NORMS,
};
use super::reason::Reason;
use super::verdict::Verdict;
use rust_decimal::Decimal;

/// A regeling's income limit for one norm.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Limits {
    /// Percentage × norm incl. vakantietoeslag, rounded half-up to the cent.
    pub incl_holiday_pay: Money,
    /// What to compare an income without holiday pay with: 95% of the limit incl., or the
    /// percentage of the norm excl., as the regeling's `limit_base` says; rounded half-up.
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
                let share_of_norm = per_hundred(r.percentage);
                norms.value.map(|norm| {
                    let incl = norm.times(share_of_norm);
                    let excl = match r.limit_base {
                        LimitBase::NormIncl => incl.times(excl_factor),
                        LimitBase::NormExcl => norm.times(excl_factor).times(share_of_norm),
                    };
                    Limits {
                        incl_holiday_pay: incl,
                        excl_holiday_pay: excl,
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

    pub fn limits(&self, regeling_index: usize, category: NormCategory) -> Limits {
        self.limits[regeling_index][category as usize]
    }

    /// How many years of low income a regeling in force asks for (the IIT: 3), for the texts.
    pub fn low_income_years(&self) -> Option<u8> {
        self.regelingen
            .iter()
            .flat_map(|r| r.conditions)
            .find_map(|c| match c.kind {
                ConditionKind::LowIncomeYears { years } => Some(years),
                _ => None,
            })
    }

    pub fn norm(&self, category: NormCategory) -> Money {
        self.norms.value[category as usize]
    }

    /// The norm × (1 − the vakantietoeslag share), rounded half-up to the cent.
    pub fn norm_excl_holiday_pay(&self, category: NormCategory) -> Money {
        self.norms_excl_holiday_pay[category as usize]
    }

    /// What the conditions of the regelingen look at, for a household of `leefvorm`.
    fn facts<'a>(
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

    /// Everything about a household that does not depend on its income: its leefvorm and norm,
    /// and per regeling its limits and the outcome of each condition. The income test follows
    /// with [`Assessment::at_income`], as the law has it: assess the household, then look at
    /// which side of each limit the income falls.
    pub fn assess(
        &self,
        household: &Household,
        circumstances: Circumstances,
    ) -> Result<Assessment, HouseholdError> {
        let leefvorm = household.leefvorm(self.aow_age)?;
        let category = leefvorm.norm_category();
        let facts = self.facts(household, leefvorm, circumstances);
        let schemes = self
            .regelingen
            .iter()
            .enumerate()
            .map(|(i, &regeling)| SchemeAssessment {
                regeling,
                limits: self.limits(i, category),
                income_limit: match (regeling.debt_help_lifts_limit, circumstances.debt_help) {
                    (None, _) | (Some(_), Some(false)) => IncomeLimit::Applies,
                    (Some(_), Some(true)) => IncomeLimit::Lifted,
                    (Some(_), None) => IncomeLimit::LiftedIfDebtHelp,
                },
                conditions: regeling
                    .conditions
                    .iter()
                    .map(|c| conditions::check(c.kind, &facts))
                    .collect(),
            })
            .collect();
        Ok(Assessment {
            leefvorm,
            norm: self.norm(category),
            norm_excl_holiday_pay: self.norm_excl_holiday_pay(category),
            norm_date: self.norms.start,
            margin: self.margin,
            schemes,
        })
    }

    pub fn evaluate(
        &self,
        household: &Household,
        income: Income,
        circumstances: Circumstances,
    ) -> Result<Evaluation, HouseholdError> {
        Ok(self.assess(household, circumstances)?.at_income(income))
    }
}

/// A household assessed on everything but its income (see [`RuleSet::assess`]).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Assessment {
    pub leefvorm: Leefvorm,
    /// The norm incl. vakantietoeslag, and the date it started.
    pub norm: Money,
    pub norm_excl_holiday_pay: Money,
    pub norm_date: Date,
    pub margin: Money,
    pub schemes: Vec<SchemeAssessment>,
}

/// One regeling for one household, before its income is known.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SchemeAssessment {
    pub regeling: &'static Regeling,
    pub limits: Limits,
    pub income_limit: IncomeLimit,
    /// The outcome of each condition, in the order of the regeling's conditions.
    pub conditions: Vec<Outcome>,
}

/// Whether the income limit applies to this household (debt help lifts the kindpakket's).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum IncomeLimit {
    Applies,
    /// In schuldhulpverlening or WSNP: no income limit.
    Lifted,
    /// Debt help is not known, and would lift the limit.
    LiftedIfDebtHelp,
}

/// Where a regeling's verdict can change with the income: at its limit, and at the limit plus the
/// margin (up to there an income above the limit is a "maybe").
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Breakpoint {
    pub regeling: &'static Regeling,
    pub limit: Money,
    pub margin_edge: Money,
}

impl Assessment {
    /// The income limits where a verdict can change, for an income with or without
    /// vakantietoeslag; none for a regeling whose limit debt help has lifted.
    pub fn breakpoints(&self, holiday_pay_included: bool) -> Vec<Breakpoint> {
        self.schemes
            .iter()
            .filter(|s| s.income_limit != IncomeLimit::Lifted)
            .map(|s| {
                let limit = s.limits.for_income(holiday_pay_included);
                Breakpoint {
                    regeling: s.regeling,
                    limit,
                    margin_edge: limit + self.margin,
                }
            })
            .collect()
    }

    /// The evaluation of this household at `income`.
    pub fn at_income(&self, income: Income) -> Evaluation {
        let income_per_month = income.per_month();
        let compared_norm = if income.holiday_pay_included {
            self.norm
        } else {
            self.norm_excl_holiday_pay
        };
        Evaluation {
            leefvorm: self.leefvorm,
            norm: self.norm,
            norm_excl_holiday_pay: self.norm_excl_holiday_pay,
            norm_date: self.norm_date,
            income_per_month,
            percent_of_norm: percent_of(income_per_month, compared_norm),
            schemes: self
                .schemes
                .iter()
                .map(|s| s.at_income(income_per_month, income.holiday_pay_included, self.margin))
                .collect(),
        }
    }
}

impl Limits {
    /// The limit an income is compared with: incl. vakantietoeslag when the income includes it.
    pub fn for_income(&self, holiday_pay_included: bool) -> Money {
        if holiday_pay_included {
            self.incl_holiday_pay
        } else {
            self.excl_holiday_pay
        }
    }
}

impl SchemeAssessment {
    /// One regeling's verdict with its reasons, for an income per month.
    fn at_income(&self, income: Money, holiday_pay_included: bool, margin: Money) -> SchemeResult {
        let regeling = self.regeling;
        // The income, debt help, one per condition and the capacity test at most.
        let mut reasons = Vec::with_capacity(self.conditions.len() + 3);
        let mut fails = false;
        let mut unsure = false;

        let shown_limits = if self.income_limit == IncomeLimit::Lifted {
            reasons.push(Reason::DebtHelpNoIncomeLimit);
            None
        } else {
            let limit = self.limits.for_income(holiday_pay_included);
            let (reason, allows) = income_test(income, limit, margin);
            reasons.push(reason);
            match allows {
                Verdict::Yes => {}
                // Debt help, not known, would lift the income above the limit.
                _ if self.income_limit == IncomeLimit::LiftedIfDebtHelp => {
                    unsure = true;
                    reasons.push(Reason::DebtHelpUnknown);
                }
                Verdict::Maybe => unsure = true,
                Verdict::No => fails = true,
            }
            Some(self.limits)
        };

        // Unknown answers only matter, and are only named, when nothing says no. Until something
        // does, every reason after the first (the income's) names an unknown answer; the first
        // "no" drops them, and after it unknowns are not added.
        for outcome in &self.conditions {
            match *outcome {
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

        let verdict = if fails {
            Verdict::No
        } else if unsure || regeling.verdict_at_most == Verdict::Maybe {
            if regeling.verdict_at_most == Verdict::Maybe {
                reasons.push(Reason::CapacityTestNeeded);
            }
            Verdict::Maybe
        } else {
            Verdict::Yes
        };
        SchemeResult {
            regeling,
            verdict,
            limits: shown_limits,
            reasons,
        }
    }
}

/// `p` / 100, exactly: the same digits two places further right. A Decimal division would bring
/// rust_decimal's division code into the browser's bundle for this one use.
fn per_hundred(p: Decimal) -> Decimal {
    Decimal::from_i128_with_scale(p.mantissa(), p.scale() + 2)
}

/// `part` as a percentage of `whole`, rounded half away from zero to two decimals.
fn percent_of(part: Money, whole: Money) -> Decimal {
    hundredths(divide_rounded(part.cents() * 10_000, whole.cents()))
}

/// Income against one limit, with the margin of spec section 4: the reason, and the best
/// verdict the income allows.
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
