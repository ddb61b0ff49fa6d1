//! CSV import.

use super::*;

/// Uploads a file as a coordinator's browser does; returns the import's id from the
/// redirect to its preview.
pub(super) async fn upload(app: &TestApp, cookie: &str, kind: &str, name: &str, bytes: &[u8]) -> String {
    let response = app.upload("/import/upload", &[("kind", kind)], ("file", name, bytes), &[("cookie", cookie)]).await;
    assert!(response.status.is_redirection(), "{} {}", response.status, response.body);
    let location = response.header("location").unwrap_or_default().to_string();
    location.strip_prefix("/import/").unwrap_or_else(|| panic!("preview expected, went to {location}")).to_string()
}

pub(super) async fn preview(app: &TestApp, cookie: &str, id: &str) -> String {
    let page = app.get_with(&format!("/import/{id}"), &[("cookie", cookie)]).await;
    assert_eq!(page.status, 200, "{}", page.body);
    page.body
}

pub(super) async fn confirm(app: &TestApp, cookie: &str, id: &str) -> TestResponse {
    app.post_form("/api/confirm_import", &form(&[("id", id)]), &[("cookie", cookie)]).await
}

/// Confirms an import and waits until it is written (or refused); returns its page.
pub(super) async fn confirm_and_wait(app: &TestApp, cookie: &str, id: &str) -> String {
    // The preview's Confirm button, as rendered.
    let started = app.fill_in(&format!("/import/{id}"), "/api/confirm_import", &[], cookie).await;
    assert_eq!(started.status, 200, "{}", started.body);
    for _ in 0..200 {
        let page = preview(app, cookie, id).await;
        if !page.contains(r#"id="import-running""#) {
            return page;
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    panic!("the import of {id} did not finish");
}

pub(super) async fn exports_import_back_without_changes(backend: Backend) {
    let app = TestApp::new(backend).await;
    record_position(&app, "DE", "confirm", "intention", "2022-10").await;
    let cookie = signed_in_coordinator(&app, "ana@example.org").await;
    let bodies = count(&app, "SELECT COUNT(*) FROM nsb").await;
    for (kind, export) in [
        ("bodies", "/api/v1/nsbs.csv"),
        ("adoptions", "/api/v1/standards/iso-20400/adoptions.csv"),
        ("positions", "/api/v1/reviews/iso-20400-2022/positions.csv"),
    ] {
        let file = app.get(export).await.body;
        let id = upload(&app, &cookie, kind, "export.csv", file.as_bytes()).await;
        let page = preview(&app, &cookie, &id).await;
        assert!(page.contains(&format!("{bodies} rows leave their records as they are")), "{kind}: {page}");
        assert!(page.contains("0 rows are refused") && page.contains("The file would change nothing."), "{kind}");
        assert!(!page.contains("confirm-import"), "{kind}: nothing to confirm");
    }
    assert_eq!(count(&app, "SELECT COUNT(*) FROM audit_log").await, 0, "a preview writes nothing");
    assert_eq!(count(&app, "SELECT COUNT(*) FROM import_batch").await, 3);
}

pub(super) async fn import_previews_refuses_bad_rows_and_writes_all_or_nothing(backend: Backend) {
    let app = TestApp::new(backend).await;
    let cookie = signed_in_coordinator(&app, "ana@example.org").await;
    let phone = |code: &str| {
        let sql = format!("SELECT COALESCE(phone, '') FROM nsb WHERE alpha2 = '{code}'");
        let app = &app;
        async move { sqlx::query_as::<_, (String,)>(&sql).fetch_one(&app.pool).await.unwrap().0 }
    };
    let (br_before, fr_before) = (phone("BR").await, phone("FR").await);

    // A file with good and bad rows: the preview names every bad one; nothing is written.
    let bad = "alpha2,phone,email,source,as_of\n\
               BR,+55 21 3974-2300,,ABNT site,2026-11-20\n\
               ZZ,+1,,x,2026-11-20\n\
               br,+55 11 0000,,y,2026-11-20\n\
               FR,+33 1 41 62 80 00,not-an-email,AFNOR site,2026-11-20\n\
               DE,+49 30 2601-0,,,\n";
    let id = upload(&app, &cookie, "bodies", "bodies.csv", bad.as_bytes()).await;
    let page = preview(&app, &cookie, &id).await;
    let counts = page.split("import-counts").nth(1).unwrap_or_default().split("</ul>").next().unwrap_or_default();
    assert!(page.contains("1 row changes a record") && page.contains("4 rows are refused"), "{counts}");
    assert!(
        page.contains("No body has this country code.")
            && page.contains("An earlier row of the file names the same record.")
    );
    assert!(page.contains("email: ") && page.contains("source: "), "the field of each problem");
    assert!(page.contains("<td>3</td>"), "line numbers");
    let refused = confirm(&app, &cookie, &id).await;
    assert_eq!(refused.status, 422);
    assert_eq!((phone("BR").await, phone("FR").await), (br_before.clone(), fr_before.clone()));
    assert_eq!(count(&app, "SELECT COUNT(*) FROM audit_log").await, 0);

    // A good file: previewed, confirmed, written in one go with audit entries naming it.
    let good = "alpha2,phone,source,as_of\nBR,+55 21 3974-2300,ABNT site,2026-11-20\nFR,+33 1 41 62 80 01,AFNOR site,2026-11-20\n";
    let id = upload(&app, &cookie, "bodies", "contacts.csv", good.as_bytes()).await;
    let page = preview(&app, &cookie, &id).await;
    assert!(page.contains("Import of contacts.csv") && page.contains("2 rows change records"), "{page}");
    assert!(page.contains("confirm-import") && page.contains("Import 2 rows"));
    let done = confirm_and_wait(&app, &cookie, &id).await;
    assert!(done.contains("Imported on"), "{done}");
    assert_eq!(
        (phone("BR").await, phone("FR").await),
        ("+55 21 3974-2300".to_string(), "+33 1 41 62 80 01".to_string())
    );
    let audit: Vec<(String, String, String, Option<String>)> = sqlx::query_as(
        "SELECT entity_key, action, source, import_id FROM audit_log WHERE entity = 'nsb' ORDER BY entity_key",
    )
    .fetch_all(&app.pool)
    .await
    .unwrap();
    assert_eq!(audit.len(), 2);
    assert!(audit.iter().all(|(_, action, _, import)| action == "import" && import.as_deref() == Some(id.as_str())));
    assert_eq!(audit[0].2, "ABNT site");
    assert_eq!(confirm(&app, &cookie, &id).await.status, 422, "a file is imported once");

    // Adoptions and positions: added to the records and their histories.
    let adoptions = "standard,alpha2,status,degree,designation,adopted_on,source,as_of\n\
                     iso-20400,JP,adopted,IDT,JIS Q 20400,2018-01,JSA catalogue,2026-11-20\n";
    let id = upload(&app, &cookie, "adoptions", "adoptions.csv", adoptions.as_bytes()).await;
    assert!(preview(&app, &cookie, &id).await.contains("1 row adds a record"));
    assert!(confirm_and_wait(&app, &cookie, &id).await.contains("Imported on"));
    assert_eq!(count(&app, "SELECT COUNT(*) FROM adoption WHERE alpha2 = 'JP' AND degree = 'IDT'").await, 1);
    let positions = "cycle,alpha2,position,kind,confidence,source,as_of\n\
                     iso-20400-2022,DE,confirm,vote,high,DIN committee minutes,2022-12-01\n\
                     iso-20400-2022,GB,abstain,intention,,BSI letter,2022-11-15\n";
    let id = upload(&app, &cookie, "positions", "positions.csv", positions.as_bytes()).await;
    assert!(preview(&app, &cookie, &id).await.contains("2 rows add records"));
    assert!(confirm_and_wait(&app, &cookie, &id).await.contains("Imported on"));
    let (_, review) = api_json(&app, "/api/v1/reviews/iso-20400-2022").await;
    assert_eq!(review["tally"]["confirm"]["optional"].as_u64(), Some(1));

    // The records changed after the preview: nothing is written, the new preview shows.
    let late = "alpha2,phone,source,as_of\nBR,+55 21 1111-1111,ABNT site,2026-11-20\n";
    let id = upload(&app, &cookie, "bodies", "late.csv", late.as_bytes()).await;
    exec(&app, "UPDATE nsb SET phone = '+55 21 1111-1111' WHERE alpha2 = 'BR'").await;
    let stale = confirm_and_wait(&app, &cookie, &id).await;
    assert!(stale.contains("The records changed since this preview"), "{stale}");
    assert!(stale.contains("The file would change nothing.") && !stale.contains("Imported on"));
    assert_eq!(count(&app, "SELECT COUNT(*) FROM audit_log WHERE import_id IS NOT NULL").await, 8, "nothing more");
}

/// What spreadsheets save: semicolons where the comma is the decimal sign, choices typed
/// with capitals; a refused choice names the values the file may use.
pub(super) async fn import_reads_files_as_spreadsheets_save_them(backend: Backend) {
    let app = TestApp::new(backend).await;
    let cookie = signed_in_coordinator(&app, "ana@example.org").await;
    let positions = "cycle;alpha2;position;kind;confidence;source;as_of\r\n\
                     iso-20400-2022;DE;Confirm;Vote;High;DIN committee minutes;2022-12-01\r\n\
                     iso-20400-2022;GB;ABSTAIN;intention;Medium;\"BSI letter; 15 November\";2022-11-15\r\n";
    let id = upload(&app, &cookie, "positions", "positions.csv", positions.as_bytes()).await;
    let page = preview(&app, &cookie, &id).await;
    assert!(page.contains("2 rows add records"), "{page}");
    assert!(confirm_and_wait(&app, &cookie, &id).await.contains("Imported on"));
    let stored: Vec<(String, String, String, Option<String>, String)> = sqlx::query_as(
        "SELECT alpha2, position, kind, confidence, source FROM review_position \
         WHERE source IN ('DIN committee minutes', 'BSI letter; 15 November') ORDER BY alpha2",
    )
    .fetch_all(&app.pool)
    .await
    .unwrap();
    assert_eq!(
        stored,
        [
            ("DE".into(), "confirm".into(), "vote".into(), Some("high".into()), "DIN committee minutes".into()),
            (
                "GB".into(),
                "abstain".into(),
                "intention".into(),
                Some("medium".into()),
                "BSI letter; 15 November".into()
            ),
        ],
        "stored as the values they stand for"
    );

    // An adoption with a degree in small letters and a status in capitals.
    let adoptions = "standard;alpha2;status;degree;designation;source;as_of\n\
                     iso-20400;JP;ADOPTED;idt;JIS Q 20400;JSA catalogue;2026-11-20\n";
    let id = upload(&app, &cookie, "adoptions", "adoptions.csv", adoptions.as_bytes()).await;
    assert!(confirm_and_wait(&app, &cookie, &id).await.contains("Imported on"));
    assert_eq!(count(&app, "SELECT COUNT(*) FROM adoption WHERE alpha2 = 'JP' AND degree = 'IDT'").await, 1);

    // A value that is no choice at all: refused, with the values the file may use.
    let wrong = "cycle,alpha2,position,kind,confidence,source,as_of\n\
                 iso-20400-2022,FR,maybe,vote,sure,AFNOR,2022-12-01\n";
    let id = upload(&app, &cookie, "positions", "wrong.csv", wrong.as_bytes()).await;
    let page = preview(&app, &cookie, &id).await;
    assert!(page.contains("1 row is refused"), "{page}");
    let positions = app::reviews::projection::Position::ALL.map(|p| p.slug()).join(", ");
    assert!(page.contains(&format!("Use one of: {positions} (any case)")), "{page}");
    assert!(page.contains("Use one of: high, medium-high, medium, low (any case)"), "{page}");
    let body = "alpha2,iso_category,source,as_of\nBR,Member Body,iso.org,2026-11-20\nFR,emperor,iso.org,2026-11-20\n";
    let id = upload(&app, &cookie, "bodies", "categories.csv", body.as_bytes()).await;
    let page = preview(&app, &cookie, &id).await;
    assert!(page.contains("Use one of: member-body, correspondent, subscriber (any case)"), "{page}");
    assert!(page.contains("1 row is refused"), "Member Body is member-body: {page}");

    // Cells split by something else: said plainly.
    let piped = app
        .upload(
            "/import/upload",
            &[("kind", "positions")],
            ("file", "piped.csv", b"cycle|alpha2|position\niso-20400-2022|FR|confirm\n"),
            &[("cookie", &cookie)],
        )
        .await;
    assert_eq!(piped.header("location"), Some("/import?kind=positions&error=import-error-separator&column=cycle"));
    let shown = app.follow(&piped, &cookie).await;
    assert!(shown.text().contains("not separated by commas, semicolons or tabs"), "{}", shown.text());
}

pub(super) async fn import_refuses_bad_files_and_strangers(backend: Backend) {
    let app = TestApp::new(backend).await;
    let csv = b"alpha2,phone,source,as_of\nBR,+55,x,2026-11-20\n";
    let anonymous = app.upload("/import/upload", &[("kind", "bodies")], ("file", "a.csv", csv), &[]).await;
    assert_eq!(anonymous.header("location"), Some("/signin"));
    assert_eq!(app.get("/import").await.status, 401);
    assert_eq!(app.get("/import/abc").await.status, 401);
    assert_eq!(confirm(&app, "", "abc").await.status, 401);
    assert_eq!(count(&app, "SELECT COUNT(*) FROM import_batch").await, 0);

    let cookie = signed_in_coordinator(&app, "ana@example.org").await;
    let page = app.get_with("/import", &[("cookie", &cookie)]).await;
    assert!(
        page.body.contains(r#"enctype="multipart/form-data""#) && page.body.contains("/import/templates/adoptions.csv")
    );
    let template = app.get("/import/templates/positions.csv").await;
    assert_eq!(template.body.trim(), "cycle,alpha2,position,kind,confidence,source,as_of");
    assert_eq!(app.get("/import/templates/secrets.csv").await.status, 404);

    let refusal = |bytes: &'static [u8], kind: &'static str| {
        let cookie = cookie.clone();
        let app = &app;
        async move {
            let response =
                app.upload("/import/upload", &[("kind", kind)], ("file", "f.csv", bytes), &[("cookie", &cookie)]).await;
            response.header("location").unwrap_or_default().to_string()
        }
    };
    assert_eq!(
        refusal(b"alpha2,phone\nBR,S\xe3o Paulo\n", "bodies").await,
        "/import?kind=bodies&error=import-error-encoding&column="
    );
    assert_eq!(
        refusal(b"cycle,alpha2\niso-20400-2022,FR\n", "positions").await,
        "/import?kind=positions&error=import-error-missing-column&column=position"
    );
    assert_eq!(refusal(b"", "bodies").await, "/import?kind=bodies&error=import-error-empty&column=");
    assert_eq!(refusal(b"alpha2\nBR\n", "nonsense").await, "/import?kind=&error=import-error-kind&column=");
    assert_eq!(count(&app, "SELECT COUNT(*) FROM import_batch").await, 0, "a refused file is not kept");
    let shown = app
        .get_with("/import?kind=positions&error=import-error-missing-column&column=position", &[("cookie", &cookie)])
        .await;
    assert!(shown.body.contains("The file has no column “position”"), "translated, with the column");
    let big = vec![b'a'; app::import::MAX_BYTES + 70 * 1024];
    let too_big =
        app.upload("/import/upload", &[("kind", "bodies")], ("file", "big.csv", &big), &[("cookie", &cookie)]).await;
    assert_eq!(too_big.header("location"), Some("/import?kind=&error=import-error-too-large&column="));
}

/// 60 review cycles × every body: more than 10,000 positions in one file. The preview and
/// the write finish, the public keeps reading meanwhile, and every row is written.
pub(super) async fn a_ten_thousand_row_import_runs_while_others_read(backend: Backend) {
    let app = TestApp::new(backend).await;
    let cookie = signed_in_coordinator(&app, "ana@example.org").await;
    let codes: Vec<(String,)> =
        sqlx::query_as("SELECT alpha2 FROM nsb ORDER BY alpha2").fetch_all(&app.pool).await.unwrap();
    let mut file = String::from("cycle,alpha2,position,kind,confidence,source,as_of\n");
    for year in 1960..2020 {
        exec(&app, &format!("INSERT INTO review_cycle (id, standard_id, status, source) VALUES ('iso-20400-{year}', 'iso-20400', 'decided', 'test')")).await;
        for (code,) in &codes {
            file.push_str(&format!(
                "iso-20400-{year},{code},confirm,intention,medium,Campaign survey {year},2020-01-01\n"
            ));
        }
    }
    let rows = 60 * codes.len() as i64;
    assert!(rows > 10_000);
    let started = std::time::Instant::now();
    let id = upload(&app, &cookie, "positions", "survey.csv", file.as_bytes()).await;
    let previewed = started.elapsed();
    let page = preview(&app, &cookie, &id).await;
    assert!(
        page.contains("0 rows are refused") && page.contains("more rows are not listed"),
        "only the first 1,000 are listed"
    );
    let confirmed = confirm(&app, &cookie, &id).await;
    assert_eq!(confirmed.status, 200);
    let started = std::time::Instant::now();
    let mut reads = 0;
    loop {
        // Readers are served while the file is written.
        assert_eq!(app.get("/api/v1/nsbs/BR").await.status, 200);
        reads += 1;
        let page = preview(&app, &cookie, &id).await;
        if !page.contains(r#"id="import-running""#) {
            assert!(page.contains("Imported on"), "{page}");
            break;
        }
        assert!(started.elapsed() < std::time::Duration::from_secs(120), "the import finishes");
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    }
    eprintln!("{rows} rows: preview {previewed:?}, write {:?}, {reads} reads meanwhile", started.elapsed());
    assert_eq!(count(&app, "SELECT COUNT(*) FROM review_position WHERE source LIKE 'Campaign survey%'").await, rows);
    assert_eq!(count(&app, &format!("SELECT COUNT(*) FROM audit_log WHERE import_id = '{id}'")).await, rows);
}
