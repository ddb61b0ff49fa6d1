//! The letter composer's POSTs, turned into the GETs their pages answer.

use axum::body::Body;
use axum::extract::Request;
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use http::{StatusCode, header};

use super::body_limit::{MAX_FORM_BYTES, body_too_large};

/// The composer's forms are POSTs, so that what a writer types never enters an address,
/// a history or a log (`app::pages::letters`). This turns one into the GET its page
/// answers: the choices become the query, the writer's details ride along in the
/// request's extensions (`PostedDetails`); the request span records the path only.
/// The page cache keeps a composer page only when no details came with it.
pub async fn letter_posts(request: Request, next: Next) -> Response {
    let path = request.uri().path();
    if request.method() != http::Method::POST
        || !matches!(path, "/letters/new" | "/letters/print" | "/letters/letter.txt")
    {
        return next.run(request).await;
    }
    let (mut parts, body) = request.into_parts();
    let Ok(bytes) = axum::body::to_bytes(body, MAX_FORM_BYTES).await else {
        return body_too_large(&parts);
    };
    let (query, details) = app::letters::form::split_posted(&String::from_utf8_lossy(&bytes));
    let path = parts.uri.path().to_string();
    let uri = if query.is_empty() { path } else { format!("{path}?{query}") };
    let Ok(uri) = uri.parse() else { return StatusCode::BAD_REQUEST.into_response() };
    parts.uri = uri;
    parts.method = http::Method::GET;
    parts.headers.remove(header::CONTENT_TYPE);
    parts.headers.remove(header::CONTENT_LENGTH);
    parts.extensions.insert(details);
    next.run(Request::from_parts(parts, Body::empty())).await
}
