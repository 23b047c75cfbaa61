//! Geometry of the actor map, in plain Rust: where each actor sits, where its label goes and
//! how the drawing maps to the screen. Deterministic: the same graph and configuration give
//! the same layout, bit for bit (no randomness, no clock, only IEEE-exact arithmetic).
//!
//! Guarantees, checked by the tests below and in `tests/layout.rs`: no two node boxes overlap
//! (a box covers a node's touch target and its label), every box lies inside the bounds, and
//! the drawing is as wide as the configured width at most.
//!
//! Aims, measured by [`quality`] and bounded in `tests/layout.rs` (not guaranteed for every
//! graph): no line over an actor that is not its own or over a label (labels go to the side
//! away from their lines, relations and "speaks for" ties curve around what is in their way,
//! never bending more than half their length), few crossings (small graphs are laid out from
//! several starts and the most readable kept; [`repair`], which nudges actors and labels off
//! the remaining lines, is too slow for the browser and runs only where `REPAIRED` says), the main
//! parties side by side in the middle, mediators beside the line between their parties and
//! between them, supporters on their party's side.

pub mod cluster;
pub mod edges;
pub mod force;
pub mod geometry;
pub mod graph;
pub mod grid;
pub mod label;
pub mod marks;
pub mod overlap;
pub mod path;
pub mod plan;
pub mod projection;
pub mod quadtree;
pub mod quality;
pub mod repair;
pub mod sides;

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
    /// The drawing for `graph` on a screen `width` pixels wide: as wide as the screen when
    /// the graph fits at full size in a drawing at most twice as tall as wide (it is then
    /// drawn 1:1, every touch target at full size); otherwise an overview, wider than the
    /// screen and about 4:3, which the map shows scaled down with zoom and pan.
    pub fn for_graph(graph: &Graph, width: f64) -> Self {
        let config = Self::for_width(width);
        let area = room_needed(graph);
        let needed = area / config.width;
        if needed <= 2.0 * config.width.max(480.0) {
            return config;
        }
        let aspect = 0.75;
        Self {
            width: (area / aspect).sqrt().max(config.width),
            aspect,
            iterations: None,
        }
    }

    /// A drawing `width` pixels wide, landscape on wide screens and portrait on phones.
    pub fn for_width(width: f64) -> Self {
        let width = width.max(MIN_WIDTH);
        // Phones: about square, so the map leaves room on the screen for what it explains.
        let aspect = if width < 520.0 { 1.0 } else { 0.7 };
        Self {
            width,
            aspect,
            iterations: None,
        }
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
    /// Where the label is drawn: its lines stacked, each centred in this box, which sits
    /// under, over or beside the mark (see [`LabelSide`]).
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

/// Graphs up to this many nodes are laid out from several starts, and the most readable
/// result is kept; larger ones from one start, so 5,000 actors stay under a second (eight
/// starts of 60 nodes took 400 ms natively).
const MULTI_START_NODES: usize = 40;
/// Starts tried for a small graph: the main parties side by side, then the spiral turned by
/// sixths of a turn, each also mirrored, at three spreads; the most readable is kept. Each
/// start costs about 5 ms natively on the built-in story (its lines routed and judged), some
/// 10 ms in the browser, where the layout runs before the map's first paint and again on a
/// resize: 4 starts keep that near 40 ms. Measured on the built-in story (2026-12-02, native,
/// a busy machine; phone 360 px / desktop 1280 px: lines over marks, over labels, crossings,
/// drawing height): 4 starts 3/8/12/514 and 2/5/15/444 in 26 and 21 ms; 12 starts 1/11/6/443
/// and 2/2/9/414 in 79 and 66 ms; 24 starts, the best three then repaired, 0/3/6/460 and
/// 0/0/10/414 in 400 ms, too slow for a reader's phone (about 1.4 s of blocking at 4x CPU
/// slowdown). For a story known at build time the search is done then ([`plan`]: Lighthouse's
/// Total Blocking Time on the built-in story fell from 208–222 ms to 24–40 ms); the repair
/// waits for a layout made entirely off the reader's critical path.
const STARTS: usize = 12;

/// Starts repaired (see [`repair`]), the most readable first: none in the browser (see
/// [`STARTS`]); the most readable start is kept as it is.
const REPAIRED: usize = 0;

/// Lays a graph out: from the most readable of several starts for a small graph (see
/// [`search`]; [`plan`] finds it ahead of time), else from one.
pub fn layout(graph: &Graph, config: &LayoutConfig) -> Layout {
    if REPAIRED == 0 {
        return place(graph, config, search(graph, config));
    }
    let mut scored = scored_starts(graph, config);
    // The most readable few are repaired and the best kept; ties keep the earlier start.
    scored.truncate(REPAIRED);
    let mut best: Option<(f64, Layout)> = None;
    for (_, mut map) in scored {
        repair::repair(graph, &mut map, config, &|m| readability(graph, m, config));
        let score = readability(graph, &map, config).cost;
        if best.as_ref().is_none_or(|(b, _)| score < *b) {
            best = Some((score, map));
        }
    }
    best.map_or_else(|| place(graph, config, 0), |(_, l)| l)
}

/// The start whose layout is the most readable: 0 for a graph too large for several starts.
pub fn search(graph: &Graph, config: &LayoutConfig) -> usize {
    if graph.nodes.len() > MULTI_START_NODES {
        return 0;
    }
    let scored = (0..STARTS).map(|start| {
        (
            readability(graph, &place(graph, config, start), config).cost,
            start,
        )
    });
    // The first of the most readable, so ties keep the earlier start and the choice is
    // deterministic.
    scored
        .reduce(|best, next| if next.0 < best.0 { next } else { best })
        .map_or(0, |(_, start)| start)
}

/// Every start's layout with its cost, the most readable first (a stable sort: ties keep the
/// earlier start).
fn scored_starts(graph: &Graph, config: &LayoutConfig) -> Vec<(f64, Layout)> {
    let starts = if graph.nodes.len() <= MULTI_START_NODES {
        STARTS
    } else {
        1
    };
    let mut scored: Vec<(f64, Layout)> = (0..starts)
        .map(|start| {
            let candidate = place(graph, config, start);
            (readability(graph, &candidate, config).cost, candidate)
        })
        .collect();
    scored.sort_by(|a, b| a.0.total_cmp(&b.0));
    scored
}

/// What makes a layout hard to read, as one number: routed lines over other actors' marks
/// and over labels, crossings, and height beyond the target (a phone reader scrolls it);
/// with the lines it judged and the actors out of place by the conflict map's grammar.
fn readability(graph: &Graph, map: &Layout, config: &LayoutConfig) -> repair::Judgement {
    // Lines as the edges will draw them: a pair's "speaks for" tie first, then as many lines
    // as relations, all routed around what a straight line passes over.
    let pairs: Vec<(usize, usize, usize)> = graph
        .edges
        .iter()
        .map(|e| {
            let tie = usize::from(e.spring == graph::Spring::Affiliation);
            (e.a, e.b, e.relations + tie)
        })
        .collect();
    let (_, routed) = edges::route(map, &pairs);
    let mut lines: Vec<quality::DrawnLine> = Vec::new();
    let mut routed = routed.into_iter();
    for (e, &(a, b, count)) in graph.edges.iter().zip(&pairs) {
        for (k, centre) in routed.by_ref().take(count).enumerate() {
            lines.push(quality::DrawnLine {
                ends: (a, b),
                strokes: vec![centre.clone()],
                centre,
                relation: !(k == 0 && e.spring == graph::Spring::Affiliation),
            });
        }
    }
    let q = quality::measure(map, &lines, config.width);
    let target = target_height(graph, config);
    let tall = ((map.bounds.h - target) / target).max(0.0);
    let broken = grammar_broken(graph, map);
    let cost = 10.0 * q.lines_over_marks as f64
        + 3.0 * q.lines_over_labels as f64
        + 3.0 * q.crossings as f64
        + 10.0 * tall
        + 4.0 * parties_apart(graph, map)
        + 60.0 * broken.len() as f64;
    repair::Judgement {
        cost,
        lines,
        misplaced: broken,
    }
}

/// Where the map breaks the conflict map's grammar, one entry (the actor out of place) per
/// break: a mediator (or one who speaks for it) on, or within a few pixels of, the line
/// between two of its parties, or not between them; a supporter of one main party nearer the
/// other.
fn grammar_broken(graph: &Graph, map: &Layout) -> Vec<usize> {
    let mut broken = Vec::new();
    for (mediator, parties) in &graph.mediations {
        // The mediator and those who speak for it.
        let side: Vec<usize> = std::iter::once(*mediator)
            .chain(
                graph
                    .affiliations
                    .iter()
                    .filter(|(_, a)| a == mediator)
                    .map(|&(m, _)| m),
            )
            .collect();
        for (k, &a) in parties.iter().enumerate() {
            for &b in &parties[k + 1..] {
                let (pa, pb) = (map.nodes[a].center, map.nodes[b].center);
                for &i in &side {
                    let m = &map.nodes[i];
                    if quality::segment_distance(m.center, pa, pb) < m.hit_radius + 8.0 {
                        broken.push(i);
                    }
                }
                // The mediator itself between the two, not beyond either.
                let (dx, dy) = (pb.x - pa.x, pb.y - pa.y);
                let length_sq = (dx * dx + dy * dy).max(1e-9);
                let c = map.nodes[*mediator].center;
                let t = ((c.x - pa.x) * dx + (c.y - pa.y) * dy) / length_sq;
                if !(0.15..=0.85).contains(&t) {
                    broken.push(*mediator);
                }
            }
        }
    }
    let order = geometry::order_by(graph.nodes.len(), &|i| -graph.nodes[i].prominence);
    if let [first, second, ..] = order[..] {
        for &(supporter, party) in &graph.supports {
            let other = match party {
                p if p == first => second,
                p if p == second => first,
                _ => continue,
            };
            let s = map.nodes[supporter].center;
            if supporter != other
                && s.distance(map.nodes[party].center) >= s.distance(map.nodes[other].center)
            {
                broken.push(supporter);
            }
        }
    }
    broken
}

/// How far the two most prominent actors (the main parties) are from sitting side by side in
/// the middle: their difference in height and their midpoint's distance from the drawing's
/// centre, in units of 100 px beyond the first 40.
fn parties_apart(graph: &Graph, map: &Layout) -> f64 {
    let order = geometry::order_by(graph.nodes.len(), &|i| -graph.nodes[i].prominence);
    let [a, b] = [order.first(), order.get(1)].map(|i| i.map(|&i| map.nodes[i].center));
    let (Some(a), Some(b)) = (a, b) else {
        return 0.0;
    };
    let middle = a.midpoint(b);
    let centre = Point::new(
        map.bounds.x + map.bounds.w / 2.0,
        map.bounds.y + map.bounds.h / 2.0,
    );
    let beyond = |d: f64| (d - 40.0).max(0.0) / 100.0;
    beyond((a.y - b.y).abs()) + 0.5 * beyond(middle.distance(centre))
}

/// One layout from start number `start` (see [`initial_positions`]).
fn place(graph: &Graph, config: &LayoutConfig, start: usize) -> Layout {
    let width = config.width.max(MIN_WIDTH);
    let relative: Vec<Rect> = graph.nodes.iter().map(relative_box).collect();
    let (clusters, cluster_of) = cluster::clusters(graph, &relative, width);
    let blocks = cluster_graph(graph, &clusters, &cluster_of);
    let sizes: Vec<f64> = clusters
        .iter()
        .map(|c| f64::midpoint(c.bbox.w, c.bbox.h))
        .collect();
    let height = target_height(graph, config);
    let mut positions = initial_positions(&blocks, &sizes, width, height, start);
    let iterations = config.iterations.unwrap_or(match blocks.nodes.len() {
        0..=200 => 300,
        201..=1000 => 150,
        _ => 80,
    });
    // Each cluster's origin (its top actor's centre) keeps the whole cluster inside the width;
    // a cluster wider than the drawing is centred.
    let x_ranges: Vec<(f64, f64)> = clusters
        .iter()
        .map(|c| {
            let (lo, hi) = (-c.bbox.x, width - c.bbox.right());
            if lo <= hi {
                (lo, hi)
            } else {
                let mid = f64::midpoint(lo, hi);
                (mid, mid)
            }
        })
        .collect();
    let forces = Forces {
        iterations,
        theta: 0.9,
        center: Point::new(width / 2.0, height / 2.0),
        gravity: (
            0.1 * (height / width).min(1.0),
            0.15 * (width / height).min(1.0),
        ),
        side_by_side: main_parties(&blocks, &clusters, width, &positions),
        clear_lines: graph.nodes.len() <= MULTI_START_NODES,
    };
    simulate(&blocks, &sizes, &mut positions, &forces, &x_ranges);
    let mut boxes: Vec<Rect> = positions
        .iter()
        .zip(&clusters)
        .map(|(p, c)| c.bbox.translate(p.x, p.y))
        .collect();
    overlap::separate(&mut boxes, width);
    let drawn = boxes
        .iter()
        .copied()
        .reduce(Rect::union)
        .unwrap_or_default();
    if graph.nodes.len() <= MULTI_START_NODES && drawn.h > height {
        overlap::compact_up(&mut boxes);
    }
    let mut nodes: Vec<Option<Placed>> = vec![None; graph.nodes.len()];
    for (cluster, placed_box) in clusters.iter().zip(&boxes) {
        let origin = Point::new(placed_box.x - cluster.bbox.x, placed_box.y - cluster.bbox.y);
        for &(i, offset) in &cluster.nodes {
            let node = &graph.nodes[i];
            let center = Point::new(origin.x + offset.x, origin.y + offset.y);
            nodes[i] = Some(Placed {
                center,
                radius: node.radius,
                hit_radius: node.hit_radius(),
                label: label_box(node, center, LabelSide::Below),
                lines: node.lines.clone(),
                bbox: relative[i].translate(center.x, center.y),
            });
        }
    }
    let mut nodes: Vec<Placed> = nodes.into_iter().flatten().collect();
    sides::choose_sides(graph, &mut nodes, width);
    let bounds = nodes
        .iter()
        .map(|p| p.bbox)
        .reduce(Rect::union)
        .unwrap_or(Rect::new(0.0, 0.0, width, 0.0));
    let bounds = Rect::new(0.0, bounds.y, width, bounds.h);
    Layout { nodes, bounds }
}

/// The two most prominent clusters (the main parties), left one first as the start placed
/// them, and how far apart their origins must be for their boxes to sit side by side; `None`
/// when there are fewer than two or they do not fit side by side in `width`.
fn main_parties(
    blocks: &Graph,
    clusters: &[cluster::Cluster],
    width: f64,
    positions: &[Point],
) -> Option<(usize, usize, f64)> {
    let order = geometry::order_by(blocks.nodes.len(), &|i| -blocks.nodes[i].prominence);
    let (&a, &b) = (order.first()?, order.get(1)?);
    let (a, b) = if positions[a].x <= positions[b].x {
        (a, b)
    } else {
        (b, a)
    };
    let (ba, bb) = (clusters[a].bbox, clusters[b].bbox);
    // Origin to origin: a's right part, b's left part, and the gap between boxes.
    let apart = ba.right() - bb.x + GAP;
    (ba.w + bb.w + GAP <= width).then_some((a, b, apart))
}

/// Which side of its mark a label sits on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LabelSide {
    /// Centred under the mark (the default).
    Below,
    /// Centred over the mark.
    Above,
    /// Right of the mark, centred on it vertically.
    Right,
    /// Left of the mark, centred on it vertically.
    Left,
}

