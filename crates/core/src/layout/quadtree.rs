//! A Barnes-Hut quadtree: repulsion between `n` bodies in O(n log n) per step instead of
//! O(n²), by treating a far-away cell as one body at its centre of charge.

use super::geometry::Point;

/// Cells deeper than this keep their bodies in one list instead of splitting further, so
/// bodies at the same spot cannot recurse forever.
const MAX_DEPTH: u32 = 40;
const NONE: u32 = u32::MAX;

#[derive(Clone, Copy, Debug)]
struct Cell {
    /// Top-left corner and side of the square this cell covers.
    x: f64,
    y: f64,
    size: f64,
    /// Total charge and charge-weighted position sum of the bodies inside.
    charge: f64,
    sx: f64,
    sy: f64,
    /// First child cell; the four children are consecutive. `NONE` for a leaf.
    children: u32,
    /// First body of a leaf; further bodies follow through `next`.
    body: u32,
    depth: u32,
}

/// A quadtree over a set of charged bodies.
#[derive(Debug)]
pub struct QuadTree<'a> {
    cells: Vec<Cell>,
    next: Vec<u32>,
    points: &'a [Point],
    charges: &'a [f64],
}

impl<'a> QuadTree<'a> {
    /// Builds the tree over `points`, each carrying the matching charge.
    ///
    /// # Panics
    /// If there are more than `u32::MAX` points; the loader caps stories far below that.
    pub fn new(points: &'a [Point], charges: &'a [f64]) -> Self {
        let (mut x0, mut y0, mut x1, mut y1) = (f64::MAX, f64::MAX, f64::MIN, f64::MIN);
        for p in points {
            x0 = x0.min(p.x);
            y0 = y0.min(p.y);
            x1 = x1.max(p.x);
            y1 = y1.max(p.y);
        }
        let size = (x1 - x0).max(y1 - y0).max(1.0) * 1.000_1;
        let root = Cell {
            x: x0,
            y: y0,
            size,
            charge: 0.0,
            sx: 0.0,
            sy: 0.0,
            children: NONE,
            body: NONE,
            depth: 0,
        };
        let mut tree = Self {
            cells: vec![root],
            next: vec![NONE; points.len()],
            points,
            charges,
        };
        for body in 0..points.len() {
            let Ok(body) = u32::try_from(body) else {
                panic!("bodies fit in u32")
            };
            tree.insert(body);
        }
        tree.accumulate(0);
        tree
    }

    fn insert(&mut self, body: u32) {
        let p = self.points[body as usize];
        let mut at = 0usize;
        loop {
            let cell = self.cells[at];
            if cell.children != NONE {
                at = cell.children as usize + quadrant(&cell, p);
                continue;
            }
            if cell.body == NONE {
                self.cells[at].body = body;
                return;
            }
            if cell.depth >= MAX_DEPTH {
                self.next[body as usize] = cell.body;
                self.cells[at].body = body;
                return;
            }
            // Split: move the resident body (and its list) down one level, then retry.
            let Ok(first) = u32::try_from(self.cells.len()) else {
                panic!("cells fit in u32")
            };
            let half = cell.size / 2.0;
            for q in 0..4u32 {
                let (qx, qy) = (f64::from(q & 1), f64::from(q >> 1));
                self.cells.push(Cell {
                    x: cell.x + qx * half,
                    y: cell.y + qy * half,
                    size: half,
                    charge: 0.0,
                    sx: 0.0,
                    sy: 0.0,
                    children: NONE,
                    body: NONE,
                    depth: cell.depth + 1,
                });
            }
            self.cells[at].children = first;
            self.cells[at].body = NONE;
            let mut resident = cell.body;
            while resident != NONE {
                let following = self.next[resident as usize];
                self.next[resident as usize] = NONE;
                let child = first as usize + quadrant(&cell, self.points[resident as usize]);
                let old = self.cells[child].body;
                self.next[resident as usize] = old;
                self.cells[child].body = resident;
                resident = following;
            }
        }
    }

    fn accumulate(&mut self, root: usize) {
        // Children always come after their parent, so a reverse sweep is a post-order walk.
        for at in (root..self.cells.len()).rev() {
            let cell = self.cells[at];
            let (mut charge, mut sx, mut sy) = (0.0, 0.0, 0.0);
            if cell.children == NONE {
                let mut body = cell.body;
                while body != NONE {
                    let (p, q) = (self.points[body as usize], self.charges[body as usize]);
                    charge += q;
                    sx += q * p.x;
                    sy += q * p.y;
                    body = self.next[body as usize];
                }
            } else {
                for child in 0..4 {
                    let c = self.cells[cell.children as usize + child];
                    charge += c.charge;
                    sx += c.sx;
                    sy += c.sy;
                }
            }
            let cell = &mut self.cells[at];
            cell.charge = charge;
            cell.sx = sx;
            cell.sy = sy;
        }
    }

    /// The repulsive push on `body` from all others: each contributes
    /// `charge_body * charge_other / distance` along the line between them. `theta` trades
    /// accuracy for speed (0 is exact); `min_distance` caps the push of very close bodies.
    pub fn repulsion(&self, body: usize, theta: f64, min_distance: f64) -> Point {
        self.repulsion_with(body, theta, min_distance, &mut Vec::new())
    }

