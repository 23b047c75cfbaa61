//! A catalogue of messages and the formatter that fills them in. It reads the part of Fluent
//! that `build.rs` allows (text, `{ $variable }`, `{"literal"}`, one level of select on a
//! number by plural category or exact value), so it stays a few hundred bytes of code rather
//! than a Fluent runtime.

use crate::lang::Lang;

/// A value for a message's placeable.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Arg {
    /// A number: selects a plural variant, and is written as digits.
    Number(usize),
    /// Text: a name, a title, a sentence.
    Text(String),
}

/// A catalogue that could not be read: where, and why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CatalogError {
    /// The line (from 1) of the message that could not be read.
    pub line: usize,
    /// What is wrong.
    pub message: String,
}

#[derive(Clone, Debug, PartialEq, Eq)]
enum Key {
    Category(String),
    Number(usize),
}

#[derive(Clone, Debug, PartialEq, Eq)]
enum Part {
    Text(String),
    /// A `{"literal"}`: kept exactly, spaces included.
    Literal(String),
    Variable(String),
    Select {
        variable: String,
        variants: Vec<(Key, Vec<Part>)>,
        default: usize,
    },
}

/// The messages of one language. Messages it lacks (a stale copy of a catalogue) come from
/// English.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Catalog {
    lang: Lang,
    /// Sorted by id, for lookups by bisection.
    messages: Vec<(String, Vec<Part>)>,
    fallback: Option<Box<Catalog>>,
}

/// The English catalogue, compiled in.
const ENGLISH: &str = include_str!("../locales/en.ftl");

/// Reads one pattern from `chars` at `*at`: up to the end (top level), or the end of the line
/// (a variant's value).
struct Reader<'a> {
    chars: Vec<char>,
    at: usize,
    line: usize,
    id: &'a str,
}

impl Reader<'_> {
    fn fail(&self, why: &str) -> CatalogError {
        CatalogError {
            line: self.line,
            message: format!("`{}`: {why}", self.id),
        }
    }

    fn peek(&self) -> Option<char> {
        self.chars.get(self.at).copied()
    }

    fn skip_blanks(&mut self) {
        while self.peek().is_some_and(char::is_whitespace) {
            self.at += 1;
        }
    }

    fn name(&mut self) -> String {
        let start = self.at;
        while self
            .peek()
            .is_some_and(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-')
        {
            self.at += 1;
        }
        self.chars[start..self.at].iter().collect()
    }

    fn pattern(&mut self, in_variant: bool) -> Result<Vec<Part>, CatalogError> {
        let mut parts = Vec::new();
        let mut text = String::new();
        while let Some(c) = self.peek() {
            if in_variant && c == '\n' {
                break;
            }
            if c == '{' {
                self.at += 1;
                if !text.is_empty() {
                    parts.push(Part::Text(std::mem::take(&mut text)));
                }
                parts.push(self.placeable()?);
            } else if c == '}' && !in_variant {
                return Err(self.fail("a '}' without its '{'"));
            } else {
                // Line breaks and indentation between a select's end and the next text count
                // as one space at most.
                if c == '\n' {
                    while self.peek().is_some_and(char::is_whitespace) {
                        self.at += 1;
                    }
                    continue;
                }
                text.push(c);
                self.at += 1;
            }
        }
        if !text.is_empty() {
            parts.push(Part::Text(text));
        }
        Ok(parts)
    }

    fn placeable(&mut self) -> Result<Part, CatalogError> {
        self.skip_blanks();
        match self.peek() {
            Some('"') => {
                self.at += 1;
                let start = self.at;
                while self.peek().is_some_and(|c| c != '"') {
                    self.at += 1;
                }
                let literal: String = self.chars[start..self.at].iter().collect();
                self.at += 1;
                self.close()?;
                Ok(Part::Literal(literal))
            }
            Some('$') => {
                self.at += 1;
                let variable = self.name();
                self.skip_blanks();
                if self.chars.get(self.at..self.at + 2) == Some(&['-', '>']) {
                    self.at += 2;
                    self.select(variable)
                } else {
                    self.close()?;
                    Ok(Part::Variable(variable))
                }
            }
            _ => Err(self.fail("a placeable that is neither { $variable } nor {\"text\"}")),
        }
    }

    fn close(&mut self) -> Result<(), CatalogError> {
        self.skip_blanks();
        if self.peek() == Some('}') {
            self.at += 1;
            Ok(())
        } else {
            Err(self.fail("a placeable without its '}'"))
        }
    }

    fn select(&mut self, variable: String) -> Result<Part, CatalogError> {
        let mut variants = Vec::new();
        let mut default = None;
        loop {
            self.skip_blanks();
            match self.peek() {
                Some('}') => {
                    self.at += 1;
                    break;
                }
                Some('*') => {
                    self.at += 1;
                    default = Some(variants.len());
                }
                Some('[') => {}
                _ => return Err(self.fail("a select's variant must start with [")),
            }
            if self.peek() != Some('[') {
                return Err(self.fail("a '*' not before a variant"));
            }
            self.at += 1;
            let key = self.name();
            if self.peek() != Some(']') {
                return Err(self.fail("a variant's key without its ']'"));
            }
            self.at += 1;
            let key = key.parse::<usize>().map_or(Key::Category(key), Key::Number);
            let mut value = self.pattern(true)?;
            trim(&mut value);
            variants.push((key, value));
        }
        let default = default.ok_or_else(|| self.fail("a select without a default variant"))?;
        Ok(Part::Select {
            variable,
            variants,
            default,
        })
    }
}

