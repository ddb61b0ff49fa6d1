//! ISO Open Data: committees and deliverables imported through the record engine, the
//! search over every standard, following one, and reviews and voters that follow ISO's
//! stages and committee memberships.

use app::import::iso::{Dataset, IsoSummary};
use chrono::NaiveDate;

use super::*;

fn fixture(name: &str) -> std::path::PathBuf {
    quorum_tests::workspace_root().join("tests/fixtures/iso-open-data").join(name)
}

/// The deliverables fixture without its malformed line (line 9), which the readers' own
/// tests use: what a good file of ISO's looks like.
fn clean_deliverables(dir: &std::path::Path) -> std::path::PathBuf {
    let text = std::fs::read_to_string(fixture("deliverables.jsonl")).unwrap();
    let lines: Vec<&str> = text.lines().filter(|l| !l.contains("\"id\":900006,") || l.ends_with('}')).collect();
    let path = dir.join("iso_deliverables_metadata.jsonl");
    std::fs::write(&path, lines.join("\n")).unwrap();
    path
}

fn date(text: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").ok()
}

async fn import(app: &TestApp, dataset: Dataset, path: &std::path::Path, on: &str, dry_run: bool) -> IsoSummary {
    server::cli::import_iso_file(&app.pool, dataset, path, date(on), dry_run).await.unwrap()
}

async fn count(app: &TestApp, sql: &str) -> i64 {
    sqlx::query_scalar(sql).fetch_one(&app.pool).await.unwrap()
}

async fn audit_rows(app: &TestApp) -> i64 {
    count(app, "SELECT COUNT(*) FROM audit_log").await
}

pub(super) async fn iso_committees_are_matched_by_member_id_and_reimports_write_nothing(backend: Backend) {
    let app = TestApp::new(backend).await;
    let committees = fixture("committees.csv");
    let before = audit_rows(&app).await;

    // A dry run counts and writes nothing.
    let dry = import(&app, Dataset::Committees, &committees, "2026-05-02", true).await;
    assert_eq!(dry.committees.added, 6, "{dry}");
    assert_eq!(count(&app, "SELECT COUNT(*) FROM committee WHERE iso_id IS NOT NULL").await, 0);
    assert_eq!(audit_rows(&app).await, before);

    let first = import(&app, Dataset::Committees, &committees, "2026-05-02", false).await;
    assert_eq!(first, dry, "the dry run counts what the import then does");
    assert!(first.memberships.added > 60, "{first}");
    let row: (Option<String>, String, Option<String>) = sqlx::query_as(
        "SELECT membership, source, as_of FROM committee_member WHERE committee_id = 'iso-tc-309' AND alpha2 = 'DE'",
    )
    .fetch_one(&app.pool)
    .await
    .unwrap();
    assert_eq!(
        row,
        (Some("P".into()), "ISO Open Data, iso_technical_committees, 2026-05-02".into(), Some("2026-05-02".into()))
    );
    let committee: (String, Option<String>, Option<String>, Option<String>) =
        sqlx::query_as("SELECT reference, title, status, secretariat FROM committee WHERE id = 'iso-tc-309'")
            .fetch_one(&app.pool)
            .await
            .unwrap();
    assert_eq!(
        committee,
        ("ISO/TC 309".into(), Some("Governance of organizations".into()), Some("Active".into()), Some("BSI".into()))
    );
    // LASA's member id (Lithuania's new body) matches no body of the directory yet.
    let unmatched: Vec<(String, Option<String>, String)> = sqlx::query_as(
        "SELECT member_id, acronym, membership FROM committee_unmatched WHERE committee_id = 'iso-tc-309' ORDER BY member_id",
    )
    .fetch_all(&app.pool)
    .await
    .unwrap();
    assert!(unmatched.contains(&("1897".into(), Some("LASA".into()), "P".into())), "{unmatched:?}");
    let audited = audit_rows(&app).await;
    assert!(audited > before + 60);

    // The same file again, and the same committees as gzipped JSON Lines: nothing written.
    let again = import(&app, Dataset::Committees, &committees, "2026-05-02", false).await;
    assert_eq!(again.writes(), 0, "{again}");
    assert_eq!(again.committees.same, 6);
    let jsonl = import(&app, Dataset::Committees, &fixture("committees.jsonl.gz"), "2026-05-02", false).await;
    assert_eq!(jsonl.writes(), 0, "{jsonl}");
    assert_eq!(audit_rows(&app).await, audited);

    // A body that leaves a committee is recorded as no longer a member, with the date.
    let text = std::fs::read_to_string(&committees).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let without_de = dir.path().join("iso_technical_committees.csv");
    // DIN's member id is 1511 in ISO's data; its id and acronym leave every list.
    let without = text.replace("1511, ", "").replace(", 1511", "").replace("DIN, ", "").replace(", DIN]", "]");
    std::fs::write(&without_de, without).unwrap();
    let later = import(&app, Dataset::Committees, &without_de, "2026-06-01", false).await;
    assert!(later.memberships.changed >= 1, "{later}");
    let membership: Option<String> = sqlx::query_scalar(
        "SELECT membership FROM committee_member WHERE committee_id = 'iso-tc-309' AND alpha2 = 'DE'",
    )
    .fetch_one(&app.pool)
    .await
    .unwrap();
    assert_eq!(membership, None);

    // A file with an unreadable line writes nothing and names the line.
    let broken = dir.path().join("broken.jsonl");
    std::fs::write(&broken, "{\"id\": 1, \"reference\": \"ISO/TC 1\", \"status\": \"Active\"}\n{\"id\": 2, \"refer")
        .unwrap();
    let audited = audit_rows(&app).await;
    let refused = import(&app, Dataset::Committees, &broken, "2026-06-02", false).await;
    assert_eq!(refused.problems.len(), 1, "{refused}");
    assert_eq!(refused.problems[0].0, 2);
    assert_eq!(count(&app, "SELECT COUNT(*) FROM committee WHERE reference = 'ISO/TC 1'").await, 0);
    assert_eq!(audit_rows(&app).await, audited);
}

