//! Component tests: the app mounted in a real (headless) Chromium page.
#![cfg(target_arch = "wasm32")]

use regelingencheck::i18n::Lang;
use regelingencheck::ui::state::{Action, State};
use regelingencheck::ui::{App, AppProps};
use std::time::Duration;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::HtmlElement;

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

async fn mount(lang: Lang) -> web_sys::Element {
    let root = document().create_element("div").unwrap();
    document().body().unwrap().append_child(&root).unwrap();
    yew::Renderer::<App>::with_root_and_props(
        root.clone(),
        AppProps {
            lang,
            intermediair: false,
        },
    )
    .render();
    settle().await;
    root
}

async fn settle() {
    yew::platform::time::sleep(Duration::from_millis(30)).await;
}

fn text(root: &web_sys::Element, selector: &str) -> String {
    root.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("no {selector}"))
        .text_content()
        .unwrap_or_default()
        .replace(['\u{2066}', '\u{2067}', '\u{2068}', '\u{2069}'], "")
}

fn click(root: &web_sys::Element, selector: &str) {
    root.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("no {selector}"))
        .dyn_into::<HtmlElement>()
        .unwrap()
        .click();
}

fn button_with_text(root: &web_sys::Element, label: &str) -> HtmlElement {
    let buttons = root.query_selector_all("button").unwrap();
    (0..buttons.length())
        .filter_map(|i| buttons.get(i)?.dyn_into::<HtmlElement>().ok())
        .find(|b| b.text_content().unwrap_or_default().trim() == label)
        .unwrap_or_else(|| panic!("no button {label}"))
}

#[wasm_bindgen_test]
async fn the_start_screen_has_one_heading_in_the_chosen_language() {
    let root = mount(Lang::Nl).await;
    assert_eq!(root.query_selector_all("h1").unwrap().length(), 1);
    assert_eq!(text(&root, "h1"), Lang::Nl.tr().start_heading());
    assert_eq!(
        document()
            .document_element()
            .unwrap()
            .get_attribute("lang")
            .as_deref(),
        Some("nl")
    );
    root.remove();
}

#[wasm_bindgen_test]
async fn next_without_an_answer_shows_the_error_next_to_the_question() {
    let root = mount(Lang::Nl).await;
    button_with_text(&root, Lang::Nl.tr().button_start()).click();
    settle().await;
    let s = State::new(Lang::Nl).apply(Action::Start);
    let n = s.step(&s.flow()).unwrap();
    assert_eq!(text(&root, ".step"), format!("Vraag {n}"));
    assert!(
        document().title().starts_with("Vraag 1 –"),
        "{}",
        document().title()
    );
    click(&root, "button[type=submit]");
    settle().await;
    assert_eq!(
        text(&root, "#partner-error").trim(),
        Lang::Nl.tr().error_choose()
    );
    let radio = root.query_selector("#partner-0").unwrap().unwrap();
    assert_eq!(radio.get_attribute("aria-invalid").as_deref(), Some("true"));
    root.remove();
}

#[wasm_bindgen_test]
async fn switching_to_arabic_keeps_the_screen_and_turns_the_page_right_to_left() {
    let root = mount(Lang::Nl).await;
    button_with_text(&root, Lang::Nl.tr().button_start()).click();
    settle().await;
    click(&root, "#partner-1");
    settle().await;
    button_with_text(&root, "العربية").click();
    settle().await;
    let html = document().document_element().unwrap();
    assert_eq!(html.get_attribute("dir").as_deref(), Some("rtl"));
    assert_eq!(html.get_attribute("lang").as_deref(), Some("ar"));
    assert_eq!(text(&root, "h1"), Lang::Ar.tr().q_partner());
    let chosen: web_sys::HtmlInputElement = root
        .query_selector("#partner-1")
        .unwrap()
        .unwrap()
        .dyn_into()
        .unwrap();
    assert!(
        chosen.checked(),
        "the answer stays when the language changes"
    );
    root.remove();
}

#[wasm_bindgen_test]
async fn a_complete_journey_shows_the_result_with_the_indication_line() {
    let root = mount(Lang::En).await;
    let t = Lang::En.tr();
    let next = |root: &web_sys::Element| click(root, "button[type=submit]");
    let type_into = |root: &web_sys::Element, sel: &str, value: &str| {
        let input: web_sys::HtmlInputElement = root
            .query_selector(sel)
            .unwrap()
            .unwrap()
            .dyn_into()
            .unwrap();
        input.set_value(value);
        input
            .dispatch_event(&web_sys::InputEvent::new("input").unwrap())
            .unwrap();
    };
    button_with_text(&root, t.button_start()).click();
    settle().await;
    click(&root, "#partner-0");
    next(&root);
    settle().await;
    type_into(&root, "#age-input", "40");
    next(&root);
    settle().await;
    click(&root, "#children-0");
    next(&root);
    settle().await;
    type_into(&root, "#income-input", "900");
    next(&root);
    settle().await;
    for _ in 0..4 {
        if root
            .query_selector("form[data-question]")
            .unwrap()
            .is_none()
        {
            break;
        }
        click(&root, "input[type=radio]");
        next(&root);
        settle().await;
    }
    assert_eq!(text(&root, "h1"), t.result_heading());
    assert!(text(&root, ".indication").contains(t.result_indication()));
    // No children: the regelingen for children are one line, not a card each.
    assert!(root.query_selector("#scheme-kindpakket").unwrap().is_none());
    assert_eq!(text(&root, ".children-none"), t.children_none());
    // What to do comes before the first card, and always names the Serviceplein's telephone.
    assert!(text(&root, "section.todo").contains("14 0251"));
    let todo = root.query_selector("section.todo").unwrap().unwrap();
    let first_card = root.query_selector("li.scheme").unwrap().unwrap();
    assert!(
        todo.compare_document_position(&first_card) & web_sys::Node::DOCUMENT_POSITION_FOLLOWING
            != 0,
        "what to do comes first"
    );
    root.remove();
}

/// What the panic hook shows instead of a blank page: the message in the language in use, with
/// that language's direction and a way to start again.
#[wasm_bindgen_test]
async fn after_a_panic_the_page_says_so_in_the_language_in_use() {
    for lang in [Lang::Fa, Lang::Nl] {
        let root = document().create_element("div").unwrap();
        root.set_id("app");
        document().body().unwrap().append_child(&root).unwrap();
        regelingencheck::ui::panic::show_message(lang);
        let t = lang.tr();
        let main = root
            .query_selector("main.panic")
            .unwrap()
            .expect("the message");
        assert_eq!(main.get_attribute("lang").as_deref(), Some(lang.code()));
        assert_eq!(main.get_attribute("dir").as_deref(), Some(lang.dir()));
        assert_eq!(text(&root, "[role=alert]"), t.panic_message());
        assert_eq!(text(&root, "a"), t.button_restart());
        assert!(!t.panic_message().is_empty());
        root.remove();
    }
}
