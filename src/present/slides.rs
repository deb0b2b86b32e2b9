//! One slide, drawn from the content: the same component fills the
//! projector and the presenter's previews (sizes follow the frame through
//! container query units, see style/present.css).

use leptos::prelude::*;

use crate::content::{Lang, Locale, Part, Section};
use crate::deck::{self, Slide, SlideKind};
use crate::diagrams::diagram_by_id;
use crate::present::diagram_slide::{SimSlide, TimelineSlide};
use crate::present::qr_code::QrCode;
use crate::state::use_app;
use crate::widgets::rich::{Rich, RichMode};

/// Rich text on a slide (see [`RichMode::Slide`]).
#[component]
pub fn SlideRich(text: &'static str) -> impl IntoView {
    view! { <Rich text=text mode=RichMode::Slide/> }
}

/// A quotation on a slide: the Dutch text, in English our translation beside
/// it, and a short attribution (the title slide names the essay).
#[component]
fn SlideQuote(id: &'static str) -> impl IntoView {
    let state = use_app();
    let quote = crate::state::all().quote(id)?;
    let translation = (state.lang() == Lang::En)
        .then(|| deck::translation(id))
        .flatten();
    let translated = translation.is_some();
    let translation = translation.map(|tr| {
        view! {
            <p class="translation" lang="en">
                <span class="translation-label">{state.t("quote_translation")}</span>" "{tr}
            </p>
        }
    });
    Some(view! {
        <figure class="quote slide-quote" class:translated=translated data-quote=id>
            <blockquote lang="nl"><p>{quote.text.as_str()}</p></blockquote>
            {translation}
            <figcaption>"— "{state.t(deck::attribution_key(quote.speaker))}</figcaption>
        </figure>
    })
}

fn part_of<'a>(loc: &'a Locale, slide: &Slide, part: usize) -> Option<(&'a Section, &'a Part)> {
    let section = loc.section(&slide.section)?;
    Some((section, section.parts.get(part)?))
}

/// A short title of a slide (for the live region and the presenter).
pub fn slide_title(loc: &Locale, slide: &Slide, t: impl Fn(&'static str) -> String) -> String {
    let section = loc
        .section(&slide.section)
        .map(|s| s.title.clone())
        .unwrap_or_default();
    match &slide.kind {
        SlideKind::Title => loc.intro.title.clone(),
        SlideKind::End => t("present_end_title"),
        SlideKind::Part { part } | SlideKind::PartQuote { part, .. } => part_of(loc, slide, *part)
            .map(|(_, p)| p.title.clone())
            .unwrap_or(section),
        SlideKind::Diagram { id, page } => {
            format!("{section}: {}", deck::diagram_title(id, *page, t))
        }
        SlideKind::Key | SlideKind::Quote { .. } => section,
    }
}

/// One slide. `index` and `total` label it for assistive technology.
#[component]
pub fn SlideView(slide: Slide, index: usize, total: usize) -> impl IntoView {
    let state = use_app();
    let loc = state.locale();
    let t = move |k: &'static str| state.t(k);
    let section = loc.section(&slide.section);
    let section_title = section.map(|s| s.title.as_str()).unwrap_or_default();
    let kicker = move || view! { <p class="slide-kicker">{section_title}</p> };
    let body = match (slide.kind.clone(), section) {
        (SlideKind::Title, _) => view! {
            <p class="slide-kicker">{loc.intro.kicker.as_str()}</p>
            <h1 class="slide-title">{loc.intro.title.as_str()}</h1>
            <p class="slide-byline">{loc.intro.byline.as_str()}</p>
            <p class="slide-hint">{t("present_hint")}</p>
        }
        .into_any(),
        // One idea per slide: the key sentence; the summary is in the presenter's notes.
        (SlideKind::Key, Some(s)) => view! {
            <h2>{s.title.as_str()}</h2>
            <p class="slide-key"><SlideRich text=s.slide.as_str()/></p>
        }
        .into_any(),
        (SlideKind::Quote { .. } | SlideKind::PartQuote { .. }, Some(_)) => match deck::quote_id(loc, &slide) {
            Some(id) => view! { <SlideQuote id=id/> }.into_any(),
            None => ().into_any(),
        },
        (SlideKind::Part { part }, Some(s)) => match s.parts.get(part) {
            Some(p) => view! {
                {kicker()}
                <h2>
                    {p.title.as_str()}
                    {(!p.elaborated).then(|| view! { " " <span class="badge">{t("not_elaborated")}</span> })}
                </h2>
                {(!p.slide.is_empty()).then(|| view! { <p class="slide-key"><SlideRich text=p.slide.as_str()/></p> })}
            }
            .into_any(),
            None => ().into_any(),
        },
        (SlideKind::Diagram { id, page }, Some(_)) => {
            let head = view! {
                <header class="slide-diagram-head">{kicker()}<h2>{deck::diagram_title(id, page, t)}</h2></header>
            };
            match id {
                // Laid out for the slide, with the heading beside the chart.
                deck::SIMULATOR => view! {
                    <div class="slide-diagram" data-diagram=id>
                        <div class="slide-diagram-fit"><SimSlide page=page>{head}</SimSlide></div>
                    </div>
                }
                .into_any(),
                _ => {
                    let diagram = match id {
                        deck::TIMELINE => Some(view! { <TimelineSlide page=page/> }.into_any()),
                        _ => diagram_by_id(id),
                    }
                    .unwrap_or_else(|| {
                        view! { <p class="slide-diagram-placeholder">{t("present_diagram_placeholder")}</p> }.into_any()
                    });
                    // The diagram keeps its own layout and is scaled to fit the slide
                    // whenever its size or the slide's changes (web/loader-start.js,
                    // which does it from the first paint on, app or not).
                    view! {
                        {head}
                        <div class="slide-diagram" data-diagram=id>
                            <div class="slide-diagram-fit">{diagram}</div>
                        </div>
                    }
                    .into_any()
                }
            }
        }
        (SlideKind::End, _) => view! {
            <div class="slide-end">
                <div class="slide-end-text">
                    <h2>{t("present_end_title")}</h2>
                    <p>{t("present_end_text")}</p>
                    <p class="slide-end-title">{loc.intro.title.as_str()}" – "{loc.intro.byline.as_str()}</p>
                </div>
                <QrCode index=index/>
            </div>
        }
        .into_any(),
        _ => ().into_any(),
    };
    let label = format!("{} / {total}", index + 1);
    view! {
        <article class="slide" data-slide=index
            data-kind=kind_name(&slide.kind)
            aria-roledescription=t("present_slide") aria-label=label>
            <div class="slide-inner">{body}</div>
        </article>
    }
}

fn kind_name(kind: &SlideKind) -> &'static str {
    match kind {
        SlideKind::Title => "title",
        SlideKind::Key => "key",
        SlideKind::Quote { .. } | SlideKind::PartQuote { .. } => "quote",
        SlideKind::Part { .. } => "part",
        SlideKind::Diagram { .. } => "diagram",
        SlideKind::End => "end",
    }
}
