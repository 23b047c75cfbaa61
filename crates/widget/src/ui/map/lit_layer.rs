//! The lit layer: a small SVG over the drawing with copies of what stands out for the
//! selection, and of the focus ring.
//!
//! A selection never changes the drawing itself, which would make the browser paint and
//! rasterize the whole map again (a tap on a 500-actor map took about 110 ms to show at 4x CPU
//! slowdown by Event Timing; 40 ms with the lit layer). The drawing is its own compositor
//! layer and is dimmed as a whole (an opacity the compositor applies, without painting), and
//! what stands out is drawn again here: a tap paints a handful of elements, whatever the
//! map's size. The copies are drawings only, with no roles, test ids or tab stops.

use std::sync::Arc;

use dramatis_core::domain::selection::Selection;
use dramatis_core::layout::Layout;
use dramatis_core::layout::edges::MapShapes;
use dramatis_core::layout::path::num;
use leptos::prelude::*;

use super::actor_shape::ActorShape;
use super::edge_lines::EdgeLines;
use super::frame::Frame;
use super::style::{actor_class, edge_class};
use crate::ui::state::use_story;

/// The copies of what stands out for the selection, drawn from `map` and `shapes`.
fn copies(map: &Layout, shapes: &MapShapes) -> impl IntoView + use<> {
    let story = use_story();
    let (data, chosen) = (story.data(), story.selection().get());
    if chosen == Selection::Nothing {
        return None;
    }
    let lit = story.lit().get();
    let on = |flags: &[bool], i: usize| flags.get(i).copied().unwrap_or(false);
    let affiliations = data
        .actor_ids()
        .filter_map(|id| {
            let to = data.actor(id).affiliation.as_ref()?.value;
            if !(on(&lit.actors, id.index()) && on(&lit.actors, to.index())) {
                return None;
            }
            let d = shapes.speaks_for.get(id.index())?.clone()?;
            Some(view! { <path class="dm-speaks-for" d=d /> })
        })
        .collect_view();
    let relations = data
        .relation_ids()
        .filter(|id| on(&lit.relations, id.index()))
        .map(|id| {
            let relation = data.relation(id);
            let class = edge_class(relation.kind)
                + if chosen == Selection::Relation(id) {
                    " dm-chosen"
                } else {
                    ""
                };
            view! {
                <g class=class data-lit-relation=relation.key.clone()>
                    <EdgeLines shape=shapes.relations[id.index()].clone() />
                </g>
            }
        })
        .collect_view();
    let actors = data
        .actor_ids()
        .filter(|id| on(&lit.actors, id.index()))
        .map(|id| {
            let actor = data.actor(id);
            let class = actor_class(actor.kind)
                + if chosen == Selection::Actor(id) {
                    " dm-chosen"
                } else {
                    ""
                };
            view! {
                <g class=class data-lit-actor=actor.key.clone()>
                    <ActorShape kind=actor.kind placed=map.nodes[id.index()].clone() />
                </g>
            }
        })
        .collect_view();
    Some(view! { {affiliations} {relations} {actors} })
}

/// The lit layer over the drawing of `map`, showing the same part of it (`frame`); the focus
/// ring's copy is on actor `focus` while `ring` says the focus is visible there.
#[component]
pub fn LitLayer(
    map: Memo<Option<Arc<Layout>>>,
    shapes: Memo<Arc<MapShapes>>,
    frame: Memo<Option<Frame>>,
    focus: ReadSignal<usize>,
    ring: ReadSignal<bool>,
) -> impl IntoView {
    let ring_at = move || {
        let map = map.get()?;
        let placed = map.nodes.get(focus.get())?;
        Some((placed.center, placed.radius + 5.0))
    };
    view! {
        <svg
            class="dm-map-lit"
            class:dm-overview=move || frame.get().is_some_and(Frame::overview)
            class:dm-zoomed-out=move || frame.get().is_some_and(Frame::zoomed_out)
            viewBox=move || frame.get().map(Frame::view_box)
            aria-hidden="true"
            data-testid="map-lit"
        >
            <g>{move || map.get().map(|map| copies(&map, &shapes.get()))}</g>
            <circle
                class="dm-lit-ring"
                class:dm-shown=ring
                cx=move || ring_at().map(|(c, _)| num(c.x))
                cy=move || ring_at().map(|(c, _)| num(c.y))
                r=move || ring_at().map_or_else(|| "0".to_owned(), |(_, r)| num(r))
            />
        </svg>
    }
}
