//! "In context": where a statement's sentence is shown. In the widget's own article view; or,
//! when the page around the widget already shows the article, in that copy (an element of the
//! host page, or the page around the widget's iframe, reached through pym.js's messages).
//! A sentence the host's copy no longer holds is reported on its card, never replaced by
//! another.

use dramatis_core::domain::QuoteId;
use dramatis_core::domain::article::text_quote;
use dramatis_core::domain::selection::Selection;
use gloo_events::EventListener;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;

use super::hooks::effect;
use super::js::{context_clear, context_show, context_watch};
use super::state::Story;

/// Where the article a widget's statements come from is shown.
#[derive(Clone, Debug, Default)]
pub enum ArticleSource {
    /// In the widget's own article view.
    #[default]
    Own,
    /// In this element of the host page.
    Host(web_sys::Element),
    /// In the page around the widget's iframe.
    Parent,
}

/// The delimiter of pym.js's messages, which ours share.
const DELIMITER: &str = "xPYMx";

/// "In context" for one widget. `Copy`: every field is a handle into the reactive system.
#[derive(Clone, Copy)]
pub struct InContext {
    source: StoredValue<ArticleSource, LocalStorage>,
    /// Statements whose sentence the host's copy of the article does not hold.
    missing: RwSignal<Vec<QuoteId>>,
}

impl InContext {
    /// Whether the widget shows the article itself.
    pub fn own_article(self) -> bool {
        self.source.with_value(|s| matches!(s, ArticleSource::Own))
    }

    /// Whether the host's copy of the article lacks statement `quote`'s sentence (reactive).
    pub fn missing(self, quote: QuoteId) -> bool {
        self.missing.with(|m| m.contains(&quote))
    }

    fn found(self, quote: QuoteId, found: bool) {
        if found == self.missing.with_untracked(|m| m.contains(&quote)) {
            self.missing.update(|m| {
                if found {
                    m.retain(|&q| q != quote);
                } else {
                    m.push(quote);
                }
            });
        }
    }

    /// Shows statement `quote`'s sentence in context.
    pub fn show(self, story: Story, quote: QuoteId) {
        let data = story.data();
        let sentence = data.sentence_around(data.quote(quote).evidence);
        let selector = text_quote(&data, sentence);
        let key = data.quote(quote).key.clone();
        self.source.with_value(|source| match source {
            ArticleSource::Own => {
                story.expand();
                story.show_passage(sentence);
            }
            ArticleSource::Host(root) => {
                let done = Closure::once_into_js(move |found: bool| self.found(quote, found));
                context_show(
                    root,
                    &selector.exact,
                    &selector.prefix,
                    &selector.suffix,
                    &key,
                    &done,
                );
            }
            ArticleSource::Parent => {
                let message = js_sys::Object::new();
                for (name, value) in [
                    ("key", key.as_str()),
                    ("exact", &selector.exact),
                    ("prefix", &selector.prefix),
                    ("suffix", &selector.suffix),
                ] {
                    let _ = js_sys::Reflect::set(&message, &name.into(), &value.into());
                }
                if let Ok(json) = js_sys::JSON::stringify(&message) {
                    send_to_parent("dramatis-context", &String::from(json));
                }
            }
        });
    }
}

/// The id pym.js gave the widget's iframe (`?childId=`), if it is in one.
fn child_id() -> Option<String> {
    let search = web_sys::window()?.location().search().ok()?;
    crate::embed::options::query_param(&search, "childId")
        .filter(|id| !id.is_empty() && id.len() <= 64 && !id.contains(DELIMITER))
}

/// Sends a message of `kind` to the page around the widget's iframe, in pym.js's form.
fn send_to_parent(kind: &str, body: &str) {
    let (Some(window), Some(id)) = (web_sys::window(), child_id()) else {
        return;
    };
    if let Ok(Some(parent)) = window.parent() {
        let message = ["pym", &id, kind, body].join(DELIMITER);
        let _ = parent.post_message(&message.into(), "*");
    }
}

/// A message from the page around the widget's iframe, if it is one of ours: its kind and
/// body. Only the parent window's messages, for this iframe, of the exact form, count.
fn from_parent(event: &web_sys::Event) -> Option<(String, String)> {
    let event = event.dyn_ref::<web_sys::MessageEvent>()?;
    let window = web_sys::window()?;
    let parent = window.parent().ok()??;
    if !js_sys::Object::is(&event.source()?.into(), &parent.into()) {
        return None;
    }
    let data = event.data().as_string()?;
    let parts: Vec<&str> = data.split(DELIMITER).collect();
    let [pym, id, kind, body] = parts.as_slice() else {
        return None;
    };
    (*pym == "pym" && Some(*id) == child_id().as_deref())
        .then(|| ((*kind).to_owned(), (*body).to_owned()))
}

/// Reads a reply from the parent page: `{"key": …, "found": true|false}`.
fn found_reply(body: &str) -> Option<(String, bool)> {
    let value = js_sys::JSON::parse(body).ok()?;
    let key = js_sys::Reflect::get(&value, &"key".into())
        .ok()?
        .as_string()?;
    let found = js_sys::Reflect::get(&value, &"found".into())
        .ok()?
        .as_bool()?;
    Some((key, found))
}

/// Provides "In context" for `source` to the components below, and listens for the reader
/// activating the highlighted passage there (which selects its statement).
pub fn provide_in_context(story: Story, source: ArticleSource) -> InContext {
    let in_context = InContext {
        source: StoredValue::new_local(source),
        missing: RwSignal::new(Vec::new()),
    };
    provide_context(in_context);
    let select = move |key: String| {
        if let Some(q) = story.data().quote_by_key(&key) {
            story.select(Selection::Quote(q));
        }
    };
    // Listeners that live as long as the widget: dropped (and so removed) with it.
    let listening: StoredValue<Option<EventListener>, LocalStorage> = StoredValue::new_local(None);
    effect(move || {
        in_context.source.with_value(|source| match source {
            ArticleSource::Own => {}
            ArticleSource::Host(root) => {
                let callback = Closure::<dyn Fn(String)>::new(select);
                context_watch(root, callback.as_ref());
                // The host element holds the listener for as long as the page shows it.
                callback.forget();
            }
            ArticleSource::Parent => {
                let Some(window) = web_sys::window() else {
                    return;
                };
                listening.set_value(Some(EventListener::new(&window, "message", move |event| {
                    let Some((kind, body)) = from_parent(event) else {
                        return;
                    };
                    match kind.as_str() {
                        "dramatis-found" => {
                            if let Some((key, found)) = found_reply(&body)
                                && let Some(q) = story.data().quote_by_key(&key)
                            {
                                in_context.found(q, found);
                            }
                        }
                        "dramatis-select" => select(body),
                        _ => {}
                    }
                })));
            }
        });
    });
    // With nothing selected, nothing is highlighted in the host's copy either.
    let first = std::cell::Cell::new(true);
    effect(move || {
        let cleared = story.selection().get() == Selection::Nothing;
        if !first.replace(false) && cleared && !in_context.own_article() {
            context_clear();
            if in_context
                .source
                .with_value(|s| matches!(s, ArticleSource::Parent))
            {
                send_to_parent("dramatis-clear", "");
            }
        }
    });
    in_context
}

/// The "In context" of the widget around the caller.
///
/// # Panics
/// If called outside a widget, which is a programming error.
pub fn use_in_context() -> InContext {
    expect_context::<InContext>()
}
