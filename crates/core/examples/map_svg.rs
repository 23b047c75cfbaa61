//! Writes the actor map's layout as a bare SVG, for looking at the layout without a browser:
//! `cargo run --example map_svg -- [width] [synthetic-actor-count] > map.svg`.

use dramatis_core::domain::builtin::builtin;
use dramatis_core::domain::{load, synth::synthetic_story};
use dramatis_core::layout::edges::map_shapes;
use dramatis_core::layout::{Graph, LayoutConfig, layout};

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let width: f64 = args.first().and_then(|w| w.parse().ok()).unwrap_or(700.0);
    let data = match args.get(1).and_then(|n| n.parse().ok()) {
        Some(actors) => load(&synthetic_story(actors, 1)).expect("synthetic stories are valid"),
        None => builtin().expect("the built-in story is valid"),
    };
    let graph = Graph::from_dataset(&data);
    let map = layout(&graph, &LayoutConfig::for_graph(&graph, width));
    let shapes = map_shapes(&data, &map);
    let b = map.bounds;
    println!(
        r#"<svg xmlns="http://www.w3.org/2000/svg" viewBox="{} {} {} {}" width="{}" font-family="sans-serif" font-size="13">"#,
        b.x, b.y, b.w, b.h, b.w
    );
    println!(
        r#"<rect x="{}" y="{}" width="{}" height="{}" fill="white"/>"#,
        b.x, b.y, b.w, b.h
    );
    for d in shapes.speaks_for.iter().flatten() {
        println!(r#"<path d="{d}" fill="none" stroke="orange" stroke-dasharray="2 2"/>"#);
    }
    for shape in &shapes.relations {
        for d in &shape.lines {
            println!(r#"<path d="{d}" fill="none" stroke="gray"/>"#);
        }
        if let Some(d) = &shape.arrow {
            println!(r#"<path d="{d}" fill="gray"/>"#);
        }
    }
    for p in &map.nodes {
        let bb = p.bbox;
        println!(
            r#"<rect x="{}" y="{}" width="{}" height="{}" fill="none" stroke="pink"/>"#,
            bb.x, bb.y, bb.w, bb.h
        );
        println!(
            r##"<circle cx="{}" cy="{}" r="{}" fill="none" stroke="#eee"/>"##,
            p.center.x, p.center.y, p.hit_radius
        );
        println!(
            r##"<circle cx="{}" cy="{}" r="{}" fill="#dfe7f5" stroke="black"/>"##,
            p.center.x, p.center.y, p.radius
        );
        let l = p.label;
        println!(
            r#"<rect x="{}" y="{}" width="{}" height="{}" fill="none" stroke="lightblue"/>"#,
            l.x, l.y, l.w, l.h
        );
        for (k, line) in p.lines.iter().enumerate() {
            let y = p.label.y + 12.0 + 16.0 * k as f64;
            println!(
                r#"<text x="{}" y="{}" text-anchor="middle">{}</text>"#,
                l.x + l.w / 2.0,
                y,
                line
            );
        }
    }
    println!("</svg>");
}
