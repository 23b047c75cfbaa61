//! Plain-language sentences generated from the data, in the interface's language: what screen
//! readers announce for an actor, the map as text (every actor and every relation), a card's
//! byline and the citation a reader copies.

use dramatis_i18n::{Arg, Catalog, Lang};

use super::ids::{ActorId, QuoteId, RelationId};
use super::kinds::{ActorKind, QuoteKind, RelationKind};
use super::model::Dataset;

/// The kind of actor in words ("State").
pub fn actor_kind(t: &Catalog, kind: ActorKind) -> String {
    t.format(&format!("actor-kind-{}", kind.key()), &[])
}

/// The kind of relation in words ("Talks").
pub fn relation_kind(t: &Catalog, kind: RelationKind) -> String {
    t.format(&format!("relation-kind-{}", kind.key()), &[])
}

/// The id of the message for relation `kind` (`relation-` or `relation-with-`, the directed
/// form where the kind has one).
fn relation_message(prefix: &str, kind: RelationKind, directed: bool) -> String {
    let directed = directed && kind == RelationKind::Economic;
    format!(
        "{prefix}{}{}",
        kind.key(),
        if directed { "-directed" } else { "" }
    )
}

/// "Russia is in conflict with Ukraine."
pub fn relation_sentence(t: &Catalog, data: &Dataset, id: RelationId) -> String {
    let relation = data.relation(id);
    t.format(
        &relation_message("relation-", relation.kind, relation.directed),
        &[
            (
                "source",
                Arg::Text(data.actor(relation.source).name.clone()),
            ),
            (
                "target",
                Arg::Text(data.actor(relation.target).name.clone()),
            ),
        ],
    )
}

/// The relation as seen from one of its ends: "criticises United States" or "Criticism from
/// Dmitri Peskov".
pub fn relation_from(t: &Catalog, data: &Dataset, id: RelationId, actor: ActorId) -> String {
    let relation = data.relation(id);
    if relation.source == actor || !relation.directed {
        let other = if relation.source == actor {
            relation.target
        } else {
            relation.source
        };
        t.format(
            &relation_message("relation-with-", relation.kind, relation.directed),
            &[("other", Arg::Text(data.actor(other).name.clone()))],
        )
    } else {
        t.relation_from(
            relation_kind(t, relation.kind),
            &data.actor(relation.source).name,
        )
    }
}

/// The kind of actor as a word inside a phrase ("person"), as the language writes it there.
fn kind_in_sentence(t: &Catalog, kind: ActorKind) -> String {
    t.format(&format!("actor-phrase-{}", kind.key()), &[])
}

/// Who the actor is, in a phrase: "Dmitri Peskov, Kremlin spokesman, person, speaks for Kremlin".
pub fn actor_identity(t: &Catalog, data: &Dataset, id: ActorId) -> String {
    let actor = data.actor(id);
    let mut parts = vec![actor.name.clone()];
    if let Some(role) = &actor.role {
        parts.push(role.value.clone());
    }
    parts.push(kind_in_sentence(t, actor.kind));
    if let Some(affiliation) = &actor.affiliation {
        parts.push(t.identity_speaks_for(&data.actor(affiliation.value).name));
    }
    parts.join(&t.list_separator())
}

/// Everything a screen reader needs to know about an actor on the map, in one sentence.
pub fn actor_sentence(t: &Catalog, data: &Dataset, id: ActorId) -> String {
    let relations = data.relations_of(id);
    let mut sentence = actor_identity(t, data, id);
    sentence.push_str(". ");
    if relations.is_empty() {
        sentence.push_str(&t.actor_no_relations());
    } else {
        let parts: Vec<String> = relations
            .iter()
            .map(|&r| relation_from(t, data, r, id))
            .collect();
        sentence.push_str(&t.actor_relations(relations.len(), parts.join("; ")));
    }
    sentence.push_str(". ");
    sentence.push_str(&t.actor_statements(
        data.statements_by(id).len(),
        data.statements_about(id).len(),
    ));
    sentence
}

/// Who said it, as a card's byline: "Dmitri Peskov, Kremlin spokesman (speaks for Kremlin)",
/// with the name the article uses when it differs ("Kremlin, as “Moscow”").
pub fn speaker_line(t: &Catalog, data: &Dataset, id: QuoteId) -> String {
    let quote = data.quote(id);
    let speaker = data.actor(quote.speaker);
    let separator = t.list_separator();
    let mut line = speaker.name.clone();
    if let Some(role) = &speaker.role {
        line.push_str(&separator);
        line.push_str(&role.value);
    }
    if let Some(affiliation) = &speaker.affiliation {
        line.push(' ');
        line.push_str(&t.speaker_speaks_for(&data.actor(affiliation.value).name));
    }
    if let Some(name) = &quote.attributed_as
        && !name.eq_ignore_ascii_case(&speaker.name)
        && !name
            .to_ascii_lowercase()
            .ends_with(&speaker.name.to_ascii_lowercase())
    {
        line.push_str(&separator);
        line.push_str(&t.speaker_as(name));
    }
    line
}

/// When, where and what kind of act, as the article gives them: "Make pessimistic comment · on
/// Wednesday · in Brussels". Falls back to the event's time and place.
pub fn quote_context(t: &Catalog, data: &Dataset, id: QuoteId) -> String {
    let quote = data.quote(id);
    let event = quote.event.map(|e| data.event(e));
    let mut parts: Vec<String> = Vec::new();
    if let Some(event) = event {
        parts.push(t.cameo(&event.cameo.code));
    }
    let when = quote
        .when
        .as_deref()
        .or(event.and_then(|e| e.when.as_deref()));
    let place = quote
        .place
        .as_deref()
        .or(event.and_then(|e| e.place.as_deref()));
    parts.extend(when.into_iter().chain(place).map(str::to_owned));
    parts.join(" · ")
}

