//! Request ids in the logs: every request gets an `x-request-id` (kept from a proxy that
//! set one, otherwise a new one: `Sequential`), echoed in the response, and each
//! request's log span names it (`tower_http::request_id`, layered in `router`).

use std::sync::atomic::{AtomicU64, Ordering};

use axum::extract::Request;
use tower_http::request_id::{MakeRequestId, RequestId};

/// New ids: this process's random start, then a count (`3f9c2a1b-42`). Unique across
/// restarts and processes without a system call per request (a UUID asked the kernel for
/// randomness on every request, cached pages included).
#[derive(Clone)]
pub struct Sequential {
    start: u32,
    count: std::sync::Arc<AtomicU64>,
}

impl Default for Sequential {
    fn default() -> Sequential {
        let mut bytes = [0u8; 4];
        // Without randomness the time still tells processes apart.
        if getrandom::getrandom(&mut bytes).is_err() {
            let nanos = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap_or_default();
            bytes = nanos.subsec_nanos().to_le_bytes();
        }
        Sequential { start: u32::from_le_bytes(bytes), count: Default::default() }
    }
}

impl Sequential {
    /// The next id.
    pub fn next_id(&self) -> http::HeaderValue {
        let count = self.count.fetch_add(1, Ordering::Relaxed);
        http::HeaderValue::from_str(&format!("{:08x}-{count}", self.start))
            .unwrap_or_else(|_| http::HeaderValue::from_static("0"))
    }
}

impl MakeRequestId for Sequential {
    fn make_request_id<B>(&mut self, _: &http::Request<B>) -> Option<RequestId> {
        Some(RequestId::new(self.next_id()))
    }
}

/// The span a request's log lines are in: its id, method and path (never the query,
/// which may hold what someone typed).
pub fn request_span(request: &Request) -> tracing::Span {
    let id = request.headers().get("x-request-id").and_then(|v| v.to_str().ok()).unwrap_or_default();
    tracing::info_span!("request", %id, method = %request.method(), path = %request.uri().path())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_differ_per_request_and_per_process() {
        let request = http::Request::new(());
        let mut first = Sequential::default();
        let mut copy = first.clone();
        let a = first.make_request_id(&request).unwrap();
        let b = copy.make_request_id(&request).unwrap();
        assert_ne!(a.header_value(), b.header_value(), "clones share one count");
        let mut other = Sequential::default();
        let c = other.make_request_id(&request).unwrap();
        assert_ne!(a.header_value(), c.header_value(), "another process starts elsewhere");
    }
}
