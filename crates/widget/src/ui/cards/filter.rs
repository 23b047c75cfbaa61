//! Which statements the cards show: all, only quoted, or only reported speech.

use dramatis_core::domain::QuoteKind;
use dramatis_i18n::Catalog;

/// Which statements the cards show.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Filter {
    /// Quoted and reported.
    #[default]
    All,
    /// Only words in quotation marks.
    Quoted,
    /// Only reported speech.
    Reported,
}

impl Filter {
    /// Every filter, in the order the chips show them.
    pub const ALL: [Self; 3] = [Self::All, Self::Quoted, Self::Reported];

    /// Whether statements of `kind` pass.
    pub fn keeps(self, kind: QuoteKind) -> bool {
        match self {
            Self::All => true,
            Self::Quoted => kind == QuoteKind::Verbatim,
            Self::Reported => kind == QuoteKind::Paraphrase,
        }
    }

    /// The chip's label.
    pub fn label(self, t: &Catalog) -> String {
        match self {
            Self::All => t.filter_all(),
            Self::Quoted => t.filter_quoted(),
            Self::Reported => t.filter_reported(),
        }
    }

    /// The chip's test id.
    pub fn testid(self) -> &'static str {
        match self {
            Self::All => "filter-all",
            Self::Quoted => "filter-quoted",
            Self::Reported => "filter-reported",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_filter_keeps_its_kinds() {
        let kinds = [QuoteKind::Verbatim, QuoteKind::Paraphrase];
        let kept = |f: Filter| kinds.map(|k| f.keeps(k));
        assert_eq!(kept(Filter::All), [true, true]);
        assert_eq!(kept(Filter::Quoted), [true, false]);
        assert_eq!(kept(Filter::Reported), [false, true]);
    }
}
