//! The full-text index rows: built from the record by one SELECT, so a capture, a tag or a
//! note changed later, and a rebuild of the whole index all produce the same row.

use rusqlite::Connection;

use crate::store::StoreError;
use crate::Library;

/// The columns of `article_fts`, in order, built from the record. `{where}` is replaced by
/// the row selection. Kept in step with migrations/0002_search.sql.
const SOURCE: &str = "
INSERT INTO article_fts (rowid, title, standfirst, body, authors, captions, credits, site,
                         section, tags, notes)
SELECT a.id, a.title, a.standfirst, a.body_text,
       (SELECT group_concat(j.value, ', ') FROM json_each(a.authors) j),
       (SELECT group_concat(p.caption, char(10)) FROM photo p WHERE p.article_id = a.id),
       (SELECT group_concat(p.credit, char(10)) FROM photo p WHERE p.article_id = a.id),
       a.site_name,
       (SELECT group_concat(j.value, ' / ') FROM json_each(a.section) j),
       (SELECT group_concat(t.path, char(10)) FROM article_tag at JOIN tag t ON t.id = at.tag_id
         WHERE at.article_id = a.id),
       (SELECT group_concat(concat_ws(char(10), n.exact, n.note), char(10)) FROM annotation n
         WHERE n.article_id = a.id)
  FROM article a";

/// Replaces the index rows of articles with rows built from their current records, in two
/// statements whatever their number. SQLite wraps each statement that writes to FTS5
/// inside a transaction in a savepoint, and FTS5 writes its pending rows to disk as a new
/// segment at each one: a batch's group written row by row left a segment per article (and
/// merges to match); written this way it leaves one.
pub(crate) fn refresh(conn: &Connection, article_ids: &[i64]) -> rusqlite::Result<()> {
    if article_ids.is_empty() {
        return Ok(());
    }
    let ids = serde_json::to_string(article_ids).unwrap_or_else(|_| "[]".into());
    conn.prepare_cached(
        "DELETE FROM article_fts WHERE rowid IN (SELECT value FROM json_each(?1))",
    )?
    .execute([&ids])?;
    conn.prepare_cached(&format!(
        "{SOURCE} WHERE a.id IN (SELECT value FROM json_each(?1))"
    ))?
    .execute([&ids])?;
    Ok(())
}

/// Rebuilds every index row from the record and merges the index into as few segments as
/// it can (the state a long-lived library reaches anyway). Returns the number of rows.
pub(crate) fn rebuild(conn: &Connection) -> rusqlite::Result<u64> {
    conn.execute("DELETE FROM article_fts", [])?;
    let rows = conn.execute(SOURCE, [])?;
    conn.execute(
        "INSERT INTO article_fts (article_fts) VALUES ('optimize')",
        [],
    )?;
    Ok(rows as u64)
}

impl Library {
    /// Rebuilds the full-text index from the record, in one transaction (used after bulk
    /// loads and for repair). Returns the number of articles indexed.
    pub fn rebuild_search_index(&self) -> Result<u64, StoreError> {
        let mut conn = self.conn();
        let tx = conn.transaction()?;
        let rows = rebuild(&tx)?;
        tx.commit()?;
        Ok(rows)
    }
}
