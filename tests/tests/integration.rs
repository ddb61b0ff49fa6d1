//! The real router over a fresh database, once on SQLite and once on PostgreSQL.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use app::directory::ssr::import::import_seed;
use quorum_tests::{Backend, TestApp, TestResponse};

/// Runs each scenario against both databases.
macro_rules! on_both_databases {
    ($($name:ident),* $(,)?) => {
        mod sqlite {
            $(#[test]
            fn $name() { quorum_tests::run(super::$name(quorum_tests::Backend::Sqlite)) }) *
        }
        mod postgres {
            $(#[test]
            fn $name() { quorum_tests::run(super::$name(quorum_tests::Backend::Postgres)) }) *
        }
    };
}

on_both_databases!(
    seed_import_is_complete_and_idempotent,
    home_shows_counts_computed_from_the_data,
    directory_lists_every_body,
    search_finds_brazil_however_it_is_typed,
    filters_and_sorting_work_from_the_url,
    body_page_shows_contact_with_sources,
    blank_fields_say_unknown,
    unknown_codes_and_paths_give_a_404_page,
    vcard_download,
    language_follows_query_cookie_and_header,
    odd_input_never_breaks_a_page,
    standards_seed_is_imported_with_sources,
    letter_api_renders_json,
    letter_api_refuses_bad_input_clearly,
    letter_deadline_comes_from_the_open_ballot,
    composer_renders_the_letter_without_javascript,
    composer_details_never_enter_an_address,
    letters_follow_the_records,
    composer_shows_translated_errors_and_no_letter,
    letter_text_download,
    print_page_is_bilingual,
    body_page_links_to_the_composer,
    sign_in_session_and_sign_out,
    wrong_passwords_are_rate_limited,
    sign_in_errors_show_without_javascript,
    cross_origin_writes_are_refused,
    expired_sessions_and_disabled_accounts_are_refused,
    create_admin_command,
    every_mutating_server_function_requires_a_session,
    coordinator_edits_a_record_with_source_and_history,
    stale_edits_are_refused_and_say_what_changed,
    invalid_edits_change_nothing,
    edit_errors_show_without_javascript,
    edit_pages_need_a_coordinator,
    public_correction_is_accepted_into_the_record,
    corrections_can_be_edited_then_accepted_or_rejected,
    correction_reports_resist_spam_and_bad_input,
    admin_invites_a_coordinator_who_sets_a_password,
    invitation_links_expire_and_work_once,
    admin_disables_enables_and_resets_accounts,
    every_write_checks_the_role,
    standards_list_and_page_count_from_the_records,
    standard_map_has_one_linked_shape_per_body_with_its_status,
    standard_filters_and_sorting_work_from_the_url,
    standards_api_serves_json_and_csv_with_sources,
    coordinator_edits_an_adoption_and_the_map_and_history_follow,
    coordinator_edits_translations_memberships_and_the_standard,
    standards_edits_refuse_bad_input_stale_forms_and_anonymous_writers,
    body_page_shows_each_standard_with_sources,
    letter_purpose_follows_adoption_records,
    review_seed_and_api_give_tally_and_projection,
    review_page_shows_tally_projection_swing_list_and_map,
    coordinator_records_positions_with_history_and_conflicts,
    coordinator_opens_and_edits_a_review_cycle,
    pipeline_moves_are_versioned_audited_and_coordinators_only,
    pipeline_filters_notes_letters_and_dashboard,
    bodies_api_pages_filters_and_sources,
    api_answers_conditional_gets_and_cross_origin_reads,
    openapi_document_matches_its_snapshot,
    exports_import_back_without_changes,
    import_previews_refuses_bad_rows_and_writes_all_or_nothing,
    import_refuses_bad_files_and_strangers,
    import_reads_files_as_spreadsheets_save_them,
    a_ten_thousand_row_import_runs_while_others_read,
    open_letter_is_read_in_the_readers_language_or_the_source,
    open_letter_turns_into_a_personal_letter_to_a_body,
    coordinators_write_review_and_publish_open_letters,
    open_letters_are_co_signed_and_moderated,
    open_letters_are_addressed_to_chosen_bodies,
    personal_open_letter_downloads_as_text,
    every_response_carries_security_headers,
    health_readiness_request_ids_and_body_limits,
    backup_is_a_consistent_restorable_snapshot,
    two_processes_share_sessions_and_see_each_others_writes,
    concurrent_writes_all_succeed,
    parallel_sign_ins_cannot_outrun_the_limits,
    text_areas_never_carry_live_markup,
    csv_cells_never_start_a_formula,
    public_forms_survive_hostile_input,
    malformed_server_function_arguments_are_a_400,
    caches_in_front_cannot_mix_pages,
    api_refuses_other_methods_with_405,
    api_answers_match_their_openapi_schemas,
);

async fn count(app: &TestApp, sql: &str) -> i64 {
    sqlx::query_scalar::<_, i64>(sql).fetch_one(&app.pool).await.unwrap()
}

fn csv_rows() -> i64 {
    app::directory::ssr::import::NSB_CSV.lines().skip(1).filter(|l| !l.trim().is_empty()).count() as i64
}

async fn seed_import_is_complete_and_idempotent(backend: Backend) {
    let app = TestApp::new(backend).await;
    assert_eq!(count(&app, "SELECT COUNT(*) FROM nsb").await, 172);
    assert_eq!(count(&app, "SELECT COUNT(*) FROM nsb").await, csv_rows());
    let sources = count(&app, "SELECT COUNT(*) FROM nsb_field_source").await;
    assert!(sources > 172 * 3, "per-field provenance is stored ({sources} rows)");

    // A coordinator's correction survives a restart: the import never overwrites.
    sqlx::query("UPDATE nsb SET acronym = $1 WHERE alpha2 = $2")
        .bind("ABNT-NEW")
        .bind("BR")
        .execute(&app.pool)
        .await
        .unwrap();
    let report = import_seed(&app.pool).await.unwrap();
    assert_eq!((report.rows, report.inserted), (172, 0));
    assert_eq!(count(&app, "SELECT COUNT(*) FROM nsb").await, 172);
    assert_eq!(count(&app, "SELECT COUNT(*) FROM nsb_field_source").await, sources);
    let acronym: String =
        sqlx::query_scalar("SELECT acronym FROM nsb WHERE alpha2 = $1").bind("BR").fetch_one(&app.pool).await.unwrap();
    assert_eq!(acronym, "ABNT-NEW");

    // A second start on the same database neither fails nor duplicates.
    let (_state, report) = server::prepare(&app.database_url, quorum_tests::leptos_options()).await.unwrap();
    assert_eq!(report.inserted, 0);
}

async fn home_shows_counts_computed_from_the_data(backend: Backend) {
    let app = TestApp::new(backend).await;
    let members = count(&app, "SELECT COUNT(*) FROM nsb WHERE iso_category = 'member body'").await;
    let subscribers = count(&app, "SELECT COUNT(*) FROM nsb WHERE iso_category = 'subscriber member'").await;
    let page = app.get("/").await;
    assert_eq!(page.status, 200);
    assert!(page.title().is_some_and(|t| t.contains("Quorum")), "{:?}", page.title());
    assert!(page.body.contains("172 standards bodies in the directory"));
    assert!(page.body.contains(&format!("<strong class=\"stat-number\">{members}</strong>")));
    assert!(page.body.contains(&format!("<strong class=\"stat-number\">{subscribers}</strong>")));
    assert!(page.body.contains("action=\"/nsbs\""), "the country search box posts to the directory");

    // Counts follow the data: change one body's category and the page changes.
    exec(&app, "UPDATE nsb SET iso_category = 'member body' WHERE alpha2 = 'AG'").await;
    let page = app.get("/").await;
    assert!(page.body.contains(&format!("<strong class=\"stat-number\">{}</strong>", members + 1)));
}

async fn directory_lists_every_body(backend: Backend) {
    let app = TestApp::new(backend).await;
    let page = app.get("/nsbs").await;
    assert_eq!(page.status, 200);
    assert!(page.body.contains("Showing 172 of 172 standards bodies."), "count line");
    assert_eq!(page.body.matches("<a href=\"/nsbs/").count(), 172);
    assert!(page.title().is_some_and(|t| t.contains("Standards bodies")));
}

async fn search_finds_brazil_however_it_is_typed(backend: Backend) {
    let app = TestApp::new(backend).await;
    for q in ["brasil", "Brasil", "bresil", "Br%C3%A9sil", "BRA", "br", "abnt", "ABNT", "Brazl", "%E5%B7%B4%E8%A5%BF"] {
        let page = app.get(&format!("/nsbs?q={q}")).await;
        assert_eq!(page.status, 200, "{q}");
        assert!(page.body.contains("href=\"/nsbs/BR\""), "q={q} should find Brazil");
        assert!(!page.body.contains("href=\"/nsbs/FR\""), "q={q} should not find France");
    }
    let page = app.get("/nsbs?q=Brasil").await;
    assert!(page.body.contains("Showing 1 of 172"), "one precise result");
    let nothing = app.get("/nsbs?q=qqqqzzzz").await;
    assert!(nothing.body.contains("Showing 0 of 172"));
    assert!(nothing.body.contains("No standards body matches your search"));
    // What people type: the country they mean comes first.
    for (q, alpha2) in [
        ("UK", "GB"),
        ("Great%20Britain", "GB"),
        ("U.S.", "US"),
        ("America", "US"),
        ("Holland", "NL"),
        ("Ivory%20Coast", "CI"),
        ("Swaziland", "SZ"),
    ] {
        let page = app.get(&format!("/nsbs?q={q}")).await;
        let first = page.body.find("href=\"/nsbs/").map(|at| &page.body[at + 12..at + 14]);
        assert_eq!(first, Some(alpha2), "q={q}");
    }
    // `%` and `_` are searched literally: they match nothing, not everything.
    for q in ["%25", "_", "%25%25"] {
        assert!(app.get(&format!("/nsbs?q={q}")).await.body.contains("Showing 0 of 172"), "q={q}");
    }
}

