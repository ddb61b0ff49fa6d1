//! Security headers. Pages get a Content-Security-Policy with a per-response nonce (set
//! while the shell renders); every other response gets a policy that allows nothing but
//! being read, and every response the headers that stop sniffing, framing, leaking the
//! address to other sites and browser features the app does not use.

/// The policy of an HTML page rendered with `nonce`.
pub fn page_policy(nonce: &str) -> String {
    format!(
        "default-src 'self'; script-src 'self' 'nonce-{nonce}' 'wasm-unsafe-eval'; style-src 'self'; \
         img-src 'self' data:; connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; \
         form-action 'self'; frame-ancestors 'none'"
    )
}

/// The policy of anything that is not a page (data, files, errors from the API).
pub const NON_PAGE_POLICY: &str = "default-src 'none'; frame-ancestors 'none'; sandbox";

/// Headers every response carries, whatever produced it.
pub const COMMON_HEADERS: [(&str, &str); 4] = [
    ("x-content-type-options", "nosniff"),
    ("referrer-policy", "strict-origin-when-cross-origin"),
    ("permissions-policy", "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()"),
    ("cross-origin-opener-policy", "same-origin"),
];

/// Whether the proxy in front says the request came over HTTPS (`X-Forwarded-Proto`).
#[cfg(feature = "ssr")]
pub fn forwarded_https(headers: &http::HeaderMap) -> bool {
    headers.get("x-forwarded-proto").is_some_and(|proto| proto.as_bytes().eq_ignore_ascii_case(b"https"))
}

/// `Strict-Transport-Security`, sent when the request came over HTTPS (through a proxy
/// that says so with `X-Forwarded-Proto: https`).
pub const HSTS: &str = "max-age=31536000; includeSubDomains";

/// Whether `path` is a server function's endpoint (`/api/…`, except the read-only open
/// data under `/api/v1`).
pub fn is_server_function(path: &str) -> bool {
    let data_api = path == "/api/v1" || path.starts_with("/api/v1/");
    path.starts_with("/api/") && !data_api
}

/// Pages and answers no shared cache may keep: what only a signed-in account sees (edit
/// forms, queues, accounts, imports), one-time links, and letters, whose query carries
/// what the writer typed. Server functions (`/api/…` but the open data under `/api/v1/`)
/// answer per account too.
pub fn is_private_path(path: &str) -> bool {
    const PREFIXES: [&str; 12] = [
        "/account",
        "/mail",
        "/outcomes",
        "/admin",
        "/corrections",
        "/coordinate",
        "/import",
        "/invitation",
        "/signin",
        "/letters",
        "/api/v1/letters",
        "/changes",
    ];
    let under = |prefix: &str| path.strip_prefix(prefix).is_some_and(|rest| rest.is_empty() || rest.starts_with('/'));
    is_server_function(path) || PREFIXES.into_iter().any(under) || path.ends_with("/edit")
}

/// `Cache-Control` and `Vary` for a response to `path`: private pages and anything
/// answered to a signed-in browser are `no-store`; public ones vary on the language
/// signals (the language cookie shares the `Cookie` header with the session).
pub fn cache_headers(path: &str, signed_in: bool) -> (Option<&'static str>, &'static str) {
    // The stylesheet, the wasm bundle and the icon are the same for everyone, in every
    // language (`assets.rs` sets how long they are kept).
    if path.starts_with("/pkg/") || path == "/favicon.svg" {
        return (None, "Accept-Encoding");
    }
    let cache_control = (signed_in || is_private_path(path)).then_some("no-store");
    (cache_control, "Accept-Language, Cookie")
}

/// `text` escaped for the content of an element (`&`, `<`, `>`).
///
/// `text` escaped for XML or HTML character data and attribute values (feeds, the
/// sitemap, share pictures, e-mail, the widget); characters XML 1.0 forbids are dropped.
pub fn escape_markup(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            // Characters XML 1.0 does not allow.
            c if (c as u32) < 0x20 && !matches!(c, '\t' | '\n' | '\r') => {}
            c => out.push(c),
        }
    }
    out
}

/// `<textarea>` content must go through this and `inner_html`: Leptos 0.8's renderer
/// writes a textarea's children unescaped (fixed upstream only in 0.9's tachys), so a
/// `</textarea>` in a value would end the element and the rest would be live markup.
pub fn escape_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            c => out.push(c),
        }
    }
    out
}

