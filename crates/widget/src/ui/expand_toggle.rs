//! The compact widget's button that shows everything, and back.

use leptos::prelude::*;

use super::state::use_story;

/// "Show everything" (the full list of statements, the key, the map as text, the article),
/// or "Show less" to return to the compact layout.
#[component]
pub fn ExpandToggle() -> impl IntoView {
    let story = use_story();
    let expanded = story.expanded();
    view! {
        <button
            type="button"
            class="dm-button dm-expand dm-needs-js"
            data-testid="expand"
            aria-expanded=move || if expanded.get() { "true" } else { "false" }
            on:click=move |_| {
                if expanded.get_untracked() { story.collapse() } else { story.expand() }
            }
        >
            {move || if expanded.get() { story.t().show_less() } else { story.t().show_everything() }}
        </button>
    }
}
