//! The sheets import on good sheets (`tests/sheets/*/`, written for the project in English,
//! German and Spanish, separated by commas, semicolons and tabs, with and without a
//! byte-order mark) and on broken ones (`tests/sheets/broken/*/`, one kind of mistake each,
//! compared with the reviewed report beside it, `expected.errors`; set `UPDATE_GOLDEN=1` to
//! rewrite the reports after a deliberate change, then review the diff). A broken case holds
//! only the files it breaks; the others are `tests/sheets/en-ferry/`'s.
#![cfg(not(target_arch = "wasm32"))]

mod common;
use common::repo_path;

use std::fs;
use std::path::Path;

use dramatis_core::domain::builtin::builtin;
use dramatis_core::domain::{Dataset, EvidenceRef, QuoteKind, RelationKind, load};
use dramatis_core::import::{Imported, Input, Problems, Sheets, export, import};

const FILES: [&str; 4] = [
    "actors.csv",
    "statements.csv",
    "relations.csv",
    "article.txt",
];

/// The four files of a case: its own where it has them, else the English ferry story's.
fn files(dir: &Path) -> [Vec<u8>; 4] {
    FILES.map(|name| {
        let own = dir.join(name);
        let path = if own.exists() {
            own
        } else {
            repo_path("tests/sheets/en-ferry").join(name)
        };
        fs::read(&path).unwrap_or_else(|_| panic!("{} is missing", path.display()))
    })
}

fn run(files: &[Vec<u8>; 4], language: Option<&str>) -> Result<Imported, Problems> {
    let input = |k: usize| Input {
        name: FILES[k],
        bytes: &files[k],
    };
    import(&Sheets {
        actors: input(0),
        statements: input(1),
        relations: input(2),
        article: input(3),
        language,
    })
}

fn good(case: &str) -> Dataset {
    let imported =
        run(&files(&repo_path(case)), None).unwrap_or_else(|problems| panic!("{case}: {problems}"));
    // What the import writes passes the checker on its own.
    let data = load(&imported.json).unwrap_or_else(|report| panic!("{case}: {report}"));
    assert_eq!(data, imported.dataset);
    data
}

/// Each statement as (id, speaker id, kind, words of each segment).
fn statements(data: &Dataset) -> Vec<(&str, &str, QuoteKind, Vec<&str>)> {
    data.quotes
        .iter()
        .map(|q| {
            (
                q.key.as_str(),
                data.actor(q.speaker).key.as_str(),
                q.kind,
                q.segments
                    .iter()
                    .map(|s| data.story.slice(s.span))
                    .collect(),
            )
        })
        .collect()
}

#[test]
fn english_sheets_with_commas_build_the_actors_they_describe() {
    let data = good("tests/sheets/en-ferry");
    assert_eq!(data.story.title, "Skerry Ferries Return After Storm");
    assert_eq!(data.story.language, "en");
    let actors: Vec<(&str, &str)> = data
        .actors
        .iter()
        .map(|a| (a.key.as_str(), a.name.as_str()))
        .collect();
    assert_eq!(
        actors,
        [
            ("authority", "Portvale Harbour Authority"),
            ("okafor", "Lena Okafor"),
            ("council", "Skerry Island Council"),
            ("breck", "Tom Breck"),
            ("fishermen", "Skerry Fishermen’s Association"),
        ]
    );
    let okafor = data.actor(data.actor_by_key("okafor").unwrap());
    assert_eq!(okafor.aliases, ["Okafor"]);
    assert_eq!(okafor.role.as_ref().unwrap().value, "harbour master");
    assert_eq!(
        okafor.affiliation.as_ref().map(|a| a.value),
        data.actor_by_key("authority")
    );
    // A quoted cell keeps its comma and its doubled quotation marks.
    let fishermen = data.actor(data.actor_by_key("fishermen").unwrap());
    assert_eq!(
        fishermen.note.as_deref(),
        Some("Represents the island's \"inshore\" boats, a note with quotes and a comma")
    );
}

