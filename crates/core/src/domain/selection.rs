//! What the reader has selected, and what follows from it: which actors and relations stand
//! out on the map, which statements the cards show, and how it is written in the URL fragment.

use super::ids::{ActorId, QuoteId, RelationId};
use super::model::{Dataset, EvidenceRef};

/// What the reader has selected.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Selection {
    /// Nothing: everyone is shown.
    #[default]
    Nothing,
    /// One actor.
    Actor(ActorId),
    /// One relation.
    Relation(RelationId),
    /// One statement.
    Quote(QuoteId),
}

/// Which actors and relations stand out for a selection; the rest are dimmed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Highlights {
    /// One flag per actor.
    pub actors: Vec<bool>,
    /// One flag per relation.
    pub relations: Vec<bool>,
}

impl Selection {
    /// What stands out on the map. With nothing selected, everything does.
    pub fn highlights(self, data: &Dataset) -> Highlights {
        let mut actors = vec![false; data.actors.len()];
        let mut relations = vec![false; data.relations.len()];
        match self {
            Self::Nothing => {
                actors.fill(true);
                relations.fill(true);
            }
            Self::Actor(actor) => {
                actors[actor.index()] = true;
                // Who it speaks for, and who speaks for it, stay lit with it.
                for (at, other) in data.actors.iter().enumerate() {
                    if other.affiliation.as_ref().is_some_and(|a| a.value == actor) {
                        actors[at] = true;
                    }
                }
                if let Some(affiliation) = &data.actor(actor).affiliation {
                    actors[affiliation.value.index()] = true;
                }
                for &r in data.relations_of(actor) {
                    relations[r.index()] = true;
                    let relation = data.relation(r);
                    actors[relation.source.index()] = true;
                    actors[relation.target.index()] = true;
                }
            }
            Self::Relation(r) => {
                relations[r.index()] = true;
                let relation = data.relation(r);
                actors[relation.source.index()] = true;
                actors[relation.target.index()] = true;
            }
            Self::Quote(q) => {
                let quote = data.quote(q);
                actors[quote.speaker.index()] = true;
                for about in &quote.about {
                    actors[about.index()] = true;
                }
                for (at, relation) in data.relations.iter().enumerate() {
                    let cites = relation.evidence.iter().any(|e| match *e {
                        EvidenceRef::Quote(id) => id == q,
                        EvidenceRef::Event(id) => quote.event == Some(id),
                    });
                    relations[at] = cites;
                }
            }
        }
        Highlights { actors, relations }
    }

    /// The statements the cards show, in order: everything in article order; an actor's
    /// statements by it, then about it; a relation's evidence; or the one statement.
    pub fn statements(self, data: &Dataset) -> Vec<QuoteId> {
        match self {
            Self::Nothing => data.statements_in_text_order().to_vec(),
            Self::Actor(actor) => data.statements_for_actor(actor),
            Self::Relation(relation) => data.statements_for_relation(relation),
            Self::Quote(quote) => vec![quote],
        }
    }

    /// The URL fragment for this selection, such as `actor=peskov`; empty for nothing.
    pub fn to_fragment(self, data: &Dataset) -> String {
        match self {
            Self::Nothing => String::new(),
            Self::Actor(id) => format!("actor={}", data.actor(id).key),
            Self::Relation(id) => format!("relation={}", data.relation(id).key),
            Self::Quote(id) => format!("quote={}", data.quote(id).key),
        }
    }

    /// Reads a URL fragment (with or without `#`). Anything unknown or malformed is nothing.
    pub fn from_fragment(data: &Dataset, fragment: &str) -> Self {
        let fragment = fragment.strip_prefix('#').unwrap_or(fragment);
        let Some((kind, key)) = fragment.split_once('=') else {
            return Self::Nothing;
        };
        let key = percent_decode(key);
        match kind {
            "actor" => data.actor_by_key(&key).map_or(Self::Nothing, Self::Actor),
            "relation" => data
                .relation_by_key(&key)
                .map_or(Self::Nothing, Self::Relation),
            "quote" => data.quote_by_key(&key).map_or(Self::Nothing, Self::Quote),
            _ => Self::Nothing,
        }
    }
}

