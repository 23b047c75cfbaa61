//! Removing overlaps between node boxes (each box covers a node's touch target and its label)
//! while keeping every box inside the drawing's width.
//!
//! Two phases: pairwise pushes along the axis of least penetration, found with a sweep over
//! boxes sorted by their left edge; then a settling pass that guarantees the result by
//! moving any box still overlapping down to the first free place.

use super::geometry::{Rect, order_by};

/// Pushing passes before the guaranteed settling pass.
const PUSH_PASSES: usize = 120;

/// Moves boxes until no two overlap. `boxes` are positioned boxes; the result is the offset
/// applied to each. Boxes stay within `0..width` horizontally wherever they fit.
pub fn separate(boxes: &mut [Rect], width: f64) {
    clamp_all(boxes, width);
    for _ in 0..PUSH_PASSES {
        if !push_pass(boxes, width) {
            return;
        }
    }
    settle(boxes);
}

fn clamp_all(boxes: &mut [Rect], width: f64) {
    for b in boxes.iter_mut() {
        b.x = clamp_x(b.x, b.w, width);
    }
}

fn clamp_x(x: f64, w: f64, width: f64) -> f64 {
    if w >= width {
        (width - w) / 2.0
    } else {
        super::geometry::clamp(x, 0.0, width - w)
    }
}

/// Every overlapping pair, by index, found with a sweep over boxes sorted by left edge.
pub fn overlapping_pairs(boxes: &[Rect]) -> Vec<(usize, usize)> {
    let order = order_by(boxes.len(), &|i| boxes[i].x);
    let mut pairs = Vec::new();
    for (k, &i) in order.iter().enumerate() {
        let right = boxes[i].right();
        for &j in &order[k + 1..] {
            if boxes[j].x >= right {
                break;
            }
            if boxes[i].overlaps(boxes[j]) {
                pairs.push((i.min(j), i.max(j)));
            }
        }
    }
    pairs
}

/// One round of pushes; returns whether anything overlapped.
fn push_pass(boxes: &mut [Rect], width: f64) -> bool {
    let pairs = overlapping_pairs(boxes);
    for &(i, j) in &pairs {
        let (a, b) = (boxes[i], boxes[j]);
        if !a.overlaps(b) {
            continue;
        }
        let dx = a.right().min(b.right()) - a.x.max(b.x);
        let dy = a.bottom().min(b.bottom()) - a.y.max(b.y);
        let (ca, cb) = (a.x + a.w / 2.0, b.x + b.w / 2.0);
        let (ma, mb) = (a.y + a.h / 2.0, b.y + b.h / 2.0);
        // Ties are broken by index so the result never depends on anything but the input.
        let a_first_x = ca.total_cmp(&cb).then(i.cmp(&j)).is_lt();
        let a_first_y = ma.total_cmp(&mb).then(i.cmp(&j)).is_lt();
        let push_x = dx < dy * 0.8;
        if push_x {
            let shift = dx / 2.0 + 0.01;
            let sign = if a_first_x { -1.0 } else { 1.0 };
            let new_a = clamp_x(a.x + sign * shift, a.w, width);
            let new_b = clamp_x(b.x - sign * shift, b.w, width);
            boxes[i].x = new_a;
            boxes[j].x = new_b;
            // Against the wall, what x could not resolve goes to y.
            if boxes[i].overlaps(boxes[j]) {
                let shift = dy / 2.0 + 0.01;
                let sign = if a_first_y { -1.0 } else { 1.0 };
                boxes[i].y += sign * shift;
                boxes[j].y -= sign * shift;
            }
        } else {
            let shift = dy / 2.0 + 0.01;
            let sign = if a_first_y { -1.0 } else { 1.0 };
            boxes[i].y += sign * shift;
            boxes[j].y -= sign * shift;
        }
    }
    !pairs.is_empty()
}