/// A quotation in the quotation marks of the story's language.
pub fn quoted(data: &Dataset, text: &str) -> String {
    let (open, close) = Lang::parse(&data.story.language).map_or(("“", "”"), Lang::quotes);
    format!("{open}{text}{close}")
}

/// The statement as plain text with its attribution and source, for copying and sharing.
pub fn quote_citation(t: &Catalog, data: &Dataset, id: QuoteId) -> String {
    let quote = data.quote(id);
    let story = &data.story;
    let words = match quote.kind {
        QuoteKind::Verbatim => quoted(data, &quote.text),
        QuoteKind::Paraphrase => t.citation_reported(&quote.text),
    };
    let separator = t.list_separator();
    let mut text = format!("{words}\n— {}", speaker_line(t, data, id));
    text.push_str(&separator);
    text.push_str(&t.citation_in(&story.title));
    for part in [&story.publisher, &story.published].into_iter().flatten() {
        text.push_str(&separator);
        text.push_str(part);
    }
    if let Some(url) = &story.url {
        text.push('\n');
        text.push_str(url.as_str());
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::builtin::builtin;

    fn en() -> Catalog {
        Catalog::english()
    }

    #[test]
    fn every_kind_and_act_has_its_words_in_english() {
        let t = en();
        for kind in ActorKind::ALL {
            assert!(t.has(&format!("actor-kind-{}", kind.key())), "{kind:?}");
            assert!(t.has(&format!("actor-phrase-{}", kind.key())), "{kind:?}");
        }
        for kind in RelationKind::ALL {
            for directed in [false, true] {
                for prefix in ["relation-", "relation-with-"] {
                    let id = relation_message(prefix, kind, directed);
                    assert!(t.has(&id), "{id}");
                }
            }
            assert!(t.has(&format!("relation-kind-{}", kind.key())), "{kind:?}");
        }
        for code in crate::domain::cameo::codes() {
            assert_eq!(
                t.cameo(code),
                crate::domain::cameo::Cameo::parse(code).unwrap().label()
            );
        }
    }

    #[test]
    fn sentences_name_both_ends_and_the_kind() {
        let data = builtin().unwrap();
        let id = data.relation_by_key("r-peskov-us").unwrap();
        assert_eq!(
            relation_sentence(&en(), &data, id),
            "Dmitri Peskov criticises United States."
        );
        let us = data.actor_by_key("united-states").unwrap();
        let peskov = data.actor_by_key("peskov").unwrap();
        assert_eq!(
            relation_from(&en(), &data, id, peskov),
            "criticises United States"
        );
        assert_eq!(
            relation_from(&en(), &data, id, us),
            "Criticism from Dmitri Peskov"
        );
    }

    #[test]
    fn cards_name_the_speaker_as_the_article_does() {
        let data = builtin().unwrap();
        let hysteria = data.quote_by_key("q-moscow-hysteria").unwrap();
        assert_eq!(
            speaker_line(&en(), &data, hysteria),
            "Kremlin (speaks for Russia), as “Moscow”"
        );
        let long_way = data.quote_by_key("q-kremlin-long-way").unwrap();
        assert_eq!(
            speaker_line(&en(), &data, long_way),
            "Kremlin (speaks for Russia)"
        );
        let arms = data.quote_by_key("q-peskov-arms").unwrap();
        assert_eq!(
            speaker_line(&en(), &data, arms),
            "Dmitri Peskov, Kremlin spokesman (speaks for Kremlin)"
        );
        let hampered = data.quote_by_key("q-cavusoglu-hampered").unwrap();
        assert_eq!(
            quote_context(&en(), &data, hampered),
            "Make pessimistic comment · on Wednesday"
        );
        let realistic = data.quote_by_key("q-cavusoglu-realistic").unwrap();
        assert_eq!(
            quote_context(&en(), &data, realistic),
            "Make optimistic comment · on the sidelines of a NATO meeting in Brussels"
        );
    }

    #[test]
    fn citations_keep_quotes_and_reports_apart() {
        let data = builtin().unwrap();
        let realistic = data.quote_by_key("q-cavusoglu-realistic").unwrap();
        assert_eq!(
            quote_citation(&en(), &data, realistic),
            "“We are still hopeful and cautiously optimistic. But, at the same time, we are realistic”\n— Mevlut Cavusoglu, Turkish Foreign Minister (speaks for Turkey), in “Negotiations Between Ukraine and Russia are Difficult”"
        );
        let rubles = data.quote_by_key("q-orban-rubles").unwrap();
        assert!(quote_citation(&en(), &data, rubles).starts_with(
            "He is willing to pay in rubles for Russian gas. (reported, not a direct quote)"
        ));
    }

    #[test]
    fn a_split_quote_reads_as_one_quote_with_its_break_marked() {
        let json = include_str!("../../../../tests/stories/split-quote.json");
        let data = crate::domain::load(json).unwrap();
        let ost = data.quote_by_key("q-ost").unwrap();
        assert!(quote_citation(&en(), &data, ost).starts_with(
            "“We will not go back, … until the night shifts are safe.”\n— Mara Ost, union leader"
        ));
    }

    #[test]
    fn actor_sentence_says_who_and_how_connected() {
        let data = builtin().unwrap();
        let peskov = data.actor_by_key("peskov").unwrap();
        assert_eq!(
            actor_sentence(&en(), &data, peskov),
            "Dmitri Peskov, Kremlin spokesman, person, speaks for Kremlin. 1 relation: criticises United States. 2 statements by, 0 about."
        );
        let nato = data.actor_by_key("nato").unwrap();
        assert!(actor_sentence(&en(), &data, nato).contains("No relations in this story"));
    }
}
