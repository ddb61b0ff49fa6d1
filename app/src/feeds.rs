//! Follow-through without an account: calendars (iCalendar, RFC 5545) of systematic
//! reviews — all of them, one standard's, the reviews one body votes in — and Atom feeds
//! (RFC 4287) of public changes — all of them, one body's record, one standard's
//! adoptions and reviews, the open letters. Each calendar event and feed entry has a
//! stable id and links back to its page; texts follow the asker's `Accept-Language`.

use axum::extract::{Path, State};
use axum::response::{IntoResponse, Response};
use chrono::{DateTime, NaiveDate, Utc};
use http::HeaderMap;
use sqlx::AnyPool;

use crate::components::form::{describe_change, record_link};
use crate::directory::ssr::normalize_code;
use crate::error::AppError;
use crate::i18n::Locale;
use crate::records::HistoryEntry;
use crate::security::escape_markup as xml;
use crate::state::AppState;

/// The kinds of record whose changes are public (a body's record, standards, adoptions,
/// language versions, committee memberships, review cycles and recorded positions); the
/// coordinators' pipeline, accounts and signatures never appear in a feed.
pub const PUBLIC_ENTITIES: [&str; 7] =
    ["nsb", "standard", "adoption", "translation", "committee_member", "review_cycle", "review_position"];

/// How many entries an Atom feed carries: the newest.
pub const FEED_ENTRIES: u32 = 50;

/// A standard as a calendar needs it.
#[derive(sqlx::FromRow)]
struct StandardRow {
    id: String,
    reference: String,
    title: Option<String>,
    stage: Option<String>,
    published: Option<String>,
    last_confirmed: Option<String>,
    /// A cycle is planned or open: its own dates stand for the next review.
    running: i64,
}

/// A review cycle with its dates.
#[derive(sqlx::FromRow)]
struct CycleRow {
    id: String,
    standard_id: String,
    reference: String,
    title: Option<String>,
    opens_on: Option<String>,
    closes_on: Option<String>,
}

/// Whose reviews a calendar holds.
enum Scope {
    /// Every followed standard's.
    All,
    /// One standard's (followed or not).
    Standard(String),
    /// The reviews a body votes in: every followed standard (every member body may vote
    /// in a systematic review) and the recorded cycles of the committees it is a
    /// participating member of (where it must vote).
    Body(String),
}

const TITLE: &str = "(SELECT title FROM standard_title t WHERE t.standard_id = s.id AND t.lang = 'en')";

async fn calendar_rows(pool: &AnyPool, scope: &Scope) -> Result<(Vec<StandardRow>, Vec<CycleRow>), AppError> {
    let (standards_where, cycles_where, key) = match scope {
        Scope::All => ("s.followed = 'yes'", "s.followed = 'yes'", String::new()),
        Scope::Standard(id) => ("s.id = $1", "s.id = $1", id.clone()),
        Scope::Body(alpha2) => (
            "s.followed = 'yes'",
            "(s.followed = 'yes' OR s.committee_id IN \
             (SELECT committee_id FROM committee_member WHERE alpha2 = $1 AND membership = 'P'))",
            alpha2.clone(),
        ),
    };
    let standards_sql = format!(
        "SELECT s.id, s.reference, {TITLE} AS title, s.stage, s.published, s.last_confirmed, \
         (SELECT COUNT(*) FROM review_cycle c WHERE c.standard_id = s.id AND c.status IN ('planned', 'open')) AS running \
         FROM standard s WHERE {standards_where} ORDER BY s.reference"
    );
    let cycles_sql = format!(
        "SELECT c.id, c.standard_id, s.reference, {TITLE} AS title, c.opens_on, c.closes_on \
         FROM review_cycle c JOIN standard s ON s.id = c.standard_id WHERE {cycles_where} ORDER BY c.id"
    );
    let mut standards = sqlx::query_as::<_, StandardRow>(&standards_sql);
    let mut cycles = sqlx::query_as::<_, CycleRow>(&cycles_sql);
    // The body's scope binds its code only in the cycles' condition.
    if matches!(scope, Scope::Standard(_)) {
        standards = standards.bind(key.clone());
    }
    if !key.is_empty() {
        cycles = cycles.bind(key);
    }
    Ok((standards.fetch_all(pool).await?, cycles.fetch_all(pool).await?))
}

