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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn page_policy_allows_only_the_nonce_and_this_site() {
        let policy = page_policy("abc123");
        assert!(policy.contains("script-src 'self' 'nonce-abc123' 'wasm-unsafe-eval';"));
        assert!(policy.contains("frame-ancestors 'none'") && policy.contains("object-src 'none'"));
        assert!(!policy.contains("unsafe-inline") && !policy.contains(" 'unsafe-eval'"));
    }
}
