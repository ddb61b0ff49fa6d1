//! The one error type of the app. Each variant knows its HTTP status and the
//! translated message a user sees; causes are logged on the server, never shown.

use leptos::server_fn::codec::JsonEncoding;
use leptos::server_fn::error::{FromServerFnError, ServerFnErrorErr};
use serde::{Deserialize, Serialize};

use crate::i18n::Locale;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, thiserror::Error)]
pub enum AppError {
    #[error("not found")]
    NotFound,
    #[error("invalid input: {0}")]
    InvalidInput(String),
    /// A storage failure; the detail stays in the server log.
    #[error("storage failure")]
    Storage,
    /// A failure of the server-function transport (network, serialisation).
    #[error("request failed: {0}")]
    Transport(String),
    /// The request needs a signed-in account.
    #[error("sign-in required")]
    Unauthorized,
    /// The signed-in account's role does not allow this.
    #[error("not allowed for this role")]
    Forbidden,
    /// E-mail and password do not match an active account (never says which).
    #[error("wrong e-mail or password")]
    BadCredentials,
    /// Too many failed sign-ins; try again after this many minutes.
    #[error("rate limited for {0} minutes")]
    RateLimited(u32),
    /// Too many requests are doing slow work (password hashing) at once; try again in a
    /// moment. Nothing was checked or changed.
    #[error("busy")]
    Busy,
    /// Submitted values that cannot be saved, each with its field and message.
    #[error("invalid fields")]
    Invalid(Vec<crate::records::FieldProblem>),
    /// The record changed since the form was read; nothing was saved.
    #[error("edit conflict")]
    Conflict(Vec<crate::records::ConflictingChange>),
}

impl AppError {
    pub fn status(&self) -> u16 {
        match self {
            AppError::NotFound => 404,
            AppError::InvalidInput(_) => 400,
            AppError::Storage | AppError::Transport(_) => 500,
            AppError::Unauthorized | AppError::BadCredentials => 401,
            AppError::Forbidden => 403,
            AppError::RateLimited(_) | AppError::Busy => 429,
            AppError::Invalid(_) => 422,
            AppError::Conflict(_) => 409,
        }
    }

    /// The message key in `locales/*/main.ftl`.
    pub fn message_key(&self) -> &'static str {
        match self {
            AppError::NotFound => "error-not-found",
            AppError::InvalidInput(_) => "error-invalid-input",
            AppError::Storage => "error-storage",
            AppError::Transport(_) => "error-transport",
            AppError::Unauthorized => "error-unauthorized",
            AppError::Forbidden => "error-forbidden",
            AppError::BadCredentials => "error-bad-credentials",
            AppError::RateLimited(_) => "error-rate-limited",
            AppError::Busy => "error-busy",
            AppError::Invalid(_) => "error-invalid-fields",
            AppError::Conflict(_) => "error-edit-conflict",
        }
    }

    pub fn message(&self, locale: Locale) -> String {
        match self {
            AppError::RateLimited(minutes) => locale.t_args(self.message_key(), &[("minutes", (*minutes).into())]),
            _ => locale.t(self.message_key()),
        }
    }
}

impl FromServerFnError for AppError {
    type Encoder = JsonEncoding;

    fn from_server_fn_error(value: ServerFnErrorErr) -> Self {
        match value {
            // Arguments that do not decode are the caller's mistake, not a failure.
            // On the server the detail is logged and the caller gets the message in its
            // language.
            ServerFnErrorErr::Args(detail) | ServerFnErrorErr::MissingArg(detail) => {
                #[cfg(feature = "ssr")]
                {
                    tracing::debug!(%detail, "server function arguments refused");
                    let locale = leptos::prelude::use_context::<http::request::Parts>()
                        .map(|parts| crate::i18n::ssr::locale_from_request(&parts).0);
                    match locale {
                        Some(locale) => AppError::InvalidInput(locale.t("error-invalid-input")),
                        None => AppError::InvalidInput(detail),
                    }
                }
                #[cfg(not(feature = "ssr"))]
                AppError::InvalidInput(detail)
            }
            other => AppError::Transport(other.to_string()),
        }
    }
}