/// A recorded date as a day: `2028-04-05` itself; `2028-04` and `2028` as the last day
/// of the month or year, for a date something is due *by*.
fn last_day(value: &str) -> Option<NaiveDate> {
    let parts: Vec<&str> = value.trim().split('-').collect();
    let number = |s: &str| s.parse::<u32>().ok();
    match parts.as_slice() {
        [y, m, d] => NaiveDate::from_ymd_opt(y.parse().ok()?, number(m)?, number(d)?),
        [y, m] => {
            let (year, month) = (y.parse::<i32>().ok()?, number(m)?);
            let next = if month == 12 { (year + 1, 1) } else { (year, month + 1) };
            NaiveDate::from_ymd_opt(next.0, next.1, 1)?.pred_opt()
        }
        [y] => NaiveDate::from_ymd_opt(y.parse().ok()?, 12, 31),
        _ => None,
    }
}

/// A full date only: a ballot opens or closes on a day, never "some day in April".
fn exact_day(value: Option<&str>) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(value?.trim(), "%Y-%m-%d").ok()
}

/// Texts of one event, owned (the `ics::Event` borrows them).
struct EventText {
    uid: String,
    date: NaiveDate,
    summary: String,
    description: String,
    url: String,
}

async fn calendar(state: &AppState, headers: &HeaderMap, scope: Scope, name: String) -> Result<Response, AppError> {
    let locale = crate::api::asker_locale(headers);
    let (standards, cycles) = calendar_rows(&state.pool, &scope).await?;
    let origin = state.public_origin.trim_end_matches('/').to_string();
    let host = origin.split("://").nth(1).unwrap_or("quorum").to_string();
    let date_text = |date: NaiveDate| crate::format::format_date(locale, date);
    let mut events: Vec<EventText> = Vec::new();
    for cycle in &cycles {
        let title = cycle.title.clone().unwrap_or_else(|| cycle.reference.clone());
        let url = format!("{origin}/standards/{}", cycle.standard_id);
        let reference = || cycle.reference.clone().into();
        if let Some(date) = exact_day(cycle.opens_on.as_deref()) {
            events.push(EventText {
                uid: format!("opens-{}@{host}", cycle.id),
                date,
                summary: locale.t_args("feed-event-opens", &[("reference", reference())]),
                description: locale.t_args(
                    "feed-event-opens-detail",
                    &[("title", title.clone().into()), ("date", date_text(date).into())],
                ),
                url: url.clone(),
            });
        }
        if let Some(date) = exact_day(cycle.closes_on.as_deref()) {
            events.push(EventText {
                uid: format!("closes-{}@{host}", cycle.id),
                date,
                summary: locale.t_args("radar-ics-closes", &[("reference", reference())]),
                description: locale.t_args(
                    "radar-ics-closes-detail",
                    &[("title", title.clone().into()), ("date", date_text(date).into())],
                ),
                url,
            });
        }
    }
    for standard in standards.iter().filter(|s| s.running == 0) {
        let due = crate::standards::ssr::catalogue::due_by(
            standard.stage.as_deref(),
            standard.published.as_deref(),
            standard.last_confirmed.as_deref(),
        );
        let Some(date) = due.as_deref().and_then(last_day) else { continue };
        let title = standard.title.clone().unwrap_or_else(|| standard.reference.clone());
        events.push(EventText {
            uid: format!("due-{}-{date}@{host}", standard.id),
            date,
            summary: locale.t_args("radar-ics-due", &[("reference", standard.reference.clone().into())]),
            description: locale.t_args("radar-ics-due-detail", &[("title", title.into())]),
            url: format!("{origin}/standards/{}", standard.id),
        });
    }
    events.sort_by(|a, b| a.date.cmp(&b.date).then(a.uid.cmp(&b.uid)));
    let events: Vec<crate::ics::Event> = events
        .iter()
        .map(|e| crate::ics::Event {
            uid: e.uid.clone(),
            date: e.date,
            summary: &e.summary,
            description: &e.description,
            url: Some(e.url.clone()),
        })
        .collect();
    let body = crate::ics::calendar(&name, Utc::now(), &events);
    let headers = [
        (http::header::CONTENT_TYPE, "text/calendar; charset=utf-8"),
        (http::header::CONTENT_LANGUAGE, locale.tag()),
        (http::header::VARY, "Accept-Language"),
    ];
    Ok((headers, body).into_response())
}

