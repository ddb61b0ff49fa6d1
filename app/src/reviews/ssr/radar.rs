//! The ballot radar on the server: the running reviews and the standards whose next
//! review falls due in the next twelve months, over every standard (followed or not),
//! paged; and its API as JSON, CSV and an iCalendar feed.

use std::collections::HashMap;

use axum::extract::State;
use axum::response::{IntoResponse, Response};
use chrono::{Months, NaiveDate};
use serde::Serialize;
use sqlx::AnyPool;

use super::BOARD;
use crate::api::{ApiQuery, PageQuery, Pagination, csv_response, csv_row, envelope, json_response};
use crate::error::AppError;
use crate::i18n::Locale;
use crate::reviews::radar::{Radar, RadarFilter, RadarItem, RadarKind};
use crate::standards::ssr::catalogue::due_by;
use crate::state::AppState;

/// The later of publication and last confirmation, which the due date counts from. The
/// very expression of the `standard_review_base` index, which answers the due range.
const BASE: &str = "CASE WHEN s.last_confirmed IS NOT NULL AND (s.published IS NULL OR s.last_confirmed > s.published) \
     THEN s.last_confirmed ELSE s.published END";

/// `AND …` for the filters, with their values to bind from `$first` on.
fn filter_sql(filter: &RadarFilter, first: usize) -> (String, Vec<String>) {
    let (mut sql, mut binds) = (String::new(), Vec::new());
    let committee = filter.committee.trim();
    if !committee.is_empty() {
        let n = first + binds.len();
        sql.push_str(&format!(" AND (s.committee = ${n} OR s.committee LIKE ${})", n + 1));
        binds.push(committee.to_string());
        binds.push(format!("{committee}/%"));
    }
    let ics = filter.ics.trim();
    if !ics.is_empty() {
        let n = first + binds.len();
        sql.push_str(&format!(" AND (s.ics LIKE ${n} OR s.ics LIKE ${})", n + 1));
        binds.push(format!("{ics}%"));
        binds.push(format!("% {ics}%"));
    }
    if filter.followed_only() {
        sql.push_str(" AND s.followed = 'yes'");
    }
    let body = filter.body.trim().to_ascii_uppercase();
    if body.len() == 2 && body.bytes().all(|b| b.is_ascii_uppercase()) {
        let n = first + binds.len();
        sql.push_str(&format!(
            " AND (EXISTS (SELECT 1 FROM committee_member m WHERE m.committee_id = s.committee_id AND m.alpha2 = ${n} \
             AND m.membership = 'P') OR (s.committee_id = '{BOARD}' AND EXISTS (SELECT 1 FROM nsb WHERE alpha2 = ${} AND iso_category = 'member body')))",
            n + 1
        ));
        binds.push(body.clone());
        binds.push(body);
    }
    (sql, binds)
}

#[derive(sqlx::FromRow)]
struct Row {
    cycle: Option<String>,
    closes_on: Option<String>,
    id: String,
    reference: String,
    title_en: Option<String>,
    title_fr: Option<String>,
    committee: Option<String>,
    committee_id: Option<String>,
    followed: String,
    stage: Option<String>,
    published: Option<String>,
    last_confirmed: Option<String>,
}

const COLUMNS: &str = "s.id, s.reference, s.title_en, s.title_fr, s.committee, s.committee_id, s.followed, s.stage, \
     s.published, s.last_confirmed";

