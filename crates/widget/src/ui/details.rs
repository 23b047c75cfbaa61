//! The details panel: who the selected actor is, or what the selected relation rests on.

use dramatis_core::domain::selection::Selection;
use leptos::either::EitherOf3;
use leptos::prelude::*;

use super::actor_details::ActorDetails;
use super::relation_details::RelationDetails;
use super::state::use_story;

/// Shows the panels' selection in words; a selected statement shows its speaker.
#[component]
pub fn Details() -> impl IntoView {
    let story = use_story();
    let data = story.data();
    let t = story.t();
    let hint = t.details_hint();
    view! {
        <section class="dm-details" aria-label=t.details_region_label() data-testid="details">
            {move || match story.shown().get() {
                Selection::Nothing => EitherOf3::A(view! {
                    <p class="dm-muted">{hint.clone()}</p>
                }),
                Selection::Actor(id) => EitherOf3::B(view! { <ActorDetails id /> }),
                Selection::Quote(q) => {
                    EitherOf3::B(view! { <ActorDetails id=data.quote(q).speaker /> })
                }
                Selection::Relation(id) => EitherOf3::C(view! { <RelationDetails id /> }),
            }}
        </section>
    }
}
