//! `cuttings_rank`, the FTS5 ranking function searches use: FTS5's own BM25 (same
//! formula, k1 1.2, b 0.75, the same column weights as the table's `bm25(…)` rank), except
//! that each phrase's document count, which BM25's IDF needs, is given by the caller
//! instead of counted. FTS5's `bm25()` counts it by visiting every row that holds the
//! phrase: for `"to the"` that is a positional match over every article, 60 ms at 100,000
//! articles and 680 ms at a million, paid by every search with a common word. The caller
//! estimates it from the phrase's newest matches ([`estimate_document_counts`]), a cost
//! bounded by [`COUNT_SAMPLE`] rows whatever the library's size.
//!
//! No crate wraps FTS5's auxiliary-function API, so this module reaches it through
//! `rusqlite::ffi`; all of the crate's unsafe code for it lives here.

use std::ffi::{c_int, c_void};
use std::ptr::null_mut;

use rusqlite::{ffi, Connection};

/// The function's SQL name, used as `rank MATCH 'cuttings_rank(n0, n1, …)'`.
pub const NAME: &str = "cuttings_rank";

/// Column weights, in the order of `article_fts`'s columns (title, standfirst, body,
/// authors, captions, credits, site, section, tags, notes): migration 0002's `bm25(…)`.
const WEIGHTS: [f64; 10] = [10.0, 4.0, 1.0, 3.0, 5.0, 3.0, 2.0, 2.0, 3.0, 2.0];
const K1: f64 = 1.2;
const B: f64 = 0.75;

/// How many of a phrase's newest matches are read to estimate how many articles hold it.
pub const COUNT_SAMPLE: u32 = 1000;

/// Registers [`NAME`] on a connection (every connection of a library gets it).
pub fn register(conn: &Connection) -> rusqlite::Result<()> {
    // SAFETY: `conn.handle()` is a valid open database for the call's duration; the
    // statement is finalized before returning; `api` is written by SQLite only during
    // the step, and is a pointer SQLite owns for the connection's lifetime.
    unsafe {
        let db = conn.handle();
        let mut stmt: *mut ffi::sqlite3_stmt = null_mut();
        let rc =
            ffi::sqlite3_prepare_v2(db, c"SELECT fts5(?1)".as_ptr(), -1, &mut stmt, null_mut());
        if rc != ffi::SQLITE_OK {
            return Err(rusqlite::Error::SqliteFailure(ffi::Error::new(rc), None));
        }
        let mut api: *mut ffi::fts5_api = null_mut();
        ffi::sqlite3_bind_pointer(
            stmt,
            1,
            (&mut api as *mut *mut ffi::fts5_api).cast::<c_void>(),
            c"fts5_api_ptr".as_ptr(),
            None,
        );
        ffi::sqlite3_step(stmt);
        ffi::sqlite3_finalize(stmt);
        let Some(create) = api.as_ref().and_then(|a| a.xCreateFunction) else {
            return Err(rusqlite::Error::SqliteFailure(
                ffi::Error::new(ffi::SQLITE_ERROR),
                Some("FTS5 is not available".into()),
            ));
        };
        let rc = create(api, c"cuttings_rank".as_ptr(), null_mut(), Some(rank), None);
        if rc != ffi::SQLITE_OK {
            return Err(rusqlite::Error::SqliteFailure(ffi::Error::new(rc), None));
        }
    }
    Ok(())
}

/// The `rank MATCH` argument for phrases with these (estimated) document counts.
pub fn rank_expression(document_counts: &[f64]) -> String {
    let args: Vec<String> = document_counts.iter().map(|n| format!("{n:.0}")).collect();
    if args.is_empty() {
        format!("{NAME}()")
    } else {
        format!("{NAME}({})", args.join(", "))
    }
}

/// How many articles hold each phrase (each given as its own MATCH expression), estimated
/// from its newest [`COUNT_SAMPLE`] matches: exact when it has fewer, otherwise the sample
/// scaled by how much of the library (by id, ids growing with time) the sample spans.
pub fn estimate_document_counts(
    conn: &Connection,
    phrases: &[String],
) -> rusqlite::Result<Vec<f64>> {
    estimate_with_sample(conn, phrases, COUNT_SAMPLE)
}

