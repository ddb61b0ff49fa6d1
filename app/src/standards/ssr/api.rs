//! The public standards API: `/api/v1/standards`, `/api/v1/standards/{slug}`,
//! `/api/v1/standards/{slug}/adoptions` and `/api/v1/standards/{slug}/translations`, each
//! as JSON and as CSV (`.csv`). Every value travels with its source and as-of date; names
//! are English so that keys stay stable.

use axum::extract::State;
use axum::response::Response;
use serde::Serialize;

use super::super::*;
use crate::api::{
    ApiError, ApiPath, ApiQuery, PageQuery, Pagination, csv_response, csv_row, envelope, json_response, open_enum,
    query_param,
};
use crate::directory::ssr::api::{category_param, region_param};
use crate::error::AppError;
use crate::i18n::Locale;
use crate::state::AppState;

/// A version of the standard in one language.
#[derive(Serialize, utoipa::ToSchema)]
pub struct TranslationJson<'a> {
    /// BCP 47 language tag.
    lang: &'a str,
    title: &'a str,
    /// `official`, `national` or `draft`.
    kind: &'a str,
    publisher: Option<&'a str>,
    year: Option<&'a str>,
    source: &'a str,
    as_of: Option<&'a str>,
}

impl<'a> From<&'a TranslationRow> for TranslationJson<'a> {
    fn from(t: &'a TranslationRow) -> Self {
        TranslationJson {
            lang: &t.lang,
            title: &t.title,
            kind: &t.kind,
            publisher: t.publisher.as_deref(),
            year: t.year.as_deref(),
            source: &t.provenance.source,
            as_of: t.provenance.as_of.as_deref(),
        }
    }
}

/// One body's adoption of the standard (every body has one; most are `unknown`).
#[derive(Serialize, utoipa::ToSchema)]
pub struct AdoptionJson<'a> {
    alpha2: &'a str,
    country: &'a str,
    /// URL form of the ISO membership category; null when not recorded.
    category: Option<&'static str>,
    /// The status derived from the record (`adopted-idt`, `adopted-mod`, `adopted`, `neq`,
    /// `in-progress`, `sells-only`, `not-adopted`, `unknown`).
    status: &'static str,
    designation: Option<&'a str>,
    degree: Option<&'a str>,
    adopted_on: Option<&'a str>,
    method: Option<&'a str>,
    lang: Option<&'a str>,
    sells: Option<&'a str>,
    confidence: Option<&'a str>,
    note: Option<&'a str>,
    source: Option<&'a str>,
    as_of: Option<&'a str>,
}

impl<'a> From<&'a AdoptionRow> for AdoptionJson<'a> {
    fn from(r: &'a AdoptionRow) -> Self {
        AdoptionJson {
            alpha2: &r.alpha2,
            country: &r.country,
            category: r.category.map(|c| c.slug()),
            status: r.status.slug(),
            designation: r.designation.as_deref(),
            degree: r.degree.as_deref(),
            adopted_on: r.adopted_on.as_deref(),
            method: r.method.as_deref(),
            lang: r.lang.as_deref(),
            sells: r.sells.as_deref(),
            confidence: r.confidence.as_deref(),
            note: r.note.as_deref(),
            source: r.provenance.as_ref().map(|p| p.source.as_str()),
            as_of: r.provenance.as_ref().and_then(|p| p.as_of.as_deref()),
        }
    }
}

/// A standard: its facts with their source; for a followed standard also the counts
/// from the records and its language versions (`null` for the others, which Quorum does
/// not track).
#[derive(Serialize, utoipa::ToSchema)]
pub struct StandardJson<'a> {
    slug: &'a str,
    reference: &'a str,
    title: Option<&'a str>,
    committee: Option<&'a str>,
    published: Option<&'a str>,
    edition: Option<&'a str>,
    stage: Option<&'a str>,
    last_confirmed: Option<&'a str>,
    source: &'a str,
    as_of: Option<&'a str>,
    /// Coordinators follow it: adoptions, letters and reviews are tracked.
    followed: bool,
    /// ISO's id of the current edition (`https://www.iso.org/standard/{iso_id}.html`).
    iso_id: Option<i64>,
    /// `IS`, `TS`, `TR`, `PAS`, `IWA`, `Guide`…
    deliverable_type: Option<&'a str>,
    /// ISO's titles.
    title_en: Option<&'a str>,
    title_fr: Option<&'a str>,
    /// The languages ISO publishes it in.
    iso_languages: Vec<&'a str>,
    replaces: Option<&'a str>,
    replaced_by: Option<&'a str>,
    /// The committee that developed it, when another owns it now.
    developed_by: Option<&'a str>,
    /// Derived, not published: the next systematic review is due by this date, five
    /// years after publication or the last confirmation (`null` while a review runs).
    due_by: Option<&'a str>,
    /// Bodies per status slug, every status present.
    counts: Option<std::collections::BTreeMap<&'static str, usize>>,
    /// Bodies that adopted it (identical, modified or degree not recorded).
    adoptions: Option<usize>,
    /// Distinct languages with a recorded version.
    languages: Option<usize>,
    translations: Option<Vec<TranslationJson<'a>>>,
}

