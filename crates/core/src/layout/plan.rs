//! The layout search done ahead of time. A small graph is laid out from twelve starts and
//! the most readable kept ([`layout`](super::layout)); the search costs a dozen layouts, the
//! chosen start only one. For a story known when the widget is built (the built-in one), the
//! build finds the best start for every width the map can be drawn at and ships the answers,
//! one byte per width, so a reader's browser lays the map out once, not twelve times.

use super::{Graph, Layout, LayoutConfig, MIN_WIDTH, STARTS, place, search};

/// Widths are planned in steps of this many pixels (the map measures its width in these steps).
pub const STEP: usize = 8;
/// The widest drawing planned; wider ones search in the browser.
pub const MAX_WIDTH: usize = 1600;
/// The narrowest: [`MIN_WIDTH`], below which the drawing does not shrink.
const FIRST: usize = MIN_WIDTH as usize;

/// The best start per planned width, for one graph.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Plan<'a> {
    starts: &'a [u8],
}

impl<'a> Plan<'a> {
    /// A plan made by [`make`], as its bytes.
    pub fn new(starts: &'a [u8]) -> Self {
        Self { starts }
    }

    /// The planned start for a drawing made as `config` says, if that width was planned.
    pub fn start(&self, config: &LayoutConfig) -> Option<usize> {
        let width = config.width;
        if width.fract() != 0.0 || width < MIN_WIDTH {
            return None;
        }
        let width = width as usize;
        if !(width - FIRST).is_multiple_of(STEP) {
            return None;
        }
        let start = usize::from(*self.starts.get((width - FIRST) / STEP)?);
        (start < STARTS).then_some(start)
    }
}

/// Finds the best start for every planned width of `graph`'s drawing (each `screen` width
/// from [`MIN_WIDTH`] to [`MAX_WIDTH`], in [`STEP`]s, as [`LayoutConfig::for_graph`] makes its
/// configuration), on as many threads as `threads`.
pub fn make(graph: &Graph, threads: usize) -> Vec<u8> {
    let widths: Vec<usize> = (FIRST..=MAX_WIDTH).step_by(STEP).collect();
    let mut starts = vec![0u8; widths.len()];
    let chunk = widths.len().div_ceil(threads.max(1));
    std::thread::scope(|scope| {
        for (widths, starts) in widths.chunks(chunk).zip(starts.chunks_mut(chunk)) {
            scope.spawn(move || {
                for (&width, start) in widths.iter().zip(starts) {
                    let config = LayoutConfig::for_graph(graph, width as f64);
                    *start = u8::try_from(search(graph, &config)).unwrap_or(0);
                }
            });
        }
    });
    starts
}

/// Lays `graph` out as [`layout`](super::layout) does, from the start `plan` names for this
/// width if it names one: the same drawing at a twelfth of the cost.
pub fn layout(graph: &Graph, config: &LayoutConfig, plan: Option<Plan>) -> Layout {
    match plan.and_then(|p| p.start(config)) {
        Some(start) => place(graph, config, start),
        None => super::layout(graph, config),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::builtin::BUILTIN_JSON;
    use crate::domain::load;

    #[test]
    fn a_planned_layout_is_the_searched_one() {
        let graph = Graph::from_dataset(&load(BUILTIN_JSON).unwrap());
        // A plan for a few widths only (the whole one takes seconds): those it names give
        // the layout the search gives; others, and unplanned widths, are searched.
        let configs: Vec<LayoutConfig> = [240.0, 248.0, 256.0]
            .map(|w| LayoutConfig::for_graph(&graph, w))
            .to_vec();
        let starts: Vec<u8> = configs
            .iter()
            .map(|c| u8::try_from(search(&graph, c)).unwrap())
            .collect();
        let plan = Plan::new(&starts);
        for config in &configs {
            assert_eq!(
                layout(&graph, config, Some(plan)),
                super::super::layout(&graph, config)
            );
        }
        let wider = LayoutConfig::for_graph(&graph, 360.0);
        assert_eq!(plan.start(&wider), None);
        assert_eq!(plan.start(&LayoutConfig::for_graph(&graph, 250.5)), None);
        assert_eq!(
            layout(&graph, &wider, Some(plan)),
            super::super::layout(&graph, &wider)
        );
    }

    #[test]
    fn a_damaged_plan_is_not_followed() {
        let graph = Graph::from_dataset(&load(BUILTIN_JSON).unwrap());
        let config = LayoutConfig::for_graph(&graph, 240.0);
        let plan = Plan::new(&[200]);
        assert_eq!(plan.start(&config), None);
        assert_eq!(
            layout(&graph, &config, Some(plan)),
            super::super::layout(&graph, &config)
        );
    }
}
