//! Systematic reviews.

use super::*;

pub(super) async fn record_position(app: &TestApp, alpha2: &str, position: &str, kind: &str, as_of: &str) {
    sqlx::query(
        "INSERT INTO review_position (id, cycle_id, alpha2, position, kind, source, as_of, recorded_at) \
         VALUES ($1, 'iso-20400-2022', $2, $3, $4, 'test', $5, $6)",
    )
    .bind(format!("{alpha2}-{as_of}"))
    .bind(alpha2)
    .bind(position)
    .bind(kind)
    .bind(as_of)
    .bind(format!("{as_of}T00:00:00Z"))
    .execute(&app.pool)
    .await
    .unwrap();
    app.settle().await;
}

/// France, Germany and the United Kingdom as P-members (obliged voters), and a fifth
/// adoption so that usage reaches the threshold and the votes decide.
pub(super) async fn three_p_members_and_a_fifth_adoption(app: &TestApp) {
    for code in ["FR", "DE", "GB"] {
        exec(app, &format!("INSERT INTO committee_member (committee_id, alpha2, membership, source, as_of) VALUES ('iso-pc-277', '{code}', 'P', 'test', '2026-11')")).await;
    }
    exec(
        app,
        "INSERT INTO adoption (standard_id, alpha2, status, source) VALUES ('iso-20400', 'JP', 'adopted', 'JSA')",
    )
    .await;
}

pub(super) async fn review_seed_and_api_give_tally_and_projection(backend: Backend) {
    let app = TestApp::new(backend).await;
    let (status, list) = api_json(&app, "/api/v1/reviews").await;
    assert_eq!(status, 200);
    assert_eq!(list[0]["id"], "iso-20400-2022");
    assert_eq!((list[0]["outcome"].as_str(), list[0]["stage"].as_str()), (Some("confirmed"), Some("90.93")));
    assert_eq!(list[0]["decided_on"], "2023-04-05");
    assert!(list[0]["source"].as_str().is_some_and(|s| s.contains("decision-achats.fr")));

    // The seed: France, Australia, Norway and the Netherlands voted to revise; with no
    // P-member recorded they count as optional voters. Four adoptions recorded, but 167
    // bodies unknown: they could lift usage over the threshold, so no verdict.
    let (_, review) = api_json(&app, "/api/v1/reviews/iso-20400-2022").await;
    assert_eq!(
        (review["tally"]["revise"]["optional"].as_u64(), review["tally"]["revise"]["obliged"].as_u64()),
        (Some(4), Some(0))
    );
    assert_eq!(
        review["tally"]["none"]["non_voting"].as_u64().unwrap() + review["tally"]["none"]["optional"].as_u64().unwrap(),
        168
    );
    assert_eq!(
        (review["projection"]["outcome"].as_str(), review["projection"]["reason"].as_str()),
        (Some("not_enough_records"), Some("usage_unknown"))
    );
    assert_eq!(
        (review["projection"]["usage"].as_u64(), review["projection"]["usage_unknown"].as_u64()),
        (Some(4), Some(167))
    );
    // Every body's adoption recorded, four adopted: now the usage rule applies.
    sqlx::query(
        "INSERT INTO adoption (standard_id, alpha2, status, source, as_of) \
         SELECT 'iso-20400', alpha2, 'not_adopted', 'test', '2026-12' FROM nsb \
         WHERE alpha2 NOT IN (SELECT alpha2 FROM adoption WHERE standard_id = 'iso-20400')",
    )
    .execute(&app.pool)
    .await
    .unwrap();
    app.settle().await;
    let (_, review) = api_json(&app, "/api/v1/reviews/iso-20400-2022").await;
    assert_eq!(
        (review["projection"]["outcome"].as_str(), review["projection"]["reason"].as_str()),
        (Some("withdraw"), Some("low_usage"))
    );
    sqlx::query("DELETE FROM adoption WHERE source = 'test'").execute(&app.pool).await.unwrap();
    app.settle().await;

    // P-members are obliged voters; a fifth adoption lifts usage to the threshold.
    three_p_members_and_a_fifth_adoption(&app).await;
    record_position(&app, "DE", "confirm", "vote", "2022-10").await;
    record_position(&app, "GB", "confirm", "intention", "2022-10").await;
    let (_, review) = api_json(&app, "/api/v1/reviews/iso-20400-2022").await;
    assert_eq!(review["tally"]["revise"]["obliged"], 1);
    assert_eq!(review["tally"]["confirm"]["obliged"], 2);
    let projection = &review["projection"];
    assert_eq!(
        (projection["outcome"].as_str(), projection["reason"].as_str(), projection["margin"].as_u64()),
        (Some("confirm"), Some("majority"), Some(1))
    );
    assert_eq!(projection["swing"][0]["alpha2"], "FR", "the obliged voter for revision can still be persuaded");

    // A later position replaces the earlier one in the tally; both stay on record.
    record_position(&app, "FR", "confirm", "result", "2022-12").await;
    let (_, review) = api_json(&app, "/api/v1/reviews/iso-20400-2022").await;
    assert_eq!(
        (review["tally"]["confirm"]["obliged"].as_u64(), review["tally"]["revise"]["optional"].as_u64()),
        (Some(3), Some(3))
    );
    assert_eq!(review["projection"]["swing"].as_array().map(Vec::len), Some(0));
    assert_eq!(count(&app, "SELECT COUNT(*) FROM review_position WHERE alpha2 = 'FR'").await, 2);

    let (status, positions) = api_json(&app, "/api/v1/reviews/iso-20400-2022/positions?per_page=200").await;
    assert_eq!(status, 200);
    let rows = positions.as_array().unwrap();
    assert_eq!(rows.len(), 172);
    let france = rows.iter().find(|r| r["alpha2"] == "FR").unwrap();
    assert_eq!(
        (france["position"].as_str(), france["voter"].as_str(), france["kind"].as_str()),
        (Some("confirm"), Some("obliged"), Some("result"))
    );
    let kenya = rows.iter().find(|r| r["alpha2"] == "KE").unwrap();
    assert_eq!((kenya["position"].as_str(), kenya["source"].as_str()), (Some("none"), None));
    let csv = app.get("/api/v1/reviews/iso-20400-2022/positions.csv").await;
    assert_eq!(csv.header("content-type"), Some("text/csv; charset=utf-8"));
    assert!(csv.body.starts_with("cycle,alpha2,country,voter,position,kind,confidence,source,as_of,recorded_at"));
    assert_eq!(csv.body.lines().count(), 173);

    let (status, error) = api_json(&app, "/api/v1/reviews/iso-20400-1999").await;
    assert_eq!((status, error["error"]["code"].as_str()), (404, Some("not_found")));
    // Importing the seed again adds nothing.
    assert_eq!(app::reviews::ssr::import_seed(&app.pool).await.unwrap(), 0);
}

