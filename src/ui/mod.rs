//! Leptos components. They wire the domain and layout layers to the page and compute
//! nothing themselves: every figure comes from a plain function, called through a `Memo`.

mod app;
mod problems;
pub mod state;

pub use app::App;
pub use problems::Problems;