#[test]
fn english_statements_have_their_speakers_kinds_and_passages() {
    use QuoteKind::{Paraphrase as Reported, Verbatim};
    let data = good("tests/sheets/en-ferry");
    assert_eq!(
        statements(&data),
        [
            (
                "q-resume",
                "authority",
                Reported,
                vec!["The ferry link between Portvale and Skerry Island will resume on Monday"]
            ),
            (
                "q-safe",
                "okafor",
                Verbatim,
                vec![
                    "We are confident the pier is safe,",
                    "and the first crossing leaves at seven."
                ]
            ),
            (
                "q-timetable",
                "okafor",
                Reported,
                vec!["the timetable would be reduced until March"]
            ),
            (
                "q-cost",
                "breck",
                Reported,
                vec!["the closure had cost local shops thousands of pounds"]
            ),
            (
                "q-work",
                "breck",
                Verbatim,
                vec!["People could not get to work"]
            ),
            (
                "q-warnings",
                "fishermen",
                Reported,
                vec!["storm warnings had been ignored for years."]
            ),
        ]
    );
    let resume = data.quote(data.quote_by_key("q-resume").unwrap());
    // The sheet's words are the statement's text; the article's are its evidence.
    assert_eq!(
        resume.text,
        "The ferry link between Portvale and Skerry Island will resume on Monday."
    );
    assert_eq!(
        resume.attributed_as.as_deref(),
        Some("the harbour authority")
    );
    assert_eq!(resume.when.as_deref(), Some("on Friday"));
    let cost = data.quote(data.quote_by_key("q-cost").unwrap());
    assert_eq!(cost.about, [data.actor_by_key("authority").unwrap()]);
    let relations: Vec<(&str, &str, &str, RelationKind, bool, usize)> = data
        .relations
        .iter()
        .map(|r| {
            (
                r.key.as_str(),
                data.actor(r.source).key.as_str(),
                data.actor(r.target).key.as_str(),
                r.kind,
                r.directed,
                r.evidence.len(),
            )
        })
        .collect();
    assert_eq!(
        relations,
        [
            (
                "r-criticise",
                "fishermen",
                "authority",
                RelationKind::Criticism,
                true,
                1
            ),
            (
                "r-cost",
                "council",
                "authority",
                RelationKind::Criticism,
                true,
                2
            ),
        ]
    );
    assert!(data.actors.iter().all(|a| !a.draft));
}

#[test]
fn german_sheets_with_semicolons_a_byte_order_mark_and_kumu_headers() {
    use QuoteKind::{Paraphrase as Reported, Verbatim};
    let raw = fs::read(repo_path("tests/sheets/de-klinik/actors.csv")).unwrap();
    assert!(
        raw.starts_with(b"\xEF\xBB\xBFLabel;Type;ID;"),
        "the case is what it says"
    );
    let data = good("tests/sheets/de-klinik");
    assert_eq!(data.story.language, "de");
    assert_eq!(data.story.title, "Klinik in Bergheim bleibt offen");
    assert_eq!(
        statements(&data),
        [
            (
                "q-offen",
                "landratsamt",
                Reported,
                vec!["Die Kreisklinik in Bergheim wird nicht geschlossen"]
            ),
            (
                "q-loesung",
                "lindner",
                Verbatim,
                vec!["Wir haben eine Lösung für die Notaufnahme gefunden"]
            ),
            (
                "q-kosten",
                "lindner",
                Reported,
                vec!["das Land übernehme einen Teil der Kosten"]
            ),
            (
                "q-fehlen",
                "reiter",
                Reported,
                vec!["dass Pflegekräfte weiterhin fehlten"]
            ),
            (
                "q-personal",
                "reiter",
                Verbatim,
                vec!["Ohne mehr Personal bleibt jede Schicht ein Risiko"]
            ),
        ]
    );
    let lindner = data.actor(data.actor_by_key("lindner").unwrap());
    assert_eq!(lindner.role.as_ref().unwrap().value, "Landrätin");
    let appeal = data.relation(data.relation_by_key("r-personal").unwrap());
    assert_eq!(appeal.kind, RelationKind::Appeal);
    assert!(
        appeal.directed,
        "an appeal goes one way unless the sheet says"
    );
    assert_eq!(
        appeal.evidence,
        [
            EvidenceRef::Quote(data.quote_by_key("q-fehlen").unwrap()),
            EvidenceRef::Quote(data.quote_by_key("q-personal").unwrap())
        ]
    );
}

#[test]
fn spanish_sheets_with_tabs() {
    use QuoteKind::{Paraphrase as Reported, Verbatim};
    let data = good("tests/sheets/es-riego");
    assert_eq!(data.story.language, "es");
    assert_eq!(
        statements(&data),
        [
            (
                "q-trasvase",
                "confederacion",
                Reported,
                vec![
                    "La Confederación Hidrográfica del Segura reducirá el trasvase un veinte por ciento este verano"
                ]
            ),
            (
                "q-promesas",
                "ruiz",
                Verbatim,
                vec!["No podemos regar con promesas"]
            ),
            (
                "q-reunion",
                "ruiz",
                Reported,
                vec!["Ruiz pidió al Gobierno regional una reunión urgente."]
            ),
            (
                "q-ayudas",
                "molina",
                Reported,
                vec!["el Ejecutivo estudia ayudas para los cultivos afectados."]
            ),
        ]
    );
    let trasvase = data.quote(data.quote_by_key("q-trasvase").unwrap());
    assert_eq!(trasvase.when.as_deref(), Some("el jueves"));
}

