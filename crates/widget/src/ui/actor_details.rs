//! Who an actor is: kind, role, whom it speaks for, counts and its relations.

use dramatis_core::domain::describe::{actor_kind, relation_from};
use dramatis_core::domain::selection::Selection;
use dramatis_core::domain::{ActorId, Provenance};
use leptos::prelude::*;

use super::added_badge::AddedBadge;
use super::select_button::SelectButton;
use super::state::use_story;

/// The details of actor `id`.
#[component]
pub fn ActorDetails(id: ActorId) -> impl IntoView {
    let story = use_story();
    let (data, t) = (story.data(), story.t());
    let story_lang = story.story_lang();
    let actor = data.actor(id);
    let role = actor.role.as_ref().map(|role| {
        view! {
            <p class="dm-role" data-testid="details-role" lang=story_lang.clone()>
                {role.value.clone()}
                {(role.provenance == Provenance::Added).then(|| view! { " " <AddedBadge /> })}
            </p>
        }
    });
    let affiliation = actor.affiliation.as_ref().map(|affiliation| {
        let to = affiliation.value;
        view! {
            <p data-testid="speaks-for">
                {t.speaks_for_label()}
                " "
                <SelectButton selection=Selection::Actor(to) label=data.actor(to).name.clone() />
                {(affiliation.provenance == Provenance::Added)
                    .then(|| view! { " " <AddedBadge /> })}
            </p>
        }
    });
    let note = actor.note.clone().map(|note| {
        view! { <p class="dm-note"><AddedBadge />" "{note}</p> }
    });
    let relations = data.relations_of(id);
    let counts = t.actor_counts(
        relations.len(),
        data.statements_by(id).len(),
        data.statements_about(id).len(),
    );
    let items = relations
        .iter()
        .map(|&r| {
            view! {
                <li>
                    <SelectButton selection=Selection::Relation(r) label=relation_from(&t, &data, r, id) />
                </li>
            }
        })
        .collect_view();
    view! {
        <div data-testid="actor-details">
            <h3 class="dm-details-title" data-testid="details-title" lang=story_lang.clone() dir="auto">
                {actor.name.clone()}
            </h3>
            <p class="dm-kind-label" data-testid="details-kind">{actor_kind(&t, actor.kind)}</p>
            {role}
            {affiliation}
            {note}
            <p class="dm-counts" data-testid="details-counts">{counts}</p>
            <ul class="dm-relation-list" aria-label=t.relations_label()>{items}</ul>
        </div>
    }
}
