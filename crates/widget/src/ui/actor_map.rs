//! The actor map: an SVG of the story's actors and relations that readers select by tap,
//! click or keyboard. All geometry comes from the `layout` layer, laid out again when the width
//! changes; the drawing is built element by element (see [`super::svg`]) and selection changes
//! only touch classes.

use std::cell::RefCell;
use std::rc::Rc;
use std::sync::Arc;

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::dom::{El, document_of, replace_children};
use super::hooks::{effect, listen, soon, use_width};
use super::map_view::{Frame, View, show};
use super::state::{Selection, use_story};
use super::svg::{append, append_text, target_with};
use crate::domain::describe::actor_sentence;
use crate::domain::{ActorId, Dataset, RelationId, RelationKind};
use crate::layout::edges::{Stroke, nearest_in_direction, reading_order, relation_shapes, stroke};
use crate::layout::marks::{glyph, mark};
use crate::layout::path::num;
use crate::layout::projection::navigate;
use crate::layout::{Graph, Layout, LayoutConfig, Projection, layout};

/// Layouts are recomputed only when the width changes by this many pixels.
const WIDTH_STEP: usize = 8;

/// The drawing's own events (clicks are heard on the whole map, zoom buttons included).
const MAP_EVENTS: &[&str] = &[
    "keydown",
    "focusin",
    "focusout",
    "pointerdown",
    "pointermove",
    "pointerup",
    "touchstart",
    "touchmove",
    "touchend",
    "touchcancel",
    "wheel",
];

/// The stylesheet's colour family for a relation kind.
pub fn tone(kind: RelationKind) -> &'static str {
    match kind {
        RelationKind::Conflict
        | RelationKind::Accusation
        | RelationKind::Criticism
        | RelationKind::Rejection => "hostile",
        RelationKind::Negotiation | RelationKind::Invitation | RelationKind::Appeal => "diplomatic",
        RelationKind::Mediation => "mediation",
        RelationKind::Alliance | RelationKind::Membership | RelationKind::Support => "cooperative",
        RelationKind::Economic => "economic",
    }
}

/// The stylesheet's name for a stroke.
pub fn stroke_class(stroke: Stroke) -> &'static str {
    match stroke {
        Stroke::Solid => "dm-solid",
        Stroke::Dotted => "dm-dotted",
        Stroke::Dashed => "dm-dashed",
        Stroke::DashDot => "dm-dashdot",
    }
}

/// Class of a relation's group on the map, before selection.
pub fn edge_class(kind: RelationKind) -> String {
    format!(
        "dm-edge dm-rel-{} dm-tone-{} {}",
        kind.key(),
        tone(kind),
        stroke_class(stroke(kind))
    )
}

/// The drawn parts the selection updates.
///
/// A selection never changes the drawing itself, which would make the browser paint and
/// rasterize the whole map again (a tap on a 500-actor map took about 110 ms to show at 4x CPU
/// slowdown by Event Timing; 40 ms now). The drawing is its own compositor layer and is dimmed
/// as a whole (an opacity the compositor applies, without painting), and copies of what stands
/// out are drawn on a second, small SVG over it: the lit layer. A tap then paints a handful of
/// elements, whatever the map's size.
#[derive(Default)]
struct Drawn {
    actors: Vec<web_sys::Element>,
    relations: Vec<web_sys::Element>,
    /// Each "speaks for" line with the two actors it joins.
    affiliations: Vec<(usize, usize, web_sys::Element)>,
    /// The lit layer's group of copies, and its ring for the focused actor.
    lit: Option<(web_sys::Element, web_sys::Element)>,
    /// What was last written: the selection the lit layer shows, the actor marked pressed,
    /// and the one holding the tab stop; so a tap writes only what changes.
    shown: Option<Selection>,
    pressed: Option<usize>,
    focused: Option<usize>,
}

