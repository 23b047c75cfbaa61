//! The one entry point from JSON text to a checked [`Dataset`]: syntax, structure, repeated
//! keys and meaning are all checked, and every problem comes back at once with its path and
//! line.

use std::collections::HashSet;

use serde::Deserialize;
use serde_json::Value;

use super::check::{Unreadable, check};
use super::error::{DatasetError, Report};
use super::jsonscan;
use super::model::Dataset;
use super::raw::RawDataset;

/// Largest document the loader accepts, in bytes.
pub const MAX_DOCUMENT_BYTES: usize = 32 * 1024 * 1024;

/// Top-level members of a dataset document.
const SECTIONS: [&str; 6] = ["format", "story", "actors", "events", "quotes", "relations"];

/// Reads and checks a dataset document.
///
/// # Errors
/// A [`Report`] naming every problem found, in document order.
pub fn load(json: &str) -> Result<Dataset, Report> {
    if json.len() > MAX_DOCUMENT_BYTES {
        return Err(single(format!(
            "the document is {} bytes; the limit is {MAX_DOCUMENT_BYTES}",
            json.len()
        )));
    }
    let value: Value = serde_json::from_str(json).map_err(|error| {
        let mut error = DatasetError::new("", format!("not valid JSON: {error}"));
        error.line = Some(error_line(json, &error.message));
        Report {
            errors: vec![error],
        }
    })?;
    let mut errors: Vec<DatasetError> = jsonscan::duplicate_keys(json)
        .into_iter()
        .map(|found| DatasetError {
            path: found.path,
            message: "this key appears twice in the same object; only one can count".into(),
            line: Some(found.line),
        })
        .collect();
    if !value.is_object() {
        errors.push(DatasetError::new(
            "",
            "the document must be a JSON object with format, story and actors",
        ));
        locate(json, &mut errors);
        return Err(Report { errors });
    }
    let (raw, unreadable, positions) = read_structure(&value, &mut errors);
    let structural = !errors.is_empty();
    match check(&raw, &unreadable) {
        Ok(dataset) if !structural => return Ok(dataset),
        Ok(_) => {}
        Err(found) => errors.extend(found.into_iter().map(|error| positions.remap(error))),
    }
    locate(json, &mut errors);
    Err(Report { errors })
}

fn single(message: String) -> Report {
    Report {
        errors: vec![DatasetError::new("", message)],
    }
}

/// `serde_json` ends its messages with "at line L column C".
fn error_line(json: &str, message: &str) -> usize {
    message
        .rsplit_once("at line ")
        .and_then(|(_, rest)| rest.split_whitespace().next())
        .and_then(|line| line.parse().ok())
        .unwrap_or_else(|| json.lines().count().max(1))
}

