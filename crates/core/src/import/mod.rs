//! A dramatis/1 story built from three spreadsheet exports and the article's text, in the
//! style of Kumu and Flourish: one row per actor, per statement, per relation. The command
//! line (`dramatis-check import`) and the studio call the same [`import`]; [`export`] writes
//! a story's sheets back out.
//!
//! **Architecture Invariant:** [`import`] never panics on any input, and what it returns is
//! either a story that passed the checker ([`crate::domain::load`]) or every problem found,
//! each with its file, row and column (1-based, the header being row 1). Nothing is
//! dropped without a word: a row with a problem is left out of the story and named.
//!
//! # The sheets
//!
//! CSV exports, UTF-8 with or without a byte-order mark, separated by commas, semicolons or
//! tabs (whichever the header line uses most), quoted as RFC 4180 says (a cell may hold the
//! separator, `""` for a quotation mark, and line breaks). The first row names the columns,
//! in any order; names are matched without case, surrounding spaces, or the difference
//! between a space, `-` and `_` ("Attributed as" is `attributed_as`). A column the sheet does
//! not know is a problem (with the nearest known name), not ignored. Rows of empty cells are
//! skipped. Cells are trimmed. Cells holding several values separate them with `|`, as Kumu
//! does. Kinds are read without case. Columns marked * are required, and so is a value in
//! every row.
//!
//! `actors.csv`: `id` (default: made from the name, as the draft makes ids), `name`* (or
//! `label`), `kind`* (or `type`: `state`, `government`, `person`, `organization` (or
//! `organisation`), `alliance`, `collective`), `aliases` (`|`-separated), `role` (as the
//! article states it), `affiliation` (the actor this one speaks for, as the article says),
//! `added_role` and `added_affiliation` (context the article does not state, shown as added),
//! `note` (added context).
//!
//! `statements.csv`: `id` (default: `q-` and the row number), `speaker`*, `kind`* (or `type`:
//! `verbatim`, words in the article's quotation marks, or `reported`; `paraphrase`, the
//! format's word, is read too), `text`* (a verbatim statement's words exactly as quoted; a
//! split quote gives its segments separated by `|`; a reported statement's words, looked up
//! as written, then without a final full stop and with its first letter in the other case),
//! `evidence` (optional: the passage of the article that reports the statement, copied
//! exactly, when the text alone is not the article's words or stands in more than one
//! place), `attributed_as` (the name the article uses there, such as "Moscow"), `about`
//! (actors, `|`-separated), `when` and `place` (the article's words in the statement's
//! sentence, such as "on Tuesday": the format keeps times as the article gives them, not as
//! dates), `note`.
//!
//! `relations.csv`: `id` (default: `r-` and the row number), `from`* (or `source`), `to`* (or
//! `target`), `kind`* (or `type`: `conflict`, `negotiation`, `mediation`, `alliance`,
//! `membership`, `support`, `economic`, `accusation`, `criticism`, `appeal`, `invitation`,
//! `rejection`), `summary`*, `directed` (`yes` or `no`, also `true`/`false`, `1`/`0`; default:
//! `no` for `conflict`, `negotiation` and `alliance`, `yes` for the others), `evidence`* (ids
//! of statements, `|`-separated), `note`.
//!
//! Wherever an actor is named (`speaker`, `from`, `to`, `about`, `affiliation`), its id or
//! its name or alias (without case) will do. The article is plain text, its title line first;
//! it is cleaned as the draft cleans it ([`crate::draft::prepare`]) and its language guessed
//! as the draft guesses it, unless given.
//!
//! Not carried by the sheets: events (and a statement's `event`), the story's publisher, URL
//! and date, and the draft mark.

mod assemble;
mod columns;
mod evidence;
mod export;
mod locate;
mod refs;
mod table;

use std::fmt;

use crate::domain::Dataset;

pub use export::{Export, export};

/// Largest sheet the import reads, in bytes (the loader's own limit for a document).
pub const MAX_SHEET_BYTES: usize = crate::domain::MAX_DOCUMENT_BYTES;

/// A file as it was given: its name (for the report) and its bytes.
#[derive(Clone, Copy, Debug)]
pub struct Input<'a> {
    /// The file's name as the editor knows it, such as `actors.csv`.
    pub name: &'a str,
    /// Its contents, in whatever encoding they came.
    pub bytes: &'a [u8],
}

/// What [`import`] reads.
#[derive(Clone, Copy, Debug)]
pub struct Sheets<'a> {
    /// One row per actor.
    pub actors: Input<'a>,
    /// One row per statement.
    pub statements: Input<'a>,
    /// One row per relation.
    pub relations: Input<'a>,
    /// The article: plain text, the title line first.
    pub article: Input<'a>,
    /// The article's BCP 47 language tag; guessed from the text when not given.
    pub language: Option<&'a str>,
}

/// A story built from sheets, checked.
#[derive(Clone, Debug)]
pub struct Imported {
    /// The dramatis/1 document.
    pub json: String,
    /// The same story, checked.
    pub dataset: Dataset,
}

/// One problem with the sheets or the article, where it is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    /// The file's name.
    pub file: String,
    /// The row (1-based, the header being row 1), when the problem is in one.
    pub row: Option<usize>,
    /// The column (1-based), when the problem is in one cell or header.
    pub column: Option<usize>,
    /// The column's header as written, when it has one.
    pub header: Option<String>,
    /// What is wrong, for an editor.
    pub message: String,
}

impl Problem {
    fn file(file: &str, message: impl Into<String>) -> Self {
        Self {
            file: file.to_owned(),
            row: None,
            column: None,
            header: None,
            message: message.into(),
        }
    }

    fn at(file: &str, place: &table::Place, message: impl Into<String>) -> Self {
        Self {
            file: file.to_owned(),
            row: Some(place.row),
            column: place.column.as_ref().map(|(column, _)| *column),
            header: place.column.as_ref().map(|(_, header)| header.clone()),
            message: message.into(),
        }
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.file)?;
        if let Some(row) = self.row {
            write!(f, ", row {row}")?;
        }
        if let Some(column) = self.column {
            write!(f, ", column {column}")?;
        }
        if let Some(header) = &self.header {
            write!(f, " ({header})")?;
        }
        write!(f, ": {}", self.message)
    }
}

/// Every problem found in one import, sheet by sheet, in row order.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problems {
    /// The problems; never empty.
    pub problems: Vec<Problem>,
}

impl fmt::Display for Problems {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let count = self.problems.len();
        writeln!(
            f,
            "{count} problem{} in the sheets:",
            if count == 1 { "" } else { "s" }
        )?;
        for problem in &self.problems {
            writeln!(f, "  {problem}")?;
        }
        Ok(())
    }
}

/// Builds a story from `sheets` and checks it.
///
/// # Errors
/// Every problem found in the sheets and the article, then those the checker finds in the
/// story built from the rows that had none, each with its file, row and column.
pub fn import(sheets: &Sheets<'_>) -> Result<Imported, Problems> {
    assemble::import(sheets)
}