/// Trims a pattern's leading and trailing white space, as Fluent does.
fn trim(parts: &mut Vec<Part>) {
    if let Some(Part::Text(first)) = parts.first_mut() {
        *first = first.trim_start().to_owned();
    }
    if let Some(Part::Text(last)) = parts.last_mut() {
        *last = last.trim_end().to_owned();
    }
    parts.retain(|p| !matches!(p, Part::Text(t) if t.is_empty()));
}

/// Whether `text` holds a letter of a right-to-left script (Hebrew, Arabic, Syriac, Thaana…).
fn has_rtl(text: &str) -> bool {
    text.chars()
        .any(|c| matches!(u32::from(c), 0x0590..=0x08FF | 0xFB1D..=0xFDFF | 0xFE70..=0xFEFF))
}

impl Catalog {
    /// The English catalogue.
    ///
    /// # Panics
    /// Never: the build reads the same file and stops if it cannot be read.
    pub fn english() -> Self {
        Self::parse(Lang::En, ENGLISH).unwrap_or_else(|e| panic!("locales/en.ftl: {e:?}"))
    }

    /// Reads the catalogue of `lang` from Fluent source; messages it lacks come from English.
    ///
    /// # Errors
    /// The first message that cannot be read, with its line.
    pub fn parse(lang: Lang, source: &str) -> Result<Self, CatalogError> {
        let mut messages: Vec<(String, Vec<Part>)> = Vec::new();
        let mut current: Option<(String, String, usize)> = None;
        let mut finish =
            |current: &mut Option<(String, String, usize)>| -> Result<(), CatalogError> {
                if let Some((id, value, line)) = current.take() {
                    let mut reader = Reader {
                        chars: value.chars().collect(),
                        at: 0,
                        line,
                        id: &id,
                    };
                    let mut parts = reader.pattern(false)?;
                    trim(&mut parts);
                    messages.push((id, parts));
                }
                Ok(())
            };
        for (n, line) in source.lines().enumerate() {
            if line.starts_with(' ') && current.is_some() {
                if let Some((_, value, _)) = current.as_mut() {
                    value.push('\n');
                    value.push_str(line);
                }
                continue;
            }
            finish(&mut current)?;
            if line.trim().is_empty() || line.starts_with('#') {
                continue;
            }
            let Some((id, value)) = line.split_once('=') else {
                return Err(CatalogError {
                    line: n + 1,
                    message: format!("neither a message nor a comment: {line:?}"),
                });
            };
            current = Some((id.trim().to_owned(), value.to_owned(), n + 1));
        }
        finish(&mut current)?;
        messages.sort_by(|a, b| a.0.cmp(&b.0));
        let fallback = (lang != Lang::En).then(|| Box::new(Self::english()));
        Ok(Self {
            lang,
            messages,
            fallback,
        })
    }

