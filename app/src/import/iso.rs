//! What an import of ISO Open Data did (or, in a dry run, would do): shown by the command
//! line, the import page and the daily fetch alike.

use serde::{Deserialize, Serialize};

/// The two datasets Quorum reads (ISO's names, as in its file addresses).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Dataset {
    Committees,
    Deliverables,
}

impl Dataset {
    pub const ALL: [Dataset; 2] = [Dataset::Committees, Dataset::Deliverables];

    /// ISO's name of the dataset, which its files and addresses carry.
    pub fn name(self) -> &'static str {
        match self {
            Dataset::Committees => "iso_technical_committees",
            Dataset::Deliverables => "iso_deliverables_metadata",
        }
    }

    /// The source every value read from a file of this dataset is recorded with.
    pub fn source(self, file_date: &str) -> String {
        format!("ISO Open Data, {}, {file_date}", self.name())
    }
}

/// Records added, changed and left as they were.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Counts {
    pub added: u64,
    pub changed: u64,
    pub same: u64,
}

impl Counts {
    pub fn writes(self) -> u64 {
        self.added + self.changed
    }
}

/// What reading one file found and what writing it changed.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct IsoSummary {
    pub dataset: Dataset,
    /// "ISO Open Data, <dataset>, <date of the file>".
    pub source: String,
    /// Records read (committees or deliverables).
    pub read: u64,
    /// Lines that could not be read: (line, why). A file with any writes nothing.
    pub problems: Vec<(u64, Why)>,
    pub committees: Counts,
    pub memberships: Counts,
    /// Member ids listed by a committee that no body's ISO member id matches.
    pub unmatched_members: u64,
    pub standards: Counts,
    /// Review cycles opened, and closed or decided, by the stages read.
    pub reviews_opened: u64,
    pub reviews_closed: u64,
}

impl IsoSummary {
    pub fn new(dataset: Dataset, source: String) -> IsoSummary {
        IsoSummary {
            dataset,
            source,
            read: 0,
            problems: Vec::new(),
            committees: Counts::default(),
            memberships: Counts::default(),
            unmatched_members: 0,
            standards: Counts::default(),
            reviews_opened: 0,
            reviews_closed: 0,
        }
    }

    /// Records written (0 for an unchanged file).
    pub fn writes(&self) -> u64 {
        self.committees.writes()
            + self.memberships.writes()
            + self.standards.writes()
            + self.reviews_opened
            + self.reviews_closed
    }
}

impl std::fmt::Display for IsoSummary {
    /// The command line's report, in English like the rest of the operator's output.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        writeln!(f, "{}: {} records read", self.source, self.read)?;
        if !self.problems.is_empty() {
            writeln!(f, "{} lines could not be read; nothing was written:", self.problems.len())?;
            for (line, why) in &self.problems {
                writeln!(f, "  line {line}: {why}")?;
            }
            return Ok(());
        }
        let counts = |f: &mut std::fmt::Formatter<'_>, what: &str, c: Counts| {
            writeln!(f, "  {what}: {} added, {} changed, {} unchanged", c.added, c.changed, c.same)
        };
        match self.dataset {
            Dataset::Committees => {
                counts(f, "committees", self.committees)?;
                counts(f, "memberships", self.memberships)?;
                writeln!(f, "  member ids matching no body: {}", self.unmatched_members)?;
            }
            Dataset::Deliverables => {
                counts(f, "standards", self.standards)?;
                writeln!(f, "  review cycles opened: {}, closed: {}", self.reviews_opened, self.reviews_closed)?;
            }
        }
        Ok(())
    }
}

/// An uploaded file of ISO Open Data as its page shows it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct IsoImportView {
    pub id: String,
    pub dataset: Dataset,
    pub file_name: String,
    pub file_date: String,
    /// `checking`, `checked`, `writing`, `applied` or `failed`.
    pub status: String,
    /// The dry run, then (applied) what was written.
    pub summary: Option<IsoSummary>,
    /// Why the last step failed (a message key).
    pub error: Option<String>,
    pub created_at: String,
    pub applied_at: Option<String>,
}

impl IsoImportView {
    /// Checked, readable, not yet written, and changing something.
    pub fn can_apply(&self) -> bool {
        self.status == "checked" && self.summary.as_ref().is_some_and(|s| s.problems.is_empty() && s.writes() > 0)
    }

    /// A step runs in the background; the page reads itself again.
    pub fn running(&self) -> bool {
        self.status == "checking" || self.status == "writing"
    }
}

impl Dataset {
    pub fn slug(self) -> &'static str {
        match self {
            Dataset::Committees => "committees",
            Dataset::Deliverables => "deliverables",
        }
    }

    pub fn from_slug(slug: &str) -> Option<Dataset> {
        Dataset::ALL.into_iter().find(|d| d.slug() == slug.trim())
    }
}

#[leptos::server(input = leptos::server_fn::codec::GetUrl, prefix = "/api", endpoint = "iso_import")]
pub async fn fetch_iso_import(id: String) -> Result<IsoImportView, crate::error::AppError> {
    let state = leptos::prelude::expect_context::<crate::state::AppState>();
    crate::auth::ssr::require(crate::auth::Role::Admin).await?;
    super::ssr::iso_upload::view(&state.pool, &id).await
}

/// Writes a checked file in the background (its page shows when it is done).
#[leptos::server(prefix = "/api", endpoint = "confirm_iso_import")]
pub async fn confirm_iso_import(id: String) -> Result<(), crate::error::AppError> {
    let state = leptos::prelude::expect_context::<crate::state::AppState>();
    crate::auth::ssr::require(crate::auth::Role::Admin).await?;
    let started = super::ssr::iso_upload::confirm(&state.pool, &id).await;
    if started.is_ok() && crate::error::plain_form_request() {
        crate::security::redirect(&format!("/import/iso/{id}"));
    }
    crate::error::with_status(started)
}

/// The largest ISO Open Data file an upload accepts (ISO's deliverables file, gzipped
/// or not, is well under it).
pub const MAX_ISO_BYTES: usize = 512 * 1024 * 1024;

/// Why a record cannot be read: a message of the import's Fluent file (`iso-line-…`) and
/// its arguments, so that the admin's page says it in the admin's language and the
/// command line in English. Quoted cells are cut short (see `cells::shorten`).
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Why {
    pub key: String,
    pub args: Vec<(String, String)>,
}

impl Why {
    pub fn new(key: &str, args: &[(&str, String)]) -> Why {
        Why { key: key.to_string(), args: args.iter().map(|(name, value)| (name.to_string(), value.clone())).collect() }
    }

    /// The reason in `locale`'s words.
    pub fn say(&self, locale: crate::i18n::Locale) -> String {
        locale.t_owned_args(&self.key, &self.args)
    }
}

impl std::fmt::Display for Why {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.say(crate::i18n::Locale::default()))
    }
}
