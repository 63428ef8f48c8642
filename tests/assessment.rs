//! The rules in the shape of the law: a household is assessed once on everything but its
//! income, and the income then picks a side of each limit.

use regelingencheck::rules::{Circumstances, Income, IncomeLimit, Money, RuleSet, Verdict};

mod common;
use common::{eur, single, JUL};

fn known(debt_help: Option<bool>) -> Circumstances {
    Circumstances {
        assets_above_limit: Some(false),
        low_income_3_years: Some(true),
        student: Some(false),
        debt_help,
    }
}

#[test]
fn the_assessment_at_an_income_is_the_evaluation_of_that_income() {
    let rules = RuleSet::for_date(JUL).unwrap();
    let household = single(34, &[7, 13]);
    let a = rules.assess(&household, known(None)).unwrap();
    for cents in [0, 100_000, 127_137, 127_138, 129_137, 129_138, 200_000] {
        for holiday_pay_included in [false, true] {
            let income = Income {
                holiday_pay_included,
                ..Income::monthly(Money::from_cents(cents))
            };
            assert_eq!(
                a.at_income(income),
                rules.evaluate(&household, income, known(None)).unwrap(),
                "{cents} cents, holiday pay {holiday_pay_included}"
            );
        }
    }
}

#[test]
fn each_regeling_has_its_limit_and_margin_edge_as_breakpoints() {
    let rules = RuleSet::for_date(JUL).unwrap();
    let a = rules.assess(&single(34, &[7]), known(Some(false))).unwrap();
    let kindpakket = a
        .breakpoints(false)
        .into_iter()
        .find(|b| b.regeling.id == "kindpakket")
        .unwrap();
    // 110% of 1216.62 is 1338.28; without holiday pay 1271.37; the margin is 20.00.
    assert_eq!(kindpakket.limit, eur("1271.37"));
    assert_eq!(kindpakket.margin_edge, eur("1291.37"));
    let with_holiday_pay = a.breakpoints(true);
    assert_eq!(with_holiday_pay[0].limit, eur("1338.28"));
}

#[test]
fn debt_help_removes_the_kindpakket_breakpoint_and_unknown_debt_help_keeps_it() {
    let rules = RuleSet::for_date(JUL).unwrap();
    let household = single(34, &[7]);
    let with = rules.assess(&household, known(Some(true))).unwrap();
    assert_eq!(with.schemes[0].income_limit, IncomeLimit::Lifted);
    assert!(!with
        .breakpoints(false)
        .iter()
        .any(|b| b.regeling.id == "kindpakket"));
    let unknown = rules.assess(&household, known(None)).unwrap();
    assert_eq!(
        unknown.schemes[0].income_limit,
        IncomeLimit::LiftedIfDebtHelp
    );
    let far_above = unknown.at_income(Income::monthly(eur("3000.00")));
    assert_eq!(far_above.schemes[0].verdict, Verdict::Maybe);
}

#[test]
fn the_years_of_low_income_the_iit_asks_come_from_its_condition() {
    let rules = RuleSet::for_date(JUL).unwrap();
    assert_eq!(rules.low_income_years(), Some(3));
}
