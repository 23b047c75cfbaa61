//! Browser tests of the components, in headless Chromium through wasm-bindgen-test.
#![cfg(target_arch = "wasm32")]

use std::sync::Arc;

use dramatis_core::domain::load;
use dramatis_widget::builtin::builtin;
use dramatis_widget::ui::{Widget, WidgetOptions, mount, show_problems};
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};

wasm_bindgen_test_configure!(run_in_browser);

/// A fresh element of a given width in the document body to mount into.
fn host(width: &str) -> web_sys::HtmlElement {
    let document = web_sys::window().unwrap().document().unwrap();
    // The widget's stylesheet, as every page that shows it has: it sets the map's box.
    if document.get_element_by_id("dm-test-style").is_none() {
        let style = document.create_element("style").unwrap();
        style.set_id("dm-test-style");
        style.set_text_content(Some(include_str!("../../../style/dramatis.css")));
        document.head().unwrap().append_child(&style).unwrap();
    }
    let host: web_sys::HtmlElement = document.create_element("div").unwrap().unchecked_into();
    host.style().set_property("width", width).unwrap();
    document.body().unwrap().append_child(&host).unwrap();
    host
}

/// Waits for the browser to lay out, observe resizes and run effects, and for the parts built
/// some frames after the mount (`hooks::after_frames`).
async fn settle() {
    for _ in 0..5 {
        next_frame().await;
    }
    timer(50).await;
}

/// Waits for a timer of `ms` milliseconds: it runs after the tasks queued before it.
async fn timer(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window()
            .unwrap()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms)
            .unwrap();
    });
    JsFuture::from(promise).await.unwrap();
}

fn text_of(host: &web_sys::HtmlElement, selector: &str) -> String {
    host.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("nothing matches {selector}"))
        .text_content()
        .unwrap_or_default()
}

fn count(host: &web_sys::HtmlElement, selector: &str) -> u32 {
    host.query_selector_all(selector).unwrap().length()
}

/// Clicks an element the way a pointer does: a bubbling click event.
fn click(host: &web_sys::HtmlElement, selector: &str) {
    let init = web_sys::MouseEventInit::new();
    init.set_bubbles(true);
    let event = web_sys::MouseEvent::new_with_mouse_event_init_dict("click", &init).unwrap();
    host.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("nothing matches {selector}"))
        .dispatch_event(&event)
        .unwrap();
}

fn mount_builtin(host: &web_sys::HtmlElement) -> Widget {
    mount(host, Arc::new(builtin().unwrap()), WidgetOptions::default())
}

#[wasm_bindgen_test]
async fn app_shows_the_story_title_map_and_cards() {
    let host = host("900px");
    let _mounted = mount_builtin(&host);
    settle().await;
    assert_eq!(
        text_of(&host, "[data-testid=story-title]"),
        "Negotiations Between Ukraine and Russia are Difficult"
    );
    assert_eq!(count(&host, "[data-testid=actor]"), 16);
    assert_eq!(count(&host, "[data-testid=edge]"), 16);
    assert_eq!(count(&host, "[data-testid=quote-card]"), 14);
    assert_eq!(
        text_of(&host, "[data-testid=card-count]"),
        "14 of 14 statements"
    );
}

/// Lets queued microtasks (Leptos's effects) run, but no timer.
async fn microtasks() {
    for _ in 0..20 {
        JsFuture::from(js_sys::Promise::resolve(&wasm_bindgen::JsValue::NULL))
            .await
            .unwrap();
    }
}

/// Waits until the animation frame callbacks queued so far have run, before that frame paints.
async fn next_frame() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window()
            .unwrap()
            .request_animation_frame(&resolve)
            .unwrap();
    });
    JsFuture::from(promise).await.unwrap();
}

