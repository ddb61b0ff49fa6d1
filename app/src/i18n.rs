//! Languages: which locales ship, how a request picks one, and message lookup.
//!
//! Every `locales/<bcp47>/` folder is embedded at compile time and is a **letter
//! language**: its `letter.ftl` holds the letters' texts, `language-name` (the language in
//! its own name) and `locale-direction` (`ltr` or `rtl`). The **interface languages**
//! ([`INTERFACE`]) also carry the pages' messages (`main.ftl` and the others); a letter
//! language joins the interface by being translated whole and added to that list.

use std::borrow::Cow;
use std::collections::HashMap;
use std::sync::LazyLock;

use fluent_langneg::{NegotiationStrategy, negotiate_languages};
use fluent_templates::fluent_bundle::FluentValue;
use fluent_templates::{LanguageIdentifier, Loader};
use leptos::prelude::*;

fluent_templates::static_loader! {
    pub static LOCALES = {
        locales: "../locales",
        fallback_language: "en",
        // Placeables are isolated where it matters with <bdi> in HTML; plain-text
        // outputs (vCard, clipboard, mailto) must not carry invisible marks.
        customise: |bundle| {
            bundle.set_use_isolating(false);
            // Digit grouping per locale for large numbers ("2 345" in French).
            bundle.set_formatter(Some(crate::format::fluent_formatter));
        },
    };
}

/// The query parameter and cookie that carry an explicit language choice.
pub const LANG_PARAM: &str = "lang";
pub const LANG_COOKIE: &str = "quorum_lang";

/// The languages the interface is written in (pages, forms, messages, e-mail). Every
/// other folder under `locales/` is a letter language only.
pub const INTERFACE: [&str; 13] = ["en", "ar", "de", "es", "fr", "it", "ja", "ko", "nl", "pt", "ru", "tr", "zh-Hans"];

struct LocaleInfo {
    id: LanguageIdentifier,
    tag: String,
    interface: bool,
}

static AVAILABLE: LazyLock<Vec<LocaleInfo>> = LazyLock::new(|| {
    let mut all: Vec<LocaleInfo> = LOCALES
        .locales()
        .map(|id| {
            let tag = id.to_string();
            LocaleInfo { id: id.clone(), interface: INTERFACE.contains(&tag.as_str()), tag }
        })
        .collect();
    // English first (the default), the rest in a stable order.
    all.sort_by_key(|l| (l.tag != "en", l.tag.clone()));
    all
});

/// The interface languages' identifiers, in `AVAILABLE` order, for negotiation.
static LANGIDS: LazyLock<Vec<LanguageIdentifier>> =
    LazyLock::new(|| Locale::all().map(|l| l.langid().clone()).collect());

/// One of the shipped languages: an interface language, or a letter language only (see
/// [`Locale::letter_languages`]). Cheap to copy; compares by identity. The default,
/// index 0, is English (the list is sorted English first).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Locale(usize);

impl Locale {
    /// The interface languages.
    pub fn all() -> impl Iterator<Item = Locale> {
        (0..AVAILABLE.len()).filter(|&i| AVAILABLE[i].interface).map(Locale)
    }

    /// Every language letters can be written in: the interface languages and the letter
    /// languages, English first, then by tag.
    pub fn letter_languages() -> impl Iterator<Item = Locale> {
        (0..AVAILABLE.len()).map(Locale)
    }

    /// Whether pages can be shown in this language (or only letters written in it).
    pub fn is_interface(self) -> bool {
        AVAILABLE[self.0].interface
    }

    /// Exact match of a letter language's tag, ignoring case (`pt-PT`, `uk`).
    pub fn letter_language(tag: &str) -> Option<Locale> {
        Locale::letter_languages().find(|l| l.tag().eq_ignore_ascii_case(tag.trim()))
    }

