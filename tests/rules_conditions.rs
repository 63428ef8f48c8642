//! The non-income conditions of every regeling (spec section 5), the leefvorm of a household
//! (spec section 6), and which questions can still change a verdict.

use regelingencheck::rules::{
    could_matter, open_questions, Circumstances, Evaluation, Household, HouseholdError, Income,
    Leefvorm, Money, PartialAnswers, Question, Reason, RuleSet, SchemeResult, Verdict,
};

mod common;
use common::{couple, eur, single, JAN, JUL, SCHEME_IDS as ALL_IDS};

fn rules() -> RuleSet {
    RuleSet::for_date(JUL).unwrap()
}

fn all_pass() -> Circumstances {
    Circumstances {
        assets_above_limit: Some(false),
        low_income_3_years: Some(true),
        student: Some(false),
        debt_help: Some(false),
    }
}

/// Well within every limit (the lowest, 100% of the 18-20 single norm excl. holiday pay, is
/// 285.34 in July).
fn low_income() -> Income {
    Income::monthly(eur("100.00"))
}

fn evaluate(h: &Household, income: Income, c: Circumstances) -> Evaluation {
    rules().evaluate(h, income, c).unwrap()
}

fn scheme<'a>(e: &'a Evaluation, id: &str) -> &'a SchemeResult {
    e.schemes
        .iter()
        .find(|s| s.regeling.id == id)
        .unwrap_or_else(|| panic!("no result for {id}"))
}

fn codes(s: &SchemeResult) -> Vec<&'static str> {
    s.reasons.iter().map(|r| r.code()).collect()
}

fn leefvorm(h: &Household) -> Result<Leefvorm, HouseholdError> {
    rules()
        .evaluate(h, low_income(), all_pass())
        .map(|e| e.leefvorm)
}

/// The kindpakket limit excl. holiday pay for a single parent in July: 110% of 1216.62 is
/// 1338.28; 95% of that is 1271.37.
const KINDPAKKET_LIMIT_SINGLE_PARENT: &str = "1271.37";

// ---- A family where everything passes -----------------------------------------------------

#[test]
fn a_parent_of_a_ten_year_old_on_a_low_income_with_every_answer_passing_gets_yes_everywhere_without_a_capacity_test(
) {
    let e = evaluate(&single(30, &[10]), low_income(), all_pass());
    for id in ALL_IDS {
        let s = scheme(&e, id);
        let expected = if matches!(id, "kwijtschelding" | "bijzondere_bijstand") {
            Verdict::Maybe
        } else {
            Verdict::Yes
        };
        assert_eq!(s.verdict, expected, "{id}: {:?}", s.reasons);
    }
}

#[test]
fn kwijtschelding_and_bijzondere_bijstand_are_at_most_maybe_with_a_capacity_test() {
    let e = evaluate(&single(30, &[10]), Income::monthly(Money::ZERO), all_pass());
    for id in ["kwijtschelding", "bijzondere_bijstand"] {
        let s = scheme(&e, id);
        assert_eq!(s.verdict, Verdict::Maybe, "{id}");
        assert!(s.reasons.contains(&Reason::CapacityTestNeeded), "{id}");
    }
}

// ---- Unknown answers ----------------------------------------------------------------------

#[test]
fn assets_unknown_gives_maybe_naming_assets_unknown_where_there_is_a_vermogen_test() {
    let h = single(30, &[10]);
    let c = Circumstances {
        assets_above_limit: None,
        ..all_pass()
    };
    let e = evaluate(&h, low_income(), c);
    for id in [
        "kindpakket",
        "iit",
        "maatschappelijke_activiteiten",
        "kwijtschelding",
    ] {
        let s = scheme(&e, id);
        assert_eq!(s.verdict, Verdict::Maybe, "{id}");
        assert!(
            s.reasons.contains(&Reason::AssetsUnknown {
                limit: eur("15210.00")
            }),
            "{id}: {:?}",
            s.reasons
        );
    }
    for id in ["czm", "jfsc", "computerregeling", "energietoeslag_2023"] {
        let s = scheme(&e, id);
        assert_eq!(s.verdict, Verdict::Yes, "{id} has no vermogen test");
        assert!(!codes(s).contains(&"assets_unknown"), "{id}");
    }
}

#[test]
fn student_unknown_gives_maybe_naming_student_unknown_where_studiefinanciering_counts() {
    let c = Circumstances {
        student: None,
        ..all_pass()
    };
    let e = evaluate(&single(30, &[10]), low_income(), c);
    for id in [
        "kindpakket",
        "iit",
        "maatschappelijke_activiteiten",
        "computerregeling",
        "energietoeslag_2023",
    ] {
        let s = scheme(&e, id);
        assert_eq!(s.verdict, Verdict::Maybe, "{id}");
        assert!(s.reasons.contains(&Reason::StudentUnknown), "{id}");
    }
    for id in ["czm", "jfsc"] {
        assert_eq!(scheme(&e, id).verdict, Verdict::Yes, "{id}");
    }
}

