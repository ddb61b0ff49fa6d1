//! Systematic reviews of a standard: review cycles, each body's position over time, who
//! must vote, and the projected outcome.

pub mod edit;
pub mod pipeline;
pub mod projection;
pub mod radar;
#[cfg(feature = "ssr")]
pub mod ssr;

use leptos::prelude::*;
use leptos::server_fn::codec::GetUrl;
use serde::{Deserialize, Serialize};

use crate::directory::{Category, Provenance};
use crate::error::AppError;
use projection::{Certainty, Position, Projection, Rules, Voter};

/// Stored values of `review_cycle.status` and `review_position.kind`.
pub const CYCLE_STATUSES: [&str; 4] = ["planned", "open", "closed", "decided"];
pub const POSITION_KINDS: [&str; 3] = ["intention", "vote", "result"];

impl Certainty {
    pub fn from_kind(kind: &str) -> Option<Certainty> {
        match kind {
            "intention" => Some(Certainty::StatedIntention),
            "vote" => Some(Certainty::CastVote),
            "result" => Some(Certainty::PublishedResult),
            _ => None,
        }
    }
}

impl Voter {
    pub fn slug(self) -> &'static str {
        match self {
            Voter::Obliged => "obliged",
            Voter::Optional => "optional",
            Voter::NonVoting => "non-voting",
        }
    }
}

/// A review cycle's own record.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(sqlx::FromRow))]
pub struct Cycle {
    pub id: String,
    pub standard_id: String,
    pub reference: String,
    pub opens_on: Option<String>,
    pub closes_on: Option<String>,
    pub status: String,
    pub outcome: Option<String>,
    pub stage: Option<String>,
    pub decided_on: Option<String>,
    pub notes: Option<String>,
    #[cfg_attr(feature = "ssr", sqlx(flatten))]
    pub provenance: Provenance,
}

impl Cycle {
    /// The cycle's year (`2022` of `iso-20400-2022`): pages name a review by its standard
    /// and year, not by its id.
    pub fn year(&self) -> String {
        cycle_year(&self.id).to_string()
    }
}

/// The year of a cycle id (`2022` of `iso-20400-2022`).
pub fn cycle_year(id: &str) -> &str {
    id.rsplit('-').next().unwrap_or(id)
}

/// One recorded position (a body has as many as were recorded; the latest counts).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PositionRecord {
    pub id: String,
    pub position: Position,
    /// `intention`, `vote` or `result`.
    pub kind: String,
    pub confidence: Option<String>,
    pub provenance: Provenance,
    pub recorded_at: String,
}

/// Where one body stands in a cycle.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct BodyStanding {
    pub alpha2: String,
    pub country: String,
    pub category: Option<Category>,
    pub voter: Voter,
    /// The latest recorded position, if any.
    pub latest: Option<PositionRecord>,
    /// The advocacy pipeline, for coordinators only (`None` for the public).
    pub advocacy: Option<pipeline::Advocacy>,
}

impl BodyStanding {
    pub fn position(&self) -> Position {
        self.latest.as_ref().map_or(Position::NoneYet, |p| p.position)
    }
}

/// Bodies per position, split by obliged and optional voters (non-voters apart).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TallyRow {
    pub position: Position,
    pub obliged: u32,
    pub optional: u32,
    pub non_voting: u32,
}

/// Counts every body's latest position, in `Position::ALL` order.
pub fn tally(standings: &[BodyStanding]) -> Vec<TallyRow> {
    Position::ALL
        .into_iter()
        .map(|position| {
            let count = |voter: Voter| {
                let n = standings.iter().filter(|s| s.voter == voter && s.position() == position).count();
                u32::try_from(n).unwrap_or(u32::MAX)
            };
            TallyRow {
                position,
                obliged: count(Voter::Obliged),
                optional: count(Voter::Optional),
                non_voting: count(Voter::NonVoting),
            }
        })
        .collect()
}

/// The review page's URL state: `/reviews/iso-20400-2022?position=revise&voter=obliged`.
/// Unknown values filter nothing, so any URL renders a page. `stage` and `owner` (an
/// account id, `me` or `nobody`) filter the pipeline, which only coordinators see.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::IntoParams), into_params(parameter_in = Query))]
#[serde(default)]
pub struct ReviewFilter {
    pub position: String,
    /// `obliged`, `optional`, `non-voting`.
    pub voter: String,
    pub category: String,
    pub region: String,
    pub stage: String,
    pub owner: String,
}

impl ReviewFilter {
    pub fn is_empty(&self) -> bool {
        [&self.position, &self.voter, &self.category, &self.region, &self.stage, &self.owner]
            .iter()
            .all(|v| v.trim().is_empty())
    }

