//! Alerts on the server: asking (checked, rate-limited, confirmation written to the
//! outbox in the same transaction), confirming, unsubscribing (the row and its address
//! deleted), and `dispatch`, run every minute by the server: review reminders 7 days
//! and 1 day before a ballot closes, and the public changes of a body or a standard not
//! told yet — each sent once (`mail_sent_once`, `told_until`).

use chrono::{NaiveDate, Utc};
use sqlx::AnyPool;

use super::{Kind, Mail, enqueue};
use crate::error::AppError;
use crate::feeds::{Changes, public_changes, record_label};
use crate::i18n::Locale;
use crate::mail::alerts::{AlertInfo, Topic};
use crate::records::problem;
use crate::records::ssr::{random_hex, stamp};
use crate::state::AppState;

/// What a topic's key names, for a reader; `None` when it names nothing.
async fn label(pool: &AnyPool, topic: Topic, key: &str, locale: Locale) -> Result<Option<String>, AppError> {
    Ok(match topic {
        Topic::Standard => {
            let row: Option<(String,)> =
                sqlx::query_as("SELECT reference FROM standard WHERE id = $1").bind(key).fetch_optional(pool).await?;
            row.map(|(reference,)| reference)
        }
        Topic::Body => {
            let row: Option<(Option<String>,)> =
                sqlx::query_as("SELECT acronym FROM nsb WHERE alpha2 = $1").bind(key).fetch_optional(pool).await?;
            row.map(|(acronym,)| {
                let country = crate::territory::country_name(key, locale).unwrap_or_else(|| key.to_string());
                match acronym.filter(|a| !a.trim().is_empty()) {
                    Some(acronym) => format!("{acronym} ({country})"),
                    None => country,
                }
            })
        }
        Topic::Review => {
            let row: Option<(String,)> = sqlx::query_as(
                "SELECT s.reference FROM review_cycle c JOIN standard s ON s.id = c.standard_id WHERE c.id = $1",
            )
            .bind(key)
            .fetch_optional(pool)
            .await?;
            row.map(|(reference,)| locale.t_args("alert-label-review", &[("reference", reference.into())]))
        }
    })
}

/// The key as stored: a slug or cycle id in lower case, a body's code in upper case.
fn normal_key(topic: Topic, key: &str) -> String {
    match topic {
        Topic::Body => key.trim().to_ascii_uppercase(),
        Topic::Standard | Topic::Review => key.trim().to_ascii_lowercase(),
    }
}

fn links(origin: &str, token: &str) -> (String, String) {
    let origin = origin.trim_end_matches('/');
    (format!("{origin}/mail/alerts/{token}"), format!("{origin}/mail/unsubscribe/{token}"))
}

