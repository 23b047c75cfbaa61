//! The draft extractor on bad input: any text up to 1 MB gives a draft that passes the
//! checker, or a clear error; never a panic. Bounded by size, deterministic, and linear
//! enough that every case here drafts the full megabyte even in the debug build the test
//! command runs.
#![cfg(not(target_arch = "wasm32"))]

use std::time::{Duration, Instant};

use dramatis_core::domain::load;
use dramatis_core::draft::{DraftError, MAX_ARTICLE_BYTES, draft};

/// The slowest a megabyte may draft (and check) before a test calls it a regression. A
/// quadratic path takes minutes on a megabyte; the measured times are far below (release:
/// see the README's budgets), so a loaded machine or a debug build does not trip it.
const SLOWEST: Duration = Duration::from_secs(if cfg!(debug_assertions) { 60 } else { 5 });

/// Drafts `article` and checks the contract: a valid story, or an error that says why.
/// Returns how many statements came out.
fn holds(name: &str, article: &str) -> usize {
    let start = Instant::now();
    let statements = match draft(article) {
        Ok(d) => {
            if let Err(report) = load(&d.to_json()) {
                panic!("{name}: the draft fails the checker:\n{report}");
            }
            d.statements.len()
        }
        Err(error) => {
            assert!(!error.to_string().is_empty());
            0
        }
    };
    let took = start.elapsed();
    println!(
        "{name}: {} bytes, {statements} statements, drafted and checked in {:.0} ms",
        article.len(),
        took.as_secs_f64() * 1000.0
    );
    assert!(
        took < SLOWEST,
        "{name}: {took:?} for {} bytes",
        article.len()
    );
    statements
}

/// `unit` repeated to just under `bytes`.
fn repeat_to(unit: &str, bytes: usize) -> String {
    unit.repeat(bytes / unit.len())
}

/// A small deterministic generator (xorshift64).
struct Dice(u64);

impl Dice {
    fn roll(&mut self, n: usize) -> usize {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        (self.0 % n as u64) as usize
    }

    fn pick<'a>(&mut self, words: &[&'a str]) -> &'a str {
        words[self.roll(words.len())]
    }
}

const WORDS: [&str; 48] = [
    "talks", "prices", "workers", "harbour", "grain", "the", "new", "rules", "will", "not", "hold",
    "until", "spring", "and", "every", "family", "pays", "more", "for", "water", "a", "deal",
    "was", "close", "but", "nobody", "signed", "it", "schools", "stay", "open", "late", "trains",
    "run", "less", "often", "since", "march", "budget", "cuts", "hurt", "farmers", "most", "of",
    "all", "we", "need", "time",
];
const FIRST: [&str; 12] = [
    "Ana", "Jonas", "Mara", "Pieter", "Olena", "Daniel", "Awa", "Ingrid", "Tomas", "Leila", "Kofi",
    "Sofia",
];
const SYLLABLES: [&str; 16] = [
    "ber", "lin", "do", "ka", "mar", "sen", "tov", "ric", "hal", "ost", "vik", "nel", "ran", "gu",
    "pel", "zor",
];
const TITLES: [&str; 6] = [
    "Minister",
    "Mayor",
    "union leader",
    "spokeswoman",
    "Judge",
    "chief executive",
];
const CAPITALS: [(&str, &str); 5] = [
    ("Moscow", "Ukraine"),
    ("Kyiv", "Russia"),
    ("Berlin", "France"),
    ("Oslo", "Iceland"),
    ("Brussels", "Hungary"),
];

/// `n` to `n + 6` random words.
fn clause(dice: &mut Dice, n: usize) -> String {
    let count = n + dice.roll(7);
    (0..count)
        .map(|_| dice.pick(&WORDS))
        .collect::<Vec<_>>()
        .join(" ")
}

fn capitalised(words: &str) -> String {
    let mut chars = words.chars();
    chars.next().map_or_else(String::new, |c| {
        c.to_uppercase().chain(chars).collect::<String>()
    })
}

/// About `bytes` of news-style English: quotations plain, split and continued, reports,
/// "according to", capitals for governments, pronouns and role nouns, ever-new names (16³
/// last names), so that almost every passage is unique and the cast grows to thousands.
fn varied_news(bytes: usize, paragraph_break: &str) -> String {
    let mut dice = Dice(0x9E37_79B9_7F4A_7C15);
    let mut text = String::from("A Day of Varied News");
    while text.len() < bytes - 400 {
        let first = dice.pick(&FIRST);
        let last = capitalised(&format!(
            "{}{}{}",
            dice.pick(&SYLLABLES),
            dice.pick(&SYLLABLES),
            dice.pick(&SYLLABLES)
        ));
        let title = dice.pick(&TITLES);
        let (capital, country) = CAPITALS[dice.roll(CAPITALS.len())];
        let c = |dice: &mut Dice| clause(dice, 4);
        let paragraph = match dice.roll(7) {
            0 => format!(
                "“{},” said {title} {first} {last}. “{}.”",
                capitalised(&c(&mut dice)),
                capitalised(&c(&mut dice))
            ),
            1 => format!(
                "“{},” {first} {last} said, “{}.” She said that {}.",
                capitalised(&c(&mut dice)),
                c(&mut dice),
                c(&mut dice)
            ),
            2 => format!(
                "{first} {last}, the union’s {title}, said that {}. The {title} added that {}.",
                c(&mut dice),
                c(&mut dice)
            ),
            3 => format!(
                "According to the harbour authority, {}. {last} told reporters that {}.",
                c(&mut dice),
                c(&mut dice)
            ),
            4 => format!("{capital} accused {country} of {}.", c(&mut dice)),
            5 => format!(
                "{title} {first} {last} warned that the “{}” would {}.",
                c(&mut dice),
                c(&mut dice)
            ),
            _ => format!(
                "{}. {}.",
                capitalised(&c(&mut dice)),
                capitalised(&c(&mut dice))
            ),
        };
        text.push_str(paragraph_break);
        text.push_str(&paragraph);
    }
    text
}

