//! The library list and search results: one entry point, [`Library::list`], for a
//! [`ListQuery`] (search text, filters, order), paged.
//!
//! Without search words the list is a keyset walk of an index in the chosen order, with
//! the filters as conditions: the cost of a page does not grow with the library. How a
//! filtered page is found depends on how many articles match ([`Conditions::matches`]):
//! - few ([`FEW`] at most, read from the filter's own table or index): their ids are
//!   sorted. Walking the order's index instead would cross the whole library to fill a
//!   page (0.6 s at 1M articles for a tag on a handful of articles);
//! - many: the order's index is walked, and a page fills soon. SQLite left to itself
//!   would collect and sort every match of an indexed filter (0.64 s at 1M for a site on
//!   154,000 articles). Matches can still cluster far down the order (a year of articles
//!   imported together, listed by capture): a walk that runs past [`WALK_BUDGET`] gives
//!   way to SQLite's own plan.
//!
//! Either way the page's ids come first and only its rows are then read in full.
//!
//! With search words, ranking is bounded. FTS5's `ORDER BY rank` scores every match, which
//! for a common word in a million articles is most of the cost. We walk the match list
//! newest first (cheap: doclists are in rowid order, and FTS5 serves `ORDER BY rowid
//! DESC` itself) and score only the first [`RANK_WINDOW`] matches, in the same pass. The
//! scored ids are ordered here with an id tie-break (FTS5's `ORDER BY rank` orders ties
//! differently for different LIMITs, so pages would repeat or skip rows), and only the
//! rows of the page are joined to articles and given snippets (in one more FTS5 pass). A
//! search with fewer matches than the window is ranked exactly; a common one over its
//! newest matches.

use std::time::{Duration, Instant};

use rusqlite::types::Value;
use rusqlite::{params_from_iter, Connection, OptionalExtension, Row};
use serde::{Deserialize, Serialize};

use super::filter::{Conditions, Matches};
use super::rank;
use super::syntax::{self, Parsed, QueryError};
use crate::images::THUMBNAIL_VERSION;
use crate::model::{ArticlePage, ArticleSummary, ListQuery, SortOrder, TagRef};
use crate::store::StoreError;
use crate::Library;

/// Largest page of the list.
pub const MAX_PAGE: u32 = 500;

/// How many of the newest matches a search ranks (see the module doc).
pub const RANK_WINDOW: u32 = 500;

/// Start and end marks of matched words in snippets (private-use characters).
pub const MARK_START: char = '\u{E000}';
pub const MARK_END: char = '\u{E001}';

/// Words of context in a snippet.
const SNIPPET_WORDS: u32 = 24;

/// Filtered sets of at most this many articles are listed from their ids (see the module
/// doc). Reading them costs at most this many rows of the filter's table; sorting them,
/// a few ms. A set just above this share of 1M articles (0.2%) fills a page of 100 within
/// about 50,000 rows of the order's index.
pub const FEW: usize = 2_000;

/// How long a walk of the order's index for a page of many matches may take before
/// SQLite's own plan is used instead. Measured at 1M articles (`scripts/bench search`):
/// the first page of a site on 154,000 articles takes 0.9-5 ms walked (SQLite's plan:
/// 370-890 ms). In site order that walk would cross most of the index (2.4 s; that case is
/// now left to SQLite: 36 ms), and with the budget it gave way after 30 ms. Time, not SQLite's
/// VM steps: a step that reads a page from disk costs a hundred times one that does not.
/// Either plan gives the same rows.
pub(crate) const WALK_BUDGET: Duration = Duration::from_millis(30);

/// Where the next page starts: an opaque token for callers.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
enum Cursor {
    /// Keyset: the sort key and id of the last row shown.
    Key { k: String, i: i64 },
    /// Ranked results: how many were shown.
    Offset { o: u32 },
}

impl Cursor {
    fn token(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }

    fn read(token: &str) -> Result<Cursor, QueryError> {
        serde_json::from_str(token).map_err(|_| stale_position())
    }
}

/// Below this many pixels on a side, an image is an icon (a play button, a spacer), not a
/// photo: it neither stands for its article in the list nor appears in the gallery.
pub const ICON_SIDE: u32 = 32;

