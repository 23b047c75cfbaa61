//! The widget's shared state, one per mounted widget, provided through context: the dataset,
//! what the reader has selected, and which passage the article points at. Parts read it
//! through read-only signals and memos and change it only through its methods, as in
//! Leptos's todomvc; everything else a part needs stays local to it.

use std::sync::Arc;

use dramatis_core::domain::selection::{Highlights, Selection};
use dramatis_core::domain::{Dataset, QuoteId, Span};
use dramatis_core::layout::plan::Plan;
use dramatis_i18n::{Catalog, Lang};
use leptos::prelude::*;

use super::hooks::{When, effect, run_later};

/// How the parts of a widget start.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Start {
    /// Mounted in the browser: the parts that start out of view follow a frame apart, so
    /// that no one task or frame blocks the page for long.
    #[default]
    Staggered,
    /// All at once: rendered to HTML on the host, where no frame ever comes.
    AtOnce,
}

/// Shared state of one widget. `Copy`: every field is a handle into the reactive system.
#[derive(Clone, Copy)]
pub struct Story {
    data: StoredValue<Arc<Dataset>>,
    words: StoredValue<Arc<Catalog>>,
    selection: RwSignal<Selection>,
    shown: RwSignal<Selection>,
    passage: RwSignal<Option<Span>>,
    announcement: RwSignal<String>,
    expanded: RwSignal<bool>,
    compact: bool,
    lit: Memo<Highlights>,
    statements: Memo<Vec<QuoteId>>,
    start: Start,
    plan: Option<Plan<'static>>,
}

impl Story {
    /// The checked dataset.
    pub fn data(&self) -> Arc<Dataset> {
        self.data.get_value()
    }

    /// The map's layout planned ahead of time, if it was.
    pub fn plan(&self) -> Option<Plan<'static>> {
        self.plan
    }

    /// The interface's words, in its language.
    pub fn t(&self) -> Arc<Catalog> {
        self.words.get_value()
    }

    /// The interface's language (`lang` of the widget's own words).
    pub fn ui_lang(&self) -> Lang {
        self.words.with_value(|t| t.lang())
    }

    /// The story's language (`lang` of its quotes, names and article), as the story gives it.
    pub fn story_lang(&self) -> String {
        self.data.with_value(|d| d.story.language.clone())
    }

    /// What the reader has selected: the map follows it at once.
    pub fn selection(&self) -> ReadSignal<Selection> {
        self.selection.read_only()
    }

    /// The selection the panels (details, cards, article marks) show. It follows
    /// [`Story::selection`] once the frame that shows the map's answer is painted, so a tap is
    /// answered within a frame and the panels' heavier layout comes in the frame after.
    pub fn shown(&self) -> ReadSignal<Selection> {
        self.shown.read_only()
    }

    /// The passage the article highlights and scrolls to, if any.
    pub fn passage(&self) -> ReadSignal<Option<Span>> {
        self.passage.read_only()
    }

    /// What screen readers were last told (a polite live region reads it).
    pub fn announcement(&self) -> ReadSignal<String> {
        self.announcement.read_only()
    }

    /// Which actors and relations stand out on the map for the selection.
    pub fn lit(&self) -> Memo<Highlights> {
        self.lit
    }

    /// The statements the panels show for their selection, in order.
    pub fn statements(&self) -> Memo<Vec<QuoteId>> {
        self.statements
    }

    /// How the parts start.
    pub fn start(&self) -> Start {
        self.start
    }

    /// Whether the widget is laid out compactly, for embedding in an article.
    pub fn compact(&self) -> bool {
        self.compact
    }

    /// Whether everything shows: always on the widget's own page; in a compact widget once
    /// the reader has asked for it.
    pub fn expanded(&self) -> ReadSignal<bool> {
        self.expanded.read_only()
    }

    /// Shows everything (the full list of statements, the key, the map as text, the article).
    pub fn expand(&self) {
        if !self.expanded.get_untracked() {
            self.expanded.set(true);
        }
    }

    /// Back to the compact layout, if the widget has one.
    pub fn collapse(&self) {
        if self.compact && self.expanded.get_untracked() {
            self.expanded.set(false);
        }
    }

    /// Selects something.
    pub fn select(&self, selection: Selection) {
        if self.selection.get_untracked() != selection {
            self.selection.set(selection);
        }
    }

    /// Clears the selection: everyone is shown.
    pub fn clear(&self) {
        self.select(Selection::Nothing);
    }

    /// Points the article at a passage ("In context", "Show in the article").
    pub fn show_passage(&self, span: Span) {
        self.passage.set(Some(span));
    }

    /// Tells screen readers something (the polite live region reads it).
    pub fn announce(&self, message: String) {
        self.announcement.set(message);
    }

    /// Brings the panels up to date with the selection now, if they are behind: before the
    /// keyboard moves the focus, so it never lands in a panel about to be rebuilt.
    pub fn settle(&self) {
        let now = self.selection.get_untracked();
        if self.shown.get_untracked() != now {
            self.shown.set(now);
        }
    }
}

/// Provides a fresh state for `dataset` to the components below, in the words of `catalog`;
/// `compact`: whether the widget is laid out compactly, for embedding in an article; `plan`:
/// the map's layout planned ahead of time, if it was.
pub fn provide_story(
    dataset: Arc<Dataset>,
    catalog: Arc<Catalog>,
    start: Start,
    compact: bool,
    plan: Option<Plan<'static>>,
) -> Story {
    let data = StoredValue::new(dataset);
    let selection = RwSignal::new(Selection::Nothing);
    let shown = RwSignal::new(Selection::Nothing);
    let story = Story {
        data,
        words: StoredValue::new(catalog),
        selection,
        shown,
        passage: RwSignal::new(None),
        announcement: RwSignal::new(String::new()),
        expanded: RwSignal::new(!compact),
        compact,
        lit: Memo::new(move |_| data.with_value(|d| selection.get().highlights(d))),
        statements: Memo::new(move |_| data.with_value(|d| shown.get().statements(d))),
        start,
        plan,
    };
    provide_context(story);
    // The panels follow once the frame with the map's answer is painted.
    effect(move || {
        selection.track();
        run_later(When::AfterPaint, move || story.settle());
    });
    story
}

/// The state provided by [`provide_story`].
///
/// # Panics
/// If called outside a widget, which is a programming error.
pub fn use_story() -> Story {
    expect_context::<Story>()
}
