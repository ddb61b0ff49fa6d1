//! Directory search: finds a body by country name (in any shipped language), ISO code,
//! acronym or body name, ignoring case and accents and tolerating one typo.

use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

/// Longest query that is searched; longer input is cut (and the page says so).
pub const MAX_QUERY_CHARS: usize = 100;

/// Lower-cases, strips accents and folds punctuation to single spaces:
/// "Brésil" → "bresil", "Côte d’Ivoire" → "cote d ivoire".
pub fn normalize(text: &str) -> String {
    let mut folded = String::with_capacity(text.len());
    let mut pending_space = false;
    for c in text.nfkd().filter(|c| !is_combining_mark(*c)).flat_map(char::to_lowercase) {
        if c.is_alphanumeric() {
            if pending_space && !folded.is_empty() {
                folded.push(' ');
            }
            pending_space = false;
            folded.push(c);
        } else {
            pending_space = true;
        }
    }
    folded
}

/// How well a body matched; lower is better. Results are ordered by it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum MatchQuality {
    /// The query is the body's ISO code or acronym.
    Code,
    /// A name or acronym equals the query.
    Exact,
    /// A name starts with the query, or one of its words does.
    Prefix,
    /// A name contains the query.
    Substring,
    /// A name or one of its words is one edit away (a typo).
    Typo,
}

/// What people call a country besides its CLDR names (`seed/aliases.csv`: UK, U.S.,
/// America, Holland, Ivory Coast…), by alpha-2 code; read once.
static ALIASES: std::sync::LazyLock<std::collections::HashMap<&'static str, Vec<&'static str>>> =
    std::sync::LazyLock::new(|| {
        let mut aliases = std::collections::HashMap::<&str, Vec<&str>>::new();
        for line in include_str!("../../../seed/aliases.csv").lines().skip(1) {
            let mut cells = line.splitn(3, ',');
            if let (Some(code), Some(alias)) = (cells.next(), cells.next()) {
                aliases.entry(code).or_default().push(alias);
            }
        }
        aliases
    });

/// The aliases of the country `alpha2` (upper case).
pub fn aliases(alpha2: &str) -> impl Iterator<Item = &'static str> {
    ALIASES.get(alpha2).into_iter().flatten().copied()
}

/// The searchable texts of one body, normalized once.
#[derive(Debug, Clone, Default)]
pub struct SearchKeys {
    /// Alpha-2, alpha-3, acronym and the country's aliases: an exact match ranks first.
    pub codes: Vec<String>,
    /// Country names in every language, body names, aliases.
    pub names: Vec<String>,
}

impl SearchKeys {
    pub fn new<'a>(codes: impl IntoIterator<Item = &'a str>, names: impl IntoIterator<Item = &'a str>) -> Self {
        let keep = |texts: &mut Vec<String>| {
            texts.retain(|t| !t.is_empty());
            texts.sort();
            texts.dedup();
        };
        let mut codes: Vec<String> = codes.into_iter().map(normalize).collect();
        let mut names: Vec<String> = names.into_iter().map(normalize).collect();
        keep(&mut codes);
        keep(&mut names);
        SearchKeys { codes, names }
    }

    /// Matches an already normalized query.
    pub fn matches(&self, query: &str) -> Option<MatchQuality> {
        if query.is_empty() {
            return None;
        }
        if self.codes.iter().any(|code| code == query) {
            return Some(MatchQuality::Code);
        }
        if self.names.iter().any(|name| name == query) {
            return Some(MatchQuality::Exact);
        }
        let starts = |text: &String| text.starts_with(query) || text.split(' ').any(|word| word.starts_with(query));
        if self.names.iter().any(starts) || self.codes.iter().any(|code| code.starts_with(query)) {
            return Some(MatchQuality::Prefix);
        }
        // Substrings of two letters match half the world; codes cover short queries.
        if query.chars().count() >= 3 && self.names.iter().any(|name| name.contains(query)) {
            return Some(MatchQuality::Substring);
        }
        if query.chars().count() >= 4 && self.names.iter().any(|name| within_one_edit(name, query)) {
            return Some(MatchQuality::Typo);
        }
        None
    }
}

/// True when the query is one edit (insert, delete, substitute, swap) away from the
/// whole name, from one of its words, or from the start of the name.
fn within_one_edit(name: &str, query: &str) -> bool {
    let one = |candidate: &str| strsim::damerau_levenshtein(candidate, query) <= 1;
    if one(name) || name.split(' ').any(one) {
        return true;
    }
    // "brazl" while typing "brazil": compare with the name's prefix of similar length.
    let query_len = query.chars().count();
    [query_len.saturating_sub(1), query_len, query_len + 1].into_iter().any(|len| {
        let prefix: String = name.chars().take(len).collect();
        prefix.chars().count() == len && len + 1 < name.chars().count() && one(&prefix)
    })
}

