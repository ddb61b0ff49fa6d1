//! End-to-end tests in Debian's Chromium through chromedriver, each scenario with
//! JavaScript off (server-rendered HTML and plain forms) and on (hydrated).
//! Needs the site built first (`make test` does `cargo leptos build`).
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::future::Future;
use std::os::unix::process::CommandExt;
use std::time::Duration;

use fantoccini::{Client, ClientBuilder, Locator};
use quorum_tests::{Backend, leptos_options, workspace_root};
use serde_json::json;
use tokio::sync::Semaphore;

/// Chromium is heavy on two cores: one browser at a time.
static ONE_BROWSER: Semaphore = Semaphore::const_new(1);
const PATIENCE: Duration = Duration::from_secs(20);

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port()
}

/// A Quorum server in this process on a free port, over its own SQLite file, after
/// running `setup` (SQL statements) on the seeded database.
async fn start_quorum(dir: &std::path::Path, setup: &[&str]) -> String {
    let site = workspace_root().join("target/site/pkg/quorum.wasm");
    assert!(
        site.exists(),
        "{} is missing: build the site first (`make test` runs `cargo leptos build`)",
        site.display()
    );
    let url = quorum_tests::fresh_database(Backend::Sqlite, dir).await;
    let (state, _) = server::prepare(&url, leptos_options()).await.unwrap();
    for statement in setup {
        sqlx::query(statement).execute(&state.pool).await.unwrap();
    }
    app::auth::ssr::create_account(&state.pool, "ana@example.org", BROWSER_PASSWORD, app::auth::Role::Coordinator)
        .await
        .unwrap();
    app::auth::ssr::create_account(&state.pool, "root@example.org", BROWSER_PASSWORD, app::auth::Role::Admin)
        .await
        .unwrap();
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    let router = server::router(state).layer(axum::middleware::from_fn(log_request_line));
    tokio::spawn(server::serve(listener, router));
    base
}

/// Every request line the browser sent to any test server ("GET /path?query"), as an
/// access log in front of Quorum would write it.
static REQUEST_LINES: std::sync::Mutex<Vec<String>> = std::sync::Mutex::new(Vec::new());

async fn log_request_line(request: axum::extract::Request, next: axum::middleware::Next) -> axum::response::Response {
    let line = format!("{} {}", request.method(), request.uri());
    REQUEST_LINES.lock().unwrap().push(line);
    next.run(request).await
}

struct Chromedriver {
    child: std::process::Child,
    port: u16,
}

impl Chromedriver {
    async fn start(scratch: &std::path::Path) -> Chromedriver {
        let port = free_port();
        let child = std::process::Command::new("chromedriver")
            .arg(format!("--port={port}"))
            .env("HOME", scratch)
            .env("TMPDIR", scratch)
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .process_group(0)
            .spawn()
            .expect("chromedriver not found: run `make test`, which installs chromium and chromium-driver");
        eventually(|| async { std::net::TcpStream::connect(("127.0.0.1", port)).is_ok() }).await;
        Chromedriver { child, port }
    }

    async fn session(&self, javascript: bool) -> Client {
        let mut options = json!({
            "binary": "/usr/bin/chromium",
            "args": ["--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu", "--no-first-run",
                     "--disable-background-networking", "--disable-component-update", "--disable-sync",
                     "--window-size=1100,900", "--lang=en-US"],
        });
        if !javascript {
            options["prefs"] = json!({ "profile.managed_default_content_settings.javascript": 2 });
        }
        let mut capabilities = serde_json::Map::new();
        capabilities.insert("goog:chromeOptions".into(), options);
        ClientBuilder::new(hyper_util::client::legacy::connect::HttpConnector::new())
            .capabilities(capabilities)
            .connect(&format!("http://127.0.0.1:{}", self.port))
            .await
            .expect("start a Chromium session")
    }
}

impl Drop for Chromedriver {
    fn drop(&mut self) {
        // Kill chromedriver's whole process group so no Chromium is orphaned.
        let _ =
            std::process::Command::new("kill").args(["-s", "KILL", "--", &format!("-{}", self.child.id())]).status();
        let _ = self.child.wait();
    }
}

/// Runs a scenario with a fresh server and browser; always closes the browser, even
/// when the scenario fails, then reports the failure.
async fn in_browser<F, Fut>(javascript: bool, scenario: F)
where
    F: FnOnce(Client, String) -> Fut,
    Fut: Future<Output = ()> + Send + 'static,
{
    in_browser_with(javascript, &[], scenario).await;
}

/// `in_browser` over a database prepared with `setup`.
async fn in_browser_with<F, Fut>(javascript: bool, setup: &[&str], scenario: F)
where
    F: FnOnce(Client, String) -> Fut,
    Fut: Future<Output = ()> + Send + 'static,
{
    let _turn = ONE_BROWSER.acquire().await.unwrap();
    let dir = tempfile::tempdir().unwrap();
    // Chromium's profile and temporary files, removed with the test (a killed Chromium
    // leaves them behind, tens of megabytes each).
    let scratch_root = workspace_root().join("target/browser-scratch");
    std::fs::create_dir_all(&scratch_root).unwrap();
    let scratch = tempfile::tempdir_in(&scratch_root).unwrap();
    let base = start_quorum(dir.path(), setup).await;
    let driver = Chromedriver::start(scratch.path()).await;
    let client = driver.session(javascript).await;
    let outcome = tokio::time::timeout(Duration::from_secs(120), tokio::spawn(scenario(client.clone(), base))).await;
    let _ = client.close().await;
    drop(driver);
    match outcome {
        Ok(Ok(())) => {}
        Ok(Err(failure)) => std::panic::resume_unwind(failure.into_panic()),
        Err(_) => panic!("browser scenario took longer than two minutes"),
    }
}

async fn wait_for_hydration(client: &Client) {
    client
        .wait()
        .at_most(PATIENCE)
        .for_element(Locator::Css(".site[data-hydrated='true']"))
        .await
        .expect("page hydrates");
}

async fn click(client: &Client, locator: Locator<'_>) {
    client.find(locator).await.unwrap().click().await.unwrap();
}

