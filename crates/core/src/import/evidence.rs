//! Where a statement of the sheet stands in the article: its words found in the text (a
//! verbatim statement's inside the article's quotation marks), or the passage the sheet's
//! `evidence` cell gives, and the selectors that pick them out, made as the draft extractor
//! makes its own ([`crate::draft::selector`]).
//!
//! A statement is never placed by a guess: words that occur in more than one place are a
//! problem, answered by a longer passage in the `evidence` cell.

use crate::domain::text::{TextIndex, quoted_passages};
use crate::domain::{QuoteKind, Span};
use crate::draft::selector::{Selector, selector};

/// The article's text, indexed once for every statement.
pub(super) struct Article<'a> {
    text: &'a str,
    index: TextIndex<'a>,
    /// The passages inside quotation marks, sorted and disjoint.
    quoted: Vec<Span>,
}

/// A statement placed in the text.
pub(super) struct Placed {
    /// The selector of the whole passage, for a statement of one segment; one selector per
    /// segment for a split quote.
    pub selectors: Vec<Selector>,
}

/// Why a statement could not be placed: the cell at fault (`text` or `evidence`) and what
/// to tell the editor.
pub(super) type Miss = (&'static str, String);

impl<'a> Article<'a> {
    pub fn new(text: &'a str) -> Self {
        Self {
            text,
            index: TextIndex::new(text),
            quoted: quoted_passages(text),
        }
    }

    fn spans(&self, words: &str) -> Vec<Span> {
        self.index
            .occurrences(words)
            .into_iter()
            .map(|start| Span::new(start, start + words.len()))
            .collect()
    }

    fn is_quoted(&self, span: Span) -> bool {
        let k = self.quoted.partition_point(|q| q.start <= span.start);
        k > 0 && self.quoted[k - 1].contains(span)
    }

    /// Places a statement of `kind` whose words are `segments` (more than one for a split
    /// quote), within the passage `evidence` when the sheet gives one.
    ///
    /// # Errors
    /// The cell at fault and what is wrong with it.
    pub fn place(
        &self,
        kind: QuoteKind,
        segments: &[&str],
        evidence: &str,
    ) -> Result<Placed, Miss> {
        if kind == QuoteKind::Paraphrase && segments.len() > 1 {
            return Err((
                "text",
                "only a verbatim statement can be split into segments with '|'; give a reported statement one text".to_owned(),
            ));
        }
        let (passage, spans) = if evidence.is_empty() {
            match kind {
                QuoteKind::Verbatim => self.quoted_words(segments)?,
                QuoteKind::Paraphrase => {
                    let passage = self.reported(segments[0])?;
                    (passage, vec![passage])
                }
            }
        } else {
            let passage = self.passage(evidence)?;
            let spans = match kind {
                QuoteKind::Verbatim => self.within(passage, segments)?,
                QuoteKind::Paraphrase => vec![passage],
            };
            (passage, spans)
        };
        let pick = |span: Span| {
            selector(self.text, &self.index, span).ok_or((
                if evidence.is_empty() { "text" } else { "evidence" },
                "this passage repeats word for word, with the same words around it, elsewhere in the article; no selector can pick one of them".to_owned(),
            ))
        };
        let selectors = if spans.len() == 1 {
            vec![pick(passage)?]
        } else {
            spans.into_iter().map(pick).collect::<Result<_, _>>()?
        };
        Ok(Placed { selectors })
    }

    /// The one place of the `evidence` cell's passage.
    fn passage(&self, evidence: &str) -> Result<Span, Miss> {
        match self.spans(evidence).as_slice() {
            [one] => Ok(*one),
            [] => Err((
                "evidence",
                "this passage does not occur in the article; copy it exactly as the article writes it".to_owned(),
            )),
            many => Err((
                "evidence",
                format!(
                    "this passage occurs {} times in the article; make it longer, so that it occurs once",
                    many.len()
                ),
            )),
        }
    }

    /// Each segment's words within the passage, in order.
    fn within(&self, passage: Span, segments: &[&str]) -> Result<Vec<Span>, Miss> {
        let mut from = passage.start;
        let mut spans = Vec::with_capacity(segments.len());
        for (k, words) in segments.iter().enumerate() {
            let found = self.text[from..passage.end]
                .find(words)
                .map(|at| Span::new(from + at, from + at + words.len()))
                .ok_or_else(|| {
                    (
                        "text",
                        format!(
                            "{} not occur in the passage of the evidence cell{}",
                            if segments.len() > 1 {
                                format!("segment {} does", k + 1)
                            } else {
                                "these words do".to_owned()
                            },
                            if k > 0 {
                                " after the segment before it"
                            } else {
                                ""
                            }
                        ),
                    )
                })?;
            from = found.end;
            spans.push(found);
        }
        Ok(spans)
    }

    /// A verbatim statement's segments inside the article's quotation marks: the first must
    /// stand there once; each next one is the first after the one before.
    fn quoted_words(&self, segments: &[&str]) -> Result<(Span, Vec<Span>), Miss> {
        let mut spans: Vec<Span> = Vec::with_capacity(segments.len());
        for (k, words) in segments.iter().enumerate() {
            let all = self.spans(words);
            let after = spans.last().map_or(0, |s| s.end);
            let quoted: Vec<Span> = all
                .iter()
                .copied()
                .filter(|&s| s.start >= after && self.is_quoted(s))
                .collect();
            let segment = if segments.len() > 1 {
                format!("segment {}: ", k + 1)
            } else {
                String::new()
            };
            match (quoted.as_slice(), k) {
                ([first, ..], 1..) | ([first], 0) => spans.push(*first),
                ([], _) if all.is_empty() => {
                    return Err((
                        "text",
                        format!(
                            "{segment}these words do not occur in the article; a verbatim statement is copied exactly from its quotation marks"
                        ),
                    ));
                }
                ([], _) => {
                    return Err((
                        "text",
                        format!(
                            "{segment}these words occur in the article, but not inside its quotation marks{}; a statement in the article's own words is \"reported\"",
                            if k > 0 {
                                " after the segment before"
                            } else {
                                ""
                            }
                        ),
                    ));
                }
                (many, _) => {
                    return Err((
                        "text",
                        format!(
                            "{segment}these words stand in {} places of the article's quotation marks; give the passage you mean in the evidence cell, long enough to occur once",
                            many.len()
                        ),
                    ));
                }
            }
        }
        let passage = Span::new(spans[0].start, spans[spans.len() - 1].end);
        Ok((passage, spans))
    }

    /// A reported statement's words, as written, then without a final full stop, then with
    /// the first letter in the other case (a sheet's sentence, the article's clause).
    fn reported(&self, words: &str) -> Result<Span, Miss> {
        let mut tries = vec![words.to_owned()];
        if let Some(bare) = words.strip_suffix('.') {
            tries.push(bare.to_owned());
        }
        for k in 0..tries.len() {
            let mut chars = tries[k].chars();
            if let Some(first) = chars.next() {
                let other: String = if first.is_uppercase() {
                    first.to_lowercase().collect()
                } else {
                    first.to_uppercase().collect()
                };
                if other != first.to_string() {
                    tries.push(other + chars.as_str());
                }
            }
        }
        for attempt in &tries {
            match self.spans(attempt).as_slice() {
                [] => {}
                [one] => return Ok(*one),
                many => {
                    return Err((
                        "text",
                        format!(
                            "these words occur {} times in the article; give the passage you mean in the evidence cell, long enough to occur once",
                            many.len()
                        ),
                    ));
                }
            }
        }
        Err((
            "text",
            "these words do not occur in the article; when a reported statement is put in other words than the article's, copy the article's passage into the evidence cell".to_owned(),
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: &str = "Title\n\nThe mayor said the bridge “will open in May”, and “not before”. She said the bridge would cost more. “Not before,” a clerk said.";

    fn exacts(placed: &Placed) -> Vec<&str> {
        placed.selectors.iter().map(|s| s.exact.as_str()).collect()
    }

    #[test]
    fn verbatim_words_are_found_inside_quotation_marks() {
        let article = Article::new(TEXT);
        let placed = article
            .place(QuoteKind::Verbatim, &["will open in May"], "")
            .unwrap();
        assert_eq!(exacts(&placed), ["will open in May"]);
        let split = article
            .place(QuoteKind::Verbatim, &["will open in May", "not before"], "")
            .unwrap();
        assert_eq!(exacts(&split), ["will open in May", "not before"]);
        // Outside quotation marks, the same words are no quote.
        let (cell, message) = article
            .place(QuoteKind::Verbatim, &["the bridge would cost more"], "")
            .err()
            .unwrap();
        assert_eq!(cell, "text");
        assert!(
            message.contains("not inside its quotation marks"),
            "{message}"
        );
    }

    #[test]
    fn reported_words_may_differ_by_a_full_stop_and_a_capital() {
        let article = Article::new(TEXT);
        let placed = article
            .place(QuoteKind::Paraphrase, &["The bridge would cost more."], "")
            .unwrap();
        assert_eq!(exacts(&placed), ["the bridge would cost more."]);
        let given = article
            .place(
                QuoteKind::Paraphrase,
                &["The bridge will be dearer."],
                "She said the bridge would cost more",
            )
            .unwrap();
        assert_eq!(exacts(&given), ["She said the bridge would cost more"]);
    }

    #[test]
    fn words_in_two_places_are_not_guessed() {
        let article = Article::new(TEXT);
        let (cell, message) = article
            .place(QuoteKind::Paraphrase, &["the bridge"], "")
            .err()
            .unwrap();
        assert_eq!(cell, "text");
        assert!(message.contains("occur 2 times"), "{message}");
        // The evidence cell says which, and the selector gets the context it needs.
        let placed = article
            .place(
                QuoteKind::Verbatim,
                &["Not before"],
                "“Not before,” a clerk",
            )
            .unwrap();
        assert_eq!(exacts(&placed), ["“Not before,” a clerk"]);
        let (cell, message) = article
            .place(QuoteKind::Verbatim, &["May"], "the bridge")
            .err()
            .unwrap();
        assert_eq!(cell, "evidence");
        assert!(message.contains("occurs 2 times"), "{message}");
    }
}
