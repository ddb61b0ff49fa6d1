//! Outcome reports on the server: checked, rate-limited, stored with the link's token
//! hashed; the coordinators' decisions (a position through the record engine, or a
//! dismissal, both audited); the public counts.

use chrono::Utc;
use sqlx::AnyPool;

use super::{Counts, CycleCounts, MAX_REPLY_CHARS, OwnReport, PipelineReport, STANCES};
use crate::auth::SignedInUser;
use crate::error::AppError;
use crate::i18n::Locale;
use crate::records::ssr::{AuditEntry, Expect, append_audit, random_hex, stamp};
use crate::records::{has_control, problem};
use crate::state::AppState;

/// "I sent it" as submitted.
pub struct NewReport {
    pub nsb: String,
    pub via: String,
    pub open_letter: String,
    pub email: String,
}

fn too_many() -> AppError {
    AppError::Invalid(vec![problem("", "outcome-error-too-many")])
}

/// Stores "I sent it"; returns the private link's token. The standard is the open
/// letter's, or the composer's; the review is that standard's open one, if any.
pub async fn report_sent(
    state: &AppState,
    report: &NewReport,
    locale: Locale,
    address: &str,
) -> Result<String, AppError> {
    let pool = &state.pool;
    let alpha2 = crate::directory::ssr::normalize_code(&report.nsb).ok_or(AppError::NotFound)?;
    crate::directory::ssr::record(pool, &alpha2).await?.ok_or(AppError::NotFound)?;
    let (via, open_letter, standard) = match report.via.trim() {
        "open-letter" => {
            let slug = report.open_letter.trim().to_ascii_lowercase();
            let row: Option<(Option<String>,)> = sqlx::query_as("SELECT standard_id FROM open_letter WHERE id = $1")
                .bind(&slug)
                .fetch_optional(pool)
                .await?;
            let (standard,) = row.ok_or(AppError::NotFound)?;
            ("open-letter", Some(slug), standard.unwrap_or_else(|| crate::standards::DEFAULT_STANDARD.to_string()))
        }
        "letter" => ("letter", None, crate::standards::DEFAULT_STANDARD.to_string()),
        _ => return Err(AppError::Invalid(vec![problem("via", "edit-error-choice")])),
    };
    let email = report.email.trim().to_lowercase();
    let mail_on = state.config.smtp_url.is_some();
    if !email.is_empty() && (!mail_on || email.chars().count() > 254 || !crate::records::looks_like_email(&email)) {
        return Err(AppError::Invalid(vec![problem("email", "edit-error-email")]));
    }
    let cycle: Option<(String,)> = sqlx::query_as(
        "SELECT id FROM review_cycle WHERE standard_id = $1 AND status = 'open' ORDER BY closes_on DESC, id DESC LIMIT 1",
    )
    .bind(&standard)
    .fetch_optional(pool)
    .await?;
    let token = random_hex(24)?;
    let mut tx = crate::db::begin_write(pool).await?;
    if crate::limits::take(&mut tx, &crate::limits::OUTREACH, address, Utc::now()).await?.is_err() {
        tx.rollback().await?;
        return Err(too_many());
    }
    let now = stamp();
    sqlx::query(
        "INSERT INTO outreach_report (id, token_hash, alpha2, standard_id, cycle_id, via, open_letter, sent_on, status, \
         created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 'open', $9)",
    )
    .bind(random_hex(12)?)
    .bind(crate::auth::ssr::token_hash(&token))
    .bind(&alpha2)
    .bind(&standard)
    .bind(cycle.map(|(id,)| id))
    .bind(via)
    .bind(open_letter)
    .bind(&now[..10])
    .bind(&now)
    .execute(&mut *tx)
    .await?;
    if !email.is_empty() {
        use crate::mail::ssr::{Kind, Mail, enqueue};
        let body = body_label(pool, &alpha2, locale).await?;
        let url = format!("{}/outcomes/{token}", state.public_origin.trim_end_matches('/'));
        let mail = Mail::new(
            Kind::Outcome,
            &email,
            locale,
            locale.t_args("mail-outcome-subject", &[("body", body.clone().into())]),
        )
        .paragraph(locale.t_args("mail-outcome-body", &[("body", body.into())]))
        .action(locale.t("mail-outcome-action"), url);
        enqueue(&mut tx, &mail, &state.public_origin).await?;
    }
    tx.commit().await?;
    Ok(token)
}

