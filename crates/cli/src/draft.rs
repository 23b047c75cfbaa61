//! `dramatis-check draft ARTICLE.txt`: prints a draft dramatis/1 story of the article on
//! standard output, every item marked as a draft; problems go to standard error.

use std::process::ExitCode;

/// Drafts the one article in `args`; exit status 2 when it cannot be read or drafted.
pub fn run(args: &[String]) -> ExitCode {
    let [file] = args else {
        eprintln!("usage: dramatis-check draft ARTICLE.txt");
        eprintln!(
            "Prints a draft story (format dramatis/1) of the article: title line, blank line, paragraphs."
        );
        return ExitCode::from(2);
    };
    let bytes = match std::fs::read(file) {
        Ok(bytes) => bytes,
        Err(error) => {
            eprintln!("{file}: cannot read: {error}");
            return ExitCode::from(2);
        }
    };
    let Ok(text) = String::from_utf8(bytes) else {
        eprintln!("{file}: the file is not UTF-8 text");
        return ExitCode::from(2);
    };
    match dramatis_core::draft::draft(&text) {
        Ok(draft) => {
            println!("{}", draft.to_json());
            eprintln!(
                "{file}: drafted {} actors and {} statements; every item is marked \"draft\" for an editor to confirm",
                draft.actors.len(),
                draft.statements.len()
            );
            ExitCode::SUCCESS
        }
        Err(error) => {
            eprintln!("{file}: {error}");
            ExitCode::from(2)
        }
    }
}