/// A bubbling keydown of `key` on the element `selector` picks.
fn key_down(host: &web_sys::HtmlElement, selector: &str, key: &str) {
    let init = web_sys::KeyboardEventInit::new();
    init.set_bubbles(true);
    init.set_key(key);
    let event =
        web_sys::KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).unwrap();
    host.query_selector(selector)
        .unwrap()
        .unwrap()
        .dispatch_event(&event)
        .unwrap();
}

#[wasm_bindgen_test]
async fn a_tap_is_answered_on_the_map_at_once_and_in_the_panels_after_the_paint() {
    let host = host("900px");
    let _mounted = mount_builtin(&host);
    settle().await;
    let hint = text_of(&host, "[data-testid=details]");
    click(&host, "[data-actor=cavusoglu] .dm-mark");
    microtasks().await;
    // The map answers in the tap's own task: drawing dimmed, lit copies drawn, actor pressed.
    assert_eq!(count(&host, ".dm-map-stage.dm-dimmed"), 1);
    assert_eq!(count(&host, "[data-testid=map-lit] [data-lit-actor]"), 2);
    assert_eq!(count(&host, "[data-actor=cavusoglu][aria-pressed=true]"), 1);
    // The panels follow once the frame that shows it is painted: not in the frame itself.
    next_frame().await;
    microtasks().await;
    assert_eq!(text_of(&host, "[data-testid=details]"), hint);
    assert_eq!(
        text_of(&host, "[data-testid=card-count]"),
        "14 of 14 statements"
    );
    settle().await;
    assert_eq!(
        text_of(&host, "[data-testid=details-title]"),
        "Mevlut Cavusoglu"
    );
    assert_eq!(
        text_of(&host, "[data-testid=card-count]"),
        "3 of 14 statements"
    );
    // Tab brings the panels up to date at once, before the focus moves into them.
    click(&host, "[data-actor=turkey] .dm-mark");
    microtasks().await;
    assert_eq!(
        text_of(&host, "[data-testid=details-title]"),
        "Mevlut Cavusoglu"
    );
    key_down(&host, "[data-actor=turkey]", "Tab");
    microtasks().await;
    assert_eq!(text_of(&host, "[data-testid=details-title]"), "Turkey");
}

/// One frame, then the tasks queued from it (a timer queued now runs after them).
async fn frame_and_tasks() {
    next_frame().await;
    timer(0).await;
}

#[wasm_bindgen_test]
async fn the_parts_out_of_view_are_built_a_frame_apart() {
    let host = host("900px");
    let _mounted = mount_builtin(&host);
    microtasks().await;
    let built = |host: &web_sys::HtmlElement| {
        [
            "[data-testid=actor]",
            "[data-testid=quote-card]",
            "[data-testid=evidence-mark]",
            "[data-testid=text-actor]",
            "[data-testid=legend] li",
        ]
        .map(|selector| count(host, selector) > 0)
    };
    assert_eq!(built(&host), [false; 5]);
    frame_and_tasks().await;
    assert_eq!(built(&host), [true, true, false, false, false]);
    frame_and_tasks().await;
    assert_eq!(built(&host), [true, true, true, false, false]);
    frame_and_tasks().await;
    assert_eq!(built(&host), [true; 5]);
}

