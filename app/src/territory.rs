//! Country and region facts from Unicode CLDR (see `seed/README.md`): alpha-3 codes,
//! UN M49 region, official languages and names in every shipped language. Embedded at
//! compile time so the server never reads files outside its binary for them.

use std::collections::HashMap;
use std::sync::LazyLock;

use crate::i18n::Locale;
use crate::letters::LetterCountry;

const TERRITORIES_CSV: &str = include_str!("../../seed/territories.csv");
const REGIONS_CSV: &str = include_str!("../../seed/regions.csv");
const LANGUAGES_CSV: &str = include_str!("../../seed/languages.csv");
const LETTER_LANGUAGES_CSV: &str = include_str!("../../seed/letter_languages.csv");

#[derive(Debug, Clone)]
pub struct Territory {
    pub alpha2: String,
    pub alpha3: String,
    /// UN M49 continent code (`019` Americas) and sub-region (`005` South America).
    pub region: String,
    pub subregion: String,
    pub official_languages: Vec<String>,
    /// Names keyed by locale tag (`en`, `fr`, `zh-Hans`, …), from CLDR.
    pub names: HashMap<String, String>,
}

#[derive(Debug, Clone)]
pub struct Region {
    pub code: String,
    pub parent: String,
    pub names: HashMap<String, String>,
}

fn parse<T>(csv_text: &str, build: impl Fn(&HashMap<&str, &str>, HashMap<String, String>) -> T) -> Vec<T> {
    let mut reader = csv::Reader::from_reader(csv_text.as_bytes());
    let headers = match reader.headers() {
        Ok(headers) => headers.clone(),
        Err(_) => return Vec::new(),
    };
    reader
        .records()
        .filter_map(Result::ok)
        .map(|record| {
            let row: HashMap<&str, &str> = headers.iter().zip(record.iter()).collect();
            let names = row
                .iter()
                .filter_map(|(column, value)| {
                    let tag = column.strip_prefix("name_")?;
                    (!value.is_empty()).then(|| (tag.to_string(), value.to_string()))
                })
                .collect();
            build(&row, names)
        })
        .collect()
}

static TERRITORIES: LazyLock<HashMap<String, Territory>> = LazyLock::new(|| {
    parse(TERRITORIES_CSV, |row, names| {
        let field = |name: &str| row.get(name).copied().unwrap_or_default().to_string();
        Territory {
            alpha2: field("alpha2"),
            alpha3: field("alpha3"),
            region: field("region"),
            subregion: field("subregion"),
            official_languages: field("official_languages").split_whitespace().map(str::to_string).collect(),
            names,
        }
    })
    .into_iter()
    .map(|territory| (territory.alpha2.clone(), territory))
    .collect()
});

static REGIONS: LazyLock<Vec<Region>> = LazyLock::new(|| {
    parse(REGIONS_CSV, |row, names| Region {
        code: row.get("code").copied().unwrap_or_default().to_string(),
        parent: row.get("parent").copied().unwrap_or_default().to_string(),
        names,
    })
});

/// Language names by BCP 47 tag (`pt`, `zh-Hant`): `names` per shipped locale, and
/// `self` the language in its own name.
static LANGUAGES: LazyLock<HashMap<String, HashMap<String, String>>> = LazyLock::new(|| {
    let mut reader = csv::Reader::from_reader(LANGUAGES_CSV.as_bytes());
    let headers = reader.headers().cloned().unwrap_or_default();
    reader
        .records()
        .filter_map(Result::ok)
        .map(|record| {
            let names = headers
                .iter()
                .zip(record.iter())
                .filter(|(_, value)| !value.is_empty())
                .filter_map(|(column, value)| Some((column.strip_prefix("name_")?.to_string(), value.to_string())))
                .collect();
            (record.get(0).unwrap_or_default().to_string(), names)
        })
        .collect()
});

/// Countries whose letters go in other languages, or another order, than CLDR's official
/// languages give: (languages, first the one letters go in by default; the reason).
static LETTER_LANGUAGES: LazyLock<HashMap<String, (Vec<String>, String)>> = LazyLock::new(|| {
    let mut reader = csv::Reader::from_reader(LETTER_LANGUAGES_CSV.as_bytes());
    reader
        .records()
        .filter_map(Result::ok)
        .map(|row| {
            let languages = row.get(1).unwrap_or_default().split_whitespace().map(str::to_string).collect();
            (row.get(0).unwrap_or_default().to_string(), (languages, row.get(2).unwrap_or_default().to_string()))
        })
        .collect()
});

/// The languages letters to a country's body are written in, the first being the one a
/// letter starts in: `seed/letter_languages.csv` where it names the country (with its
/// reason), otherwise CLDR's official languages (official in law before official in fact,
/// each by speakers). BCP 47 tags (`pt-PT`, `zh-Hant`).
pub fn letter_languages(alpha2: &str) -> Vec<String> {
    let alpha2 = alpha2.to_ascii_uppercase();
    match LETTER_LANGUAGES.get(&alpha2) {
        Some((languages, _)) => languages.clone(),
        None => territory(&alpha2)
            .map(|t| t.official_languages.iter().map(|l| l.replace('_', "-")).collect())
            .unwrap_or_default(),
    }
}

