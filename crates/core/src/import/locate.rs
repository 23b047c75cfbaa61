//! The checker's problems with the built document, told back at the sheet's row and column
//! they came from.

use super::columns::{ACTORS, RELATIONS, STATEMENTS};
use super::table::{Column, Table};
use super::{Input, Problem};
use crate::domain::DatasetError;

/// Where each item of the built document came from: its sheet's rows, by index.
#[derive(Default)]
pub(super) struct Origins {
    pub actors: Vec<usize>,
    pub quotes: Vec<usize>,
    pub relations: Vec<usize>,
}

/// The checker's problem with the built document, told at the sheet's row and column.
pub(super) fn locate(
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