/// Polls `check` for up to ten seconds; true as soon as it holds.
async fn eventually<F, Fut>(mut check: F) -> bool
where
    F: FnMut() -> Fut,
    Fut: Future<Output = bool>,
{
    for _ in 0..100 {
        if check().await {
            return true;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    false
}

async fn page_is_hydrated(client: &Client) -> bool {
    let site = client.find(Locator::Css(".site")).await.unwrap();
    site.attr("data-hydrated").await.unwrap().as_deref() == Some("true")
}

async fn search_for_brasil_and_open_brazil(client: Client, base: String, javascript: bool) {
    client.goto(&format!("{base}/")).await.unwrap();
    if javascript {
        wait_for_hydration(&client).await;
    }
    let search = client.find(Locator::Css("input[type='search'][name='q']")).await.unwrap();
    search.send_keys("Brasil").await.unwrap();
    click(&client, Locator::XPath("//form[@role='search']//button[normalize-space()='Search']")).await;

    let brazil = client.wait().at_most(PATIENCE).for_element(Locator::LinkText("Brazil")).await.unwrap();
    let url = client.current_url().await.unwrap();
    assert_eq!(url.path(), "/nsbs");
    assert_eq!(url.query(), Some("q=Brasil"), "the result URL can be shared");
    if javascript {
        wait_for_hydration(&client).await;
    } else {
        tokio::time::sleep(Duration::from_millis(300)).await;
        assert!(!page_is_hydrated(&client).await, "JavaScript is really off");
    }
    brazil.click().await.unwrap();

    let heading = client.wait().at_most(PATIENCE).for_element(Locator::Css("h1#card-heading")).await.unwrap();
    assert_eq!(heading.text().await.unwrap(), "Associação Brasileira de Normas Técnicas");
    assert_eq!(client.current_url().await.unwrap().path(), "/nsbs/BR");
    let email = client.find(Locator::Css("a[href^='mailto:']")).await.unwrap();
    assert!(email.text().await.unwrap().contains('@'));
    client.find(Locator::LinkText("Download vCard")).await.unwrap();
    let copy = client.find(Locator::Css("button.copy-contact")).await.unwrap();
    assert_eq!(copy.is_displayed().await.unwrap(), javascript, "copy needs JavaScript; without it the vCard serves");
    assert!(client.title().await.unwrap().contains("ABNT"));
}

async fn arabic_is_right_to_left(client: Client, base: String) {
    client.goto(&format!("{base}/nsbs/BR?lang=ar")).await.unwrap();
    let html = client.find(Locator::Css("html")).await.unwrap();
    assert_eq!(html.attr("dir").await.unwrap().as_deref(), Some("rtl"));
    assert_eq!(html.attr("lang").await.unwrap().as_deref(), Some("ar"));
    // The choice sticks: the next page without ?lang= is still Arabic.
    client.goto(&format!("{base}/nsbs")).await.unwrap();
    let html = client.find(Locator::Css("html")).await.unwrap();
    assert_eq!(html.attr("dir").await.unwrap().as_deref(), Some("rtl"));
    client.find(Locator::LinkText("البرازيل")).await.unwrap();
}

/// The header's one language menu: closed it is a single button naming the language in
/// itself; opened, every language named in itself; choosing one reloads the page in it.
async fn language_menu_switches_the_page(client: Client, base: String, javascript: bool) {
    client.goto(&format!("{base}/nsbs/BR?lang=en")).await.unwrap();
    let summary = client.wait().at_most(PATIENCE).for_element(Locator::Css(".language-menu > summary")).await.unwrap();
    if javascript {
        wait_for_hydration(&client).await;
    }
    assert!(summary.text().await.unwrap().contains("English"));
    let french = client.find(Locator::Css(".language-menu a[hreflang='fr']")).await.unwrap();
    assert!(!french.is_displayed().await.unwrap(), "closed, the menu takes one line");
    summary.click().await.unwrap();
    assert!(french.is_displayed().await.unwrap());
    assert_eq!(french.text().await.unwrap(), "Français");
    french.click().await.unwrap();
    assert!(
        eventually(|| async {
            client.find(Locator::Css("html")).await.unwrap().attr("lang").await.unwrap().as_deref() == Some("fr")
        })
        .await,
        "the page in French"
    );
    assert!(client.current_url().await.unwrap().path() == "/nsbs/BR", "the same page");
    let summary = client.find(Locator::Css(".language-menu > summary")).await.unwrap();
    assert!(summary.text().await.unwrap().contains("Français"));
}

#[tokio::test]
async fn language_menu_without_javascript() {
    in_browser(false, |client, base| language_menu_switches_the_page(client, base, false)).await;
}

#[tokio::test]
async fn language_menu_hydrated() {
    in_browser(true, |client, base| language_menu_switches_the_page(client, base, true)).await;
}

/// On a 320 px phone no page scrolls sideways, in English and in Arabic (tables scroll
/// inside their own box), and the composer shows the letter before the writer's details.
async fn narrow_screens(client: Client, base: String, javascript: bool) {
    client.set_window_size(320, 800).await.unwrap();
    let pages = [
        "/",
        "/nsbs",
        "/nsbs/BR",
        "/standards/iso-20400",
        "/reviews",
        "/reviews/iso-20400-2022",
        "/letters/new?nsb=DE&purpose=translate",
        "/open-letters",
        "/open-letters/iso-20400-next-review",
    ];
    for lang in ["en", "ar"] {
        for page in pages {
            let separator = if page.contains('?') { '&' } else { '?' };
            client.goto(&format!("{base}{page}{separator}lang={lang}")).await.unwrap();
            client.wait().at_most(PATIENCE).for_element(Locator::Css("main h1")).await.unwrap();
            if javascript {
                wait_for_hydration(&client).await;
            }
            let widths = client
                .execute("return [document.documentElement.scrollWidth, window.innerWidth];", vec![])
                .await
                .unwrap();
            let (scroll, inner) = (widths[0].as_f64().unwrap(), widths[1].as_f64().unwrap());
            assert!(inner <= 320.0, "the window is a phone's ({inner} px)");
            assert!(scroll <= inner, "{page} in {lang} is {scroll} px wide in a {inner} px window");
        }
    }
    client.set_window_size(390, 800).await.unwrap();
    client.goto(&format!("{base}/letters/new?nsb=DE&purpose=translate&lang=en")).await.unwrap();
    client.wait().at_most(PATIENCE).for_element(Locator::Css("form.letter-form")).await.unwrap();
    let order = client
        .execute(
            "const top = (s) => document.querySelector(s).getBoundingClientRect().top; \
             return [top('.letter-preview'), top('form.letter-form')];",
            vec![],
        )
        .await
        .unwrap();
    assert!(order[0].as_f64() < order[1].as_f64(), "on a phone the letter comes first: {order}");
}

#[tokio::test]
async fn narrow_screens_without_javascript() {
    in_browser(false, |client, base| narrow_screens(client, base, false)).await;
}

#[tokio::test]
async fn narrow_screens_hydrated() {
    in_browser(true, |client, base| narrow_screens(client, base, true)).await;
}

async fn unknown_code_gives_the_404_page(client: Client, base: String) {
    client.goto(&format!("{base}/nsbs/XX")).await.unwrap();
    let heading = client.wait().at_most(PATIENCE).for_element(Locator::Css("h1")).await.unwrap();
    assert_eq!(heading.text().await.unwrap(), "Page not found");
    client.find(Locator::Css("main a[href='/nsbs']")).await.unwrap().click().await.unwrap();
    client.wait().at_most(PATIENCE).for_element(Locator::LinkText("Brazil")).await.unwrap();
}

#[tokio::test]
async fn search_and_open_a_card_without_javascript() {
    in_browser(false, |client, base| search_for_brasil_and_open_brazil(client, base, false)).await;
}

#[tokio::test]
async fn search_and_open_a_card_hydrated() {
    in_browser(true, |client, base| search_for_brasil_and_open_brazil(client, base, true)).await;
}

#[tokio::test]
async fn live_filter_follows_typing_and_keeps_the_url_in_step() {
    in_browser(true, |client, base| async move {
        client.goto(&format!("{base}/nsbs")).await.unwrap();
        wait_for_hydration(&client).await;
        let rows = client.find_all(Locator::Css("table.directory tbody tr")).await.unwrap();
        assert_eq!(rows.len(), 172);
        // A marker on window survives only if the page is not reloaded.
        client.execute("window.quorumMarker = 42;", vec![]).await.unwrap();

        let search = client.find(Locator::Id("directory-search")).await.unwrap();
        search.send_keys("Brazl").await.unwrap();
        let row_count = || async { client.find_all(Locator::Css("table.directory tbody tr")).await.unwrap().len() };
        assert!(
            eventually(|| async { row_count().await == 1 }).await,
            "the list follows the search box without submitting"
        );
        let rows = client.find_all(Locator::Css("table.directory tbody tr")).await.unwrap();
        assert!(rows[0].text().await.unwrap().contains("Brazil"), "a typo still finds Brazil");
        let url = client.current_url().await.unwrap();
        assert_eq!(url.query(), Some("q=Brazl"), "the URL stays in step");
        let marker = client.execute("return window.quorumMarker;", vec![]).await.unwrap();
        assert_eq!(marker, json!(42), "filtered in place, not by reloading");

        // Choosing a category applies at once, too.
        search.clear().await.unwrap();
        search.send_keys("a").await.unwrap();
        click(&client, Locator::Css("#directory-category option[value='subscriber']")).await;
        let url_has_category =
            || async { client.current_url().await.unwrap().query().is_some_and(|q| q.contains("category=subscriber")) };
        assert!(eventually(url_has_category).await, "the category applies without submitting");
    })
    .await;
}

#[tokio::test]
async fn arabic_page_is_rtl_without_javascript() {
    in_browser(false, arabic_is_right_to_left).await;
}

#[tokio::test]
async fn arabic_page_is_rtl_hydrated() {
    in_browser(true, arabic_is_right_to_left).await;
}

#[tokio::test]
async fn unknown_code_404_without_javascript() {
    in_browser(false, unknown_code_gives_the_404_page).await;
}

#[tokio::test]
async fn unknown_code_404_hydrated() {
    in_browser(true, unknown_code_gives_the_404_page).await;
}

/// Decodes `%XX` escapes (UTF-8), for reading a `mailto:` link back.
fn percent_decode(value: &str) -> String {
    let bytes = value.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%'
            && i + 2 < bytes.len()
            && let Ok(byte) = u8::from_str_radix(&value[i + 1..i + 3], 16)
        {
            out.push(byte);
            i += 3;
            continue;
        }
        out.push(bytes[i]);
        i += 1;
    }
    String::from_utf8(out).unwrap()
}

async fn letter_text(client: &Client) -> String {
    match client.find(Locator::Css("article.letter")).await {
        Ok(article) => article.text().await.unwrap_or_default(),
        Err(_) => String::new(),
    }
}

#[tokio::test]
async fn portuguese_review_letter_for_brazil_with_live_preview_and_mailto() {
    in_browser(true, |client, base| async move {
        client.goto(&format!("{base}/nsbs/BR")).await.unwrap();
        wait_for_hydration(&client).await;
        click(&client, Locator::Id("write-letter")).await;
        client.wait().at_most(PATIENCE).for_element(Locator::Css("form.letter-form")).await.unwrap();
        wait_for_hydration(&client).await;
        client.execute("window.quorumMarker = 7;", vec![]).await.unwrap();

        click(&client, Locator::Id("purpose-review")).await;
        click(&client, Locator::Css("#letter-lang option[value='pt']")).await;
        client.find(Locator::Id("letter-sender_name")).await.unwrap().send_keys("Ana Souza").await.unwrap();
        client.find(Locator::Id("letter-city")).await.unwrap().send_keys("Recife").await.unwrap();
        assert!(
            eventually(|| async { letter_text(&client).await.contains("Ana Souza") }).await,
            "the preview follows typing without submitting"
        );
        let text = letter_text(&client).await;
        assert!(text.contains("Prezado") && text.contains("análise sistemática"), "{text}");
        let marker = client.execute("return window.quorumMarker;", vec![]).await.unwrap();
        assert_eq!(marker, json!(7), "updated in place, not by reloading");

        let article = client.find(Locator::Css("article.letter")).await.unwrap();
        assert_eq!(article.attr("lang").await.unwrap().as_deref(), Some("pt"));
        let href = client.find(Locator::Id("letter-mailto")).await.unwrap().attr("href").await.unwrap().unwrap();
        assert!(href.starts_with("mailto:") && href.contains("@abnt.org.br?subject="), "{href}");
        assert!(!href.contains(' ') && !href.contains('\n'), "encoded: {href}");
        let (_, query) = href.split_once('?').unwrap();
        let (subject, body) = query.split_once("&body=").unwrap();
        assert!(percent_decode(subject.trim_start_matches("subject=")).contains("ISO 20400"));
        let body = percent_decode(body);
        assert!(body.contains("Ana Souza\r\n") && body.contains("Recife") && body.contains("Prezado"), "{body}");
        assert!(!body.contains('\u{2068}') && !body.contains('\u{2069}'), "no isolation marks");
        // Portuguese with the Latin script stays well under mail clients' limits.
        let warned = client.find(Locator::Id("letter-mailto-warning")).await.is_ok();
        assert_eq!(warned, href.chars().count() > 2000, "a warning exactly when the link is too long");
    })
    .await;
}

#[tokio::test]
async fn composer_works_without_javascript() {
    in_browser(false, |client, base| async move {
        client.goto(&format!("{base}/letters/new")).await.unwrap();
        click(&client, Locator::Css("#letter-nsb option[value='BR']")).await;
        click(&client, Locator::Id("purpose-review")).await;
        client.find(Locator::Id("letter-sender_name")).await.unwrap().send_keys("Ana Souza").await.unwrap();
        click(&client, Locator::Css("#letter-lang option[value='pt']")).await;
        click(&client, Locator::Css("form.letter-form button[type='submit']")).await;
        client.wait().at_most(PATIENCE).for_element(Locator::Css("article.letter[lang='pt']")).await.unwrap();
        assert!(!page_is_hydrated(&client).await, "JavaScript is really off");
        let text = letter_text(&client).await;
        assert!(text.contains("Ana Souza") && text.contains("ISO 20400:2017"), "{text}");
        let url = client.current_url().await.unwrap();
        assert_eq!(url.path(), "/letters/new");
        let href = client.find(Locator::Id("letter-mailto")).await.unwrap().attr("href").await.unwrap().unwrap();
        assert!(href.starts_with("mailto:"));
        // The form keeps what was chosen.
        let selected = client.find(Locator::Css("#letter-lang option[selected]")).await.unwrap();
        assert_eq!(selected.attr("value").await.unwrap().as_deref(), Some("pt"));
        client.find(Locator::Id("letter-download")).await.unwrap();
        client.find(Locator::Id("letter-print")).await.unwrap();
    })
    .await;
}

/// The writer's details never enter the address bar, the history or a request line
/// unless they ask for a link: the composer, the live preview, printing and the way back.
async fn composer_keeps_details_out_of_addresses(client: Client, base: String, javascript: bool) {
    let secrets = ["Zelda", "Quux", "Xanadu", "paragraph", "zelda"];
    let clean = |text: &str| !secrets.iter().any(|s| text.contains(s));
    let address_is_clean = || async {
        let href = client.execute("return location.href + ' ' + history.length;", vec![]).await.unwrap();
        let href = href.as_str().unwrap_or_default().to_string();
        assert!(clean(&href), "the address bar holds a detail: {href}");
    };
    client.goto(&format!("{base}/letters/new?nsb=BR")).await.unwrap();
    if javascript {
        wait_for_hydration(&client).await;
    }
    click(&client, Locator::Css("#letter-lang option[value='pt']")).await;
    for (id, text) in
        [("letter-sender_name", "Zelda Quux"), ("letter-city", "Xanadu"), ("letter-email", "zelda@example.org")]
    {
        for chunk in [&text[..3], &text[3..]] {
            client.find(Locator::Id(id)).await.unwrap().send_keys(chunk).await.unwrap();
            address_is_clean().await;
        }
    }
    client.find(Locator::Id("letter-personal")).await.unwrap().send_keys("My own paragraph.").await.unwrap();
    if javascript {
        assert!(
            eventually(|| async { letter_text(&client).await.contains("My own paragraph.") }).await,
            "the live preview shows what was typed"
        );
    } else {
        click(&client, Locator::Css("form.letter-form button[type='submit']")).await;
    }
    client.wait().at_most(PATIENCE).for_element(Locator::Css("article.letter[lang='pt']")).await.unwrap();
    assert!(eventually(|| async { letter_text(&client).await.contains("Zelda Quux") }).await);
    address_is_clean().await;
    if javascript {
        let url = client.current_url().await.unwrap();
        assert!(url.as_str().contains("nsb=BR") && url.as_str().contains("letter_lang=pt"), "the choices stay: {url}");
    }

    // Printing, and back to the composer.
    click(&client, Locator::Id("letter-print")).await;
    let printed = client.wait().at_most(PATIENCE).for_element(Locator::Css("article.printed-letter")).await.unwrap();
    assert!(printed.text().await.unwrap().contains("Zelda Quux"));
    address_is_clean().await;
    click(&client, Locator::Id("letter-print-back")).await;
    let name = client.wait().at_most(PATIENCE).for_element(Locator::Id("letter-sender_name")).await.unwrap();
    assert_eq!(name.prop("value").await.unwrap().as_deref(), Some("Zelda Quux"), "the way back keeps the details");
    address_is_clean().await;

    let port = base.rsplit(':').next().unwrap().to_string();
    let lines = REQUEST_LINES.lock().unwrap().clone();
    assert!(lines.iter().any(|l| l.starts_with("POST /letters/print")), "{lines:?}");
    let leaked: Vec<&String> = lines.iter().filter(|l| !clean(l)).collect();
    assert!(leaked.is_empty(), "request lines with a detail (port {port}): {leaked:?}");
}

#[tokio::test]
async fn composer_keeps_details_out_of_addresses_without_javascript() {
    in_browser(false, |client, base| composer_keeps_details_out_of_addresses(client, base, false)).await;
}

#[tokio::test]
async fn composer_keeps_details_out_of_addresses_hydrated() {
    in_browser(true, |client, base| composer_keeps_details_out_of_addresses(client, base, true)).await;
}

#[tokio::test]
async fn arabic_letter_renders_right_to_left() {
    in_browser(true, |client, base| async move {
        client.goto(&format!("{base}/letters/new?nsb=EG&letter_lang=ar&second_lang=en")).await.unwrap();
        wait_for_hydration(&client).await;
        let direction = |selector: &'static str| {
            let client = client.clone();
            async move {
                let script = format!("return getComputedStyle(document.querySelector(\"{selector}\")).direction;");
                client.execute(&script, vec![]).await.unwrap()
            }
        };
        assert_eq!(direction("article.letter[lang='ar']").await, json!("rtl"));
        assert_eq!(direction("article.letter[lang='en']").await, json!("ltr"));
        let text = client.find(Locator::Css("article.letter[lang='ar']")).await.unwrap().text().await.unwrap();
        assert!(text.contains("مصر") || text.contains("ISO 20400"), "{text}");
    })
    .await;
}