impl<'a> From<&'a StandardInfo> for StandardJson<'a> {
    fn from(s: &'a StandardInfo) -> Self {
        StandardJson {
            slug: &s.slug,
            reference: &s.reference,
            title: s.title.as_deref(),
            committee: s.committee.as_deref(),
            published: s.published.as_deref(),
            edition: s.edition.as_deref(),
            stage: s.stage.as_deref(),
            last_confirmed: s.last_confirmed.as_deref(),
            source: &s.provenance.source,
            as_of: s.provenance.as_of.as_deref(),
            followed: s.followed,
            iso_id: s.iso.iso_id,
            deliverable_type: s.iso.deliverable_type.as_deref(),
            title_en: s.iso.title_en.as_deref(),
            title_fr: s.iso.title_fr.as_deref(),
            iso_languages: s.iso.languages.iter().map(String::as_str).collect(),
            replaces: s.iso.replaces.as_deref(),
            replaced_by: s.iso.replaced_by.as_deref(),
            developed_by: s.iso.developed_by.as_deref(),
            due_by: s.due_by.as_deref(),
            counts: None,
            adoptions: None,
            languages: None,
            translations: None,
        }
    }
}

impl<'a> From<&'a StandardOverview> for StandardJson<'a> {
    fn from(o: &'a StandardOverview) -> Self {
        let mut json = StandardJson::from(&o.standard);
        if o.standard.followed {
            json.counts = Some(o.counts.per_status.iter().map(|(status, n)| (status.slug(), *n)).collect());
            json.adoptions = Some(o.counts.adoptions);
            json.languages = Some(o.counts.languages);
            json.translations = Some(o.translations.iter().map(TranslationJson::from).collect());
        }
        json
    }
}

envelope!(
    /// `GET /api/v1/standards`: the followed standards, or a page of the standards matching `q`.
    StandardList,
    Vec<StandardJson<'static>>,
    Pagination
);
envelope!(
    /// `GET /api/v1/standards/{slug}`: one standard.
    StandardEnvelope,
    StandardJson<'static>
);
envelope!(
    /// `GET /api/v1/standards/{slug}/adoptions`: a page of bodies with their adoption.
    AdoptionPage,
    Vec<AdoptionJson<'static>>,
    Pagination
);
envelope!(
    /// `GET /api/v1/standards/{slug}/translations`: the standard's language versions.
    TranslationList,
    Vec<TranslationJson<'static>>
);

/// The path of a standard's adoptions and language versions, as documented.
#[derive(utoipa::IntoParams)]
#[into_params(parameter_in = Path)]
#[allow(dead_code)]
pub struct StandardSlug {
    /// The standard's slug (`iso-20400`)
    #[param(example = "iso-20400")]
    slug: String,
}

/// The filters of `/api/v1/standards/{slug}/adoptions[.csv]`, as documented: the API reads
/// them into [`AdoptionFilter`] (a test checks that the names agree). Unknown values
/// filter nothing, as on the page.
pub struct AdoptionParams;

impl utoipa::IntoParams for AdoptionParams {
    fn into_params(
        _: impl Fn() -> Option<utoipa::openapi::path::ParameterIn>,
    ) -> Vec<utoipa::openapi::path::Parameter> {
        let mut statuses: Vec<&str> = AdoptionStatus::ALL.iter().map(|s| s.slug()).collect();
        statuses.push(ANY_ADOPTION);
        vec![
            query_param(
                "status",
                "The status derived from the record, or `adopted-any` for every kind of adoption.",
                open_enum(&statuses, "Any other value filters nothing"),
                Some("adopted-any"),
            ),
            category_param(),
            region_param("150"),
            query_param(
                "sort",
                "The order: `country` (default), `-country`, `status`, `-status`.",
                open_enum(&["country", "-country", "status", "-status"], "Any other value orders by country"),
                Some("status"),
            ),
        ]
    }
}

/// A standard with every body's adoption, unfiltered.
async fn unfiltered(state: &AppState, slug: &str) -> Result<StandardOverview, AppError> {
    super::overview(&state.pool, slug, &AdoptionFilter::default(), Locale::default()).await
}

async fn overviews(state: &AppState) -> Result<Vec<StandardOverview>, AppError> {
    let mut result = Vec::new();
    for summary in super::summaries(&state.pool, Locale::default()).await? {
        result.push(unfiltered(state, &summary.slug).await?);
    }
    Ok(result)
}

