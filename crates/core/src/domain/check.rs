//! The checker: turns a [`RawDataset`] into a [`Dataset`] or reports every problem at once,
//! each with its JSON path.

use std::collections::{HashMap, HashSet};

use super::cameo::{Act, Cameo};
use super::error::DatasetError;
use super::ids::{ActorId, EventId, QuoteId};
use super::kinds::{ActorKind, Provenance, QuoteKind, RelationKind};
use super::model::{
    Actor, Attributed, Dataset, Event, EvidenceRef, Quote, QuoteSegment, Relation, SafeUrl, Span,
    Story, joined_text,
};
use super::raw::{FORMAT, RawAdded, RawDataset, RawQuote, RawSelector, RawStory};
use super::text::{self, Resolution};

/// Longest id, in bytes.
const MAX_ID: usize = 64;
/// Longest name, alias, role, place or time, in characters.
const MAX_SHORT: usize = 200;
/// Longest summary, note or statement, in characters.
const MAX_LONG: usize = 4000;
/// Most items in one collection.
pub const MAX_ITEMS: usize = 200_000;

/// Ids of items that could not even be read; references to them are not reported again.
#[derive(Debug, Default)]
pub(crate) struct Unreadable {
    pub story: bool,
    pub actors: HashSet<String>,
    pub events: HashSet<String>,
    pub quotes: HashSet<String>,
}

impl Unreadable {
    /// Whether any part of the document could not be read.
    fn any(&self) -> bool {
        self.story || !(self.actors.is_empty() && self.events.is_empty() && self.quotes.is_empty())
    }
}

impl Dataset {
    /// Checks a raw dataset against its own story text and returns the checked dataset, or
    /// every problem found, each with its JSON path.
    ///
    /// # Errors
    /// Every problem found; the list is never empty.
    pub fn from_raw(raw: &RawDataset) -> Result<Self, Vec<DatasetError>> {
        check(raw, &Unreadable::default())
    }
}

pub(crate) fn check(
    raw: &RawDataset,
    unreadable: &Unreadable,
) -> Result<Dataset, Vec<DatasetError>> {
    // The text in lower case, once, for the many case-insensitive name lookups; indexed when
    // long, as the text itself is (a megabyte's draft names thousands of actors).
    let text_ok = !unreadable.story && !raw.story.text.trim().is_empty();
    let lower = if text_ok {
        raw.story.text.to_lowercase()
    } else {
        String::new()
    };
    let mut checker = Checker::new(raw, unreadable, &lower);
    if raw.format != FORMAT {
        checker.fail(
            "format",
            format!("unknown format {:?}; expected {FORMAT:?}", raw.format),
        );
    }
    let story = checker.story(&raw.story);
    let actors = checker.actors(raw);
    let events = checker.events(raw);
    let quotes = checker.quotes(raw);
    let relations = checker.relations(raw);
    // An item is built only when every check of it passed, so with no error every item is
    // there. A reference to a record that could not be read is not an error of its own (the
    // structural error already says what is wrong), but it leaves the item unbuilt.
    if !checker.errors.is_empty() || unreadable.any() {
        return Err(checker.errors);
    }
    match (
        actors.into_iter().collect::<Option<Vec<_>>>(),
        events.into_iter().collect::<Option<Vec<_>>>(),
        quotes.into_iter().collect::<Option<Vec<_>>>(),
    ) {
        (Some(actors), Some(events), Some(quotes)) => {
            Ok(Dataset::assemble(story, actors, events, quotes, relations))
        }
        _ => Err(vec![DatasetError::new(
            "document",
            "an item could not be checked (a bug in the checker: please report it with this story)",
        )]),
    }
}

struct Checker<'a> {
    errors: Vec<DatasetError>,
    text: &'a str,
    /// Whether text-dependent checks can run (the story was readable and its text non-empty).
    text_ok: bool,
    sentences: Vec<Span>,
    quoted: Vec<Span>,
    index: text::TextIndex<'a>,
    /// The text in lower case, indexed like the text.
    lower: text::TextIndex<'a>,
    unreadable: &'a Unreadable,
    actor_ids: HashMap<&'a str, ActorId>,
    event_ids: HashMap<&'a str, EventId>,
    quote_ids: HashMap<&'a str, QuoteId>,
    /// References to records that could not be read (not errors of their own).
    unresolved: usize,
}

impl<'a> Checker<'a> {
    fn new(raw: &'a RawDataset, unreadable: &'a Unreadable, lower: &'a str) -> Self {
        let text = raw.story.text.as_str();
        let text_ok = !unreadable.story && !text.trim().is_empty();
        Self {
            errors: Vec::new(),
            text,
            text_ok,
            sentences: if text_ok {
                text::sentences(text)
            } else {
                Vec::new()
            },
            quoted: if text_ok {
                text::quoted_passages(text)
            } else {
                Vec::new()
            },
            index: text::TextIndex::new(if text_ok { text } else { "" }),
            lower: text::TextIndex::new(lower),
            unreadable,
            actor_ids: HashMap::new(),
            event_ids: HashMap::new(),
            quote_ids: HashMap::new(),
            unresolved: 0,
        }
    }

