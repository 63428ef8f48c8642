//! One question per screen, with the step in text, and Back / Next.

use super::fields::{error, Choice, ChoiceField, TextField};
use super::state::{Action, FieldError, State, Tri, MAX_CHILDREN};
use crate::i18n::{format_money, Tr};
use crate::rules::{Money, MoneyInputError, Period, Question};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct QuestionScreenProps {
    pub question: Question,
    pub step: usize,
    pub total: usize,
    pub state: State,
    pub dispatch: Callback<Action>,
}

pub fn error_text(t: Tr, e: FieldError) -> &'static str {
    match e {
        FieldError::Choose => t.error_choose(),
        FieldError::AgeEmpty => t.error_age_empty(),
        FieldError::AgeNotNumber => t.error_age_not_number(),
        FieldError::AgeTooHigh => t.error_age_too_high(),
        FieldError::AgeUnder18 => t.error_age_under_18(),
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

pub fn period_label(t: Tr, p: Period) -> &'static str {
    match p {
        Period::Month => t.period_month(),
        Period::FourWeeks => t.period_four_weeks(),
        Period::Week => t.period_week(),
        Period::Year => t.period_year(),
    }
}

/// The savings limit for this household, once the household is known.
fn vermogensgrens(state: &State) -> Option<Money> {
    let rules = State::rules();
    let household = state.form.partial_answers().household()?;
    let leefvorm = household.leefvorm(rules.aow_age).ok()?;
    Some(rules.vermogensgrens.value[leefvorm.vermogen_category() as usize])
}

