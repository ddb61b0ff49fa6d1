//! What every public API handler shares (`/api/v1/…`, server only): one error format,
//! the JSON envelope with the licence note and pagination, CSV downloads.

use axum::Json;
use axum::response::{IntoResponse, Response};
use http::{HeaderMap, HeaderValue, StatusCode, header};

use crate::error::AppError;

/// The attribution every export carries (JSON `licence`, CSV `licence` column).
pub const LICENCE: &str = "Quorum open data: reuse it with attribution to Quorum and to the source named on each \
     value (iso.org member pages; ISO Open Data, ODC-By 1.0; CIA World Factbook, public domain; Wikipedia, CC BY-SA; \
     Unicode CLDR, Unicode License v3; national bodies' catalogues; Quorum coordinators' edits). Details: /developers";

/// `page` and `per_page` of a list that can grow (1-based; 50 per page unless asked,
/// at most 500).
#[derive(Clone, Debug, Default, serde::Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
#[serde(default)]
pub struct PageQuery {
    /// The page, from 1.
    pub page: Option<String>,
    /// Items per page, 1 to 500 (default 50).
    pub per_page: Option<String>,
}

pub const DEFAULT_PER_PAGE: usize = 50;
pub const MAX_PER_PAGE: usize = 500;

/// Where a page sits in its list.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
pub struct Pagination {
    pub page: usize,
    pub per_page: usize,
    pub total: usize,
    pub pages: usize,
}

impl PageQuery {
    /// The requested page of `items`; a page or size that is not a number in range is
    /// refused (a page past the end is empty).
    pub fn slice<T>(&self, items: Vec<T>) -> Result<(Vec<T>, Pagination), AppError> {
        let number = |value: &Option<String>, default: usize, max: usize| match value.as_deref().map(str::trim) {
            None | Some("") => Ok(default),
            Some(text) => text
                .parse::<usize>()
                .ok()
                .filter(|n| (1..=max).contains(n))
                .ok_or_else(|| AppError::InvalidInput(format!("expected a number from 1 to {max}, got `{text}`"))),
        };
        let page = number(&self.page, 1, 1_000_000)?;
        let per_page = number(&self.per_page, DEFAULT_PER_PAGE, MAX_PER_PAGE)?;
        let total = items.len();
        let rows = items.into_iter().skip((page - 1).saturating_mul(per_page)).take(per_page).collect();
        Ok((rows, Pagination { page, per_page, total, pages: total.div_ceil(per_page) }))
    }
}

/// Every JSON answer of the data API: `{"data": …, "licence": …}`, with `pagination`
/// for a paged list.
pub fn json_response(data: impl serde::Serialize, pagination: Option<Pagination>) -> Response {
    let mut body = serde_json::json!({ "data": data, "licence": LICENCE });
    if let Some(pagination) = pagination {
        body["pagination"] = serde_json::json!(pagination);
    }
    Json(body).into_response()
}

/// `{"error": {"code", "message"}}` with the error's status, the message in the
/// requester's language (`Accept-Language`).
pub fn error_response(error: &AppError, headers: &HeaderMap) -> Response {
    let code = match error {
        AppError::NotFound => "not_found",
        AppError::InvalidInput(_) => "invalid_input",
        _ => "server_error",
    };
    let status = StatusCode::from_u16(error.status()).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
    let accept = headers.get(header::ACCEPT_LANGUAGE).and_then(|v| v.to_str().ok());
    let locale = crate::i18n::negotiate(None, None, accept);
    let body = serde_json::json!({ "error": { "code": code, "message": error.message(locale) } });
    (status, Json(body)).into_response()
}

/// A CSV download: the header row, then the rows, each ending with the `licence` column.
pub fn csv_response(filename: &str, header_row: &[&str], rows: Vec<Vec<String>>, headers: &HeaderMap) -> Response {
    let mut writer = csv::Writer::from_writer(Vec::new());
    let header: Vec<String> = header_row.iter().map(|h| h.to_string()).chain(["licence".to_string()]).collect();
    let written = std::iter::once(header)
        .chain(rows.into_iter().map(|mut row| {
            row.push(LICENCE.to_string());
            row
        }))
        .try_for_each(|row| writer.write_record(&row));
    match (written, writer.into_inner()) {
        (Ok(()), Ok(bytes)) => {
            let mut response = bytes.into_response();
            let headers = response.headers_mut();
            headers.insert(header::CONTENT_TYPE, HeaderValue::from_static("text/csv; charset=utf-8"));
            if let Ok(value) = HeaderValue::from_str(&format!("attachment; filename=\"{filename}\"")) {
                headers.insert(header::CONTENT_DISPOSITION, value);
            }
            response
        }
        _ => error_response(&AppError::Storage, headers),
    }
}

