//! The schema's history: embedded, numbered, append-only migrations applied atomically by
//! rusqlite_migration. A shipped migration is never edited; add the next file instead.
//! The first migration stamps `PRAGMA application_id`, which [`identify`] checks.

use std::path::Path;
use std::sync::LazyLock;

use rusqlite::Connection;
use rusqlite_migration::{Migrations, M};

use super::{classify, OpenError, APPLICATION_ID};

static MIGRATIONS: LazyLock<Migrations<'static>> = LazyLock::new(|| {
    Migrations::new(vec![
        M::up(include_str!("../../migrations/0001_initial.sql")),
        M::up(include_str!("../../migrations/0002_search.sql")),
        M::up(include_str!("../../migrations/0003_facet_cache.sql")),
        M::up(include_str!(
            "../../migrations/0004_photo_downloaded_at.sql"
        )),
        M::up(include_str!(
            "../../migrations/0005_capture_refreshed_article.sql"
        )),
    ])
});

/// The schema version this program writes (the number of migrations).
pub const SCHEMA_VERSION: u32 = 5;

/// Checks, without writing anything, that the database at `path` is empty or a Cuttings
/// library this program can open.
pub(super) fn identify(conn: &Connection, path: &Path) -> Result<(), OpenError> {
    let read = || -> rusqlite::Result<(i32, u32, u32)> {
        let app_id: i32 = conn.pragma_query_value(None, "application_id", |r| r.get(0))?;
        let version: u32 = conn.pragma_query_value(None, "user_version", |r| r.get(0))?;
        let objects: u32 =
            conn.query_row("SELECT count(*) FROM sqlite_master", [], |r| r.get(0))?;
        Ok((app_id, version, objects))
    };
    let (app_id, version, objects) = read().map_err(|e| classify(path, e))?;
    if app_id == 0 && version == 0 && objects == 0 {
        return Ok(()); // a new, empty database
    }
    if app_id != APPLICATION_ID {
        return Err(OpenError::NotALibrary {
            path: path.to_path_buf(),
        });
    }
    if version > SCHEMA_VERSION {
        return Err(OpenError::TooNew {
            path: path.to_path_buf(),
            found: version,
            known: SCHEMA_VERSION,
        });
    }
    Ok(())
}

/// Brings the schema up to [`SCHEMA_VERSION`]; each migration runs in a transaction.
pub(super) fn migrate(conn: &mut Connection, path: &Path) -> Result<(), OpenError> {
    MIGRATIONS.to_latest(conn).map_err(|e| match e {
        rusqlite_migration::Error::RusqliteError { err, .. } => classify(path, err),
        other => OpenError::Corrupt {
            path: path.to_path_buf(),
            detail: format!("the schema could not be brought up to date: {other}"),
        },
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn migrations_are_valid() {
        MIGRATIONS.validate().expect("migrations validate");
    }

    #[test]
    fn schema_version_matches_migration_count() {
        let mut conn = Connection::open_in_memory().unwrap();
        migrate(&mut conn, Path::new(":memory:")).unwrap();
        let v: u32 = conn
            .pragma_query_value(None, "user_version", |r| r.get(0))
            .unwrap();
        assert_eq!(v, SCHEMA_VERSION);
    }

    #[test]
    fn a_never_fetched_image_loses_the_reason_earlier_versions_gave_it() {
        let mut conn = Connection::open_in_memory().unwrap();
        MIGRATIONS.to_version(&mut conn, 3).unwrap();
        conn.execute_batch(
            "INSERT INTO article (id, title, body_html, body_text, word_count, created_at,
                                  updated_at, last_captured_at)
             VALUES (1, 'A', '', '', 0, '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z',
                     '2024-01-01T00:00:00Z');
             INSERT INTO photo (article_id, position, url, missing_reason) VALUES
               (1, 0, 'https://x.test/a.jpg', 'not downloaded'),
               (1, 1, 'https://x.test/b.jpg', 'download failed: HTTP 404');",
        )
        .unwrap();
        migrate(&mut conn, Path::new(":memory:")).unwrap();
        let reasons: Vec<Option<String>> = conn
            .prepare("SELECT missing_reason FROM photo ORDER BY position")
            .unwrap()
            .query_map([], |r| r.get(0))
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap();
        assert_eq!(
            reasons,
            [None, Some("download failed: HTTP 404".to_string())]
        );
    }
}
