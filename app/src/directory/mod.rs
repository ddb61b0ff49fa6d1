//! The directory of national standards bodies: the types pages show, the server
//! functions that fetch them, and (server only) the queries and the seed import.

pub mod corrections;
pub mod edit;
pub mod evidence;
pub mod search;
#[cfg(feature = "ssr")]
pub mod ssr;
pub mod unmatched;

use leptos::prelude::*;
use leptos::server_fn::codec::GetUrl;
use serde::{Deserialize, Serialize};

use crate::error::AppError;

/// ISO membership category; it decides what a body may do.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Category {
    MemberBody,
    Correspondent,
    Subscriber,
}

impl Category {
    pub const ALL: [Category; 3] = [Category::MemberBody, Category::Correspondent, Category::Subscriber];

    /// The value stored in the database and in `nsb.csv`.
    pub fn db_value(self) -> &'static str {
        match self {
            Category::MemberBody => "member body",
            Category::Correspondent => "correspondent member",
            Category::Subscriber => "subscriber member",
        }
    }

    pub fn from_db(value: &str) -> Option<Category> {
        Category::ALL.into_iter().find(|c| c.db_value() == value.trim())
    }

    /// The value used in URLs (`/nsbs?category=correspondent`).
    pub fn slug(self) -> &'static str {
        match self {
            Category::MemberBody => "member-body",
            Category::Correspondent => "correspondent",
            Category::Subscriber => "subscriber",
        }
    }

    pub fn from_slug(slug: &str) -> Option<Category> {
        Category::ALL.into_iter().find(|c| c.slug() == slug)
    }

    pub fn label_key(self) -> &'static str {
        match self {
            Category::MemberBody => "category-member-body",
            Category::Correspondent => "category-correspondent",
            Category::Subscriber => "category-subscriber",
        }
    }

    pub fn explanation_key(self) -> &'static str {
        match self {
            Category::MemberBody => "category-member-body-rights",
            Category::Correspondent => "category-correspondent-rights",
            Category::Subscriber => "category-subscriber-rights",
        }
    }
}

/// The sourced fields of a body, in export order (`nsb` columns).
pub const SOURCED_FIELDS: [&str; 10] = [
    "acronym",
    "body_name_en",
    "body_name_native",
    "iso_category",
    "iso_member_id",
    "website",
    "email",
    "phone",
    "fax",
    "address",
];

/// Where a value came from and as of when (ISO 8601, possibly partial: `2022-01`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(sqlx::FromRow))]
pub struct Provenance {
    pub source: String,
    pub as_of: Option<String>,
}

/// One field of a contact card: a value that may be unknown, and its provenance.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Field {
    pub value: Option<String>,
    pub provenance: Option<Provenance>,
}

/// A row of the directory list.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct NsbSummary {
    pub alpha2: String,
    pub country: String,
    pub acronym: Option<String>,
    pub body_name: Option<String>,
    pub category: Option<Category>,
    pub region: Option<String>,
}

/// The directory's URL state: `/nsbs?q=brasil&category=member-body&region=019&sort=-country`.
/// Every value is optional and unknown values are ignored, so any URL renders a page.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct DirectoryFilter {
    pub q: String,
    pub category: String,
    pub region: String,
    pub sort: String,
}

/// How the list is ordered.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SortOrder {
    CountryAscending,
    CountryDescending,
    AcronymAscending,
    AcronymDescending,
}

impl SortOrder {
    pub fn from_param(param: &str) -> SortOrder {
        match param {
            "-country" => SortOrder::CountryDescending,
            "acronym" => SortOrder::AcronymAscending,
            "-acronym" => SortOrder::AcronymDescending,
            _ => SortOrder::CountryAscending,
        }
    }

    pub fn param(self) -> &'static str {
        match self {
            SortOrder::CountryAscending => "country",
            SortOrder::CountryDescending => "-country",
            SortOrder::AcronymAscending => "acronym",
            SortOrder::AcronymDescending => "-acronym",
        }
    }
}

impl DirectoryFilter {
    /// The query string for this filter, leaving defaults out so URLs stay short.
    pub fn to_query_string(&self) -> String {
        query_string(&[("q", &self.q), ("category", &self.category), ("region", &self.region), ("sort", &self.sort)])
    }
}

