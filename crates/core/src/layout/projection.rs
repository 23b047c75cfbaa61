//! Mapping between layout space and the SVG's view: a uniform scale and an offset, so the
//! drawing can fit any width, zoom and pan, and a tap can be mapped back to layout space.

use super::geometry::{Point, Rect, clamp};

/// `view = layout * scale + offset`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Projection {
    /// View units per layout unit.
    pub scale: f64,
    /// Where the layout origin lands in the view.
    pub offset: Point,
}

impl Default for Projection {
    fn default() -> Self {
        Self {
            scale: 1.0,
            offset: Point::default(),
        }
    }
}

impl Projection {
    /// The projection showing all of `content` inside a view `width` wide, centred, at
    /// most at scale 1 (a small story is not blown up). Returns it with the view's height.
    pub fn fit(content: Rect, width: f64) -> (Self, f64) {
        let scale = if content.w > 0.0 {
            (width / content.w).min(1.0)
        } else {
            1.0
        };
        let offset = Point::new(
            (width - content.w * scale) / 2.0 - content.x * scale,
            -content.y * scale,
        );
        (Self { scale, offset }, content.h * scale)
    }

    /// The projection showing all of `content` inside a box `width` by `height`, centred
    /// both ways, at most at scale 1: the compact embed's map, whose box the page sets.
    pub fn fit_box(content: Rect, width: f64, height: f64) -> Self {
        let scale = [width / content.w, height / content.h]
            .into_iter()
            .filter(|s| s.is_finite() && *s > 0.0)
            .fold(1.0f64, f64::min);
        Self {
            scale,
            offset: Point::new(
                (width - content.w * scale) / 2.0 - content.x * scale,
                (height - content.h * scale) / 2.0 - content.y * scale,
            ),
        }
    }

    /// Layout space to view space.
    pub fn to_view(self, p: Point) -> Point {
        Point::new(
            p.x * self.scale + self.offset.x,
            p.y * self.scale + self.offset.y,
        )
    }

    /// View space back to layout space.
    pub fn to_layout(self, p: Point) -> Point {
        Point::new(
            (p.x - self.offset.x) / self.scale,
            (p.y - self.offset.y) / self.scale,
        )
    }

    /// The same view, magnified by `factor` about the view point `anchor`, so that the point
    /// under the anchor stays put. The scale stays within `limits`.
    #[must_use]
    pub fn zoom(self, factor: f64, anchor: Point, limits: (f64, f64)) -> Self {
        let scale = clamp(self.scale * factor, limits.0, limits.1);
        let fixed = self.to_layout(anchor);
        Self {
            scale,
            offset: Point::new(anchor.x - fixed.x * scale, anchor.y - fixed.y * scale),
        }
    }

    /// The same view after a two-finger pinch moved from `before` to `after`, each the
    /// fingers' midpoint (view units) and their distance apart: magnified by the change in
    /// distance about the first midpoint, then moved with the midpoint, so that the point
    /// between the fingers stays between them. The scale stays within `limits`.
    #[must_use]
    pub fn pinch(self, before: (Point, f64), after: (Point, f64), limits: (f64, f64)) -> Self {
        let factor = if before.1 > 0.0 {
            after.1 / before.1
        } else {
            1.0
        };
        self.zoom(factor, before.0, limits)
            .pan(after.0.x - before.0.x, after.0.y - before.0.y)
    }

    /// The same view moved by `(dx, dy)` view units.
    #[must_use]
    pub fn pan(self, dx: f64, dy: f64) -> Self {
        Self {
            scale: self.scale,
            offset: Point::new(self.offset.x + dx, self.offset.y + dy),
        }
    }
}

/// A press of one of the map's zoom and pan controls.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Navigation {
    /// Zoom in about the box's centre.
    In,
    /// Zoom out about the box's centre.
    Out,
    /// Show more of what lies left.
    Left,
    /// Show more of what lies right.
    Right,
    /// Show more of what lies above.
    Up,
    /// Show more of what lies below.
    Down,
    /// The whole drawing.
    Fit,
}

