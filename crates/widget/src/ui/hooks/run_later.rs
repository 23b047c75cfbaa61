//! Deferred work bound to its owner: a task of its own after the current one, or after some
//! painted frames. Cleaning the owner up (a widget unmounted, an effect run again) cancels
//! what it asked for, since the pending timer or frame is dropped with it.

use gloo_render::{AnimationFrame, request_animation_frame};
use gloo_timers::callback::Timeout;
use leptos::prelude::*;

/// When deferred work runs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum When {
    /// In a task of its own after the current one (a zero-delay timer), so that the page can
    /// answer a reader in between.
    Soon,
    /// Once the next frame is painted (a task queued from an animation frame runs after the
    /// frame): what a reader sees answer a tap is painted before it.
    AfterPaint,
    /// Once this many more frames are painted: the parts of the widget that start out of view
    /// are built a frame apart, so that no one frame lays out and paints all of them.
    AfterFrames(u32),
}

/// What is waiting: a timer or an animation frame. Dropping it cancels it.
enum Pending {
    Task(#[allow(dead_code, reason = "held to be dropped")] Timeout),
    Frame(#[allow(dead_code, reason = "held to be dropped")] AnimationFrame),
}

type Held = StoredValue<Option<Pending>, LocalStorage>;

/// Runs `f` `when` asked, unless the current owner is cleaned up first.
pub fn run_later(when: When, f: impl FnOnce() + 'static) {
    let frames = match when {
        When::Soon => 0,
        When::AfterPaint => 1,
        When::AfterFrames(n) => n,
    };
    let held: Held = StoredValue::new_local(None);
    step(held, frames, Box::new(f));
}

/// One step of the wait: another frame, or the final task. Each step replaces the last in
/// `held`; a step that finds `held` gone (its owner cleaned up) does nothing.
fn step(held: Held, frames: u32, f: Box<dyn FnOnce()>) {
    let next = if frames == 0 {
        Pending::Task(Timeout::new(0, move || {
            if !held.is_disposed() {
                f();
            }
        }))
    } else {
        Pending::Frame(request_animation_frame(move |_| {
            if !held.is_disposed() {
                step(held, frames - 1, f);
            }
        }))
    };
    held.try_set_value(Some(next));
}
