//! The map's legend: every line style and every mark in use, each drawn as on the map.

use super::actor_map::edge_class;
use super::dom::{El, disclosure, document_of, replace_children};
use super::state::use_story;
use super::svg;
use crate::domain::{ActorKind, Dataset, RelationKind};
use crate::layout::Point;
use crate::layout::edges::edge_shape;
use crate::layout::marks::{glyph, mark};

/// A legend row: a small drawing and its meaning.
fn row(
    document: &web_sys::Document,
    view_box: &str,
    draw: &dyn Fn(&web_sys::Element),
    text: &str,
) -> El {
    let sample = svg::element(
        document,
        "svg",
        &[
            ("class", "dm-legend-sample"),
            ("viewBox", view_box),
            ("width", "48"),
            ("height", "18"),
            ("aria-hidden", "true"),
        ],
    );
    let item = El::new(document, "li");
    if let Some(sample) = sample {
        draw(&sample);
        let _ = item.0.append_child(&sample);
    }
    item.text(text)
}

/// A row for every relation kind in use, and for "speaks for".
fn line_rows(document: &web_sys::Document, data: &Dataset) -> Vec<El> {
    let mut lines = Vec::new();
    for kind in RelationKind::ALL {
        if !data.relations.iter().any(|r| r.kind == kind) {
            continue;
        }
        let directed = data.relations.iter().any(|r| r.kind == kind && r.directed);
        let shape = edge_shape(
            kind,
            directed,
            (Point::new(2.0, 9.0), 0.0),
            (Point::new(46.0, 9.0), 0.0),
            0.0,
        );
        let text = if directed {
            format!("{} (arrow: who acts on whom)", kind.label())
        } else {
            kind.label().to_owned()
        };
        let draw = |sample: &web_sys::Element| {
            if let Some(group) = svg::append(sample, "g", &[("class", &edge_class(kind))]) {
                for d in &shape.lines {
                    svg::append(&group, "path", &[("class", "dm-edge-line"), ("d", d)]);
                }
                if let Some(d) = &shape.arrow {
                    svg::append(&group, "path", &[("class", "dm-edge-arrow"), ("d", d)]);
                }
            }
        };
        lines.push(row(document, "0 0 48 18", &draw, &text));
    }
    if data.actors.iter().any(|a| a.affiliation.is_some()) {
        let draw = |sample: &web_sys::Element| {
            svg::append(
                sample,
                "line",
                &[
                    ("class", "dm-speaks-for"),
                    ("x1", "2"),
                    ("y1", "9"),
                    ("x2", "46"),
                    ("y2", "9"),
                ],
            );
        };
        lines.push(row(document, "0 0 48 18", &draw, "Speaks for"));
    }
    lines
}

/// A row for every kind of actor in the story.
fn mark_rows(document: &web_sys::Document, data: &Dataset) -> Vec<El> {
    let mut marks = Vec::new();
    for kind in ActorKind::ALL {
        if !data.actors.iter().any(|a| a.kind == kind) {
            continue;
        }
        let draw = |sample: &web_sys::Element| {
            if let Some(group) = svg::append(
                sample,
                "g",
                &[("class", &format!("dm-actor dm-kind-{}", kind.key()))],
            ) {
                svg::append(
                    &group,
                    "path",
                    &[
                        ("class", "dm-mark"),
                        ("d", &mark(kind, 8.0, Point::new(0.0, 0.0))),
                    ],
                );
                if let Some(d) = glyph(kind, 8.0, Point::new(0.0, 0.0)) {
                    svg::append(&group, "path", &[("class", "dm-glyph"), ("d", &d)]);
                }
            }
        };
        marks.push(row(document, "-24 -9 48 18", &draw, kind.label()));
    }
    marks
}

/// The legend for the story's relation kinds and actor kinds.
pub fn legend(document: &web_sys::Document) -> El {
    let story = use_story();
    let data = story.dataset.clone();
    let body = El::new(document, "div").0;
    let legend = disclosure(document, "dm-legend", "legend", "Key to the map", &body);
    // Closed at first: built with the map as text, three frames after the map (see
    // `after_frames`).
    super::hooks::after_frames(3, move || build(&body, &data));
    legend
}

/// Fills the legend's body with its rows.
fn build(body: &web_sys::Element, data: &Dataset) {
    let document = document_of(body);
    let lines = line_rows(&document, data);
    let marks = mark_rows(&document, data);
    replace_children(
        body,
        vec![
            El::new(&document, "div")
                .class("dm-legend-columns")
                .child(
                    El::new(&document, "ul")
                        .attr("aria-label", "Lines")
                        .children(lines),
                )
                .child(
                    El::new(&document, "ul")
                        .attr("aria-label", "Actors")
                        .children(marks),
                ),
            El::new(&document, "p")
                .class("dm-muted dm-small")
                .text("Larger marks are actors the story mentions more often."),
        ],
    );
}
