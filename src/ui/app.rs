//! The widget's frame: title, actor map with its details, statements, article and the map
//! as text; plus the keyboard shortcut and screen-reader announcements that span them.

use std::sync::Arc;

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::actor_map::ActorMap;
use super::article_view::ArticleView;
use super::details::Details;
use super::legend::Legend;
use super::quote_cards::QuoteCards;
use super::relations_text::RelationsText;
use super::state::{Selection, provide_story};
use crate::domain::Dataset;

/// The whole widget for one checked dataset.
#[component]
pub fn App(
    dataset: Arc<Dataset>,
    /// Whether the selection lives in the page's URL fragment (one widget per page may).
    #[prop(optional)]
    sync_url: bool,
) -> impl IntoView {
    let story = provide_story(dataset);
    if sync_url {
        super::routing::sync_with_url(&story);
    }
    let data = story.dataset.clone();
    let selection = story.selection;
    let root = NodeRef::<leptos::html::Div>::new();
    {
        let data = data.clone();
        let first = std::cell::Cell::new(true);
        // Looked up once: a query from the root walks the whole widget, which on a long story
        // is tens of thousands of elements, and would cost every tap.
        let parts = std::cell::OnceCell::new();
        // With the panels, a frame after the map: the live region's new text costs a layout.
        let shown = story.shown;
        super::hooks::effect(move || {
            let now = shown.get();
            let Some(root) = root.get() else { return };
            let (announcer, button) = parts.get_or_init(|| {
                let part = |testid: &str| {
                    root.query_selector(&format!("[data-testid={testid}]"))
                        .ok()
                        .flatten()
                };
                (part("announcer"), part("show-everyone"))
            });
            // Nothing to announce when the widget first shows.
            if !first.replace(false)
                && let Some(announcer) = announcer
            {
                announcer.set_text_content(Some(&announce(&data, now)));
            }
            if let Some(button) = button {
                let _ = if now == Selection::Nothing {
                    button.set_attribute("disabled", "")
                } else {
                    button.remove_attribute("disabled")
                };
            }
        });
    }
    // Clicks on the controls panels build (see `actions`), and Escape to show everyone.
    super::hooks::listen(
        move || root.get().map(Into::into),
        &["click", "keydown"],
        move |event| {
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
        },
    );
    view! {
        <div class="dm-root" data-testid="dramatis-root" lang=data.story.language.clone() node_ref=root>
            <header class="dm-header">
                <p class="dm-kicker">"Who said what"</p>
                <h2 class="dm-title" data-testid="story-title">{data.story.title.clone()}</h2>
            </header>
            <div class="dm-layout">
                <section class="dm-map-area" aria-label="Map of the actors" data-testid="map-area">
                    <div class="dm-toolbar">
                        <button type="button" class="dm-button" data-testid="show-everyone" data-select="" disabled>
                            "Show everyone"
                        </button>
                    </div>
                    <ActorMap />
                    <Legend />
                </section>
                <section class="dm-card-area" aria-label="Details and statements" data-testid="card-area">
                    <Details />
                    <QuoteCards />
                </section>
            </div>
            <ArticleView />
            <RelationsText />
            <div class="dm-sr-only" aria-live="polite" data-testid="announcer"></div>
        </div>
    }
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