#[test]
fn low_income_3_years_unknown_gives_maybe_for_iit_only() {
    let c = Circumstances {
        low_income_3_years: None,
        ..all_pass()
    };
    let e = evaluate(&single(30, &[10]), low_income(), c);
    let iit = scheme(&e, "iit");
    assert_eq!(iit.verdict, Verdict::Maybe);
    assert!(iit.reasons.contains(&Reason::LowIncome3YearsUnknown));
    for id in ALL_IDS.into_iter().filter(|&id| id != "iit") {
        assert!(
            !codes(scheme(&e, id)).contains(&"low_income_3_years_unknown"),
            "{id}"
        );
    }
    assert_eq!(scheme(&e, "kindpakket").verdict, Verdict::Yes);
}

#[test]
fn unknown_answers_are_not_named_when_another_condition_says_no() {
    let c = Circumstances {
        assets_above_limit: None,
        student: None,
        low_income_3_years: Some(false),
        debt_help: Some(false),
    };
    let iit = scheme(&evaluate(&single(30, &[]), low_income(), c), "iit").clone();
    assert_eq!(iit.verdict, Verdict::No);
    assert!(iit.reasons.contains(&Reason::ShortLowIncome));
    assert!(!codes(&iit).contains(&"student_unknown"));
    assert!(!codes(&iit).contains(&"assets_unknown"));
}

#[test]
fn reason_codes_of_unknown_answers_name_their_question() {
    let cases = [
        (
            Reason::DebtHelpUnknown,
            Question::DebtHelp,
            "debt_help_unknown",
        ),
        (
            Reason::AssetsUnknown { limit: Money::ZERO },
            Question::AssetsAboveLimit,
            "assets_unknown",
        ),
        (Reason::StudentUnknown, Question::Student, "student_unknown"),
        (
            Reason::LowIncome3YearsUnknown,
            Question::LowIncome3Years,
            "low_income_3_years_unknown",
        ),
    ];
    for (reason, question, code) in cases {
        assert_eq!(Question::left_open_by(&reason), Some(question));
        assert_eq!(reason.code(), code);
    }
    assert_eq!(Question::left_open_by(&Reason::Student), None);
}

// ---- Answers that fail --------------------------------------------------------------------

#[test]
fn assets_above_the_limit_fail_only_regelingen_with_a_vermogen_test() {
    let c = Circumstances {
        assets_above_limit: Some(true),
        ..all_pass()
    };
    let e = evaluate(&single(30, &[10]), low_income(), c);
    for id in [
        "kindpakket",
        "iit",
        "maatschappelijke_activiteiten",
        "kwijtschelding",
    ] {
        let s = scheme(&e, id);
        assert_eq!(s.verdict, Verdict::No, "{id}");
        assert!(codes(s).contains(&"assets_above_limit"), "{id}");
    }
    for id in [
        "czm",
        "jfsc",
        "computerregeling",
        "energietoeslag_2023",
        "bijzondere_bijstand",
    ] {
        assert_ne!(scheme(&e, id).verdict, Verdict::No, "{id}");
    }
}

#[test]
fn studiefinanciering_fails_the_digid_form_regelingen_and_energietoeslag_only() {
    let c = Circumstances {
        student: Some(true),
        ..all_pass()
    };
    let e = evaluate(&single(30, &[10]), low_income(), c);
    for id in [
        "kindpakket",
        "iit",
        "maatschappelijke_activiteiten",
        "computerregeling",
        "energietoeslag_2023",
    ] {
        let s = scheme(&e, id);
        assert_eq!(s.verdict, Verdict::No, "{id}");
        assert!(s.reasons.contains(&Reason::Student), "{id}");
    }
    assert_eq!(scheme(&e, "czm").verdict, Verdict::Yes);
    assert_eq!(scheme(&e, "jfsc").verdict, Verdict::Yes);
    assert_eq!(scheme(&e, "kwijtschelding").verdict, Verdict::Maybe);
    assert_eq!(scheme(&e, "bijzondere_bijstand").verdict, Verdict::Maybe);
}

#[test]
fn iit_needs_a_low_income_for_three_years() {
    let c = Circumstances {
        low_income_3_years: Some(false),
        ..all_pass()
    };
    let e = evaluate(&single(30, &[10]), low_income(), c);
    let iit = scheme(&e, "iit");
    assert_eq!(iit.verdict, Verdict::No);
    assert!(iit.reasons.contains(&Reason::ShortLowIncome));
    assert_eq!(scheme(&e, "kindpakket").verdict, Verdict::Yes);
}

