//! The browser app. `state`, `outcome` and `names` are plain Rust (tested natively); the components are
//! compiled for the browser only.

pub mod outcome;
pub mod state;

#[cfg(target_arch = "wasm32")]
mod app;
#[cfg(target_arch = "wasm32")]
pub mod embed;
#[cfg(target_arch = "wasm32")]
mod fields;
#[cfg(target_arch = "wasm32")]
pub mod panic;
#[cfg(target_arch = "wasm32")]
mod pictograms;
#[cfg(target_arch = "wasm32")]
mod question_screen;
#[cfg(target_arch = "wasm32")]
mod result_screen;
#[cfg(target_arch = "wasm32")]
mod start_screen;

#[cfg(target_arch = "wasm32")]
pub use app::{App, AppProps};

/// A callback that sends `action` whatever the event. One closure type for every button, where
/// a `reform` per button made a closure type (and its code) per button.
#[cfg(target_arch = "wasm32")]
fn send<E>(dispatch: &yew::Callback<state::Action>, action: state::Action) -> yew::Callback<E> {
    let dispatch = dispatch.clone();
    yew::Callback::from(move |_| dispatch.emit(action.clone()))
}

/// A class attribute: `base`, then each name whose flag is on. Plain strings instead of yew's
/// `classes!`, whose set of names brought hashing and indexmap into the bundle for eight
/// attributes (measured: see issue 18's note).
#[cfg(target_arch = "wasm32")]
fn class_list(base: &str, extra: &[(bool, &str)]) -> yew::AttrValue {
    let mut s = base.to_string();
    for &(on, name) in extra {
        if on {
            s.push(' ');
            s.push_str(name);
        }
    }
    s.into()
}

/// Mounts the app in `root`: called by the loader (static/start.js) once the wasm is ready.
/// `mode` is "page", "frame" or "include" (see `embed`); `lang` the language the loader shows: it
/// picks it from the host's `data-lang`, `?lang=` and the browser, and the visitor may change it
/// while the app loads.
#[cfg(target_arch = "wasm32")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn mount(root: web_sys::Element, mode: &str, lang: &str) {
    embed::set(embed::Mode::from_name(mode), root.clone());
    panic::install_hook();
    let lang = crate::i18n::Lang::from_tag(lang).unwrap_or_default();
    let intermediair = app::start_intermediair();
    app::set_language(lang);
    // The loading text goes; the app takes its place.
    root.set_text_content(None);
    yew::Renderer::<App>::with_root_and_props(root, AppProps { lang, intermediair }).render();
}
