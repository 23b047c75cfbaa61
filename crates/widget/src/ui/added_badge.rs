//! The badge beside facts the article does not state.

use leptos::prelude::*;

use super::state::use_story;

/// "Added context": the editors added this; the article does not say it.
#[component]
pub fn AddedBadge() -> impl IntoView {
    let t = use_story().t();
    view! {
        <span class="dm-added" title=t.added_context_title()>
            {t.added_context()}
        </span>
    }
}
