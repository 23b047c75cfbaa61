//! Mounting into a host page: one independent widget per element marked `data-dramatis`
//! (isolated in a shadow root unless `data-shadow="off"`), a JavaScript API to mount and
//! unmount, another story on request, and panic handling that leaves the host page working.

pub mod options;
pub mod story;
mod words;

use std::cell::RefCell;
use std::sync::Arc;

use dramatis_core::domain::codec::fingerprint;
use dramatis_core::domain::{Dataset, DatasetError};
use dramatis_i18n::Catalog;
use gloo_events::EventListener;
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::spawn_local;

use crate::builtin::builtin;
use crate::ui::{ArticleSource, Widget, WidgetOptions, show_problems};
use options::{ArticlePlace, EmbedOptions};

/// Marks an element that should hold a widget.
pub const MOUNT_SELECTOR: &str = "[data-dramatis]";

/// A live widget: the element it renders into, and its view once the story is on screen.
struct Live {
    shell: web_sys::Element,
    widget: Option<Widget>,
}

thread_local! {
    /// Every live widget. Widgets live here, not in the handle a host receives, so a host may
    /// drop that handle and keep the widget. Plain state outside any widget's reactive owner:
    /// this is what owns the owners.
    static LIVE: RefCell<Vec<Live>> = const { RefCell::new(Vec::new()) };
}

/// Logs a panic's message and place to the console (debug builds; the release build stops at
/// a panic without running hooks or formatting messages, see `scripts/release.sh`). In both,
/// the panic then stops the module, and `web/loader.js` replaces every widget with a short
/// apology, so the reader sees a message instead of a frozen map and the host page keeps
/// working.
pub fn install_panic_hook() {
    std::panic::set_hook(Box::new(|info| {
        web_sys::console::error_1(&format!("Dramatis stopped: {info}").into());
    }));
}

/// Starts everything on the widget's own page or a host page: every marked element gets a
/// widget. (Inside an iframe, `web/loader.js` tells the parent page the height.)
pub fn start() {
    let document = gloo_utils::document();
    let Ok(hosts) = document.query_selector_all(MOUNT_SELECTOR) else {
        return;
    };
    let count = hosts.length() as usize;
    for index in 0..hosts.length() {
        if let Some(host) = hosts
            .item(index)
            .and_then(|n| n.dyn_into::<web_sys::HtmlElement>().ok())
        {
            let options = read_options(&host, count);
            mount_with(&host, &options);
        }
    }
}

fn read_options(host: &web_sys::HtmlElement, widgets: usize) -> EmbedOptions {
    let window = gloo_utils::window();
    let query = window.location().search().unwrap_or_default();
    // The query string configures only the widget's own page (the one an iframe shows).
    let own_page = host.has_attribute("data-own-page");
    let in_frame = window
        .parent()
        .ok()
        .flatten()
        .is_some_and(|parent| !js_sys::Object::is(&parent.into(), &window.clone().into()));
    EmbedOptions::read(
        |name| host.get_attribute(name),
        &query,
        own_page,
        in_frame,
        widgets,
    )
}

/// Where the widget shows its article: the host's element that `data-article` picks, if it
/// picks one (else, said once in the console, the widget's own article view).
fn article_source(place: &ArticlePlace) -> ArticleSource {
    match place {
        ArticlePlace::Own => ArticleSource::Own,
        ArticlePlace::Parent => ArticleSource::Parent,
        ArticlePlace::Host(selector) => {
            if let Ok(Some(element)) = gloo_utils::document().query_selector(selector) {
                ArticleSource::Host(element)
            } else {
                web_sys::console::warn_1(
                    &format!("Dramatis: data-article=\"{selector}\" picks no element of this page; the widget shows the article itself").into(),
                );
                ArticleSource::Own
            }
        }
    }
}

/// A handle on a mounted widget; `unmount()` removes it and frees everything it held.
#[wasm_bindgen]
pub struct Mounted {
    shell: web_sys::Element,
}

#[wasm_bindgen]
impl Mounted {
    /// Removes the widget from the page and releases its state, listeners and observers.
    pub fn unmount(&self) {
        let live = LIVE.with(|live| {
            let mut live = live.borrow_mut();
            let at = live.iter().position(|l| l.shell == self.shell)?;
            Some(live.swap_remove(at))
        });
        // Dropping the widget disposes every signal, effect, listener and pending task.
        drop(live);
        if let Some(host) = host_of(&self.shell) {
            let _ = host.remove_attribute("data-dramatis-state");
        }
        if let Some(container) = self.shell.parent_node() {
            container.set_text_content(None);
        }
    }
}

