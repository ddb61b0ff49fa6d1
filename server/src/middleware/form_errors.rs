//! A failed form post's error, moved from the redirect's address into a cookie.

use app::state::AppState;
use axum::extract::{Request, State};
use axum::middleware::Next;
use axum::response::Response;
use http::{HeaderValue, header};

/// A plain form post that failed is redirected back to its page with the error in the
/// query (`__path`, `__err`, as `server_fn` does it). The error moves into a short-lived
/// cookie instead, which the page reads once (`app::shell`): the address bar, history and
/// logs never hold it, nor anything typed that the error repeats.
pub async fn form_errors_in_a_cookie(State(state): State<AppState>, request: Request, next: Next) -> Response {
    let (parts, body) = request.into_parts();
    let secure = app::auth::ssr::over_https(&parts, &state.config);
    let mut response = next.run(Request::from_parts(parts, body)).await;
    let moved = response
        .headers()
        .get(header::LOCATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|location| app::security::form_error_out_of_url(location, secure));
    if let Some((location, cookie)) = moved
        && let (Ok(location), Ok(cookie)) = (HeaderValue::from_str(&location), HeaderValue::from_str(&cookie))
    {
        response.headers_mut().insert(header::LOCATION, location);
        response.headers_mut().append(header::SET_COOKIE, cookie);
    }
    response
}
