//! Test harness: a fresh database per test (SQLite file or a database on a throwaway
//! PostgreSQL server), the real router, and helpers to call it.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::sync::atomic::{AtomicUsize, Ordering};

pub mod forms;
pub use forms::HtmlForm;

use axum::Router;
use axum::body::Body;
use http::{HeaderMap, Request, StatusCode};
use leptos::prelude::LeptosOptions;
use sqlx::AnyPool;
use tokio::sync::OnceCell;
use tower::ServiceExt;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

pub const BACKENDS: [Backend; 2] = [Backend::Sqlite, Backend::Postgres];

/// The workspace root (tests run with the crate folder as working directory).
pub fn workspace_root() -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR")).parent().map(|p| p.to_path_buf()).unwrap_or_default()
}

pub fn leptos_options() -> LeptosOptions {
    LeptosOptions::builder()
        .output_name("quorum")
        .site_root(workspace_root().join("target/site").display().to_string())
        .build()
}

static POSTGRES: OnceCell<String> = OnceCell::const_new();
/// One multi-threaded runtime for every test of a binary, as in production, so tests
/// also exercise concurrent requests on shared worker threads.
static RUNTIME: std::sync::LazyLock<tokio::runtime::Runtime> = std::sync::LazyLock::new(|| {
    tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build().expect("test runtime")
});

/// Runs a test on the shared runtime, failing it after two minutes instead of hanging CI.
pub fn run(test: impl std::future::Future<Output = ()>) {
    RUNTIME.block_on(within_time_limit(test));
}
static COUNTER: AtomicUsize = AtomicUsize::new(0);

/// URL of the throwaway PostgreSQL server, started once per test binary.
async fn postgres_server() -> &'static str {
    POSTGRES
        .get_or_init(|| async {
            if let Ok(url) = std::env::var("QUORUM_TEST_POSTGRES_URL") {
                return url;
            }
            let script = workspace_root().join("tests/pg-throwaway.sh");
            let output = tokio::process::Command::new(script)
                .arg(std::process::id().to_string())
                .output()
                .await
                .expect("cannot run tests/pg-throwaway.sh");
            assert!(
                output.status.success(),
                "throwaway PostgreSQL failed: {}",
                String::from_utf8_lossy(&output.stderr)
            );
            String::from_utf8_lossy(&output.stdout).trim().to_string()
        })
        .await
}

/// Fails a test that takes more than two minutes instead of letting CI hang.
pub async fn within_time_limit(test: impl std::future::Future<Output = ()>) {
    tokio::time::timeout(std::time::Duration::from_secs(120), test).await.expect("test took longer than two minutes");
}

/// A fresh, empty database URL for one test.
pub async fn fresh_database(backend: Backend, dir: &std::path::Path) -> String {
    let n = COUNTER.fetch_add(1, Ordering::SeqCst);
    match backend {
        Backend::Sqlite => format!("sqlite://{}/quorum-{n}.db", dir.display()),
        Backend::Postgres => {
            let server = postgres_server().await;
            let name = format!("quorum_test_{}_{n}", std::process::id());
            let admin = app::db::connect(&format!("{server}/postgres")).await.expect("connect to test PostgreSQL");
            sqlx::query(&format!("CREATE DATABASE {name}")).execute(&admin).await.expect("create test database");
            admin.close().await;
            format!("{server}/{name}")
        }
    }
}

/// The application over a fresh, seeded database.
pub struct TestApp {
    pub backend: Backend,
    pub router: Router,
    pub cache: std::sync::Arc<server::cache::PageCache>,
    pub state: app::state::AppState,
    pub pool: AnyPool,
    pub database_url: String,
    _dir: tempfile::TempDir,
}

pub struct TestResponse {
    pub status: StatusCode,
    pub headers: HeaderMap,
    pub body: String,
    /// The body's bytes as they arrived (compressed when the request asked for it).
    pub raw: Vec<u8>,
}

