//! The client's address, for rate limits.

use http::request::Parts;

use crate::config::Config;

/// The client's address for rate limiting: the socket's peer, or, when the peer is one of
/// the reverse proxies named in `QUORUM_TRUSTED_PROXIES` (`Config::trusted_proxies`), the
/// address that proxy put in `X-Forwarded-For`. Without that setting the header is
/// ignored (anyone can send it), and behind a proxy all clients share its address while
/// the per-account limit still applies.
pub fn client_address(parts: &Parts, config: &Config) -> String {
    let peer = parts.extensions.get::<axum::extract::ConnectInfo<std::net::SocketAddr>>().map(|info| info.0.ip());
    let forwarded: Vec<&str> =
        parts.headers.get_all("x-forwarded-for").iter().filter_map(|v| v.to_str().ok()).collect();
    forwarded_client(peer, &forwarded, &config.trusted_proxies)
        .map_or_else(|| "unknown".to_string(), |ip| ip.to_string())
}

/// Walks `X-Forwarded-For` from the right (the entry the nearest proxy added) past every
/// trusted proxy; the first other address is the client. A peer that is not trusted is
/// the client itself, whatever the header says.
fn forwarded_client(
    peer: Option<std::net::IpAddr>,
    forwarded_for: &[&str],
    trusted: &[std::net::IpAddr],
) -> Option<std::net::IpAddr> {
    let peer = peer?;
    if !trusted.contains(&peer) {
        return Some(peer);
    }
    let hops = forwarded_for.iter().flat_map(|value| value.split(',')).map(str::trim).collect::<Vec<_>>();
    let mut client = peer;
    for hop in hops.into_iter().rev() {
        match hop.parse::<std::net::IpAddr>() {
            Ok(address) if trusted.contains(&address) => client = address,
            Ok(address) => return Some(address),
            // A malformed entry: trust nothing further along the chain.
            Err(_) => return Some(client),
        }
    }
    Some(client)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::trusted_proxies;

    #[test]
    fn the_client_behind_a_trusted_proxy_is_read_from_x_forwarded_for() {
        let ip = |s: &str| s.parse::<std::net::IpAddr>().unwrap();
        let proxies = trusted_proxies("127.0.0.1, ::1, not-an-address, 10.0.0.2");
        assert_eq!(proxies, vec![ip("127.0.0.1"), ip("::1"), ip("10.0.0.2")]);
        // Through the proxy: the address it added.
        assert_eq!(forwarded_client(Some(ip("127.0.0.1")), &["203.0.113.7"], &proxies), Some(ip("203.0.113.7")));
        // A client's own (forged) entries to the left of it do not count.
        let chain = ["1.2.3.4, 198.51.100.9", "203.0.113.7"];
        assert_eq!(forwarded_client(Some(ip("127.0.0.1")), &chain, &proxies), Some(ip("203.0.113.7")));
        // Two trusted proxies in a row are skipped.
        let chain = ["203.0.113.7, 10.0.0.2"];
        assert_eq!(forwarded_client(Some(ip("::1")), &chain, &proxies), Some(ip("203.0.113.7")));
        // A peer that is not a trusted proxy is the client, whatever it claims.
        assert_eq!(forwarded_client(Some(ip("198.51.100.1")), &["203.0.113.7"], &proxies), Some(ip("198.51.100.1")));
        assert_eq!(forwarded_client(Some(ip("127.0.0.1")), &["203.0.113.7"], &[]), Some(ip("127.0.0.1")));
        // No header, or a malformed one: the nearest known address.
        assert_eq!(forwarded_client(Some(ip("127.0.0.1")), &[], &proxies), Some(ip("127.0.0.1")));
        assert_eq!(forwarded_client(Some(ip("127.0.0.1")), &["1.2.3.4, <script>"], &proxies), Some(ip("127.0.0.1")));
        assert_eq!(forwarded_client(None, &["203.0.113.7"], &proxies), None);
    }
}
