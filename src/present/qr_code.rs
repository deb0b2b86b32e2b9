//! A QR code of a slide's reading-mode link, drawn as one SVG path (see
//! [`crate::qr`]), with the link written beside it.

use leptos::prelude::*;

use crate::present::DeckState;
use crate::qr;
use crate::state::use_app;

/// The QR code of slide `index`'s link in reading mode.
#[component]
pub fn QrCode(index: usize) -> impl IntoView {
    let deck = expect_context::<DeckState>();
    let link = Memo::new(move |_| deck.reading_link(index));
    view! { <QrSvg url=link/> }
}

/// A QR code of `url`, with the address as its accessible name and caption.
#[component]
pub fn QrSvg(#[prop(into)] url: Signal<String>) -> impl IntoView {
    let state = use_app();
    move || {
        let url = url.get();
        let code = qr::qr_svg(&url)?;
        let view_box = format!("0 0 {0} {0}", code.size);
        let label = format!("{}: {url}", state.t("present_qr_label"));
        Some(view! {
            <figure class="qr">
                <svg class="qr-code" role="img" aria-label=label viewBox=view_box
                    shape-rendering="crispEdges" xmlns="http://www.w3.org/2000/svg">
                    <path d=code.path fill="#000"/>
                </svg>
                <figcaption class="qr-url">{url}</figcaption>
            </figure>
        })
    }
}
