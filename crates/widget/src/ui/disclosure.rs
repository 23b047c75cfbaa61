//! A closed disclosure (`<details>`) for the parts a reader opens when wanted.

use leptos::prelude::*;

/// A `<details>` element with class `class`, test id `testid` and summary `summary`, closed at
/// first, around `children`.
#[component]
pub fn Disclosure(
    class: &'static str,
    testid: &'static str,
    #[prop(into)] summary: String,
    children: Children,
) -> impl IntoView {
    view! {
        <details class=class data-testid=testid>
            <summary>{summary}</summary>
            {children()}
        </details>
    }
}
