//! The root component: holds all state (one reducer), keeps the page's title, language and
//! direction in step with it (on its own page; included in a host page, only its root's language
//! and direction), and moves focus where the resident needs it next.

use super::embed;
use super::outcome::Outcome;
use super::question_screen::{
    compact_form, error_text, question_screen, CompactFormProps, QuestionScreenProps,
};
use super::result_screen::{no_result, result_screen, NoResultProps, ResultScreenProps};
use super::send;
use super::start_screen::{start_screen, StartScreenProps};
use super::state::{assets_limit, Action, FieldError, Screen, State};
use crate::i18n::{int, Lang};
use crate::rules::{HouseholdError, Question};
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use yew::prelude::*;

impl Reducible for State {
    type Action = Action;
    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        Rc::new(self.apply(action))
    }
}

#[derive(Properties, PartialEq)]
pub struct AppProps {
    pub lang: Lang,
    #[prop_or_default]
    pub intermediair: bool,
}

/// Intermediair mode is remembered for this browser tab only, and only the mode: never an answer.
const MODE_KEY: &str = "regelingencheck-mode";

fn session_storage() -> Option<web_sys::Storage> {
    web_sys::window()?.session_storage().ok()?
}

pub fn start_intermediair() -> bool {
    session_storage()
        .and_then(|s| s.get_item(MODE_KEY).ok()?)
        .as_deref()
        == Some("intermediair")
}

fn remember_intermediair(on: bool) {
    if let Some(s) = session_storage() {
        let _ = if on {
            s.set_item(MODE_KEY, "intermediair")
        } else {
            s.remove_item(MODE_KEY)
        };
    }
}

/// The language and direction of the page (on its own page, `<html>`; included in a host page,
/// whose `<html>` is not ours, the app's root). Set before the first render as well as on each
/// change: when it was set only after the first render, Arabic and Persian were first laid out
/// left to right in the Dutch font, and the page jumped once it was set (Lighthouse measured a
/// layout shift of 0.44).
pub fn set_language(lang: Lang) {
    let target = match web_sys::window().and_then(|w| w.document()) {
        Some(doc) if embed::owns_document() => doc.document_element(),
        _ => embed::root(),
    };
    if let Some(el) = target {
        let _ = el.set_attribute("lang", lang.code());
        let _ = el.set_attribute("dir", lang.dir());
    }
}

/// Text without the isolation marks that messages put around variables (for the title bar).
fn plain(s: &str) -> String {
    s.chars()
        .filter(|c| !matches!(c, '\u{2066}'..='\u{2069}'))
        .collect()
}

fn household_error(e: HouseholdError) -> FieldError {
    match e {
        HouseholdError::Under18 { partner: false } => FieldError::AgeUnder18,
        HouseholdError::Under18 { partner: true } => FieldError::PartnerAgeUnder18,
        HouseholdError::AgeTooHigh { .. } => FieldError::AgeTooHigh,
        HouseholdError::ChildAgeTooHigh { index } => FieldError::ChildAge(index),
        HouseholdError::AowAnswerNeeded { .. } => FieldError::Choose,
    }
}

