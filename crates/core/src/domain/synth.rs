//! Synthetic stories in the dataset format, for tests and benchmarks at any size: `actors`
//! actors, ten times as many statements, as many events, and about two relations per actor,
//! every one backed by a sentence of a generated article. Deterministic for a given seed.

use std::fmt::Write;

const SYLLABLES: [&str; 24] = [
    "ka", "ro", "vel", "an", "mir", "to", "sa", "den", "lu", "bra", "ost", "ve", "ni", "kor", "al",
    "te", "ris", "mo", "dan", "e", "sul", "ga", "ith", "pa",
];
const KINDS: [&str; 6] = [
    "state",
    "person",
    "government",
    "person",
    "organization",
    "collective",
];
const RELATIONS: [(&str, bool, &str); 8] = [
    ("conflict", false, "190"),
    ("negotiation", false, "046"),
    ("accusation", true, "112"),
    ("support", true, "072"),
    ("criticism", true, "111"),
    ("appeal", true, "020"),
    ("invitation", true, "026"),
    ("economic", true, "061"),
];

struct Rng(u64);

impl Rng {
    fn below(&mut self, n: usize) -> usize {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        usize::try_from(self.0 % (n.max(1) as u64)).unwrap_or(0)
    }
}

fn name(rng: &mut Rng, index: usize, person: bool) -> String {
    let mut word = |syllables: usize| {
        let mut w = String::new();
        for _ in 0..syllables {
            w.push_str(SYLLABLES[rng.below(SYLLABLES.len())]);
        }
        let mut chars = w.chars();
        chars
            .next()
            .map(|c| c.to_uppercase().chain(chars).collect::<String>())
            .unwrap_or_default()
    };
    if person {
        format!("{} {} {index}", word(2), word(2 + index % 2))
    } else {
        format!("{} {index}", word(2 + index % 2))
    }
}

fn quoted(text: &str) -> String {
    serde_json::to_string(text).unwrap_or_default()
}

/// A dataset document with `actors` actors; valid by construction.
pub fn synthetic_story(actors: usize, seed: u64) -> String {
    let actors = actors.max(2);
    let mut rng = Rng(seed | 1);
    let names: Vec<String> = (0..actors)
        .map(|i| name(&mut rng, i, KINDS[i % KINDS.len()] == "person"))
        .collect();
    let mut text = format!("Synthetic story with {actors} actors\n\n");
    let mut actor_json = Vec::with_capacity(actors);
    for (i, actor_name) in names.iter().enumerate() {
        let kind = KINDS[i % KINDS.len()];
        let affiliation = if kind == "person" {
            format!(", \"affiliation\": \"a{}\"", i - 1)
        } else {
            String::new()
        };
        actor_json.push(format!(
            "{{\"id\": \"a{i}\", \"name\": {}, \"kind\": \"{kind}\"{affiliation}}}",
            quoted(actor_name)
        ));
    }
    let mut events = Vec::new();
    let mut quotes = Vec::new();
    let mut relations = Vec::new();
    let mut sentence = 0usize;
    for i in 0..actors {
        // Two relations per actor, each with five events and five statements behind it.
        for r in 0..2 {
            let mut other = rng.below(actors);
            if other == i {
                other = (i + 1) % actors;
            }
            let (kind, directed, cameo) = RELATIONS[rng.below(RELATIONS.len())];
            let mut evidence = Vec::new();
            for _ in 0..5 {
                sentence += 1;
                let line = format!(
                    "{} acted towards {} in matter {sentence}.",
                    names[i], names[other]
                );
                let _ = write!(text, "{line} ");
                events.push(format!(
                    "{{\"id\": \"e{sentence}\", \"summary\": {}, \"cameo\": \"{cameo}\", \"source\": \"a{i}\", \"targets\": [\"a{other}\"], \"evidence\": {{\"exact\": {}}}}}",
                    quoted(&format!("{} acts towards {}", names[i], names[other])),
                    quoted(&line)
                ));
                evidence.push(format!("\"e{sentence}\""));
                sentence += 1;
                let words = format!("we will answer on point {sentence}");
                let line = format!("{} said “{words}”.", names[i]);
                let _ = write!(text, "{line} ");
                let (kind_key, quote_text) = if sentence.is_multiple_of(4) {
                    (
                        "paraphrase",
                        format!("They will answer on point {sentence}."),
                    )
                } else {
                    ("verbatim", words.clone())
                };
                quotes.push(format!(
                    "{{\"id\": \"q{sentence}\", \"speaker\": \"a{i}\", \"kind\": \"{kind_key}\", \"text\": {}, \"about\": [\"a{other}\"], \"event\": \"e{}\", \"evidence\": {{\"exact\": {}}}}}",
                    quoted(&quote_text),
                    sentence - 1,
                    quoted(&line)
                ));
                evidence.push(format!("\"q{sentence}\""));
            }
            text.push_str("\n\n");
            relations.push(format!(
                "{{\"id\": \"r{i}-{r}\", \"kind\": \"{kind}\", \"source\": \"a{i}\", \"target\": \"a{other}\", \"directed\": {directed}, \"summary\": {}, \"evidence\": [{}]}}",
                quoted(&format!("{} and {}", names[i], names[other])),
                evidence[..2].join(", ")
            ));
        }
    }
    format!(
        "{{\"format\": \"dramatis/1\", \"story\": {{\"id\": \"synthetic-{actors}\", \"title\": {}, \"language\": \"en\", \"text\": {}}},\n\"actors\": [\n{}\n],\n\"events\": [\n{}\n],\n\"quotes\": [\n{}\n],\n\"relations\": [\n{}\n]}}\n",
        quoted(&format!("Synthetic story with {actors} actors")),
        quoted(text.trim_end()),
        actor_json.join(",\n"),
        events.join(",\n"),
        quotes.join(",\n"),
        relations.join(",\n")
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::load;

    #[test]
    fn synthetic_stories_are_valid_and_sized() {
        for actors in [2, 7, 50] {
            let data = load(&synthetic_story(actors, 42)).unwrap_or_else(|r| panic!("{r}"));
            assert_eq!(data.actors.len(), actors);
            assert_eq!(data.quotes.len(), 10 * actors);
            assert_eq!(data.events.len(), 10 * actors);
            assert_eq!(data.relations.len(), 2 * actors);
        }
    }

    #[test]
    fn same_seed_same_story() {
        assert_eq!(synthetic_story(20, 7), synthetic_story(20, 7));
        assert_ne!(synthetic_story(20, 7), synthetic_story(20, 8));
    }
}
