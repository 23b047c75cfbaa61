//! The draft of the built-in article (`data/article.txt`, as published: title twice, page
//! furniture at the end) against the hand-made dataset `data/story.json`: all four quoted
//! passages as speech with the dataset's speakers, Cavusoglu's two sentences one statement,
//! “hysteria” inside Moscow's reported statement attributed as the dataset does, at least 8
//! of its 11 reported statements with the right speaker, none of them verbatim.
#![cfg(not(target_arch = "wasm32"))]

mod common;
use common::repo_path;

use dramatis_core::domain::{Dataset, QuoteKind, load};
use dramatis_core::draft::{Draft, DraftStatement, draft};

fn both() -> (Draft, Dataset) {
    let article = std::fs::read_to_string(repo_path("data/article.txt")).unwrap();
    let story = std::fs::read_to_string(repo_path("data/story.json")).unwrap();
    (draft(&article).unwrap(), load(&story).unwrap())
}

/// The drafted statement whose passage overlaps the span most, if any.
fn overlapping(draft: &Draft, start: usize, end: usize) -> Option<&DraftStatement> {
    draft
        .statements
        .iter()
        .map(|s| {
            let (a, b) = (
                s.segments[0].span.start,
                s.segments[s.segments.len() - 1].span.end,
            );
            (b.min(end).saturating_sub(a.max(start)), s)
        })
        .filter(|(common, _)| *common > 0)
        .max_by_key(|(common, _)| *common)
        .map(|(_, s)| s)
}

/// Whether the drafted speaker is the dataset's: one of its names is the actor's name or alias.
fn same_speaker(draft: &Draft, statement: &DraftStatement, data: &Dataset, speaker: &str) -> bool {
    let ours = &draft.actors[statement.speaker];
    let theirs = data.actor(data.actor_by_key(speaker).unwrap());
    let names = |name: &String, aliases: &[String]| -> Vec<String> {
        std::iter::once(name)
            .chain(aliases)
            .map(|n| n.to_lowercase())
            .collect()
    };
    let ours = names(&ours.name, &ours.aliases);
    names(&theirs.name, &theirs.aliases)
        .iter()
        .any(|n| ours.contains(n))
}

#[test]
fn the_story_text_is_the_datasets() {
    let (draft, data) = both();
    assert_eq!(draft.text, data.story.text);
    assert_eq!(draft.title, data.story.title);
    load(&draft.to_json()).unwrap_or_else(|report| panic!("{report}"));
}

#[test]
fn the_four_quoted_passages_are_speech_by_the_datasets_speakers() {
    let (draft, data) = both();
    // Three verbatim statements, and “hysteria” inside the Moscow report.
    for quote in data.quotes.iter().filter(|q| q.kind == QuoteKind::Verbatim) {
        let words = quote.segments[0].text.as_str();
        let at = data.story.text.find(words).unwrap();
        let ours = overlapping(&draft, at, at + words.len())
            .unwrap_or_else(|| panic!("{words:?} was not drafted"));
        assert_eq!(ours.kind, QuoteKind::Verbatim, "{words:?}");
        assert!(
            same_speaker(&draft, ours, &data, &data.actors[quote.speaker.index()].key),
            "{words:?}"
        );
        let text = &draft.text[ours.segments[0].span.range()];
        assert!(
            words.starts_with(text.trim_end_matches(',')) || text.starts_with(words),
            "{text:?}"
        );
    }
    // Cavusoglu's two sentences are one statement.
    let realistic = draft
        .statements
        .iter()
        .find(|s| draft.text[s.segments[0].span.range()].starts_with("We are still hopeful"))
        .unwrap();
    assert!(draft.text[realistic.segments[0].span.range()].ends_with("we are realistic"));
    // “hysteria” stays inside Moscow's reported statement, by the Kremlin as “Moscow”.
    let hysteria = data.story.text.find("“hysteria”").unwrap();
    let moscow = overlapping(&draft, hysteria, hysteria + 1).unwrap();
    assert_eq!(moscow.kind, QuoteKind::Paraphrase);
    assert!(same_speaker(&draft, moscow, &data, "kremlin"));
    assert_eq!(moscow.attributed_as.as_deref(), Some("Moscow"));
    let span = moscow.segments[0].span;
    assert!(span.start < hysteria && hysteria < span.end);
}

#[test]
fn at_least_eight_of_eleven_reports_have_the_right_speaker_and_none_is_verbatim() {
    let (draft, data) = both();
    let mut right = 0;
    let reports: Vec<_> = data
        .quotes
        .iter()
        .filter(|q| q.kind == QuoteKind::Paraphrase)
        .collect();
    assert_eq!(reports.len(), 11);
    for quote in reports {
        let Some(ours) = overlapping(&draft, quote.evidence.start, quote.evidence.end) else {
            println!("missed: {}", data.story.slice(quote.evidence));
            continue;
        };
        assert_eq!(
            ours.kind,
            QuoteKind::Paraphrase,
            "{}",
            data.story.slice(quote.evidence)
        );
        if same_speaker(&draft, ours, &data, &data.actors[quote.speaker.index()].key) {
            right += 1;
        } else {
            println!("wrong speaker: {}", data.story.slice(quote.evidence));
        }
    }
    println!("{right} of 11 reported statements with the right speaker");
    assert!(right >= 8, "{right} of 11");
}
