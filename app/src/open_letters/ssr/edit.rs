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
use crate::records::FieldProblem;
use crate::records::problem;
use crate::records::ssr::{Expect, Kind, Save, Value, field, stamp};
use crate::standards::DEFAULT_STANDARD;

/// Whom a letter is for and what it is about.
static SETTINGS: Kind = Kind::new(
    "open_letter",
    "open_letter",
    &["id"],
    &[field("standard_id"), field("cycle_id"), field("target"), field("target_list")],
)
.own()
.in_place("version", true, false);

/// One language of a letter; each save is a new revision (a draft again).
static TEXT: Kind =
    Kind::new("open_letter_text", "open_letter_text", &["letter_id", "lang"], &[field("title"), field("body")])
        .own()
        .in_place("revision", true, true)
        .stamped("updated_at");

/// A text's review status: checked against the revision it was read at, without making
/// a new one (a translation keeps following the same source text).
static STATUS: Kind = Kind::new("open_letter_text", "open_letter_text", &["letter_id", "lang"], &[field("status")])
    .own()
    .in_place("revision", false, false);

/// A save of the coordinators' own work on `kind`: no source, today's date, audited as
/// an edit; the caller fills in the record and its values.
fn own_work<'a>(kind: &'static Kind, by: &'a str, at: &'a str, today: &'a str) -> Save<'a> {
    Save {
        kind,
        keys: Vec::new(),
        audit_key: String::new(),
        expect: Expect::Unchecked,
        values: Vec::new(),
        also: Vec::new(),
        source: "",
        as_of: today,
        by,
        action: "edit",
        at,
        shown: None,
    }
}

/// A slug: lower-case letters, digits and hyphens, 2 to 60 characters.
pub fn slug_ok(slug: &str) -> bool {
    (2..=60).contains(&slug.len())
        && slug.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        && !slug.starts_with('-')
}

/// The languages a text may be written in: Quorum's letter languages.
fn language_ok(lang: &str) -> bool {
    Locale::letter_language(lang).is_some_and(|l| l.tag() == lang)
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
        choices: Locale::letter_languages().map(|l| (l.tag().to_string(), language_name(l.tag(), reader))).collect(),
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
        sqlx::query_as("SELECT id, reference FROM standard WHERE followed = 'yes' ORDER BY reference")
            .fetch_all(pool)
            .await?;
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
    letter_row(&mut *tx, &slug).await?.ok_or(AppError::NotFound)?;
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
    let (now, today) = (stamp(), chrono::Utc::now().date_naive().to_string());
    let save = Save {
        kind: &SETTINGS,
        keys: vec![slug.clone()],
        audit_key: slug.clone(),
        expect: Expect::Version(input.version),
        values: vec![
            ("standard_id", Some(standard).filter(|s| !s.is_empty())),
            ("cycle_id", Some(cycle).filter(|c| !c.is_empty())),
            ("target", Some(target.to_string())),
            ("target_list", (target == "list").then(|| codes.join(" "))),
        ],
        ..own_work(&SETTINGS, &user.id, &now, &today)
    };
    crate::records::ssr::save(&mut tx, &save).await?;
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
    // A translation follows the source as it is now; the source follows itself.
    let follows =
        if lang == source { revision + 1 } else { all.iter().find(|t| t.lang == source).map_or(0, |s| s.revision) };
    let today = chrono::Utc::now().date_naive().to_string();
    let save = Save {
        keys: vec![slug.clone(), lang.to_string()],
        audit_key: format!("{slug}:{lang}"),
        expect: Expect::Version(revision),
        values: vec![("title", Some(title.to_string())), ("body", Some(body.to_string()))],
        also: vec![
            ("status", Some("draft".to_string()).into()),
            ("source_revision", Value::Integer(follows)),
            ("reviewed_by", Value::Text(None)),
            ("reviewed_at", Value::Text(None)),
            ("updated_by", Some(user.id.clone()).into()),
        ],
        ..own_work(&TEXT, &user.id, &now, &today)
    };
    let new_revision = crate::records::ssr::save(&mut tx, &save).await?.version;
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
    // A form read at another revision is refused by the save, with what changed.
    let allowed = current.revision != revision
        || matches!(
            (current.status.as_str(), status),
            ("draft", "reviewed") | ("reviewed", "published") | ("reviewed" | "published", "draft")
        );
    if !allowed {
        let key = if status == "published" { "letter-error-review-first" } else { "letter-error-status" };
        return Err(AppError::Invalid(vec![problem("status", key)]));
    }
    let (now, today) = (stamp(), chrono::Utc::now().date_naive().to_string());
    // A review is signed by whoever marks it reviewed.
    let also = if status == "reviewed" {
        vec![("reviewed_by", Some(user.id.clone()).into()), ("reviewed_at", Some(now.clone()).into())]
    } else {
        Vec::new()
    };
    let save = Save {
        keys: vec![slug.clone(), lang.to_string()],
        audit_key: format!("{slug}:{lang}"),
        expect: Expect::Version(revision),
        values: vec![("status", Some(status.to_string()))],
        also,
        ..own_work(&STATUS, &user.id, &now, &today)
    };
    crate::records::ssr::save(&mut tx, &save).await?;
    tx.commit().await?;
    tracing::info!(account = %user.id, letter = %slug, %lang, status, "open letter status");
    Ok(editor_page(&slug, lang))
}
