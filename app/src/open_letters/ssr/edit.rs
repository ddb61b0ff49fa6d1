//! Writing open letters on the server: the editor's data, saving a text (checked by the
//! template language, version-checked, audited) and moving it through review.

use sqlx::AnyPool;

use super::super::TARGETS;
use super::super::edit::{EditableText, LetterEditor, LetterSettings, STATUSES};
use super::super::template::{self, MAX_BODY_CHARS, MAX_TITLE_CHARS};
use super::{LetterRow, language_name, letter_row, values};
use crate::auth::SignedInUser;
use crate::error::AppError;
use crate::i18n::Locale;
use crate::records::problem;
use crate::records::ssr::{AuditEntry, append_audit, stamp};
use crate::records::{ConflictingChange, FieldProblem};
use crate::standards::DEFAULT_STANDARD;

/// A slug: lower-case letters, digits and hyphens, 2 to 60 characters.
pub fn slug_ok(slug: &str) -> bool {
    (2..=60).contains(&slug.len())
        && slug.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        && !slug.starts_with('-')
}

/// The languages a text may be written in: Quorum's own.
fn language_ok(lang: &str) -> bool {
    Locale::from_tag(lang).is_some_and(|l| l.tag() == lang)
}

async fn texts(connection: &mut sqlx::AnyConnection, slug: &str) -> Result<Vec<EditableText>, AppError> {
    Ok(sqlx::query_as(
        "SELECT t.lang, t.title, t.body, t.status, t.revision, t.source_revision, r.email AS reviewed_by, \
         t.reviewed_at, u.email AS updated_by, t.updated_at FROM open_letter_text t \
         LEFT JOIN account r ON r.id = t.reviewed_by LEFT JOIN account u ON u.id = t.updated_by \
         WHERE t.letter_id = $1 ORDER BY t.lang",
    )
    .bind(slug)
    .fetch_all(&mut *connection)
    .await?)
}

async fn source_lang(connection: &mut sqlx::AnyConnection, slug: &str) -> Result<Option<String>, AppError> {
    let row: Option<(String,)> = sqlx::query_as("SELECT source_lang FROM open_letter WHERE id = $1")
        .bind(slug)
        .fetch_optional(&mut *connection)
        .await?;
    Ok(row.map(|(l,)| l))
}

/// The editor of one language of a letter (which need not exist yet).
pub async fn editor(
    pool: &AnyPool,
    slug: &str,
    lang: &str,
    preview: &str,
    reader: Locale,
) -> Result<LetterEditor, AppError> {
    let slug = slug.trim().to_ascii_lowercase();
    if !slug_ok(&slug) {
        return Err(AppError::NotFound);
    }
    let mut connection = pool.acquire().await?;
    let source = source_lang(&mut connection, &slug).await?;
    let lang = match lang.trim() {
        "" => source.clone().unwrap_or_else(|| reader.tag().to_string()),
        lang if language_ok(lang) => lang.to_string(),
        _ => return Err(AppError::NotFound),
    };
    let all = texts(&mut connection, &slug).await?;
    let source_lang = source.clone().unwrap_or_else(|| lang.clone());
    let source_text = all.iter().find(|t| t.lang == source_lang).cloned();
    let text = all.iter().find(|t| t.lang == lang).cloned();
    let source_revision = source_text.as_ref().map_or(0, |s| s.revision);
    let languages = all
        .iter()
        .map(|t| {
            let stale = t.lang != source_lang && t.source_revision.is_none_or(|r| r < source_revision);
            (t.lang.clone(), t.status.clone(), stale)
        })
        .collect();
    let card = match crate::directory::ssr::normalize_code(preview) {
        Some(code) => Some(crate::directory::ssr::card(pool, &code, reader).await?),
        None => None,
    };
    let letter = letter_row(pool, &slug).await?;
    let preview = match &text {
        Some(text) => {
            let default_letter = LetterRow { standard_id: Some(DEFAULT_STANDARD.into()), ..LetterRow::default() };
            let values = values(pool, letter.as_ref().unwrap_or(&default_letter), &text.lang, card.as_ref()).await?;
            Some((
                template::render(&text.title, &text.lang, &values),
                template::render(&text.body, &text.lang, &values),
            ))
        }
        None => None,
    };
    let settings = match letter {
        Some(letter) => Some(settings(pool, letter).await?),
        None => None,
    };
    Ok(LetterEditor {
        settings,
        exists: source.is_some(),
        choices: Locale::all().map(|l| (l.tag().to_string(), language_name(l.tag(), reader))).collect(),
        slug,
        source_lang,
        lang,
        source: source_text,
        text,
        languages,
        preview,
    })
}

