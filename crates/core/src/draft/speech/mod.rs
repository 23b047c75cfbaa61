//! The statements of one sentence: quoted passages with the attribution beside them (“…,”
//! said X / X said: “…” / «…», — сказав X), split quotes and quotations continued in the
//! next sentence, reported speech after a speech verb ("X said (that) …", "accused … of",
//! "urged … to") or "according to X", one statement per clause. Reported speech is never
//! verbatim; a quotation inside it stays inside it unless it makes up most of the clause.
//!
//! This file reads the quotations and their attributions; [`reported`] the reported speech;
//! [`subject`] who a noun phrase beside a verb is.

mod reported;
mod subject;

use crate::domain::{QuoteKind, Span};

use super::entities::Entities;
use super::lexicon::{self, Lang};
use super::people;
use super::tokens::{Token, TokenKind};

/// How far back from a verb a subject is looked for, in tokens. A subject longer than six
/// tokens is only ever resolved by the name or pronoun at its end, so 16 changes no answer
/// but a name of 16 capitalised words; without a bound, a sentence of 200,000 words ("said
/// said said …", one line of 1 MB) would look back over the whole sentence from every verb.
const SUBJECT_REACH: usize = 16;

/// A statement found in the text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Found {
    /// The entity that speaks.
    pub speaker: usize,
    /// The words the sentence uses for the speaker.
    pub mention: String,
    /// Verbatim or reported.
    pub kind: QuoteKind,
    /// The words (verbatim) or the reported clause, each as a span of the text.
    pub segments: Vec<Span>,
}

/// A quoted passage in the sentence, by token index.
#[derive(Clone, Copy, Debug)]
struct Passage {
    /// The passage's span, marks excluded.
    span: Span,
    /// Its first and last token inside the marks.
    first: usize,
    last: usize,
    /// Whether a closing mark ends it (not the end of the paragraph).
    closed: bool,
}

/// Reads one sentence after another.
pub struct Reader<'a> {
    text: &'a str,
    lang: Lang,
    /// The statement that ended with its attribution in the previous sentence, to which a
    /// sentence of nothing but a quotation adds a segment: (index in `found`, sentence).
    last_direct: Option<(usize, usize)>,
}

#[derive(Clone)]
struct Speaker {
    entity: usize,
    mention: String,
}

impl<'a> Reader<'a> {
    /// A reader of `text` in `lang`.
    pub fn new(text: &'a str, lang: Lang) -> Self {
        Self {
            text,
            lang,
            last_direct: None,
        }
    }

