//! Standards, adoptions, translations and the map.

use super::*;

/// The number in the headline card whose label follows it.
pub(super) fn stat(page: &TestResponse, label: &str) -> Option<u64> {
    let at = page.body.find(&format!("<span class=\"stat-label\">{label}</span>"))?;
    let before = &page.body[..at];
    let start = before.rfind("<strong class=\"stat-number\">")? + "<strong class=\"stat-number\">".len();
    before[start..].split('<').next()?.replace(',', "").parse().ok()
}

/// The inline map of a standard page.
pub(super) fn map_svg(page: &TestResponse) -> &str {
    let start = page
        .body
        .find("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 960 500\" class=\"world-map\"")
        .unwrap();
    let end = page.body[start..].find("</svg>").unwrap() + start;
    &page.body[start..end]
}

/// Each linked shape's (country code, class), from the map's `<a>` elements.
pub(super) fn map_links(svg: &str) -> Vec<(String, String)> {
    svg.split("<a href=\"/nsbs/")
        .skip(1)
        .map(|rest| {
            let code = rest[..2].to_string();
            let class = rest.split("class=\"").nth(1).unwrap().split('"').next().unwrap().to_string();
            (code, class)
        })
        .collect()
}

/// Direct SQL, as an operator would run it; the page cache is told at once.
pub(super) async fn exec(app: &TestApp, sql: &str) {
    sqlx::query(sql).execute(&app.pool).await.unwrap();
    app.settle().await;
}

/// Fixture: DE's national standard recorded as NEQ (no longer an adoption), FR selling
/// ISO's edition without adopting it.
pub(super) async fn neq_and_sells_fixture(app: &TestApp) {
    exec(app, "UPDATE adoption SET degree = 'NEQ' WHERE alpha2 = 'DE'").await;
    exec(
        app,
        "INSERT INTO adoption (standard_id, alpha2, status, sells, source, as_of) \
         VALUES ('iso-20400', 'FR', 'not_adopted', 'yes', 'AFNOR store', '2026-11')",
    )
    .await;
}

