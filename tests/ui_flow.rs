//! The question flow of the app, tested natively on its state (no browser needed).

use regelingencheck::i18n::Lang;
use regelingencheck::rules::{MoneyInputError, Question};
use regelingencheck::ui::outcome::Outcome;
use regelingencheck::ui::state::{Action, FieldError, Screen, State, Tri};

fn run(actions: Vec<Action>) -> State {
    actions
        .into_iter()
        .fold(State::new(Lang::Nl), |s, a| s.apply(a))
}

fn single(age: &str, children: &[&str], income: &str) -> Vec<Action> {
    let mut a = vec![
        Action::Start,
        Action::SetPartner(false),
        Action::Next,
        Action::SetAge(age.into()),
        Action::Next,
    ];
    a.push(Action::SetChildrenCount(children.len() as u8));
    for (i, c) in children.iter().enumerate() {
        a.push(Action::SetChildAge(i, c.to_string()));
    }
    a.extend([Action::Next, Action::SetIncome(income.into()), Action::Next]);
    a
}

#[test]
fn debt_help_is_not_asked_when_it_cannot_change_a_verdict() {
    // No child at home: the debt-help exception of the kindpakket can never apply.
    let s = run(single("40", &[], "2500"));
    assert!(!s.flow().contains(Question::DebtHelp));
}

#[test]
fn debt_help_is_asked_for_a_parent_above_the_kindpakket_limit() {
    let s = run(single("40", &["8"], "1400"));
    assert!(s.flow().contains(Question::DebtHelp));
}

#[test]
fn the_aow_question_is_asked_only_at_66() {
    for (age, asked) in [("65", false), ("66", true), ("67", false)] {
        let s = run(vec![
            Action::Start,
            Action::SetPartner(false),
            Action::Next,
            Action::SetAge(age.into()),
            Action::Next,
        ]);
        assert_eq!(s.screen == Screen::Ask(Question::Aow), asked, "age {age}");
    }
}

#[test]
fn the_partner_age_is_asked_only_with_a_partner() {
    let s = run(vec![
        Action::Start,
        Action::SetPartner(true),
        Action::Next,
        Action::SetAge("30".into()),
        Action::Next,
    ]);
    assert_eq!(s.screen, Screen::Ask(Question::PartnerAge));
    let s = run(vec![
        Action::Start,
        Action::SetPartner(false),
        Action::Next,
        Action::SetAge("30".into()),
        Action::Next,
    ]);
    assert_eq!(s.screen, Screen::Ask(Question::Children));
}

#[test]
fn a_bad_income_stays_on_the_screen_with_a_typed_error_and_keeps_other_answers() {
    let s = run(single("34", &["7", "13"], "veel"));
    assert_eq!(s.screen, Screen::Ask(Question::Income));
    assert_eq!(
        s.error_for(Question::Income),
        Some(FieldError::Income(MoneyInputError::NotANumber))
    );
    assert_eq!(s.form.age, "34");
    assert_eq!(s.form.child_ages, vec!["7", "13"]);
    // Typing again clears the error; the text typed is kept as typed.
    let s = s.apply(Action::SetIncome("1.250,50".into()));
    assert_eq!(s.errors, vec![]);
    assert_eq!(s.form.income, "1.250,50");
}

#[test]
fn an_age_of_140_or_under_18_is_refused() {
    let base = vec![Action::Start, Action::SetPartner(false), Action::Next];
    for (age, err) in [
        ("140", FieldError::AgeTooHigh),
        ("17", FieldError::AgeUnder18),
        ("", FieldError::AgeEmpty),
        ("dertig", FieldError::AgeNotNumber),
    ] {
        let mut a = base.clone();
        a.extend([Action::SetAge(age.into()), Action::Next]);
        let s = run(a);
        assert_eq!(
            (s.screen, s.error_for(Question::Age)),
            (Screen::Ask(Question::Age), Some(err)),
            "age {age:?}"
        );
    }
}

#[test]
fn ages_in_arabic_and_persian_digits_are_read() {
    for age in ["٣٤", "۳۴"] {
        let s = run(vec![
            Action::Start,
            Action::SetPartner(false),
            Action::Next,
            Action::SetAge(age.into()),
            Action::Next,
        ]);
        assert_eq!(s.errors, vec![], "{age}");
        assert_eq!(s.form.partial_answers().age, Some(34));
    }
}

