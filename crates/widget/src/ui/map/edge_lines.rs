//! The visible parts of one relation's drawing: its lines and, if directed, its arrow head.

use dramatis_core::layout::edges::EdgeShape;
use leptos::prelude::*;

/// The lines and arrow of `shape`.
#[component]
pub fn EdgeLines(shape: EdgeShape) -> impl IntoView {
    let lines = shape
        .lines
        .into_iter()
        .map(|d| view! { <path class="dm-edge-line" d=d /> })
        .collect_view();
    let arrow = shape
        .arrow
        .map(|d| view! { <path class="dm-edge-arrow" d=d /> });
    view! { {lines} {arrow} }
}
