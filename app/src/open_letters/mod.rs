//! Open letters: campaign letters written by coordinators in several languages,
//! published per language, and turned into a personal letter to any body.

pub mod edit;
pub mod signatures;
#[cfg(feature = "ssr")]
pub mod ssr;
#[cfg(feature = "ssr")]
pub mod template;

use leptos::prelude::*;
use leptos::server_fn::codec::GetUrl;
use serde::{Deserialize, Serialize};

use crate::error::AppError;

/// The placeables a letter may use.
pub const PLACEABLES: [&str; 8] =
    ["body", "acronym", "country", "standard", "standard_title", "deadline", "adoptions", "languages"];

/// A published letter in the list.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct OpenLetterSummary {
    pub slug: String,
    /// In the reader's language when published in it, else in the source language.
    pub title: String,
    pub lang: String,
    /// Published languages: (tag, name in the reader's language).
    pub languages: Vec<(String, String)>,
}

/// One language of a letter as a reader sees it: placeables filled in.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct LetterText {
    pub lang: String,
    /// `ltr` or `rtl`.
    pub dir: String,
    /// The language named in the reader's language.
    pub language: String,
    pub title: String,
    pub body: String,
    /// When it was reviewed (ISO 8601), if it was.
    pub reviewed_at: Option<String>,
}

/// The body a personal version is addressed to.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct LetterRecipient {
    pub alpha2: String,
    pub name: String,
    pub country: String,
    pub email: Option<String>,
    pub address: Option<String>,
}

/// `/open-letters/:slug`: the letter in the chosen language (and a second one side by
/// side), the languages it is published in, and the personal version for a body.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct OpenLetterView {
    pub slug: String,
    pub text: LetterText,
    pub second: Option<LetterText>,
    /// The language asked for (or the reader's) when it is not published, named in the
    /// reader's language.
    pub fallback_from: Option<String>,
    /// Published languages: (tag, name in the reader's language).
    pub languages: Vec<(String, String)>,
    pub recipient: Option<LetterRecipient>,
    /// `mailto:` with subject and body, when the recipient has a usable address.
    pub mailto: Option<String>,
}

/// What a reader asks for: `letter_lang`, `second_lang` (side by side), `nsb` (personal
/// version). Not `lang`, which chooses the interface's language.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct LetterQuery {
    pub letter_lang: String,
    pub second_lang: String,
    pub nsb: String,
}

#[server(input = GetUrl, prefix = "/api", endpoint = "open_letters")]
pub async fn list_open_letters(reader: String) -> Result<Vec<OpenLetterSummary>, AppError> {
    let state = expect_context::<crate::state::AppState>();
    ssr::published(&state.pool, crate::i18n::Locale::best_for(&reader).unwrap_or_default()).await
}

#[server(input = GetUrl, prefix = "/api", endpoint = "open_letter")]
pub async fn fetch_open_letter(slug: String, query: LetterQuery, reader: String) -> Result<OpenLetterView, AppError> {
    let state = expect_context::<crate::state::AppState>();
    ssr::view(&state.pool, &slug, &query, crate::i18n::Locale::best_for(&reader).unwrap_or_default()).await
}
