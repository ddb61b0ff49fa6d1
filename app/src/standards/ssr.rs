//! Standards data on the server: the seed import, the pages' queries, the facts letters
//! quote, and the public API (JSON and CSV).
//!
//! The import is idempotent (`ON CONFLICT DO NOTHING`): a row already in the database
//! is never overwritten, so a coordinator's correction survives a restart. Every row
//! carries its source; a row without one is refused, and one bad row refuses the file.

pub mod api;
pub mod catalogue;
pub mod edit;

use std::collections::HashMap;

use sqlx::AnyPool;

use super::*;
use crate::directory::ssr::import::ImportError;
use crate::directory::ssr::{all_records, category_matches, normalize_code, region_matches, region_options};
use crate::i18n::Locale;
use crate::records::ssr::{Value, insert_missing};
use crate::territory;
use catalogue::{STANDARD_COLUMNS, StandardRecord, standard_info, standard_record};

const STANDARDS_CSV: &str = include_str!("../../../seed/standards.csv");
const TITLES_CSV: &str = include_str!("../../../seed/standard_titles.csv");
const ADOPTIONS_CSV: &str = include_str!("../../../seed/adoptions.csv");
const COMMITTEES_CSV: &str = include_str!("../../../seed/committees.csv");

/// A CSV file as rows of named, trimmed cells; blank cells are `None`.
pub(crate) struct Rows {
    headers: Vec<String>,
    pub(crate) rows: Vec<(u64, Vec<Option<String>>)>,
}

impl Rows {
    pub(crate) fn parse(text: &str, required: &[&str]) -> Result<Rows, ImportError> {
        let mut reader = csv::Reader::from_reader(text.as_bytes());
        let headers: Vec<String> =
            reader.headers().map_err(|e| ImportError::Csv(e.to_string()))?.iter().map(str::to_string).collect();
        let mut rows = Vec::new();
        for record in reader.records() {
            let record = record.map_err(|e| ImportError::Csv(e.to_string()))?;
            let line = record.position().map_or(0, |p| p.line());
            let cells: Vec<Option<String>> =
                record.iter().map(|c| Some(c.trim().to_string()).filter(|c| !c.is_empty())).collect();
            for column in required {
                let index = headers.iter().position(|h| h == column).ok_or(ImportError::MissingColumn("required"))?;
                if cells.get(index).cloned().flatten().is_none() {
                    return Err(ImportError::BadRow { line, reason: format!("`{column}` is required") });
                }
            }
            rows.push((line, cells));
        }
        Ok(Rows { headers, rows })
    }

    pub(crate) fn get<'a>(&self, cells: &'a [Option<String>], column: &str) -> Option<&'a str> {
        let index = self.headers.iter().position(|h| h == column)?;
        cells.get(index)?.as_deref()
    }
}

/// Stored values of `adoption.status`, `degree`, `method`, `sells` and `confidence`.
pub const ADOPTION_STATES: [&str; 4] = ["adopted", "in_progress", "not_adopted", "unknown"];
pub const DEGREES: [&str; 3] = ["IDT", "MOD", "NEQ"];
pub const METHODS: [&str; 5] = ["endorsement", "cover-sheet", "reprint", "translation", "redraft"];
pub const SELLS: [&str; 2] = ["yes", "no"];
pub const CONFIDENCES: [&str; 4] = ["high", "medium-high", "medium", "low"];
pub const TRANSLATION_KINDS: [&str; 3] = ["official", "national", "draft"];
pub const MEMBERSHIPS: [&str; 2] = ["P", "O"];

