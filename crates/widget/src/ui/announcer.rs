//! The polite live region: what changed, in words, for screen readers.

use dramatis_core::domain::Dataset;
use dramatis_core::domain::describe::relation_sentence;
use dramatis_core::domain::selection::Selection;
use leptos::prelude::*;

use super::hooks::effect;
use super::state::use_story;

/// "N statements shown", for a count of statements.
fn statements(count: usize) -> String {
    match count {
        1 => "1 statement shown".to_owned(),
        n => format!("{n} statements shown"),
    }
}

/// What screen readers hear when the panels show `selection` with `count` statements.
pub fn announcement(data: &Dataset, selection: Selection, count: usize) -> String {
    match selection {
        Selection::Nothing => format!("Showing everyone. {}.", statements(count)),
        Selection::Actor(id) => format!("Selected {}. {}.", data.actor(id).name, statements(count)),
        Selection::Relation(id) => format!(
            "Selected: {} {}.",
            relation_sentence(data, id),
            statements(count)
        ),
        Selection::Quote(id) => format!(
            "Selected a statement by {}.",
            data.actor(data.quote(id).speaker).name
        ),
    }
}

/// The live region. It says what the panels show after each selection (nothing when the
/// widget first shows), and what other actions did (a copied quote).
#[component]
pub fn Announcer() -> impl IntoView {
    let story = use_story();
    // With the panels, a frame after the map: the live region's new text costs a layout.
    let first = std::cell::Cell::new(true);
    effect(move || {
        let shown = story.shown().get();
        let count = story.statements().with(Vec::len);
        if !first.replace(false) {
            story.announce(announcement(&story.data(), shown, count));
        }
    });
    view! {
        <div class="dm-sr-only" aria-live="polite" data-testid="announcer">
            {move || story.announcement().get()}
        </div>
    }
}
