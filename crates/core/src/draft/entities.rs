//! Who the article talks about: one entry per actor, with the names the text uses for it, and
//! every mention of a person in text order, so that "he", "Cavusoglu" and "the minister"
//! point back to the last fitting person.

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

/// Every entity, and where persons are mentioned.
#[derive(Debug, Default)]
pub struct Entities {
    /// The entities, in order of first mention.
    pub list: Vec<Entity>,
    /// (byte offset, entity) of each mention of a person, in text order.
    mentions: Vec<(usize, usize)>,
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
        self.list.push(entity);
        self.list.len() - 1
    }

    fn alias(&mut self, id: usize, name: &str) {
        let entity = &mut self.list[id];
        if entity.name != name && !entity.aliases.iter().any(|a| a == name) {
            entity.aliases.push(name.to_owned());
        }
    }

    /// Records a mention of a person at `at`.
    pub fn mention(&mut self, at: usize, id: usize) {
        if self.list[id].kind == ActorKind::Person {
            let k = self.mentions.partition_point(|&(pos, _)| pos <= at);
            self.mentions.insert(k, (at, id));
        }
    }

    /// The person named `name` (one word or more), found by full name, by its last word, or
    /// by an inflected last name ("Лебедева" is "Лебедев"); created when new and `create`.
    pub fn person(&mut self, name: &str, role: Option<String>, create: bool) -> Option<usize> {
        let key = bare(name);
        let found = self.list.iter().position(|e| {
            e.kind == ActorKind::Person
                && (bare(&e.name) == key || e.aliases.iter().any(|a| bare(a) == key))
        });
        let found = found.or_else(|| {
            // A later mention by the last name: the latest person whose last word it is.
            (!key.contains(' '))
                .then(|| {
                    self.list.iter().rposition(|e| {
                        e.kind == ActorKind::Person
                            && e.name.contains(' ')
                            && last_name_fits(&bare(&e.name), &key)
                    })
                })
                .flatten()
        });
        if let Some(id) = found {
            self.alias(id, name);
            if self.list[id].role.is_none() {
                self.list[id].role = role;
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
        if let Some(id) = self
            .list
            .iter()
            .position(|e| e.kind == kind && e.country == Some(country))
        {
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
        if let Some(id) = self
            .list
            .iter()
            .position(|e| e.kind == ActorKind::State && e.country == Some(country))
        {
            return Some(id);
        }
        let name = places::country_names(country)
            .iter()
            .find_map(|n| find_word(text_lower, n).map(|at| text[at..at + n.len()].to_owned()))?;
        self.place(&name, Place::Country(country))
    }

    /// An institution or group named by a common noun phrase ("the national weather
    /// service", "City officials", "Die IG Metall").
    pub fn group(&mut self, phrase: &str) -> usize {
        let shown = strip_article(phrase);
        let key = bare(shown);
        if let Some(id) = self.list.iter().position(|e| {
            e.kind != ActorKind::Person
                && (bare(&e.name) == key || e.aliases.iter().any(|a| bare(a) == key))
        }) {
            return id;
        }
        let words: Vec<String> = key.split_whitespace().map(str::to_owned).collect();
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
    pub fn last_with_role(&self, stem: &str, at: usize) -> Option<usize> {
        let k = self.mentions.partition_point(|&(pos, _)| pos < at);
        self.mentions[..k]
            .iter()
            .rev()
            .map(|&(_, id)| id)
            .find(|&id| {
                self.list[id]
                    .role
                    .as_deref()
                    .is_some_and(|role| role.to_lowercase().contains(stem))
            })
    }
}

/// "Ostrander" fits "mara ostrander"; "лебедева" fits "игорь лебедев" (an ending of at most
/// two letters, as Slavic cases and German genitives add).
fn last_name_fits(full: &str, word: &str) -> bool {
    let last = full.rsplit(' ').next().unwrap_or(full);
    if last == word {
        return true;
    }
    let extra = word.chars().count().saturating_sub(last.chars().count());
    last.chars().count() >= 4 && word.starts_with(last) && extra <= 2
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
