//! Small bodies: forms and server functions are small, so a larger body is refused with
//! 413 before anything reads it.

use axum::body::Body;
use axum::extract::Request;
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use http::{StatusCode, header};

/// The largest request body anything but the spreadsheet upload accepts.
pub const MAX_FORM_BYTES: usize = 256 * 1024;

/// Reads a request's body up to [`MAX_FORM_BYTES`] before anything else does: a larger
/// one (whether announced by `Content-Length` or streamed) is answered 413 and never
/// reaches a handler.
pub async fn small_bodies(request: Request, next: Next) -> Response {
    let announced = request
        .headers()
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<usize>().ok());
    let (parts, body) = request.into_parts();
    let bytes = match announced {
        Some(length) if length > MAX_FORM_BYTES => None,
        _ => axum::body::to_bytes(body, MAX_FORM_BYTES).await.ok(),
    };
    match bytes {
        Some(bytes) => next.run(Request::from_parts(parts, Body::from(bytes))).await,
        None => body_too_large(&parts),
    }
}

/// `413` with the reason in the reader's language.
pub fn body_too_large(parts: &http::request::Parts) -> Response {
    let (locale, _) = app::i18n::ssr::locale_from_request(parts);
    let message = locale.t_args("error-body-too-large", &[("size", (MAX_FORM_BYTES / 1024).into())]);
    (StatusCode::PAYLOAD_TOO_LARGE, [(header::CONTENT_TYPE, "text/plain; charset=utf-8")], message).into_response()
}
