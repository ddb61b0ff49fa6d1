//! Standards Quorum tracks: their titles and language versions, the owning committee and
//! its members, and what every national body did with each standard (adoption, degree
//! of correspondence, selling ISO's own edition). ISO 20400 is the first and the default;
//! others are added as data.

mod catalogue;
pub mod edit;
#[cfg(feature = "ssr")]
pub mod map;
#[cfg(feature = "ssr")]
pub mod ssr;

use leptos::prelude::*;
use leptos::server_fn::codec::GetUrl;
use serde::{Deserialize, Serialize};

use crate::directory::{Category, Provenance, RegionOption, query_string};
use crate::error::AppError;
pub use catalogue::*;

/// The standard letters are about until campaigns choose others.
pub const DEFAULT_STANDARD: &str = "iso-20400";

/// What a body did with a standard, derived from its adoption record. The order is the
/// order of the legend, the counts and the "status" sort.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum AdoptionStatus {
    AdoptedIdt,
    AdoptedMod,
    /// Adopted, but no source says whether identical or modified.
    Adopted,
    /// A national standard that is not equivalent: not an adoption.
    Neq,
    InProgress,
    SellsOnly,
    NotAdopted,
    Unknown,
}

impl AdoptionStatus {
    pub const ALL: [AdoptionStatus; 8] = [
        AdoptionStatus::AdoptedIdt,
        AdoptionStatus::AdoptedMod,
        AdoptionStatus::Adopted,
        AdoptionStatus::Neq,
        AdoptionStatus::InProgress,
        AdoptionStatus::SellsOnly,
        AdoptionStatus::NotAdopted,
        AdoptionStatus::Unknown,
    ];

    /// Derives the status from the stored record (`state`: `adopted`, `in_progress`,
    /// `not_adopted`, `unknown`; `degree`: `IDT`, `MOD`, `NEQ`; `sells`: `yes`, `no`).
    /// A body without a record is `Unknown`; NEQ never counts as an adoption.
    pub fn classify(state: Option<&str>, degree: Option<&str>, sells: Option<&str>) -> AdoptionStatus {
        match (state, degree) {
            (Some("adopted"), Some("IDT")) => AdoptionStatus::AdoptedIdt,
            (Some("adopted"), Some("MOD")) => AdoptionStatus::AdoptedMod,
            (_, Some("NEQ")) => AdoptionStatus::Neq,
            (Some("adopted"), _) => AdoptionStatus::Adopted,
            (Some("in_progress"), _) => AdoptionStatus::InProgress,
            _ if sells == Some("yes") => AdoptionStatus::SellsOnly,
            (Some("not_adopted"), _) => AdoptionStatus::NotAdopted,
            _ => AdoptionStatus::Unknown,
        }
    }

    pub fn is_adoption(self) -> bool {
        matches!(self, AdoptionStatus::AdoptedIdt | AdoptionStatus::AdoptedMod | AdoptionStatus::Adopted)
    }

    /// The value in URLs (`?status=adopted-idt`) and the map's CSS class (`status-…`).
    pub fn slug(self) -> &'static str {
        match self {
            AdoptionStatus::AdoptedIdt => "adopted-idt",
            AdoptionStatus::AdoptedMod => "adopted-mod",
            AdoptionStatus::Adopted => "adopted",
            AdoptionStatus::Neq => "neq",
            AdoptionStatus::InProgress => "in-progress",
            AdoptionStatus::SellsOnly => "sells-only",
            AdoptionStatus::NotAdopted => "not-adopted",
            AdoptionStatus::Unknown => "unknown",
        }
    }

    pub fn from_slug(slug: &str) -> Option<AdoptionStatus> {
        AdoptionStatus::ALL.into_iter().find(|s| s.slug() == slug)
    }

    pub fn label_key(self) -> String {
        format!("status-{}", self.slug())
    }

    pub fn definition_key(self) -> String {
        format!("status-{}-def", self.slug())
    }
}

/// The status filter: one status, or every kind of adoption.
pub const ANY_ADOPTION: &str = "adopted-any";

pub fn status_matches(status: AdoptionStatus, wanted: &str) -> bool {
    match wanted {
        "" => true,
        ANY_ADOPTION => status.is_adoption(),
        slug => AdoptionStatus::from_slug(slug).is_none_or(|s| s == status),
    }
}

/// Headline numbers of a standard page, counted from the records.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct AdoptionCounts {
    /// Bodies per status, in `AdoptionStatus::ALL` order, zeros included.
    pub per_status: Vec<(AdoptionStatus, usize)>,
    /// IDT + MOD + degree not recorded.
    pub adoptions: usize,
    pub bodies: usize,
    /// Distinct languages with a recorded version.
    pub languages: usize,
}

