//! Content-addressed bytes: originals and images are stored once, keyed by SHA-256.

use rusqlite::{params, Connection, OptionalExtension};
use sha2::{Digest, Sha256};

/// SHA-256 of `bytes`, lower-case hex.
pub fn sha256_hex(bytes: &[u8]) -> String {
    hex::encode(Sha256::digest(bytes))
}

/// Stores `bytes` (if not already stored) and returns the blob's row id.
pub(crate) fn put(
    conn: &Connection,
    sha256: &str,
    bytes: &[u8],
    media_type: Option<&str>,
    now: &str,
) -> rusqlite::Result<i64> {
    if let Some(id) = conn
        .query_row("SELECT id FROM blob WHERE sha256 = ?1", [sha256], |r| {
            r.get(0)
        })
        .optional()?
    {
        return Ok(id);
    }
    conn.execute(
        "INSERT INTO blob (sha256, size, media_type, bytes, created_at) VALUES (?1, ?2, ?3, ?4, ?5)",
        params![sha256, bytes.len() as i64, media_type, bytes, now],
    )?;
    Ok(conn.last_insert_rowid())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_digest() {
        assert_eq!(
            sha256_hex(b"abc"),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
    }
}
