//! Which side of its mark each label goes: under it unless a line leaves the mark that way
//! (a person under the actor it speaks for, a relation going down), then over it or beside
//! it, wherever fewer lines run and the node's box stays clear of every other box.

use super::geometry::{Point, Rect, order_by};
use super::graph::Graph;
use super::grid::Grid;
use super::quality::length_inside;
use super::{LabelSide, Placed, claimed_box, label_box};

/// Sides tried, in order of preference: ties keep the earlier.
const SIDES: [LabelSide; 4] = [
    LabelSide::Below,
    LabelSide::Above,
    LabelSide::Right,
    LabelSide::Left,
];

/// Moves labels (and so boxes) of `nodes`, placed for `graph` in a drawing `width` wide, to the
/// side where the fewest straight lines of the graph's springs run over them. Never makes two
/// boxes overlap or a box leave `0..width`.
pub fn choose_sides(graph: &Graph, nodes: &mut [Placed], width: f64) {
    if nodes.is_empty() {
        return;
    }
    let area = nodes
        .iter()
        .map(|p| p.bbox.inflate(200.0))
        .reduce(Rect::union)
        .unwrap_or_default();
    let segments: Vec<(Point, Point)> = graph
        .edges
        .iter()
        .map(|e| (nodes[e.a].center, nodes[e.b].center))
        .collect();
    let mut lines = Grid::new(area);
    for (k, &(a, b)) in segments.iter().enumerate() {
        lines.insert_line(k, a, b);
    }
    let mut boxes = Grid::new(area);
    for (i, p) in nodes.iter().enumerate() {
        boxes.insert(i, p.bbox.inflate(120.0));
    }
    let order = order_by(nodes.len(), &|i| -graph.nodes[i].prominence);
    for i in order {
        let (center, hit) = (nodes[i].center, nodes[i].hit_radius);
        let mut best: Option<(f64, Rect, Rect)> = None;
        for side in SIDES {
            let label = label_box(&graph.nodes[i], center, side);
            let bbox = claimed_box(center, hit, label);
            if bbox.x < -1e-9 || bbox.right() > width + 1e-9 {
                continue;
            }
            // Neighbours were filed with a margin wider than any label, so a box that moved
            // is still found from where it started. The box under the mark is the one the
            // layout made free.
            if side != LabelSide::Below
                && boxes
                    .near(bbox)
                    .into_iter()
                    .any(|j| j != i && nodes[j].bbox.overlaps(bbox))
            {
                continue;
            }
            let over = lines
                .near(label)
                .into_iter()
                .filter(|&k| length_inside(segments[k].0, segments[k].1, label) > 0.5)
                .count() as f64;
            if best.is_none_or(|(cost, _, _)| over < cost) {
                best = Some((over, label, bbox));
            }
            // Nothing runs over it: no side is better (and most labels stop here).
            if over == 0.0 {
                break;
            }
        }
        if let Some((_, label, bbox)) = best {
            nodes[i].label = label;
            nodes[i].bbox = bbox;
        }
    }
}
