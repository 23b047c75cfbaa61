//! Who a noun phrase beside a speech verb is: the subject before it (past auxiliaries,
//! adverbials and appositions), the speaker after it ("said Mara Ostrander, who …"), the
//! source after "according to", resolved to a person, a place standing for a state or
//! government, or an institution or group.

use crate::draft::entities::{Entities, is_acronym, is_role_noun};
use crate::draft::lexicon::{self, Lang};
use crate::draft::people::{self, phrase, split_run};
use crate::draft::places;
use crate::draft::tokens::{Token, TokenKind};

use super::{INSERTED_REACH, Reader, SUBJECT_REACH, Speaker, is_title_like};

impl Reader<'_> {
    /// The source after "according to": up to the comma, or (without one) a name, a
    /// determiner and a name, or a pronoun. Returns it and where it ends.
    pub(super) fn np_source(
        &self,
        tokens: &[Token],
        after: usize,
        entities: &mut Entities,
    ) -> Option<(Speaker, usize)> {
        let first = tokens.get(after)?;
        if first.is_frame_word() && lexicon::person_pronoun(self.lang, &first.lower) {
            let entity = entities.last_person(first.span.start)?;
            let mut end = after + 1;
            if matches!(self.lang, Lang::Uk | Lang::Ru) {
                end += 1; // "за його словами": the noun after the pronoun.
            }
            return Some((
                Speaker {
                    entity,
                    mention: entities.list[entity].name.clone(),
                },
                end,
            ));
        }
        let mut end = after;
        while end < tokens.len() && tokens[end].is_frame_word() && end - after < 7 {
            end += 1;
        }
        let pause_follows = tokens.get(end).is_none_or(|t| t.kind != TokenKind::Word);
        if !pause_follows {
            // "Volgens Wiersma is de dijk …": the source is the name alone, with the
            // determiners and lower-case titles before it ("volgens voorzitter Henk Doorn").
            end = after;
            while end < tokens.len()
                && tokens[end].is_frame_word()
                && (lexicon::determiner(&tokens[end].lower)
                    || (!tokens[end].capital && is_title_like(&tokens[end])))
            {
                end += 1;
            }
            let name_from = end;
            while end < tokens.len() && tokens[end].is_frame_word() && tokens[end].capital {
                end += 1;
            }
            if end == name_from {
                return None;
            }
        }
        let speaker = self.resolve(tokens, after, end, entities)?;
        Some((speaker, end))
    }

    /// The subject before a verb, and where it starts: skips auxiliaries and adverbs, and an
    /// adverbial, apposition or relative clause between commas ("Ukraine, in turn, reports",
    /// "Tom Reddick, the managing director of Portmere Ferries, told").
    pub(super) fn np_before(
        &self,
        tokens: &[Token],
        v: usize,
        floor: usize,
        entities: &mut Entities,
    ) -> Option<(Speaker, usize)> {
        let mut end = v;
        while end > floor
            && tokens[end - 1].is_frame_word()
            && lexicon::between_subject_and_verb(self.lang, &tokens[end - 1].lower)
        {
            end -= 1;
        }
        // "The hospital’s chief executive, Daniel Hewitt, told": the comma closes an apposition.
        if end > floor + 1 && tokens[end - 1].lower == "," {
            let mut name = end - 1;
            while name > floor
                && end - name < SUBJECT_REACH
                && tokens[name - 1].is_frame_word()
                && tokens[name - 1].capital
            {
                name -= 1;
            }
            if name < end - 1
                && end - 1 - name <= 4
                && (name == floor || tokens[name - 1].kind == TokenKind::Pause)
            {
                end -= 1;
            } else if let Some(open) = inserted_phrase(tokens, floor, end - 1) {
                // "Tom Reddick, the managing director of Portmere Ferries, told", "Vakbond
                // AOb, die de staking organiseerde, eist": the subject stands before it.
                end = open;
            }
        }
        for _ in 0..3 {
            let mut start = end;
            while start > floor && end - start < SUBJECT_REACH && tokens[start - 1].is_frame_word()
            {
                start -= 1;
            }
            if start == end {
                return None;
            }
            let adverbial = end - start <= 4
                && (start..end).all(|k| {
                    let t = &tokens[k];
                    !t.capital
                        && !is_title_like(t)
                        && !lexicon::determiner(&t.lower)
                        && !lexicon::person_pronoun(self.lang, &t.lower)
                        && !lexicon::group_pronoun(self.lang, &t.lower)
                });
            if adverbial && start > floor && tokens[start - 1].kind == TokenKind::Pause {
                end = start - 1;
                continue;
            }
            return self
                .resolve(tokens, start, end, entities)
                .map(|speaker| (speaker, start));
        }
        None
    }

    /// The speaker after a verb: "said Mara Ostrander, who …", "zei dijkgraaf Anne Wiersma
    /// dinsdag", "a lancé la ministre …, Awa Ndiaye,", "aldus de minister", "zei hij".
    pub(super) fn np_after(
        &self,
        tokens: &[Token],
        v: usize,
        limit: usize,
        entities: &mut Entities,
    ) -> Option<Speaker> {
        let from = v + 1;
        let first = tokens.get(from).filter(|_| from < limit)?;
        if !first.is_frame_word() {
            return None;
        }
        if lexicon::person_pronoun(self.lang, &first.lower) {
            return self.resolve(tokens, from, from + 1, entities);
        }
        let mut end = from;
        while end < limit && tokens[end].is_frame_word() && end - from < 10 {
            end += 1;
        }
        // The first capitalised run, with the titles before it.
        let run = (from..end).find(|&k| tokens[k].capital);
        match run {
            Some(r) => {
                let has_title = (from..r).any(|k| is_title_like(&tokens[k]));
                let mut run_end = r;
                while run_end < end
                    && (tokens[run_end].capital
                        || (lexicon::name_particle(&tokens[run_end].lower)
                            && tokens.get(run_end + 1).is_some_and(|t| t.capital)))
                {
                    run_end += 1;
                }
                // "la ministre sénégalaise de l’Environnement, Awa Ndiaye": the name after the comma.
                if has_title
                    && run_end == end
                    && let Some(found) = self.name_after_comma(tokens, end, entities)
                {
                    return Some(found);
                }
                self.resolve(tokens, r, run_end, entities)
                    .or_else(|| self.resolve(tokens, from, run_end, entities))
            }
            // "l’adjointe à l’éducation, Claire Vasseur": a title in lower case, then the name.
            None if (from..end).any(|k| is_title_like(&tokens[k])) => self
                .name_after_comma(tokens, end, entities)
                .or_else(|| self.resolve(tokens, from, end.min(from + 4), entities)),
            None => self.resolve(tokens, from, end.min(from + 4), entities),
        }
    }

    /// The capitalised name right after the comma at `comma`, if one follows: the name a
    /// title before the comma belongs to.
    fn name_after_comma(
        &self,
        tokens: &[Token],
        comma: usize,
        entities: &mut Entities,
    ) -> Option<Speaker> {
        if !(tokens.get(comma).is_some_and(|t| t.lower == ",")
            && tokens
                .get(comma + 1)
                .is_some_and(|t| t.is_frame_word() && t.capital))
        {
            return None;
        }
        let name_from = comma + 1;
        let mut name_end = name_from;
        while name_end < tokens.len()
            && name_end - name_from < SUBJECT_REACH
            && tokens[name_end].is_frame_word()
            && tokens[name_end].capital
        {
            name_end += 1;
        }
        self.resolve(tokens, name_from, name_end, entities)
    }

    /// Who the noun phrase `start..end` is: a pronoun or role noun pointing back, a person, a
    /// place standing for a state or government, or an institution or group.
    pub(super) fn resolve(
        &self,
        tokens: &[Token],
        start: usize,
        end: usize,
        entities: &mut Entities,
    ) -> Option<Speaker> {
        if start >= end {
            return None;
        }
        let mut start = start;
        if end - start > 6 {
            // A long stretch: only a name or pronoun at its end can be the subject.
            let mut s = end;
            while s > start && tokens[s - 1].capital {
                s -= 1;
            }
            if s == end {
                let last = &tokens[end - 1];
                if lexicon::person_pronoun(self.lang, &last.lower) {
                    s = end - 1;
                } else {
                    return None;
                }
            }
            start = s;
        }
        // "But Kyiv called that …": a sentence's first word may join it to the one before.
        if end - start > 1 && lexicon::conjunction(&tokens[start].lower) {
            start += 1;
        }
        let at = tokens[start].span.start;
        let text = self.text;
        if end - start == 1 && lexicon::person_pronoun(self.lang, &tokens[start].lower) {
            let entity = entities.last_person(at)?;
            return Some(Speaker {
                entity,
                mention: entities.list[entity].name.clone(),
            });
        }
        let mut content = start;
        while content < end && lexicon::determiner(&tokens[content].lower) {
            content += 1;
        }
        if content == end {
            return None;
        }
        let whole = phrase(text, tokens, start, end);
        let bare = phrase(text, tokens, content, end);
        // "the minister", "la ministra", "міністерка": the last person with that role.
        if end - content == 1 && is_role_noun(&tokens[content].lower) {
            let stem = lexicon::role_stem(&tokens[content].lower)?;
            let entity = entities
                .last_with_role(&stem, at)
                .or_else(|| entities.last_person(at))?;
            return Some(Speaker {
                entity,
                mention: entities.list[entity].name.clone(),
            });
        }
        if let Some(place) = places::place(&bare).or_else(|| places::place(&whole)) {
            let entity = entities.place(&whole, place)?;
            return Some(Speaker {
                entity,
                mention: whole,
            });
        }
        if let Some(person) = self.person_named(tokens, content, end, entities) {
            return Some(person);
        }
        if end - content > 6
            || !(content..end)
                .any(|k| tokens[k].kind == TokenKind::Word && tokens[k].lower.chars().count() > 2)
        {
            return None;
        }
        if (content..end).any(|k| {
            lexicon::person_pronoun(self.lang, &tokens[k].lower)
                || lexicon::group_pronoun(self.lang, &tokens[k].lower)
        }) {
            return None;
        }
        let entity = entities.group(&whole);
        Some(Speaker {
            entity,
            mention: whole,
        })
    }

    /// The person the noun phrase `content..end` (determiners skipped) names: a known person
    /// at its end, or a capitalised run that could be a name (created when it has two words,
    /// a title, or stands alone).
    fn person_named(
        &self,
        tokens: &[Token],
        content: usize,
        end: usize,
        entities: &mut Entities,
    ) -> Option<Speaker> {
        let text = self.text;
        // "Председатель профсоюза Наталья Орлова": a known person at the end of the phrase.
        let mut run = end;
        while run > content
            && (tokens[run - 1].capital || lexicon::name_particle(&tokens[run - 1].lower))
        {
            run -= 1;
        }
        if run > content
            && run < end
            && let Some(parts) = split_run(tokens, run, end)
        {
            let name = phrase(text, tokens, parts.start, parts.end);
            if let Some(entity) = entities.person(&name, None, false) {
                return Some(Speaker {
                    entity,
                    mention: name,
                });
            }
        }
        let all_capital =
            (content..end).all(|k| tokens[k].capital || lexicon::name_particle(&tokens[k].lower));
        if all_capital && let Some(parts) = split_run(tokens, content, end) {
            let name_tokens = &tokens[parts.start..parts.end];
            if people::could_be_person(name_tokens)
                && !name_tokens
                    .iter()
                    .any(|t| is_acronym(&text[t.span.range()]))
            {
                let name = phrase(text, tokens, parts.start, parts.end);
                let titled = parts.role_start < parts.start;
                let create = name_tokens.len() >= 2 || titled || end - content == 1;
                if let Some(entity) = entities.person(&name, None, create) {
                    return Some(Speaker {
                        entity,
                        mention: name,
                    });
                }
            }
        }
        None
    }
}

/// Where the comma that opens a phrase closed by the comma at `close` stands, when only
/// words lie between them and a word stands before it: an apposition or a relative clause
/// between a subject and its verb.
fn inserted_phrase(tokens: &[Token], floor: usize, close: usize) -> Option<usize> {
    let mut open = close;
    while open > floor && close - open <= INSERTED_REACH {
        open -= 1;
        let token = &tokens[open];
        if token.lower == "," {
            let words = close - open - 1;
            let before = open.checked_sub(1).filter(|&b| b >= floor)?;
            return (words > 0 && tokens[before].is_frame_word()).then_some(open);
        }
        if !token.is_frame_word() {
            return None;
        }
    }
    None
}
