//! The photo gallery: every photo of the articles a [`ListQuery`] matches, newest photo
//! first, keyset-paged. `credit:` and `caption:` words of the search, and the filter's
//! credit, also pick which photos of a matching article are shown. Icons (a side under
//! [`ICON_SIDE`] px: a play button, a spacer, a share glyph) are not photos and are left out;
//! the reader still shows them where the article has them.

use rusqlite::types::Value;
use rusqlite::{params_from_iter, Row};

use super::filter::{like_escape, Matches};
use super::list::{parse_query, rank_floor, within_budget, FEW, ICON_SIDE, WALK_BUDGET};
use crate::images::THUMBNAIL_VERSION;
use crate::model::{ListQuery, PhotoPage, PhotoSummary};
use crate::store::StoreError;
use crate::Library;

impl Library {
    /// A page of the gallery for `query`, after the `after` token of the previous page.
    pub fn photos(
        &self,
        query: &ListQuery,
        after: Option<&str>,
        limit: u32,
    ) -> Result<PhotoPage, StoreError> {
        let limit = limit.clamp(1, super::MAX_PAGE);
        let (parsed, conditions) = parse_query(query)?;
        let after_id: Option<i64> = match after {
            None => None,
            Some(token) => Some(token.parse().map_err(|_| crate::search::QueryError {
                message: "the gallery position is not valid any more: start from the top".into(),
                at: 0,
            })?),
        };
        let conn = self.reader();
        let mut params: Vec<Value> = vec![
            Value::from(THUMBNAIL_VERSION),
            Value::from(after_id.unwrap_or(i64::MAX)),
        ];
        let mut article_condition = String::new();
        let mut many = false;
        if let Some(fts) = &parsed.fts {
            let floor = rank_floor(&conn, fts, &conditions)?;
            params.push(Value::from(fts.clone()));
            params.push(Value::from(floor));
            article_condition.push_str(
                "a.id IN (SELECT rowid FROM article_fts WHERE article_fts MATCH ?3 AND rowid >= ?4) AND ",
            );
        } else {
            match conditions.matches(&conn, FEW)? {
                // Few articles match: their photos are looked up, not every photo of the
                // library tested (8 s at 1M articles for a collection of 65).
                Matches::Few(ids) => {
                    params.push(Value::from(ids));
                    article_condition.push_str(&format!(
                        "p.article_id IN (SELECT value FROM json_each(?{})) AND ",
                        params.len()
                    ));
                }
                Matches::Many => many = true,
                Matches::All | Matches::Unknown => {}
            }
        }
        article_condition.push_str(&conditions.render(params.len() + 1));
        params.extend(conditions.params.iter().cloned());
        // A photo without stored size (missing, or a caption read from pasted text) stays.
        let mut photo_condition =
            format!("coalesce(p.width >= {ICON_SIDE} AND p.height >= {ICON_SIDE}, 1)");
        let filter_credit: Vec<String> = query
            .filter
            .credit
            .iter()
            .map(|c| c.trim().to_string())
            .filter(|c| !c.is_empty())
            .collect();
        for (column, words) in [
            ("p.credit", &parsed.credit_words),
            ("p.caption", &parsed.caption_words),
            ("p.credit", &filter_credit),
        ] {
            for word in words {
                params.push(Value::from(format!("%{}%", like_escape(word))));
                photo_condition
                    .push_str(&format!(" AND {column} LIKE ?{} ESCAPE '\\'", params.len()));
            }
        }
        let sql = |join: &str| {
            format!(
                "SELECT p.id, p.article_id, a.title, a.site_name, a.published, p.caption, p.credit,
                        p.alt, p.width, p.height, b.sha256,
                        EXISTS (SELECT 1 FROM thumbnail t WHERE t.blob_id = p.blob_id AND t.version = ?1),
                        p.url, p.missing_reason, b.size, b.media_type, a.last_captured_at,
                        p.downloaded_at
                   FROM photo p {join} article a ON a.id = p.article_id
                   LEFT JOIN blob b ON b.id = p.blob_id
                  WHERE p.id < ?2 AND {photo_condition} AND {article_condition}
                  ORDER BY p.id DESC LIMIT {}",
                limit + 1
            )
        };
        let page = |sql: &str| -> Result<Vec<PhotoSummary>, StoreError> {
            Ok(conn
                .prepare_cached(sql)?
                .query_map(params_from_iter(params.iter()), photo_summary)?
                .collect::<rusqlite::Result<Vec<_>>>()?)
        };
        // Many matching articles: the photos are walked newest first (CROSS JOIN keeps
        // them first), and a page fills soon; SQLite left to itself would collect every
        // photo of an indexed filter's articles and sort them (450 ms at 1M articles
        // for a tag and a big site). A walk past the budget gives way to SQLite's plan.
        let walked = if many {
            within_budget(&conn, WALK_BUDGET, || page(&sql("CROSS JOIN")))?
        } else {
            None
        };
        let mut items = match walked {
            Some(items) => items,
            None => page(&sql("JOIN"))?,
        };
        let next = if items.len() > limit as usize {
            items.truncate(limit as usize);
            items.last().map(|p| p.id.to_string())
        } else {
            None
        };
        Ok(PhotoPage { items, next })
    }
}

fn photo_summary(r: &Row) -> rusqlite::Result<PhotoSummary> {
    Ok(PhotoSummary {
        id: r.get(0)?,
        article_id: r.get(1)?,
        article_title: r.get(2)?,
        site_name: r.get(3)?,
        published: r.get(4)?,
        caption: r.get(5)?,
        credit: r.get(6)?,
        alt: r.get(7)?,
        width: r.get(8)?,
        height: r.get(9)?,
        sha256: r.get(10)?,
        has_thumbnail: r.get(11)?,
        url: r.get(12)?,
        missing_reason: r.get(13)?,
        size: r.get(14)?,
        media_type: r.get(15)?,
        captured_at: r.get(16)?,
        downloaded_at: r.get(17)?,
    })
}
