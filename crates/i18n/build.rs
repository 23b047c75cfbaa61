//! Checks every catalogue in `locales/` against English and writes the typed methods.
//!
//! English (`locales/en.ftl`) is the contract. Every other language must have exactly its
//! messages, each with the same placeables, select only on placeables English selects on,
//! with variant keys that are plural categories of that language (CLDR) and a default
//! variant; and every catalogue must stay within the part of Fluent the widget's formatter
//! reads (text, `{ $variable }`, `{"literal"}`, and one level of select). Anything else stops
//! the build with a message naming the file, the message and what is wrong.
//!
//! The output, `$OUT_DIR/messages.rs`, holds one method of `Catalog` per message (except the
//! CAMEO acts, looked up by code): a missing message or placeable is then a compile error at
//! the call, not a blank on the page.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::path::Path;

use fluent_syntax::ast::{
    Entry, Expression, InlineExpression, Pattern, PatternElement, VariantKey,
};

/// A message's placeables: every variable, and the ones it selects on.
#[derive(Default, PartialEq)]
struct Shape {
    variables: BTreeSet<String>,
    selectors: BTreeSet<String>,
    /// The variables in the order they first appear: the typed methods' parameters.
    order: Vec<String>,
}

impl Shape {
    fn add(&mut self, name: &str) {
        if self.variables.insert(name.to_owned()) {
            self.order.push(name.to_owned());
        }
    }
}

/// The plural categories of a language (CLDR, cardinal).
fn categories(lang: &str) -> &'static [&'static str] {
    match lang {
        "en" | "de" | "nl" => &["one", "other"],
        "fr" | "es" => &["one", "many", "other"],
        "uk" | "ru" => &["one", "few", "many", "other"],
        "ar" => &["zero", "one", "two", "few", "many", "other"],
        _ => panic!(
            "locales/{lang}.ftl: no plural rules for this language (crates/i18n/src/lang.rs)"
        ),
    }
}

fn walk(lang: &str, id: &str, pattern: &Pattern<&str>, shape: &mut Shape, nested: bool) {
    for element in &pattern.elements {
        match element {
            PatternElement::TextElement { value } => {
                assert!(
                    !value.contains('\n') || value.trim().is_empty(),
                    "locales/{lang}.ftl: `{id}` has text over several lines; keep each text on one line"
                );
            }
            PatternElement::Placeable { expression } => match expression {
                Expression::Inline(InlineExpression::VariableReference { id: var }) => {
                    shape.add(var.name);
                }
                Expression::Inline(InlineExpression::StringLiteral { .. }) => {}
                Expression::Select { selector, variants } => {
                    assert!(
                        !nested,
                        "locales/{lang}.ftl: `{id}` nests a select in a select"
                    );
                    let InlineExpression::VariableReference { id: var } = selector else {
                        panic!(
                            "locales/{lang}.ftl: `{id}` selects on something other than a variable"
                        );
                    };
                    shape.add(var.name);
                    shape.selectors.insert(var.name.to_owned());
                    let allowed = categories(lang);
                    assert!(
                        variants.iter().any(|v| v.default),
                        "locales/{lang}.ftl: `{id}` has no default variant (*[other])"
                    );
                    for variant in variants {
                        if let VariantKey::Identifier { name } = &variant.key {
                            assert!(
                                allowed.contains(name),
                                "locales/{lang}.ftl: `{id}` has the variant [{name}], not a plural category of this language ({})",
                                allowed.join(", ")
                            );
                        }
                        walk(lang, id, &variant.value, shape, true);
                    }
                }
                Expression::Inline(_) => panic!(
                    "locales/{lang}.ftl: `{id}` uses a placeable the widget does not read (only {{ $variable }}, {{\"text\"}} and selects)"
                ),
            },
        }
    }
}

