//! The public bodies API: `/api/v1/nsbs` (the directory's filters, paged),
//! `/api/v1/nsbs.csv` (every matching body) and `/api/v1/nsbs/{code}`. Every value travels
//! with its source and as-of date.

use std::collections::HashMap;

use axum::extract::State;
use axum::response::Response;
use serde::{Deserialize, Serialize};

use super::super::{DirectoryFilter, Provenance};
use super::{NsbRecord, all_records, list, normalize_code};
use crate::api::{
    ApiError, ApiPath, ApiQuery, PageQuery, csv_response, envelope, json_response, open_enum, query_param,
};
use crate::directory::SOURCED_FIELDS;
use crate::error::AppError;
use crate::i18n::Locale;
use crate::state::AppState;
use crate::territory;

/// The directory filters of `/nsbs` (the page is [`PageQuery`]). Unknown values filter
/// nothing, as on the page.
#[derive(Clone, Debug, Default, Deserialize, Serialize)]
#[serde(default)]
pub struct NsbQuery {
    pub q: String,
    pub category: String,
    pub region: String,
    pub sort: String,
}

impl utoipa::IntoParams for NsbQuery {
    fn into_params(
        _: impl Fn() -> Option<utoipa::openapi::path::ParameterIn>,
    ) -> Vec<utoipa::openapi::path::Parameter> {
        use utoipa::openapi::schema::{ObjectBuilder, Type};
        let text = ObjectBuilder::new().schema_type(Type::String).build();
        vec![
            query_param(
                "q",
                "Search text: country (in any language), body name, acronym or code; typos are tolerated.",
                text,
                Some("brasil"),
            ),
            category_param(),
            region_param("019"),
            query_param(
                "sort",
                "The order: `country` (A–Z), `-country`, `acronym`, `-acronym`; without it, the best match \
                 first when searching, else by country.",
                open_enum(&["country", "-country", "acronym", "-acronym"], "Any other value orders by country"),
                Some("acronym"),
            ),
        ]
    }
}

/// The `category` filter (here and on the standards and reviews lists).
pub fn category_param() -> utoipa::openapi::path::Parameter {
    let mut values: Vec<&str> = super::super::Category::ALL.iter().map(|c| c.slug()).collect();
    values.push("unknown");
    let schema = open_enum(&values, "Any other value filters nothing");
    query_param("category", "ISO membership category (`unknown`: not recorded).", schema, Some("member-body"))
}

/// The `region` filter, the UN M49 continents (here and on the standards and reviews
/// lists, with their own `example`).
pub fn region_param(example: &str) -> utoipa::openapi::path::Parameter {
    let codes: Vec<&str> = territory::continents().map(|c| c.code.as_str()).collect();
    query_param(
        "region",
        "UN M49 region code: `002` Africa, `009` Oceania, `019` Americas, `142` Asia, `150` Europe.",
        open_enum(&codes, "Any other value filters nothing"),
        Some(example),
    )
}

/// One value with where it comes from (blank values have no source).
#[derive(Serialize, utoipa::ToSchema)]
pub struct SourcedValue {
    value: Option<String>,
    source: Option<String>,
    as_of: Option<String>,
}

/// A national standards body.
#[derive(Serialize, utoipa::ToSchema)]
pub struct NsbJson {
    alpha2: String,
    alpha3: Option<String>,
    country: String,
    /// UN M49 region code.
    region: Option<String>,
    /// URL form of the ISO membership category (`member-body`, `correspondent`, `subscriber`);
    /// null when not recorded.
    category: Option<&'static str>,
    category_note: Option<String>,
    /// Each sourced field: `acronym`, `body_name_en`, … `address`.
    fields: std::collections::BTreeMap<&'static str, SourcedValue>,
}

envelope!(
    /// `GET /api/v1/nsbs/{code}`: one body.
    NsbEnvelope,
    NsbJson
);
envelope!(
    /// `GET /api/v1/nsbs`: a page of bodies.
    NsbPage,
    Vec<NsbJson>,
    Pagination
);

type Sources = HashMap<String, HashMap<String, Provenance>>;

/// The field sources of every body (`only` blank) or of one, by body then field.
async fn all_sources(pool: &sqlx::AnyPool, only: &str) -> Result<Sources, AppError> {
    let rows: Vec<(String, String, String, Option<String>)> =
        sqlx::query_as("SELECT alpha2, field, source, as_of FROM nsb_field_source WHERE $1 = '' OR alpha2 = $1")
            .bind(only)
            .fetch_all(pool)
            .await?;
    let mut sources: Sources = HashMap::new();
    for (alpha2, field, source, as_of) in rows {
        sources.entry(alpha2).or_default().insert(field, Provenance { source, as_of });
    }
    Ok(sources)
}

fn field_value<'a>(record: &'a NsbRecord, field: &str) -> Option<&'a str> {
    match field {
        "acronym" => record.acronym.as_deref(),
        "body_name_en" => record.body_name_en.as_deref(),
        "body_name_native" => record.body_name_native.as_deref(),
        "iso_category" => record.iso_category.as_deref(),
        "iso_member_id" => record.iso_member_id.as_deref(),
        "website" => record.website.as_deref(),
        "email" => record.email.as_deref(),
        "phone" => record.phone.as_deref(),
        "fax" => record.fax.as_deref(),
        "address" => record.address.as_deref(),
        _ => None,
    }
}

