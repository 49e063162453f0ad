//! The structured part of a query as SQL conditions on `article a`: the filter panel's
//! [`Filter`] merged with the filters written in the search text (`published:`, `has:`).
//! Values are always bound parameters.

use rusqlite::types::Value;

use super::dates::DateRange;
use super::syntax::{Parsed, QueryError};
use crate::model::Filter;

/// SQL conditions over `a` (ANDed) and their parameters, numbered from `?1` in order of
/// appearance when rendered with [`Conditions::render`].
#[derive(Debug, Default, Clone)]
pub(crate) struct Conditions {
    parts: Vec<String>,
    pub(crate) params: Vec<Value>,
    /// The condition whose matches are read most cheaply from a table of their own (a
    /// collection's members, a tag's taggings, notes, photos): the place to start from
    /// when collecting the matches (see [`Conditions::ids_sql`]).
    source: Option<Source>,
    /// A condition SQLite can look up in an index of `article` (site, section, genre,
    /// language, a date range): its matches can be collected without a scan.
    indexed: bool,
    /// A site filter is among the conditions.
    pub(crate) by_site: bool,
}

/// A condition's matching ids as a query over the table that holds them (an id may come
/// more than once), ranked by how few rows that table usually gives.
#[derive(Debug, Clone)]
struct Source {
    /// Lower is preferred: a collection, then a tag, notes, a credit, photos.
    rank: u8,
    /// `SELECT article_id …` with `?` placeholders.
    sql: &'static str,
    params: Vec<Value>,
}

