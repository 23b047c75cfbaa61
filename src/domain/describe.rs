//! Plain-language sentences generated from the data: what screen readers announce for an
//! actor, and the "relations as text" view, which lists every actor and every relation.

use std::fmt::Write;

use super::ids::{ActorId, RelationId};
use super::model::Dataset;

/// "Russia is in conflict with Ukraine."
pub fn relation_sentence(data: &Dataset, id: RelationId) -> String {
    let relation = data.relation(id);
    format!(
        "{} {} {}.",
        data.actor(relation.source).name,
        relation.kind.verb(relation.directed),
        data.actor(relation.target).name
    )
}

/// The relation as seen from one of its ends: "criticises United States" or "criticised by
/// Dmitri Peskov".
pub fn relation_from(data: &Dataset, id: RelationId, actor: ActorId) -> String {
    let relation = data.relation(id);
    if relation.source == actor || !relation.directed {
        let other = if relation.source == actor {
            relation.target
        } else {
            relation.source
        };
        format!(
            "{} {}",
            relation.kind.verb(relation.directed),
            data.actor(other).name
        )
    } else {
        format!(
            "{} from {}",
            relation.kind.label(),
            data.actor(relation.source).name
        )
    }
}

fn plural(count: usize, one: &str, many: &str) -> String {
    format!("{count} {}", if count == 1 { one } else { many })
}

/// Who the actor is, in a phrase: "Dmitri Peskov, Kremlin spokesman, person, speaks for Kremlin".
pub fn actor_identity(data: &Dataset, id: ActorId) -> String {
    let actor = data.actor(id);
    let mut parts = vec![actor.name.clone()];
    if let Some(role) = &actor.role {
        parts.push(role.value.clone());
    }
    parts.push(actor.kind.label().to_ascii_lowercase());
    if let Some(affiliation) = &actor.affiliation {
        parts.push(format!("speaks for {}", data.actor(affiliation.value).name));
    }
    parts.join(", ")
}

/// Everything a screen reader needs to know about an actor on the map, in one sentence.
pub fn actor_sentence(data: &Dataset, id: ActorId) -> String {
    let relations = data.relations_of(id);
    let mut sentence = actor_identity(data, id);
    sentence.push_str(". ");
    if relations.is_empty() {
        sentence.push_str("No relations in this story");
    } else {
        sentence.push_str(&plural(relations.len(), "relation", "relations"));
        sentence.push_str(": ");
        let parts: Vec<String> = relations
            .iter()
            .map(|&r| relation_from(data, r, id))
            .collect();
        sentence.push_str(&parts.join("; "));
    }
    let _ = write!(
        sentence,
        ". {} by, {} about.",
        plural(data.statements_by(id).len(), "statement", "statements"),
        data.statements_about(id).len()
    );
    sentence
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::builtin::builtin;

    #[test]
    fn sentences_name_both_ends_and_the_kind() {
        let data = builtin().unwrap();
        let id = data.relation_by_key("r-peskov-us").unwrap();
        assert_eq!(
            relation_sentence(&data, id),
            "Dmitri Peskov criticises United States."
        );
        let us = data.actor_by_key("united-states").unwrap();
        let peskov = data.actor_by_key("peskov").unwrap();
        assert_eq!(relation_from(&data, id, peskov), "criticises United States");
        assert_eq!(relation_from(&data, id, us), "Criticism from Dmitri Peskov");
    }

    #[test]
    fn actor_sentence_says_who_and_how_connected() {
        let data = builtin().unwrap();
        let peskov = data.actor_by_key("peskov").unwrap();
        assert_eq!(
            actor_sentence(&data, peskov),
            "Dmitri Peskov, Kremlin spokesman, person, speaks for Kremlin. 1 relation: criticises United States. 2 statements by, 0 about."
        );
        let nato = data.actor_by_key("nato").unwrap();
        assert!(actor_sentence(&data, nato).contains("No relations in this story"));
    }
}
