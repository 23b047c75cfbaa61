//! Fuzzes the draft extractor: on any text it must never panic, and every story it drafts
//! must pass the checker.
#![no_main]

use dramatis_core::domain::load;
use dramatis_core::draft::draft;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    if let Ok(story) = draft(text) {
        if let Err(report) = load(&story.to_json()) {
            panic!("a draft fails the checker:\n{report}");
        }
    }
});
