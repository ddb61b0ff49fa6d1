//! How pages travel: compressed by `Accept-Encoding` within their size budgets, the
//! nonce still fresh per response, static files under hashed names kept for a year.

use std::io::Read;

use super::*;

/// A page with the world map may weigh this much on the wire (brotli)…
const MAP_PAGE_BUDGET: usize = 40 * 1024;
/// …and any other public page this much.
const PAGE_BUDGET: usize = 20 * 1024;

fn decode(response: &TestResponse) -> String {
    let mut text = String::new();
    match response.header("content-encoding") {
        Some("br") => brotli::Decompressor::new(&response.raw[..], 4096).read_to_string(&mut text),
        Some("gzip") => flate2::read::GzDecoder::new(&response.raw[..]).read_to_string(&mut text),
        other => panic!("not compressed: {other:?}"),
    }
    .expect("decodes");
    text
}

/// The nonce a page's policy names (every response its own).
fn nonce(response: &TestResponse) -> String {
    let policy = response.header("content-security-policy").expect("a policy");
    policy.split("'nonce-").nth(1).and_then(|rest| rest.split('\'').next()).expect("a nonce").to_string()
}

fn varies_on_encoding(response: &TestResponse) -> bool {
    response
        .headers
        .get_all("vary")
        .iter()
        .any(|v| v.to_str().is_ok_and(|v| v.split(',').any(|v| v.trim().eq_ignore_ascii_case("accept-encoding"))))
}

/// Every page of the sitemap arrives in brotli within its budget, in English and Arabic;
/// a kept page decodes to the page itself with this response's nonce, hit after hit, in
/// brotli and gzip; the data API and the pages nobody shares (the composer) are
/// compressed too.
pub(super) async fn public_pages_arrive_compressed_within_their_budgets(backend: Backend) {
    let app = TestApp::new(backend).await;
    let sitemap = app.get("/sitemap.xml").await;
    let paths: Vec<String> = sitemap
        .body
        .split("<loc>")
        .skip(1)
        .filter_map(|rest| rest.split("</loc>").next())
        .map(|loc| loc.trim_start_matches("http://127.0.0.1:3000").replace("&amp;", "&"))
        .collect();
    assert!(paths.len() > 180);
    let mut largest = (0, String::new());
    for path in &paths {
        for lang in ["en", "ar"] {
            let response =
                app.get_with(path, &[("accept-encoding", "gzip, deflate, br"), ("accept-language", lang)]).await;
            assert_eq!(response.status, 200, "{path}");
            assert_eq!(response.header("content-encoding"), Some("br"), "{path}");
            assert!(varies_on_encoding(&response), "{path}");
            let page = decode(&response);
            let budget = if page.contains("class=\"world-map\"") { MAP_PAGE_BUDGET } else { PAGE_BUDGET };
            assert!(response.raw.len() < budget, "{path} in {lang}: {} bytes, budget {budget}", response.raw.len());
            if response.raw.len() > largest.0 {
                largest = (response.raw.len(), format!("{path} ({lang})"));
            }
        }
    }
    eprintln!("largest page on the wire: {} bytes, {}", largest.0, largest.1);

    for path in ["/standards/iso-20400", "/reviews/iso-20400-2022", "/nsbs", "/"] {
        let plain = app.get(path).await;
        assert_eq!(plain.header("content-encoding"), None, "asked for nothing, sent as it is");
        assert!(varies_on_encoding(&plain));
        let mut seen = vec![nonce(&plain)];
        for coding in ["br", "gzip", "br"] {
            let response = app.get_with(path, &[("accept-encoding", coding)]).await;
            assert_eq!(response.header("content-encoding"), Some(coding), "{path}");
            let fresh = nonce(&response);
            assert!(!seen.contains(&fresh), "{path}: a new nonce in every response");
            let page = decode(&response);
            assert!(
                page.contains(&format!("nonce=\"{fresh}\"")),
                "{path}: the page's scripts carry the header's nonce"
            );
            assert_eq!(page, plain.body.replace(&seen[0], &fresh), "{path} in {coding} is the page");
            seen.push(fresh);
        }
        assert!(app.get_with(path, &[("accept-encoding", "br")]).await.raw.len() * 2 < plain.raw.len());
    }

    // Not kept by the cache (the composer renders per request, with its own nonce).
    let without_nonce = |response: &TestResponse, body: String| match response
        .header("content-security-policy")
        .filter(|p| p.contains("'nonce-"))
    {
        Some(_) => body.replace(&nonce(response), "NONCE"),
        None => body,
    };
    for path in ["/api/v1/nsbs", "/api/v1/nsbs.csv", "/letters/new?nsb=BR", "/changes.atom"] {
        let response = app.get_with(path, &[("accept-encoding", "br")]).await;
        assert_eq!(response.status, 200, "{path}");
        assert_eq!(response.header("content-encoding"), Some("br"), "{path}");
        let plain = app.get(path).await;
        assert_eq!(without_nonce(&response, decode(&response)), without_nonce(&plain, plain.body.clone()), "{path}");
    }
    let response = app.get_with("/api/v1/nsbs", &[("accept-encoding", "gzip")]).await;
    assert_eq!(response.header("content-encoding"), Some("gzip"));
    serde_json::from_str::<serde_json::Value>(&decode(&response)).expect("JSON");
    // Pictures are sent as they are.
    let picture = app.get_with("/share/standards/iso-20400.png", &[("accept-encoding", "br")]).await;
    assert_eq!(picture.header("content-encoding"), None);
}

