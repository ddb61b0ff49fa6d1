//! The dry run: every row checked against the records as the transaction sees them,
//! with what it would add, change or leave, or why it is refused.

use super::*;

/// A choice typed in any case ("Confirm", "MEDIUM", "idt") as the value it stands for.
pub(super) fn choice<'a>(value: &str, allowed: impl IntoIterator<Item = &'a str>) -> String {
    let value = value.trim();
    allowed.into_iter().find(|a| a.eq_ignore_ascii_case(value)).map_or_else(|| value.to_string(), str::to_string)
}

/// A refused choice names the allowed values, as the file must spell them.
pub(super) fn with_allowed(
    mut problems: Vec<FieldProblem>,
    allowed: impl Fn(&str) -> Option<Vec<&'static str>>,
) -> Vec<FieldProblem> {
    for problem in &mut problems {
        if problem.key == "edit-error-choice"
            && let Some(values) = allowed(&problem.field)
        {
            problem.key = "import-error-choice".into();
            problem.detail = Some(values.join(", "));
        }
    }
    problems
}

/// A body's field as a row changes it: (field, before, after, source, as of).
pub(super) type BodyChange = (EditField, Option<String>, Option<String>, String, String);

/// A review position as stored: (cycle, alpha2, position, kind, confidence, source, as of).
pub(super) type PositionRow = (String, String, String, String, Option<String>, String, String);

