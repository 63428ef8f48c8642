//! The norms and Heemskerk's rules from 2024 to 2026 (spec section 10): every income limit on
//! every norm date, computed here from the spec's norm table and the published rule of each
//! regeling, and the boundaries at the limit, one cent above, € 20.00 above and € 20.01 above.

use regelingencheck::rules::parameters::NormCategory;
use regelingencheck::rules::{
    Circumstances, Date, Household, Income, Money, RuleSet, SchemeResult, Verdict,
};
use rust_decimal::Decimal;

mod common;
use common::{dec, round_half_up, spec_norm, NORM_DATES};

/// Heemskerk from 1 January 2024 (normbedragen), continued for 2025 and 2026 as an assumption:
/// id, percentage, and whether the limit is taken of the norm excl. vakantietoeslag.
const RULES_FROM_2024: [(&str, &str, bool); 8] = [
    ("kindpakket", "110", true),
    ("iit", "110", false),
    ("czm", "130", true),
    ("jfsc", "120", false),
    ("maatschappelijke_activiteiten", "110", true),
    ("computerregeling", "110", true),
    ("kwijtschelding", "100", false),
    ("bijzondere_bijstand", "110", false),
];

/// (limit excl. vakantietoeslag, limit incl.) as the published rule computes them: on the norm
/// excl.: round(round(norm × 0.95) × pct); on the norm incl.: round(norm × pct), excl. = round(that
/// × 0.95). The limit incl. is round(norm × pct) either way.
fn published_limits(norm: Decimal, percentage: &str, on_excl: bool) -> (Money, Money) {
    let p = dec(percentage) / dec("100");
    let incl = round_half_up(norm * p);
    let excl = if on_excl {
        round_half_up(round_half_up(norm * dec("0.95")) * p)
    } else {
        round_half_up(incl * dec("0.95"))
    };
    (Money::from_decimal(excl), Money::from_decimal(incl))
}

/// A household of each norm category that every condition but the income lets through.
fn household(category: NormCategory) -> Option<Household> {
    let h = |age, partner_age: Option<u8>, children: &[u8]| Household {
        age,
        partner_age,
        aow: None,
        partner_aow: None,
        children: children.to_vec(),
    };
    Some(match category {
        NormCategory::Alleenstaande => h(30, None, &[10]),
        NormCategory::Gehuwd => h(40, Some(40), &[10]),
        NormCategory::AlleenstaandeAow => h(70, None, &[]),
        NormCategory::GehuwdAow => h(70, Some(70), &[]),
        NormCategory::Gehuwd18To20En21MetKinderen => h(25, Some(19), &[10]),
        _ => return None,
    })
}

fn all_known() -> Circumstances {
    Circumstances {
        assets_above_limit: Some(false),
        low_income_3_years: Some(true),
        student: Some(false),
        debt_help: Some(false),
    }
}

fn scheme(rules: &RuleSet, h: &Household, income: Money, id: &str) -> Option<SchemeResult> {
    let e = rules
        .evaluate(h, Income::monthly(income), all_known())
        .unwrap();
    e.schemes.into_iter().find(|s| s.regeling.id == id)
}

#[test]
fn every_limit_from_2024_follows_the_published_rule_of_its_regeling() {
    let mut checked = 0;
    for date in &NORM_DATES[2..] {
        let date = Date::parse(date).unwrap();
        let rules = RuleSet::for_date(date).unwrap();
        for category in NormCategory::ALL {
            let norm = spec_norm(category, date);
            assert_eq!(
                rules.norm(category),
                Money::from_decimal(norm),
                "{date} {category:?}"
            );
            for (id, percentage, on_excl) in RULES_FROM_2024 {
                let i = rules.regelingen.iter().position(|r| r.id == id).unwrap();
                let limits = rules.limits(i, category);
                let (excl, incl) = published_limits(norm, percentage, on_excl);
                assert_eq!(
                    (limits.excl_holiday_pay, limits.incl_holiday_pay),
                    (excl, incl),
                    "{id} on {date} for {category:?}"
                );
                checked += 1;
            }
        }
    }
    assert_eq!(checked, 6 * 9 * 8);
}

