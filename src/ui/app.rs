//! The widget's frame: title, actor map and statements.

use std::sync::Arc;

use leptos::prelude::*;

use super::state::provide_story;
use crate::domain::Dataset;

/// The whole widget for one checked dataset.
#[component]
pub fn App(dataset: Arc<Dataset>) -> impl IntoView {
    let story = provide_story(dataset);
    let data = story.dataset.clone();
    let actor_count = data.actors.len();
    let quote_count = data.quotes.len();
    view! {
        <div class="dm-root" data-testid="dramatis-root" lang=data.story.language.clone()>
            <header class="dm-header">
                <p class="dm-kicker">"Who said what"</p>
                <h2 class="dm-title" data-testid="story-title">{data.story.title.clone()}</h2>
            </header>
            <div class="dm-layout">
                <section class="dm-map-area" aria-label="Map of the actors" data-testid="map-area">
                    <p class="dm-muted">{format!("{actor_count} actors")}</p>
                </section>
                <section class="dm-card-area" aria-label="Statements" data-testid="card-area">
                    <p class="dm-muted">{format!("{quote_count} statements")}</p>
                </section>
            </div>
        </div>
    }
}
