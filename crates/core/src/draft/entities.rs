//! Who the article talks about: one entry per actor, with the names the text uses for it, and
//! every mention of a person in text order, so that "he", "Cavusoglu" and "the minister"
//! point back to the last fitting person.

use std::collections::HashMap;

use crate::domain::ActorKind;

use super::lexicon;
use super::places::{self, Place};

/// An actor the draft proposes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entity {
    /// The fullest name the text gives.
    pub name: String,
    /// Other names the text uses.
    pub aliases: Vec<String>,
    /// Person, state, government, organisation or group.
    pub kind: ActorKind,
    /// The title or role the text gives a person ("Turkish Foreign Minister").
    pub role: Option<String>,
    /// The entity a person speaks for, from a demonym or an institution in the title.
    pub affiliation: Option<usize>,
    /// The country a state or a government by capital stands for.
    country: Option<&'static str>,
}

/// Every entity, and where persons are mentioned, with the indexes that make each look-up
/// cost one hash probe instead of a pass over the cast (a megabyte of news names thousands).
#[derive(Debug, Default)]
pub struct Entities {
    /// The entities, in order of first mention.
    pub list: Vec<Entity>,
    /// (byte offset, entity) of each mention of a person, in text order.
    mentions: Vec<(usize, usize)>,
    /// A person's names and aliases ([`bare`]) to the first person with it.
    persons: HashMap<String, usize>,
    /// The last word of a person's full name to the persons with it, in order.
    last_names: HashMap<String, Vec<usize>>,
    /// Other entities' names and aliases ([`bare`]) to the first one with it.
    others: HashMap<String, usize>,
    /// (kind, country) to the state, government or alliance.
    seats: HashMap<(ActorKind, &'static str), usize>,
    /// How the text spells a country, if at all, by country (one search of the text each).
    spellings: HashMap<&'static str, Option<String>>,
    /// Per role stem asked for, the mentions of persons whose role contains it; built on the
    /// first question, dropped when a mention or role is added.
    with_role: HashMap<String, Vec<(usize, usize)>>,
}

/// Names compare without case and without a leading article.
fn bare(name: &str) -> String {
    let lower = name.trim().to_lowercase();
    for article in [
        "the ", "die ", "der ", "le ", "la ", "les ", "el ", "los ", "het ", "de ",
    ] {
        if let Some(rest) = lower.strip_prefix(article) {
            return rest.to_owned();
        }
    }
    lower
}

impl Entities {
    fn add(&mut self, entity: Entity) -> usize {
        let id = self.list.len();
        let key = bare(&entity.name);
        if entity.kind == ActorKind::Person {
            if entity.name.contains(' ') {
                let last = key.rsplit(' ').next().unwrap_or(&key).to_owned();
                self.last_names.entry(last).or_default().push(id);
            }
            self.persons.entry(key).or_insert(id);
        } else {
            self.others.entry(key).or_insert(id);
            if let Some(country) = entity.country {
                self.seats.entry((entity.kind, country)).or_insert(id);
            }
        }
        self.list.push(entity);
        id
    }

    fn alias(&mut self, id: usize, name: &str) {
        let entity = &mut self.list[id];
        if entity.name != name && !entity.aliases.iter().any(|a| a == name) {
            entity.aliases.push(name.to_owned());
            let names = if entity.kind == ActorKind::Person {
                &mut self.persons
            } else {
                &mut self.others
            };
            let first = names.entry(bare(name)).or_insert(id);
            *first = (*first).min(id);
        }
    }

    /// Records a mention of a person at `at`.
    pub fn mention(&mut self, at: usize, id: usize) {
        if self.list[id].kind == ActorKind::Person {
            // Mentions come in text order, so this is a push at the end.
            let k = self.mentions.partition_point(|&(pos, _)| pos <= at);
            self.mentions.insert(k, (at, id));
            self.with_role.clear();
        }
    }

    /// The person named `name` (one word or more), found by full name, by its last word, or
    /// by an inflected last name ("Лебедева" is "Лебедев"); created when new and `create`.
    pub fn person(&mut self, name: &str, role: Option<String>, create: bool) -> Option<usize> {
        let key = bare(name);
        let found = self.persons.get(&key).copied().or_else(|| {
            // A later mention by the last name: the latest person whose last word it is.
            (!key.contains(' '))
                .then(|| self.latest_by_last_name(&key))
                .flatten()
        });
        if let Some(id) = found {
            self.alias(id, name);
            if self.list[id].role.is_none() && role.is_some() {
                self.list[id].role = role;
                self.with_role.clear();
            }
            return Some(id);
        }
        create.then(|| {
            self.add(Entity {
                name: name.to_owned(),
                aliases: Vec::new(),
                kind: ActorKind::Person,
                role,
                affiliation: None,
                country: None,
            })
        })
    }

    /// The latest person whose last name `word` is, or an inflection of it: "Ostrander" fits
    /// "Mara Ostrander", "Лебедева" fits "Игорь Лебедев" (one or two letters more, as Slavic
    /// cases and German genitives add, after a last name of four letters at least).
    fn latest_by_last_name(&self, word: &str) -> Option<usize> {
        let ends: Vec<usize> = word.char_indices().map(|(at, _)| at).collect();
        let chars = ends.len();
        let mut candidates = vec![word];
        for extra in 1..=2 {
            if chars >= 4 + extra {
                candidates.push(&word[..ends[chars - extra]]);
            }
        }
        candidates
            .into_iter()
            .filter_map(|last| self.last_names.get(last)?.last().copied())
            .max()
    }

