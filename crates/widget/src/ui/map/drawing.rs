//! The map's drawing: background, "speaks for" lines, relations and actors, as the layout
//! places them. A selection never changes it (the lit layer over it shows what stands out),
//! except for each actor's pressed state and the roving tab stop.

use std::sync::Arc;

use dramatis_core::domain::Dataset;
use dramatis_core::domain::describe::actor_sentence;
use dramatis_core::domain::order::order_by;
use dramatis_core::domain::selection::Selection;
use dramatis_core::layout::Layout;
use dramatis_core::layout::edges::MapShapes;
use dramatis_core::layout::path::num;
use leptos::prelude::*;

use super::actor_shape::ActorShape;
use super::edge_lines::EdgeLines;
use super::style::{actor_class, edge_class};
use crate::ui::state::use_story;

/// How many of the most prominent actors keep their labels when the map is zoomed out.
const MAJOR: usize = 40;

/// For every actor, whether it is minor: outside the [`MAJOR`] most prominent.
pub fn minor_actors(data: &Dataset) -> Vec<bool> {
    let prominence = data.prominences();
    let by_prominence = order_by(data.actors.len(), &|i| -(prominence[i] as f64));
    let mut minor = vec![false; data.actors.len()];
    for &i in by_prominence.iter().skip(MAJOR) {
        minor[i] = true;
    }
    minor
}

/// The drawing of `map`, with its lines `shapes`; `tab_stop` says which actor holds the
/// map's tab stop.
#[component]
pub fn MapDrawing(
    map: Arc<Layout>,
    shapes: Arc<MapShapes>,
    tab_stop: ReadSignal<usize>,
) -> impl IntoView {
    let story = use_story();
    let (data, t) = (story.data(), story.t());
    let b = map.bounds;
    let affiliations = shapes
        .speaks_for
        .iter()
        .flatten()
        .map(|d| view! { <path class="dm-speaks-for" d=d.clone() /> })
        .collect_view();
    let edges = data
        .relation_ids()
        .zip(shapes.relations.iter().cloned())
        .map(|(id, shape)| {
            let relation = data.relation(id);
            view! {
                <g
                    class=edge_class(relation.kind)
                    data-testid="edge"
                    data-relation=relation.key.clone()
                    data-dm-relation=id.index()
                >
                    <path class="dm-edge-hit" d=shape.hit.clone() />
                    <EdgeLines shape />
                </g>
            }
        })
        .collect_view();
    let minor = minor_actors(&data);
    let nodes = data
        .actor_ids()
        .map(|id| {
            let (i, actor, placed) = (id.index(), data.actor(id), map.nodes[id.index()].clone());
            let (x, y) = (num(placed.center.x), num(placed.center.y));
            view! {
                <g
                    class=actor_class(actor.kind)
                    role="button"
                    tabindex=move || if tab_stop.get() == i { "0" } else { "-1" }
                    aria-label=actor_sentence(&t, &data, id)
                    aria-pressed=move || {
                        if story.selection().get() == Selection::Actor(id) { "true" } else { "false" }
                    }
                    data-testid="actor"
                    data-actor=actor.key.clone()
                    data-dm-actor=i
                    data-minor=minor[i].then_some("")
                >
                    <circle class="dm-hit" cx=x.clone() cy=y.clone() r=num(placed.hit_radius) />
                    <circle class="dm-focus-ring" cx=x cy=y r=num(placed.radius + 5.0) />
                    <ActorShape kind=actor.kind placed />
                </g>
            }
        })
        .collect_view();
    view! {
        <rect
            class="dm-map-bg"
            data-testid="map-background"
            data-dm-background=""
            x="0"
            y=num(b.y)
            width=num(b.w)
            height=num(b.h)
        />
        <g class="dm-affiliations" aria-hidden="true">{affiliations}</g>
        <g class="dm-edges">{edges}</g>
        <g class="dm-nodes">{nodes}</g>
    }
}