/// The columns of a list row, over `article a`; `?1` is the thumbnail version. The row's
/// thumbnail is its first photo's, skipping icons (a side under [`ICON_SIDE`] px) that would
/// stand for the article as a dark square.
const SUMMARY_COLUMNS: &str = "a.id, a.title, a.site_name, a.section, a.genre, a.published,
    a.last_captured_at, a.modified,
    (SELECT b.sha256 FROM photo p JOIN blob b ON b.id = p.blob_id
       JOIN thumbnail t ON t.blob_id = b.id AND t.version = ?1
      WHERE p.article_id = a.id AND t.width >= 32 AND t.height >= 32 -- ICON_SIDE
      ORDER BY p.position LIMIT 1),
    (SELECT count(*) FROM photo p WHERE p.article_id = a.id),
    (SELECT count(*) FROM annotation n WHERE n.article_id = a.id),
    (SELECT group_concat(t.path || char(31) || coalesce(t.colour, ''), char(30))
       FROM article_tag at JOIN tag t ON t.id = at.tag_id WHERE at.article_id = a.id)";

/// The keyset order of a sort: the key expression over `a`, whether it descends, and the
/// index that holds it in order.
fn order_of(sort: SortOrder) -> (&'static str, bool, &'static str) {
    match sort {
        SortOrder::Relevance | SortOrder::Captured => {
            ("a.last_captured_at", true, "article_last_captured")
        }
        SortOrder::Published => ("coalesce(a.published, '')", true, "article_published_key"),
        SortOrder::Title => ("a.title COLLATE NOCASE", false, "article_title"),
        // Sites A to Z; within a site the newest article first (the index is id DESC).
        SortOrder::Site => (
            "coalesce(a.site_name, '') COLLATE NOCASE",
            false,
            "article_site",
        ),
    }
}

impl Library {
    /// A page of the library list for `query`, starting after the `after` token of the
    /// previous page.
    pub fn list(
        &self,
        query: &ListQuery,
        after: Option<&str>,
        limit: u32,
    ) -> Result<ArticlePage, StoreError> {
        self.page(query, after, limit, Direction::Forward)
    }

    /// The page of the list that ends just before the row a `before` token stands for,
    /// or the list's last page when `before` is `None`: how the list jumps to its end
    /// (the End key) without walking the rows in between. The rows come in list order;
    /// the page's `next` is the token of the rows before them (`None` at the top), to
    /// pass back as `before`. Tokens of [`Self::list`] and of this are not interchangeable.
    pub fn list_before(
        &self,
        query: &ListQuery,
        before: Option<&str>,
        limit: u32,
    ) -> Result<ArticlePage, StoreError> {
        self.page(query, before, limit, Direction::Backward)
    }

    fn page(
        &self,
        query: &ListQuery,
        token: Option<&str>,
        limit: u32,
        direction: Direction,
    ) -> Result<ArticlePage, StoreError> {
        let limit = limit.clamp(1, MAX_PAGE);
        let (parsed, conditions) = parse_query(query)?;
        let cursor = token.map(Cursor::read).transpose()?;
        let conn = self.reader();
        match &parsed.fts {
            None => browse(&conn, query.sort, &conditions, cursor, limit, direction),
            Some(fts) => search(
                &conn,
                fts,
                &parsed.phrases,
                query.sort,
                &conditions,
                (cursor, direction),
                limit,
            ),
        }
    }
}

/// Which way a page goes from its token: down the list ([`Library::list`]) or up it
/// ([`Library::list_before`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Direction {
    Forward,
    Backward,
}

/// The list without search words: a keyset walk in the sort order (or against it, for a
/// page before the cursor, whose rows are then put back in list order).
fn browse(
    conn: &Connection,
    sort: SortOrder,
    conditions: &Conditions,
    cursor: Option<Cursor>,
    limit: u32,
    direction: Direction,
) -> Result<ArticlePage, StoreError> {
    let plan = plan_of(conn, sort, conditions)?;
    let page = |plan: &Plan| {
        let (sql, params) = browse_sql(sort, conditions, plan, cursor.clone(), limit, direction)?;
        page_ids(conn, &sql, &params, limit)
    };
    let (mut ids, next) = match plan {
        Plan::Walk => match within_budget(conn, WALK_BUDGET, || page(&Plan::Walk))? {
            Some(found) => found,
            None => page(&Plan::Planner)?,
        },
        plan => page(&plan)?,
    };
    if direction == Direction::Backward {
        ids.reverse();
    }
    Ok(ArticlePage {
        items: summaries(conn, &ids)?,
        next,
    })
}

