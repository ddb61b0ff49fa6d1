//! Letters to standards bodies: what the writer chooses (`LetterForm`), what the records
//! say (`LetterFacts`), and the letter itself (`compose`). Composing is pure; the server
//! renders letters for the composer (and its live preview), downloads, the print page
//! and the API.

pub mod compose;
pub mod form;
#[cfg(test)]
mod snapshots;
#[cfg(feature = "ssr")]
pub mod ssr;

use std::collections::BTreeMap;

use leptos::prelude::*;
use leptos::server_fn::codec::GetUrl;
use serde::{Deserialize, Serialize};

use crate::error::AppError;

/// What a letter asks the body to do.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Purpose {
    /// Vote *confirm* in the standard's systematic review.
    Review,
    /// Adopt the standard nationally.
    Adopt,
    /// Publish the standard in the national language.
    Translate,
}

impl Purpose {
    pub const ALL: [Purpose; 3] = [Purpose::Review, Purpose::Adopt, Purpose::Translate];

    pub fn slug(self) -> &'static str {
        match self {
            Purpose::Review => "review",
            Purpose::Adopt => "adopt",
            Purpose::Translate => "translate",
        }
    }

    pub fn from_slug(slug: &str) -> Option<Purpose> {
        Purpose::ALL.into_iter().find(|p| p.slug() == slug.trim())
    }

    /// The composer's label for this purpose.
    pub fn label_key(self) -> &'static str {
        match self {
            Purpose::Review => "letter-purpose-review",
            Purpose::Adopt => "letter-purpose-adopt",
            Purpose::Translate => "letter-purpose-translate",
        }
    }
}

/// A country as a letter names it, in one letter language (`locales/<tag>/countries.ftl`).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct LetterCountry {
    /// As it stands in a sentence, nominative, with the language's article ("the United
    /// Kingdom", "die Schweiz").
    pub name: String,
    /// "in <the country>" with the language's preposition and case ("aux Pays-Bas").
    pub in_phrase: String,
    /// As an envelope's last line ("United Kingdom").
    pub address: String,
}

/// The ISO members that are not states: Hong Kong and Macao, special administrative
/// regions of China, which ISO lists as "Hong Kong, China" and "Macao, China". A letter
/// does not call what they publish a *national* standard.
pub const NOT_STATES: [&str; 2] = ["HK", "MO"];

/// `country` for a state, `territory` for Hong Kong and Macao: the letters' Fluent
/// selector `$country_kind`.
pub fn country_kind(alpha2: &str) -> &'static str {
    if NOT_STATES.iter().any(|code| code.eq_ignore_ascii_case(alpha2)) { "territory" } else { "country" }
}

/// What the records say about the recipient and the standard: everything a letter needs
/// besides the writer's own choices. Names come in every shipped language so the browser
/// can switch the letter's language without asking the server again.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct LetterFacts {
    pub alpha2: String,
    pub acronym: Option<String>,
    pub body_name_en: Option<String>,
    pub body_name_native: Option<String>,
    /// The first address in the record that is safe to put in a `mailto:` link.
    pub email: Option<String>,
    pub address: Option<String>,
    /// The languages letters to the country go in, first the one they start in (see
    /// `territory::letter_languages`: CLDR's official languages, or a documented order).
    pub official_languages: Vec<String>,
    /// The country as letters name it, by letter language (`locales/<tag>/countries.ftl`).
    pub country_names: BTreeMap<String, LetterCountry>,
    /// The country's main language named in each locale (CLDR).
    pub language_names: BTreeMap<String, String>,
    /// The standard's reference, `ISO 20400:2017`.
    pub standard: String,
    /// Titles by language tag, as recorded.
    pub titles: BTreeMap<String, String>,
    /// The source of each recorded title, by language tag.
    pub title_sources: BTreeMap<String, String>,
    /// Where the standard's facts (reference, last confirmation) come from, and when.
    pub standard_source: String,
    pub standard_as_of: Option<String>,
    /// National adoptions recorded (status "adopted").
    pub adopted: u32,
    /// When the last systematic review was completed with the standard confirmed.
    pub last_confirmed: Option<String>,
    /// When the open review ballot closes, if one is recorded.
    pub deadline: Option<String>,
    /// Without an open ballot: when the next review is due at the latest (derived).
    #[serde(default)]
    pub due_by: Option<String>,
    /// The committee that owns the standard.
    #[serde(default)]
    pub committee: Option<String>,
    /// The purpose that fits what is recorded about this body.
    pub suggested: Purpose,
    /// The body's adoption of the standard is recorded as in progress: the adoption letter
    /// asks it to complete and publish, not to start.
    #[serde(default)]
    pub adoption_in_progress: bool,
    /// The designation of the body's national edition in the country's main language, when
    /// one is recorded (`DIN ISO 20400`): the translation letter then says what exists.
    #[serde(default)]
    pub national_edition: Option<String>,
    /// The letter language to start with: the country's first language when Quorum has
    /// letters in it, otherwise English.
    pub default_lang: String,
    /// The server's date (ISO 8601) for the printed letter's date line.
    pub today: String,
}

