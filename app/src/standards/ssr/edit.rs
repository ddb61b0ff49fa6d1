//! Saving a coordinator's edit of a standard, an adoption, a language version or a
//! committee membership: validation from the record's field list, the version check,
//! the record's provenance and the audit trail, in one transaction (all or nothing).

use chrono::{NaiveDate, Utc};
use sqlx::AnyPool;

use super::super::edit::{EditableRecord, FieldSpec, Input, RecordKind};
use crate::auth::SignedInUser;
use crate::directory::ssr::normalize_code;
use crate::error::AppError;
use crate::i18n::Locale;
use crate::records::ssr::{Expect, Kind, Save, Trail, current, entity_history, field, stamp};
use crate::records::{self, FieldProblem, check_provenance, has_control, partial_date_ok, problem};
use crate::territory;

/// An edit as submitted: the record's key (`iso-20400:BR`), the version the form was
/// read at (0: nothing was recorded), every field (blank = unknown), source and date.
#[derive(Debug, Clone)]
pub struct RecordEdit {
    pub kind: RecordKind,
    pub key: String,
    pub version: i64,
    pub values: Vec<(&'static str, String)>,
    pub source: String,
    pub as_of: String,
}

static STANDARD: Kind = Kind::new(
    "standard",
    "standard",
    &["id"],
    &[
        field("reference"),
        field("committee"),
        field("published"),
        field("edition"),
        field("stage"),
        field("last_confirmed"),
    ],
);

static ADOPTION: Kind = Kind::new(
    "adoption",
    "adoption",
    &["standard_id", "alpha2"],
    &[
        field("status"),
        field("degree"),
        field("designation"),
        field("adopted_on"),
        field("method"),
        field("lang"),
        field("sells"),
        field("confidence"),
        field("note"),
    ],
);

static TRANSLATION: Kind = Kind::new(
    "translation",
    "standard_title",
    &["standard_id", "lang"],
    &[field("title"), field("status"), field("publisher"), field("year")],
);

static MEMBERSHIP: Kind =
    Kind::new("committee_member", "committee_member", &["committee_id", "alpha2"], &[field("membership")]);

static CYCLE: Kind = Kind::new(
    "review_cycle",
    "review_cycle",
    &["id", "standard_id"],
    &[
        field("opens_on"),
        field("closes_on"),
        field("status"),
        field("outcome"),
        field("stage"),
        field("decided_on"),
        field("notes"),
    ],
);

impl RecordKind {
    /// The record engine's description of this kind.
    pub fn stored(self) -> &'static Kind {
        match self {
            RecordKind::Standard => &STANDARD,
            RecordKind::Adoption => &ADOPTION,
            RecordKind::Translation => &TRANSLATION,
            RecordKind::Membership => &MEMBERSHIP,
            RecordKind::Cycle => &CYCLE,
        }
    }

    /// The record's key in the audit trail and in page links: the key values joined by
    /// `:` (`iso-20400:BR`); a cycle is known by its id alone (`iso-20400-2027`).
    fn audit_key(self, keys: &[String]) -> String {
        match self {
            RecordKind::Cycle => keys[0].clone(),
            _ => keys.join(":"),
        }
    }

    /// The key a form posts back, as `resolve_key` reads it: the key values joined by `:`;
    /// a cycle is posted as standard and year (`iso-20400:2027`).
    fn form_key(self, keys: &[String]) -> String {
        match self {
            RecordKind::Cycle => {
                let year = keys[0].rsplit('-').next().unwrap_or_default();
                format!("{}:{year}", keys[1])
            }
            _ => keys.join(":"),
        }
    }
}

/// A ballot date: a full date, past or future, within ISO's lifetime.
fn full_date_ok(value: &str) -> bool {
    NaiveDate::parse_from_str(value, "%Y-%m-%d")
        .is_ok_and(|d| (1947..=2100).contains(&chrono::Datelike::year(&d)) && value.len() == 10)
}

/// A language tag CLDR names: `pt`, `zh-Hans`, `sr-Latn`.
fn language_ok(tag: &str) -> bool {
    tag.len() <= 12
        && tag.split('-').all(|part| !part.is_empty() && part.chars().all(|c| c.is_ascii_alphanumeric()))
        && territory::language_name(&canonical_language(tag), Locale::default()).is_some()
}