/// The map of actors and relations.
pub fn actor_map(document: &web_sys::Document) -> El {
    let story = use_story();
    let data = story.dataset.clone();
    let selection = story.selection;
    let (container, drawing) = skeleton(document);
    let width = use_width(container.clone(), WIDTH_STEP);
    let graph = Graph::from_dataset(&data);
    // The layout on screen (for keyboard navigation) and the parts drawn from it; replaced
    // when the width changes. Plain shared cells: only this component's closures use them.
    let map: Rc<RefCell<Option<Arc<Layout>>>> = Rc::default();
    let drawn: Rc<RefCell<Drawn>> = Rc::default();
    // The one actor that holds the map's tab stop; arrow keys move it.
    let focus = RwSignal::new(0usize);
    let view = View {
        svg: drawing.clone(),
        frame: Rc::default(),
        drag: Rc::default(),
        pinch: Rc::default(),
    };

    // Lay out whenever the (stepped) width changes, and size the drawing at once so that
    // nothing moves later; draw its elements in a task of their own (see `soon`).
    {
        let (data, map, drawn, frame) =
            (data.clone(), map.clone(), drawn.clone(), view.frame.clone());
        let (svg, box_) = (drawing.clone(), container.clone());
        effect(move || {
            let width = width.get();
            // The lit layer over the drawing (see `Drawn`).
            let Some(lit) = svg.next_element_sibling() else {
                return;
            };
            if width == 0 {
                return;
            }
            let current = Arc::new(layout(
                &graph,
                &LayoutConfig::for_graph(&graph, width as f64),
            ));
            frame.set(place(&svg, &box_, &current, width as f64));
            *map.borrow_mut() = Some(current.clone());
            let (svg, data, drawn) = (svg.clone(), data.clone(), drawn.clone());
            soon(move || {
                *drawn.borrow_mut() = draw(&svg, &lit, &data, &current);
                restyle(
                    &data,
                    &drawn,
                    selection.get_untracked(),
                    focus.get_untracked(),
                );
            });
        });
    }
    // Restyle whenever the selection or the focus moves.
    {
        let (data, drawn) = (data.clone(), drawn.clone());
        effect(move || {
            restyle(&data, &drawn, selection.get(), focus.get());
        });
    }
    // The map's own events, in one listener (see `listen`).
    let actor_count = data.actors.len();
    let on_event = Rc::new(move |event: web_sys::Event| {
        let kind = event.type_();
        match kind.as_str() {
            "click" => on_map_click(&event, &view, focus, selection),
            "keydown" => on_map_key(
                event.unchecked_ref(),
                actor_count,
                &map,
                focus,
                selection,
                &drawn,
            ),
            "focusin" | "focusout" => on_map_focus(&event, &map, &view, focus, &drawn),
            "wheel" => view.wheel(event.unchecked_ref()),
            _ if kind.starts_with("pointer") => view.pointer(event.unchecked_ref()),
            _ => view.touch(event.unchecked_ref()),
        }
    });
    let on_click = on_event.clone();
    listen(&container, &["click"], move |e| on_click(e));
    listen(&drawing, MAP_EVENTS, move |e| on_event(e));
    El(container)
}

/// The map's elements: its box (zoom buttons, drawing and lit layer) and the drawing.
fn skeleton(document: &web_sys::Document) -> (web_sys::Element, web_sys::SvgElement) {
    let layer = |attributes: &[(&str, &str)]| {
        super::svg::element(document, "svg", attributes)
            .unwrap_or_else(|| panic!("the browser creates SVG elements"))
    };
    let drawing = layer(&[
        ("class", "dm-map-svg"),
        ("tabindex", "-1"),
        ("role", "group"),
        (
            "aria-label",
            "Map of the actors. Left and right arrows step through the actors, up and down move by rows, Enter selects.",
        ),
    ]);
    let lit = layer(&[
        ("class", "dm-map-lit"),
        ("aria-hidden", "true"),
        ("data-testid", "map-lit"),
    ]);
    let stage = El::new(document, "div")
        .class("dm-map-stage")
        .child(El(drawing.clone()))
        .child(El(lit));
    let container = El::new(document, "div")
        .class("dm-map")
        .attr("data-testid", "actor-map")
        .child(
            El::new(document, "div")
                .class("dm-zoom")
                .attr("data-testid", "zoom")
                .attr("role", "group")
                .attr("aria-label", "Zoom and pan the map")
                .attr("hidden", ""),
        )
        .child(stage);
    (container.0, drawing.unchecked_into())
}