// ---- Kindpakket and debt help -------------------------------------------------------------

fn above_kindpakket_limit() -> Income {
    // More than € 20 above 1271.37, but within the 130% of CZM.
    Income::monthly(eur("1400.00"))
}

#[test]
fn kindpakket_with_debt_help_above_the_limit_is_yes_without_an_income_limit() {
    let c = Circumstances {
        debt_help: Some(true),
        ..all_pass()
    };
    let e = evaluate(&single(30, &[10]), above_kindpakket_limit(), c);
    let s = scheme(&e, "kindpakket");
    assert_eq!(s.verdict, Verdict::Yes);
    assert_eq!(s.limits, None);
    assert_eq!(s.reasons, vec![Reason::DebtHelpNoIncomeLimit]);
    assert_eq!(s.reasons[0].code(), "debt_help_no_income_limit");
}

#[test]
fn kindpakket_with_debt_help_far_above_the_limit_is_still_yes() {
    let c = Circumstances {
        debt_help: Some(true),
        ..all_pass()
    };
    let e = evaluate(&single(30, &[10]), Income::monthly(eur("9000")), c);
    assert_eq!(scheme(&e, "kindpakket").verdict, Verdict::Yes);
}

#[test]
fn kindpakket_above_the_limit_with_debt_help_unknown_is_maybe() {
    let c = Circumstances {
        debt_help: None,
        ..all_pass()
    };
    let e = evaluate(&single(30, &[10]), above_kindpakket_limit(), c);
    let s = scheme(&e, "kindpakket");
    assert_eq!(s.verdict, Verdict::Maybe);
    assert!(
        s.reasons.contains(&Reason::DebtHelpUnknown),
        "{:?}",
        s.reasons
    );
    assert_eq!(s.reasons[0].code(), "income_above_limit");
    assert!(s.limits.is_some());
}

#[test]
fn kindpakket_above_the_limit_without_debt_help_is_no() {
    let e = evaluate(&single(30, &[10]), above_kindpakket_limit(), all_pass());
    let s = scheme(&e, "kindpakket");
    assert_eq!(s.verdict, Verdict::No);
    assert_eq!(
        s.reasons[0],
        Reason::IncomeAboveLimit {
            income: eur("1400.00"),
            limit: eur(KINDPAKKET_LIMIT_SINGLE_PARENT),
            over_by: eur("128.63"),
        }
    );
}

#[test]
fn kindpakket_within_the_limit_does_not_need_the_debt_help_answer() {
    let c = Circumstances {
        debt_help: None,
        ..all_pass()
    };
    let s = scheme(&evaluate(&single(30, &[10]), low_income(), c), "kindpakket").clone();
    assert_eq!(s.verdict, Verdict::Yes);
    assert!(!codes(&s).contains(&"debt_help_unknown"));
}

#[test]
fn kindpakket_within_the_margin_with_debt_help_unknown_is_maybe() {
    let c = Circumstances {
        debt_help: None,
        ..all_pass()
    };
    let e = evaluate(&single(30, &[10]), Income::monthly(eur("1280.00")), c);
    let s = scheme(&e, "kindpakket");
    assert_eq!(s.verdict, Verdict::Maybe);
    assert_eq!(s.reasons[0].code(), "within_margin");
}

#[test]
fn debt_help_does_not_lift_the_kindpakket_child_or_assets_conditions() {
    let c = Circumstances {
        debt_help: Some(true),
        ..all_pass()
    };
    let no_child = scheme(&evaluate(&single(30, &[]), low_income(), c), "kindpakket").clone();
    assert_eq!(no_child.verdict, Verdict::No);
    assert!(codes(&no_child).contains(&"no_child_in_age_range"));
    let rich = Circumstances {
        assets_above_limit: Some(true),
        ..c
    };
    let s = scheme(
        &evaluate(&single(30, &[10]), low_income(), rich),
        "kindpakket",
    )
    .clone();
    assert_eq!(s.verdict, Verdict::No);
    assert!(codes(&s).contains(&"assets_above_limit"));
}

#[test]
fn debt_help_lifts_the_income_limit_of_the_kindpakket_only() {
    let c = Circumstances {
        debt_help: Some(true),
        ..all_pass()
    };
    let e = evaluate(&single(30, &[10]), Income::monthly(eur("2000.00")), c);
    assert_eq!(scheme(&e, "kindpakket").verdict, Verdict::Yes);
    for id in [
        "iit",
        "czm",
        "jfsc",
        "maatschappelijke_activiteiten",
        "computerregeling",
        "energietoeslag_2023",
        "kwijtschelding",
    ] {
        let s = scheme(&e, id);
        assert_eq!(s.verdict, Verdict::No, "{id}");
        assert_eq!(s.reasons[0].code(), "income_above_limit", "{id}");
    }
}

