//! Points and axis-aligned rectangles in layout space (CSS pixels at zoom 1).

/// `x` limited to `lo..=hi`. Unlike `f64::clamp` it never panics (a `lo` above `hi` gives
/// `hi`), and so pulls no float formatting for a panic message into the download.
pub fn clamp(x: f64, lo: f64, hi: f64) -> f64 {
    x.max(lo).min(hi)
}

pub use crate::domain::order::order_by;

/// A point.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Point {
    /// Horizontal position, growing rightwards.
    pub x: f64,
    /// Vertical position, growing downwards.
    pub y: f64,
}

impl Point {
    /// The point `(x, y)`.
    pub const fn new(x: f64, y: f64) -> Self {
        Self { x, y }
    }

    /// Euclidean distance to `other`.
    pub fn distance(self, other: Self) -> f64 {
        (self.x - other.x).hypot(self.y - other.y)
    }

    /// The point halfway to `other`.
    #[must_use]
    pub fn midpoint(self, other: Self) -> Self {
        Self::new(
            f64::midpoint(self.x, other.x),
            f64::midpoint(self.y, other.y),
        )
    }
}

/// An axis-aligned rectangle given by its top-left corner and size.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Rect {
    /// Left edge.
    pub x: f64,
    /// Top edge.
    pub y: f64,
    /// Width, never negative.
    pub w: f64,
    /// Height, never negative.
    pub h: f64,
}

impl Rect {
    /// The rectangle at `(x, y)` of size `w` by `h`.
    pub const fn new(x: f64, y: f64, w: f64, h: f64) -> Self {
        Self { x, y, w, h }
    }

    /// Right edge.
    pub fn right(self) -> f64 {
        self.x + self.w
    }

    /// Bottom edge.
    pub fn bottom(self) -> f64 {
        self.y + self.h
    }

    /// Whether the two rectangles share interior area (touching edges do not count).
    pub fn overlaps(self, other: Self) -> bool {
        const EPS: f64 = 1e-6;
        self.x < other.right() - EPS
            && other.x < self.right() - EPS
            && self.y < other.bottom() - EPS
            && other.y < self.bottom() - EPS
    }

    /// Whether `other` lies entirely inside this rectangle.
    pub fn contains(self, other: Self) -> bool {
        const EPS: f64 = 1e-6;
        other.x >= self.x - EPS
            && other.y >= self.y - EPS
            && other.right() <= self.right() + EPS
            && other.bottom() <= self.bottom() + EPS
    }

    /// Whether the point lies inside this rectangle.
    pub fn contains_point(self, p: Point) -> bool {
        p.x >= self.x && p.x <= self.right() && p.y >= self.y && p.y <= self.bottom()
    }

    /// The smallest rectangle covering both.
    #[must_use]
    pub fn union(self, other: Self) -> Self {
        let x = self.x.min(other.x);
        let y = self.y.min(other.y);
        Self::new(
            x,
            y,
            self.right().max(other.right()) - x,
            self.bottom().max(other.bottom()) - y,
        )
    }

    /// The rectangle moved by `(dx, dy)`.
    #[must_use]
    pub fn translate(self, dx: f64, dy: f64) -> Self {
        Self::new(self.x + dx, self.y + dy, self.w, self.h)
    }

    /// The rectangle grown by `by` on every side.
    #[must_use]
    pub fn inflate(self, by: f64) -> Self {
        Self::new(
            self.x - by,
            self.y - by,
            self.w + 2.0 * by,
            self.h + 2.0 * by,
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn overlap_needs_shared_area() {
        let a = Rect::new(0.0, 0.0, 10.0, 10.0);
        assert!(a.overlaps(Rect::new(5.0, 5.0, 10.0, 10.0)));
        assert!(
            !a.overlaps(Rect::new(10.0, 0.0, 5.0, 5.0)),
            "touching is not overlapping"
        );
        assert!(!a.overlaps(Rect::new(0.0, 11.0, 5.0, 5.0)));
    }

    #[test]
    fn union_and_containment() {
        let a = Rect::new(0.0, 0.0, 10.0, 10.0);
        let b = Rect::new(20.0, -5.0, 5.0, 5.0);
        let u = a.union(b);
        assert_eq!(u, Rect::new(0.0, -5.0, 25.0, 15.0));
        assert!(u.contains(a) && u.contains(b));
        assert!(!a.contains(b));
        assert!(a.contains_point(Point::new(10.0, 10.0)));
        assert_eq!(a.inflate(1.0), Rect::new(-1.0, -1.0, 12.0, 12.0));
    }

    #[test]
    fn distances() {
        assert!((Point::new(0.0, 0.0).distance(Point::new(3.0, 4.0)) - 5.0).abs() < 1e-12);
        assert_eq!(
            Point::new(0.0, 2.0).midpoint(Point::new(2.0, 0.0)),
            Point::new(1.0, 1.0)
        );
    }
}
