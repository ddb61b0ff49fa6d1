//! The public reviews API: `/api/v1/reviews`, `/api/v1/reviews/{slug}` (the cycle, its
//! tally and projection) and `/api/v1/reviews/{slug}/positions` as JSON and CSV. Every
//! value travels with its source and as-of date.

use std::collections::BTreeMap;

use axum::extract::State;
use axum::response::Response;
use serde::Serialize;

use super::super::projection::{Outcome, Position, Reason};
use super::*;
use crate::api::{
    ApiError, ApiPath, ApiQuery, PageQuery, closed_enum, csv_response, csv_row, envelope, json_response, open_enum,
    query_param,
};
use crate::directory::ssr::api::{category_param, region_param};

/// A review cycle as the API gives it.
#[derive(Serialize, utoipa::ToSchema)]
pub struct CycleJson<'a> {
    /// The cycle's slug (`iso-20400-2022`).
    id: &'a str,
    /// The standard's slug (`iso-20400`).
    standard: &'a str,
    reference: &'a str,
    opens_on: Option<&'a str>,
    closes_on: Option<&'a str>,
    /// `planned`, `open`, `closed` or `decided`.
    status: &'a str,
    /// The decision, once decided.
    outcome: Option<&'a str>,
    stage: Option<&'a str>,
    decided_on: Option<&'a str>,
    notes: Option<&'a str>,
    source: &'a str,
    as_of: Option<&'a str>,
}

impl<'a> From<&'a Cycle> for CycleJson<'a> {
    fn from(cycle: &'a Cycle) -> Self {
        CycleJson {
            id: &cycle.id,
            standard: &cycle.standard_id,
            reference: &cycle.reference,
            opens_on: cycle.opens_on.as_deref(),
            closes_on: cycle.closes_on.as_deref(),
            status: &cycle.status,
            outcome: cycle.outcome.as_deref(),
            stage: cycle.stage.as_deref(),
            decided_on: cycle.decided_on.as_deref(),
            notes: cycle.notes.as_deref(),
            source: &cycle.provenance.source,
            as_of: cycle.provenance.as_of.as_deref(),
        }
    }
}

/// A cycle with its tally and projection.
#[derive(Serialize, utoipa::ToSchema)]
pub struct ReviewJson<'a> {
    #[serde(flatten)]
    cycle: CycleJson<'a>,
    /// Bodies per latest position (`confirm`, `revise`, `amend`, `withdraw`, `abstain`,
    /// `none`), each split by voting right; every position present.
    tally: BTreeMap<&'static str, TallyJson>,
    projection: ProjectionJson,
}

/// Bodies with one position, by voting right.
#[derive(Serialize, utoipa::ToSchema)]
pub struct TallyJson {
    /// P-members of the owning committee (they must vote).
    obliged: u32,
    /// Other member bodies (they may vote).
    optional: u32,
    /// Correspondent and subscriber members (they do not vote).
    non_voting: u32,
}

/// The projected outcome of the ballot.
#[derive(Serialize, utoipa::ToSchema)]
pub struct ProjectionJson {
    #[schema(schema_with = outcome_schema)]
    outcome: Outcome,
    /// Why: `low_usage`, `majority`, `tie`, `no_majority`; with the outcome
    /// `not_enough_records`: `usage_unknown` (bodies whose adoption is unknown could lift
    /// usage over the threshold), `votes_unknown` (obliged voters without a position could
    /// change the majority) or `voters_unknown` (no obliged voter recorded).
    #[schema(schema_with = reason_schema)]
    reason: Reason,
    /// Votes of the leader minus the runner-up among obliged votes cast.
    margin: u32,
    /// Obliged voters without a position yet.
    undecided_obliged: u32,
    /// Obliged votes cast per outcome.
    obliged_votes: Vec<VotesJson>,
    /// Obliged voters whose vote could still move the outcome towards `confirm`.
    swing: Vec<SwingJson>,
    /// Countries recorded as having adopted the standard.
    usage: u32,
    /// Bodies whose adoption of the standard is not recorded (unknown, not zero).
    usage_unknown: u32,
    rules: RulesJson,
}

