//! Properties of the rules that must hold for every household, income and answer.

use proptest::prelude::*;
use regelingencheck::rules::parameters::NormCategory;
use regelingencheck::rules::{
    parse_money, Circumstances, Date, Household, HouseholdError, Income, Money, Period, RuleSet,
    Verdict,
};
use rust_decimal::Decimal;

mod common;
use common::{dec, round_half_up, spec_norm, spec_percentage, JAN, JUL};

fn rules_for(date: Date) -> RuleSet {
    RuleSet::for_date(date).unwrap()
}

// ---- Strategies ---------------------------------------------------------------------------

fn date() -> impl Strategy<Value = Date> {
    (1u8..=12, 1u8..=28).prop_map(|(m, d)| Date::new(2023, m, d).unwrap())
}

fn period() -> impl Strategy<Value = Period> {
    prop::sample::select(Period::ALL.to_vec())
}

fn answer() -> impl Strategy<Value = Option<bool>> {
    prop::option::of(any::<bool>())
}

fn circumstances() -> impl Strategy<Value = Circumstances> {
    (answer(), answer(), answer(), answer()).prop_map(|(a, l, s, d)| Circumstances {
        assets_above_limit: a,
        low_income_3_years: l,
        student: s,
        debt_help: d,
    })
}

/// Any household the app accepts: ages 18 to 120, up to 20 children of 0 to 30, and the AOW
/// questions answered (only needed at 66, harmless otherwise).
fn valid_household() -> impl Strategy<Value = Household> {
    (
        18u8..=120,
        prop::option::of(18u8..=120),
        any::<bool>(),
        any::<bool>(),
        prop::collection::vec(0u8..=30, 0..=20),
    )
        .prop_map(|(age, partner_age, aow, partner_aow, children)| Household {
            age,
            partner_age,
            aow: Some(aow),
            partner_aow: Some(partner_aow),
            children,
        })
}

/// As `valid_household`, but the AOW answers may be missing.
fn any_household() -> impl Strategy<Value = Household> {
    (
        18u8..=120,
        prop::option::of(18u8..=120),
        answer(),
        answer(),
        prop::collection::vec(0u8..=30, 0..=20),
    )
        .prop_map(|(age, partner_age, aow, partner_aow, children)| Household {
            age,
            partner_age,
            aow,
            partner_aow,
            children,
        })
}

/// An income per month near one of the household's limits (where verdicts change), or
/// anywhere up to € 100,000.
fn income_cents_near_limits(
    rules: &RuleSet,
    household: &Household,
    pick: usize,
    offset: i64,
    anywhere: i64,
    holiday_pay_included: bool,
) -> i64 {
    let category = household.leefvorm(rules.aow_age).unwrap().norm_category();
    let n = rules.regelingen.len();
    if pick >= n {
        return anywhere;
    }
    let limits = rules.limits(pick, category);
    let limit = if holiday_pay_included {
        limits.incl_holiday_pay
    } else {
        limits.excl_holiday_pay
    };
    (limit.cents() + offset).max(0)
}

fn verdicts(rules: &RuleSet, h: &Household, income: Income, c: Circumstances) -> Vec<Verdict> {
    rules
        .evaluate(h, income, c)
        .unwrap()
        .schemes
        .iter()
        .map(|s| s.verdict)
        .collect()
}

/// For every regeling, the verdict at income `hi` (in cents) is no better than at `lo`.
fn no_better_verdict_at_the_higher(
    rules: &RuleSet,
    household: &Household,
    c: Circumstances,
    income: impl Fn(i64) -> Income,
    lo: i64,
    hi: i64,
) -> Result<(), TestCaseError> {
    let at_lo = verdicts(rules, household, income(lo), c);
    let at_hi = verdicts(rules, household, income(hi), c);
    for (i, (l, h)) in at_lo.iter().zip(&at_hi).enumerate() {
        prop_assert!(
            h <= l,
            "{}: {:?} at {} but {:?} at {}",
            rules.regelingen[i].id,
            l,
            lo,
            h,
            hi
        );
    }
    Ok(())
}

