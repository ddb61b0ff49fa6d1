//! Applying a coordinator's edit: validation, the version check, provenance per field and
//! the audit trail, all in one transaction (all or nothing).

use chrono::{NaiveDate, Utc};
use sqlx::{AnyConnection, AnyPool};

use super::{NSB_COLUMNS, NsbRecord, normalize_code};
use crate::auth::SignedInUser;
use crate::directory::Category;
use crate::directory::edit::{ChangesFilter, EditField, EditableBody};
use crate::error::AppError;
use crate::i18n::Locale;
use crate::records::ssr::{Expect, Kind, Save, Saved, Trail, entity_history, field, stamp};
use crate::records::{FieldProblem, HistoryEntry};
use crate::records::{check_provenance, has_control, problem};
use crate::territory;

/// An edit as submitted: every editable field (blank = unknown), the source of the new
/// values and the date they were verified.
#[derive(Debug, Clone)]
pub struct Edit {
    pub alpha2: String,
    pub version: i64,
    pub values: Vec<(EditField, String)>,
    pub source: String,
    pub as_of: String,
}

pub(crate) fn current_value(record: &NsbRecord, field: EditField) -> Option<String> {
    match field {
        EditField::BodyNameEn => record.body_name_en.clone(),
        EditField::BodyNameNative => record.body_name_native.clone(),
        EditField::Acronym => record.acronym.clone(),
        EditField::Category => record.iso_category.clone(),
        EditField::Website => record.website.clone(),
        EditField::Email => record.email.clone(),
        EditField::Phone => record.phone.clone(),
        EditField::Fax => record.fax.clone(),
        EditField::Address => record.address.clone(),
        EditField::IsoMemberId => record.iso_member_id.clone(),
    }
}

pub async fn editable(pool: &AnyPool, code: &str, locale: Locale) -> Result<EditableBody, AppError> {
    let alpha2 = normalize_code(code).ok_or(AppError::NotFound)?;
    let sql = format!("SELECT {NSB_COLUMNS} FROM nsb WHERE alpha2 = $1");
    let record =
        sqlx::query_as::<_, NsbRecord>(&sql).bind(&alpha2).fetch_optional(pool).await?.ok_or(AppError::NotFound)?;
    let (version,): (i64,) =
        sqlx::query_as("SELECT version FROM nsb WHERE alpha2 = $1").bind(&alpha2).fetch_one(pool).await?;
    Ok(EditableBody {
        country: territory::country_name(&alpha2, locale).unwrap_or_else(|| record.country_name_en.clone()),
        values: EditField::ALL.iter().map(|f| (f.column().to_string(), current_value(&record, *f))).collect(),
        alpha2,
        version,
    })
}

fn website_ok(value: &str) -> bool {
    let host = value.strip_prefix("https://").or_else(|| value.strip_prefix("http://")).unwrap_or(value);
    let host = host.split('/').next().unwrap_or_default();
    !value.chars().any(char::is_whitespace) && host.contains('.') && !host.starts_with('.') && !host.ends_with('.')
}

/// Checks every field; blanks become `None`. All problems are reported at once.
pub fn validate(edit: &Edit, today: NaiveDate) -> Result<Vec<(EditField, Option<String>)>, Vec<FieldProblem>> {
    let mut problems = Vec::new();
    let mut values = Vec::new();
    for (field, raw) in &edit.values {
        let value = raw.trim();
        let column = field.column();
        if value.chars().count() > field.max_chars() {
            problems.push(FieldProblem {
                field: column.into(),
                key: "edit-error-too-long".into(),
                max: u32::try_from(field.max_chars()).ok(),
                ..Default::default()
            });
            continue;
        }
        if has_control(value) {
            problems.push(problem(column, "edit-error-control"));
            continue;
        }
        let value = match field {
            EditField::Category if !value.is_empty() => {
                match Category::from_slug(value).or_else(|| Category::from_db(value)) {
                    Some(category) => category.db_value().to_string(),
                    None => {
                        problems.push(problem(column, "edit-error-category"));
                        continue;
                    }
                }
            }
            EditField::Email
                if !value.is_empty() && !value.split(';').map(str::trim).all(crate::records::looks_like_email) =>
            {
                problems.push(problem(column, "edit-error-email"));
                continue;
            }
            EditField::Website if !value.is_empty() && !website_ok(value) => {
                problems.push(problem(column, "edit-error-website"));
                continue;
            }
            _ => value.to_string(),
        };
        values.push((*field, Some(value).filter(|v| !v.is_empty())));
    }
    check_provenance(&edit.source, &edit.as_of, today, &mut problems);
    if problems.is_empty() { Ok(values) } else { Err(problems) }
}

/// A body's public record: changed in place (bodies are created by the seed), each
/// field with its own source.
const BODY_FIELDS: &[crate::records::ssr::Field] = &[
    field("body_name_en"),
    field("body_name_native"),
    field("acronym"),
    field("iso_category"),
    field("website"),
    field("email"),
    field("phone"),
    field("fax"),
    field("address"),
    field("iso_member_id"),
];

pub static BODY: Kind = Kind::new("nsb", "nsb", &["alpha2"], BODY_FIELDS)
    .in_place("version", true, false)
    .sourced_per_field("nsb_field_source", "alpha2")
    .stamped("updated_at");

/// A body's first save creates it (its country's name and creation time go in `also`).
pub static NEW_BODY: Kind = Kind::new("nsb", "nsb", &["alpha2"], BODY_FIELDS)
    .in_place("version", true, true)
    .sourced_per_field("nsb_field_source", "alpha2")
    .stamped("updated_at");

