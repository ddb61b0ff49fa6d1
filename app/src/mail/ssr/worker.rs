//! The outbox's sender: takes due messages, sends them over SMTP (`lettre`), and on a
//! failure tries again later (backoff doubling from 30 s to an hour; a permanent refusal
//! or the last attempt marks the message `failed`, which admins see).
//!
//! Delivery is at least once: a message is held (`claimed_until`) while it is sent and
//! marked sent after the server accepted it. A worker killed between the two leaves the
//! message queued; it is sent again when the hold ends, with the same Message-ID, which
//! the receiving side uses to drop the copy.

use std::sync::LazyLock;
use std::time::Duration as StdDuration;

use chrono::{Duration, Utc};
use lettre::message::header::{ContentType, HeaderName, HeaderValue};
use lettre::message::{Mailbox, MultiPart, SinglePart};
use lettre::{AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};
use sqlx::AnyPool;
use tokio::sync::Notify;

use crate::config::Config;
use crate::records::ssr::stamp;

/// Attempts before a message is given up (about 11 hours of retries in all).
pub const MAX_ATTEMPTS: i64 = 15;
/// How long a worker holds a message it is sending.
const HOLD_SECONDS: i64 = 120;
/// How often the worker looks for due messages when nothing wakes it.
const POLL: StdDuration = StdDuration::from_secs(5);
/// How long one SMTP exchange may take.
const SMTP_TIMEOUT: StdDuration = StdDuration::from_secs(20);

static WAKE: LazyLock<Notify> = LazyLock::new(Notify::new);

/// Tells the worker a message was written (it also looks every few seconds).
pub fn wake() {
    WAKE.notify_one();
}

/// The wait before attempt `attempts + 1`: 30 s doubling, at most an hour.
pub fn backoff(attempts: i64) -> Duration {
    let seconds = 30_i64.saturating_mul(1_i64 << attempts.clamp(0, 7));
    Duration::seconds(seconds.min(3600))
}

/// The address a mail program POSTs to for a one-click unsubscribe (RFC 8058), beside
/// the page the message links to (`/mail/unsubscribe/…`, which asks first).
pub fn one_click_url(page: &str) -> String {
    page.replacen("/mail/unsubscribe/", "/mail/one-click/", 1)
}

/// A configured sender: the SMTP transport and the From and Reply-To addresses.
#[derive(Clone)]
pub struct Sender {
    transport: AsyncSmtpTransport<Tokio1Executor>,
    from: Mailbox,
    reply_to: Option<Mailbox>,
}

/// Why the mail settings cannot be used; the server refuses to start with them.
#[derive(Debug, thiserror::Error)]
pub enum SettingsError {
    #[error("QUORUM_SMTP_URL cannot be used: {0}")]
    Url(String),
    #[error("QUORUM_MAIL_FROM is not an address: {0}")]
    From(String),
    #[error("QUORUM_MAIL_REPLY_TO is not an address: {0}")]
    ReplyTo(String),
}

impl Sender {
    /// The sender the configuration describes, or `None` when mail is off.
    pub fn from_config(config: &Config, public_origin: &str) -> Result<Option<Sender>, SettingsError> {
        let Some(url) = &config.smtp_url else {
            return Ok(None);
        };
        let transport = AsyncSmtpTransport::<Tokio1Executor>::from_url(url)
            .map_err(|error| SettingsError::Url(error.to_string()))?
            .timeout(Some(SMTP_TIMEOUT))
            .build();
        let from = match &config.mail_from {
            Some(from) => from.parse().map_err(|_| SettingsError::From(from.clone()))?,
            None => format!("Quorum <quorum@{}>", super::message_host(public_origin))
                .parse()
                .map_err(|_| SettingsError::From(public_origin.to_string()))?,
        };
        let reply_to = match &config.mail_reply_to {
            Some(reply) => Some(reply.parse().map_err(|_| SettingsError::ReplyTo(reply.clone()))?),
            None => None,
        };
        Ok(Some(Sender { transport, from, reply_to }))
    }

    async fn send(&self, row: &OutboxMessage) -> Result<(), SendError> {
        let to: Mailbox = row.recipient.parse().map_err(|_| SendError::Permanent("recipient".into()))?;
        let mut builder = Message::builder()
            .message_id(Some(format!("<{}>", row.id)))
            .from(self.from.clone())
            .to(to)
            .subject(super::one_line(&row.subject))
            .raw_header(HeaderValue::new(HeaderName::new_from_ascii_str("Content-Language"), row.lang.clone()))
            .raw_header(HeaderValue::new(HeaderName::new_from_ascii_str("Auto-Submitted"), "auto-generated".into()));
        if let Some(reply_to) = &self.reply_to {
            builder = builder.reply_to(reply_to.clone());
        }
        if let Some(url) = &row.unsubscribe_url {
            let url = one_click_url(url);
            builder = builder
                .raw_header(HeaderValue::new(HeaderName::new_from_ascii_str("List-Unsubscribe"), format!("<{url}>")))
                .raw_header(HeaderValue::new(
                    HeaderName::new_from_ascii_str("List-Unsubscribe-Post"),
                    "List-Unsubscribe=One-Click".into(),
                ));
        }
        let message = builder
            .multipart(
                MultiPart::alternative()
                    .singlepart(SinglePart::builder().header(ContentType::TEXT_PLAIN).body(row.body_text.clone()))
                    .singlepart(SinglePart::builder().header(ContentType::TEXT_HTML).body(row.body_html.clone())),
            )
            .map_err(|error| SendError::Permanent(error.to_string()))?;
        match self.transport.send(message).await {
            Ok(_) => Ok(()),
            Err(error) if error.is_permanent() => Err(SendError::Permanent(error.to_string())),
            Err(error) => Err(SendError::Later(error.to_string())),
        }
    }
}

