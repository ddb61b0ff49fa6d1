//! The open data API.

use super::*;

pub(super) async fn bodies_api_pages_filters_and_sources(backend: Backend) {
    let app = TestApp::new(backend).await;
    let bodies = count(&app, "SELECT COUNT(*) FROM nsb").await as usize;
    let response = app.get("/api/v1/nsbs").await;
    let json: serde_json::Value = serde_json::from_str(&response.body).unwrap();
    assert_eq!(json["data"].as_array().map(Vec::len), Some(50), "50 per page unless asked");
    assert_eq!(json["pagination"]["total"].as_u64(), Some(bodies as u64));
    assert_eq!(json["pagination"]["pages"].as_u64(), Some(bodies.div_ceil(50) as u64));
    assert!(json["licence"].as_str().is_some_and(|l| l.contains("CC BY-SA") && l.contains("/developers")));
    let (_, last) = api_json(&app, &format!("/api/v1/nsbs?page={}", bodies.div_ceil(50))).await;
    assert_eq!(last.as_array().map(Vec::len), Some(bodies - 50 * (bodies.div_ceil(50) - 1)));
    let (_, beyond) = api_json(&app, "/api/v1/nsbs?page=99").await;
    assert_eq!(beyond.as_array().map(Vec::len), Some(0));
    for bad in ["page=0", "per_page=abc", "per_page=501", "page=-1"] {
        let (status, error) = api_json(&app, &format!("/api/v1/nsbs?{bad}")).await;
        assert_eq!((status, error["error"]["code"].as_str()), (400, Some("invalid_input")), "{bad}");
    }
    // The directory's filters and search.
    let (_, brasil) = api_json(&app, "/api/v1/nsbs?q=brasil").await;
    assert_eq!(brasil[0]["alpha2"], "BR");
    let (_, americas) = api_json(&app, "/api/v1/nsbs?category=member-body&region=019&per_page=500").await;
    let americas = americas.as_array().unwrap();
    assert!(!americas.is_empty() && americas.iter().all(|b| b["category"] == "member-body" && b["region"] == "019"));

    let (status, brazil) = api_json(&app, "/api/v1/nsbs/br").await;
    assert_eq!(status, 200);
    assert_eq!((brazil["alpha2"].as_str(), brazil["alpha3"].as_str()), (Some("BR"), Some("BRA")));
    assert_eq!(brazil["fields"]["acronym"]["value"], "ABNT");
    assert!(brazil["fields"]["acronym"]["source"].as_str().is_some_and(|s| !s.is_empty()), "{brazil}");
    let (status, missing) = api_json(&app, "/api/v1/nsbs/ZZ").await;
    assert_eq!((status, missing["error"]["code"].as_str()), (404, Some("not_found")));

    let csv = app.get("/api/v1/nsbs.csv?region=150").await;
    assert!(csv.body.starts_with("alpha2,country_name_en,acronym,acronym_source,acronym_as_of,body_name_en,"));
    let mut reader = csv::Reader::from_reader(csv.body.as_bytes());
    assert_eq!(reader.headers().unwrap().iter().next_back(), Some("licence"));
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert!(rows.iter().any(|r| &r[0] == "FR") && !rows.iter().any(|r| &r[0] == "BR"), "Europe only");

    let (_, titles) = api_json(&app, "/api/v1/standards/iso-20400/translations").await;
    assert_eq!(titles.as_array().map(Vec::len), Some(5));
    assert!(titles[0]["source"].as_str().is_some_and(|s| !s.is_empty()));
    let titles_csv = app.get("/api/v1/standards/iso-20400/translations.csv").await;
    assert!(titles_csv.body.starts_with("standard,lang,title,kind,publisher,year,source,as_of,licence"));
    let (_, page) = api_json(&app, "/api/v1/standards/iso-20400/adoptions?status=adopted-any&per_page=2&page=2").await;
    assert_eq!(page.as_array().map(Vec::len), Some(2), "filters and pages together");
    let (_, revise) = api_json(&app, "/api/v1/reviews/iso-20400-2022/positions?position=revise").await;
    assert_eq!(revise.as_array().map(Vec::len), Some(4), "the review page's filters");
}

