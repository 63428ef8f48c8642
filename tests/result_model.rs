//! The result as a resident reads it (`ui::outcome`), checked natively: what to do grouped by
//! how to apply, advice only where the margin is all that stands in the way, failing reasons
//! first, and one line for the regelingen for children when there are none.

use regelingencheck::rules::{
    flow, parse_money, Circumstances, Date, Income, Money, PartialAnswers, Period, Question,
    Reason, Verdict, Weight,
};
use regelingencheck::ui::outcome::{for_children, readable, Distance, Outcome};
use regelingencheck::ui::state::State;

fn household(
    age: u8,
    partner_age: Option<u8>,
    children: &[u8],
    income: &str,
    no: bool,
) -> PartialAnswers {
    let answer = if no { Some(false) } else { None };
    PartialAnswers {
        partner: Some(partner_age.is_some()),
        age: Some(age),
        partner_age,
        aow: None,
        partner_aow: None,
        children: Some(children.to_vec()),
        income: Some(Income::monthly(parse_money(income).unwrap())),
        circumstances: Circumstances {
            assets_above_limit: answer,
            low_income_3_years: answer.map(|_| true),
            student: answer,
            debt_help: answer,
        },
    }
}

fn outcome(answers: &PartialAnswers) -> Outcome {
    Outcome::of(&flow(State::rules(), answers), None)
        .expect("every question answered")
        .expect("a household")
}

fn ids(o: &Outcome, v: Verdict) -> Vec<&'static str> {
    o.group(v).cards.iter().map(|c| c.regeling.id).collect()
}

/// Journey (a): a single parent of 34 with children of 7 and 13, € 1265 a month, just under 110%.
fn single_parent() -> Outcome {
    outcome(&household(34, None, &[7, 13], "1265", true))
}

#[test]
fn the_regelingen_of_one_form_are_one_route_with_its_documents() {
    let o = single_parent();
    let routes: Vec<(&str, Vec<&str>)> = o
        .routes
        .iter()
        .map(|r| (r.route.id, r.regelingen.iter().map(|x| x.id).collect()))
        .collect();
    assert_eq!(
        routes,
        vec![
            (
                "digid_form",
                vec![
                    "kindpakket",
                    "iit",
                    "maatschappelijke_activiteiten",
                    "computerregeling"
                ]
            ),
            ("gezondverzekerd", vec!["czm"]),
            ("intermediair", vec!["jfsc"]),
            ("automatic_or_digid_form", vec!["energietoeslag_2023"]),
            ("bijzondere_bijstand_form", vec!["bijzondere_bijstand"]),
        ]
    );
    assert_eq!(ids(&o, Verdict::Maybe), vec!["bijzondere_bijstand"]);
    assert_eq!(ids(&o, Verdict::No), vec!["kwijtschelding"]);
    assert_eq!(
        o.routes[0].documents,
        vec!["digid", "id", "bank_statements", "quote_or_receipt"]
    );
    // A document already on the list is not listed again under a later route.
    for r in &o.routes[1..] {
        assert!(r.documents.is_empty(), "{}: {:?}", r.route.id, r.documents);
    }
}

#[test]
fn each_route_appears_once_and_only_with_regelingen_that_are_not_no() {
    for income in (0..=3000).step_by(37) {
        let o = outcome(&household(
            40,
            Some(38),
            &[5, 12],
            &income.to_string(),
            true,
        ));
        let mut seen = Vec::new();
        for r in &o.routes {
            assert!(!seen.contains(&r.route.id), "{} twice", r.route.id);
            seen.push(r.route.id);
            assert!(!r.regelingen.is_empty());
            for reg in &r.regelingen {
                assert_eq!(reg.apply, r.route.id);
                let card = o.cards().find(|c| c.regeling.id == reg.id).unwrap();
                assert_ne!(card.verdict, Verdict::No, "{} is no", reg.id);
            }
        }
    }
}