/// The radar on `today`: running reviews first (by closing date), then the reviews due,
/// by due date; page `page` of `per_page`.
pub async fn radar(
    pool: &AnyPool,
    filter: &RadarFilter,
    today: NaiveDate,
    (page, per_page): (usize, usize),
    locale: Locale,
) -> Result<Radar, AppError> {
    let (page, per_page) = (page.clamp(1, 1_000_000), per_page.clamp(1, 10_000));
    let until = today.checked_add_months(Months::new(12)).unwrap_or(today);
    // Due in [today, until] ⇔ counted from [today − 5 years, until − 5 years].
    let low = today.checked_sub_months(Months::new(60)).unwrap_or(today).to_string();
    let high = until.checked_sub_months(Months::new(60)).unwrap_or(until).to_string();

    // Counted, then only the page read: a body that sits on most committees (France)
    // has a thousand running reviews with ISO's catalogue loaded.
    let (condition, binds) = filter_sql(filter, 1);
    let running_from =
        format!("FROM review_cycle c JOIN standard s ON s.id = c.standard_id WHERE c.status = 'open'{condition}");
    let running_total = count(pool, &format!("SELECT COUNT(*) {running_from}"), &[], &binds).await?;

    let (condition, binds_due) = filter_sql(filter, 3);
    let due_from = format!(
        "FROM standard s WHERE (s.stage IS NULL OR s.stage = '60.60' OR (s.stage = '90.93' AND s.last_confirmed IS NOT NULL)) \
         AND {BASE} >= $1 AND {BASE} <= $2{condition} \
         AND NOT EXISTS (SELECT 1 FROM review_cycle c WHERE c.standard_id = s.id AND c.status IN ('planned', 'open', 'closed'))"
    );
    let range = [low.as_str(), high.as_str()];
    let due_total = count(pool, &format!("SELECT COUNT(*) {due_from}"), &range, &binds_due).await?;
    let total = running_total + due_total;

    // The page: its part of the running reviews, then of the due ones.
    let start = (page - 1).saturating_mul(per_page);
    let mut rows: Vec<(RadarKind, Row)> = Vec::new();
    if start < running_total {
        let sql = format!(
            "SELECT c.id AS cycle, c.closes_on, {COLUMNS} {running_from} \
             ORDER BY CASE WHEN c.closes_on IS NULL THEN 1 ELSE 0 END, c.closes_on, s.reference LIMIT {per_page} OFFSET {start}"
        );
        let running = fetch_rows(pool, &sql, &[], &binds).await?;
        rows.extend(running.into_iter().map(|row| (RadarKind::Running, row)));
    }
    if rows.len() < per_page && total > start {
        let offset = start.saturating_sub(running_total);
        let sql = format!(
            "SELECT NULL AS cycle, NULL AS closes_on, {COLUMNS} {due_from} ORDER BY {BASE}, s.reference LIMIT {} OFFSET {offset}",
            per_page - rows.len()
        );
        let due = fetch_rows(pool, &sql, &range, &binds_due).await?;
        rows.extend(due.into_iter().map(|row| (RadarKind::Due, row)));
    }

    // The obliged voters of the committees on this page only.
    let committees: Vec<&str> = rows.iter().filter_map(|(_, row)| row.committee_id.as_deref()).collect();
    let mut voters: HashMap<String, i64> = HashMap::new();
    if !committees.is_empty() {
        let marks: Vec<String> = (1..=committees.len()).map(|n| format!("${n}")).collect();
        let sql = format!(
            "SELECT committee_id, COUNT(*) FROM committee_member WHERE membership = 'P' AND committee_id IN ({}) \
             GROUP BY committee_id",
            marks.join(", ")
        );
        let mut query = sqlx::query_as::<_, (String, i64)>(&sql);
        for committee in &committees {
            query = query.bind(*committee);
        }
        voters.extend(query.fetch_all(pool).await?);
    }
    let items = rows
        .into_iter()
        .map(|(kind, row)| {
            let date = match kind {
                RadarKind::Running => row.closes_on.clone(),
                RadarKind::Due => due_by(row.stage.as_deref(), row.published.as_deref(), row.last_confirmed.as_deref()),
            };
            let obliged_voters = match row.committee_id.as_deref() {
                Some(BOARD) => None,
                Some(id) => Some(usize::try_from(voters.get(id).copied().unwrap_or_default()).unwrap_or_default()),
                None => Some(0),
            };
            let title = if locale.tag() == "fr" { row.title_fr.or(row.title_en) } else { row.title_en };
            RadarItem {
                kind,
                slug: row.id,
                reference: row.reference,
                title,
                committee: row.committee,
                cycle: row.cycle,
                date,
                followed: row.followed == "yes",
                obliged_voters,
            }
        })
        .collect();
    Ok(Radar { from: today.to_string(), until: until.to_string(), total, page, per_page, items })
}

