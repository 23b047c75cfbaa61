//! Property tests: thousands of seeded random mutations of valid datasets never make the
//! loader panic, and whatever it accepts holds the checked invariants. Bounded by count, and
//! deterministic (a fixed-seed xorshift generator, no crate and no clock).
#![cfg(not(target_arch = "wasm32"))]

mod common;
#[path = "common/rng.rs"]
mod rng;
use common::repo_path;
use rng::Rng;

use dramatis_core::domain::builtin::BUILTIN_JSON;
use dramatis_core::domain::{Dataset, EvidenceRef, load};
use serde_json::{Value, json};

const MUTATIONS: usize = 1500;

/// Values a mutation may put anywhere.
fn strange_value(rng: &mut Rng) -> Value {
    match rng.below(15) {
        0 => json!(null),
        1 => json!(-1),
        2 => json!(""),
        3 => json!("russia"),
        4 => json!("\u{202E}evil\u{200B}"),
        5 => json!("<script>alert(1)</script>"),
        6 => json!(["ukraine", "ukraine"]),
        7 => json!({"exact": "the war"}),
        8 => json!(true),
        9 => json!("x".repeat(5000)),
        10 => json!("javascript:alert(1)"),
        // The shapes of a split quote, and of the draft mark.
        11 => json!(["We will not go back,", "until the night shifts are safe."]),
        12 => json!([{"exact": "We will not go back,"}, {"exact": "the war"}]),
        13 => json!({"draft": true}),
        _ => json!(1.5e300),
    }
}

/// Every (pointer) location of a value inside `value`.
fn pointers(value: &Value, at: String, found: &mut Vec<String>) {
    found.push(at.clone());
    match value {
        Value::Object(map) => {
            for (key, child) in map {
                pointers(
                    child,
                    format!("{at}/{}", key.replace('~', "~0").replace('/', "~1")),
                    found,
                );
            }
        }
        Value::Array(items) => {
            for (index, child) in items.iter().enumerate() {
                pointers(child, format!("{at}/{index}"), found);
            }
        }
        _ => {}
    }
}

fn mutate(doc: &mut Value, rng: &mut Rng) {
    let mut all = Vec::new();
    pointers(doc, String::new(), &mut all);
    let target = all[1 + rng.below(all.len() - 1)].clone();
    let (parent, last) = target.rsplit_once('/').unwrap();
    match rng.below(4) {
        // Replace a value.
        0 | 1 => *doc.pointer_mut(&target).unwrap() = strange_value(rng),
        // Remove it.
        2 => match doc.pointer_mut(parent).unwrap() {
            Value::Object(map) => {
                map.remove(&last.replace("~1", "/").replace("~0", "~"));
            }
            Value::Array(items) => {
                items.remove(last.parse::<usize>().unwrap());
            }
            _ => {}
        },
        // Copy it over a sibling (duplicate ids, repeated items).
        _ => {
            let copy = doc.pointer(&target).unwrap().clone();
            if let Some(Value::Array(items)) = doc.pointer_mut(parent) {
                items.push(copy);
            }
        }
    }
}

fn assert_invariants(data: &Dataset) {
    let text = &data.story.text;
    let spans = data
        .events
        .iter()
        .map(|e| e.evidence)
        .chain(data.quotes.iter().map(|q| q.evidence))
        .chain(data.story.sentences.iter().copied());
    for span in spans {
        assert!(span.start < span.end && span.end <= text.len());
        assert!(text.is_char_boundary(span.start) && text.is_char_boundary(span.end));
    }
    for relation in &data.relations {
        assert!(relation.source.index() < data.actors.len());
        assert!(relation.target.index() < data.actors.len());
        assert_ne!(relation.source, relation.target);
        assert!(!relation.evidence.is_empty());
        for evidence in &relation.evidence {
            match *evidence {
                EvidenceRef::Event(id) => assert!(id.index() < data.events.len()),
                EvidenceRef::Quote(id) => assert!(id.index() < data.quotes.len()),
            }
        }
    }
    for quote in &data.quotes {
        assert!(quote.speaker.index() < data.actors.len());
        assert!(!quote.segments.is_empty());
        assert!(
            quote
                .segments
                .windows(2)
                .all(|w| w[0].span.end <= w[1].span.start)
        );
        for segment in &quote.segments {
            assert!(quote.evidence.contains(segment.span));
        }
        assert_eq!(quote.evidence.start, quote.segments[0].span.start);
    }
    if let Some(url) = &data.story.url {
        assert!(url.as_str().starts_with("http"));
    }
}

