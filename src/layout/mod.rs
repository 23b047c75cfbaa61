//! Geometry of the actor map: where each actor sits and where its label goes. Pure Rust.
