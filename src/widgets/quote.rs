//! Quotations from the essay: always Dutch (`lang="nl"`), attributed, and in
//! English with a translation beside them, marked as ours.

use leptos::prelude::*;

use crate::content::{Lang, Speaker};
use crate::state::{all, use_app};

fn attribution(speaker: Speaker, t: impl Fn(&'static str) -> String) -> String {
    match speaker {
        Speaker::Vlaar => t("quote_by_vlaar"),
        Speaker::VanDerLans => t("quote_by_van_der_lans"),
    }
}

/// A block quotation with attribution (and translation in English).
/// An unknown id renders nothing (the content tests forbid it).
#[component]
pub fn QuoteBlock(id: &'static str) -> impl IntoView {
    let state = use_app();
    let quote = all().quote(id)?;
    let t = move |k| state.t(k);
    let translation = (state.lang() == Lang::En)
        .then(|| all().en.quote_translations.get(id))
        .flatten()
        .map(|tr| {
            view! {
                <p class="translation" lang="en">
                    <span class="translation-label">{t("quote_translation")}</span>
                    " "{tr.as_str()}
                </p>
            }
        });
    Some(view! {
        <figure class="quote" data-quote=id>
            <blockquote lang="nl"><p>{quote.text.as_str()}</p></blockquote>
            {translation}
            <figcaption>"— "{attribution(quote.speaker, t)}</figcaption>
        </figure>
    })
}

/// An inline quotation (`<q>`), with the translation in brackets in English.
#[component]
pub fn InlineQuote(id: &'static str) -> impl IntoView {
    let state = use_app();
    let quote = all().quote(id)?;
    let translation = (state.lang() == Lang::En)
        .then(|| all().en.quote_translations.get(id))
        .flatten()
        .map(|tr| view! { " " <span class="translation" lang="en">"("{state.t("quote_translation")}" "{tr.as_str()}")"</span> });
    Some(view! { <q lang="nl" data-quote=id>{quote.text.as_str()}</q>{translation} })
}
