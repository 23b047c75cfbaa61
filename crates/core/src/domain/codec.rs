//! A compact binary form of a checked [`Dataset`], so that the built-in story is checked
//! once, at build time (`build.rs`), and the widget only decodes it: no JSON parser and no
//! checker in the reader's download for the built-in story.
//!
//! The decoder trusts nothing: every index, span, kind and code is verified, and anything
//! out of place is an error, never a panic.

use super::cameo::Act;
use super::ids::{ActorId, EventId, QuoteId};
use super::kinds::{ActorKind, Provenance, QuoteKind, RelationKind};
use super::model::{
    Actor, Attributed, Dataset, Event, EvidenceRef, Quote, QuoteSegment, Relation, SafeUrl, Span,
    Story, joined_text,
};

/// The format's name and version: `DMT2` added split quotes' segments and the draft marks;
/// bytes of another version are refused, never misread.
const MAGIC: &[u8; 4] = b"DMT2";

/// Encodes a checked dataset.
pub fn encode(data: &Dataset) -> Vec<u8> {
    let mut w = Writer(Vec::with_capacity(data.story.text.len() * 2));
    w.0.extend_from_slice(MAGIC);
    let s = &data.story;
    w.str(&s.key);
    w.str(&s.title);
    w.str(&s.language);
    w.opt_str(s.publisher.as_deref());
    w.opt_str(s.url.as_ref().map(SafeUrl::as_str));
    w.opt_str(s.published.as_deref());
    w.str(&s.text);
    w.num(s.sentences.len());
    for span in &s.sentences {
        w.span(*span);
    }
    w.num(data.actors.len());
    for a in &data.actors {
        w.str(&a.key);
        w.str(&a.name);
        w.byte(kind_index(&ActorKind::ALL, a.kind));
        w.num(a.aliases.len());
        for alias in &a.aliases {
            w.str(alias);
        }
        match &a.role {
            Some(role) => {
                w.byte(1 + u8::from(role.provenance == Provenance::Added));
                w.str(&role.value);
            }
            None => w.byte(0),
        }
        match &a.affiliation {
            Some(aff) => {
                w.byte(1 + u8::from(aff.provenance == Provenance::Added));
                w.num(aff.value.index());
            }
            None => w.byte(0),
        }
        w.opt_str(a.note.as_deref());
        w.byte(u8::from(a.draft));
    }
    w.num(data.events.len());
    for e in &data.events {
        w.str(&e.key);
        w.str(&e.summary);
        w.str(&e.cameo.code);
        w.str(&e.cameo.label);
        w.opt_num(e.source.map(ActorId::index));
        w.num(e.targets.len());
        for t in &e.targets {
            w.num(t.index());
        }
        w.opt_str(e.when.as_deref());
        w.opt_str(e.place.as_deref());
        w.opt_str(e.date.as_deref());
        w.opt_str(e.note.as_deref());
        w.span(e.evidence);
        w.byte(u8::from(e.draft));
    }
    w.num(data.quotes.len());
    for q in &data.quotes {
        w.str(&q.key);
        w.num(q.speaker.index());
        w.opt_str(q.attributed_as.as_deref());
        // The plain text and the whole passage follow from the segments: not stored twice.
        w.num(q.segments.len());
        for segment in &q.segments {
            w.str(&segment.text);
            w.span(segment.span);
        }
        w.byte(u8::from(q.kind == QuoteKind::Paraphrase));
        w.num(q.about.len());
        for a in &q.about {
            w.num(a.index());
        }
        w.opt_num(q.event.map(EventId::index));
        w.opt_str(q.when.as_deref());
        w.opt_str(q.place.as_deref());
        w.opt_str(q.note.as_deref());
        w.byte(u8::from(q.draft));
    }
    w.num(data.relations.len());
    for r in &data.relations {
        w.str(&r.key);
        w.byte(kind_index(&RelationKind::ALL, r.kind));
        w.num(r.source.index());
        w.num(r.target.index());
        w.byte(u8::from(r.directed));
        w.str(&r.summary);
        w.opt_str(r.note.as_deref());
        w.byte(u8::from(r.draft));
        w.num(r.evidence.len());
        for item in &r.evidence {
            match *item {
                EvidenceRef::Event(id) => w.num(id.index() * 2),
                EvidenceRef::Quote(id) => w.num(id.index() * 2 + 1),
            }
        }
    }
    w.0
}

fn kind_index<T: PartialEq + Copy>(all: &[T], kind: T) -> u8 {
    all.iter()
        .position(|k| *k == kind)
        .and_then(|at| u8::try_from(at).ok())
        .unwrap_or(0)
}

