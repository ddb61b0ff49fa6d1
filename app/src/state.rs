//! The server's shared state, handed to pages and server functions through context.

use std::collections::HashMap;
use std::sync::atomic::{AtomicI64, Ordering};
use std::sync::{Arc, Mutex};

use axum::extract::FromRef;
use leptos::prelude::LeptosOptions;
use sqlx::AnyPool;

use crate::letters::LetterFacts;

#[derive(Clone, FromRef)]
pub struct AppState {
    pub pool: AnyPool,
    pub leptos_options: LeptosOptions,
    pub watched: Arc<Watched>,
}

impl AppState {
    pub fn new(pool: AnyPool, leptos_options: LeptosOptions) -> AppState {
        AppState { pool, leptos_options, watched: Arc::default() }
    }
}

/// The database's `data_version` (raised by triggers on every public table) as the page
/// cache's watcher last read it (`server::cache`), and values derived from the data at
/// that version, kept while it lasts.
pub struct Watched {
    version: AtomicI64,
    /// By body code: the version read before the facts, and the facts.
    letter_facts: Mutex<HashMap<String, (i64, LetterFacts)>>,
}

/// Bodies whose letter facts are kept at most (there are some 170).
const MAX_LETTER_FACTS: usize = 512;

impl Default for Watched {
    fn default() -> Self {
        Watched { version: AtomicI64::new(Watched::UNKNOWN), letter_facts: Mutex::default() }
    }
}

impl Watched {
    /// Not read yet, or reading failed: nothing derived is served.
    pub const UNKNOWN: i64 = i64::MIN;

    pub fn version(&self) -> i64 {
        self.version.load(Ordering::Acquire)
    }

    pub fn set_version(&self, version: i64) {
        self.version.store(version, Ordering::Release);
    }

    /// A body's letter facts kept at `version` for `today`.
    pub fn letter_facts(&self, alpha2: &str, version: i64, today: &str) -> Option<LetterFacts> {
        if version == Watched::UNKNOWN {
            return None;
        }
        let kept = self.letter_facts.lock().ok()?;
        kept.get(alpha2).filter(|(at, facts)| *at == version && facts.today == today).map(|(_, facts)| facts.clone())
    }

    /// Keeps facts read after the version was `version`.
    pub fn keep_letter_facts(&self, version: i64, facts: &LetterFacts) {
        if version == Watched::UNKNOWN {
            return;
        }
        let Ok(mut kept) = self.letter_facts.lock() else { return };
        if kept.len() >= MAX_LETTER_FACTS {
            kept.retain(|_, (at, _)| *at == version);
        }
        if kept.len() < MAX_LETTER_FACTS {
            kept.insert(facts.alpha2.clone(), (version, facts.clone()));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::letters::compose::tests::brazil;

    #[test]
    fn letter_facts_are_kept_only_for_their_version_and_day() {
        let watched = Watched::default();
        let facts = brazil();
        let today = facts.today.clone();
        watched.keep_letter_facts(Watched::UNKNOWN, &facts);
        assert_eq!(watched.letter_facts("BR", Watched::UNKNOWN, &today), None, "nothing before the version is read");
        watched.keep_letter_facts(7, &facts);
        assert_eq!(watched.letter_facts("BR", 7, &today), Some(facts.clone()));
        assert_eq!(watched.letter_facts("BR", 8, &today), None, "the data changed");
        assert_eq!(watched.letter_facts("BR", 7, "2099-01-01"), None, "another day");
        assert_eq!(watched.letter_facts("PT", 7, &today), None);
    }

    #[test]
    fn letter_facts_stay_bounded() {
        let watched = Watched::default();
        for n in 0..(MAX_LETTER_FACTS + 10) {
            let facts = LetterFacts { alpha2: format!("X{n}"), ..brazil() };
            watched.keep_letter_facts(if n < MAX_LETTER_FACTS { 1 } else { 2 }, &facts);
        }
        let kept = watched.letter_facts.lock().unwrap();
        assert!(kept.len() <= MAX_LETTER_FACTS);
        assert!(kept.values().all(|(version, _)| *version == 2), "older versions went first");
    }
}