    /// Whether the story text mentions `name`, ignoring case.
    fn mentions(&self, name: &str) -> bool {
        !name.is_empty() && self.lower.contains(&name.to_lowercase())
    }

    fn fail(&mut self, path: impl Into<String>, message: impl Into<String>) {
        self.errors.push(DatasetError::new(path, message));
    }

    /// Where the checks stand, taken before an item's checks for [`Self::passed_since`].
    fn mark(&self) -> (usize, usize) {
        (self.errors.len(), self.unresolved)
    }

    /// Whether every check since `mark` passed and every reference resolved: only then is
    /// the item built.
    fn passed_since(&self, mark: (usize, usize)) -> bool {
        self.mark() == mark
    }

    // ---- field-level helpers -------------------------------------------------------------

    fn id(&mut self, path: &str, id: &str) {
        let mut chars = id.chars();
        let starts_well = chars.next().is_some_and(|c| c.is_ascii_alphanumeric());
        let rest_ok =
            chars.all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.' | ':'));
        if !(starts_well && rest_ok && id.len() <= MAX_ID) {
            self.fail(
                path,
                format!(
                    "invalid id {:?}: use 1 to {MAX_ID} letters, digits, '-', '_', '.' or ':', starting with a letter or digit",
                    truncate(id)
                ),
            );
        }
    }

    /// A required human-readable string: not blank, not too long, no invisible controls.
    fn words(&mut self, path: &str, value: &str, max: usize) -> bool {
        if value.trim().is_empty() {
            self.fail(path, "must not be empty");
            return false;
        }
        let length = value.chars().count();
        if length > max {
            self.fail(
                path,
                format!("too long: {length} characters, at most {max}"),
            );
            return false;
        }
        if let Some(c) = value.chars().find(|&c| is_forbidden_control(c)) {
            self.fail(
                path,
                format!(
                    "contains the invisible control character U+{:04X}",
                    u32::from(c)
                ),
            );
            return false;
        }
        true
    }

    fn optional_words(&mut self, path: &str, value: Option<&str>, max: usize) -> Option<String> {
        let value = value?;
        self.words(path, value, max).then(|| value.to_owned())
    }

    /// Resolves an evidence selector to a span of the text.
    /// `None` when it does not resolve (reported) or the text cannot be read (reported with
    /// the story).
    fn selector(&mut self, path: &str, selector: &RawSelector) -> Option<Span> {
        if let Some(kind) = &selector.kind
            && kind != "TextQuoteSelector"
        {
            self.fail(
                format!("{path}.type"),
                format!("unknown selector type {kind:?}; expected \"TextQuoteSelector\""),
            );
        }
        if selector.exact.is_empty() {
            self.fail(format!("{path}.exact"), "must not be empty");
            return None;
        }
        if !self.text_ok {
            return None;
        }
        let prefix = selector.prefix.as_deref().unwrap_or("");
        let suffix = selector.suffix.as_deref().unwrap_or("");
        match self.index.resolve(&selector.exact, prefix, suffix) {
            Resolution::Unique(span) => Some(span),
            Resolution::Missing => {
                let context = if prefix.is_empty() && suffix.is_empty() {
                    ""
                } else {
                    " with this prefix and suffix"
                };
                self.fail(
                    format!("{path}.exact"),
                    format!(
                        "{:?} does not occur in the story text{context}",
                        truncate(&selector.exact)
                    ),
                );
                None
            }
            Resolution::Ambiguous(count) => {
                self.fail(
                    format!("{path}.exact"),
                    format!(
                        "{:?} matches {count} places in the story text; add a prefix or suffix to pick one",
                        truncate(&selector.exact)
                    ),
                );
                None
            }
        }
    }

    /// A time or place, which must be the article's words near the evidence.
    fn stated(
        &mut self,
        path: &str,
        value: Option<&str>,
        evidence: Option<Span>,
    ) -> Option<String> {
        let value = self.optional_words(path, value, MAX_SHORT)?;
        if self.text_ok
            && let Some(evidence) = evidence
        {
            let around = text::sentence_around(&self.sentences, evidence);
            if !text::contains_ignoring_case(&self.text[around.range()], &value) {
                self.fail(path, format!("{value:?} does not occur in the sentence of its evidence; give it as the article states it"));
            }
        }
        Some(value)
    }

    fn actor_ref(&mut self, path: &str, key: &str) -> Option<ActorId> {
        if let Some(&id) = self.actor_ids.get(key) {
            return Some(id);
        }
        if self.unreadable.actors.contains(key) {
            self.unresolved += 1;
        } else {
            let hint = suggestion(key, self.actor_ids.keys().copied());
            self.fail(path, format!("unknown actor {:?}{hint}", truncate(key)));
        }
        None
    }