/// Asks for an alert: writes the subscription, unconfirmed, and its confirmation message.
pub async fn subscribe(
    state: &AppState,
    topic: Topic,
    key: &str,
    email: &str,
    locale: Locale,
    address: &str,
) -> Result<(), AppError> {
    if state.config.smtp_url.is_none() {
        return Err(AppError::Invalid(vec![problem("email", "alert-error-no-mail")]));
    }
    let pool = &state.pool;
    let key = normal_key(topic, key);
    let email = email.trim().to_lowercase();
    if email.is_empty() {
        return Err(AppError::Invalid(vec![problem("email", "edit-error-required")]));
    }
    if email.chars().count() > 254 || !crate::records::looks_like_email(&email) {
        return Err(AppError::Invalid(vec![problem("email", "edit-error-email")]));
    }
    let label = label(pool, topic, &key, locale).await?.ok_or(AppError::NotFound)?;
    let mut tx = crate::db::begin_write(pool).await?;
    let now = Utc::now();
    let refused = crate::limits::take(&mut tx, &crate::limits::ALERTS, address, now).await?.is_err()
        || crate::limits::take(&mut tx, &crate::limits::ALERTS_PER_EMAIL, &email, now).await?.is_err();
    if refused {
        tx.rollback().await?;
        return Err(AppError::Invalid(vec![problem("", "alert-error-too-many")]));
    }
    let existing: Option<(String, Option<String>)> = sqlx::query_as(
        "SELECT token, confirmed_at FROM mail_subscription WHERE email = $1 AND topic = $2 AND topic_key = $3",
    )
    .bind(&email)
    .bind(topic.db_value())
    .bind(&key)
    .fetch_optional(&mut *tx)
    .await?;
    let token = match existing {
        // Already confirmed: nothing to do, and the answer is the same as for a new one.
        Some((_, Some(_))) => {
            tx.commit().await?;
            return Ok(());
        }
        // Waiting for confirmation: the same link again.
        Some((token, None)) => token,
        None => {
            let token = random_hex(24)?;
            let stamped = stamp();
            sqlx::query(
                "INSERT INTO mail_subscription (id, token, email, lang, topic, topic_key, created_at, told_until) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $7)",
            )
            .bind(random_hex(12)?)
            .bind(&token)
            .bind(&email)
            .bind(locale.tag())
            .bind(topic.db_value())
            .bind(&key)
            .bind(&stamped)
            .execute(&mut *tx)
            .await?;
            token
        }
    };
    let (page, _) = links(&state.public_origin, &token);
    let what = locale.t_args(topic_message(topic), &[("label", label.clone().into())]);
    let mail = Mail::new(
        Kind::AlertConfirm,
        &email,
        locale,
        locale.t_args("mail-alert-confirm-subject", &[("what", what.clone().into())]),
    )
    .paragraph(locale.t_args("mail-alert-confirm-body", &[("what", what.into())]))
    .action(locale.t("mail-alert-confirm-action"), page)
    .paragraph(locale.t("mail-alert-confirm-ignore"));
    enqueue(&mut tx, &mail, &state.public_origin).await?;
    tx.commit().await?;
    Ok(())
}

/// The message naming what a topic follows ("reviews of ISO 20400").
fn topic_message(topic: Topic) -> &'static str {
    match topic {
        Topic::Standard => "alert-what-standard",
        Topic::Body => "alert-what-body",
        Topic::Review => "alert-what-review",
    }
}

fn valid_token(token: &str) -> Result<&str, AppError> {
    let token = token.trim();
    if token.len() == 48 && token.chars().all(|c| c.is_ascii_hexdigit()) { Ok(token) } else { Err(AppError::NotFound) }
}

pub async fn info(pool: &AnyPool, token: &str, locale: Locale) -> Result<AlertInfo, AppError> {
    let token = valid_token(token)?;
    let row: Option<(String, String, String, Option<String>)> =
        sqlx::query_as("SELECT email, topic, topic_key, confirmed_at FROM mail_subscription WHERE token = $1")
            .bind(token)
            .fetch_optional(pool)
            .await?;
    let (email, topic, key, confirmed) = row.ok_or(AppError::NotFound)?;
    let topic = Topic::from_db(&topic).ok_or(AppError::NotFound)?;
    let label = label(pool, topic, &key, locale).await?.unwrap_or_else(|| key.clone());
    Ok(AlertInfo { email, topic, key, label, confirmed: confirmed.is_some() })
}

/// Confirms a subscription; alerts start from now (nothing older is sent).
pub async fn confirm(pool: &AnyPool, token: &str) -> Result<(), AppError> {
    let token = valid_token(token)?;
    let now = stamp();
    let found = sqlx::query(
        "UPDATE mail_subscription SET confirmed_at = COALESCE(confirmed_at, $1), \
         told_until = CASE WHEN confirmed_at IS NULL THEN $1 ELSE told_until END WHERE token = $2",
    )
    .bind(&now)
    .bind(token)
    .execute(pool)
    .await?
    .rows_affected();
    if found == 1 { Ok(()) } else { Err(AppError::NotFound) }
}

/// Ends a subscription: the row, its address and what was sent once are deleted. A
/// digest's token turns the account's digest off.
pub async fn unsubscribe(pool: &AnyPool, token: &str) -> Result<(), AppError> {
    let token = valid_token(token)?;
    let mut tx = crate::db::begin_write(pool).await?;
    let row: Option<(String,)> = sqlx::query_as("SELECT id FROM mail_subscription WHERE token = $1")
        .bind(token)
        .fetch_optional(&mut *tx)
        .await?;
    let Some((id,)) = row else {
        // A coordinator's digest: turned off for the account.
        let off = sqlx::query("UPDATE account SET digest = 0 WHERE digest_token = $1")
            .bind(token)
            .execute(&mut *tx)
            .await?
            .rows_affected();
        tx.commit().await?;
        return if off == 1 { Ok(()) } else { Err(AppError::NotFound) };
    };
    sqlx::query("DELETE FROM mail_sent_once WHERE subject_key = $1").bind(&id).execute(&mut *tx).await?;
    sqlx::query("DELETE FROM mail_subscription WHERE id = $1").bind(&id).execute(&mut *tx).await?;
    tx.commit().await?;
    Ok(())
}