/// The settings form's values and choices.
async fn settings(pool: &AnyPool, letter: LetterRow) -> Result<LetterSettings, AppError> {
    let standards: Vec<(String, String)> =
        sqlx::query_as("SELECT id, reference FROM standard ORDER BY reference").fetch_all(pool).await?;
    let cycles: Vec<(String, String)> =
        sqlx::query_as("SELECT id, standard_id FROM review_cycle ORDER BY id DESC").fetch_all(pool).await?;
    Ok(LetterSettings {
        version: letter.version,
        standard: letter.standard_id.unwrap_or_default(),
        cycle: letter.cycle_id.unwrap_or_default(),
        target: letter.target,
        target_list: letter.target_list.unwrap_or_default(),
        standards,
        cycles,
    })
}

/// What the settings form sends.
#[derive(Clone, Debug, Default)]
pub struct SettingsInput {
    pub slug: String,
    pub version: i64,
    pub standard: String,
    pub cycle: String,
    pub target: String,
    pub target_list: String,
}

/// Saves whom a letter is for and what it is about: checked (a known standard, a cycle of
/// that standard, a cycle for the `cycle` target, known bodies for the `list` target),
/// version-checked, one audit entry per changed field. Returns the editor's address.
pub async fn save_settings(pool: &AnyPool, user: &SignedInUser, input: &SettingsInput) -> Result<String, AppError> {
    let slug = input.slug.trim().to_ascii_lowercase();
    let target = input.target.trim();
    let mut standard = input.standard.trim().to_string();
    let cycle = input.cycle.trim().to_ascii_lowercase();
    let mut problems = Vec::new();
    if !TARGETS.contains(&target) {
        problems.push(problem("target", "edit-error-choice"));
    }
    let mut tx = crate::db::begin_write(pool).await?;
    let current = letter_row(&mut *tx, &slug).await?.ok_or(AppError::NotFound)?;
    if !standard.is_empty() {
        let known: Option<(String,)> =
            sqlx::query_as("SELECT id FROM standard WHERE id = $1").bind(&standard).fetch_optional(&mut *tx).await?;
        if known.is_none() {
            problems.push(problem("standard", "edit-error-choice"));
        }
    }
    if !cycle.is_empty() {
        let owner: Option<(String,)> = sqlx::query_as("SELECT standard_id FROM review_cycle WHERE id = $1")
            .bind(&cycle)
            .fetch_optional(&mut *tx)
            .await?;
        match owner {
            None => problems.push(problem("cycle", "edit-error-choice")),
            Some((owner,)) if standard.is_empty() => standard = owner,
            Some((owner,)) if owner != standard => problems.push(problem("cycle", "letter-error-cycle-standard")),
            Some(_) => {}
        }
    } else if target == "cycle" {
        problems.push(problem("cycle", "letter-error-target-cycle"));
    }
    let mut codes: Vec<String> = Vec::new();
    if target == "list" {
        let mut unknown = Vec::new();
        for code in input.target_list.split(|c: char| c.is_whitespace() || c == ',' || c == ';') {
            if code.is_empty() {
                continue;
            }
            let known = match crate::directory::ssr::normalize_code(code) {
                Some(normal) => sqlx::query_as::<_, (String,)>("SELECT alpha2 FROM nsb WHERE alpha2 = $1")
                    .bind(&normal)
                    .fetch_optional(&mut *tx)
                    .await?
                    .map(|(c,)| c),
                None => None,
            };
            match known {
                Some(code) => codes.push(code),
                None => unknown.push(code.chars().take(12).collect::<String>()),
            }
        }
        codes.sort();
        codes.dedup();
        if !unknown.is_empty() {
            let mut found = problem("target_list", "letter-error-target-unknown");
            found.detail = Some(unknown.join(", "));
            problems.push(found);
        } else if codes.is_empty() {
            problems.push(problem("target_list", "letter-error-target-empty"));
        }
    }
    if !problems.is_empty() {
        return Err(AppError::Invalid(problems));
    }
    if current.version != input.version {
        return Err(AppError::Conflict(vec![ConflictingChange {
            field: "target".into(),
            now: Some(current.target.clone()),
        }]));
    }
    let list = (target == "list").then(|| codes.join(" "));
    let after: [(&str, Option<String>, Option<String>); 4] = [
        ("standard_id", current.standard_id.clone(), Some(standard.clone()).filter(|s| !s.is_empty())),
        ("cycle_id", current.cycle_id.clone(), Some(cycle.clone()).filter(|c| !c.is_empty())),
        ("target", Some(current.target.clone()), Some(target.to_string())),
        ("target_list", current.target_list.clone(), list.clone()),
    ];
    if after.iter().all(|(_, before, now)| before == now) {
        return Err(AppError::Invalid(vec![problem("", "edit-error-no-change")]));
    }
    let new_version = current.version + 1;
    let written = sqlx::query(
        "UPDATE open_letter SET standard_id = $1, cycle_id = $2, target = $3, target_list = $4, version = $5 \
         WHERE id = $6 AND version = $7",
    )
    .bind(&after[0].2)
    .bind(&after[1].2)
    .bind(target)
    .bind(&list)
    .bind(new_version)
    .bind(&slug)
    .bind(current.version)
    .execute(&mut *tx)
    .await?
    .rows_affected();
    if written != 1 {
        return Err(AppError::Conflict(vec![ConflictingChange { field: "target".into(), now: None }]));
    }
    let now = stamp();
    let today = chrono::Utc::now().date_naive().to_string();
    for (field, before, after) in after.iter().filter(|(_, before, now)| before != now) {
        let entry = AuditEntry {
            at: &now,
            account_id: &user.id,
            entity: "open_letter",
            key: &slug,
            field,
            before: before.as_deref(),
            after: after.as_deref(),
            source: "",
            as_of: &today,
            version: Some(new_version),
            action: "edit",
        };
        append_audit(&mut tx, &entry).await?;
    }
    tx.commit().await?;
    tracing::info!(account = %user.id, letter = %slug, target, "open letter settings saved");
    Ok(format!("/coordinate/letters?slug={slug}"))
}