#[wasm_bindgen_test]
async fn the_map_legend_cards_article_and_text_come_in_later_tasks_with_their_space_kept() {
    let first = host("900px");
    let mounted = mount_builtin(&first);
    microtasks().await;
    // Mounted and laid out: the map's size is set, its elements are still to come.
    let svg = first.query_selector(".dm-map-svg").unwrap().unwrap();
    let height = svg.get_attribute("height").unwrap();
    assert!(
        height.parse::<f64>().unwrap() > 100.0,
        "the map's height is reserved: {height}"
    );
    assert_eq!(count(&first, "[data-testid=actor]"), 0);
    assert_eq!(count(&first, "[data-testid=evidence-mark]"), 0);
    assert_eq!(count(&first, "[data-testid=text-actor]"), 0);
    assert_eq!(count(&first, "[data-testid=legend] li"), 0);
    assert_eq!(count(&first, "[data-testid=quote-card]"), 0);
    assert_eq!(
        text_of(&first, "[data-testid=card-count]"),
        "14 of 14 statements"
    );
    settle().await;
    assert_eq!(count(&first, "[data-testid=quote-card]"), 14);
    assert_eq!(count(&first, "[data-testid=actor]"), 16);
    // Every relation kind in the story, "speaks for", and every actor kind.
    assert_eq!(count(&first, "[data-testid=legend] li"), 16);
    assert_eq!(svg.get_attribute("height").unwrap(), height);
    assert!(count(&first, "[data-testid=evidence-mark]") >= 14);
    assert_eq!(count(&first, "[data-testid=text-actor]"), 16);
    drop(mounted);

    // Unmounted before the later tasks run: they draw nothing into the detached elements.
    let other = host("900px");
    let mounted = mount_builtin(&other);
    microtasks().await;
    let (svg, article, legend) = (
        other.query_selector(".dm-map-svg").unwrap().unwrap(),
        other
            .query_selector("[data-testid=article-body]")
            .unwrap()
            .unwrap(),
        other
            .query_selector("[data-testid=legend]")
            .unwrap()
            .unwrap(),
    );
    let cards = other
        .query_selector("[data-testid=card-list]")
        .unwrap()
        .unwrap();
    assert!(svg.has_attribute("height"));
    drop(mounted);
    settle().await;
    assert_eq!(svg.child_element_count(), 0);
    assert_eq!(article.child_element_count(), 0);
    assert_eq!(legend.query_selector_all("li").unwrap().length(), 0);
    assert_eq!(cards.child_element_count(), 0);
    assert_eq!(other.child_element_count(), 0);
}

#[wasm_bindgen_test]
async fn selecting_an_actor_updates_details_cards_and_the_map() {
    let host = host("900px");
    let _mounted = mount_builtin(&host);
    settle().await;
    click(&host, "[data-actor=cavusoglu] .dm-mark");
    settle().await;
    assert_eq!(
        text_of(&host, "[data-testid=details-title]"),
        "Mevlut Cavusoglu"
    );
    assert_eq!(
        text_of(&host, "[data-testid=details-role]"),
        "Turkish Foreign Minister"
    );
    assert_eq!(
        text_of(&host, "[data-testid=card-count]"),
        "3 of 14 statements"
    );
    let pressed = host
        .query_selector("[data-actor=cavusoglu]")
        .unwrap()
        .unwrap()
        .get_attribute("aria-pressed");
    assert_eq!(pressed.as_deref(), Some("true"));
    assert_eq!(
        count(&host, "[data-testid=map-lit] [data-lit-actor]"),
        2,
        "Cavusoglu and Turkey, whom he speaks for, are lit"
    );
    assert_eq!(
        count(
            &host,
            "[data-testid=map-lit] [data-lit-actor=cavusoglu].dm-chosen"
        ),
        1
    );
    // The lit copies are drawings only: no roles, test ids or tab stops of their own.
    assert_eq!(
        count(
            &host,
            "[data-testid=map-lit] [role], [data-testid=map-lit] [tabindex]"
        ),
        0
    );
    // A button in the details selects the actor he speaks for.
    click(
        &host,
        "[data-testid=actor-details] [data-testid=speaks-for] button",
    );
    settle().await;
    assert_eq!(text_of(&host, "[data-testid=details-title]"), "Turkey");
}

#[wasm_bindgen_test]
async fn the_filter_and_the_article_marks_work() {
    let host = host("900px");
    let _mounted = mount_builtin(&host);
    settle().await;
    click(&host, "[data-testid=filter-reported]");
    settle().await;
    assert_eq!(
        text_of(&host, "[data-testid=card-count]"),
        "11 of 14 statements"
    );
    assert_eq!(
        count(&host, "[data-testid=quote-card][data-kind=verbatim]"),
        0
    );
    // Every statement's passage is a mark in the article; activating one selects its card.
    assert!(count(&host, "[data-testid=evidence-mark]") >= 14);
    click(
        &host,
        "[data-testid=evidence-mark][href='#quote=q-orban-rubles']",
    );
    settle().await;
    assert_eq!(count(&host, "[data-testid=quote-card]"), 1);
    assert!(
        host.query_selector("[data-quote=q-orban-rubles].dm-card-chosen")
            .unwrap()
            .is_some()
    );
}

