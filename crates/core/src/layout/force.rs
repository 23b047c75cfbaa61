//! The force simulation that arranges nodes: Barnes-Hut repulsion, springs for relations and
//! (shorter, stronger) for affiliations, a pull of each mediator towards a point beside the
//! middle of its parties, and gravity towards the centre of the drawing. Deterministic: a fixed number of
//! steps, a fixed order, and no randomness.

use super::geometry::{Point, clamp};
use super::graph::{Graph, Spring};
use super::quadtree::QuadTree;

#[cfg(test)]
mod tests {
    use super::nth_root;

    #[test]
    fn roots_match_powf() {
        for (x, n) in [(0.001, 300), (0.001, 120), (0.5, 2), (0.25, 1)] {
            let expected = f64::powf(x, 1.0 / n as f64);
            assert!((nth_root(x, n) - expected).abs() < 1e-12, "{x} {n}");
        }
    }
}

/// Scale of the repulsion between every pair of nodes.
const REPULSION: f64 = 0.3;
/// Stiffness of a relation's spring, shared among a node's relations.
const RELATION_STIFFNESS: f64 = 0.5;
/// Stiffness of an affiliation's spring: a member stays beside the actor it speaks for.
const AFFILIATION_STIFFNESS: f64 = 0.9;

/// Tuning of the simulation.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Forces {
    /// Steps to run.
    pub iterations: usize,
    /// Barnes-Hut accuracy: 0 is exact, larger is faster.
    pub theta: f64,
    /// Centre the nodes are drawn towards.
    pub center: Point,
    /// Horizontal and vertical gravity; a narrow drawing pulls harder sideways.
    pub gravity: (f64, f64),
    /// Two nodes kept side by side at one height, the first on the left, at least the given
    /// distance apart: the main parties of the story.
    pub side_by_side: Option<(usize, usize, f64)>,
    /// Whether nodes are pushed off the springs between other nodes (quadratic in the graph's
    /// size, so for small graphs only): a line through a node's mark is the hardest thing on
    /// a map to read.
    pub clear_lines: bool,
}

/// The `n`th root of `x` in `0..1`, by bisection: `powf` would bring a libm routine into
/// the download for one number per layout.
fn nth_root(x: f64, n: usize) -> f64 {
    let (mut lo, mut hi) = (0.0f64, 1.0f64);
    for _ in 0..64 {
        let mid = f64::midpoint(lo, hi);
        let mut power = 1.0;
        for _ in 0..n {
            power *= mid;
            if power < x {
                break;
            }
        }
        if power < x {
            lo = mid;
        } else {
            hi = mid;
        }
    }
    hi
}

/// How hard a node is pushed off a line it sits on, per pixel of missing clearance.
const CLEAR_STRENGTH: f64 = 0.6;

/// How far beside the line between its parties a mediator is pulled, as a share of its size:
/// beside the line, never on it, so the parties' own lines pass clear of its mark.
const MEDIATOR_ASIDE: f64 = 1.0;

