//! A draft of a story's cast, computed from the article's plain text by rules (no model, no
//! network): who is quoted and who reported what, each statement's speaker resolved through
//! names, titles, later mentions, pronouns and role nouns, and every item's selector made to
//! match exactly once. The output is a dramatis/1 story in which every item carries the draft
//! mark (`"added": {"draft": true}`) for an editor to confirm.
//!
//! **Architecture Invariant:** [`draft`] never panics on any text, and what it returns
//! always passes the checker ([`crate::domain::load`]); the fuzz target `draft` holds it to
//! both. Statements a rule got wrong in a way the checker sees are dropped, never shipped.
//!
//! One concern a file: [`prepare`] (title, paragraphs, furniture), [`lexicon`] (speech verbs,
//! titles, pronouns per language), [`places`] (countries, capitals, demonyms), [`passages`]
//! (quoted passages, an interrupted one split), [`tokens`],
//! [`people`] (names with titles and roles), [`entities`] (actors and coreference),
//! [`speech`] (statements of a sentence), [`selector`] (unique selectors), [`story`] (the
//! dramatis/1 document).

pub mod entities;
pub mod lexicon;
pub mod passages;
pub mod people;
pub mod places;
pub mod prepare;
pub mod selector;
pub mod speech;
pub mod story;
pub mod tokens;

use std::fmt;

use crate::domain::text::{self, TextIndex};
use crate::domain::{ActorKind, QuoteKind, Span};

pub use prepare::MAX_ARTICLE_BYTES;
pub use selector::Selector;

/// Why no draft could be made.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DraftError {
    /// The text has no visible characters.
    Empty,
    /// The text is larger than [`MAX_ARTICLE_BYTES`] (its size in bytes).
    TooLarge(usize),
}

impl fmt::Display for DraftError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Empty => f.write_str(
                "the article is empty: expected a title line, a blank line and paragraphs",
            ),
            Self::TooLarge(bytes) => write!(
                f,
                "the article is {bytes} bytes; the draft extractor reads at most {MAX_ARTICLE_BYTES} (1 MB)"
            ),
        }
    }
}

impl std::error::Error for DraftError {}

/// An actor the draft proposes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DraftActor {
    /// Its id in the story.
    pub key: String,
    /// The fullest name the text gives.
    pub name: String,
    /// The guessed kind.
    pub kind: ActorKind,
    /// Other names the text uses for it.
    pub aliases: Vec<String>,
    /// Its title or role, as the text gives it.
    pub role: Option<String>,
    /// The actor it speaks for (an index into [`Draft::actors`]).
    pub affiliation: Option<usize>,
}

/// One segment of a drafted statement.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DraftSegment {
    /// Where it stands in [`Draft::text`].
    pub span: Span,
    /// A selector that matches it exactly once.
    pub selector: Selector,
}

/// A statement the draft proposes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DraftStatement {
    /// Its id in the story.
    pub key: String,
    /// Who speaks (an index into [`Draft::actors`]).
    pub speaker: usize,
    /// The name the sentence uses, when it is a place or institution's other name ("Moscow").
    pub attributed_as: Option<String>,
    /// Verbatim only for words inside quotation marks; reported speech is a paraphrase.
    pub kind: QuoteKind,
    /// The words (one per quoted piece of a split quote) or the reported clause.
    pub segments: Vec<DraftSegment>,
}

/// A draft of the story.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Draft {
    /// The headline.
    pub title: String,
    /// The guessed language's BCP 47 tag.
    pub language: &'static str,
    /// The story text: the title, then the paragraphs.
    pub text: String,
    /// The proposed actors.
    pub actors: Vec<DraftActor>,
    /// The proposed statements, in text order.
    pub statements: Vec<DraftStatement>,
}

impl Draft {
    /// The draft as a dramatis/1 document, every item marked as a draft.
    pub fn to_json(&self) -> String {
        story::to_json(self)
    }
}