#[derive(Serialize, utoipa::ToSchema)]
pub struct VotesJson {
    #[schema(schema_with = outcome_schema)]
    outcome: Outcome,
    votes: u32,
}

#[derive(Serialize, utoipa::ToSchema)]
pub struct SwingJson {
    alpha2: String,
    /// Its latest position.
    #[schema(schema_with = position_schema)]
    position: &'static str,
    /// How much confirm's lead grows if this body votes confirm.
    gain: u32,
    /// This body's confirm alone would make confirm the projected outcome.
    decisive: bool,
}

/// The thresholds the projection applied.
#[derive(Serialize, utoipa::ToSchema)]
pub struct RulesJson {
    /// Below this many countries using the standard, withdrawal is the likely outcome.
    withdrawal_usage_threshold: u32,
    /// An amendment counts as a revision.
    amend_counts_as_revise: bool,
}

/// Every [`Outcome`], as serialized.
const OUTCOME_VALUES: [&str; 6] = ["confirm", "revise", "amend", "withdraw", "committee_decides", "not_enough_records"];
/// Every [`Reason`], as serialized.
const REASON_VALUES: [&str; 7] =
    ["low_usage", "majority", "tie", "no_majority", "usage_unknown", "votes_unknown", "voters_unknown"];

fn outcome_schema() -> utoipa::openapi::schema::Schema {
    closed_enum(OUTCOME_VALUES)
}

fn reason_schema() -> utoipa::openapi::schema::Schema {
    closed_enum(REASON_VALUES)
}

fn position_schema() -> utoipa::openapi::schema::Schema {
    closed_enum(Position::ALL.iter().map(|p| p.slug()))
}

/// One body's latest position in a cycle (`/api/v1/reviews/{slug}/positions`).
#[derive(Serialize, utoipa::ToSchema)]
pub struct PositionJson {
    alpha2: String,
    country: String,
    /// `obliged`, `optional` or `non-voting`.
    voter: String,
    /// The latest position; `none` when none is recorded.
    #[schema(schema_with = position_schema)]
    position: String,
    /// `intention`, `vote` or `result`.
    kind: Option<String>,
    confidence: Option<String>,
    source: Option<String>,
    as_of: Option<String>,
    recorded_at: Option<String>,
}

impl From<&BodyStanding> for PositionJson {
    /// Blank texts are null.
    fn from(standing: &BodyStanding) -> Self {
        let latest = standing.latest.as_ref();
        let text = |value: Option<&str>| value.filter(|v| !v.is_empty()).map(str::to_string);
        PositionJson {
            alpha2: standing.alpha2.clone(),
            country: standing.country.clone(),
            voter: standing.voter.slug().to_string(),
            position: standing.position().slug().to_string(),
            kind: text(latest.map(|p| p.kind.as_str())),
            confidence: text(latest.and_then(|p| p.confidence.as_deref())),
            source: text(latest.map(|p| p.provenance.source.as_str())),
            as_of: text(latest.and_then(|p| p.provenance.as_of.as_deref())),
            recorded_at: text(latest.map(|p| p.recorded_at.as_str())),
        }
    }
}

envelope!(
    /// `GET /api/v1/reviews`: every review cycle.
    ReviewList,
    Vec<CycleJson<'static>>
);
envelope!(
    /// `GET /api/v1/reviews/{slug}`: one cycle with its tally and projection.
    ReviewEnvelope,
    ReviewJson<'static>
);
envelope!(
    /// `GET /api/v1/reviews/{slug}/positions`: a page of bodies with their latest position.
    PositionPage,
    Vec<PositionJson>,
    Pagination
);

/// The path of a review cycle and its positions, as documented.
#[derive(utoipa::IntoParams)]
#[into_params(parameter_in = Path)]
#[allow(dead_code)]
pub struct CycleSlug {
    /// The cycle (`iso-20400-2022`)
    #[param(example = "iso-20400-2022")]
    slug: String,
}

