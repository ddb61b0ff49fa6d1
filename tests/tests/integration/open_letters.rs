//! Open letters.

use super::*;

pub(super) async fn open_letter_is_read_in_the_readers_language_or_the_source(backend: Backend) {
    let app = TestApp::new(backend).await;
    let list = app.get("/open-letters").await;
    assert!(list.body.contains(r#"href="/open-letters/iso-20400-next-review""#));
    assert!(list.body.contains("Keep ISO 20400 in force"), "titled in the reader's language");

    // English reader: the English text, placeables filled in for everyone.
    let english = app.get("/open-letters/iso-20400-next-review").await;
    assert_eq!(english.status, 200);
    assert!(english.body.contains("Dear colleagues at your national standards body,"));
    let adoptions =
        count(&app, "SELECT COUNT(*) FROM adoption WHERE status = 'adopted' AND (degree IS NULL OR degree <> 'NEQ')")
            .await;
    assert!(english.body.contains(&format!("records show {adoptions} national adoptions")), "facts from the records");
    assert!(!english.body.contains("{ $") && !english.body.contains("open-letter-fallback"));

    // A Chinese reader gets the Chinese text; a French reader the source with a notice.
    let chinese = app.get_with("/open-letters/iso-20400-next-review", &[("accept-language", "zh-CN,zh;q=0.9")]).await;
    assert!(chinese.body.contains(r#"lang="zh-Hans""#) && chinese.body.contains("维持 ISO 20400"), "Chinese");
    let french = app.get("/open-letters/iso-20400-next-review?letter_lang=fr").await;
    assert!(french.body.contains(r#"id="open-letter-fallback""#) && french.body.contains("Dear colleagues at"));
    assert!(
        french.body.contains(r#"hreflang="ar""#) && french.body.contains(r#"hreflang="zh-Hans""#),
        "links to the others"
    );

    // Side by side, like the seed letter: Chinese and English.
    let both = app.get("/open-letters/iso-20400-next-review?letter_lang=zh-Hans&second_lang=en").await;
    assert!(both.body.contains("open-letter bilingual"));
    let (zh, en) = (both.body.find("维持 ISO 20400").unwrap(), both.body.find("Keep ISO 20400 in force").unwrap());
    assert!(zh < en, "the chosen language first");
    assert_eq!(app.get("/open-letters/nonsense").await.status, 404);
    assert_eq!(app.get("/open-letters/iso-20400-next-review?nsb=ZZ").await.status, 404);
}

pub(super) async fn open_letter_turns_into_a_personal_letter_to_a_body(backend: Backend) {
    let app = TestApp::new(backend).await;
    // Egypt's body, in Arabic (right to left), addressed by name.
    let egypt = app.get("/open-letters/iso-20400-next-review?nsb=eg").await;
    assert_eq!(egypt.status, 200);
    let body: (Option<String>, Option<String>) =
        sqlx::query_as("SELECT body_name_en, acronym FROM nsb WHERE alpha2 = 'EG'").fetch_one(&app.pool).await.unwrap();
    let name = body.0.or(body.1).unwrap();
    assert!(egypt.body.contains(r#"lang="ar" dir="rtl""#), "the body's language, right to left");
    assert!(egypt.body.contains(&name), "addressed to {name}");
    assert!(!egypt.body.contains("open-letter-fallback"));
    // Brazil: no Portuguese text yet, so the source language with a notice, and a mailto.
    let brazil = app.get("/open-letters/iso-20400-next-review?nsb=BR").await;
    assert!(brazil.body.contains(r#"id="open-letter-fallback""#) && brazil.body.contains("Dear colleagues at"));
    assert!(brazil.body.contains(r#"id="open-letter-mailto""#) && brazil.body.contains("mailto:"));
    assert!(brazil.body.contains("Brazil"));
    // Asking for English explicitly is honoured for any body.
    let english = app.get("/open-letters/iso-20400-next-review?nsb=EG&letter_lang=en").await;
    assert!(
        english.body.contains(r#"lang="en" dir="ltr""#)
            && english.body.contains(&format!("Dear colleagues at {name},"))
    );
}

/// A save of a letter's text as the editor's form posts it.
pub(super) async fn save_text(
    app: &TestApp,
    cookie: &str,
    slug: &str,
    lang: &str,
    revision: &str,
    title: &str,
    body: &str,
) -> TestResponse {
    let form = form(&[("slug", slug), ("lang", lang), ("revision", revision), ("title", title), ("body", body)]);
    app.post_form("/api/save_letter_text", &form, &[("cookie", cookie)]).await
}

/// Types a letter's text into the editor's form as rendered for `slug` in `lang`.
pub(super) async fn type_text(
    app: &TestApp,
    cookie: &str,
    slug: &str,
    lang: &str,
    title: &str,
    body: &str,
) -> TestResponse {
    let editor = format!("/coordinate/letters?slug={slug}&letter_lang={lang}");
    app.fill_in(&editor, "/api/save_letter_text", &[("title", title), ("body", body)], cookie).await
}

/// Presses the editor's button that moves the text in `lang` to `status`.
pub(super) async fn press_status(app: &TestApp, cookie: &str, slug: &str, lang: &str, status: &str) -> TestResponse {
    let editor =
        app.get_with(&format!("/coordinate/letters?slug={slug}&letter_lang={lang}"), &[("cookie", cookie)]).await;
    let forms = editor.forms("/api/set_letter_status");
    let button = forms.iter().find(|f| f.value("status").as_deref() == Some(status));
    let button = button.unwrap_or_else(|| panic!("no button to {status} in {forms:?}"));
    app.submit(button, &[("cookie", cookie)]).await
}

pub(super) async fn set_status(
    app: &TestApp,
    cookie: &str,
    slug: &str,
    lang: &str,
    revision: &str,
    status: &str,
) -> TestResponse {
    let form = form(&[("slug", slug), ("lang", lang), ("revision", revision), ("status", status)]);
    app.post_form("/api/set_letter_status", &form, &[("cookie", cookie)]).await
}

pub(super) async fn coordinators_write_review_and_publish_open_letters(backend: Backend) {
    let app = TestApp::new(backend).await;
    let body = "Dear colleagues at { $body },\n\nPlease adopt { $standard } in { $country }.\n\nThank you.";
    assert_eq!(save_text(&app, "", "adopt-now", "en", "0", "Adopt it", body).await.status, 401);
    assert_eq!(app.get("/coordinate/letters?slug=adopt-now&letter_lang=en").await.status, 401);
    let cookie = signed_in_coordinator(&app, "ana@example.org").await;

    // Checked on save: each problem with its field and line, nothing stored.
    let bad = save_text(
        &app,
        &cookie,
        "adopt-now",
        "en",
        "0",
        "Adopt { $standrd }",
        "Dear { $body },\n\nSee { $secret }.\n{ $body",
    )
    .await;
    assert_eq!(bad.status, 422);
    match serde_json::from_str::<app::error::AppError>(&bad.body) {
        Ok(app::error::AppError::Invalid(problems)) => {
            let found: Vec<(&str, &str, Option<u32>)> =
                problems.iter().map(|p| (p.field.as_str(), p.key.as_str(), p.line)).collect();
            assert_eq!(found[0], ("title", "letter-template-unknown-placeable", Some(1)));
            assert_eq!(found[1].0, "body");
            assert!(
                found.iter().any(|(f, k, l)| *f == "body" && *k == "letter-template-syntax" && *l == Some(4)),
                "{found:?}"
            );
        }
        other => panic!("{other:?}"),
    }
    assert_eq!(count(&app, "SELECT COUNT(*) FROM open_letter WHERE id = 'adopt-now'").await, 0);
    let oversized = save_text(&app, &cookie, "adopt-now", "en", "0", "Adopt it", &"a".repeat(20_001)).await;
    assert_eq!(oversized.status, 422);
    assert_eq!(save_text(&app, &cookie, "Not A Slug", "en", "0", "T", "B").await.status, 422);

    // A new letter: its first text is the source, a draft.
    let saved = type_text(&app, &cookie, "adopt-now", "en", "Adopt it", body).await;
    assert_eq!(saved.status, 200, "{}", saved.body);
    let editor =
        app.get_with("/coordinate/letters?slug=adopt-now&letter_lang=en&preview=BR", &[("cookie", &cookie)]).await;
    assert!(editor.body.contains("Please adopt ISO 20400:2017 in Brazil."), "preview for a body");
    // Publishing needs a review first.
    let early = set_status(&app, &cookie, "adopt-now", "en", "1", "published").await;
    assert_eq!(early.status, 422);
    assert!(early.body.contains("letter-error-review-first"));
    assert_eq!(app.get("/open-letters/adopt-now").await.status, 404, "drafts are not public");
    assert_eq!(press_status(&app, &cookie, "adopt-now", "en", "reviewed").await.status, 200);
    assert_eq!(press_status(&app, &cookie, "adopt-now", "en", "published").await.status, 200);
    let public = app.get("/open-letters/adopt-now").await;
    assert!(public.body.contains("Dear colleagues at your national standards body,"));
    let reviewer: (Option<String>, String) = sqlx::query_as(
        "SELECT a.email, t.status FROM open_letter_text t LEFT JOIN account a ON a.id = t.reviewed_by WHERE t.letter_id = 'adopt-now'",
    )
    .fetch_one(&app.pool)
    .await
    .unwrap();
    assert_eq!(reviewer, (Some("ana@example.org".into()), "published".into()));

    // A translation follows the source; an edited source flags it as older.
    let fr = "Chers collègues de { $body },\n\nAdoptez { $standard } en { $country }.\n\nMerci.";
    assert_eq!(type_text(&app, &cookie, "adopt-now", "fr", "Adoptez-la", fr).await.status, 200);
    let translation = app.get_with("/coordinate/letters?slug=adopt-now&letter_lang=fr", &[("cookie", &cookie)]).await;
    let stale_at =
        translation.body.find("stale-translation").map(|i| &translation.body[i.saturating_sub(200)..i + 300]);
    assert!(translation.body.contains("Source text") && stale_at.is_none(), "{stale_at:?}");
    let edited = format!("{body}\n\nWith our best regards.");
    assert_eq!(type_text(&app, &cookie, "adopt-now", "en", "Adopt it", &edited).await.status, 200);
    let translation = app.get_with("/coordinate/letters?slug=adopt-now&letter_lang=fr", &[("cookie", &cookie)]).await;
    assert!(translation.body.contains("stale-translation"), "older than its source");
    // Saving the source made it a draft again: the public page no longer shows it.
    assert_eq!(app.get("/open-letters/adopt-now").await.status, 404);
    // A stale form is refused.
    assert_eq!(save_text(&app, &cookie, "adopt-now", "en", "1", "Adopt it now", body).await.status, 409);
    let audit = count(&app, "SELECT COUNT(*) FROM audit_log WHERE entity = 'open_letter_text'").await;
    assert!(audit >= 6, "every save and step is audited ({audit})");
}

pub(super) async fn sign(app: &TestApp, pairs: &[(&str, &str)]) -> TestResponse {
    app.post_form("/api/sign_open_letter", &form(pairs), &[]).await
}

pub(super) const SIGNATURE: [(&str, &str); 8] = [
    ("slug", "iso-20400-next-review"),
    ("name", "Maria Silva"),
    ("organisation", "Compras Sustentáveis Brasil"),
    ("country", "BR"),
    ("role", "Procurement lead"),
    ("email", "maria@example.org"),
    ("listed", "yes"),
    ("website", ""),
];

pub(super) async fn open_letters_are_co_signed_and_moderated(backend: Backend) {
    let app = TestApp::new(backend).await;
    let letter = "/open-letters/iso-20400-next-review";
    // Anyone signs with the letter's form; it waits for a coordinator.
    let typed: Vec<(&str, &str)> =
        SIGNATURE.iter().copied().filter(|(n, _)| !matches!(*n, "slug" | "website")).collect();
    assert_eq!(app.fill_in(letter, "/api/sign_open_letter", &typed, "").await.status, 200);
    assert_eq!(count(&app, "SELECT COUNT(*) FROM open_letter_signature WHERE status = 'pending'").await, 1);
    let page = app.get(letter).await;
    assert!(page.body.contains("0 people have signed.") && !page.body.contains("Maria Silva"));
    // A bot that fills the honeypot is thanked, and nothing is stored.
    let mut bot = SIGNATURE;
    bot[7] = ("website", "http://spam.example");
    assert_eq!(sign(&app, &bot).await.status, 200);
    assert_eq!(count(&app, "SELECT COUNT(*) FROM open_letter_signature").await, 1);
    // Bad input: every problem named, nothing stored.
    let long = "x".repeat(121);
    let bad = sign(
        &app,
        &[
            ("slug", "iso-20400-next-review"),
            ("name", ""),
            ("organisation", "Org"),
            ("country", "ZZ"),
            ("role", &long),
            ("email", "not mail"),
            ("website", ""),
        ],
    )
    .await;
    assert_eq!(refused_fields(&bad), ["name", "role", "email", "country"]);
    assert_eq!(
        sign(
            &app,
            &[
                ("slug", "nope"),
                ("name", "A"),
                ("organisation", "B"),
                ("country", "FR"),
                ("role", ""),
                ("email", ""),
                ("website", "")
            ]
        )
        .await
        .status,
        404
    );
    // A second signer who does not want to be listed, and one to reject.
    let quiet = [
        ("slug", "iso-20400-next-review"),
        ("name", "Jean Martin"),
        ("organisation", "Achats Publics"),
        ("country", "FR"),
        ("role", ""),
        ("email", "jean@example.org"),
        ("website", ""),
    ];
    assert_eq!(sign(&app, &quiet).await.status, 200);
    let spam = [
        ("slug", "iso-20400-next-review"),
        ("name", "Buy now"),
        ("organisation", "Spam Inc"),
        ("country", "FR"),
        ("role", ""),
        ("email", ""),
        ("website", ""),
    ];
    assert_eq!(sign(&app, &spam).await.status, 200);
    // The same connection cannot sign without end.
    for _ in 0..2 {
        assert_eq!(sign(&app, &quiet).await.status, 200);
    }
    let limited = sign(&app, &quiet).await;
    assert!(limited.body.contains("signature-error-too-many"), "{}", limited.body);

    // Moderation is for coordinators only.
    let ids: Vec<(String, String)> = sqlx::query_as("SELECT id, name FROM open_letter_signature ORDER BY created_at")
        .fetch_all(&app.pool)
        .await
        .unwrap();
    let id_of = |name: &str| ids.iter().find(|(_, n)| n == name).map(|(id, _)| id.clone()).unwrap();
    let decide = |id: String, decision: &'static str, cookie: String| {
        let app = &app;
        async move {
            app.post_form(
                "/api/moderate_signature",
                &form(&[("id", &id), ("decision", decision)]),
                &[("cookie", &cookie)],
            )
            .await
        }
    };
    assert_eq!(decide(id_of("Maria Silva"), "approved", String::new()).await.status, 401);
    assert_eq!(app.get("/coordinate/signatures").await.status, 401);
    let export = app.get(&format!("{letter}/signatures.csv")).await;
    assert_eq!(export.status, 401, "{}", export.body);
    let cookie = signed_in_coordinator(&app, "ana@example.org").await;
    let queue = app.get_with("/coordinate/signatures", &[("cookie", &cookie)]).await;
    assert!(queue.body.contains("Maria Silva") && queue.body.contains("maria@example.org"));
    let dashboard = app.get_with("/coordinate", &[("cookie", &cookie)]).await;
    assert!(
        dashboard.text().contains("5 co-signatures of open letters wait for moderation."),
        "the dashboard counts what waits: {}",
        dashboard.text()
    );
    assert!(queue.body.contains(r#"class="reject""#), "Reject looks different from Approve");
    // Each signature's buttons in the queue, as rendered.
    for (name, decision) in [("Maria Silva", "approved"), ("Jean Martin", "approved"), ("Buy now", "rejected")] {
        let queue = app.get_with("/coordinate/signatures", &[("cookie", &cookie)]).await;
        let id = id_of(name);
        let forms = queue.forms("/api/moderate_signature");
        let button = forms
            .iter()
            .find(|f| f.value("id").as_deref() == Some(id.as_str()) && f.value("decision").as_deref() == Some(decision))
            .unwrap_or_else(|| panic!("no {decision} button for {name}"));
        assert_eq!(app.submit(button, &[("cookie", &cookie)]).await.status, 200);
    }
    assert_eq!(decide(id_of("Buy now"), "approved", cookie.clone()).await.status, 422, "decided once");

    let page = app.get(letter).await;
    assert!(page.body.contains("2 people have signed."), "approved ones count");
    // The letter's text carries its approved co-signers as the page lists them.
    let text = app.get(&format!("{letter}/letter.txt")).await.body;
    assert!(
        text.contains("2 people have signed.\nMaria Silva, Compras Sustentáveis Brasil (Procurement lead) — Brazil"),
        "{text}"
    );
    assert!(!text.contains("Jean Martin") && !text.contains("Buy now") && !text.contains("@example.org"));
    assert!(page.body.contains("Maria Silva") && !page.body.contains("Jean Martin"), "listed with consent only");
    assert!(
        !page.body.contains("Buy now") && !page.body.contains("@example.org"),
        "rejected never shown, e-mail never shown"
    );
    assert!(page.body.contains("Brazil (1)") && page.body.contains("France (1)"));
    let csv = app.get_with(&format!("{letter}/signatures.csv"), &[("cookie", &cookie)]).await;
    assert!(csv.body.starts_with("name,organisation,alpha2,role,email,listed,signed_at,licence"));
    assert!(csv.body.contains("maria@example.org") && !csv.body.contains("Buy now"));
    assert_eq!(count(&app, "SELECT COUNT(*) FROM audit_log WHERE entity = 'open_letter_signature'").await, 3);
}

pub(super) async fn save_settings(app: &TestApp, cookie: &str, pairs: &[(&str, &str)]) -> TestResponse {
    let mut all = vec![("slug", "adopt-now"), ("standard", "iso-20400"), ("cycle", ""), ("target_list", "")];
    all.retain(|(k, _)| !pairs.iter().any(|(p, _)| p == k));
    all.extend_from_slice(pairs);
    app.post_form("/api/save_letter_settings", &form(&all), &[("cookie", cookie)]).await
}

pub(super) fn problems_of(response: &TestResponse) -> Vec<(String, String, Option<String>)> {
    match serde_json::from_str::<app::error::AppError>(&response.body) {
        Ok(app::error::AppError::Invalid(problems)) => {
            problems.into_iter().map(|p| (p.field, p.key, p.detail)).collect()
        }
        other => panic!("{other:?}"),
    }
}

pub(super) async fn open_letters_are_addressed_to_chosen_bodies(backend: Backend) {
    let app = TestApp::new(backend).await;
    let cookie = signed_in_coordinator(&app, "ana@example.org").await;
    let body = "Dear colleagues at { $body },\n\nPlease vote before { $deadline } (owner: { $committee }).";
    assert_eq!(save_text(&app, &cookie, "adopt-now", "en", "0", "Vote", body).await.status, 200);
    assert_eq!(set_status(&app, &cookie, "adopt-now", "en", "1", "reviewed").await.status, 200);
    assert_eq!(set_status(&app, &cookie, "adopt-now", "en", "1", "published").await.status, 200);
    // A new letter is for every body.
    let page = app.get("/open-letters/adopt-now?nsb=DE").await;
    assert!(page.body.contains("This letter is for every national standards body."));
    assert!(page.body.contains(r#"id="open-letter-mailto""#) || page.body.contains("open-letter-no-email"));
    let editor = app.get_with("/coordinate/letters?slug=adopt-now", &[("cookie", &cookie)]).await;
    assert!(editor.body.contains(r#"id="letter-settings-form""#));

    // Strangers cannot change whom it is for; bad settings are refused, each with its field.
    let anonymous = save_settings(&app, "", &[("version", "1"), ("target", "list"), ("target_list", "BR")]).await;
    assert_eq!(anonymous.status, 401);
    let unknown =
        save_settings(&app, &cookie, &[("version", "1"), ("target", "list"), ("target_list", "br, FR zz")]).await;
    assert_eq!(unknown.status, 422);
    assert_eq!(
        problems_of(&unknown),
        vec![("target_list".into(), "letter-error-target-unknown".into(), Some("zz".into()))]
    );
    let empty = save_settings(&app, &cookie, &[("version", "1"), ("target", "list"), ("target_list", " , ")]).await;
    assert_eq!(problems_of(&empty)[0].1, "letter-error-target-empty");
    let no_cycle = save_settings(&app, &cookie, &[("version", "1"), ("target", "cycle")]).await;
    assert_eq!(problems_of(&no_cycle)[0], ("cycle".into(), "letter-error-target-cycle".into(), None));
    let bad = save_settings(&app, &cookie, &[("version", "1"), ("target", "some"), ("cycle", "nope")]).await;
    let fields: Vec<String> = problems_of(&bad).into_iter().map(|p| p.0).collect();
    assert_eq!(fields, ["target", "cycle"]);
    let unchanged = save_settings(&app, &cookie, &[("version", "1"), ("target", "all")]).await;
    assert_eq!(problems_of(&unchanged)[0].1, "edit-error-no-change");
    assert_eq!(count(&app, "SELECT version FROM open_letter WHERE id = 'adopt-now'").await, 1, "nothing written");

    // A list: only those bodies get a personal version, and the chooser offers only them.
    let editor = "/coordinate/letters?slug=adopt-now";
    let typed = [("target", "list"), ("target_list", "fr br BR")];
    let saved = app.fill_in(editor, "/api/save_letter_settings", &typed, &cookie).await;
    assert_eq!(saved.status, 200, "{}", saved.body);
    let stored: (String, Option<String>) =
        sqlx::query_as("SELECT target, target_list FROM open_letter WHERE id = 'adopt-now'")
            .fetch_one(&app.pool)
            .await
            .unwrap();
    assert_eq!(stored, ("list".into(), Some("BR FR".into())));
    assert_eq!(count(&app, "SELECT COUNT(*) FROM audit_log WHERE entity = 'open_letter'").await, 2);
    let page = app.get("/open-letters/adopt-now").await;
    assert!(page.body.contains("This letter is for the national standards bodies of: Brazil, France."));
    let chooser = &page.body[page.body.find(r#"id="open-letter-nsb""#).unwrap()..];
    let chooser = &chooser[..chooser.find("</select>").unwrap()];
    assert!(chooser.contains(r#"value="BR""#) && chooser.contains(r#"value="FR""#), "{chooser}");
    assert!(!chooser.contains(r#"value="DE""#), "{chooser}");
    let germany = app.get("/open-letters/adopt-now?nsb=DE").await;
    assert_eq!(germany.status, 200);
    assert!(germany.body.contains(r#"id="open-letter-not-addressed""#) && germany.body.contains("Germany"));
    assert!(germany.body.contains("Dear colleagues at your national standards body,"), "the letter for everyone");
    // No ballot runs: the deadline is the date the next review is due by (derived), and
    // the owner committee is the standard's.
    let today = chrono::Utc::now().date_naive().to_string();
    let facts = app::standards::ssr::standard_facts(&app.pool, "iso-20400", &today).await.unwrap().unwrap();
    let due_by = facts.due_by.expect("ISO 20400's next review has a due date");
    let committee = facts.committee.expect("ISO 20400 has an owner committee");
    let due = app::format::format_partial_date(app::i18n::Locale::default(), &due_by);
    let expected = format!("Please vote before {due} (owner: {committee}).");
    assert!(germany.body.contains(&expected), "{expected}");
    assert!(!germany.body.contains(r#"id="open-letter-mailto""#));
    let france = app.get("/open-letters/adopt-now?nsb=FR").await;
    assert!(!france.body.contains("open-letter-not-addressed") && france.body.contains("AFNOR"));
    // The form read before that save is stale.
    let stale = save_settings(&app, &cookie, &[("version", "1"), ("target", "all")]).await;
    assert_eq!(stale.status, 409);

    // The voters of a review cycle, whose ballot closing date fills the letter.
    sqlx::query(
        "INSERT INTO review_cycle (id, standard_id, opens_on, closes_on, status, source) \
         VALUES ('iso-20400-2027', 'iso-20400', '2026-12-01', '2027-03-15', 'planned', 'test')",
    )
    .execute(&app.pool)
    .await
    .unwrap();
    let typed = [("target", "cycle"), ("target_list", ""), ("cycle", "iso-20400-2027")];
    let cycle = app.fill_in(editor, "/api/save_letter_settings", &typed, &cookie).await;
    assert_eq!(cycle.status, 200, "{}", cycle.body);
    let voters = app::reviews::ssr::voting_bodies(&app.pool, "iso-20400").await.unwrap();
    assert!(voters.len() > 100 && voters.iter().any(|c| c == "BR"), "member bodies vote ({})", voters.len());
    let page = app.get("/open-letters/adopt-now").await;
    let deadline = app::format::format_partial_date(app::i18n::Locale::default(), "2027-03-15");
    assert!(
        page.body.contains(&format!("Please vote before {deadline} (owner: {committee}).")),
        "the cycle's closing date"
    );
    assert!(page.body.contains(&format!("review 2027 ({} bodies)", voters.len())));
    let correspondent: Option<(String,)> =
        sqlx::query_as("SELECT alpha2 FROM nsb WHERE iso_category = 'correspondent member' ORDER BY alpha2 LIMIT 1")
            .fetch_optional(&app.pool)
            .await
            .unwrap();
    if let Some((code,)) = correspondent {
        let page = app.get(&format!("/open-letters/adopt-now?nsb={code}")).await;
        assert!(page.body.contains("open-letter-not-addressed"), "{code} does not vote");
    }
}

pub(super) async fn personal_open_letter_downloads_as_text(backend: Backend) {
    let app = TestApp::new(backend).await;
    let page = app.get("/open-letters/iso-20400-next-review?nsb=EG").await;
    let href = "/open-letters/iso-20400-next-review/letter.txt?nsb=EG";
    assert!(page.body.contains(&format!(r#"href="{href}""#)), "download link");
    assert!(page.body.contains(r#"id="open-letter-copy""#), "copy button (shown once hydrated)");
    // The share box holds a link that works when pasted anywhere: absolute, on the site's
    // own address, whatever Host the request named.
    let share = app.get_with("/open-letters/iso-20400-next-review?nsb=EG", &[("host", "evil.example")]).await;
    let tag = share.body.split("<input").find(|tag| tag.contains(r#"id="share-link""#)).expect("the share box");
    let link = tag.split(r#"value=""#).nth(1).and_then(|v| v.split('"').next()).unwrap_or_default();
    assert_eq!(link, "http://127.0.0.1:3000/open-letters/iso-20400-next-review?nsb=EG");
    let file = app.get(href).await;
    assert_eq!(file.status, 200);
    assert_eq!(file.headers["content-type"], "text/plain; charset=utf-8");
    let disposition = file.headers["content-disposition"].to_str().unwrap();
    assert!(disposition.contains("iso-20400-next-review-eg-ar.txt"), "{disposition}");
    let name: (Option<String>, Option<String>) =
        sqlx::query_as("SELECT body_name_en, acronym FROM nsb WHERE alpha2 = 'EG'").fetch_one(&app.pool).await.unwrap();
    let name = name.0.or(name.1).unwrap();
    assert!(file.body.starts_with(&name), "addressed first: {}", &file.body[..200.min(file.body.len())]);
    assert!(file.body.chars().any(|c| ('\u{0600}'..='\u{06FF}').contains(&c)), "Arabic text");
    assert!(!file.body.contains("{ $") && !file.body.contains('<'));
    // Side by side, both languages; unknown files and bodies are 404s.
    let both = app.get("/open-letters/iso-20400-next-review/letter.txt?letter_lang=zh-Hans&second_lang=en").await;
    assert!(both.body.contains("维持 ISO 20400") && both.body.contains("Keep ISO 20400 in force"));
    assert_eq!(app.get("/open-letters/iso-20400-next-review/letter.exe").await.status, 404);
    assert_eq!(app.get("/open-letters/iso-20400-next-review/letter.txt?nsb=ZZ").await.status, 404);
    assert_eq!(app.get("/open-letters/iso-20400-next-review/signatures.csv").await.status, 401);
}
