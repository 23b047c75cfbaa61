//! The map's legend: every line style and every mark in use, each drawn as on the map.

use leptos::prelude::*;

use super::actor_map::edge_class;
use super::state::use_story;
use crate::domain::{ActorKind, RelationKind};
use crate::layout::Point;
use crate::layout::edges::edge_shape;
use crate::layout::marks::{glyph, mark};

/// The legend for the story's relation kinds and actor kinds.
#[component]
pub fn Legend() -> impl IntoView {
    let story = use_story();
    let data = story.dataset.clone();
    let relation_kinds: Vec<RelationKind> =
        RelationKind::ALL.into_iter().filter(|k| data.relations.iter().any(|r| r.kind == *k)).collect();
    let directed_kinds: Vec<bool> = relation_kinds
        .iter()
        .map(|k| data.relations.iter().any(|r| r.kind == *k && r.directed))
        .collect();
    let actor_kinds: Vec<ActorKind> =
        ActorKind::ALL.into_iter().filter(|k| data.actors.iter().any(|a| a.kind == *k)).collect();
    let speaks_for = data.actors.iter().any(|a| a.affiliation.is_some());

    let lines = relation_kinds
        .into_iter()
        .zip(directed_kinds)
        .map(|(kind, directed)| {
            let shape = edge_shape(kind, directed, (Point::new(2.0, 9.0), 0.0), (Point::new(46.0, 9.0), 0.0), 0.0);
            let class = edge_class(kind);
            let paths = shape.lines.into_iter().map(|d| view! { <path class="dm-edge-line" d=d /> }).collect_view();
            let arrow = shape.arrow.map(|d| view! { <path class="dm-edge-arrow" d=d /> });
            let text = if directed { format!("{} (arrow: who acts on whom)", kind.label()) } else { kind.label().to_owned() };
            view! {
                <li>
                    <svg class="dm-legend-sample" viewBox="0 0 48 18" width="48" height="18" aria-hidden="true">
                        <g class=class>{paths}{arrow}</g>
                    </svg>
                    {text}
                </li>
            }
        })
        .collect_view();
    let marks = actor_kinds
        .into_iter()
        .map(|kind| {
            let glyph_path = glyph(kind, 8.0).map(|d| view! { <path class="dm-glyph" d=d /> });
            view! {
                <li>
                    <svg class="dm-legend-sample" viewBox="-24 -9 48 18" width="48" height="18" aria-hidden="true">
                        <g class=format!("dm-actor dm-kind-{}", kind.key())>
                            <path class="dm-mark" d=mark(kind, 8.0) />
                            {glyph_path}
                        </g>
                    </svg>
                    {kind.label()}
                </li>
            }
        })
        .collect_view();
    let affiliation = speaks_for.then(|| {
        view! {
            <li>
                <svg class="dm-legend-sample" viewBox="0 0 48 18" width="48" height="18" aria-hidden="true">
                    <line class="dm-speaks-for" x1="2" y1="9" x2="46" y2="9" />
                </svg>
                "Speaks for"
            </li>
        }
    });
    view! {
        <details class="dm-legend" data-testid="legend">
            <summary>"Key to the map"</summary>
            <div class="dm-legend-columns">
                <ul aria-label="Lines">{lines}{affiliation}</ul>
                <ul aria-label="Actors">{marks}</ul>
            </div>
            <p class="dm-muted dm-small">"Larger marks are actors the story mentions more often."</p>
        </details>
    }
}
