//! Plain-language sentences generated from the data: what screen readers announce for an
//! actor, and the "relations as text" view, which lists every actor and every relation.

use std::fmt::Write;

use super::ids::{ActorId, QuoteId, RelationId};
use super::kinds::QuoteKind;
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

/// Who said it, as a card's byline: "Dmitri Peskov, Kremlin spokesman (speaks for Kremlin)",
/// with the name the article uses when it differs ("Kremlin, as “Moscow”").
pub fn speaker_line(data: &Dataset, id: QuoteId) -> String {
    let quote = data.quote(id);
    let speaker = data.actor(quote.speaker);
    let mut line = speaker.name.clone();
    if let Some(role) = &speaker.role {
        let _ = write!(line, ", {}", role.value);
    }
    if let Some(affiliation) = &speaker.affiliation {
        let _ = write!(line, " (speaks for {})", data.actor(affiliation.value).name);
    }
    if let Some(name) = &quote.attributed_as
        && !name.eq_ignore_ascii_case(&speaker.name)
        && !name
            .to_ascii_lowercase()
            .ends_with(&speaker.name.to_ascii_lowercase())
    {
        let _ = write!(line, ", as “{name}”");
    }
    line
}

/// When, where and what kind of act, as the article gives them: "Make pessimistic comment · on
/// Wednesday · in Brussels". Falls back to the event's time and place.
pub fn quote_context(data: &Dataset, id: QuoteId) -> String {
    let quote = data.quote(id);
    let event = quote.event.map(|e| data.event(e));
    let mut parts: Vec<&str> = Vec::new();
    if let Some(event) = event {
        parts.push(&event.cameo.label);
    }
    if let Some(when) = quote
        .when
        .as_deref()
        .or(event.and_then(|e| e.when.as_deref()))
    {
        parts.push(when);
    }
    if let Some(place) = quote
        .place
        .as_deref()
        .or(event.and_then(|e| e.place.as_deref()))
    {
        parts.push(place);
    }
    parts.join(" · ")
}

/// The statement as plain text with its attribution and source, for copying and sharing.
pub fn quote_citation(data: &Dataset, id: QuoteId) -> String {
    let quote = data.quote(id);
    let story = &data.story;
    let mut text = match quote.kind {
        QuoteKind::Verbatim => format!("“{}”\n— {}", quote.text, speaker_line(data, id)),
        QuoteKind::Paraphrase => format!(
            "{} (reported, not a direct quote)\n— {}",
            quote.text,
            speaker_line(data, id)
        ),
    };
    let _ = write!(text, ", in “{}”", story.title);
    if let Some(publisher) = &story.publisher {
        let _ = write!(text, ", {publisher}");
    }
    if let Some(published) = &story.published {
        let _ = write!(text, ", {published}");
    }
    if let Some(url) = &story.url {
        let _ = write!(text, "\n{}", url.as_str());
    }
    text
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
    fn cards_name_the_speaker_as_the_article_does() {
        let data = builtin().unwrap();
        let hysteria = data.quote_by_key("q-moscow-hysteria").unwrap();
        assert_eq!(
            speaker_line(&data, hysteria),
            "Kremlin (speaks for Russia), as “Moscow”"
        );
        let long_way = data.quote_by_key("q-kremlin-long-way").unwrap();
        assert_eq!(speaker_line(&data, long_way), "Kremlin (speaks for Russia)");
        let arms = data.quote_by_key("q-peskov-arms").unwrap();
        assert_eq!(
            speaker_line(&data, arms),
            "Dmitri Peskov, Kremlin spokesman (speaks for Kremlin)"
        );
        let hampered = data.quote_by_key("q-cavusoglu-hampered").unwrap();
        assert_eq!(
            quote_context(&data, hampered),
            "Make pessimistic comment · on Wednesday"
        );
        let realistic = data.quote_by_key("q-cavusoglu-realistic").unwrap();
        assert_eq!(
            quote_context(&data, realistic),
            "Make optimistic comment · on the sidelines of a NATO meeting in Brussels"
        );
    }

    #[test]
    fn citations_keep_quotes_and_reports_apart() {
        let data = builtin().unwrap();
        let realistic = data.quote_by_key("q-cavusoglu-realistic").unwrap();
        assert_eq!(
            quote_citation(&data, realistic),
            "“We are still hopeful and cautiously optimistic. But, at the same time, we are realistic”\n— Mevlut Cavusoglu, Turkish Foreign Minister (speaks for Turkey), in “Negotiations Between Ukraine and Russia are Difficult”"
        );
        let rubles = data.quote_by_key("q-orban-rubles").unwrap();
        assert!(quote_citation(&data, rubles).starts_with(
            "He is willing to pay in rubles for Russian gas. (reported, not a direct quote)"
        ));
    }

    #[test]
    fn a_split_quote_reads_as_one_quote_with_its_break_marked() {
        let json = include_str!("../../../../tests/stories/split-quote.json");
        let data = crate::domain::load(json).unwrap();
        let ost = data.quote_by_key("q-ost").unwrap();
        assert!(quote_citation(&data, ost).starts_with(
            "“We will not go back, … until the night shifts are safe.”\n— Mara Ost, union leader"
        ));
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
