//! The one save of a sourced record. A domain describes each kind of record it keeps
//! (`Kind`: table, key, fields, how it is stored and sourced) and hands the engine a
//! checked `Save`; the engine reads the record in the caller's transaction, refuses a
//! stale form with what changed meanwhile, writes the row and its provenance, and appends
//! one audit entry per changed field. Nothing here knows a domain.

use sqlx::{AnyConnection, Row};

use super::{AuditEntry, append_audits, random_hex};
use crate::error::AppError;
use crate::records::{ConflictingChange, problem};

/// A stored column and the name it goes by in forms, conflicts and the audit trail.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Field {
    pub column: &'static str,
    pub name: &'static str,
    /// What the field reads before the record is first saved (a body not yet contacted).
    pub unset: Option<&'static str>,
}

/// A field named like its column.
pub const fn field(column: &'static str) -> Field {
    Field { column, name: column, unset: None }
}

impl Field {
    /// The field under another name (`owner_id` is the form's `owner`).
    pub const fn named(self, name: &'static str) -> Field {
        Field { name, ..self }
    }

    pub const fn unset(self, value: &'static str) -> Field {
        Field { unset: Some(value), ..self }
    }
}

/// How the records of a kind are kept.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Stored {
    /// One row per record, changed in place; `version` counts its saves. `bumps`: a save
    /// makes a new version (a review status move checks the text's revision without
    /// making one). `creates`: a save may add the record.
    InPlace { version: &'static str, bumps: bool, creates: bool },
    /// Every save adds a row (`id` a fresh random id, `author` the account), the record's
    /// history; `newest_first` orders it. The audit trail shows the `headline` field.
    /// `supersedes`: the newest row is the record's value (a position), so the audit
    /// names the one it replaced; otherwise rows accumulate (notes).
    Appended { id: &'static str, author: &'static str, headline: Field, newest_first: &'static str, supersedes: bool },
}

/// Where the source and as-of date of a record's values are kept.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Provenance {
    /// `source` and `as_of` columns on the row: one source for the whole record.
    Row,
    /// One row per field in `table` (`key` column, `field`, `source`, `as_of`).
    PerField { table: &'static str, key: &'static str },
    /// The coordinators' own work (pipeline, notes, letter texts): the audit trail keeps
    /// who and when.
    Own,
}

/// A kind of sourced record.
#[derive(Debug)]
pub struct Kind {
    /// `entity` in the audit trail.
    pub entity: &'static str,
    pub table: &'static str,
    /// The columns that identify one record (one history, for appended kinds).
    pub keys: &'static [&'static str],
    /// The fields a save writes, in form order.
    pub fields: &'static [Field],
    pub stored: Stored,
    pub provenance: Provenance,
    /// A column set to the time of every save (`updated_at`, `recorded_at`).
    pub stamped: Option<&'static str>,
}

/// What the writer saw: the version of an in-place record (0: nothing recorded), the id
/// of the newest row of an appended one ("" = none), or nothing to check (an import
/// checks the records in its own transaction).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Expect {
    Version(i64),
    Latest(String),
    Unchecked,
}

/// Shows a stored value as people know it (an owner's e-mail for an account id).
pub type Shown<'a> = &'a (dyn Fn(&str, Option<String>) -> Option<String> + Send + Sync);

/// One checked save.
pub struct Save<'a> {
    pub kind: &'static Kind,
    /// The key values, in `kind.keys` order.
    pub keys: Vec<String>,
    /// The record's key in the audit trail and links (`iso-20400:BR`).
    pub audit_key: String,
    pub expect: Expect,
    /// (column, value) for the fields saved; blank values are `None`. Fields of an
    /// in-place record that are not listed keep their value.
    pub values: Vec<(&'static str, Option<String>)>,
    /// Columns written with the row that are not part of its history (`updated_by`).
    pub also: Vec<(&'static str, Value)>,
    pub source: &'a str,
    pub as_of: &'a str,
    /// The account saving.
    pub by: &'a str,
    /// `edit`, `correction`, `import`, `note`.
    pub action: &'a str,
    /// The time of the save, as `stamp()` writes it.
    pub at: &'a str,
    pub shown: Option<Shown<'a>>,
}

/// A value written with a row outside its history.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Value {
    Text(Option<String>),
    Integer(i64),
}

impl From<Option<String>> for Value {
    fn from(value: Option<String>) -> Value {
        Value::Text(value)
    }
}

type Query<'q> = sqlx::query::Query<'q, sqlx::Any, sqlx::any::AnyArguments<'q>>;

/// `query` with `values` bound in order.
fn bound<'q>(mut query: Query<'q>, values: &[(&str, Value)]) -> Query<'q> {
    for (_, value) in values {
        query = match value {
            Value::Text(text) => query.bind(text.clone()),
            Value::Integer(number) => query.bind(*number),
        };
    }
    query
}

