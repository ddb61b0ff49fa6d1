//! The deployment's settings, read from the environment once, when the server starts
//! (`Config::from_env` in the server's `main`), and kept in `AppState::config`: nothing
//! reads the environment per request, so changing a variable takes a restart.
//!
//! `LEPTOS_SITE_ADDR` and `LEPTOS_SITE_ROOT` are Leptos's own (`get_configuration`) and
//! `RUST_LOG` the log filter's; they are read by those, also once at start. Tests build a
//! `Config` directly (`Config { secure_cookies: true, ..Config::default() }`).

use std::net::IpAddr;

/// Everything a deployment sets; `Default` is what an unset environment means.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Config {
    /// `DATABASE_URL`: an SQLite file (`sqlite://…`, created with its folder) or a
    /// PostgreSQL server; default [`crate::db::DEFAULT_DATABASE_URL`].
    pub database_url: String,
    /// `QUORUM_PUBLIC_URL`: the site's public address for links people copy
    /// (`https://quorum.example.org`, without a trailing slash); a value not starting
    /// with `http` counts as unset. Unset: `http://` and the address the server listens
    /// on (`AppState::public_origin`).
    pub public_url: Option<String>,
    /// `QUORUM_SECURE_COOKIES=1`: every cookie is `Secure`, even on a request that does
    /// not say it came over HTTPS.
    pub secure_cookies: bool,
    /// `QUORUM_TRUSTED_PROXIES`: the reverse proxies (comma-separated addresses) whose
    /// `X-Forwarded-For` names the client for rate limits; anything unreadable is left out.
    pub trusted_proxies: Vec<IpAddr>,
    /// `QUORUM_ISO_OPEN_DATA=fetch`: fetch ISO's latest committees and deliverables
    /// files once a day and import what changed. Off by default.
    pub iso_open_data_fetch: bool,
    /// `QUORUM_ISO_OPEN_DATA_URL`: where ISO's "latest" files are (default
    /// [`ISO_OPEN_DATA_URL`]); `<url>/<dataset>/csv/<dataset>.csv` and `…/json/….jsonl`.
    pub iso_open_data_url: String,
    /// `QUORUM_SMTP_URL`: the mail server (`smtp://host:25` plain, `smtp://user:pass@host:587?tls=required`
    /// STARTTLS, `smtps://host:465` TLS). Unset: Quorum sends no e-mail.
    pub smtp_url: Option<String>,
    /// `QUORUM_MAIL_FROM`: the From of every message (`Quorum <quorum@example.org>`);
    /// default `quorum@` the public address's host.
    pub mail_from: Option<String>,
    /// `QUORUM_MAIL_REPLY_TO`: where replies go; unset, none is given.
    pub mail_reply_to: Option<String>,
}

/// ISO's published address of its latest open data files.
pub const ISO_OPEN_DATA_URL: &str = "https://isopublicstorageprod.blob.core.windows.net/opendata/_latest";

impl Default for Config {
    fn default() -> Self {
        Config {
            database_url: crate::db::DEFAULT_DATABASE_URL.to_string(),
            public_url: None,
            secure_cookies: false,
            trusted_proxies: Vec::new(),
            iso_open_data_fetch: false,
            iso_open_data_url: ISO_OPEN_DATA_URL.to_string(),
            smtp_url: None,
            mail_from: None,
            mail_reply_to: None,
        }
    }
}

impl Config {
    /// Reads the process's environment (once, at start).
    pub fn from_env() -> Config {
        Config::from_vars(|name| std::env::var(name).ok())
    }

