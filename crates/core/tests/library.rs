//! Opening libraries: creation, configuration, identification, refusal of what is not ours.

use cuttings_core::library::{OpenError, DATABASE_FILE, SCHEMA_VERSION};
use cuttings_core::Library;

fn pragma(path: &std::path::Path, name: &str) -> String {
    let conn = rusqlite::Connection::open(path).unwrap();
    conn.pragma_query_value(None, name, |r| r.get::<_, rusqlite::types::Value>(0))
        .map(|v| format!("{v:?}"))
        .unwrap()
}

#[test]
fn creates_folder_and_configured_database() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("nested/library");
    let lib = Library::open(&dir).unwrap();
    assert_eq!(lib.info().unwrap().article_count, 0);
    assert_eq!(lib.info().unwrap().schema_version, SCHEMA_VERSION);
    drop(lib);
    let db = dir.join(DATABASE_FILE);
    assert!(db.is_file());
    assert_eq!(pragma(&db, "journal_mode"), "Text(\"wal\")");
    assert_eq!(pragma(&db, "application_id"), "Integer(1129665620)");
    assert_eq!(
        pragma(&db, "user_version"),
        format!("Integer({SCHEMA_VERSION})")
    );
    // Reopening an existing library works and keeps its content.
    Library::open(&dir).unwrap();
}

#[test]
fn every_connection_enforces_foreign_keys_and_full_sync() {
    let tmp = tempfile::tempdir().unwrap();
    let lib = Library::open(tmp.path()).unwrap();
    let info = lib.info().unwrap();
    assert_eq!(info.path, tmp.path().display().to_string());
    // Checked through the public behaviour: a capture row can't point at a missing article.
    let conn = rusqlite::Connection::open(tmp.path().join(DATABASE_FILE)).unwrap();
    conn.pragma_update(None, "foreign_keys", "ON").unwrap();
    let err = conn.execute(
        "INSERT INTO capture (article_id, captured_at, kind, original_blob_id, extractor_version) VALUES (42, 'x', 'file', 42, 'v')",
        [],
    );
    assert!(err.is_err());
}

#[test]
fn every_foreign_key_column_is_indexed() {
    let tmp = tempfile::tempdir().unwrap();
    drop(Library::open(tmp.path()).unwrap());
    let conn = rusqlite::Connection::open(tmp.path().join(DATABASE_FILE)).unwrap();
    let tables: Vec<String> = conn
        .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'article_fts%' AND name NOT LIKE 'sqlite_%'")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    let mut checked = 0;
    for table in tables {
        let fks: Vec<String> = conn
            .prepare(&format!(
                "SELECT \"from\" FROM pragma_foreign_key_list('{table}')"
            ))
            .unwrap()
            .query_map([], |r| r.get(0))
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap();
        for column in fks {
            // Indexed when some index (or the primary key) starts with the column.
            let indexed: bool = conn
                .query_row(
                    &format!(
                        "SELECT EXISTS (SELECT 1 FROM pragma_index_list('{table}') il
                           JOIN pragma_index_info(il.name) ii ON ii.seqno = 0
                          WHERE ii.name = ?1)"
                    ),
                    [&column],
                    |r| r.get(0),
                )
                .unwrap();
            assert!(
                indexed,
                "{table}.{column} is a foreign key without an index"
            );
            checked += 1;
        }
    }
    assert!(checked >= 12, "only {checked} foreign keys found");
}

fn bytes_of(path: &std::path::Path) -> Vec<u8> {
    std::fs::read(path).unwrap()
}

#[test]
fn refuses_other_sqlite_databases_and_leaves_them_alone() {
    let tmp = tempfile::tempdir().unwrap();
    let db = tmp.path().join(DATABASE_FILE);
    {
        let conn = rusqlite::Connection::open(&db).unwrap();
        conn.execute_batch("CREATE TABLE notes (body TEXT); INSERT INTO notes VALUES ('mine');")
            .unwrap();
    }
    let before = bytes_of(&db);
    let err = Library::open(tmp.path()).unwrap_err();
    assert!(matches!(err, OpenError::NotALibrary { .. }), "{err}");
    assert!(err.to_string().contains("is not a Cuttings library"));
    assert!(err.to_string().contains(DATABASE_FILE));
    assert_eq!(bytes_of(&db), before, "the database was modified");
    assert!(!tmp.path().join("library.sqlite-wal").exists());
}

#[test]
fn refuses_a_library_from_a_newer_program() {
    let tmp = tempfile::tempdir().unwrap();
    drop(Library::open(tmp.path()).unwrap());
    let db = tmp.path().join(DATABASE_FILE);
    {
        let conn = rusqlite::Connection::open(&db).unwrap();
        conn.pragma_update(None, "user_version", SCHEMA_VERSION + 5)
            .unwrap();
        conn.pragma_update(None, "journal_mode", "DELETE").unwrap();
    }
    let before = bytes_of(&db);
    let err = Library::open(tmp.path()).unwrap_err();
    assert!(
        matches!(err, OpenError::TooNew { found, .. } if found == SCHEMA_VERSION + 5),
        "{err}"
    );
    assert!(err.to_string().contains("newer Cuttings"));
    assert_eq!(bytes_of(&db), before);
}

#[test]
fn reports_a_damaged_file_and_leaves_it_alone() {
    let tmp = tempfile::tempdir().unwrap();
    let db = tmp.path().join(DATABASE_FILE);
    let junk = b"This is a text file, not a database. ".repeat(200);
    std::fs::write(&db, &junk).unwrap();
    let err = Library::open(tmp.path()).unwrap_err();
    assert!(matches!(err, OpenError::Corrupt { .. }), "{err}");
    assert!(err.to_string().contains("damaged"));
    assert_eq!(bytes_of(&db), junk);
}

#[test]
fn a_file_where_the_folder_should_be_is_an_error() {
    let tmp = tempfile::tempdir().unwrap();
    let file = tmp.path().join("not-a-folder");
    std::fs::write(&file, b"x").unwrap();
    let err = Library::open(&file).unwrap_err();
    assert!(matches!(err, OpenError::CreateFolder { .. }), "{err}");
}
