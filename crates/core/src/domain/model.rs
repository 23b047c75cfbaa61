//! The checked dataset: the only shape the rest of the program sees.
//!
//! Values of these types come out of [`Dataset::from_raw`](crate::domain::Dataset::from_raw)
//! and hold its invariants: every id reference points at an existing item, every evidence span
//! lies inside the story text on character boundaries, every link has a safe scheme.

use super::cameo::Act;
use super::ids::{ActorId, EventId, QuoteId, RelationId};
use super::kinds::{ActorKind, Provenance, QuoteKind, RelationKind};

/// A half-open byte range `start..end` of the story text.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Span {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
}

impl Span {
    /// A span from `start` to `end`.
    pub fn new(start: usize, end: usize) -> Self {
        Self { start, end }
    }

    /// The span as a range, for slicing.
    pub fn range(self) -> std::ops::Range<usize> {
        self.start..self.end
    }

    /// Whether `other` lies inside this span.
    pub fn contains(self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }
}

/// An `http` or `https` URL; no other scheme can be constructed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SafeUrl(String);

impl SafeUrl {
    /// Accepts absolute `http:` and `https:` URLs without whitespace or control characters.
    pub fn parse(url: &str) -> Option<Self> {
        let lower = url.get(..8).unwrap_or(url).to_ascii_lowercase();
        let scheme_ok = lower.starts_with("https://") || lower.starts_with("http://");
        let clean = !url.chars().any(|c| c.is_whitespace() || c.is_control());
        let has_host = url.split_once("//").is_some_and(|(_, rest)| {
            rest.split(['/', '?', '#'])
                .next()
                .is_some_and(|host| !host.is_empty())
        });
        (scheme_ok && clean && has_host && url.len() <= 2048).then(|| Self(url.to_owned()))
    }

    /// The URL text, safe to place in an `href`.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// A value together with where it comes from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Attributed<T> {
    /// The value.
    pub value: T,
    /// Stated in the article, or added by the dataset's authors.
    pub provenance: Provenance,
}

/// The article the dataset describes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Story {
    /// The story's id.
    pub key: String,
    /// The headline.
    pub title: String,
    /// BCP 47 language tag of the text.
    pub language: String,
    /// Who published it.
    pub publisher: Option<String>,
    /// Where it was published.
    pub url: Option<SafeUrl>,
    /// When it was published, as given.
    pub published: Option<String>,
    /// The article body: title once, then the paragraphs.
    pub text: String,
    /// The text's sentences, in order.
    pub sentences: Vec<Span>,
}

impl Story {
    /// The text of a span.
    pub fn slice(&self, span: Span) -> &str {
        &self.text[span.range()]
    }

    /// The paragraphs of the text, as spans, in order.
    pub fn paragraphs(&self) -> Vec<Span> {
        let mut spans = Vec::new();
        let mut start = 0;
        for piece in self.text.split('\n') {
            let end = start + piece.len();
            if !piece.trim().is_empty() {
                spans.push(Span::new(start, end));
            }
            start = end + 1;
        }
        spans
    }
}

/// Someone or something that acts in the story.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Actor {
    /// The dataset's id.
    pub key: String,
    /// The name, as the article gives it.
    pub name: String,
    /// What sort of actor.
    pub kind: ActorKind,
    /// Other names the article uses for this actor.
    pub aliases: Vec<String>,
    /// The role, such as "Kremlin spokesman".
    pub role: Option<Attributed<String>>,
    /// The actor this one speaks for.
    pub affiliation: Option<Attributed<ActorId>>,
    /// Context the dataset's authors added.
    pub note: Option<String>,
    /// Guessed by the draft extractor, not yet confirmed by an editor.
    pub draft: bool,
}

/// Something the story reports happening.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Event {
    /// The dataset's id.
    pub key: String,
    /// One line saying what happened.
    pub summary: String,
    /// The CAMEO code of the act.
    pub cameo: Act,
    /// Who acted, when the article says.
    pub source: Option<ActorId>,
    /// Whom the act was aimed at.
    pub targets: Vec<ActorId>,
    /// When, in the article's words.
    pub when: Option<String>,
    /// Where, in the article's words.
    pub place: Option<String>,
    /// A date the dataset's authors added.
    pub date: Option<String>,
    /// Context the dataset's authors added.
    pub note: Option<String>,
    /// The passage of the text that reports it.
    pub evidence: Span,
    /// Guessed by the draft extractor, not yet confirmed by an editor.
    pub draft: bool,
}