pub(super) async fn every_deliverable_is_a_standard_found_by_search_and_followed_by_choice(backend: Backend) {
    let app = TestApp::new(backend).await;
    let dir = tempfile::tempdir().unwrap();
    import(&app, Dataset::Committees, &fixture("committees.csv"), "2026-05-02", false).await;
    let summary = import(&app, Dataset::Deliverables, &clean_deliverables(dir.path()), "2026-05-03", false).await;
    assert!(summary.problems.is_empty() && summary.standards.added >= 6, "{summary}");
    assert_eq!(summary.standards.changed, 1, "ISO 20400 was recorded before: {summary}");

    // The standards list shows only what coordinators follow.
    let list = app.get("/standards").await;
    assert!(list.body.contains("ISO 20400:2017") && !list.body.contains("ISO 18074"), "{}", list.text());
    // The search finds every standard, by number, title words or committee.
    for (q, expected) in
        [("18074", "ISO 18074:2015"), ("textiles+cashmere", "ISO 18074:2015"), ("ISO%2FTC+309", "ISO/TS 99001:2021")]
    {
        let found = app.get(&format!("/standards?q={q}")).await;
        assert!(found.status.is_success() && found.body.contains(expected), "{q}: {}", found.text());
    }
    let none = app.get("/standards?q=zzzz%25").await;
    assert!(none.text().contains("No standard matches"), "{}", none.text());
    let api = app.get("/api/v1/standards?q=18074").await;
    let json: serde_json::Value = serde_json::from_str(&api.body).unwrap();
    assert_eq!(json["pagination"]["total"], 1, "{json}");
    assert_eq!(json["data"][0]["reference"], "ISO 18074:2015");
    assert_eq!(json["data"][0]["followed"], false);
    assert_eq!(json["data"][0]["iso_id"], 61292);
    assert!(json["data"][0]["counts"].is_null(), "no counts for a standard nobody follows");
    let followed: serde_json::Value = serde_json::from_str(&app.get("/api/v1/standards").await.body).unwrap();
    assert_eq!(followed["data"].as_array().unwrap().len(), 1, "{followed}");
    assert_eq!(followed["data"][0]["committee"], "ISO/TMBG");
    assert_eq!(followed["data"][0]["due_by"], "2028-04-05");

    // An unfollowed standard's page: ISO's facts, no adoption map; the public cannot follow it.
    let page = app.get("/standards/iso-18074").await;
    assert!(page.status.is_success());
    assert!(page.text().contains("Coordinators do not follow this standard"), "{}", page.text());
    assert!(!page.body.contains("class=\"world-map\"") && !page.body.contains("/api/follow_standard"));
    assert!(page.body.contains("https://www.iso.org/standard/61292.html"));
    let refused = app.post_form("/api/follow_standard", "slug=iso-18074&follow=yes&version=1", &[]).await;
    assert!(refused.status.is_client_error(), "{}", refused.status);

    // A coordinator follows it with the form on its page.
    let cookie = signed_in_coordinator(&app, "ana@example.org").await;
    let followed = app.fill_in("/standards/iso-18074", "/api/follow_standard", &[], &cookie).await;
    assert!(followed.status.is_success() || followed.status.is_redirection(), "{} {}", followed.status, followed.body);
    let list = app.get("/standards").await;
    assert!(list.body.contains("ISO 18074:2015"), "{}", list.text());
    let page = app.get("/standards/iso-18074").await;
    assert!(page.body.contains("class=\"world-map\""), "a followed standard has its map");
    assert_eq!(
        count(&app, "SELECT COUNT(*) FROM audit_log WHERE entity_key = 'iso-18074' AND field = 'followed' AND after_value = 'yes'").await,
        1
    );
}

