use super::send;
use super::state::Action;
use crate::i18n::{format_date, Lang};
use crate::rules::parameters::norms_superseded;
use crate::rules::DEFAULT_DATE;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct StartScreenProps {
    pub lang: Lang,
    pub dispatch: Callback<Action>,
}

pub fn start_screen(p: &StartScreenProps) -> Html {
    let t = p.lang.tr();
    let onclick = send(&p.dispatch, Action::Start);
    let date = format_date(p.lang, DEFAULT_DATE);
    // A resident who opens the app after its norms were replaced is told before starting.
    let stale = super::result_screen::today().is_some_and(|d| norms_superseded(DEFAULT_DATE, d));
    let norms_line = if stale {
        t.stale_norms(&date)
    } else {
        t.start_norms(&date)
    };
    html! {
        <section class="start">
            <h1 id="screen-heading" tabindex="-1">{ t.start_heading() }</h1>
            <p class="lead">{ t.start_intro() }</p>
            <ul class="facts">
                <li>{ t.start_time() }</li>
                <li>{ t.start_privacy() }</li>
                <li>{ norms_line }</li>
            </ul>
            <div class="actions">
                <button type="button" class="primary" {onclick}>{ t.button_start() }</button>
            </div>
        </section>
    }
}
