//! Edge geometry for the conflict map, following the conventions of conflict mapping in
//! peacebuilding practice (Fisher et al., *Working with Conflict*): a zigzag for conflict, a
//! double line for alliance, a dotted line for talks, an arrowhead for a directed act, a broken
//! line for rejection, and a distinct dash for mediation. Several relations between one pair
//! bend apart so each stays visible and clickable, and lines that would pass over an actor or
//! a label curve around it (every style is drawn along the curve). Produces SVG path data
//! only.

use crate::domain::{Dataset, RelationKind};

use super::Layout;
use super::geometry::{Point, Rect};
use super::grid::Grid;
use super::path::PathData;
use super::quality::{length_inside, segment_distance, segments_cross};

/// Distance between neighbouring relations of the same pair, at their middle.
const BEND_STEP: f64 = 14.0;
/// Half the width of a conflict zigzag.
const ZIGZAG: f64 = 4.0;
/// Half the gap between the two lines of an alliance.
const DOUBLE: f64 = 2.5;
/// Length and half-width of an arrowhead.
const ARROW: (f64, f64) = (10.0, 5.0);

/// How an edge is stroked, for the stylesheet.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Stroke {
    /// A plain solid line.
    Solid,
    /// Dots: talks, informal or intermittent.
    Dotted,
    /// Long dashes: mediation.
    Dashed,
    /// Dash and dot: economic ties.
    DashDot,
}

/// The drawing of one relation.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct EdgeShape {
    /// The visible line(s).
    pub lines: Vec<String>,
    /// A filled arrowhead at the target, for directed relations.
    pub arrow: Option<String>,
    /// A wide invisible path along the edge that takes taps and clicks.
    pub hit: String,
    /// Where a label or badge for the edge would sit.
    pub middle: Point,
}

/// How each kind is stroked.
pub fn stroke(kind: RelationKind) -> Stroke {
    match kind {
        RelationKind::Negotiation => Stroke::Dotted,
        RelationKind::Mediation | RelationKind::Invitation | RelationKind::Appeal => Stroke::Dashed,
        RelationKind::Economic => Stroke::DashDot,
        _ => Stroke::Solid,
    }
}

/// Offsets for `count` relations between one pair, centred on the straight line.
pub fn bends(count: usize) -> Vec<f64> {
    (0..count)
        .map(|k| (k as f64 - (count as f64 - 1.0) / 2.0) * BEND_STEP)
        .collect()
}

/// A point on the quadratic curve from `a` via control `c` to `b`, at `t` in 0..=1.
fn quad(a: Point, c: Point, b: Point, t: f64) -> Point {
    let u = 1.0 - t;
    Point::new(
        u * u * a.x + 2.0 * u * t * c.x + t * t * b.x,
        u * u * a.y + 2.0 * u * t * c.y + t * t * b.y,
    )
}

/// The unit tangent of that curve at `t`.
fn tangent(a: Point, c: Point, b: Point, t: f64) -> (f64, f64) {
    let dx = 2.0 * (1.0 - t) * (c.x - a.x) + 2.0 * t * (b.x - c.x);
    let dy = 2.0 * (1.0 - t) * (c.y - a.y) + 2.0 * t * (b.y - c.y);
    let length = dx.hypot(dy).max(1e-9);
    (dx / length, dy / length)
}

/// The part of the curve from `a` via `c` to `b` between parameters `t0` and `t1`, as one
/// quadratic curve of its own (its control point is the curve's blossom at `t0`, `t1`), or as
/// one straight segment when the curve is straight. Exact either way, and a handful of
/// numbers instead of a sampled polyline: the browser parses, hit-tests and paints every
/// point of an edge, and a story of 500 actors has a thousand of them.
fn piece(a: Point, c: Point, b: Point, (t0, t1): (f64, f64), straight: bool) -> String {
    let (p0, p1) = (quad(a, c, b, t0), quad(a, c, b, t1));
    let mut d = PathData::new();
    d.move_to(p0.x, p0.y);
    if straight {
        d.line_to(p1.x, p1.y);
    } else {
        let (u0, u1) = (1.0 - t0, 1.0 - t1);
        let (wa, wc, wb) = (u0 * u1, u0 * t1 + t0 * u1, t0 * t1);
        d.quad_to(
            wa * a.x + wc * c.x + wb * b.x,
            wa * a.y + wc * c.y + wb * b.y,
            p1.x,
            p1.y,
        );
    }
    d.finish()
}