    fn actor_refs(&mut self, path: &str, keys: &[String]) -> Vec<ActorId> {
        let mut ids = Vec::new();
        for (at, key) in keys.iter().enumerate() {
            let item_path = format!("{path}[{at}]");
            if let Some(id) = self.actor_ref(&item_path, key) {
                if ids.contains(&id) {
                    self.fail(item_path, format!("{key:?} is listed twice"));
                } else {
                    ids.push(id);
                }
            }
        }
        ids
    }

    fn added_fields(&mut self, path: &str, added: Option<&RawAdded>, allowed: &[&str]) {
        let Some(added) = added else { return };
        let present = [
            ("note", added.note.is_some()),
            ("role", added.role.is_some()),
            ("affiliation", added.affiliation.is_some()),
            ("date", added.date.is_some()),
            ("draft", added.draft.is_some()),
        ];
        for (field, is_present) in present {
            if is_present && !allowed.contains(&field) {
                self.fail(
                    format!("{path}.added.{field}"),
                    format!("not allowed here; allowed: {}", allowed.join(", ")),
                );
            }
        }
        if let Some(note) = &added.note {
            self.words(&format!("{path}.added.note"), note, MAX_LONG);
        }
        if let Some(date) = &added.date
            && !is_iso_date(date)
        {
            self.fail(
                format!("{path}.added.date"),
                format!(
                    "{:?} is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD",
                    truncate(date)
                ),
            );
        }
    }

