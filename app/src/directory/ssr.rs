//! Directory queries and the seed import. Written once for SQLite and PostgreSQL:
//! portable SQL, `$n` bind parameters, text dates.

use std::collections::HashMap;

use sqlx::AnyPool;

use super::search::{MatchQuality, SearchKeys, prepare_query};
use super::*;
use crate::i18n::Locale;
use crate::territory;

/// A row of the `nsb` table.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct NsbRecord {
    pub alpha2: String,
    pub country_name_en: String,
    pub acronym: Option<String>,
    pub body_name_en: Option<String>,
    pub body_name_native: Option<String>,
    pub iso_category: Option<String>,
    pub category_note: Option<String>,
    pub iso_member_id: Option<String>,
    pub website: Option<String>,
    pub email: Option<String>,
    pub phone: Option<String>,
    pub fax: Option<String>,
    pub address: Option<String>,
}

#[derive(Debug, Clone, sqlx::FromRow)]
struct FieldSourceRow {
    field: String,
    source: String,
    as_of: Option<String>,
}

pub const NSB_COLUMNS: &str = "alpha2, country_name_en, acronym, body_name_en, body_name_native, iso_category, \
     category_note, iso_member_id, website, email, phone, fax, address";

pub async fn all_records(pool: &AnyPool) -> Result<Vec<NsbRecord>, AppError> {
    let sql = format!("SELECT {NSB_COLUMNS} FROM nsb");
    Ok(sqlx::query_as::<_, NsbRecord>(&sql).fetch_all(pool).await?)
}

pub async fn record(pool: &AnyPool, alpha2: &str) -> Result<Option<NsbRecord>, AppError> {
    let sql = format!("SELECT {NSB_COLUMNS} FROM nsb WHERE alpha2 = $1");
    Ok(sqlx::query_as::<_, NsbRecord>(&sql).bind(alpha2).fetch_optional(pool).await?)
}

impl NsbRecord {
    pub fn category(&self) -> Option<Category> {
        self.iso_category.as_deref().and_then(Category::from_db)
    }

    fn search_keys(&self) -> SearchKeys {
        let territory = territory::territory(&self.alpha2);
        let aliases: Vec<&str> = super::search::aliases(&self.alpha2).collect();
        let codes = [Some(self.alpha2.as_str()), territory.map(|t| t.alpha3.as_str()), self.acronym.as_deref()];
        let codes = codes.into_iter().flatten().chain(aliases.iter().copied());
        let mut names: Vec<&str> = vec![self.country_name_en.as_str()];
        names.extend(aliases.iter().copied());
        names.extend(territory.iter().flat_map(|t| t.names.values().map(String::as_str)));
        names.extend(self.body_name_en.as_deref());
        names.extend(self.body_name_native.as_deref());
        SearchKeys::new(codes, names)
    }

    fn country(&self, locale: Locale) -> String {
        territory::country_name(&self.alpha2, locale).unwrap_or_else(|| self.country_name_en.clone())
    }

    fn summary(&self, locale: Locale) -> NsbSummary {
        NsbSummary {
            alpha2: self.alpha2.clone(),
            country: self.country(locale),
            acronym: self.acronym.clone(),
            body_name: self.body_name_en.clone().or_else(|| self.body_name_native.clone()),
            category: self.category(),
            region: territory::territory(&self.alpha2).map(|t| t.region.clone()).filter(|r| !r.is_empty()),
        }
    }
}

/// Filters, searches and sorts the directory for one page view.
pub async fn list(pool: &AnyPool, filter: &DirectoryFilter, locale: Locale) -> Result<DirectoryListing, AppError> {
    let records = all_records(pool).await?;
    let total = records.len();
    let (query, query_truncated) = prepare_query(&filter.q);
    let category = filter.category.trim();
    let region = filter.region.trim();

    let rows: Vec<(Option<MatchQuality>, NsbSummary)> = records
        .iter()
        .filter(|record| category_matches(record.category(), category))
        .map(|record| (record, record.summary(locale)))
        .filter(|(_, summary)| region_matches(summary.region.as_deref(), region))
        .filter_map(|(record, summary)| {
            if query.is_empty() {
                // Only punctuation (`%`, `_`) is a literal search that matches nothing;
                // an empty box shows everyone.
                return filter.q.trim().is_empty().then_some((None, summary));
            }
            record.search_keys().matches(&query).map(|quality| (Some(quality), summary))
        })
        .collect();

    let sort = SortOrder::from_param(filter.sort.trim());
    // A search shows the best matches first unless the reader chose an order.
    let rank_by_quality = filter.sort.trim().is_empty();
    // Each row's collation key is computed once, in the reader's language's order.
    let collation_key = |summary: &NsbSummary| {
        let text = match sort {
            SortOrder::CountryAscending | SortOrder::CountryDescending => summary.country.clone(),
            SortOrder::AcronymAscending | SortOrder::AcronymDescending => summary.acronym.clone().unwrap_or_default(),
        };
        (crate::collation::key(locale, &text), text)
    };
    let mut keyed: Vec<_> =
        rows.into_iter().map(|(quality, summary)| (quality, collation_key(&summary), summary)).collect();
    let descending = matches!(sort, SortOrder::CountryDescending | SortOrder::AcronymDescending);
    keyed.sort_by(|(quality_a, key_a, _), (quality_b, key_b, _)| {
        let by_quality = if rank_by_quality { quality_a.cmp(quality_b) } else { std::cmp::Ordering::Equal };
        by_quality.then_with(|| if descending { key_b.cmp(key_a) } else { key_a.cmp(key_b) })
    });

    let regions = region_options(locale);
    Ok(DirectoryListing {
        rows: keyed.into_iter().map(|(_, _, summary)| summary).collect(),
        total,
        regions,
        query_truncated,
    })
}

