//! The table of contents, marking the section in view (`aria-current`).

use leptos::prelude::*;

use crate::state::use_app;

#[component]
pub fn TableOfContents() -> impl IntoView {
    let state = use_app();
    let items = move || {
        state
            .locale()
            .sections
            .iter()
            .map(|s| {
                let id = s.id.as_str();
                let current = move || state.in_view.with(|v| v.as_deref() == Some(id));
                view! {
                    <li>
                        <a href=format!("#{id}") class:current=current
                            aria-current=move || current().then_some("location")>
                            {s.title.as_str()}
                        </a>
                    </li>
                }
            })
            .collect_view()
    };
    view! {
        <nav class="toc" aria-labelledby="toc-title">
            <h2 id="toc-title" class="toc-title">{move || state.t("toc_title")}</h2>
            <ol>{items}</ol>
        </nav>
    }
}
