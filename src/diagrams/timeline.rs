//! The timeline (`#tijdlijn`, placed in the section "Opbouwwerk undercover"):
//! dated events from the content on an SVG axis, periods as bars, each
//! selectable like a diagram node (arrow keys move along the line), with a
//! detail that cites the event's sources.

use leptos::{ev, prelude::*};

use crate::content::{rich, DiagramText, Lang};
use crate::decimal::{coord, tenths};
use crate::diagrams::detail::{Detail, DetailSlot, NO_TEXT};
use crate::diagrams::selection::{Selection, TabStop};
use crate::state::{all, t_in, use_app};

/// Its public id.
pub const ID: &str = "tijdlijn";
const WIDTH: f32 = 800.0;
const MARGIN: f32 = 30.0;
/// Height of one event's row.
const ROW_H: f32 = 38.0;
const TOP: f32 = 34.0;
const FONT: f32 = 15.0;
/// Estimated width of one character of a label at [`FONT`].
const CHAR_W: f32 = 8.0;

/// One event as the timeline draws it.
#[derive(Clone)]
pub struct TimelineItem {
    pub id: &'static str,
    pub year: u16,
    pub end_year: Option<u16>,
    /// Source ids that date the event.
    pub sources: Vec<&'static str>,
    /// Dutch and English label and explanation.
    pub nl: &'static DiagramText,
    pub en: &'static DiagramText,
}

impl TimelineItem {
    fn text(&self, lang: Lang) -> &'static DiagramText {
        match lang {
            Lang::Nl => self.nl,
            Lang::En => self.en,
        }
    }

    /// "2015" or "1970–1990".
    pub fn years(&self) -> String {
        match self.end_year {
            Some(end) if end != self.year => format!("{}–{end}", self.year),
            _ => self.year.to_string(),
        }
    }

    fn period(&self) -> bool {
        self.end_year.is_some_and(|e| e != self.year)
    }
}

/// The events of the content.
pub fn content_items() -> Vec<TimelineItem> {
    let c = all();
    c.shared
        .timeline
        .iter()
        .map(|e| TimelineItem {
            id: e.id.as_str(),
            year: e.year,
            end_year: e.end_year,
            sources: e.sources.iter().map(String::as_str).collect(),
            nl: c.nl.timeline_text.get(&e.id).unwrap_or(&NO_TEXT),
            en: c.en.timeline_text.get(&e.id).unwrap_or(&NO_TEXT),
        })
        .collect()
}

