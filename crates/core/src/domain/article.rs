//! The article as the article view draws it: paragraphs cut into segments, each segment either
//! plain text or the passage of some piece of evidence (the innermost one, where passages nest).

use super::ids::{EventId, QuoteId, RelationId};
use super::model::{Dataset, EvidenceRef, Span};
use super::selection::Selection;

/// A run of the article's text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Segment {
    /// Where it is in the text.
    pub span: Span,
    /// The evidence whose passage this is, if any.
    pub evidence: Option<EvidenceRef>,
}

/// A passage of the article written as a W3C `TextQuoteSelector`, to find it in another copy
/// of the article (a host page's own): its words, and up to [`CONTEXT`] characters before and
/// after it within its paragraph.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TextQuote {
    /// The passage's words.
    pub exact: String,
    /// What comes before it in its paragraph.
    pub prefix: String,
    /// What comes after it in its paragraph.
    pub suffix: String,
}

/// Characters of context a [`TextQuote`] carries on either side.
pub const CONTEXT: usize = 32;

/// The selector of the passage at `span`.
pub fn text_quote(data: &Dataset, span: Span) -> TextQuote {
    let text = &data.story.text;
    let paragraph = data
        .story
        .paragraphs()
        .into_iter()
        .find(|p| p.start <= span.start && span.end <= p.end)
        .unwrap_or(span);
    let before = &text[paragraph.start..span.start];
    let after = &text[span.end..paragraph.end];
    let prefix_start = before
        .char_indices()
        .rev()
        .nth(CONTEXT - 1)
        .map_or(0, |(at, _)| at);
    let suffix_end = after
        .char_indices()
        .nth(CONTEXT)
        .map_or(after.len(), |(at, _)| at);
    TextQuote {
        exact: data.story.slice(span).to_owned(),
        prefix: before[prefix_start..].to_owned(),
        suffix: after[..suffix_end].to_owned(),
    }
}

/// The article's paragraphs, each cut into segments that together cover it exactly.
///
/// Each passage is filed under the paragraphs it overlaps (found by bisection), so the work
/// grows with the passages of each paragraph, not with paragraphs times passages: a story of
/// 5,000 actors has 100,000 passages.
pub fn segments(data: &Dataset) -> Vec<Vec<Segment>> {
    let passages: Vec<(Span, EvidenceRef)> = data
        .events
        .iter()
        .enumerate()
        .map(|(at, e)| (e.evidence, EvidenceRef::Event(EventId::new(at))))
        .chain(
            data.quotes
                .iter()
                .enumerate()
                .map(|(at, q)| (q.evidence, EvidenceRef::Quote(QuoteId::new(at)))),
        )
        .collect();
    let paragraphs = data.story.paragraphs();
    let mut filed: Vec<Vec<usize>> = vec![Vec::new(); paragraphs.len()];
    for (i, (span, _)) in passages.iter().enumerate() {
        let first = paragraphs.partition_point(|p| p.end <= span.start);
        for (k, paragraph) in paragraphs.iter().enumerate().skip(first) {
            if paragraph.start >= span.end.max(span.start + 1) {
                break;
            }
            filed[k].push(i);
        }
    }
    paragraphs
        .into_iter()
        .zip(filed)
        .map(|(paragraph, mine)| {
            let mut cuts: Vec<usize> = vec![paragraph.start, paragraph.end];
            for &i in &mine {
                let span = passages[i].0;
                for at in [span.start, span.end] {
                    if paragraph.start < at && at < paragraph.end {
                        cuts.push(at);
                    }
                }
            }
            let mut cuts: Vec<usize> = super::order::order_by(cuts.len(), &|i| cuts[i] as f64)
                .into_iter()
                .map(|i| cuts[i])
                .collect();
            cuts.dedup();
            cuts.windows(2)
                .map(|w| {
                    let span = Span::new(w[0], w[1]);
                    // The innermost passage covering this run; statements win ties with events.
                    let evidence = mine
                        .iter()
                        .map(|&i| passages[i])
                        .filter(|(p, _)| p.contains(span))
                        .min_by_key(|(p, e)| (p.end - p.start, matches!(e, EvidenceRef::Event(_))))
                        .map(|(_, e)| e);
                    Segment { span, evidence }
                })
                .collect()
        })
        .collect()
}

