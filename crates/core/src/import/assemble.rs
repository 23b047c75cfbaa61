//! The sheets' rows made into a dramatis/1 document, then checked: each row is built only
//! when all its cells are good (the others are reported and left out), references to a row
//! left out are not reported again, and what the checker then finds is told back at the
//! row and column it came from.

use std::collections::HashMap;

use serde_json::{Value, json};

use super::evidence::Article;
use super::table::{self, Column, Row, Table};
use super::{Imported, Input, Problem, Problems, Sheets};
use crate::domain::check::{suggestion, truncate};
use crate::domain::{ActorKind, DatasetError, QuoteKind, RelationKind, load};
use crate::draft::lexicon::Lang;
use crate::draft::prepare::{MAX_ARTICLE_BYTES, prepare};
use crate::draft::selector::Selector;
use crate::draft::story::{Slugs, slug};

const fn column(name: &'static str, also: &'static [&'static str], required: bool) -> Column {
    Column {
        name,
        also,
        required,
    }
}

/// The columns of `actors.csv`, in the exporter's order.
pub(super) const ACTORS: [Column; 9] = [
    column("id", &[], false),
    column("name", &["label"], true),
    column("kind", &["type"], true),
    column("aliases", &[], false),
    column("role", &[], false),
    column("affiliation", &[], false),
    column("added_role", &[], false),
    column("added_affiliation", &[], false),
    column("note", &[], false),
];

/// The columns of `statements.csv`, in the exporter's order.
pub(super) const STATEMENTS: [Column; 10] = [
    column("id", &[], false),
    column("speaker", &[], true),
    column("kind", &["type"], true),
    column("text", &["quote"], true),
    column("evidence", &["passage"], false),
    column("attributed_as", &[], false),
    column("about", &[], false),
    column("when", &[], false),
    column("place", &[], false),
    column("note", &[], false),
];

/// The columns of `relations.csv`, in the exporter's order.
pub(super) const RELATIONS: [Column; 8] = [
    column("id", &[], false),
    column("from", &["source"], true),
    column("to", &["target"], true),
    column("kind", &["type"], true),
    column("directed", &[], false),
    column("summary", &[], true),
    column("evidence", &[], true),
    column("note", &[], false),
];

/// The kinds of relation that go both ways unless the sheet says otherwise.
const UNDIRECTED: [RelationKind; 3] = [
    RelationKind::Conflict,
    RelationKind::Negotiation,
    RelationKind::Alliance,
];

/// The values of a cell that holds several, `|`-separated, trimmed, empty ones dropped.
pub(super) fn list(cell: &str) -> Vec<&str> {
    cell.split('|')
        .map(str::trim)
        .filter(|v| !v.is_empty())
        .collect()
}

/// Ids given or made, and whether their row was built: a reference to a row left out
/// (already reported) is dropped without a second word.
struct Ids {
    rows: HashMap<String, (usize, bool)>,
    /// Whether every row of the sheet could be read (see [`Table::complete`]).
    complete: bool,
}

impl Ids {
    fn new(complete: bool) -> Self {
        Self {
            rows: HashMap::new(),
            complete,
        }
    }

    /// Registers `id` of `row`; the row that had it first, if any.
    fn claim(&mut self, id: &str, row: usize) -> Option<usize> {
        match self.rows.get(id) {
            Some(&(first, _)) => Some(first),
            None => {
                self.rows.insert(id.to_owned(), (row, false));
                None
            }
        }
    }

    fn built(&mut self, id: &str) {
        if let Some(entry) = self.rows.get_mut(id) {
            entry.1 = true;
        }
    }
}

/// What a reference names.
enum Found {
    /// An item of the story.
    Built(String),
    /// An item whose row was left out.
    LeftOut,
    /// Nothing: what to tell the editor.
    Unknown(String),
}

/// The actors by id and, lower-cased, by name and alias.
struct Cast {
    ids: Ids,
    names: HashMap<String, Vec<String>>,
    /// Whether every row of the actors' sheet could be read (see [`Table::complete`]).
    complete: bool,
}

impl Cast {
    fn find(&self, reference: &str) -> Found {
        let by_id = self.ids.rows.get(reference).map(|_| reference.to_owned());
        let by_name = || match self.names.get(&reference.to_lowercase()).map(Vec::as_slice) {
            Some([one]) => Ok(Some(one.clone())),
            Some(many @ [_, _, ..]) => Err(format!(
                "{:?} is the name of {} actors ({}); use the id of the one you mean",
                truncate(reference),
                many.len(),
                many.join(", ")
            )),
            _ => Ok(None),
        };
        let id = match by_id.map_or_else(by_name, |id| Ok(Some(id))) {
            Ok(Some(id)) => id,
            Ok(None) if !self.complete => return Found::LeftOut,
            Ok(None) => {
                let hint = suggestion(reference, self.ids.rows.keys().map(String::as_str));
                return Found::Unknown(format!(
                    "unknown actor {:?}: no row of the actors' sheet has this id or name{hint}",
                    truncate(reference)
                ));
            }
            Err(message) => return Found::Unknown(message),
        };
        if self.ids.rows.get(&id).is_some_and(|&(_, built)| built) {
            Found::Built(id)
        } else {
            Found::LeftOut
        }
    }
}

/// Where each item of the built document came from: its sheet's rows, by index.
#[derive(Default)]
struct Origins {
    actors: Vec<usize>,
    quotes: Vec<usize>,
    relations: Vec<usize>,
}

/// The article as the format wants it, or why it cannot be read (reported).
fn article(input: &Input<'_>, problems: &mut Vec<Problem>) -> Option<(String, String)> {
    let text = match std::str::from_utf8(input.bytes) {
        Ok(text) => text,
        Err(error) => {
            problems.push(Problem::file(
                input.name,
                format!(
                    "the article is not UTF-8 text: invalid bytes on line {}; save it as UTF-8",
                    1 + input.bytes[..error.valid_up_to()]
                        .iter()
                        .filter(|&&b| b == b'\n')
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

fn selector_json(selector: &Selector) -> Value {
    let mut value = json!({ "exact": selector.exact });
    if let Some(prefix) = &selector.prefix {
        value["prefix"] = json!(prefix);
    }
    if let Some(suffix) = &selector.suffix {
        value["suffix"] = json!(suffix);
    }
    value
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
            if !known.is_empty() {
                let ids = cast.names.entry(known.to_lowercase()).or_default();
                if !ids.contains(&id) {
                    ids.push(id.clone());
                }
            }
        }
        let kind = match table.cell(row, "kind").to_lowercase().as_str() {
            "" => None,
            "organisation" => Some(ActorKind::Organization),
            other => {
                let kind = ActorKind::parse(other);
                if kind.is_none() {
                    let known: Vec<&str> = ActorKind::ALL.iter().map(|k| k.key()).collect();
                    problems.push(table.problem(
                        row.number,
                        "kind",
                        format!(
                            "unknown actor kind {:?}; use one of {}",
                            truncate(table.cell(row, "kind")),
                            known.join(", ")
                        ),
                    ));
                }
                kind
            }
        };
        if let (Some(kind), false) = (kind, name.is_empty()) {
            good.push((row, id, kind));
        }
    }
    for (_, id, _) in &good {
        cast.ids.built(id);
    }
    let mut items = Vec::with_capacity(good.len());
    for (row, id, kind) in good {
        let mut item = json!({ "id": id, "name": table.cell(row, "name"), "kind": kind.key() });
        let aliases = list(table.cell(row, "aliases"));
        if !aliases.is_empty() {
            item["aliases"] = json!(aliases);
        }
        optional(&mut item, "role", table.cell(row, "role"));
        let mut affiliation = |column: &str| match table.cell(row, column) {
            "" => String::new(),
            reference => match cast.find(reference) {
                Found::Built(id) => id,
                Found::LeftOut => String::new(),
                Found::Unknown(message) => {
                    problems.push(table.problem(row.number, column, message));
                    String::new()
                }
            },
        };
        let stated = affiliation("affiliation");
        let added_affiliation = affiliation("added_affiliation");
        optional(&mut item, "affiliation", &stated);
        added(
            &mut item,
            &[
                ("note", table.cell(row, "note")),
                ("role", table.cell(row, "added_role")),
                ("affiliation", &added_affiliation),
            ],
        );
        origins.actors.push(row.number);
        items.push(item);
    }
    (cast, items)
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
    for row in &table.rows {
        let id = match table.cell(row, "id") {
            "" => format!("q-{}", row.number),
            given => given.to_owned(),
        };
        if let Some(first) = ids.claim(&id, row.number) {
            problems.push(table.problem(
                row.number,
                "id",
                format!(
                    "duplicate statement id {:?}: row {first} has it already; each statement needs an id of its own, so this row is left out",
                    truncate(&id)
                ),
            ));
            continue;
        }
        let speaker = match table.cell(row, "speaker") {
            "" => None,
            reference => match cast.find(reference) {
                Found::Built(id) => Some(id),
                Found::LeftOut => None,
                Found::Unknown(message) => {
                    problems.push(table.problem(row.number, "speaker", message));
                    None
                }
            },
        };
        let kind = match table.cell(row, "kind").to_lowercase().as_str() {
            "" => None,
            "verbatim" => Some(QuoteKind::Verbatim),
            "reported" | "paraphrase" => Some(QuoteKind::Paraphrase),
            _ => {
                problems.push(table.problem(
                    row.number,
                    "kind",
                    format!(
                        "unknown statement kind {:?}; use verbatim (the article's words inside its quotation marks) or reported",
                        truncate(table.cell(row, "kind"))
                    ),
                ));
                None
            }
        };
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
    let mut ids = Ids::new(true);
    let mut items = Vec::new();
    for row in &table.rows {
        let id = match table.cell(row, "id") {
            "" => format!("r-{}", row.number),
            given => given.to_owned(),
        };
        if let Some(first) = ids.claim(&id, row.number) {
            problems.push(table.problem(
                row.number,
                "id",
                format!(
                    "duplicate relation id {:?}: row {first} has it already; each relation needs an id of its own, so this row is left out",
                    truncate(&id)
                ),
            ));
            continue;
        }
        let mut end = |column: &str| match table.cell(row, column) {
            "" => None,
            reference => match cast.find(reference) {
                Found::Built(id) => Some(id),
                Found::LeftOut => None,
                Found::Unknown(message) => {
                    problems.push(table.problem(row.number, column, message));
                    None
                }
            },
        };
        let (from, to) = (end("from"), end("to"));
        let kind = match table.cell(row, "kind").to_lowercase().as_str() {
            "" => None,
            other => {
                let kind = RelationKind::parse(other);
                if kind.is_none() {
                    let known: Vec<&str> = RelationKind::ALL.iter().map(|k| k.key()).collect();
                    problems.push(table.problem(
                        row.number,
                        "kind",
                        format!(
                            "unknown relation kind {:?}; use one of {}",
                            truncate(table.cell(row, "kind")),
                            known.join(", ")
                        ),
                    ));
                }
                kind
            }
        };
        let directed = match table.cell(row, "directed").to_lowercase().as_str() {
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
        };
        let mut evidence = Vec::new();
        let mut cited = false;
        for reference in list(table.cell(row, "evidence")) {
            cited = true;
            match quotes.rows.get(reference) {
                Some((_, true)) if !evidence.contains(&reference) => evidence.push(reference),
                Some(_) => {}
                // Without the article, or with rows of the statements left out for their
                // shape, the statement may well be there: nothing more to say of it.
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
        let summary = table.cell(row, "summary");
        let (Some(from), Some(to), Some(kind), Some(directed), true, false) = (
            from,
            to,
            kind,
            directed,
            cited && !evidence.is_empty(),
            summary.is_empty(),
        ) else {
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

/// The checker's problem with the built document, told at the sheet's row and column.
fn locate(
    error: &DatasetError,
    tables: &[Option<&Table<'_>>; 3],
    origins: &Origins,
    article: &Input<'_>,
) -> Problem {
    let path = error.path.as_str();
    if let Some(field) = path.strip_prefix("story.") {
        return Problem::file(
            article.name,
            format!("the story's {field}: {}", error.message),
        );
    }
    let section = [
        ("actors[", 0, &origins.actors),
        ("quotes[", 1, &origins.quotes),
        ("relations[", 2, &origins.relations),
    ]
    .into_iter()
    .find_map(|(name, k, rows)| {
        let (index, rest) = path.strip_prefix(name)?.split_once(']')?;
        let row = *rows.get(index.parse::<usize>().ok()?)?;
        Some((k, row, rest.trim_start_matches('.')))
    });
    let Some((k, row, field)) = section else {
        return Problem::file(
            article.name,
            format!("the story built from the sheets: {error}"),
        );
    };
    let Some(table) = tables[k] else {
        return Problem::file(article.name, error.to_string());
    };
    let field = field.split(['.', '[']).collect::<Vec<_>>();
    let column = match (k, field.as_slice()) {
        (_, ["added", "note", ..]) => "note",
        (0, ["added", "role", ..]) => "added_role",
        (0, ["added", "affiliation", ..]) => "added_affiliation",
        (1, ["evidence", ..]) if table.has("evidence") => "evidence",
        (1, ["evidence", ..]) => "text",
        (2, ["source", ..]) => "from",
        (2, ["target", ..]) => "to",
        (_, [name, ..]) => {
            let columns: &[Column] = match k {
                0 => &ACTORS,
                1 => &STATEMENTS,
                _ => &RELATIONS,
            };
            columns
                .iter()
                .find(|c| c.name == *name)
                .map_or("id", |c| c.name)
        }
        _ => "id",
    };
    // The checker speaks the format's words; the sheets call a paraphrase "reported" and
    // have columns for what the format keeps in `added`.
    let message = error
        .message
        .replace("\"paraphrase\"", "\"reported\"")
        .replace("added.role", "added_role")
        .replace("added.affiliation", "added_affiliation");
    table.problem(row, column, message)
}