/// Where the label of `node` centred at `center` goes on `side`.
pub fn label_box(node: &GraphNode, center: Point, side: LabelSide) -> Rect {
    let (lw, lh) = node.label;
    let r = node.radius;
    match side {
        LabelSide::Below => Rect::new(center.x - lw / 2.0, center.y + r + LABEL_GAP, lw, lh),
        LabelSide::Above => Rect::new(center.x - lw / 2.0, center.y - r - LABEL_GAP - lh, lw, lh),
        LabelSide::Right => Rect::new(center.x + r + LABEL_GAP, center.y - lh / 2.0, lw, lh),
        LabelSide::Left => Rect::new(center.x - r - LABEL_GAP - lw, center.y - lh / 2.0, lw, lh),
    }
}

/// The box a node claims with its label at `label`: touch target and label, plus a margin.
pub fn claimed_box(center: Point, hit: f64, label: Rect) -> Rect {
    Rect::new(center.x - hit, center.y - hit, 2.0 * hit, 2.0 * hit)
        .union(label)
        .inflate(GAP / 2.0)
}

/// The graph between clusters: one node per cluster, the springs and mediations of their
/// members mapped onto them.
fn cluster_graph(graph: &Graph, clusters: &[cluster::Cluster], cluster_of: &[usize]) -> Graph {
    let mut blocks = Graph {
        nodes: clusters
            .iter()
            .map(|c| {
                let prominence = c
                    .nodes
                    .iter()
                    .map(|&(i, _)| graph.nodes[i].prominence)
                    .sum();
                GraphNode {
                    prominence,
                    ..graph.nodes[c.nodes[0].0].clone()
                }
            })
            .collect(),
        ..Graph::default()
    };
    for edge in &graph.edges {
        let (a, b) = (cluster_of[edge.a], cluster_of[edge.b]);
        if a != b {
            blocks.add_edge(a, b, graph::Spring::Relation);
        }
    }
    blocks.merge_springs();
    for (mediator, parties) in &graph.mediations {
        let m = cluster_of[*mediator];
        let mut mapped: Vec<usize> = Vec::new();
        for p in parties.iter().map(|&p| cluster_of[p]) {
            if p != m && !mapped.contains(&p) {
                mapped.push(p);
            }
        }
        if mapped.len() >= 2 {
            blocks.mediations.push((m, mapped));
        }
    }
    blocks
}