/// Imports the standards, titles and adoptions shipped in the binary.
pub async fn import_seed(pool: &AnyPool) -> Result<usize, ImportError> {
    let standards = Rows::parse(STANDARDS_CSV, &["id", "reference", "source"])?;
    let titles = Rows::parse(TITLES_CSV, &["standard_id", "lang", "title", "status", "source"])?;
    let adoptions = Rows::parse(ADOPTIONS_CSV, &["standard_id", "alpha2", "status", "source"])?;
    let committees = Rows::parse(COMMITTEES_CSV, &["id", "reference", "source"])?;
    for (line, cells) in &adoptions.rows {
        let status = adoptions.get(cells, "status").unwrap_or_default();
        let degree = adoptions.get(cells, "degree");
        if !ADOPTION_STATES.contains(&status) || degree.is_some_and(|d| !DEGREES.contains(&d)) {
            return Err(ImportError::BadRow { line: *line, reason: format!("unknown status or degree `{status}`") });
        }
    }

    let now = chrono::Utc::now().to_rfc3339();
    let mut tx = crate::db::begin_write(pool).await?;
    let mut inserted = 0;
    // Parents first: committees, standards, then what refers to them.
    inserted +=
        insert_new(&mut tx, "committee", &committees, &["id", "reference", "title", "source", "as_of"], &[]).await?;
    let standard_columns = [
        "id",
        "reference",
        "committee",
        "committee_id",
        "published",
        "edition",
        "stage",
        "last_confirmed",
        "source",
        "as_of",
    ];
    // The standards shipped are the ones coordinators follow.
    let extra = [("created_at", Value::Text(Some(now))), ("followed", Value::Text(Some("yes".into())))];
    inserted += insert_new(&mut tx, "standard", &standards, &standard_columns, &extra).await?;
    let title_columns = ["standard_id", "lang", "title", "status", "publisher", "year", "source", "as_of"];
    inserted += insert_new(&mut tx, "standard_title", &titles, &title_columns, &[]).await?;
    let adoption_columns = [
        "standard_id",
        "alpha2",
        "designation",
        "status",
        "degree",
        "lang",
        "adopted_on",
        "confidence",
        "note",
        "source",
        "as_of",
    ];
    inserted += insert_new(&mut tx, "adoption", &adoptions, &adoption_columns, &[]).await?;
    tx.commit().await?;
    Ok(inserted)
}

/// Inserts every row of a seed file whose key is not in `table` yet (a row already there
/// is never overwritten); `extra` are more columns with the same value for every row.
pub(crate) async fn insert_new(
    tx: &mut sqlx::Transaction<'_, sqlx::Any>,
    table: &str,
    rows: &Rows,
    columns: &[&str],
    extra: &[(&str, Value)],
) -> Result<usize, ImportError> {
    let mut inserted = 0;
    for (_, cells) in &rows.rows {
        let mut values: Vec<(&str, Value)> =
            columns.iter().map(|c| (*c, rows.get(cells, c).map(str::to_string).into())).collect();
        values.extend(extra.iter().cloned());
        inserted += insert_missing(tx, table, &values).await? as usize;
    }
    Ok(inserted)
}

/// What letters quote about a standard.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct StandardFacts {
    pub reference: String,
    /// Where the reference and last confirmation come from, and as of when.
    pub source: String,
    pub as_of: Option<String>,
    /// (language, title, source)
    pub titles: Vec<(String, String, String)>,
    pub adopted: u32,
    pub last_confirmed: Option<String>,
    /// Closing date of the earliest ballot that closes today or later and has no outcome.
    pub open_ballot_closes: Option<String>,
    /// The committee that owns the standard (`ISO/TMBG`).
    pub committee: Option<String>,
    /// When the next review is due at the latest (derived), unless one runs.
    pub due_by: Option<String>,
}

/// (reference, last confirmed, source, as of, committee, stage, published)
type StandardFactsRow =
    (String, Option<String>, String, Option<String>, Option<String>, Option<String>, Option<String>);

