//! The unmatched members on the server: the list, and creating a body from one.

use std::collections::BTreeMap;

use sqlx::AnyPool;

use super::edit::NEW_BODY;
use crate::auth::SignedInUser;
use crate::directory::Category;
use crate::directory::unmatched::{UnmatchedMember, UnmatchedPage};
use crate::error::AppError;
use crate::i18n::Locale;
use crate::records::ssr::{Expect, Save, Value, save, stamp};
use crate::records::{FieldProblem, check_provenance, has_control, problem};
use crate::standards::edit::RecordKind;

/// How many committees each member's row names.
const EXAMPLES: usize = 5;

/// (member id, acronym, membership, committee reference, source, as of)
type ListedRow = (String, Option<String>, String, String, String, Option<String>);

pub async fn page(pool: &AnyPool, locale: Locale) -> Result<UnmatchedPage, AppError> {
    let rows: Vec<ListedRow> = sqlx::query_as(
        "SELECT u.member_id, u.acronym, u.membership, c.reference, u.source, u.as_of \
         FROM committee_unmatched u JOIN committee c ON c.id = u.committee_id ORDER BY u.member_id, c.reference",
    )
    .fetch_all(pool)
    .await?;
    let mut members: BTreeMap<String, UnmatchedMember> = BTreeMap::new();
    for (member_id, acronym, membership, committee, source, as_of) in rows {
        let member = members.entry(member_id.clone()).or_insert_with(|| UnmatchedMember {
            member_id,
            acronym: acronym.clone(),
            p_committees: 0,
            o_committees: 0,
            examples: Vec::new(),
            source,
            as_of,
        });
        if membership == "P" {
            member.p_committees += 1;
        } else {
            member.o_committees += 1;
        }
        if member.examples.len() < EXAMPLES {
            member.examples.push(committee);
        }
    }
    let mut members: Vec<UnmatchedMember> = members.into_values().collect();
    members.sort_by_key(|m| std::cmp::Reverse(m.p_committees + m.o_committees));
    let with_body: Vec<(String,)> = sqlx::query_as("SELECT alpha2 FROM nsb").fetch_all(pool).await?;
    let mut countries: Vec<(String, String)> = crate::territory::codes()
        .filter(|code| !with_body.iter().any(|(c,)| c == code))
        .filter_map(|code| Some((code.to_string(), crate::territory::country_name(code, locale)?)))
        .collect();
    countries.sort_by_cached_key(|(_, name)| crate::collation::key(locale, name));
    Ok(UnmatchedPage { members, countries })
}

/// The creation form as submitted.
pub struct NewBody {
    pub member_id: String,
    pub alpha2: String,
    pub acronym: String,
    pub body_name_en: String,
    pub iso_category: String,
    pub source: String,
    pub as_of: String,
}

fn text(field: &str, value: &str, max: usize, problems: &mut Vec<FieldProblem>) -> Option<String> {
    let value = value.trim();
    if value.chars().count() > max || has_control(value) {
        problems.push(FieldProblem {
            field: field.into(),
            key: "edit-error-too-long".into(),
            max: u32::try_from(max).ok(),
            ..Default::default()
        });
    }
    Some(value.to_string()).filter(|v| !v.is_empty())
}

/// Creates the body and records the memberships listed for its member id, in one
/// transaction; returns the body's code.
pub async fn create(pool: &AnyPool, user: &SignedInUser, form: &NewBody) -> Result<String, AppError> {
    let mut problems = Vec::new();
    let alpha2 = form.alpha2.trim().to_ascii_uppercase();
    if crate::territory::territory(&alpha2).is_none() {
        problems.push(problem("alpha2", "unmatched-error-country"));
    }
    let acronym = text("acronym", &form.acronym, 40, &mut problems);
    let name = text("body_name_en", &form.body_name_en, 200, &mut problems);
    let category = form.iso_category.trim();
    if !category.is_empty() && Category::from_db(category).is_none() {
        problems.push(problem("iso_category", "edit-error-category"));
    }
    check_provenance(&form.source, &form.as_of, chrono::Utc::now().date_naive(), &mut problems);
    if !problems.is_empty() {
        return Err(AppError::Invalid(problems));
    }
    let member_id = form.member_id.trim().to_string();
    let mut tx = crate::db::begin_write(pool).await?;
    let listed: Vec<(String, String, String, Option<String>)> =
        sqlx::query_as("SELECT committee_id, membership, source, as_of FROM committee_unmatched WHERE member_id = $1")
            .bind(&member_id)
            .fetch_all(&mut *tx)
            .await?;
    let taken: Option<(String,)> =
        sqlx::query_as("SELECT alpha2 FROM nsb WHERE alpha2 = $1").bind(&alpha2).fetch_optional(&mut *tx).await?;
    if listed.is_empty() {
        return Err(AppError::NotFound);
    }
    if taken.is_some() {
        return Err(AppError::Invalid(vec![problem("alpha2", "unmatched-error-taken")]));
    }
    let at = stamp();
    let country = crate::territory::country_name(&alpha2, Locale::default()).unwrap_or_else(|| alpha2.clone());
    let body = Save {
        kind: &NEW_BODY,
        keys: vec![alpha2.clone()],
        audit_key: alpha2.clone(),
        expect: Expect::Version(0),
        values: vec![
            ("acronym", acronym),
            ("body_name_en", name),
            ("iso_category", Some(category.to_string()).filter(|c| !c.is_empty())),
            ("iso_member_id", Some(member_id.clone())),
        ],
        also: vec![("country_name_en", Value::Text(Some(country))), ("created_at", Value::Text(Some(at.clone())))],
        source: form.source.trim(),
        as_of: form.as_of.trim(),
        by: &user.id,
        action: "edit",
        at: &at,
        shown: None,
    };
    save(&mut tx, &body).await?;
    for (committee, membership, source, as_of) in &listed {
        let as_of = as_of.clone().unwrap_or_default();
        let saved = Save {
            kind: RecordKind::Membership.stored(),
            keys: vec![committee.clone(), alpha2.clone()],
            audit_key: format!("{committee}:{alpha2}"),
            expect: Expect::Unchecked,
            values: vec![("membership", Some(membership.clone()))],
            also: Vec::new(),
            source,
            as_of: &as_of,
            by: &user.id,
            action: "edit",
            at: &at,
            shown: None,
        };
        save(&mut tx, &saved).await?;
    }
    sqlx::query("DELETE FROM committee_unmatched WHERE member_id = $1").bind(&member_id).execute(&mut *tx).await?;
    tx.commit().await?;
    Ok(alpha2)
}
