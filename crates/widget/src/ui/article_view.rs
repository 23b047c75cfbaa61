//! The article, with every evidence passage marked. Activating a mark selects what it is
//! evidence for; "In context" on a card scrolls here and highlights the sentence.

use dramatis_core::domain::article::{Segment, Targets, segments};
use dramatis_core::domain::selection::Selection;
use dramatis_core::domain::{EvidenceRef, Span};
use leptos::either::Either;
use leptos::html::Div;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::hooks::{When, effect, use_deferred};
use super::state::use_story;

/// Whether two spans of the text share a character.
fn overlap(a: Span, b: Span) -> bool {
    a.start < b.end && b.start < a.end
}

/// Scraps of a passage left between nested ones ("." or ", and ") are marked but not links:
/// too small to tap, and reachable through the rest.
fn linkable(text: &str) -> bool {
    text.chars().filter(|c| c.is_alphanumeric()).count() >= 6
}

/// The article with its evidence marked.
#[component]
pub fn ArticleView() -> impl IntoView {
    let story = use_story();
    // Below the map and the cards: built a frame after the cards.
    let ready = use_deferred(When::AfterFrames(2));
    let body = NodeRef::<Div>::new();
    // "In context": the focus moves to the passage's first mark, scrolled to the middle of
    // the view at once (no animated scrolling, so nothing moves for readers who prefer
    // reduced motion). Only when the passage itself changes, not on every selection.
    effect(move || {
        let (Some(passage), Some(body)) = (story.passage().get(), body.get()) else {
            return;
        };
        if !ready.get() {
            return;
        }
        let first = segments(&story.data())
            .into_iter()
            .flatten()
            .find(|piece| overlap(piece.span, passage));
        if let Some(piece) = first
            && let Ok(Some(element)) =
                body.query_selector(&format!("[data-dm-at=\"{}\"]", piece.span.start))
        {
            bring_into_view(&element);
        }
    });
    let paragraphs = move || {
        let data = story.data();
        let targets = Targets::new(&data);
        segments(&data)
            .into_iter()
            .enumerate()
            .map(|(n, pieces)| {
                let pieces = pieces
                    .into_iter()
                    .map(|piece| mark(piece, &targets))
                    .collect_view();
                if n == 0 {
                    Either::Left(view! { <h4 class="dm-article-title">{pieces}</h4> })
                } else {
                    Either::Right(view! { <p class="dm-paragraph">{pieces}</p> })
                }
            })
            .collect_view()
    };
    let t = story.t();
    view! {
        <section class="dm-article" aria-label=t.article_region() data-testid="article">
            <h3 class="dm-subtitle">{t.article_heading()}</h3>
            <p class="dm-muted dm-small">{t.article_help()}</p>
            <div
                class="dm-article-body"
                data-testid="article-body"
                lang=story.story_lang()
                dir="auto"
                node_ref=body
            >
                {move || ready.get().then(paragraphs)}
            </div>
        </section>
    }
}

/// The id of the article's mark that starts at byte `at` of the story's text: "In context"
/// links to it, so that the link works even before (or without) the module.
pub fn passage_anchor(at: usize) -> String {
    format!("dm-at-{at}")
}

/// One run of the article: plain text, a scrap of a passage, or a mark that selects what it
/// is evidence for. The marks follow the panels' selection (see `Story::shown`): a mark of the
/// selected statement, and the runs of the passage shown in context, stand out.
fn mark(piece: Segment, targets: &Targets) -> impl IntoView + use<> {
    let story = use_story();
    let data = story.data();
    let text = data.story.slice(piece.span).to_owned();
    let span = piece.span;
    let at = span.start;
    let lit = move || story.passage().get().is_some_and(|p| overlap(p, span));
    match piece.evidence {
        Some(evidence) if linkable(&text) => {
            let target = targets.selection(&data, evidence);
            let quote = match evidence {
                EvidenceRef::Quote(q) => Selection::Quote(q),
                EvidenceRef::Event(_) => Selection::Nothing,
            };
            Either::Left(view! {
                <a
                    class="dm-evidence"
                    class:dm-evidence-selected=move || {
                        quote != Selection::Nothing && story.shown().get() == quote
                    }
                    class:dm-in-context=lit
                    href=format!("#{}", target.to_fragment(&data))
                    data-testid="evidence-mark"
                    id=passage_anchor(at)
                    data-dm-at=at
                    on:click=move |event| {
                        event.prevent_default();
                        story.select(target);
                    }
                >
                    {text}
                </a>
            })
        }
        evidence => Either::Right(view! {
            <span
                class:dm-evidence=evidence.is_some()
                class:dm-evidence-scrap=evidence.is_some()
                id=evidence.is_some().then(|| passage_anchor(at))
                data-dm-at=at
                class:dm-in-context=lit
            >
                {text}
            </span>
        }),
    }
}

/// Moves keyboard focus to `element` and scrolls it into the middle of the view at once.
fn bring_into_view(element: &web_sys::Element) {
    if let Some(target) = element.dyn_ref::<web_sys::HtmlElement>() {
        if target.tab_index() < 0 && target.tag_name() != "A" {
            target.set_tab_index(-1);
        }
        let _ = target.focus();
    }
    let options = web_sys::ScrollIntoViewOptions::new();
    options.set_block(web_sys::ScrollLogicalPosition::Center);
    element.scroll_into_view_with_scroll_into_view_options(&options);
}
