//! Hardening (issue 17).

use super::*;

/// A burst of sign-ins cannot check more passwords than the limits allow: each attempt
/// takes its place in the count before its password is checked.
pub(super) async fn parallel_sign_ins_cannot_outrun_the_limits(backend: Backend) {
    let app = TestApp::new(backend).await;
    coordinator(&app, "ana@example.org").await;
    let mut bodies: Vec<String> =
        (0..40).map(|i| form(&[("email", "ana@example.org"), ("password", &format!("wrong password {i}"))])).collect();
    bodies.insert(20, form(&[("email", "ana@example.org"), ("password", PASSWORD)]));
    let answers = futures::future::join_all(bodies.iter().map(|body| app.post_form("/api/sign_in", body, &[]))).await;
    let status = |code: u16| answers.iter().filter(|a| a.status.as_u16() == code).count() as i64;
    let signed_in = answers.iter().filter(|a| a.header("set-cookie").is_some_and(|c| c.len() > 40)).count() as i64;
    let checked = status(401) + signed_in;
    assert!(checked <= app::auth::ssr::ACCOUNT_FAILURES, "{checked} passwords checked for one account");
    assert_eq!(status(429), 41 - checked, "every other attempt is refused before hashing");
    if signed_in == 0 {
        let late = app.post_form("/api/sign_in", &bodies[20], &[]).await;
        assert_eq!(late.status, 429, "the right password after the burst is still refused");
    }

    // Per client address: a burst over many accounts stops at the address's limit.
    let before = status(401);
    let bodies: Vec<String> = (0..30)
        .map(|i| form(&[("email", &format!("nobody{i}@example.org")), ("password", "wrong password!")]))
        .collect();
    let answers = futures::future::join_all(bodies.iter().map(|body| app.post_form("/api/sign_in", body, &[]))).await;
    let wrong = answers.iter().filter(|a| a.status == 401).count() as i64;
    assert!(before + wrong <= app::auth::ssr::ADDRESS_FAILURES, "{} checked from one address", before + wrong);
    assert!(answers.iter().all(|a| a.status == 401 || a.status == 429), "only wrong or refused");
}

/// Markup typed into a text area comes back as text, in the letter composer (reflected)
/// and in every stored value shown in a text area.
pub(super) async fn text_areas_never_carry_live_markup(backend: Backend) {
    const CLOSING: &str =
        "</textarea><meta http-equiv=\"refresh\" content=\"0;url=https://evil.example/\"><b id=\"pwned\">x</b>";
    let inert = |page: &TestResponse, what: &str| {
        assert!(!page.body.contains("<meta http-equiv=\"refresh\""), "{what}: live markup");
        assert!(!page.body.contains("<b id=\"pwned\">"), "{what}: live markup");
        assert!(page.body.contains("&lt;/textarea&gt;&lt;meta"), "{what}: the text is shown as typed");
    };
    let app = TestApp::new(backend).await;
    let personal = app::letters::form::percent_encode(CLOSING);
    let composer = app.get(&format!("/letters/new?nsb=BR&purpose=review&personal={personal}")).await;
    assert_eq!(composer.status, 200);
    inert(&composer, "composer");

    // A correction from the public, in the coordinators' queue and then the edit form.
    let reported = report(
        &app,
        &[
            ("alpha2", "FR"),
            ("field", "address"),
            ("value", CLOSING),
            ("source", "afnor.org"),
            ("email", ""),
            ("website", ""),
        ],
    )
    .await;
    assert!(reported.status.is_success() || reported.status.is_redirection(), "{}", reported.body);
    let cookie = signed_in_coordinator(&app, "ana@example.org").await;
    inert(&app.get_with("/corrections", &[("cookie", &cookie)]).await, "corrections");
    let id = open_correction_id(&app).await;
    let body = form(&[("id", &id), ("value", CLOSING), ("source", "afnor.org")]);
    let accepted = app.post_form("/api/accept_correction", &body, &[("cookie", &cookie)]).await;
    assert!(accepted.status.is_success() || accepted.status.is_redirection(), "{}", accepted.body);
    inert(&app.get_with("/nsbs/FR/edit", &[("cookie", &cookie)]).await, "body edit form");

    // A standards record's long text, and an open letter's body.
    let mut adoption = FR_ADOPTION.to_vec();
    adoption.retain(|(k, _)| *k != "note");
    adoption.push(("note", CLOSING));
    let saved = save(&app, "/api/save_adoption", &adoption, &cookie).await;
    assert!(saved.status.is_success() || saved.status.is_redirection(), "{}", saved.body);
    inert(
        &app.get_with("/standards/iso-20400/adoptions/edit?nsb=FR", &[("cookie", &cookie)]).await,
        "adoption edit form",
    );
    let letter = format!("Dear {{ $body }},\n\n{CLOSING}");
    let saved = save_text(&app, &cookie, "adopt-now", "en", "0", "Adopt it now", &letter).await;
    assert!(saved.status.is_success() || saved.status.is_redirection(), "{}", saved.body);
    inert(
        &app.get_with("/coordinate/letters?slug=adopt-now&letter_lang=en", &[("cookie", &cookie)]).await,
        "open letter form",
    );
}

