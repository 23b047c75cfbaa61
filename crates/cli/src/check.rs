//! `dramatis-check [check] FILE...`: checks each dataset and prints every problem with its
//! line and JSON path.

use std::process::ExitCode;

use dramatis_core::domain::{Report, load};

/// Checks `files`; exit status 0 when all are valid, 1 when one has problems, 2 when one
/// cannot be read or none was given.
pub fn run(files: &[String]) -> ExitCode {
    if files.is_empty() || files.iter().any(|f| f == "--help" || f == "-h") {
        eprintln!("usage: dramatis-check STORY.json [MORE.json ...]");
        eprintln!("Checks Dramatis datasets (format dramatis/1) against their own story text.");
        return ExitCode::from(2);
    }
    let mut status = ExitCode::SUCCESS;
    for file in files {
        let bytes = match std::fs::read(file) {
            Ok(bytes) => bytes,
            Err(error) => {
                eprintln!("{file}: cannot read: {error}");
                return ExitCode::from(2);
            }
        };
        let text = match String::from_utf8(bytes) {
            Ok(text) => text,
            Err(error) => {
                let at = error.utf8_error().valid_up_to();
                println!("{file}: 1 problem");
                println!("{file}: the file is not UTF-8 text: invalid bytes at byte {at}");
                status = ExitCode::FAILURE;
                continue;
            }
        };
        match load(&text) {
            Ok(data) => println!(
                "{file}: ok ({} actors, {} events, {} statements, {} relations)",
                data.actors.len(),
                data.events.len(),
                data.quotes.len(),
                data.relations.len()
            ),
            Err(report) => {
                status = ExitCode::FAILURE;
                print_report(file, &report);
            }
        }
    }
    status
}

/// Prints the checker's `report` on `file`: how many problems, then each with its line and
/// JSON path.
pub fn print_report(file: &str, report: &Report) {
    let count = report.errors.len();
    println!(
        "{file}: {count} problem{}",
        if count == 1 { "" } else { "s" }
    );
    for error in &report.errors {
        let line = error.line.map(|l| format!(":{l}")).unwrap_or_default();
        let path = if error.path.is_empty() {
            String::new()
        } else {
            format!(" {}:", error.path)
        };
        println!("{file}{line}:{path} {}", error.message);
    }
}
