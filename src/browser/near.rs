//! Parts of the prerendered page the reading app renders only when the
//! reader comes near them ([`render_when_near`]): a phone that opens the
//! page at its top does the work of its top, not of every diagram below.

use std::cell::{Cell, RefCell};
use std::collections::VecDeque;
use std::rc::Rc;

use leptos::prelude::{document, set_timeout, window};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

use super::takeover::{held_press, held_press_at};

/// How near the view, in CSS pixels, a part is rendered: as near as the
/// loader starts the app for a diagram (web/loader-start.js).
pub const NEAR: f64 = 600.0;
/// [`NEAR`] as the observer's margin above and below the view.
const MARGIN: &str = "600px 0px";

/// Whether `el` has the focus, or a press the loader holds for the app
/// (`data-pending-click`) in it.
pub fn holds_reader(el: &web_sys::Element) -> bool {
    let focused = document()
        .active_element()
        .is_some_and(|a| el.contains(Some(&a)));
    focused || held_press(el).is_some()
}

/// What the observer watches for a part: the part, or the `<details>` it is
/// in (the simulator's symbols, in "How this model works"), which, closed,
/// lays out none of its content; the same element whether the reader has
/// opened it or not.
fn observed(el: &web_sys::Element) -> web_sys::Element {
    el.closest("details")
        .ok()
        .flatten()
        .unwrap_or_else(|| el.clone())
}

/// The parts not rendered yet, and how they come to be.
struct Lazy<P, R> {
    /// Not rendered yet, and not due.
    waiting: RefCell<Vec<(web_sys::Element, P)>>,
    /// To be rendered, one per task, in this order.
    due: RefCell<VecDeque<(web_sys::Element, P)>>,
    /// A task to render the next one is set.
    scheduled: Cell<bool>,
    /// A pointer is down: no part is replaced until it is released.
    pointer_down: Cell<bool>,
    observer: RefCell<Option<web_sys::IntersectionObserver>>,
    render: R,
}

impl<P: Copy + 'static, R: Fn(&web_sys::Element, P) + 'static> Lazy<P, R> {
    /// Takes the part whose element is, or holds, `target` out of the waiting
    /// (or the due) ones.
    fn take(&self, target: &web_sys::Node) -> Option<(web_sys::Element, P)> {
        let holds = |(el, _): &(web_sys::Element, P)| {
            el.contains(Some(target)) || observed(el).is_same_node(Some(target))
        };
        let mut waiting = self.waiting.borrow_mut();
        if let Some(i) = waiting.iter().position(holds) {
            return Some(waiting.remove(i));
        }
        let mut due = self.due.borrow_mut();
        due.iter().position(holds).and_then(|i| due.remove(i))
    }

    /// Makes the part of `target` due: first, or after those due already.
    fn make_due(self: &Rc<Self>, target: &web_sys::Node, first: bool) {
        let Some(part) = self.take(target) else {
            return;
        };
        if first {
            self.due.borrow_mut().push_front(part);
        } else {
            self.due.borrow_mut().push_back(part);
        }
        self.schedule();
    }

    /// Renders the next part due in a task of its own.
    fn schedule(self: &Rc<Self>) {
        if self.scheduled.get() || self.due.borrow().is_empty() {
            return;
        }
        self.scheduled.set(true);
        let lazy = self.clone();
        set_timeout(move || lazy.next(), std::time::Duration::ZERO);
    }

    fn next(self: &Rc<Self>) {
        self.scheduled.set(false);
        if self.pointer_down.get() {
            return; // the release schedules it again
        }
        let Some((el, part)) = self.due.borrow_mut().pop_front() else {
            return;
        };
        self.render(&el, part);
        self.schedule();
    }

    fn render(&self, el: &web_sys::Element, part: P) {
        if let Some(o) = self.observer.borrow().as_ref() {
            let watched = observed(el);
            let shared =
                |(other, _): &(web_sys::Element, P)| observed(other).is_same_node(Some(&watched));
            if !self.waiting.borrow().iter().any(shared) && !self.due.borrow().iter().any(shared) {
                o.unobserve(&watched);
            }
        }
        (self.render)(el, part);
        if self.waiting.borrow().is_empty() && self.due.borrow().is_empty() {
            if let Some(o) = self.observer.borrow_mut().take() {
                o.disconnect();
            }
        }
    }
}

