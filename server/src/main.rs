//! `server`: runs Quorum. Configuration comes from the environment:
//! `DATABASE_URL` (default `sqlite://data/quorum.db`), `LEPTOS_SITE_ADDR`
//! (default 127.0.0.1:3000), `LEPTOS_SITE_ROOT` (default `target/site`).

use leptos::prelude::get_configuration;
use tracing_subscriber::EnvFilter;

#[tokio::main]
async fn main() -> std::process::ExitCode {
    tracing_subscriber::fmt()
        .with_env_filter(EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new("info,sqlx=warn")))
        .init();
    match run().await {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(error) => {
            tracing::error!("{error}");
            eprintln!("quorum: {error}");
            std::process::ExitCode::FAILURE
        }
    }
}

async fn run() -> Result<(), Box<dyn std::error::Error>> {
    let configuration = get_configuration(None)?;
    let leptos_options = configuration.leptos_options;
    let address = leptos_options.site_addr;
    let database_url = std::env::var("DATABASE_URL").unwrap_or_else(|_| app::db::DEFAULT_DATABASE_URL.to_string());

    let (state, report) = server::prepare(&database_url, leptos_options).await?;
    tracing::info!(rows = report.rows, inserted = report.inserted, "seed dataset checked");

    let listener =
        tokio::net::TcpListener::bind(address).await.map_err(|error| server::StartError::Listen(address, error))?;
    tracing::info!("Quorum is listening on http://{address}");
    server::serve(listener, server::router(state)).await?;
    Ok(())
}