    fn duplicate<'k>(&mut self, path: &str, seen: &mut HashSet<&'k str>, key: &'k str, what: &str) {
        if !seen.insert(key) {
            self.fail(path, format!("duplicate {what} id {:?}", truncate(key)));
        }
    }

    fn count(&mut self, path: &str, count: usize) {
        if count > MAX_ITEMS {
            self.fail(
                path,
                format!("too many items: {count}, at most {MAX_ITEMS}"),
            );
        }
    }

    // ---- sections ------------------------------------------------------------------------

    fn story(&mut self, raw: &RawStory) -> Story {
        if !self.unreadable.story {
            self.id("story.id", &raw.id);
            self.words("story.title", &raw.title, 300);
            let language_ok = !raw.language.is_empty()
                && raw.language.len() <= 35
                && raw.language.split('-').all(|part| {
                    !part.is_empty()
                        && part.len() <= 8
                        && part.chars().all(|c| c.is_ascii_alphanumeric())
                });
            if !language_ok {
                self.fail(
                    "story.language",
                    format!(
                        "{:?} is not a language tag such as \"en\" or \"pt-BR\"",
                        truncate(&raw.language)
                    ),
                );
            }
            self.optional_words("story.publisher", raw.publisher.as_deref(), MAX_SHORT);
            if let Some(published) = &raw.published
                && !is_iso_date(published)
            {
                self.fail(
                    "story.published",
                    format!(
                        "{:?} is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD",
                        truncate(published)
                    ),
                );
            }
            if raw.text.trim().is_empty() {
                self.fail("story.text", "must not be empty");
            } else if !raw.title.trim().is_empty() && !raw.text.starts_with(raw.title.trim()) {
                self.fail(
                    "story.text",
                    "must begin with the title, then the paragraphs",
                );
            }
            if let Some(c) = raw
                .text
                .chars()
                .find(|&c| c.is_control() && !matches!(c, '\n' | '\t'))
            {
                self.fail(
                    "story.text",
                    format!("contains the control character U+{:04X}", u32::from(c)),
                );
            }
        }
        let url = raw.url.as_deref().and_then(|url| {
            let safe = SafeUrl::parse(url);
            if safe.is_none() {
                self.fail(
                    "story.url",
                    format!("{:?} is not an absolute http or https URL", truncate(url)),
                );
            }
            safe
        });
        Story {
            key: raw.id.clone(),
            title: raw.title.trim().to_owned(),
            language: raw.language.clone(),
            publisher: raw.publisher.clone(),
            url,
            published: raw.published.clone(),
            text: raw.text.clone(),
            sentences: self.sentences.clone(),
        }
    }

    /// Each actor, or `None` where one of its checks failed (reported).
    fn actors(&mut self, raw: &'a RawDataset) -> Vec<Option<Actor>> {
        self.count("actors", raw.actors.len());
        let mut seen = HashSet::new();
        for (at, actor) in raw.actors.iter().enumerate() {
            self.duplicate(&format!("actors[{at}].id"), &mut seen, &actor.id, "actor");
            self.actor_ids
                .entry(actor.id.as_str())
                .or_insert(ActorId::new(at));
        }
        let mut actors = Vec::with_capacity(raw.actors.len());
        // Every actor's affiliation that resolved, built or not: cycles are found through all.
        let mut affiliations = Vec::with_capacity(raw.actors.len());
        for (at, actor) in raw.actors.iter().enumerate() {
            let path = format!("actors[{at}]");
            let mark = self.mark();
            self.id(&format!("{path}.id"), &actor.id);
            let name_ok = self.words(&format!("{path}.name"), &actor.name, MAX_SHORT);
            let kind = ActorKind::parse(&actor.kind);
            if kind.is_none() {
                let known: Vec<&str> = ActorKind::ALL.iter().map(|k| k.key()).collect();
                self.fail(
                    format!("{path}.kind"),
                    format!(
                        "unknown actor kind {:?}; expected one of {}",
                        truncate(&actor.kind),
                        known.join(", ")
                    ),
                );
            }
            for (n, alias) in actor.aliases.iter().enumerate() {
                let alias_path = format!("{path}.aliases[{n}]");
                if self.words(&alias_path, alias, MAX_SHORT)
                    && self.text_ok
                    && !self.mentions(alias)
                {
                    self.fail(alias_path, format!("{alias:?} does not occur in the story text; aliases are names the article uses"));
                }
            }
            if name_ok
                && self.text_ok
                && !self.mentions(&actor.name)
                && !actor.aliases.iter().any(|alias| self.mentions(alias))
            {
                self.fail(
                    format!("{path}.name"),
                    format!(
                        "neither {:?} nor any alias occurs in the story text",
                        actor.name
                    ),
                );
            }
            self.added_fields(
                &path,
                actor.added.as_ref(),
                &["note", "role", "affiliation", "draft"],
            );
            let added = actor.added.clone().unwrap_or_default();
            let role = self.attributed_role(&path, actor.role.as_deref(), added.role.as_deref());
            let affiliation = self.affiliation(
                &path,
                ActorId::new(at),
                actor.affiliation.as_deref(),
                added.affiliation.as_deref(),
            );
            affiliations.push(affiliation.as_ref().map(|a| a.value));
            actors.push(match kind {
                Some(kind) if self.passed_since(mark) => Some(Actor {
                    key: actor.id.clone(),
                    name: actor.name.trim().to_owned(),
                    kind,
                    aliases: actor.aliases.clone(),
                    role,
                    affiliation,
                    note: added.note,
                    draft: is_draft(actor.added.as_ref()),
                }),
                _ => None,
            });
        }
        self.affiliation_cycles(raw, &affiliations, &mut actors);
        actors
    }

    fn attributed_role(
        &mut self,
        path: &str,
        stated: Option<&str>,
        added: Option<&str>,
    ) -> Option<Attributed<String>> {
        match (stated, added) {
            (Some(_), Some(_)) => {
                self.fail(format!("{path}.added.role"), "give the role either as stated (role) or as added context (added.role), not both");
                None
            }
            (Some(role), None) => {
                let value = self.optional_words(&format!("{path}.role"), Some(role), MAX_SHORT)?;
                if self.text_ok && !self.mentions(&value) {
                    self.fail(format!("{path}.role"), format!("{value:?} does not occur in the story text; a role the article does not state belongs in added.role"));
                }
                Some(Attributed {
                    value,
                    provenance: Provenance::Article,
                })
            }
            (None, Some(role)) => {
                let value =
                    self.optional_words(&format!("{path}.added.role"), Some(role), MAX_SHORT)?;
                Some(Attributed {
                    value,
                    provenance: Provenance::Added,
                })
            }
            (None, None) => None,
        }
    }

    fn affiliation(
        &mut self,
        path: &str,
        own: ActorId,
        stated: Option<&str>,
        added: Option<&str>,
    ) -> Option<Attributed<ActorId>> {
        let (field, key, provenance) = match (stated, added) {
            (Some(_), Some(_)) => {
                self.fail(
                    format!("{path}.added.affiliation"),
                    "give the affiliation either as stated or as added context, not both",
                );
                return None;
            }
            (Some(key), None) => ("affiliation", key, Provenance::Article),
            (None, Some(key)) => ("added.affiliation", key, Provenance::Added),
            (None, None) => return None,
        };
        let value = self.actor_ref(&format!("{path}.{field}"), key)?;
        if value == own {
            self.fail(
                format!("{path}.{field}"),
                "an actor cannot be affiliated with itself",
            );
            return None;
        }
        Some(Attributed { value, provenance })
    }

    /// Reports every actor whose affiliations lead back to it, and leaves it unbuilt.
    fn affiliation_cycles(
        &mut self,
        raw: &RawDataset,
        affiliations: &[Option<ActorId>],
        actors: &mut [Option<Actor>],
    ) {
        for start in 0..affiliations.len() {
            let mut chain = vec![ActorId::new(start)];
            let mut next = affiliations[start];
            while let Some(id) = next {
                if id.index() == start {
                    let names: Vec<&str> = chain
                        .iter()
                        .chain([&id])
                        .map(|id| raw.actors[id.index()].id.as_str())
                        .collect();
                    self.fail(
                        format!("actors[{start}].affiliation"),
                        format!("affiliations form a cycle: {}", names.join(" → ")),
                    );
                    actors[start] = None;
                    break;
                }
                if chain.contains(&id) || chain.len() > affiliations.len() {
                    break;
                }
                chain.push(id);
                next = affiliations[id.index()];
            }
        }
    }

    /// Each event, or `None` where one of its checks failed (reported).
    fn events(&mut self, raw: &'a RawDataset) -> Vec<Option<Event>> {
        self.count("events", raw.events.len());
        let mut seen = HashSet::new();
        for (at, event) in raw.events.iter().enumerate() {
            self.duplicate(&format!("events[{at}].id"), &mut seen, &event.id, "event");
            self.event_ids
                .entry(event.id.as_str())
                .or_insert(EventId::new(at));
        }
        let mut events = Vec::with_capacity(raw.events.len());
        for (at, event) in raw.events.iter().enumerate() {
            let path = format!("events[{at}]");
            let mark = self.mark();
            self.id(&format!("{path}.id"), &event.id);
            self.words(&format!("{path}.summary"), &event.summary, MAX_LONG);
            let cameo = Cameo::parse(&event.cameo);
            if cameo.is_none() {
                self.fail(format!("{path}.cameo"), format!("unknown CAMEO event code {:?}; use a two- or three-digit code such as \"045\" (Mediate)", truncate(&event.cameo)));
            }
            let source = event
                .source
                .as_deref()
                .and_then(|key| self.actor_ref(&format!("{path}.source"), key));
            let targets = self.actor_refs(&format!("{path}.targets"), &event.targets);
            if let Some(source) = source
                && targets.contains(&source)
            {
                self.fail(format!("{path}.targets"), "lists the event's own source");
            }
            let evidence = self.selector(&format!("{path}.evidence"), &event.evidence);
            let when = self.stated(&format!("{path}.when"), event.when.as_deref(), evidence);
            let place = self.stated(&format!("{path}.place"), event.place.as_deref(), evidence);
            self.added_fields(&path, event.added.as_ref(), &["note", "date", "draft"]);
            let added = event.added.clone().unwrap_or_default();
            events.push(match (cameo, evidence) {
                (Some(cameo), Some(evidence)) if self.passed_since(mark) => Some(Event {
                    key: event.id.clone(),
                    summary: event.summary.trim().to_owned(),
                    cameo: Act::from(cameo),
                    source,
                    targets,
                    when,
                    place,
                    date: added.date,
                    note: added.note,
                    evidence,
                    draft: is_draft(event.added.as_ref()),
                }),
                _ => None,
            });
        }
        events
    }

    /// Each statement, or `None` where one of its checks failed (reported).
    fn quotes(&mut self, raw: &'a RawDataset) -> Vec<Option<Quote>> {
        self.count("quotes", raw.quotes.len());
        let mut seen = HashSet::new();
        for (at, quote) in raw.quotes.iter().enumerate() {
            let path = format!("quotes[{at}].id");
            self.duplicate(&path, &mut seen, &quote.id, "statement");
            if self.event_ids.contains_key(quote.id.as_str())
                || self.unreadable.events.contains(&quote.id)
            {
                self.fail(
                    path,
                    format!(
                        "{:?} is also an event id; relations cite both, so they must differ",
                        truncate(&quote.id)
                    ),
                );
            }
            self.quote_ids
                .entry(quote.id.as_str())
                .or_insert(QuoteId::new(at));
        }
        let mut quotes = Vec::with_capacity(raw.quotes.len());
        for (at, quote) in raw.quotes.iter().enumerate() {
            let path = format!("quotes[{at}]");
            let mark = self.mark();
            self.id(&format!("{path}.id"), &quote.id);
            let speaker = self.actor_ref(&format!("{path}.speaker"), &quote.speaker);
            let kind = QuoteKind::parse(&quote.kind);
            if kind.is_none() {
                self.fail(
                    format!("{path}.kind"),
                    format!(
                        "unknown statement kind {:?}; expected \"verbatim\" or \"paraphrase\"",
                        truncate(&quote.kind)
                    ),
                );
            }
            let about = self.actor_refs(&format!("{path}.about"), &quote.about);
            let event = quote.event.as_deref().and_then(|key| {
                let found = self.event_ids.get(key).copied();
                if found.is_none() && self.unreadable.events.contains(key) {
                    self.unresolved += 1;
                } else if found.is_none() {
                    let hint = suggestion(key, self.event_ids.keys().copied());
                    self.fail(
                        format!("{path}.event"),
                        format!("unknown event {:?}{hint}", truncate(key)),
                    );
                }
                found
            });
            let (segments, evidence) = self.segments(&path, quote, kind);
            if let (Some(name), Some(speaker)) = (&quote.attributed_as, speaker) {
                self.attribution(&path, name, speaker, raw, evidence);
            }
            let when = self.stated(&format!("{path}.when"), quote.when.as_deref(), evidence);
            let place = self.stated(&format!("{path}.place"), quote.place.as_deref(), evidence);
            self.added_fields(&path, quote.added.as_ref(), &["note", "draft"]);
            quotes.push(match (speaker, kind, segments, evidence) {
                (Some(speaker), Some(kind), Some(segments), Some(evidence))
                    if self.passed_since(mark) =>
                {
                    Some(Quote {
                        key: quote.id.clone(),
                        speaker,
                        attributed_as: quote.attributed_as.clone(),
                        text: joined_text(&segments),
                        segments,
                        kind,
                        about,
                        event,
                        when,
                        place,
                        note: quote.added.as_ref().and_then(|a| a.note.clone()),
                        evidence,
                        draft: is_draft(quote.added.as_ref()),
                    })
                }
                _ => None,
            });
        }
        quotes
    }

    /// A statement's segments, each with its words and resolved evidence, in text order, and
    /// the whole passage from the first segment to the last ("In context" shows it, and times,
    /// places and names must stand in its sentences). A plain statement has one segment; only
    /// a verbatim one may have several, one selector per words. The segments are `None` where
    /// one of them failed its checks (reported); the passage is there when its two ends are.
    fn segments(
        &mut self,
        path: &str,
        quote: &RawQuote,
        kind: Option<QuoteKind>,
    ) -> (Option<Vec<QuoteSegment>>, Option<Span>) {
        let words = quote.text.segments();
        let selectors = quote.evidence.segments();
        let text_path = |i: usize| {
            if quote.text.is_split() {
                format!("{path}.text[{i}]")
            } else {
                format!("{path}.text")
            }
        };
        let evidence_path = |i: usize| {
            if quote.evidence.is_split() {
                format!("{path}.evidence[{i}]")
            } else {
                format!("{path}.evidence")
            }
        };
        let mut shape_ok = true;
        if words.is_empty() {
            self.fail(
                format!("{path}.text"),
                "must not be empty; a split quote gives one string per segment",
            );
            shape_ok = false;
        }
        if selectors.is_empty() {
            self.fail(
                format!("{path}.evidence"),
                "must not be empty; a split quote gives one selector per segment",
            );
            shape_ok = false;
        }
        if shape_ok && words.len() != selectors.len() {
            self.fail(
                format!("{path}.evidence"),
                format!(
                    "a split quote needs one selector per segment of its text: the text has {}, the evidence {}",
                    words.len(),
                    selectors.len()
                ),
            );
            shape_ok = false;
        }
        if kind == Some(QuoteKind::Paraphrase) && (words.len() > 1 || selectors.len() > 1) {
            self.fail(
                format!("{path}.text"),
                "only a verbatim statement can be split; give a paraphrase one text and one evidence selector",
            );
            shape_ok = false;
        }
        let spans: Vec<Option<Span>> = selectors
            .iter()
            .enumerate()
            .map(|(i, selector)| self.selector(&evidence_path(i), selector))
            .collect();
        for i in 1..spans.len() {
            if let (Some(before), Some(this)) = (spans[i - 1], spans[i])
                && this.start < before.end
            {
                self.fail(
                    evidence_path(i),
                    "the segments of a split quote follow one another in the text, but this one starts before the one before it ends",
                );
            }
        }
        let mut segments = Some(Vec::with_capacity(words.len()));
        for (i, segment) in words.iter().enumerate() {
            let text_ok = self.words(&text_path(i), segment, MAX_LONG);
            let span = spans.get(i).copied().flatten();
            if let Some(span) = span
                && shape_ok
                && text_ok
                && self.text_ok
            {
                match kind {
                    Some(QuoteKind::Verbatim) => {
                        self.verbatim(&text_path(i), &evidence_path(i), path, segment, span);
                    }
                    Some(QuoteKind::Paraphrase) => self.paraphrase(&text_path(i), segment),
                    None => {}
                }
            }
            segments = match (segments, span) {
                (Some(mut done), Some(span)) if shape_ok && text_ok => {
                    done.push(QuoteSegment {
                        text: segment.clone(),
                        span,
                    });
                    Some(done)
                }
                _ => None,
            };
        }
        let passage = match (
            spans.first().copied().flatten(),
            spans.last().copied().flatten(),
        ) {
            (Some(first), Some(last)) => Some(Span::new(first.start, last.end.max(first.end))),
            _ => None,
        };
        (segments.filter(|done| !done.is_empty()), passage)
    }

    /// Verbatim words must stand in the article, in its quotation marks, in the evidence.
    fn verbatim(
        &mut self,
        text_path: &str,
        evidence_path: &str,
        path: &str,
        words: &str,
        evidence: Span,
    ) {
        // The sentence of the evidence first: a search of the whole text is paid only to say
        // what is wrong (many quotes of a long story may share their first words).
        let around = text::sentence_around(&self.sentences, evidence);
        let near: Vec<Span> = text::occurrences(&self.text[around.range()], words)
            .into_iter()
            .map(|start| Span::new(around.start + start, around.start + start + words.len()))
            .collect();
        if near.is_empty() {
            if self.index.occurrences(words).is_empty() {
                self.fail(text_path, "a verbatim quote must be copied exactly from the article, but these words do not occur in it");
            } else {
                self.fail(
                    evidence_path,
                    "the verbatim words occur in the article, but not in the sentence of this evidence",
                );
            }
        } else if !near.iter().any(|span| {
            // The passages are sorted and disjoint: only the last one to start before the
            // words can hold them.
            let k = self.quoted.partition_point(|q| q.start <= span.start);
            k > 0 && self.quoted[k - 1].contains(*span)
        }) {
            if text_path.ends_with(']') {
                // A segment of a split quote: the statement as a whole may well be quoted.
                self.fail(text_path, "the article does not put this segment's words in quotation marks; a split quote joins quoted passages only");
            } else {
                self.fail(format!("{path}.kind"), "the article does not put these words in quotation marks; mark the statement \"paraphrase\"");
            }
        }
    }

    /// Any words a paraphrase puts in quotation marks must be the article's, exactly.
    fn paraphrase(&mut self, text_path: &str, words: &str) {
        for passage in text::quoted_passages(words) {
            let inner = &words[passage.range()];
            if !inner.trim().is_empty() && !self.index.contains(inner) {
                self.fail(
                    text_path,
                    format!(
                        "the quoted words {:?} do not occur in the article",
                        truncate(inner)
                    ),
                );
            }
        }
    }

    fn attribution(
        &mut self,
        path: &str,
        name: &str,
        speaker: ActorId,
        raw: &RawDataset,
        evidence: Option<Span>,
    ) {
        let field = format!("{path}.attributed_as");
        let actor = &raw.actors[speaker.index()];
        let is_own_name = std::iter::once(&actor.name)
            .chain(&actor.aliases)
            .any(|known| same_name(known, name));
        if !is_own_name {
            self.fail(
                field,
                format!(
                    "{name:?} is neither the name nor an alias of {:?}",
                    actor.id
                ),
            );
        } else if self.text_ok
            && let Some(evidence) = evidence
        {
            let around = text::sentence_around(&self.sentences, evidence);
            if !text::contains_ignoring_case(&self.text[around.range()], name) {
                self.fail(
                    field,
                    format!("{name:?} does not occur in the sentence of the evidence"),
                );
            }
        }
    }

    fn relations(&mut self, raw: &'a RawDataset) -> Vec<Relation> {
        self.count("relations", raw.relations.len());
        let mut seen = HashSet::new();
        for (at, relation) in raw.relations.iter().enumerate() {
            self.duplicate(
                &format!("relations[{at}].id"),
                &mut seen,
                &relation.id,
                "relation",
            );
        }
        let mut relations = Vec::with_capacity(raw.relations.len());
        for (at, relation) in raw.relations.iter().enumerate() {
            let path = format!("relations[{at}]");
            let mark = self.mark();
            self.id(&format!("{path}.id"), &relation.id);
            let kind = RelationKind::parse(&relation.kind);
            if kind.is_none() {
                let known: Vec<&str> = RelationKind::ALL.iter().map(|k| k.key()).collect();
                self.fail(
                    format!("{path}.kind"),
                    format!(
                        "unknown relation kind {:?}; expected one of {}",
                        truncate(&relation.kind),
                        known.join(", ")
                    ),
                );
            }
            let source = self.actor_ref(&format!("{path}.source"), &relation.source);
            let target = self.actor_ref(&format!("{path}.target"), &relation.target);
            if source.is_some() && source == target {
                self.fail(
                    format!("{path}.target"),
                    "a relation needs two different actors",
                );
            }
            self.words(&format!("{path}.summary"), &relation.summary, MAX_LONG);
            if relation.evidence.is_empty() {
                self.fail(
                    format!("{path}.evidence"),
                    "a relation needs at least one event or statement as evidence",
                );
            }
            let mut evidence = Vec::new();
            for (n, key) in relation.evidence.iter().enumerate() {
                let item_path = format!("{path}.evidence[{n}]");
                let found = match (
                    self.event_ids.get(key.as_str()),
                    self.quote_ids.get(key.as_str()),
                ) {
                    (Some(&event), _) => Some(EvidenceRef::Event(event)),
                    (None, Some(&quote)) => Some(EvidenceRef::Quote(quote)),
                    (None, None) => {
                        if self.unreadable.events.contains(key)
                            || self.unreadable.quotes.contains(key)
                        {
                            self.unresolved += 1;
                        } else {
                            let hint = suggestion(
                                key,
                                self.event_ids.keys().chain(self.quote_ids.keys()).copied(),
                            );
                            self.fail(
                                item_path.clone(),
                                format!("unknown event or statement {:?}{hint}", truncate(key)),
                            );
                        }
                        None
                    }
                };
                if let Some(found) = found {
                    if evidence.contains(&found) {
                        self.fail(item_path, format!("{key:?} is listed twice"));
                    } else {
                        evidence.push(found);
                    }
                }
            }
            self.added_fields(&path, relation.added.as_ref(), &["note", "draft"]);
            if let (Some(kind), Some(source), Some(target)) = (kind, source, target)
                && self.passed_since(mark)
            {
                relations.push(Relation {
                    key: relation.id.clone(),
                    kind,
                    source,
                    target,
                    directed: relation.directed,
                    summary: relation.summary.trim().to_owned(),
                    note: relation.added.as_ref().and_then(|a| a.note.clone()),
                    evidence,
                    draft: is_draft(relation.added.as_ref()),
                });
            }
        }
        relations
    }
}

