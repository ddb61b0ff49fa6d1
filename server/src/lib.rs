//! Axum wiring: state, routes, middleware and start-up. Pages, queries and domain
//! logic live in the `app` crate.

pub mod cache;

use std::net::SocketAddr;
use std::sync::OnceLock;

use app::app::{App, shell};
use app::config::Config;
use app::db;
use app::directory::ssr::import::{ImportError, ImportReport, import_seed};
use app::state::AppState;
use axum::Router;
use axum::body::Body;
use axum::extract::{Request, State};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use http::{HeaderValue, StatusCode, header};
use leptos::prelude::*;
use leptos_axum::{AxumRouteListing, LeptosRoutes, generate_route_list};
use utoipa::OpenApi;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

#[derive(Debug, thiserror::Error)]
pub enum StartError {
    #[error("cannot open the database: {0}")]
    Connect(#[from] sqlx::Error),
    #[error("cannot migrate the database: {0}")]
    Migrate(#[from] sqlx::migrate::MigrateError),
    #[error("cannot import the seed dataset: {0}")]
    Import(#[from] ImportError),
    #[error("cannot listen on {0}: {1}")]
    Listen(SocketAddr, std::io::Error),
}

/// Connects to the database `config` names, migrates it and imports the seed dataset
/// (idempotent).
pub async fn prepare_with(
    config: std::sync::Arc<Config>,
    leptos_options: LeptosOptions,
) -> Result<(AppState, ImportReport), StartError> {
    let pool = db::connect(&config.database_url).await?;
    db::migrate(&pool).await?;
    let report = import_seed(&pool).await?;
    app::standards::ssr::import_seed(&pool).await?;
    app::reviews::ssr::import_seed(&pool).await?;
    app::open_letters::ssr::import_seed(&pool).await?;
    Ok((AppState::new(pool, leptos_options, config), report))
}

/// [`prepare_with`] the default settings (`Config::default`) and `database_url`: the
/// tests' harness, which sets no environment.
pub async fn prepare(
    database_url: &str,
    leptos_options: LeptosOptions,
) -> Result<(AppState, ImportReport), StartError> {
    prepare_with(std::sync::Arc::new(Config::with_database_url(database_url)), leptos_options).await
}

/// The app's route list, generated once per process: generating it renders the app
/// in a special mode that must not overlap with serving pages.
fn route_list() -> Vec<AxumRouteListing> {
    static ROUTES: OnceLock<Vec<AxumRouteListing>> = OnceLock::new();
    ROUTES.get_or_init(|| generate_route_list(App)).clone()
}

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
        .routes(routes!(reviews::api_one))
        .routes(routes!(reviews::api_positions))
        .routes(routes!(reviews::api_positions_csv))
        .routes(routes!(app::letters::ssr::api_render))
        .routes(routes!(app::open_letters::ssr::api_list))
        .routes(routes!(app::open_letters::ssr::api_one))
        .split_for_parts()
}

/// The API with its document at `/api/v1/openapi.json`, conditional GETs and open CORS.
fn api_router(state: &AppState) -> Router<AppState> {
    use tower_http::cors::{Any, CorsLayer};
    let (router, document) = api();
    let document = std::sync::Arc::new(document);
    let cors = CorsLayer::new()
        .allow_origin(Any)
        .allow_methods([http::Method::GET, http::Method::HEAD])
        .allow_headers([header::ACCEPT, header::ACCEPT_LANGUAGE, header::IF_NONE_MATCH, header::IF_MODIFIED_SINCE])
        .expose_headers([header::ETAG, header::LAST_MODIFIED, header::CONTENT_DISPOSITION]);
    router
        .route("/api/v1/openapi.json", get(move || async move { axum::Json(document.as_ref().clone()) }))
        .layer(middleware::from_fn_with_state(state.clone(), app::api::conditional_get))
        .layer(cors)
}

/// The whole application: pages, server functions, the data API, vCards, static files.
pub fn router(state: AppState) -> Router {
    router_with_cache(state, std::sync::Arc::default())
}

/// [`router`] with a page cache the caller keeps (tests use it to make the cache notice
/// their direct SQL at once, instead of within [`cache::WATCH_INTERVAL`]).
pub fn router_with_cache(state: AppState, cache: std::sync::Arc<cache::PageCache>) -> Router {
    let routes = route_list();
    let options = state.leptos_options.clone();
    use tower_http::request_id::{MakeRequestUuid, PropagateRequestIdLayer, SetRequestIdLayer};
    use tower_http::timeout::TimeoutLayer;
    use tower_http::trace::TraceLayer;
    let request_span = |request: &Request| {
        let id = request.headers().get("x-request-id").and_then(|v| v.to_str().ok()).unwrap_or_default();
        tracing::info_span!("request", %id, method = %request.method(), path = %request.uri().path())
    };
    let routed = Router::new()
        .route("/healthz", get(|| async { "ok" }))
        .route("/readyz", get(ready))
        .route("/letters/letter.txt", get(app::letters::ssr::download_text))
        .route("/import/templates/{file}", get(app::import::ssr::template))
        .route("/open-letters/{slug}/{file}", get(app::open_letters::ssr::file))
        .merge(api_router(&state))
        .leptos_routes_with_context(&state, routes, || {}, move || shell(options.clone()))
        .fallback(leptos_axum::file_and_error_handler::<AppState, _>(shell))
        // Forms and server functions are small: a larger body is refused with 413
        // before anything reads it. Only the spreadsheet upload (added below) takes more.
        .layer(middleware::from_fn(server_function_status))
        .layer(middleware::from_fn_with_state(state.clone(), form_errors_in_a_cookie))
        .layer(middleware::from_fn(small_bodies))
        .route(
            "/import/upload",
            axum::routing::post(app::import::ssr::upload)
                .layer(axum::extract::DefaultBodyLimit::max(app::import::MAX_BYTES + 64 * 1024)),
        )
        .layer(middleware::from_fn_with_state(state.clone(), vcard_download))
        .layer(middleware::from_fn_with_state(state.clone(), writes_need_a_session))
        .layer(middleware::from_fn(same_origin_writes))
        .layer(middleware::from_fn(security_headers))
        .layer(TimeoutLayer::with_status_code(StatusCode::REQUEST_TIMEOUT, REQUEST_TIMEOUT))
        .layer(TraceLayer::new_for_http().make_span_with(request_span))
        // Outside the layers above: a cached answer already carries its security headers,
        // cannot time out, and skips the per-request span.
        .layer(middleware::from_fn_with_state((state.clone(), cache), cache::serve))
        .layer(PropagateRequestIdLayer::x_request_id())
        .layer(SetRequestIdLayer::x_request_id(MakeRequestUuid))
        .with_state(state);
    // Before routing (a layer inside the router runs after the method is matched): the
    // composer's POSTs become the GETs their pages answer.
    Router::new().fallback_service(routed).layer(middleware::from_fn(letter_posts))
}

/// The largest request body anything but the spreadsheet upload accepts.
pub const MAX_FORM_BYTES: usize = 256 * 1024;

/// How long a request may take before it is answered 408.
pub const REQUEST_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(30);

/// Reads a request's body up to [`MAX_FORM_BYTES`] before anything else does: a larger
/// one (whether announced by `Content-Length` or streamed) is answered 413 and never
/// reaches a handler.
async fn small_bodies(request: Request, next: Next) -> Response {
    let announced = request
        .headers()
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<usize>().ok());
    let (parts, body) = request.into_parts();
    let bytes = match announced {
        Some(length) if length > MAX_FORM_BYTES => None,
        _ => axum::body::to_bytes(body, MAX_FORM_BYTES).await.ok(),
    };
    match bytes {
        Some(bytes) => next.run(Request::from_parts(parts, Body::from(bytes))).await,
        None => body_too_large(&parts),
    }
}

/// `413` with the reason in the reader's language.
fn body_too_large(parts: &http::request::Parts) -> Response {
    let (locale, _) = app::i18n::ssr::locale_from_request(parts);
    let message = locale.t_args("error-body-too-large", &[("size", (MAX_FORM_BYTES / 1024).into())]);
    (StatusCode::PAYLOAD_TOO_LARGE, [(header::CONTENT_TYPE, "text/plain; charset=utf-8")], message).into_response()
}

/// Gives a server function's error answer the status of its error: the server-function
/// layer answers every error 500, so arguments it could not decode (the caller's
/// mistake, `AppError::InvalidInput`) would read as a server failure. Functions that set
/// their own status (`error::with_status`) are left as they are.
async fn server_function_status(request: Request, next: Next) -> Response {
    let server_function = app::security::is_server_function(request.uri().path());
    let response = next.run(request).await;
    if !server_function || response.status() != StatusCode::INTERNAL_SERVER_ERROR {
        return response;
    }
    let (mut parts, body) = response.into_parts();
    let Ok(bytes) = axum::body::to_bytes(body, 64 * 1024).await else {
        return Response::from_parts(parts, Body::empty());
    };
    if let Ok(error) = serde_json::from_slice::<app::error::AppError>(&bytes)
        && let Ok(status) = StatusCode::from_u16(error.status())
    {
        parts.status = status;
    }
    Response::from_parts(parts, Body::from(bytes))
}

/// The composer's forms are POSTs, so that what a writer types never enters an address,
/// a history or a log (`app::pages::letters`). This turns one into the GET its page
/// answers: the choices become the query, the writer's details ride along in the
/// request's extensions (`PostedDetails`); the request span records the path only.
/// The page cache never keeps `/letters/` pages.
async fn letter_posts(request: Request, next: Next) -> Response {
    let path = request.uri().path();
    if request.method() != http::Method::POST
        || !matches!(path, "/letters/new" | "/letters/print" | "/letters/letter.txt")
    {
        return next.run(request).await;
    }
    let (mut parts, body) = request.into_parts();
    let Ok(bytes) = axum::body::to_bytes(body, MAX_FORM_BYTES).await else {
        return body_too_large(&parts);
    };
    let (query, details) = app::letters::form::split_posted(&String::from_utf8_lossy(&bytes));
    let path = parts.uri.path().to_string();
    let uri = if query.is_empty() { path } else { format!("{path}?{query}") };
    let Ok(uri) = uri.parse() else { return StatusCode::BAD_REQUEST.into_response() };
    parts.uri = uri;
    parts.method = http::Method::GET;
    parts.headers.remove(header::CONTENT_TYPE);
    parts.headers.remove(header::CONTENT_LENGTH);
    parts.extensions.insert(details);
    next.run(Request::from_parts(parts, Body::empty())).await
}

/// A plain form post that failed is redirected back to its page with the error in the
/// query (`__path`, `__err`, as `server_fn` does it). The error moves into a short-lived
/// cookie instead, which the page reads once (`app::shell`): the address bar, history and
/// logs never hold it, nor anything typed that the error repeats.
async fn form_errors_in_a_cookie(State(state): State<AppState>, request: Request, next: Next) -> Response {
    let (parts, body) = request.into_parts();
    let secure = app::auth::ssr::over_https(&parts, &state.config);
    let mut response = next.run(Request::from_parts(parts, body)).await;
    let moved = response
        .headers()
        .get(header::LOCATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|location| app::security::form_error_out_of_url(location, secure));
    if let Some((location, cookie)) = moved
        && let (Ok(location), Ok(cookie)) = (HeaderValue::from_str(&location), HeaderValue::from_str(&cookie))
    {
        response.headers_mut().insert(header::LOCATION, location);
        response.headers_mut().append(header::SET_COOKIE, cookie);
    }
    response
}

/// `/readyz`: 200 when the database answers, 503 when it does not.
async fn ready(State(state): State<AppState>) -> Response {
    match sqlx::query_scalar::<_, i64>("SELECT COUNT(*) FROM nsb").fetch_one(&state.pool).await {
        Ok(_) => "ready".into_response(),
        Err(error) => {
            tracing::error!(%error, "database not ready");
            (StatusCode::SERVICE_UNAVAILABLE, "database unavailable").into_response()
        }
    }
}

/// The security headers of `app::security` on every response: pages carry their own
/// nonce policy; anything else gets one that allows nothing.
async fn security_headers(request: Request, next: Next) -> Response {
    let https = app::security::forwarded_https(request.headers());
    let (parts, body) = request.into_parts();
    let signed_in = app::auth::ssr::session_token(&parts).is_some();
    let (cache_control, vary) = app::security::cache_headers(parts.uri.path(), signed_in);
    let mut response = next.run(Request::from_parts(parts, body)).await;
    let headers = response.headers_mut();
    if let Some(value) = cache_control {
        headers.insert(header::CACHE_CONTROL, HeaderValue::from_static(value));
    }
    // An answer that sets a cookie (a language choice, a form's error) is for this
    // browser alone.
    if headers.contains_key(header::SET_COOKIE) {
        headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    }
    headers.append(header::VARY, HeaderValue::from_static(vary));
    if !headers.contains_key(header::CONTENT_SECURITY_POLICY) {
        headers.insert(header::CONTENT_SECURITY_POLICY, HeaderValue::from_static(app::security::NON_PAGE_POLICY));
    }
    for (name, value) in app::security::COMMON_HEADERS {
        headers.insert(name, HeaderValue::from_static(value));
    }
    if https {
        headers.insert(header::STRICT_TRANSPORT_SECURITY, HeaderValue::from_static(app::security::HSTS));
    }
    response
}

/// Serves `/nsbs/<code>.vcf`. A middleware, because the page route `/nsbs/{code}`
/// owns that path segment.
async fn vcard_download(State(state): State<AppState>, request: Request, next: Next) -> Response {
    let code = request
        .uri()
        .path()
        .strip_prefix("/nsbs/")
        .and_then(|rest| rest.strip_suffix(".vcf").or_else(|| rest.strip_suffix(".VCF")))
        .map(str::to_string);
    let Some(code) = code.filter(|_| request.method() == http::Method::GET) else {
        return next.run(request).await;
    };
    let (parts, _body) = request.into_parts();
    let (locale, _) = app::i18n::ssr::locale_from_request(&parts);
    match app::directory::ssr::card(&state.pool, &code, locale).await {
        Ok(card) => {
            let filename = format!("attachment; filename=\"{}.vcf\"", card.alpha2);
            let mut response = app::vcard::vcard(&card, locale).into_response();
            let headers = response.headers_mut();
            headers.insert(header::CONTENT_TYPE, HeaderValue::from_static("text/vcard; charset=utf-8"));
            if let Ok(value) = HeaderValue::from_str(&filename) {
                headers.insert(header::CONTENT_DISPOSITION, value);
            }
            response
        }
        Err(error) => {
            let status = StatusCode::from_u16(error.status()).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
            let mut response = Response::new(Body::from(error.message(locale)));
            *response.status_mut() = status;
            response.headers_mut().insert(header::CONTENT_TYPE, HeaderValue::from_static("text/plain; charset=utf-8"));
            response
        }
    }
}

/// Refuses state-changing requests (anything but GET, HEAD, OPTIONS) that a browser sent
/// from another site: the `Origin` must name this host, and `Sec-Fetch-Site`, when sent,
/// must not say cross-site. Requests from non-browser clients carry neither header and
/// pass; they cannot ride on a visitor's cookies.
async fn same_origin_writes(request: Request, next: Next) -> Response {
    use http::Method;
    if matches!(*request.method(), Method::GET | Method::HEAD | Method::OPTIONS) {
        return next.run(request).await;
    }
    let headers = request.headers();
    let host = headers.get(header::HOST).and_then(|v| v.to_str().ok()).unwrap_or_default().to_ascii_lowercase();
    let origin_ok = match headers.get(header::ORIGIN).map(|v| v.to_str().unwrap_or("null")) {
        Some(origin) => origin
            .split_once("://")
            .map(|(_, authority)| authority.trim_end_matches('/').to_ascii_lowercase())
            .is_some_and(|authority| !host.is_empty() && authority == host),
        None => true,
    };
    let fetch_site_ok = headers
        .get("sec-fetch-site")
        .and_then(|v| v.to_str().ok())
        .is_none_or(|site| matches!(site, "same-origin" | "none"));
    if origin_ok && fetch_site_ok {
        return next.run(request).await;
    }
    let (parts, _body) = request.into_parts();
    let (locale, _) = app::i18n::ssr::locale_from_request(&parts);
    tracing::warn!(path = %parts.uri.path(), "cross-origin write refused");
    let mut response = Response::new(Body::from(locale.t("error-cross-origin")));
    *response.status_mut() = StatusCode::FORBIDDEN;
    response.headers_mut().insert(header::CONTENT_TYPE, HeaderValue::from_static("text/plain; charset=utf-8"));
    response
}

/// Answers 401 to a state-changing server-function call without a live session, before
/// its arguments are decoded; the function itself then checks the role.
async fn writes_need_a_session(State(state): State<AppState>, request: Request, next: Next) -> Response {
    let path = request.uri().path();
    // Only server functions are guarded: the read-only data API (`/api/v1/…`) answers any
    // other method itself (405 with `Allow`, or a CORS preflight).
    let read = matches!(*request.method(), http::Method::GET | http::Method::HEAD);
    let guarded = !read && app::security::is_server_function(path) && !app::auth::PUBLIC_WRITES.contains(&path);
    if !guarded {
        return next.run(request).await;
    }
    let (parts, body) = request.into_parts();
    let user = match app::auth::ssr::session_token(&parts) {
        Some(token) => app::auth::ssr::session_user(&state.pool, &token).await.ok().flatten(),
        None => None,
    };
    if user.is_some() {
        return next.run(Request::from_parts(parts, body)).await;
    }
    // A plain form post (no JavaScript) goes to the sign-in page; a script gets the
    // error in the server functions' own encoding, so the page can show its message.
    let plain_form = parts
        .headers
        .get(header::ACCEPT)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|accept| accept.contains("text/html"));
    if plain_form {
        let mut response = Response::new(Body::empty());
        *response.status_mut() = StatusCode::SEE_OTHER;
        response.headers_mut().insert(header::LOCATION, HeaderValue::from_static("/signin"));
        return response;
    }
    let body = serde_json::to_string(&app::error::AppError::Unauthorized).unwrap_or_default();
    let mut response = Response::new(Body::from(body));
    *response.status_mut() = StatusCode::UNAUTHORIZED;
    response.headers_mut().insert(header::CONTENT_TYPE, HeaderValue::from_static("application/json"));
    response
}

