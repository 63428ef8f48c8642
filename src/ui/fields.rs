//! Form controls shared by the question screens: real inputs with labels, fieldsets with the
//! question as legend, and errors tied to their field for assistive technology.

use super::class_list;
use crate::i18n::int;
use yew::prelude::*;

/// Where a question stands on intermediair mode's one-screen form.
#[derive(Clone, PartialEq, Default)]
pub enum Need {
    /// One question per screen: nothing to mark.
    #[default]
    Screen,
    /// Asked of this household. The note's line stays, empty, so the form does not move when a
    /// question becomes needed while someone types.
    Needed,
    /// Not needed for this household: greyed and disabled, with this note.
    NotNeeded(AttrValue),
}

impl Need {
    fn off(&self) -> bool {
        matches!(self, Need::NotNeeded(_))
    }
}

/// One option of a choice: value for ids, label to show.
#[derive(Clone, PartialEq)]
pub struct Choice {
    pub label: AttrValue,
    pub selected: bool,
    pub on_select: Callback<()>,
}

#[derive(Properties, PartialEq)]
pub struct ChoiceFieldProps {
    /// Used for ids: `<name>-0`, `<name>-hint`, `<name>-error`.
    pub name: AttrValue,
    pub question: AttrValue,
    #[prop_or_default]
    pub hint: Option<AttrValue>,
    pub choices: Vec<Choice>,
    #[prop_or_default]
    pub error: Option<AttrValue>,
    /// The screen's question is its h1; a second group on the same screen uses a plain legend.
    #[prop_or(true)]
    pub is_heading: bool,
    #[prop_or_default]
    pub inline: bool,
    /// Intermediair mode: the hint folds away behind this label.
    #[prop_or_default]
    pub hint_toggle: Option<AttrValue>,
    #[prop_or_default]
    pub need: Need,
}

pub fn choice_field(p: &ChoiceFieldProps) -> Html {
    let described = described_by(&p.name, p.hint.is_some(), p.error.is_some());
    let legend = if p.is_heading {
        html! { <h1 id="screen-heading" tabindex="-1">{ p.question.clone() }</h1> }
    } else {
        html! { <span class="legend-text">{ p.question.clone() }</span> }
    };
    html! {
        <fieldset class={class_list("choice", &[(p.inline, "inline"), (p.need.off(), "not-needed")])}
            aria-describedby={described.clone()} disabled={p.need.off()}>
            <legend>{ legend }</legend>
            { need_note(&p.need) }
            { hint(&p.name, &p.hint, &p.hint_toggle) }
            { error(&p.name, &p.error) }
            <div class="options">
            { for p.choices.iter().enumerate().map(|(i, c)| {
                let id = [p.name.as_str(), "-", &int(i as u64)].concat();
                let on_select = c.on_select.clone();
                let onchange = Callback::from(move |_: Event| on_select.emit(()));
                html! {
                    <label class={class_list("option", &[(c.selected, "selected")])} for={id.clone()}>
                        <input type="radio" id={id} name={p.name.clone()} checked={c.selected}
                            aria-invalid={p.error.is_some().then_some("true")} {onchange} />
                        <span>{ c.label.clone() }</span>
                    </label>
                }
            }) }
            </div>
        </fieldset>
    }
}

#[derive(Properties, PartialEq)]
pub struct TextFieldProps {
    /// Ids: `<name>-input`, `<name>-hint`, `<name>-error`.
    pub name: AttrValue,
    pub question: AttrValue,
    pub label: AttrValue,
    #[prop_or_default]
    pub hint: Option<AttrValue>,
    pub value: AttrValue,
    pub on_input: Callback<String>,
    #[prop_or_default]
    pub error: Option<AttrValue>,
    /// "numeric" for ages, "decimal" for amounts: the phone shows the right keyboard.
    pub inputmode: AttrValue,
    #[prop_or_default]
    pub autocomplete: Option<AttrValue>,
    #[prop_or_default]
    pub size: Option<AttrValue>,
    /// The screen's question is its h1; on the one-screen form of intermediair mode it is not.
    #[prop_or(true)]
    pub is_heading: bool,
    #[prop_or_default]
    pub hint_toggle: Option<AttrValue>,
    #[prop_or_default]
    pub need: Need,
}

