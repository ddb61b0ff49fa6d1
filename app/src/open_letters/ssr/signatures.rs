//! Signatures on the server: checking and storing a signature (limits per address),
//! the approved list and counts, the moderation queue and its decisions, the CSV export.

use chrono::Utc;
use sqlx::AnyPool;

use super::super::signatures::{ListedSignature, PendingSignature, Signatures};
use crate::auth::SignedInUser;
use crate::directory::ssr::normalize_code;
use crate::error::AppError;
use crate::i18n::Locale;
use crate::records::ssr::{AuditEntry, append_audit, stamp};
use crate::records::{has_control, problem};
use crate::territory;

/// Signatures one address may send per hour.
pub const SIGNATURES_PER_HOUR: i64 = crate::limits::SIGNATURES.max;

/// A signature as submitted.
#[derive(Debug, Clone)]
pub struct NewSignature {
    pub slug: String,
    pub name: String,
    pub organisation: String,
    pub country: String,
    pub role: String,
    pub email: String,
    pub listed: bool,
}

/// Checks a signature; all problems at once.
fn check(signature: &NewSignature) -> Result<String, Vec<crate::records::FieldProblem>> {
    let mut problems = Vec::new();
    for (field, value, max, required) in [
        ("name", &signature.name, 120, true),
        ("organisation", &signature.organisation, 200, true),
        ("role", &signature.role, 120, false),
    ] {
        let value = value.trim();
        if required && value.is_empty() {
            problems.push(problem(field, "edit-error-required"));
        } else if value.chars().count() > max {
            problems.push(crate::records::FieldProblem {
                field: field.into(),
                key: "edit-error-too-long".into(),
                max: u32::try_from(max).ok(),
                ..Default::default()
            });
        } else if has_control(value) {
            problems.push(problem(field, "edit-error-control"));
        }
    }
    let email = signature.email.trim();
    if !email.is_empty() && (email.chars().count() > 254 || !crate::records::looks_like_email(email)) {
        problems.push(problem("email", "edit-error-email"));
    }
    // A country or territory with a place in the world (not `EU` or `ZZ`, unknown).
    let country =
        normalize_code(&signature.country).filter(|c| territory::territory(c).is_some_and(|t| !t.region.is_empty()));
    if country.is_none() {
        problems.push(problem("country", "edit-error-choice"));
    }
    match country {
        Some(country) if problems.is_empty() => Ok(country),
        _ => Err(problems),
    }
}

/// How long a co-signature's confirmation link works.
pub const CONFIRM_HOURS: i64 = 48;

/// With mail configured: where the confirmation link points and the signer's language.
pub struct SignatureMail {
    pub origin: String,
    pub locale: Locale,
}

/// Stores a signature, waiting for a coordinator — or, with mail, for its signer to
/// confirm it from the message written in the same transaction. Nothing is stored when
/// anything is wrong or the address signed too often this hour.
pub async fn sign(
    pool: &AnyPool,
    signature: &NewSignature,
    address: &str,
    mail: Option<&SignatureMail>,
) -> Result<(), AppError> {
    let slug = signature.slug.trim().to_ascii_lowercase();
    let published: Option<(String,)> =
        sqlx::query_as("SELECT letter_id FROM open_letter_text WHERE letter_id = $1 AND status = 'published' LIMIT 1")
            .bind(&slug)
            .fetch_optional(pool)
            .await?;
    published.ok_or(AppError::NotFound)?;
    let country = match check(signature) {
        Ok(_) if mail.is_some() && signature.email.trim().is_empty() => {
            Err(AppError::Invalid(vec![problem("email", "edit-error-required")]))
        }
        Ok(country) => Ok(country),
        Err(problems) => Err(AppError::Invalid(problems)),
    }?;
    let hash = crate::limits::client_hash("signature", address);
    // Taken in the transaction that stores the signature: a burst cannot pass the limit.
    let mut tx = crate::db::begin_write(pool).await?;
    if crate::limits::take(&mut tx, &crate::limits::SIGNATURES, address, Utc::now()).await?.is_err() {
        tx.rollback().await?;
        return Err(AppError::Invalid(vec![problem("", "signature-error-too-many")]));
    }
    let optional = |v: &str| Some(v.trim().to_string()).filter(|v| !v.is_empty());
    let token = match mail {
        Some(_) => Some(crate::auth::ssr::random_hex(24)?),
        None => None,
    };
    let (status, confirm_hash, expires) = match &token {
        Some(token) => (
            "unconfirmed",
            Some(crate::auth::ssr::token_hash(token)),
            Some((Utc::now() + chrono::Duration::hours(CONFIRM_HOURS)).format("%Y-%m-%dT%H:%M:%S%.6fZ").to_string()),
        ),
        None => ("pending", None, None),
    };
    sqlx::query(
        "INSERT INTO open_letter_signature (id, letter_id, name, organisation, alpha2, role, email, listed, status, \
         client_hash, created_at, confirm_hash, confirm_expires_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $11, $9, $10, $12, $13)",
    )
    .bind(crate::auth::ssr::random_hex(12)?)
    .bind(&slug)
    .bind(signature.name.trim())
    .bind(signature.organisation.trim())
    .bind(&country)
    .bind(optional(&signature.role))
    .bind(optional(&signature.email.to_lowercase()))
    .bind(i64::from(signature.listed))
    .bind(&hash)
    .bind(stamp())
    .bind(status)
    .bind(confirm_hash)
    .bind(expires)
    .execute(&mut *tx)
    .await?;
    if let (Some(mail), Some(token)) = (mail, token) {
        use crate::mail::ssr::{Kind, Mail, enqueue};
        let locale = mail.locale;
        let title: Option<(String,)> = sqlx::query_as(
            "SELECT title FROM open_letter_text WHERE letter_id = $1 AND status = 'published' \
             ORDER BY CASE WHEN lang = $2 THEN 0 ELSE 1 END, lang LIMIT 1",
        )
        .bind(&slug)
        .bind(locale.tag())
        .fetch_optional(&mut *tx)
        .await?;
        let title = title.map_or_else(|| slug.clone(), |(title,)| title);
        let url = format!("{}/mail/signature/{token}", mail.origin.trim_end_matches('/'));
        let message = Mail::new(
            Kind::Signature,
            signature.email.trim(),
            locale,
            locale.t_args("mail-signature-subject", &[("title", title.clone().into())]),
        )
        .paragraph(locale.t_args("mail-signature-body", &[("title", title.into()), ("hours", CONFIRM_HOURS.into())]))
        .action(locale.t("mail-signature-action"), url)
        .paragraph(locale.t("mail-link-ignore"));
        enqueue(&mut tx, &message, &mail.origin).await?;
    }
    tx.commit().await?;
    Ok(())
}

