//! The words the extractor knows, per language: speech verbs in their usual forms, the words
//! that open a reported clause ("that", "dass", "que"), "according to" and its equivalents,
//! pronouns, auxiliaries and the small words that stand between a subject and its verb.
//! Small tables, not a model: an editor reviews every guess.

/// A language the extractor has tables for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Lang {
    /// English.
    En,
    /// German.
    De,
    /// French.
    Fr,
    /// Spanish.
    Es,
    /// Dutch.
    Nl,
    /// Ukrainian.
    Uk,
    /// Russian.
    Ru,
}

impl Lang {
    /// The BCP 47 tag.
    pub fn tag(self) -> &'static str {
        match self {
            Self::En => "en",
            Self::De => "de",
            Self::Fr => "fr",
            Self::Es => "es",
            Self::Nl => "nl",
            Self::Uk => "uk",
            Self::Ru => "ru",
        }
    }

    /// Guesses the language from its commonest words (and, for Cyrillic, from the letters
    /// that only Ukrainian or only Russian has). Unknown text counts as English.
    pub fn guess(text: &str) -> Self {
        const MARKERS: [(Lang, &[&str]); 5] = [
            (Lang::En, &["the", "and", "of", "to", "said", "is", "that"]),
            (
                Lang::De,
                &["der", "die", "und", "das", "nicht", "ist", "sagte"],
            ),
            (Lang::Fr, &["le", "les", "et", "des", "est", "une", "du"]),
            (Lang::Es, &["el", "los", "y", "del", "las", "una", "según"]),
            (Lang::Nl, &["de", "het", "een", "en", "van", "niet", "zei"]),
        ];
        // The first 20,000 characters (some 3,000 words) tell as well as the whole.
        let end = text
            .char_indices()
            .nth(20_000)
            .map_or(text.len(), |(at, _)| at);
        let lower = text[..end].to_lowercase();
        let (mut cyrillic, mut letters) = (0, 0);
        for c in lower.chars().filter(|c| c.is_alphabetic()) {
            letters += 1;
            cyrillic += usize::from(('а'..='я').contains(&c));
        }
        if cyrillic * 3 > letters {
            let uk = lower
                .chars()
                .filter(|c| matches!(c, 'і' | 'ї' | 'є' | 'ґ'))
                .count();
            let ru = lower
                .chars()
                .filter(|c| matches!(c, 'ы' | 'э' | 'ъ' | 'ё'))
                .count();
            return if uk >= ru { Self::Uk } else { Self::Ru };
        }
        // One pass over the words, each counted for every language that lists it.
        let mut counts = [0usize; MARKERS.len()];
        for word in lower.split(|c: char| !c.is_alphabetic()) {
            for (count, (_, words)) in counts.iter_mut().zip(MARKERS) {
                *count += usize::from(words.contains(&word));
            }
        }
        let mut best = (Self::En, 0);
        for (&count, (lang, _)) in counts.iter().zip(MARKERS) {
            if count > best.1 {
                best = (lang, count);
            }
        }
        best.0
    }
}

/// What a speech verb expects after it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Frame {
    /// A clause, with or without "that": "said (that) …".
    Clause,
    /// Only a clause introduced by a complementizer: "told reporters that …", "expressed
    /// the hope that …" ("told a press conference" reports nothing).
    ThatOnly,
}

/// Speech verbs that take a clause, with or without "that", per language: the forms news
/// writing uses (past tense, present, and the participles of compound tenses).
const SPEECH_EN: &[&str] = &[
    "say",
    "says",
    "said",
    "added",
    "adds",
    "stressed",
    "stresses",
    "warned",
    "warns",
    "urged",
    "urges",
    "accused",
    "accuses",
    "called",
    "reported",
    "reports",
    "announced",
    "announces",
    "insisted",
    "insists",
    "argued",
    "argues",
    "claimed",
    "explained",
    "noted",
    "stated",
    "admitted",
    "acknowledged",
    "denied",
    "denies",
    "confirmed",
    "confirms",
    "promised",
    "declared",
    "suggested",
    "wrote",
    "asserted",
    "conceded",
    "predicted",
    "emphasised",
    "emphasized",
    "maintained",
];