impl AdoptionCounts {
    pub fn count(statuses: impl IntoIterator<Item = AdoptionStatus>, languages: usize) -> AdoptionCounts {
        let mut per_status: Vec<(AdoptionStatus, usize)> = AdoptionStatus::ALL.into_iter().map(|s| (s, 0)).collect();
        let mut bodies = 0;
        for status in statuses {
            bodies += 1;
            if let Some(entry) = per_status.iter_mut().find(|(s, _)| *s == status) {
                entry.1 += 1;
            }
        }
        let adoptions = per_status.iter().filter(|(s, _)| s.is_adoption()).map(|(_, n)| n).sum();
        AdoptionCounts { per_status, adoptions, bodies, languages }
    }

    pub fn of(&self, status: AdoptionStatus) -> usize {
        self.per_status.iter().find(|(s, _)| *s == status).map_or(0, |(_, n)| *n)
    }
}

/// A tracked standard in the list of standards.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct StandardSummary {
    pub slug: String,
    pub reference: String,
    /// In the reader's language when recorded, else English.
    pub title: Option<String>,
    pub adoptions: usize,
    pub languages: usize,
}

/// A standard's own record, every value with the record's provenance.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct StandardInfo {
    pub slug: String,
    pub reference: String,
    pub title: Option<String>,
    pub committee: Option<String>,
    pub committee_id: Option<String>,
    pub published: Option<String>,
    pub edition: Option<String>,
    pub stage: Option<String>,
    pub last_confirmed: Option<String>,
    pub provenance: Provenance,
    pub version: i64,
    /// Coordinators follow it: it gets the adoption map, letters and review tracking.
    pub followed: bool,
    /// What ISO Open Data says of it (blank for a standard never imported).
    pub iso: IsoFacts,
    /// When its next systematic review is due at the latest: derived, five years after
    /// its publication or last confirmation (`2028-04-05`, or `2028-04` from a partial
    /// date). `None` while a review runs, once withdrawn, or when the dates are unknown.
    pub due_by: Option<String>,
}

/// A figure someone else publishes about a standard: `claim` is `adopted`, `selling`
/// or `languages`, `value` the number they give.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Claim {
    pub claim: String,
    pub value: i64,
    pub provenance: Provenance,
}

/// One body's adoption of a standard (every body has one; most are unknown).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AdoptionRow {
    pub alpha2: String,
    /// Country name in the reader's language.
    pub country: String,
    pub category: Option<Category>,
    pub region: Option<String>,
    pub status: AdoptionStatus,
    pub state: Option<String>,
    pub designation: Option<String>,
    pub degree: Option<String>,
    pub adopted_on: Option<String>,
    pub method: Option<String>,
    pub lang: Option<String>,
    /// `lang` named in the reader's language.
    pub language: Option<String>,
    pub sells: Option<String>,
    pub confidence: Option<String>,
    pub note: Option<String>,
    /// `None` when nothing is recorded.
    pub provenance: Option<Provenance>,
    /// 0 when no record exists yet.
    pub version: i64,
}

/// A version of the standard in one language.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TranslationRow {
    pub lang: String,
    /// `lang` named in the reader's language.
    pub language: String,
    pub title: String,
    /// `official` | `national` | `draft`.
    pub kind: String,
    pub publisher: Option<String>,
    pub year: Option<String>,
    pub provenance: Provenance,
    pub version: i64,
}

impl TranslationRow {
    pub fn kind_key(&self) -> String {
        format!("translation-kind-{}", self.kind)
    }
}

/// A committee member's row.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Membership {
    pub alpha2: String,
    pub country: String,
    /// `P`, `O`, or `None`: recorded as not a member.
    pub membership: Option<String>,
    pub provenance: Provenance,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CommitteeInfo {
    pub id: String,
    pub reference: String,
    pub title: Option<String>,
    pub provenance: Provenance,
    pub members: Vec<Membership>,
}

/// The standard page's URL state: `/standards/iso-20400?status=adopted-idt&region=150`.
/// Unknown values are ignored, so any URL renders a page.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::IntoParams), into_params(parameter_in = Query))]
#[serde(default)]
pub struct AdoptionFilter {
    pub status: String,
    pub category: String,
    pub region: String,
    /// `country` (default), `-country`, `status`, `-status`.
    pub sort: String,
}

impl AdoptionFilter {
    pub fn to_query_string(&self) -> String {
        query_string(&[
            ("status", &self.status),
            ("category", &self.category),
            ("region", &self.region),
            ("sort", &self.sort),
        ])
    }

    pub fn with_sort(&self, sort: &str) -> AdoptionFilter {
        AdoptionFilter { sort: sort.to_string(), ..self.clone() }
    }

    pub fn with_status(status: &str) -> AdoptionFilter {
        AdoptionFilter { status: status.to_string(), ..Default::default() }
    }

    pub fn is_empty(&self) -> bool {
        self.status.trim().is_empty() && self.category.trim().is_empty() && self.region.trim().is_empty()
    }
}

