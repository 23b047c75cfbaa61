//! The statements of a compact widget: one row of cards that swipes sideways (and steps with
//! its previous and next buttons), following the selection; with nothing selected, the first
//! statements in the article's order.

use dramatis_core::domain::QuoteId;
use dramatis_core::domain::selection::Selection;
use leptos::html::Div;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::quote_card::QuoteCard;
use crate::ui::hooks::effect;
use crate::ui::js::can_share;
use crate::ui::show_everyone::ShowEveryone;
use crate::ui::state::use_story;

/// Cards the row holds at a time: a story's statements, or a page of them in a long list.
const PAGE: usize = 60;

/// The page of `len` statements that holds statement `at`: its first and one past its last.
fn page_of(at: usize, len: usize) -> (usize, usize) {
    let first = at / PAGE * PAGE;
    (first, (first + PAGE).min(len))
}

/// The row's card nearest its scroll position: the one a reader sees first.
fn card_in_view(row: &web_sys::HtmlElement, rtl: bool) -> usize {
    let children = row.children();
    let scrolled = row.scroll_left();
    (0..children.length())
        .filter_map(|k| {
            let card = children.item(k)?.dyn_into::<web_sys::HtmlElement>().ok()?;
            Some((k as usize, (lead_offset(row, &card, rtl) - scrolled).abs()))
        })
        .min_by_key(|&(_, distance)| distance)
        .map_or(0, |(k, _)| k)
}

/// The row's `scrollLeft` at which `card` leads it. Right to left, the row starts at its right
/// edge and scrolls to negative offsets, so cards are measured from their right edges.
fn lead_offset(row: &web_sys::HtmlElement, card: &web_sys::HtmlElement, rtl: bool) -> i32 {
    let Some(first) = row
        .first_element_child()
        .and_then(|c| c.dyn_into::<web_sys::HtmlElement>().ok())
    else {
        return 0;
    };
    if rtl {
        (card.offset_left() + card.offset_width()) - (first.offset_left() + first.offset_width())
    } else {
        card.offset_left() - first.offset_left()
    }
}

/// The row of statements.
#[component]
pub fn CardRow() -> impl IntoView {
    let story = use_story();
    let statements = story.statements();
    let rtl = story.ui_lang().rtl();
    // Which statement the reader is at.
    let at = RwSignal::new(0usize);
    let row = NodeRef::<Div>::new();
    // A new selection starts at its first statement.
    effect(move || {
        statements.track();
        at.set(0);
        if let Some(row) = row.get_untracked() {
            row.set_scroll_left(0);
        }
    });
    let len = Memo::new(move |_| statements.with(Vec::len));
    let page = Memo::new(move |_| page_of(at.get(), len.get()));
    let cards = move || {
        let (first, last) = page.get();
        statements.with(|s| s[first..last].to_vec())
    };
    // Steps to statement `to` and scrolls the row so that its card leads.
    let step = move |to: usize| {
        let to = to.min(len.get_untracked().saturating_sub(1));
        at.set(to);
        let (first, _) = page_of(to, len.get_untracked());
        if let Some(row) = row.get_untracked()
            && let Some(card) = row
                .children()
                .item(u32::try_from(to - first).unwrap_or(0))
                .and_then(|c| c.dyn_into::<web_sys::HtmlElement>().ok())
        {
            row.set_scroll_left(lead_offset(&row, &card, rtl));
        }
    };
    let sharing = RwSignal::new(false);
    effect(move || sharing.set(can_share()));
    let t = story.t();
    view! {
        <section class="dm-card-row" aria-label=t.statements_region() data-testid="card-row">
            <div class="dm-row-head">
                <h3 class="dm-sr-only">{t.statements_heading()}</h3>
                <p class="dm-muted" data-testid="row-position">
                    {move || match len.get() {
                        0 => story.t().no_statements(),
                        n => story.t().row_position(at.get() + 1, n),
                    }}
                </p>
                <div class="dm-row-steps">
                    // Only while something is selected: the row's head stays one line.
                    {move || (story.shown().get() != Selection::Nothing).then(|| view! { <ShowEveryone /> })}
                    <button
                        type="button"
                        class="dm-button"
                        aria-label=t.row_previous()
                        data-testid="row-previous"
                        disabled=move || at.get() == 0
                        on:click=move |_| step(at.get_untracked().saturating_sub(1))
                    >
                        <span class="dm-step-icon" aria-hidden="true">"←"</span>
                    </button>
                    <button
                        type="button"
                        class="dm-button"
                        aria-label=t.row_next()
                        data-testid="row-next"
                        disabled=move || { at.get() + 1 >= len.get() }
                        on:click=move |_| step(at.get_untracked() + 1)
                    >
                        <span class="dm-step-icon" aria-hidden="true">"→"</span>
                    </button>
                </div>
            </div>
            <div
                class="dm-row"
                node_ref=row
                on:scroll=move |_| {
                    if let Some(row) = row.get_untracked() {
                        let (first, _) = page.get_untracked();
                        let now = first + card_in_view(&row, rtl);
                        if at.get_untracked() != now {
                            at.set(now);
                        }
                    }
                }
            >
                <For each=cards key=|q: &QuoteId| *q let:q>
                    <QuoteCard id=q sharing=sharing.read_only() />
                </For>
            </div>
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_long_list_is_held_a_page_at_a_time() {
        assert_eq!(page_of(0, 14), (0, 14));
        assert_eq!(page_of(13, 14), (0, 14));
        assert_eq!(page_of(59, 5000), (0, 60));
        assert_eq!(page_of(60, 5000), (60, 120));
        assert_eq!(page_of(4999, 5000), (4980, 5000));
    }
}
