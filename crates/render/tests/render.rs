//! The widget's components render on the host: the built-in story's widget as an HTML string
//! holds the story's title and every statement's words and speaker, as a reader sees them.

use std::sync::Arc;

use dramatis_core::domain::QuoteKind;
use dramatis_core::domain::builtin::builtin;
use dramatis_core::domain::describe::speaker_line;
use dramatis_i18n::Catalog;
use dramatis_render::render_widget;

/// `text` as it stands in HTML text content.
fn escaped(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

#[test]
fn the_built_in_story_renders_with_every_statement_and_speaker() {
    let data = builtin().unwrap();
    let html = render_widget(Arc::new(data.clone()));
    assert!(
        html.contains(&escaped(&data.story.title)),
        "no title in {html}"
    );
    assert_eq!(
        html.matches("data-testid=\"quote-card\"").count(),
        data.quotes.len()
    );
    for id in (0..data.quotes.len()).map(dramatis_core::domain::QuoteId::new) {
        let quote = data.quote(id);
        let words = match quote.kind {
            QuoteKind::Verbatim => format!("“{}”", quote.text),
            QuoteKind::Paraphrase => quote.text.clone(),
        };
        assert!(html.contains(&escaped(&words)), "{} is missing", quote.key);
        assert!(
            html.contains(&escaped(&speaker_line(&Catalog::english(), &data, id))),
            "the speaker of {} is missing",
            quote.key
        );
    }
    // Reported speech says so on its card, so no one reads it as a quote.
    let reported = data
        .quotes
        .iter()
        .filter(|q| q.kind == QuoteKind::Paraphrase)
        .count();
    assert_eq!(
        html.matches("Reported speech, not a direct quote").count(),
        reported
    );
}

#[test]
fn the_article_the_map_as_text_and_the_key_render_too() {
    let data = builtin().unwrap();
    let html = render_widget(Arc::new(data.clone()));
    assert_eq!(
        html.matches("data-testid=\"text-actor\"").count(),
        data.actors.len()
    );
    assert_eq!(
        html.matches("data-testid=\"text-relation\"").count(),
        data.relations.len()
    );
    assert!(html.matches("data-testid=\"evidence-mark\"").count() >= data.quotes.len());
    assert!(html.contains("Key to the map"));
}

#[test]
fn the_map_is_drawn_on_the_host_with_every_actor_and_relation() {
    let data = builtin().unwrap();
    let html = render_widget(Arc::new(data.clone()));
    assert_eq!(
        html.matches("data-testid=\"actor\"").count(),
        data.actors.len()
    );
    assert_eq!(
        html.matches("data-testid=\"edge\"").count(),
        data.relations.len()
    );
    // Drawn for the box of a 360 px phone, the size the module starts from when it takes over.
    assert!(html.contains("class=\"dm-map-svg\""));
    assert!(html.contains("width=\"304\""), "{html}");
}

#[test]
fn in_context_links_to_a_mark_of_the_article_that_exists() {
    let data = builtin().unwrap();
    let html = render_widget(Arc::new(data.clone()));
    assert_eq!(
        html.matches("data-testid=\"in-context\"").count(),
        data.quotes.len()
    );
    for quote in &data.quotes {
        let anchor = format!("dm-at-{}", quote.evidence.start);
        assert!(
            html.contains(&format!("href=\"#{anchor}\"")),
            "{}: no link to #{anchor}",
            quote.key
        );
        assert_eq!(
            html.matches(&format!("id=\"{anchor}\"")).count(),
            1,
            "{}: the article has no one mark #{anchor}",
            quote.key
        );
    }
}
