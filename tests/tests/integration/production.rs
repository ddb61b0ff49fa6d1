//! Production: headers, health, limits, backups.

use super::*;

/// The nonce in a page's policy (`'nonce-…'`).
pub(super) fn policy_nonce(policy: &str) -> String {
    let start = policy.find("'nonce-").expect("a nonce in the policy") + 7;
    policy[start..].split('\'').next().unwrap().to_string()
}

pub(super) async fn every_response_carries_security_headers(backend: Backend) {
    let app = TestApp::new(backend).await;
    let page = app.get("/nsbs/BR").await;
    let policy = page.headers["content-security-policy"].to_str().unwrap().to_string();
    let nonce = policy_nonce(&policy);
    assert!(nonce.len() >= 16, "{policy}");
    assert!(policy.contains("'wasm-unsafe-eval'") && policy.contains("frame-ancestors 'none'"), "{policy}");
    assert!(!policy.contains("unsafe-inline"), "{policy}");
    // Every inline script of the page carries this response's nonce, and no other.
    let scripts = page.body.matches("<script").count();
    assert!(scripts >= 1);
    for (i, _) in page.body.match_indices("<script") {
        let tag = &page.body[i..i + page.body[i..].find('>').unwrap()];
        assert!(tag.contains(&format!(r#"nonce="{nonce}""#)), "{tag}");
    }
    assert!(!page.body.contains(" style=\""), "no inline styles");
    // The second answer comes from the page cache, with a nonce of its own throughout.
    let again = app.get("/nsbs/BR").await;
    let second = policy_nonce(again.headers["content-security-policy"].to_str().unwrap());
    assert_ne!(second, nonce, "one per response");
    assert!(!again.body.contains(&nonce) && again.body.contains(&format!(r#"nonce="{second}""#)));
    assert_eq!(again.body.matches("<script").count(), scripts);
    // Out-of-band changes (an operator's SQL) reach cached pages too, within the
    // cache's watch interval.
    sqlx::query("UPDATE nsb SET acronym = 'ABNT-X' WHERE alpha2 = 'BR'").execute(&app.pool).await.unwrap();
    let started = std::time::Instant::now();
    assert!(app.get_until("/nsbs/BR", |r| r.body.contains("ABNT-X")).await.body.contains("ABNT-X"));
    // Well within the interval on an idle machine; the bound leaves room for a loaded CI.
    assert!(started.elapsed() < server::cache::WATCH_INTERVAL * 30, "{:?}", started.elapsed());
    // The review page's tally bars are drawn without inline styles too.
    let review = app.get("/reviews/iso-20400-2022").await;
    assert!(review.body.contains(r#"class="bar obliged"></rect>"#) && !review.body.contains(" style=\""));

    for path in ["/", "/nsbs", "/api/v1/nsbs", "/nsbs.csv", "/no/such/page", "/api/v1/nsbs/ZZ", "/healthz"] {
        let response = app.get(path).await;
        let headers = &response.headers;
        assert_eq!(headers["x-content-type-options"], "nosniff", "{path}");
        assert_eq!(headers["referrer-policy"], "strict-origin-when-cross-origin", "{path}");
        assert!(headers["permissions-policy"].to_str().unwrap().contains("camera=()"), "{path}");
        assert!(headers["content-security-policy"].to_str().unwrap().contains("frame-ancestors 'none'"), "{path}");
        assert!(!headers.contains_key("strict-transport-security"), "no HSTS over plain HTTP ({path})");
    }
    let api = app.get("/api/v1/nsbs").await;
    assert_eq!(api.headers["content-security-policy"], app::security::NON_PAGE_POLICY);
    // Cached pages keep their headers, HSTS only for HTTPS.
    for _ in 0..2 {
        let https = app.get_with("/", &[("x-forwarded-proto", "https")]).await;
        assert!(https.headers["strict-transport-security"].to_str().unwrap().starts_with("max-age=31536000"));
        let plain = app.get("/").await;
        assert!(!plain.headers.contains_key("strict-transport-security"));
        assert_eq!(plain.headers["x-content-type-options"], "nosniff");
    }
}

pub(super) async fn health_readiness_request_ids_and_body_limits(backend: Backend) {
    let app = TestApp::new(backend).await;
    assert_eq!(app.get("/healthz").await.status, 200);
    let ready = app.get("/readyz").await;
    assert_eq!((ready.status.as_u16(), ready.body.as_str()), (200, "ready"));
    // Each response names its request; a caller's own id is kept.
    let id = app.get("/").await.headers["x-request-id"].to_str().unwrap().to_string();
    // The process's random start (8 hex digits), then a count.
    let (start, counter) = id.split_once('-').unwrap_or_else(|| panic!("start-count: {id}"));
    assert!(start.len() == 8 && start.chars().all(|c| c.is_ascii_hexdigit()), "{id}");
    assert!(counter.parse::<u64>().is_ok(), "{id}");
    assert_ne!(app.get("/").await.headers["x-request-id"].to_str().unwrap(), id);
    let own = app.get_with("/", &[("x-request-id", "campaign-42")]).await;
    assert_eq!(own.headers["x-request-id"], "campaign-42");
    // A body over the limit is refused before it is read, and nothing is stored.
    let mut pairs: Vec<(&str, &str)> = SIGNATURE.to_vec();
    let huge = "x".repeat(server::MAX_FORM_BYTES + 1);
    pairs.retain(|(k, _)| *k != "role");
    pairs.push(("role", &huge));
    let refused = sign(&app, &pairs).await;
    assert_eq!(refused.status, 413);
    assert_eq!(count(&app, "SELECT COUNT(*) FROM open_letter_signature").await, 0);
    // A 1 MB field under the limit's size is refused by the field's own check.
    let long = "y".repeat(200_000);
    let mut pairs: Vec<(&str, &str)> = SIGNATURE.to_vec();
    pairs.retain(|(k, _)| *k != "name");
    pairs.push(("name", &long));
    assert_eq!(sign(&app, &pairs).await.status, 422);
    assert_eq!(count(&app, "SELECT COUNT(*) FROM open_letter_signature").await, 0);
}

pub(super) async fn backup_is_a_consistent_restorable_snapshot(backend: Backend) {
    let app = TestApp::new(backend).await;
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("quorum-backup.db");
    if backend == Backend::Postgres {
        assert!(matches!(server::backup(&app.database_url, &file).await, Err(server::BackupError::Postgres)));
        return;
    }
    let cookie = signed_in_coordinator(&app, "ana@example.org").await;
    assert_eq!(save_text(&app, &cookie, "kept", "en", "0", "Kept", "Dear { $body },\n\nKept.").await.status, 200);
    server::backup(&app.database_url, &file).await.unwrap();
    assert!(matches!(server::backup(&app.database_url, &file).await, Err(server::BackupError::Exists(_))));
    // Written after the snapshot: not in it.
    assert_eq!(save_text(&app, &cookie, "later", "en", "0", "Later", "Dear { $body },\n\nLater.").await.status, 200);

    // Restore: a server started on the backup file has everything up to the snapshot.
    let url = format!("sqlite://{}", file.display());
    let pool = app::db::connect(&url).await.unwrap();
    let check: String = sqlx::query_scalar("PRAGMA integrity_check").fetch_one(&pool).await.unwrap();
    assert_eq!(check, "ok");
    for table in ["nsb", "adoption", "review_position", "audit_log", "account"] {
        let sql = format!("SELECT COUNT(*) FROM {table}");
        let original: i64 = sqlx::query_scalar(&sql).fetch_one(&app.pool).await.unwrap();
        let restored: i64 = sqlx::query_scalar(&sql).fetch_one(&pool).await.unwrap();
        if table == "audit_log" {
            assert!(restored < original, "the later save is not in the snapshot");
        } else {
            assert_eq!(restored, original, "{table}");
        }
    }
    let letters: Vec<(String,)> =
        sqlx::query_as("SELECT id FROM open_letter ORDER BY id").fetch_all(&pool).await.unwrap();
    assert_eq!(letters, [("iso-20400-next-review".to_string(),), ("kept".to_string(),)]);
    pool.close().await;
    // A server starts on it: migrations and the seed find everything in place.
    let (state, report) = server::prepare(&url, quorum_tests::leptos_options()).await.unwrap();
    assert_eq!(report.inserted, 0);
    let kept: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM open_letter_text WHERE letter_id = 'kept'")
        .fetch_one(&state.pool)
        .await
        .unwrap();
    assert_eq!(kept, 1);
}

pub(super) async fn two_processes_share_sessions_and_see_each_others_writes(backend: Backend) {
    let first = TestApp::new(backend).await;
    let second = first.another_process().await;
    let cookie = signed_in_coordinator(&first, "ana@example.org").await;
    // Signed in through one process, recognised by the other.
    let account = second.get_with("/account", &[("cookie", &cookie)]).await;
    assert!(account.body.contains("ana@example.org"), "the session lives in the database");
    // A letter written through the second becomes public through the first within the
    // cache's watch interval, though the first had the list in its page cache.
    let before = first.get("/open-letters").await;
    assert!(!before.body.contains(r#"href="/open-letters/shared""#));
    let body = "Dear colleagues at { $body },\n\nPlease vote.";
    assert_eq!(save_text(&second, &cookie, "shared", "en", "0", "Shared", body).await.status, 200);
    assert_eq!(set_status(&second, &cookie, "shared", "en", "1", "reviewed").await.status, 200);
    assert_eq!(set_status(&second, &cookie, "shared", "en", "1", "published").await.status, 200);
    let listed = |r: &TestResponse| r.body.contains(r#"href="/open-letters/shared""#);
    assert!(listed(&first.get_until("/open-letters", listed).await));
    // Through the second, at once.
    assert!(listed(&second.get("/open-letters").await));
    // A stale form sent to the other process is still refused.
    assert_eq!(save_text(&first, &cookie, "shared", "en", "0", "Again", body).await.status, 409);
    // Signing out through one ends the session everywhere.
    let out = first.post_form("/api/sign_out", "", &[("cookie", &cookie)]).await;
    assert!(out.status.is_success() || out.status.is_redirection(), "{}", out.status);
    assert_eq!(save_text(&second, &cookie, "shared", "en", "1", "After", body).await.status, 401);
}

/// Coordinators saving at the same moment all succeed: write transactions take SQLite's
/// write lock up front and wait their turn (before, a transaction that had read first
/// failed at once with "database is locked").
pub(super) async fn concurrent_writes_all_succeed(backend: Backend) {
    let first = TestApp::new(backend).await;
    let second = first.another_process().await;
    let cookie = signed_in_coordinator(&first, "ana@example.org").await;
    let body = "Dear colleagues at { $body },\n\nPlease vote.";
    let saves = (0..24).map(|i| {
        let (app, cookie) = (if i % 2 == 0 { &first } else { &second }, cookie.clone());
        async move { save_text(app, &cookie, &format!("together-{i}"), "en", "0", "Together", body).await.status }
    });
    let statuses = futures::future::join_all(saves).await;
    assert!(statuses.iter().all(|s| *s == 200), "{statuses:?}");
    assert_eq!(count(&first, "SELECT COUNT(*) FROM open_letter WHERE id LIKE 'together-%'").await, 24);
}