/// Places boxes top to bottom; any box that overlaps one already placed moves down just
/// below it, until it overlaps none. Terminates because every move is downward past a
/// placed box's bottom edge, and there are finitely many of those.
fn settle(boxes: &mut [Rect]) {
    let order = order_by(boxes.len(), &|i| boxes[i].y);
    let mut placed: Vec<usize> = Vec::with_capacity(boxes.len());
    for &i in &order {
        while let Some(&blocker) = placed.iter().find(|&&p| boxes[p].overlaps(boxes[i])) {
            boxes[i].y = boxes[blocker].bottom();
        }
        placed.push(i);
    }
}

/// Moves every box up as far as it goes without overlapping a box above it, keeping the
/// order from top to bottom: the force layout leaves gaps that only make a phone reader
/// scroll. Takes boxes that do not overlap and leaves them so.
pub fn compact_up(boxes: &mut [Rect]) {
    let Some(top) = boxes.iter().map(|b| b.y).reduce(f64::min) else {
        return;
    };
    let order = order_by(boxes.len(), &|i| boxes[i].y);
    for (k, &i) in order.iter().enumerate() {
        let b = boxes[i];
        let floor = order[..k]
            .iter()
            .map(|&j| boxes[j])
            .filter(|a| a.x < b.right() - 1e-6 && b.x < a.right() - 1e-6)
            .map(Rect::bottom)
            .fold(top, f64::max);
        boxes[i].y = floor.min(b.y);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn assert_separated(boxes: &[Rect]) {
        for i in 0..boxes.len() {
            for j in i + 1..boxes.len() {
                assert!(
                    !boxes[i].overlaps(boxes[j]),
                    "{i} {:?} overlaps {j} {:?}",
                    boxes[i],
                    boxes[j]
                );
            }
        }
    }

    #[test]
    fn stacked_boxes_are_separated_inside_the_width() {
        let mut boxes = vec![Rect::new(50.0, 50.0, 80.0, 60.0); 30];
        separate(&mut boxes, 300.0);
        assert_separated(&boxes);
        assert!(
            boxes
                .iter()
                .all(|b| b.x >= 0.0 && b.right() <= 300.0 + 1e-9)
        );
    }

    #[test]
    fn settle_alone_guarantees_separation() {
        let mut boxes: Vec<Rect> = (0..50)
            .map(|i| Rect::new(f64::from(i % 7) * 10.0, f64::from(i % 5) * 7.0, 40.0, 30.0))
            .collect();
        settle(&mut boxes);
        assert_separated(&boxes);
    }

    #[test]
    fn sweep_finds_exactly_the_overlapping_pairs() {
        let boxes = [
            Rect::new(0.0, 0.0, 10.0, 10.0),
            Rect::new(5.0, 5.0, 10.0, 10.0),
            Rect::new(100.0, 0.0, 10.0, 10.0),
            Rect::new(0.0, 20.0, 10.0, 10.0),
        ];
        assert_eq!(overlapping_pairs(&boxes), vec![(0, 1)]);
    }

    #[test]
    fn compacting_closes_vertical_gaps_without_overlap() {
        let mut boxes = vec![
            Rect::new(0.0, 0.0, 50.0, 20.0),
            Rect::new(10.0, 100.0, 50.0, 20.0),
            Rect::new(100.0, 300.0, 50.0, 20.0),
            Rect::new(30.0, 400.0, 100.0, 20.0),
        ];
        compact_up(&mut boxes);
        assert_separated(&boxes);
        assert_eq!(
            boxes.iter().map(|b| b.y).collect::<Vec<_>>(),
            vec![0.0, 20.0, 0.0, 40.0]
        );
    }

    #[test]
    fn boxes_wider_than_the_drawing_are_centred() {
        let mut boxes = vec![Rect::new(0.0, 0.0, 500.0, 20.0)];
        separate(&mut boxes, 300.0);
        assert!((boxes[0].x + 100.0).abs() < 1e-9);
    }
}