fn polyline(points: &[Point]) -> String {
    let mut d = PathData::new();
    for (k, p) in points.iter().enumerate() {
        if k == 0 {
            d.move_to(p.x, p.y);
        } else {
            d.line_to(p.x, p.y);
        }
    }
    d.finish()
}

/// Samples of the curve between parameters `t0` and `t1`, shifted `shift` along the normal.
fn samples(
    a: Point,
    c: Point,
    b: Point,
    (t0, t1): (f64, f64),
    steps: usize,
    shift: f64,
) -> Vec<Point> {
    (0..=steps)
        .map(|k| {
            let t = t0 + (t1 - t0) * k as f64 / steps as f64;
            let p = quad(a, c, b, t);
            let (tx, ty) = tangent(a, c, b, t);
            Point::new(p.x - ty * shift, p.y + tx * shift)
        })
        .collect()
}

/// The drawing of a relation from the node at `from` (mark radius `from_radius`) to the one
/// at `to`, bent `bend` pixels off the straight line.
pub fn edge_shape(
    kind: RelationKind,
    directed: bool,
    (from, from_radius): (Point, f64),
    (to, to_radius): (Point, f64),
    bend: f64,
) -> EdgeShape {
    let (dx, dy) = (to.x - from.x, to.y - from.y);
    let length = dx.hypot(dy).max(1e-9);
    let (nx, ny) = (-dy / length, dx / length);
    let mid = from.midpoint(to);
    // The control point sits twice the bend away, so the curve's middle is `bend` away.
    let control = Point::new(mid.x + nx * bend * 2.0, mid.y + ny * bend * 2.0);
    // Start and end where the curve leaves each mark, approximated along the chord.
    // Near its ends the curve moves |2 (control - end)| per unit of t: the chord's length
    // for a straight line, more for a bent one, whose ends would otherwise stop short.
    let (speed0, speed1) = (
        2.0 * control.distance(from).max(1e-9),
        2.0 * control.distance(to).max(1e-9),
    );
    let t0 = (from_radius + 2.0) / speed0;
    let end_gap = to_radius + 2.0 + if directed { ARROW.0 } else { 0.0 };
    let t1 = 1.0 - end_gap / speed1;
    let middle = quad(from, control, to, 0.5);
    if t1 <= t0 {
        return EdgeShape {
            middle,
            ..EdgeShape::default()
        };
    }
    // A straight edge (the common case: one relation between a pair) needs no samples: its
    // offset lines and halves are straight too.
    let straight = bend.abs() < 1e-9;
    let steps = if straight {
        1
    } else {
        super::geometry::clamp((length / 12.0).ceil(), 4.0, 80.0) as usize
    };
    let lines = match kind {
        RelationKind::Conflict => {
            // Zigzag: alternate sides of the centre line, every ~8 px.
            let zig_steps = (((t1 - t0) * length / 8.0).ceil() as usize).max(2);
            let mut points = samples(from, control, to, (t0, t1), zig_steps, 0.0);
            let count = points.len();
            for (k, p) in points.iter_mut().enumerate().take(count - 1).skip(1) {
                let t = t0 + (t1 - t0) * k as f64 / zig_steps as f64;
                let (tx, ty) = tangent(from, control, to, t);
                let side = if k % 2 == 0 { ZIGZAG } else { -ZIGZAG };
                p.x -= ty * side;
                p.y += tx * side;
            }
            vec![polyline(&points)]
        }
        RelationKind::Alliance => vec![
            polyline(&samples(from, control, to, (t0, t1), steps, DOUBLE)),
            polyline(&samples(from, control, to, (t0, t1), steps, -DOUBLE)),
        ],
        RelationKind::Rejection => {
            // Broken: a gap in the middle, closed by two short bars across the line.
            let gap = (10.0 / length).min((t1 - t0) / 4.0);
            let (g0, g1) = (0.5 - gap, 0.5 + gap);
            let bar = |t: f64| {
                let p = quad(from, control, to, t);
                let (tx, ty) = tangent(from, control, to, t);
                polyline(&[
                    Point::new(p.x - ty * 6.0, p.y + tx * 6.0),
                    Point::new(p.x + ty * 6.0, p.y - tx * 6.0),
                ])
            };
            vec![
                piece(from, control, to, (t0, g0), straight),
                piece(from, control, to, (g1, t1), straight),
                bar(g0),
                bar(g1),
            ]
        }
        _ => vec![piece(from, control, to, (t0, t1), straight)],
    };
    let arrow = directed.then(|| {
        let tip_t = 1.0 - (to_radius + 2.0) / speed1;
        let tip = quad(from, control, to, tip_t);
        let (tx, ty) = tangent(from, control, to, tip_t);
        let base = Point::new(tip.x - tx * ARROW.0, tip.y - ty * ARROW.0);
        let left = Point::new(base.x - ty * ARROW.1, base.y + tx * ARROW.1);
        let right = Point::new(base.x + ty * ARROW.1, base.y - tx * ARROW.1);
        format!("{} Z", polyline(&[tip, left, right]))
    });
    let hit = piece(
        from,
        control,
        to,
        (t0, 1.0 - (to_radius + 2.0) / speed1),
        straight,
    );
    EdgeShape {
        lines,
        arrow,
        hit,
        middle,
    }
}