struct Writer(Vec<u8>);

impl Writer {
    fn byte(&mut self, b: u8) {
        self.0.push(b);
    }

    /// LEB128, so small numbers take one byte.
    fn num(&mut self, mut n: usize) {
        loop {
            let low = (n & 0x7F) as u8;
            n >>= 7;
            if n == 0 {
                self.0.push(low);
                return;
            }
            self.0.push(low | 0x80);
        }
    }

    fn opt_num(&mut self, n: Option<usize>) {
        self.num(n.map_or(0, |n| n + 1));
    }

    fn str(&mut self, s: &str) {
        self.num(s.len());
        self.0.extend_from_slice(s.as_bytes());
    }

    fn opt_str(&mut self, s: Option<&str>) {
        match s {
            Some(s) => {
                self.byte(1);
                self.str(s);
            }
            None => self.byte(0),
        }
    }

    fn span(&mut self, span: Span) {
        self.num(span.start);
        self.num(span.end - span.start);
    }
}

/// Why bytes could not be decoded.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Corrupt;

struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl<'a> Reader<'a> {
    fn byte(&mut self) -> Result<u8, Corrupt> {
        let b = *self.bytes.get(self.at).ok_or(Corrupt)?;
        self.at += 1;
        Ok(b)
    }

    fn num(&mut self) -> Result<usize, Corrupt> {
        let mut n = 0usize;
        for shift in (0..64).step_by(7) {
            let b = self.byte()?;
            n |= usize::from(b & 0x7F).checked_shl(shift).ok_or(Corrupt)?;
            if b & 0x80 == 0 {
                return Ok(n);
            }
        }
        Err(Corrupt)
    }

    /// A count of items that each take at least one byte, so a corrupt count cannot make the
    /// decoder reserve more memory than the input could describe.
    fn count(&mut self) -> Result<usize, Corrupt> {
        let n = self.num()?;
        if n > self.bytes.len() - self.at {
            Err(Corrupt)
        } else {
            Ok(n)
        }
    }

    fn index(&mut self, limit: usize) -> Result<usize, Corrupt> {
        let n = self.num()?;
        if n < limit { Ok(n) } else { Err(Corrupt) }
    }

    fn opt_index(&mut self, limit: usize) -> Result<Option<usize>, Corrupt> {
        match self.num()? {
            0 => Ok(None),
            n if n - 1 < limit => Ok(Some(n - 1)),
            _ => Err(Corrupt),
        }
    }

    fn str(&mut self) -> Result<&'a str, Corrupt> {
        let len = self.num()?;
        let end = self.at.checked_add(len).ok_or(Corrupt)?;
        let s = std::str::from_utf8(self.bytes.get(self.at..end).ok_or(Corrupt)?)
            .map_err(|_| Corrupt)?;
        self.at = end;
        Ok(s)
    }

    fn string(&mut self) -> Result<String, Corrupt> {
        self.str().map(str::to_owned)
    }

    fn opt_string(&mut self) -> Result<Option<String>, Corrupt> {
        match self.byte()? {
            0 => Ok(None),
            1 => self.string().map(Some),
            _ => Err(Corrupt),
        }
    }

    fn span(&mut self, text: &str) -> Result<Span, Corrupt> {
        let start = self.num()?;
        let end = start.checked_add(self.num()?).ok_or(Corrupt)?;
        let ok = start < end
            && end <= text.len()
            && text.is_char_boundary(start)
            && text.is_char_boundary(end);
        if ok {
            Ok(Span::new(start, end))
        } else {
            Err(Corrupt)
        }
    }

    fn flag(&mut self) -> Result<bool, Corrupt> {
        match self.byte()? {
            0 => Ok(false),
            1 => Ok(true),
            _ => Err(Corrupt),
        }
    }

    fn provenance(&mut self) -> Result<Option<Provenance>, Corrupt> {
        match self.byte()? {
            0 => Ok(None),
            1 => Ok(Some(Provenance::Article)),
            2 => Ok(Some(Provenance::Added)),
            _ => Err(Corrupt),
        }
    }
}