    /// The catalogue's language.
    pub fn lang(&self) -> Lang {
        self.lang
    }

    /// Whether the catalogue (or its English fallback) has the message `id`.
    pub fn has(&self, id: &str) -> bool {
        self.find(id).is_some() || self.fallback.as_ref().is_some_and(|f| f.has(id))
    }

    fn find(&self, id: &str) -> Option<&[Part]> {
        let at = self
            .messages
            .binary_search_by(|(known, _)| known.as_str().cmp(id))
            .ok()?;
        Some(&self.messages[at].1)
    }

    /// The message `id` with its placeables filled from `args`; the id itself if no
    /// catalogue has it (which the build rules out for the messages the widget asks for).
    pub fn format(&self, id: &str, args: &[(&str, Arg)]) -> String {
        match self.find(id) {
            Some(parts) => {
                let mut out = String::new();
                self.write(parts, args, &mut out);
                out
            }
            None => self
                .fallback
                .as_ref()
                .map_or_else(|| id.to_owned(), |f| f.format(id, args)),
        }
    }

    /// The name of the CAMEO act `code` ("045": "Mediate"), or the code if unknown.
    pub fn cameo(&self, code: &str) -> String {
        let id = format!("cameo-{code}");
        if self.has(&id) {
            self.format(&id, &[])
        } else {
            code.to_owned()
        }
    }

    fn write(&self, parts: &[Part], args: &[(&str, Arg)], out: &mut String) {
        let arg = |name: &str| args.iter().find(|(n, _)| *n == name).map(|(_, a)| a);
        for part in parts {
            match part {
                Part::Text(text) | Part::Literal(text) => out.push_str(text),
                Part::Variable(name) => match arg(name) {
                    Some(Arg::Number(n)) => out.push_str(&n.to_string()),
                    // Text from a story in a right-to-left script, or in a right-to-left UI,
                    // is isolated (FSI … PDI), so names and numbers around it keep their order.
                    Some(Arg::Text(text)) if self.lang.rtl() || has_rtl(text) => {
                        out.push('\u{2068}');
                        out.push_str(text);
                        out.push('\u{2069}');
                    }
                    Some(Arg::Text(text)) => out.push_str(text),
                    None => {}
                },
                Part::Select {
                    variable,
                    variants,
                    default,
                } => {
                    let chosen = match arg(variable) {
                        Some(Arg::Number(n)) => {
                            let category = self.lang.plural(*n).name();
                            variants
                                .iter()
                                .position(|(key, _)| *key == Key::Number(*n))
                                .or_else(|| {
                                    variants.iter().position(
                                        |(key, _)| matches!(key, Key::Category(c) if c == category),
                                    )
                                })
                                .unwrap_or(*default)
                        }
                        _ => *default,
                    };
                    self.write(&variants[chosen].1, args, out);
                }
            }
        }
    }
}

