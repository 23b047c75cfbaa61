//! Geometry of the actor map, in plain Rust: where each actor sits, where its label goes and
//! how the drawing maps to the screen. Deterministic: the same graph and configuration give
//! the same layout, bit for bit (no randomness, no clock, only IEEE-exact arithmetic).
//!
//! Guarantees, checked by the tests below and in `tests/layout.rs`: no two node boxes overlap
//! (a box covers a node's touch target and its label), every box lies inside the bounds, and
//! the drawing is as wide as the configured width at most.

pub mod force;
pub mod geometry;
pub mod graph;
pub mod label;
pub mod overlap;
pub mod projection;
pub mod quadtree;

pub use geometry::{Point, Rect};
pub use graph::{Graph, GraphNode};
pub use projection::Projection;

use force::{Forces, simulate};

/// Space kept clear around every node box.
pub const GAP: f64 = 6.0;
/// Space between a node's mark and its label.
pub const LABEL_GAP: f64 = 4.0;
/// Narrowest drawing the layout will make.
pub const MIN_WIDTH: f64 = 240.0;

/// What the layout is asked for.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct LayoutConfig {
    /// Width of the drawing in CSS pixels; nodes and labels stay inside it.
    pub width: f64,
    /// Height the drawing aims for, as a multiple of the width; it may grow taller.
    pub aspect: f64,
    /// Simulation steps; `None` picks by graph size.
    pub iterations: Option<usize>,
}

impl LayoutConfig {
    /// A drawing `width` pixels wide, landscape on wide screens and portrait on phones.
    pub fn for_width(width: f64) -> Self {
        let width = width.max(MIN_WIDTH);
        let aspect = if width < 520.0 { 1.25 } else { 0.7 };
        Self { width, aspect, iterations: None }
    }
}

/// Where one node is drawn.
#[derive(Clone, Debug, PartialEq)]
pub struct Placed {
    /// Centre of the node's mark.
    pub center: Point,
    /// Radius of the drawn mark.
    pub radius: f64,
    /// Radius of the touch target.
    pub hit_radius: f64,
    /// Where the label is drawn (its lines stacked, centred under the mark).
    pub label: Rect,
    /// The label's lines.
    pub lines: Vec<String>,
    /// The space the node claims: touch target and label, plus a margin. No two overlap.
    pub bbox: Rect,
}

/// A finished layout.
#[derive(Clone, Debug, PartialEq)]
pub struct Layout {
    /// One entry per node of the graph, in the graph's order.
    pub nodes: Vec<Placed>,
    /// The smallest rectangle containing every node box.
    pub bounds: Rect,
}

/// The box a node claims, relative to its centre.
fn relative_box(node: &GraphNode) -> Rect {
    let hit = node.hit_radius();
    let (lw, lh) = node.label;
    let half_w = hit.max(lw / 2.0);
    let bottom = hit.max(node.radius + LABEL_GAP + lh);
    Rect::new(-half_w, -hit, 2.0 * half_w, hit + bottom).inflate(GAP / 2.0)
}

/// Lays a graph out.
pub fn layout(graph: &Graph, config: &LayoutConfig) -> Layout {
    let n = graph.nodes.len();
    let width = config.width.max(MIN_WIDTH);
    let relative: Vec<Rect> = graph.nodes.iter().map(relative_box).collect();
    let sizes: Vec<f64> = relative.iter().map(|r| (r.w + r.h) / 2.0).collect();
    let height = (width * config.aspect).max(estimated_height(&relative, width));
    let mut positions = initial_positions(graph, &sizes, width, height);
    let iterations = config.iterations.unwrap_or(match n {
        0..=200 => 300,
        201..=1000 => 200,
        _ => 120,
    });
    let max_half = relative.iter().map(|r| r.w / 2.0).fold(0.0, f64::max);
    let forces = Forces {
        iterations,
        theta: 0.9,
        center: Point::new(width / 2.0, height / 2.0),
        gravity: (0.08 * 600.0 / width.max(300.0), 0.05 * 600.0 / height.max(300.0)),
        x_range: (max_half.min(width / 2.0), (width - max_half).max(width / 2.0)),
    };
    simulate(graph, &sizes, &mut positions, &forces);
    let mut boxes: Vec<Rect> =
        positions.iter().zip(&relative).map(|(p, r)| r.translate(p.x, p.y)).collect();
    overlap::separate(&mut boxes, width);
    let nodes: Vec<Placed> = graph
        .nodes
        .iter()
        .zip(&boxes)
        .zip(&relative)
        .map(|((node, bbox), rel)| {
            let center = Point::new(bbox.x - rel.x, bbox.y - rel.y);
            let (lw, lh) = node.label;
            Placed {
                center,
                radius: node.radius,
                hit_radius: node.hit_radius(),
                label: Rect::new(center.x - lw / 2.0, center.y + node.radius + LABEL_GAP, lw, lh),
                lines: node.lines.clone(),
                bbox: *bbox,
            }
        })
        .collect();
    let bounds = nodes
        .iter()
        .map(|p| p.bbox)
        .reduce(Rect::union)
        .unwrap_or(Rect::new(0.0, 0.0, width, 0.0));
    let bounds = Rect::new(0.0, bounds.y, width, bounds.h);
    Layout { nodes, bounds }
}