#[test]
fn apply_anyway_only_when_the_margin_is_the_only_thing_between_the_household_and_a_yes() {
    let mut advised = 0;
    for (age, partner, children) in [
        (70, Some(68), vec![]),
        (34, None, vec![7, 13]),
        (45, None, vec![]),
        (30, Some(32), vec![2, 9]),
    ] {
        for income in (900..=2600).step_by(3) {
            for no in [true, false] {
                let o = outcome(&household(age, partner, &children, &income.to_string(), no));
                for c in o.cards() {
                    if !c.apply_anyway {
                        continue;
                    }
                    advised += 1;
                    assert_eq!(c.verdict, Verdict::Maybe, "{}", c.regeling.id);
                    let open: Vec<&Reason> = c
                        .reasons
                        .iter()
                        .filter(|r| r.weight() != Weight::Passes)
                        .collect();
                    assert!(
                        matches!(open.as_slice(), [Reason::WithinMargin { .. }]),
                        "{}: {:?}",
                        c.regeling.id,
                        c.reasons
                    );
                }
                assert!(o.group(Verdict::No).cards.iter().all(|c| !c.apply_anyway));
            }
        }
    }
    assert!(advised > 0, "some household gets the advice");
}

/// Journey (b): a couple at AOW age, € 10 above the 120% limit. The energietoeslag is a maybe
/// with the advice; JFSC (no children) is a no without it.
#[test]
fn a_maybe_within_the_margin_advises_to_apply_and_a_no_never_does() {
    let rules = State::rules();
    let probe = outcome(&household(70, Some(68), &[], "0", true));
    let et = probe
        .cards()
        .find(|c| c.regeling.id == "energietoeslag_2023")
        .unwrap();
    let limit = et.limits.unwrap().excl_holiday_pay;
    let income = limit + Money::from_cents(1000);
    let o = outcome(&household(70, Some(68), &[], &income.to_string(), true));
    let et = o
        .cards()
        .find(|c| c.regeling.id == "energietoeslag_2023")
        .unwrap();
    assert_eq!(et.verdict, Verdict::Maybe);
    assert!(et.apply_anyway);
    assert_eq!(
        et.distance,
        Some(Distance::AboveWithinMargin(Money::from_cents(1000)))
    );
    assert_eq!(rules.margin, Money::from_cents(2000));
    assert!(o.no_children);
    assert!(!o.cards().any(|c| c.regeling.id == "jfsc"));
}

#[test]
fn a_no_card_shows_only_the_reasons_that_fail_and_lists_them_first() {
    for income in (0..=2500).step_by(11) {
        // A student of 19: "no" for most regelingen, some with an income within the limit.
        let mut a = household(19, None, &[], &income.to_string(), true);
        a.circumstances.student = Some(true);
        let o = outcome(&a);
        for c in o.cards() {
            let weights: Vec<Weight> = c.reasons.iter().map(Reason::weight).collect();
            let mut sorted = weights.clone();
            sorted.sort();
            assert_eq!(weights, sorted, "{}: failing reasons first", c.regeling.id);
            if c.verdict == Verdict::No {
                assert!(!c.why.is_empty(), "{} says why not", c.regeling.id);
                assert!(
                    c.why.iter().all(|r| r.weight() == Weight::Fails),
                    "{}: {:?}",
                    c.regeling.id,
                    c.why
                );
            }
        }
    }
}

#[test]
fn without_children_the_regelingen_for_children_are_one_line() {
    let o = outcome(&household(45, None, &[], "1100", true));
    assert!(o.no_children);
    assert!(
        o.cards().all(|c| !for_children(c.regeling)),
        "no card for a regeling for children"
    );
    let o = outcome(&household(45, None, &[19], "1100", true));
    assert!(o.no_children, "a child of 19 is not a child under 18");
    let o = single_parent();
    assert!(!o.no_children);
    assert!(o.cards().any(|c| c.regeling.id == "kindpakket"));
}

#[test]
fn every_regeling_is_a_card_or_on_the_children_line() {
    for children in [vec![], vec![3], vec![10, 16]] {
        let o = outcome(&household(35, Some(33), &children, "1500", true));
        let shown = o.cards().count();
        let folded = if o.no_children {
            State::rules()
                .regelingen
                .iter()
                .filter(|r| for_children(r))
                .count()
        } else {
            0
        };
        assert_eq!(shown + folded, State::rules().regelingen.len());
    }
}