pub async fn standard_facts(
    pool: &AnyPool,
    standard_id: &str,
    today: &str,
) -> Result<Option<StandardFacts>, sqlx::Error> {
    // Four independent reads, at once (each is a round trip to the database).
    let count = format!("SELECT COUNT(*) FROM adoption WHERE standard_id = $1 AND {COUNTS_AS_ADOPTION}");
    let (standard, titles, (adopted,), open_ballot_closes) = tokio::try_join!(
        sqlx::query_as::<_, StandardFactsRow>(
            "SELECT reference, last_confirmed, source, as_of, committee, stage, published FROM standard WHERE id = $1"
        )
        .bind(standard_id)
        .fetch_optional(pool),
        sqlx::query_as::<_, (String, String, String)>(
            "SELECT lang, title, source FROM standard_title WHERE standard_id = $1 ORDER BY lang"
        )
        .bind(standard_id)
        .fetch_all(pool),
        sqlx::query_as::<_, (i64,)>(&count).bind(standard_id).fetch_one(pool),
        sqlx::query_as::<_, (String,)>(
            "SELECT closes_on FROM review_cycle WHERE standard_id = $1 AND status = 'open' AND closes_on >= $2 \
             ORDER BY closes_on LIMIT 1",
        )
        .bind(standard_id)
        .bind(today)
        .fetch_optional(pool),
    )?;
    let Some((reference, last_confirmed, source, as_of, committee, stage, published)) = standard else {
        return Ok(None);
    };
    let due_by = catalogue::due_by(stage.as_deref(), published.as_deref(), last_confirmed.as_deref());
    Ok(Some(StandardFacts {
        reference,
        source,
        as_of,
        titles,
        adopted: u32::try_from(adopted).unwrap_or(u32::MAX),
        last_confirmed,
        open_ballot_closes: open_ballot_closes.map(|(d,)| d),
        committee,
        due_by,
    }))
}

/// SQL condition for an adoption row that `AdoptionStatus::is_adoption` counts.
pub(crate) const COUNTS_AS_ADOPTION: &str = "status = 'adopted' AND (degree IS NULL OR degree <> 'NEQ')";

/// One body's adoption of a standard as recorded: its derived status and, for an
/// adoption, the national designation (`DIN ISO 20400`) and language, when recorded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RecordedAdoption {
    pub status: AdoptionStatus,
    pub designation: Option<String>,
    pub lang: Option<String>,
}

/// The body's adoption of the standard (status `Unknown` when nothing is recorded).
pub async fn recorded_adoption(
    pool: &AnyPool,
    standard_id: &str,
    alpha2: &str,
) -> Result<RecordedAdoption, sqlx::Error> {
    type Row = (String, Option<String>, Option<String>, Option<String>, Option<String>);
    let row: Option<Row> = sqlx::query_as(
        "SELECT status, degree, sells, designation, lang FROM adoption WHERE standard_id = $1 AND alpha2 = $2",
    )
    .bind(standard_id)
    .bind(alpha2)
    .fetch_optional(pool)
    .await?;
    Ok(match row {
        Some((state, degree, sells, designation, lang)) => RecordedAdoption {
            status: AdoptionStatus::classify(Some(&state), degree.as_deref(), sells.as_deref()),
            designation,
            lang: lang.filter(|l| !l.trim().is_empty()),
        },
        None => RecordedAdoption { status: AdoptionStatus::Unknown, designation: None, lang: None },
    })
}

#[derive(Debug, Clone, sqlx::FromRow)]
struct AdoptionRecord {
    alpha2: String,
    status: String,
    designation: Option<String>,
    degree: Option<String>,
    lang: Option<String>,
    adopted_on: Option<String>,
    method: Option<String>,
    sells: Option<String>,
    confidence: Option<String>,
    note: Option<String>,
    source: String,
    as_of: Option<String>,
    version: i64,
}

#[derive(Debug, Clone, sqlx::FromRow)]
struct TitleRecord {
    lang: String,
    title: String,
    status: String,
    publisher: Option<String>,
    year: Option<String>,
    source: String,
    as_of: Option<String>,
    version: i64,
}

const ADOPTION_COLUMNS: &str = "alpha2, status, designation, degree, lang, adopted_on, method, sells, confidence, \
     note, source, as_of, version";
const TITLE_COLUMNS: &str = "lang, title, status, publisher, year, source, as_of, version";

