//! Readability of the actor map's layout, asserted on the built-in story and on synthetic
//! stories of several sizes, at phone and desktop widths.
#![cfg(not(target_arch = "wasm32"))]

mod common;
use std::fmt::Write as _;

use common::repo_path;

use dramatis_core::domain::builtin::builtin;
use dramatis_core::domain::synth::synthetic_story;
use dramatis_core::domain::{Dataset, load};
use dramatis_core::layout::edges::map_shapes;
use dramatis_core::layout::overlap::overlapping_pairs;
use dramatis_core::layout::quality::{
    Quality, crossing_pairs, drawn_lines, marks_under, measure, segment_distance,
};
use dramatis_core::layout::{Graph, Layout, LayoutConfig, Point, Rect, layout, target_height};

const WIDTHS: [f64; 3] = [320.0, 600.0, 1000.0];

fn lay_out(data: &Dataset, width: f64) -> (Graph, Layout) {
    let graph = Graph::from_dataset(data);
    let map = layout(&graph, &LayoutConfig::for_width(width));
    (graph, map)
}

/// No two nodes, labels or node-and-label overlap; everything is inside the drawing.
fn assert_readable(map: &Layout, width: f64, what: &str) {
    let boxes: Vec<Rect> = map.nodes.iter().map(|p| p.bbox).collect();
    let pairs = overlapping_pairs(&boxes);
    assert!(
        pairs.is_empty(),
        "{what} at {width}: overlapping boxes {pairs:?}"
    );
    for (i, p) in map.nodes.iter().enumerate() {
        let circle = Rect::new(
            p.center.x - p.hit_radius,
            p.center.y - p.hit_radius,
            2.0 * p.hit_radius,
            2.0 * p.hit_radius,
        );
        assert!(
            p.bbox.contains(circle),
            "{what}: node {i}'s touch target leaves its box"
        );
        assert!(
            p.bbox.contains(p.label),
            "{what}: node {i}'s label leaves its box"
        );
        let mark = Rect::new(
            p.center.x - p.radius,
            p.center.y - p.radius,
            2.0 * p.radius,
            2.0 * p.radius,
        );
        assert!(!mark.overlaps(p.label), "{what}: label on its own mark");
        assert!(
            map.bounds.contains(p.bbox),
            "{what}: node {i} outside the drawing"
        );
        assert!(
            p.bbox.x >= -1e-9 && p.bbox.right() <= width + 1e-9,
            "{what}: node {i} wider than {width}"
        );
    }
}

/// Gap between two boxes (0 when they touch or overlap).
fn gap(a: Rect, b: Rect) -> f64 {
    let dx = (b.x - a.right()).max(a.x - b.right()).max(0.0);
    let dy = (b.y - a.bottom()).max(a.y - b.bottom()).max(0.0);
    dx.hypot(dy)
}

/// A member's box sits right beside the box of the actor it speaks for.
fn assert_members_near(graph: &Graph, map: &Layout, what: &str) {
    for &(member, affiliate) in &graph.affiliations {
        let distance = gap(map.nodes[member].bbox, map.nodes[affiliate].bbox);
        assert!(
            distance <= 24.0,
            "{what}: member {member} is {distance:.0} px from {affiliate}"
        );
    }
}

/// Where `p` projects onto the segment `a`-`b` (0 at a, 1 at b), and how far from it.
fn along_and_across(p: Point, a: Point, b: Point) -> (f64, f64) {
    let (dx, dy) = (b.x - a.x, b.y - a.y);
    let length_sq = dx * dx + dy * dy;
    let t = ((p.x - a.x) * dx + (p.y - a.y) * dy) / length_sq;
    let across = ((p.x - a.x) * dy - (p.y - a.y) * dx).abs() / length_sq.sqrt();
    (t, across)
}

#[test]
fn builtin_story_is_readable_at_every_width() {
    let data = builtin().unwrap();
    for width in [240.0, 320.0, 360.0, 480.0, 600.0, 768.0, 1000.0, 1280.0] {
        let (graph, map) = lay_out(&data, width);
        assert_readable(&map, width, "built-in");
        assert_members_near(&graph, &map, &format!("built-in at {width}"));
    }
}

#[test]
fn mediators_sit_between_the_parties_they_mediate() {
    let data = builtin().unwrap();
    let id = |key: &str| data.actor_by_key(key).unwrap().index();
    for width in WIDTHS {
        let (_, map) = lay_out(&data, width);
        let (russia, ukraine) = (
            map.nodes[id("russia")].center,
            map.nodes[id("ukraine")].center,
        );
        for mediator in ["turkey", "hungary"] {
            let (t, across) = along_and_across(map.nodes[id(mediator)].center, russia, ukraine);
            let span = russia.distance(ukraine);
            assert!(
                (0.15..=0.85).contains(&t),
                "{mediator} at {width}: not between (t = {t:.2})"
            );
            assert!(
                across <= 0.75 * span,
                "{mediator} at {width}: {across:.0} off a {span:.0} line"
            );
        }
    }
}