/// Why a backup was not made.
#[derive(Debug, thiserror::Error)]
pub enum BackupError {
    #[error("{0} exists; choose a new file name")]
    Exists(String),
    #[error(
        "backups of PostgreSQL are made with pg_dump, e.g. `pg_dump --format=custom \"$DATABASE_URL\" > quorum.dump`"
    )]
    Postgres,
    #[error("cannot make the backup: {0}")]
    Database(#[from] sqlx::Error),
}

/// `server backup FILE`: a consistent snapshot of the SQLite database taken while it is
/// in use (`VACUUM INTO`: one read transaction, so concurrent writes are either wholly in
/// it or wholly not). Restoring is stopping the server and putting the file in place of
/// the database.
pub async fn backup(database_url: &str, target: &std::path::Path) -> Result<(), BackupError> {
    if !db::is_sqlite(database_url) {
        return Err(BackupError::Postgres);
    }
    if target.exists() {
        return Err(BackupError::Exists(target.display().to_string()));
    }
    let pool = db::connect(database_url).await?;
    let path = target.to_string_lossy().replace('\'', "''");
    sqlx::query(&format!("VACUUM INTO '{path}'")).execute(&pool).await?;
    pool.close().await;
    Ok(())
}

/// Creates an admin account (the `server create-admin` command).
pub async fn create_admin(database_url: &str, email: &str, password: &str) -> Result<String, AdminError> {
    let pool = db::connect(database_url).await.map_err(StartError::from)?;
    db::migrate(&pool).await.map_err(StartError::from)?;
    Ok(app::auth::ssr::create_account(&pool, email, password, app::auth::Role::Admin).await?)
}

