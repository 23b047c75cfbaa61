//! The CAMEO event codebook (Conflict and Mediation Event Observations, version 1.1b3), at its
//! two- and three-digit levels, so that a dataset's `cameo` codes are checked and every act can
//! be named in words on a card.

/// The act an event performs, as a checked dataset carries it: its CAMEO code and the code's
/// name. Carrying the name means the widget needs no copy of the codebook.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Act {
    /// The CAMEO code, such as "045".
    pub code: String,
    /// The act in words, such as "Mediate".
    pub label: String,
}

impl From<Cameo> for Act {
    fn from(cameo: Cameo) -> Self {
        Self {
            code: cameo.code().to_owned(),
            label: cameo.label().to_owned(),
        }
    }
}

/// A known CAMEO event code.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Cameo(&'static str, &'static str);

impl Cameo {
    /// Looks a code up ("045", or a root such as "04").
    pub fn parse(code: &str) -> Option<Self> {
        CODES
            .binary_search_by(|(known, _)| (*known).cmp(code))
            .ok()
            .map(|at| Self(CODES[at].0, CODES[at].1))
    }

    /// The code as the format spells it.
    pub fn code(self) -> &'static str {
        self.0
    }

    /// The act in words ("Mediate").
    pub fn label(self) -> &'static str {
        self.1
    }

    /// The two-digit root category this code belongs to.
    #[must_use]
    pub fn root(self) -> Self {
        Self::parse(&self.0[..2]).unwrap_or(self)
    }
}

/// Every known code, in order.
pub fn codes() -> impl Iterator<Item = &'static str> {
    CODES.iter().map(|(code, _)| *code)
}

