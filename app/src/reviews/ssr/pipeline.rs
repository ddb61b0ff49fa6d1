//! The advocacy pipeline on the server: reading it per cycle, moving a body (version
//! check and audit trail in one transaction), notes, the letters count and the
//! coordinators' dashboard.

use std::collections::HashMap;

use chrono::NaiveDate;
use sqlx::AnyPool;

use super::super::pipeline::{Advocacy, Coordinator, CycleProgress, Dashboard, Note, OwnedBody, PipelineForm, STAGES};
use super::super::{Cycle, ReviewFilter};
use super::{cycles, overview, resolve};
use crate::auth::SignedInUser;
use crate::directory::Category;
use crate::error::AppError;
use crate::i18n::Locale;
use crate::records::ssr::{Expect, Kind, Save, Stored, Trail, entity_history, field, stamp};
use crate::records::{has_control, problem};

/// The longest note, in characters.
pub const MAX_NOTE_CHARS: usize = 2000;

/// Every body's pipeline state in a cycle (bodies without a row are not contacted and
/// own nothing; they appear only when letters were counted for them).
pub async fn for_cycle(pool: &AnyPool, cycle: &str) -> Result<HashMap<String, Advocacy>, AppError> {
    type Row = (String, String, Option<String>, Option<String>, i64);
    let rows: Vec<Row> = sqlx::query_as(
        "SELECT v.alpha2, v.stage, v.owner_id, a.email, v.version FROM advocacy v \
         LEFT JOIN account a ON a.id = v.owner_id WHERE v.cycle_id = $1",
    )
    .bind(cycle)
    .fetch_all(pool)
    .await?;
    let mut states: HashMap<String, Advocacy> = rows
        .into_iter()
        .map(|(alpha2, stage, owner_id, owner, version)| {
            (alpha2, Advocacy { stage, owner_id, owner, letters: 0, reports: 0, version })
        })
        .collect();
    let letters: Vec<(String, i64)> = sqlx::query_as("SELECT alpha2, letters FROM letter_count WHERE cycle_id = $1")
        .bind(cycle)
        .fetch_all(pool)
        .await?;
    for (alpha2, count) in letters {
        states.entry(alpha2).or_default().letters = count;
    }
    let reports: Vec<(String, i64)> = sqlx::query_as(
        "SELECT alpha2, COUNT(*) FROM outreach_report WHERE cycle_id = $1 AND status = 'open' GROUP BY alpha2",
    )
    .bind(cycle)
    .fetch_all(pool)
    .await?;
    for (alpha2, count) in reports {
        states.entry(alpha2).or_default().reports = count;
    }
    Ok(states)
}

/// The accounts that can own a body: active coordinators and admins.
pub async fn coordinators(pool: &AnyPool) -> Result<Vec<Coordinator>, AppError> {
    let rows: Vec<(String, String)> = sqlx::query_as(
        "SELECT id, email FROM account WHERE disabled = 0 AND role IN ('coordinator', 'admin') ORDER BY email",
    )
    .fetch_all(pool)
    .await?;
    Ok(rows.into_iter().map(|(id, email)| Coordinator { id, email }).collect())
}

/// A pipeline move as submitted: the new stage and owner ("" = nobody), and the version
/// the form was read at (0 = nothing recorded).
#[derive(Debug, Clone)]
pub struct Move {
    pub cycle: String,
    pub alpha2: String,
    pub version: i64,
    pub stage: String,
    pub owner: String,
}

/// Where the campaign stands with a body in a cycle: no row reads "not contacted".
static ADVOCACY: Kind = Kind::new(
    "advocacy",
    "advocacy",
    &["cycle_id", "alpha2"],
    &[field("stage").unset(STAGES[0]), field("owner_id").named("owner")],
)
.own()
.stamped("updated_at");

/// Dated notes on a body in a cycle, only ever added.
static NOTE: Kind =
    Kind::new("advocacy", "advocacy_note", &["cycle_id", "alpha2"], &[field("noted_on"), field("body")])
        .stored(Stored::Appended {
            id: "id",
            author: "account_id",
            headline: field("body").named("note"),
            newest_first: "noted_on DESC, recorded_at DESC",
            supersedes: false,
        })
        .own()
        .stamped("recorded_at");