    /// BCP 47 tag as used in folders, URLs and `<html lang>`.
    pub fn tag(self) -> &'static str {
        &AVAILABLE[self.0].tag
    }

    pub fn langid(self) -> &'static LanguageIdentifier {
        &AVAILABLE[self.0].id
    }

    pub fn is_rtl(self) -> bool {
        self.t("locale-direction") == "rtl"
    }

    pub fn dir(self) -> &'static str {
        if self.is_rtl() { "rtl" } else { "ltr" }
    }

    /// Exact match of an interface language's tag, ignoring case (`zh-hans`, `AR`).
    pub fn from_tag(tag: &str) -> Option<Locale> {
        Locale::all().find(|l| l.tag().eq_ignore_ascii_case(tag.trim()))
    }

    /// Best shipped locale for a language range from `Accept-Language` or a URL:
    /// the exact tag first, then the same language (`zh-CN` → `zh-Hans`, `ar-EG` → `ar`).
    pub fn best_for(range: &str) -> Option<Locale> {
        let range = range.trim();
        if range.is_empty()
            || range.len() > 35
            || !range.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
        {
            return None;
        }
        let range = range.replace('_', "-");
        if let Some(exact) = Locale::from_tag(&range) {
            return Some(exact);
        }
        // fluent-langneg's matching (regions, scripts, likely subtags), then the language.
        let requested: Option<LanguageIdentifier> = range.parse().ok();
        let available = LANGIDS.as_slice();
        let matched = requested.as_ref().and_then(|requested| {
            let found = negotiate_languages(&[requested], available, None, NegotiationStrategy::Lookup);
            found.first().and_then(|langid| Locale::from_tag(&langid.to_string()))
        });
        let language = range.split('-').next().unwrap_or_default();
        matched.or_else(|| Locale::all().find(|l| l.langid().language.as_str().eq_ignore_ascii_case(language)))
    }

    pub fn t(self, key: &str) -> String {
        LOCALES.lookup(self.langid(), key)
    }

    pub fn t_args(self, key: &str, args: &[(&'static str, FluentValue<'static>)]) -> String {
        let map: HashMap<Cow<'static, str>, FluentValue> =
            args.iter().map(|(k, v)| (Cow::Borrowed(*k), v.clone())).collect();
        LOCALES.lookup_with_args(self.langid(), key, &map)
    }

    /// The message (or `message.attribute`) in this language only: `None` where the
    /// language does not define it, instead of English.
    pub fn t_exact(self, key: &str) -> Option<String> {
        LOCALES.lookup_single_language::<&str>(self.langid(), key, None).ok()
    }

    /// As [`Locale::t_args`], with arguments kept as data (names and texts owned).
    pub fn t_owned_args(self, key: &str, args: &[(String, String)]) -> String {
        let map: HashMap<Cow<'static, str>, FluentValue> =
            args.iter().map(|(k, v)| (Cow::Owned(k.clone()), FluentValue::from(v.clone()))).collect();
        LOCALES.lookup_with_args(self.langid(), key, &map)
    }
}

/// Parses an `Accept-Language` header into language ranges, best first. Malformed
/// entries are skipped, never an error: a browser's odd header must not break a page.
pub fn parse_accept_language(header: &str) -> Vec<String> {
    let mut ranges: Vec<(String, u32, usize)> = header
        .split(',')
        .take(32)
        .enumerate()
        .filter_map(|(position, part)| {
            let mut pieces = part.split(';');
            let range = pieces.next()?.trim();
            if range.is_empty() || range == "*" || range.len() > 35 {
                return None;
            }
            let mut quality = 1000;
            for param in pieces {
                let (key, value) = param.split_once('=')?;
                if key.trim().eq_ignore_ascii_case("q") {
                    let q: f32 = value.trim().parse().ok()?;
                    if !(0.0..=1.0).contains(&q) {
                        return None;
                    }
                    quality = (q * 1000.0).round() as u32;
                }
            }
            (quality > 0).then(|| (range.to_string(), quality, position))
        })
        .collect();
    ranges.sort_by(|a, b| b.1.cmp(&a.1).then(a.2.cmp(&b.2)));
    ranges.into_iter().map(|(range, _, _)| range).collect()
}

/// The language of a request: `?lang=` first, then the cookie, then `Accept-Language`,
/// then English.
pub fn negotiate(query_lang: Option<&str>, cookie_lang: Option<&str>, accept_language: Option<&str>) -> Locale {
    query_lang
        .and_then(Locale::best_for)
        .or_else(|| cookie_lang.and_then(Locale::best_for))
        .or_else(|| {
            accept_language
                .map(parse_accept_language)
                .unwrap_or_default()
                .iter()
                .find_map(|range| Locale::best_for(range))
        })
        .unwrap_or_default()
}

/// The page's locale, provided once by the shell (server) or read back from
/// `<html lang>` (browser), so both sides agree during hydration.
pub fn use_locale() -> Locale {
    use_context::<Locale>().unwrap_or_default()
}

/// Translates a key in the page's locale.
pub fn t(key: &str) -> String {
    use_locale().t(key)
}

#[cfg(feature = "ssr")]
pub mod ssr {
    use super::*;
    use http::request::Parts;

    /// The value of a request's cookie `name`, if it is set and not empty.
    pub fn cookie(parts: &Parts, name: &str) -> Option<String> {
        parts
            .headers
            .get_all(http::header::COOKIE)
            .iter()
            .filter_map(|value| value.to_str().ok())
            .find_map(|cookies| crate::cookies::read(cookies, name))
    }