fn template_problems(field: &str, problems: Vec<template::TemplateProblem>) -> Vec<FieldProblem> {
    problems
        .into_iter()
        .map(|p| FieldProblem {
            field: field.into(),
            key: p.key,
            // "longer than N characters" carries its limit as the detail.
            max: p.detail.parse().ok(),
            line: u32::try_from(p.line).ok().filter(|l| *l > 0),
            detail: Some(p.detail).filter(|d| !d.is_empty()),
        })
        .collect()
}

fn editor_page(slug: &str, lang: &str) -> String {
    format!("/coordinate/letters?slug={slug}&letter_lang={lang}")
}

/// Saves a text as a draft: checked, version-checked, audited; creates the letter (with
/// this language as its source) when it does not exist. Returns the editor's address.
pub async fn save(
    pool: &AnyPool,
    user: &SignedInUser,
    slug: &str,
    lang: &str,
    revision: i64,
    title: &str,
    body: &str,
) -> Result<String, AppError> {
    let slug = slug.trim().to_ascii_lowercase();
    let lang = lang.trim();
    let mut problems = Vec::new();
    if !slug_ok(&slug) {
        problems.push(problem("slug", "letter-error-slug"));
    }
    if !language_ok(lang) {
        problems.push(problem("lang", "edit-error-choice"));
    }
    let (title, body) = (title.trim(), body.trim_matches(['\n', '\r']));
    if let Err(found) = template::check(title, MAX_TITLE_CHARS) {
        problems.extend(template_problems("title", found));
    }
    if let Err(found) = template::check(body, MAX_BODY_CHARS) {
        problems.extend(template_problems("body", found));
    }
    if !problems.is_empty() {
        return Err(AppError::Invalid(problems));
    }
    let now = stamp();
    let mut tx = crate::db::begin_write(pool).await?;
    let source = match source_lang(&mut tx, &slug).await? {
        Some(source) => source,
        None if revision == 0 => {
            sqlx::query(
                "INSERT INTO open_letter (id, source_lang, standard_id, target, created_at, created_by) \
                 VALUES ($1, $2, $3, 'all', $4, $5)",
            )
            .bind(&slug)
            .bind(lang)
            .bind(DEFAULT_STANDARD)
            .bind(&now)
            .bind(&user.id)
            .execute(&mut *tx)
            .await?;
            lang.to_string()
        }
        None => return Err(AppError::NotFound),
    };
    let all = texts(&mut tx, &slug).await?;
    let current = all.iter().find(|t| t.lang == lang);
    if current.map_or(0, |t| t.revision) != revision {
        let now = current.map(|t| t.title.clone());
        return Err(AppError::Conflict(vec![ConflictingChange { field: "title".into(), now }]));
    }
    if current.is_some_and(|t| t.title == title && t.body == body) {
        return Err(AppError::Invalid(vec![problem("", "edit-error-no-change")]));
    }
    let new_revision = revision + 1;
    // A translation follows the source as it is now; the source follows itself.
    let follows =
        if lang == source { new_revision } else { all.iter().find(|t| t.lang == source).map_or(0, |s| s.revision) };
    let written = if current.is_none() {
        sqlx::query(
            "INSERT INTO open_letter_text (letter_id, lang, title, body, status, revision, source_revision, \
             updated_at, updated_by) VALUES ($1, $2, $3, $4, 'draft', 1, $5, $6, $7) ON CONFLICT DO NOTHING",
        )
        .bind(&slug)
        .bind(lang)
        .bind(title)
        .bind(body)
        .bind(follows)
        .bind(&now)
        .bind(&user.id)
        .execute(&mut *tx)
        .await?
        .rows_affected()
    } else {
        sqlx::query(
            "UPDATE open_letter_text SET title = $1, body = $2, status = 'draft', revision = revision + 1, \
             source_revision = $3, reviewed_by = NULL, reviewed_at = NULL, updated_at = $4, updated_by = $5 \
             WHERE letter_id = $6 AND lang = $7 AND revision = $8",
        )
        .bind(title)
        .bind(body)
        .bind(follows)
        .bind(&now)
        .bind(&user.id)
        .bind(&slug)
        .bind(lang)
        .bind(revision)
        .execute(&mut *tx)
        .await?
        .rows_affected()
    };
    if written != 1 {
        return Err(AppError::Conflict(vec![ConflictingChange { field: "title".into(), now: None }]));
    }
    let key = format!("{slug}:{lang}");
    let today = chrono::Utc::now().date_naive().to_string();
    let before = |field: &str| current.map(|t| if field == "title" { t.title.clone() } else { t.body.clone() });
    for (field, after) in [("title", title), ("body", body)] {
        let old = before(field);
        if old.as_deref() == Some(after) {
            continue;
        }
        let entry = AuditEntry {
            at: &now,
            account_id: &user.id,
            entity: "open_letter_text",
            key: &key,
            field,
            before: old.as_deref(),
            after: Some(after),
            source: "",
            as_of: &today,
            version: Some(new_revision),
            action: "edit",
        };
        append_audit(&mut tx, &entry).await?;
    }
    tx.commit().await?;
    tracing::info!(account = %user.id, letter = %slug, %lang, revision = new_revision, "open letter text saved");
    Ok(editor_page(&slug, lang))
}

