//! `dramatis-check` as editors run it: the built binary, its output and exit codes.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn repo(path: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../..")
        .join(path)
}

fn run(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_dramatis-check"))
        .args(args)
        .output()
        .unwrap()
}

fn temp(name: &str, contents: &[u8]) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("dramatis-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(name);
    std::fs::write(&path, contents).unwrap();
    path
}

#[test]
fn check_with_and_without_the_subcommand() {
    let minimal = repo("tests/stories/minimal.json");
    let minimal = minimal.to_str().unwrap();
    for args in [vec![minimal], vec!["check", minimal]] {
        let out = run(&args);
        assert_eq!(out.status.code(), Some(0), "{out:?}");
        assert!(String::from_utf8_lossy(&out.stdout).contains("ok (3 actors"));
    }
    let broken = repo("tests/broken/dangling-references.json");
    let out = run(&["check", broken.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stdout).contains("did you mean"));
    assert_eq!(run(&["check", "/no/such/file.json"]).status.code(), Some(2));
    assert_eq!(run(&[]).status.code(), Some(2));
    assert_eq!(run(&["check"]).status.code(), Some(2));
}

#[test]
fn a_draft_passes_check_and_marks_every_item() {
    for article in [
        "data/article.txt",
        "tests/articles/fr-greve.txt",
        "tests/articles/uk-mist.txt",
    ] {
        let out = run(&["draft", repo(article).to_str().unwrap()]);
        assert_eq!(out.status.code(), Some(0), "{article}: {out:?}");
        let json = String::from_utf8(out.stdout).unwrap();
        let doc: serde_json::Value = serde_json::from_str(&json).unwrap();
        let quotes = doc["quotes"].as_array().unwrap();
        assert!(!quotes.is_empty(), "{article}");
        for item in quotes.iter().chain(doc["actors"].as_array().unwrap()) {
            assert_eq!(
                item["added"]["draft"],
                serde_json::json!(true),
                "{article}: {item}"
            );
        }
        let saved = temp("draft.json", json.as_bytes());
        let checked = run(&["check", saved.to_str().unwrap()]);
        assert_eq!(
            checked.status.code(),
            Some(0),
            "{article}: {}",
            String::from_utf8_lossy(&checked.stdout)
        );
    }
}

#[test]
fn draft_refuses_bad_input_clearly_and_never_panics() {
    assert_eq!(run(&["draft"]).status.code(), Some(2));
    assert_eq!(run(&["draft", "a.txt", "b.txt"]).status.code(), Some(2));
    let missing = run(&["draft", "/no/such/article.txt"]);
    assert_eq!(missing.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&missing.stderr).contains("cannot read"));
    let empty = run(&["draft", temp("empty.txt", b"\n \n").to_str().unwrap()]);
    assert_eq!(empty.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&empty.stderr).contains("empty"));
    let binary = run(&[
        "draft",
        temp("binary.txt", &[0xFF, 0xFE, 0x00]).to_str().unwrap(),
    ]);
    assert_eq!(binary.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&binary.stderr).contains("not UTF-8"));
    let huge = run(&[
        "draft",
        temp("huge.txt", &vec![b'a'; 2 << 20]).to_str().unwrap(),
    ]);
    assert_eq!(huge.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&huge.stderr).contains("1 MB"));
}

/// A folder laid out like the widget's release build (`dist/`), with a page to render into.
fn widget_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("dramatis-cli-{}-{name}", std::process::id()));
    std::fs::create_dir_all(dir.join("locales")).unwrap();
    let page = "<!doctype html><html lang=en><head><title>Dramatis</title></head><body>\
<div class=dramatis data-dramatis data-shadow=off data-own-page><p>fallback</p></div></body></html>";
    std::fs::write(dir.join("index.html"), page).unwrap();
    std::fs::write(dir.join("dramatis_bg.wasm"), b"\0asm").unwrap();
    std::fs::write(dir.join("locales/de.ftl"), "kicker = x\n").unwrap();
    dir
}

#[test]
fn render_writes_a_site_whose_pages_hold_the_story() {
    let widget = widget_dir("widget");
    let out = widget.with_file_name(format!("dramatis-cli-{}-site", std::process::id()));
    let minimal = repo("tests/stories/minimal.json");
    let args = [
        "render",
        minimal.to_str().unwrap(),
        "--out",
        out.to_str().unwrap(),
        "--widget",
        widget.to_str().unwrap(),
    ];
    let done = run(&args);
    assert_eq!(done.status.code(), Some(0), "{done:?}");
    assert!(String::from_utf8_lossy(&done.stdout).contains("index.html and embed.html rendered"));
    let story = std::fs::read(&minimal).unwrap();
    assert_eq!(std::fs::read(out.join("story.json")).unwrap(), story);
    assert_eq!(
        std::fs::read(out.join("dramatis_bg.wasm")).unwrap(),
        b"\0asm"
    );
    assert_eq!(
        std::fs::read_to_string(out.join("locales/de.ftl")).unwrap(),
        "kicker = x\n"
    );
    let data: serde_json::Value = serde_json::from_slice(&story).unwrap();
    for (page, layout) in [("index.html", "full"), ("embed.html", "compact")] {
        let html = std::fs::read_to_string(out.join(page)).unwrap();
        assert!(
            html.contains(&format!("data-dramatis-prerendered=\"{layout}\"")),
            "{page}"
        );
        assert!(html.contains("data-story=\"story.json\""), "{page}");
        assert!(!html.contains("fallback"), "{page}");
        for quote in data["quotes"].as_array().unwrap() {
            let key = quote["id"].as_str().unwrap();
            assert!(
                html.contains(&format!("data-quote=\"{key}\"")),
                "{page}: {key}"
            );
        }
    }
    // The widget's own folder is left as it was.
    assert!(
        std::fs::read_to_string(widget.join("index.html"))
            .unwrap()
            .contains("fallback")
    );
}

