//! A checked story written as the three sheets [`import`](super::import) reads, so that an
//! editor can take a story to a spreadsheet and back (and the studio can offer the same):
//! comma-separated, quoted where needed, with the documented header names. What the sheets do
//! not carry (events, the story's publisher, URL and date, draft marks) is named in
//! [`Export::left_out`], never dropped without a word.

use csv::Writer;

use super::columns::{ACTORS, RELATIONS, STATEMENTS};
use super::table::Column;
use crate::domain::text::TextIndex;
use crate::domain::{ActorId, Dataset, EvidenceRef, Provenance, QuoteKind, Span};
use crate::draft::selector::selector;

/// A story's sheets.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Export {
    /// `actors.csv`.
    pub actors: String,
    /// `statements.csv`.
    pub statements: String,
    /// `relations.csv`.
    pub relations: String,
    /// What the story has and the sheets cannot carry, for the editor.
    pub left_out: Vec<String>,
}

/// Writes a sheet: the header, then the rows.
fn sheet(columns: &[Column], rows: Vec<Vec<String>>) -> String {
    let mut writer = Writer::from_writer(Vec::new());
    // Writing to memory cannot fail; should csv ever say otherwise, the sheet is cut short
    // and the import of it reports what is missing.
    let _ = writer.write_record(columns.iter().map(|c| c.name));
    for row in rows {
        let _ = writer.write_record(row);
    }
    let bytes = writer.into_inner().unwrap_or_default();
    String::from_utf8(bytes).unwrap_or_default()
}

/// The passage at `span`, widened (within its paragraph, as the draft's selectors widen)
/// until it occurs only once, so that the import finds it where it was.
fn passage(data: &Dataset, index: &TextIndex<'_>, span: Span) -> String {
    let text = &data.story.text;
    let exact = &text[span.range()];
    match selector(text, index, span) {
        Some(found) => format!(
            "{}{exact}{}",
            found.prefix.unwrap_or_default(),
            found.suffix.unwrap_or_default()
        ),
        None => exact.to_owned(),
    }
}

/// The story's actors, statements and relations as sheets.
pub fn export(data: &Dataset) -> Export {
    let mut left_out = Vec::new();
    let statements = statements(data, &mut left_out);
    let relations = relations(data, &mut left_out);
    left_out.extend(story(data));
    Export {
        actors: sheet(&ACTORS, actors(data)),
        statements: sheet(&STATEMENTS, statements),
        relations: sheet(&RELATIONS, relations),
        left_out,
    }
}

fn actors(data: &Dataset) -> Vec<Vec<String>> {
    let key = |id: ActorId| data.actor(id).key.clone();
    data.actors
        .iter()
        .map(|a| {
            let role = |p: Provenance| a.role.as_ref().filter(|r| r.provenance == p);
            let by = |p: Provenance| a.affiliation.as_ref().filter(|r| r.provenance == p);
            vec![
                a.key.clone(),
                a.name.clone(),
                a.kind.key().to_owned(),
                a.aliases.join(" | "),
                role(Provenance::Article).map_or_else(String::new, |r| r.value.clone()),
                by(Provenance::Article).map_or_else(String::new, |r| key(r.value)),
                role(Provenance::Added).map_or_else(String::new, |r| r.value.clone()),
                by(Provenance::Added).map_or_else(String::new, |r| key(r.value)),
                a.note.clone().unwrap_or_default(),
            ]
        })
        .collect()
}

fn statements(data: &Dataset, left_out: &mut Vec<String>) -> Vec<Vec<String>> {
    let key = |id: ActorId| data.actor(id).key.clone();
    let index = TextIndex::new(&data.story.text);
    data.quotes
        .iter()
        .map(|q| {
            if let Some(event) = q.event {
                left_out.push(format!(
                    "statement {}: its event {} (the sheets carry no events)",
                    q.key,
                    data.event(event).key
                ));
            }
            let words: Vec<&str> = q.segments.iter().map(|s| s.text.as_str()).collect();
            vec![
                q.key.clone(),
                key(q.speaker),
                match q.kind {
                    QuoteKind::Verbatim => "verbatim",
                    QuoteKind::Paraphrase => "reported",
                }
                .to_owned(),
                words.join(" | "),
                passage(data, &index, q.evidence),
                q.attributed_as.clone().unwrap_or_default(),
                q.about
                    .iter()
                    .map(|&a| key(a))
                    .collect::<Vec<_>>()
                    .join(" | "),
                q.when.clone().unwrap_or_default(),
                q.place.clone().unwrap_or_default(),
                q.note.clone().unwrap_or_default(),
            ]
        })
        .collect()
}

fn relations(data: &Dataset, left_out: &mut Vec<String>) -> Vec<Vec<String>> {
    let mut rows = Vec::new();
    for r in &data.relations {
        let (quotes, events): (Vec<EvidenceRef>, Vec<EvidenceRef>) = r
            .evidence
            .iter()
            .partition(|e| matches!(e, EvidenceRef::Quote(_)));
        let named = |refs: &[EvidenceRef]| {
            refs.iter()
                .map(|e| match *e {
                    EvidenceRef::Quote(q) => data.quote(q).key.clone(),
                    EvidenceRef::Event(e) => data.event(e).key.clone(),
                })
                .collect::<Vec<_>>()
        };
        if quotes.is_empty() {
            left_out.push(format!(
                "relation {}: its only evidence is events ({}), which the sheets do not carry",
                r.key,
                named(&events).join(", ")
            ));
            continue;
        }
        if !events.is_empty() {
            left_out.push(format!(
                "relation {}: its events {} (the sheets carry no events)",
                r.key,
                named(&events).join(", ")
            ));
        }
        rows.push(vec![
            r.key.clone(),
            data.actor(r.source).key.clone(),
            data.actor(r.target).key.clone(),
            r.kind.key().to_owned(),
            if r.directed { "yes" } else { "no" }.to_owned(),
            r.summary.clone(),
            named(&quotes).join(" | "),
            r.note.clone().unwrap_or_default(),
        ]);
    }
    rows
}

/// What the story has besides its actors, statements and relations.
fn story(data: &Dataset) -> Vec<String> {
    let mut left_out = Vec::new();
    if !data.events.is_empty() {
        left_out.push(format!(
            "{} event{} (the sheets carry no events)",
            data.events.len(),
            if data.events.len() == 1 { "" } else { "s" }
        ));
    }
    let story = &data.story;
    for (what, given) in [
        ("publisher", story.publisher.is_some()),
        ("URL", story.url.is_some()),
        ("date of publication", story.published.is_some()),
    ] {
        if given {
            left_out.push(format!("the story's {what}"));
        }
    }
    let drafts = data.actors.iter().filter(|a| a.draft).count()
        + data.quotes.iter().filter(|q| q.draft).count()
        + data.relations.iter().filter(|r| r.draft).count();
    if drafts > 0 {
        left_out.push(format!(
            "the draft mark of {drafts} item{} (imported items count as confirmed)",
            if drafts == 1 { "" } else { "s" }
        ));
    }
    left_out
}
