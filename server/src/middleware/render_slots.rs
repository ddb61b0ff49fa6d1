//! A few renderings at once. A page that is not served from the cache is rendered on the
//! server, which takes CPU and, while it runs, memory; with 64 writers opening the
//! composer at once, 64 renderings in flight held 20 MB more than a handful do, without
//! finishing any sooner on two cores. So `GET`s that reach the application (cache hits
//! never do) take one of a few slots, twice the cores, for as long as their answer's
//! body is being produced; the others wait their turn (within the request timeout).
//! Static files and the health checks do not wait.

use std::sync::Arc;

use axum::body::Body;
use axum::extract::{Request, State};
use axum::middleware::Next;
use axum::response::Response;
use http::Method;
use http_body_util::BodyExt;
use tokio::sync::Semaphore;

/// The slots: twice the cores the process may use.
pub fn slots() -> Arc<Semaphore> {
    let cores = std::thread::available_parallelism().map_or(2, std::num::NonZeroUsize::get);
    Arc::new(Semaphore::new(cores * 2))
}

pub async fn one_of_a_few(State(slots): State<Arc<Semaphore>>, request: Request, next: Next) -> Response {
    let path = request.uri().path();
    let waits = matches!(*request.method(), Method::GET | Method::HEAD)
        && !path.starts_with("/pkg/")
        && !matches!(path, "/healthz" | "/readyz");
    let Some(permit) = (if waits { slots.acquire_owned().await.ok() } else { None }) else {
        return next.run(request).await;
    };
    let response = next.run(request).await;
    // Kept until the body is sent: a streamed page is still rendering after its headers.
    let (parts, body) = response.into_parts();
    let body = body.map_frame(move |frame| {
        let _slot = &permit;
        frame
    });
    Response::from_parts(parts, Body::new(body))
}