/// Whether a body of `category` passes the URL's category filter (`member-body`,
/// `unknown`, or blank for all); an unknown slug filters nothing.
pub fn category_matches(category: Option<Category>, slug: &str) -> bool {
    match slug {
        "" => true,
        "unknown" => category.is_none(),
        slug => Category::from_slug(slug).is_none_or(|wanted| category == Some(wanted)),
    }
}

/// Whether a body in `region` (UN M49 continent) passes the URL's region filter; blank or
/// an unknown code filters nothing.
pub fn region_matches(region: Option<&str>, wanted: &str) -> bool {
    wanted.is_empty() || !territory::continents().any(|c| c.code == wanted) || region == Some(wanted)
}

/// The continents, named in `locale`, in alphabetical order.
pub fn region_options(locale: Locale) -> Vec<RegionOption> {
    let mut regions: Vec<RegionOption> = territory::continents()
        .map(|region| RegionOption {
            code: region.code.clone(),
            name: territory::region_name(&region.code, locale).unwrap_or_else(|| region.code.clone()),
        })
        .collect();
    regions.sort_by_cached_key(|r| crate::collation::key(locale, &r.name));
    regions
}

/// Normalizes a code from a URL: two ASCII letters, any case. Anything else is unknown.
pub fn normalize_code(code: &str) -> Option<String> {
    let code = code.trim();
    (code.len() == 2 && code.chars().all(|c| c.is_ascii_alphabetic())).then(|| code.to_ascii_uppercase())
}

pub async fn card(pool: &AnyPool, code: &str, locale: Locale) -> Result<NsbCard, AppError> {
    let alpha2 = normalize_code(code).ok_or(AppError::NotFound)?;
    let record = record(pool, &alpha2).await?.ok_or(AppError::NotFound)?;
    let sources: HashMap<String, Provenance> =
        sqlx::query_as::<_, FieldSourceRow>("SELECT field, source, as_of FROM nsb_field_source WHERE alpha2 = $1")
            .bind(&alpha2)
            .fetch_all(pool)
            .await?
            .into_iter()
            .map(|row| (row.field, Provenance { source: row.source, as_of: row.as_of }))
            .collect();
    let field = |name: &str, value: &Option<String>| Field {
        value: value.clone(),
        // A blank value has nothing to attribute.
        provenance: value.as_ref().and_then(|_| sources.get(name).cloned()),
    };
    let territory = territory::territory(&alpha2);
    Ok(NsbCard {
        country: record.country(locale),
        alpha3: territory.map(|t| t.alpha3.clone()),
        region: territory.map(|t| t.region.clone()).filter(|r| !r.is_empty()),
        country_name_en: field("country_name_en", &Some(record.country_name_en.clone())),
        acronym: field("acronym", &record.acronym),
        body_name_en: field("body_name_en", &record.body_name_en),
        body_name_native: field("body_name_native", &record.body_name_native),
        category: record.category(),
        category_field: field("iso_category", &record.iso_category),
        category_note: record.category_note.clone(),
        iso_member_id: field("iso_member_id", &record.iso_member_id),
        website: field("website", &record.website),
        email: field("email", &record.email),
        phone: field("phone", &record.phone),
        fax: field("fax", &record.fax),
        address: field("address", &record.address),
        alpha2: record.alpha2,
    })
}

pub async fn category_counts(pool: &AnyPool) -> Result<CategoryCounts, AppError> {
    let rows: Vec<(Option<String>, i64)> =
        sqlx::query_as("SELECT iso_category, COUNT(*) FROM nsb GROUP BY iso_category").fetch_all(pool).await?;
    let mut counts = CategoryCounts::default();
    for (category, count) in rows {
        let count = usize::try_from(count).unwrap_or_default();
        counts.total += count;
        match category.as_deref().and_then(Category::from_db) {
            Some(Category::MemberBody) => counts.member_body += count,
            Some(Category::Correspondent) => counts.correspondent += count,
            Some(Category::Subscriber) => counts.subscriber += count,
            None => counts.unknown += count,
        }
    }
    Ok(counts)
}

pub mod api;
pub mod corrections;
pub mod edit;
pub mod evidence;
pub mod import;
pub mod unmatched;