/// Renders each of `parts` once (`render`), one per task: when the reader
/// comes within [`NEAR`] of it, when a press in it is held for the app
/// (web/loader-start.js holds a press in a part not rendered yet, and
/// `replace_part` does it again), right after the focus moves into it, and
/// all of them before the page is printed. Not while a pointer is down: a
/// part replaced between the press and the release of a click would lose
/// the click.
pub fn render_when_near<P: Copy + 'static>(
    parts: Vec<(web_sys::Element, P)>,
    render: impl Fn(&web_sys::Element, P) + 'static,
) {
    if parts.is_empty() {
        return;
    }
    let lazy = Rc::new(Lazy {
        waiting: RefCell::new(parts),
        due: RefCell::default(),
        scheduled: Cell::new(false),
        pointer_down: Cell::new(false),
        observer: RefCell::default(),
        render,
    });

    let near = lazy.clone();
    let on_near = Closure::<dyn FnMut(js_sys::Array)>::new(move |entries: js_sys::Array| {
        for entry in entries
            .iter()
            .filter_map(|e| e.dyn_into::<web_sys::IntersectionObserverEntry>().ok())
        {
            if entry.is_intersecting() {
                near.make_due(&entry.target(), false);
            }
        }
    });
    let init = web_sys::IntersectionObserverInit::new();
    init.set_root_margin(MARGIN);
    match web_sys::IntersectionObserver::new_with_options(on_near.as_ref().unchecked_ref(), &init) {
        Ok(o) => {
            for (el, _) in lazy.waiting.borrow().iter() {
                o.observe(&observed(el));
            }
            *lazy.observer.borrow_mut() = Some(o);
        }
        // No observer: all of them, one per task.
        Err(_) => {
            let all: Vec<_> = lazy.waiting.borrow_mut().drain(..).collect();
            lazy.due.borrow_mut().extend(all);
            lazy.schedule();
        }
    }
    on_near.forget();

    // One listener on the window for what the reader does:
    // - the focus moved into a part not rendered yet (Tab reached it, or a
    //   script moved it there): that part right after this event (rendering
    //   moves the focus, which would call this listener from within) and
    //   before the next, so the next key finds it; the focus goes where Tab
    //   would have (`replace_part`). By a pointer: once it is released;
    // - a press held for the app in a part not rendered yet: that part first;
    // - a pointer down and up again;
    // - printing: every part in the state of the page, at once.
    let on_event = Closure::<dyn FnMut(web_sys::Event)>::new(move |e: web_sys::Event| {
        let target = e
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok());
        match (e.type_().as_str(), target) {
            ("focusin", Some(target)) if lazy.pointer_down.get() => lazy.make_due(&target, true),
            ("focusin", Some(target)) => {
                if let Some((el, part)) = lazy.take(&target) {
                    let lazy = lazy.clone();
                    wasm_bindgen_futures::spawn_local(async move { lazy.render(&el, part) });
                }
            }
            ("click", Some(target)) => {
                if let Some(held) = held_press_at(&target) {
                    lazy.make_due(&held, true);
                }
            }
            ("pointerdown", _) => lazy.pointer_down.set(true),
            ("pointerup" | "pointercancel", _) => {
                lazy.pointer_down.set(false);
                lazy.schedule();
            }
            ("beforeprint", _) => {
                let mut all: Vec<_> = lazy.due.borrow_mut().drain(..).collect();
                all.append(&mut lazy.waiting.borrow_mut());
                for (el, part) in all {
                    lazy.render(&el, part);
                }
            }
            _ => {}
        }
    });
    for kind in [
        "focusin",
        "click",
        "pointerdown",
        "pointerup",
        "pointercancel",
        "beforeprint",
    ] {
        let _ = window().add_event_listener_with_callback(kind, on_event.as_ref().unchecked_ref());
    }
    on_event.forget();
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_margin_is_near() {
        assert_eq!(super::MARGIN, format!("{}px 0px", super::NEAR));
    }
}
