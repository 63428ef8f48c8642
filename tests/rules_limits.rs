//! The income limits of every regeling, for every leefvorm and both norm dates of 2023, checked
//! against limits computed here, independently, from the norm table of the specification
//! (/work/shared/domain/README.md, sections 1-4).

use regelingencheck::rules::{
    Circumstances, Date, Evaluation, Household, Income, Leefvorm, Limits, Money, Period, Reason,
    RuleSet, SchemeResult, Verdict,
};
use rust_decimal::Decimal;

mod common;
use common::{couple, dec, eur, round_half_up, single, spec_norm, JAN, JUL, SPEC_REGELINGEN};

/// The norm category of each leefvorm, as spec section 6 assigns it (the test's own mapping).
fn spec_norm_of(leefvorm: Leefvorm, date: Date) -> Decimal {
    use regelingencheck::rules::parameters::NormCategory as C;
    let category = match leefvorm {
        Leefvorm::Alleenstaande | Leefvorm::AlleenstaandeOuder => C::Alleenstaande,
        Leefvorm::Gehuwd => C::Gehuwd,
        Leefvorm::AlleenstaandeAow | Leefvorm::AlleenstaandeOuderAow => C::AlleenstaandeAow,
        Leefvorm::GehuwdAow => C::GehuwdAow,
        Leefvorm::Alleenstaande18To20 | Leefvorm::AlleenstaandeOuder18To20 => {
            C::Alleenstaande18To20
        }
        Leefvorm::Gehuwd18To20 => C::Gehuwd18To20,
        Leefvorm::Gehuwd18To20MetKinderen => C::Gehuwd18To20MetKinderen,
        Leefvorm::Gehuwd18To20En21 => C::Gehuwd18To20En21,
        Leefvorm::Gehuwd18To20En21MetKinderen => C::Gehuwd18To20En21MetKinderen,
    };
    spec_norm(category, date)
}

/// limit = round_half_up(pct × norm); excl. = round_half_up(0.95 × limit).
fn expected_limits(percentage: &str, norm: Decimal) -> Limits {
    let incl = round_half_up(dec(percentage) / Decimal::ONE_HUNDRED * norm);
    let excl = round_half_up(dec("0.95") * incl);
    Limits {
        incl_holiday_pay: Money::from_decimal(incl),
        excl_holiday_pay: Money::from_decimal(excl),
    }
}

/// A household of each leefvorm. Children are 10, an age every child condition accepts; the
/// applicant is 21 or older where the leefvorm allows it.
fn household_for(leefvorm: Leefvorm) -> Household {
    match leefvorm {
        Leefvorm::Alleenstaande => single(30, &[]),
        Leefvorm::AlleenstaandeOuder => single(30, &[10]),
        Leefvorm::AlleenstaandeAow => single(70, &[]),
        Leefvorm::AlleenstaandeOuderAow => single(70, &[10]),
        Leefvorm::Alleenstaande18To20 => single(19, &[]),
        Leefvorm::AlleenstaandeOuder18To20 => single(20, &[10]),
        Leefvorm::Gehuwd => couple(40, 38, &[]),
        Leefvorm::GehuwdAow => couple(70, 68, &[]),
        Leefvorm::Gehuwd18To20 => couple(19, 20, &[]),
        Leefvorm::Gehuwd18To20MetKinderen => couple(20, 19, &[10]),
        Leefvorm::Gehuwd18To20En21 => couple(25, 19, &[]),
        Leefvorm::Gehuwd18To20En21MetKinderen => couple(25, 19, &[10]),
    }
}

/// Every circumstance answered the way that passes.
fn all_pass() -> Circumstances {
    Circumstances {
        assets_above_limit: Some(false),
        low_income_3_years: Some(true),
        student: Some(false),
        debt_help: Some(false),
    }
}

