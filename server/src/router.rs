//! The route table: pages, server functions, the data API, downloads and static files,
//! and the layers around them, in the order they run (`middleware/` holds each layer).

use std::sync::{Arc, OnceLock};

use app::app::{App, shell};
use app::state::AppState;
use axum::Router;
use axum::extract::State;
use axum::middleware;
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use http::{StatusCode, header};
use leptos_axum::{AxumRouteListing, LeptosRoutes, generate_route_list};

use crate::cache;
use crate::middleware::{
    body_limit, form_errors, letter_posts, render_slots, request_ids, same_origin, security_headers, server_fn_status,
    sessions, vcard,
};

/// How long a request may take before it is answered 408.
pub const REQUEST_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(30);

/// The app's route list, generated once per process: generating it renders the app
/// in a special mode that must not overlap with serving pages.
fn route_list() -> Vec<AxumRouteListing> {
    static ROUTES: OnceLock<Vec<AxumRouteListing>> = OnceLock::new();
    ROUTES.get_or_init(|| generate_route_list(App)).clone()
}

/// The API with its document at `/api/v1/openapi.json`, conditional GETs and open CORS.
fn api_router(state: &AppState) -> Router<AppState> {
    use tower_http::cors::{Any, CorsLayer};
    let (router, document) = crate::openapi::api();
    let document = Arc::new(document);
    let cors = CorsLayer::new()
        .allow_origin(Any)
        .allow_methods([http::Method::GET, http::Method::HEAD])
        .allow_headers([header::ACCEPT, header::ACCEPT_LANGUAGE, header::IF_NONE_MATCH, header::IF_MODIFIED_SINCE])
        .expose_headers([header::ETAG, header::LAST_MODIFIED, header::CONTENT_DISPOSITION]);
    router
        .route("/api/v1/openapi.json", get(move || async move { axum::Json(document.as_ref().clone()) }))
        .layer(middleware::from_fn_with_state(state.clone(), app::api::conditional_get))
        .layer(middleware::from_fn(app::api::translate_errors))
        .layer(cors)
}

/// The whole application: pages, server functions, the data API, vCards, static files.
pub fn router(state: AppState) -> Router {
    router_with_cache(state, Arc::default())
}