/// Values a spreadsheet would run as formulas reach every CSV as text, and an export
/// still imports back unchanged.
pub(super) async fn csv_cells_never_start_a_formula(backend: Backend) {
    const FORMULAS: [&str; 4] = ["=HYPERLINK(\"http://evil\",\"x\")", "+SUM(1+1)", "@SUM(1+1)", "-2+3"];
    let app = TestApp::new(backend).await;
    let formula_cells = |csv: &str| -> Vec<String> {
        let mut reader = csv::ReaderBuilder::new().has_headers(false).from_reader(csv.as_bytes());
        reader
            .records()
            .flat_map(|r| r.unwrap().iter().map(str::to_string).collect::<Vec<_>>())
            .filter(|cell| cell.starts_with(['=', '+', '-', '@', '\t', '\r']))
            .collect()
    };
    // Co-signatures named like formulas, in the coordinators' export.
    for (i, name) in FORMULAS.iter().enumerate() {
        let email = format!("s{i}@example.org");
        let mut pairs = SIGNATURE.to_vec();
        pairs.retain(|(k, _)| !matches!(*k, "name" | "email"));
        pairs.extend([("name", *name), ("email", email.as_str())]);
        let answer = sign(&app, &pairs).await;
        assert!(answer.status.is_success() || answer.status.is_redirection(), "{}", answer.body);
    }
    sqlx::query("UPDATE open_letter_signature SET status = 'approved'").execute(&app.pool).await.unwrap();
    let cookie = signed_in_coordinator(&app, "ana@example.org").await;
    let export = app.get_with("/open-letters/iso-20400-next-review/signatures.csv", &[("cookie", &cookie)]).await.body;
    assert!(export.contains("'=HYPERLINK(") && export.contains("'+SUM(1+1)"), "{export}");
    assert_eq!(formula_cells(&export), Vec::<String>::new());

    // An accepted correction in the public bodies CSV (phone numbers start with `+` too).
    sqlx::query("UPDATE nsb SET body_name_native = $1 WHERE alpha2 = 'FR'")
        .bind(FORMULAS[0])
        .execute(&app.pool)
        .await
        .unwrap();
    app.settle().await;
    let nsbs = app.get("/api/v1/nsbs.csv").await.body;
    assert!(nsbs.contains("'=HYPERLINK("), "guarded");
    assert_eq!(formula_cells(&nsbs), Vec::<String>::new());
    // …and the export imports back changing nothing.
    let id = upload(&app, &cookie, "bodies", "export.csv", nsbs.as_bytes()).await;
    let page = preview(&app, &cookie, &id).await;
    assert!(page.contains("The file would change nothing."), "{page}");
}

/// Hostile values in every field of every public form, with the honeypot filled and
/// empty, as a plain form and as a script: never a panic, never a server error.
pub(super) async fn public_forms_survive_hostile_input(backend: Backend) {
    let app = TestApp::new(backend).await;
    let panics = quorum_tests::panic_count();
    let forms: [(&str, &[&str]); 5] = [
        ("/api/report_correction", &["alpha2", "field", "value", "source", "email", "website"]),
        ("/api/sign_open_letter", &["slug", "name", "organisation", "country", "role", "email", "listed", "website"]),
        ("/api/sign_in", &["email", "password"]),
        ("/api/use_link", &["token", "password", "password_again"]),
        ("/api/sign_out", &[]),
    ];
    let hostile = ["a\nb", "x\r\nSet-Cookie: evil=1", "</textarea><b>", "../../etc/passwd", "\u{202E}", "%0d%0a", ""];
    for (path, fields) in forms {
        for value in hostile {
            for honeypot in ["", "http://spam.example"] {
                let pairs: Vec<(&str, &str)> =
                    fields.iter().map(|field| (*field, if *field == "website" { honeypot } else { value })).collect();
                for accept in ["text/html", "application/json"] {
                    let answer = app.post_form(path, &form(&pairs), &[("accept", accept)]).await;
                    assert!(answer.status.as_u16() < 500, "{path} {value:?} {accept}: {}", answer.status);
                    if let Some(location) = answer.header("location") {
                        assert!(!location.contains(['\n', '\r']) && location.starts_with('/'), "{location:?}");
                    }
                }
            }
        }
    }
    assert_eq!(quorum_tests::panic_count(), panics, "a handler panicked");
}

