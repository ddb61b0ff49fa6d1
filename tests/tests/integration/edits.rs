//! Coordinators' edits of bodies, corrections from the public, account administration.

use super::*;

/// The edit form as a coordinator would submit it: today's values with `changes` applied.
/// The body's edit form as the page renders it for the signed-in `cookie`, with
/// `changes` typed in and the source and date filled: exactly the fields a browser posts.
pub(super) async fn edit_form(
    app: &TestApp,
    cookie: &str,
    code: &str,
    changes: &[(&str, &str)],
    source: &str,
    as_of: &str,
) -> String {
    let page = app.get_with(&format!("/nsbs/{code}/edit"), &[("cookie", cookie)]).await;
    let mut form = page.form("/api/edit_body");
    for (name, value) in changes {
        form.set(name, value);
    }
    form.set("source", source).set("as_of", as_of);
    form.body()
}

pub(super) async fn signed_in_coordinator(app: &TestApp, email: &str) -> String {
    coordinator(app, email).await;
    sign_in(app, email, PASSWORD).await.1.unwrap()
}

pub(super) async fn coordinator_edits_a_record_with_source_and_history(backend: Backend) {
    let app = TestApp::new(backend).await;
    let cookie = signed_in_coordinator(&app, "ana@example.org").await;
    let page = app.get_with("/nsbs/BR/edit", &[("cookie", &cookie)]).await;
    assert_eq!(page.status, 200);
    assert!(page.body.contains(r#"action="/api/edit_body""#) && page.body.contains(r#"name="version" value="1""#));
    let old_email: String =
        sqlx::query_scalar("SELECT email FROM nsb WHERE alpha2 = 'BR'").fetch_one(&app.pool).await.unwrap();

    // A letter before the edit: its facts are kept while the data is unchanged.
    let letter = "/api/v1/letters/render?nsb=BR&purpose=adopt&lang=pt";
    let new_address = "mailto:atendimento@abnt.org.br?";
    let (_, before) = api_json(&app, letter).await;
    assert!(!before["mailto"].as_str().unwrap().starts_with(new_address), "{before}");

    let body = edit_form(
        &app,
        &cookie,
        "BR",
        &[("email", "atendimento@abnt.org.br")],
        "ABNT contact page, abnt.org.br",
        "2026-11-20",
    )
    .await;
    let saved = app.post_form("/api/edit_body", &body, &[("cookie", &cookie)]).await;
    assert!(saved.status.is_success() || saved.status.is_redirection(), "{} {}", saved.status, saved.body);
    // The next letter is written to the new address at once.
    let (_, after) = api_json(&app, letter).await;
    assert!(after["mailto"].as_str().unwrap().starts_with(new_address), "{after}");

    let (email, version): (String, i64) =
        sqlx::query_as("SELECT email, version FROM nsb WHERE alpha2 = 'BR'").fetch_one(&app.pool).await.unwrap();
    assert_eq!((email.as_str(), version), ("atendimento@abnt.org.br", 2));
    let audit: Vec<(String, Option<String>, Option<String>, String)> =
        sqlx::query_as("SELECT field, before_value, after_value, source FROM audit_log")
            .fetch_all(&app.pool)
            .await
            .unwrap();
    assert_eq!(
        audit,
        vec![(
            "email".into(),
            Some(old_email.clone()),
            Some("atendimento@abnt.org.br".into()),
            "ABNT contact page, abnt.org.br".into()
        )]
    );

    // The public page shows the new value with its source and date, and the history,
    // without the coordinator's address.
    let public = app.get("/nsbs/BR").await;
    assert!(public.body.contains("atendimento@abnt.org.br"));
    assert!(
        public.text().contains("Source: ABNT contact page, abnt.org.br (official), as of November 20, 2026"),
        "field provenance"
    );
    assert!(public.body.contains(&format!("E-mail: {old_email} → atendimento@abnt.org.br")), "history entry");
    assert!(public.body.contains("by a coordinator") && !public.body.contains("ana@example.org"));
    let signed_in = app.get_with("/nsbs/BR", &[("cookie", &cookie)]).await;
    assert!(signed_in.body.contains("by ana@example.org") && signed_in.body.contains(r#"href="/nsbs/BR/edit""#));

    // The recent-changes feed, filtered.
    let feed = app.get_with("/changes?field=email", &[("cookie", &cookie)]).await;
    assert_eq!(feed.status, 200);
    assert!(feed.body.contains("atendimento@abnt.org.br"));
    let none = app.get_with("/changes?field=phone", &[("cookie", &cookie)]).await;
    assert!(!none.body.contains("atendimento@abnt.org.br"));
}

pub(super) async fn stale_edits_are_refused_and_say_what_changed(backend: Backend) {
    let app = TestApp::new(backend).await;
    let ana = signed_in_coordinator(&app, "ana@example.org").await;
    let bea = signed_in_coordinator(&app, "bea@example.org").await;
    // Both open the form at version 1.
    let first = edit_form(&app, &ana, "BR", &[("phone", "+55 11 1111-1111")], "call to ABNT", "2026-11-20").await;
    let second = edit_form(&app, &bea, "BR", &[("acronym", "ABNT!")], "ABNT website", "2026-11-21").await;
    let saved = app.post_form("/api/edit_body", &first, &[("cookie", &ana)]).await;
    assert!(saved.status.is_success() || saved.status.is_redirection());
    let refused = app.post_form("/api/edit_body", &second, &[("cookie", &bea)]).await;
    assert_eq!(refused.status, 409, "{}", refused.body);
    assert!(refused.body.contains("Conflict") && refused.body.contains("+55 11 1111-1111"), "{}", refused.body);
    let acronym: String =
        sqlx::query_scalar("SELECT acronym FROM nsb WHERE alpha2 = 'BR'").fetch_one(&app.pool).await.unwrap();
    assert_eq!(acronym, "ABNT", "the stale edit changed nothing");
    assert_eq!(count(&app, "SELECT COUNT(*) FROM audit_log").await, 1);
}

pub(super) async fn invalid_edits_change_nothing(backend: Backend) {
    let app = TestApp::new(backend).await;
    let cookie = signed_in_coordinator(&app, "ana@example.org").await;
    let bad =
        edit_form(&app, &cookie, "BR", &[("email", "not an address"), ("website", "two words")], "", "2999-01-01")
            .await;
    let refused = app.post_form("/api/edit_body", &bad, &[("cookie", &cookie)]).await;
    assert_eq!(refused.status, 422, "{}", refused.body);
    for key in ["edit-error-email", "edit-error-website", "edit-error-source-required", "edit-error-date"] {
        assert!(refused.body.contains(key), "{key} in {}", refused.body);
    }
    let unchanged = edit_form(&app, &cookie, "BR", &[], "nothing new", "2026-11-20").await;
    let nothing = app.post_form("/api/edit_body", &unchanged, &[("cookie", &cookie)]).await;
    assert!(nothing.body.contains("edit-error-no-change"), "{}", nothing.body);
    assert_eq!(count(&app, "SELECT COUNT(*) FROM audit_log").await, 0);
    assert_eq!(count(&app, "SELECT version FROM nsb WHERE alpha2 = 'BR'").await, 1);
}

pub(super) async fn edit_errors_show_without_javascript(backend: Backend) {
    let app = TestApp::new(backend).await;
    let cookie = signed_in_coordinator(&app, "ana@example.org").await;
    let bad = edit_form(&app, &cookie, "BR", &[("email", "not an address")], "ABNT website", "2026-11-20").await;
    let response = app
        .post_form(
            "/api/edit_body",
            &bad,
            &[("cookie", &cookie), ("accept", "text/html"), ("referer", "http://quorum.test/nsbs/BR/edit?lang=de")],
        )
        .await;
    assert!(response.status.is_redirection(), "{}", response.status);
    assert!(!response.header("location").unwrap().contains("__err"), "the error is not in the address");
    let page = app.follow(&response, &cookie).await;
    let german = app::i18n::Locale::from_tag("de").unwrap();
    assert!(page.body.contains(&german.t("edit-error-email")), "the field's message, translated");
    // A good edit without JavaScript lands on the body page with a confirmation.
    let good = edit_form(&app, &cookie, "BR", &[("fax", "+55 11 0000-0000")], "ABNT website", "2026-11-20").await;
    let response = app
        .post_form(
            "/api/edit_body",
            &good,
            &[("cookie", &cookie), ("accept", "text/html"), ("referer", "http://quorum.test/nsbs/BR/edit")],
        )
        .await;
    assert_eq!(response.header("location"), Some("/nsbs/BR?saved=1"));
    // The confirmation is said at the top of the page, before the card, where the reader lands.
    let page = app.follow(&response, &cookie).await;
    let notice = page.body.find(r#"id="saved-notice""#).expect("a saved notice");
    assert!(notice < page.body.find(r#"id="card-heading""#).unwrap(), "above the card");
    let before = page.body.floor_char_boundary(notice.saturating_sub(200));
    assert!(!page.body[before..page.body.floor_char_boundary(notice + 100)].contains("hidden"), "and shown");
}

pub(super) async fn edit_pages_need_a_coordinator(backend: Backend) {
    let app = TestApp::new(backend).await;
    assert_eq!(app.get("/nsbs/BR/edit").await.status, 401);
    assert_eq!(app.get("/changes").await.status, 401);
    let cookie = signed_in_coordinator(&app, "ana@example.org").await;
    let body = edit_form(&app, &cookie, "BR", &[("email", "x@y.org")], "s", "2026-11-20").await;
    assert_eq!(app.post_form("/api/edit_body", &body, &[]).await.status, 401);
    assert_eq!(count(&app, "SELECT COUNT(*) FROM audit_log").await, 0);
}

pub(super) async fn report(app: &TestApp, pairs: &[(&str, &str)]) -> TestResponse {
    app.post_form("/api/report_correction", &form(pairs), &[]).await
}

pub(super) async fn open_correction_id(app: &TestApp) -> String {
    sqlx::query_scalar("SELECT id FROM correction WHERE status = 'open'").fetch_one(&app.pool).await.unwrap()
}

pub(super) async fn public_correction_is_accepted_into_the_record(backend: Backend) {
    let app = TestApp::new(backend).await;
    // The reader fills in the form on the body's page.
    let changes = [
        ("field", "phone"),
        ("value", "+55 11 3017-3600"),
        ("source", "abnt.org.br/contato"),
        ("email", "reader@example.org"),
    ];
    let sent = app.fill_in("/nsbs/BR", "/api/report_correction", &changes, "").await;
    assert!(sent.status.is_success() || sent.status.is_redirection(), "{} {}", sent.status, sent.body);
    assert_eq!(count(&app, "SELECT COUNT(*) FROM correction WHERE status = 'open'").await, 1);
    let stored: String = sqlx::query_scalar("SELECT client_hash FROM correction").fetch_one(&app.pool).await.unwrap();
    assert_eq!(stored.len(), 64, "the reporter's address is kept only as a hash");
    let phone_before: Option<String> =
        sqlx::query_scalar("SELECT phone FROM nsb WHERE alpha2 = 'BR'").fetch_one(&app.pool).await.unwrap();
    assert_ne!(phone_before.as_deref(), Some("+55 11 3017-3600"), "nothing is published before review");

    assert_eq!(app.get("/corrections").await.status, 401);
    let cookie = signed_in_coordinator(&app, "ana@example.org").await;
    let account = app.get_with("/account", &[("cookie", &cookie)]).await;
    assert!(account.body.contains("1 open correction waits for a coordinator."), "dashboard count");
    let queue = app.get_with("/corrections", &[("cookie", &cookie)]).await;
    assert_eq!(queue.status, 200);
    assert!(queue.body.contains("+55 11 3017-3600") && queue.body.contains("reader@example.org"));

    let accept = queue.form("/api/accept_correction");
    assert_eq!(accept.value("value").as_deref(), Some("+55 11 3017-3600"), "accepts what the reader proposed");
    let accepted = app.submit(&accept, &[("cookie", &cookie)]).await;
    assert!(accepted.status.is_success() || accepted.status.is_redirection(), "{} {}", accepted.status, accepted.body);
    let phone: String =
        sqlx::query_scalar("SELECT phone FROM nsb WHERE alpha2 = 'BR'").fetch_one(&app.pool).await.unwrap();
    assert_eq!(phone, "+55 11 3017-3600");
    let audit: (String, String, String) =
        sqlx::query_as("SELECT field, source, action FROM audit_log").fetch_one(&app.pool).await.unwrap();
    assert_eq!(audit, ("phone".into(), "abnt.org.br/contato".into(), "correction".into()));
    let (status, decided_by): (String, Option<String>) =
        sqlx::query_as("SELECT status, decided_by FROM correction").fetch_one(&app.pool).await.unwrap();
    assert_eq!(status, "accepted");
    assert!(decided_by.is_some());
    let page = app.get("/nsbs/BR").await;
    assert!(page.text().contains("Source: abnt.org.br/contato"), "the reporter's source shows next to the value");
    // Handled once only.
    let again = app.submit(&accept, &[("cookie", &cookie)]).await;
    assert!(again.body.contains("corrections-error-closed"), "{}", again.body);
    assert_eq!(count(&app, "SELECT COUNT(*) FROM audit_log").await, 1);
}

pub(super) async fn corrections_can_be_edited_then_accepted_or_rejected(backend: Backend) {
    let app = TestApp::new(backend).await;
    let cookie = signed_in_coordinator(&app, "ana@example.org").await;
    report(
        &app,
        &[
            ("alpha2", "FR"),
            ("field", "website"),
            ("value", "afnor.org"),
            ("source", "search"),
            ("email", ""),
            ("website", ""),
        ],
    )
    .await;
    // The coordinator corrects the proposal in the queue's second form, then accepts it.
    let queue = app.get_with("/corrections", &[("cookie", &cookie)]).await;
    let mut edited = queue.forms("/api/accept_correction")[1].clone();
    edited.set("value", "https://www.afnor.org").set("source", "AFNOR home page, checked by a coordinator");
    app.submit(&edited, &[("cookie", &cookie)]).await;
    let website: String =
        sqlx::query_scalar("SELECT website FROM nsb WHERE alpha2 = 'FR'").fetch_one(&app.pool).await.unwrap();
    assert_eq!(website, "https://www.afnor.org");

    report(
        &app,
        &[
            ("alpha2", "FR"),
            ("field", "acronym"),
            ("value", "XYZ"),
            ("source", "a rumour"),
            ("email", ""),
            ("website", ""),
        ],
    )
    .await;
    let id = open_correction_id(&app).await;
    let no_reason = app.fill_in("/corrections", "/api/reject_correction", &[("reason", " ")], &cookie).await;
    assert!(no_reason.body.contains("corrections-error-reason"), "{}", no_reason.body);
    let reason = [("reason", "No source supports this acronym.")];
    let rejected = app.fill_in("/corrections", "/api/reject_correction", &reason, &cookie).await;
    assert!(rejected.status.is_success() || rejected.status.is_redirection());
    let (status, reason): (String, Option<String>) =
        sqlx::query_as("SELECT status, reason FROM correction WHERE id = $1")
            .bind(&id)
            .fetch_one(&app.pool)
            .await
            .unwrap();
    assert_eq!((status.as_str(), reason.as_deref()), ("rejected", Some("No source supports this acronym.")));
    let acronym: String =
        sqlx::query_scalar("SELECT acronym FROM nsb WHERE alpha2 = 'FR'").fetch_one(&app.pool).await.unwrap();
    assert_eq!(acronym, "AFNOR");
    assert_eq!(count(&app, "SELECT COUNT(*) FROM correction").await, 2, "decisions keep the report");
}

pub(super) async fn correction_reports_resist_spam_and_bad_input(backend: Backend) {
    let app = TestApp::new(backend).await;
    // The honeypot: thanked, nothing stored.
    let bot = report(
        &app,
        &[
            ("alpha2", "BR"),
            ("field", "email"),
            ("value", "spam@spam.example"),
            ("source", "x"),
            ("email", ""),
            ("website", "http://spam.example"),
        ],
    )
    .await;
    assert!(bot.status.is_success() || bot.status.is_redirection());
    assert_eq!(count(&app, "SELECT COUNT(*) FROM correction").await, 0);
    // Bad input: clear errors, nothing stored.
    let long = "x".repeat(401);
    let bad = report(
        &app,
        &[
            ("alpha2", "BR"),
            ("field", "address"),
            ("value", &long),
            ("source", ""),
            ("email", "not mail"),
            ("website", ""),
        ],
    )
    .await;
    assert_eq!(bad.status, 422, "{}", bad.body);
    for key in ["edit-error-too-long", "edit-error-source-required", "edit-error-email"] {
        assert!(bad.body.contains(key), "{key}: {}", bad.body);
    }
    let field = report(
        &app,
        &[("alpha2", "BR"), ("field", "version"), ("value", "9"), ("source", "x"), ("email", ""), ("website", "")],
    )
    .await;
    assert!(field.body.contains("report-error-field"));
    assert_eq!(count(&app, "SELECT COUNT(*) FROM correction").await, 0);
    // Rate limit per address.
    for i in 0..app::directory::ssr::corrections::REPORTS_PER_HOUR {
        let value = format!("+55 11 0000-000{i}");
        let ok = report(
            &app,
            &[("alpha2", "BR"), ("field", "phone"), ("value", &value), ("source", "x"), ("email", ""), ("website", "")],
        )
        .await;
        assert!(ok.status.is_success() || ok.status.is_redirection(), "{}", ok.body);
    }
    let limited = report(
        &app,
        &[("alpha2", "BR"), ("field", "phone"), ("value", "1"), ("source", "x"), ("email", ""), ("website", "")],
    )
    .await;
    assert!(limited.body.contains("report-error-too-many"), "{}", limited.body);
    assert_eq!(
        count(&app, "SELECT COUNT(*) FROM correction").await,
        app::directory::ssr::corrections::REPORTS_PER_HOUR
    );
}

pub(super) async fn signed_in_admin(app: &TestApp) -> String {
    server::create_admin(&app.database_url, "admin@example.org", PASSWORD).await.unwrap();
    sign_in(app, "admin@example.org", PASSWORD).await.1.unwrap()
}

/// The one-time token an admin action handed to the accounts page (in a cookie for that
/// page only: never in the URL it redirects to).
pub(super) fn link_token(response: &TestResponse) -> String {
    let location = response.header("location").unwrap_or_default();
    assert_eq!(location, "/admin/accounts", "no token in the URL");
    let cookie = response.header("set-cookie").unwrap_or_default();
    assert!(cookie.contains("Path=/admin/accounts") && cookie.contains("HttpOnly"), "{cookie}");
    cookie.strip_prefix("quorum_new_link=").unwrap_or_default().split(';').next().unwrap_or_default().to_string()
}

pub(super) async fn admin_invites_a_coordinator_who_sets_a_password(backend: Backend) {
    let app = TestApp::new(backend).await;
    let admin = signed_in_admin(&app).await;
    let page = app.get_with("/admin/accounts", &[("cookie", &admin)]).await;
    assert_eq!(page.status, 200);
    assert!(page.body.contains("admin@example.org"));
    let invite = [("email", "Bea@Example.org"), ("role", "coordinator")];
    let invited = app.fill_in("/admin/accounts", "/api/invite_account", &invite, &admin).await;
    let token = link_token(&invited);
    assert_eq!(token.len(), 64, "{:?}", invited.header("location"));
    let with_link = format!("{admin}; quorum_new_link={token}");
    let shown = app.get_with(invited.header("location").unwrap(), &[("cookie", &with_link)]).await;
    assert!(shown.body.contains(&format!("/invitation/{token}")), "the admin sees the link to send");
    assert!(shown.body.contains("bea@example.org"), "and whom it is for");
    assert!(shown.header("set-cookie").is_some_and(|c| c.contains("Max-Age=0")), "shown once");
    assert!(!app.get_with("/admin/accounts", &[("cookie", &admin)]).await.body.contains(&token));
    assert_eq!(
        count(&app, &format!("SELECT COUNT(*) FROM account_token WHERE token_hash LIKE '{}%'", &token[..8])).await,
        0,
        "only a hash is stored"
    );

    let welcome = app.get(&format!("/invitation/{token}")).await;
    assert_eq!(welcome.status, 200);
    assert!(welcome.body.contains("bea@example.org") && welcome.body.contains(r#"action="/api/use_link""#));
    let link = format!("/invitation/{token}");
    let mismatch =
        app.fill_in(&link, "/api/use_link", &[("password", PASSWORD), ("password_again", "something else!")], "").await;
    assert!(mismatch.body.contains("invitation-error-mismatch"), "{}", mismatch.body);
    let done = app.fill_in(&link, "/api/use_link", &[("password", PASSWORD), ("password_again", PASSWORD)], "").await;
    assert!(done.header("set-cookie").is_some_and(|c| c.starts_with("quorum_session=")), "signed in");
    let role: String = sqlx::query_scalar("SELECT role FROM account WHERE email = 'bea@example.org'")
        .fetch_one(&app.pool)
        .await
        .unwrap();
    assert_eq!(role, "coordinator");
    assert!(sign_in(&app, "bea@example.org", PASSWORD).await.1.is_some());

    // Coordinators cannot manage accounts.
    let bea = sign_in(&app, "bea@example.org", PASSWORD).await.1.unwrap();
    let refused = app
        .post_form(
            "/api/invite_account",
            &form(&[("email", "eve@example.org"), ("role", "admin")]),
            &[("cookie", &bea)],
        )
        .await;
    assert_eq!(refused.status, 403);
    assert!(!app.get_with("/admin/accounts", &[("cookie", &bea)]).await.body.contains("eve@example.org"));
    assert_eq!(count(&app, "SELECT COUNT(*) FROM account_token").await, 1);
    // An address that has an account cannot be invited again.
    let invite = [("email", "bea@example.org"), ("role", "coordinator")];
    let twice = app.fill_in("/admin/accounts", "/api/invite_account", &invite, &admin).await;
    assert!(twice.body.contains("accounts-error-exists"), "{}", twice.body);
}

pub(super) async fn invitation_links_expire_and_work_once(backend: Backend) {
    let app = TestApp::new(backend).await;
    let admin = signed_in_admin(&app).await;
    let invited = app
        .post_form(
            "/api/invite_account",
            &form(&[("email", "bea@example.org"), ("role", "coordinator")]),
            &[("cookie", &admin)],
        )
        .await;
    let token = link_token(&invited);
    sqlx::query("UPDATE account_token SET expires_at = $1")
        .bind("2000-01-01T00:00:00Z")
        .execute(&app.pool)
        .await
        .unwrap();
    let expired = app.get(&format!("/invitation/{token}")).await;
    assert!(expired.body.contains(&app::i18n::Locale::default().t("invitation-error-invalid")));
    let used = app
        .post_form(
            "/api/use_link",
            &form(&[("token", &token), ("password", PASSWORD), ("password_again", PASSWORD)]),
            &[],
        )
        .await;
    assert!(used.body.contains("invitation-error-invalid"), "{}", used.body);
    assert_eq!(count(&app, "SELECT COUNT(*) FROM account").await, 1, "no account from an expired link");

    let invited = app
        .post_form(
            "/api/invite_account",
            &form(&[("email", "cy@example.org"), ("role", "admin")]),
            &[("cookie", &admin)],
        )
        .await;
    let token = link_token(&invited);
    let body = form(&[("token", &token), ("password", PASSWORD), ("password_again", PASSWORD)]);
    assert!(app.post_form("/api/use_link", &body, &[]).await.header("set-cookie").is_some());
    let again = app.post_form("/api/use_link", &body, &[]).await;
    assert!(again.body.contains("invitation-error-invalid") && again.header("set-cookie").is_none(), "works once");
}

pub(super) async fn admin_disables_enables_and_resets_accounts(backend: Backend) {
    let app = TestApp::new(backend).await;
    let admin = signed_in_admin(&app).await;
    let bea_id = coordinator(&app, "bea@example.org").await;
    let bea = sign_in(&app, "bea@example.org", PASSWORD).await.1.unwrap();

    // Each account's row holds its own buttons.
    let row_form = |page: &TestResponse, action: &str| {
        let forms = page.forms(action);
        forms.into_iter().find(|f| f.value("id").as_deref() == Some(bea_id.as_str())).expect("a form in bea's row")
    };
    let page = app.get_with("/admin/accounts", &[("cookie", &admin)]).await;
    let off = row_form(&page, "/api/set_account_disabled");
    assert_eq!(off.value("disabled").as_deref(), Some("true"), "an active account offers Disable");
    app.submit(&off, &[("cookie", &admin)]).await;
    assert_eq!(app.get_with("/account", &[("cookie", &bea)]).await.status, 401, "her session ended");
    assert_eq!(sign_in(&app, "bea@example.org", PASSWORD).await.0, 401);
    let page = app.get_with("/admin/accounts", &[("cookie", &admin)]).await;
    let on = row_form(&page, "/api/set_account_disabled");
    assert_eq!(on.value("disabled").as_deref(), Some("false"), "a disabled account offers Enable");
    app.submit(&on, &[("cookie", &admin)]).await;
    assert!(sign_in(&app, "bea@example.org", PASSWORD).await.1.is_some());

    let admin_id: String =
        sqlx::query_scalar("SELECT id FROM account WHERE role = 'admin'").fetch_one(&app.pool).await.unwrap();
    let myself = app
        .post_form(
            "/api/set_account_disabled",
            &form(&[("id", &admin_id), ("disabled", "true")]),
            &[("cookie", &admin)],
        )
        .await;
    assert!(myself.body.contains("accounts-error-self"), "{}", myself.body);

    let page = app.get_with("/admin/accounts", &[("cookie", &admin)]).await;
    let reset_form = row_form(&page, "/api/password_reset_link");
    let earlier = link_token(&app.submit(&reset_form, &[("cookie", &admin)]).await);
    let token = link_token(&app.submit(&reset_form, &[("cookie", &admin)]).await);
    assert_ne!(earlier, token);
    let new_password = "a brand new passphrase";
    let new_passwords = [("password", new_password), ("password_again", new_password)];
    app.fill_in(&format!("/invitation/{token}"), "/api/use_link", &new_passwords, "").await;
    // Using one reset link ends the account's other links.
    let stolen = "a thief's passphrase!";
    let later = app
        .post_form(
            "/api/use_link",
            &form(&[("token", &earlier), ("password", stolen), ("password_again", stolen)]),
            &[],
        )
        .await;
    assert!(later.body.contains("invitation-error-invalid") && later.header("set-cookie").is_none(), "{}", later.body);
    assert_eq!(sign_in(&app, "bea@example.org", PASSWORD).await.0, 401, "old password gone");
    assert!(sign_in(&app, "bea@example.org", new_password).await.1.is_some());
    assert!(
        count(&app, "SELECT COUNT(*) FROM audit_log WHERE entity = 'account'").await >= 4,
        "account changes are audited"
    );
}

/// Role × action: anonymous callers are refused every write (JSON 401 for scripts, a
/// redirect to sign-in for plain forms); coordinators are refused the admins' actions;
/// admins may do what coordinators do.
pub(super) async fn every_write_checks_the_role(backend: Backend) {
    let app = TestApp::new(backend).await;
    let anonymous = app.post_form("/api/edit_body", "", &[]).await;
    assert_eq!(anonymous.status, 401);
    assert_eq!(
        serde_json::from_str::<app::error::AppError>(&anonymous.body).ok(),
        Some(app::error::AppError::Unauthorized)
    );
    let form_post = app.post_form("/api/edit_body", "", &[("accept", "text/html")]).await;
    assert_eq!((form_post.status.as_u16(), form_post.header("location")), (303, Some("/signin")));

    let coordinator_cookie = signed_in_coordinator(&app, "bea@example.org").await;
    let admin_only: [(&str, String); 3] = [
        ("/api/invite_account", form(&[("email", "eve@example.org"), ("role", "admin")])),
        ("/api/set_account_disabled", form(&[("id", "x"), ("disabled", "true")])),
        ("/api/password_reset_link", form(&[("id", "x")])),
    ];
    for (path, body) in &admin_only {
        let response = app.post_form(path, body, &[("cookie", &coordinator_cookie)]).await;
        assert_eq!(response.status, 403, "a coordinator at {path}");
    }
    assert_eq!(app.get_with("/api/list_accounts", &[("cookie", &coordinator_cookie)]).await.status, 403);

    let admin = signed_in_admin(&app).await;
    let body = edit_form(&app, &admin, "BR", &[("fax", "+55 11 0000-0000")], "ABNT website", "2026-11-20").await;
    let saved = app.post_form("/api/edit_body", &body, &[("cookie", &admin)]).await;
    assert!(saved.status.is_success() || saved.status.is_redirection(), "admins edit too: {}", saved.status);
    assert_eq!(count(&app, "SELECT COUNT(*) FROM audit_log WHERE entity = 'nsb'").await, 1);
}