// ---- Children's ages ----------------------------------------------------------------------

fn child_condition_holds(id: &str, child: u8) -> bool {
    let s = scheme(
        &evaluate(&single(30, &[child]), low_income(), all_pass()),
        id,
    )
    .clone();
    match s.verdict {
        Verdict::Yes => true,
        Verdict::No => {
            assert!(codes(&s).contains(&"no_child_in_age_range"), "{id} {child}");
            false
        }
        Verdict::Maybe => panic!("{id} with a child of {child}: maybe {:?}", s.reasons),
    }
}

#[test]
fn kindpakket_needs_a_child_of_0_to_17() {
    for (age, ok) in [(0, true), (3, true), (17, true), (18, false), (25, false)] {
        assert_eq!(
            child_condition_holds("kindpakket", age),
            ok,
            "child of {age}"
        );
    }
}

#[test]
fn jfsc_needs_a_child_of_4_to_17() {
    for (age, ok) in [
        (0, false),
        (3, false),
        (4, true),
        (8, true),
        (17, true),
        (18, false),
    ] {
        assert_eq!(child_condition_holds("jfsc", age), ok, "child of {age}");
    }
}

#[test]
fn computerregeling_needs_a_child_of_9_to_17() {
    for (age, ok) in [(3, false), (8, false), (9, true), (17, true), (18, false)] {
        assert_eq!(
            child_condition_holds("computerregeling", age),
            ok,
            "child of {age}"
        );
    }
}

#[test]
fn one_child_in_the_age_range_is_enough() {
    let e = evaluate(&single(30, &[2, 19, 12]), low_income(), all_pass());
    for id in ["kindpakket", "jfsc", "computerregeling"] {
        assert_eq!(scheme(&e, id).verdict, Verdict::Yes, "{id}");
    }
}

#[test]
fn no_child_in_age_range_names_the_range() {
    let e = evaluate(&single(30, &[3]), low_income(), all_pass());
    assert!(scheme(&e, "jfsc")
        .reasons
        .contains(&Reason::NoChildInAgeRange { min: 4, max: 17 }));
    assert!(scheme(&e, "computerregeling")
        .reasons
        .contains(&Reason::NoChildInAgeRange { min: 9, max: 17 }));
}

// ---- Minimum age --------------------------------------------------------------------------

#[test]
fn iit_and_energietoeslag_need_an_applicant_of_21() {
    let at_20 = evaluate(&single(20, &[]), low_income(), all_pass());
    let at_21 = evaluate(&single(21, &[]), low_income(), all_pass());
    for id in ["iit", "energietoeslag_2023"] {
        let s = scheme(&at_20, id);
        assert_eq!(s.verdict, Verdict::No, "{id}");
        assert!(s.reasons.contains(&Reason::AgeBelowMinimum {
            age: 20,
            min_age: 21
        }));
        assert!(codes(s).contains(&"age_below_21"), "{id}");
        assert_eq!(scheme(&at_21, id).verdict, Verdict::Yes, "{id}");
    }
}

#[test]
fn an_applicant_of_18_passes_the_18_plus_regelingen() {
    let e = evaluate(&single(18, &[]), low_income(), all_pass());
    assert_eq!(scheme(&e, "czm").verdict, Verdict::Yes);
    assert_eq!(
        scheme(&e, "maatschappelijke_activiteiten").verdict,
        Verdict::Yes
    );
    assert_eq!(scheme(&e, "bijzondere_bijstand").verdict, Verdict::Maybe);
    assert_eq!(scheme(&e, "iit").verdict, Verdict::No);
}

// ---- AOW age ------------------------------------------------------------------------------

#[test]
fn at_66_having_reached_aow_age_gives_the_aow_norm_and_no_iit() {
    let h = Household {
        aow: Some(true),
        ..single(66, &[])
    };
    let e = evaluate(&h, low_income(), all_pass());
    assert_eq!(e.leefvorm, Leefvorm::AlleenstaandeAow);
    assert_eq!(e.norm, eur("1357.66"));
    let iit = scheme(&e, "iit");
    assert_eq!(iit.verdict, Verdict::No);
    assert!(iit.reasons.contains(&Reason::AowAge));
    assert_eq!(
        iit.reasons
            .iter()
            .find(|r| **r == Reason::AowAge)
            .unwrap()
            .code(),
        "aow_age"
    );
}

