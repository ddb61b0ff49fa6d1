//! ISO Open Data read into what Quorum keeps of it: the committees (with their P- and
//! O-members) and the deliverables ISO publishes every day under ODC-By, in the formats it
//! publishes them (CSV and JSON Lines, either of them gzipped), plus the rules that turn a
//! deliverable's stage into its systematic review. Pure: no database, no network, no
//! clock; the import above it decides what to write and when.
//!
//! Every reader streams: it takes any `Read`, holds one record at a time and yields one
//! `Result<_, LineProblem>` per record, so an 80,000-line file never sits in memory and a
//! malformed line is named by its line number while the others are still checked. A
//! caller that sees any problem writes nothing (issue 20: a file with errors changes
//! nothing and says why). Unknown columns and keys are ignored, so ISO can add fields.
//!
//! What each format looks like (the shared `data/iso-open-data/README.md` is the source):
//! - Committees CSV: dotted column names (`title.en`, `secretariat.id`, `pMembers.id`,
//!   `pMembers.acronym`…); lists are bracketed and comma-separated (`[1485, 1511]`,
//!   `[SABS, DIN]`), the ids and acronyms of one list in the same order; `null` may stand
//!   for an item; an empty cell is no value.
//! - Committees JSON Lines: not seen on these machines. We assume the shape the CSV's
//!   dotted names flatten: `{"id", "reference", "status", "title": {"en", "fr"},
//!   "secretariat": {"id", "acronym"}, "parentId", "pMembers": [{"id", "acronym"}],
//!   "oMembers": […]}`. Any key may be absent or null, and so may a list item.
//! - Deliverables JSON Lines: one object per line as in the README's two published lines
//!   (`deliverableType`, `title: {en, fr}`, `currentStage` as an integer like `9093`…).
//! - Deliverables CSV: the same fields with the committees CSV's conventions (`title.en`,
//!   `title.fr`, bracketed lists for `icsCode`, `replaces`, `replacedBy`, `languages`).

mod catalogue;
mod cells;
mod committees;
mod deliverables;
mod input;
mod stage;

pub use catalogue::{Catalogue, PlannedReview, Record};
pub use committees::{committees_csv, committees_jsonl};
pub use deliverables::{deliverables_csv, deliverables_jsonl};
pub use stage::{Outcome, ReviewChange, Stage, cycle_id, next_review_due, review_change, slug};

/// Shared with the browser (the import page shows it), so it lives with the import's types.
pub use crate::import::iso::Why;

use chrono::NaiveDate;

/// A member body as a committee lists it. `id` is ISO's member id (the `<id>` of
/// iso.org/member/<id>.html, stored as `iso_member_id` in the directory), which is what
/// matches a body; the acronym is ISO's label, kept for the bodies no id matches.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Member {
    pub id: i64,
    pub acronym: Option<String>,
}

/// One ISO committee (technical committee, subcommittee, project committee…).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Committee {
    /// ISO's committee id.
    pub id: i64,
    /// `ISO/TC 309`, `ISO/IEC JTC 1/SC 27`: what a deliverable's `ownerCommittee` names.
    pub reference: String,
    /// As published: `Active` or `Suspended`.
    pub status: String,
    pub title_en: Option<String>,
    pub title_fr: Option<String>,
    /// The member id of the body holding the secretariat.
    pub secretariat_id: Option<i64>,
    pub secretariat_acronym: Option<String>,
    /// The committee id of the parent (a subcommittee's technical committee).
    pub parent_id: Option<i64>,
    /// Participating members: the bodies obliged to vote in the committee's ballots.
    pub p_members: Vec<Member>,
    /// Observing members.
    pub o_members: Vec<Member>,
}

/// One ISO deliverable (a standard, specification, report, amendment… in one edition).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Deliverable {
    /// ISO's id: iso.org/standard/<id>.html. Unique per edition and supplement.
    pub id: i64,
    /// `IS`, `TS`, `TR`, `PAS`, `IWA`, `Guide`, `R`…
    pub deliverable_type: Option<String>,
    /// `Amd`, `Cor`… for a supplement; `None` for the document itself.
    pub supplement_type: Option<String>,
    /// `ISO 20400:2017`; never blank and always with a letter or digit, so `slug` is never
    /// empty.
    pub reference: String,
    pub title_en: Option<String>,
    pub title_fr: Option<String>,
    pub publication_date: Option<NaiveDate>,
    pub edition: Option<i64>,
    /// ICS codes (`59.080.01`).
    pub ics: Vec<String>,
    /// The owner committee's reference (`ISO/TC 38`, or `ISO/TMBG` when the Technical
    /// Management Board owns the deliverable directly).
    pub owner_committee: Option<String>,
    pub stage: Option<Stage>,
    /// Ids of the deliverables this one replaces, and of those that replace it.
    pub replaces: Vec<i64>,
    pub replaced_by: Vec<i64>,
    /// Language codes ISO publishes it in (`en`, `fr`).
    pub languages: Vec<String>,
}

impl Deliverable {
    /// The id of the standard in Quorum (`iso-20400`); see [`slug`].
    pub fn slug(&self) -> String {
        slug(&self.reference)
    }
}

