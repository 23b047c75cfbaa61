//! The interface's language for a widget: the host's `data-lang` (an iframe's `?lang=`), else
//! the story's language; English when there is no catalogue for it (said once in the
//! console). English is compiled in; another language's catalogue is fetched once from
//! `locales/<lang>.ftl` beside the widget's files.

use std::cell::RefCell;
use std::sync::Arc;

use dramatis_i18n::{Catalog, Lang};
use gloo_net::http::Request;

thread_local! {
    /// The catalogues read so far, by language.
    static READ: RefCell<Vec<(Lang, Arc<Catalog>)>> = const { RefCell::new(Vec::new()) };
    /// Language tags already reported as lacking a catalogue.
    static UNKNOWN: RefCell<Vec<String>> = const { RefCell::new(Vec::new()) };
}

/// The language of `tag`, or English (reporting once that there is no catalogue for it).
pub fn language(tag: &str) -> Lang {
    Lang::parse(tag).unwrap_or_else(|| {
        let tag = tag.trim().to_owned();
        let first = UNKNOWN.with(|unknown| {
            let mut unknown = unknown.borrow_mut();
            let first = !unknown.contains(&tag);
            if first {
                unknown.push(tag.clone());
            }
            first
        });
        if first {
            web_sys::console::info_1(
                &format!(
                    "Dramatis: no interface in the language {tag:?}; the widget speaks English"
                )
                .into(),
            );
        }
        Lang::En
    })
}

/// The catalogue already at hand for `lang`: English always, another language once read.
pub fn at_hand(lang: Lang) -> Option<Arc<Catalog>> {
    if lang == Lang::En {
        return Some(english());
    }
    READ.with(|read| {
        read.borrow()
            .iter()
            .find(|(l, _)| *l == lang)
            .map(|(_, c)| c.clone())
    })
}

/// English, read once.
pub fn english() -> Arc<Catalog> {
    READ.with(|read| {
        let mut read = read.borrow_mut();
        if let Some((_, english)) = read.iter().find(|(l, _)| *l == Lang::En) {
            return english.clone();
        }
        let english = Arc::new(Catalog::english());
        read.push((Lang::En, english.clone()));
        english
    })
}

/// The catalogue of `lang`, fetched if need be; English (said in the console) if it cannot
/// be fetched or read.
pub async fn catalog(lang: Lang) -> Arc<Catalog> {
    if let Some(catalog) = at_hand(lang) {
        return catalog;
    }
    let url = format!("{}locales/{}.ftl", super::story::asset_base(), lang.code());
    let source = match Request::get(&url).send().await {
        Ok(response) if response.ok() => response.text().await.ok(),
        _ => None,
    };
    let read = source.map(|s| Catalog::parse(lang, &s));
    match read {
        Some(Ok(catalog)) => {
            let catalog = Arc::new(catalog);
            READ.with(|r| r.borrow_mut().push((lang, catalog.clone())));
            catalog
        }
        Some(Err(error)) => {
            web_sys::console::warn_1(
                &format!(
                    "Dramatis: {url} line {}: {}; the widget speaks English",
                    error.line, error.message
                )
                .into(),
            );
            english()
        }
        None => {
            web_sys::console::warn_1(
                &format!("Dramatis: {url} could not be loaded; the widget speaks English").into(),
            );
            english()
        }
    }
}
