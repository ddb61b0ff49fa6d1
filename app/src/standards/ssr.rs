//! Standards data on the server: the seed import and the facts letters quote.
//!
//! The import is idempotent (`ON CONFLICT DO NOTHING`): a row already in the database
//! is never overwritten, so a coordinator's correction survives a restart. Every row
//! carries its source; a row without one is refused, and one bad row refuses the file.

use sqlx::AnyPool;

use crate::directory::ssr::import::ImportError;

const STANDARDS_CSV: &str = include_str!("../../../seed/standards.csv");
const TITLES_CSV: &str = include_str!("../../../seed/standard_titles.csv");
const ADOPTIONS_CSV: &str = include_str!("../../../seed/adoptions.csv");

/// A CSV file as rows of named, trimmed cells; blank cells are `None`.
struct Rows {
    headers: Vec<String>,
    rows: Vec<(u64, Vec<Option<String>>)>,
}

impl Rows {
    fn parse(text: &str, required: &[&str]) -> Result<Rows, ImportError> {
        let mut reader = csv::Reader::from_reader(text.as_bytes());
        let headers: Vec<String> =
            reader.headers().map_err(|e| ImportError::Csv(e.to_string()))?.iter().map(str::to_string).collect();
        let mut rows = Vec::new();
        for record in reader.records() {
            let record = record.map_err(|e| ImportError::Csv(e.to_string()))?;
            let line = record.position().map_or(0, |p| p.line());
            let cells: Vec<Option<String>> =
                record.iter().map(|c| Some(c.trim().to_string()).filter(|c| !c.is_empty())).collect();
            for column in required {
                let index = headers.iter().position(|h| h == column).ok_or(ImportError::MissingColumn("required"))?;
                if cells.get(index).cloned().flatten().is_none() {
                    return Err(ImportError::BadRow { line, reason: format!("`{column}` is required") });
                }
            }
            rows.push((line, cells));
        }
        Ok(Rows { headers, rows })
    }

    fn get<'a>(&self, cells: &'a [Option<String>], column: &str) -> Option<&'a str> {
        let index = self.headers.iter().position(|h| h == column)?;
        cells.get(index)?.as_deref()
    }
}

const ADOPTION_STATUSES: [&str; 2] = ["adopted", "in_progress"];
const DEGREES: [&str; 3] = ["IDT", "MOD", "NEQ"];

/// Imports the standards, titles and adoptions shipped in the binary.
pub async fn import_seed(pool: &AnyPool) -> Result<usize, ImportError> {
    let standards = Rows::parse(STANDARDS_CSV, &["id", "reference", "source"])?;
    let titles = Rows::parse(TITLES_CSV, &["standard_id", "lang", "title", "status", "source"])?;
    let adoptions = Rows::parse(ADOPTIONS_CSV, &["standard_id", "alpha2", "status", "source"])?;
    for (line, cells) in &adoptions.rows {
        let status = adoptions.get(cells, "status").unwrap_or_default();
        let degree = adoptions.get(cells, "degree");
        if !ADOPTION_STATUSES.contains(&status) || degree.is_some_and(|d| !DEGREES.contains(&d)) {
            return Err(ImportError::BadRow { line: *line, reason: format!("unknown status or degree `{status}`") });
        }
    }

    let now = chrono::Utc::now().to_rfc3339();
    let mut tx = pool.begin().await?;
    let mut inserted = 0;
    for (_, cells) in &standards.rows {
        let get = |c: &str| standards.get(cells, c).map(str::to_string);
        inserted += sqlx::query(
            "INSERT INTO standard (id, reference, committee, published, last_confirmed, source, as_of, created_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT DO NOTHING",
        )
        .bind(get("id"))
        .bind(get("reference"))
        .bind(get("committee"))
        .bind(get("published"))
        .bind(get("last_confirmed"))
        .bind(get("source"))
        .bind(get("as_of"))
        .bind(&now)
        .execute(&mut *tx)
        .await?
        .rows_affected() as usize;
    }
    for (_, cells) in &titles.rows {
        let get = |c: &str| titles.get(cells, c).map(str::to_string);
        inserted += sqlx::query(
            "INSERT INTO standard_title (standard_id, lang, title, status, source, as_of) \
             VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT DO NOTHING",
        )
        .bind(get("standard_id"))
        .bind(get("lang"))
        .bind(get("title"))
        .bind(get("status"))
        .bind(get("source"))
        .bind(get("as_of"))
        .execute(&mut *tx)
        .await?
        .rows_affected() as usize;
    }
    for (_, cells) in &adoptions.rows {
        let get = |c: &str| adoptions.get(cells, c).map(str::to_string);
        inserted += sqlx::query(
            "INSERT INTO adoption (standard_id, alpha2, designation, status, degree, lang, adopted_on, confidence, \
             note, source, as_of) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) ON CONFLICT DO NOTHING",
        )
        .bind(get("standard_id"))
        .bind(get("alpha2"))
        .bind(get("designation"))
        .bind(get("status"))
        .bind(get("degree"))
        .bind(get("lang"))
        .bind(get("adopted_on"))
        .bind(get("confidence"))
        .bind(get("note"))
        .bind(get("source"))
        .bind(get("as_of"))
        .execute(&mut *tx)
        .await?
        .rows_affected() as usize;
    }
    tx.commit().await?;
    Ok(inserted)
}