const STANDARD_CSV_HEADER: [&str; 14] = [
    "slug",
    "reference",
    "title",
    "committee",
    "published",
    "edition",
    "stage",
    "last_confirmed",
    "adoptions",
    "languages",
    "language_codes",
    "source",
    "as_of",
    "counts",
];

fn standard_csv_row(o: &StandardOverview) -> Result<Vec<String>, AppError> {
    let codes = o.translations.iter().map(|t| t.lang.as_str()).collect::<Vec<_>>().join(" ");
    let counts: Vec<String> = o.counts.per_status.iter().map(|(status, n)| format!("{}={n}", status.slug())).collect();
    let counts = counts.join(" ");
    let also = [("language_codes", Some(codes.as_str())), ("counts", Some(counts.as_str()))];
    csv_row(StandardJson::from(o), &also, &STANDARD_CSV_HEADER)
}

/// What `/api/v1/standards` searches for: words that the reference, a title or the
/// committee must all contain (blank: the followed standards).
#[derive(Clone, Debug, Default, serde::Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
#[serde(default)]
pub struct StandardQuery {
    /// Words to find (`20400`, `procurement`, `ISO/TC 309`); blank lists the standards
    /// coordinators follow.
    #[param(example = "procurement")]
    pub q: Option<String>,
}

/// `GET /api/v1/standards?q=&page=&per_page=`
#[utoipa::path(
    get,
    path = "/api/v1/standards",
    tag = "standards",
    params(StandardQuery, PageQuery),
    responses(
        (status = 200, description = "The followed standards with their facts, adoption counts and language versions; with `q`, a page of every standard matching it (followed ones first, then by reference)", body = StandardList),
        (status = 400, description = "`page` or `per_page` is not a number in range, or a parameter is given twice", body = ApiError),
    )
)]
pub async fn list_json(
    State(state): State<AppState>,
    ApiQuery(query): ApiQuery<StandardQuery>,
    ApiQuery(page): ApiQuery<PageQuery>,
) -> Result<Response, AppError> {
    let q = query.q.unwrap_or_default();
    if q.trim().is_empty() {
        let all = overviews(&state).await?;
        return page.json(all.iter().map(StandardJson::from).collect());
    }
    let numbers = page.numbers()?;
    let found = super::catalogue::search(&state.pool, &q, numbers, Locale::default()).await?;
    let pagination =
        Pagination { page: found.page, per_page: found.per_page, total: found.total, pages: found.pages() };
    Ok(json_response(found.standards.iter().map(StandardJson::from).collect::<Vec<_>>(), Some(pagination)))
}

/// `GET /api/v1/standards.csv`
#[utoipa::path(
    get,
    path = "/api/v1/standards.csv",
    tag = "standards",
    responses((status = 200, description = "Every tracked standard as CSV", body = String, content_type = "text/csv"))
)]
pub async fn list_csv(State(state): State<AppState>) -> Result<Response, AppError> {
    let all = overviews(&state).await?;
    let rows = all.iter().map(standard_csv_row).collect::<Result<_, _>>()?;
    csv_response("standards.csv", &STANDARD_CSV_HEADER, rows)
}

/// `GET /api/v1/standards/{slug}` and `/api/v1/standards/{slug}.csv`
#[utoipa::path(
    get,
    path = "/api/v1/standards/{slug}",
    tag = "standards",
    params(("slug" = String, Path, description = "The standard's slug (`iso-20400`); append `.csv` for CSV", example = "iso-20400")),
    responses(
        (status = 200, description = "Facts with sources, counts per adoption status, language versions; CSV for a slug ending in `.csv`", content(
            (StandardEnvelope = "application/json"),
            (String = "text/csv"),
        )),
        (status = 400, description = "`slug` is not text (percent-encoded bytes that are not UTF-8)", body = ApiError),
        (status = 404, description = "No such standard", body = ApiError),
    )
)]
pub async fn one(State(state): State<AppState>, ApiPath(slug): ApiPath<String>) -> Result<Response, AppError> {
    match slug.strip_suffix(".csv") {
        Some(slug) => {
            let o = unfiltered(&state, slug).await?;
            csv_response(&format!("{}.csv", o.standard.slug), &STANDARD_CSV_HEADER, vec![standard_csv_row(&o)?])
        }
        None => Ok(json_response(StandardJson::from(&unfiltered(&state, &slug).await?), None)),
    }
}

/// `status` is the derived status (as on the page); `record_status` the recorded one, which
/// the CSV import reads back.
const ADOPTION_CSV_HEADER: [&str; 16] = [
    "standard",
    "alpha2",
    "country",
    "category",
    "status",
    "record_status",
    "designation",
    "degree",
    "adopted_on",
    "method",
    "lang",
    "sells",
    "confidence",
    "note",
    "source",
    "as_of",
];