/// Where each item that could be read sits in its section of the document, so that errors
/// about it name its real index even when items before it were unreadable and left out.
#[derive(Default)]
struct Positions(Vec<(&'static str, Vec<usize>)>);

impl Positions {
    fn remap(&self, mut error: DatasetError) -> DatasetError {
        for (name, positions) in &self.0 {
            let Some(rest) = error
                .path
                .strip_prefix(name)
                .and_then(|r| r.strip_prefix('['))
            else {
                continue;
            };
            let Some((index, tail)) = rest.split_once(']') else {
                continue;
            };
            if let Some(original) = index.parse::<usize>().ok().and_then(|i| positions.get(i)) {
                error.path = format!("{name}[{original}]{tail}");
            }
        }
        error
    }
}

/// Reads each section and each item on its own, so one bad item does not hide the rest.
fn read_structure(
    value: &Value,
    errors: &mut Vec<DatasetError>,
) -> (RawDataset, Unreadable, Positions) {
    let mut raw = RawDataset::default();
    let mut unreadable = Unreadable::default();
    let mut positions = Positions::default();
    let Some(root) = value.as_object() else {
        return (raw, unreadable, positions);
    };
    for key in root.keys().filter(|key| !SECTIONS.contains(&key.as_str())) {
        errors.push(DatasetError::new(
            key.clone(),
            format!("unknown top-level member; expected {}", SECTIONS.join(", ")),
        ));
    }
    match root.get("format") {
        Some(Value::String(format)) => raw.format.clone_from(format),
        Some(_) => errors.push(DatasetError::new(
            "format",
            "must be the string \"dramatis/1\"",
        )),
        None => errors.push(DatasetError::new(
            "format",
            "missing; expected \"dramatis/1\"",
        )),
    }
    match root.get("story").map(super::raw::RawStory::deserialize) {
        Some(Ok(story)) => raw.story = story,
        Some(Err(error)) => {
            errors.push(item_error("story", &error.to_string()));
            unreadable.story = true;
        }
        None => {
            errors.push(DatasetError::new("story", "missing"));
            unreadable.story = true;
        }
    }
    let (actors, kept) = section(
        root.get("actors"),
        "actors",
        true,
        errors,
        &mut unreadable.actors,
    );
    raw.actors = actors;
    positions.0.push(("actors", kept));
    let (events, kept) = section(
        root.get("events"),
        "events",
        false,
        errors,
        &mut unreadable.events,
    );
    raw.events = events;
    positions.0.push(("events", kept));
    let (quotes, kept) = section(
        root.get("quotes"),
        "quotes",
        false,
        errors,
        &mut unreadable.quotes,
    );
    raw.quotes = quotes;
    positions.0.push(("quotes", kept));
    let mut relation_ids = HashSet::new();
    let (relations, kept) = section(
        root.get("relations"),
        "relations",
        false,
        errors,
        &mut relation_ids,
    );
    raw.relations = relations;
    positions.0.push(("relations", kept));
    (raw, unreadable, positions)
}

fn section<T: for<'de> Deserialize<'de>>(
    value: Option<&Value>,
    name: &str,
    required: bool,
    errors: &mut Vec<DatasetError>,
    unreadable: &mut HashSet<String>,
) -> (Vec<T>, Vec<usize>) {
    let items = match value {
        Some(Value::Array(items)) => items,
        Some(_) => {
            errors.push(DatasetError::new(name, "must be an array"));
            return (Vec::new(), Vec::new());
        }
        None if required => {
            errors.push(DatasetError::new(name, "missing"));
            return (Vec::new(), Vec::new());
        }
        None => return (Vec::new(), Vec::new()),
    };
    let mut read = Vec::with_capacity(items.len());
    let mut kept = Vec::with_capacity(items.len());
    for (at, item) in items.iter().enumerate() {
        match T::deserialize(item) {
            Ok(parsed) => {
                read.push(parsed);
                kept.push(at);
            }
            Err(error) => {
                errors.push(item_error(&format!("{name}[{at}]"), &error.to_string()));
                if let Some(id) = item.get("id").and_then(Value::as_str) {
                    unreadable.insert(id.to_owned());
                }
            }
        }
    }
    (read, kept)
}

/// A structural error inside an item; serde names a missing or unknown field in its message,
/// and that field belongs in the path.
fn item_error(path: &str, message: &str) -> DatasetError {
    let field = ["missing field `", "unknown field `"]
        .iter()
        .find_map(|lead| message.strip_prefix(lead))
        .and_then(|rest| rest.split_once('`'))
        .map(|(field, _)| field);
    match field {
        Some(field) => DatasetError::new(format!("{path}.{field}"), message),
        None => DatasetError::new(path, message),
    }
}

/// Fills in each error's line, then sorts them into document order.
fn locate(json: &str, errors: &mut [DatasetError]) {
    let wanted: Vec<usize> = (0..errors.len())
        .filter(|&i| errors[i].line.is_none())
        .collect();
    let paths: Vec<&str> = wanted.iter().map(|&i| errors[i].path.as_str()).collect();
    let lines = jsonscan::lines_of(json, &paths);
    for (i, line) in wanted.into_iter().zip(lines) {
        errors[i].line = line.or_else(|| {
            // A path inside a member that does not exist (a missing field) points at its parent.
            let parent = errors[i]
                .path
                .rsplit_once(['.', '['])
                .map(|(parent, _)| parent.to_owned())?;
            jsonscan::lines_of(json, &[&parent])[0]
        });
    }
    errors.sort_by_key(|error| error.line.unwrap_or(0));
}