/// Runs the simulation, moving `positions` in place. `sizes` is each node's typical extent,
/// which sets both its charge and its springs' rest lengths; `x_ranges` is the horizontal
/// range each node's position must stay in (so its box stays inside the drawing).
pub fn simulate(
    graph: &Graph,
    sizes: &[f64],
    positions: &mut [Point],
    forces: &Forces,
    x_ranges: &[(f64, f64)],
) {
    let n = positions.len();
    if n < 2 {
        return;
    }
    let charges: Vec<f64> = sizes.iter().map(|s| s * 0.75).collect();
    let mut degree = vec![0usize; n];
    for e in &graph.edges {
        degree[e.a] += 1;
        degree[e.b] += 1;
    }
    let mut velocity = vec![Point::default(); n];
    let alpha_min: f64 = 0.001;
    let decay = 1.0 - nth_root(alpha_min, forces.iterations.max(1));
    let mut alpha = 1.0;
    let mut stack = Vec::new();
    for _ in 0..forces.iterations {
        alpha += (0.0 - alpha) * decay;
        let tree = QuadTree::new(positions, &charges);
        for (i, v) in velocity.iter_mut().enumerate() {
            let push = tree.repulsion_with(i, forces.theta, 8.0, &mut stack);
            // A push of charge² / distance, scaled down to a step.
            v.x += push.x * alpha * REPULSION;
            v.y += push.y * alpha * REPULSION;
        }
        for e in &graph.edges {
            let (a, b) = (positions[e.a], positions[e.b]);
            let (dx, dy) = (b.x - a.x, b.y - a.y);
            let distance = dx.hypot(dy).max(1e-6);
            let (rest, stiffness) = match e.spring {
                Spring::Relation => ((sizes[e.a] + sizes[e.b]) * 0.7 + 20.0, RELATION_STIFFNESS),
                Spring::Affiliation => ((sizes[e.a] + sizes[e.b]) * 0.5, AFFILIATION_STIFFNESS),
            };
            let strength = match e.spring {
                Spring::Relation => stiffness / degree[e.a].min(degree[e.b]).max(1) as f64,
                Spring::Affiliation => stiffness,
            };
            let pull = (distance - rest) / distance * alpha * strength;
            let bias = degree[e.a] as f64 / (degree[e.a] + degree[e.b]) as f64;
            velocity[e.b].x -= dx * pull * bias;
            velocity[e.b].y -= dy * pull * bias;
            velocity[e.a].x += dx * pull * (1.0 - bias);
            velocity[e.a].y += dy * pull * (1.0 - bias);
        }
        for (mediator, parties) in &graph.mediations {
            let count = parties.len() as f64;
            let cx = parties.iter().map(|&p| positions[p].x).sum::<f64>() / count;
            let cy = parties.iter().map(|&p| positions[p].y).sum::<f64>() / count;
            let m = positions[*mediator];
            // Beside the line between the first two parties, on the side the mediator is on.
            let (a, b) = (positions[parties[0]], positions[parties[1]]);
            let (dx, dy) = (b.x - a.x, b.y - a.y);
            let length = dx.hypot(dy).max(1e-6);
            let (nx, ny) = (-dy / length, dx / length);
            let side = if (m.x - cx) * nx + (m.y - cy) * ny < 0.0 {
                -1.0
            } else {
                1.0
            };
            let aside = sizes[*mediator] * MEDIATOR_ASIDE * side;
            let (tx, ty) = (cx + nx * aside, cy + ny * aside);
            velocity[*mediator].x += (tx - m.x) * alpha * 0.5;
            velocity[*mediator].y += (ty - m.y) * alpha * 0.5;
        }
        if forces.clear_lines {
            clear_lines(graph, sizes, positions, &mut velocity, alpha);
        }
        for ((p, v), range) in positions.iter_mut().zip(velocity.iter_mut()).zip(x_ranges) {
            v.x += (forces.center.x - p.x) * forces.gravity.0 * alpha;
            v.y += (forces.center.y - p.y) * forces.gravity.1 * alpha;
            v.x *= 0.6;
            v.y *= 0.6;
            p.x = clamp(p.x + v.x, range.0, range.1);
            p.y += v.y;
        }
        if let Some((a, b, apart)) = forces.side_by_side {
            let y = f64::midpoint(positions[a].y, positions[b].y);
            let short = apart - (positions[b].x - positions[a].x);
            positions[a].y = y;
            positions[b].y = y;
            if short > 0.0 {
                positions[a].x = clamp(positions[a].x - short / 2.0, x_ranges[a].0, x_ranges[a].1);
                positions[b].x = clamp(positions[b].x + short / 2.0, x_ranges[b].0, x_ranges[b].1);
            }
        }
    }
}

/// Pushes every node that sits within its own size of a spring between two other nodes off
/// the spring, sideways, and the spring's ends a little the other way.
fn clear_lines(
    graph: &Graph,
    sizes: &[f64],
    positions: &[Point],
    velocity: &mut [Point],
    alpha: f64,
) {
    for e in &graph.edges {
        let (a, b) = (positions[e.a], positions[e.b]);
        let (dx, dy) = (b.x - a.x, b.y - a.y);
        let length_sq = (dx * dx + dy * dy).max(1e-6);
        for (i, p) in positions.iter().enumerate() {
            if i == e.a || i == e.b {
                continue;
            }
            let t = ((p.x - a.x) * dx + (p.y - a.y) * dy) / length_sq;
            if !(0.0..=1.0).contains(&t) {
                continue;
            }
            let (cx, cy) = (a.x + t * dx, a.y + t * dy);
            let (ox, oy) = (p.x - cx, p.y - cy);
            let distance = ox.hypot(oy);
            let clear = sizes[i] * 0.5 + 12.0;
            if distance >= clear {
                continue;
            }
            // Off the line on the side the node is on; exactly on it, to the left of a-b.
            let (ux, uy) = if distance > 1e-6 {
                (ox / distance, oy / distance)
            } else {
                let length = length_sq.sqrt();
                (-dy / length, dx / length)
            };
            let push = (clear - distance) * alpha * CLEAR_STRENGTH;
            velocity[i].x += ux * push;
            velocity[i].y += uy * push;
            for (end, share) in [(e.a, 1.0 - t), (e.b, t)] {
                velocity[end].x -= ux * push * share * 0.5;
                velocity[end].y -= uy * push * share * 0.5;
            }
        }
    }
}