    /// Adds the statements of sentence number `sentence` (its tokens and the quoted
    /// passages of the whole text, with whether each was closed) to `found`.
    pub fn sentence(
        &mut self,
        sentence: usize,
        first_of_paragraph: bool,
        tokens: &[Token],
        passages: &[(Span, bool)],
        entities: &mut Entities,
        found: &mut Vec<Found>,
    ) {
        let quotes = sentence_passages(tokens, passages);
        let mut used = vec![false; tokens.len()];
        let mut consumed = vec![false; quotes.len()];
        let before = found.len();
        let mut pending: Option<Span> = None;
        let frame_words = tokens.iter().filter(|t| t.is_frame_word()).count();
        let continued = self
            .last_direct
            .filter(|&(_, s)| s + 1 == sentence && !first_of_paragraph);
        self.last_direct = None;
        if frame_words == 0 && quotes.len() == 1 && quotes[0].closed {
            if let Some((at, _)) = continued {
                found[at]
                    .segments
                    .push(trim_words(self.text, quotes[0].span));
                self.last_direct = Some((at, sentence));
            }
            return;
        }
        for q in 0..quotes.len() {
            if consumed[q] || !quotes[q].closed {
                continue;
            }
            let next_open = quotes
                .get(q + 1)
                .map_or(tokens.len(), |n| n.first.saturating_sub(1));
            if let Some((speaker, verb, end)) =
                self.attribution_after(tokens, &quotes[q], next_open, entities)
            {
                used[verb] = true;
                let mut segments = vec![trim_words(self.text, quotes[q].span)];
                // “…,” she said, “…”: the quotation goes on after its attribution.
                let open_next = quotes.get(q + 1).map_or(0, |n| n.first.saturating_sub(1));
                if let Some(next) = quotes.get(q + 1)
                    && next.closed
                    && open_next >= end
                    && open_next - end <= 12
                    && (tokens[open_next - 1].kind == TokenKind::Pause
                        // «…, — сказав X. — …»: the dash opens the rest (see `passages`).
                        || matches!(tokens[open_next].lower.as_str(), "—" | "–"))
                    && !(end..open_next).any(|k| {
                        tokens[k].quote.is_none()
                            && lexicon::speech_verb(self.lang, &tokens[k].lower).is_some()
                    })
                {
                    segments.push(trim_words(self.text, next.span));
                    consumed[q + 1] = true;
                }
                found.push(Found {
                    speaker: speaker.entity,
                    mention: speaker.mention,
                    kind: QuoteKind::Verbatim,
                    segments,
                });
                if quotes.len() == q + 1
                    || consumed.get(q + 1) == Some(&true) && quotes.len() == q + 2
                {
                    pending = found.last().map(|f| f.segments[0]);
                }
                consumed[q] = true;
                continue;
            }
            let previous_close = if q == 0 { 0 } else { quotes[q - 1].last + 2 };
            if let Some((speaker, verb)) =
                self.attribution_before(tokens, &quotes[q], previous_close, entities)
            {
                used[verb] = true;
                found.push(Found {
                    speaker: speaker.entity,
                    mention: speaker.mention,
                    kind: QuoteKind::Verbatim,
                    segments: vec![trim_words(self.text, quotes[q].span)],
                });
                consumed[q] = true;
            }
        }
        self.reported(tokens, &quotes, &mut used, &consumed, entities, found);
        // One statement per place: a later one that overlaps an earlier one goes. The kept
        // passages never overlap, so only the neighbours of a new one need a look (a 1 MB
        // line of Chinese is one sentence of some 25,000 quotations).
        let mut places: std::collections::BTreeMap<usize, usize> =
            std::collections::BTreeMap::new();
        let mut kept: Vec<Found> = Vec::new();
        for statement in found.drain(before..) {
            let (start, end) = (
                statement.segments[0].start,
                statement.segments[statement.segments.len() - 1].end,
            );
            let clash = places
                .range(..=start)
                .next_back()
                .is_some_and(|(_, &e)| e > start)
                || places.range(start..).next().is_some_and(|(&s, _)| s < end);
            if !clash && statement.segments.iter().all(|s| s.start < s.end) {
                places.insert(start, end);
                kept.push(statement);
            }
        }
        self.last_direct = pending
            .and_then(|first| kept.iter().position(|k| k.segments[0] == first))
            .map(|p| (before + p, sentence));
        found.extend(kept);
    }

    /// “…,” said X / “…,” X said / «…», — сказав X / «…», a-t-il dit / »…«, so Brandl.
    fn attribution_after(
        &self,
        tokens: &[Token],
        quote: &Passage,
        limit: usize,
        entities: &mut Entities,
    ) -> Option<(Speaker, usize, usize)> {
        let close = quote.last + 1;
        let inner_ends = matches!(
            tokens[quote.last].lower.as_str(),
            "," | "." | "!" | "?" | "…" | ":" | ";"
        );
        let mut i = close + 1;
        let mut paused = false;
        while i < limit && tokens[i].kind == TokenKind::Pause {
            paused = true;
            i += 1;
        }
        if !(inner_ends || paused) {
            return None;
        }
        let start = i;
        let mut words = 0;
        let mut j = start;
        while j < limit && words < 5 && tokens[j].is_frame_word() {
            let word = tokens[j].lower.as_str();
            let verb = lexicon::speech_verb(self.lang, word).is_some()
                && !(word == "savoir" && j > 0 && tokens[j - 1].lower != "fait");
            if verb || (j == start && lexicon::quote_tag(self.lang, word)) {
                let speaker = if j > start && inverted_pronoun(&tokens[j - 1].lower).is_some() {
                    entities
                        .last_person(tokens[j - 1].span.start)
                        .map(|entity| Speaker {
                            entity,
                            mention: entities.list[entity].name.clone(),
                        })
                } else if (start..j)
                    .all(|k| lexicon::between_subject_and_verb(self.lang, &tokens[k].lower))
                {
                    self.np_after(tokens, j, limit, entities)
                } else {
                    let mut end = j;
                    while end > start
                        && lexicon::between_subject_and_verb(self.lang, &tokens[end - 1].lower)
                    {
                        end -= 1;
                    }
                    self.resolve(tokens, start, end, entities)
                };
                let speaker = speaker?;
                let mut end = j + 1;
                while end < limit && tokens[end].is_frame_word() {
                    end += 1;
                }
                return Some((speaker, j, end));
            }
            words += 1;
            j += 1;
        }
        // “…,” Tom Reddick, the managing director of Portmere Ferries, told reporters.
        if j > start && j < limit && tokens[j].lower == "," && (start..j).all(|k| tokens[k].capital)
        {
            let mut close = j + 1;
            while close < limit && close - j <= INSERTED_REACH && tokens[close].is_frame_word() {
                close += 1;
            }
            let mut verb = close + 1;
            while verb < limit
                && tokens[verb].is_frame_word()
                && lexicon::between_subject_and_verb(self.lang, &tokens[verb].lower)
            {
                verb += 1;
            }
            if close > j + 1
                && close < limit
                && tokens[close].lower == ","
                && verb < limit
                && tokens[verb].is_frame_word()
                && lexicon::speech_verb(self.lang, &tokens[verb].lower).is_some()
            {
                let speaker = self.resolve(tokens, start, j, entities)?;
                let mut end = verb + 1;
                while end < limit && tokens[end].is_frame_word() {
                    end += 1;
                }
                return Some((speaker, verb, end));
            }
        }
        None
    }

