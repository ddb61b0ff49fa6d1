//! Every cookie Quorum sets or reads, through the `cookie` crate: the session, the
//! one-time link handed to the accounts page, a form's error, the language choice.

use cookie::time::Duration;
use cookie::{Cookie, SameSite};

/// A `Set-Cookie` value for a private cookie: `HttpOnly`, `SameSite=Strict`, on `path`
/// for `max_age` seconds (0 ends it), `Secure` when the browser came over HTTPS.
pub fn private(name: &str, value: &str, path: &str, max_age: i64, secure: bool) -> String {
    Cookie::build((name, value))
        .path(path)
        .max_age(Duration::seconds(max_age))
        .http_only(true)
        .same_site(SameSite::Strict)
        .secure(secure)
        .build()
        .to_string()
}

/// A `Set-Cookie` value the page's own links may carry across sites (`SameSite=Lax`), for
/// a choice that is not a secret (the interface language).
pub fn preference(name: &str, value: &str, max_age: i64) -> String {
    Cookie::build((name, value))
        .path("/")
        .max_age(Duration::seconds(max_age))
        .same_site(SameSite::Lax)
        .build()
        .to_string()
}

/// The value of cookie `name` in a `Cookie` request header, when set and not empty.
pub fn read(header: &str, name: &str) -> Option<String> {
    Cookie::split_parse(header)
        .filter_map(Result::ok)
        .find(|cookie| cookie.name() == name && !cookie.value().is_empty())
        .map(|cookie| cookie.value().to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn private_cookies_are_http_only_and_strict() {
        let set = private("quorum_session", "abc", "/", 60, false);
        assert!(set.starts_with("quorum_session=abc"));
        for part in ["HttpOnly", "SameSite=Strict", "Path=/", "Max-Age=60"] {
            assert!(set.contains(part), "{part} in {set}");
        }
        assert!(!set.contains("Secure"));
        assert!(private("quorum_session", "abc", "/", 60, true).contains("; Secure"));
        assert!(private("quorum_session", "", "/", 0, false).contains("Max-Age=0"));
        let lang = preference("quorum_lang", "ar", 31_536_000);
        assert!(lang.contains("SameSite=Lax") && !lang.contains("HttpOnly"));
    }

    #[test]
    fn reading_finds_the_named_cookie_only() {
        let header = "a=1; quorum_session=tok; quorum_lang=; b=x=y";
        assert_eq!(read(header, "quorum_session").as_deref(), Some("tok"));
        assert_eq!(read(header, "quorum_lang"), None, "empty is unset");
        assert_eq!(read(header, "b").as_deref(), Some("x=y"));
        assert_eq!(read("garbage;;=;", "a"), None);
    }
}