async fn body_label(pool: &AnyPool, alpha2: &str, locale: Locale) -> Result<String, AppError> {
    let row: Option<(Option<String>,)> =
        sqlx::query_as("SELECT acronym FROM nsb WHERE alpha2 = $1").bind(alpha2).fetch_optional(pool).await?;
    let country = crate::territory::country_name(alpha2, locale).unwrap_or_else(|| alpha2.to_string());
    Ok(match row.and_then(|(a,)| a).filter(|a| !a.trim().is_empty()) {
        Some(acronym) => format!("{acronym} ({country})"),
        None => country,
    })
}

fn valid_token(token: &str) -> Result<String, AppError> {
    let token = token.trim();
    if token.len() == 48 && token.chars().all(|c| c.is_ascii_hexdigit()) {
        Ok(crate::auth::ssr::token_hash(token))
    } else {
        Err(AppError::NotFound)
    }
}

/// "They replied": what the body said and, optionally, the reply's text. May be told
/// again (a later answer replaces the earlier) until a coordinator has decided on it.
pub async fn report_reply(
    pool: &AnyPool,
    token: &str,
    stance: &str,
    reply_text: &str,
    address: &str,
) -> Result<(), AppError> {
    let hash = valid_token(token)?;
    let stance = stance.trim();
    let text = reply_text.trim();
    let mut problems = Vec::new();
    if !STANCES.contains(&stance) {
        problems.push(problem("stance", "edit-error-choice"));
    }
    if text.chars().count() > MAX_REPLY_CHARS {
        problems.push(crate::records::FieldProblem {
            field: "reply_text".into(),
            key: "edit-error-too-long".into(),
            max: u32::try_from(MAX_REPLY_CHARS).ok(),
            ..Default::default()
        });
    } else if has_control(&text.replace(['\n', '\r', '\t'], " ")) {
        problems.push(problem("reply_text", "edit-error-control"));
    }
    if !problems.is_empty() {
        return Err(AppError::Invalid(problems));
    }
    let mut tx = crate::db::begin_write(pool).await?;
    if crate::limits::take(&mut tx, &crate::limits::OUTREACH, address, Utc::now()).await?.is_err() {
        tx.rollback().await?;
        return Err(too_many());
    }
    let today = Utc::now().date_naive().to_string();
    let updated = sqlx::query(
        "UPDATE outreach_report SET replied_on = $1, stance = $2, reply_text = $3 WHERE token_hash = $4 AND status = 'open'",
    )
    .bind(&today)
    .bind(stance)
    .bind(Some(text).filter(|t| !t.is_empty()))
    .bind(&hash)
    .execute(&mut *tx)
    .await?
    .rows_affected();
    if updated != 1 {
        tx.rollback().await?;
        return Err(AppError::Invalid(vec![problem("", "outcome-error-closed")]));
    }
    tx.commit().await?;
    Ok(())
}

pub async fn own_report(pool: &AnyPool, token: &str, locale: Locale) -> Result<OwnReport, AppError> {
    let hash = valid_token(token)?;
    type Row = (String, String, Option<String>, Option<String>, Option<String>);
    let row: Option<Row> = sqlx::query_as(
        "SELECT alpha2, sent_on, replied_on, stance, reply_text FROM outreach_report WHERE token_hash = $1",
    )
    .bind(&hash)
    .fetch_optional(pool)
    .await?;
    let (alpha2, sent_on, replied_on, stance, reply_text) = row.ok_or(AppError::NotFound)?;
    Ok(OwnReport { body: body_label(pool, &alpha2, locale).await?, alpha2, sent_on, replied_on, stance, reply_text })
}