/// Decodes what [`encode`] wrote.
///
/// # Errors
/// [`Corrupt`] when the bytes are not an encoded dataset.
pub fn decode(bytes: &[u8]) -> Result<Dataset, Corrupt> {
    if bytes.get(..4) != Some(MAGIC.as_slice()) {
        return Err(Corrupt);
    }
    let mut r = Reader { bytes, at: 4 };
    let story = read_story(&mut r)?;
    let actors = read_actors(&mut r)?;
    let events = read_events(&mut r, &story.text, actors.len())?;
    let quotes = read_quotes(&mut r, &story.text, actors.len(), events.len())?;
    let relations = read_relations(&mut r, actors.len(), events.len(), quotes.len())?;
    if r.at != bytes.len() {
        return Err(Corrupt);
    }
    Ok(Dataset::assemble(story, actors, events, quotes, relations))
}

fn read_story(r: &mut Reader<'_>) -> Result<Story, Corrupt> {
    let key = r.string()?;
    let title = r.string()?;
    let language = r.string()?;
    let publisher = r.opt_string()?;
    let url = match r.opt_string()? {
        Some(url) => Some(SafeUrl::parse(&url).ok_or(Corrupt)?),
        None => None,
    };
    let published = r.opt_string()?;
    let text = r.string()?;
    let sentences = (0..r.count()?)
        .map(|_| r.span(&text))
        .collect::<Result<Vec<_>, _>>()?;
    Ok(Story {
        key,
        title,
        language,
        publisher,
        url,
        published,
        text,
        sentences,
    })
}

fn read_actors(r: &mut Reader<'_>) -> Result<Vec<Actor>, Corrupt> {
    let count = r.count()?;
    let mut actors = Vec::with_capacity(count);
    for _ in 0..count {
        let key = r.string()?;
        let name = r.string()?;
        let kind = *ActorKind::ALL.get(usize::from(r.byte()?)).ok_or(Corrupt)?;
        let aliases = (0..r.count()?)
            .map(|_| r.string())
            .collect::<Result<Vec<_>, _>>()?;
        let role = match r.provenance()? {
            Some(provenance) => Some(Attributed {
                value: r.string()?,
                provenance,
            }),
            None => None,
        };
        let affiliation = match r.provenance()? {
            Some(provenance) => Some(Attributed {
                value: ActorId::new(r.index(count)?),
                provenance,
            }),
            None => None,
        };
        let note = r.opt_string()?;
        let draft = r.flag()?;
        actors.push(Actor {
            key,
            name,
            kind,
            aliases,
            role,
            affiliation,
            note,
            draft,
        });
    }
    Ok(actors)
}

fn read_actor_ids(r: &mut Reader<'_>, actors: usize) -> Result<Vec<ActorId>, Corrupt> {
    (0..r.count()?)
        .map(|_| r.index(actors).map(ActorId::new))
        .collect()
}

fn read_events(r: &mut Reader<'_>, text: &str, actors: usize) -> Result<Vec<Event>, Corrupt> {
    let count = r.count()?;
    let mut events = Vec::with_capacity(count);
    for _ in 0..count {
        let key = r.string()?;
        let summary = r.string()?;
        let cameo = Act {
            code: r.string()?,
            label: r.string()?,
        };
        let source = r.opt_index(actors)?.map(ActorId::new);
        let targets = read_actor_ids(r, actors)?;
        let when = r.opt_string()?;
        let place = r.opt_string()?;
        let date = r.opt_string()?;
        let note = r.opt_string()?;
        let evidence = r.span(text)?;
        let draft = r.flag()?;
        events.push(Event {
            key,
            summary,
            cameo,
            source,
            targets,
            when,
            place,
            date,
            note,
            evidence,
            draft,
        });
    }
    Ok(events)
}

fn read_quotes(
    r: &mut Reader<'_>,
    text: &str,
    actors: usize,
    events: usize,
) -> Result<Vec<Quote>, Corrupt> {
    let count = r.count()?;
    let mut quotes = Vec::with_capacity(count);
    for _ in 0..count {
        let key = r.string()?;
        let speaker = ActorId::new(r.index(actors)?);
        let attributed_as = r.opt_string()?;
        let segments = read_segments(r, text)?;
        let kind = match r.byte()? {
            0 => QuoteKind::Verbatim,
            1 => QuoteKind::Paraphrase,
            _ => return Err(Corrupt),
        };
        let about = read_actor_ids(r, actors)?;
        let event = r.opt_index(events)?.map(EventId::new);
        let when = r.opt_string()?;
        let place = r.opt_string()?;
        let note = r.opt_string()?;
        let draft = r.flag()?;
        let (first, last) = (segments[0].span, segments[segments.len() - 1].span);
        quotes.push(Quote {
            key,
            speaker,
            attributed_as,
            text: joined_text(&segments),
            segments,
            kind,
            about,
            event,
            when,
            place,
            note,
            evidence: Span::new(first.start, last.end),
            draft,
        });
    }
    Ok(quotes)
}