/// [`router`] with a page cache the caller keeps (tests use it to make the cache notice
/// their direct SQL at once, instead of within [`cache::WATCH_INTERVAL`]).
pub fn router_with_cache(state: AppState, cache: Arc<cache::PageCache>) -> Router {
    let routes = route_list();
    let ids = request_ids::Sequential::default();
    let front_cache = cache.clone();
    let options = state.leptos_options.clone();
    use tower_http::request_id::{PropagateRequestIdLayer, SetRequestIdLayer};
    use tower_http::timeout::TimeoutLayer;
    use tower_http::trace::TraceLayer;
    let routed = Router::new()
        .route("/healthz", get(|| async { "ok" }))
        .route("/readyz", get(ready))
        .route("/letters/letter.txt", get(app::letters::ssr::download_text))
        .route("/import/templates/{file}", get(app::import::ssr::template))
        .route("/open-letters/{slug}/{file}", get(app::open_letters::ssr::file))
        // Calendars and feeds anyone can subscribe to (app/src/feeds.rs).
        .route("/reviews.ics", get(app::feeds::all_reviews_ics))
        .route("/standards/{slug}/reviews.ics", get(app::feeds::standard_reviews_ics))
        .route("/nsbs/{code}/reviews.ics", get(app::feeds::body_reviews_ics))
        .route("/changes.atom", get(app::feeds::all_changes_atom))
        .route("/standards/{slug}/changes.atom", get(app::feeds::standard_changes_atom))
        .route("/nsbs/{code}/changes.atom", get(app::feeds::body_changes_atom))
        .route("/open-letters.atom", get(app::feeds::open_letters_atom))
        // The one route other sites may frame (its own policy: `frame-ancestors *`).
        .route("/embed/write", get(app::embed::write_widget))
        .route("/pkg/{file}", get(app::assets::ssr::serve))
        .route("/favicon.svg", get(app::assets::ssr::favicon))
        .route("/robots.txt", get(app::seo::robots))
        .route("/sitemap.xml", get(app::seo::sitemap))
        .route("/share/{kind}/{file}", get(app::share::share_png))
        .route("/mail/one-click/{token}", get(app::mail::ssr::web::one_click_page).post(app::mail::ssr::web::one_click))
        .merge(api_router(&state))
        .leptos_routes_with_context(&state, routes, || {}, move || shell(options.clone()))
        .fallback(leptos_axum::file_and_error_handler::<AppState, _>(shell))
        // Forms and server functions are small: a larger body is refused with 413
        // before anything reads it. Only the spreadsheet upload (added below) takes more.
        .layer(middleware::from_fn(server_fn_status::server_function_status))
        .layer(middleware::from_fn_with_state(state.clone(), form_errors::form_errors_in_a_cookie))
        .layer(middleware::from_fn(body_limit::small_bodies))
        .route(
            "/import/upload",
            axum::routing::post(app::import::ssr::upload)
                .layer(axum::extract::DefaultBodyLimit::max(app::import::MAX_BYTES + 64 * 1024)),
        )
        .route(
            "/import/iso",
            axum::routing::post(app::import::ssr::iso_upload::upload)
                .layer(axum::extract::DefaultBodyLimit::max(app::import::iso::MAX_ISO_BYTES + 64 * 1024)),
        )
        .layer(middleware::from_fn_with_state(state.clone(), vcard::vcard_download))
        .layer(middleware::from_fn_with_state(state.clone(), sessions::writes_need_a_session))
        .layer(middleware::from_fn(same_origin::same_origin_writes))
        .layer(middleware::from_fn(security_headers::security_headers))
        .layer(middleware::from_fn_with_state(render_slots::slots(), render_slots::one_of_a_few))
        .layer(TimeoutLayer::with_status_code(StatusCode::REQUEST_TIMEOUT, REQUEST_TIMEOUT))
        .layer(TraceLayer::new_for_http().make_span_with(request_ids::request_span))
        // Outside the layers above: a cached answer already carries its security headers,
        // cannot time out, and skips the per-request span.
        .layer(middleware::from_fn_with_state((state.clone(), cache), cache::serve))
        // What the cache did not keep compressed (pages for one person, the composer,
        // errors) is compressed as it goes; kept pages and static files already are.
        .layer(compression())
        .layer(PropagateRequestIdLayer::x_request_id())
        .layer(SetRequestIdLayer::x_request_id(ids.clone()))
        .with_state(state.clone());
    // Before routing (a layer inside the router runs after the method is matched): the
    // composer's POSTs become the GETs their pages answer. Outside everything, a kept
    // page is answered at once (`cache::serve_kept`).
    Router::new()
        .fallback_service(routed)
        .layer(middleware::from_fn(letter_posts::letter_posts))
        .layer(middleware::from_fn_with_state(cache::Front { state, cache: front_cache, ids }, cache::serve_kept))
}

/// Brotli or gzip by `Accept-Encoding` for responses not compressed yet, at a level
/// cheap enough to run on every response.
fn compression() -> tower_http::compression::CompressionLayer {
    tower_http::compression::CompressionLayer::new()
        .br(true)
        .gzip(true)
        .quality(tower_http::compression::CompressionLevel::Precise(4))
}

/// `/readyz`: 200 when the database answers, 503 when it does not.
async fn ready(State(state): State<AppState>) -> Response {
    match sqlx::query_scalar::<_, i64>("SELECT COUNT(*) FROM nsb").fetch_one(&state.pool).await {
        // Ready to serve; the detail names what failed in the background (a fetch of
        // ISO Open Data), which changed nothing.
        Ok(_) => {
            let problems = crate::iso_fetch::problems(&state.pool).await;
            if problems.is_empty() {
                "ready".into_response()
            } else {
                format!("ready\n{}", problems.join("\n")).into_response()
            }
        }
        Err(error) => {
            tracing::error!(%error, "database not ready");
            (StatusCode::SERVICE_UNAVAILABLE, "database unavailable").into_response()
        }
    }
}
