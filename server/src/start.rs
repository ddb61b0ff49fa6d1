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
    #[error("cannot apply the shipped record updates: {0}")]
    Update(#[from] app::error::AppError),
    #[error("cannot listen on {0}: {1}")]
    Listen(SocketAddr, std::io::Error),
}

/// Connects to the database `config` names, migrates it and imports the seed dataset
/// (idempotent).
pub async fn prepare_with(
    config: Arc<Config>,
    leptos_options: LeptosOptions,
) -> Result<(AppState, ImportReport), StartError> {
    let (pool, report) = open_seeded(&config.database_url, true).await?;
    Ok((AppState::new(pool, leptos_options, config), report))
}

/// The database connected, migrated and seeded (what serving and the commands that
/// write records start from), with the dated updates of `seed/updates/` applied unless
/// `updates` is false (the tests' base seed).
pub async fn open_seeded(database_url: &str, updates: bool) -> Result<(sqlx::AnyPool, ImportReport), StartError> {
    let pool = db::connect(database_url).await?;
    db::migrate(&pool).await?;
    let report = import_seed(&pool).await?;
    app::standards::ssr::import_seed(&pool).await?;
    app::reviews::ssr::import_seed(&pool).await?;
    app::open_letters::ssr::import_seed(&pool).await?;
    if updates {
        app::seed_updates::apply(&pool).await?;
    }
    Ok((pool, report))
}

/// The tests' harness: the default settings (`Config::default`), `database_url`, and the
/// shipped seed as the scenarios were written against it, without the dated updates of
/// `seed/updates/` (which [`prepare_updated`] applies, as a server does).
pub async fn prepare(
    database_url: &str,
    leptos_options: LeptosOptions,
) -> Result<(AppState, ImportReport), StartError> {
    let config = Arc::new(Config::with_database_url(database_url));
    let (pool, report) = open_seeded(database_url, false).await?;
    Ok((AppState::new(pool, leptos_options, config), report))
}

/// [`prepare`] with the dated updates applied, as `server` starts.
pub async fn prepare_updated(
    database_url: &str,
    leptos_options: LeptosOptions,
) -> Result<(AppState, ImportReport), StartError> {
    prepare_with(Arc::new(Config::with_database_url(database_url)), leptos_options).await
}