fn estimate_with_sample(
    conn: &Connection,
    phrases: &[String],
    sample: u32,
) -> rusqlite::Result<Vec<f64>> {
    let (rows, newest): (i64, i64) = conn.query_row(
        "SELECT (SELECT value FROM library_stat WHERE key = 'articles'),
                (SELECT coalesce(max(id), 0) FROM article)",
        [],
        |r| Ok((r.get::<_, Option<i64>>(0)?.unwrap_or(0), r.get(1)?)),
    )?;
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT count(*), min(rowid) FROM (
             SELECT rowid FROM article_fts WHERE article_fts MATCH ?1
              ORDER BY rowid DESC LIMIT {sample})"
    ))?;
    phrases
        .iter()
        .map(|phrase| {
            let (found, oldest): (i64, Option<i64>) =
                stmt.query_row([phrase], |r| Ok((r.get(0)?, r.get(1)?)))?;
            Ok(match oldest {
                Some(oldest) if found >= i64::from(sample) => {
                    let spanned = (newest - oldest + 1).max(1) as f64;
                    (found as f64 * newest.max(1) as f64 / spanned)
                        .clamp(found as f64, rows.max(found) as f64)
                }
                _ => found as f64,
            })
        })
        .collect()
}

/// An FTS5 API call's return code as a Result.
fn call(rc: c_int) -> Result<(), c_int> {
    if rc == ffi::SQLITE_OK {
        Ok(())
    } else {
        Err(rc)
    }
}

/// What a query's scoring reuses from row to row (FTS5 keeps it as the phrase's aux data).
struct QueryStats {
    idf: Vec<f64>,
    average_length: f64,
}

/// The FTS5 entry point: never unwinds into SQLite.
unsafe extern "C" fn rank(
    api: *const ffi::Fts5ExtensionApi,
    fts: *mut ffi::Fts5Context,
    ctx: *mut ffi::sqlite3_context,
    n_val: c_int,
    values: *mut *mut ffi::sqlite3_value,
) {
    let outcome = std::panic::catch_unwind(|| {
        // SAFETY: FTS5 passes a valid API table and context for the current row, and
        // `n_val` values in `values`, all alive for this call.
        unsafe { score(&*api, fts, n_val, values) }
    });
    // SAFETY: `ctx` is the live function context of this call.
    unsafe {
        match outcome {
            Ok(Ok(score)) => ffi::sqlite3_result_double(ctx, -score),
            Ok(Err(rc)) => ffi::sqlite3_result_error_code(ctx, rc),
            Err(_) => ffi::sqlite3_result_error(ctx, c"cuttings_rank failed".as_ptr(), -1),
        }
    }
}

/// BM25 of the current row, as FTS5's `bm25()` computes it (fts5_aux.c), with the
/// phrases' document counts taken from the function's arguments when given.
unsafe fn score(
    api: &ffi::Fts5ExtensionApi,
    fts: *mut ffi::Fts5Context,
    n_val: c_int,
    values: *mut *mut ffi::sqlite3_value,
) -> Result<f64, c_int> {
    let missing = ffi::SQLITE_ERROR;
    let stats: &QueryStats = {
        let get = api.xGetAuxdata.ok_or(missing)?;
        let existing = get(fts, 0).cast::<QueryStats>();
        if existing.is_null() {
            let stats = Box::new(query_stats(api, fts, n_val, values)?);
            let raw = Box::into_raw(stats);
            let set = api.xSetAuxdata.ok_or(missing)?;
            if let Err(rc) = call(set(fts, raw.cast(), Some(drop_stats))) {
                // SAFETY: FTS5 did not take ownership; reclaim it.
                drop(Box::from_raw(raw));
                return Err(rc);
            }
            &*raw
        } else {
            &*existing
        }
    };
    let mut frequency = vec![0.0f64; stats.idf.len()];
    let mut instances: c_int = 0;
    call(api.xInstCount.ok_or(missing)?(fts, &mut instances))?;
    for i in 0..instances {
        let (mut phrase, mut column, mut offset) = (0, 0, 0);
        call(api.xInst.ok_or(missing)?(
            fts,
            i,
            &mut phrase,
            &mut column,
            &mut offset,
        ))?;
        let weight = usize::try_from(column)
            .ok()
            .and_then(|c| WEIGHTS.get(c))
            .copied()
            .unwrap_or(1.0);
        if let Some(f) = usize::try_from(phrase)
            .ok()
            .and_then(|p| frequency.get_mut(p))
        {
            *f += weight;
        }
    }
    let mut length: c_int = 0;
    call(api.xColumnSize.ok_or(missing)?(fts, -1, &mut length))?;
    let norm = K1 * (1.0 - B + B * f64::from(length) / stats.average_length);
    Ok(stats
        .idf
        .iter()
        .zip(&frequency)
        .map(|(idf, f)| idf * (f * (K1 + 1.0)) / (f + norm))
        .sum())
}