/// `SELECT COUNT(*) …` with `first` bound, then `binds`.
async fn count(pool: &AnyPool, sql: &str, first: &[&str], binds: &[String]) -> Result<usize, AppError> {
    let mut query = sqlx::query_as::<_, (i64,)>(sql);
    for bind in first {
        query = query.bind(*bind);
    }
    for bind in binds {
        query = query.bind(bind.as_str());
    }
    Ok(usize::try_from(query.fetch_one(pool).await?.0).unwrap_or_default())
}

async fn fetch_rows(pool: &AnyPool, sql: &str, first: &[&str], binds: &[String]) -> Result<Vec<Row>, AppError> {
    let mut query = sqlx::query_as::<_, Row>(sql);
    for bind in first {
        query = query.bind(*bind);
    }
    for bind in binds {
        query = query.bind(bind.as_str());
    }
    Ok(query.fetch_all(pool).await?)
}

/// A radar entry as the API gives it.
#[derive(Serialize, utoipa::ToSchema)]
pub struct RadarJson<'a> {
    /// `running`: a review ballot runs; `due`: the next review is due by `date` (derived).
    kind: RadarKind,
    /// The standard's slug.
    standard: &'a str,
    reference: &'a str,
    title: Option<&'a str>,
    committee: Option<&'a str>,
    /// The running review cycle's slug.
    cycle: Option<&'a str>,
    /// Running: the day the ballot closes, when known. Due: the derived date.
    date: Option<&'a str>,
    followed: bool,
    /// The owner committee's P-members as recorded; `null` when the Technical Management
    /// Board owns the standard and every member body is counted as a voter.
    obliged_voters: Option<usize>,
}

impl<'a> From<&'a RadarItem> for RadarJson<'a> {
    fn from(item: &'a RadarItem) -> Self {
        RadarJson {
            kind: item.kind,
            standard: &item.slug,
            reference: &item.reference,
            title: item.title.as_deref(),
            committee: item.committee.as_deref(),
            cycle: item.cycle.as_deref(),
            date: item.date.as_deref(),
            followed: item.followed,
            obliged_voters: item.obliged_voters,
        }
    }
}

impl utoipa::ToSchema for RadarKind {}

impl utoipa::PartialSchema for RadarKind {
    fn schema() -> utoipa::openapi::RefOr<utoipa::openapi::schema::Schema> {
        utoipa::openapi::RefOr::T(crate::api::closed_enum(["running", "due"]))
    }
}

envelope!(
    /// `GET /api/v1/reviews/upcoming`: reviews running and due in the next twelve months.
    RadarPage,
    Vec<RadarJson<'static>>,
    Pagination
);

/// The most entries a CSV or calendar download holds.
const MAX_DOWNLOAD: usize = 10_000;

fn today() -> NaiveDate {
    chrono::Utc::now().date_naive()
}

/// `GET /api/v1/reviews/upcoming?committee=&ics=&scope=&page=&per_page=`
#[utoipa::path(
    get,
    path = "/api/v1/reviews/upcoming",
    tag = "reviews",
    params(RadarFilter, PageQuery),
    responses(
        (status = 200, description = "Reviews running now, then those due in the next twelve months (derived: five years after publication or the last confirmation), each with its obliged voters", body = RadarPage),
        (status = 400, description = "`page` or `per_page` is not a number in range, or a parameter is given twice", body = crate::api::ApiError),
    )
)]
pub async fn upcoming(
    State(state): State<AppState>,
    ApiQuery(filter): ApiQuery<RadarFilter>,
    ApiQuery(page): ApiQuery<PageQuery>,
) -> Result<Response, AppError> {
    let radar = radar(&state.pool, &filter, today(), page.numbers()?, Locale::default()).await?;
    let pagination =
        Pagination { page: radar.page, per_page: radar.per_page, total: radar.total, pages: radar.pages() };
    Ok(json_response(radar.items.iter().map(RadarJson::from).collect::<Vec<_>>(), Some(pagination)))
}

const RADAR_CSV_HEADER: [&str; 9] =
    ["kind", "standard", "reference", "title", "committee", "cycle", "date", "followed", "obliged_voters"];

