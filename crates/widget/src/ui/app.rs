//! The widget's frame: title, actor map with its details, statements, article and the map
//! as text; plus the keyboard shortcut and screen-reader announcements that span them.

use std::sync::Arc;

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::actor_map::actor_map;
use super::article_view::article_view;
use super::details::details;
use super::dom::El;
use super::legend::legend;
use super::quote_cards::quote_cards;
use super::relations_text::relations_text;
use super::state::{Selection, provide_story};
use crate::domain::Dataset;

/// A widget on the page, from [`mount`]. Dropping it removes it from the page and cleans up
/// everything it holds: signals, effects, listeners, observers and the tasks it has scheduled.
pub struct Widget(Owner, web_sys::Element);

impl Drop for Widget {
    fn drop(&mut self) {
        self.0.cleanup();
        self.1.remove();
    }
}

/// Builds the widget for `dataset` and appends it to `parent`.
///
/// The widget is plain elements made by [`super::dom`], kept in step with the selection by
/// Leptos's signals and effects. Leptos's view layer is not used: its templates cost 5.6 KB
/// of the download for a skeleton of a few dozen fixed elements.
pub fn mount(parent: &web_sys::Element, dataset: Arc<Dataset>, sync_url: bool) -> Widget {
    // Effects run as tasks on the browser's microtask queue; an error means it is already set.
    let _ = any_spawner::Executor::init_wasm_bindgen();
    let owner = Owner::new();
    let document = super::dom::document_of(parent);
    let root = owner.with(|| app(&document, dataset, sync_url));
    let _ = parent.append_child(&root);
    Widget(owner, root)
}

/// The whole widget for one checked dataset, built in `document` under the current owner;
/// `sync_url`: whether the selection lives in the page's URL fragment (one widget per page
/// may). Its parts are plain elements (see [`super::dom`]); signals and effects keep them in
/// step with the selection.
fn app(document: &web_sys::Document, dataset: Arc<Dataset>, sync_url: bool) -> web_sys::Element {
    let story = provide_story(dataset);
    if sync_url {
        super::routing::sync_with_url(&story);
    }
    let data = story.dataset.clone();
    let selection = story.selection;
    let el = |tag: &str, class: &str| El::new(document, tag).class(class);
    let button = el("button", "dm-button")
        .attr("type", "button")
        .attr("data-testid", "show-everyone")
        .attr("data-select", "")
        .attr("disabled", "")
        .text("Show everyone");
    let announcer = el("div", "dm-sr-only")
        .attr("aria-live", "polite")
        .attr("data-testid", "announcer");
    let (button, announcer) = (button.0, announcer.0);
    {
        let data = data.clone();
        let (button, announcer) = (button.clone(), announcer.clone());
        let first = std::cell::Cell::new(true);
        // With the panels, a frame after the map: the live region's new text costs a layout.
        let shown = story.shown;
        super::hooks::effect(move || {
            let now = shown.get();
            // Nothing to announce when the widget first shows.
            if !first.replace(false) {
                announcer.set_text_content(Some(&announce(&data, now)));
            }
            let _ = if now == Selection::Nothing {
                button.set_attribute("disabled", "")
            } else {
                button.remove_attribute("disabled")
            };
        });
    }
    let map_area = el("section", "dm-map-area")
        .attr("aria-label", "Map of the actors")
        .attr("data-testid", "map-area")
        .child(el("div", "dm-toolbar").child(El(button)))
        .child(actor_map(document))
        .child(legend(document));
    let card_area = el("section", "dm-card-area")
        .attr("aria-label", "Details and statements")
        .attr("data-testid", "card-area")
        .child(details(document))
        .child(quote_cards(document));
    let root = el("div", "dm-root")
        .attr("data-testid", "dramatis-root")
        .attr("lang", &data.story.language)
        .child(
            el("header", "dm-header")
                .child(el("p", "dm-kicker").text("Who said what"))
                .child(
                    el("h2", "dm-title")
                        .attr("data-testid", "story-title")
                        .text(&data.story.title),
                ),
        )
        .child(el("div", "dm-layout").child(map_area).child(card_area))
        .child(article_view(document))
        .child(relations_text(document))
        .child(El(announcer))
        .0;
    // Clicks on the controls panels build (see `actions`), and Escape to show everyone.
    super::hooks::listen(&root, &["click", "keydown"], move |event| {
        if event.type_() == "click" {
            super::actions::handle_click(&story, &event);
            return;
        }
        match event
            .unchecked_ref::<web_sys::KeyboardEvent>()
            .key()
            .as_str()
        {
            "Escape" if selection.get_untracked() != Selection::Nothing => {
                selection.set(Selection::Nothing);
            }
            // The focus is about to move: the panels it may move into are brought up to
            // date first (they follow the selection a frame late, see `Story::shown`).
            "Tab" => story.settle(),
            _ => {}
        }
    });
    root
}

fn statements(data: &Dataset, selection: Selection) -> String {
    match selection.statements(data).len() {
        1 => "1 statement shown".to_owned(),
        n => format!("{n} statements shown"),
    }
}

/// What screen readers hear when the selection changes.
fn announce(data: &Dataset, selection: Selection) -> String {
    match selection {
        Selection::Nothing => format!("Showing everyone. {}.", statements(data, selection)),
        Selection::Actor(id) => format!(
            "Selected {}. {}.",
            data.actor(id).name,
            statements(data, selection)
        ),
        Selection::Relation(id) => {
            let sentence = crate::domain::describe::relation_sentence(data, id);
            format!("Selected: {sentence} {}.", statements(data, selection))
        }
        Selection::Quote(id) => format!(
            "Selected a statement by {}.",
            data.actor(data.quote(id).speaker).name
        ),
    }
}
