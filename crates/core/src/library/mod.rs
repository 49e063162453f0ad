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
/// Writes go through one connection (SQLite allows one writer at a time); reads take a
/// read-only connection from a small pool, so a long search never waits behind an import
/// and two image requests run side by side. Connections are configured in one place,
/// [`configure`].
#[derive(Debug)]
pub struct Library {
    dir: PathBuf,
    conn: Mutex<Connection>,
    /// Idle read-only connections (none for an in-memory library, whose readers use the
    /// writer). The lock is held only to take or return one, never during a query.
    readers: Mutex<Vec<Connection>>,
    /// The database file, for opening readers; None in memory.
    path: Option<PathBuf>,
}

/// A connection to read with, returned to the pool when dropped.
pub(crate) enum Reader<'a> {
    Pooled {
        conn: Option<Connection>,
        pool: &'a Mutex<Vec<Connection>>,
    },
    Writer(MutexGuard<'a, Connection>),
}

impl std::ops::Deref for Reader<'_> {
    type Target = Connection;
    fn deref(&self) -> &Connection {
        match self {
            Reader::Pooled { conn, .. } => conn.as_ref().expect("present until drop"),
            Reader::Writer(guard) => guard,
        }
    }
}

impl Drop for Reader<'_> {
    fn drop(&mut self) {
        if let Reader::Pooled { conn, pool } = self {
            if let Some(conn) = conn.take() {
                let mut idle = pool.lock().unwrap_or_else(|p| p.into_inner());
                if idle.len() < MAX_IDLE_READERS {
                    idle.push(conn);
                }
            }
        }
    }
}

/// How long a statement waits for another connection's lock (another process writing).
pub(crate) const BUSY_TIMEOUT: Duration = Duration::from_secs(5);

/// Read connections kept open between uses.
const MAX_IDLE_READERS: usize = 4;

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
            readers: Mutex::new(Vec::new()),
            path: Some(path),
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
            readers: Mutex::new(Vec::new()),
            path: None,
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

    /// The connection if no one else holds it right now: for writes that may be skipped
    /// (keeping counts for later) rather than wait behind an import.
    pub(crate) fn try_conn(&self) -> Option<MutexGuard<'_, Connection>> {
        match self.conn.try_lock() {
            Ok(conn) => Some(conn),
            Err(std::sync::TryLockError::Poisoned(poisoned)) => Some(poisoned.into_inner()),
            Err(std::sync::TryLockError::WouldBlock) => None,
        }
    }

    /// A connection for reading: a pooled read-only one, or the writer when the library
    /// lives in memory or a reader cannot be opened.
    pub(crate) fn reader(&self) -> Reader<'_> {
        let Some(path) = &self.path else {
            return Reader::Writer(self.conn());
        };
        let idle = self
            .readers
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
            .pop();
        let conn = match idle {
            Some(conn) => conn,
            None => match open_reader(path) {
                Ok(conn) => conn,
                Err(error) => {
                    tracing::warn!(%error, "could not open a read connection; reading with the writer");
                    return Reader::Writer(self.conn());
                }
            },
        };
        Reader::Pooled {
            conn: Some(conn),
            pool: &self.readers,
        }
    }
}

/// A read-only connection to an opened (so already migrated) library.
fn open_reader(path: &Path) -> rusqlite::Result<Connection> {
    let conn = Connection::open_with_flags(
        path,
        OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )?;
    conn.busy_timeout(BUSY_TIMEOUT)?;
    conn.pragma_update(None, "query_only", "ON")?;
    // 16 MB of page cache (SQLite's default is 2 MB): a search's doclists and the rows of its
    // page stay in memory while the user refines the query, instead of being read again
    // from the OS for every keystroke (search p50 at 100k: 2.2 -> 1.7 ms in `scripts/bench
    // search`; the process tree's memory stays within issue 4's bar, +76 MB over the hello
    // window). The cache fills only as pages are read.
    conn.pragma_update(None, "cache_size", -16384)?;
    crate::search::rank::register(&conn)?;
    Ok(conn)
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
    conn.busy_timeout(BUSY_TIMEOUT)?;
    conn.pragma_update(None, "journal_mode", "WAL")?;
    conn.pragma_update(None, "foreign_keys", "ON")?;
    conn.pragma_update(None, "synchronous", "FULL")?;
    crate::search::rank::register(conn)?;
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