/// `GET /reviews.ics`: every followed standard's reviews — ballots opening and closing,
/// and the date each next review is due by (derived).
pub async fn all_reviews_ics(State(state): State<AppState>, headers: HeaderMap) -> Response {
    let name = crate::api::asker_locale(&headers).t("feed-calendar-all");
    calendar(&state, &headers, Scope::All, name).await.unwrap_or_else(|e| crate::api::error_response(&e, &headers))
}

/// `GET /standards/{slug}/reviews.ics`
pub async fn standard_reviews_ics(
    State(state): State<AppState>,
    Path(slug): Path<String>,
    headers: HeaderMap,
) -> Response {
    let result = async {
        let (reference,): (String,) = sqlx::query_as("SELECT reference FROM standard WHERE id = $1")
            .bind(&slug)
            .fetch_optional(&state.pool)
            .await?
            .ok_or(AppError::NotFound)?;
        let name =
            crate::api::asker_locale(&headers).t_args("feed-calendar-standard", &[("reference", reference.into())]);
        calendar(&state, &headers, Scope::Standard(slug.clone()), name).await
    };
    result.await.unwrap_or_else(|e| crate::api::error_response(&e, &headers))
}

/// `GET /nsbs/{code}/reviews.ics`
pub async fn body_reviews_ics(State(state): State<AppState>, Path(code): Path<String>, headers: HeaderMap) -> Response {
    let result = async {
        let (alpha2, name) = body_name(&state.pool, &code).await?;
        let name = crate::api::asker_locale(&headers).t_args("feed-calendar-body", &[("body", name.into())]);
        calendar(&state, &headers, Scope::Body(alpha2), name).await
    };
    result.await.unwrap_or_else(|e| crate::api::error_response(&e, &headers))
}

/// A body's code as recorded and its acronym (else its English name, else the code).
async fn body_name(pool: &AnyPool, code: &str) -> Result<(String, String), AppError> {
    let alpha2 = normalize_code(code).ok_or(AppError::NotFound)?;
    let row: Option<(String, Option<String>, Option<String>)> =
        sqlx::query_as("SELECT alpha2, acronym, body_name_en FROM nsb WHERE alpha2 = $1")
            .bind(&alpha2)
            .fetch_optional(pool)
            .await?;
    let (alpha2, acronym, name) = row.ok_or(AppError::NotFound)?;
    let name = acronym.or(name).unwrap_or_else(|| alpha2.clone());
    Ok((alpha2, name))
}

/// A stored timestamp as RFC 3339 (`2026-12-05T04:45:51.980182Z`); a bare date as its
/// midnight UTC.
fn rfc3339(value: &str) -> String {
    if let Ok(parsed) = DateTime::parse_from_rfc3339(value.trim()) {
        return parsed.with_timezone(&Utc).to_rfc3339_opts(chrono::SecondsFormat::Secs, true);
    }
    NaiveDate::parse_from_str(value.get(..10).unwrap_or_default(), "%Y-%m-%d")
        .ok()
        .and_then(|d| d.and_hms_opt(0, 0, 0))
        .map(|t| t.and_utc().to_rfc3339_opts(chrono::SecondsFormat::Secs, true))
        .unwrap_or_else(|| "1970-01-01T00:00:00Z".to_string())
}