#[wasm_bindgen_test]
async fn unmounting_leaves_nothing_behind() {
    let host = host("600px");
    let mounted = dramatis_widget::embed::mount_element(host.clone());
    settle().await;
    let shadow = host
        .shadow_root()
        .expect("script mounts are isolated in a shadow root");
    assert_eq!(
        shadow
            .query_selector_all("[data-testid=actor]")
            .unwrap()
            .length(),
        16
    );
    assert_eq!(
        host.get_attribute("data-dramatis-state").as_deref(),
        Some("mounted")
    );
    // Elements a page might still hold: their listeners must be gone with the widget.
    let held: Vec<web_sys::Element> = [".dm-root", ".dm-map", ".dm-map-svg", ".dm-card-row"]
        .iter()
        .map(|selector| shadow.query_selector(selector).unwrap().unwrap())
        .collect();
    mounted.unmount();
    settle().await;
    assert_eq!(shadow.child_nodes().length(), 0);
    assert_eq!(host.get_attribute("data-dramatis-state"), None);
    let errors = std::rc::Rc::new(std::cell::Cell::new(0));
    let on_error = {
        let errors = errors.clone();
        wasm_bindgen::closure::Closure::<dyn Fn()>::new(move || errors.set(errors.get() + 1))
    };
    let window = web_sys::window().unwrap();
    window
        .add_event_listener_with_callback("error", on_error.as_ref().unchecked_ref())
        .unwrap();
    for element in &held {
        for kind in ["click", "keydown", "focusin", "pointerdown", "scroll"] {
            element
                .dispatch_event(&web_sys::Event::new(kind).unwrap())
                .unwrap();
        }
    }
    window
        .remove_event_listener_with_callback("error", on_error.as_ref().unchecked_ref())
        .unwrap();
    assert_eq!(errors.get(), 0, "a listener outlived the widget");
}

#[wasm_bindgen_test]
async fn problems_name_what_is_wrong_and_where() {
    let host = host("600px");
    let report = load(r#"{"format": "dramatis/2", "story": 5, "actors": []}"#).unwrap_err();
    show_problems(
        &host,
        "Broken",
        &report.errors,
        &dramatis_i18n::Catalog::english(),
    );
    let text = text_of(&host, "[data-testid=problems]");
    assert!(text.contains("format"), "{text}");
    assert!(text.contains("dramatis/2"), "{text}");
    assert!(text.contains("story"), "{text}");
    assert!(host.query_selector("[role=alert]").unwrap().is_some());
}

#[wasm_bindgen_test]
async fn a_split_quote_is_one_card_with_its_break_marked() {
    let host = host("600px");
    let data = load(include_str!("../../../tests/stories/split-quote.json")).unwrap();
    let _mounted = mount(&host, Arc::new(data), WidgetOptions::default());
    settle().await;
    let card = text_of(&host, "[data-quote=q-ost] .dm-quote");
    assert!(
        card.starts_with("“We will not go back,”"),
        "the first part, in its own quotation marks: {card}"
    );
    assert!(
        card.ends_with("“until the night shifts are safe.”"),
        "the second part: {card}"
    );
    assert_eq!(count(&host, "[data-quote=q-ost] .dm-quote-break"), 1);
    // The words in between are the article's, not the speaker's: not inside the quote.
    assert!(!card.contains("said union leader"), "{card}");
    // A reported statement stays reported.
    assert_eq!(
        count(&host, "[data-quote=q-ministry][data-kind=paraphrase]"),
        1
    );
}