#[tokio::test]
async fn chinese_and_english_print_page_side_by_side() {
    in_browser(false, |client, base| async move {
        let uri = "/letters/print?nsb=CN&purpose=review&letter_lang=zh-Hans&second_lang=en&sender_name=%E7%8E%8B%E5%B0%8F%E6%98%8E&city=Beijing";
        client.goto(&format!("{base}{uri}")).await.unwrap();
        let chinese = client.wait().at_most(PATIENCE).for_element(Locator::Css("article.printed-letter[lang='zh-Hans']")).await.unwrap();
        let english = client.find(Locator::Css("article.printed-letter[lang='en']")).await.unwrap();
        let (cx, _, cw, _) = chinese.rectangle().await.unwrap();
        let (ex, _, _, _) = english.rectangle().await.unwrap();
        assert!(ex >= cx + cw - 1.0, "side by side: Chinese at {cx}+{cw}, English at {ex}");
        let text = chinese.text().await.unwrap();
        assert!(text.contains("王小明") && text.contains("ISO 20400:2017"), "{text}");
        assert!(english.text().await.unwrap().contains("Dear Sir or Madam"));
        let print_button = client.find(Locator::Id("letter-print-now")).await.unwrap();
        assert!(!print_button.is_displayed().await.unwrap(), "the print button needs JavaScript");
        let shots = workspace_root().join("target/screenshots");
        std::fs::create_dir_all(&shots).unwrap();
        std::fs::write(shots.join("print-zh-Hans-en.png"), client.screenshot().await.unwrap()).unwrap();
    })
    .await;
}

/// Starts Quorum with a coordinator account, signs in through the page, signs out.
async fn sign_in_and_out(client: Client, base: String, javascript: bool) {
    // `start_quorum` created the coordinator account ana@example.org.
    client.goto(&format!("{base}/signin")).await.unwrap();
    if javascript {
        wait_for_hydration(&client).await;
    }
    client.find(Locator::Id("signin-email")).await.unwrap().send_keys("ana@example.org").await.unwrap();
    client.find(Locator::Id("signin-password")).await.unwrap().send_keys("wrong password").await.unwrap();
    click(&client, Locator::Css("form.auth-form button[type='submit']")).await;
    let error = client.wait().at_most(PATIENCE).for_element(Locator::Css("#signin-error:not([hidden])")).await.unwrap();
    assert_eq!(error.text().await.unwrap(), "The e-mail address or the password is not right.");

    client.goto(&format!("{base}/signin")).await.unwrap();
    if javascript {
        wait_for_hydration(&client).await;
    }
    client.find(Locator::Id("signin-email")).await.unwrap().send_keys("ana@example.org").await.unwrap();
    client.find(Locator::Id("signin-password")).await.unwrap().send_keys(BROWSER_PASSWORD).await.unwrap();
    click(&client, Locator::Css("form.auth-form button[type='submit']")).await;
    client.wait().at_most(PATIENCE).for_element(Locator::Id("sign-out")).await.unwrap();
    assert_eq!(client.current_url().await.unwrap().path(), "/account");
    let body = client.find(Locator::Css("main")).await.unwrap().text().await.unwrap();
    assert!(body.contains("ana@example.org (coordinator)"), "{body}");

    click(&client, Locator::Id("sign-out")).await;
    assert!(eventually(|| async { client.current_url().await.is_ok_and(|u| u.path() == "/") }).await, "back home");
    client.goto(&format!("{base}/account")).await.unwrap();
    client.wait().at_most(PATIENCE).for_element(Locator::Css("main a[href='/signin']")).await.unwrap();
}