    /// Reads the three language signals off a request.
    pub fn locale_from_request(parts: &Parts) -> (Locale, bool) {
        let query_lang = parts.uri.query().and_then(|query| {
            query.split('&').find_map(|pair| {
                let (key, value) = pair.split_once('=')?;
                (key == LANG_PARAM).then(|| value.to_string())
            })
        });
        let cookie_lang = cookie(parts, LANG_COOKIE);
        let accept = parts.headers.get(http::header::ACCEPT_LANGUAGE).and_then(|value| value.to_str().ok());
        let explicit = query_lang.as_deref().and_then(Locale::best_for);
        let locale = negotiate(query_lang.as_deref(), cookie_lang.as_deref(), accept);
        (locale, explicit.is_some())
    }

    pub fn lang_cookie(locale: Locale) -> String {
        crate::cookies::preference(LANG_COOKIE, locale.tag(), 31_536_000)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Any query, cookie or header value picks one of the shipped languages.
    #[test]
    fn hostile_language_choices_never_panic() {
        let mut hostile = crate::hostile::Hostile::new(11);
        for _ in 0..3_000 {
            let (query, cookie, header) = (hostile.string(3), hostile.string(2), hostile.string(6));
            let locale = negotiate(Some(&query), Some(&cookie), Some(&header));
            assert!(Locale::all().any(|l| l == locale));
            assert!(Locale::all().any(|l| l == negotiate(None, None, Some(&header))));
        }
    }

    fn tag(locale: Locale) -> &'static str {
        locale.tag()
    }

    #[test]
    fn ships_the_thirteen_languages_english_first() {
        let tags: Vec<_> = Locale::all().map(tag).collect();
        assert_eq!(tags[0], "en");
        for wanted in ["en", "fr", "es", "ar", "zh-Hans", "ru", "pt", "de", "ja", "ko", "it", "nl", "tr"] {
            assert!(tags.contains(&wanted), "{wanted} ships");
        }
    }

    #[test]
    fn explicit_choice_beats_cookie_and_header() {
        assert_eq!(tag(negotiate(Some("ar"), Some("zh-Hans"), Some("zh-CN"))), "ar");
        assert_eq!(tag(negotiate(None, Some("zh-Hans"), Some("ar"))), "zh-Hans");
        assert_eq!(tag(negotiate(None, None, Some("ar-EG,en;q=0.5"))), "ar");
    }

    #[test]
    fn header_quality_order_is_respected() {
        assert_eq!(tag(negotiate(None, None, Some("sw;q=0.9, zh-CN;q=0.8, en;q=0.7"))), "zh-Hans");
        assert_eq!(tag(negotiate(None, None, Some("en;q=0.2, ar;q=0.9"))), "ar");
        assert_eq!(tag(negotiate(None, None, Some("ar;q=0, en"))), "en");
    }

    #[test]
    fn unknown_or_malformed_input_falls_back_to_english() {
        assert_eq!(tag(negotiate(Some("xx"), None, None)), "en");
        assert_eq!(tag(negotiate(Some("<script>"), Some(""), Some(";;;,q=,=,zh;q=abc"))), "en");
        assert_eq!(tag(negotiate(None, None, Some(&"a".repeat(10_000)))), "en");
        assert_eq!(tag(negotiate(None, None, None)), "en");
    }

    #[test]
    fn direction_comes_from_the_locale_files() {
        assert!(Locale::from_tag("ar").is_some_and(|l| l.is_rtl()));
        assert!(Locale::from_tag("zh-hans").is_some_and(|l| !l.is_rtl()));
        assert_eq!(Locale::default().dir(), "ltr");
    }

    /// Message id → the `$variables` it uses, read from every `.ftl` of a locale folder.
    fn messages(
        locale_dir: &std::path::Path,
    ) -> std::collections::BTreeMap<String, std::collections::BTreeSet<String>> {
        messages_of(locale_dir, |_| true)
    }