/// The controls of one question. `heading`: the question is the screen's h1 (one question per
/// screen); otherwise it is one of several on the intermediair form.
pub fn question_body(q: Question, state: &State, d: &Callback<Action>, heading: bool) -> Html {
    let lang = state.lang;
    let t = lang.tr();
    let f = &state.form;
    let shown_error = if heading || state.error_question == Some(q) {
        state.error
    } else {
        None
    };
    let err: Option<AttrValue> = shown_error.map(|e| AttrValue::from(error_text(t, e)));
    let name: AttrValue = q.id().into();

    let yes_no = |selected: Option<bool>, set: fn(bool) -> Action| -> Vec<Choice> {
        [(true, t.a_yes()), (false, t.a_no())]
            .into_iter()
            .map(|(v, label)| Choice {
                label: label.into(),
                selected: selected == Some(v),
                on_select: d.reform(move |_| set(v)),
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
            on_select: d.reform(move |_| Action::SetTri(q, v)),
        })
        .collect()
    };
    let choice = |question: AttrValue,
                  hint: Option<&'static str>,
                  choices: Vec<Choice>,
                  inline: bool| {
        html! {
            <ChoiceField name={name.clone()} question={question} hint={hint.map(AttrValue::from)} error={err.clone()}
                choices={choices} inline={inline} is_heading={heading} />
        }
    };
    let age_field = |question: &'static str, value: &str, set: fn(String) -> Action| {
        html! {
            <TextField name={name.clone()} question={question} label={t.age_label()}
                value={AttrValue::from(value.to_string())} on_input={d.reform(set)}
                error={err.clone()} inputmode="numeric" size="4" is_heading={heading} />
        }
    };

    match q {
        Question::Partner => choice(
            t.q_partner().into(),
            Some(t.q_partner_hint()),
            vec![
                Choice {
                    label: t.a_partner_no().into(),
                    selected: f.partner == Some(false),
                    on_select: d.reform(|_| Action::SetPartner(false)),
                },
                Choice {
                    label: t.a_partner_yes().into(),
                    selected: f.partner == Some(true),
                    on_select: d.reform(|_| Action::SetPartner(true)),
                },
            ],
            false,
        ),
        Question::Age => age_field(t.q_age(), &f.age, Action::SetAge),
        Question::PartnerAge => age_field(t.q_partner_age(), &f.partner_age, Action::SetPartnerAge),
        Question::Aow => choice(
            t.q_aow().into(),
            Some(t.q_aow_hint()),
            yes_no(f.aow, Action::SetAow),
            true,
        ),
        Question::PartnerAow => choice(
            t.q_partner_aow().into(),
            Some(t.q_aow_hint()),
            yes_no(f.partner_aow, Action::SetPartnerAow),
            true,
        ),
        Question::Children => children(state, d, err, heading),
        Question::Income => income(state, d, err, heading),
        Question::AssetsAboveLimit => {
            let limit = vermogensgrens(state)
                .map(|m| format_money(lang, m))
                .unwrap_or_default();
            html! {
                <ChoiceField name={name.clone()} question={AttrValue::from(t.q_assets(&limit))}
                    hint={AttrValue::from(t.q_assets_hint(&limit))} error={err.clone()}
                    choices={tri(f.assets_above_limit)} is_heading={heading} />
            }
        }
        Question::LowIncome3Years => choice(
            t.q_low_income().into(),
            Some(t.q_low_income_hint()),
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

#[function_component(QuestionScreen)]
pub fn question_screen(p: &QuestionScreenProps) -> Html {
    let t = p.state.lang.tr();
    let d = &p.dispatch;
    let q = p.question;
    let onsubmit = d.reform(|e: SubmitEvent| {
        e.prevent_default();
        Action::Next
    });
    let last = p.step == p.total;
    html! {
        <form class="question" novalidate=true data-question={q.id()} {onsubmit}>
            <p class="step">{ t.step_of(&p.step.to_string(), &p.total.to_string()) }</p>
            { question_body(q, &p.state, d, true) }
            <div class="actions">
                <button type="submit" class="primary">
                    { if last { t.button_show_result() } else { t.button_next() } }
                </button>
                <button type="button" class="secondary" onclick={d.reform(|_| Action::Back)}>{ t.button_back() }</button>
            </div>
        </form>
    }
}

#[derive(Properties, PartialEq)]
pub struct CompactFormProps {
    pub state: State,
    pub dispatch: Callback<Action>,
}

/// Intermediair mode: every question of the flow on one screen, filled by keyboard in one go.
#[function_component(CompactForm)]
pub fn compact_form(p: &CompactFormProps) -> Html {
    let t = p.state.lang.tr();
    let d = &p.dispatch;
    let flow = p.state.flow(State::rules());
    let onsubmit = d.reform(|e: SubmitEvent| {
        e.prevent_default();
        Action::SubmitAll
    });
    html! {
        <form class="question compact" novalidate=true data-question="all" {onsubmit}>
            <h1 id="screen-heading" tabindex="-1">{ t.compact_heading() }</h1>
            <div class="compact-grid">
                { for flow.iter()
                    // The savings question names the limit, which depends on the household.
                    .filter(|&&q| q != Question::AssetsAboveLimit || vermogensgrens(&p.state).is_some())
                    .map(|&q| html! { <div class="compact-item" key={q.id()} data-item={q.id()}>{ question_body(q, &p.state, d, false) }</div> }) }
            </div>
            <div class="actions">
                <button type="submit" class="primary">{ t.button_show_result() }</button>
                <button type="button" class="secondary" onclick={d.reform(|_| Action::NextFamily)}>{ t.button_next_family() }</button>
            </div>
        </form>
    }
}

fn children(state: &State, d: &Callback<Action>, err: Option<AttrValue>, heading: bool) -> Html {
    let t = state.lang.tr();
    let f = &state.form;
    let count_error = match state.error {
        Some(FieldError::Choose) if err.is_some() => err.clone(),
        _ => None,
    };
    let age_error = match state.error {
        Some(FieldError::ChildAge(i)) if err.is_some() => Some((i, err.clone())),
        _ => None,
    };
    let choices: Vec<Choice> = (0..=MAX_CHILDREN)
        .map(|n| Choice {
            label: n.to_string().into(),
            selected: f.children_count == Some(n),
            on_select: d.reform(move |_| Action::SetChildrenCount(n)),
        })
        .collect();
    let n = f.children_count.unwrap_or(0) as usize;
    html! {
        <>
            <ChoiceField name="children" question={t.q_children()} hint={AttrValue::from(t.q_children_hint())}
                error={count_error} choices={choices} inline=true is_heading={heading} />
            if n > 0 {
                <fieldset class="child-ages">
                    <legend><span class="legend-text">{ t.children_ages_legend() }</span></legend>
                    if let Some((_, e)) = age_error.clone() { { error("child-age", &e) } }
                    <div class="ages">
                    { for (0..n).map(|i| {
                        let id = format!("child-age-{i}");
                        let invalid = age_error.as_ref().is_some_and(|(j, _)| *j == i);
                        let oninput = d.reform(move |e: InputEvent| {
                            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
                            Action::SetChildAge(i, input.value())
                        });
                        html! {
                            <div class="child-age">
                                <label for={id.clone()}>{ t.child_age_label(&(i + 1).to_string()) }</label>
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

fn income(state: &State, d: &Callback<Action>, err: Option<AttrValue>, heading: bool) -> Html {
    let t = state.lang.tr();
    let f = &state.form;
    let periods: Vec<Choice> = Period::ALL
        .into_iter()
        .map(|per| Choice {
            label: period_label(t, per).into(),
            selected: f.period == per,
            on_select: d.reform(move |_| Action::SetPeriod(per)),
        })
        .collect();
    html! {
        <>
            <TextField name="income" question={t.q_income()} label={t.income_label()}
                hint={AttrValue::from(format!("{} {}", t.q_income_hint(), t.income_example()))}
                value={AttrValue::from(f.income.clone())} on_input={d.reform(Action::SetIncome)}
                error={err} inputmode="decimal" size="10" is_heading={heading} />
            <ChoiceField name="period" question={t.period_legend()} choices={periods} is_heading=false inline=true />
            <details class="help">
                <summary>{ t.income_help_summary() }</summary>
                <p>{ t.income_help_counts() }</p>
                <p>{ t.income_help_not() }</p>
            </details>
        </>
    }
}