async fn title_records(pool: &AnyPool, standard_id: &str) -> Result<Vec<TitleRecord>, AppError> {
    let sql = format!("SELECT {TITLE_COLUMNS} FROM standard_title WHERE standard_id = $1 ORDER BY lang");
    Ok(sqlx::query_as::<_, TitleRecord>(&sql).bind(standard_id).fetch_all(pool).await?)
}

/// The title in the reader's language, else English, else any.
fn title_for(titles: &[TitleRecord], locale: Locale) -> Option<String> {
    let pick = |lang: &str| titles.iter().find(|t| t.lang.eq_ignore_ascii_case(lang));
    pick(locale.tag()).or_else(|| pick("en")).or(titles.first()).map(|t| t.title.clone())
}

fn language_label(code: &str, locale: Locale) -> String {
    territory::language_name(code, locale).unwrap_or_else(|| code.to_string())
}

fn translation_row(record: &TitleRecord, locale: Locale) -> TranslationRow {
    TranslationRow {
        lang: record.lang.clone(),
        language: language_label(&record.lang, locale),
        title: record.title.clone(),
        kind: record.status.clone(),
        publisher: record.publisher.clone(),
        year: record.year.clone(),
        provenance: Provenance { source: record.source.clone(), as_of: record.as_of.clone() },
        version: record.version,
    }
}

fn distinct_languages(titles: &[TitleRecord]) -> usize {
    let mut langs: Vec<String> = titles.iter().map(|t| t.lang.to_ascii_lowercase()).collect();
    langs.sort();
    langs.dedup();
    langs.len()
}

/// One row per body in the directory, with its adoption record where there is one.
async fn adoption_rows(pool: &AnyPool, standard_id: &str, locale: Locale) -> Result<Vec<AdoptionRow>, AppError> {
    let sql = format!("SELECT {ADOPTION_COLUMNS} FROM adoption WHERE standard_id = $1");
    let mut records: HashMap<String, AdoptionRecord> = sqlx::query_as::<_, AdoptionRecord>(&sql)
        .bind(standard_id)
        .fetch_all(pool)
        .await?
        .into_iter()
        .map(|r| (r.alpha2.clone(), r))
        .collect();
    Ok(all_records(pool)
        .await?
        .into_iter()
        .map(|body| {
            let record = records.remove(&body.alpha2);
            adoption_row(
                &body.alpha2,
                territory::country_name(&body.alpha2, locale).unwrap_or_else(|| body.country_name_en.clone()),
                body.category(),
                record,
                locale,
            )
        })
        .collect())
}

fn adoption_row(
    alpha2: &str,
    country: String,
    category: Option<Category>,
    record: Option<AdoptionRecord>,
    locale: Locale,
) -> AdoptionRow {
    let region = territory::territory(alpha2).map(|t| t.region.clone()).filter(|r| !r.is_empty());
    let Some(r) = record else {
        return AdoptionRow {
            alpha2: alpha2.to_string(),
            country,
            category,
            region,
            status: AdoptionStatus::Unknown,
            state: None,
            designation: None,
            degree: None,
            adopted_on: None,
            method: None,
            lang: None,
            language: None,
            sells: None,
            confidence: None,
            note: None,
            provenance: None,
            version: 0,
        };
    };
    AdoptionRow {
        alpha2: alpha2.to_string(),
        country,
        category,
        region,
        status: AdoptionStatus::classify(Some(&r.status), r.degree.as_deref(), r.sells.as_deref()),
        language: r.lang.as_deref().map(|l| language_label(l, locale)),
        state: Some(r.status),
        designation: r.designation,
        degree: r.degree,
        adopted_on: r.adopted_on,
        method: r.method,
        lang: r.lang,
        sells: r.sells,
        confidence: r.confidence,
        note: r.note,
        provenance: Some(Provenance { source: r.source, as_of: r.as_of }),
        version: r.version,
    }
}

