//! One delegated click listener for the controls that panels build with [`super::dom`]:
//! `data-select` holds a selection written as a URL fragment (`actor=peskov`, or empty for
//! nothing) and `data-passage` a span of the article (`120-184`) to show.

use leptos::prelude::Set;

use super::state::{Selection, Story};
use super::svg::target_with;
use crate::domain::Span;

/// Handles a click anywhere in the widget; returns whether it was one of ours.
pub fn handle_click(story: &Story, event: &web_sys::Event) -> bool {
    if let Some((_, fragment)) = target_with(event, "data-select") {
        story
            .selection
            .set(Selection::from_fragment(&story.dataset, &fragment));
        return true;
    }
    if let Some((_, passage)) = target_with(event, "data-passage")
        && let Some((start, end)) = passage.split_once('-')
        && let (Ok(start), Ok(end)) = (start.parse(), end.parse())
    {
        story.passage.set(Some(Span::new(start, end)));
        return true;
    }
    false
}