/// Adds a row to `table` unless its key is there already (the shipped seeds, which never
/// overwrite a record and are not audited); returns the rows added (0 or 1).
pub async fn insert_missing(
    connection: &mut AnyConnection,
    table: &str,
    columns: &[(&str, Value)],
) -> Result<u64, sqlx::Error> {
    let names: Vec<&str> = columns.iter().map(|(c, _)| *c).collect();
    let placeholders: Vec<String> = (1..=names.len()).map(|i| format!("${i}")).collect();
    let sql = format!(
        "INSERT INTO {table} ({}) VALUES ({}) ON CONFLICT DO NOTHING",
        names.join(", "),
        placeholders.join(", ")
    );
    Ok(bound(sqlx::query(&sql), columns).execute(&mut *connection).await?.rows_affected())
}

/// The columns every write of `save` sets besides its fields: the row's provenance,
/// the time, the extras.
fn row_columns<'a>(save: &'a Save<'_>) -> Vec<(&'a str, Value)> {
    let mut columns = Vec::new();
    if save.kind.provenance == Provenance::Row {
        columns.push(("source", Some(save.source.to_string()).into()));
        columns.push(("as_of", Some(save.as_of.to_string()).into()));
    }
    if let Some(stamped) = save.kind.stamped {
        columns.push((stamped, Some(save.at.to_string()).into()));
    }
    columns.extend(save.also.iter().map(|(c, v)| (*c, v.clone())));
    columns
}

/// What a save changed: the record's version after it and (name, before, after).
#[derive(Debug, PartialEq, Eq)]
pub struct Saved {
    pub version: i64,
    pub changes: Vec<(&'static str, Option<String>, Option<String>)>,
}

impl Kind {
    /// A record kept in one row, changed in place with a `version` column, added by its
    /// first save, with one source for the whole row; the methods below say otherwise.
    pub const fn new(
        entity: &'static str,
        table: &'static str,
        keys: &'static [&'static str],
        fields: &'static [Field],
    ) -> Kind {
        Kind {
            entity,
            table,
            keys,
            fields,
            stored: Stored::InPlace { version: "version", bumps: true, creates: true },
            provenance: Provenance::Row,
            stamped: None,
        }
    }

    /// The coordinators' own work: no source.
    pub const fn own(self) -> Kind {
        Kind { provenance: Provenance::Own, ..self }
    }

    /// Sources kept per field in `table`, keyed by `key`.
    pub const fn sourced_per_field(self, table: &'static str, key: &'static str) -> Kind {
        Kind { provenance: Provenance::PerField { table, key }, ..self }
    }

    /// `column` set to the time of every save.
    pub const fn stamped(self, column: &'static str) -> Kind {
        Kind { stamped: Some(column), ..self }
    }

    /// Kept as `stored` instead of in place with a version.
    pub const fn stored(self, stored: Stored) -> Kind {
        Kind { stored, ..self }
    }

    /// In place, with the version in `version`; `bumps` and `creates` as `Stored::InPlace`.
    pub const fn in_place(self, version: &'static str, bumps: bool, creates: bool) -> Kind {
        Kind { stored: Stored::InPlace { version, bumps, creates }, ..self }
    }

    fn field(&self, column: &str) -> Option<&Field> {
        self.fields.iter().find(|f| f.column == column)
    }

    /// `a = $n AND b = $n+1 …` over the key columns, numbered from `first`.
    fn key_condition(&self, first: usize) -> String {
        let condition: Vec<String> =
            self.keys.iter().enumerate().map(|(i, c)| format!("{c} = ${}", first + i)).collect();
        condition.join(" AND ")
    }
}

impl Save<'_> {
    fn show(&self, name: &str, value: Option<String>) -> Option<String> {
        match self.shown {
            Some(shown) => shown(name, value),
            None => value,
        }
    }
}

/// Saves `save` on `connection`, the caller's transaction: all or nothing with whatever
/// else the caller writes. A stale form is refused with the fields changed since it was
/// read (`AppError::Conflict`); an in-place save that changes nothing is refused too.
pub async fn save(connection: &mut AnyConnection, save: &Save<'_>) -> Result<Saved, AppError> {
    match save.kind.stored {
        Stored::InPlace { version, bumps, creates } => in_place(connection, save, version, bumps, creates).await,
        Stored::Appended { id, author, headline, supersedes, .. } => {
            append(connection, save, (id, author), headline, supersedes).await
        }
    }
}

