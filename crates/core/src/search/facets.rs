//! Counts beside each filter value: for the articles a [`ListQuery`] matches (for a search,
//! the matches its ranking window holds, which is what the list can show), how many have
//! each site, section, genre, language, tag (with sub-tags), publication year, collection,
//! photos and annotations.
//!
//! The whole library's counts (what the sidebar shows when the app opens) are kept in
//! `facet_cache` with the library's generation (`library_stat`, bumped by triggers on every
//! change a count can see, migration 3): while nothing has changed they are read back
//! instead of counted, so opening the app does no work that grows with the library.
//!
//! A filter without a search has its matching ids collected once (from a tag's taggings
//! when it has a tag), then counted by SQL over those ids when they are few, or by
//! walking each facet's index against them ([`facet_walk`]) when they are many; see
//! [`FacetRecipe`]. Asking SQL for each facet under the filter's conditions instead made
//! SQLite evaluate a tag condition once per article per facet: 9 s at 1M articles.

use std::collections::HashMap;

use rusqlite::types::Value;
use rusqlite::{params_from_iter, Connection, OptionalExtension};

use super::facet_walk;
use super::filter::Conditions;
use super::list::{parse_query, rank_floor};
use crate::model::{FacetValue, Facets, ListQuery};
use crate::store::StoreError;
use crate::Library;

/// Values listed per facet, most frequent first.
pub const FACET_VALUES: u32 = 100;

/// The whole library's entry in `facet_cache`. Change the version whenever what is counted
/// or how [`Facets`] is stored changes, so that counts of an older recipe are never shown.
const LIBRARY_FACETS_KEY: &str = "library/v2";

/// How a filtered set's facets are counted. [`Library::facets`] always uses `Auto`; the
/// others are there so tests can hold the recipes to the same answers and the bench can
/// time them against each other.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FacetRecipe {
    /// Searches: SQL under the query's conditions. Filters alone: [`Self::Walk`] for
    /// more than one article in [`WALK_SHARE`], else [`Self::Ids`], or
    /// [`Self::Conditions`] when SQLite can start every facet from an index of the
    /// filter's (a site, a year) and no condition has a table of its own (a tag).
    Auto,
    /// SQL for each facet under the query's conditions (evaluated once per article of the
    /// library for each facet when SQLite cannot start from the set).
    Conditions,
    /// The set's ids read once, then SQL for each facet over those ids.
    Ids,
    /// The set's ids read once into a bitset, then each facet's index walked
    /// ([`facet_walk`]).
    Walk,
}

impl Library {
    /// Facet counts for the articles `query` matches (its sort is ignored).
    pub fn facets(&self, query: &ListQuery) -> Result<Facets, StoreError> {
        self.facets_by(query, FacetRecipe::Auto)
    }

    /// [`Library::facets`] counted by a given recipe (the whole library's kept counts
    /// are used only by `Auto`).
    pub fn facets_by(&self, query: &ListQuery, recipe: FacetRecipe) -> Result<Facets, StoreError> {
        let (parsed, conditions) = parse_query(query)?;
        let conn = self.reader();
        if recipe == FacetRecipe::Auto && parsed.fts.is_none() && conditions.is_empty() {
            return self.library_facets(&conn);
        }
        count(&conn, parsed.fts.as_deref(), &conditions, recipe)
    }

    /// The whole library's counts: from the cache while the library's generation is the
    /// one they were counted at, else counted and cached.
    fn library_facets(&self, conn: &Connection) -> Result<Facets, StoreError> {
        // One read transaction, so the generation is that of the snapshot counted.
        let snapshot = conn.unchecked_transaction()?;
        let generation: i64 = snapshot.query_row(
            "SELECT value FROM library_stat WHERE key = 'generation'",
            [],
            |r| r.get(0),
        )?;
        let cached: Option<String> = snapshot
            .query_row(
                "SELECT facets FROM facet_cache WHERE key = ?1 AND generation = ?2",
                (LIBRARY_FACETS_KEY, generation),
                |r| r.get(0),
            )
            .optional()?;
        if let Some(facets) = cached.and_then(|json| serde_json::from_str(&json).ok()) {
            return Ok(facets);
        }
        let facets = count(
            &snapshot,
            None,
            &Conditions::default(),
            FacetRecipe::Conditions,
        )?;
        snapshot.finish()?;
        self.remember_library_facets(generation, &facets);
        Ok(facets)
    }