/// Bends tried for a pair's relations, in pixels off the straight line at the middle, in
/// order of preference (ties keep the earlier, so the straight line wins when nothing is in
/// its way).
const ROUTE_BENDS: [f64; 15] = [
    0.0, 18.0, -18.0, 32.0, -32.0, 48.0, -48.0, 66.0, -66.0, 88.0, -88.0, 115.0, -115.0, 150.0,
    -150.0,
];
/// Clearance a line keeps from marks and labels, beyond their edges: half a zigzag's width
/// and a pixel of air.
const CLEARANCE: f64 = ZIGZAG + 1.0;
/// Points a curve is sampled at to judge what it passes over (every ~12 px on a 200 px line).
const ROUTE_SAMPLES: usize = 16;

/// Where the centre line of a relation from `a` to `b`, bent `bend`, runs: points between
/// where it leaves the two marks.
fn centre_points(
    (from, from_radius): (Point, f64),
    (to, to_radius): (Point, f64),
    bend: f64,
) -> Vec<Point> {
    let (dx, dy) = (to.x - from.x, to.y - from.y);
    let length = dx.hypot(dy).max(1e-9);
    let (nx, ny) = (-dy / length, dx / length);
    let mid = from.midpoint(to);
    let control = Point::new(mid.x + nx * bend * 2.0, mid.y + ny * bend * 2.0);
    let (t0, t1) = (
        (from_radius + 2.0) / (2.0 * control.distance(from).max(1e-9)),
        1.0 - (to_radius + 2.0) / (2.0 * control.distance(to).max(1e-9)),
    );
    if t1 <= t0 {
        return Vec::new();
    }
    samples(from, control, to, (t0, t1), ROUTE_SAMPLES, 0.0)
}

/// What a line through `points` passes over on `map`, apart from the marks of its `ends`: 10
/// for every other actor's touch target, 4 for every label (its ends' included).
fn obstruction(points: &[Point], ends: (usize, usize), map: &Layout, near: &Grid) -> f64 {
    let mut cost = 0.0;
    for i in near.near_line(points, CLEARANCE) {
        let node = &map.nodes[i];
        let pieces = || points.windows(2).map(|w| (w[0], w[1]));
        if i != ends.0
            && i != ends.1
            && pieces().any(|(a, b)| {
                segment_distance(node.center, a, b) < node.hit_radius + CLEARANCE - 1.0
            })
        {
            cost += 10.0;
        }
        let label = node.label.inflate(CLEARANCE - 1.0);
        if pieces().any(|(a, b)| length_inside(a, b, label) > 0.0) {
            cost += 4.0;
        }
    }
    cost
}

/// The cost of crossing a line already routed, against 10 for passing over an actor.
const CROSSING: f64 = 3.0;
/// Most pairs whose crossings are weighed while routing (the built-in story has 13).
const CROSSING_PAIRS: usize = 400;
/// Most pairs routed at all: beyond, lines are straight (with parallel relations bent apart).
const ROUTE_PAIRS: usize = 600;

