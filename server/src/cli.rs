//! The commands besides serving: `server create-admin --email ADDRESS` (the password
//! from the terminal, not echoed, or from standard input; never from the arguments) and
//! `server backup FILE` and `server import-iso-open-data [--committees FILE]
//! [--deliverables FILE] [--as-of DATE] [--dry-run]`.

use app::config::Config;
use app::db;

use crate::StartError;

/// What the command line asks for.
#[derive(Debug, PartialEq, Eq)]
pub enum Command {
    /// No arguments: serve.
    Serve,
    CreateAdmin {
        email: String,
    },
    Backup {
        file: std::path::PathBuf,
    },
    ImportIsoOpenData(IsoImport),
}

/// `server import-iso-open-data`: ISO's files to read (committees first, since the
/// deliverables name their owner committees), the date they are as of (default: each
/// file's modification date) and whether to write or only count.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct IsoImport {
    pub committees: Option<std::path::PathBuf>,
    pub deliverables: Option<std::path::PathBuf>,
    pub as_of: Option<chrono::NaiveDate>,
    pub dry_run: bool,
}

const ISO_USAGE: &str = "usage: server import-iso-open-data [--committees FILE] [--deliverables FILE] \
     [--as-of YYYY-MM-DD] [--dry-run] (ISO Open Data files, .csv or .jsonl, gzipped or not)";

impl IsoImport {
    fn parse(args: &[String]) -> Result<IsoImport, String> {
        let mut import = IsoImport::default();
        let mut args = args.iter();
        while let Some(flag) = args.next() {
            let mut value = || args.next().cloned().ok_or_else(|| ISO_USAGE.to_string());
            match flag.as_str() {
                "--committees" => import.committees = Some(value()?.into()),
                "--deliverables" => import.deliverables = Some(value()?.into()),
                "--as-of" => {
                    let date = value()?;
                    let parsed = chrono::NaiveDate::parse_from_str(&date, "%Y-%m-%d");
                    import.as_of = Some(parsed.map_err(|_| format!("`{date}` is not a date; {ISO_USAGE}"))?);
                }
                "--dry-run" => import.dry_run = true,
                _ => return Err(ISO_USAGE.into()),
            }
        }
        if import.committees.is_none() && import.deliverables.is_none() {
            return Err(ISO_USAGE.into());
        }
        Ok(import)
    }
}

impl Command {
    /// Reads the arguments after the program's name; the error is the usage to show.
    pub fn parse(args: &[String]) -> Result<Command, String> {
        match args.first().map(String::as_str) {
            None => Ok(Command::Serve),
            Some("create-admin") => match &args[1..] {
                [flag, email] if flag == "--email" => Ok(Command::CreateAdmin { email: email.clone() }),
                _ => Err("usage: server create-admin --email ADDRESS (password from the terminal or stdin)".into()),
            },
            Some("backup") => match &args[1..] {
                [file] => Ok(Command::Backup { file: file.into() }),
                _ => Err("usage: server backup FILE (a new file; the database keeps serving meanwhile)".into()),
            },
            Some("import-iso-open-data") => IsoImport::parse(&args[1..]).map(Command::ImportIsoOpenData),
            Some(other) => Err(format!(
                "unknown command `{other}`; usage: server [create-admin --email ADDRESS | backup FILE | \
                 import-iso-open-data …]"
            )),
        }
    }
}

/// `server create-admin --email ADDRESS`: asks for the password and creates the account.
pub async fn create_admin_command(config: &Config, email: &str) -> Result<(), Box<dyn std::error::Error>> {
    let password = read_password()?;
    let id = create_admin(&config.database_url, email, &password).await?;
    println!("admin account {id} created for {email}");
    Ok(())
}

/// `server backup FILE`.
pub async fn backup_command(config: &Config, file: &std::path::Path) -> Result<(), Box<dyn std::error::Error>> {
    backup(&config.database_url, file).await?;
    println!("backup written to {}", file.display());
    Ok(())
}

/// `server import-iso-open-data …`: each file in its own transaction, committees first.
/// A file with an unreadable line writes nothing; the command then fails.
pub async fn import_iso_command(config: &Config, import: &IsoImport) -> Result<(), Box<dyn std::error::Error>> {
    use app::import::iso::Dataset;
    let (pool, _) = crate::start::open_seeded(&config.database_url, true).await?;
    let files = [(Dataset::Committees, &import.committees), (Dataset::Deliverables, &import.deliverables)];
    let mut failed = false;
    for (dataset, path) in files {
        let Some(path) = path else { continue };
        let summary = import_iso_file(&pool, dataset, path, import.as_of, import.dry_run).await?;
        print!("{summary}");
        if import.dry_run && summary.problems.is_empty() {
            println!("  (dry run: nothing was written)");
        }
        failed |= !summary.problems.is_empty();
    }
    pool.close().await;
    if failed { Err("a file had unreadable lines and was not imported".into()) } else { Ok(()) }
}

