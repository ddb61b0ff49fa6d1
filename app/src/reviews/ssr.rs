//! Reviews on the server: the seed import, the cycle overview (every body's latest
//! position, its voting right, the tally and the projection) and recording positions;
//! the public API (`/api/v1/reviews…`, JSON and CSV) is in `api`.

use std::collections::HashMap;

use sqlx::AnyPool;

use super::edit::PositionForm;
use super::projection::{Certainty, Position, Rules, Standing, Usage, Voter, project};
use super::*;
use crate::auth::SignedInUser;
use crate::directory::ssr::import::ImportError;
use crate::directory::ssr::{all_records, category_matches, region_matches};
use crate::error::AppError;
use crate::i18n::Locale;
use crate::records::FieldProblem;
use crate::records::ssr::{Expect, Kind, Save, Stored, field, insert_missing, latest};
use crate::records::{check_provenance, problem};
use crate::standards::ssr::{COUNTS_AS_ADOPTION, Rows, insert_new};
use crate::state::AppState;
use crate::territory;

pub mod api;
pub mod pipeline;
pub mod radar;

const CYCLES_CSV: &str = include_str!("../../../seed/review_cycles.csv");
const POSITIONS_CSV: &str = include_str!("../../../seed/review_positions.csv");

/// Imports the review cycles and positions shipped in the binary. Idempotent: a seeded
/// position has a key made of its cycle, body and date, and nothing is overwritten.
pub async fn import_seed(pool: &AnyPool) -> Result<usize, ImportError> {
    let cycles = Rows::parse(CYCLES_CSV, &["id", "standard_id", "status", "source"])?;
    let positions = Rows::parse(POSITIONS_CSV, &["cycle_id", "alpha2", "position", "kind", "source", "as_of"])?;
    for (line, cells) in &positions.rows {
        let position = positions.get(cells, "position").unwrap_or_default();
        let kind = positions.get(cells, "kind").unwrap_or_default();
        if Position::from_slug(position).is_none() || !POSITION_KINDS.contains(&kind) {
            return Err(ImportError::BadRow { line: *line, reason: format!("unknown position or kind `{position}`") });
        }
    }
    for (line, cells) in &cycles.rows {
        let status = cycles.get(cells, "status").unwrap_or_default();
        if !CYCLE_STATUSES.contains(&status) {
            return Err(ImportError::BadRow { line: *line, reason: format!("unknown status `{status}`") });
        }
    }
    let now = crate::records::ssr::stamp();
    let mut tx = crate::db::begin_write(pool).await?;
    let columns = [
        "id",
        "standard_id",
        "opens_on",
        "closes_on",
        "status",
        "outcome",
        "stage",
        "decided_on",
        "notes",
        "source",
        "as_of",
    ];
    let mut inserted = insert_new(&mut tx, "review_cycle", &cycles, &columns, &[]).await?;
    for (_, cells) in &positions.rows {
        let get = |c: &str| positions.get(cells, c).unwrap_or_default().to_string();
        let id = format!("seed:{}:{}:{}", get("cycle_id"), get("alpha2"), get("as_of"));
        let row = [
            ("id", Some(id)),
            ("cycle_id", Some(get("cycle_id"))),
            ("alpha2", Some(get("alpha2"))),
            ("position", Some(get("position"))),
            ("kind", Some(get("kind"))),
            ("confidence", positions.get(cells, "confidence").map(str::to_string)),
            ("source", Some(get("source"))),
            ("as_of", Some(get("as_of"))),
            ("recorded_at", Some(now.clone())),
        ];
        inserted += insert_missing(&mut tx, "review_position", &row.map(|(c, v)| (c, v.into()))).await? as usize;
    }
    tx.commit().await?;
    Ok(inserted)
}

const CYCLE_SELECT: &str = "SELECT c.id, c.standard_id, s.reference, c.opens_on, c.closes_on, c.status, c.outcome, \
     c.stage, c.decided_on, c.notes, c.source, c.as_of FROM review_cycle c JOIN standard s ON s.id = c.standard_id";