const SPEECH_DE: &[&str] = &[
    "sagte",
    "sagt",
    "sagten",
    "erklärte",
    "erklärt",
    "erklärten",
    "betonte",
    "betont",
    "warnte",
    "warnt",
    "forderte",
    "fordert",
    "forderten",
    "kündigte",
    "warf",
    "warfen",
    "teilte",
    "berichtete",
    "meinte",
    "meint",
    "versprach",
    "räumte",
    "bekräftigte",
    "unterstrich",
    "verlangte",
    "verlangt",
    "behauptete",
    "ergänzte",
    "versicherte",
    // "fügte hinzu, …", like "kündigte an" and "warf vor".
    "fügte",
    "fügten",
];

const SPEECH_FR: &[&str] = &[
    "déclaré",
    "dit",
    "affirmé",
    "assuré",
    "ajouté",
    "souligné",
    "expliqué",
    "estimé",
    "indiqué",
    "annoncé",
    "lancé",
    "reconnu",
    "averti",
    "appelé",
    "accuse",
    "accusé",
    "soupire",
    "soupiré",
    "répondu",
    "martelé",
    "précisé",
    "savoir",
    "affirme",
    "assure",
    "estime",
    "déclare",
    "explique",
    "prévenu",
    "insisté",
    "promis",
    "déploré",
    "déplore",
];

const SPEECH_ES: &[&str] = &[
    "dijo",
    "afirmó",
    "aseguró",
    "añadió",
    "explicó",
    "señaló",
    "pidió",
    "advirtió",
    "indicó",
    "declaró",
    "subrayó",
    "insistió",
    "acusó",
    "anunció",
    "reconoció",
    "afirma",
    "asegura",
    "dice",
    "destacó",
    "sostuvo",
    "prometió",
    "criticó",
];

const SPEECH_NL: &[&str] = &[
    "zei",
    "eist",
    "eiste",
    "eisten",
    "zegt",
    "zeggen",
    "verklaarde",
    "liet",
    "benadrukte",
    "waarschuwde",
    "vroeg",
    "riep",
    "stelde",
    "meldde",
    "toegezegd",
    "beloofde",
    "erkende",
    "zeiden",
    "verklaart",
    "benadrukt",
    "beweerde",
];

const SPEECH_UK: &[&str] = &[
    "сказав",
    "сказала",
    "сказали",
    "заявив",
    "заявила",
    "заявили",
    // The neuter forms, for ministries and agencies ("міністерство заявило").
    "заявило",
    "повідомило",
    "наголосило",
    "зазначило",
    "пообіцяло",
    "закликало",
    "наголосив",
    "наголосила",
    "наголосили",
    "зазначив",
    "зазначила",
    "повідомив",
    "повідомила",
    "повідомили",
    "додав",
    "додала",
    "пообіцяв",
    "пообіцяла",
    "пообіцяли",
    "розповів",
    "розповіла",
    "підкреслив",
    "підкреслила",
    "закликав",
    "закликала",
    "запевнив",
    "запевнила",
    "вимагає",
    "вимагав",
    "вимагали",
    "звинуватив",
    "звинуватила",
];

const SPEECH_RU: &[&str] = &[
    "сказал",
    "сказала",
    "сказали",
    "заявил",
    "заявила",
    "заявили",
    // The neuter forms, for ministries and agencies ("министерство заявило").
    "заявило",
    "сообщило",
    "подчеркнуло",
    "отметило",
    "пообещало",
    "призвало",
    "подчеркнул",
    "подчеркнула",
    "отметил",
    "отметила",
    "сообщил",
    "сообщила",
    "сообщили",
    "добавил",
    "добавила",
    "пообещал",
    "пообещала",
    "пообещали",
    "потребовал",
    "потребовала",
    "потребовали",
    "рассказал",
    "рассказала",
    "призвал",
    "призвала",
    "заверил",
    "заверила",
    "обвинил",
    "обвинила",
    "признал",
    "признала",
];

/// The speech verbs of `lang` and what each expects.
pub fn speech_verb(lang: Lang, word: &str) -> Option<Frame> {
    let clause = match lang {
        Lang::En => SPEECH_EN,
        Lang::De => SPEECH_DE,
        Lang::Fr => SPEECH_FR,
        Lang::Es => SPEECH_ES,
        Lang::Nl => SPEECH_NL,
        Lang::Uk => SPEECH_UK,
        Lang::Ru => SPEECH_RU,
    };
    let that_only: &[&str] = match lang {
        Lang::En => &["told", "tells", "expressed", "expresses"],
        _ => &[],
    };
    if clause.contains(&word) {
        Some(Frame::Clause)
    } else if that_only.contains(&word) {
        Some(Frame::ThatOnly)
    } else {
        None
    }
}

