//! The map's view: where the drawing sits in its box, changed by the zoom buttons, a mouse
//! drag, a two-finger touch pinch, the Ctrl or trackpad-pinch wheel, and keyboard focus.

use std::sync::Arc;

use dramatis_core::layout::projection::{Navigation, navigate};
use dramatis_core::layout::{Layout, Point, Projection};
use leptos::prelude::*;

use super::frame::Frame;

/// A mouse drag in progress: where the pointer last was, and whether it has moved far enough
/// to be a drag rather than a click.
#[derive(Clone, Copy)]
struct Drag {
    x: f64,
    y: f64,
    moved: bool,
}

/// A two-finger pinch in progress: the fingers' last midpoint (box units) and distance apart.
#[derive(Clone, Copy)]
struct Pinch {
    middle: Point,
    distance: f64,
}

/// The map's view: its frame, derived from the layout and the box's width, and the gesture in
/// progress. `Copy`: every field is a handle into the reactive system.
#[derive(Clone, Copy)]
pub struct MapView {
    frame: Memo<Option<Frame>>,
    /// The projection the reader zoomed or panned to, for a box of the size it names.
    zoomed: RwSignal<Option<((f64, f64), Projection)>>,
    drag: StoredValue<Option<Drag>>,
    pinch: StoredValue<Option<Pinch>>,
}

impl MapView {
    /// The view of the layout `map` in a box `width` pixels wide and, where the page sets
    /// it, `height` tall (else as tall as the drawing).
    pub fn new(
        map: Memo<Option<Arc<Layout>>>,
        width: ReadSignal<usize>,
        height: Signal<Option<usize>>,
    ) -> Self {
        let zoomed = RwSignal::new(None);
        let frame = Memo::new(move |_| {
            let map = map.get()?;
            let size = (width.get() as f64, height.get().map(|h| h as f64));
            Some(Frame::new(map.bounds, size, zoomed.get()))
        });
        Self {
            frame,
            zoomed,
            drag: StoredValue::new(None),
            pinch: StoredValue::new(None),
        }
    }

    /// Where the drawing sits, once there is a layout.
    pub fn frame(self) -> Memo<Option<Frame>> {
        self.frame
    }

    /// Moves the view with `change` and shows the result.
    pub fn change(self, change: impl FnOnce(Frame) -> Projection) {
        let Some(current) = self.frame.get_untracked() else {
            return;
        };
        let projection = change(current);
        // Unchanged (a focus inside the view): writing the view box again would still make
        // the browser lay the whole drawing out anew.
        if projection != current.projection {
            self.zoomed
                .set(Some(((current.width, current.height), projection)));
        }
    }

    /// One press of a zoom or pan control.
    pub fn navigate(self, how: Navigation) {
        self.change(|f| navigate(f.projection, f.fit, (f.width, f.height), how));
    }

    /// Whether the pointer just finished a drag (so the click that follows is not a tap).
    pub fn dragged(self) -> bool {
        let moved = self.drag.get_value().is_some_and(|drag| drag.moved);
        if moved {
            self.drag.set_value(None);
        }
        moved
    }

    fn overview(self) -> bool {
        self.frame.get_untracked().is_some_and(Frame::overview)
    }

    /// Box units per CSS pixel of the drawing on screen, and where the drawing's box is.
    fn box_per_pixel(self, svg: &web_sys::Element) -> (f64, f64, f64) {
        let rect = svg.get_bounding_client_rect();
        let width = self.frame.get_untracked().map_or(1.0, |f| f.width);
        (rect.left(), rect.top(), width / rect.width().max(1.0))
    }

    /// Mouse drag pans an overview.
    pub fn pointer(self, event: &web_sys::PointerEvent, svg: &web_sys::Element) {
        if event.pointer_type() != "mouse" || !self.overview() {
            return;
        }
        let (x, y) = (f64::from(event.client_x()), f64::from(event.client_y()));
        match (event.type_().as_str(), self.drag.get_value()) {
            ("pointerdown", _) => self.drag.set_value(Some(Drag { x, y, moved: false })),
            ("pointermove", Some(last)) if event.buttons() == 1 => {
                let moved = last.moved || (x - last.x).abs() + (y - last.y).abs() > 4.0;
                if moved {
                    let (_, _, scale) = self.box_per_pixel(svg);
                    self.change(|f| f.projection.pan((x - last.x) * scale, (y - last.y) * scale));
                }
                self.drag.set_value(Some(Drag { x, y, moved }));
            }
            ("pointerup", Some(Drag { moved: false, .. })) => self.drag.set_value(None),
            _ => {}
        }
    }

    /// Two fingers on an overview pinch it to zoom and move together to pan; the page neither
    /// scrolls nor zooms under them. One finger still scrolls the page (so a reader swiping
    /// past the map is never caught by it) and taps select as always.
    pub fn touch(self, event: &web_sys::TouchEvent, svg: &web_sys::Element) {
        let touches = event.touches();
        let (Some(a), Some(b), None) = (touches.get(0), touches.get(1), touches.get(2)) else {
            self.pinch.set_value(None);
            return;
        };
        if !self.overview() {
            return;
        }
        event.prevent_default();
        let (left, top, scale) = self.box_per_pixel(svg);
        let at = |t: &web_sys::Touch| {
            Point::new(
                (f64::from(t.client_x()) - left) * scale,
                (f64::from(t.client_y()) - top) * scale,
            )
        };
        let (a, b) = (at(&a), at(&b));
        let now = Pinch {
            middle: Point::new(f64::midpoint(a.x, b.x), f64::midpoint(a.y, b.y)),
            distance: (a.x - b.x).hypot(a.y - b.y),
        };
        // A finger landing starts the gesture afresh (a cancelled one may have left its state).
        if event.type_() != "touchstart"
            && let Some(before) = self.pinch.get_value()
        {
            self.change(|f| {
                f.projection.pinch(
                    (before.middle, before.distance),
                    (now.middle, now.distance),
                    (f.fit.scale, 2.0),
                )
            });
        }
        self.pinch.set_value(Some(now));
    }

    /// Ctrl + wheel (and a trackpad pinch, which browsers send as one) zooms about the pointer.
    pub fn wheel(self, event: &web_sys::WheelEvent, svg: &web_sys::Element) {
        if !(event.ctrl_key() || event.meta_key()) || !self.overview() {
            return;
        }
        event.prevent_default();
        let (left, top, scale) = self.box_per_pixel(svg);
        let anchor = Point::new(
            (f64::from(event.client_x()) - left) * scale,
            (f64::from(event.client_y()) - top) * scale,
        );
        let factor = if event.delta_y() < 0.0 { 1.25 } else { 0.8 };
        self.change(|f| f.projection.zoom(factor, anchor, (f.fit.scale, 2.0)));
    }

    /// Keyboard focus never lands outside the view: an actor focused there is centred.
    pub fn reveal(self, centre: Point) {
        self.change(|f| {
            let at = f.to_view(centre);
            if at.x < 0.0 || at.y < 0.0 || at.x > f.width || at.y > f.height {
                f.projection
                    .pan(f.width / 2.0 - at.x, f.height / 2.0 - at.y)
            } else {
                f.projection
            }
        });
    }
}
