//! Typed indices into a checked [`Dataset`](super::Dataset).
//!
//! The dataset's string ids (`"peskov"`) are for people and URLs; inside the program every
//! reference is one of these small copyable newtypes, so an actor index can never be used
//! where a quote index was meant.

macro_rules! index_id {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub struct $name(u32);

        impl $name {
            /// The id of the item at position `index` of its collection.
            ///
            /// # Panics
            /// If `index` does not fit in a `u32`; the loader caps collections far below that.
            pub fn new(index: usize) -> Self {
                // A plain message: formatting the error would bring `Debug` code into the page.
                let Ok(index) = u32::try_from(index) else {
                    panic!("collections are capped well below u32::MAX")
                };
                Self(index)
            }

            /// Position of the item in its collection.
            pub fn index(self) -> usize {
                self.0 as usize
            }
        }
    };
}

index_id!(
    /// An actor: a person, state, government, organisation, alliance or collective.
    ActorId
);
index_id!(
    /// An event the story reports.
    EventId
);
index_id!(
    /// A statement: a verbatim quote or reported speech.
    QuoteId
);
index_id!(
    /// A relation between two actors.
    RelationId
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn index_round_trips() {
        assert_eq!(ActorId::new(7).index(), 7);
        assert_ne!(QuoteId::new(1), QuoteId::new(2));
        assert!(EventId::new(1) < EventId::new(2));
    }
}