fn nsb_json(record: &NsbRecord, sources: Option<&HashMap<String, Provenance>>) -> NsbJson {
    let territory = territory::territory(&record.alpha2);
    let fields = SOURCED_FIELDS
        .iter()
        .map(|field| {
            let value = field_value(record, field).map(str::to_string);
            // A blank value has nothing to attribute.
            let provenance = value.as_ref().and_then(|_| sources.and_then(|s| s.get(*field)));
            let sourced = SourcedValue {
                value,
                source: provenance.map(|p| p.source.clone()),
                as_of: provenance.and_then(|p| p.as_of.clone()),
            };
            (*field, sourced)
        })
        .collect();
    NsbJson {
        alpha2: record.alpha2.clone(),
        alpha3: territory.map(|t| t.alpha3.clone()),
        country: record.country_name_en.clone(),
        region: territory.map(|t| t.region.clone()).filter(|r| !r.is_empty()),
        category: record.category().map(|c| c.slug()),
        category_note: record.category_note.clone(),
        fields,
    }
}

/// The bodies that pass the directory filters, in the directory's order, with their
/// fields' sources.
async fn matching(state: &AppState, query: &NsbQuery) -> Result<Vec<NsbJson>, AppError> {
    let filter = DirectoryFilter {
        q: query.q.clone(),
        category: query.category.clone(),
        region: query.region.clone(),
        sort: query.sort.clone(),
    };
    let listing = list(&state.pool, &filter, Locale::default()).await?;
    let mut records: HashMap<String, NsbRecord> =
        all_records(&state.pool).await?.into_iter().map(|r| (r.alpha2.clone(), r)).collect();
    let sources = all_sources(&state.pool, "").await?;
    let found = listing.rows.iter().filter_map(|row| records.remove(&row.alpha2));
    Ok(found.map(|record| nsb_json(&record, sources.get(&record.alpha2))).collect())
}

/// `GET /api/v1/nsbs`
#[utoipa::path(
    get,
    path = "/api/v1/nsbs",
    tag = "bodies",
    params(NsbQuery, PageQuery),
    responses(
        (status = 200, description = "The bodies that pass the filters, in the directory's order", body = NsbPage),
        (status = 400, description = "`page` or `per_page` is not a number in range, or a parameter is given twice", body = ApiError),
    )
)]
pub async fn nsbs(
    State(state): State<AppState>,
    ApiQuery(query): ApiQuery<NsbQuery>,
    ApiQuery(page): ApiQuery<PageQuery>,
) -> Result<Response, AppError> {
    page.json(matching(&state, &query).await?)
}

/// The CSV columns: each sourced field followed by its source and date (the layout of
/// `seed/nsb.csv`'s provenance).
pub fn csv_header() -> Vec<String> {
    let mut header = vec!["alpha2".to_string(), "country_name_en".to_string()];
    for field in SOURCED_FIELDS {
        header.extend([field.to_string(), format!("{field}_source"), format!("{field}_as_of")]);
    }
    header.push("category_note".into());
    header
}

/// `GET /api/v1/nsbs.csv`
#[utoipa::path(
    get,
    path = "/api/v1/nsbs.csv",
    tag = "bodies",
    params(NsbQuery),
    responses(
        (status = 200, description = "Every body that passes the filters as CSV, each field with its source and date", body = String, content_type = "text/csv"),
        (status = 400, description = "A parameter is given twice", body = ApiError),
    )
)]
pub async fn nsbs_csv(
    State(state): State<AppState>,
    ApiQuery(query): ApiQuery<NsbQuery>,
) -> Result<Response, AppError> {
    let rows = matching(&state, &query)
        .await?
        .into_iter()
        .map(|body| {
            let mut row = vec![body.alpha2, body.country];
            for field in SOURCED_FIELDS {
                let value = body.fields.get(field);
                row.push(value.and_then(|v| v.value.clone()).unwrap_or_default());
                row.push(value.and_then(|v| v.source.clone()).unwrap_or_default());
                row.push(value.and_then(|v| v.as_of.clone()).unwrap_or_default());
            }
            row.push(body.category_note.unwrap_or_default());
            row
        })
        .collect();
    let header = csv_header();
    csv_response("nsbs.csv", &header.iter().map(String::as_str).collect::<Vec<_>>(), rows)
}

/// `GET /api/v1/nsbs/{code}`
#[utoipa::path(
    get,
    path = "/api/v1/nsbs/{code}",
    tag = "bodies",
    params(("code" = String, Path, description = "ISO 3166 alpha-2 code, any case (`BR`)", example = "BR")),
    responses(
        (status = 200, description = "The body with every field's source and date", body = NsbEnvelope),
        (status = 400, description = "`code` is not text (percent-encoded bytes that are not UTF-8)", body = ApiError),
        (status = 404, description = "No body for this code", body = ApiError),
    )
)]
pub async fn nsb(State(state): State<AppState>, ApiPath(code): ApiPath<String>) -> Result<Response, AppError> {
    let alpha2 = normalize_code(&code).ok_or(AppError::NotFound)?;
    let record = super::record(&state.pool, &alpha2).await?.ok_or(AppError::NotFound)?;
    let sources = all_sources(&state.pool, &alpha2).await?;
    Ok(json_response(nsb_json(&record, sources.get(&alpha2)), None))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The documented filters are the ones the API reads.
    #[test]
    fn documented_filters_are_the_ones_read() {
        let (documented, read) = crate::api::documented_and_read_params::<NsbQuery, NsbQuery>();
        assert_eq!(documented, read);
    }
}
