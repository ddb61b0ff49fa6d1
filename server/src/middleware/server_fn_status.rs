//! The status of a server function's error answer.

use axum::body::Body;
use axum::extract::Request;
use axum::middleware::Next;
use axum::response::Response;
use http::StatusCode;

/// Gives a server function's error answer the status of its error: the server-function
/// layer answers every error 500, so arguments it could not decode (the caller's
/// mistake, `AppError::InvalidInput`) would read as a server failure. Functions that set
/// their own status (`error::with_status`) are left as they are.
pub async fn server_function_status(request: Request, next: Next) -> Response {
    let server_function = app::security::is_server_function(request.uri().path());
    let response = next.run(request).await;
    if !server_function || response.status() != StatusCode::INTERNAL_SERVER_ERROR {
        return response;
    }
    let (mut parts, body) = response.into_parts();
    let Ok(bytes) = axum::body::to_bytes(body, 64 * 1024).await else {
        return Response::from_parts(parts, Body::empty());
    };
    if let Ok(error) = serde_json::from_slice::<app::error::AppError>(&bytes)
        && let Ok(status) = StatusCode::from_u16(error.status())
    {
        parts.status = status;
    }
    Response::from_parts(parts, Body::from(bytes))
}
