//! Admins manage accounts: one-time invitation links for new coordinators and admins,
//! disabling and enabling accounts, password-reset links. The person invited (or
//! resetting) sets their password through the link and is signed in.

use leptos::prelude::*;
use leptos::server_fn::codec::GetUrl;
use serde::{Deserialize, Serialize};

use super::Role;
use crate::error::AppError;

/// How long a one-time link works.
pub const LINK_HOURS: i64 = 72;

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AccountSummary {
    pub id: String,
    pub email: String,
    pub role: Role,
    pub disabled: bool,
    pub created_at: String,
    /// The admin looking at the list.
    pub is_you: bool,
}

/// What a one-time link is for, shown before the password is set.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct LinkInfo {
    pub email: String,
    pub role: Role,
    /// `invite` or `reset`.
    pub purpose: String,
}

#[server(input = GetUrl, prefix = "/api", endpoint = "list_accounts")]
pub async fn list_accounts() -> Result<Vec<AccountSummary>, AppError> {
    let state = expect_context::<crate::state::AppState>();
    let admin = super::ssr::require(Role::Admin).await?;
    super::ssr::accounts(&state.pool, &admin).await
}

/// With mail configured, one-time links go by e-mail, in the admin's language.
#[cfg(feature = "ssr")]
fn link_mail(state: &crate::state::AppState) -> Option<super::ssr::LinkMail> {
    state
        .config
        .smtp_url
        .as_ref()
        .map(|_| super::ssr::LinkMail { origin: state.public_origin.to_string(), locale: crate::i18n::use_locale() })
}

/// Back to the accounts page: with the link shown once, or saying it was e-mailed.
#[cfg(feature = "ssr")]
fn after_link(token: &str, mailed: bool) {
    if mailed {
        crate::security::redirect("/admin/accounts?mailed=1");
    } else {
        super::ssr::remember_new_link(token);
        crate::security::redirect("/admin/accounts");
    }
}

/// What admins see of the e-mail: whether it is configured, and the outbox.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct MailStatus {
    pub enabled: bool,
    pub outbox: crate::mail::OutboxState,
}

#[server(input = GetUrl, prefix = "/api", endpoint = "mail_status")]
pub async fn fetch_mail_status() -> Result<MailStatus, AppError> {
    let state = expect_context::<crate::state::AppState>();
    super::ssr::require(Role::Admin).await?;
    let outbox = crate::mail::ssr::outbox_state(&state.pool).await?;
    Ok(MailStatus { enabled: state.config.smtp_url.is_some(), outbox })
}

/// Makes an invitation link; the page shows it once (the admin sends it), or it is
/// e-mailed when mail is configured.
#[server(prefix = "/api", endpoint = "invite_account")]
pub async fn invite_account(email: String, role: String) -> Result<(), AppError> {
    let state = expect_context::<crate::state::AppState>();
    let admin = super::ssr::require(Role::Admin).await?;
    let mail = link_mail(&state);
    let outcome = super::ssr::invite(&state.pool, &admin, &email, &role, mail.as_ref()).await;
    if let Ok(token) = &outcome {
        after_link(token, mail.is_some());
    }
    crate::error::with_status(outcome.map(|_| ()))
}

#[server(prefix = "/api", endpoint = "set_account_disabled")]
pub async fn set_account_disabled(id: String, disabled: bool) -> Result<(), AppError> {
    let state = expect_context::<crate::state::AppState>();
    let admin = super::ssr::require(Role::Admin).await?;
    let outcome = super::ssr::set_disabled(&state.pool, &admin, &id, disabled).await;
    if outcome.is_ok() {
        crate::security::redirect("/admin/accounts");
    }
    crate::error::with_status(outcome)
}

#[server(prefix = "/api", endpoint = "password_reset_link")]
pub async fn password_reset_link(id: String) -> Result<(), AppError> {
    let state = expect_context::<crate::state::AppState>();
    let admin = super::ssr::require(Role::Admin).await?;
    let mail = link_mail(&state);
    let outcome = super::ssr::reset_link(&state.pool, &admin, &id, mail.as_ref()).await;
    if let Ok((token, _)) = &outcome {
        after_link(token, mail.is_some());
    }
    crate::error::with_status(outcome.map(|_| ()))
}

/// A link just made, shown once to the admin who made it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct NewLink {
    pub token: String,
    pub email: String,
    /// `invite` or `reset`.
    pub purpose: String,
}

/// The link the admin just made, if any. The token never travels in a URL: the action
/// hands it to the page in a short-lived cookie for `/admin/accounts` only, which this
/// reads once and clears.
#[server(input = GetUrl, prefix = "/api", endpoint = "new_link")]
pub async fn fetch_new_link() -> Result<Option<NewLink>, AppError> {
    let state = expect_context::<crate::state::AppState>();
    super::ssr::require(Role::Admin).await?;
    super::ssr::take_new_link(&state.pool).await
}

#[server(input = GetUrl, prefix = "/api", endpoint = "link_info")]
pub async fn fetch_link_info(token: String) -> Result<LinkInfo, AppError> {
    let state = expect_context::<crate::state::AppState>();
    crate::error::with_status(super::ssr::link_info(&state.pool, &token).await)
}

/// Sets the password through a one-time link and signs in.
#[server(prefix = "/api", endpoint = "use_link")]
pub async fn use_link(token: String, password: String, password_again: String) -> Result<(), AppError> {
    let state = expect_context::<crate::state::AppState>();
    let outcome = super::ssr::use_link_request(&state.pool, &token, &password, &password_again).await;
    if outcome.is_ok() {
        crate::security::redirect("/account");
    }
    crate::error::with_status(outcome)
}