/// `GET /api/v1/reviews/upcoming.csv`
#[utoipa::path(
    get,
    path = "/api/v1/reviews/upcoming.csv",
    tag = "reviews",
    params(RadarFilter),
    responses(
        (status = 200, description = "The radar as CSV (at most 10,000 entries)", body = String, content_type = "text/csv"),
        (status = 400, description = "A parameter is given twice", body = crate::api::ApiError),
    )
)]
pub async fn upcoming_csv(
    State(state): State<AppState>,
    ApiQuery(filter): ApiQuery<RadarFilter>,
) -> Result<Response, AppError> {
    let radar = radar(&state.pool, &filter, today(), (1, MAX_DOWNLOAD), Locale::default()).await?;
    // A row is the entry's JSON record read by column name, as every CSV of the API.
    let rows = radar
        .items
        .iter()
        .map(|item| csv_row(RadarJson::from(item), &[], &RADAR_CSV_HEADER))
        .collect::<Result<_, _>>()?;
    csv_response("reviews-upcoming.csv", &RADAR_CSV_HEADER, rows)
}

/// `GET /api/v1/reviews/upcoming.ics`
#[utoipa::path(
    get,
    path = "/api/v1/reviews/upcoming.ics",
    tag = "reviews",
    params(RadarFilter),
    responses(
        (status = 200, description = "The radar as an iCalendar feed: an all-day event on each ballot's closing day (when known) and on each derived due date", body = String, content_type = "text/calendar"),
        (status = 400, description = "A parameter is given twice", body = crate::api::ApiError),
    )
)]
pub async fn upcoming_ics(
    State(state): State<AppState>,
    headers: http::HeaderMap,
    ApiQuery(filter): ApiQuery<RadarFilter>,
) -> Result<Response, AppError> {
    // In the asker's language (`Accept-Language`; a calendar program that sends none
    // gets English), as the API's messages.
    let locale = crate::api::asker_locale(&headers);
    let radar = radar(&state.pool, &filter, today(), (1, MAX_DOWNLOAD), locale).await?;
    let base = state.config.public_url.clone().unwrap_or_default();
    let host = base.split("://").nth(1).unwrap_or("quorum").trim_end_matches('/').to_string();
    let texts: Vec<(RadarKind, NaiveDate, String, String, String)> = radar
        .items
        .iter()
        .filter_map(|item| {
            let date = NaiveDate::parse_from_str(item.date.as_deref()?, "%Y-%m-%d").ok()?;
            let reference = item.reference.clone();
            let title = item.title.clone().unwrap_or_else(|| item.reference.clone());
            let (summary, description) = match item.kind {
                RadarKind::Running => (
                    locale.t_args("radar-ics-closes", &[("reference", reference.into())]),
                    locale.t_args(
                        "radar-ics-closes-detail",
                        &[
                            ("title", title.into()),
                            ("date", crate::format::format_partial_date(locale, &date.to_string()).into()),
                        ],
                    ),
                ),
                RadarKind::Due => (
                    locale.t_args("radar-ics-due", &[("reference", reference.into())]),
                    locale.t_args("radar-ics-due-detail", &[("title", title.into())]),
                ),
            };
            Some((item.kind, date, summary, description, item.slug.clone()))
        })
        .collect();
    let events: Vec<crate::ics::Event> = texts
        .iter()
        .map(|(kind, date, summary, description, slug)| crate::ics::Event {
            uid: format!("{}-{slug}-{date}@{host}", if *kind == RadarKind::Running { "ballot" } else { "due" }),
            date: *date,
            summary,
            description,
            url: (!base.is_empty()).then(|| format!("{}/standards/{slug}", base.trim_end_matches('/'))),
        })
        .collect();
    let body = crate::ics::calendar(&locale.t("radar-ics-calendar"), chrono::Utc::now(), &events);
    let headers = [
        (http::header::CONTENT_TYPE, "text/calendar; charset=utf-8"),
        (http::header::CONTENT_LANGUAGE, locale.tag()),
        (http::header::VARY, "Accept-Language"),
    ];
    Ok((headers, body).into_response())
}
