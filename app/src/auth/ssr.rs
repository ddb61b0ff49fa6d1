//! Accounts on the server: Argon2id password hashes, sessions in the database (they
//! survive a restart), rate-limited sign-in, and the checks every write calls.
//!
//! A session cookie carries 32 random bytes; the database keeps only their SHA-256, so a
//! copy of the database cannot be replayed as a session.
//!
//! This file answers for the current request (who is signed in, `require(role)`, signing
//! in and out); the rest is one concern per file: `passwords` (hashing, at most one hash
//! per core at a time, and the rate-limited check of a sign-in), `sessions` (the session
//! rows and cookies), `clients` (the client's address behind trusted proxies),
//! `accounts` (creating accounts, admins' management) and `links` (one-time invitation
//! and reset links).

mod accounts;
mod clients;
mod links;
mod passwords;
mod sessions;

use chrono::{DateTime, Utc};
use http::request::Parts;
use leptos::prelude::*;
use sqlx::AnyPool;

pub use self::accounts::{
    AccountError, LinkMail, accounts, create_account, invite, normalize_email, reset_link, set_disabled,
};
pub use self::clients::client_address;
pub use self::links::{NEW_LINK_COOKIE, link_info, remember_new_link, take_new_link, use_link, use_link_request};
pub use self::passwords::{
    ACCOUNT_FAILURES, ADDRESS_FAILURES, FAILURE_WINDOW_MINUTES, HASH_WAIT, MAX_PASSWORD_BYTES, authenticate,
};
pub use self::sessions::{
    SESSION_COOKIE, SESSION_DAYS, cleared_cookie, create_session, end_session, over_https, session_cookie,
    session_token, session_user, token_hash,
};
use super::{Role, SignedInUser};
use crate::error::AppError;
pub use crate::records::ssr::random_hex;
use crate::state::AppState;

const TIME_FORMAT: &str = "%Y-%m-%dT%H:%M:%SZ";

fn stamp(time: DateTime<Utc>) -> String {
    time.format(TIME_FORMAT).to_string()
}

pub fn request_parts() -> Result<Parts, AppError> {
    use_context::<Parts>().ok_or(AppError::Unauthorized)
}

fn state() -> Result<AppState, AppError> {
    use_context::<AppState>().ok_or(AppError::Storage)
}

fn pool() -> Result<AnyPool, AppError> {
    state().map(|state| state.pool.clone())
}

/// Whether cookies set for the current request are `Secure` ([`over_https`] with the
/// deployment's settings).
fn secure_cookies(parts: &Parts) -> bool {
    let config = state().map(|state| state.config.clone()).unwrap_or_default();
    over_https(parts, &config)
}

/// The signed-in user of the current request, if any.
pub async fn request_user() -> Result<Option<SignedInUser>, AppError> {
    let parts = request_parts()?;
    match session_token(&parts) {
        Some(token) => session_user(&pool()?, &token).await,
        None => Ok(None),
    }
}

/// The signed-in user, who must have `role` (admins may do everything): 401 without a
/// session, 403 with the wrong role. Every write calls this first.
pub async fn require(role: Role) -> Result<SignedInUser, AppError> {
    let user = match request_user().await {
        Ok(Some(user)) if user.role.allows(role) => Ok(user),
        Ok(Some(_)) => Err(AppError::Forbidden),
        Ok(None) => Err(AppError::Unauthorized),
        Err(error) => Err(error),
    };
    crate::error::with_status(user)
}

fn set_cookie(value: &str) {
    if let (Some(response), Ok(value)) =
        (use_context::<leptos_axum::ResponseOptions>(), http::HeaderValue::from_str(value))
    {
        response.append_header(http::header::SET_COOKIE, value);
    }
}

pub async fn sign_in_request(email: &str, password: &str) -> Result<(), AppError> {
    let parts = request_parts()?;
    let state = state()?;
    let user = authenticate(&state.pool, email, password, &client_address(&parts, &state.config)).await?;
    let token = create_session(&state.pool, &user.id).await?;
    set_cookie(&session_cookie(&token, secure_cookies(&parts)));
    // The language of this sign-in is the language of the account's e-mail (the digest).
    let locale = crate::i18n::ssr::locale_from_request(&parts).0;
    sqlx::query("UPDATE account SET lang = $1 WHERE id = $2")
        .bind(locale.tag())
        .bind(&user.id)
        .execute(&state.pool)
        .await?;
    tracing::info!(account = %user.id, "signed in");
    Ok(())
}

pub async fn sign_out_request() -> Result<(), AppError> {
    let parts = request_parts()?;
    if let Some(token) = session_token(&parts) {
        end_session(&pool()?, &token).await?;
    }
    set_cookie(&cleared_cookie(secure_cookies(&parts)));
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn admins_may_do_what_coordinators_do_but_not_the_reverse() {
        assert!(Role::Admin.allows(Role::Coordinator));
        assert!(Role::Coordinator.allows(Role::Coordinator));
        assert!(!Role::Coordinator.allows(Role::Admin));
    }
}
