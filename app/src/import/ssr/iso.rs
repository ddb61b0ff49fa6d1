//! ISO Open Data written into the records. A file is read whole first (streaming, one
//! record at a time, keeping only what Quorum records of each), so a file with any
//! unreadable line writes nothing; then every record that differs from what Quorum holds
//! is saved through the record engine in the caller's transaction, with the source
//! "ISO Open Data, <dataset>, <date of the file>" and an audit entry per changed field.
//! Records that match are not touched: an unchanged file writes nothing.

mod committees;
mod deliverables;

pub use deliverables::Editions;

use std::io::Read;

use sqlx::AnyConnection;

use crate::error::AppError;
use crate::import::iso::{Counts, Dataset, IsoSummary};
use crate::iso_open_data::{
    Committee, Deliverable, Format, LineProblem, committees_csv, committees_jsonl, deliverables_csv, deliverables_jsonl,
};
use crate::records::ssr::{Expect, Kind, Save, Value, save, stamp};

/// The most unreadable lines a summary lists (all are counted in `read`).
const MAX_PROBLEMS: usize = 200;

/// What one file's records are saved with.
pub(crate) struct Writer<'a> {
    pub source: &'a str,
    /// The date of the file: the as-of date of every value, and the date a review's stage
    /// change was seen.
    pub as_of: &'a str,
    /// The account importing; blank for the command line and the daily fetch.
    pub by: &'a str,
    pub at: &'a str,
    /// Count what would change, write nothing (nor lock the database for writing).
    pub dry_run: bool,
}

impl<'a> Writer<'a> {
    /// A save of one imported record: unchecked (the import compared the records in its
    /// own transaction), with the file's source and date, audited as `import`.
    pub(crate) fn save(
        &self,
        kind: &'static Kind,
        keys: Vec<String>,
        audit_key: String,
        values: Vec<(&'static str, Option<String>)>,
        also: Vec<(&'static str, Value)>,
    ) -> Save<'a> {
        Save {
            kind,
            keys,
            audit_key,
            expect: Expect::Unchecked,
            values,
            also,
            source: self.source,
            as_of: self.as_of,
            by: self.by,
            action: "import",
            at: self.at,
            shown: None,
        }
    }

    /// Saves a record that carries ISO's id in `table` and counts it as added (`new`) or
    /// changed; a record whose fields all match but lacked ISO's id gets the id, as a
    /// change. A dry run only counts.
    pub(crate) async fn save_counted(
        &self,
        connection: &mut AnyConnection,
        saved: &Save<'_>,
        (table, iso_id): (&str, i64),
        new: bool,
        counts: &mut Counts,
    ) -> Result<(), AppError> {
        let outcome = if self.dry_run { Ok(()) } else { save(connection, saved).await.map(|_| ()) };
        match outcome {
            Err(AppError::Invalid(_)) => {
                let sql = format!("UPDATE {table} SET iso_id = $1 WHERE id = $2");
                sqlx::query(&sql).bind(iso_id).bind(&saved.keys[0]).execute(&mut *connection).await?;
            }
            Err(error) => return Err(error),
            Ok(()) => {}
        }
        if new {
            counts.added += 1
        } else {
            counts.changed += 1
        }
        Ok(())
    }
}

/// Every record of a file kept with `keep`, or the problems (at most
/// [`MAX_PROBLEMS`]) if any line fails.
fn collect<T, C: Default>(
    records: impl Iterator<Item = Result<T, LineProblem>>,
    mut keep: impl FnMut(&mut C, T),
) -> (u64, Result<C, Vec<LineProblem>>) {
    let (mut read, mut kept, mut problems) = (0u64, C::default(), Vec::new());
    for record in records {
        read += 1;
        match record {
            Ok(record) if problems.is_empty() => keep(&mut kept, record),
            Ok(_) => {}
            Err(problem) => {
                kept = C::default();
                if problems.len() < MAX_PROBLEMS {
                    problems.push(problem);
                }
            }
        }
    }
    (read, if problems.is_empty() { Ok(kept) } else { Err(problems) })
}

/// A file of either dataset, read.
pub enum IsoFile {
    Committees(Vec<Committee>),
    /// The current edition of each standard (not every line is kept).
    Deliverables(Editions),
}

/// Reads a file of `dataset` in `format` (gzipped or not). Blocking: a server runs it
/// off the async threads.
pub fn read(dataset: Dataset, format: Format, input: impl Read) -> (u64, Result<IsoFile, Vec<LineProblem>>) {
    match dataset {
        Dataset::Committees => {
            let keep = |all: &mut Vec<Committee>, c| all.push(c);
            let (read, file) = match format {
                Format::Csv => collect(committees_csv(input), keep),
                Format::JsonLines => collect(committees_jsonl(input), keep),
            };
            (read, file.map(IsoFile::Committees))
        }
        Dataset::Deliverables => {
            let keep = |editions: &mut Editions, d: Deliverable| editions.add(d);
            let (read, file) = match format {
                Format::Csv => collect(deliverables_csv(input), keep),
                Format::JsonLines => collect(deliverables_jsonl(input), keep),
            };
            (read, file.map(IsoFile::Deliverables))
        }
    }
}

/// Writes what `file` changes on `connection` (the caller's transaction); `file_date` is
/// the file's date (`2026-05-02`), `by` the account or "". A dry run only reads: it
/// counts what the import would add, change and leave alone.
pub async fn write(
    connection: &mut AnyConnection,
    dataset: Dataset,
    read: (u64, Result<IsoFile, Vec<LineProblem>>),
    file_date: &str,
    by: &str,
    dry_run: bool,
) -> Result<IsoSummary, AppError> {
    let source = dataset.source(file_date);
    let mut summary = IsoSummary::new(dataset, source.clone());
    summary.read = read.0;
    let at = stamp();
    let writer = Writer { source: &source, as_of: file_date, by, at: &at, dry_run };
    match read.1 {
        Err(problems) => {
            summary.problems = problems.into_iter().map(|p| (p.line, p.why)).collect();
        }
        Ok(IsoFile::Committees(committees)) => {
            committees::write(connection, &committees, &writer, &mut summary).await?
        }
        Ok(IsoFile::Deliverables(deliverables)) => {
            deliverables::write(connection, deliverables, &writer, &mut summary).await?
        }
    }
    Ok(summary)
}