/// How to find a page of `conditions` in `sort` order (see the module doc).
fn plan_of(
    conn: &Connection,
    sort: SortOrder,
    conditions: &Conditions,
) -> Result<Plan, StoreError> {
    Ok(match conditions.matches(conn, FEW)? {
        Matches::Few(ids) => Plan::Among(ids),
        // In site order the matches of a site filter sit together far down the index, where
        // a walk takes the whole budget to reach them.
        Matches::Many if sort == SortOrder::Site && conditions.by_site => Plan::Planner,
        Matches::Many => Plan::Walk,
        Matches::All | Matches::Unknown => Plan::Planner,
    })
}

/// How [`browse_sql`] finds a page's rows.
#[derive(Debug, Clone, PartialEq)]
enum Plan {
    /// Among these ids (a JSON array), sorted.
    Among(String),
    /// Walking the order's index (`INDEXED BY`).
    Walk,
    /// As SQLite plans it.
    Planner,
}

/// Runs `work` on `conn` for at most `budget`: `None` when SQLite was stopped for
/// running past it.
pub(crate) fn within_budget<T>(
    conn: &Connection,
    budget: Duration,
    work: impl FnOnce() -> Result<T, StoreError>,
) -> Result<Option<T>, StoreError> {
    let start = Instant::now();
    // Asked every thousand VM steps (about 10 µs).
    conn.progress_handler(1_000, Some(move || start.elapsed() > budget))?;
    let result = work();
    conn.progress_handler(0, None::<fn() -> bool>)?;
    match result {
        Err(StoreError::Sqlite(rusqlite::Error::SqliteFailure(e, _)))
            if e.code == rusqlite::ErrorCode::OperationInterrupted =>
        {
            Ok(None)
        }
        other => other.map(Some),
    }
}

/// The ids of a page from `sql` (rows of id and sort key, one more than `limit`), and the
/// token of the next page when there is one.
fn page_ids(
    conn: &Connection,
    sql: &str,
    params: &[Value],
    limit: u32,
) -> Result<(Vec<i64>, Option<String>), StoreError> {
    let mut stmt = conn.prepare_cached(sql)?;
    let mut rows = stmt.query(params_from_iter(params.iter()))?;
    let mut ids = Vec::new();
    let mut last_key = String::new();
    let mut next = None;
    while let Some(row) = rows.next()? {
        if ids.len() == limit as usize {
            let last = Cursor::Key {
                k: last_key,
                i: ids.last().copied().unwrap_or(0),
            };
            next = Some(last.token());
            break;
        }
        ids.push(row.get::<_, i64>(0)?);
        last_key = row.get::<_, Option<String>>(1)?.unwrap_or_default();
    }
    Ok((ids, next))
}

/// The SQL and parameters of one page of [`browse`], as `(id, sort key)` rows, found by
/// `plan`. Backward, every comparison and order is flipped: the rows nearest before the
/// cursor come first.
fn browse_sql(
    sort: SortOrder,
    conditions: &Conditions,
    plan: &Plan,
    cursor: Option<Cursor>,
    limit: u32,
    direction: Direction,
) -> Result<(String, Vec<Value>), StoreError> {
    let (key, descending, index) = order_of(sort);
    let backward = direction == Direction::Backward;
    let mut params: Vec<Value> = Vec::new();
    let mut keyset = "1".to_string();
    if let Some(cursor) = cursor {
        let Cursor::Key { k, i } = cursor else {
            return Err(stale_position().into());
        };
        keyset = match (sort, backward) {
            // Mixed directions: key ascending, id descending.
            (SortOrder::Site, false) => format!("{key} >= ?1 AND ({key} > ?1 OR a.id < ?2)"),
            (SortOrder::Site, true) => format!("{key} <= ?1 AND ({key} < ?1 OR a.id > ?2)"),
            _ if descending != backward => format!("({key}, a.id) < (?1, ?2)"),
            _ => format!("({key}, a.id) > (?1, ?2)"),
        };
        params.push(Value::from(k));
        params.push(Value::from(i));
    }
    let first = params.len() + 1;
    let flip = |down: bool| if down != backward { "DESC" } else { "ASC" };
    let id_order = flip(descending || sort == SortOrder::Site);
    let direction = flip(descending);
    let rendered = conditions.render(first);
    params.extend(conditions.params.iter().cloned());
    let (indexed_by, among) = match plan {
        Plan::Among(ids) => {
            params.push(Value::from(ids.clone()));
            let among = format!(
                "a.id IN (SELECT value FROM json_each(?{})) AND ",
                params.len()
            );
            (String::new(), among)
        }
        Plan::Walk => (format!("INDEXED BY {index}"), String::new()),
        Plan::Planner => (String::new(), String::new()),
    };
    let sql = format!(
        "SELECT a.id, {key} FROM article a {indexed_by}
          WHERE {among}{keyset} AND {rendered}
          ORDER BY {key} {direction}, a.id {id_order}
          LIMIT {fetch}",
        fetch = limit + 1,
    );
    Ok((sql, params))
}

