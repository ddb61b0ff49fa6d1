//! The advocacy pipeline of a review cycle: for each body, how far the campaign got
//! (not contacted → contacted → replied → committed → voted), which coordinator owns the
//! contact, dated activity notes, and how many letters Quorum composed for the body while
//! the ballot was open (a count, nothing about who wrote them). Coordinators only: the
//! public never receives any of it.

// The saves take one argument per form field, so that `<ActionForm>` posts a plain form.
#![allow(clippy::too_many_arguments)]

use leptos::prelude::*;
use leptos::server_fn::codec::GetUrl;
use serde::{Deserialize, Serialize};

use super::Cycle;
use super::projection::{Outcome, Position};
use crate::error::AppError;
use crate::records::HistoryEntry;

/// Stored values of `advocacy.stage`, in pipeline order.
pub const STAGES: [&str; 5] = ["not-contacted", "contacted", "replied", "committed", "voted"];

/// The stage after `stage`, if there is one.
pub fn next_stage(stage: &str) -> Option<&'static str> {
    let index = STAGES.iter().position(|s| *s == stage)?;
    STAGES.get(index + 1).copied()
}

/// The label key of a pipeline field in the audit trail.
pub fn label_key(field: &str) -> Option<&'static str> {
    match field {
        "stage" => Some("field-pipeline-stage"),
        "owner" => Some("field-owner"),
        "note" => Some("field-note-text"),
        _ => None,
    }
}

/// Where the campaign stands with one body in one cycle.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Advocacy {
    pub stage: String,
    pub owner_id: Option<String>,
    /// The owner's e-mail.
    pub owner: Option<String>,
    pub letters: i64,
    /// Advocates' reports on this body in the cycle that wait for a coordinator.
    pub reports: i64,
    /// 0 while nothing was recorded (the body is "not contacted", without an owner).
    pub version: i64,
}

impl Default for Advocacy {
    fn default() -> Self {
        Advocacy { stage: STAGES[0].into(), owner_id: None, owner: None, letters: 0, reports: 0, version: 0 }
    }
}

/// An account that can own a body in the pipeline.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Coordinator {
    pub id: String,
    pub email: String,
}

/// A dated activity note.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Note {
    pub noted_on: String,
    pub body: String,
    pub author: Option<String>,
    pub recorded_at: String,
}

/// The pipeline part of a body's page in a review, for coordinators.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PipelineForm {
    pub cycle_id: String,
    pub alpha2: String,
    pub advocacy: Advocacy,
    /// The latest first.
    pub notes: Vec<Note>,
    pub coordinators: Vec<Coordinator>,
    /// The server's date (ISO 8601), the new note's default date.
    pub today: String,
}

/// An open or planned cycle on the dashboard.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CycleProgress {
    pub cycle: Cycle,
    pub days_left: Option<i64>,
    pub outcome: Outcome,
    /// Bodies per stage, in `STAGES` order (every member body counts, "not contacted"
    /// included).
    pub stages: Vec<(String, u32)>,
    /// Bodies the viewer owns in this cycle.
    pub mine: u32,
}

/// A body the viewer owns in an open or planned cycle.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct OwnedBody {
    pub cycle_id: String,
    pub alpha2: String,
    pub country: String,
    pub stage: String,
    pub position: Position,
    pub letters: i64,
}

/// `/coordinate`: what a coordinator needs before a ballot closes.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Dashboard {
    pub cycles: Vec<CycleProgress>,
    pub mine: Vec<OwnedBody>,
    pub corrections: u32,
    /// Co-signatures of open letters waiting for moderation.
    pub signatures: u32,
    /// The latest changes to any record, newest first.
    pub changes: Vec<HistoryEntry>,
}

#[server(input = GetUrl, prefix = "/api", endpoint = "pipeline_form")]
pub async fn fetch_pipeline_form(cycle: String, nsb: String) -> Result<PipelineForm, AppError> {
    let state = expect_context::<crate::state::AppState>();
    crate::auth::ssr::require(crate::auth::Role::Coordinator).await?;
    super::ssr::pipeline::form(&state.pool, &cycle, &nsb).await
}

/// Moves a body along the pipeline and/or gives it an owner. `version` is the one the
/// form was read at; a form that did not see the latest move is refused. `return_to` is
/// where a plain form (no JavaScript) goes back to.
#[server(prefix = "/api", endpoint = "save_pipeline")]
pub async fn save_pipeline(
    cycle: String,
    alpha2: String,
    version: i64,
    stage: String,
    owner: String,
    return_to: String,
) -> Result<(), AppError> {
    let state = expect_context::<crate::state::AppState>();
    let user = crate::auth::ssr::require(crate::auth::Role::Coordinator).await?;
    let input = super::ssr::pipeline::Move { cycle, alpha2, version, stage, owner };
    let saved = super::ssr::pipeline::save(&state.pool, &user, &input).await;
    if let Ok(page) = &saved {
        redirect_plain_form(&return_to, page, "moved");
    }
    crate::error::with_status(saved.map(|_| ()))
}

/// Adds a dated note about a body in a cycle.
#[server(prefix = "/api", endpoint = "add_pipeline_note")]
pub async fn add_pipeline_note(cycle: String, alpha2: String, noted_on: String, body: String) -> Result<(), AppError> {
    let state = expect_context::<crate::state::AppState>();
    let user = crate::auth::ssr::require(crate::auth::Role::Coordinator).await?;
    let saved = super::ssr::pipeline::add_note(&state.pool, &user, &cycle, &alpha2, &noted_on, &body).await;
    if let Ok(page) = &saved {
        redirect_plain_form("", page, "noted");
    }
    crate::error::with_status(saved.map(|_| ()))
}

#[server(input = GetUrl, prefix = "/api", endpoint = "dashboard")]
pub async fn fetch_dashboard(lang: String) -> Result<Dashboard, AppError> {
    let state = expect_context::<crate::state::AppState>();
    let user = crate::auth::ssr::require(crate::auth::Role::Coordinator).await?;
    let locale = crate::i18n::Locale::best_for(&lang).unwrap_or_default();
    super::ssr::pipeline::dashboard(&state.pool, &user, locale).await
}

/// After a save from a plain form (no JavaScript), back to the page it came from with a
/// `flag` that says what happened; `return_to` must be a page of this site under
/// `/reviews/` (else `fallback`). With JavaScript the page stays and refreshes itself.
#[cfg(feature = "ssr")]
pub(crate) fn redirect_plain_form(return_to: &str, fallback: &str, flag: &str) {
    if !crate::error::plain_form_request() {
        return;
    }
    let safe = return_to.starts_with("/reviews/") && !return_to.contains("//") && !return_to.contains(['\\', '#']);
    let page = if safe { return_to } else { fallback };
    let separator = if page.contains('?') { '&' } else { '?' };
    crate::security::redirect(&format!("{page}{separator}{flag}=1"));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_pipeline_moves_forward_one_stage_at_a_time() {
        assert_eq!(next_stage("not-contacted"), Some("contacted"));
        assert_eq!(next_stage("committed"), Some("voted"));
        assert_eq!(next_stage("voted"), None);
        assert_eq!(next_stage("lost"), None);
        assert_eq!(Advocacy::default().stage, "not-contacted");
    }
}
