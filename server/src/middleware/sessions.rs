//! A session before any write: server functions that change state are refused without
//! one before their arguments are decoded.

use app::state::AppState;
use axum::body::Body;
use axum::extract::{Request, State};
use axum::middleware::Next;
use axum::response::Response;
use http::{HeaderValue, StatusCode, header};

/// Answers 401 to a state-changing server-function call without a live session, before
/// its arguments are decoded; the function itself then checks the role.
pub async fn writes_need_a_session(State(state): State<AppState>, request: Request, next: Next) -> Response {
    let path = request.uri().path();
    // Only server functions are guarded: the read-only data API (`/api/v1/…`) answers any
    // other method itself (405 with `Allow`, or a CORS preflight).
    let read = matches!(*request.method(), http::Method::GET | http::Method::HEAD);
    let guarded = !read && app::security::is_server_function(path) && !app::auth::PUBLIC_WRITES.contains(&path);
    if !guarded {
        return next.run(request).await;
    }
    let (parts, body) = request.into_parts();
    let user = match app::auth::ssr::session_token(&parts) {
        Some(token) => app::auth::ssr::session_user(&state.pool, &token).await.ok().flatten(),
        None => None,
    };
    if user.is_some() {
        return next.run(Request::from_parts(parts, body)).await;
    }
    // A plain form post (no JavaScript) goes to the sign-in page; a script gets the
    // error in the server functions' own encoding, so the page can show its message.
    let plain_form = parts
        .headers
        .get(header::ACCEPT)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|accept| accept.contains("text/html"));
    if plain_form {
        let mut response = Response::new(Body::empty());
        *response.status_mut() = StatusCode::SEE_OTHER;
        response.headers_mut().insert(header::LOCATION, HeaderValue::from_static("/signin"));
        return response;
    }
    let body = serde_json::to_string(&app::error::AppError::Unauthorized).unwrap_or_default();
    let mut response = Response::new(Body::from(body));
    *response.status_mut() = StatusCode::UNAUTHORIZED;
    response.headers_mut().insert(header::CONTENT_TYPE, HeaderValue::from_static("application/json"));
    response
}
