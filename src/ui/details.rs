//! The details panel: who the selected actor is, or what the selected relation rests on,
//! with the article's sentence for every piece of evidence.

use leptos::prelude::*;

use super::state::{Selection, use_story};
use crate::domain::describe::relation_from;
use crate::domain::{ActorId, EvidenceRef, Provenance, QuoteKind, RelationId};

/// Shows the current selection in words.
#[component]
pub fn Details() -> impl IntoView {
    let story = use_story();
    let selection = story.selection;
    view! {
        <section class="dm-details" aria-label="Details" data-testid="details">
            {move || match selection.get() {
                Selection::Nothing => view! {
                    <p class="dm-muted">
                        "Tap or click an actor or a line on the map to see who they are, how they are connected and what the article says."
                    </p>
                }
                .into_any(),
                Selection::Actor(id) => view! { <ActorDetails id=id /> }.into_any(),
                Selection::Relation(id) => view! { <RelationDetails id=id /> }.into_any(),
                Selection::Quote(id) => {
                    let speaker = story.dataset.quote(id).speaker;
                    view! { <ActorDetails id=speaker /> }.into_any()
                }
            }}
        </section>
    }
}

/// "Added context" next to facts the article does not state.
#[component]
pub fn AddedBadge() -> impl IntoView {
    view! { <span class="dm-added" title="Not stated in the article; added by the editors">"added context"</span> }
}

#[component]
fn ActorDetails(id: ActorId) -> impl IntoView {
    let story = use_story();
    let data = story.dataset.clone();
    let selection = story.selection;
    let actor = data.actor(id).clone();
    let role = actor.role.clone().map(|role| {
        view! {
            <p class="dm-role" data-testid="details-role">
                {role.value}
                {(role.provenance == Provenance::Added).then(|| view! { " " <AddedBadge /> })}
            </p>
        }
    });
    let affiliation = actor.affiliation.clone().map(|aff| {
        let name = data.actor(aff.value).name.clone();
        view! {
            <p>
                "Speaks for "
                <button class="dm-link" on:click=move |_| selection.set(Selection::Actor(aff.value))>{name}</button>
                {(aff.provenance == Provenance::Added).then(|| view! { " " <AddedBadge /> })}
            </p>
        }
    });
    let note = actor.note.clone().map(|note| view! { <p class="dm-note"><AddedBadge />" "{note}</p> });
    let relations = data.relations_of(id).to_vec();
    let by = data.statements_by(id).len();
    let about = data.statements_about(id).len();
    let counts = format!(
        "{} relation{} · {by} statement{} by · {about} about",
        relations.len(),
        if relations.len() == 1 { "" } else { "s" },
        if by == 1 { "" } else { "s" }
    );
    let items = relations
        .into_iter()
        .map(|r| {
            let text = relation_from(&data, r, id);
            view! {
                <li>
                    <button class="dm-link" on:click=move |_| selection.set(Selection::Relation(r))>{text}</button>
                </li>
            }
        })
        .collect_view();
    view! {
        <div data-testid="actor-details">
            <h3 class="dm-details-title" data-testid="details-title">{actor.name.clone()}</h3>
            <p class="dm-kind-label" data-testid="details-kind">{actor.kind.label()}</p>
            {role}
            {affiliation}
            {note}
            <p class="dm-counts" data-testid="details-counts">{counts}</p>
            <ul class="dm-relation-list" aria-label="Relations">{items}</ul>
        </div>
    }
}

#[component]
fn RelationDetails(id: RelationId) -> impl IntoView {
    let story = use_story();
    let data = story.dataset.clone();
    let selection = story.selection;
    let relation = data.relation(id).clone();
    let (source, target) = (relation.source, relation.target);
    let source_name = data.actor(source).name.clone();
    let target_name = data.actor(target).name.clone();
    let joiner = if relation.directed { " → " } else { " and " };
    let evidence = relation
        .evidence
        .iter()
        .map(|&item| {
            let span = data.evidence_span(item);
            let sentence = data.story.slice(data.sentence_around(span)).to_owned();
            let what = match item {
                EvidenceRef::Event(e) => {
                    let event = data.event(e);
                    format!("{} ({})", event.summary, event.cameo.label())
                }
                EvidenceRef::Quote(q) => {
                    let quote = data.quote(q);
                    let speaker = &data.actor(quote.speaker).name;
                    match quote.kind {
                        QuoteKind::Verbatim => format!("{speaker}, quoted: “{}”", quote.text),
                        QuoteKind::Paraphrase => format!("{speaker}, reported: {}", quote.text),
                    }
                }
            };
            let passage = story.passage;
            view! {
                <li data-testid="evidence">
                    <p class="dm-evidence-what">{what}</p>
                    <blockquote class="dm-sentence" data-testid="evidence-sentence">{sentence}</blockquote>
                    <button class="dm-link" on:click=move |_| passage.set(Some(span))>"Show in the article"</button>
                </li>
            }
        })
        .collect_view();
    let note = relation.note.clone().map(|note| view! { <p class="dm-note"><AddedBadge />" "{note}</p> });
    view! {
        <div data-testid="relation-details">
            <h3 class="dm-details-title" data-testid="details-title">{relation.kind.label()}</h3>
            <p>
                <button class="dm-link" on:click=move |_| selection.set(Selection::Actor(source))>{source_name}</button>
                {joiner}
                <button class="dm-link" on:click=move |_| selection.set(Selection::Actor(target))>{target_name}</button>
            </p>
            <p data-testid="details-summary">{relation.summary.clone()}</p>
            {note}
            <h4 class="dm-subtitle">"What the article says"</h4>
            <ul class="dm-evidence-list">{evidence}</ul>
        </div>
    }
}