/// What letters quote about a standard.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct StandardFacts {
    pub reference: String,
    /// Where the reference and last confirmation come from, and as of when.
    pub source: String,
    pub as_of: Option<String>,
    /// (language, title, source)
    pub titles: Vec<(String, String, String)>,
    pub adopted: u32,
    pub last_confirmed: Option<String>,
    /// Closing date of the earliest ballot that closes today or later and has no outcome.
    pub open_ballot_closes: Option<String>,
}

pub async fn standard_facts(
    pool: &AnyPool,
    standard_id: &str,
    today: &str,
) -> Result<Option<StandardFacts>, sqlx::Error> {
    let Some((reference, last_confirmed, source, as_of)): Option<(String, Option<String>, String, Option<String>)> =
        sqlx::query_as("SELECT reference, last_confirmed, source, as_of FROM standard WHERE id = $1")
            .bind(standard_id)
            .fetch_optional(pool)
            .await?
    else {
        return Ok(None);
    };
    let titles: Vec<(String, String, String)> =
        sqlx::query_as("SELECT lang, title, source FROM standard_title WHERE standard_id = $1 ORDER BY lang")
            .bind(standard_id)
            .fetch_all(pool)
            .await?;
    let (adopted,): (i64,) =
        sqlx::query_as("SELECT COUNT(*) FROM adoption WHERE standard_id = $1 AND status = 'adopted'")
            .bind(standard_id)
            .fetch_one(pool)
            .await?;
    let open_ballot_closes: Option<(String,)> = sqlx::query_as(
        "SELECT closes_on FROM review_ballot WHERE standard_id = $1 AND outcome IS NULL AND closes_on >= $2 \
         ORDER BY closes_on LIMIT 1",
    )
    .bind(standard_id)
    .bind(today)
    .fetch_optional(pool)
    .await?;
    Ok(Some(StandardFacts {
        reference,
        source,
        as_of,
        titles,
        adopted: u32::try_from(adopted).unwrap_or(u32::MAX),
        last_confirmed,
        open_ballot_closes: open_ballot_closes.map(|(d,)| d),
    }))
}

/// The recorded adoption status of the standard by one body, if any.
pub async fn adoption_status(pool: &AnyPool, standard_id: &str, alpha2: &str) -> Result<Option<String>, sqlx::Error> {
    let row: Option<(String,)> = sqlx::query_as("SELECT status FROM adoption WHERE standard_id = $1 AND alpha2 = $2")
        .bind(standard_id)
        .bind(alpha2)
        .fetch_optional(pool)
        .await?;
    Ok(row.map(|(s,)| s))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shipped_seed_files_parse_and_every_row_has_a_source() {
        for (text, required) in [
            (STANDARDS_CSV, &["id", "reference", "source", "as_of"][..]),
            (TITLES_CSV, &["standard_id", "lang", "title", "status", "source", "as_of"][..]),
            (ADOPTIONS_CSV, &["standard_id", "alpha2", "status", "source", "as_of"][..]),
        ] {
            let rows = Rows::parse(text, required).map(|r| r.rows.len());
            assert!(matches!(rows, Ok(n) if n > 0), "{rows:?}");
        }
    }

    #[test]
    fn a_row_without_a_source_is_refused_with_its_line() {
        let text = "standard_id,alpha2,status,source\niso-20400,GB,adopted,BSI\niso-20400,AU,adopted,\n";
        let error = Rows::parse(text, &["standard_id", "alpha2", "status", "source"]).err();
        assert_eq!(error, Some(ImportError::BadRow { line: 3, reason: "`source` is required".into() }));
    }
}