pub(super) async fn standards_list_and_page_count_from_the_records(backend: Backend) {
    let app = TestApp::new(backend).await;
    let list = app.get("/standards").await;
    assert_eq!(list.status, 200);
    assert!(list.body.contains(r#"href="/standards/iso-20400""#) && list.body.contains("ISO 20400:2017"));
    assert!(list.body.contains("4 national adoptions") && list.body.contains("available in 5 languages"));

    let page = app.get("/standards/iso-20400").await;
    assert_eq!(page.status, 200);
    assert!(page.title().is_some_and(|t| t.contains("ISO 20400:2017")));
    assert_eq!(stat(&page, "national adoptions"), Some(4));
    assert_eq!(stat(&page, "languages"), Some(5));
    assert_eq!(stat(&page, "Adoption in progress"), Some(1));
    assert_eq!(stat(&page, "Unknown"), Some(172 - 5));
    assert!(page.body.contains("NEQ is not an adoption and is not counted as one."), "definitions next to counts");

    neq_and_sells_fixture(&app).await;
    let page = app.get("/standards/iso-20400").await;
    assert_eq!(stat(&page, "national adoptions"), Some(3), "NEQ is not an adoption");
    assert_eq!(stat(&page, "National standard, not equivalent (NEQ)"), Some(1));
    assert_eq!(stat(&page, "Sells the ISO standard only"), Some(1));
    assert_eq!(stat(&page, "Unknown"), Some(172 - 6));
    // The language versions with their kind, publisher and source.
    assert!(page.body.contains("Compras sustentáveis — Diretrizes") && page.body.contains("Draft translation"));
    assert!(
        page.body.contains("ABNT, 2017")
            && page.text().contains("Source: sachkunde24.de, a catalogue of standards (secondary)")
    );
    assert!(page.body.contains("Committee ISO/PC 277"));
    let missing = app.get("/standards/iso-99999").await;
    assert_eq!(missing.status, 404);
    assert!(missing.text().contains("Quorum follows no standard at this address."), "the 404 talks about standards");
    assert!(missing.body.contains(r#"href="/standards" class="button""#), "back to the standards");
}

pub(super) async fn standard_map_has_one_linked_shape_per_body_with_its_status(backend: Backend) {
    let app = TestApp::new(backend).await;
    neq_and_sells_fixture(&app).await;
    let page = app.get("/standards/iso-20400").await;
    let svg = map_svg(&page);
    let links = map_links(svg);
    let shapes = app::standards::map::parse(include_str!("../../../seed/world-map.svg"));
    let with_shape: Vec<String> = sqlx::query_scalar::<_, String>("SELECT alpha2 FROM nsb ORDER BY alpha2")
        .fetch_all(&app.pool)
        .await
        .unwrap()
        .into_iter()
        .filter(|code| shapes.iter().any(|s| s.id.as_deref() == Some(code.as_str())))
        .collect();
    assert!(with_shape.len() > 150, "most bodies are on the map ({})", with_shape.len());
    for code in &with_shape {
        let shape_links = links.iter().filter(|(c, _)| c == code).count();
        let small = shapes.iter().any(|s| s.small && s.id.as_deref() == Some(code.as_str()));
        assert_eq!(shape_links, if small { 2 } else { 1 }, "{code}: one shape (and a marker for a small state)");
    }
    let class_of = |code: &str| links.iter().find(|(c, _)| c == code).map(|(_, class)| class.clone());
    assert_eq!(class_of("BR").as_deref(), Some("status-in-progress"));
    assert_eq!(class_of("GB").as_deref(), Some("status-adopted"));
    assert_eq!(class_of("DE").as_deref(), Some("status-neq"));
    assert_eq!(class_of("FR").as_deref(), Some("status-sells-only"));
    assert_eq!(class_of("JP").as_deref(), Some("status-unknown"));
    assert!(svg.contains("aria-label=\"Brazil: Adoption in progress\""), "the localized name and status on focus");
    assert!(svg.contains("<circle class=\"marker\""), "small states get a marker");
    // In Arabic the names and statuses are Arabic.
    let arabic = app.get("/standards/iso-20400?lang=ar").await;
    assert!(map_svg(&arabic).contains("البرازيل"));
}

pub(super) async fn standard_filters_and_sorting_work_from_the_url(backend: Backend) {
    let app = TestApp::new(backend).await;
    neq_and_sells_fixture(&app).await;
    let page = app.get("/standards/iso-20400?status=adopted-any&region=150").await;
    assert!(page.body.contains("1 of 172 bodies match the filters."), "GB only: DE is NEQ");
    assert!(page.body.contains(r#"<option value="adopted-any" selected"#), "the form shows the filter");
    let links = map_links(map_svg(&page));
    let class_of = |code: &str| links.iter().find(|(c, _)| c == code).map(|(_, class)| class.clone());
    assert_eq!(class_of("GB").as_deref(), Some("status-adopted"));
    assert_eq!(class_of("FR").as_deref(), Some("status-sells-only muted"), "outside the filter: dimmed");
    assert_eq!(class_of("AU").as_deref(), Some("status-adopted muted"));
    let table = &page.body[page.body.find("<table class=\"adoptions\"").unwrap()..];
    assert!(table.contains(r#"href="/nsbs/GB""#) && !table.contains(r#"href="/nsbs/AU""#));

    let members = app.get("/standards/iso-20400?category=member-body&status=unknown").await;
    let unknown_members = count(
        &app,
        "SELECT COUNT(*) FROM nsb WHERE iso_category = 'member body' AND alpha2 NOT IN (SELECT alpha2 FROM adoption)",
    )
    .await;
    assert!(members.body.contains(&format!("{unknown_members} of 172 bodies match")), "category filter");

    // Sorting: by country, descending, and by status (adoptions first).
    let by_country = app.get("/standards/iso-20400?sort=-country").await;
    let zimbabwe = by_country.body.find(r#"<th scope="row"><a href="/nsbs/ZW""#).unwrap();
    let afghanistan = by_country.body.find(r#"<th scope="row"><a href="/nsbs/AF""#).unwrap();
    assert!(zimbabwe < afghanistan);
    assert!(by_country.body.contains(r#"aria-sort="descending""#));
    let by_status = app.get("/standards/iso-20400?sort=status").await;
    let row_start = r#"<th scope="row"><a href="/nsbs/"#;
    let first_row = by_status.body.find(row_start).unwrap() + row_start.len();
    let first = &by_status.body[first_row..first_row + 2];
    assert!(["AU", "CR", "GB"].contains(&first), "an adoption comes first, not {first}");
    // Nonsense in the URL filters nothing and breaks nothing.
    let odd = app.get("/standards/iso-20400?status=%3Cscript%3E&region=999&sort=x").await;
    assert_eq!(odd.status, 200);
    assert!(odd.body.contains("172 of 172 bodies match") && !odd.body.contains("<script>alert"));
}

pub(super) async fn standards_api_serves_json_and_csv_with_sources(backend: Backend) {
    let app = TestApp::new(backend).await;
    let (status, list) = api_json(&app, "/api/v1/standards").await;
    assert_eq!(status, 200);
    assert_eq!(list[0]["slug"], "iso-20400");
    assert_eq!(list[0]["adoptions"], 4);
    assert_eq!(list[0]["counts"]["in-progress"], 1);
    assert_eq!(list[0]["translations"].as_array().map(Vec::len), Some(5));
    assert!(list[0]["translations"][0]["source"].as_str().is_some_and(|s| !s.is_empty()));

    let (status, one) = api_json(&app, "/api/v1/standards/iso-20400").await;
    assert_eq!((status, one["reference"].as_str()), (200, Some("ISO 20400:2017")));
    assert_eq!(one["last_confirmed"], "2023-04-05");
    assert!(one["source"].as_str().is_some_and(|s| s.contains("iteh")));

    let (status, rows) = api_json(&app, "/api/v1/standards/iso-20400/adoptions?per_page=500").await;
    assert_eq!(status, 200);
    assert_eq!(rows.as_array().map(Vec::len), Some(172));
    let brazil = rows.as_array().unwrap().iter().find(|r| r["alpha2"] == "BR").unwrap();
    assert_eq!(
        (brazil["status"].as_str(), brazil["designation"].as_str()),
        (Some("in-progress"), Some("ABNT NBR ISO 20400"))
    );
    assert!(brazil["source"].as_str().is_some_and(|s| s.contains("ademigo")));
    let (_, adopted) = api_json(&app, "/api/v1/standards/iso-20400/adoptions?status=adopted-any").await;
    assert_eq!(adopted.as_array().map(Vec::len), Some(4));

    let csv = app.get("/api/v1/standards/iso-20400/adoptions.csv").await;
    assert_eq!(csv.header("content-type"), Some("text/csv; charset=utf-8"));
    let mut reader = csv::Reader::from_reader(csv.body.as_bytes());
    let headers = reader.headers().unwrap().clone();
    assert!(headers.iter().any(|h| h == "source") && headers.iter().any(|h| h == "as_of"));
    let records: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(records.len(), 172);
    let standards_csv = app.get("/api/v1/standards.csv").await;
    assert!(
        standards_csv.body.starts_with("slug,reference,") && standards_csv.body.contains("iso-20400,ISO 20400:2017")
    );
    assert!(app.get("/api/v1/standards/iso-20400.csv").await.body.contains("ISO/PC 277"));

    let (status, error) = api_json(&app, "/api/v1/standards/nope").await;
    assert_eq!((status, error["error"]["code"].as_str()), (404, Some("not_found")));
    let french = app.get_with("/api/v1/standards/nope", &[("accept-language", "fr-CH, fr;q=0.9")]).await;
    let message: serde_json::Value = serde_json::from_str(&french.body).unwrap();
    let fr = app::i18n::Locale::from_tag("fr").unwrap();
    assert_eq!(message["error"]["message"].as_str(), Some(fr.t("error-not-found").as_str()), "in the asker's language");
    assert_eq!(app.get("/api/v1/standards/iso-20400/nonsense").await.status, 404);
}

/// A hand-built post of `pairs`: for what no rendered form can send (stale versions,
/// unknown keys, bad choices), to show the server refuses it.
pub(super) async fn save(app: &TestApp, path: &str, pairs: &[(&str, &str)], cookie: &str) -> TestResponse {
    app.post_form(path, &form(pairs), &[("cookie", cookie)]).await
}

/// What a person types into a record's form: `pairs` without the form's own key and version.
pub(super) fn typed<'a>(pairs: &[(&'a str, &'a str)]) -> Vec<(&'a str, &'a str)> {
    pairs.iter().copied().filter(|(name, _)| !matches!(*name, "key" | "version")).collect()
}

pub(super) const FR_ADOPTION: [(&str, &str); 13] = [
    ("key", "iso-20400:fr"),
    ("version", "0"),
    ("status", "adopted"),
    ("degree", "IDT"),
    ("designation", "NF ISO 20400"),
    ("adopted_on", "2017-06"),
    ("method", "endorsement"),
    ("lang", "fr"),
    ("sells", "yes"),
    ("confidence", "high"),
    ("note", ""),
    ("source", "AFNOR catalogue, boutique.afnor.org"),
    ("as_of", "2026-11-28"),
];

pub(super) async fn coordinator_edits_an_adoption_and_the_map_and_history_follow(backend: Backend) {
    let app = TestApp::new(backend).await;
    let cookie = signed_in_coordinator(&app, "ana@example.org").await;
    let form_page = app.get_with("/standards/iso-20400/adoptions/edit?nsb=FR", &[("cookie", &cookie)]).await;
    assert_eq!(form_page.status, 200);
    assert!(form_page.body.contains(r#"action="/api/save_adoption""#));
    assert!(
        form_page.body.contains(r#"name="version" value="0""#) && form_page.body.contains("ISO 20400:2017 in France")
    );

    let edit_fr = "/standards/iso-20400/adoptions/edit?nsb=FR";
    let saved = app.fill_in(edit_fr, "/api/save_adoption", &typed(&FR_ADOPTION), &cookie).await;
    assert!(saved.status.is_success() || saved.status.is_redirection(), "{} {}", saved.status, saved.body);
    let row: (String, Option<String>, Option<String>, String, i64) = sqlx::query_as(
        "SELECT status, degree, designation, source, version FROM adoption WHERE alpha2 = 'FR' AND standard_id = 'iso-20400'",
    )
    .fetch_one(&app.pool)
    .await
    .unwrap();
    assert_eq!(
        row,
        (
            "adopted".into(),
            Some("IDT".into()),
            Some("NF ISO 20400".into()),
            "AFNOR catalogue, boutique.afnor.org".into(),
            1
        )
    );

    // The map, the counts and the table follow.
    let page = app.get("/standards/iso-20400").await;
    let links = map_links(map_svg(&page));
    assert!(links.contains(&("FR".to_string(), "status-adopted-idt".to_string())));
    assert_eq!(stat(&page, "national adoptions"), Some(5));
    assert!(page.text().contains("Source: AFNOR catalogue, boutique.afnor.org (official), as of November 28, 2026"));

    // The audit trail: one entry per field, attributed, with the source.
    let audit: Vec<(String, String, Option<String>, Option<String>)> = sqlx::query_as(
        "SELECT entity_key, field, before_value, after_value FROM audit_log WHERE entity = 'adoption' ORDER BY field",
    )
    .fetch_all(&app.pool)
    .await
    .unwrap();
    assert_eq!(audit.len(), 8, "{audit:?}");
    assert!(audit.contains(&("iso-20400:FR".into(), "degree".into(), None, Some("IDT".into()))));
    let again = app.get_with("/standards/iso-20400/adoptions/edit?nsb=FR", &[("cookie", &cookie)]).await;
    assert!(again.body.contains(r#"name="version" value="1""#));
    assert!(
        again.body.contains("Degree of correspondence: unknown → IDT") && again.body.contains("by ana@example.org")
    );

    // A second edit changes only what differs, and bumps the version.
    let second = [("designation", "NF ISO 20400:2017"), ("source", "AFNOR catalogue"), ("as_of", "2026-11-29")];
    let saved = app.fill_in(edit_fr, "/api/save_adoption", &second, &cookie).await;
    assert!(saved.status.is_success() || saved.status.is_redirection(), "{}", saved.status);
    assert_eq!(count(&app, "SELECT COUNT(*) FROM audit_log WHERE entity = 'adoption'").await, 9);
    assert_eq!(count(&app, "SELECT version FROM adoption WHERE alpha2 = 'FR'").await, 2);
}

pub(super) async fn coordinator_edits_translations_memberships_and_the_standard(backend: Backend) {
    let app = TestApp::new(backend).await;
    let cookie = signed_in_coordinator(&app, "ana@example.org").await;
    let translation = [
        ("key", "iso-20400:ZH-hans"),
        ("version", "0"),
        ("title", "可持续采购 指南"),
        ("status", "national"),
        ("publisher", "SAC"),
        ("year", "2025"),
        ("source", "SAC catalogue"),
        ("as_of", "2026-11-28"),
    ];
    let page = "/standards/iso-20400/translations/edit?lang=ZH-hans";
    let saved = app.fill_in(page, "/api/save_translation", &typed(&translation), &cookie).await;
    assert!(saved.status.is_success() || saved.status.is_redirection(), "{} {}", saved.status, saved.body);
    let page = app.get("/standards/iso-20400").await;
    assert_eq!(stat(&page, "languages"), Some(6));
    assert!(page.body.contains("可持续采购 指南") && page.body.contains(r#"lang="zh-Hans""#), "canonical tag");

    let membership = [
        ("key", "iso-pc-277:fr"),
        ("version", "0"),
        ("membership", "P"),
        ("source", "iso.org ISO/PC 277 page"),
        ("as_of", "2026-11"),
    ];
    let page = "/committees/iso-pc-277/members/edit?nsb=fr";
    let saved = app.fill_in(page, "/api/save_membership", &typed(&membership), &cookie).await;
    assert!(saved.status.is_success() || saved.status.is_redirection(), "{} {}", saved.status, saved.body);
    let page = app.get("/standards/iso-20400").await;
    assert!(page.body.contains("1 P-member") && page.body.contains(r#"<li><a href="/nsbs/FR">France</a></li>"#));
    let body = app.get("/nsbs/FR").await;
    assert!(body.body.contains("Membership of ISO/PC 277") && body.body.contains("P-member"));

    let form_page = app.get_with("/standards/iso-20400/edit", &[("cookie", &cookie)]).await;
    assert!(form_page.body.contains(r#"name="reference" value="ISO 20400:2017""#));
    let standard = [
        ("key", "iso-20400"),
        ("version", "1"),
        ("reference", "ISO 20400:2017"),
        ("committee", "ISO/PC 277 (secretariat AFNOR + ABNT)"),
        ("published", "2017-04"),
        ("edition", "1"),
        ("stage", "90.60"),
        ("last_confirmed", "2023-04-05"),
        ("source", "iso.org catalogue"),
        ("as_of", "2026-11-29"),
    ];
    let saved = app.fill_in("/standards/iso-20400/edit", "/api/save_standard", &typed(&standard), &cookie).await;
    assert!(saved.status.is_success() || saved.status.is_redirection(), "{} {}", saved.status, saved.body);
    let page = app.get("/standards/iso-20400").await;
    assert!(page.body.contains("90.60") && page.text().contains("Source: iso.org catalogue (official)"));
    let entities: Vec<(String,)> =
        sqlx::query_as("SELECT DISTINCT entity FROM audit_log ORDER BY entity").fetch_all(&app.pool).await.unwrap();
    assert_eq!(entities, vec![("committee_member".into(),), ("standard".into(),), ("translation".into(),)]);
}

pub(super) async fn standards_edits_refuse_bad_input_stale_forms_and_anonymous_writers(backend: Backend) {
    let app = TestApp::new(backend).await;
    let before = count(&app, "SELECT COUNT(*) FROM audit_log").await;
    // Anonymous: refused before anything is read; the form page asks to sign in.
    let anonymous = app.post_form("/api/save_adoption", &form(&FR_ADOPTION), &[]).await;
    assert_eq!(anonymous.status, 401);
    assert_eq!(app.get("/standards/iso-20400/adoptions/edit?nsb=FR").await.status, 401);

    let cookie = signed_in_coordinator(&app, "ana@example.org").await;
    let mut bad = FR_ADOPTION.to_vec();
    bad[3] = ("degree", "ABC");
    bad[5] = ("adopted_on", "2099");
    bad[12] = ("as_of", "");
    let refused = save(&app, "/api/save_adoption", &bad, &cookie).await;
    assert_eq!(refused.status, 422);
    let problems = match serde_json::from_str::<app::error::AppError>(&refused.body) {
        Ok(app::error::AppError::Invalid(problems)) => problems,
        other => panic!("{other:?}"),
    };
    let fields: Vec<&str> = problems.iter().map(|p| p.field.as_str()).collect();
    assert_eq!(fields, ["degree", "adopted_on", "as_of"]);
    // Without JavaScript the message is shown next to the field, in the reader's language.
    let plain = app
        .post_form(
            "/api/save_adoption",
            &form(&bad),
            &[
                ("cookie", &cookie),
                ("accept", "text/html"),
                ("referer", "http://quorum.test/standards/iso-20400/adoptions/edit?nsb=FR&lang=fr"),
            ],
        )
        .await;
    assert!(plain.status.is_redirection(), "{}", plain.status);
    let shown = app.follow(&plain, &cookie).await;
    let french = app::i18n::Locale::from_tag("fr").unwrap();
    assert!(shown.body.contains(&french.t("edit-error-choice")), "the field's message, translated");
    assert!(shown.body.contains(&french.t("edit-error-partial-date")));
    assert_eq!(count(&app, "SELECT COUNT(*) FROM adoption WHERE alpha2 = 'FR'").await, 0, "nothing saved");

    // Unknown body or standard: 404; the key is never trusted.
    let mut unknown = FR_ADOPTION.to_vec();
    unknown[0] = ("key", "iso-20400:XX");
    assert_eq!(save(&app, "/api/save_adoption", &unknown, &cookie).await.status, 404);
    unknown[0] = ("key", "iso-1:FR'; DROP TABLE nsb; --");
    assert_eq!(save(&app, "/api/save_adoption", &unknown, &cookie).await.status, 404);

    // A stale form: the second coordinator read version 0 before the first saved.
    let saved = save(&app, "/api/save_adoption", &FR_ADOPTION, &cookie).await;
    assert!(saved.status.is_success() || saved.status.is_redirection());
    let other = signed_in_coordinator(&app, "bea@example.org").await;
    let mut stale = FR_ADOPTION.to_vec();
    stale[4] = ("designation", "NF EN ISO 20400");
    let conflict = save(&app, "/api/save_adoption", &stale, &other).await;
    assert_eq!(conflict.status, 409);
    match serde_json::from_str::<app::error::AppError>(&conflict.body) {
        Ok(app::error::AppError::Conflict(changes)) => {
            assert!(changes.iter().any(|c| c.field == "designation" && c.now.as_deref() == Some("NF ISO 20400")));
        }
        other => panic!("{other:?}"),
    }
    let designation: String =
        sqlx::query_scalar("SELECT designation FROM adoption WHERE alpha2 = 'FR'").fetch_one(&app.pool).await.unwrap();
    assert_eq!(designation, "NF ISO 20400", "the first save stands");
    // Saving the same values again changes nothing.
    let mut same = FR_ADOPTION.to_vec();
    same[1] = ("version", "1");
    assert_eq!(save(&app, "/api/save_adoption", &same, &cookie).await.status, 422);
    assert_eq!(count(&app, "SELECT COUNT(*) FROM audit_log").await, before + 8);
}

pub(super) async fn body_page_shows_each_standard_with_sources(backend: Backend) {
    let app = TestApp::new(backend).await;
    let page = app.get("/nsbs/BR").await;
    assert_eq!(page.status, 200);
    assert!(page.body.contains("Adoption in progress") && page.body.contains("ABNT NBR ISO 20400"));
    assert!(page.text().contains("Source: ademigo.com.br news (secondary)"));
    assert!(page.body.contains("Compras sustentáveis — Diretrizes"), "the version in Portuguese");
    assert!(page.body.contains(r#"href="/standards/iso-20400""#));
    let japan = app.get("/nsbs/JP").await;
    assert!(
        japan.body.contains("Nothing is recorded for this body yet.")
            && japan.body.contains("No version in Japanese is recorded.")
    );
}

pub(super) async fn letter_purpose_follows_adoption_records(backend: Backend) {
    use app::letters::Purpose;
    let app = TestApp::new(backend).await;
    let purpose = |code: &'static str| {
        let pool = app.pool.clone();
        async move { app::letters::ssr::facts(&pool, code).await.unwrap().suggested }
    };
    assert_eq!(purpose("GB").await, Purpose::Review, "adopted, English version exists");
    assert_eq!(purpose("JP").await, Purpose::Adopt, "nothing recorded");
    exec(
        &app,
        "INSERT INTO adoption (standard_id, alpha2, status, source) VALUES ('iso-20400', 'JP', 'adopted', 'JSA')",
    )
    .await;
    assert_eq!(purpose("JP").await, Purpose::Translate, "adopted, no Japanese version");
    exec(&app, "UPDATE adoption SET degree = 'NEQ' WHERE alpha2 = 'JP'").await;
    assert_eq!(purpose("JP").await, Purpose::Adopt, "NEQ is not an adoption");

    // While a review is open, a body with a recorded position (here leaning to withdraw)
    // gets the review letter, asking it to confirm.
    let correspondent: String =
        sqlx::query_scalar("SELECT alpha2 FROM nsb WHERE iso_category = 'correspondent member' ORDER BY alpha2")
            .fetch_one(&app.pool)
            .await
            .unwrap();
    let code: &'static str = Box::leak(correspondent.into_boxed_str());
    assert_eq!(purpose(code).await, Purpose::Adopt);
    exec(&app, "INSERT INTO review_cycle (id, standard_id, closes_on, status, source) VALUES ('iso-20400-2099', 'iso-20400', '2099-06-01', 'open', 'test')").await;
    exec(&app, &format!("INSERT INTO review_position (id, cycle_id, alpha2, position, kind, source, as_of, recorded_at) VALUES ('p1', 'iso-20400-2099', '{code}', 'withdraw', 'intention', 'test', '2098-01', '2098-01-01T00:00:00Z')")).await;
    assert_eq!(purpose(code).await, Purpose::Review);
}
