//! Writes a synthetic story: `cargo run --release --example synth -- 500 > story.json`.

fn main() {
    let actors = std::env::args()
        .nth(1)
        .and_then(|n| n.parse().ok())
        .unwrap_or(50);
    print!(
        "{}",
        dramatis_core::domain::synth::synthetic_story(actors, 1)
    );
}
