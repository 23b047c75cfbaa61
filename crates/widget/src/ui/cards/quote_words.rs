//! A statement's words on its card: quoted words as a quotation (a quote the article splits
//! with its breaks marked), reported speech as plain text, styled apart.

use dramatis_core::domain::describe::quoted;
use dramatis_core::domain::{QuoteId, QuoteKind};
use leptos::either::Either;
use leptos::prelude::*;

use crate::ui::state::use_story;

/// The words of statement `id`.
#[component]
pub fn QuoteWords(id: QuoteId) -> impl IntoView {
    let story = use_story();
    let (data, t) = (story.data(), story.t());
    let story_lang = story.story_lang();
    let quote = data.quote(id);
    let left_out = t.quote_break();
    if quote.kind == QuoteKind::Verbatim {
        // A quote the article splits ("…," said X, "…") is one quote with its breaks marked:
        // each part in its own quotation marks, an ellipsis between them.
        let parts = quote
            .segments
            .iter()
            .enumerate()
            .map(|(k, segment)| {
                let text = quoted(&data, &segment.text);
                view! {
                    {(k > 0).then(|| view! {
                        <span class="dm-quote-break">
                            <span aria-hidden="true">" … "</span>
                            <span class="dm-sr-only">{format!(" ({left_out}) ")}</span>
                        </span>
                    })}
                    {text}
                }
            })
            .collect_view();
        Either::Left(view! {
            <blockquote class="dm-quote" lang=story_lang dir="auto"><p>{parts}</p></blockquote>
        })
    } else {
        Either::Right(view! {
            <p class="dm-reported" lang=story_lang dir="auto">{quote.text.clone()}</p>
        })
    }
}