/// Confirms a co-signature from its e-mail's link (unused, not expired): it then waits
/// for a coordinator like any other.
pub async fn confirm(pool: &AnyPool, token: &str) -> Result<(), AppError> {
    let token = token.trim();
    if token.len() != 48 || !token.chars().all(|c| c.is_ascii_hexdigit()) {
        return Err(AppError::NotFound);
    }
    let confirmed = sqlx::query(
        "UPDATE open_letter_signature SET status = 'pending', confirm_hash = NULL, confirm_expires_at = NULL \
         WHERE confirm_hash = $1 AND status = 'unconfirmed' AND confirm_expires_at > $2",
    )
    .bind(crate::auth::ssr::token_hash(token))
    .bind(stamp())
    .execute(pool)
    .await?
    .rows_affected();
    if confirmed == 1 { Ok(()) } else { Err(AppError::NotFound) }
}

/// Deletes co-signatures nobody confirmed in time, and with them their addresses.
pub async fn forget_unconfirmed(pool: &AnyPool) -> Result<u64, AppError> {
    Ok(sqlx::query("DELETE FROM open_letter_signature WHERE status = 'unconfirmed' AND confirm_expires_at < $1")
        .bind(stamp())
        .execute(pool)
        .await?
        .rows_affected())
}

fn country_name(alpha2: &str, reader: Locale) -> String {
    territory::country_name(alpha2, reader).unwrap_or_else(|| alpha2.to_string())
}

/// The approved signatures of a letter: listed ones (with consent) and counts per country.
pub async fn approved(pool: &AnyPool, slug: &str, reader: Locale) -> Result<Signatures, AppError> {
    let rows: Vec<(String, String, String, Option<String>, i64)> = sqlx::query_as(
        "SELECT name, organisation, alpha2, role, listed FROM open_letter_signature \
         WHERE letter_id = $1 AND status = 'approved' ORDER BY created_at",
    )
    .bind(slug.trim().to_ascii_lowercase())
    .fetch_all(pool)
    .await?;
    let mut per_country: Vec<(String, u32)> = Vec::new();
    for (_, _, alpha2, _, _) in &rows {
        let name = country_name(alpha2, reader);
        match per_country.iter_mut().find(|(c, _)| *c == name) {
            Some((_, n)) => *n += 1,
            None => per_country.push((name, 1)),
        }
    }
    per_country.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    Ok(Signatures {
        total: u32::try_from(rows.len()).unwrap_or(u32::MAX),
        listed: rows
            .into_iter()
            .filter(|r| r.4 == 1)
            .map(|(name, organisation, alpha2, role, _)| ListedSignature {
                name,
                organisation,
                country: country_name(&alpha2, reader),
                role,
            })
            .collect(),
        per_country,
    })
}

/// A waiting signature as stored.
#[derive(sqlx::FromRow)]
struct PendingRow {
    id: String,
    letter_id: String,
    name: String,
    organisation: String,
    alpha2: String,
    role: Option<String>,
    email: Option<String>,
    listed: i64,
    created_at: String,
}

