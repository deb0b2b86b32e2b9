//! Scrolling, focus and the reader's motion preference.

use leptos::prelude::{document, window};
use wasm_bindgen::JsCast;

/// Scrolls an element into view (instantly under reduced motion).
pub fn scroll_to(id: &str) -> bool {
    scroll_with(id, prefers_reduced_motion())
}

/// Puts an element at the top of the view at once, without animation (to
/// keep the reader's place when the page is re-rendered).
pub fn jump_to(id: &str) -> bool {
    scroll_with(id, true)
}

fn scroll_with(id: &str, instant: bool) -> bool {
    let Some(el) = document().get_element_by_id(id) else {
        return false;
    };
    let opts = web_sys::ScrollIntoViewOptions::new();
    opts.set_block(web_sys::ScrollLogicalPosition::Start);
    if instant {
        opts.set_behavior(web_sys::ScrollBehavior::Instant);
    }
    el.scroll_into_view_with_scroll_into_view_options(&opts);
    true
}

pub fn prefers_reduced_motion() -> bool {
    window()
        .match_media("(prefers-reduced-motion: reduce)")
        .ok()
        .flatten()
        .is_some_and(|m| m.matches())
}

/// Reading progress (0..=1) and the id of the last of `ids` whose top has
/// passed a third of the viewport.
pub fn scroll_position(ids: &[&str]) -> (f64, Option<String>) {
    let w = window();
    let y = w.scroll_y().unwrap_or(0.0);
    let view = w
        .inner_height()
        .ok()
        .and_then(|v| v.as_f64())
        .unwrap_or(800.0);
    let total = document()
        .document_element()
        .map(|e| e.scroll_height() as f64)
        .unwrap_or(0.0);
    let progress = if total > view {
        (y / (total - view)).clamp(0.0, 1.0)
    } else {
        1.0
    };
    let mut current = None;
    for id in ids {
        if let Some(el) = document().get_element_by_id(id) {
            if el.get_bounding_client_rect().top() < view / 3.0 {
                current = Some(id.to_string());
            }
        }
    }
    (progress, current)
}

/// Selects the text of an input or textarea (the copy fallback).
pub fn select_text(id: &str) {
    if let Some(el) = document().get_element_by_id(id) {
        if let Ok(input) = el.clone().dyn_into::<web_sys::HtmlInputElement>() {
            let _ = input.focus();
            input.select();
        } else if let Ok(area) = el.dyn_into::<web_sys::HtmlTextAreaElement>() {
            let _ = area.focus();
            area.select();
        }
    }
}

/// Moves keyboard focus to an element by id: an HTML element or an SVG one
/// (a diagram's part).
pub fn focus(id: &str) {
    let Some(el) = document().get_element_by_id(id) else {
        return;
    };
    if let Some(h) = el.dyn_ref::<web_sys::HtmlElement>() {
        let _ = h.focus();
    } else if let Some(s) = el.dyn_ref::<web_sys::SvgElement>() {
        let _ = s.focus();
    }
}

/// How far `el` is from the part of the page in view, in CSS pixels (0 when
/// any of it is in view).
pub fn distance_from_view(el: &web_sys::Element) -> f64 {
    let rect = el.get_bounding_client_rect();
    let height = window()
        .inner_height()
        .ok()
        .and_then(|h| h.as_f64())
        .unwrap_or(0.0);
    if rect.bottom() < 0.0 {
        -rect.bottom()
    } else {
        (rect.top() - height).max(0.0)
    }
}