#[function_component(App)]
pub fn app(props: &AppProps) -> Html {
    let state = use_reducer(|| {
        let mut s = State::new(props.lang);
        s.intermediair = props.intermediair;
        s
    });
    let dispatch: Callback<Action> = {
        let state = state.clone();
        Callback::from(move |a| state.dispatch(a))
    };
    let t = state.lang.tr();
    super::panic::set_current_language(state.lang);
    // Worked out once per state; each screen gets only what it shows.
    let flow = state.flow();
    let step = state.step(&flow).unwrap_or(1);

    let title = match state.screen {
        Screen::Start => t.app_name().to_string(),
        Screen::Ask(_) if state.intermediair => plain(&t.page_title(t.compact_heading())),
        Screen::Ask(_) => plain(&t.page_title(&t.step_n(&int(step as u64)))),
        Screen::Result => t.result_title().to_string(),
    };
    // Few effects, each doing several things: every effect is its own copy of yew's hook code.
    {
        let lang = state.lang;
        let on = state.intermediair;
        use_effect_with((title, lang, on), move |(title, lang, on)| {
            // The mode is remembered for this tab as an effect of the state, not in a click
            // handler.
            remember_intermediair(*on);
            // Included in a host page, the host's title is not ours.
            if let Some(doc) = web_sys::window()
                .and_then(|w| w.document())
                .filter(|_| embed::owns_document())
            {
                doc.set_title(title);
            }
            set_language(*lang);
        });
    }
    {
        let target = state.focus_target();
        let (screen, from_history) = (state.screen, state.from_history);
        use_effect_with(state.focus_request, move |&request| {
            // Not on first load: the page starts at its top, as people expect.
            if request == 0 {
                return;
            }
            if let Some(el) = embed::by_id(&target) {
                let _ = el.focus();
            }
            // Each new screen gets a history entry, unless the browser's Back or Forward
            // brought it.
            if !from_history && embed::owns_document() {
                let current = web_sys::window()
                    .and_then(|w| w.history().ok())
                    .and_then(|h| h.state().ok())
                    .and_then(|s| s.as_f64());
                let n = screen.history_number();
                if current != Some(n as f64) {
                    if let Some(h) = web_sys::window().and_then(|w| w.history().ok()) {
                        let _ = h.push_state(&JsValue::from(n), "");
                    }
                }
            }
        });
    }

    // Browser Back and Forward move between screens. The history holds screen numbers only.
    // Included in a host page, the history is the host's: the app leaves it alone.
    {
        let dispatch = dispatch.clone();
        use_effect_with((), move |_| {
            let window = web_sys::window().filter(|_| embed::owns_document());
            if let Some(h) = window.as_ref().and_then(|w| w.history().ok()) {
                let _ = h.replace_state(&JsValue::from(0), "");
            }
            let listener =
                Closure::<dyn Fn(web_sys::PopStateEvent)>::new(move |e: web_sys::PopStateEvent| {
                    // A link to a #fragment adds an entry without a state: not a screen of ours.
                    let Some(n) = e.state().as_f64() else {
                        return;
                    };
                    let n = n as u32;
                    dispatch.emit(Action::Restore(Screen::from_history_number(n)));
                });
            if let Some(w) = &window {
                let _ = w.add_event_listener_with_callback(
                    "popstate",
                    listener.as_ref().unchecked_ref(),
                );
            }
            move || {
                if let Some(w) = web_sys::window().filter(|_| embed::owns_document()) {
                    let _ = w.remove_event_listener_with_callback(
                        "popstate",
                        listener.as_ref().unchecked_ref(),
                    );
                }
            }
        });
    }

    let screen = match state.screen {
        Screen::Start => start_screen(&StartScreenProps {
            lang: state.lang,
            dispatch: dispatch.clone(),
        }),
        Screen::Ask(_) if state.intermediair => compact_form(&CompactFormProps {
            lang: state.lang,
            form: state.form.clone(),
            needed: flow.questions.clone(),
            errors: state.errors.clone(),
            assets_limit: assets_limit(&flow),
            confirm_wipe: state.confirm_wipe,
            dispatch: dispatch.clone(),
        }),
        // Keyed by question (in question_screen): each screen gets fresh form controls, so no
        // radio state or focus of one question is carried into the next.
        Screen::Ask(q) => question_screen(&QuestionScreenProps {
            question: q,
            step,
            lang: state.lang,
            form: state.form.clone(),
            error: state.error_for(q),
            assets_limit: (q == Question::AssetsAboveLimit)
                .then(|| assets_limit(&flow))
                .flatten(),
            last: state.is_last(&flow, q),
            dispatch: dispatch.clone(),
        }),
        Screen::Result => match Outcome::of(&flow, super::result_screen::today()) {
            Some(Ok(outcome)) => result_screen(&ResultScreenProps {
                lang: state.lang,
                outcome: Rc::new(outcome),
                intermediair: state.intermediair,
                bilingual: state.bilingual,
                confirm_wipe: state.confirm_wipe,
                dispatch: dispatch.clone(),
            }),
            Some(Err(e)) => no_result(&NoResultProps {
                lang: state.lang,
                message: error_text(t, household_error(e)).into(),
                dispatch: dispatch.clone(),
            }),
            None => no_result(&NoResultProps {
                lang: state.lang,
                message: t.error_choose().into(),
                dispatch: dispatch.clone(),
            }),
        },
    };

    // The skip link moves the focus itself: following "#main" would add a history entry.
    let skip = Callback::from(|e: MouseEvent| {
        e.prevent_default();
        if let Some(el) = embed::by_id("screen-heading").or_else(|| embed::by_id("main")) {
            let _ = el.focus();
        }
    });
    // Included in a host page that has its own <main>, the app's is a plain element.
    let main = if embed::owns_document() {
        "main"
    } else {
        "div"
    };
    html! {
        <>
            <a class="skip-link" href="#main" onclick={skip}>{ t.skip_link() }</a>
            <header class="site-header">
                <p class="brand">
                    <span class="brand-name">{ t.app_name() }</span>
                    <span class="brand-tagline">{ t.app_tagline() }</span>
                </p>
                { language_switcher(&LanguageSwitcherProps { lang: state.lang, dispatch: dispatch.clone() }) }
                // At the top, where an intermediair with a family looks for it first.
                { mode_switch(&ModeSwitchProps { lang: state.lang, on: state.intermediair, dispatch: dispatch.clone() }) }
            </header>
            <@{main} id="main" class="screen">{ screen }</@>
        </>
    }
}

#[derive(Properties, PartialEq)]
pub struct LanguageSwitcherProps {
    pub lang: Lang,
    pub dispatch: Callback<Action>,
}

/// Each language named in itself; switching keeps every answer and the screen.
pub fn language_switcher(props: &LanguageSwitcherProps) -> Html {
    let t = props.lang.tr();
    html! {
        <nav class="languages" aria-label={t.language_label()}>
            <ul>
            { for Lang::ALL.iter().map(|&l| {
                let dispatch = props.dispatch.clone();
                // The second click of a double click is not a choice: after the first, the bar
                // may have mirrored (Arabic and Persian), and another language sits under it.
                let onclick = Callback::from(move |e: MouseEvent| {
                    if e.detail() < 2 {
                        dispatch.emit(Action::SetLang(l));
                    }
                });
                html! {
                    <li>
                        <button type="button" lang={l.code()} dir={l.dir()}
                            aria-pressed={if l == props.lang { "true" } else { "false" }} {onclick}>
                            { l.endonym() }
                        </button>
                    </li>
                }
            }) }
            </ul>
        </nav>
    }
}

#[derive(Properties, PartialEq)]
pub struct ModeSwitchProps {
    pub lang: Lang,
    pub on: bool,
    pub dispatch: Callback<Action>,
}

/// A switch for intermediairs: all questions on one screen and a "next family" button.
pub fn mode_switch(p: &ModeSwitchProps) -> Html {
    let on = p.on;
    let onclick = send(&p.dispatch, Action::SetIntermediair(!on));
    html! {
        <button type="button" class="mode-switch" role="switch" aria-checked={if on { "true" } else { "false" }} {onclick}>
            <span class="switch-track" aria-hidden="true"><span class="switch-knob"></span></span>
            <span>{ p.lang.tr().mode_intermediair() }</span>
        </button>
    }
}