/// Arguments a server function cannot decode are the caller's mistake: 400, translated.
pub(super) async fn malformed_server_function_arguments_are_a_400(backend: Backend) {
    let app = TestApp::new(backend).await;
    let answer = app.post_form("/api/sign_in", "x=1", &[("accept-language", "fr")]).await;
    assert_eq!(answer.status, 400, "{}", answer.body);
    let french = app::i18n::Locale::from_tag("fr").unwrap();
    assert!(answer.body.contains(&french.t("error-invalid-input")), "{}", answer.body);
    let cookie = signed_in_coordinator(&app, "ana@example.org").await;
    let answer = app.post_form("/api/edit_body", "nonsense", &[("cookie", &cookie)]).await;
    assert_eq!(answer.status, 400, "{}", answer.body);
}

/// Private pages are never stored by a cache in front; public ones say what they vary on.
pub(super) async fn caches_in_front_cannot_mix_pages(backend: Backend) {
    let app = TestApp::new(backend).await;
    let cookie = signed_in_coordinator(&app, "ana@example.org").await;
    for path in ["/account", "/corrections", "/coordinate", "/nsbs/FR/edit", "/changes", "/import"] {
        let page = app.get_with(path, &[("cookie", &cookie)]).await;
        assert_eq!(page.header("cache-control"), Some("no-store"), "{path}");
    }
    let letter = app.get("/letters/new?nsb=BR&purpose=review&sender_name=Ana").await;
    assert_eq!(letter.header("cache-control"), Some("no-store"), "what a writer typed is not stored");
    for path in ["/", "/nsbs/FR", "/standards/iso-20400", "/api/v1/nsbs"] {
        // Twice: the second answer comes from the page cache and keeps its headers.
        for _ in 0..2 {
            let page = app.get(path).await;
            assert!(!page.header("cache-control").unwrap_or_default().contains("no-store"), "{path}");
            let vary =
                page.headers.get_all("vary").iter().filter_map(|v| v.to_str().ok()).collect::<Vec<_>>().join(",");
            assert!(vary.contains("Accept-Language") && vary.contains("Cookie"), "{path}: {vary}");
        }
    }
    let signed_in = app.get_with("/reviews/iso-20400-2022", &[("cookie", &cookie)]).await;
    assert_eq!(signed_in.header("cache-control"), Some("no-store"), "a coordinator's view of a public page");
}

/// A connection that sends a partial header, or nothing, or stays idle after a request,
/// is closed after the header-read timeout; a normal request is answered.
#[test]
pub(super) fn slow_and_idle_connections_are_closed() {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    quorum_tests::run(async {
        let app = TestApp::new(Backend::Sqlite).await;
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let address = listener.local_addr().unwrap();
        let timeout = std::time::Duration::from_millis(700);
        tokio::spawn(server::serve_with_header_timeout(listener, app.router.clone(), timeout, std::future::pending()));
        // Reads until the server closes the connection; the bytes it sent before.
        async fn until_closed(stream: &mut tokio::net::TcpStream) -> Option<Vec<u8>> {
            let mut all = Vec::new();
            let mut buffer = [0u8; 4096];
            let limit = std::time::Duration::from_secs(5);
            loop {
                match tokio::time::timeout(limit, stream.read(&mut buffer)).await {
                    Ok(Ok(0)) | Ok(Err(_)) => return Some(all),
                    Ok(Ok(n)) => all.extend_from_slice(&buffer[..n]),
                    Err(_) => return None,
                }
            }
        }
        let started = std::time::Instant::now();
        let mut silent = tokio::net::TcpStream::connect(address).await.unwrap();
        let mut partial = tokio::net::TcpStream::connect(address).await.unwrap();
        partial.write_all(b"GET / HTTP/1.1\r\nHost: quorum.test\r\nX-Slow: ").await.unwrap();
        assert!(until_closed(&mut silent).await.is_some(), "a silent connection is closed");
        assert!(until_closed(&mut partial).await.is_some(), "a partial header is not waited for forever");
        assert!(started.elapsed() < std::time::Duration::from_secs(4));

        let mut kept = tokio::net::TcpStream::connect(address).await.unwrap();
        kept.write_all(b"GET /healthz HTTP/1.1\r\nHost: quorum.test\r\n\r\n").await.unwrap();
        let answer = until_closed(&mut kept).await.expect("an idle kept-alive connection is closed");
        assert!(String::from_utf8_lossy(&answer).starts_with("HTTP/1.1 200"), "answered first");
    });
}
