//! One question per screen, with its number, and Back / Next; and intermediair mode's one form
//! with every question in place.

use super::fields::{
    choice_field, error, text_field, Choice, ChoiceFieldProps, Need, TextFieldProps,
};
use super::send;
use super::state::{field_id, Action, FieldError, Form, State, Tri, MAX_CHILDREN};
use crate::i18n::{args, format_money, int, Lang, Tr};
use crate::rules::{Money, MoneyInputError, Period, Question};
use yew::prelude::*;

pub fn error_text(t: Tr, e: FieldError) -> &'static str {
    match e {
        FieldError::Choose => t.error_choose(),
        FieldError::AgeEmpty => t.error_age_empty(),
        FieldError::AgeNotNumber => t.error_age_not_number(),
        FieldError::AgeTooHigh => t.error_age_too_high(),
        FieldError::AgeUnder18 => t.error_age_under_18(),
        FieldError::PartnerAgeUnder18 => t.error_partner_age_under_18(),
        FieldError::ChildAge(_) => t.error_child_age(),
        FieldError::Income(e) => match e {
            MoneyInputError::Empty => t.error_income_empty(),
            MoneyInputError::NotANumber => t.error_income_not_a_number(),
            MoneyInputError::Negative => t.error_income_negative(),
            MoneyInputError::TooManyDecimals => t.error_income_too_many_decimals(),
            MoneyInputError::Ambiguous => t.error_income_ambiguous(),
            MoneyInputError::TooLarge => t.error_income_too_large(),
        },
    }
}

/// "maand", "4 weken": the period after "per" in the summary and the result.
pub fn period_label(t: Tr, p: Period) -> &'static str {
    match p {
        Period::Month => t.period_month(),
        Period::FourWeeks => t.period_four_weeks(),
        Period::Week => t.period_week(),
        Period::Year => t.period_year(),
    }
}

/// The answers to "how often do you get this amount?".
fn period_option(t: Tr, p: Period) -> &'static str {
    match p {
        Period::Month => t.period_option_month(),
        Period::FourWeeks => t.period_option_four_weeks(),
        Period::Week => t.period_option_week(),
        Period::Year => t.period_option_year(),
    }
}

/// "66 jaar en 10 maanden": the AOW age at the date the app calculates with, from the data.
pub fn aow_age(t: Tr) -> String {
    let a = State::rules().aow_age;
    t.aow_age(args::AowAge {
        months: &int(a.months),
        years: &int(a.years),
    })
}

/// How many years of low income the regelingen in force ask for (the IIT: 3), from the data.
pub fn low_income_years() -> String {
    State::rules()
        .low_income_years()
        .map_or_else(String::new, int)
}

/// The question's own text, for the error summary of intermediair mode.
pub fn question_text(t: Tr, q: Question, assets_limit: Option<Money>, lang: Lang) -> String {
    match q {
        Question::Partner => t.q_partner().into(),
        Question::Age => t.q_age().into(),
        Question::PartnerAge => t.q_partner_age().into(),
        Question::Aow => t.q_aow(&aow_age(t)),
        Question::PartnerAow => t.q_partner_aow(&aow_age(t)),
        Question::Children => t.q_children().into(),
        Question::Income => t.q_income().into(),
        // The limit depends on the household; until that is known the question names none.
        Question::AssetsAboveLimit => match assets_limit {
            Some(m) => t.q_assets(&format_money(lang, m)),
            None => t.q_assets_no_limit().into(),
        },
        Question::LowIncome3Years => t.q_low_income(&low_income_years()),
        Question::Student => t.q_student().into(),
        Question::DebtHelp => t.q_debt_help().into(),
    }
}

/// How a question is shown: as the screen's h1, or as one item of intermediair mode's form.
#[derive(Clone, Copy, PartialEq)]
pub enum Layout {
    Screen,
    Compact { needed: bool },
}

/// What one question shows: the answers so far, its error and, for the savings question, the
/// limit for this household.
pub struct QuestionView<'a> {
    pub q: Question,
    pub lang: Lang,
    pub form: &'a Form,
    pub error: Option<FieldError>,
    pub assets_limit: Option<Money>,
    pub layout: Layout,
}

