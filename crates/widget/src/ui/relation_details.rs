//! What a relation rests on: its kind, its two actors, its summary and, for every piece of
//! evidence, the article's sentence.

use dramatis_core::domain::describe::{quoted, relation_kind};
use dramatis_core::domain::selection::Selection;
use dramatis_core::domain::{Dataset, EvidenceRef, QuoteKind, RelationId};
use dramatis_i18n::Catalog;
use leptos::prelude::*;

use super::added_badge::AddedBadge;
use super::select_button::SelectButton;
use super::state::use_story;

/// What a piece of evidence is, in words: an event with its act, or a statement with its
/// speaker and whether it is quoted or reported.
fn evidence_line(t: &Catalog, data: &Dataset, item: EvidenceRef) -> String {
    match item {
        EvidenceRef::Event(e) => {
            let event = data.event(e);
            t.evidence_event(&event.summary, t.cameo(&event.cameo.code))
        }
        EvidenceRef::Quote(q) => {
            let quote = data.quote(q);
            let speaker = &data.actor(quote.speaker).name;
            match quote.kind {
                QuoteKind::Verbatim => t.evidence_quoted(speaker, quoted(data, &quote.text)),
                QuoteKind::Paraphrase => t.evidence_reported(speaker, &quote.text),
            }
        }
    }
}

/// The details of relation `id`.
#[component]
pub fn RelationDetails(id: RelationId) -> impl IntoView {
    let story = use_story();
    let (data, t) = (story.data(), story.t());
    let story_lang = story.story_lang();
    let relation = data.relation(id);
    let (source, target) = (relation.source, relation.target);
    let evidence = relation
        .evidence
        .iter()
        .map(|&item| {
            let span = data.evidence_span(item);
            let sentence = data.story.slice(data.sentence_around(span)).to_owned();
            view! {
                <li data-testid="evidence">
                    <p class="dm-evidence-what">{evidence_line(&t, &data, item)}</p>
                    <blockquote class="dm-sentence" data-testid="evidence-sentence" lang=story_lang.clone() dir="auto">
                        {sentence}
                    </blockquote>
                    <button
                        type="button"
                        class="dm-link"
                        data-testid="show-in-article"
                        on:click=move |_| story.show_passage(span)
                    >
                        {t.show_in_article()}
                    </button>
                </li>
            }
        })
        .collect_view();
    let note = relation.note.clone().map(|note| {
        view! { <p class="dm-note"><AddedBadge />" "{note}</p> }
    });
    view! {
        <div data-testid="relation-details">
            <h3 class="dm-details-title" data-testid="details-title">{relation_kind(&t, relation.kind)}</h3>
            <p>
                <SelectButton selection=Selection::Actor(source) label=data.actor(source).name.clone() />
                {if relation.directed { " → ".to_owned() } else { format!(" {} ", t.relation_and()) }}
                <SelectButton selection=Selection::Actor(target) label=data.actor(target).name.clone() />
            </p>
            <p data-testid="details-summary" lang=story_lang.clone() dir="auto">{relation.summary.clone()}</p>
            {note}
            <h4 class="dm-subtitle">{t.relation_evidence_heading()}</h4>
            <ul class="dm-evidence-list">{evidence}</ul>
        </div>
    }
}
