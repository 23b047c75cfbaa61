//! Places and institutions by name: countries (a state as a speaker), capitals and seats of
//! government that the news uses for a government ("Moscow", "the Kremlin", "Den Haag"),
//! demonyms in titles ("Turkish Foreign Minister"), and the words that mark an organisation.

use std::collections::HashMap;
use std::sync::LazyLock;

/// What a known name stands for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Place {
    /// A country: a state.
    Country(&'static str),
    /// A capital or seat of government: that country's government.
    Seat(&'static str),
    /// A demonym: the country a title belongs to.
    Demonym(&'static str),
}

/// (country key, the country's names, its capitals' and seats' names, demonyms), in the
/// languages the extractor knows; lower case.
type Entry = (
    &'static str,
    &'static [&'static str],
    &'static [&'static str],
    &'static [&'static str],
);

const PLACES: &[Entry] = &[
    (
        "russia",
        &[
            "russia",
            "russland",
            "russie",
            "rusia",
            "rusland",
            "росія",
            "россия",
        ],
        &[
            "moscow",
            "moskau",
            "moscou",
            "moscú",
            "moskou",
            "москва",
            "kremlin",
            "kreml",
            "кремль",
        ],
        &[
            "russian",
            "russische",
            "russischen",
            "russe",
            "ruso",
            "rusa",
            "російський",
            "российский",
        ],
    ),
    (
        "ukraine",
        &["ukraine", "ucrania", "oekraïne", "україна", "украина"],
        &["kyiv", "kiev", "kiew", "kyjiw", "kiev", "київ", "киев"],
        &[
            "ukrainian",
            "ukrainische",
            "ukrainischen",
            "ukrainien",
            "ukrainienne",
            "ucraniano",
            "український",
            "украинский",
        ],
    ),
    (
        "turkey",
        &[
            "turkey",
            "türkei",
            "turquie",
            "turquía",
            "turkije",
            "туреччина",
            "турция",
        ],
        &["ankara"],
        &["turkish", "türkische", "turc", "turque", "turco"],
    ),
    (
        "hungary",
        &["hungary", "ungarn", "hongrie", "hungría", "hongarije"],
        &["budapest"],
        &["hungarian", "ungarische", "hongrois", "húngaro"],
    ),
    (
        "germany",
        &[
            "germany",
            "deutschland",
            "allemagne",
            "alemania",
            "duitsland",
            "німеччина",
            "германия",
        ],
        &["berlin", "берлін", "берлин"],
        &[
            "german",
            "deutsche",
            "deutschen",
            "deutscher",
            "allemand",
            "allemande",
            "alemán",
            "alemana",
            "duitse",
        ],
    ),
    (
        "france",
        &[
            "france",
            "frankreich",
            "francia",
            "frankrijk",
            "франція",
            "франция",
        ],
        &["paris", "parís", "париж", "élysée"],
        &[
            "french",
            "französische",
            "französischen",
            "französischer",
            "français",
            "française",
            "francés",
            "francesa",
            "franse",
        ],
    ),
    (
        "united states",
        &[
            "united states",
            "usa",
            "vereinigten staaten",
            "états-unis",
            "estados unidos",
            "verenigde staten",
            "сша",
        ],
        &[
            "washington",
            "white house",
            "weiße haus",
            "maison-blanche",
            "casa blanca",
            "witte huis",
            "вашингтон",
        ],
        &[
            "american",
            "us",
            "amerikanische",
            "américain",
            "américaine",
            "estadounidense",
            "amerikaanse",
        ],
    ),
    (
        "united kingdom",
        &[
            "britain",
            "united kingdom",
            "großbritannien",
            "royaume-uni",
            "reino unido",
            "verenigd koninkrijk",
        ],
        &["london", "londres", "londen", "downing street", "лондон"],
        &["british", "britische", "britannique", "británico"],
    ),
    (
        "china",
        &["china", "chine", "китай"],
        &["beijing", "peking", "pékin", "pekín", "пекін", "пекин"],
        &["chinese", "chinesische", "chinois", "chinoise", "chino"],
    ),
    (
        "norway",
        &["norway", "norwegen", "norvège", "noruega", "noorwegen"],
        &["oslo"],
        &["norwegian", "norwegische", "norvégien", "noruego"],
    ),
    (
        "iceland",
        &["iceland", "island", "islande", "islandia", "ijsland"],
        &["reykjavik", "reykjavík"],
        &["icelandic", "isländische", "islandais"],
    ),
    (
        "netherlands",
        &[
            "netherlands",
            "niederlande",
            "pays-bas",
            "países bajos",
            "nederland",
        ],
        &["amsterdam", "den haag", "the hague", "la haye"],
        &["dutch", "niederländische", "néerlandais", "nederlandse"],
    ),
    (
        "belgium",
        &["belgium", "belgien", "belgique", "bélgica", "belgië"],
        &[],
        &["belgian", "belge"],
    ),
    (
        "european union",
        &[
            "european union",
            "eu",
            "europäische union",
            "union européenne",
            "unión europea",
            "europese unie",
            "євросоюз",
            "евросоюз",
        ],
        &[
            "brussels",
            "brüssel",
            "bruxelles",
            "bruselas",
            "brussel",
            "брюссель",
            "брюссель",
        ],
        &[],
    ),
    (
        "spain",
        &["spain", "spanien", "espagne", "españa", "spanje"],
        &["madrid"],
        &["spanish", "spanische", "espagnol", "español", "española"],
    ),
    (
        "portugal",
        &["portugal"],
        &["lisbon", "lissabon", "lisbonne", "lisboa"],
        &["portuguese", "portugiesische", "portugais", "portugués"],
    ),
    (
        "italy",
        &["italy", "italien", "italie", "italia", "italië"],
        &["rome", "rom", "roma"],
        &["italian", "italienische", "italien", "italiano"],
    ),
    (
        "poland",
        &["poland", "polen", "pologne", "polonia", "польща", "польша"],
        &["warsaw", "warschau", "varsovie", "varsovia", "варшава"],
        &["polish", "polnische", "polonais", "polaco"],
    ),
    (
        "senegal",
        &["senegal", "sénégal"],
        &["dakar"],
        &["senegalese", "sénégalais", "sénégalaise"],
    ),
    (
        "egypt",
        &["egypt", "ägypten", "égypte", "egipto"],
        &["cairo", "kairo", "le caire"],
        &["egyptian"],
    ),
    (
        "israel",
        &["israel", "israël"],
        &["jerusalem", "jérusalem"],
        &["israeli"],
    ),
    (
        "iran",
        &["iran"],
        &["tehran", "teheran", "téhéran"],
        &["iranian"],
    ),
    (
        "japan",
        &["japan", "japon", "japón"],
        &["tokyo", "tokio"],
        &["japanese"],
    ),
    (
        "india",
        &["india", "indien", "inde"],
        &["new delhi", "delhi", "neu-delhi", "new delhi"],
        &["indian"],
    ),
    (
        "canada",
        &["canada", "kanada", "canadá"],
        &["ottawa"],
        &["canadian"],
    ),
    (
        "austria",
        &["austria", "österreich", "autriche"],
        &["vienna", "wien", "vienne", "viena"],
        &["austrian", "österreichische"],
    ),
    (
        "sweden",
        &["sweden", "schweden", "suède", "suecia", "zweden"],
        &["stockholm", "estocolmo"],
        &["swedish", "schwedische", "suédois"],
    ),
    (
        "belarus",
        &[
            "belarus",
            "weißrussland",
            "biélorussie",
            "білорусь",
            "беларусь",
        ],
        &["minsk", "мінськ", "минск"],
        &["belarusian"],
    ),
    (
        "georgia",
        &["georgia", "georgien", "géorgie"],
        &["tbilisi", "tiflis"],
        &["georgian"],
    ),
    (
        "greece",
        &["greece", "griechenland", "grèce", "grecia"],
        &["athens", "athen", "athènes", "atenas"],
        &["greek", "griechische", "grec"],
    ),
];

