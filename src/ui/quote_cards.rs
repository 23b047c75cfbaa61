//! Quote cards: one card per statement, following the map's selection, with a filter between
//! quoted and reported speech. Verbatim words are set as a quotation; reported speech is
//! labelled and styled apart, so no one mistakes a paraphrase for someone's words.

use leptos::html::Div;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::details::{added_badge, select_button};
use super::dom::{El, document_of, replace_children};
use super::state::{Selection, use_story};
use super::svg::target_with;
use crate::domain::describe::{quote_citation, quote_context, speaker_line};
use crate::domain::{Dataset, QuoteId, QuoteKind};

/// Which statements the cards show.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Filter {
    /// Quoted and reported.
    #[default]
    All = 0,
    /// Only words in quotation marks.
    Quoted = 1,
    /// Only reported speech.
    Reported = 2,
}

impl Filter {
    fn keeps(self, kind: QuoteKind) -> bool {
        match self {
            Self::All => true,
            Self::Quoted => kind == QuoteKind::Verbatim,
            Self::Reported => kind == QuoteKind::Paraphrase,
        }
    }

    fn from_index(index: usize) -> Self {
        match index {
            1 => Self::Quoted,
            2 => Self::Reported,
            _ => Self::All,
        }
    }

    fn key(self) -> &'static str {
        match self {
            Self::All => "all",
            Self::Quoted => "quoted",
            Self::Reported => "reported",
        }
    }
}

/// The statements, as cards.
#[component]
pub fn QuoteCards() -> impl IntoView {
    let story = use_story();
    let data = story.dataset.clone();
    let selection = story.selection;
    // A usize, like the other small signals, so they share one copy of the signal code.
    let filter = RwSignal::new(Filter::All as usize);
    let list = NodeRef::<Div>::new();
    let count = NodeRef::<leptos::html::P>::new();
    let can_share = web_sys::window()
        .is_some_and(|w| js_sys::Reflect::has(&w.navigator(), &"share".into()).unwrap_or(false));
    {
        let data = data.clone();
        super::hooks::effect(move || {
            let (chosen, kept) = (selection.get(), Filter::from_index(filter.get()));
            let (Some(list), Some(count)) = (list.get(), count.get()) else {
                return;
            };
            if let Some(head) = count.parent_element()
                && let Ok(chips) = head.query_selector_all("[data-filter]")
            {
                for at in 0..chips.length() {
                    if let Some(chip) = chips
                        .item(at)
                        .and_then(|n| n.dyn_into::<web_sys::Element>().ok())
                    {
                        let on = chip.get_attribute("data-filter").as_deref() == Some(kept.key());
                        let _ =
                            chip.set_attribute("aria-pressed", if on { "true" } else { "false" });
                    }
                }
            }
            let shown: Vec<QuoteId> = chosen
                .statements(&data)
                .into_iter()
                .filter(|&q| kept.keeps(data.quote(q).kind))
                .collect();
            count.set_text_content(Some(&format!(
                "{} of {} statements",
                shown.len(),
                data.quotes.len()
            )));
            let document = document_of(&list);
            let cards = if shown.is_empty() {
                vec![
                    El::new(&document, "p")
                        .class("dm-muted")
                        .text("No statements match."),
                ]
            } else {
                shown
                    .iter()
                    .map(|&q| {
                        card(
                            &document,
                            &data,
                            q,
                            chosen == Selection::Quote(q),
                            can_share,
                        )
                    })
                    .collect()
            };
            replace_children(&list, cards);
        });
    }
    let on_click = {
        let story = story.clone();
        super::hooks::handler(move |event: web_sys::MouseEvent| {
            if let Some((_, key)) = target_with(&event, "data-filter") {
                filter.set(match key.as_str() {
                    "quoted" => Filter::Quoted,
                    "reported" => Filter::Reported,
                    _ => Filter::All,
                } as usize);
            } else if let Some((button, key)) = target_with(&event, "data-copy") {
                if let Some(q) = story.dataset.quote_by_key(&key) {
                    copy(&story.dataset, q, &button, story.announcement);
                }
            } else if let Some((_, key)) = target_with(&event, "data-share")
                && let Some(q) = story.dataset.quote_by_key(&key)
            {
                share(&story.dataset, q);
            }
        })
    };
    view! {
        <section class="dm-cards" aria-label="Statements" data-testid="quote-cards" on:click=on_click>
            <div class="dm-cards-head">
                <h3 class="dm-subtitle">"Who said what"</h3>
                <p class="dm-muted" data-testid="card-count" node_ref=count></p>
                <div class="dm-filter" role="group" aria-label="Show statements">
                    <button type="button" class="dm-chip" data-filter=Filter::All.key() aria-pressed="true">"All"</button>
                    <button type="button" class="dm-chip" data-filter=Filter::Quoted.key() aria-pressed="false">"Quoted"</button>
                    <button type="button" class="dm-chip" data-filter=Filter::Reported.key() aria-pressed="false">"Reported"</button>
                </div>
            </div>
            <div class="dm-card-list" data-testid="card-list" node_ref=list></div>
        </section>
    }
}

