//! Times the layout natively on synthetic graphs shaped like the synthetic stories (every
//! sixth actor a state, people speaking for the actor before them, two relations each):
//! `cargo run --release --example layout_bench`.

use std::time::Instant;

use dramatis::layout::graph::{GraphNode, Spring};
use dramatis::layout::{Graph, LayoutConfig, layout, overlap::overlapping_pairs};

fn graph(actors: usize) -> Graph {
    let mut state = 0x9E37_79B9_7F4A_7C15u64;
    let mut next = move |n: usize| {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        (state % n as u64) as usize
    };
    let mut g = Graph {
        nodes: (0..actors)
            .map(|i| GraphNode::new(&format!("Actor {i}"), (1 + next(30)) as f64))
            .collect(),
        ..Graph::default()
    };
    for i in 0..actors {
        if i % 6 == 1 || i % 6 == 3 {
            g.affiliations.push((i, i - 1));
            g.add_edge(i, i - 1, Spring::Affiliation);
        }
        for _ in 0..2 {
            let other = next(actors);
            if other != i {
                g.add_edge(i, other, Spring::Relation);
            }
        }
    }
    g.merge_springs();
    g
}

fn main() {
    for actors in [50, 500, 2000, 5000] {
        let g = graph(actors);
        let start = Instant::now();
        let map = layout(&g, &LayoutConfig::for_graph(&g, 1000.0));
        let elapsed = start.elapsed();
        let boxes: Vec<_> = map.nodes.iter().map(|p| p.bbox).collect();
        println!(
            "{actors} actors: {:.0} ms, {:.0} x {:.0} px, {} overlaps",
            elapsed.as_secs_f64() * 1000.0,
            map.bounds.w,
            map.bounds.h,
            overlapping_pairs(&boxes).len()
        );
    }
}