/// Every known name to what it stands for, built once: the first country that lists a name
/// wins, and within a country its names before its seats before its demonyms.
static BY_NAME: LazyLock<HashMap<&'static str, Place>> = LazyLock::new(|| {
    let mut map = HashMap::new();
    for &(country, names, seats, demonyms) in PLACES {
        for &name in names {
            map.entry(name).or_insert(Place::Country(country));
        }
        for &seat in seats {
            map.entry(seat).or_insert(Place::Seat(country));
        }
        for &demonym in demonyms {
            map.entry(demonym).or_insert(Place::Demonym(country));
        }
    }
    map
});

/// What `name` (any case, a leading "the" ignored) stands for, if it is a known place.
pub fn place(name: &str) -> Option<Place> {
    let lower = name.trim().to_lowercase();
    let lower = lower.strip_prefix("the ").unwrap_or(&lower);
    BY_NAME.get(lower).copied()
}

/// The names of a country, in the languages the extractor knows (lower case).
pub fn country_names(country: &str) -> &'static [&'static str] {
    PLACES
        .iter()
        .find(|(key, ..)| *key == country)
        .map_or(&[], |(_, names, ..)| names)
}

/// Words that make a noun phrase an organisation ("the European Commission", "IG Metall").
pub fn organization_word(word: &str) -> bool {
    const WORDS: &[&str] = &[
        "commission",
        "union",
        "authority",
        "service",
        "association",
        "council",
        "committee",
        "company",
        "ministry",
        "court",
        "party",
        "agency",
        "police",
        "army",
        "bank",
        "hospital",
        "university",
        "institute",
        "office",
        "department",
        "federation",
        "organisation",
        "organization",
        "board",
        "group",
        "nato",
        "un",
        "who",
        "kommission",
        "gewerkschaft",
        "ministerium",
        "partei",
        "verband",
        "polizei",
        "gericht",
        "direction",
        "syndicat",
        "ministère",
        "comité",
        "entreprise",
        "sindicato",
        "empresa",
        "ministerio",
        "asociación",
        "waterschap",
        "ministerie",
        "vakbond",
        "gemeente",
        "bedrijf",
        "профспілка",
        "міністерство",
        "організація",
        "компанія",
        "профсоюз",
        "министерство",
        "организация",
        "компания",
        "metall",
        "sncf",
        "fondation",
        "stiftung",
        "partij",
    ];
    WORDS.contains(&word) || word.ends_with("kommission")
}

