//! The browser app. `state`, `outcome` and `names` are plain Rust (tested natively); the components are
//! compiled for the browser only.

pub mod outcome;
pub mod state;

#[cfg(target_arch = "wasm32")]
mod app;
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

/// Entry point of the page.
#[cfg(target_arch = "wasm32")]
#[wasm_bindgen::prelude::wasm_bindgen(start)]
pub fn start() {
    panic::install_hook();
    let lang = app::start_language();
    let intermediair = app::start_intermediair();
    let root = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("app"));
    if let Some(root) = root {
        root.set_inner_html("");
        yew::Renderer::<App>::with_root_and_props(root, AppProps { lang, intermediair }).render();
    }
}