/// Whether the item carries the draft extractor's mark (`"added": {"draft": true}`).
fn is_draft(added: Option<&RawAdded>) -> bool {
    added.and_then(|added| added.draft) == Some(true)
}

/// Names compare without case and without a leading article: "The Kremlin" is "Kremlin".
fn same_name(a: &str, b: &str) -> bool {
    fn bare(name: &str) -> String {
        let lower = name.trim().to_lowercase();
        lower
            .strip_prefix("the ")
            .map_or(lower.clone(), str::to_owned)
    }
    bare(a) == bare(b)
}

/// Bidirectional overrides and isolates, and other invisible controls, have no place in names.
fn is_forbidden_control(c: char) -> bool {
    c.is_control()
        || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{200E}' | '\u{200F}' | '\u{061C}')
}

fn is_iso_date(value: &str) -> bool {
    let parts: Vec<&str> = value.split('-').collect();
    let numbers: Option<Vec<u32>> = parts.iter().map(|p| p.parse().ok()).collect();
    let widths_ok =
        parts.first().is_some_and(|y| y.len() == 4) && parts.iter().skip(1).all(|p| p.len() == 2);
    match (numbers.as_deref(), widths_ok) {
        (Some([_]), true) => true,
        (Some([_, month]), true) => (1..=12).contains(month),
        (Some([year, month, day]), true) => {
            let days = match month {
                2 if year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) => 29,
                2 => 28,
                4 | 6 | 9 | 11 => 30,
                1..=12 => 31,
                _ => 0,
            };
            (1..=days).contains(day)
        }
        _ => false,
    }
}