/// The controls of one question.
pub fn question_body(v: &QuestionView, d: &Callback<Action>) -> Html {
    let (q, lang, f) = (v.q, v.lang, v.form);
    let t = lang.tr();
    let heading = v.layout == Layout::Screen;
    let (hint_toggle, need): (Option<AttrValue>, Need) = match v.layout {
        Layout::Screen => (None, Need::Screen),
        Layout::Compact { needed: true } => (Some(t.hint_toggle().into()), Need::Needed),
        Layout::Compact { needed: false } => (
            Some(t.hint_toggle().into()),
            Need::NotNeeded(t.not_needed().into()),
        ),
    };
    let err: Option<AttrValue> = v.error.map(|e| AttrValue::from(error_text(t, e)));
    let name: AttrValue = q.id().into();

    let yes_no = |selected: Option<bool>, set: fn(bool) -> Action| -> Vec<Choice> {
        [(true, t.a_yes()), (false, t.a_no())]
            .into_iter()
            .map(|(v, label)| Choice {
                label: label.into(),
                selected: selected == Some(v),
                on_select: send(d, set(v)),
            })
            .collect()
    };
    let tri = |selected: Option<Tri>| -> Vec<Choice> {
        [
            (Tri::Yes, t.a_yes()),
            (Tri::No, t.a_no()),
            (Tri::DontKnow, t.a_dont_know()),
        ]
        .into_iter()
        .map(|(v, label)| Choice {
            label: label.into(),
            selected: selected == Some(v),
            on_select: send(d, Action::SetTri(q, v)),
        })
        .collect()
    };
    let choice = |question: AttrValue, hint: Option<&str>, choices: Vec<Choice>, inline: bool| {
        choice_field(&ChoiceFieldProps {
            name: name.clone(),
            question,
            hint: hint.map(|h| AttrValue::from(h.to_string())),
            error: err.clone(),
            choices,
            inline,
            is_heading: heading,
            hint_toggle: hint_toggle.clone(),
            need: need.clone(),
        })
    };
    let age_field = |question: &'static str, value: &str, set: fn(String) -> Action| {
        text_field(&TextFieldProps {
            name: name.clone(),
            question: question.into(),
            label: t.age_label().into(),
            hint: None,
            value: AttrValue::from(value.to_string()),
            on_input: d.reform(set),
            error: err.clone(),
            inputmode: "numeric".into(),
            autocomplete: None,
            size: Some("4".into()),
            is_heading: heading,
            hint_toggle: None,
            need: need.clone(),
        })
    };

    match q {
        Question::Partner => choice(
            t.q_partner().into(),
            Some(t.q_partner_hint()),
            vec![
                Choice {
                    label: t.a_partner_no().into(),
                    selected: f.partner == Some(false),
                    on_select: send(d, Action::SetPartner(false)),
                },
                Choice {
                    label: t.a_partner_yes().into(),
                    selected: f.partner == Some(true),
                    on_select: send(d, Action::SetPartner(true)),
                },
            ],
            false,
        ),
        Question::Age => age_field(t.q_age(), &f.age, Action::SetAge),
        Question::PartnerAge => age_field(t.q_partner_age(), &f.partner_age, Action::SetPartnerAge),
        Question::Aow => choice(
            t.q_aow(&aow_age(t)).into(),
            Some(t.q_aow_hint()),
            yes_no(f.aow, Action::SetAow),
            true,
        ),
        Question::PartnerAow => choice(
            t.q_partner_aow(&aow_age(t)).into(),
            Some(t.q_aow_hint()),
            yes_no(f.partner_aow, Action::SetPartnerAow),
            true,
        ),
        Question::Children => children(v, d, err, hint_toggle, need),
        Question::Income => income(v, d, err, hint_toggle, need),
        Question::AssetsAboveLimit => choice(
            question_text(t, q, v.assets_limit, lang).into(),
            Some(t.q_assets_hint()),
            tri(f.assets_above_limit),
            false,
        ),
        Question::LowIncome3Years => choice(
            t.q_low_income(&low_income_years()).into(),
            Some(&t.q_low_income_hint(&low_income_years())),
            tri(f.low_income_3_years),
            false,
        ),
        Question::Student => choice(
            t.q_student().into(),
            Some(t.q_student_hint()),
            tri(f.student),
            false,
        ),
        Question::DebtHelp => choice(
            t.q_debt_help().into(),
            Some(t.q_debt_help_hint()),
            tri(f.debt_help),
            false,
        ),
    }
}

#[derive(Properties, PartialEq)]
pub struct QuestionScreenProps {
    pub question: Question,
    /// The question's number in the flow; no total, which would change as answers come in.
    pub step: usize,
    pub lang: Lang,
    pub form: Form,
    pub error: Option<FieldError>,
    pub assets_limit: Option<Money>,
    /// The last question: its button shows the result.
    pub last: bool,
    pub dispatch: Callback<Action>,
}

