//! The actor map: an SVG of the story's actors and relations that readers select by tap,
//! click or keyboard. All geometry comes from the `layout` layer through memos.

use std::sync::Arc;

use leptos::html::Div;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::hooks::use_width;
use super::state::{Selection, use_story};
use crate::domain::describe::actor_sentence;
use crate::domain::{ActorId, ActorKind, RelationId, RelationKind};
use crate::layout::edges::{EdgeShape, Stroke, nearest_in_direction, relation_shapes, stroke};
use crate::layout::marks::{glyph, mark};
use crate::layout::{Graph, Layout, LayoutConfig, layout};

/// Layouts are recomputed only when the width changes by this much.
const WIDTH_STEP: f64 = 8.0;

/// The stylesheet's colour family for a relation kind.
pub fn tone(kind: RelationKind) -> &'static str {
    match kind {
        RelationKind::Conflict | RelationKind::Accusation | RelationKind::Criticism | RelationKind::Rejection => "hostile",
        RelationKind::Negotiation | RelationKind::Invitation | RelationKind::Appeal => "diplomatic",
        RelationKind::Mediation => "mediation",
        RelationKind::Alliance | RelationKind::Membership | RelationKind::Support => "cooperative",
        RelationKind::Economic => "economic",
    }
}

/// The stylesheet's name for a stroke.
pub fn stroke_class(stroke: Stroke) -> &'static str {
    match stroke {
        Stroke::Solid => "dm-solid",
        Stroke::Dotted => "dm-dotted",
        Stroke::Dashed => "dm-dashed",
        Stroke::DashDot => "dm-dashdot",
    }
}

/// The map of actors and relations.
#[component]
pub fn ActorMap() -> impl IntoView {
    let story = use_story();
    let data = story.dataset.clone();
    let container = NodeRef::<Div>::new();
    let width = use_width(container);
    let graph = StoredValue::new(Arc::new(Graph::from_dataset(&data)));
    let stepped = Memo::new(move |_| (width.get() / WIDTH_STEP).floor() * WIDTH_STEP);
    let map: Memo<Option<Arc<Layout>>> = Memo::new(move |_| {
        let width = stepped.get();
        (width > 0.0).then(|| Arc::new(layout(&graph.get_value(), &LayoutConfig::for_width(width))))
    });
    let selection = story.selection;
    let lit = {
        let data = data.clone();
        Memo::new(move |_| selection.get().highlights(&data))
    };
    // The one actor that takes the map's tab stop; arrow keys move it.
    let focus = RwSignal::new(0usize);

    let on_key = {
        let data = data.clone();
        move |event: web_sys::KeyboardEvent| {
            let step = match event.key().as_str() {
                "ArrowRight" => (1.0, 0.0),
                "ArrowLeft" => (-1.0, 0.0),
                "ArrowDown" => (0.0, 1.0),
                "ArrowUp" => (0.0, -1.0),
                "Enter" | " " => {
                    event.prevent_default();
                    let actor = ActorId::new(focus.get_untracked().min(data.actors.len().saturating_sub(1)));
                    selection.set(Selection::Actor(actor));
                    return;
                }
                _ => return,
            };
            event.prevent_default();
            let Some(current) = map.get_untracked() else { return };
            let centers: Vec<_> = current.nodes.iter().map(|p| p.center).collect();
            if let Some(next) = nearest_in_direction(&centers, focus.get_untracked(), step) {
                focus.set(next);
                focus_actor(container, next);
            }
        }
    };

    view! {
        <div class="dm-map" node_ref=container data-testid="actor-map">
            {move || {
                map.get()
                    .map(|map| {
                        view! {
                            <MapDrawing map=map lit=lit focus=focus on_key=on_key.clone() />
                        }
                    })
            }}
        </div>
    }
}

/// Moves keyboard focus to actor `index` of the map inside `container`.
fn focus_actor(container: NodeRef<Div>, index: usize) {
    let Some(root) = container.get_untracked() else { return };
    if let Ok(Some(element)) = root.query_selector(&format!("[data-actor-index=\"{index}\"]"))
        && let Ok(element) = element.dyn_into::<web_sys::SvgElement>()
    {
        let _ = element.focus();
    }
}

