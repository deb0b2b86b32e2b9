//! Keeping a diagram on a slide scaled to fit it.

use wasm_bindgen::JsCast;

/// Keeps `el` scaled to fit its parent (`scale_to_fit`) whenever either of
/// them changes size: when it is first laid out, when fonts or content
/// arrive, when the window or the slide changes. A ResizeObserver reports
/// after layout and before paint, so no unscaled frame is shown. The
/// scaling is a transform, which leaves the observed sizes alone (no loop).
/// Observing stops when the returned guard is dropped.
pub fn keep_fitted(el: &web_sys::HtmlElement) -> Option<FitGuard> {
    use wasm_bindgen::closure::Closure;
    let target = el.clone();
    let callback = Closure::<dyn Fn()>::new(move || scale_to_fit(&target));
    let observer = web_sys::ResizeObserver::new(callback.as_ref().unchecked_ref()).ok()?;
    observer.observe(el);
    if let Some(parent) = el.parent_element() {
        observer.observe(&parent);
    }
    Some(FitGuard { observer, _callback: callback })
}

/// See `keep_fitted`.
pub struct FitGuard {
    observer: web_sys::ResizeObserver,
    _callback: wasm_bindgen::closure::Closure<dyn Fn()>,
}

impl Drop for FitGuard {
    fn drop(&mut self) {
        self.observer.disconnect();
    }
}

/// Scales an absolutely placed element (a diagram on a slide) so that it
/// fits its parent, centred: CSSOM, which the CSP allows.
fn scale_to_fit(el: &web_sys::HtmlElement) {
    let Some(parent) = el.parent_element() else { return };
    let (pw, ph) = (f64::from(parent.client_width()), f64::from(parent.client_height()));
    let (w, h) = (f64::from(el.offset_width()), f64::from(el.offset_height()));
    if w <= 0.0 || h <= 0.0 || pw <= 0.0 || ph <= 0.0 {
        return;
    }
    let s = (pw / w).min(ph / h).clamp(0.05, 1.5);
    let dy = ((ph - h * s) / 2.0).max(0.0);
    let _ = el.style().set_property("transform", &format!("translate(-50%, {dy:.1}px) scale({s:.4})"));
}
