//! Imports on the server: reading a file (size, encoding, columns), the dry run against
//! the records, storing it for the preview, and writing a confirmed file in one
//! transaction with its audit entries. The upload and the templates are plain HTTP
//! (`POST /import/upload`, multipart; `GET /import/templates/{kind}.csv`).

use std::collections::{HashMap, HashSet};

use axum::extract::{Multipart, Path, State};
use axum::response::{IntoResponse, Redirect, Response};
use chrono::{NaiveDate, Utc};
use http::{HeaderValue, StatusCode, header};
use sqlx::AnyConnection;
use sqlx::AnyPool;

use super::*;
use crate::auth::SignedInUser;
use crate::directory::Category;
use crate::directory::edit::EditField;
use crate::directory::ssr::edit::{Edit, current_value, save_body, validate as validate_body};
use crate::directory::ssr::{NSB_COLUMNS, NsbRecord, normalize_code};
use crate::records::FieldProblem;
use crate::records::ssr::{Expect, Save, stamp};
use crate::records::{check_provenance, problem};
use crate::reviews::POSITION_KINDS;
use crate::reviews::edit::CONFIDENCES;
use crate::reviews::projection::Position;
use crate::reviews::ssr::{NewPosition, position_save, validate as validate_position};
use crate::standards::edit::{Input, RecordKind};
use crate::standards::ssr::edit::{RecordEdit, validate as validate_record};
use crate::state::AppState;

pub mod iso;
pub mod iso_upload;
mod plan;
use plan::{Write, dry_run, report};

/// A file read as a table: the header (trimmed, lower-case) and each row with its line.
#[derive(Debug)]
pub struct Table {
    header: Vec<String>,
    rows: Vec<(u64, Vec<String>)>,
}

impl Table {
    fn has(&self, column: &str) -> bool {
        self.header.iter().any(|h| h == column)
    }

    fn get<'a>(&self, cells: &'a [String], column: &str) -> &'a str {
        self.header.iter().position(|h| h == column).and_then(|i| cells.get(i)).map_or("", |c| c.trim())
    }
}

/// Why a whole file is refused: a message key and, for a missing column, its name.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FileProblem {
    pub key: &'static str,
    pub column: String,
}

fn file_problem(key: &'static str) -> FileProblem {
    FileProblem { key, column: String::new() }
}

/// The separator of the file's cells, read from its first line: spreadsheets save CSV
/// with commas, or with semicolons where the comma is the decimal sign (German, French,
/// Portuguese… settings), or tabs. Commas win a tie.
fn separator(text: &str) -> u8 {
    let header = text.lines().next().unwrap_or_default();
    let count = |separator: char| header.chars().filter(|c| *c == separator).count();
    [(b';', count(';')), (b'\t', count('\t'))]
        .into_iter()
        .filter(|(_, n)| *n > count(','))
        .max_by_key(|(_, n)| *n)
        .map_or(b',', |(separator, _)| separator)
}

/// Reads a CSV file: UTF-8 (a byte-order mark is allowed), a header with the kind's
/// required columns, at most `MAX_ROWS` rows and `MAX_BYTES` bytes. Never panics.
pub fn parse(bytes: &[u8], kind: ImportKind) -> Result<Table, FileProblem> {
    if bytes.len() > MAX_BYTES {
        return Err(file_problem("import-error-too-large"));
    }
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let text = std::str::from_utf8(bytes).map_err(|_| file_problem("import-error-encoding"))?;
    let mut reader = csv::ReaderBuilder::new().flexible(true).delimiter(separator(text)).from_reader(text.as_bytes());
    let header: Vec<String> = reader
        .headers()
        .map_err(|_| file_problem("import-error-csv"))?
        .iter()
        .map(|h| h.trim().to_ascii_lowercase())
        .collect();
    if header.iter().all(String::is_empty) {
        return Err(file_problem("import-error-empty"));
    }
    if let Some(missing) = kind.required().iter().find(|c| !header.iter().any(|h| h == *c)) {
        // One column where several were expected: the cells are split by something else.
        let key = if header.len() == 1 && kind.required().len() > 1 {
            "import-error-separator"
        } else {
            "import-error-missing-column"
        };
        return Err(FileProblem { key, column: missing.to_string() });
    }
    let mut rows = Vec::new();
    // The line a record starts on, as an editor counts lines (blank lines included).
    let (mut counted_to, mut line) = (0_usize, 1_u64);
    for record in reader.records() {
        let record = record.map_err(|_| file_problem("import-error-csv"))?;
        if rows.len() == MAX_ROWS {
            return Err(file_problem("import-error-too-many-rows"));
        }
        let start = record.position().map_or(counted_to, |p| usize::try_from(p.byte()).unwrap_or(counted_to));
        let mut start = start.clamp(counted_to, text.len());
        // The reader's position can be at the blank lines it skipped before the record.
        while text.as_bytes().get(start).is_some_and(|b| matches!(b, b'\n' | b'\r')) {
            start += 1;
        }
        line += text.as_bytes()[counted_to..start].iter().filter(|b| **b == b'\n').count() as u64;
        counted_to = start;
        if record.iter().all(|c| c.trim().is_empty()) {
            continue;
        }
        // Quorum's own exports guard formula-like cells with an apostrophe: read them back.
        rows.push((line, record.iter().map(|cell| crate::api::from_spreadsheet_safe(cell).to_string()).collect()));
    }
    if rows.is_empty() {
        return Err(file_problem("import-error-empty"));
    }
    Ok(Table { header, rows })
}

