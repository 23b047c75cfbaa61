//! Every actor and every relation in plain sentences, generated from the data, for readers
//! who cannot or prefer not to use the map. Each sentence is a button that selects it.

use dramatis_core::domain::describe::{actor_sentence, relation_sentence};
use dramatis_core::domain::selection::Selection;
use leptos::prelude::*;

use super::disclosure::Disclosure;
use super::hooks::{When, use_deferred};
use super::select_button::SelectButton;
use super::state::use_story;

/// The map as text, in a closed disclosure.
#[component]
pub fn MapAsText() -> impl IntoView {
    let story = use_story();
    // In a closed disclosure at the end: built a frame after the article.
    let ready = use_deferred(When::AfterFrames(3));
    let body = move || {
        let (data, t) = (story.data(), story.t());
        let actors = data
            .actor_ids()
            .map(|id| {
                view! {
                    <li data-testid="text-actor" data-key=data.actor(id).key.clone()>
                        <SelectButton
                            selection=Selection::Actor(id)
                            label=actor_sentence(&t, &data, id)
                            class="dm-link dm-text-button"
                        />
                    </li>
                }
            })
            .collect_view();
        let relations = data
            .relation_ids()
            .map(|id| {
                view! {
                    <li data-testid="text-relation" data-key=data.relation(id).key.clone()>
                        <SelectButton
                            selection=Selection::Relation(id)
                            label=relation_sentence(&t, &data, id)
                            class="dm-link dm-text-button"
                        />
                    </li>
                }
            })
            .collect_view();
        view! {
            <h3 class="dm-subtitle">{t.actors_count(data.actors.len())}</h3>
            <ul>{actors}</ul>
            <h3 class="dm-subtitle">{t.relations_count(data.relations.len())}</h3>
            <ul>{relations}</ul>
        }
    };
    view! {
        <Disclosure class="dm-text-view" testid="relations-text" summary=story.t().map_as_text()>
            <div>
                {move || ready.get().then(body)}
            </div>
        </Disclosure>
    }
}
