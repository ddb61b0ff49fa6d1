//! Committees and their members. A committee is known by ISO's id (its Quorum id is the
//! slug of its reference, `iso-tc-309`); a member by ISO's member id, which matches the
//! body whose `iso_member_id` it is. A body listed as both P- and O-member counts as P.
//! A body a committee no longer lists is recorded as no longer a member (its history
//! keeps the membership it had). Members no body matches are kept, per committee, for
//! admins to see.

use std::collections::{BTreeMap, HashMap, HashSet};

use sqlx::{AnyConnection, Row};

use super::Writer;
use crate::error::AppError;
use crate::import::iso::IsoSummary;
use crate::iso_open_data::{Committee, slug};
use crate::records::ssr::{Kind, Value, field, save};
use crate::standards::edit::RecordKind;

static COMMITTEE: Kind = Kind::new(
    "committee",
    "committee",
    &["id"],
    &[field("reference"), field("title"), field("title_fr"), field("status"), field("secretariat"), field("parent_id")],
);

/// A committee as Quorum holds it: ISO's id and the values of `COMMITTEE`'s fields.
type Held = (Option<i64>, Vec<Option<String>>);

async fn held_committees(connection: &mut AnyConnection) -> Result<HashMap<String, Held>, AppError> {
    let columns: Vec<&str> = COMMITTEE.fields.iter().map(|f| f.column).collect();
    let sql = format!("SELECT id, iso_id, {} FROM committee", columns.join(", "));
    let rows = sqlx::query(&sql).fetch_all(&mut *connection).await?;
    let mut held = HashMap::with_capacity(rows.len());
    for row in rows {
        let values = (0..columns.len()).map(|i| row.try_get::<Option<String>, _>(i + 2)).collect::<Result<_, _>>()?;
        held.insert(row.try_get::<String, _>(0)?, (row.try_get::<Option<i64>, _>(1)?, values));
    }
    Ok(held)
}

/// Quorum's id for each committee of the file: the id of the committee already recorded
/// with ISO's id, else the slug of its reference (with ISO's id appended should two
/// references give one slug).
fn quorum_ids(committees: &[Committee], held: &HashMap<String, Held>) -> HashMap<i64, String> {
    let by_iso_id: HashMap<i64, &String> =
        held.iter().filter_map(|(id, (iso_id, _))| iso_id.map(|iso_id| (iso_id, id))).collect();
    let mut taken: HashSet<String> = held.keys().cloned().collect();
    let mut ids = HashMap::with_capacity(committees.len());
    for committee in committees {
        let id = match by_iso_id.get(&committee.id) {
            Some(id) => (*id).clone(),
            None => {
                let slug = slug(&committee.reference);
                let free = held.get(&slug).is_some_and(|(iso_id, _)| iso_id.is_none()) || !taken.contains(&slug);
                if free { slug } else { format!("{slug}-{}", committee.id) }
            }
        };
        taken.insert(id.clone());
        ids.insert(committee.id, id);
    }
    ids
}