const BROWSER_PASSWORD: &str = "correct horse battery";

#[tokio::test]
async fn coordinator_signs_in_and_out_without_javascript() {
    in_browser(false, |client, base| sign_in_and_out(client, base, false)).await;
}

#[tokio::test]
async fn coordinator_signs_in_and_out_hydrated() {
    in_browser(true, |client, base| sign_in_and_out(client, base, true)).await;
}

async fn sign_in_as_ana(client: &Client, base: &str, javascript: bool) {
    client.goto(&format!("{base}/signin")).await.unwrap();
    if javascript {
        wait_for_hydration(client).await;
    }
    client.find(Locator::Id("signin-email")).await.unwrap().send_keys("ana@example.org").await.unwrap();
    client.find(Locator::Id("signin-password")).await.unwrap().send_keys(BROWSER_PASSWORD).await.unwrap();
    click(client, Locator::Css("form.auth-form button[type='submit']")).await;
    client.wait().at_most(PATIENCE).for_element(Locator::Id("sign-out")).await.unwrap();
}

async fn edit_a_record(client: Client, base: String, javascript: bool) {
    sign_in_as_ana(&client, &base, javascript).await;
    client.goto(&format!("{base}/nsbs/BR")).await.unwrap();
    if javascript {
        wait_for_hydration(&client).await;
    }
    let edit = client.wait().at_most(PATIENCE).for_element(Locator::Id("edit-record")).await.unwrap();
    edit.click().await.unwrap();
    let email = client.wait().at_most(PATIENCE).for_element(Locator::Id("edit-email")).await.unwrap();
    if javascript {
        wait_for_hydration(&client).await;
    }
    email.clear().await.unwrap();
    email.send_keys("atendimento@abnt.org.br").await.unwrap();
    client.find(Locator::Id("edit-source")).await.unwrap().send_keys("ABNT contact page").await.unwrap();
    client.find(Locator::Id("edit-as-of")).await.unwrap().send_keys("2026-11-20").await.unwrap();
    click(&client, Locator::Css("form.edit-form button[type='submit']")).await;

    assert!(
        eventually(|| async { client.current_url().await.is_ok_and(|u| u.path() == "/nsbs/BR") }).await,
        "back on the body page"
    );
    client.wait().at_most(PATIENCE).for_element(Locator::Css("ul.history li.history-entry")).await.unwrap();
    let card = client.find(Locator::Css("main")).await.unwrap().text().await.unwrap();
    assert!(card.contains("atendimento@abnt.org.br"), "{card}");
    assert!(card.contains("Source: ABNT contact page (official), as of November 20, 2026"), "{card}");
    let entry = client.find(Locator::Css("ul.history li.history-entry")).await.unwrap().text().await.unwrap();
    assert!(entry.contains("→ atendimento@abnt.org.br") && entry.contains("ana@example.org"), "{entry}");
}

#[tokio::test]
async fn coordinator_edits_a_record_without_javascript() {
    in_browser(false, |client, base| edit_a_record(client, base, false)).await;
}

#[tokio::test]
async fn coordinator_edits_a_record_hydrated() {
    in_browser(true, |client, base| edit_a_record(client, base, true)).await;
}

/// The issue's story: a member of the public reports a correction, a coordinator accepts
/// it, and the page shows the new value with its source and a history entry.
async fn correction_from_the_public_to_the_record(client: Client, base: String, javascript: bool) {
    client.goto(&format!("{base}/nsbs/BR")).await.unwrap();
    if javascript {
        wait_for_hydration(&client).await;
    }
    click(&client, Locator::Css("#report summary")).await;
    click(&client, Locator::Css("#report-field option[value='phone']")).await;
    client.find(Locator::Id("report-value")).await.unwrap().send_keys("+55 11 3017-3600").await.unwrap();
    client.find(Locator::Id("report-source")).await.unwrap().send_keys("abnt.org.br, Fale conosco").await.unwrap();
    click(&client, Locator::Css("form.report-form button[type='submit']")).await;
    client.wait().at_most(PATIENCE).for_element(Locator::Css("#report .notice:not([hidden])")).await.unwrap();

    sign_in_as_ana(&client, &base, javascript).await;
    click(&client, Locator::Id("open-corrections")).await;
    let accept =
        client.wait().at_most(PATIENCE).for_element(Locator::Css("li.correction button.accept")).await.unwrap();
    if javascript {
        wait_for_hydration(&client).await;
    }
    let item = client.find(Locator::Css("li.correction")).await.unwrap().text().await.unwrap();
    assert!(item.contains("+55 11 3017-3600") && item.contains("abnt.org.br, Fale conosco"), "{item}");
    accept.click().await.unwrap();
    client.wait().at_most(PATIENCE).for_element(Locator::Css("main .notice:not([hidden])")).await.unwrap();
    assert!(
        eventually(|| async { client.find(Locator::Css("li.correction")).await.is_err() }).await,
        "the queue is empty"
    );

    client.goto(&format!("{base}/nsbs/BR")).await.unwrap();
    client.wait().at_most(PATIENCE).for_element(Locator::Css("ul.history li.history-entry")).await.unwrap();
    let main = client.find(Locator::Css("main")).await.unwrap().text().await.unwrap();
    assert!(main.contains("+55 11 3017-3600") && main.contains("Source: abnt.org.br, Fale conosco"), "{main}");
    let entry = client.find(Locator::Css("ul.history li.history-entry")).await.unwrap().text().await.unwrap();
    assert!(entry.contains("→ +55 11 3017-3600"), "{entry}");
}

#[tokio::test]
async fn public_correction_accepted_without_javascript() {
    in_browser(false, |client, base| correction_from_the_public_to_the_record(client, base, false)).await;
}

#[tokio::test]
async fn public_correction_accepted_hydrated() {
    in_browser(true, |client, base| correction_from_the_public_to_the_record(client, base, true)).await;
}

/// An advocate finds the standard from the header, reads the map, filters, shares the
/// filtered URL and opens a country from the map.
async fn standard_page_map_and_filters(client: Client, base: String, javascript: bool) {
    client.goto(&format!("{base}/")).await.unwrap();
    click(&client, Locator::Css("nav a[href='/standards']")).await;
    let link = client.wait().at_most(PATIENCE).for_element(Locator::LinkText("ISO 20400:2017")).await.unwrap();
    link.click().await.unwrap();
    let brazil =
        client.wait().at_most(PATIENCE).for_element(Locator::Css("svg.world-map a[data-code='BR']")).await.unwrap();
    if javascript {
        wait_for_hydration(&client).await;
    } else {
        assert!(!page_is_hydrated(&client).await, "JavaScript is really off");
    }
    assert_eq!(brazil.attr("class").await.unwrap().as_deref(), Some("status-in-progress"));
    let main = client.find(Locator::Css("main")).await.unwrap().text().await.unwrap();
    assert!(main.contains("172 of 172 bodies match"), "{main}");
    if javascript {
        // Hydrated, the status of the country under the pointer or focus is spelled out.
        client.execute("document.querySelector(\"svg.world-map a[data-code='BR']\").focus()", vec![]).await.unwrap();
        let readout = client.find(Locator::Css(".map-readout")).await.unwrap();
        assert!(
            eventually(|| async { readout.text().await.is_ok_and(|t| t == "Brazil: Adoption in progress") }).await,
            "focus readout"
        );
    }

    // Filter with the form: the URL holds the filter, the map and the table follow.
    click(&client, Locator::Css("#filter-status option[value='in-progress']")).await;
    click(&client, Locator::Css("form.filters button[type='submit']")).await;
    assert!(
        eventually(|| async {
            client.current_url().await.is_ok_and(|u| u.query().is_some_and(|q| q.starts_with("status=in-progress")))
        })
        .await,
        "the filter is in the URL: {:?}",
        client.current_url().await.map(|u| u.to_string())
    );
    let count = client.wait().at_most(PATIENCE).for_element(Locator::Css("p.count")).await.unwrap();
    assert!(count.text().await.unwrap().contains("1 of 172 bodies match"));
    let rows = client.find_all(Locator::Css("table.adoptions tbody tr")).await.unwrap();
    assert_eq!(rows.len(), 1);
    let gb = client.find(Locator::Css("svg.world-map a[data-code='GB']")).await.unwrap();
    assert_eq!(gb.attr("class").await.unwrap().as_deref(), Some("status-adopted muted"));

    // A shared URL: adoptions only, sorted Z to A.
    client.goto(&format!("{base}/standards/iso-20400?status=adopted-any&sort=-country")).await.unwrap();
    let first =
        client.wait().at_most(PATIENCE).for_element(Locator::Css("table.adoptions tbody tr th a")).await.unwrap();
    assert_eq!(first.text().await.unwrap(), "United Kingdom");
    let rows = client.find_all(Locator::Css("table.adoptions tbody tr")).await.unwrap();
    assert_eq!(rows.len(), 4);
    if javascript {
        wait_for_hydration(&client).await;
    }
    // A country on the map opens its body's page.
    click(&client, Locator::Css("svg.world-map a[data-code='BR'] path")).await;
    let heading = client.wait().at_most(PATIENCE).for_element(Locator::Css("h1#card-heading")).await.unwrap();
    assert_eq!(heading.text().await.unwrap(), "Associação Brasileira de Normas Técnicas");
    let standards = client.find(Locator::Css("section.body-standards")).await.unwrap().text().await.unwrap();
    assert!(standards.contains("Adoption in progress") && standards.contains("ABNT NBR ISO 20400"), "{standards}");
}