/// Whether the server function being answered was called by a plain form post (no
/// JavaScript: the browser asks for HTML), rather than by the hydrated page.
#[cfg(feature = "ssr")]
pub fn plain_form_request() -> bool {
    leptos::prelude::use_context::<http::request::Parts>().is_some_and(|parts| {
        parts.headers.get(http::header::ACCEPT).and_then(|v| v.to_str().ok()).is_some_and(|a| a.contains("text/html"))
    })
}

/// Gives a server function's error its HTTP status (401, 403, 429…) instead of the
/// transport's generic 500. Plain form posts (no JavaScript) keep the redirect back to
/// the form that carries the error, so they are left alone.
#[cfg(feature = "ssr")]
pub fn with_status<T>(result: Result<T, AppError>) -> Result<T, AppError> {
    use leptos::prelude::use_context;
    if let Err(error) = &result
        && let (false, Some(response), Ok(status)) = (
            plain_form_request(),
            use_context::<leptos_axum::ResponseOptions>(),
            http::StatusCode::from_u16(error.status()),
        )
    {
        response.set_status(status);
    }
    result
}

/// What went wrong, for programs.
#[cfg(feature = "ssr")]
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, utoipa::ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum ErrorCode {
    /// 400: a parameter is not one the API takes.
    InvalidInput,
    /// 404: no such record.
    NotFound,
    /// 5xx: Quorum's fault.
    ServerError,
}

/// Every error answer of the data API: `{"error": {"code", "message"[, "fields"]}}`.
#[cfg(feature = "ssr")]
#[derive(Debug, serde::Serialize, utoipa::ToSchema)]
pub struct ApiError {
    pub error: ApiErrorDetail,
}

#[cfg(feature = "ssr")]
#[derive(Debug, serde::Serialize, utoipa::ToSchema)]
pub struct ApiErrorDetail {
    pub code: ErrorCode,
    /// What went wrong, in the language of the `Accept-Language` header.
    pub message: String,
    /// Each refused parameter with what is wrong with it (the letter API).
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schema(nullable = false)]
    pub fields: Option<Vec<FieldError>>,
}

/// A refused parameter.
#[cfg(feature = "ssr")]
#[derive(Debug, serde::Serialize, utoipa::ToSchema)]
pub struct FieldError {
    /// The parameter's name (`nsb`, `purpose`, `lang`, `sender_name`…).
    pub field: String,
    pub message: String,
}

#[cfg(feature = "ssr")]
impl AppError {
    /// The data API's answer: `{"error": {"code", "message"}}` with the error's status and
    /// the message in `locale`.
    pub fn api_response(&self, locale: Locale) -> axum::response::Response {
        use axum::response::IntoResponse;
        let code = match self {
            AppError::NotFound => ErrorCode::NotFound,
            AppError::InvalidInput(_) => ErrorCode::InvalidInput,
            _ => ErrorCode::ServerError,
        };
        let status = http::StatusCode::from_u16(self.status()).unwrap_or(http::StatusCode::INTERNAL_SERVER_ERROR);
        let body = ApiError { error: ApiErrorDetail { code, message: self.message(locale), fields: None } };
        (status, axum::Json(body)).into_response()
    }
}

/// A handler of the data API answers its error with `?`: the answer is in English and
/// carries the error in its extensions, so that `api::translate_errors`, which knows the
/// request, can put the message in the asker's language.
#[cfg(feature = "ssr")]
impl axum::response::IntoResponse for AppError {
    fn into_response(self) -> axum::response::Response {
        let mut response = self.api_response(Locale::default());
        response.extensions_mut().insert(self);
        response
    }
}

#[cfg(feature = "ssr")]
impl From<sqlx::Error> for AppError {
    fn from(error: sqlx::Error) -> Self {
        tracing::error!(%error, "database error");
        AppError::Storage
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn undecodable_arguments_are_invalid_input() {
        let error = AppError::from_server_fn_error(ServerFnErrorErr::Args("filter[q]".into()));
        assert_eq!(error.status(), 400);
        assert_eq!(AppError::from_server_fn_error(ServerFnErrorErr::Request("offline".into())).status(), 500);
    }
}