/// The rectangle spanned by the segment `a`-`b`.
fn piece_span(a: Point, b: Point) -> Rect {
    Rect::new(
        a.x.min(b.x),
        a.y.min(b.y),
        (a.x - b.x).abs(),
        (a.y - b.y).abs(),
    )
}

/// A routed line: its points, the pair it belongs to and whether it is still that pair's
/// route.
struct Routed {
    points: Vec<Point>,
    owner: usize,
    live: bool,
}

/// How many of the live lines in `routed` (their pieces filed in `near` as line number times
/// [`ROUTE_SAMPLES`] plus piece number) other than pair `own`'s the line through `points`
/// crosses. Piece against nearby piece only: the routing of a small map judges thousands of
/// curves.
fn crossings(points: &[Point], own: usize, routed: &[Routed], near: &Grid) -> usize {
    let mut crossed: Vec<usize> = Vec::new();
    for w in points.windows(2) {
        for item in near.near(piece_span(w[0], w[1])) {
            let (r, q) = (item / ROUTE_SAMPLES, item % ROUTE_SAMPLES);
            let other = &routed[r];
            if other.live
                && other.owner != own
                && !crossed.contains(&r)
                && let (Some(&c), Some(&d)) = (other.points.get(q), other.points.get(q + 1))
                && segments_cross(w[0], w[1], c, d)
            {
                crossed.push(r);
            }
        }
    }
    crossed.len()
}

/// Routes the lines between pairs of actors on `map`: `pairs` holds each pair (lower index
/// first) with its number of relations, which are drawn [`bends`] apart. Returns the bend of
/// each pair as a whole (added to its relations' own) and the centre lines of every relation,
/// pair by pair. A pair whose straight lines pass over nothing keeps them; any other takes the
/// smallest bend that passes over the fewest actors and labels, leaves the drawing least and
/// crosses the fewest other lines (those routed before it, then, in a second pass, all).
pub fn route(map: &Layout, pairs: &[(usize, usize, usize)]) -> (Vec<f64>, Vec<Vec<Point>>) {
    // Large maps are shown as overviews: there crossings are not weighed, and beyond
    // ROUTE_PAIRS lines are not routed at all, so laying out 5,000 actors stays fast.
    if pairs.len() > ROUTE_PAIRS {
        return (vec![0.0; pairs.len()], Vec::new());
    }
    let weigh_crossings = pairs.len() <= CROSSING_PAIRS;
    let area = map.bounds.inflate(200.0);
    let mut near = Grid::new(area);
    for (i, node) in map.nodes.iter().enumerate() {
        near.insert(i, node.bbox);
    }
    let mut routed: Vec<Routed> = Vec::new();
    let mut routed_near = Grid::new(area);
    let mut chosen = vec![0.0; pairs.len()];
    let mut free = vec![false; pairs.len()];
    let mut current: Vec<Vec<usize>> = vec![Vec::new(); pairs.len()];
    for pass in 0..if weigh_crossings { 2 } else { 1 } {
        for (k, &(lo, hi, count)) in pairs.iter().enumerate() {
            if pass > 0 && free[k] {
                continue;
            }
            let (a, b) = (&map.nodes[lo], &map.nodes[hi]);
            let offsets = bends(count);
            let mut best = (f64::INFINITY, 0.0, Vec::new());
            // A straight line in nobody's way stays straight, crossings or not: those are for
            // the placement to avoid, and a bend to dodge one often makes another.
            let straight: Vec<Vec<Point>> = offsets
                .iter()
                .map(|off| centre_points((a.center, a.radius), (b.center, b.radius), *off))
                .collect();
            if straight
                .iter()
                .all(|p| obstruction(p, (lo, hi), map, &near) + outside(p, map.bounds) < 1e-9)
            {
                best = (0.0, 0.0, straight);
                free[k] = true;
            }
            let chord = a.center.distance(b.center);
            let reach = offsets.iter().fold(0.0f64, |m, o| m.max(o.abs()));
            for base in ROUTE_BENDS {
                if best.0 < 1e-9 {
                    break;
                }
                // No loops: a curve bulges half its chord at most, and stays in the drawing.
                if base.abs() + reach > (0.5 * chord).max(reach) + 1e-9 {
                    continue;
                }
                // A bend half as long as the line costs as much as one crossing. Bends are
                // tried by growing size, so once this alone costs as much as the best, no
                // later bend can win.
                let penalty = CROSSING * 2.0 * base.abs() / a.center.distance(b.center).max(1.0);
                if penalty >= best.0 {
                    break;
                }
                let curves: Vec<Vec<Point>> = offsets
                    .iter()
                    .map(|off| {
                        centre_points((a.center, a.radius), (b.center, b.radius), base + off)
                    })
                    .collect();
                if base != 0.0 && curves.iter().any(|p| outside(p, map.bounds) > 0.0) {
                    continue;
                }
                let obstructions: Vec<f64> = curves
                    .iter()
                    .map(|points| obstruction(points, (lo, hi), map, &near))
                    .collect();
                // Crossings only add: skip counting them for a bend that already loses.
                if obstructions.iter().sum::<f64>() + penalty >= best.0 {
                    continue;
                }
                let cost: f64 = curves
                    .iter()
                    .zip(&obstructions)
                    .map(|(points, obstructed)| {
                        let crossed = if weigh_crossings {
                            crossings(points, k, &routed, &routed_near) as f64
                        } else {
                            0.0
                        };
                        obstructed + CROSSING * crossed + outside(points, map.bounds)
                    })
                    .sum::<f64>()
                    + penalty;
                if cost < best.0 {
                    best = (cost, base, curves);
                }
            }
            file(&mut routed, &mut routed_near, &mut current[k], k, best.2);
            chosen[k] = best.1;
        }
    }
    let lines = current
        .iter()
        .flatten()
        .map(|&r| std::mem::take(&mut routed[r].points))
        .collect();
    (chosen, lines)
}

