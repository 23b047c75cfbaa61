//! The buttons beside a map too big for its box: zoom in and out, the whole map, and pans.

use dramatis_core::layout::projection::Navigation;
use leptos::prelude::*;

use dramatis_i18n::Catalog;

use super::frame::Frame;
use super::view::MapView;
use crate::ui::state::use_story;

/// Each control: what it does, its text (`None`: its accessible name) and its test id.
const CONTROLS: [(Navigation, Option<&str>, &str); 7] = [
    (Navigation::In, Some("+"), "zoom-in"),
    (Navigation::Out, Some("−"), "zoom-out"),
    (Navigation::Fit, None, "zoom-fit"),
    (Navigation::Left, Some("←"), "zoom-left"),
    (Navigation::Up, Some("↑"), "zoom-up"),
    (Navigation::Down, Some("↓"), "zoom-down"),
    (Navigation::Right, Some("→"), "zoom-right"),
];

/// A control's accessible name.
fn name(t: &Catalog, how: Navigation) -> String {
    match how {
        Navigation::In => t.zoom_in(),
        Navigation::Out => t.zoom_out(),
        Navigation::Fit => t.zoom_fit(),
        Navigation::Left => t.pan_left(),
        Navigation::Up => t.pan_up(),
        Navigation::Down => t.pan_down(),
        Navigation::Right => t.pan_right(),
    }
}

/// The zoom and pan controls of `view`, shown only while the map is an overview.
#[component]
pub fn ZoomControls(view: MapView) -> impl IntoView {
    let frame = view.frame();
    let t = use_story().t();
    let buttons = CONTROLS.map(|(how, text, testid)| {
        let label = name(&t, how);
        let text = text.map_or_else(|| label.clone(), str::to_owned);
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
            class="dm-zoom dm-needs-js"
            data-testid="zoom"
            role="group"
            aria-label=t.zoom_group()
            hidden=move || !frame.get().is_some_and(Frame::overview)
        >
            {buttons}
        </div>
    }
}