#[tokio::test]
async fn standard_page_map_and_filters_without_javascript() {
    in_browser(false, |client, base| standard_page_map_and_filters(client, base, false)).await;
}

#[tokio::test]
async fn standard_page_map_and_filters_hydrated() {
    in_browser(true, |client, base| standard_page_map_and_filters(client, base, true)).await;
}

/// A coordinator records France's adoption; the map, the table and the history show it.
async fn coordinator_records_an_adoption(client: Client, base: String, javascript: bool) {
    sign_in_as_ana(&client, &base, javascript).await;
    client.goto(&format!("{base}/standards/iso-20400")).await.unwrap();
    let edit = client
        .wait()
        .at_most(PATIENCE)
        .for_element(Locator::Css("a[href='/standards/iso-20400/adoptions/edit?nsb=FR']"))
        .await
        .unwrap();
    edit.click().await.unwrap();
    client.wait().at_most(PATIENCE).for_element(Locator::Id("edit-status")).await.unwrap();
    if javascript {
        wait_for_hydration(&client).await;
    }
    click(&client, Locator::Css("#edit-status option[value='adopted']")).await;
    click(&client, Locator::Css("#edit-degree option[value='IDT']")).await;
    client.find(Locator::Id("edit-designation")).await.unwrap().send_keys("NF ISO 20400").await.unwrap();
    client.find(Locator::Id("edit-adopted_on")).await.unwrap().send_keys("2017-06").await.unwrap();
    client.find(Locator::Id("edit-source")).await.unwrap().send_keys("AFNOR catalogue").await.unwrap();
    client.find(Locator::Id("edit-as-of")).await.unwrap().send_keys("2026-11-28").await.unwrap();
    click(&client, Locator::Css("form.edit-form button[type='submit']")).await;

    assert!(
        eventually(|| async { client.current_url().await.is_ok_and(|u| u.path() == "/standards/iso-20400") }).await,
        "back on the standard page"
    );
    let france =
        client.wait().at_most(PATIENCE).for_element(Locator::Css("svg.world-map a[data-code='FR']")).await.unwrap();
    assert_eq!(france.attr("class").await.unwrap().as_deref(), Some("status-adopted-idt"));
    let table = client.find(Locator::Css("table.adoptions")).await.unwrap().text().await.unwrap();
    assert!(table.contains("NF ISO 20400") && table.contains("AFNOR catalogue"), "{table}");

    client.goto(&format!("{base}/standards/iso-20400/adoptions/edit?nsb=FR")).await.unwrap();
    let history = client.wait().at_most(PATIENCE).for_element(Locator::Css("ul.history")).await.unwrap();
    let history = history.text().await.unwrap();
    assert!(history.contains("unknown → IDT") && history.contains("ana@example.org"), "{history}");
}

#[tokio::test]
async fn coordinator_records_an_adoption_without_javascript() {
    in_browser(false, |client, base| coordinator_records_an_adoption(client, base, false)).await;
}

#[tokio::test]
async fn coordinator_records_an_adoption_hydrated() {
    in_browser(true, |client, base| coordinator_records_an_adoption(client, base, true)).await;
}

/// A coordinator opens ISO 20400's 2027 review from the reviews page and saves the cycle
/// form as the browser renders and posts it; the new review page shows the ballot.
async fn coordinator_opens_a_review_cycle(client: Client, base: String, javascript: bool) {
    sign_in_as_ana(&client, &base, javascript).await;
    client.goto(&format!("{base}/reviews")).await.unwrap();
    let year = client.wait().at_most(PATIENCE).for_element(Locator::Id("new-cycle-iso-20400")).await.unwrap();
    if javascript {
        wait_for_hydration(&client).await;
    }
    year.send_keys("2027").await.unwrap();
    click(&client, Locator::Css("form[action='/standards/iso-20400/reviews/edit'] button[type='submit']")).await;
    client.wait().at_most(PATIENCE).for_element(Locator::Id("edit-closes_on")).await.unwrap();
    assert!(client.current_url().await.unwrap().as_str().ends_with("/standards/iso-20400/reviews/edit?year=2027"));
    if javascript {
        wait_for_hydration(&client).await;
    }
    client.find(Locator::Id("edit-opens_on")).await.unwrap().send_keys("2027-03-01").await.unwrap();
    client.find(Locator::Id("edit-closes_on")).await.unwrap().send_keys("2027-06-30").await.unwrap();
    click(&client, Locator::Css("#edit-status option[value='open']")).await;
    client.find(Locator::Id("edit-source")).await.unwrap().send_keys("ISO/PC 277 secretariat").await.unwrap();
    client.find(Locator::Id("edit-as-of")).await.unwrap().send_keys("2026-11-25").await.unwrap();
    click(&client, Locator::Css("form.edit-form button[type='submit']")).await;

    assert!(
        eventually(|| async { client.current_url().await.is_ok_and(|u| u.path() == "/reviews/iso-20400-2027") }).await,
        "on the new review's page, not {:?}",
        client.current_url().await.map(|u| u.to_string())
    );
    let eyebrow = client.wait().at_most(PATIENCE).for_element(Locator::Css("main .eyebrow")).await.unwrap();
    assert_eq!(eyebrow.text().await.unwrap(), "Review 2027");
    assert!(
        eventually(|| async {
            client.source().await.is_ok_and(|page| page.contains("Ballot open") && page.contains("June 30, 2027"))
        })
        .await,
        "the ballot and its closing date"
    );

    // The same form, reopened, shows what was saved and edits it.
    client.goto(&format!("{base}/standards/iso-20400/reviews/edit?year=2027")).await.unwrap();
    let closes = client.wait().at_most(PATIENCE).for_element(Locator::Id("edit-closes_on")).await.unwrap();
    assert_eq!(closes.prop("value").await.unwrap().as_deref(), Some("2027-06-30"));
    if javascript {
        wait_for_hydration(&client).await;
    }
    closes.clear().await.unwrap();
    closes.send_keys("2027-07-15").await.unwrap();
    client.find(Locator::Id("edit-source")).await.unwrap().send_keys("ISO/PC 277 resolution").await.unwrap();
    client.find(Locator::Id("edit-as-of")).await.unwrap().send_keys("2026-11-26").await.unwrap();
    click(&client, Locator::Css("form.edit-form button[type='submit']")).await;
    assert!(
        eventually(|| async { client.source().await.is_ok_and(|page| page.contains("July 15, 2027")) }).await,
        "the new closing date"
    );
}

#[tokio::test]
async fn coordinator_opens_a_review_cycle_without_javascript() {
    in_browser(false, |client, base| coordinator_opens_a_review_cycle(client, base, false)).await;
}

#[tokio::test]
async fn coordinator_opens_a_review_cycle_hydrated() {
    in_browser(true, |client, base| coordinator_opens_a_review_cycle(client, base, true)).await;
}

/// A coordinator's first look at a review: from the header to its outcome and the map,
/// and on to a body's review history.
async fn review_page_from_the_header(client: Client, base: String, javascript: bool) {
    client.goto(&format!("{base}/")).await.unwrap();
    if javascript {
        wait_for_hydration(&client).await;
    }
    click(&client, Locator::Css("nav a[href='/reviews']")).await;
    let link = client
        .wait()
        .at_most(PATIENCE)
        .for_element(Locator::Css("main a[href='/reviews/iso-20400-2022']"))
        .await
        .unwrap();
    link.click().await.unwrap();
    let outcome = client.wait().at_most(PATIENCE).for_element(Locator::Css(".projected-outcome")).await.unwrap();
    // Decided in 2023: the outcome, not a projection.
    assert_eq!(outcome.text().await.unwrap(), "Confirmed (stage 90.93), April 5, 2023");
    let main = client.find(Locator::Css("main")).await.unwrap().text().await.unwrap();
    assert!(main.contains("This review is decided.") && !main.contains("Projected outcome"), "{main}");
    // Drawn on the server, or fetched when the page was drawn in the browser.
    let france =
        client.wait().at_most(PATIENCE).for_element(Locator::Css("svg.world-map a[data-code='FR']")).await.unwrap();
    assert_eq!(france.attr("class").await.unwrap().as_deref(), Some("position-revise"));
    if !javascript {
        assert!(!page_is_hydrated(&client).await, "JavaScript is really off");
    }
    // (France's shape includes French Guiana: its centre is in the ocean. Australia's is not.)
    click(&client, Locator::Css("svg.world-map a[data-code='AU'] path")).await;
    let history = client.wait().at_most(PATIENCE).for_element(Locator::Css("section.body-reviews")).await.unwrap();
    assert!(history.text().await.unwrap().contains("November 2022: Revise (Vote cast)"));
}