/// One Atom entry.
struct Entry {
    id: String,
    title: String,
    updated: String,
    link: String,
    summary: String,
}

/// An Atom feed document: `path` is the feed's own address (rel="self"), `page` the page
/// it follows (rel="alternate").
fn atom(origin: &str, path: &str, page: &str, title: &str, locale: Locale, entries: &[Entry]) -> Response {
    let updated = entries.iter().map(|e| e.updated.clone()).max().unwrap_or_else(|| rfc3339("1970-01-01"));
    let mut out = String::from("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n");
    out.push_str(&format!("<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"{}\">\n", xml(locale.tag())));
    out.push_str(&format!("  <id>{}</id>\n", xml(&format!("{origin}{path}"))));
    out.push_str(&format!("  <title>{}</title>\n", xml(title)));
    out.push_str(&format!("  <updated>{updated}</updated>\n"));
    out.push_str("  <author><name>Quorum</name></author>\n");
    out.push_str(&format!(
        "  <link rel=\"self\" type=\"application/atom+xml\" href=\"{}\"/>\n",
        xml(&format!("{origin}{path}"))
    ));
    out.push_str(&format!(
        "  <link rel=\"alternate\" type=\"text/html\" href=\"{}\"/>\n",
        xml(&format!("{origin}{page}"))
    ));
    for entry in entries {
        out.push_str("  <entry>\n");
        out.push_str(&format!("    <id>{}</id>\n", xml(&entry.id)));
        out.push_str(&format!("    <title>{}</title>\n", xml(&entry.title)));
        out.push_str(&format!("    <updated>{}</updated>\n", entry.updated));
        out.push_str(&format!("    <link rel=\"alternate\" type=\"text/html\" href=\"{}\"/>\n", xml(&entry.link)));
        out.push_str(&format!("    <summary type=\"text\">{}</summary>\n", xml(&entry.summary)));
        out.push_str("  </entry>\n");
    }
    out.push_str("</feed>\n");
    let headers = [
        (http::header::CONTENT_TYPE, "application/atom+xml; charset=utf-8"),
        (http::header::CONTENT_LANGUAGE, locale.tag()),
        (http::header::VARY, "Accept-Language"),
    ];
    (headers, out).into_response()
}

/// Which public changes a feed (or an alert) holds.
pub(crate) enum Changes {
    All,
    Body(String),
    Standard(String),
}

/// The newest public audit entries of a scope, with each entry's audit id (the entry's
/// stable identity); with `since`, the oldest entries made after that instant instead,
/// oldest first (what an alert has not told yet).
pub(crate) async fn public_changes(
    pool: &AnyPool,
    scope: &Changes,
    since: Option<&str>,
) -> Result<Vec<(String, HistoryEntry)>, AppError> {
    let public = PUBLIC_ENTITIES.iter().map(|e| format!("'{e}'")).collect::<Vec<_>>().join(", ");
    let (condition, binds): (String, Vec<String>) = match scope {
        Changes::All => (format!("l.entity IN ({public})"), vec![]),
        Changes::Body(alpha2) => (
            "((l.entity = 'nsb' AND l.entity_key = $1) OR \
              (l.entity IN ('adoption', 'committee_member', 'review_position') AND l.entity_key LIKE $2))"
                .to_string(),
            vec![alpha2.clone(), format!("%:{alpha2}")],
        ),
        Changes::Standard(id) => (
            "((l.entity = 'standard' AND l.entity_key = $1) OR \
              (l.entity IN ('adoption', 'translation') AND l.entity_key LIKE $2) OR \
              (l.entity = 'review_cycle' AND l.entity_key LIKE $3) OR \
              (l.entity = 'review_position' AND EXISTS (SELECT 1 FROM review_cycle c \
                 WHERE c.standard_id = $1 AND l.entity_key LIKE c.id || ':%')))"
                .to_string(),
            vec![id.clone(), format!("{id}:%"), format!("%:{id}")],
        ),
    };
    let (after, order) = match since {
        Some(_) => (format!(" AND l.at > ${}", binds.len() + 1), "ASC"),
        None => (String::new(), "DESC"),
    };
    let sql = format!(
        "SELECT l.id, l.entity, l.entity_key, l.at, l.field, l.before_value, l.after_value, l.source, l.as_of \
         FROM audit_log l WHERE ({condition}){after} ORDER BY l.at {order}, l.id {order} LIMIT {FEED_ENTRIES}"
    );
    type Row = (String, String, String, String, String, Option<String>, Option<String>, String, Option<String>);
    let mut query = sqlx::query_as::<_, Row>(&sql);
    for bind in binds {
        query = query.bind(bind);
    }
    if let Some(since) = since {
        query = query.bind(since.to_string());
    }
    let rows = query.fetch_all(pool).await?;
    Ok(rows
        .into_iter()
        .map(|(id, entity, key, at, field, before, after, source, as_of)| {
            (id, HistoryEntry { entity, alpha2: key, at, who: None, field, before, after, source, as_of })
        })
        .collect())
}

