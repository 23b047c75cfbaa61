//! Plain-text analysis of the article: sentences, quoted passages, and W3C `TextQuoteSelector`
//! matching. Offsets are byte offsets into the story text, always on `char` boundaries.

use super::model::Span;

/// Opening quotation marks the checker recognises, each with the marks that close it:
/// English “…” and ‘…’, German „…“, »…« and ‚…‘, Dutch and Polish „…”, French, Spanish,
/// Ukrainian and Russian «…», and typewriter "…".
pub const QUOTE_PAIRS: [(char, &[char]); 7] = [
    ('“', &['”']),
    ('„', &['“', '”']),
    ('«', &['»']),
    ('»', &['«']),
    ('"', &['"']),
    ('‘', &['’']),
    ('‚', &['‘', '’']),
];

/// The marks that close `opener`, if it opens a quotation.
pub fn closers(opener: char) -> Option<&'static [char]> {
    QUOTE_PAIRS
        .iter()
        .find(|(open, _)| *open == opener)
        .map(|&(_, close)| close)
}

/// Whether `mark` at this place closes a quotation that `closing` would close. A ’ between
/// letters is an apostrophe ("don’t", "l’Europe"), not the end of a ‘…’ quotation.
pub fn closes(closing: &[char], mark: char, next: Option<char>) -> bool {
    closing.contains(&mark) && !(mark == '’' && next.is_some_and(char::is_alphabetic))
}

/// Abbreviations after which a full stop does not end a sentence.
const ABBREVIATIONS: [&str; 16] = [
    "mr", "mrs", "ms", "dr", "prof", "st", "jr", "sr", "gen", "lt", "col", "gov", "sen", "rep",
    "vs", "no",
];

/// Every place where `exact` occurs in `text`, overlapping occurrences included.
pub fn occurrences(text: &str, exact: &str) -> Vec<usize> {
    if exact.is_empty() {
        return Vec::new();
    }
    scan_at_most(text, exact, usize::MAX).unwrap_or_default()
}

/// How a `TextQuoteSelector` resolved against the text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Resolution {
    /// Exactly one place: the selector is good.
    Unique(Span),
    /// No place matches.
    Missing,
    /// Several places match; the selector needs a prefix or suffix.
    Ambiguous(usize),
}

/// An index of a long text by the twelve bytes starting at each character, so that finding
/// a passage costs a binary search and a few comparisons instead of a scan of the whole
/// text. Used by the checker for large stories, where thousands of selectors meet megabytes
/// of text, and by the draft extractor for its selectors; twelve bytes, not eight, because
/// stories repeat their actors' names at the start of many sentences.
///
/// Each entry is one `u128`: the twelve bytes (zeros past the text's end) above the
/// position, so that one sort of plain integers orders the entries by their bytes and, among
/// equal bytes, by place.
pub struct TextIndex<'a> {
    text: &'a str,
    keys: Vec<u128>,
}

/// Below this many bytes a plain scan is as fast as building an index.
const INDEX_FROM: usize = 64 * 1024;
/// The bytes of text in a key, and the bits of position below them.
const KEY_BYTES: usize = 12;
const PLACE_BITS: u32 = 32;

/// The first twelve bytes of `bytes` as the top of a key, padded with `pad` past its end.
fn key(bytes: &[u8], pad: u8) -> u128 {
    let mut key = [pad; 16];
    let n = bytes.len().min(KEY_BYTES);
    key[..n].copy_from_slice(&bytes[..n]);
    u128::from_be_bytes(key) & !u128::from(u32::MAX)
}