async fn filters_and_sorting_work_from_the_url(backend: Backend) {
    let app = TestApp::new(backend).await;
    let subscribers = app.get("/nsbs?category=subscriber").await;
    let expected = count(&app, "SELECT COUNT(*) FROM nsb WHERE iso_category = 'subscriber member'").await;
    assert!(subscribers.body.contains(&format!("Showing {expected} of 172")));
    assert!(subscribers.body.contains("href=\"/nsbs/AG\""), "Antigua and Barbuda is a subscriber");
    assert!(!subscribers.body.contains("href=\"/nsbs/BR\""));

    let unknown = app.get("/nsbs?category=unknown").await;
    assert!(unknown.body.contains("Showing 7 of 172"), "seven bodies have no stated category");

    let americas = app.get("/nsbs?region=019").await;
    assert!(americas.body.contains("href=\"/nsbs/BR\"") && americas.body.contains("href=\"/nsbs/CA\""));
    assert!(!americas.body.contains("href=\"/nsbs/FR\""));

    let both = app.get("/nsbs?region=150&category=member-body&q=france").await;
    assert!(both.body.contains("href=\"/nsbs/FR\""));
    assert!(both.body.contains("Showing 1 of 172"));

    let descending = app.get("/nsbs?sort=-country").await;
    let position = |code: &str| descending.body.find(&format!("href=\"/nsbs/{code}\"")).unwrap();
    assert!(position("ZW") < position("AF"), "Zimbabwe comes before Afghanistan");
    let ascending = app.get("/nsbs").await;
    let position = |code: &str| ascending.body.find(&format!("href=\"/nsbs/{code}\"")).unwrap();
    assert!(position("AF") < position("ZW"));
    assert!(ascending.body.contains("aria-sort=\"ascending\""));
    assert!(!ascending.body.contains("Best matches first"));

    // A search lists the best matches first and says so; no column claims the order, and
    // a column's heading sorts by it (ascending first).
    let search = app.get("/nsbs?q=us").await;
    assert!(search.text().contains("Best matches first."), "the order is named");
    assert!(!search.body.contains("aria-sort="), "no column is sorted");
    assert!(search.body.contains(r#"href="/nsbs?q=us&amp;sort=country""#), "{}", search.body);
    let sorted = app.get("/nsbs?q=us&sort=country").await;
    assert!(sorted.body.contains("aria-sort=\"ascending\"") && !sorted.text().contains("Best matches first"));

    // Each language's alphabetical order: Chinese by pinyin (Afuhan, Baxi, Zhongguo), not
    // by code point (中 U+4E2D would come before 巴 and 阿).
    let chinese = app.get("/nsbs?lang=zh-Hans").await;
    let position = |code: &str| chinese.body.find(&format!("href=\"/nsbs/{code}\"")).unwrap();
    assert!(position("AF") < position("BR") && position("BR") < position("CN"), "pinyin order");
    let reviews = app.get("/reviews/iso-20400-2022?lang=zh-Hans").await;
    let table = &reviews.body[reviews.body.find(r#"id="review-table-heading""#).unwrap()..];
    let position = |code: &str| table.find(&format!("href=\"/nsbs/{code}\"")).unwrap();
    assert!(position("AF") < position("BR") && position("BR") < position("CN"), "the review's table too");

    // Unknown filter values are ignored rather than failing.
    let odd = app.get("/nsbs?category=emperor&region=999&sort=sideways").await;
    assert_eq!(odd.status, 200);
    assert!(odd.body.contains("Showing 172 of 172"));
}

async fn body_page_shows_contact_with_sources(backend: Backend) {
    let app = TestApp::new(backend).await;
    for path in ["/nsbs/BR", "/nsbs/br"] {
        let page = app.get(path).await;
        assert_eq!(page.status, 200, "{path}");
        assert!(page.title().is_some_and(|t| t.contains("ABNT") && t.contains("Brazil")), "{:?}", page.title());
        assert!(page.body.contains("ABNT"));
        assert!(page.body.contains("href=\"mailto:"));
        assert!(page.body.contains("href=\"tel:+55"));
        // Sources read as sources: a public name, a link, the kind; no internal notes.
        let text = page.text();
        assert!(text.contains("Source: ISO Open Data (official), as of May 2026"), "acronym source");
        assert!(
            text.contains(
                "Source: iso.org member pages, 2021/22 (collected by the StanDat project) (official), as of January 2022"
            ),
            "contact source"
        );
        assert!(page.body.contains(r#"<a href="https://www.iso.org/members.html" rel="noopener nofollow">"#));
        assert!(!text.contains("scrape") && !text.contains("pycountry"), "no internal notes");
        assert!(page.body.contains("Member body"));
        assert!(page.body.contains("Votes on ISO standards"), "the category explains what it may do");
        assert!(page.body.contains("href=\"/nsbs/BR.vcf\""));
        assert!(page.body.contains("1579"), "ISO member id");
    }
}

async fn blank_fields_say_unknown(backend: Backend) {
    let app = TestApp::new(backend).await;
    // Georgia has no acronym and no website in any source.
    let page = app.get("/nsbs/GE").await;
    assert_eq!(page.status, 200);
    let acronym_row = page.body.split("<dt>Acronym</dt>").nth(1).unwrap();
    let acronym_value = &acronym_row[..acronym_row.find("</dd>").unwrap()];
    assert!(acronym_value.contains("unknown"), "{acronym_value}");
    assert!(!acronym_value.contains("Source:"), "a blank has no source to show");
}

async fn unknown_codes_and_paths_give_a_404_page(backend: Backend) {
    let app = TestApp::new(backend).await;
    for path in ["/nsbs/XX", "/nsbs/QQ", "/nsbs/%3Cscript%3E", "/nsbs/BRA", "/no/such/page"] {
        let page = app.get(path).await;
        assert_eq!(page.status, 404, "{path}");
        assert!(page.body.contains("Page not found"), "{path}");
        assert!(page.body.contains("href=\"/nsbs\""), "{path}: a way back");
        assert!(page.title().is_some_and(|t| t.contains("Page not found")));
    }
}

async fn vcard_download(backend: Backend) {
    let app = TestApp::new(backend).await;
    let card = app.get("/nsbs/br.vcf").await;
    assert_eq!(card.status, 200);
    assert_eq!(card.header("content-type"), Some("text/vcard; charset=utf-8"));
    assert!(card.header("content-disposition").is_some_and(|d| d.contains("BR.vcf")));
    assert!(card.body.starts_with("BEGIN:VCARD\r\n"));
    assert!(card.body.contains("NICKNAME:ABNT"));
    assert!(card.body.contains("EMAIL;TYPE=INTERNET,WORK:"));
    let missing = app.get("/nsbs/XX.vcf").await;
    assert_eq!(missing.status, 404);
}

async fn language_follows_query_cookie_and_header(backend: Backend) {
    let app = TestApp::new(backend).await;
    let arabic = app.get("/nsbs?lang=ar").await;
    assert_eq!(arabic.status, 200);
    assert!(arabic.body.contains("<html lang=\"ar\" dir=\"rtl\">"));
    assert!(arabic.header("set-cookie").is_some_and(|c| c.starts_with("quorum_lang=ar;")));
    assert!(arabic.body.contains("البرازيل"), "country names come from CLDR in the page's language");

    let from_cookie = app.get_with("/", &[("cookie", "theme=dark; quorum_lang=zh-Hans")]).await;
    assert!(from_cookie.body.contains("<html lang=\"zh-Hans\" dir=\"ltr\">"));
    assert!(from_cookie.header("set-cookie").is_none(), "only an explicit choice sets the cookie");

    let from_header = app.get_with("/nsbs/BR", &[("accept-language", "zh-CN,zh;q=0.9,en;q=0.8")]).await;
    assert!(from_header.body.contains("<html lang=\"zh-Hans\""));
    assert!(from_header.body.contains("巴西"));

    let query_wins = app.get_with("/?lang=en", &[("cookie", "quorum_lang=ar"), ("accept-language", "zh")]).await;
    assert!(query_wins.body.contains("<html lang=\"en\" dir=\"ltr\">"));

    for header in ["", ";;;", "q=1", "zz-ZZ;q=2", "*;q=0.5, , ,"] {
        let page = app.get_with("/", &[("accept-language", header)]).await;
        assert_eq!(page.status, 200, "{header:?}");
        assert!(page.body.contains("<html lang=\"en\""), "{header:?}");
    }
    // Every locale names itself in the switcher.
    for name in ["English", "العربية", "中文"] {
        assert!(arabic.body.contains(name), "{name}");
    }
}

async fn odd_input_never_breaks_a_page(backend: Backend) {
    let app = TestApp::new(backend).await;
    let long = "a".repeat(5000);
    let page = app.get(&format!("/nsbs?q={long}")).await;
    assert_eq!(page.status, 200);
    assert!(page.body.contains("only its first 100 characters were used"));
    for q in ["%3Cscript%3Ealert(1)%3C%2Fscript%3E", "%00", "%25%25%25", "'%20OR%201=1--", "%F0%9F%98%80", "%FF%FE"] {
        let page = app.get(&format!("/nsbs?q={q}")).await;
        assert!(page.status == 200 || page.status == 400, "q={q}: {}", page.status);
        assert!(!page.body.contains("<script>alert"), "q={q} is escaped");
    }
}

/// Regression: while Leptos generates a route list it suppresses resource loading
/// process-wide, so a page rendered meanwhile never resolved. Routers now share one route
/// list, generated once; building routers while pages render must not stall them.
#[test]
fn pages_render_while_routers_are_built() {
    quorum_tests::run(async {
        let app = std::sync::Arc::new(TestApp::new(Backend::Sqlite).await);
        let building = {
            let state = app.state.clone();
            tokio::task::spawn_blocking(move || {
                for _ in 0..300 {
                    drop(server::router(state.clone()));
                }
            })
        };
        let mut renders = tokio::task::JoinSet::new();
        for i in 0..60 {
            let app = app.clone();
            renders.spawn(async move {
                let path = ["/", "/nsbs?q=bra", "/nsbs/BR", "/nsbs?category=subscriber"][i % 4];
                assert_eq!(app.get(path).await.status, 200, "{path}");
            });
        }
        while let Some(render) = renders.join_next().await {
            render.unwrap();
        }
        building.await.unwrap();
    });
}

async fn standards_seed_is_imported_with_sources(backend: Backend) {
    let app = TestApp::new(backend).await;
    assert_eq!(count(&app, "SELECT COUNT(*) FROM standard WHERE source <> ''").await, 1);
    assert!(count(&app, "SELECT COUNT(*) FROM standard_title").await >= 5);
    assert_eq!(count(&app, "SELECT COUNT(*) FROM adoption WHERE status = 'adopted'").await, 4);
    assert_eq!(count(&app, "SELECT COUNT(*) FROM adoption WHERE source = '' OR source IS NULL").await, 0);
    // Idempotent: a second import adds nothing.
    assert_eq!(app::standards::ssr::import_seed(&app.pool).await.unwrap(), 0);
}

/// A JSON answer of the API: the `data` of the envelope (checked to carry the licence),
/// or the whole body (errors, letters).
async fn api_json(app: &TestApp, uri: &str) -> (u16, serde_json::Value) {
    let response = app.get(uri).await;
    assert_eq!(response.header("content-type"), Some("application/json"), "{uri}");
    let mut json: serde_json::Value = serde_json::from_str(&response.body).unwrap();
    if let Some(data) = json.get_mut("data").map(serde_json::Value::take) {
        assert!(json["licence"].as_str().is_some_and(|l| l.contains("attribution")), "{uri} carries the licence");
        json = data;
    }
    (response.status.as_u16(), json)
}

async fn letter_api_renders_json(backend: Backend) {
    let app = TestApp::new(backend).await;
    let (status, json) = api_json(
        &app,
        "/api/v1/letters/render?nsb=br&purpose=review&lang=pt&second_lang=en&sender_name=Ana%20Souza&city=Recife",
    )
    .await;
    assert_eq!(status, 200, "{json}");
    assert_eq!(json["nsb"], "BR");
    assert_eq!(json["language"], "pt");
    assert_eq!(json["direction"], "ltr");
    let body = json["body"].as_str().unwrap();
    assert!(body.contains("ISO 20400:2017") && body.contains("Ana Souza") && body.contains("Recife"), "{body}");
    assert!(body.contains("Compras sustentáveis — Diretrizes"), "the recorded Portuguese title: {body}");
    assert!(!body.contains('{') && !body.contains('\u{2068}'), "{body}");
    assert!(json["subject"].as_str().unwrap().contains("ISO 20400"));
    assert_eq!(json["second_language"]["language"], "en");
    assert!(json["second_language"]["body"].as_str().unwrap().contains("Dear Sir or Madam"));
    assert!(json["mailto"].as_str().unwrap().starts_with("mailto:"));

    let (status, arabic) = api_json(&app, "/api/v1/letters/render?nsb=EG&purpose=adopt&lang=ar").await;
    assert_eq!(status, 200);
    assert_eq!((arabic["language"].as_str(), arabic["direction"].as_str()), (Some("ar"), Some("rtl")));
    assert!(arabic["second_language"].is_null());
    // Without lang, the country's language: Brazil gets Portuguese, India English.
    let (_, default) = api_json(&app, "/api/v1/letters/render?nsb=BR").await;
    assert_eq!(default["language"], "pt");
    let (_, india) = api_json(&app, "/api/v1/letters/render?nsb=IN").await;
    assert_eq!(india["language"], "en");
}

async fn letter_api_refuses_bad_input_clearly(backend: Backend) {
    let app = TestApp::new(backend).await;
    let long = "x".repeat(101);
    let (status, json) =
        api_json(&app, &format!("/api/v1/letters/render?nsb=BR&purpose=praise&lang=pt&sender_name={long}")).await;
    assert_eq!(status, 400);
    assert_eq!(json["error"]["code"], "invalid_input");
    let fields = json["error"]["fields"].as_array().unwrap();
    let names: Vec<&str> = fields.iter().map(|e| e["field"].as_str().unwrap()).collect();
    assert_eq!(names, ["purpose", "sender_name"]);
    assert!(fields[1]["message"].as_str().unwrap().contains("100"));
    // Messages follow Accept-Language.
    let french = app.get_with("/api/v1/letters/render?nsb=BR&lang=xx", &[("accept-language", "fr")]).await;
    assert_eq!(french.status, 400);
    let message =
        serde_json::from_str::<serde_json::Value>(&french.body).unwrap()["error"]["fields"][0]["message"].clone();
    assert_eq!(message.as_str(), Some(app::i18n::Locale::from_tag("fr").unwrap().t("letter-error-language").as_str()));
    // A CR/LF in a one-line field is refused, not passed on into a mail header.
    let (status, _) = api_json(&app, "/api/v1/letters/render?nsb=BR&city=Rio%0D%0ABcc:%20x@y.org").await;
    assert_eq!(status, 400);
    let (status, json) = api_json(&app, "/api/v1/letters/render?nsb=ZZ").await;
    assert_eq!((status, json["error"]["code"].as_str()), (404, Some("not_found")));
}

async fn letter_deadline_comes_from_the_open_ballot(backend: Backend) {
    let app = TestApp::new(backend).await;
    let (_, before) = api_json(&app, "/api/v1/letters/render?nsb=GB&purpose=review&lang=en").await;
    assert!(before["body"].as_str().unwrap().contains("when the ballot opens"));
    sqlx::query(
        "INSERT INTO review_cycle (id, standard_id, opens_on, closes_on, status, source, as_of) \
         VALUES ('iso-20400-2099', $1, $2, $3, 'open', $4, $5)",
    )
    .bind("iso-20400")
    .bind("2099-01-10")
    .bind("2099-06-01")
    .bind("test ballot")
    .bind("2026-11-25")
    .execute(&app.pool)
    .await
    .unwrap();
    // Direct SQL is a change made outside the app: it shows once the version is read again.
    app.settle().await;
    let (_, after) = api_json(&app, "/api/v1/letters/render?nsb=GB&purpose=review&lang=en").await;
    assert!(after["body"].as_str().unwrap().contains("The current ballot closes on June 1, 2099."), "{after}");
    let (_, german) = api_json(&app, "/api/v1/letters/render?nsb=DE&purpose=review&lang=de").await;
    assert!(german["body"].as_str().unwrap().contains("1. Juni 2099"), "{german}");
}

async fn composer_renders_the_letter_without_javascript(backend: Backend) {
    let app = TestApp::new(backend).await;
    let page = app.get("/letters/new?nsb=BR&purpose=review&letter_lang=pt&sender_name=Ana%20%3Cb%3ESouza").await;
    assert_eq!(page.status, 200);
    assert_eq!(page.form("/letters/new").method, "post", "the writer's details go in a body, not an address");
    assert!(page.body.contains(r#"<article lang="pt" dir="ltr" class="letter">"#), "the letter is in the page");
    assert!(page.body.contains("Ana &lt;b&gt;Souza"), "typed text is escaped");
    assert!(!page.body.contains("Ana <b>Souza"));
    assert!(page.body.contains(r#"id="letter-mailto" href="mailto:"#));
    for action in ["/letters/letter.txt", "/letters/print"] {
        let form = page.form(action);
        assert_eq!((form.method.as_str(), form.value("nsb").as_deref()), ("post", Some("BR")));
        assert_eq!(form.value("sender_name").as_deref(), Some("Ana <b>Souza"));
    }
    // The link to share carries the writer's details only when asked to.
    assert!(
        page.body.contains(r#"id="letter-share" href="/letters/new?nsb=BR&amp;purpose=review&amp;letter_lang=pt""#)
    );
    let shared = app.get("/letters/new?nsb=BR&letter_lang=pt&sender_name=Ana&share=1").await;
    assert!(shared.body.contains("letter_lang=pt&amp;sender_name=Ana&amp;share=1"), "details in the link when asked");
    // The page's language stays the visitor's; the letter's is `letter_lang`.
    assert!(page.body.contains(r#"<html lang="en""#));
    assert!(page.header("set-cookie").is_none());
    // Without a body chosen: the form and an invitation, no error.
    let empty = app.get("/letters/new").await;
    assert_eq!(empty.status, 200);
    assert!(empty.body.contains(&app::i18n::Locale::default().t("letter-choose-body")));
    assert!(empty.body.contains(r#"<option value="" selected>"#), "no language chosen: the country's");
    // Choosing Brazil from there (the form sends an empty `letter_lang`) gives the letter
    // in Portuguese, and the form still says "the country's main language".
    let brazil = app.get("/letters/new?nsb=BR&purpose=review&letter_lang=&second_lang=").await;
    assert!(brazil.body.contains(r#"<article lang="pt" dir="ltr" class="letter">"#));
    assert!(brazil.body.contains(r#"<option value="" selected>"#));
    assert!(!brazil.body.contains(r#"<option value="en" selected>"#));
    assert!(page.body.contains(r#"<option value="pt" selected>"#), "a chosen language stays chosen");
}

/// Every `href` and `action` in a page.
fn addresses(html: &str) -> Vec<String> {
    let mut found = Vec::new();
    for attribute in [" href=\"", " action=\""] {
        let mut rest = html;
        while let Some(at) = rest.find(attribute) {
            rest = &rest[at + attribute.len()..];
            found.push(rest[..rest.find('"').unwrap_or(rest.len())].to_string());
        }
    }
    found
}

/// What a writer types travels in request bodies only: the composer, its download, print
/// page and the way back are POST forms, and no address on any of those pages carries a
/// detail unless the writer ticks "put my details in the link".
async fn composer_details_never_enter_an_address(backend: Backend) {
    let app = TestApp::new(backend).await;
    let details = [
        ("sender_name", "Zelda Quux"),
        ("organisation", "Quuxworks"),
        ("role", "Buyer"),
        ("city", "Xanadu"),
        ("email", "zelda@example.org"),
        ("personal", "A paragraph of my own."),
    ];
    let secrets = ["Zelda", "Quux", "Buyer", "Xanadu", "zelda", "paragraph"];
    let leaks = |html: &str| -> Vec<String> {
        addresses(html)
            .into_iter()
            .filter(|a| !a.starts_with("mailto:") && secrets.iter().any(|s| a.contains(s)))
            .collect()
    };
    let start = app.get("/letters/new?nsb=BR").await;
    let mut form = start.form("/letters/new");
    assert_eq!(form.method, "post");
    form.set("letter_lang", "pt").set("purpose", "review");
    for (name, value) in details {
        form.set(name, value);
    }
    let composed = app.submit(&form, &[]).await;
    assert_eq!(composed.status, 200, "{}", composed.body);
    assert!(composed.body.contains("Zelda Quux") && composed.body.contains("A paragraph of my own."));
    assert!(composed.body.contains(r#"<article lang="pt" dir="ltr" class="letter">"#), "the choices apply");
    assert_eq!(leaks(&composed.body), Vec::<String>::new(), "no address carries a detail");
    assert!(composed.header("cache-control").is_some_and(|c| c.contains("no-store")));
    // The form as rendered keeps what was typed, for the next change.
    assert_eq!(composed.form("/letters/new").value("city").as_deref(), Some("Xanadu"));

    let download = app.submit(&composed.form("/letters/letter.txt"), &[]).await;
    assert_eq!(download.status, 200);
    assert!(download.header("content-disposition").is_some_and(|d| d.contains("letter-br-pt.txt")));
    assert!(download.body.contains("Zelda Quux") && download.body.contains("Xanadu"), "{}", download.body);

    let print = app.submit(&composed.form("/letters/print"), &[]).await;
    assert_eq!(print.status, 200);
    assert!(print.body.contains(r#"class="printed-letter""#) && print.body.contains("Zelda Quux"));
    assert_eq!(leaks(&print.body), Vec::<String>::new());
    let back = app.submit(&print.form("/letters/new"), &[]).await;
    assert_eq!(back.form("/letters/new").value("sender_name").as_deref(), Some("Zelda Quux"), "back keeps them");

    // Asked for a link with the details: the share link carries them, and only it.
    let mut shared = composed.form("/letters/new");
    shared.set("share", "1");
    let shared = app.submit(&shared, &[]).await;
    let links = leaks(&shared.body);
    assert!(!links.is_empty() && links.iter().all(|l| l.starts_with("/letters/new?")), "{links:?}");
    assert!(shared.body.contains(r#"id="letter-share" href="/letters/new?nsb=BR"#));
}

/// DIN publishes DIN ISO 20400 in German and ABNT's adoption is in progress: their
/// letters say so instead of asking for what exists or for a start.
async fn letters_follow_the_records(backend: Backend) {
    let app = TestApp::new(backend).await;
    let (_, german) = api_json(&app, "/api/v1/letters/render?nsb=DE&purpose=translate&lang=en").await;
    let text = german["body"].as_str().unwrap();
    assert!(text.contains("DIN ISO 20400"), "{text}");
    assert!(!text.contains("prepare and publish"), "{text}");
    let composer = app.get("/letters/new?nsb=DE").await;
    let suggested = composer.body.split("name=\"purpose\"").find(|part| part.contains("suggested")).unwrap_or_default();
    assert!(!suggested.contains("value=\"translate\""), "a translation is not suggested when one exists");
    let (_, brazil) = api_json(&app, "/api/v1/letters/render?nsb=BR&purpose=adopt&lang=en").await;
    let text = brazil["body"].as_str().unwrap();
    assert!(text.contains("complete the adoption") && !text.contains("to start the adoption"), "{text}");
}

async fn composer_shows_translated_errors_and_no_letter(backend: Backend) {
    let app = TestApp::new(backend).await;
    let long = "y".repeat(2001);
    let page = app.get(&format!("/letters/new?lang=fr&nsb=BR&personal={long}")).await;
    assert_eq!(page.status, 200);
    let french = app::i18n::Locale::from_tag("fr").unwrap();
    assert!(page.body.contains(&french.t("letter-error-summary")), "translated summary");
    assert!(!page.body.contains(r#"class="letter">"#), "no letter from bad input");
}

async fn letter_text_download(backend: Backend) {
    let app = TestApp::new(backend).await;
    let text =
        app.get("/letters/letter.txt?nsb=JP&purpose=translate&letter_lang=ja&sender_name=%E5%B1%B1%E7%94%B0").await;
    assert_eq!(text.status, 200);
    assert_eq!(text.header("content-type"), Some("text/plain; charset=utf-8"));
    assert!(text.header("content-disposition").is_some_and(|d| d.contains("letter-jp-ja.txt")));
    assert!(text.body.contains("山田") && text.body.contains("ISO 20400:2017"));
    // It opens with whom it is for: the body, its postal address line by line, its e-mail.
    let (address, email): (String, String) =
        sqlx::query_as("SELECT address, email FROM nsb WHERE alpha2 = 'JP'").fetch_one(&app.pool).await.unwrap();
    let head = text.body.split("\n\n").next().unwrap();
    for line in address.split(';').map(str::trim).filter(|l| !l.is_empty()) {
        assert!(head.contains(line), "{line:?} in {head:?}");
    }
    assert!(head.lines().last() == Some(email.as_str()), "{head:?}");
    let bad = app.get("/letters/letter.txt?nsb=JP&purpose=nonsense").await;
    assert_eq!(bad.status, 400);
}

async fn print_page_is_bilingual(backend: Backend) {
    let app = TestApp::new(backend).await;
    let page = app.get("/letters/print?nsb=CN&purpose=review&letter_lang=zh-Hans&second_lang=en&city=Beijing").await;
    assert_eq!(page.status, 200);
    assert!(page.body.contains(r#"<article lang="zh-Hans" dir="ltr" class="printed-letter">"#));
    assert!(page.body.contains(r#"<article lang="en" dir="ltr" class="printed-letter">"#));
    assert!(page.body.contains("class=\"print-pair bilingual\""));
    // Each letter's sign-off and signature line are one block that printing keeps together.
    let letters: Vec<&str> = page.body.split(r#"class="printed-letter""#).skip(1).collect();
    assert_eq!(letters.len(), 2);
    for letter in letters {
        let letter = &letter[..letter.find("</article>").unwrap()];
        let sign_off = &letter[letter.find(r#"class="sign-off""#).expect("a sign-off block")..];
        assert!(sign_off.contains(r#"class="signature-line""#) && sign_off.contains("<p>"), "{sign_off}");
    }
    let css = std::fs::read_to_string(quorum_tests::workspace_root().join("style/main.css")).unwrap();
    assert!(css.contains(".printed-letter .sign-off { break-inside: avoid;"));
}

async fn body_page_links_to_the_composer(backend: Backend) {
    let app = TestApp::new(backend).await;
    let page = app.get("/nsbs/BR").await;
    assert!(page.body.contains(r#"href="/letters/new?nsb=BR""#));
}

const PASSWORD: &str = "correct horse battery";

async fn coordinator(app: &TestApp, email: &str) -> String {
    app::auth::ssr::create_account(&app.pool, email, PASSWORD, app::auth::Role::Coordinator).await.unwrap()
}

fn form(pairs: &[(&str, &str)]) -> String {
    pairs.iter().map(|(k, v)| format!("{k}={}", app::letters::form::percent_encode(v))).collect::<Vec<_>>().join("&")
}

/// Signs in as a browser with JavaScript would (JSON answer); returns the session cookie.
async fn sign_in(app: &TestApp, email: &str, password: &str) -> (u16, Option<String>) {
    let response = app.post_form("/api/sign_in", &form(&[("email", email), ("password", password)]), &[]).await;
    let cookie = response
        .header("set-cookie")
        .and_then(|c| c.split(';').next())
        .filter(|c| c.starts_with("quorum_session=") && c.len() > "quorum_session=".len())
        .map(str::to_string);
    (response.status.as_u16(), cookie)
}

async fn sign_in_session_and_sign_out(backend: Backend) {
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

async fn wrong_passwords_are_rate_limited(backend: Backend) {
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

async fn sign_in_errors_show_without_javascript(backend: Backend) {
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

async fn cross_origin_writes_are_refused(backend: Backend) {
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

async fn expired_sessions_and_disabled_accounts_are_refused(backend: Backend) {
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

async fn create_admin_command(backend: Backend) {
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
async fn every_mutating_server_function_requires_a_session(backend: Backend) {
    const PUBLIC_WRITES: [&str; 5] =
        ["/api/sign_in", "/api/sign_out", "/api/report_correction", "/api/use_link", "/api/sign_open_letter"];
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

/// The edit form as a coordinator would submit it: today's values with `changes` applied.
/// The body's edit form as the page renders it for the signed-in `cookie`, with
/// `changes` typed in and the source and date filled: exactly the fields a browser posts.
async fn edit_form(
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

async fn signed_in_coordinator(app: &TestApp, email: &str) -> String {
    coordinator(app, email).await;
    sign_in(app, email, PASSWORD).await.1.unwrap()
}

async fn coordinator_edits_a_record_with_source_and_history(backend: Backend) {
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

async fn stale_edits_are_refused_and_say_what_changed(backend: Backend) {
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

async fn invalid_edits_change_nothing(backend: Backend) {
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

async fn edit_errors_show_without_javascript(backend: Backend) {
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
    assert!(!page.body[notice.saturating_sub(200)..notice + 100].contains("hidden"), "and shown");
}

async fn edit_pages_need_a_coordinator(backend: Backend) {
    let app = TestApp::new(backend).await;
    assert_eq!(app.get("/nsbs/BR/edit").await.status, 401);
    assert_eq!(app.get("/changes").await.status, 401);
    let cookie = signed_in_coordinator(&app, "ana@example.org").await;
    let body = edit_form(&app, &cookie, "BR", &[("email", "x@y.org")], "s", "2026-11-20").await;
    assert_eq!(app.post_form("/api/edit_body", &body, &[]).await.status, 401);
    assert_eq!(count(&app, "SELECT COUNT(*) FROM audit_log").await, 0);
}

async fn report(app: &TestApp, pairs: &[(&str, &str)]) -> TestResponse {
    app.post_form("/api/report_correction", &form(pairs), &[]).await
}

async fn open_correction_id(app: &TestApp) -> String {
    sqlx::query_scalar("SELECT id FROM correction WHERE status = 'open'").fetch_one(&app.pool).await.unwrap()
}

async fn public_correction_is_accepted_into_the_record(backend: Backend) {
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

async fn corrections_can_be_edited_then_accepted_or_rejected(backend: Backend) {
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

async fn correction_reports_resist_spam_and_bad_input(backend: Backend) {
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

async fn signed_in_admin(app: &TestApp) -> String {
    server::create_admin(&app.database_url, "admin@example.org", PASSWORD).await.unwrap();
    sign_in(app, "admin@example.org", PASSWORD).await.1.unwrap()
}

/// The one-time token an admin action handed to the accounts page (in a cookie for that
/// page only: never in the URL it redirects to).
fn link_token(response: &TestResponse) -> String {
    let location = response.header("location").unwrap_or_default();
    assert_eq!(location, "/admin/accounts", "no token in the URL");
    let cookie = response.header("set-cookie").unwrap_or_default();
    assert!(cookie.contains("Path=/admin/accounts") && cookie.contains("HttpOnly"), "{cookie}");
    cookie.strip_prefix("quorum_new_link=").unwrap_or_default().split(';').next().unwrap_or_default().to_string()
}

async fn admin_invites_a_coordinator_who_sets_a_password(backend: Backend) {
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

async fn invitation_links_expire_and_work_once(backend: Backend) {
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

async fn admin_disables_enables_and_resets_accounts(backend: Backend) {
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
async fn every_write_checks_the_role(backend: Backend) {
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

// ---- Standards, adoptions, translations and the map ----

/// The number in the headline card whose label follows it.
fn stat(page: &TestResponse, label: &str) -> Option<u64> {
    let at = page.body.find(&format!("<span class=\"stat-label\">{label}</span>"))?;
    let before = &page.body[..at];
    let start = before.rfind("<strong class=\"stat-number\">")? + "<strong class=\"stat-number\">".len();
    before[start..].split('<').next()?.replace(',', "").parse().ok()
}

/// The inline map of a standard page.
fn map_svg(page: &TestResponse) -> &str {
    let start = page
        .body
        .find("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 960 500\" class=\"world-map\"")
        .unwrap();
    let end = page.body[start..].find("</svg>").unwrap() + start;
    &page.body[start..end]
}

/// Each linked shape's (country code, class), from the map's `<a>` elements.
fn map_links(svg: &str) -> Vec<(String, String)> {
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
async fn exec(app: &TestApp, sql: &str) {
    sqlx::query(sql).execute(&app.pool).await.unwrap();
    app.settle().await;
}

/// Fixture: DE's national standard recorded as NEQ (no longer an adoption), FR selling
/// ISO's edition without adopting it.
async fn neq_and_sells_fixture(app: &TestApp) {
    exec(app, "UPDATE adoption SET degree = 'NEQ' WHERE alpha2 = 'DE'").await;
    exec(
        app,
        "INSERT INTO adoption (standard_id, alpha2, status, sells, source, as_of) \
         VALUES ('iso-20400', 'FR', 'not_adopted', 'yes', 'AFNOR store', '2026-11')",
    )
    .await;
}

async fn standards_list_and_page_count_from_the_records(backend: Backend) {
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

async fn standard_map_has_one_linked_shape_per_body_with_its_status(backend: Backend) {
    let app = TestApp::new(backend).await;
    neq_and_sells_fixture(&app).await;
    let page = app.get("/standards/iso-20400").await;
    let svg = map_svg(&page);
    let links = map_links(svg);
    let shapes = app::standards::map::parse(include_str!("../../seed/world-map.svg"));
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

async fn standard_filters_and_sorting_work_from_the_url(backend: Backend) {
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

async fn standards_api_serves_json_and_csv_with_sources(backend: Backend) {
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
async fn save(app: &TestApp, path: &str, pairs: &[(&str, &str)], cookie: &str) -> TestResponse {
    app.post_form(path, &form(pairs), &[("cookie", cookie)]).await
}

/// What a person types into a record's form: `pairs` without the form's own key and version.
fn typed<'a>(pairs: &[(&'a str, &'a str)]) -> Vec<(&'a str, &'a str)> {
    pairs.iter().copied().filter(|(name, _)| !matches!(*name, "key" | "version")).collect()
}

const FR_ADOPTION: [(&str, &str); 13] = [
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

async fn coordinator_edits_an_adoption_and_the_map_and_history_follow(backend: Backend) {
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

async fn coordinator_edits_translations_memberships_and_the_standard(backend: Backend) {
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

async fn standards_edits_refuse_bad_input_stale_forms_and_anonymous_writers(backend: Backend) {
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

async fn body_page_shows_each_standard_with_sources(backend: Backend) {
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

async fn letter_purpose_follows_adoption_records(backend: Backend) {
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

// ---- Systematic reviews ----

async fn record_position(app: &TestApp, alpha2: &str, position: &str, kind: &str, as_of: &str) {
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
async fn three_p_members_and_a_fifth_adoption(app: &TestApp) {
    for code in ["FR", "DE", "GB"] {
        exec(app, &format!("INSERT INTO committee_member (committee_id, alpha2, membership, source, as_of) VALUES ('iso-pc-277', '{code}', 'P', 'test', '2026-11')")).await;
    }
    exec(
        app,
        "INSERT INTO adoption (standard_id, alpha2, status, source) VALUES ('iso-20400', 'JP', 'adopted', 'JSA')",
    )
    .await;
}

async fn review_seed_and_api_give_tally_and_projection(backend: Backend) {
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

async fn review_page_shows_tally_projection_swing_list_and_map(backend: Backend) {
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

async fn coordinator_records_positions_with_history_and_conflicts(backend: Backend) {
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

// ---- Review cycles, the advocacy pipeline and the dashboard ----

fn cycle_form(key: &str, version: &str, values: &[(&str, &str)]) -> String {
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

fn refused_fields(response: &TestResponse) -> Vec<String> {
    match serde_json::from_str::<app::error::AppError>(&response.body) {
        Ok(app::error::AppError::Invalid(problems)) => problems.into_iter().map(|p| p.field).collect(),
        other => panic!("expected refused fields, got {} {other:?}", response.status),
    }
}

async fn coordinator_opens_and_edits_a_review_cycle(backend: Backend) {
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
fn pipeline_form(alpha2: &str, version: &str, stage: &str, owner: &str, return_to: &str) -> String {
    form(&[
        ("cycle", "iso-20400-2022"),
        ("alpha2", alpha2),
        ("version", version),
        ("stage", stage),
        ("owner", owner),
        ("return_to", return_to),
    ])
}

async fn pipeline_moves_are_versioned_audited_and_coordinators_only(backend: Backend) {
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

async fn pipeline_filters_notes_letters_and_dashboard(backend: Backend) {
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

// ---- The open data API ----

async fn bodies_api_pages_filters_and_sources(backend: Backend) {
    let app = TestApp::new(backend).await;
    let bodies = count(&app, "SELECT COUNT(*) FROM nsb").await as usize;
    let response = app.get("/api/v1/nsbs").await;
    let json: serde_json::Value = serde_json::from_str(&response.body).unwrap();
    assert_eq!(json["data"].as_array().map(Vec::len), Some(50), "50 per page unless asked");
    assert_eq!(json["pagination"]["total"].as_u64(), Some(bodies as u64));
    assert_eq!(json["pagination"]["pages"].as_u64(), Some(bodies.div_ceil(50) as u64));
    assert!(json["licence"].as_str().is_some_and(|l| l.contains("CC BY-SA") && l.contains("/developers")));
    let (_, last) = api_json(&app, &format!("/api/v1/nsbs?page={}", bodies.div_ceil(50))).await;
    assert_eq!(last.as_array().map(Vec::len), Some(bodies - 50 * (bodies.div_ceil(50) - 1)));
    let (_, beyond) = api_json(&app, "/api/v1/nsbs?page=99").await;
    assert_eq!(beyond.as_array().map(Vec::len), Some(0));
    for bad in ["page=0", "per_page=abc", "per_page=501", "page=-1"] {
        let (status, error) = api_json(&app, &format!("/api/v1/nsbs?{bad}")).await;
        assert_eq!((status, error["error"]["code"].as_str()), (400, Some("invalid_input")), "{bad}");
    }
    // The directory's filters and search.
    let (_, brasil) = api_json(&app, "/api/v1/nsbs?q=brasil").await;
    assert_eq!(brasil[0]["alpha2"], "BR");
    let (_, americas) = api_json(&app, "/api/v1/nsbs?category=member-body&region=019&per_page=500").await;
    let americas = americas.as_array().unwrap();
    assert!(!americas.is_empty() && americas.iter().all(|b| b["category"] == "member-body" && b["region"] == "019"));

    let (status, brazil) = api_json(&app, "/api/v1/nsbs/br").await;
    assert_eq!(status, 200);
    assert_eq!((brazil["alpha2"].as_str(), brazil["alpha3"].as_str()), (Some("BR"), Some("BRA")));
    assert_eq!(brazil["fields"]["acronym"]["value"], "ABNT");
    assert!(brazil["fields"]["acronym"]["source"].as_str().is_some_and(|s| !s.is_empty()), "{brazil}");
    let (status, missing) = api_json(&app, "/api/v1/nsbs/ZZ").await;
    assert_eq!((status, missing["error"]["code"].as_str()), (404, Some("not_found")));

    let csv = app.get("/api/v1/nsbs.csv?region=150").await;
    assert!(csv.body.starts_with("alpha2,country_name_en,acronym,acronym_source,acronym_as_of,body_name_en,"));
    let mut reader = csv::Reader::from_reader(csv.body.as_bytes());
    assert_eq!(reader.headers().unwrap().iter().next_back(), Some("licence"));
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert!(rows.iter().any(|r| &r[0] == "FR") && !rows.iter().any(|r| &r[0] == "BR"), "Europe only");

    let (_, titles) = api_json(&app, "/api/v1/standards/iso-20400/translations").await;
    assert_eq!(titles.as_array().map(Vec::len), Some(5));
    assert!(titles[0]["source"].as_str().is_some_and(|s| !s.is_empty()));
    let titles_csv = app.get("/api/v1/standards/iso-20400/translations.csv").await;
    assert!(titles_csv.body.starts_with("standard,lang,title,kind,publisher,year,source,as_of,licence"));
    let (_, page) = api_json(&app, "/api/v1/standards/iso-20400/adoptions?status=adopted-any&per_page=2&page=2").await;
    assert_eq!(page.as_array().map(Vec::len), Some(2), "filters and pages together");
    let (_, revise) = api_json(&app, "/api/v1/reviews/iso-20400-2022/positions?position=revise").await;
    assert_eq!(revise.as_array().map(Vec::len), Some(4), "the review page's filters");
}

async fn api_answers_conditional_gets_and_cross_origin_reads(backend: Backend) {
    let app = TestApp::new(backend).await;
    let first = app.get("/api/v1/nsbs/BR").await;
    let etag = first.header("etag").unwrap().to_string();
    let modified = first.header("last-modified").unwrap().to_string();
    assert!(etag.starts_with('"') && modified.ends_with("GMT"), "{etag} {modified}");
    let again = app.get_with("/api/v1/nsbs/BR", &[("if-none-match", &etag)]).await;
    assert_eq!((again.status.as_u16(), again.body.as_str()), (304, ""));
    assert_eq!(again.header("etag"), Some(etag.as_str()));
    let since = app.get_with("/api/v1/nsbs/BR", &[("if-modified-since", &modified)]).await;
    assert_eq!(since.status, 304);
    let other = app.get_with("/api/v1/nsbs/BR", &[("if-none-match", "\"something-else\"")]).await;
    assert_eq!(other.status, 200);
    for path in ["/api/v1/nsbs.csv", "/api/v1/standards/iso-20400/adoptions.csv", "/api/v1/reviews"] {
        let tag = app.get(path).await.header("etag").unwrap().to_string();
        assert_eq!(app.get_with(path, &[("if-none-match", &tag)]).await.status, 304, "{path}");
    }
    // A change to the record: the old tag no longer matches.
    exec(&app, "UPDATE nsb SET phone = '+55 21 0000-0000' WHERE alpha2 = 'BR'").await;
    let changed = app.get_with("/api/v1/nsbs/BR", &[("if-none-match", &etag)]).await;
    assert_eq!(changed.status, 200);
    assert_ne!(changed.header("etag"), Some(etag.as_str()));
    // Errors are never cached as data.
    let missing = app.get("/api/v1/nsbs/ZZ").await;
    assert_eq!((missing.status.as_u16(), missing.header("etag")), (404, None));

    // Any site may read.
    let cross = app.get_with("/api/v1/nsbs/BR", &[("origin", "https://research.example")]).await;
    assert_eq!(cross.header("access-control-allow-origin"), Some("*"));
    let preflight = app
        .send(
            "OPTIONS",
            "/api/v1/nsbs",
            "",
            &[("origin", "https://research.example"), ("access-control-request-method", "GET")],
        )
        .await;
    assert!(preflight.status.is_success(), "{}", preflight.status);
    assert!(preflight.header("access-control-allow-methods").is_some_and(|m| m.contains("GET")));
}

async fn openapi_document_matches_its_snapshot(backend: Backend) {
    let app = TestApp::new(backend).await;
    let (status, document) = api_json(&app, "/api/v1/openapi.json").await;
    assert_eq!(status, 200);
    let paths = document["paths"].as_object().unwrap();
    for path in [
        "/api/v1/nsbs",
        "/api/v1/nsbs/{code}",
        "/api/v1/nsbs.csv",
        "/api/v1/standards/{slug}/adoptions",
        "/api/v1/standards/{slug}/translations",
        "/api/v1/reviews/{slug}/positions",
        "/api/v1/letters/render",
    ] {
        assert!(paths.contains_key(path), "{path} is documented");
    }
    // The document is generated from the routes; the snapshot shows every change to it in
    // review. `UPDATE_SNAPSHOTS=1 cargo test -p quorum-tests openapi` rewrites it.
    let pretty = serde_json::to_string_pretty(&document).unwrap() + "\n";
    let file = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("snapshots/openapi.json");
    if std::env::var_os("UPDATE_SNAPSHOTS").is_some() {
        std::fs::create_dir_all(file.parent().unwrap()).unwrap();
        std::fs::write(&file, &pretty).unwrap();
    }
    let snapshot = std::fs::read_to_string(&file).unwrap_or_default();
    assert!(snapshot == pretty, "the OpenAPI document changed; review it and rerun with UPDATE_SNAPSHOTS=1");
}

// ---- CSV import ----

/// Uploads a file as a coordinator's browser does; returns the import's id from the
/// redirect to its preview.
async fn upload(app: &TestApp, cookie: &str, kind: &str, name: &str, bytes: &[u8]) -> String {
    let response = app.upload("/import/upload", &[("kind", kind)], ("file", name, bytes), &[("cookie", cookie)]).await;
    assert!(response.status.is_redirection(), "{} {}", response.status, response.body);
    let location = response.header("location").unwrap_or_default().to_string();
    location.strip_prefix("/import/").unwrap_or_else(|| panic!("preview expected, went to {location}")).to_string()
}

async fn preview(app: &TestApp, cookie: &str, id: &str) -> String {
    let page = app.get_with(&format!("/import/{id}"), &[("cookie", cookie)]).await;
    assert_eq!(page.status, 200, "{}", page.body);
    page.body
}

async fn confirm(app: &TestApp, cookie: &str, id: &str) -> TestResponse {
    app.post_form("/api/confirm_import", &form(&[("id", id)]), &[("cookie", cookie)]).await
}

/// Confirms an import and waits until it is written (or refused); returns its page.
async fn confirm_and_wait(app: &TestApp, cookie: &str, id: &str) -> String {
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

async fn exports_import_back_without_changes(backend: Backend) {
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

async fn import_previews_refuses_bad_rows_and_writes_all_or_nothing(backend: Backend) {
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
async fn import_reads_files_as_spreadsheets_save_them(backend: Backend) {
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

async fn import_refuses_bad_files_and_strangers(backend: Backend) {
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
async fn a_ten_thousand_row_import_runs_while_others_read(backend: Backend) {
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

// ---- Open letters ----

async fn open_letter_is_read_in_the_readers_language_or_the_source(backend: Backend) {
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

async fn open_letter_turns_into_a_personal_letter_to_a_body(backend: Backend) {
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
async fn save_text(
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
async fn type_text(app: &TestApp, cookie: &str, slug: &str, lang: &str, title: &str, body: &str) -> TestResponse {
    let editor = format!("/coordinate/letters?slug={slug}&letter_lang={lang}");
    app.fill_in(&editor, "/api/save_letter_text", &[("title", title), ("body", body)], cookie).await
}

/// Presses the editor's button that moves the text in `lang` to `status`.
async fn press_status(app: &TestApp, cookie: &str, slug: &str, lang: &str, status: &str) -> TestResponse {
    let editor =
        app.get_with(&format!("/coordinate/letters?slug={slug}&letter_lang={lang}"), &[("cookie", cookie)]).await;
    let forms = editor.forms("/api/set_letter_status");
    let button = forms.iter().find(|f| f.value("status").as_deref() == Some(status));
    let button = button.unwrap_or_else(|| panic!("no button to {status} in {forms:?}"));
    app.submit(button, &[("cookie", cookie)]).await
}

async fn set_status(app: &TestApp, cookie: &str, slug: &str, lang: &str, revision: &str, status: &str) -> TestResponse {
    let form = form(&[("slug", slug), ("lang", lang), ("revision", revision), ("status", status)]);
    app.post_form("/api/set_letter_status", &form, &[("cookie", cookie)]).await
}

async fn coordinators_write_review_and_publish_open_letters(backend: Backend) {
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

async fn sign(app: &TestApp, pairs: &[(&str, &str)]) -> TestResponse {
    app.post_form("/api/sign_open_letter", &form(pairs), &[]).await
}

const SIGNATURE: [(&str, &str); 8] = [
    ("slug", "iso-20400-next-review"),
    ("name", "Maria Silva"),
    ("organisation", "Compras Sustentáveis Brasil"),
    ("country", "BR"),
    ("role", "Procurement lead"),
    ("email", "maria@example.org"),
    ("listed", "yes"),
    ("website", ""),
];

async fn open_letters_are_co_signed_and_moderated(backend: Backend) {
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

async fn save_settings(app: &TestApp, cookie: &str, pairs: &[(&str, &str)]) -> TestResponse {
    let mut all = vec![("slug", "adopt-now"), ("standard", "iso-20400"), ("cycle", ""), ("target_list", "")];
    all.retain(|(k, _)| !pairs.iter().any(|(p, _)| p == k));
    all.extend_from_slice(pairs);
    app.post_form("/api/save_letter_settings", &form(&all), &[("cookie", cookie)]).await
}

fn problems_of(response: &TestResponse) -> Vec<(String, String, Option<String>)> {
    match serde_json::from_str::<app::error::AppError>(&response.body) {
        Ok(app::error::AppError::Invalid(problems)) => {
            problems.into_iter().map(|p| (p.field, p.key, p.detail)).collect()
        }
        other => panic!("{other:?}"),
    }
}

async fn open_letters_are_addressed_to_chosen_bodies(backend: Backend) {
    let app = TestApp::new(backend).await;
    let cookie = signed_in_coordinator(&app, "ana@example.org").await;
    let body = "Dear colleagues at { $body },\n\nPlease vote before { $deadline }.";
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
    assert!(page.body.contains(&format!("Please vote before {deadline}.")), "the cycle's closing date");
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

async fn personal_open_letter_downloads_as_text(backend: Backend) {
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

// ---- Production: headers, health, limits, backups ----

/// The nonce in a page's policy (`'nonce-…'`).
fn policy_nonce(policy: &str) -> String {
    let start = policy.find("'nonce-").expect("a nonce in the policy") + 7;
    policy[start..].split('\'').next().unwrap().to_string()
}

async fn every_response_carries_security_headers(backend: Backend) {
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

async fn health_readiness_request_ids_and_body_limits(backend: Backend) {
    let app = TestApp::new(backend).await;
    assert_eq!(app.get("/healthz").await.status, 200);
    let ready = app.get("/readyz").await;
    assert_eq!((ready.status.as_u16(), ready.body.as_str()), (200, "ready"));
    // Each response names its request; a caller's own id is kept.
    let id = app.get("/").await.headers["x-request-id"].to_str().unwrap().to_string();
    assert_eq!(id.len(), 36, "a UUID: {id}");
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

async fn backup_is_a_consistent_restorable_snapshot(backend: Backend) {
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

async fn two_processes_share_sessions_and_see_each_others_writes(backend: Backend) {
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
async fn concurrent_writes_all_succeed(backend: Backend) {
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

// ---- Hardening (issue 17) ------------------------------------------------------------

/// A burst of sign-ins cannot check more passwords than the limits allow: each attempt
/// takes its place in the count before its password is checked.
async fn parallel_sign_ins_cannot_outrun_the_limits(backend: Backend) {
    let app = TestApp::new(backend).await;
    coordinator(&app, "ana@example.org").await;
    let mut bodies: Vec<String> =
        (0..40).map(|i| form(&[("email", "ana@example.org"), ("password", &format!("wrong password {i}"))])).collect();
    bodies.insert(20, form(&[("email", "ana@example.org"), ("password", PASSWORD)]));
    let answers = futures::future::join_all(bodies.iter().map(|body| app.post_form("/api/sign_in", body, &[]))).await;
    let status = |code: u16| answers.iter().filter(|a| a.status.as_u16() == code).count() as i64;
    let signed_in = answers.iter().filter(|a| a.header("set-cookie").is_some_and(|c| c.len() > 40)).count() as i64;
    let checked = status(401) + signed_in;
    assert!(checked <= app::auth::ssr::ACCOUNT_FAILURES, "{checked} passwords checked for one account");
    assert_eq!(status(429), 41 - checked, "every other attempt is refused before hashing");
    if signed_in == 0 {
        let late = app.post_form("/api/sign_in", &bodies[20], &[]).await;
        assert_eq!(late.status, 429, "the right password after the burst is still refused");
    }

    // Per client address: a burst over many accounts stops at the address's limit.
    let before = status(401);
    let bodies: Vec<String> = (0..30)
        .map(|i| form(&[("email", &format!("nobody{i}@example.org")), ("password", "wrong password!")]))
        .collect();
    let answers = futures::future::join_all(bodies.iter().map(|body| app.post_form("/api/sign_in", body, &[]))).await;
    let wrong = answers.iter().filter(|a| a.status == 401).count() as i64;
    assert!(before + wrong <= app::auth::ssr::ADDRESS_FAILURES, "{} checked from one address", before + wrong);
    assert!(answers.iter().all(|a| a.status == 401 || a.status == 429), "only wrong or refused");
}

/// Markup typed into a text area comes back as text, in the letter composer (reflected)
/// and in every stored value shown in a text area.
async fn text_areas_never_carry_live_markup(backend: Backend) {
    const CLOSING: &str =
        "</textarea><meta http-equiv=\"refresh\" content=\"0;url=https://evil.example/\"><b id=\"pwned\">x</b>";
    let inert = |page: &TestResponse, what: &str| {
        assert!(!page.body.contains("<meta http-equiv=\"refresh\""), "{what}: live markup");
        assert!(!page.body.contains("<b id=\"pwned\">"), "{what}: live markup");
        assert!(page.body.contains("&lt;/textarea&gt;&lt;meta"), "{what}: the text is shown as typed");
    };
    let app = TestApp::new(backend).await;
    let personal = app::letters::form::percent_encode(CLOSING);
    let composer = app.get(&format!("/letters/new?nsb=BR&purpose=review&personal={personal}")).await;
    assert_eq!(composer.status, 200);
    inert(&composer, "composer");

    // A correction from the public, in the coordinators' queue and then the edit form.
    let reported = report(
        &app,
        &[
            ("alpha2", "FR"),
            ("field", "address"),
            ("value", CLOSING),
            ("source", "afnor.org"),
            ("email", ""),
            ("website", ""),
        ],
    )
    .await;
    assert!(reported.status.is_success() || reported.status.is_redirection(), "{}", reported.body);
    let cookie = signed_in_coordinator(&app, "ana@example.org").await;
    inert(&app.get_with("/corrections", &[("cookie", &cookie)]).await, "corrections");
    let id = open_correction_id(&app).await;
    let body = form(&[("id", &id), ("value", CLOSING), ("source", "afnor.org")]);
    let accepted = app.post_form("/api/accept_correction", &body, &[("cookie", &cookie)]).await;
    assert!(accepted.status.is_success() || accepted.status.is_redirection(), "{}", accepted.body);
    inert(&app.get_with("/nsbs/FR/edit", &[("cookie", &cookie)]).await, "body edit form");

    // A standards record's long text, and an open letter's body.
    let mut adoption = FR_ADOPTION.to_vec();
    adoption.retain(|(k, _)| *k != "note");
    adoption.push(("note", CLOSING));
    let saved = save(&app, "/api/save_adoption", &adoption, &cookie).await;
    assert!(saved.status.is_success() || saved.status.is_redirection(), "{}", saved.body);
    inert(
        &app.get_with("/standards/iso-20400/adoptions/edit?nsb=FR", &[("cookie", &cookie)]).await,
        "adoption edit form",
    );
    let letter = format!("Dear {{ $body }},\n\n{CLOSING}");
    let saved = save_text(&app, &cookie, "adopt-now", "en", "0", "Adopt it now", &letter).await;
    assert!(saved.status.is_success() || saved.status.is_redirection(), "{}", saved.body);
    inert(
        &app.get_with("/coordinate/letters?slug=adopt-now&letter_lang=en", &[("cookie", &cookie)]).await,
        "open letter form",
    );
}

/// Values a spreadsheet would run as formulas reach every CSV as text, and an export
/// still imports back unchanged.
async fn csv_cells_never_start_a_formula(backend: Backend) {
    const FORMULAS: [&str; 4] = ["=HYPERLINK(\"http://evil\",\"x\")", "+SUM(1+1)", "@SUM(1+1)", "-2+3"];
    let app = TestApp::new(backend).await;
    let formula_cells = |csv: &str| -> Vec<String> {
        let mut reader = csv::ReaderBuilder::new().has_headers(false).from_reader(csv.as_bytes());
        reader
            .records()
            .flat_map(|r| r.unwrap().iter().map(str::to_string).collect::<Vec<_>>())
            .filter(|cell| cell.starts_with(['=', '+', '-', '@', '\t', '\r']))
            .collect()
    };
    // Co-signatures named like formulas, in the coordinators' export.
    for (i, name) in FORMULAS.iter().enumerate() {
        let email = format!("s{i}@example.org");
        let mut pairs = SIGNATURE.to_vec();
        pairs.retain(|(k, _)| !matches!(*k, "name" | "email"));
        pairs.extend([("name", *name), ("email", email.as_str())]);
        let answer = sign(&app, &pairs).await;
        assert!(answer.status.is_success() || answer.status.is_redirection(), "{}", answer.body);
    }
    sqlx::query("UPDATE open_letter_signature SET status = 'approved'").execute(&app.pool).await.unwrap();
    let cookie = signed_in_coordinator(&app, "ana@example.org").await;
    let export = app.get_with("/open-letters/iso-20400-next-review/signatures.csv", &[("cookie", &cookie)]).await.body;
    assert!(export.contains("'=HYPERLINK(") && export.contains("'+SUM(1+1)"), "{export}");
    assert_eq!(formula_cells(&export), Vec::<String>::new());

    // An accepted correction in the public bodies CSV (phone numbers start with `+` too).
    sqlx::query("UPDATE nsb SET body_name_native = $1 WHERE alpha2 = 'FR'")
        .bind(FORMULAS[0])
        .execute(&app.pool)
        .await
        .unwrap();
    app.settle().await;
    let nsbs = app.get("/api/v1/nsbs.csv").await.body;
    assert!(nsbs.contains("'=HYPERLINK("), "guarded");
    assert_eq!(formula_cells(&nsbs), Vec::<String>::new());
    // …and the export imports back changing nothing.
    let id = upload(&app, &cookie, "bodies", "export.csv", nsbs.as_bytes()).await;
    let page = preview(&app, &cookie, &id).await;
    assert!(page.contains("The file would change nothing."), "{page}");
}

/// Hostile values in every field of every public form, with the honeypot filled and
/// empty, as a plain form and as a script: never a panic, never a server error.
async fn public_forms_survive_hostile_input(backend: Backend) {
    let app = TestApp::new(backend).await;
    let panics = quorum_tests::panic_count();
    let forms: [(&str, &[&str]); 5] = [
        ("/api/report_correction", &["alpha2", "field", "value", "source", "email", "website"]),
        ("/api/sign_open_letter", &["slug", "name", "organisation", "country", "role", "email", "listed", "website"]),
        ("/api/sign_in", &["email", "password"]),
        ("/api/use_link", &["token", "password", "password_again"]),
        ("/api/sign_out", &[]),
    ];
    let hostile = ["a\nb", "x\r\nSet-Cookie: evil=1", "</textarea><b>", "../../etc/passwd", "\u{202E}", "%0d%0a", ""];
    for (path, fields) in forms {
        for value in hostile {
            for honeypot in ["", "http://spam.example"] {
                let pairs: Vec<(&str, &str)> =
                    fields.iter().map(|field| (*field, if *field == "website" { honeypot } else { value })).collect();
                for accept in ["text/html", "application/json"] {
                    let answer = app.post_form(path, &form(&pairs), &[("accept", accept)]).await;
                    assert!(answer.status.as_u16() < 500, "{path} {value:?} {accept}: {}", answer.status);
                    if let Some(location) = answer.header("location") {
                        assert!(!location.contains(['\n', '\r']) && location.starts_with('/'), "{location:?}");
                    }
                }
            }
        }
    }
    assert_eq!(quorum_tests::panic_count(), panics, "a handler panicked");
}

/// Arguments a server function cannot decode are the caller's mistake: 400, translated.
async fn malformed_server_function_arguments_are_a_400(backend: Backend) {
    let app = TestApp::new(backend).await;
    let answer = app.post_form("/api/sign_in", "x=1", &[("accept-language", "fr")]).await;
    assert_eq!(answer.status, 400, "{}", answer.body);
    let french = app::i18n::Locale::from_tag("fr").unwrap();
    assert!(answer.body.contains(&french.t("error-invalid-input")), "{}", answer.body);
    let cookie = signed_in_coordinator(&app, "ana@example.org").await;
    let answer = app.post_form("/api/edit_body", "nonsense", &[("cookie", &cookie)]).await;
    assert_eq!(answer.status, 400, "{}", answer.body);
}

/// Private pages are never stored by a cache in front; public ones say what they vary on.
async fn caches_in_front_cannot_mix_pages(backend: Backend) {
    let app = TestApp::new(backend).await;
    let cookie = signed_in_coordinator(&app, "ana@example.org").await;
    for path in ["/account", "/corrections", "/coordinate", "/nsbs/FR/edit", "/changes", "/import"] {
        let page = app.get_with(path, &[("cookie", &cookie)]).await;
        assert_eq!(page.header("cache-control"), Some("no-store"), "{path}");
    }
    let letter = app.get("/letters/new?nsb=BR&purpose=review&sender_name=Ana").await;
    assert_eq!(letter.header("cache-control"), Some("no-store"), "what a writer typed is not stored");
    for path in ["/", "/nsbs/FR", "/standards/iso-20400", "/api/v1/nsbs"] {
        // Twice: the second answer comes from the page cache and keeps its headers.
        for _ in 0..2 {
            let page = app.get(path).await;
            assert!(!page.header("cache-control").unwrap_or_default().contains("no-store"), "{path}");
            let vary =
                page.headers.get_all("vary").iter().filter_map(|v| v.to_str().ok()).collect::<Vec<_>>().join(",");
            assert!(vary.contains("Accept-Language") && vary.contains("Cookie"), "{path}: {vary}");
        }
    }
    let signed_in = app.get_with("/reviews/iso-20400-2022", &[("cookie", &cookie)]).await;
    assert_eq!(signed_in.header("cache-control"), Some("no-store"), "a coordinator's view of a public page");
}

/// A connection that sends a partial header, or nothing, or stays idle after a request,
/// is closed after the header-read timeout; a normal request is answered.
#[test]
fn slow_and_idle_connections_are_closed() {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    quorum_tests::run(async {
        let app = TestApp::new(Backend::Sqlite).await;
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let address = listener.local_addr().unwrap();
        let timeout = std::time::Duration::from_millis(700);
        tokio::spawn(server::serve_with_header_timeout(listener, app.router.clone(), timeout, std::future::pending()));
        // Reads until the server closes the connection; the bytes it sent before.
        async fn until_closed(stream: &mut tokio::net::TcpStream) -> Option<Vec<u8>> {
            let mut all = Vec::new();
            let mut buffer = [0u8; 4096];
            let limit = std::time::Duration::from_secs(5);
            loop {
                match tokio::time::timeout(limit, stream.read(&mut buffer)).await {
                    Ok(Ok(0)) | Ok(Err(_)) => return Some(all),
                    Ok(Ok(n)) => all.extend_from_slice(&buffer[..n]),
                    Err(_) => return None,
                }
            }
        }
        let started = std::time::Instant::now();
        let mut silent = tokio::net::TcpStream::connect(address).await.unwrap();
        let mut partial = tokio::net::TcpStream::connect(address).await.unwrap();
        partial.write_all(b"GET / HTTP/1.1\r\nHost: quorum.test\r\nX-Slow: ").await.unwrap();
        assert!(until_closed(&mut silent).await.is_some(), "a silent connection is closed");
        assert!(until_closed(&mut partial).await.is_some(), "a partial header is not waited for forever");
        assert!(started.elapsed() < std::time::Duration::from_secs(4));

        let mut kept = tokio::net::TcpStream::connect(address).await.unwrap();
        kept.write_all(b"GET /healthz HTTP/1.1\r\nHost: quorum.test\r\n\r\n").await.unwrap();
        let answer = until_closed(&mut kept).await.expect("an idle kept-alive connection is closed");
        assert!(String::from_utf8_lossy(&answer).starts_with("HTTP/1.1 200"), "answered first");
    });
}

// ---- The data API against its own OpenAPI document ----

async fn api_refuses_other_methods_with_405(backend: Backend) {
    let app = TestApp::new(backend).await;
    // The data API is read-only and needs no session: a method it does not serve is
    // "not allowed" (405, with the methods that are), never "sign in first" (401).
    for path in ["/api/v1/nsbs", "/api/v1/nsbs/BR", "/api/v1/standards/iso-20400/adoptions.csv"] {
        for method in ["TRACE", "PUT", "DELETE", "POST", "PATCH"] {
            let response = app.send(method, path, "", &[]).await;
            assert_eq!(response.status, 405, "{method} {path}: {}", response.body);
            let allow = response.header("allow").unwrap_or_default();
            assert!(allow.contains("GET") && !allow.contains(method), "{method} {path}: Allow: {allow}");
        }
    }
    // Server functions still need a session before anything else.
    let write = app.send("POST", "/api/invite_account", "", &[]).await;
    assert_eq!(write.status, 401, "{}", write.body);
}

/// A minimal JSON Schema check, enough for the document utoipa writes: `$ref`, `type`
/// (one or a list), `enum`, `properties`, `required`, `additionalProperties`, `items`,
/// `allOf`, `anyOf`, `oneOf`. Returns what does not fit, with the JSON path.
fn schema_problems(
    document: &serde_json::Value,
    schema: &serde_json::Value,
    value: &serde_json::Value,
    at: &str,
) -> Vec<String> {
    use serde_json::Value;
    if let Some(reference) = schema["$ref"].as_str() {
        let name = reference.trim_start_matches("#/components/schemas/");
        return schema_problems(document, &document["components"]["schemas"][name], value, at);
    }
    let mut problems = Vec::new();
    let type_of = |v: &Value| match v {
        Value::Null => "null",
        Value::Bool(_) => "boolean",
        Value::Number(n) if n.is_i64() || n.is_u64() => "integer",
        Value::Number(_) => "number",
        Value::String(_) => "string",
        Value::Array(_) => "array",
        Value::Object(_) => "object",
    };
    let types: Vec<&str> = match &schema["type"] {
        Value::String(t) => vec![t.as_str()],
        Value::Array(ts) => ts.iter().filter_map(Value::as_str).collect(),
        _ => Vec::new(),
    };
    let actual = type_of(value);
    if !types.is_empty() && !types.iter().any(|t| *t == actual || (*t == "number" && actual == "integer")) {
        problems.push(format!("{at}: {actual} where the document says {types:?}"));
        return problems;
    }
    if let Some(values) = schema["enum"].as_array()
        && !values.contains(value)
    {
        problems.push(format!("{at}: {value} is not one of {values:?}"));
    }
    if let (Some(object), Value::Object(fields)) = (schema["properties"].as_object(), value) {
        for (name, property) in object {
            if let Some(field) = fields.get(name) {
                problems.extend(schema_problems(document, property, field, &format!("{at}.{name}")));
            }
        }
    }
    if let (Some(required), Value::Object(fields)) = (schema["required"].as_array(), value) {
        for name in required.iter().filter_map(Value::as_str) {
            if !fields.contains_key(name) {
                problems.push(format!("{at}: `{name}` is required and missing"));
            }
        }
    }
    if let (Some(extra), Value::Object(fields)) = (schema.get("additionalProperties"), value) {
        let declared = schema["properties"].as_object();
        for (name, field) in fields.iter().filter(|(name, _)| declared.is_none_or(|d| !d.contains_key(*name))) {
            match extra {
                Value::Bool(false) => problems.push(format!("{at}: `{name}` is not allowed")),
                Value::Object(_) => problems.extend(schema_problems(document, extra, field, &format!("{at}.{name}"))),
                _ => {}
            }
        }
    }
    if let (Some(items), Value::Array(elements)) = (schema.get("items"), value) {
        for (i, element) in elements.iter().enumerate() {
            problems.extend(schema_problems(document, items, element, &format!("{at}[{i}]")));
        }
    }
    for branch in schema["allOf"].as_array().into_iter().flatten() {
        problems.extend(schema_problems(document, branch, value, at));
    }
    for keyword in ["anyOf", "oneOf"] {
        if let Some(branches) = schema[keyword].as_array() {
            let fitting = branches.iter().filter(|b| schema_problems(document, b, value, at).is_empty()).count();
            let fits = if keyword == "oneOf" { fitting == 1 } else { fitting >= 1 };
            if !fits {
                problems.push(format!("{at}: {fitting} of the {keyword} branches fit {value}"));
            }
        }
    }
    problems
}

async fn api_answers_match_their_openapi_schemas(backend: Backend) {
    let app = TestApp::new(backend).await;
    let (_, document) = api_json(&app, "/api/v1/openapi.json").await;
    // (documented path, request): every operation, its answers and its errors.
    let requests = [
        ("/api/v1/nsbs", "/api/v1/nsbs"),
        ("/api/v1/nsbs", "/api/v1/nsbs?category=member-body&region=019&sort=-acronym&per_page=5&page=2"),
        ("/api/v1/nsbs", "/api/v1/nsbs?page=0"),
        ("/api/v1/nsbs", "/api/v1/nsbs?category=a&category=b"),
        ("/api/v1/nsbs.csv", "/api/v1/nsbs.csv?region=150"),
        ("/api/v1/nsbs/{code}", "/api/v1/nsbs/BR"),
        ("/api/v1/nsbs/{code}", "/api/v1/nsbs/ZZ"),
        ("/api/v1/nsbs/{code}", "/api/v1/nsbs/%FF"),
        ("/api/v1/standards", "/api/v1/standards"),
        ("/api/v1/standards.csv", "/api/v1/standards.csv"),
        ("/api/v1/standards/{slug}", "/api/v1/standards/iso-20400"),
        ("/api/v1/standards/{slug}", "/api/v1/standards/iso-20400.csv"),
        ("/api/v1/standards/{slug}", "/api/v1/standards/iso-99999"),
        ("/api/v1/standards/{slug}/adoptions", "/api/v1/standards/iso-20400/adoptions?status=adopted-any&sort=-status"),
        ("/api/v1/standards/{slug}/adoptions", "/api/v1/standards/iso-20400/adoptions?per_page=501"),
        ("/api/v1/standards/{slug}/adoptions.csv", "/api/v1/standards/iso-20400/adoptions.csv"),
        ("/api/v1/standards/{slug}/translations", "/api/v1/standards/iso-20400/translations"),
        ("/api/v1/standards/{slug}/translations.csv", "/api/v1/standards/iso-20400/translations.csv"),
        ("/api/v1/reviews", "/api/v1/reviews"),
        ("/api/v1/reviews/{slug}", "/api/v1/reviews/iso-20400-2022"),
        ("/api/v1/reviews/{slug}", "/api/v1/reviews/nothing"),
        ("/api/v1/reviews/{slug}/positions", "/api/v1/reviews/iso-20400-2022/positions?voter=obliged"),
        ("/api/v1/reviews/{slug}/positions.csv", "/api/v1/reviews/iso-20400-2022/positions.csv?position=revise"),
        ("/api/v1/letters/render", "/api/v1/letters/render?nsb=BR&purpose=review&lang=pt&second_lang=en"),
        ("/api/v1/letters/render", "/api/v1/letters/render?nsb=EG&sender_name=Ana&email=ana%40example.org"),
        ("/api/v1/letters/render", "/api/v1/letters/render?nsb=BR&purpose=praise&sender_name=a%0Ab"),
        ("/api/v1/letters/render", "/api/v1/letters/render?nsb=ZZ"),
        ("/api/v1/open-letters", "/api/v1/open-letters"),
        ("/api/v1/open-letters/{slug}", "/api/v1/open-letters/iso-20400-next-review?nsb=EG&second_lang=en"),
        ("/api/v1/open-letters/{slug}", "/api/v1/open-letters/iso-20400-next-review?nsb=ZZ"),
    ];
    let mut statuses = std::collections::BTreeSet::new();
    for (path, uri) in requests {
        let response = app.get(uri).await;
        let status = response.status.as_u16();
        statuses.insert(status);
        let documented = &document["paths"][path]["get"]["responses"][status.to_string()];
        assert!(documented.is_object(), "GET {uri}: {status} is not documented for {path}");
        let content_type = response.header("content-type").unwrap_or_default();
        let media = content_type.split(';').next().unwrap_or_default().trim();
        let schema = &documented["content"][media]["schema"];
        assert!(schema.is_object(), "GET {uri}: {status} {media} is not documented for {path}");
        if media == "application/json" {
            let body: serde_json::Value = serde_json::from_str(&response.body).unwrap();
            let problems = schema_problems(&document, schema, &body, "$");
            assert!(problems.is_empty(), "GET {uri} ({status}) does not match the document:\n{}", problems.join("\n"));
        } else {
            assert_eq!(schema["type"], "string", "GET {uri}");
        }
    }
    assert_eq!(statuses.into_iter().collect::<Vec<_>>(), [200, 400, 404], "answers and both kinds of error");
}
