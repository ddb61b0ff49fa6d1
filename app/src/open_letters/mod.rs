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
pub const PLACEABLES: [&str; 10] = [
    "body",
    "acronym",
    "country",
    "in_country",
    "standard",
    "standard_title",
    "deadline",
    "committee",
    "adoptions",
    "languages",
];

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

/// Stored values of `open_letter.target`: every body, the bodies that may vote in the
/// linked review cycle, or a chosen list.
pub const TARGETS: [&str; 3] = ["all", "cycle", "list"];

/// Whom a letter is addressed to.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Addressees {
    /// One of [`TARGETS`].
    pub target: String,
    /// The linked review cycle's slug, if any.
    pub cycle: Option<String>,
    /// The bodies' codes; empty when the letter is for every body.
    pub codes: Vec<String>,
    /// For a chosen list: the countries, named in the reader's language.
    pub names: Vec<String>,
}

impl Addressees {
    /// Whether the letter is addressed to the body with this code.
    pub fn includes(&self, alpha2: &str) -> bool {
        self.target == "all" || self.codes.iter().any(|c| c.eq_ignore_ascii_case(alpha2))
    }
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
    pub addressees: Addressees,
    /// The country asked for when the letter is not addressed to its body (named in the
    /// reader's language): the page then shows the letter for everyone.
    pub not_addressed: Option<String>,
}

impl OpenLetterView {
    /// A letter as plain text: for the body's address when personal, then the title, the
    /// text and, side by side on the page, the second language after it.
    pub fn plain_text(&self) -> String {
        let mut out = String::new();
        if let Some(r) = &self.recipient {
            out.push_str(&r.name);
            out.push('\n');
            if let Some(address) = &r.address {
                out.push_str(address);
                out.push('\n');
            }
            out.push('\n');
        }
        for text in std::iter::once(&self.text).chain(self.second.as_ref()) {
            out.push_str(&text.title);
            out.push_str("\n\n");
            out.push_str(text.body.trim_end());
            out.push_str("\n\n");
        }
        out.truncate(out.trim_end().len());
        out.push('\n');
        out
    }
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
