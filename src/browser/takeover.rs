//! Taking over the page rendered at build time, and the marker that says a page is that one.
//!
//! Two ways: the classroom app renders the whole page and removes the
//! prerendered one ([`WholeTakeover`]); the reading and embed app renders
//! only the parts that need it, each in place of its prerendered copy
//! ([`replace_part`], [`Takeover::finish_in_place`]), and the prose stays.

use leptos::prelude::{document, IntoView};
use leptos::tachys::view::{Mountable, Render};
use wasm_bindgen::JsCast;

/// The attribute on `<body>` of the page rendered at build time, until the
/// app has taken it over (`prerender::insert_body` sets it, the takeover
/// removes it, web/loader-start.js reads it).
pub const PRERENDERED: &str = "data-prerendered";

/// The attribute on `<body>` once an app has begun to take the page over:
/// the reading page has one app per part (`app::parts`), which start one
/// after another, and only the first finds the page as the browser left it.
const TAKEN: &str = "data-taken";

/// The attribute of the wrapper web/route.js streams a page into.
const STREAMED: &str = "data-stream";

/// Taking over the page rendered at build time (`scripts/post-build.mjs`),
/// part by part: the reading and embed app renders the parts that need it
/// in place ([`replace_part`]) and the prose stays.
pub struct Takeover {
    /// Where the prerendered page's elements are: `<body>`, or the wrapper
    /// web/route.js streamed the page into.
    root: Option<web_sys::Element>,
    /// Whether the page was the prerendered one (not a page without it, as
    /// in `trunk serve` before the first build or in the wasm tests).
    pub prerendered: bool,
    /// Whether this is the first app to take the page over (the others
    /// find it scrolled, focused and in the state the first has written).
    pub first: bool,
}

impl Takeover {
    /// Notes where the prerendered page is: call before rendering a part.
    pub fn begin() -> Self {
        let Some(body) = document().body() else {
            return Takeover {
                root: None,
                prerendered: false,
                first: true,
            };
        };
        // A page web/route.js streamed in sits in a wrapper (laid out as if
        // it were not there): positions count from inside it.
        let root = body
            .first_element_child()
            .filter(|el| el.has_attribute(STREAMED))
            .unwrap_or_else(|| body.clone().into());
        let first = !body.has_attribute(TAKEN);
        let _ = body.set_attribute(TAKEN, "");
        Takeover {
            root: Some(root),
            prerendered: body.has_attribute(PRERENDERED),
            first,
        }
    }

    /// The prerendered page's elements that match a CSS selector, in
    /// document order: the parts to render in place.
    pub fn find(&self, selector: &str) -> Vec<web_sys::Element> {
        let Some(list) = self
            .root
            .as_ref()
            .and_then(|root| root.query_selector_all(selector).ok())
        else {
            return Vec::new();
        };
        (0..list.length())
            .filter_map(|i| list.item(i)?.dyn_into().ok())
            .collect()
    }

    /// Renders `view` at the end of the prerendered page (after its last
    /// element), inside the app's reactive owner as [`replace_part`].
    pub fn append_part(&self, view: impl IntoView) {
        if let Some(root) = &self.root {
            mount_for_good(view, root, None);
        }
    }

    /// Ends a takeover in place: the prerendered page stays, with the parts
    /// [`replace_part`] has rendered again (each of which has done again
    /// what the reader did in it before it was rendered). A press the
    /// loader held for `app` (web/loader-start.js) that no part of it has
    /// done again is let go; those held for the page's other apps stay.
    pub fn finish_in_place(self, app: &str) {
        let Some(body) = document().body() else {
            return;
        };
        let _ = body.remove_attribute(PRERENDERED);
        for el in self.find(&format!("[{PENDING_CLICK}=\"{app}\"]")) {
            let _ = el.remove_attribute(PENDING_CLICK);
        }
        if let Some(root) = document().document_element() {
            let _ = root.set_attribute(&format!("{READY}{app}"), "started");
        }
    }
}

