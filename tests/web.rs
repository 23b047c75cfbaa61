//! Browser tests of the components, in headless Chromium through wasm-bindgen-test.
#![cfg(target_arch = "wasm32")]

use std::sync::Arc;

use dramatis::domain::builtin::builtin;
use dramatis::domain::load;
use dramatis::ui::{App, show_problems};
use leptos::prelude::*;
use leptos::task::tick;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};

wasm_bindgen_test_configure!(run_in_browser);

/// A fresh element in the document body to mount into.
fn host() -> web_sys::HtmlElement {
    let document = document();
    let host = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&host).unwrap();
    host.unchecked_into()
}

fn text_of(host: &web_sys::HtmlElement, selector: &str) -> String {
    host.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("nothing matches {selector}"))
        .text_content()
        .unwrap_or_default()
}

#[wasm_bindgen_test]
async fn app_shows_the_story_title() {
    let host = host();
    let dataset = Arc::new(builtin().unwrap());
    let _mounted = leptos::mount::mount_to(
        host.clone(),
        move || view! { <App dataset=dataset.clone() /> },
    );
    tick().await;
    assert_eq!(
        text_of(&host, "[data-testid=story-title]"),
        "Negotiations Between Ukraine and Russia are Difficult"
    );
    assert!(
        host.query_selector("[data-testid=map-area]")
            .unwrap()
            .is_some()
    );
    assert!(
        host.query_selector("[data-testid=card-area]")
            .unwrap()
            .is_some()
    );
}

#[wasm_bindgen_test]
async fn problems_name_what_is_wrong_and_where() {
    let host = host();
    let report = load(r#"{"format": "dramatis/2", "story": 5, "actors": []}"#).unwrap_err();
    show_problems(&host, "Broken", &report.errors);
    let text = text_of(&host, "[data-testid=problems]");
    assert!(text.contains("format"), "{text}");
    assert!(text.contains("dramatis/2"), "{text}");
    assert!(text.contains("story"), "{text}");
    assert!(host.query_selector("[role=alert]").unwrap().is_some());
}
