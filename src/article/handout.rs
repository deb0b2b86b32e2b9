//! Pieces of the printed handout that the reading page does not show on
//! screen: each section's discussion questions (`.print-only`, see
//! style/print.css).

use leptos::prelude::*;

use crate::content::Section;
use crate::state::use_app;
use crate::widgets::rich::Rich;

/// A section's discussion questions, for print only.
#[component]
pub fn HandoutQuestions(section: &'static Section) -> impl IntoView {
    let state = use_app();
    (!section.questions.is_empty()).then(|| {
        view! {
            <div class="print-only handout-questions">
                <h3>{state.t("present_questions")}</h3>
                <ol>
                    {section.questions.iter().map(|q| view! {
                        <li><Rich text=q.as_str()/></li>
                    }).collect_view()}
                </ol>
            </div>
        }
    })
}