/// Taking over the page rendered at build time as a whole: the classroom
/// app is mounted after the prerendered nodes and, in the same task (so the
/// browser never paints the two together), those nodes are removed; the
/// reader sees no change, and keeps their scroll position and focus.
#[cfg(feature = "classroom")]
pub struct WholeTakeover {
    old: Vec<web_sys::Node>,
    scroll: (f64, f64),
    focus: Option<Vec<u32>>,
    /// Whether the page was the prerendered one ([`Takeover::prerendered`]).
    pub prerendered: bool,
    /// Whether this is the first app to take the page over ([`Takeover::first`]).
    pub first: bool,
    /// A control pressed before the app was there (marked by the loader,
    /// web/loader-start.js): the app presses it again.
    pressed: Option<Vec<u32>>,
    /// A control the reader is pressing as the app takes over (the pointer
    /// still down): a click where they let go on its new copy.
    pressing: Option<Vec<u32>>,
    /// A key of the slides pressed before the app was there (the loader's
    /// `data-pending-key`): the app presses it again.
    key: Option<String>,
    /// A glossary card the reader has open (a popover, which works without
    /// the app): the app's copy of it is opened again.
    card: Option<Vec<u32>>,
    /// The fields the reader has changed before the app was there (a
    /// slider moved): the app's copies get their values ([`changed_fields`]).
    fields: Vec<(Vec<u32>, String)>,
}

#[cfg(feature = "classroom")]
impl WholeTakeover {
    /// Notes what is in `<body>` now and where the reader is in it: call
    /// before mounting.
    pub fn begin() -> Self {
        let page = Takeover::begin();
        let path = |el: Option<web_sys::Element>| {
            el.zip(page.root.as_ref())
                .and_then(|(el, root)| element_path(root, &el))
        };
        let body = document().body();
        let old = body.as_ref().map(|body| {
            let nodes = body.child_nodes();
            (0..nodes.length()).filter_map(|i| nodes.item(i)).collect()
        });
        let w = leptos::prelude::window();
        WholeTakeover {
            old: old.unwrap_or_default(),
            scroll: (w.scroll_x().unwrap_or(0.0), w.scroll_y().unwrap_or(0.0)),
            focus: path(document().active_element()),
            prerendered: page.prerendered,
            first: page.first,
            pressed: path(page.root.as_ref().and_then(held_press)),
            pressing: path(page.root.as_ref().and_then(pressing)),
            key: body.and_then(|body| body.get_attribute("data-pending-key")),
            card: path(
                page.root
                    .as_ref()
                    .and_then(|root| root.query_selector(":popover-open").ok().flatten()),
            ),
            fields: page
                .root
                .as_ref()
                .map(|root| changed_fields(root, |el| element_path(root, el)))
                .unwrap_or_default(),
        }
    }

    /// Removes the prerendered nodes and puts the reader back where they
    /// were: opens, focuses and presses again what was open, focused and
    /// pressed, found by their positions in the page.
    pub fn finish(self) {
        for node in &self.old {
            if let Some(parent) = node.parent_node() {
                let _ = parent.remove_child(node);
            }
        }
        let Some(body) = document().body() else {
            return;
        };
        let _ = body.remove_attribute(PRERENDERED);
        let _ = body.remove_attribute("data-pending-key");
        let w = leptos::prelude::window();
        if (w.scroll_x().unwrap_or(0.0), w.scroll_y().unwrap_or(0.0)) != self.scroll {
            w.scroll_to_with_x_and_y(self.scroll.0, self.scroll.1);
        }
        give_values(&body, self.fields);
        if let Some(el) = self.card.and_then(|path| element_at(&body, &path)) {
            if let Ok(el) = el.dyn_into::<web_sys::HtmlElement>() {
                let _ = el.show_popover();
            }
        }
        if let Some(el) = self.focus.and_then(|path| element_at(&body, &path)) {
            if let Ok(el) = el.dyn_into::<web_sys::HtmlElement>() {
                let _ = el.focus();
            }
        }
        // A click event, not `HtmlElement::click`: diagram parts are SVG.
        if let Some(el) = self.pressed.and_then(|path| element_at(&body, &path)) {
            click(&el);
        }
        if let Some(el) = self.pressing.and_then(|path| element_at(&body, &path)) {
            finish_press(el);
        }
        if let Some(key) = self.key {
            let init = web_sys::KeyboardEventInit::new();
            init.set_key(&key);
            init.set_bubbles(true);
            init.set_cancelable(true);
            if let Ok(press) =
                web_sys::KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init)
            {
                let _ = body.dispatch_event(&press);
            }
        }
    }
}

/// The attribute web/loader-start.js marks a press with that it holds until
/// the app is there.
const PENDING_CLICK: &str = "data-pending-click";