/// The filters of `/api/v1/reviews/{slug}/positions[.csv]`, as documented: the API reads
/// them into [`ReviewFilter`] (a test checks the names). Unknown values filter nothing,
/// as on the page. (The page's `stage` and `owner` filter the advocacy pipeline, which
/// the API does not give.)
pub struct PositionParams;

impl utoipa::IntoParams for PositionParams {
    fn into_params(
        _: impl Fn() -> Option<utoipa::openapi::path::ParameterIn>,
    ) -> Vec<utoipa::openapi::path::Parameter> {
        let positions: Vec<&str> = Position::ALL.iter().map(|p| p.slug()).collect();
        let voters = [Voter::Obliged.slug(), Voter::Optional.slug(), Voter::NonVoting.slug()];
        vec![
            query_param(
                "position",
                "The latest position (`none`: nothing recorded).",
                open_enum(&positions, "Any other value filters nothing"),
                Some("revise"),
            ),
            query_param(
                "voter",
                "Voting right: `obliged` (P-members), `optional` (other member bodies), `non-voting`.",
                open_enum(&voters, "Any other value filters nothing"),
                Some("obliged"),
            ),
            category_param(),
            region_param("150"),
        ]
    }
}

/// `GET /api/v1/reviews`
#[utoipa::path(
    get,
    path = "/api/v1/reviews",
    tag = "reviews",
    responses(
        (status = 200, description = "Every review cycle, the latest first, with dates, status, outcome and source", body = ReviewList),
    )
)]
pub async fn api_list(State(state): State<AppState>) -> Result<Response, AppError> {
    let cycles = cycles(&state.pool).await?;
    Ok(json_response(cycles.iter().map(CycleJson::from).collect::<Vec<_>>(), None))
}

/// `GET /api/v1/reviews/{slug}`: the cycle, the tally per position and voter kind, and
/// the projection with its rules and swing list.
#[utoipa::path(
    get,
    path = "/api/v1/reviews/{slug}",
    tag = "reviews",
    params(CycleSlug),
    responses(
        (status = 200, description = "The cycle with its tally and projection", body = ReviewEnvelope),
        (status = 400, description = "`slug` is not text (percent-encoded bytes that are not UTF-8)", body = ApiError),
        (status = 404, description = "No such review cycle", body = ApiError),
    )
)]
pub async fn api_one(State(state): State<AppState>, ApiPath(slug): ApiPath<String>) -> Result<Response, AppError> {
    let overview = overview(&state.pool, &slug, &ReviewFilter::default(), Locale::default(), None).await?;
    let tally = overview
        .tally
        .iter()
        .map(|row| {
            let counts = TallyJson { obliged: row.obliged, optional: row.optional, non_voting: row.non_voting };
            (row.position.slug(), counts)
        })
        .collect();
    let p = &overview.projection;
    let projection = ProjectionJson {
        outcome: p.outcome,
        reason: p.reason,
        margin: p.margin,
        undecided_obliged: p.undecided,
        obliged_votes: p
            .obliged_votes
            .iter()
            .map(|(outcome, votes)| VotesJson { outcome: *outcome, votes: *votes })
            .collect(),
        swing: p
            .swing
            .iter()
            .map(|s| SwingJson {
                alpha2: s.alpha2.clone(),
                position: s.position.slug(),
                gain: s.gain,
                decisive: s.decisive,
            })
            .collect(),
        usage: overview.usage.adopted,
        usage_unknown: overview.usage.unknown,
        rules: RulesJson {
            withdrawal_usage_threshold: overview.rules.withdrawal_usage_threshold,
            amend_counts_as_revise: overview.rules.amend_counts_as_revise,
        },
    };
    Ok(json_response(ReviewJson { cycle: CycleJson::from(&overview.cycle), tally, projection }, None))
}

const POSITION_CSV_HEADER: [&str; 10] =
    ["cycle", "alpha2", "country", "voter", "position", "kind", "confidence", "source", "as_of", "recorded_at"];

