//! How often a client or an account may do something, counted so that a burst cannot
//! outrun the count: each use is *taken* from the allowance by one conditional upsert,
//! before the work it allows, and refused when the allowance is spent. SQLite serialises
//! writers and PostgreSQL locks the row for the upsert, so on both databases at most
//! `max` uses pass per window however many requests arrive together.
//!
//! A window starts at the first use and lasts `window`; the next use after it starts a
//! new one. Subjects (addresses, e-mails, bodies) are stored only as SHA-256 hashes.

use chrono::{DateTime, Duration, NaiveDateTime, Utc};
use sha2::{Digest, Sha256};
use sqlx::AnyConnection;

/// One kind of limit: its name (part of every key), how many uses a window allows and
/// how long a window lasts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Limit {
    pub name: &'static str,
    pub max: i64,
    pub window_minutes: i64,
}

impl Limit {
    fn key(&self, subject: &str) -> String {
        let hash = hex::encode(Sha256::digest(format!("quorum-limit:{}:{subject}", self.name).as_bytes()));
        format!("{}:{hash}", self.name)
    }

    fn window(&self) -> Duration {
        Duration::minutes(self.window_minutes)
    }
}

/// Failed sign-ins per account (e-mail) and per client address.
pub const SIGN_IN_ACCOUNT: Limit = Limit { name: "sign-in-account", max: 5, window_minutes: 15 };
pub const SIGN_IN_ADDRESS: Limit = Limit { name: "sign-in-address", max: 20, window_minutes: 15 };
/// Correction reports and co-signatures one address may send per hour.
pub const CORRECTION_REPORTS: Limit = Limit { name: "correction", max: 5, window_minutes: 60 };
pub const SIGNATURES: Limit = Limit { name: "signature", max: 5, window_minutes: 60 };
/// Alert subscriptions one address may ask for per hour (each sends a confirmation).
pub const ALERTS: Limit = Limit { name: "alert", max: 5, window_minutes: 60 };
/// Confirmations sent to one e-mail address per day, whoever asks.
pub const ALERTS_PER_EMAIL: Limit = Limit { name: "alert-email", max: 3, window_minutes: 24 * 60 };
/// Outcome reports ("I sent it", "they replied") one address may send per hour.
pub const OUTREACH: Limit = Limit { name: "outreach", max: 10, window_minutes: 60 };
/// A letter is counted once per client, body and day.
pub const LETTER_COUNTED: Limit = Limit { name: "letter", max: 1, window_minutes: 24 * 60 };

/// Rows whose window ended this long ago are deleted (longer than any window).
const KEEP_DAYS: i64 = 2;

const TIME_FORMAT: &str = "%Y-%m-%dT%H:%M:%S%.6fZ";

fn stamp(time: DateTime<Utc>) -> String {
    time.format(TIME_FORMAT).to_string()
}

/// The use was refused; the allowance returns after this long.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Refused {
    pub retry_after: Duration,
}

impl Refused {
    /// Whole minutes to wait, at least one.
    pub fn minutes(&self) -> u32 {
        u32::try_from((self.retry_after.num_seconds().max(1) + 59) / 60).unwrap_or(u32::MAX)
    }
}

/// How a public write remembers the address it came from without keeping it: a SHA-256
/// of the address under the write's `purpose` (`correction`, `signature`).
pub fn client_hash(purpose: &str, address: &str) -> String {
    hex::encode(Sha256::digest(format!("quorum-{purpose}:{address}").as_bytes()))
}

/// Takes one use of `limit` for `subject`, or refuses when the window's allowance is
/// spent. One statement: the check and the count cannot be separated by another request.
pub async fn take(
    conn: &mut AnyConnection,
    limit: &Limit,
    subject: &str,
    now: DateTime<Utc>,
) -> Result<Result<(), Refused>, sqlx::Error> {
    let key = limit.key(subject);
    let window_began_after = stamp(now - limit.window());
    let taken: Option<(i64,)> = sqlx::query_as(
        "INSERT INTO rate_limit (limit_key, window_start, used) VALUES ($1, $2, 1) \
         ON CONFLICT (limit_key) DO UPDATE SET \
           used = CASE WHEN rate_limit.window_start < $3 THEN 1 ELSE rate_limit.used + 1 END, \
           window_start = CASE WHEN rate_limit.window_start < $3 THEN $2 ELSE rate_limit.window_start END \
         WHERE rate_limit.window_start < $3 OR rate_limit.used < $4 \
         RETURNING used",
    )
    .bind(&key)
    .bind(stamp(now))
    .bind(&window_began_after)
    .bind(limit.max)
    .fetch_optional(&mut *conn)
    .await?;
    match taken {
        Some((1,)) => {
            // A new window: a good moment to forget windows long over.
            sqlx::query("DELETE FROM rate_limit WHERE window_start < $1")
                .bind(stamp(now - Duration::days(KEEP_DAYS)))
                .execute(&mut *conn)
                .await?;
            Ok(Ok(()))
        }
        Some(_) => Ok(Ok(())),
        None => {
            let started: Option<(String,)> = sqlx::query_as("SELECT window_start FROM rate_limit WHERE limit_key = $1")
                .bind(&key)
                .fetch_optional(&mut *conn)
                .await?;
            let started = started
                .and_then(|(s,)| NaiveDateTime::parse_from_str(&s, TIME_FORMAT).ok())
                .map_or(now, |s| s.and_utc());
            Ok(Err(Refused { retry_after: (started + limit.window() - now).max(Duration::seconds(1)) }))
        }
    }
}

/// Returns one use taken by [`take`] (the work it was taken for did not happen, or did
/// not count: a successful sign-in is not a failure).
pub async fn give_back(conn: &mut AnyConnection, limit: &Limit, subject: &str) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE rate_limit SET used = used - 1 WHERE limit_key = $1 AND used > 0")
        .bind(limit.key(subject))
        .execute(conn)
        .await?;
    Ok(())
}

/// Forgets every use of `limit` by `subject` (an account that signed in starts afresh).
pub async fn clear(conn: &mut AnyConnection, limit: &Limit, subject: &str) -> Result<(), sqlx::Error> {
    sqlx::query("DELETE FROM rate_limit WHERE limit_key = $1").bind(limit.key(subject)).execute(conn).await?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_name_the_limit_and_hide_the_subject() {
        let key = SIGN_IN_ADDRESS.key("203.0.113.7");
        assert!(key.starts_with("sign-in-address:"));
        assert!(!key.contains("203.0.113.7"));
        assert_ne!(key, SIGN_IN_ACCOUNT.key("203.0.113.7"));
        assert_eq!(key, SIGN_IN_ADDRESS.key("203.0.113.7"));
    }

    #[test]
    fn a_refusal_rounds_up_to_whole_minutes() {
        assert_eq!(Refused { retry_after: Duration::seconds(1) }.minutes(), 1);
        assert_eq!(Refused { retry_after: Duration::seconds(61) }.minutes(), 2);
        assert_eq!(Refused { retry_after: Duration::minutes(15) }.minutes(), 15);
    }
}
