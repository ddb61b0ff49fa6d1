//! How a record's source reads in public: each cited source with a readable name, a
//! link where there is one, and its kind — official (ISO or the national body), secondary
//! (press, catalogues, third-party datasets) or derived (computed by Quorum). The stored
//! text stays as it was typed (the audit trail keeps it); `seed/sources.csv` says how
//! the known sources read.

use std::sync::LazyLock;

use serde::{Deserialize, Serialize};

const REGISTRY_CSV: &str = include_str!("../../seed/sources.csv");
const NSB_CSV: &str = include_str!("../../seed/nsb.csv");

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum SourceKind {
    Official,
    Secondary,
    Derived,
}

impl SourceKind {
    pub fn from_db(value: &str) -> Option<SourceKind> {
        match value {
            "official" => Some(SourceKind::Official),
            "secondary" => Some(SourceKind::Secondary),
            "derived" => Some(SourceKind::Derived),
            _ => None,
        }
    }

    /// The Fluent key of the kind's label.
    pub fn label_key(self) -> &'static str {
        match self {
            SourceKind::Official => "source-kind-official",
            SourceKind::Secondary => "source-kind-secondary",
            SourceKind::Derived => "source-kind-derived",
        }
    }
}

/// One source as the public sees it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SourceRef {
    pub name: String,
    pub url: Option<String>,
    /// `None` when nothing says what kind of source it is.
    pub kind: Option<SourceKind>,
}

#[derive(Debug, Deserialize)]
struct Entry {
    r#match: String,
    name: String,
    url: String,
    kind: String,
}

