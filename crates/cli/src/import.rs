//! `dramatis-check import`: a dramatis/1 story built from three spreadsheet exports (one row
//! per actor, per statement, per relation) and the article's text, by
//! [`dramatis_core::import`], whose documentation names the columns.
//!
//! ```text
//! dramatis-check import ACTORS.csv STATEMENTS.csv RELATIONS.csv --text ARTICLE.txt [--out STORY.json] [--language TAG]
//! ```

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use dramatis_core::import::{Input, Sheets, import};

const USAGE: &str = "usage: dramatis-check import ACTORS.csv STATEMENTS.csv RELATIONS.csv --text ARTICLE.txt [--out STORY.json] [--language TAG]
Builds a story (format dramatis/1) from spreadsheet exports, one row per actor, statement and
relation (CSV, UTF-8, comma, semicolon or tab; the README names the columns), and the
article's plain text (title line, blank line, paragraphs). Writes it to STORY.json, or to
standard output; every problem goes to standard error with its file, row and column.";

/// What the command line asked for.
struct Request {
    sheets: Vec<PathBuf>,
    text: PathBuf,
    out: Option<PathBuf>,
    language: Option<String>,
}

fn parse(args: &[String]) -> Option<Request> {
    let mut sheets = Vec::new();
    let (mut text, mut out, mut language) = (None, None, None);
    let mut args = args.iter();
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--text" => text = Some(args.next()?.into()),
            "--out" => out = Some(args.next()?.into()),
            "--language" => language = Some(args.next()?.clone()),
            flag if flag.starts_with('-') => return None,
            file => sheets.push(file.into()),
        }
    }
    (sheets.len() == 3).then_some(Request {
        sheets,
        text: text?,
        out,
        language,
    })
}

/// The file's name as the report gives it: as typed on the command line.
fn shown(path: &Path) -> String {
    path.display().to_string()
}

/// Imports the sheets `args` name; exit status 1 when they have problems, 2 when a file
/// cannot be read or written or the command line is wrong.
pub fn run(args: &[String]) -> ExitCode {
    let Some(request) = parse(args) else {
        eprintln!("{USAGE}");
        return ExitCode::from(2);
    };
    let paths = [
        &request.sheets[0],
        &request.sheets[1],
        &request.sheets[2],
        &request.text,
    ];
    let mut contents = Vec::with_capacity(4);
    for path in paths {
        match std::fs::read(path) {
            Ok(bytes) => contents.push(bytes),
            Err(error) => {
                eprintln!("{}: cannot read: {error}", shown(path));
                return ExitCode::from(2);
            }
        }
    }
    let names = paths.map(|p| shown(p));
    let input = |k: usize| Input {
        name: &names[k],
        bytes: &contents[k],
    };
    let sheets = Sheets {
        actors: input(0),
        statements: input(1),
        relations: input(2),
        article: input(3),
        language: request.language.as_deref(),
    };
    let imported = match import(&sheets) {
        Ok(imported) => imported,
        Err(problems) => {
            eprint!("{problems}");
            eprintln!("no story written");
            return ExitCode::FAILURE;
        }
    };
    let data = &imported.dataset;
    let summary = format!(
        "{} actors, {} statements, {} relations",
        data.actors.len(),
        data.quotes.len(),
        data.relations.len()
    );
    let Some(out) = &request.out else {
        println!("{}", imported.json);
        eprintln!("imported {summary}");
        return ExitCode::SUCCESS;
    };
    if let Err(error) = std::fs::write(out, format!("{}\n", imported.json)) {
        eprintln!("{}: cannot write: {error}", out.display());
        return ExitCode::from(2);
    }
    eprintln!("{}: written ({summary})", out.display());
    ExitCode::SUCCESS
}
