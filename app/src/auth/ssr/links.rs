//! One-time links an admin makes: an invitation to a new account, or a password reset.
//! The database keeps only the token's SHA-256; the link is shown to the admin once,
//! handed from the action to the accounts page in a short-lived cookie.

use chrono::{Duration, Utc};
use sqlx::AnyPool;

use super::accounts::{AccountError, audit_account, create_account, invalid};
use super::passwords::hash_password;
use super::sessions::token_hash;
use super::{create_session, random_hex, request_parts, secure_cookies, session_cookie, set_cookie, stamp};
use crate::auth::admin::{LINK_HOURS, LinkInfo, NewLink};
use crate::auth::{MIN_PASSWORD_CHARS, Role, SignedInUser};
use crate::error::AppError;

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
pub async fn take_new_link(pool: &AnyPool) -> Result<Option<NewLink>, AppError> {
    let parts = request_parts()?;
    let Some(token) = crate::i18n::ssr::cookie(&parts, NEW_LINK_COOKIE) else {
        return Ok(None);
    };
    set_cookie(&crate::cookies::private(NEW_LINK_COOKIE, "", NEW_LINK_PATH, 0, false));
    if !token.chars().all(|c| c.is_ascii_hexdigit()) {
        return Ok(None);
    }
    Ok(live_link(pool, &token).await.ok().map(|(purpose, email, _, _)| NewLink { token, email, purpose }))
}

pub(super) async fn make_link(
    conn: &mut sqlx::AnyConnection,
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
    .bind(stamp(now + Duration::hours(LINK_HOURS)))
    .execute(&mut *conn)
    .await?;
    Ok(token)
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

pub async fn link_info(pool: &AnyPool, token: &str) -> Result<LinkInfo, AppError> {
    let (purpose, email, role, _) = live_link(pool, token).await?;
    let role = Role::from_db(&role).ok_or(AppError::NotFound)?;
    Ok(LinkInfo { email, role, purpose })
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
