//! Imports the NSB dataset (`seed/nsb.csv`) with per-field provenance.
//!
//! Idempotent: a body already in the database is left exactly as it is (a coordinator
//! may have corrected it), so a restart neither duplicates nor overwrites; rows added
//! to the file later are imported on the next start. All or nothing: one bad row
//! rejects the whole file.

use std::collections::{HashMap, HashSet};

use sqlx::AnyPool;

use super::NsbRecord;

pub const NSB_CSV: &str = include_str!("../../../../seed/nsb.csv");
pub const PROVENANCE_CSV: &str = include_str!("../../../../seed/provenance.csv");

const REQUIRED_COLUMNS: [&str; 2] = ["alpha2", "country_name_en"];

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum ImportError {
    #[error("the file is not valid CSV: {0}")]
    Csv(String),
    #[error("missing required column `{0}`")]
    MissingColumn(&'static str),
    #[error("line {line}: {reason}")]
    BadRow { line: u64, reason: String },
    #[error("database: {0}")]
    Database(String),
}

impl From<sqlx::Error> for ImportError {
    fn from(error: sqlx::Error) -> Self {
        ImportError::Database(error.to_string())
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportReport {
    pub rows: usize,
    pub inserted: usize,
}

/// A body from the file with the provenance of each of its known fields.
#[derive(Debug, Clone)]
pub struct SeedBody {
    pub record: NsbRecord,
    /// field → (source, as-of date)
    pub provenance: Vec<(&'static str, String, Option<String>)>,
}

/// Maps the source keys used in `nsb.csv` to a readable citation and a date.
fn provenance_catalogue(text: &str) -> Result<HashMap<String, (String, Option<String>)>, ImportError> {
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let mut catalogue = HashMap::new();
    for row in reader.records() {
        let row = row.map_err(|e| ImportError::Csv(e.to_string()))?;
        let as_of = row.get(2).map(str::trim).filter(|d| !d.is_empty()).map(str::to_string);
        catalogue
            .insert(row.get(0).unwrap_or_default().to_string(), (row.get(1).unwrap_or_default().to_string(), as_of));
    }
    Ok(catalogue)
}

/// Parses and validates the whole file before anything is written.
pub fn parse_nsb_csv(text: &str, catalogue_text: &str) -> Result<Vec<SeedBody>, ImportError> {
    let catalogue = provenance_catalogue(catalogue_text)?;
    let cite = |key: &str| -> (String, Option<String>) {
        // An unknown key is kept verbatim: provenance is never dropped.
        catalogue.get(key.trim()).cloned().unwrap_or_else(|| (key.trim().to_string(), None))
    };

    let mut reader = csv::ReaderBuilder::new().flexible(false).from_reader(text.as_bytes());
    let headers = reader.headers().map_err(|e| ImportError::Csv(e.to_string()))?.clone();
    for column in REQUIRED_COLUMNS {
        if !headers.iter().any(|h| h == column) {
            return Err(ImportError::MissingColumn(column));
        }
    }

    let mut seen = HashSet::new();
    let mut bodies = Vec::new();
    for row in reader.records() {
        let row = row.map_err(|e| match e.position() {
            Some(position) => ImportError::BadRow { line: position.line(), reason: e.to_string() },
            None => ImportError::Csv(e.to_string()),
        })?;
        let line = row.position().map(|p| p.line()).unwrap_or_default();
        let cell = |name: &str| -> Option<String> {
            let index = headers.iter().position(|h| h == name)?;
            row.get(index).map(str::trim).filter(|v| !v.is_empty()).map(str::to_string)
        };
        let bad = |reason: String| ImportError::BadRow { line, reason };

        let alpha2 = cell("alpha2").ok_or_else(|| bad("alpha2 is empty".into()))?;
        if alpha2.len() != 2 || !alpha2.chars().all(|c| c.is_ascii_uppercase()) {
            return Err(bad(format!("`{alpha2}` is not an ISO 3166-1 alpha-2 code")));
        }
        if !seen.insert(alpha2.clone()) {
            return Err(bad(format!("{alpha2} appears twice")));
        }
        let country_name_en = cell("country_name_en").ok_or_else(|| bad("country_name_en is empty".into()))?;
        let iso_category = cell("iso_category");
        if let Some(category) = &iso_category
            && crate::directory::Category::from_db(category).is_none()
        {
            return Err(bad(format!("unknown ISO category `{category}`")));
        }

        let record = NsbRecord {
            alpha2,
            country_name_en,
            acronym: cell("acronym"),
            body_name_en: cell("body_name_en"),
            body_name_native: cell("body_name_native"),
            iso_category,
            category_note: cell("category_note"),
            iso_member_id: cell("iso_member_id"),
            website: cell("website"),
            email: cell("email"),
            phone: cell("phone"),
            fax: cell("fax"),
            address: cell("address"),
        };

        let mut provenance = Vec::new();
        let mut attribute = |field: &'static str, value: &Option<String>, key: Option<String>| {
            if let (Some(_), Some(key)) = (value, key) {
                let (source, as_of) = cite(&key);
                provenance.push((field, source, as_of));
            }
        };
        attribute("country_name_en", &Some(String::new()), Some("ISO 3166-1".into()));
        attribute("acronym", &record.acronym, cell("acronym_source"));
        attribute("website", &record.website, cell("website_source"));
        for field in ["email", "phone", "fax", "address"] {
            let value = match field {
                "email" => &record.email,
                "phone" => &record.phone,
                "fax" => &record.fax,
                _ => &record.address,
            };
            attribute(field, value, cell("contact_source"));
        }
        attribute("iso_member_id", &record.iso_member_id, Some("ISO Open Data TC dataset (2026-05)".into()));
        let iso_org_name = cell("body_name_iso_org_2022").unwrap_or_default();
        let other_name = cell("body_name_other");
        for (field, value) in [("body_name_en", &record.body_name_en), ("body_name_native", &record.body_name_native)] {
            let key = value.as_ref().and_then(|name| {
                if !iso_org_name.is_empty() && iso_org_name.contains(name.as_str()) {
                    Some("iso.org member page 2021/22 (StanDat)".to_string())
                } else if other_name.as_ref() == Some(name) {
                    cell("body_name_other_source")
                } else {
                    None
                }
            });
            attribute(field, value, key);
        }
        // The category comes from the most authoritative source that states it
        // (iso.org page > Factbook > Wikipedia), as nsb_sources.md describes.
        let category_key = record.iso_category.as_ref().and_then(|category| {
            let stated: Vec<(String, String)> = cell("iso_category_sources")
                .unwrap_or_default()
                .split(';')
                .filter_map(|pair| pair.split_once('='))
                .map(|(source, value)| (source.trim().to_string(), value.trim().to_string()))
                .collect();
            ["iso.org page", "factbook", "wikipedia2020"].into_iter().find_map(|preferred| {
                stated.iter().find(|(source, value)| source == preferred && value == category).map(|(s, _)| s.clone())
            })
        });
        attribute("iso_category", &record.iso_category, category_key);

        bodies.push(SeedBody { record, provenance });
    }
    Ok(bodies)
}

/// Imports the file in one transaction; existing bodies are left untouched.
pub async fn import_nsb_csv(pool: &AnyPool, text: &str, catalogue_text: &str) -> Result<ImportReport, ImportError> {
    let bodies = parse_nsb_csv(text, catalogue_text)?;
    let now = chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Secs, true);
    let mut tx = crate::db::begin_write(pool).await?;
    let mut inserted = 0;
    for body in &bodies {
        let r = &body.record;
        let result = sqlx::query(
            "INSERT INTO nsb (alpha2, country_name_en, acronym, body_name_en, body_name_native, iso_category, \
             category_note, iso_member_id, website, email, phone, fax, address, version, created_at, updated_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, 1, $14, $14) \
             ON CONFLICT (alpha2) DO NOTHING",
        )
        .bind(&r.alpha2)
        .bind(&r.country_name_en)
        .bind(&r.acronym)
        .bind(&r.body_name_en)
        .bind(&r.body_name_native)
        .bind(&r.iso_category)
        .bind(&r.category_note)
        .bind(&r.iso_member_id)
        .bind(&r.website)
        .bind(&r.email)
        .bind(&r.phone)
        .bind(&r.fax)
        .bind(&r.address)
        .bind(&now)
        .execute(&mut *tx)
        .await?;
        if result.rows_affected() == 0 {
            continue;
        }
        inserted += 1;
        for (field, source, as_of) in &body.provenance {
            sqlx::query("INSERT INTO nsb_field_source (alpha2, field, source, as_of) VALUES ($1, $2, $3, $4)")
                .bind(&r.alpha2)
                .bind(*field)
                .bind(source)
                .bind(as_of)
                .execute(&mut *tx)
                .await?;
        }
    }
    tx.commit().await?;
    Ok(ImportReport { rows: bodies.len(), inserted })
}

/// Imports the dataset shipped in the binary.
pub async fn import_seed(pool: &AnyPool) -> Result<ImportReport, ImportError> {
    import_nsb_csv(pool, NSB_CSV, PROVENANCE_CSV).await
}

#[cfg(test)]
mod tests {
    use super::*;

    fn provenance_of<'a>(body: &'a SeedBody, field: &str) -> Option<(&'a str, Option<&'a str>)> {
        body.provenance.iter().find(|(f, _, _)| *f == field).map(|(_, s, d)| (s.as_str(), d.as_deref()))
    }

    #[test]
    fn shipped_dataset_parses_with_provenance_for_every_known_field() {
        let bodies = parse_nsb_csv(NSB_CSV, PROVENANCE_CSV).unwrap_or_default();
        assert!(bodies.len() >= 172, "{} rows", bodies.len());
        let brazil = bodies.iter().find(|b| b.record.alpha2 == "BR");
        let brazil = brazil.map(|b| (b.record.acronym.clone(), provenance_of(b, "acronym"), provenance_of(b, "email")));
        assert_eq!(
            brazil,
            Some((
                Some("ABNT".into()),
                Some(("ISO Open Data, technical committees dataset", Some("2026-05"))),
                Some(("iso.org member page, StanDat scrape (2021/22)", Some("2022-01")))
            ))
        );
        for body in &bodies {
            let r = &body.record;
            for (field, value) in
                [("acronym", &r.acronym), ("email", &r.email), ("website", &r.website), ("address", &r.address)]
            {
                assert_eq!(value.is_some(), provenance_of(body, field).is_some(), "{} {field}", r.alpha2);
            }
        }
    }

    #[test]
    fn blanks_stay_blank() {
        let bodies = parse_nsb_csv(NSB_CSV, PROVENANCE_CSV).unwrap_or_default();
        let georgia = bodies.iter().find(|b| b.record.alpha2 == "GE").map(|b| b.record.acronym.clone());
        assert_eq!(georgia, Some(None));
    }

    #[test]
    fn a_bad_row_rejects_the_file_with_its_line() {
        let text = "alpha2,country_name_en\nBR,Brazil\nbrazil,Brazil again\n";
        assert_eq!(
            parse_nsb_csv(text, PROVENANCE_CSV).err(),
            Some(ImportError::BadRow { line: 3, reason: "`brazil` is not an ISO 3166-1 alpha-2 code".into() })
        );
        let duplicate = "alpha2,country_name_en\nBR,Brazil\nBR,Brazil\n";
        assert!(matches!(parse_nsb_csv(duplicate, PROVENANCE_CSV), Err(ImportError::BadRow { line: 3, .. })));
        let no_country = "alpha2,acronym\nBR,ABNT\n";
        assert_eq!(
            parse_nsb_csv(no_country, PROVENANCE_CSV).err(),
            Some(ImportError::MissingColumn("country_name_en"))
        );
        let bad_category = "alpha2,country_name_en,iso_category\nBR,Brazil,overlord\n";
        assert!(matches!(parse_nsb_csv(bad_category, PROVENANCE_CSV), Err(ImportError::BadRow { line: 2, .. })));
    }

    #[test]
    fn more_rows_later_are_accepted() {
        let text =
            "alpha2,country_name_en,acronym,acronym_source\nVE,Venezuela,SENCAMER,ISO Open Data TC dataset (2026-05)\n";
        let bodies = parse_nsb_csv(text, PROVENANCE_CSV).unwrap_or_default();
        assert_eq!(bodies.len(), 1);
        assert_eq!(provenance_of(&bodies[0], "acronym").map(|p| p.1), Some(Some("2026-05")));
    }
}