/// The SVG for one layout.
#[component]
fn MapDrawing(
    map: Arc<Layout>,
    lit: Memo<crate::domain::selection::Highlights>,
    focus: RwSignal<usize>,
    on_key: impl Fn(web_sys::KeyboardEvent) + 'static,
) -> impl IntoView {
    let story = use_story();
    let data = story.dataset.clone();
    let selection = story.selection;
    let shapes: Vec<EdgeShape> = relation_shapes(&data, &map);
    let bounds = map.bounds;
    let view_box = format!("0 {:.1} {:.1} {:.1}", bounds.y, bounds.w, bounds.h.max(1.0));

    let edges = data
        .relation_ids()
        .zip(shapes)
        .map(|(id, shape)| view! { <MapEdge id=id shape=shape lit=lit /> })
        .collect_view();
    let affiliations = data
        .actor_ids()
        .filter_map(|id| {
            let affiliation = data.actor(id).affiliation.as_ref()?;
            let (a, b) = (&map.nodes[id.index()], &map.nodes[affiliation.value.index()]);
            Some(view! {
                <line
                    class="dm-speaks-for"
                    x1=format!("{:.1}", a.center.x)
                    y1=format!("{:.1}", a.center.y)
                    x2=format!("{:.1}", b.center.x)
                    y2=format!("{:.1}", b.center.y)
                />
            })
        })
        .collect_view();
    let nodes = data
        .actor_ids()
        .map(|id| {
            let placed = map.nodes[id.index()].clone();
            view! { <MapNode id=id placed=placed lit=lit focus=focus /> }
        })
        .collect_view();

    view! {
        <svg
            class="dm-map-svg"
            viewBox=view_box
            width=format!("{:.0}", bounds.w)
            height=format!("{:.0}", bounds.h)
            role="group"
            aria-label="Map of the actors. Use the arrow keys to move between actors and Enter to select one."
            on:keydown=on_key
        >
            <rect
                class="dm-map-bg"
                data-testid="map-background"
                x="0"
                y=format!("{:.1}", bounds.y)
                width=format!("{:.1}", bounds.w)
                height=format!("{:.1}", bounds.h)
                on:click=move |_| selection.set(Selection::Nothing)
            />
            <g class="dm-affiliations" aria-hidden="true">{affiliations}</g>
            <g class="dm-edges">{edges}</g>
            <g class="dm-nodes">{nodes}</g>
        </svg>
    }
}

/// One relation on the map.
#[component]
fn MapEdge(id: RelationId, shape: EdgeShape, lit: Memo<crate::domain::selection::Highlights>) -> impl IntoView {
    let story = use_story();
    let relation = story.dataset.relation(id).clone();
    let selection = story.selection;
    let base = format!(
        "dm-edge dm-rel-{} dm-tone-{} {}",
        relation.kind.key(),
        tone(relation.kind),
        stroke_class(stroke(relation.kind))
    );
    let class = move || {
        let on = lit.with(|l| l.relations[id.index()]);
        let chosen = selection.get() == Selection::Relation(id);
        format!("{base}{}{}", if on { "" } else { " dm-dim" }, if chosen { " dm-chosen" } else { "" })
    };
    let lines = shape.lines.into_iter().map(|d| view! { <path class="dm-edge-line" d=d /> }).collect_view();
    let arrow = shape.arrow.map(|d| view! { <path class="dm-edge-arrow" d=d /> });
    view! {
        <g
            class=class
            data-testid="edge"
            data-relation=relation.key.clone()
            on:click=move |_| selection.set(Selection::Relation(id))
        >
            <path class="dm-edge-hit" d=shape.hit />
            {lines}
            {arrow}
        </g>
    }
}

/// One actor on the map.
#[component]
fn MapNode(
    id: ActorId,
    placed: crate::layout::Placed,
    lit: Memo<crate::domain::selection::Highlights>,
    focus: RwSignal<usize>,
) -> impl IntoView {
    let story = use_story();
    let data = story.dataset.clone();
    let actor = data.actor(id).clone();
    let selection = story.selection;
    let label = actor_sentence(&data, id);
    let kind = actor.kind;
    let base = format!("dm-actor dm-kind-{}", kind.key());
    let class = move || {
        let on = lit.with(|l| l.actors[id.index()]);
        let chosen = selection.get() == Selection::Actor(id);
        format!("{base}{}{}", if on { "" } else { " dm-dim" }, if chosen { " dm-chosen" } else { "" })
    };
    let r = placed.radius;
    let glyph_path = glyph(kind, r).map(|d| view! { <path class="dm-glyph" d=d /> });
    let first_baseline = placed.label.y - placed.center.y + 12.0;
    let lines = placed
        .lines
        .iter()
        .enumerate()
        .map(|(k, line)| {
            let y = first_baseline + 16.0 * k as f64;
            view! {
                <tspan x="0" y=format!("{y:.1}")>
                    {line.clone()}
                </tspan>
            }
        })
        .collect_view();
    view! {
        <g
            class=class
            role="button"
            tabindex=move || if focus.get() == id.index() { "0" } else { "-1" }
            aria-label=label
            aria-pressed=move || (selection.get() == Selection::Actor(id)).to_string()
            data-testid="actor"
            data-actor=actor.key.clone()
            data-actor-index=id.index().to_string()
            transform=format!("translate({:.1} {:.1})", placed.center.x, placed.center.y)
            on:click=move |_| {
                focus.set(id.index());
                selection.set(Selection::Actor(id));
            }
            on:focus=move |_| focus.set(id.index())
        >
            <circle class="dm-hit" r=format!("{:.1}", placed.hit_radius) />
            <circle class="dm-focus-ring" r=format!("{:.1}", r + 5.0) />
            <path class=if kind == ActorKind::Collective { "dm-mark dm-mark-collective" } else { "dm-mark" } d=mark(kind, r) />
            {glyph_path}
            <text class="dm-label" text-anchor="middle" aria-hidden="true">
                {lines}
            </text>
        </g>
    }
}
