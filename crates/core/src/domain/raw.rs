//! The dataset format exactly as JSON spells it, read by serde and trusted for nothing.
//!
//! Kinds and codes stay strings here so that the checker, not serde, names what is wrong
//! with them. `schema/dramatis-1.schema.json` describes the same shapes; a test keeps the two
//! in step.

use serde::Deserialize;

/// The format identifier this version reads.
pub const FORMAT: &str = "dramatis/1";

/// A whole dataset document.
#[derive(Clone, Debug, Default, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct RawDataset {
    /// Must be [`FORMAT`].
    pub format: String,
    /// The article.
    pub story: RawStory,
    /// The actors.
    pub actors: Vec<RawActor>,
    /// The events.
    #[serde(default)]
    pub events: Vec<RawEvent>,
    /// The statements.
    #[serde(default)]
    pub quotes: Vec<RawQuote>,
    /// The relations.
    #[serde(default)]
    pub relations: Vec<RawRelation>,
}

/// The `story` object.
#[derive(Clone, Debug, Default, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct RawStory {
    pub id: String,
    pub title: String,
    pub language: String,
    pub publisher: Option<String>,
    pub url: Option<String>,
    pub published: Option<String>,
    pub text: String,
}

/// An item of `actors`.
#[derive(Clone, Debug, Default, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct RawActor {
    pub id: String,
    pub name: String,
    pub kind: String,
    #[serde(default)]
    pub aliases: Vec<String>,
    pub role: Option<String>,
    pub affiliation: Option<String>,
    pub added: Option<RawAdded>,
}

/// An item of `events`.
#[derive(Clone, Debug, Default, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct RawEvent {
    pub id: String,
    pub summary: String,
    pub cameo: String,
    pub source: Option<String>,
    #[serde(default)]
    pub targets: Vec<String>,
    pub when: Option<String>,
    pub place: Option<String>,
    pub evidence: RawSelector,
    pub added: Option<RawAdded>,
}

/// An item of `quotes`.
#[derive(Clone, Debug, Default, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct RawQuote {
    pub id: String,
    pub speaker: String,
    pub attributed_as: Option<String>,
    pub text: String,
    pub kind: String,
    #[serde(default)]
    pub about: Vec<String>,
    pub event: Option<String>,
    pub when: Option<String>,
    pub place: Option<String>,
    pub evidence: RawSelector,
    pub added: Option<RawAdded>,
}

/// An item of `relations`.
#[derive(Clone, Debug, Default, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct RawRelation {
    pub id: String,
    pub kind: String,
    pub source: String,
    pub target: String,
    pub directed: bool,
    pub summary: String,
    pub evidence: Vec<String>,
    pub added: Option<RawAdded>,
}

/// A W3C Web Annotation `TextQuoteSelector` into `story.text`.
#[derive(Clone, Debug, Default, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct RawSelector {
    /// Optional; when given it must be `"TextQuoteSelector"`.
    #[serde(rename = "type")]
    pub kind: Option<String>,
    pub exact: String,
    pub prefix: Option<String>,
    pub suffix: Option<String>,
}

/// Facts the article does not state, added by the dataset's authors and always shown as such.
#[derive(Clone, Debug, Default, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct RawAdded {
    pub note: Option<String>,
    pub role: Option<String>,
    pub affiliation: Option<String>,
    pub date: Option<String>,
}