/// Shows the lit layer's copy of the focus ring while `actor` has a visible focus: the
/// drawing's own ring fades with the drawing when something is selected.
/// Kept in step from the focus and key events rather than by a `:has(:focus-visible)` rule in
/// the stylesheet, which made the browser re-check styles far beyond the ring on every focus
/// change: with it, a tap on a 500-actor map took about 105 ms to show at 4x CPU slowdown by
/// Event Timing, and about 85 ms without it.
fn show_lit_ring(drawn: &Drawn, actor: Option<&web_sys::Element>) {
    let Some((_, ring)) = &drawn.lit else { return };
    let shown = actor.is_some_and(|actor| actor.matches(":focus-visible").unwrap_or(false));
    let _ = ring.set_attribute(
        "class",
        if shown {
            "dm-lit-ring dm-shown"
        } else {
            "dm-lit-ring"
        },
    );
}

/// Focus on an actor makes it the map's tab stop and brings it into view; focus leaving it
/// hides the lit ring.
fn on_map_focus(
    event: &web_sys::Event,
    map: &RefCell<Option<Arc<Layout>>>,
    view: &View,
    focus: RwSignal<usize>,
    drawn: &RefCell<Drawn>,
) {
    let actor = target_with(event, "data-actor-index").filter(|_| event.type_() == "focusin");
    show_lit_ring(&drawn.borrow(), actor.as_ref().map(|(actor, _)| actor));
    if let Some((_, index)) = actor
        && let Ok(index) = index.parse::<usize>()
    {
        focus.set(index);
        if let Some(current) = map.borrow().as_ref()
            && let Some(node) = current.nodes.get(index)
        {
            view.reveal(node.center);
        }
    }
}

/// A click on the map or its controls: zoom and pan, select an actor or relation, or clear
/// the selection on empty space.
fn on_map_click(
    event: &web_sys::Event,
    view: &View,
    focus: RwSignal<usize>,
    selection: RwSignal<Selection>,
) {
    if let Some((_, how)) = target_with(event, "data-zoom") {
        view.change(&|f: Frame| navigate(f.projection, f.fit, (f.width, f.height), &how));
        return;
    }
    // The end of a drag is not a click.
    if view.dragged() {
        return;
    }
    if let Some((_, index)) = target_with(event, "data-actor-index") {
        if let Ok(index) = index.parse::<usize>() {
            focus.set(index);
            selection.set(Selection::Actor(ActorId::new(index)));
        }
    } else if let Some((_, index)) = target_with(event, "data-relation-index") {
        if let Ok(index) = index.parse::<usize>() {
            selection.set(Selection::Relation(RelationId::new(index)));
        }
    } else if target_with(event, "data-testid").is_some_and(|(_, id)| id == "map-background") {
        selection.set(Selection::Nothing);
    }
}

/// Sizes the SVG to show the whole drawing in a box `width` wide, and offers zoom and pan
/// when the drawing is bigger than that.
fn place(svg: &web_sys::Element, box_: &web_sys::Element, map: &Layout, width: f64) -> Frame {
    let (fit, height) = Projection::fit(map.bounds, width);
    let frame = Frame {
        projection: fit,
        fit,
        width,
        height: height.max(1.0),
    };
    let _ = svg.set_attribute("width", &num(frame.width));
    let _ = svg.set_attribute("height", &num(frame.height));
    show(svg, frame);
    if let Ok(Some(zoom)) = box_.query_selector("[data-testid=zoom]") {
        if frame.overview() {
            let document = document_of(&zoom);
            let buttons = [
                ("in", "+", "Zoom in"),
                ("out", "−", "Zoom out"),
                ("fit", "Whole map", "Whole map"),
                ("left", "←", "Pan left"),
                ("up", "↑", "Pan up"),
                ("down", "↓", "Pan down"),
                ("right", "→", "Pan right"),
            ]
            .iter()
            .map(|&(how, text, label)| {
                El::new(&document, "button")
                    .class("dm-button")
                    .attr("type", "button")
                    .attr("data-zoom", how)
                    .attr("aria-label", label)
                    .text(text)
            })
            .collect();
            replace_children(&zoom, buttons);
            let _ = zoom.remove_attribute("hidden");
        } else {
            let _ = zoom.set_attribute("hidden", "");
        }
    }
    frame
}