/// A record's version and the values of `kind.fields`, if it exists.
pub async fn current(
    connection: &mut AnyConnection,
    kind: &Kind,
    keys: &[String],
) -> Result<Option<(i64, Vec<Option<String>>)>, AppError> {
    let Stored::InPlace { version, .. } = kind.stored else {
        return Ok(None);
    };
    let columns: Vec<&str> = kind.fields.iter().map(|f| f.column).collect();
    let sql = format!("SELECT {version}, {} FROM {} WHERE {}", columns.join(", "), kind.table, kind.key_condition(1));
    let mut query = sqlx::query(&sql);
    for key in keys {
        query = query.bind(key);
    }
    let Some(row) = query.fetch_optional(&mut *connection).await? else {
        return Ok(None);
    };
    let values = (1..=columns.len()).map(|i| row.try_get::<Option<String>, _>(i)).collect::<Result<_, _>>()?;
    Ok(Some((row.try_get(0)?, values)))
}

/// The refusal of a stale form: the fields changed since `seen`, with their values now.
async fn conflict(connection: &mut AnyConnection, save: &Save<'_>, seen: i64) -> Result<AppError, AppError> {
    let kind = save.kind;
    let now = current(connection, kind, &save.keys).await?.map(|(_, values)| values).unwrap_or_default();
    let changed: Vec<(String,)> =
        sqlx::query_as("SELECT DISTINCT field FROM audit_log WHERE entity = $1 AND entity_key = $2 AND version > $3")
            .bind(kind.entity)
            .bind(&save.audit_key)
            .bind(seen)
            .fetch_all(&mut *connection)
            .await?;
    let changes = kind
        .fields
        .iter()
        .zip(now.into_iter().chain(std::iter::repeat(None)))
        .filter(|(field, _)| changed.iter().any(|(c,)| c == field.name))
        .map(|(field, now)| ConflictingChange { field: field.name.into(), now: save.show(field.name, now) })
        .collect();
    Ok(AppError::Conflict(changes))
}

