//! The daily fetch of ISO Open Data (`QUORUM_ISO_OPEN_DATA=fetch`): ISO's latest
//! committees file (CSV) and deliverables file (JSON Lines), asked for with the ETag and
//! date of the last answer, so an unchanged file is not downloaded again; a new file is
//! streamed to the temporary directory and imported like `server import-iso-open-data`
//! (one transaction per file, dated by its `Last-Modified`). A failed fetch or import
//! changes no record; it is logged and shown in `/readyz`'s detail until a later fetch
//! works. Off by default, and never run by the tests against ISO.

use std::time::Duration;

use app::import::iso::Dataset;
use app::iso_open_data::Format;
use http::{StatusCode, header};
use http_body_util::{BodyExt, Empty};
use hyper_util::client::legacy::Client;
use hyper_util::rt::TokioExecutor;
use sqlx::AnyPool;
use tokio::io::AsyncWriteExt;

/// How long a fetch may take, whole (ISO's deliverables file is tens of megabytes).
const FETCH_TIMEOUT: Duration = Duration::from_secs(600);
const DAY: Duration = Duration::from_secs(24 * 60 * 60);

/// ISO's address of a dataset's latest file under `base`, and its format.
pub fn url(base: &str, dataset: Dataset) -> (String, Format) {
    let name = dataset.name();
    match dataset {
        Dataset::Committees => (format!("{base}/{name}/csv/{name}.csv"), Format::Csv),
        Dataset::Deliverables => (format!("{base}/{name}/json/{name}.jsonl"), Format::JsonLines),
    }
}

/// Fetches and imports both files once a day, the first time right away.
pub async fn daily(pool: AnyPool, base: String) {
    loop {
        for (dataset, outcome) in fetch_all(&pool, &base).await {
            match outcome {
                Ok(message) => tracing::info!(dataset = dataset.name(), "ISO Open Data: {message}"),
                Err(error) => tracing::error!(dataset = dataset.name(), %error, "ISO Open Data fetch failed"),
            }
        }
        tokio::time::sleep(DAY).await;
    }
}

/// Fetches each dataset under `base` (committees first: deliverables name them) and
/// imports what changed; what happened to each, in words for the log.
pub async fn fetch_all(pool: &AnyPool, base: &str) -> Vec<(Dataset, Result<String, String>)> {
    let mut outcomes = Vec::new();
    for dataset in Dataset::ALL {
        let outcome = match tokio::time::timeout(FETCH_TIMEOUT, fetch(pool, base, dataset)).await {
            Ok(outcome) => outcome,
            Err(_) => Err(format!("no complete answer within {} s", FETCH_TIMEOUT.as_secs())),
        };
        let now = app::records::ssr::stamp();
        let error = outcome.as_ref().err().cloned();
        let recorded = sqlx::query(
            "INSERT INTO iso_fetch (dataset, checked_at, error) VALUES ($1, $2, $3) \
             ON CONFLICT (dataset) DO UPDATE SET checked_at = excluded.checked_at, error = excluded.error",
        )
        .bind(dataset.slug())
        .bind(&now)
        .bind(error)
        .execute(pool)
        .await;
        if let Err(error) = recorded {
            tracing::error!(%error, "cannot record the ISO Open Data fetch");
        }
        outcomes.push((dataset, outcome));
    }
    outcomes
}