    /// As [`messages`], from the files `take` accepts.
    fn messages_of(
        locale_dir: &std::path::Path,
        take: impl Fn(&std::path::Path) -> bool,
    ) -> std::collections::BTreeMap<String, std::collections::BTreeSet<String>> {
        let mut messages = std::collections::BTreeMap::new();
        let mut files: Vec<_> =
            std::fs::read_dir(locale_dir).into_iter().flatten().filter_map(Result::ok).map(|e| e.path()).collect();
        files.sort();
        for file in files.iter().filter(|f| f.extension().is_some_and(|e| e == "ftl") && take(f)) {
            let text = std::fs::read_to_string(file).unwrap_or_default();
            let parsed = fluent_templates::fluent_bundle::FluentResource::try_new(text.clone());
            assert!(parsed.is_ok(), "{} has Fluent syntax errors: {:?}", file.display(), parsed.err().map(|e| e.1));
            let mut current: Option<String> = None;
            for line in text.lines() {
                let starts_message = line.chars().next().is_some_and(|c| c.is_ascii_alphabetic());
                if starts_message {
                    let id = line.split('=').next().unwrap_or_default().trim().to_string();
                    // Fluent refuses a bundle that defines an id twice, across files too.
                    let again = messages.insert(id.clone(), std::collections::BTreeSet::new());
                    assert!(again.is_none(), "{}: `{id}` is defined twice", locale_dir.display());
                    current = Some(id);
                } else if line.starts_with('#') || line.is_empty() {
                    current = None;
                }
                if let Some(id) = &current {
                    let variables = messages.entry(id.clone()).or_default();
                    for piece in line.split('$').skip(1) {
                        let name: String =
                            piece.chars().take_while(|c| c.is_ascii_alphanumeric() || *c == '_' || *c == '-').collect();
                        variables.insert(name);
                    }
                }
            }
        }
        messages
    }

