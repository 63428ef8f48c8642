//! Where the app runs, as the loader (static/start.js) tells `mount`: its own page (the default),
//! that page inside an `<iframe>` on another site, or included by script into a host page, inside a
//! shadow root. Only a page of its own may change the document's language, title and history;
//! included, the app keeps to its root element. Embedded either way, links leave in a new tab.

use std::cell::{Cell, RefCell};
use wasm_bindgen::JsCast;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Mode {
    /// Its own page: `index.html`.
    Page,
    /// Its own page inside an `<iframe>` of a host page.
    Frame,
    /// Mounted into a host page's element by the script include.
    Include,
}

impl Mode {
    pub fn from_name(name: &str) -> Mode {
        match name {
            "frame" => Mode::Frame,
            "include" => Mode::Include,
            _ => Mode::Page,
        }
    }
}

thread_local! {
    static MODE: Cell<Mode> = const { Cell::new(Mode::Page) };
    static ROOT: RefCell<Option<web_sys::Element>> = const { RefCell::new(None) };
}

pub fn set(mode: Mode, root: web_sys::Element) {
    MODE.with(|m| m.set(mode));
    ROOT.with(|r| *r.borrow_mut() = Some(root));
}

pub fn mode() -> Mode {
    MODE.with(|m| m.get())
}

/// The document is the app's own (its page, also inside an iframe): it may set `<html lang dir>`,
/// the title and history entries.
pub fn owns_document() -> bool {
    mode() != Mode::Include
}

/// Embedded, a link to another site opens in a new tab: inside a frame it would replace the app
/// (and many sites refuse to be framed), and in the host page the result would be gone.
pub fn link_target() -> Option<&'static str> {
    (mode() != Mode::Page).then_some("_blank")
}

/// The element the app is mounted in; `#app` when mounted without `mount` (component tests).
pub fn root() -> Option<web_sys::Element> {
    ROOT.with(|r| r.borrow().clone())
        .or_else(|| web_sys::window()?.document()?.get_element_by_id("app"))
}

/// An element of the app by its id, looked up inside the app's root, so it is found inside a
/// shadow root too and never in the host page.
pub fn by_id(id: &str) -> Option<web_sys::HtmlElement> {
    let found = match ROOT.with(|r| r.borrow().clone()) {
        Some(root) => root.query_selector(&["[id=\"", id, "\"]"].concat()).ok()?,
        None => web_sys::window()?.document()?.get_element_by_id(id),
    };
    found?.dyn_into().ok()
}
