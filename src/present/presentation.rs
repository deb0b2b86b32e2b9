//! The projector's window: one slide filling the screen, a bar with the
//! slide counter, a progress bar and a few buttons, the QR code overlay and
//! the shortcuts dialog.

use leptos::prelude::*;

use crate::browser;
use crate::present::qr_code::QrCode;
use crate::present::shortcuts::ShortcutsDialog;
use crate::present::slides::SlideView;
use crate::present::{swipe_handlers, DeckState};

#[component]
pub fn PresentationView() -> impl IntoView {
    let deck = DeckState::new(false);
    provide_context(deck);
    deck.wire();
    view! { <Presentation/> }
}

#[component]
fn Presentation() -> impl IntoView {
    let deck = expect_context::<DeckState>();
    let app = deck.app;
    let t = move |k: &'static str| app.t(k);
    let (on_start, on_end) = swipe_handlers(deck);
    let slide = move || {
        let i = deck.index.get();
        let total = deck.len();
        deck.slide(i)
            .map(|s| view! { <SlideView slide=s index=i total=total/> })
    };
    view! {
        <div class="present" on:touchstart=on_start on:touchend=on_end>
            <main id="inhoud" class="stage" aria-live="off">{slide}</main>
            <Show when=move || deck.qr_open.get()>
                <div class="qr-overlay" role="region" aria-label=move || t("present_qr_label")>
                    {move || view! { <QrCode index=deck.index.get()/> }}
                    <button type="button" class="button" on:click=move |_| deck.set_qr(false, true)>{t("present_close")}</button>
                </div>
            </Show>
            <footer class="present-bar">
                <button type="button" class="icon-button" on:click=move |_| deck.step(-1)
                    aria-label=move || t("present_prev") disabled=move || deck.index.get() == 0>"←"</button>
                <span class="slide-counter">{move || format!("{} / {}", deck.index.get() + 1, deck.len())}</span>
                <progress class="present-progress" max=move || deck.len() value=move || deck.index.get() + 1
                    aria-label=move || t("present_progress")></progress>
                <button type="button" class="icon-button" on:click=move |_| deck.step(1)
                    aria-label=move || t("present_next") disabled=move || { deck.index.get() + 1 >= deck.len() }>"→"</button>
                <span class="present-tools">
                    <button type="button" class="icon-button" on:click=|_| browser::toggle_fullscreen()
                        aria-label=move || t("present_fullscreen") title=move || t("present_fullscreen")>
                        <svg class="icon" viewBox="0 0 24 24" width="18" height="18" aria-hidden="true">
                            <path d="M4 9V4h5M15 4h5v5M20 15v5h-5M9 20H4v-5" fill="none" stroke="currentColor" stroke-width="2.2"/>
                        </svg>
                    </button>
                    <button type="button" class="icon-button" on:click=move |_| deck.open_presenter()
                        title=move || t("present_open_presenter")>{move || t("present_presenter_short")}</button>
                    <button type="button" class="icon-button" on:click=move |_| deck.set_qr(!deck.qr_open.get_untracked(), true)
                        aria-label=move || t("present_qr_toggle") title=move || t("present_qr_toggle")>"QR"</button>
                    <button type="button" class="icon-button" on:click=move |_| deck.shortcuts_open.set(true)
                        aria-label=move || t("present_shortcuts") title=move || t("present_shortcuts")>"?"</button>
                    <button type="button" class="icon-button" on:click=move |_| deck.to_reading()
                        title=move || t("present_exit")>{move || t("present_exit_short")}</button>
                </span>
            </footer>
            <ShortcutsDialog/>
        </div>
    }
}