/// The view after one press of a zoom or pan control on a box of `size`. Zoom goes from the
/// fitted scale `fit` up to twice full size; pans move a quarter of the box.
pub fn navigate(
    current: Projection,
    fit: Projection,
    (width, height): (f64, f64),
    how: Navigation,
) -> Projection {
    let centre = Point::new(width / 2.0, height / 2.0);
    let limits = (fit.scale, 2.0);
    match how {
        Navigation::In => current.zoom(1.5, centre, limits),
        Navigation::Out => current.zoom(1.0 / 1.5, centre, limits),
        Navigation::Left => current.pan(width / 4.0, 0.0),
        Navigation::Right => current.pan(-width / 4.0, 0.0),
        Navigation::Up => current.pan(0.0, height / 4.0),
        Navigation::Down => current.pan(0.0, -height / 4.0),
        Navigation::Fit => fit,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn close(a: Point, b: Point) -> bool {
        (a.x - b.x).abs() < 1e-9 && (a.y - b.y).abs() < 1e-9
    }

    #[test]
    fn a_box_fits_the_whole_drawing_centred_and_never_enlarges_it() {
        let content = Rect::new(10.0, 20.0, 200.0, 400.0);
        // Taller than the box: scaled down to its height, centred across.
        let p = Projection::fit_box(content, 300.0, 200.0);
        assert!((p.scale - 0.5).abs() < 1e-12);
        assert!(close(
            p.to_view(Point::new(10.0, 20.0)),
            Point::new(100.0, 0.0)
        ));
        assert!(close(
            p.to_view(Point::new(210.0, 420.0)),
            Point::new(200.0, 200.0)
        ));
        // Smaller than the box: full size, centred both ways.
        let p = Projection::fit_box(content, 400.0, 600.0);
        assert!((p.scale - 1.0).abs() < 1e-12);
        assert!(close(
            p.to_view(Point::new(10.0, 20.0)),
            Point::new(100.0, 100.0)
        ));
        // An empty drawing is shown at full size.
        let p = Projection::fit_box(Rect::new(0.0, 0.0, 0.0, 0.0), 400.0, 600.0);
        assert!((p.scale - 1.0).abs() < 1e-12);
    }

    #[test]
    fn fitting_keeps_small_drawings_at_scale_one_and_centres_them() {
        let (p, height) = Projection::fit(Rect::new(10.0, 20.0, 200.0, 100.0), 400.0);
        assert!((p.scale - 1.0).abs() < 1e-12);
        assert!(close(
            p.to_view(Point::new(10.0, 20.0)),
            Point::new(100.0, 0.0)
        ));
        assert!((height - 100.0).abs() < 1e-12);
    }

    #[test]
    fn fitting_shrinks_wide_drawings_to_the_width() {
        let content = Rect::new(-100.0, 0.0, 800.0, 400.0);
        let (p, height) = Projection::fit(content, 400.0);
        assert!((p.scale - 0.5).abs() < 1e-12);
        assert!(close(
            p.to_view(Point::new(-100.0, 0.0)),
            Point::new(0.0, 0.0)
        ));
        assert!(close(
            p.to_view(Point::new(700.0, 400.0)),
            Point::new(400.0, 200.0)
        ));
        assert!((height - 200.0).abs() < 1e-12);
    }

    #[test]
    fn controls_zoom_within_limits_and_pan_by_a_quarter() {
        let (fit, _) = Projection::fit(Rect::new(0.0, 0.0, 4000.0, 3000.0), 1000.0);
        let size = (1000.0, 750.0);
        let zoomed = navigate(fit, fit, size, Navigation::In);
        assert!((zoomed.scale - 0.375).abs() < 1e-12);
        // The centre of the box stays put while zooming.
        let centre = Point::new(500.0, 375.0);
        assert!(close(zoomed.to_view(fit.to_layout(centre)), centre));
        assert!(
            (navigate(fit, fit, size, Navigation::Out).scale - fit.scale).abs() < 1e-12,
            "never below the fitted scale"
        );
        let mut deep = fit;
        for _ in 0..20 {
            deep = navigate(deep, fit, size, Navigation::In);
        }
        assert!((deep.scale - 2.0).abs() < 1e-12);
        assert!(close(
            navigate(fit, fit, size, Navigation::Right).offset,
            Point::new(fit.offset.x - 250.0, fit.offset.y)
        ));
        assert_eq!(navigate(deep, fit, size, Navigation::Fit), fit);
    }

    #[test]
    fn round_trip_and_zoom_about_an_anchor() {
        let p = Projection {
            scale: 1.5,
            offset: Point::new(3.0, -7.0),
        };
        let q = Point::new(12.5, 40.0);
        assert!(close(p.to_layout(p.to_view(q)), q));
        let anchor = Point::new(100.0, 50.0);
        let z = p.zoom(2.0, anchor, (0.1, 8.0));
        assert!((z.scale - 3.0).abs() < 1e-12);
        assert!(close(z.to_view(p.to_layout(anchor)), anchor));
        assert!((p.zoom(100.0, anchor, (0.1, 8.0)).scale - 8.0).abs() < 1e-12);
        assert!(close(p.pan(1.0, 2.0).offset, Point::new(4.0, -5.0)));
    }

    #[test]
    fn a_pinch_keeps_the_point_between_the_fingers_between_them() {
        let p = Projection {
            scale: 0.5,
            offset: Point::new(10.0, 20.0),
        };
        let (from, to) = (Point::new(100.0, 80.0), Point::new(130.0, 60.0));
        let under = p.to_layout(from);
        // Fingers spread from 50 to 150 apart while moving.
        let z = p.pinch((from, 50.0), (to, 150.0), (0.1, 2.0));
        assert!((z.scale - 1.5).abs() < 1e-12);
        assert!(close(z.to_view(under), to));
        // Spreading further stops at the limit; the midpoint still follows the fingers.
        let capped = p.pinch((from, 10.0), (to, 200.0), (0.1, 2.0));
        assert!((capped.scale - 2.0).abs() < 1e-12);
        assert!(close(capped.to_view(under), to));
        // Fingers that start together do not divide by zero.
        assert_eq!(p.pinch((from, 0.0), (from, 30.0), (0.1, 2.0)), p);
    }
}
