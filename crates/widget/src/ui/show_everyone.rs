//! The toolbar's button that clears the selection.

use dramatis_core::domain::selection::Selection;
use leptos::prelude::*;

use super::state::use_story;

/// "Show everyone": clears the selection; disabled while nothing is selected.
#[component]
pub fn ShowEveryone() -> impl IntoView {
    let story = use_story();
    view! {
        <button
            type="button"
            class="dm-button dm-needs-js"
            data-testid="show-everyone"
            disabled=move || story.shown().get() == Selection::Nothing
            on:click=move |_| story.clear()
        >
            {story.t().show_everyone()}
        </button>
    }
}