#[test]
fn at_66_not_yet_at_aow_age_gives_the_ordinary_norm_and_iit() {
    let h = Household {
        aow: Some(false),
        ..single(66, &[])
    };
    let e = evaluate(&h, low_income(), all_pass());
    assert_eq!(e.leefvorm, Leefvorm::Alleenstaande);
    assert_eq!(e.norm, eur("1216.62"));
    assert_eq!(scheme(&e, "iit").verdict, Verdict::Yes);
}

#[test]
fn at_67_aow_age_is_reached_without_asking() {
    let e = evaluate(&single(67, &[]), low_income(), all_pass());
    assert_eq!(e.leefvorm, Leefvorm::AlleenstaandeAow);
    assert_eq!(scheme(&e, "iit").verdict, Verdict::No);
}

#[test]
fn at_65_aow_age_is_not_reached_whatever_the_answer() {
    for aow in [None, Some(true), Some(false)] {
        let h = Household {
            aow,
            ..single(65, &[])
        };
        let e = evaluate(&h, low_income(), all_pass());
        assert_eq!(e.leefvorm, Leefvorm::Alleenstaande, "aow {aow:?}");
        assert_eq!(scheme(&e, "iit").verdict, Verdict::Yes, "aow {aow:?}");
    }
}

#[test]
fn at_66_without_an_aow_answer_the_answer_is_needed() {
    let err = rules()
        .evaluate(&single(66, &[]), low_income(), all_pass())
        .unwrap_err();
    assert_eq!(err, HouseholdError::AowAnswerNeeded { partner: false });
    assert_eq!(err.code(), "aow_answer_needed");
    assert_eq!(err.field(), "aow");
}

#[test]
fn a_partner_of_66_without_an_aow_answer_the_partner_answer_is_needed() {
    let err = rules()
        .evaluate(&couple(40, 66, &[]), low_income(), all_pass())
        .unwrap_err();
    assert_eq!(err, HouseholdError::AowAnswerNeeded { partner: true });
    assert_eq!(err.field(), "partner_aow");
}

#[test]
fn an_applicant_at_aow_age_with_a_younger_partner_gets_no_iit() {
    let e = evaluate(&couple(70, 40, &[]), low_income(), all_pass());
    assert_eq!(e.leefvorm, Leefvorm::GehuwdAow);
    let iit = scheme(&e, "iit");
    assert_eq!(iit.verdict, Verdict::No);
    assert!(iit.reasons.contains(&Reason::AowAge));
}

/// IIT is for a person from 21 to AOW age: the person who fills in (the applicant). A couple of
/// 40 and 70 can apply through the 40-year-old (an assumption, see data/parameters.toml).
#[test]
fn iit_looks_at_the_applicants_age_not_the_partners() {
    let e = evaluate(&couple(40, 70, &[]), low_income(), all_pass());
    let iit = scheme(&e, "iit");
    assert!(!iit.reasons.contains(&Reason::AowAge), "{:?}", iit.reasons);
    let e = evaluate(&couple(70, 40, &[]), low_income(), all_pass());
    assert!(scheme(&e, "iit").reasons.contains(&Reason::AowAge));
}

#[test]
fn the_aow_age_in_2023_is_66_years_and_10_months() {
    for date in [JAN, JUL] {
        let a = RuleSet::for_date(date).unwrap().aow_age;
        assert_eq!((a.years, a.months), (66, 10));
    }
}

// ---- Leefvorm (spec section 6) ------------------------------------------------------------