/// Words that stand for the speaker right after a quotation only: ", so Brandl", ", aldus de
/// minister".
pub fn quote_tag(lang: Lang, word: &str) -> bool {
    matches!((lang, word), (Lang::De, "so") | (Lang::Nl, "aldus"))
}

/// Words that open a reported clause.
pub fn complementizer(lang: Lang, word: &str) -> bool {
    let words: &[&str] = match lang {
        Lang::En => &["that"],
        Lang::De => &["dass", "daß"],
        Lang::Fr | Lang::Es => &["que", "qu’", "qu'"],
        Lang::Nl => &["dat"],
        Lang::Uk => &["що"],
        Lang::Ru => &["что"],
    };
    words.contains(&word)
}

/// "According to X": the words before X, lower case, as tokens. Each entry also says whether
/// the source follows ("according to X, …") or precedes ("X zufolge").
pub fn according_to(lang: Lang) -> &'static [&'static [&'static str]] {
    match lang {
        Lang::En => &[&["according", "to"]],
        Lang::De => &[&["laut"], &["nach", "angaben"], &["nach", "angaben", "von"]],
        Lang::Fr => &[&["selon"], &["d’après"], &["d'après"]],
        Lang::Es => &[&["según"]],
        Lang::Nl => &[&["volgens"]],
        Lang::Uk => &[&["за", "словами"], &["на", "думку"], &["за", "даними"]],
        Lang::Ru => &[&["по", "словам"], &["по", "мнению"], &["по", "данным"]],
    }
}

/// Pronouns that can stand for a person as a speaker (any case that follows "according to").
pub fn person_pronoun(lang: Lang, word: &str) -> bool {
    let words: &[&str] = match lang {
        Lang::En => &["he", "she", "him", "her"],
        Lang::De => &["er", "sie", "ihm", "ihr", "ihrer", "ihm"],
        Lang::Fr => &["il", "elle", "lui"],
        Lang::Es => &["él", "ella"],
        Lang::Nl => &["hij", "zij", "ze", "hem", "haar"],
        Lang::Uk => &["він", "вона", "його", "її", "ним", "нею"],
        Lang::Ru => &["он", "она", "его", "её", "ее", "ним", "ней"],
    };
    words.contains(&word)
}

/// Pronouns that stand for an institution or a group: "it", "they".
pub fn group_pronoun(lang: Lang, word: &str) -> bool {
    let words: &[&str] = match lang {
        Lang::En => &["it", "they", "them"],
        Lang::De => &["es"],
        Lang::Fr => &["ils", "elles"],
        Lang::Es => &["ellos", "ellas"],
        Lang::Nl => &["het"],
        Lang::Uk => &["воно", "вони"],
        Lang::Ru => &["оно", "они"],
    };
    words.contains(&word)
}

/// Words that may stand between a subject and its speech verb: auxiliaries and adverbs.
pub fn between_subject_and_verb(lang: Lang, word: &str) -> bool {
    let words: &[&str] = match lang {
        Lang::En => &[
            "has",
            "have",
            "had",
            "also",
            "only",
            "then",
            "again",
            "later",
            "has",
            "previously",
            "recently",
            "repeatedly",
            "once",
            "further",
            "publicly",
            "had",
            "would",
            "will",
        ],
        Lang::De => &[
            "hat",
            "haben",
            "hatte",
            "auch",
            "zudem",
            "bereits",
            "außerdem",
        ],
        Lang::Fr => &[
            "a",
            "ont",
            "avait",
            "aussi",
            "également",
            "déjà",
            "par",
            "ailleurs",
            "fait",
        ],
        Lang::Es => &["ha", "han", "había", "también", "además"],
        Lang::Nl => &["heeft", "hebben", "had", "ook", "al"],
        Lang::Uk => &["також", "вже", "ще", "раніше"],
        Lang::Ru => &["также", "уже", "ещё", "еще", "ранее"],
    };
    words.contains(&word)
}