/// Where each item goes: start and end x, its row's y, and where its label
/// sits; plus the axis range and the drawing's height. One row per event, in
/// date order, so labels never collide and the drawing reads top to bottom.
struct Layout {
    xs: Vec<(f32, f32)>,
    ys: Vec<f32>,
    /// Label x, y and text anchor.
    labels: Vec<(f32, f32, &'static str)>,
    lo: u16,
    hi: u16,
    axis_y: f32,
    height: f32,
}

fn layout(items: &[TimelineItem], lang: Lang) -> Layout {
    let min = items.iter().map(|i| i.year).min().unwrap_or(2000);
    let max = items
        .iter()
        .map(|i| i.end_year.unwrap_or(i.year).max(i.year))
        .max()
        .unwrap_or(2020);
    let lo = (min.saturating_sub(1) / 5) * 5;
    let hi = (max + 1).div_ceil(5) * 5;
    let x =
        |year: u16| MARGIN + (year - lo) as f32 / (hi - lo).max(1) as f32 * (WIDTH - 2.0 * MARGIN);
    let xs: Vec<(f32, f32)> = items
        .iter()
        .map(|i| (x(i.year), x(i.end_year.unwrap_or(i.year).max(i.year))))
        .collect();
    let (mut ys, mut labels) = (Vec::new(), Vec::new());
    let mut y = TOP - ROW_H;
    for (item, &(a, b)) in items.iter().zip(&xs) {
        let w = label_text(item, lang).chars().count() as f32 * CHAR_W;
        // Right of the mark if it fits, else left of it, else above it.
        let (label, above) = if b + 14.0 + w <= WIDTH - 4.0 {
            ((b + 14.0, 0.0, "start"), false)
        } else if a - 14.0 - w >= 4.0 {
            ((a - 14.0, 0.0, "end"), false)
        } else {
            (
                (a.max(4.0).min((WIDTH - 4.0 - w).max(4.0)), -20.0, "start"),
                true,
            )
        };
        y += ROW_H + if above { 20.0 } else { 0.0 };
        ys.push(y);
        labels.push((label.0, y + label.1, label.2));
    }
    let axis_y = y + ROW_H;
    Layout {
        xs,
        ys,
        labels,
        lo,
        hi,
        axis_y,
        height: axis_y + 40.0,
    }
}

/// "period" or "event", in a language.
fn kind_text(item: &TimelineItem, lang: Lang) -> String {
    let t = t_in(lang);
    if item.period() {
        t("diagram_timeline_period")
    } else {
        t("diagram_timeline_point")
    }
}

fn label_text(item: &TimelineItem, lang: Lang) -> String {
    let label = &item.text(lang).label;
    if label.is_empty() {
        format!("{}: {}", item.years(), item.id)
    } else {
        format!("{}: {label}", item.years())
    }
}

/// The timeline of the content's dated events. No props.
#[component]
pub fn Timeline() -> impl IntoView {
    view! { <TimelineChart items=content_items()/> }
}

/// A timeline of the given events (the content's, or a test's), drawn and
/// walked through in date order.
#[component]
pub fn TimelineChart(mut items: Vec<TimelineItem>) -> impl IntoView {
    items.sort_by_key(|i| (i.year, i.end_year));
    let state = use_app();
    let sel = Selection::new(ID, items.iter().map(|i| i.id.to_string()).collect());
    let scripted = state.scripted;
    let lang = Memo::new(move |_| state.lang());
    // The events are one tab stop; the arrow keys move between them.
    let stop = TabStop::new(items.first().map(|it| it.id));
    // Owned by this view (dropped with it), shared by its handlers.
    let items = StoredValue::new(items);
    let title_id = format!("{ID}-title");

    let drawing = move || {
        let lang = lang.get();
        untrack(|| {
            let t = t_in(lang);
            let choose = move |i: usize| {
                let Some((id, announcement)) = items.with_value(|v| {
                    let item = v.get(i)?;
                    Some((
                        item.id,
                        format!(
                            "{}: {}",
                            label_text(item, lang),
                            rich::plain(&item.text(lang).explanation)
                        ),
                    ))
                }) else {
                    return;
                };
                sel.toggle(id, announcement);
            };
            let body = items.with_value(|list| if list.is_empty() {
                view! { <p class="diagram-empty">{t("diagram_timeline_empty")}</p> }.into_any()
            } else {
                let l = layout(list, lang);
                let ticks = {
                    let step = if l.hi - l.lo <= 40 { 5 } else { 10 };
                    let x = |year: u16| MARGIN + (year - l.lo) as f32 / (l.hi - l.lo).max(1) as f32 * (WIDTH - 2.0 * MARGIN);
                    (l.lo..=l.hi)
                        .step_by(step)
                        .map(|year| {
                            let tx = x(year);
                            view! {
                                <path class="timeline-tick" d=format!("M{0},{1} L{0},{2}", tenths(tx), tenths(l.axis_y), tenths(l.axis_y + 8.0))/>
                                <text class="timeline-year" x=coord(tx) y=coord(l.axis_y + 26.0) text-anchor="middle" font-size=coord(FONT)>
                                    {year.to_string()}
                                </text>
                            }
                        })
                        .collect_view()
                };
                let events = list
                    .iter()
                    .enumerate()
                    .map(|(i, item)| {
                        let (xa, xb) = l.xs[i];
                        let y = l.ys[i];
                        let id = item.id;
                        let aria = format!("{} ({})", label_text(item, lang), kind_text(item, lang));
                        let mark = if item.period() {
                            view! { <rect class="timeline-bar" x=coord(xa) y=coord(y - 7.0) width=coord((xb - xa).max(4.0)) height="14" rx="7"/> }.into_any()
                        } else {
                            view! { <circle class="timeline-dot" cx=coord(xa) cy=coord(y) r="8"/> }.into_any()
                        };
                        let focus_ring = view! {
                            <rect class="timeline-focus" x=coord(xa - 13.0) y=coord(y - 13.0) width=coord((xb - xa) + 26.0) height="26" rx="13"/>
                        };
                        let (tx, ty, anchor) = l.labels[i];
                        let n = list.len();
                        let keydown = move |e: ev::KeyboardEvent| {
                            let target = match e.key().as_str() {
                                "Enter" | " " => {
                                    e.prevent_default();
                                    choose(i);
                                    return;
                                }
                                "ArrowLeft" | "ArrowUp" => i.checked_sub(1),
                                "ArrowRight" | "ArrowDown" => (i + 1 < n).then_some(i + 1),
                                "Home" => Some(0),
                                "End" => Some(n - 1),
                                _ => return,
                            };
                            e.prevent_default();
                            if let Some(id) = target.and_then(|j| items.with_value(|v| v.get(j).map(|it| it.id))) {
                                sel.focus(id);
                            }
                        };
                        view! {
                            <g
                                class=if item.period() { "timeline-event timeline-event--period" } else { "timeline-event" }
                                class:selected=move || sel.is(id)
                                id=sel.dom_id(id)
                                tabindex=move || scripted.then(|| sel.selected.with(|s| stop.tabindex(id, s.as_deref())))
                                role=scripted.then_some("button")
                                aria-label=scripted.then_some(aria)
                                aria-pressed=move || scripted.then(|| sel.is(id).to_string())
                                on:focus=move |_| stop.focused(id)
                                on:click=move |_| choose(i)
                                on:keydown=keydown
                            >
                                <path class="timeline-guide" d=format!("M{0},{1} L{0},{2}", tenths(xa), tenths(y + 9.0), tenths(l.axis_y)) aria-hidden="true"/>
                                {focus_ring}
                                {mark}
                                <text class="timeline-label" x=coord(tx) y=coord(ty) dy="0.35em" text-anchor=anchor font-size=coord(FONT)>
                                    {label_text(item, lang)}
                                </text>
                            </g>
                        }
                    })
                    .collect_view();
                let list = list
                    .iter()
                    .map(|item| {
                        let text = item.text(lang);
                        let cites = item
                            .sources
                            .iter()
                            .filter_map(|s| all().source(s))
                            .map(|s| s.short.as_str())
                            .collect::<Vec<_>>()
                            .join("; ");
                        view! {
                            <li>
                                <strong>{label_text(item, lang)}</strong>". " {rich::plain(&text.explanation)}
                                " (" {t("diagram_sources")} " " {cites} ")"
                            </li>
                        }
                    })
                    .collect_view();
                let svg_title = title_id.clone();
                view! {
                    <div class="diagram-body">
                        <crate::diagrams::DiagramCanvas scripted=scripted title_id=title_id.clone()>
                            <svg
                                class="diagram-svg timeline-svg"
                                viewBox=format!("0 0 {} {}", tenths(WIDTH), tenths(l.height))
                                role="group"
                                aria-labelledby=svg_title
                            >
                                <path class="timeline-axis" d=format!("M{0},{1} L{2},{1}", tenths(MARGIN), tenths(l.axis_y), tenths(WIDTH - MARGIN))/>
                                {ticks}
                                {events}
                            </svg>
                        </crate::diagrams::DiagramCanvas>
                        <DetailSlot sel=sel lang=lang detail_of=move |id: &str| {
                            items.with_value(|v| {
                                let item = v.iter().find(|i| i.id == id)?;
                                Some(Detail {
                                    heading: label_text(item, lang),
                                    kind: Some(kind_text(item, lang)),
                                    explanation: item.text(lang).explanation.as_str(),
                                    cites: item.sources.clone(),
                                    ..Detail::default()
                                })
                            })
                        }/>
                    </div>
                    <details class="diagram-text">
                        <summary>{t("diagram_as_text")}</summary>
                        <ol>{list}</ol>
                    </details>
                }
                .into_any()
            });
            view! {
                <figcaption class="diagram-caption">
                    <div class="section-heading">
                        <h3 class="diagram-title" id=title_id.clone()>{t("diagram_timeline_label")}</h3>
                        <crate::widgets::copy_link::CopyLink target=ID/>
                    </div>
                    <p class="diagram-intro">{t("diagram_timeline_intro")}</p>
                    <p class="diagram-hint">{t("diagram_timeline_hint")}</p>
                </figcaption>
                {body}
            }
        })
    };
    view! {
        <figure id=ID class="diagram diagram--tijdlijn" aria-labelledby=format!("{ID}-title") on:keydown=sel.on_escape()>
            {drawing}
        </figure>
    }
}