/// `GET /api/v1/standards/{slug}/adoptions?status=&category=&region=&sort=&page=&per_page=`:
/// every body (unknown ones included), filtered like the page, paged.
#[utoipa::path(
    get,
    path = "/api/v1/standards/{slug}/adoptions",
    tag = "standards",
    params(StandardSlug, AdoptionParams, PageQuery),
    responses(
        (status = 200, description = "Each body's adoption status with its source", body = AdoptionPage),
        (status = 400, description = "`page` or `per_page` is not a number in range, or a parameter is given twice", body = ApiError),
        (status = 404, description = "No such standard", body = ApiError),
    )
)]
pub async fn adoptions(
    State(state): State<AppState>,
    ApiPath(slug): ApiPath<String>,
    ApiQuery(filter): ApiQuery<AdoptionFilter>,
    ApiQuery(page): ApiQuery<PageQuery>,
) -> Result<Response, AppError> {
    let overview = super::overview(&state.pool, &slug, &filter, Locale::default()).await?;
    page.json(overview.rows.iter().map(AdoptionJson::from).collect())
}

/// `GET /api/v1/standards/{slug}/adoptions.csv`: every matching body.
#[utoipa::path(
    get,
    path = "/api/v1/standards/{slug}/adoptions.csv",
    tag = "standards",
    params(StandardSlug, AdoptionParams),
    responses(
        (status = 200, description = "Every matching body's adoption status as CSV", body = String, content_type = "text/csv"),
        (status = 400, description = "A parameter is given twice", body = ApiError),
        (status = 404, description = "No such standard", body = ApiError),
    )
)]
pub async fn adoptions_csv(
    State(state): State<AppState>,
    ApiPath(slug): ApiPath<String>,
    ApiQuery(filter): ApiQuery<AdoptionFilter>,
) -> Result<Response, AppError> {
    let overview = super::overview(&state.pool, &slug, &filter, Locale::default()).await?;
    let standard = Some(overview.standard.slug.as_str());
    let rows = overview
        .rows
        .iter()
        .map(|r| {
            let also = [("standard", standard), ("record_status", r.state.as_deref())];
            csv_row(AdoptionJson::from(r), &also, &ADOPTION_CSV_HEADER)
        })
        .collect::<Result<_, _>>()?;
    csv_response(&format!("{}-adoptions.csv", overview.standard.slug), &ADOPTION_CSV_HEADER, rows)
}

const TRANSLATION_CSV_HEADER: [&str; 8] = ["standard", "lang", "title", "kind", "publisher", "year", "source", "as_of"];

/// `GET /api/v1/standards/{slug}/translations`
#[utoipa::path(
    get,
    path = "/api/v1/standards/{slug}/translations",
    tag = "standards",
    params(StandardSlug),
    responses(
        (status = 200, description = "The standard's recorded titles per language with kind, publisher, year and source", body = TranslationList),
        (status = 400, description = "`slug` is not text (percent-encoded bytes that are not UTF-8)", body = ApiError),
        (status = 404, description = "No such standard", body = ApiError),
    )
)]
pub async fn translations(State(state): State<AppState>, ApiPath(slug): ApiPath<String>) -> Result<Response, AppError> {
    let o = unfiltered(&state, &slug).await?;
    Ok(json_response(o.translations.iter().map(TranslationJson::from).collect::<Vec<_>>(), None))
}

/// `GET /api/v1/standards/{slug}/translations.csv`
#[utoipa::path(
    get,
    path = "/api/v1/standards/{slug}/translations.csv",
    tag = "standards",
    params(StandardSlug),
    responses(
        (status = 200, description = "The standard's language versions as CSV", body = String, content_type = "text/csv"),
        (status = 400, description = "`slug` is not text (percent-encoded bytes that are not UTF-8)", body = ApiError),
        (status = 404, description = "No such standard", body = ApiError),
    )
)]
pub async fn translations_csv(
    State(state): State<AppState>,
    ApiPath(slug): ApiPath<String>,
) -> Result<Response, AppError> {
    let o = unfiltered(&state, &slug).await?;
    let also = [("standard", Some(o.standard.slug.as_str()))];
    let rows = o
        .translations
        .iter()
        .map(|t| csv_row(TranslationJson::from(t), &also, &TRANSLATION_CSV_HEADER))
        .collect::<Result<_, _>>()?;
    csv_response(&format!("{}-translations.csv", o.standard.slug), &TRANSLATION_CSV_HEADER, rows)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The documented filters are the ones the API reads.
    #[test]
    fn documented_filters_are_the_ones_read() {
        let (documented, read) = crate::api::documented_and_read_params::<AdoptionParams, AdoptionFilter>();
        assert_eq!(documented, read);
    }
}
