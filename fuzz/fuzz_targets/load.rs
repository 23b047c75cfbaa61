//! Fuzzes the whole loader (JSON syntax, structure, repeated keys, every semantic check):
//! it must never panic, and what it accepts must hold the checked invariants.
#![no_main]

use dramatis_core::domain::load;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    if let Ok(dataset) = load(text) {
        let len = dataset.story.text.len();
        for quote in &dataset.quotes {
            assert!(quote.evidence.end <= len);
            assert!(quote.speaker.index() < dataset.actors.len());
        }
        for relation in &dataset.relations {
            assert!(!relation.evidence.is_empty());
        }
    }
});
