//! Small browser hooks shared by components.

use leptos::html::Div;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;

type Observer = Option<(web_sys::ResizeObserver, Closure<dyn FnMut()>)>;

/// The content width of `target` in CSS pixels, rounded down to a multiple of `step` and
/// kept up to date by a `ResizeObserver`; 0 until the element is mounted. The signal changes
/// only when the stepped width does, so small resizes cost nothing.
pub fn use_width(target: NodeRef<Div>, step: usize) -> RwSignal<usize> {
    let width = RwSignal::new(0usize);
    let observer: StoredValue<Observer, LocalStorage> = StoredValue::new_local(None);
    effect(move || {
        let Some(element) = target.get() else { return };
        let measure = {
            let element = element.clone();
            move || {
                let stepped = usize::try_from(element.client_width()).unwrap_or(0) / step * step;
                if width.get_untracked() != stepped {
                    width.set(stepped);
                }
            }
        };
        measure();
        let callback = Closure::<dyn FnMut()>::new(measure);
        if let Ok(resize) = web_sys::ResizeObserver::new(callback.as_ref().unchecked_ref()) {
            resize.observe(&element);
            observer.set_value(Some((resize, callback)));
        }
    });
    on_cleanup(move || {
        observer.update_value(|held| {
            if let Some((resize, _)) = held.take() {
                resize.disconnect();
            }
        });
    });
    width
}

/// Runs `f` now and again whenever a signal it reads changes. Every effect of the widget goes
/// through this one boxed shape, so the download carries one copy of the effect machinery
/// instead of one per closure.
pub fn effect(f: impl Fn() + 'static) {
    let f: Box<dyn Fn()> = Box::new(f);
    Effect::new(move |_| f());
}

/// An event handler in the one boxed shape shared by all handlers of an event type.
pub type Handler<E> = Box<dyn Fn(E)>;

/// Boxes an event handler (see [`Handler`]).
pub fn handler<E>(f: impl Fn(E) + 'static) -> Handler<E> {
    Box::new(f)
}

/// Runs `f` in a task of its own after the current one (a zero-delay timer), unless the owner
/// that asked for it (a component, or the last run of an effect) is cleaned up by then. Mounting
/// the widget is then several short tasks instead of one long one, so the page can answer a
/// reader in between; and an effect that runs again before its drawing is made draws only once.
pub fn soon(f: impl FnOnce() + 'static) {
    later(Box::new(f));
}

/// [`soon`] for one boxed shape, so the download carries one copy of it.
fn later(f: Box<dyn FnOnce()>) {
    let alive = StoredValue::new_local(());
    let callback = Closure::once_into_js(move || {
        if alive.try_get_value().is_some() {
            f();
        }
    });
    if let Some(window) = web_sys::window() {
        let _ = window.set_timeout_with_callback(callback.unchecked_ref());
    }
}
