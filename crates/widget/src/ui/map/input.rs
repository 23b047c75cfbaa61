//! The map's input, parsed once into typed events: a press on an actor, a relation or the
//! empty background; a key that moves the focus or selects; the focus arriving on an actor.
//! The drawing marks what can be pressed with `data-dm-actor`, `data-dm-relation` and
//! `data-dm-background` (behaviour hooks, apart from the test ids).

use dramatis_core::domain::{ActorId, RelationId};
use dramatis_core::layout::Point;
use dramatis_core::layout::edges::{nearest_in_direction, reading_order};
use wasm_bindgen::JsCast;

/// What on the map an event happened to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MapTarget {
    /// An actor's mark, label or touch target.
    Actor(ActorId),
    /// A relation's line or its touch target.
    Relation(RelationId),
    /// The empty background.
    Background,
}

/// A key the map answers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MapKey {
    /// Enter or Space: select the focused actor.
    Select,
    /// Right arrow: the next actor in reading order.
    Next,
    /// Left arrow: the previous actor in reading order.
    Previous,
    /// Up arrow: the nearest actor above.
    Up,
    /// Down arrow: the nearest actor below.
    Down,
    /// Home: the first actor in reading order.
    First,
    /// End: the last actor in reading order.
    Last,
}

/// An event on the map's drawing.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MapEvent {
    /// A tap or click.
    Press(MapTarget),
    /// A key press the map answers.
    Key(MapKey),
    /// The focus arrived on an actor, or left for something that is not one.
    Focus(Option<ActorId>),
}

/// Rows of actors closer than this (in layout pixels) read as one row.
const ROW: f64 = 32.0;

impl MapTarget {
    /// What the event's target is part of, if anything the map answers.
    fn of(event: &web_sys::Event) -> Option<Self> {
        let target = event.target()?.dyn_into::<web_sys::Element>().ok()?;
        let hit = target
            .closest("[data-dm-actor], [data-dm-relation], [data-dm-background]")
            .ok()??;
        let index = |name: &str| hit.get_attribute(name)?.parse::<usize>().ok();
        if let Some(i) = index("data-dm-actor") {
            Some(Self::Actor(ActorId::new(i)))
        } else if let Some(i) = index("data-dm-relation") {
            Some(Self::Relation(RelationId::new(i)))
        } else {
            Some(Self::Background)
        }
    }
}

impl MapKey {
    /// The key a key name stands for, if the map answers it.
    pub fn parse(key: &str) -> Option<Self> {
        Some(match key {
            "Enter" | " " => Self::Select,
            "ArrowRight" => Self::Next,
            "ArrowLeft" => Self::Previous,
            "ArrowUp" => Self::Up,
            "ArrowDown" => Self::Down,
            "Home" => Self::First,
            "End" => Self::Last,
            _ => return None,
        })
    }

    /// The actor the focus moves to from actor `here`, for actors at `centers`; `None` where
    /// there is none that way (or for [`MapKey::Select`]). Left and Right walk the reading
    /// order, so every actor can be reached; Up and Down jump to the nearest actor that way.
    pub fn next(self, centers: &[Point], here: usize) -> Option<usize> {
        let order = reading_order(centers, ROW);
        let at = order.iter().position(|&i| i == here).unwrap_or(0);
        match self {
            Self::Select => None,
            Self::Next => order.get(at + 1).copied(),
            Self::Previous => at.checked_sub(1).and_then(|k| order.get(k).copied()),
            Self::Down => nearest_in_direction(centers, here, (0.0, 1.0)),
            Self::Up => nearest_in_direction(centers, here, (0.0, -1.0)),
            Self::First => order.first().copied(),
            Self::Last => order.last().copied(),
        }
    }
}

impl MapEvent {
    /// A click or tap, if on something the map answers.
    pub fn press(event: &web_sys::MouseEvent) -> Option<Self> {
        MapTarget::of(event).map(Self::Press)
    }

    /// A key press, if one the map answers.
    pub fn key(event: &web_sys::KeyboardEvent) -> Option<Self> {
        MapKey::parse(&event.key()).map(Self::Key)
    }

    /// The focus arriving (`focusin`) somewhere in the drawing.
    pub fn focus(event: &web_sys::FocusEvent) -> Self {
        Self::Focus(match MapTarget::of(event) {
            Some(MapTarget::Actor(id)) => Some(id),
            _ => None,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_parse_to_what_the_map_does() {
        assert_eq!(MapKey::parse("Enter"), Some(MapKey::Select));
        assert_eq!(MapKey::parse(" "), Some(MapKey::Select));
        assert_eq!(MapKey::parse("ArrowRight"), Some(MapKey::Next));
        assert_eq!(MapKey::parse("End"), Some(MapKey::Last));
        assert_eq!(MapKey::parse("Tab"), None);
        assert_eq!(MapKey::parse("a"), None);
    }

    #[test]
    fn arrows_walk_the_reading_order_and_jump_between_rows() {
        // Two rows: 0 1 2 above, 3 4 below.
        let centers = [
            Point::new(0.0, 0.0),
            Point::new(100.0, 5.0),
            Point::new(200.0, 0.0),
            Point::new(40.0, 100.0),
            Point::new(160.0, 100.0),
        ];
        assert_eq!(MapKey::Next.next(&centers, 0), Some(1));
        assert_eq!(MapKey::Next.next(&centers, 2), Some(3));
        assert_eq!(MapKey::Previous.next(&centers, 0), None);
        assert_eq!(MapKey::Down.next(&centers, 0), Some(3));
        assert_eq!(MapKey::Up.next(&centers, 4), Some(2));
        assert_eq!(MapKey::First.next(&centers, 4), Some(0));
        assert_eq!(MapKey::Last.next(&centers, 0), Some(4));
        assert_eq!(MapKey::Select.next(&centers, 0), None);
    }
}
