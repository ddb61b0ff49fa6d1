//! The sourced record, below every domain: what a problem with a submitted field is, a
//! change someone else made meanwhile, one entry of a record's history, and the checks
//! every text and date goes through. The server side (`ssr`) holds the audit trail, its
//! readers and the provenance check. Nothing here imports a domain module.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

#[cfg(feature = "ssr")]
pub mod ssr;

/// A problem with one submitted field; `key` is its message in the locale files.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct FieldProblem {
    pub field: String,
    pub key: String,
    /// The limit, for "at most N characters".
    pub max: Option<u32>,
    /// The line of a multi-line text the problem is on.
    #[serde(default)]
    pub line: Option<u32>,
    /// What to quote back (an unknown placeable's name, the parser's complaint).
    #[serde(default)]
    pub detail: Option<String>,
}

/// A field someone else changed since the form was opened.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ConflictingChange {
    pub field: String,
    pub now: Option<String>,
}

/// One change on a record, as its history shows it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(sqlx::FromRow))]
pub struct HistoryEntry {
    /// The kind of record (`nsb`, `adoption`, `review_position`, `advocacy`…).
    pub entity: String,
    /// The record's key (`BR`, `iso-20400:BR`, `iso-20400-2022:FR`).
    pub alpha2: String,
    /// ISO 8601 UTC.
    pub at: String,
    /// The account's e-mail for signed-in viewers; `None` for the public.
    pub who: Option<String>,
    pub field: String,
    pub before: Option<String>,
    pub after: Option<String>,
    pub source: String,
    pub as_of: Option<String>,
}

/// Longest source text a record keeps.
pub const MAX_SOURCE_CHARS: usize = 500;

/// A problem with `field`, said by the message `key`.
pub fn problem(field: &str, key: &str) -> FieldProblem {
    FieldProblem { field: field.to_string(), key: key.to_string(), ..Default::default() }
}

/// (field, message key) of each problem, as tests compare them.
#[cfg(test)]
pub fn field_keys(problems: &[FieldProblem]) -> Vec<(&str, &str)> {
    problems.iter().map(|p| (p.field.as_str(), p.key.as_str())).collect()
}

/// Characters that reorder text invisibly (bidi embeddings, overrides, isolates, marks).
pub fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{200E}' | '\u{200F}' | '\u{061C}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// Whether a one-line value holds a control or bidi character.
pub fn has_control(value: &str) -> bool {
    value.chars().any(|c| c.is_control() || is_bidi_control(c))
}

/// The shape of an e-mail address: something@domain.tld, no spaces or controls.
pub fn looks_like_email(value: &str) -> bool {
    let Some((local, domain)) = value.split_once('@') else {
        return false;
    };
    let local_ok = !local.is_empty()
        && local.chars().all(|c| c.is_ascii_alphanumeric() || "!#$&'*+-/=^_`{|}~.".contains(c) || !c.is_ascii());
    let domain_ok = domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && domain.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '.' || !c.is_ascii());
    local_ok && domain_ok && !value.chars().any(|c| c.is_whitespace() || c.is_control())
}

/// A date of record: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, a real date, not in the future.
pub fn partial_date_ok(value: &str, today: NaiveDate) -> bool {
    let full = match value.len() {
        4 => format!("{value}-01-01"),
        7 => format!("{value}-01"),
        _ => value.to_string(),
    };
    NaiveDate::parse_from_str(&full, "%Y-%m-%d").is_ok_and(|d| d <= today && chrono::Datelike::year(&d) >= 1900)
}

/// A verification date: `YYYY-MM-DD` or `YYYY-MM`, a real date, not in the future.
pub fn as_of_ok(value: &str, today: NaiveDate) -> bool {
    value.len() != 4 && partial_date_ok(value, today)
}

/// Checks the source and verification date every sourced write carries.
pub fn check_provenance(source: &str, as_of: &str, today: NaiveDate, problems: &mut Vec<FieldProblem>) {
    let source = source.trim();
    if source.is_empty() {
        problems.push(problem("source", "edit-error-source-required"));
    } else if source.chars().count() > MAX_SOURCE_CHARS || has_control(source) {
        problems.push(FieldProblem {
            field: "source".into(),
            key: "edit-error-too-long".into(),
            max: u32::try_from(MAX_SOURCE_CHARS).ok(),
            ..Default::default()
        });
    }
    if !as_of_ok(as_of.trim(), today) {
        problems.push(problem("as_of", "edit-error-date"));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 25).unwrap_or_default()
    }

    #[test]
    fn dates_of_record_are_real_and_not_in_the_future() {
        assert!(partial_date_ok("2017", today()) && partial_date_ok("2017-06", today()));
        assert!(partial_date_ok("2026-11-25", today()));
        assert!(!partial_date_ok("2026-11-26", today()) && !partial_date_ok("2017-02-30", today()));
        assert!(!partial_date_ok("1899", today()) && !partial_date_ok("17", today()));
        assert!(!as_of_ok("2026", today()), "a verification date names at least the month");
    }

    #[test]
    fn provenance_needs_a_clean_source_and_a_date() {
        let mut problems = Vec::new();
        check_provenance(" ", "2999-01-01", today(), &mut problems);
        let keys: Vec<&str> = problems.iter().map(|p| p.key.as_str()).collect();
        assert_eq!(keys, ["edit-error-source-required", "edit-error-date"]);
        let mut problems = Vec::new();
        check_provenance("ABNT\u{202E}site", "2026-11", today(), &mut problems);
        assert_eq!(problems[0].key, "edit-error-too-long", "a bidi override is refused");
        let mut problems = Vec::new();
        check_provenance("ABNT site", "2026-11-20", today(), &mut problems);
        assert!(problems.is_empty());
    }

    #[test]
    fn e_mail_shapes() {
        assert!(looks_like_email("ana@example.org") && looks_like_email("josé@exemplo.com.br"));
        assert!(!looks_like_email("ana@example") && !looks_like_email("a b@example.org"));
        assert!(!looks_like_email("@example.org") && !looks_like_email("ana@.org"));
    }
}
