//! The languages Quorum writes in, as translators and developers see them
//! (`/developers/translations`, `/api/v1/translations`): every folder under `locales/`,
//! whether it is an interface language or a letter language only, how much of the
//! English it covers, the review status of its letters (`status.toml`: drafted, or
//! reviewed by a native speaker, who and when), and the member countries whose letters
//! are still in English because their first language has no letters yet.

use leptos::prelude::*;
use leptos::server_fn::codec::GetUrl;
use serde::{Deserialize, Serialize};

use crate::error::AppError;

/// One folder under `locales/`, indexed at build time (`app/build.rs`).
pub struct LocaleFolder {
    pub tag: &'static str,
    /// The folder's `status.toml`, as written.
    pub status: &'static str,
    /// The message ids its `letter.ftl` defines.
    pub letter_ids: &'static [&'static str],
    /// The message ids its other files define.
    pub interface_ids: &'static [&'static str],
}

include!(concat!(env!("OUT_DIR"), "/locale_index.rs"));

/// Where a language's letters stand.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
#[serde(rename_all = "lowercase")]
pub enum ReviewStatus {
    /// The text the others translate (English).
    Source,
    /// Written, not yet read by a native speaker.
    Drafted,
    /// Read and corrected by a native speaker.
    Reviewed,
}

/// A folder's `status.toml`: flat `key = "value"` lines, `#` comments.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct StatusFile {
    pub status: Option<ReviewStatus>,
    pub drafted_by: Option<String>,
    pub drafted_on: Option<String>,
    pub reviewed_by: Option<String>,
    pub reviewed_on: Option<String>,
}

impl StatusFile {
    pub fn parse(text: &str) -> StatusFile {
        let mut file = StatusFile::default();
        for line in text.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#')) {
            let Some((key, value)) = line.split_once('=') else { continue };
            let value = value.split(" #").next().unwrap_or_default().trim().trim_matches('"').trim().to_string();
            let value = (!value.is_empty()).then_some(value);
            match key.trim() {
                "status" => {
                    file.status = match value.as_deref() {
                        Some("source") => Some(ReviewStatus::Source),
                        Some("drafted") => Some(ReviewStatus::Drafted),
                        Some("reviewed") => Some(ReviewStatus::Reviewed),
                        _ => None,
                    }
                }
                "drafted_by" => file.drafted_by = value,
                "drafted_on" => file.drafted_on = value,
                "reviewed_by" => file.reviewed_by = value,
                "reviewed_on" => file.reviewed_on = value,
                _ => {}
            }
        }
        file
    }
}

/// Every folder's `status.toml`, read once (the composer asks at every render).
static STATUS: std::sync::LazyLock<std::collections::HashMap<&'static str, StatusFile>> =
    std::sync::LazyLock::new(|| LOCALE_FOLDERS.iter().map(|f| (f.tag, StatusFile::parse(f.status))).collect());

/// The review status of the letters in `tag` (a letter language's folder name).
pub fn letter_status(tag: &str) -> StatusFile {
    STATUS.get(tag).cloned().unwrap_or_default()
}

/// One language as the translations page lists it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct LanguageReport {
    /// BCP 47 tag, the folder's name (`pt-PT`).
    pub tag: String,
    /// The language in its own name.
    pub name: String,
    /// Pages can be shown in it (otherwise: letters only).
    pub interface: bool,
    /// `ltr` or `rtl`.
    pub direction: String,
    /// Letter messages translated, of the English letter file's.
    pub letter_messages: usize,
    pub letter_total: usize,
    /// Interface messages translated, of English's (0 for a letter language only).
    pub interface_messages: usize,
    pub interface_total: usize,
    pub review: StatusFile,
    /// Member countries whose letters go first in this language.
    pub countries: Vec<String>,
}

/// A member country whose letters go in English because its first language has none.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct UncoveredCountry {
    pub alpha2: String,
    pub country: String,
    /// The country's first language for letters (BCP 47).
    pub language: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct TranslationsReport {
    pub languages: Vec<LanguageReport>,
    pub uncovered: Vec<UncoveredCountry>,
}

