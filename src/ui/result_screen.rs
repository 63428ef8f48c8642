//! The result, in the order a resident acts on it: that it is not yet a decision and the date
//! of the amounts; what to do, each way to apply once, and the Serviceplein; then the regelingen
//! (yes and maybe open, details on request, "no" folded); the answers; print. In another language
//! than Dutch each card carries its Dutch lines, shown beside it in the bilingual view and always
//! on paper, so the Serviceplein desk can read it. Everything shown comes from `Outcome`.

use super::class_list;
use super::outcome::{Answer, AnswerValue, Card, Distance, Outcome, Route};
use super::pictograms::{regeling_icon, verdict_icon};
use super::question_screen::{aow_age, low_income_years, period_label};
use super::send;
use super::state::Action;
use crate::i18n::{
    args, data_message, format_ages, format_date, format_money, format_percent, int, ltr, Lang, Tr,
};
use crate::rules::parameters::{ConditionKind, Regeling, SOURCES};
use crate::rules::{Date, Period, Question, Reason, Verdict};
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ResultScreenProps {
    pub lang: Lang,
    pub outcome: Rc<Outcome>,
    pub intermediair: bool,
    pub bilingual: bool,
    pub confirm_wipe: bool,
    pub dispatch: Callback<Action>,
}

/// `money`: the language whose notation the amounts use (Dutch on both sides when bilingual).
pub fn reason_text(lang: Lang, money: Lang, r: &Reason) -> String {
    let t = lang.tr();
    let m = |x| format_money(money, x);
    match *r {
        Reason::IncomeWithinLimit { income, limit } => {
            t.why_income_within_limit(args::WhyIncomeWithinLimit {
                income: &m(income),
                limit: &m(limit),
            })
        }
        Reason::WithinMargin {
            income,
            limit,
            over_by,
        } => t.why_within_margin(args::WhyWithinMargin {
            income: &m(income),
            limit: &m(limit),
            over_by: &m(over_by),
        }),
        Reason::IncomeAboveLimit {
            income,
            limit,
            over_by,
        } => t.why_income_above_limit(args::WhyIncomeAboveLimit {
            income: &m(income),
            limit: &m(limit),
            over_by: &m(over_by),
        }),
        Reason::DebtHelpNoIncomeLimit => t.why_debt_help_no_income_limit().into(),
        Reason::DebtHelpUnknown => t.why_debt_help_unknown().into(),
        // "from 0 to 17" reads oddly; a range from birth is "under 18".
        Reason::NoChildInAgeRange { min: 0, max } => t.why_no_child_under(&int(max + 1)),
        Reason::NoChildInAgeRange { min, max } => {
            t.why_no_child_in_age_range(args::WhyNoChildInAgeRange {
                max: &int(max),
                min: &int(min),
            })
        }
        Reason::AgeBelowMinimum { min_age, .. } => t.why_age_below(&int(min_age)),
        Reason::AowAge => t.why_aow_age(&aow_age(t)),
        Reason::AssetsAboveLimit { limit } => t.why_assets_above_limit(&m(limit)),
        Reason::AssetsUnknown { limit } => t.why_assets_unknown(&m(limit)),
        Reason::Student => t.why_student().into(),
        Reason::StudentUnknown => t.why_student_unknown().into(),
        Reason::ShortLowIncome => t.why_short_low_income(&low_income_years()),
        Reason::LowIncome3YearsUnknown => t.why_low_income_3_years_unknown().into(),
        Reason::CapacityTestNeeded => t.why_capacity_test_needed().into(),
    }
}

pub fn distance_text(lang: Lang, money: Lang, d: Distance) -> String {
    let t = lang.tr();
    let m = |x| format_money(money, x);
    match d {
        Distance::Below(x) => t.distance_below(&m(x)),
        Distance::AtLimit => t.distance_at_limit().into(),
        Distance::AboveWithinMargin(x) => t.distance_within_margin(&m(x)),
        Distance::Above(x) => t.distance_above(&m(x)),
        Distance::NoLimit => t.distance_no_limit().into(),
    }
}

