//! The statements on show, as cards: they follow the panels' selection, with a filter between
//! quoted and reported speech and a count; long lists render only the cards in view.

use dramatis_core::domain::QuoteId;
use leptos::either::Either;
use leptos::html::Div;
use leptos::prelude::*;

use super::filter::Filter;
use super::quote_card::QuoteCard;
use super::window::CardWindow;
use crate::ui::hooks::{When, effect, use_deferred};
use crate::ui::js::can_share;
use crate::ui::state::use_story;

/// The statements panel.
#[component]
pub fn CardList() -> impl IntoView {
    let story = use_story();
    let (data, t) = (story.data(), story.t());
    let total = data.quotes.len();
    let filter = RwSignal::new(Filter::All);
    let on_show: Memo<Vec<QuoteId>> = Memo::new(move |_| {
        let (kept, data) = (filter.get(), story.data());
        story.statements().with(|all| {
            all.iter()
                .copied()
                .filter(|&q| kept.keeps(data.quote(q).kind))
                .collect()
        })
    });
    let list = NodeRef::<Div>::new();
    let scroll_top = RwSignal::new(0usize);
    // A new list starts at its top, if the reader had scrolled the last one (setting
    // scrollTop forces a layout, which a tap should not pay for nothing).
    effect(move || {
        on_show.track();
        if scroll_top.get_untracked() > 0
            && let Some(list) = list.get_untracked()
        {
            list.set_scroll_top(0);
            scroll_top.set(0);
        }
    });
    let window = Memo::new(move |_| CardWindow::of(on_show.with(Vec::len), scroll_top.get()));
    let sharing = RwSignal::new(false);
    effect(move || sharing.set(can_share()));
    // The first cards a frame after the map.
    let ready = use_deferred(When::AfterFrames(1));
    let chips = Filter::ALL.map(|chip| {
        view! {
            <button
                type="button"
                class="dm-chip"
                data-testid=chip.testid()
                aria-pressed=move || if filter.get() == chip { "true" } else { "false" }
                on:click=move |_| filter.set(chip)
            >
                {chip.label(&t)}
            </button>
        }
    });
    let empty = Memo::new(move |_| on_show.with(Vec::is_empty));
    let cards = move || {
        let w = window.get();
        on_show.with(|shown| shown[w.first..w.last].to_vec())
    };
    // In a long list, spacers above and below the cards keep the scroll height true; their
    // heights go through the CSSOM, which a strict Content Security Policy allows.
    let body = move || {
        if !ready.get() {
            return None;
        }
        Some(if empty.get() {
            Either::Left(view! { <p class="dm-muted">{story.t().no_statements_match()}</p> })
        } else {
            Either::Right(view! {
                <div aria-hidden="true" style:height=move || format!("{}px", window.get().spacers().0)></div>
                <For each=cards key=|q| *q let:q>
                    <QuoteCard id=q sharing=sharing.read_only() />
                </For>
                <div aria-hidden="true" style:height=move || format!("{}px", window.get().spacers().1)></div>
            })
        })
    };
    view! {
        <section class="dm-cards" aria-label=t.statements_region() data-testid="quote-cards">
            <div class="dm-cards-head">
                <h3 class="dm-subtitle">{t.statements_heading()}</h3>
                <p class="dm-muted" data-testid="card-count">
                    {move || story.t().statements_count(on_show.with(Vec::len), total)}
                </p>
                <div class="dm-filter dm-needs-js" role="group" aria-label=t.statements_filter()>{chips}</div>
            </div>
            <div
                class="dm-card-list"
                class:dm-card-list-virtual=move || window.get().windowed()
                data-testid="card-list"
                tabindex="-1"
                node_ref=list
                on:scroll=move |_| {
                    if let Some(list) = list.get_untracked() {
                        scroll_top.set(usize::try_from(list.scroll_top()).unwrap_or(0));
                    }
                }
            >
                {body}
            </div>
        </section>
    }
}
