//! The quoted passages as the extractor reads them: the checker's passages
//! ([`text::quoted_passages`]), whether a mark closed each, and a passage that its own
//! attribution interrupts between dashes split in two, as Ukrainian and Russian print it:
//! «Ми розуміємо, — сказав міський голова. — Але …».

use crate::domain::Span;
use crate::domain::text;

use super::lexicon::{self, Lang};

/// The longest attribution between the two dashes, in bytes: "сказав міський голова Віктор
/// Гнатюк" is 58; a longer stretch is more likely a dash of the quotation's own.
const ATTRIBUTION_REACH: usize = 160;

/// The passages of `text` in order, each with whether a closing mark (not the end of its
/// paragraph) ends it; an interrupted one as two, the first closed by the dash.
pub fn reading(text: &str, lang: Lang) -> Vec<(Span, bool)> {
    let mut out = Vec::new();
    for passage in text::quoted_passages(text) {
        let closed = text[passage.end..]
            .chars()
            .next()
            .is_some_and(|c| c != '\n');
        let mut rest = passage;
        while let Some((first, second)) = interruption(text, rest, lang) {
            out.push((first, true));
            rest = second;
        }
        out.push((rest, closed));
    }
    out
}

/// The two parts of `passage` around an attribution between dashes: "…холодно, — сказав
/// X. — Але…" gives "…холодно," and "Але…". The first dash follows the end of a clause
/// (a comma, a full stop, ! ? or …), the second follows a comma or full stop, and a speech
/// verb stands between them.
fn interruption(text: &str, passage: Span, lang: Lang) -> Option<(Span, Span)> {
    let inner = &text[passage.range()];
    let mut from = 0;
    while let Some(at) = find_dash(&inner[from..]).map(|at| from + at) {
        from = at + dash_len(&inner[at..]);
        let before = inner[..at].trim_end();
        if !before.ends_with([',', '.', '!', '?', '…']) || before.len() == at {
            continue;
        }
        let after_first = at + dash_len(&inner[at..]);
        let reach = inner.floor_char_boundary(inner.len().min(after_first + ATTRIBUTION_REACH));
        let window = &inner[after_first..reach];
        let Some(second) = find_dash(window).map(|k| after_first + k) else {
            continue;
        };
        let attribution = inner[after_first..second].trim();
        let speaks = attribution
            .split(|c: char| !c.is_alphanumeric() && c != '-' && c != '’' && c != '\'')
            .any(|word| lexicon::speech_verb(lang, &word.to_lowercase()).is_some());
        if !speaks || !attribution.ends_with([',', '.']) {
            continue;
        }
        let rest = &inner[second + dash_len(&inner[second..])..];
        let rest_start = passage.end - rest.trim_start().len();
        if rest_start >= passage.end {
            continue;
        }
        let first = Span::new(passage.start, passage.start + before.len());
        return Some((first, Span::new(rest_start, passage.end)));
    }
    None
}

/// The first dash standing between spaces in `text`, by byte offset.
fn find_dash(text: &str) -> Option<usize> {
    text.match_indices(['—', '–'])
        .map(|(at, _)| at)
        .find(|&at| {
            let spaced_before = text[..at].ends_with(char::is_whitespace);
            let spaced_after = text[at + dash_len(&text[at..])..].starts_with(char::is_whitespace);
            spaced_before && spaced_after
        })
}

/// The length in bytes of the dash at the start of `text`.
fn dash_len(text: &str) -> usize {
    text.chars().next().map_or(0, char::len_utf8)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parts(text: &str, lang: Lang) -> Vec<(&str, bool)> {
        reading(text, lang)
            .into_iter()
            .map(|(span, closed)| (&text[span.range()], closed))
            .collect()
    }

    #[test]
    fn an_attribution_between_dashes_splits_its_passage() {
        let text = "«Ми розуміємо, — сказав голова Віктор Гнатюк. — Але тепла не буде». Далі.";
        assert_eq!(
            parts(text, Lang::Uk),
            [("Ми розуміємо,", true), ("Але тепла не буде", true)]
        );
        let text = "«Мы продолжим, — заявил министр, — и победим»";
        assert_eq!(
            parts(text, Lang::Ru),
            [("Мы продолжим,", true), ("и победим", true)]
        );
    }

    #[test]
    fn a_dash_of_the_quotation_itself_does_not() {
        // No speech verb between the dashes, no clause end before the first, or one dash.
        for text in [
            "«Ми розуміємо, — вода холодна, — але чекаємо»",
            "«Місто — це люди — і вони чекають»",
            "«Ми чекаємо, — сказав він»",
            "“We wait — said nobody — for long”",
        ] {
            assert_eq!(parts(text, Lang::Uk).len(), 1, "{text}");
        }
    }
}
