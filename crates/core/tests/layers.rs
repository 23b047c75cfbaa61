//! The layering of the workspace, read from Cargo's own dependency graph (`cargo metadata`):
//! the core never depends on a browser crate, and each crate depends only on the workspace
//! crates below it. Cargo then enforces the layers at every build: a `use` across them does
//! not compile.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::{BTreeMap, BTreeSet};
use std::process::Command;

use serde_json::Value;

/// Crates that need a browser (or a DOM shim) and may not be below the widget.
const BROWSER_CRATES: [&str; 5] = ["leptos", "web-sys", "wasm-bindgen", "js-sys", "gloo"];

/// For every workspace crate, the workspace crates it may depend on (normal dependencies).
const ALLOWED: [(&str, &[&str]); 7] = [
    ("dramatis-i18n", &[]),
    ("dramatis-core", &["dramatis-i18n"]),
    ("dramatis-widget", &["dramatis-core", "dramatis-i18n"]),
    (
        "dramatis-render",
        &["dramatis-core", "dramatis-widget", "dramatis-i18n"],
    ),
    ("dramatis-checker", &["dramatis-core"]),
    ("dramatis-cli", &["dramatis-core", "dramatis-render"]),
    ("dramatis-bench", &["dramatis-core"]),
];

/// The workspace's resolved graph: package name to the names of its normal dependencies, on
/// every target platform, and the names of the workspace's own packages.
struct Graph {
    deps: BTreeMap<String, BTreeSet<String>>,
    members: BTreeSet<String>,
}

impl Graph {
    fn from_metadata(metadata: &Value) -> Self {
        let name_of: BTreeMap<&str, &str> = metadata["packages"]
            .as_array()
            .expect("packages")
            .iter()
            .map(|p| (p["id"].as_str().unwrap(), p["name"].as_str().unwrap()))
            .collect();
        let members = metadata["workspace_members"]
            .as_array()
            .expect("workspace_members")
            .iter()
            .map(|id| name_of[id.as_str().unwrap()].to_owned())
            .collect();
        let mut deps = BTreeMap::new();
        for node in metadata["resolve"]["nodes"].as_array().expect("resolve") {
            let normal = node["deps"]
                .as_array()
                .unwrap()
                .iter()
                .filter(|dep| {
                    dep["dep_kinds"]
                        .as_array()
                        .unwrap()
                        .iter()
                        .any(|kind| kind["kind"].is_null())
                })
                .map(|dep| name_of[dep["pkg"].as_str().unwrap()].to_owned())
                .collect();
            deps.insert(name_of[node["id"].as_str().unwrap()].to_owned(), normal);
        }
        Self { deps, members }
    }

    /// Every crate `name` depends on, directly or not.
    fn reachable(&self, name: &str) -> BTreeSet<String> {
        let mut seen = BTreeSet::new();
        let mut next = vec![name.to_owned()];
        while let Some(at) = next.pop() {
            for dep in self.deps.get(&at).into_iter().flatten() {
                if seen.insert(dep.clone()) {
                    next.push(dep.clone());
                }
            }
        }
        seen
    }

    /// Every break of the rules, in words.
    fn violations(&self) -> Vec<String> {
        let mut found = Vec::new();
        let allowed: BTreeMap<&str, &[&str]> = ALLOWED.into_iter().collect();
        for member in &self.members {
            let Some(may) = allowed.get(member.as_str()) else {
                found.push(format!(
                    "{member} is not in the layering table (tests/layers.rs)"
                ));
                continue;
            };
            for dep in &self.deps[member] {
                if self.members.contains(dep) && !may.contains(&dep.as_str()) {
                    found.push(format!("{member} depends on {dep}, a layer it may not use"));
                }
            }
        }
        for dep in self
            .reachable("dramatis-core")
            .into_iter()
            .chain(self.reachable("dramatis-i18n"))
        {
            if BROWSER_CRATES
                .iter()
                .any(|c| dep == *c || dep.starts_with(&format!("{c}-")))
            {
                found.push(format!("dramatis-core depends on the browser crate {dep}"));
            }
        }
        found
    }
}

fn workspace_metadata() -> Value {
    let output = Command::new(env!("CARGO"))
        .args([
            "metadata",
            "--format-version",
            "1",
            "--locked",
            "--manifest-path",
        ])
        .arg(concat!(env!("CARGO_MANIFEST_DIR"), "/../../Cargo.toml"))
        .output()
        .expect("cargo runs");
    assert!(
        output.status.success(),
        "cargo metadata failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    serde_json::from_slice(&output.stdout).expect("cargo metadata prints JSON")
}

#[test]
fn the_workspace_keeps_its_layers() {
    let graph = Graph::from_metadata(&workspace_metadata());
    for (name, _) in ALLOWED {
        assert!(
            graph.members.contains(name),
            "{name} is not in the workspace"
        );
    }
    let found = graph.violations();
    assert!(found.is_empty(), "{}", found.join("\n"));
}

#[test]
fn the_rules_detect_what_they_forbid() {
    let mut graph = Graph::from_metadata(&workspace_metadata());
    graph
        .deps
        .get_mut("dramatis-core")
        .unwrap()
        .insert("gloo-timers".to_owned());
    graph
        .deps
        .get_mut("dramatis-checker")
        .unwrap()
        .insert("dramatis-widget".to_owned());
    graph.members.insert("dramatis-new".to_owned());
    graph
        .deps
        .insert("dramatis-new".to_owned(), BTreeSet::new());
    let found = graph.violations();
    for expected in [
        "dramatis-checker depends on dramatis-widget, a layer it may not use",
        "dramatis-new is not in the layering table (tests/layers.rs)",
        "dramatis-core depends on the browser crate gloo-timers",
        // What gloo-timers itself needs is reported too.
        "dramatis-core depends on the browser crate wasm-bindgen",
    ] {
        assert!(
            found.iter().any(|f| f == expected),
            "{expected:?} not in {found:#?}"
        );
    }
}

#[test]
fn the_widget_really_reaches_the_browser_crates() {
    // The graph the rules read is the real one: the widget does depend on leptos and web-sys.
    let reachable = Graph::from_metadata(&workspace_metadata()).reachable("dramatis-widget");
    for name in ["leptos", "web-sys", "dramatis-core"] {
        assert!(reachable.contains(name), "the widget should reach {name}");
    }
}