#[test]
fn leefvorm_follows_the_spec_table_for_every_row() {
    let with = |h: Household, aow: Option<bool>, partner_aow: Option<bool>| Household {
        aow,
        partner_aow,
        ..h
    };
    let cases: Vec<(&str, Household, Leefvorm, &str)> = vec![
        (
            "single 21",
            single(21, &[]),
            Leefvorm::Alleenstaande,
            "1216.62",
        ),
        (
            "single 30",
            single(30, &[]),
            Leefvorm::Alleenstaande,
            "1216.62",
        ),
        (
            "single parent",
            single(30, &[5]),
            Leefvorm::AlleenstaandeOuder,
            "1216.62",
        ),
        (
            "single, child of 18",
            single(40, &[18]),
            Leefvorm::Alleenstaande,
            "1216.62",
        ),
        (
            "single 66 not aow",
            with(single(66, &[]), Some(false), None),
            Leefvorm::Alleenstaande,
            "1216.62",
        ),
        (
            "single 70",
            single(70, &[]),
            Leefvorm::AlleenstaandeAow,
            "1357.66",
        ),
        (
            "single 66 aow",
            with(single(66, &[]), Some(true), None),
            Leefvorm::AlleenstaandeAow,
            "1357.66",
        ),
        (
            "single parent 70",
            single(70, &[12]),
            Leefvorm::AlleenstaandeOuderAow,
            "1357.66",
        ),
        (
            "single 18",
            single(18, &[]),
            Leefvorm::Alleenstaande18To20,
            "300.36",
        ),
        (
            "single 20",
            single(20, &[]),
            Leefvorm::Alleenstaande18To20,
            "300.36",
        ),
        (
            "single parent 19",
            single(19, &[1]),
            Leefvorm::AlleenstaandeOuder18To20,
            "300.36",
        ),
        (
            "couple 30+30",
            couple(30, 30, &[]),
            Leefvorm::Gehuwd,
            "1738.02",
        ),
        (
            "couple 21+21 with children",
            couple(21, 21, &[1]),
            Leefvorm::Gehuwd,
            "1738.02",
        ),
        (
            "couple 30+70",
            couple(30, 70, &[]),
            Leefvorm::GehuwdAow,
            "1843.60",
        ),
        (
            "couple 70+30",
            couple(70, 30, &[]),
            Leefvorm::GehuwdAow,
            "1843.60",
        ),
        (
            "couple 70+70",
            couple(70, 70, &[]),
            Leefvorm::GehuwdAow,
            "1843.60",
        ),
        (
            "couple 40+66 aow",
            with(couple(40, 66, &[]), None, Some(true)),
            Leefvorm::GehuwdAow,
            "1843.60",
        ),
        (
            "couple 40+66 not aow",
            with(couple(40, 66, &[]), None, Some(false)),
            Leefvorm::Gehuwd,
            "1738.02",
        ),
        (
            "couple 19+70",
            couple(19, 70, &[]),
            Leefvorm::GehuwdAow,
            "1843.60",
        ),
        (
            "couple 18+20",
            couple(18, 20, &[]),
            Leefvorm::Gehuwd18To20,
            "600.72",
        ),
        (
            "couple 18+20 with children",
            couple(18, 20, &[0]),
            Leefvorm::Gehuwd18To20MetKinderen,
            "948.32",
        ),
        (
            "couple 19+21",
            couple(19, 21, &[]),
            Leefvorm::Gehuwd18To20En21,
            "1169.37",
        ),
        (
            "couple 21+19",
            couple(21, 19, &[]),
            Leefvorm::Gehuwd18To20En21,
            "1169.37",
        ),
        (
            "couple 20+45 with children",
            couple(20, 45, &[2]),
            Leefvorm::Gehuwd18To20En21MetKinderen,
            "1516.97",
        ),
        (
            "couple 45+20 with children",
            couple(45, 20, &[2]),
            Leefvorm::Gehuwd18To20En21MetKinderen,
            "1516.97",
        ),
        (
            "couple 19+20, child of 18",
            couple(19, 20, &[18]),
            Leefvorm::Gehuwd18To20,
            "600.72",
        ),
    ];
    for (name, h, expected, norm) in cases {
        let e = evaluate(&h, low_income(), all_pass());
        assert_eq!(e.leefvorm, expected, "{name}");
        assert_eq!(e.norm, eur(norm), "{name}");
    }
}

#[test]
fn leefvorm_in_january_uses_the_january_norm_of_the_same_row() {
    let rules = RuleSet::for_date(JAN).unwrap();
    for (h, norm) in [
        (couple(20, 19, &[3]), "932.02"),
        (couple(25, 19, &[]), "1149.24"),
        (couple(25, 19, &[3]), "1490.86"),
        (couple(19, 19, &[]), "590.40"),
        (single(19, &[]), "295.20"),
        (couple(30, 68, &[]), "1807.20"),
    ] {
        let e = rules.evaluate(&h, low_income(), all_pass()).unwrap();
        assert_eq!(e.norm, eur(norm), "{h:?}");
    }
}

#[test]
fn a_partner_at_aow_age_gives_gehuwd_aow() {
    assert_eq!(leefvorm(&couple(50, 67, &[])), Ok(Leefvorm::GehuwdAow));
    assert_eq!(leefvorm(&couple(67, 50, &[])), Ok(Leefvorm::GehuwdAow));
}

