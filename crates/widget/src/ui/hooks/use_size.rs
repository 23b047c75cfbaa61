//! The size of an element, kept up to date as it resizes.

use leptos::html::Div;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;

/// A resize observer and the callback it calls. gloo has no wrapper for `ResizeObserver`, so
/// this stays web-sys.
struct Observing(
    web_sys::ResizeObserver,
    #[allow(dead_code, reason = "held for the observer to call")] Closure<dyn FnMut()>,
);

impl Drop for Observing {
    fn drop(&mut self) {
        self.0.disconnect();
    }
}

/// The content width of `target` in CSS pixels, rounded down to a multiple of `step`, and its
/// content height in the units of that stepped width (the height of a drawing that wide which
/// fills the element when scaled to its full width); `first` until the element is mounted
/// and measured (on the host, that is all there is). The width changes only when the stepped
/// width does, so small resizes cost nothing.
pub fn use_size(
    target: NodeRef<Div>,
    step: usize,
    first: (usize, usize),
) -> (ReadSignal<usize>, ReadSignal<usize>) {
    let width = RwSignal::new(first.0);
    let height = RwSignal::new(first.1);
    let observing: StoredValue<Option<Observing>, LocalStorage> = StoredValue::new_local(None);
    super::effect(move || {
        let Some(element) = target.get() else { return };
        let observed: web_sys::Element = element.clone().into();
        let measure = move || {
            let full = usize::try_from(element.client_width()).unwrap_or(0);
            let stepped = full / step * step;
            if width.get_untracked() != stepped {
                width.set(stepped);
            }
            let tall =
                usize::try_from(element.client_height()).unwrap_or(0) * stepped / full.max(1);
            if height.get_untracked() != tall {
                height.set(tall);
            }
        };
        measure();
        let callback = Closure::<dyn FnMut()>::new(measure);
        if let Ok(observer) = web_sys::ResizeObserver::new(callback.as_ref().unchecked_ref()) {
            observer.observe(&observed);
            observing.set_value(Some(Observing(observer, callback)));
        }
    });
    (width.read_only(), height.read_only())
}