/// The element in `el` (or `el` itself) with a press the loader holds for
/// the app, if any.
pub(crate) fn held_press(el: &web_sys::Element) -> Option<web_sys::Element> {
    if el.has_attribute(PENDING_CLICK) {
        return Some(el.clone());
    }
    el.query_selector(&format!("[{PENDING_CLICK}]"))
        .ok()
        .flatten()
}

/// The control `target` is in that has a press the loader holds for the app.
pub(crate) fn held_press_at(target: &web_sys::Element) -> Option<web_sys::Element> {
    target.closest(&format!("[{PENDING_CLICK}]")).ok().flatten()
}

/// The attribute on a part of the prerendered page the app is about to
/// render again ([`mark_part`]): web/loader-start.js holds a press in it
/// until then.
const PART: &str = "data-part";

/// Marks `el` as a part the app will render again ([`replace_part`]).
pub fn mark_part(el: &web_sys::Element) {
    let _ = el.set_attribute(PART, "");
}

/// The attribute on `<html>`, followed by an app's name, that says how far
/// that app is: "marked" ([`parts_marked`]), then "started" (its takeover
/// is finished, [`Takeover::finish_in_place`]).
const READY: &str = "data-ready-";

/// Tells web/loader-start.js that `app` has marked its parts (or has
/// found it has none to render): from now on the loader holds a press in
/// that app's part of the page only where a part is not rendered yet.
pub fn parts_marked(app: &str) {
    if let Some(root) = document().document_element() {
        let _ = root.set_attribute(&format!("{READY}{app}"), "marked");
    }
}

/// Renders `view` in place of the prerendered element `el` (in the same
/// task, so the browser never paints the two together), and removes `el`.
/// Call inside the app's reactive owner, which keeps the view's effects
/// for the life of the page. A field the reader changed in `el` (a slider
/// moved by key, drag or touch) has that value in the new part, what had
/// the focus in `el` has it again, and a press held in it
/// (web/loader-start.js) is done again: the new part has the same structure.
pub fn replace_part(el: &web_sys::Element, view: impl IntoView) {
    let Some(parent) = el.parent_element() else {
        return;
    };
    let within = |target: &web_sys::Element| {
        if target == el {
            Some(Vec::new())
        } else {
            element_path(el, target)
        }
    };
    let focus = document().active_element().and_then(|a| within(&a));
    let pressed = held_press(el).and_then(|p| within(&p));
    let pressing = pressing(el).and_then(|p| within(&p));
    #[cfg(any(feature = "sim-part", feature = "classroom"))]
    let fields = changed_fields(el, within);
    mount_for_good(view, &parent, Some(el.as_ref()));
    let new = el.previous_element_sibling();
    el.remove();
    let Some(new) = new else { return };
    #[cfg(any(feature = "sim-part", feature = "classroom"))]
    give_values(&new, fields);
    if let Some(path) = focus {
        focus_in(&new, &path);
    }
    if let Some(el) = pressed.and_then(|path| element_at(&new, &path)) {
        click(&el);
    }
    if let Some(el) = pressing.and_then(|path| element_at(&new, &path)) {
        finish_press(el);
    }
}

/// The element in `el` the reader is pressing right now (a pointer is down
/// on it, `:active`), if any: the deepest, where the pointer went down.
fn pressing(el: &web_sys::Element) -> Option<web_sys::Element> {
    if !el.matches(":active").unwrap_or(false) {
        return None;
    }
    let active = el.query_selector_all(":active").ok()?;
    match active.length() {
        0 => Some(el.clone()),
        n => active.item(n - 1)?.dyn_into().ok(),
    }
}

/// Ends on `el` a press that began on its prerendered copy: a pointer that
/// goes down on one element and up on another makes the browser click
/// neither, so where the reader lets go on `el`, `el` is clicked.
fn finish_press(el: web_sys::Element) {
    let target = el.clone();
    let up = wasm_bindgen::closure::Closure::once_into_js(move |event: web_sys::Event| {
        let on = event
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Node>().ok());
        if on.is_some_and(|on| target.contains(Some(&on))) {
            click(&target);
        }
    });
    let options = web_sys::AddEventListenerOptions::new();
    options.set_once(true);
    options.set_capture(true);
    let _ = leptos::prelude::window()
        .add_event_listener_with_callback_and_add_event_listener_options(
            "pointerup",
            up.unchecked_ref(),
            &options,
        );
}