/// Every tracked standard, with its adoption and language counts.
pub async fn summaries(pool: &AnyPool, locale: Locale) -> Result<Vec<StandardSummary>, AppError> {
    let sql = format!("SELECT {STANDARD_COLUMNS} FROM standard WHERE followed = 'yes' ORDER BY reference");
    let standards = sqlx::query_as::<_, StandardRecord>(&sql).fetch_all(pool).await?;
    let adoption_sql = format!("SELECT COUNT(*) FROM adoption WHERE standard_id = $1 AND {COUNTS_AS_ADOPTION}");
    let mut summaries = Vec::with_capacity(standards.len());
    for standard in standards {
        let titles = title_records(pool, &standard.id).await?;
        let (adoptions,): (i64,) = sqlx::query_as(&adoption_sql).bind(&standard.id).fetch_one(pool).await?;
        summaries.push(StandardSummary {
            title: title_for(&titles, locale),
            languages: distinct_languages(&titles),
            adoptions: usize::try_from(adoptions).unwrap_or_default(),
            slug: standard.id,
            reference: standard.reference,
        });
    }
    Ok(summaries)
}

/// The committee and its recorded members, P-members first.
pub async fn committee(pool: &AnyPool, id: &str, locale: Locale) -> Result<Option<CommitteeInfo>, AppError> {
    type CommitteeRow = (String, String, Option<String>, String, Option<String>);
    let Some((id, reference, title, source, as_of)): Option<CommitteeRow> =
        sqlx::query_as("SELECT id, reference, title, source, as_of FROM committee WHERE id = $1")
            .bind(id)
            .fetch_optional(pool)
            .await?
    else {
        return Ok(None);
    };
    let rows: Vec<(String, Option<String>, String, Option<String>)> = sqlx::query_as(
        "SELECT alpha2, membership, source, as_of FROM committee_member WHERE committee_id = $1 ORDER BY alpha2",
    )
    .bind(&id)
    .fetch_all(pool)
    .await?;
    let mut members: Vec<Membership> = rows
        .into_iter()
        .map(|(alpha2, membership, source, as_of)| Membership {
            country: territory::country_name(&alpha2, locale).unwrap_or_else(|| alpha2.clone()),
            alpha2,
            membership,
            provenance: Provenance { source, as_of },
        })
        .collect();
    members.sort_by_cached_key(|m| {
        (m.membership.is_none(), m.membership.clone(), crate::collation::key(locale, &m.country))
    });
    Ok(Some(CommitteeInfo { id, reference, title, provenance: Provenance { source, as_of }, members }))
}

/// The standard page: the standard, counts over every body, the filtered and sorted
/// rows, the language versions and the committee.
pub async fn overview(
    pool: &AnyPool,
    slug: &str,
    filter: &AdoptionFilter,
    locale: Locale,
) -> Result<StandardOverview, AppError> {
    let record = standard_record(pool, slug).await?;
    let titles = title_records(pool, &record.id).await?;
    // Only the standards coordinators follow get the adoption table and map.
    let rows = if record.followed == "yes" { adoption_rows(pool, &record.id, locale).await? } else { Vec::new() };
    let counts = AdoptionCounts::count(rows.iter().map(|r| r.status), distinct_languages(&titles));
    let statuses = rows.iter().map(|r| (r.alpha2.clone(), r.status)).collect();
    let mut rows: Vec<AdoptionRow> = rows
        .into_iter()
        .filter(|row| {
            status_matches(row.status, filter.status.trim())
                && category_matches(row.category, filter.category.trim())
                && region_matches(row.region.as_deref(), filter.region.trim())
        })
        .collect();
    sort_rows(&mut rows, filter.sort.trim(), locale);
    let committee = match &record.committee_id {
        Some(id) => committee(pool, id, locale).await?,
        None => None,
    };
    let mut translations: Vec<TranslationRow> = titles.iter().map(|t| translation_row(t, locale)).collect();
    translations.sort_by_cached_key(|t| (t.kind != "official", crate::collation::key(locale, &t.language)));
    let claims: Vec<(String, i64, String, Option<String>)> = sqlx::query_as(
        "SELECT claim, value, source, as_of FROM standard_claim WHERE standard_id = $1 ORDER BY source, claim",
    )
    .bind(&record.id)
    .fetch_all(pool)
    .await?;
    let claims = claims
        .into_iter()
        .map(|(claim, value, source, as_of)| Claim { claim, value, provenance: Provenance { source, as_of } })
        .collect();
    Ok(StandardOverview {
        claims,
        standard: standard_info(record, &titles, locale),
        counts,
        statuses,
        rows,
        translations,
        committee,
        regions: region_options(locale),
    })
}