pub(super) async fn reviews_follow_iso_stages_and_voters_follow_committee_membership(backend: Backend) {
    let app = TestApp::new(backend).await;
    let dir = tempfile::tempdir().unwrap();
    import(&app, Dataset::Committees, &fixture("committees.csv"), "2026-05-02", false).await;
    let deliverables = clean_deliverables(dir.path());
    let first = import(&app, Dataset::Deliverables, &deliverables, "2026-05-03", false).await;
    assert_eq!(first.reviews_opened, 1, "{first}");

    // ISO/TS 99001 is under systematic review (90.20): an open cycle, dated by its source.
    let cycle: (String, String, Option<String>, String) =
        sqlx::query_as("SELECT id, status, stage, source FROM review_cycle WHERE standard_id = 'iso-ts-99001'")
            .fetch_one(&app.pool)
            .await
            .unwrap();
    assert_eq!(
        cycle,
        (
            "iso-ts-99001-2026".into(),
            "open".into(),
            Some("90.20".into()),
            "ISO Open Data, iso_deliverables_metadata, 2026-05-03".into()
        )
    );

    // Its voters are ISO/TC 309's P-members as imported.
    let p_members =
        count(&app, "SELECT COUNT(*) FROM committee_member WHERE committee_id = 'iso-tc-309' AND membership = 'P'")
            .await;
    let filter = app::reviews::ReviewFilter::default();
    let overview =
        app::reviews::ssr::overview(&app.pool, "iso-ts-99001-2026", &filter, Default::default(), None).await.unwrap();
    let obliged = overview.standings.iter().filter(|s| s.voter == app::reviews::projection::Voter::Obliged).count();
    assert_eq!(obliged as i64, p_members);
    assert!(overview.standings.iter().any(|s| s.alpha2 == "DE" && s.voter == app::reviews::projection::Voter::Obliged));
    assert!(!overview.every_member_body_obliged);

    // ISO 20400 is owned by the Technical Management Board: every member body counts,
    // and the review page says why.
    let page = app.get("/reviews/iso-20400-2022").await;
    assert!(page.body.contains("id=\"voters-rule\""), "{}", page.text());
    let overview =
        app::reviews::ssr::overview(&app.pool, "iso-20400-2022", &filter, Default::default(), None).await.unwrap();
    assert!(overview.every_member_body_obliged);

    // A later file: the review decided (confirmed), dated the day the file says.
    let text = std::fs::read_to_string(&deliverables).unwrap();
    let later = dir.path().join("later.jsonl");
    let changed: Vec<String> = text
        .lines()
        .map(|l| {
            if l.contains("\"id\":900001,") {
                l.replace("\"currentStage\":9020", "\"currentStage\":9093")
            } else {
                l.to_string()
            }
        })
        .collect();
    assert_ne!(changed.join("\n"), text, "the fixture line changed");
    std::fs::write(&later, changed.join("\n")).unwrap();
    let second = import(&app, Dataset::Deliverables, &later, "2026-06-10", false).await;
    assert_eq!((second.reviews_closed, second.standards.changed), (1, 1), "{second}");
    let decided: (String, Option<String>, Option<String>) =
        sqlx::query_as("SELECT status, outcome, decided_on FROM review_cycle WHERE id = 'iso-ts-99001-2026'")
            .fetch_one(&app.pool)
            .await
            .unwrap();
    assert_eq!(decided, ("decided".into(), Some("confirmed".into()), Some("2026-06-10".into())));
    let audited = count(&app, "SELECT COUNT(*) FROM audit_log WHERE entity = 'review_cycle' AND entity_key = 'iso-ts-99001-2026' AND field = 'outcome' AND after_value = 'confirmed'").await;
    assert_eq!(audited, 1);
    // The next review is due five years after that confirmation, and the page says it is derived.
    let page = app.get("/standards/iso-ts-99001").await;
    assert!(page.text().contains("Derived by Quorum"), "{}", page.text());
    let json: serde_json::Value = serde_json::from_str(&app.get("/api/v1/standards/iso-ts-99001").await.body).unwrap();
    assert_eq!(json["data"]["due_by"], "2031-06-10", "{json}");
    assert_eq!(json["data"]["last_confirmed"], "2026-06-10");

    // The same file again writes nothing.
    let audit = audit_rows(&app).await;
    let again = import(&app, Dataset::Deliverables, &later, "2026-06-10", false).await;
    assert_eq!(again.writes(), 0, "{again}");
    assert_eq!(audit_rows(&app).await, audit);
}

