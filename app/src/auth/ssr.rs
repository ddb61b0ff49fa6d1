//! Accounts on the server: Argon2id password hashes, sessions in the database (they
//! survive a restart), rate-limited sign-in, and the checks every write calls.
//!
//! A session cookie carries 32 random bytes; the database keeps only their SHA-256, so a
//! copy of the database cannot be replayed as a session.

use std::sync::LazyLock;

use chrono::{DateTime, Duration, Utc};
use http::request::Parts;
use leptos::prelude::*;
use sha2::{Digest, Sha256};
use sqlx::AnyPool;

use super::{MIN_PASSWORD_CHARS, Role, SignedInUser};
use crate::config::Config;
use crate::error::AppError;
use crate::state::AppState;

pub const SESSION_COOKIE: &str = "quorum_session";
/// A session lasts this long from sign-in, then the account signs in again.
pub const SESSION_DAYS: i64 = 14;
/// Failed sign-ins allowed per account, and per client address, within the window.
pub const ACCOUNT_FAILURES: i64 = crate::limits::SIGN_IN_ACCOUNT.max;
pub const ADDRESS_FAILURES: i64 = crate::limits::SIGN_IN_ADDRESS.max;
pub const FAILURE_WINDOW_MINUTES: i64 = crate::limits::SIGN_IN_ACCOUNT.window_minutes;
/// Longest password checked; anything longer is wrong without being hashed.
pub const MAX_PASSWORD_BYTES: usize = 1024;
/// How long a sign-in waits for a free hashing slot before it is told to try again.
pub const HASH_WAIT: std::time::Duration = std::time::Duration::from_secs(5);

const TIME_FORMAT: &str = "%Y-%m-%dT%H:%M:%SZ";

fn stamp(time: DateTime<Utc>) -> String {
    time.format(TIME_FORMAT).to_string()
}

pub use crate::records::ssr::random_hex;

fn token_hash(token: &str) -> String {
    hex::encode(Sha256::digest(token.as_bytes()))
}

/// Why an account could not be created.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum AccountError {
    #[error("that is not an e-mail address")]
    Email,
    #[error("the password needs at least {MIN_PASSWORD_CHARS} characters")]
    PasswordTooShort,
    #[error("an account with that e-mail address exists")]
    EmailTaken,
    #[error("{0}")]
    App(#[from] AppError),
}

pub fn normalize_email(email: &str) -> String {
    email.trim().to_lowercase()
}

/// Argon2id needs about 19 MiB and a core for a fraction of a second per hash: only as
/// many run at once as there are cores, so a burst of sign-ins queues instead of taking
/// the server's memory.
static HASHING: LazyLock<tokio::sync::Semaphore> = LazyLock::new(|| {
    tokio::sync::Semaphore::new(std::thread::available_parallelism().map_or(2, |n| n.get()).clamp(1, 4))
});

/// Runs `work` (a hash or a verification) on a blocking thread once a hashing slot is
/// free; `None` when no slot came free within [`HASH_WAIT`].
async fn hashing<T: Send + 'static>(work: impl FnOnce() -> T + Send + 'static) -> Result<Option<T>, AppError> {
    let Ok(Ok(slot)) = tokio::time::timeout(HASH_WAIT, HASHING.acquire()).await else {
        return Ok(None);
    };
    // The slot goes with the work: a request dropped while it runs does not free it early.
    let work = move || {
        let _slot = slot;
        work()
    };
    tokio::task::spawn_blocking(work).await.map(Some).map_err(|error| {
        tracing::error!(%error, "password hashing task failed");
        AppError::Storage
    })
}

async fn hash_password(password: String) -> Result<String, AppError> {
    hashing(move || password_auth::generate_hash(password)).await?.ok_or(AppError::Busy)
}

/// Creates an account; the e-mail is stored lower-case and must be new.
pub async fn create_account(pool: &AnyPool, email: &str, password: &str, role: Role) -> Result<String, AccountError> {
    let email = normalize_email(email);
    if !crate::records::looks_like_email(&email) {
        return Err(AccountError::Email);
    }
    if password.chars().count() < MIN_PASSWORD_CHARS {
        return Err(AccountError::PasswordTooShort);
    }
    let exists: Option<(String,)> = sqlx::query_as("SELECT id FROM account WHERE email = $1")
        .bind(&email)
        .fetch_optional(pool)
        .await
        .map_err(AppError::from)?;
    if exists.is_some() {
        return Err(AccountError::EmailTaken);
    }
    let id = random_hex(16)?;
    let hash = hash_password(password.to_string()).await?;
    let now = stamp(Utc::now());
    let inserted = sqlx::query(
        "INSERT INTO account (id, email, password_hash, role, disabled, created_at, updated_at) \
         VALUES ($1, $2, $3, $4, 0, $5, $5)",
    )
    .bind(&id)
    .bind(&email)
    .bind(&hash)
    .bind(role.db_value())
    .bind(&now)
    .execute(pool)
    .await;
    match inserted {
        Ok(_) => Ok(id),
        // Two creations raced: the unique constraint decides.
        Err(sqlx::Error::Database(error)) if error.is_unique_violation() => Err(AccountError::EmailTaken),
        Err(error) => Err(AccountError::App(error.into())),
    }
}

