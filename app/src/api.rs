//! What every public API handler shares (`/api/v1/…`, server only): one error format,
//! the JSON envelope with the licence note and pagination, CSV downloads.

use axum::Json;
use axum::response::{IntoResponse, Response};
use http::{HeaderMap, HeaderValue, StatusCode, header};

use crate::error::AppError;
use crate::i18n::Locale;

/// The attribution every export carries (JSON `licence`, CSV `licence` column).
pub const LICENCE: &str = "Quorum open data: reuse it with attribution to Quorum and to the source named on each \
     value (iso.org member pages; ISO Open Data, ODC-By 1.0; CIA World Factbook, public domain; Wikipedia, CC BY-SA; \
     Unicode CLDR, Unicode License v3; national bodies' catalogues; Quorum coordinators' edits). Details: /developers";

/// `page` and `per_page` of a list that can grow (1-based; 50 per page unless asked,
/// at most 500; blank is the default). Read as text, so that a value out of range gets
/// the API's own error.
#[derive(Clone, Debug, Default, serde::Deserialize)]
#[serde(default)]
pub struct PageQuery {
    pub page: Option<String>,
    pub per_page: Option<String>,
}

pub const DEFAULT_PER_PAGE: usize = 50;
pub const MAX_PER_PAGE: usize = 500;
/// The highest page number taken.
const MAX_PAGE: usize = 1_000_000;

/// Any run of what the API trims from a parameter before reading it (Rust's
/// `char::is_whitespace`), as a pattern.
pub const TRIMMED: &str = r"[\t\n\u000B\f\r \u0085\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]*";

impl utoipa::IntoParams for PageQuery {
    fn into_params(
        _: impl Fn() -> Option<utoipa::openapi::path::ParameterIn>,
    ) -> Vec<utoipa::openapi::path::Parameter> {
        use utoipa::openapi::schema::{AnyOfBuilder, ObjectBuilder, Schema, Type};
        // A number in range, or blank for the default.
        let number = |max: usize| {
            let number = ObjectBuilder::new().schema_type(Type::Integer).minimum(Some(1)).maximum(Some(max));
            let blank = ObjectBuilder::new()
                .schema_type(Type::String)
                .pattern(Some(format!("^{TRIMMED}$")))
                .description(Some("Blank: the default"));
            Schema::AnyOf(AnyOfBuilder::new().item(number).item(blank).build())
        };
        vec![
            query_param("page", "The page, from 1 (a page past the end is empty).", number(MAX_PAGE), Some(1)),
            query_param(
                "per_page",
                &format!("Items per page, 1 to {MAX_PER_PAGE} (default {DEFAULT_PER_PAGE})."),
                number(MAX_PER_PAGE),
                Some(DEFAULT_PER_PAGE),
            ),
        ]
    }
}

/// Where a page sits in its list.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, utoipa::ToSchema)]
pub struct Pagination {
    /// This page, from 1.
    pub page: usize,
    pub per_page: usize,
    /// Items in the whole list.
    pub total: usize,
    /// Pages in the whole list (0 when it is empty).
    pub pages: usize,
}

