//! Inline SVG pictograms, one per regeling and one per verdict, so the result can be understood
//! with little reading. Simple shapes drawn for this app; nothing is downloaded. Each pictogram
//! is decorative next to its text (aria-hidden); the text carries the meaning.

use crate::rules::parameters::Regeling;
use crate::rules::Verdict;
use yew::prelude::*;

/// The regeling's 24 × 24 outline drawing from `data/pictograms.toml`, stroked in the text colour.
pub fn regeling_icon(r: &Regeling) -> Html {
    html! {
        <svg class="pictogram" aria-hidden="true" focusable="false" viewBox="0 0 24 24" width="32" height="32">
            <path d={r.pictogram} fill="none" stroke="currentColor" stroke-width="1.6" stroke-linecap="round" stroke-linejoin="round"/>
        </svg>
    }
}

/// Yes: a tick in a circle; maybe: a question mark; no: a cross. Shape differs, not only colour.
pub fn verdict_icon(v: Verdict) -> Html {
    let path = match v {
        Verdict::Yes => "M12 2.5a9.5 9.5 0 1 0 0 19 9.5 9.5 0 0 0 0-19zM7.5 12.5l3 3 6-6.5",
        Verdict::Maybe => "M12 2.5a9.5 9.5 0 1 0 0 19 9.5 9.5 0 0 0 0-19zM9.3 9.5a2.8 2.8 0 1 1 3.9 2.6c-.8.4-1.2 1-1.2 1.9v.5M12 17.2v.3",
        Verdict::No => "M12 2.5a9.5 9.5 0 1 0 0 19 9.5 9.5 0 0 0 0-19zM8.5 8.5l7 7M15.5 8.5l-7 7",
    };
    html! {
        <svg class="icon" aria-hidden="true" focusable="false" viewBox="0 0 24 24" width="24" height="24">
            <path d={path} fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"/>
        </svg>
    }
}