include!(concat!(env!("OUT_DIR"), "/messages.rs"));

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn english_fills_placeables_and_picks_plurals() {
        let en = Catalog::english();
        assert_eq!(en.kicker(), "Who said what");
        assert_eq!(en.statements_shown(1), "1 statement shown");
        assert_eq!(en.statements_shown(14), "14 statements shown");
        assert_eq!(
            en.actor_counts(1, 3, 0),
            "1 relation · 3 statements by · 0 about"
        );
        assert_eq!(en.statements_count(3, 14), "3 of 14 statements");
        assert_eq!(en.list_separator(), ", ");
        assert_eq!(en.cameo("045"), "Mediate");
        assert_eq!(en.cameo("999"), "999");
    }

    #[test]
    fn right_to_left_names_are_isolated() {
        let en = Catalog::english();
        assert_eq!(
            en.announce_quote("Ana Lima"),
            "Selected a statement by Ana Lima."
        );
        assert_eq!(
            en.announce_quote("דובר المتحدث"),
            "Selected a statement by \u{2068}דובר المتحدث\u{2069}."
        );
    }

    #[test]
    fn a_catalogue_with_other_plural_rules_and_a_missing_message() {
        let ru = Catalog::parse(
            Lang::Ru,
            "statements-shown =\n    { $count ->\n        [one] { $count } высказывание\n        [few] { $count } высказывания\n       *[many] { $count } высказываний\n    }\n",
        )
        .unwrap();
        assert_eq!(ru.statements_shown(1), "1 высказывание");
        assert_eq!(ru.statements_shown(3), "3 высказывания");
        assert_eq!(ru.statements_shown(11), "11 высказываний");
        // What the Russian copy lacks comes from English.
        assert_eq!(ru.kicker(), "Who said what");
    }

    #[test]
    fn broken_catalogues_say_where() {
        let error =
            Catalog::parse(Lang::De, "kicker = Wer sagte was\nthis line is nothing\n").unwrap_err();
        assert_eq!(error.line, 2);
        let error = Catalog::parse(
            Lang::De,
            "kicker =\n    { $count ->\n        [one] x\n    }\n",
        )
        .unwrap_err();
        assert!(error.message.contains("default"), "{error:?}");
        let error = Catalog::parse(Lang::De, "kicker = { kicker }\n").unwrap_err();
        assert!(error.message.contains("placeable"), "{error:?}");
    }

    /// Every language the widget names has its catalogue, with every English message in its
    /// own words (none left to the English fallback), and every message fills in.
    #[test]
    fn every_language_has_every_message() {
        let en = Catalog::english();
        let mut args: Vec<(&str, Arg)> = [
            "name",
            "kind",
            "source",
            "target",
            "other",
            "list",
            "text",
            "title",
            "speaker",
            "summary",
            "act",
            "sentence",
            "statements",
            "url",
            "reason",
            "path",
        ]
        .into_iter()
        .map(|name| (name, Arg::Text("X".to_owned())))
        .collect();
        for name in [
            "count",
            "relations",
            "by",
            "about",
            "shown",
            "total",
            "at",
            "seconds",
            "status",
            "bytes",
            "limit",
            "line",
        ] {
            args.push((name, Arg::Number(3)));
        }
        for lang in Lang::ALL.into_iter().filter(|&lang| lang != Lang::En) {
            let path = format!("{}/locales/{}.ftl", env!("CARGO_MANIFEST_DIR"), lang.code());
            let source = std::fs::read_to_string(&path)
                .unwrap_or_else(|e| panic!("{path}: {e} (every language in Lang::ALL needs one)"));
            let catalog = Catalog::parse(lang, &source).unwrap_or_else(|e| panic!("{path}: {e:?}"));
            assert_eq!(catalog.messages.len(), en.messages.len(), "{path}");
            for (id, _) in &en.messages {
                assert!(catalog.find(id).is_some(), "{path}: no {id}");
                let text = catalog.format(id, &args);
                assert!(
                    !text.trim().is_empty() && !text.contains('{'),
                    "{path}: {id} reads {text:?}"
                );
            }
        }
    }

    #[test]
    fn every_english_message_reads() {
        let en = Catalog::english();
        for line in ENGLISH.lines() {
            if let Some((id, _)) = line.split_once(" =")
                && !line.starts_with(' ')
                && !line.starts_with('#')
            {
                assert!(en.has(id.trim()), "{id}");
                assert!(!en.format(id.trim(), &[]).is_empty(), "{id}");
            }
        }
    }
}
