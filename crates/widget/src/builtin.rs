//! The built-in story, compiled into the widget so it works with no network at all: checked
//! by `build.rs` with the same checker as any other story and embedded in the compact form of
//! `dramatis_core::domain::codec`, so readers download neither the JSON nor the checker.

use dramatis_core::domain::codec::decode;
use dramatis_core::domain::{Dataset, DatasetError, Report};
use dramatis_core::layout::plan::Plan;

/// The built-in dataset, checked at build time and encoded.
static BUILTIN: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/story.bin"));
/// Its map's layout, planned at build time.
static PLAN: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/layout-plan.bin"));

/// The built-in story's layout plan (see `dramatis_core::layout::plan`).
pub fn plan() -> Plan<'static> {
    Plan::new(PLAN)
}

/// The built-in story in its encoded form (`dramatis_core::domain::codec`).
pub fn encoded() -> &'static [u8] {
    BUILTIN
}

/// Loads the built-in story.
///
/// # Errors
/// Only if the embedded bytes were damaged, which the build and the tests rule out.
pub fn builtin() -> Result<Dataset, Report> {
    decode(BUILTIN).map_err(|_| Report {
        errors: vec![DatasetError::new(
            "",
            "the built-in story is damaged; rebuild the widget",
        )],
    })
}

#[cfg(test)]
mod tests {
    use super::{builtin, plan};
    use dramatis_core::domain::builtin::BUILTIN_JSON;
    use dramatis_core::domain::load;
    use dramatis_core::layout::{Graph, LayoutConfig, layout, plan};

    #[test]
    fn the_embedded_story_is_the_checked_json() {
        assert_eq!(builtin().unwrap(), load(BUILTIN_JSON).unwrap());
    }

    #[test]
    fn the_planned_layouts_are_the_most_readable() {
        // The plan names a start for every width from the narrowest to the widest planned, and
        // at the widths readers' screens have, its layout is the one the search finds.
        let graph = Graph::from_dataset(&builtin().unwrap());
        let plan = plan();
        for width in (240..=plan::MAX_WIDTH).step_by(plan::STEP) {
            let config = LayoutConfig::for_graph(&graph, width as f64);
            assert!(
                plan.start(&config).is_some(),
                "no start planned at {width} px"
            );
        }
        for width in [320.0, 360.0, 392.0, 768.0, 1280.0] {
            let config = LayoutConfig::for_graph(&graph, width);
            assert_eq!(
                plan::layout(&graph, &config, Some(plan)),
                layout(&graph, &config),
                "at {width} px"
            );
        }
    }
}
