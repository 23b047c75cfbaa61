//! The map's input: the actors as weighted nodes, the springs between them, and the roles
//! (speaking for someone, mediating between parties) that the layout must respect.

use crate::domain::{Dataset, RelationKind};

use super::label::{label_lines, label_size};

/// Smallest distance from a node's centre to the edge of its touch target: 46 CSS px across,
/// so it stays above 44 even when the drawing is scaled down by a few pixels.
pub const MIN_HIT_RADIUS: f64 = 23.0;

/// One actor as the layout sees it.
#[derive(Clone, Debug, PartialEq)]
pub struct GraphNode {
    /// How present the actor is in the story (relations, statements, events).
    pub prominence: f64,
    /// The label, wrapped onto one or two lines.
    pub lines: Vec<String>,
    /// Radius of the drawn mark, growing with prominence.
    pub radius: f64,
    /// Width and height of the label.
    pub label: (f64, f64),
}

impl GraphNode {
    /// A node for an actor called `name` with the given prominence.
    pub fn new(name: &str, prominence: f64) -> Self {
        let lines = label_lines(name);
        let label = label_size(&lines);
        let radius = super::geometry::clamp(9.0 + 3.5 * prominence.max(0.0).sqrt(), 12.0, 30.0);
        Self {
            prominence,
            lines,
            radius,
            label,
        }
    }

    /// Radius of the touch target: never under [`MIN_HIT_RADIUS`].
    pub fn hit_radius(&self) -> f64 {
        self.radius.max(MIN_HIT_RADIUS)
    }
}

/// Which kind of spring joins two nodes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Spring {
    /// A relation of the story.
    Relation,
    /// A person and the actor they speak for: short and strong.
    Affiliation,
}

/// A spring between two nodes.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct GraphEdge {
    /// One end.
    pub a: usize,
    /// The other end.
    pub b: usize,
    /// What holds them together.
    pub spring: Spring,
    /// How many relations of the story the spring stands for (drawn as that many lines).
    pub relations: usize,
}

/// The layout's whole input.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Graph {
    /// Nodes, indexed like the dataset's actors.
    pub nodes: Vec<GraphNode>,
    /// Springs, at most one per pair of nodes.
    pub edges: Vec<GraphEdge>,
    /// `(member, actor it speaks for)`.
    pub affiliations: Vec<(usize, usize)>,
    /// `(mediator, parties)`, for mediators of two parties or more.
    pub mediations: Vec<(usize, Vec<usize>)>,
    /// `(supporter, party)`: who supports or allies with whom, to keep them on one side.
    pub supports: Vec<(usize, usize)>,
}

impl Graph {
    /// The graph of a checked dataset.
    pub fn from_dataset(data: &Dataset) -> Self {
        let prominence = data.prominences();
        let nodes = data
            .actor_ids()
            .map(|id| GraphNode::new(&data.actor(id).name, prominence[id.index()] as f64))
            .collect();
        let mut graph = Self {
            nodes,
            ..Self::default()
        };
        for id in data.actor_ids() {
            if let Some(affiliation) = &data.actor(id).affiliation {
                graph
                    .affiliations
                    .push((id.index(), affiliation.value.index()));
                graph.add_edge(id.index(), affiliation.value.index(), Spring::Affiliation);
            }
        }
        for relation in &data.relations {
            graph.add_edge(
                relation.source.index(),
                relation.target.index(),
                Spring::Relation,
            );
            if matches!(
                relation.kind,
                RelationKind::Support | RelationKind::Alliance
            ) {
                graph
                    .supports
                    .push((relation.source.index(), relation.target.index()));
            }
            if relation.kind == RelationKind::Mediation {
                let mediator = relation.source.index();
                match graph.mediations.iter_mut().find(|(m, _)| *m == mediator) {
                    Some((_, parties)) => {
                        if !parties.contains(&relation.target.index()) {
                            parties.push(relation.target.index());
                        }
                    }
                    None => graph
                        .mediations
                        .push((mediator, vec![relation.target.index()])),
                }
            }
        }
        graph.mediations.retain(|(_, parties)| parties.len() >= 2);
        graph.merge_springs();
        graph
    }

    /// Adds a spring between `a` and `b`. Several springs may join one pair until
    /// [`Graph::merge_springs`] keeps one.
    pub fn add_edge(&mut self, a: usize, b: usize, spring: Spring) {
        self.edges.push(GraphEdge {
            a: a.min(b),
            b: a.max(b),
            spring,
            relations: usize::from(spring == Spring::Relation),
        });
    }

    /// Keeps one spring per pair of nodes: an affiliation where there is one, else the first
    /// relation; it counts the relations of all. Sorting, not a map, so it costs n log n and
    /// no extra code in the download.
    pub fn merge_springs(&mut self) {
        let n = self.nodes.len().max(1);
        let edges = &self.edges;
        let key = |e: &GraphEdge| {
            (e.a * n + e.b) as f64 * 2.0
                + if e.spring == Spring::Affiliation {
                    0.0
                } else {
                    1.0
                }
        };
        let order = crate::domain::order::order_by(edges.len(), &|i| key(&edges[i]));
        let mut merged: Vec<GraphEdge> = Vec::with_capacity(edges.len());
        for i in order {
            let edge = edges[i];
            match merged.last_mut() {
                Some(last) if (last.a, last.b) == (edge.a, edge.b) => {
                    last.relations += edge.relations;
                }
                _ => merged.push(edge),
            }
        }
        self.edges = merged;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::builtin::builtin;

    #[test]
    fn builtin_story_graph() {
        let data = builtin().unwrap();
        let graph = Graph::from_dataset(&data);
        assert_eq!(graph.nodes.len(), data.actors.len());
        let index = |key: &str| data.actor_by_key(key).unwrap().index();
        assert!(
            graph
                .affiliations
                .contains(&(index("peskov"), index("kremlin")))
        );
        let turkey = graph
            .mediations
            .iter()
            .find(|(m, _)| *m == index("turkey"))
            .unwrap();
        assert_eq!(turkey.1, vec![index("russia"), index("ukraine")]);
        // Russia and Ukraine share talks and a conflict, but a single spring.
        let (r, u) = (
            index("russia").min(index("ukraine")),
            index("russia").max(index("ukraine")),
        );
        assert_eq!(
            graph.edges.iter().filter(|e| e.a == r && e.b == u).count(),
            1
        );
    }

    #[test]
    fn prominent_actors_are_drawn_larger_but_never_below_a_touch_target() {
        let quiet = GraphNode::new("NATO", 1.0);
        let loud = GraphNode::new("Russia", 30.0);
        assert!(loud.radius > quiet.radius);
        assert!(quiet.hit_radius() >= MIN_HIT_RADIUS && loud.hit_radius() >= MIN_HIT_RADIUS);
        assert!(GraphNode::new("x", 1e9).radius <= 30.0);
    }
}
