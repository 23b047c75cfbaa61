//! How readable a drawn map is, counted exactly in drawing coordinates (CSS pixels at zoom
//! 1): lines that pass over an actor that is not one of their ends, lines over any label,
//! and relations that cross. It measures what the widget draws, read back from the path data
//! of [`super::edges::EdgeShape`] and of the "speaks for" lines (curves flattened finely), so a
//! change to the routing in `edges.rs` is measured without a change here.

use crate::domain::Dataset;

use super::Layout;
use super::edges::MapShapes;
use super::geometry::{Point, Rect};
use super::graph::{Graph, Spring};

/// Straight pieces a quadratic curve is flattened into: at most 0.1 px off for the curves of
/// a map (a control point 200 px off the chord bulges by 100 px; 24 pieces keep the chord
/// error under 100 / 24² · 2 ≈ 0.35 px, well under a stroke's width).
const CURVE_PIECES: usize = 24;
/// How far a line must run inside a label box before it counts as over it: a stroke grazing
/// a corner by a fraction of a pixel does not hide a letter.
const LABEL_GRAZE: f64 = 0.5;

/// One line of the drawing between two actors, as straight pieces.
#[derive(Clone, Debug, PartialEq)]
pub struct DrawnLine {
    /// The actors it joins (indices into the layout's nodes).
    pub ends: (usize, usize),
    /// Every stroke drawn for it (double lines, bars, arrowheads), as polylines.
    pub strokes: Vec<Vec<Point>>,
    /// Its centre line, for crossings.
    pub centre: Vec<Point>,
    /// Whether it is a relation (not a "speaks for" line).
    pub relation: bool,
}

/// The counts for one drawing.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Quality {
    /// Pairs of (line, actor not at either of its ends) where the line passes over the actor's
    /// touch target (which covers its mark).
    pub lines_over_marks: usize,
    /// Pairs of (line, label) where the line passes over the label box, any label, its own
    /// ends' included.
    pub lines_over_labels: usize,
    /// Pairs of relations whose centre lines cross.
    pub crossings: usize,
    /// Width of the drawing.
    pub width: f64,
    /// Height of the drawing as shown in a box `width` wide (fitted, never enlarged).
    pub height: f64,
}

/// The polylines of SVG path data as [`super::path::PathData`] writes it (`M`, `L`, `Q`, `Z`).
pub fn polylines(d: &str) -> Vec<Vec<Point>> {
    let mut out: Vec<Vec<Point>> = Vec::new();
    let mut command = ' ';
    let mut values: Vec<f64> = Vec::new();
    let apply = |command: char, values: &[f64], out: &mut Vec<Vec<Point>>| match command {
        'M' if values.len() >= 2 => out.push(vec![Point::new(values[0], values[1])]),
        'L' if values.len() >= 2 => {
            if let Some(line) = out.last_mut() {
                line.push(Point::new(values[0], values[1]));
            }
        }
        'Q' if values.len() >= 4 => {
            if let Some(line) = out.last_mut()
                && let Some(&a) = line.last()
            {
                let (c, b) = (
                    Point::new(values[0], values[1]),
                    Point::new(values[2], values[3]),
                );
                for k in 1..=CURVE_PIECES {
                    let t = k as f64 / CURVE_PIECES as f64;
                    let u = 1.0 - t;
                    line.push(Point::new(
                        u * u * a.x + 2.0 * u * t * c.x + t * t * b.x,
                        u * u * a.y + 2.0 * u * t * c.y + t * t * b.y,
                    ));
                }
            }
        }
        'Z' => {
            if let Some(line) = out.last_mut()
                && let Some(&first) = line.first()
            {
                line.push(first);
            }
        }
        _ => {}
    };
    for token in d.split_whitespace() {
        let mut rest = token;
        if let Some(c) = rest.chars().next().filter(char::is_ascii_alphabetic) {
            apply(command, &values, &mut out);
            values.clear();
            command = c;
            rest = &rest[1..];
        }
        if let Ok(v) = rest.parse::<f64>() {
            values.push(v);
        }
    }
    apply(command, &values, &mut out);
    out
}

/// The lines the widget draws for `data` (`shapes` from [`super::edges::map_shapes`]): its
/// relations, then its "speaks for" ties (under the marks), in that order.
pub fn drawn_lines(data: &Dataset, shapes: &MapShapes) -> Vec<DrawnLine> {
    let mut lines: Vec<DrawnLine> = data
        .relations
        .iter()
        .zip(&shapes.relations)
        .map(|(r, shape)| {
            let mut strokes: Vec<Vec<Point>> =
                shape.lines.iter().flat_map(|d| polylines(d)).collect();
            strokes.extend(shape.arrow.iter().flat_map(|d| polylines(d)));
            DrawnLine {
                ends: (r.source.index(), r.target.index()),
                strokes,
                centre: polylines(&shape.hit).into_iter().flatten().collect(),
                relation: true,
            }
        })
        .collect();
    for id in data.actor_ids() {
        if let (Some(to), Some(Some(d))) = (
            &data.actor(id).affiliation,
            shapes.speaks_for.get(id.index()),
        ) {
            let line: Vec<Point> = polylines(d).into_iter().flatten().collect();
            lines.push(DrawnLine {
                ends: (id.index(), to.value.index()),
                strokes: vec![line.clone()],
                centre: line,
                relation: false,
            });
        }
    }
    lines
}