/// A statement's segments: at least one, in text order, not overlapping.
fn read_segments(r: &mut Reader<'_>, text: &str) -> Result<Vec<QuoteSegment>, Corrupt> {
    let count = r.count()?;
    let mut segments: Vec<QuoteSegment> = Vec::with_capacity(count);
    for _ in 0..count {
        let words = r.string()?;
        let span = r.span(text)?;
        if segments
            .last()
            .is_some_and(|before| span.start < before.span.end)
        {
            return Err(Corrupt);
        }
        segments.push(QuoteSegment { text: words, span });
    }
    if segments.is_empty() {
        return Err(Corrupt);
    }
    Ok(segments)
}

fn read_relations(
    r: &mut Reader<'_>,
    actors: usize,
    events: usize,
    quotes: usize,
) -> Result<Vec<Relation>, Corrupt> {
    let count = r.count()?;
    let mut relations = Vec::with_capacity(count);
    for _ in 0..count {
        let key = r.string()?;
        let kind = *RelationKind::ALL
            .get(usize::from(r.byte()?))
            .ok_or(Corrupt)?;
        let source = ActorId::new(r.index(actors)?);
        let target = ActorId::new(r.index(actors)?);
        let directed = match r.byte()? {
            0 => false,
            1 => true,
            _ => return Err(Corrupt),
        };
        let summary = r.string()?;
        let note = r.opt_string()?;
        let draft = r.flag()?;
        let evidence = (0..r.count()?)
            .map(|_| match r.num()? {
                n if n % 2 == 0 && n / 2 < events => Ok(EvidenceRef::Event(EventId::new(n / 2))),
                n if n % 2 == 1 && n / 2 < quotes => Ok(EvidenceRef::Quote(QuoteId::new(n / 2))),
                _ => Err(Corrupt),
            })
            .collect::<Result<Vec<_>, _>>()?;
        if source == target || evidence.is_empty() {
            return Err(Corrupt);
        }
        relations.push(Relation {
            key,
            kind,
            source,
            target,
            directed,
            summary,
            note,
            evidence,
            draft,
        });
    }
    Ok(relations)
}

/// A short name for a dataset's encoded form ([`encode`]), the same for the same data: a page
/// rendered ahead of time names the story it shows by it, so that the widget takes over only
/// what it would render itself (64-bit FNV-1a, in hexadecimal; not a security measure).
pub fn fingerprint(encoded: &[u8]) -> String {
    let hash = encoded
        .iter()
        .fold(0xcbf2_9ce4_8422_2325_u64, |hash, &byte| {
            (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3)
        });
    format!("{hash:016x}")
}

/// Checks a dataset document and packs the outcome for the widget: a checked dataset in the
/// compact form, or the checker's report. This is what the browser's checker module returns
/// to the widget, so the widget itself needs neither a JSON parser nor the checker.
pub fn check_and_pack(json: &str) -> Vec<u8> {
    match super::load::load(json) {
        Ok(data) => {
            let mut packed = vec![1];
            packed.extend(encode(&data));
            packed
        }
        Err(report) => {
            let mut packed = vec![0];
            for error in report.errors {
                let clean = |s: &str| s.replace(['\t', '\n', '\r'], " ");
                let line = error.line.map(|l| l.to_string()).unwrap_or_default();
                packed.extend(
                    format!(
                        "{line}\t{}\t{}\n",
                        clean(&error.path),
                        clean(&error.message)
                    )
                    .into_bytes(),
                );
            }
            packed
        }
    }
}

