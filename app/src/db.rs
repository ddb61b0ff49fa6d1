//! Database connection and migrations. One pool type (`AnyPool`) serves both the
//! embedded SQLite file and PostgreSQL; the URL decides.

use std::path::Path;

use sqlx::any::AnyPoolOptions;
use sqlx::{AnyPool, Executor};

pub const DEFAULT_DATABASE_URL: &str = "sqlite://data/quorum.db";

pub fn is_sqlite(url: &str) -> bool {
    url.starts_with("sqlite:")
}

/// Connects, creating the SQLite file and its folder when missing.
pub async fn connect(url: &str) -> Result<AnyPool, sqlx::Error> {
    sqlx::any::install_default_drivers();
    let url = if is_sqlite(url) { sqlite_url_creating_folder(url)? } else { url.to_string() };
    AnyPoolOptions::new()
        .max_connections(if is_sqlite(&url) { 8 } else { 16 })
        .after_connect(|conn, _meta| {
            Box::pin(async move {
                if conn.backend_name().eq_ignore_ascii_case("sqlite") {
                    // WAL lets readers proceed during a write; the busy timeout makes
                    // concurrent writers wait instead of failing with "database is locked".
                    conn.execute(
                        "PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 5000; \
                         PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;",
                    )
                    .await?;
                }
                Ok(())
            })
        })
        .connect(&url)
        .await
}

fn sqlite_url_creating_folder(url: &str) -> Result<String, sqlx::Error> {
    let (path_part, options) = url.split_once('?').unwrap_or((url, ""));
    let path = path_part.trim_start_matches("sqlite:").trim_start_matches("//");
    if path != ":memory:"
        && let Some(parent) = Path::new(path).parent().filter(|p| !p.as_os_str().is_empty())
    {
        std::fs::create_dir_all(parent)?;
    }
    let options = if options.contains("mode=") {
        options.to_string()
    } else {
        [options, "mode=rwc"].join(if options.is_empty() { "" } else { "&" })
    };
    Ok(format!("{path_part}?{options}"))
}

pub async fn migrate(pool: &AnyPool) -> Result<(), sqlx::migrate::MigrateError> {
    sqlx::migrate!("../migrations").run(pool).await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sqlite_urls_get_create_mode() {
        let dir = std::env::temp_dir().join(format!("quorum-db-test-{}", std::process::id()));
        let url = format!("sqlite://{}/sub/q.db", dir.display());
        let made = sqlite_url_creating_folder(&url).unwrap_or_default();
        assert!(made.ends_with("/sub/q.db?mode=rwc"), "{made}");
        assert!(dir.join("sub").is_dir());
        let _ = std::fs::remove_dir_all(dir);
        assert_eq!(
            sqlite_url_creating_folder("sqlite::memory:?mode=ro").unwrap_or_default(),
            "sqlite::memory:?mode=ro"
        );
    }
}