    #[test]
    fn every_locale_has_every_message_with_the_same_placeables() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../locales");
        let english = messages(&root.join("en"));
        assert!(english.len() > 50, "English messages were read");
        for locale in Locale::all().filter(|l| l.tag() != "en") {
            let translated = messages(&root.join(locale.tag()));
            for (id, variables) in &english {
                let theirs = translated.get(id);
                assert!(theirs.is_some(), "{} lacks `{id}`", locale.tag());
                assert_eq!(theirs, Some(variables), "{}: `{id}` must use the same placeables as English", locale.tag());
            }
            for id in translated.keys() {
                assert!(english.contains_key(id), "{} has `{id}`, which English lacks", locale.tag());
            }
        }
    }

    #[test]
    fn every_letter_language_has_every_letter_message_with_the_same_placeables() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../locales");
        let letter =
            |path: &std::path::Path| path.file_name().is_some_and(|n| n == "letter.ftl" || n == "countries.ftl");
        let english = messages_of(&root.join("en"), letter);
        assert!(english.contains_key("letter-review-ask") && english.contains_key("open-letter-generic-body"));
        let letter_only: Vec<Locale> = Locale::letter_languages().filter(|l| !l.is_interface()).collect();
        assert!(letter_only.len() >= 40, "the letter languages ship ({})", letter_only.len());
        for locale in Locale::letter_languages().filter(|l| l.tag() != "en") {
            let folder = root.join(locale.tag());
            let translated = messages_of(&folder, letter);
            assert_eq!(
                translated.keys().collect::<Vec<_>>(),
                english.keys().collect::<Vec<_>>(),
                "{}: letter.ftl and countries.ftl have English's messages",
                locale.tag()
            );
            for (id, variables) in &english {
                assert_eq!(translated.get(id), Some(variables), "{}: `{id}` uses English's placeables", locale.tag());
            }
            // A letter language is its letters, its country names, its term base and its
            // review status, nothing else.
            if !locale.is_interface() {
                let all = messages(&folder);
                assert_eq!(all.len(), translated.len(), "{}: only letter.ftl and countries.ftl", locale.tag());
            }
            let status = crate::translations::letter_status(locale.tag());
            assert!(status.status.is_some() && status.drafted_on.is_some(), "{}: status.toml", locale.tag());
            if status.status == Some(crate::translations::ReviewStatus::Reviewed) {
                assert!(
                    status.reviewed_by.is_some() && status.reviewed_on.is_some(),
                    "{}: who reviewed, when",
                    locale.tag()
                );
            }
        }
    }

    /// Variant keys (`[one]`, `*[other]`) of every message in a locale's files.
    fn variant_keys(locale_dir: &std::path::Path) -> Vec<(String, Vec<String>)> {
        let mut found: Vec<(String, Vec<String>)> = Vec::new();
        let files = std::fs::read_dir(locale_dir).into_iter().flatten().filter_map(Result::ok).map(|e| e.path());
        for file in files.filter(|f| f.extension().is_some_and(|e| e == "ftl")) {
            for line in std::fs::read_to_string(&file).unwrap_or_default().lines() {
                if line.chars().next().is_some_and(|c| c.is_ascii_alphabetic()) {
                    found.push((line.split('=').next().unwrap_or_default().trim().to_string(), Vec::new()));
                }
                let trimmed = line.trim_start().trim_start_matches('*');
                if let (Some(rest), Some(last)) = (trimmed.strip_prefix('['), found.last_mut()) {
                    last.1.push(rest.split(']').next().unwrap_or_default().trim().to_string());
                }
            }
        }
        found
    }

    #[test]
    fn plural_variants_are_the_languages_cldr_categories() {
        use intl_pluralrules::{PluralRuleType, PluralRules};
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../locales");
        let mut problems = Vec::new();
        for locale in Locale::letter_languages() {
            let language: LanguageIdentifier = locale.langid().language.as_str().parse().unwrap_or_default();
            let rules = PluralRules::create(language, PluralRuleType::CARDINAL);
            // A language Fluent has no plural rules for (Tajik) selects the default
            // variant for every number: only "other".
            let mut categories = match rules {
                Ok(rules) => categories_of(&rules),
                Err(_) => vec!["other".to_string()],
            };
            // CLDR 42 dropped Hebrew's "many" (20, 30…: the "other" form); Fluent's rules
            // still have it, and the default variant serves it.
            if locale.langid().language.as_str() == "he" {
                categories.retain(|c| c != "many");
            }
            for (id, keys) in variant_keys(&root.join(locale.tag())) {
                // The values of `$has_deadline` (yes / due / other), `$has_title` (yes / no)
                // and `$country_kind` (country / territory) are not plural forms.
                let plural: Vec<&String> = keys
                    .iter()
                    .filter(|k| {
                        k.parse::<f64>().is_err()
                            && !matches!(k.as_str(), "yes" | "due" | "no" | "country" | "territory")
                    })
                    .collect();
                // CLDR 38+ gives French, Spanish, Portuguese and Italian a "many" form for
                // millions; Fluent's rules predate it, so that variant is allowed, unused.
                let newer_cldr = matches!(locale.langid().language.as_str(), "fr" | "es" | "pt" | "it");
                for key in plural.iter().filter(|k| !(newer_cldr && k.as_str() == "many")) {
                    if !categories.contains(key) {
                        problems
                            .push(format!("{}: `{id}` has [{key}], not a CLDR category {categories:?}", locale.tag()));
                    }
                }
                // A message that distinguishes plural forms at all covers every one of them.
                if plural.len() > 1 {
                    for category in categories.iter().filter(|c| !plural.contains(c)) {
                        problems.push(format!("{}: `{id}` lacks the [{category}] form", locale.tag()));
                    }
                }
            }
        }
        assert!(problems.is_empty(), "{}", problems.join("\n"));
        let arabic = Locale::from_tag("ar").map(|l| PluralRules::create(l.langid().clone(), PluralRuleType::CARDINAL));
        assert_eq!(arabic.and_then(Result::ok).map(|r| categories_of(&r).len()), Some(6), "Arabic has six forms");
    }

    /// The categories a language's rules produce, found by asking them (intl_pluralrules
    /// has no list): whole numbers, a million (French "many"), and fractions.
    fn categories_of(rules: &intl_pluralrules::PluralRules) -> Vec<String> {
        let mut found: Vec<String> = Vec::new();
        let samples =
            (0..=200).map(|n| n.to_string()).chain(["1000", "1000000", "0.5", "1.5", "2.5"].map(String::from));
        for sample in samples {
            if let Ok(category) = rules.select(sample.as_str()) {
                let name = format!("{category:?}").to_lowercase();
                if !found.contains(&name) {
                    found.push(name);
                }
            }
        }
        found
    }

    #[test]
    fn every_locale_names_itself_and_its_direction() {
        for locale in Locale::all() {
            assert!(!locale.t("language-name").is_empty());
            assert!(matches!(locale.t("locale-direction").as_str(), "ltr" | "rtl"), "{}", locale.tag());
        }
    }

    #[test]
    fn regional_and_script_tags_find_their_language() {
        let tag = |range: &str| Locale::best_for(range).map(Locale::tag);
        assert_eq!(tag("pt-BR"), Some("pt"));
        assert_eq!(tag("es-419"), Some("es"));
        assert_eq!(tag("zh-CN"), Some("zh-Hans"));
        assert_eq!(tag("zh-hans-SG"), Some("zh-Hans"));
        assert_eq!(tag("de_CH"), Some("de"));
        assert_eq!(tag("sw-KE"), None);
    }

    #[test]
    fn parse_accept_language_skips_garbage() {
        assert_eq!(parse_accept_language("fr-CH, fr;q=0.9, en;q=0.8, *;q=0.5"), ["fr-CH", "fr", "en"]);
        assert!(parse_accept_language("q=1;;").is_empty());
    }
}