/// Makes `lines` pair `k`'s route: its earlier lines (`current`) are no longer live, the new
/// ones are filed, piece by piece, in `near`.
fn file(
    routed: &mut Vec<Routed>,
    near: &mut Grid,
    current: &mut Vec<usize>,
    k: usize,
    lines: Vec<Vec<Point>>,
) {
    for &old in current.iter() {
        routed[old].live = false;
    }
    current.clear();
    for points in lines {
        for (q, w) in points.windows(2).enumerate() {
            near.insert(routed.len() * ROUTE_SAMPLES + q, piece_span(w[0], w[1]));
        }
        current.push(routed.len());
        routed.push(Routed {
            points,
            owner: k,
            live: true,
        });
    }
}

/// 10 for a line leaving the drawing's bounds (it would be cut off).
fn outside(points: &[Point], bounds: Rect) -> f64 {
    if points.iter().all(|&p| bounds.contains_point(p)) {
        0.0
    } else {
        10.0
    }
}

/// Every line of the map: the relations, in dataset order, and the "speaks for" ties.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct MapShapes {
    /// The drawing of each relation of the dataset, in its order.
    pub relations: Vec<EdgeShape>,
    /// For each actor, the path data of the line to the actor it speaks for (from where it
    /// leaves one mark to where it meets the other), or `None` when it speaks for nobody.
    pub speaks_for: Vec<Option<String>>,
}

/// The path of a "speaks for" line from the mark at `from` to the one at `to`, bent `bend`
/// off the straight line: the visible part between the two marks, straight or one curve.
fn speaks_for_path(
    (from, from_radius): (Point, f64),
    (to, to_radius): (Point, f64),
    bend: f64,
) -> String {
    let (dx, dy) = (to.x - from.x, to.y - from.y);
    let length = dx.hypot(dy).max(1e-9);
    let mid = from.midpoint(to);
    let control = Point::new(
        mid.x - dy / length * bend * 2.0,
        mid.y + dx / length * bend * 2.0,
    );
    let t0 = from_radius / (2.0 * control.distance(from).max(1e-9));
    let t1 = 1.0 - to_radius / (2.0 * control.distance(to).max(1e-9));
    if t1 <= t0 {
        return String::new();
    }
    piece(from, control, to, (t0, t1), bend.abs() < 1e-9)
}