/// The canonical form of a language tag (`ZH-hans` → `zh-Hans`).
fn canonical_language(tag: &str) -> String {
    tag.split('-')
        .enumerate()
        .map(|(i, part)| match (i, part.len()) {
            (0, _) => part.to_ascii_lowercase(),
            (_, 4) => part[..1].to_ascii_uppercase() + &part[1..].to_ascii_lowercase(),
            _ => part.to_ascii_uppercase(),
        })
        .collect::<Vec<_>>()
        .join("-")
}

/// The record's key values, normalized, after checking that what they point to exists.
async fn resolve_key(pool: &AnyPool, kind: RecordKind, key: &str) -> Result<Vec<String>, AppError> {
    let parts: Vec<&str> = key.split(':').map(str::trim).collect();
    if parts.len() != kind.stored().keys.len() || parts.iter().any(|p| p.is_empty() || p.len() > 40) {
        return Err(AppError::NotFound);
    }
    let exists = |sql: &'static str, value: String| async move {
        let found: Option<(String,)> = sqlx::query_as(sql).bind(&value).fetch_optional(pool).await?;
        if found.is_some() { Ok::<String, AppError>(value) } else { Err(AppError::NotFound) }
    };
    let standard = |slug: &str| exists("SELECT id FROM standard WHERE id = $1", slug.to_ascii_lowercase());
    let body = |code: &str| {
        let code = normalize_code(code);
        async move { exists("SELECT alpha2 FROM nsb WHERE alpha2 = $1", code.ok_or(AppError::NotFound)?).await }
    };
    Ok(match kind {
        RecordKind::Standard => vec![standard(parts[0]).await?],
        RecordKind::Adoption => vec![standard(parts[0]).await?, body(parts[1]).await?],
        RecordKind::Translation => {
            if !language_ok(parts[1]) {
                return Err(AppError::Invalid(vec![problem("lang", "edit-error-language")]));
            }
            vec![standard(parts[0]).await?, canonical_language(parts[1])]
        }
        RecordKind::Membership => vec![
            exists("SELECT id FROM committee WHERE id = $1", parts[0].to_ascii_lowercase()).await?,
            body(parts[1]).await?,
        ],
        RecordKind::Cycle => {
            let year = parts[1];
            if year.len() != 4 || !year.chars().all(|c| c.is_ascii_digit()) || !("1947".."2101").contains(&year) {
                return Err(AppError::NotFound);
            }
            let standard = standard(parts[0]).await?;
            vec![format!("{standard}-{year}"), standard]
        }
    })
}

fn check_field(field: &FieldSpec, value: &str, today: NaiveDate) -> Result<Option<String>, FieldProblem> {
    let column = field.column;
    let max = match field.input {
        Input::Text { max, .. } | Input::LongText { max } => max,
        _ => 40,
    };
    if value.chars().count() > max {
        return Err(FieldProblem {
            field: column.into(),
            key: "edit-error-too-long".into(),
            max: u32::try_from(max).ok(),
            ..Default::default()
        });
    }
    let multiline = matches!(field.input, Input::LongText { .. });
    if has_control(&value.replace(['\n', '\r'], if multiline { " " } else { "\n" })) {
        return Err(problem(column, "edit-error-control"));
    }
    if value.is_empty() {
        return match field.input {
            Input::Text { required: true, .. } | Input::Choice { blank: None, .. } => {
                Err(problem(column, "edit-error-required"))
            }
            _ => Ok(None),
        };
    }
    match field.input {
        Input::Choice { options, .. } if !options.iter().any(|(v, _)| *v == value) => {
            Err(problem(column, "edit-error-choice"))
        }
        Input::PartialDate if !partial_date_ok(value, today) => Err(problem(column, "edit-error-partial-date")),
        Input::Language if !language_ok(value) => Err(problem(column, "edit-error-language")),
        Input::Date if !full_date_ok(value) => Err(problem(column, "edit-error-full-date")),
        Input::Language => Ok(Some(canonical_language(value))),
        _ => Ok(Some(value.to_string())),
    }
}

/// Checks every field of the record and the provenance; all problems at once.
pub fn validate(edit: &RecordEdit, today: NaiveDate) -> Result<Vec<(&'static str, Option<String>)>, Vec<FieldProblem>> {
    let mut problems = Vec::new();
    let mut values = Vec::new();
    for field in edit.kind.fields() {
        let raw = edit.values.iter().find(|(c, _)| *c == field.column).map_or("", |(_, v)| v.as_str());
        match check_field(field, raw.trim(), today) {
            Ok(value) => values.push((field.column, value)),
            Err(problem) => problems.push(problem),
        }
    }
    if problems.is_empty() && edit.kind == RecordKind::Cycle {
        check_cycle(&values, &mut problems);
    }
    check_provenance(&edit.source, &edit.as_of, today, &mut problems);
    if problems.is_empty() { Ok(values) } else { Err(problems) }
}