impl TestApp {
    /// Over the shipped seed as the scenarios were written against it (without the dated
    /// updates of `seed/updates/`).
    pub async fn new(backend: Backend) -> TestApp {
        TestApp::start(backend, false).await
    }

    /// Over the seed with the dated updates applied, as a server starts.
    pub async fn updated(backend: Backend) -> TestApp {
        TestApp::start(backend, true).await
    }

    async fn start(backend: Backend, updated: bool) -> TestApp {
        let dir = tempfile::tempdir().expect("temp dir");
        let database_url = fresh_database(backend, dir.path()).await;
        let prepare = async {
            if updated {
                server::prepare_updated(&database_url, leptos_options()).await
            } else {
                server::prepare(&database_url, leptos_options()).await
            }
        };
        let (state, _report) = tokio::time::timeout(std::time::Duration::from_secs(30), prepare)
            .await
            .expect("prepare took more than 30 s")
            .expect("prepare app");
        let pool = state.pool.clone();
        let cache = std::sync::Arc::new(server::cache::PageCache::default());
        let router = server::router_with_cache(state.clone(), cache.clone());
        TestApp { backend, router, cache, state, pool, database_url, _dir: dir }
    }

    /// Over the updated seed with settings of its own (`change` edits the defaults; the
    /// database is the test's own whatever it says), as a server configured so starts.
    pub async fn with_config(backend: Backend, change: impl FnOnce(&mut app::config::Config)) -> TestApp {
        let dir = tempfile::tempdir().expect("temp dir");
        let database_url = fresh_database(backend, dir.path()).await;
        let mut config = app::config::Config::with_database_url(&database_url);
        change(&mut config);
        config.database_url = database_url.clone();
        let prepare = server::prepare_with(std::sync::Arc::new(config), leptos_options());
        let (state, _report) = tokio::time::timeout(std::time::Duration::from_secs(30), prepare)
            .await
            .expect("prepare took more than 30 s")
            .expect("prepare app");
        let pool = state.pool.clone();
        let cache = std::sync::Arc::new(server::cache::PageCache::default());
        let router = server::router_with_cache(state.clone(), cache.clone());
        TestApp { backend, router, cache, state, pool, database_url, _dir: dir }
    }

    /// A second server process on the same database, as behind a load balancer.
    pub async fn another_process(&self) -> TestApp {
        let (state, _report) = server::prepare(&self.database_url, leptos_options()).await.expect("prepare app");
        let cache = std::sync::Arc::new(server::cache::PageCache::default());
        TestApp {
            backend: self.backend,
            router: server::router_with_cache(state.clone(), cache.clone()),
            cache,
            pool: state.pool.clone(),
            state,
            database_url: self.database_url.clone(),
            _dir: tempfile::tempdir().expect("temp dir"),
        }
    }

    /// Makes this process's page cache notice changes made by direct SQL (a fixture) at
    /// once; on its own it notices them within `server::cache::WATCH_INTERVAL`.
    pub async fn settle(&self) {
        self.cache.refresh(&self.state).await;
    }

    pub async fn get(&self, uri: &str) -> TestResponse {
        self.get_with(uri, &[]).await
    }

    /// GETs `uri` until `check` holds (for up to five seconds) and returns the last
    /// answer: for changes this process learns of only by watching the database (another
    /// process's write, an operator's SQL), which reach its page cache within
    /// `server::cache::WATCH_INTERVAL`.
    pub async fn get_until(&self, uri: &str, check: impl Fn(&TestResponse) -> bool) -> TestResponse {
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(5);
        loop {
            let response = self.get(uri).await;
            if check(&response) || std::time::Instant::now() > deadline {
                return response;
            }
            tokio::time::sleep(std::time::Duration::from_millis(20)).await;
        }
    }