/// `sheet` rewritten with another separator, and a byte-order mark if asked.
fn rewritten(sheet: &[u8], separator: u8, bom: bool) -> Vec<u8> {
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .from_reader(sheet);
    let mut writer = csv::WriterBuilder::new()
        .delimiter(separator)
        .from_writer(Vec::new());
    for record in reader.records() {
        writer.write_record(&record.unwrap()).unwrap();
    }
    let mut out = if bom {
        b"\xEF\xBB\xBF".to_vec()
    } else {
        Vec::new()
    };
    out.extend(writer.into_inner().unwrap());
    out
}

#[test]
fn the_same_sheets_with_semicolons_tabs_and_a_byte_order_mark_give_the_same_story() {
    let original = files(&repo_path("tests/sheets/en-ferry"));
    let expected = run(&original, None).unwrap().json;
    for (separator, bom) in [(b';', false), (b'\t', false), (b',', true), (b';', true)] {
        let mut variant = original.clone();
        for sheet in &mut variant[..3] {
            *sheet = rewritten(sheet, separator, bom);
        }
        assert_ne!(variant, original);
        let imported = run(&variant, None).unwrap_or_else(|p| panic!("{separator} {bom}: {p}"));
        assert_eq!(imported.json, expected, "{separator} {bom}");
    }
    // The language can be given instead of guessed.
    let given = run(&original, Some("en-GB")).unwrap();
    assert_eq!(given.dataset.story.language, "en-GB");
}

#[test]
fn every_broken_sheet_reports_exactly_its_reviewed_problems() {
    let mut checked = 0;
    let update = std::env::var_os("UPDATE_GOLDEN").is_some();
    let mut cases: Vec<_> = fs::read_dir(repo_path("tests/sheets/broken"))
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.is_dir())
        .collect();
    cases.sort();
    for case in cases {
        let problems = run(&files(&case), None)
            .err()
            .unwrap_or_else(|| panic!("{} should be refused", case.display()));
        let expected_path = case.join("expected.errors");
        if update {
            fs::write(&expected_path, problems.to_string()).unwrap();
        }
        let expected = fs::read_to_string(&expected_path)
            .unwrap_or_else(|_| panic!("{} is missing", expected_path.display()));
        assert_eq!(problems.to_string(), expected, "{}", case.display());
        // Every problem names its file; those in a sheet's cells name row and column too.
        for problem in &problems.problems {
            assert!(FILES.contains(&problem.file.as_str()), "{problem}");
            assert!(
                problem.column.is_none() || problem.row.is_some(),
                "{problem}"
            );
        }
        checked += 1;
    }
    assert!(checked >= 14, "only {checked} broken cases found");
}

#[test]
fn the_built_in_story_goes_to_sheets_and_back() {
    let original = builtin().unwrap();
    let sheets = export(&original);
    let article = fs::read(repo_path("data/article.txt")).unwrap();
    let files = [
        sheets.actors.clone().into_bytes(),
        sheets.statements.clone().into_bytes(),
        sheets.relations.clone().into_bytes(),
        article,
    ];
    let back = run(&files, None)
        .unwrap_or_else(|problems| panic!("{problems}\n{}", sheets.statements))
        .dataset;
    assert_eq!(back.story.text, original.story.text);
    assert_eq!(back.story.title, original.story.title);
    // Actors, all their fields.
    assert_eq!(back.actors, original.actors);
    // Statements: everything but the event, which the sheets do not carry.
    assert_eq!(back.quotes.len(), original.quotes.len());
    for (b, o) in back.quotes.iter().zip(&original.quotes) {
        let mut o = o.clone();
        o.event = None;
        assert_eq!(*b, o);
    }
    // Relations: those with a statement among their evidence, with those statements.
    let kept: Vec<_> = original
        .relations
        .iter()
        .filter(|r| {
            r.evidence
                .iter()
                .any(|e| matches!(e, EvidenceRef::Quote(_)))
        })
        .map(|r| {
            let mut r = r.clone();
            r.evidence.retain(|e| matches!(e, EvidenceRef::Quote(_)));
            r
        })
        .collect();
    assert_eq!(back.relations, kept);
    assert!(kept.len() >= 8, "{}", kept.len());
    // What was left behind is said.
    assert!(
        sheets
            .left_out
            .iter()
            .any(|line| line.starts_with("19 events")),
        "{:#?}",
        sheets.left_out
    );
    assert!(
        sheets
            .left_out
            .iter()
            .any(|line| line.starts_with("relation r-us-arms: its only evidence is events")),
        "{:#?}",
        sheets.left_out
    );
    // A second trip changes nothing.
    assert_eq!(export(&back).statements, sheets.statements);
}
