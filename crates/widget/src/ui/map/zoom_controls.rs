//! The buttons beside a map too big for its box: zoom in and out, the whole map, and pans.

use dramatis_core::layout::projection::Navigation;
use leptos::prelude::*;

use super::frame::Frame;
use super::view::MapView;

/// Each control: what it does, its text, its accessible name and its test id.
const CONTROLS: [(Navigation, &str, &str, &str); 7] = [
    (Navigation::In, "+", "Zoom in", "zoom-in"),
    (Navigation::Out, "−", "Zoom out", "zoom-out"),
    (Navigation::Fit, "Whole map", "Whole map", "zoom-fit"),
    (Navigation::Left, "←", "Pan left", "zoom-left"),
    (Navigation::Up, "↑", "Pan up", "zoom-up"),
    (Navigation::Down, "↓", "Pan down", "zoom-down"),
    (Navigation::Right, "→", "Pan right", "zoom-right"),
];

/// The zoom and pan controls of `view`, shown only while the map is an overview.
#[component]
pub fn ZoomControls(view: MapView) -> impl IntoView {
    let frame = view.frame();
    let buttons = CONTROLS.map(|(how, text, label, testid)| {
        view! {
            <button
                type="button"
                class="dm-button"
                aria-label=label
                data-testid=testid
                on:click=move |_| view.navigate(how)
            >
                {text}
            </button>
        }
    });
    view! {
        <div
            class="dm-zoom"
            data-testid="zoom"
            role="group"
            aria-label="Zoom and pan the map"
            hidden=move || !frame.get().is_some_and(Frame::overview)
        >
            {buttons}
        </div>
    }
}