pub fn cell(value: Option<&str>) -> String {
    value.unwrap_or_default().to_string()
}

/// When the data last changed: the latest audited change, or this process's start (the
/// seed is imported at start), whichever is later; whole seconds, as HTTP dates are.
async fn last_change(pool: &sqlx::AnyPool) -> Option<chrono::DateTime<chrono::Utc>> {
    use std::sync::OnceLock;
    static STARTED: OnceLock<chrono::DateTime<chrono::Utc>> = OnceLock::new();
    let started = *STARTED.get_or_init(chrono::Utc::now);
    let latest: Option<(Option<String>,)> =
        sqlx::query_as("SELECT MAX(at) FROM audit_log").fetch_optional(pool).await.ok().flatten();
    let audited = latest
        .and_then(|(at,)| at)
        .and_then(|at| chrono::DateTime::parse_from_rfc3339(&at).ok())
        .map(|at| at.with_timezone(&chrono::Utc));
    let when = audited.map_or(started, |at| at.max(started));
    chrono::DateTime::from_timestamp(when.timestamp(), 0)
}

const HTTP_DATE: &str = "%a, %d %b %Y %H:%M:%S GMT";

/// Conditional GETs for the public data API: every successful answer carries a strong
/// `ETag` (a hash of its bytes), `Last-Modified` and `Cache-Control: no-cache`; a
/// request whose `If-None-Match` (or, without one, `If-Modified-Since`) still matches
/// gets `304 Not Modified` without a body.
pub async fn conditional_get(
    axum::extract::State(state): axum::extract::State<crate::state::AppState>,
    request: axum::extract::Request,
    next: axum::middleware::Next,
) -> Response {
    use sha2::Digest;
    if !matches!(*request.method(), http::Method::GET | http::Method::HEAD) {
        return next.run(request).await;
    }
    let if_none_match: Option<String> =
        request.headers().get(header::IF_NONE_MATCH).and_then(|v| v.to_str().ok()).map(str::to_string);
    let if_modified_since: Option<String> =
        request.headers().get(header::IF_MODIFIED_SINCE).and_then(|v| v.to_str().ok()).map(str::to_string);
    let response = next.run(request).await;
    if response.status() != StatusCode::OK {
        return response;
    }
    let (mut parts, body) = response.into_parts();
    let Ok(bytes) = axum::body::to_bytes(body, 64 * 1024 * 1024).await else {
        return StatusCode::INTERNAL_SERVER_ERROR.into_response();
    };
    let etag = format!("\"{}\"", &hex::encode(sha2::Sha256::digest(&bytes))[..32]);
    let modified = last_change(&state.pool).await;
    let unchanged = match (&if_none_match, &if_modified_since) {
        (Some(tags), _) => tags.split(',').map(|t| t.trim().trim_start_matches("W/")).any(|t| t == etag || t == "*"),
        (None, Some(since)) => chrono::NaiveDateTime::parse_from_str(since.trim(), HTTP_DATE)
            .ok()
            .zip(modified)
            .is_some_and(|(since, modified)| modified.naive_utc() <= since),
        (None, None) => false,
    };
    let headers = &mut parts.headers;
    if let Ok(value) = HeaderValue::from_str(&etag) {
        headers.insert(header::ETAG, value);
    }
    if let Some(value) = modified.and_then(|m| HeaderValue::from_str(&m.format(HTTP_DATE).to_string()).ok()) {
        headers.insert(header::LAST_MODIFIED, value);
    }
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("public, no-cache"));
    if unchanged {
        parts.status = StatusCode::NOT_MODIFIED;
        parts.headers.remove(header::CONTENT_LENGTH);
        return Response::from_parts(parts, axum::body::Body::empty());
    }
    Response::from_parts(parts, axum::body::Body::from(bytes))
}
