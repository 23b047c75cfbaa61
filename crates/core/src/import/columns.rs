//! The columns of the three sheets, by the names the documentation gives (the module's
//! `//!`) and the exporter writes, and how a cell of several values reads.

use super::table::Column;
use crate::domain::RelationKind;

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
pub(super) const UNDIRECTED: [RelationKind; 3] = [
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
