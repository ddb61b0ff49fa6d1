//! Accounts: sign-in, sessions, roles, the admin command.

use super::*;

pub(super) const PASSWORD: &str = "correct horse battery";

pub(super) async fn coordinator(app: &TestApp, email: &str) -> String {
    app::auth::ssr::create_account(&app.pool, email, PASSWORD, app::auth::Role::Coordinator).await.unwrap()
}

pub(super) fn form(pairs: &[(&str, &str)]) -> String {
    pairs.iter().map(|(k, v)| format!("{k}={}", app::letters::form::percent_encode(v))).collect::<Vec<_>>().join("&")
}

/// Signs in as a browser with JavaScript would (JSON answer); returns the session cookie.
pub(super) async fn sign_in(app: &TestApp, email: &str, password: &str) -> (u16, Option<String>) {
    let response = app.post_form("/api/sign_in", &form(&[("email", email), ("password", password)]), &[]).await;
    let cookie = response
        .header("set-cookie")
        .and_then(|c| c.split(';').next())
        .filter(|c| c.starts_with("quorum_session=") && c.len() > "quorum_session=".len())
        .map(str::to_string);
    (response.status.as_u16(), cookie)
}

pub(super) async fn sign_in_session_and_sign_out(backend: Backend) {
    let app = TestApp::new(backend).await;
    coordinator(&app, "Ana@Example.org").await;
    let page = app.get("/signin").await;
    assert_eq!(page.status, 200);
    assert!(page.body.contains(r#"action="/api/sign_in""#), "a real form that posts without JavaScript");

    // Without JavaScript: the form as rendered redirects to the account page and sets the cookie.
    let mut sign_in_form = page.form("/api/sign_in");
    sign_in_form.set("email", "ana@example.org").set("password", PASSWORD);
    let response =
        app.submit(&sign_in_form, &[("accept", "text/html"), ("referer", "http://quorum.test/signin")]).await;
    assert!(response.status.is_redirection(), "{}", response.status);
    assert_eq!(response.header("location"), Some("/account"));
    let set_cookie = response.header("set-cookie").unwrap().to_string();
    assert!(set_cookie.contains("HttpOnly") && set_cookie.contains("SameSite=Strict"), "{set_cookie}");
    assert!(!set_cookie.contains("Secure"), "over plain HTTP the browser would drop a Secure cookie: {set_cookie}");
    let cookie = set_cookie.split(';').next().unwrap().to_string();
    // Behind an HTTPS proxy (`X-Forwarded-Proto: https`) the cookie is Secure.
    let over_https = app
        .post_form(
            "/api/sign_in",
            &form(&[("email", "ana@example.org"), ("password", PASSWORD)]),
            &[
                ("accept", "text/html"),
                ("origin", "https://quorum.test"),
                ("referer", "https://quorum.test/signin"),
                ("x-forwarded-proto", "HTTPS"),
            ],
        )
        .await;
    assert!(over_https.status.is_redirection(), "{}", over_https.status);
    let secure = over_https.header("set-cookie").unwrap().to_string();
    assert!(secure.contains("; Secure") && secure.contains("HttpOnly"), "{secure}");
    let https_cookie = secure.split(';').next().unwrap().to_string();
    let out = app.post_form("/api/sign_out", "", &[("cookie", &https_cookie)]).await;
    assert!(out.status.is_success() || out.status.is_redirection(), "{}", out.status);

    let account = app.get_with("/account", &[("cookie", &cookie)]).await;
    assert_eq!(account.status, 200);
    assert!(account.body.contains("ana@example.org") && account.body.contains("coordinator"));
    // Signed in, every page's header says who you are; the footer no longer offers to sign in.
    let directory = app.get_with("/nsbs", &[("cookie", &cookie)]).await;
    assert!(directory.text().contains("Signed in as ana@example.org"), "the header names the account");
    assert!(directory.body.contains(r#"<a href="/account" id="signed-in-as""#));
    assert!(!directory.text().contains("Coordinators: sign in"));
    let public = app.get("/nsbs").await;
    assert!(public.text().contains("Coordinators: sign in") && !public.body.contains("signed-in-as"));
    assert_eq!(count(&app, "SELECT COUNT(*) FROM account_session").await, 1);
    let stored: String =
        sqlx::query_scalar("SELECT token_hash FROM account_session").fetch_one(&app.pool).await.unwrap();
    assert!(!cookie.contains(&stored), "only a hash of the token is stored");

    let anonymous = app.get("/account").await;
    assert_eq!(anonymous.status, 401);
    assert!(anonymous.body.contains(r#"href="/signin""#));

    // Sign-out (the account page's button) ends the session on the server: the old cookie no longer works.
    let out = app.fill_in("/account", "/api/sign_out", &[], &cookie).await;
    assert!(out.status.is_success() || out.status.is_redirection(), "{}", out.status);
    assert_eq!(count(&app, "SELECT COUNT(*) FROM account_session").await, 0);
    assert_eq!(app.get_with("/account", &[("cookie", &cookie)]).await.status, 401);
}

pub(super) async fn wrong_passwords_are_rate_limited(backend: Backend) {
    let app = TestApp::new(backend).await;
    coordinator(&app, "ana@example.org").await;
    for _ in 0..app::auth::ssr::ACCOUNT_FAILURES {
        let (status, cookie) = sign_in(&app, "ana@example.org", "wrong password!").await;
        assert_eq!((status, cookie), (401, None));
    }
    // Locked for a while, even with the right password; the message says how long.
    let response =
        app.post_form("/api/sign_in", &form(&[("email", "ana@example.org"), ("password", PASSWORD)]), &[]).await;
    assert_eq!(response.status, 429);
    assert!(response.header("set-cookie").is_none());
    assert!(response.body.contains("RateLimited"), "{}", response.body);
    let message = app::error::AppError::RateLimited(15).message(app::i18n::Locale::default());
    assert!(message.contains("15 minutes"), "{message}");
    // An unknown account fails the same way as a wrong password.
    assert_eq!(sign_in(&app, "nobody@example.org", PASSWORD).await.0, 401);
    // The limit is per account: another coordinator still signs in.
    coordinator(&app, "bea@example.org").await;
    assert!(sign_in(&app, "bea@example.org", PASSWORD).await.1.is_some());
}

pub(super) async fn sign_in_errors_show_without_javascript(backend: Backend) {
    let app = TestApp::new(backend).await;
    coordinator(&app, "ana@example.org").await;
    let response = app
        .post_form(
            "/api/sign_in",
            &form(&[("email", "ana@example.org"), ("password", "not it at all")]),
            &[("accept", "text/html"), ("referer", "http://quorum.test/signin?lang=fr")],
        )
        .await;
    assert!(response.status.is_redirection());
    // The error comes back in a short-lived cookie, not in the address bar.
    let location = response.header("location").unwrap().to_string();
    assert_eq!(location, "http://quorum.test/signin?lang=fr");
    let cookie = response.header("set-cookie").unwrap().split(';').next().unwrap().to_string();
    assert!(cookie.starts_with("quorum_form_error=/api/sign_in!"), "{cookie}");
    let page = app.get_with("/signin?lang=fr", &[("cookie", &cookie)]).await;
    let french = app::i18n::Locale::from_tag("fr").unwrap();
    assert!(page.body.contains(&french.t("error-bad-credentials")), "translated error next to the form");
    assert!(page.header("set-cookie").is_some_and(|c| c.starts_with("quorum_form_error=;")), "shown once");
    assert!(page.header("cache-control").is_some_and(|c| c.contains("no-store")), "never kept by a cache");
    // The same page without the cookie (a reload after it ended) shows no error.
    let again = app.get("/signin?lang=fr").await;
    assert!(!again.body.contains(&french.t("error-bad-credentials")));
}

pub(super) async fn cross_origin_writes_are_refused(backend: Backend) {
    let app = TestApp::new(backend).await;
    coordinator(&app, "ana@example.org").await;
    let body = form(&[("email", "ana@example.org"), ("password", PASSWORD)]);
    let evil = app.post_form("/api/sign_in", &body, &[("origin", "https://evil.example")]).await;
    assert_eq!(evil.status, 403);
    assert!(evil.header("set-cookie").is_none());
    let fetch = app.post_form("/api/sign_in", &body, &[("sec-fetch-site", "cross-site")]).await;
    assert_eq!(fetch.status, 403);
    let null = app.post_form("/api/sign_in", &body, &[("origin", "null")]).await;
    assert_eq!(null.status, 403);
    assert_eq!(count(&app, "SELECT COUNT(*) FROM account_session").await, 0);
    // Same origin works.
    assert!(sign_in(&app, "ana@example.org", PASSWORD).await.1.is_some());
}

pub(super) async fn expired_sessions_and_disabled_accounts_are_refused(backend: Backend) {
    let app = TestApp::new(backend).await;
    coordinator(&app, "ana@example.org").await;
    let (_, cookie) = sign_in(&app, "ana@example.org", PASSWORD).await;
    let cookie = cookie.unwrap();
    assert_eq!(app.get_with("/account", &[("cookie", &cookie)]).await.status, 200);
    sqlx::query("UPDATE account_session SET expires_at = $1")
        .bind("2000-01-01T00:00:00Z")
        .execute(&app.pool)
        .await
        .unwrap();
    assert_eq!(app.get_with("/account", &[("cookie", &cookie)]).await.status, 401, "expired");

    let (_, cookie) = sign_in(&app, "ana@example.org", PASSWORD).await;
    let cookie = cookie.unwrap();
    sqlx::query("UPDATE account SET disabled = 1").execute(&app.pool).await.unwrap();
    assert_eq!(app.get_with("/account", &[("cookie", &cookie)]).await.status, 401, "disabled: session ends");
    assert_eq!(sign_in(&app, "ana@example.org", PASSWORD).await.0, 401, "disabled: cannot sign in");
}

pub(super) async fn create_admin_command(backend: Backend) {
    let app = TestApp::new(backend).await;
    let id = server::create_admin(&app.database_url, "Admin@Example.org", PASSWORD).await.unwrap();
    let role: String =
        sqlx::query_scalar("SELECT role FROM account WHERE id = $1").bind(&id).fetch_one(&app.pool).await.unwrap();
    assert_eq!(role, "admin");
    let hash: String = sqlx::query_scalar("SELECT password_hash FROM account").fetch_one(&app.pool).await.unwrap();
    assert!(hash.starts_with("$argon2id$"), "Argon2id: {hash}");
    assert!(server::create_admin(&app.database_url, "admin@example.org", PASSWORD).await.is_err(), "unique e-mail");
    assert!(server::create_admin(&app.database_url, "other@example.org", "short").await.is_err(), "password length");
    let (_, cookie) = sign_in(&app, "admin@example.org", PASSWORD).await;
    let page = app.get_with("/account", &[("cookie", &cookie.unwrap())]).await;
    assert!(page.body.contains("admin@example.org (admin)"), "signed in as admin");
}

/// Every server function that is not a plain read is refused without a session, except
/// the two that exist to start and end one. Enumerated from the registry, so a new write
/// cannot be forgotten: add it to a role's tests, not to this list.
pub(super) async fn every_mutating_server_function_requires_a_session(backend: Backend) {
    // Each public write is rate-limited, behind a honeypot, or keyed by a token only
    // its owner received (`app::auth::PUBLIC_WRITES` says why).
    const PUBLIC_WRITES: [&str; 11] = [
        "/api/sign_in",
        "/api/sign_out",
        "/api/report_correction",
        "/api/use_link",
        "/api/sign_open_letter",
        "/api/confirm_signature",
        "/api/subscribe_alert",
        "/api/confirm_alert",
        "/api/unsubscribe_alert",
        "/api/report_sent",
        "/api/report_reply",
    ];
    assert_eq!(app::auth::PUBLIC_WRITES, PUBLIC_WRITES, "a new public write needs a reason and a review");
    let app = TestApp::new(backend).await;
    let writes: Vec<&str> = leptos::server_fn::axum::server_fn_paths()
        .filter(|(_, method)| *method != http::Method::GET)
        .map(|(path, _)| path)
        .filter(|path| !PUBLIC_WRITES.contains(path))
        .collect();
    for expected in [
        "/api/edit_body",
        "/api/accept_correction",
        "/api/reject_correction",
        "/api/invite_account",
        "/api/set_account_disabled",
        "/api/password_reset_link",
        "/api/save_standard",
        "/api/save_adoption",
        "/api/save_translation",
        "/api/save_membership",
        "/api/record_position",
        "/api/save_cycle",
        "/api/save_pipeline",
        "/api/add_pipeline_note",
        "/api/confirm_import",
        "/api/save_letter_text",
        "/api/set_letter_status",
        "/api/save_letter_settings",
        "/api/moderate_signature",
        "/api/record_report",
        "/api/dismiss_report",
        "/api/set_digest",
    ] {
        assert!(writes.contains(&expected), "{expected} in {writes:?}");
    }
    for path in &writes {
        let response = app.post_form(path, "", &[]).await;
        assert!(matches!(response.status.as_u16(), 401 | 403), "{path} answered {} anonymously", response.status);
    }
    // Reads are all GET (no mutating route hides behind a read).
    let reads = leptos::server_fn::axum::server_fn_paths().filter(|(_, m)| *m == http::Method::GET).count();
    assert!(reads >= 5, "server functions are registered ({reads} reads)");
}
