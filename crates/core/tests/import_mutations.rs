//! Property test of the sheets import: thousands of seeded random mutations of good sheets
//! and their article (stray separators, quotation marks, line breaks, bytes that are not
//! UTF-8, lines lost, repeated or swapped, files cut short) never make it panic, never fail
//! without a problem, and whatever it accepts passes the checker. Bounded by count, and
//! deterministic (a fixed-seed xorshift generator, no crate and no clock).
#![cfg(not(target_arch = "wasm32"))]

mod common;
#[path = "common/rng.rs"]
mod rng;
use common::repo_path;
use rng::Rng;

use dramatis_core::domain::load;
use dramatis_core::import::{Input, Sheets, import};

const MUTATIONS: usize = 1500;
const FILES: [&str; 4] = [
    "actors.csv",
    "statements.csv",
    "relations.csv",
    "article.txt",
];

/// What a mutation may put anywhere.
const STRANGE: [&[u8]; 14] = [
    b",",
    b";",
    b"\t",
    b"\"",
    b"\n",
    b"\r\n",
    b"|",
    b"\xFF",
    b"\xC3",
    b"\xEF\xBB\xBF",
    b"\xE2\x80\xAE",
    b"okafor",
    b"verbatim",
    b"\xe2\x80\x9c",
];

fn mutate(bytes: &mut Vec<u8>, rng: &mut Rng) {
    let at = rng.below(bytes.len() + 1);
    match rng.below(6) {
        0 | 1 => {
            let strange = STRANGE[rng.below(STRANGE.len())];
            bytes.splice(at..at, strange.iter().copied());
        }
        2 => {
            let end = (at + 1 + rng.below(12)).min(bytes.len());
            bytes.drain(at.min(end)..end);
        }
        3 => bytes.truncate(at),
        _ => {
            // Lines repeated or swapped: duplicate ids, rows out of order.
            let mut lines: Vec<Vec<u8>> =
                bytes.split(|&b| b == b'\n').map(<[u8]>::to_vec).collect();
            let (a, b) = (rng.below(lines.len()), rng.below(lines.len()));
            if rng.below(2) == 0 {
                lines.swap(a, b);
            } else {
                let copy = lines[a].clone();
                lines.insert(b, copy);
            }
            *bytes = lines.join(&b'\n');
        }
    }
}

#[test]
fn mutated_sheets_never_panic_and_never_fail_silently() {
    let cases = ["en-ferry", "de-klinik", "es-riego"];
    let originals: Vec<[Vec<u8>; 4]> = cases
        .iter()
        .map(|case| {
            FILES.map(|name| {
                std::fs::read(repo_path(&format!("tests/sheets/{case}/{name}"))).unwrap()
            })
        })
        .collect();
    let mut rng = Rng(0x5EED_0F5E_E7ED);
    let (mut accepted, mut refused) = (0, 0);
    for _ in 0..MUTATIONS {
        let mut files = originals[rng.below(originals.len())].clone();
        for _ in 0..=rng.below(3) {
            let k = rng.below(FILES.len());
            mutate(&mut files[k], &mut rng);
        }
        let input = |k: usize| Input {
            name: FILES[k],
            bytes: &files[k],
        };
        let sheets = Sheets {
            actors: input(0),
            statements: input(1),
            relations: input(2),
            article: input(3),
            language: None,
        };
        match import(&sheets) {
            Ok(imported) => {
                let reloaded = load(&imported.json).unwrap_or_else(|report| panic!("{report}"));
                assert_eq!(reloaded, imported.dataset);
                accepted += 1;
            }
            Err(problems) => {
                assert!(!problems.problems.is_empty());
                for problem in &problems.problems {
                    assert!(FILES.contains(&problem.file.as_str()), "{problem}");
                    assert!(!problem.message.is_empty(), "{problem}");
                }
                refused += 1;
            }
        }
    }
    // Both outcomes are exercised: some mutations are harmless (a space, a swapped row).
    assert!(
        accepted >= 50 && refused >= 500,
        "{accepted} accepted, {refused} refused"
    );
}
