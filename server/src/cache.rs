//! Rendered public responses, kept in memory and served again until the data changes.
//!
//! Only anonymous `GET`s of public pages and data are kept (no session cookie, no
//! conditional request, a `200` without `Set-Cookie` or `no-store`), keyed by the
//! interface language, HTTPS or not (HSTS) and the full URI, with their security headers. Each entry remembers the database's
//! `data_version` (raised by triggers on every public table, in the writing transaction)
//! from before it was rendered, and is served only while the version is unchanged.
//!
//! The version is not read per request (that database round trip cost more than serving
//! the page): a watcher reads it every [`WATCH_INTERVAL`], and this process reads it again
//! right after each write request it answers. So a change made through this process is
//! visible to its next request, and a change made through another process or by an
//! operator's SQL within [`WATCH_INTERVAL`]. Entries also expire after [`MAX_AGE`] (the
//! countdowns on review pages move with the clock).
//!
//! A page's Content-Security-Policy nonce must differ per response: a cached page is kept
//! in pieces cut at its nonce and served with a fresh one between them (no copy of the
//! page per response), in the header and in the HTML. The compressed forms are kept in
//! the same pieces (`compress.rs`): made once per entry and coding, on the first request
//! that accepts it, and joined around the fresh nonce on every hit.

use std::collections::{HashMap, VecDeque};
use std::convert::Infallible;
use std::pin::Pin;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, OnceLock, Weak};
use std::task::{Context, Poll};
use std::time::{Duration, Instant};

use app::state::AppState;
use axum::body::{Body, Bytes};
use axum::extract::{Request, State};
use axum::middleware::Next;
use axum::response::Response;
use http::{HeaderMap, HeaderValue, StatusCode, header};
use http_body::{Frame, SizeHint};
use tokio::sync::Notify;

use crate::compress::{self, Coding, Encoded};

/// How long an entry may be served at most.
pub const MAX_AGE: Duration = Duration::from_secs(60);
/// How often the database's `data_version` is read to notice changes made elsewhere.
pub const WATCH_INTERVAL: Duration = Duration::from_millis(100);
/// The version before it was read, or after reading it failed: nothing is served.
const UNKNOWN: i64 = app::state::Watched::UNKNOWN;
/// Responses larger than this are not kept.
const MAX_ENTRY_BYTES: usize = 2 * 1024 * 1024;
/// When the entries together exceed this, they are all dropped.
const MAX_TOTAL_BYTES: usize = 24 * 1024 * 1024;

/// Paths never cached besides the private ones (`app::security::is_private_path`: signed-in
/// pages, server functions, the letter composer when it carries a writer's details, which
/// must never be kept): health checks, and static files (served from disk already).
const PASS: [&str; 3] = ["/pkg/", "/healthz", "/readyz"];

struct Entry {
    version: i64,
    stored: Instant,
    status: StatusCode,
    headers: HeaderMap,
    /// The body cut at each occurrence of `nonce` (one piece when there is none).
    pieces: Vec<Bytes>,
    len: usize,
    /// The nonce this page was rendered with, to be replaced on every hit.
    nonce: Option<String>,
    /// Text worth compressing (and long enough).
    compressible: bool,
    /// The pieces in brotli and in gzip, made when first asked for (`None` inside: that
    /// coding is not offered for this page).
    brotli: OnceLock<Option<Encoded>>,
    gzip: OnceLock<Option<Encoded>>,
}

impl Entry {
    fn new(version: i64, status: StatusCode, headers: HeaderMap, body: Bytes) -> Entry {
        let nonce = policy_nonce(&headers);
        let pieces = match &nonce {
            Some(nonce) => cut(&body, nonce.as_bytes()),
            None => vec![body.clone()],
        };
        let compressible = compress::compressible(&headers) && body.len() >= compress::MIN_BYTES;
        Entry {
            version,
            stored: Instant::now(),
            status,
            headers,
            pieces,
            len: body.len(),
            nonce,
            compressible,
            brotli: OnceLock::new(),
            gzip: OnceLock::new(),
        }
    }

    fn encoded(&self, coding: Coding) -> &OnceLock<Option<Encoded>> {
        match coding {
            Coding::Brotli => &self.brotli,
            Coding::Gzip => &self.gzip,
        }
    }