#[test]
fn a_single_parent_has_the_single_norm_but_the_higher_vermogensgrens() {
    let c = Circumstances {
        assets_above_limit: Some(true),
        ..all_pass()
    };
    let limit_for = |h: Household| {
        let e = evaluate(&h, low_income(), c);
        scheme(&e, "kwijtschelding")
            .reasons
            .iter()
            .find_map(|r| match r {
                Reason::AssetsAboveLimit { limit } => Some(*limit),
                _ => None,
            })
            .expect("assets_above_limit")
    };
    assert_eq!(limit_for(single(30, &[])), eur("7605.00"));
    assert_eq!(limit_for(single(30, &[5])), eur("15210.00"));
    assert_eq!(limit_for(single(70, &[])), eur("7605.00"));
    assert_eq!(limit_for(single(70, &[5])), eur("15210.00"));
    assert_eq!(limit_for(single(19, &[])), eur("7605.00"));
    assert_eq!(limit_for(single(19, &[1])), eur("15210.00"));
    assert_eq!(limit_for(couple(30, 30, &[])), eur("15210.00"));
    assert_eq!(limit_for(couple(70, 70, &[])), eur("15210.00"));
    assert_eq!(limit_for(couple(19, 19, &[])), eur("15210.00"));
    let single_norm = evaluate(&single(30, &[]), low_income(), all_pass()).norm;
    let parent_norm = evaluate(&single(30, &[5]), low_income(), all_pass()).norm;
    assert_eq!(single_norm, parent_norm);
}

#[test]
fn an_applicant_under_18_is_not_applicable() {
    let err = rules()
        .evaluate(&single(17, &[]), low_income(), all_pass())
        .unwrap_err();
    assert_eq!(err, HouseholdError::Under18 { partner: false });
    assert_eq!(err.code(), "under_18");
    assert_eq!(err.field(), "age");
    assert_eq!(
        leefvorm(&single(0, &[])),
        Err(HouseholdError::Under18 { partner: false })
    );
    assert!(leefvorm(&single(18, &[])).is_ok());
}

#[test]
fn a_partner_under_18_is_not_applicable() {
    let err = rules()
        .evaluate(&couple(30, 17, &[]), low_income(), all_pass())
        .unwrap_err();
    assert_eq!(err, HouseholdError::Under18 { partner: true });
    assert_eq!(err.field(), "partner_age");
}

#[test]
fn ages_over_120_are_errors() {
    assert!(leefvorm(&single(120, &[])).is_ok());
    assert_eq!(
        leefvorm(&single(121, &[])),
        Err(HouseholdError::AgeTooHigh { partner: false })
    );
    assert_eq!(
        leefvorm(&single(255, &[])),
        Err(HouseholdError::AgeTooHigh { partner: false })
    );
    assert_eq!(
        leefvorm(&couple(30, 121, &[])),
        Err(HouseholdError::AgeTooHigh { partner: true })
    );
    assert_eq!(
        leefvorm(&single(30, &[4, 121])),
        Err(HouseholdError::ChildAgeTooHigh { index: 1 })
    );
    assert!(leefvorm(&single(30, &[120])).is_ok());
    assert_eq!(
        HouseholdError::AgeTooHigh { partner: true }.code(),
        "age_too_high"
    );
    assert_eq!(
        HouseholdError::ChildAgeTooHigh { index: 0 }.field(),
        "children"
    );
}

// ---- Questions: which answers could still change a verdict --------------------------------

fn answers(
    age: u8,
    partner_age: Option<u8>,
    children: &[u8],
    income: Option<&str>,
) -> PartialAnswers {
    PartialAnswers {
        partner: Some(partner_age.is_some()),
        age: Some(age),
        partner_age,
        aow: None,
        partner_aow: None,
        children: Some(children.to_vec()),
        income: income.map(|a| Income::monthly(eur(a))),
        circumstances: Circumstances::default(),
    }
}

#[test]
fn debt_help_does_not_matter_without_children() {
    let r = rules();
    assert!(!could_matter(
        &r,
        &answers(30, None, &[], None),
        Question::DebtHelp
    ));
    assert!(!could_matter(
        &r,
        &answers(30, None, &[], Some("3000")),
        Question::DebtHelp
    ));
    assert!(!could_matter(
        &r,
        &answers(40, Some(40), &[19], None),
        Question::DebtHelp
    ));
}

#[test]
fn debt_help_does_not_matter_when_the_income_is_within_110_percent() {
    let r = rules();
    for income in ["0", "1000.00", KINDPAKKET_LIMIT_SINGLE_PARENT] {
        assert!(
            !could_matter(
                &r,
                &answers(30, None, &[10], Some(income)),
                Question::DebtHelp
            ),
            "{income}"
        );
    }
}

#[test]
fn debt_help_matters_with_a_child_at_home_and_income_above_110_percent_plus_margin() {
    let r = rules();
    // 1271.37 + 20.00 + 0.01.
    for income in ["1291.38", "2000.00", "9000.00"] {
        assert!(
            could_matter(
                &r,
                &answers(30, None, &[10], Some(income)),
                Question::DebtHelp
            ),
            "{income}"
        );
    }
    // Income not known yet: it could be above the limit.
    assert!(could_matter(
        &r,
        &answers(30, None, &[10], None),
        Question::DebtHelp
    ));
}

