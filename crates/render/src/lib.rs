//! The Dramatis widget rendered to HTML on the host: the same Leptos components the browser
//! runs (`dramatis-widget`), through Leptos's server-side rendering, with every part there at
//! once (no frames to wait for) and no effect run.

use std::sync::Arc;

use dramatis_core::domain::Dataset;
use dramatis_widget::ui::{App, Start};
use leptos::prelude::*;

/// The widget for `dataset`, as an HTML fragment.
pub fn render_widget(dataset: Arc<Dataset>) -> String {
    let owner = Owner::new();
    owner.with(|| view! { <App dataset start=Start::AtOnce /> }.to_html())
}