    /// Compresses the pieces in `coding` unless that was done (off the async threads: a
    /// large page takes milliseconds).
    async fn prepare(self: &Arc<Self>, coding: Option<Coding>) {
        let Some(coding) = coding.filter(|_| self.compressible) else { return };
        if self.encoded(coding).get().is_some() {
            return;
        }
        let entry = self.clone();
        let _ = tokio::task::spawn_blocking(move || {
            let nonce_len = entry.nonce.as_ref().map_or(0, String::len);
            entry.encoded(coding).get_or_init(|| Encoded::new(coding, &entry.pieces, nonce_len));
        })
        .await;
    }

    /// This entry as a response in `coding` when it is ready in it (else as it is), with
    /// a fresh nonce when the page has one.
    fn response(&self, coding: Option<Coding>) -> Option<Response> {
        let mut headers = self.headers.clone();
        let fresh = match &self.nonce {
            Some(old) => {
                let fresh = leptos::nonce::Nonce::new().to_string();
                let policy = headers.get(header::CONTENT_SECURITY_POLICY)?.to_str().ok()?.replace(old.as_str(), &fresh);
                headers.insert(header::CONTENT_SECURITY_POLICY, HeaderValue::from_str(&policy).ok()?);
                Some(fresh)
            }
            None => None,
        };
        if self.compressible {
            compress::vary_on_encoding(&mut headers);
        }
        let encoded = coding
            .filter(|_| self.compressible)
            .and_then(|coding| self.encoded(coding).get().and_then(Option::as_ref).map(|e| (coding, e)));
        let chunks: VecDeque<Bytes> = match (encoded, &fresh) {
            (Some((coding, encoded)), _) => {
                compress::encoded_headers(&mut headers, coding);
                encoded.chunks(fresh.as_deref().unwrap_or_default()).into()
            }
            (None, Some(fresh)) => {
                let fresh = Bytes::from(fresh.clone());
                let mut chunks = VecDeque::with_capacity(self.pieces.len() * 2);
                for (i, piece) in self.pieces.iter().enumerate() {
                    if i > 0 {
                        chunks.push_back(fresh.clone());
                    }
                    chunks.push_back(piece.clone());
                }
                chunks
            }
            (None, None) => self.pieces.iter().cloned().collect(),
        };
        let len = chunks.iter().map(Bytes::len).sum::<usize>() as u64;
        let mut response = Response::new(Body::new(Chunks { chunks, len }));
        *response.status_mut() = self.status;
        *response.headers_mut() = headers;
        Some(response)
    }
}

/// `body` split at every occurrence of `needle`, without copying it.
fn cut(body: &Bytes, needle: &[u8]) -> Vec<Bytes> {
    let mut pieces = Vec::new();
    let mut start = 0;
    let mut at = 0;
    while at + needle.len() <= body.len() {
        if body[at..].starts_with(needle) {
            pieces.push(body.slice(start..at));
            at += needle.len();
            start = at;
        } else {
            at += 1;
        }
    }
    pieces.push(body.slice(start..));
    pieces
}

/// A response body made of shared pieces, with its exact length (so it is sent with
/// `Content-Length`, as a file would be).
struct Chunks {
    chunks: VecDeque<Bytes>,
    len: u64,
}

impl http_body::Body for Chunks {
    type Data = Bytes;
    type Error = Infallible;

    fn poll_frame(self: Pin<&mut Self>, _: &mut Context<'_>) -> Poll<Option<Result<Frame<Bytes>, Infallible>>> {
        let this = self.get_mut();
        let chunk = this.chunks.pop_front();
        if let Some(chunk) = &chunk {
            this.len -= chunk.len() as u64;
        }
        Poll::Ready(chunk.map(|chunk| Ok(Frame::data(chunk))))
    }

    fn is_end_stream(&self) -> bool {
        self.chunks.is_empty()
    }

    fn size_hint(&self) -> SizeHint {
        SizeHint::with_exact(self.len)
    }
}

/// One per router (so two apps on different databases never share entries). The version
/// it serves by is kept in the app's state (`AppState::watched`), where the app's own
/// derived values are checked against it too.
#[derive(Default)]
pub struct PageCache {
    entries: Mutex<(HashMap<String, Arc<Entry>>, usize)>,
    /// Pages being rendered, by key, with the version they are rendered at.
    rendering: Mutex<HashMap<String, (i64, Arc<Notify>)>>,
    watching: AtomicBool,
}