/// A plain function, not a component: each component type costs its own copy of yew's lifecycle
/// code. The caller keys the form by question, so each question gets fresh form controls.
pub fn question_screen(p: &QuestionScreenProps) -> Html {
    let t = p.lang.tr();
    let d = &p.dispatch;
    let q = p.question;
    let onsubmit = d.reform(|e: SubmitEvent| {
        e.prevent_default();
        Action::Next
    });
    let view = QuestionView {
        q,
        lang: p.lang,
        form: &p.form,
        error: p.error,
        assets_limit: p.assets_limit,
        layout: Layout::Screen,
    };
    html! {
        <form class="question" key={q.id()} novalidate=true data-question={q.id()} {onsubmit}>
            <p class="step">{ t.step_n(&int(p.step as u64)) }</p>
            { question_body(&view, d) }
            <div class="actions">
                <button type="submit" class="primary">
                    { if p.last { t.button_show_result() } else { t.button_next() } }
                </button>
                <button type="button" class="secondary" onclick={send(d, Action::Back)}>{ t.button_back() }</button>
            </div>
        </form>
    }
}

#[derive(Properties, PartialEq)]
pub struct CompactFormProps {
    pub lang: Lang,
    pub form: Form,
    /// The questions this household is asked; the others stay in place, marked as not needed.
    pub needed: Vec<Question>,
    pub errors: Vec<(Question, FieldError)>,
    pub assets_limit: Option<Money>,
    pub confirm_wipe: bool,
    pub dispatch: Callback<Action>,
}

/// Intermediair mode: every question on one screen, always in the same place, filled by
/// keyboard in one go; after a check, one list of everything that still needs an answer.
pub fn compact_form(p: &CompactFormProps) -> Html {
    let t = p.lang.tr();
    let d = &p.dispatch;
    let onsubmit = d.reform(|e: SubmitEvent| {
        e.prevent_default();
        Action::SubmitAll
    });
    let error_for = |q: Question| p.errors.iter().find(|(x, _)| *x == q).map(|&(_, e)| e);
    html! {
        <form class="question compact" key="all" novalidate=true data-question="all" {onsubmit}>
            <h1 id="screen-heading" tabindex="-1">{ t.compact_heading() }</h1>
            if !p.errors.is_empty() {
                { error_summary(p) }
            }
            <div class="compact-grid">
                { for Question::ALL.iter().map(|&q| {
                    let view = QuestionView {
                        q,
                        lang: p.lang,
                        form: &p.form,
                        error: error_for(q),
                        assets_limit: p.assets_limit,
                        layout: Layout::Compact { needed: p.needed.contains(&q) },
                    };
                    html! { <div class="compact-item" key={q.id()} data-item={q.id()}>{ question_body(&view, d) }</div> }
                }) }
            </div>
            <div class="actions">
                <button type="submit" class="primary">{ t.button_show_result() }</button>
                <button type="button" class="secondary" id="wipe-button" onclick={send(d, Action::AskWipe)}>{ t.button_next_family() }</button>
            </div>
            if p.confirm_wipe {
                { super::result_screen::confirm_wipe(&super::result_screen::ConfirmWipeProps { lang: p.lang, dispatch: d.clone() }) }
            }
        </form>
    }
}

/// The NL Design System error summary: every question that needs an answer, each a link that
/// moves the focus to its field. The links move focus themselves rather than by "#id", which
/// would add a history entry and fire the browser's Back handling.
fn error_summary(p: &CompactFormProps) -> Html {
    let t = p.lang.tr();
    html! {
        <div class="error-summary" id="error-summary" tabindex="-1" role="group" aria-labelledby="error-summary-heading">
            <h2 id="error-summary-heading">{ t.error_summary_heading() }</h2>
            <ul>
            { for p.errors.iter().map(|&(q, e)| {
                let target = field_id(q, e);
                let href = ["#", &target].concat();
                let onclick = Callback::from(move |ev: MouseEvent| {
                    ev.prevent_default();
                    focus_element(&target);
                });
                html! {
                    <li><a {href} {onclick}>{ question_text(t, q, p.assets_limit, p.lang) }{ " " }{ error_text(t, e) }</a></li>
                }
            }) }
            </ul>
        </div>
    }
}

fn focus_element(id: &str) {
    if let Some(el) = super::embed::by_id(id) {
        el.scroll_into_view();
        let _ = el.focus();
    }
}