/// Arrow keys, Home and End move the focus between actors; Enter and Space select.
fn on_map_key(
    event: &web_sys::KeyboardEvent,
    actor_count: usize,
    map: &RefCell<Option<Arc<Layout>>>,
    focus: RwSignal<usize>,
    selection: RwSignal<Selection>,
    drawn: &RefCell<Drawn>,
) {
    // A key makes the focus visible (the browser decides before this runs); if the focus
    // moves to another actor, its focus event shows the ring there.
    {
        let d = drawn.borrow();
        show_lit_ring(&d, d.actors.get(focus.get_untracked()));
    }
    let key = event.key();
    if key == "Enter" || key == " " {
        event.prevent_default();
        let index = focus.get_untracked().min(actor_count.saturating_sub(1));
        selection.set(Selection::Actor(ActorId::new(index)));
        return;
    }
    if !matches!(
        key.as_str(),
        "ArrowRight" | "ArrowLeft" | "ArrowDown" | "ArrowUp" | "Home" | "End"
    ) {
        return;
    }
    event.prevent_default();
    let Some(current) = map.borrow().clone() else {
        return;
    };
    let centers: Vec<_> = current.nodes.iter().map(|p| p.center).collect();
    let order = reading_order(&centers, 32.0);
    let here = focus.get_untracked();
    let at = order.iter().position(|&i| i == here).unwrap_or(0);
    // Left and Right walk the reading order, so every actor can be reached; Up and Down jump
    // to the nearest actor that way.
    let next = match key.as_str() {
        "ArrowRight" => order.get(at + 1).copied(),
        "ArrowLeft" => at.checked_sub(1).and_then(|k| order.get(k).copied()),
        "ArrowDown" => nearest_in_direction(&centers, here, (0.0, 1.0)),
        "ArrowUp" => nearest_in_direction(&centers, here, (0.0, -1.0)),
        "Home" => order.first().copied(),
        _ => order.last().copied(),
    };
    if let Some(next) = next {
        focus.set(next);
        {
            let d = drawn.borrow();
            if let Some(element) = d
                .actors
                .get(next)
                .and_then(|e| e.dyn_ref::<web_sys::SvgElement>())
            {
                let _ = element.focus();
            }
        }
    }
}

/// Replaces the drawing's contents with `map`, and empties the lit layer `lit` over it.
fn draw(svg: &web_sys::SvgElement, lit: &web_sys::Element, data: &Dataset, map: &Layout) -> Drawn {
    svg.set_text_content(None);
    lit.set_text_content(None);
    let b = map.bounds;
    let root: &web_sys::Element = svg;
    let (y, w, h) = (num(b.y), num(b.w), num(b.h));
    append(
        root,
        "rect",
        &[
            ("class", "dm-map-bg"),
            ("data-testid", "map-background"),
            ("x", "0"),
            ("y", &y),
            ("width", &w),
            ("height", &h),
        ],
    );
    let affiliations = append(
        root,
        "g",
        &[("class", "dm-affiliations"), ("aria-hidden", "true")],
    )
    .map(|group| draw_affiliations(&group, data, map));
    let relations =
        append(root, "g", &[("class", "dm-edges")]).map(|group| draw_edges(&group, data, map));
    let actors =
        append(root, "g", &[("class", "dm-nodes")]).map(|group| draw_nodes(&group, data, map));
    let parts = append(lit, "g", &[]);
    let ring = append(lit, "circle", &[("class", "dm-lit-ring"), ("r", "0")]);
    Drawn {
        actors: actors.unwrap_or_default(),
        relations: relations.unwrap_or_default(),
        affiliations: affiliations.unwrap_or_default(),
        lit: parts.zip(ring),
        ..Drawn::default()
    }
}

fn draw_affiliations(
    group: &web_sys::Element,
    data: &Dataset,
    map: &Layout,
) -> Vec<(usize, usize, web_sys::Element)> {
    let mut lines = Vec::new();
    for id in data.actor_ids() {
        if let Some(affiliation) = &data.actor(id).affiliation {
            let (from, to) = (id.index(), affiliation.value.index());
            let (a, c) = (map.nodes[from].center, map.nodes[to].center);
            if let Some(line) = append(
                group,
                "line",
                &[
                    ("class", "dm-speaks-for"),
                    ("x1", &num(a.x)),
                    ("y1", &num(a.y)),
                    ("x2", &num(c.x)),
                    ("y2", &num(c.y)),
                ],
            ) {
                lines.push((from, to, line));
            }
        }
    }
    lines
}

