//! Closed sets of kinds: actors, statements, relations and where a fact comes from.
//!
//! Each kind has exactly one spelling in the format (`key`) and one in the interface
//! (`label`); the view layer matches on the enums, never on strings.

/// What sort of actor this is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ActorKind {
    /// A country as a whole ("Russia").
    State,
    /// A government or its seat, used for it ("the Kremlin", "Kyiv").
    Government,
    /// A named person.
    Person,
    /// An organisation ("NATO").
    Organization,
    /// An alliance of states.
    Alliance,
    /// A loose collective actor ("the West").
    Collective,
}

impl ActorKind {
    /// Every kind, in the order the legend lists them.
    pub const ALL: [Self; 6] = [
        Self::State,
        Self::Government,
        Self::Person,
        Self::Organization,
        Self::Alliance,
        Self::Collective,
    ];

    /// Reads the format's spelling.
    pub fn parse(key: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|kind| kind.key() == key)
    }

    /// The format's spelling.
    pub fn key(self) -> &'static str {
        match self {
            Self::State => "state",
            Self::Government => "government",
            Self::Person => "person",
            Self::Organization => "organization",
            Self::Alliance => "alliance",
            Self::Collective => "collective",
        }
    }
}

/// Whether a statement is in the speaker's own words or reported.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum QuoteKind {
    /// Words the article puts in quotation marks, copied exactly.
    Verbatim,
    /// Reported speech: what the article says someone said, in the article's words.
    Paraphrase,
}

impl QuoteKind {
    /// Reads the format's spelling.
    pub fn parse(key: &str) -> Option<Self> {
        match key {
            "verbatim" => Some(Self::Verbatim),
            "paraphrase" => Some(Self::Paraphrase),
            _ => None,
        }
    }

    /// The format's spelling.
    pub fn key(self) -> &'static str {
        match self {
            Self::Verbatim => "verbatim",
            Self::Paraphrase => "paraphrase",
        }
    }
}

/// The kind of a relation between two actors.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum RelationKind {
    /// Open hostility or war.
    Conflict,
    /// Talks between the parties.
    Negotiation,
    /// A third party mediating, or offering to.
    Mediation,
    /// A formal alliance.
    Alliance,
    /// Membership of an organisation or group.
    Membership,
    /// Material or political support.
    Support,
    /// Trade and money.
    Economic,
    /// One side accusing the other.
    Accusation,
    /// One side criticising the other.
    Criticism,
    /// One side calling on the other to act.
    Appeal,
    /// One side inviting the other.
    Invitation,
    /// One side rejecting the other or its proposal.
    Rejection,
}

impl RelationKind {
    /// Every kind, in the order the legend lists them.
    pub const ALL: [Self; 12] = [
        Self::Conflict,
        Self::Negotiation,
        Self::Mediation,
        Self::Alliance,
        Self::Membership,
        Self::Support,
        Self::Economic,
        Self::Accusation,
        Self::Criticism,
        Self::Appeal,
        Self::Invitation,
        Self::Rejection,
    ];

    /// Reads the format's spelling.
    pub fn parse(key: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|kind| kind.key() == key)
    }

    /// The format's spelling.
    pub fn key(self) -> &'static str {
        match self {
            Self::Conflict => "conflict",
            Self::Negotiation => "negotiation",
            Self::Mediation => "mediation",
            Self::Alliance => "alliance",
            Self::Membership => "membership",
            Self::Support => "support",
            Self::Economic => "economic",
            Self::Accusation => "accusation",
            Self::Criticism => "criticism",
            Self::Appeal => "appeal",
            Self::Invitation => "invitation",
            Self::Rejection => "rejection",
        }
    }
}

/// Where a fact comes from: the article's words, or context the dataset's authors added.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Provenance {
    /// Stated in the article.
    Article,
    /// Added by the dataset's authors; the interface always labels it as added context.
    Added,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_kind_round_trips_through_its_key() {
        for kind in ActorKind::ALL {
            assert_eq!(ActorKind::parse(kind.key()), Some(kind));
        }
        for kind in RelationKind::ALL {
            assert_eq!(RelationKind::parse(kind.key()), Some(kind));
        }
        for kind in [QuoteKind::Verbatim, QuoteKind::Paraphrase] {
            assert_eq!(QuoteKind::parse(kind.key()), Some(kind));
        }
    }

    #[test]
    fn unknown_spellings_are_rejected() {
        assert_eq!(ActorKind::parse("State"), None);
        assert_eq!(RelationKind::parse("war"), None);
        assert_eq!(QuoteKind::parse("quote"), None);
    }
}