/// A file name fit to show: its last path part, printable, at most 200 characters.
fn clean_name(name: &str) -> String {
    let last = name.rsplit(['/', '\\']).next().unwrap_or_default();
    let cleaned: String = last.chars().filter(|c| !c.is_control()).take(200).collect();
    if cleaned.trim().is_empty() { "upload.csv".into() } else { cleaned }
}

/// Checks a file and stores it with its dry run; returns the new import's id.
pub async fn stage(
    pool: &AnyPool,
    user: &SignedInUser,
    kind: ImportKind,
    file_name: &str,
    bytes: &[u8],
) -> Result<Result<String, FileProblem>, AppError> {
    let table = match parse(bytes, kind) {
        Ok(table) => table,
        Err(problem) => return Ok(Err(problem)),
    };
    let planned = dry_run(&mut *pool.acquire().await?, kind, &table, Utc::now().date_naive()).await?;
    let id = crate::auth::ssr::random_hex(12)?;
    let report = serde_json::to_string(&report(&planned)).map_err(|_| AppError::Storage)?;
    // `parse` accepted the bytes as UTF-8.
    let content = String::from_utf8_lossy(bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes)).into_owned();
    sqlx::query(
        "INSERT INTO import_batch (id, account_id, kind, file_name, content, report, status, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6, 'pending', $7)",
    )
    .bind(&id)
    .bind(&user.id)
    .bind(kind.slug())
    .bind(clean_name(file_name))
    .bind(content)
    .bind(report)
    .bind(stamp())
    .execute(pool)
    .await?;
    tracing::info!(account = %user.id, kind = kind.slug(), rows = planned.len(), %id, "import previewed");
    Ok(Ok(id))
}

/// A stored import as read back.
#[derive(sqlx::FromRow)]
struct BatchRow {
    kind: String,
    file_name: String,
    content: String,
    report: String,
    status: String,
    created_at: String,
    applied_at: Option<String>,
    error: Option<String>,
}

/// Rows written so far and rows to write, per running import (this process's).
fn progress() -> std::sync::MutexGuard<'static, HashMap<String, (usize, usize)>> {
    static PROGRESS: std::sync::OnceLock<std::sync::Mutex<HashMap<String, (usize, usize)>>> =
        std::sync::OnceLock::new();
    PROGRESS.get_or_init(Default::default).lock().unwrap_or_else(std::sync::PoisonError::into_inner)
}

async fn batch(connection: &mut AnyConnection, id: &str) -> Result<(ImportPreview, String), AppError> {
    let row: Option<BatchRow> = sqlx::query_as(
        "SELECT kind, file_name, content, report, status, created_at, applied_at, error FROM import_batch WHERE id = $1",
    )
    .bind(id.trim())
    .fetch_optional(&mut *connection)
    .await?;
    let BatchRow { kind, file_name, content, report, status, created_at, applied_at, error } =
        row.ok_or(AppError::NotFound)?;
    let kind = ImportKind::from_slug(&kind).ok_or(AppError::Storage)?;
    let report: Report = serde_json::from_str(&report).map_err(|_| AppError::Storage)?;
    let id = id.trim().to_string();
    let progress = if status == "running" { progress().get(&id).copied() } else { None };
    Ok((ImportPreview { id, kind, file_name, status, created_at, applied_at, report, progress, error }, content))
}

