//! Selectors that match exactly once: the passage's own words, with as little of the text
//! before it (then after it) as makes them unique.

use crate::domain::Span;
use crate::domain::text::{Resolution, TextIndex, resolve_among};

/// A `TextQuoteSelector`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Selector {
    /// The passage.
    pub exact: String,
    /// Words right before it, when the passage alone is not unique.
    pub prefix: Option<String>,
    /// Words right after it, when a prefix is not enough.
    pub suffix: Option<String>,
}

/// How far a prefix or suffix grows at each try, in characters: about two words.
const STEP: usize = 12;
/// How many tries each side gets: 192 characters, about a paragraph's sentence or two.
const STEPS: usize = 16;

/// The shortest selector (by whole steps of context) that picks `span` out of `text`, or
/// none when even the paragraph around it repeats word for word elsewhere.
pub fn selector(text: &str, index: &TextIndex<'_>, span: Span) -> Option<Selector> {
    let exact = &text[span.range()];
    // One search for the passage; every prefix and suffix tried is then checked at its
    // places only, as the checker will resolve it.
    // Words that occur more than 64 times are boilerplate, not a statement worth a context
    // search per occurrence (a 1 MB line of one repeated sentence would take minutes).
    let places = index.occurrences_at_most(exact, 64)?;
    let unique = |prefix: &str, suffix: &str| {
        resolve_among(text, &places, exact, prefix, suffix) == Resolution::Unique(span)
    };
    if unique("", "") {
        return Some(Selector {
            exact: exact.to_owned(),
            prefix: None,
            suffix: None,
        });
    }
    let before = &text[..span.start];
    let after = &text[span.end..];
    // Where the last and the first characters around the passage start, as far as the
    // context may grow: the tries then cut at a known place instead of counting again.
    let back: Vec<usize> = before
        .char_indices()
        .rev()
        .take(STEPS * STEP)
        .map(|(at, _)| at)
        .collect();
    let ahead: Vec<usize> = after
        .char_indices()
        .take(STEPS * STEP + 1)
        .map(|(at, _)| at)
        .collect();
    let mut prefix = "";
    for steps in 1..=STEPS {
        prefix = &before[back.get(steps * STEP - 1).copied().unwrap_or(0)..];
        if unique(prefix, "") {
            return Some(Selector {
                exact: exact.to_owned(),
                prefix: Some(prefix.to_owned()),
                suffix: None,
            });
        }
        if prefix.len() == before.len() {
            break;
        }
    }
    for steps in 1..=STEPS {
        let suffix = &after[..ahead.get(steps * STEP).copied().unwrap_or(after.len())];
        if unique(prefix, suffix) {
            return Some(Selector {
                exact: exact.to_owned(),
                prefix: (!prefix.is_empty()).then(|| prefix.to_owned()),
                suffix: Some(suffix.to_owned()),
            });
        }
        if suffix.len() == after.len() {
            break;
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn selectors_grow_context_until_unique() {
        let text = "talks go on. talks stall. talks go on.";
        let index = TextIndex::new(text);
        let first = selector(text, &index, Span::new(13, 18)).unwrap();
        assert_eq!(first.exact, "talks");
        assert!(first.prefix.is_some());
        assert_eq!(
            index.resolve("talks", first.prefix.as_deref().unwrap(), ""),
            Resolution::Unique(Span::new(13, 18))
        );
        let unique = selector(text, &index, Span::new(19, 24)).unwrap();
        assert_eq!((unique.exact.as_str(), unique.prefix), ("stall", None));
        // The same words twice with the same context all around: no selector can tell.
        let text = "same. same.";
        let index = TextIndex::new(text);
        let last = selector(text, &index, Span::new(6, 10)).unwrap();
        assert!(last.prefix.is_some());
        assert!(selector("ab ab", &TextIndex::new("ab ab"), Span::new(0, 2)).is_some());
    }
}
