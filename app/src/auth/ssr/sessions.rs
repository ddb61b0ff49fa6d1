//! Sessions: rows in `account_session` keyed by the SHA-256 of the cookie's token, and
//! the session cookie itself.

use chrono::{Duration, Utc};
use http::request::Parts;
use sha2::{Digest, Sha256};
use sqlx::AnyPool;

use super::{random_hex, stamp};
use crate::auth::{Role, SignedInUser};
use crate::config::Config;
use crate::error::AppError;

pub const SESSION_COOKIE: &str = "quorum_session";
/// A session lasts this long from sign-in, then the account signs in again.
pub const SESSION_DAYS: i64 = 14;

pub fn token_hash(token: &str) -> String {
    hex::encode(Sha256::digest(token.as_bytes()))
}

/// Starts a session; returns the token for the cookie.
pub async fn create_session(pool: &AnyPool, account_id: &str) -> Result<String, AppError> {
    let token = random_hex(32)?;
    let now = Utc::now();
    sqlx::query("INSERT INTO account_session (token_hash, account_id, created_at, expires_at) VALUES ($1, $2, $3, $4)")
        .bind(token_hash(&token))
        .bind(account_id)
        .bind(stamp(now))
        .bind(stamp(now + Duration::days(SESSION_DAYS)))
        .execute(pool)
        .await?;
    Ok(token)
}

/// The account of a live session: not expired, account not disabled.
pub async fn session_user(pool: &AnyPool, token: &str) -> Result<Option<SignedInUser>, AppError> {
    let row: Option<(String, String, String)> = sqlx::query_as(
        "SELECT a.id, a.email, a.role FROM account_session s JOIN account a ON a.id = s.account_id \
         WHERE s.token_hash = $1 AND s.expires_at > $2 AND a.disabled = 0",
    )
    .bind(token_hash(token))
    .bind(stamp(Utc::now()))
    .fetch_optional(pool)
    .await?;
    Ok(row.and_then(|(id, email, role)| Role::from_db(&role).map(|role| SignedInUser { id, email, role })))
}

pub async fn end_session(pool: &AnyPool, token: &str) -> Result<(), AppError> {
    sqlx::query("DELETE FROM account_session WHERE token_hash = $1").bind(token_hash(token)).execute(pool).await?;
    Ok(())
}

/// The session token in a request's cookies.
pub fn session_token(parts: &Parts) -> Option<String> {
    crate::i18n::ssr::cookie(parts, SESSION_COOKIE)
}

/// Whether the browser reached Quorum over HTTPS (directly or through a proxy), or the
/// deployment says so (`Config::secure_cookies`); the session cookie is then `Secure`.
pub fn over_https(parts: &Parts, config: &Config) -> bool {
    parts.uri.scheme_str() == Some("https") || crate::security::forwarded_https(&parts.headers) || config.secure_cookies
}

pub fn session_cookie(token: &str, secure: bool) -> String {
    crate::cookies::private(SESSION_COOKIE, token, "/", SESSION_DAYS * 24 * 60 * 60, secure)
}

pub fn cleared_cookie(secure: bool) -> String {
    crate::cookies::private(SESSION_COOKIE, "", "/", 0, secure)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cookies_are_http_only_and_strict() {
        let cookie = session_cookie("abc", false);
        assert!(cookie.starts_with("quorum_session=abc;") && cookie.contains("; Path=/"));
        assert!(cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict") && !cookie.contains("Secure"));
        assert!(session_cookie("abc", true).contains("; Secure"));
        assert!(cleared_cookie(false).contains("Max-Age=0"));
    }

    #[test]
    fn tokens_are_stored_hashed() {
        let hash = token_hash("secret-token");
        assert_eq!(hash.len(), 64);
        assert!(!hash.contains("secret"));
        assert_eq!(hash, token_hash("secret-token"));
    }
}
