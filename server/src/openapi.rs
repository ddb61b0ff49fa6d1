//! The OpenAPI document of the public data API, assembled from the same list of routes
//! that serves it (as `rust-lang/crates.io` does in its `src/openapi.rs`).

use app::state::AppState;
use axum::Router;
use utoipa::OpenApi;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

#[derive(OpenApi)]
#[openapi(
    info(
        title = "Quorum open data API",
        version = "1",
        description = "National standards bodies, standards, national adoptions, language versions, systematic \
            reviews and positions, and letters to any body. Read-only, no key; JSON answers are \
            `{\"data\", \"licence\"[, \"pagination\"]}` (a rendered letter is the letter itself) and errors \
            `{\"error\": {\"code\", \"message\"[, \"fields\"]}}` with their status, in the `Accept-Language`. \
            Every value carries its source and date. Conditional requests (`If-None-Match`, `If-Modified-Since`) \
            answer 304; CORS is open for GET; other methods answer 405 with `Allow`.",
        license(name = "Attribution to Quorum and to each value's source; see /developers"),
    ),
    tags(
        (name = "bodies", description = "National standards bodies (ISO members) and their contacts"),
        (name = "standards", description = "Tracked standards, national adoptions and language versions"),
        (name = "reviews", description = "Systematic review cycles and each body's position"),
        (name = "letters", description = "Letters to a body, in its language"),
        (name = "translations", description = "The languages Quorum writes in: coverage and review status"),
    )
)]
struct ApiDoc;

/// The public data API (`/api/v1/…`) and its OpenAPI document, both from one list of
/// routes: a route without its documentation cannot be added here.
pub fn api() -> (Router<AppState>, utoipa::openapi::OpenApi) {
    use app::directory::ssr::api as bodies;
    use app::reviews::ssr::api as reviews;
    use app::standards::ssr::api as standards;
    OpenApiRouter::with_openapi(ApiDoc::openapi())
        .routes(routes!(bodies::nsbs))
        .routes(routes!(bodies::nsbs_csv))
        .routes(routes!(bodies::nsb))
        .routes(routes!(standards::list_json))
        .routes(routes!(standards::list_csv))
        .routes(routes!(standards::one))
        .routes(routes!(standards::adoptions))
        .routes(routes!(standards::adoptions_csv))
        .routes(routes!(standards::translations))
        .routes(routes!(standards::translations_csv))
        .routes(routes!(reviews::api_list))
        .routes(routes!(app::reviews::ssr::radar::upcoming))
        .routes(routes!(app::reviews::ssr::radar::upcoming_csv))
        .routes(routes!(app::reviews::ssr::radar::upcoming_ics))
        .routes(routes!(reviews::api_one))
        .routes(routes!(reviews::api_positions))
        .routes(routes!(reviews::api_positions_csv))
        .routes(routes!(app::outreach::ssr::api_outreach))
        .routes(routes!(app::letters::ssr::api_render))
        .routes(routes!(app::open_letters::ssr::api_list))
        .routes(routes!(app::open_letters::ssr::api_one))
        .routes(routes!(app::translations::ssr::translations))
        .split_for_parts()
}