/// Everything the standard page shows.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct StandardOverview {
    /// Figures others publish about the standard (a campaign's counts), quoted apart
    /// from Quorum's own.
    pub claims: Vec<Claim>,
    pub standard: StandardInfo,
    /// Counted over every body, whatever the filters.
    pub counts: AdoptionCounts,
    /// Every body's status, for the map (which dims the bodies the filters leave out).
    pub statuses: Vec<(String, AdoptionStatus)>,
    /// The bodies that pass the filters, in the chosen order.
    pub rows: Vec<AdoptionRow>,
    pub translations: Vec<TranslationRow>,
    pub committee: Option<CommitteeInfo>,
    pub regions: Vec<RegionOption>,
}

/// One standard as a body's page shows it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct BodyStandard {
    pub slug: String,
    pub reference: String,
    pub title: Option<String>,
    pub adoption: AdoptionRow,
    /// (language code, its name in the reader's language, the version if recorded) for
    /// each of the country's official languages.
    pub versions: Vec<(String, String, Option<TranslationRow>)>,
    /// The owning committee's (id, reference).
    pub committee: Option<(String, String)>,
    pub membership: Option<Membership>,
}

#[server(input = GetUrl, prefix = "/api", endpoint = "list_standards")]
pub async fn list_standards(lang: String) -> Result<Vec<StandardSummary>, AppError> {
    let state = expect_context::<crate::state::AppState>();
    ssr::summaries(&state.pool, crate::i18n::Locale::best_for(&lang).unwrap_or_default()).await
}

#[server(input = GetUrl, prefix = "/api", endpoint = "standard_overview")]
pub async fn fetch_standard_overview(
    slug: String,
    filter: AdoptionFilter,
    lang: String,
) -> Result<StandardOverview, AppError> {
    let state = expect_context::<crate::state::AppState>();
    ssr::overview(&state.pool, &slug, &filter, crate::i18n::Locale::best_for(&lang).unwrap_or_default()).await
}

#[server(input = GetUrl, prefix = "/api", endpoint = "body_standards")]
pub async fn fetch_body_standards(code: String, lang: String) -> Result<Vec<BodyStandard>, AppError> {
    let state = expect_context::<crate::state::AppState>();
    ssr::for_body(&state.pool, &code, crate::i18n::Locale::best_for(&lang).unwrap_or_default()).await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn neq_is_never_an_adoption_and_blank_is_unknown() {
        use AdoptionStatus::*;
        let cases = [
            ((Some("adopted"), Some("IDT"), None), AdoptedIdt),
            ((Some("adopted"), Some("MOD"), Some("yes")), AdoptedMod),
            ((Some("adopted"), Some("NEQ"), None), Neq),
            ((Some("not_adopted"), Some("NEQ"), None), Neq),
            ((Some("adopted"), None, None), Adopted),
            ((Some("in_progress"), None, Some("yes")), InProgress),
            ((Some("not_adopted"), None, Some("yes")), SellsOnly),
            ((None, None, Some("yes")), SellsOnly),
            ((Some("not_adopted"), None, Some("no")), NotAdopted),
            ((Some("unknown"), None, Some("no")), Unknown),
            ((None, None, None), Unknown),
        ];
        for ((state, degree, sells), expected) in cases {
            assert_eq!(AdoptionStatus::classify(state, degree, sells), expected, "{state:?} {degree:?} {sells:?}");
        }
        assert!(!Neq.is_adoption() && !SellsOnly.is_adoption() && Adopted.is_adoption());
    }

    #[test]
    fn counts_cover_every_status_and_sum_to_the_bodies() {
        use AdoptionStatus::*;
        let counts = AdoptionCounts::count([AdoptedIdt, AdoptedMod, Adopted, Neq, Neq, Unknown, Unknown, Unknown], 5);
        assert_eq!(counts.per_status.len(), AdoptionStatus::ALL.len());
        assert_eq!((counts.adoptions, counts.bodies, counts.languages), (3, 8, 5));
        assert_eq!((counts.of(Neq), counts.of(Unknown), counts.of(SellsOnly)), (2, 3, 0));
        assert_eq!(counts.per_status.iter().map(|(_, n)| n).sum::<usize>(), counts.bodies);
        assert_eq!(AdoptionCounts::count([], 0).adoptions, 0);
    }

    #[test]
    fn slugs_round_trip_and_filters_ignore_nonsense() {
        for status in AdoptionStatus::ALL {
            assert_eq!(AdoptionStatus::from_slug(status.slug()), Some(status));
        }
        assert!(status_matches(AdoptionStatus::AdoptedMod, ANY_ADOPTION));
        assert!(!status_matches(AdoptionStatus::Neq, ANY_ADOPTION));
        assert!(status_matches(AdoptionStatus::Neq, "<script>"));
        assert!(!status_matches(AdoptionStatus::Neq, "unknown"));
        let filter = AdoptionFilter { status: "neq".into(), sort: "country".into(), ..Default::default() };
        assert_eq!(filter.to_query_string(), "?status=neq");
        assert_eq!(filter.with_sort("-status").to_query_string(), "?status=neq&sort=-status");
    }
}