    /// X said: “…” / X sagte: „…“.
    fn attribution_before(
        &self,
        tokens: &[Token],
        quote: &Passage,
        floor: usize,
        entities: &mut Entities,
    ) -> Option<(Speaker, usize)> {
        let open = quote.first.checked_sub(1)?;
        let pause = open.checked_sub(1)?;
        if pause < floor || !matches!(tokens[pause].lower.as_str(), ":" | ",") {
            return None;
        }
        let verb = (pause.saturating_sub(3).max(floor)..pause)
            .rev()
            .find(|&k| {
                tokens[k].is_frame_word()
                    && lexicon::speech_verb(self.lang, &tokens[k].lower).is_some()
            })?;
        let speaker = self
            .np_before(tokens, verb, floor, entities)
            .map(|(speaker, _)| speaker)
            .or_else(|| self.np_after(tokens, verb, pause, entities))?;
        Some((speaker, verb))
    }
}

/// The quoted passages a sentence's tokens stand in, in order.
fn sentence_passages(tokens: &[Token], passages: &[(Span, bool)]) -> Vec<Passage> {
    let mut out: Vec<Passage> = Vec::new();
    for (i, token) in tokens.iter().enumerate() {
        let Some(p) = token.quote else { continue };
        match out.last_mut() {
            Some(last) if last.span == passages[p].0 => last.last = i,
            _ => out.push(Passage {
                span: passages[p].0,
                first: i,
                last: i,
                closed: passages[p].1,
            }),
        }
    }
    out
}

/// The longest apposition or relative clause put between a subject and its verb, in words:
/// "the managing director of Portmere Ferries" has six.
const INSERTED_REACH: usize = 12;

/// "a-t-il", "a-t-elle", "dit-il": French puts the pronoun after the verb.
fn inverted_pronoun(word: &str) -> Option<&'static str> {
    ["-t-il", "-t-elle", "-il", "-elle"]
        .into_iter()
        .find(|ending| word.ends_with(ending))
        .map(|ending| ending.trim_start_matches("-t").trim_start_matches('-'))
}

fn is_title_like(token: &Token) -> bool {
    people::is_title(token)
}

fn first_word(tokens: &[Token]) -> usize {
    tokens
        .iter()
        .position(|t| t.kind == TokenKind::Word)
        .unwrap_or(0)
}

/// The words of a quotation without the spaces and the comma or colon before its closing
/// mark: “We will not go back,” gives "We will not go back".
pub fn trim_words(text: &str, span: Span) -> Span {
    let inner = &text[span.range()];
    let start = span.start + (inner.len() - inner.trim_start().len());
    let trimmed = inner
        .trim_end()
        .trim_end_matches([',', ';', ':', '—', '–'])
        .trim_end();
    let end = span.start + trimmed.len();
    if start < end {
        Span::new(start, end)
    } else {
        span
    }
}
