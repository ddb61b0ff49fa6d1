//! `server`: runs Quorum. Configuration comes from the environment, read once here
//! (`app::config::Config`: `DATABASE_URL`, default `sqlite://data/quorum.db`, and the
//! `QUORUM_*` settings; Leptos reads `LEPTOS_SITE_ADDR`, default 127.0.0.1:3000, and
//! `LEPTOS_SITE_ROOT`, default `target/site`).
//!
//! `server create-admin --email you@example.org` creates the first admin; the password
//! is read from the terminal (not echoed) or from standard input, never from arguments.
//! `server backup FILE` writes a consistent snapshot of the SQLite database while it
//! serves (`server::cli`).

use std::sync::Arc;

use app::config::Config;
use leptos::prelude::get_configuration;
use server::cli::{self, Command};
use tracing_subscriber::EnvFilter;

fn main() -> std::process::ExitCode {
    limit_malloc_arenas();
    let runtime = match tokio::runtime::Builder::new_multi_thread().enable_all().build() {
        Ok(runtime) => runtime,
        Err(error) => {
            eprintln!("quorum: cannot start the async runtime: {error}");
            return std::process::ExitCode::FAILURE;
        }
    };
    runtime.block_on(start())
}

/// glibc gives each thread that allocates its own malloc arena (up to 8 per core), and
/// each SQLite connection has a worker thread: with two arenas the server's memory stays
/// within its budget under load, at no measurable cost in speed (`make bench`).
///
/// A fixed mmap threshold keeps large blocks (Argon2id's 19 MiB per password check) in
/// their own mappings, returned to the system when freed: glibc would otherwise raise
/// the threshold after the first such block and keep later ones in an arena, where the
/// memory of a burst of sign-ins stays allocated.
fn limit_malloc_arenas() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: `mallopt` only sets an allocator tunable; it is called before any other
    // thread exists.
    unsafe {
        libc::mallopt(libc::M_ARENA_MAX, 2);
        libc::mallopt(libc::M_MMAP_THRESHOLD, 1024 * 1024);
    }
}

async fn start() -> std::process::ExitCode {
    tracing_subscriber::fmt()
        .with_env_filter(EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new("info,sqlx=warn")))
        .init();
    let config = Config::from_env();
    let args: Vec<String> = std::env::args().skip(1).collect();
    let outcome = match Command::parse(&args) {
        Ok(Command::Serve) => run(config).await,
        Ok(Command::CreateAdmin { email }) => cli::create_admin_command(&config, &email).await,
        Ok(Command::Backup { file }) => cli::backup_command(&config, &file).await,
        Ok(Command::ImportIsoOpenData(import)) => cli::import_iso_command(&config, &import).await,
        Err(usage) => Err(usage.into()),
    };
    match outcome {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(error) => {
            tracing::error!("{error}");
            eprintln!("quorum: {error}");
            std::process::ExitCode::FAILURE
        }
    }
}

async fn run(config: Config) -> Result<(), Box<dyn std::error::Error>> {
    let configuration = get_configuration(None)?;
    let leptos_options = configuration.leptos_options;
    let address = leptos_options.site_addr;
    let (fetch, url) = (config.iso_open_data_fetch, config.iso_open_data_url.clone());
    let (state, report) = server::prepare_with(Arc::new(config), leptos_options).await?;
    tracing::info!(rows = report.rows, inserted = report.inserted, "seed dataset checked");
    if app::mail::ssr::start(&state)? {
        tracing::info!("sending e-mail through QUORUM_SMTP_URL");
    } else {
        tracing::info!("QUORUM_SMTP_URL is not set: no e-mail is sent (links are shown to admins)");
    }
    if fetch {
        tracing::info!(%url, "fetching ISO Open Data once a day");
        tokio::spawn(server::iso_fetch::daily(state.pool.clone(), url));
    }

    let listener =
        tokio::net::TcpListener::bind(address).await.map_err(|error| server::StartError::Listen(address, error))?;
    tracing::info!("Quorum is listening on http://{address}");
    server::serve(listener, server::router(state)).await?;
    Ok(())
}
