//! Clusters: an actor together with everyone who speaks for it, arranged as one rigid block
//! (members in rows under the actor, recursively), so that people always sit right beside the
//! government or state they speak for, whatever the rest of the layout does.

use super::geometry::{Point, Rect};
use super::graph::Graph;

/// One actor with its members, arranged.
#[derive(Clone, Debug, PartialEq)]
pub struct Cluster {
    /// Every node of the cluster with its centre relative to the cluster's origin (the
    /// centre of its top actor).
    pub nodes: Vec<(usize, Point)>,
    /// The space the cluster claims, relative to its origin.
    pub bbox: Rect,
}

/// Groups the graph's nodes into clusters. `boxes` are the nodes' boxes relative to their
/// centres; no cluster is wider than `max_width` unless one box alone is.
pub fn clusters(graph: &Graph, boxes: &[Rect], max_width: f64) -> (Vec<Cluster>, Vec<usize>) {
    let n = graph.nodes.len();
    let mut parent: Vec<Option<usize>> = vec![None; n];
    for &(member, affiliate) in &graph.affiliations {
        if member < n && affiliate < n && member != affiliate {
            parent[member] = Some(affiliate);
        }
    }
    // A node whose chain loops (the checker forbids it, but the layout takes any graph) is
    // cut loose rather than followed forever.
    for start in 0..n {
        let mut seen = 0;
        let mut at = start;
        while let Some(up) = parent[at] {
            seen += 1;
            if up == start || seen > n {
                parent[start] = None;
                break;
            }
            at = up;
        }
    }
    let mut children: Vec<Vec<usize>> = vec![Vec::new(); n];
    for (node, up) in parent.iter().enumerate() {
        if let Some(up) = up {
            children[*up].push(node);
        }
    }
    let mut of_node = vec![0; n];
    let mut found = Vec::new();
    for root in (0..n).filter(|&i| parent[i].is_none()) {
        let (nodes, bbox) = arrange(root, &children, boxes, max_width);
        for &(node, _) in &nodes {
            of_node[node] = found.len();
        }
        found.push(Cluster { nodes, bbox });
    }
    (found, of_node)
}

fn arrange(
    node: usize,
    children: &[Vec<usize>],
    boxes: &[Rect],
    max_width: f64,
) -> (Vec<(usize, Point)>, Rect) {
    let own = boxes[node];
    let mut placed = vec![(node, Point::default())];
    if children[node].is_empty() {
        return (placed, own);
    }
    let parts: Vec<(Vec<(usize, Point)>, Rect)> = children[node]
        .iter()
        .map(|&c| arrange(c, children, boxes, max_width))
        .collect();
    // Fill rows under the actor, each row centred beneath it.
    let mut rows: Vec<Vec<usize>> = vec![Vec::new()];
    let mut row_width = 0.0;
    for (k, (_, bbox)) in parts.iter().enumerate() {
        let row = rows.last_mut().expect("rows start non-empty");
        if !row.is_empty() && row_width + bbox.w > max_width {
            rows.push(vec![k]);
            row_width = bbox.w;
        } else {
            row.push(k);
            row_width += bbox.w;
        }
    }
    let mut bbox = own;
    let mut top = own.bottom();
    for row in rows {
        let width: f64 = row.iter().map(|&k| parts[k].1.w).sum();
        let height = row.iter().map(|&k| parts[k].1.h).fold(0.0, f64::max);
        let mut left = -width / 2.0;
        for k in row {
            let (nodes, part) = &parts[k];
            let (dx, dy) = (left - part.x, top - part.y);
            placed.extend(
                nodes
                    .iter()
                    .map(|&(i, p)| (i, Point::new(p.x + dx, p.y + dy))),
            );
            bbox = bbox.union(part.translate(dx, dy));
            left += part.w;
        }
        top += height;
    }
    (placed, bbox)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::layout::graph::GraphNode;

    fn graph(n: usize, affiliations: &[(usize, usize)]) -> Graph {
        Graph {
            nodes: (0..n)
                .map(|i| GraphNode::new(&format!("Node {i}"), 1.0))
                .collect(),
            affiliations: affiliations.to_vec(),
            ..Graph::default()
        }
    }

    #[test]
    fn members_sit_in_rows_under_their_actor_without_overlap() {
        let g = graph(5, &[(1, 0), (2, 0), (3, 1), (4, 0)]);
        let boxes = vec![Rect::new(-40.0, -25.0, 80.0, 70.0); 5];
        let (found, of_node) = clusters(&g, &boxes, 200.0);
        assert_eq!(found.len(), 1);
        assert!(of_node.iter().all(|&c| c == 0));
        let placed: Vec<Rect> = found[0]
            .nodes
            .iter()
            .map(|&(i, p)| boxes[i].translate(p.x, p.y))
            .collect();
        for i in 0..placed.len() {
            assert!(found[0].bbox.contains(placed[i]));
            for j in i + 1..placed.len() {
                assert!(!placed[i].overlaps(placed[j]), "{i} and {j} overlap");
            }
        }
        assert!(found[0].bbox.w <= 200.0 + 1e-9);
    }

    #[test]
    fn loops_are_cut_instead_of_followed() {
        let g = graph(3, &[(0, 1), (1, 0)]);
        let boxes = vec![Rect::new(-10.0, -10.0, 20.0, 20.0); 3];
        let (found, _) = clusters(&g, &boxes, 300.0);
        let total: usize = found.iter().map(|c| c.nodes.len()).sum();
        assert_eq!(total, 3);
    }
}
