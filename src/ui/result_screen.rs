//! The result: regelingen grouped by verdict, each with what it gives, why, and how to apply;
//! then the answers, each with a way to change it. Everything shown comes from the rules.

use super::names::{message_id, regeling_name};
use super::question_screen::period_label;
use super::state::{Action, State, Tri};
use crate::i18n::{format_date, format_money, format_percent, static_message, Lang, Tr};
use crate::rules::{Evaluation, Question, Reason, SchemeResult, Verdict};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ResultScreenProps {
    pub state: State,
    pub dispatch: Callback<Action>,
}

/// An amount as an isolated left-to-right run, so RTL text never mirrors it.
fn amount(lang: Lang, m: crate::rules::Money) -> Html {
    html! { <bdi dir="ltr">{ format_money(lang, m) }</bdi> }
}

pub fn reason_text(lang: Lang, r: &Reason) -> String {
    let t = lang.tr();
    let m = |x| format_money(lang, x);
    match *r {
        Reason::IncomeWithinLimit { income, limit } => {
            t.why_income_within_limit(&m(income), &m(limit))
        }
        Reason::WithinMargin {
            income,
            limit,
            over_by,
        } => t.why_within_margin(&m(income), &m(limit), &m(over_by)),
        Reason::IncomeAboveLimit {
            income,
            limit,
            over_by,
        } => t.why_income_above_limit(&m(income), &m(limit), &m(over_by)),
        Reason::DebtHelpNoIncomeLimit => t.why_debt_help_no_income_limit().into(),
        Reason::DebtHelpUnknown => t.why_debt_help_unknown().into(),
        Reason::NoChildInAgeRange { min, max } => {
            t.why_no_child_in_age_range(&max.to_string(), &min.to_string())
        }
        Reason::AgeBelowMinimum { min_age, .. } => t.why_age_below(&min_age.to_string()),
        Reason::AowAge => t.why_aow_age().into(),
        Reason::AssetsAboveLimit { limit } => t.why_assets_above_limit(&m(limit)),
        Reason::AssetsUnknown { limit } => t.why_assets_unknown(&m(limit)),
        Reason::Student => t.why_student().into(),
        Reason::StudentUnknown => t.why_student_unknown().into(),
        Reason::ShortLowIncome => t.why_short_low_income().into(),
        Reason::LowIncome3YearsUnknown => t.why_low_income_3_years_unknown().into(),
        Reason::CapacityTestNeeded => t.why_capacity_test_needed().into(),
    }
}

/// Pictogram for a verdict; the word beside it carries the meaning, the colour only helps.
pub fn verdict_icon(v: Verdict) -> Html {
    let path = match v {
        Verdict::Yes => "M9 16.2 4.8 12l-1.4 1.4L9 19 21 7l-1.4-1.4z",
        Verdict::Maybe => "M11 18h2v-2h-2v2zm1-16a10 10 0 1 0 0 20 10 10 0 0 0 0-20zm0 18a8 8 0 1 1 0-16 8 8 0 0 1 0 16zm0-14a4 4 0 0 0-4 4h2a2 2 0 1 1 4 0c0 2-3 1.8-3 5h2c0-2.3 3-2.5 3-5a4 4 0 0 0-4-4z",
        Verdict::No => "M19 6.4 17.6 5 12 10.6 6.4 5 5 6.4 10.6 12 5 17.6 6.4 19 12 13.4 17.6 19 19 17.6 13.4 12z",
    };
    html! { <svg class="icon" aria-hidden="true" viewBox="0 0 24 24" width="24" height="24"><path d={path} fill="currentColor"/></svg> }
}

fn verdict_word(t: Tr, v: Verdict) -> &'static str {
    match v {
        Verdict::Yes => t.verdict_yes(),
        Verdict::Maybe => t.verdict_maybe(),
        Verdict::No => t.verdict_no(),
    }
}

