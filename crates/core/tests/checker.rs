//! The checker on deliberately broken datasets (`tests/broken/*.json`): each file's report is
//! compared with the reviewed report beside it (`*.errors`). Set `UPDATE_GOLDEN=1` to rewrite
//! the reports after a deliberate change, then review the diff.
#![cfg(not(target_arch = "wasm32"))]

mod common;
use common::repo_path;

use std::fs;

use dramatis_core::domain::{QuoteKind, load};

#[test]
fn every_broken_dataset_reports_exactly_its_reviewed_problems() {
    let mut checked = 0;
    let update = std::env::var_os("UPDATE_GOLDEN").is_some();
    for entry in fs::read_dir(repo_path("tests/broken")).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_none_or(|ext| ext != "json") {
            continue;
        }
        let text = fs::read_to_string(&path).unwrap();
        let report = load(&text).expect_err(&format!("{} should be rejected", path.display()));
        let expected_path = path.with_extension("errors");
        if update {
            fs::write(&expected_path, report.to_string()).unwrap();
        }
        let expected = fs::read_to_string(&expected_path)
            .unwrap_or_else(|_| panic!("{} is missing", expected_path.display()));
        assert_eq!(report.to_string(), expected, "{}", path.display());
        checked += 1;
    }
    assert!(checked >= 12, "only {checked} broken datasets found");
}

#[test]
fn the_minimal_example_is_valid() {
    let text = fs::read_to_string(repo_path("tests/stories/minimal.json")).unwrap();
    let data = load(&text).unwrap_or_else(|report| panic!("{report}"));
    assert_eq!(data.actors.len(), 3);
    let lima = data.quote_by_key("q-lima").unwrap();
    assert_eq!(data.quote(lima).kind, QuoteKind::Verbatim);
    assert_eq!(
        data.story.slice(data.quote(lima).evidence),
        "the talks were “difficult but honest”"
    );
    assert_eq!(
        data.story
            .url
            .as_ref()
            .map(dramatis_core::domain::SafeUrl::as_str),
        Some("https://example.org/freedonia-talks")
    );
}

#[test]
fn a_split_quote_is_one_statement_of_two_segments_over_one_passage() {
    let text = fs::read_to_string(repo_path("tests/stories/split-quote.json")).unwrap();
    let data = load(&text).unwrap_or_else(|report| panic!("{report}"));
    let quote = data.quote(data.quote_by_key("q-ost").unwrap());
    assert_eq!(quote.kind, QuoteKind::Verbatim);
    assert_eq!(
        quote.text,
        "We will not go back, … until the night shifts are safe."
    );
    let words: Vec<&str> = quote.segments.iter().map(|s| s.text.as_str()).collect();
    assert_eq!(
        words,
        ["We will not go back,", "until the night shifts are safe."]
    );
    for segment in &quote.segments {
        assert_eq!(data.story.slice(segment.span), segment.text);
        assert!(quote.evidence.contains(segment.span));
    }
    assert_eq!(
        data.story.slice(quote.evidence),
        "We will not go back,” said union leader Mara Ost, “until the night shifts are safe."
    );
    assert!(!quote.draft);
    // A plain statement has exactly one segment, spanning its evidence.
    let report = data.quote(data.quote_by_key("q-ministry").unwrap());
    assert_eq!(report.segments.len(), 1);
    assert_eq!(report.segments[0].span, report.evidence);
    assert_eq!(report.segments[0].text, report.text);
    // The draft mark reaches the checked model.
    assert!(report.draft);
    assert!(data.actor(data.actor_by_key("ministry").unwrap()).draft);
    assert!(!data.actor(data.actor_by_key("ost").unwrap()).draft);
}

#[test]
fn every_problem_is_reported_at_once_with_its_path() {
    let text = fs::read_to_string(repo_path("tests/broken/dangling-references.json")).unwrap();
    let report = load(&text).unwrap_err();
    let paths: Vec<&str> = report.errors.iter().map(|e| e.path.as_str()).collect();
    assert_eq!(
        paths,
        [
            "actors[2].affiliation",
            "quotes[0].speaker",
            "quotes[1].event",
            "relations[0].target",
            "relations[1].evidence[1]"
        ]
    );
    assert!(report.errors.iter().all(|e| e.line.is_some()));
}

#[test]
fn errors_after_an_unreadable_item_keep_their_real_index() {
    let text = fs::read_to_string(repo_path("tests/stories/minimal.json")).unwrap();
    let mut doc: serde_json::Value = serde_json::from_str(&text).unwrap();
    doc["quotes"][0]["text"] = serde_json::json!(5);
    doc["quotes"][1]["speaker"] = serde_json::json!("nobody");
    let report = load(&doc.to_string()).unwrap_err();
    let paths: Vec<&str> = report.errors.iter().map(|e| e.path.as_str()).collect();
    assert!(paths.contains(&"quotes[0]"), "{paths:?}");
    assert!(paths.contains(&"quotes[1].speaker"), "{paths:?}");
    // q-lima could not be read, so the relation citing it is not reported a second time.
    assert!(
        !paths.iter().any(|p| p.starts_with("relations")),
        "{paths:?}"
    );
}

#[test]
fn oversized_documents_are_refused_before_parsing() {
    let huge = format!(
        "{{\"format\": \"{}\"}}",
        "x".repeat(dramatis_core::domain::MAX_DOCUMENT_BYTES)
    );
    let report = load(&huge).unwrap_err();
    assert_eq!(report.errors.len(), 1);
    assert!(
        report.errors[0].message.contains("the limit is"),
        "{}",
        report
    );
}

/// Inputs on which the fuzzer once made the loader panic (`tests/fuzz-crashes/`): each must now
/// be refused with a report naming what is wrong.
#[test]
fn inputs_that_once_crashed_the_loader_are_refused_with_reasons() {
    let mut checked = 0;
    for entry in fs::read_dir(repo_path("tests/fuzz-crashes")).unwrap() {
        let path = entry.unwrap().path();
        let bytes = fs::read(&path).unwrap();
        let Ok(text) = std::str::from_utf8(&bytes) else {
            continue;
        };
        let report = load(text).expect_err(&path.display().to_string());
        assert!(!report.errors.is_empty(), "{}", path.display());
        checked += 1;
    }
    assert!(checked >= 1);
}

#[test]
fn a_statement_by_an_actor_whose_record_is_unreadable_is_reported_not_assembled() {
    let text = fs::read_to_string(repo_path(
        "tests/fuzz-crashes/quote-by-an-unreadable-actor.json",
    ))
    .unwrap();
    let report = load(&text).unwrap_err();
    let paths: Vec<&str> = report.errors.iter().map(|e| e.path.as_str()).collect();
    // The actor records with unknown keys (" name", "roevent") are what is wrong.
    assert!(paths.iter().any(|p| p.starts_with("actors[1]")), "{report}");
    assert!(paths.iter().any(|p| p.starts_with("actors[2]")), "{report}");
}