/// Every message of a catalogue with its shape.
fn read(path: &Path) -> BTreeMap<String, Shape> {
    let lang = path
        .file_stem()
        .and_then(|s| s.to_str())
        .unwrap_or_default();
    let source =
        std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let resource = fluent_syntax::parser::parse(source.as_str())
        .unwrap_or_else(|(_, errors)| panic!("locales/{lang}.ftl is not valid Fluent: {errors:?}"));
    let mut messages = BTreeMap::new();
    for entry in &resource.body {
        match entry {
            Entry::Message(message) => {
                let id = message.id.name;
                let value = message
                    .value
                    .as_ref()
                    .unwrap_or_else(|| panic!("locales/{lang}.ftl: `{id}` has no value"));
                assert!(
                    message.attributes.is_empty(),
                    "locales/{lang}.ftl: `{id}` has attributes"
                );
                let mut shape = Shape::default();
                walk(lang, id, value, &mut shape, false);
                assert!(
                    messages.insert(id.to_owned(), shape).is_none(),
                    "locales/{lang}.ftl: `{id}` is there twice"
                );
            }
            Entry::Term(term) => panic!(
                "locales/{lang}.ftl: the term -{} (terms are not used)",
                term.id.name
            ),
            Entry::Junk { content } => panic!("locales/{lang}.ftl: cannot read {content:?}"),
            _ => {}
        }
    }
    messages
}

fn snake(id: &str) -> String {
    id.replace('-', "_")
}

fn main() {
    println!("cargo::rerun-if-changed=locales");
    let dir = Path::new("locales");
    let english = read(&dir.join("en.ftl"));
    let mut languages = Vec::new();
    for entry in std::fs::read_dir(dir).expect("crates/i18n/locales") {
        let path = entry.expect("a catalogue").path();
        if path.extension().is_some_and(|e| e == "ftl") {
            languages.push(path);
        }
    }
    languages.sort();
    for path in &languages {
        let lang = path
            .file_stem()
            .and_then(|s| s.to_str())
            .unwrap_or_default();
        let messages = read(path);
        for (id, shape) in &english {
            let Some(theirs) = messages.get(id) else {
                panic!("locales/{lang}.ftl lacks the message `{id}`");
            };
            if let Some(var) = shape.variables.difference(&theirs.variables).next() {
                panic!("locales/{lang}.ftl: `{id}` lacks the placeable {{ ${var} }}");
            }
            if let Some(var) = theirs.variables.difference(&shape.variables).next() {
                panic!("locales/{lang}.ftl: `{id}` uses {{ ${var} }}, which English does not give");
            }
            if let Some(var) = theirs.selectors.difference(&shape.selectors).next() {
                panic!(
                    "locales/{lang}.ftl: `{id}` selects on {{ ${var} }}, which is text, not a number"
                );
            }
        }
        for id in messages.keys() {
            assert!(
                english.contains_key(id),
                "locales/{lang}.ftl has `{id}`, which English does not"
            );
        }
    }
    let mut out = String::from("impl Catalog {\n");
    for (id, shape) in &english {
        if id.starts_with("cameo-") {
            continue;
        }
        let mut params = String::new();
        let mut args = String::new();
        for var in &shape.order {
            if shape.selectors.contains(var) {
                let _ = write!(params, ", {var}: usize");
                let _ = write!(args, "(\"{var}\", Arg::Number({var})), ");
            } else {
                let _ = write!(params, ", {var}: impl std::fmt::Display");
                let _ = write!(args, "(\"{var}\", Arg::Text({var}.to_string())), ");
            }
        }
        let _ = writeln!(
            out,
            "    /// The message `{id}`.\n    #[must_use]\n    pub fn {}(&self{params}) -> String {{\n        self.format(\"{id}\", &[{args}])\n    }}",
            snake(id)
        );
    }
    out.push_str("}\n");
    let target =
        Path::new(&std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("messages.rs");
    std::fs::write(target, out).expect("OUT_DIR is writable");
}
