//! The badge beside facts the article does not state.

use leptos::prelude::*;

/// "Added context": the editors added this; the article does not say it.
#[component]
pub fn AddedBadge() -> impl IntoView {
    view! {
        <span class="dm-added" title="Not stated in the article; added by the editors">
            "added context"
        </span>
    }
}