impl LetterFacts {
    /// The country as a letter in `tag` names it (English where that language has no
    /// name recorded in these facts, the country code where none has).
    pub fn country(&self, tag: &str) -> LetterCountry {
        self.country_names.get(tag).or_else(|| self.country_names.get("en")).cloned().unwrap_or_else(|| LetterCountry {
            name: self.alpha2.clone(),
            in_phrase: self.alpha2.clone(),
            address: self.alpha2.clone(),
        })
    }

    /// The recorded title a letter in `locale` uses, with its language: the locale's own,
    /// else its base language's (`pt` for `pt-PT`). None otherwise: a letter never quotes
    /// a title in another language (an English title inside a Ukrainian or Chinese
    /// letter); it names the standard by its reference alone (`$has_title`).
    pub fn title_for(&self, locale: crate::i18n::Locale) -> Option<(&str, &str)> {
        [locale.tag(), locale.langid().language.as_str()]
            .into_iter()
            .find_map(|key| self.titles.get_key_value(key))
            .map(|(lang, title)| (lang.as_str(), title.as_str()))
    }

    /// The country's first language has no letters yet: the letter starts in English and
    /// the composer (and the API) say so.
    pub fn first_language_missing(&self) -> bool {
        self.official_languages.first().is_some_and(|first| compose::letter_locale_for(first).is_none())
    }

    /// Acronym and name as the composer's recipient line shows them.
    pub fn recipient_label(&self) -> String {
        match (&self.acronym, &self.body_name_en) {
            (Some(acronym), Some(name)) if acronym != name => format!("{name} ({acronym})"),
            (Some(short), _) | (None, Some(short)) => short.clone(),
            (None, None) => self.alpha2.clone(),
        }
    }
}

/// A recipient in the composer's list.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Recipient {
    pub alpha2: String,
    pub label: String,
}

#[server(input = GetUrl)]
pub async fn get_letter_facts(nsb: String) -> Result<LetterFacts, AppError> {
    let state = expect_context::<crate::state::AppState>();
    let facts = ssr::current_facts(&state, &nsb).await?;
    if let Some(parts) = use_context::<http::request::Parts>() {
        ssr::count_started(&state, &parts, &facts.alpha2).await;
    }
    Ok(facts)
}

/// The languages letters can be written in: tag and label, the CLDR name in the page's
/// language followed by the language's own name ("portugais — português").
#[server(input = GetUrl)]
pub async fn letter_languages(lang: String) -> Result<Vec<(String, String)>, AppError> {
    let page = crate::i18n::Locale::best_for(&lang).unwrap_or_default();
    Ok(crate::i18n::Locale::letter_languages()
        .map(|locale| {
            let tag = locale.tag();
            let own = locale.t("language-name");
            let label = match crate::territory::language_name(tag, page) {
                Some(name) if name != own => format!("{name} — {own}"),
                _ => own,
            };
            (tag.to_string(), label)
        })
        .collect())
}

/// Every body, "Country — Acronym", sorted by country name in `lang`.
#[server(input = GetUrl)]
pub async fn list_recipients(lang: String) -> Result<Vec<Recipient>, AppError> {
    let state = expect_context::<crate::state::AppState>();
    let locale = crate::i18n::Locale::best_for(&lang).unwrap_or_default();
    // Kept while the data lasts: the live preview asks for the composer at each change.
    state.watched.remember(format!("recipients|{}", locale.tag()), ssr::recipients(&state.pool, locale)).await
}
