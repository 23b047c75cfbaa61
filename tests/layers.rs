//! The layering rule, enforced by reading the sources: `domain` and `layout` never import
//! browser crates, and every layer imports only the layers beneath it.
#![cfg(not(target_arch = "wasm32"))]

use std::fs;
use std::path::{Path, PathBuf};

const BROWSER_CRATES: [&str; 5] = ["leptos", "web_sys", "wasm_bindgen", "js_sys", "gloo"];

fn rust_files(dir: &Path) -> Vec<PathBuf> {
    let mut found = Vec::new();
    for entry in fs::read_dir(dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display())) {
        let path = entry.unwrap().path();
        if path.is_dir() {
            found.extend(rust_files(&path));
        } else if path.extension().is_some_and(|ext| ext == "rs") {
            found.push(path);
        }
    }
    found
}

/// Lines of code, without comments, so a doc comment may name a crate.
fn code_lines(path: &Path) -> Vec<(usize, String)> {
    fs::read_to_string(path)
        .unwrap()
        .lines()
        .enumerate()
        .filter(|(_, line)| !line.trim_start().starts_with("//"))
        .map(|(n, line)| (n + 1, line.split(" // ").next().unwrap_or("").to_owned()))
        .collect()
}

/// Every use of a forbidden path prefix in a layer, as `file:line: text`.
fn violations(layer: &str, forbidden: &[String]) -> Vec<String> {
    let mut found = Vec::new();
    for file in rust_files(&Path::new("src").join(layer)) {
        for (line, code) in code_lines(&file) {
            if forbidden.iter().any(|f| mentions(&code, f)) {
                found.push(format!("{}:{line}: {}", file.display(), code.trim()));
            }
        }
    }
    found
}

/// Whether `code` uses `name` as a path segment (not as part of a longer identifier).
fn mentions(code: &str, name: &str) -> bool {
    code.match_indices(name).any(|(at, _)| {
        let before = code[..at].chars().next_back();
        let after = code[at + name.len()..].chars().next();
        let ident = |c: Option<char>| c.is_some_and(|c| c.is_alphanumeric() || c == '_');
        !ident(before) && !ident(after) && !code[..at].ends_with('"')
    })
}

#[test]
fn pure_layers_never_import_browser_crates() {
    let browser: Vec<String> = BROWSER_CRATES.iter().map(|c| (*c).to_owned()).collect();
    for layer in ["domain", "layout"] {
        let found = violations(layer, &browser);
        assert!(
            found.is_empty(),
            "{layer} imports a browser crate:\n{}",
            found.join("\n")
        );
    }
}

#[test]
fn layers_import_only_downward() {
    let above =
        |layers: &[&str]| -> Vec<String> { layers.iter().map(|l| format!("crate::{l}")).collect() };
    for (layer, forbidden) in [
        ("domain", above(&["layout", "ui", "embed"])),
        ("layout", above(&["ui", "embed"])),
        ("ui", above(&["embed"])),
    ] {
        let found = violations(layer, &forbidden);
        assert!(
            found.is_empty(),
            "{layer} imports a layer above it:\n{}",
            found.join("\n")
        );
    }
}

#[test]
fn the_rule_detects_what_it_forbids() {
    assert!(mentions("use leptos::prelude::*;", "leptos"));
    assert!(mentions("    web_sys::window()", "web_sys"));
    assert!(mentions("use crate::ui::App;", "crate::ui"));
    assert!(!mentions("let leptosish = 1;", "leptos"));
    assert!(!mentions("use crate::uix;", "crate::ui"));
}