/// A record that could not be read: the line it starts on (1-based; for JSON Lines the
/// physical line, for CSV the first line of the record, the header being line 1) and why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LineProblem {
    pub line: u64,
    pub why: Why,
}

impl std::fmt::Display for LineProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "line {}: {}", self.line, self.why)
    }
}

impl std::error::Error for LineProblem {}

/// The two formats ISO publishes that Quorum reads (Parquet is not read).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    Csv,
    JsonLines,
}

impl Format {
    /// The format a file name says, `.gz` or not: `x.csv`, `x.csv.gz`, `x.jsonl`,
    /// `x.jsonl.gz` (also `.json`/`.ndjson`, which ISO's files are not named but people
    /// rename them to). `None` for anything else.
    pub fn from_file_name(name: &str) -> Option<Format> {
        let name = name.to_ascii_lowercase();
        let name = name.strip_suffix(".gz").unwrap_or(&name);
        let extension = name.rsplit_once('.')?.1;
        match extension {
            "csv" => Some(Format::Csv),
            "jsonl" | "ndjson" | "json" => Some(Format::JsonLines),
            _ => None,
        }
    }
}

/// A title in both of ISO's languages, as the JSON nests it (`title.en` and `title.fr` in
/// CSV); either may be absent or null.
#[derive(Default, serde::Deserialize)]
struct RawTitle {
    en: Option<String>,
    fr: Option<String>,
}

/// A text value as Quorum keeps it: trimmed, and blank is no value.
fn clean(value: Option<String>) -> Option<String> {
    let value = value?;
    let trimmed = value.trim();
    if trimmed.is_empty() {
        None
    } else if trimmed.len() == value.len() {
        Some(value)
    } else {
        Some(trimmed.to_string())
    }
}

/// ISO's ids are positive.
fn positive_id(id: Option<i64>) -> Result<i64, Why> {
    match id {
        Some(id) if id > 0 => Ok(id),
        Some(id) => Err(Why::new("iso-line-bad-id", &[("cell", id.to_string())])),
        None => Err(Why::new("iso-line-no-id", &[])),
    }
}

/// A JSON line that is not the object expected (`key` says which), with the JSON reader's
/// own words (English) and column, without quoting a long value in full.
fn json_problem(key: &str, error: &serde_json::Error) -> Why {
    let text = error.to_string();
    let location = format!(" at line {} column {}", error.line(), error.column());
    let cause = text.strip_suffix(&location).unwrap_or(&text);
    Why::new(key, &[("detail", cells::shorten(cause, 160)), ("column", error.column().to_string())])
}

/// Fixtures in ISO's formats, shared by the readers' tests.
#[cfg(test)]
pub(crate) mod fixtures {
    pub const COMMITTEES_CSV: &[u8] = include_bytes!("../../../tests/fixtures/iso-open-data/committees.csv");
    pub const COMMITTEES_CSV_GZ: &[u8] = include_bytes!("../../../tests/fixtures/iso-open-data/committees.csv.gz");
    pub const COMMITTEES_JSONL: &[u8] = include_bytes!("../../../tests/fixtures/iso-open-data/committees.jsonl");
    pub const COMMITTEES_JSONL_GZ: &[u8] = include_bytes!("../../../tests/fixtures/iso-open-data/committees.jsonl.gz");
    pub const DELIVERABLES_JSONL: &[u8] = include_bytes!("../../../tests/fixtures/iso-open-data/deliverables.jsonl");
    pub const DELIVERABLES_JSONL_GZ: &[u8] =
        include_bytes!("../../../tests/fixtures/iso-open-data/deliverables.jsonl.gz");
    pub const DELIVERABLES_CSV: &[u8] = include_bytes!("../../../tests/fixtures/iso-open-data/deliverables.csv");
    pub const DELIVERABLES_CSV_GZ: &[u8] = include_bytes!("../../../tests/fixtures/iso-open-data/deliverables.csv.gz");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_names_say_the_format() {
        assert_eq!(Format::from_file_name("iso_deliverables_metadata.jsonl"), Some(Format::JsonLines));
        assert_eq!(Format::from_file_name("iso_technical_committees.CSV.gz"), Some(Format::Csv));
        assert_eq!(Format::from_file_name("x.jsonl.gz"), Some(Format::JsonLines));
        assert_eq!(Format::from_file_name("x.parquet"), None);
        assert_eq!(Format::from_file_name("gz"), None);
        assert_eq!(Format::from_file_name(".gz"), None);
    }

    #[test]
    fn a_problem_reads_with_its_line_in_the_readers_language() {
        let problem = LineProblem { line: 9, why: Why::new("iso-line-no-id", &[]) };
        assert_eq!(problem.to_string(), "line 9: The record has no id.");
        let french = problem.why.say(crate::i18n::Locale::from_tag("fr").expect("French is shipped"));
        assert!(!french.is_empty() && french != "The record has no id." && !french.contains("iso-line"), "{french}");
        let why = Why::new("iso-line-date", &[("cell", "2000-02-30".into())]);
        assert!(why.say(crate::i18n::Locale::from_tag("de").expect("German is shipped")).contains("2000-02-30"));
    }
}
