//! A standard's own row, as every page reads it, and the search over all of them.

use chrono::NaiveDate;
use sqlx::AnyPool;

use super::{TitleRecord, title_for};
use crate::auth::SignedInUser;
use crate::directory::Provenance;
use crate::error::AppError;
use crate::i18n::Locale;
use crate::iso_open_data::{Stage, next_review_due};
use crate::records::ssr::{Expect, Kind, Save, field, save, stamp};
use crate::standards::{IsoFacts, StandardInfo, StandardSearch, query_words};

#[derive(Debug, Clone, sqlx::FromRow)]
pub(super) struct StandardRecord {
    pub id: String,
    pub reference: String,
    pub committee: Option<String>,
    pub committee_id: Option<String>,
    pub published: Option<String>,
    pub edition: Option<String>,
    pub stage: Option<String>,
    pub last_confirmed: Option<String>,
    pub source: String,
    pub as_of: Option<String>,
    pub version: i64,
    pub followed: String,
    pub iso_id: Option<i64>,
    pub deliverable_type: Option<String>,
    pub title_en: Option<String>,
    pub title_fr: Option<String>,
    pub languages: Option<String>,
    pub replaces: Option<String>,
    pub replaced_by: Option<String>,
    pub developed_by: Option<String>,
}

pub(super) const STANDARD_COLUMNS: &str = "id, reference, committee, committee_id, published, edition, stage, \
     last_confirmed, source, as_of, version, followed, iso_id, deliverable_type, title_en, title_fr, languages, \
     replaces, replaced_by, developed_by";

pub(super) async fn standard_record(pool: &AnyPool, slug: &str) -> Result<StandardRecord, AppError> {
    let slug = slug.trim().to_ascii_lowercase();
    let sql = format!("SELECT {STANDARD_COLUMNS} FROM standard WHERE id = $1");
    sqlx::query_as::<_, StandardRecord>(&sql).bind(&slug).fetch_optional(pool).await?.ok_or(AppError::NotFound)
}

/// A date as recorded (`2017-04-21`, `2017-04`, `2017`) with its precision: 3, 2 or 1
/// parts.
fn recorded_date(text: &str) -> Option<(NaiveDate, usize)> {
    let parts: Vec<&str> = text.trim().split('-').collect();
    let number = |i: usize, default: u32| parts.get(i).map_or(Some(default), |p| p.parse().ok());
    let year: i32 = parts.first()?.parse().ok()?;
    let date = NaiveDate::from_ymd_opt(year, number(1, 1)?, number(2, 1)?)?;
    (parts.len() <= 3).then_some((date, parts.len()))
}

/// When the next systematic review is due at the latest, to the precision of the dates
/// it comes from; `None` while a review runs, once withdrawn or being revised, before
/// publication, without dates — and for a confirmed standard whose confirmation date is
/// not recorded (ISO's data gives the stage, not when it was reached).
pub fn due_by(stage: Option<&str>, published: Option<&str>, last_confirmed: Option<&str>) -> Option<String> {
    let stage = stage.and_then(Stage::parse);
    if stage.is_some_and(|s| s != Stage::PUBLISHED && s != Stage::CONFIRMED) {
        return None;
    }
    if stage == Some(Stage::CONFIRMED) && last_confirmed.is_none() {
        return None;
    }
    let published = published.and_then(recorded_date);
    let confirmed = last_confirmed.and_then(recorded_date);
    let latest = published.into_iter().chain(confirmed).max_by_key(|(date, _)| *date)?;
    let due = next_review_due(Some(latest.0), None)?;
    Some(match latest.1 {
        1 => due.format("%Y").to_string(),
        2 => due.format("%Y-%m").to_string(),
        _ => due.to_string(),
    })
}

/// The title in the reader's language: a recorded language version, else ISO's title in
/// French for French readers, else ISO's English title.
fn title(record: &StandardRecord, titles: &[TitleRecord], locale: Locale) -> Option<String> {
    let iso = if locale.tag() == "fr" {
        record.title_fr.clone().or(record.title_en.clone())
    } else {
        record.title_en.clone()
    };
    title_for(titles, locale).filter(|_| titles.iter().any(|t| t.lang == locale.tag()) || iso.is_none()).or(iso)
}

pub(super) fn standard_info(record: StandardRecord, titles: &[TitleRecord], locale: Locale) -> StandardInfo {
    let words = |text: &Option<String>| {
        text.as_deref().map(|t| t.split_whitespace().map(str::to_string).collect()).unwrap_or_default()
    };
    StandardInfo {
        title: title(&record, titles, locale),
        due_by: due_by(record.stage.as_deref(), record.published.as_deref(), record.last_confirmed.as_deref()),
        followed: record.followed == "yes",
        iso: IsoFacts {
            iso_id: record.iso_id,
            deliverable_type: record.deliverable_type,
            title_en: record.title_en,
            title_fr: record.title_fr,
            languages: words(&record.languages),
            replaces: record.replaces,
            replaced_by: record.replaced_by,
            developed_by: record.developed_by,
        },
        slug: record.id,
        reference: record.reference,
        committee: record.committee,
        committee_id: record.committee_id,
        published: record.published,
        edition: record.edition,
        stage: record.stage,
        last_confirmed: record.last_confirmed,
        provenance: Provenance { source: record.source, as_of: record.as_of },
        version: record.version,
    }
}

