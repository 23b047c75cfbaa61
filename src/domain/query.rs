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

    /// How present the actor is in the story: relations, statements by and about it, events
    /// it acts in or is aimed at, and people who speak for it.
    pub fn prominence(&self, actor: ActorId) -> usize {
        let events = self
            .events
            .iter()
            .filter(|e| e.source == Some(actor) || e.targets.contains(&actor))
            .count();
        let members = self
            .actors
            .iter()
            .filter(|a| a.affiliation.as_ref().is_some_and(|aff| aff.value == actor))
            .count();
        self.relations_of(actor).len()
            + self.statements_by(actor).len()
            + self.statements_about(actor).len()
            + events
            + members
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