/// Whether the non-income conditions of spec section 5 hold for these households (with
/// `all_pass` circumstances), worked out here rather than asked of the engine.
fn other_conditions_hold(id: &str, h: &Household) -> bool {
    let child = |min: u8, max: u8| h.children.iter().any(|&a| (min..=max).contains(&a));
    let at_aow_age = h.age >= 67;
    match id {
        "kindpakket" => child(0, 17),
        "iit" => h.age >= 21 && !at_aow_age,
        "jfsc" => child(4, 17),
        "computerregeling" => child(9, 17),
        "energietoeslag_2023" => h.age >= 21,
        "czm" | "maatschappelijke_activiteiten" | "kwijtschelding" | "bijzondere_bijstand" => true,
        other => panic!("unknown regeling {other}"),
    }
}

fn scheme<'a>(e: &'a Evaluation, id: &str) -> &'a SchemeResult {
    e.schemes
        .iter()
        .find(|s| s.regeling.id == id)
        .unwrap_or_else(|| panic!("no result for {id}"))
}

/// Income at `limit + offset_cents` for every leefvorm, regeling and norm date; checks the
/// income reason (always first), the limits shown and the verdict.
fn check_income_at_limit_plus(offset_cents: i64, holiday_pay_included: bool) {
    let mut failures = Vec::new();
    let mut checked = 0;
    let mut yes_seen = 0;
    for date in [JAN, JUL] {
        let rules = RuleSet::for_date(date).unwrap();
        for leefvorm in Leefvorm::ALL {
            let household = household_for(leefvorm);
            let norm = spec_norm_of(leefvorm, date);
            for (id, percentage, at_most_maybe) in SPEC_REGELINGEN {
                let expected = expected_limits(percentage, norm);
                let limit = if holiday_pay_included {
                    expected.incl_holiday_pay
                } else {
                    expected.excl_holiday_pay
                };
                let income = limit + Money::from_cents(offset_cents);
                let e = rules
                    .evaluate(
                        &household,
                        Income {
                            amount: income,
                            period: Period::Month,
                            holiday_pay_included,
                        },
                        all_pass(),
                    )
                    .unwrap();
                assert_eq!(e.leefvorm, leefvorm, "household for {leefvorm:?}");
                let s = scheme(&e, id);
                let over_by = Money::from_cents(offset_cents);
                let (reason, income_verdict) = match offset_cents {
                    0 => (Reason::IncomeWithinLimit { income, limit }, Verdict::Yes),
                    1..=2000 => (
                        Reason::WithinMargin {
                            income,
                            limit,
                            over_by,
                        },
                        Verdict::Maybe,
                    ),
                    _ => (
                        Reason::IncomeAboveLimit {
                            income,
                            limit,
                            over_by,
                        },
                        Verdict::No,
                    ),
                };
                let conditions_verdict = if other_conditions_hold(id, &household) {
                    Verdict::Yes
                } else {
                    Verdict::No
                };
                let cap = if at_most_maybe {
                    Verdict::Maybe
                } else {
                    Verdict::Yes
                };
                let verdict = income_verdict.min(conditions_verdict).min(cap);
                if verdict == Verdict::Yes {
                    yes_seen += 1;
                }
                let ctx = format!("{date} {} {id}", leefvorm.id());
                if s.limits != Some(expected) {
                    failures.push(format!(
                        "{ctx}: limits {:?}, expected {expected:?}",
                        s.limits
                    ));
                }
                if s.reasons.first() != Some(&reason) {
                    failures.push(format!(
                        "{ctx}: reasons {:?}, expected {reason:?}",
                        s.reasons
                    ));
                }
                if s.verdict != verdict {
                    failures.push(format!(
                        "{ctx}: verdict {:?}, expected {verdict:?}",
                        s.verdict
                    ));
                }
                checked += 1;
            }
        }
    }
    assert_eq!(checked, 2 * 12 * 9);
    if offset_cents == 0 {
        // The households really isolate the income test: many regelingen say yes at the limit.
        assert!(yes_seen > 50, "only {yes_seen} yes verdicts at the limit");
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn income_exactly_at_the_limit_excl_holiday_pay_is_within_the_limit() {
    check_income_at_limit_plus(0, false);
}

#[test]
fn income_exactly_at_the_limit_incl_holiday_pay_is_within_the_limit() {
    check_income_at_limit_plus(0, true);
}

#[test]
fn income_one_cent_above_the_limit_excl_holiday_pay_is_maybe_within_margin() {
    check_income_at_limit_plus(1, false);
}

#[test]
fn income_one_cent_above_the_limit_incl_holiday_pay_is_maybe_within_margin() {
    check_income_at_limit_plus(1, true);
}

#[test]
fn income_twenty_euro_above_the_limit_excl_holiday_pay_is_maybe_within_margin() {
    check_income_at_limit_plus(2000, false);
}

#[test]
fn income_twenty_euro_above_the_limit_incl_holiday_pay_is_maybe_within_margin() {
    check_income_at_limit_plus(2000, true);
}

#[test]
fn income_twenty_euro_and_one_cent_above_the_limit_excl_holiday_pay_is_no() {
    check_income_at_limit_plus(2001, false);
}

#[test]
fn income_twenty_euro_and_one_cent_above_the_limit_incl_holiday_pay_is_no() {
    check_income_at_limit_plus(2001, true);
}

#[test]
fn the_margin_is_twenty_euro_on_both_norm_dates() {
    for date in [JAN, JUL] {
        assert_eq!(RuleSet::for_date(date).unwrap().margin, eur("20.00"));
    }
}

#[test]
fn the_nine_regelingen_with_an_income_limit_are_in_force_on_both_norm_dates() {
    for date in [JAN, JUL] {
        let rules = RuleSet::for_date(date).unwrap();
        let mut ids: Vec<&str> = rules.regelingen.iter().map(|r| r.id).collect();
        ids.sort_unstable();
        let mut expected: Vec<&str> = SPEC_REGELINGEN.iter().map(|r| r.0).collect();
        expected.sort_unstable();
        assert_eq!(ids, expected, "{date}");
        for (id, percentage, _) in SPEC_REGELINGEN {
            let r = rules.regelingen.iter().find(|r| r.id == id).unwrap();
            assert_eq!(r.percentage, dec(percentage), "{id}");
        }
    }
}

#[test]
fn norms_are_the_spec_table_for_every_leefvorm_on_both_dates() {
    for date in [JAN, JUL] {
        let rules = RuleSet::for_date(date).unwrap();
        for leefvorm in Leefvorm::ALL {
            let expected = Money::from_decimal(spec_norm_of(leefvorm, date));
            assert_eq!(
                rules.norm(leefvorm.norm_category()),
                expected,
                "{date} {leefvorm:?}"
            );
            let e = rules
                .evaluate(
                    &household_for(leefvorm),
                    Income::monthly(Money::ZERO),
                    all_pass(),
                )
                .unwrap();
            assert_eq!(e.norm, expected, "{date} {leefvorm:?}");
            assert_eq!(e.norm_date, date);
            assert_eq!(
                e.norm_excl_holiday_pay,
                Money::from_decimal(round_half_up(dec("0.95") * spec_norm_of(leefvorm, date))),
                "{date} {leefvorm:?}"
            );
        }
    }
}

#[test]
fn limits_are_percentage_of_the_norm_incl_holiday_pay_rounded_half_up() {
    for date in [JAN, JUL] {
        let rules = RuleSet::for_date(date).unwrap();
        for (i, regeling) in rules.regelingen.iter().enumerate() {
            let (_, percentage, _) = SPEC_REGELINGEN
                .iter()
                .find(|r| r.0 == regeling.id)
                .expect("regeling in the spec");
            for leefvorm in Leefvorm::ALL {
                assert_eq!(
                    rules.limits(i, leefvorm.norm_category()),
                    expected_limits(percentage, spec_norm_of(leefvorm, date)),
                    "{date} {} {leefvorm:?}",
                    regeling.id
                );
            }
        }
    }
}

#[test]
fn norm_excl_holiday_pay_in_january_matches_rijswijk() {
    let rules = RuleSet::for_date(JAN).unwrap();
    let excl = |h: Household| {
        rules
            .evaluate(&h, Income::monthly(Money::ZERO), all_pass())
            .unwrap()
            .norm_excl_holiday_pay
    };
    assert_eq!(excl(single(30, &[])), eur("1135.88"));
    assert_eq!(excl(couple(30, 30, &[])), eur("1622.68"));
}

#[test]
fn heemskerks_published_120_percent_table_is_reproduced_to_the_cent() {
    let rules = RuleSet::for_date(JUL).unwrap();
    let table = [
        ("alleenstaand", single(30, &[]), "1459.94"),
        ("alleenstaande ouder", single(30, &[10]), "1459.94"),
        ("gehuwd/samenwonend", couple(40, 38, &[10]), "2085.62"),
        ("alleenstaand AOW", single(70, &[]), "1629.19"),
        ("gehuwd AOW", couple(70, 68, &[]), "2212.32"),
    ];
    for (row, household, published) in table {
        let e = rules
            .evaluate(&household, Income::monthly(Money::ZERO), all_pass())
            .unwrap();
        for id in ["jfsc", "energietoeslag_2023"] {
            let limits = scheme(&e, id).limits.expect("an income limit");
            assert_eq!(limits.incl_holiday_pay, eur(published), "{row} {id}");
        }
    }
}

#[test]
fn the_memos_1380_is_not_the_iit_limit() {
    for (date, limit) in [(JUL, "1338.28"), (JAN, "1315.23")] {
        let rules = RuleSet::for_date(date).unwrap();
        let e = rules
            .evaluate(
                &single(30, &[]),
                Income {
                    amount: eur("1380"),
                    period: Period::Month,
                    holiday_pay_included: true,
                },
                all_pass(),
            )
            .unwrap();
        let iit = scheme(&e, "iit");
        let limits = iit.limits.unwrap();
        assert_eq!(limits.incl_holiday_pay, eur(limit), "{date}");
        assert_ne!(limits.incl_holiday_pay, eur("1380"), "{date}");
        // 1380 incl. holiday pay is more than € 20 above the real limit: no.
        assert_eq!(iit.verdict, Verdict::No, "{date}");
        assert_eq!(
            iit.reasons[0],
            Reason::IncomeAboveLimit {
                income: eur("1380"),
                limit: eur(limit),
                over_by: eur("1380") - eur(limit),
            }
        );
    }
}

#[test]
fn june_30_uses_the_january_norms() {
    let rules = RuleSet::for_date(Date::new(2023, 6, 30).unwrap()).unwrap();
    assert_eq!(rules.norms.start, JAN);
    let e = rules
        .evaluate(&single(30, &[]), Income::monthly(Money::ZERO), all_pass())
        .unwrap();
    assert_eq!(e.norm_date, JAN);
    assert_eq!(e.norm, eur("1195.66"));
}

#[test]
fn july_1_and_later_in_2023_use_the_july_norms() {
    for date in [JUL, Date::new(2023, 12, 31).unwrap()] {
        let rules = RuleSet::for_date(date).unwrap();
        assert_eq!(rules.norms.start, JUL, "{date}");
        let e = rules
            .evaluate(&single(30, &[]), Income::monthly(Money::ZERO), all_pass())
            .unwrap();
        assert_eq!(e.norm_date, JUL);
        assert_eq!(e.norm, eur("1216.62"));
    }
}

#[test]
fn january_1_2023_uses_the_january_norms() {
    let rules = RuleSet::for_date(JAN).unwrap();
    assert_eq!(rules.norms.start, JAN);
    assert_eq!(
        rules.norm(Leefvorm::Alleenstaande.norm_category()),
        eur("1195.66")
    );
}

#[test]
fn a_date_without_norms_is_an_error_listing_the_available_norm_dates() {
    for date in [
        Date::new(2022, 12, 31).unwrap(),
        Date::new(2027, 1, 1).unwrap(),
    ] {
        let err = RuleSet::for_date(date).expect_err("no norms for this date");
        assert_eq!(err.date, date);
        assert_eq!(err.available[..2], [JAN, JUL]);
        assert_eq!(err.covered_until, Date::new(2026, 12, 31).unwrap());
    }
}