fn run_structural(source: &str, seed: u64) -> (usize, usize) {
    let original: Value = serde_json::from_str(source).unwrap();
    let mut rng = Rng(seed);
    let (mut accepted, mut rejected) = (0, 0);
    for _ in 0..MUTATIONS {
        let mut doc = original.clone();
        for _ in 0..=rng.below(3) {
            mutate(&mut doc, &mut rng);
        }
        match load(&doc.to_string()) {
            Ok(data) => {
                assert_invariants(&data);
                accepted += 1;
            }
            Err(report) => {
                assert!(!report.errors.is_empty());
                rejected += 1;
            }
        }
    }
    (accepted, rejected)
}

#[test]
fn structural_mutations_of_the_builtin_story_never_panic() {
    let (accepted, rejected) = run_structural(BUILTIN_JSON, 0x9E37_79B9_7F4A_7C15);
    assert_eq!(accepted + rejected, MUTATIONS);
    assert!(
        rejected > MUTATIONS / 2,
        "most mutations must be caught: {rejected}"
    );
}

#[test]
fn structural_mutations_of_the_minimal_story_never_panic() {
    let source = std::fs::read_to_string(repo_path("tests/stories/minimal.json")).unwrap();
    let (accepted, rejected) = run_structural(&source, 0xD1B5_4A32_D192_ED03);
    assert_eq!(accepted + rejected, MUTATIONS);
    assert!(
        rejected > MUTATIONS / 2,
        "most mutations must be caught: {rejected}"
    );
}

#[test]
fn structural_mutations_of_a_split_quote_never_panic() {
    let source = std::fs::read_to_string(repo_path("tests/stories/split-quote.json")).unwrap();
    let (accepted, rejected) = run_structural(&source, 0x6A09_E667_F3BC_C908);
    assert_eq!(accepted + rejected, MUTATIONS);
    assert!(
        rejected > MUTATIONS / 2,
        "most mutations must be caught: {rejected}"
    );
}

#[test]
fn byte_mutations_never_panic() {
    let source = std::fs::read_to_string(repo_path("tests/stories/minimal.json")).unwrap();
    let mut rng = Rng(0x2545_F491_4F6C_DD1D);
    for _ in 0..MUTATIONS {
        let mut bytes = source.clone().into_bytes();
        for _ in 0..=rng.below(4) {
            if bytes.is_empty() {
                break;
            }
            let at = rng.below(bytes.len());
            match rng.below(3) {
                0 => bytes[at] = u8::try_from(rng.below(256)).unwrap(),
                1 => {
                    bytes.remove(at);
                }
                _ => bytes.truncate(at),
            }
        }
        if let Ok(text) = String::from_utf8(bytes)
            && let Ok(data) = load(&text)
        {
            assert_invariants(&data);
        }
    }
}

#[test]
fn renaming_a_referenced_actor_is_always_caught_at_the_reference() {
    let original: Value = serde_json::from_str(BUILTIN_JSON).unwrap();
    let actors = original["actors"].as_array().unwrap().len();
    for index in 0..actors {
        let mut doc = original.clone();
        let old = doc["actors"][index]["id"].as_str().unwrap().to_owned();
        doc["actors"][index]["id"] = json!(format!("{old}-renamed"));
        let referenced = BUILTIN_JSON.matches(&format!("\"{old}\"")).count() > 1;
        match load(&doc.to_string()) {
            Ok(_) => assert!(!referenced, "renaming {old} went unnoticed"),
            Err(report) => assert!(
                report
                    .errors
                    .iter()
                    .all(|e| e.message.contains(&format!("\"{old}\""))),
                "{report}"
            ),
        }
    }
}

#[test]
fn deep_nesting_is_refused_not_overflowed() {
    let deep = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
    assert!(load(&deep).is_err());
    let deep_object = format!(
        "{{\"format\": \"dramatis/1\", \"story\": {}1{}}}",
        "{\"a\":".repeat(5000),
        "}".repeat(5000)
    );
    assert!(load(&deep_object).is_err());
}