pub(super) async fn api_answers_conditional_gets_and_cross_origin_reads(backend: Backend) {
    let app = TestApp::new(backend).await;
    let first = app.get("/api/v1/nsbs/BR").await;
    let etag = first.header("etag").unwrap().to_string();
    let modified = first.header("last-modified").unwrap().to_string();
    assert!(etag.starts_with('"') && modified.ends_with("GMT"), "{etag} {modified}");
    let again = app.get_with("/api/v1/nsbs/BR", &[("if-none-match", &etag)]).await;
    assert_eq!((again.status.as_u16(), again.body.as_str()), (304, ""));
    assert_eq!(again.header("etag"), Some(etag.as_str()));
    let since = app.get_with("/api/v1/nsbs/BR", &[("if-modified-since", &modified)]).await;
    assert_eq!(since.status, 304);
    let other = app.get_with("/api/v1/nsbs/BR", &[("if-none-match", "\"something-else\"")]).await;
    assert_eq!(other.status, 200);
    for path in ["/api/v1/nsbs.csv", "/api/v1/standards/iso-20400/adoptions.csv", "/api/v1/reviews"] {
        let tag = app.get(path).await.header("etag").unwrap().to_string();
        assert_eq!(app.get_with(path, &[("if-none-match", &tag)]).await.status, 304, "{path}");
    }
    // A change to the record: the old tag no longer matches.
    exec(&app, "UPDATE nsb SET phone = '+55 21 0000-0000' WHERE alpha2 = 'BR'").await;
    let changed = app.get_with("/api/v1/nsbs/BR", &[("if-none-match", &etag)]).await;
    assert_eq!(changed.status, 200);
    assert_ne!(changed.header("etag"), Some(etag.as_str()));
    // Errors are never cached as data.
    let missing = app.get("/api/v1/nsbs/ZZ").await;
    assert_eq!((missing.status.as_u16(), missing.header("etag")), (404, None));

    // Any site may read.
    let cross = app.get_with("/api/v1/nsbs/BR", &[("origin", "https://research.example")]).await;
    assert_eq!(cross.header("access-control-allow-origin"), Some("*"));
    let preflight = app
        .send(
            "OPTIONS",
            "/api/v1/nsbs",
            "",
            &[("origin", "https://research.example"), ("access-control-request-method", "GET")],
        )
        .await;
    assert!(preflight.status.is_success(), "{}", preflight.status);
    assert!(preflight.header("access-control-allow-methods").is_some_and(|m| m.contains("GET")));
}

pub(super) async fn openapi_document_matches_its_snapshot(backend: Backend) {
    let app = TestApp::new(backend).await;
    let (status, document) = api_json(&app, "/api/v1/openapi.json").await;
    assert_eq!(status, 200);
    let paths = document["paths"].as_object().unwrap();
    for path in [
        "/api/v1/nsbs",
        "/api/v1/nsbs/{code}",
        "/api/v1/nsbs.csv",
        "/api/v1/standards/{slug}/adoptions",
        "/api/v1/standards/{slug}/translations",
        "/api/v1/reviews/{slug}/positions",
        "/api/v1/letters/render",
    ] {
        assert!(paths.contains_key(path), "{path} is documented");
    }
    // The document is generated from the routes; the snapshot shows every change to it in
    // review. `UPDATE_SNAPSHOTS=1 cargo test -p quorum-tests openapi` rewrites it.
    let pretty = serde_json::to_string_pretty(&document).unwrap() + "\n";
    let file = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("snapshots/openapi.json");
    if std::env::var_os("UPDATE_SNAPSHOTS").is_some() {
        std::fs::create_dir_all(file.parent().unwrap()).unwrap();
        std::fs::write(&file, &pretty).unwrap();
    }
    let snapshot = std::fs::read_to_string(&file).unwrap_or_default();
    assert!(snapshot == pretty, "the OpenAPI document changed; review it and rerun with UPDATE_SNAPSHOTS=1");
}

/// Every error of the data API has one shape, `{"error": {"code", "message"}}`, with its
/// status and the message in the `Accept-Language`: whether the handler, the paging or
/// the reading of the query or path refused the request, for JSON and CSV alike.
pub(super) async fn api_errors_answer_in_the_askers_language(backend: Backend) {
    let app = TestApp::new(backend).await;
    for (path, accept, language, status, code, key) in [
        ("/api/v1/nsbs/ZZ", "fr-CH, fr;q=0.9", "fr", 404, "not_found", "error-not-found"),
        ("/api/v1/standards/nope/adoptions.csv", "ar", "ar", 404, "not_found", "error-not-found"),
        ("/api/v1/reviews/nope/positions?page=2", "de", "de", 404, "not_found", "error-not-found"),
        ("/api/v1/nsbs?per_page=0", "zh-CN", "zh-Hans", 400, "invalid_input", "error-invalid-input"),
        ("/api/v1/nsbs?page=1&page=2", "es", "es", 400, "invalid_input", "error-invalid-input"),
        ("/api/v1/standards/%FF", "ja", "ja", 400, "invalid_input", "error-invalid-input"),
        ("/api/v1/nsbs/ZZ", "", "en", 404, "not_found", "error-not-found"),
    ] {
        let answer = app.get_with(path, &[("accept-language", accept)]).await;
        assert_eq!(answer.status, status, "{path}: {}", answer.body);
        assert_eq!(answer.header("content-type"), Some("application/json"), "{path}");
        let body: serde_json::Value = serde_json::from_str(&answer.body).unwrap();
        let message = app::i18n::Locale::from_tag(language).unwrap().t(key);
        assert_eq!(body, serde_json::json!({"error": {"code": code, "message": message}}), "{path} in {accept:?}");
    }
}
