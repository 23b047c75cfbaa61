//! SVG path data written with one decimal, by integer arithmetic: float formatting from
//! `core::fmt` would add kilobytes to the download for no visible difference.

use std::fmt::Write;

/// A number with one decimal, such as "-12.5"; `-0.0` and tiny values print as "0".
pub fn num(x: f64) -> String {
    let mut out = String::new();
    push_num(&mut out, x);
    out
}

fn push_num(out: &mut String, x: f64) {
    let tenths = if x.is_finite() {
        (x * 10.0).round() as i64
    } else {
        0
    };
    if tenths < 0 {
        out.push('-');
    }
    let abs = tenths.unsigned_abs();
    let _ = write!(out, "{}", abs / 10);
    if abs % 10 != 0 {
        let _ = write!(out, ".{}", abs % 10);
    }
}

/// Builds path data command by command, every point offset by an origin.
#[derive(Clone, Debug, Default)]
pub struct PathData(String, (f64, f64));

impl PathData {
    /// An empty path.
    pub fn new() -> Self {
        Self::default()
    }

    /// An empty path whose points are given relative to `(x, y)`: a shape drawn around the
    /// origin lands there without an SVG `transform`, which the browser would pay for on every
    /// frame with one property node per shape.
    pub fn around(x: f64, y: f64) -> Self {
        Self(String::new(), (x, y))
    }

    fn command(&mut self, letter: char, values: &[f64]) -> &mut Self {
        if !self.0.is_empty() {
            self.0.push(' ');
        }
        self.0.push(letter);
        for (k, &v) in values.iter().enumerate() {
            if k > 0 {
                self.0.push(' ');
            }
            push_num(&mut self.0, v);
        }
        self
    }

    /// Move to `(x, y)`.
    pub fn move_to(&mut self, x: f64, y: f64) -> &mut Self {
        let (ox, oy) = self.1;
        self.command('M', &[ox + x, oy + y])
    }

    /// Line to `(x, y)`.
    pub fn line_to(&mut self, x: f64, y: f64) -> &mut Self {
        let (ox, oy) = self.1;
        self.command('L', &[ox + x, oy + y])
    }

    /// Quadratic curve via `(cx, cy)` to `(x, y)`.
    pub fn quad_to(&mut self, cx: f64, cy: f64, x: f64, y: f64) -> &mut Self {
        let (ox, oy) = self.1;
        self.command('Q', &[ox + cx, oy + cy, ox + x, oy + y])
    }

    /// Half-circle arc of radius `r` to `(x, y)`.
    pub fn arc_to(&mut self, r: f64, x: f64, y: f64) -> &mut Self {
        let (ox, oy) = self.1;
        self.command('A', &[r, r, 0.0, 1.0, 0.0, ox + x, oy + y])
    }

    /// Close the subpath.
    pub fn close(&mut self) -> &mut Self {
        self.command('Z', &[])
    }

    /// The finished path data.
    pub fn finish(&mut self) -> String {
        std::mem::take(&mut self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_have_at_most_one_decimal() {
        assert_eq!(num(12.0), "12");
        assert_eq!(num(12.34), "12.3");
        assert_eq!(num(-0.04), "0");
        assert_eq!(num(-3.96), "-4");
        assert_eq!(num(-0.25), "-0.3");
        assert_eq!(num(f64::NAN), "0");
    }

    #[test]
    fn commands_are_spaced() {
        let d = PathData::new()
            .move_to(0.0, 1.5)
            .line_to(2.0, -3.0)
            .close()
            .finish();
        assert_eq!(d, "M0 1.5 L2 -3 Z");
    }

    #[test]
    fn an_origin_moves_every_point_but_not_the_radius() {
        let d = PathData::around(100.0, -20.0)
            .move_to(-5.0, 0.0)
            .arc_to(5.0, 5.0, 0.0)
            .quad_to(1.0, 2.0, 3.0, 4.0)
            .line_to(0.0, 0.0)
            .close()
            .finish();
        assert_eq!(d, "M95 -20 A5 5 0 1 0 105 -20 Q101 -18 103 -16 L100 -20 Z");
    }
}
