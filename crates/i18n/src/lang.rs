//! The languages the widget speaks, their plural rules and their writing direction.

/// A language with a catalogue.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Lang {
    /// English (compiled in; the fallback).
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
    /// Arabic.
    Ar,
}

/// A plural category of the Unicode CLDR.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Plural {
    /// Zero (Arabic).
    Zero,
    /// One.
    One,
    /// Two (Arabic).
    Two,
    /// Few (Arabic, Russian, Ukrainian).
    Few,
    /// Many.
    Many,
    /// Everything else.
    Other,
}

impl Plural {
    /// The category's name in a catalogue (`[one]`).
    pub fn name(self) -> &'static str {
        match self {
            Self::Zero => "zero",
            Self::One => "one",
            Self::Two => "two",
            Self::Few => "few",
            Self::Many => "many",
            Self::Other => "other",
        }
    }
}

impl Lang {
    /// Every language, English first.
    pub const ALL: [Self; 8] = [
        Self::En,
        Self::De,
        Self::Fr,
        Self::Es,
        Self::Nl,
        Self::Uk,
        Self::Ru,
        Self::Ar,
    ];

    /// The language of a BCP 47 tag (`de`, `de-AT`, `pt_BR`), if there is a catalogue for it.
    pub fn parse(tag: &str) -> Option<Self> {
        let primary = tag.trim().split(['-', '_']).next()?.to_ascii_lowercase();
        Self::ALL.into_iter().find(|lang| lang.code() == primary)
    }

    /// The language's code, as in `lang` attributes and the catalogues' file names.
    pub fn code(self) -> &'static str {
        match self {
            Self::En => "en",
            Self::De => "de",
            Self::Fr => "fr",
            Self::Es => "es",
            Self::Nl => "nl",
            Self::Uk => "uk",
            Self::Ru => "ru",
            Self::Ar => "ar",
        }
    }

    /// Whether the language is written right to left.
    pub fn rtl(self) -> bool {
        self == Self::Ar
    }

    /// The plural category of the whole number `n` (CLDR cardinal rules, integers).
    pub fn plural(self, n: usize) -> Plural {
        let (n10, n100) = (n % 10, n % 100);
        match self {
            Self::En | Self::De | Self::Nl => {
                if n == 1 {
                    Plural::One
                } else {
                    Plural::Other
                }
            }
            Self::Es | Self::Fr => {
                if n == 1 || (self == Self::Fr && n == 0) {
                    Plural::One
                } else if n != 0 && n.is_multiple_of(1_000_000) {
                    Plural::Many
                } else {
                    Plural::Other
                }
            }
            Self::Uk | Self::Ru => {
                if n10 == 1 && n100 != 11 {
                    Plural::One
                } else if (2..=4).contains(&n10) && !(12..=14).contains(&n100) {
                    Plural::Few
                } else {
                    Plural::Many
                }
            }
            Self::Ar => match n {
                0 => Plural::Zero,
                1 => Plural::One,
                2 => Plural::Two,
                _ if (3..=10).contains(&n100) => Plural::Few,
                _ if (11..=99).contains(&n100) => Plural::Many,
                _ => Plural::Other,
            },
        }
    }

    /// The quotation marks that open and close a quotation in this language.
    pub fn quotes(self) -> (&'static str, &'static str) {
        match self {
            Self::En | Self::Nl => ("“", "”"),
            Self::De => ("„", "“"),
            Self::Fr => ("«\u{202f}", "\u{202f}»"),
            Self::Es | Self::Uk | Self::Ru | Self::Ar => ("«", "»"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_find_their_language_and_nothing_else() {
        assert_eq!(Lang::parse("de-AT"), Some(Lang::De));
        assert_eq!(Lang::parse(" AR "), Some(Lang::Ar));
        assert_eq!(Lang::parse("pt_BR"), None);
        assert_eq!(Lang::parse(""), None);
    }

    #[test]
    fn plural_rules_follow_the_cldr() {
        let categories = |lang: Lang, ns: &[usize]| {
            ns.iter()
                .map(|&n| lang.plural(n).name())
                .collect::<Vec<_>>()
        };
        assert_eq!(categories(Lang::En, &[0, 1, 2]), ["other", "one", "other"]);
        assert_eq!(
            categories(Lang::Fr, &[0, 1, 2, 1_000_000]),
            ["one", "one", "other", "many"]
        );
        assert_eq!(
            categories(Lang::Ru, &[1, 2, 5, 11, 12, 21, 22, 25, 101, 111]),
            [
                "one", "few", "many", "many", "many", "one", "few", "many", "one", "many"
            ]
        );
        assert_eq!(
            categories(Lang::Ar, &[0, 1, 2, 3, 10, 11, 99, 100, 102, 103]),
            [
                "zero", "one", "two", "few", "few", "many", "many", "other", "other", "few"
            ]
        );
    }
}