#[tokio::test]
async fn review_page_without_javascript() {
    in_browser(false, |client, base| review_page_from_the_header(client, base, false)).await;
}

#[tokio::test]
async fn review_page_hydrated() {
    in_browser(true, |client, base| review_page_from_the_header(client, base, true)).await;
}

/// France, Germany and the United Kingdom are P-members; a fifth adoption lifts usage to
/// the threshold, so the votes decide; the 2022 review is reopened (a decided review shows
/// its outcome, not a projection).
const THREE_P_MEMBERS: [&str; 5] = [
    "UPDATE review_cycle SET status = 'open', outcome = NULL, stage = NULL, decided_on = NULL, closes_on = '2099-01-31' WHERE id = 'iso-20400-2022'",
    "INSERT INTO committee_member (committee_id, alpha2, membership, source, as_of) VALUES ('iso-pc-277', 'FR', 'P', 'test', '2026-11')",
    "INSERT INTO committee_member (committee_id, alpha2, membership, source, as_of) VALUES ('iso-pc-277', 'DE', 'P', 'test', '2026-11')",
    "INSERT INTO committee_member (committee_id, alpha2, membership, source, as_of) VALUES ('iso-pc-277', 'GB', 'P', 'test', '2026-11')",
    "INSERT INTO adoption (standard_id, alpha2, status, source) VALUES ('iso-20400', 'JP', 'adopted', 'test')",
];

async fn projected_outcome(client: &Client) -> String {
    let outcome = client.wait().at_most(PATIENCE).for_element(Locator::Css(".projected-outcome")).await.unwrap();
    outcome.text().await.unwrap()
}

async fn swing_list(client: &Client) -> String {
    client.find(Locator::Css("main")).await.unwrap().text().await.unwrap()
}

async fn record(client: &Client, base: &str, code: &str, javascript: bool) {
    client.goto(&format!("{base}/reviews/iso-20400-2022")).await.unwrap();
    let link = format!("a[href='/reviews/iso-20400-2022/positions/edit?nsb={code}']");
    client.wait().at_most(PATIENCE).for_element(Locator::Css(&link)).await.unwrap().click().await.unwrap();
    client.wait().at_most(PATIENCE).for_element(Locator::Id("position-position")).await.unwrap();
    if javascript {
        wait_for_hydration(client).await;
    }
    click(client, Locator::Css("#position-position option[value='confirm']")).await;
    click(client, Locator::Css("#position-kind option[value='vote']")).await;
    client.find(Locator::Id("edit-source")).await.unwrap().send_keys("Committee minutes").await.unwrap();
    client.find(Locator::Id("edit-as-of")).await.unwrap().send_keys("2022-12-01").await.unwrap();
    click(client, Locator::Css("form.edit-form button[type='submit']")).await;
    assert!(
        eventually(|| async { client.current_url().await.is_ok_and(|u| u.path() == "/reviews/iso-20400-2022") }).await,
        "back on the review page"
    );
    client
        .wait()
        .at_most(PATIENCE)
        .for_element(Locator::Css("main .notice[role='status']:not([hidden])"))
        .await
        .unwrap();
}

/// The issue's story: a coordinator records two positions, and the projected outcome and
/// the swing list change on the page.
async fn two_positions_change_the_projection(client: Client, base: String, javascript: bool) {
    sign_in_as_ana(&client, &base, javascript).await;
    client.goto(&format!("{base}/reviews/iso-20400-2022")).await.unwrap();
    let unknown = "Not enough records to project an outcome";
    assert_eq!(projected_outcome(&client).await, unknown, "France's revision, two P-members unknown");
    let before = swing_list(&client).await;
    assert!(before.contains("Germany") && before.contains("2 of 3 P-members have no recorded position"), "{before}");

    record(&client, &base, "DE", javascript).await;
    assert_eq!(projected_outcome(&client).await, unknown, "one each, and the United Kingdom could decide");
    record(&client, &base, "GB", javascript).await;
    assert_eq!(projected_outcome(&client).await, "Confirm");
    let swing = client.find(Locator::Css("ol.swing")).await.unwrap().text().await.unwrap();
    assert!(swing.contains("France") && !swing.contains("Germany") && !swing.contains("United Kingdom"), "{swing}");
}

#[tokio::test]
async fn coordinator_records_two_positions_without_javascript() {
    in_browser_with(false, &THREE_P_MEMBERS, |client, base| two_positions_change_the_projection(client, base, false))
        .await;
}

#[tokio::test]
async fn coordinator_records_two_positions_hydrated() {
    in_browser_with(true, &THREE_P_MEMBERS, |client, base| two_positions_change_the_projection(client, base, true))
        .await;
}

// ---- The advocacy pipeline and the dashboard ----

/// France's cell in a column of the review table.
async fn france_stage(client: &Client) -> String {
    let cell = Locator::XPath("//tr[th/a[@href='/nsbs/FR']]/td[contains(@class, 'stage')]");
    match client.find(cell).await {
        Ok(cell) => cell.text().await.unwrap_or_default(),
        Err(_) => String::new(),
    }
}

/// One click moves France along the pipeline (hydrated: without leaving the page), then
/// Ana takes France on, adds a note, and finds France among her bodies on the dashboard.
async fn pipeline_moves_and_dashboard(client: Client, base: String, javascript: bool) {
    sign_in_as_ana(&client, &base, javascript).await;
    client.goto(&format!("{base}/reviews/iso-20400-2022")).await.unwrap();
    client.wait().at_most(PATIENCE).for_element(Locator::Css("table.adoptions")).await.unwrap();
    if javascript {
        wait_for_hydration(&client).await;
        client.execute("window.quorumMarker = 'still here'; return null;", vec![]).await.unwrap();
    }
    assert_eq!(france_stage(&client).await, "Not contacted");
    for next in ["Contacted", "Replied"] {
        let button = format!("button[aria-label='Move France to “{next}”']");
        client.wait().at_most(PATIENCE).for_element(Locator::Css(&button)).await.unwrap().click().await.unwrap();
        assert!(eventually(|| async { france_stage(&client).await == next }).await, "France is {next}");
    }
    if javascript {
        let marker = client.execute("return window.quorumMarker || null;", vec![]).await.unwrap();
        assert_eq!(marker.as_str(), Some("still here"), "the moves happened without a page load");
    } else {
        let url = client.current_url().await.unwrap();
        assert_eq!((url.path(), url.query()), ("/reviews/iso-20400-2022", Some("moved=1")));
    }

    click(&client, Locator::Css("a[href='/reviews/iso-20400-2022/positions/edit?nsb=FR']")).await;
    client.wait().at_most(PATIENCE).for_element(Locator::Id("pipeline-owner")).await.unwrap();
    if javascript {
        wait_for_hydration(&client).await;
    }
    assert!(client.find(Locator::Css("#pipeline-stage option[value='replied']:checked")).await.is_ok());
    click(&client, Locator::XPath("//select[@id='pipeline-owner']/option[.='ana@example.org']")).await;
    click(&client, Locator::Css("#pipeline-form button[type='submit']")).await;
    client
        .wait()
        .at_most(PATIENCE)
        .for_element(Locator::XPath("//p[@role='status'][not(@hidden)][.='The pipeline was updated.']"))
        .await
        .unwrap();
    let note = "AFNOR will table the review at its December committee meeting.";
    client.wait().at_most(PATIENCE).for_element(Locator::Id("note-body")).await.unwrap().send_keys(note).await.unwrap();
    click(&client, Locator::Css("#note-form button[type='submit']")).await;
    assert!(
        eventually(|| async {
            client.find(Locator::Css("ul.notes")).await.is_ok()
                && client.source().await.is_ok_and(|html| html.contains(note))
        })
        .await,
        "the note is listed"
    );

    client.goto(&format!("{base}/coordinate")).await.unwrap();
    let mine =
        client.wait().at_most(PATIENCE).for_element(Locator::Css("#my-bodies-heading + div table")).await.unwrap();
    let text = mine.text().await.unwrap();
    assert!(text.contains("France") && text.contains("Replied"), "{text}");
}

/// The 2022 review with its ballot open again, so that the dashboard lists it.
const OPEN_BALLOT: [&str; 1] =
    ["UPDATE review_cycle SET status = 'open', outcome = NULL, closes_on = '2027-12-31' WHERE id = 'iso-20400-2022'"];

#[tokio::test]
async fn coordinator_moves_a_body_along_the_pipeline_without_javascript() {
    in_browser_with(false, &OPEN_BALLOT, |client, base| pipeline_moves_and_dashboard(client, base, false)).await;
}

#[tokio::test]
async fn coordinator_moves_a_body_along_the_pipeline_hydrated() {
    in_browser_with(true, &OPEN_BALLOT, |client, base| pipeline_moves_and_dashboard(client, base, true)).await;
}

// ---- Spreadsheet import ----

