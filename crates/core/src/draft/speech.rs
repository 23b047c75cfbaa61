//! The statements of one sentence: quoted passages with the attribution beside them (“…,”
//! said X / X said: “…” / «…», — сказав X), split quotes and quotations continued in the
//! next sentence, reported speech after a speech verb ("X said (that) …", "accused … of",
//! "urged … to") or "according to X", one statement per clause. Reported speech is never
//! verbatim; a quotation inside it stays inside it unless it makes up most of the clause.

use crate::domain::{QuoteKind, Span};

use super::entities::{Entities, is_role_noun};
use super::lexicon::{self, Frame, Lang};
use super::people::{self, phrase, split_run};
use super::places;
use super::tokens::{Token, TokenKind};

/// A quotation inside reported speech that makes up at least this share of the clause's
/// words is the statement itself (“still a long way to go”); below it, a scare quote stays
/// inside the report (“hysteria”). 0.4 puts “dragging on” (2 of 4 words) with the first and
/// “deeply worried” (2 of 9) with the second.
const QUOTED_SHARE: f64 = 0.4;

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

    /// Reported speech: after a speech verb, or "according to X".
    fn reported(
        &self,
        tokens: &[Token],
        quotes: &[Passage],
        used: &mut [bool],
        consumed: &[bool],
        entities: &mut Entities,
        found: &mut Vec<Found>,
    ) {
        let verbs: Vec<usize> = (0..tokens.len())
            .filter(|&v| !used[v] && self.is_reporting_verb(tokens, v))
            .collect();
        let according = self.according(tokens);
        // Where each verb's subject starts, so that a clause ends before the next report.
        let mut subject_starts: Vec<usize> = verbs
            .iter()
            .map(|&v| self.subject_start(tokens, v))
            .collect();
        subject_starts.extend(according.iter().map(|&(at, _)| at.saturating_sub(1)));
        subject_starts.sort_unstable();
        // The speaker of the last report, for a second verb of the same subject ("said …
        // but insisted that …").
        let mut last: Option<Speaker> = None;
        // A report before its attribution starts after the last report (or at the first
        // word), so that each stretch of a long sentence is read once.
        let mut floor = first_word(tokens);
        let last_word = tokens.iter().rposition(|t| t.kind == TokenKind::Word);
        for &v in &verbs {
            let Some(frame) = lexicon::speech_verb(self.lang, &tokens[v].lower) else {
                continue;
            };
            let subject = self.np_before(tokens, v, 0, entities);
            // "The bridge will shut, the council announced on Thursday." / "Die Klinik
            // schließt, sagte Baumann.": the report stands before its attribution.
            let closing = Closing { floor, last_word };
            let before = match &subject {
                Some((speaker, at)) => self
                    .inverted_before(tokens, v, *at, closing)
                    .map(|end| (speaker.clone(), end)),
                None => self.inverted_after(tokens, v, closing, entities),
            };
            if let Some((speaker, end)) = before {
                used[v] = true;
                self.report(tokens, quotes, consumed, floor, end, speaker.clone(), found);
                last = Some(speaker);
                floor = v + 1;
                continue;
            }
            let Some(start) = self.content_start(tokens, v, frame) else {
                continue;
            };
            let with_that =
                start > v + 1 && lexicon::complementizer(self.lang, &tokens[start - 1].lower);
            let speaker = match subject {
                Some((speaker, _)) => speaker,
                None if with_that && self.follows_conjunction(tokens, v) => {
                    let Some(speaker) = last.clone() else {
                        continue;
                    };
                    speaker
                }
                None => continue,
            };
            last = Some(speaker.clone());
            let next = subject_starts.partition_point(|&s| s <= start);
            let end = subject_starts
                .get(next)
                .copied()
                .unwrap_or(tokens.len())
                .min(tokens.len());
            used[v] = true;
            self.report(tokens, quotes, consumed, start, end, speaker, found);
            floor = floor.max(end);
        }
        for &(marker, after) in &according {
            let (speaker, start, end) = if marker == first_word(tokens) {
                let Some((speaker, np_end)) = self.np_source(tokens, after, entities) else {
                    continue;
                };
                let mut start = np_end;
                while start < tokens.len() && tokens[start].kind == TokenKind::Pause {
                    start += 1;
                }
                (speaker, start, tokens.len())
            } else if marker > 0 && tokens[marker - 1].kind == TokenKind::Pause {
                let Some((speaker, _)) = self.np_source(tokens, after, entities) else {
                    continue;
                };
                (speaker, first_word(tokens), marker - 1)
            } else {
                continue;
            };
            self.report(tokens, quotes, consumed, start, end, speaker, found);
        }
    }

    /// Records the clause `start..end` as reported speech, or its quotations as verbatim
    /// statements when they make up most of it.
    #[allow(clippy::too_many_arguments)]
    fn report(
        &self,
        tokens: &[Token],
        quotes: &[Passage],
        consumed: &[bool],
        start: usize,
        end: usize,
        speaker: Speaker,
        found: &mut Vec<Found>,
    ) {
        let end = trim_clause_end(tokens, start, end, quotes);
        if end <= start {
            return;
        }
        let words = (start..end)
            .filter(|&i| tokens[i].kind == TokenKind::Word)
            .count();
        if words < 2 {
            return;
        }
        // The passages are in text order: those inside start at the first one at `start`.
        let from = quotes.partition_point(|q| q.first < start);
        let inside: Vec<(usize, &Passage)> = quotes[from..]
            .iter()
            .enumerate()
            .take_while(|(_, q)| q.last < end)
            .map(|(k, q)| (from + k, q))
            .collect();
        if inside.iter().any(|&(k, _)| consumed[k]) {
            return;
        }
        let quoted = inside
            .iter()
            .map(|(_, q)| {
                (q.first..=q.last)
                    .filter(|&i| tokens[i].kind == TokenKind::Word)
                    .count()
            })
            .sum::<usize>();
        if !inside.is_empty() && quoted as f64 >= QUOTED_SHARE * words as f64 {
            for (_, q) in inside.iter().filter(|(_, q)| q.closed) {
                found.push(Found {
                    speaker: speaker.entity,
                    mention: speaker.mention.clone(),
                    kind: QuoteKind::Verbatim,
                    segments: vec![trim_words(self.text, q.span)],
                });
            }
            return;
        }
        found.push(Found {
            speaker: speaker.entity,
            mention: speaker.mention,
            kind: QuoteKind::Paraphrase,
            segments: vec![Span::new(
                tokens[start].span.start,
                tokens[end - 1].span.end,
            )],
        });
    }

    /// "Portmere’s bridge will shut from Monday, the council announced on Thursday[, leaving
    /// …]": when the subject of the verb at `v` (starting at `subject`) follows a comma and
    /// the verb is followed by nothing but a time or place, the report is what stands before
    /// the comma. Returns where the report ends.
    fn inverted_before(
        &self,
        tokens: &[Token],
        v: usize,
        subject: usize,
        closing: Closing,
    ) -> Option<usize> {
        let comma = subject.checked_sub(1)?;
        if tokens[comma].lower != "," {
            return None;
        }
        let mut k = v + 1;
        if tokens.get(k).is_some_and(Token::is_frame_word) {
            if !lexicon::place_or_time(&tokens[k].lower) {
                return None;
            }
            let from = k;
            while k < tokens.len() && tokens[k].is_frame_word() && k - from < 5 {
                k += 1;
            }
            if (from..k).any(|i| lexicon::complementizer(self.lang, &tokens[i].lower)) {
                return None;
            }
        }
        // Then the sentence ends, or goes on with a participle (", leaving two ferries").
        let ends = closing.last_word.is_none_or(|w| w < k);
        let participle = self.lang == Lang::En
            && tokens.get(k).is_some_and(|t| t.lower == ",")
            && tokens
                .get(k + 1)
                .is_some_and(|t| t.is_frame_word() && t.lower.ends_with("ing"));
        ((ends || participle) && closing.report_before(tokens, comma)).then_some(comma)
    }

    /// "Die Klinik schließt, sagte Baumann am Mittwoch." / "…, zei hij.": a verb right after
    /// a comma or dash, its subject after it, and nothing else to the end of the sentence.
    /// Returns the speaker and where the report before the verb ends.
    fn inverted_after(
        &self,
        tokens: &[Token],
        v: usize,
        closing: Closing,
        entities: &mut Entities,
    ) -> Option<(Speaker, usize)> {
        let mut pause = v.checked_sub(1)?;
        while pause > 0
            && tokens[pause].kind == TokenKind::Pause
            && tokens[pause - 1].kind == TokenKind::Pause
        {
            pause -= 1;
        }
        if tokens[pause].kind != TokenKind::Pause {
            return None;
        }
        let mut end = v + 1;
        while end < tokens.len() && tokens[end].is_frame_word() && end - v <= 10 {
            end += 1;
        }
        if end == v + 1
            || closing.last_word.is_some_and(|w| w >= end)
            || !closing.report_before(tokens, pause)
        {
            return None;
        }
        let speaker = self.np_after(tokens, v, end, entities)?;
        Some((speaker, pause))
    }

    /// Whether a verb that follows a coordinating word ("but insisted that", "und forderte,
    /// dass") shares the subject of the verb before it.
    fn follows_conjunction(&self, tokens: &[Token], v: usize) -> bool {
        let mut k = v;
        while k > 0
            && tokens[k - 1].is_frame_word()
            && lexicon::between_subject_and_verb(self.lang, &tokens[k - 1].lower)
        {
            k -= 1;
        }
        k > 0 && tokens[k - 1].is_frame_word() && lexicon::conjunction(&tokens[k - 1].lower)
    }

    fn is_reporting_verb(&self, tokens: &[Token], v: usize) -> bool {
        let token = &tokens[v];
        if !token.is_frame_word() || lexicon::speech_verb(self.lang, &token.lower).is_none() {
            return false;
        }
        let previous = v.checked_sub(1).map(|p| tokens[p].lower.as_str());
        if previous.is_some_and(|p| lexicon::passive(self.lang, p)) {
            return false;
        }
        match (self.lang, token.lower.as_str()) {
            (Lang::Fr, "savoir") => previous == Some("fait"),
            // "the reports", "phone calls": nouns, not verbs.
            (Lang::En, "reports" | "claims" | "states" | "promised" | "denies" | "called") => {
                !previous.is_some_and(|p| lexicon::determiner(p) || p == "so")
            }
            _ => true,
        }
    }

    /// Where the reported clause begins: after "that" (or its equivalent) when it comes
    /// soon, in German after the comma, else right after the verb.
    fn content_start(&self, tokens: &[Token], v: usize, frame: Frame) -> Option<usize> {
        let next = tokens.get(v + 1)?;
        let prepositional = matches!(
            next.lower.as_str(),
            "after"
                | "on"
                | "in"
                | "at"
                | "during"
                | "among"
                | "before"
                | "following"
                | "nach"
                | "après"
                | "tras"
                | "na"
                | "після"
                | "после"
                | "am"
                | "im"
        );
        let window = if prepositional { 16 } else { 6 };
        for k in v + 1..tokens.len().min(v + 1 + window) {
            let token = &tokens[k];
            if token.quote.is_some()
                || (k > v + 1 && lexicon::speech_verb(self.lang, &token.lower).is_some())
            {
                break;
            }
            if token.is_frame_word() && lexicon::complementizer(self.lang, &token.lower) {
                return (k + 1 < tokens.len()).then_some(k + 1);
            }
        }
        if frame == Frame::ThatOnly {
            return None;
        }
        if self.lang == Lang::De {
            for k in v + 1..tokens.len().min(v + 9) {
                if tokens[k].quote.is_some() {
                    break;
                }
                if tokens[k].lower == "," {
                    return (k + 1 < tokens.len()).then_some(k + 1);
                }
            }
        }
        let mut start = v + 1;
        while tokens
            .get(start)
            .is_some_and(|t| t.kind == TokenKind::Pause)
        {
            start += 1;
        }
        (start < tokens.len()).then_some(start)
    }

    /// Where the subject of the verb at `v` begins (for ending an earlier clause there).
    fn subject_start(&self, tokens: &[Token], v: usize) -> usize {
        let mut s = v;
        while s > 0
            && tokens[s - 1].is_frame_word()
            && lexicon::between_subject_and_verb(self.lang, &tokens[s - 1].lower)
        {
            s -= 1;
        }
        let mut from = s;
        while from > 0
            && s - from < SUBJECT_REACH
            && tokens[from - 1].is_frame_word()
            && (tokens[from - 1].capital
                || is_title_like(&tokens[from - 1])
                || lexicon::person_pronoun(self.lang, &tokens[from - 1].lower))
        {
            from -= 1;
        }
        if from < s { from } else { v }
    }

    /// "According to X", "laut X", "selon X", "за його словами": (marker start, first token
    /// after the marker).
    fn according(&self, tokens: &[Token]) -> Vec<(usize, usize)> {
        let mut out = Vec::new();
        for at in 0..tokens.len() {
            for marker in lexicon::according_to(self.lang) {
                let fits = marker.iter().enumerate().all(|(k, word)| {
                    tokens
                        .get(at + k)
                        .is_some_and(|t| t.is_frame_word() && t.lower == *word)
                });
                if fits {
                    out.push((at, at + marker.len()));
                }
                // "за його словами", "по его словам": a possessive between the two words.
                if marker.len() == 2
                    && matches!(self.lang, Lang::Uk | Lang::Ru)
                    && tokens.get(at).is_some_and(|t| t.lower == marker[0])
                    && tokens.get(at + 2).is_some_and(|t| t.lower == marker[1])
                    && tokens
                        .get(at + 1)
                        .is_some_and(|t| lexicon::person_pronoun(self.lang, &t.lower))
                {
                    out.push((at, at + 1));
                }
            }
        }
        out.sort_unstable();
        out.dedup_by_key(|m| m.0);
        out
    }

    /// The source after "according to": up to the comma, or (without one) a name, a
    /// determiner and a name, or a pronoun. Returns it and where it ends.
    fn np_source(
        &self,
        tokens: &[Token],
        after: usize,
        entities: &mut Entities,
    ) -> Option<(Speaker, usize)> {
        let first = tokens.get(after)?;
        if first.is_frame_word() && lexicon::person_pronoun(self.lang, &first.lower) {
            let entity = entities.last_person(first.span.start)?;
            let mut end = after + 1;
            if matches!(self.lang, Lang::Uk | Lang::Ru) {
                end += 1; // "за його словами": the noun after the pronoun.
            }
            return Some((
                Speaker {
                    entity,
                    mention: entities.list[entity].name.clone(),
                },
                end,
            ));
        }
        let mut end = after;
        while end < tokens.len() && tokens[end].is_frame_word() && end - after < 7 {
            end += 1;
        }
        let pause_follows = tokens.get(end).is_none_or(|t| t.kind != TokenKind::Word);
        if !pause_follows {
            // "Volgens Wiersma is de dijk …": the source is the name alone, with the
            // determiners and lower-case titles before it ("volgens voorzitter Henk Doorn").
            end = after;
            while end < tokens.len()
                && tokens[end].is_frame_word()
                && (lexicon::determiner(&tokens[end].lower)
                    || (!tokens[end].capital && is_title_like(&tokens[end])))
            {
                end += 1;
            }
            let name_from = end;
            while end < tokens.len() && tokens[end].is_frame_word() && tokens[end].capital {
                end += 1;
            }
            if end == name_from {
                return None;
            }
        }
        let speaker = self.resolve(tokens, after, end, entities)?;
        Some((speaker, end))
    }

    /// The subject before a verb, and where it starts: skips auxiliaries and adverbs, and an
    /// adverbial, apposition or relative clause between commas ("Ukraine, in turn, reports",
    /// "Tom Reddick, the managing director of Portmere Ferries, told").
    fn np_before(
        &self,
        tokens: &[Token],
        v: usize,
        floor: usize,
        entities: &mut Entities,
    ) -> Option<(Speaker, usize)> {
        let mut end = v;
        while end > floor
            && tokens[end - 1].is_frame_word()
            && lexicon::between_subject_and_verb(self.lang, &tokens[end - 1].lower)
        {
            end -= 1;
        }
        // "The hospital’s chief executive, Daniel Hewitt, told": the comma closes an apposition.
        if end > floor + 1 && tokens[end - 1].lower == "," {
            let mut name = end - 1;
            while name > floor
                && end - name < SUBJECT_REACH
                && tokens[name - 1].is_frame_word()
                && tokens[name - 1].capital
            {
                name -= 1;
            }
            if name < end - 1
                && end - 1 - name <= 4
                && (name == floor || tokens[name - 1].kind == TokenKind::Pause)
            {
                end -= 1;
            } else if let Some(open) = inserted_phrase(tokens, floor, end - 1) {
                // "Tom Reddick, the managing director of Portmere Ferries, told", "Vakbond
                // AOb, die de staking organiseerde, eist": the subject stands before it.
                end = open;
            }
        }
        for _ in 0..3 {
            let mut start = end;
            while start > floor && end - start < SUBJECT_REACH && tokens[start - 1].is_frame_word()
            {
                start -= 1;
            }
            if start == end {
                return None;
            }
            let adverbial = end - start <= 4
                && (start..end).all(|k| {
                    let t = &tokens[k];
                    !t.capital
                        && !is_title_like(t)
                        && !lexicon::determiner(&t.lower)
                        && !lexicon::person_pronoun(self.lang, &t.lower)
                        && !lexicon::group_pronoun(self.lang, &t.lower)
                });
            if adverbial && start > floor && tokens[start - 1].kind == TokenKind::Pause {
                end = start - 1;
                continue;
            }
            return self
                .resolve(tokens, start, end, entities)
                .map(|speaker| (speaker, start));
        }
        None
    }

    /// The speaker after a verb: "said Mara Ostrander, who …", "zei dijkgraaf Anne Wiersma
    /// dinsdag", "a lancé la ministre …, Awa Ndiaye,", "aldus de minister", "zei hij".
    fn np_after(
        &self,
        tokens: &[Token],
        v: usize,
        limit: usize,
        entities: &mut Entities,
    ) -> Option<Speaker> {
        let from = v + 1;
        let first = tokens.get(from).filter(|_| from < limit)?;
        if !first.is_frame_word() {
            return None;
        }
        if lexicon::person_pronoun(self.lang, &first.lower) {
            return self.resolve(tokens, from, from + 1, entities);
        }
        let mut end = from;
        while end < limit && tokens[end].is_frame_word() && end - from < 10 {
            end += 1;
        }
        // The first capitalised run, with the titles before it.
        let run = (from..end).find(|&k| tokens[k].capital);
        match run {
            Some(r) => {
                let has_title = (from..r).any(|k| is_title_like(&tokens[k]));
                let mut run_end = r;
                while run_end < end
                    && (tokens[run_end].capital
                        || (lexicon::name_particle(&tokens[run_end].lower)
                            && tokens.get(run_end + 1).is_some_and(|t| t.capital)))
                {
                    run_end += 1;
                }
                // "la ministre sénégalaise de l’Environnement, Awa Ndiaye": the name after the comma.
                if has_title
                    && run_end == end
                    && tokens.get(end).is_some_and(|t| t.lower == ",")
                    && tokens
                        .get(end + 1)
                        .is_some_and(|t| t.is_frame_word() && t.capital)
                {
                    let name_from = end + 1;
                    let mut name_end = name_from;
                    while name_end < tokens.len()
                        && name_end - name_from < SUBJECT_REACH
                        && tokens[name_end].is_frame_word()
                        && tokens[name_end].capital
                    {
                        name_end += 1;
                    }
                    if let Some(found) = self.resolve(tokens, name_from, name_end, entities) {
                        return Some(found);
                    }
                }
                self.resolve(tokens, r, run_end, entities)
                    .or_else(|| self.resolve(tokens, from, run_end, entities))
            }
            None => self.resolve(tokens, from, end.min(from + 4), entities),
        }
    }

    /// Who the noun phrase `start..end` is: a pronoun or role noun pointing back, a person, a
    /// place standing for a state or government, or an institution or group.
    fn resolve(
        &self,
        tokens: &[Token],
        start: usize,
        end: usize,
        entities: &mut Entities,
    ) -> Option<Speaker> {
        if start >= end {
            return None;
        }
        let mut start = start;
        if end - start > 6 {
            // A long stretch: only a name or pronoun at its end can be the subject.
            let mut s = end;
            while s > start && tokens[s - 1].capital {
                s -= 1;
            }
            if s == end {
                let last = &tokens[end - 1];
                if lexicon::person_pronoun(self.lang, &last.lower) {
                    s = end - 1;
                } else {
                    return None;
                }
            }
            start = s;
        }
        // "But Kyiv called that …": a sentence's first word may join it to the one before.
        if end - start > 1 && lexicon::conjunction(&tokens[start].lower) {
            start += 1;
        }
        let at = tokens[start].span.start;
        let text = self.text;
        if end - start == 1 && lexicon::person_pronoun(self.lang, &tokens[start].lower) {
            let entity = entities.last_person(at)?;
            return Some(Speaker {
                entity,
                mention: entities.list[entity].name.clone(),
            });
        }
        let mut content = start;
        while content < end && lexicon::determiner(&tokens[content].lower) {
            content += 1;
        }
        if content == end {
            return None;
        }
        let whole = phrase(text, tokens, start, end);
        let bare = phrase(text, tokens, content, end);
        // "the minister", "la ministra", "міністерка": the last person with that role.
        if end - content == 1 && is_role_noun(&tokens[content].lower) {
            let stem = lexicon::role_stem(&tokens[content].lower)?;
            let entity = entities
                .last_with_role(&stem, at)
                .or_else(|| entities.last_person(at))?;
            return Some(Speaker {
                entity,
                mention: entities.list[entity].name.clone(),
            });
        }
        if let Some(place) = places::place(&bare).or_else(|| places::place(&whole)) {
            let entity = entities.place(&whole, place)?;
            return Some(Speaker {
                entity,
                mention: whole,
            });
        }
        if let Some(person) = self.person_named(tokens, content, end, entities) {
            return Some(person);
        }
        if end - content > 6
            || !(content..end)
                .any(|k| tokens[k].kind == TokenKind::Word && tokens[k].lower.chars().count() > 2)
        {
            return None;
        }
        if (content..end).any(|k| {
            lexicon::person_pronoun(self.lang, &tokens[k].lower)
                || lexicon::group_pronoun(self.lang, &tokens[k].lower)
        }) {
            return None;
        }
        let entity = entities.group(&whole);
        Some(Speaker {
            entity,
            mention: whole,
        })
    }

    /// The person the noun phrase `content..end` (determiners skipped) names: a known person
    /// at its end, or a capitalised run that could be a name (created when it has two words,
    /// a title, or stands alone).
    fn person_named(
        &self,
        tokens: &[Token],
        content: usize,
        end: usize,
        entities: &mut Entities,
    ) -> Option<Speaker> {
        let text = self.text;
        // "Председатель профсоюза Наталья Орлова": a known person at the end of the phrase.
        let mut run = end;
        while run > content
            && (tokens[run - 1].capital || lexicon::name_particle(&tokens[run - 1].lower))
        {
            run -= 1;
        }
        if run > content
            && run < end
            && let Some(parts) = split_run(tokens, run, end)
        {
            let name = phrase(text, tokens, parts.start, parts.end);
            if let Some(entity) = entities.person(&name, None, false) {
                return Some(Speaker {
                    entity,
                    mention: name,
                });
            }
        }
        let all_capital =
            (content..end).all(|k| tokens[k].capital || lexicon::name_particle(&tokens[k].lower));
        if all_capital && let Some(parts) = split_run(tokens, content, end) {
            let name_tokens = &tokens[parts.start..parts.end];
            if people::could_be_person(name_tokens)
                && !name_tokens
                    .iter()
                    .any(|t| super::entities::is_acronym(&text[t.span.range()]))
            {
                let name = phrase(text, tokens, parts.start, parts.end);
                let titled = parts.role_start < parts.start;
                let create = name_tokens.len() >= 2 || titled || end - content == 1;
                if let Some(entity) = entities.person(&name, None, create) {
                    return Some(Speaker {
                        entity,
                        mention: name,
                    });
                }
            }
        }
        None
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

/// Where a report that stands before its attribution may start, and where the sentence's
/// words end.
#[derive(Clone, Copy)]
struct Closing {
    /// After the last report of the sentence, or its first word.
    floor: usize,
    /// The sentence's last word, if any.
    last_word: Option<usize>,
}

impl Closing {
    /// Whether the words from the floor to token `end` can be a report standing before its
    /// attribution: three words at least ("Prices will rise, she said").
    fn report_before(self, tokens: &[Token], end: usize) -> bool {
        (self.floor..end)
            .filter(|&k| tokens[k].kind == TokenKind::Word)
            .take(3)
            .count()
            == 3
    }
}

/// The longest apposition or relative clause put between a subject and its verb, in words:
/// "the managing director of Portmere Ferries" has six.
const INSERTED_REACH: usize = 12;

/// Where the comma that opens a phrase closed by the comma at `close` stands, when only
/// words lie between them and a word stands before it: an apposition or a relative clause
/// between a subject and its verb.
fn inserted_phrase(tokens: &[Token], floor: usize, close: usize) -> Option<usize> {
    let mut open = close;
    while open > floor && close - open <= INSERTED_REACH {
        open -= 1;
        let token = &tokens[open];
        if token.lower == "," {
            let words = close - open - 1;
            let before = open.checked_sub(1).filter(|&b| b >= floor)?;
            return (words > 0 && tokens[before].is_frame_word()).then_some(open);
        }
        if !token.is_frame_word() {
            return None;
        }
    }
    None
}

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

/// A clause ends before its final punctuation and any dangling "and", "after", "but".
fn trim_clause_end(tokens: &[Token], start: usize, end: usize, quotes: &[Passage]) -> usize {
    let mut end = end.min(tokens.len());
    loop {
        if end <= start {
            return end;
        }
        let last = &tokens[end - 1];
        // The passage whose closing mark is the last token, if any (passages are in order).
        let k = quotes.partition_point(|q| q.last + 1 < end - 1);
        let closes_quote = quotes
            .get(k)
            .is_some_and(|q| q.last + 1 == end - 1 && q.first >= start);
        let dangling = last.kind == TokenKind::Word
            && last.quote.is_none()
            && matches!(
                last.lower.as_str(),
                "and"
                    | "but"
                    | "after"
                    | "before"
                    | "while"
                    | "when"
                    | "as"
                    | "because"
                    | "und"
                    | "et"
                    | "y"
                    | "en"
                    | "і"
                    | "и"
                    | "nachdem"
                    | "après"
                    | "después"
                    | "nadat"
                    | "після"
                    | "после"
            );
        let punctuation = last.kind != TokenKind::Word
            && last.quote.is_none()
            && !closes_quote
            && !matches!(last.lower.as_str(), "%" | ")");
        if dangling || punctuation {
            end -= 1;
        } else {
            return end;
        }
    }
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