    pub async fn get_with(&self, uri: &str, headers: &[(&str, &str)]) -> TestResponse {
        self.send("GET", uri, "", headers).await
    }

    /// A form post as a browser sends it (same origin unless `headers` say otherwise).
    pub async fn post_form(&self, uri: &str, body: &str, headers: &[(&str, &str)]) -> TestResponse {
        let mut all = vec![("content-type", "application/x-www-form-urlencoded"), ("host", "quorum.test")];
        if !headers.iter().any(|(name, _)| name.eq_ignore_ascii_case("origin")) {
            all.push(("origin", "http://quorum.test"));
        }
        all.extend_from_slice(headers);
        self.send("POST", uri, body, &all).await
    }

    /// Follows a redirect as a browser does: a GET of its `Location` (made local), with
    /// `cookies` and the cookies the response set (a form's error, a new session).
    pub async fn follow(&self, response: &TestResponse, cookies: &str) -> TestResponse {
        let location = response.header("location").expect("a redirect");
        let local =
            location.split_once("://").map_or(location, |(_, rest)| rest.find('/').map_or("/", |at| &rest[at..]));
        let mut jar: Vec<String> = cookies.split("; ").filter(|c| !c.is_empty()).map(str::to_string).collect();
        for set in response.headers.get_all("set-cookie").iter().filter_map(|v| v.to_str().ok()) {
            let pair = set.split(';').next().unwrap_or_default();
            let name = pair.split('=').next().unwrap_or_default();
            jar.retain(|c| c.split('=').next() != Some(name));
            if !set.contains("Max-Age=0") {
                jar.push(pair.to_string());
            }
        }
        self.get_with(local, &[("cookie", &jar.join("; "))]).await
    }

    /// Submits a form read from a page (`TestResponse::form`) as the browser would: a POST
    /// of exactly its fields, or a GET to its action with them as the query.
    pub async fn submit(&self, form: &HtmlForm, headers: &[(&str, &str)]) -> TestResponse {
        if form.method == "post" {
            self.post_form(&form.action, &form.body(), headers).await
        } else {
            let separator = if form.action.contains('?') { '&' } else { '?' };
            self.get_with(&format!("{}{separator}{}", form.action, form.body()), headers).await
        }
    }

    /// What a person does with a form: opens `page` (signed in with `cookie`), types
    /// `changes` into the form posting to `action` (the first one on the page) and submits
    /// it. Panics when the page has no such form, or the form no such field or choice.
    pub async fn fill_in(&self, page: &str, action: &str, changes: &[(&str, &str)], cookie: &str) -> TestResponse {
        let page = self.get_with(page, &[("cookie", cookie)]).await;
        assert!(page.status.is_success(), "{} answered {}", page.status, page.body);
        let mut form = page.form(action);
        for (name, value) in changes {
            form.set(name, value);
        }
        self.submit(&form, &[("cookie", cookie)]).await
    }

    pub async fn send(&self, method: &str, uri: &str, body: &str, headers: &[(&str, &str)]) -> TestResponse {
        self.send_bytes(method, uri, body.as_bytes().to_vec(), headers).await
    }

    /// A file upload as a browser sends it: `multipart/form-data` with the text `fields`
    /// and one file, from this site.
    pub async fn upload(
        &self,
        uri: &str,
        fields: &[(&str, &str)],
        file: (&str, &str, &[u8]),
        headers: &[(&str, &str)],
    ) -> TestResponse {
        const BOUNDARY: &str = "quorum-test-boundary-7f3a";
        let mut body = Vec::new();
        for (name, value) in fields {
            body.extend_from_slice(
                format!("--{BOUNDARY}\r\nContent-Disposition: form-data; name=\"{name}\"\r\n\r\n{value}\r\n")
                    .as_bytes(),
            );
        }
        let (name, file_name, bytes) = file;
        body.extend_from_slice(
            format!(
                "--{BOUNDARY}\r\nContent-Disposition: form-data; name=\"{name}\"; filename=\"{file_name}\"\r\n\
                 Content-Type: text/csv\r\n\r\n"
            )
            .as_bytes(),
        );
        body.extend_from_slice(bytes);
        body.extend_from_slice(format!("\r\n--{BOUNDARY}--\r\n").as_bytes());
        let content_type = format!("multipart/form-data; boundary={BOUNDARY}");
        let mut all =
            vec![("content-type", content_type.as_str()), ("host", "quorum.test"), ("origin", "http://quorum.test")];
        all.extend_from_slice(headers);
        self.send_bytes("POST", uri, body, &all).await
    }

