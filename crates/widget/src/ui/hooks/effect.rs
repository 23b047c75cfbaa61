//! Leptos's `Effect` through one boxed shape.

use leptos::prelude::*;

/// Runs `f` once the widget is mounted (never on the host), and again whenever a signal it
/// reads changes. Every effect of the widget takes this one shape, a boxed closure, so the
/// download carries one copy of Leptos's effect machinery instead of one per closure.
pub fn effect(f: impl Fn() + 'static) {
    let f: Box<dyn Fn()> = Box::new(f);
    Effect::new(move |_| f());
}
