//! Our layout against Graphviz's force-directed engines (`neato`, `fdp`, `sfdp`) on the same
//! graph with the same node boxes, counted with the same geometry (`layout::quality`). Aim
//! (issue 20): on the built-in story no more crossings than the best engine, at phone and
//! desktop widths; asserted is today's gap, which may only shrink. Writes the side-by-side table to `target/reports/layout-vs-graphviz.md`.
//! Needs Debian's `graphviz` (`scripts/tools.sh test`, which the test command runs).
#![cfg(not(target_arch = "wasm32"))]

mod common;
use std::fmt::Write as _;
use std::process::Command;
use std::time::{Duration, Instant};

use common::repo_path;

use dramatis_core::domain::builtin::builtin;
use dramatis_core::domain::synth::synthetic_story;
use dramatis_core::domain::{Dataset, load};
use dramatis_core::layout::edges::map_shapes;
use dramatis_core::layout::quality::{DrawnLine, Quality, drawn_lines, measure};
use dramatis_core::layout::{
    Graph, LabelSide, Layout, LayoutConfig, Placed, Point, Rect, claimed_box, label_box, layout,
};

const ENGINES: [&str; 3] = ["neato", "fdp", "sfdp"];
/// Pieces each cubic Bézier piece of a Graphviz spline is flattened into.
const PIECES: usize = 24;

/// Our node box for each node, relative to its centre (label under the mark).
fn boxes(graph: &Graph) -> Vec<Rect> {
    graph
        .nodes
        .iter()
        .map(|n| {
            claimed_box(
                Point::default(),
                n.hit_radius(),
                label_box(n, Point::default(), LabelSide::Below),
            )
        })
        .collect()
}

/// The graph as DOT: fixed-size boxes of our sizes (inches = px / 72), one edge per relation
/// and per "speaks for" tie, as the widget draws them.
fn dot(data: &Dataset, graph: &Graph, ratio: f64) -> String {
    let mut out = format!(
        "graph g {{\n  graph [overlap=prism, splines=true, ratio={ratio}];\n  node [shape=box, fixedsize=true, label=\"\"];\n"
    );
    for (i, b) in boxes(graph).iter().enumerate() {
        writeln!(
            out,
            "  n{i} [width={:.4}, height={:.4}];",
            b.w / 72.0,
            b.h / 72.0
        )
        .unwrap();
    }
    for r in &data.relations {
        writeln!(out, "  n{} -- n{};", r.source.index(), r.target.index()).unwrap();
    }
    for id in data.actor_ids() {
        if let Some(to) = &data.actor(id).affiliation {
            writeln!(out, "  n{} -- n{} [tie=1];", id.index(), to.value.index()).unwrap();
        }
    }
    out.push_str("}\n");
    out
}

