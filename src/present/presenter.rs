//! The presenter's window (`?present&presenter`): the current and the next
//! slide, speaker notes, the discussion questions, a timer, the QR code of
//! the current slide, and the handout to print. Follows the projector's
//! window and drives it.

use std::time::Duration;

use leptos::prelude::*;

use crate::article::intro::Intro;
use crate::article::section::SectionView;
use crate::browser;
use crate::deck::format_elapsed;
use crate::present::qr_code::QrCode;
use crate::present::shortcuts::ShortcutsDialog;
use crate::present::slides::{SlideRich, SlideView};
use crate::present::{swipe_handlers, DeckState};

#[component]
pub fn PresenterView() -> impl IntoView {
    let deck = DeckState::new(true);
    provide_context(deck);
    deck.wire();
    view! { <Presenter/> }
}

#[component]
fn Presenter() -> impl IntoView {
    let deck = expect_context::<DeckState>();
    let app = deck.app;
    let t = move |k: &'static str| app.t(k);
    let (on_start, on_end) = swipe_handlers(deck);
    let current = move || {
        let i = deck.index.get();
        deck.slide(i)
            .map(|s| view! { <SlideView slide=s index=i total=deck.len()/> })
    };
    let next = move || {
        let i = deck.index.get() + 1;
        match deck.slide(i) {
            Some(s) => view! { <div class="slide-frame"><SlideView slide=s index=i total=deck.len()/></div> }.into_any(),
            None => view! { <p class="presenter-empty">{t("present_end_of_deck")}</p> }.into_any(),
        }
    };
    // What the slide leaves out: the full summary (or a part's body), the
    // teacher's notes, the discussion questions and the context.
    let notes = move || {
        let loc = app.locale();
        let slide = deck.slide(deck.index.get())?;
        Some(crate::deck::notes(loc, &slide))
    };
    let paragraphs = |texts: &'static [String]| {
        texts
            .iter()
            .map(|p| view! { <p><SlideRich text=p.as_str()/></p> })
            .collect_view()
    };
    let summary = move || match notes().filter(|n| !n.summary.is_empty()) {
        Some(n) => {
            view! { <div class="presenter-summary">{paragraphs(n.summary)}</div> }.into_any()
        }
        None => view! { <p class="presenter-empty">{t("present_no_notes")}</p> }.into_any(),
    };
    let teacher = move || {
        notes().filter(|n| !n.notes.is_empty()).map(|n| {
            view! {
                <h2>{t("present_notes")}</h2>
                <ul class="presenter-notes">{n.notes.iter().map(|x| view! { <li><SlideRich text=x.as_str()/></li> }).collect_view()}</ul>
            }
        })
    };
    let questions = move || {
        match notes().filter(|n| !n.questions.is_empty()) {
        Some(n) => view! {
            <ol class="presenter-questions">{n.questions.iter().map(|q| view! { <li><SlideRich text=q.as_str()/></li> }).collect_view()}</ol>
        }
        .into_any(),
        None => view! { <p class="presenter-empty">{t("present_no_questions")}</p> }.into_any(),
    }
    };
    let context = move || {
        notes().filter(|n| !n.context.is_empty()).map(|n| {
            view! {
                <h2>{t("present_context")}</h2>
                <div class="presenter-context">
                    {n.context.iter().map(|a| view! {
                        <details><summary>{a.title.as_str()}</summary>{paragraphs(&a.body)}</details>
                    }).collect_view()}
                </div>
            }
        })
    };
    view! {
        <div class="presenter" on:touchstart=on_start on:touchend=on_end>
            <header class="presenter-bar">
                <h1 class="presenter-title">{move || t("present_presenter_title")}</h1>
                <span class="slide-counter">{move || format!("{} / {}", deck.index.get() + 1, deck.len())}</span>
                <progress class="present-progress" max=move || deck.len() value=move || deck.index.get() + 1
                    aria-label=move || t("present_progress")></progress>
                <Timer/>
                <span class="presenter-buttons">
                    <button type="button" class="button" on:click=move |_| deck.step(-1)
                        disabled=move || deck.index.get() == 0>{move || t("present_prev")}</button>
                    <button type="button" class="button primary" on:click=move |_| deck.step(1)
                        disabled=move || { deck.index.get() + 1 >= deck.len() }>{move || t("present_next")}</button>
                    <button type="button" class="button presenter-qr-button" aria-pressed=move || deck.qr_open.get().to_string()
                        title=move || t("present_qr_toggle")
                        on:click=move |_| deck.set_qr(!deck.qr_open.get_untracked(), true)>{move || t("present_qr_button")}</button>
                    <button type="button" class="button print-button" on:click=|_| browser::print()>{move || t("present_print")}</button>
                    <button type="button" class="button" on:click=move |_| deck.shortcuts_open.set(true)>"?"</button>
                </span>
            </header>
            <main id="inhoud" class="presenter-main">
                <section class="presenter-current" aria-label=move || t("present_current")>
                    <div class="slide-frame">{current}</div>
                    <Show when=move || deck.qr_open.get()>
                        <div class="presenter-qr">{move || view! { <QrCode index=deck.index.get()/> }}</div>
                    </Show>
                </section>
                <aside class="presenter-side">
                    <h2>{move || t("present_up_next")}</h2>
                    <div class="presenter-next">{next}</div>
                    <h2>{move || t("present_summary")}</h2>
                    {summary}
                    <h2>{move || t("present_questions")}</h2>
                    {questions}
                    {teacher}
                    {context}
                </aside>
            </main>
            <ShortcutsDialog/>
            <div class="print-only handout">
                {move || {
                    let loc = app.locale();
                    view! {
                        <Intro/>
                        {loc.sections.iter().map(|s| view! { <SectionView section=s/> }).collect_view()}
                    }
                }}
            </div>
        </div>
    }
}

/// Elapsed time with start/pause and reset.
#[component]
fn Timer() -> impl IntoView {
    let deck = expect_context::<DeckState>();
    let app = deck.app;
    let t = move |k: &'static str| app.t(k);
    // Time counted before the last start, the last start, and the clock.
    let banked = RwSignal::new(0.0_f64);
    let started = RwSignal::new(None::<f64>);
    let now = RwSignal::new(0.0_f64);
    Effect::new(move |_| {
        if let Ok(h) = set_interval_with_handle(
            move || now.set(browser::now_ms()),
            Duration::from_millis(250),
        ) {
            on_cleanup(move || h.clear());
        }
    });
    let elapsed = move || {
        banked.get()
            + started
                .get()
                .map(|s| (now.get() - s).max(0.0))
                .unwrap_or(0.0)
    };
    let toggle = move |_| {
        let t_now = browser::now_ms();
        now.set(t_now);
        match started.get_untracked() {
            Some(s) => {
                banked.update(|b| *b += t_now - s);
                started.set(None);
            }
            None => started.set(Some(t_now)),
        }
    };
    let reset = move |_| {
        let t_now = browser::now_ms();
        now.set(t_now);
        banked.set(0.0);
        if started.get_untracked().is_some() {
            started.set(Some(t_now));
        }
    };
    view! {
        <span class="timer" role="group" aria-label=move || t("present_timer")>
            <span class="timer-time" role="timer" aria-live="off">{move || format_elapsed(elapsed())}</span>
            <button type="button" class="button timer-toggle" on:click=toggle aria-pressed=move || started.get().is_some().to_string()>
                {move || if started.get().is_some() { t("present_timer_pause") } else { t("present_timer_start") }}
            </button>
            <button type="button" class="button timer-reset" on:click=reset>{move || t("present_timer_reset")}</button>
        </span>
    }
}