/// Drafts the cast of `article` (title line, blank line, paragraphs).
///
/// # Errors
/// An empty article, or one larger than [`MAX_ARTICLE_BYTES`].
pub fn draft(article: &str) -> Result<Draft, DraftError> {
    let prepared = prepare::prepare(article)?;
    let text = prepared.text.as_str();
    let lang = lexicon::Lang::guess(text);
    let lower = text.to_lowercase();
    // Lower-casing may change lengths (rare scripts); then demonyms are not looked up.
    let lower = if lower.len() == text.len() {
        lower
    } else {
        String::new()
    };
    let sentences = text::sentences(text);
    let passages = passages::reading(text, lang);
    let spans: Vec<Span> = passages.iter().map(|p| p.0).collect();
    let title_end = prepared.title.len();
    let sentence_tokens: Vec<(usize, bool, Vec<tokens::Token>)> = sentences
        .iter()
        .enumerate()
        .filter(|(_, s)| s.start >= title_end)
        .map(|(k, s)| {
            let first = text[..s.start].ends_with('\n');
            (k, first, tokens::tokenize(text, *s, &spans))
        })
        .collect();
    let mut entities = entities::Entities::default();
    for (_, _, toks) in &sentence_tokens {
        people::scan(text, &lower, toks, lang, &mut entities);
    }
    let mut reader = speech::Reader::new(text, lang);
    let mut found = Vec::new();
    for (k, first, toks) in &sentence_tokens {
        reader.sentence(*k, *first, toks, &passages, &mut entities, &mut found);
    }
    let index = TextIndex::new(text);
    let mut draft = story::assemble(&prepared, lang, &entities, &found, &index);
    story::repair(&mut draft);
    Ok(draft)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_split_quote_and_a_report_with_their_speakers() {
        let article = "Nurses Strike\n\n“We will not go back,” said union leader Mara Ost, “until the night shifts are safe.” She said the hospital had ignored them.";
        let draft = draft(article).unwrap();
        assert_eq!(draft.statements.len(), 2, "{draft:#?}");
        let quote = &draft.statements[0];
        assert_eq!(quote.kind, QuoteKind::Verbatim);
        let words: Vec<&str> = quote
            .segments
            .iter()
            .map(|s| &draft.text[s.span.range()])
            .collect();
        assert_eq!(
            words,
            ["We will not go back", "until the night shifts are safe."]
        );
        let ost = &draft.actors[quote.speaker];
        assert_eq!(
            (ost.name.as_str(), ost.role.as_deref()),
            ("Mara Ost", Some("union leader"))
        );
        let report = &draft.statements[1];
        assert_eq!(report.kind, QuoteKind::Paraphrase);
        assert_eq!(report.speaker, quote.speaker);
        assert_eq!(
            &draft.text[report.segments[0].span.range()],
            "the hospital had ignored them"
        );
        crate::domain::load(&draft.to_json()).unwrap();
    }

    /// The statements of `body` (after a title) as (speaker, kind, first words).
    fn statements(body: &str) -> Vec<(String, QuoteKind, String)> {
        let draft = draft(&format!("Title\n\n{body}")).unwrap();
        crate::domain::load(&draft.to_json()).unwrap();
        draft
            .statements
            .iter()
            .map(|s| {
                (
                    draft.actors[s.speaker].name.clone(),
                    s.kind,
                    draft.text[s.segments[0].span.range()].to_owned(),
                )
            })
            .collect()
    }

    fn report(speaker: &str, words: &str) -> (String, QuoteKind, String) {
        (speaker.into(), QuoteKind::Paraphrase, words.into())
    }

    #[test]
    fn a_report_before_its_attribution() {
        assert_eq!(
            statements(
                "The bridge will shut for eleven weeks, the city council announced on Thursday, leaving two ferries."
            ),
            [report(
                "city council",
                "The bridge will shut for eleven weeks"
            )]
        );
        assert_eq!(
            statements("Die Klinik wird Ende des Jahres schließen, sagte Landrat Jörg Baumann."),
            [report(
                "Jörg Baumann",
                "Die Klinik wird Ende des Jahres schließen"
            )]
        );
        // Or with an adverbial clause after the time.
        assert_eq!(
            statements(
                "The north harbour will be closed for six weeks, the port authority said on Tuesday, after two trawlers ran aground."
            ),
            [report(
                "port authority",
                "The north harbour will be closed for six weeks"
            )]
        );
        // A parenthetical attribution is no report of what precedes it.
        let parenthetical = statements("The new rules, the minister said, will apply in May.");
        assert!(
            parenthetical
                .iter()
                .all(|(_, _, words)| !words.starts_with("The new")),
            "{parenthetical:?}"
        );
    }

    #[test]
    fn appositions_and_a_second_verb_of_the_same_subject() {
        assert_eq!(
            statements(
                "“We have four boats,” Tom Reddick, the managing director of Portmere Ferries, told reporters."
            ),
            [(
                "Tom Reddick".into(),
                QuoteKind::Verbatim,
                "We have four boats".into()
            )]
        );
        assert_eq!(
            statements(
                "Vakbond AOb, die de staking organiseerde, eist dat het kabinet meer geld uittrekt."
            ),
            [report("Vakbond AOb", "het kabinet meer geld uittrekt")]
        );
        assert_eq!(
            statements(
                "Minister Aoife Brennan said she understood the anger but insisted that safety came first."
            ),
            [
                report("Aoife Brennan", "she understood the anger"),
                report("Aoife Brennan", "safety came first"),
            ]
        );
        // Without "that", a verb after "and" may have a subject of its own that is not named.
        assert_eq!(
            statements("Minister Aoife Brennan said the talks failed and warned the unions.").len(),
            1
        );
    }

    #[test]
    fn a_name_has_one_group_of_particles_and_volgens_takes_a_title() {
        assert_eq!(
            statements("Wethouder Sanne de Wit van Utrecht zei dat de gemeente noodopvang regelt."),
            [report("Sanne de Wit", "de gemeente noodopvang regelt")]
        );
        assert_eq!(
            statements(
                "Voorzitter Henk Doorn van de bond sprak in Utrecht. Volgens voorzitter Henk Doorn zijn er in het land te weinig leraren."
            ),
            [report(
                "Henk Doorn",
                "zijn er in het land te weinig leraren"
            )]
        );
    }

    #[test]
    fn a_quotation_interrupted_between_dashes_is_one_statement() {
        let draft = draft("Заголовок\n\n«Ми розуміємо, що холодно, — сказав міський голова Віктор Гнатюк. — Але тепла не буде». За його словами, бригади працюють.").unwrap();
        crate::domain::load(&draft.to_json()).unwrap();
        let quote = &draft.statements[0];
        let words: Vec<&str> = quote
            .segments
            .iter()
            .map(|s| &draft.text[s.span.range()])
            .collect();
        assert_eq!(words, ["Ми розуміємо, що холодно", "Але тепла не буде"]);
        assert_eq!(draft.actors[quote.speaker].name, "Віктор Гнатюк");
        // The attribution names him, so "за його словами" points back to him.
        assert_eq!(draft.statements[1].speaker, quote.speaker);
    }

    #[test]
    fn fuegte_hinzu_and_a_deplore_are_speech_verbs() {
        assert_eq!(
            statements(
                "Katrin Wedemeyer sprach in Lübeck. Sie fügte hinzu, die Fahrzeit verlängere sich um vierzig Minuten."
            ),
            [report(
                "Katrin Wedemeyer",
                "die Fahrzeit verlängere sich um vierzig Minuten"
            )]
        );
        assert_eq!(
            statements(
                "Les écoles resteront fermées et les parents sont en colère. «\u{a0}On nous a prévenus par un simple SMS, la veille au soir\u{a0}», a déploré Karim Haddad, président de l’association des parents de l’école."
            ),
            [(
                "Karim Haddad".into(),
                QuoteKind::Verbatim,
                "On nous a prévenus par un simple SMS, la veille au soir".into()
            )]
        );
    }

    #[test]
    fn a_title_in_lower_case_then_the_name_after_the_comma() {
        assert_eq!(
            statements(
                "Les écoles resteront fermées et les parents sont en colère. «\u{a0}Nous ne prendrons aucun risque avec la santé des enfants\u{a0}», a déclaré l’adjointe à l’éducation, Claire Vasseur."
            ),
            [(
                "Claire Vasseur".into(),
                QuoteKind::Verbatim,
                "Nous ne prendrons aucun risque avec la santé des enfants".into()
            )]
        );
    }

    #[test]
    fn the_words_after_ministry_of_are_no_person() {
        assert_eq!(
            statements(
                "Según el Ministerio para la Transición Ecológica, las obras de la desaladora terminarán en otoño."
            ),
            [report(
                "el Ministerio para la Transición Ecológica",
                "las obras de la desaladora terminarán en otoño"
            )]
        );
    }

    #[test]
    fn bad_input_gives_a_clear_message() {
        assert_eq!(draft("").unwrap_err(), DraftError::Empty);
        assert!(DraftError::TooLarge(2_000_000).to_string().contains("1 MB"));
    }
}
