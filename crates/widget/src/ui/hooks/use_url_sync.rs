//! The selection in the URL fragment (`#actor=peskov`): restored on load, pushed to history on
//! every change so Back and Forward step through selections, and followed when the fragment
//! changes. Unknown or malformed fragments leave the widget in its initial state.

use dramatis_core::domain::selection::Selection;
use gloo_events::EventListener;
use leptos::prelude::*;

use super::{When, effect, run_later};
use crate::ui::state::Story;

/// The selection the page's URL fragment names.
fn from_url(story: Story) -> Selection {
    let hash = web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default();
    Selection::from_fragment(&story.data(), &hash)
}

/// Keeps `story`'s selection and the page URL in step, for as long as the widget lives.
pub fn use_url_sync(story: Story) {
    // The window's listeners live as long as the widget: dropped (and so removed) with it.
    let listening: StoredValue<Vec<EventListener>, LocalStorage> = StoredValue::new_local(vec![]);
    effect(move || {
        let Some(window) = web_sys::window() else {
            return;
        };
        story.select(from_url(story));
        // The panels show a selection restored on load from the start, not a frame later.
        story.settle();
        let follow = move |_: &web_sys::Event| story.select(from_url(story));
        listening.set_value(vec![
            EventListener::new(&window, "popstate", follow),
            EventListener::new(&window, "hashchange", follow),
        ]);
    });
    let first = std::cell::Cell::new(true);
    effect(move || {
        let now = story.selection().get();
        // A change that came from the URL (load, Back, Forward) is already there; the first
        // run comes before the URL is read.
        if first.replace(false) || from_url(story) == now {
            return;
        }
        let fragment = now.to_fragment(&story.data());
        // After the next paint: writing the history costs a tap about a millisecond of its
        // frame.
        run_later(When::AfterPaint, move || push_fragment(&fragment));
    });
}

/// Puts `#fragment` (or no fragment, if empty) in the page URL as a new history entry.
fn push_fragment(fragment: &str) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let location = window.location();
    let url = format!(
        "{}{}{}",
        location.pathname().unwrap_or_default(),
        location.search().unwrap_or_default(),
        if fragment.is_empty() {
            String::new()
        } else {
            format!("#{fragment}")
        }
    );
    if let Ok(history) = window.history() {
        let _ = history.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url));
    }
}
