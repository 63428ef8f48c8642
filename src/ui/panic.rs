//! A panic must never leave a frozen page: the hook replaces the app with a short message in the
//! language the resident was using. Installed through yew, which otherwise puts its own hook in
//! place when the app is rendered. The message is built node by node (no HTML parsing, so it
//! also works under Trusted Types).

use crate::i18n::Lang;
use std::cell::Cell;

thread_local! {
    static CURRENT_LANG: Cell<Lang> = const { Cell::new(Lang::Nl) };
}

pub fn set_current_language(lang: Lang) {
    CURRENT_LANG.with(|c| c.set(lang));
}

pub fn install_hook() {
    yew::set_custom_panic_hook(Box::new(|_| show_message(CURRENT_LANG.with(|c| c.get()))));
}

/// Replaces the app in its root (`#app` on its own page) with the message: what the hook does.
/// Public for the component test, as a panic in a test cannot be caught on wasm32.
pub fn show_message(lang: Lang) {
    let t = lang.tr();
    let Some(root) = super::embed::root() else {
        return;
    };
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let el = |tag: &str, text: Option<&str>, attrs: &[(&str, &str)]| {
        let e = doc.create_element(tag).ok()?;
        e.set_text_content(text);
        for (k, v) in attrs {
            e.set_attribute(k, v).ok()?;
        }
        Some(e)
    };
    // Built from our own messages only: nothing typed by the resident is shown here.
    let build = || -> Option<()> {
        let main = el(
            "main",
            None,
            &[
                ("class", "panic"),
                ("lang", lang.code()),
                ("dir", lang.dir()),
            ],
        )?;
        let h1 = el("h1", Some(t.app_name()), &[("tabindex", "-1")])?;
        let alert = el("p", Some(t.panic_message()), &[("role", "alert")])?;
        let p = el("p", None, &[])?;
        // An empty href loads the page again: nothing of the broken app is kept.
        let a = el("a", Some(t.button_restart()), &[("href", "")])?;
        p.append_child(&a).ok()?;
        for child in [&h1, &alert, &p] {
            main.append_child(child).ok()?;
        }
        root.set_text_content(None);
        root.append_child(&main).ok()?;
        Some(())
    };
    let _ = build();
}