/// Moves a text through review: draft → reviewed → published, or back to draft. A text is
/// published only after a review.
pub async fn set_status(
    pool: &AnyPool,
    user: &SignedInUser,
    slug: &str,
    lang: &str,
    revision: i64,
    status: &str,
) -> Result<String, AppError> {
    let slug = slug.trim().to_ascii_lowercase();
    let (lang, status) = (lang.trim(), status.trim());
    if !STATUSES.contains(&status) {
        return Err(AppError::Invalid(vec![problem("status", "edit-error-choice")]));
    }
    let mut tx = crate::db::begin_write(pool).await?;
    let all = texts(&mut tx, &slug).await?;
    let current = all.iter().find(|t| t.lang == lang).ok_or(AppError::NotFound)?;
    if current.revision != revision {
        return Err(AppError::Conflict(vec![ConflictingChange {
            field: "status".into(),
            now: Some(current.status.clone()),
        }]));
    }
    let allowed = matches!(
        (current.status.as_str(), status),
        ("draft", "reviewed") | ("reviewed", "published") | ("reviewed" | "published", "draft")
    );
    if !allowed {
        let key = if status == "published" { "letter-error-review-first" } else { "letter-error-status" };
        return Err(AppError::Invalid(vec![problem("status", key)]));
    }
    let now = stamp();
    let reviewing = status == "reviewed";
    sqlx::query(
        "UPDATE open_letter_text SET status = $1, \
         reviewed_by = CASE WHEN $2 = 1 THEN $3 ELSE reviewed_by END, \
         reviewed_at = CASE WHEN $2 = 1 THEN $4 ELSE reviewed_at END \
         WHERE letter_id = $5 AND lang = $6 AND revision = $7",
    )
    .bind(status)
    .bind(i64::from(reviewing))
    .bind(&user.id)
    .bind(&now)
    .bind(&slug)
    .bind(lang)
    .bind(revision)
    .execute(&mut *tx)
    .await?;
    let key = format!("{slug}:{lang}");
    let today = chrono::Utc::now().date_naive().to_string();
    let entry = AuditEntry {
        at: &now,
        account_id: &user.id,
        entity: "open_letter_text",
        key: &key,
        field: "status",
        before: Some(&current.status),
        after: Some(status),
        source: "",
        as_of: &today,
        version: Some(revision),
        action: "edit",
    };
    append_audit(&mut tx, &entry).await?;
    tx.commit().await?;
    tracing::info!(account = %user.id, letter = %slug, %lang, status, "open letter status");
    Ok(editor_page(&slug, lang))
}
