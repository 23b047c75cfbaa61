//! Reported speech: the clause after a speech verb ("said (that) …", "urged … to", "warf
//! … vor, …"), the one before its attribution ("…, the council announced"), and "according
//! to X"; one statement per verb, its quotations inside it unless they make up most of it.

use crate::domain::{QuoteKind, Span};
use crate::draft::entities::Entities;
use crate::draft::lexicon::{self, Frame, Lang};
use crate::draft::tokens::{Token, TokenKind};

use super::{
    Found, Passage, Reader, SUBJECT_REACH, Speaker, first_word, is_title_like, trim_words,
};

/// A quotation inside reported speech that makes up at least this share of the clause's
/// words is the statement itself (“still a long way to go”); below it, a scare quote stays
/// inside the report (“hysteria”). 0.4 puts “dragging on” (2 of 4 words) with the first and
/// “deeply worried” (2 of 9) with the second.
const QUOTED_SHARE: f64 = 0.4;

impl Reader<'_> {
    /// Reported speech: after a speech verb, or "according to X".
    pub(super) fn reported(
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
    /// …]" (or "[, after …]"): when the subject of the verb at `v` (starting at `subject`) follows a comma and
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
        // Then the sentence ends, or goes on with a participle (", leaving two ferries") or
        // an adverbial clause (", after two trawlers ran aground").
        let ends = closing.last_word.is_none_or(|w| w < k);
        let participle = self.lang == Lang::En
            && tokens.get(k).is_some_and(|t| t.lower == ",")
            && tokens.get(k + 1).is_some_and(|t| {
                t.is_frame_word() && (t.lower.ends_with("ing") || lexicon::subordinator(&t.lower))
            });
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
