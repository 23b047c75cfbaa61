//! A uniform grid over the drawing that answers "which items might touch this rectangle",
//! so that label placement and line routing look at a few neighbours instead of every actor
//! (5,000 actors would otherwise make them quadratic). A `Vec` per cell, not a map: no
//! hashing code in the download, and the same answer, in the same order, every time.

use super::geometry::Rect;

/// Side of a cell: about one node box, so a query visits a handful of cells.
const CELL: f64 = 96.0;
/// At most this many cells, however large the drawing; cells grow instead.
const MAX_CELLS: f64 = 65_536.0;

/// Items (by index) filed under every cell their rectangle covers.
#[derive(Clone, Debug)]
pub struct Grid {
    origin: (f64, f64),
    cell: f64,
    cols: usize,
    rows: usize,
    cells: Vec<Vec<usize>>,
}

impl Grid {
    /// A grid over `area` holding nothing yet.
    pub fn new(area: Rect) -> Self {
        let mut cell = CELL;
        while (area.w / cell).ceil() * (area.h / cell).ceil() > MAX_CELLS {
            cell *= 2.0;
        }
        let cols = ((area.w / cell).ceil() as usize).max(1);
        let rows = ((area.h / cell).ceil() as usize).max(1);
        Self {
            origin: (area.x, area.y),
            cell,
            cols,
            rows,
            cells: vec![Vec::new(); cols * rows],
        }
    }

    /// The cells `r` covers, as column and row ranges (clamped to the grid).
    fn span(
        &self,
        r: Rect,
    ) -> (
        std::ops::RangeInclusive<usize>,
        std::ops::RangeInclusive<usize>,
    ) {
        let at =
            |v: f64, o: f64, n: usize| (((v - o) / self.cell).floor().max(0.0) as usize).min(n - 1);
        (
            at(r.x, self.origin.0, self.cols)..=at(r.right(), self.origin.0, self.cols),
            at(r.y, self.origin.1, self.rows)..=at(r.bottom(), self.origin.1, self.rows),
        )
    }

    /// Files item `item` under every cell `r` covers.
    pub fn insert(&mut self, item: usize, r: Rect) {
        let (cols, rows) = self.span(r);
        for row in rows {
            for col in cols.clone() {
                self.cells[row * self.cols + col].push(item);
            }
        }
    }

    /// Files item `item` under the cells the segment `a`-`b` passes through (and a few
    /// around them): a long diagonal line's own rectangle would cover half the drawing.
    pub fn insert_line(
        &mut self,
        item: usize,
        a: super::geometry::Point,
        b: super::geometry::Point,
    ) {
        let pieces = (a.distance(b) / self.cell).ceil().max(1.0);
        let at = |t: f64| (a.x + (b.x - a.x) * t, a.y + (b.y - a.y) * t);
        let mut cells: Vec<usize> = Vec::new();
        for k in 0..pieces as usize {
            let (x0, y0) = at(k as f64 / pieces);
            let (x1, y1) = at((k + 1) as f64 / pieces);
            let (cols, rows) = self.span(Rect::new(
                x0.min(x1),
                y0.min(y1),
                (x0 - x1).abs(),
                (y0 - y1).abs(),
            ));
            for row in rows {
                for col in cols.clone() {
                    cells.push(row * self.cols + col);
                }
            }
        }
        cells.sort_unstable();
        cells.dedup();
        for c in cells {
            self.cells[c].push(item);
        }
    }

    /// Every item filed under a cell that `r` covers, each once, in increasing order.
    pub fn near(&self, r: Rect) -> Vec<usize> {
        let mut found = Vec::new();
        self.gather(r, &mut found);
        found.sort_unstable();
        found.dedup();
        found
    }

    /// Every item filed under a cell near any piece of the polyline `points` (within
    /// `margin`), each once, in increasing order: a long diagonal line's own rectangle would
    /// cover half the drawing.
    pub fn near_line(&self, points: &[super::geometry::Point], margin: f64) -> Vec<usize> {
        let mut found = Vec::new();
        for w in points.windows(2) {
            let piece = Rect::new(
                w[0].x.min(w[1].x),
                w[0].y.min(w[1].y),
                (w[0].x - w[1].x).abs(),
                (w[0].y - w[1].y).abs(),
            );
            self.gather(piece.inflate(margin), &mut found);
        }
        found.sort_unstable();
        found.dedup();
        found
    }

    /// Appends the items of the cells `r` covers, repeats included.
    fn gather(&self, r: Rect, found: &mut Vec<usize>) {
        let (cols, rows) = self.span(r);
        for row in rows {
            for col in cols.clone() {
                found.extend_from_slice(&self.cells[row * self.cols + col]);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_what_touches_and_not_what_is_far() {
        let mut grid = Grid::new(Rect::new(0.0, 0.0, 1000.0, 1000.0));
        grid.insert(0, Rect::new(10.0, 10.0, 20.0, 20.0));
        grid.insert(1, Rect::new(500.0, 500.0, 300.0, 20.0));
        grid.insert(2, Rect::new(-50.0, 2000.0, 10.0, 10.0));
        assert_eq!(grid.near(Rect::new(0.0, 0.0, 40.0, 40.0)), vec![0]);
        assert_eq!(grid.near(Rect::new(700.0, 510.0, 5.0, 5.0)), vec![1]);
        assert_eq!(grid.near(Rect::new(0.0, 990.0, 10.0, 10.0)), vec![2]);
    }
}
