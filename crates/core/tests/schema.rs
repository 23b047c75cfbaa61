//! `schema/dramatis-1.schema.json` stays in step with the Rust types that read the format:
//! the same members, the same required ones, no others allowed, the same closed sets of kinds.
#![cfg(not(target_arch = "wasm32"))]

mod common;
use common::repo_path;

use std::collections::BTreeSet;

use dramatis_core::domain::raw::{
    RawActor, RawAdded, RawDataset, RawEvent, RawQuote, RawRelation, RawSelector, RawStory,
};
use dramatis_core::domain::{ActorKind, RelationKind};
use serde::Deserialize;
use serde::de::{self, Deserializer, Visitor, value::Error};
use serde_json::{Value, json};

fn schema() -> Value {
    serde_json::from_str(
        &std::fs::read_to_string(repo_path("schema/dramatis-1.schema.json")).unwrap(),
    )
    .unwrap()
}

/// A deserializer that only records the member names serde asks for.
struct FieldNames(Vec<&'static str>);

impl<'de> Deserializer<'de> for &mut FieldNames {
    type Error = Error;

    fn deserialize_any<V: Visitor<'de>>(self, _: V) -> Result<V::Value, Error> {
        Err(de::Error::custom("only structs"))
    }

    fn deserialize_struct<V: Visitor<'de>>(
        self,
        _: &'static str,
        fields: &'static [&'static str],
        _: V,
    ) -> Result<V::Value, Error> {
        self.0.extend(fields);
        Err(de::Error::custom("recorded"))
    }

    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 u8 u16 u32 u64 f32 f64 char str string bytes byte_buf option unit
        unit_struct newtype_struct seq tuple tuple_struct map enum identifier ignored_any
    }
}

fn rust_members<T: for<'de> Deserialize<'de>>() -> BTreeSet<String> {
    let mut names = FieldNames(Vec::new());
    let _ = T::deserialize(&mut names);
    names.0.iter().map(|s| (*s).to_owned()).collect()
}

fn definition<'a>(schema: &'a Value, name: &str) -> &'a Value {
    if name == "dataset" {
        schema
    } else {
        &schema["$defs"][name]
    }
}

fn schema_members(def: &Value) -> BTreeSet<String> {
    def["properties"]
        .as_object()
        .unwrap()
        .keys()
        .cloned()
        .collect()
}

fn schema_required(def: &Value) -> BTreeSet<String> {
    def["required"]
        .as_array()
        .map(|r| r.iter().map(|v| v.as_str().unwrap().to_owned()).collect())
        .unwrap_or_default()
}

/// Checks one definition against one Rust type, given an instance with every member present.
fn check<T: for<'de> Deserialize<'de>>(name: &str, full: &Value) {
    let schema = schema();
    let def = definition(&schema, name);
    assert_eq!(
        rust_members::<T>(),
        schema_members(def),
        "members of {name}"
    );
    assert_eq!(
        def["additionalProperties"],
        json!(false),
        "{name} must forbid other members"
    );
    T::deserialize(full).unwrap_or_else(|e| panic!("full {name} instance: {e}"));
    let required = schema_required(def);
    for member in schema_members(def) {
        let mut without = full.clone();
        without.as_object_mut().unwrap().remove(&member);
        let accepted = T::deserialize(&without).is_ok();
        assert_eq!(
            accepted,
            !required.contains(&member),
            "{name}.{member}: the schema says {}required, serde disagrees",
            if required.contains(&member) {
                ""
            } else {
                "not "
            }
        );
    }
    let mut extra = full.clone();
    extra
        .as_object_mut()
        .unwrap()
        .insert("unexpected".into(), json!(1));
    assert!(
        T::deserialize(&extra).is_err(),
        "{name} accepts unknown members"
    );
}

fn selector() -> Value {
    json!({"type": "TextQuoteSelector", "exact": "x", "prefix": "a", "suffix": "b"})
}