    pub async fn send_bytes(&self, method: &str, uri: &str, body: Vec<u8>, headers: &[(&str, &str)]) -> TestResponse {
        self.send_from(None, method, uri, body, headers).await
    }

    /// A GET from the client at `address` (as the server's socket would report it).
    pub async fn get_from(&self, address: &str, uri: &str) -> TestResponse {
        let peer: std::net::SocketAddr = format!("{address}:40000").parse().expect("an IP address");
        self.send_from(Some(peer), "GET", uri, Vec::new(), &[]).await
    }

    async fn send_from(
        &self,
        peer: Option<std::net::SocketAddr>,
        method: &str,
        uri: &str,
        body: Vec<u8>,
        headers: &[(&str, &str)],
    ) -> TestResponse {
        let mut request = Request::builder().method(method).uri(uri);
        if let Some(peer) = peer {
            request = request.extension(axum::extract::ConnectInfo(peer));
        }
        for (name, value) in headers {
            request = request.header(*name, *value);
        }
        let limit = std::time::Duration::from_secs(30);
        let response =
            tokio::time::timeout(limit, self.router.clone().oneshot(request.body(Body::from(body)).expect("request")))
                .await
                .unwrap_or_else(|_| panic!("{method} {uri}: no response head within 30 s"))
                .expect("router never fails");
        let status = response.status();
        let headers = response.headers().clone();
        let bytes = tokio::time::timeout(limit, axum::body::to_bytes(response.into_body(), 16 * 1024 * 1024))
            .await
            .unwrap_or_else(|_| panic!("{method} {uri}: body not complete within 30 s"))
            .expect("body");
        TestResponse { status, headers, body: String::from_utf8_lossy(&bytes).into_owned(), raw: bytes.to_vec() }
    }
}

impl TestResponse {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.get(name).and_then(|v| v.to_str().ok())
    }

    /// The page's first form posting to `action`, as rendered (see `HtmlForm`).
    pub fn form(&self, action: &str) -> HtmlForm {
        HtmlForm::find(&self.body, action)
    }

    /// The page's text as a person reads it (see `forms::visible_text`).
    pub fn text(&self) -> String {
        forms::visible_text(&self.body)
    }

    /// Every form of the page posting to `action`, in document order.
    pub fn forms(&self, action: &str) -> Vec<HtmlForm> {
        HtmlForm::all(&self.body).into_iter().filter(|f| f.action.split('?').next() == Some(action)).collect()
    }

    /// The text between `<title>` and `</title>`.
    pub fn title(&self) -> Option<&str> {
        let start = self.body.find("<title>")? + "<title>".len();
        let end = self.body[start..].find("</title>")?;
        Some(&self.body[start..start + end])
    }
}

/// How many panics this test process has seen (anywhere: a handler's panic on a worker
/// thread included). The first call installs the counting hook, which keeps the default
/// report.
pub fn panic_count() -> usize {
    static PANICS: AtomicUsize = AtomicUsize::new(0);
    static HOOK: std::sync::Once = std::sync::Once::new();
    HOOK.call_once(|| {
        let previous = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            PANICS.fetch_add(1, Ordering::SeqCst);
            previous(info);
        }));
    });
    PANICS.load(Ordering::SeqCst)
}