pub(super) async fn review_page_shows_tally_projection_swing_list_and_map(backend: Backend) {
    let app = TestApp::new(backend).await;
    let list = app.get("/reviews").await;
    assert_eq!(list.status, 200);
    assert!(
        list.body.contains(r#"href="/reviews/iso-20400-2022""#)
            && list.body.contains("Confirmed (stage 90.93), April 5, 2023")
    );

    let page = app.get("/reviews/iso-20400-2022").await;
    assert_eq!(page.status, 200);
    assert!(page.body.contains("Systematic review of ISO 20400:2017"));
    assert!(
        page.text().contains("Source: iTeh Standards catalogue (standards.iteh.ai) (secondary)"),
        "the cycle's source"
    );
    // A decided review shows its outcome, not a projection or who could still change it.
    assert!(page.body.contains(r#"<h2 id="result-heading">Outcome</h2>"#));
    assert!(page.body.contains("<strong>Confirmed (stage 90.93), April 5, 2023</strong>"));
    assert!(!page.body.contains("Projected outcome") && !page.body.contains("Who can still change the outcome"));

    // The same records in an open ballot: four adoptions recorded and 167 bodies unknown
    // support no verdict, and the page says so.
    sqlx::query(
        "UPDATE review_cycle SET status = 'open', outcome = NULL, stage = NULL, decided_on = NULL, \
         closes_on = '2099-01-31' WHERE id = 'iso-20400-2022'",
    )
    .execute(&app.pool)
    .await
    .unwrap();
    app.settle().await;
    let page = app.get("/reviews/iso-20400-2022").await;
    assert!(page.body.contains("<strong>Not enough records to project an outcome</strong>"), "not Withdraw");
    assert!(page.body.contains("4 adoptions are recorded and 167 of 172 bodies are unknown"));
    assert!(!page.body.contains("<strong>Withdraw</strong>"));
    assert!(page.body.contains("The committee decides. This projection is an estimate"));
    // The map is coloured by position and links every body.
    let svg = map_svg(&page);
    let links = map_links(svg);
    assert!(links.contains(&("FR".to_string(), "position-revise".to_string())));
    assert!(links.contains(&("BR".to_string(), "position-none".to_string())));
    // The table: France's vote with its source.
    assert!(
        page.body.contains("Vote cast")
            && page.text().contains("Source: Décision Achats, November 2022 (decision-achats.fr) (secondary)")
    );

    // Filters in the URL: the table keeps the matching bodies, the map dims the others,
    // the tally and the projection still count everyone.
    assert!(page.body.contains("172 of 172 bodies match the filters."));
    let revise = app.get("/reviews/iso-20400-2022?position=revise&region=150").await;
    assert!(revise.body.contains("3 of 172 bodies match the filters."), "France, Norway, the Netherlands");
    assert!(revise.body.contains(r#"<option value="revise" selected"#));
    let links = map_links(map_svg(&revise));
    assert!(links.contains(&("FR".to_string(), "position-revise".to_string())));
    assert!(links.contains(&("AU".to_string(), "position-revise muted".to_string())));
    assert!(links.contains(&("BR".to_string(), "position-none muted".to_string())));
    let table = &revise.body[revise.body.find("id=\"review-table-heading\"").unwrap()..];
    assert!(table.contains(r#"href="/nsbs/NO""#) && !table.contains(r#"href="/nsbs/AU""#));
    assert!(
        revise.body.contains("<strong>Not enough records to project an outcome</strong>"),
        "the projection ignores the filters"
    );
    let nobody = app.get("/reviews/iso-20400-2022?position=revise&voter=non-voting").await;
    assert!(nobody.body.contains("0 of 172 bodies match the filters."));
    let odd = app.get("/reviews/iso-20400-2022?position=%3Cb%3E&voter=x&category=y&region=z").await;
    assert!(odd.body.contains("172 of 172 bodies match the filters."), "nonsense filters nothing");

    // P-members and a fifth adoption: the projection and the swing list follow.
    three_p_members_and_a_fifth_adoption(&app).await;
    record_position(&app, "DE", "confirm", "vote", "2022-10").await;
    let obliged = app.get("/reviews/iso-20400-2022?voter=obliged").await;
    assert!(obliged.body.contains("3 of 172 bodies match the filters."));
    let page = app.get("/reviews/iso-20400-2022").await;
    // France revise, Germany confirm, Britain unknown: Britain could decide it.
    assert!(page.body.contains("<strong>Not enough records to project an outcome</strong>"));
    assert!(page.body.contains("1 of 3 P-members has no recorded position and could still change the majority."));
    let swing = &page.body[page.body.find("<ol class=\"swing\">").unwrap()..];
    let swing = &swing[..swing.find("</ol>").unwrap()];
    let france = swing.find(r#"href="/nsbs/FR""#).unwrap();
    let britain = swing.find(r#"href="/nsbs/GB""#).unwrap();
    assert!(france < britain, "the decisive body first");
    assert!(swing.contains("Decisive"));

    // The body page lists the body's positions in each review.
    let body = app.get("/nsbs/FR").await;
    assert!(body.body.contains("Systematic reviews") && body.body.contains("November 2022: Revise (Vote cast)"));
    let kenya = app.get("/nsbs/KE").await;
    assert!(kenya.body.contains("No position of this body is recorded in any review."));
    let missing = app.get("/reviews/nope").await;
    assert_eq!(missing.status, 404);
    assert!(missing.text().contains("Quorum has no review at this address."));
}

pub(super) async fn coordinator_records_positions_with_history_and_conflicts(backend: Backend) {
    let app = TestApp::new(backend).await;
    let position = |latest: &str, value: &str, as_of: &str| {
        form(&[
            ("cycle", "iso-20400-2022"),
            ("alpha2", "fr"),
            ("latest_id", latest),
            ("position", value),
            ("kind", "intention"),
            ("confidence", "medium"),
            ("source", "AFNOR committee minutes"),
            ("as_of", as_of),
        ])
    };
    // Anonymous: refused; the form page asks to sign in.
    assert_eq!(app.post_form("/api/record_position", &position("", "confirm", "2022-12"), &[]).await.status, 401);
    assert_eq!(app.get("/reviews/iso-20400-2022/positions/edit?nsb=FR").await.status, 401);

    let cookie = signed_in_coordinator(&app, "ana@example.org").await;
    let review = app.get_with("/reviews/iso-20400-2022", &[("cookie", &cookie)]).await;
    assert!(
        review.body.contains(r#"href="/reviews/iso-20400-2022/positions/edit?nsb=FR""#),
        "edit links for coordinators"
    );
    assert!(!app.get("/reviews/iso-20400-2022").await.body.contains("/positions/edit"), "not for the public");
    let page = app.get_with("/reviews/iso-20400-2022/positions/edit?nsb=FR", &[("cookie", &cookie)]).await;
    assert_eq!(page.status, 200);
    assert!(page.body.contains("France in review 2022") && page.body.contains("November 2022: Revise (Vote cast)"));
    let seeded = "seed:iso-20400-2022:FR:2022-11";
    assert!(page.body.contains(&format!(r#"name="latest_id" value="{seeded}""#)));

    // A form that did not see the latest position is refused, and says what it is.
    let stale =
        app.post_form("/api/record_position", &position("", "confirm", "2022-12"), &[("cookie", &cookie)]).await;
    assert_eq!(stale.status, 409);
    assert!(
        matches!(serde_json::from_str(&stale.body), Ok(app::error::AppError::Conflict(c)) if c[0].now.as_deref() == Some("revise"))
    );
    // Bad input: every problem, nothing saved.
    let bad = form(&[
        ("cycle", "iso-20400-2022"),
        ("alpha2", "FR"),
        ("latest_id", seeded),
        ("position", "maybe"),
        ("kind", "rumour"),
        ("confidence", "x"),
        ("source", ""),
        ("as_of", "2999-01-01"),
    ]);
    let refused = app.post_form("/api/record_position", &bad, &[("cookie", &cookie)]).await;
    assert_eq!(refused.status, 422);
    match serde_json::from_str::<app::error::AppError>(&refused.body) {
        Ok(app::error::AppError::Invalid(problems)) => {
            let fields: Vec<&str> = problems.iter().map(|p| p.field.as_str()).collect();
            assert_eq!(fields, ["position", "kind", "confidence", "source", "as_of"]);
        }
        other => panic!("{other:?}"),
    }
    assert_eq!(count(&app, "SELECT COUNT(*) FROM review_position WHERE alpha2 = 'FR'").await, 1);

    // A good one, typed into the form as rendered, is added to the history, audited, and
    // counts on the review page.
    let typed = [
        ("position", "confirm"),
        ("kind", "intention"),
        ("confidence", "medium"),
        ("source", "AFNOR committee minutes"),
        ("as_of", "2022-12"),
    ];
    let saved =
        app.fill_in("/reviews/iso-20400-2022/positions/edit?nsb=FR", "/api/record_position", &typed, &cookie).await;
    assert!(saved.status.is_success() || saved.status.is_redirection(), "{} {}", saved.status, saved.body);
    assert_eq!(count(&app, "SELECT COUNT(*) FROM review_position WHERE alpha2 = 'FR'").await, 2);
    let audit: (String, String, Option<String>, Option<String>, String) = sqlx::query_as(
        "SELECT entity_key, field, before_value, after_value, source FROM audit_log WHERE entity = 'review_position'",
    )
    .fetch_one(&app.pool)
    .await
    .unwrap();
    assert_eq!(
        audit,
        (
            "iso-20400-2022:FR".into(),
            "position".into(),
            Some("revise".into()),
            Some("confirm".into()),
            "AFNOR committee minutes".into()
        )
    );
    let (_, json) = api_json(&app, "/api/v1/reviews/iso-20400-2022").await;
    assert_eq!(
        (json["tally"]["confirm"]["optional"].as_u64(), json["tally"]["revise"]["optional"].as_u64()),
        (Some(1), Some(3))
    );
    let history = app.get("/nsbs/FR").await;
    assert!(
        history.body.contains("December 2022: Confirm (Stated intention)")
            && history.body.contains("November 2022: Revise")
    );
    // Unknown cycle or body: 404.
    let unknown = form(&[
        ("cycle", "nope"),
        ("alpha2", "FR"),
        ("latest_id", ""),
        ("position", "confirm"),
        ("kind", "vote"),
        ("confidence", ""),
        ("source", "x"),
        ("as_of", "2022-12"),
    ]);
    assert_eq!(app.post_form("/api/record_position", &unknown, &[("cookie", &cookie)]).await.status, 404);
}
