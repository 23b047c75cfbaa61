//! From an article as pasted (title line, blank line, paragraphs) to the story text the
//! format wants: the title once, then the paragraphs separated by blank lines, no page
//! furniture, no control characters.

use super::DraftError;

/// Largest article the extractor takes, in bytes (1 MB): a long feature is about 60 KB.
pub const MAX_ARTICLE_BYTES: usize = 1 << 20;

/// Longest title the format accepts, in characters.
const MAX_TITLE: usize = 300;

/// The title and the story text.
pub struct Prepared {
    /// The headline.
    pub title: String,
    /// The title, a blank line, then the paragraphs separated by blank lines.
    pub text: String,
}

/// Cleans the article: line breaks normalised, control and invisible bidirectional
/// characters dropped (the checker refuses them), every line trimmed, the title kept once
/// (web pages repeat it as the first paragraph), and short unpunctuated lines at the end
/// ("Leave a Reply", "Back to top") dropped as page furniture.
///
/// # Errors
/// An empty article, or one larger than [`MAX_ARTICLE_BYTES`].
pub fn prepare(article: &str) -> Result<Prepared, DraftError> {
    if article.len() > MAX_ARTICLE_BYTES {
        return Err(DraftError::TooLarge(article.len()));
    }
    let clean: String = article
        .chars()
        .filter_map(|c| match c {
            '\r' | '\n' => Some('\n'),
            '\t' => Some(' '),
            '\u{202A}'..='\u{202E}'
            | '\u{2066}'..='\u{2069}'
            | '\u{200E}'
            | '\u{200F}'
            | '\u{061C}'
            | '\u{FEFF}' => None,
            c if c.is_control() => None,
            c => Some(c),
        })
        .collect();
    let mut lines: Vec<&str> = clean
        .split('\n')
        .map(|line| line.trim_matches(|c: char| c.is_whitespace()))
        .filter(|line| !line.is_empty())
        .collect();
    if lines.is_empty() {
        return Err(DraftError::Empty);
    }
    let mut title = lines.remove(0).to_owned();
    if title.chars().count() > MAX_TITLE {
        // A page of one long line: the title is its first words, and the rest stays text.
        let cut = title
            .char_indices()
            .nth(MAX_TITLE)
            .map_or(title.len(), |(at, _)| at);
        let cut = title[..cut].rfind(' ').filter(|&at| at > 0).unwrap_or(cut);
        let rest = title[cut..].trim().to_owned();
        title.truncate(cut);
        if !rest.is_empty() {
            return Ok(assemble(title, std::iter::once(rest.as_str()).chain(lines)));
        }
    }
    if lines.first() == Some(&title.as_str()) {
        lines.remove(0);
    }
    while lines.last().is_some_and(|line| is_furniture(line)) {
        lines.pop();
    }
    Ok(assemble(title, lines.into_iter()))
}

fn assemble<'a>(title: String, paragraphs: impl Iterator<Item = &'a str>) -> Prepared {
    let mut text = title.clone();
    for paragraph in paragraphs {
        text.push_str("\n\n");
        text.push_str(paragraph);
    }
    Prepared { title, text }
}

/// "Leave a Reply", "Back to top", "Share": a few words and no sentence's end.
fn is_furniture(line: &str) -> bool {
    let words = line.split_whitespace().count();
    let ends_sentence = line
        .chars()
        .last()
        .is_some_and(|c| matches!(c, '.' | '!' | '?' | '”' | '"' | '»' | '“' | '«' | '…'));
    words <= 4 && !ends_sentence
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_title_stays_once_and_furniture_goes() {
        let article = "Title\r\n\r\nTitle\n\n \u{a0}\n\nOne. “Two,” he said.\u{7}\n\nLeave a Reply\n\nBack to top";
        let prepared = prepare(article).unwrap();
        assert_eq!(prepared.title, "Title");
        assert_eq!(prepared.text, "Title\n\nOne. “Two,” he said.");
    }

    #[test]
    fn empty_huge_and_one_line_articles() {
        assert_eq!(prepare(" \n\t\n").err(), Some(DraftError::Empty));
        assert_eq!(
            prepare(&"x".repeat(MAX_ARTICLE_BYTES + 1)).err(),
            Some(DraftError::TooLarge(MAX_ARTICLE_BYTES + 1))
        );
        let line = "word ".repeat(1000);
        let prepared = prepare(&line).unwrap();
        assert!(prepared.title.chars().count() <= MAX_TITLE);
        assert!(prepared.text.starts_with(&prepared.title));
        assert_eq!(prepared.text.split_whitespace().count(), 1000);
    }
}