pub async fn preview(pool: &AnyPool, _user: &SignedInUser, id: &str) -> Result<ImportPreview, AppError> {
    Ok(batch(&mut *pool.acquire().await?, id).await?.0)
}

/// Claims a previewed file and writes it in the background: the request returns at once
/// and the preview page follows the progress. A file is written once.
pub async fn start(pool: &AnyPool, user: &SignedInUser, id: &str) -> Result<(), AppError> {
    let (preview, _) = batch(&mut *pool.acquire().await?, id).await?;
    if !preview.report.can_apply() {
        return Err(AppError::Invalid(vec![problem("", "import-error-nothing")]));
    }
    let claimed =
        sqlx::query("UPDATE import_batch SET status = 'running', error = NULL WHERE id = $1 AND status = 'pending'")
            .bind(&preview.id)
            .execute(pool)
            .await?
            .rows_affected();
    if claimed != 1 {
        return Err(AppError::Invalid(vec![problem("", "import-error-applied")]));
    }
    let total = preview.report.rows.iter().filter(|r| r.action != RowAction::Same).count();
    progress().insert(preview.id.clone(), (0, total));
    let (pool, user, id) = (pool.clone(), user.clone(), preview.id);
    tokio::spawn(async move {
        if let Err(error) = apply(&pool, &user, &id).await {
            let key = match &error {
                AppError::Invalid(problems) => problems.first().map_or("error-invalid-fields", |p| p.key.as_str()),
                other => other.message_key(),
            };
            tracing::warn!(%id, %error, "import not written");
            let reset = sqlx::query("UPDATE import_batch SET status = 'pending', error = $1 WHERE id = $2")
                .bind(key)
                .bind(&id)
                .execute(&pool)
                .await;
            if let Err(error) = reset {
                tracing::error!(%id, %error, "import left running");
            }
        }
        progress().remove(&id);
    });
    Ok(())
}

/// Writes a claimed file in one transaction, after checking it again.
async fn apply(pool: &AnyPool, user: &SignedInUser, id: &str) -> Result<(), AppError> {
    let mut tx = crate::db::begin_write(pool).await?;
    let (preview, content) = batch(&mut tx, id).await?;
    if preview.status != "running" {
        return Err(AppError::Invalid(vec![problem("", "import-error-applied")]));
    }
    let table = parse(content.as_bytes(), preview.kind).map_err(|_| AppError::Storage)?;
    let today = Utc::now().date_naive();
    let planned = dry_run(&mut tx, preview.kind, &table, today).await?;
    let now_report = report(&planned);
    if now_report != preview.report {
        // The records changed since the preview: show the new one, write nothing.
        drop(tx);
        let json = serde_json::to_string(&now_report).map_err(|_| AppError::Storage)?;
        sqlx::query("UPDATE import_batch SET report = $1 WHERE id = $2")
            .bind(json)
            .bind(&preview.id)
            .execute(pool)
            .await?;
        return Err(AppError::Invalid(vec![problem("", "import-error-changed")]));
    }
    if !now_report.can_apply() {
        return Err(AppError::Invalid(vec![problem("", "import-error-nothing")]));
    }
    let now = stamp();
    let mut written = 0;
    let total = planned.iter().filter(|p| !matches!(p.write, Write::Nothing)).count();
    for (done, plan) in planned.iter().filter(|p| !matches!(p.write, Write::Nothing)).enumerate() {
        written += write(&mut tx, user, &now, &plan.write).await?;
        if done % 100 == 0 {
            progress().insert(preview.id.clone(), (done, total));
        }
    }
    sqlx::query("UPDATE audit_log SET import_id = $1 WHERE action = 'import' AND at = $2 AND account_id = $3")
        .bind(&preview.id)
        .bind(&now)
        .bind(&user.id)
        .execute(&mut *tx)
        .await?;
    sqlx::query("UPDATE import_batch SET status = 'applied', applied_at = $1 WHERE id = $2 AND status = 'running'")
        .bind(&now)
        .bind(&preview.id)
        .execute(&mut *tx)
        .await?;
    tx.commit().await?;
    tracing::info!(account = %user.id, id = %preview.id, changes = written, "import applied");
    Ok(())
}

