//! Start-up: the database connected, migrated and seeded, and the state every request
//! shares.

use std::net::SocketAddr;
use std::sync::Arc;

use app::config::Config;
use app::db;
use app::directory::ssr::import::{ImportError, ImportReport, import_seed};
use app::state::AppState;
use leptos::prelude::LeptosOptions;

/// Why the server could not start.
#[derive(Debug, thiserror::Error)]
pub enum StartError {
    #[error("cannot open the database: {0}")]
    Connect(#[from] sqlx::Error),
    #[error("cannot migrate the database: {0}")]
    Migrate(#[from] sqlx::migrate::MigrateError),
    #[error("cannot import the seed dataset: {0}")]
    Import(#[from] ImportError),
    #[error("cannot listen on {0}: {1}")]
    Listen(SocketAddr, std::io::Error),
}

/// Connects to the database `config` names, migrates it and imports the seed dataset
/// (idempotent).
pub async fn prepare_with(
    config: Arc<Config>,
    leptos_options: LeptosOptions,
) -> Result<(AppState, ImportReport), StartError> {
    let (pool, report) = open_seeded(&config.database_url).await?;
    Ok((AppState::new(pool, leptos_options, config), report))
}

/// The database connected, migrated and seeded (what serving and the commands that
/// write records start from).
pub async fn open_seeded(database_url: &str) -> Result<(sqlx::AnyPool, ImportReport), StartError> {
    let pool = db::connect(database_url).await?;
    db::migrate(&pool).await?;
    let report = import_seed(&pool).await?;
    app::standards::ssr::import_seed(&pool).await?;
    app::reviews::ssr::import_seed(&pool).await?;
    app::open_letters::ssr::import_seed(&pool).await?;
    Ok((pool, report))
}

/// [`prepare_with`] the default settings (`Config::default`) and `database_url`: the
/// tests' harness, which sets no environment.
pub async fn prepare(
    database_url: &str,
    leptos_options: LeptosOptions,
) -> Result<(AppState, ImportReport), StartError> {
    prepare_with(Arc::new(Config::with_database_url(database_url)), leptos_options).await
}