pub async fn pipeline_reports(pool: &AnyPool, cycle: &str, nsb: &str) -> Result<Vec<PipelineReport>, AppError> {
    let alpha2 = crate::directory::ssr::normalize_code(nsb).ok_or(AppError::NotFound)?;
    type Row = (String, String, String, Option<String>, Option<String>, Option<String>, String);
    let rows: Vec<Row> = sqlx::query_as(
        "SELECT id, via, sent_on, replied_on, stance, reply_text, status FROM outreach_report \
         WHERE cycle_id = $1 AND alpha2 = $2 ORDER BY COALESCE(replied_on, sent_on) DESC, created_at DESC",
    )
    .bind(cycle.trim().to_ascii_lowercase())
    .bind(&alpha2)
    .fetch_all(pool)
    .await?;
    Ok(rows
        .into_iter()
        .map(|(id, via, sent_on, replied_on, stance, reply_text, status)| PipelineReport {
            id,
            via,
            sent_on,
            replied_on,
            stance,
            reply_text,
            status,
        })
        .collect())
}

/// The position a stance records: none for "no answer".
fn position_of(stance: &str) -> Option<crate::reviews::projection::Position> {
    use crate::reviews::projection::Position;
    match stance {
        "confirm" => Some(Position::Confirm),
        "revise" => Some(Position::Revise),
        "withdraw" => Some(Position::Withdraw),
        "undecided" => Some(Position::NoneYet),
        _ => None,
    }
}

/// The report's answer recorded as the body's position: an intention, low confidence,
/// sourced to the report and dated by the reply, in one transaction with the report.
pub async fn record_report(pool: &AnyPool, user: &SignedInUser, id: &str, latest_id: &str) -> Result<(), AppError> {
    type Row = (Option<String>, String, Option<String>, Option<String>, String);
    let row: Option<Row> =
        sqlx::query_as("SELECT cycle_id, alpha2, replied_on, stance, status FROM outreach_report WHERE id = $1")
            .bind(id.trim())
            .fetch_optional(pool)
            .await?;
    let (cycle, alpha2, replied_on, stance, status) = row.ok_or(AppError::NotFound)?;
    let (Some(cycle), Some(replied_on), Some(position)) = (cycle, replied_on, stance.as_deref().and_then(position_of))
    else {
        return Err(AppError::Invalid(vec![problem("", "outcome-error-no-position")]));
    };
    if status != "open" {
        return Err(AppError::Invalid(vec![problem("", "outcome-error-closed")]));
    }
    let now = stamp();
    let source = format!("Advocate's report through Quorum (reply of {replied_on}; report {})", id.trim());
    let save = crate::reviews::ssr::position_save(
        (&cycle, &alpha2),
        (position, "intention", Some("low".to_string())),
        (&source, &replied_on),
        Expect::Latest(latest_id.trim().to_string()),
        (&user.id, "edit", &now),
    );
    let mut tx = crate::db::begin_write(pool).await?;
    crate::records::ssr::save(&mut tx, &save).await?;
    decide(&mut tx, user, id.trim(), "recorded", &now).await?;
    tx.commit().await?;
    Ok(())
}

pub async fn dismiss_report(pool: &AnyPool, user: &SignedInUser, id: &str) -> Result<(), AppError> {
    let mut tx = crate::db::begin_write(pool).await?;
    decide(&mut tx, user, id.trim(), "dismissed", &stamp()).await?;
    tx.commit().await?;
    Ok(())
}

/// Moves an open report to `status`, with its audit entry; refused when it was decided.
async fn decide(
    conn: &mut sqlx::AnyConnection,
    user: &SignedInUser,
    id: &str,
    status: &str,
    now: &str,
) -> Result<(), AppError> {
    let changed = sqlx::query(
        "UPDATE outreach_report SET status = $1, decided_by = $2, decided_at = $3 WHERE id = $4 AND status = 'open'",
    )
    .bind(status)
    .bind(&user.id)
    .bind(now)
    .bind(id)
    .execute(&mut *conn)
    .await?
    .rows_affected();
    if changed != 1 {
        return Err(AppError::Invalid(vec![problem("", "outcome-error-closed")]));
    }
    let entry = AuditEntry {
        at: now,
        account_id: &user.id,
        entity: "outreach_report",
        key: id,
        field: "status",
        before: Some("open"),
        after: Some(status),
        source: "coordinator",
        as_of: &now[..10],
        version: None,
        action: "edit",
    };
    append_audit(conn, &entry).await
}

fn count(n: i64) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

