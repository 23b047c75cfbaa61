//! The actor map: an SVG of the story's actors and relations that readers select by tap,
//! click or keyboard. All geometry comes from the core's layout, laid out again when the
//! width changes; the drawing is static, and what stands out for a selection is drawn on the
//! lit layer over it.

pub mod actor_shape;
mod drawing;
pub mod edge_lines;
mod frame;
mod input;
mod lit_layer;
pub mod style;
mod view;
mod zoom_controls;

use std::sync::Arc;

use dramatis_core::domain::ActorId;
use dramatis_core::domain::selection::Selection;
use dramatis_core::layout::edges::map_shapes;
use dramatis_core::layout::path::num;
use dramatis_core::layout::{Graph, Layout, LayoutConfig, plan};
use leptos::html::Div;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::hooks::{When, use_deferred, use_size};
use super::state::{Start, Story, use_story};
use drawing::MapDrawing;
use frame::Frame;
use input::{MapEvent, MapKey, MapTarget};
use lit_layer::LitLayer;
use view::MapView;
use zoom_controls::ZoomControls;

/// Layouts are recomputed only when the width changes by this many pixels: the steps the
/// layout is planned in.
const WIDTH_STEP: usize = plan::STEP;

/// The map's box when the widget is rendered at once, before anything is measured: on the
/// host, the pre-rendered page's drawing; in the browser, the first view of a widget taking
/// over such a page (which must be the same). The box on a 360 px phone (the most common
/// reader's): width and height in CSS pixels, full layout and compact embed.
const FIRST_SIZE: (usize, usize) = (304, 592);
const FIRST_SIZE_COMPACT: (usize, usize) = (328, 560);

/// The map's state beyond the shared [`Story`]: the layout on screen, its view, the actor
/// holding the tab stop and whether its focus ring shows.
#[derive(Clone, Copy)]
struct Map {
    story: Story,
    layout: Memo<Option<Arc<Layout>>>,
    view: MapView,
    focus: RwSignal<usize>,
    ring: RwSignal<bool>,
}

impl Map {
    /// Answers one event on the drawing; `svg` is the drawing.
    fn handle(self, event: MapEvent, svg: &web_sys::Element) {
        match event {
            MapEvent::Press(target) => {
                // The end of a drag is not a click.
                if self.view.dragged() {
                    return;
                }
                match target {
                    MapTarget::Actor(id) => {
                        self.focus.set(id.index());
                        self.story.select(Selection::Actor(id));
                    }
                    MapTarget::Relation(id) => self.story.select(Selection::Relation(id)),
                    MapTarget::Background => self.story.clear(),
                }
            }
            MapEvent::Key(key) => self.key(key, svg),
            MapEvent::Focus(actor) => {
                self.ring.set(actor.is_some() && focus_visible(svg, actor));
                if let Some(id) = actor {
                    self.focus.set(id.index());
                    if let Some(node) = self
                        .layout
                        .get_untracked()
                        .and_then(|m| m.nodes.get(id.index()).cloned())
                    {
                        self.view.reveal(node.center);
                    }
                }
            }
        }
    }

    /// Arrow keys, Home and End move the focus between actors; Enter and Space select.
    fn key(self, key: MapKey, svg: &web_sys::Element) {
        let here = self.focus.get_untracked();
        // A key makes the focus visible (the browser decides before this runs); if the focus
        // moves to another actor, its focus event shows the ring there.
        self.ring.set(focus_visible(svg, Some(ActorId::new(here))));
        if key == MapKey::Select {
            let count = self.story.data().actors.len();
            self.story.select(Selection::Actor(ActorId::new(
                here.min(count.saturating_sub(1)),
            )));
            return;
        }
        let Some(map) = self.layout.get_untracked() else {
            return;
        };
        let centers: Vec<_> = map.nodes.iter().map(|p| p.center).collect();
        if let Some(next) = key.next(&centers, here) {
            self.focus.set(next);
            if let Some(element) = actor_element(svg, next) {
                let _ = element.focus();
            }
        }
    }
}

/// The drawing's group for actor `index`.
fn actor_element(svg: &web_sys::Element, index: usize) -> Option<web_sys::SvgElement> {
    svg.query_selector(&format!("[data-dm-actor=\"{index}\"]"))
        .ok()??
        .dyn_into()
        .ok()
}

