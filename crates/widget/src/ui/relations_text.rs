//! Every actor and every relation in plain sentences, generated from the data, for readers
//! who cannot or prefer not to use the map. Each sentence is a button that selects it.

use super::details::select_button;
use super::dom::{El, disclosure, document_of, replace_children};
use super::hooks::after_frames;
use super::state::{Selection, use_story};
use crate::domain::Dataset;
use crate::domain::describe::{actor_sentence, relation_sentence};

/// The map as text.
pub fn relations_text(document: &web_sys::Document) -> El {
    let story = use_story();
    let data = story.dataset.clone();
    let body = El::new(document, "div").0;
    let text = disclosure(
        document,
        "dm-text-view",
        "relations-text",
        "The map as text",
        &body,
    );
    // In a closed disclosure at the end: built a frame after the article (see `after_frames`).
    after_frames(3, move || build(&body, &data));
    text
}

/// Writes a sentence for every actor and every relation into `body`.
fn build(body: &web_sys::Element, data: &Dataset) {
    let document = document_of(body);
    let item = |testid: &str, selection: Selection, sentence: &str| {
        El::new(&document, "li").attr("data-testid", testid).child(
            select_button(&document, selection, data, sentence).class("dm-link dm-text-button"),
        )
    };
    let actors = data
        .actor_ids()
        .map(|id| {
            item(
                "text-actor",
                Selection::Actor(id),
                &actor_sentence(data, id),
            )
        })
        .collect();
    let relations = data
        .relation_ids()
        .map(|id| {
            item(
                "text-relation",
                Selection::Relation(id),
                &relation_sentence(data, id),
            )
        })
        .collect();
    replace_children(
        body,
        vec![
            El::new(&document, "h3")
                .class("dm-subtitle")
                .text(&format!("{} actors", data.actors.len())),
            El::new(&document, "ul").children(actors),
            El::new(&document, "h3")
                .class("dm-subtitle")
                .text(&format!("{} relations", data.relations.len())),
            El::new(&document, "ul").children(relations),
        ],
    );
}