/// Mounts a widget into `element`, configured by its `data-*` attributes: the JavaScript API
/// for pages that add widgets after load (`(await ready).mount(element)`).
#[wasm_bindgen(js_name = mount)]
pub fn mount_element(element: web_sys::HtmlElement) -> Mounted {
    let options = read_options(&element, 2);
    mount_with(&element, &options)
}

fn host_of(shell: &web_sys::Element) -> Option<web_sys::Element> {
    let parent = shell.parent_node()?;
    match parent.dyn_ref::<web_sys::ShadowRoot>() {
        Some(root) => Some(root.host()),
        None => parent.dyn_into::<web_sys::Element>().ok(),
    }
}

/// A widget rendered into the page on the host, ahead of time (`dramatis-check render`, and
/// the release build's own pages): what its element says it was rendered with.
struct Prerendered {
    /// The compact layout, or the full one.
    compact: bool,
    /// The interface's language.
    lang: String,
    /// The story's fingerprint (`dramatis_core::domain::codec::fingerprint`).
    story: String,
    /// Where the page says its story is (`data-story`), for a story not built in.
    story_url: Option<String>,
}

impl Prerendered {
    /// What `host`'s attributes say, if it holds a pre-rendered widget in its light DOM.
    fn read(host: &web_sys::HtmlElement) -> Option<Self> {
        let compact = match host.get_attribute("data-dramatis-prerendered")?.as_str() {
            "compact" => true,
            "full" => false,
            _ => return None,
        };
        Some(Self {
            compact,
            lang: host.get_attribute("data-dramatis-prerendered-lang")?,
            story: host.get_attribute("data-dramatis-prerendered-story")?,
            story_url: host
                .get_attribute("data-story")
                .and_then(|url| options::story_url(&url)),
        })
    }

    /// Whether the widget the page holds is the one these options and this story make, so
    /// that it can be taken over as it is. (Where the article is shown changes only the full
    /// layout's first view: the compact one shows no article.)
    fn matches(&self, placed: &WidgetOptions, story: &str) -> bool {
        self.compact == placed.compact
            && self.lang == placed.catalog.lang().code()
            && self.story == story
            && (placed.compact || matches!(placed.article, ArticleSource::Own))
    }
}

/// Prepares the host (theme, isolation) and mounts the built-in story or fetches another.
fn mount_with(host: &web_sys::HtmlElement, options: &EmbedOptions) -> Mounted {
    if let Some(theme) = options.theme.attribute() {
        let _ = host.set_attribute("data-theme", theme);
    }
    if let Some(accent) = &options.accent {
        // Through the CSSOM, which a strict Content Security Policy allows.
        let _ = host.style().set_property("--dm-accent", accent);
    }
    // A widget rendered ahead of time stays on the page until the one that takes it over is
    // ready (in a shadow root nothing is rendered ahead of time).
    let (shell, prerendered) = match Prerendered::read(host).filter(|_| !options.shadow) {
        Some(prerendered) => match host.first_element_child() {
            Some(shell) if shell.class_name() == "dm-shell" => {
                (shell.unchecked_into(), Some(prerendered))
            }
            _ => (prepare_shell(host, false), None),
        },
        None => (prepare_shell(host, options.shadow), None),
    };
    LIVE.with(|live| {
        live.borrow_mut().push(Live {
            shell: shell.clone().into(),
            widget: None,
        });
    });
    let mounted = Mounted {
        shell: shell.clone().into(),
    };
    let placed = WidgetOptions {
        sync_url: options.url_state,
        compact: options.compact,
        article: article_source(&options.article),
        catalog: words::english(),
        plan: None,
    };
    // The host's language, if it names one; else the story's, once it is known.
    let asked = options.lang.as_deref().map(words::language);
    match options.story.clone() {
        None => match builtin() {
            Ok(data) => {
                let lang = asked.unwrap_or_else(|| words::language(&data.story.language));
                let placed = WidgetOptions {
                    plan: Some(crate::builtin::plan()),
                    ..placed
                };
                let story = fingerprint(crate::builtin::encoded());
                if let Some(catalog) = words::at_hand(lang) {
                    let placed = WidgetOptions { catalog, ..placed };
                    let take_over = prerendered.is_some_and(|p| p.matches(&placed, &story));
                    render(&shell, data, placed, take_over);
                } else {
                    spawn_local(async move {
                        let catalog = words::catalog(lang).await;
                        if alive(&shell) {
                            let placed = WidgetOptions { catalog, ..placed };
                            let take_over = prerendered.is_some_and(|p| p.matches(&placed, &story));
                            render(&shell, data, placed, take_over);
                        }
                    });
                }
            }
            Err(report) => {
                let t = words::english();
                fail(&shell, &t.builtin_broken(), &report.errors, &t);
            }
        },
        Some(url) => {
            let _ = host.set_attribute("data-dramatis-state", "loading");
            // A widget rendered ahead of time stays readable while its story is on its way;
            // one of another story (the page asked for a story in its URL) goes at once.
            let prerendered = prerendered.filter(|p| p.story_url.as_ref() == Some(&url));
            let waiting = prerendered.is_none();
            if waiting {
                shell.set_text_content(Some(&words::english().loading()));
                let _ = shell.set_attribute("role", "status");
            }
            spawn_local(async move {
                // Messages about the story's arrival are in the host's language, if it
                // names one (the story's own is not known before it arrives).
                let t = match asked {
                    Some(lang) => words::catalog(lang).await,
                    None => words::english(),
                };
                if waiting && alive(&shell) {
                    shell.set_text_content(Some(&t.loading()));
                }
                let result = story::load_story(&url, &t).await;
                // Unmounted while the story was on its way: nothing to show it in.
                if !alive(&shell) {
                    return;
                }
                let _ = shell.remove_attribute("role");
                match result {
                    Ok((data, story)) => {
                        let lang = asked.unwrap_or_else(|| words::language(&data.story.language));
                        let catalog = words::catalog(lang).await;
                        if alive(&shell) {
                            let placed = WidgetOptions { catalog, ..placed };
                            let take_over = prerendered.is_some_and(|p| p.matches(&placed, &story));
                            render(&shell, data, placed, take_over);
                        }
                    }
                    Err(failure) => fail(&shell, &failure.heading, &failure.errors, &t),
                }
            });
        }
    }
    mounted
}

