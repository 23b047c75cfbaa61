//! Words and punctuation of a sentence, with their byte offsets in the story text, and
//! whether each stands inside quotation marks.

use crate::domain::Span;

/// What a token is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TokenKind {
    /// Letters or digits (with inner hyphens and apostrophes: "Solberg-Aas", "don’t").
    Word,
    /// A comma, colon, semicolon or dash: where a clause may end.
    Pause,
    /// Anything else that is not a space.
    Mark,
}

/// One token.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Token {
    /// Where it is in the story text.
    pub span: Span,
    /// The token in lower case.
    pub lower: String,
    /// Word, pause or other mark.
    pub kind: TokenKind,
    /// Whether it begins with a capital letter.
    pub capital: bool,
    /// The index of the quoted passage it stands in, if any.
    pub quote: Option<usize>,
}

impl Token {
    /// Whether it is a word outside quotation marks.
    pub fn is_frame_word(&self) -> bool {
        self.kind == TokenKind::Word && self.quote.is_none()
    }
}

/// French and Italian elisions split off the word they stand before: "qu’il", "l’Europe".
const ELISIONS: [&str; 9] = ["qu", "l", "d", "j", "n", "s", "c", "m", "t"];

/// Cuts `span` of `text` into tokens; `passages` are the quoted passages (marks excluded),
/// sorted, and a token inside one of them carries its index.
pub fn tokenize(text: &str, span: Span, passages: &[Span]) -> Vec<Token> {
    let mut tokens = Vec::new();
    let piece = &text[span.range()];
    let mut chars = piece.char_indices().peekable();
    while let Some((at, ch)) = chars.next() {
        let start = span.start + at;
        if ch.is_alphanumeric() {
            let mut end = start + ch.len_utf8();
            while let Some(&(next_at, next)) = chars.peek() {
                let after = piece[next_at + next.len_utf8()..].chars().next();
                let joins = match next {
                    '-' | '’' | '\'' => after.is_some_and(char::is_alphanumeric),
                    // "3.5" and initialisms ("U.S", "e.g": one letter before each stop), not
                    // two words run together at a missing space ("Kyiv.Officials").
                    '.' => after.is_some_and(|c| {
                        c.is_numeric()
                            || (c.is_alphabetic() && single_letter_before(piece, next_at))
                    }),
                    _ => false,
                };
                if next.is_alphanumeric() || joins {
                    let word = &text[start..span.start + next_at];
                    if matches!(next, '’' | '\'')
                        && ELISIONS.contains(&word.to_lowercase().as_str())
                    {
                        end = span.start + next_at + next.len_utf8();
                        chars.next();
                        break;
                    }
                    chars.next();
                    end = span.start + next_at + next.len_utf8();
                } else {
                    break;
                }
            }
            push(
                &mut tokens,
                text,
                Span::new(start, end),
                TokenKind::Word,
                passages,
            );
        } else if !ch.is_whitespace() {
            let kind = if matches!(ch, ',' | ':' | ';' | '—' | '–') {
                TokenKind::Pause
            } else {
                TokenKind::Mark
            };
            push(
                &mut tokens,
                text,
                Span::new(start, start + ch.len_utf8()),
                kind,
                passages,
            );
        }
    }
    tokens
}

/// Whether the piece of a word right before byte `at` of `piece` (back to the last stop or
/// the word's start) is a single letter.
fn single_letter_before(piece: &str, at: usize) -> bool {
    let mut before = piece[..at].chars().rev();
    before.next().is_some_and(char::is_alphabetic)
        && before
            .next()
            .is_none_or(|c| c == '.' || !c.is_alphanumeric())
}

fn push(tokens: &mut Vec<Token>, text: &str, span: Span, kind: TokenKind, passages: &[Span]) {
    let word = &text[span.range()];
    let k = passages.partition_point(|p| p.start <= span.start);
    let quote = (k > 0 && span.end <= passages[k - 1].end).then(|| k - 1);
    tokens.push(Token {
        span,
        lower: word.to_lowercase(),
        kind,
        capital: word.chars().next().is_some_and(char::is_uppercase),
        quote,
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_keep_inner_hyphens_and_apostrophes_and_split_elisions() {
        let text = "Solberg-Aas said: “don’t” qu’il l’Europe, U.S. 60 %";
        let quoted = text.find("don’t").unwrap();
        let passage = Span::new(quoted, quoted + "don’t".len());
        let tokens = tokenize(text, Span::new(0, text.len()), &[passage]);
        let words: Vec<&str> = tokens.iter().map(|t| &text[t.span.range()]).collect();
        assert_eq!(
            words,
            [
                "Solberg-Aas",
                "said",
                ":",
                "“",
                "don’t",
                "”",
                "qu’",
                "il",
                "l’",
                "Europe",
                ",",
                "U.S",
                ".",
                "60",
                "%"
            ]
        );
        assert_eq!(tokens[4].quote, Some(0));
        assert_eq!(tokens[3].quote, None);
        assert_eq!(tokens[2].kind, TokenKind::Pause);
        assert!(tokens[0].capital);
    }
}
