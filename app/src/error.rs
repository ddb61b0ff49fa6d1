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
}

impl AppError {
    pub fn status(&self) -> u16 {
        match self {
            AppError::NotFound => 404,
            AppError::InvalidInput(_) => 400,
            AppError::Storage | AppError::Transport(_) => 500,
        }
    }

    /// The message key in `locales/*/main.ftl`.
    pub fn message_key(&self) -> &'static str {
        match self {
            AppError::NotFound => "error-not-found",
            AppError::InvalidInput(_) => "error-invalid-input",
            AppError::Storage => "error-storage",
            AppError::Transport(_) => "error-transport",
        }
    }

    pub fn message(&self, locale: Locale) -> String {
        locale.t(self.message_key())
    }
}

impl FromServerFnError for AppError {
    type Encoder = JsonEncoding;

    fn from_server_fn_error(value: ServerFnErrorErr) -> Self {
        match value {
            // Arguments that do not decode are the caller's mistake, not a failure.
            ServerFnErrorErr::Args(detail) | ServerFnErrorErr::MissingArg(detail) => AppError::InvalidInput(detail),
            other => AppError::Transport(other.to_string()),
        }
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
