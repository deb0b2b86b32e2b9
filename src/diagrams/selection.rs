//! What is selected in one diagram: read from the URL (`?arg=hoofdclaim`)
//! and from the fragment (`#argumentkaart/hoofdclaim`), written back to the
//! URL state, announced to screen readers, and where focus goes.

use leptos::{ev, prelude::*};

use crate::browser;
use crate::ids;
use crate::state::{use_app, AppState};

/// The selection of one diagram. Cheap to copy into handlers.
#[derive(Clone, Copy)]
pub struct Selection {
    /// The diagram's id (its `<figure>` id and fragment id).
    pub diagram: &'static str,
    /// The diagram's query key (see [`ids::DIAGRAMS`]).
    pub key: &'static str,
    /// The selected element's id, if it exists in the diagram.
    pub selected: Memo<Option<String>>,
    state: AppState,
}

impl Selection {
    /// Follows the URL for `diagram`; `ids` are the elements that can be
    /// selected (anything else in the URL selects nothing, quietly).
    pub fn new(diagram: &'static str, ids: Vec<String>) -> Selection {
        let state = use_app();
        let key = ids::selection_key(diagram);
        let valid = ids.clone();
        let selected = Memo::new(move |_| {
            state.url.with(|u| {
                u.selection(key)
                    .filter(|s| valid.iter().any(|v| v == s))
                    .map(str::to_string)
            })
        });
        // `#<diagram>/<element>` selects that element when the fragment changes.
        Effect::new(move |_| {
            let f = state.fragment.get();
            if f.id.as_deref() != Some(diagram) {
                return;
            }
            if let Some(sub) = f.sub.filter(|s| ids.iter().any(|v| v == s)) {
                state.url.update(|u| u.set_selection(key, Some(&sub)));
            }
        });
        Selection {
            diagram,
            key,
            selected,
            state,
        }
    }

    /// Whether `id` is selected (reactive).
    pub fn is(&self, id: &str) -> bool {
        self.selected.with(|s| s.as_deref() == Some(id))
    }

    /// Selects `id`, or clears the selection if it was already selected.
    /// `announcement` is what a screen reader hears on selection.
    pub fn toggle(&self, id: &str, announcement: String) {
        if self.selected.get_untracked().as_deref() == Some(id) {
            self.clear();
        } else {
            self.state
                .url
                .update(|u| u.set_selection(self.key, Some(id)));
            self.state.announce.set(announcement);
        }
    }

    pub fn clear(&self) {
        self.state.url.update(|u| u.set_selection(self.key, None));
    }

    /// The page-unique DOM id of an element of this diagram.
    pub fn dom_id(&self, id: &str) -> String {
        format!("{}--{id}", self.diagram)
    }

    /// Moves keyboard focus to an element of this diagram (event handlers only).
    pub fn focus(&self, id: &str) {
        browser::focus(&self.dom_id(id));
    }

    /// Closes the detail and returns focus to the element it was about;
    /// false if nothing was selected.
    pub fn close(&self) -> bool {
        let Some(id) = self.selected.get_untracked() else {
            return false;
        };
        self.clear();
        self.focus(&id);
        true
    }

    /// Escape closes the detail and returns focus to the element it was about.
    pub fn on_escape(self) -> impl Fn(ev::KeyboardEvent) + Clone + 'static {
        move |e: ev::KeyboardEvent| {
            if e.key() == "Escape" && self.close() {
                e.stop_propagation();
            }
        }
    }
}

/// The parts of a diagram that take the focus, as one tab stop (a roving
/// tabindex): Tab enters at the selected part, else at the part that last
/// had the focus, else at the first; the arrow keys move on from there.
#[derive(Clone, Copy)]
pub struct TabStop {
    first: Option<&'static str>,
    last: RwSignal<Option<&'static str>>,
}

impl TabStop {
    /// `first`: the id of the first part, if there is one.
    pub fn new(first: Option<&'static str>) -> TabStop {
        TabStop {
            first,
            last: RwSignal::new(None),
        }
    }

    /// Notes that part `id` has the focus (its focus handler).
    pub fn focused(self, id: &'static str) {
        self.last.set(Some(id));
    }

    /// The tabindex of part `id`: "0" for the stop, else "-1". `selected`
    /// is the selected element if it is one of these parts. Reactive.
    pub fn tabindex(self, id: &str, selected: Option<&str>) -> &'static str {
        if selected.or_else(|| self.last.get()).or(self.first) == Some(id) {
            "0"
        } else {
            "-1"
        }
    }
}
