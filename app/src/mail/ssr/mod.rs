//! Writing messages to the outbox. A message is rendered when it is written (subject,
//! plain text, HTML, in the recipient's language) and kept until the worker sent it.

pub mod alerts;
pub mod digest;
pub mod web;
pub mod worker;

use sqlx::AnyConnection;

use super::{OutboxRow, OutboxState};
use crate::error::AppError;
use crate::i18n::Locale;
use crate::records::ssr::{random_hex, stamp};

/// Starts the mail worker and the alerts' dispatcher when mail is configured; `Ok(false)`
/// when it is not (nothing is started). Settings that cannot work stop the server.
pub fn start(state: &crate::state::AppState) -> Result<bool, worker::SettingsError> {
    let Some(sender) = worker::Sender::from_config(&state.config, &state.public_origin)? else {
        return Ok(false);
    };
    tokio::spawn(worker::run(state.pool.clone(), sender));
    tokio::spawn(alerts::run(state.pool.clone(), state.public_origin.to_string()));
    Ok(true)
}

/// What kind of message (the outbox's `kind`; admins see it).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Invite,
    Reset,
    Signature,
    AlertConfirm,
    Alert,
    Digest,
    Outcome,
}

impl Kind {
    pub fn db_value(self) -> &'static str {
        match self {
            Kind::Invite => "invite",
            Kind::Reset => "reset",
            Kind::Signature => "signature",
            Kind::AlertConfirm => "alert-confirm",
            Kind::Alert => "alert",
            Kind::Digest => "digest",
            Kind::Outcome => "outcome",
        }
    }
}

/// One message, before it is written: paragraphs of text (no markup), an optional
/// call to action (label and address) and, for alerts and digests, the address that
/// unsubscribes in one click.
#[derive(Clone, Debug)]
pub struct Mail {
    pub kind: Kind,
    pub to: String,
    pub locale: Locale,
    pub subject: String,
    pub paragraphs: Vec<String>,
    pub action: Option<(String, String)>,
    /// Lines listed under the paragraphs (an alert's changes), each with its link.
    pub items: Vec<(String, String)>,
    pub unsubscribe_url: Option<String>,
}

impl Mail {
    pub fn new(kind: Kind, to: &str, locale: Locale, subject: String) -> Mail {
        Mail {
            kind,
            to: to.trim().to_string(),
            locale,
            subject: one_line(&subject),
            paragraphs: Vec::new(),
            action: None,
            items: Vec::new(),
            unsubscribe_url: None,
        }
    }

    pub fn paragraph(mut self, text: String) -> Mail {
        self.paragraphs.push(text);
        self
    }

    pub fn action(mut self, label: String, url: String) -> Mail {
        self.action = Some((label, url));
        self
    }

    /// The plain-text body: paragraphs, the action as its label and address on a line
    /// of its own, the items, and the footer.
    pub fn text(&self) -> String {
        let mut out = String::new();
        for paragraph in &self.paragraphs {
            out.push_str(&strip_isolates(paragraph));
            out.push_str("\n\n");
        }
        if let Some((label, url)) = &self.action {
            out.push_str(&format!("{}:\n{url}\n\n", strip_isolates(label)));
        }
        for (line, url) in &self.items {
            out.push_str(&format!("- {}\n  {url}\n", strip_isolates(line)));
        }
        if !self.items.is_empty() {
            out.push('\n');
        }
        out.push_str("-- \n");
        out.push_str(&strip_isolates(&self.locale.t("mail-footer")));
        out.push('\n');
        if let Some(url) = &self.unsubscribe_url {
            out.push_str(&format!("{}: {url}\n", strip_isolates(&self.locale.t("mail-unsubscribe"))));
        }
        out
    }

    /// The HTML body: the same text, escaped, in the language's direction.
    pub fn html(&self) -> String {
        let lang = self.locale.tag();
        let dir = self.locale.dir();
        let mut out = format!(
            "<!DOCTYPE html><html lang=\"{lang}\" dir=\"{dir}\"><head><meta charset=\"utf-8\"><title>{}</title></head>\
             <body style=\"font-family: sans-serif; line-height: 1.5; max-width: 40em;\">",
            crate::security::escape_markup(&self.subject)
        );
        for paragraph in &self.paragraphs {
            out.push_str(&format!("<p>{}</p>", crate::security::escape_markup(paragraph)));
        }
        if let Some((label, url)) = &self.action {
            out.push_str(&format!(
                "<p><a href=\"{}\"><strong>{}</strong></a></p>",
                crate::security::escape_markup(url),
                crate::security::escape_markup(label)
            ));
        }
        if !self.items.is_empty() {
            out.push_str("<ul>");
            for (line, url) in &self.items {
                out.push_str(&format!(
                    "<li><a href=\"{}\">{}</a></li>",
                    crate::security::escape_markup(url),
                    crate::security::escape_markup(line)
                ));
            }
            out.push_str("</ul>");
        }
        out.push_str(&format!(
            "<hr><p style=\"color: #555; font-size: smaller;\">{}",
            crate::security::escape_markup(&self.locale.t("mail-footer"))
        ));
        if let Some(url) = &self.unsubscribe_url {
            out.push_str(&format!(
                " <a href=\"{}\">{}</a>",
                crate::security::escape_markup(url),
                crate::security::escape_markup(&self.locale.t("mail-unsubscribe"))
            ));
        }
        out.push_str("</p></body></html>");
        out
    }
}

