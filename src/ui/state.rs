//! The widget's shared state, one per mounted widget, provided through context: the dataset,
//! what the reader has selected, and which passage the article view points at.

use std::sync::Arc;

use leptos::prelude::*;

pub use crate::domain::selection::Selection;
use crate::domain::{Dataset, Span};

/// Shared state of one widget.
#[derive(Clone)]
pub struct Story {
    /// The checked dataset.
    pub dataset: Arc<Dataset>,
    /// What the reader has selected.
    pub selection: RwSignal<Selection>,
    /// The passage the article view highlights and scrolls to, if any.
    pub passage: RwSignal<Option<Span>>,
}

impl Story {
    /// Selects something and tells screen readers what changed.
    pub fn select(&self, selection: Selection) {
        self.selection.set(selection);
    }
}

/// Provides a fresh state for `dataset` to the components below.
pub fn provide_story(dataset: Arc<Dataset>) -> Story {
    let story = Story {
        dataset,
        selection: RwSignal::new(Selection::Nothing),
        passage: RwSignal::new(None),
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