    /// Stores the whole library's counts, unless the writer is busy (an import is running,
    /// here or in another process: the generation is about to change anyway) or newer
    /// counts are already there. A failure only costs counting again next time.
    fn remember_library_facets(&self, generation: i64, facets: &Facets) {
        let Some(conn) = self.try_conn() else {
            return;
        };
        let Ok(json) = serde_json::to_string(facets) else {
            return;
        };
        // Another process holding the write lock (a CLI import) must not hold the sidebar's
        // counts back: one try, no waiting.
        let _ = conn.busy_timeout(std::time::Duration::ZERO);
        let stored = conn.execute(
            "INSERT INTO facet_cache (key, generation, facets) VALUES (?1, ?2, ?3)
             ON CONFLICT (key) DO UPDATE SET generation = excluded.generation,
                                             facets = excluded.facets
              WHERE excluded.generation >= facet_cache.generation",
            (LIBRARY_FACETS_KEY, generation, json),
        );
        let _ = conn.busy_timeout(crate::library::BUSY_TIMEOUT);
        if let Err(error) = stored {
            tracing::warn!(%error, "could not keep the library's facet counts");
        }
    }
}

/// Filtered sets (no search) holding more than one article in this many of the library
/// are counted by walking indexes ([`facet_walk`]), whose cost follows the library's
/// size; smaller ones by SQL over their ids, whose cost follows the set's. Measured at
/// 1M articles (`scripts/bench search --facets-only`): 14,002 ids took 384 ms over ids
/// and 516 ms walked; 338,232 took 15.4 s over ids and 686 ms walked.
pub const WALK_SHARE: usize = 40;

