//! Co-signing an open letter. Anyone may sign (name, organisation, country, optional role
//! and e-mail, consent to be listed); a honeypot, a per-address limit and length limits
//! keep spam out, and every signature waits for a coordinator. Approved signatures are
//! counted per country and, with consent, listed — the e-mail is never shown.

// `sign_open_letter` takes one argument per form field, so that `<ActionForm>` posts a
// plain form.
#![allow(clippy::too_many_arguments)]

use leptos::prelude::*;
use leptos::server_fn::codec::GetUrl;
use serde::{Deserialize, Serialize};

use crate::error::AppError;

/// A listed signature, as the public sees it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ListedSignature {
    pub name: String,
    pub organisation: String,
    pub country: String,
    pub role: Option<String>,
}

/// The letter's approved signatures: those listed with consent, and the count of every
/// approved signature per country (name in the reader's language).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Signatures {
    pub listed: Vec<ListedSignature>,
    pub total: u32,
    pub per_country: Vec<(String, u32)>,
}

/// A signature waiting for a coordinator.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PendingSignature {
    pub id: String,
    pub letter: String,
    pub name: String,
    pub organisation: String,
    pub country: String,
    pub role: Option<String>,
    pub email: Option<String>,
    pub listed: bool,
    pub created_at: String,
}

/// Signs a letter. Public: no account. `website` is a honeypot people never see; a bot
/// that fills it is thanked and nothing is stored.
#[server(prefix = "/api", endpoint = "sign_open_letter")]
pub async fn sign_open_letter(
    slug: String,
    name: String,
    organisation: String,
    country: String,
    role: String,
    email: String,
    listed: Option<String>,
    website: String,
) -> Result<(), AppError> {
    let state = expect_context::<crate::state::AppState>();
    let parts = crate::auth::ssr::request_parts()?;
    let signature = super::ssr::signatures::NewSignature {
        slug: slug.clone(),
        name,
        organisation,
        country,
        role,
        email,
        listed: listed.is_some_and(|v| !v.is_empty()),
    };
    let outcome = if website.trim().is_empty() {
        let address = crate::auth::ssr::client_address(&parts, &state.config);
        let mail = state.config.smtp_url.as_ref().map(|_| super::ssr::signatures::SignatureMail {
            origin: state.public_origin.to_string(),
            locale: crate::i18n::ssr::locale_from_request(&parts).0,
        });
        super::ssr::signatures::sign(&state.pool, &signature, &address, mail.as_ref()).await
    } else {
        Ok(())
    };
    if outcome.is_ok() && crate::error::plain_form_request() {
        let slug = slug.trim().to_ascii_lowercase();
        crate::security::redirect(&format!("/open-letters/{slug}?signed=1#sign"));
    }
    crate::error::with_status(outcome)
}

/// Confirms a co-signature from the link in its e-mail: it then waits for moderation.
#[server(prefix = "/api", endpoint = "confirm_signature")]
pub async fn confirm_signature(token: String) -> Result<(), AppError> {
    let state = expect_context::<crate::state::AppState>();
    let outcome = super::ssr::signatures::confirm(&state.pool, &token).await;
    if outcome.is_ok() && crate::error::plain_form_request() {
        crate::security::redirect("/mail/signature-confirmed");
    }
    crate::error::with_status(outcome)
}

#[server(input = GetUrl, prefix = "/api", endpoint = "open_letter_signatures")]
pub async fn fetch_signatures(slug: String, reader: String) -> Result<Signatures, AppError> {
    let state = expect_context::<crate::state::AppState>();
    let reader = crate::i18n::Locale::best_for(&reader).unwrap_or_default();
    super::ssr::signatures::approved(&state.pool, &slug, reader).await
}

#[server(input = GetUrl, prefix = "/api", endpoint = "pending_signatures")]
pub async fn fetch_pending_signatures(reader: String) -> Result<Vec<PendingSignature>, AppError> {
    let state = expect_context::<crate::state::AppState>();
    crate::auth::ssr::require(crate::auth::Role::Coordinator).await?;
    let reader = crate::i18n::Locale::best_for(&reader).unwrap_or_default();
    super::ssr::signatures::pending(&state.pool, reader).await
}

/// Approves (`approved`) or rejects (`rejected`) a waiting signature.
#[server(prefix = "/api", endpoint = "moderate_signature")]
pub async fn moderate_signature(id: String, decision: String) -> Result<(), AppError> {
    let state = expect_context::<crate::state::AppState>();
    let user = crate::auth::ssr::require(crate::auth::Role::Coordinator).await?;
    let outcome = super::ssr::signatures::moderate(&state.pool, &user, &id, &decision).await;
    if outcome.is_ok() && crate::error::plain_form_request() {
        crate::security::redirect("/coordinate/signatures?moderated=1");
    }
    crate::error::with_status(outcome)
}