/// Records that `what` was sent for `subject`; false when it had been already (another
/// process or an earlier run), in which case the caller sends nothing.
pub async fn first_time(conn: &mut sqlx::AnyConnection, subject: &str, what: &str) -> Result<bool, AppError> {
    let inserted = sqlx::query(
        "INSERT INTO mail_sent_once (subject_key, what, sent_at) VALUES ($1, $2, $3) \
         ON CONFLICT (subject_key, what) DO NOTHING",
    )
    .bind(subject)
    .bind(what)
    .bind(stamp())
    .execute(&mut *conn)
    .await?
    .rows_affected();
    Ok(inserted == 1)
}

#[derive(sqlx::FromRow)]
struct Subscriber {
    id: String,
    token: String,
    email: String,
    lang: String,
    topic: String,
    topic_key: String,
    told_until: String,
}

/// Which reminder is due `days_left` days before a ballot closes: the 7-day one within
/// the last week, the 1-day one on the last day; none before or after.
pub fn reminder_due(days_left: i64) -> Option<i64> {
    match days_left {
        0..=1 => Some(1),
        2..=7 => Some(7),
        _ => None,
    }
}

/// Writes every alert due on `today` to the outbox; returns how many.
pub async fn dispatch(pool: &AnyPool, origin: &str, today: NaiveDate) -> Result<u32, AppError> {
    let subscribers: Vec<Subscriber> = sqlx::query_as(
        "SELECT id, token, email, lang, topic, topic_key, told_until FROM mail_subscription \
         WHERE confirmed_at IS NOT NULL ORDER BY created_at",
    )
    .fetch_all(pool)
    .await?;
    let mut written = 0;
    for subscriber in subscribers {
        let locale = Locale::letter_language(&subscriber.lang).filter(|l| l.is_interface()).unwrap_or_default();
        let Some(topic) = Topic::from_db(&subscriber.topic) else { continue };
        let done = match topic {
            Topic::Review => remind(pool, origin, &subscriber, locale, today).await?,
            Topic::Standard | Topic::Body => tell_changes(pool, origin, &subscriber, topic, locale).await?,
        };
        written += u32::from(done);
    }
    Ok(written)
}

async fn remind(
    pool: &AnyPool,
    origin: &str,
    subscriber: &Subscriber,
    locale: Locale,
    today: NaiveDate,
) -> Result<bool, AppError> {
    let row: Option<(Option<String>, String, String)> = sqlx::query_as(
        "SELECT c.closes_on, c.status, s.reference FROM review_cycle c JOIN standard s ON s.id = c.standard_id \
         WHERE c.id = $1",
    )
    .bind(&subscriber.topic_key)
    .fetch_optional(pool)
    .await?;
    let Some((Some(closes_on), status, reference)) = row else { return Ok(false) };
    let Ok(closes) = NaiveDate::parse_from_str(closes_on.trim(), "%Y-%m-%d") else { return Ok(false) };
    if !matches!(status.as_str(), "planned" | "open") {
        return Ok(false);
    }
    let days_left = (closes - today).num_days();
    let Some(which) = reminder_due(days_left) else { return Ok(false) };
    let mut tx = crate::db::begin_write(pool).await?;
    if !first_time(&mut tx, &subscriber.id, &format!("remind-{which}:{}", subscriber.topic_key)).await? {
        tx.rollback().await?;
        return Ok(false);
    }
    let (_, unsubscribe) = links(origin, &subscriber.token);
    let page = format!("{}/reviews/{}", origin.trim_end_matches('/'), subscriber.topic_key);
    let date = crate::format::format_date(locale, closes);
    let args = [("reference", reference.into()), ("days", days_left.into()), ("date", date.into())];
    let mut mail = Mail::new(Kind::Alert, &subscriber.email, locale, locale.t_args("mail-reminder-subject", &args))
        .paragraph(locale.t_args("mail-reminder-body", &args))
        .action(locale.t("mail-reminder-action"), page);
    mail.unsubscribe_url = Some(unsubscribe);
    enqueue(&mut tx, &mail, origin).await?;
    tx.commit().await?;
    Ok(true)
}

