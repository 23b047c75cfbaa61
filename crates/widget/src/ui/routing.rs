//! The selection in the URL fragment (`#actor=peskov`): restored on load, pushed to history on
//! every change so Back and Forward step through selections, and followed when the fragment
//! changes. Unknown or malformed fragments leave the widget in its initial state.

use leptos::prelude::*;

use super::state::{Selection, Story};

/// Keeps `story`'s selection and the page URL in step, for as long as the widget lives.
pub fn sync_with_url(story: &Story) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let data = story.dataset.clone();
    let selection = story.selection;
    let read = {
        let data = data.clone();
        move || {
            let hash = web_sys::window()
                .and_then(|w| w.location().hash().ok())
                .unwrap_or_default();
            Selection::from_fragment(&data, &hash)
        }
    };
    selection.set(read());
    // The panels show a selection restored on load from the start, not a frame later.
    story.settle();
    {
        let read = read.clone();
        super::hooks::effect(move || {
            let now = selection.get();
            // A change that came from the URL (load, Back, Forward) is already there.
            if read() == now {
                return;
            }
            super::js::push_fragment(&now.to_fragment(&data));
        });
    }
    let follow = move || {
        let wanted = read();
        if selection.get_untracked() != wanted {
            selection.set(wanted);
        }
    };
    let popstate = window_event_listener(leptos::ev::popstate, {
        let follow = follow.clone();
        move |_| follow()
    });
    let hashchange = window_event_listener(leptos::ev::hashchange, move |_| follow());
    drop(window);
    on_cleanup(move || {
        popstate.remove();
        hashchange.remove();
    });
}