    /// [`Self::repulsion`], reusing `stack` for the walk so that a step over every body
    /// allocates nothing.
    pub fn repulsion_with(
        &self,
        body: usize,
        theta: f64,
        min_distance: f64,
        stack: &mut Vec<usize>,
    ) -> Point {
        let p = self.points[body];
        let q = self.charges[body];
        let min_sq = min_distance * min_distance;
        let (mut fx, mut fy) = (0.0, 0.0);
        stack.clear();
        stack.push(0);
        while let Some(at) = stack.pop() {
            let cell = &self.cells[at];
            if cell.charge <= 0.0 {
                continue;
            }
            if cell.children == NONE {
                let mut other = cell.body;
                while other != NONE {
                    let o = other as usize;
                    if o != body {
                        let (dx, dy) = separation(p, self.points[o], body, o);
                        let d2 = (dx * dx + dy * dy).max(min_sq);
                        let s = q * self.charges[o] / d2;
                        fx += dx * s;
                        fy += dy * s;
                    }
                    other = self.next[o];
                }
                continue;
            }
            let (cx, cy) = (cell.sx / cell.charge, cell.sy / cell.charge);
            let (dx, dy) = (p.x - cx, p.y - cy);
            let d2 = dx * dx + dy * dy;
            if cell.size * cell.size < theta * theta * d2 {
                let s = q * cell.charge / d2.max(min_sq);
                fx += dx * s;
                fy += dy * s;
            } else {
                stack.extend((0..4).map(|c| cell.children as usize + c));
            }
        }
        Point::new(fx, fy)
    }
}

fn quadrant(cell: &Cell, p: Point) -> usize {
    let half = cell.size / 2.0;
    usize::from(p.x >= cell.x + half) + 2 * usize::from(p.y >= cell.y + half)
}

/// The vector from `b` to `a`; bodies at the same spot are pushed apart along a direction
/// fixed by their indices, so the result stays deterministic.
fn separation(a: Point, b: Point, ia: usize, ib: usize) -> (f64, f64) {
    let (dx, dy) = (a.x - b.x, a.y - b.y);
    if dx == 0.0 && dy == 0.0 {
        let k = ((ia * 7919 + ib * 104_729) % 360) as f64;
        let sign = if ia < ib { -1.0 } else { 1.0 };
        return (sign * (0.5 + k / 720.0), sign * (1.0 - k / 720.0));
    }
    (dx, dy)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn exact(points: &[Point], charges: &[f64], body: usize, min_distance: f64) -> Point {
        let (mut fx, mut fy) = (0.0, 0.0);
        for other in 0..points.len() {
            if other != body {
                let (dx, dy) = separation(points[body], points[other], body, other);
                let d2 = (dx * dx + dy * dy).max(min_distance * min_distance);
                let s = charges[body] * charges[other] / d2;
                fx += dx * s;
                fy += dy * s;
            }
        }
        Point::new(fx, fy)
    }

    fn scattered(n: usize) -> Vec<Point> {
        let mut state = 0x1234_5678_u64;
        (0..n)
            .map(|_| {
                state = state
                    .wrapping_mul(6_364_136_223_846_793_005)
                    .wrapping_add(1_442_695_040_888_963_407);
                let (a, b) = (
                    (state >> 33) as f64 / 2f64.powi(31),
                    (state & 0xFFFF_FFFF) as f64 / 2f64.powi(32),
                );
                Point::new(a * 1000.0, b * 1000.0)
            })
            .collect()
    }

    #[test]
    fn theta_zero_is_exact() {
        let points = scattered(200);
        let charges = vec![1.0; points.len()];
        let tree = QuadTree::new(&points, &charges);
        for body in [0, 57, 199] {
            let (a, b) = (
                tree.repulsion(body, 0.0, 1.0),
                exact(&points, &charges, body, 1.0),
            );
            assert!(
                (a.x - b.x).abs() < 1e-9 && (a.y - b.y).abs() < 1e-9,
                "{a:?} vs {b:?}"
            );
        }
    }

    #[test]
    fn approximation_stays_close_to_exact() {
        let points = scattered(2000);
        let charges = vec![2.0; points.len()];
        let tree = QuadTree::new(&points, &charges);
        for body in (0..2000).step_by(97) {
            let (a, b) = (
                tree.repulsion(body, 0.9, 1.0),
                exact(&points, &charges, body, 1.0),
            );
            let error = (a.x - b.x).hypot(a.y - b.y);
            let size = b.x.hypot(b.y).max(1e-9);
            assert!(
                error / size < 0.25,
                "body {body}: relative error {}",
                error / size
            );
        }
    }

    #[test]
    fn bodies_at_one_spot_do_not_recurse_forever_and_push_apart() {
        let points = vec![Point::new(5.0, 5.0); 100];
        let charges = vec![1.0; 100];
        let tree = QuadTree::new(&points, &charges);
        let push = tree.repulsion(3, 0.9, 1.0);
        assert!(push.x.is_finite() && push.y.is_finite());
        assert!(push.x != 0.0 || push.y != 0.0);
    }

    #[test]
    fn an_empty_or_single_body_tree_is_quiet() {
        let tree = QuadTree::new(&[], &[]);
        assert_eq!(tree.cells.len(), 1);
        let one = [Point::new(1.0, 1.0)];
        let tree = QuadTree::new(&one, &[1.0]);
        assert_eq!(tree.repulsion(0, 0.9, 1.0), Point::new(0.0, 0.0));
    }
}