async fn tell_changes(
    pool: &AnyPool,
    origin: &str,
    subscriber: &Subscriber,
    topic: Topic,
    locale: Locale,
) -> Result<bool, AppError> {
    let scope = match topic {
        Topic::Body => Changes::Body(subscriber.topic_key.clone()),
        _ => Changes::Standard(subscriber.topic_key.clone()),
    };
    let changes = public_changes(pool, &scope, Some(&subscriber.told_until)).await?;
    let Some(newest) = changes.last().map(|(_, entry)| entry.at.clone()) else { return Ok(false) };
    let mut tx = crate::db::begin_write(pool).await?;
    // Moves the mark only from where this run read it: of two processes, one tells.
    let moved = sqlx::query("UPDATE mail_subscription SET told_until = $1 WHERE id = $2 AND told_until = $3")
        .bind(&newest)
        .bind(&subscriber.id)
        .bind(&subscriber.told_until)
        .execute(&mut *tx)
        .await?
        .rows_affected();
    if moved != 1 {
        tx.rollback().await?;
        return Ok(false);
    }
    let label =
        label(pool, topic, &subscriber.topic_key, locale).await?.unwrap_or_else(|| subscriber.topic_key.clone());
    let what = locale.t_args(topic_message(topic), &[("label", label.into())]);
    let origin_trimmed = origin.trim_end_matches('/');
    let (_, unsubscribe) = links(origin, &subscriber.token);
    let count = i64::try_from(changes.len()).unwrap_or(i64::MAX);
    let mut mail = Mail::new(
        Kind::Alert,
        &subscriber.email,
        locale,
        locale.t_args("mail-changes-subject", &[("what", what.clone().into()), ("count", count.into())]),
    )
    .paragraph(locale.t_args("mail-changes-body", &[("what", what.into()), ("count", count.into())]));
    mail.items = changes
        .iter()
        .map(|(_, entry)| {
            let line = format!(
                "{} · {} — {}",
                &entry.at[..entry.at.len().min(10)],
                record_label(locale, entry),
                crate::components::form::describe_change(locale, entry)
            );
            (line, format!("{origin_trimmed}{}", crate::components::form::record_link(&entry.entity, &entry.alpha2)))
        })
        .collect();
    mail.unsubscribe_url = Some(unsubscribe);
    enqueue(&mut tx, &mail, origin).await?;
    tx.commit().await?;
    Ok(true)
}

/// The dispatcher: every minute, what is due today (UTC).
pub async fn run(pool: AnyPool, origin: String) {
    loop {
        match dispatch(&pool, &origin, Utc::now().date_naive()).await {
            Ok(0) => {}
            Ok(written) => tracing::info!(written, "alerts written to the outbox"),
            Err(error) => tracing::error!(%error, "alerts not dispatched"),
        }
        if let Err(error) = super::digest::weekly(&pool, &origin, Utc::now()).await {
            tracing::error!(%error, "weekly digest not written");
        }
        if let Err(error) = super::forget_old(&pool, Utc::now()).await {
            tracing::error!(%error, "old outbox messages not deleted");
        }
        if let Err(error) = crate::open_letters::ssr::signatures::forget_unconfirmed(&pool).await {
            tracing::error!(%error, "unconfirmed co-signatures not deleted");
        }
        tokio::time::sleep(std::time::Duration::from_secs(60)).await;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reminders_come_a_week_and_a_day_before() {
        assert_eq!(reminder_due(8), None);
        assert_eq!(reminder_due(7), Some(7));
        assert_eq!(reminder_due(2), Some(7));
        assert_eq!(reminder_due(1), Some(1));
        assert_eq!(reminder_due(0), Some(1));
        assert_eq!(reminder_due(-1), None);
    }
}