pub(super) async fn shipped_updates_bring_the_records_up_to_date(backend: Backend) {
    let app = TestApp::updated(backend).await;
    // Monaco's body, added with its sources; Lithuania's renamed body with ISO's member id.
    let monaco: (String, Option<String>, Option<String>, Option<String>) =
        sqlx::query_as("SELECT country_name_en, acronym, iso_category, iso_member_id FROM nsb WHERE alpha2 = 'MC'")
            .fetch_one(&app.pool)
            .await
            .unwrap();
    assert_eq!(monaco, ("Monaco".into(), Some("AMNOR".into()), Some("member body".into()), Some("10320054".into())));
    let page = app.get("/nsbs/MC").await;
    assert!(page.status.is_success() && page.body.contains("amnor.mc/interview_president.html"), "{}", page.text());
    let lithuania: (Option<String>, Option<String>) =
        sqlx::query_as("SELECT acronym, body_name_en FROM nsb WHERE alpha2 = 'LT'").fetch_one(&app.pool).await.unwrap();
    assert_eq!(lithuania, (Some("LASA".into()), None), "the old English name is no longer known");
    // Categories the membership evidence supports.
    for code in ["BO", "UG", "LV", "ZM"] {
        let category: Option<String> = sqlx::query_scalar("SELECT iso_category FROM nsb WHERE alpha2 = $1")
            .bind(code)
            .fetch_one(&app.pool)
            .await
            .unwrap();
        assert_eq!(category.as_deref(), Some("member body"), "{code}");
    }
    let phone: Option<String> =
        sqlx::query_scalar("SELECT phone FROM nsb WHERE alpha2 = 'UA'").fetch_one(&app.pool).await.unwrap();
    assert_eq!(phone.as_deref(), Some("+380 44 452 33 96"));

    // ISO 20400: its owner, the adoptions found, France selling it, Britain's designation.
    let owner: (Option<String>, Option<String>) =
        sqlx::query_as("SELECT committee, developed_by FROM standard WHERE id = 'iso-20400'")
            .fetch_one(&app.pool)
            .await
            .unwrap();
    assert_eq!(owner, (Some("ISO/TMBG".into()), Some("ISO/PC 277".into())));
    let adoptions: Vec<(String, String, Option<String>, String)> = sqlx::query_as(
        "SELECT alpha2, status, designation, source FROM adoption WHERE standard_id = 'iso-20400' \
         AND alpha2 IN ('IT', 'UA', 'CO', 'GB') ORDER BY alpha2",
    )
    .fetch_all(&app.pool)
    .await
    .unwrap();
    assert_eq!(adoptions.len(), 4, "{adoptions:?}");
    assert!(adoptions.iter().all(|(_, status, _, source)| status == "adopted" && !source.is_empty()));
    assert!(adoptions.iter().any(|(code, _, d, _)| code == "GB" && d.as_deref() == Some("BS ISO 20400:2017")));
    let page = app.get("/standards/iso-20400").await;
    assert_eq!(stat(&page, "national adoptions"), Some(7), "{}", page.text());
    // The campaign's own figures are quoted as theirs, apart from Quorum's counts.
    let text = page.text();
    assert!(
        text.contains("iso20400.org")
            && text.contains("17 countries adopted it")
            && text.contains("These are their figures"),
        "{text}"
    );
    assert!(text.contains("2028"), "the next review due by about 2028-04, derived: {text}");

    // Each update is audited with its source, and applied once: a coordinator's later
    // edit survives a restart.
    let audited = count(&app, "SELECT COUNT(*) FROM audit_log WHERE action = 'update'").await;
    assert!(audited > 40, "{audited}");
    sqlx::query("UPDATE nsb SET acronym = 'LASA (edited)' WHERE alpha2 = 'LT'").execute(&app.pool).await.unwrap();
    server::prepare_updated(&app.database_url, quorum_tests::leptos_options()).await.unwrap();
    assert_eq!(count(&app, "SELECT COUNT(*) FROM audit_log WHERE action = 'update'").await, audited);
    let acronym: Option<String> =
        sqlx::query_scalar("SELECT acronym FROM nsb WHERE alpha2 = 'LT'").fetch_one(&app.pool).await.unwrap();
    assert_eq!(acronym.as_deref(), Some("LASA (edited)"));
}

