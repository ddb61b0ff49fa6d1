//! The commands besides serving: `server create-admin --email ADDRESS` (the password
//! from the terminal, not echoed, or from standard input; never from the arguments) and
//! `server backup FILE`.

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
            Some(other) => {
                Err(format!("unknown command `{other}`; usage: server [create-admin --email ADDRESS | backup FILE]"))
            }
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
    }
}