/// A review's counts, in total and per body.
pub async fn cycle_counts(pool: &AnyPool, cycle: &str, locale: Locale) -> Result<CycleCounts, AppError> {
    let cycle = cycle.trim().to_ascii_lowercase();
    let found: Option<(String,)> =
        sqlx::query_as("SELECT id FROM review_cycle WHERE id = $1").bind(&cycle).fetch_optional(pool).await?;
    found.ok_or(AppError::NotFound)?;
    let letters: Vec<(String, i64)> = sqlx::query_as("SELECT alpha2, letters FROM letter_count WHERE cycle_id = $1")
        .bind(&cycle)
        .fetch_all(pool)
        .await?;
    let reports: Vec<(String, i64, i64)> = sqlx::query_as(
        "SELECT alpha2, COUNT(*), COUNT(replied_on) FROM outreach_report WHERE cycle_id = $1 AND status <> 'dismissed' \
         GROUP BY alpha2",
    )
    .bind(&cycle)
    .fetch_all(pool)
    .await?;
    let mut per_body: std::collections::BTreeMap<String, Counts> = std::collections::BTreeMap::new();
    for (alpha2, n) in letters {
        per_body.entry(alpha2).or_default().letters_started = count(n);
    }
    for (alpha2, sent, replies) in reports {
        let entry = per_body.entry(alpha2).or_default();
        entry.reported_sent = count(sent);
        entry.replies = count(replies);
    }
    let mut total = Counts::default();
    let mut bodies: Vec<(String, String, Counts)> = per_body
        .into_iter()
        .filter(|(_, c)| !c.is_empty())
        .map(|(alpha2, c)| {
            total.letters_started = total.letters_started.saturating_add(c.letters_started);
            total.reported_sent = total.reported_sent.saturating_add(c.reported_sent);
            total.replies = total.replies.saturating_add(c.replies);
            let country = crate::territory::country_name(&alpha2, locale).unwrap_or_else(|| alpha2.clone());
            (alpha2, country, c)
        })
        .collect();
    bodies.sort_by(|a, b| {
        (b.2.reported_sent, b.2.letters_started)
            .cmp(&(a.2.reported_sent, a.2.letters_started))
            .then_with(|| a.1.cmp(&b.1))
    });
    Ok(CycleCounts { total, bodies })
}

/// A body's counts per review it has any in: (cycle id, standard reference, counts).
pub async fn body_counts(pool: &AnyPool, nsb: &str) -> Result<Vec<(String, String, Counts)>, AppError> {
    let alpha2 = crate::directory::ssr::normalize_code(nsb).ok_or(AppError::NotFound)?;
    let cycles: Vec<(String, String)> = sqlx::query_as(
        "SELECT c.id, s.reference FROM review_cycle c JOIN standard s ON s.id = c.standard_id WHERE \
         EXISTS (SELECT 1 FROM letter_count l WHERE l.cycle_id = c.id AND l.alpha2 = $1) OR \
         EXISTS (SELECT 1 FROM outreach_report r WHERE r.cycle_id = c.id AND r.alpha2 = $1) ORDER BY c.id DESC",
    )
    .bind(&alpha2)
    .fetch_all(pool)
    .await?;
    let mut out = Vec::new();
    for (cycle, reference) in cycles {
        // One row per cycle and body at most (its key); no SUM, which PostgreSQL answers
        // as NUMERIC.
        let letters: Option<(i64,)> =
            sqlx::query_as("SELECT letters FROM letter_count WHERE cycle_id = $1 AND alpha2 = $2")
                .bind(&cycle)
                .bind(&alpha2)
                .fetch_optional(pool)
                .await?;
        let letters = letters.map_or(0, |(n,)| n);
        let (sent, replies): (i64, i64) = sqlx::query_as(
            "SELECT COUNT(*), COUNT(replied_on) FROM outreach_report WHERE cycle_id = $1 AND alpha2 = $2 \
             AND status <> 'dismissed'",
        )
        .bind(&cycle)
        .bind(&alpha2)
        .fetch_one(pool)
        .await?;
        out.push((
            cycle,
            reference,
            Counts { letters_started: count(letters), reported_sent: count(sent), replies: count(replies) },
        ));
    }
    Ok(out)
}

/// One body's counts in the API.
#[derive(serde::Serialize, utoipa::ToSchema)]
pub struct BodyCountsJson {
    /// ISO 3166-1 alpha-2 of the body's country.
    pub alpha2: String,
    #[serde(flatten)]
    pub counts: Counts,
}