    /// The state or government a place name stands for ("Moscow" and "the Kremlin" are one
    /// government, named as the article first names it).
    pub fn place(&mut self, name: &str, place: Place) -> Option<usize> {
        let (kind, country) = match place {
            Place::Country(c) => (ActorKind::State, c),
            Place::Seat(c) if c == "european union" => (ActorKind::Alliance, c),
            Place::Seat(c) => (ActorKind::Government, c),
            Place::Demonym(_) => return None,
        };
        let shown = strip_article(name);
        if let Some(&id) = self.seats.get(&(kind, country)) {
            self.alias(id, shown);
            return Some(id);
        }
        Some(self.add(Entity {
            name: shown.to_owned(),
            aliases: Vec::new(),
            kind,
            role: None,
            affiliation: None,
            country: Some(country),
        }))
    }

    /// The state a demonym names, by the name the article itself uses for the country, if
    /// the article names it at all.
    pub fn state_of(
        &mut self,
        country: &'static str,
        text_lower: &str,
        text: &str,
    ) -> Option<usize> {
        if let Some(&id) = self.seats.get(&(ActorKind::State, country)) {
            return Some(id);
        }
        let name = self
            .spellings
            .entry(country)
            .or_insert_with(|| {
                places::country_names(country).iter().find_map(|n| {
                    find_word(text_lower, n).map(|at| text[at..at + n.len()].to_owned())
                })
            })
            .clone()?;
        self.place(&name, Place::Country(country))
    }

    /// An institution or group named by a common noun phrase ("the national weather
    /// service", "City officials", "Die IG Metall").
    pub fn group(&mut self, phrase: &str) -> usize {
        let shown = strip_article(phrase);
        let key = bare(shown);
        if let Some(&id) = self.others.get(&key) {
            return id;
        }
        let words: Vec<&str> = key.split_whitespace().collect();
        let kind = if words.iter().any(|w| places::government_word(w)) {
            ActorKind::Government
        } else if words.iter().any(|w| places::organization_word(w))
            || shown.split_whitespace().any(is_acronym)
        {
            ActorKind::Organization
        } else {
            ActorKind::Collective
        };
        self.add(Entity {
            name: shown.to_owned(),
            aliases: Vec::new(),
            kind,
            role: None,
            affiliation: None,
            country: None,
        })
    }

    /// The last person mentioned before `at`.
    pub fn last_person(&self, at: usize) -> Option<usize> {
        let k = self.mentions.partition_point(|&(pos, _)| pos < at);
        k.checked_sub(1).map(|k| self.mentions[k].1)
    }

    /// The last person mentioned before `at` whose role fits the role noun `stem`.
    pub fn last_with_role(&mut self, stem: &str, at: usize) -> Option<usize> {
        let Self {
            list,
            mentions,
            with_role,
            ..
        } = self;
        let fitting = with_role.entry(stem.to_owned()).or_insert_with(|| {
            let fits: Vec<bool> = list
                .iter()
                .map(|e| {
                    e.role
                        .as_deref()
                        .is_some_and(|role| role.to_lowercase().contains(stem))
                })
                .collect();
            mentions
                .iter()
                .copied()
                .filter(|&(_, id)| fits[id])
                .collect()
        });
        let k = fitting.partition_point(|&(pos, _)| pos < at);
        k.checked_sub(1).map(|k| fitting[k].1)
    }
}

fn strip_article(name: &str) -> &str {
    for article in [
        "The ", "the ", "Die ", "Der ", "Le ", "La ", "Les ", "El ", "Los ", "Het ",
    ] {
        if let Some(rest) = name.strip_prefix(article) {
            return rest;
        }
    }
    name
}

/// "IG", "NATO", "SNCF": two or more capitals and nothing else.
pub fn is_acronym(word: &str) -> bool {
    word.chars().count() >= 2 && word.chars().all(|c| c.is_uppercase() || c == '-')
}

/// Where `word` stands in `text` as a whole word, if anywhere.
fn find_word(text: &str, word: &str) -> Option<usize> {
    let mut from = 0;
    while let Some(at) = text[from..].find(word) {
        let start = from + at;
        let end = start + word.len();
        let before = text[..start].chars().next_back();
        let after = text[end..].chars().next();
        if !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric) {
            return Some(start);
        }
        from = start + text[start..].chars().next().map_or(1, char::len_utf8);
    }
    None
}

/// Whether a role noun can stand for a person ("the minister").
pub fn is_role_noun(word: &str) -> bool {
    lexicon::role_stem(word).is_some()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn later_mentions_point_back() {
        let mut e = Entities::default();
        let cavusoglu = e.person(
            "Mevlut Cavusoglu",
            Some("Turkish Foreign Minister".into()),
            true,
        );
        e.mention(10, cavusoglu.unwrap());
        assert_eq!(e.person("Cavusoglu", None, false), cavusoglu);
        let lebedev = e.person("Игорь Лебедев", None, true);
        assert_eq!(e.person("Лебедева", None, false), lebedev);
        assert_eq!(e.last_person(11), cavusoglu);
        assert_eq!(e.last_person(10), None);
        assert_eq!(e.last_with_role("minist", 50), cavusoglu);
        let kremlin = e.place("The Kremlin", Place::Seat("russia"));
        assert_eq!(e.place("Moscow", Place::Seat("russia")), kremlin);
        let k = kremlin.unwrap();
        assert_eq!(e.list[k].name, "Kremlin");
        assert_eq!(e.list[k].aliases, ["Moscow"]);
        assert_eq!(e.list[k].kind, ActorKind::Government);
        let union = e.group("The union");
        assert_eq!(e.group("the union"), union);
        let ig = e.group("Die IG Metall");
        assert_eq!(e.list[ig].kind, ActorKind::Organization);
        let officials = e.group("City officials");
        assert_eq!(e.list[officials].kind, ActorKind::Collective);
    }
}
