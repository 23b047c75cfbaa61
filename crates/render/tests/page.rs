//! The pre-rendered page: the widget rendered into a page's `<div data-dramatis>`, marked so
//! the module knows what it may take over, as `dramatis-check render` writes it.

use dramatis_core::domain::builtin::builtin;
use dramatis_core::domain::codec::{encode, fingerprint};
use dramatis_core::domain::load;
use dramatis_render::{PageError, Prerender, prerender_page};

/// A page as trunk's minifier leaves it: attribute values without quotes.
const PAGE: &str = "<!doctype html><html lang=en><head><title>Dramatis</title></head><body><main>\
<div class=dramatis data-dramatis data-shadow=off data-own-page><div class=dm-fallback>\
<p>The fallback</p><div><p>nested</p></div></div></div></main><p>After the widget</p></body></html>";

fn full() -> Prerender<'static> {
    Prerender {
        compact: false,
        plan: None,
        story_url: None,
    }
}

#[test]
fn the_widget_takes_the_fallbacks_place_and_the_element_says_what_it_holds() {
    let data = builtin().unwrap();
    let page = prerender_page(PAGE, &data, &full()).unwrap();
    assert!(
        !page.contains("The fallback") && !page.contains("nested"),
        "{page}"
    );
    assert!(page.ends_with("</div></main><p>After the widget</p></body></html>"));
    let story = fingerprint(&encode(&data));
    assert!(page.contains(&format!(
        "<div class=dramatis data-dramatis data-shadow=off data-own-page data-dramatis-prerendered=\"full\" data-dramatis-prerendered-lang=\"en\" data-dramatis-prerendered-story=\"{story}\"><div class=\"dm-shell\"><div data-testid=\"dramatis-root\""
    )), "{page}");
    assert_eq!(
        page.matches("data-testid=\"quote-card\"").count(),
        data.quotes.len()
    );
    assert!(page.contains(&format!(
        "<title>Dramatis: who said what in “{}”</title>",
        data.story.title
    )));
    // Valid HTML: Leptos's markers as well-formed empty comments.
    assert!(!page.contains("<!>"));
    assert!(page.contains("<!---->"));
}

#[test]
fn rendering_a_rendered_page_again_replaces_what_it_held() {
    let data = builtin().unwrap();
    let once = prerender_page(PAGE, &data, &full()).unwrap();
    let minimal = load(include_str!("../../../tests/stories/minimal.json")).unwrap();
    let how = Prerender {
        compact: true,
        plan: None,
        story_url: Some("stories/a \"b\".json"),
    };
    let twice = prerender_page(&once, &minimal, &how).unwrap();
    for attribute in [
        "data-dramatis-prerendered=",
        "data-layout=",
        "data-story=",
        "class=\"dm-shell\"",
    ] {
        assert_eq!(
            twice.matches(attribute).count(),
            1,
            "{attribute} in {twice}"
        );
    }
    assert!(twice.contains("data-dramatis-prerendered=\"compact\""));
    assert!(twice.contains("data-layout=\"compact\""));
    assert!(twice.contains("data-story=\"stories/a &quot;b&quot;.json\""));
    assert!(twice.contains(&fingerprint(&encode(&minimal))));
    assert_eq!(
        twice.matches("data-testid=\"quote-card\"").count(),
        minimal.quotes.len()
    );
    assert!(!twice.contains(&data.quotes[0].text));
}

#[test]
fn a_page_without_a_place_for_the_widget_is_an_error() {
    let data = builtin().unwrap();
    assert_eq!(
        prerender_page(
            "<html><body><div class=x>no widget</div></body></html>",
            &data,
            &full()
        ),
        Err(PageError::NoMount)
    );
    assert_eq!(
        prerender_page("<div data-dramatis><div>never closed</div>", &data, &full()),
        Err(PageError::Unclosed)
    );
    // Not fooled by an attribute that only starts like the marker.
    assert_eq!(
        prerender_page("<div data-dramatis-box>x</div>", &data, &full()),
        Err(PageError::NoMount)
    );
}