/// How many signatures wait for a decision (the coordinators' dashboard).
pub async fn pending_count(pool: &AnyPool) -> Result<u32, AppError> {
    let (count,): (i64,) =
        sqlx::query_as("SELECT COUNT(*) FROM open_letter_signature WHERE status = 'pending'").fetch_one(pool).await?;
    Ok(u32::try_from(count).unwrap_or(u32::MAX))
}

/// Every signature waiting for a decision, oldest first.
pub async fn pending(pool: &AnyPool, reader: Locale) -> Result<Vec<PendingSignature>, AppError> {
    let rows: Vec<PendingRow> = sqlx::query_as(
        "SELECT id, letter_id, name, organisation, alpha2, role, email, listed, created_at FROM open_letter_signature \
         WHERE status = 'pending' ORDER BY created_at",
    )
    .fetch_all(pool)
    .await?;
    Ok(rows
        .into_iter()
        .map(|row| PendingSignature {
            country: country_name(&row.alpha2, reader),
            id: row.id,
            letter: row.letter_id,
            name: row.name,
            organisation: row.organisation,
            role: row.role,
            email: row.email,
            listed: row.listed == 1,
            created_at: row.created_at,
        })
        .collect())
}

/// Approves or rejects a waiting signature, with an audit entry.
pub async fn moderate(pool: &AnyPool, user: &SignedInUser, id: &str, decision: &str) -> Result<(), AppError> {
    let decision = decision.trim();
    if !["approved", "rejected"].contains(&decision) {
        return Err(AppError::Invalid(vec![problem("decision", "edit-error-choice")]));
    }
    let now = stamp();
    let mut tx = crate::db::begin_write(pool).await?;
    let found: Option<(String, String)> =
        sqlx::query_as("SELECT letter_id, status FROM open_letter_signature WHERE id = $1")
            .bind(id.trim())
            .fetch_optional(&mut *tx)
            .await?;
    let (letter, status) = found.ok_or(AppError::NotFound)?;
    if status != "pending" {
        return Err(AppError::Invalid(vec![problem("", "signature-error-decided")]));
    }
    sqlx::query(
        "UPDATE open_letter_signature SET status = $1, decided_by = $2, decided_at = $3 WHERE id = $4 AND status = 'pending'",
    )
    .bind(decision)
    .bind(&user.id)
    .bind(&now)
    .bind(id.trim())
    .execute(&mut *tx)
    .await?;
    let key = format!("{letter}:{}", id.trim());
    let today = Utc::now().date_naive().to_string();
    let entry = AuditEntry {
        at: &now,
        account_id: &user.id,
        entity: "open_letter_signature",
        key: &key,
        field: "status",
        before: Some("pending"),
        after: Some(decision),
        source: "",
        as_of: &today,
        version: Some(0),
        action: "moderation",
    };
    append_audit(&mut tx, &entry).await?;
    tx.commit().await?;
    Ok(())
}

/// `GET /open-letters/{slug}/signatures.csv` (coordinators): every approved signature,
/// with e-mails, for the campaign's own use.
pub async fn export(
    state: &crate::state::AppState,
    slug: &str,
    parts: &http::request::Parts,
) -> axum::response::Response {
    use axum::response::IntoResponse;
    let user = match crate::auth::ssr::session_token(parts) {
        Some(token) => crate::auth::ssr::session_user(&state.pool, &token).await.ok().flatten(),
        None => None,
    };
    if user.is_none_or(|u| !u.role.allows(crate::auth::Role::Coordinator)) {
        return crate::api::error_response(&AppError::Unauthorized, &parts.headers);
    }
    let slug = slug.trim().to_ascii_lowercase();
    type ExportRow = (String, String, String, Option<String>, Option<String>, i64, String);
    let rows: Result<Vec<ExportRow>, sqlx::Error> = sqlx::query_as(
        "SELECT name, organisation, alpha2, role, email, listed, created_at FROM open_letter_signature \
             WHERE letter_id = $1 AND status = 'approved' ORDER BY created_at",
    )
    .bind(&slug)
    .fetch_all(&state.pool)
    .await;
    match rows {
        Ok(rows) => {
            let rows = rows
                .into_iter()
                .map(|(name, organisation, alpha2, role, email, listed, at)| {
                    vec![
                        name,
                        organisation,
                        alpha2,
                        role.unwrap_or_default(),
                        email.unwrap_or_default(),
                        listed.to_string(),
                        at,
                    ]
                })
                .collect();
            let header = ["name", "organisation", "alpha2", "role", "email", "listed", "signed_at"];
            let mut response = crate::api::csv_response(&format!("{slug}-signatures.csv"), &header, rows)
                .unwrap_or_else(|error| crate::api::error_response(&error, &parts.headers));
            response
                .headers_mut()
                .insert(http::header::CACHE_CONTROL, http::HeaderValue::from_static("private, no-store"));
            response.into_response()
        }
        Err(error) => crate::api::error_response(&AppError::from(error), &parts.headers),
    }
}
