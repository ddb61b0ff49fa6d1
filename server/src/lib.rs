//! Axum wiring: state, routes, middleware and start-up. Pages, queries and domain
//! logic live in the `app` crate.
//!
//! The files, in the order a request meets them:
//! - `start`: the database connected, migrated and seeded; the shared `AppState`
//!   (with the `app::config::Config` `main` reads from the environment once).
//! - `serve`: the accept loop (timeouts, graceful shutdown).
//! - `router`: the route table and the order of the layers around it; `openapi` the
//!   data API's document, built from the same routes.
//! - `middleware/`: each layer, one concern per file; `cache`: the page cache.
//! - `cli`: the commands besides serving (`create-admin`, `backup`,
//!   `import-iso-open-data`); `iso_fetch`: the daily fetch of ISO Open Data.

pub mod cache;
pub mod cli;
pub mod compress;
pub mod iso_fetch;
mod middleware;
pub mod openapi;
pub mod router;
pub mod serve;
pub mod start;

pub use cli::{AdminError, BackupError, backup, create_admin};
pub use middleware::body_limit::MAX_FORM_BYTES;
pub use openapi::api;
pub use router::{REQUEST_TIMEOUT, router, router_with_cache};
pub use serve::{HEADER_READ_TIMEOUT, serve, serve_with_header_timeout};
pub use start::{StartError, prepare, prepare_updated, prepare_with};