/// Sorts keys that are in order of place by their bytes, keeping the order of place among
/// equal bytes: a radix sort, six passes of sixteen bits, linear. A comparison sort of a
/// megabyte's million keys took 1.5 s in the debug build the test command runs (its
/// megabyte inputs build three indexes each); this takes about a tenth of that, and about
/// as long as `sort_unstable` in a release build.
fn sort_by_bytes(keys: &mut Vec<u128>) {
    let digit = |key: u128, shift: u32| ((key >> shift) & 0xFFFF) as usize;
    let mut sorted = vec![0u128; keys.len()];
    let mut counts = vec![0usize; 1 << 16];
    for shift in (PLACE_BITS..128).step_by(16) {
        counts.fill(0);
        for &key in keys.iter() {
            counts[digit(key, shift)] += 1;
        }
        if keys
            .first()
            .is_some_and(|&k| counts[digit(k, shift)] == keys.len())
        {
            continue; // One digit for all: this pass would move nothing.
        }
        let mut start = 0;
        for count in &mut counts {
            let n = *count;
            *count = start;
            start += n;
        }
        for &key in keys.iter() {
            let d = digit(key, shift);
            sorted[counts[d]] = key;
            counts[d] += 1;
        }
        std::mem::swap(keys, &mut sorted);
    }
}

/// [`occurrences`], or `None` as soon as there are more than `most`.
fn scan_at_most(text: &str, exact: &str, most: usize) -> Option<Vec<usize>> {
    let mut found = Vec::new();
    let mut from = 0;
    while let Some(at) = text[from..].find(exact) {
        let start = from + at;
        if found.len() == most {
            return None;
        }
        found.push(start);
        // Step one character, not one match, so that overlapping occurrences count too.
        from = start + text[start..].chars().next().map_or(1, char::len_utf8);
    }
    Some(found)
}

impl<'a> TextIndex<'a> {
    /// Indexes `text` if it is long enough to be worth it.
    pub fn new(text: &'a str) -> Self {
        let bytes = text.as_bytes();
        let mut keys = Vec::new();
        if bytes.len() >= INDEX_FROM && u32::try_from(bytes.len()).is_ok() {
            keys.reserve(bytes.len());
            // From the end backwards, each position's bytes are the next one's shifted by
            // one byte: one shift and one mask a byte, not twelve loads.
            let mut bytes_here = 0u128;
            let top = u128::MAX << PLACE_BITS;
            for at in (0..bytes.len()).rev() {
                bytes_here = ((u128::from(bytes[at]) << 120) | (bytes_here >> 8)) & top;
                // A passage starts on a character: continuation bytes need no entry.
                if text.is_char_boundary(at) {
                    keys.push(bytes_here | at as u128);
                }
            }
            keys.reverse();
            sort_by_bytes(&mut keys);
        }
        Self { text, keys }
    }

    /// Every place where `exact` occurs, in order, overlapping occurrences included: the same
    /// answer as [`occurrences`].
    pub fn occurrences(&self, exact: &str) -> Vec<usize> {
        self.occurrences_at_most(exact, usize::MAX)
            .unwrap_or_default()
    }

    /// Whether `exact` (not empty) occurs at all.
    pub fn contains(&self, exact: &str) -> bool {
        // "More than none" stops at the first place found.
        !exact.is_empty() && self.occurrences_at_most(exact, 0).is_none()
    }

    /// Every place where `exact` occurs, in order, or `None` when there are more than `most`:
    /// the answer of [`occurrences`], found in time that grows with `most`, not with the
    /// number of places (a passage repeated 16,000 times in a megabyte costs 65 looks).
    pub fn occurrences_at_most(&self, exact: &str, most: usize) -> Option<Vec<usize>> {
        let needle = exact.as_bytes();
        if exact.is_empty() {
            return Some(Vec::new());
        }
        if self.keys.is_empty() {
            return scan_at_most(self.text, exact, most);
        }
        // The entries that begin with the needle's first twelve bytes (all of it, when
        // shorter) lie between its bytes padded with zeros and its bytes padded with 0xFF.
        let low = key(needle, 0);
        let high = key(needle, 0xFF) | u128::from(u32::MAX);
        let from = self.keys.partition_point(|&k| k < low);
        let to = self.keys.partition_point(|&k| k <= high);
        let bytes = self.text.as_bytes();
        let mut found = Vec::new();
        for &entry in &self.keys[from..to] {
            let at = (entry & u128::from(u32::MAX)) as usize;
            // Beyond twelve bytes the keys say nothing; and the zeros past the text's end
            // may look like a needle's own zero bytes.
            if bytes[at..].starts_with(needle) {
                if found.len() == most {
                    return None;
                }
                found.push(at);
            }
        }
        // Equal keys are in order of place; a shorter needle spans several keys.
        if needle.len() < KEY_BYTES {
            found.sort_unstable();
        }
        Some(found)
    }