/// Words that may open a sentence with a capital but are no name: determiners, the words
/// of "according to", prepositions and sentence adverbs ("Volgens Wiersma", "Laut Berger").
pub fn function_word(lang: Lang, word: &str) -> bool {
    determiner(word)
        || according_to(lang)
            .iter()
            .any(|marker| marker.contains(&word))
        || between_subject_and_verb(lang, word)
        || matches!(
            word,
            "meanwhile"
                | "however"
                | "recently"
                | "nevertheless"
                | "but"
                | "and"
                | "in"
                | "on"
                | "at"
                | "for"
                | "after"
                | "im"
                | "am"
                | "bei"
                | "nach"
                | "mit"
                | "dans"
                | "pour"
                | "en"
                | "con"
                | "por"
                | "bij"
                | "met"
                | "у"
                | "в"
                | "на"
                | "за"
                | "по"
                | "водночас"
                | "однак"
                | "однако"
        )
}

/// Forms of "be" before a participle: "was told" is passive, nobody speaks.
pub fn passive(lang: Lang, word: &str) -> bool {
    let words: &[&str] = match lang {
        Lang::En => &["was", "were", "is", "are", "be", "been", "being"],
        Lang::De => &["wurde", "wurden", "wird"],
        Lang::Fr => &["été", "est", "sont"],
        Lang::Es => &["fue", "fueron", "es", "son"],
        Lang::Nl => &["werd", "werden", "wordt"],
        Lang::Uk | Lang::Ru => &[],
    };
    words.contains(&word)
}

/// Words that may follow a verb of speech in an attribution that closes its report ("the
/// council announced on Thursday", "said in a statement", "said late on Monday").
pub fn place_or_time(word: &str) -> bool {
    matches!(
        word,
        "on" | "in"
            | "at"
            | "late"
            | "early"
            | "earlier"
            | "yesterday"
            | "today"
            | "tonight"
            | "last"
            | "this"
            | "after"
            | "before"
            | "during"
            | "following"
    )
}

/// English words that open an adverbial clause after an attribution ("…, the port
/// authority said on Tuesday, after two trawlers ran aground"): what follows them is no
/// report, so the report is what stands before the attribution.
pub fn subordinator(word: &str) -> bool {
    matches!(
        word,
        "after"
            | "before"
            | "as"
            | "when"
            | "while"
            | "because"
            | "since"
            | "although"
            | "though"
            | "amid"
            | "despite"
    )
}

/// Words that join two verbs of one subject ("said … but insisted that …").
pub fn conjunction(word: &str) -> bool {
    matches!(
        word,
        "and"
            | "but"
            | "und"
            | "aber"
            | "et"
            | "mais"
            | "y"
            | "pero"
            | "en"
            | "maar"
            | "і"
            | "та"
            | "але"
            | "и"
            | "но"
    )
}

/// Determiners and possessives that may open a noun phrase, lower case.
pub fn determiner(word: &str) -> bool {
    const WORDS: &[&str] = &[
        "the", "a", "an", "its", "his", "her", "their", "der", "die", "das", "den", "dem", "des",
        "ein", "eine", "einer", "ihr", "ihre", "sein", "seine", "le", "la", "les", "l’", "l'",
        "un", "une", "sa", "son", "el", "los", "las", "una", "su", "het", "de", "een", "zijn",
        "haar", "this", "that", "these", "those", "our", "some", "diese", "dieser", "cette",
    ];
    WORDS.contains(&word)
}

/// Small words that may stand inside a name ("Pieter de Boer", "Ursula von der Leyen").
pub fn name_particle(word: &str) -> bool {
    matches!(
        word,
        "de" | "van"
            | "von"
            | "der"
            | "den"
            | "ter"
            | "du"
            | "del"
            | "della"
            | "di"
            | "da"
            | "al"
            | "bin"
            | "le"
            | "la"
            | "dos"
            | "das"
            | "zu"
    )
}

/// Small words after which a department belongs to a title: "Minister van Infrastructuur",
/// "ministre des Transports".
pub fn of_particle(word: &str) -> bool {
    matches!(
        word,
        "of" | "van" | "voor" | "des" | "de" | "du" | "del" | "der" | "für" | "au" | "à"
    )
}

