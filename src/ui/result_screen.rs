//! The result: a card with the household in a few words, each regeling with its pictogram,
//! verdict, what it gives, why and how to apply, what to bring, the sources and the dates. The
//! card prints on one A4 page; the bilingual view shows it in the resident's language with Dutch
//! beside it. Everything shown comes from the rules.

use super::names::{message_id, regeling_name};
use super::pictograms::{regeling_icon, verdict_icon};
use super::question_screen::period_label;
use super::state::{Action, Form, State, Tri};
use crate::i18n::{format_date, format_money, format_percent, ltr, static_message, Lang, Tr};
use crate::rules::{Date, Evaluation, Question, Reason, SchemeResult, Verdict};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ResultScreenProps {
    pub state: State,
    pub dispatch: Callback<Action>,
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

fn verdict_word(t: Tr, v: Verdict) -> &'static str {
    match v {
        Verdict::Yes => t.verdict_yes(),
        Verdict::Maybe => t.verdict_maybe(),
        Verdict::No => t.verdict_no(),
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

/// Each answer in the flow as (question, label, value): for the summary and the card.
fn answers(lang: Lang, f: &Form, flow: &[Question]) -> Vec<(Question, &'static str, String)> {
    let t = lang.tr();
    let children = match f.children_count {
        Some(0) | None => t.summary_children_none().to_string(),
        // "7, 13" must not turn into "13 ,7" inside right-to-left text.
        Some(n) => {
            t.summary_children_ages(&ltr(f.child_ages[..n as usize].join(", ")), &n.to_string())
        }
    };
    let income = crate::rules::parse_money(&f.income)
        .map(|m| t.summary_income_value(&format_money(lang, m), period_label(t, f.period)))
        .unwrap_or_default();
    flow.iter()
        .map(|&q| match q {
            Question::Partner => (q, t.summary_partner(), yes_no(t, f.partner).into()),
            Question::Age => (q, t.summary_age(), f.age.trim().into()),
            Question::PartnerAge => (q, t.summary_partner_age(), f.partner_age.trim().into()),
            Question::Aow => (q, t.summary_aow(), yes_no(t, f.aow).into()),
            Question::PartnerAow => (q, t.summary_partner_aow(), yes_no(t, f.partner_aow).into()),
            Question::Children => (q, t.summary_children(), children.clone()),
            Question::Income => (q, t.summary_income(), income.clone()),
            Question::AssetsAboveLimit => {
                (q, t.summary_assets(), tri(t, f.assets_above_limit).into())
            }
            Question::LowIncome3Years => (
                q,
                t.summary_low_income(),
                tri(t, f.low_income_3_years).into(),
            ),
            Question::Student => (q, t.summary_student(), tri(t, f.student).into()),
            Question::DebtHelp => (q, t.summary_debt_help(), tri(t, f.debt_help).into()),
        })
        .collect()
}

/// Today's date on the device, for the printed card.
fn today() -> Option<Date> {
    let d = js_sys::Date::new_0();
    Date::new(
        d.get_full_year() as u16,
        d.get_month() as u8 + 1,
        d.get_date() as u8,
    )
}

#[derive(Properties, PartialEq)]
pub struct ResultCardProps {
    pub lang: Lang,
    pub evaluation: Evaluation,
    pub form: Form,
    pub flow: Vec<Question>,
    /// The main card carries the page's h1 and the element ids; a second (Dutch) card does not.
    pub primary: bool,
}

#[function_component(ResultCard)]
pub fn result_card(p: &ResultCardProps) -> Html {
    let lang = p.lang;
    let t = lang.tr();
    let e = &p.evaluation;
    let rules = State::rules();
    let household: Vec<String> = answers(lang, &p.form, &p.flow)
        .into_iter()
        .filter(|(q, ..)| {
            matches!(
                q,
                Question::Partner
                    | Question::Age
                    | Question::PartnerAge
                    | Question::Children
                    | Question::Income
            )
        })
        .map(|(_, label, value)| format!("{label}: {value}"))
        .collect();
    let heading = if p.primary {
        html! { <h1 id="screen-heading" tabindex="-1">{ t.result_heading() }</h1> }
    } else {
        html! { <h2 class="card-title">{ t.result_heading() }</h2> }
    };
    let group = |v: Verdict, title: &'static str| {
        let schemes: Vec<&SchemeResult> = e.schemes.iter().filter(|s| s.verdict == v).collect();
        let id = p.primary.then(|| format!("group-{}", v.id()));
        html! {
            <section class={format!("group group-{}", v.id())}>
                <h2 id={id}>{ verdict_icon(v) }<span>{ title }</span><span class="count">{ format!(" ({})", schemes.len()) }</span></h2>
                if schemes.is_empty() {
                    <p class="empty">{ t.group_empty() }</p>
                } else {
                    <ul class="schemes">{ for schemes.iter().map(|s| scheme(lang, s, p.primary)) }</ul>
                }
            </section>
        }
    };
    // One checklist for every regeling the household may apply for.
    let mut docs: Vec<&str> = Vec::new();
    for s in e.schemes.iter().filter(|s| s.verdict != Verdict::No) {
        for d in s.regeling.documents {
            if !docs.contains(d) {
                docs.push(d);
            }
        }
    }
    let sources = format!(
        "{}; {}",
        rules.norms.source.reference,
        crate::rules::parameters::SOURCES
            .iter()
            .find(|s| s.id == "memo")
            .map_or("", |s| s.reference)
    );
    html! {
        <article class="result-card" lang={lang.code()} dir={lang.dir()}>
            { heading }
            <p class="indication">{ verdict_icon(Verdict::Maybe) }<strong>{ t.result_indication() }</strong></p>
            <p class="household"><strong>{ t.card_household() }{ ": " }</strong>{ household.join(" · ") }</p>
            <p class="income-line">{ t.result_income(&format_money(lang, e.income_per_month), &format_percent(lang, e.percent_of_norm)) }</p>
            { group(Verdict::Yes, t.group_yes()) }
            { group(Verdict::Maybe, t.group_maybe()) }
            { group(Verdict::No, t.group_no()) }
            <section class="bring">
                <h2>{ t.bring_heading() }</h2>
                if docs.is_empty() {
                    <p>{ t.bring_none() }</p>
                } else {
                    <p>{ t.bring_intro() }</p>
                    <ul class="checklist">
                        { for docs.iter().map(|d| html! {
                            <li>{ static_message(lang, &message_id("doc", d)).unwrap_or_default() }</li>
                        }) }
                    </ul>
                }
            </section>
            <footer class="sources">
                <p>{ t.help_serviceplein() }{ " " }<a href="https://www.heemskerk.nl/werk-inkomen-zorg-en-welzijn/iedereen-doet-mee" dir="ltr">{ "heemskerk.nl/iedereen-doet-mee" }</a></p>
                <p>{ t.result_norms(&format_date(lang, e.norm_date)) }</p>
                <p class="source-list">{ t.result_sources(&sources) }</p>
                if let Some(d) = today() { <p>{ t.result_made_on(&format_date(lang, d)) }</p> }
            </footer>
        </article>
    }
}

fn scheme(lang: Lang, s: &SchemeResult, primary: bool) -> Html {
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
    html! {
        <li class={classes!("scheme", format!("scheme-{}", s.verdict.id()))} id={primary.then(|| format!("scheme-{}", r.id))}>
            <div class="scheme-head">
                { regeling_icon(r.id) }
                <h3><bdi lang="nl" dir="ltr">{ regeling_name(r.id) }</bdi></h3>
                <p class={format!("verdict verdict-{}", s.verdict.id())}>{ verdict_icon(s.verdict) }<span>{ verdict_word(t, s.verdict) }</span></p>
            </div>
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

fn summary(p: &ResultScreenProps, flow: &[Question]) -> Html {
    let lang = p.state.lang;
    let t = lang.tr();
    html! {
        <section class="summary" aria-labelledby="summary-heading">
            <h2 id="summary-heading">{ t.summary_heading() }</h2>
            <dl>
            { for answers(lang, &p.state.form, flow).into_iter().map(|(q, label, value)| {
                let onclick = p.dispatch.reform(move |_| Action::Change(q));
                html! {
                    <div class="answer">
                        <dt>{ label }</dt>
                        <dd><span dir="auto">{ value }</span>
                            <button type="button" class="link" {onclick} aria-label={format!("{}: {}", t.button_change(), label)}>{ t.button_change() }</button></dd>
                    </div>
                }
            }) }
            </dl>
        </section>
    }
}

#[function_component(ResultScreen)]
pub fn result_screen(p: &ResultScreenProps) -> Html {
    let lang = p.state.lang;
    let t = lang.tr();
    let rules = State::rules();
    let flow = p.state.flow(rules);
    let restart = if p.state.intermediair {
        p.dispatch.reform(|_| Action::NextFamily)
    } else {
        p.dispatch.reform(|_| Action::Restart)
    };
    let restart_label = if p.state.intermediair {
        t.button_next_family()
    } else {
        t.button_restart()
    };
    let back = p.dispatch.reform(|_| Action::Back);
    let Some(Ok(e)) = p.state.evaluation(rules) else {
        return html! {
            <section class="result">
                <h1 id="screen-heading" tabindex="-1">{ t.result_heading() }</h1>
                <p class="error" role="alert">{ t.error_choose() }</p>
                <div class="actions"><button type="button" class="primary" onclick={back}>{ t.button_back() }</button></div>
            </section>
        };
    };
    let print = Callback::from(|_| {
        if let Some(w) = web_sys::window() {
            let _ = w.print();
        }
    });
    let bilingual = p.state.bilingual && lang != Lang::Nl;
    let toggle = {
        let on = p.state.bilingual;
        p.dispatch.reform(move |_| Action::SetBilingual(!on))
    };
    html! {
        <section class={classes!("result", bilingual.then_some("bilingual"))}>
            <div class="cards">
                <ResultCard lang={lang} evaluation={e.clone()} form={p.state.form.clone()} flow={flow.clone()} primary=true />
                if bilingual {
                    <ResultCard lang={Lang::Nl} evaluation={e.clone()} form={p.state.form.clone()} flow={flow.clone()} primary=false />
                }
            </div>
            if lang != Lang::Nl {
                <div class="view-switch">
                    <button type="button" class="secondary" aria-pressed={bilingual.to_string()} onclick={toggle}>
                        { if bilingual { t.bilingual_off() } else { t.bilingual_on() } }
                    </button>
                </div>
            }
            { summary(p, &flow) }
            <div class="actions">
                <button type="button" class="primary" onclick={restart}>{ restart_label }</button>
                <button type="button" class="secondary" onclick={print}>{ t.button_print() }</button>
                <button type="button" class="secondary" onclick={back}>{ t.button_back() }</button>
            </div>
        </section>
    }
}
