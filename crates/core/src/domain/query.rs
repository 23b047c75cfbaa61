//! Read-only questions the views ask of a checked dataset, as plain functions.

use super::ids::{ActorId, QuoteId, RelationId};
use super::model::{Dataset, EvidenceRef, Span};
use super::text;

impl Dataset {
    /// Relations the actor takes part in, in dataset order.
    pub fn relations_of(&self, actor: ActorId) -> &[RelationId] {
        &self.index.relations_of[actor.index()]
    }

    /// Statements the actor made, in dataset order.
    pub fn statements_by(&self, actor: ActorId) -> &[QuoteId] {
        &self.index.quotes_by[actor.index()]
    }

    /// Statements about the actor, in dataset order (including ones it made about itself).
    pub fn statements_about(&self, actor: ActorId) -> &[QuoteId] {
        &self.index.quotes_about[actor.index()]
    }

    /// Every statement, in the order it appears in the article.
    pub fn statements_in_text_order(&self) -> &[QuoteId] {
        &self.index.quotes_in_text_order
    }

    /// Actors directly related to this one, each once, in dataset order of the relations.
    pub fn neighbours(&self, actor: ActorId) -> Vec<ActorId> {
        let mut found = Vec::new();
        for &relation in self.relations_of(actor) {
            let relation = self.relation(relation);
            let other = if relation.source == actor {
                relation.target
            } else {
                relation.source
            };
            if !found.contains(&other) {
                found.push(other);
            }
        }
        found
    }

    /// How present each actor is in the story: relations, statements by and about it, events
    /// it acts in or is aimed at (each event once), and people who speak for it. One pass over
    /// the events and actors for all of them, so a story of 5,000 actors costs no more than
    /// reading it.
    pub fn prominences(&self) -> Vec<usize> {
        let mut counts: Vec<usize> = self
            .actor_ids()
            .map(|a| {
                self.relations_of(a).len()
                    + self.statements_by(a).len()
                    + self.statements_about(a).len()
            })
            .collect();
        let mut involved: Vec<ActorId> = Vec::new();
        for event in &self.events {
            involved.clear();
            for &actor in event.source.iter().chain(&event.targets) {
                if !involved.contains(&actor) {
                    involved.push(actor);
                    counts[actor.index()] += 1;
                }
            }
        }
        for actor in &self.actors {
            if let Some(affiliation) = &actor.affiliation {
                counts[affiliation.value.index()] += 1;
            }
        }
        counts
    }

    /// The statements shown when an actor is selected: by it first, then about it, each group
    /// in article order.
    pub fn statements_for_actor(&self, actor: ActorId) -> Vec<QuoteId> {
        let by = self.statements_by(actor);
        let about = self.statements_about(actor);
        let mut ordered: Vec<QuoteId> = self
            .statements_in_text_order()
            .iter()
            .copied()
            .filter(|id| by.contains(id))
            .collect();
        ordered.extend(
            self.statements_in_text_order()
                .iter()
                .copied()
                .filter(|id| about.contains(id) && !by.contains(id)),
        );
        ordered
    }

    /// The statements behind a relation: those it cites, and those performing an event it
    /// cites, in article order.
    pub fn statements_for_relation(&self, relation: RelationId) -> Vec<QuoteId> {
        let evidence = &self.relation(relation).evidence;
        self.statements_in_text_order()
            .iter()
            .copied()
            .filter(|&id| {
                evidence.contains(&EvidenceRef::Quote(id))
                    || self
                        .quote(id)
                        .event
                        .is_some_and(|event| evidence.contains(&EvidenceRef::Event(event)))
            })
            .collect()
    }

    /// The passage of the text an evidence item points at.
    pub fn evidence_span(&self, evidence: EvidenceRef) -> Span {
        match evidence {
            EvidenceRef::Event(id) => self.event(id).evidence,
            EvidenceRef::Quote(id) => self.quote(id).evidence,
        }
    }

    /// Whole sentences around a passage.
    pub fn sentence_around(&self, span: Span) -> Span {
        text::sentence_around(&self.story.sentences, span)
    }

    /// The display name of the actor with its role, such as "Dmitri Peskov, Kremlin spokesman".
    pub fn name_with_role(&self, actor: ActorId) -> String {
        let actor = self.actor(actor);
        match &actor.role {
            Some(role) => format!("{}, {}", actor.name, role.value),
            None => actor.name.clone(),
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::domain::{ActorId, Dataset, builtin::builtin, load, synth::synthetic_story};

    /// Prominence counted the slow, obvious way, actor by actor.
    fn counted(data: &Dataset, actor: ActorId) -> usize {
        let events = data
            .events
            .iter()
            .filter(|e| e.source == Some(actor) || e.targets.contains(&actor))
            .count();
        let members = data
            .actors
            .iter()
            .filter(|a| a.affiliation.as_ref().is_some_and(|aff| aff.value == actor))
            .count();
        data.relations_of(actor).len()
            + data.statements_by(actor).len()
            + data.statements_about(actor).len()
            + events
            + members
    }

    #[test]
    fn prominences_count_what_each_actor_takes_part_in() {
        for data in [builtin().unwrap(), load(&synthetic_story(60, 3)).unwrap()] {
            let all = data.prominences();
            assert_eq!(all.len(), data.actors.len());
            for id in data.actor_ids() {
                assert_eq!(
                    all[id.index()],
                    counted(&data, id),
                    "{}",
                    data.actor(id).key
                );
            }
            assert!(all.iter().any(|&p| p > 3));
        }
    }
}
