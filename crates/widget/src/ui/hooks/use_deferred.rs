//! A part that starts out of view comes a few frames after the widget mounts (see
//! [`When::AfterFrames`]); on the host, where no frame comes, it is there at once.

use leptos::prelude::*;

use super::{When, effect, run_later};
use crate::ui::state::{Start, use_story};

/// Whether a deferred part may show yet: false at first, true `when` asked.
pub fn use_deferred(when: When) -> ReadSignal<bool> {
    let at_once = use_story().start() == Start::AtOnce;
    let ready = RwSignal::new(at_once);
    if at_once {
        return ready.read_only();
    }
    // In an effect, which runs once the widget is mounted and never on the host.
    effect(move || run_later(when, move || ready.set(true)));
    ready.read_only()
}