/// A hash to verify against when the account does not exist, so that a wrong e-mail
/// takes as long as a wrong password.
static DUMMY_HASH: LazyLock<String> = LazyLock::new(|| password_auth::generate_hash("not a real password"));

/// Checks e-mail and password. Each attempt first takes one use of the account's and
/// the client address's allowance of failures, atomically (`limits::take`), and is
/// refused without checking the password when either is spent; a successful sign-in
/// gives its uses back and clears the account's count.
pub async fn authenticate(
    pool: &AnyPool,
    email: &str,
    password: &str,
    address: &str,
) -> Result<SignedInUser, AppError> {
    use crate::limits::{SIGN_IN_ACCOUNT, SIGN_IN_ADDRESS, clear, give_back, take};
    let email = normalize_email(email);
    let now = Utc::now();
    let mut tx = crate::db::begin_write(pool).await?;
    for (limit, subject) in [(&SIGN_IN_ACCOUNT, email.as_str()), (&SIGN_IN_ADDRESS, address)] {
        if let Err(refused) = take(&mut tx, limit, subject, now).await? {
            tx.rollback().await?;
            return Err(AppError::RateLimited(refused.minutes()));
        }
    }
    tx.commit().await?;

    let row: Option<(String, String, String, i64)> =
        sqlx::query_as("SELECT id, password_hash, role, disabled FROM account WHERE email = $1")
            .bind(&email)
            .fetch_optional(pool)
            .await?;
    let (hash, account) = match &row {
        Some((id, hash, role, disabled)) => {
            (Some(hash.clone()), Role::from_db(role).filter(|_| *disabled == 0).map(|r| (id, r)))
        }
        None => (None, None),
    };
    let password_ok = if password.len() > MAX_PASSWORD_BYTES {
        Some(false)
    } else {
        let password = password.to_string();
        hashing(move || password_auth::verify_password(password, hash.as_deref().unwrap_or(&DUMMY_HASH)).is_ok())
            .await?
    };
    match (account, password_ok) {
        (Some((id, role)), Some(true)) => {
            let mut conn = pool.acquire().await?;
            clear(&mut conn, &SIGN_IN_ACCOUNT, &email).await?;
            give_back(&mut conn, &SIGN_IN_ADDRESS, address).await?;
            Ok(SignedInUser { id: id.clone(), email, role })
        }
        // No hashing slot came free: this attempt was not checked and does not count.
        (_, None) => {
            let mut tx = crate::db::begin_write(pool).await?;
            give_back(&mut tx, &SIGN_IN_ACCOUNT, &email).await?;
            give_back(&mut tx, &SIGN_IN_ADDRESS, address).await?;
            tx.commit().await?;
            Err(AppError::Busy)
        }
        _ => Err(AppError::BadCredentials),
    }
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

/// Carries a one-time link just made from the admin's action to the accounts page.
pub const NEW_LINK_COOKIE: &str = "quorum_new_link";
const NEW_LINK_PATH: &str = "/admin/accounts";

/// Hands `token` to the accounts page the action redirects to (10 minutes at most).
pub fn remember_new_link(token: &str) {
    let secure = request_parts().is_ok_and(|parts| secure_cookies(&parts));
    set_cookie(&crate::cookies::private(NEW_LINK_COOKIE, token, NEW_LINK_PATH, 600, secure));
}

/// The link handed over by [`remember_new_link`], still unused, with its e-mail and
/// purpose; the cookie is cleared, so the link is shown once.
pub async fn take_new_link(pool: &AnyPool) -> Result<Option<super::admin::NewLink>, AppError> {
    let parts = request_parts()?;
    let Some(token) = crate::i18n::ssr::cookie(&parts, NEW_LINK_COOKIE) else {
        return Ok(None);
    };
    set_cookie(&crate::cookies::private(NEW_LINK_COOKIE, "", NEW_LINK_PATH, 0, false));
    if !token.chars().all(|c| c.is_ascii_hexdigit()) {
        return Ok(None);
    }
    Ok(live_link(pool, &token).await.ok().map(|(purpose, email, _, _)| super::admin::NewLink { token, email, purpose }))
}

pub fn cleared_cookie(secure: bool) -> String {
    crate::cookies::private(SESSION_COOKIE, "", "/", 0, secure)
}

/// The client's address for rate limiting: the socket's peer, or, when the peer is one of
/// the reverse proxies named in `QUORUM_TRUSTED_PROXIES` (`Config::trusted_proxies`), the
/// address that proxy put in `X-Forwarded-For`. Without that setting the header is
/// ignored (anyone can send it), and behind a proxy all clients share its address while
/// the per-account limit still applies.
pub fn client_address(parts: &Parts, config: &Config) -> String {
    let peer = parts.extensions.get::<axum::extract::ConnectInfo<std::net::SocketAddr>>().map(|info| info.0.ip());
    let forwarded: Vec<&str> =
        parts.headers.get_all("x-forwarded-for").iter().filter_map(|v| v.to_str().ok()).collect();
    forwarded_client(peer, &forwarded, &config.trusted_proxies)
        .map_or_else(|| "unknown".to_string(), |ip| ip.to_string())
}

/// Walks `X-Forwarded-For` from the right (the entry the nearest proxy added) past every
/// trusted proxy; the first other address is the client. A peer that is not trusted is
/// the client itself, whatever the header says.
fn forwarded_client(
    peer: Option<std::net::IpAddr>,
    forwarded_for: &[&str],
    trusted: &[std::net::IpAddr],
) -> Option<std::net::IpAddr> {
    let peer = peer?;
    if !trusted.contains(&peer) {
        return Some(peer);
    }
    let hops = forwarded_for.iter().flat_map(|value| value.split(',')).map(str::trim).collect::<Vec<_>>();
    let mut client = peer;
    for hop in hops.into_iter().rev() {
        match hop.parse::<std::net::IpAddr>() {
            Ok(address) if trusted.contains(&address) => client = address,
            Ok(address) => return Some(address),
            // A malformed entry: trust nothing further along the chain.
            Err(_) => return Some(client),
        }
    }
    Some(client)
}

pub fn request_parts() -> Result<Parts, AppError> {
    use_context::<Parts>().ok_or(AppError::Unauthorized)
}

fn state() -> Result<AppState, AppError> {
    use_context::<AppState>().ok_or(AppError::Storage)
}

fn pool() -> Result<AnyPool, AppError> {
    state().map(|state| state.pool)
}

/// Whether cookies set for the current request are `Secure` ([`over_https`] with the
/// deployment's settings).
fn secure_cookies(parts: &Parts) -> bool {
    let config = state().map(|state| state.config).unwrap_or_default();
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

// ---- Account management (admins) -------------------------------------------------

fn invalid(field: &str, key: &str) -> AppError {
    AppError::Invalid(vec![crate::records::FieldProblem {
        field: field.into(),
        key: key.into(),
        max: None,
        ..Default::default()
    }])
}

async fn audit_account(
    pool: &AnyPool,
    actor: &str,
    account: &str,
    field: &str,
    before: Option<&str>,
    after: Option<&str>,
) -> Result<(), AppError> {
    let now = Utc::now();
    let (at, as_of) = (now.format("%Y-%m-%dT%H:%M:%S%.6fZ").to_string(), now.format("%Y-%m-%d").to_string());
    let entry = crate::records::ssr::AuditEntry {
        at: &at,
        account_id: actor,
        entity: "account",
        key: account,
        field,
        before,
        after,
        source: "admin",
        as_of: &as_of,
        version: None,
        action: "account",
    };
    crate::records::ssr::append_audit(&mut *pool.acquire().await?, &entry).await
}

pub async fn accounts(pool: &AnyPool, viewer: &SignedInUser) -> Result<Vec<super::admin::AccountSummary>, AppError> {
    let rows: Vec<(String, String, String, i64, String)> =
        sqlx::query_as("SELECT id, email, role, disabled, created_at FROM account ORDER BY email")
            .fetch_all(pool)
            .await?;
    Ok(rows
        .into_iter()
        .filter_map(|(id, email, role, disabled, created_at)| {
            Some(super::admin::AccountSummary {
                is_you: id == viewer.id,
                role: Role::from_db(&role)?,
                disabled: disabled != 0,
                id,
                email,
                created_at,
            })
        })
        .collect())
}

async fn make_link(
    pool: &AnyPool,
    admin: &SignedInUser,
    purpose: &str,
    email: &str,
    role: Role,
    account_id: Option<&str>,
) -> Result<String, AppError> {
    let token = random_hex(32)?;
    let now = Utc::now();
    sqlx::query(
        "INSERT INTO account_token (token_hash, purpose, email, role, account_id, created_by, created_at, expires_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
    )
    .bind(token_hash(&token))
    .bind(purpose)
    .bind(email)
    .bind(role.db_value())
    .bind(account_id)
    .bind(&admin.id)
    .bind(stamp(now))
    .bind(stamp(now + Duration::hours(super::admin::LINK_HOURS)))
    .execute(pool)
    .await?;
    Ok(token)
}

/// An invitation link for a new account; the e-mail must not have one yet.
pub async fn invite(pool: &AnyPool, admin: &SignedInUser, email: &str, role: &str) -> Result<String, AppError> {
    let email = normalize_email(email);
    if email.chars().count() > 254 || !crate::records::looks_like_email(&email) {
        return Err(invalid("email", "edit-error-email"));
    }
    let role = Role::from_db(role.trim()).ok_or_else(|| invalid("role", "error-invalid-input"))?;
    let exists: Option<(String,)> =
        sqlx::query_as("SELECT id FROM account WHERE email = $1").bind(&email).fetch_optional(pool).await?;
    if exists.is_some() {
        return Err(invalid("email", "accounts-error-exists"));
    }
    let token = make_link(pool, admin, "invite", &email, role, None).await?;
    audit_account(pool, &admin.id, &email, "invited", None, Some(role.db_value())).await?;
    Ok(token)
}

pub async fn set_disabled(pool: &AnyPool, admin: &SignedInUser, id: &str, disabled: bool) -> Result<(), AppError> {
    if id == admin.id && disabled {
        return Err(invalid("", "accounts-error-self"));
    }
    let updated = sqlx::query("UPDATE account SET disabled = $1, updated_at = $2 WHERE id = $3")
        .bind(i64::from(disabled))
        .bind(stamp(Utc::now()))
        .bind(id)
        .execute(pool)
        .await?
        .rows_affected();
    if updated != 1 {
        return Err(AppError::NotFound);
    }
    if disabled {
        sqlx::query("DELETE FROM account_session WHERE account_id = $1").bind(id).execute(pool).await?;
    }
    let (before, after) = if disabled { ("active", "disabled") } else { ("disabled", "active") };
    audit_account(pool, &admin.id, id, "status", Some(before), Some(after)).await
}

/// A password-reset link for an account; returns the token and the account's e-mail.
pub async fn reset_link(pool: &AnyPool, admin: &SignedInUser, id: &str) -> Result<(String, String), AppError> {
    let row: Option<(String, String)> =
        sqlx::query_as("SELECT email, role FROM account WHERE id = $1").bind(id).fetch_optional(pool).await?;
    let (email, role) = row.ok_or(AppError::NotFound)?;
    let role = Role::from_db(&role).ok_or(AppError::NotFound)?;
    let token = make_link(pool, admin, "reset", &email, role, Some(id)).await?;
    audit_account(pool, &admin.id, id, "password_reset_link", None, None).await?;
    Ok((token, email))
}

type LinkRow = (String, String, String, Option<String>);

async fn live_link(pool: &AnyPool, token: &str) -> Result<LinkRow, AppError> {
    let row: Option<LinkRow> = sqlx::query_as(
        "SELECT purpose, email, role, account_id FROM account_token \
         WHERE token_hash = $1 AND used_at IS NULL AND expires_at > $2",
    )
    .bind(token_hash(token))
    .bind(stamp(Utc::now()))
    .fetch_optional(pool)
    .await?;
    row.ok_or_else(|| invalid("", "invitation-error-invalid"))
}

pub async fn link_info(pool: &AnyPool, token: &str) -> Result<super::admin::LinkInfo, AppError> {
    let (purpose, email, role, _) = live_link(pool, token).await?;
    let role = Role::from_db(&role).ok_or(AppError::NotFound)?;
    Ok(super::admin::LinkInfo { email, role, purpose })
}

/// Sets the password through a link (creating the account for an invitation), uses the
/// link up, and returns the account to sign in.
pub async fn use_link(pool: &AnyPool, token: &str, password: &str, again: &str) -> Result<SignedInUser, AppError> {
    let (purpose, email, role, account_id) = live_link(pool, token).await?;
    if password != again {
        return Err(invalid("password_again", "invitation-error-mismatch"));
    }
    if password.chars().count() < MIN_PASSWORD_CHARS {
        return Err(invalid("password", "invitation-error-short"));
    }
    let role = Role::from_db(&role).ok_or(AppError::NotFound)?;
    // Use the link up first: of two simultaneous uses, one wins.
    let used = sqlx::query("UPDATE account_token SET used_at = $1 WHERE token_hash = $2 AND used_at IS NULL")
        .bind(stamp(Utc::now()))
        .bind(token_hash(token))
        .execute(pool)
        .await?
        .rows_affected();
    if used != 1 {
        return Err(invalid("", "invitation-error-invalid"));
    }
    // Every other link for the same account or address ends with this one: an older
    // reset link that leaked cannot be used after the password was set.
    sqlx::query("UPDATE account_token SET used_at = $1 WHERE used_at IS NULL AND (email = $2 OR account_id = $3)")
        .bind(stamp(Utc::now()))
        .bind(&email)
        .bind(account_id.as_deref())
        .execute(pool)
        .await?;
    let id = match (purpose.as_str(), account_id) {
        ("reset", Some(id)) => {
            let hash = hash_password(password.to_string()).await?;
            sqlx::query("UPDATE account SET password_hash = $1, updated_at = $2 WHERE id = $3")
                .bind(hash)
                .bind(stamp(Utc::now()))
                .bind(&id)
                .execute(pool)
                .await?;
            // Every other session of the account ends with the old password.
            sqlx::query("DELETE FROM account_session WHERE account_id = $1").bind(&id).execute(pool).await?;
            audit_account(pool, &id, &id, "password", None, None).await?;
            id
        }
        _ => match create_account(pool, &email, password, role).await {
            Ok(id) => {
                audit_account(pool, &id, &id, "created", None, Some(role.db_value())).await?;
                id
            }
            Err(AccountError::EmailTaken) => return Err(invalid("", "accounts-error-exists")),
            Err(AccountError::PasswordTooShort) => return Err(invalid("password", "invitation-error-short")),
            Err(AccountError::Email) => return Err(invalid("", "invitation-error-invalid")),
            Err(AccountError::App(error)) => return Err(error),
        },
    };
    Ok(SignedInUser { id, email, role })
}

pub async fn use_link_request(pool: &AnyPool, token: &str, password: &str, again: &str) -> Result<(), AppError> {
    let parts = request_parts()?;
    let user = use_link(pool, token, password, again).await?;
    let session = create_session(pool, &user.id).await?;
    set_cookie(&session_cookie(&session, secure_cookies(&parts)));
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::trusted_proxies;

    #[test]
    fn the_client_behind_a_trusted_proxy_is_read_from_x_forwarded_for() {
        let ip = |s: &str| s.parse::<std::net::IpAddr>().unwrap();
        let proxies = trusted_proxies("127.0.0.1, ::1, not-an-address, 10.0.0.2");
        assert_eq!(proxies, vec![ip("127.0.0.1"), ip("::1"), ip("10.0.0.2")]);
        // Through the proxy: the address it added.
        assert_eq!(forwarded_client(Some(ip("127.0.0.1")), &["203.0.113.7"], &proxies), Some(ip("203.0.113.7")));
        // A client's own (forged) entries to the left of it do not count.
        let chain = ["1.2.3.4, 198.51.100.9", "203.0.113.7"];
        assert_eq!(forwarded_client(Some(ip("127.0.0.1")), &chain, &proxies), Some(ip("203.0.113.7")));
        // Two trusted proxies in a row are skipped.
        let chain = ["203.0.113.7, 10.0.0.2"];
        assert_eq!(forwarded_client(Some(ip("::1")), &chain, &proxies), Some(ip("203.0.113.7")));
        // A peer that is not a trusted proxy is the client, whatever it claims.
        assert_eq!(forwarded_client(Some(ip("198.51.100.1")), &["203.0.113.7"], &proxies), Some(ip("198.51.100.1")));
        assert_eq!(forwarded_client(Some(ip("127.0.0.1")), &["203.0.113.7"], &[]), Some(ip("127.0.0.1")));
        // No header, or a malformed one: the nearest known address.
        assert_eq!(forwarded_client(Some(ip("127.0.0.1")), &[], &proxies), Some(ip("127.0.0.1")));
        assert_eq!(forwarded_client(Some(ip("127.0.0.1")), &["1.2.3.4, <script>"], &proxies), Some(ip("127.0.0.1")));
        assert_eq!(forwarded_client(None, &["203.0.113.7"], &proxies), None);
    }

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

    #[test]
    fn admins_may_do_what_coordinators_do_but_not_the_reverse() {
        assert!(Role::Admin.allows(Role::Coordinator));
        assert!(Role::Coordinator.allows(Role::Coordinator));
        assert!(!Role::Coordinator.allows(Role::Admin));
    }
}
