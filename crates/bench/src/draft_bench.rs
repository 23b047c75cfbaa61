//! Times the draft extractor on a news article of about 2,000 words (the test articles, one
//! after another, until 2,000 words), natively: `cargo run --release -p dramatis-bench --bin
//! draft_bench [RUNS]` prints the median and 95th percentile. In the browser
//! (`scripts/draft-bench.mjs`), `draft_prepare()` builds the same article and `draft_run()`
//! drafts it.

/// A news-style article of about 2,000 words, from the test articles in English.
fn article() -> String {
    const PARTS: [&str; 4] = [
        include_str!("../../../tests/articles/en-strike.txt"),
        include_str!("../../../tests/articles/en-fish.txt"),
        include_str!("../../../tests/articles/en-court.txt"),
        include_str!("../../../tests/articles/en-flood.txt"),
    ];
    // The second time round the names change, so that every passage stays unique (a
    // selector cannot tell two copies of the same paragraph apart).
    const RENAMED: [(&str, &str); 14] = [
        ("Ostrander", "Lindqvist"),
        ("Mara", "Nora"),
        ("Hewitt", "Marsh"),
        ("Daniel", "Peter"),
        ("Calloway", "Brennan"),
        ("Baines", "Fowler"),
        ("Solberg-Aas", "Haugen"),
        ("Halldorsdottir", "Jonsdottir"),
        ("Vogt", "Keller"),
        ("Frost", "Hale"),
        ("Reyes", "Ortega"),
        ("Nandakumar", "Raman"),
        ("Okafor", "Adeyemi"),
        ("Kell", "Moss"),
    ];
    let mut text = String::from("A Long Day of News\n\n");
    let mut words = 0;
    for round in 0.. {
        for part in PARTS {
            for paragraph in part.split("\n\n").skip(1) {
                let mut paragraph = paragraph.trim().to_owned();
                if round % 2 == 1 {
                    for (from, to) in RENAMED {
                        paragraph = paragraph.replace(from, to);
                    }
                }
                text.push_str(&paragraph);
                text.push_str("\n\n");
                words += paragraph.split_whitespace().count();
                if words >= 2000 {
                    return text;
                }
            }
        }
    }
    text
}

/// Drafts the article; returns how many statements came out (so the work is not optimised
/// away).
fn run(text: &str) -> usize {
    dramatis_core::draft::draft(text).map_or(0, |d| d.statements.len())
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    use std::time::Instant;
    let runs: usize = std::env::args()
        .nth(1)
        .and_then(|n| n.parse().ok())
        .unwrap_or(200);
    let text = article();
    let mut times: Vec<f64> = (0..runs.max(1))
        .map(|_| {
            let start = Instant::now();
            std::hint::black_box(run(&text));
            start.elapsed().as_secs_f64() * 1000.0
        })
        .collect();
    times.sort_by(f64::total_cmp);
    let p95 = times[(times.len() * 95 / 100).min(times.len() - 1)];
    println!(
        "draft of a {}-word article ({} statements): median {:.2} ms, p95 {:.2} ms over {} runs (native)",
        text.split_whitespace().count(),
        run(&text),
        times[times.len() / 2],
        p95,
        times.len()
    );
}

#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(target_arch = "wasm32")]
mod web {
    use std::cell::RefCell;

    use wasm_bindgen::prelude::wasm_bindgen;

    thread_local! {
        static ARTICLE: RefCell<String> = const { RefCell::new(String::new()) };
    }

    /// Builds the article; returns its word count.
    #[wasm_bindgen]
    pub fn draft_prepare() -> usize {
        let text = super::article();
        let words = text.split_whitespace().count();
        ARTICLE.with(|a| *a.borrow_mut() = text);
        words
    }

    /// Drafts the prepared article; returns the number of statements.
    #[wasm_bindgen]
    pub fn draft_run() -> usize {
        ARTICLE.with(|a| super::run(&a.borrow()))
    }
}