#[derive(Debug, thiserror::Error)]
pub enum AdminError {
    #[error("{0}")]
    Start(#[from] StartError),
    #[error("{0}")]
    Account(#[from] app::auth::ssr::AccountError),
}

/// How long a client may take to send a request's headers, and how long a kept-alive
/// connection may stay idle before its next request: a connection that sends a partial
/// header, or nothing, is closed after this. (Reading a body is bounded by
/// [`REQUEST_TIMEOUT`].)
pub const HEADER_READ_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(10);

/// How long in-flight requests may take to finish once the process is told to stop.
const SHUTDOWN_GRACE: std::time::Duration = std::time::Duration::from_secs(30);

/// Serves until the process is told to stop (Ctrl-C or SIGTERM); in-flight
/// requests finish first.
pub async fn serve(listener: tokio::net::TcpListener, app: Router) -> Result<(), StartError> {
    serve_with_header_timeout(listener, app, HEADER_READ_TIMEOUT, shutdown_signal()).await
}

/// [`serve`] with another header-read (and idle) timeout and stop signal (tests).
pub async fn serve_with_header_timeout(
    listener: tokio::net::TcpListener,
    app: Router,
    header_read_timeout: std::time::Duration,
    stop: impl std::future::Future<Output = ()>,
) -> Result<(), StartError> {
    use hyper_util::rt::{TokioIo, TokioTimer};
    use tower::Service;
    let mut http = hyper::server::conn::http1::Builder::new();
    http.timer(TokioTimer::new()).header_read_timeout(header_read_timeout).keep_alive(true);
    let graceful = hyper_util::server::graceful::GracefulShutdown::new();
    let mut stop = std::pin::pin!(stop);
    loop {
        let (tcp, peer) = tokio::select! {
            accepted = listener.accept() => match accepted {
                Ok(accepted) => accepted,
                // Out of file descriptors, a connection reset before it was accepted…:
                // the listener itself is fine; try again shortly.
                Err(error) => {
                    tracing::warn!(%error, "cannot accept a connection");
                    tokio::time::sleep(std::time::Duration::from_millis(50)).await;
                    continue;
                }
            },
            () = &mut stop => break,
        };
        // Without TCP_NODELAY every streamed response stalls ~40 ms (Nagle + delayed ACK).
        if let Err(error) = tcp.set_nodelay(true) {
            tracing::warn!(%error, "cannot set TCP_NODELAY");
        }
        let router = app.clone();
        // The peer address reaches handlers (rate limits per address).
        let service = hyper::service::service_fn(move |mut request: Request<hyper::body::Incoming>| {
            request.extensions_mut().insert(axum::extract::ConnectInfo(peer));
            router.clone().call(request.map(Body::new))
        });
        let connection = graceful.watch(http.serve_connection(TokioIo::new(tcp), service));
        tokio::spawn(async move {
            if let Err(error) = connection.await {
                tracing::debug!(%error, "connection ended with an error");
            }
        });
    }
    drop(listener);
    tokio::select! {
        () = graceful.shutdown() => {}
        () = tokio::time::sleep(SHUTDOWN_GRACE) => tracing::warn!("stopping with requests still in flight"),
    }
    Ok(())
}

async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut signal) => {
                signal.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => {},
        () = terminate => {},
    }
}