/// One statement's card.
fn card(
    document: &web_sys::Document,
    data: &Dataset,
    id: QuoteId,
    chosen: bool,
    can_share: bool,
) -> El {
    let quote = data.quote(id);
    let verbatim = quote.kind == QuoteKind::Verbatim;
    let words = if verbatim {
        El::new(document, "blockquote")
            .class("dm-quote")
            .child(El::new(document, "p").text(&format!("“{}”", quote.text)))
    } else {
        El::new(document, "p")
            .class("dm-reported")
            .text(&quote.text)
    };
    let context = quote_context(data, id);
    let sentence = data.sentence_around(quote.evidence);
    let mut card = El::new(document, "article")
        .class(if chosen {
            "dm-card dm-card-chosen"
        } else {
            "dm-card"
        })
        .attr("data-testid", "quote-card")
        .attr("data-quote", &quote.key)
        .attr("data-kind", quote.kind.key())
        .child(
            El::new(document, "p")
                .class(if verbatim {
                    "dm-card-kind dm-kind-quoted"
                } else {
                    "dm-card-kind dm-kind-reported"
                })
                .text(if verbatim {
                    "Quoted"
                } else {
                    "Reported speech, not a direct quote"
                }),
        )
        .child(words)
        .child(
            El::new(document, "p")
                .class("dm-byline")
                .text("— ")
                .child(select_button(
                    document,
                    Selection::Actor(quote.speaker),
                    data,
                    &speaker_line(data, id),
                )),
        );
    if !context.is_empty() {
        card = card.child(El::new(document, "p").class("dm-card-meta").text(&context));
    }
    if let Some(note) = &quote.note {
        card = card.child(
            El::new(document, "p")
                .class("dm-note")
                .child(added_badge(document))
                .text(" ")
                .text(note),
        );
    }
    let mut actions = El::new(document, "div").class("dm-card-actions").child(
        El::new(document, "button")
            .class("dm-button")
            .attr("type", "button")
            .attr(
                "data-passage",
                &format!("{}-{}", sentence.start, sentence.end),
            )
            .attr("data-testid", "in-context")
            .text("In context"),
    );
    actions = actions.child(
        El::new(document, "button")
            .class("dm-button")
            .attr("type", "button")
            .attr("data-copy", &quote.key)
            .attr("data-testid", "copy")
            .text("Copy"),
    );
    if can_share {
        actions = actions.child(
            El::new(document, "button")
                .class("dm-button")
                .attr("type", "button")
                .attr("data-share", &quote.key)
                .attr("data-testid", "share")
                .text("Share"),
        );
    }
    card.child(actions)
}

/// Copies a statement with its attribution; says so on the button and to screen readers.
fn copy(data: &Dataset, id: QuoteId, button: &web_sys::Element, announcement: RwSignal<String>) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let text = quote_citation(data, id);
    let promise = window.navigator().clipboard().write_text(&text);
    let button = button.clone();
    leptos::task::spawn_local(async move {
        let done = wasm_bindgen_futures::JsFuture::from(promise).await.is_ok();
        let message = if done { "Copied" } else { "Could not copy" };
        button.set_text_content(Some(message));
        announcement.set(format!("{message}."));
        if let Some(button) = button.dyn_ref::<web_sys::HtmlElement>() {
            let _ = button.set_attribute("data-copied", if done { "true" } else { "false" });
        }
    });
}

/// Opens the system share sheet with the statement and a link to it.
fn share(data: &Dataset, id: QuoteId) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let share_data = web_sys::ShareData::new();
    share_data.set_title(&data.story.title);
    share_data.set_text(&quote_citation(data, id));
    if let Ok(href) = window.location().href() {
        let base = href.split('#').next().unwrap_or_default();
        share_data.set_url(&format!(
            "{base}#{}",
            Selection::Quote(id).to_fragment(data)
        ));
    }
    let promise = window.navigator().share_with_data(&share_data);
    leptos::task::spawn_local(async move {
        // A reader closing the share sheet rejects the promise; nothing to report.
        let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
    });
}
