//! The detail panel beside (or, on narrow screens, below) every diagram:
//! what the selected element is, our explanation, the essay's own words,
//! where to read more and, for sources, the full reference.

use leptos::prelude::*;

use crate::content::{DiagramText, Lang};
use crate::diagrams::selection::Selection;
use crate::ids;
use crate::state::{all, t, t_in};
use crate::widgets::citation::CitationLink;
use crate::widgets::quote::QuoteBlock;
use crate::widgets::rich::Rich;

/// Text for an element that has none (the content tests forbid that).
pub static NO_TEXT: DiagramText = DiagramText {
    label: String::new(),
    explanation: String::new(),
};

/// A marker on the selected element, e.g. "our inference".
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DetailNote {
    Inferred,
    Claimed,
    NotElaborated,
    Delay,
}

/// Another element the selected one relates to, offered as a button.
#[derive(Clone)]
pub struct Related {
    pub text: String,
    pub pick: Callback<()>,
}

/// Everything the panel shows about one element.
#[derive(Default)]
pub struct Detail {
    pub heading: String,
    /// What kind of element it is ("factor", "argument", "period", ...).
    pub kind: Option<String>,
    pub notes: Vec<DetailNote>,
    /// Our explanation, in rich text.
    pub explanation: &'static str,
    /// The essay's supporting words.
    pub quote: Option<&'static str>,
    /// Walkthrough section or part to read more in.
    pub section: Option<&'static str>,
    /// The bibliography entry this element stands for.
    pub source: Option<&'static str>,
    /// Sources that back the element (timeline events).
    pub cites: Vec<&'static str>,
    /// Loops: the nodes the loop runs through, in order.
    pub path: Vec<String>,
    pub related: Vec<Related>,
}

/// The title of a walkthrough section or part, if the content has it.
fn section_title(lang: Lang, id: &str) -> Option<&'static str> {
    let loc = all().locale(lang);
    loc.sections.iter().find_map(|s| {
        if s.id == id {
            Some(s.title.as_str())
        } else {
            s.parts
                .iter()
                .find(|p| p.id == id)
                .map(|p| p.title.as_str())
        }
    })
}

#[component]
pub fn DetailPanel(detail: Detail, lang: Lang, on_close: Callback<()>) -> impl IntoView {
    let loc = all().locale(lang);
    let t = t_in(lang);
    let notes = detail
        .notes
        .iter()
        .map(|n| {
            let (class, text) = match n {
                DetailNote::Inferred => {
                    ("diagram-note diagram-note--inferred", t("diagram_inferred"))
                }
                DetailNote::Claimed => ("diagram-note diagram-note--claimed", t("diagram_claimed")),
                DetailNote::NotElaborated => (
                    "diagram-note diagram-note--unelaborated",
                    t("diagram_not_elaborated"),
                ),
                DetailNote::Delay => ("diagram-note diagram-note--delay", t("diagram_delay")),
            };
            view! { <li class=class>{text}</li> }
        })
        .collect_view();
    let source = detail.source.and_then(|id| all().source(id)).map(|s| {
        let used = loc.source_notes.get(&s.id).map(|note| {
            view! { <p class="diagram-where-used"><span class="diagram-field">{t("diagram_where_used")}</span>" "<Rich text=note.as_str()/></p> }
        });
        view! {
            <p class="diagram-reference"><span class="diagram-field">{t("diagram_reference")}</span>" "{s.reference(lang)}</p>
            {used}
            <p><a class="diagram-more" href=format!("#{}", ids::source_anchor(&s.id))>{t("diagram_to_bibliography")}</a></p>
        }
    });
    let cites = (!detail.cites.is_empty()).then(|| {
        let links = detail.cites.iter().map(|id| view! { " " <CitationLink id=*id label=""/> }).collect_view();
        view! { <p class="diagram-cites"><span class="diagram-field">{t("diagram_sources")}</span>{links}</p> }
    });
    let path = (!detail.path.is_empty()).then(|| {
        let steps = detail.path.iter().map(|p| view! { <li>{p.clone()}</li> }).collect_view();
        view! { <p class="diagram-field">{t("diagram_loop_nodes")}</p><ol class="diagram-loop-path">{steps}</ol> }
    });
    let related = (!detail.related.is_empty()).then(|| {
        let items = detail
            .related
            .into_iter()
            .map(|r| {
                let pick = r.pick;
                view! { <li><button type="button" class="diagram-related" on:click=move |_| pick.run(())>{r.text}</button></li> }
            })
            .collect_view();
        view! { <h4 class="diagram-field">{t("diagram_relations")}</h4><ul class="diagram-related-list">{items}</ul> }
    });
    let section = detail.section.map(|id| {
        let title = section_title(lang, id).map(|s| format!(": {s}")).unwrap_or_default();
        view! { <p><a class="diagram-more" href=format!("#{id}")>{t("diagram_to_section")}{title}</a></p> }
    });
    view! {
        <div class="diagram-detail-body">
            <div class="diagram-detail-head">
                <h3 class="diagram-detail-title">{detail.heading}</h3>
                <button type="button" class="diagram-close" on:click=move |_| on_close.run(())>{t("diagram_close")}</button>
            </div>
            {detail.kind.map(|k| view! { <p class="diagram-kind">{k}</p> })}
            <ul class="diagram-notes">{notes}</ul>
            <p class="diagram-explanation"><Rich text=detail.explanation/></p>
            {detail.quote.map(|q| view! { <QuoteBlock id=q/> })}
            {path}
            {source}
            {cites}
            {related}
            {section}
        </div>
    }
}

/// The panel's place beside the drawing: the detail of whatever `sel` holds
/// (built by `detail_of`), or a prompt to choose something. Closing (its
/// button, or Escape in it) returns focus to the element.
#[component]
pub fn DetailSlot(
    sel: Selection,
    lang: Lang,
    detail_of: impl Fn(&str) -> Option<Detail> + Send + Sync + 'static,
) -> impl IntoView {
    let content = move || {
        let chosen = sel.selected.get();
        untrack(|| match chosen.as_deref().and_then(&detail_of) {
            Some(detail) => {
                let close = Callback::new(move |_| {
                    sel.close();
                });
                view! { <DetailPanel detail=detail lang=lang on_close=close/> }.into_any()
            }
            None => view! { <p class="diagram-empty">{t(lang, "diagram_choose")}</p> }.into_any(),
        })
    };
    view! {
        <div
            class="diagram-detail"
            class:open=move || sel.selected.with(Option::is_some)
            id=format!("{}-detail", sel.diagram)
            on:keydown=sel.on_escape()
        >
            {content}
        </div>
    }
}
