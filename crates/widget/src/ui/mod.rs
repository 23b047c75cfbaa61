//! The widget's parts. They wire the domain and layout layers to the page and compute nothing
//! themselves: every figure comes from a plain function. Each part is a function that builds
//! its elements with [`dom::El`] and keeps them in step with the selection through Leptos's
//! signals and effects; [`mount`] runs them under one reactive owner.

mod actions;
mod actor_map;
mod app;
mod article_view;
mod details;
pub mod dom;
mod hooks;
mod js;
mod legend;
mod map_view;
mod problems;
mod quote_cards;
mod relations_text;
mod routing;
pub mod state;
mod svg;

pub use app::{Widget, mount};
pub use hooks::soon;
pub use problems::show_problems;