/// The element the widget renders into: inside an open shadow root with the stylesheet, or
/// straight in the host.
fn prepare_shell(host: &web_sys::HtmlElement, shadow: bool) -> web_sys::HtmlElement {
    let document = gloo_utils::document();
    let shell: web_sys::HtmlElement = document
        .create_element("div")
        .unwrap_or_else(|_| panic!("the browser creates a div"))
        .unchecked_into();
    let _ = shell.set_attribute("class", "dm-shell");
    let container: web_sys::Node = if shadow {
        let root = host.shadow_root().or_else(|| {
            host.attach_shadow(&web_sys::ShadowRootInit::new(web_sys::ShadowRootMode::Open))
                .ok()
        });
        match root {
            Some(root) => {
                root.set_text_content(None);
                if let Ok(link) = document.create_element("link") {
                    let _ = link.set_attribute("rel", "stylesheet");
                    let _ =
                        link.set_attribute("href", &format!("{}dramatis.css", story::asset_base()));
                    // A stylesheet in a shadow root does not hold back rendering: the widget
                    // stays out of the page until it has its styles (or they failed), so that
                    // it never shows unstyled and then moves (a layout shift on the host page).
                    let _ = shell.style().set_property("display", "none");
                    for event in ["load", "error"] {
                        let shell = shell.clone();
                        EventListener::once(&link, event, move |_| {
                            let _ = shell.style().remove_property("display");
                        })
                        .forget();
                    }
                    let _ = root.append_child(&link);
                }
                root.into()
            }
            None => host.clone().into(),
        }
    } else {
        host.set_text_content(None);
        host.clone().into()
    };
    let _ = container.append_child(&shell);
    shell
}

/// Whether the widget rendering into `shell` is still on the page.
fn alive(shell: &web_sys::HtmlElement) -> bool {
    LIVE.with(|live| live.borrow().iter().any(|l| l.shell == **shell))
}

/// Puts the widget for `data` in `shell`: takes over the one rendered there ahead of time if
/// `take_over` (it is the same widget), else builds it there afresh.
fn render(shell: &web_sys::HtmlElement, data: Dataset, options: WidgetOptions, take_over: bool) {
    if let Some(host) = host_of(shell) {
        let _ = host.set_attribute("data-dramatis-state", "mounted");
        // What web/loader.js puts in the widget's place if the module stops, in its words.
        let _ = host.set_attribute("data-dramatis-apology", &options.catalog.apology());
    }
    let widget = match take_over {
        // Only the browser build can take over (the host build renders pages, it mounts none).
        #[cfg(feature = "hydrate")]
        true => crate::ui::hydrate(shell, Arc::new(data), options),
        _ => {
            shell.set_text_content(None);
            crate::ui::mount(shell, Arc::new(data), options)
        }
    };
    LIVE.with(|live| {
        if let Some(live) = live.borrow_mut().iter_mut().find(|l| l.shell == **shell) {
            live.widget = Some(widget);
        }
    });
}

fn fail(shell: &web_sys::HtmlElement, heading: &str, errors: &[DatasetError], t: &Catalog) {
    if let Some(host) = host_of(shell) {
        let _ = host.set_attribute("data-dramatis-state", "failed");
        let _ = host.set_attribute("data-dramatis-apology", &t.apology());
    }
    let _ = shell.remove_attribute("role");
    show_problems(shell, heading, errors, t);
}