#[test]
fn a_megabyte_of_varied_news_drafts_thousands_of_statements() {
    let news = varied_news(MAX_ARTICLE_BYTES, "\n\n");
    assert!(news.len() <= MAX_ARTICLE_BYTES);
    let statements = holds("varied news, 1 MB", &news);
    assert!(statements > 1000, "{statements}");
    // The same as one line of 1 MB, and with no quotation marks at all.
    holds(
        "varied news, one line",
        &varied_news(MAX_ARTICLE_BYTES, " "),
    );
    let unmarked: String = news.chars().filter(|c| !matches!(c, '“' | '”')).collect();
    holds("varied news, no marks", &unmarked);
}

#[test]
fn a_megabyte_in_several_scripts() {
    for (name, unit) in [
        (
            "English",
            "Title\n\n“We will go on,” said Minister Ana Lima. She said that the talks “failed”. ",
        ),
        (
            "Russian",
            "Заголовок\n\n«Мы продолжим», — заявил министр Иван Петров. По его словам, всё хорошо. ",
        ),
        // No sentence ends for the splitter: one sentence of 1 MB, 25,000 quotations.
        ("Chinese", "标题\n\n“我们会继续，”部长说。他说会谈失败了。"),
        (
            "Arabic",
            "عنوان\n\n«سنواصل»، قال الوزير. وقال إن المحادثات فشلت. ",
        ),
    ] {
        holds(name, &repeat_to(unit, MAX_ARTICLE_BYTES));
    }
}

#[test]
fn one_megabyte_line_and_one_megabyte_sentence() {
    holds(
        "one line of sentences",
        &repeat_to(
            "Minister Ana Lima said the talks were “difficult but honest”. ",
            MAX_ARTICLE_BYTES - 64,
        ),
    );
    // No full stop anywhere: every verb looks back over the whole sentence for a subject.
    holds(
        "one sentence of clauses",
        &repeat_to("Ana Lima said the talks, ", MAX_ARTICLE_BYTES),
    );
    holds(
        "one sentence of verbs",
        &repeat_to("said ", MAX_ARTICLE_BYTES),
    );
    holds(
        "one sentence of names",
        &repeat_to("Ana Lima Jonas Berg ", MAX_ARTICLE_BYTES),
    );
    holds(
        "quotation marks only",
        &repeat_to("“” «» „“ ", MAX_ARTICLE_BYTES),
    );
}

#[test]
fn no_marks_unbalanced_marks_markup_and_controls() {
    holds(
        "no marks",
        "A title\n\nNobody says anything here at all. Plain text only.",
    );
    holds(
        "unbalanced",
        "T\n\n“Open and never closed, said X. «Also open. „And this. ” » « “",
    );
    holds(
        "reversed",
        "T\n\n”Closed first,“ he said. »« ‘’ ‚ ' \" \"\" said said said, said: “",
    );
    holds(
        "markup",
        "<h1>Title</h1>\n\n<p>“Markup,” said <b>Dr. Who</b>.</p><script>alert(1)</script>",
    );
    holds(
        "controls",
        "T\u{0}\u{7}\n\n\u{202E}“Bidi,” said\u{200F} Ana\u{1b}[31m Lima.\r\n\u{feff}",
    );
    holds("only verbs", "said\n\nsaid, said “said” said.");
    holds("titles only", &"T\n\n".repeat(10_000));
    let news = varied_news(MAX_ARTICLE_BYTES / 2, "\n\n");
    let markup = news
        .replace("\n\n", "</p>\n\n<p class=\"x\">")
        .replace("said", "<b>said</b>");
    holds(
        "varied news in markup",
        &markup[..markup.floor_char_boundary(MAX_ARTICLE_BYTES)],
    );
    let controls: String = news
        .chars()
        .map(|c| if c == 'a' { '\u{7}' } else { c })
        .collect();
    holds("varied news with controls", &controls);
}

#[test]
fn empty_and_too_large() {
    assert_eq!(draft("").unwrap_err(), DraftError::Empty);
    assert_eq!(draft("\n\n \t \n").unwrap_err(), DraftError::Empty);
    assert!(matches!(
        draft(&"x".repeat(MAX_ARTICLE_BYTES + 1)),
        Err(DraftError::TooLarge(_))
    ));
}

#[test]
fn seeded_mutations_of_the_test_articles_never_panic() {
    let mut dice = Dice(0x9E37_79B9_7F4A_7C15);
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../../tests/articles");
    let mut articles: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .filter_map(|e| {
            let path = e.unwrap().path();
            (path.extension()? == "txt").then(|| std::fs::read_to_string(path).unwrap())
        })
        .collect();
    articles.sort();
    let marks = ['“', '”', '„', '«', '»', '‘', '’', '"', ',', '\n', ' ', '—'];
    for article in &articles {
        for _ in 0..40 {
            let mut chars: Vec<char> = article.chars().collect();
            for _ in 0..6 {
                let at = dice.roll(chars.len());
                match dice.roll(3) {
                    0 => chars[at] = marks[dice.roll(marks.len())],
                    1 => {
                        chars.remove(at);
                    }
                    _ => chars.insert(at, marks[dice.roll(marks.len())]),
                }
            }
            let mutated: String = chars.into_iter().collect();
            if let Ok(d) = draft(&mutated) {
                load(&d.to_json()).unwrap_or_else(|report| panic!("{report}"));
            }
        }
    }
}