/// The height the layout aims for: the configured aspect, or taller when the boxes need more
/// room than that at about half density.
pub fn target_height(graph: &Graph, config: &LayoutConfig) -> f64 {
    let width = config.width.max(MIN_WIDTH);
    (width * config.aspect).max(room_needed(graph) * PACKING / width)
}

/// Share of [`room_needed`] the simulation aims for: the overlap removal then spreads the
/// boxes out to about half density. Aiming at half density itself made the built-in story
/// 680 to 700 px tall at 360 px, almost a phone screen.
const PACKING: f64 = 0.7;

/// The area the node boxes need at about half density: 2.2 times their own.
fn room_needed(graph: &Graph) -> f64 {
    let boxes: f64 = graph
        .nodes
        .iter()
        .map(relative_box)
        .map(|b| b.w * b.h)
        .sum();
    boxes * 2.2
}

/// A deterministic start: a sunflower spiral, most prominent nodes in the middle, each
/// member placed right beside the actor it speaks for. Start 0 puts the two most prominent
/// nodes (the main parties) side by side across the middle; start `k` turns the spiral by
/// `k` sixths of a turn, odd starts mirrored.
fn initial_positions(
    graph: &Graph,
    sizes: &[f64],
    width: f64,
    height: f64,
    start: usize,
) -> Vec<Point> {
    // cos and sin of the golden angle, as constants: libm differs between platforms, and
    // the layout must not.
    const COS_GOLDEN: f64 = -0.737_368_878_078_319_6;
    const SIN_GOLDEN: f64 = 0.675_490_294_261_523_9;
    // How widely the spiral starts, by round of twelve starts.
    const SPREADS: [f64; 3] = [1.0, 0.6, 1.6];
    // Sixths of a turn, exact constants for the same reason.
    const TURNS: [(f64, f64); 6] = [
        (1.0, 0.0),
        (0.5, 0.866_025_403_784_438_6),
        (-0.5, 0.866_025_403_784_438_6),
        (-1.0, 0.0),
        (-0.5, -0.866_025_403_784_438_6),
        (0.5, -0.866_025_403_784_438_6),
    ];
    let n = graph.nodes.len();
    let order = geometry::order_by(n, &|i| -graph.nodes[i].prominence);
    let mut positions = vec![Point::default(); n];
    let mut placed = vec![false; n];
    let (mut dx, mut dy) = TURNS[(start / 2) % TURNS.len()];
    let mirror = if start % 2 == 1 { -1.0 } else { 1.0 };
    let step = sizes.iter().copied().sum::<f64>() / n.max(1) as f64
        * 0.6
        * SPREADS[(start / 12) % SPREADS.len()];
    let (sx, sy) = (1.0, height / width);
    let mut k = 0usize;
    for &i in &order {
        if placed[i] {
            continue;
        }
        let r = step * (k as f64 + 0.5).sqrt();
        positions[i] = if start == 0 && k < 2 {
            let side = if k == 0 { -1.0 } else { 1.0 };
            Point::new(width / 2.0 + side * width / 4.0, height / 2.0)
        } else {
            Point::new(
                width / 2.0 + mirror * dx * r * sx,
                height / 2.0 + dy * r * sy,
            )
        };
        placed[i] = true;
        (dx, dy) = (
            dx * COS_GOLDEN - dy * SIN_GOLDEN,
            dx * SIN_GOLDEN + dy * COS_GOLDEN,
        );
        k += 1;
        for (offset, &(member, _)) in graph
            .affiliations
            .iter()
            .filter(|(_, a)| *a == i)
            .enumerate()
        {
            if !placed[member] {
                let side = if offset % 2 == 0 { 1.0 } else { -1.0 } * (1.0 + (offset / 2) as f64);
                positions[member] = Point::new(
                    positions[i].x + mirror * side * step * 0.8,
                    positions[i].y + step * 0.5,
                );
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
            l.nodes
                .iter()
                .map(|p| (p.center.x.to_bits(), p.center.y.to_bits()))
                .collect()
        };
        assert_eq!(bits(&a), bits(&b));
    }

    #[test]
    fn node_boxes_never_overlap_and_stay_inside() {
        for width in [240.0, 320.0, 360.0, 700.0, 1200.0] {
            let (_, layout) = builtin_layout(width);
            assert!(
                overlap::overlapping_pairs(
                    &layout.nodes.iter().map(|p| p.bbox).collect::<Vec<_>>()
                )
                .is_empty()
            );
            for p in &layout.nodes {
                assert!(
                    layout.bounds.contains(p.bbox),
                    "width {width}: {p:?} outside {:?}",
                    layout.bounds
                );
                assert!(p.bbox.contains(p.label), "label outside its box");
                assert!(
                    p.bbox.x >= -1e-9 && p.bbox.right() <= width + 1e-9,
                    "width {width}: {p:?}"
                );
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