fn scheme_card(lang: Lang, s: &SchemeResult) -> Html {
    let t = lang.tr();
    let r = s.regeling;
    let gives = static_message(lang, &message_id("regeling", r.id)).unwrap_or_default();
    let apply = static_message(lang, &message_id("apply", r.apply)).unwrap_or_default();
    let limit_line = s.limits.map(|l| {
        t.limit_line(
            &format_money(lang, l.excl_holiday_pay),
            &format_money(lang, l.incl_holiday_pay),
            &format_percent(lang, r.percentage),
        )
    });
    let verdict_class = format!("verdict verdict-{}", s.verdict.id());
    html! {
        <li class={classes!("scheme", format!("scheme-{}", s.verdict.id()))} id={format!("scheme-{}", r.id)}>
            <h3><bdi lang="nl" dir="ltr">{ regeling_name(r.id) }</bdi></h3>
            <p class={verdict_class}>{ verdict_icon(s.verdict) }<span>{ verdict_word(t, s.verdict) }</span></p>
            <p class="gives"><strong>{ t.label_gives() }</strong>{ " " }{ gives }</p>
            <div class="why">
                <strong>{ t.label_why() }</strong>
                <ul>
                    { for s.reasons.iter().map(|reason| html! { <li data-reason={reason.code()}>{ reason_text(lang, reason) }</li> }) }
                </ul>
                if let Some(line) = limit_line { <p class="limit">{ line }</p> }
            </div>
            if s.verdict != Verdict::No {
                <p class="next"><strong>{ t.label_next() }</strong>{ " " }{ apply }{ " " }
                    <a href={r.url} dir="ltr">{ r.url.trim_start_matches("https://") }</a></p>
            }
        </li>
    }
}

fn group(lang: Lang, e: &Evaluation, v: Verdict, heading: &'static str) -> Html {
    let t = lang.tr();
    let schemes: Vec<&SchemeResult> = e.schemes.iter().filter(|s| s.verdict == v).collect();
    html! {
        <section class={format!("group group-{}", v.id())} aria-labelledby={format!("group-{}", v.id())}>
            <h2 id={format!("group-{}", v.id())}>{ verdict_icon(v) }<span>{ heading }</span>
                <span class="count">{ format!(" ({})", schemes.len()) }</span></h2>
            if schemes.is_empty() {
                <p class="empty">{ t.group_empty() }</p>
            } else {
                <ul class="schemes">{ for schemes.iter().map(|s| scheme_card(lang, s)) }</ul>
            }
        </section>
    }
}

fn yes_no(t: Tr, v: Option<bool>) -> &'static str {
    match v {
        Some(true) => t.a_yes(),
        Some(false) => t.a_no(),
        None => t.a_dont_know(),
    }
}

fn tri(t: Tr, v: Option<Tri>) -> &'static str {
    match v {
        Some(Tri::Yes) => t.a_yes(),
        Some(Tri::No) => t.a_no(),
        _ => t.a_dont_know(),
    }
}

