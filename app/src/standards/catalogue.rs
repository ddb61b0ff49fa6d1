//! Every standard Quorum knows, most of them from ISO Open Data: searched by reference,
//! number, words of a title or committee (`/standards?q=`, `/api/v1/standards?q=`), a
//! page at a time. Only the standards coordinators follow get the adoption map, letters
//! and review tracking; the others are records to find and, for a coordinator, to follow.

use leptos::prelude::*;
use leptos::server_fn::codec::GetUrl;
use serde::{Deserialize, Serialize};

use super::StandardInfo;
use crate::error::AppError;

/// Standards per page of results.
pub const SEARCH_PAGE: usize = 50;
/// The longest query read, in characters, and the most words matched.
pub const MAX_QUERY_CHARS: usize = 200;
pub const MAX_QUERY_WORDS: usize = 8;

/// What ISO publishes of a standard, as the last import recorded it.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct IsoFacts {
    /// ISO's id of the current edition (iso.org/standard/<id>.html).
    pub iso_id: Option<i64>,
    /// `IS`, `TS`, `TR`, `Guide`…
    pub deliverable_type: Option<String>,
    pub title_en: Option<String>,
    pub title_fr: Option<String>,
    /// The languages ISO publishes it in (`en`, `fr`).
    pub languages: Vec<String>,
    /// References of the editions it replaces and of those replacing it, `; `-separated.
    pub replaces: Option<String>,
    pub replaced_by: Option<String>,
    /// The committee that developed it, when another owns it now.
    pub developed_by: Option<String>,
}

impl IsoFacts {
    /// ISO's page of the standard.
    pub fn iso_url(&self) -> Option<String> {
        self.iso_id.map(|id| format!("https://www.iso.org/standard/{id}.html"))
    }
}

/// A query split into the words every match must contain (lower-case; at most
/// [`MAX_QUERY_WORDS`] of them, from the first [`MAX_QUERY_CHARS`] characters).
pub fn query_words(q: &str) -> Vec<String> {
    let q: String = q.chars().take(MAX_QUERY_CHARS).collect::<String>().to_lowercase();
    q.split_whitespace().take(MAX_QUERY_WORDS).map(str::to_string).collect()
}

/// One page of the standards matching a query.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct StandardSearch {
    pub q: String,
    /// From 1.
    pub page: usize,
    pub per_page: usize,
    /// Standards matching, on every page.
    pub total: usize,
    /// Followed standards first, then by reference.
    pub standards: Vec<StandardInfo>,
}

impl StandardSearch {
    pub fn pages(&self) -> usize {
        self.total.div_ceil(self.per_page.max(1))
    }
}

#[server(input = GetUrl, prefix = "/api", endpoint = "search_standards")]
pub async fn search_standards(q: String, page: usize, lang: String) -> Result<StandardSearch, AppError> {
    let state = expect_context::<crate::state::AppState>();
    let locale = crate::i18n::Locale::best_for(&lang).unwrap_or_default();
    super::ssr::catalogue::search(&state.pool, &q, (page, SEARCH_PAGE), locale).await
}

/// Marks a standard followed or not (coordinators); `version` is the one the page showed.
#[server(prefix = "/api", endpoint = "follow_standard")]
pub async fn follow_standard(slug: String, follow: String, version: i64) -> Result<(), AppError> {
    let state = expect_context::<crate::state::AppState>();
    let user = crate::auth::ssr::require(crate::auth::Role::Coordinator).await?;
    let follow = follow == "yes";
    let saved = super::ssr::catalogue::follow(&state.pool, &user, &slug, follow, version).await;
    if saved.is_ok() && crate::error::plain_form_request() {
        crate::security::redirect(&format!("/standards/{slug}"));
    }
    crate::error::with_status(saved)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_query_is_cut_into_lower_case_words() {
        assert_eq!(query_words("  ISO 20400  Achats "), ["iso", "20400", "achats"]);
        assert!(query_words("   ").is_empty());
        assert_eq!(query_words(&"a ".repeat(50)).len(), MAX_QUERY_WORDS);
        assert!(query_words(&"x".repeat(1000))[0].chars().count() <= MAX_QUERY_CHARS);
    }
}