/// Gives the focus to the element at `path` in `part`; where that one is no
/// stop of Tab in the app (a diagram's drawing is one only without
/// scripts), to the first thing in `part` that is, as Tab would have.
fn focus_in(part: &web_sys::Element, path: &[u32]) {
    let focus = |el: web_sys::Element| {
        if let Some(el) = el
            .dyn_ref::<web_sys::HtmlElement>()
            .filter(|el| el.tab_index() >= 0)
        {
            let _ = el.focus();
        } else if let Some(el) = el
            .dyn_ref::<web_sys::SvgElement>()
            .filter(|el| el.tab_index() >= 0)
        {
            let _ = el.focus();
        }
        document().active_element().is_some_and(|a| a == el)
    };
    if element_at(part, path).is_some_and(focus) {
        return;
    }
    if let Ok(Some(first)) = part.query_selector(r#"[tabindex="0"], button:not([disabled]), a[href], input:not([disabled]), select, textarea, summary"#) {
        focus(first);
    }
}

/// Builds `view` and mounts it in `parent` (before `before`, or at the end),
/// for the life of the page, as the app's owner lives.
fn mount_for_good(view: impl IntoView, parent: &web_sys::Element, before: Option<&web_sys::Node>) {
    let mut mounted = view.into_view().build();
    mounted.mount(parent, before);
    std::mem::forget(mounted);
}

/// The fields in `root` whose value the reader has changed since the page
/// was rendered (a slider moved before its app was there: the browser
/// moves it natively), each by its position (`path`) and with its value.
/// Checkboxes and radio buttons are not fields here: the page has none
/// that works without the app. Only the apps with fields in their parts
/// (the simulator's sliders; the classroom app, which renders it all) carry
/// this code.
#[cfg(any(feature = "sim-part", feature = "classroom"))]
fn changed_fields(
    root: &web_sys::Element,
    path: impl Fn(&web_sys::Element) -> Option<Vec<u32>>,
) -> Vec<(Vec<u32>, String)> {
    let Ok(list) = root.query_selector_all("input:not([type=checkbox]):not([type=radio])") else {
        return Vec::new();
    };
    (0..list.length())
        .filter_map(|i| list.item(i)?.dyn_into::<web_sys::HtmlInputElement>().ok())
        .filter(|input| input.value() != input.default_value())
        .filter_map(|input| Some((path(&input)?, input.value())))
        .collect()
}

/// Gives each field at a position in `root` the value the reader gave its
/// prerendered copy, as the reader's own input would: an `input` and a
/// `change` event, so the app's handlers write its state and the address.
#[cfg(any(feature = "sim-part", feature = "classroom"))]
fn give_values(root: &web_sys::Element, fields: Vec<(Vec<u32>, String)>) {
    for (path, value) in fields {
        let Some(input) =
            element_at(root, &path).and_then(|el| el.dyn_into::<web_sys::HtmlInputElement>().ok())
        else {
            continue;
        };
        input.set_value(&value);
        for kind in ["input", "change"] {
            let init = web_sys::EventInit::new();
            init.set_bubbles(true);
            if let Ok(event) = web_sys::Event::new_with_event_init_dict(kind, &init) {
                let _ = input.dispatch_event(&event);
            }
        }
    }
}

/// Dispatches a click.
fn click(el: &web_sys::Element) {
    let init = web_sys::MouseEventInit::new();
    init.set_bubbles(true);
    init.set_cancelable(true);
    if let Ok(click) = web_sys::MouseEvent::new_with_mouse_event_init_dict("click", &init) {
        let _ = el.dispatch_event(&click);
    }
}

/// The position of `el` under `root`, as indices among element children.
fn element_path(root: &web_sys::Element, el: &web_sys::Element) -> Option<Vec<u32>> {
    let mut path = Vec::new();
    let mut current = el.clone();
    while &current != root {
        let mut index = 0;
        let mut sibling = current.previous_element_sibling();
        while let Some(s) = sibling {
            index += 1;
            sibling = s.previous_element_sibling();
        }
        path.push(index);
        current = current.parent_element()?;
    }
    path.reverse();
    (!path.is_empty()).then_some(path)
}

/// The element at `path` under `root` in the new page. The app's first
/// element comes after the prerendered ones, which are gone by now.
fn element_at(root: &web_sys::Element, path: &[u32]) -> Option<web_sys::Element> {
    let mut current = root.clone();
    for &index in path {
        let mut child = current.first_element_child()?;
        for _ in 0..index {
            child = child.next_element_sibling()?;
        }
        current = child;
    }
    Some(current)
}