/// Each "speaks for" tie as (member, actor it speaks for), by actor index, in actor order.
pub fn speaks_for_ties(data: &Dataset) -> Vec<(usize, usize)> {
    data.actor_ids()
        .filter_map(|id| {
            Some((
                id.index(),
                data.actor(id).affiliation.as_ref()?.value.index(),
            ))
        })
        .collect()
}

/// The drawing of every line of `data` on `map`: relations and "speaks for" ties, routed
/// together. Lines between the same two actors (a tie and relations) are distinct curves
/// that never cross, and every pair's lines are routed around the actors and labels a
/// straight line would pass over: the pair bends as a whole, to the smallest bend that
/// passes over least.
pub fn map_shapes(data: &Dataset, map: &Layout) -> MapShapes {
    let relations = data.relations.len();
    // Lines 0..relations are relations, the rest ties: (member, actor it speaks for).
    let ties = speaks_for_ties(data);
    let ends = |i: usize| {
        if i < relations {
            let r = &data.relations[i];
            (r.source.index(), r.target.index())
        } else {
            ties[i - relations]
        }
    };
    let pair = |i: usize| {
        let (a, b) = ends(i);
        (a.min(b), a.max(b))
    };
    let n = data.actors.len();
    // A pair's tie first, then its relations in dataset order.
    let order = super::geometry::order_by(relations + ties.len(), &|i| {
        let (a, b) = pair(i);
        (a * n + b) as f64 * 2.0 + if i < relations { 1.0 } else { 0.0 }
    });
    let mut pairs: Vec<(usize, usize, usize)> = Vec::new();
    let mut starts = Vec::new();
    let mut start = 0;
    while start < order.len() {
        let end = order[start..]
            .iter()
            .position(|&i| pair(i) != pair(order[start]))
            .map_or(order.len(), |k| start + k);
        let (lo, hi) = pair(order[start]);
        pairs.push((lo, hi, end - start));
        starts.push(start);
        start = end;
    }
    let (base_bends, _) = route(map, &pairs);
    let mut bend_of = vec![0.0; order.len()];
    for ((&(_, _, count), &start), base) in pairs.iter().zip(&starts).zip(base_bends) {
        for (k, bend) in bends(count).into_iter().enumerate() {
            let i = order[start + k];
            // Bend relative to the pair's own order, so both directions curve the same way.
            let (a, b) = ends(i);
            bend_of[i] = (base + bend) * if a < b { 1.0 } else { -1.0 };
        }
    }
    let mark = |i: usize| (map.nodes[i].center, map.nodes[i].radius);
    let mut speaks_for = vec![None; n];
    for (k, &(member, actor)) in ties.iter().enumerate() {
        speaks_for[member] = Some(speaks_for_path(
            mark(member),
            mark(actor),
            bend_of[relations + k],
        ));
    }
    MapShapes {
        relations: data
            .relations
            .iter()
            .zip(bend_of)
            .map(|(r, bend)| {
                edge_shape(
                    r.kind,
                    r.directed,
                    mark(r.source.index()),
                    mark(r.target.index()),
                    bend,
                )
            })
            .collect(),
        speaks_for,
    }
}

/// The nodes in reading order: rows from top to bottom (centres within `row` pixels of a
/// row's first node share it), each row left to right. Left and Right arrows step through
/// this order, so every actor is reachable from every other by the keyboard.
pub fn reading_order(centers: &[Point], row: f64) -> Vec<usize> {
    let by_y = crate::domain::order::order_by(centers.len(), &|i| centers[i].y);
    let mut rows: Vec<Vec<usize>> = Vec::new();
    let mut row_top = f64::NEG_INFINITY;
    for i in by_y {
        match rows.last_mut() {
            Some(current) if centers[i].y - row_top <= row => current.push(i),
            _ => {
                rows.push(vec![i]);
                row_top = centers[i].y;
            }
        }
    }
    rows.into_iter()
        .flat_map(|r| {
            let order = crate::domain::order::order_by(r.len(), &|k| centers[r[k]].x);
            order.into_iter().map(move |k| r[k]).collect::<Vec<_>>()
        })
        .collect()
}

