//! The map's key: every line style and every mark in use, each drawn as on the map.

use dramatis_core::domain::describe::{actor_kind, relation_kind};
use dramatis_core::domain::{ActorKind, Dataset, RelationKind};
use dramatis_core::layout::Point;
use dramatis_core::layout::edges::edge_shape;
use dramatis_core::layout::marks::{glyph, mark};
use dramatis_i18n::Catalog;
use leptos::prelude::*;

use super::disclosure::Disclosure;
use super::hooks::{When, use_deferred};
use super::map::edge_lines::EdgeLines;
use super::map::style::{actor_class, edge_class};
use super::state::use_story;

/// Every relation kind in the story, each with whether any of its relations is directed.
fn relation_kinds(data: &Dataset) -> Vec<(RelationKind, bool)> {
    RelationKind::ALL
        .into_iter()
        .filter(|&kind| data.relations.iter().any(|r| r.kind == kind))
        .map(|kind| {
            let directed = data.relations.iter().any(|r| r.kind == kind && r.directed);
            (kind, directed)
        })
        .collect()
}

/// A row for every relation kind in use, and for "speaks for".
fn line_rows(t: &Catalog, data: &Dataset) -> impl IntoView + use<> {
    let rows = relation_kinds(data)
        .into_iter()
        .map(|(kind, directed)| {
            let shape = edge_shape(
                kind,
                directed,
                (Point::new(2.0, 9.0), 0.0),
                (Point::new(46.0, 9.0), 0.0),
                0.0,
            );
            let text = if directed {
                t.legend_directed(relation_kind(t, kind))
            } else {
                relation_kind(t, kind)
            };
            view! {
                <li>
                    <svg class="dm-legend-sample" viewBox="0 0 48 18" width="48" height="18" aria-hidden="true">
                        <g class=edge_class(kind)><EdgeLines shape /></g>
                    </svg>
                    {text}
                </li>
            }
        })
        .collect_view();
    let speaks_for = data.actors.iter().any(|a| a.affiliation.is_some()).then(|| {
        view! {
            <li>
                <svg class="dm-legend-sample" viewBox="0 0 48 18" width="48" height="18" aria-hidden="true">
                    <line class="dm-speaks-for" x1="2" y1="9" x2="46" y2="9" />
                </svg>
                {t.legend_speaks_for()}
            </li>
        }
    });
    view! { {rows} {speaks_for} }
}

/// A row for every kind of actor in the story.
fn mark_rows(t: &Catalog, data: &Dataset) -> impl IntoView + use<> {
    ActorKind::ALL
        .into_iter()
        .filter(|&kind| data.actors.iter().any(|a| a.kind == kind))
        .map(|kind| {
            let at = Point::new(0.0, 0.0);
            view! {
                <li>
                    <svg class="dm-legend-sample" viewBox="-24 -9 48 18" width="48" height="18" aria-hidden="true">
                        <g class=actor_class(kind)>
                            <path class="dm-mark" d=mark(kind, 8.0, at) />
                            {glyph(kind, 8.0, at).map(|d| view! { <path class="dm-glyph" d=d /> })}
                        </g>
                    </svg>
                    {actor_kind(t, kind)}
                </li>
            }
        })
        .collect_view()
}

/// The key to the map, in a closed disclosure.
#[component]
pub fn Legend() -> impl IntoView {
    let story = use_story();
    // Closed at first: built with the map as text, three frames after the map.
    let ready = use_deferred(When::AfterFrames(3));
    let body = move || {
        let (data, t) = (story.data(), story.t());
        view! {
            <div class="dm-legend-columns">
                <ul aria-label=t.legend_lines()>{line_rows(&t, &data)}</ul>
                <ul aria-label=t.legend_actors()>{mark_rows(&t, &data)}</ul>
            </div>
            <p class="dm-muted dm-small">{t.legend_size()}</p>
        }
    };
    view! {
        <Disclosure class="dm-legend" testid="legend" summary=story.t().legend()>
            <div>
                {move || ready.get().then(body)}
            </div>
        </Disclosure>
    }
}