fn verdict_word(t: Tr, v: Verdict) -> &'static str {
    match v {
        Verdict::Yes => t.verdict_yes(),
        Verdict::Maybe => t.verdict_maybe(),
        Verdict::No => t.verdict_no(),
    }
}

fn group_title(t: Tr, v: Verdict) -> &'static str {
    match v {
        Verdict::Yes => t.group_yes(),
        Verdict::Maybe => t.group_maybe(),
        Verdict::No => t.group_no(),
    }
}

/// The variables a regeling's texts may use, from its data: the children's ages of its child-age
/// condition (`age` is the first age it no longer covers), the amounts it gives, and the year its
/// version ends. build/data.rs checks that its messages use no other.
fn regeling_vars(r: &Regeling, money: Lang) -> Vec<(&'static str, String)> {
    let mut vars = Vec::new();
    for c in r.conditions {
        if let ConditionKind::ChildAge { min, max } = c.kind {
            vars.extend([("age", int(max + 1)), ("min", int(min)), ("max", int(max))]);
        }
    }
    vars.extend(
        r.gives
            .iter()
            .map(|&(name, m)| (name, format_money(money, m))),
    );
    if let Some(end) = r.end {
        vars.push(("year", int(end.year())));
    }
    vars
}

/// What a regeling gives: its description ("regeling") or its one line on the card ("short").
fn regeling_text(lang: Lang, money: Lang, prefix: &str, r: &Regeling) -> String {
    text_of(lang, prefix, r.id, &regeling_vars(r, money))
}

/// A message looked up by an id from the data; the build checks that every id has its text.
fn data_text(lang: Lang, prefix: &str, id: &str) -> String {
    text_of(lang, prefix, id, &[])
}

