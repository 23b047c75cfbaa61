//! Which cards of a long list are rendered: lists longer than [`VIRTUAL_FROM`] render only the
//! cards near the scroll position, in fixed-height slots between spacers that keep the scroll
//! height true, so thousands of statements cost a few hundred DOM nodes.

/// Lists longer than this are windowed.
pub const VIRTUAL_FROM: usize = 60;
/// Height of a card's slot in a long list, in CSS pixels (the stylesheet agrees).
pub const SLOT: usize = 236;
/// Cards rendered around the visible ones in a long list.
const WINDOW: usize = 14;

/// The cards to render out of a list: `first..last`, with `first` empty slots above and
/// `len - last` below.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CardWindow {
    /// The first card rendered.
    pub first: usize,
    /// One past the last card rendered.
    pub last: usize,
    /// How many cards the list has.
    pub len: usize,
}

impl CardWindow {
    /// The window of a list of `len` cards scrolled to `scroll_top` pixels.
    pub fn of(len: usize, scroll_top: usize) -> Self {
        if len <= VIRTUAL_FROM {
            return Self {
                first: 0,
                last: len,
                len,
            };
        }
        let first = (scroll_top / SLOT)
            .saturating_sub(3)
            .min(len.saturating_sub(WINDOW));
        Self {
            first,
            last: (first + WINDOW).min(len),
            len,
        }
    }

    /// Whether the list is windowed.
    pub fn windowed(self) -> bool {
        self.len > VIRTUAL_FROM
    }

    /// Heights of the spacers above and below the rendered cards, in CSS pixels.
    pub fn spacers(self) -> (usize, usize) {
        (self.first * SLOT, (self.len - self.last) * SLOT)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_lists_render_every_card() {
        assert_eq!(
            CardWindow::of(14, 900),
            CardWindow {
                first: 0,
                last: 14,
                len: 14
            }
        );
        assert!(!CardWindow::of(VIRTUAL_FROM, 0).windowed());
    }

    #[test]
    fn long_lists_render_a_window_near_the_scroll_position() {
        let top = CardWindow::of(5000, 0);
        assert_eq!((top.first, top.last), (0, WINDOW));
        let deep = CardWindow::of(5000, 100 * SLOT + 10);
        assert_eq!((deep.first, deep.last), (97, 97 + WINDOW));
        assert_eq!(deep.spacers(), (97 * SLOT, (5000 - 97 - WINDOW) * SLOT));
        // Scrolled past the end, the window still ends at the last card.
        let end = CardWindow::of(100, 1_000_000);
        assert_eq!((end.first, end.last), (100 - WINDOW, 100));
        assert_eq!(end.spacers().1, 0);
    }
}