/// Saves a move in one transaction with its audit entries; returns the review page.
pub async fn save(pool: &AnyPool, user: &SignedInUser, input: &Move) -> Result<String, AppError> {
    let (cycle, alpha2) = resolve(pool, &input.cycle, &input.alpha2).await?;
    let stage = input.stage.trim();
    let owner = Some(input.owner.trim()).filter(|o| !o.is_empty());
    let owners = coordinators(pool).await?;
    let mut problems = Vec::new();
    if !STAGES.contains(&stage) {
        problems.push(problem("stage", "edit-error-choice"));
    }
    if owner.is_some_and(|o| !owners.iter().any(|c| c.id == o)) {
        problems.push(problem("owner", "edit-error-choice"));
    }
    if !problems.is_empty() {
        return Err(AppError::Invalid(problems));
    }
    // The trail and a refusal name an owner by e-mail.
    let shown = |name: &str, value: Option<String>| match name {
        "owner" => value.and_then(|id| owners.iter().find(|c| c.id == id)).map(|c| c.email.clone()),
        _ => value,
    };
    let (now, today) = (stamp(), chrono::Utc::now().date_naive().to_string());
    let save = Save {
        kind: &ADVOCACY,
        keys: vec![cycle.clone(), alpha2.clone()],
        audit_key: format!("{cycle}:{alpha2}"),
        expect: Expect::Version(input.version),
        values: vec![("stage", Some(stage.to_string())), ("owner_id", owner.map(str::to_string))],
        also: Vec::new(),
        source: "",
        as_of: &today,
        by: &user.id,
        action: "edit",
        at: &now,
        shown: Some(&shown),
    };
    let mut tx = crate::db::begin_write(pool).await?;
    crate::records::ssr::save(&mut tx, &save).await?;
    tx.commit().await?;
    tracing::info!(account = %user.id, %cycle, body = %alpha2, stage, "pipeline moved");
    Ok(format!("/reviews/{cycle}"))
}

/// Checks a note: a date (not in the future) and a text of 1 to 2,000 characters.
pub fn check_note(noted_on: &str, body: &str, today: NaiveDate) -> Result<(), Vec<crate::records::FieldProblem>> {
    let mut problems = Vec::new();
    let date = NaiveDate::parse_from_str(noted_on.trim(), "%Y-%m-%d");
    if !date.is_ok_and(|d| d <= today && chrono::Datelike::year(&d) >= 1947) {
        problems.push(problem("noted_on", "edit-error-date"));
    }
    let body = body.trim();
    if body.is_empty() {
        problems.push(problem("body", "edit-error-required"));
    } else if body.chars().count() > MAX_NOTE_CHARS {
        problems.push(crate::records::FieldProblem {
            field: "body".into(),
            key: "edit-error-too-long".into(),
            max: u32::try_from(MAX_NOTE_CHARS).ok(),
            ..Default::default()
        });
    } else if has_control(&body.replace(['\n', '\r'], " ")) {
        problems.push(problem("body", "edit-error-control"));
    }
    if problems.is_empty() { Ok(()) } else { Err(problems) }
}

/// Adds a note with its audit entry; returns the body's page in the review.
pub async fn add_note(
    pool: &AnyPool,
    user: &SignedInUser,
    cycle: &str,
    code: &str,
    noted_on: &str,
    body: &str,
) -> Result<String, AppError> {
    let (cycle, alpha2) = resolve(pool, cycle, code).await?;
    check_note(noted_on, body, chrono::Utc::now().date_naive()).map_err(AppError::Invalid)?;
    let (noted_on, body) = (noted_on.trim(), body.trim());
    let now = stamp();
    let save = Save {
        kind: &NOTE,
        keys: vec![cycle.clone(), alpha2.clone()],
        audit_key: format!("{cycle}:{alpha2}"),
        expect: Expect::Unchecked,
        values: vec![("noted_on", Some(noted_on.to_string())), ("body", Some(body.to_string()))],
        also: Vec::new(),
        source: "",
        as_of: noted_on,
        by: &user.id,
        action: "note",
        at: &now,
        shown: None,
    };
    let mut tx = crate::db::begin_write(pool).await?;
    crate::records::ssr::save(&mut tx, &save).await?;
    tx.commit().await?;
    Ok(format!("/reviews/{cycle}/positions/edit?nsb={alpha2}"))
}