fn stale_position() -> QueryError {
    QueryError {
        message: "the list position is not valid any more: start from the top".into(),
        at: 0,
    }
}

/// Ranked (or date-ordered) search results; see the module doc.
fn search(
    conn: &Connection,
    fts: &str,
    phrases: &[String],
    sort: SortOrder,
    conditions: &Conditions,
    (cursor, direction): (Option<Cursor>, Direction),
    limit: u32,
) -> Result<ArticlePage, StoreError> {
    let offset = match cursor {
        None => None,
        Some(Cursor::Offset { o }) => Some(o as usize),
        Some(Cursor::Key { .. }) => return Err(stale_position().into()),
    };
    let rank = if sort == SortOrder::Relevance {
        // With one phrase its IDF scales every row's score alike and cannot change the
        // order, so it is not estimated: the estimate is one more evaluation of the search
        // (at 1M articles, 10–20 ms for a prefix or a phrase with a common word).
        let counts = if phrases.len() == 1 {
            vec![1.0]
        } else {
            rank::estimate_document_counts(conn, phrases).map_err(|e| fts_error(e, fts))?
        };
        rank::rank_expression(&counts)
    } else {
        String::new()
    };
    let (sql, params) = search_sql(fts, &rank, sort, conditions);
    let mut stmt = conn.prepare_cached(&sql).map_err(|e| fts_error(e, fts))?;
    let mut ranked: Vec<(f64, i64)> = stmt
        .query_map(params_from_iter(params.iter()), |r| {
            Ok((r.get(1)?, r.get(0)?))
        })
        .and_then(|rows| rows.collect::<rusqlite::Result<Vec<_>>>())
        .map_err(|e| fts_error(e, fts))?;
    if sort == SortOrder::Relevance {
        // A total order: FTS5's own ORDER BY rank leaves ties (the same wire story on two
        // sites) in an order that changes with LIMIT, which would repeat or skip rows
        // between pages.
        ranked.sort_by(|a, b| a.0.total_cmp(&b.0).then(b.1.cmp(&a.1)));
    }
    // Forward, the page starts at the offset; backward, it ends there (or at the end).
    let (start, end) = match direction {
        Direction::Forward => {
            let start = offset.unwrap_or(0).min(ranked.len());
            (start, (start + limit as usize).min(ranked.len()))
        }
        Direction::Backward => {
            let end = offset.unwrap_or(ranked.len()).min(ranked.len());
            (end.saturating_sub(limit as usize), end)
        }
    };
    let page: Vec<i64> = ranked[start..end].iter().map(|&(_, id)| id).collect();
    let mut items = summaries(conn, &page)?;
    let mut snippets = snippets(conn, fts, &page).map_err(|e| fts_error(e, fts))?;
    for item in &mut items {
        item.snippet = snippets.remove(&item.id);
    }
    let next = match direction {
        Direction::Forward => (end < ranked.len()).then_some(end),
        Direction::Backward => (start > 0).then_some(start),
    }
    .map(|o| Cursor::Offset { o: o as u32 }.token());
    Ok(ArticlePage { items, next })
}

/// Columns of `article_fts` a snippet is taken from, in order of preference: the text the
/// row does not already show (its title, site, section and tags are on the row itself, so
/// a snippet of them says nothing new). Indexes as in migration 0002: body, standfirst,
/// captions, notes, credits.
const SNIPPET_COLUMNS: [u8; 5] = [2, 1, 4, 9, 5];

