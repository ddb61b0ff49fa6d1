//! Accounts and sessions: who is signed in, and what their role allows. The public
//! reads everything without an account; every write checks a session and a role here.

pub mod admin;
#[cfg(feature = "ssr")]
pub mod ssr;

use leptos::prelude::*;
use leptos::server_fn::codec::GetUrl;
use serde::{Deserialize, Serialize};

use crate::error::AppError;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Role {
    /// Manages accounts; may also do everything a coordinator does.
    Admin,
    /// Edits data and handles corrections.
    Coordinator,
}

impl Role {
    pub fn db_value(self) -> &'static str {
        match self {
            Role::Admin => "admin",
            Role::Coordinator => "coordinator",
        }
    }

    pub fn from_db(value: &str) -> Option<Role> {
        match value {
            "admin" => Some(Role::Admin),
            "coordinator" => Some(Role::Coordinator),
            _ => None,
        }
    }

    pub fn label_key(self) -> &'static str {
        match self {
            Role::Admin => "role-admin",
            Role::Coordinator => "role-coordinator",
        }
    }

    /// Whether this role may do what `needed` may do.
    pub fn allows(self, needed: Role) -> bool {
        self == Role::Admin || self == needed
    }
}

/// The signed-in account as pages see it (no secrets).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SignedInUser {
    pub id: String,
    pub email: String,
    pub role: Role,
}

/// The only server functions that change state without a session: starting and ending
/// one, setting a password through a one-time link, the public's correction reports and
/// co-signatures, confirming a co-signature from its e-mail, and asking for, confirming
/// and ending an e-mail alert, an advocate's "I sent it" and "they replied" (each rate-limited, behind a honeypot, or keyed by a token
/// only its owner received). Every other POST to
/// `/api/` needs a signed-in account before it is even decoded (the server's
/// `writes_need_a_session` middleware); the function then checks the role.
pub const PUBLIC_WRITES: [&str; 11] = [
    "/api/sign_in",
    "/api/sign_out",
    "/api/report_correction",
    "/api/use_link",
    "/api/sign_open_letter",
    "/api/confirm_signature",
    "/api/subscribe_alert",
    "/api/confirm_alert",
    "/api/unsubscribe_alert",
    "/api/report_sent",
    "/api/report_reply",
];

/// Shortest password accepted.
pub const MIN_PASSWORD_CHARS: usize = 10;

#[server(input = GetUrl, prefix = "/api", endpoint = "current_user")]
pub async fn current_user() -> Result<Option<SignedInUser>, AppError> {
    crate::error::with_status(ssr::request_user().await)
}

/// Signs in and goes to the account page; a wrong password or too many attempts come
/// back as errors the form shows.
#[server(prefix = "/api", endpoint = "sign_in")]
pub async fn sign_in(email: String, password: String) -> Result<(), AppError> {
    crate::error::with_status(ssr::sign_in_request(&email, &password).await)?;
    crate::security::redirect("/account");
    Ok(())
}

/// Ends the session on the server and clears the cookie.
#[server(prefix = "/api", endpoint = "sign_out")]
pub async fn sign_out() -> Result<(), AppError> {
    crate::error::with_status(ssr::sign_out_request().await)?;
    crate::security::redirect("/");
    Ok(())
}