async fn changes_feed(
    state: &AppState,
    headers: &HeaderMap,
    scope: Changes,
    path: String,
    page: String,
    title: String,
) -> Result<Response, AppError> {
    let locale = crate::api::asker_locale(headers);
    let origin = state.public_origin.trim_end_matches('/').to_string();
    let host = origin.split("://").nth(1).unwrap_or("quorum").to_string();
    let entries: Vec<Entry> = public_changes(&state.pool, &scope, None)
        .await?
        .into_iter()
        .map(|(id, entry)| {
            let record = record_label(locale, &entry);
            let source = if entry.source.is_empty() {
                String::new()
            } else {
                locale.t_args("feed-entry-source", &[("source", entry.source.clone().into())])
            };
            Entry {
                id: format!("tag:{host},2026:audit/{id}"),
                title: locale.t_args(
                    "feed-entry",
                    &[("record", record.into()), ("change", describe_change(locale, &entry).into())],
                ),
                updated: rfc3339(&entry.at),
                link: format!("{origin}{}", record_link(&entry.entity, &entry.alpha2)),
                summary: source,
            }
        })
        .collect();
    Ok(atom(&origin, &path, &page, &title, locale, &entries))
}

/// What a change is about, for a reader: the country for a body's record, the standard
/// and the country for an adoption or a position, the key otherwise.
pub(crate) fn record_label(locale: Locale, entry: &HistoryEntry) -> String {
    let country = |code: &str| crate::territory::country_name(code, locale).unwrap_or_else(|| code.to_string());
    let (first, last) = entry.alpha2.split_once(':').unwrap_or((&entry.alpha2, ""));
    match entry.entity.as_str() {
        "nsb" => country(&entry.alpha2),
        "adoption" | "review_position" | "committee_member" => format!("{first} · {}", country(last)),
        _ => first.to_string(),
    }
}

/// `GET /changes.atom`: every public change to the records.
pub async fn all_changes_atom(State(state): State<AppState>, headers: HeaderMap) -> Response {
    let title = crate::api::asker_locale(&headers).t("feed-atom-all");
    changes_feed(&state, &headers, Changes::All, "/changes.atom".into(), "/changes".into(), title)
        .await
        .unwrap_or_else(|e| crate::api::error_response(&e, &headers))
}

/// `GET /nsbs/{code}/changes.atom`: changes to a body's public record, its adoptions,
/// committee memberships and recorded positions.
pub async fn body_changes_atom(
    State(state): State<AppState>,
    Path(code): Path<String>,
    headers: HeaderMap,
) -> Response {
    let result = async {
        let (alpha2, name) = body_name(&state.pool, &code).await?;
        let title = crate::api::asker_locale(&headers).t_args("feed-atom-body", &[("body", name.into())]);
        let (path, page) = (format!("/nsbs/{alpha2}/changes.atom"), format!("/nsbs/{alpha2}"));
        changes_feed(&state, &headers, Changes::Body(alpha2), path, page, title).await
    };
    result.await.unwrap_or_else(|e| crate::api::error_response(&e, &headers))
}

