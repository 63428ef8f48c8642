//! The question flow of the app, tested natively on its state (no browser needed).

use regelingencheck::i18n::Lang;
use regelingencheck::rules::{MoneyInputError, Question};
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
    assert!(!s.flow(State::rules()).contains(&Question::DebtHelp));
}

#[test]
fn debt_help_is_asked_for_a_parent_above_the_kindpakket_limit() {
    let s = run(single("40", &["8"], "1400"));
    assert!(s.flow(State::rules()).contains(&Question::DebtHelp));
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
        s.error,
        Some(FieldError::Income(MoneyInputError::NotANumber))
    );
    assert_eq!(s.form.age, "34");
    assert_eq!(s.form.child_ages, vec!["7", "13"]);
    // Typing again clears the error; the text typed is kept as typed.
    let s = s.apply(Action::SetIncome("1.250,50".into()));
    assert_eq!(s.error, None);
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
            (s.screen, s.error),
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
        assert_eq!(s.error, None, "{age}");
        assert_eq!(s.form.partial_answers().age, Some(34));
    }
}

#[test]
fn a_missing_child_age_points_at_that_child() {
    let s = run(single("34", &["7", ""], "1000"));
    assert_eq!(s.error, Some(FieldError::ChildAge(1)));
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
        assert!(s.error.is_none(), "{:?}", s);
    }
    assert_eq!(s.screen, Screen::Result);
    let e = s.evaluation(State::rules()).unwrap().unwrap();
    assert_eq!(
        e.schemes
            .iter()
            .find(|x| x.regeling.id == "jfsc")
            .unwrap()
            .verdict
            .id(),
        "yes"
    );
}

#[test]
fn restart_forgets_every_answer() {
    let s = run(single("34", &["7"], "1250")).apply(Action::Restart);
    assert_eq!(s.screen, Screen::Start);
    assert_eq!(s.form, Default::default());
}
