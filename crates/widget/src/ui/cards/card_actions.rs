//! A card's actions: "In context", "Copy" (the statement with its attribution and source)
//! and, where the Web Share API exists, "Share". Copy and Share need the module: before it runs
//! (a page rendered ahead of time), they keep their place but stay hidden.

use dramatis_core::domain::QuoteId;
use dramatis_core::domain::describe::quote_citation;
use dramatis_core::domain::selection::Selection;
use leptos::prelude::*;
use wasm_bindgen::closure::Closure;

use crate::ui::article_view::passage_anchor;
use crate::ui::in_context::use_in_context;
use crate::ui::js::{copy_text, share};
use crate::ui::state::use_story;

/// The actions of statement `id`'s card; `sharing`: whether to offer "Share".
#[component]
pub fn CardActions(id: QuoteId, sharing: ReadSignal<bool>) -> impl IntoView {
    let story = use_story();
    let t = story.t();
    let in_context = use_in_context();
    // Whether the last copy worked, once the reader has copied.
    let copied = RwSignal::new(None::<bool>);
    let on_copy = move |_| {
        let done = Closure::once_into_js(move |ok: bool| {
            copied.set(Some(ok));
            let t = story.t();
            story.announce(if ok {
                t.copied_announcement()
            } else {
                t.copy_failed_announcement()
            });
        });
        copy_text(&quote_citation(&story.t(), &story.data(), id), &done);
    };
    let on_share = move |_| {
        let data = story.data();
        let href = web_sys::window()
            .and_then(|w| w.location().href().ok())
            .unwrap_or_default();
        let base = href.split('#').next().unwrap_or_default();
        let url = format!("{base}#{}", Selection::Quote(id).to_fragment(&data));
        share(
            &data.story.title,
            &quote_citation(&story.t(), &data, id),
            &url,
        );
    };
    view! {
        <div class="dm-card-actions">
                // A link to the passage in the article below, which works without scripts too
                // (in the compact embed, with no article on show, only once the module runs).
                <a
                    class="dm-button"
                    class:dm-needs-js=story.compact()
                    href=format!("#{}", passage_anchor(story.data().quote(id).evidence.start))
                    data-testid="in-context"
                    on:click=move |event| {
                        event.prevent_default();
                        in_context.show(story, id);
                    }
                >
                    {t.in_context()}
                </a>
                <button
                    type="button"
                    class="dm-button dm-needs-js"
                    data-testid="copy"
                    data-copied=move || copied.get().map(|ok| if ok { "true" } else { "false" })
                    on:click=on_copy
                >
                    {move || {
                        let t = story.t();
                        match copied.get() {
                            None => t.copy(),
                            Some(true) => t.copied(),
                            Some(false) => t.copy_failed(),
                        }
                    }}
                </button>
                {move || {
                    sharing
                        .get()
                        .then(|| {
                            view! {
                                <button type="button" class="dm-button dm-needs-js" data-testid="share" on:click=on_share>
                                    {story.t().share()}
                                </button>
                            }
                        })
                }}
            </div>
    }
}
