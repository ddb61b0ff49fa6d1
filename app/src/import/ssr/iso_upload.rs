//! ISO Open Data uploaded at `/import` by admins (`POST /import/iso`, multipart:
//! `dataset`, `date`, `file`): the file is kept in the server's temporary directory,
//! checked in the background (a dry run, which only reads), shown at `/import/iso/{id}`,
//! and written when the admin confirms, in one transaction, again in the background.

use axum::extract::{Multipart, State};
use axum::response::{IntoResponse, Redirect, Response};
use sqlx::AnyPool;
use tokio::io::AsyncWriteExt;

use super::iso;
use crate::error::AppError;
use crate::import::iso::{Dataset, IsoImportView, IsoSummary};
use crate::iso_open_data::Format;
use crate::records::ssr::{random_hex, stamp};
use crate::state::AppState;

/// Where an uploaded file waits between its upload and its import.
fn path(id: &str) -> std::path::PathBuf {
    std::env::temp_dir().join(format!("quorum-iso-import-{id}"))
}

fn back(key: &str) -> Response {
    Redirect::to(&format!("/import?iso_error={key}#iso-open-data")).into_response()
}

/// `POST /import/iso`.
pub async fn upload(State(state): State<AppState>, parts: http::request::Parts, mut multipart: Multipart) -> Response {
    let user = match super::uploader(&state, &parts, crate::auth::Role::Admin).await {
        Ok(user) => user,
        Err(refusal) => return refusal,
    };
    let Ok(id) = random_hex(12) else { return back("import-error-storage") };
    let target = path(&id);
    let (mut dataset, mut date, mut name, mut size) = (None, String::new(), String::new(), 0usize);
    let mut failed = None;
    loop {
        match multipart.next_field().await {
            Ok(Some(mut field)) => match field.name() {
                Some("dataset") => dataset = field.text().await.ok().and_then(|d| Dataset::from_slug(&d)),
                Some("date") => date = field.text().await.unwrap_or_default(),
                Some("file") => {
                    name = field.file_name().unwrap_or_default().to_string();
                    let Ok(mut file) = tokio::fs::File::create(&target).await else {
                        failed = Some("import-error-storage");
                        break;
                    };
                    loop {
                        match field.chunk().await {
                            Ok(Some(chunk)) => {
                                size += chunk.len();
                                if file.write_all(&chunk).await.is_err() {
                                    failed = Some("import-error-storage");
                                    break;
                                }
                            }
                            Ok(None) => break,
                            Err(_) => {
                                failed = Some("import-error-too-large");
                                break;
                            }
                        }
                    }
                    if file.flush().await.is_err() {
                        failed = Some("import-error-storage");
                    }
                }
                _ => {}
            },
            Ok(None) => break,
            Err(_) => {
                failed = Some("import-error-too-large");
                break;
            }
        }
    }
    let refuse = |key: &'static str| {
        let target = target.clone();
        async move {
            let _ = tokio::fs::remove_file(&target).await;
            back(key)
        }
    };
    if let Some(key) = failed {
        return refuse(key).await;
    }
    let Some(dataset) = dataset else { return refuse("import-iso-error-dataset").await };
    if size == 0 {
        return refuse("import-error-empty").await;
    }
    if Format::from_file_name(&name).is_none() {
        return refuse("import-iso-error-format").await;
    }
    let date = match date.trim() {
        "" => chrono::Utc::now().date_naive(),
        text => match chrono::NaiveDate::parse_from_str(text, "%Y-%m-%d") {
            Ok(date) => date,
            Err(_) => return refuse("import-iso-error-date").await,
        },
    };
    let stored = sqlx::query(
        "INSERT INTO iso_import (id, account_id, dataset, file_name, file_date, status, created_at) \
         VALUES ($1, $2, $3, $4, $5, 'checking', $6)",
    )
    .bind(&id)
    .bind(&user.id)
    .bind(dataset.slug())
    .bind(&name)
    .bind(date.to_string())
    .bind(stamp())
    .execute(&state.pool)
    .await;
    if stored.is_err() {
        return refuse("import-error-storage").await;
    }
    tokio::spawn(run(state.pool.clone(), id.clone(), true));
    Redirect::to(&format!("/import/iso/{id}")).into_response()
}

#[derive(sqlx::FromRow)]
struct Row {
    id: String,
    account_id: String,
    dataset: String,
    file_name: String,
    file_date: String,
    status: String,
    summary: Option<String>,
    error: Option<String>,
    created_at: String,
    applied_at: Option<String>,
}

