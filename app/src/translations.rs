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
    /// The folder's `terms.toml` (the term base), as written.
    pub terms: &'static str,
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
    /// Member countries the language names formally (`countries.ftl`), of all members.
    #[serde(default)]
    pub formal_names: usize,
    /// The term base (`terms.toml`): ISO's vocabulary in this language, with sources.
    #[serde(default)]
    pub terms: Vec<TermEntry>,
}

/// One concept of a language's term base.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct TermEntry {
    /// The concept (`locales/terms.toml`): `systematic-review`, `confirm`, …
    pub concept: String,
    /// The term in the language, dictionary form.
    pub term: String,
    /// Where the term is used so.
    pub source: String,
    /// `official` (the body's or ISO's own text), `secondary`, or `drafted` (not yet
    /// checked against a published source).
    pub kind: String,
}

/// A folder's term base, by concept; unreadable or absent: empty.
#[cfg(feature = "ssr")]
pub fn term_base(text: &str) -> Vec<TermEntry> {
    let Ok(table) = text.parse::<toml::Table>() else { return Vec::new() };
    table
        .iter()
        .filter_map(|(concept, value)| {
            let field = |name: &str| value.get(name).and_then(|v| v.as_str()).unwrap_or_default().to_string();
            value.is_table().then(|| TermEntry {
                concept: concept.clone(),
                term: field("term"),
                source: field("source"),
                kind: field("kind"),
            })
        })
        .collect()
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
        let members: Vec<String> = bodies.iter().map(|(alpha2, _)| alpha2.clone()).collect();
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
                    formal_names: members
                        .iter()
                        .filter(|alpha2| language.t_exact(&format!("country-{alpha2}")).is_some())
                        .count(),
                    terms: own.map(|f| term_base(f.terms)).unwrap_or_default(),
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
            (status = 200, description = "Every language Quorum writes in: interface or letters only, messages translated of English's, the letters' review status (drafted, or reviewed by a native speaker: who and when), the member countries each writes to first, how many member countries it names formally, its term base (ISO's vocabulary with sources), and the countries still written to in English", body = TranslationsJson),
        )
    )]
    pub async fn translations(State(state): State<AppState>, headers: http::HeaderMap) -> Result<Response, AppError> {
        let report = report(&state.pool, crate::api::asker_locale(&headers)).await?;
        Ok(crate::api::json_response(report, None))
    }
}

#[cfg(test)]
mod tests {
    use std::collections::{BTreeMap, HashMap};
    use std::path::PathBuf;

    use crate::i18n::Locale;

    fn locales_dir() -> PathBuf {
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../locales")
    }

    /// The alpha-2 codes of every ISO member: the directory's seed and the bodies the
    /// shipped updates add (`new-body` rows of `seed/updates/`, Monaco's AMNOR).
    fn members() -> Vec<String> {
        let seed_dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../seed");
        let seed = std::fs::read_to_string(seed_dir.join("nsb.csv")).unwrap_or_default();
        let mut codes: Vec<String> = seed
            .lines()
            .skip(1)
            .filter_map(|l| l.split(',').next())
            .filter(|c| c.len() == 2)
            .map(String::from)
            .collect();
        assert!(codes.len() > 150, "the directory's seed lists the members");
        let updates = std::fs::read_dir(seed_dir.join("updates")).into_iter().flatten().filter_map(Result::ok);
        for file in updates {
            let text = std::fs::read_to_string(file.path()).unwrap_or_default();
            for line in text.lines() {
                let cells: Vec<&str> = line.splitn(4, ',').collect();
                if cells.get(1) == Some(&"new-body") && !codes.iter().any(|c| c == cells[2]) {
                    codes.push(cells[2].to_string());
                }
            }
        }
        assert!(codes.iter().any(|c| c == "MC"), "Monaco joins from the December 2026 audit");
        codes
    }

