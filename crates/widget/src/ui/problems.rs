//! What the widget shows instead of a story when a dataset cannot be used: a readable
//! message naming what is wrong and where.

use dramatis_core::domain::DatasetError;
use leptos::prelude::*;

/// Most problems listed before the rest are summarised.
const SHOWN: usize = 20;

/// Where a problem is: its line and JSON path, whichever are known.
fn place(error: &DatasetError) -> String {
    match (error.line, error.path.is_empty()) {
        (Some(line), false) => format!("line {line}, {}", error.path),
        (Some(line), true) => format!("line {line}"),
        (None, false) => error.path.clone(),
        (None, true) => "document".to_owned(),
    }
}

/// A heading saying what failed, then each problem with its line and JSON path.
#[component]
pub fn Problems(heading: String, errors: Vec<DatasetError>) -> impl IntoView {
    let hidden = errors.len().saturating_sub(SHOWN);
    let items = errors
        .into_iter()
        .take(SHOWN)
        .map(|error| {
            view! {
                <li>
                    <code class="dm-problem-place">{place(&error)}</code>
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
            <Show when=move || { hidden > 0 }>
                <p>{format!("…and {hidden} more.")}</p>
            </Show>
        </div>
    }
}