fn text_of(lang: Lang, prefix: &str, id: &str, vars: &[(&'static str, String)]) -> String {
    // "energietoeslag_2023" → "regeling-energietoeslag-2023".
    let key = [prefix, "-", &id.replace('_', "-")].concat();
    let named: Vec<(&str, &str)> = vars.iter().map(|(k, v)| (*k, v.as_str())).collect();
    data_message(lang, &key, &named).unwrap_or_else(|| panic!("no message {key}"))
}

fn answer_label(t: Tr, q: Question) -> String {
    match q {
        Question::Partner => t.summary_partner(),
        Question::Age => t.summary_age(),
        Question::PartnerAge => t.summary_partner_age(),
        Question::Aow => t.summary_aow(),
        Question::PartnerAow => t.summary_partner_aow(),
        Question::Children => t.summary_children(),
        Question::Income => t.summary_income(),
        Question::AssetsAboveLimit => t.summary_assets(),
        Question::LowIncome3Years => return t.summary_low_income(&low_income_years()),
        Question::Student => t.summary_student(),
        Question::DebtHelp => t.summary_debt_help(),
    }
    .into()
}

fn answer_value(lang: Lang, money: Lang, v: &AnswerValue) -> String {
    let t = lang.tr();
    match v {
        AnswerValue::YesNo(true) | AnswerValue::YesNoDontKnow(Some(true)) => t.a_yes().into(),
        AnswerValue::YesNo(false) | AnswerValue::YesNoDontKnow(Some(false)) => t.a_no().into(),
        AnswerValue::YesNoDontKnow(None) => t.a_dont_know().into(),
        AnswerValue::Years(y) => ltr(int(*y)),
        AnswerValue::Children(ages) if ages.is_empty() => t.summary_children_none().into(),
        // "7, 13" must not turn into "13 ,7" inside right-to-left text.
        AnswerValue::Children(ages) => t.summary_children_ages(args::SummaryChildrenAges {
            ages: &format_ages(lang, ages),
            count: &int(ages.len() as u64),
        }),
        AnswerValue::Income(amount, period) => t.summary_income_value(args::SummaryIncomeValue {
            amount: &format_money(money, *amount),
            period: period_label(t, *period),
        }),
    }
}

/// The device's date: the print is dated with it, and it tells whether the norms have passed.
pub fn today() -> Option<Date> {
    let d = js_sys::Date::new_0();
    Date::new(
        d.get_full_year() as u16,
        d.get_month() as u8 + 1,
        d.get_date() as u8,
    )
}

/// The address of the page the app is on, for the printed result.
fn page_address() -> String {
    web_sys::window()
        .map(|w| w.location())
        .and_then(|l| Some([l.host().ok()?, l.pathname().ok()?].concat()))
        .unwrap_or_default()
}

fn short_names(regelingen: &[&'static Regeling]) -> String {
    let list: Vec<&str> = regelingen.iter().map(|r| r.short_name).collect();
    list.join(", ")
}

/// Dutch lines beside the resident's language: on screen in the bilingual view, always on paper.
fn in_dutch(lang: Lang, content: Html) -> Html {
    if lang == Lang::Nl {
        return html! {};
    }
    html! { <div class="nl-lines" lang="nl" dir="ltr">{ content }</div> }
}

fn route_text(lang: Lang, route: &str) -> String {
    data_text(lang, "route", route)
}

/// "Kindpakket, IIT, …: vul één formulier in …": the names link to where to apply.
fn route_item(lang: Lang, r: &Route) -> Html {
    let t = lang.tr();
    let names = short_names(&r.regelingen);
    html! {
        <li class={["route route-", r.route.id].concat()}>
            <div class="own">
            <p><strong><a href={r.route.url} target={super::embed::link_target()}><bdi lang="nl" dir="ltr">{ names.clone() }</bdi>
                if super::embed::link_target().is_some() { <span class="visually-hidden">{ " " }{ t.link_new_tab() }</span> }</a>{ ":" }</strong>{ " " }{ route_text(lang, r.route.id) }</p>
            if !r.documents.is_empty() {
                <div class="docs"><strong>{ t.route_documents() }</strong>{ " " }
                    <ul>{ for r.documents.iter().map(|d| html! { <li>{ data_text(lang, "doc", d) }</li> }) }</ul>
                </div>
            }
            </div>
            // The names above are Dutch already.
            { in_dutch(lang, html! { <p>{ route_text(Lang::Nl, r.route.id) }</p> }) }
        </li>
    }
}

fn what_to_do(lang: Lang, o: &Outcome) -> Html {
    let t = lang.tr();
    let help = o.help;
    html! {
        <section class="todo" aria-labelledby="todo-heading">
            <h2 id="todo-heading">{ t.todo_heading() }</h2>
            if !o.routes.is_empty() {
                <ol class="routes">{ for o.routes.iter().map(|r| route_item(lang, r)) }</ol>
            }
            <div class="help">
                <p><strong>{ t.help_heading() }</strong>{ " " }{ t.help_serviceplein() }</p>
                <p class="address"><bdi lang="nl" dir="ltr">{ help.address }{ ", " }{ help.postcode_town }</bdi>{ " · " }
                    <a class="phone" href={["tel:", &help.phone_digits()].concat()}>{ t.help_phone(&ltr(help.phone.to_string())) }</a></p>
                { in_dutch(lang, html! { <p>{ Lang::Nl.tr().help_heading() }{ " " }{ Lang::Nl.tr().help_serviceplein() }</p> }) }
            </div>
        </section>
    }
}

fn card_view(lang: Lang, m: Lang, c: &Card, norm_date: Date) -> Html {
    let t = lang.tr();
    let r = c.regeling;
    let nl = Lang::Nl.tr();
    let open = c.verdict != Verdict::No;
    let limit_line = c.limits.map(|l| {
        t.limit_line(args::LimitLine {
            limit: &format_money(m, l.excl_holiday_pay),
            limit_incl: &format_money(m, l.incl_holiday_pay),
            percentage: &format_percent(lang, r.percentage),
        })
    });
    html! {
        <li class={["scheme scheme-", c.verdict.id()].concat()} id={["scheme-", r.id].concat()}>
            <div class="own">
                <div class="scheme-head">
                    { regeling_icon(r) }
                    <h3><bdi lang="nl" dir="ltr">{ r.name }</bdi></h3>
                    <p class={["verdict verdict-", c.verdict.id()].concat()}>{ verdict_icon(c.verdict) }<span>{ verdict_word(t, c.verdict) }</span></p>
                </div>
                if open {
                    <p class="gives">{ regeling_text(lang, m, "short", r) }</p>
                }
                if c.ended {
                    <p class="ended">{ t.regeling_ended() }</p>
                }
                if !c.why.is_empty() {
                    <ul class="why">
                        { for c.why.iter().map(|reason| html! { <li data-reason={reason.code()}>{ reason_text(lang, m, reason) }</li> }) }
                    </ul>
                }
                if c.apply_anyway {
                    <p class="advice"><strong>{ t.apply_anyway() }</strong></p>
                }
                if open {
                    <details class="more">
                        // The distance to the limit is the card's one line of why; the rest opens here.
                        <summary>
                            if let Some(d) = c.distance { <span class="distance">{ distance_text(lang, m, d) }</span> }
                            <span class="more-label">{ t.more_details() }<span class="visually-hidden">{ ": " }{ r.name }</span></span>
                        </summary>
                        <p class="desc">{ regeling_text(lang, m, "regeling", r) }</p>
                        <ul class="reasons">
                            { for c.reasons.iter().map(|reason| html! { <li data-reason={reason.code()}>{ reason_text(lang, m, reason) }</li> }) }
                        </ul>
                        if let Some(line) = limit_line { <p class="limit">{ line }</p> }
                        <p class="limit norm-date">{ t.result_norms(&format_date(lang, norm_date)) }</p>
                    </details>
                }
            </div>
            { in_dutch(lang, html! {
                <p><strong>{ r.name }</strong>{ ": " }{ verdict_word(nl, c.verdict) }
                    if open { { ". " }{ data_text(Lang::Nl, "route-short", r.apply) }{ "." } }</p>
            }) }
        </li>
    }
}

fn group_view(lang: Lang, m: Lang, o: &Outcome, v: Verdict) -> Html {
    let t = lang.tr();
    let g = o.group(v);
    let children_line = v == Verdict::No && o.no_children;
    if g.cards.is_empty() && !children_line {
        return html! {};
    }
    let count = g.cards.len();
    let list = html! { <ul class="schemes">{ for g.cards.iter().map(|c| card_view(lang, m, c, o.norm_date)) }</ul> };
    html! {
        <section class={["group group-", v.id()].concat()} aria-labelledby={["group-", v.id()].concat()}>
            <h2 id={["group-", v.id()].concat()}>{ verdict_icon(v) }<span>{ group_title(t, v) }</span>
                if count > 0 { <span class="count">{ [" (", &int(count as u64), ")"].concat() }</span> }</h2>
            if children_line {
                <p class="children-none">{ t.children_none() }</p>
            }
            if v == Verdict::No {
                if count > 0 {
                    <details class="fold-no"><summary>{ t.group_no_show() }</summary>{ list }</details>
                }
            } else {
                { list }
            }
        </section>
    }
}

/// Intermediair mode: one row per regeling, for reading the result out to a family.
fn overview(lang: Lang, m: Lang, o: &Outcome) -> Html {
    let t = lang.tr();
    let main_reason = |c: &Card| -> String {
        match (c.verdict, c.why.first(), c.distance) {
            _ if c.ended => t.regeling_ended().into(),
            (Verdict::Yes, _, Some(d)) => distance_text(lang, m, d),
            (_, Some(r), _) => reason_text(lang, m, r),
            (_, None, Some(d)) => distance_text(lang, m, d),
            _ => String::new(),
        }
    };
    let apply = |c: &Card| -> String {
        match c.verdict {
            Verdict::No => "–".into(),
            _ if c.regeling.id == "jfsc" => t.apply_jfsc_intermediair().into(),
            _ => data_text(lang, "route-short", c.regeling.apply),
        }
    };
    html! {
        <table class="overview">
            <caption>{ t.overview_heading() }</caption>
            <thead><tr>
                <th scope="col">{ t.column_regeling() }</th>
                <th scope="col">{ t.column_verdict() }</th>
                <th scope="col">{ t.column_reason() }</th>
                <th scope="col">{ t.column_apply() }</th>
            </tr></thead>
            <tbody>
            { for o.cards().map(|c| html! {
                <tr class={["row-", c.verdict.id()].concat()} id={["scheme-", c.regeling.id].concat()}>
                    <th scope="row"><bdi lang="nl" dir="ltr">{ c.regeling.name }</bdi></th>
                    <td class={["verdict verdict-", c.verdict.id()].concat()} data-label={t.column_verdict()}>{ verdict_icon(c.verdict) }<span>{ verdict_word(t, c.verdict) }</span></td>
                    <td data-label={t.column_reason()}>{ main_reason(c) }
                        if c.apply_anyway { { " " }<strong>{ t.apply_anyway() }</strong> }</td>
                    <td data-label={t.column_apply()}>{ apply(c) }</td>
                </tr>
            }) }
            if o.no_children {
                <tr class="row-no">
                    <th scope="row" colspan="4">{ t.children_none() }</th>
                </tr>
            }
            </tbody>
        </table>
    }
}

fn income_line(lang: Lang, m: Lang, o: &Outcome) -> Option<String> {
    let t = lang.tr();
    let i = o.income;
    if !i.was_converted() {
        return None;
    }
    let (amount, per_month) = (format_money(m, i.amount), format_money(m, i.per_month));
    Some(if i.period == Period::Year && i.holiday_pay_included {
        t.result_income_converted_year(args::ResultIncomeConvertedYear {
            amount: &amount,
            per_month: &per_month,
        })
    } else {
        t.result_income_converted(args::ResultIncomeConverted {
            amount: &amount,
            per_month: &per_month,
            period: period_label(t, i.period),
        })
    })
}

fn summary(lang: Lang, m: Lang, answers: &[Answer], dispatch: &Callback<Action>) -> Html {
    let t = lang.tr();
    html! {
        <section class="summary" aria-labelledby="summary-heading">
            <h2 id="summary-heading">{ t.summary_heading() }</h2>
            <dl>
            { for answers.iter().map(|a| {
                let q = a.question;
                let label = answer_label(t, q);
                let onclick = send(dispatch, Action::Change(q));
                html! {
                    <div class="answer" data-question={q.id()}>
                        <dt>{ label.clone() }</dt>
                        <dd><span dir="auto">{ answer_value(lang, m, &a.value) }</span>
                            <button type="button" class="link" {onclick} aria-label={[t.button_change(), ": ", &label].concat()}>{ t.button_change() }</button></dd>
                    </div>
                }
            }) }
            </dl>
        </section>
    }
}

#[derive(Properties, PartialEq)]
pub struct ConfirmWipeProps {
    pub lang: Lang,
    pub dispatch: Callback<Action>,
}

/// Asked before "Opnieuw beginnen" or "Volgend gezin" wipes every answer.
pub fn confirm_wipe(p: &ConfirmWipeProps) -> Html {
    let t = p.lang.tr();
    html! {
        <div class="confirm" id="confirm-wipe" tabindex="-1" role="group" aria-labelledby="confirm-wipe-question">
            <p id="confirm-wipe-question"><strong>{ t.confirm_wipe() }</strong></p>
            <div class="actions">
                <button type="button" class="primary" onclick={send(&p.dispatch, Action::Restart)}>{ t.button_wipe() }</button>
                <button type="button" class="secondary" onclick={send(&p.dispatch, Action::CancelWipe)}>{ t.button_keep() }</button>
            </div>
        </div>
    }
}

/// The norms' source and the council memo (limits, margin): what the amounts rest on.
fn sources_line() -> String {
    let norms = crate::ui::state::State::rules().norms.source.reference;
    let memo = SOURCES.iter().find(|s| s.id == "memo").map(|s| s.reference);
    [Some(norms), memo]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join("; ")
}

pub fn result_screen(p: &ResultScreenProps) -> Html {
    let lang = p.lang;
    let t = lang.tr();
    let o = &p.outcome;
    // In the bilingual view both sides use one notation for amounts: the Dutch one.
    let m = if p.bilingual { Lang::Nl } else { lang };
    let print = Callback::from(|_| {
        if let Some(w) = web_sys::window() {
            let _ = w.print();
        }
    });
    let bilingual = p.bilingual && lang != Lang::Nl;
    let toggle = {
        let on = p.bilingual;
        send(&p.dispatch, Action::SetBilingual(!on))
    };
    // Past the period of these norms the date line says the result may be different now.
    let norms = if o.stale {
        t.stale_norms(&format_date(lang, o.norm_date))
    } else {
        t.amounts_from(&format_date(lang, o.norm_date))
    };
    let exact_income = t.result_income(args::ResultIncome {
        income: &format_money(m, o.income.per_month),
        percent: &format_percent(lang, o.percent_of_norm),
    });
    html! {
        <section class={class_list("result", &[(bilingual, "bilingual"), (p.intermediair, "intermediair")])}>
            <div class="print-only print-meta" lang="nl" dir="ltr">
                <p><strong>{ Lang::Nl.tr().app_name() }</strong>{ " · " }{ page_address() }</p>
                if let Some(d) = today() { <p>{ Lang::Nl.tr().result_made_on(&format_date(Lang::Nl, d)) }{ " " }{ if o.stale { Lang::Nl.tr().stale_norms(&format_date(Lang::Nl, o.norm_date)) } else { Lang::Nl.tr().amounts_from(&format_date(Lang::Nl, o.norm_date)) } }</p> }
            </div>
            <h1 id="screen-heading" tabindex="-1">{ t.result_heading() }</h1>
            <p class={class_list("indication", &[(o.stale, "stale")])}><strong>{ t.result_indication() }</strong>{ " " }<span class="norms">{ norms }</span></p>
            { in_dutch(lang, html! { <p>{ Lang::Nl.tr().result_indication() }</p> }) }
            if let Some(line) = income_line(lang, m, o) { <p class="income-line">{ line }</p> }
            <p class={class_list("income-exact", &[(!p.intermediair, "print-only")])}>{ exact_income }</p>
            if p.intermediair {
                { overview(lang, m, o) }
            }
            { what_to_do(lang, o) }
            if lang != Lang::Nl {
                <div class="view-switch">
                    <button type="button" class="secondary" aria-pressed={if bilingual { "true" } else { "false" }} onclick={toggle}>
                        { if bilingual { t.bilingual_off() } else { t.bilingual_on() } }
                    </button>
                </div>
            }
            if !p.intermediair {
                <div class="groups">
                    { group_view(lang, m, o, Verdict::Yes) }
                    { group_view(lang, m, o, Verdict::Maybe) }
                    { group_view(lang, m, o, Verdict::No) }
                </div>
            }
            { summary(lang, m, &o.answers, &p.dispatch) }
            <div class="actions">
                <button type="button" class="primary" onclick={print}>{ t.button_print() }</button>
                <button type="button" class="secondary" id="wipe-button" onclick={send(&p.dispatch, Action::AskWipe)}>
                    { if p.intermediair { t.button_next_family() } else { t.button_restart() } }
                </button>
                <button type="button" class="secondary" onclick={send(&p.dispatch, Action::Back)}>{ t.button_back() }</button>
            </div>
            if p.confirm_wipe {
                { confirm_wipe(&ConfirmWipeProps { lang, dispatch: p.dispatch.clone() }) }
            }
            <footer class={class_list("sources", &[(!p.intermediair, "print-only")])}>
                <p class="source-list" lang="nl" dir="ltr">{ Lang::Nl.tr().result_sources(&sources_line()) }</p>
            </footer>
        </section>
    }
}

/// The result screen when the answers do not make a household (an age the rules refuse).
#[derive(Properties, PartialEq)]
pub struct NoResultProps {
    pub lang: Lang,
    pub message: AttrValue,
    pub dispatch: Callback<Action>,
}

pub fn no_result(p: &NoResultProps) -> Html {
    let t = p.lang.tr();
    html! {
        <section class="result">
            <h1 id="screen-heading" tabindex="-1">{ t.result_heading() }</h1>
            <p class="error" role="alert">{ p.message.clone() }</p>
            <div class="actions"><button type="button" class="primary" onclick={send(&p.dispatch, Action::Back)}>{ t.button_back() }</button></div>
        </section>
    }
}