/// A coordinator uploads a CSV of contacts, reads the preview, imports it, and the body's
/// page shows the new value with its source.
async fn import_a_spreadsheet(client: Client, base: String, javascript: bool) {
    sign_in_as_ana(&client, &base, javascript).await;
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("contacts.csv");
    std::fs::write(
        &file,
        "alpha2,phone,source,as_of\nBR,+55 21 3974-2300,ABNT contact page,2026-11-20\nZZ,+1,x,2026-11-20\n",
    )
    .unwrap();
    client.goto(&format!("{base}/import")).await.unwrap();
    let input = client.wait().at_most(PATIENCE).for_element(Locator::Id("import-file-bodies")).await.unwrap();
    if javascript {
        wait_for_hydration(&client).await;
    }
    input.send_keys(file.to_str().unwrap()).await.unwrap();
    click(&client, Locator::XPath("//input[@id='import-file-bodies']/ancestor::form//button")).await;
    let counts = client.wait().at_most(PATIENCE).for_element(Locator::Css(".import-counts")).await.unwrap();
    let text = counts.text().await.unwrap();
    assert!(text.contains("1 row changes a record") && text.contains("1 row is refused"), "{text}");
    assert!(client.find(Locator::Id("confirm-import")).await.is_err(), "a refused row blocks the import");

    std::fs::write(&file, "alpha2,phone,source,as_of\nBR,+55 21 3974-2300,ABNT contact page,2026-11-20\n").unwrap();
    client.goto(&format!("{base}/import")).await.unwrap();
    let input = client.wait().at_most(PATIENCE).for_element(Locator::Id("import-file-bodies")).await.unwrap();
    if javascript {
        wait_for_hydration(&client).await;
    }
    input.send_keys(file.to_str().unwrap()).await.unwrap();
    click(&client, Locator::XPath("//input[@id='import-file-bodies']/ancestor::form//button")).await;
    let confirm = client.wait().at_most(PATIENCE).for_element(Locator::Css("#confirm-import button")).await.unwrap();
    if javascript {
        wait_for_hydration(&client).await;
    }
    assert_eq!(confirm.text().await.unwrap(), "Import 1 row");
    click(&client, Locator::Css("#confirm-import button")).await;
    let applied = client.wait().at_most(PATIENCE).for_element(Locator::Id("import-applied")).await.unwrap();
    assert!(applied.text().await.unwrap().starts_with("Imported on"));

    client.goto(&format!("{base}/nsbs/BR")).await.unwrap();
    let body = client.wait().at_most(PATIENCE).for_element(Locator::Css("main")).await.unwrap().text().await.unwrap();
    assert!(body.contains("+55 21 3974-2300") && body.contains("ABNT contact page"), "{body}");
}

#[tokio::test]
async fn coordinator_imports_a_spreadsheet_without_javascript() {
    in_browser(false, |client, base| import_a_spreadsheet(client, base, false)).await;
}

#[tokio::test]
async fn coordinator_imports_a_spreadsheet_hydrated() {
    in_browser(true, |client, base| import_a_spreadsheet(client, base, true)).await;
}

// ---- Writing open letters ----

/// A coordinator starts a letter, saves it, reviews and publishes it, and the public page
/// shows it.
async fn write_review_publish(client: Client, base: String, javascript: bool) {
    sign_in_as_ana(&client, &base, javascript).await;
    client.goto(&format!("{base}/open-letters")).await.unwrap();
    let slug = client.wait().at_most(PATIENCE).for_element(Locator::Id("new-letter-slug")).await.unwrap();
    if javascript {
        wait_for_hydration(&client).await;
    }
    slug.send_keys("translate-it").await.unwrap();
    click(&client, Locator::Css("#new-letter-form button[type='submit']")).await;
    let title = client.wait().at_most(PATIENCE).for_element(Locator::Id("letter-title")).await.unwrap();
    if javascript {
        wait_for_hydration(&client).await;
    }
    title.send_keys("Please translate { $standard }").await.unwrap();
    let body = client.find(Locator::Id("letter-body")).await.unwrap();
    body.send_keys("Dear colleagues at { $body },\n\nA translation would help readers in { $country }.\n\nRegards,")
        .await
        .unwrap();
    click(&client, Locator::Css("#letter-form button[type='submit']")).await;
    let step = client.wait().at_most(PATIENCE).for_element(Locator::Id("letter-status-reviewed")).await.unwrap();
    if javascript {
        wait_for_hydration(&client).await;
    }
    step.click().await.unwrap();
    let publish = client.wait().at_most(PATIENCE).for_element(Locator::Id("letter-status-published")).await.unwrap();
    if javascript {
        wait_for_hydration(&client).await;
    }
    publish.click().await.unwrap();
    assert!(
        eventually(|| async {
            match client.find(Locator::Id("letter-status")).await {
                Ok(status) => status.text().await.is_ok_and(|t| t.starts_with("Published")),
                Err(_) => false,
            }
        })
        .await,
        "published"
    );
    // Addressed to Brazil's body alone.
    click(&client, Locator::Css("#letter-target option[value='list']")).await;
    client.find(Locator::Id("letter-target-list")).await.unwrap().send_keys("br").await.unwrap();
    click(&client, Locator::Id("letter-settings-save")).await;
    client
        .wait()
        .at_most(PATIENCE)
        .for_element(Locator::XPath("//p[@role='status'][not(@hidden)][.='Settings saved.']"))
        .await
        .unwrap();
    client.goto(&format!("{base}/open-letters/translate-it?nsb=BR")).await.unwrap();
    let text = client.wait().at_most(PATIENCE).for_element(Locator::Css("main")).await.unwrap().text().await.unwrap();
    assert!(text.contains("Please translate ISO 20400:2017") && text.contains("readers in Brazil"), "{text}");
    assert!(text.contains("This letter is for the national standards bodies of: Brazil."), "{text}");
    if javascript {
        wait_for_hydration(&client).await;
        let copy = client.find(Locator::Id("open-letter-copy")).await.unwrap();
        assert!(copy.is_displayed().await.unwrap(), "copy button once hydrated");
    }
    let download = client.find(Locator::Id("open-letter-download")).await.unwrap();
    assert_eq!(download.attr("href").await.unwrap().as_deref(), Some("/open-letters/translate-it/letter.txt?nsb=BR"));
    // Anyone co-signs; Ana approves; the name is listed.
    client.goto(&format!("{base}/open-letters/translate-it")).await.unwrap();
    let name = client.wait().at_most(PATIENCE).for_element(Locator::Id("sign-name")).await.unwrap();
    if javascript {
        wait_for_hydration(&client).await;
    }
    name.send_keys("Maria Silva").await.unwrap();
    client.find(Locator::Id("sign-organisation")).await.unwrap().send_keys("Compras Sustentáveis").await.unwrap();
    let country =
        client.wait().at_most(PATIENCE).for_element(Locator::Css("#sign-country option[value='BR']")).await.unwrap();
    country.click().await.unwrap();
    click(&client, Locator::Id("sign-listed")).await;
    click(&client, Locator::Css("#sign-form button[type='submit']")).await;
    client
        .wait()
        .at_most(PATIENCE)
        .for_element(Locator::XPath("//p[@role='status'][not(@hidden)][starts-with(., 'Thank you')]"))
        .await
        .unwrap();
    client.goto(&format!("{base}/coordinate/signatures")).await.unwrap();
    let approve = client.wait().at_most(PATIENCE).for_element(Locator::Css("button[id^='approved-']")).await.unwrap();
    if javascript {
        wait_for_hydration(&client).await;
    }
    approve.click().await.unwrap();
    client
        .wait()
        .at_most(PATIENCE)
        .for_element(Locator::XPath("//p[@class='hint'][.='No signature is waiting.']"))
        .await
        .unwrap();
    client.goto(&format!("{base}/open-letters/translate-it")).await.unwrap();
    let signed = client.wait().at_most(PATIENCE).for_element(Locator::Css("ul.signatures")).await.unwrap();
    assert!(signed.text().await.unwrap().contains("Maria Silva"));
    let count = client.find(Locator::Id("signature-count")).await.unwrap().text().await.unwrap();
    assert_eq!(count, "1 person has signed.");
}

#[tokio::test]
async fn coordinator_writes_reviews_and_publishes_a_letter_without_javascript() {
    in_browser(false, |client, base| write_review_publish(client, base, false)).await;
}

#[tokio::test]
async fn coordinator_writes_reviews_and_publishes_a_letter_hydrated() {
    in_browser(true, |client, base| write_review_publish(client, base, true)).await;
}

// ---- Accessibility ----

/// Every public page, as an advocate reaches it.
const PUBLIC_PAGES: [&str; 15] = [
    "/",
    "/nsbs",
    "/nsbs/BR",
    "/standards",
    "/standards?q=procurement",
    "/standards/iso-20400",
    "/reviews",
    "/reviews/upcoming",
    "/reviews/iso-20400-2022",
    "/letters/new?nsb=BR",
    "/open-letters",
    "/open-letters/iso-20400-next-review?nsb=EG",
    "/developers",
    "/developers/translations",
    "/signin",
];

/// axe-core's WCAG 2.1 A and AA rules on the page as it is now: one line per violation.
async fn axe_violations(client: &Client) -> Vec<String> {
    let path = workspace_root().join("target/axe/node_modules/axe-core/axe.min.js");
    let source = std::fs::read_to_string(&path)
        .unwrap_or_else(|_| panic!("{} missing: run `make test`, which installs axe-core", path.display()));
    client.execute(&source, vec![]).await.unwrap();
    let script = r#"
        const done = arguments[arguments.length - 1];
        axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })
            .then(result => done(result.violations.map(v =>
                v.id + ' (' + v.impact + '): ' + v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(' | '))))
            .catch(error => done(['axe failed: ' + error]));
    "#;
    let found = client.execute_async(script, vec![]).await.unwrap();
    serde_json::from_value(found).unwrap()
}

