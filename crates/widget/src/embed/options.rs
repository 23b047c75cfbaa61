//! What a host page asks of a widget, read from the host element's attributes and, for the
//! widget's own page inside an iframe, from the URL's query string. Pure: no browser here.

/// Colour scheme the host asks for.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Theme {
    /// Follow `prefers-color-scheme`.
    #[default]
    Auto,
    /// Always light.
    Light,
    /// Always dark.
    Dark,
}

impl Theme {
    fn parse(value: &str) -> Option<Self> {
        match value.trim().to_ascii_lowercase().as_str() {
            "auto" => Some(Self::Auto),
            "light" => Some(Self::Light),
            "dark" => Some(Self::Dark),
            _ => None,
        }
    }

    /// The value of the host's `data-theme` attribute, if any is needed.
    pub fn attribute(self) -> Option<&'static str> {
        match self {
            Self::Auto => None,
            Self::Light => Some("light"),
            Self::Dark => Some("dark"),
        }
    }
}

/// Where the article a widget's statements come from is, for "In context".
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub enum ArticlePlace {
    /// The widget shows the article itself.
    #[default]
    Own,
    /// The host page holds it, in the element this CSS selector picks (`data-article`).
    Host(String),
    /// The page around the widget's iframe holds it (`?article=host`, which embed.js adds for
    /// an iframe with `data-article`).
    Parent,
}

/// Everything a host can configure.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct EmbedOptions {
    /// Address of another dataset to show instead of the built-in story.
    pub story: Option<String>,
    /// Light, dark or following the reader's system.
    pub theme: Theme,
    /// Accent colour, already checked to be a plain CSS colour.
    pub accent: Option<String>,
    /// Whether to isolate the widget in a shadow root (default), or render into the page.
    pub shadow: bool,
    /// Whether the selection lives in the page's URL fragment.
    pub url_state: bool,
    /// The compact layout for embedding (map, title and a row of cards; the rest one tap
    /// away), rather than the widget's own page's full layout.
    pub compact: bool,
    /// Where the article is.
    pub article: ArticlePlace,
    /// The interface's language, if the host names one (`data-lang`, an iframe's `?lang=`).
    pub lang: Option<String>,
}

impl EmbedOptions {
    /// Reads the options. `attribute` gives a `data-*` attribute of the host element;
    /// `query` is the page's query string (used only for the widget's own page, where
    /// `own_page` is true); `in_frame`: whether that page is inside an iframe; `widgets` is
    /// how many widgets the page has.
    pub fn read(
        attribute: impl Fn(&str) -> Option<String>,
        query: &str,
        own_page: bool,
        in_frame: bool,
        widgets: usize,
    ) -> Self {
        let param = |name: &str| {
            if own_page {
                query_param(query, name)
            } else {
                None
            }
        };
        let pick = |name: &str| attribute(&format!("data-{name}")).or_else(|| param(name));
        let story = pick("story").and_then(|url| story_url(&url));
        let theme = pick("theme")
            .and_then(|t| Theme::parse(&t))
            .unwrap_or_default();
        let accent = pick("accent").and_then(|c| css_colour(&c));
        let shadow = attribute("data-shadow").is_none_or(|v| v.trim() != "off");
        // Only a widget alone on its page may own the URL fragment, unless told otherwise.
        let url_state = match attribute("data-url-state").as_deref().map(str::trim) {
            Some("on") => true,
            Some("off") => false,
            _ => widgets == 1,
        };
        // Embedded (a script mount in a page of its own, or the widget's page in an iframe),
        // the widget is compact unless told otherwise; its own page opened directly is full.
        let compact = match pick("layout").as_deref().map(str::trim) {
            Some("compact") => true,
            Some("full") => false,
            _ => !own_page || in_frame,
        };
        let article = match (attribute("data-article"), param("article")) {
            (Some(selector), _) if !own_page => {
                article_selector(&selector).map_or(ArticlePlace::Own, ArticlePlace::Host)
            }
            (_, Some(place)) if in_frame && place.trim() == "host" => ArticlePlace::Parent,
            _ => ArticlePlace::Own,
        };
        let lang = pick("lang").filter(|l| !l.trim().is_empty() && l.len() <= 35);
        Self {
            story,
            theme,
            accent,
            shadow,
            url_state,
            compact,
            article,
            lang,
        }
    }
}