#[test]
fn the_summary_lists_every_question_of_the_flow_in_order() {
    let a = household(34, None, &[7, 13], "1265", true);
    let f = flow(State::rules(), &a);
    let o = outcome(&a);
    let asked: Vec<Question> = o.answers.iter().map(|x| x.question).collect();
    assert_eq!(asked, f.questions);
    assert!(asked.contains(&Question::AssetsAboveLimit));
}

#[test]
fn an_amount_far_from_a_limit_is_rounded_to_euros_and_one_near_keeps_its_cents() {
    assert_eq!(readable(Money::from_cents(637)), Money::from_cents(637));
    assert_eq!(readable(Money::from_cents(9_999)), Money::from_cents(9_999));
    assert_eq!(
        readable(Money::from_cents(23_849)),
        Money::from_cents(23_800)
    );
    assert_eq!(
        readable(Money::from_cents(23_850)),
        Money::from_cents(23_900)
    );
    let o = single_parent();
    let kp = o.cards().find(|c| c.regeling.id == "kindpakket").unwrap();
    // 110% of 1216.62 is 1338.28; without holiday pay 1271.37; 1271.37 - 1265 = 6.37.
    assert_eq!(kp.distance, Some(Distance::Below(Money::from_cents(637))));
}

#[test]
fn an_income_per_year_is_compared_with_holiday_pay_and_says_what_it_was() {
    let mut a = household(30, Some(32), &[2, 9], "21600", true);
    a.income = Some(Income {
        amount: parse_money("21600").unwrap(),
        period: Period::Year,
        holiday_pay_included: true,
    });
    let o = outcome(&a);
    assert!(o.income.was_converted());
    assert!(o.income.holiday_pay_included);
    assert_eq!(o.income.per_month, Money::from_cents(180_000));
    let kp = o.cards().find(|c| c.regeling.id == "kindpakket").unwrap();
    let limits = kp.limits.unwrap();
    // Compared with the limit including holiday pay.
    let expected = match kp.reasons.iter().find(|r| r.weight() != Weight::Unsure) {
        Some(Reason::IncomeWithinLimit { limit, .. })
        | Some(Reason::IncomeAboveLimit { limit, .. }) => *limit,
        other => panic!("{other:?}"),
    };
    assert_eq!(expected, limits.incl_holiday_pay);
}

/// The day the session that built this ran: the default date's norms had long been replaced.
const NOVEMBER_2026: Date = Date::new_unchecked(2026, 11, 29);

#[test]
fn the_result_says_when_today_is_past_the_period_of_its_norms() {
    let answers = household(34, None, &[7, 13], "1290", true);
    let during = Outcome::of(
        &flow(State::rules(), &answers),
        Some(Date::new_unchecked(2023, 9, 1)),
    )
    .unwrap()
    .unwrap();
    assert!(
        !during.stale,
        "1 September 2023 is within the norms of 1 July 2023"
    );
    let later = Outcome::of(&flow(State::rules(), &answers), Some(NOVEMBER_2026))
        .unwrap()
        .unwrap();
    assert!(later.stale);
}

#[test]
fn a_regeling_whose_period_has_ended_is_no_longer_a_yes_and_has_no_route() {
    // A couple of 50 far under every limit: the energietoeslag 2023 is a yes in 2023.
    let answers = household(50, Some(50), &[], "900", true);
    let in_2023 = Outcome::of(
        &flow(State::rules(), &answers),
        Some(Date::new_unchecked(2023, 9, 1)),
    )
    .unwrap()
    .unwrap();
    assert!(ids(&in_2023, Verdict::Yes).contains(&"energietoeslag_2023"));
    assert!(in_2023
        .routes
        .iter()
        .any(|r| r.route.id == "automatic_or_digid_form"));
    let in_2026 = Outcome::of(&flow(State::rules(), &answers), Some(NOVEMBER_2026))
        .unwrap()
        .unwrap();
    assert!(!ids(&in_2026, Verdict::Yes).contains(&"energietoeslag_2023"));
    let card = in_2026
        .group(Verdict::No)
        .cards
        .iter()
        .find(|c| c.regeling.id == "energietoeslag_2023")
        .expect("the ended regeling is shown as no");
    assert!(card.ended && card.why.is_empty());
    assert!(!in_2026
        .routes
        .iter()
        .any(|r| r.route.id == "automatic_or_digid_form"));
}