/// The cycle's id and every body that passes the filters with its latest position.
async fn positions(
    state: &AppState,
    slug: &str,
    filter: &ReviewFilter,
) -> Result<(String, Vec<PositionJson>), AppError> {
    let overview = overview(&state.pool, slug, filter, Locale::default(), None).await?;
    let shown = overview.standings.iter().filter(|s| overview.shown.contains(&s.alpha2));
    Ok((overview.cycle.id.clone(), shown.map(PositionJson::from).collect()))
}

/// `GET /api/v1/reviews/{slug}/positions`: every body's latest position (bodies without
/// one say `none`), with its source, filtered like the review page, paged.
#[utoipa::path(
    get,
    path = "/api/v1/reviews/{slug}/positions",
    tag = "reviews",
    params(CycleSlug, PositionParams, PageQuery),
    responses(
        (status = 200, description = "Every body that passes the filters with its latest position and its source", body = PositionPage),
        (status = 400, description = "`page` or `per_page` is not a number in range, or a parameter is given twice", body = ApiError),
        (status = 404, description = "No such review cycle", body = ApiError),
    )
)]
pub async fn api_positions(
    State(state): State<AppState>,
    ApiPath(slug): ApiPath<String>,
    ApiQuery(filter): ApiQuery<ReviewFilter>,
    ApiQuery(page): ApiQuery<PageQuery>,
) -> Result<Response, AppError> {
    page.json(positions(&state, &slug, &filter).await?.1)
}

/// `GET /api/v1/reviews/{slug}/positions.csv`
#[utoipa::path(
    get,
    path = "/api/v1/reviews/{slug}/positions.csv",
    tag = "reviews",
    params(CycleSlug, PositionParams),
    responses(
        (status = 200, description = "Every matching body's latest position as CSV", body = String, content_type = "text/csv"),
        (status = 400, description = "A parameter is given twice", body = ApiError),
        (status = 404, description = "No such review cycle", body = ApiError),
    )
)]
pub async fn api_positions_csv(
    State(state): State<AppState>,
    ApiPath(slug): ApiPath<String>,
    ApiQuery(filter): ApiQuery<ReviewFilter>,
) -> Result<Response, AppError> {
    let (cycle, listed) = positions(&state, &slug, &filter).await?;
    let also = [("cycle", Some(cycle.as_str()))];
    let rows = listed.iter().map(|p| csv_row(p, &also, &POSITION_CSV_HEADER)).collect::<Result<_, _>>()?;
    csv_response(&format!("{cycle}-positions.csv"), &POSITION_CSV_HEADER, rows)
}

#[cfg(test)]
mod api_tests {
    use super::*;

    /// Each listed variant as it serializes, in order; the `match` stops compiling when
    /// the type gains a variant the list lacks.
    macro_rules! serialized {
        ($type:ident: $($variant:ident),+) => {{
            let listed = |value: $type| match value {
                $($type::$variant)|+ => value,
            };
            [$($type::$variant),+].map(|value| serde_json::to_value(listed(value)).ok())
        }};
    }

    /// The document's values are the ones the API writes.
    #[test]
    fn documented_outcomes_and_reasons_are_the_serialized_ones() {
        let documented = |values: &[&str]| values.iter().map(|v| Some(serde_json::Value::from(*v))).collect::<Vec<_>>();
        let outcomes = serialized!(Outcome: Confirm, Revise, Amend, Withdraw, CommitteeDecides, NotEnoughRecords);
        assert_eq!(outcomes.to_vec(), documented(&OUTCOME_VALUES));
        let reasons =
            serialized!(Reason: LowUsage, Majority, Tie, NoMajority, UsageUnknown, VotesUnknown, VotersUnknown);
        assert_eq!(reasons.to_vec(), documented(&REASON_VALUES));
    }

    /// The documented filters are ones the API reads.
    #[test]
    fn documented_filters_are_read() {
        let (documented, read) = crate::api::documented_and_read_params::<PositionParams, ReviewFilter>();
        for param in documented {
            assert!(read.contains(&param), "{param}");
        }
    }
}
