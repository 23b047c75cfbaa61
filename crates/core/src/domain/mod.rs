//! The story as data: the public dataset format, the checker that turns raw JSON into a
//! [`Dataset`], and the read-only queries the views ask of it.
//!
//! Raw input becomes checked data in exactly one place, [`load`] (through
//! [`Dataset::from_raw`]); everything downstream trusts the checked types and never
//! re-validates. The built-in story is checked at build time and shipped in the compact form
//! of [`codec`].

pub mod article;
pub mod builtin;
pub mod cameo;
pub(crate) mod check;
pub mod codec;
pub mod describe;
pub mod error;
pub mod ids;
pub mod jsonscan;
pub mod kinds;
pub mod load;
pub mod model;
pub mod order;
pub mod query;
pub mod raw;
pub mod selection;
pub mod synth;
pub mod text;

pub use error::{DatasetError, Report};
pub use ids::{ActorId, EventId, QuoteId, RelationId};
pub use kinds::{ActorKind, Provenance, QuoteKind, RelationKind};
pub use load::{MAX_DOCUMENT_BYTES, load};
pub use model::{
    Actor, Attributed, Dataset, Event, EvidenceRef, Quote, QuoteSegment, Relation, SEGMENT_BREAK,
    SafeUrl, Span, Story,
};