/// The per-query numbers: each phrase's IDF and the average row length.
unsafe fn query_stats(
    api: &ffi::Fts5ExtensionApi,
    fts: *mut ffi::Fts5Context,
    n_val: c_int,
    values: *mut *mut ffi::sqlite3_value,
) -> Result<QueryStats, c_int> {
    let missing = ffi::SQLITE_ERROR;
    let mut rows: ffi::sqlite3_int64 = 0;
    call(api.xRowCount.ok_or(missing)?(fts, &mut rows))?;
    let mut tokens: ffi::sqlite3_int64 = 0;
    call(api.xColumnTotalSize.ok_or(missing)?(fts, -1, &mut tokens))?;
    let rows_f = (rows.max(1)) as f64;
    let average_length = (tokens as f64 / rows_f).max(1.0);
    let phrases = api.xPhraseCount.ok_or(missing)?(fts);
    let mut idf = Vec::with_capacity(usize::try_from(phrases).unwrap_or(0));
    for i in 0..phrases {
        let hits = if i < n_val {
            ffi::sqlite3_value_double(*values.offset(i as isize))
        } else {
            // Not given: count it as bm25() does.
            let mut count: i64 = 0;
            call(api.xQueryPhrase.ok_or(missing)?(
                fts,
                i,
                (&mut count as *mut i64).cast(),
                Some(count_row),
            ))?;
            count as f64
        };
        let value = ((rows_f - hits + 0.5) / (hits + 0.5)).ln();
        // Not positive (a word in most rows) or not a number (a count above the rows): as
        // bm25() does for the first, a tiny weight.
        idf.push(if value.is_nan() || value <= 0.0 {
            1e-6
        } else {
            value
        });
    }
    Ok(QueryStats {
        idf,
        average_length,
    })
}

unsafe extern "C" fn count_row(
    _api: *const ffi::Fts5ExtensionApi,
    _fts: *mut ffi::Fts5Context,
    count: *mut c_void,
) -> c_int {
    // SAFETY: `count` is the i64 `query_stats` passed in, alive during xQueryPhrase.
    unsafe { *count.cast::<i64>() += 1 };
    ffi::SQLITE_OK
}

