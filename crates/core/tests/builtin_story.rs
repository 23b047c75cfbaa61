//! The built-in story: valid against its own text, and its text is the article's.
#![cfg(not(target_arch = "wasm32"))]

mod common;
use common::repo_path;

use dramatis_core::domain::builtin::builtin;
use dramatis_core::domain::{Dataset, QuoteKind};

fn dataset() -> Dataset {
    builtin().unwrap_or_else(|report| panic!("the built-in dataset is broken:\n{report}"))
}

/// The article body as the seed file gives it: the title once, the paragraphs, no blank
/// paragraphs and none of the page furniture on the last two lines.
fn article_body(seed: &str) -> String {
    let paragraphs: Vec<&str> = seed
        .lines()
        .filter(|line| !line.trim().is_empty())
        .collect();
    assert_eq!(paragraphs[0], paragraphs[1], "the seed repeats the title");
    assert_eq!(
        &paragraphs[paragraphs.len() - 2..],
        ["Leave a Reply", "Back to top"]
    );
    paragraphs[1..paragraphs.len() - 2].join("\n\n")
}

#[test]
fn the_committed_seed_is_the_shared_article() {
    let committed =
        std::fs::read_to_string(repo_path("data/article.txt")).expect("data/article.txt");
    let shared = repo_path("../shared/seed/article.txt");
    if shared.exists() {
        assert_eq!(std::fs::read_to_string(shared).unwrap(), committed);
    } else {
        // CI clones the repository alone; the committed copy is then the reference.
        eprintln!("note: ../shared/seed/article.txt is absent; checked against data/article.txt");
    }
}

#[test]
fn story_text_is_the_article_body_exactly() {
    let seed = std::fs::read_to_string(repo_path("data/article.txt")).expect("data/article.txt");
    let data = dataset();
    assert_eq!(data.story.text, article_body(&seed));
    assert_eq!(
        data.story.title,
        "Negotiations Between Ukraine and Russia are Difficult"
    );
}

#[test]
fn every_quoted_passage_of_the_article_is_attributed() {
    let data = dataset();
    let passages = dramatis_core::domain::text::quoted_passages(&data.story.text);
    assert_eq!(
        passages.len(),
        4,
        "“still a long way to go”, “dragging on”, “hysteria”, Cavusoglu"
    );
    for passage in passages {
        let words = data.story.slice(passage).trim_end_matches(',');
        let covered = data.quotes.iter().any(|q| q.text.contains(words));
        assert!(covered, "no statement carries the quoted words {words:?}");
    }
}

#[test]
fn attributions_are_exactly_as_the_article_gives_them() {
    let data = dataset();
    let speaker = |quote: &str| {
        let id = data
            .quote_by_key(quote)
            .unwrap_or_else(|| panic!("no quote {quote}"));
        data.actor(data.quote(id).speaker).key.as_str()
    };
    // "The Kremlin says" is the Kremlin's, not a person's we might guess at.
    assert_eq!(speaker("q-kremlin-long-way"), "kremlin");
    assert_eq!(speaker("q-kremlin-dragging-on"), "kremlin");
    assert_eq!(speaker("q-moscow-hysteria"), "kremlin");
    assert_eq!(speaker("q-peskov-talks-continuing"), "peskov");
    assert_eq!(speaker("q-peskov-arms"), "peskov");
    assert_eq!(speaker("q-ukraine-talks-necessary"), "ukraine");
    assert_eq!(speaker("q-kyiv-cynical"), "kyiv");
    assert_eq!(speaker("q-orban-rubles"), "orban");
    for quote in ["q-zelensky-oil", "q-zelensky-ban", "q-zelensky-only-option"] {
        assert_eq!(speaker(quote), "zelensky");
    }
    for quote in [
        "q-cavusoglu-hampered",
        "q-cavusoglu-hope",
        "q-cavusoglu-realistic",
    ] {
        assert_eq!(speaker(quote), "cavusoglu");
    }
    assert_eq!(data.quotes.len(), 14);
}

#[test]
fn only_words_in_quotation_marks_are_verbatim() {
    let data = dataset();
    let verbatim: Vec<&str> = data
        .quotes
        .iter()
        .filter(|q| q.kind == QuoteKind::Verbatim)
        .map(|q| q.key.as_str())
        .collect();
    assert_eq!(
        verbatim,
        [
            "q-kremlin-long-way",
            "q-kremlin-dragging-on",
            "q-cavusoglu-realistic"
        ]
    );
}

#[test]
fn every_named_actor_is_present() {
    let data = dataset();
    for name in [
        "Russia",
        "Ukraine",
        "Kremlin",
        "Kyiv",
        "Dmitri Peskov",
        "Volodimir Zelensky",
        "The West",
        "United States",
        "Turkey",
        "Mevlut Cavusoglu",
        "NATO",
        "Hungary",
        "Viktor Orban",
        "Vladimir Putin",
        "France",
        "Germany",
    ] {
        assert!(
            data.actors.iter().any(|a| a.name == name),
            "missing actor {name}"
        );
    }
    assert_eq!(data.actors.len(), 16);
}
