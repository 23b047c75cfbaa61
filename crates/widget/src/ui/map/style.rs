//! The stylesheet's names for what the map draws: a relation's colour family and stroke, an
//! actor's kind. The legend draws its samples with the same names.

use dramatis_core::domain::{ActorKind, RelationKind};
use dramatis_core::layout::edges::{Stroke, stroke};

/// The stylesheet's colour family for a relation kind.
pub fn tone(kind: RelationKind) -> &'static str {
    match kind {
        RelationKind::Conflict
        | RelationKind::Accusation
        | RelationKind::Criticism
        | RelationKind::Rejection => "hostile",
        RelationKind::Negotiation | RelationKind::Invitation | RelationKind::Appeal => "diplomatic",
        RelationKind::Mediation => "mediation",
        RelationKind::Alliance | RelationKind::Membership | RelationKind::Support => "cooperative",
        RelationKind::Economic => "economic",
    }
}

/// The stylesheet's name for a stroke.
pub fn stroke_class(stroke: Stroke) -> &'static str {
    match stroke {
        Stroke::Solid => "dm-solid",
        Stroke::Dotted => "dm-dotted",
        Stroke::Dashed => "dm-dashed",
        Stroke::DashDot => "dm-dashdot",
    }
}

/// Class of a relation's group on the map, before selection.
pub fn edge_class(kind: RelationKind) -> String {
    format!(
        "dm-edge dm-rel-{} dm-tone-{} {}",
        kind.key(),
        tone(kind),
        stroke_class(stroke(kind))
    )
}

/// Class of an actor's group on the map.
pub fn actor_class(kind: ActorKind) -> String {
    format!("dm-actor dm-kind-{}", kind.key())
}
