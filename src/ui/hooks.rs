//! Small browser hooks shared by components.

use leptos::html::Div;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;

type Observer = Option<(web_sys::ResizeObserver, Closure<dyn FnMut()>)>;

/// The content width of `target` in CSS pixels, kept up to date by a `ResizeObserver`;
/// 0 until the element is mounted.
pub fn use_width(target: NodeRef<Div>) -> ReadSignal<i32> {
    let (width, set_width) = signal(0);
    let observer: StoredValue<Observer, LocalStorage> = StoredValue::new_local(None);
    Effect::new(move |_| {
        let Some(element) = target.get() else { return };
        let measure = {
            let element = element.clone();
            move || set_width.set(element.client_width())
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
