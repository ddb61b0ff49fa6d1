//! Letters: the API, the composer, downloads and print.

use super::*;

/// A JSON answer of the API: the `data` of the envelope (checked to carry the licence),
/// or the whole body (errors, letters).
pub(super) async fn api_json(app: &TestApp, uri: &str) -> (u16, serde_json::Value) {
    let response = app.get(uri).await;
    assert_eq!(response.header("content-type"), Some("application/json"), "{uri}");
    let mut json: serde_json::Value = serde_json::from_str(&response.body).unwrap();
    if let Some(data) = json.get_mut("data").map(serde_json::Value::take) {
        assert!(json["licence"].as_str().is_some_and(|l| l.contains("attribution")), "{uri} carries the licence");
        json = data;
    }
    (response.status.as_u16(), json)
}

pub(super) async fn letter_api_renders_json(backend: Backend) {
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
    // Without lang, the country's first language: Brazil gets Portuguese, India Hindi,
    // Ukraine Ukrainian (not Russian), Cyprus Greek, Israel Hebrew, Portugal European
    // Portuguese, Hong Kong Traditional Chinese, Kazakhstan Kazakh, Senegal French.
    // Hong Kong is not a state: its adoption letter does not ask for a *national* standard,
    // and names it as ISO does.
    let (status, hong_kong) = api_json(&app, "/api/v1/letters/render?nsb=HK&purpose=adopt&lang=en").await;
    assert_eq!(status, 200);
    let text = format!("{} {}", hong_kong["subject"], hong_kong["body"]);
    assert!(text.contains("as a standard of Hong Kong, China") && !text.contains("national standard of"), "{text}");
    // Countries keep their article in English ("of the Netherlands", not "of Netherlands").
    let (_, netherlands) = api_json(&app, "/api/v1/letters/render?nsb=NL&purpose=adopt&lang=en").await;
    let text = format!("{} {}", netherlands["subject"], netherlands["body"]);
    assert!(text.contains("national standard of the Netherlands") && text.contains("in the Netherlands"), "{text}");
    for (code, language) in [
        ("BR", "pt"),
        ("IN", "hi"),
        ("UA", "uk"),
        ("CY", "el"),
        ("IL", "he"),
        ("PT", "pt-PT"),
        ("HK", "zh-Hant"),
        ("KZ", "kk"),
        ("SN", "fr"),
    ] {
        let (status, letter) = api_json(&app, &format!("/api/v1/letters/render?nsb={code}&purpose=review")).await;
        assert_eq!((status, letter["language"].as_str()), (200, Some(language)), "{code}");
        assert_eq!(letter["first_language_missing"], false, "{code}");
    }
}

/// Every body in the directory is written to in its country's first language, or in
/// English with a notice where Quorum has no letters in that language — and those are
/// exactly the countries `/api/v1/translations` lists as still written to in English.
pub(super) async fn every_body_gets_its_letter_in_its_first_language(backend: Backend) {
    let app = TestApp::new(backend).await;
    let (status, translations) = api_json(&app, "/api/v1/translations").await;
    assert_eq!(status, 200, "{translations}");
    let uncovered: std::collections::BTreeSet<String> = translations["uncovered"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["alpha2"].as_str().unwrap().to_string())
        .collect();
    let bodies: Vec<(String,)> =
        sqlx::query_as("SELECT alpha2 FROM nsb ORDER BY alpha2").fetch_all(&app.pool).await.unwrap();
    assert!(bodies.len() > 150);
    let bodies_count = bodies.len();
    let mut in_english = std::collections::BTreeSet::new();
    for (code,) in bodies {
        let (status, letter) = api_json(&app, &format!("/api/v1/letters/render?nsb={code}&purpose=review")).await;
        assert_eq!(status, 200, "{code}: {letter}");
        let first = letter["country_languages"][0].as_str().unwrap_or("en").to_string();
        let expected = app::letters::compose::letter_locale_for(&first).map_or("en", |l| l.tag());
        assert_eq!(letter["language"].as_str(), Some(expected), "{code}: first language {first}");
        if letter["first_language_missing"] == true {
            assert_eq!(letter["language"], "en", "{code}");
            assert!(letter["notice"].as_str().is_some_and(|n| n.contains("English")), "{code}: {letter}");
            in_english.insert(code.clone());
        }
        assert!(letter["review_status"].is_string(), "{code}");
        // The letter names the country formally, in the letter's language: the review
        // letter's closing says "in <the country>" as countries.ftl writes it.
        let locale = app::i18n::Locale::letter_language(expected).unwrap();
        let in_country = locale.t_exact(&format!("country-{code}.in")).unwrap_or_else(|| panic!("{code} {expected}"));
        let text = letter["body"].as_str().unwrap().replace(['\u{2068}', '\u{2069}'], "");
        assert!(text.contains(&in_country), "{code} ({expected}): {in_country:?} in {text}");
    }
    assert_eq!(in_english, uncovered);
    // Every language names every member formally and records its term base.
    for language in translations["languages"].as_array().unwrap() {
        assert_eq!(language["formal_names"].as_u64(), Some(bodies_count as u64), "{}", language["tag"]);
        let terms = language["terms"].as_array().unwrap();
        assert!(terms.len() >= 9, "{}: {terms:?}", language["tag"]);
        assert!(terms.iter().all(|t| !t["source"].as_str().unwrap_or_default().is_empty()), "{}", language["tag"]);
    }
    // None remains: every member country's first language has letters.
    assert!(uncovered.is_empty(), "still written to in English: {uncovered:?}");
}

pub(super) async fn letter_api_refuses_bad_input_clearly(backend: Backend) {
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

pub(super) async fn letter_deadline_comes_from_the_open_ballot(backend: Backend) {
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

pub(super) async fn composer_renders_the_letter_without_javascript(backend: Backend) {
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
pub(super) fn addresses(html: &str) -> Vec<String> {
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
pub(super) async fn composer_details_never_enter_an_address(backend: Backend) {
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
pub(super) async fn letters_follow_the_records(backend: Backend) {
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

pub(super) async fn composer_shows_translated_errors_and_no_letter(backend: Backend) {
    let app = TestApp::new(backend).await;
    let long = "y".repeat(2001);
    let page = app.get(&format!("/letters/new?lang=fr&nsb=BR&personal={long}")).await;
    assert_eq!(page.status, 200);
    let french = app::i18n::Locale::from_tag("fr").unwrap();
    assert!(page.body.contains(&french.t("letter-error-summary")), "translated summary");
    assert!(!page.body.contains(r#"class="letter">"#), "no letter from bad input");
}

pub(super) async fn letter_text_download(backend: Backend) {
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

pub(super) async fn print_page_is_bilingual(backend: Backend) {
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

pub(super) async fn body_page_links_to_the_composer(backend: Backend) {
    let app = TestApp::new(backend).await;
    let page = app.get("/nsbs/BR").await;
    assert!(page.body.contains(r#"href="/letters/new?nsb=BR""#));
}
