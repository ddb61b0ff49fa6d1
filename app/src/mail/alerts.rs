//! Alerts by e-mail, without an account: a standard's reviews, a body's public changes,
//! a review's closing reminders (7 days and 1 day before the ballot closes). Double
//! opt-in: the address receives one message with a link, and nothing else until the link
//! is used. The same link's page unsubscribes, which deletes the address.

use leptos::prelude::*;
use leptos::server_fn::codec::GetUrl;
use serde::{Deserialize, Serialize};

use crate::error::AppError;

/// What an alert follows; the stored `topic`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Topic {
    /// A standard's reviews and adoptions (key: the standard's slug).
    Standard,
    /// A body's public record (key: alpha-2).
    Body,
    /// One review's closing reminders (key: the cycle's id).
    Review,
}

impl Topic {
    pub fn db_value(self) -> &'static str {
        match self {
            Topic::Standard => "standard",
            Topic::Body => "body",
            Topic::Review => "review",
        }
    }

    pub fn from_db(value: &str) -> Option<Topic> {
        match value.trim() {
            "standard" => Some(Topic::Standard),
            "body" => Some(Topic::Body),
            "review" => Some(Topic::Review),
            _ => None,
        }
    }

    /// The page the topic is about.
    pub fn page(self, key: &str) -> String {
        match self {
            Topic::Standard => format!("/standards/{key}"),
            Topic::Body => format!("/nsbs/{key}"),
            Topic::Review => format!("/reviews/{key}"),
        }
    }
}

/// A subscription as its owner sees it through the link.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AlertInfo {
    pub email: String,
    pub topic: Topic,
    pub key: String,
    /// What it follows, named for a reader ("ISO 20400", "ABNT (Brazil)").
    pub label: String,
    pub confirmed: bool,
}

/// Asks for an alert. Public and rate-limited; answers the same whether or not the
/// address already follows the topic (nobody learns who follows what). `website` is a
/// honeypot people never see.
#[server(prefix = "/api", endpoint = "subscribe_alert")]
pub async fn subscribe_alert(topic: String, key: String, email: String, website: String) -> Result<(), AppError> {
    let state = expect_context::<crate::state::AppState>();
    let parts = crate::auth::ssr::request_parts()?;
    let topic_value = Topic::from_db(&topic);
    let outcome = match topic_value {
        None => Err(AppError::Invalid(vec![crate::records::problem("topic", "edit-error-choice")])),
        Some(_) if !website.trim().is_empty() => Ok(()),
        Some(topic) => {
            let address = crate::auth::ssr::client_address(&parts, &state.config);
            let locale = crate::i18n::ssr::locale_from_request(&parts).0;
            super::ssr::alerts::subscribe(&state, topic, &key, &email, locale, &address).await
        }
    };
    if outcome.is_ok() && crate::error::plain_form_request() {
        let page = topic_value.map_or_else(|| "/".to_string(), |t| t.page(key.trim()));
        crate::security::redirect(&format!("{page}?alert=sent#alerts"));
    }
    crate::error::with_status(outcome)
}

#[server(input = GetUrl, prefix = "/api", endpoint = "alert_info")]
pub async fn fetch_alert_info(token: String) -> Result<AlertInfo, AppError> {
    let state = expect_context::<crate::state::AppState>();
    let locale = crate::i18n::use_locale();
    crate::error::with_status(super::ssr::alerts::info(&state.pool, &token, locale).await)
}

/// Confirms an alert from the link in its confirmation message.
#[server(prefix = "/api", endpoint = "confirm_alert")]
pub async fn confirm_alert(token: String) -> Result<(), AppError> {
    let state = expect_context::<crate::state::AppState>();
    let outcome = super::ssr::alerts::confirm(&state.pool, &token).await;
    if outcome.is_ok() && crate::error::plain_form_request() {
        crate::security::redirect(&format!("/mail/alerts/{}?confirmed=1", token.trim()));
    }
    crate::error::with_status(outcome)
}

/// Ends an alert and deletes its address.
#[server(prefix = "/api", endpoint = "unsubscribe_alert")]
pub async fn unsubscribe_alert(token: String) -> Result<(), AppError> {
    let state = expect_context::<crate::state::AppState>();
    let outcome = super::ssr::alerts::unsubscribe(&state.pool, &token).await;
    if outcome.is_ok() && crate::error::plain_form_request() {
        crate::security::redirect("/mail/unsubscribed");
    }
    crate::error::with_status(outcome)
}

/// Whether the signed-in account receives the weekly digest.
#[server(input = GetUrl, prefix = "/api", endpoint = "digest_setting")]
pub async fn fetch_digest_setting() -> Result<bool, AppError> {
    let state = expect_context::<crate::state::AppState>();
    let user = crate::auth::ssr::require(crate::auth::Role::Coordinator).await?;
    let (on,): (i64,) =
        sqlx::query_as("SELECT digest FROM account WHERE id = $1").bind(&user.id).fetch_one(&state.pool).await?;
    Ok(on == 1)
}

/// Turns the signed-in account's weekly digest on (`on` = "1") or off.
#[server(prefix = "/api", endpoint = "set_digest")]
pub async fn set_digest(on: String) -> Result<(), AppError> {
    let state = expect_context::<crate::state::AppState>();
    let user = crate::auth::ssr::require(crate::auth::Role::Coordinator).await?;
    sqlx::query("UPDATE account SET digest = $1 WHERE id = $2")
        .bind(i64::from(on.trim() == "1"))
        .bind(&user.id)
        .execute(&state.pool)
        .await?;
    crate::security::redirect("/account?digest=1");
    Ok(())
}