/// Every cycle of the standards coordinators follow, the latest first (the others are
/// on the ballot radar).
pub async fn cycles(pool: &AnyPool) -> Result<Vec<Cycle>, AppError> {
    let sql = format!("{CYCLE_SELECT} WHERE s.followed = 'yes' ORDER BY c.id DESC");
    Ok(sqlx::query_as(&sql).fetch_all(pool).await?)
}

/// A `review_position` row; `owner` is the body or the cycle, as the query selects it.
#[derive(sqlx::FromRow)]
struct PositionRow {
    id: String,
    owner: String,
    position: String,
    kind: String,
    confidence: Option<String>,
    source: String,
    as_of: String,
    recorded_at: String,
}

impl PositionRow {
    fn record(self) -> Option<(String, PositionRecord)> {
        let position = Position::from_slug(&self.position)?;
        let provenance = Provenance { source: self.source, as_of: Some(self.as_of) };
        let record = PositionRecord {
            id: self.id,
            position,
            kind: self.kind,
            confidence: self.confidence,
            provenance,
            recorded_at: self.recorded_at,
        };
        Some((self.owner, record))
    }
}

const POSITION_COLUMNS: &str = "id, position, kind, confidence, source, as_of, recorded_at";

/// The signed-in account when it may see the advocacy pipeline.
pub async fn coordinator() -> Result<Option<SignedInUser>, AppError> {
    let user = crate::auth::ssr::request_user().await?;
    Ok(user.filter(|u| u.role.allows(crate::auth::Role::Coordinator)))
}

/// The owner committee ISO Open Data names for deliverables the Technical Management
/// Board owns directly (ISO 20400 since ISO/PC 277 was disbanded).
pub const BOARD: &str = "iso-tmbg";

/// Who must vote in a review of a standard.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Obliged {
    /// The P-members of the committee that owns the standard, as recorded.
    PMembers(Vec<String>),
    /// The standard is owned by the Technical Management Board directly, which has no
    /// P-members in ISO's committee data. No source for the rule ISO applies to such a
    /// ballot has been found, so every member body counts as a voter, and the review
    /// page says so.
    EveryMemberBody,
}

/// The bodies obliged to vote in a review of the standard.
pub async fn obliged(pool: &AnyPool, standard_id: &str) -> Result<Obliged, AppError> {
    let owner: Option<(Option<String>,)> = sqlx::query_as("SELECT committee_id FROM standard WHERE id = $1")
        .bind(standard_id)
        .fetch_optional(pool)
        .await?;
    if owner.and_then(|(id,)| id).as_deref() == Some(BOARD) {
        return Ok(Obliged::EveryMemberBody);
    }
    let rows: Vec<(String,)> = sqlx::query_as(
        "SELECT m.alpha2 FROM committee_member m JOIN standard s ON s.committee_id = m.committee_id \
         WHERE s.id = $1 AND m.membership = 'P'",
    )
    .bind(standard_id)
    .fetch_all(pool)
    .await?;
    Ok(Obliged::PMembers(rows.into_iter().map(|(code,)| code).collect()))
}

/// A body's voting right in a review: P-members must vote, other member bodies may,
/// correspondents and subscribers do not vote.
fn voter(alpha2: &str, category: Option<Category>, obliged: &Obliged) -> Voter {
    let member_body = category == Some(Category::MemberBody);
    match obliged {
        Obliged::PMembers(p_members) if p_members.iter().any(|p| p == alpha2) => Voter::Obliged,
        Obliged::EveryMemberBody if member_body => Voter::Obliged,
        _ if member_body => Voter::Optional,
        _ => Voter::NonVoting,
    }
}

/// The bodies that may vote in a review of the standard (obliged and optional voters),
/// by code.
pub async fn voting_bodies(pool: &AnyPool, standard_id: &str) -> Result<Vec<String>, AppError> {
    let obliged = obliged(pool, standard_id).await?;
    Ok(all_records(pool)
        .await?
        .into_iter()
        .filter(|body| voter(&body.alpha2, body.category(), &obliged) != Voter::NonVoting)
        .map(|body| body.alpha2)
        .collect())
}

