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
    /// What the reader has selected: the map follows it at once.
    pub selection: RwSignal<Selection>,
    /// The selection the panels (details, cards, article marks) show. It follows `selection`
    /// once the frame that shows the map's answer is painted, so a tap is answered within a
    /// frame and the panels' heavier layout comes in the frame after (see [`Story::settle`]).
    pub shown: RwSignal<Selection>,
    /// The passage the article view highlights and scrolls to, if any.
    pub passage: RwSignal<Option<Span>>,
}

impl Story {
    /// Selects something and tells screen readers what changed.
    pub fn select(&self, selection: Selection) {
        self.selection.set(selection);
    }

    /// Brings the panels up to date with the selection now, if they are behind: before the
    /// keyboard moves the focus, so it never lands in a panel about to be rebuilt.
    pub fn settle(&self) {
        let now = self.selection.get_untracked();
        if self.shown.get_untracked() != now {
            self.shown.set(now);
        }
    }
}

/// Provides a fresh state for `dataset` to the components below.
pub fn provide_story(dataset: Arc<Dataset>) -> Story {
    let story = Story {
        dataset,
        selection: RwSignal::new(Selection::Nothing),
        shown: RwSignal::new(Selection::Nothing),
        passage: RwSignal::new(None),
    };
    provide_context(story.clone());
    let follower = story.clone();
    super::hooks::effect(move || {
        let _ = follower.selection.get();
        let follower = follower.clone();
        super::hooks::after_paint(move || follower.settle());
    });
    story
}

/// The state provided by [`provide_story`].
///
/// # Panics
/// If called outside a widget, which is a programming error.
pub fn use_story() -> Story {
    expect_context::<Story>()
}