/// A review's counts in the API: in total and per body with any.
#[derive(serde::Serialize, utoipa::ToSchema)]
pub struct OutreachJson {
    pub cycle: String,
    pub total: Counts,
    pub bodies: Vec<BodyCountsJson>,
    /// What the counts are (derived from Quorum's own use, not from any body).
    pub kind: &'static str,
}

crate::api::envelope!(
    /// `GET /api/v1/reviews/{slug}/outreach`: letters started, reported sent and replies.
    OutreachEnvelope,
    OutreachJson
);

/// `GET /api/v1/reviews/{slug}/outreach`: how many letters Quorum's composer started for
/// each body while the review was open, how many advocates reported as sent, and how
/// many replies they reported (counts only; reports are never published).
#[utoipa::path(
    get,
    path = "/api/v1/reviews/{slug}/outreach",
    tag = "reviews",
    params(crate::reviews::ssr::api::CycleSlug),
    responses(
        (status = 200, description = "The review's counts, in total and per body", body = OutreachEnvelope),
        (status = 400, description = "`slug` is not text (percent-encoded bytes that are not UTF-8)", body = crate::api::ApiError),
        (status = 404, description = "No such review cycle", body = crate::api::ApiError),
    )
)]
pub async fn api_outreach(
    axum::extract::State(state): axum::extract::State<AppState>,
    crate::api::ApiPath(slug): crate::api::ApiPath<String>,
) -> Result<axum::response::Response, AppError> {
    let counts = cycle_counts(&state.pool, &slug, Locale::default()).await?;
    let mut bodies: Vec<BodyCountsJson> =
        counts.bodies.into_iter().map(|(alpha2, _, counts)| BodyCountsJson { alpha2, counts }).collect();
    bodies.sort_by(|a, b| a.alpha2.cmp(&b.alpha2));
    Ok(crate::api::json_response(
        OutreachJson { cycle: slug.trim().to_ascii_lowercase(), total: counts.total, bodies, kind: "derived" },
        None,
    ))
}

/// The bucket of a body's letters on the map: none, 1–2, 3–9, 10 or more.
pub fn bucket(letters: u32) -> u8 {
    match letters {
        0 => 0,
        1..=2 => 1,
        3..=9 => 2,
        _ => 3,
    }
}

/// The review's map coloured by letters (started or reported sent, whichever is more):
/// every body of the directory, each with its counts as its label.
pub async fn map(pool: &AnyPool, cycle: &str, locale: Locale) -> Result<String, AppError> {
    use crate::standards::map::{MapEntry, render};
    let counts = cycle_counts(pool, cycle, locale).await?;
    let bodies: Vec<(String,)> = sqlx::query_as("SELECT alpha2 FROM nsb").fetch_all(pool).await?;
    let entries = bodies
        .into_iter()
        .map(|(alpha2,)| {
            let c = counts.bodies.iter().find(|(a, _, _)| *a == alpha2).map(|(_, _, c)| *c).unwrap_or_default();
            let entry = MapEntry {
                class: format!("outreach-{}", bucket(c.letters_started.max(c.reported_sent))),
                label: locale.t_args(
                    "outcome-counts",
                    &[
                        ("letters", i64::from(c.letters_started).into()),
                        ("sent", i64::from(c.reported_sent).into()),
                        ("replies", i64::from(c.replies).into()),
                    ],
                ),
                shown: true,
            };
            (alpha2, entry)
        })
        .collect();
    Ok(render(&entries, &locale.t("outcome-map-description"), locale))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn letters_fall_in_four_buckets() {
        assert_eq!([0, 1, 2, 3, 9, 10, 500].map(bucket), [0, 1, 1, 2, 2, 3, 3]);
    }

    #[test]
    fn answers_map_to_positions_and_no_answer_to_none() {
        use crate::reviews::projection::Position;
        assert_eq!(position_of("confirm"), Some(Position::Confirm));
        assert_eq!(position_of("undecided"), Some(Position::NoneYet));
        assert_eq!(position_of("no-answer"), None);
        assert!(STANCES.iter().all(|s| *s == "no-answer" || position_of(s).is_some()));
    }
}