async fn fetch(pool: &AnyPool, base: &str, dataset: Dataset) -> Result<String, String> {
    let (url, format) = url(base, dataset);
    let seen: Option<(Option<String>, Option<String>)> =
        sqlx::query_as("SELECT etag, last_modified FROM iso_fetch WHERE dataset = $1")
            .bind(dataset.slug())
            .fetch_optional(pool)
            .await
            .map_err(|e| e.to_string())?;
    let (etag, last_modified) = seen.unwrap_or_default();
    let https = hyper_rustls::HttpsConnectorBuilder::new().with_webpki_roots().https_or_http().enable_http1().build();
    let client: Client<_, Empty<axum::body::Bytes>> = Client::builder(TokioExecutor::new()).build(https);
    let mut request = http::Request::get(&url).header(header::USER_AGENT, "Quorum (ISO Open Data daily fetch)");
    if let Some(etag) = &etag {
        request = request.header(header::IF_NONE_MATCH, etag);
    }
    if let Some(date) = &last_modified {
        request = request.header(header::IF_MODIFIED_SINCE, date);
    }
    let request = request.body(Empty::new()).map_err(|e| e.to_string())?;
    let response = client.request(request).await.map_err(|e| format!("{url}: {e}"))?;
    match response.status() {
        StatusCode::NOT_MODIFIED => return Ok("unchanged since the last fetch".into()),
        StatusCode::OK => {}
        status => return Err(format!("{url} answered {status}")),
    }
    let header_text = |name| response.headers().get(name).and_then(|v| v.to_str().ok()).map(str::to_string);
    let (new_etag, new_modified) = (header_text(header::ETAG), header_text(header::LAST_MODIFIED));
    let file_date = new_modified
        .as_deref()
        .and_then(|d| chrono::DateTime::parse_from_rfc2822(d).ok())
        .map_or_else(|| chrono::Utc::now().date_naive(), |d| d.date_naive());

    // The body, streamed to a file: it can be larger than is comfortable in memory.
    let path = std::env::temp_dir().join(format!("quorum-iso-fetch-{}", dataset.slug()));
    let mut file = tokio::fs::File::create(&path).await.map_err(|e| e.to_string())?;
    let mut body = response.into_body();
    while let Some(frame) = body.frame().await {
        let frame = frame.map_err(|e| format!("{url}: {e}"))?;
        if let Some(data) = frame.data_ref() {
            file.write_all(data).await.map_err(|e| e.to_string())?;
        }
    }
    file.flush().await.map_err(|e| e.to_string())?;
    drop(file);

    let imported = import(pool, dataset, format, &path, file_date).await;
    let _ = tokio::fs::remove_file(&path).await;
    let summary = imported?;
    sqlx::query(
        "INSERT INTO iso_fetch (dataset, etag, last_modified, imported_at) VALUES ($1, $2, $3, $4) \
         ON CONFLICT (dataset) DO UPDATE SET etag = excluded.etag, last_modified = excluded.last_modified, \
         imported_at = excluded.imported_at",
    )
    .bind(dataset.slug())
    .bind(new_etag)
    .bind(new_modified)
    .bind(app::records::ssr::stamp())
    .execute(pool)
    .await
    .map_err(|e| e.to_string())?;
    Ok(format!("{} records read, {} written", summary.read, summary.writes()))
}

/// Imports a downloaded file in one transaction; a file with unreadable lines writes
/// nothing and is an error.
async fn import(
    pool: &AnyPool,
    dataset: Dataset,
    format: Format,
    path: &std::path::Path,
    date: chrono::NaiveDate,
) -> Result<app::import::iso::IsoSummary, String> {
    use app::import::ssr::iso;
    let file = std::fs::File::open(path).map_err(|e| e.to_string())?;
    let read =
        tokio::task::spawn_blocking(move || iso::read(dataset, format, file)).await.map_err(|e| e.to_string())?;
    let mut tx = app::db::begin_write(pool).await.map_err(|e| e.to_string())?;
    let summary = iso::write(&mut tx, dataset, read, &date.to_string(), "", false).await.map_err(|e| e.to_string())?;
    if let Some((line, why)) = summary.problems.first() {
        tx.rollback().await.map_err(|e| e.to_string())?;
        return Err(format!("{} unreadable lines, nothing written (line {line}: {why})", summary.problems.len()));
    }
    tx.commit().await.map_err(|e| e.to_string())?;
    Ok(summary)
}

/// What `/readyz` adds: the datasets whose last fetch failed, and why.
pub async fn problems(pool: &AnyPool) -> Vec<String> {
    let rows: Vec<(String, Option<String>, Option<String>)> =
        sqlx::query_as("SELECT dataset, checked_at, error FROM iso_fetch WHERE error IS NOT NULL ORDER BY dataset")
            .fetch_all(pool)
            .await
            .unwrap_or_default();
    rows.into_iter()
        .map(|(dataset, at, error)| {
            format!(
                "ISO Open Data {dataset}: the fetch of {} failed: {}",
                at.unwrap_or_default(),
                error.unwrap_or_default()
            )
        })
        .collect()
}
