//! Small browser hooks shared by components.

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;

type Observer = Option<(web_sys::ResizeObserver, Closure<dyn FnMut()>)>;

/// The content width of `target` in CSS pixels, rounded down to a multiple of `step` and
/// kept up to date by a `ResizeObserver`; 0 until the element is mounted. The signal changes
/// only when the stepped width does, so small resizes cost nothing.
pub fn use_width(target: web_sys::Element, step: usize) -> RwSignal<usize> {
    let width = RwSignal::new(0usize);
    let observer: StoredValue<Observer, LocalStorage> = StoredValue::new_local(None);
    // Measured once the widget is on the page: an effect first runs after the mount, and this
    // one reads no signal, so it runs only then.
    effect(move || {
        let measure = {
            let element = target.clone();
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
            resize.observe(&target);
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

/// A listener added to an element, removed when its owner is cleaned up.
type Listening = Option<(web_sys::EventTarget, Closure<dyn Fn(web_sys::Event)>)>;

/// Calls `f` for every event of the given `kinds` on `target`, for as long as the current
/// owner lives. Every listener of the widget has this one shape (handlers cast the event they
/// are given), so the download carries one copy of the listener glue rather than one per event
/// type. A handler may cause another event it hears (the map's arrow keys move the focus,
/// which it also hears), so it is a `Fn` closure, which may be called again while it runs.
pub fn listen(
    target: &web_sys::Element,
    kinds: &'static [&'static str],
    f: impl Fn(web_sys::Event) + 'static,
) {
    listen_boxed(target, kinds, Box::new(f));
}

fn listen_boxed(
    target: &web_sys::Element,
    kinds: &'static [&'static str],
    f: Box<dyn Fn(web_sys::Event)>,
) {
    let callback = Closure::<dyn Fn(web_sys::Event)>::new(f);
    for kind in kinds {
        let _ = target.add_event_listener_with_callback(kind, callback.as_ref().unchecked_ref());
    }
    let held: StoredValue<Listening, LocalStorage> =
        StoredValue::new_local(Some((target.clone().into(), callback)));
    on_cleanup(move || {
        held.update_value(|held| {
            if let Some((target, callback)) = held.take() {
                for kind in kinds {
                    let _ = target.remove_event_listener_with_callback(
                        kind,
                        callback.as_ref().unchecked_ref(),
                    );
                }
            }
        });
    });
}

/// Runs `f` in a task of its own after the current one (a zero-delay timer), unless the owner
/// that asked for it (a component, or the last run of an effect) is cleaned up by then. Mounting
/// the widget is then several short tasks instead of one long one, so the page can answer a
/// reader in between; and an effect that runs again before its drawing is made draws only once.
pub fn soon(f: impl FnOnce() + 'static) {
    later(Box::new(f), false);
}

/// Runs `f` in a task of its own once the next frame is painted (like [`soon`], skipped if
/// its owner is cleaned up first): what a reader sees answer a tap is painted before it.
pub fn after_paint(f: impl FnOnce() + 'static) {
    later(Box::new(f), true);
}

/// Runs `f` in a task of its own once `frames` more frames are painted (0: like [`soon`]),
/// skipped if its owner is cleaned up first. The parts of the widget that start out of view
/// are built a frame apart, so that no one frame lays out and paints all of them at once.
pub fn after_frames(frames: u32, f: impl FnOnce() + 'static) {
    later_frames(frames, Box::new(f));
}

fn later_frames(frames: u32, f: Box<dyn FnOnce()>) {
    if frames <= 1 {
        return later(f, frames == 1);
    }
    // Each step runs under the asking owner, so that a cleanup stops the steps still to come.
    let owner = Owner::current();
    later(
        Box::new(move || match owner {
            Some(owner) => owner.with(|| later_frames(frames - 1, f)),
            None => later_frames(frames - 1, f),
        }),
        true,
    );
}

/// [`soon`] and [`after_paint`] for one boxed shape, so the download carries one copy.
fn later(f: Box<dyn FnOnce()>, paint: bool) {
    let alive = StoredValue::new_local(());
    let callback = Closure::once_into_js(move || {
        if alive.try_get_value().is_some() {
            f();
        }
    });
    super::js::schedule(&callback, paint);
}