unsafe extern "C" fn drop_stats(stats: *mut c_void) {
    if !stats.is_null() {
        // SAFETY: made by Box::into_raw in `score`, handed to FTS5 once, freed once here.
        drop(unsafe { Box::from_raw(stats.cast::<QueryStats>()) });
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::capture::ImportRequest;
    use crate::Library;

    /// `n` articles: every one says "harbour"; ids divisible by three say "storm" too, ids
    /// divisible by five say "ferry" twice.
    fn library(n: usize) -> Library {
        let lib = Library::open_in_memory().unwrap();
        for i in 1..=n {
            let storm = if i % 3 == 0 {
                " The storm closed the pier."
            } else {
                ""
            };
            let ferry = if i % 5 == 0 {
                " The ferry waited; the ferry left."
            } else {
                ""
            };
            let text = format!(
                "Harbour report number {i}\n\nThe harbour was quiet on day {i} of the season, \
                 said the people who work there every morning.{storm}{ferry}"
            );
            lib.import(ImportRequest::pasted_text(&text)).unwrap();
        }
        lib
    }

    fn ranks(conn: &Connection, fts: &str, rank: Option<&str>) -> Vec<(i64, f64)> {
        let sql = match rank {
            Some(_) => "SELECT rowid, rank FROM article_fts WHERE article_fts MATCH ?1 AND rank MATCH ?2 ORDER BY rowid",
            None => "SELECT rowid, rank FROM article_fts WHERE article_fts MATCH ?1 ORDER BY rowid",
        };
        let mut stmt = conn.prepare(sql).unwrap();
        let params: Vec<&str> = std::iter::once(fts).chain(rank).collect();
        stmt.query_map(rusqlite::params_from_iter(params), |r| {
            Ok((r.get(0)?, r.get(1)?))
        })
        .unwrap()
        .collect::<rusqlite::Result<_>>()
        .unwrap()
    }

    #[test]
    fn with_exact_counts_it_is_the_tables_bm25() {
        let lib = library(30);
        let conn = lib.reader();
        let phrases = vec!["\"harbour\"".to_string(), "\"ferry\"".to_string()];
        let fts = "\"harbour\" AND \"ferry\"";
        let counts = estimate_document_counts(&conn, &phrases).unwrap();
        assert_eq!(counts, vec![30.0, 6.0], "exact below the sample size");
        let ours = ranks(&conn, fts, Some(&rank_expression(&counts)));
        let stock = ranks(&conn, fts, None);
        assert_eq!(ours.len(), 6);
        for ((id_a, a), (id_b, b)) in ours.iter().zip(&stock) {
            assert_eq!(id_a, id_b);
            assert!((a - b).abs() < 1e-9, "{a} vs bm25 {b}");
        }
        // Without counts it counts them itself, as bm25() does.
        let counted = ranks(&conn, fts, Some("cuttings_rank()"));
        for ((_, a), (_, b)) in counted.iter().zip(&stock) {
            assert!((a - b).abs() < 1e-9);
        }
    }

    #[test]
    fn one_phrase_ranks_in_bm25s_order_whatever_its_count() {
        // Search leaves a lone phrase's count unestimated: its IDF scales every score alike.
        let lib = library(30);
        let conn = lib.reader();
        let order = |mut rows: Vec<(i64, f64)>| {
            rows.sort_by(|a, b| a.1.total_cmp(&b.1).then(b.0.cmp(&a.0)));
            rows.into_iter().map(|(id, _)| id).collect::<Vec<_>>()
        };
        for fts in ["\"harbour\"", "\"ferry\"", "\"the\""] {
            let stock = order(ranks(&conn, fts, None));
            assert!(stock.len() >= 6, "{fts}");
            for count in [1.0, 1e6] {
                let ours = order(ranks(&conn, fts, Some(&rank_expression(&[count]))));
                assert_eq!(ours, stock, "{fts} counted as {count}");
            }
        }
    }

    #[test]
    fn a_rarer_word_and_more_of_it_rank_higher() {
        let lib = library(30);
        let conn = lib.reader();
        let phrases = vec!["\"storm\"".to_string(), "\"ferry\"".to_string()];
        let counts = estimate_document_counts(&conn, &phrases).unwrap();
        let scored = ranks(
            &conn,
            "\"storm\" OR \"ferry\"",
            Some(&rank_expression(&counts)),
        );
        let score = |id: i64| scored.iter().find(|(i, _)| *i == id).unwrap().1;
        // Lower is better, as with bm25(). Ferry (6 articles, said twice) beats storm (10).
        assert!(
            score(5) < score(3),
            "ferry-only {} vs storm-only {}",
            score(5),
            score(3)
        );
        assert!(score(15) < score(5), "both words beat one");
    }

    #[test]
    fn counts_beyond_the_sample_are_scaled_from_the_span_it_covers() {
        let lib = library(60);
        let conn = lib.reader();
        let phrases = [
            "\"harbour\"".to_string(),
            "\"storm\"".into(),
            "\"ferry\"".into(),
        ];
        // A sample of 10: every article, every third (20), every fifth (12).
        let estimated = estimate_with_sample(&conn, &phrases, 10).unwrap();
        assert_eq!(estimated[0], 60.0);
        for (got, truth) in estimated[1..].iter().zip([20.0, 12.0]) {
            assert!((got - truth).abs() <= truth * 0.15, "{got} for {truth}");
        }
        // Fewer matches than the sample: counted exactly.
        let exact =
            estimate_document_counts(&conn, &[phrases[1].clone(), "\"nowhere\"".into()]).unwrap();
        assert_eq!(exact, vec![20.0, 0.0]);
    }
}