#[test]
fn a_missing_child_age_points_at_that_child() {
    let s = run(single("34", &["7", ""], "1000"));
    assert_eq!(
        s.error_for(Question::Children),
        Some(FieldError::ChildAge(1))
    );
}

#[test]
fn back_and_language_switch_keep_every_answer() {
    let s = run(single("34", &["7", "13"], "1250"));
    let s = s
        .apply(Action::SetLang(Lang::Ar))
        .apply(Action::Back)
        .apply(Action::Back);
    assert_eq!(s.lang, Lang::Ar);
    assert_eq!(s.screen, Screen::Ask(Question::Children));
    assert_eq!(s.form.income, "1250");
    assert_eq!(s.form.age, "34");
}

#[test]
fn the_journey_ends_at_the_result_once_every_question_in_the_flow_is_answered() {
    let mut a = single("34", &["7", "13"], "1250");
    for q in [
        Question::AssetsAboveLimit,
        Question::LowIncome3Years,
        Question::Student,
        Question::DebtHelp,
    ] {
        a.extend([Action::SetTri(q, Tri::No), Action::Next]);
    }
    let mut s = run(a);
    while let Screen::Ask(_) = s.screen {
        s = s.apply(Action::Next);
        assert!(s.errors.is_empty(), "{:?}", s);
    }
    assert_eq!(s.screen, Screen::Result);
    let o = Outcome::of(&s.flow(), None).unwrap().unwrap();
    let jfsc = o.cards().find(|c| c.regeling.id == "jfsc").unwrap();
    assert_eq!(jfsc.verdict.id(), "yes");
}

#[test]
fn restart_forgets_every_answer() {
    let s = run(single("34", &["7"], "1250")).apply(Action::Restart);
    assert_eq!(s.screen, Screen::Start);
    assert_eq!(s.form, Default::default());
}

fn answer_all(mut s: State, tri: Tri) -> State {
    while let Screen::Ask(q) = s.screen {
        if matches!(
            q,
            Question::AssetsAboveLimit
                | Question::LowIncome3Years
                | Question::Student
                | Question::DebtHelp
        ) {
            s = s.apply(Action::SetTri(q, tri));
        }
        let before = s.screen;
        s = s.apply(Action::Next);
        assert_ne!(s.screen, before, "stuck on {before:?}: {:?}", s.errors);
    }
    s
}

/// The English journey of the issue: partner, 40 and 38, children 5 and 12, € 1900 a month,
/// "no" to every later question. Savings is asked; it stays in the summary even though, after
/// the last answer, it can no longer change a verdict.
#[test]
fn every_question_asked_stays_in_the_flow_after_later_answers() {
    let mut s = run(vec![
        Action::Start,
        Action::SetPartner(true),
        Action::Next,
        Action::SetAge("40".into()),
        Action::Next,
        Action::SetPartnerAge("38".into()),
        Action::Next,
        Action::SetChildrenCount(2),
        Action::SetChildAge(0, "5".into()),
        Action::SetChildAge(1, "12".into()),
        Action::Next,
        Action::SetIncome("1900".into()),
        Action::Next,
    ]);
    let mut asked = Vec::new();
    while let Screen::Ask(q) = s.screen {
        asked.push(q);
        if q != Question::Income {
            s = s.apply(Action::SetTri(q, Tri::No));
        }
        s = s.apply(Action::Next);
    }
    assert_eq!(s.screen, Screen::Result);
    assert!(asked.contains(&Question::AssetsAboveLimit), "{asked:?}");
    let flow = s.flow();
    for q in asked {
        assert!(flow.contains(q), "{q:?} was asked but left the flow");
    }
}

/// The step shown has no total, and going forward it counts up by one on every screen.
#[test]
fn the_step_number_counts_up_by_one_on_every_next() {
    for (age, partner, children, income) in [
        ("34", false, vec!["7", "13"], "1265"),
        ("66", true, vec![], "1900"),
        ("19", false, vec![], "300"),
        ("41", true, vec!["15"], "1900"),
    ] {
        let mut s = run(vec![Action::Start]);
        let mut last = 0;
        while let Screen::Ask(q) = s.screen {
            let n = s.step(&s.flow()).expect("a question has a step");
            assert_eq!(n, last + 1, "{q:?} for age {age}");
            last = n;
            s = match q {
                Question::Partner => s.apply(Action::SetPartner(partner)),
                Question::Age | Question::PartnerAge => s.apply(if q == Question::Age {
                    Action::SetAge(age.into())
                } else {
                    Action::SetPartnerAge(age.into())
                }),
                Question::Aow => s.apply(Action::SetAow(false)),
                Question::PartnerAow => s.apply(Action::SetPartnerAow(false)),
                Question::Children => {
                    let mut s = s.apply(Action::SetChildrenCount(children.len() as u8));
                    for (i, c) in children.iter().enumerate() {
                        s = s.apply(Action::SetChildAge(i, c.to_string()));
                    }
                    s
                }
                Question::Income => s.apply(Action::SetIncome(income.into())),
                _ => s.apply(Action::SetTri(q, Tri::No)),
            };
            s = s.apply(Action::Next);
        }
        assert_eq!(s.screen, Screen::Result);
    }
}

