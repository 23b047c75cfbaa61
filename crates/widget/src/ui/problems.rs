//! What the widget shows instead of a story when a dataset cannot be used: a readable
//! message naming what is wrong and where, built without the reactive machinery so it works
//! even when nothing else can.

use super::dom::{El, document_of, replace_children};
use crate::domain::DatasetError;

/// Most problems listed before the rest are summarised.
const SHOWN: usize = 20;

/// Replaces `host`'s content with a message: a heading saying what failed, then each
/// problem with its line and JSON path.
pub fn show_problems(host: &web_sys::Element, heading: &str, errors: &[DatasetError]) {
    let document = document_of(host);
    let items = errors
        .iter()
        .take(SHOWN)
        .map(|error| {
            let place = match (error.line, error.path.is_empty()) {
                (Some(line), false) => format!("line {line}, {}", error.path),
                (Some(line), true) => format!("line {line}"),
                (None, false) => error.path.clone(),
                (None, true) => "document".to_owned(),
            };
            El::new(&document, "li")
                .child(
                    El::new(&document, "code")
                        .class("dm-problem-place")
                        .text(&place),
                )
                .text(": ")
                .text(&error.message)
        })
        .collect();
    let mut panel = El::new(&document, "div")
        .class("dm-root dm-problems")
        .attr("role", "alert")
        .attr("data-testid", "problems")
        .child(El::new(&document, "h2").class("dm-title").text(heading))
        .child(El::new(&document, "ul").children(items));
    let hidden = errors.len().saturating_sub(SHOWN);
    if hidden > 0 {
        panel = panel.child(El::new(&document, "p").text(&format!("…and {hidden} more.")));
    }
    replace_children(host, vec![panel]);
}