/// Every body with its voting right and its latest position in the cycle; with a
/// `viewer` (a coordinator) also the advocacy pipeline.
pub async fn overview(
    pool: &AnyPool,
    slug: &str,
    filter: &ReviewFilter,
    locale: Locale,
    viewer: Option<&SignedInUser>,
) -> Result<CycleOverview, AppError> {
    let sql = format!("{CYCLE_SELECT} WHERE c.id = $1");
    let cycle: Option<Cycle> = sqlx::query_as(&sql).bind(slug.trim().to_ascii_lowercase()).fetch_optional(pool).await?;
    let cycle = cycle.ok_or(AppError::NotFound)?;

    // Recorded positions in the order they were made: the last one per body counts.
    let sql = format!(
        "SELECT alpha2 AS owner, {POSITION_COLUMNS} FROM review_position WHERE cycle_id = $1 ORDER BY as_of, recorded_at"
    );
    let positions: Vec<PositionRow> = sqlx::query_as(&sql).bind(&cycle.id).fetch_all(pool).await?;
    let mut latest: HashMap<String, PositionRecord> = positions.into_iter().filter_map(PositionRow::record).collect();
    let obliged = obliged(pool, &cycle.standard_id).await?;
    // Usage as recorded: adoptions, and the bodies with no known status (unknown is not zero).
    let (adopted, known): (i64, i64) = sqlx::query_as(&format!(
        "SELECT COALESCE(SUM(CASE WHEN {COUNTS_AS_ADOPTION} THEN 1 ELSE 0 END), 0), \
         COALESCE(SUM(CASE WHEN status <> 'unknown' THEN 1 ELSE 0 END), 0) \
         FROM adoption WHERE standard_id = $1 AND alpha2 IN (SELECT alpha2 FROM nsb)"
    ))
    .bind(&cycle.standard_id)
    .fetch_one(pool)
    .await?;

    let mut pipeline = match viewer {
        Some(_) => Some(pipeline::for_cycle(pool, &cycle.id).await?),
        None => None,
    };

    let mut standings: Vec<BodyStanding> = all_records(pool)
        .await?
        .into_iter()
        .map(|body| {
            let category = body.category();
            let voter = voter(&body.alpha2, category, &obliged);
            BodyStanding {
                country: territory::country_name(&body.alpha2, locale).unwrap_or_else(|| body.country_name_en.clone()),
                latest: latest.remove(&body.alpha2),
                advocacy: pipeline.as_mut().map(|p| p.remove(&body.alpha2).unwrap_or_default()),
                alpha2: body.alpha2,
                category,
                voter,
            }
        })
        .collect();
    standings.sort_by_cached_key(|s| crate::collation::key(locale, &s.country));
    let rules = Rules::default();
    let bodies = u32::try_from(standings.len()).unwrap_or(u32::MAX);
    let known = u32::try_from(known).unwrap_or_default().min(bodies);
    let usage = Usage { adopted: u32::try_from(adopted).unwrap_or_default(), unknown: bodies - known, bodies };
    let inputs: Vec<Standing> = standings
        .iter()
        .map(|s| Standing {
            alpha2: s.alpha2.clone(),
            voter: s.voter,
            position: s.position(),
            certainty: s.latest.as_ref().and_then(|p| Certainty::from_kind(&p.kind)),
        })
        .collect();
    let projection = project(&inputs, usage, &rules);
    let days_left = match (cycle.status.as_str(), cycle.closes_on.as_deref()) {
        ("open", Some(closes)) => chrono::NaiveDate::parse_from_str(closes, "%Y-%m-%d")
            .ok()
            .map(|closes| (closes - chrono::Utc::now().date_naive()).num_days())
            .filter(|days| *days >= 0),
        _ => None,
    };
    let shown = standings
        .iter()
        .filter(|s| {
            let region = territory::territory(&s.alpha2).map(|t| t.region.as_str());
            filter.keeps(s, viewer.map(|v| v.id.as_str()))
                && category_matches(s.category, filter.category.trim())
                && region_matches(region, filter.region.trim())
        })
        .map(|s| s.alpha2.clone())
        .collect();
    Ok(CycleOverview {
        every_member_body_obliged: obliged == Obliged::EveryMemberBody,
        tally: tally(&standings),
        cycle,
        standings,
        usage,
        rules,
        projection,
        days_left,
        shown,
        regions: crate::directory::ssr::region_options(locale),
        owners: match viewer {
            Some(_) => pipeline::coordinators(pool).await?,
            None => Vec::new(),
        },
    })
}