/// Memberships by body code (`P` or `O`).
type Matched = BTreeMap<String, &'static str>;
/// Members no body matches, by ISO member id: (acronym, `P` or `O`).
type Unmatched = BTreeMap<String, (Option<String>, &'static str)>;

/// The members a committee lists, by body (P before O), and those no body matches.
fn members(committee: &Committee, bodies: &HashMap<String, String>) -> (Matched, Unmatched) {
    let (mut matched, mut unmatched) = (BTreeMap::new(), BTreeMap::new());
    let p = committee.p_members.iter().map(|m| (m, "P"));
    for (member, kind) in p.chain(committee.o_members.iter().map(|m| (m, "O"))) {
        let id = member.id.to_string();
        match bodies.get(&id) {
            Some(alpha2) => {
                matched.entry(alpha2.clone()).or_insert(kind);
            }
            None => {
                unmatched.entry(id).or_insert((member.acronym.clone(), kind));
            }
        }
    }
    (matched, unmatched)
}

pub(super) async fn write(
    connection: &mut AnyConnection,
    committees: &[Committee],
    writer: &Writer<'_>,
    summary: &mut IsoSummary,
) -> Result<(), AppError> {
    let held = held_committees(connection).await?;
    let ids = quorum_ids(committees, &held);
    let held_parent = |iso_id: i64| held.iter().find(|(_, (i, _))| *i == Some(iso_id)).map(|(id, _)| id.clone());
    for committee in committees {
        let id = &ids[&committee.id];
        let parent = committee.parent_id.and_then(|p| ids.get(&p).cloned().or_else(|| held_parent(p)));
        let values: Vec<(&'static str, Option<String>)> = vec![
            ("reference", Some(committee.reference.clone())),
            ("title", committee.title_en.clone()),
            ("title_fr", committee.title_fr.clone()),
            ("status", Some(committee.status.clone())),
            ("secretariat", committee.secretariat_acronym.clone()),
            ("parent_id", parent),
        ];
        let before = held.get(id);
        let unchanged = before.is_some_and(|(iso_id, old)| {
            *iso_id == Some(committee.id) && values.iter().zip(old).all(|((_, new), old)| new == old)
        });
        if unchanged {
            summary.committees.same += 1;
            continue;
        }
        let also = vec![("iso_id", Value::Integer(committee.id))];
        let saved = writer.save(&COMMITTEE, vec![id.clone()], id.clone(), values, also);
        writer
            .save_counted(connection, &saved, ("committee", committee.id), before.is_none(), &mut summary.committees)
            .await?;
    }
    write_members(connection, committees, &ids, writer, summary).await
}

/// Bodies by ISO member id.
async fn bodies(connection: &mut AnyConnection) -> Result<HashMap<String, String>, AppError> {
    let rows: Vec<(String, String)> =
        sqlx::query_as("SELECT iso_member_id, alpha2 FROM nsb WHERE iso_member_id IS NOT NULL")
            .fetch_all(&mut *connection)
            .await?;
    Ok(rows.into_iter().map(|(id, alpha2)| (id.trim().to_string(), alpha2)).collect())
}

async fn write_members(
    connection: &mut AnyConnection,
    committees: &[Committee],
    ids: &HashMap<i64, String>,
    writer: &Writer<'_>,
    summary: &mut IsoSummary,
) -> Result<(), AppError> {
    let bodies = bodies(connection).await?;
    let rows: Vec<(String, String, Option<String>)> =
        sqlx::query_as("SELECT committee_id, alpha2, membership FROM committee_member")
            .fetch_all(&mut *connection)
            .await?;
    let mut recorded: HashMap<String, HashMap<String, Option<String>>> = HashMap::new();
    for (committee, alpha2, membership) in rows {
        recorded.entry(committee).or_default().insert(alpha2, membership);
    }
    let rows: Vec<(String, String, Option<String>, String)> =
        sqlx::query_as("SELECT committee_id, member_id, acronym, membership FROM committee_unmatched")
            .fetch_all(&mut *connection)
            .await?;
    let mut waiting: HashMap<String, HashMap<String, (Option<String>, String)>> = HashMap::new();
    for (committee, member, acronym, membership) in rows {
        waiting.entry(committee).or_default().insert(member, (acronym, membership));
    }
    let mut unmatched_ids = HashSet::new();
    let empty = HashMap::new();
    for committee in committees {
        let id = &ids[&committee.id];
        let (listed, unmatched) = members(committee, &bodies);
        let before = recorded.get(id).unwrap_or(&empty);
        for (alpha2, kind) in &listed {
            let counts = &mut summary.memberships;
            match before.get(alpha2) {
                Some(Some(old)) if old == kind => counts.same += 1,
                old => {
                    membership(connection, id, alpha2, Some(kind), writer).await?;
                    if old.is_some() { counts.changed += 1 } else { counts.added += 1 }
                }
            }
        }
        for (alpha2, old) in before {
            if old.is_some() && !listed.contains_key(alpha2) {
                membership(connection, id, alpha2, None, writer).await?;
                summary.memberships.changed += 1;
            }
        }
        unmatched_ids.extend(unmatched.keys().cloned());
        keep_unmatched(connection, id, &unmatched, waiting.get(id).unwrap_or(&HashMap::new()), writer).await?;
    }
    summary.unmatched_members = unmatched_ids.len() as u64;
    Ok(())
}

async fn membership(
    connection: &mut AnyConnection,
    committee: &str,
    alpha2: &str,
    kind: Option<&str>,
    writer: &Writer<'_>,
) -> Result<(), AppError> {
    if writer.dry_run {
        return Ok(());
    }
    let keys = vec![committee.to_string(), alpha2.to_string()];
    let values = vec![("membership", kind.map(str::to_string))];
    let saved = writer.save(RecordKind::Membership.stored(), keys, format!("{committee}:{alpha2}"), values, Vec::new());
    save(connection, &saved).await.map(|_| ())
}

/// The committee's members no body matches, as the file lists them (a worklist for
/// admins, not a record: rows are added, changed and removed to match the file).
async fn keep_unmatched(
    connection: &mut AnyConnection,
    committee: &str,
    listed: &Unmatched,
    before: &HashMap<String, (Option<String>, String)>,
    writer: &Writer<'_>,
) -> Result<(), AppError> {
    if writer.dry_run {
        return Ok(());
    }
    for (member, (acronym, kind)) in listed {
        match before.get(member) {
            Some((old_acronym, old_kind)) if old_acronym == acronym && old_kind == kind => {}
            _ => {
                sqlx::query(
                    "INSERT INTO committee_unmatched (committee_id, member_id, acronym, membership, source, as_of) \
                     VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (committee_id, member_id) DO UPDATE SET \
                     acronym = excluded.acronym, membership = excluded.membership, source = excluded.source, \
                     as_of = excluded.as_of",
                )
                .bind(committee)
                .bind(member)
                .bind(acronym.clone())
                .bind(*kind)
                .bind(writer.source)
                .bind(writer.as_of)
                .execute(&mut *connection)
                .await?;
            }
        }
    }
    for member in before.keys().filter(|m| !listed.contains_key(*m)) {
        sqlx::query("DELETE FROM committee_unmatched WHERE committee_id = $1 AND member_id = $2")
            .bind(committee)
            .bind(member)
            .execute(&mut *connection)
            .await?;
    }
    Ok(())
}
