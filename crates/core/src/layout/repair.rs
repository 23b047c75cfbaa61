//! The last touch on a small graph's layout: where a routed line still passes over a mark or
//! a label, the actors involved are nudged or their labels moved to another side, one change
//! at a time, each kept only when the whole drawing reads better (no box overlaps another,
//! leaves the width or strays from the actor it speaks for).

use super::geometry::{Point, Rect};
use super::graph::Graph;
use super::quality::{DrawnLine, labels_under, marks_under, over_circle, over_label, visible_part};
use super::{LabelSide, Layout, LayoutConfig, claimed_box, label_box};

/// Rounds of changes at most: the built-in story settles in three or four.
const SWEEPS: usize = 10;
/// Most lines routed while judging drawings (each judgement routes every line): about 30
/// judgements of the built-in story's 23 lines, some 100 ms natively; a graph with more lines
/// gets fewer, quadratically, as routing costs about the square of the lines.
const BUDGET: usize = 30 * 23 * 23;
/// Candidates judged for each actor in a round, the best guesses first.
const JUDGED: usize = 6;
/// How much worse than now a guess may look and still be judged (a bend may fix it).
const SLACK: f64 = 3.5;
/// How far an actor is nudged, in pixels, in each of eight directions.
const NUDGES: [f64; 3] = [12.0, 24.0, 40.0];
/// Most a member's box may stray from the box of the actor it speaks for.
const MEMBER_GAP: f64 = 20.0;

/// Label sides tried, in order of preference.
const SIDES: [LabelSide; 4] = [
    LabelSide::Below,
    LabelSide::Above,
    LabelSide::Right,
    LabelSide::Left,
];

/// The diagonal's share on each axis (a constant, not a call into libm).
const D: f64 = std::f64::consts::FRAC_1_SQRT_2;
/// The eight directions a node is nudged in.
const DIRECTIONS: [(f64, f64); 8] = [
    (1.0, 0.0),
    (-1.0, 0.0),
    (0.0, 1.0),
    (0.0, -1.0),
    (D, D),
    (-D, D),
    (D, -D),
    (-D, -D),
];

/// Gap between two boxes (0 when they touch or overlap).
fn gap(a: Rect, b: Rect) -> f64 {
    let dx = (b.x - a.right()).max(a.x - b.right()).max(0.0);
    let dy = (b.y - a.bottom()).max(a.y - b.bottom()).max(0.0);
    dx.hypot(dy)
}

/// `map` with node `i` at `center` and its label at `label`, when that keeps every guarantee.
fn moved(
    graph: &Graph,
    map: &Layout,
    i: usize,
    center: Point,
    label: Rect,
    width: f64,
) -> Option<Layout> {
    let bbox = claimed_box(center, map.nodes[i].hit_radius, label);
    if bbox.x < -1e-9 || bbox.right() > width + 1e-9 {
        return None;
    }
    if map
        .nodes
        .iter()
        .enumerate()
        .any(|(j, p)| j != i && p.bbox.overlaps(bbox))
    {
        return None;
    }
    let mut next = map.clone();
    let node = &mut next.nodes[i];
    node.center = center;
    node.label = label;
    node.bbox = bbox;
    if graph.affiliations.iter().any(|&(m, a)| {
        (m == i || a == i) && gap(next.nodes[m].bbox, next.nodes[a].bbox) > MEMBER_GAP
    }) {
        return None;
    }
    let drawn = next
        .nodes
        .iter()
        .map(|p| p.bbox)
        .reduce(Rect::union)
        .unwrap_or_default();
    next.bounds = Rect::new(0.0, drawn.y, width, drawn.h);
    Some(next)
}

/// `map` with node `i`'s label at `label` and every box in its way pushed just clear of the
/// node's new box, along whichever axis moves it least, when that keeps every guarantee.
fn pushed(graph: &Graph, map: &Layout, i: usize, label: Rect, width: f64) -> Option<Layout> {
    let p = &map.nodes[i];
    let bbox = claimed_box(p.center, p.hit_radius, label);
    if bbox.x < -1e-9 || bbox.right() > width + 1e-9 {
        return None;
    }
    let mut next = map.clone();
    let mut any = false;
    for (j, q) in map.nodes.iter().enumerate() {
        if j == i || !q.bbox.overlaps(bbox) {
            continue;
        }
        any = true;
        let moves = [
            (bbox.right() - q.bbox.x + 0.5, 0.0),
            (bbox.x - q.bbox.right() - 0.5, 0.0),
            (0.0, bbox.bottom() - q.bbox.y + 0.5),
            (0.0, bbox.y - q.bbox.bottom() - 0.5),
        ];
        let (dx, dy) = moves
            .into_iter()
            .filter(|&(dx, _)| q.bbox.x + dx >= -1e-9 && q.bbox.right() + dx <= width + 1e-9)
            .min_by(|a, b| (a.0.abs() + a.1.abs()).total_cmp(&(b.0.abs() + b.1.abs())))?;
        let node = &mut next.nodes[j];
        node.center = Point::new(node.center.x + dx, node.center.y + dy);
        node.label = node.label.translate(dx, dy);
        node.bbox = node.bbox.translate(dx, dy);
    }
    if !any {
        return None;
    }
    let node = &mut next.nodes[i];
    node.label = label;
    node.bbox = bbox;
    let boxes: Vec<Rect> = next.nodes.iter().map(|p| p.bbox).collect();
    if !super::overlap::overlapping_pairs(&boxes).is_empty()
        || graph.affiliations.iter().any(|&(m, a)| {
            gap(next.nodes[m].bbox, next.nodes[a].bbox) > MEMBER_GAP
                && gap(map.nodes[m].bbox, map.nodes[a].bbox) <= MEMBER_GAP
        })
    {
        return None;
    }
    let drawn = boxes.into_iter().reduce(Rect::union).unwrap_or_default();
    next.bounds = Rect::new(0.0, drawn.y, width, drawn.h);
    Some(next)
}

