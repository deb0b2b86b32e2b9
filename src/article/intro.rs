//! The top of the page: title, author, year and a short orientation.

use leptos::prelude::*;

use crate::state::use_app;
use crate::widgets::rich::RichParagraphs;

#[component]
pub fn Intro() -> impl IntoView {
    let state = use_app();
    let intro = &state.locale().intro;
    let show_title = state.url.with_untracked(|u| u.mode.shows_title());
    view! {
        <header class="intro" id="top">
            {if show_title {
                view! {
                    <p class="kicker">{intro.kicker.as_str()}</p>
                    <h1>{intro.title.as_str()}</h1>
                    <p class="byline">{intro.byline.as_str()}</p>
                }
                .into_any()
            } else {
                // Without its visible title (an embed with `title=0`) the page
                // still needs one level-one heading, for screen readers.
                view! { <h1 class="visually-hidden">{intro.title.as_str()}</h1> }.into_any()
            }}
            <div class="intro-text"><RichParagraphs paras=&intro.paragraphs/></div>
        </header>
    }
}