/// One file of ISO Open Data read from `path` and written (or, for a dry run, counted).
pub async fn import_iso_file(
    pool: &sqlx::AnyPool,
    dataset: app::import::iso::Dataset,
    path: &std::path::Path,
    as_of: Option<chrono::NaiveDate>,
    dry_run: bool,
) -> Result<app::import::iso::IsoSummary, Box<dyn std::error::Error>> {
    use app::import::ssr::iso;
    let name = path.file_name().map(|n| n.to_string_lossy().to_string()).unwrap_or_default();
    let format = app::iso_open_data::Format::from_file_name(&name)
        .ok_or_else(|| format!("{}: not a .csv or .jsonl file (gzipped or not)", path.display()))?;
    let file = std::fs::File::open(path).map_err(|e| format!("{}: {e}", path.display()))?;
    let modified = file.metadata()?.modified()?;
    let date = as_of.unwrap_or_else(|| chrono::DateTime::<chrono::Utc>::from(modified).date_naive());
    let read = tokio::task::spawn_blocking(move || iso::read(dataset, format, file)).await?;
    let mut tx = if dry_run { pool.begin().await? } else { db::begin_write(pool).await? };
    let summary = iso::write(&mut tx, dataset, read, &date.to_string(), "", dry_run).await?;
    if dry_run || !summary.problems.is_empty() {
        tx.rollback().await?;
    } else {
        tx.commit().await?;
    }
    Ok(summary)
}

/// Twice from a terminal without echo, or one line from a pipe.
fn read_password() -> Result<String, Box<dyn std::error::Error>> {
    use std::io::IsTerminal;
    if std::io::stdin().is_terminal() {
        let first = rpassword::prompt_password("Password for the new admin: ")?;
        let second = rpassword::prompt_password("The same password again: ")?;
        if first != second {
            return Err("the two passwords differ".into());
        }
        Ok(first)
    } else {
        let mut line = String::new();
        std::io::stdin().read_line(&mut line)?;
        Ok(line.trim_end_matches(['\r', '\n']).to_string())
    }
}

/// Why a backup was not made.
#[derive(Debug, thiserror::Error)]
pub enum BackupError {
    #[error("{0} exists; choose a new file name")]
    Exists(String),
    #[error(
        "backups of PostgreSQL are made with pg_dump, e.g. `pg_dump --format=custom \"$DATABASE_URL\" > quorum.dump`"
    )]
    Postgres,
    #[error("cannot make the backup: {0}")]
    Database(#[from] sqlx::Error),
}

/// `server backup FILE`: a consistent snapshot of the SQLite database taken while it is
/// in use (`VACUUM INTO`: one read transaction, so concurrent writes are either wholly in
/// it or wholly not). Restoring is stopping the server and putting the file in place of
/// the database.
pub async fn backup(database_url: &str, target: &std::path::Path) -> Result<(), BackupError> {
    if !db::is_sqlite(database_url) {
        return Err(BackupError::Postgres);
    }
    if target.exists() {
        return Err(BackupError::Exists(target.display().to_string()));
    }
    let pool = db::connect(database_url).await?;
    let path = target.to_string_lossy().replace('\'', "''");
    sqlx::query(&format!("VACUUM INTO '{path}'")).execute(&pool).await?;
    pool.close().await;
    Ok(())
}

/// Creates an admin account (the `server create-admin` command).
pub async fn create_admin(database_url: &str, email: &str, password: &str) -> Result<String, AdminError> {
    let pool = db::connect(database_url).await.map_err(StartError::from)?;
    db::migrate(&pool).await.map_err(StartError::from)?;
    Ok(app::auth::ssr::create_account(&pool, email, password, app::auth::Role::Admin).await?)
}

#[derive(Debug, thiserror::Error)]
pub enum AdminError {
    #[error("{0}")]
    Start(#[from] StartError),
    #[error("{0}")]
    Account(#[from] app::auth::ssr::AccountError),
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(args: &[&str]) -> Result<Command, String> {
        Command::parse(&args.iter().map(|a| a.to_string()).collect::<Vec<_>>())
    }

    #[test]
    fn arguments_name_a_command_or_get_the_usage() {
        assert_eq!(parse(&[]), Ok(Command::Serve));
        assert_eq!(
            parse(&["create-admin", "--email", "a@b.org"]),
            Ok(Command::CreateAdmin { email: "a@b.org".into() })
        );
        assert_eq!(parse(&["backup", "quorum.db"]), Ok(Command::Backup { file: "quorum.db".into() }));
        assert!(
            parse(&["create-admin", "a@b.org"]).is_err_and(|usage| usage.starts_with("usage: server create-admin"))
        );
        assert!(parse(&["backup"]).is_err_and(|usage| usage.starts_with("usage: server backup")));
        assert!(parse(&["serve"]).is_err_and(|usage| usage.starts_with("unknown command `serve`")));
        assert_eq!(
            parse(&["import-iso-open-data", "--deliverables", "d.jsonl.gz", "--as-of", "2026-05-02", "--dry-run"]),
            Ok(Command::ImportIsoOpenData(IsoImport {
                committees: None,
                deliverables: Some("d.jsonl.gz".into()),
                as_of: chrono::NaiveDate::from_ymd_opt(2026, 5, 2),
                dry_run: true,
            }))
        );
        for wrong in [
            &["import-iso-open-data"][..],
            &["import-iso-open-data", "--committees"],
            &["import-iso-open-data", "--committees", "c.csv", "--as-of", "May"],
        ] {
            assert!(parse(wrong).is_err_and(|usage| usage.contains("import-iso-open-data")), "{wrong:?}");
        }
    }
}