    /// Resolves a selector like [`resolve`], using the index.
    pub fn resolve(&self, exact: &str, prefix: &str, suffix: &str) -> Resolution {
        resolve_among(self.text, &self.occurrences(exact), exact, prefix, suffix)
    }
}

/// Resolves a W3C `TextQuoteSelector`: `exact`, immediately preceded by `prefix` and followed by
/// `suffix` where those are given.
pub fn resolve(text: &str, exact: &str, prefix: &str, suffix: &str) -> Resolution {
    resolve_among(text, &occurrences(text, exact), exact, prefix, suffix)
}

/// Resolves a selector among the known `places` of its `exact` words (from
/// [`occurrences`] or [`TextIndex::occurrences`]): for trying several prefixes and suffixes
/// of one passage at the cost of one search.
pub fn resolve_among(
    text: &str,
    places: &[usize],
    exact: &str,
    prefix: &str,
    suffix: &str,
) -> Resolution {
    let mut hits = places.iter().copied().filter(|&start| {
        let end = start + exact.len();
        text[..start].ends_with(prefix) && text[end..].starts_with(suffix)
    });
    match (hits.next(), hits.count()) {
        (None, _) => Resolution::Missing,
        (Some(start), 0) => Resolution::Unique(Span::new(start, start + exact.len())),
        (Some(_), more) => Resolution::Ambiguous(more + 1),
    }
}

/// Case-insensitive containment, for names that the text may capitalise at a sentence start.
pub fn contains_ignoring_case(haystack: &str, needle: &str) -> bool {
    if needle.is_empty() {
        return false;
    }
    if haystack.is_ascii() && needle.is_ascii() {
        let needle = needle.as_bytes();
        return haystack
            .as_bytes()
            .windows(needle.len())
            .any(|window| window.eq_ignore_ascii_case(needle));
    }
    haystack.to_lowercase().contains(&needle.to_lowercase())
}

/// The passages of `text` inside quotation marks, marks excluded.
///
/// A passage left open at the end of a paragraph closes there, as journalistic style leaves
/// a multi-paragraph quotation open.
pub fn quoted_passages(text: &str) -> Vec<Span> {
    let mut passages = Vec::new();
    let mut open: Option<(usize, &[char])> = None;
    let mut chars = text.char_indices().peekable();
    while let Some((at, ch)) = chars.next() {
        match open {
            Some((start, closing)) if closes(closing, ch, chars.peek().map(|&(_, next)| next)) => {
                passages.push(Span::new(start, at));
                open = None;
            }
            Some((start, _)) if ch == '\n' => {
                passages.push(Span::new(start, at));
                open = None;
            }
            Some(_) => {}
            None => {
                if let Some(closing) = closers(ch) {
                    open = Some((at + ch.len_utf8(), closing));
                }
            }
        }
    }
    if let Some((start, _)) = open {
        passages.push(Span::new(start, text.len()));
    }
    passages
}

/// Splits the text into sentences, whitespace trimmed.
///
/// A sentence ends at a line break, or after `.`, `!` or `?` (and any closing quotation marks)
/// followed by whitespace and a capital letter, a digit or an opening quotation mark; not
/// inside a quotation, and not after a common abbreviation or an initial.
pub fn sentences(text: &str) -> Vec<Span> {
    let quoted = quoted_passages(text);
    // Passages are sorted and disjoint: the one that could hold `at` is found by bisection.
    let inside_quote = |at: usize| {
        let k = quoted.partition_point(|q| q.start <= at);
        k > 0 && at < quoted[k - 1].end
    };
    let mut spans = Vec::new();
    let mut start = 0;
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut i = 0;
    while i < chars.len() {
        let (at, ch) = chars[i];
        if ch == '\n' {
            push_trimmed(text, start, at, &mut spans);
            start = at + 1;
        } else if matches!(ch, '.' | '!' | '?')
            && (!inside_quote(at)
                || chars
                    .get(i + 1)
                    .is_some_and(|&(_, c)| matches!(c, '”' | '"' | '»' | '“' | '«' | '’')))
        {
            let mut end = i + 1;
            while end < chars.len()
                && matches!(chars[end].1, '”' | '"' | '’' | '»' | '«' | '“' | ')')
            {
                end += 1;
            }
            let mut next = end;
            while next < chars.len() && chars[next].1 == ' ' {
                next += 1;
            }
            let starts_sentence = next > end
                && next < chars.len()
                && (chars[next].1.is_uppercase()
                    || chars[next].1.is_ascii_digit()
                    || matches!(chars[next].1, '“' | '"' | '„' | '«' | '»' | '‘' | '‚'));
            if starts_sentence && !(ch == '.' && ends_with_abbreviation(&text[start..at])) {
                let stop = chars.get(end).map_or(text.len(), |&(byte, _)| byte);
                push_trimmed(text, start, stop, &mut spans);
                start = stop;
                i = next;
                continue;
            }
        }
        i += 1;
    }
    push_trimmed(text, start, text.len(), &mut spans);
    spans
}