static REGISTRY: LazyLock<Vec<(String, SourceRef)>> = LazyLock::new(|| {
    csv::Reader::from_reader(REGISTRY_CSV.as_bytes())
        .deserialize::<Entry>()
        .filter_map(Result::ok)
        .map(|e| {
            let url = Some(e.url).filter(|u| u.starts_with("https://"));
            (e.r#match.to_lowercase(), SourceRef { name: e.name, url, kind: SourceKind::from_db(&e.kind) })
        })
        .collect()
});

/// The member bodies' acronyms and web domains (a part naming one is the body's own
/// publication).
static BODIES: LazyLock<(Vec<String>, Vec<String>)> = LazyLock::new(|| {
    let mut reader = csv::Reader::from_reader(NSB_CSV.as_bytes());
    let headers = reader.headers().cloned().unwrap_or_default();
    let column = |name: &str| headers.iter().position(|c| c == name);
    let (Some(acronym), Some(website)) = (column("acronym"), column("website")) else {
        return (Vec::new(), Vec::new());
    };
    let (mut acronyms, mut domains) = (Vec::new(), Vec::new());
    for record in reader.records().filter_map(Result::ok) {
        if let Some(a) = record.get(acronym).filter(|a| a.chars().count() >= 2) {
            acronyms.push(a.to_string());
        }
        let site = record.get(website).unwrap_or_default().to_lowercase();
        let host = site.split("://").last().unwrap_or_default().split('/').next().unwrap_or_default();
        let host = host.strip_prefix("www.").unwrap_or(host);
        if host.contains('.') {
            domains.push(host.to_string());
        }
    }
    (acronyms, domains)
});

/// Whether `text` holds `word` with no letter or digit on either side.
fn has_word(text: &str, word: &str) -> bool {
    text.match_indices(word).any(|(at, _)| {
        let before = text[..at].chars().next_back();
        let after = text[at + word.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}

/// A part no registry row knows: shown as typed, linked when it is an address, official
/// when it names ISO or a member body.
fn typed(part: &str) -> SourceRef {
    let lower = part.to_lowercase();
    let url = Some(part.to_string()).filter(|p| p.starts_with("https://") && !p.contains(char::is_whitespace));
    let (acronyms, domains) = &*BODIES;
    let official = lower.contains("iso.org")
        || has_word(part, "ISO")
        || acronyms.iter().any(|acronym| has_word(part, acronym))
        || domains.iter().any(|domain| has_word(&lower, domain));
    SourceRef { name: part.to_string(), url, kind: official.then_some(SourceKind::Official) }
}

/// The text's parts between `;` outside parentheses (a note in brackets may hold one).
fn parts(text: &str) -> Vec<&str> {
    let (mut parts, mut depth, mut start) = (Vec::new(), 0i32, 0);
    for (at, c) in text.char_indices() {
        match c {
            '(' | '[' => depth += 1,
            ')' | ']' => depth = (depth - 1).max(0),
            ';' if depth == 0 => {
                parts.push(&text[start..at]);
                start = at + 1;
            }
            _ => {}
        }
    }
    parts.push(&text[start..]);
    parts
}

/// The sources a stored source text cites, official first, each once.
pub fn read(text: &str) -> Vec<SourceRef> {
    let mut sources: Vec<SourceRef> = Vec::new();
    for part in parts(text).into_iter().map(str::trim).filter(|p| !p.is_empty()) {
        let lower = part.to_lowercase();
        let source = REGISTRY
            .iter()
            .find(|(pattern, _)| lower.contains(pattern.as_str()))
            .map_or_else(|| typed(part), |(_, known)| known.clone());
        if !sources.iter().any(|s| s.name == source.name) {
            sources.push(source);
        }
    }
    // Official, secondary, derived, then those of no recorded kind; stable otherwise.
    sources.sort_by_key(|s| s.kind.map_or(3, |k| k as u8));
    sources
}

/// Whether a value rests on secondary sources only (nothing official or derived).
pub fn secondary_only(sources: &[SourceRef]) -> bool {
    !sources.is_empty() && sources.iter().all(|s| s.kind == Some(SourceKind::Secondary))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn internal_notes_read_as_named_sources_official_first() {
        let sources = read(
            "metanorma pubid-bsi test fixtures (BSI catalogue set identifier 'BS ISO 20400'); \
             textilevaluechain.in ('BSI has launched ISO 20400:2017')",
        );
        let names: Vec<&str> = sources.iter().map(|s| s.name.as_str()).collect();
        assert_eq!(
            names,
            [
                "BSI catalogue identifier, as recorded by metanorma's pubid-bsi",
                "Textile Value Chain news (textilevaluechain.in)"
            ]
        );
        assert!(secondary_only(&sources));
        for source in &sources {
            assert!(!source.name.contains("fixture") && !source.name.contains("scrape"));
        }
        let mixed = read("standards.iteh.ai; iso.org member page, StanDat scrape (2021/22)");
        assert_eq!(mixed[0].kind, Some(SourceKind::Official), "official first: {mixed:?}");
        assert_eq!(mixed[0].url.as_deref(), Some("https://www.iso.org/members.html"));
        assert!(!secondary_only(&mixed));
    }

    #[test]
    fn typed_sources_are_official_only_when_they_name_iso_or_a_body() {
        assert_eq!(read("ABNT contact page, abnt.org.br")[0].kind, Some(SourceKind::Official));
        assert_eq!(read("AFNOR catalogue")[0].kind, Some(SourceKind::Official));
        assert_eq!(read("abnt.org.br/contato")[0].kind, Some(SourceKind::Official), "the body's own site");
        assert_eq!(read("a rumour")[0].kind, None, "nothing says what it is");
        assert_eq!(read("ABNTX notes")[0].kind, None, "an acronym is a whole word");
        let link = read("https://www.din.de/en");
        assert_eq!(link[0].url.as_deref(), Some("https://www.din.de/en"));
        assert!(read("  ;  ").is_empty());
    }

    #[test]
    fn every_seeded_source_has_a_kind_and_no_internal_wording() {
        for csv in [
            include_str!("../../seed/adoptions.csv"),
            include_str!("../../seed/standard_titles.csv"),
            include_str!("../../seed/review_cycles.csv"),
            include_str!("../../seed/review_positions.csv"),
            include_str!("../../seed/standards.csv"),
            include_str!("../../seed/committees.csv"),
            include_str!("../../seed/provenance.csv"),
        ] {
            let mut reader = csv::Reader::from_reader(csv.as_bytes());
            let column = reader.headers().unwrap().iter().position(|c| c == "source").unwrap();
            for record in reader.records() {
                let text = record.unwrap().get(column).unwrap().to_string();
                for source in read(&text) {
                    assert!(source.kind.is_some(), "{text:?} → {source:?}");
                    for internal in ["fixture", "tag page", "scrape", "yaml", "yml"] {
                        assert!(!source.name.to_lowercase().contains(internal), "{text:?} → {source:?}");
                    }
                }
            }
        }
    }
}
