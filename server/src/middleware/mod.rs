//! The layers around the routes, one concern per file; `router` puts them in order.
//! Each is an `axum::middleware::from_fn` function.
//!
//! - `letter_posts`: the letter composer's POSTs become the GETs their pages answer
//!   (before routing).
//! - `request_ids`: the log span that names each request's id.
//! - `security_headers`: security policy, caching and HSTS headers on every response.
//! - `same_origin`: a browser's write from another site is refused (403).
//! - `sessions`: a server function that writes needs a live session (401 before decoding).
//! - `vcard`: `/nsbs/<code>.vcf`, which the page route `/nsbs/{code}` would otherwise own.
//! - `body_limit`: bodies over [`body_limit::MAX_FORM_BYTES`] are refused (413).
//! - `form_errors`: a failed form post's error moves from the redirect into a cookie.
//! - `server_fn_status`: a server function's error answer gets its error's status.
//!
//! The page cache (`crate::cache`) is a layer too, with its own state.

pub mod body_limit;
pub mod form_errors;
pub mod letter_posts;
pub mod render_slots;
pub mod request_ids;
pub mod same_origin;
pub mod security_headers;
pub mod server_fn_status;
pub mod sessions;
pub mod vcard;
