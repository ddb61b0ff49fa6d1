//! The category evidence from committee memberships, on the server.

use sqlx::AnyPool;

use super::edit::save_body;
use super::{normalize_code, record};
use crate::auth::SignedInUser;
use crate::directory::Category;
use crate::directory::edit::EditField;
use crate::directory::evidence::CategoryEvidence;
use crate::error::AppError;
use crate::records::ssr::{Expect, stamp};

const EXAMPLES: usize = 5;

pub async fn evidence(pool: &AnyPool, code: &str) -> Result<Option<CategoryEvidence>, AppError> {
    let alpha2 = normalize_code(code).ok_or(AppError::NotFound)?;
    let body = record(pool, &alpha2).await?.ok_or(AppError::NotFound)?;
    let recorded = body.category();
    if recorded == Some(Category::MemberBody) {
        return Ok(None);
    }
    let rows: Vec<(String, String, String, Option<String>)> = sqlx::query_as(
        "SELECT m.committee_id, c.reference, m.source, m.as_of FROM committee_member m \
         JOIN committee c ON c.id = m.committee_id WHERE m.alpha2 = $1 AND m.membership = 'P' ORDER BY c.reference",
    )
    .bind(&alpha2)
    .fetch_all(pool)
    .await?;
    let Some((_, _, source, as_of)) = rows.first().cloned() else {
        return Ok(None);
    };
    let (version,): (i64,) =
        sqlx::query_as("SELECT version FROM nsb WHERE alpha2 = $1").bind(&alpha2).fetch_one(pool).await?;
    Ok(Some(CategoryEvidence {
        alpha2,
        recorded,
        p_committees: rows.len(),
        examples: rows.into_iter().take(EXAMPLES).map(|(id, reference, _, _)| (id, reference)).collect(),
        source,
        as_of,
        version,
    }))
}

pub async fn confirm(pool: &AnyPool, user: &SignedInUser, code: &str, version: i64) -> Result<(), AppError> {
    let evidence = evidence(pool, code).await?.ok_or(AppError::InvalidInput("no evidence to record".into()))?;
    let source = evidence.category_source();
    let as_of = evidence.as_of.clone().unwrap_or_default();
    let at = stamp();
    let mut tx = crate::db::begin_write(pool).await?;
    save_body(
        &mut tx,
        &evidence.alpha2,
        Expect::Version(version),
        &[(EditField::Category, Some(Category::MemberBody.db_value().to_string()))],
        (&source, &as_of),
        (&user.id, "edit", &at),
    )
    .await?;
    tx.commit().await?;
    Ok(())
}
