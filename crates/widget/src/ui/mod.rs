//! The widget's parts: Leptos components, one a file, that wire the core (`dramatis-core`) to
//! the page. They compute nothing themselves: every figure and sentence comes from a plain
//! function of the core, called from a memo or a view. Component bodies touch no browser API
//! (effects, event handlers and the hooks in [`hooks`] do), so the same components render to
//! HTML on the host.

mod actor_details;
mod added_badge;
mod announcer;
mod app;
mod article_view;
mod cards;
mod details;
mod disclosure;
mod expand_toggle;
pub mod hooks;
mod in_context;
mod js;
mod legend;
mod map;
mod map_as_text;
mod problems;
mod relation_details;
mod select_button;
mod show_everyone;
pub mod state;

use std::any::Any;
use std::sync::Arc;

use dramatis_core::domain::{Dataset, DatasetError};
use dramatis_i18n::Catalog;
use leptos::prelude::*;

pub use app::{App, WidgetOptions};
pub use in_context::ArticleSource;
pub use problems::Problems;
pub use state::Start;

/// A widget on the page, from [`mount`]. Dropping it removes it from the page and cleans up
/// everything it holds: signals, effects, listeners, observers and the tasks it has scheduled.
pub struct Widget(#[allow(dead_code, reason = "held to be dropped")] Box<dyn Any>);

/// Builds the widget for `dataset` and appends it to `parent`, placed as `options` say.
pub fn mount(
    parent: &web_sys::HtmlElement,
    dataset: Arc<Dataset>,
    options: WidgetOptions,
) -> Widget {
    let handle = leptos::mount::mount_to(parent.clone(), move || {
        view! { <App dataset options /> }
    });
    Widget(Box::new(handle))
}

/// Takes over the widget for `dataset` that was rendered to HTML on the host (the pre-rendered
/// page, `dramatis-render`) and sits in `parent`: Leptos hydrates the elements that are there,
/// attaching handlers and effects, instead of building them again. The view must be the one
/// the host rendered, so it starts as it did there, at once ([`Start::AtOnce`]); then the map
/// measures its box and follows the reader's width.
#[cfg(feature = "hydrate")]
pub fn hydrate(
    parent: &web_sys::HtmlElement,
    dataset: Arc<Dataset>,
    options: WidgetOptions,
) -> Widget {
    let handle = leptos::mount::hydrate_from(parent.clone(), move || {
        view! { <App dataset options start=Start::AtOnce /> }
    });
    Widget(Box::new(handle))
}

/// Shows `heading` and each problem with its line and JSON path in `host` instead of a story,
/// in the words of `t`. The message stays for the life of the page (it holds no listener,
/// effect or timer).
pub fn show_problems(
    host: &web_sys::HtmlElement,
    heading: &str,
    errors: &[DatasetError],
    t: &Catalog,
) {
    host.set_text_content(None);
    let (heading, errors, words) = (heading.to_owned(), errors.to_vec(), Arc::new(t.clone()));
    leptos::mount::mount_to(
        host.clone(),
        move || view! { <Problems heading errors words /> },
    )
    .forget();
}
