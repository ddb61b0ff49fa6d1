//! The server's shared state, handed to pages and server functions through context.

use axum::extract::FromRef;
use leptos::prelude::LeptosOptions;
use sqlx::AnyPool;

#[derive(Clone, FromRef)]
pub struct AppState {
    pub pool: AnyPool,
    pub leptos_options: LeptosOptions,
}
