//! Small hooks over browser APIs, one a file. Components call them; the browser calls
//! themselves run in effects, so the components also render on the host.

mod effect;
mod run_later;
mod use_deferred;
mod use_size;
mod use_url_sync;

pub use effect::effect;
pub use run_later::{When, run_later};
pub use use_deferred::use_deferred;
pub use use_size::use_size;
pub use use_url_sync::use_url_sync;