/// A page this request renders for everyone who asks for it meanwhile; dropped (kept,
/// failed or cancelled), it lets them go on.
struct Rendering<'a> {
    cache: &'a PageCache,
    key: String,
    done: Arc<Notify>,
}

impl Drop for Rendering<'_> {
    fn drop(&mut self) {
        if let Ok(mut rendering) = self.cache.rendering.lock() {
            rendering.remove(&self.key);
        }
        self.done.notify_waiters();
    }
}

/// Longest wait for another request's rendering (it has its own timeout).
const WAIT_FOR_RENDERING: Duration = Duration::from_secs(10);

impl PageCache {
    fn entry(&self, key: &str, version: i64) -> Option<Arc<Entry>> {
        let entries = self.entries.lock().ok()?;
        entries.0.get(key).filter(|e| e.version == version && e.stored.elapsed() < MAX_AGE).cloned()
    }

    async fn get(&self, key: &str, version: i64, coding: Option<Coding>) -> Option<Response> {
        let entry = self.entry(key, version)?;
        entry.prepare(coding).await;
        entry.response(coding)
    }

    fn put(&self, key: String, entry: Arc<Entry>) {
        let Ok(mut entries) = self.entries.lock() else { return };
        if entries.1 + entry.len > MAX_TOTAL_BYTES {
            entries.0.clear();
            entries.1 = 0;
        }
        entries.1 += entry.len;
        if let Some(old) = entries.0.insert(key, entry) {
            entries.1 = entries.1.saturating_sub(old.len);
        }
    }

    /// One rendering per page and version: after a change, the many requests for a page
    /// that miss at once wait for the first one's rendering instead of each rendering it.
    /// `Ok`: this request renders; `Err`: the page another request kept meanwhile (or,
    /// when it kept none, `Err(None)`: render without the others waiting).
    async fn render_or_wait(
        &self,
        key: &str,
        version: i64,
        coding: Option<Coding>,
    ) -> Result<Rendering<'_>, Option<Response>> {
        let done;
        let finished;
        {
            let Ok(mut rendering) = self.rendering.lock() else { return Err(None) };
            match rendering.get(key) {
                Some((at, notify)) if *at == version => done = notify.clone(),
                _ => {
                    let done = Arc::new(Notify::new());
                    rendering.insert(key.to_string(), (version, done.clone()));
                    return Ok(Rendering { cache: self, key: key.to_string(), done });
                }
            }
            // Registered while the mark is there: the wake-up cannot be missed.
            finished = done.notified();
        }
        let _ = tokio::time::timeout(WAIT_FOR_RENDERING, finished).await;
        Err(self.get(key, version, coding).await)
    }

    /// Reads the version now and remembers it ([`UNKNOWN`] when the database fails).
    pub async fn refresh(&self, state: &AppState) -> i64 {
        let version = data_version(state).await.unwrap_or(UNKNOWN);
        state.watched.set_version(version);
        version
    }

    /// The version to serve by: the watched one, read now the first time (when the
    /// watcher starts) or while the database is failing.
    async fn current(self: &Arc<Self>, state: &AppState) -> i64 {
        if !self.watching.swap(true, Ordering::AcqRel) {
            tokio::spawn(watch(Arc::downgrade(self), state.clone()));
            return self.refresh(state).await;
        }
        match state.watched.version() {
            UNKNOWN => self.refresh(state).await,
            version => version,
        }
    }
}