/// Decodes `%XX` escapes; ids are ASCII, so anything else is left as it is.
fn percent_decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = |b: u8| (b as char).to_digit(16);
        if bytes[i] == b'%'
            && let (Some(h), Some(l)) = (
                bytes.get(i + 1).and_then(|&b| hex(b)),
                bytes.get(i + 2).and_then(|&b| hex(b)),
            )
        {
            out.push(u8::try_from(h * 16 + l).unwrap_or(b'?'));
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::builtin::builtin;

    #[test]
    fn fragments_round_trip_and_unknown_ids_mean_nothing() {
        let data = builtin().unwrap();
        for selection in [
            Selection::Nothing,
            Selection::Actor(data.actor_by_key("peskov").unwrap()),
            Selection::Relation(data.relation_by_key("r-war").unwrap()),
            Selection::Quote(data.quote_by_key("q-orban-rubles").unwrap()),
        ] {
            let fragment = selection.to_fragment(&data);
            assert_eq!(
                Selection::from_fragment(&data, &format!("#{fragment}")),
                selection
            );
        }
        for junk in [
            "",
            "#",
            "actor=nobody",
            "quote=",
            "actor",
            "x=y",
            "#actor=%zz",
            "#relation=%",
            "actor=pe%73kov",
        ] {
            let parsed = Selection::from_fragment(&data, junk);
            if junk == "actor=pe%73kov" {
                assert_eq!(
                    parsed,
                    Selection::Actor(data.actor_by_key("peskov").unwrap())
                );
            } else {
                assert_eq!(parsed, Selection::Nothing, "{junk}");
            }
        }
    }

    #[test]
    fn an_actor_lights_up_its_relations_neighbours_and_spokespeople_only() {
        let data = builtin().unwrap();
        let turkey = data.actor_by_key("turkey").unwrap();
        let lit = Selection::Actor(turkey).highlights(&data);
        let names: Vec<&str> = data
            .actor_ids()
            .filter(|a| lit.actors[a.index()])
            .map(|a| data.actor(a).key.as_str())
            .collect();
        assert_eq!(names, ["russia", "ukraine", "turkey", "cavusoglu"]);
        assert_eq!(lit.relations.iter().filter(|&&on| on).count(), 2);
        let all = Selection::Nothing.highlights(&data);
        assert!(all.actors.iter().all(|&on| on) && all.relations.iter().all(|&on| on));
    }

    #[test]
    fn a_quote_lights_up_its_speaker_subjects_and_the_relations_citing_it() {
        let data = builtin().unwrap();
        let q = data.quote_by_key("q-moscow-hysteria").unwrap();
        let lit = Selection::Quote(q).highlights(&data);
        let relations: Vec<&str> = data
            .relation_ids()
            .filter(|r| lit.relations[r.index()])
            .map(|r| data.relation(r).key.as_str())
            .collect();
        assert_eq!(relations, ["r-accuses-west"]);
        assert!(lit.actors[data.actor_by_key("west").unwrap().index()]);
    }

    #[test]
    fn cards_follow_the_selection() {
        let data = builtin().unwrap();
        assert_eq!(
            Selection::Nothing.statements(&data).len(),
            data.quotes.len()
        );
        let zelensky = data.actor_by_key("zelensky").unwrap();
        let keys: Vec<&str> = Selection::Actor(zelensky)
            .statements(&data)
            .iter()
            .map(|&q| data.quote(q).key.as_str())
            .collect();
        assert_eq!(
            keys,
            ["q-zelensky-oil", "q-zelensky-ban", "q-zelensky-only-option"]
        );
        let russia = data.actor_by_key("russia").unwrap();
        let by_then_about = Selection::Actor(russia).statements(&data);
        assert!(
            by_then_about
                .iter()
                .all(|&q| data.quote(q).about.contains(&russia))
        );
        let turkey = data.relation_by_key("r-turkey-russia").unwrap();
        let keys: Vec<&str> = Selection::Relation(turkey)
            .statements(&data)
            .iter()
            .map(|&q| data.quote(q).key.as_str())
            .collect();
        assert_eq!(keys, ["q-cavusoglu-hope", "q-cavusoglu-realistic"]);
    }
}