/// Counts the facets of the articles that match `fts` (a search) and `conditions`.
fn count(
    conn: &Connection,
    fts: Option<&str>,
    conditions: &Conditions,
    recipe: FacetRecipe,
) -> Result<Facets, StoreError> {
    // A search's set is bounded by its ranking window, which SQLite walks first.
    let searched = fts.is_some() && recipe == FacetRecipe::Auto;
    if searched || recipe == FacetRecipe::Conditions {
        return count_set(conn, &MatchSet::new(conn, fts, conditions)?);
    }
    if fts.is_some() {
        // Another recipe for a search: its ids are the ones its counts would cover.
        let set = MatchSet::new(conn, fts, conditions)?;
        let ids = set.ids(conn)?;
        let mut facets = count_ids(conn, &ids, recipe == FacetRecipe::Walk)?;
        facets.truncated = set.truncated;
        return Ok(facets);
    }
    // Filters alone: the conditions are evaluated once, here, not once per facet.
    let (sql, params) = conditions.ids_sql();
    let mut ids: Vec<i64> = conn
        .prepare_cached(&sql)?
        .query_map(params_from_iter(params.iter()), |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    ids.sort_unstable();
    ids.dedup();
    let walk = match recipe {
        FacetRecipe::Auto => {
            // The highest id stands for the library's size (deleted ids are few).
            let highest: Option<i64> =
                conn.query_row("SELECT max(id) FROM article", [], |r| r.get(0))?;
            ids.len().saturating_mul(WALK_SHARE) > highest.unwrap_or(0).max(0) as usize
        }
        recipe => recipe == FacetRecipe::Walk,
    };
    if !walk && recipe == FacetRecipe::Auto && conditions.indexed_only() {
        // SQLite starts each facet from the filter's index (a site, a year): 1.6-1.9×
        // faster than over the ids at 1M articles, for a year of 14,002.
        return count_set(conn, &MatchSet::new(conn, None, conditions)?);
    }
    count_ids(conn, &ids, walk)
}

/// Counts the facets of the articles `ids`, walking indexes or by SQL over the ids.
fn count_ids(conn: &Connection, ids: &[i64], walk: bool) -> Result<Facets, StoreError> {
    if walk {
        facet_walk::count(conn, &facet_walk::Members::from_ids(ids))
    } else {
        count_set(conn, &MatchSet::of_ids(ids))
    }
}

/// An article's language as the facet counts it: its primary subtag (`en` for `en`,
/// `en-US` and `en-GB`; `zh` for `zh-Hant`), so one language is one entry however each page
/// declared it. The filter takes that value back to all of them. None for no language.
pub(super) fn primary_language(tag: &str) -> Option<&str> {
    tag.split('-').next().filter(|primary| !primary.is_empty())
}

/// Counts the facets of a set by asking SQL for each.
fn count_set(conn: &Connection, set: &MatchSet) -> Result<Facets, StoreError> {
    let value_facet = |expression: &str| set.group(conn, expression);
    Ok(Facets {
        total: set.count(conn, "1")?,
        sites: value_facet("a.site_name")?,
        sections: value_facet("a.section_path")?,
        genres: value_facet("a.genre")?,
        languages: set.languages(conn)?,
        published_years: set.years(conn)?,
        tags: set.tags(conn)?,
        collections: set.joined_group(
            conn,
            "ca.article_id",
            "SELECT c.id, c.name, count(*) AS n, NULL
               FROM collection_article ca JOIN collection c ON c.id = ca.collection_id
              WHERE {in_set}
              GROUP BY c.id ORDER BY n DESC, c.name LIMIT {limit}",
        )?,
        with_photos: set.count_having(conn, "photo")?,
        with_annotations: set.count_having(conn, "annotation")?,
        truncated: set.truncated,
    })
}

/// The matching articles as a WHERE clause over `article a`, with its parameters.
struct MatchSet {
    condition: String,
    params: Vec<Value>,
    /// A search whose matches exceed the ranking window.
    truncated: bool,
    /// No search and no filter: the whole library.
    everything: bool,
}

impl MatchSet {
    fn new(
        conn: &Connection,
        fts: Option<&str>,
        conditions: &Conditions,
    ) -> Result<MatchSet, StoreError> {
        let mut params = Vec::new();
        let mut truncated = false;
        let everything = fts.is_none() && conditions.is_empty();
        let mut condition = String::new();
        if let Some(fts) = fts {
            let floor = rank_floor(conn, fts, conditions)?;
            truncated = floor != i64::MIN;
            condition.push_str(
                "a.id IN (SELECT rowid FROM article_fts WHERE article_fts MATCH ?1 AND rowid >= ?2) AND ",
            );
            params.push(Value::from(fts.to_string()));
            params.push(Value::from(floor));
        }
        condition.push_str(&conditions.render(params.len() + 1));
        params.extend(conditions.params.iter().cloned());
        Ok(MatchSet {
            condition,
            params,
            truncated,
            everything,
        })
    }

    /// The set's article ids.
    fn ids(&self, conn: &Connection) -> Result<Vec<i64>, StoreError> {
        let sql = format!("SELECT a.id FROM article a WHERE {}", self.condition);
        Ok(conn
            .prepare_cached(&sql)?
            .query_map(params_from_iter(self.params.iter()), |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?)
    }

    /// The articles `ids`, passed to SQLite as one JSON array.
    fn of_ids(ids: &[i64]) -> MatchSet {
        let json = serde_json::to_string(ids).unwrap_or_else(|_| "[]".into());
        MatchSet {
            condition: "a.id IN (SELECT value FROM json_each(?1))".into(),
            params: vec![Value::from(json)],
            truncated: false,
            everything: false,
        }
    }

    fn count(&self, conn: &Connection, extra: &str) -> Result<u64, StoreError> {
        let sql = format!(
            "SELECT count(*) FROM article a WHERE {} AND {extra}",
            self.condition
        );
        Ok(conn
            .prepare_cached(&sql)?
            .query_row(params_from_iter(self.params.iter()), |r| r.get::<_, i64>(0))?
            .max(0) as u64)
    }

    /// Articles of the set with at least one row in `table` (`photo` or `annotation`,
    /// both with an indexed `article_id`). For the whole library the table's distinct
    /// article ids are counted off its index (80 ms at 1M articles), not each article
    /// probed in turn (1.1 s).
    fn count_having(&self, conn: &Connection, table: &str) -> Result<u64, StoreError> {
        if self.everything {
            let sql = format!("SELECT count(*) FROM (SELECT DISTINCT article_id FROM {table})");
            let n: i64 = conn.prepare_cached(&sql)?.query_row([], |r| r.get(0))?;
            return Ok(n.max(0) as u64);
        }
        self.count(
            conn,
            &format!("EXISTS (SELECT 1 FROM {table} x WHERE x.article_id = a.id)"),
        )
    }

    /// Each tag counts the set's articles carrying it or any of its sub-tags, once each,
    /// most frequent first.
    ///
    /// Counted here rather than in SQL: the set's taggings are read in article order (the
    /// primary key of `article_tag`), and each article adds one to every tag at or above
    /// its tags, once. SQL's `count(DISTINCT article) … GROUP BY tag` over (tagging,
    /// ancestor) pairs sorted every pair first: 1.9 s over 1M articles' taggings. A tag
    /// is above another as the list's tag filter has it: its path, or its path and `/`
    /// beginning the other's, ignoring ASCII case.
    fn tags(&self, conn: &Connection) -> Result<Vec<FacetValue>, StoreError> {
        count_tags(conn, &self.in_set("at.article_id"), &self.params, |_| true)
    }

    /// Counts per value of an expression over `a`, most frequent first.
    fn group(&self, conn: &Connection, expression: &str) -> Result<Vec<FacetValue>, StoreError> {
        let sql = format!(
            "SELECT value, value, n, NULL FROM (
                 SELECT {expression} AS value, count(*) AS n FROM article a
                  WHERE {} AND {expression} IS NOT NULL AND {expression} <> ''
                  GROUP BY 1)
              ORDER BY n DESC, value LIMIT {FACET_VALUES}",
            self.condition,
        );
        self.rows(conn, &sql)
    }

    /// Articles per language by [`primary_language`]: counted per stored tag over the
    /// language index as the other value facets are, then `en-US` added to `en` (grouping
    /// by the primary subtag in SQL took 99 ms instead of 28 ms over 100k articles).
    fn languages(&self, conn: &Connection) -> Result<Vec<FacetValue>, StoreError> {
        let sql = format!(
            "SELECT a.language, a.language, count(*), NULL FROM article a
              WHERE {} AND a.language IS NOT NULL AND a.language <> ''
              GROUP BY 1",
            self.condition,
        );
        let mut counts: HashMap<String, u64> = HashMap::new();
        for tag in self.rows(conn, &sql)? {
            if let Some(primary) = primary_language(&tag.value) {
                *counts.entry(primary.to_owned()).or_default() += tag.count;
            }
        }
        Ok(most_frequent(facet_values(counts)))
    }

    /// Articles per publication year, newest first. The years are read from the
    /// `article_published_key` index's `coalesce(published, '')` in index order, which
    /// SQLite then serves from the index alone (without the library's filters): 30 ms
    /// instead of 320 ms over 100k articles, whose rows it would read otherwise.
    ///
    /// For the whole library, the years are found by skipping through that index (each
    /// year's first entry, then the first entry past that year) and each year's entries
    /// counted as one range of it, with no GROUP BY over a million rows: 0.23 s instead of
    /// 0.50 s at 1M articles.
    fn years(&self, conn: &Connection) -> Result<Vec<FacetValue>, StoreError> {
        if self.everything {
            // char(1114111) is U+10FFFF, above every character: `year || char(1114111)`
            // is past every value beginning with `year`.
            let sql = format!(
                "WITH RECURSIVE years(year) AS (
                     SELECT substr(min(coalesce(published, '')), 1, 4) FROM article
                      WHERE coalesce(published, '') > ''
                     UNION ALL
                     SELECT (SELECT substr(min(coalesce(published, '')), 1, 4) FROM article
                              WHERE coalesce(published, '') >= years.year || char(1114111))
                       FROM years WHERE years.year IS NOT NULL)
                 SELECT year, year,
                        (SELECT count(*) FROM article
                          WHERE coalesce(published, '') >= year
                            AND coalesce(published, '') < year || char(1114111)),
                        NULL
                   FROM years WHERE year IS NOT NULL
                  ORDER BY year DESC LIMIT {FACET_VALUES}"
            );
            return self.rows(conn, &sql);
        }
        let sql = format!(
            "SELECT value, value, n, NULL FROM (
                 SELECT substr(published, 1, 4) AS value, count(*) AS n FROM (
                     SELECT coalesce(a.published, '') AS published, a.id FROM article a
                      WHERE {} AND coalesce(a.published, '') > '' ORDER BY 1)
                  GROUP BY 1)
              ORDER BY value DESC LIMIT {FACET_VALUES}",
            self.condition
        );
        self.rows(conn, &sql)
    }

    /// "`column` is one of the set's articles" (nothing to check for the whole library).
    fn in_set(&self, column: &str) -> String {
        if self.everything {
            "1".to_string()
        } else {
            format!(
                "{column} IN (SELECT a.id FROM article a WHERE {})",
                self.condition
            )
        }
    }

    /// Counts from a query of `(value, label, count)` where `{in_set}` is [`Self::in_set`].
    fn joined_group(
        &self,
        conn: &Connection,
        column: &str,
        template: &str,
    ) -> Result<Vec<FacetValue>, StoreError> {
        let sql = template
            .replace("{in_set}", &self.in_set(column))
            .replace("{limit}", &FACET_VALUES.to_string());
        self.rows(conn, &sql)
    }

    fn rows(&self, conn: &Connection, sql: &str) -> Result<Vec<FacetValue>, StoreError> {
        let mut stmt = conn.prepare_cached(sql)?;
        let rows = stmt.query_map(params_from_iter(self.params.iter()), |r| {
            let value: Value = r.get(0)?;
            let value = match value {
                Value::Integer(i) => i.to_string(),
                Value::Text(t) => t,
                Value::Real(f) => f.to_string(),
                _ => String::new(),
            };
            Ok(FacetValue {
                value,
                label: r.get(1)?,
                count: r.get::<_, i64>(2)?.max(0) as u64,
                colour: r.get(3)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
    }
}

/// Tag counts over the taggings `SELECT at.article_id, at.tag_id FROM article_tag at WHERE
/// {in_set}` (with `params`) whose article `keep` accepts; see [`MatchSet::tags`].
pub(super) fn count_tags(
    conn: &Connection,
    in_set: &str,
    params: &[Value],
    keep: impl Fn(i64) -> bool,
) -> Result<Vec<FacetValue>, StoreError> {
    let tags: Vec<(i64, String, Option<String>)> = conn
        .prepare_cached("SELECT id, path, colour FROM tag")?
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?
        .collect::<rusqlite::Result<_>>()?;
    let mut by_path: HashMap<String, Vec<usize>> = HashMap::new();
    for (i, (_, path, _)) in tags.iter().enumerate() {
        by_path
            .entry(path.to_ascii_lowercase())
            .or_default()
            .push(i);
    }
    // For each tag id, the tags (by position in `tags`) at or above it.
    let above: HashMap<i64, Vec<usize>> = tags
        .iter()
        .map(|(id, path, _)| {
            let path = path.to_ascii_lowercase();
            let prefixes = path
                .match_indices('/')
                .map(|(end, _)| &path[..end])
                .chain([path.as_str()]);
            let mut above: Vec<usize> = prefixes
                .filter_map(|prefix| by_path.get(prefix))
                .flatten()
                .copied()
                .collect();
            above.sort_unstable();
            above.dedup();
            (*id, above)
        })
        .collect();

    let sql = format!(
        "SELECT at.article_id, at.tag_id FROM article_tag at WHERE {in_set} ORDER BY at.article_id"
    );
    let mut counts = vec![0u64; tags.len()];
    // The article each tag was last counted for, so an article counts once per tag.
    let mut counted_for = vec![i64::MIN; tags.len()];
    let mut stmt = conn.prepare_cached(&sql)?;
    let mut rows = stmt.query(params_from_iter(params.iter()))?;
    while let Some(row) = rows.next()? {
        let (article, tag): (i64, i64) = (row.get(0)?, row.get(1)?);
        if !keep(article) {
            continue;
        }
        for &i in above.get(&tag).into_iter().flatten() {
            if counted_for[i] != article {
                counted_for[i] = article;
                counts[i] += 1;
            }
        }
    }

    let values = tags
        .into_iter()
        .zip(counts)
        .map(|((_, path, colour), count)| FacetValue {
            value: path.clone(),
            label: path,
            count,
            colour,
        })
        .collect();
    Ok(most_frequent(values))
}

/// A count per value as facet values labelled by themselves, unordered.
pub(super) fn facet_values(counts: HashMap<String, u64>) -> Vec<FacetValue> {
    counts
        .into_iter()
        .map(|(value, count)| FacetValue {
            label: value.clone(),
            value,
            count,
            colour: None,
        })
        .collect()
}

/// Values with a count, most frequent first, then by value; at most [`FACET_VALUES`].
pub(super) fn most_frequent(mut values: Vec<FacetValue>) -> Vec<FacetValue> {
    values.retain(|v| v.count > 0);
    values.sort_by(|a, b| b.count.cmp(&a.count).then_with(|| a.value.cmp(&b.value)));
    values.truncate(FACET_VALUES as usize);
    values
}