/// Reads the version every [`WATCH_INTERVAL`] while the cache exists.
async fn watch(cache: Weak<PageCache>, state: AppState) {
    loop {
        tokio::time::sleep(WATCH_INTERVAL).await;
        let Some(cache) = cache.upgrade() else { return };
        cache.refresh(&state).await;
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
        && !headers.get_all(header::COOKIE).iter().any(|c| {
            c.to_str().is_ok_and(|c| {
                c.contains(app::auth::ssr::SESSION_COOKIE) || c.contains(app::security::FORM_ERROR_COOKIE)
            })
        })
        && !PASS.iter().any(|prefix| path.starts_with(prefix))
        && (!app::security::is_private_path(path) || composer_without_details(request))
}

/// The composer with only choices in its query (body, purpose, languages) and no details
/// of a writer's posted with it: the same page for everyone, per language and data
/// version. It still counts the letter it starts (`count_kept_composer`) and keeps its
/// `no-store` for browsers and proxies.
fn composer_without_details(request: &Request) -> bool {
    request.uri().path() == "/letters/new"
        && app::letters::form::only_choices(request.uri().query().unwrap_or_default())
        && request.extensions().get::<app::letters::form::PostedDetails>().is_none_or(|d| d.0.is_empty())
}

async fn data_version(state: &AppState) -> Option<i64> {
    sqlx::query_scalar("SELECT version FROM data_version WHERE id = 1").fetch_one(&state.pool).await.ok()
}

/// What the outermost layer needs to answer from the cache.
#[derive(Clone)]
pub struct Front {
    pub state: AppState,
    pub cache: Arc<PageCache>,
    /// The same ids the inner `SetRequestIdLayer` makes (one count).
    pub ids: crate::middleware::request_ids::Sequential,
}

/// The outermost layer: a kept, current page is answered here, before routing, the
/// letter forms, compression and request ids, which took a third of a hit's time
/// (`make bench`); it names the request as the inner layers would (the caller's
/// `x-request-id`, else a new one). Anything else goes on to the whole stack, where
/// [`serve`] renders and keeps.
pub async fn serve_kept(State(front): State<Front>, request: Request, next: Next) -> Response {
    let request = match kept(&front.state, &front.cache, request).await {
        Ok(mut response) => {
            if !response.headers().contains_key(REQUEST_ID) {
                response.headers_mut().insert(REQUEST_ID, front.ids.next_id());
            }
            return response;
        }
        Err(request) => request,
    };
    next.run(request).await
}

const REQUEST_ID: &str = "x-request-id";

/// The kept, current copy of what `request` asks for, or the request back.
async fn kept(state: &AppState, cache: &Arc<PageCache>, request: Request) -> Result<Response, Request> {
    let version = cache.current(state).await;
    if version == UNKNOWN || !cacheable(&request) {
        return Err(request);
    }
    let composer = composer_without_details(&request);
    let (parts, body) = request.into_parts();
    // Counted here as a rendering would (and remembered: the inner layer asks again
    // only when this misses).
    if composer && !app::letters::ssr::count_kept_composer(state, &parts).await {
        return Err(Request::from_parts(parts, body));
    }
    let key = key(&parts);
    match cache.get(&key, version, compress::negotiate(&parts.headers)).await {
        Some(mut response) => {
            if let Some(id) = parts.headers.get(REQUEST_ID) {
                response.headers_mut().insert(REQUEST_ID, id.clone());
            }
            Ok(response)
        }
        None => Err(Request::from_parts(parts, body)),
    }
}

/// A page's key: its language, whether it went out over HTTPS (HSTS is kept with the
/// page), and its address.
fn key(parts: &http::request::Parts) -> String {
    let (locale, _) = app::i18n::ssr::locale_from_request(parts);
    let https = app::security::forwarded_https(&parts.headers);
    format!("{}|{}|{}", locale.tag(), u8::from(https), parts.uri)
}

/// The middleware: serve a current copy, or render and keep one.
pub async fn serve(State((state, cache)): State<(AppState, Arc<PageCache>)>, request: Request, next: Next) -> Response {
    // Read (and watched) for every request: the app's derived values check it too.
    let version = cache.current(&state).await;
    if !cacheable(&request) {
        let write = !matches!(*request.method(), http::Method::GET | http::Method::HEAD | http::Method::OPTIONS);
        let response = next.run(request).await;
        if write {
            // This process's next reader sees the change at once.
            cache.refresh(&state).await;
        }
        return response;
    }
    if version == UNKNOWN {
        return next.run(request).await;
    }
    // `serve_kept`, outside, answered what was kept (and counted the composer's letter);
    // a page rendered here counts its own.
    let composer = composer_without_details(&request);
    let (parts, body) = request.into_parts();
    let (locale, _) = app::i18n::ssr::locale_from_request(&parts);
    let key = key(&parts);
    let coding = compress::negotiate(&parts.headers);
    let _rendering = match cache.render_or_wait(&key, version, coding).await {
        Ok(rendering) => Some(rendering),
        Err(Some(response)) => return response,
        Err(None) => None,
    };
    let response = next.run(Request::from_parts(parts, body)).await;
    let keep = response.status() == StatusCode::OK
        && !response.headers().contains_key(header::SET_COOKIE)
        && !response
            .headers()
            .get(header::CACHE_CONTROL)
            .and_then(|v| v.to_str().ok())
            .is_some_and(|v| (v.contains("no-store") && !composer) || v.contains("private"));
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
    let entry = Arc::new(Entry::new(version, parts.status, parts.headers.clone(), bytes.clone()));
    cache.put(key, entry.clone());
    entry.prepare(coding).await;
    // Sent as a hit would be: compressed if asked, with a nonce of its own.
    entry.response(coding).unwrap_or_else(|| Response::from_parts(parts, Body::from(bytes)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_page_is_cut_at_its_nonce_and_served_with_a_fresh_one() {
        let old = "AAAAAAAAAAAAAAAAAAAAAA";
        let html = format!(r#"<script nonce="{old}">a</script><p>{old}</p><script nonce="{old}">b</script>"#);
        let pieces = cut(&Bytes::from(html.clone()), old.as_bytes());
        assert_eq!(pieces.len(), 4);
        assert_eq!(pieces.concat(), html.replace(old, "").into_bytes());
        assert_eq!(cut(&Bytes::from_static(b"no nonce"), old.as_bytes()), vec![Bytes::from_static(b"no nonce")]);

        let mut headers = HeaderMap::new();
        let policy = app::security::page_policy(old);
        headers.insert(header::CONTENT_SECURITY_POLICY, HeaderValue::from_str(&policy).unwrap());
        let entry = Entry::new(1, StatusCode::OK, headers, Bytes::from(html.clone()));
        let response = entry.response(None).unwrap();
        let policy = response.headers()[header::CONTENT_SECURITY_POLICY].to_str().unwrap().to_string();
        let fresh = policy.split("'nonce-").nth(1).unwrap().split('\'').next().unwrap().to_string();
        assert_ne!(fresh, old);
        let body = response.into_body();
        assert_eq!(
            http_body::Body::size_hint(&body).exact(),
            Some(html.len() as u64 - 3 * (old.len() - fresh.len()) as u64)
        );
        let bytes = tokio::runtime::Builder::new_current_thread()
            .build()
            .unwrap()
            .block_on(axum::body::to_bytes(body, usize::MAX))
            .unwrap();
        assert_eq!(String::from_utf8(bytes.to_vec()).unwrap(), html.replace(old, &fresh));
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn requests_that_miss_together_share_one_rendering() {
        use std::sync::atomic::AtomicUsize;
        use tower::ServiceExt;

        sqlx::any::install_default_drivers();
        let pool = sqlx::any::AnyPoolOptions::new().max_connections(1).connect("sqlite::memory:").await.unwrap();
        sqlx::query("CREATE TABLE data_version (id INTEGER PRIMARY KEY, version INTEGER NOT NULL)")
            .execute(&pool)
            .await
            .unwrap();
        sqlx::query("INSERT INTO data_version VALUES (1, 1)").execute(&pool).await.unwrap();
        let options = leptos::prelude::LeptosOptions::builder().output_name("quorum").build();
        let state = AppState::new(pool.clone(), options, Arc::default());
        let renders = Arc::new(AtomicUsize::new(0));
        let counted = renders.clone();
        let page = move || {
            let counted = counted.clone();
            async move {
                counted.fetch_add(1, Ordering::SeqCst);
                tokio::time::sleep(Duration::from_millis(200)).await;
                "the page"
            }
        };
        let router = axum::Router::new()
            .route("/page", axum::routing::get(page))
            .layer(axum::middleware::from_fn_with_state((state, Arc::new(PageCache::default())), serve));
        let get = |router: axum::Router| async move {
            let response = router.oneshot(Request::get("/page").body(Body::empty()).unwrap()).await.unwrap();
            axum::body::to_bytes(response.into_body(), usize::MAX).await.unwrap()
        };

        let together: Vec<_> = (0..8).map(|_| tokio::spawn(get(router.clone()))).collect();
        for request in together {
            assert_eq!(request.await.unwrap(), "the page");
        }
        assert_eq!(renders.load(Ordering::SeqCst), 1, "eight requests at once, one rendering");

        // A change: the next requests render the page once more, together.
        sqlx::query("UPDATE data_version SET version = 2").execute(&pool).await.unwrap();
        tokio::time::sleep(WATCH_INTERVAL * 3).await;
        let together: Vec<_> = (0..8).map(|_| tokio::spawn(get(router.clone()))).collect();
        for request in together {
            assert_eq!(request.await.unwrap(), "the page");
        }
        assert_eq!(renders.load(Ordering::SeqCst), 2);
    }
}