/// Where node `i` of `map` could go instead: its label on another side, or the node nudged
/// (its label on the same side), in order of preference.
fn candidates(graph: &Graph, map: &Layout, i: usize, width: f64) -> Vec<Layout> {
    let p = &map.nodes[i];
    let node = &graph.nodes[i];
    let mut out = Vec::new();
    for side in SIDES {
        let label = label_box(node, p.center, side);
        if label != p.label {
            out.extend(moved(graph, map, i, p.center, label, width));
            out.extend(pushed(graph, map, i, label, width));
        }
    }
    for step in NUDGES {
        for (dx, dy) in DIRECTIONS {
            let center = Point::new(p.center.x + dx * step, p.center.y + dy * step);
            let label = p.label.translate(dx * step, dy * step);
            out.extend(moved(graph, map, i, center, label, width));
        }
    }
    // Both at once, for a label that has no room on another side where the node stands.
    for step in NUDGES {
        for (dx, dy) in DIRECTIONS {
            let center = Point::new(p.center.x + dx * step, p.center.y + dy * step);
            let same = p.label.translate(dx * step, dy * step);
            for side in SIDES {
                let label = label_box(node, center, side);
                if label != same {
                    out.extend(moved(graph, map, i, center, label, width));
                }
            }
        }
    }
    out
}

/// How readable a drawing is, as [`repair`] is told.
pub struct Judgement {
    /// One number, lower reads better.
    pub cost: f64,
    /// The lines as drawn (routed).
    pub lines: Vec<DrawnLine>,
    /// Actors out of place by the conflict map's grammar.
    pub misplaced: Vec<usize>,
}

/// A quick guess at what `map` (node `i` just moved) passes over, with `lines` as they were
/// routed before the move: those at `i` straight from its new place, the others where they
/// were.
fn guess(map: &Layout, lines: &[DrawnLine], i: usize) -> f64 {
    let (own, others): (Vec<&DrawnLine>, Vec<&DrawnLine>) =
        lines.iter().partition(|l| l.ends.0 == i || l.ends.1 == i);
    let own: Vec<DrawnLine> = own
        .into_iter()
        .map(|l| {
            let (a, b) = (&map.nodes[l.ends.0], &map.nodes[l.ends.1]);
            let line = visible_part(a.center, a.radius, b.center, b.radius);
            DrawnLine {
                ends: l.ends,
                strokes: vec![line.clone()],
                centre: line,
                relation: l.relation,
            }
        })
        .collect();
    let p = &map.nodes[i];
    let marks = marks_under(map, &own).len()
        + others
            .iter()
            .filter(|l| over_circle(l, p.center, p.hit_radius))
            .count();
    let labels =
        labels_under(map, &own).len() + others.iter().filter(|l| over_label(l, p.label)).count();
    10.0 * marks as f64 + 3.0 * labels as f64
}

/// Improves `map` for `graph` where lines pass over marks or labels or actors are out of
/// place, judged by `judge`; never breaks the layout's guarantees.
pub fn repair(
    graph: &Graph,
    map: &mut Layout,
    config: &LayoutConfig,
    judge: &dyn Fn(&Layout) -> Judgement,
) {
    let width = config.width.max(super::MIN_WIDTH);
    let Judgement {
        cost: mut best,
        mut lines,
        mut misplaced,
    } = judge(map);
    let mut budget = BUDGET / (lines.len() * lines.len()).max(1);
    for _ in 0..SWEEPS {
        let mut suspects: Vec<usize> = misplaced.clone();
        for (k, i) in marks_under(map, &lines)
            .into_iter()
            .chain(labels_under(map, &lines))
        {
            for j in [i, lines[k].ends.0, lines[k].ends.1] {
                if !suspects.contains(&j) {
                    suspects.push(j);
                }
            }
        }
        if suspects.is_empty() {
            return;
        }
        let mut improved = false;
        for i in suspects {
            // Judging a drawing routes every line (a few milliseconds), so the candidates
            // are first ranked by a quick guess, the lines at i drawn straight and the others
            // where they are, and only the most promising few judged.
            let mut ranked: Vec<(f64, Layout)> = candidates(graph, map, i, width)
                .into_iter()
                .map(|c| (guess(&c, &lines, i), c))
                .collect();
            ranked.sort_by(|a, b| a.0.total_cmp(&b.0));
            let now = guess(map, &lines, i);
            for (_, candidate) in ranked
                .into_iter()
                .take_while(|(g, _)| *g < now + SLACK)
                .take(JUDGED)
            {
                if budget == 0 {
                    return;
                }
                budget -= 1;
                let judged = judge(&candidate);
                if judged.cost < best - 1e-9 {
                    (best, lines, misplaced) = (judged.cost, judged.lines, judged.misplaced);
                    *map = candidate;
                    improved = true;
                    break;
                }
            }
        }
        if !improved {
            return;
        }
    }
}