/// Title and role nouns, lower case, in the languages the extractor knows.
const TITLES: &[&str] = &[
    "minister",
    "president",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "mayor",
    "judge",
    "chief",
    "executive",
    "director",
    "chairman",
    "chairwoman",
    "chair",
    "leader",
    "head",
    "secretary",
    "commissioner",
    "chancellor",
    "governor",
    "senator",
    "ambassador",
    "general",
    "prime",
    "premier",
    "negotiator",
    "envoy",
    "mediator",
    "prosecutor",
    "king",
    "queen",
    "ceo",
    "boss",
    "foreign",
    "ministerin",
    "präsident",
    "präsidentin",
    "sprecher",
    "sprecherin",
    "bürgermeister",
    "bürgermeisterin",
    "richter",
    "richterin",
    "kanzler",
    "kanzlerin",
    "vorsitzende",
    "vorsitzender",
    "ministre",
    "président",
    "présidente",
    "porte-parole",
    "maire",
    "juge",
    "directeur",
    "directrice",
    "secrétaire",
    "adjoint",
    "adjointe",
    "commissaire",
    "ministra",
    "ministro",
    "presidente",
    "presidenta",
    "portavoz",
    "alcalde",
    "alcaldesa",
    "juez",
    "jueza",
    "directora",
    "secretario",
    "secretaria",
    "comisario",
    "woordvoerder",
    "burgemeester",
    "rechter",
    "dijkgraaf",
    "voorzitter",
    "wethouder",
    "directeur-generaal",
    "міністр",
    "міністерка",
    "президент",
    "речник",
    "речниця",
    "мер",
    "суддя",
    "директор",
    "директорка",
    "голова",
    "министр",
    "пресс-секретарь",
    "мэр",
    "судья",
    "председатель",
    "глава",
    "губернатор",
    "посол",
    "прем'єр-міністр",
    "премьер-министр",
];

/// Endings that make a German compound a title ("Bundeswirtschaftsministerin").
const TITLE_ENDINGS: &[&str] = &[
    "minister",
    "ministerin",
    "chef",
    "chefin",
    "präsident",
    "sprecher",
    "sprecherin",
    "leiter",
    "leiterin",
    "meister",
];

/// Whether a lower-case word is a title or role noun ("minister", "spokesman", "dijkgraaf";
/// German compounds by their ending: "Bundeswirtschaftsministerin", "Gewerkschaftschef").
pub fn title_word(word: &str) -> bool {
    TITLES.contains(&word)
        || TITLE_ENDINGS
            .iter()
            .any(|s| word.len() > s.len() && word.ends_with(s))
}

/// Role nouns that point back to a person: "the minister", "la ministra", "міністерка". The
/// first six letters are compared, so "міністерка" finds "Міністр інфраструктури".
pub fn role_stem(word: &str) -> Option<String> {
    title_word(word)
        .then(|| word.chars().take(6).collect::<String>())
        .filter(|stem| stem.chars().count() >= 4)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn languages_are_told_apart_by_their_common_words_and_letters() {
        assert_eq!(
            Lang::guess("The minister said that the talks are over."),
            Lang::En
        );
        assert_eq!(
            Lang::guess("Die Ministerin sagte, das sei nicht der Fall."),
            Lang::De
        );
        assert_eq!(
            Lang::guess("Le ministre a dit que les négociations et la grève"),
            Lang::Fr
        );
        assert_eq!(
            Lang::guess("El ministro dijo que los sindicatos y las empresas"),
            Lang::Es
        );
        assert_eq!(
            Lang::guess("De minister zei dat het kabinet een plan heeft"),
            Lang::Nl
        );
        assert_eq!(Lang::guess("Міністр сказав, що міст відкриють."), Lang::Uk);
        assert_eq!(Lang::guess("Министр сказал, что мосты открыты."), Lang::Ru);
        assert_eq!(Lang::guess("12345 !!!"), Lang::En);
    }

    #[test]
    fn titles_and_role_stems() {
        assert!(title_word("bundeswirtschaftsministerin"));
        assert!(title_word("gewerkschaftschef"));
        assert!(!title_word("chef"));
        assert!(!title_word("teacher"));
        assert_eq!(role_stem("міністерка").as_deref(), Some("мініст"));
        assert_eq!(role_stem("nurse"), None);
    }
}
