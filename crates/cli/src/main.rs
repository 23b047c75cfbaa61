//! `dramatis-check`: the editors' command line. `main` only reads the subcommand and hands
//! over; each subcommand is its own module.
//!
//! ```text
//! dramatis-check STORY.json [MORE.json ...]        check datasets (as `check`)
//! dramatis-check check STORY.json [MORE.json ...]  check datasets
//! dramatis-check draft ARTICLE.txt                 draft a story from an article
//! dramatis-check import ACTORS.csv STATEMENTS.csv RELATIONS.csv --text ARTICLE.txt [--out STORY.json]
//!                                                  build a story from spreadsheet exports
//! dramatis-check render STORY.json --out DIR       a static site, rendered ahead of time
//! ```
//!
//! Exit status: 0 when all went well, 1 when a dataset has problems, 2 when a file cannot be
//! read or the command line is wrong.

mod check;
mod draft;
mod import;
mod render;

use std::process::ExitCode;

const USAGE: &str = "usage: dramatis-check [check] STORY.json [MORE.json ...]
       dramatis-check draft ARTICLE.txt
       dramatis-check import ACTORS.csv STATEMENTS.csv RELATIONS.csv --text ARTICLE.txt [--out STORY.json] [--language TAG]
       dramatis-check render STORY.json --out DIR [--widget DIR]
Checks Dramatis datasets (format dramatis/1) against their own story text, drafts a dataset
from an article's plain text (title line, blank line, paragraphs), builds one from spreadsheet
exports (one row per actor, statement and relation) and the article, or writes a static site
for a story with its pages rendered ahead of time.";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.first().map(String::as_str) {
        None | Some("--help" | "-h" | "help") => {
            eprintln!("{USAGE}");
            ExitCode::from(2)
        }
        Some("check") => check::run(&args[1..]),
        Some("draft") => draft::run(&args[1..]),
        Some("import") => import::run(&args[1..]),
        Some("render") => render::run(&args[1..]),
        Some(_) => check::run(&args),
    }
}
