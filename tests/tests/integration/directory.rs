//! The directory, the body pages, languages and odd input.

use super::*;

pub(super) async fn count(app: &TestApp, sql: &str) -> i64 {
    sqlx::query_scalar::<_, i64>(sql).fetch_one(&app.pool).await.unwrap()
}

pub(super) fn csv_rows() -> i64 {
    app::directory::ssr::import::NSB_CSV.lines().skip(1).filter(|l| !l.trim().is_empty()).count() as i64
}

pub(super) async fn seed_import_is_complete_and_idempotent(backend: Backend) {
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

pub(super) async fn home_shows_counts_computed_from_the_data(backend: Backend) {
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

pub(super) async fn directory_lists_every_body(backend: Backend) {
    let app = TestApp::new(backend).await;
    let page = app.get("/nsbs").await;
    assert_eq!(page.status, 200);
    assert!(page.body.contains("Showing 172 of 172 standards bodies."), "count line");
    assert_eq!(page.body.matches("<a href=\"/nsbs/").count(), 172);
    assert!(page.title().is_some_and(|t| t.contains("Standards bodies")));
}

pub(super) async fn search_finds_brazil_however_it_is_typed(backend: Backend) {
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

pub(super) async fn filters_and_sorting_work_from_the_url(backend: Backend) {
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

pub(super) async fn body_page_shows_contact_with_sources(backend: Backend) {
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

pub(super) async fn blank_fields_say_unknown(backend: Backend) {
    let app = TestApp::new(backend).await;
    // Georgia has no acronym and no website in any source.
    let page = app.get("/nsbs/GE").await;
    assert_eq!(page.status, 200);
    let acronym_row = page.body.split("<dt>Acronym</dt>").nth(1).unwrap();
    let acronym_value = &acronym_row[..acronym_row.find("</dd>").unwrap()];
    assert!(acronym_value.contains("unknown"), "{acronym_value}");
    assert!(!acronym_value.contains("Source:"), "a blank has no source to show");
}

pub(super) async fn unknown_codes_and_paths_give_a_404_page(backend: Backend) {
    let app = TestApp::new(backend).await;
    for path in ["/nsbs/XX", "/nsbs/QQ", "/nsbs/%3Cscript%3E", "/nsbs/BRA", "/no/such/page"] {
        let page = app.get(path).await;
        assert_eq!(page.status, 404, "{path}");
        assert!(page.body.contains("Page not found"), "{path}");
        assert!(page.body.contains("href=\"/nsbs\""), "{path}: a way back");
        assert!(page.title().is_some_and(|t| t.contains("Page not found")));
    }
}

pub(super) async fn vcard_download(backend: Backend) {
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

pub(super) async fn language_follows_query_cookie_and_header(backend: Backend) {
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

pub(super) async fn odd_input_never_breaks_a_page(backend: Backend) {
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
pub(super) fn pages_render_while_routers_are_built() {
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

pub(super) async fn standards_seed_is_imported_with_sources(backend: Backend) {
    let app = TestApp::new(backend).await;
    assert_eq!(count(&app, "SELECT COUNT(*) FROM standard WHERE source <> ''").await, 1);
    assert!(count(&app, "SELECT COUNT(*) FROM standard_title").await >= 5);
    assert_eq!(count(&app, "SELECT COUNT(*) FROM adoption WHERE status = 'adopted'").await, 4);
    assert_eq!(count(&app, "SELECT COUNT(*) FROM adoption WHERE source = '' OR source IS NULL").await, 0);
    // Idempotent: a second import adds nothing.
    assert_eq!(app::standards::ssr::import_seed(&app.pool).await.unwrap(), 0);
}