fn children(
    v: &QuestionView,
    d: &Callback<Action>,
    err: Option<AttrValue>,
    hint_toggle: Option<AttrValue>,
    need: Need,
) -> Html {
    let t = v.lang.tr();
    let f = v.form;
    let heading = v.layout == Layout::Screen;
    let count_error = match v.error {
        Some(FieldError::Choose) => err.clone(),
        _ => None,
    };
    let age_error = match v.error {
        Some(FieldError::ChildAge(i)) => Some((i, err.clone())),
        _ => None,
    };
    let choices: Vec<Choice> = (0..=MAX_CHILDREN)
        .map(|n| Choice {
            label: int(n).into(),
            selected: f.children_count == Some(n),
            on_select: send(d, Action::SetChildrenCount(n)),
        })
        .collect();
    let n = f.children_count.unwrap_or(0) as usize;
    html! {
        <>
            { choice_field(&ChoiceFieldProps {
                name: "children".into(),
                question: t.q_children().into(),
                hint: Some(AttrValue::from(t.q_children_hint())),
                error: count_error,
                choices,
                inline: true,
                is_heading: heading,
                hint_toggle,
                need,
            }) }
            if n > 0 {
                <fieldset class="child-ages">
                    <legend><span class="legend-text">{ t.children_ages_legend() }</span></legend>
                    if let Some((_, e)) = age_error.clone() { { error("child-age", &e) } }
                    <div class="ages">
                    { for (0..n).map(|i| {
                        let id = ["child-age-", &int(i as u64)].concat();
                        let invalid = age_error.as_ref().is_some_and(|(j, _)| *j == i);
                        let oninput = d.reform(move |e: InputEvent| {
                            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
                            Action::SetChildAge(i, input.value())
                        });
                        html! {
                            <div class="child-age">
                                <label for={id.clone()}>{ t.child_age_label(&int(i as u64 + 1)) }</label>
                                <input type="text" id={id} inputmode="numeric" size="3" dir="ltr" autocomplete="off"
                                    value={f.child_ages.get(i).cloned().unwrap_or_default()}
                                    aria-invalid={invalid.then_some("true")}
                                    aria-describedby={invalid.then_some("child-age-error")}
                                    {oninput} />
                            </div>
                        }
                    }) }
                    </div>
                </fieldset>
            }
        </>
    }
}

fn income(
    v: &QuestionView,
    d: &Callback<Action>,
    err: Option<AttrValue>,
    hint_toggle: Option<AttrValue>,
    need: Need,
) -> Html {
    let t = v.lang.tr();
    let f = v.form;
    let heading = v.layout == Layout::Screen;
    let periods: Vec<Choice> = Period::ALL
        .into_iter()
        .map(|per| Choice {
            label: period_option(t, per).into(),
            selected: f.period == per,
            on_select: send(d, Action::SetPeriod(per)),
        })
        .collect();
    // What counts and what does not: open, because counting kinderbijslag or toeslagen (paid
    // into the same account) gives a false "no".
    let counts = [
        t.income_counts_wages(),
        t.income_counts_benefit(),
        t.income_counts_pension(),
        t.income_counts_alimony(),
        t.income_counts_tax_credit(),
    ];
    let not = [
        t.income_not_child_benefit(),
        t.income_not_toeslagen(),
        t.income_not_holiday_pay(),
        t.income_not_children(),
        t.income_not_energietoeslag(),
    ];
    let lists = html! {
        <div class="income-help">
            <div>
                <p class="list-heading">{ t.income_counts_heading() }</p>
                <ul class="counts">{ for counts.iter().map(|c| html! { <li>{ *c }</li> }) }</ul>
            </div>
            <div>
                <p class="list-heading">{ t.income_not_heading() }</p>
                <ul class="not-counted">{ for not.iter().map(|c| html! { <li>{ *c }</li> }) }</ul>
            </div>
        </div>
    };
    html! {
        <>
            { text_field(&TextFieldProps {
                name: "income".into(),
                question: t.q_income().into(),
                label: t.income_label().into(),
                hint: Some(AttrValue::from([t.q_income_hint(), " ", t.income_example()].concat())),
                value: AttrValue::from(f.income.clone()),
                on_input: d.reform(Action::SetIncome),
                error: err,
                inputmode: "decimal".into(),
                autocomplete: None,
                size: Some("10".into()),
                is_heading: heading,
                hint_toggle: hint_toggle.clone(),
                need,
            }) }
            { choice_field(&ChoiceFieldProps {
                name: "period".into(),
                question: t.period_legend().into(),
                hint: None,
                error: None,
                choices: periods,
                inline: false,
                is_heading: false,
                hint_toggle: None,
                need: Need::default(),
            }) }
            if hint_toggle.is_some() {
                <details class="hint-fold"><summary>{ t.income_counts_heading() }{ " / " }{ t.income_not_heading() }</summary>{ lists }</details>
            } else {
                { lists }
            }
        </>
    }
}