fn summary(p: &ResultScreenProps, flow: &[Question]) -> Html {
    let lang = p.state.lang;
    let t = lang.tr();
    let f = &p.state.form;
    let row = |q: Question, label: &'static str, value: String| {
        let onclick = p.dispatch.reform(move |_| Action::Change(q));
        html! {
            <div class="answer">
                <dt>{ label }</dt>
                <dd><span dir="auto">{ value }</span>
                    <button type="button" class="link" {onclick} aria-label={format!("{}: {}", t.button_change(), label)}>{ t.button_change() }</button></dd>
            </div>
        }
    };
    let children = match f.children_count {
        Some(0) | None => t.summary_children_none().to_string(),
        Some(n) => t.summary_children_ages(&f.child_ages[..n as usize].join(", "), &n.to_string()),
    };
    let income = crate::rules::parse_money(&f.income)
        .map(|m| t.summary_income_value(&format_money(lang, m), period_label(t, f.period)))
        .unwrap_or_default();
    let rows: Vec<Html> = flow
        .iter()
        .map(|&q| match q {
            Question::Partner => row(q, t.summary_partner(), yes_no(t, f.partner).into()),
            Question::Age => row(q, t.summary_age(), f.age.trim().into()),
            Question::PartnerAge => row(q, t.summary_partner_age(), f.partner_age.trim().into()),
            Question::Aow => row(q, t.summary_aow(), yes_no(t, f.aow).into()),
            Question::PartnerAow => {
                row(q, t.summary_partner_aow(), yes_no(t, f.partner_aow).into())
            }
            Question::Children => row(q, t.summary_children(), children.clone()),
            Question::Income => row(q, t.summary_income(), income.clone()),
            Question::AssetsAboveLimit => {
                row(q, t.summary_assets(), tri(t, f.assets_above_limit).into())
            }
            Question::LowIncome3Years => row(
                q,
                t.summary_low_income(),
                tri(t, f.low_income_3_years).into(),
            ),
            Question::Student => row(q, t.summary_student(), tri(t, f.student).into()),
            Question::DebtHelp => row(q, t.summary_debt_help(), tri(t, f.debt_help).into()),
        })
        .collect();
    html! {
        <section class="summary" aria-labelledby="summary-heading">
            <h2 id="summary-heading">{ t.summary_heading() }</h2>
            <dl>{ for rows }</dl>
        </section>
    }
}

#[function_component(ResultScreen)]
pub fn result_screen(p: &ResultScreenProps) -> Html {
    let lang = p.state.lang;
    let t = lang.tr();
    let rules = State::rules();
    let flow = p.state.flow(&rules);
    let restart = p.dispatch.reform(|_| Action::Restart);
    let back = p.dispatch.reform(|_| Action::Back);
    let Some(Ok(e)) = p.state.evaluation(&rules) else {
        return html! {
            <section class="result">
                <h1 id="screen-heading" tabindex="-1">{ t.result_heading() }</h1>
                <p class="error" role="alert">{ t.error_choose() }</p>
                <div class="actions"><button type="button" class="primary" onclick={back}>{ t.button_back() }</button></div>
            </section>
        };
    };
    let norm_date = format_date(lang, e.norm_date);
    let sources = format!(
        "{}; {}",
        rules.norms.source.reference,
        crate::rules::parameters::SOURCES
            .iter()
            .find(|s| s.id == "memo")
            .map_or("", |s| s.reference)
    );
    let print = Callback::from(|_| {
        if let Some(w) = web_sys::window() {
            let _ = w.print();
        }
    });
    html! {
        <section class="result">
            <h1 id="screen-heading" tabindex="-1">{ t.result_heading() }</h1>
            <p class="indication"><strong>{ t.result_indication() }</strong></p>
            <p>{ t.result_income(&format_money(lang, e.income_per_month), &format_percent(lang, e.percent_of_norm)) }</p>
            { group(lang, &e, Verdict::Yes, t.group_yes()) }
            { group(lang, &e, Verdict::Maybe, t.group_maybe()) }
            { group(lang, &e, Verdict::No, t.group_no()) }
            <p class="help">{ t.help_serviceplein() }{ " " }
                <a href="https://www.heemskerk.nl/werk-inkomen-zorg-en-welzijn/iedereen-doet-mee" dir="ltr">{ "heemskerk.nl/iedereen-doet-mee" }</a></p>
            { summary(p, &flow) }
            <footer class="sources">
                <p>{ t.result_norms(&norm_date) }</p>
                <p>{ t.result_sources(&sources) }</p>
                <p>{ t.result_indication() }</p>
            </footer>
            <div class="actions">
                <button type="button" class="primary" onclick={restart}>{ t.button_restart() }</button>
                <button type="button" class="secondary" onclick={print}>{ t.button_print() }</button>
                <button type="button" class="secondary" onclick={back}>{ t.button_back() }</button>
            </div>
        </section>
    }
}

#[allow(dead_code)]
fn unused(_: Html) -> Html {
    amount(Lang::Nl, crate::rules::Money::ZERO)
}