#[test]
fn render_refuses_a_broken_story_a_missing_build_and_a_wrong_command_line() {
    let widget = widget_dir("refuses");
    let out = widget.with_file_name(format!("dramatis-cli-{}-refused", std::process::id()));
    let broken = repo("tests/broken/dangling-references.json");
    let (w, o) = (widget.to_str().unwrap(), out.to_str().unwrap());
    let refused = run(&[
        "render",
        broken.to_str().unwrap(),
        "--out",
        o,
        "--widget",
        w,
    ]);
    assert_eq!(refused.status.code(), Some(1), "{refused:?}");
    assert!(String::from_utf8_lossy(&refused.stdout).contains("did you mean"));
    assert!(String::from_utf8_lossy(&refused.stderr).contains("not rendered"));
    assert!(!out.join("index.html").exists());
    let minimal = repo("tests/stories/minimal.json");
    let no_build = run(&[
        "render",
        minimal.to_str().unwrap(),
        "--out",
        o,
        "--widget",
        "/no/such/dist",
    ]);
    assert_eq!(no_build.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&no_build.stderr).contains("not a release build"));
    for args in [
        vec!["render"],
        vec!["render", "a.json"],
        vec!["render", "--built-in", "--out", o],
        vec!["render", "a.json", "--out"],
    ] {
        let wrong = run(&args);
        assert_eq!(wrong.status.code(), Some(2), "{args:?}");
        assert!(String::from_utf8_lossy(&wrong.stderr).contains("usage: dramatis-check render"));
    }
}

/// The sheets of `case` (a folder of `tests/sheets/`), each from the folder or else from
/// the English ferry story's, then the article, as arguments.
/// `dramatis-check import` of a case's sheets and article (as [`sheets`] names them) into `out`.
fn import(files: &[String], out: &std::path::Path) -> Output {
    run(&[
        "import",
        &files[0],
        &files[1],
        &files[2],
        "--text",
        &files[3],
        "--out",
        out.to_str().unwrap(),
    ])
}

fn sheets(case: &str) -> Vec<String> {
    [
        "actors.csv",
        "statements.csv",
        "relations.csv",
        "article.txt",
    ]
    .iter()
    .map(|name| {
        let own = repo(&format!("tests/sheets/{case}/{name}"));
        let path = if own.exists() {
            own
        } else {
            repo(&format!("tests/sheets/en-ferry/{name}"))
        };
        path.to_str().unwrap().to_owned()
    })
    .collect()
}

#[test]
fn import_writes_a_story_that_passes_check() {
    for case in ["en-ferry", "de-klinik", "es-riego"] {
        let files = sheets(case);
        let out = temp(&format!("{case}.json"), b"");
        let done = import(&files, &out);
        assert_eq!(done.status.code(), Some(0), "{case}: {done:?}");
        assert!(
            String::from_utf8_lossy(&done.stderr).contains("written ("),
            "{case}: {done:?}"
        );
        let checked = run(&["check", out.to_str().unwrap()]);
        assert_eq!(checked.status.code(), Some(0), "{case}: {checked:?}");
        assert!(String::from_utf8_lossy(&checked.stdout).contains("ok ("));
    }
    // Without --out the story goes to standard output.
    let files = sheets("en-ferry");
    let printed = run(&[
        "import", &files[0], &files[1], &files[2], "--text", &files[3],
    ]);
    assert_eq!(printed.status.code(), Some(0), "{printed:?}");
    let doc: serde_json::Value = serde_json::from_slice(&printed.stdout).unwrap();
    assert_eq!(doc["quotes"][1]["speaker"], "okafor");
    assert_eq!(doc["quotes"][1]["kind"], "verbatim");
}

#[test]
fn import_reports_every_problem_with_file_row_and_column_and_writes_nothing() {
    let files = sheets("broken/unknown-actor");
    let out = std::env::temp_dir().join(format!("dramatis-cli-{}-no.json", std::process::id()));
    let refused = import(&files, &out);
    assert_eq!(refused.status.code(), Some(1), "{refused:?}");
    let report = String::from_utf8_lossy(&refused.stderr);
    assert!(report.starts_with("5 problems in the sheets:"), "{report}");
    assert!(
        report.contains(&format!(
            "{}, row 3, column 2 (speaker): unknown actor \"okafur\"",
            files[1]
        )),
        "{report}"
    );
    assert!(report.contains("did you mean \"okafor\"?"), "{report}");
    assert!(report.contains("no story written"), "{report}");
    assert!(refused.stdout.is_empty());
    assert!(!out.exists());
    let missing = run(&[
        "import",
        &files[0],
        &files[1],
        "/no/such/relations.csv",
        "--text",
        &files[3],
    ]);
    assert_eq!(missing.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&missing.stderr).contains("cannot read"));
    for args in [
        vec!["import"],
        vec!["import", &files[0], &files[1], &files[2]],
        vec!["import", &files[0], &files[1], "--text", &files[3]],
        vec!["import", &files[0], &files[1], &files[2], "--text"],
        vec![
            "import", &files[0], &files[1], &files[2], "--txt", &files[3],
        ],
    ] {
        let wrong = run(&args);
        assert_eq!(wrong.status.code(), Some(2), "{args:?}");
        assert!(
            String::from_utf8_lossy(&wrong.stderr).contains("usage: dramatis-check import"),
            "{args:?}"
        );
    }
}