#[test]
fn synthetic_stories_are_readable() {
    for actors in [5, 20, 60, 150] {
        let data = load(&synthetic_story(actors, 3)).unwrap();
        for width in WIDTHS {
            let (graph, map) = lay_out(&data, width);
            let what = format!("{actors} actors");
            assert_readable(&map, width, &what);
            assert_members_near(&graph, &map, &what);
        }
    }
}

#[test]
fn the_drawing_stays_compact() {
    let data = builtin().unwrap();
    for width in [600.0, 1000.0, 1280.0] {
        let (graph, map) = lay_out(&data, width);
        let target = target_height(&graph, &LayoutConfig::for_width(width));
        assert!(
            map.bounds.h <= 1.5 * target,
            "at {width}: {} tall for a target of {target}",
            map.bounds.h
        );
    }
}

/// On portrait phones the built-in story's map is drawn at full size (every touch target
/// 46 px, labels 13 px) and fits well inside one screen: 1.2 screens of a 360 x 740 phone
/// would be 888 px; before the compaction it was 680 to 700 px at 360 px.
#[test]
fn portrait_phones_show_the_builtin_map_at_full_size_within_a_screen() {
    let data = builtin().unwrap();
    for width in [320.0, 360.0, 375.0, 390.0, 414.0] {
        let graph = Graph::from_dataset(&data);
        let map = layout(&graph, &LayoutConfig::for_graph(&graph, width));
        assert!(map.bounds.w <= width + 1e-9, "at {width}: scaled down");
        assert!(
            map.nodes.iter().all(|p| p.hit_radius >= 22.0),
            "touch targets under 44 px"
        );
        assert!(
            map.bounds.h <= 640.0,
            "at {width}: {:.0} px tall",
            map.bounds.h
        );
    }
}

/// The stories the quality table covers: the built-in one and every valid story file of
/// `tests/stories/`, by name.
fn quality_stories() -> Vec<(String, Dataset)> {
    let mut stories = vec![("built-in".to_owned(), builtin().unwrap())];
    let mut files: Vec<_> = std::fs::read_dir(repo_path("tests/stories"))
        .unwrap()
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    files.sort();
    for path in files {
        let text = std::fs::read_to_string(&path).unwrap();
        if let Ok(data) = load(&text) {
            let name = path.file_stem().unwrap().to_string_lossy().into_owned();
            stories.push((name, data));
        }
    }
    stories
}

/// What the widget draws for `data` on a screen `width` wide, measured.
fn quality(data: &Dataset, width: f64) -> Quality {
    let graph = Graph::from_dataset(data);
    let map = layout(&graph, &LayoutConfig::for_graph(&graph, width));
    let shapes = map_shapes(data, &map);
    measure(&map, &drawn_lines(data, &shapes), width)
}

/// The quality table, printed and written to `target/reports/layout-quality.md`; returns the
/// built-in story's rows at 360 and 1280 px.
fn quality_table() -> (Quality, Quality) {
    let mut table = String::from(
        "# Layout quality\n\nCounted in drawing coordinates on what the widget draws \
         (`cargo test -p dramatis-core --test layout`).\n\n\
         | story | screen | lines over marks | lines over labels | crossings | map height |\n\
         |---|---:|---:|---:|---:|---:|\n",
    );
    let mut builtin_rows = (Quality::default(), Quality::default());
    for (name, data) in quality_stories() {
        for width in [360.0, 1280.0] {
            let q = quality(&data, width);
            writeln!(
                table,
                "| {name} | {width} | {} | {} | {} | {:.0} |",
                q.lines_over_marks, q.lines_over_labels, q.crossings, q.height
            )
            .unwrap();
            if name == "built-in" {
                if width < 1000.0 {
                    builtin_rows.0 = q;
                } else {
                    builtin_rows.1 = q;
                }
            }
        }
    }
    println!("{table}");
    let dir = repo_path("target/reports");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("layout-quality.md"), table).unwrap();
    builtin_rows
}

#[test]
fn quality_of_the_builtin_story_and_the_sample_stories() {
    let (phone, desktop) = quality_table();
    // Before the layout work (straight lines, labels always under the mark, one start):
    // phone 18 lines over marks, 49 over labels, 15 crossings, 681 px tall; desktop 11, 15,
    // 14, 345 px. Each bound is what the layout achieves now, so a change that makes the map
    // harder to read fails here. (With the repair step, 400 ms natively and too slow for a
    // reader's phone, it reached 0, 3, 6, 460 px and 0, 0, 10: see layout::STARTS.)
    let counts = |q: Quality| (q.lines_over_marks, q.lines_over_labels, q.crossings);
    let (marks, labels, crossings) = counts(phone);
    assert!(
        marks <= 1 && labels <= 11 && crossings <= 6 && phone.height <= 445.0,
        "phone: {phone:?}"
    );
    let (marks, labels, crossings) = counts(desktop);
    assert!(
        marks <= 2 && labels <= 2 && crossings <= 9 && desktop.height <= 450.0,
        "desktop: {desktop:?}"
    );
    for (name, data) in quality_stories().into_iter().skip(1) {
        for width in [360.0, 1280.0] {
            let q = quality(&data, width);
            assert_eq!(counts(q), (0, 0, 0), "{name} at {width}: {q:?}");
        }
    }
}

