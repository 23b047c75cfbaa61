//! The sheets' rows made into a dramatis/1 document, then checked: each row is built only
//! when all its cells are good (the others are reported and left out), references to a row
//! left out are not reported again, and what the checker then finds is told back at the
//! row and column it came from.

use std::collections::HashMap;

use serde_json::{Value, json};

use super::columns::{ACTORS, RELATIONS, STATEMENTS, UNDIRECTED, list};
use super::evidence::Article;
use super::locate::{Origins, locate};
use super::refs::{Cast, Found, Ids, actor, kind, row_id};
use super::table::{self, Row, Table};
use super::{Imported, Input, Problem, Problems, Sheets};
use crate::domain::check::{suggestion, truncate};
use crate::domain::{ActorKind, QuoteKind, RelationKind, load};
use crate::draft::lexicon::Lang;
use crate::draft::prepare::{MAX_ARTICLE_BYTES, prepare};
use crate::draft::story::{Slugs, selector_json, slug};

/// The article as the format wants it, or why it cannot be read (reported).
fn article(input: &Input<'_>, problems: &mut Vec<Problem>) -> Option<(String, String)> {
    let text = match std::str::from_utf8(input.bytes) {
        Ok(text) => text,
        Err(error) => {
            problems.push(Problem::file(
                input.name,
                format!(
                    "the article is not UTF-8 text: invalid bytes on line {}; save it as UTF-8",
                    input.bytes[..error.valid_up_to()]
                        .split(|&b| b == b'\n')
                        .count()
                ),
            ));
            return None;
        }
    };
    let text = text.strip_prefix('\u{FEFF}').unwrap_or(text);
    if text.len() > MAX_ARTICLE_BYTES {
        problems.push(Problem::file(
            input.name,
            format!(
                "the article is {} bytes; the import reads at most {MAX_ARTICLE_BYTES} (1 MB)",
                text.len()
            ),
        ));
        return None;
    }
    match prepare(text) {
        Ok(prepared) => Some((prepared.title, prepared.text)),
        Err(error) => {
            problems.push(Problem::file(input.name, error.to_string()));
            None
        }
    }
}

/// Puts `value` under `key` when the cell is not empty.
fn optional(item: &mut Value, key: &str, value: &str) {
    if !value.is_empty() {
        item[key] = json!(value);
    }
}

/// The `added` member of an item, when any of its cells is given.
fn added(item: &mut Value, fields: &[(&str, &str)]) {
    let mut added = json!({});
    for &(key, value) in fields {
        optional(&mut added, key, value);
    }
    if added.as_object().is_some_and(|a| !a.is_empty()) {
        item["added"] = added;
    }
}

pub(super) fn import(sheets: &Sheets<'_>) -> Result<Imported, Problems> {
    find(sheets).map_err(|mut problems| {
        // File by file (the article, then the sheets in their order), row by row: the
        // sheets' own problems and the checker's together, as an editor goes through them.
        let files = [
            sheets.article.name,
            sheets.actors.name,
            sheets.statements.name,
            sheets.relations.name,
        ];
        let rank = |p: &Problem| {
            files
                .iter()
                .position(|&f| f == p.file)
                .unwrap_or(files.len())
        };
        problems.sort_by_key(|p| (rank(p), p.row, p.column));
        Problems { problems }
    })
}

/// The story, or every problem found (unsorted).
fn find(sheets: &Sheets<'_>) -> Result<Imported, Vec<Problem>> {
    let mut problems = Vec::new();
    let text = article(&sheets.article, &mut problems);
    let actors = table::read(&sheets.actors, &ACTORS, &mut problems);
    let statements = table::read(&sheets.statements, &STATEMENTS, &mut problems);
    let relations = table::read(&sheets.relations, &RELATIONS, &mut problems);
    let mut origins = Origins::default();
    let (cast, actor_items) = build_actors(actors.as_ref(), &mut origins, &mut problems);
    let (quote_ids, quote_items) = match &text {
        Some((_, text)) => build_statements(
            statements.as_ref(),
            &cast,
            &Article::new(text),
            &mut origins,
            &mut problems,
        ),
        None => (Ids::new(false), Vec::new()),
    };
    let relation_items = build_relations(
        relations.as_ref(),
        &cast,
        &quote_ids,
        &mut origins,
        &mut problems,
    );
    let (Some((title, text)), Some(_), Some(_), Some(_)) = (text, &actors, &statements, &relations)
    else {
        // Without the article or a sheet, the checker would only repeat what is missing.
        return Err(problems);
    };
    let language = sheets
        .language
        .map_or_else(|| Lang::guess(&text).tag().to_owned(), str::to_owned);
    let document = json!({
        "format": "dramatis/1",
        "story": {
            "id": slug(&title, &mut Slugs::default(), "story"),
            "title": title,
            "language": language,
            "text": text,
        },
        "actors": actor_items,
        "quotes": quote_items,
        "relations": relation_items,
    });
    let json = serde_json::to_string_pretty(&document).unwrap_or_default();
    match load(&json) {
        Ok(dataset) if problems.is_empty() => Ok(Imported { json, dataset }),
        Ok(_) => Err(problems),
        Err(report) => {
            let tables = [&actors, &statements, &relations].map(Option::as_ref);
            for error in report.errors {
                problems.push(locate(&error, &tables, &origins, &sheets.article));
            }
            Err(problems)
        }
    }
}

