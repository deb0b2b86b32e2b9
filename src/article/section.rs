//! One walkthrough section: heading with copy-link, summary in our own
//! words, quotations, parts (handreikingen, arguments), the diagrams that
//! live here, and annotations.

use leptos::prelude::*;

use crate::article::bibliography::Bibliography;
use crate::article::glossary::Glossary;
use crate::content::{Part, Section};
use crate::diagrams::diagram_by_id;
use crate::ids;
use crate::state::use_app;
use crate::widgets::copy_link::CopyLink;
use crate::widgets::quote::QuoteBlock;
use crate::widgets::rich::RichParagraphs;

#[component]
pub fn SectionView(section: &'static Section) -> impl IntoView {
    let state = use_app();
    let id = section.id.as_str();
    let heading_id = format!("{id}-titel");
    let labelled_by = heading_id.clone();
    let quotes = section
        .quotes
        .iter()
        .map(|q| view! { <QuoteBlock id=q.as_str()/> })
        .collect_view();
    let parts = (!section.parts.is_empty()).then(|| {
        view! { <ol class="parts">{section.parts.iter().map(|p| view! { <PartView part=p/> }).collect_view()}</ol> }
    });
    let diagrams = ids::diagrams_in(id)
        .filter_map(diagram_by_id)
        .collect_view();
    let annotations = (!section.annotations.is_empty()).then(|| {
        view! {
            <div class="annotations">
                {section.annotations.iter().map(|a| view! {
                    <div class="annotation">
                        <h3><span class="visually-hidden">{state.t("annotations_label")}": "</span>{a.title.as_str()}</h3>
                        <RichParagraphs paras=&a.body/>
                    </div>
                }).collect_view()}
            </div>
        }
    });
    let extra = match id {
        "bronnen" => Some(view! { <Bibliography/> }.into_any()),
        "begrippen" => Some(view! { <Glossary/> }.into_any()),
        _ => None,
    };
    view! {
        <section id=id class="section" aria-labelledby=labelled_by>
            <div class="section-heading">
                <h2 id=heading_id>{section.title.as_str()}</h2>
                <CopyLink target=id/>
            </div>
            <div class="summary"><RichParagraphs paras=&section.summary/></div>
            {quotes}
            {parts}
            {diagrams}
            {extra}
            {annotations}
            <crate::article::handout::HandoutQuestions section=section/>
        </section>
    }
}

#[component]
fn PartView(part: &'static Part) -> impl IntoView {
    let state = use_app();
    view! {
        <li class="part" id=part.id.as_str() class:not-elaborated=!part.elaborated>
            <h3>
                {part.title.as_str()}
                {(!part.elaborated).then(|| view! { <span class="badge">{state.t("not_elaborated")}</span> })}
            </h3>
            <RichParagraphs paras=&part.body/>
            {part.quotes.iter().map(|q| view! { <QuoteBlock id=q.as_str()/> }).collect_view()}
        </li>
    }
}
