//! One statement's card. Words the article puts in quotation marks are set as a quotation;
//! reported speech is labelled and styled apart, so no one mistakes a paraphrase for someone's
//! words.

use dramatis_core::domain::describe::{quote_citation, quote_context, speaker_line};
use dramatis_core::domain::selection::Selection;
use dramatis_core::domain::{QuoteId, QuoteKind};
use leptos::prelude::*;
use wasm_bindgen::closure::Closure;

use super::quote_words::QuoteWords;
use crate::ui::added_badge::AddedBadge;
use crate::ui::in_context::use_in_context;
use crate::ui::js::{copy_text, share};
use crate::ui::select_button::SelectButton;
use crate::ui::state::use_story;

/// The card of statement `id`; `sharing`: whether the Web Share API is there to offer
/// "Share". It stands out while it is the panels' selection.
#[component]
pub fn QuoteCard(id: QuoteId, sharing: ReadSignal<bool>) -> impl IntoView {
    let story = use_story();
    let data = story.data();
    let quote = data.quote(id);
    let verbatim = quote.kind == QuoteKind::Verbatim;
    let context = quote_context(&data, id);
    let context = (!context.is_empty()).then(|| view! { <p class="dm-card-meta">{context}</p> });
    let note = quote.note.clone().map(|note| {
        view! { <p class="dm-note"><AddedBadge />" "{note}</p> }
    });
    let in_context = use_in_context();
    // When the host page's copy of the article lacks the sentence (edited since), the card
    // says so and shows the sentence as the story's data has it.
    let sentence = data
        .story
        .slice(data.sentence_around(quote.evidence))
        .to_owned();
    let missing = move || {
        in_context.missing(id).then(|| {
            view! {
                <div class="dm-context-missing" role="status" data-testid="context-missing">
                    <p>"This sentence is not in the article on this page as the story has it (it may have been edited). The story's version:"</p>
                    <blockquote class="dm-sentence">{sentence.clone()}</blockquote>
                </div>
            }
        })
    };
    // Whether the last copy worked, once the reader has copied.
    let copied = RwSignal::new(None::<bool>);
    let on_copy = move |_| {
        let done = Closure::once_into_js(move |ok: bool| {
            copied.set(Some(ok));
            story.announce(if ok { "Copied." } else { "Could not copy." }.to_owned());
        });
        copy_text(&quote_citation(&story.data(), id), &done);
    };
    let on_share = move |_| {
        let data = story.data();
        let href = web_sys::window()
            .and_then(|w| w.location().href().ok())
            .unwrap_or_default();
        let base = href.split('#').next().unwrap_or_default();
        let url = format!("{base}#{}", Selection::Quote(id).to_fragment(&data));
        share(&data.story.title, &quote_citation(&data, id), &url);
    };
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
                {if verbatim { "Quoted" } else { "Reported speech, not a direct quote" }}
            </p>
            <QuoteWords id />
            <p class="dm-byline">
                "— "
                <SelectButton selection=Selection::Actor(quote.speaker) label=speaker_line(&data, id) />
            </p>
            {context}
            {note}
            {missing}
            <div class="dm-card-actions">
                <button
                    type="button"
                    class="dm-button"
                    data-testid="in-context"
                    on:click=move |_| in_context.show(story, id)
                >
                    "In context"
                </button>
                <button
                    type="button"
                    class="dm-button"
                    data-testid="copy"
                    data-copied=move || copied.get().map(|ok| if ok { "true" } else { "false" })
                    on:click=on_copy
                >
                    {move || match copied.get() {
                        None => "Copy",
                        Some(true) => "Copied",
                        Some(false) => "Could not copy",
                    }}
                </button>
                {move || {
                    sharing
                        .get()
                        .then(|| {
                            view! {
                                <button type="button" class="dm-button" data-testid="share" on:click=on_share>
                                    "Share"
                                </button>
                            }
                        })
                }}
            </div>
        </article>
    }
}