/// The pipeline part of a body's page in a review.
pub async fn form(pool: &AnyPool, cycle: &str, code: &str) -> Result<PipelineForm, AppError> {
    let (cycle, alpha2) = resolve(pool, cycle, code).await?;
    let advocacy = for_cycle(pool, &cycle).await?.remove(&alpha2).unwrap_or_default();
    let notes: Vec<(String, String, Option<String>, String)> = sqlx::query_as(
        "SELECT n.noted_on, n.body, a.email, n.recorded_at FROM advocacy_note n \
         LEFT JOIN account a ON a.id = n.account_id WHERE n.cycle_id = $1 AND n.alpha2 = $2 \
         ORDER BY n.noted_on DESC, n.recorded_at DESC",
    )
    .bind(&cycle)
    .bind(&alpha2)
    .fetch_all(pool)
    .await?;
    let notes = notes
        .into_iter()
        .map(|(noted_on, body, author, recorded_at)| Note { noted_on, body, author, recorded_at })
        .collect();
    let today = chrono::Utc::now().date_naive().to_string();
    Ok(PipelineForm { coordinators: coordinators(pool).await?, cycle_id: cycle, alpha2, advocacy, notes, today })
}

/// Counts a letter composed for a body in every open review of the standard, at most
/// once per client (`client`: its address) and body a day: reloading the composer, or
/// requesting it in a loop, does not inflate the count. The use is taken and the count
/// raised in one transaction.
pub async fn count_letter(pool: &AnyPool, standard_id: &str, alpha2: &str, client: &str) -> Result<(), AppError> {
    let mut tx = crate::db::begin_write(pool).await?;
    let subject = format!("{client}|{alpha2}");
    if crate::limits::take(&mut tx, &crate::limits::LETTER_COUNTED, &subject, chrono::Utc::now()).await?.is_err() {
        tx.rollback().await?;
        return Ok(());
    }
    sqlx::query(
        "INSERT INTO letter_count (cycle_id, alpha2, letters) \
         SELECT id, $2, 1 FROM review_cycle WHERE standard_id = $1 AND status = 'open' \
         ON CONFLICT (cycle_id, alpha2) DO UPDATE SET letters = letter_count.letters + 1",
    )
    .bind(standard_id)
    .bind(alpha2)
    .execute(&mut *tx)
    .await?;
    tx.commit().await?;
    Ok(())
}

/// Open and planned cycles with their pipeline, the viewer's bodies, the open correction
/// reports and the latest changes.
pub async fn dashboard(pool: &AnyPool, user: &SignedInUser, locale: Locale) -> Result<Dashboard, AppError> {
    let active: Vec<Cycle> =
        cycles(pool).await?.into_iter().filter(|c| c.status == "open" || c.status == "planned").collect();
    let mut progress = Vec::new();
    let mut mine = Vec::new();
    for cycle in active {
        let overview = overview(pool, &cycle.id, &ReviewFilter::default(), locale, Some(user)).await?;
        let counted = |s: &&super::super::BodyStanding| {
            s.category == Some(Category::MemberBody) || s.advocacy.as_ref().is_some_and(|a| a.version > 0)
        };
        let stages = STAGES
            .iter()
            .map(|stage| {
                let n = overview
                    .standings
                    .iter()
                    .filter(counted)
                    .filter(|s| s.advocacy.as_ref().map_or(STAGES[0], |a| a.stage.as_str()) == *stage)
                    .count();
                (stage.to_string(), u32::try_from(n).unwrap_or(u32::MAX))
            })
            .collect();
        let owned: Vec<OwnedBody> = overview
            .standings
            .iter()
            .filter_map(|s| {
                let advocacy = s.advocacy.as_ref().filter(|a| a.owner_id.as_deref() == Some(user.id.as_str()))?;
                Some(OwnedBody {
                    cycle_id: cycle.id.clone(),
                    alpha2: s.alpha2.clone(),
                    country: s.country.clone(),
                    stage: advocacy.stage.clone(),
                    position: s.position(),
                    letters: advocacy.letters,
                })
            })
            .collect();
        progress.push(CycleProgress {
            mine: u32::try_from(owned.len()).unwrap_or(u32::MAX),
            outcome: overview.projection.outcome,
            days_left: overview.days_left,
            stages,
            cycle: overview.cycle,
        });
        mine.extend(owned);
    }
    let trail = Trail { entity: "", key: "", field: "", who: "" };
    Ok(Dashboard {
        cycles: progress,
        mine,
        corrections: crate::directory::ssr::corrections::open_count(pool).await?,
        signatures: crate::open_letters::ssr::signatures::pending_count(pool).await?,
        changes: entity_history(pool, &trail, true, 15).await?,
    })
}
