//! The one piece of shared state: what the reader has selected, provided through context
//! with the dataset it refers to.

use std::sync::Arc;

use leptos::prelude::*;

use crate::domain::{ActorId, Dataset, QuoteId, RelationId};

/// What the reader has selected.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Selection {
    /// Nothing: everyone is shown.
    #[default]
    Nothing,
    /// One actor.
    Actor(ActorId),
    /// One relation.
    Relation(RelationId),
    /// One statement.
    Quote(QuoteId),
}

/// The widget's shared state, one per mounted widget.
#[derive(Clone)]
pub struct Story {
    /// The checked dataset.
    pub dataset: Arc<Dataset>,
    /// The current selection.
    pub selection: RwSignal<Selection>,
}

/// Provides a fresh state for `dataset` to the components below.
pub fn provide_story(dataset: Arc<Dataset>) -> Story {
    let story = Story {
        dataset,
        selection: RwSignal::new(Selection::Nothing),
    };
    provide_context(story.clone());
    story
}

/// The state provided by [`provide_story`].
///
/// # Panics
/// If called outside a widget, which is a programming error.
pub fn use_story() -> Story {
    expect_context::<Story>()
}