#[test]
fn restart_asks_first_and_cancel_keeps_every_answer() {
    let s = answer_all(run(single("34", &["7"], "1250")), Tri::No);
    let asked = s.apply(Action::AskWipe);
    assert!(asked.confirm_wipe);
    assert_eq!(asked.focus_target(), "confirm-wipe");
    let kept = asked.apply(Action::CancelWipe);
    assert!(!kept.confirm_wipe);
    assert_eq!(kept.form, s.form);
    assert_eq!(kept.screen, Screen::Result);
    let wiped = asked.apply(Action::Restart);
    assert_eq!(wiped.form, Default::default());
    assert_eq!(wiped.screen, Screen::Start);
}

#[test]
fn the_partner_under_18_gets_an_error_about_the_partner() {
    let s = run(vec![
        Action::Start,
        Action::SetPartner(true),
        Action::Next,
        Action::SetAge("30".into()),
        Action::Next,
        Action::SetPartnerAge("17".into()),
        Action::Next,
    ]);
    assert_eq!(
        s.error_for(Question::PartnerAge),
        Some(FieldError::PartnerAgeUnder18)
    );
}

#[test]
fn an_income_per_year_is_taken_with_holiday_pay() {
    let s = run(single("45", &[], "21600"));
    let s = s.apply(Action::SetPeriod(regelingencheck::rules::Period::Year));
    let income = s.form.partial_answers().income.unwrap();
    assert!(income.holiday_pay_included);
    let s = s.apply(Action::SetPeriod(regelingencheck::rules::Period::FourWeeks));
    assert!(
        !s.form
            .partial_answers()
            .income
            .unwrap()
            .holiday_pay_included
    );
}

/// Intermediair mode: one check lists every question of the flow that still needs an answer,
/// in order, and the list gets the focus; typing keeps the list until the next check.
#[test]
fn the_intermediair_check_lists_every_missing_answer() {
    let s = State::new(Lang::Nl)
        .apply(Action::SetIntermediair(true))
        .apply(Action::Start)
        .apply(Action::SetPartner(false))
        .apply(Action::SetAge("41".into()))
        .apply(Action::SubmitAll);
    let missing: Vec<Question> = s.errors.iter().map(|(q, _)| *q).collect();
    assert_eq!(
        missing,
        vec![
            Question::Children,
            Question::Income,
            Question::AssetsAboveLimit,
            Question::LowIncome3Years,
            Question::Student,
            Question::DebtHelp
        ]
    );
    assert_eq!(s.focus_target(), "error-summary");
    let typing = s.apply(Action::SetIncome("12".into()));
    assert_eq!(typing.errors, s.errors, "the list stays while typing");
}

#[test]
fn the_button_shows_the_result_only_when_no_answer_can_bring_another_question() {
    // The family of the screenshots: the studiefinanciering question was the last one before it
    // was answered, and the debt-help question came after it once it was.
    let mut s = run(single("34", &["7", "13"], "1290"));
    let mut saw_not_last_at_the_end = false;
    while let Screen::Ask(q) = s.screen {
        let flow = s.flow();
        let last = s.is_last(&flow, q);
        if flow.questions.last() == Some(&q) && !last {
            saw_not_last_at_the_end = true;
        }
        for answer in [Tri::Yes, Tri::No, Tri::DontKnow] {
            let answered = s.apply(Action::SetTri(q, answer));
            if last {
                assert_eq!(
                    answered.flow().questions.last(),
                    Some(&q),
                    "{q:?} {answer:?}"
                );
            }
        }
        s = s.apply(Action::SetTri(q, Tri::No)).apply(Action::Next);
    }
    assert_eq!(s.screen, Screen::Result);
    assert!(
        saw_not_last_at_the_end,
        "the journey has a question that only looked last"
    );
}
