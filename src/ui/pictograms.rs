//! Inline SVG pictograms, one per regeling and one per verdict, so the result can be understood
//! with little reading. Simple shapes drawn for this app; nothing is downloaded. Each pictogram
//! is decorative next to its text (aria-hidden); the text carries the meaning.

use crate::rules::Verdict;
use yew::prelude::*;

/// 24 × 24 outline drawings, stroked in the current text colour.
fn regeling_paths(id: &str) -> &'static str {
    match id {
        // A school bag.
        "kindpakket" => "M7 8h10a2 2 0 0 1 2 2v9H5v-9a2 2 0 0 1 2-2zM9 8V6a3 3 0 0 1 6 0v2M5 13h14M11 13v2h2v-2",
        // Coins.
        "iit" => "M4 7c0-1.7 3.6-3 8-3s8 1.3 8 3-3.6 3-8 3-8-1.3-8-3zM4 7v4c0 1.7 3.6 3 8 3s8-1.3 8-3V7M4 11v4c0 1.7 3.6 3 8 3s8-1.3 8-3v-4M4 15v2c0 1.7 3.6 3 8 3s8-1.3 8-3v-2",
        // A shield with a cross: insurance for health.
        "czm" => "M12 3l7 3v5c0 5-3 8.5-7 10-4-1.5-7-5-7-10V6zM12 8v7M8.5 11.5h7",
        // A ball.
        "jfsc" => "M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18zM12 7l4 3-1.5 4.5h-5L8 10zM12 3v4M16 10l4.5-1M14.5 14.5l2.5 4M9.5 14.5l-2.5 4M8 10l-4.5-1",
        // Two people.
        "maatschappelijke_activiteiten" => "M9 11a3 3 0 1 0 0-6 3 3 0 0 0 0 6zM3 20v-1a5 5 0 0 1 10 0v1M16 11a2.5 2.5 0 1 0 0-5M17 14a4 4 0 0 1 4 4v2",
        // A laptop.
        "computerregeling" => "M5 6h14v9H5zM3 18h18l-1.5 2h-15z",
        // A lightning bolt.
        "energietoeslag_2023" => "M13 2L5 13h6l-1 9 8-11h-6z",
        // A bin with a tick: no waste tax to pay.
        "kwijtschelding" => "M5 7h14M9 7V4h6v3M7 7l1 13h8l1-13M10 13l1.5 1.5L15 11",
        // A hand holding a coin.
        "bijzondere_bijstand" => "M14 4a3 3 0 1 1 0 6 3 3 0 0 1 0-6zM3 14h3l4 2h4a1.5 1.5 0 0 1 0 3h-4M6 14v6M14 19l5-3a1.5 1.5 0 0 1 2 2l-6 4H6",
        _ => "M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18z",
    }
}

pub fn regeling_icon(id: &str) -> Html {
    html! {
        <svg class="pictogram" aria-hidden="true" focusable="false" viewBox="0 0 24 24" width="32" height="32">
            <path d={regeling_paths(id)} fill="none" stroke="currentColor" stroke-width="1.6" stroke-linecap="round" stroke-linejoin="round"/>
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