fn draw_edges(group: &web_sys::Element, data: &Dataset, map: &Layout) -> Vec<web_sys::Element> {
    let mut edges = Vec::with_capacity(data.relations.len());
    for (id, shape) in data.relation_ids().zip(relation_shapes(data, map)) {
        let relation = data.relation(id);
        let index = id.index().to_string();
        let class = edge_class(relation.kind);
        let attributes = [
            ("class", class.as_str()),
            ("data-testid", "edge"),
            ("data-relation", relation.key.as_str()),
            ("data-relation-index", &index),
        ];
        let Some(edge) = append(group, "g", &attributes) else {
            continue;
        };
        append(
            &edge,
            "path",
            &[("class", "dm-edge-hit"), ("d", &shape.hit)],
        );
        for line in &shape.lines {
            append(&edge, "path", &[("class", "dm-edge-line"), ("d", line)]);
        }
        if let Some(arrow) = &shape.arrow {
            append(&edge, "path", &[("class", "dm-edge-arrow"), ("d", arrow)]);
        }
        edges.push(edge);
    }
    edges
}

/// How many of the most prominent actors keep their labels when the map is zoomed out.
const MAJOR: usize = 40;

fn draw_nodes(group: &web_sys::Element, data: &Dataset, map: &Layout) -> Vec<web_sys::Element> {
    let mut nodes = Vec::with_capacity(data.actors.len());
    let mut rank = vec![0; data.actors.len()];
    let prominence = data.prominences();
    let by_prominence =
        crate::domain::order::order_by(data.actors.len(), &|i| -(prominence[i] as f64));
    for (place, &i) in by_prominence.iter().enumerate() {
        rank[i] = place;
    }
    for id in data.actor_ids() {
        let placed = &map.nodes[id.index()];
        let actor = data.actor(id);
        let index = id.index().to_string();
        let label = actor_sentence(data, id);
        let class = format!("dm-actor dm-kind-{}", actor.kind.key());
        let attributes = [
            ("class", class.as_str()),
            ("role", "button"),
            ("tabindex", "-1"),
            ("aria-label", label.as_str()),
            ("aria-pressed", "false"),
            ("data-testid", "actor"),
            ("data-actor", actor.key.as_str()),
            ("data-actor-index", &index),
        ];
        let Some(node) = append(group, "g", &attributes) else {
            continue;
        };
        if rank[id.index()] >= MAJOR {
            let _ = node.set_attribute("data-minor", "");
        }
        // Drawn where they stand rather than moved there by a transform (see `PathData::around`).
        let (r, at) = (placed.radius, placed.center);
        let (x, y) = (num(at.x), num(at.y));
        for (class, radius) in [("dm-hit", placed.hit_radius), ("dm-focus-ring", r + 5.0)] {
            append(
                &node,
                "circle",
                &[
                    ("class", class),
                    ("cx", &x),
                    ("cy", &y),
                    ("r", &num(radius)),
                ],
            );
        }
        append(
            &node,
            "path",
            &[("class", "dm-mark"), ("d", &mark(actor.kind, r, at))],
        );
        if let Some(d) = glyph(actor.kind, r, at) {
            append(&node, "path", &[("class", "dm-glyph"), ("d", &d)]);
        }
        if let Some(text) = append(
            &node,
            "text",
            &[
                ("class", "dm-label"),
                ("text-anchor", "middle"),
                ("aria-hidden", "true"),
            ],
        ) {
            let first = placed.label.y + 12.0;
            for (k, line) in placed.lines.iter().enumerate() {
                if let Some(span) = append(
                    &text,
                    "tspan",
                    &[("x", &x), ("y", &num(first + 16.0 * k as f64))],
                ) {
                    append_text(&span, line);
                }
            }
        }
        nodes.push(node);
    }
    nodes
}