/// What a confirmed row writes.
pub(super) enum Write {
    Nothing,
    Body {
        alpha2: String,
        changes: Vec<BodyChange>,
    },
    Adoption {
        standard: String,
        alpha2: String,
        version: i64,
        values: Vec<(&'static str, Option<String>)>,
        source: String,
        as_of: String,
    },
    Position {
        cycle: String,
        alpha2: String,
        position: String,
        kind: String,
        confidence: Option<String>,
        source: String,
        as_of: String,
    },
}

pub(super) struct Planned {
    pub(super) outcome: RowOutcome,
    pub(super) write: Write,
}

pub(super) fn refused(line: u64, key: String, problems: Vec<crate::records::FieldProblem>) -> Planned {
    Planned {
        outcome: RowOutcome { line, key, action: RowAction::Refused, changes: Vec::new(), problems },
        write: Write::Nothing,
    }
}

pub(super) fn same(line: u64, key: String) -> Planned {
    Planned {
        outcome: RowOutcome { line, key, action: RowAction::Same, changes: Vec::new(), problems: Vec::new() },
        write: Write::Nothing,
    }
}

/// Checks every row against the records as `connection` sees them.
pub(super) async fn dry_run(
    connection: &mut AnyConnection,
    kind: ImportKind,
    table: &Table,
    today: NaiveDate,
) -> Result<Vec<Planned>, AppError> {
    match kind {
        ImportKind::Bodies => plan_bodies(connection, table, today).await,
        ImportKind::Adoptions => plan_adoptions(connection, table, today).await,
        ImportKind::Positions => plan_positions(connection, table, today).await,
    }
}

/// A body's code, checked against the records and against earlier rows of the file.
pub(super) fn body_code(
    raw: &str,
    known: &HashSet<String>,
    seen: &mut HashSet<String>,
    key_prefix: &str,
    problems: &mut Vec<crate::records::FieldProblem>,
) -> Option<String> {
    match normalize_code(raw).filter(|c| known.contains(c)) {
        None => {
            problems.push(problem("alpha2", "import-error-unknown-country"));
            None
        }
        Some(code) => {
            if !seen.insert(format!("{key_prefix}{code}")) {
                problems.push(problem("alpha2", "import-error-duplicate"));
            }
            Some(code)
        }
    }
}

pub(super) async fn plan_bodies(
    connection: &mut AnyConnection,
    table: &Table,
    today: NaiveDate,
) -> Result<Vec<Planned>, AppError> {
    let sql = format!("SELECT {NSB_COLUMNS} FROM nsb");
    let records: HashMap<String, NsbRecord> = sqlx::query_as::<_, NsbRecord>(&sql)
        .fetch_all(&mut *connection)
        .await?
        .into_iter()
        .map(|r| (r.alpha2.clone(), r))
        .collect();
    let known: HashSet<String> = records.keys().cloned().collect();
    let mut seen = HashSet::new();
    let today_text = today.to_string();
    let mut planned = Vec::new();
    for (line, cells) in &table.rows {
        let raw_code = table.get(cells, "alpha2");
        let mut problems = Vec::new();
        let Some(alpha2) = body_code(raw_code, &known, &mut seen, "", &mut problems) else {
            planned.push(refused(*line, raw_code.to_string(), problems));
            continue;
        };
        let record = &records[&alpha2];
        let mut changes = Vec::new();
        for field in EditField::ALL.into_iter().filter(|f| table.has(f.column())) {
            let raw = table.get(cells, field.column());
            let category;
            let raw = if field == EditField::Category {
                // A slug or the name ISO uses ("Member body"), in any case.
                let named = Category::ALL.into_iter().find(|c| c.db_value().eq_ignore_ascii_case(raw.trim()));
                category =
                    named.map_or_else(|| choice(raw, Category::ALL.map(Category::slug)), |c| c.slug().to_string());
                category.as_str()
            } else {
                raw
            };
            let before = current_value(record, field);
            if before.as_deref().unwrap_or_default().trim() == raw {
                continue;
            }
            let probe = Edit {
                alpha2: alpha2.clone(),
                version: 0,
                values: vec![(field, raw.to_string())],
                source: "import".into(),
                as_of: today_text.clone(),
            };
            match validate_body(&probe, today) {
                Ok(values) => {
                    let after = values.into_iter().next().and_then(|(_, v)| v);
                    if after != before {
                        let own = |suffix: &str| table.get(cells, &format!("{}_{suffix}", field.column())).to_string();
                        let (source, as_of) = (own("source"), own("as_of"));
                        let source = if source.is_empty() { table.get(cells, "source").to_string() } else { source };
                        let as_of = if as_of.is_empty() { table.get(cells, "as_of").to_string() } else { as_of };
                        check_provenance(&source, &as_of, today, &mut problems);
                        changes.push((field, before, after, source, as_of));
                    }
                }
                Err(found) => problems.extend(found.into_iter().map(|mut problem| {
                    if problem.key == "edit-error-category" {
                        problem.key = "import-error-choice".into();
                        problem.detail = Some(Category::ALL.map(Category::slug).join(", "));
                    }
                    problem
                })),
            }
        }
        problems.dedup();
        planned.push(if !problems.is_empty() {
            refused(*line, alpha2, problems)
        } else if changes.is_empty() {
            same(*line, alpha2)
        } else {
            let shown = changes.iter().map(|(f, b, a, _, _)| (f.column().to_string(), b.clone(), a.clone())).collect();
            Planned {
                outcome: RowOutcome {
                    line: *line,
                    key: alpha2.clone(),
                    action: RowAction::Change,
                    changes: shown,
                    problems: Vec::new(),
                },
                write: Write::Body { alpha2, changes },
            }
        });
    }
    Ok(planned)
}

pub(super) async fn codes(connection: &mut AnyConnection, sql: &str) -> Result<HashSet<String>, AppError> {
    let rows: Vec<(String,)> = sqlx::query_as(sql).fetch_all(&mut *connection).await?;
    Ok(rows.into_iter().map(|(c,)| c).collect())
}

pub(super) type AdoptionRow = (String, String, i64, Vec<Option<String>>);
/// An adoption as stored: its version and its values in field order.
pub(super) type AdoptionState = (i64, Vec<Option<String>>);

pub(super) async fn plan_adoptions(
    connection: &mut AnyConnection,
    table: &Table,
    today: NaiveDate,
) -> Result<Vec<Planned>, AppError> {
    let fields = RecordKind::Adoption.fields();
    let columns: Vec<&str> = fields.iter().map(|f| f.column).collect();
    let sql = format!("SELECT standard_id, alpha2, version, {} FROM adoption", columns.join(", "));
    let rows = sqlx::query(&sql).fetch_all(&mut *connection).await?;
    let mut current: HashMap<(String, String), AdoptionState> = HashMap::new();
    for row in rows {
        use sqlx::Row;
        let values: Vec<Option<String>> =
            (3..3 + columns.len()).map(|i| row.try_get::<Option<String>, _>(i)).collect::<Result<_, _>>()?;
        let found: AdoptionRow = (row.try_get(0)?, row.try_get(1)?, row.try_get(2)?, values);
        current.insert((found.0, found.1), (found.2, found.3));
    }
    let standards = codes(connection, "SELECT id FROM standard").await?;
    let known = codes(connection, "SELECT alpha2 FROM nsb").await?;
    let mut seen = HashSet::new();
    let mut planned = Vec::new();
    for (line, cells) in &table.rows {
        let mut problems = Vec::new();
        let standard = table.get(cells, "standard").to_ascii_lowercase();
        if !standards.contains(&standard) {
            problems.push(problem("standard", "import-error-unknown-standard"));
        }
        let raw_code = table.get(cells, "alpha2");
        let alpha2 = body_code(raw_code, &known, &mut seen, &format!("{standard}:"), &mut problems);
        let key = format!("{standard}:{}", alpha2.as_deref().unwrap_or(raw_code));
        let (Some(alpha2), true) = (alpha2, problems.is_empty()) else {
            planned.push(refused(*line, key, problems));
            continue;
        };
        let (version, before) =
            current.get(&(standard.clone(), alpha2.clone())).cloned().unwrap_or((0, vec![None; fields.len()]));
        // An export names the recorded status `record_status` (its `status` is derived).
        let status_column = if table.has("record_status") { "record_status" } else { "status" };
        let values: Vec<(&'static str, String)> = fields
            .iter()
            .zip(&before)
            .map(|(field, old)| {
                let column = if field.column == "status" { status_column } else { field.column };
                let value = if table.has(column) {
                    table.get(cells, column).to_string()
                } else {
                    old.clone().unwrap_or_default()
                };
                let value = match field.input {
                    Input::Choice { options, .. } => choice(&value, options.iter().map(|(v, _)| *v)),
                    _ => value,
                };
                (field.column, value)
            })
            .collect();
        if version == 0 && values.iter().all(|(_, v)| v.is_empty()) {
            planned.push(same(*line, key));
            continue;
        }
        let probe = RecordEdit {
            kind: RecordKind::Adoption,
            key: key.clone(),
            version,
            values,
            source: "import".into(),
            as_of: today.to_string(),
        };
        let values = match validate_record(&probe, today) {
            Ok(values) => values,
            Err(found) => {
                let allowed = |column: &str| match fields.iter().find(|f| f.column == column)?.input {
                    Input::Choice { options, .. } => Some(options.iter().map(|(v, _)| *v).collect()),
                    _ => None,
                };
                planned.push(refused(*line, key, with_allowed(found, allowed)));
                continue;
            }
        };
        let changes: Vec<(&'static str, Option<String>, Option<String>)> = values
            .iter()
            .zip(&before)
            .filter(|((_, new), old)| new != *old)
            .map(|((column, new), old)| (*column, old.clone(), new.clone()))
            .collect();
        if changes.is_empty() {
            planned.push(same(*line, key));
            continue;
        }
        let (source, as_of) = (table.get(cells, "source").to_string(), table.get(cells, "as_of").to_string());
        check_provenance(&source, &as_of, today, &mut problems);
        if !problems.is_empty() {
            planned.push(refused(*line, key, problems));
            continue;
        }
        let shown = changes.iter().map(|(c, b, a)| (c.to_string(), b.clone(), a.clone())).collect();
        let action = if version == 0 { RowAction::Add } else { RowAction::Change };
        planned.push(Planned {
            outcome: RowOutcome { line: *line, key, action, changes: shown, problems: Vec::new() },
            write: Write::Adoption { standard, alpha2, version, values, source, as_of },
        });
    }
    Ok(planned)
}

pub(super) type LatestPosition = (String, String, String, Option<String>, String, String);

pub(super) async fn plan_positions(
    connection: &mut AnyConnection,
    table: &Table,
    today: NaiveDate,
) -> Result<Vec<Planned>, AppError> {
    let rows: Vec<PositionRow> = sqlx::query_as(
        "SELECT cycle_id, alpha2, position, kind, confidence, source, as_of FROM review_position \
         ORDER BY as_of, recorded_at",
    )
    .fetch_all(&mut *connection)
    .await?;
    // The last one per body counts.
    let latest: HashMap<(String, String), LatestPosition> = rows
        .into_iter()
        .map(|(cycle, alpha2, position, kind, confidence, source, as_of)| {
            ((cycle.clone(), alpha2.clone()), (cycle, position, kind, confidence, source, as_of))
        })
        .collect();
    let cycles = codes(connection, "SELECT id FROM review_cycle").await?;
    let known = codes(connection, "SELECT alpha2 FROM nsb").await?;
    let mut seen = HashSet::new();
    let mut planned = Vec::new();
    for (line, cells) in &table.rows {
        let mut problems = Vec::new();
        let cycle = table.get(cells, "cycle").to_ascii_lowercase();
        if !cycles.contains(&cycle) {
            problems.push(problem("cycle", "import-error-unknown-cycle"));
        }
        let raw_code = table.get(cells, "alpha2");
        let alpha2 = body_code(raw_code, &known, &mut seen, &format!("{cycle}:"), &mut problems);
        let key = format!("{cycle}:{}", alpha2.as_deref().unwrap_or(raw_code));
        let (Some(alpha2), true) = (alpha2, problems.is_empty()) else {
            planned.push(refused(*line, key, problems));
            continue;
        };
        let get = |c: &str| table.get(cells, c).to_string();
        // An export lists bodies without a position as `none` without a source.
        if get("position") == "none" && get("source").is_empty() {
            planned.push(same(*line, key));
            continue;
        }
        let input = NewPosition {
            cycle: cycle.clone(),
            alpha2: alpha2.clone(),
            latest_id: String::new(),
            position: choice(&get("position"), Position::ALL.map(Position::slug)),
            kind: choice(&get("kind"), POSITION_KINDS),
            confidence: choice(&get("confidence"), CONFIDENCES),
            source: get("source"),
            as_of: get("as_of"),
        };
        let (position, confidence) = match validate_position(&input, today) {
            Ok(valid) => valid,
            Err(found) => {
                let allowed = |column: &str| match column {
                    "position" => Some(Position::ALL.map(Position::slug).to_vec()),
                    "kind" => Some(POSITION_KINDS.to_vec()),
                    "confidence" => Some(CONFIDENCES.to_vec()),
                    _ => None,
                };
                planned.push(refused(*line, key, with_allowed(found, allowed)));
                continue;
            }
        };
        let before = latest.get(&(cycle.clone(), alpha2.clone()));
        let unchanged = before.is_some_and(|(_, p, k, c, s, a)| {
            p == position.slug() && *k == input.kind && *c == confidence && *s == input.source && *a == input.as_of
        });
        if unchanged {
            planned.push(same(*line, key));
            continue;
        }
        let before = before.map(|(_, p, ..)| p.clone());
        let change = ("position".to_string(), before.clone(), Some(position.slug().to_string()));
        planned.push(Planned {
            outcome: RowOutcome {
                line: *line,
                key,
                action: RowAction::Add,
                changes: vec![change],
                problems: Vec::new(),
            },
            write: Write::Position {
                cycle,
                alpha2,
                position: position.slug().to_string(),
                kind: input.kind,
                confidence,
                source: input.source,
                as_of: input.as_of,
            },
        });
    }
    Ok(planned)
}

pub(super) fn report(planned: &[Planned]) -> Report {
    Report { rows: planned.iter().map(|p| p.outcome.clone()).collect() }
}
