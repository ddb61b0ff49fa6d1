//! What happened after the letter, told by advocates without an account: "I sent it"
//! (from the composer, or an open letter's "send to your body"), and later, from the
//! private link shown then, "they replied" — what the body said it will do, and
//! optionally the reply's text. Reports are rate-limited and never public as text: the
//! coordinators see them on the body's pipeline page (low confidence, dated) and record a
//! position from one (through the record engine, audited) or dismiss it. The public sees
//! counts: letters started, reported sent, replies — per body and per review cycle.

// The public forms' server functions take one argument per form field.
#![allow(clippy::too_many_arguments)]

use leptos::prelude::*;
use leptos::server_fn::codec::GetUrl;
use serde::{Deserialize, Serialize};

use crate::error::AppError;

#[cfg(feature = "ssr")]
pub mod ssr;

/// What a body answered, as the advocate tells it.
pub const STANCES: [&str; 5] = ["confirm", "revise", "withdraw", "undecided", "no-answer"];

/// Longest reply text kept.
pub const MAX_REPLY_CHARS: usize = 2000;

/// One report as its advocate sees it through the private link.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct OwnReport {
    pub alpha2: String,
    /// The body and its country, in the reader's language.
    pub body: String,
    pub sent_on: String,
    pub replied_on: Option<String>,
    pub stance: Option<String>,
    pub reply_text: Option<String>,
}

/// A report as coordinators see it in the pipeline.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PipelineReport {
    pub id: String,
    pub via: String,
    pub sent_on: String,
    pub replied_on: Option<String>,
    pub stance: Option<String>,
    pub reply_text: Option<String>,
    /// `open`, `recorded` or `dismissed`.
    pub status: String,
}

/// Public counts for one body in one review (or all of a review's bodies together).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct Counts {
    /// Letters started in the composer while the review was open (once per client, body
    /// and day).
    pub letters_started: u32,
    /// Letters advocates reported as sent.
    pub reported_sent: u32,
    /// Replies advocates reported.
    pub replies: u32,
}

impl Counts {
    pub fn is_empty(&self) -> bool {
        self.letters_started == 0 && self.reported_sent == 0 && self.replies == 0
    }
}

/// A review's counts: in total and per body (alpha-2, country name, counts), bodies with
/// any count only, the most letters first.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct CycleCounts {
    pub total: Counts,
    pub bodies: Vec<(String, String, Counts)>,
}

/// "I sent it". Public, rate-limited; `email` (optional) receives the private link and
/// is not kept; `website` is a honeypot. Answers with the private link's page.
#[server(prefix = "/api", endpoint = "report_sent")]
pub async fn report_sent(
    nsb: String,
    via: String,
    open_letter: String,
    email: String,
    website: String,
) -> Result<(), AppError> {
    let state = expect_context::<crate::state::AppState>();
    let parts = crate::auth::ssr::request_parts()?;
    if !website.trim().is_empty() {
        return Ok(());
    }
    let address = crate::auth::ssr::client_address(&parts, &state.config);
    let locale = crate::i18n::ssr::locale_from_request(&parts).0;
    let report = ssr::NewReport { nsb, via, open_letter, email };
    let outcome = ssr::report_sent(&state, &report, locale, &address).await;
    if let Ok(token) = &outcome {
        crate::security::redirect(&format!("/outcomes/{token}?new=1"));
    }
    crate::error::with_status(outcome.map(|_| ()))
}

/// "They replied", from the private link.
#[server(prefix = "/api", endpoint = "report_reply")]
pub async fn report_reply(token: String, stance: String, reply_text: String, website: String) -> Result<(), AppError> {
    let state = expect_context::<crate::state::AppState>();
    let parts = crate::auth::ssr::request_parts()?;
    if !website.trim().is_empty() {
        return Ok(());
    }
    let address = crate::auth::ssr::client_address(&parts, &state.config);
    let outcome = ssr::report_reply(&state.pool, &token, &stance, &reply_text, &address).await;
    if outcome.is_ok() {
        crate::security::redirect(&format!("/outcomes/{}?replied=1", token.trim()));
    }
    crate::error::with_status(outcome)
}

#[server(input = GetUrl, prefix = "/api", endpoint = "own_report")]
pub async fn fetch_own_report(token: String) -> Result<OwnReport, AppError> {
    let state = expect_context::<crate::state::AppState>();
    let locale = crate::i18n::use_locale();
    crate::error::with_status(ssr::own_report(&state.pool, &token, locale).await)
}

/// The reports on one body in one review (coordinators).
#[server(input = GetUrl, prefix = "/api", endpoint = "pipeline_reports")]
pub async fn fetch_pipeline_reports(cycle: String, nsb: String) -> Result<Vec<PipelineReport>, AppError> {
    let state = expect_context::<crate::state::AppState>();
    crate::auth::ssr::require(crate::auth::Role::Coordinator).await?;
    ssr::pipeline_reports(&state.pool, &cycle, &nsb).await
}

/// Records a report's answer as the body's position (intention, low confidence, the
/// report as its source), in one transaction with the report's state.
#[server(prefix = "/api", endpoint = "record_report")]
pub async fn record_report(id: String, latest_id: String, return_to: String) -> Result<(), AppError> {
    let state = expect_context::<crate::state::AppState>();
    let user = crate::auth::ssr::require(crate::auth::Role::Coordinator).await?;
    let outcome = ssr::record_report(&state.pool, &user, &id, &latest_id).await;
    if outcome.is_ok() {
        crate::reviews::pipeline::redirect_plain_form(&return_to, "/coordinate", "reported");
    }
    crate::error::with_status(outcome)
}

/// Dismisses a report (audited).
#[server(prefix = "/api", endpoint = "dismiss_report")]
pub async fn dismiss_report(id: String, return_to: String) -> Result<(), AppError> {
    let state = expect_context::<crate::state::AppState>();
    let user = crate::auth::ssr::require(crate::auth::Role::Coordinator).await?;
    let outcome = ssr::dismiss_report(&state.pool, &user, &id).await;
    if outcome.is_ok() {
        crate::reviews::pipeline::redirect_plain_form(&return_to, "/coordinate", "reported");
    }
    crate::error::with_status(outcome)
}

/// A review's public counts.
#[server(input = GetUrl, prefix = "/api", endpoint = "cycle_counts")]
pub async fn fetch_cycle_counts(cycle: String, lang: String) -> Result<CycleCounts, AppError> {
    let state = expect_context::<crate::state::AppState>();
    let locale = crate::i18n::Locale::best_for(&lang).unwrap_or_default();
    ssr::cycle_counts(&state.pool, &cycle, locale).await
}

/// A review's map coloured by letters (the letters layer of the review page's map).
#[server(input = GetUrl, prefix = "/api", endpoint = "outreach_map")]
pub async fn fetch_outreach_map(cycle: String, lang: String) -> Result<String, AppError> {
    let state = expect_context::<crate::state::AppState>();
    let locale = crate::i18n::Locale::best_for(&lang).unwrap_or_default();
    ssr::map(&state.pool, &cycle, locale).await
}

/// A body's public counts per review (cycle id, standard reference, counts).
#[server(input = GetUrl, prefix = "/api", endpoint = "body_counts")]
pub async fn fetch_body_counts(nsb: String) -> Result<Vec<(String, String, Counts)>, AppError> {
    let state = expect_context::<crate::state::AppState>();
    ssr::body_counts(&state.pool, &nsb).await
}