/// The springs of `graph` as straight lines on `map`: what the layout can judge before the
/// edges are routed (relations as relations, affiliations as "speaks for" lines).
pub fn graph_lines(graph: &Graph, map: &Layout) -> Vec<DrawnLine> {
    graph
        .edges
        .iter()
        .map(|e| {
            let (a, b) = (&map.nodes[e.a], &map.nodes[e.b]);
            let line = visible_part(a.center, a.radius, b.center, b.radius);
            DrawnLine {
                ends: (e.a, e.b),
                strokes: vec![line.clone()],
                centre: line,
                relation: e.spring == Spring::Relation,
            }
        })
        .collect()
}

/// The part of the straight line from `a` to `b` outside both marks (the marks are drawn
/// over it), or nothing when the marks meet.
pub fn visible_part(a: Point, ra: f64, b: Point, rb: f64) -> Vec<Point> {
    let length = a.distance(b);
    if length <= ra + rb {
        return Vec::new();
    }
    let (ux, uy) = ((b.x - a.x) / length, (b.y - a.y) / length);
    vec![
        Point::new(a.x + ux * ra, a.y + uy * ra),
        Point::new(b.x - ux * rb, b.y - uy * rb),
    ]
}

/// Distance from `p` to the segment `a`-`b`.
pub fn segment_distance(p: Point, a: Point, b: Point) -> f64 {
    let (dx, dy) = (b.x - a.x, b.y - a.y);
    let length_sq = dx * dx + dy * dy;
    let t = if length_sq > 0.0 {
        (((p.x - a.x) * dx + (p.y - a.y) * dy) / length_sq).clamp(0.0, 1.0)
    } else {
        0.0
    };
    p.distance(Point::new(a.x + t * dx, a.y + t * dy))
}

/// Length of the part of segment `a`-`b` inside `r` (Liang-Barsky clipping).
pub fn length_inside(a: Point, b: Point, r: Rect) -> f64 {
    let (dx, dy) = (b.x - a.x, b.y - a.y);
    let (mut t0, mut t1) = (0.0f64, 1.0f64);
    for (p, q) in [
        (-dx, a.x - r.x),
        (dx, r.right() - a.x),
        (-dy, a.y - r.y),
        (dy, r.bottom() - a.y),
    ] {
        if p == 0.0 {
            if q < 0.0 {
                return 0.0;
            }
        } else {
            let t = q / p;
            if p < 0.0 {
                t0 = t0.max(t);
            } else {
                t1 = t1.min(t);
            }
        }
    }
    if t1 > t0 {
        (t1 - t0) * dx.hypot(dy)
    } else {
        0.0
    }
}

/// Whether segments `a`-`b` and `c`-`d` cross (touching ends do not count).
pub fn segments_cross(a: Point, b: Point, c: Point, d: Point) -> bool {
    let orient =
        |p: Point, q: Point, r: Point| (q.x - p.x) * (r.y - p.y) - (q.y - p.y) * (r.x - p.x);
    let (d1, d2) = (orient(c, d, a), orient(c, d, b));
    let (d3, d4) = (orient(a, b, c), orient(a, b, d));
    d1 * d2 < 0.0 && d3 * d4 < 0.0
}

fn pieces(line: &[Point]) -> impl Iterator<Item = (Point, Point)> + '_ {
    line.windows(2).map(|w| (w[0], w[1]))
}

/// Whether any stroke of `line` passes within `radius` of `centre`.
pub fn over_circle(line: &DrawnLine, centre: Point, radius: f64) -> bool {
    line.strokes
        .iter()
        .flat_map(|s| pieces(s))
        .any(|(a, b)| segment_distance(centre, a, b) < radius - 1e-6)
}

/// Whether any stroke of `line` runs over `label`.
pub fn over_label(line: &DrawnLine, label: Rect) -> bool {
    line.strokes
        .iter()
        .flat_map(|s| pieces(s))
        .map(|(a, b)| length_inside(a, b, label))
        .sum::<f64>()
        > LABEL_GRAZE
}

/// Whether the centre lines of two drawn lines cross.
pub fn lines_cross(a: &DrawnLine, b: &DrawnLine) -> bool {
    pieces(&a.centre).any(|(p, q)| pieces(&b.centre).any(|(r, s)| segments_cross(p, q, r, s)))
}