/// Saves one row through the record engine, audited as an import; returns the number of
/// changed values.
async fn write(
    connection: &mut AnyConnection,
    user: &SignedInUser,
    now: &str,
    write: &Write,
) -> Result<usize, AppError> {
    let by = (user.id.as_str(), "import", now);
    let mut changed = 0;
    match write {
        Write::Nothing => {}
        Write::Body { alpha2, changes } => {
            // Each field keeps its own source: one save per source and date.
            let mut sources: Vec<(&str, &str)> = Vec::new();
            for (.., source, as_of) in changes {
                if !sources.contains(&(source.as_str(), as_of.as_str())) {
                    sources.push((source.as_str(), as_of.as_str()));
                }
            }
            for provenance in sources {
                let values: Vec<(EditField, Option<String>)> = changes
                    .iter()
                    .filter(|(.., s, a)| (s.as_str(), a.as_str()) == provenance)
                    .map(|(field, _, after, ..)| (*field, after.clone()))
                    .collect();
                changed +=
                    save_body(connection, alpha2, Expect::Unchecked, &values, provenance, by).await?.changes.len();
            }
        }
        Write::Adoption { standard, alpha2, version, values, source, as_of } => {
            let save = Save {
                kind: RecordKind::Adoption.stored(),
                keys: vec![standard.clone(), alpha2.clone()],
                audit_key: format!("{standard}:{alpha2}"),
                expect: Expect::Version(*version),
                values: values.clone(),
                also: Vec::new(),
                source,
                as_of,
                by: by.0,
                action: by.1,
                at: by.2,
                shown: None,
            };
            changed += crate::records::ssr::save(connection, &save).await?.changes.len();
        }
        Write::Position { cycle, alpha2, position, kind, confidence, source, as_of } => {
            let position = Position::from_slug(position).ok_or(AppError::Storage)?;
            let save = position_save(
                (cycle, alpha2),
                (position, kind, confidence.clone()),
                (source, as_of),
                Expect::Unchecked,
                by,
            );
            changed += crate::records::ssr::save(connection, &save).await?.changes.len();
        }
    }
    Ok(changed)
}

/// `POST /import/upload` (multipart: `kind`, `file`), coordinators only: stores the dry
/// run and shows it, or goes back to the form with the reason the file was refused.
pub async fn upload(State(state): State<AppState>, parts: http::request::Parts, mut multipart: Multipart) -> Response {
    let user = match uploader(&state, &parts, crate::auth::Role::Coordinator).await {
        Ok(user) => user,
        Err(refusal) => return refusal,
    };
    let mut kind = None;
    let mut file: Option<(String, Vec<u8>)> = None;
    let mut too_large = false;
    loop {
        match multipart.next_field().await {
            Ok(Some(field)) => match field.name() {
                Some("kind") => kind = field.text().await.ok().and_then(|k| ImportKind::from_slug(&k)),
                Some("file") => {
                    let name = field.file_name().unwrap_or("upload.csv").to_string();
                    match field.bytes().await {
                        Ok(bytes) => file = Some((name, bytes.to_vec())),
                        Err(_) => too_large = true,
                    }
                }
                _ => {}
            },
            Ok(None) => break,
            Err(_) => {
                too_large = true;
                break;
            }
        }
    }
    let back = |kind: Option<ImportKind>, problem: FileProblem| {
        let kind = kind.map_or("", ImportKind::slug);
        let column = crate::letters::form::percent_encode(&problem.column);
        Redirect::to(&format!("/import?kind={kind}&error={}&column={column}", problem.key)).into_response()
    };
    // A body over the limit is cut off wherever it is, possibly before the kind.
    if too_large {
        return back(kind, file_problem("import-error-too-large"));
    }
    let Some(kind) = kind else {
        return back(None, file_problem("import-error-kind"));
    };
    let Some((name, bytes)) = file.filter(|(_, b)| !b.is_empty()) else {
        return back(Some(kind), file_problem("import-error-empty"));
    };
    match stage(&state.pool, &user, kind, &name, &bytes).await {
        Ok(Ok(id)) => Redirect::to(&format!("/import/{id}")).into_response(),
        Ok(Err(problem)) => back(Some(kind), problem),
        Err(_) => back(Some(kind), file_problem("import-error-storage")),
    }
}

