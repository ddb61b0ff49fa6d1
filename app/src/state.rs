//! The server's shared state, handed to pages and server functions through context.

use std::any::Any;
use std::collections::HashMap;
use std::future::Future;
use std::sync::atomic::{AtomicI64, Ordering};
use std::sync::{Arc, Mutex};

use axum::extract::FromRef;
use leptos::prelude::LeptosOptions;
use sqlx::AnyPool;

use crate::config::Config;

/// Cloned for every request by each layer that needs it: one reference count, however
/// much it holds (cloning the fields one by one was a sixth of a cached page's cost).
#[derive(Clone)]
pub struct AppState(Arc<Shared>);

pub struct Shared {
    pub pool: AnyPool,
    pub leptos_options: LeptosOptions,
    pub watched: Arc<Watched>,
    /// The site's public address for links people copy (`Config::public_url`, else the
    /// address the server listens on); never taken from a request's `Host`, which a page
    /// cached for everyone must not echo.
    pub public_origin: Arc<str>,
    /// The deployment's settings, read from the environment once at start.
    pub config: Arc<Config>,
}

impl AppState {
    pub fn new(pool: AnyPool, leptos_options: LeptosOptions, config: Arc<Config>) -> AppState {
        let public_origin = config.public_url.clone().unwrap_or_else(|| format!("http://{}", leptos_options.site_addr));
        AppState(Arc::new(Shared {
            pool,
            leptos_options,
            watched: Arc::default(),
            public_origin: public_origin.into(),
            config,
        }))
    }
}

impl std::ops::Deref for AppState {
    type Target = Shared;

    fn deref(&self) -> &Shared {
        &self.0
    }
}

impl FromRef<AppState> for LeptosOptions {
    fn from_ref(state: &AppState) -> LeptosOptions {
        state.leptos_options.clone()
    }
}

impl FromRef<AppState> for AnyPool {
    fn from_ref(state: &AppState) -> AnyPool {
        state.pool.clone()
    }
}

/// The database's `data_version` (raised by triggers on every public table) as the page
/// cache's watcher last read it (`server::cache`), and values read from the data at that
/// version, kept while it lasts: a letter's facts, the composer's list of bodies.
pub struct Watched {
    version: AtomicI64,
    kept: Mutex<HashMap<String, Kept>>,
    /// Letters this process counted (or found counted) today, by day, client and body:
    /// a composer shown again needs no database write to learn that.
    counted: Mutex<std::collections::HashSet<String>>,
}

/// Letters remembered as counted at most; past it the memory starts again (the database
/// still counts each letter once).
const MAX_COUNTED: usize = 100_000;

/// The version read before the value, and the value.
type Kept = (i64, Arc<dyn Any + Send + Sync>);

/// Values kept at most (a few per body and language).
const MAX_KEPT: usize = 1024;

impl Default for Watched {
    fn default() -> Self {
        Watched { version: AtomicI64::new(Watched::UNKNOWN), kept: Mutex::default(), counted: Mutex::default() }
    }
}

impl Watched {
    /// Not read yet, or reading failed: nothing kept is served.
    pub const UNKNOWN: i64 = i64::MIN;

    pub fn version(&self) -> i64 {
        self.version.load(Ordering::Acquire)
    }

    pub fn set_version(&self, version: i64) {
        self.version.store(version, Ordering::Release);
    }

    /// The value kept under `key` at the current version, or `read`'s, kept for the next
    /// caller. The version is taken before reading, so a value is at least as new as the
    /// version it is kept under. `key` must name everything the value depends on besides
    /// the data (a language, a day).
    pub async fn remember<T, E, F>(&self, key: String, read: F) -> Result<T, E>
    where
        T: Clone + Send + Sync + 'static,
        F: Future<Output = Result<T, E>>,
    {
        let version = self.version();
        if let Some(value) = self.kept(&key, version) {
            return Ok(value);
        }
        let value = read.await?;
        self.keep(key, version, &value);
        Ok(value)
    }

    /// Whether the letter under `key` (day, client and body) was counted by this process.
    pub fn counted(&self, key: &str) -> bool {
        self.counted.lock().is_ok_and(|counted| counted.contains(key))
    }

    /// Remembers that the letter under `key` is counted.
    pub fn mark_counted(&self, key: String) {
        let Ok(mut counted) = self.counted.lock() else { return };
        if counted.len() >= MAX_COUNTED {
            counted.clear();
        }
        counted.insert(key);
    }

    fn kept<T: Clone + 'static>(&self, key: &str, version: i64) -> Option<T> {
        if version == Watched::UNKNOWN {
            return None;
        }
        let kept = self.kept.lock().ok()?;
        kept.get(key).filter(|(at, _)| *at == version)?.1.downcast_ref::<T>().cloned()
    }

    fn keep<T: Clone + Send + Sync + 'static>(&self, key: String, version: i64, value: &T) {
        if version == Watched::UNKNOWN {
            return;
        }
        let Ok(mut kept) = self.kept.lock() else { return };
        if kept.len() >= MAX_KEPT {
            kept.retain(|_, (at, _)| *at == version);
        }
        if kept.len() < MAX_KEPT {
            kept.insert(key, (version, Arc::new(value.clone())));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(value: u32) -> std::future::Ready<Result<u32, ()>> {
        std::future::ready(Ok(value))
    }

    fn remember(watched: &Watched, key: &str, value: u32) -> Result<u32, ()> {
        futures_lite(watched.remember(key.to_string(), read(value)))
    }

    /// The futures here never wait: poll once.
    fn futures_lite<T>(future: impl Future<Output = T>) -> T {
        let mut future = std::pin::pin!(future);
        let mut context = std::task::Context::from_waker(std::task::Waker::noop());
        match future.as_mut().poll(&mut context) {
            std::task::Poll::Ready(value) => value,
            std::task::Poll::Pending => unreachable!("ready futures"),
        }
    }

    #[test]
    fn values_are_kept_only_while_the_version_lasts() {
        let watched = Watched::default();
        assert_eq!(remember(&watched, "a", 1), Ok(1));
        assert_eq!(remember(&watched, "a", 2), Ok(2), "nothing is kept before the version is read");
        watched.set_version(7);
        assert_eq!(remember(&watched, "a", 3), Ok(3));
        assert_eq!(remember(&watched, "a", 4), Ok(3), "kept at version 7");
        assert_eq!(remember(&watched, "b", 5), Ok(5), "by key");
        watched.set_version(8);
        assert_eq!(remember(&watched, "a", 6), Ok(6), "the data changed");
        let failed: Result<u32, &str> = futures_lite(watched.remember("c".into(), std::future::ready(Err("down"))));
        assert_eq!(failed, Err("down"));
        assert_eq!(remember(&watched, "c", 9), Ok(9), "an error is not kept");
        let other: Option<String> = watched.kept("a", 8);
        assert_eq!(other, None, "a value of another type is not served");
    }

    #[test]
    fn kept_values_stay_bounded() {
        let watched = Watched::default();
        watched.set_version(1);
        for n in 0..MAX_KEPT {
            let _ = remember(&watched, &format!("k{n}"), 0);
        }
        watched.set_version(2);
        for n in 0..10 {
            let _ = remember(&watched, &format!("new{n}"), 0);
        }
        let kept = watched.kept.lock().unwrap();
        assert!(kept.len() <= MAX_KEPT);
        assert!(kept.values().all(|(version, _)| *version == 2), "older versions went first");
    }
}
