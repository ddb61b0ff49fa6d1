//! `/mail/one-click/{token}`: the address in every alert's and digest's
//! `List-Unsubscribe` header. A mail program POSTs `List-Unsubscribe=One-Click` to it
//! (RFC 8058) and the subscription ends at once; a person who opens it is sent to the page
//! that asks first (`/mail/unsubscribe/{token}`).

use axum::extract::{Path, State};
use axum::response::{IntoResponse, Redirect, Response};
use http::{HeaderMap, StatusCode, header};

use crate::state::AppState;

/// `POST /mail/one-click/{token}`: unsubscribes without a question.
pub async fn one_click(State(state): State<AppState>, Path(token): Path<String>, headers: HeaderMap) -> Response {
    let locale = crate::api::asker_locale(&headers);
    match super::alerts::unsubscribe(&state.pool, &token).await {
        Ok(()) => {
            ([(header::CONTENT_TYPE, "text/plain; charset=utf-8")], locale.t("alert-unsubscribed")).into_response()
        }
        Err(crate::error::AppError::NotFound) => {
            (StatusCode::NOT_FOUND, [(header::CONTENT_TYPE, "text/plain; charset=utf-8")], locale.t("alert-unknown"))
                .into_response()
        }
        Err(error) => crate::api::error_response(&error, &headers),
    }
}

/// `GET /mail/one-click/{token}`: a person, not a mail program: the page that asks.
pub async fn one_click_page(Path(token): Path<String>) -> Response {
    let token: String = token.chars().filter(char::is_ascii_hexdigit).take(64).collect();
    Redirect::to(&format!("/mail/unsubscribe/{token}")).into_response()
}