/// Shortens a value for an error message, so a 1 MB string does not become a 1 MB message.
pub(crate) fn truncate(value: &str) -> String {
    const KEEP: usize = 60;
    if value.chars().count() <= KEEP {
        value.to_owned()
    } else {
        let head: String = value.chars().take(KEEP).collect();
        format!("{head}…")
    }
}

/// "; did you mean \"peskov\"?" when a known id is one or two edits away.
pub(crate) fn suggestion<'k>(key: &str, known: impl Iterator<Item = &'k str>) -> String {
    if key.len() > MAX_ID {
        return String::new();
    }
    known
        .filter(|candidate| candidate.len() <= MAX_ID)
        .map(|candidate| (edit_distance(key, candidate), candidate))
        .filter(|(distance, _)| *distance <= 2)
        .min()
        .map(|(_, candidate)| format!("; did you mean {candidate:?}?"))
        .unwrap_or_default()
}

fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut previous = row[0];
        row[0] = i + 1;
        for (j, &cb) in b.iter().enumerate() {
            let substitution = previous + usize::from(ca != cb);
            previous = row[j + 1];
            row[j + 1] = substitution.min(row[j] + 1).min(row[j + 1] + 1);
        }
    }
    row[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates() {
        for good in ["2022", "2022-04", "2022-04-06", "2024-02-29"] {
            assert!(is_iso_date(good), "{good}");
        }
        for bad in [
            "",
            "22",
            "2022-4",
            "2022-13",
            "2023-02-29",
            "2022-04-31",
            "2022-04-06T00",
            "abcd",
            "2022--01",
        ] {
            assert!(!is_iso_date(bad), "{bad}");
        }
    }

    #[test]
    fn suggestions_find_near_misses_only() {
        assert_eq!(
            suggestion("peskow", ["peskov", "putin"].into_iter()),
            "; did you mean \"peskov\"?"
        );
        assert_eq!(suggestion("hungary", ["peskov", "putin"].into_iter()), "");
        assert_eq!(edit_distance("kitten", "sitting"), 3);
        assert_eq!(edit_distance("", "ab"), 2);
    }

    #[test]
    fn truncation_keeps_messages_short() {
        let long = "x".repeat(1_000_000);
        assert_eq!(truncate(&long).chars().count(), 61);
        assert_eq!(truncate("short"), "short");
    }

    #[test]
    fn invisible_controls_are_forbidden() {
        assert!(is_forbidden_control('\u{202E}'));
        assert!(is_forbidden_control('\u{0007}'));
        assert!(!is_forbidden_control('é'));
        assert!(!is_forbidden_control('\u{200D}'));
    }
}
