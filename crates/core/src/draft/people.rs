//! Names with their titles and roles, found before any statement is read, so that later
//! mentions ("Cavusoglu"), pronouns and role nouns ("the minister") can point back:
//! "Turkish Foreign Minister Mevlut Cavusoglu", "Kremlin spokesman Dmitri Peskov", "Its
//! chairwoman, Priya Nandakumar,", "Sophie Marchal, secrétaire générale du syndicat".

use super::entities::{Entities, is_acronym};
use super::lexicon::{self, Lang};
use super::places::{self, Place};
use super::tokens::{Token, TokenKind};

/// The words of a name inside a run of capitalised words, and the title words before them.
pub struct NameParts {
    /// First token of the title (or of the name when there is none).
    pub role_start: usize,
    /// First token of the name.
    pub start: usize,
    /// One past the last token of the name.
    pub end: usize,
}

/// Whether a token can be part of a name or title in a run of capitalised words.
fn is_capital_word(token: &Token) -> bool {
    token.is_frame_word() && token.capital
}

/// Whether a token is a title word or a demonym ("Minister", "Turkish", "dijkgraaf").
pub fn is_title(token: &Token) -> bool {
    lexicon::title_word(&token.lower)
        || matches!(places::place(&token.lower), Some(Place::Demonym(_)))
}

/// Splits the capitalised run `start..end` into title and name: the name follows the last
/// title word (and a department after it: "Minister van Infrastructuur Pieter de Boer");
/// without a title, the name is the last two words (three with a particle), so that German
/// nouns and sentence-initial words before a name stay out of it. A name has one group of
/// particles ("Ursula von der Leyen"): a second one starts a place or body after the name
/// ("Sanne de Wit van Utrecht" is Sanne de Wit).
pub fn split_run(tokens: &[Token], start: usize, end: usize) -> Option<NameParts> {
    let mut start = start;
    while start < end && lexicon::determiner(&tokens[start].lower) {
        start += 1;
    }
    let last_title = (start..end).rev().find(|&i| is_title(&tokens[i]));
    let mut after_title = last_title.map_or(start, |t| t + 1);
    if last_title.is_some()
        && after_title + 1 < end
        && lexicon::of_particle(&tokens[after_title].lower)
    {
        after_title += 2;
    }
    let end = second_particle_group(tokens, after_title, end).unwrap_or(end);
    let (role_start, mut name_start) = if last_title.is_some() {
        (start, after_title)
    } else {
        let particle = end >= start + 3 && lexicon::name_particle(&tokens[end - 2].lower);
        let from = end.saturating_sub(if particle { 3 } else { 2 }).max(start);
        (from, from)
    };
    while name_start < end && lexicon::name_particle(&tokens[name_start].lower) {
        name_start += 1;
    }
    (name_start < end).then_some(NameParts {
        role_start: if last_title.is_some() {
            role_start
        } else {
            name_start
        },
        start: name_start,
        end,
    })
}

/// Where a second group of name particles begins in `start..end`, after a first group that
/// stands inside the name (a word before it and one after it), if there is one.
fn second_particle_group(tokens: &[Token], start: usize, end: usize) -> Option<usize> {
    let particle = |k: usize| lexicon::name_particle(&tokens[k].lower);
    let first = (start + 1..end).find(|&k| particle(k))?;
    let word_after = (first..end).find(|&k| !particle(k))?;
    (word_after + 1..end).find(|&k| particle(k))
}

/// Whether the tokens could be a person's name (no place, institution or acronym in it).
pub fn could_be_person(tokens: &[Token]) -> bool {
    !tokens.is_empty()
        && tokens.iter().all(|t| {
            let text = t.lower.as_str();
            t.kind == TokenKind::Word
                && places::place(text).is_none()
                && !places::organization_word(text)
                && !places::government_word(text)
                && !places::place_word(text)
                && !lexicon::title_word(text)
                && (!lexicon::determiner(text) || lexicon::name_particle(text))
        })
        && !lexicon::name_particle(&tokens[0].lower)
}

/// The source text of tokens `from..to`.
pub fn phrase(text: &str, tokens: &[Token], from: usize, to: usize) -> String {
    if from >= to {
        return String::new();
    }
    text[tokens[from].span.start..tokens[to - 1].span.end].to_owned()
}

/// Registers the persons one sentence names, with their roles and affiliations, and their
/// mentions.
pub fn scan(text: &str, lower: &str, tokens: &[Token], lang: Lang, entities: &mut Entities) {
    let mut i = 0;
    while i < tokens.len() {
        if !is_capital_word(&tokens[i]) {
            i += 1;
            continue;
        }
        let start = i;
        let mut end = i;
        while end < tokens.len()
            && (is_capital_word(&tokens[end])
                || (end > start
                    && tokens[end].is_frame_word()
                    && lexicon::name_particle(&tokens[end].lower)
                    && tokens.get(end + 1).is_some_and(is_capital_word)))
        {
            end += 1;
        }
        i = end;
        let mut start = start;
        while start < end && lexicon::function_word(lang, &tokens[start].lower) {
            start += 1;
        }
        if rest_of_institution_name(tokens, start) {
            continue;
        }
        let Some(parts) = split_run(tokens, start, end) else {
            continue;
        };
        let name_tokens = &tokens[parts.start..parts.end];
        if !could_be_person(name_tokens)
            || name_tokens
                .iter()
                .any(|t| is_acronym(&text[t.span.range()]))
        {
            continue;
        }
        let mut role_start = parts.role_start;
        let titled = role_start < parts.start;
        if !titled {
            role_start = look_back_for_title(tokens, parts.start, lang);
        }
        let mut role =
            (role_start < parts.start).then(|| phrase(text, tokens, role_start, parts.start));
        if role.is_none() {
            role = appositive_before(text, tokens, start)
                .or_else(|| appositive_after(text, tokens, end));
        }
        let name = phrase(text, tokens, parts.start, parts.end);
        let id = if name_tokens.len() >= 2 || role.is_some() {
            entities.person(&name, role.clone(), true)
        } else {
            entities.person(&name, None, false)
        };
        let Some(id) = id else { continue };
        entities.mention(tokens[parts.start].span.start, id);
        if entities.list[id].affiliation.is_none()
            && let Some(role) = role
        {
            entities.list[id].affiliation = affiliation(&role, text, lower, entities);
        }
    }
}

