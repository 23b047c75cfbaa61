//! What the widget shows instead of a story when a dataset cannot be used: a readable
//! message naming what is wrong and where.

use std::sync::Arc;

use dramatis_core::domain::DatasetError;
use dramatis_i18n::Catalog;
use leptos::prelude::*;

/// Most problems listed before the rest are summarised.
const SHOWN: usize = 20;

/// Where a problem is: its line and JSON path, whichever are known.
fn place(t: &Catalog, error: &DatasetError) -> String {
    match (error.line, error.path.is_empty()) {
        (Some(line), false) => t.problem_line_path(line, &error.path),
        (Some(line), true) => t.problem_line(line),
        (None, false) => error.path.clone(),
        (None, true) => t.problem_document(),
    }
}

/// A heading saying what failed, then each problem with its line and JSON path, in the words
/// of `words` (the problems themselves are the checker's, in English, for the story's editors).
#[component]
pub fn Problems(heading: String, errors: Vec<DatasetError>, words: Arc<Catalog>) -> impl IntoView {
    let hidden = errors.len().saturating_sub(SHOWN);
    let (lang, more) = (words.lang(), words.more_problems(hidden));
    let items = errors
        .into_iter()
        .take(SHOWN)
        .map(|error| {
            let place = place(&words, &error);
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
        <div
            class="dm-root dm-problems"
            role="alert"
            data-testid="problems"
            lang=lang.code()
            dir=if lang.rtl() { "rtl" } else { "ltr" }
        >
            <h2 class="dm-title">{heading}</h2>
            <ul>{items}</ul>
            <Show when=move || { hidden > 0 }>
                <p>{more.clone()}</p>
            </Show>
        </div>
    }
}