pub fn text_field(p: &TextFieldProps) -> Html {
    let input_id = [p.name.as_str(), "-input"].concat();
    let on_input = p.on_input.clone();
    let oninput = Callback::from(move |e: InputEvent| {
        let input: web_sys::HtmlInputElement = e.target_unchecked_into();
        on_input.emit(input.value());
    });
    html! {
        <div class={class_list("field", &[(p.need.off(), "not-needed")])}>
            if p.is_heading {
                <h1 id="screen-heading" tabindex="-1">{ p.question.clone() }</h1>
            } else {
                <p class="legend-text" id={[p.name.as_str(), "-question"].concat()}>{ p.question.clone() }</p>
            }
            { need_note(&p.need) }
            <label for={input_id.clone()} id={[p.name.as_str(), "-label"].concat()}>{ p.label.clone() }</label>
            { hint(&p.name, &p.hint, &p.hint_toggle) }
            { error(&p.name, &p.error) }
            <input type="text" id={input_id} name={p.name.clone()} value={p.value.clone()}
                inputmode={p.inputmode.clone()} autocomplete={p.autocomplete.clone().unwrap_or("off".into())}
                size={p.size.clone()} dir="ltr" disabled={p.need.off()}
                aria-invalid={p.error.is_some().then_some("true")}
                // On the one-screen form several fields share the label "Leeftijd in jaren": the
                // question in front of it tells them apart.
                aria-labelledby={(!p.is_heading).then(|| [p.name.as_str(), "-question ", p.name.as_str(), "-label"].concat())}
                aria-describedby={described_by(&p.name, p.hint.is_some(), p.error.is_some())}
                {oninput} />
        </div>
    }
}

pub fn described_by(name: &str, hint: bool, error: bool) -> Option<String> {
    let mut ids = Vec::new();
    if error {
        ids.push([name, "-error"].concat());
    }
    if hint {
        ids.push([name, "-hint"].concat());
    }
    (!ids.is_empty()).then(|| ids.join(" "))
}

/// The hint under a question; folded behind `toggle` when one is given (intermediair mode).
pub fn hint(name: &str, text: &Option<AttrValue>, toggle: &Option<AttrValue>) -> Html {
    let Some(t) = text else {
        return html! {};
    };
    let p = html! { <p class="hint" id={[name, "-hint"].concat()}>{ t.clone() }</p> };
    match toggle {
        Some(label) => {
            html! { <details class="hint-fold"><summary>{ label.clone() }</summary>{ p }</details> }
        }
        None => p,
    }
}

fn need_note(need: &Need) -> Html {
    match need {
        Need::Screen => html! {},
        Need::Needed => html! { <p class="not-needed-note" aria-hidden="true">{ "\u{a0}" }</p> },
        Need::NotNeeded(t) => html! { <p class="not-needed-note">{ t.clone() }</p> },
    }
}

/// The error next to its field; the warning sign and the text carry it, not the colour alone.
pub fn error(name: &str, text: &Option<AttrValue>) -> Html {
    match text {
        Some(t) => html! {
            <p class="error" id={[name, "-error"].concat()} role="alert">
                <svg class="icon" aria-hidden="true" viewBox="0 0 24 24" width="20" height="20"><path d="M12 2 1 21h22L12 2zm0 6 1 7h-2l1-7zm0 9a1.3 1.3 0 1 1 0 2.6 1.3 1.3 0 0 1 0-2.6z" fill="currentColor"/></svg>
                <span>{ t.clone() }</span>
            </p>
        },
        None => html! {},
    }
}