fn build_actors(
    table: Option<&Table<'_>>,
    origins: &mut Origins,
    problems: &mut Vec<Problem>,
) -> (Cast, Vec<Value>) {
    let mut cast = Cast {
        ids: Ids::new(true),
        names: HashMap::new(),
        complete: table.is_some_and(|t| t.complete),
    };
    let Some(table) = table else {
        return (cast, Vec::new());
    };
    // Given ids first, so that an id made from a name never takes one a later row gives.
    let mut slugs = Slugs::default();
    for row in &table.rows {
        let id = table.cell(row, "id");
        if !id.is_empty() {
            slugs.taken.insert(id.to_owned());
        }
    }
    let known: Vec<&str> = ActorKind::ALL.iter().map(|k| k.key()).collect();
    let allowed = format!("one of {}", known.join(", "));
    let mut good: Vec<(&Row, String, ActorKind)> = Vec::new();
    for row in &table.rows {
        let name = table.cell(row, "name");
        let id = match table.cell(row, "id") {
            "" if name.is_empty() => continue,
            "" => slug(name, &mut slugs, "actor"),
            given => given.to_owned(),
        };
        if let Some(first) = cast.ids.claim(&id, row.number) {
            problems.push(table.problem(
                row.number,
                "id",
                format!(
                    "duplicate actor id {:?}: row {first} has it already; each actor needs an id of its own, so this row is left out",
                    truncate(&id)
                ),
            ));
            continue;
        }
        for known in std::iter::once(name).chain(list(table.cell(row, "aliases"))) {
            if known.is_empty() {
                continue;
            }
            let ids = cast.names.entry(known.to_lowercase()).or_default();
            if !ids.contains(&id) {
                ids.push(id.clone());
            }
        }
        let parse = |key: &str| match key {
            "organisation" => Some(ActorKind::Organization),
            other => ActorKind::parse(other),
        };
        let kind = kind(table, row, ("actor", &allowed), parse, problems);
        if let (Some(kind), false) = (kind, name.is_empty()) {
            good.push((row, id, kind));
        }
    }
    for (_, id, _) in &good {
        cast.ids.built(id);
    }
    let items = good
        .into_iter()
        .map(|(row, id, kind)| {
            origins.actors.push(row.number);
            actor_item(table, row, (&id, kind), &cast, problems)
        })
        .collect();
    (cast, items)
}

/// An actor's item of the document.
fn actor_item(
    table: &Table<'_>,
    row: &Row,
    (id, kind): (&str, ActorKind),
    cast: &Cast,
    problems: &mut Vec<Problem>,
) -> Value {
    let mut item = json!({ "id": id, "name": table.cell(row, "name"), "kind": kind.key() });
    let aliases = list(table.cell(row, "aliases"));
    if !aliases.is_empty() {
        item["aliases"] = json!(aliases);
    }
    optional(&mut item, "role", table.cell(row, "role"));
    let stated = actor(table, row, "affiliation", cast, problems).unwrap_or_default();
    let added_affiliation =
        actor(table, row, "added_affiliation", cast, problems).unwrap_or_default();
    optional(&mut item, "affiliation", &stated);
    added(
        &mut item,
        &[
            ("note", table.cell(row, "note")),
            ("role", table.cell(row, "added_role")),
            ("affiliation", &added_affiliation),
        ],
    );
    item
}