/// Runs `engine` on `input`, giving its `-Tplain` output.
fn run(engine: &str, input: &str) -> String {
    use std::io::Write as _;
    let mut child = Command::new(engine)
        .args(["-Tplain"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap_or_else(|e| {
            panic!(
                "cannot run Graphviz's `{engine}` ({e}): install Debian's graphviz by running \
                 the test command, scripts/test.sh (or scripts/tools.sh test)"
            )
        });
    child
        .stdin
        .take()
        .unwrap()
        .write_all(input.as_bytes())
        .unwrap();
    let output = child.wait_with_output().unwrap();
    assert!(
        output.status.success(),
        "{engine} failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout).unwrap()
}

/// A cubic Bézier spline (3k + 1 points) as a polyline.
fn flatten(points: &[Point]) -> Vec<Point> {
    let mut out = vec![points[0]];
    for c in points[1..].chunks_exact(3) {
        let (a, b, d, e) = (*out.last().unwrap(), c[0], c[1], c[2]);
        for k in 1..=PIECES {
            let t = k as f64 / PIECES as f64;
            let u = 1.0 - t;
            let (w0, w1, w2, w3) = (u * u * u, 3.0 * u * u * t, 3.0 * u * t * t, t * t * t);
            out.push(Point::new(
                w0 * a.x + w1 * b.x + w2 * d.x + w3 * e.x,
                w0 * a.y + w1 * b.y + w2 * d.y + w3 * e.y,
            ));
        }
    }
    out
}

/// Graphviz's drawing read back as our layout and lines: each box placed where the engine put
/// it, the mark at the top of the box and the label under it as ours are.
fn read_plain(plain: &str, graph: &Graph, data: &Dataset) -> (Layout, Vec<DrawnLine>) {
    let rel = boxes(graph);
    let mut height = 0.0;
    let mut centres = vec![Point::default(); graph.nodes.len()];
    let mut lines = Vec::new();
    let ties = dramatis_core::layout::edges::speaks_for_ties(data);
    let index = |name: &str| name.trim_start_matches('n').parse::<usize>().unwrap();
    for line in plain.lines() {
        let f: Vec<&str> = line.split_whitespace().collect();
        let num = |k: usize| f[k].parse::<f64>().unwrap() * 72.0;
        match f.first() {
            Some(&"graph") => height = num(3),
            Some(&"node") => centres[index(f[1])] = Point::new(num(2), height - num(3)),
            Some(&"edge") => {
                let (a, b) = (index(f[1]), index(f[2]));
                let n: usize = f[3].parse().unwrap();
                let points: Vec<Point> = (0..n)
                    .map(|k| Point::new(num(4 + 2 * k), height - num(5 + 2 * k)))
                    .collect();
                let path = flatten(&points);
                lines.push(DrawnLine {
                    ends: (a, b),
                    strokes: vec![path.clone()],
                    centre: path,
                    relation: true,
                });
            }
            _ => {}
        }
    }
    // Edges come in input order: relations first, then ties.
    for (line, _) in lines.iter_mut().skip(data.relations.len()).zip(&ties) {
        line.relation = false;
    }
    let nodes: Vec<Placed> = graph
        .nodes
        .iter()
        .zip(&rel)
        .zip(&centres)
        .map(|((node, r), c)| {
            // The engine centres the box; our mark sits where the box's centre is offset by.
            let bbox = Rect::new(c.x - r.w / 2.0, c.y - r.h / 2.0, r.w, r.h);
            let center = Point::new(c.x, bbox.y - r.y);
            Placed {
                center,
                radius: node.radius,
                hit_radius: node.hit_radius(),
                label: label_box(node, center, LabelSide::Below),
                lines: node.lines.clone(),
                bbox,
            }
        })
        .collect();
    let bounds = nodes
        .iter()
        .map(|p| p.bbox)
        .reduce(Rect::union)
        .unwrap_or_default();
    (Layout { nodes, bounds }, lines)
}

/// Ours and each engine's counts for `data` on a screen `width` wide.
/// Ours and each engine's counts for `data` on a screen `width` wide, with the time each
/// took (ours: layout and lines, in this test build; Graphviz: the whole process).
fn compare(data: &Dataset, width: f64) -> Vec<(&'static str, Quality, Duration)> {
    let graph = Graph::from_dataset(data);
    let config = LayoutConfig::for_graph(&graph, width);
    let clock = Instant::now();
    let map = layout(&graph, &config);
    let shapes = map_shapes(data, &map);
    let took = clock.elapsed();
    let ours = measure(&map, &drawn_lines(data, &shapes), width);
    let mut rows = vec![("ours", ours, took)];
    let input = dot(data, &graph, config.aspect);
    for engine in ENGINES {
        let clock = Instant::now();
        let plain = run(engine, &input);
        let took = clock.elapsed();
        let (map, lines) = read_plain(&plain, &graph, data);
        rows.push((engine, measure(&map, &lines, width), took));
    }
    rows
}

#[test]
fn fewer_crossings_than_graphviz_and_the_table() {
    let mut stories = vec![("built-in".to_owned(), builtin().unwrap())];
    // 200 actors too, when asked: Graphviz takes about 10 s an engine on them (with ours
    // 6,039 crossings at 360 px against sfdp's 2,972 on the first run).
    let sizes: &[usize] = if std::env::var_os("DRAMATIS_LARGE").is_some() {
        &[20, 50, 200]
    } else {
        &[20, 50]
    };
    for &actors in sizes {
        stories.push((
            format!("synthetic {actors}"),
            load(&synthetic_story(actors, 1)).unwrap(),
        ));
    }
    let mut table = String::from(
        "# Our layout against Graphviz\n\nSame graph, same node boxes (touch target and label, \
         fixed-size boxes for Graphviz with `overlap=prism splines=true`), counted with \
         `layout::quality` on the drawn lines (`cargo test -p dramatis-core --test graphviz`). \
         Size is the drawing's, in px; height on screen is as shown fitted to the screen's width \
         (a drawing wider than the screen is scaled down, and its touch targets with it).\n\n\
         | story | screen | layout | crossings | lines over marks | lines over labels | size | height on screen | time |\n\
         |---|---:|---|---:|---:|---:|---:|---:|---:|\n",
    );
    let mut failures = Vec::new();
    for (name, data) in &stories {
        for width in [360.0, 1280.0] {
            let rows = compare(data, width);
            for (engine, q, took) in &rows {
                writeln!(
                    table,
                    "| {name} | {width} | {engine} | {} | {} | {} | {:.0} × {:.0} | {:.0} | {} ms |",
                    q.crossings,
                    q.lines_over_marks,
                    q.lines_over_labels,
                    q.width,
                    q.height / (width / q.width).min(1.0),
                    q.height,
                    took.as_millis()
                )
                .unwrap();
            }
            let best = rows[1..].iter().map(|(_, q, _)| q.crossings).min().unwrap();
            let ours = rows[0].1;
            // Issue 20 asks for no more crossings than the best engine. Not reached yet: the
            // bounds are today's gaps (phone 6 crossings against 3 and 1 line over a mark,
            // desktop 9 against 3 and 2), so they can only shrink.
            let (gap, marks) = if width < 1000.0 { (3, 1) } else { (6, 2) };
            if name == "built-in" && (ours.crossings > best + gap || ours.lines_over_marks > marks)
            {
                failures.push(format!(
                    "{name} at {width}: {} crossings, Graphviz's best {best}; {} lines over marks",
                    ours.crossings, ours.lines_over_marks
                ));
            }
        }
    }
    println!("{table}");
    let dir = repo_path("target/reports");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("layout-vs-graphviz.md"), &table).unwrap();
    assert!(failures.is_empty(), "{failures:?}\n{table}");
}
