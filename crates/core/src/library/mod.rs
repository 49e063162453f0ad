//! The library: one folder holding `library.sqlite`. Owns opening (creating, identifying,
//! migrating) the database and configuring every connection. Reading and writing articles
//! lives in [`crate::store`]; this module only hands out connections.

mod migrations;

use std::path::{Path, PathBuf};
use std::sync::{Mutex, MutexGuard};
use std::time::Duration;

use rusqlite::{Connection, OpenFlags};

pub use migrations::SCHEMA_VERSION;

/// File name of the database inside a library folder.
pub const DATABASE_FILE: &str = "library.sqlite";

/// `PRAGMA application_id` of a Cuttings library ("CUTT").
pub const APPLICATION_ID: i32 = 0x4355_5454;

/// Why a library could not be opened. Nothing on disk is changed when opening fails.
#[derive(Debug, thiserror::Error)]
pub enum OpenError {
    #[error("cannot create the library folder {path}: {source}")]
    CreateFolder {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{path} is not a Cuttings library (it is a different SQLite database)")]
    NotALibrary { path: PathBuf },
    #[error(
        "{path} was written by a newer Cuttings (schema {found}, this program knows up to {known}); update Cuttings to open it"
    )]
    TooNew {
        path: PathBuf,
        found: u32,
        known: u32,
    },
    #[error("{path} is damaged or not a database: {detail}")]
    Corrupt { path: PathBuf, detail: String },
    #[error("cannot open {path}: {source}")]
    Sqlite {
        path: PathBuf,
        source: rusqlite::Error,
    },
}

/// An open library. Cheap to share behind an `Arc`; every method takes `&self`.
///
/// Writes go through one connection (SQLite allows one writer at a time); reads use the
/// same connection for now. The connection is configured once, in [`configure`].
#[derive(Debug)]
pub struct Library {
    dir: PathBuf,
    conn: Mutex<Connection>,
}

impl Library {
    /// Opens the library in `dir`, creating the folder and database when they do not exist
    /// and migrating an older schema. A file that is not a Cuttings library, is newer than
    /// this program, or is damaged gives an error and is left untouched.
    pub fn open(dir: impl AsRef<Path>) -> Result<Library, OpenError> {
        let dir = dir.as_ref().to_path_buf();
        std::fs::create_dir_all(&dir).map_err(|source| OpenError::CreateFolder {
            path: dir.clone(),
            source,
        })?;
        let path = dir.join(DATABASE_FILE);
        let mut conn = Connection::open_with_flags(
            &path,
            OpenFlags::SQLITE_OPEN_READ_WRITE
                | OpenFlags::SQLITE_OPEN_CREATE
                | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )
        .map_err(|source| OpenError::Sqlite {
            path: path.clone(),
            source,
        })?;
        migrations::identify(&conn, &path)?;
        configure(&conn).map_err(|e| classify(&path, e))?;
        migrations::migrate(&mut conn, &path)?;
        Ok(Library {
            dir,
            conn: Mutex::new(conn),
        })
    }

    /// Opens a library that lives only in memory (tests, benchmarks).
    pub fn open_in_memory() -> Result<Library, OpenError> {
        let path = PathBuf::from(":memory:");
        let mut conn = Connection::open_in_memory().map_err(|source| OpenError::Sqlite {
            path: path.clone(),
            source,
        })?;
        configure(&conn).map_err(|e| classify(&path, e))?;
        migrations::migrate(&mut conn, &path)?;
        Ok(Library {
            dir: path,
            conn: Mutex::new(conn),
        })
    }

    /// The library folder.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// The connection, for the store modules of this crate.
    pub(crate) fn conn(&self) -> MutexGuard<'_, Connection> {
        // A panic while holding the lock cannot leave SQLite inconsistent (transactions
        // roll back on drop), so a poisoned lock is safe to take over.
        self.conn
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }
}

/// The default library folder: `$XDG_DATA_HOME/cuttings`, else `~/.local/share/cuttings`.
/// `CUTTINGS_LIBRARY` overrides both. Returns None when no home folder is known.
pub fn default_dir() -> Option<PathBuf> {
    if let Some(dir) = std::env::var_os("CUTTINGS_LIBRARY").filter(|v| !v.is_empty()) {
        return Some(PathBuf::from(dir));
    }
    if let Some(data) = std::env::var_os("XDG_DATA_HOME").filter(|v| !v.is_empty()) {
        let data = PathBuf::from(data);
        if data.is_absolute() {
            return Some(data.join("cuttings"));
        }
    }
    let home = std::env::var_os("HOME").filter(|v| !v.is_empty())?;
    Some(PathBuf::from(home).join(".local/share/cuttings"))
}

/// Every connection: WAL, foreign keys on, `synchronous=FULL` (a capture the user saw
/// succeed must survive a power cut), a busy timeout.
fn configure(conn: &Connection) -> rusqlite::Result<()> {
    conn.busy_timeout(Duration::from_secs(5))?;
    conn.pragma_update(None, "journal_mode", "WAL")?;
    conn.pragma_update(None, "foreign_keys", "ON")?;
    conn.pragma_update(None, "synchronous", "FULL")?;
    Ok(())
}

/// Maps an SQLite error met while opening to the error a user can act on.
fn classify(path: &Path, error: rusqlite::Error) -> OpenError {
    use rusqlite::ffi::ErrorCode;
    match error.sqlite_error_code() {
        Some(ErrorCode::NotADatabase) | Some(ErrorCode::DatabaseCorrupt) => OpenError::Corrupt {
            path: path.to_path_buf(),
            detail: error.to_string(),
        },
        _ => OpenError::Sqlite {
            path: path.to_path_buf(),
            source: error,
        },
    }
}