/// The signed-in account of an upload's request when its role allows `role`; otherwise
/// the answer: to the sign-in page without a session, 403 with too small a role.
pub(crate) async fn uploader(
    state: &AppState,
    parts: &http::request::Parts,
    role: crate::auth::Role,
) -> Result<SignedInUser, Response> {
    let user = match crate::auth::ssr::session_token(parts) {
        Some(token) => crate::auth::ssr::session_user(&state.pool, &token).await.ok().flatten(),
        None => None,
    };
    match user {
        None => Err(Redirect::to("/signin").into_response()),
        Some(user) if !user.role.allows(role) => Err(StatusCode::FORBIDDEN.into_response()),
        Some(user) => Ok(user),
    }
}

/// `GET /import/templates/{kind}.csv`: the columns a file of that kind may have.
pub async fn template(Path(file): Path<String>) -> Response {
    let Some(kind) = file.strip_suffix(".csv").and_then(ImportKind::from_slug) else {
        return StatusCode::NOT_FOUND.into_response();
    };
    let mut response = format!("{}\r\n", kind.columns().join(",")).into_response();
    let headers = response.headers_mut();
    headers.insert(header::CONTENT_TYPE, HeaderValue::from_static("text/csv; charset=utf-8"));
    if let Ok(value) = HeaderValue::from_str(&format!("attachment; filename=\"quorum-{}.csv\"", kind.slug())) {
        headers.insert(header::CONTENT_DISPOSITION, value);
    }
    response
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn files_are_refused_for_size_encoding_columns_and_emptiness() {
        let problem = |bytes: &[u8], kind| parse(bytes, kind).err().map(|p| (p.key, p.column));
        assert_eq!(problem(b"", ImportKind::Bodies).map(|p| p.0), Some("import-error-empty"));
        assert_eq!(problem(b"alpha2\n", ImportKind::Bodies).map(|p| p.0), Some("import-error-empty"));
        assert_eq!(
            problem(b"alpha2,acronym\nBR,\xff\xfe\n", ImportKind::Bodies).map(|p| p.0),
            Some("import-error-encoding")
        );
        assert_eq!(
            problem(b"standard,country\niso-20400,BR\n", ImportKind::Adoptions),
            Some(("import-error-missing-column", "alpha2".to_string()))
        );
        let big = vec![b'a'; MAX_BYTES + 1];
        assert_eq!(problem(&big, ImportKind::Bodies).map(|p| p.0), Some("import-error-too-large"));
        let many = format!("alpha2\n{}", "BR\n".repeat(MAX_ROWS + 1));
        assert_eq!(problem(many.as_bytes(), ImportKind::Bodies).map(|p| p.0), Some("import-error-too-many-rows"));
        let table = parse("\u{feff}Alpha2 , Acronym\n\nBR,ABNT\n".as_bytes(), ImportKind::Bodies).ok();
        let table = table.map(|t| (t.header.clone(), t.rows.len(), t.rows[0].0));
        assert_eq!(table, Some((vec!["alpha2".to_string(), "acronym".to_string()], 1, 3)), "BOM, case, blank lines");
    }

    #[test]
    fn file_names_are_cleaned() {
        assert_eq!(clean_name("C:\\Users\\ana\\bodies.csv"), "bodies.csv");
        assert_eq!(clean_name("../../etc/passwd"), "passwd");
        assert_eq!(clean_name("a\u{7}b.csv"), "ab.csv");
        assert_eq!(clean_name(""), "upload.csv");
    }

    /// Any bytes at all: the parser answers, never panics.
    #[test]
    fn the_parser_never_panics() {
        let mut seed: u64 = 0x9E37_79B9_7F4A_7C15;
        let alphabet: &[u8] = b"alpha2,standard,cycle,position,kind,source,as_of\"\r\n\t;BRFR\xff\xc3\xa9 ";
        for round in 0..2000 {
            let len = (round % 300) as usize;
            let bytes: Vec<u8> = (0..len)
                .map(|_| {
                    seed ^= seed << 13;
                    seed ^= seed >> 7;
                    seed ^= seed << 17;
                    alphabet[(seed % alphabet.len() as u64) as usize]
                })
                .collect();
            for kind in ImportKind::ALL {
                let _ = parse(&bytes, kind);
            }
        }
    }
}
