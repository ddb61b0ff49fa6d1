//! The coordinators' weekly digest, written on Mondays (UTC) once per account and ISO
//! week: each open or planned review's closing date and days left, the bodies not yet
//! contacted, pipeline stages that have not moved in three weeks, and the correction
//! reports and co-signatures waiting. In the account's language (its last sign-in's).

use chrono::{DateTime, Datelike, Duration, Utc, Weekday};
use sqlx::AnyPool;

use super::alerts::first_time;
use super::{Kind, Mail, enqueue};
use crate::error::AppError;
use crate::i18n::Locale;
use crate::records::ssr::random_hex;

/// A pipeline stage unchanged this long is stale.
pub const STALE_DAYS: i64 = 21;

#[derive(sqlx::FromRow)]
struct Cycle {
    id: String,
    reference: String,
    closes_on: Option<String>,
}

/// Writes the week's digest for every active coordinator and admin who has not had it;
/// only on Mondays. Returns how many were written. Run every minute: once everyone has
/// had theirs, it costs one query.
pub async fn weekly(pool: &AnyPool, origin: &str, now: DateTime<Utc>) -> Result<u32, AppError> {
    if now.weekday() != Weekday::Mon {
        return Ok(0);
    }
    let week = format!("digest:{}-W{:02}", now.iso_week().year(), now.iso_week().week());
    let accounts: Vec<(String, String, Option<String>, Option<String>)> = sqlx::query_as(
        "SELECT id, email, lang, digest_token FROM account a WHERE disabled = 0 AND digest = 1 AND NOT EXISTS \
             (SELECT 1 FROM mail_sent_once s WHERE s.subject_key = a.id AND s.what = $1) ORDER BY id",
    )
    .bind(&week)
    .fetch_all(pool)
    .await?;
    if accounts.is_empty() {
        return Ok(0);
    }
    let cycles: Vec<Cycle> = sqlx::query_as(
        "SELECT c.id, s.reference, c.closes_on FROM review_cycle c JOIN standard s ON s.id = c.standard_id \
         WHERE c.status IN ('planned', 'open') ORDER BY c.closes_on, c.id",
    )
    .fetch_all(pool)
    .await?;
    let stale_before = (now - Duration::days(STALE_DAYS)).format("%Y-%m-%dT%H:%M:%S%.6fZ").to_string();
    let mut lines = Vec::new();
    for cycle in &cycles {
        let (not_contacted,): (i64,) = sqlx::query_as(
            "SELECT COUNT(*) FROM nsb n WHERE n.iso_category = 'member body' AND NOT EXISTS \
             (SELECT 1 FROM advocacy a WHERE a.cycle_id = $1 AND a.alpha2 = n.alpha2 AND a.stage <> 'not-contacted')",
        )
        .bind(&cycle.id)
        .fetch_one(pool)
        .await?;
        let (stale,): (i64,) = sqlx::query_as(
            "SELECT COUNT(*) FROM advocacy WHERE cycle_id = $1 AND stage IN ('contacted', 'replied', 'committed') \
             AND updated_at < $2",
        )
        .bind(&cycle.id)
        .bind(&stale_before)
        .fetch_one(pool)
        .await?;
        let closes = cycle.closes_on.as_deref().and_then(|d| chrono::NaiveDate::parse_from_str(d, "%Y-%m-%d").ok());
        lines.push((cycle, closes, not_contacted, stale));
    }
    let corrections = i64::from(crate::directory::ssr::corrections::open_count(pool).await?);
    let signatures = i64::from(crate::open_letters::ssr::signatures::pending_count(pool).await?);
    let base = origin.trim_end_matches('/');
    let mut written = 0;
    for (id, email, lang, token) in accounts {
        let locale = lang.as_deref().and_then(Locale::from_tag).unwrap_or_default();
        let mut tx = crate::db::begin_write(pool).await?;
        if !first_time(&mut tx, &id, &week).await? {
            tx.rollback().await?;
            continue;
        }
        let token = match token {
            Some(token) => token,
            None => {
                let token = random_hex(24)?;
                sqlx::query("UPDATE account SET digest_token = $1 WHERE id = $2")
                    .bind(&token)
                    .bind(&id)
                    .execute(&mut *tx)
                    .await?;
                token
            }
        };
        let mut mail = Mail::new(Kind::Digest, &email, locale, locale.t("mail-digest-subject"))
            .paragraph(locale.t("mail-digest-intro"));
        if lines.is_empty() {
            mail = mail.paragraph(locale.t("mail-digest-no-reviews"));
        }
        for (cycle, closes, not_contacted, stale) in &lines {
            let closing = match closes {
                Some(date) => locale.t_args(
                    "mail-digest-closes",
                    &[
                        ("date", crate::format::format_date(locale, *date).into()),
                        ("days", (*date - now.date_naive()).num_days().into()),
                    ],
                ),
                None => locale.t("mail-digest-closes-unknown"),
            };
            let line = locale.t_args(
                "mail-digest-review",
                &[
                    ("reference", cycle.reference.clone().into()),
                    ("closing", closing.into()),
                    ("not_contacted", (*not_contacted).into()),
                    ("stale", (*stale).into()),
                ],
            );
            mail.items.push((line, format!("{base}/reviews/{}", cycle.id)));
        }
        mail = mail
            .paragraph(locale.t_args(
                "mail-digest-queues",
                &[("corrections", corrections.into()), ("signatures", signatures.into())],
            ))
            .action(locale.t("mail-digest-action"), format!("{base}/coordinate"));
        mail.unsubscribe_url = Some(format!("{base}/mail/unsubscribe/{token}"));
        enqueue(&mut tx, &mail, origin).await?;
        tx.commit().await?;
        written += 1;
    }
    Ok(written)
}