/// What stands between the segments of a split quote in its plain [`Quote::text`]: the break
/// is marked, never closed up, so that nobody reads two pieces as one sentence.
pub const SEGMENT_BREAK: &str = " … ";

/// A statement's words for plain-text uses: its segments' words joined with
/// [`SEGMENT_BREAK`].
pub(crate) fn joined_text(segments: &[QuoteSegment]) -> String {
    segments
        .iter()
        .map(|segment| segment.text.as_str())
        .collect::<Vec<_>>()
        .join(SEGMENT_BREAK)
}

/// One piece of a statement as the article gives it: for a split quote ("“We will not go
/// back,” said X, “until the night shifts are safe.”") each quoted piece is one segment.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct QuoteSegment {
    /// The segment's words: exact for verbatim quotes.
    pub text: String,
    /// The passage its evidence selects.
    pub span: Span,
}

/// Something the story attributes to someone.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Quote {
    /// The dataset's id.
    pub key: String,
    /// Who said it.
    pub speaker: ActorId,
    /// The name the article uses for the speaker here ("Moscow"), if not the actor's name.
    pub attributed_as: Option<String>,
    /// The words: exact for verbatim quotes, the article's report for paraphrases. For a
    /// split quote, the segments' words joined with [`SEGMENT_BREAK`], for plain-text uses
    /// (the copied citation, what screen readers announce).
    pub text: String,
    /// The statement's segments, in text order: exactly one unless the article interrupts
    /// the quotation with its attribution. Never empty; they do not overlap.
    pub segments: Vec<QuoteSegment>,
    /// Verbatim or reported.
    pub kind: QuoteKind,
    /// Whom it is about.
    pub about: Vec<ActorId>,
    /// The act it performs.
    pub event: Option<EventId>,
    /// When, in the article's words.
    pub when: Option<String>,
    /// Where, in the article's words.
    pub place: Option<String>,
    /// Context the dataset's authors added.
    pub note: Option<String>,
    /// The whole passage that reports it: from the first segment's start to the last one's
    /// end ("In context" shows it).
    pub evidence: Span,
    /// Guessed by the draft extractor, not yet confirmed by an editor.
    pub draft: bool,
}

/// One piece of evidence behind a relation.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum EvidenceRef {
    /// An event.
    Event(EventId),
    /// A statement.
    Quote(QuoteId),
}

/// A relation between two actors, backed by events and statements.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Relation {
    /// The dataset's id.
    pub key: String,
    /// What kind of relation.
    pub kind: RelationKind,
    /// Who it starts from.
    pub source: ActorId,
    /// Whom it goes to.
    pub target: ActorId,
    /// Whether it has a direction (an accusation) or not (talks).
    pub directed: bool,
    /// One line saying what it is.
    pub summary: String,
    /// Context the dataset's authors added.
    pub note: Option<String>,
    /// The events and statements that support it; never empty.
    pub evidence: Vec<EvidenceRef>,
    /// Guessed by the draft extractor, not yet confirmed by an editor.
    pub draft: bool,
}

/// A checked story dataset, with indices for the queries the views ask.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Dataset {
    /// The article.
    pub story: Story,
    /// Actors, in dataset order.
    pub actors: Vec<Actor>,
    /// Events, in dataset order.
    pub events: Vec<Event>,
    /// Statements, in dataset order.
    pub quotes: Vec<Quote>,
    /// Relations, in dataset order.
    pub relations: Vec<Relation>,
    pub(crate) index: Index,
}

/// Derived lookups, built once by the checker.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(crate) struct Index {
    pub relations_of: Vec<Vec<RelationId>>,
    pub quotes_by: Vec<Vec<QuoteId>>,
    pub quotes_about: Vec<Vec<QuoteId>>,
    pub quotes_in_text_order: Vec<QuoteId>,
}