async fn in_place(
    connection: &mut AnyConnection,
    save: &Save<'_>,
    version_column: &str,
    bumps: bool,
    creates: bool,
) -> Result<Saved, AppError> {
    let kind = save.kind;
    let existing = current(connection, kind, &save.keys).await?;
    if existing.is_none() && !creates {
        return Err(AppError::NotFound);
    }
    let unset = || kind.fields.iter().map(|f| f.unset.map(str::to_string)).collect();
    let (version, before) = existing.unwrap_or_else(|| (0, unset()));
    if let Expect::Version(seen) = save.expect
        && seen != version
    {
        return Err(conflict(connection, save, seen).await?);
    }
    let changes: Vec<(&Field, Option<String>, Option<String>)> = save
        .values
        .iter()
        .filter_map(|(column, new)| {
            let index = kind.fields.iter().position(|f| f.column == *column)?;
            let old = before[index].clone();
            (old != *new).then(|| (&kind.fields[index], old, new.clone()))
        })
        .collect();
    if changes.is_empty() {
        return Err(AppError::Invalid(vec![problem("", "edit-error-no-change")]));
    }
    // Every column written: the changes (a new record: every value) and the row's own.
    let mut written: Vec<(&str, Value)> = if version == 0 {
        save.values.iter().filter(|(c, _)| kind.field(c).is_some()).map(|(c, v)| (*c, v.clone().into())).collect()
    } else {
        changes.iter().map(|(field, _, new)| (field.column, new.clone().into())).collect()
    };
    written.extend(row_columns(save));

    let rows = if version == 0 {
        written.splice(0..0, kind.keys.iter().zip(&save.keys).map(|(c, v)| (*c, Some(v.clone()).into())));
        let columns: Vec<&str> = written.iter().map(|(c, _)| *c).collect();
        let placeholders: Vec<String> = (1..=columns.len()).map(|i| format!("${i}")).collect();
        let sql = format!(
            "INSERT INTO {} ({}) VALUES ({}) ON CONFLICT DO NOTHING",
            kind.table,
            columns.join(", "),
            placeholders.join(", ")
        );
        bound(sqlx::query(&sql), &written).execute(&mut *connection).await?.rows_affected()
    } else {
        let n = written.len();
        let mut assignments: Vec<String> =
            written.iter().enumerate().map(|(i, (column, _))| format!("{column} = ${}", i + 1)).collect();
        if bumps {
            assignments.push(format!("{version_column} = {version_column} + 1"));
        }
        let sql = format!(
            "UPDATE {} SET {} WHERE {version_column} = ${} AND {}",
            kind.table,
            assignments.join(", "),
            n + 1,
            kind.key_condition(n + 2)
        );
        let mut query = bound(sqlx::query(&sql), &written).bind(version);
        for key in &save.keys {
            query = query.bind(key.clone());
        }
        query.execute(&mut *connection).await?.rows_affected()
    };
    if rows != 1 {
        // Another save committed between our read and our write.
        return Err(conflict(connection, save, version).await?);
    }
    let new_version = if version == 0 {
        1
    } else if bumps {
        version + 1
    } else {
        version
    };
    if let Provenance::PerField { table, key } = kind.provenance {
        let sql = format!(
            "INSERT INTO {table} ({key}, field, source, as_of) VALUES ($1, $2, $3, $4) \
             ON CONFLICT ({key}, field) DO UPDATE SET source = excluded.source, as_of = excluded.as_of"
        );
        for (field, _, _) in &changes {
            sqlx::query(&sql)
                .bind(&save.keys[0])
                .bind(field.column)
                .bind(save.source)
                .bind(save.as_of)
                .execute(&mut *connection)
                .await?;
        }
    }
    let changes: Vec<(&'static str, Option<String>, Option<String>)> = changes
        .into_iter()
        .map(|(field, old, new)| (field.name, save.show(field.name, old), save.show(field.name, new)))
        .collect();
    audit(connection, save, &changes, new_version).await?;
    Ok(Saved { version: new_version, changes })
}

/// The newest row of an appended record: (id, headline value).
pub async fn latest(
    connection: &mut AnyConnection,
    kind: &Kind,
    keys: &[String],
) -> Result<Option<(String, Option<String>)>, AppError> {
    let Stored::Appended { id, headline, newest_first, .. } = kind.stored else {
        return Ok(None);
    };
    let sql = format!(
        "SELECT {id}, {} FROM {} WHERE {} ORDER BY {newest_first} LIMIT 1",
        headline.column,
        kind.table,
        kind.key_condition(1)
    );
    let mut query = sqlx::query(&sql);
    for key in keys {
        query = query.bind(key);
    }
    match query.fetch_optional(&mut *connection).await? {
        Some(row) => Ok(Some((row.try_get(0)?, row.try_get(1)?))),
        None => Ok(None),
    }
}

async fn append(
    connection: &mut AnyConnection,
    save: &Save<'_>,
    (id_column, author): (&str, &str),
    headline: Field,
    supersedes: bool,
) -> Result<Saved, AppError> {
    let kind = save.kind;
    let condition = kind.key_condition(1);
    let latest = latest(connection, kind, &save.keys).await?;
    if let Expect::Latest(seen) = &save.expect
        && latest.as_ref().map_or("", |(id, _)| id.as_str()) != seen
    {
        let now = latest.and_then(|(_, value)| save.show(headline.name, value));
        return Err(AppError::Conflict(vec![ConflictingChange { field: headline.name.into(), now }]));
    }
    let count_sql = format!("SELECT COUNT(*) FROM {} WHERE {condition}", kind.table);
    let mut count_query = sqlx::query(&count_sql);
    for key in &save.keys {
        count_query = count_query.bind(key.clone());
    }
    let count: i64 = count_query.fetch_one(&mut *connection).await?.try_get(0)?;

    let mut written: Vec<(&str, Value)> = vec![(id_column, Some(random_hex(12)?).into())];
    written.extend(kind.keys.iter().zip(&save.keys).map(|(c, v)| (*c, Some(v.clone()).into())));
    written.extend(save.values.iter().filter(|(c, _)| kind.field(c).is_some()).map(|(c, v)| (*c, v.clone().into())));
    written.push((author, Some(save.by.to_string()).into()));
    written.extend(row_columns(save));
    let placeholders: Vec<String> = (1..=written.len()).map(|i| format!("${i}")).collect();
    let columns: Vec<&str> = written.iter().map(|(c, _)| *c).collect();
    let sql = format!("INSERT INTO {} ({}) VALUES ({})", kind.table, columns.join(", "), placeholders.join(", "));
    let query = bound(sqlx::query(&sql), &written);
    query.execute(&mut *connection).await?;

    let before = latest.filter(|_| supersedes).and_then(|(_, value)| save.show(headline.name, value));
    let after = save.values.iter().find(|(c, _)| *c == headline.column).and_then(|(_, v)| v.clone());
    let changes = vec![(headline.name, before, save.show(headline.name, after))];
    audit(connection, save, &changes, count + 1).await?;
    Ok(Saved { version: count + 1, changes })
}

async fn audit(
    connection: &mut AnyConnection,
    save: &Save<'_>,
    changes: &[(&'static str, Option<String>, Option<String>)],
    version: i64,
) -> Result<(), AppError> {
    let entries: Vec<AuditEntry> = changes
        .iter()
        .map(|(name, before, after)| AuditEntry {
            at: save.at,
            account_id: save.by,
            entity: save.kind.entity,
            key: &save.audit_key,
            field: name,
            before: before.as_deref(),
            after: after.as_deref(),
            source: save.source,
            as_of: save.as_of,
            version: Some(version),
            action: save.action,
        })
        .collect();
    append_audits(connection, &entries).await
}
