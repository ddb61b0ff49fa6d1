//! Coordinators record a body's position in a review. Positions are never overwritten:
//! each one is added to the body's history with its kind, source and date, and the
//! latest by date counts. A form that did not see the latest position is refused.

// `record_position` takes one argument per form field, so that `<ActionForm>` posts a
// plain form.
#![allow(clippy::too_many_arguments)]

use leptos::prelude::*;
use leptos::server_fn::codec::GetUrl;
use serde::{Deserialize, Serialize};

use super::PositionRecord;
use crate::error::AppError;

/// The position form of one body in one cycle.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PositionForm {
    pub cycle_id: String,
    pub alpha2: String,
    /// The form's heading, in the reader's language.
    pub heading: String,
    /// The id of the latest position the form was read with ("" when none).
    pub latest_id: String,
    /// Oldest first.
    pub history: Vec<PositionRecord>,
}

/// Stored values of `review_position.confidence`.
pub const CONFIDENCES: [&str; 4] = ["high", "medium-high", "medium", "low"];

#[server(input = GetUrl, prefix = "/api", endpoint = "position_form")]
pub async fn fetch_position_form(cycle: String, nsb: String, lang: String) -> Result<PositionForm, AppError> {
    let state = expect_context::<crate::state::AppState>();
    crate::auth::ssr::require(crate::auth::Role::Coordinator).await?;
    let locale = crate::i18n::Locale::best_for(&lang).unwrap_or_default();
    super::ssr::position_form(&state.pool, &cycle, &nsb, locale).await
}

/// Adds a position to the body's history. Refused (nothing saved) when a value is
/// invalid or when a newer position was recorded since the form was read.
#[server(prefix = "/api", endpoint = "record_position")]
pub async fn record_position(
    cycle: String,
    alpha2: String,
    latest_id: String,
    position: String,
    kind: String,
    confidence: String,
    source: String,
    as_of: String,
) -> Result<(), AppError> {
    let state = expect_context::<crate::state::AppState>();
    let user = crate::auth::ssr::require(crate::auth::Role::Coordinator).await?;
    let input = super::ssr::NewPosition { cycle, alpha2, latest_id, position, kind, confidence, source, as_of };
    let saved = super::ssr::record(&state.pool, &user, &input).await;
    if let Ok(return_to) = &saved {
        crate::security::redirect(&format!("{return_to}?recorded=1"));
    }
    crate::error::with_status(saved.map(|_| ()))
}
