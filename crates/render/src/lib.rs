//! The Dramatis widget rendered to HTML on the host: the same Leptos components the browser
//! runs (`dramatis-widget`), through Leptos's server-side rendering, with every part there at
//! once (no frames to wait for) and no effect run. [`prerender_page`] puts that HTML into a
//! page, where the browser's module takes it over (`dramatis_widget::ui::hydrate`) instead of
//! building it again: the release build's own pages, and `dramatis-check render`.

use std::sync::Arc;

use dramatis_core::domain::Dataset;
use dramatis_core::domain::codec::{encode, fingerprint};
use dramatis_core::layout::plan::Plan;
use dramatis_i18n::{Catalog, Lang};
use dramatis_widget::ui::{App, ArticleSource, Start, WidgetOptions};
use leptos::prelude::*;

/// The widget for `dataset`, as an HTML fragment, in the full layout and in English.
pub fn render_widget(dataset: Arc<Dataset>) -> String {
    render_with(dataset, WidgetOptions::default())
}

/// The widget for `dataset` placed as `options` say, as an HTML fragment.
pub fn render_with(dataset: Arc<Dataset>, options: WidgetOptions) -> String {
    let owner = Owner::new();
    owner.with(|| view! { <App dataset options start=Start::AtOnce /> }.to_html())
}

/// The interface's words in `lang`, as the browser would read them (`locales/<lang>.ftl`).
///
/// # Panics
/// If a catalogue shipped with the widget does not parse, which the i18n crate's tests rule
/// out.
pub fn catalog(lang: Lang) -> Catalog {
    let source = match lang {
        Lang::En => return Catalog::english(),
        Lang::De => include_str!("../../i18n/locales/de.ftl"),
        Lang::Fr => include_str!("../../i18n/locales/fr.ftl"),
        Lang::Es => include_str!("../../i18n/locales/es.ftl"),
        Lang::Nl => include_str!("../../i18n/locales/nl.ftl"),
        Lang::Uk => include_str!("../../i18n/locales/uk.ftl"),
        Lang::Ru => include_str!("../../i18n/locales/ru.ftl"),
        Lang::Ar => include_str!("../../i18n/locales/ar.ftl"),
    };
    Catalog::parse(lang, source).unwrap_or_else(|e| panic!("the {lang:?} catalogue: {e:?}"))
}

/// Why a page could not be rendered into.
#[derive(Debug, PartialEq, Eq)]
pub enum PageError {
    /// The page has no element marked `data-dramatis`.
    NoMount,
    /// The marked element is not a `<div>` that closes.
    Unclosed,
}

impl std::fmt::Display for PageError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Self::NoMount => "the page has no <div data-dramatis> to render the widget into",
            Self::Unclosed => "the page's <div data-dramatis> does not close",
        })
    }
}

/// How a page's widget is rendered ahead of time.
pub struct Prerender<'a> {
    /// The compact embed, or the full layout.
    pub compact: bool,
    /// The map's layout planned ahead of time (the built-in story's), if it was.
    pub plan: Option<Plan<'static>>,
    /// Where the page's widget finds its story, if not built in: written as `data-story`.
    pub story_url: Option<&'a str>,
}

/// `page` (HTML with one `<div data-dramatis>`, like the release build's `index.html`) with
/// the widget for `dataset` rendered into that element, in place of what it held (the
/// fallback), and the element marked with what it was rendered with, so the module knows it
/// may take it over: `data-dramatis-prerendered` (`full` or `compact`),
/// `data-dramatis-prerendered-lang` and `data-dramatis-prerendered-story` (the story's
/// fingerprint).
///
/// # Errors
/// If the page has no such element, or it does not close.
pub fn prerender_page(
    page: &str,
    dataset: &Dataset,
    how: &Prerender<'_>,
) -> Result<String, PageError> {
    let (start, open_end, content_end) = mount_element(page)?;
    let lang = Lang::parse(&dataset.story.language).unwrap_or(Lang::En);
    let story = fingerprint(&encode(dataset));
    let options = WidgetOptions {
        sync_url: false,
        compact: how.compact,
        article: ArticleSource::Own,
        catalog: Arc::new(catalog(lang)),
        plan: how.plan,
    };
    // Leptos marks where dynamic parts begin and end with `<!>`, an empty comment that HTML
    // parses but calls a parse error ("bogus comment"); the well-formed empty comment is the
    // same node in the DOM. (Text never holds `<!>`: Leptos escapes every `<` in it.)
    let html = render_with(Arc::new(dataset.clone()), options).replace("<!>", "<!---->");
    let layout = if how.compact { "compact" } else { "full" };
    let mut marks = format!(
        " data-dramatis-prerendered=\"{layout}\" data-dramatis-prerendered-lang=\"{}\" data-dramatis-prerendered-story=\"{story}\"",
        lang.code()
    );
    if how.compact {
        marks.push_str(" data-layout=\"compact\"");
    }
    if let Some(url) = how.story_url {
        marks.push_str(" data-story=\"");
        marks.push_str(&escape_attribute(url));
        marks.push('"');
    }
    // What an earlier rendering marked goes: the page may be one rendered before.
    let kept: String = attributes(&page[start + 4..open_end - 1])
        .filter(|a| {
            let name = a.split('=').next().unwrap_or_default().to_ascii_lowercase();
            !(name.starts_with("data-dramatis-prerendered")
                || name == "data-layout"
                || name == "data-story")
        })
        .flat_map(|a| [" ", a])
        .collect();
    let page = format!(
        "{}<div{kept}{marks}><div class=\"dm-shell\">{html}</div>{}",
        &page[..start],
        &page[content_end..]
    );
    Ok(retitle(&page, &dataset.story.title))
}