/// Reads what [`check_and_pack`] packed.
///
/// # Errors
/// The checker's report, or a report saying the bytes were damaged.
pub fn unpack(packed: &[u8]) -> Result<Dataset, super::error::Report> {
    use super::error::{DatasetError, Report};
    let damaged = || Report {
        errors: vec![DatasetError::new("", "the checker's answer was damaged")],
    };
    match packed.split_first() {
        Some((1, bytes)) => decode(bytes).map_err(|_| damaged()),
        Some((0, text)) => {
            let text = std::str::from_utf8(text).map_err(|_| damaged())?;
            let errors: Vec<DatasetError> = text
                .lines()
                .filter_map(|row| {
                    let mut parts = row.splitn(3, '\t');
                    let (line, path, message) = (parts.next()?, parts.next()?, parts.next()?);
                    let mut error = DatasetError::new(path, message);
                    error.line = line.parse().ok();
                    Some(error)
                })
                .collect();
            if errors.is_empty() {
                Err(damaged())
            } else {
                Err(Report { errors })
            }
        }
        _ => Err(damaged()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::builtin::BUILTIN_JSON;
    use crate::domain::load;
    use crate::domain::synth::synthetic_story;

    #[test]
    fn a_fingerprint_names_exactly_one_dataset() {
        let data = load(BUILTIN_JSON).unwrap();
        let print = fingerprint(&encode(&data));
        assert_eq!(print.len(), 16);
        assert!(print.bytes().all(|b| b.is_ascii_hexdigit()));
        // The same data always gets the same name, as the checker's packed answer gives it.
        assert_eq!(fingerprint(&check_and_pack(BUILTIN_JSON)[1..]), print);
        // Any change to the data changes it: a word of the title, or one byte anywhere.
        let mut edited = data.clone();
        edited.story.title.push('!');
        assert_ne!(fingerprint(&encode(&edited)), print);
        let mut bytes = encode(&data);
        for at in [0, bytes.len() / 2, bytes.len() - 1] {
            bytes[at] ^= 1;
            assert_ne!(fingerprint(&bytes), print);
            bytes[at] ^= 1;
        }
        assert_ne!(fingerprint(&[]), fingerprint(&[0]));
    }

    #[test]
    fn round_trip_is_exact() {
        let split = include_str!("../../../../tests/stories/split-quote.json");
        for json in [
            BUILTIN_JSON.to_owned(),
            synthetic_story(30, 5),
            split.to_owned(),
        ] {
            let data = load(&json).unwrap();
            assert_eq!(decode(&encode(&data)), Ok(data));
        }
        // Split quotes' segments and the draft marks survive.
        let data = decode(&encode(&load(split).unwrap())).unwrap();
        assert_eq!(data.quotes[0].segments.len(), 2);
        assert!(data.quotes[1].draft && data.actors[1].draft && !data.actors[0].draft);
    }

    #[test]
    fn packed_results_carry_the_dataset_or_every_problem() {
        assert_eq!(
            unpack(&check_and_pack(BUILTIN_JSON)),
            Ok(load(BUILTIN_JSON).unwrap())
        );
        let broken = include_str!("../../../../tests/broken/dangling-references.json");
        assert_eq!(
            unpack(&check_and_pack(broken)),
            Err(load(broken).unwrap_err())
        );
        let tricky = "{\"format\": \"x\", \"a\\tb\\nc\": 1}";
        let report = unpack(&check_and_pack(tricky)).unwrap_err();
        assert!(report.errors.iter().any(|e| e.path == "a b c"), "{report}");
        for junk in [&[][..], &[7], &[0], &[0, 0xFF], &[1, 2, 3]] {
            assert!(unpack(junk).is_err());
        }
    }

    #[test]
    fn the_first_version_and_out_of_order_segments_are_refused() {
        let split = include_str!("../../../../tests/stories/split-quote.json");
        let mut bytes = encode(&load(split).unwrap());
        let mut old = bytes.clone();
        old[3] = b'1';
        assert_eq!(decode(&old), Err(Corrupt));
        // Give the quote's second segment the first one's span: they would overlap.
        let data = load(split).unwrap();
        let mut swapped = data.clone();
        swapped.quotes[0].segments[1].span = swapped.quotes[0].segments[0].span;
        assert_eq!(decode(&encode(&swapped)), Err(Corrupt));
        bytes.push(0);
        assert_eq!(decode(&bytes), Err(Corrupt));
    }

    #[test]
    fn encoding_is_smaller_than_json() {
        let data = load(BUILTIN_JSON).unwrap();
        assert!(encode(&data).len() < BUILTIN_JSON.len() / 2);
    }

    #[test]
    fn every_truncation_and_many_corruptions_are_errors_not_panics() {
        let bytes = encode(&load(BUILTIN_JSON).unwrap());
        for cut in 0..bytes.len() {
            assert_eq!(decode(&bytes[..cut]), Err(Corrupt), "cut at {cut}");
        }
        let mut state = 0x853C_49E6_748F_EA9B_u64;
        for _ in 0..3000 {
            let mut broken = bytes.clone();
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            let at = (state % bytes.len() as u64) as usize;
            broken[at] = broken[at].wrapping_add(1 + (state >> 40) as u8 % 255);
            // Either rejected, or a dataset that still holds its invariants.
            if let Ok(data) = decode(&broken) {
                assert!(
                    data.quotes
                        .iter()
                        .all(|q| q.evidence.end <= data.story.text.len())
                );
            }
        }
    }
}
