//! The dataset format exactly as JSON spells it, read by serde and trusted for nothing.
//!
//! Kinds and codes stay strings here so that the checker, not serde, names what is wrong
//! with them. `schema/dramatis-1.schema.json` describes the same shapes; a test keeps the two
//! in step.
//!
//! A verbatim statement whose quotation the article interrupts ("“We will not go back,” said
//! X, “until the night shifts are safe.”") gives `text` and `evidence` as two arrays of equal
//! length, one item per segment, in text order: [`RawWords`] and [`RawEvidence`] read either
//! shape, so every story written before split quotes stays valid unchanged.

use std::fmt;

use serde::Deserialize;
use serde::de::{self, Deserializer, MapAccess, SeqAccess, Visitor};

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
    /// The words, or for a split quote the words of each segment.
    pub text: RawWords,
    pub kind: String,
    #[serde(default)]
    pub about: Vec<String>,
    pub event: Option<String>,
    pub when: Option<String>,
    pub place: Option<String>,
    /// Where the words stand, or for a split quote where each segment stands.
    pub evidence: RawEvidence,
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
    /// `true`: the item was guessed by the draft extractor and no editor has confirmed it.
    pub draft: Option<bool>,
}

/// A statement's `text`: one string, or one string per segment of a split quote.
#[derive(Clone, Debug, PartialEq)]
pub enum RawWords {
    /// `"text": "…"`.
    One(String),
    /// `"text": ["…", "…"]`.
    Split(Vec<String>),
}

impl Default for RawWords {
    fn default() -> Self {
        Self::One(String::new())
    }
}

impl RawWords {
    /// The segments' words, in order (one for a plain statement).
    pub fn segments(&self) -> &[String] {
        match self {
            Self::One(words) => std::slice::from_ref(words),
            Self::Split(words) => words,
        }
    }

    /// Whether the document gave an array.
    pub fn is_split(&self) -> bool {
        matches!(self, Self::Split(_))
    }
}

/// A statement's `evidence`: one selector, or one selector per segment of a split quote.
#[derive(Clone, Debug, PartialEq)]
pub enum RawEvidence {
    /// `"evidence": {…}`.
    One(RawSelector),
    /// `"evidence": [{…}, {…}]`.
    Split(Vec<RawSelector>),
}

impl Default for RawEvidence {
    fn default() -> Self {
        Self::One(RawSelector::default())
    }
}

impl RawEvidence {
    /// The segments' selectors, in order (one for a plain statement).
    pub fn segments(&self) -> &[RawSelector] {
        match self {
            Self::One(selector) => std::slice::from_ref(selector),
            Self::Split(selectors) => selectors,
        }
    }

    /// Whether the document gave an array.
    pub fn is_split(&self) -> bool {
        matches!(self, Self::Split(_))
    }
}

// Hand-written rather than `#[serde(untagged)]`, whose only message is "data did not match
// any variant": these say what was expected, and serde's own messages for the items (an
// unknown selector member, a missing `exact`) pass through unchanged.
impl<'de> Deserialize<'de> for RawWords {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Words;
        impl<'de> Visitor<'de> for Words {
            type Value = RawWords;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a string, or an array of strings for a split quote")
            }
            fn visit_str<E: de::Error>(self, value: &str) -> Result<RawWords, E> {
                Ok(RawWords::One(value.to_owned()))
            }
            fn visit_string<E: de::Error>(self, value: String) -> Result<RawWords, E> {
                Ok(RawWords::One(value))
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<RawWords, A::Error> {
                let mut words = Vec::new();
                while let Some(item) = seq.next_element::<String>()? {
                    words.push(item);
                }
                Ok(RawWords::Split(words))
            }
        }
        deserializer.deserialize_any(Words)
    }
}

impl<'de> Deserialize<'de> for RawEvidence {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Evidence;
        impl<'de> Visitor<'de> for Evidence {
            type Value = RawEvidence;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a selector object, or an array of selectors for a split quote")
            }
            fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<RawEvidence, A::Error> {
                RawSelector::deserialize(de::value::MapAccessDeserializer::new(map))
                    .map(RawEvidence::One)
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<RawEvidence, A::Error> {
                let mut selectors = Vec::new();
                while let Some(item) = seq.next_element::<RawSelector>()? {
                    selectors.push(item);
                }
                Ok(RawEvidence::Split(selectors))
            }
        }
        deserializer.deserialize_any(Evidence)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_and_evidence_read_both_shapes_and_say_what_they_expect() {
        let one: RawWords = serde_json::from_str("\"a\"").unwrap();
        assert_eq!(one.segments(), ["a"]);
        assert!(!one.is_split());
        let two: RawWords = serde_json::from_str("[\"a\", \"b\"]").unwrap();
        assert_eq!(two.segments(), ["a", "b"]);
        let error = serde_json::from_str::<RawWords>("3")
            .unwrap_err()
            .to_string();
        assert!(
            error.contains("a string, or an array of strings"),
            "{error}"
        );
        let one: RawEvidence = serde_json::from_str("{\"exact\": \"a\"}").unwrap();
        assert_eq!(one.segments()[0].exact, "a");
        let two: RawEvidence =
            serde_json::from_str("[{\"exact\": \"a\"}, {\"exact\": \"b\"}]").unwrap();
        assert_eq!(two.segments().len(), 2);
        assert!(two.is_split());
        let error = serde_json::from_str::<RawEvidence>("{\"exect\": \"a\"}")
            .unwrap_err()
            .to_string();
        assert!(error.starts_with("unknown field `exect`"), "{error}");
        let error = serde_json::from_str::<RawEvidence>("\"a\"")
            .unwrap_err()
            .to_string();
        assert!(error.contains("a selector object"), "{error}");
    }
}