/// The attributes of a start tag (what follows its name), each as written: `name`,
/// `name=value`, `name="value"` or `name='value'`.
fn attributes(tag: &str) -> impl Iterator<Item = &str> {
    let mut rest = tag;
    std::iter::from_fn(move || {
        rest = rest.trim_start_matches(|c: char| c.is_ascii_whitespace() || c == '/');
        if rest.is_empty() {
            return None;
        }
        let name_end = rest
            .find(|c: char| c.is_ascii_whitespace() || c == '=')
            .unwrap_or(rest.len());
        let mut end = name_end;
        if rest[name_end..].starts_with('=') {
            let value = &rest[name_end + 1..];
            end = name_end
                + 1
                + match value.chars().next() {
                    Some(q @ ('"' | '\'')) => value[1..].find(q).map_or(value.len(), |i| i + 2),
                    _ => value
                        .find(|c: char| c.is_ascii_whitespace())
                        .unwrap_or(value.len()),
                };
        }
        let (attribute, after) = rest.split_at(end);
        rest = after;
        Some(attribute)
    })
}

/// `page` with its `<title>` naming the story `title`.
fn retitle(page: &str, title: &str) -> String {
    let (Some(open), Some(close)) = (page.find("<title>"), page.find("</title>")) else {
        return page.to_owned();
    };
    if close < open {
        return page.to_owned();
    }
    format!(
        "{}<title>Dramatis: who said what in “{}”{}",
        &page[..open],
        escape_text(title),
        &page[close..]
    )
}

/// `value` as HTML text content.
fn escape_text(value: &str) -> String {
    value
        .replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// Where the page's `<div … data-dramatis …>` starts, where its start tag ends, and where its
/// end tag starts (what lies between is its content).
fn mount_element(page: &str) -> Result<(usize, usize, usize), PageError> {
    let mut from = 0;
    let start = loop {
        let at = from + page[from..].find("<div").ok_or(PageError::NoMount)?;
        let end = at + page[at..].find('>').ok_or(PageError::Unclosed)?;
        let tag = &page[at..end];
        if tag
            .split(|c: char| c.is_ascii_whitespace())
            .any(|word| word == "data-dramatis" || word.starts_with("data-dramatis="))
        {
            break at;
        }
        from = end;
    };
    let open_end = start + page[start..].find('>').ok_or(PageError::Unclosed)? + 1;
    let mut depth = 1;
    let mut at = open_end;
    while depth > 0 {
        let open = page[at..].find("<div").map(|i| at + i);
        let close = page[at..].find("</div").map(|i| at + i);
        match (open, close) {
            (Some(o), Some(c)) if o < c => {
                depth += 1;
                at = o + 4;
            }
            (_, Some(c)) => {
                depth -= 1;
                if depth == 0 {
                    return Ok((start, open_end, c));
                }
                at = c + 5;
            }
            _ => return Err(PageError::Unclosed),
        }
    }
    Err(PageError::Unclosed)
}

/// `value` as the content of a double-quoted HTML attribute.
fn escape_attribute(value: &str) -> String {
    value
        .replace('&', "&amp;")
        .replace('"', "&quot;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// The built-in story, as the widget carries it, and its map's layout planned at build time.
///
/// # Panics
/// If the widget's embedded story is damaged, which its build and tests rule out.
pub fn built_in() -> (Dataset, Plan<'static>) {
    let data = dramatis_widget::builtin::builtin()
        .unwrap_or_else(|report| panic!("the built-in story: {:?}", report.errors));
    (data, dramatis_widget::builtin::plan())
}