#[test]
fn debt_help_matters_just_above_110_percent_within_the_margin() {
    // With the other kindpakket answers known: with debt help yes, without it maybe.
    let mut a = answers(30, None, &[10], Some("1271.38"));
    a.circumstances = Circumstances {
        assets_above_limit: Some(false),
        student: Some(false),
        ..Circumstances::default()
    };
    assert!(could_matter(&rules(), &a, Question::DebtHelp));
}

#[test]
fn aow_matters_only_at_66() {
    let r = rules();
    for (age, matters) in [(65, false), (66, true), (67, false), (30, false)] {
        assert_eq!(
            could_matter(&r, &answers(age, None, &[], None), Question::Aow),
            matters,
            "age {age}"
        );
    }
    let unknown_age = PartialAnswers {
        age: None,
        ..answers(30, None, &[], None)
    };
    assert!(could_matter(&r, &unknown_age, Question::Aow));
}

#[test]
fn partner_aow_matters_only_for_a_partner_of_66() {
    let r = rules();
    assert!(could_matter(
        &r,
        &answers(30, Some(66), &[], None),
        Question::PartnerAow
    ));
    assert!(!could_matter(
        &r,
        &answers(30, Some(65), &[], None),
        Question::PartnerAow
    ));
    assert!(!could_matter(
        &r,
        &answers(30, Some(67), &[], None),
        Question::PartnerAow
    ));
    assert!(!could_matter(
        &r,
        &answers(66, None, &[], None),
        Question::PartnerAow
    ));
}

#[test]
fn partner_age_matters_only_with_a_partner() {
    let r = rules();
    assert!(!could_matter(
        &r,
        &answers(30, None, &[], None),
        Question::PartnerAge
    ));
    assert!(could_matter(
        &r,
        &answers(30, Some(30), &[], None),
        Question::PartnerAge
    ));
    let partner_unknown = PartialAnswers {
        partner: None,
        ..answers(30, None, &[], None)
    };
    assert!(could_matter(&r, &partner_unknown, Question::PartnerAge));
}

#[test]
fn low_income_3_years_does_not_matter_at_aow_age() {
    let r = rules();
    assert!(!could_matter(
        &r,
        &answers(67, None, &[], None),
        Question::LowIncome3Years
    ));
    assert!(!could_matter(
        &r,
        &answers(80, Some(75), &[5], None),
        Question::LowIncome3Years
    ));
    let reached_at_66 = PartialAnswers {
        aow: Some(true),
        ..answers(66, None, &[], None)
    };
    assert!(!could_matter(&r, &reached_at_66, Question::LowIncome3Years));
    // Below AOW age it is the iit's question.
    assert!(could_matter(
        &r,
        &answers(40, None, &[], None),
        Question::LowIncome3Years
    ));
}

#[test]
fn low_income_3_years_does_not_matter_below_21() {
    assert!(!could_matter(
        &rules(),
        &answers(20, None, &[], None),
        Question::LowIncome3Years
    ));
}

#[test]
fn the_basic_questions_always_matter() {
    let r = rules();
    let a = answers(30, None, &[], Some("100"));
    for q in [
        Question::Partner,
        Question::Age,
        Question::Children,
        Question::Income,
    ] {
        assert!(could_matter(&r, &a, q), "{q:?}");
    }
}

#[test]
fn open_questions_for_a_single_adult_without_children_skip_partner_aow_and_debt_help() {
    let open = open_questions(&rules(), &answers(30, None, &[], Some("1000")));
    assert_eq!(
        open,
        vec![
            Question::AssetsAboveLimit,
            Question::LowIncome3Years,
            Question::Student
        ]
    );
}

#[test]
fn open_questions_leave_out_answered_questions() {
    let mut a = answers(30, None, &[10], Some("2000"));
    a.circumstances = Circumstances {
        assets_above_limit: Some(false),
        student: Some(false),
        ..Circumstances::default()
    };
    let open = open_questions(&rules(), &a);
    assert!(!open.contains(&Question::AssetsAboveLimit));
    assert!(!open.contains(&Question::Student));
    assert!(open.contains(&Question::DebtHelp), "{open:?}");
}

#[test]
fn open_questions_start_with_everything_when_nothing_is_answered() {
    let open = open_questions(&rules(), &PartialAnswers::default());
    assert_eq!(open, Question::ALL.to_vec());
}

#[test]
fn open_questions_for_a_66_year_old_ask_the_aow_question() {
    let open = open_questions(&rules(), &answers(66, None, &[], None));
    assert!(open.contains(&Question::Aow));
    assert!(!open.contains(&Question::PartnerAow));
    assert!(!open.contains(&Question::PartnerAge));
}
