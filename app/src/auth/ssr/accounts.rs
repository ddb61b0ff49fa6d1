//! Accounts: creating one (the `create-admin` command, an invitation), and what admins
//! do with them — the list, invitations, disabling, password resets — each in the audit
//! trail.

use chrono::Utc;
use sqlx::AnyPool;

use super::links::make_link;
use super::passwords::hash_password;
use super::{random_hex, stamp};
use crate::auth::admin::AccountSummary;
use crate::auth::{MIN_PASSWORD_CHARS, Role, SignedInUser};
use crate::error::AppError;

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

pub(super) fn invalid(field: &str, key: &str) -> AppError {
    AppError::Invalid(vec![crate::records::FieldProblem {
        field: field.into(),
        key: key.into(),
        max: None,
        ..Default::default()
    }])
}

pub(super) async fn audit_account(
    pool: &AnyPool,
    actor: &str,
    account: &str,
    field: &str,
    before: Option<&str>,
    after: Option<&str>,
) -> Result<(), AppError> {
    audit_account_on(&mut *pool.acquire().await?, actor, account, field, before, after).await
}

/// [`audit_account`] on the caller's connection or transaction.
pub(super) async fn audit_account_on(
    conn: &mut sqlx::AnyConnection,
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
    crate::records::ssr::append_audit(conn, &entry).await
}

pub async fn accounts(pool: &AnyPool, viewer: &SignedInUser) -> Result<Vec<AccountSummary>, AppError> {
    let rows: Vec<(String, String, String, i64, String)> =
        sqlx::query_as("SELECT id, email, role, disabled, created_at FROM account ORDER BY email")
            .fetch_all(pool)
            .await?;
    Ok(rows
        .into_iter()
        .filter_map(|(id, email, role, disabled, created_at)| {
            Some(AccountSummary {
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

/// An invitation link for a new account; the e-mail must not have one yet.
pub async fn invite(
    pool: &AnyPool,
    admin: &SignedInUser,
    email: &str,
    role: &str,
    mail: Option<&LinkMail>,
) -> Result<String, AppError> {
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
    let mut tx = crate::db::begin_write(pool).await?;
    let token = make_link(&mut tx, admin, "invite", &email, role, None).await?;
    audit_account_on(&mut tx, &admin.id, &email, "invited", None, Some(role.db_value())).await?;
    if let Some(mail) = mail {
        mail.send_link(&mut tx, "invite", &email, &token).await?;
    }
    tx.commit().await?;
    Ok(token)
}

/// Sends one-time links by e-mail (mail is configured): the site's address for the link
/// and the language of the admin who made it.
pub struct LinkMail {
    pub origin: String,
    pub locale: crate::i18n::Locale,
}

impl LinkMail {
    async fn send_link(
        &self,
        conn: &mut sqlx::AnyConnection,
        purpose: &str,
        email: &str,
        token: &str,
    ) -> Result<(), AppError> {
        use crate::mail::ssr::{Kind, Mail, enqueue};
        let locale = self.locale;
        let (kind, subject, body) = if purpose == "reset" {
            (Kind::Reset, "mail-reset-subject", "mail-reset-body")
        } else {
            (Kind::Invite, "mail-invite-subject", "mail-invite-body")
        };
        let url = format!("{}/invitation/{token}", self.origin.trim_end_matches('/'));
        let mail = Mail::new(kind, email, locale, locale.t(subject))
            .paragraph(locale.t_args(body, &[("hours", crate::auth::admin::LINK_HOURS.into())]))
            .action(locale.t("mail-link-action"), url)
            .paragraph(locale.t("mail-link-ignore"));
        enqueue(conn, &mail, &self.origin).await?;
        Ok(())
    }
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
pub async fn reset_link(
    pool: &AnyPool,
    admin: &SignedInUser,
    id: &str,
    mail: Option<&LinkMail>,
) -> Result<(String, String), AppError> {
    let row: Option<(String, String)> =
        sqlx::query_as("SELECT email, role FROM account WHERE id = $1").bind(id).fetch_optional(pool).await?;
    let (email, role) = row.ok_or(AppError::NotFound)?;
    let role = Role::from_db(&role).ok_or(AppError::NotFound)?;
    let mut tx = crate::db::begin_write(pool).await?;
    let token = make_link(&mut tx, admin, "reset", &email, role, Some(id)).await?;
    audit_account_on(&mut tx, &admin.id, id, "password_reset_link", None, None).await?;
    if let Some(mail) = mail {
        mail.send_link(&mut tx, "reset", &email, &token).await?;
    }
    tx.commit().await?;
    Ok((token, email))
}