/// The rectangle every stroke of `line` lies in.
fn span(line: &DrawnLine) -> Rect {
    line.strokes
        .iter()
        .chain([&line.centre])
        .flatten()
        .map(|p| Rect::new(p.x, p.y, 0.0, 0.0))
        .reduce(Rect::union)
        .unwrap_or(Rect::new(f64::NAN, f64::NAN, 0.0, 0.0))
}

/// Whether two rectangles share any point (touching counts, unlike [`Rect::overlaps`]).
fn meet(a: Rect, b: Rect) -> bool {
    a.x <= b.right() && b.x <= a.right() && a.y <= b.bottom() && b.y <= a.bottom()
}

/// Which (line, actor) pairs have the line over an actor that is not one of its ends.
pub fn marks_under(map: &Layout, lines: &[DrawnLine]) -> Vec<(usize, usize)> {
    let mut found = Vec::new();
    for (k, line) in lines.iter().enumerate() {
        let around = span(line);
        for (i, node) in map.nodes.iter().enumerate() {
            let r = node.hit_radius;
            let target = Rect::new(node.center.x - r, node.center.y - r, 2.0 * r, 2.0 * r);
            if i != line.ends.0
                && i != line.ends.1
                && meet(around, target)
                && over_circle(line, node.center, r)
            {
                found.push((k, i));
            }
        }
    }
    found
}

/// Which (line, actor) pairs have the line over the actor's label.
pub fn labels_under(map: &Layout, lines: &[DrawnLine]) -> Vec<(usize, usize)> {
    let mut found = Vec::new();
    for (k, line) in lines.iter().enumerate() {
        let around = span(line);
        for (i, node) in map.nodes.iter().enumerate() {
            if meet(around, node.label) && over_label(line, node.label) {
                found.push((k, i));
            }
        }
    }
    found
}

/// Which pairs of relation lines cross.
pub fn crossing_pairs(lines: &[DrawnLine]) -> Vec<(usize, usize)> {
    let spans: Vec<Rect> = lines.iter().map(span).collect();
    let mut found = Vec::new();
    for i in 0..lines.len() {
        for j in i + 1..lines.len() {
            if lines[i].relation
                && lines[j].relation
                && meet(spans[i], spans[j])
                && lines_cross(&lines[i], &lines[j])
            {
                found.push((i, j));
            }
        }
    }
    found
}

/// The counts for `lines` drawn on `map`, shown in a box `width` wide.
pub fn measure(map: &Layout, lines: &[DrawnLine], width: f64) -> Quality {
    let scale = if map.bounds.w > 0.0 {
        (width / map.bounds.w).min(1.0)
    } else {
        1.0
    };
    Quality {
        lines_over_marks: marks_under(map, lines).len(),
        lines_over_labels: labels_under(map, lines).len(),
        crossings: crossing_pairs(lines).len(),
        width: map.bounds.w,
        height: map.bounds.h * scale,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn path_data_reads_back_as_polylines() {
        let lines = polylines("M0 0 L10 0 Q20 0 20 10 M5 5 L6 6 Z");
        assert_eq!(lines.len(), 2);
        assert_eq!(lines[0].len(), 2 + CURVE_PIECES);
        assert_eq!(*lines[0].last().unwrap(), Point::new(20.0, 10.0));
        assert_eq!(
            lines[1],
            vec![
                Point::new(5.0, 5.0),
                Point::new(6.0, 6.0),
                Point::new(5.0, 5.0)
            ]
        );
        assert!(polylines("").is_empty());
    }

    #[test]
    fn exact_geometry() {
        let r = Rect::new(0.0, 0.0, 10.0, 10.0);
        assert!(
            (length_inside(Point::new(-5.0, 5.0), Point::new(15.0, 5.0), r) - 10.0).abs() < 1e-9
        );
        assert!(length_inside(Point::new(-5.0, 11.0), Point::new(15.0, 11.0), r).abs() < 1e-9);
        assert!((length_inside(Point::new(2.0, 2.0), Point::new(4.0, 2.0), r) - 2.0).abs() < 1e-9);
        let (a, b) = (Point::new(0.0, 0.0), Point::new(10.0, 10.0));
        assert!(segments_cross(
            a,
            b,
            Point::new(0.0, 10.0),
            Point::new(10.0, 0.0)
        ));
        assert!(!segments_cross(
            a,
            b,
            Point::new(10.0, 10.0),
            Point::new(20.0, 0.0)
        ));
        assert!(!segments_cross(
            a,
            b,
            Point::new(1.0, 0.0),
            Point::new(11.0, 10.0)
        ));
        assert!((segment_distance(Point::new(5.0, 0.0), a, Point::new(10.0, 0.0))).abs() < 1e-12);
        assert!(
            (segment_distance(Point::new(13.0, 4.0), a, Point::new(10.0, 0.0)) - 5.0).abs() < 1e-12
        );
    }
}
