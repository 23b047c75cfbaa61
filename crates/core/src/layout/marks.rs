//! The mark drawn for each kind of actor, as SVG path data around its centre, so kinds are
//! told apart by shape as well as colour: a circle for a state, a rounded square for a
//! government, a head and shoulders for a person, a hexagon for an organisation, an octagon
//! for an alliance, and a ring of small circles for a collective actor.

use crate::domain::ActorKind;

use super::geometry::Point;
use super::path::PathData;

/// Path data of the mark for `kind` with radius `r`, centred on `at`.
pub fn mark(kind: ActorKind, r: f64, at: Point) -> String {
    match kind {
        ActorKind::State | ActorKind::Person | ActorKind::Collective => circle(at, 0.0, 0.0, r),
        ActorKind::Government => {
            // A square with rounded corners.
            let (s, k) = (r * 0.9, r * 0.3);
            PathData::around(at.x, at.y)
                .move_to(-s + k, -s)
                .line_to(s - k, -s)
                .quad_to(s, -s, s, -s + k)
                .line_to(s, s - k)
                .quad_to(s, s, s - k, s)
                .line_to(-s + k, s)
                .quad_to(-s, s, -s, s - k)
                .line_to(-s, -s + k)
                .quad_to(-s, -s, -s + k, -s)
                .close()
                .finish()
        }
        ActorKind::Organization => polygon(at, 6, r, false),
        ActorKind::Alliance => polygon(at, 8, r, true),
    }
}

/// A small glyph drawn inside the mark centred on `at`, where the kind has one.
pub fn glyph(kind: ActorKind, r: f64, at: Point) -> Option<String> {
    match kind {
        ActorKind::Person => {
            // Head and shoulders.
            let shoulders = PathData::around(at.x, at.y)
                .move_to(-r * 0.5, r * 0.55)
                .quad_to(-r * 0.5, r * 0.1, 0.0, r * 0.1)
                .quad_to(r * 0.5, r * 0.1, r * 0.5, r * 0.55)
                .finish();
            Some(format!(
                "{} {shoulders}",
                circle(at, 0.0, -r * 0.22, r * 0.28)
            ))
        }
        ActorKind::Collective => Some(
            [(-0.35, -0.2), (0.35, -0.2), (0.0, 0.3)]
                .iter()
                .map(|&(x, y)| circle(at, x * r, y * r, r * 0.18))
                .collect::<Vec<_>>()
                .join(" "),
        ),
        _ => None,
    }
}

fn circle(at: Point, cx: f64, cy: f64, r: f64) -> String {
    PathData::around(at.x, at.y)
        .move_to(cx - r, cy)
        .arc_to(r, cx + r, cy)
        .arc_to(r, cx - r, cy)
        .close()
        .finish()
}

fn polygon(at: Point, sides: u32, r: f64, turned: bool) -> String {
    // Unit vectors of the corners, by repeated exact rotation, so that no platform's libm
    // changes a pixel.
    let (cos_step, sin_step) = match sides {
        6 => (0.5, 0.866_025_403_784_438_6),
        _ => (
            std::f64::consts::FRAC_1_SQRT_2,
            std::f64::consts::FRAC_1_SQRT_2,
        ),
    };
    let (mut x, mut y) = if turned {
        (0.923_879_532_511_286_7, 0.382_683_432_365_089_8)
    } else {
        (1.0, 0.0)
    };
    let mut d = PathData::around(at.x, at.y);
    for k in 0..sides {
        if k == 0 {
            d.move_to(x * r, y * r);
        } else {
            d.line_to(x * r, y * r);
        }
        (x, y) = (x * cos_step - y * sin_step, x * sin_step + y * cos_step);
    }
    d.close().finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds_have_distinct_marks_or_glyphs() {
        let looks: Vec<(String, Option<String>)> = ActorKind::ALL
            .iter()
            .map(|&k| {
                (
                    mark(k, 20.0, Point::new(0.0, 0.0)),
                    glyph(k, 20.0, Point::new(0.0, 0.0)),
                )
            })
            .collect();
        for i in 0..looks.len() {
            for j in i + 1..looks.len() {
                assert_ne!(
                    looks[i],
                    looks[j],
                    "{:?} and {:?} look alike",
                    ActorKind::ALL[i],
                    ActorKind::ALL[j]
                );
            }
        }
    }

    #[test]
    fn polygons_close_and_stay_within_the_radius() {
        let hexagon = mark(ActorKind::Organization, 10.0, Point::new(0.0, 0.0));
        assert!(hexagon.ends_with('Z'));
        assert_eq!(hexagon.matches('L').count(), 5);
        for pair in hexagon
            .trim_end_matches('Z')
            .split(['M', 'L'])
            .filter(|s| !s.trim().is_empty())
        {
            let v: Vec<f64> = pair
                .split_whitespace()
                .map(|n| n.parse().unwrap())
                .collect();
            assert!((v[0].hypot(v[1]) - 10.0).abs() < 0.11, "{pair}");
        }
    }

    #[test]
    fn a_mark_drawn_elsewhere_is_the_same_shape_moved() {
        let at = Point::new(250.0, 40.0);
        for kind in ActorKind::ALL {
            let numbers = |d: &str| -> Vec<f64> {
                d.split(|c: char| c.is_ascii_alphabetic() || c.is_whitespace())
                    .filter(|n| !n.is_empty())
                    .map(|n| n.parse().unwrap())
                    .collect()
            };
            let (home, there) = (
                numbers(&mark(kind, 12.0, Point::new(0.0, 0.0))),
                numbers(&mark(kind, 12.0, at)),
            );
            assert_eq!(home.len(), there.len(), "{kind:?}");
            // Every number is the same or moved by the offset (radii and flags stay).
            for (a, b) in home.iter().zip(&there) {
                let moved = [b - a, (b - a - 250.0).abs(), (b - a - 40.0).abs()];
                assert!(moved.iter().any(|d| d.abs() < 0.11), "{kind:?}: {a} -> {b}");
            }
            assert_ne!(home, there, "{kind:?} did not move");
        }
    }
}