/// Sorted by code, so lookups can binary-search.
const CODES: &[(&str, &str)] = &[
    ("01", "Make public statement"),
    ("010", "Make statement"),
    ("011", "Decline comment"),
    ("012", "Make pessimistic comment"),
    ("013", "Make optimistic comment"),
    ("014", "Consider policy option"),
    ("015", "Acknowledge or claim responsibility"),
    ("016", "Deny responsibility"),
    ("017", "Engage in symbolic act"),
    ("018", "Make empathetic comment"),
    ("019", "Express accord"),
    ("02", "Appeal"),
    ("020", "Make an appeal or request"),
    ("021", "Appeal for material cooperation"),
    ("022", "Appeal for diplomatic cooperation"),
    ("023", "Appeal for aid"),
    ("024", "Appeal for political reform"),
    ("025", "Appeal to yield"),
    ("026", "Appeal to others to meet or negotiate"),
    ("027", "Appeal to others to settle dispute"),
    ("028", "Appeal to others to engage in or accept mediation"),
    ("03", "Express intent to cooperate"),
    ("030", "Express intent to cooperate"),
    ("031", "Express intent to engage in material cooperation"),
    ("032", "Express intent to provide diplomatic cooperation"),
    ("033", "Express intent to provide material aid"),
    ("034", "Express intent to institute political reform"),
    ("035", "Express intent to yield"),
    ("036", "Express intent to meet or negotiate"),
    ("037", "Express intent to settle dispute"),
    ("038", "Express intent to accept mediation"),
    ("039", "Express intent to mediate"),
    ("04", "Consult"),
    ("040", "Consult"),
    ("041", "Discuss by telephone"),
    ("042", "Make a visit"),
    ("043", "Host a visit"),
    ("044", "Meet at a third location"),
    ("045", "Mediate"),
    ("046", "Engage in negotiation"),
    ("05", "Engage in diplomatic cooperation"),
    ("050", "Engage in diplomatic cooperation"),
    ("051", "Praise or endorse"),
    ("052", "Defend verbally"),
    ("053", "Rally support on behalf of"),
    ("054", "Grant diplomatic recognition"),
    ("055", "Apologize"),
    ("056", "Forgive"),
    ("057", "Sign formal agreement"),
    ("06", "Engage in material cooperation"),
    ("060", "Engage in material cooperation"),
    ("061", "Cooperate economically"),
    ("062", "Cooperate militarily"),
    ("063", "Engage in judicial cooperation"),
    ("064", "Share intelligence or information"),
    ("07", "Provide aid"),
    ("070", "Provide aid"),
    ("071", "Provide economic aid"),
    ("072", "Provide military aid"),
    ("073", "Provide humanitarian aid"),
    ("074", "Provide military protection or peacekeeping"),
    ("075", "Grant asylum"),
    ("08", "Yield"),
    ("080", "Yield"),
    ("081", "Ease administrative sanctions"),
    ("082", "Ease political dissent"),
    ("083", "Accede to requests or demands for political reform"),
    ("084", "Return, release"),
    ("085", "Ease economic sanctions, boycott, embargo"),
    ("086", "Allow international involvement"),
    ("087", "De-escalate military engagement"),
    ("09", "Investigate"),
    ("090", "Investigate"),
    ("091", "Investigate crime, corruption"),
    ("092", "Investigate human rights abuses"),
    ("093", "Investigate military action"),
    ("094", "Investigate war crimes"),
    ("10", "Demand"),
    ("100", "Demand"),
    ("101", "Demand material cooperation"),
    ("102", "Demand diplomatic cooperation"),
    ("103", "Demand material aid"),
    ("104", "Demand political reform"),
    ("105", "Demand that target yields"),
    ("106", "Demand meeting, negotiation"),
    ("107", "Demand settling of dispute"),
    ("108", "Demand mediation"),
    ("11", "Disapprove"),
    ("110", "Disapprove"),
    ("111", "Criticize or denounce"),
    ("112", "Accuse"),
    ("113", "Rally opposition against"),
    ("114", "Complain officially"),
    ("115", "Bring lawsuit against"),
    ("116", "Find guilty or liable (legally)"),
    ("12", "Reject"),
    ("120", "Reject"),
    ("121", "Reject material cooperation"),
    ("122", "Reject request or demand for material aid"),
    ("123", "Reject request or demand for political reform"),
    ("124", "Refuse to yield"),
    ("125", "Reject proposal to meet, discuss, or negotiate"),
    ("126", "Reject mediation"),
    ("127", "Reject plan, agreement to settle dispute"),
    ("128", "Defy norms, law"),
    ("129", "Veto"),
    ("13", "Threaten"),
    ("130", "Threaten"),
    ("131", "Threaten non-force"),
    ("132", "Threaten with administrative sanctions"),
    ("133", "Threaten with political dissent, protest"),
    ("134", "Threaten to halt negotiations"),
    ("135", "Threaten to halt mediation"),
    ("136", "Threaten to halt international involvement"),
    ("137", "Threaten with repression"),
    ("138", "Threaten to use military force"),
    ("139", "Give ultimatum"),
    ("14", "Protest"),
    ("140", "Engage in political dissent"),
    ("141", "Demonstrate or rally"),
    ("142", "Conduct hunger strike"),
    ("143", "Conduct strike or boycott"),
    ("144", "Obstruct passage, block"),
    ("145", "Protest violently, riot"),
    ("15", "Exhibit force posture"),
    ("150", "Demonstrate military or police power"),
    ("151", "Increase police alert status"),
    ("152", "Increase military alert status"),
    ("153", "Mobilize or increase police power"),
    ("154", "Mobilize or increase armed forces"),
    ("16", "Reduce relations"),
    ("160", "Reduce relations"),
    ("161", "Reduce or break diplomatic relations"),
    ("162", "Reduce or stop material aid"),
    ("163", "Impose embargo, boycott, or sanctions"),
    ("164", "Halt negotiations"),
    ("165", "Halt mediation"),
    ("166", "Expel or withdraw"),
    ("17", "Coerce"),
    ("170", "Coerce"),
    ("171", "Seize or damage property"),
    ("172", "Impose administrative sanctions"),
    ("173", "Arrest, detain, or charge with legal action"),
    ("174", "Expel or deport individuals"),
    ("175", "Use tactics of violent repression"),
    ("18", "Assault"),
    ("180", "Use unconventional violence"),
    ("181", "Abduct, hijack, or take hostage"),
    ("182", "Physically assault"),
    ("183", "Conduct suicide, car, or other non-military bombing"),
    ("184", "Use as human shield"),
    ("185", "Attempt to assassinate"),
    ("186", "Assassinate"),
    ("19", "Fight"),
    ("190", "Use conventional military force"),
    ("191", "Impose blockade, restrict movement"),
    ("192", "Occupy territory"),
    ("193", "Fight with small arms and light weapons"),
    ("194", "Fight with artillery and tanks"),
    ("195", "Employ aerial weapons"),
    ("196", "Violate ceasefire"),
    ("20", "Use unconventional mass violence"),
    ("200", "Use unconventional mass violence"),
    ("201", "Engage in mass expulsion"),
    ("202", "Engage in mass killings"),
    ("203", "Engage in ethnic cleansing"),
    ("204", "Use weapons of mass destruction"),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_is_sorted_and_unique_so_binary_search_is_sound() {
        assert!(CODES.windows(2).all(|pair| pair[0].0 < pair[1].0));
    }

    #[test]
    fn known_codes_resolve_to_words() {
        assert_eq!(Cameo::parse("045").map(Cameo::label), Some("Mediate"));
        assert_eq!(
            Cameo::parse("126").map(Cameo::label),
            Some("Reject mediation")
        );
        assert_eq!(Cameo::parse("072").map(|c| c.root().code()), Some("07"));
    }

    #[test]
    fn unknown_codes_are_rejected() {
        for code in ["", "4", "45", "0450", "999", "21", "abc", "04 "] {
            assert_eq!(Cameo::parse(code), None, "{code:?}");
        }
    }
}