/// `path` made safe to send in a `Location` header to this site: it must be a local path
/// (`/…`, not `//…` or a scheme), and every byte outside printable ASCII (control
/// characters, spaces, newlines, non-ASCII) and every `"`, `<`, `>`, `\\`, backtick is
/// percent-encoded. Anything else becomes `/`.
pub fn local_location(path: &str) -> String {
    if !path.starts_with('/') || path.starts_with("//") || path.starts_with("/\\") {
        return "/".to_string();
    }
    // CONTROLS covers the controls and every non-ASCII byte; add space and the rest.
    const UNSAFE: &percent_encoding::AsciiSet = &percent_encoding::CONTROLS
        .add(b' ')
        .add(b'"')
        .add(b'<')
        .add(b'>')
        .add(b'\\')
        .add(b'`')
        .add(b'{')
        .add(b'}')
        .add(b'|')
        .add(b'^');
    percent_encoding::utf8_percent_encode(path, UNSAFE).to_string()
}

/// Redirects a server function's answer to a local `path` ([`local_location`]): a value
/// a person typed can never break the header (`leptos_axum::redirect` panics on one
/// that is not a valid header value).
#[cfg(feature = "ssr")]
#[allow(clippy::disallowed_methods)]
pub fn redirect(path: &str) {
    leptos_axum::redirect(&local_location(path));
}

/// The cookie that carries a plain form post's error back to the page it came from, so
/// that nothing of it (what was typed, which rule refused it) travels in the URL.
pub const FORM_ERROR_COOKIE: &str = "quorum_form_error";
/// Cookies above this size are refused by some browsers; a larger error stays in the URL.
#[cfg(feature = "ssr")]
const FORM_ERROR_MAX: usize = 3800;

/// Splits a form post's redirect (`Location` = the page + `__path` + `__err`, as
/// `server_fn` writes it) into the page's address without them and the cookie that
/// carries them instead; `None` when the location holds no error (or too large a one).
#[cfg(feature = "ssr")]
pub fn form_error_out_of_url(location: &str, secure: bool) -> Option<(String, String)> {
    let (page, query) = location.split_once('?')?;
    let (query, fragment) = match query.split_once('#') {
        Some((query, fragment)) => (query, Some(fragment)),
        None => (query, None),
    };
    let (mut path, mut error, mut rest) = (None, None, Vec::new());
    for pair in query.split('&').filter(|pair| !pair.is_empty()) {
        match form_urlencoded::parse(pair.as_bytes()).next() {
            Some((name, value)) if name == "__path" => path = Some(value.into_owned()),
            Some((name, value)) if name == "__err" => error = Some(value.into_owned()),
            _ => rest.push(pair),
        }
    }
    let (path, error) = (path?, error?);
    // The error is URL-safe base64; the path a server function's.
    let safe = |text: &str, extra: &[u8]| {
        text.bytes().all(|b| b.is_ascii_alphanumeric() || b"-_=".contains(&b) || extra.contains(&b))
    };
    if !safe(&error, b"") || !safe(&path, b"/.") || path.len() + error.len() > FORM_ERROR_MAX {
        return None;
    }
    let mut clean = page.to_string();
    if !rest.is_empty() {
        clean = format!("{clean}?{}", rest.join("&"));
    }
    if let Some(fragment) = fragment {
        clean = format!("{clean}#{fragment}");
    }
    Some((clean, crate::cookies::private(FORM_ERROR_COOKIE, &format!("{path}!{error}"), "/", 120, secure)))
}

/// The (server function path, encoded error) a form-error cookie holds.
#[cfg(feature = "ssr")]
pub fn form_error_from_cookie(cookie_header: &str) -> Option<(String, String)> {
    let value = crate::cookies::read(cookie_header, FORM_ERROR_COOKIE)?;
    let (path, error) = value.split_once('!')?;
    (!path.is_empty() && !error.is_empty()).then(|| (path.to_string(), error.to_string()))
}

