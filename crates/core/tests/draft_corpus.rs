//! The draft extractor on the test articles (`tests/articles/`, written for this project with
//! hand-made gold annotations): precision of drafted statements, recall of direct speech and
//! speaker accuracy, per article and in total, for the tuning articles, the first held-out
//! set and the two clean held-out sets apart; the targets hold over the whole corpus. Run
//! with `-- --nocapture` to see the table.
#![cfg(not(target_arch = "wasm32"))]

mod common;
use common::repo_path;

use dramatis_core::domain::{QuoteKind, load};
use dramatis_core::draft::draft;
use serde_json::Value;

/// The first articles kept out of tuning; two fixes came from their misses, so they are no
/// longer a clean measure (see `tests/articles/README.md`).
const HELD_OUT: [&str; 4] = ["en-flood", "de-wahl", "fr-sommet", "ru-zavod"];
/// Articles written after the extractor, their gold committed before it ever read them.
const CLEAN: [&str; 4] = ["en-bridge", "nl-leraren", "de-klinik", "uk-teplo"];
/// The second clean set ("clean, 2026-12-02"), written the same way, gold first.
const CLEAN_2026_12_02: [&str; 5] = [
    "en-harbour",
    "en-vaccine",
    "de-bahn",
    "fr-ecole",
    "es-sequia",
];

/// The targets.
const PRECISION: f64 = 0.85;
const DIRECT_RECALL: f64 = 0.85;
const SPEAKER: f64 = 0.86;

struct Gold {
    speaker: String,
    kind: QuoteKind,
    spans: Vec<(usize, usize)>,
}

/// Names compare without case and without a leading article.
fn bare(name: &str) -> String {
    let lower = name.trim().to_lowercase();
    for article in ["the ", "die ", "der ", "la ", "le ", "el ", "het ", "de "] {
        if let Some(rest) = lower.strip_prefix(article) {
            return rest.to_owned();
        }
    }
    lower
}

fn gold(text: &str, doc: &Value) -> (Vec<Gold>, Vec<(String, Vec<String>)>) {
    let speakers: Vec<(String, Vec<String>)> = doc["speakers"]
        .as_object()
        .unwrap()
        .iter()
        .map(|(name, aliases)| {
            let mut names = vec![bare(name)];
            names.extend(
                aliases
                    .as_array()
                    .unwrap()
                    .iter()
                    .map(|a| bare(a.as_str().unwrap())),
            );
            (name.clone(), names)
        })
        .collect();
    let statements = doc["statements"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| {
            let texts: Vec<&str> = match &s["text"] {
                Value::String(one) => vec![one.as_str()],
                Value::Array(many) => many.iter().map(|v| v.as_str().unwrap()).collect(),
                other => panic!("gold text {other}"),
            };
            let spans = texts
                .iter()
                .map(|t| {
                    let at = text
                        .find(t)
                        .unwrap_or_else(|| panic!("gold text not in article: {t}"));
                    assert_eq!(text.matches(t).count(), 1, "gold text twice: {t}");
                    (at, at + t.len())
                })
                .collect();
            Gold {
                speaker: s["speaker"].as_str().unwrap().to_owned(),
                kind: if s["kind"] == "verbatim" {
                    QuoteKind::Verbatim
                } else {
                    QuoteKind::Paraphrase
                },
                spans,
            }
        })
        .collect();
    (statements, speakers)
}

/// Two statements match when their passages (first segment's start to last one's end)
/// overlap by at least half of the shorter and a quarter of the longer.
fn overlap(a: (usize, usize), b: (usize, usize)) -> bool {
    let common = a.1.min(b.1).saturating_sub(a.0.max(b.0));
    let (la, lb) = (a.1 - a.0, b.1 - b.0);
    common * 2 >= la.min(lb) && common * 4 >= la.max(lb) && common > 0
}

#[derive(Default, Clone, Copy)]
struct Score {
    drafted: usize,
    matched: usize,
    direct: usize,
    direct_found: usize,
    speaker_right: usize,
    reported_as_verbatim: usize,
    gold: usize,
}

impl Score {
    fn add(&mut self, o: Score) {
        self.drafted += o.drafted;
        self.matched += o.matched;
        self.direct += o.direct;
        self.direct_found += o.direct_found;
        self.speaker_right += o.speaker_right;
        self.reported_as_verbatim += o.reported_as_verbatim;
        self.gold += o.gold;
    }

    fn ratio(a: usize, b: usize) -> f64 {
        if b == 0 { 1.0 } else { a as f64 / b as f64 }
    }

    fn line(&self, name: &str) -> String {
        format!(
            "{name:<13} drafted {:>3}  gold {:>3}  precision {:>5.1}%  direct recall {:>5.1}% ({}/{})  speaker {:>5.1}% ({}/{})  reported as verbatim {}",
            self.drafted,
            self.gold,
            100.0 * Self::ratio(self.matched, self.drafted),
            100.0 * Self::ratio(self.direct_found, self.direct),
            self.direct_found,
            self.direct,
            100.0 * Self::ratio(self.speaker_right, self.matched),
            self.speaker_right,
            self.matched,
            self.reported_as_verbatim,
        )
    }
}

