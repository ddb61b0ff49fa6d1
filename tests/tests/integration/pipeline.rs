//! Review cycles, the advocacy pipeline and the dashboard.

use super::*;

pub(super) fn cycle_form(key: &str, version: &str, values: &[(&str, &str)]) -> String {
    let mut pairs: Vec<(&str, &str)> = vec![
        ("key", key),
        ("version", version),
        ("opens_on", "2027-03-01"),
        ("closes_on", "2027-06-30"),
        ("status", "planned"),
        ("outcome", ""),
        ("stage", ""),
        ("decided_on", ""),
        ("notes", ""),
        ("source", "ISO/PC 277 work programme"),
        ("as_of", "2026-11-20"),
    ];
    for (column, value) in values {
        if let Some(pair) = pairs.iter_mut().find(|(c, _)| c == column) {
            pair.1 = value;
        }
    }
    form(&pairs)
}

pub(super) fn refused_fields(response: &TestResponse) -> Vec<String> {
    match serde_json::from_str::<app::error::AppError>(&response.body) {
        Ok(app::error::AppError::Invalid(problems)) => problems.into_iter().map(|p| p.field).collect(),
        other => panic!("expected refused fields, got {} {other:?}", response.status),
    }
}

pub(super) async fn coordinator_opens_and_edits_a_review_cycle(backend: Backend) {
    let app = TestApp::new(backend).await;
    let form_path = "/standards/iso-20400/reviews/edit?year=2027";
    assert_eq!(app.get(form_path).await.status, 401, "the form asks the public to sign in");
    assert_eq!(app.post_form("/api/save_cycle", &cycle_form("iso-20400:2027", "0", &[]), &[]).await.status, 401);

    let cookie = signed_in_coordinator(&app, "ana@example.org").await;
    let reviews = app.get_with("/reviews", &[("cookie", &cookie)]).await;
    assert!(reviews.body.contains(r#"action="/standards/iso-20400/reviews/edit""#), "coordinators start a cycle");
    assert!(!app.get("/reviews").await.body.contains("/reviews/edit"), "the public does not");
    let page = app.get_with(form_path, &[("cookie", &cookie)]).await;
    assert_eq!(page.status, 200);
    assert!(page.body.contains("Review cycle 2027 of ISO 20400"), "{}", page.body);
    assert!(page.body.contains(r#"name="version" value="0""#), "a new cycle");

    // Bad input is refused with every field named, and nothing is written.
    let post = |body: String| {
        let cookie = cookie.clone();
        let app = &app;
        async move { app.post_form("/api/save_cycle", &body, &[("cookie", &cookie)]).await }
    };
    let bad_dates = post(cycle_form("iso-20400:2027", "0", &[("closes_on", "2027-02-30"), ("status", "soon")])).await;
    assert_eq!(bad_dates.status, 422);
    assert_eq!(refused_fields(&bad_dates), ["closes_on", "status"]);
    let backwards = post(cycle_form("iso-20400:2027", "0", &[("closes_on", "2027-01-31")])).await;
    assert_eq!(refused_fields(&backwards), ["closes_on"]);
    let early_outcome = post(cycle_form("iso-20400:2027", "0", &[("outcome", "confirmed")])).await;
    assert_eq!(refused_fields(&early_outcome), ["outcome"]);
    let no_outcome = post(cycle_form("iso-20400:2027", "0", &[("status", "decided")])).await;
    assert_eq!(refused_fields(&no_outcome), ["outcome"]);
    assert_eq!(count(&app, "SELECT COUNT(*) FROM review_cycle").await, 1);
    assert_eq!(post(cycle_form("iso-99999:2027", "0", &[])).await.status, 404, "unknown standard");
    assert_eq!(post(cycle_form("iso-20400:27", "0", &[])).await.status, 404, "a year has four digits");

    // A planned cycle with a closing date in the future, saved through the form as rendered.
    let mut form = page.form("/api/save_cycle");
    assert_eq!(form.value("key").as_deref(), Some("iso-20400:2027"), "the form posts what save_cycle reads");
    form.set("opens_on", "2027-03-01")
        .set("closes_on", "2027-06-30")
        .set("status", "planned")
        .set("source", "ISO/PC 277 work programme")
        .set("as_of", "2026-11-20");
    let saved = app.submit(&form, &[("cookie", &cookie)]).await;
    assert!(saved.status.is_success() || saved.status.is_redirection(), "{} {}", saved.status, saved.body);
    let row: (String, String, Option<String>, String) =
        sqlx::query_as("SELECT standard_id, status, closes_on, source FROM review_cycle WHERE id = 'iso-20400-2027'")
            .fetch_one(&app.pool)
            .await
            .unwrap();
    assert_eq!(
        row,
        ("iso-20400".into(), "planned".into(), Some("2027-06-30".into()), "ISO/PC 277 work programme".into())
    );
    assert_eq!(
        count(&app, "SELECT COUNT(*) FROM audit_log WHERE entity = 'review_cycle' AND entity_key = 'iso-20400-2027'")
            .await,
        3,
        "opens, closes, status"
    );
    let (_, list) = api_json(&app, "/api/v1/reviews").await;
    assert_eq!(list[0]["id"], "iso-20400-2027");
    assert_eq!(
        post(cycle_form("iso-20400:2027", "0", &[])).await.status,
        409,
        "a second form for a new cycle is stale"
    );

    // Opening the ballot from the form as it now reads (version 1).
    let page = app.get_with(form_path, &[("cookie", &cookie)]).await;
    let mut form = page.form("/api/save_cycle");
    assert_eq!(form.value("version").as_deref(), Some("1"));
    assert_eq!(form.value("closes_on").as_deref(), Some("2027-06-30"), "the form shows what is recorded");
    form.set("status", "open").set("source", "ISO/PC 277 secretariat").set("as_of", "2026-11-25");
    let opened = app.submit(&form, &[("cookie", &cookie)]).await;
    assert!(opened.status.is_success() || opened.status.is_redirection(), "{}", opened.body);
    let closes = chrono::NaiveDate::from_ymd_opt(2027, 6, 30).unwrap();
    let days = (closes - chrono::Utc::now().date_naive()).num_days();
    let review = app.get("/reviews/iso-20400-2027").await;
    assert!(review.body.contains(&format!("{days} days left")), "countdown of {days} days");
    assert!(review.body.contains("Ballot open"));

    // The decided 2022 review keeps its outcome; a note is added to it through its form.
    let page = app.get_with("/standards/iso-20400/reviews/edit?year=2022", &[("cookie", &cookie)]).await;
    let mut form = page.form("/api/save_cycle");
    assert_eq!(form.value("key").as_deref(), Some("iso-20400:2022"));
    assert_eq!(form.value("outcome").as_deref(), Some("confirmed"), "the form shows the recorded outcome");
    form.set("notes", "Confirmed; France, Australia, Norway and the Netherlands asked for revision.")
        .set("source", "ISO/PC 277 resolution")
        .set("as_of", "2026-11-20");
    let edited = app.submit(&form, &[("cookie", &cookie)]).await;
    assert!(edited.status.is_success() || edited.status.is_redirection(), "{}", edited.body);
    let audit: Vec<(String,)> =
        sqlx::query_as("SELECT field FROM audit_log WHERE entity = 'review_cycle' AND entity_key = 'iso-20400-2022'")
            .fetch_all(&app.pool)
            .await
            .unwrap();
    assert_eq!(audit, [("notes".to_string(),)], "only the changed field");
    assert!(app.get("/reviews/iso-20400-2022").await.body.contains("asked for revision"));
}

/// A pipeline move as the table's one-click form posts it.
pub(super) fn pipeline_form(alpha2: &str, version: &str, stage: &str, owner: &str, return_to: &str) -> String {
    form(&[
        ("cycle", "iso-20400-2022"),
        ("alpha2", alpha2),
        ("version", version),
        ("stage", stage),
        ("owner", owner),
        ("return_to", return_to),
    ])
}

pub(super) async fn pipeline_moves_are_versioned_audited_and_coordinators_only(backend: Backend) {
    let app = TestApp::new(backend).await;
    let review = "/reviews/iso-20400-2022";
    let move_fr = pipeline_form("FR", "0", "contacted", "", review);
    assert_eq!(app.post_form("/api/save_pipeline", &move_fr, &[]).await.status, 401);
    let public = app.get(review).await;
    assert!(!public.body.contains("Pipeline stage") && !public.body.contains("save_pipeline"), "coordinators only");
    assert!(!app.get(&format!("{review}?lang=en")).await.body.contains("not-contacted"));

    let ana = coordinator(&app, "ana@example.org").await;
    let cookie = sign_in(&app, "ana@example.org", PASSWORD).await.1.unwrap();
    let page = app.get_with(review, &[("cookie", &cookie)]).await;
    assert!(page.body.contains("Pipeline stage") && page.body.contains("Move France to “Contacted”"));
    assert!(page.body.contains(r#"action="/api/save_pipeline""#), "a plain form: works without JavaScript");

    // One click: France is contacted, audited.
    let post = |body: String, extra: &'static [(&'static str, &'static str)]| {
        let cookie = cookie.clone();
        let app = &app;
        async move {
            let mut headers = vec![("cookie", cookie.as_str())];
            headers.extend_from_slice(extra);
            app.post_form("/api/save_pipeline", &body, &headers).await
        }
    };
    let move_form = |page: &TestResponse, alpha2: &str| {
        let forms = page.forms("/api/save_pipeline");
        forms.into_iter().find(|f| f.value("alpha2").as_deref() == Some(alpha2)).expect("a move button in the row")
    };
    let one_click = move_form(&page, "FR");
    assert_eq!(one_click.value("stage").as_deref(), Some("contacted"));
    let moved = app.submit(&one_click, &[("cookie", &cookie)]).await;
    assert_eq!(moved.status, 200, "{}", moved.body);
    let row: (String, Option<String>, i64) = sqlx::query_as(
        "SELECT stage, owner_id, version FROM advocacy WHERE cycle_id = 'iso-20400-2022' AND alpha2 = 'FR'",
    )
    .fetch_one(&app.pool)
    .await
    .unwrap();
    assert_eq!(row, ("contacted".into(), None, 1));
    let audit: (String, Option<String>, Option<String>) = sqlx::query_as(
        "SELECT entity_key, before_value, after_value FROM audit_log WHERE entity = 'advocacy' AND field = 'stage'",
    )
    .fetch_one(&app.pool)
    .await
    .unwrap();
    assert_eq!(audit, ("iso-20400-2022:FR".into(), Some("not-contacted".into()), Some("contacted".into())));

    // The same click from a page that did not see it: refused, says what it is now.
    let stale = post(pipeline_form("FR", "0", "replied", "", review), &[]).await;
    assert_eq!(stale.status, 409);
    match serde_json::from_str::<app::error::AppError>(&stale.body) {
        Ok(app::error::AppError::Conflict(changes)) => assert_eq!(changes[0].now.as_deref(), Some("contacted")),
        other => panic!("{other:?}"),
    }
    // Bad values and no change: refused, nothing written.
    assert_eq!(
        refused_fields(&post(pipeline_form("FR", "1", "won", "nobody-here", review), &[]).await),
        ["stage", "owner"]
    );
    assert_eq!(refused_fields(&post(pipeline_form("FR", "1", "contacted", "", review), &[]).await), [""]);
    assert_eq!(post(pipeline_form("XX", "0", "contacted", "", review), &[]).await.status, 404);
    assert_eq!(count(&app, "SELECT COUNT(*) FROM audit_log WHERE entity = 'advocacy'").await, 1);

    // Ana takes France on in the body's pipeline form; the owner change is audited with her e-mail.
    let body_page = "/reviews/iso-20400-2022/positions/edit?nsb=FR";
    let owned = app.fill_in(body_page, "/api/save_pipeline", &[("owner", &ana)], &cookie).await;
    assert_eq!(owned.status, 200, "{}", owned.body);
    let owner: (Option<String>, Option<String>) =
        sqlx::query_as("SELECT before_value, after_value FROM audit_log WHERE entity = 'advocacy' AND field = 'owner'")
            .fetch_one(&app.pool)
            .await
            .unwrap();
    assert_eq!(owner, (None, Some("ana@example.org".into())));

    // Without JavaScript the form comes back to the page it was sent from, never elsewhere.
    let filtered = app.get_with("/reviews/iso-20400-2022?region=150", &[("cookie", &cookie)]).await;
    let plain = app.submit(&move_form(&filtered, "FR"), &[("cookie", &cookie), ("accept", "text/html")]).await;
    assert!(plain.status.is_redirection(), "{}", plain.status);
    assert_eq!(plain.header("location"), Some("/reviews/iso-20400-2022?region=150&moved=1"));
    let away =
        post(pipeline_form("FR", "3", "committed", &ana, "https://evil.example/"), &[("accept", "text/html")]).await;
    assert_eq!(away.header("location"), Some("/reviews/iso-20400-2022?moved=1"));
    let page = app.get_with(&format!("{review}?moved=1"), &[("cookie", &cookie)]).await;
    assert!(page.body.contains("The pipeline was updated."));
    assert!(page.body.contains("Move France to “Voted”"), "the next step from Committed");
}

pub(super) async fn pipeline_filters_notes_letters_and_dashboard(backend: Backend) {
    let app = TestApp::new(backend).await;
    let ana = coordinator(&app, "ana@example.org").await;
    let cookie = sign_in(&app, "ana@example.org", PASSWORD).await.1.unwrap();
    let bodies = count(&app, "SELECT COUNT(*) FROM nsb").await;
    // The 2022 review, reopened for the test: letters count while a ballot is open.
    exec(
        &app,
        "UPDATE review_cycle SET status = 'open', outcome = NULL, closes_on = '2027-12-31' WHERE id = 'iso-20400-2022'",
    )
    .await;
    for (alpha2, changes) in
        [("FR", [("stage", "contacted"), ("owner", ana.as_str())]), ("DE", [("stage", "committed"), ("owner", "")])]
    {
        let page = format!("/reviews/iso-20400-2022/positions/edit?nsb={alpha2}");
        let saved = app.fill_in(&page, "/api/save_pipeline", &changes, &cookie).await;
        assert_eq!(saved.status, 200, "{}", saved.body);
    }
    let shown = |query: &'static str| {
        let cookie = cookie.clone();
        let app = &app;
        async move {
            let page = app.get_with(&format!("/reviews/iso-20400-2022?{query}"), &[("cookie", &cookie)]).await;
            let end =
                page.body.find(" bodies match the filters").or_else(|| page.body.find(" body matches the filters"));
            let text = &page.body[..end.unwrap()];
            let of = text.rfind(" of ").unwrap();
            text[..of].rsplit(|c: char| !c.is_ascii_digit()).next().unwrap().parse::<i64>().unwrap()
        }
    };
    assert_eq!(shown("stage=contacted").await, 1);
    assert_eq!(shown("stage=committed").await, 1);
    assert_eq!(shown("stage=not-contacted").await, bodies - 2);
    assert_eq!(shown("owner=me").await, 1);
    assert_eq!(shown(Box::leak(format!("owner={ana}").into_boxed_str())).await, 1);
    assert_eq!(shown("owner=nobody").await, bodies - 1);
    assert_eq!(shown("stage=nonsense&owner=").await, bodies, "unknown values filter nothing");
    let public = app.get("/reviews/iso-20400-2022?stage=contacted").await;
    assert!(public.body.contains(&format!("{bodies} of {bodies} bodies")), "the public never filters by the pipeline");

    // Notes: checked, dated, listed on the body's page in the review, audited.
    let note = |date: &str, text: &str| {
        form(&[("cycle", "iso-20400-2022"), ("alpha2", "FR"), ("noted_on", date), ("body", text)])
    };
    assert_eq!(app.post_form("/api/add_pipeline_note", &note("2026-11-20", "x"), &[]).await.status, 401);
    let notes_page = "/reviews/iso-20400-2022/positions/edit?nsb=FR";
    let refused =
        app.fill_in(notes_page, "/api/add_pipeline_note", &[("noted_on", "2999-01-01"), ("body", "  ")], &cookie).await;
    assert_eq!(refused_fields(&refused), ["noted_on", "body"]);
    let long = "a".repeat(2001);
    let too_long = app.post_form("/api/add_pipeline_note", &note("2026-11-20", &long), &[("cookie", &cookie)]).await;
    assert_eq!(refused_fields(&too_long), ["body"]);
    let text = "Called the AFNOR committee secretary; they will table ISO 20400 at the December meeting.";
    let added =
        app.fill_in(notes_page, "/api/add_pipeline_note", &[("noted_on", "2026-11-20"), ("body", text)], &cookie).await;
    assert_eq!(added.status, 200, "{}", added.body);
    assert_eq!(count(&app, "SELECT COUNT(*) FROM advocacy_note").await, 1);
    assert_eq!(count(&app, "SELECT COUNT(*) FROM audit_log WHERE entity = 'advocacy' AND field = 'note'").await, 1);

    // Letters composed for France while the ballot is open are counted (a number only):
    // once when the composer starts on France, not again for each change to the letter,
    // and once a day per client however often it reloads the composer.
    for _ in 0..20 {
        assert_eq!(app.get_from("192.0.2.1", "/letters/new?nsb=FR&purpose=review&lang=fr").await.status, 200);
    }
    let once: i64 =
        count(&app, "SELECT letters FROM letter_count WHERE cycle_id = 'iso-20400-2022' AND alpha2 = 'FR'").await;
    assert_eq!(once, 1, "plain GETs from one client count once");
    assert_eq!(app.get_from("192.0.2.2", "/letters/new?nsb=FR&purpose=review&lang=fr").await.status, 200);
    let changed = [("referer", "http://127.0.0.1/letters/new?nsb=fr&purpose=review&lang=fr")];
    let change = app.get_with("/letters/new?nsb=FR&purpose=review&lang=fr&sender_name=Ana", &changed).await;
    assert!(change.status == 200 && change.body.contains("Ana"), "the preview follows the change");
    let from_spain = [("referer", "http://127.0.0.1/letters/new?nsb=ES")];
    assert_eq!(app.get_with("/letters/new?nsb=DE", &from_spain).await.status, 200);
    let letters: (i64,) =
        sqlx::query_as("SELECT letters FROM letter_count WHERE cycle_id = 'iso-20400-2022' AND alpha2 = 'FR'")
            .fetch_one(&app.pool)
            .await
            .unwrap();
    assert_eq!(letters.0, 2);
    let germany: (i64,) =
        sqlx::query_as("SELECT letters FROM letter_count WHERE cycle_id = 'iso-20400-2022' AND alpha2 = 'DE'")
            .fetch_one(&app.pool)
            .await
            .unwrap();
    assert_eq!(germany.0, 1, "the composer moved from Spain to Germany");
    let body = app.get_with("/reviews/iso-20400-2022/positions/edit?nsb=FR", &[("cookie", &cookie)]).await;
    assert!(body.body.contains(text) && body.body.contains("November 20, 2026, ana@example.org"), "the note");
    assert!(body.body.contains("Quorum composed 2 letters to this body while the ballot was open."));
    assert!(body.body.contains(r#"<option value="contacted" selected"#), "the stage form starts from the record");

    // The dashboard: the open cycle with its days and stages, Ana's body, the queue, the changes.
    assert_eq!(app.get("/coordinate").await.status, 401);
    let dashboard = app.get_with("/coordinate", &[("cookie", &cookie)]).await;
    assert_eq!(dashboard.status, 200);
    let days = (chrono::NaiveDate::from_ymd_opt(2027, 12, 31).unwrap() - chrono::Utc::now().date_naive()).num_days();
    let html = &dashboard.body;
    assert!(html.contains(&format!("{days} days left")), "days left");
    assert!(html.contains(r#"href="/reviews/iso-20400-2022?stage=contacted""#));
    assert!(html.contains("1 body is yours"));
    assert!(html.contains(r#"href="/reviews/iso-20400-2022/positions/edit?nsb=FR">France</a>"#), "my bodies");
    assert!(html.contains("0 reports wait for a decision."));
    assert!(
        html.contains("Pipeline stage: Not contacted → Committed") && html.contains("Note: Called the AFNOR"),
        "recent changes"
    );
    let member_bodies = count(&app, "SELECT COUNT(*) FROM nsb WHERE iso_category = 'member body'").await;
    let committed_count = format!(r#"<span class="stage-count stage-not-contacted">{}</span>"#, member_bodies - 2);
    assert!(html.contains(&committed_count), "member bodies not yet contacted");
}