/// The header that ends a form-error cookie once its page has shown it.
#[cfg(feature = "ssr")]
pub fn form_error_cleared() -> String {
    crate::cookies::private(FORM_ERROR_COOKIE, "", "/", 0, false)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn form_errors_leave_the_url_for_a_cookie() {
        let location = "http://quorum.test/signin?lang=fr&__path=%2Fapi%2Fsign_in&__err=QmFkQ3JlZGVudGlhbHM=";
        let (clean, cookie) = form_error_out_of_url(location, false).expect("an error");
        assert_eq!(clean, "http://quorum.test/signin?lang=fr");
        assert!(cookie.starts_with("quorum_form_error=/api/sign_in!QmFkQ3JlZGVudGlhbHM=;"), "{cookie}");
        assert!(cookie.contains("; Path=/") && cookie.contains("Max-Age=120"), "{cookie}");
        assert!(cookie.contains("HttpOnly") && !cookie.contains("Secure"));
        assert_eq!(
            form_error_from_cookie("quorum_lang=fr; quorum_form_error=/api/sign_in!QmFk"),
            Some(("/api/sign_in".into(), "QmFk".into()))
        );
        assert_eq!(form_error_out_of_url("/signin?lang=fr", false), None);
        // Nothing but base64 and a path reaches the cookie header.
        assert_eq!(form_error_out_of_url("/a?__path=%2Fapi&__err=a%3Bb", false), None);
        assert_eq!(form_error_out_of_url("/a?__path=%0D%0A&__err=ab", false), None);
        let (clean, _) = form_error_out_of_url("/a?__path=/api/x&__err=ab#top", true).expect("an error");
        assert_eq!(clean, "/a#top");
    }

    #[test]
    fn private_pages_are_never_stored() {
        for path in [
            "/account",
            "/admin/accounts",
            "/corrections",
            "/coordinate",
            "/coordinate/signatures",
            "/nsbs/FR/edit",
            "/standards/iso-20400/adoptions/edit",
            "/committees/tc-308/members/edit",
            "/import/abc",
            "/invitation/abc",
            "/letters/new",
            "/letters/letter.txt",
            "/api/v1/letters/render",
            "/api/list_accounts",
        ] {
            assert!(is_private_path(path), "{path}");
            assert_eq!(cache_headers(path, false).0, Some("no-store"), "{path}");
        }
        for path in
            ["/", "/nsbs", "/nsbs/FR", "/standards/iso-20400", "/reviews/iso-20400-2022", "/api/v1/nsbs", "/accounting"]
        {
            assert!(!is_private_path(path), "{path}");
        }
        assert_eq!(cache_headers("/nsbs/FR", false).0, None);
        assert_eq!(cache_headers("/nsbs/FR", true).0, Some("no-store"), "signed in: the page may show private parts");
        assert_eq!(cache_headers("/pkg/quorum.css", true).0, None, "assets are the same for everyone");
        assert!(cache_headers("/nsbs/FR", false).1.contains("Accept-Language"));
    }

    /// Every `<textarea>` in the pages and components (their folders too) is either empty
    /// or filled through [`escape_text`]:
    /// a new one written as `<textarea>{value}</textarea>` fails here.
    #[test]
    fn every_text_area_escapes_its_content() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
        let mut files = Vec::new();
        let mut folders = vec![root.join("pages"), root.join("components")];
        while let Some(folder) = folders.pop() {
            for entry in std::fs::read_dir(folder).unwrap() {
                let path = entry.unwrap().path();
                if path.is_dir() { folders.push(path) } else { files.push(path) }
            }
        }
        let mut seen = 0;
        for path in files {
            let source = std::fs::read_to_string(&path).unwrap();
            for (at, _) in source.match_indices("<textarea") {
                let element = &source[at..at + source[at..].find("</textarea>").unwrap()];
                let opening_ends = element.rfind('>').unwrap();
                let escaped = element.contains("inner_html=crate::security::escape_text(");
                let empty = element[opening_ends + 1..].trim().is_empty();
                assert!(escaped || empty, "{}: {element}", path.display());
                assert!(empty, "{}: content goes through inner_html, not children: {element}", path.display());
                seen += 1;
            }
        }
        assert!(seen >= 7, "{seen} text areas");
    }

    #[test]
    fn element_text_cannot_close_its_element() {
        assert_eq!(
            escape_text("a</textarea><meta http-equiv=refresh>&amp;"),
            "a&lt;/textarea&gt;&lt;meta http-equiv=refresh&gt;&amp;amp;"
        );
        assert_eq!(escape_text("Rua “São João”, 1º"), "Rua “São João”, 1º");
    }

    #[test]
    fn locations_stay_local_and_valid_header_values() {
        assert_eq!(local_location("/nsbs/FR?reported=1#report"), "/nsbs/FR?reported=1#report");
        assert_eq!(local_location("/nsbs/A\nB?reported=1"), "/nsbs/A%0AB?reported=1");
        assert_eq!(local_location("/open-letters/a\r\nSet-Cookie: x"), "/open-letters/a%0D%0ASet-Cookie:%20x");
        assert_eq!(local_location("/é"), "/%C3%A9");
        assert_eq!(local_location("//evil.example/"), "/");
        assert_eq!(local_location("https://evil.example/"), "/");
        assert_eq!(local_location("/\\evil.example"), "/");
        let mut hostile = crate::hostile::Hostile::new(17);
        for _ in 0..500 {
            let location = local_location(&format!("/{}", hostile.string(6)));
            assert!(location.bytes().all(|b| b.is_ascii_graphic()), "{location:?}");
            assert!(location.starts_with('/') && !location.starts_with("//"), "{location:?}");
        }
    }

    #[test]
    fn page_policy_allows_only_the_nonce_and_this_site() {
        let policy = page_policy("abc123");
        assert!(policy.contains("script-src 'self' 'nonce-abc123' 'wasm-unsafe-eval';"));
        assert!(policy.contains("frame-ancestors 'none'") && policy.contains("object-src 'none'"));
        assert!(!policy.contains("unsafe-inline") && !policy.contains(" 'unsafe-eval'"));
    }
}
