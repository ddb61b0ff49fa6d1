//! After the letter: "I sent it" and "they replied" without an account, the coordinators'
//! decision on a report, and the public counts (review and body pages, map layer, API).

use super::*;

async fn open_cycle(app: &TestApp) -> String {
    let (cycle,): (String,) =
        sqlx::query_as("SELECT id FROM review_cycle WHERE standard_id = 'iso-20400' ORDER BY id DESC LIMIT 1")
            .fetch_one(&app.pool)
            .await
            .unwrap();
    sqlx::query("UPDATE review_cycle SET status = 'open', closes_on = '2099-12-31' WHERE id = $1")
        .bind(&cycle)
        .execute(&app.pool)
        .await
        .unwrap();
    cycle
}

pub(super) async fn advocates_report_what_happened_and_coordinators_decide(backend: Backend) {
    let app = TestApp::new(backend).await;
    let cycle = open_cycle(&app).await;

    // The composer, as a writer uses it: the letter, then "I sent it" under it.
    let composer = app.get("/letters/new?nsb=BR&purpose=review").await;
    assert_eq!(composer.status, 200);
    let form = composer.form("/api/report_sent");
    assert!(!composer.body.contains("id=\"sent-email\""), "no address asked where no mail is sent");
    let sent = app.submit(&form, &[HTML]).await;
    let location = sent.header("location").unwrap().to_string();
    assert!(location.starts_with("/outcomes/") && location.ends_with("?new=1"), "{location}");
    let page = app.get(&location).await;
    assert_eq!(page.status, 200);
    assert_eq!(page.header("cache-control"), Some("no-store"), "a private link is never cached");
    assert!(page.body.contains("This page is your private link"));
    assert_eq!(
        count(&app, "SELECT COUNT(*) FROM outreach_report WHERE alpha2 = 'BR' AND cycle_id IS NOT NULL").await,
        1
    );

    // Later, "they replied", with the form as rendered; the text stays private.
    let mut reply = page.form("/api/report_reply");
    reply.set("stance", "revise");
    reply.set("reply_text", "Our committee <b>favours</b> a revision.");
    let replied = app.submit(&reply, &[HTML]).await;
    assert!(replied.header("location").is_some_and(|l| l.ends_with("?replied=1")));
    let page = app.get(replied.header("location").unwrap()).await;
    assert!(page.body.contains("they will vote to revise it"));
    // A wrong answer changes nothing.
    let mut bad = page.form("/api/report_reply");
    bad.set("stance", "revise");
    bad.set("reply_text", &"x".repeat(2001));
    let refused = app.submit(&bad, &[HTML]).await;
    assert_ne!(refused.header("location").map(|l| l.ends_with("?replied=1")), Some(true));
    assert_eq!(count(&app, "SELECT COUNT(*) FROM outreach_report WHERE reply_text LIKE 'Our committee%'").await, 1);

    // The public sees counts only: review page, body page, map layer, API.
    sqlx::query("UPDATE data_version SET version = version + 1 WHERE id = 1").execute(&app.pool).await.unwrap();
    let review = app.get_until(&format!("/reviews/{cycle}"), |r| r.body.contains("reported sent")).await;
    assert!(
        review.body.contains("1 letters started") || review.body.contains("One letter started"),
        "{}",
        review.text()
    );
    assert!(review.body.contains("one reported sent") && review.body.contains("one reply"));
    assert!(!review.body.contains("favours"), "the reply's text is never public");
    let body = app.get_until("/nsbs/BR", |r| r.body.contains("outreach-heading")).await;
    assert!(body.body.contains("one reported sent"));
    let layer = app.get(&format!("/reviews/{cycle}?layer=letters")).await;
    assert!(layer.body.contains("outreach-1") && layer.body.contains("10 letters or more"));
    assert_eq!(layer.body.matches("class=\"world-map\"").count(), 1, "one map per page");
    let api = app.get(&format!("/api/v1/reviews/{cycle}/outreach")).await;
    assert_eq!(api.status, 200);
    let json: serde_json::Value = serde_json::from_str(&api.body).unwrap();
    assert_eq!(json["data"]["total"]["reported_sent"], 1);
    assert_eq!(json["data"]["total"]["replies"], 1);
    assert_eq!(json["data"]["bodies"][0]["alpha2"], "BR");
    assert!(!api.body.contains("favours"));

    // The coordinator sees the report on the body's row and on its pipeline page, and
    // records it.
    let coordinator = signed_in_coordinator(&app, "cora@example.org").await;
    let table = app.get_with(&format!("/reviews/{cycle}"), &[("cookie", &coordinator)]).await;
    assert!(table.body.contains("one report to decide"), "the body's row says a report waits");
    let edit = format!("/reviews/{cycle}/positions/edit?nsb=BR");
    let pipeline = app.get_with(&edit, &[("cookie", &coordinator), HTML]).await;
    assert!(
        pipeline.body.contains("Our committee &lt;b&gt;favours&lt;/b&gt; a revision."),
        "escaped, for coordinators"
    );
    let record = pipeline.form("/api/record_report");
    let recorded = app.submit(&record, &[("cookie", &coordinator), HTML]).await;
    assert!(recorded.header("location").is_some_and(|l| l.contains("reported=1")), "{:?}", recorded.header("location"));
    let (position, kind, confidence, source): (String, String, Option<String>, String) = sqlx::query_as(
        "SELECT position, kind, confidence, source FROM review_position WHERE cycle_id = $1 AND alpha2 = 'BR' \
         ORDER BY recorded_at DESC LIMIT 1",
    )
    .bind(&cycle)
    .fetch_one(&app.pool)
    .await
    .unwrap();
    assert_eq!((position.as_str(), kind.as_str(), confidence.as_deref()), ("revise", "intention", Some("low")));
    assert!(source.starts_with("Advocate's report through Quorum"), "{source}");
    assert_eq!(count(&app, "SELECT COUNT(*) FROM audit_log WHERE entity = 'outreach_report'").await, 1);
    // Decided: a second decision is refused and changes nothing.
    app.submit(&record, &[("cookie", &coordinator), HTML]).await;
    assert_eq!(count(&app, "SELECT COUNT(*) FROM audit_log WHERE entity = 'outreach_report'").await, 1);
    assert_eq!(count(&app, "SELECT COUNT(*) FROM review_position WHERE source LIKE 'Advocate%'").await, 1);

    // A second report, dismissed: it no longer counts.
    let sent = app.submit(&app.get("/letters/new?nsb=FR&purpose=review").await.form("/api/report_sent"), &[HTML]).await;
    assert!(sent.header("location").is_some());
    let fr = format!("/reviews/{cycle}/positions/edit?nsb=FR");
    let pipeline = app.get_with(&fr, &[("cookie", &coordinator), HTML]).await;
    assert!(pipeline.forms("/api/record_report").is_empty(), "no answer yet: nothing to record");
    app.submit(&pipeline.form("/api/dismiss_report"), &[("cookie", &coordinator), HTML]).await;
    let json: serde_json::Value =
        serde_json::from_str(&app.get(&format!("/api/v1/reviews/{cycle}/outreach")).await.body).unwrap();
    assert_eq!(json["data"]["total"]["reported_sent"], 1);

    // Reports are rate-limited per address.
    let form = app.get("/letters/new?nsb=DE&purpose=review").await.form("/api/report_sent");
    for _ in 0..12 {
        app.submit(&form, &[HTML]).await;
    }
    // Ten an hour, the reply included: BR's letter and reply and FR's letter came first.
    assert_eq!(count(&app, "SELECT COUNT(*) FROM outreach_report").await, 9);
    // Without a session, a coordinator's decision is refused.
    assert_eq!(app.post_form("/api/dismiss_report", "id=x&return_to=/", &[]).await.status, 401);
}