/// A header value on one line: line breaks and other control characters become spaces
/// (no header can be injected through a subject).
pub fn one_line(text: &str) -> String {
    let cleaned: String = text.chars().map(|c| if c.is_control() { ' ' } else { c }).collect();
    cleaned.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Fluent's isolation marks around placeables stay out of plain text.
fn strip_isolates(text: &str) -> String {
    text.chars().filter(|c| !matches!(c, '\u{2068}' | '\u{2069}')).collect()
}

/// The host part of Message-IDs: the public address's host.
pub fn message_host(public_origin: &str) -> String {
    let host = public_origin.split("://").nth(1).unwrap_or(public_origin);
    let host = host.split(['/', ':']).next().unwrap_or_default();
    if host.is_empty() { "quorum.invalid".to_string() } else { host.to_string() }
}

/// Writes `mail` to the outbox on the caller's connection or transaction; the worker
/// sends it. Returns the Message-ID (without angle brackets).
pub async fn enqueue(conn: &mut AnyConnection, mail: &Mail, public_origin: &str) -> Result<String, AppError> {
    let id = format!("{}@{}", random_hex(16)?, message_host(public_origin));
    let now = stamp();
    sqlx::query(
        "INSERT INTO mail_outbox (id, kind, recipient, lang, subject, body_text, body_html, unsubscribe_url, status, \
         attempts, next_attempt_at, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 'queued', 0, $9, $9)",
    )
    .bind(&id)
    .bind(mail.kind.db_value())
    .bind(&mail.to)
    .bind(mail.locale.tag())
    .bind(&mail.subject)
    .bind(mail.text())
    .bind(mail.html())
    .bind(mail.unsubscribe_url.as_deref())
    .bind(&now)
    .execute(&mut *conn)
    .await?;
    worker::wake();
    Ok(id)
}

/// Days a sent or failed message (and its address) stays in the outbox.
pub const KEEP_DAYS: i64 = 30;

/// Deletes sent and failed messages older than [`KEEP_DAYS`]: an address stays no longer
/// than its message needs.
pub async fn forget_old(pool: &sqlx::AnyPool, now: chrono::DateTime<chrono::Utc>) -> Result<u64, AppError> {
    let before = (now - chrono::Duration::days(KEEP_DAYS)).format("%Y-%m-%dT%H:%M:%S%.6fZ").to_string();
    Ok(sqlx::query("DELETE FROM mail_outbox WHERE status IN ('sent', 'failed') AND created_at < $1")
        .bind(before)
        .execute(pool)
        .await?
        .rows_affected())
}

/// `ana@example.org` as `a…@example.org`.
pub fn mask(address: &str) -> String {
    match address.split_once('@') {
        Some((local, domain)) => format!("{}…@{domain}", local.chars().next().unwrap_or('?')),
        None => "…".to_string(),
    }
}

pub async fn outbox_state(pool: &sqlx::AnyPool) -> Result<OutboxState, AppError> {
    let counts: Vec<(String, i64)> =
        sqlx::query_as("SELECT status, COUNT(*) FROM mail_outbox GROUP BY status").fetch_all(pool).await?;
    let count = |status: &str| {
        counts.iter().find(|(s, _)| s == status).map_or(0, |(_, n)| u32::try_from(*n).unwrap_or(u32::MAX))
    };
    type Row = (String, String, String, i64, String, Option<String>, Option<String>);
    let rows: Vec<Row> = sqlx::query_as(
        "SELECT kind, recipient, status, attempts, created_at, sent_at, last_error FROM mail_outbox \
         ORDER BY created_at DESC LIMIT 20",
    )
    .fetch_all(pool)
    .await?;
    Ok(OutboxState {
        queued: count("queued"),
        sent: count("sent"),
        failed: count("failed"),
        recent: rows
            .into_iter()
            .map(|(kind, recipient, status, attempts, created_at, sent_at, last_error)| OutboxRow {
                kind,
                recipient: mask(&recipient),
                status,
                attempts,
                created_at,
                sent_at,
                last_error,
            })
            .collect(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn subjects_stay_on_one_line() {
        assert_eq!(one_line("Hello\r\nBcc: evil@example.org"), "Hello Bcc: evil@example.org");
        assert_eq!(one_line("  a\tb  "), "a b");
    }

    #[test]
    fn bodies_escape_what_they_quote() {
        let mail = Mail::new(Kind::Alert, "ana@example.org", Locale::default(), "S".into())
            .paragraph("<script>alert(1)</script> & \u{2068}X\u{2069}".into())
            .action("Open".into(), "https://q.example/a?b=1&c=2".into());
        let html = mail.html();
        assert!(html.contains("&lt;script&gt;") && !html.contains("<script>"));
        assert!(html.contains("href=\"https://q.example/a?b=1&amp;c=2\""));
        let text = mail.text();
        assert!(text.contains("<script>alert(1)</script> & X"), "{text}");
        assert!(text.contains("https://q.example/a?b=1&c=2"));
    }

    #[test]
    fn addresses_are_masked_for_admins() {
        assert_eq!(mask("ana@example.org"), "a…@example.org");
        assert_eq!(message_host("https://quorum.example.org:8443/x"), "quorum.example.org");
        assert_eq!(message_host(""), "quorum.invalid");
    }
}