/// The documented body of a JSON answer: `{"data": …, "licence": …}`, and `pagination` for
/// a paged list (`Pagination` after the data's type). [`json_response`] writes them; these
/// types only describe them in the OpenAPI document (one per answer, so that each has a
/// name there).
macro_rules! envelope {
    ($(#[$meta:meta])* $name:ident, $data:ty $(, $pagination:ident)?) => {
        $(#[$meta])*
        #[derive(utoipa::ToSchema)]
        #[allow(dead_code)]
        pub struct $name {
            pub data: $data,
            /// The terms of reuse: attribution to Quorum and to each value's source.
            pub licence: String,
            $(pub pagination: $crate::api::$pagination,)?
        }
    };
}
pub(crate) use envelope;

pub use crate::error::{ApiError, ApiErrorDetail, ErrorCode, FieldError};

/// The language of the API's messages: the `Accept-Language` header's, else English.
pub fn asker_locale(headers: &HeaderMap) -> Locale {
    let accept = headers.get(header::ACCEPT_LANGUAGE).and_then(|v| v.to_str().ok());
    crate::i18n::negotiate(None, None, accept)
}

/// `{"error": {"code", "message"}}` with the error's status, the message in the
/// requester's language (`Accept-Language`). Under `/api/v1` a handler returns the
/// [`AppError`] itself and [`translate_errors`] does this; other routes call it.
pub fn error_response(error: &AppError, headers: &HeaderMap) -> Response {
    error.api_response(asker_locale(headers))
}

/// The `/api/v1` router's layer that puts an error's message in the asker's language:
/// an [`AppError`] answers in English and leaves itself in the response's extensions
/// (it has no request to negotiate with); here it is rendered again for the request.
pub async fn translate_errors(request: axum::extract::Request, next: axum::middleware::Next) -> Response {
    let locale = asker_locale(request.headers());
    let mut response = next.run(request).await;
    match response.extensions_mut().remove::<AppError>() {
        Some(error) => {
            let (parts, _) = response.into_parts();
            let (_, body) = error.api_response(locale).into_parts();
            Response::from_parts(parts, body)
        }
        None => response,
    }
}

/// The data API's extractors: axum's, except that a value that does not fit the
/// parameters (the same query parameter twice, a path segment of percent-encoded bytes
/// that are not UTF-8) is answered like any other invalid input: `400` in the API's
/// error format.
macro_rules! api_extractor {
    ($(#[$meta:meta])* $name:ident, $axum:ident, $($bound:tt)+) => {
        $(#[$meta])*
        pub struct $name<T>(pub T);

        impl<T, S> axum::extract::FromRequestParts<S> for $name<T>
        where
            T: $($bound)+,
            S: Send + Sync,
        {
            type Rejection = AppError;

            async fn from_request_parts(parts: &mut http::request::Parts, state: &S) -> Result<Self, AppError> {
                let axum::extract::$axum(value) = axum::extract::$axum::<T>::from_request_parts(parts, state)
                    .await
                    .map_err(|rejection| AppError::InvalidInput(rejection.body_text()))?;
                Ok($name(value))
            }
        }
    };
}

api_extractor!(
    /// The query string, read into `T`.
    ApiQuery,
    Query,
    serde::de::DeserializeOwned
);
api_extractor!(
    /// The path's parameters, read into `T`.
    ApiPath,
    Path,
    serde::de::DeserializeOwned + Send
);

/// The schema of a query parameter whose known values are `values` and which takes any
/// other text too, as the pages do (`otherwise` says what that does): `anyOf` the values
/// and any string, so the document lists the values and stays true for the others.
pub fn open_enum(values: &[&str], otherwise: &str) -> utoipa::openapi::schema::Schema {
    use utoipa::openapi::schema::{AnyOfBuilder, ObjectBuilder, Schema, Type};
    let known = ObjectBuilder::new().schema_type(Type::String).enum_values(Some(values.iter().copied()));
    let other = ObjectBuilder::new().schema_type(Type::String).description(Some(otherwise));
    Schema::AnyOf(AnyOfBuilder::new().item(known).item(other).build())
}

/// A string that is one of `values`, nothing else.
pub fn closed_enum<'a>(values: impl IntoIterator<Item = &'a str>) -> utoipa::openapi::schema::Schema {
    use utoipa::openapi::schema::{ObjectBuilder, Schema, Type};
    Schema::Object(ObjectBuilder::new().schema_type(Type::String).enum_values(Some(values)).build())
}

/// An optional query parameter with its description, schema and an example (which the
/// project's fuzz run uses, so examples name real records).
pub fn query_param(
    name: &str,
    description: &str,
    schema: impl Into<utoipa::openapi::RefOr<utoipa::openapi::schema::Schema>>,
    example: Option<impl Into<serde_json::Value>>,
) -> utoipa::openapi::path::Parameter {
    use utoipa::openapi::path::{ParameterBuilder, ParameterIn};
    ParameterBuilder::new()
        .name(name)
        .parameter_in(ParameterIn::Query)
        .description(Some(description))
        .required(utoipa::openapi::Required::False)
        .schema(Some(schema))
        .example(example.map(Into::into))
        .build()
}

impl PageQuery {
    /// The requested page of `items`; a page or size that is not a number in range is
    /// refused (a page past the end is empty).
    pub fn slice<T>(&self, items: Vec<T>) -> Result<(Vec<T>, Pagination), AppError> {
        let (page, per_page) = self.numbers()?;
        let total = items.len();
        let rows = items.into_iter().skip((page - 1).saturating_mul(per_page)).take(per_page).collect();
        Ok((rows, Pagination { page, per_page, total, pages: total.div_ceil(per_page) }))
    }

    /// The page and page size asked for (defaults for blanks); out of range is refused.
    pub fn numbers(&self) -> Result<(usize, usize), AppError> {
        let number = |value: &Option<String>, default: usize, max: usize| match value.as_deref().map(str::trim) {
            None | Some("") => Ok(default),
            Some(text) => text
                .parse::<usize>()
                .ok()
                .filter(|n| (1..=max).contains(n))
                .ok_or_else(|| AppError::InvalidInput(format!("expected a number from 1 to {max}, got `{text}`"))),
        };
        Ok((number(&self.page, 1, MAX_PAGE)?, number(&self.per_page, DEFAULT_PER_PAGE, MAX_PER_PAGE)?))
    }

    /// The requested page of `items` as the API's JSON answer, with its `pagination`.
    pub fn json<T: serde::Serialize>(&self, items: Vec<T>) -> Result<Response, AppError> {
        let (rows, pagination) = self.slice(items)?;
        Ok(json_response(rows, Some(pagination)))
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

/// A CSV download: the header row, then the rows, each ending with the `licence` column.
pub fn csv_response(filename: &str, header_row: &[&str], rows: Vec<Vec<String>>) -> Result<Response, AppError> {
    let mut writer = csv::Writer::from_writer(Vec::new());
    let header: Vec<String> = header_row.iter().map(|h| h.to_string()).chain(["licence".to_string()]).collect();
    let written = std::iter::once(header)
        .chain(rows.into_iter().map(|mut row| {
            row.push(LICENCE.to_string());
            row
        }))
        .try_for_each(|row| {
            row.iter().try_for_each(|cell| writer.write_field(spreadsheet_safe(cell).as_bytes()))?;
            writer.write_record(None::<&[u8]>)
        });
    match (written, writer.into_inner()) {
        (Ok(()), Ok(bytes)) => Ok(attachment(bytes, "text/csv; charset=utf-8", filename)),
        _ => Err(AppError::Storage),
    }
}

/// A file to download: `body` with its `Content-Type`, saved as `filename`.
pub fn attachment(body: impl IntoResponse, content_type: &'static str, filename: &str) -> Response {
    let mut response = body.into_response();
    let headers = response.headers_mut();
    headers.insert(header::CONTENT_TYPE, HeaderValue::from_static(content_type));
    if let Ok(value) = HeaderValue::from_str(&format!("attachment; filename=\"{filename}\"")) {
        headers.insert(header::CONTENT_DISPOSITION, value);
    }
    response
}

/// What a spreadsheet takes for the start of a formula (OWASP, "CSV Injection").
const FORMULA_STARTS: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

/// A CSV cell as Quorum writes it: a value a spreadsheet would run as a formula
/// (`=HYPERLINK(…)`, `+SUM(…)`, `@…`, `-2+3`, a leading tab or carriage return) gets a
/// leading apostrophe, which spreadsheets read as "this is text"; so does a value that
/// already starts with such an apostrophe. [`from_spreadsheet_safe`] undoes it exactly,
/// so an export imports back unchanged.
pub fn spreadsheet_safe(cell: &str) -> std::borrow::Cow<'_, str> {
    if cell.starts_with(FORMULA_STARTS) || looks_guarded(cell) {
        std::borrow::Cow::Owned(format!("'{cell}"))
    } else {
        std::borrow::Cow::Borrowed(cell)
    }
}

/// The value of a cell [`spreadsheet_safe`] wrote (any other cell is left as it is).
pub fn from_spreadsheet_safe(cell: &str) -> &str {
    if looks_guarded(cell) { &cell[1..] } else { cell }
}

/// An apostrophe followed by a formula start or another apostrophe.
fn looks_guarded(cell: &str) -> bool {
    cell.strip_prefix('\'').is_some_and(|rest| rest.starts_with('\'') || rest.starts_with(FORMULA_STARTS))
}

/// A CSV row that says what the JSON answer says: each column's cell is the `record`'s
/// field of that name as it serialises, or the value `also` gives it (the parent's key, a
/// column only the CSV has); `null` is a blank cell. A column without a value is a bug,
/// logged and answered 500.
pub fn csv_row(
    record: impl serde::Serialize,
    also: &[(&str, Option<&str>)],
    columns: &[&str],
) -> Result<Vec<String>, AppError> {
    use serde_json::Value;
    let Ok(Value::Object(mut fields)) = serde_json::to_value(record) else {
        tracing::error!("a CSV record that is not a JSON object");
        return Err(AppError::Storage);
    };
    fields.extend(also.iter().map(|(name, value)| (name.to_string(), Value::from(*value))));
    let cell = |column: &&str| match fields.get(*column) {
        Some(Value::String(text)) => Ok(text.clone()),
        Some(Value::Null) => Ok(String::new()),
        Some(value @ (Value::Number(_) | Value::Bool(_))) => Ok(value.to_string()),
        _ => {
            tracing::error!(column, "a CSV column without a value");
            Err(AppError::Storage)
        }
    };
    columns.iter().map(cell).collect()
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

/// The query parameters an endpoint documents (`P`) and the ones its filter type `T`
/// reads, by name; a test of each endpoint checks them (`documented ⊆ read`, or equal).
#[cfg(test)]
pub fn documented_and_read_params<P: utoipa::IntoParams, T: serde::Serialize + Default>() -> (Vec<String>, Vec<String>)
{
    let mut documented: Vec<String> = P::into_params(|| None).into_iter().map(|p| p.name).collect();
    let read = serde_json::to_value(T::default()).ok();
    let mut read: Vec<String> =
        read.as_ref().and_then(|v| v.as_object()).map(|o| o.keys().cloned().collect()).unwrap_or_default();
    documented.sort();
    read.sort();
    (documented, read)
}

#[cfg(test)]
mod spreadsheet_tests {
    use super::*;

    #[test]
    fn formulas_reach_spreadsheets_as_text_and_come_back_unchanged() {
        for (value, written) in [
            ("=HYPERLINK(\"http://evil\",\"x\")", "'=HYPERLINK(\"http://evil\",\"x\")"),
            ("+SUM(1+1)", "'+SUM(1+1)"),
            ("@SUM(1+1)", "'@SUM(1+1)"),
            ("-2+3", "'-2+3"),
            ("\t=1", "'\t=1"),
            ("\r=1", "'\r=1"),
            ("'=1", "''=1"),
            ("''", "'''"),
            ("'s-Hertogenbosch", "'s-Hertogenbosch"),
            ("ABNT", "ABNT"),
            ("", ""),
        ] {
            assert_eq!(spreadsheet_safe(value), written);
            assert_eq!(from_spreadsheet_safe(written), value);
        }
        let starts = ["=", "+", "-", "@", "'", "''", "\t", ""];
        let mut hostile = crate::hostile::Hostile::new(11);
        for i in 0..2_000 {
            let value = format!("{}{}", starts[i % starts.len()], hostile.string(3));
            let written = spreadsheet_safe(&value);
            assert!(!written.starts_with(FORMULA_STARTS), "{written:?}");
            assert_eq!(from_spreadsheet_safe(&written), value);
        }
    }
}
