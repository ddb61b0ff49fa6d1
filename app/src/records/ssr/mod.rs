//! The audit trail: the one place an audit row is written, its readers, timestamps and
//! random ids. Every sourced write appends here inside its own transaction.

mod save;
pub use save::{
    Expect, Field, Kind, Provenance, Save, Saved, Shown, Stored, Value, current, field, insert_missing, latest, save,
};

use chrono::Utc;
use sqlx::{AnyConnection, AnyPool};

use super::HistoryEntry;
use crate::error::AppError;

/// Now, as stored: ISO 8601 UTC with microseconds.
pub fn stamp() -> String {
    Utc::now().format("%Y-%m-%dT%H:%M:%S%.6fZ").to_string()
}

/// `bytes` random bytes as hex (ids, tokens).
pub fn random_hex(bytes: usize) -> Result<String, AppError> {
    let mut buffer = vec![0u8; bytes];
    getrandom::getrandom(&mut buffer).map_err(|error| {
        tracing::error!(%error, "no randomness");
        AppError::Storage
    })?;
    Ok(hex::encode(buffer))
}

/// One row of the audit trail.
pub struct AuditEntry<'a> {
    pub at: &'a str,
    pub account_id: &'a str,
    pub entity: &'a str,
    pub key: &'a str,
    pub field: &'a str,
    pub before: Option<&'a str>,
    pub after: Option<&'a str>,
    pub source: &'a str,
    pub as_of: &'a str,
    /// The record's version after the change (`None` for records without one).
    pub version: Option<i64>,
    /// `edit`, `correction`, `import`, `account`…
    pub action: &'a str,
}

/// Appends `entry` to the audit trail on `connection` (the caller's transaction).
pub async fn append_audit(connection: &mut AnyConnection, entry: &AuditEntry<'_>) -> Result<(), AppError> {
    append_audits(connection, std::slice::from_ref(entry)).await
}

/// The columns of one audit row, in the order `append_audits` binds them.
const AUDIT_COLUMNS: usize = 12;

/// Appends `entries` to the audit trail in one statement (a save's changed fields: one
/// round trip to the database, not one per field).
pub async fn append_audits(connection: &mut AnyConnection, entries: &[AuditEntry<'_>]) -> Result<(), AppError> {
    if entries.is_empty() {
        return Ok(());
    }
    let rows: Vec<String> = (0..entries.len())
        .map(|row| {
            let first = row * AUDIT_COLUMNS + 1;
            let params: Vec<String> = (first..first + AUDIT_COLUMNS).map(|i| format!("${i}")).collect();
            format!("({})", params.join(", "))
        })
        .collect();
    let sql = format!(
        "INSERT INTO audit_log (id, at, account_id, entity, entity_key, field, before_value, after_value, \
         source, as_of, version, action) VALUES {}",
        rows.join(", ")
    );
    let mut query = sqlx::query(&sql);
    for entry in entries {
        query = query
            .bind(random_hex(12)?)
            .bind(entry.at)
            .bind(Some(entry.account_id).filter(|id| !id.is_empty()))
            .bind(entry.entity)
            .bind(entry.key)
            .bind(entry.field)
            .bind(entry.before)
            .bind(entry.after)
            .bind(entry.source)
            .bind(entry.as_of)
            .bind(entry.version)
            .bind(entry.action);
    }
    query.execute(&mut *connection).await?;
    Ok(())
}

/// Which audit entries to read: one kind of record (`nsb`, `adoption`…; blank = every
/// kind), and optionally one record, one field, one coordinator (blank = all).
pub struct Trail<'a> {
    pub entity: &'a str,
    pub key: &'a str,
    pub field: &'a str,
    pub who: &'a str,
}

/// Audit entries, newest first; `show_who` reveals account e-mails.
pub async fn entity_history(
    pool: &AnyPool,
    trail: &Trail<'_>,
    show_who: bool,
    limit: u32,
) -> Result<Vec<HistoryEntry>, AppError> {
    // Only the conditions asked for: `($1 = '' OR l.entity = $1)` would keep SQLite from
    // using the (entity, entity_key, at) index, and a body's history would then scan
    // every audit row (half a million with ISO's standards imported).
    let asked =
        [("l.entity", trail.entity), ("l.entity_key", trail.key), ("l.field", trail.field), ("a.email", trail.who)];
    let conditions: Vec<String> = asked
        .iter()
        .filter(|(_, value)| !value.is_empty())
        .enumerate()
        .map(|(n, (column, _))| format!("{column} = ${}", n + 1))
        .collect();
    let filter = if conditions.is_empty() { String::new() } else { format!("WHERE {}", conditions.join(" AND ")) };
    let sql = format!(
        "SELECT l.entity, l.entity_key AS alpha2, l.at, a.email AS who, l.field, l.before_value AS \"before\", \
         l.after_value AS \"after\", l.source, l.as_of \
         FROM audit_log l LEFT JOIN account a ON a.id = l.account_id {filter} ORDER BY l.at DESC, l.id DESC LIMIT {limit}"
    );
    let mut query = sqlx::query_as::<_, HistoryEntry>(&sql);
    for (_, value) in asked.iter().filter(|(_, value)| !value.is_empty()) {
        query = query.bind(*value);
    }
    let entries = query.fetch_all(pool).await?;
    Ok(entries.into_iter().map(|entry| HistoryEntry { who: entry.who.filter(|_| show_who), ..entry }).collect())
}
