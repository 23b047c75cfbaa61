//! The article view: the text with every evidence passage marked. Activating a mark selects
//! what it is evidence for; "in context" on a card scrolls here and highlights the sentence.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::dom::{El, document_of, replace_children};
use super::hooks::after_frames;
use super::state::{Selection, use_story};
use crate::domain::article::{Targets, segments};
use crate::domain::{Dataset, EvidenceRef, Span};

/// Every run of the article on screen: where it is, what it is evidence for, its element.
/// The marked passages: span, what they are evidence of, element, and what was last set on it
/// (selected and in-context bits), so a new selection writes only the marks that change.
type Marks = Rc<RefCell<Vec<(Span, Option<EvidenceRef>, web_sys::Element, Cell<u8>)>>>;

/// The article with its evidence marked.
pub fn article_view(document: &web_sys::Document) -> El {
    let story = use_story();
    let data = story.dataset.clone();
    // The marks follow the selection a frame after the map does (see `Story::shown`).
    let (selection, passage) = (story.shown, story.passage);
    let body = El::new(document, "div")
        .class("dm-article-body")
        .attr("data-testid", "article-body");
    let marks: Marks = Rc::default();
    {
        let (body, data, marks) = (body.0.clone(), data.clone(), marks.clone());
        // Below the map and the cards: built a frame after the cards (see `after_frames`).
        after_frames(2, move || build(&body, &data, &marks, selection, passage));
    }
    let last_shown: Cell<Option<Span>> = Cell::new(None);
    super::hooks::effect(move || {
        let (chosen, shown) = (selection.get(), passage.get());
        let previous = last_shown.replace(shown);
        // Scroll only when the passage itself changed, not on every new selection.
        if let Some(element) = restyle(&marks, chosen, shown)
            && previous != shown
        {
            bring_into_view(&element);
        }
    });
    El::new(document, "section")
        .class("dm-article")
        .attr("aria-label", "The article")
        .attr("data-testid", "article")
        .child(El::new(document, "h3").class("dm-subtitle").text("The article"))
        .child(El::new(document, "p").class("dm-muted dm-small").text(
            "Marked passages are the evidence for the map and the statements. Activate one to see what it supports.",
        ))
        .child(body)
}

/// Writes the article into `body`, every evidence passage a mark, and marks the selection.
fn build(
    body: &web_sys::Element,
    data: &Dataset,
    marks: &Marks,
    selection: RwSignal<Selection>,
    passage: RwSignal<Option<Span>>,
) {
    let (document, targets) = (document_of(body), Targets::new(data));
    let mut drawn = Vec::new();
    let paragraphs = segments(data)
        .into_iter()
        .enumerate()
        .map(|(n, pieces)| {
            let mut paragraph =
                El::new(&document, if n == 0 { "h4" } else { "p" }).class(if n == 0 {
                    "dm-article-title"
                } else {
                    "dm-paragraph"
                });
            for piece in pieces {
                let text = data.story.slice(piece.span);
                // Scraps of a passage left between nested ones ("." or ", and ") are
                // marked but not links: too small to tap, and reachable through the rest.
                let linkable = text.chars().filter(|c| c.is_alphanumeric()).count() >= 6;
                let element = match piece.evidence {
                    Some(_) if !linkable => El::new(&document, "span")
                        .class("dm-evidence dm-evidence-scrap")
                        .text(text),
                    Some(evidence) => {
                        let target = targets.selection(data, evidence).to_fragment(data);
                        El::new(&document, "a")
                            .class("dm-evidence")
                            .attr("href", &format!("#{target}"))
                            .attr("data-select", &target)
                            .attr("data-testid", "evidence-mark")
                            .text(text)
                    }
                    None => El::new(&document, "span").text(text),
                };
                drawn.push((
                    piece.span,
                    piece.evidence,
                    element.0.clone(),
                    Cell::new(u8::MAX),
                ));
                paragraph = paragraph.child(element);
            }
            paragraph
        })
        .collect();
    replace_children(body, paragraphs);
    *marks.borrow_mut() = drawn;
    restyle(marks, selection.get_untracked(), passage.get_untracked());
}

/// Marks the selected quote's passage and the passage shown in context, writing only the
/// marks whose state changes; returns the first mark of the passage shown in context.
fn restyle(marks: &Marks, chosen: Selection, shown: Option<Span>) -> Option<web_sys::Element> {
    let mut first_shown: Option<web_sys::Element> = None;
    for (span, evidence, element, styled) in marks.borrow().iter() {
        let selected = matches!((chosen, evidence), (Selection::Quote(q), Some(EvidenceRef::Quote(e))) if q == *e);
        let in_context = shown.is_some_and(|p| p.start < span.end && span.start < p.end);
        if in_context && first_shown.is_none() {
            first_shown = Some(element.clone());
        }
        let bits = u8::from(selected) | u8::from(in_context) << 1;
        if styled.replace(bits) == bits {
            continue;
        }
        let base = match (evidence, element.tag_name().as_str()) {
            (Some(_), "A") => "dm-evidence",
            (Some(_), _) => "dm-evidence dm-evidence-scrap",
            (None, _) => "",
        };
        let class = format!(
            "{base}{}{}",
            if selected {
                " dm-evidence-selected"
            } else {
                ""
            },
            if in_context { " dm-in-context" } else { "" }
        );
        let _ = element.set_attribute("class", class.trim());
    }
    first_shown
}

/// Moves keyboard focus to the passage and scrolls it into the middle of the view, at once
/// (no animated scrolling, so nothing moves for readers who prefer reduced motion).
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
