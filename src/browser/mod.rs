//! Everything that talks to the browser directly (web-sys), by concern.
//! Components call these from event handlers and effects, never while
//! rendering, so they can also be rendered natively. Every function fails
//! quietly: the browser not offering an API is a normal case, not an error.

mod channel;
mod document;
mod location;
mod near;
mod scroll;
mod share;
mod takeover;

pub use channel::{channel_close, channel_open, channel_post};
pub use document::{
    announce, content_data, event_in_text_field, event_on_button, next_task, now_ms, open_window,
    print, read_site, route_left_to_app, set_dialog_open, set_document_language, set_links,
    set_root_css_var, toggle_fullscreen, touch_point,
};
pub use location::{
    address_of, base_folder, base_url, navigate, on_address_changed, opened_query, read_fragment,
    read_location, reload, replace_url, tell_address_changed,
};
pub use near::{holds_reader, render_when_near, NEAR};
pub use scroll::{
    distance_from_view, focus, jump_to, prefers_reduced_motion, scroll_position, scroll_to,
    select_text,
};
pub use share::{can_share, copy_text, share};
#[cfg(feature = "classroom")]
pub use takeover::WholeTakeover;
pub use takeover::{mark_part, parts_marked, replace_part, Takeover, PRERENDERED};