impl Conditions {
    /// Builds the conditions of a filter and a parsed search.
    pub(crate) fn new(filter: &Filter, parsed: &Parsed) -> Result<Conditions, QueryError> {
        let mut c = Conditions::default();
        for tag in filter.tags.iter().filter(|t| !t.trim().is_empty()) {
            let tag = tag.trim().trim_end_matches('/');
            let params = [
                Value::from(tag.to_string()),
                Value::from(format!("{}/%", like_escape(tag))),
            ];
            c.offer_source(
                1,
                "SELECT at.article_id FROM article_tag at
                  WHERE at.tag_id IN (SELECT t.id FROM tag t
                                       WHERE t.path = ? COLLATE NOCASE
                                          OR t.path LIKE ? ESCAPE '\\')",
                &params,
            );
            c.push(
                "EXISTS (SELECT 1 FROM article_tag at JOIN tag t ON t.id = at.tag_id
                  WHERE at.article_id = a.id AND (t.path = ? COLLATE NOCASE OR t.path LIKE ? ESCAPE '\\'))",
                params,
            );
        }
        c.any_of("a.site_name", &filter.sites);
        c.by_site = !filter.sites.is_empty();
        if !filter.sections.is_empty() {
            let mut alternatives = Vec::new();
            let mut params = Vec::new();
            for section in &filter.sections {
                alternatives.push("a.section_path = ? OR a.section_path LIKE ? ESCAPE '\\'");
                params.push(Value::from(section.clone()));
                params.push(Value::from(format!("{} / %", like_escape(section))));
            }
            c.push(&format!("({})", alternatives.join(" OR ")), params);
            c.indexed = true;
        }
        c.any_of("a.genre", &filter.genres);
        c.any_language_of(&filter.languages);
        let bad_date = |which: &str, message: String| QueryError {
            message: format!("{which} date {message}"),
            at: 0,
        };
        let published = DateRange::inclusive(
            filter.published_from.as_deref(),
            filter.published_to.as_deref(),
        )
        .map_err(|m| bad_date("the published", m))?
        .intersect(&parsed.published);
        c.range("coalesce(a.published, '')", &published);
        if published.from.is_none() && published.until.is_some() {
            c.push("a.published IS NOT NULL", []);
        }
        let captured = DateRange::inclusive(
            filter.captured_from.as_deref(),
            filter.captured_to.as_deref(),
        )
        .map_err(|m| bad_date("the captured", m))?
        .intersect(&parsed.captured);
        c.range("a.last_captured_at", &captured);
        match filter.has_photos.or(parsed.has_photos) {
            Some(true) => {
                // The covering (article_id, position) index.
                c.offer_source(4, "SELECT p.article_id FROM photo p", &[]);
                c.push(
                    "EXISTS (SELECT 1 FROM photo p WHERE p.article_id = a.id)",
                    [],
                )
            }
            Some(false) => c.push(
                "NOT EXISTS (SELECT 1 FROM photo p WHERE p.article_id = a.id)",
                [],
            ),
            None => {}
        }
        match filter.has_annotations.or(parsed.has_annotations) {
            Some(true) => {
                c.offer_source(2, "SELECT n.article_id FROM annotation n", &[]);
                c.push(
                    "EXISTS (SELECT 1 FROM annotation n WHERE n.article_id = a.id)",
                    [],
                )
            }
            Some(false) => c.push(
                "NOT EXISTS (SELECT 1 FROM annotation n WHERE n.article_id = a.id)",
                [],
            ),
            None => {}
        }
        if let Some(collection) = filter.collection {
            c.offer_source(
                0,
                "SELECT ca.article_id FROM collection_article ca WHERE ca.collection_id = ?",
                &[Value::from(collection)],
            );
            c.push(
                "EXISTS (SELECT 1 FROM collection_article ca
                  WHERE ca.article_id = a.id AND ca.collection_id = ?)",
                [Value::from(collection)],
            );
        }
        if let Some(credit) = filter.credit.as_deref().filter(|c| !c.trim().is_empty()) {
            let pattern = [Value::from(format!("%{}%", like_escape(credit.trim())))];
            // One pass over the photos instead of a look-up per article.
            c.offer_source(
                3,
                "SELECT p.article_id FROM photo p WHERE p.credit LIKE ? ESCAPE '\\'",
                &pattern,
            );
            c.push(
                "EXISTS (SELECT 1 FROM photo p WHERE p.article_id = a.id
                  AND p.credit LIKE ? ESCAPE '\\')",
                pattern,
            );
        }
        Ok(c)
    }

    /// A query for the ids of every matching article (some may come twice), with its
    /// parameters. With a tag, collection, credit, notes or photos filter the candidates
    /// are read from that condition's own table ([`Source`]): otherwise SQLite evaluates
    /// the condition once per article of the library (at 1M articles: 1.1 s for a tag on
    /// 2,711 of them, 2.3 s for a credit).
    pub(crate) fn ids_sql(&self) -> (String, Vec<Value>) {
        let Some(source) = &self.source else {
            return (
                format!("SELECT a.id FROM article a WHERE {}", self.render(1)),
                self.params.clone(),
            );
        };
        let mut next = 1;
        let candidates = number_placeholders(source.sql, &mut next);
        if self.parts.len() == 1 {
            // The source is the only condition: its rows are the answer.
            return (candidates, source.params.clone());
        }
        let sql = format!(
            "SELECT a.id FROM article a WHERE a.id IN ({candidates}) AND {}",
            self.render(next)
        );
        let params = source.params.iter().chain(&self.params).cloned().collect();
        (sql, params)
    }

    /// How many articles match, as far as can be told cheaply: [`Matches::Few`] with their
    /// ids when a source of candidates ([`Source`]), or else the conditions looked up
    /// through an index, gives at most `most` rows. Costs at most `most + 1` rows of each.
    pub(crate) fn matches(
        &self,
        conn: &rusqlite::Connection,
        most: usize,
    ) -> rusqlite::Result<Matches> {
        if self.parts.is_empty() {
            return Ok(Matches::All);
        }
        if let Some(source) = &self.source {
            let mut next = 1;
            let sql = number_placeholders(source.sql, &mut next);
            if let Some(ids) = at_most(conn, &sql, &source.params, most)? {
                return Ok(Matches::Few(ids));
            }
        }
        if self.indexed {
            let sql = format!("SELECT a.id FROM article a WHERE {}", self.render(1));
            if let Some(ids) = at_most(conn, &sql, &self.params, most)? {
                return Ok(Matches::Few(ids));
            }
            return Ok(Matches::Many);
        }
        Ok(if self.source.is_some() {
            Matches::Many
        } else {
            Matches::Unknown
        })
    }

    /// True when SQLite can find the matches through an index of `article` and no
    /// condition has a table of its own to start from (a tag, a collection, …).
    pub(crate) fn indexed_only(&self) -> bool {
        self.indexed && self.source.is_none()
    }

    /// Keeps `sql` as the source of candidates if it ranks before the one kept so far.
    fn offer_source(&mut self, rank: u8, sql: &'static str, params: &[Value]) {
        if self.source.as_ref().is_none_or(|kept| rank < kept.rank) {
            self.source = Some(Source {
                rank,
                sql,
                params: params.to_vec(),
            });
        }
    }

    /// True when no condition applies.
    pub(crate) fn is_empty(&self) -> bool {
        self.parts.is_empty()
    }

    /// The conditions as one SQL expression with `?NNN` placeholders numbered from `first`;
    /// `TRUE` when there are none.
    pub(crate) fn render(&self, first: usize) -> String {
        if self.parts.is_empty() {
            return "1".into();
        }
        let mut n = first;
        let out: Vec<String> = self
            .parts
            .iter()
            .map(|part| format!("({})", number_placeholders(part, &mut n)))
            .collect();
        out.join(" AND ")
    }

    fn push(&mut self, sql: &str, params: impl IntoIterator<Item = Value>) {
        self.parts.push(sql.to_string());
        self.params.extend(params);
    }

    fn any_of(&mut self, column: &str, values: &[String]) {
        if values.is_empty() {
            return;
        }
        let marks = vec!["?"; values.len()].join(", ");
        self.push(
            &format!("{column} IN ({marks})"),
            values.iter().map(|v| Value::from(v.clone())),
        );
        self.indexed = true;
    }

    /// Articles in any of `languages`, each with its regional and script variants: `en`
    /// is `en`, `en-US` and `en-GB` (the facet counts them as one, see
    /// `primary_language` in [`crate::search::facets`]); `en-US` is `en-US` alone. A range
    /// of the language index: `en-` up to `en.`, the character after the hyphen.
    fn any_language_of(&mut self, languages: &[String]) {
        if languages.is_empty() {
            return;
        }
        let mut alternatives = Vec::new();
        let mut params = Vec::new();
        for language in languages {
            alternatives.push("a.language = ? OR (a.language >= ? AND a.language < ?)");
            params.push(Value::from(language.clone()));
            params.push(Value::from(format!("{language}-")));
            params.push(Value::from(format!("{language}.")));
        }
        self.push(&format!("({})", alternatives.join(" OR ")), params);
        self.indexed = true;
    }

    fn range(&mut self, expression: &str, range: &DateRange) {
        self.indexed |= range.from.is_some() || range.until.is_some();
        if let Some(from) = &range.from {
            self.push(&format!("{expression} >= ?"), [Value::from(from.0.clone())]);
        }
        if let Some(until) = &range.until {
            self.push(&format!("{expression} < ?"), [Value::from(until.0.clone())]);
        }
    }
}

