//! Dated updates of the shipped records (`seed/updates/*.csv`): corrections found after
//! the first seed, such as the December 2026 audit of the directory and of ISO 20400's
//! records against public sources. Each update (the rows sharing an `id`) is one save
//! through the record engine with its own source and date, so it is audited like any
//! edit; it is applied once (`record_update`), so a coordinator's later edit is never
//! undone by a restart. A blank value records that the old value is no longer known.
//!
//! Columns: `id, record, key, field, value, source, as_of`, where `record` is `body`
//! (key: alpha-2 code), `new-body` (a body not in the seed; `country_name_en` among its
//! fields), `standard` (key: the standard's id), `adoption` (`iso-20400:IT`) or `claim`
//! (a figure others publish about a standard, kept apart from Quorum's counts).

use sqlx::{AnyConnection, AnyPool};

use crate::directory::ssr::edit::{BODY, NEW_BODY};
use crate::error::AppError;
use crate::records::ssr::{Expect, Kind, Save, Value, field, insert_missing, save, stamp};
use crate::standards::edit::RecordKind;

/// The updates shipped, by file name (the prefix of each update's id).
const UPDATES: [(&str, &str); 1] = [("2026-12-audit", include_str!("../../seed/updates/2026-12-audit.csv"))];

/// What an update may change of a standard's own row.
static STANDARD_OWNER: Kind =
    Kind::new("standard", "standard", &["id"], &[field("committee"), field("committee_id"), field("developed_by")])
        .in_place("version", true, false);

/// One update: the rows of the file sharing an id.
#[derive(Debug, Default, PartialEq, Eq)]
struct Update {
    id: String,
    record: String,
    key: String,
    fields: Vec<(String, Option<String>)>,
    source: String,
    as_of: String,
}

fn updates(text: &str) -> Result<Vec<Update>, AppError> {
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let mut updates: Vec<Update> = Vec::new();
    for row in reader.records() {
        let row = row.map_err(|e| AppError::InvalidInput(format!("seed update: {e}")))?;
        let cell = |i: usize| row.get(i).unwrap_or_default().trim().to_string();
        let value = Some(cell(4)).filter(|v| !v.is_empty());
        match updates.last_mut() {
            Some(last) if last.id == cell(0) => last.fields.push((cell(3), value)),
            _ => updates.push(Update {
                id: cell(0),
                record: cell(1),
                key: cell(2),
                fields: vec![(cell(3), value)],
                source: cell(5),
                as_of: cell(6),
            }),
        }
    }
    Ok(updates)
}

/// Applies every shipped update not applied yet; returns how many were applied.
pub async fn apply(pool: &AnyPool) -> Result<usize, AppError> {
    let mut applied = 0;
    for (file, text) in UPDATES {
        for update in updates(text)? {
            let id = format!("{file}:{}", update.id);
            let mut tx = crate::db::begin_write(pool).await?;
            let done: Option<(String,)> =
                sqlx::query_as("SELECT id FROM record_update WHERE id = $1").bind(&id).fetch_optional(&mut *tx).await?;
            if done.is_some() {
                continue;
            }
            let at = stamp();
            apply_one(&mut tx, &update, &at).await?;
            sqlx::query("INSERT INTO record_update (id, applied_at) VALUES ($1, $2)")
                .bind(&id)
                .bind(&at)
                .execute(&mut *tx)
                .await?;
            tx.commit().await?;
            applied += 1;
        }
    }
    Ok(applied)
}

async fn apply_one(connection: &mut AnyConnection, update: &Update, at: &str) -> Result<(), AppError> {
    let field = |name: &str| update.fields.iter().find(|(f, _)| f == name).and_then(|(_, v)| v.clone());
    if update.record == "claim" {
        for (claim, value) in &update.fields {
            let value = value.as_deref().and_then(|v| v.parse::<i64>().ok()).unwrap_or_default();
            let columns = [
                ("standard_id", Value::Text(Some(update.key.clone()))),
                ("claim", Value::Text(Some(claim.clone()))),
                ("value", Value::Integer(value)),
                ("source", Value::Text(Some(update.source.clone()))),
                ("as_of", Value::Text(Some(update.as_of.clone()))),
            ];
            insert_missing(connection, "standard_claim", &columns).await?;
        }
        return Ok(());
    }
    let keys: Vec<String> = update.key.split(':').map(str::to_string).collect();
    let mut also = Vec::new();
    let mut fields: Vec<(String, Option<String>)> = update.fields.clone();
    let kind: &'static Kind = match update.record.as_str() {
        "body" => &BODY,
        "new-body" => {
            let exists: Option<(String,)> = sqlx::query_as("SELECT alpha2 FROM nsb WHERE alpha2 = $1")
                .bind(&update.key)
                .fetch_optional(&mut *connection)
                .await?;
            fields.retain(|(f, _)| f != "country_name_en");
            if exists.is_none() {
                also.push(("country_name_en", Value::Text(field("country_name_en"))));
                also.push(("created_at", Value::Text(Some(at.to_string()))));
            }
            &NEW_BODY
        }
        "standard" => &STANDARD_OWNER,
        "adoption" => {
            let exists: Option<(String,)> =
                sqlx::query_as("SELECT status FROM adoption WHERE standard_id = $1 AND alpha2 = $2")
                    .bind(&keys[0])
                    .bind(keys.get(1))
                    .fetch_optional(&mut *connection)
                    .await?;
            if exists.is_none() && field("status").is_none() {
                // A new adoption record says what is known; its status is not.
                fields.push(("status".into(), Some("unknown".into())));
            }
            RecordKind::Adoption.stored()
        }
        other => return Err(AppError::InvalidInput(format!("seed update {}: unknown record `{other}`", update.id))),
    };
    let values: Vec<(&'static str, Option<String>)> = fields
        .iter()
        .map(|(name, value)| {
            let column = kind.fields.iter().find(|f| f.column == name).map(|f| f.column);
            column
                .map(|c| (c, value.clone()))
                .ok_or_else(|| AppError::InvalidInput(format!("seed update {}: `{name}`", update.id)))
        })
        .collect::<Result<_, _>>()?;
    let saved = Save {
        kind,
        keys: keys.clone(),
        audit_key: update.key.clone(),
        expect: Expect::Unchecked,
        values,
        also,
        source: &update.source,
        as_of: &update.as_of,
        by: "",
        action: "update",
        at,
        shown: None,
    };
    match save(connection, &saved).await {
        // Already as the update says, or the record is not in this database: nothing to do.
        Ok(_) | Err(AppError::Invalid(_)) | Err(AppError::NotFound) => Ok(()),
        Err(error) => Err(error),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_shipped_update_reads_and_names_its_source_and_date() {
        for (file, text) in UPDATES {
            let updates = updates(text).unwrap();
            assert!(!updates.is_empty(), "{file}");
            let mut ids = std::collections::HashSet::new();
            for update in &updates {
                assert!(ids.insert(update.id.clone()), "{file}: {} twice", update.id);
                assert!(!update.source.is_empty() && !update.as_of.is_empty(), "{file}: {}", update.id);
                assert!(["body", "new-body", "standard", "adoption", "claim"].contains(&update.record.as_str()));
            }
        }
    }
}