/// Every way of filling in the unknown circumstances with yes or no.
fn fillings(c: Circumstances) -> Vec<Circumstances> {
    let mut out = vec![c];
    for field in 0..4 {
        let mut next = Vec::new();
        for c in out {
            let slot = |c: &Circumstances| match field {
                0 => c.assets_above_limit,
                1 => c.low_income_3_years,
                2 => c.student,
                _ => c.debt_help,
            };
            if slot(&c).is_some() {
                next.push(c);
                continue;
            }
            for value in [true, false] {
                let mut filled = c;
                *match field {
                    0 => &mut filled.assets_above_limit,
                    1 => &mut filled.low_income_3_years,
                    2 => &mut filled.student,
                    _ => &mut filled.debt_help,
                } = Some(value);
                next.push(filled);
            }
        }
        out = next;
    }
    out
}

fn dutch(cents: i64) -> String {
    format!("{},{:02}", grouped(cents / 100, '.'), cents % 100)
}

fn english(cents: i64) -> String {
    format!("{}.{:02}", grouped(cents / 100, ','), cents % 100)
}

fn grouped(euros: i64, mark: char) -> String {
    let digits = euros.to_string();
    let mut out = String::new();
    for (i, ch) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(mark);
        }
        out.push(ch);
    }
    out
}

fn arabic_indic(s: &str) -> String {
    s.chars()
        .map(|c| match c {
            '0'..='9' => char::from_u32('٠' as u32 + (c as u32 - '0' as u32)).unwrap(),
            '.' => '٫',
            other => other,
        })
        .collect()
}

// ---- (3) Limits are exact to the cent -----------------------------------------------------

fn check_limits_exact(date: Date) -> Result<(), TestCaseError> {
    let rules = rules_for(date);
    prop_assert_eq!(rules.regelingen.len(), 9);
    for (i, regeling) in rules.regelingen.iter().enumerate() {
        prop_assert_eq!(regeling.percentage, spec_percentage(regeling.id));
        for category in NormCategory::ALL {
            let norm = spec_norm(category, date);
            prop_assert_eq!(rules.norm(category), Money::from_decimal(norm));
            let limits = rules.limits(i, category);
            let incl = round_half_up(regeling.percentage / Decimal::ONE_HUNDRED * norm);
            let excl = round_half_up(dec("0.95") * incl);
            prop_assert_eq!(limits.incl_holiday_pay, Money::from_decimal(incl));
            prop_assert_eq!(limits.excl_holiday_pay, Money::from_decimal(excl));
            prop_assert!(limits.incl_holiday_pay.as_decimal().scale() <= 2);
            prop_assert!(limits.excl_holiday_pay.as_decimal().scale() <= 2);
        }
    }
    Ok(())
}

#[test]
fn limits_are_exact_to_the_cent_for_every_regeling_and_norm_on_both_norm_dates() {
    for date in [JAN, JUL] {
        check_limits_exact(date).unwrap();
    }
}

