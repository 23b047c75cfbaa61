//! How the actor map's drawing sits in its box: fitted, zoomed and panned by buttons, mouse
//! drag, two-finger touch pinch, Ctrl or trackpad-pinch wheel, and keyboard focus. The arithmetic is the `layout`
//! layer's `Projection`; this file only reads events and sets the SVG's view box.

use std::cell::Cell;
use std::rc::Rc;

use crate::layout::path::num;
use crate::layout::{Point, Projection};

/// How the drawing sits in its box: the projection from layout space to the box, the box's
/// size, and the projection that fits the whole drawing (zooming out stops there).
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Frame {
    /// Layout space to the box.
    pub projection: Projection,
    /// The projection showing the whole drawing.
    pub fit: Projection,
    /// The box's width.
    pub width: f64,
    /// The box's height.
    pub height: f64,
}

impl Frame {
    /// Whether the drawing is bigger than its box, so zoom and pan are offered.
    pub fn overview(self) -> bool {
        self.fit.scale < 0.999
    }
}

/// Shows the part of the drawing that `frame` selects, and marks the map as zoomed out when
/// labels would be too small to read (minor actors' labels then hide).
pub fn show(svg: &web_sys::Element, frame: Frame) {
    let p = frame.projection;
    let view_box = format!(
        "{} {} {} {}",
        num(-p.offset.x / p.scale),
        num(-p.offset.y / p.scale),
        num(frame.width / p.scale),
        num(frame.height / p.scale)
    );
    let classes = match (frame.overview(), p.scale < 0.75) {
        (false, _) => ["dm-map-svg", "dm-map-lit"],
        (true, false) => ["dm-map-svg dm-overview", "dm-map-lit dm-overview"],
        (true, true) => [
            "dm-map-svg dm-overview dm-zoomed-out",
            "dm-map-lit dm-overview dm-zoomed-out",
        ],
    };
    // The drawing, then the lit layer over it (see `actor_map::Drawn`): the same part of both.
    let mut layer = Some(svg.clone());
    for class in classes {
        if let Some(svg) = layer {
            let _ = svg.set_attribute("viewBox", &view_box);
            let _ = svg.set_attribute("class", class);
            layer = svg.next_element_sibling();
        }
    }
}

/// The map's view: the SVG, its frame, and a mouse drag in progress (where it last was and
/// whether it has moved).
#[derive(Clone)]
pub struct View {
    /// The drawing.
    pub svg: web_sys::SvgElement,
    /// Where the drawing sits.
    pub frame: Rc<Cell<Frame>>,
    /// A drag with the mouse: last position, and whether it moved far enough to count.
    pub drag: Rc<Cell<Option<(f64, f64, bool)>>>,
    /// A two-finger pinch: the fingers' last midpoint (box units) and distance apart.
    pub pinch: Rc<Cell<Option<(Point, f64)>>>,
}

impl View {
    /// Moves the view with `change` and shows the result.
    pub fn change(&self, change: &dyn Fn(Frame) -> Projection) {
        let mut current = self.frame.get();
        let projection = change(current);
        // Unchanged (a focus inside the view): writing the view box again would still make
        // the browser lay the whole drawing out anew.
        if projection == current.projection {
            return;
        }
        current.projection = projection;
        self.frame.set(current);
        show(&self.svg, current);
    }

    /// Whether the pointer just finished a drag (so the click that follows is not a tap).
    pub fn dragged(&self) -> bool {
        let moved = self.drag.get().is_some_and(|(_, _, moved)| moved);
        if moved {
            self.drag.set(None);
        }
        moved
    }

    /// Box pixels per CSS pixel of the drawing on screen.
    fn box_per_pixel(&self) -> (f64, f64, f64) {
        let rect = self.svg.get_bounding_client_rect();
        let (left, top, width) = (rect.left(), rect.top(), rect.width().max(1.0));
        (left, top, self.frame.get().width / width)
    }

    /// Mouse drag pans an overview.
    pub fn pointer(&self, event: &web_sys::PointerEvent) {
        if event.pointer_type() != "mouse" || !self.frame.get().overview() {
            return;
        }
        let (x, y) = (f64::from(event.client_x()), f64::from(event.client_y()));
        match (event.type_().as_str(), self.drag.get()) {
            ("pointerdown", _) => self.drag.set(Some((x, y, false))),
            ("pointermove", Some((x0, y0, moved))) if event.buttons() == 1 => {
                let moved = moved || (x - x0).abs() + (y - y0).abs() > 4.0;
                if moved {
                    let (_, _, scale) = self.box_per_pixel();
                    self.change(&|f: Frame| f.projection.pan((x - x0) * scale, (y - y0) * scale));
                }
                self.drag.set(Some((x, y, moved)));
            }
            ("pointerup", Some((_, _, false))) => self.drag.set(None),
            _ => {}
        }
    }

    /// Two fingers on an overview pinch it to zoom and move together to pan; the page
    /// neither scrolls nor zooms under them. One finger still scrolls the page (so a reader
    /// swiping past the map is never caught by it) and taps select as always.
    pub fn touch(&self, event: &web_sys::TouchEvent) {
        let touches = event.touches();
        let (Some(a), Some(b), None) = (touches.get(0), touches.get(1), touches.get(2)) else {
            self.pinch.set(None);
            return;
        };
        if !self.frame.get().overview() {
            return;
        }
        event.prevent_default();
        let (left, top, scale) = self.box_per_pixel();
        let at = |t: &web_sys::Touch| {
            Point::new(
                (f64::from(t.client_x()) - left) * scale,
                (f64::from(t.client_y()) - top) * scale,
            )
        };
        let (a, b) = (at(&a), at(&b));
        let now = (
            Point::new(f64::midpoint(a.x, b.x), f64::midpoint(a.y, b.y)),
            (a.x - b.x).hypot(a.y - b.y),
        );
        // A finger landing starts the gesture afresh (a cancelled one may have left its state).
        if event.type_() != "touchstart"
            && let Some(before) = self.pinch.get()
        {
            self.change(&|f: Frame| f.projection.pinch(before, now, (f.fit.scale, 2.0)));
        }
        self.pinch.set(Some(now));
    }

    /// Ctrl + wheel (and a trackpad pinch, which browsers send as one) zooms about the pointer.
    pub fn wheel(&self, event: &web_sys::WheelEvent) {
        if !(event.ctrl_key() || event.meta_key()) || !self.frame.get().overview() {
            return;
        }
        event.prevent_default();
        let (left, top, scale) = self.box_per_pixel();
        let anchor = Point::new(
            (f64::from(event.client_x()) - left) * scale,
            (f64::from(event.client_y()) - top) * scale,
        );
        let factor = if event.delta_y() < 0.0 { 1.25 } else { 0.8 };
        self.change(&|f: Frame| f.projection.zoom(factor, anchor, (f.fit.scale, 2.0)));
    }

    /// Keyboard focus never lands outside the view: an actor focused there is centred.
    pub fn reveal(&self, centre: Point) {
        self.change(&|f: Frame| {
            let at = f.projection.to_view(centre);
            if at.x < 0.0 || at.y < 0.0 || at.x > f.width || at.y > f.height {
                f.projection
                    .pan(f.width / 2.0 - at.x, f.height / 2.0 - at.y)
            } else {
                f.projection
            }
        });
    }
}
