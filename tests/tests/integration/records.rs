//! The record engine itself: every save goes through `app::records::ssr::save`, inside the
//! caller's transaction.

use app::error::AppError;
use app::records::ssr::{Expect, Save, latest, save};
use app::reviews::ssr::POSITION;
use app::standards::edit::RecordKind;

use super::*;

fn adoption<'a>(expect: Expect, designation: &str, by: &'a str, at: &'a str) -> Save<'a> {
    Save {
        kind: RecordKind::Adoption.stored(),
        keys: vec!["iso-20400".into(), "FR".into()],
        audit_key: "iso-20400:FR".into(),
        expect,
        values: vec![("status", Some("adopted".into())), ("designation", Some(designation.into()))],
        also: Vec::new(),
        source: "AFNOR catalogue",
        as_of: "2026-11-30",
        by,
        action: "edit",
        at,
        shown: None,
    }
}

async fn audit_rows(app: &TestApp, key: &str) -> i64 {
    sqlx::query_scalar("SELECT COUNT(*) FROM audit_log WHERE entity_key = $1")
        .bind(key)
        .fetch_one(&app.pool)
        .await
        .unwrap()
}

pub(super) async fn the_engine_saves_in_the_callers_transaction(backend: Backend) {
    let app = TestApp::new(backend).await;
    coordinator(&app, "ana@example.org").await;
    let by: String = sqlx::query_scalar("SELECT id FROM account WHERE email = 'ana@example.org'")
        .fetch_one(&app.pool)
        .await
        .unwrap();
    let at = app::records::ssr::stamp();
    sqlx::query("DELETE FROM adoption WHERE standard_id = 'iso-20400' AND alpha2 = 'FR'")
        .execute(&app.pool)
        .await
        .unwrap();

    // A save whose caller then fails leaves nothing: not the row, not its audit.
    let mut tx = app.pool.begin().await.unwrap();
    let saved = save(&mut tx, &adoption(Expect::Version(0), "NF ISO 20400", &by, &at)).await.unwrap();
    assert_eq!(saved.version, 1);
    assert_eq!(saved.changes.len(), 2, "{:?}", saved.changes);
    tx.rollback().await.unwrap();
    assert_eq!(audit_rows(&app, "iso-20400:FR").await, 0);

    // Committed: the row with its source, one audit row per changed field.
    let mut tx = app.pool.begin().await.unwrap();
    save(&mut tx, &adoption(Expect::Version(0), "NF ISO 20400", &by, &at)).await.unwrap();
    tx.commit().await.unwrap();
    let row: (String, String, i64) = sqlx::query_as(
        "SELECT designation, source, version FROM adoption WHERE standard_id = 'iso-20400' AND alpha2 = 'FR'",
    )
    .fetch_one(&app.pool)
    .await
    .unwrap();
    assert_eq!(row, ("NF ISO 20400".into(), "AFNOR catalogue".into(), 1));
    assert_eq!(audit_rows(&app, "iso-20400:FR").await, 2);

    // A form read before that save is refused with what changed and its value now.
    let mut tx = app.pool.begin().await.unwrap();
    match save(&mut tx, &adoption(Expect::Version(0), "NF EN ISO 20400", &by, &at)).await {
        Err(AppError::Conflict(changes)) => {
            assert!(changes.iter().any(|c| c.field == "designation" && c.now.as_deref() == Some("NF ISO 20400")));
        }
        other => panic!("{other:?}"),
    }
    // Saving what is recorded changes nothing and says so.
    match save(&mut tx, &adoption(Expect::Version(1), "NF ISO 20400", &by, &at)).await {
        Err(AppError::Invalid(problems)) => assert_eq!(problems[0].key, "edit-error-no-change"),
        other => panic!("{other:?}"),
    }
    // Only what changed is audited, at the new version.
    let saved = save(&mut tx, &adoption(Expect::Version(1), "NF EN ISO 20400", &by, &at)).await.unwrap();
    assert_eq!(saved.changes, vec![("designation", Some("NF ISO 20400".into()), Some("NF EN ISO 20400".into()))]);
    assert_eq!(saved.version, 2);
    tx.commit().await.unwrap();

    // Appended records: a position superseded by the next, refused when a newer one exists.
    let cycle = ("iso-20400-2022", "FR");
    let position = |expect, slug| {
        let position = app::reviews::projection::Position::from_slug(slug).unwrap();
        app::reviews::ssr::position_save(
            cycle,
            (position, "vote", None),
            ("AFNOR vote", "2026-11-30"),
            expect,
            (&by, "edit", &at),
        )
    };
    let mut tx = app.pool.begin().await.unwrap();
    let seen = newest(&mut tx, cycle).await;
    let first = save(&mut tx, &position(Expect::Latest(seen.clone()), "confirm")).await.unwrap();
    assert_eq!(first.changes[0].2.as_deref(), Some("confirm"));
    let stale = save(&mut tx, &position(Expect::Latest(seen), "revise")).await;
    assert!(matches!(&stale, Err(AppError::Conflict(c)) if c[0].now.as_deref() == Some("confirm")), "{stale:?}");
    let seen = newest(&mut tx, cycle).await;
    let second = save(&mut tx, &position(Expect::Latest(seen), "revise")).await.unwrap();
    assert_eq!(second.changes, vec![("position", Some("confirm".into()), Some("revise".into()))]);
    tx.commit().await.unwrap();
    let kept: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM review_position WHERE cycle_id = $1 AND alpha2 = $2")
        .bind(cycle.0)
        .bind(cycle.1)
        .fetch_one(&app.pool)
        .await
        .unwrap();
    assert!(kept >= 2, "every position is kept");
}

/// The id of the newest position of a body in a cycle ("" = none).
async fn newest(connection: &mut sqlx::AnyConnection, (cycle, alpha2): (&str, &str)) -> String {
    let found = latest(connection, &POSITION, &[cycle.to_string(), alpha2.to_string()]).await.unwrap();
    found.map(|(id, _)| id).unwrap_or_default()
}
