//! The draft as a dramatis/1 document: actors with ids, kinds, aliases, roles and
//! affiliations; statements with speakers, kinds, words and selectors; every item marked
//! `"added": {"draft": true}`. What the checker would refuse is dropped, so the document
//! always passes it.

use std::collections::{HashMap, HashSet};

use serde_json::{Value, json};

use crate::domain::text::TextIndex;
use crate::domain::{ActorKind, QuoteKind, load};

use super::entities::Entities;
use super::lexicon::Lang;
use super::prepare::Prepared;
use super::selector::{Selector, selector};
use super::speech::Found;
use super::{Draft, DraftActor, DraftSegment, DraftStatement};

/// The checker's limits on names (200) and statements (4,000 characters).
const MAX_SHORT: usize = 200;
const MAX_LONG: usize = 4000;

/// The ids given so far, and per base the next number to try, so that a thousand actors
/// whose names have no Latin letters ("actor", "actor-2", …) cost one try each.
#[derive(Default)]
pub(crate) struct Slugs {
    pub(crate) taken: HashSet<String>,
    next: HashMap<String, usize>,
}

/// A dataset id from a name: lower-case ASCII letters and digits joined by '-'.
pub(crate) fn slug(name: &str, slugs: &mut Slugs, fallback: &str) -> String {
    let mut out = String::new();
    for c in name.chars().flat_map(char::to_lowercase) {
        if c.is_ascii_alphanumeric() {
            out.push(c);
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
        if out.len() >= 40 {
            break;
        }
    }
    let base = out.trim_matches('-').to_owned();
    let base = if base.is_empty() {
        fallback.to_owned()
    } else {
        base
    };
    if slugs.taken.insert(base.clone()) {
        return base;
    }
    let n = slugs.next.entry(base.clone()).or_insert(2);
    loop {
        let key = format!("{base}-{n}");
        *n += 1;
        if slugs.taken.insert(key.clone()) {
            return key;
        }
    }
}

/// Puts the found statements and their speakers together.
pub fn assemble(
    prepared: &Prepared,
    lang: Lang,
    entities: &Entities,
    found: &[Found],
    index: &TextIndex<'_>,
) -> Draft {
    let text = prepared.text.as_str();
    let mut order: Vec<&Found> = found.iter().collect();
    order.sort_by_key(|f| f.segments[0].start);
    // The speakers in order of their first statement, then those they speak for; `actor_of`
    // maps an entity to its place among them (a megabyte of news has thousands).
    let mut wanted: Vec<usize> = Vec::new();
    let mut actor_of: Vec<Option<usize>> = vec![None; entities.list.len()];
    let mut want = |e: usize, wanted: &mut Vec<usize>| {
        if actor_of[e].is_none() {
            actor_of[e] = Some(wanted.len());
            wanted.push(e);
        }
    };
    for f in &order {
        want(f.speaker, &mut wanted);
    }
    let mut k = 0;
    while k < wanted.len() {
        if let Some(a) = entities.list[wanted[k]].affiliation {
            want(a, &mut wanted);
        }
        k += 1;
    }
    let mut taken = Slugs::default();
    let actors: Vec<DraftActor> = wanted
        .iter()
        .map(|&e| {
            let entity = &entities.list[e];
            DraftActor {
                key: slug(&entity.name, &mut taken, "actor"),
                name: entity.name.clone(),
                kind: entity.kind,
                aliases: entity
                    .aliases
                    .iter()
                    .filter(|a| {
                        a.chars().count() <= MAX_SHORT && !a.eq_ignore_ascii_case(&entity.name)
                    })
                    .cloned()
                    .collect(),
                role: entity
                    .role
                    .clone()
                    .filter(|r| r.chars().count() <= MAX_SHORT),
                affiliation: entity
                    .affiliation
                    .and_then(|a| actor_of[a])
                    .filter(|&a| wanted[a] != e),
            }
        })
        .collect();
    let mut statements = Vec::new();
    for f in order {
        let Some(speaker) = actor_of[f.speaker] else {
            continue;
        };
        let segments: Option<Vec<DraftSegment>> = f
            .segments
            .iter()
            .map(|&span| {
                (text[span.range()].chars().count() < MAX_LONG)
                    .then(|| selector(text, index, span))
                    .flatten()
                    .map(|selector| DraftSegment { span, selector })
            })
            .collect();
        let Some(segments) = segments else { continue };
        let actor = &actors[speaker];
        let institution = matches!(
            actor.kind,
            ActorKind::State | ActorKind::Government | ActorKind::Alliance
        );
        let attributed_as =
            (institution && f.mention != actor.name && f.mention.chars().count() <= MAX_SHORT)
                .then(|| f.mention.clone());
        statements.push(DraftStatement {
            key: format!("q-{}", statements.len() + 1),
            speaker,
            attributed_as,
            kind: f.kind,
            segments,
        });
    }
    Draft {
        title: prepared.title.clone(),
        language: lang.tag(),
        text: prepared.text.clone(),
        actors,
        statements,
    }
}

/// A selector as the dataset writes it (`exact`, and `prefix` and `suffix` when there are).
pub(crate) fn selector_json(selector: &Selector) -> Value {
    let mut value = json!({ "exact": selector.exact });
    if let Some(prefix) = &selector.prefix {
        value["prefix"] = json!(prefix);
    }
    if let Some(suffix) = &selector.suffix {
        value["suffix"] = json!(suffix);
    }
    value
}

/// A reported clause as a statement's text: the article's words, ended with a full stop.
fn report_text(words: &str) -> String {
    let mut out = words.to_owned();
    if out.chars().last().is_some_and(char::is_alphanumeric) {
        out.push('.');
    }
    out
}

/// The document.
pub fn to_json(draft: &Draft) -> String {
    let mut taken = Slugs::default();
    let story_id = slug(&draft.title, &mut taken, "draft");
    let actors: Vec<Value> = draft
        .actors
        .iter()
        .map(|a| {
            let mut value = json!({ "id": a.key, "name": a.name, "kind": a.kind.key() });
            if !a.aliases.is_empty() {
                value["aliases"] = json!(a.aliases);
            }
            if let Some(role) = &a.role {
                value["role"] = json!(role);
            }
            if let Some(affiliation) = a.affiliation {
                value["affiliation"] = json!(draft.actors[affiliation].key);
            }
            value["added"] = json!({ "draft": true });
            value
        })
        .collect();
    let quotes: Vec<Value> = draft
        .statements
        .iter()
        .map(|s| {
            let words: Vec<&str> = s
                .segments
                .iter()
                .map(|g| &draft.text[g.span.range()])
                .collect();
            let (words, evidence) = if s.segments.len() == 1 {
                let text = match s.kind {
                    QuoteKind::Verbatim => words[0].to_owned(),
                    QuoteKind::Paraphrase => report_text(words[0]),
                };
                (json!(text), selector_json(&s.segments[0].selector))
            } else {
                (
                    json!(words),
                    Value::Array(
                        s.segments
                            .iter()
                            .map(|g| selector_json(&g.selector))
                            .collect(),
                    ),
                )
            };
            let mut value = json!({
                "id": s.key,
                "speaker": draft.actors[s.speaker].key,
                "kind": s.kind.key(),
                "text": words,
                "evidence": evidence,
                "added": { "draft": true },
            });
            if let Some(name) = &s.attributed_as {
                value["attributed_as"] = json!(name);
            }
            value
        })
        .collect();
    let document = json!({
        "format": "dramatis/1",
        "story": { "id": story_id, "title": draft.title, "language": draft.language, "text": draft.text },
        "actors": actors,
        "quotes": quotes,
    });
    serde_json::to_string_pretty(&document).unwrap_or_default()
}

/// Drops what the checker refuses: a statement with any problem, an actor's optional
/// parts, then the actor; then actors nobody needs. At most a few rounds: each one removes
/// something, and an empty cast always passes.
pub fn repair(draft: &mut Draft) {
    for _ in 0..8 {
        let Err(report) = load(&draft.to_json()) else {
            break;
        };
        let mut bad_quotes = HashSet::new();
        let mut bad_actors = HashSet::new();
        for error in &report.errors {
            if let Some(n) = index_in(&error.path, "quotes[") {
                bad_quotes.insert(n);
            } else if let Some(n) = index_in(&error.path, "actors[") {
                bad_actors.insert(n);
            } else {
                bad_quotes.extend(0..draft.statements.len());
                bad_actors.extend(0..draft.actors.len());
            }
        }
        let mut at = 0;
        draft.statements.retain(|_| {
            at += 1;
            !bad_quotes.contains(&(at - 1))
        });
        for &a in &bad_actors {
            let Some(actor) = draft.actors.get_mut(a) else {
                continue;
            };
            if actor.aliases.is_empty() && actor.role.is_none() && actor.affiliation.is_none() {
                draft.statements.retain(|s| s.speaker != a);
                for other in &mut draft.actors {
                    if other.affiliation == Some(a) {
                        other.affiliation = None;
                    }
                }
            } else {
                actor.aliases.clear();
                actor.role = None;
                actor.affiliation = None;
            }
        }
        prune(draft);
    }
    prune(draft);
}

/// Keeps the actors that speak, and those they speak for.
fn prune(draft: &mut Draft) {
    let mut keep = vec![false; draft.actors.len()];
    for s in &draft.statements {
        keep[s.speaker] = true;
    }
    for a in 0..draft.actors.len() {
        if keep[a]
            && let Some(b) = draft.actors[a].affiliation
        {
            keep[b] = true;
        }
    }
    let mut new_index = vec![None; draft.actors.len()];
    let mut next = 0;
    for (a, &k) in keep.iter().enumerate() {
        if k {
            new_index[a] = Some(next);
            next += 1;
        }
    }
    let mut at = 0;
    draft.actors.retain(|_| {
        at += 1;
        keep[at - 1]
    });
    for actor in &mut draft.actors {
        actor.affiliation = actor.affiliation.and_then(|a| new_index[a]);
    }
    for s in &mut draft.statements {
        s.speaker = new_index[s.speaker].unwrap_or(0);
    }
    for (n, s) in draft.statements.iter_mut().enumerate() {
        s.key = format!("q-{}", n + 1);
    }
}

fn index_in(path: &str, section: &str) -> Option<usize> {
    path.strip_prefix(section)?.split(']').next()?.parse().ok()
}
