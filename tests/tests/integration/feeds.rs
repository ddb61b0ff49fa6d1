//! Calendars (RFC 5545) and Atom feeds (RFC 4287), read back by independent parsers.

use super::*;

/// The events of an iCalendar document: (UID, DTSTART, URL, SUMMARY), parsed by the
/// `icalendar` crate's parser after unfolding.
fn events(body: &str) -> Vec<(String, String, String, String)> {
    let unfolded = icalendar::parser::unfold(body);
    let calendar = icalendar::parser::read_calendar(&unfolded).unwrap_or_else(|e| panic!("{e}\n{body}"));
    assert!(calendar.properties.iter().any(|p| p.name == "VERSION" && p.val == "2.0"));
    calendar
        .components
        .iter()
        .filter(|c| c.name == "VEVENT")
        .map(|event| {
            let prop = |name: &str| event.find_prop(name).map(|p| p.val.as_str().to_string()).unwrap_or_default();
            assert!(!prop("DTSTAMP").is_empty() && prop("DTSTAMP").ends_with('Z'), "DTSTAMP in UTC");
            (prop("UID"), prop("DTSTART"), prop("URL"), prop("SUMMARY"))
        })
        .collect()
}

/// An Atom document parsed by `atom_syndication`, with what RFC 4287 requires checked.
fn feed(body: &str) -> atom_syndication::Feed {
    let feed: atom_syndication::Feed = body.parse().unwrap_or_else(|e| panic!("{e}\n{body}"));
    assert!(!feed.id().is_empty() && !feed.title().is_empty());
    assert!(!feed.authors().is_empty(), "a feed without entry authors names its own");
    assert!(feed.links().iter().any(|l| l.rel() == "self"));
    for entry in feed.entries() {
        assert!(!entry.id().is_empty() && !entry.title().is_empty(), "{entry:?}");
        assert!(entry.links().iter().any(|l| l.rel() == "alternate" && l.href().starts_with("http")), "{entry:?}");
    }
    feed
}

async fn audit(app: &TestApp, id: &str, entity: &str, key: &str, field: &str, after: &str) {
    sqlx::query(
        "INSERT INTO audit_log (id, at, account_id, entity, entity_key, field, before_value, after_value, source, \
         as_of, version, action) VALUES ($1, $2, NULL, $3, $4, $5, NULL, $6, 'test source', '2026-12', 1, 'edit')",
    )
    .bind(id)
    .bind(format!("2026-12-05T10:00:0{}.000000Z", id.len() % 10))
    .bind(entity)
    .bind(key)
    .bind(field)
    .bind(after)
    .execute(&app.pool)
    .await
    .unwrap();
}

/// Direct SQL, as an operator's: the pages cached before it are renewed (the version
/// every audited write raises).
async fn bump(app: &TestApp) {
    sqlx::query("UPDATE data_version SET version = version + 1 WHERE id = 1").execute(&app.pool).await.unwrap();
}

