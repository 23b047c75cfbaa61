//! One statement's card. Words the article puts in quotation marks are set as a quotation;
//! reported speech is labelled and styled apart, so no one mistakes a paraphrase for someone's
//! words.

use dramatis_core::domain::describe::{quote_context, speaker_line};
use dramatis_core::domain::selection::Selection;
use dramatis_core::domain::{QuoteId, QuoteKind};
use leptos::prelude::*;

use super::card_actions::CardActions;
use super::context_missing::ContextMissing;
use super::quote_words::QuoteWords;
use crate::ui::added_badge::AddedBadge;
use crate::ui::select_button::SelectButton;
use crate::ui::state::use_story;

/// The card of statement `id`; `sharing`: whether the Web Share API is there to offer
/// "Share". It stands out while it is the panels' selection.
#[component]
pub fn QuoteCard(id: QuoteId, sharing: ReadSignal<bool>) -> impl IntoView {
    let story = use_story();
    let (data, t) = (story.data(), story.t());
    let story_lang = story.story_lang();
    let quote = data.quote(id);
    let verbatim = quote.kind == QuoteKind::Verbatim;
    let context = quote_context(&t, &data, id);
    let context = (!context.is_empty()).then(|| view! { <p class="dm-card-meta">{context}</p> });
    let note = quote.note.clone().map(|note| {
        view! { <p class="dm-note"><AddedBadge />" "<span lang=story_lang.clone()>{note}</span></p> }
    });
    view! {
        <article
            class="dm-card"
            class:dm-card-chosen=move || story.shown().get() == Selection::Quote(id)
            data-testid="quote-card"
            data-quote=quote.key.clone()
            data-kind=quote.kind.key()
        >
            <p
                class="dm-card-kind"
                class:dm-kind-quoted=verbatim
                class:dm-kind-reported=!verbatim
            >
                {if verbatim { t.card_quoted() } else { t.card_reported() }}
            </p>
            <QuoteWords id />
            <p class="dm-byline">
                "— "
                <SelectButton selection=Selection::Actor(quote.speaker) label=speaker_line(&t, &data, id) />
            </p>
            {context}
            {note}
            <ContextMissing id />
            <CardActions id sharing />
        </article>
    }
}
