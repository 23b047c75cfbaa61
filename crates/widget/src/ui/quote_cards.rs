//! Quote cards: one card per statement, following the map's selection, with a filter between
//! quoted and reported speech. Verbatim words are set as a quotation; reported speech is
//! labelled and styled apart, so no one mistakes a paraphrase for someone's words.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::details::{added_badge, select_button};
use super::dom::{El, document_of, replace_children};
use super::hooks::listen;
use super::js::{can_share, copy_text, share};
use super::state::{Selection, use_story};
use super::svg::target_with;
use crate::domain::describe::{quote_citation, quote_context, speaker_line};
use crate::domain::{Dataset, QuoteId, QuoteKind};
use std::cell::RefCell;
use std::rc::Rc;

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
pub fn quote_cards(document: &web_sys::Document) -> El {
    let story = use_story();
    let data = story.dataset.clone();
    // The panels follow the selection a frame after the map does (see `Story::shown`).
    let selection = story.shown;
    // A usize, like the other small signals, so they share one copy of the signal code.
    let filter = RwSignal::new(Filter::All as usize);
    let list = El::new(document, "div")
        .class("dm-card-list")
        .attr("data-testid", "card-list")
        .attr("tabindex", "-1")
        .0;
    let count = El::new(document, "p")
        .class("dm-muted")
        .attr("data-testid", "card-count")
        .0;
    // The statements on show, the selection they follow, and whether sharing is possible.
    let cards: Cards = Rc::new(RefCell::new((Vec::new(), Selection::Nothing, false)));
    // Whether the reader has scrolled the list: only then does a new selection scroll it back
    // (setting scrollTop forces a layout, which a tap should not pay for nothing).
    let scrolled = Rc::new(std::cell::Cell::new(false));
    let can_share = can_share();
    {
        let (data, cards, scrolled) = (data.clone(), cards.clone(), scrolled.clone());
        let (list, count) = (list.clone(), count.clone());
        let first = std::cell::Cell::new(true);
        super::hooks::effect(move || {
            let (chosen, kept) = (selection.get(), Filter::from_index(filter.get()));
            press_chip(&count, kept);
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
            let _ = list.set_attribute(
                "class",
                if shown.len() > VIRTUAL_FROM {
                    "dm-card-list dm-card-list-virtual"
                } else {
                    "dm-card-list"
                },
            );
            if scrolled.replace(false) {
                list.set_scroll_top(0);
            }
            *cards.borrow_mut() = (shown, chosen, can_share);
            if first.replace(false) {
                // The first cards a frame after the map (see `after_frames`).
                let (list, data, cards) = (list.clone(), data.clone(), cards.clone());
                super::hooks::after_frames(1, move || render_window(&list, &data, &cards, 0));
            } else {
                render_window(&list, &data, &cards, 0);
            }
        });
    }
    let on_scroll = {
        let (list, data) = (list.clone(), data.clone());
        move |_: web_sys::Event| {
            let top = usize::try_from(list.scroll_top()).unwrap_or(0);
            scrolled.set(top > 0);
            render_window(&list, &data, &cards, top);
        }
    };
    let on_click = {
        let story = story.clone();
        move |event: web_sys::Event| {
            if let Some((_, key)) = target_with(&event, "data-filter") {
                filter.set(match key.as_str() {
                    "quoted" => Filter::Quoted,
                    "reported" => Filter::Reported,
                    _ => Filter::All,
                } as usize);
            } else if let Some((button, key)) = target_with(&event, "data-copy") {
                if let Some(q) = story.dataset.quote_by_key(&key) {
                    copy(&story.dataset, q, &button);
                }
            } else if let Some((_, key)) = target_with(&event, "data-share")
                && let Some(q) = story.dataset.quote_by_key(&key)
            {
                share_quote(&story.dataset, q);
            }
        }
    };
    listen(&list, &["scroll"], on_scroll);
    let section = skeleton(document, count, list);
    listen(&section.0, &["click"], on_click);
    section
}

/// The panel around the statement count `count` and the card list `list`: heading and filter.
fn skeleton(document: &web_sys::Document, count: web_sys::Element, list: web_sys::Element) -> El {
    let chip = |filter: Filter, label: &str| {
        El::new(document, "button")
            .class("dm-chip")
            .attr("type", "button")
            .attr("data-filter", filter.key())
            .attr(
                "aria-pressed",
                if filter == Filter::All {
                    "true"
                } else {
                    "false"
                },
            )
            .text(label)
    };
    let head = El::new(document, "div")
        .class("dm-cards-head")
        .child(
            El::new(document, "h3")
                .class("dm-subtitle")
                .text("Who said what"),
        )
        .child(El(count))
        .child(
            El::new(document, "div")
                .class("dm-filter")
                .attr("role", "group")
                .attr("aria-label", "Show statements")
                .child(chip(Filter::All, "All"))
                .child(chip(Filter::Quoted, "Quoted"))
                .child(chip(Filter::Reported, "Reported")),
        );
    El::new(document, "section")
        .class("dm-cards")
        .attr("aria-label", "Statements")
        .attr("data-testid", "quote-cards")
        .child(head)
        .child(El(list))
}