/// A host's CSS selector for its article element: trimmed, not empty, not too long, no
/// control characters (the browser then parses it, and a selector it refuses picks nothing).
pub fn article_selector(selector: &str) -> Option<String> {
    let selector = selector.trim();
    (!selector.is_empty() && selector.len() <= 200 && !selector.chars().any(char::is_control))
        .then(|| selector.to_owned())
}

/// A story address the widget may fetch: relative, or absolute `http(s)`; nothing else.
pub fn story_url(url: &str) -> Option<String> {
    let url = url.trim();
    if url.is_empty()
        || url.len() > 2048
        || url.chars().any(|c| c.is_control() || c.is_whitespace())
    {
        return None;
    }
    let lower = url.to_ascii_lowercase();
    // A colon before any '/', '?' or '#' ends a scheme; only http and https may have one.
    let path_start = lower.find(['/', '?', '#']).unwrap_or(lower.len());
    match lower.find(':') {
        Some(colon) if colon < path_start => {
            (lower.starts_with("http:") || lower.starts_with("https:")).then(|| url.to_owned())
        }
        _ => Some(url.to_owned()),
    }
}

/// A colour a host may set: `#rgb`, `#rrggbb`, `#rrggbbaa`, a colour function of numbers
/// (`rgb(…)`, `hsl(…)`, `oklch(…)`), or a named colour. Anything else is refused, so no host
/// string can smuggle other CSS in.
pub fn css_colour(value: &str) -> Option<String> {
    let v = value.trim().to_ascii_lowercase();
    let hex = v.strip_prefix('#').is_some_and(|h| {
        matches!(h.len(), 3 | 4 | 6 | 8) && h.chars().all(|c| c.is_ascii_hexdigit())
    });
    let function = ["rgb(", "rgba(", "hsl(", "hsla(", "oklch(", "oklab("]
        .iter()
        .any(|f| {
            v.strip_prefix(f)
                .and_then(|rest| rest.strip_suffix(')'))
                .is_some_and(|args| {
                    !args.is_empty()
                        && args.chars().all(|c| {
                            c.is_ascii_digit()
                                || " .,%/-".contains(c)
                                || c == 'd'
                                || c == 'e'
                                || c == 'g'
                        })
                })
        });
    let named = !v.is_empty() && v.len() <= 20 && v.chars().all(|c| c.is_ascii_lowercase());
    (hex || function || named).then_some(v)
}

/// The decoded value of `name` in a query string such as `?story=a.json&theme=dark`.
pub fn query_param(query: &str, name: &str) -> Option<String> {
    query.trim_start_matches('?').split('&').find_map(|pair| {
        let (key, value) = pair.split_once('=')?;
        (key == name).then(|| decode(value))
    })
}