/// Orders rows by country name (in the reader's language's order) or by status then country.
pub fn sort_rows(rows: &mut [AdoptionRow], sort: &str, locale: Locale) {
    let by_status = sort.trim_start_matches('-') == "status";
    rows.sort_by_cached_key(|row| {
        (by_status.then_some(row.status), crate::collation::key(locale, &row.country), row.alpha2.clone())
    });
    if sort.starts_with('-') {
        rows.reverse();
    }
}

/// Every tracked standard as one body's page shows it.
pub async fn for_body(pool: &AnyPool, code: &str, locale: Locale) -> Result<Vec<BodyStandard>, AppError> {
    let alpha2 = normalize_code(code).ok_or(AppError::NotFound)?;
    let body = crate::directory::ssr::record(pool, &alpha2).await?.ok_or(AppError::NotFound)?;
    let sql = format!("SELECT {STANDARD_COLUMNS} FROM standard WHERE followed = 'yes' ORDER BY reference");
    let standards = sqlx::query_as::<_, StandardRecord>(&sql).fetch_all(pool).await?;
    let languages: Vec<String> = territory::territory(&alpha2)
        .map(|t| t.official_languages.iter().map(|l| l.replace('_', "-")).collect())
        .unwrap_or_default();
    let country = territory::country_name(&alpha2, locale).unwrap_or_else(|| body.country_name_en.clone());
    let mut result = Vec::with_capacity(standards.len());
    for standard in standards {
        let titles = title_records(pool, &standard.id).await?;
        let sql = format!("SELECT {ADOPTION_COLUMNS} FROM adoption WHERE standard_id = $1 AND alpha2 = $2");
        let record =
            sqlx::query_as::<_, AdoptionRecord>(&sql).bind(&standard.id).bind(&alpha2).fetch_optional(pool).await?;
        let versions = languages
            .iter()
            .map(|lang| {
                let version =
                    titles.iter().find(|t| t.lang.eq_ignore_ascii_case(lang)).map(|t| translation_row(t, locale));
                (lang.clone(), language_label(lang, locale), version)
            })
            .collect();
        let committee = match &standard.committee_id {
            Some(id) => committee(pool, id, locale).await?,
            None => None,
        };
        let membership = committee.as_ref().and_then(|c| c.members.iter().find(|m| m.alpha2 == alpha2).cloned());
        result.push(BodyStandard {
            title: title_for(&titles, locale),
            adoption: adoption_row(&alpha2, country.clone(), body.category(), record, locale),
            versions,
            committee: committee.map(|c| (c.id, c.reference)),
            membership,
            slug: standard.id,
            reference: standard.reference,
        });
    }
    Ok(result)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shipped_seed_files_parse_and_every_row_has_a_source() {
        for (text, required) in [
            (STANDARDS_CSV, &["id", "reference", "source", "as_of"][..]),
            (TITLES_CSV, &["standard_id", "lang", "title", "status", "source", "as_of"][..]),
            (ADOPTIONS_CSV, &["standard_id", "alpha2", "status", "source", "as_of"][..]),
        ] {
            let rows = Rows::parse(text, required).map(|r| r.rows.len());
            assert!(matches!(rows, Ok(n) if n > 0), "{rows:?}");
        }
    }

    #[test]
    fn a_row_without_a_source_is_refused_with_its_line() {
        let text = "standard_id,alpha2,status,source\niso-20400,GB,adopted,BSI\niso-20400,AU,adopted,\n";
        let error = Rows::parse(text, &["standard_id", "alpha2", "status", "source"]).err();
        assert_eq!(error, Some(ImportError::BadRow { line: 3, reason: "`source` is required".into() }));
    }
}
