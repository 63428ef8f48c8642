//! One question per screen, with the step in text, and Back / Next.

use super::fields::{error, Choice, ChoiceField, TextField};
use super::state::{Action, FieldError, State, Tri, MAX_CHILDREN};
use crate::i18n::{format_money, Lang, Tr};
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

#[function_component(QuestionScreen)]
pub fn question_screen(p: &QuestionScreenProps) -> Html {
    let lang = p.state.lang;
    let t = lang.tr();
    let d = &p.dispatch;
    let f = &p.state.form;
    let err: Option<AttrValue> = p.state.error.map(|e| AttrValue::from(error_text(t, e)));
    let q = p.question;
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
    let age_field = |question: &'static str, value: &str, set: fn(String) -> Action| {
        html! {
            <TextField name={name.clone()} question={question} label={t.age_label()}
                value={AttrValue::from(value.to_string())} on_input={d.reform(set)}
                error={err.clone()} inputmode="numeric" size="4" />
        }
    };

    let body = match q {
        Question::Partner => html! {
            <ChoiceField name={name.clone()} question={t.q_partner()} hint={AttrValue::from(t.q_partner_hint())} error={err.clone()}
                choices={vec![
                    Choice { label: t.a_partner_no().into(), selected: f.partner == Some(false), on_select: d.reform(|_| Action::SetPartner(false)) },
                    Choice { label: t.a_partner_yes().into(), selected: f.partner == Some(true), on_select: d.reform(|_| Action::SetPartner(true)) },
                ]} />
        },
        Question::Age => age_field(t.q_age(), &f.age, Action::SetAge),
        Question::PartnerAge => age_field(t.q_partner_age(), &f.partner_age, Action::SetPartnerAge),
        Question::Aow => html! {
            <ChoiceField name={name.clone()} question={t.q_aow()} hint={AttrValue::from(t.q_aow_hint())} error={err.clone()}
                choices={yes_no(f.aow, Action::SetAow)} inline=true />
        },
        Question::PartnerAow => html! {
            <ChoiceField name={name.clone()} question={t.q_partner_aow()} hint={AttrValue::from(t.q_aow_hint())} error={err.clone()}
                choices={yes_no(f.partner_aow, Action::SetPartnerAow)} inline=true />
        },
        Question::Children => children(p, lang, err.clone()),
        Question::Income => income(p, lang, err.clone()),
        Question::AssetsAboveLimit => {
            let limit = vermogensgrens(&p.state)
                .map(|m| format_money(lang, m))
                .unwrap_or_default();
            html! {
                <ChoiceField name={name.clone()} question={AttrValue::from(t.q_assets(&limit))}
                    hint={AttrValue::from(t.q_assets_hint(&limit))} error={err.clone()}
                    choices={tri(f.assets_above_limit)} />
            }
        }
        Question::LowIncome3Years => html! {
            <ChoiceField name={name.clone()} question={t.q_low_income()} hint={AttrValue::from(t.q_low_income_hint())}
                error={err.clone()} choices={tri(f.low_income_3_years)} />
        },
        Question::Student => html! {
            <ChoiceField name={name.clone()} question={t.q_student()} hint={AttrValue::from(t.q_student_hint())}
                error={err.clone()} choices={tri(f.student)} />
        },
        Question::DebtHelp => html! {
            <ChoiceField name={name.clone()} question={t.q_debt_help()} hint={AttrValue::from(t.q_debt_help_hint())}
                error={err.clone()} choices={tri(f.debt_help)} />
        },
    };

    let onsubmit = d.reform(|e: SubmitEvent| {
        e.prevent_default();
        Action::Next
    });
    let last = p.step == p.total;
    html! {
        <form class="question" novalidate=true data-question={q.id()} {onsubmit}>
            <p class="step">{ t.step_of(&p.step.to_string(), &p.total.to_string()) }</p>
            { body }
            <div class="actions">
                <button type="submit" class="primary">
                    { if last { t.button_show_result() } else { t.button_next() } }
                </button>
                <button type="button" class="secondary" onclick={d.reform(|_| Action::Back)}>{ t.button_back() }</button>
            </div>
        </form>
    }
}

fn children(p: &QuestionScreenProps, lang: Lang, err: Option<AttrValue>) -> Html {
    let t = lang.tr();
    let d = &p.dispatch;
    let f = &p.state.form;
    let count_error = match p.state.error {
        Some(FieldError::Choose) => err.clone(),
        _ => None,
    };
    let age_error = match p.state.error {
        Some(FieldError::ChildAge(i)) => Some((i, err.clone())),
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
                error={count_error} choices={choices} inline=true />
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

fn income(p: &QuestionScreenProps, lang: Lang, err: Option<AttrValue>) -> Html {
    let t = lang.tr();
    let d = &p.dispatch;
    let f = &p.state.form;
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
                error={err} inputmode="decimal" size="10" />
            <ChoiceField name="period" question={t.period_legend()} choices={periods} is_heading=false inline=true />
            <details class="help">
                <summary>{ t.income_help_summary() }</summary>
                <p>{ t.income_help_counts() }</p>
                <p>{ t.income_help_not() }</p>
            </details>
        </>
    }
}