/// Snippets of the page's rows, from one evaluation of the search over the rowid range
/// they span (evaluating the expression once per row would re-read a prefix's doclists
/// twenty times). FTS5's own choice of column (`snippet(…, -1, …)`) prefers the title on
/// a tie, and a tag path whenever it scores best: text the row already shows. Asking for
/// the body costs a tokenization of it per row (at 100k, p50 about 1.7 → 2.0 ms in
/// `scripts/bench search`), the price of a snippet that says why the article matched.
/// Only rows of the page get a snippet made: from the body where a searched
/// word matched there (most rows, in one pass); the other rows' snippets come from the
/// first of the other [`SNIPPET_COLUMNS`] where one matched (a second pass over just those
/// rows), or else are the body's opening words (an article found by its title or a tag).
fn snippets(
    conn: &Connection,
    fts: &str,
    ids: &[i64],
) -> rusqlite::Result<std::collections::HashMap<i64, String>> {
    let (body, rest) = SNIPPET_COLUMNS.split_at(1);
    let mut out = column_snippets(conn, fts, ids, body)?;
    let unmarked: Vec<i64> = out
        .iter()
        .filter(|(_, text)| !text.contains(MARK_START))
        .map(|(&id, _)| id)
        .collect();
    if !unmarked.is_empty() {
        for (id, text) in column_snippets(conn, fts, &unmarked, rest)? {
            if text.contains(MARK_START) {
                out.insert(id, text);
            }
        }
    }
    out.retain(|_, text| !text.trim().is_empty());
    Ok(out)
}

/// For each of `ids`, the first snippet of `columns` that marks a match, or else the first
/// column's snippet (its opening words).
fn column_snippets(
    conn: &Connection,
    fts: &str,
    ids: &[i64],
    columns: &[u8],
) -> rusqlite::Result<std::collections::HashMap<i64, String>> {
    let (Some(low), Some(high)) = (ids.iter().min(), ids.iter().max()) else {
        return Ok(Default::default());
    };
    let wanted = serde_json::to_string(ids).unwrap_or_else(|_| "[]".into());
    let calls = columns
        .iter()
        .map(|column| {
            format!("snippet(article_fts, {column}, '{MARK_START}', '{MARK_END}', '…', {SNIPPET_WORDS})")
        })
        .collect::<Vec<_>>()
        .join(", ");
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT rowid, {calls}
           FROM article_fts
          WHERE article_fts MATCH ?1 AND rowid BETWEEN ?2 AND ?3
            AND +rowid IN (SELECT value FROM json_each(?4))"
    ))?;
    let rows = stmt.query_map(rusqlite::params![fts, low, high, wanted], |r| {
        let mut first = None;
        for i in 0..columns.len() {
            let text: Option<String> = r.get(i + 1)?;
            match text {
                Some(t) if t.contains(MARK_START) => return Ok((r.get::<_, i64>(0)?, t)),
                Some(t) if i == 0 => first = Some(t),
                _ => {}
            }
        }
        Ok((r.get::<_, i64>(0)?, first.unwrap_or_default()))
    })?;
    rows.collect()
}

/// The SQL of one list row (by id) and sample parameters, for [`Library::query_plan`].
fn summary_statement() -> (String, Vec<Value>) {
    (
        format!("SELECT {SUMMARY_COLUMNS} FROM article a WHERE a.id = ?2"),
        vec![Value::from(THUMBNAIL_VERSION), Value::from(1)],
    )
}

/// The list rows of `ids`, in that order.
fn summaries(conn: &Connection, ids: &[i64]) -> Result<Vec<ArticleSummary>, StoreError> {
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT {SUMMARY_COLUMNS} FROM article a WHERE a.id = ?2"
    ))?;
    let mut out = Vec::with_capacity(ids.len());
    for &id in ids {
        if let Some(s) = stmt
            .query_row(rusqlite::params![THUMBNAIL_VERSION, id], summary)
            .optional()?
        {
            out.push(s);
        }
    }
    Ok(out)
}

