//! The widget's frame: title, actor map with its key and details, statements, article and the
//! map as text; plus the keyboard shortcuts and screen-reader announcements that span them.

use std::sync::Arc;

use dramatis_core::domain::Dataset;
use dramatis_core::domain::selection::Selection;
use dramatis_core::layout::plan::Plan;
use dramatis_i18n::Catalog;
use leptos::either::Either;
use leptos::prelude::*;

use super::announcer::Announcer;
use super::article_view::ArticleView;
use super::cards::{CardList, CardRow};
use super::details::Details;
use super::expand_toggle::ExpandToggle;
use super::hooks::{effect, use_url_sync};
use super::in_context::{ArticleSource, provide_in_context};
use super::legend::Legend;
use super::map::ActorMap;
use super::map_as_text::MapAsText;
use super::show_everyone::ShowEveryone;
use super::state::{Start, provide_story};

/// How a widget sits in its page.
#[derive(Clone, Debug)]
pub struct WidgetOptions {
    /// Whether the selection lives in the page's URL fragment (one widget per page may).
    pub sync_url: bool,
    /// Compact, for embedding in an article (map, title and a row of cards; the rest one tap
    /// away), or the full layout of the widget's own page.
    pub compact: bool,
    /// Where the article is shown.
    pub article: ArticleSource,
    /// The interface's words, in its language.
    pub catalog: Arc<Catalog>,
    /// The map's layout planned ahead of time for this story, if it was (the built-in story's
    /// is, at build time): the map is then laid out once, not searched for in the browser.
    pub plan: Option<Plan<'static>>,
}

impl Default for WidgetOptions {
    fn default() -> Self {
        Self {
            sync_url: false,
            compact: false,
            article: ArticleSource::Own,
            catalog: Arc::new(Catalog::english()),
            plan: None,
        }
    }
}

/// The whole widget for one checked dataset, placed as `options` say; `start`: how its parts
/// start.
#[component]
pub fn App(
    dataset: Arc<Dataset>,
    #[prop(optional)] options: WidgetOptions,
    #[prop(optional)] start: Start,
) -> impl IntoView {
    let WidgetOptions {
        sync_url,
        compact,
        article,
        catalog,
        plan,
    } = options;
    let story = provide_story(dataset, catalog, start, compact, plan);
    let t = story.t();
    let in_context = provide_in_context(story, article);
    if sync_url {
        use_url_sync(story);
    }
    let data = story.data();
    let full = move || story.expanded().get();
    // Whether the module runs this widget: not yet in a page rendered ahead of time (or when
    // scripts are off), where the controls that need it keep their place but stay hidden.
    let live = RwSignal::new(false);
    effect(move || live.set(true));
    let on_key = move |event: web_sys::KeyboardEvent| match event.key().as_str() {
        "Escape" => story.clear(),
        // The focus is about to move: the panels it may move into are brought up to date
        // first (they follow the selection a frame late, see `Story::shown`).
        "Tab" => story.settle(),
        _ => {}
    };
    // The statements: all of them with their filter, or the compact row (with the details
    // of what is selected, once something is).
    let statements = move || {
        if full() {
            Either::Left(view! { <Details /><CardList /> })
        } else {
            Either::Right(view! {
                {move || (story.shown().get() != Selection::Nothing).then(|| view! { <Details /> })}
                <CardRow />
            })
        }
    };
    view! {
        <div
            class="dm-root"
            class:dm-compact=move || !full()
            class:dm-live=live
            data-testid="dramatis-root"
            lang=story.ui_lang().code()
            dir=if story.ui_lang().rtl() { "rtl" } else { "ltr" }
            on:keydown=on_key
        >
            <header class="dm-header">
                <p class="dm-kicker">{t.kicker()}</p>
                <h2 class="dm-title" data-testid="story-title" lang=data.story.language.clone() dir="auto">
                    {data.story.title.clone()}
                </h2>
            </header>
            <div class="dm-layout">
                <section class="dm-map-area" aria-label=t.map_region() data-testid="map-area">
                    // Compact, the button sits with the row of cards, not above the map.
                    {move || full().then(|| view! { <div class="dm-toolbar"><ShowEveryone /></div> })}
                    <ActorMap />
                    {move || full().then(|| view! { <Legend /> })}
                </section>
                <section
                    class="dm-card-area"
                    aria-label=t.details_region()
                    data-testid="card-area"
                >
                    {statements}
                </section>
            </div>
            {move || (full() && in_context.own_article()).then(|| view! { <ArticleView /> })}
            {move || full().then(|| view! { <MapAsText /> })}
            {compact.then(|| view! { <ExpandToggle /> })}
            <Announcer />
        </div>
    }
}
