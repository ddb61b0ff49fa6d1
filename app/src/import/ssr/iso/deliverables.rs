//! Deliverables become standards. A standard in Quorum spans its editions (`iso-20400`
//! for `ISO 20400:2017` and its successors), so of the deliverables that share a slug
//! the current one is recorded: not withdrawn nor replaced if one is, then the latest
//! published, the latest edition, the highest id. A standard already recorded with the
//! deliverable's ISO id keeps its Quorum id; otherwise the slug finds it (the standards
//! typed in by hand, ISO 20400 among them) or names the new one, which nobody follows
//! yet. A stage that moves the standard's systematic review opens, closes or decides
//! its review cycle (see `iso_open_data::review_change`), dated the day of the file.

use std::collections::{HashMap, HashSet};

use sqlx::{AnyConnection, Row};

use super::Writer;
use crate::error::AppError;
use crate::import::iso::IsoSummary;
use crate::iso_open_data::{Deliverable, Outcome, ReviewChange, Stage, cycle_id, review_change, slug};
use crate::records::ssr::{Kind, Value, field, save};
use crate::standards::edit::RecordKind;

static STANDARD: Kind = Kind::new(
    "standard",
    "standard",
    &["id"],
    &[
        field("reference"),
        field("title_en"),
        field("title_fr"),
        field("deliverable_type"),
        field("supplement_type"),
        field("edition"),
        field("published"),
        field("committee"),
        field("committee_id"),
        field("stage"),
        field("last_confirmed"),
        field("languages"),
        field("ics"),
        field("replaces"),
        field("replaced_by"),
    ],
);

const STAGE: usize = 9;
const LAST_CONFIRMED: usize = 10;

/// A standard as Quorum holds it, small enough for 80,000 of them: ISO's id, a hash of
/// the values of `STANDARD`'s fields (what an unchanged record is recognised by), and
/// the two values the review rules read.
struct Held {
    iso_id: Option<i64>,
    hash: u64,
    stage: Option<String>,
    last_confirmed: Option<String>,
}

/// A hash of a standard's field values, in `STANDARD`'s order.
fn values_hash<'a>(values: impl Iterator<Item = Option<&'a str>>) -> u64 {
    use std::hash::{Hash, Hasher};
    let mut hasher = std::collections::hash_map::DefaultHasher::new();
    for value in values {
        value.hash(&mut hasher);
    }
    hasher.finish()
}

async fn held_standards(connection: &mut AnyConnection) -> Result<HashMap<String, Held>, AppError> {
    let columns: Vec<&str> = STANDARD.fields.iter().map(|f| f.column).collect();
    let sql = format!("SELECT id, iso_id, {} FROM standard", columns.join(", "));
    let mut rows = sqlx::query(&sql).fetch(&mut *connection);
    let mut held = HashMap::new();
    while let Some(row) = futures_util::TryStreamExt::try_next(&mut rows).await? {
        let values: Vec<Option<String>> =
            (0..columns.len()).map(|i| row.try_get::<Option<String>, _>(i + 2)).collect::<Result<_, _>>()?;
        held.insert(
            row.try_get::<String, _>(0)?,
            Held {
                iso_id: row.try_get::<Option<i64>, _>(1)?,
                hash: values_hash(values.iter().map(Option::as_deref)),
                stage: values[STAGE].clone(),
                last_confirmed: values[LAST_CONFIRMED].clone(),
            },
        );
    }
    Ok(held)
}

/// How current a deliverable is among those sharing its slug (greater is more current).
fn currency(d: &Deliverable) -> (bool, Option<chrono::NaiveDate>, Option<i64>, i64) {
    (d.replaced_by.is_empty() && d.stage != Some(Stage::WITHDRAWN), d.publication_date, d.edition, d.id)
}

/// What a deliverables file is kept as while it is read: the current deliverable of each
/// slug, and every deliverable's reference by id (what `replaces` names).
#[derive(Default)]
pub struct Editions {
    current: HashMap<String, Deliverable>,
    names: HashMap<i64, String>,
}