/// The SQL and parameters that list a search's candidates as `(id, score)`: its newest
/// [`RANK_WINDOW`] matches (of those passing the filters), each scored by BM25 in the same
/// FTS5 pass (`rank` is computed only for rows that pass the filters); in the sort order
/// unless ranked by relevance, which [`search`] orders itself.
fn search_sql(
    fts: &str,
    rank: &str,
    sort: SortOrder,
    conditions: &Conditions,
) -> (String, Vec<Value>) {
    let mut params: Vec<Value> = vec![Value::from(fts.to_string())];
    if sort == SortOrder::Relevance {
        params.push(Value::from(rank.to_string()));
    }
    let first = params.len() + 1;
    let sql = if sort == SortOrder::Relevance && conditions.is_empty() {
        format!(
            "SELECT rowid, rank FROM article_fts WHERE article_fts MATCH ?1 AND rank MATCH ?2
              ORDER BY rowid DESC LIMIT {RANK_WINDOW}"
        )
    } else if sort == SortOrder::Relevance {
        format!(
            "SELECT f.rowid, f.rank FROM article_fts f CROSS JOIN article a ON a.id = f.rowid
              WHERE article_fts MATCH ?1 AND f.rank MATCH ?2 AND {conditions}
              ORDER BY f.rowid DESC LIMIT {RANK_WINDOW}",
            conditions = conditions.render(first)
        )
    } else {
        let (key, descending, _) = order_of(sort);
        let direction = if descending { "DESC" } else { "ASC" };
        format!(
            "SELECT id, 0.0 FROM (
                 SELECT f.rowid AS id, {key} AS k FROM article_fts f
                  CROSS JOIN article a ON a.id = f.rowid
                  WHERE article_fts MATCH ?1 AND {conditions}
                  ORDER BY f.rowid DESC LIMIT {RANK_WINDOW})
              ORDER BY k {direction}, id DESC",
            conditions = conditions.render(first)
        )
    };
    params.extend(conditions.params.iter().cloned());
    (sql, params)
}

impl Library {
    /// SQLite's plan (`EXPLAIN QUERY PLAN` detail lines) for a page of `query`, for tests
    /// that pin the plans of the list and of search. For the list: its first page, a page
    /// after a position, its last page and a page before a position (each as [`browse`]
    /// would find it, the walk of many matches assumed within its budget), then the
    /// per-row summary query. For a search: the candidate query, then the summary query.
    pub fn query_plan(&self, query: &ListQuery) -> Result<Vec<String>, StoreError> {
        let (parsed, conditions) = parse_query(query)?;
        let conn = self.reader();
        let mut statements = Vec::new();
        match &parsed.fts {
            None => {
                let position = || {
                    Some(Cursor::Key {
                        k: String::new(),
                        i: 1,
                    })
                };
                for (cursor, direction) in [
                    (None, Direction::Forward),
                    (position(), Direction::Forward),
                    (None, Direction::Backward),
                    (position(), Direction::Backward),
                ] {
                    let plan = plan_of(&conn, query.sort, &conditions)?;
                    statements.push(browse_sql(
                        query.sort,
                        &conditions,
                        &plan,
                        cursor,
                        50,
                        direction,
                    )?);
                }
                statements.push(summary_statement());
            }
            Some(fts) => {
                let counts = vec![1.0; parsed.phrases.len()];
                statements.push(search_sql(
                    fts,
                    &rank::rank_expression(&counts),
                    query.sort,
                    &conditions,
                ));
                statements.push(summary_statement());
            }
        }
        let mut lines = Vec::new();
        for (sql, params) in statements {
            let mut stmt = conn.prepare(&format!("EXPLAIN QUERY PLAN {sql}"))?;
            let rows =
                stmt.query_map(params_from_iter(params.iter()), |r| r.get::<_, String>(3))?;
            lines.extend(rows.collect::<rusqlite::Result<Vec<_>>>()?);
        }
        Ok(lines)
    }
}

// Every search query joins with `CROSS JOIN`, which SQLite never reorders: the FTS5 scan
// drives and articles are looked up by id. Left to the planner, a filter on an indexed
// column (a site) can put `article` first and run one MATCH per article, the classic
// FTS5 slow path.

