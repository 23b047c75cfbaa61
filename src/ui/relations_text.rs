//! Every actor and every relation in plain sentences, generated from the data, for readers
//! who cannot or prefer not to use the map.

use leptos::prelude::*;

use super::state::{Selection, use_story};
use crate::domain::describe::{actor_sentence, relation_sentence};

/// The map as text.
#[component]
pub fn RelationsText() -> impl IntoView {
    let story = use_story();
    let data = story.dataset.clone();
    let selection = story.selection;
    let actors = data
        .actor_ids()
        .map(|id| {
            let sentence = actor_sentence(&data, id);
            view! {
                <li data-testid="text-actor">
                    <button class="dm-link dm-text-button" on:click=move |_| selection.set(Selection::Actor(id))>
                        {sentence}
                    </button>
                </li>
            }
        })
        .collect_view();
    let relations = data
        .relation_ids()
        .map(|id| {
            let sentence = relation_sentence(&data, id);
            view! {
                <li data-testid="text-relation">
                    <button class="dm-link dm-text-button" on:click=move |_| selection.set(Selection::Relation(id))>
                        {sentence}
                    </button>
                </li>
            }
        })
        .collect_view();
    view! {
        <details class="dm-text-view" data-testid="relations-text">
            <summary>"The map as text"</summary>
            <h3 class="dm-subtitle">{format!("{} actors", data.actors.len())}</h3>
            <ul>{actors}</ul>
            <h3 class="dm-subtitle">{format!("{} relations", data.relations.len())}</h3>
            <ul>{relations}</ul>
        </details>
    }
}