#[test]
fn the_energietoeslag_ends_with_2023() {
    for date in ["2023-12-31", "2024-01-01"] {
        let d = Date::parse(date).unwrap();
        let offered = RuleSet::for_date(d)
            .unwrap()
            .regelingen
            .iter()
            .any(|r| r.id == "energietoeslag_2023");
        assert_eq!(offered, date == "2023-12-31", "{date}");
    }
}

#[test]
fn at_the_limit_yes_a_cent_above_maybe_twenty_euro_above_maybe_and_a_cent_more_no() {
    let mut asserted = 0;
    for date in &NORM_DATES[2..] {
        let date = Date::parse(date).unwrap();
        let rules = RuleSet::for_date(date).unwrap();
        for category in NormCategory::ALL {
            let Some(h) = household(category) else {
                continue;
            };
            for (id, percentage, on_excl) in RULES_FROM_2024 {
                let (limit, _) = published_limits(spec_norm(category, date), percentage, on_excl);
                // The capacity test makes kwijtschelding and bijzondere bijstand "maybe" at most.
                let best = if matches!(id, "kwijtschelding" | "bijzondere_bijstand") {
                    Verdict::Maybe
                } else {
                    Verdict::Yes
                };
                for (above, want) in [
                    ("0.00", best),
                    ("0.01", Verdict::Maybe),
                    ("20.00", Verdict::Maybe),
                    ("20.01", Verdict::No),
                ] {
                    let income = limit + Money::from_decimal(dec(above));
                    let Some(s) = scheme(&rules, &h, income, id) else {
                        continue; // not for this household (children, AOW age): its own tests
                    };
                    if s.verdict == Verdict::No && want != Verdict::No {
                        // A condition other than the income says no for this household.
                        assert!(
                            !s.reasons.iter().any(|r| r.code() == "income_above_limit"),
                            "{id} {date} {category:?} +{above}: {:?}",
                            s.reasons
                        );
                        continue;
                    }
                    assert_eq!(s.verdict, want, "{id} on {date}, {category:?}, +{above}");
                    asserted += 1;
                }
            }
        }
    }
    // 6 dates × 5 households × 8 regelingen × 4 incomes, less those a household cannot get.
    assert!(asserted > 500, "only {asserted} boundaries checked");
}

#[test]
fn heemskerk_uses_its_own_figure_for_gehuwd_aow_on_1_january_2024() {
    let rules = RuleSet::for_date(Date::parse("2024-01-01").unwrap()).unwrap();
    assert_eq!(
        rules.norm(NormCategory::GehuwdAow),
        Money::from_decimal(dec("1933.98"))
    );
    // CZM for a couple at AOW age: round(round(1933.98 × 0.95) × 1.30) = round(1837.28 × 1.3).
    let i = rules.regelingen.iter().position(|r| r.id == "czm").unwrap();
    assert_eq!(
        rules.limits(i, NormCategory::GehuwdAow).excl_holiday_pay,
        Money::from_decimal(dec("2388.46"))
    );
}

#[test]
fn the_2023_limits_are_unchanged_by_the_new_rules() {
    // The kindpakket for a single parent on 1 July 2023: 110% of 1216.62 incl. is 1338.28, and
    // 95% of that 1271.37 (the 2023 rule: the percentage of the norm incl. first).
    let rules = RuleSet::for_date(Date::parse("2023-07-01").unwrap()).unwrap();
    let i = rules
        .regelingen
        .iter()
        .position(|r| r.id == "kindpakket")
        .unwrap();
    let l = rules.limits(i, NormCategory::Alleenstaande);
    assert_eq!(l.excl_holiday_pay, Money::from_decimal(dec("1271.37")));
    assert_eq!(l.incl_holiday_pay, Money::from_decimal(dec("1338.28")));
}

#[test]
fn a_date_after_2026_has_no_norms_and_names_the_range() {
    let err = RuleSet::for_date(Date::parse("2027-01-01").unwrap()).unwrap_err();
    assert_eq!(err.covered_until, Date::parse("2026-12-31").unwrap());
    assert_eq!(err.available.len(), NORM_DATES.len());
}