pub(super) async fn the_ballot_radar_lists_running_and_due_reviews(backend: Backend) {
    let app = TestApp::new(backend).await;
    let dir = tempfile::tempdir().unwrap();
    import(&app, Dataset::Committees, &fixture("committees.csv"), "2026-05-02", false).await;
    // A standard due next year: published five years before.
    let text = std::fs::read_to_string(clean_deliverables(dir.path())).unwrap();
    let next_year = (chrono::Utc::now().date_naive() - chrono::Months::new(60) + chrono::Days::new(30)).to_string();
    let due = format!(
        "{text}\n{{\"id\":900100,\"deliverableType\":\"IS\",\"reference\":\"ISO 99100:2021\",\"title\":{{\"en\":\"Synthetic standard due soon\"}},\"publicationDate\":\"{next_year}\",\"ownerCommittee\":\"ISO/TC 309\",\"currentStage\":6060,\"icsCode\":[\"03.100.02\"]}}"
    );
    let path = dir.path().join("with-due.jsonl");
    std::fs::write(&path, due).unwrap();
    import(&app, Dataset::Deliverables, &path, "2026-05-03", false).await;

    let page = app.get("/reviews/upcoming").await;
    assert!(page.status.is_success(), "{}", page.status);
    let text = page.text();
    assert!(text.contains("ISO/TS 99001:2021") && text.contains("ISO 99100:2021"), "{text}");
    let p_members =
        count(&app, "SELECT COUNT(*) FROM committee_member WHERE committee_id = 'iso-tc-309' AND membership = 'P'")
            .await;
    let json: serde_json::Value = serde_json::from_str(&app.get("/api/v1/reviews/upcoming").await.body).unwrap();
    let items = json["data"].as_array().unwrap();
    let running = items.iter().find(|i| i["reference"] == "ISO/TS 99001:2021").unwrap();
    assert_eq!(running["kind"], "running");
    assert_eq!(running["cycle"], "iso-ts-99001-2026");
    assert_eq!(running["obliged_voters"], p_members);
    let due = items.iter().find(|i| i["reference"] == "ISO 99100:2021").unwrap();
    assert_eq!(due["kind"], "due");
    let expected_due =
        (NaiveDate::parse_from_str(&next_year, "%Y-%m-%d").unwrap() + chrono::Months::new(60)).to_string();
    assert_eq!(due["date"], expected_due.as_str());
    // ISO 20400 was confirmed on 2023-04-05: due by 2028-04-05, beyond twelve months.
    assert!(items.iter().all(|i| i["standard"] != "iso-20400"));
    // Paged one by one: the same entries in the same order, running ones first, each once.
    let total = json["pagination"]["total"].as_u64().unwrap();
    assert_eq!(total, items.len() as u64);
    let mut paged = Vec::new();
    for number in 1..=total + 1 {
        let page: serde_json::Value =
            serde_json::from_str(&app.get(&format!("/api/v1/reviews/upcoming?per_page=1&page={number}")).await.body)
                .unwrap();
        assert_eq!(page["pagination"]["total"], total);
        paged.extend(page["data"].as_array().unwrap().iter().map(|i| (i["kind"].clone(), i["standard"].clone())));
    }
    let whole: Vec<_> = items.iter().map(|i| (i["kind"].clone(), i["standard"].clone())).collect();
    assert_eq!(paged, whole);

    // Filters: committee (with its subcommittees), ICS, followed only.
    let by_ics: serde_json::Value =
        serde_json::from_str(&app.get("/api/v1/reviews/upcoming?ics=03.100.02").await.body).unwrap();
    assert_eq!(by_ics["pagination"]["total"], 1, "{by_ics}");
    let by_committee = app.get("/reviews/upcoming?committee=ISO%2FTC+38").await;
    assert!(!by_committee.text().contains("ISO 99100:2021"));
    let followed: serde_json::Value =
        serde_json::from_str(&app.get("/api/v1/reviews/upcoming?scope=followed").await.body).unwrap();
    assert_eq!(followed["pagination"]["total"], 0, "{followed}");

    // CSV and calendar.
    let csv = app.get("/api/v1/reviews/upcoming.csv").await;
    assert!(csv.body.lines().next().unwrap().starts_with("kind,standard,reference"));
    assert!(csv.body.contains("ISO 99100:2021"));
    let ics = app.get("/api/v1/reviews/upcoming.ics").await;
    assert!(ics.header("content-type").unwrap().starts_with("text/calendar"));
    assert!(
        ics.body.contains("BEGIN:VCALENDAR")
            && ics.body.contains("SUMMARY:ISO 99100:2021: systematic review due by (derived)")
    );
    assert!(ics.body.contains(&format!("DTSTART;VALUE=DATE:{}", expected_due.replace('-', ""))));
    // In the asker's language.
    let french = app.get_with("/api/v1/reviews/upcoming.ics", &[("accept-language", "fr")]).await;
    assert_eq!(french.header("content-language"), Some("fr"));
    let expected =
        app::i18n::Locale::from_tag("fr").unwrap().t_args("radar-ics-due", &[("reference", "ISO 99100:2021".into())]);
    let unfolded = french.body.replace("\r\n ", "");
    assert!(expected.contains("examen") && unfolded.contains(&format!("SUMMARY:{expected}")), "{unfolded}");
}