fn ends_with_abbreviation(before: &str) -> bool {
    let word = before
        .rsplit(|c: char| !c.is_alphanumeric() && c != '.')
        .next()
        .unwrap_or("");
    let word = word.trim_start_matches('.');
    let single_letter = word.chars().count() == 1 && word.chars().all(char::is_uppercase);
    let dotted = word.contains('.');
    single_letter || dotted || ABBREVIATIONS.contains(&word.to_lowercase().as_str())
}

fn push_trimmed(text: &str, start: usize, end: usize, spans: &mut Vec<Span>) {
    let piece = &text[start..end];
    let trimmed_start = start + (piece.len() - piece.trim_start().len());
    let trimmed_end = end - (piece.len() - piece.trim_end().len());
    if trimmed_start < trimmed_end {
        spans.push(Span::new(trimmed_start, trimmed_end));
    }
}

/// The smallest run of whole sentences that covers `span`.
pub fn sentence_around(sentences: &[Span], span: Span) -> Span {
    let first = sentences
        .partition_point(|s| s.end <= span.start)
        .min(sentences.len().saturating_sub(1));
    let last = sentences
        .partition_point(|s| s.start < span.end)
        .saturating_sub(1)
        .max(first);
    match (sentences.get(first), sentences.get(last)) {
        (Some(a), Some(b)) => Span::new(a.start.min(span.start), b.end.max(span.end)),
        _ => span,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(text: &str, spans: &[Span]) -> Vec<String> {
        spans
            .iter()
            .map(|s| text[s.start..s.end].to_owned())
            .collect()
    }

    #[test]
    fn occurrences_include_overlaps_and_handle_multibyte() {
        assert_eq!(occurrences("aaa", "aa"), vec![0, 1]);
        assert_eq!(occurrences("“a” “a”", "a"), vec![3, 11]);
        assert!(occurrences("abc", "").is_empty());
    }

    #[test]
    fn selector_needs_exactly_one_match() {
        let text = "talks go on. talks stall.";
        assert_eq!(resolve(text, "talks", "", ""), Resolution::Ambiguous(2));
        assert_eq!(
            resolve(text, "talks", "", " stall"),
            Resolution::Unique(Span::new(13, 18))
        );
        assert_eq!(
            resolve(text, "talks", ". ", ""),
            Resolution::Unique(Span::new(13, 18))
        );
        assert_eq!(resolve(text, "war", "", ""), Resolution::Missing);
        assert_eq!(resolve(text, "talks", "x", ""), Resolution::Missing);
    }

    #[test]
    fn the_index_finds_exactly_what_a_scan_finds() {
        use std::fmt::Write;
        let mut text = String::new();
        for k in 0..4000 {
            let _ = write!(text, "Actor {} met actor {} in round {k}. ", k % 37, k % 11);
        }
        assert!(text.len() >= INDEX_FROM);
        let index = TextIndex::new(&text);
        for exact in [
            "Actor 3 met",
            "in round 1999.",
            "met actor 10 in round 3999",
            "Actor",
            "no such words here",
            "é",
            "round 7. Actor 8",
            "Actor 3 met actor 3 in round 3000. ",
            "Actor 36 met actor 3 in round 3999. ",
            "met actor 10 in round 3999. ",
            "12345678",
            "ound 39",
        ] {
            assert_eq!(
                index.occurrences(exact),
                occurrences(&text, exact),
                "{exact}"
            );
            assert_eq!(
                index.resolve(exact, "", ""),
                resolve(&text, exact, "", ""),
                "{exact}"
            );
            let all = occurrences(&text, exact);
            for most in [0, 1, 5, 64] {
                let capped = (all.len() <= most).then(|| all.clone());
                assert_eq!(index.occurrences_at_most(exact, most), capped, "{exact}");
            }
            assert_eq!(index.contains(exact), !all.is_empty(), "{exact}");
        }
        // Needles shorter than a window, at the very end (where no window starts).
        for exact in ["9. ", " ", "A", "99", "round 3999. "] {
            assert_eq!(
                index.occurrences(exact),
                occurrences(&text, exact),
                "{exact}"
            );
        }
        // Letters of two and three bytes: only character starts are indexed.
        let mut text = String::new();
        for k in 0..3000 {
            let _ = write!(text, "«Мир {}» — 和平 {k}; ", k % 13);
        }
        assert!(text.len() >= INDEX_FROM);
        let index = TextIndex::new(&text);
        for exact in [
            "Мир 1",
            "ир",
            "和平 29",
            "平",
            "»",
            "; «Мир 12» — 和平 2999; ",
        ] {
            assert_eq!(
                index.occurrences(exact),
                occurrences(&text, exact),
                "{exact}"
            );
        }
        let small = TextIndex::new("short text");
        assert_eq!(small.occurrences("text"), vec![6]);
    }

    #[test]
    fn case_insensitive_containment() {
        assert!(contains_ignoring_case("The Kremlin says", "the kremlin"));
        assert!(contains_ignoring_case("ÉTAT", "état"));
        assert!(!contains_ignoring_case("Kremlin", "Moscow"));
        assert!(!contains_ignoring_case("abc", ""));
    }

    #[test]
    fn quoted_passages_pair_marks_and_close_at_paragraph_end() {
        let text = "He said “a long way”, and “dragging on”.\nShe said “open\nNext.";
        assert_eq!(
            texts(text, &quoted_passages(text)),
            ["a long way", "dragging on", "open"]
        );
        let text = "Straight \"quotes\" and «guillemets» and „German“.";
        assert_eq!(
            texts(text, &quoted_passages(text)),
            ["quotes", "guillemets", "German"]
        );
        let text = "»Deutsch« „Nederlands” ‘don’t stop’ and l’Europe’s ‚einfach‘.";
        assert_eq!(
            texts(text, &quoted_passages(text)),
            ["Deutsch", "Nederlands", "don’t stop", "einfach"]
        );
    }

    #[test]
    fn sentences_split_on_terminators_but_not_inside_quotes_or_abbreviations() {
        let text = "Title line\n\nOne. Two? “Hopeful. But realistic,” he said. Mr. Smith left. U.S. aid grew.";
        assert_eq!(
            texts(text, &sentences(text)),
            [
                "Title line",
                "One.",
                "Two?",
                "“Hopeful. But realistic,” he said.",
                "Mr. Smith left.",
                "U.S. aid grew."
            ]
        );
    }

    #[test]
    fn sentence_with_closing_quote_keeps_the_quote() {
        let text = "He said “go.” Then left.";
        assert_eq!(
            texts(text, &sentences(text)),
            ["He said “go.”", "Then left."]
        );
    }

    #[test]
    fn sentence_around_covers_every_sentence_the_span_touches() {
        let text = "One two. Three four. Five.";
        let all = sentences(text);
        let two = resolve(text, "two", "", "");
        let Resolution::Unique(two) = two else {
            panic!("{two:?}")
        };
        assert_eq!(&text[sentence_around(&all, two).range()], "One two.");
        let across = Span::new(4, 15);
        assert_eq!(
            &text[sentence_around(&all, across).range()],
            "One two. Three four."
        );
        assert_eq!(sentence_around(&[], Span::new(1, 2)), Span::new(1, 2));
    }
}