/// Whether the capitalised run at `start` ends an institution's name: it follows an
/// institution word and a linking word ("Ministerio para la Transición Ecológica", "Ministry
/// of Culture", "Association for Better Transport"), so it names no person.
fn rest_of_institution_name(tokens: &[Token], start: usize) -> bool {
    let mut k = start;
    while k > 0
        && start - k < 3
        && tokens[k - 1].is_frame_word()
        && !tokens[k - 1].capital
        && (lexicon::determiner(&tokens[k - 1].lower)
            || lexicon::of_particle(&tokens[k - 1].lower)
            || matches!(
                tokens[k - 1].lower.as_str(),
                "for" | "para" | "pour" | "per"
            ))
    {
        k -= 1;
    }
    k < start
        && k > 0
        && tokens[k - 1].is_frame_word()
        && (places::organization_word(&tokens[k - 1].lower)
            || places::government_word(&tokens[k - 1].lower))
}

/// Lower-case titles right before a name: "Kremlin spokesman Dmitri Peskov", "dijkgraaf Anne
/// Wiersma", "Міністр інфраструктури Олена Бойко". Returns where the title starts.
fn look_back_for_title(tokens: &[Token], name_start: usize, lang: Lang) -> usize {
    let mut earliest = name_start;
    let mut i = name_start;
    while i > 0 && name_start - i < 4 {
        let token = &tokens[i - 1];
        if !token.is_frame_word()
            || lexicon::determiner(&token.lower)
            || places::organization_word(&token.lower)
            || (token.capital && !is_title(token))
        {
            break;
        }
        // Only Ukrainian and Russian put a department between title and name in the
        // genitive ("Міністр інфраструктури Олена Бойко"); elsewhere a plain word ends it.
        if !is_title(token)
            && !matches!(lang, Lang::Uk | Lang::Ru)
            && !lexicon::of_particle(&token.lower)
        {
            break;
        }
        if is_title(token) {
            earliest = i - 1;
        }
        i -= 1;
    }
    // The word that qualifies the title: a capitalised one ("Kremlin spokesman") or an
    // institution's ("union leader"); one word, so that "the union" itself stays out.
    if earliest < name_start && earliest > 0 {
        let before = &tokens[earliest - 1];
        if before.is_frame_word()
            && (before.capital || places::organization_word(&before.lower))
            && !lexicon::determiner(&before.lower)
        {
            earliest -= 1;
        }
    }
    earliest
}

/// "The hospital’s chief executive, Daniel Hewitt,": the role before the comma.
fn appositive_before(text: &str, tokens: &[Token], run_start: usize) -> Option<String> {
    if run_start < 2 || tokens[run_start - 1].lower != "," {
        return None;
    }
    let end = run_start - 1;
    let mut from = end;
    while from > 0 && tokens[from - 1].is_frame_word() && end - from < 6 {
        from -= 1;
    }
    let first_title = (from..end).find(|&i| lexicon::title_word(&tokens[i].lower))?;
    Some(phrase(text, tokens, first_title, end))
}

/// "Sophie Marchal, secrétaire générale du syndicat Sud-Rail": the role after the comma.
fn appositive_after(text: &str, tokens: &[Token], run_end: usize) -> Option<String> {
    if tokens.get(run_end).is_none_or(|t| t.lower != ",") {
        return None;
    }
    let mut from = run_end + 1;
    while tokens
        .get(from)
        .is_some_and(|t| lexicon::determiner(&t.lower))
    {
        from += 1;
    }
    if !tokens
        .get(from)
        .is_some_and(|t| t.is_frame_word() && lexicon::title_word(&t.lower))
    {
        return None;
    }
    let mut to = from;
    while to < tokens.len() && tokens[to].is_frame_word() && to - from < 8 {
        to += 1;
    }
    Some(phrase(text, tokens, from, to))
}

/// The state a demonym in the role names ("Turkish"), or the government an institution in
/// it names ("Kremlin spokesman").
fn affiliation(role: &str, text: &str, lower: &str, entities: &mut Entities) -> Option<usize> {
    for word in role.split(|c: char| !c.is_alphanumeric() && c != '-') {
        match places::place(word) {
            Some(Place::Demonym(country)) => return entities.state_of(country, lower, text),
            Some(seat @ Place::Seat(_)) => return entities.place(word, seat),
            _ => {}
        }
    }
    None
}
