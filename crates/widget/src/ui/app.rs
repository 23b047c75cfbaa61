//! The widget's frame: title, actor map with its key and details, statements, article and the
//! map as text; plus the keyboard shortcuts and screen-reader announcements that span them.

use std::sync::Arc;

use dramatis_core::domain::Dataset;
use leptos::prelude::*;

use super::announcer::Announcer;
use super::article_view::ArticleView;
use super::cards::CardList;
use super::details::Details;
use super::hooks::use_url_sync;
use super::legend::Legend;
use super::map::ActorMap;
use super::map_as_text::MapAsText;
use super::show_everyone::ShowEveryone;
use super::state::{Start, provide_story};

/// The whole widget for one checked dataset. `sync_url`: whether the selection lives in the
/// page's URL fragment (one widget per page may); `start`: how its parts start.
#[component]
pub fn App(
    dataset: Arc<Dataset>,
    #[prop(optional)] sync_url: bool,
    #[prop(optional)] start: Start,
) -> impl IntoView {
    let story = provide_story(dataset, start);
    if sync_url {
        use_url_sync(story);
    }
    let data = story.data();
    let on_key = move |event: web_sys::KeyboardEvent| match event.key().as_str() {
        "Escape" => story.clear(),
        // The focus is about to move: the panels it may move into are brought up to date
        // first (they follow the selection a frame late, see `Story::shown`).
        "Tab" => story.settle(),
        _ => {}
    };
    view! {
        <div
            class="dm-root"
            data-testid="dramatis-root"
            lang=data.story.language.clone()
            on:keydown=on_key
        >
            <header class="dm-header">
                <p class="dm-kicker">"Who said what"</p>
                <h2 class="dm-title" data-testid="story-title">
                    {data.story.title.clone()}
                </h2>
            </header>
            <div class="dm-layout">
                <section class="dm-map-area" aria-label="Map of the actors" data-testid="map-area">
                    <div class="dm-toolbar">
                        <ShowEveryone />
                    </div>
                    <ActorMap />
                    <Legend />
                </section>
                <section
                    class="dm-card-area"
                    aria-label="Details and statements"
                    data-testid="card-area"
                >
                    <Details />
                    <CardList />
                </section>
            </div>
            <ArticleView />
            <MapAsText />
            <Announcer />
        </div>
    }
}