/// A language named for the reader ("Ukrainian — українська"), or its tag.
pub fn language_label(tag: &str, reader: crate::i18n::Locale) -> String {
    #[cfg(feature = "ssr")]
    {
        let name = crate::territory::language_name(tag, reader);
        let own = crate::territory::language_self_name(tag)
            .or_else(|| crate::territory::language_self_name(tag.split('-').next().unwrap_or(tag)));
        match (name, own) {
            (Some(name), Some(own)) if name != own => format!("{name} — {own} ({tag})"),
            (Some(name), _) | (None, Some(name)) => format!("{name} ({tag})"),
            (None, None) => tag.to_string(),
        }
    }
    #[cfg(not(feature = "ssr"))]
    {
        let _ = reader;
        tag.to_string()
    }
}

#[server(input = GetUrl)]
pub async fn fetch_translations(lang: String) -> Result<TranslationsReport, AppError> {
    let state = expect_context::<crate::state::AppState>();
    let locale = crate::i18n::Locale::best_for(&lang).unwrap_or_default();
    ssr::report(&state.pool, locale).await
}

#[cfg(feature = "ssr")]
pub mod ssr {
    use axum::extract::State;
    use axum::response::Response;
    use sqlx::AnyPool;

    use super::*;
    use crate::i18n::Locale;
    use crate::state::AppState;

    fn folder(tag: &str) -> Option<&'static LocaleFolder> {
        LOCALE_FOLDERS.iter().find(|f| f.tag == tag)
    }

    /// Every language, English first, with the countries each writes to first.
    pub async fn report(pool: &AnyPool, locale: Locale) -> Result<TranslationsReport, AppError> {
        let bodies: Vec<(String, String)> =
            sqlx::query_as("SELECT alpha2, country_name_en FROM nsb ORDER BY alpha2").fetch_all(pool).await?;
        let english = folder("en");
        let count = |ids: &[&str], of: &[&str]| ids.iter().filter(|id| of.contains(id)).count();
        let mut uncovered = Vec::new();
        let mut first_language: Vec<(String, Option<Locale>)> = Vec::new();
        for (alpha2, country_en) in bodies {
            let languages = crate::territory::letter_languages(&alpha2);
            let Some(first) = languages.first() else { continue };
            let writes = crate::letters::compose::letter_locale_for(first);
            if writes.is_none() {
                let country = crate::territory::country_name(&alpha2, locale).unwrap_or(country_en);
                uncovered.push(UncoveredCountry { alpha2: alpha2.clone(), country, language: first.clone() });
            }
            first_language.push((alpha2, writes));
        }
        let languages = Locale::letter_languages()
            .map(|language| {
                let own = folder(language.tag());
                let (letter_en, interface_en) = english.map_or((&[][..], &[][..]), |f| (f.letter_ids, f.interface_ids));
                LanguageReport {
                    tag: language.tag().to_string(),
                    name: language.t("language-name"),
                    interface: language.is_interface(),
                    direction: language.dir().to_string(),
                    letter_messages: own.map_or(0, |f| count(f.letter_ids, letter_en)),
                    letter_total: letter_en.len(),
                    interface_messages: own.map_or(0, |f| count(f.interface_ids, interface_en)),
                    interface_total: interface_en.len(),
                    review: letter_status(language.tag()),
                    countries: first_language
                        .iter()
                        .filter(|(_, writes)| *writes == Some(language))
                        .map(|(alpha2, _)| alpha2.clone())
                        .collect(),
                }
            })
            .collect();
        Ok(TranslationsReport { languages, uncovered })
    }

    crate::api::envelope!(
        /// `GET /api/v1/translations`: every language's coverage and review status.
        TranslationsJson,
        TranslationsReport
    );

    /// `GET /api/v1/translations`
    #[utoipa::path(
        get,
        path = "/api/v1/translations",
        tag = "translations",
        responses(
            (status = 200, description = "Every language Quorum writes in: interface or letters only, messages translated of English's, the letters' review status (drafted, or reviewed by a native speaker: who and when), the member countries each writes to first, and the countries still written to in English", body = TranslationsJson),
        )
    )]
    pub async fn translations(State(state): State<AppState>, headers: http::HeaderMap) -> Result<Response, AppError> {
        let report = report(&state.pool, crate::api::asker_locale(&headers)).await?;
        Ok(crate::api::json_response(report, None))
    }
}
