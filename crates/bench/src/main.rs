//! Times the layout on the synthetic stories' graphs (50 to 5,000 actors, each with two
//! relations and ten events and statements behind each relation).
//!
//! Natively: `cargo run --release --bin layout_bench` prints one line per size.
//! In the browser (`scripts/bench.sh` builds it for wasm32 with wasm-bindgen): `prepare(n)`
//! builds the graph of an `n`-actor story, `run()` lays it out (the part to time), and
//! `boxes()` / `edges()` hand the result to the page, which measures it against d3-force.

use dramatis_core::domain::{load, synth::synthetic_story};
use dramatis_core::layout::{Graph, Layout, LayoutConfig, layout};

/// The graph the widget would lay out for the synthetic story of `actors` actors.
fn story_graph(actors: usize) -> Graph {
    let data = load(&synthetic_story(actors, 1)).unwrap_or_else(|report| panic!("{report}"));
    Graph::from_dataset(&data)
}

/// The widget's layout of `graph` at the map's desktop width.
fn lay_out(graph: &Graph) -> Layout {
    layout(graph, &LayoutConfig::for_graph(graph, 1000.0))
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    use dramatis_core::layout::overlap::overlapping_pairs;
    use std::time::Instant;
    for actors in [50, 500, 2000, 5000] {
        let graph = story_graph(actors);
        let start = Instant::now();
        let map = lay_out(&graph);
        let elapsed = start.elapsed();
        let boxes: Vec<_> = map.nodes.iter().map(|p| p.bbox).collect();
        println!(
            "{actors} actors, {} springs: {:.0} ms, {:.0} x {:.0} px, {} overlaps",
            graph.edges.len(),
            elapsed.as_secs_f64() * 1000.0,
            map.bounds.w,
            map.bounds.h,
            overlapping_pairs(&boxes).len()
        );
    }
}

#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(target_arch = "wasm32")]
mod web {
    use std::cell::RefCell;

    use wasm_bindgen::prelude::wasm_bindgen;

    use super::{Graph, Layout, lay_out, story_graph};

    thread_local! {
        static GRAPH: RefCell<Graph> = RefCell::new(Graph::default());
        static LAYOUT: RefCell<Option<Layout>> = const { RefCell::new(None) };
    }

    /// Builds the graph of the synthetic story with `actors` actors; returns its node count.
    #[wasm_bindgen]
    pub fn prepare(actors: usize) -> usize {
        let graph = story_graph(actors);
        let n = graph.nodes.len();
        GRAPH.with(|g| *g.borrow_mut() = graph);
        LAYOUT.with(|l| *l.borrow_mut() = None);
        n
    }

    /// Lays the prepared graph out.
    #[wasm_bindgen]
    pub fn run() {
        let map = GRAPH.with(|g| lay_out(&g.borrow()));
        LAYOUT.with(|l| *l.borrow_mut() = Some(map));
    }

    /// Per node, from the last layout: centre x, centre y, then the box the node claims
    /// (touch target and label) relative to the centre: x, y, width, height.
    #[wasm_bindgen]
    pub fn boxes() -> Vec<f64> {
        LAYOUT.with(|l| {
            l.borrow().as_ref().map_or_else(Vec::new, |map| {
                map.nodes
                    .iter()
                    .flat_map(|p| {
                        let (c, b) = (p.center, p.bbox);
                        [c.x, c.y, b.x - c.x, b.y - c.y, b.w, b.h]
                    })
                    .collect()
            })
        })
    }

    /// The prepared graph's springs as pairs of node indices.
    #[wasm_bindgen]
    pub fn edges() -> Vec<u32> {
        GRAPH.with(|g| {
            g.borrow()
                .edges
                .iter()
                .flat_map(|e| [e.a as u32, e.b as u32])
                .collect()
        })
    }
}