/// Why a country's letter languages differ from CLDR's, when they do.
pub fn letter_languages_reason(alpha2: &str) -> Option<&'static str> {
    LETTER_LANGUAGES.get(&alpha2.to_ascii_uppercase()).map(|(_, reason)| reason.as_str())
}

/// The CLDR name of a language (`pt`, `zh-Hant`, `zh_Hant`) in `locale`; a tag with a
/// script or region CLDR does not name falls back to its base language.
pub fn language_name(code: &str, locale: Locale) -> Option<String> {
    let code = code.replace('_', "-");
    let names = LANGUAGES.get(&code).or_else(|| LANGUAGES.get(code.split('-').next().unwrap_or_default()))?;
    localized(names, locale)
}

/// A language in its own name (`português`), from CLDR.
pub fn language_self_name(code: &str) -> Option<String> {
    LANGUAGES.get(code).and_then(|names| names.get("self")).cloned()
}

/// Every territory's alpha-2 code, in no particular order.
pub fn codes() -> impl Iterator<Item = &'static str> {
    TERRITORIES.keys().map(String::as_str)
}

pub fn territory(alpha2: &str) -> Option<&'static Territory> {
    TERRITORIES.get(&alpha2.to_ascii_uppercase())
}

/// Continents (top-level M49 regions), for the directory filter.
pub fn continents() -> impl Iterator<Item = &'static Region> {
    REGIONS.iter().filter(|region| region.parent.is_empty())
}

pub fn region_name(code: &str, locale: Locale) -> Option<String> {
    let region = REGIONS.iter().find(|region| region.code == code)?;
    localized(&region.names, locale)
}

/// The CLDR name of a country in `locale`, if CLDR has one.
pub fn country_name(alpha2: &str, locale: Locale) -> Option<String> {
    localized(&territory(alpha2)?.names, locale)
}

/// The country as letters in `locale` name it: the language's formal name; where the
/// language has none yet, CLDR's name in an apposition that needs no article or case
/// (`letter-in-your-country`: "in your country (Brazil)").
pub fn letter_country(alpha2: &str, locale: Locale) -> LetterCountry {
    let key = format!("country-{}", alpha2.to_ascii_uppercase());
    match locale.t_exact(&key) {
        Some(name) => LetterCountry {
            in_phrase: locale.t_exact(&format!("{key}.in")).unwrap_or_else(|| in_your_country(locale, &name)),
            address: locale.t_exact(&format!("{key}.address")).unwrap_or_else(|| name.clone()),
            name,
        },
        None => {
            let name = country_name(alpha2, locale).unwrap_or_else(|| alpha2.to_string());
            LetterCountry { in_phrase: in_your_country(locale, &name), address: name.clone(), name }
        }
    }
}

fn in_your_country(locale: Locale, name: &str) -> String {
    locale.t_args("letter-in-your-country", &[("country", name.to_string().into())])
}

fn localized(names: &HashMap<String, String>, locale: Locale) -> Option<String> {
    names.get(locale.tag()).or_else(|| names.get("en")).cloned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn brazil_is_in_south_america_with_names_from_cldr() {
        let brazil = territory("br").map(|t| (t.alpha3.as_str(), t.region.as_str(), t.subregion.as_str()));
        assert_eq!(brazil, Some(("BRA", "019", "005")));
        let names = &territory("BR").map(|t| t.names.clone()).unwrap_or_default();
        assert_eq!(names.get("fr").map(String::as_str), Some("Brésil"));
        assert_eq!(names.get("ar").map(String::as_str), Some("البرازيل"));
    }

    #[test]
    fn language_names_come_from_cldr() {
        let french = Locale::from_tag("fr").unwrap_or_default();
        let english = Locale::default();
        assert_eq!(language_name("pt", english).as_deref(), Some("Portuguese"));
        assert_eq!(language_name("zh_Hant", english).as_deref(), Some("Traditional Chinese"));
        if french != english {
            assert_eq!(language_name("pt", french).as_deref(), Some("portugais"));
        }
        assert_eq!(language_self_name("ja").as_deref(), Some("日本語"));
    }

    /// The switcher names each language in itself as CLDR does, capitalised as CLDR's
    /// `uiListOrMenu` context asks for ("Français", "Русский").
    #[test]
    fn language_switcher_names_are_cldrs() {
        for locale in Locale::all() {
            let cldr = language_self_name(locale.tag()).unwrap_or_default();
            let mut chars = cldr.chars();
            let titled: String = chars.next().map(|c| c.to_uppercase().chain(chars).collect()).unwrap_or_default();
            assert_eq!(locale.t("language-name"), titled, "{}", locale.tag());
        }
    }

    #[test]
    fn five_continents() {
        let mut codes: Vec<_> = continents().map(|r| r.code.as_str()).collect();
        codes.sort();
        assert_eq!(codes, ["002", "009", "019", "142", "150"]);
    }
}