/// Prepares raw user input: trimmed, cut to [`MAX_QUERY_CHARS`], normalized.
/// Returns the normalized query and whether it was cut.
pub fn prepare_query(raw: &str) -> (String, bool) {
    let trimmed = raw.trim();
    let truncated = trimmed.chars().count() > MAX_QUERY_CHARS;
    let kept: String = trimmed.chars().take(MAX_QUERY_CHARS).collect();
    (normalize(&kept), truncated)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Any search text is normalised (no markup or control characters survive) and
    /// matched without a panic.
    #[test]
    fn what_people_type_finds_the_country_first() {
        fn keys(alpha2: &'static str, name: &'static str) -> SearchKeys {
            // As `directory::ssr` builds them: aliases rank with the codes and match as names.
            SearchKeys::new(
                std::iter::once(alpha2).chain(aliases(alpha2)),
                std::iter::once(name).chain(aliases(alpha2)),
            )
        }
        let uk = keys("GB", "United Kingdom");
        let ukraine = keys("UA", "Ukraine");
        let us = keys("US", "United States");
        let uzbekistan = keys("UZ", "Uzbekistan");
        for query in ["UK", "U.K.", "Great Britain", "Britain", "England"] {
            let query = normalize(query);
            assert_eq!(uk.matches(&query), Some(MatchQuality::Code), "{query}");
            assert!(ukraine.matches(&query) > uk.matches(&query) || ukraine.matches(&query).is_none(), "{query}");
        }
        for query in ["US", "U.S.", "America", "USA"] {
            let query = normalize(query);
            assert_eq!(us.matches(&query), Some(MatchQuality::Code), "{query}");
            assert!(uzbekistan.matches(&query).is_none_or(|q| q > MatchQuality::Code), "{query}");
        }
        for (alpha2, name, query) in [
            ("CI", "Côte d’Ivoire", "Ivory Coast"),
            ("CZ", "Czechia", "Czech Republic"),
            ("MM", "Myanmar (Burma)", "Burma"),
            ("SZ", "Eswatini", "Swaziland"),
            ("NL", "Netherlands", "Holland"),
        ] {
            assert_eq!(keys(alpha2, name).matches(&normalize(query)), Some(MatchQuality::Code), "{query}");
        }
    }

    #[test]
    fn hostile_queries_never_panic() {
        let mut hostile = crate::hostile::Hostile::new(23);
        let keys = brazil();
        for _ in 0..3_000 {
            let query = normalize(&hostile.string(4));
            assert!(!query.chars().any(|c| c.is_control() || c == '<' || c == '>'), "{query:?}");
            let _ = keys.matches(&query);
        }
    }

    fn brazil() -> SearchKeys {
        SearchKeys::new(
            ["BR", "BRA", "ABNT"],
            ["Brazil", "Brésil", "Brasil", "البرازيل", "巴西", "Associação Brasileira de Normas Técnicas"],
        )
    }

    #[test]
    fn normalize_strips_case_accents_and_punctuation() {
        assert_eq!(normalize("Brésil"), "bresil");
        assert_eq!(normalize("  CÔTE d’Ivoire!! "), "cote d ivoire");
        assert_eq!(normalize("Türkiye"), "turkiye");
        assert_eq!(normalize("巴西"), "巴西");
        assert_eq!(normalize("<script>alert(1)</script>"), "script alert 1 script");
        assert_eq!(normalize(""), "");
    }

    #[test]
    fn finds_brazil_every_way_an_advocate_types_it() {
        let keys = brazil();
        for query in ["bresil", "Brésil", "BRA", "br", "abnt", "brasil", "Brazl", "巴西", "البرازيل", "normas tecnicas"]
        {
            assert!(keys.matches(&prepare_query(query).0).is_some(), "{query} should find Brazil");
        }
    }

    #[test]
    fn ranks_codes_before_names_before_typos() {
        let keys = brazil();
        assert_eq!(keys.matches("bra"), Some(MatchQuality::Code));
        assert_eq!(keys.matches("brazil"), Some(MatchQuality::Exact));
        assert_eq!(keys.matches("braz"), Some(MatchQuality::Prefix));
        assert_eq!(keys.matches("rasil"), Some(MatchQuality::Substring));
        assert_eq!(keys.matches("brazl"), Some(MatchQuality::Typo));
    }

    #[test]
    fn does_not_match_what_is_not_there() {
        let keys = brazil();
        for query in ["", "france", "xyz", "bx", "zzzzzz", "argentina"] {
            assert_eq!(keys.matches(&normalize(query)), None, "{query}");
        }
    }

    #[test]
    fn overlong_queries_are_cut_not_rejected() {
        let (query, truncated) = prepare_query(&"a".repeat(5000));
        assert!(truncated);
        assert_eq!(query.chars().count(), MAX_QUERY_CHARS);
        assert!(!prepare_query("  Brasil ").1);
    }
}
