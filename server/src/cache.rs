//! Rendered public responses, kept in memory and served again until the data changes.
//!
//! Only anonymous `GET`s of public pages and data are kept (no session cookie, no
//! conditional request, a `200` without `Set-Cookie` or `no-store`), keyed by the
//! interface language and the full URI. Each entry remembers the database's
//! `data_version` (raised by every audited write, in its transaction) from before it was
//! rendered; a request first reads the current version — one row — so a change made
//! through any server process invalidates every process's copies at once. Entries also
//! expire after [`MAX_AGE`] (the countdowns on review pages move with the clock).
//!
//! A page's Content-Security-Policy nonce must differ per response: a cached page is
//! served with a fresh nonce written over the old one, in the header and in the HTML.

use std::collections::HashMap;
use std::sync::Mutex;
use std::time::{Duration, Instant};

use app::state::AppState;
use axum::body::{Body, Bytes};
use axum::extract::{Request, State};
use axum::middleware::Next;
use axum::response::Response;
use http::{HeaderMap, StatusCode, header};

/// How long an entry may be served at most.
pub const MAX_AGE: Duration = Duration::from_secs(60);
/// Responses larger than this are not kept.
const MAX_ENTRY_BYTES: usize = 2 * 1024 * 1024;
/// When the entries together exceed this, they are all dropped.
const MAX_TOTAL_BYTES: usize = 24 * 1024 * 1024;

/// Paths never cached: private pages, health checks, static files (served from disk
/// already), and the letter composer (it counts the letters it makes, and a writer's
/// details travel in its query).
const PASS: [&str; 13] = [
    "/pkg/",
    "/healthz",
    "/readyz",
    "/import",
    "/coordinate",
    "/account",
    "/admin",
    "/invitation",
    "/signin",
    "/letters/",
    "/api/v1/letters/",
    "/api/get_letter_facts",
    "/api/current_user",
];

struct Entry {
    version: i64,
    stored: Instant,
    status: StatusCode,
    headers: HeaderMap,
    body: Bytes,
    /// The nonce this page was rendered with, to be replaced on every hit.
    nonce: Option<String>,
}

/// One per router (so two apps on different databases never share entries).
#[derive(Default)]
pub struct PageCache {
    entries: Mutex<(HashMap<String, Entry>, usize)>,
}

impl PageCache {
    fn get(&self, key: &str, version: i64) -> Option<Response> {
        let entries = self.entries.lock().ok()?;
        let entry = entries.0.get(key).filter(|e| e.version == version && e.stored.elapsed() < MAX_AGE)?;
        let mut headers = entry.headers.clone();
        let body = match &entry.nonce {
            Some(old) => {
                let fresh = leptos::nonce::Nonce::new().to_string();
                if let Some(policy) = headers.get(header::CONTENT_SECURITY_POLICY).and_then(|v| v.to_str().ok()) {
                    let policy = policy.replace(old.as_str(), &fresh);
                    headers.insert(header::CONTENT_SECURITY_POLICY, policy.parse().ok()?);
                }
                let html = std::str::from_utf8(&entry.body).ok()?;
                Bytes::from(html.replace(old.as_str(), &fresh))
            }
            None => entry.body.clone(),
        };
        let mut response = Response::new(Body::from(body));
        *response.status_mut() = entry.status;
        *response.headers_mut() = headers;
        Some(response)
    }

    fn put(&self, key: String, entry: Entry) {
        let Ok(mut entries) = self.entries.lock() else { return };
        if entries.1 + entry.body.len() > MAX_TOTAL_BYTES {
            entries.0.clear();
            entries.1 = 0;
        }
        entries.1 += entry.body.len();
        if let Some(old) = entries.0.insert(key, entry) {
            entries.1 = entries.1.saturating_sub(old.body.len());
        }
    }
}

/// The nonce in a page's policy (`'nonce-…'`).
fn policy_nonce(headers: &HeaderMap) -> Option<String> {
    let policy = headers.get(header::CONTENT_SECURITY_POLICY)?.to_str().ok()?;
    let start = policy.find("'nonce-")? + "'nonce-".len();
    let nonce = &policy[start..start + policy[start..].find('\'')?];
    (nonce.len() >= 16).then(|| nonce.to_string())
}

fn cacheable(request: &Request) -> bool {
    let headers = request.headers();
    let path = request.uri().path();
    request.method() == http::Method::GET
        && !headers.contains_key(header::IF_NONE_MATCH)
        && !headers.contains_key(header::IF_MODIFIED_SINCE)
        && !headers
            .get_all(header::COOKIE)
            .iter()
            .any(|c| c.to_str().is_ok_and(|c| c.contains(app::auth::ssr::SESSION_COOKIE)))
        && !PASS.iter().any(|prefix| path.starts_with(prefix))
}

async fn data_version(state: &AppState) -> Option<i64> {
    sqlx::query_scalar("SELECT version FROM data_version WHERE id = 1").fetch_one(&state.pool).await.ok()
}

/// The middleware: serve a current copy, or render and keep one.
pub async fn serve(
    State((state, cache)): State<(AppState, std::sync::Arc<PageCache>)>,
    request: Request,
    next: Next,
) -> Response {
    if !cacheable(&request) {
        return next.run(request).await;
    }
    let Some(version) = data_version(&state).await else {
        return next.run(request).await;
    };
    let (parts, body) = request.into_parts();
    let (locale, _) = app::i18n::ssr::locale_from_request(&parts);
    let key = format!("{}|{}", locale.tag(), parts.uri);
    if let Some(response) = cache.get(&key, version) {
        return response;
    }
    let response = next.run(Request::from_parts(parts, body)).await;
    let keep = response.status() == StatusCode::OK
        && !response.headers().contains_key(header::SET_COOKIE)
        && !response
            .headers()
            .get(header::CACHE_CONTROL)
            .and_then(|v| v.to_str().ok())
            .is_some_and(|v| v.contains("no-store") || v.contains("private"));
    if !keep {
        return response;
    }
    let (parts, body) = response.into_parts();
    // Nothing Quorum renders comes near this; a body that fails to arrive is an error.
    let Ok(bytes) = axum::body::to_bytes(body, 256 * 1024 * 1024).await else {
        return Response::builder()
            .status(StatusCode::INTERNAL_SERVER_ERROR)
            .header(header::CONTENT_TYPE, "text/plain; charset=utf-8")
            .body(Body::from(locale.t("error-storage")))
            .unwrap_or_default();
    };
    if bytes.len() > MAX_ENTRY_BYTES {
        return Response::from_parts(parts, Body::from(bytes));
    }
    let entry = Entry {
        version,
        stored: Instant::now(),
        status: parts.status,
        headers: parts.headers.clone(),
        body: bytes.clone(),
        nonce: policy_nonce(&parts.headers),
    };
    cache.put(key, entry);
    Response::from_parts(parts, Body::from(bytes))
}
