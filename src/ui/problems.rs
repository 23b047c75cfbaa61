//! What the widget shows instead of a story when a dataset cannot be used.

use leptos::prelude::*;

use crate::domain::DatasetError;

/// Most problems listed before the rest are summarised.
const SHOWN: usize = 20;

/// A readable message naming what is wrong and where.
#[component]
pub fn Problems(
    /// One line saying what failed ("This story's data has 3 problems").
    heading: String,
    /// The problems, each with its JSON path.
    errors: Vec<DatasetError>,
) -> impl IntoView {
    let hidden = errors.len().saturating_sub(SHOWN);
    let items = errors
        .into_iter()
        .take(SHOWN)
        .map(|error| {
            let place = match (error.line, error.path.is_empty()) {
                (Some(line), false) => format!("line {line}, {}", error.path),
                (Some(line), true) => format!("line {line}"),
                (None, false) => error.path.clone(),
                (None, true) => "document".to_owned(),
            };
            view! {
                <li>
                    <code class="dm-problem-place">{place}</code>
                    ": "
                    {error.message}
                </li>
            }
        })
        .collect_view();
    view! {
        <div class="dm-root dm-problems" role="alert" data-testid="problems">
            <h2 class="dm-title">{heading}</h2>
            <ul>{items}</ul>
            {(hidden > 0).then(|| view! { <p>{format!("…and {hidden} more.")}</p> })}
        </div>
    }
}
