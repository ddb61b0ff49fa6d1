//! Corrections from the public: anyone reports a better value for a field of a body's
//! record, with a source; coordinators accept (the value goes through the same edit path,
//! with the reporter's source, into the audit trail), edit then accept, or reject with a
//! reason.

use leptos::prelude::*;
use leptos::server_fn::codec::GetUrl;
use serde::{Deserialize, Serialize};

use crate::error::AppError;

/// An open report as the coordinators' queue shows it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct OpenCorrection {
    pub id: String,
    pub alpha2: String,
    pub country: String,
    pub field: String,
    pub current: Option<String>,
    pub proposed: Option<String>,
    pub source: String,
    pub reporter_email: Option<String>,
    pub created_at: String,
}

/// Reports a correction. Public: no account. `website` is a honeypot that people never
/// see; a bot that fills it is thanked and nothing is stored.
#[server(prefix = "/api", endpoint = "report_correction")]
pub async fn report_correction(
    alpha2: String,
    field: String,
    value: String,
    source: String,
    email: String,
    website: String,
) -> Result<(), AppError> {
    let state = expect_context::<crate::state::AppState>();
    let parts = crate::auth::ssr::request_parts()?;
    let report = super::ssr::corrections::Report { alpha2, field, value, source, email };
    let outcome = if website.trim().is_empty() {
        super::ssr::corrections::report(&state.pool, &report, &crate::auth::ssr::client_address(&parts, &state.config))
            .await
    } else {
        Ok(())
    };
    if outcome.is_ok() {
        let code = report.alpha2.trim().to_ascii_uppercase();
        crate::security::redirect(&format!("/nsbs/{code}?reported=1#report"));
    }
    crate::error::with_status(outcome)
}

#[server(input = GetUrl, prefix = "/api", endpoint = "open_corrections")]
pub async fn open_corrections(lang: String) -> Result<Vec<OpenCorrection>, AppError> {
    let state = expect_context::<crate::state::AppState>();
    crate::auth::ssr::require(crate::auth::Role::Coordinator).await?;
    let locale = crate::i18n::Locale::best_for(&lang).unwrap_or_default();
    super::ssr::corrections::open(&state.pool, locale).await
}

#[server(input = GetUrl, prefix = "/api", endpoint = "open_correction_count")]
pub async fn open_correction_count() -> Result<u32, AppError> {
    let state = expect_context::<crate::state::AppState>();
    crate::auth::ssr::require(crate::auth::Role::Coordinator).await?;
    super::ssr::corrections::open_count(&state.pool).await
}

/// Applies a report, with `value` and `source` as the coordinator left them (the
/// reporter's, or edited).
#[server(prefix = "/api", endpoint = "accept_correction")]
pub async fn accept_correction(id: String, value: String, source: String) -> Result<(), AppError> {
    let state = expect_context::<crate::state::AppState>();
    let user = crate::auth::ssr::require(crate::auth::Role::Coordinator).await?;
    let outcome = super::ssr::corrections::accept(&state.pool, &user, &id, &value, &source).await;
    if outcome.is_ok() {
        crate::security::redirect("/corrections?done=accepted");
    }
    crate::error::with_status(outcome)
}

#[server(prefix = "/api", endpoint = "reject_correction")]
pub async fn reject_correction(id: String, reason: String) -> Result<(), AppError> {
    let state = expect_context::<crate::state::AppState>();
    let user = crate::auth::ssr::require(crate::auth::Role::Coordinator).await?;
    let outcome = super::ssr::corrections::reject(&state.pool, &user, &id, &reason).await;
    if outcome.is_ok() {
        crate::security::redirect("/corrections?done=rejected");
    }
    crate::error::with_status(outcome)
}
