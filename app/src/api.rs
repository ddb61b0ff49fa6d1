//! What every public API handler shares (`/api/v1/…`, server only): one error format,
//! CSV downloads.

use axum::Json;
use axum::response::{IntoResponse, Response};
use http::{HeaderMap, HeaderValue, StatusCode, header};

use crate::error::AppError;

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

pub fn csv_response(filename: &str, header_row: &[&str], rows: Vec<Vec<String>>, headers: &HeaderMap) -> Response {
    let mut writer = csv::Writer::from_writer(Vec::new());
    let written = std::iter::once(header_row.iter().map(|h| h.to_string()).collect::<Vec<_>>())
        .chain(rows)
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
