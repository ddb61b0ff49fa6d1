//! Request ids in the logs: every request gets an `x-request-id` (kept from a proxy that
//! set one, otherwise a new UUID; `tower_http::request_id`, layered in `router`), echoed
//! in the response, and each request's log span names it.

use axum::extract::Request;

/// The span a request's log lines are in: its id, method and path (never the query,
/// which may hold what someone typed).
pub fn request_span(request: &Request) -> tracing::Span {
    let id = request.headers().get("x-request-id").and_then(|v| v.to_str().ok()).unwrap_or_default();
    tracing::info_span!("request", %id, method = %request.method(), path = %request.uri().path())
}