/// A body's latest position in an open review of the standard, if one is recorded.
pub async fn open_cycle_position(
    pool: &AnyPool,
    standard_id: &str,
    alpha2: &str,
) -> Result<Option<Position>, AppError> {
    let row: Option<(String,)> = sqlx::query_as(
        "SELECT p.position FROM review_position p JOIN review_cycle c ON c.id = p.cycle_id \
         WHERE c.standard_id = $1 AND c.status = 'open' AND p.alpha2 = $2 \
         ORDER BY p.as_of DESC, p.recorded_at DESC LIMIT 1",
    )
    .bind(standard_id)
    .bind(alpha2)
    .fetch_optional(pool)
    .await?;
    Ok(row.and_then(|(position,)| Position::from_slug(&position)))
}

/// The cycle's map: every country coloured by its body's latest position.
pub fn map(overview: &CycleOverview, locale: Locale) -> String {
    use crate::standards::map::{MapEntry, render};
    let entries = overview
        .standings
        .iter()
        .map(|s| {
            let slug = s.position().slug();
            let entry = MapEntry {
                class: format!("position-{slug}"),
                label: locale.t(&format!("position-{slug}")),
                shown: overview.shown.contains(&s.alpha2),
            };
            (s.alpha2.clone(), entry)
        })
        .collect();
    let label = locale.t_args("review-map-description", &[("cycle", overview.cycle.year().into())]);
    render(&entries, &label, locale)
}

/// A body's positions in every cycle where one is recorded, the latest cycle first.
pub async fn for_body(pool: &AnyPool, code: &str) -> Result<Vec<BodyReview>, AppError> {
    let alpha2 = crate::directory::ssr::normalize_code(code).ok_or(AppError::NotFound)?;
    let sql = format!(
        "SELECT cycle_id AS owner, {POSITION_COLUMNS} FROM review_position WHERE alpha2 = $1 ORDER BY as_of, recorded_at"
    );
    let rows: Vec<PositionRow> = sqlx::query_as(&sql).bind(&alpha2).fetch_all(pool).await?;
    let mut reviews: Vec<BodyReview> =
        cycles(pool).await?.into_iter().map(|cycle| BodyReview { cycle, positions: Vec::new() }).collect();
    for (cycle_id, record) in rows.into_iter().filter_map(PositionRow::record) {
        if let Some(review) = reviews.iter_mut().find(|r| r.cycle.id == cycle_id) {
            review.positions.push(record);
        }
    }
    reviews.retain(|r| !r.positions.is_empty());
    Ok(reviews)
}

/// A position as a coordinator submits it.
#[derive(Debug, Clone)]
pub struct NewPosition {
    pub cycle: String,
    pub alpha2: String,
    /// The latest position the form showed ("" when none).
    pub latest_id: String,
    pub position: String,
    pub kind: String,
    pub confidence: String,
    pub source: String,
    pub as_of: String,
}

/// Checks a submitted position; all problems at once.
pub fn validate(
    input: &NewPosition,
    today: chrono::NaiveDate,
) -> Result<(Position, Option<String>), Vec<FieldProblem>> {
    let mut problems = Vec::new();
    let position = Position::from_slug(input.position.trim());
    if position.is_none() {
        problems.push(problem("position", "edit-error-choice"));
    }
    if !POSITION_KINDS.contains(&input.kind.trim()) {
        problems.push(problem("kind", "edit-error-choice"));
    }
    let confidence = Some(input.confidence.trim().to_string()).filter(|c| !c.is_empty());
    if confidence.as_deref().is_some_and(|c| !super::edit::CONFIDENCES.contains(&c)) {
        problems.push(problem("confidence", "edit-error-choice"));
    }
    check_provenance(&input.source, &input.as_of, today, &mut problems);
    match position {
        Some(position) if problems.is_empty() => Ok((position, confidence)),
        _ => Err(problems),
    }
}

