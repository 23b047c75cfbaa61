//! The details panel: who the selected actor is, or what the selected relation rests on,
//! with the article's sentence for every piece of evidence.

use leptos::prelude::*;

use super::dom::{El, document_of, replace_children};
use super::state::{Selection, use_story};
use crate::domain::describe::relation_from;
use crate::domain::{ActorId, Dataset, EvidenceRef, Provenance, QuoteKind, RelationId};

/// Shows the current selection in words.
pub fn details(document: &web_sys::Document) -> El {
    let story = use_story();
    // The panels follow the selection a frame after the map does (see `Story::shown`).
    let selection = story.shown;
    let panel = El::new(document, "section")
        .class("dm-details")
        .attr("aria-label", "Details")
        .attr("data-testid", "details");
    let data = story.dataset.clone();
    let target = panel.0.clone();
    super::hooks::effect(move || {
        let chosen = selection.get();
        let document = document_of(&target);
        let content = match chosen {
            Selection::Nothing => vec![El::new(&document, "p").class("dm-muted").text(
                "Tap or click an actor or a line on the map to see who they are, how they are connected and what the article says.",
            )],
            Selection::Actor(id) => actor_details(&document, &data, id),
            Selection::Relation(id) => relation_details(&document, &data, id),
            Selection::Quote(id) => actor_details(&document, &data, data.quote(id).speaker),
        };
        replace_children(&target, content);
    });
    panel
}

/// "Added context" next to facts the article does not state.
pub fn added_badge(document: &web_sys::Document) -> El {
    El::new(document, "span")
        .class("dm-added")
        .attr("title", "Not stated in the article; added by the editors")
        .text("added context")
}

/// A button that selects something when pressed.
pub fn select_button(
    document: &web_sys::Document,
    selection: Selection,
    data: &Dataset,
    label: &str,
) -> El {
    El::new(document, "button")
        .class("dm-link")
        .attr("type", "button")
        .attr("data-select", &selection.to_fragment(data))
        .text(label)
}

fn actor_details(document: &web_sys::Document, data: &Dataset, id: ActorId) -> Vec<El> {
    let actor = data.actor(id);
    let mut body = El::new(document, "div")
        .attr("data-testid", "actor-details")
        .child(
            El::new(document, "h3")
                .class("dm-details-title")
                .attr("data-testid", "details-title")
                .text(&actor.name),
        )
        .child(
            El::new(document, "p")
                .class("dm-kind-label")
                .attr("data-testid", "details-kind")
                .text(actor.kind.label()),
        );
    if let Some(role) = &actor.role {
        let mut line = El::new(document, "p")
            .class("dm-role")
            .attr("data-testid", "details-role")
            .text(&role.value);
        if role.provenance == Provenance::Added {
            line = line.text(" ").child(added_badge(document));
        }
        body = body.child(line);
    }
    if let Some(affiliation) = &actor.affiliation {
        let name = &data.actor(affiliation.value).name;
        let mut line = El::new(document, "p")
            .text("Speaks for ")
            .child(select_button(
                document,
                Selection::Actor(affiliation.value),
                data,
                name,
            ));
        if affiliation.provenance == Provenance::Added {
            line = line.text(" ").child(added_badge(document));
        }
        body = body.child(line);
    }
    if let Some(note) = &actor.note {
        body = body.child(
            El::new(document, "p")
                .class("dm-note")
                .child(added_badge(document))
                .text(" ")
                .text(note),
        );
    }
    let relations = data.relations_of(id);
    let (by, about) = (
        data.statements_by(id).len(),
        data.statements_about(id).len(),
    );
    let counts = format!(
        "{} relation{} · {by} statement{} by · {about} about",
        relations.len(),
        if relations.len() == 1 { "" } else { "s" },
        if by == 1 { "" } else { "s" }
    );
    let items = relations
        .iter()
        .map(|&r| {
            El::new(document, "li").child(select_button(
                document,
                Selection::Relation(r),
                data,
                &relation_from(data, r, id),
            ))
        })
        .collect();
    vec![
        body.child(
            El::new(document, "p")
                .class("dm-counts")
                .attr("data-testid", "details-counts")
                .text(&counts),
        )
        .child(
            El::new(document, "ul")
                .class("dm-relation-list")
                .attr("aria-label", "Relations")
                .children(items),
        ),
    ]
}

fn relation_details(document: &web_sys::Document, data: &Dataset, id: RelationId) -> Vec<El> {
    let relation = data.relation(id);
    let (source, target) = (relation.source, relation.target);
    let evidence = relation
        .evidence
        .iter()
        .map(|&item| {
            let span = data.evidence_span(item);
            let sentence = data.story.slice(data.sentence_around(span));
            let what = match item {
                EvidenceRef::Event(e) => {
                    let event = data.event(e);
                    format!("{} ({})", event.summary, event.cameo.label)
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
            El::new(document, "li")
                .attr("data-testid", "evidence")
                .child(El::new(document, "p").class("dm-evidence-what").text(&what))
                .child(
                    El::new(document, "blockquote")
                        .class("dm-sentence")
                        .attr("data-testid", "evidence-sentence")
                        .text(sentence),
                )
                .child(
                    El::new(document, "button")
                        .class("dm-link")
                        .attr("type", "button")
                        .attr("data-passage", &format!("{}-{}", span.start, span.end))
                        .text("Show in the article"),
                )
        })
        .collect();
    let mut body = El::new(document, "div")
        .attr("data-testid", "relation-details")
        .child(
            El::new(document, "h3")
                .class("dm-details-title")
                .attr("data-testid", "details-title")
                .text(relation.kind.label()),
        )
        .child(
            El::new(document, "p")
                .child(select_button(
                    document,
                    Selection::Actor(source),
                    data,
                    &data.actor(source).name,
                ))
                .text(if relation.directed { " → " } else { " and " })
                .child(select_button(
                    document,
                    Selection::Actor(target),
                    data,
                    &data.actor(target).name,
                )),
        )
        .child(
            El::new(document, "p")
                .attr("data-testid", "details-summary")
                .text(&relation.summary),
        );
    if let Some(note) = &relation.note {
        body = body.child(
            El::new(document, "p")
                .class("dm-note")
                .child(added_badge(document))
                .text(" ")
                .text(note),
        );
    }
    vec![
        body.child(
            El::new(document, "h4")
                .class("dm-subtitle")
                .text("What the article says"),
        )
        .child(
            El::new(document, "ul")
                .class("dm-evidence-list")
                .children(evidence),
        ),
    ]
}