/// The strike story written for these tests: two parties, a mediator of both, a supporter.
fn strike() -> Dataset {
    load(&std::fs::read_to_string(repo_path("tests/stories/en-strike.json")).unwrap()).unwrap()
}

const ALL_WIDTHS: [f64; 6] = [320.0, 360.0, 414.0, 600.0, 1000.0, 1280.0];

#[test]
fn mediators_sit_beside_the_line_between_their_parties_never_on_it() {
    let cases = [
        (
            builtin().unwrap(),
            vec![
                ("turkey", "russia", "ukraine"),
                ("hungary", "russia", "ukraine"),
            ],
        ),
        (strike(), vec![("ferreira", "union", "operator")]),
    ];
    for (data, mediations) in cases {
        let id = |key: &str| data.actor_by_key(key).unwrap().index();
        for width in ALL_WIDTHS {
            let graph = Graph::from_dataset(&data);
            let map = layout(&graph, &LayoutConfig::for_graph(&graph, width));
            let shapes = map_shapes(&data, &map);
            let lines = drawn_lines(&data, &shapes);
            for &(mediator, a, b) in &mediations {
                let m = &map.nodes[id(mediator)];
                let (pa, pb) = (map.nodes[id(a)].center, map.nodes[id(b)].center);
                let off = segment_distance(m.center, pa, pb);
                assert!(
                    off >= m.hit_radius,
                    "{mediator} at {width}: {off:.0} px from the line {a}-{b}"
                );
                // Nor does any drawn line between the parties pass over it.
                let over: Vec<_> = marks_under(&map, &lines)
                    .into_iter()
                    .filter(|&(k, i)| {
                        i == id(mediator) && {
                            let ends = lines[k].ends;
                            ends == (id(a), id(b)) || ends == (id(b), id(a))
                        }
                    })
                    .collect();
                assert!(over.is_empty(), "{mediator} at {width}: under {over:?}");
            }
        }
    }
}

#[test]
fn supporters_sit_on_their_partys_side() {
    let cases = [
        (builtin().unwrap(), ("united-states", "ukraine", "russia")),
        (strike(), ("council", "union", "operator")),
    ];
    for (data, (supporter, party, other)) in cases {
        let id = |key: &str| data.actor_by_key(key).unwrap().index();
        for width in ALL_WIDTHS {
            let (_, map) = lay_out(&data, width);
            let s = map.nodes[id(supporter)].center;
            let (near, far) = (
                s.distance(map.nodes[id(party)].center),
                s.distance(map.nodes[id(other)].center),
            );
            assert!(
                near < far,
                "{supporter} at {width}: {near:.0} px from {party}, {far:.0} from {other}"
            );
        }
    }
}

#[test]
fn parallel_relations_never_cross_and_routing_is_deterministic() {
    for data in [builtin().unwrap(), strike()] {
        for width in ALL_WIDTHS {
            let graph = Graph::from_dataset(&data);
            let map = layout(&graph, &LayoutConfig::for_graph(&graph, width));
            let shapes = map_shapes(&data, &map);
            assert_eq!(shapes, map_shapes(&data, &map), "at {width}");
            let lines = drawn_lines(&data, &shapes);
            for (i, j) in crossing_pairs(&lines) {
                let key = |l: &dramatis_core::layout::quality::DrawnLine| {
                    (l.ends.0.min(l.ends.1), l.ends.0.max(l.ends.1))
                };
                assert_ne!(
                    key(&lines[i]),
                    key(&lines[j]),
                    "at {width}: parallels cross"
                );
            }
        }
    }
}

/// Routed curves make no loops: every line's bend stays within half its chord of the
/// straight line, and inside the drawing.
#[test]
fn curves_bend_at_most_half_their_chord_and_stay_in_the_drawing() {
    for data in [builtin().unwrap(), strike()] {
        for width in ALL_WIDTHS {
            let graph = Graph::from_dataset(&data);
            let map = layout(&graph, &LayoutConfig::for_graph(&graph, width));
            let lines = drawn_lines(&data, &map_shapes(&data, &map));
            for line in &lines {
                let (a, b) = (map.nodes[line.ends.0].center, map.nodes[line.ends.1].center);
                let chord = a.distance(b);
                for &p in &line.centre {
                    let off = segment_distance(p, a, b);
                    // Parallels keep their 14 px spacing even on the shortest lines.
                    assert!(
                        off <= (0.5 * chord).max(30.0) + 1.0,
                        "at {width}: {:?} bends {off:.0} px off a {chord:.0} px chord",
                        line.ends
                    );
                    assert!(
                        map.bounds.inflate(1.0).contains_point(p),
                        "at {width}: {:?} leaves the drawing",
                        line.ends
                    );
                }
            }
        }
    }
}