    /// Reads the settings through `var` (the environment, or a test's table).
    pub fn from_vars(var: impl Fn(&str) -> Option<String>) -> Config {
        Config {
            database_url: var("DATABASE_URL").unwrap_or_else(|| crate::db::DEFAULT_DATABASE_URL.to_string()),
            public_url: var("QUORUM_PUBLIC_URL")
                .filter(|url| url.starts_with("http"))
                .map(|url| url.trim_end_matches('/').to_string()),
            secure_cookies: var("QUORUM_SECURE_COOKIES").is_some_and(|value| value == "1"),
            trusted_proxies: trusted_proxies(&var("QUORUM_TRUSTED_PROXIES").unwrap_or_default()),
            iso_open_data_fetch: var("QUORUM_ISO_OPEN_DATA").is_some_and(|value| value.trim() == "fetch"),
            iso_open_data_url: var("QUORUM_ISO_OPEN_DATA_URL")
                .filter(|url| url.starts_with("http"))
                .map_or_else(|| ISO_OPEN_DATA_URL.to_string(), |url| url.trim_end_matches('/').to_string()),
            smtp_url: set(var("QUORUM_SMTP_URL")),
            mail_from: set(var("QUORUM_MAIL_FROM")),
            mail_reply_to: set(var("QUORUM_MAIL_REPLY_TO")),
        }
    }

    /// The default settings over another database (tests, the commands besides serving).
    pub fn with_database_url(database_url: &str) -> Config {
        Config { database_url: database_url.to_string(), ..Config::default() }
    }
}

/// A setting's value, trimmed; empty counts as unset.
fn set(value: Option<String>) -> Option<String> {
    value.map(|v| v.trim().to_string()).filter(|v| !v.is_empty())
}

/// The addresses in `QUORUM_TRUSTED_PROXIES`; anything unreadable is left out.
pub fn trusted_proxies(setting: &str) -> Vec<IpAddr> {
    setting.split(',').filter_map(|part| part.trim().parse().ok()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn from(vars: &[(&str, &str)]) -> Config {
        Config::from_vars(|name| vars.iter().find(|(n, _)| *n == name).map(|(_, value)| value.to_string()))
    }

    #[test]
    fn an_unset_environment_is_the_default() {
        assert_eq!(from(&[]), Config::default());
        assert_eq!(Config::default().database_url, "sqlite://data/quorum.db");
    }

    #[test]
    fn settings_are_read_as_documented() {
        let config = from(&[
            ("DATABASE_URL", "postgres://quorum@localhost/quorum"),
            ("QUORUM_PUBLIC_URL", "https://quorum.example.org/"),
            ("QUORUM_SECURE_COOKIES", "1"),
            ("QUORUM_TRUSTED_PROXIES", "127.0.0.1, ::1, not-an-address"),
            ("QUORUM_ISO_OPEN_DATA", "fetch"),
            ("QUORUM_ISO_OPEN_DATA_URL", "https://mirror.example.org/opendata/"),
            ("QUORUM_SMTP_URL", "smtp://mail.example.org:587?tls=required"),
            ("QUORUM_MAIL_FROM", "Quorum <quorum@example.org>"),
            ("QUORUM_MAIL_REPLY_TO", " "),
        ]);
        assert_eq!(config.smtp_url.as_deref(), Some("smtp://mail.example.org:587?tls=required"));
        assert_eq!(config.mail_from.as_deref(), Some("Quorum <quorum@example.org>"));
        assert_eq!(config.mail_reply_to, None, "blank is unset");
        assert!(config.iso_open_data_fetch);
        assert_eq!(config.iso_open_data_url, "https://mirror.example.org/opendata");
        assert_eq!(config.database_url, "postgres://quorum@localhost/quorum");
        assert_eq!(config.public_url.as_deref(), Some("https://quorum.example.org"));
        assert!(config.secure_cookies);
        assert_eq!(config.trusted_proxies, trusted_proxies("127.0.0.1,::1"));
        // Only `1` forces Secure cookies; an address without a scheme is no public URL.
        let config = from(&[("QUORUM_SECURE_COOKIES", "yes"), ("QUORUM_PUBLIC_URL", "quorum.example.org")]);
        assert!(!config.secure_cookies);
        assert_eq!(config.public_url, None);
        // The fetch is off unless asked for, from ISO's own address.
        assert!(!config.iso_open_data_fetch);
        assert_eq!(config.iso_open_data_url, ISO_OPEN_DATA_URL);
    }
}