/// Pages name the stylesheet and the bundle by their content's hash; those names are
/// kept for a year (immutable), sent precompressed when a `.br` lies beside the file;
/// another hash is not found.
pub(super) async fn static_files_have_hashed_names_and_are_kept_for_a_year(backend: Backend) {
    let app = TestApp::new(backend).await;
    let page = app.get("/").await.body;
    let named = |ext: &str| {
        page.split('"')
            .find(|part| {
                part.starts_with("/pkg/quorum.") && part.ends_with(ext) && part.len() > "/pkg/quorum.".len() + 16
            })
            .unwrap_or_else(|| panic!("a hashed .{ext} in the page"))
            .to_string()
    };
    let css = named(".css");
    let wasm = named(".wasm");
    let script = page.split("<script").find(|s| s.contains("type=\"module\"")).expect("the hydration script");
    let hash = wasm.trim_start_matches("/pkg/quorum.").trim_end_matches(".wasm");
    assert!(script.contains(&format!("quorum.{hash}")), "the script loads the same bundle");
    assert!(page.contains(&format!("href=\"/pkg/quorum.{hash}.js\"")), "and preloads it");
    for path in [css.as_str(), wasm.as_str(), &format!("/pkg/quorum.{hash}.js")] {
        let response = app.get(path).await;
        assert_eq!(response.status, 200, "{path}");
        assert_eq!(response.header("cache-control"), Some("public, max-age=31536000, immutable"), "{path}");
        assert!(varies_on_encoding(&response), "{path}");
    }
    let plain = app.get("/pkg/quorum.css").await;
    assert_eq!(plain.status, 200);
    assert_eq!(plain.header("cache-control"), Some("public, no-cache"));
    assert_eq!(app.get("/pkg/quorum.0123456789abcdef.css").await.status, 404);
    assert_eq!(app.get("/pkg/../Cargo.toml").await.status, 404);

    // A release build writes `.br` and `.gz` beside each file: they are what is sent.
    let site = app.state.leptos_options.site_root.to_string();
    let css_file = std::path::Path::new(&site).join("pkg/quorum.css");
    let css_text = std::fs::read_to_string(&css_file).expect("the built stylesheet");
    let precompressed = css_file.with_file_name("quorum.css.br");
    let written = !precompressed.exists();
    if written {
        let mut out = Vec::new();
        brotli::BrotliCompress(&mut css_text.as_bytes(), &mut out, &Default::default()).unwrap();
        std::fs::write(&precompressed, out).unwrap();
    }
    let response = app.get_with(&css, &[("accept-encoding", "gzip, br")]).await;
    if written {
        std::fs::remove_file(&precompressed).unwrap();
    }
    assert_eq!(response.header("content-encoding"), Some("br"));
    assert_eq!(response.header("cache-control"), Some("public, max-age=31536000, immutable"));
    assert_eq!(decode(&response), css_text);
}

/// The composer with only choices (body, purpose, languages) is the same page for every
/// writer, so it is kept and served like any public page; a writer's details are never
/// kept nor served to the next writer, in either order.
pub(super) async fn a_composer_without_details_is_kept_and_details_never_are(backend: Backend) {
    let app = TestApp::new(backend).await;
    let plain = "/letters/new?nsb=BR&purpose=adopt";
    let first = app.get(plain).await;
    assert_eq!(first.status, 200);
    assert!(first.header("cache-control").is_some_and(|c| c.contains("no-store")), "browsers do not keep it");
    let page = app.get(plain).await;
    let mut form = page.form("/letters/new");
    form.set("sender_name", "Zélie Marchetti").set("city", "Recife");
    let posted = app.submit(&form, &[("accept-encoding", "br")]).await;
    assert_eq!(posted.status, 200);
    let mut text = String::new();
    std::io::Read::read_to_string(&mut brotli::Decompressor::new(&posted.raw[..], 4096), &mut text).unwrap();
    assert!(text.contains("Zélie Marchetti"), "the writer's letter");
    for _ in 0..3 {
        let next = app.get_with(plain, &[("accept-encoding", "gzip")]).await;
        assert_eq!(next.header("content-encoding"), Some("gzip"));
        let mut text = String::new();
        std::io::Read::read_to_string(&mut flate2::read::GzDecoder::new(&next.raw[..]), &mut text).unwrap();
        assert!(!text.contains("Zélie") && !text.contains("Recife"), "the next writer never sees them");
    }
    // Details in the address (a writer's own share link): rendered, never kept.
    let shared = app.get("/letters/new?nsb=BR&purpose=adopt&share=1&sender_name=Zélie").await;
    assert!(shared.body.contains("Zélie"));
    assert!(!app.get(plain).await.body.contains("Zélie"));
}