async fn row(pool: &AnyPool, id: &str) -> Result<Row, AppError> {
    sqlx::query_as(
        "SELECT id, account_id, dataset, file_name, file_date, status, summary, error, created_at, applied_at \
         FROM iso_import WHERE id = $1",
    )
    .bind(id.trim())
    .fetch_optional(pool)
    .await?
    .ok_or(AppError::NotFound)
}

pub async fn view(pool: &AnyPool, id: &str) -> Result<IsoImportView, AppError> {
    let row = row(pool, id).await?;
    Ok(IsoImportView {
        dataset: Dataset::from_slug(&row.dataset).ok_or(AppError::NotFound)?,
        summary: row.summary.as_deref().and_then(|s| serde_json::from_str(s).ok()),
        id: row.id,
        file_name: row.file_name,
        file_date: row.file_date,
        status: row.status,
        error: row.error,
        created_at: row.created_at,
        applied_at: row.applied_at,
    })
}

/// Starts writing a checked file; refused unless the dry run found it readable and
/// changing something, and only once (the status moves from `checked` to `writing`
/// in one statement).
pub async fn confirm(pool: &AnyPool, id: &str) -> Result<(), AppError> {
    let view = view(pool, id).await?;
    if !view.can_apply() {
        return Err(AppError::InvalidInput("this file cannot be imported".into()));
    }
    let moved =
        sqlx::query("UPDATE iso_import SET status = 'writing', error = NULL WHERE id = $1 AND status = 'checked'")
            .bind(&view.id)
            .execute(pool)
            .await?
            .rows_affected();
    if moved == 1 {
        tokio::spawn(run(pool.clone(), view.id, false));
    }
    Ok(())
}

/// Reads the file and checks it (`dry_run`) or writes it, then records the outcome.
async fn run(pool: AnyPool, id: String, dry_run: bool) {
    let outcome = attempt(&pool, &id, dry_run).await;
    let (status, summary, error) = match outcome {
        Ok(summary) if dry_run => ("checked", Some(summary), None),
        Ok(summary) if summary.problems.is_empty() => ("applied", Some(summary), None),
        Ok(summary) => ("checked", Some(summary), Some("import-iso-error-changed")),
        Err(key) => (if dry_run { "failed" } else { "checked" }, None, Some(key)),
    };
    let summary = summary.and_then(|s| serde_json::to_string(&s).ok());
    let applied_at = (status == "applied").then(stamp);
    let keep_summary = "UPDATE iso_import SET status = $1, summary = COALESCE($2, summary), error = $3, \
         applied_at = $4 WHERE id = $5";
    let recorded = sqlx::query(keep_summary)
        .bind(status)
        .bind(summary)
        .bind(error)
        .bind(applied_at)
        .bind(&id)
        .execute(&pool)
        .await;
    if let Err(error) = recorded {
        tracing::error!(%error, import = %id, "could not record the outcome of an ISO Open Data import");
    }
    if status == "applied" || status == "failed" {
        let _ = tokio::fs::remove_file(path(&id)).await;
    }
}

async fn attempt(pool: &AnyPool, id: &str, dry_run: bool) -> Result<IsoSummary, &'static str> {
    let row = row(pool, id).await.map_err(|_| "import-error-storage")?;
    let dataset = Dataset::from_slug(&row.dataset).ok_or("import-error-storage")?;
    let format = Format::from_file_name(&row.file_name).ok_or("import-iso-error-format")?;
    let file = std::fs::File::open(path(id)).map_err(|_| "import-iso-error-gone")?;
    let read = tokio::task::spawn_blocking(move || iso::read(dataset, format, file))
        .await
        .map_err(|_| "import-error-storage")?;
    let begun = if dry_run { pool.begin().await } else { crate::db::begin_write(pool).await };
    let mut tx = begun.map_err(|_| "import-error-storage")?;
    let summary = iso::write(&mut tx, dataset, read, &row.file_date, &row.account_id, dry_run).await;
    let summary = summary.map_err(|error| {
        tracing::error!(%error, import = %id, "ISO Open Data import failed");
        "import-error-storage"
    })?;
    if dry_run || !summary.problems.is_empty() {
        tx.rollback().await.map_err(|_| "import-error-storage")?;
    } else {
        tx.commit().await.map_err(|_| "import-error-storage")?;
    }
    Ok(summary)
}