fn score(name: &str) -> Score {
    let article =
        std::fs::read_to_string(repo_path(&format!("tests/articles/{name}.txt"))).unwrap();
    let doc: Value = serde_json::from_str(
        &std::fs::read_to_string(repo_path(&format!("tests/articles/{name}.gold.json"))).unwrap(),
    )
    .unwrap();
    let draft = draft(&article).unwrap();
    load(&draft.to_json())
        .unwrap_or_else(|report| panic!("{name}: the draft fails the checker:\n{report}"));
    let (gold, speakers) = gold(&draft.text, &doc);
    let mut score = Score {
        drafted: draft.statements.len(),
        gold: gold.len(),
        ..Score::default()
    };
    score.direct = gold
        .iter()
        .filter(|g| g.kind == QuoteKind::Verbatim)
        .count();
    let mut taken = vec![false; gold.len()];
    for statement in &draft.statements {
        let passage = (
            statement.segments[0].span.start,
            statement.segments[statement.segments.len() - 1].span.end,
        );
        let best = gold
            .iter()
            .enumerate()
            .filter(|(g, _)| !taken[*g])
            .find(|(_, g)| overlap(passage, (g.spans[0].0, g.spans[g.spans.len() - 1].1)));
        let Some((g, gold)) = best else {
            eprintln!(
                "  {name}: not in the gold: {:?}",
                &draft.text[passage.0..passage.1]
            );
            continue;
        };
        taken[g] = true;
        score.matched += 1;
        if gold.kind == QuoteKind::Verbatim {
            score.direct_found += 1;
        }
        if gold.kind == QuoteKind::Paraphrase && statement.kind == QuoteKind::Verbatim {
            score.reported_as_verbatim += 1;
        }
        let actor = &draft.actors[statement.speaker];
        let names: Vec<String> = std::iter::once(&actor.name)
            .chain(&actor.aliases)
            .map(|n| bare(n))
            .collect();
        let right = speakers
            .iter()
            .find(|(key, _)| *key == gold.speaker)
            .is_some_and(|(_, gold_names)| names.iter().any(|n| gold_names.contains(n)));
        if right {
            score.speaker_right += 1;
        } else {
            eprintln!(
                "  {name}: wrong speaker {:?} for {:?} (gold {})",
                actor.name,
                &draft.text[passage.0..passage.1],
                gold.speaker
            );
        }
    }
    for (g, gold) in gold.iter().enumerate() {
        if !taken[g] {
            eprintln!(
                "  {name}: missed {:?} {:?}",
                gold.kind,
                &draft.text[gold.spans[0].0..gold.spans[gold.spans.len() - 1].1]
            );
        }
    }
    score
}

#[test]
fn the_draft_meets_the_targets_on_the_test_articles() {
    let mut names: Vec<String> = std::fs::read_dir(repo_path("tests/articles"))
        .unwrap()
        .filter_map(|e| {
            let name = e.unwrap().file_name().into_string().unwrap();
            name.strip_suffix(".gold.json").map(str::to_owned)
        })
        .collect();
    names.sort();
    assert!(names.len() >= 21, "{names:?}");
    assert!(
        CLEAN
            .iter()
            .chain(&CLEAN_2026_12_02)
            .chain(&HELD_OUT)
            .all(|n| names.iter().any(|m| m == n))
    );
    let (mut tuning, mut held, mut clean, mut clean2, mut total) = (
        Score::default(),
        Score::default(),
        Score::default(),
        Score::default(),
        Score::default(),
    );
    let mut lines = Vec::new();
    for name in &names {
        let s = score(name);
        let (group, mark) = if CLEAN.contains(&name.as_str()) {
            (&mut clean, "**")
        } else if CLEAN_2026_12_02.contains(&name.as_str()) {
            (&mut clean2, "**")
        } else if HELD_OUT.contains(&name.as_str()) {
            (&mut held, "*")
        } else {
            (&mut tuning, "")
        };
        lines.push(s.line(&format!("{name}{mark}")));
        group.add(s);
        total.add(s);
    }
    println!("{}", lines.join("\n"));
    println!("{}", tuning.line("tuning"));
    println!("{}", held.line("held out*"));
    println!("{}", clean.line("clean**"));
    println!("{}", clean2.line("clean, 2026-12-02**"));
    println!("{}", total.line("total"));
    assert_eq!(
        total.reported_as_verbatim, 0,
        "reported speech marked verbatim"
    );
    assert!(
        Score::ratio(total.matched, total.drafted) >= PRECISION,
        "precision {}",
        total.line("total")
    );
    assert!(
        Score::ratio(total.direct_found, total.direct) >= DIRECT_RECALL,
        "direct recall {}",
        total.line("total")
    );
    assert!(
        Score::ratio(total.speaker_right, total.matched) >= SPEAKER,
        "speaker {}",
        total.line("total")
    );
}
