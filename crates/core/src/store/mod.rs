//! Reading and writing the record: articles with their captures, photos, related links and
//! full-text index rows. Every write of one capture is one transaction.

mod read;
pub(crate) mod write;

pub use read::{ImageBytes, ImageVariant, OriginalFile};

/// Why a read failed.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("there is no article {0} in this library")]
    ArticleNotFound(i64),
    #[error("{0}")]
    InvalidQuery(#[from] crate::search::QueryError),
    #[error("library storage error: {0}")]
    Sqlite(#[from] rusqlite::Error),
}

/// Current time, UTC, RFC 3339 with second precision.
pub(crate) fn now_utc() -> String {
    jiff::Timestamp::now()
        .round(jiff::Unit::Second)
        .map(|t| t.to_string())
        .unwrap_or_else(|_| jiff::Timestamp::now().to_string())
}