/// What [`Conditions::matches`] could tell of the matching articles.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Matches {
    /// No conditions: every article.
    All,
    /// At most the number asked for: their ids, as a JSON array.
    Few(String),
    /// More than that.
    Many,
    /// Not known without testing every article.
    Unknown,
}

/// The ids `sql` gives (its first column; repeats dropped) as a JSON array, unless it
/// gives more than `most` rows; reads at most `most + 1`.
fn at_most(
    conn: &rusqlite::Connection,
    sql: &str,
    params: &[Value],
    most: usize,
) -> rusqlite::Result<Option<String>> {
    let sql = format!("SELECT * FROM ({sql}) LIMIT {}", most + 1);
    let mut ids: Vec<i64> = conn
        .prepare_cached(&sql)?
        .query_map(rusqlite::params_from_iter(params.iter()), |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    if ids.len() > most {
        return Ok(None);
    }
    ids.sort_unstable();
    ids.dedup();
    Ok(Some(
        serde_json::to_string(&ids).unwrap_or_else(|_| "[]".into()),
    ))
}

/// `sql` with each `?` numbered (`?7`), counting on from `next`.
fn number_placeholders(sql: &str, next: &mut usize) -> String {
    let mut text = String::with_capacity(sql.len() + 8);
    for (i, piece) in sql.split('?').enumerate() {
        if i > 0 {
            text.push_str(&format!("?{next}"));
            *next += 1;
        }
        text.push_str(piece);
    }
    text
}

/// Escapes `%`, `_` and `\` for `LIKE … ESCAPE '\'`.
pub(crate) fn like_escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if matches!(c, '%' | '_' | '\\') {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::search::syntax::parse;

    #[test]
    fn placeholders_are_numbered_in_order() {
        let filter = Filter {
            sites: vec!["BBC".into(), "teleSUR".into()],
            tags: vec!["Balkans".into()],
            ..Filter::default()
        };
        let c = Conditions::new(&filter, &parse("published:2022").unwrap()).unwrap();
        let sql = c.render(3);
        assert!(
            sql.contains("t.path = ?3 COLLATE NOCASE OR t.path LIKE ?4"),
            "{sql}"
        );
        assert!(sql.contains("a.site_name IN (?5, ?6)"), "{sql}");
        assert!(sql.contains("coalesce(a.published, '') >= ?7"), "{sql}");
        assert_eq!(c.params.len(), 6);
    }

    #[test]
    fn like_wildcards_in_values_are_literal() {
        assert_eq!(like_escape("100%_a\\b"), "100\\%\\_a\\\\b");
    }

    #[test]
    fn a_bad_filter_date_is_an_error_naming_the_field() {
        let filter = Filter {
            published_from: Some("yesterday".into()),
            ..Filter::default()
        };
        let err = Conditions::new(&filter, &Parsed::default()).unwrap_err();
        assert!(err.message.contains("published"), "{}", err.message);
    }
}
