//! Coordinators import spreadsheets: bodies, adoptions or review positions as CSV. The
//! upload is only a dry run — every row is read, checked and compared with the records
//! (added / changed / left alone / refused with its line and reason) — and nothing is
//! written until the coordinator confirms a preview without refused rows. Then the whole
//! file is written in one transaction, each change in the audit trail with the import.

pub mod iso;
#[cfg(feature = "ssr")]
pub mod ssr;

use leptos::prelude::*;
use leptos::server_fn::codec::GetUrl;
use serde::{Deserialize, Serialize};

use crate::directory::SOURCED_FIELDS;
use crate::error::AppError;
use crate::records::FieldProblem;

/// The largest file accepted, in bytes, and the most rows.
pub const MAX_BYTES: usize = 5 * 1024 * 1024;
pub const MAX_ROWS: usize = 20_000;

/// A file's columns: its key columns, then `fields`, then the source and date.
const fn file_columns<const N: usize>(keys: &[&'static str], fields: &[&'static str]) -> [&'static str; N] {
    assert!(keys.len() + fields.len() + 2 == N);
    let mut columns = [""; N];
    let mut i = 0;
    while i < keys.len() {
        columns[i] = keys[i];
        i += 1;
    }
    while i < N - 2 {
        columns[i] = fields[i - keys.len()];
        i += 1;
    }
    columns[N - 2] = "source";
    columns[N - 1] = "as_of";
    columns
}

const BODY_COLUMNS: [&str; 13] = file_columns(&["alpha2"], &SOURCED_FIELDS);
const ADOPTION_COLUMNS: [&str; 13] = file_columns(&["standard", "alpha2"], &crate::standards::edit::ADOPTION_COLUMNS);

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum ImportKind {
    Bodies,
    Adoptions,
    Positions,
}

impl ImportKind {
    pub const ALL: [ImportKind; 3] = [ImportKind::Bodies, ImportKind::Adoptions, ImportKind::Positions];

    pub fn slug(self) -> &'static str {
        match self {
            ImportKind::Bodies => "bodies",
            ImportKind::Adoptions => "adoptions",
            ImportKind::Positions => "positions",
        }
    }

    pub fn from_slug(slug: &str) -> Option<ImportKind> {
        ImportKind::ALL.into_iter().find(|k| k.slug() == slug.trim())
    }

    /// The columns a file must have.
    pub fn required(self) -> &'static [&'static str] {
        match self {
            ImportKind::Bodies => &["alpha2"],
            ImportKind::Adoptions => &["standard", "alpha2"],
            ImportKind::Positions => &["cycle", "alpha2", "position", "kind", "source", "as_of"],
        }
    }

    /// Every column the import reads, in template order (others are ignored).
    pub fn columns(self) -> &'static [&'static str] {
        match self {
            ImportKind::Bodies => &BODY_COLUMNS,
            ImportKind::Adoptions => &ADOPTION_COLUMNS,
            ImportKind::Positions => &["cycle", "alpha2", "position", "kind", "confidence", "source", "as_of"],
        }
    }
}

/// What the import does with a row.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum RowAction {
    Add,
    Change,
    Same,
    Refused,
}

/// One row of the dry run: its line in the file, the record it names, and the changes it
/// would make (field, before, after) or why it is refused.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RowOutcome {
    pub line: u64,
    pub key: String,
    pub action: RowAction,
    pub changes: Vec<(String, Option<String>, Option<String>)>,
    pub problems: Vec<FieldProblem>,
}

/// The dry run of a whole file.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Report {
    pub rows: Vec<RowOutcome>,
}

impl Report {
    pub fn count(&self, action: RowAction) -> usize {
        self.rows.iter().filter(|r| r.action == action).count()
    }

    /// A file can be imported when no row is refused and some row changes something.
    pub fn can_apply(&self) -> bool {
        self.count(RowAction::Refused) == 0 && self.rows.iter().any(|r| r.action != RowAction::Same)
    }
}

/// An uploaded file with its dry run, as its page shows it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ImportPreview {
    pub id: String,
    pub kind: ImportKind,
    pub file_name: String,
    /// `pending`, `running` (being written) or `applied`.
    pub status: String,
    pub created_at: String,
    pub applied_at: Option<String>,
    pub report: Report,
    /// While running: rows written so far and rows to write.
    pub progress: Option<(usize, usize)>,
    /// Why the last attempt wrote nothing (a message key).
    pub error: Option<String>,
}

#[server(input = GetUrl, prefix = "/api", endpoint = "import_preview")]
pub async fn fetch_import(id: String) -> Result<ImportPreview, AppError> {
    let state = expect_context::<crate::state::AppState>();
    let user = crate::auth::ssr::require(crate::auth::Role::Coordinator).await?;
    ssr::preview(&state.pool, &user, &id).await
}

/// Starts writing a previewed file in the background (its page shows the progress). The
/// file is checked again against the records as they are then; if that changes the
/// preview, nothing is written and the new preview is shown.
#[server(prefix = "/api", endpoint = "confirm_import")]
pub async fn confirm_import(id: String) -> Result<(), AppError> {
    let state = expect_context::<crate::state::AppState>();
    let user = crate::auth::ssr::require(crate::auth::Role::Coordinator).await?;
    let applied = ssr::start(&state.pool, &user, &id).await;
    if applied.is_ok() && crate::error::plain_form_request() {
        crate::security::redirect(&format!("/import/{id}"));
    }
    crate::error::with_status(applied)
}
