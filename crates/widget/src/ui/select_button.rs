//! A button that selects an actor, a relation or a statement.

use dramatis_core::domain::selection::Selection;
use leptos::prelude::*;

use super::state::use_story;

/// A button labelled `label` that selects `selection` when pressed.
#[component]
pub fn SelectButton(
    selection: Selection,
    #[prop(into)] label: String,
    #[prop(default = "dm-link")] class: &'static str,
) -> impl IntoView {
    let story = use_story();
    let testid = match selection {
        Selection::Nothing => "select-nothing",
        Selection::Actor(_) => "select-actor",
        Selection::Relation(_) => "select-relation",
        Selection::Quote(_) => "select-quote",
    };
    view! {
        <button
            type="button"
            class=class
            data-testid=testid
            on:click=move |_| story.select(selection)
        >
            {label}
        </button>
    }
}