enum SendError {
    /// The server refused for good (5xx) or the message cannot be built.
    Permanent(String),
    /// Unreachable, timed out, refused for now (4xx): try again later.
    Later(String),
}

#[derive(sqlx::FromRow)]
struct OutboxMessage {
    id: String,
    recipient: String,
    lang: String,
    subject: String,
    body_text: String,
    body_html: String,
    unsubscribe_url: Option<String>,
    attempts: i64,
}

/// Sends every due message once; returns how many were sent. Each is held first, so two
/// workers (two server processes) never send the same message at the same time.
pub async fn deliver_due(pool: &AnyPool, sender: &Sender) -> Result<usize, sqlx::Error> {
    let now = stamp();
    let due: Vec<OutboxMessage> = sqlx::query_as(
        "SELECT id, recipient, lang, subject, body_text, body_html, unsubscribe_url, attempts FROM mail_outbox \
         WHERE status = 'queued' AND next_attempt_at <= $1 AND (claimed_until IS NULL OR claimed_until < $1) \
         ORDER BY created_at LIMIT 20",
    )
    .bind(&now)
    .fetch_all(pool)
    .await?;
    let mut sent = 0;
    for message in due {
        let now = stamp();
        let hold = (Utc::now() + Duration::seconds(HOLD_SECONDS)).format("%Y-%m-%dT%H:%M:%S%.6fZ").to_string();
        let taken = sqlx::query(
            "UPDATE mail_outbox SET claimed_until = $1 WHERE id = $2 AND status = 'queued' \
             AND (claimed_until IS NULL OR claimed_until < $3)",
        )
        .bind(&hold)
        .bind(&message.id)
        .bind(&now)
        .execute(pool)
        .await?
        .rows_affected();
        if taken != 1 {
            continue;
        }
        let attempts = message.attempts + 1;
        match sender.send(&message).await {
            Ok(()) => {
                sqlx::query(
                    "UPDATE mail_outbox SET status = 'sent', sent_at = $1, attempts = $2, claimed_until = NULL, \
                     last_error = NULL WHERE id = $3",
                )
                .bind(stamp())
                .bind(attempts)
                .bind(&message.id)
                .execute(pool)
                .await?;
                sent += 1;
            }
            Err(error) => {
                let (status, reason) = match error {
                    SendError::Permanent(reason) => ("failed", reason),
                    SendError::Later(reason) if attempts >= MAX_ATTEMPTS => ("failed", reason),
                    SendError::Later(reason) => ("queued", reason),
                };
                tracing::warn!(id = %message.id, attempts, %reason, status, "mail not sent");
                let next = (Utc::now() + backoff(message.attempts)).format("%Y-%m-%dT%H:%M:%S%.6fZ").to_string();
                let reason: String = reason.chars().take(300).collect();
                sqlx::query(
                    "UPDATE mail_outbox SET status = $1, attempts = $2, next_attempt_at = $3, claimed_until = NULL, \
                     last_error = $4 WHERE id = $5",
                )
                .bind(status)
                .bind(attempts)
                .bind(next)
                .bind(reason)
                .bind(&message.id)
                .execute(pool)
                .await?;
            }
        }
    }
    Ok(sent)
}

/// The worker: sends what is due, then waits to be woken or for the next look.
pub async fn run(pool: AnyPool, sender: Sender) {
    loop {
        if let Err(error) = deliver_due(&pool, &sender).await {
            tracing::error!(%error, "mail outbox unreadable");
        }
        let _ = tokio::time::timeout(POLL, WAKE.notified()).await;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn retries_back_off_to_an_hour() {
        assert_eq!(backoff(0), Duration::seconds(30));
        assert_eq!(backoff(1), Duration::seconds(60));
        assert_eq!(backoff(6), Duration::seconds(1920));
        assert_eq!(backoff(7), Duration::seconds(3600));
        assert_eq!(backoff(40), Duration::seconds(3600));
    }

    #[test]
    fn settings_are_checked_at_start() {
        let config = |url: &str, from: Option<&str>| Config {
            smtp_url: Some(url.into()),
            mail_from: from.map(String::from),
            ..Config::default()
        };
        assert!(matches!(Sender::from_config(&Config::default(), "http://x"), Ok(None)));
        assert!(matches!(
            Sender::from_config(&config("smtp://localhost:2525", None), "https://q.example.org"),
            Ok(Some(_))
        ));
        assert!(Sender::from_config(&config("smtps://mail.example.org", Some("Quorum <q@example.org>")), "").is_ok());
        assert!(Sender::from_config(&config("smtp://mail.example.org?tls=required", None), "").is_ok());
        assert!(matches!(Sender::from_config(&config("ftp://x", None), ""), Err(SettingsError::Url(_))));
        assert!(matches!(
            Sender::from_config(&config("smtp://localhost", Some("not an address")), ""),
            Err(SettingsError::From(_))
        ));
    }
}