/// `%word%` for `LIKE … ESCAPE '\'`, the word's own `%`, `_` and `\` taken literally.
fn like_pattern(word: &str) -> String {
    let mut pattern = String::from("%");
    for c in word.chars() {
        if matches!(c, '%' | '_' | '\\') {
            pattern.push('\\');
        }
        pattern.push(c);
    }
    pattern.push('%');
    pattern
}

/// The standards whose reference, titles or committee contain every word of `q`,
/// followed ones first, then by reference; page `page` (from 1) of `per_page`. An empty
/// query matches nothing.
pub async fn search(
    pool: &AnyPool,
    q: &str,
    (page, per_page): (usize, usize),
    locale: Locale,
) -> Result<StandardSearch, AppError> {
    let words = query_words(q);
    let (page, per_page) = (page.clamp(1, 1_000_000), per_page.clamp(1, 500));
    let mut result = StandardSearch { q: q.trim().to_string(), page, per_page, total: 0, standards: Vec::new() };
    if words.is_empty() {
        return Ok(result);
    }
    let condition: Vec<String> =
        (1..=words.len()).map(|i| format!("coalesce(search, lower(reference)) LIKE ${i} ESCAPE '\\'")).collect();
    let condition = condition.join(" AND ");
    let patterns: Vec<String> = words.iter().map(|w| like_pattern(w)).collect();
    let count_sql = format!("SELECT COUNT(*) FROM standard WHERE {condition}");
    let mut count = sqlx::query_as::<_, (i64,)>(&count_sql);
    for pattern in &patterns {
        count = count.bind(pattern.clone());
    }
    result.total = usize::try_from(count.fetch_one(pool).await?.0).unwrap_or_default();
    let sql = format!(
        "SELECT {STANDARD_COLUMNS} FROM standard WHERE {condition} \
         ORDER BY CASE WHEN followed = 'yes' THEN 0 ELSE 1 END, reference LIMIT {per_page} OFFSET {}",
        (page - 1) * per_page
    );
    let mut query = sqlx::query_as::<_, StandardRecord>(&sql);
    for pattern in &patterns {
        query = query.bind(pattern.clone());
    }
    for record in query.fetch_all(pool).await? {
        let titles = if record.followed == "yes" { super::title_records(pool, &record.id).await? } else { Vec::new() };
        result.standards.push(standard_info(record, &titles, locale));
    }
    Ok(result)
}

static FOLLOWED: Kind = Kind::new("standard", "standard", &["id"], &[field("followed").unset("no")]).own();

/// Marks a standard followed or not, refusing a page read before another change.
pub async fn follow(
    pool: &AnyPool,
    user: &SignedInUser,
    slug: &str,
    follow: bool,
    version: i64,
) -> Result<(), AppError> {
    let slug = slug.trim().to_ascii_lowercase();
    let at = stamp();
    let mut tx = crate::db::begin_write(pool).await?;
    let saved = Save {
        kind: &FOLLOWED,
        keys: vec![slug.clone()],
        audit_key: slug.clone(),
        expect: Expect::Version(version),
        values: vec![("followed", Some(if follow { "yes" } else { "no" }.to_string()))],
        also: Vec::new(),
        source: "",
        as_of: "",
        by: &user.id,
        action: "edit",
        at: &at,
        shown: None,
    };
    save(&mut tx, &saved).await?;
    tx.commit().await?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_next_review_is_due_five_years_after_the_later_date_to_its_precision() {
        assert_eq!(due_by(Some("90.93"), Some("2017-04"), Some("2023-04-05")).as_deref(), Some("2028-04-05"));
        assert_eq!(due_by(Some("60.60"), Some("2021-06-30"), None).as_deref(), Some("2026-06-30"));
        assert_eq!(due_by(None, Some("2017-04"), None).as_deref(), Some("2022-04"));
        assert_eq!(due_by(None, Some("2017"), None).as_deref(), Some("2022"));
        for running in ["90.20", "90.60", "95.99", "90.92", "40.20"] {
            assert_eq!(due_by(Some(running), Some("2017-04-21"), None), None, "{running}");
        }
        assert_eq!(due_by(Some("60.60"), None, None), None);
        assert_eq!(due_by(Some("90.93"), Some("2015-11-19"), None), None, "confirmed when is not known");
        assert_eq!(due_by(Some("60.60"), Some("April"), None), None);
    }

    #[test]
    fn like_patterns_take_wildcards_literally() {
        assert_eq!(like_pattern("20400"), "%20400%");
        assert_eq!(like_pattern("50%_\\"), "%50\\%\\_\\\\%");
    }
}
