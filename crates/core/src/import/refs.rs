//! Ids and references between the sheets' rows: each id claimed by the first row that gives
//! it, actors found by id, name or alias, and the cells whose values are kinds.

use std::collections::HashMap;

use super::Problem;
use super::table::{Row, Table};
use crate::domain::check::{suggestion, truncate};

/// Ids given or made, and whether their row was built: a reference to a row left out
/// (already reported) is dropped without a second word.
pub(super) struct Ids {
    pub rows: HashMap<String, (usize, bool)>,
    /// Whether every row of the sheet could be read (see [`Table::complete`]).
    pub complete: bool,
}

impl Ids {
    pub fn new(complete: bool) -> Self {
        Self {
            rows: HashMap::new(),
            complete,
        }
    }

    /// Registers `id` of `row`; the row that had it first, if any.
    pub fn claim(&mut self, id: &str, row: usize) -> Option<usize> {
        if let Some(&(first, _)) = self.rows.get(id) {
            return Some(first);
        }
        self.rows.insert(id.to_owned(), (row, false));
        None
    }

    /// Marks the row of `id` as built into the story.
    pub fn built(&mut self, id: &str) {
        if let Some(entry) = self.rows.get_mut(id) {
            entry.1 = true;
        }
    }
}

/// What a reference names.
pub(super) enum Found {
    /// An item of the story.
    Built(String),
    /// An item whose row was left out.
    LeftOut,
    /// Nothing: what to tell the editor.
    Unknown(String),
}

/// The actors by id and, lower-cased, by name and alias.
pub(super) struct Cast {
    pub ids: Ids,
    pub names: HashMap<String, Vec<String>>,
    /// Whether every row of the actors' sheet could be read (see [`Table::complete`]).
    pub complete: bool,
}

impl Cast {
    /// The actor `reference` names, by id, else by name or alias without case.
    pub fn find(&self, reference: &str) -> Found {
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

/// A row's id: its cell, or `prefix` and the row's number; `None` (reported) when a row
/// before it has the same.
pub(super) fn row_id(
    table: &Table<'_>,
    row: &Row,
    ids: &mut Ids,
    (prefix, what): (&str, &str),
    problems: &mut Vec<Problem>,
) -> Option<String> {
    let id = match table.cell(row, "id") {
        "" => format!("{prefix}{}", row.number),
        given => given.to_owned(),
    };
    if let Some(first) = ids.claim(&id, row.number) {
        problems.push(table.problem(
            row.number,
            "id",
            format!(
                "duplicate {what} id {:?}: row {first} has it already; each {what} needs an id of its own, so this row is left out",
                truncate(&id)
            ),
        ));
        return None;
    }
    Some(id)
}

/// The id of the actor the cell names; `None` when the cell is empty, names a row left out,
/// or names no actor (reported).
pub(super) fn actor(
    table: &Table<'_>,
    row: &Row,
    column: &str,
    cast: &Cast,
    problems: &mut Vec<Problem>,
) -> Option<String> {
    match table.cell(row, column) {
        "" => None,
        reference => match cast.find(reference) {
            Found::Built(id) => Some(id),
            Found::LeftOut => None,
            Found::Unknown(message) => {
                problems.push(table.problem(row.number, column, message));
                None
            }
        },
    }
}

/// The kind the `kind` cell names, read without case; `None` when it is empty (reported
/// with the row) or names none of `allowed` (reported).
pub(super) fn kind<K>(
    table: &Table<'_>,
    row: &Row,
    (what, allowed): (&str, &str),
    parse: impl Fn(&str) -> Option<K>,
    problems: &mut Vec<Problem>,
) -> Option<K> {
    let cell = table.cell(row, "kind");
    if cell.is_empty() {
        return None;
    }
    let kind = parse(&cell.to_lowercase());
    if kind.is_none() {
        problems.push(table.problem(
            row.number,
            "kind",
            format!("unknown {what} kind {:?}; use {allowed}", truncate(cell)),
        ));
    }
    kind
}