/// Shows the selection and the focus: the lit layer's copies, the drawing dimmed under them,
/// and the pressed state and tab stop on the drawing's actors. Writes only what changed.
fn restyle(data: &Dataset, drawn: &RefCell<Drawn>, chosen: Selection, focused: usize) {
    let d = &mut *drawn.borrow_mut();
    let Some((parts, ring)) = d.lit.clone() else {
        return;
    };
    let pressed = match chosen {
        Selection::Actor(id) => Some(id.index()),
        _ => None,
    };
    if d.pressed != pressed {
        for (at, value) in [(d.pressed, "false"), (pressed, "true")] {
            if let Some(node) = at.and_then(|i| d.actors.get(i)) {
                let _ = node.set_attribute("aria-pressed", value);
            }
        }
        d.pressed = pressed;
    }
    // The roving tab stop, and the lit layer's copy of its focus ring (shown by the
    // stylesheet while the actor has a visible focus). Only when it moves: writing `tabindex`
    // on the focused element makes the browser lay the page out at once.
    if d.focused != Some(focused) {
        for (at, value) in [(d.focused, "-1"), (Some(focused), "0")] {
            if let Some(node) = at.and_then(|i| d.actors.get(i)) {
                let _ = node.set_attribute("tabindex", value);
            }
        }
        if let Some(Ok(Some(from))) = d
            .actors
            .get(focused)
            .map(|node| node.query_selector(".dm-focus-ring"))
        {
            for name in ["cx", "cy", "r"] {
                let _ = ring.set_attribute(name, &from.get_attribute(name).unwrap_or_default());
            }
        }
        d.focused = Some(focused);
    }
    if d.shown == Some(chosen) {
        return;
    }
    d.shown = Some(chosen);
    parts.set_text_content(None);
    let dimmed = chosen != Selection::Nothing;
    if let Some(stage) = parts.parent_element().and_then(|lit| lit.parent_element()) {
        let _ = stage.set_attribute(
            "class",
            if dimmed {
                "dm-map-stage dm-dimmed"
            } else {
                "dm-map-stage"
            },
        );
    }
    if !dimmed {
        return;
    }
    let lit = chosen.highlights(data);
    let on = |flags: &[bool], i: usize| flags.get(i).copied().unwrap_or(false);
    for (from, to, line) in &d.affiliations {
        if on(&lit.actors, *from)
            && on(&lit.actors, *to)
            && let Ok(clone) = line.clone_node_with_deep(true)
        {
            let _ = parts.append_child(&clone);
        }
    }
    let chosen_relation = match chosen {
        Selection::Relation(id) => Some(id.index()),
        _ => None,
    };
    for (i, edge) in d.relations.iter().enumerate() {
        if on(&lit.relations, i) {
            copy(&parts, edge, chosen_relation == Some(i), "relation");
        }
    }
    for (i, node) in d.actors.iter().enumerate() {
        if on(&lit.actors, i) {
            copy(&parts, node, pressed == Some(i), "actor");
        }
    }
}

/// Appends to `parts` a copy of the drawn group `from` (an actor or a relation, as `what`
/// says): its class, plus `dm-chosen` if `chosen`, its key as `data-lit-actor` or
/// `data-lit-relation`, and its visible parts, without hit areas and focus rings. The copy has
/// none of the original's roles or test ids: only the drawing itself is interactive.
fn copy(parts: &web_sys::Element, from: &web_sys::Element, chosen: bool, what: &str) {
    let class = from.get_attribute("class").unwrap_or_default();
    let key = from
        .get_attribute(&format!("data-{what}"))
        .unwrap_or_default();
    let (class, name) = (
        class + if chosen { " dm-chosen" } else { "" },
        format!("data-lit-{what}"),
    );
    let Some(copy) = append(parts, "g", &[("class", &class), (&name, &key)]) else {
        return;
    };
    let mut child = from.first_element_child();
    while let Some(part) = child {
        if !matches!(
            part.get_attribute("class").as_deref(),
            Some("dm-hit" | "dm-focus-ring" | "dm-edge-hit")
        ) && let Ok(clone) = part.clone_node_with_deep(true)
        {
            let _ = copy.append_child(&clone);
        }
        child = part.next_element_sibling();
    }
}