fn added() -> Value {
    json!({"note": "n", "role": "r", "affiliation": "a", "date": "2022", "draft": true})
}

#[test]
fn story_and_dataset_match() {
    let story = json!({"id": "s", "title": "T", "language": "en", "publisher": "P",
        "url": "https://x.org", "published": "2022", "text": "T"});
    check::<RawStory>("story", &story);
    check::<RawDataset>(
        "dataset",
        &json!({"format": "dramatis/1", "story": story, "actors": [], "events": [], "quotes": [], "relations": []}),
    );
}

#[test]
fn actors_events_quotes_relations_match() {
    check::<RawActor>(
        "actor",
        &json!({"id": "a", "name": "A", "kind": "state", "aliases": ["B"], "role": "r",
            "affiliation": "b", "added": added()}),
    );
    check::<RawEvent>(
        "event",
        &json!({"id": "e", "summary": "s", "cameo": "045", "source": "a", "targets": ["b"],
            "when": "w", "place": "p", "evidence": selector(), "added": added()}),
    );
    check::<RawQuote>(
        "quote",
        &json!({"id": "q", "speaker": "a", "attributed_as": "A", "text": "t", "kind": "verbatim",
            "about": ["b"], "event": "e", "when": "w", "place": "p", "evidence": selector(),
            "added": added()}),
    );
    check::<RawRelation>(
        "relation",
        &json!({"id": "r", "kind": "support", "source": "a", "target": "b", "directed": true,
            "summary": "s", "evidence": ["e"], "added": added()}),
    );
    check::<RawSelector>("selector", &selector());
    check::<RawAdded>("added", &added());
}

#[test]
fn split_quotes_are_arrays_in_both_the_schema_and_the_rust_types() {
    let schema = schema();
    let quote = &schema["$defs"]["quote"]["properties"];
    for (member, item) in [("text", "#/$defs/words"), ("evidence", "#/$defs/selector")] {
        let shapes = quote[member]["oneOf"].as_array().unwrap();
        assert_eq!(shapes[0]["$ref"], json!(item), "{member}");
        assert_eq!(shapes[1]["type"], json!("array"), "{member}");
        assert_eq!(shapes[1]["items"]["$ref"], json!(item), "{member}");
    }
    let split = json!({"id": "q", "speaker": "a", "kind": "verbatim", "text": ["t", "u"],
        "evidence": [selector(), selector()]});
    let read = RawQuote::deserialize(&split).unwrap();
    assert_eq!(read.text.segments().len(), 2);
    assert_eq!(read.evidence.segments().len(), 2);
    for wrong in [json!(3), json!({"exact": "x"}), json!([1])] {
        let mut bad = split.clone();
        bad["text"] = wrong;
        assert!(RawQuote::deserialize(&bad).is_err());
    }
    for wrong in [json!("x"), json!([{"exect": "x"}]), json!(true)] {
        let mut bad = split.clone();
        bad["evidence"] = wrong;
        assert!(RawQuote::deserialize(&bad).is_err());
    }
}

#[test]
fn closed_sets_match() {
    let schema = schema();
    let listed = |def: &str| -> Vec<String> {
        schema["$defs"][def]["properties"]["kind"]["enum"]
            .as_array()
            .unwrap()
            .iter()
            .map(|v| v.as_str().unwrap().to_owned())
            .collect()
    };
    let actors: Vec<String> = ActorKind::ALL.iter().map(|k| k.key().to_owned()).collect();
    let relations: Vec<String> = RelationKind::ALL
        .iter()
        .map(|k| k.key().to_owned())
        .collect();
    assert_eq!(listed("actor"), actors);
    assert_eq!(listed("relation"), relations);
    assert_eq!(listed("quote"), ["verbatim", "paraphrase"]);
    assert_eq!(
        schema["properties"]["format"]["const"],
        json!(dramatis_core::domain::raw::FORMAT)
    );
}
