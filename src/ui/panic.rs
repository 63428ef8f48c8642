//! A panic must never leave a blank page: the hook replaces the app with a short message in the
//! language the resident was using.

use crate::i18n::Lang;
use std::cell::Cell;

thread_local! {
    static CURRENT_LANG: Cell<Lang> = const { Cell::new(Lang::Nl) };
}

pub fn set_current_language(lang: Lang) {
    CURRENT_LANG.with(|c| c.set(lang));
}

pub fn install_hook() {
    std::panic::set_hook(Box::new(|_| show_message(CURRENT_LANG.with(|c| c.get()))));
}

/// Replaces the app in `#app` with the message: what the hook does. Public for the component
/// test, as a panic in a test cannot be caught on wasm32.
pub fn show_message(lang: Lang) {
    let t = lang.tr();
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    if let Some(root) = doc.get_element_by_id("app") {
        // Built from our own messages only: nothing typed by the resident is shown here.
        root.set_inner_html(&format!(
            "<main class=\"panic\" lang=\"{}\" dir=\"{}\"><h1 tabindex=\"-1\">{}</h1><p role=\"alert\">{}</p><p><a href=\"\">{}</a></p></main>",
            lang.code(),
            lang.dir(),
            t.app_name(),
            t.panic_message(),
            t.button_restart()
        ));
    }
}