/// What a cycle's fields must agree on: the ballot closes after it opens, and an outcome
/// belongs to a decided cycle (and a decided cycle has one).
fn check_cycle(values: &[(&'static str, Option<String>)], problems: &mut Vec<FieldProblem>) {
    let value = |column: &str| values.iter().find(|(c, _)| *c == column).and_then(|(_, v)| v.as_deref());
    if let (Some(opens), Some(closes)) = (value("opens_on"), value("closes_on"))
        && closes < opens
    {
        problems.push(problem("closes_on", "edit-error-closes-before-opens"));
    }
    match (value("status"), value("outcome")) {
        (Some("decided"), None) => problems.push(problem("outcome", "edit-error-outcome-required")),
        (Some(status), Some(_)) if status != "decided" => {
            problems.push(problem("outcome", "edit-error-outcome-needs-decision"))
        }
        _ => {}
    }
}

/// Validates and saves an edit in one transaction; returns the page to go back to.
pub async fn apply(pool: &AnyPool, user: &SignedInUser, edit: &RecordEdit) -> Result<String, AppError> {
    let kind = edit.kind;
    let keys = resolve_key(pool, kind, &edit.key).await?;
    let values = validate(edit, Utc::now().date_naive()).map_err(AppError::Invalid)?;
    let at = stamp();
    let save = Save {
        kind: kind.stored(),
        audit_key: kind.audit_key(&keys),
        keys: keys.clone(),
        expect: Expect::Version(edit.version),
        values,
        also: Vec::new(),
        source: edit.source.trim(),
        as_of: edit.as_of.trim(),
        by: &user.id,
        action: "edit",
        at: &at,
        shown: None,
    };
    let mut tx = crate::db::begin_write(pool).await?;
    let saved = records::ssr::save(&mut tx, &save).await?;
    tx.commit().await?;
    tracing::info!(account = %user.id, entity = kind.entity(), key = %save.audit_key, fields = saved.changes.len(), "record edited");
    Ok(return_to(kind, &keys))
}

/// The page that shows the record.
fn return_to(kind: RecordKind, keys: &[String]) -> String {
    match kind {
        RecordKind::Membership => format!("/nsbs/{}", keys[1]),
        RecordKind::Cycle => format!("/reviews/{}", keys[0]),
        _ => format!("/standards/{}", keys[0]),
    }
}

/// The record as its form starts from, with a heading and its history.
pub async fn editable(pool: &AnyPool, kind: RecordKind, key: &str, locale: Locale) -> Result<EditableRecord, AppError> {
    let keys = resolve_key(pool, kind, key).await?;
    let audit_key = kind.audit_key(&keys);
    let (version, values) = current(&mut *pool.acquire().await?, kind.stored(), &keys)
        .await?
        .unwrap_or((0, vec![None; kind.fields().len()]));
    let standard_id = if kind == RecordKind::Cycle { &keys[1] } else { &keys[0] };
    let reference = || async {
        let (reference,): (String,) =
            sqlx::query_as("SELECT reference FROM standard WHERE id = $1").bind(standard_id).fetch_one(pool).await?;
        Ok::<String, AppError>(reference)
    };
    let country = |code: &str| territory::country_name(code, locale).unwrap_or_else(|| code.to_string());
    let heading = match kind {
        RecordKind::Standard => locale.t_args("standard-edit-title", &[("reference", reference().await?.into())]),
        RecordKind::Adoption => locale.t_args(
            "adoption-edit-title",
            &[("reference", reference().await?.into()), ("country", country(&keys[1]).into())],
        ),
        RecordKind::Translation => {
            let language = territory::language_name(&keys[1], locale).unwrap_or_else(|| keys[1].clone());
            locale.t_args(
                "translation-edit-title",
                &[("reference", reference().await?.into()), ("language", language.into())],
            )
        }
        RecordKind::Membership => {
            let (committee,): (String,) =
                sqlx::query_as("SELECT reference FROM committee WHERE id = $1").bind(&keys[0]).fetch_one(pool).await?;
            locale
                .t_args("membership-edit-title", &[("body", country(&keys[1]).into()), ("committee", committee.into())])
        }
        RecordKind::Cycle => locale.t_args(
            "cycle-edit-title",
            &[
                ("cycle", kind.form_key(&keys).rsplit(':').next().unwrap_or_default().to_string().into()),
                ("reference", reference().await?.into()),
            ],
        ),
    };
    Ok(EditableRecord {
        kind,
        return_to: return_to(kind, &keys),
        history: record_history(pool, kind, &audit_key, true).await?,
        key: kind.form_key(&keys),
        version,
        heading,
        values: kind.fields().iter().map(|f| f.column.to_string()).zip(values).collect(),
    })
}

/// A record's history for the public pages (who is shown to signed-in viewers only).
pub async fn record_history(
    pool: &AnyPool,
    kind: RecordKind,
    key: &str,
    show_who: bool,
) -> Result<Vec<crate::records::HistoryEntry>, AppError> {
    let trail = Trail { entity: kind.entity(), key, field: "", who: "" };
    entity_history(pool, &trail, show_who, 100).await
}

#[cfg(test)]
mod tests {
    use super::*;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 30).unwrap_or_default()
    }

    fn edit(kind: RecordKind, values: &[(&'static str, &str)], source: &str, as_of: &str) -> RecordEdit {
        RecordEdit {
            kind,
            key: String::new(),
            version: 0,
            values: values.iter().map(|(c, v)| (*c, v.to_string())).collect(),
            source: source.into(),
            as_of: as_of.into(),
        }
    }

    #[test]
    fn an_adoption_is_normalised_and_blanks_are_unknown() {
        let values = validate(
            &edit(
                RecordKind::Adoption,
                &[("status", "adopted"), ("degree", "IDT"), ("adopted_on", "2018"), ("lang", "PT"), ("note", " ")],
                "Standards Australia store",
                "2026-11-30",
            ),
            today(),
        )
        .unwrap_or_default();
        assert_eq!(values[0], ("status", Some("adopted".into())));
        assert_eq!(values[1], ("degree", Some("IDT".into())));
        assert_eq!(values[3], ("adopted_on", Some("2018".into())));
        assert_eq!(values[5], ("lang", Some("pt".into())));
        assert_eq!(values[8], ("note", None));
    }

    #[test]
    fn every_problem_is_reported_with_its_field() {
        let problems = validate(
            &edit(
                RecordKind::Adoption,
                &[
                    ("status", ""),
                    ("degree", "ABC"),
                    ("adopted_on", "2031"),
                    ("lang", "klingon"),
                    ("designation", &"x".repeat(121)),
                ],
                "",
                "2026-13-01",
            ),
            today(),
        )
        .err()
        .unwrap_or_default();
        assert_eq!(
            crate::records::field_keys(&problems),
            [
                ("status", "edit-error-required"),
                ("degree", "edit-error-choice"),
                ("designation", "edit-error-too-long"),
                ("adopted_on", "edit-error-partial-date"),
                ("lang", "edit-error-language"),
                ("source", "edit-error-source-required"),
                ("as_of", "edit-error-date"),
            ]
        );
    }

    #[test]
    fn each_kind_stores_the_fields_its_form_shows() {
        for kind in RecordKind::ALL {
            let stored: Vec<&str> = kind.stored().fields.iter().map(|f| f.column).collect();
            let shown: Vec<&str> = kind.fields().iter().map(|f| f.column).collect();
            assert_eq!(stored, shown, "{kind:?}");
            assert_eq!(kind.stored().entity, kind.entity());
        }
    }

    #[test]
    fn language_tags_are_checked_against_cldr_and_canonicalised() {
        assert!(language_ok("pt") && language_ok("ZH-hans") && !language_ok("xx") && !language_ok("pt_BR!"));
        assert_eq!(canonical_language("ZH-hans"), "zh-Hans");
        assert_eq!(canonical_language("pt-br"), "pt-BR");
    }

    #[test]
    fn a_note_may_span_lines_but_a_title_may_not() {
        let note = validate(
            &edit(RecordKind::Adoption, &[("status", "unknown"), ("note", "line one\nline two")], "s", "2026-11"),
            today(),
        );
        assert!(note.is_ok(), "{note:?}");
        let title = validate(
            &edit(RecordKind::Translation, &[("title", "a\nb"), ("status", "draft")], "s", "2026-11"),
            today(),
        );
        assert_eq!(title.err().map(|p| p[0].key.clone()), Some("edit-error-control".to_string()));
    }
}