/// The height the boxes need if packed at half density into the given width.
fn estimated_height(boxes: &[Rect], width: f64) -> f64 {
    let area: f64 = boxes.iter().map(|b| b.w * b.h).sum();
    area * 2.2 / width
}

/// A deterministic start: a sunflower spiral, most prominent nodes in the middle, each
/// member placed right beside the actor it speaks for.
fn initial_positions(graph: &Graph, sizes: &[f64], width: f64, height: f64) -> Vec<Point> {
    // cos and sin of the golden angle, as constants: libm differs between platforms, and
    // the layout must not.
    const COS_GOLDEN: f64 = -0.737_368_878_078_319_6;
    const SIN_GOLDEN: f64 = 0.675_490_294_261_523_9;
    let n = graph.nodes.len();
    let mut order: Vec<usize> = (0..n).collect();
    order.sort_by(|&a, &b| {
        graph.nodes[b].prominence.total_cmp(&graph.nodes[a].prominence).then(a.cmp(&b))
    });
    let mut positions = vec![Point::default(); n];
    let mut placed = vec![false; n];
    let (mut dx, mut dy) = (1.0f64, 0.0f64);
    let step = sizes.iter().copied().sum::<f64>() / n.max(1) as f64 * 0.6;
    let (sx, sy) = (1.0, height / width);
    let mut k = 0usize;
    for &i in &order {
        if placed[i] {
            continue;
        }
        #[allow(clippy::cast_precision_loss)]
        let r = step * (k as f64 + 0.5).sqrt();
        positions[i] = Point::new(width / 2.0 + dx * r * sx, height / 2.0 + dy * r * sy);
        placed[i] = true;
        (dx, dy) = (dx * COS_GOLDEN - dy * SIN_GOLDEN, dx * SIN_GOLDEN + dy * COS_GOLDEN);
        k += 1;
        for (offset, &(member, _)) in graph.affiliations.iter().filter(|(_, a)| *a == i).enumerate() {
            if !placed[member] {
                #[allow(clippy::cast_precision_loss)]
                let side = if offset % 2 == 0 { 1.0 } else { -1.0 } * (1.0 + (offset / 2) as f64);
                positions[member] = Point::new(positions[i].x + side * step * 0.8, positions[i].y + step * 0.5);
                placed[member] = true;
            }
        }
    }
    positions
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::builtin::builtin;

    fn builtin_layout(width: f64) -> (crate::domain::Dataset, Layout) {
        let data = builtin().unwrap();
        let graph = Graph::from_dataset(&data);
        let layout = layout(&graph, &LayoutConfig::for_width(width));
        (data, layout)
    }

    #[test]
    fn same_input_same_layout_bit_for_bit() {
        let (_, a) = builtin_layout(700.0);
        let (_, b) = builtin_layout(700.0);
        let bits = |l: &Layout| -> Vec<(u64, u64)> {
            l.nodes.iter().map(|p| (p.center.x.to_bits(), p.center.y.to_bits())).collect()
        };
        assert_eq!(bits(&a), bits(&b));
    }

    #[test]
    fn node_boxes_never_overlap_and_stay_inside() {
        for width in [240.0, 320.0, 360.0, 700.0, 1200.0] {
            let (_, layout) = builtin_layout(width);
            assert!(overlap::overlapping_pairs(&layout.nodes.iter().map(|p| p.bbox).collect::<Vec<_>>()).is_empty());
            for p in &layout.nodes {
                assert!(layout.bounds.contains(p.bbox), "width {width}: {p:?} outside {:?}", layout.bounds);
                assert!(p.bbox.contains(p.label), "label outside its box");
                assert!(p.bbox.x >= -1e-9 && p.bbox.right() <= width + 1e-9, "width {width}: {p:?}");
            }
        }
    }

    #[test]
    fn empty_and_single_graphs_are_fine() {
        let empty = layout(&Graph::default(), &LayoutConfig::for_width(400.0));
        assert!(empty.nodes.is_empty());
        let mut one = Graph::default();
        one.nodes.push(GraphNode::new("Alone", 1.0));
        let single = layout(&one, &LayoutConfig::for_width(400.0));
        assert!(single.bounds.contains(single.nodes[0].bbox));
    }
}
