//! Writes from this site only.

use axum::body::Body;
use axum::extract::Request;
use axum::middleware::Next;
use axum::response::Response;
use http::{HeaderValue, StatusCode, header};

/// Refuses state-changing requests (anything but GET, HEAD, OPTIONS) that a browser sent
/// from another site: the `Origin` must name this host, and `Sec-Fetch-Site`, when sent,
/// must not say cross-site. Requests from non-browser clients carry neither header and
/// pass; they cannot ride on a visitor's cookies.
pub async fn same_origin_writes(request: Request, next: Next) -> Response {
    use http::Method;
    if matches!(*request.method(), Method::GET | Method::HEAD | Method::OPTIONS) {
        return next.run(request).await;
    }
    let headers = request.headers();
    let host = headers.get(header::HOST).and_then(|v| v.to_str().ok()).unwrap_or_default().to_ascii_lowercase();
    let origin_ok = match headers.get(header::ORIGIN).map(|v| v.to_str().unwrap_or("null")) {
        Some(origin) => origin
            .split_once("://")
            .map(|(_, authority)| authority.trim_end_matches('/').to_ascii_lowercase())
            .is_some_and(|authority| !host.is_empty() && authority == host),
        None => true,
    };
    let fetch_site_ok = headers
        .get("sec-fetch-site")
        .and_then(|v| v.to_str().ok())
        .is_none_or(|site| matches!(site, "same-origin" | "none"));
    if origin_ok && fetch_site_ok {
        return next.run(request).await;
    }
    let (parts, _body) = request.into_parts();
    let (locale, _) = app::i18n::ssr::locale_from_request(&parts);
    tracing::warn!(path = %parts.uri.path(), "cross-origin write refused");
    let mut response = Response::new(Body::from(locale.t("error-cross-origin")));
    *response.status_mut() = StatusCode::FORBIDDEN;
    response.headers_mut().insert(header::CONTENT_TYPE, HeaderValue::from_static("text/plain; charset=utf-8"));
    response
}
