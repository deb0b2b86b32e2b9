//! The components. `App` reads the URL once, provides the state, and picks
//! the view: reading (possibly embedded), presentation or presenter.

pub mod citation;
pub mod glossary_term;
pub mod quote;
pub mod rich;

use leptos::prelude::*;

use crate::state::AppState;

#[component]
pub fn App() -> impl IntoView {
    let (url, fragment) = crate::browser::read_location();
    let state = AppState::new(url, fragment);
    provide_context(state);
    view! { <main id="top"><h1>{move || state.locale().intro.title.clone()}</h1></main> }
}