impl Editions {
    /// Keeps `deliverable` if it is its slug's most current so far.
    pub fn add(&mut self, deliverable: Deliverable) {
        self.names.insert(deliverable.id, deliverable.reference.clone());
        let slug = deliverable.slug();
        match self.current.get(&slug) {
            Some(kept) if currency(kept) >= currency(&deliverable) => {}
            _ => {
                self.current.insert(slug, deliverable);
            }
        }
    }

    /// The current editions, by slug.
    fn sorted(&mut self) -> Vec<(String, Deliverable)> {
        let mut current: Vec<(String, Deliverable)> = self.current.drain().collect();
        current.sort_by(|a, b| a.0.cmp(&b.0));
        current
    }
}

fn joined(items: &[String], separator: &str) -> Option<String> {
    (!items.is_empty()).then(|| items.join(separator))
}

/// References of the deliverables `ids` name, in the file (an id the file does not have
/// is kept as `#<id>`, ISO's id, rather than dropped).
fn references(ids: &[i64], references: &HashMap<i64, String>) -> Option<String> {
    let named: Vec<String> =
        ids.iter().map(|id| references.get(id).cloned().unwrap_or_else(|| format!("#{id}"))).collect();
    joined(&named, "; ")
}

/// What `/standards?q=` searches: the reference, both titles and the committee.
fn search_text(values: &[(&'static str, Option<String>)]) -> String {
    let part = |column: &str| values.iter().find(|(c, _)| *c == column).and_then(|(_, v)| v.clone());
    ["reference", "title_en", "title_fr", "committee"]
        .into_iter()
        .filter_map(part)
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

pub(super) async fn write(
    connection: &mut AnyConnection,
    mut editions: Editions,
    writer: &Writer<'_>,
    summary: &mut IsoSummary,
) -> Result<(), AppError> {
    let held = held_standards(connection).await?;
    let by_iso_id: HashMap<i64, String> = held.iter().filter_map(|(id, h)| h.iso_id.map(|i| (i, id.clone()))).collect();
    let committees: HashMap<String, String> =
        sqlx::query_as::<_, (String, String)>("SELECT reference, id FROM committee")
            .fetch_all(&mut *connection)
            .await?
            .into_iter()
            .collect();
    let mut cycles = Cycles::read(connection).await?;
    let names = std::mem::take(&mut editions.names);
    for (own_slug, deliverable) in editions.sorted() {
        let id = by_iso_id.get(&deliverable.id).cloned().unwrap_or(own_slug);
        let before = held.get(&id);
        // The stage recorded for this deliverable (a new edition starts unseen).
        let recorded = before
            .filter(|h| h.iso_id.is_none_or(|i| i == deliverable.id))
            .and_then(|h| h.stage.as_deref().and_then(Stage::parse));
        let change = deliverable.stage.map_or(ReviewChange::None, |stage| review_change(recorded, stage));
        let last_confirmed = match change {
            ReviewChange::Decided(Outcome::Confirmed) => Some(writer.as_of.to_string()),
            _ => before.and_then(|h| h.last_confirmed.clone()),
        };
        let owner = deliverable.owner_committee.clone();
        let values: Vec<(&'static str, Option<String>)> = vec![
            ("reference", Some(deliverable.reference.clone())),
            ("title_en", deliverable.title_en.clone()),
            ("title_fr", deliverable.title_fr.clone()),
            ("deliverable_type", deliverable.deliverable_type.clone()),
            ("supplement_type", deliverable.supplement_type.clone()),
            ("edition", deliverable.edition.map(|e| e.to_string())),
            ("published", deliverable.publication_date.map(|d| d.to_string())),
            ("committee", owner.clone()),
            ("committee_id", owner.as_ref().map(|r| committees.get(r).cloned().unwrap_or_else(|| slug(r)))),
            ("stage", deliverable.stage.map(|s| s.to_string())),
            ("last_confirmed", last_confirmed),
            ("languages", joined(&deliverable.languages, " ")),
            ("ics", joined(&deliverable.ics, " ")),
            ("replaces", references(&deliverable.replaces, &names)),
            ("replaced_by", references(&deliverable.replaced_by, &names)),
        ];
        // Every field the import writes, in `STANDARD`'s order (what the hash is over).
        debug_assert!(values.iter().map(|(c, _)| *c).eq(STANDARD.fields.iter().map(|f| f.column)));
        let unchanged = before.is_some_and(|h| {
            h.iso_id == Some(deliverable.id) && h.hash == values_hash(values.iter().map(|(_, v)| v.as_deref()))
        });
        if unchanged {
            summary.standards.same += 1;
        } else {
            let mut also =
                vec![("iso_id", Value::Integer(deliverable.id)), ("search", Some(search_text(&values)).into())];
            if before.is_none() {
                also.push(("created_at", Some(writer.at.to_string()).into()));
            }
            let saved = writer.save(&STANDARD, vec![id.clone()], id.clone(), values, also);
            let key = ("standard", deliverable.id);
            writer.save_counted(connection, &saved, key, before.is_none(), &mut summary.standards).await?;
        }
        if let Some(stage) = deliverable.stage
            && change != ReviewChange::None
        {
            if !writer.dry_run {
                cycles.record(connection, &id, stage, change, writer).await?;
            }
            match change {
                ReviewChange::Opens => summary.reviews_opened += 1,
                _ => summary.reviews_closed += 1,
            }
        }
    }
    Ok(())
}

/// The review cycles: the undecided one of each standard, and every id taken.
struct Cycles {
    undecided: HashMap<String, String>,
    taken: HashSet<String>,
}

impl Cycles {
    async fn read(connection: &mut AnyConnection) -> Result<Cycles, AppError> {
        let rows: Vec<(String, String, String)> =
            sqlx::query_as("SELECT id, standard_id, status FROM review_cycle ORDER BY id")
                .fetch_all(&mut *connection)
                .await?;
        let mut cycles = Cycles { undecided: HashMap::new(), taken: HashSet::new() };
        for (id, standard, status) in rows {
            if status != "decided" {
                cycles.undecided.insert(standard, id.clone());
            }
            cycles.taken.insert(id);
        }
        Ok(cycles)
    }

    /// Applies `change` to the standard's undecided cycle, or to a new one named after
    /// the year of the file.
    async fn record(
        &mut self,
        connection: &mut AnyConnection,
        standard: &str,
        stage: Stage,
        change: ReviewChange,
        writer: &Writer<'_>,
    ) -> Result<(), AppError> {
        let id = match self.undecided.get(standard) {
            Some(id) => id.clone(),
            None => {
                let year = writer.as_of.get(..4).and_then(|y| y.parse().ok()).unwrap_or(0);
                let first = cycle_id(standard, year);
                let mut id = first.clone();
                let mut n = 2;
                while self.taken.contains(&id) {
                    id = format!("{first}-{n}");
                    n += 1;
                }
                self.taken.insert(id.clone());
                id
            }
        };
        let text = |s: &str| Some(s.to_string());
        let mut values = vec![("stage", Some(stage.to_string()))];
        match change {
            ReviewChange::None => return Ok(()),
            ReviewChange::Opens => values.push(("status", text("open"))),
            ReviewChange::BallotClosed => values.push(("status", text("closed"))),
            ReviewChange::Decided(outcome) => {
                values.push(("status", text("decided")));
                values.push(("outcome", text(outcome.stored())));
                values.push(("decided_on", text(writer.as_of)));
            }
        }
        if matches!(change, ReviewChange::Decided(_)) {
            self.undecided.remove(standard);
        } else {
            self.undecided.insert(standard.to_string(), id.clone());
        }
        let keys = vec![id.clone(), standard.to_string()];
        let saved = writer.save(RecordKind::Cycle.stored(), keys, id, values, Vec::new());
        match save(connection, &saved).await {
            Ok(_) | Err(AppError::Invalid(_)) => Ok(()),
            Err(error) => Err(error),
        }
    }
}