pub(super) async fn calendars_and_feeds_follow_reviews_and_public_changes(backend: Backend) {
    let app = TestApp::new(backend).await;
    sqlx::query(
        "INSERT INTO review_cycle (id, standard_id, opens_on, closes_on, status, source, as_of) \
         VALUES ('iso-20400-2027', 'iso-20400', '2027-01-10', '2027-06-10', 'open', 'test', '2026-12')",
    )
    .execute(&app.pool)
    .await
    .unwrap();

    // Every followed standard's reviews: the ballot's opening and closing, stable UIDs,
    // a link back, the asker's language.
    let calendar = app.get_with("/reviews.ics", &[("accept-language", "fr")]).await;
    assert_eq!(calendar.status, 200);
    assert_eq!(calendar.header("content-type"), Some("text/calendar; charset=utf-8"));
    assert_eq!(calendar.header("content-language"), Some("fr"));
    let all = events(&calendar.body);
    let uids: Vec<&str> = all.iter().map(|e| e.0.as_str()).collect();
    assert!(uids.iter().any(|u| u.starts_with("opens-iso-20400-2027@")), "{uids:?}");
    assert!(uids.iter().any(|u| u.starts_with("closes-iso-20400-2027@")), "{uids:?}");
    // While a ballot runs, no derived due date is announced for the same standard.
    assert!(!uids.iter().any(|u| u.starts_with("due-iso-20400-")), "{uids:?}");
    let opens = all.iter().find(|e| e.0.starts_with("opens-")).unwrap();
    assert_eq!(opens.1, "20270110");
    assert!(opens.2.starts_with("http") && opens.2.ends_with("/standards/iso-20400"), "{opens:?}");
    assert!(opens.3.contains("ISO 20400"), "{opens:?}");
    assert_eq!(events(&app.get("/reviews.ics").await.body).iter().map(|e| e.0.clone()).collect::<Vec<_>>(), uids);

    // One standard's, one body's (Brazil votes in every followed standard's review).
    let standard = app.get("/standards/iso-20400/reviews.ics").await;
    assert_eq!(standard.status, 200);
    assert_eq!(events(&standard.body).len(), 2);
    let body = app.get("/nsbs/br/reviews.ics").await;
    assert_eq!(body.status, 200);
    assert!(events(&body.body).iter().any(|e| e.0.starts_with("closes-iso-20400-2027@")));
    assert_eq!(app.get("/standards/no-such-standard/reviews.ics").await.status, 404);
    assert_eq!(app.get("/nsbs/XX/reviews.ics").await.status, 404);

    // With the ballot decided, the next review's due date takes its place.
    sqlx::query("UPDATE review_cycle SET status = 'decided', outcome = 'confirmed' WHERE id = 'iso-20400-2027'")
        .execute(&app.pool)
        .await
        .unwrap();
    bump(&app).await;
    let decided = app.get_until("/standards/iso-20400/reviews.ics", |r| r.body.contains("UID:due-")).await;
    let decided = events(&decided.body);
    assert!(decided.iter().any(|e| e.0.starts_with("due-iso-20400-")), "{decided:?}");

    // Public changes: a body's adoption appears in every feed that covers it; the
    // coordinators' pipeline and accounts never do.
    audit(&app, "feed-adoption-br", "adoption", "iso-20400:BR", "status", "adopted").await;
    audit(&app, "feed-adoption-gb", "adoption", "iso-20400:GB", "designation", "BS ISO 20400").await;
    audit(&app, "feed-pipeline", "advocacy", "iso-20400-2027:BR", "note", "secret pipeline note").await;
    audit(&app, "feed-account", "account", "someone@example.org", "role", "admin").await;
    bump(&app).await;
    let all = app.get_until("/changes.atom", |r| r.body.contains("feed-adoption-br")).await;
    assert_eq!(all.status, 200);
    assert_eq!(all.header("content-type"), Some("application/atom+xml; charset=utf-8"));
    let parsed = feed(&all.body);
    let ids: Vec<&str> = parsed.entries().iter().map(|e| e.id()).collect();
    assert!(ids.iter().any(|id| id.ends_with("audit/feed-adoption-br")), "{ids:?}");
    assert!(!all.body.contains("secret pipeline note") && !all.body.contains("someone@example.org"), "{}", all.body);
    let brazil = feed(&app.get("/nsbs/BR/changes.atom").await.body);
    let ids: Vec<&str> = brazil.entries().iter().map(|e| e.id()).collect();
    assert!(ids.iter().any(|id| id.ends_with("audit/feed-adoption-br")), "{ids:?}");
    assert!(!ids.iter().any(|id| id.ends_with("audit/feed-adoption-gb")), "{ids:?}");
    let entry = brazil.entries().iter().find(|e| e.id().ends_with("audit/feed-adoption-br")).unwrap();
    assert!(entry.links()[0].href().ends_with("/standards/iso-20400"), "{entry:?}");
    let standard = feed(&app.get("/standards/iso-20400/changes.atom").await.body);
    let ids: Vec<&str> = standard.entries().iter().map(|e| e.id()).collect();
    assert!(ids.iter().any(|id| id.ends_with("audit/feed-adoption-gb")), "{ids:?}");
    assert_eq!(app.get("/nsbs/XX/changes.atom").await.status, 404);

    // The open letters: each published language.
    let letters = feed(&app.get("/open-letters.atom").await.body);
    assert!(
        letters.entries().iter().any(|e| e.links()[0].href().ends_with("/open-letters/iso-20400-next-review?lang=en")),
        "{letters:?}"
    );

    // The pages link to their calendar and feed, and announce the feed to readers.
    let page = app.get("/nsbs/BR").await;
    assert!(page.body.contains(r#"href="/nsbs/BR/reviews.ics""#), "calendar link");
    assert!(page.body.contains(r#"rel="alternate""#) && page.body.contains(r#"href="/nsbs/BR/changes.atom""#));
    let page = app.get("/standards/iso-20400").await;
    assert!(page.body.contains(r#"href="/standards/iso-20400/reviews.ics""#));
    assert!(page.body.contains(r#"href="/standards/iso-20400/changes.atom""#));
    assert!(app.get("/reviews").await.body.contains(r#"href="/reviews.ics""#));
    assert!(app.get("/open-letters").await.body.contains(r#"href="/open-letters.atom""#));
}

/// `/embed/write` is the one page other sites may frame: its form, filled in as rendered,
/// opens the composer for the chosen body; every other page still refuses framing.
pub(super) async fn the_write_widget_may_be_framed_and_opens_the_composer(backend: Backend) {
    let app = TestApp::new(backend).await;
    let widget = app.get("/embed/write?lang=pt").await;
    assert_eq!(widget.status, 200);
    let policy = widget.header("content-security-policy").unwrap_or_default().to_string();
    assert!(policy.contains("frame-ancestors *") && policy.contains("default-src 'none'"), "{policy}");
    assert!(widget.header("set-cookie").is_none(), "the widget sets no cookie");
    assert!(!widget.body.contains("<script"), "the widget runs no script");
    assert!(widget.body.contains(r#"<html lang="pt""#) && widget.body.contains("Brasil — ABNT"), "{}", widget.body);
    let mut form = widget.form("/letters/new");
    assert_eq!(form.method, "get");
    form.set("nsb", "BR");
    let composer = app.submit(&form, &[]).await;
    assert_eq!(composer.status, 200);
    assert!(composer.body.contains("Associação Brasileira de Normas Técnicas"), "the letter to ABNT, in Portuguese");
    let home = app.get("/").await;
    assert!(home.header("content-security-policy").unwrap_or_default().contains("frame-ancestors 'none'"));
    // The snippet on /developers embeds it in the reader's language.
    let developers = app.get("/developers").await;
    assert!(developers.body.contains("/embed/write?lang=en"), "the snippet");
    assert!(developers.body.contains("&lt;iframe src="), "the snippet is shown as text to copy");
}

/// Every page says what it is to search engines and link previews: a meta description
/// and Open Graph / Twitter card tags, its address without the query (which may carry
/// what a writer typed).
pub(super) async fn pages_carry_descriptions_and_link_previews(backend: Backend) {
    let app = TestApp::new(backend).await;
    for (path, expected) in [
        ("/", "national standards body"),
        ("/nsbs/BR", "Associação Brasileira de Normas Técnicas"),
        ("/standards/iso-20400", "ISO 20400"),
        ("/open-letters/iso-20400-next-review", "open letter"),
        ("/reviews", "national standards body"),
    ] {
        let page = app.get(path).await;
        assert_eq!(page.status, 200, "{path}");
        let description = page.body.split(r#"<meta name="description" content=""#).nth(1).unwrap_or_default();
        let description = description.split('"').next().unwrap_or_default();
        assert!(description.contains(expected), "{path}: {description:?}");
        for tag in [
            r#"property="og:title""#,
            r#"property="og:description""#,
            r#"property="og:type" content="website""#,
            r#"name="twitter:card" content="summary"#,
        ] {
            assert!(page.body.contains(tag), "{path}: {tag}");
        }
        assert!(page.body.contains(&format!(r#"property="og:url" content="http://127.0.0.1:3000{path}""#)), "{path}");
    }
    let composer = app.get("/letters/new?nsb=BR&sender_name=Ana%20Secret&personal=private%20words").await;
    assert_eq!(composer.status, 200);
    let og_url = composer.body.split(r#"property="og:url" content=""#).nth(1).unwrap_or_default();
    assert!(og_url.starts_with("http://127.0.0.1:3000/letters/new\""), "{}", &og_url[..og_url.len().min(80)]);
    let french = app.get_with("/standards/iso-20400", &[("accept-language", "fr")]).await;
    assert!(french.body.contains(r#"property="og:locale" content="fr""#));

    // Share pictures: a PNG drawn from each page's data, named by its og:image, in the
    // page's language; an unknown page has none.
    let (cycle,): (String,) =
        sqlx::query_as("SELECT id FROM review_cycle ORDER BY id LIMIT 1").fetch_one(&app.pool).await.unwrap();
    for (page, picture) in [
        ("/standards/iso-20400".to_string(), "/share/standards/iso-20400.png".to_string()),
        (format!("/reviews/{cycle}"), format!("/share/reviews/{cycle}.png")),
        (
            "/open-letters/iso-20400-next-review".to_string(),
            "/share/open-letters/iso-20400-next-review.png".to_string(),
        ),
    ] {
        let html = app.get_with(&page, &[("accept-language", "fr")]).await;
        let tag = format!(r#"property="og:image" content="http://127.0.0.1:3000{picture}?lang=fr""#);
        assert!(html.body.contains(&tag), "{page}: {tag}");
        assert!(html.body.contains(r#"name="twitter:card" content="summary_large_image""#), "{page}");
        let png = app.send_bytes("GET", &format!("{picture}?lang=fr"), Vec::new(), &[]).await;
        assert_eq!(png.status, 200, "{picture}");
        assert_eq!(png.headers.get("content-type").and_then(|v| v.to_str().ok()), Some("image/png"));
        assert!(png.body.len() > 5_000, "{picture}: a drawn picture, {} bytes", png.body.len());
    }
    for missing in
        ["/share/standards/no-such-standard.png", "/share/reviews/iso-20400-1999.png", "/share/open-letters/x.gif"]
    {
        assert_eq!(app.get(missing).await.status, 404, "{missing}");
    }
}

/// Search engines: robots.txt keeps them out of private pages and names the sitemap; the
/// sitemap (valid XML) lists every public page, each answering 200, with its language
/// alternates; every page names its canonical address and its languages.
pub(super) async fn robots_and_sitemap_lead_to_every_public_page(backend: Backend) {
    let app = TestApp::new(backend).await;
    let robots = app.get("/robots.txt").await;
    assert_eq!(robots.status, 200);
    for line in [
        "Disallow: /coordinate",
        "Disallow: /api/",
        "Allow: /api/v1/",
        "Disallow: /letters/",
        "Allow: /letters/new$",
        "Disallow: /outcomes/",
    ] {
        assert!(robots.body.contains(line), "{line}");
    }
    assert!(robots.body.contains("Sitemap: http://127.0.0.1:3000/sitemap.xml"));
    let sitemap = app.get("/sitemap.xml").await;
    assert_eq!(sitemap.status, 200);
    assert!(sitemap.header("content-type").is_some_and(|t| t.starts_with("application/xml")));
    let document = roxmltree::Document::parse(&sitemap.body).expect("the sitemap is XML");
    let namespace = "http://www.sitemaps.org/schemas/sitemap/0.9";
    let urls: Vec<roxmltree::Node> =
        document.root_element().children().filter(|n| n.has_tag_name((namespace, "url"))).collect();
    assert!(urls.len() > 180, "bodies, standards, reviews, letters: {}", urls.len());
    let mut paths = Vec::new();
    for url in &urls {
        let loc = url.children().find(|n| n.has_tag_name((namespace, "loc"))).and_then(|n| n.text()).unwrap();
        let path = loc.strip_prefix("http://127.0.0.1:3000").expect("the public origin").to_string();
        let alternates = url.children().filter(|n| n.has_tag_name(("http://www.w3.org/1999/xhtml", "link"))).count();
        assert_eq!(alternates, 14, "13 languages and x-default for {path}");
        if let Some(day) = url.children().find(|n| n.has_tag_name((namespace, "lastmod"))).and_then(|n| n.text()) {
            assert!(chrono::NaiveDate::parse_from_str(day, "%Y-%m-%d").is_ok(), "{path}: {day}");
        }
        paths.push(path);
    }
    for expected in ["/", "/nsbs/BR", "/standards/iso-20400", "/open-letters/iso-20400-next-review"] {
        assert!(paths.iter().any(|p| p == expected), "{expected}");
    }
    for path in &paths {
        assert_eq!(app.get(path).await.status, 200, "{path}");
        assert!(
            !robots.body.lines().any(|l| l.strip_prefix("Disallow: ").is_some_and(|d| path.starts_with(d))),
            "{path}"
        );
    }
    // Without `?lang=` a page is the x-default and names itself.
    let default = app.get("/nsbs/BR").await;
    assert!(default.body.contains(r#"<link href="http://127.0.0.1:3000/nsbs/BR" rel="canonical">"#), "self-canonical");
    let page = app.get("/nsbs/BR?lang=fr").await;
    // The tag's attributes in any order.
    let tag = |rel: &str, extra: &str, href: &str| {
        page.body.split("<link ").any(|t| {
            let t = t.split('>').next().unwrap_or_default();
            t.contains(&format!(r#"rel="{rel}""#)) && t.contains(extra) && t.contains(&format!(r#"href="{href}""#))
        })
    };
    assert!(tag("canonical", "", "http://127.0.0.1:3000/nsbs/BR?lang=fr"));
    assert!(tag("alternate", r#"hreflang="ar""#, "http://127.0.0.1:3000/nsbs/BR?lang=ar"));
    assert!(tag("alternate", r#"hreflang="x-default""#, "http://127.0.0.1:3000/nsbs/BR"));
}