/// A query string from URL filter values, leaving out blanks and the default sort
/// (`country`, unless a search would otherwise list the best matches first) so URLs stay
/// short; `""` when nothing is left.
pub fn query_string(pairs: &[(&str, &str)]) -> String {
    let searching = pairs.iter().any(|(key, value)| *key == "q" && !value.trim().is_empty());
    let pairs: Vec<String> = pairs
        .iter()
        .map(|(key, value)| (key, value.trim()))
        .filter(|(key, value)| !(value.is_empty() || (!searching && **key == "sort" && *value == "country")))
        .map(|(key, value)| format!("{key}={}", encode_query_value(value)))
        .collect();
    if pairs.is_empty() { String::new() } else { format!("?{}", pairs.join("&")) }
}

/// Percent-encodes a query value (UTF-8, spaces as `+`).
pub fn encode_query_value(value: &str) -> String {
    // A space is the only byte written differently from `percent_encode`; `+` is encoded.
    crate::letters::form::percent_encode(value).replace("%20", "+")
}

/// A region offered in the filter, with its localized name.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RegionOption {
    pub code: String,
    pub name: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DirectoryListing {
    pub rows: Vec<NsbSummary>,
    /// Number of bodies before filtering.
    pub total: usize,
    pub regions: Vec<RegionOption>,
    /// The search text was longer than allowed and was cut.
    pub query_truncated: bool,
}

/// A body's contact card; every field carries its provenance.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct NsbCard {
    pub alpha2: String,
    pub alpha3: Option<String>,
    /// Country name in the page's language (CLDR).
    pub country: String,
    pub country_name_en: Field,
    pub region: Option<String>,
    pub acronym: Field,
    pub body_name_en: Field,
    pub body_name_native: Field,
    pub category: Option<Category>,
    pub category_field: Field,
    pub category_note: Option<String>,
    pub iso_member_id: Field,
    pub website: Field,
    pub email: Field,
    pub phone: Field,
    pub fax: Field,
    pub address: Field,
}

impl NsbCard {
    /// The name to address the body by: English, else native, else the acronym.
    pub fn display_name(&self) -> Option<&str> {
        self.body_name_en.value.as_deref().or(self.body_name_native.value.as_deref()).or(self.acronym.value.as_deref())
    }
}

/// Headline counts for the home page.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct CategoryCounts {
    pub total: usize,
    pub member_body: usize,
    pub correspondent: usize,
    pub subscriber: usize,
    pub unknown: usize,
}

#[server(input = GetUrl)]
pub async fn list_bodies(filter: DirectoryFilter, lang: String) -> Result<DirectoryListing, AppError> {
    let state = expect_context::<crate::state::AppState>();
    ssr::list(&state.pool, &filter, crate::i18n::Locale::best_for(&lang).unwrap_or_default()).await
}

#[server(input = GetUrl)]
pub async fn region_options(lang: String) -> Result<Vec<RegionOption>, AppError> {
    Ok(ssr::region_options(crate::i18n::Locale::best_for(&lang).unwrap_or_default()))
}

#[server(input = GetUrl)]
pub async fn get_body(code: String, lang: String) -> Result<NsbCard, AppError> {
    let state = expect_context::<crate::state::AppState>();
    ssr::card(&state.pool, &code, crate::i18n::Locale::best_for(&lang).unwrap_or_default()).await
}

#[server(input = GetUrl)]
pub async fn fetch_category_counts() -> Result<CategoryCounts, AppError> {
    let state = expect_context::<crate::state::AppState>();
    ssr::category_counts(&state.pool).await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn filter_round_trips_to_a_short_url() {
        let filter = DirectoryFilter { q: "côte d'ivoire".into(), sort: "country".into(), ..Default::default() };
        assert_eq!(filter.to_query_string(), "?q=c%C3%B4te+d%27ivoire&sort=country", "a search's default is relevance");
        let filter = DirectoryFilter { region: "150".into(), sort: "country".into(), ..Default::default() };
        assert_eq!(filter.to_query_string(), "?region=150");
        assert_eq!(DirectoryFilter::default().to_query_string(), "");
    }

    #[test]
    fn categories_map_between_csv_urls_and_keys() {
        for category in Category::ALL {
            assert_eq!(Category::from_db(category.db_value()), Some(category));
            assert_eq!(Category::from_slug(category.slug()), Some(category));
        }
        assert_eq!(Category::from_db(""), None);
        assert_eq!(SortOrder::from_param("nonsense"), SortOrder::CountryAscending);
    }
}