impl Dataset {
    /// Puts checked parts together and builds the lookups. Only the checker and the decoder
    /// of pre-checked data call this: the parts must already hold the dataset's invariants.
    pub(crate) fn assemble(
        story: Story,
        actors: Vec<Actor>,
        events: Vec<Event>,
        quotes: Vec<Quote>,
        relations: Vec<Relation>,
    ) -> Self {
        let mut index = Index {
            relations_of: vec![Vec::new(); actors.len()],
            quotes_by: vec![Vec::new(); actors.len()],
            quotes_about: vec![Vec::new(); actors.len()],
            quotes_in_text_order: (0..quotes.len()).map(QuoteId::new).collect(),
        };
        for (at, relation) in relations.iter().enumerate() {
            index.relations_of[relation.source.index()].push(RelationId::new(at));
            index.relations_of[relation.target.index()].push(RelationId::new(at));
        }
        for (at, quote) in quotes.iter().enumerate() {
            index.quotes_by[quote.speaker.index()].push(QuoteId::new(at));
            for about in &quote.about {
                index.quotes_about[about.index()].push(QuoteId::new(at));
            }
        }
        // Ties keep dataset order.
        index.quotes_in_text_order =
            super::order::order_by(quotes.len(), &|q| quotes[q].evidence.start as f64)
                .into_iter()
                .map(QuoteId::new)
                .collect();
        Self {
            story,
            actors,
            events,
            quotes,
            relations,
            index,
        }
    }

    /// The actor with this id.
    pub fn actor(&self, id: ActorId) -> &Actor {
        &self.actors[id.index()]
    }

    /// The event with this id.
    pub fn event(&self, id: EventId) -> &Event {
        &self.events[id.index()]
    }

    /// The statement with this id.
    pub fn quote(&self, id: QuoteId) -> &Quote {
        &self.quotes[id.index()]
    }

    /// The relation with this id.
    pub fn relation(&self, id: RelationId) -> &Relation {
        &self.relations[id.index()]
    }

    /// Every actor id, in dataset order.
    pub fn actor_ids(&self) -> impl ExactSizeIterator<Item = ActorId> + use<> {
        (0..self.actors.len()).map(ActorId::new)
    }

    /// Every relation id, in dataset order.
    pub fn relation_ids(&self) -> impl ExactSizeIterator<Item = RelationId> + use<> {
        (0..self.relations.len()).map(RelationId::new)
    }

    /// Looks an actor up by its dataset id.
    pub fn actor_by_key(&self, key: &str) -> Option<ActorId> {
        self.actors
            .iter()
            .position(|a| a.key == key)
            .map(ActorId::new)
    }

    /// Looks a relation up by its dataset id.
    pub fn relation_by_key(&self, key: &str) -> Option<RelationId> {
        self.relations
            .iter()
            .position(|r| r.key == key)
            .map(RelationId::new)
    }

    /// Looks a statement up by its dataset id.
    pub fn quote_by_key(&self, key: &str) -> Option<QuoteId> {
        self.quotes
            .iter()
            .position(|q| q.key == key)
            .map(QuoteId::new)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_http_and_https_urls_are_safe() {
        assert!(SafeUrl::parse("https://example.org/story").is_some());
        assert!(SafeUrl::parse("HTTP://example.org").is_some());
        for bad in [
            "javascript:alert(1)",
            "data:text/html,<script>",
            "vbscript:x",
            "//example.org",
            "https://",
            "https:///path",
            "https://exa mple.org",
            "https://example.org/\u{0}",
            "ftp://example.org",
            " https://example.org",
        ] {
            assert_eq!(SafeUrl::parse(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn paragraphs_skip_blank_lines() {
        let story = Story {
            key: "s".into(),
            title: "T".into(),
            language: "en".into(),
            publisher: None,
            url: None,
            published: None,
            text: "T\n\nOne.\n \nTwo.".into(),
            sentences: Vec::new(),
        };
        let paragraphs: Vec<&str> = story
            .paragraphs()
            .into_iter()
            .map(|p| story.slice(p))
            .collect();
        assert_eq!(paragraphs, ["T", "One.", "Two."]);
    }

    #[test]
    fn span_containment() {
        assert!(Span::new(0, 10).contains(Span::new(2, 10)));
        assert!(!Span::new(2, 10).contains(Span::new(1, 3)));
    }
}
