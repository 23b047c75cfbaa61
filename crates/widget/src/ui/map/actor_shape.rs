//! The visible parts of one actor's drawing: its mark (the shape of its kind), a glyph for
//! people, and its label, drawn where it stands rather than moved there by a transform.

use dramatis_core::domain::ActorKind;
use dramatis_core::layout::Placed;
use dramatis_core::layout::marks::{glyph, mark};
use dramatis_core::layout::path::num;
use leptos::prelude::*;

use crate::ui::state::use_story;

/// Baseline of a label's first line below the top of its box, and the distance between
/// lines, in CSS pixels (for the stylesheet's 13 px labels).
const FIRST_BASELINE: f64 = 12.0;
const LINE_HEIGHT: f64 = 16.0;

/// The mark, glyph and label of an actor of `kind` placed at `placed`.
#[component]
pub fn ActorShape(kind: ActorKind, placed: Placed) -> impl IntoView {
    let (r, at) = (placed.radius, placed.center);
    // Labels sit under, over or beside the mark (the layout picks the side away from its
    // lines); each line is centred in the label's box.
    let x = num(placed.label.x + placed.label.w / 2.0);
    let first = placed.label.y + FIRST_BASELINE;
    let lines = placed
        .lines
        .into_iter()
        .enumerate()
        .map(|(k, line)| {
            view! { <tspan x=x.clone() y=num(first + LINE_HEIGHT * k as f64)>{line}</tspan> }
        })
        .collect_view();
    view! {
        <path class="dm-mark" d=mark(kind, r, at) />
        {glyph(kind, r, at).map(|d| view! { <path class="dm-glyph" d=d /> })}
        <text class="dm-label" text-anchor="middle" aria-hidden="true" lang=use_story().story_lang()>
            {lines}
        </text>
    }
}