/// The smallest rowid the search ranks: that of the [`RANK_WINDOW`]-th newest match (of
/// those passing the filters), or the lowest possible rowid when there are fewer.
pub(crate) fn rank_floor(
    conn: &Connection,
    fts: &str,
    conditions: &Conditions,
) -> rusqlite::Result<i64> {
    let mut params: Vec<Value> = vec![Value::from(fts.to_string())];
    let sql = if conditions.is_empty() {
        format!(
            "SELECT rowid FROM article_fts WHERE article_fts MATCH ?1
              ORDER BY rowid DESC LIMIT 1 OFFSET {}",
            RANK_WINDOW - 1
        )
    } else {
        params.extend(conditions.params.iter().cloned());
        format!(
            "SELECT f.rowid FROM article_fts f CROSS JOIN article a ON a.id = f.rowid
              WHERE article_fts MATCH ?1 AND {}
              ORDER BY f.rowid DESC LIMIT 1 OFFSET {}",
            conditions.render(2),
            RANK_WINDOW - 1
        )
    };
    let found: Option<i64> = conn
        .prepare_cached(&sql)?
        .query_row(params_from_iter(params.iter()), |r| r.get(0))
        .optional()?;
    Ok(found.unwrap_or(i64::MIN))
}

/// An FTS5 complaint about an expression we built is our bug, but the user should still
/// read what happened rather than an SQL message.
fn fts_error(error: rusqlite::Error, fts: &str) -> StoreError {
    let text = error.to_string();
    if text.contains("fts5") || text.contains("MATCH") {
        tracing::warn!(%fts, %text, "search expression refused by FTS5");
        return QueryError {
            message: "this search could not be run: try removing special characters".into(),
            at: 0,
        }
        .into();
    }
    StoreError::Sqlite(error)
}

/// A list row from [`SUMMARY_COLUMNS`].
fn summary(r: &Row) -> rusqlite::Result<ArticleSummary> {
    let section: String = r.get(3)?;
    let tags: Option<String> = r.get(11)?;
    Ok(ArticleSummary {
        id: r.get(0)?,
        title: r.get(1)?,
        site_name: r.get(2)?,
        section: serde_json::from_str(&section).unwrap_or_default(),
        genre: r.get(4)?,
        published: r.get(5)?,
        captured_at: r.get(6)?,
        modified: r.get(7)?,
        thumbnail: r.get(8)?,
        photo_count: r.get(9)?,
        annotation_count: r.get(10)?,
        tags: parse_tags(tags.as_deref()),
        snippet: None,
    })
}

/// Tags packed as `path \x1f colour` records separated by `\x1e`, sorted by path.
fn parse_tags(packed: Option<&str>) -> Vec<TagRef> {
    let mut tags: Vec<TagRef> = packed
        .unwrap_or_default()
        .split('\u{1e}')
        .filter(|r| !r.is_empty())
        .map(|record| {
            let (path, colour) = record.split_once('\u{1f}').unwrap_or((record, ""));
            TagRef {
                path: path.to_string(),
                colour: Some(colour.to_string()).filter(|c| !c.is_empty()),
            }
        })
        .collect();
    tags.sort_by(|a, b| a.path.cmp(&b.path));
    tags
}

/// Parses the search of a query for callers that only need its structure (the gallery).
pub(crate) fn parse_query(query: &ListQuery) -> Result<(Parsed, Conditions), StoreError> {
    let parsed = syntax::parse(&query.search)?;
    let conditions = Conditions::new(&query.filter, &parsed)?;
    Ok((parsed, conditions))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Counts to `n` in SQL: about ten VM steps a row.
    fn count_to(conn: &Connection, n: i64) -> Result<i64, StoreError> {
        Ok(conn.query_row(
            "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < ?1)
             SELECT count(*) FROM c",
            [n],
            |r| r.get(0),
        )?)
    }

    #[test]
    fn a_walk_past_its_budget_gives_way_and_the_connection_runs_freely_after() {
        let conn = Connection::open_in_memory().unwrap();
        let budget = Duration::from_millis(20);
        // Under a thousand steps: never asked to stop.
        assert_eq!(
            within_budget(&conn, budget, || count_to(&conn, 10)).unwrap(),
            Some(10)
        );
        // A billion steps take seconds.
        assert_eq!(
            within_budget(&conn, budget, || count_to(&conn, 100_000_000)).unwrap(),
            None
        );
        // The budget is gone once the walk is over; other errors still are errors.
        assert_eq!(count_to(&conn, 3_000_000).unwrap(), 3_000_000);
        assert!(within_budget(&conn, budget, || -> Result<(), StoreError> {
            conn.execute("SELECT * FROM nowhere", [])?;
            Ok(())
        })
        .is_err());
    }
}
