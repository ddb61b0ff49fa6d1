//! The headers every response carries: security policy, caching, HSTS over HTTPS.

use axum::extract::Request;
use axum::middleware::Next;
use axum::response::Response;
use http::{HeaderValue, header};

/// The security headers of `app::security` on every response: pages carry their own
/// nonce policy; anything else gets one that allows nothing.
pub async fn security_headers(request: Request, next: Next) -> Response {
    let https = app::security::forwarded_https(request.headers());
    let (parts, body) = request.into_parts();
    let signed_in = app::auth::ssr::session_token(&parts).is_some();
    let (cache_control, vary) = app::security::cache_headers(parts.uri.path(), signed_in);
    let mut response = next.run(Request::from_parts(parts, body)).await;
    let headers = response.headers_mut();
    if let Some(value) = cache_control {
        headers.insert(header::CACHE_CONTROL, HeaderValue::from_static(value));
    }
    // An answer that sets a cookie (a language choice, a form's error) is for this
    // browser alone.
    if headers.contains_key(header::SET_COOKIE) {
        headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    }
    headers.append(header::VARY, HeaderValue::from_static(vary));
    if !headers.contains_key(header::CONTENT_SECURITY_POLICY) {
        headers.insert(header::CONTENT_SECURITY_POLICY, HeaderValue::from_static(app::security::NON_PAGE_POLICY));
    }
    for (name, value) in app::security::COMMON_HEADERS {
        headers.insert(name, HeaderValue::from_static(value));
    }
    if https {
        headers.insert(header::STRICT_TRANSPORT_SECURITY, HeaderValue::from_static(app::security::HSTS));
    }
    response
}