fn decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = |at: usize| bytes.get(at).and_then(|&b| (b as char).to_digit(16));
        match (bytes[i], hex(i + 1), hex(i + 2)) {
            (b'%', Some(h), Some(l)) => {
                out.push(u8::try_from(h * 16 + l).unwrap_or(b'?'));
                i += 3;
            }
            (b'+', _, _) => {
                out.push(b' ');
                i += 1;
            }
            (b, _, _) => {
                out.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn attrs(pairs: &'static [(&'static str, &'static str)]) -> impl Fn(&str) -> Option<String> {
        move |name| {
            pairs
                .iter()
                .find(|(k, _)| *k == name)
                .map(|(_, v)| (*v).to_owned())
        }
    }

    #[test]
    fn defaults_isolate_and_own_the_url_only_when_alone() {
        let alone = EmbedOptions::read(attrs(&[]), "", false, false, 1);
        assert_eq!(
            alone,
            EmbedOptions {
                shadow: true,
                url_state: true,
                compact: true,
                ..EmbedOptions::default()
            }
        );
        assert!(!EmbedOptions::read(attrs(&[]), "", false, false, 2).url_state);
        assert!(
            EmbedOptions::read(attrs(&[("data-url-state", "on")]), "", false, false, 2).url_state
        );
        assert!(!EmbedOptions::read(attrs(&[("data-shadow", "off")]), "", false, false, 1).shadow);
    }

    #[test]
    fn attributes_win_and_the_query_counts_only_on_the_widgets_own_page() {
        let query = "?story=other.json&theme=dark&accent=%23ff0000";
        let own = EmbedOptions::read(attrs(&[]), query, true, false, 1);
        assert_eq!(own.story.as_deref(), Some("other.json"));
        assert_eq!(own.theme, Theme::Dark);
        assert_eq!(own.accent.as_deref(), Some("#ff0000"));
        let host = EmbedOptions::read(attrs(&[]), query, false, false, 1);
        assert_eq!(host.story, None);
        let both = EmbedOptions::read(attrs(&[("data-theme", "light")]), query, true, false, 1);
        assert_eq!(both.theme, Theme::Light);
    }

    #[test]
    fn embedded_widgets_are_compact_and_the_widgets_own_page_is_full() {
        let read = |attributes, query, own_page, in_frame| {
            EmbedOptions::read(attrs(attributes), query, own_page, in_frame, 1)
        };
        assert!(read(&[], "", false, false).compact, "a script mount");
        assert!(
            read(&[], "", true, true).compact,
            "the widget's page in an iframe"
        );
        assert!(
            !read(&[], "", true, false).compact,
            "the widget's page opened directly"
        );
        assert!(!read(&[("data-layout", "full")], "", false, false).compact);
        assert!(read(&[], "?layout=compact", true, false).compact);
        assert!(!read(&[], "?layout=full", true, true).compact);
    }

    #[test]
    fn the_article_is_the_hosts_when_it_says_where() {
        let read = |attributes, query, own_page, in_frame| {
            EmbedOptions::read(attrs(attributes), query, own_page, in_frame, 1).article
        };
        assert_eq!(
            read(&[("data-article", " #story-body ")], "", false, false),
            ArticlePlace::Host("#story-body".to_owned())
        );
        assert_eq!(
            read(&[("data-article", "  ")], "", false, false),
            ArticlePlace::Own
        );
        assert_eq!(read(&[], "?article=host", true, true), ArticlePlace::Parent);
        // Only a page inside a frame has a parent page to hold the article.
        assert_eq!(read(&[], "?article=host", true, false), ArticlePlace::Own);
        assert_eq!(read(&[], "", false, false), ArticlePlace::Own);
    }

    #[test]
    fn only_safe_story_addresses_pass() {
        for good in [
            "story.json",
            "/data/a.json",
            "https://news.example/a.json",
            "HTTP://x.org/a",
            "//cdn.example/a.json",
            "../a.json?v=2",
        ] {
            assert!(story_url(good).is_some(), "{good}");
        }
        for bad in [
            "javascript:alert(1)",
            "data:application/json,{}",
            "  ",
            "file:///etc/passwd",
            "blob:x",
            "a b.json",
            "vbscript:x",
        ] {
            assert_eq!(story_url(bad), None, "{bad}");
        }
    }

    #[test]
    fn only_plain_colours_pass() {
        for good in [
            "#c00",
            "#C0392B",
            "rgb(10, 20, 30)",
            "hsl(200deg 50% 40%)",
            "rebeccapurple",
            "oklch(0.6 0.15 250)",
        ] {
            assert!(css_colour(good).is_some(), "{good}");
        }
        for bad in [
            "red; background: url(x)",
            "#12345",
            "url(evil)",
            "expression(alert(1))",
            "rgb(1,2,3);",
            "var(--x)",
            "",
        ] {
            assert_eq!(css_colour(bad), None, "{bad}");
        }
    }

    #[test]
    fn query_values_are_decoded() {
        assert_eq!(
            query_param("?a=1&story=x%2Fy+z.json", "story").as_deref(),
            Some("x/y z.json")
        );
        assert_eq!(query_param("story", "story"), None);
        assert_eq!(query_param("?a=%zz", "a").as_deref(), Some("%zz"));
    }
}