/// Whether `actor`'s group on the drawing `svg` has a visible focus. Kept in step from the
/// focus and key events rather than by a `:has(:focus-visible)` rule in the stylesheet, which
/// made the browser re-check styles far beyond the ring on every focus change: with it, a tap
/// on a 500-actor map took about 105 ms to show at 4x CPU slowdown by Event Timing, and about
/// 85 ms without it.
fn focus_visible(svg: &web_sys::Element, actor: Option<ActorId>) -> bool {
    actor
        .and_then(|id| actor_element(svg, id.index()))
        .is_some_and(|element| element.matches(":focus-visible").unwrap_or(false))
}

/// The map of actors and relations.
#[component]
pub fn ActorMap() -> impl IntoView {
    let story = use_story();
    let container = NodeRef::<Div>::new();
    // Rendered at once (on the host, or taking over such a page), the map is first drawn for
    // a box of the pre-render's size, then for the box it is in, once measured.
    let first = if story.start() != Start::AtOnce {
        (0, 0)
    } else if story.compact() {
        FIRST_SIZE_COMPACT
    } else {
        FIRST_SIZE
    };
    let (width, height) = use_size(container, WIDTH_STEP, first);
    // The page sets the map's box (so its height is known before the module arrives, and the
    // same before and after it takes over) and the drawing fits in it.
    let box_height = Signal::derive(move || (height.get() > 0).then(|| height.get()));
    let graph = StoredValue::new(Graph::from_dataset(&story.data()));
    let layout = Memo::new(move |_| {
        let width = width.get();
        (width > 0).then(|| {
            graph.with_value(|g| {
                let config = LayoutConfig::for_graph(g, width as f64);
                Arc::new(plan::layout(g, &config, story.plan()))
            })
        })
    });
    let shapes = Memo::new(move |_| {
        Arc::new(
            layout
                .get()
                .map(|map| map_shapes(&story.data(), &map))
                .unwrap_or_default(),
        )
    });
    let view = MapView::new(layout, width, box_height);
    let frame = view.frame();
    let map = Map {
        story,
        layout,
        view,
        focus: RwSignal::new(0),
        ring: RwSignal::new(false),
    };
    // The drawing's elements come in a task of their own, once the map's size is set.
    let ready = use_deferred(When::Soon);
    let drawing = move || {
        let drawn = layout.get().filter(|_| ready.get())?;
        Some(view! { <MapDrawing map=drawn shapes=shapes.get() tab_stop=map.focus.read_only() /> })
    };
    let svg = |event: &web_sys::Event| {
        event
            .current_target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
    };
    view! {
        <div class="dm-map" data-testid="actor-map" node_ref=container>
            <ZoomControls view />
            <div class="dm-map-stage" class:dm-dimmed=move || story.selection().get() != Selection::Nothing>
                <svg
                    class="dm-map-svg"
                    class:dm-overview=move || frame.get().is_some_and(Frame::overview)
                    class:dm-zoomed-out=move || frame.get().is_some_and(Frame::zoomed_out)
                    width=move || frame.get().map(|f| num(f.width))
                    height=move || frame.get().map(|f| num(f.height))
                    viewBox=move || frame.get().map(Frame::view_box)
                    tabindex="-1"
                    role="group"
                    aria-label=story.t().map_label()
                    on:click=move |e| if let (Some(event), Some(svg)) = (MapEvent::press(&e), svg(&e)) { map.handle(event, &svg) }
                    on:keydown=move |e| {
                        if let (Some(event), Some(svg)) = (MapEvent::key(&e), svg(&e)) {
                            e.prevent_default();
                            map.handle(event, &svg);
                        }
                    }
                    on:focusin=move |e| if let Some(svg) = svg(&e) { map.handle(MapEvent::focus(&e), &svg) }
                    on:focusout=move |_| map.ring.set(false)
                    on:pointerdown=move |e| if let Some(svg) = svg(&e) { view.pointer(&e, &svg) }
                    on:pointermove=move |e| if let Some(svg) = svg(&e) { view.pointer(&e, &svg) }
                    on:pointerup=move |e| if let Some(svg) = svg(&e) { view.pointer(&e, &svg) }
                    on:touchstart=move |e| if let Some(svg) = svg(&e) { view.touch(&e, &svg) }
                    on:touchmove=move |e| if let Some(svg) = svg(&e) { view.touch(&e, &svg) }
                    on:touchend=move |e| if let Some(svg) = svg(&e) { view.touch(&e, &svg) }
                    on:touchcancel=move |e| if let Some(svg) = svg(&e) { view.touch(&e, &svg) }
                    on:wheel=move |e| if let Some(svg) = svg(&e) { view.wheel(&e, &svg) }
                >
                    {drawing}
                </svg>
                <LitLayer map=layout shapes frame focus=map.focus.read_only() ring=map.ring.read_only() />
            </div>
        </div>
    }
}