/// `GET /standards/{slug}/changes.atom`: a standard's record, adoptions, language
/// versions and reviews.
pub async fn standard_changes_atom(
    State(state): State<AppState>,
    Path(slug): Path<String>,
    headers: HeaderMap,
) -> Response {
    let result = async {
        let (reference,): (String,) = sqlx::query_as("SELECT reference FROM standard WHERE id = $1")
            .bind(&slug)
            .fetch_optional(&state.pool)
            .await?
            .ok_or(AppError::NotFound)?;
        let title = crate::api::asker_locale(&headers).t_args("feed-atom-standard", &[("reference", reference.into())]);
        let (path, page) = (format!("/standards/{slug}/changes.atom"), format!("/standards/{slug}"));
        changes_feed(&state, &headers, Changes::Standard(slug.clone()), path, page, title).await
    };
    result.await.unwrap_or_else(|e| crate::api::error_response(&e, &headers))
}

/// `GET /open-letters.atom`: each published language of each open letter, newest
/// change first.
pub async fn open_letters_atom(State(state): State<AppState>, headers: HeaderMap) -> Response {
    let result = async {
        let locale = crate::api::asker_locale(&headers);
        let origin = state.public_origin.trim_end_matches('/').to_string();
        let host = origin.split("://").nth(1).unwrap_or("quorum").to_string();
        let rows: Vec<(String, String, String, i64, String)> = sqlx::query_as(&format!(
            "SELECT letter_id, lang, title, revision, updated_at FROM open_letter_text WHERE status = 'published' \
             ORDER BY updated_at DESC, letter_id, lang LIMIT {FEED_ENTRIES}"
        ))
        .fetch_all(&state.pool)
        .await?;
        let entries: Vec<Entry> = rows
            .into_iter()
            .map(|(slug, lang, title, revision, updated)| {
                let language = crate::territory::language_name(&lang, locale).unwrap_or_else(|| lang.clone());
                Entry {
                    id: format!("tag:{host},2026:open-letter/{slug}/{lang}"),
                    title,
                    updated: rfc3339(&updated),
                    link: format!("{origin}/open-letters/{slug}?lang={lang}"),
                    summary: locale.t_args(
                        "feed-open-letter-summary",
                        &[("language", language.into()), ("revision", revision.into())],
                    ),
                }
            })
            .collect();
        let title = locale.t("feed-atom-open-letters");
        Ok::<_, AppError>(atom(&origin, "/open-letters.atom", "/open-letters", &title, locale, &entries))
    };
    result.await.unwrap_or_else(|e| crate::api::error_response(&e, &headers))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn due_dates_of_a_month_or_a_year_fall_on_its_last_day() {
        let day = |y, m, d| NaiveDate::from_ymd_opt(y, m, d);
        assert_eq!(last_day("2028-04-05"), day(2028, 4, 5));
        assert_eq!(last_day("2028-02"), day(2028, 2, 29));
        assert_eq!(last_day("2028-12"), day(2028, 12, 31));
        assert_eq!(last_day("2028"), day(2028, 12, 31));
        assert_eq!(last_day("soon"), None);
        assert_eq!(exact_day(Some("2028-04")), None);
    }

    #[test]
    fn xml_text_is_escaped_and_cleaned() {
        assert_eq!(xml("a < b & \"c\" 'd'\u{1}"), "a &lt; b &amp; &quot;c&quot; &apos;d&apos;");
        assert_eq!(rfc3339("2026-12-05T04:45:51.980182Z"), "2026-12-05T04:45:51Z");
        assert_eq!(rfc3339("2026-12-05"), "2026-12-05T00:00:00Z");
    }
}