/// What activating a piece of evidence in the article selects: a statement selects itself;
/// an event selects the first relation it supports, else the actor who acted, else nothing.
/// Each event's first relation is found once for the whole article, in one pass over the
/// relations rather than one per marked passage.
pub struct Targets(Vec<Option<RelationId>>);

impl Targets {
    /// The first relation each event supports.
    pub fn new(data: &Dataset) -> Self {
        let mut first = vec![None; data.events.len()];
        for r in data.relation_ids() {
            for evidence in &data.relation(r).evidence {
                if let EvidenceRef::Event(e) = evidence {
                    first[e.index()].get_or_insert(r);
                }
            }
        }
        Self(first)
    }

    /// What activating `evidence` selects.
    pub fn selection(&self, data: &Dataset, evidence: EvidenceRef) -> Selection {
        match evidence {
            EvidenceRef::Quote(q) => Selection::Quote(q),
            EvidenceRef::Event(e) => self.0[e.index()]
                .map(Selection::Relation)
                .or_else(|| data.event(e).source.map(Selection::Actor))
                .unwrap_or(Selection::Nothing),
        }
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_passage_is_written_with_its_context_in_its_paragraph() {
        let data = builtin().unwrap();
        let text = &data.story.text;
        let exact = "Turkey acts as a mediator in the conflict.";
        let start = text.find(exact).unwrap();
        let quote = text_quote(&data, Span::new(start, start + exact.len()));
        assert_eq!(quote.exact, exact);
        assert_eq!(quote.prefix.chars().count(), CONTEXT);
        assert!(text[..start].ends_with(&quote.prefix));
        assert!(text[start + exact.len()..].starts_with(&quote.suffix));
        assert_eq!(quote.suffix.chars().count(), CONTEXT);
        // At a paragraph's start the context stops there, not in the paragraph before.
        let first = data.story.paragraphs()[1];
        let opening = data.sentence_around(Span::new(first.start, first.start + 1));
        assert_eq!(text_quote(&data, opening).prefix, "");
    }

    use super::*;
    use crate::domain::builtin::builtin;

    #[test]
    fn segments_cover_every_paragraph_exactly() {
        let data = builtin().unwrap();
        let paragraphs = data.story.paragraphs();
        let cut = segments(&data);
        assert_eq!(cut.len(), paragraphs.len());
        for (paragraph, pieces) in paragraphs.iter().zip(&cut) {
            assert_eq!(pieces.first().unwrap().span.start, paragraph.start);
            assert_eq!(pieces.last().unwrap().span.end, paragraph.end);
            assert!(pieces.windows(2).all(|w| w[0].span.end == w[1].span.start));
        }
    }

    #[test]
    fn every_statement_has_a_segment_and_inner_passages_win() {
        let data = builtin().unwrap();
        let all: Vec<Segment> = segments(&data).into_iter().flatten().collect();
        for q in 0..data.quotes.len() {
            let id = EvidenceRef::Quote(QuoteId::new(q));
            assert!(
                all.iter().any(|s| s.evidence == Some(id)),
                "statement {q} has no mark"
            );
        }
        // "still a long way to go" sits inside the Kremlin event's sentence: the quote wins.
        let long_way = data.quote_by_key("q-kremlin-long-way").unwrap();
        let span = data.quote(long_way).evidence;
        assert!(
            all.iter()
                .filter(|s| span.contains(s.span))
                .all(|s| s.evidence == Some(EvidenceRef::Quote(long_way)))
        );
        // The title is plain text.
        assert_eq!(all[0].evidence, None);
    }

    #[test]
    fn events_select_the_relation_they_support() {
        let data = builtin().unwrap();
        let arms = data
            .events
            .iter()
            .position(|e| e.key == "e-us-arms")
            .unwrap();
        let targets = Targets::new(&data);
        assert_eq!(
            targets.selection(&data, EvidenceRef::Event(EventId::new(arms))),
            Selection::Relation(data.relation_by_key("r-us-arms").unwrap())
        );
        let deaths = data
            .events
            .iter()
            .position(|e| e.key == "e-civilian-deaths")
            .unwrap();
        assert_eq!(
            targets.selection(&data, EvidenceRef::Event(EventId::new(deaths))),
            Selection::Nothing
        );
    }
}