/// Marks the filter chip in use as pressed.
fn press_chip(count: &web_sys::Element, kept: Filter) {
    if let Some(head) = count.parent_element()
        && let Ok(chips) = head.query_selector_all("[data-filter]")
    {
        for at in 0..chips.length() {
            if let Some(chip) = chips
                .item(at)
                .and_then(|n| n.dyn_into::<web_sys::Element>().ok())
            {
                let on = chip.get_attribute("data-filter").as_deref() == Some(kept.key());
                let _ = chip.set_attribute("aria-pressed", if on { "true" } else { "false" });
            }
        }
    }
}

/// The statements on show, the selection they follow, and whether sharing is possible.
type Cards = Rc<RefCell<(Vec<QuoteId>, Selection, bool)>>;

/// Lists longer than this render only the cards in view (fixed-height slots in a scrolling
/// box), so thousands of statements cost a few hundred DOM nodes.
const VIRTUAL_FROM: usize = 60;
/// Height of a card's slot in a long list, in CSS pixels (the stylesheet agrees).
const SLOT: usize = 236;
/// Cards rendered around the visible ones in a long list.
const WINDOW: usize = 14;

/// Renders the cards: all of them for a short list; for a long one, the cards near
/// `scroll_top` between spacers that keep the scroll height true.
fn render_window(list: &web_sys::Element, data: &Dataset, cards: &Cards, scroll_top: usize) {
    let document = document_of(list);
    let (shown, chosen, can_share) = &*cards.borrow();
    {
        let card_for = |&q: &QuoteId| {
            card(
                &document,
                data,
                q,
                *chosen == Selection::Quote(q),
                *can_share,
            )
        };
        if shown.is_empty() {
            replace_children(
                list,
                vec![
                    El::new(&document, "p")
                        .class("dm-muted")
                        .text("No statements match."),
                ],
            );
        } else if shown.len() <= VIRTUAL_FROM {
            replace_children(list, shown.iter().map(card_for).collect());
        } else {
            let first = (scroll_top / SLOT)
                .saturating_sub(3)
                .min(shown.len().saturating_sub(WINDOW));
            if list
                .get_attribute("data-first")
                .is_some_and(|f| f == first.to_string())
                && list.child_element_count() > 0
            {
                return;
            }
            let last = (first + WINDOW).min(shown.len());
            let spacer = |slots: usize| {
                El::new(&document, "div")
                    .attr("aria-hidden", "true")
                    .attr("data-slots", &slots.to_string())
            };
            let mut content = vec![spacer(first)];
            content.extend(shown[first..last].iter().map(card_for));
            content.push(spacer(shown.len() - last));
            replace_children(list, content);
            let _ = list.set_attribute("data-first", &first.to_string());
            // Spacer heights through the CSSOM (a strict CSP forbids style attributes).
            let children = list.children();
            for (at, slots) in [
                (0, first),
                (children.length().saturating_sub(1), shown.len() - last),
            ] {
                if let Some(spacer) = children
                    .item(at)
                    .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
                {
                    let _ = spacer
                        .style()
                        .set_property("height", &format!("{}px", slots * SLOT));
                }
            }
        }
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

/// Copies a statement with its attribution and source; says so on the button and to
/// screen readers.
fn copy(data: &Dataset, id: QuoteId, button: &web_sys::Element) {
    let announcer = button
        .closest("[data-testid=dramatis-root]")
        .ok()
        .flatten()
        .and_then(|root| {
            root.query_selector("[data-testid=announcer]")
                .ok()
                .flatten()
        });
    copy_text(&quote_citation(data, id), button, announcer);
}

/// Opens the system share sheet with the statement and a link to it.
fn share_quote(data: &Dataset, id: QuoteId) {
    let href = web_sys::window()
        .and_then(|w| w.location().href().ok())
        .unwrap_or_default();
    let base = href.split('#').next().unwrap_or_default();
    let url = format!("{base}#{}", Selection::Quote(id).to_fragment(data));
    share(&data.story.title, &quote_citation(data, id), &url);
}