proptest! {
    // ---- (1) A higher income never gives a better verdict ---------------------------------

    #[test]
    fn a_higher_income_never_gives_a_better_verdict(
        date in date(),
        household in valid_household(),
        c in circumstances(),
        period in period(),
        holiday_pay_included in any::<bool>(),
        a in 0i64..=10_000_000,
        b in 0i64..=10_000_000,
    ) {
        let rules = rules_for(date);
        let income = |cents: i64| Income {
            amount: Money::from_cents(cents),
            period,
            holiday_pay_included,
        };
        let (lo, hi) = (a.min(b), a.max(b));
        no_better_verdict_at_the_higher(&rules, &household, c, income, lo, hi)?;
    }

    #[test]
    fn a_higher_income_near_a_limit_never_gives_a_better_verdict(
        date in date(),
        household in valid_household(),
        c in circumstances(),
        holiday_pay_included in any::<bool>(),
        pick in 0usize..10,
        offset in -3000i64..=3000,
        anywhere in 0i64..=500_000,
        step in 0i64..=2500,
    ) {
        let rules = rules_for(date);
        let lo = income_cents_near_limits(
            &rules, &household, pick, offset, anywhere, holiday_pay_included,
        );
        let hi = lo + step;
        let income = |cents: i64| Income {
            amount: Money::from_cents(cents),
            period: Period::Month,
            holiday_pay_included,
        };
        no_better_verdict_at_the_higher(&rules, &household, c, income, lo, hi)?;
    }

    // ---- (2) Yes and No with unknown answers stay the same whatever the answers -----------

    #[test]
    fn a_yes_or_no_with_unknown_answers_stays_the_same_for_every_answer(
        date in date(),
        household in valid_household(),
        c in circumstances(),
        holiday_pay_included in any::<bool>(),
        pick in 0usize..10,
        offset in -3000i64..=3000,
        anywhere in 0i64..=500_000,
    ) {
        let rules = rules_for(date);
        let cents = income_cents_near_limits(
            &rules, &household, pick, offset, anywhere, holiday_pay_included,
        );
        let income = Income {
            amount: Money::from_cents(cents),
            period: Period::Month,
            holiday_pay_included,
        };
        let before = verdicts(&rules, &household, income, c);
        for filled in fillings(c) {
            let after = verdicts(&rules, &household, income, filled);
            for (i, (b, a)) in before.iter().zip(&after).enumerate() {
                if *b != Verdict::Maybe {
                    prop_assert_eq!(
                        b, a,
                        "{} with {:?} became {:?} with {:?}",
                        rules.regelingen[i].id, c, a, filled
                    );
                }
            }
        }
    }

    // ---- (3) Limits are exact to the cent on every date of 2023 ---------------------------

    #[test]
    fn limits_are_exact_to_the_cent_on_every_date_of_2023(date in date()) {
        check_limits_exact(date)?;
    }

    // ---- (4) Typed amounts read back to the same money ------------------------------------

    #[test]
    fn an_amount_written_dutch_english_or_plain_reads_back_the_same(
        cents in 0i64..1_000_000_000,
    ) {
        let expected = Ok(Money::from_cents(cents));
        let plain = format!("{}.{:02}", cents / 100, cents % 100);
        let plain_comma = format!("{},{:02}", cents / 100, cents % 100);
        for text in [
            dutch(cents),
            english(cents),
            plain.clone(),
            plain_comma,
            format!("€ {}", dutch(cents)),
            format!("{} euro", english(cents)),
            arabic_indic(&plain),
        ] {
            prop_assert_eq!(parse_money(&text), expected, "{}", text);
        }
    }

    #[test]
    fn whole_euros_written_with_thousands_separators_read_back_the_same(
        euros in 0i64..10_000_000,
    ) {
        let expected = Ok(Money::from_cents(euros * 100));
        for text in [
            grouped(euros, '.'),
            grouped(euros, ','),
            euros.to_string(),
            format!("€ {},-", grouped(euros, '.')),
        ] {
            prop_assert_eq!(parse_money(&text), expected, "{}", text);
        }
    }

    // ---- (5) evaluate never panics ---------------------------------------------------------

    #[test]
    fn evaluate_never_panics_and_answers_for_all_nine_regelingen(
        date in date(),
        household in any_household(),
        c in circumstances(),
        period in period(),
        holiday_pay_included in any::<bool>(),
        cents in 0i64..=10_000_000,
    ) {
        let rules = rules_for(date);
        let income = Income {
            amount: Money::from_cents(cents),
            period,
            holiday_pay_included,
        };
        let result = rules.evaluate(&household, income, c);
        let applicant_needs_answer = household.age == 66 && household.aow.is_none();
        let partner_needs_answer =
            household.partner_age == Some(66) && household.partner_aow.is_none();
        if applicant_needs_answer {
            prop_assert_eq!(result, Err(HouseholdError::AowAnswerNeeded { partner: false }));
        } else if partner_needs_answer {
            prop_assert_eq!(result, Err(HouseholdError::AowAnswerNeeded { partner: true }));
        } else {
            let e = result.unwrap();
            prop_assert_eq!(e.schemes.len(), 9);
            prop_assert_eq!(e.income_per_month, period.per_month(Money::from_cents(cents)));
            prop_assert_eq!(e.leefvorm.has_partner(), household.partner_age.is_some());
            for s in &e.schemes {
                prop_assert!(!s.reasons.is_empty(), "{}", s.regeling.id);
                if matches!(s.regeling.id, "kwijtschelding" | "bijzondere_bijstand") {
                    prop_assert!(s.verdict <= Verdict::Maybe, "{}", s.regeling.id);
                }
                let no_limit = s.regeling.id == "kindpakket" && c.debt_help == Some(true);
                prop_assert_eq!(s.limits.is_none(), no_limit, "{}", s.regeling.id);
            }
        }
    }
}