    /// Whether a body's position, voting right and pipeline pass (category and region
    /// are checked on the server, which knows the regions). `viewer` is the signed-in
    /// account, for `owner=me`; without a pipeline (the public) its filters are ignored.
    pub fn keeps(&self, standing: &BodyStanding, viewer: Option<&str>) -> bool {
        let position = self.position.trim();
        let voter = self.voter.trim();
        let stage = self.stage.trim();
        let owner = match self.owner.trim() {
            "me" => viewer.unwrap_or_default(),
            owner => owner,
        };
        let pipeline = standing.advocacy.as_ref();
        (position.is_empty() || Position::from_slug(position).is_none_or(|p| p == standing.position()))
            && (voter.is_empty()
                || ![Voter::Obliged, Voter::Optional, Voter::NonVoting].iter().any(|v| v.slug() == voter)
                || standing.voter.slug() == voter)
            && (stage.is_empty() || !pipeline::STAGES.contains(&stage) || pipeline.is_none_or(|p| p.stage == stage))
            && (owner.is_empty()
                || pipeline.is_none_or(|p| match owner {
                    "nobody" => p.owner_id.is_none(),
                    owner => p.owner_id.as_deref() == Some(owner),
                }))
    }
}

/// A cycle with every body's standing, the tally and the projection.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CycleOverview {
    pub cycle: Cycle,
    pub standings: Vec<BodyStanding>,
    pub tally: Vec<TallyRow>,
    /// Countries that adopted the standard and bodies whose adoption is unknown: the
    /// projection's usage figures.
    pub usage: projection::Usage,
    pub rules: Rules,
    pub projection: Projection,
    /// Days until the ballot closes, while it is open (0: closes today).
    pub days_left: Option<i64>,
    /// The bodies that pass the page's filters (all of them without filters).
    pub shown: Vec<String>,
    /// The region filter's choices, named in the reader's language.
    pub regions: Vec<crate::directory::RegionOption>,
    /// The accounts that can own a body (coordinators only; empty for the public).
    pub owners: Vec<pipeline::Coordinator>,
    /// The Technical Management Board owns the standard directly: every member body is
    /// counted as obliged to vote, for want of a source for ISO's rule.
    pub every_member_body_obliged: bool,
}

/// A body's recorded positions in one cycle, oldest first.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct BodyReview {
    pub cycle: Cycle,
    pub positions: Vec<PositionRecord>,
}

#[server(input = GetUrl, prefix = "/api", endpoint = "list_reviews")]
pub async fn list_reviews() -> Result<Vec<Cycle>, AppError> {
    let state = expect_context::<crate::state::AppState>();
    ssr::cycles(&state.pool).await
}

#[server(input = GetUrl, prefix = "/api", endpoint = "review_overview")]
pub async fn fetch_review(slug: String, filter: ReviewFilter, lang: String) -> Result<CycleOverview, AppError> {
    let state = expect_context::<crate::state::AppState>();
    let locale = crate::i18n::Locale::best_for(&lang).unwrap_or_default();
    ssr::overview(&state.pool, &slug, &filter, locale, ssr::coordinator().await?.as_ref()).await
}

#[server(input = GetUrl, prefix = "/api", endpoint = "body_reviews")]
pub async fn fetch_body_reviews(code: String) -> Result<Vec<BodyReview>, AppError> {
    let state = expect_context::<crate::state::AppState>();
    ssr::for_body(&state.pool, &code).await
}

#[cfg(test)]
mod tests {
    use super::*;

    fn body(alpha2: &str, voter: Voter, position: Option<Position>) -> BodyStanding {
        BodyStanding {
            alpha2: alpha2.into(),
            country: alpha2.into(),
            category: None,
            voter,
            latest: position.map(|position| PositionRecord {
                id: String::new(),
                position,
                kind: "vote".into(),
                confidence: None,
                provenance: Provenance { source: "s".into(), as_of: None },
                recorded_at: String::new(),
            }),
            advocacy: None,
        }
    }

    #[test]
    fn the_tally_splits_voters_and_counts_unrecorded_bodies_as_none_yet() {
        let standings = [
            body("FR", Voter::Obliged, Some(Position::Revise)),
            body("AU", Voter::Optional, Some(Position::Revise)),
            body("KE", Voter::NonVoting, None),
            body("DE", Voter::Obliged, None),
        ];
        let rows = tally(&standings);
        let revise = rows.iter().find(|r| r.position == Position::Revise).cloned();
        assert_eq!(revise.map(|r| (r.obliged, r.optional, r.non_voting)), Some((1, 1, 0)));
        let none = rows.iter().find(|r| r.position == Position::NoneYet).cloned();
        assert_eq!(none.map(|r| (r.obliged, r.optional, r.non_voting)), Some((1, 0, 1)));
        assert_eq!(rows.iter().map(|r| r.obliged + r.optional + r.non_voting).sum::<u32>(), 4);
        assert_eq!(Certainty::from_kind("result"), Some(Certainty::PublishedResult));
    }
}