/// A body's positions in a cycle: every one recorded is kept, the newest counts.
pub static POSITION: Kind = Kind::new(
    "review_position",
    "review_position",
    &["cycle_id", "alpha2"],
    &[field("position"), field("kind"), field("confidence")],
)
.stored(Stored::Appended {
    id: "id",
    author: "account_id",
    headline: field("position"),
    newest_first: "as_of DESC, recorded_at DESC",
    supersedes: true,
})
.stamped("recorded_at");

/// A checked position for `save`: the key values and the stored values.
pub fn position_save<'a>(
    (cycle, alpha2): (&str, &str),
    (position, kind, confidence): (Position, &str, Option<String>),
    (source, as_of): (&'a str, &'a str),
    expect: Expect,
    (by, action, at): (&'a str, &'a str, &'a str),
) -> Save<'a> {
    Save {
        kind: &POSITION,
        keys: vec![cycle.to_string(), alpha2.to_string()],
        audit_key: format!("{cycle}:{alpha2}"),
        expect,
        values: vec![
            ("position", Some(position.slug().to_string())),
            ("kind", Some(kind.to_string())),
            ("confidence", confidence),
        ],
        also: Vec::new(),
        source,
        as_of,
        by,
        action,
        at,
        shown: None,
    }
}

/// The cycle and body a form names, checked.
async fn resolve(pool: &AnyPool, cycle: &str, code: &str) -> Result<(String, String), AppError> {
    let alpha2 = crate::directory::ssr::normalize_code(code).ok_or(AppError::NotFound)?;
    let cycle = cycle.trim().to_ascii_lowercase();
    let found: Option<(String,)> =
        sqlx::query_as("SELECT id FROM review_cycle WHERE id = $1").bind(&cycle).fetch_optional(pool).await?;
    found.ok_or(AppError::NotFound)?;
    crate::directory::ssr::record(pool, &alpha2).await?.ok_or(AppError::NotFound)?;
    Ok((cycle, alpha2))
}

/// Adds a position to a body's history in one transaction, with its audit entry; returns
/// the review page. Refused when a newer position was recorded since the form was read.
pub async fn record(pool: &AnyPool, user: &SignedInUser, input: &NewPosition) -> Result<String, AppError> {
    let (cycle, alpha2) = resolve(pool, &input.cycle, &input.alpha2).await?;
    let (position, confidence) = validate(input, chrono::Utc::now().date_naive()).map_err(AppError::Invalid)?;
    let now = crate::records::ssr::stamp();
    let save = position_save(
        (&cycle, &alpha2),
        (position, input.kind.trim(), confidence),
        (input.source.trim(), input.as_of.trim()),
        Expect::Latest(input.latest_id.trim().to_string()),
        (&user.id, "edit", &now),
    );
    let mut tx = crate::db::begin_write(pool).await?;
    crate::records::ssr::save(&mut tx, &save).await?;
    tx.commit().await?;
    tracing::info!(account = %user.id, %cycle, body = %alpha2, position = position.slug(), "position recorded");
    Ok(format!("/reviews/{cycle}"))
}

/// The position form of one body: its history in the cycle and the latest id.
pub async fn position_form(pool: &AnyPool, cycle: &str, code: &str, locale: Locale) -> Result<PositionForm, AppError> {
    let (cycle, alpha2) = resolve(pool, cycle, code).await?;
    let sql = format!(
        "SELECT alpha2 AS owner, {POSITION_COLUMNS} FROM review_position WHERE cycle_id = $1 AND alpha2 = $2 \
         ORDER BY as_of, recorded_at"
    );
    let rows: Vec<PositionRow> = sqlx::query_as(&sql).bind(&cycle).bind(&alpha2).fetch_all(pool).await?;
    let history: Vec<PositionRecord> = rows.into_iter().filter_map(PositionRow::record).map(|(_, r)| r).collect();
    let latest_id =
        latest(&mut *pool.acquire().await?, &POSITION, &[cycle.clone(), alpha2.clone()]).await?.map(|(id, _)| id);
    let latest_id = latest_id.unwrap_or_default();
    let country = territory::country_name(&alpha2, locale).unwrap_or_else(|| alpha2.clone());
    let heading = locale.t_args(
        "position-edit-title",
        &[("country", country.into()), ("cycle", super::cycle_year(&cycle).to_string().into())],
    );
    Ok(PositionForm { cycle_id: cycle, alpha2, heading, latest_id, history })
}