/// Saves checked values of a body in the caller's transaction (`expect`: the version the
/// form was read at, or unchecked for an import).
pub async fn save_body(
    connection: &mut AnyConnection,
    alpha2: &str,
    expect: Expect,
    values: &[(EditField, Option<String>)],
    provenance: (&str, &str),
    by: (&str, &str, &str),
) -> Result<Saved, AppError> {
    let (account, action, at) = by;
    let save = Save {
        kind: &BODY,
        keys: vec![alpha2.to_string()],
        audit_key: alpha2.to_string(),
        expect,
        values: values.iter().map(|(field, value)| (field.column(), value.clone())).collect(),
        also: Vec::new(),
        source: provenance.0,
        as_of: provenance.1,
        by: account,
        action,
        at,
        shown: None,
    };
    crate::records::ssr::save(connection, &save).await
}

/// Validates and saves an edit in one transaction.
/// `closes`: the public correction this edit accepts; it is marked accepted in the same
/// transaction, or the whole edit is refused when someone already handled it.
pub async fn apply(pool: &AnyPool, user: &SignedInUser, edit: &Edit, closes: Option<&str>) -> Result<(), AppError> {
    let alpha2 = normalize_code(&edit.alpha2).ok_or(AppError::NotFound)?;
    let values = validate(edit, Utc::now().date_naive()).map_err(AppError::Invalid)?;
    let provenance = (edit.source.trim(), edit.as_of.trim());
    let now = stamp();
    let action = if closes.is_some() { "correction" } else { "edit" };

    let mut tx = crate::db::begin_write(pool).await?;
    let saved =
        save_body(&mut tx, &alpha2, Expect::Version(edit.version), &values, provenance, (&user.id, action, &now))
            .await?;
    if let Some(id) = closes {
        let closed = sqlx::query(
            "UPDATE correction SET status = 'accepted', decided_at = $1, decided_by = $2 WHERE id = $3 AND status = 'open'",
        )
        .bind(&now)
        .bind(&user.id)
        .bind(id)
        .execute(&mut *tx)
        .await?
        .rows_affected();
        if closed != 1 {
            return Err(AppError::Invalid(vec![problem("", "corrections-error-closed")]));
        }
    }
    tx.commit().await?;
    tracing::info!(account = %user.id, body = %alpha2, fields = saved.changes.len(), "record edited");
    Ok(())
}

/// Audit entries of bodies' records, newest first, filtered; `show_who` reveals account
/// e-mails.
pub async fn history(
    pool: &AnyPool,
    filter: &ChangesFilter,
    show_who: bool,
    limit: u32,
) -> Result<Vec<HistoryEntry>, AppError> {
    let nsb =
        if filter.nsb.trim().is_empty() { String::new() } else { normalize_code(&filter.nsb).unwrap_or_default() };
    let trail = Trail { entity: "nsb", key: &nsb, field: filter.field.trim(), who: &filter.who.trim().to_lowercase() };
    entity_history(pool, &trail, show_who, limit).await
}

#[cfg(test)]
mod tests {
    use super::*;

    fn edit(values: &[(EditField, &str)], source: &str, as_of: &str) -> Edit {
        Edit {
            alpha2: "BR".into(),
            version: 1,
            values: values.iter().map(|(f, v)| (*f, v.to_string())).collect(),
            source: source.into(),
            as_of: as_of.into(),
        }
    }

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 25).unwrap_or_default()
    }

    #[test]
    fn good_values_are_normalised() {
        let values = validate(
            &edit(
                &[(EditField::Category, "member-body"), (EditField::Phone, "  "), (EditField::Email, "a@b.org")],
                "ABNT site",
                "2026-11-20",
            ),
            today(),
        );
        assert_eq!(
            values,
            Ok(vec![
                (EditField::Category, Some("member body".to_string())),
                (EditField::Phone, None),
                (EditField::Email, Some("a@b.org".to_string()))
            ])
        );
    }

    #[test]
    fn every_problem_is_named_with_its_field() {
        let problems = validate(
            &edit(
                &[
                    (EditField::Email, "not mail"),
                    (EditField::Website, "no spaces allowed.org x"),
                    (EditField::Category, "boss"),
                    (EditField::Acronym, &"A".repeat(41)),
                ],
                "",
                "2031-01-01",
            ),
            today(),
        )
        .err()
        .unwrap_or_default();
        assert_eq!(
            crate::records::field_keys(&problems),
            [
                ("email", "edit-error-email"),
                ("website", "edit-error-website"),
                ("iso_category", "edit-error-category"),
                ("acronym", "edit-error-too-long"),
                ("source", "edit-error-source-required"),
                ("as_of", "edit-error-date"),
            ]
        );
    }

    #[test]
    fn the_stored_fields_are_the_editable_ones() {
        let stored: Vec<&str> = BODY.fields.iter().map(|f| f.column).collect();
        assert_eq!(stored, EditField::ALL.map(EditField::column));
    }

    #[test]
    fn dates_may_be_months_but_not_the_future() {
        assert!(crate::records::as_of_ok("2026-11", today()));
        assert!(crate::records::as_of_ok("2026-11-25", today()));
        assert!(!crate::records::as_of_ok("2026-11-26", today()));
        assert!(!crate::records::as_of_ok("2026-02-30", today()));
        assert!(!crate::records::as_of_ok("yesterday", today()));
    }
}
