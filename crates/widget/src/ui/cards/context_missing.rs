//! What a card says when the host page's copy of the article lacks its sentence (edited since
//! the story was made): that it is not there, and the sentence as the story's data has it.

use dramatis_core::domain::QuoteId;
use leptos::prelude::*;

use crate::ui::in_context::use_in_context;
use crate::ui::state::use_story;

/// The note on statement `id`'s card, while the host's article lacks its sentence.
#[component]
pub fn ContextMissing(id: QuoteId) -> impl IntoView {
    let story = use_story();
    let (data, t) = (story.data(), story.t());
    let quote = data.quote(id);
    let in_context = use_in_context();
    // When the host page's copy of the article lacks the sentence (edited since), the card
    // says so and shows the sentence as the story's data has it.
    let sentence = data
        .story
        .slice(data.sentence_around(quote.evidence))
        .to_owned();
    let (missing_note, story_lang_missing) = (t.context_missing(), story.story_lang());
    move || {
        in_context.missing(id).then(|| {
            view! {
                <div class="dm-context-missing" role="status" data-testid="context-missing">
                    <p>{missing_note.clone()}</p>
                    <blockquote class="dm-sentence" lang=story_lang_missing.clone() dir="auto">{sentence.clone()}</blockquote>
                </div>
            }
        })
    }
}