    /// Every letter language names every member's country formally (countries.ftl, as
    /// the bundle loaded it, without English fallback): a name that stands in a sentence
    /// and no menu form, and "in <the country>" in the language's own construction.
    #[test]
    fn formal_names_for_every_member_in_every_letter_language() {
        let members = members();
        let mut problems = Vec::new();
        for locale in Locale::letter_languages() {
            for code in &members {
                let key = format!("country-{code}");
                match (locale.t_exact(&key), locale.t_exact(&format!("{key}.in"))) {
                    (Some(name), Some(in_phrase)) => {
                        let menu_form = ['(', '&'].iter().any(|c| name.contains(*c))
                            || [" SAR", "UK", "USA"].iter().any(|m| name.split([' ', ',']).any(|w| w == m.trim()));
                        if name.trim().is_empty() || in_phrase.trim().is_empty() || menu_form {
                            problems.push(format!("{} {key}: {name:?} / {in_phrase:?}", locale.tag()));
                        }
                    }
                    (name, in_phrase) => problems.push(format!("{} {key}: {name:?} / {in_phrase:?}", locale.tag())),
                }
            }
        }
        assert!(problems.is_empty(), "{} formal names missing or menu forms:\n{}", problems.len(), problems.join("\n"));
        // English: articles where the name takes one, ISO's names for Hong Kong and Macao.
        let en = Locale::default();
        assert_eq!(en.t_exact("country-GB.in").as_deref(), Some("in the United Kingdom"));
        assert_eq!(en.t_exact("country-NL").as_deref(), Some("the Netherlands"));
        assert_eq!(en.t_exact("country-HK").as_deref(), Some("Hong Kong, China"));
        assert_eq!(en.t_exact("country-BR.address"), None);
        assert_eq!(en.t_exact("country-US.address").as_deref(), Some("United States"));
    }

    /// The text of each message of a Fluent file, variants and all: the `id =` line and
    /// the lines that continue it (indented, or a select's closing `}` and what follows).
    fn message_sources(text: &str) -> HashMap<String, String> {
        let mut out: HashMap<String, String> = HashMap::new();
        let mut current: Option<String> = None;
        for line in text.lines() {
            if line.starts_with(|c: char| c.is_ascii_alphabetic()) {
                current = line.split_once('=').map(|(id, _)| id.trim().to_string());
                if let Some(id) = &current {
                    out.insert(id.clone(), line.to_string());
                }
            } else if line.starts_with([' ', '\t', '}']) {
                if let Some(text) = current.as_ref().and_then(|id| out.get_mut(id)) {
                    text.push('\n');
                    text.push_str(line);
                }
            } else {
                current = None;
            }
        }
        out
    }

    #[derive(serde::Deserialize)]
    struct Concept {
        keys: Vec<String>,
    }

    #[derive(serde::Deserialize)]
    struct Term {
        term: String,
        forms: Vec<String>,
        source: String,
        kind: String,
    }

    /// Every letter language has a term base (terms.toml) with every concept of
    /// locales/terms.toml, each with its source and kind, and every letter message that
    /// expresses a concept uses one of the term base's forms for it.
    #[test]
    fn letters_use_the_term_base() {
        let read = |path: PathBuf| std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let concepts: BTreeMap<String, Concept> =
            toml::from_str(&read(locales_dir().join("terms.toml"))).unwrap_or_else(|e| panic!("terms.toml: {e}"));
        assert!(concepts.len() >= 8 && concepts.values().any(|c| !c.keys.is_empty()));
        let mut problems = Vec::new();
        for locale in Locale::letter_languages() {
            let tag = locale.tag();
            let terms: BTreeMap<String, Term> = toml::from_str(&read(locales_dir().join(tag).join("terms.toml")))
                .unwrap_or_else(|e| panic!("{tag}/terms.toml: {e}"));
            let messages = message_sources(&read(locales_dir().join(tag).join("letter.ftl")));
            for (name, concept) in &concepts {
                let Some(term) = terms.get(name) else {
                    problems.push(format!("{tag}: [{name}] missing"));
                    continue;
                };
                if term.term.trim().is_empty() || term.source.trim().is_empty() {
                    problems.push(format!("{tag}: [{name}] needs a term and a source"));
                }
                if !["official", "secondary", "drafted"].contains(&term.kind.as_str()) {
                    problems.push(format!("{tag}: [{name}] kind {:?}", term.kind));
                }
                let forms: Vec<String> =
                    term.forms.iter().map(|f| f.to_lowercase()).filter(|f| !f.trim().is_empty()).collect();
                for key in &concept.keys {
                    let message = messages.get(key).map(|m| m.to_lowercase()).unwrap_or_default();
                    if forms.is_empty() || !forms.iter().any(|form| message.contains(form.as_str())) {
                        problems.push(format!("{tag}: {key} uses none of [{name}] {forms:?}"));
                    }
                }
            }
        }
        assert!(problems.is_empty(), "{} term-base problems:\n{}", problems.len(), problems.join("\n"));
    }

    /// The check reads the message with its variants, and no further.
    #[test]
    fn message_sources_keep_variants_and_stop_at_the_next_message() {
        let text = "# c\na = one { $x ->\n    [one] b\n   *[other] c\n}\nd = e\n";
        let sources = message_sources(text);
        assert_eq!(sources.get("a").map(String::as_str), Some("a = one { $x ->\n    [one] b\n   *[other] c\n}"));
        assert_eq!(sources.get("d").map(String::as_str), Some("d = e"));
    }
}
