//! How the drawing sits in its box: fitted to the box's width, or zoomed and panned. The
//! arithmetic is the core's [`Projection`]; this is what the SVG's attributes are made of.

use dramatis_core::layout::path::num;
use dramatis_core::layout::{Point, Projection, Rect};

/// Labels of minor actors hide below this scale: they would be too small to read.
const LABELS_FROM: f64 = 0.75;
/// A drawing fitted to a box of set height is an overview (zoom and pan offered, over the
/// drawing) only below this scale; above it, it is simply drawn a little smaller.
const BOXED_OVERVIEW_BELOW: f64 = 0.8;

/// How the drawing sits in its box: the projection from layout space to the box, the box's
/// size, and the projection that fits the whole drawing (zooming out stops there).
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Frame {
    /// Layout space to the box.
    pub projection: Projection,
    /// The projection showing the whole drawing.
    pub fit: Projection,
    /// The box's width.
    pub width: f64,
    /// The box's height.
    pub height: f64,
    /// Whether the page set the box's height (the compact embed).
    pub boxed: bool,
}

impl Frame {
    /// The frame that shows all of a drawing with `bounds` in a box `width` wide (as tall as
    /// the drawing needs, or `height` tall where the page sets the box's height), or the part
    /// that `zoomed` (a projection chosen earlier for a box of that size) shows.
    pub fn new(
        bounds: Rect,
        (width, height): (f64, Option<f64>),
        zoomed: Option<((f64, f64), Projection)>,
    ) -> Self {
        let boxed = height;
        let (fit, height) = match height {
            Some(h) => (Projection::fit_box(bounds, width, h), h),
            None => Projection::fit(bounds, width),
        };
        let projection = zoomed
            .filter(|&((w, h), _)| {
                w.to_bits() == width.to_bits() && h.to_bits() == height.to_bits()
            })
            .map_or(fit, |(_, p)| p);
        Self {
            projection,
            fit,
            width,
            height: height.max(1.0),
            boxed: boxed.is_some(),
        }
    }

    /// Whether the drawing is bigger than its box, so zoom and pan are offered.
    pub fn overview(self) -> bool {
        self.fit.scale
            < if self.boxed {
                BOXED_OVERVIEW_BELOW
            } else {
                0.999
            }
    }

    /// Whether the view is zoomed out so far that minor actors' labels hide.
    pub fn zoomed_out(self) -> bool {
        self.overview() && self.projection.scale < LABELS_FROM
    }

    /// The SVG `viewBox` that shows what the projection selects.
    pub fn view_box(self) -> String {
        let p = self.projection;
        format!(
            "{} {} {} {}",
            num(-p.offset.x / p.scale),
            num(-p.offset.y / p.scale),
            num(self.width / p.scale),
            num(self.height / p.scale)
        )
    }

    /// Where `point` of the layout is in the box.
    pub fn to_view(self, point: Point) -> Point {
        self.projection.to_view(point)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_small_drawing_is_shown_whole_at_full_size() {
        let frame = Frame::new(Rect::new(0.0, 0.0, 300.0, 200.0), (400.0, None), None);
        assert!(!frame.overview());
        assert!(!frame.zoomed_out());
        assert_eq!(frame.projection, frame.fit);
        assert!((frame.height - 200.0).abs() < 1e-9);
    }

    #[test]
    fn a_big_drawing_is_an_overview_and_keeps_its_zoom_for_the_same_width_only() {
        let bounds = Rect::new(0.0, 0.0, 4000.0, 3000.0);
        let fitted = Frame::new(bounds, (1000.0, None), None);
        assert!(fitted.overview() && fitted.zoomed_out());
        let closer = fitted
            .fit
            .zoom(4.0, Point::new(500.0, 375.0), (fitted.fit.scale, 2.0));
        let zoomed = Frame::new(bounds, (1000.0, None), Some(((1000.0, 750.0), closer)));
        assert_eq!(zoomed.projection, closer);
        assert!(!zoomed.zoomed_out());
        // The box changed width: the drawing is fitted anew.
        let refitted = Frame::new(bounds, (800.0, None), Some(((1000.0, 750.0), closer)));
        assert_eq!(refitted.projection, refitted.fit);
        assert!((refitted.fit.scale - 0.2).abs() < 1e-12);
    }

    #[test]
    fn a_box_of_set_height_shows_the_whole_drawing_centred_in_it() {
        // The compact embed's map: a drawing shorter than its box is centred at full size, a
        // taller one scaled down to fit and offered zoom; the box keeps its size either way.
        let short = Frame::new(
            Rect::new(0.0, 0.0, 300.0, 200.0),
            (300.0, Some(400.0)),
            None,
        );
        assert!(!short.overview());
        assert!((short.height - 400.0).abs() < 1e-9);
        assert_eq!(short.view_box(), "0 -100 300 400");
        let tall = Frame::new(
            Rect::new(0.0, 0.0, 300.0, 800.0),
            (300.0, Some(400.0)),
            None,
        );
        assert!(tall.overview());
        assert!((tall.height - 400.0).abs() < 1e-9);
        assert_eq!(tall.view_box(), "-150 0 600 800");
        // A little taller than its box: drawn a little smaller, with no zoom on offer.
        let taller = Frame::new(
            Rect::new(0.0, 0.0, 300.0, 440.0),
            (300.0, Some(400.0)),
            None,
        );
        assert!(!taller.overview());
        assert!(taller.fit.scale < 1.0);
        // A zoom chosen for another box height is dropped.
        let zoomed = Frame::new(
            Rect::new(0.0, 0.0, 300.0, 800.0),
            (300.0, Some(500.0)),
            Some((
                (300.0, 400.0),
                tall.fit.zoom(2.0, Point::new(0.0, 0.0), (0.5, 2.0)),
            )),
        );
        assert_eq!(zoomed.projection, zoomed.fit);
    }

    #[test]
    fn the_view_box_is_the_part_of_the_layout_in_view() {
        let frame = Frame::new(Rect::new(0.0, 0.0, 4000.0, 3000.0), (1000.0, None), None);
        assert_eq!(frame.view_box(), "0 0 4000 3000");
    }
}
