//! The polite live region: what changed, in words, for screen readers.

use dramatis_core::domain::Dataset;
use dramatis_core::domain::describe::relation_sentence;
use dramatis_core::domain::selection::Selection;
use dramatis_i18n::Catalog;
use leptos::prelude::*;

use super::hooks::effect;
use super::state::use_story;

/// What screen readers hear when the panels show `selection` with `count` statements.
pub fn announcement(t: &Catalog, data: &Dataset, selection: Selection, count: usize) -> String {
    let statements = t.statements_shown(count);
    match selection {
        Selection::Nothing => t.announce_everyone(statements),
        Selection::Actor(id) => t.announce_actor(&data.actor(id).name, statements),
        Selection::Relation(id) => t.announce_relation(relation_sentence(t, data, id), statements),
        Selection::Quote(id) => t.announce_quote(&data.actor(data.quote(id).speaker).name),
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
            story.announce(announcement(&story.t(), &story.data(), shown, count));
        }
    });
    view! {
        <div class="dm-sr-only" aria-live="polite" data-testid="announcer">
            {move || story.announcement().get()}
        </div>
    }
}
