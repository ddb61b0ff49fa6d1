//! Corrections on the server: validated like an edit, rate-limited per client address
//! (stored only as a hash), accepted through `edit::apply` in one transaction.

use chrono::Utc;
use sqlx::AnyPool;

use super::edit::{Edit, apply, validate};
use super::{NSB_COLUMNS, NsbRecord, normalize_code};
use crate::auth::SignedInUser;
use crate::directory::corrections::OpenCorrection;
use crate::directory::edit::EditField;
use crate::error::AppError;
use crate::i18n::Locale;
use crate::records::problem;
use crate::records::ssr::stamp;
use crate::territory;

/// Reports one address may send per hour.
pub const REPORTS_PER_HOUR: i64 = crate::limits::CORRECTION_REPORTS.max;
pub const MAX_REASON_CHARS: usize = 500;

#[derive(Debug, Clone)]
pub struct Report {
    pub alpha2: String,
    pub field: String,
    pub value: String,
    pub source: String,
    pub email: String,
}

/// Validates and stores a report. Nothing is stored when anything is wrong.
pub async fn report(pool: &AnyPool, report: &Report, address: &str) -> Result<(), AppError> {
    let alpha2 = normalize_code(&report.alpha2).ok_or(AppError::NotFound)?;
    let exists: Option<(String,)> =
        sqlx::query_as("SELECT alpha2 FROM nsb WHERE alpha2 = $1").bind(&alpha2).fetch_optional(pool).await?;
    if exists.is_none() {
        return Err(AppError::NotFound);
    }
    let Some(field) = EditField::from_column(report.field.trim()) else {
        return Err(AppError::Invalid(vec![problem("field", "report-error-field")]));
    };
    let today = Utc::now().date_naive();
    let edit = Edit {
        alpha2: alpha2.clone(),
        version: 0,
        values: vec![(field, report.value.clone())],
        source: report.source.clone(),
        as_of: today.format("%Y-%m-%d").to_string(),
    };
    let mut problems = match validate(&edit, today) {
        Ok(_) => Vec::new(),
        // The form names the value field `value`.
        Err(problems) => problems
            .into_iter()
            .map(|mut p| {
                if p.field == field.column() {
                    p.field = "value".into();
                }
                p
            })
            .collect(),
    };
    let email = report.email.trim().to_lowercase();
    if !email.is_empty() && (email.chars().count() > 254 || !crate::records::looks_like_email(&email)) {
        problems.push(problem("email", "edit-error-email"));
    }
    if !problems.is_empty() {
        return Err(AppError::Invalid(problems));
    }
    let values = validate(&edit, today).map_err(AppError::Invalid)?;
    let proposed = values.into_iter().next().and_then(|(_, v)| v);

    let hash = crate::limits::client_hash("correction", address);
    // The report takes one of the address's reports for the hour in the transaction that
    // stores it: simultaneous reports cannot all pass the limit.
    let mut tx = crate::db::begin_write(pool).await?;
    if crate::limits::take(&mut tx, &crate::limits::CORRECTION_REPORTS, address, Utc::now()).await?.is_err() {
        tx.rollback().await?;
        return Err(AppError::Invalid(vec![problem("", "report-error-too-many")]));
    }
    sqlx::query(
        "INSERT INTO correction (id, alpha2, field, proposed_value, source, reporter_email, client_hash, status, \
         created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, 'open', $8)",
    )
    .bind(crate::auth::ssr::random_hex(12)?)
    .bind(&alpha2)
    .bind(field.column())
    .bind(proposed)
    .bind(report.source.trim())
    .bind(Some(email).filter(|e| !e.is_empty()))
    .bind(&hash)
    .bind(stamp())
    .execute(&mut *tx)
    .await?;
    tx.commit().await?;
    Ok(())
}

/// An open correction as stored.
#[derive(sqlx::FromRow)]
struct CorrectionRow {
    id: String,
    alpha2: String,
    field: String,
    proposed_value: Option<String>,
    source: String,
    reporter_email: Option<String>,
    created_at: String,
}

pub async fn open(pool: &AnyPool, locale: Locale) -> Result<Vec<OpenCorrection>, AppError> {
    let rows: Vec<CorrectionRow> = sqlx::query_as(
        "SELECT id, alpha2, field, proposed_value, source, reporter_email, created_at FROM correction \
         WHERE status = 'open' ORDER BY created_at",
    )
    .fetch_all(pool)
    .await?;
    let mut open = Vec::with_capacity(rows.len());
    for CorrectionRow { id, alpha2, field, proposed_value: proposed, source, reporter_email, created_at } in rows {
        let sql = format!("SELECT {NSB_COLUMNS} FROM nsb WHERE alpha2 = $1");
        let record = sqlx::query_as::<_, NsbRecord>(&sql).bind(&alpha2).fetch_optional(pool).await?;
        let current = match (&record, EditField::from_column(&field)) {
            (Some(record), Some(f)) => super::edit::current_value(record, f),
            _ => None,
        };
        let country = territory::country_name(&alpha2, locale)
            .or_else(|| record.as_ref().map(|r| r.country_name_en.clone()))
            .unwrap_or_else(|| alpha2.clone());
        open.push(OpenCorrection { id, alpha2, country, field, current, proposed, source, reporter_email, created_at });
    }
    Ok(open)
}

pub async fn open_count(pool: &AnyPool) -> Result<u32, AppError> {
    let (count,): (i64,) =
        sqlx::query_as("SELECT COUNT(*) FROM correction WHERE status = 'open'").fetch_one(pool).await?;
    Ok(u32::try_from(count).unwrap_or(u32::MAX))
}

fn closed() -> AppError {
    AppError::Invalid(vec![problem("", "corrections-error-closed")])
}

/// Applies a report as an edit of its one field, with the (possibly edited) value and
/// source, verified today; the report is marked accepted in the same transaction.
pub async fn accept(pool: &AnyPool, user: &SignedInUser, id: &str, value: &str, source: &str) -> Result<(), AppError> {
    let row: Option<(String, String, String)> =
        sqlx::query_as("SELECT alpha2, field, status FROM correction WHERE id = $1")
            .bind(id)
            .fetch_optional(pool)
            .await?;
    let (alpha2, field, status) = row.ok_or(AppError::NotFound)?;
    if status != "open" {
        return Err(closed());
    }
    let field = EditField::from_column(&field).ok_or(AppError::NotFound)?;
    let (version,): (i64,) =
        sqlx::query_as("SELECT version FROM nsb WHERE alpha2 = $1").bind(&alpha2).fetch_one(pool).await?;
    let edit = Edit {
        alpha2,
        version,
        values: vec![(field, value.to_string())],
        source: source.to_string(),
        as_of: Utc::now().date_naive().format("%Y-%m-%d").to_string(),
    };
    apply(pool, user, &edit, Some(id)).await
}

pub async fn reject(pool: &AnyPool, user: &SignedInUser, id: &str, reason: &str) -> Result<(), AppError> {
    let reason = reason.trim();
    if reason.is_empty() || reason.chars().count() > MAX_REASON_CHARS || reason.chars().any(char::is_control) {
        return Err(AppError::Invalid(vec![problem("reason", "corrections-error-reason")]));
    }
    let updated = sqlx::query(
        "UPDATE correction SET status = 'rejected', decided_at = $1, decided_by = $2, reason = $3 \
         WHERE id = $4 AND status = 'open'",
    )
    .bind(stamp())
    .bind(&user.id)
    .bind(reason)
    .bind(id)
    .execute(pool)
    .await?
    .rows_affected();
    if updated == 1 { Ok(()) } else { Err(closed()) }
}