/// The node nearest to `from` in the direction `(dx, dy)` (a unit step such as `(1, 0)` for
/// right), for moving keyboard focus around the map. Nodes straight ahead win over nodes off
/// to the side at the same distance.
pub fn nearest_in_direction(centers: &[Point], from: usize, (dx, dy): (f64, f64)) -> Option<usize> {
    let origin = centers.get(from)?;
    centers
        .iter()
        .enumerate()
        .filter(|&(i, _)| i != from)
        .filter_map(|(i, p)| {
            let (vx, vy) = (p.x - origin.x, p.y - origin.y);
            let ahead = vx * dx + vy * dy;
            let aside = (vx * dy - vy * dx).abs();
            // Within 60 degrees either side of the direction.
            (ahead > 0.0 && aside <= ahead * 1.8).then_some((ahead + 2.0 * aside, i))
        })
        .min_by(|a, b| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)))
        .map(|(_, i)| i)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shape(kind: RelationKind, directed: bool) -> EdgeShape {
        edge_shape(
            kind,
            directed,
            (Point::new(0.0, 0.0), 10.0),
            (Point::new(200.0, 0.0), 20.0),
            0.0,
        )
    }

    #[test]
    fn each_kind_has_its_convention() {
        assert_eq!(
            shape(RelationKind::Alliance, false).lines.len(),
            2,
            "double line"
        );
        assert_eq!(
            shape(RelationKind::Rejection, true).lines.len(),
            4,
            "broken line with bars"
        );
        assert!(shape(RelationKind::Accusation, true).arrow.is_some());
        assert!(shape(RelationKind::Negotiation, false).arrow.is_none());
        assert_eq!(stroke(RelationKind::Negotiation), Stroke::Dotted);
        assert_eq!(stroke(RelationKind::Mediation), Stroke::Dashed);
        assert_ne!(
            stroke(RelationKind::Mediation),
            stroke(RelationKind::Conflict)
        );
    }

    #[test]
    fn conflict_zigzags_off_the_straight_line() {
        let zig = shape(RelationKind::Conflict, false).lines[0].clone();
        let ys: Vec<f64> = zig
            .split(['M', 'L'])
            .filter(|s| !s.trim().is_empty())
            .map(|pair| pair.split_whitespace().nth(1).unwrap().parse().unwrap())
            .collect();
        assert!(
            ys.iter().any(|&y| y > 3.0) && ys.iter().any(|&y| y < -3.0),
            "{ys:?}"
        );
    }

    #[test]
    fn edges_stop_at_the_marks_and_arrows_touch_the_target() {
        let s = shape(RelationKind::Support, true);
        assert!(s.lines[0].starts_with("M12 0 "), "{}", s.lines[0]);
        assert!(s.arrow.unwrap().starts_with("M178 0 "));
    }

    /// The numbers of path data, and how many commands it has.
    fn numbers(d: &str) -> (Vec<f64>, usize) {
        let commands = d.matches(|c: char| c.is_ascii_alphabetic()).count();
        let values = d
            .split(|c: char| c.is_ascii_alphabetic() || c == ' ')
            .filter(|s| !s.is_empty())
            .map(|s| s.parse().unwrap())
            .collect();
        (values, commands)
    }

    #[test]
    fn straight_edges_are_single_segments() {
        for kind in [
            RelationKind::Support,
            RelationKind::Negotiation,
            RelationKind::Alliance,
            RelationKind::Rejection,
        ] {
            let s = shape(kind, true);
            for d in s.lines.iter().chain([&s.hit]) {
                assert_eq!(numbers(d).1, 2, "{kind:?}: {d}");
                assert!(d.starts_with('M') && d.contains(" L"), "{kind:?}: {d}");
            }
        }
        assert_eq!(shape(RelationKind::Support, true).hit, "M12 0 L178 0");
    }

    #[test]
    fn bent_edges_are_one_exact_quadratic_piece() {
        let (from, to, bend) = (Point::new(0.0, 0.0), Point::new(120.0, 50.0), 14.0);
        let s = edge_shape(RelationKind::Support, false, (from, 10.0), (to, 10.0), bend);
        let (v, commands) = numbers(&s.lines[0]);
        assert!(s.lines[0].contains('Q') && commands == 2, "{}", s.lines[0]);
        let (p0, c, p1) = (
            Point::new(v[0], v[1]),
            Point::new(v[2], v[3]),
            Point::new(v[4], v[5]),
        );
        // The same curve as the whole relation's, between where it leaves the two marks.
        let length = 130.0;
        let control = Point::new(60.0 - 50.0 / length * 28.0, 25.0 + 120.0 / length * 28.0);
        let speed = 2.0 * control.distance(from);
        let (t0, t1) = (12.0 / speed, 1.0 - 12.0 / speed);
        for k in 0..=8 {
            let u = f64::from(k) / 8.0;
            let ours = quad(p0, c, p1, u);
            let whole = quad(from, control, to, t0 + (t1 - t0) * u);
            assert!(ours.distance(whole) < 0.15, "at {u}: {ours:?} vs {whole:?}");
        }
        assert!((quad(p0, c, p1, 0.5).distance(s.middle)) < 0.15);
    }

    #[test]
    fn bends_are_symmetric_and_separate_parallel_relations() {
        assert_eq!(bends(1), vec![0.0]);
        assert_eq!(bends(2), vec![-7.0, 7.0]);
        let a = edge_shape(
            RelationKind::Conflict,
            false,
            (Point::new(0.0, 0.0), 10.0),
            (Point::new(100.0, 0.0), 10.0),
            -7.0,
        );
        let b = edge_shape(
            RelationKind::Negotiation,
            false,
            (Point::new(0.0, 0.0), 10.0),
            (Point::new(100.0, 0.0), 10.0),
            7.0,
        );
        assert!((a.middle.y + 7.0).abs() < 1e-9 && (b.middle.y - 7.0).abs() < 1e-9);
    }

    #[test]
    fn overlapping_marks_draw_nothing_but_still_have_a_middle() {
        let s = edge_shape(
            RelationKind::Support,
            true,
            (Point::new(0.0, 0.0), 30.0),
            (Point::new(20.0, 0.0), 30.0),
            0.0,
        );
        assert!(s.lines.is_empty() && s.hit.is_empty());
    }

    #[test]
    fn parallel_relations_of_the_builtin_story_bend_apart() {
        let data = crate::domain::builtin::builtin().unwrap();
        let graph = super::super::Graph::from_dataset(&data);
        let map = super::super::layout(&graph, &super::super::LayoutConfig::for_width(700.0));
        let all = map_shapes(&data, &map);
        let shapes = &all.relations;
        assert_eq!(shapes.len(), data.relations.len());
        let peskov = data.actor_by_key("peskov").unwrap().index();
        assert!(
            all.speaks_for[peskov]
                .as_ref()
                .is_some_and(|d| d.starts_with('M'))
        );
        assert_eq!(
            all.speaks_for.iter().flatten().count(),
            data.actors
                .iter()
                .filter(|a| a.affiliation.is_some())
                .count()
        );
        let talks = data.relation_by_key("r-talks").unwrap().index();
        let war = data.relation_by_key("r-war").unwrap().index();
        assert!(shapes[talks].middle.distance(shapes[war].middle) > 10.0);
        assert!(shapes.iter().all(|s| !s.hit.is_empty()));
    }

    #[test]
    fn reading_order_goes_by_rows_then_left_to_right() {
        let centers = [
            Point::new(100.0, 10.0),
            Point::new(0.0, 15.0),
            Point::new(50.0, 100.0),
            Point::new(-20.0, 95.0),
            Point::new(10.0, 300.0),
        ];
        assert_eq!(reading_order(&centers, 30.0), vec![1, 0, 3, 2, 4]);
        assert!(reading_order(&[], 30.0).is_empty());
    }

    #[test]
    fn spatial_navigation_prefers_straight_ahead() {
        let centers = [
            Point::new(0.0, 0.0),
            Point::new(100.0, 0.0),
            Point::new(60.0, 50.0),
            Point::new(-100.0, 5.0),
            Point::new(0.0, 100.0),
        ];
        assert_eq!(nearest_in_direction(&centers, 0, (1.0, 0.0)), Some(1));
        assert_eq!(nearest_in_direction(&centers, 0, (-1.0, 0.0)), Some(3));
        assert_eq!(nearest_in_direction(&centers, 0, (0.0, 1.0)), Some(4));
        assert_eq!(nearest_in_direction(&centers, 0, (0.0, -1.0)), None);
        assert_eq!(nearest_in_direction(&centers, 9, (1.0, 0.0)), None);
    }
}
