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
                    // A page cache of 1 MiB per connection (SQLite's default is 2 MiB):
                    // pages are served from Quorum's own cache and the file from the
                    // operating system's, and with ISO's catalogue loaded eight full
                    // caches were a fifth of the server's memory.
                    conn.execute(
                        "PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 5000; \
                         PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA cache_size = -1024;",
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

/// Starts a transaction that will write. On SQLite it takes the write lock at once
/// (`BEGIN IMMEDIATE`): a transaction that read first and then tries to write cannot
/// wait for the lock (SQLite answers "database is locked" at once), while one that asks
/// for it up front waits its turn under the busy timeout.
pub async fn begin_write(pool: &AnyPool) -> Result<sqlx::Transaction<'static, sqlx::Any>, sqlx::Error> {
    if pool.connect_options().database_url.scheme().starts_with("sqlite") {
        pool.begin_with("BEGIN IMMEDIATE").await
    } else {
        pool.begin().await
    }
}

pub async fn migrate(pool: &AnyPool) -> Result<(), sqlx::migrate::MigrateError> {
    sqlx::migrate!("../migrations").run(pool).await?;
    install_change_triggers(pool).await?;
    Ok(())
}

/// The tables public pages and data are made of. Any change to them — through Quorum,
/// an import or an operator's SQL — raises `data_version`, which cached pages are
/// checked against (`server::cache`).
const WATCHED: [&str; 14] = [
    "nsb",
    "nsb_field_source",
    "standard",
    "standard_title",
    "adoption",
    "committee",
    "committee_member",
    "review_cycle",
    "review_position",
    "audit_log",
    "open_letter",
    "open_letter_text",
    "open_letter_signature",
    "outreach_report",
];

/// Triggers that raise `data_version` on every change to a [`WATCHED`] table (per
/// statement on PostgreSQL, per row on SQLite, which has no statement triggers).
async fn install_change_triggers(pool: &AnyPool) -> Result<(), sqlx::Error> {
    let sqlite = sqlx::query("SELECT sqlite_version()").fetch_optional(pool).await.is_ok();
    let mut sql = String::new();
    if sqlite {
        for table in WATCHED {
            for event in ["INSERT", "UPDATE", "DELETE"] {
                let name = format!("data_version_{table}_{}", event.to_ascii_lowercase());
                sql.push_str(&format!(
                    "CREATE TRIGGER IF NOT EXISTS {name} AFTER {event} ON {table} \
                     BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;\n"
                ));
            }
        }
    } else {
        sql.push_str(
            "CREATE OR REPLACE FUNCTION quorum_bump_data_version() RETURNS trigger LANGUAGE plpgsql AS $$ \
             BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; RETURN NULL; END $$;\n",
        );
        for table in WATCHED {
            sql.push_str(&format!(
                "CREATE OR REPLACE TRIGGER data_version_{table} AFTER INSERT OR UPDATE OR DELETE ON {table} \
                 FOR EACH STATEMENT EXECUTE FUNCTION quorum_bump_data_version();\n"
            ));
        }
    }
    sqlx::raw_sql(&sql).execute(pool).await?;
    Ok(())
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
