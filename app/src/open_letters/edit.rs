//! Coordinators write and translate open letters. Each language's text has a status —
//! draft → reviewed → published — with who reviewed it and when; saving a text makes it
//! a draft again, and a translation remembers the source revision it follows, so one
//! older than its source is flagged. Every change is in the audit trail.

use leptos::prelude::*;
use leptos::server_fn::codec::GetUrl;
use serde::{Deserialize, Serialize};

use crate::error::AppError;

/// Stored values of `open_letter_text.status`, in order.
pub const STATUSES: [&str; 3] = ["draft", "reviewed", "published"];

/// One language's text as the editor shows it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(sqlx::FromRow))]
pub struct EditableText {
    pub lang: String,
    pub title: String,
    pub body: String,
    pub status: String,
    pub revision: i64,
    /// The source revision a translation follows (the source follows itself).
    pub source_revision: Option<i64>,
    pub reviewed_by: Option<String>,
    pub reviewed_at: Option<String>,
    pub updated_by: Option<String>,
    pub updated_at: String,
}

/// `/coordinate/letters?slug=…&letter_lang=xx`: the source text, the text in `lang` (if any), the
/// other languages with their status, and a preview.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct LetterEditor {
    pub slug: String,
    /// False while the letter does not exist yet: saving creates it with `lang` as source.
    pub exists: bool,
    pub source_lang: String,
    pub lang: String,
    pub source: Option<EditableText>,
    pub text: Option<EditableText>,
    /// Every language with a text: (tag, status, older than the source).
    pub languages: Vec<(String, String, bool)>,
    /// The text in `lang` rendered for the preview body (or for everyone).
    pub preview: Option<(String, String)>,
    /// Languages a text may be written in: (tag, name in the reader's language).
    pub choices: Vec<(String, String)>,
    /// Whom the letter is for and what it is about, once it exists.
    pub settings: Option<LetterSettings>,
}

/// A letter's addressees and links, as its settings form shows them.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct LetterSettings {
    pub version: i64,
    /// A standard's id, or empty.
    pub standard: String,
    /// A review cycle's slug, or empty.
    pub cycle: String,
    /// One of [`super::TARGETS`].
    pub target: String,
    /// The chosen bodies' codes, space-separated (for the `list` target).
    pub target_list: String,
    /// Standards to link: (id, reference).
    pub standards: Vec<(String, String)>,
    /// Review cycles to link: (slug, standard id).
    pub cycles: Vec<(String, String)>,
}

impl LetterEditor {
    /// Whether the text in `lang` follows an older revision of the source.
    pub fn stale(&self) -> bool {
        match (&self.source, &self.text) {
            (Some(source), Some(text)) if text.lang != source.lang => {
                text.source_revision.is_none_or(|r| r < source.revision)
            }
            _ => false,
        }
    }
}

#[server(input = GetUrl, prefix = "/api", endpoint = "letter_editor")]
pub async fn fetch_letter_editor(
    slug: String,
    lang: String,
    preview: String,
    reader: String,
) -> Result<LetterEditor, AppError> {
    let state = expect_context::<crate::state::AppState>();
    crate::auth::ssr::require(crate::auth::Role::Coordinator).await?;
    let reader = crate::i18n::Locale::best_for(&reader).unwrap_or_default();
    super::ssr::edit::editor(&state.pool, &slug, &lang, &preview, reader).await
}

/// Saves the text in `lang` as a draft (creating the letter when it does not exist).
/// `revision` is the one the form was read at (0: no text yet); a form that did not see
/// the latest text is refused.
#[server(prefix = "/api", endpoint = "save_letter_text")]
pub async fn save_letter_text(
    slug: String,
    lang: String,
    revision: i64,
    title: String,
    body: String,
) -> Result<(), AppError> {
    let state = expect_context::<crate::state::AppState>();
    let user = crate::auth::ssr::require(crate::auth::Role::Coordinator).await?;
    let saved = super::ssr::edit::save(&state.pool, &user, &slug, &lang, revision, &title, &body).await;
    if let Ok(page) = &saved
        && crate::error::plain_form_request()
    {
        crate::security::redirect(&format!("{page}&saved=1"));
    }
    crate::error::with_status(saved.map(|_| ()))
}

/// Sets whom the letter is addressed to (`target`: all, the voters of `cycle`, or the
/// bodies in `target_list`) and the standard and review cycle it is about. `version` is
/// the one the form was read at.
#[server(prefix = "/api", endpoint = "save_letter_settings")]
pub async fn save_letter_settings(
    slug: String,
    version: i64,
    standard: String,
    cycle: String,
    target: String,
    target_list: String,
) -> Result<(), AppError> {
    let state = expect_context::<crate::state::AppState>();
    let user = crate::auth::ssr::require(crate::auth::Role::Coordinator).await?;
    let input = super::ssr::edit::SettingsInput { slug, version, standard, cycle, target, target_list };
    let saved = super::ssr::edit::save_settings(&state.pool, &user, &input).await;
    if let Ok(page) = &saved
        && crate::error::plain_form_request()
    {
        crate::security::redirect(&format!("{page}&settings=1"));
    }
    crate::error::with_status(saved.map(|_| ()))
}

/// Moves the text in `lang` to `status` (`reviewed` after a draft, `published` after a
/// review, `draft` to withdraw it).
#[server(prefix = "/api", endpoint = "set_letter_status")]
pub async fn set_letter_status(slug: String, lang: String, revision: i64, status: String) -> Result<(), AppError> {
    let state = expect_context::<crate::state::AppState>();
    let user = crate::auth::ssr::require(crate::auth::Role::Coordinator).await?;
    let saved = super::ssr::edit::set_status(&state.pool, &user, &slug, &lang, revision, &status).await;
    if let Ok(page) = &saved
        && crate::error::plain_form_request()
    {
        crate::security::redirect(&format!("{page}&status=1"));
    }
    crate::error::with_status(saved.map(|_| ()))
}