/// Words that make a noun phrase a government ("the government", "die Landesregierung").
pub fn government_word(word: &str) -> bool {
    const WORDS: &[&str] = &[
        "government",
        "cabinet",
        "administration",
        "regierung",
        "bundesregierung",
        "gouvernement",
        "gobierno",
        "kabinet",
        "regering",
        "уряд",
        "правительство",
        "kremlin",
    ];
    WORDS.contains(&word) || word.ends_with("regierung")
}

/// Words that mark a place that is no speaker ("Mill Street", "General Hospital").
pub fn place_word(word: &str) -> bool {
    matches!(
        word,
        "street"
            | "road"
            | "square"
            | "avenue"
            | "river"
            | "bridge"
            | "station"
            | "airport"
            | "hospital"
            | "straße"
            | "platz"
            | "rue"
            | "calle"
            | "straat"
            | "region"
            | "city"
            | "county"
            | "province"
            | "state"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn capitals_seats_countries_and_demonyms() {
        assert_eq!(place("Moscow"), Some(Place::Seat("russia")));
        assert_eq!(place("The Kremlin"), Some(Place::Seat("russia")));
        assert_eq!(place("Київ"), Some(Place::Seat("ukraine")));
        assert_eq!(place("Den Haag"), Some(Place::Seat("netherlands")));
        assert_eq!(place("Ukraine"), Some(Place::Country("ukraine")));
        assert_eq!(place("Frankreich"), Some(Place::Country("france")));
        assert_eq!(place("Turkish"), Some(Place::Demonym("turkey")));
        assert_eq!(place("Freedonia"), None);
        assert!(organization_word("eu-kommission"));
        assert!(government_word("landesregierung"));
    }
}