/// Uploads a file as the form on `/import` does and follows to its page once checked.
async fn upload_iso(app: &TestApp, cookie: &str, dataset: &str, name: &str, bytes: &[u8]) -> TestResponse {
    let page = app.get_with("/import", &[("cookie", cookie)]).await;
    let form = page.form("/import/iso");
    assert_eq!(form.value("dataset").as_deref(), Some("committees"), "the form offers the datasets");
    let date = "2026-05-02";
    let response = app
        .upload("/import/iso", &[("dataset", dataset), ("date", date)], ("file", name, bytes), &[("cookie", cookie)])
        .await;
    assert!(response.status.is_redirection(), "{} {}", response.status, response.body);
    let location = response.header("location").unwrap().to_string();
    assert!(location.starts_with("/import/iso/"), "{location}");
    page_when(app, &location, cookie, |page| !page.body.contains("data-running")).await
}

/// The page at `uri` as `cookie` sees it, once `ready` (within 30 s).
async fn page_when(app: &TestApp, uri: &str, cookie: &str, ready: impl Fn(&TestResponse) -> bool) -> TestResponse {
    for _ in 0..300 {
        let page = app.get_with(uri, &[("cookie", cookie)]).await;
        if ready(&page) {
            return page;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    panic!("{uri} never got ready");
}

pub(super) async fn admins_upload_iso_files_check_them_and_confirm(backend: Backend) {
    let app = TestApp::new(backend).await;
    let committees = std::fs::read(fixture("committees.csv.gz")).unwrap();

    // Only admins: the public is sent to sign in, coordinators are refused, and neither
    // sees the form.
    let anonymous =
        app.upload("/import/iso", &[("dataset", "committees")], ("file", "c.csv.gz", &committees), &[]).await;
    assert!(anonymous.status.is_redirection() && anonymous.header("location") == Some("/signin"));
    let coordinator = signed_in_coordinator(&app, "ana@example.org").await;
    let refused = app
        .upload(
            "/import/iso",
            &[("dataset", "committees")],
            ("file", "c.csv.gz", &committees),
            &[("cookie", &coordinator)],
        )
        .await;
    assert_eq!(refused.status.as_u16(), 403);
    assert!(!app.get_with("/import", &[("cookie", &coordinator)]).await.body.contains("/import/iso"));
    assert_eq!(count(&app, "SELECT COUNT(*) FROM iso_import").await, 0);

    // The dry run counts and writes nothing; confirming writes it all.
    let admin = signed_in_admin(&app).await;
    let audit = audit_rows(&app).await;
    let page = upload_iso(&app, &admin, "committees", "iso_technical_committees.csv.gz", &committees).await;
    let text = page.text();
    assert!(
        text.contains("6 records read") && text.contains("ISO Open Data, iso_technical_committees, 2026-05-02"),
        "{text}"
    );
    assert_eq!(count(&app, "SELECT COUNT(*) FROM committee WHERE iso_id IS NOT NULL").await, 0);
    assert_eq!(audit_rows(&app).await, audit);
    let location = page.form("/api/confirm_iso_import").value("id").map(|id| format!("/import/iso/{id}")).unwrap();
    let confirmed = app.fill_in(&location, "/api/confirm_iso_import", &[], &admin).await;
    assert!(confirmed.status.is_success() || confirmed.status.is_redirection(), "{}", confirmed.status);
    let done = page_when(&app, &location, &admin, |page| page.body.contains("id=\"import-applied\"")).await;
    assert!(!done.body.contains("/api/confirm_iso_import"), "written once");
    assert_eq!(count(&app, "SELECT COUNT(*) FROM committee WHERE iso_id IS NOT NULL").await, 6);
    assert!(audit_rows(&app).await > audit + 60);

    // The same file again: nothing to write. A file with a bad line: its line, nothing written.
    let again = upload_iso(&app, &admin, "committees", "iso_technical_committees.csv.gz", &committees).await;
    assert!(again.text().contains("Nothing") || !again.body.contains("/api/confirm_iso_import"), "{}", again.text());
    let bad = upload_iso(
        &app,
        &admin,
        "deliverables",
        "iso_deliverables_metadata.jsonl",
        &std::fs::read(fixture("deliverables.jsonl")).unwrap(),
    )
    .await;
    assert!(bad.text().contains("Line 9"), "{}", bad.text());
    assert!(!bad.body.contains("/api/confirm_iso_import"));
    // A name that is not one of ISO's formats is refused at the form.
    let odd =
        app.upload("/import/iso", &[("dataset", "committees")], ("file", "c.xlsx", b"x"), &[("cookie", &admin)]).await;
    assert!(odd.header("location").is_some_and(|l| l.contains("iso_error=import-iso-error-format")));
}

pub(super) async fn admins_create_bodies_from_unmatched_members(backend: Backend) {
    let app = TestApp::new(backend).await;
    import(&app, Dataset::Committees, &fixture("committees.csv"), "2026-05-02", false).await;
    // The public and coordinators cannot see the list.
    assert!(!app.get("/admin/unmatched-members").await.body.contains("10320054"));
    let coordinator = signed_in_coordinator(&app, "ana@example.org").await;
    assert!(!app.get_with("/admin/unmatched-members", &[("cookie", &coordinator)]).await.body.contains("10320054"));

    let admin = signed_in_admin(&app).await;
    let page = app.get_with("/admin/unmatched-members", &[("cookie", &admin)]).await;
    let text = page.text();
    assert!(
        text.contains("AMNOR") && text.contains("ISO member id 10320054") && text.contains("ISO/TC 207/SC 1"),
        "{text}"
    );
    let mut form = page
        .forms("/api/create_body_from_member")
        .into_iter()
        .find(|f| f.value("member_id").as_deref() == Some("10320054"))
        .unwrap();
    assert_eq!(form.value("acronym").as_deref(), Some("AMNOR"));
    assert_eq!(form.value("source").as_deref(), Some("ISO Open Data, iso_technical_committees, 2026-05-02"));
    form.set("alpha2", "MC")
        .set("iso_category", "member body")
        .set("body_name_en", "Monegasque Standardization Association");
    let created = app.submit(&form, &[("cookie", &admin)]).await;
    assert!(created.status.is_success() || created.status.is_redirection(), "{} {}", created.status, created.body);
    let body = app.get("/nsbs/MC").await;
    assert!(body.status.is_success() && body.text().contains("AMNOR"), "{}", body.text());
    let membership: (Option<String>, String) = sqlx::query_as(
        "SELECT membership, source FROM committee_member WHERE committee_id = 'iso-tc-207-sc-1' AND alpha2 = 'MC'",
    )
    .fetch_one(&app.pool)
    .await
    .unwrap();
    assert_eq!(membership, (Some("P".into()), "ISO Open Data, iso_technical_committees, 2026-05-02".into()));
    assert_eq!(count(&app, "SELECT COUNT(*) FROM committee_unmatched WHERE member_id = '10320054'").await, 0);
    assert!(!app.get_with("/admin/unmatched-members", &[("cookie", &admin)]).await.body.contains("10320054"));
    // The next import matches the body by its member id: nothing new is unmatched.
    let again = import(&app, Dataset::Committees, &fixture("committees.csv"), "2026-05-02", false).await;
    assert_eq!(again.writes(), 0, "{again}");

    // A country that has a body already is refused with a reason, and nothing changes.
    let page = app.get_with("/admin/unmatched-members", &[("cookie", &admin)]).await;
    let mut form = page.forms("/api/create_body_from_member").into_iter().next().unwrap();
    let audit = audit_rows(&app).await;
    form.set("alpha2", "");
    let refused = app.submit(&form, &[("cookie", &admin)]).await;
    assert!(!refused.status.is_success() || refused.text().contains("Choose the country"), "{}", refused.status);
    assert_eq!(audit_rows(&app).await, audit);
}

pub(super) async fn membership_evidence_and_ballots_show_on_a_bodys_page(backend: Backend) {
    let app = TestApp::new(backend).await;
    let dir = tempfile::tempdir().unwrap();
    import(&app, Dataset::Committees, &fixture("committees.csv"), "2026-05-02", false).await;
    import(&app, Dataset::Deliverables, &clean_deliverables(dir.path()), "2026-05-03", false).await;

    // Germany is a P-member of ISO/TC 309, whose ISO/TS 99001 is under review.
    let page = app.get("/nsbs/DE").await;
    let text = page.text();
    assert!(text.contains("Ballots ahead") && text.contains("ISO/TS 99001:2021"), "{text}");
    let json: serde_json::Value =
        serde_json::from_str(&app.get("/api/v1/reviews/upcoming?body=DE").await.body).unwrap();
    assert!(json["data"].as_array().unwrap().iter().any(|i| i["reference"] == "ISO/TS 99001:2021"), "{json}");
    // A body that is in no committee has no ballot there.
    let none: serde_json::Value =
        serde_json::from_str(&app.get("/api/v1/reviews/upcoming?body=TV").await.body).unwrap();
    assert!(none["data"].as_array().unwrap().iter().all(|i| i["reference"] != "ISO/TS 99001:2021"), "{none}");

    // A P-member recorded as something else: the evidence for everyone, the button for coordinators.
    let (code,): (String,) = sqlx::query_as(
        "SELECT n.alpha2 FROM nsb n WHERE (n.iso_category IS NULL OR n.iso_category <> 'member body') \
         AND EXISTS (SELECT 1 FROM committee_member m WHERE m.alpha2 = n.alpha2 AND m.membership = 'P') ORDER BY n.alpha2",
    )
    .fetch_one(&app.pool)
    .await
    .unwrap();
    let page = app.get(&format!("/nsbs/{code}")).await;
    assert!(
        page.body.contains("id=\"category-evidence\"") && page.text().contains("only member bodies can be P-members"),
        "{code}"
    );
    assert!(!page.body.contains("/api/confirm_member_body"), "the public sees no button");
    assert!(!app.get("/nsbs/DE").await.body.contains("id=\"category-evidence\""), "the records agree for DE");
    let cookie = signed_in_coordinator(&app, "ana@example.org").await;
    let saved = app.fill_in(&format!("/nsbs/{code}"), "/api/confirm_member_body", &[], &cookie).await;
    assert!(saved.status.is_success() || saved.status.is_redirection(), "{} {}", saved.status, saved.body);
    let (category, source): (Option<String>, String) = sqlx::query_as(
        "SELECT n.iso_category, s.source FROM nsb n JOIN nsb_field_source s ON s.alpha2 = n.alpha2 AND s.field = 'iso_category' \
         WHERE n.alpha2 = $1",
    )
    .bind(&code)
    .fetch_one(&app.pool)
    .await
    .unwrap();
    assert_eq!(category.as_deref(), Some("member body"));
    assert!(source.starts_with("ISO Open Data, iso_technical_committees, 2026-05-02: P-member of"), "{source}");
    assert!(!app.get(&format!("/nsbs/{code}")).await.body.contains("id=\"category-evidence\""));
}

/// A stand-in for ISO's storage: serves the fixtures at ISO's paths with an ETag and a
/// date, answers 304 to a request that names the ETag, and 500 once `failing` is set.
async fn iso_storage(failing: std::sync::Arc<std::sync::atomic::AtomicBool>) -> String {
    use axum::response::IntoResponse;
    let committees = std::fs::read(fixture("committees.csv")).unwrap();
    let deliverables = std::fs::read_to_string(fixture("deliverables.jsonl")).unwrap();
    let deliverables: String = deliverables
        .lines()
        .filter(|l| !l.contains("\"id\":900006,") || l.ends_with('}'))
        .collect::<Vec<_>>()
        .join("\n");
    let serve = move |body: Vec<u8>, failing: std::sync::Arc<std::sync::atomic::AtomicBool>| {
        move |headers: http::HeaderMap| {
            let body = body.clone();
            let failing = failing.clone();
            async move {
                if failing.load(std::sync::atomic::Ordering::SeqCst) {
                    return http::StatusCode::INTERNAL_SERVER_ERROR.into_response();
                }
                if headers.get("if-none-match").is_some_and(|v| v == "\"v1\"") {
                    return http::StatusCode::NOT_MODIFIED.into_response();
                }
                ([("etag", "\"v1\""), ("last-modified", "Sat, 02 May 2026 06:00:00 GMT")], body).into_response()
            }
        }
    };
    let router = axum::Router::new()
        .route(
            "/iso_technical_committees/csv/iso_technical_committees.csv",
            axum::routing::get(serve(committees, failing.clone())),
        )
        .route(
            "/iso_deliverables_metadata/json/iso_deliverables_metadata.jsonl",
            axum::routing::get(serve(deliverables.into_bytes(), failing)),
        );
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    tokio::spawn(async move { axum::serve(listener, router).await });
    base
}

pub(super) async fn the_daily_fetch_imports_changed_files_and_reports_failures(backend: Backend) {
    let app = TestApp::new(backend).await;
    let failing = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
    let base = iso_storage(failing.clone()).await;

    let first = server::iso_fetch::fetch_all(&app.pool, &base).await;
    assert!(first.iter().all(|(_, outcome)| outcome.is_ok()), "{first:?}");
    assert_eq!(count(&app, "SELECT COUNT(*) FROM committee WHERE iso_id IS NOT NULL").await, 6);
    let source: String =
        sqlx::query_scalar("SELECT source FROM standard WHERE id = 'iso-18074'").fetch_one(&app.pool).await.unwrap();
    assert_eq!(source, "ISO Open Data, iso_deliverables_metadata, 2026-05-02", "dated by Last-Modified");
    assert_eq!(app.get("/readyz").await.body, "ready");

    // Unchanged: the conditional request gets 304 and nothing is written.
    let audit = audit_rows(&app).await;
    let second = server::iso_fetch::fetch_all(&app.pool, &base).await;
    assert!(second.iter().all(|(_, outcome)| outcome.as_deref() == Ok("unchanged since the last fetch")), "{second:?}");
    assert_eq!(audit_rows(&app).await, audit);

    // A failed fetch changes nothing and shows in /readyz until one works again.
    failing.store(true, std::sync::atomic::Ordering::SeqCst);
    let failed = server::iso_fetch::fetch_all(&app.pool, &base).await;
    assert!(failed.iter().all(|(_, outcome)| outcome.is_err()), "{failed:?}");
    let ready = app.get("/readyz").await;
    assert!(
        ready.status.is_success() && ready.body.contains("ISO Open Data committees") && ready.body.contains("500"),
        "{}",
        ready.body
    );
    assert_eq!(audit_rows(&app).await, audit);
    failing.store(false, std::sync::atomic::Ordering::SeqCst);
    server::iso_fetch::fetch_all(&app.pool, &base).await;
    assert_eq!(app.get("/readyz").await.body, "ready");
}