/// Shows `url` as a browser without JavaScript gets it: the server's HTML with its
/// scripts removed and `<noscript>` content in place (a parser without scripting),
/// styled by its stylesheets. (A Chromium with JavaScript turned off cannot run axe.)
async fn load_as_without_javascript(client: &Client, base: &str, url: &str) {
    client.goto(&format!("{base}/axe-blank-page")).await.unwrap();
    let script = r#"
        const [url, done] = arguments;
        fetch(url, { credentials: 'omit' }).then(r => r.text()).then(html => {
            const parsed = new DOMParser().parseFromString(html, 'text/html');
            parsed.querySelectorAll('script, link[rel=modulepreload], link[rel=preload]').forEach(s => s.remove());
            document.replaceChild(document.importNode(parsed.documentElement, true), document.documentElement);
            const sheets = [...document.querySelectorAll('link[rel=stylesheet]')];
            return Promise.all(sheets.map(l => l.sheet ? null : new Promise(ok => { l.onload = ok; l.onerror = ok; })));
        }).then(() => done(true)).catch(error => done(String(error)));
    "#;
    let loaded = client.execute_async(script, vec![json!(url)]).await.unwrap();
    assert_eq!(loaded, json!(true), "{url}");
    let shown =
        client.execute("return !!document.querySelector('main h1') && !document.querySelector('script');", vec![]);
    assert_eq!(shown.await.unwrap(), json!(true), "{url} shown without scripts");
}

async fn every_public_page_passes_axe(client: Client, base: String, javascript: bool) {
    let mut problems = Vec::new();
    for lang in ["en", "ar"] {
        for page in PUBLIC_PAGES {
            let joiner = if page.contains('?') { '&' } else { '?' };
            let url = format!("{base}{page}{joiner}lang={lang}");
            if javascript {
                client.goto(&url).await.unwrap();
                client.wait().at_most(PATIENCE).for_element(Locator::Css("main")).await.unwrap();
                wait_for_hydration(&client).await;
            } else {
                load_as_without_javascript(&client, &base, &url).await;
            }
            for violation in axe_violations(&client).await {
                problems.push(format!("{page} [{lang}]: {violation}"));
            }
        }
    }
    assert!(problems.is_empty(), "WCAG 2.1 AA violations:\n{}", problems.join("\n"));
}

#[tokio::test]
async fn every_public_page_passes_axe_without_javascript() {
    in_browser(true, |client, base| every_public_page_passes_axe(client, base, false)).await;
}

#[tokio::test]
async fn every_public_page_passes_axe_hydrated() {
    in_browser(true, |client, base| every_public_page_passes_axe(client, base, true)).await;
}

/// Presses Tab until the focused element matches `selector` (at most `limit` times);
/// each focused element must show a visible focus indicator.
async fn tab_to(client: &Client, selector: &str, limit: usize) {
    for _ in 0..limit {
        let focused = client.active_element().await.unwrap();
        let found = client
            .execute("return document.activeElement.matches(arguments[0]);", vec![json!(selector)])
            .await
            .unwrap();
        if found == json!(true) {
            let outline = client
                .execute(
                    "const s = getComputedStyle(document.activeElement); \
                     return s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2;",
                    vec![],
                )
                .await
                .unwrap();
            assert_eq!(outline, json!(true), "{selector} shows where the focus is");
            return;
        }
        focused.send_keys("\u{e004}").await.unwrap();
    }
    panic!("{selector} not reached with {limit} presses of Tab");
}

/// An advocate with only a keyboard: search for Brazil, open its body, start a letter.
async fn keyboard_walkthrough(client: Client, base: String, javascript: bool) {
    client.goto(&format!("{base}/")).await.unwrap();
    client.wait().at_most(PATIENCE).for_element(Locator::Id("home-search")).await.unwrap();
    if javascript {
        wait_for_hydration(&client).await;
    }
    // The header costs few presses: one language menu, not a link per language.
    tab_to(&client, "#home-search", 12).await;
    client.active_element().await.unwrap().send_keys("Brasil\u{e007}").await.unwrap();
    client.wait().at_most(PATIENCE).for_element(Locator::Css("a[href='/nsbs/BR']")).await.unwrap();
    if javascript {
        wait_for_hydration(&client).await;
    }
    tab_to(&client, "a[href='/nsbs/BR']", 80).await;
    client.active_element().await.unwrap().send_keys("\u{e007}").await.unwrap();
    client.wait().at_most(PATIENCE).for_element(Locator::Id("write-letter")).await.unwrap();
    if javascript {
        wait_for_hydration(&client).await;
    }
    tab_to(&client, "#write-letter", 80).await;
    client.active_element().await.unwrap().send_keys("\u{e007}").await.unwrap();
    assert!(
        eventually(|| async { client.current_url().await.is_ok_and(|u| u.as_str().contains("/letters/new?nsb=BR")) })
            .await,
        "the letter composer for Brazil"
    );
}

#[tokio::test]
async fn keyboard_only_search_body_letter_without_javascript() {
    in_browser(false, |client, base| keyboard_walkthrough(client, base, false)).await;
}

#[tokio::test]
async fn keyboard_only_search_body_letter_hydrated() {
    in_browser(true, |client, base| keyboard_walkthrough(client, base, true)).await;
}

/// An admin uploads ISO's committees file (gzipped CSV) as the import page renders its
/// form, reads the dry run when the check is done, confirms, and sees it written.
async fn admin_imports_iso_committees(client: Client, base: String, javascript: bool) {
    client.goto(&format!("{base}/signin")).await.unwrap();
    if javascript {
        wait_for_hydration(&client).await;
    }
    client.find(Locator::Id("signin-email")).await.unwrap().send_keys("root@example.org").await.unwrap();
    client.find(Locator::Id("signin-password")).await.unwrap().send_keys(BROWSER_PASSWORD).await.unwrap();
    click(&client, Locator::Css("form.auth-form button[type='submit']")).await;
    client.wait().at_most(PATIENCE).for_element(Locator::Id("sign-out")).await.unwrap();

    client.goto(&format!("{base}/import")).await.unwrap();
    let file = workspace_root().join("tests/fixtures/iso-open-data/committees.csv.gz");
    let input = client.wait().at_most(PATIENCE).for_element(Locator::Id("iso-file")).await.unwrap();
    input.send_keys(&file.display().to_string()).await.unwrap();
    click(&client, Locator::Css("#iso-dataset option[value='committees']")).await;
    click(&client, Locator::Css("form[action='/import/iso'] button[type='submit']")).await;

    // The check runs in the background; the page shows its counts when it is done.
    let counts = client.wait().at_most(PATIENCE).for_element(Locator::Id("iso-counts")).await.unwrap();
    let counts = counts.text().await.unwrap();
    assert!(counts.contains("Committees") && counts.contains('6'), "{counts}");
    if javascript {
        wait_for_hydration(&client).await;
    }
    click(&client, Locator::Css("#confirm-iso-import button[type='submit']")).await;
    let applied = client.wait().at_most(PATIENCE).for_element(Locator::Id("import-applied")).await.unwrap();
    assert!(applied.text().await.unwrap().contains("Written"));

    client.goto(&format!("{base}/admin/unmatched-members")).await.unwrap();
    let page = client.wait().at_most(PATIENCE).for_element(Locator::Css("main")).await.unwrap().text().await.unwrap();
    assert!(page.contains("AMNOR") && page.contains("10320054"), "{page}");
}

#[tokio::test]
async fn admin_imports_iso_committees_without_javascript() {
    in_browser(false, |client, base| admin_imports_iso_committees(client, base, false)).await;
}

#[tokio::test]
async fn admin_imports_iso_committees_hydrated() {
    in_browser(true, |client, base| admin_imports_iso_committees(client, base, true)).await;
}

/// After the letter: "I sent it" under the composed letter, the private page, "they
/// replied" with the form as a person fills it.
async fn advocate_reports_the_letter_and_the_reply(client: Client, base: String, javascript: bool) {
    client.goto(&format!("{base}/letters/new?nsb=BR&purpose=review")).await.unwrap();
    if javascript {
        wait_for_hydration(&client).await;
    }
    client.wait().at_most(PATIENCE).for_element(Locator::Id("sent-form")).await.unwrap();
    click(&client, Locator::Css("#sent-form button[type='submit']")).await;
    client.wait().at_most(PATIENCE).for_element(Locator::Id("outcome-link")).await.unwrap();
    let url = client.current_url().await.unwrap();
    assert!(url.path().starts_with("/outcomes/"), "{url}");
    click(&client, Locator::Id("stance-revise")).await;
    client.find(Locator::Id("reply-text")).await.unwrap().send_keys("We will ask for a revision.").await.unwrap();
    click(&client, Locator::Css("#reply-form button[type='submit']")).await;
    client.wait().at_most(PATIENCE).for_element(Locator::Id("outcome-answer")).await.unwrap();
    let answer = client.find(Locator::Id("outcome-answer")).await.unwrap().text().await.unwrap();
    assert!(answer.contains("revise"), "{answer}");
    let url = client.current_url().await.unwrap();
    assert!(url.query().is_some_and(|q| q.contains("replied=1")), "{url}");
    assert!(!url.as_str().contains("revision"), "what was typed stays out of the address");
}

#[tokio::test]
async fn advocate_reports_the_letter_and_the_reply_without_javascript() {
    in_browser(false, |client, base| advocate_reports_the_letter_and_the_reply(client, base, false)).await;
}

#[tokio::test]
async fn advocate_reports_the_letter_and_the_reply_hydrated() {
    in_browser(true, |client, base| advocate_reports_the_letter_and_the_reply(client, base, true)).await;
}