fn build_statements(
    table: Option<&Table<'_>>,
    cast: &Cast,
    article: &Article<'_>,
    origins: &mut Origins,
    problems: &mut Vec<Problem>,
) -> (Ids, Vec<Value>) {
    let Some(table) = table else {
        return (Ids::new(false), Vec::new());
    };
    let mut ids = Ids::new(table.complete);
    let mut items = Vec::new();
    let allowed = "verbatim (the article's words inside its quotation marks) or reported";
    let parse = |key: &str| match key {
        "verbatim" => Some(QuoteKind::Verbatim),
        "reported" | "paraphrase" => Some(QuoteKind::Paraphrase),
        _ => None,
    };
    for row in &table.rows {
        let Some(id) = row_id(table, row, &mut ids, ("q-", "statement"), problems) else {
            continue;
        };
        let speaker = actor(table, row, "speaker", cast, problems);
        let kind = kind(table, row, ("statement", allowed), parse, problems);
        let mut about = Vec::new();
        for reference in list(table.cell(row, "about")) {
            match cast.find(reference) {
                Found::Built(id) if !about.contains(&id) => about.push(id),
                Found::Built(_) | Found::LeftOut => {}
                Found::Unknown(message) => {
                    problems.push(table.problem(row.number, "about", message));
                }
            }
        }
        let segments = list(table.cell(row, "text"));
        let (Some(speaker), Some(kind), false) = (speaker, kind, segments.is_empty()) else {
            continue;
        };
        let placed = match article.place(kind, &segments, table.cell(row, "evidence")) {
            Ok(placed) => placed,
            Err((column, message)) => {
                problems.push(table.problem(row.number, column, message));
                continue;
            }
        };
        let (text, evidence) = if segments.len() == 1 {
            (json!(segments[0]), selector_json(&placed.selectors[0]))
        } else {
            (
                json!(segments),
                Value::Array(placed.selectors.iter().map(selector_json).collect()),
            )
        };
        let mut item = json!({
            "id": id,
            "speaker": speaker,
            "kind": kind.key(),
            "text": text,
            "evidence": evidence,
        });
        optional(&mut item, "attributed_as", table.cell(row, "attributed_as"));
        if !about.is_empty() {
            item["about"] = json!(about);
        }
        optional(&mut item, "when", table.cell(row, "when"));
        optional(&mut item, "place", table.cell(row, "place"));
        added(&mut item, &[("note", table.cell(row, "note"))]);
        ids.built(&id);
        origins.quotes.push(row.number);
        items.push(item);
    }
    (ids, items)
}

fn build_relations(
    table: Option<&Table<'_>>,
    cast: &Cast,
    quotes: &Ids,
    origins: &mut Origins,
    problems: &mut Vec<Problem>,
) -> Vec<Value> {
    let Some(table) = table else {
        return Vec::new();
    };
    let known: Vec<&str> = RelationKind::ALL.iter().map(|k| k.key()).collect();
    let allowed = format!("one of {}", known.join(", "));
    let mut ids = Ids::new(true);
    let mut items = Vec::new();
    for row in &table.rows {
        let Some(id) = row_id(table, row, &mut ids, ("r-", "relation"), problems) else {
            continue;
        };
        let from = actor(table, row, "from", cast, problems);
        let to = actor(table, row, "to", cast, problems);
        let kind = kind(
            table,
            row,
            ("relation", &allowed),
            RelationKind::parse,
            problems,
        );
        let directed = directed(table, row, kind, problems);
        let evidence = evidence(table, row, quotes, problems);
        let summary = table.cell(row, "summary");
        let (Some(from), Some(to), Some(kind), Some(directed), Some(evidence), false) =
            (from, to, kind, directed, evidence, summary.is_empty())
        else {
            continue;
        };
        let mut item = json!({
            "id": id,
            "kind": kind.key(),
            "source": from,
            "target": to,
            "directed": directed,
            "summary": summary,
            "evidence": evidence,
        });
        added(&mut item, &[("note", table.cell(row, "note"))]);
        origins.relations.push(row.number);
        items.push(item);
    }
    items
}

/// Whether the relation goes one way: the `directed` cell, else what its kind usually is.
fn directed(
    table: &Table<'_>,
    row: &Row,
    kind: Option<RelationKind>,
    problems: &mut Vec<Problem>,
) -> Option<bool> {
    match table.cell(row, "directed").to_lowercase().as_str() {
        "" => kind.map(|kind| !UNDIRECTED.contains(&kind)),
        "yes" | "y" | "true" | "1" => Some(true),
        "no" | "n" | "false" | "0" => Some(false),
        _ => {
            problems.push(table.problem(
                row.number,
                "directed",
                format!(
                    "{:?} is neither yes nor no; say yes when the relation goes from one actor to the other, no when it goes both ways",
                    truncate(table.cell(row, "directed"))
                ),
            ));
            None
        }
    }
}

/// The statements a relation cites, those left out aside; `None` when none is left.
fn evidence<'r>(
    table: &Table<'_>,
    row: &'r Row,
    quotes: &Ids,
    problems: &mut Vec<Problem>,
) -> Option<Vec<&'r str>> {
    let mut evidence = Vec::new();
    for reference in list(table.cell(row, "evidence")) {
        match quotes.rows.get(reference) {
            Some((_, true)) if !evidence.contains(&reference) => evidence.push(reference),
            Some(_) => {}
            // Without the article, or with rows of the statements left out for their shape,
            // the statement may well be there: nothing more to say of it.
            None if !quotes.complete => {}
            None => {
                let hint = suggestion(reference, quotes.rows.keys().map(String::as_str));
                problems.push(table.problem(
                    row.number,
                    "evidence",
                    format!(
                        "unknown statement {:?}: no row of the statements' sheet has this id{hint}",
                        truncate(reference)
                    ),
                ));
            }
        }
    }
    (!evidence.is_empty()).then_some(evidence)
}
