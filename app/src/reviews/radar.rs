//! The ballot radar (`/reviews/upcoming`): systematic reviews running now and those due
//! in the next twelve months, over every standard Quorum knows, each with the number of
//! bodies obliged to vote. "Due" is derived (five years after publication or the last
//! confirmation) and said so; ISO opens ballots in batches, possibly earlier.

use leptos::prelude::*;
use leptos::server_fn::codec::GetUrl;
use serde::{Deserialize, Serialize};

use crate::error::AppError;

/// Reviews per page.
pub const RADAR_PAGE: usize = 50;

/// The radar's filters, all in the URL: a committee (`ISO/TC 207` also finds its
/// subcommittees), an ICS field or group (`03`, `03.100`), `followed` or all standards.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::IntoParams), into_params(parameter_in = Query))]
#[serde(default)]
pub struct RadarFilter {
    /// A committee's reference (`ISO/TC 309`); its subcommittees are included.
    pub committee: String,
    /// An ICS code or its start (`03.100`).
    pub ics: String,
    /// `followed`: only standards coordinators follow; anything else: every standard.
    pub scope: String,
    /// A body's code (`BR`): only the reviews it is obliged to vote in (its committees'
    /// P-memberships; for standards the Technical Management Board owns, member bodies).
    pub body: String,
}

impl RadarFilter {
    pub fn followed_only(&self) -> bool {
        self.scope.trim() == "followed"
    }

    pub fn to_query_string(&self) -> String {
        crate::directory::query_string(&[
            ("committee", &self.committee),
            ("ics", &self.ics),
            ("scope", &self.scope),
            ("body", &self.body),
        ])
    }
}

/// Why a standard is on the radar.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum RadarKind {
    /// A review ballot runs (ISO's stage 90.20, or a cycle a coordinator opened).
    Running,
    /// The next review is due by the date (derived).
    Due,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RadarItem {
    pub kind: RadarKind,
    pub slug: String,
    pub reference: String,
    pub title: Option<String>,
    pub committee: Option<String>,
    /// The running review cycle's id.
    pub cycle: Option<String>,
    /// Running: the day the ballot closes, if known. Due: the derived date.
    pub date: Option<String>,
    pub followed: bool,
    /// The P-members of the owner committee as recorded; `None` when the Technical
    /// Management Board owns the standard and every member body is counted.
    pub obliged_voters: Option<usize>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Radar {
    /// Today and twelve months from today: the window of "due".
    pub from: String,
    pub until: String,
    pub total: usize,
    pub page: usize,
    pub per_page: usize,
    pub items: Vec<RadarItem>,
}

impl Radar {
    pub fn pages(&self) -> usize {
        self.total.div_ceil(self.per_page.max(1))
    }
}

#[server(input = GetUrl, prefix = "/api", endpoint = "ballot_radar")]
pub async fn fetch_radar(filter: RadarFilter, page: usize, lang: String) -> Result<Radar, AppError> {
    let state = expect_context::<crate::state::AppState>();
    let locale = crate::i18n::Locale::best_for(&lang).unwrap_or_default();
    let today = chrono::Utc::now().date_naive();
    super::ssr::radar::radar(&state.pool, &filter, today, (page, RADAR_PAGE), locale).await
}
