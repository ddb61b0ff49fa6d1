//! Serving: Quorum's own accept loop over hyper (TCP_NODELAY, a header-read timeout that
//! also closes idle kept-alive connections, graceful shutdown).

use axum::Router;
use axum::body::Body;
use axum::extract::Request;

use crate::StartError;

/// How long a client may take to send a request's headers, and how long a kept-alive
/// connection may stay idle before its next request: a connection that sends a partial
/// header, or nothing, is closed after this. (Reading a body is bounded by
/// [`crate::REQUEST_TIMEOUT`].)
pub const HEADER_READ_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(10);

/// How long in-flight requests may take to finish once the process is told to stop.
const SHUTDOWN_GRACE: std::time::Duration = std::time::Duration::from_secs(30);

/// Serves until the process is told to stop (Ctrl-C or SIGTERM); in-flight
/// requests finish first.
pub async fn serve(listener: tokio::net::TcpListener, app: Router) -> Result<(), StartError> {
    serve_with_header_timeout(listener, app, HEADER_READ_TIMEOUT, shutdown_signal()).await
}

/// [`serve`] with another header-read (and idle) timeout and stop signal (tests).
pub async fn serve_with_header_timeout(
    listener: tokio::net::TcpListener,
    app: Router,
    header_read_timeout: std::time::Duration,
    stop: impl std::future::Future<Output = ()>,
) -> Result<(), StartError> {
    use hyper_util::rt::{TokioIo, TokioTimer};
    use tower::Service;
    let mut http = hyper::server::conn::http1::Builder::new();
    http.timer(TokioTimer::new()).header_read_timeout(header_read_timeout).keep_alive(true);
    let graceful = hyper_util::server::graceful::GracefulShutdown::new();
    let mut stop = std::pin::pin!(stop);
    loop {
        let (tcp, peer) = tokio::select! {
            accepted = listener.accept() => match accepted {
                Ok(accepted) => accepted,
                // Out of file descriptors, a connection reset before it was accepted…:
                // the listener itself is fine; try again shortly.
                Err(error) => {
                    tracing::warn!(%error, "cannot accept a connection");
                    tokio::time::sleep(std::time::Duration::from_millis(50)).await;
                    continue;
                }
            },
            () = &mut stop => break,
        };
        // Without TCP_NODELAY every streamed response stalls ~40 ms (Nagle + delayed ACK).
        if let Err(error) = tcp.set_nodelay(true) {
            tracing::warn!(%error, "cannot set TCP_NODELAY");
        }
        let router = app.clone();
        // The peer address reaches handlers (rate limits per address).
        let service = hyper::service::service_fn(move |mut request: Request<hyper::body::Incoming>| {
            request.extensions_mut().insert(axum::extract::ConnectInfo(peer));
            router.clone().call(request.map(Body::new))
        });
        let connection = graceful.watch(http.serve_connection(TokioIo::new(tcp), service));
        tokio::spawn(async move {
            if let Err(error) = connection.await {
                tracing::debug!(%error, "connection ended with an error");
            }
        });
    }
    drop(listener);
    tokio::select! {
        () = graceful.shutdown() => {}
        () = tokio::time::sleep(SHUTDOWN_GRACE) => tracing::warn!("stopping with requests still in flight"),
    }
    Ok(())
}

async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut signal) => {
                signal.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => {},
        () = terminate => {},
    }
}
