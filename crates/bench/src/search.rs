//! `search` row: latency of ~60 searches over a (generated) library, Cuttings' search
//! beside the stock FTS5 pattern.
//!
//! `cuttings-bench search [--library DIR] [--articles N] [--runs R]`
//!
//! - Library: `--library DIR`, else `<target>/bench-library-<N>` (N = `--articles`,
//!   default 100,000; `<target>` = `CARGO_TARGET_DIR`, else the workspace's `target/`),
//!   generated with seed 1 by [`crate::generate`] when it does not exist yet.
//! - Queries ([`queries`]): a fixed mix picked deterministically from the corpus's word
//!   table (by frequency rank), the generator's made-up tail nouns (by Zipf rank) and the
//!   topic names and phrases the generator plants at known rates: common, mid-frequency
//!   and rare words, known names (with and without diacritics), two- and three-word ANDs,
//!   phrases, and prefixes (2 and 3 letters are in the index's prefix index; longer ones
//!   are not).
//! - Baseline: the stock FTS5 pattern on a plain read-only connection,
//!   `SELECT rowid, snippet(article_fts, -1, '[', ']', '…', 16) FROM article_fts
//!   WHERE article_fts MATCH ?1 ORDER BY rank LIMIT 20` in a subquery, joined to
//!   `article` for titles.
//! - Cuttings: `Library::list(&ListQuery { search, .. }, None, 20)` (relevance order,
//!   first page) with the same query in the search syntax of docs/search.md, through
//!   its own `Library` on the same folder.
//! - Each query runs `--runs` times (default 5) after one warm-up run; reported: p50 and
//!   p99 in ms over all runs, per kind of query and overall, and the ratio.
//! - Then the list without a search ([`list_pages`]): the first page and the last page
//!   (End) of each order against `LIMIT … OFFSET count − 100`, and the sidebar's facet
//!   counts of the whole library.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use anyhow::{bail, Context, Result};
use rusqlite::{Connection, OpenFlags};

use crate::generate;
use crate::vocab::{tail_word, Corpus};
use cuttings_core::library::DATABASE_FILE;
use cuttings_core::model::{Filter, ListQuery, SortOrder};
use cuttings_core::search::facets::FacetRecipe;
use cuttings_core::Library;

/// One benchmark query, in both syntaxes.
#[derive(Debug, Clone)]
pub struct Query {
    /// rare, common, mid, name, and2, and3, phrase, prefix.
    pub kind: &'static str,
    /// FTS5 MATCH syntax.
    pub fts: String,
    /// Cuttings' search syntax (docs/search.md).
    pub user: String,
}

impl Query {
    fn words(kind: &'static str, words: &[&str]) -> Query {
        Query {
            kind,
            fts: words.iter().map(|w| quote(w)).collect::<Vec<_>>().join(" "),
            user: words
                .iter()
                .map(|w| {
                    if needs_quotes(w) {
                        quote(w)
                    } else {
                        w.to_string()
                    }
                })
                .collect::<Vec<_>>()
                .join(" "),
        }
    }

    fn phrase(text: &str) -> Query {
        Query {
            kind: "phrase",
            fts: quote(text),
            user: quote(text),
        }
    }

    fn prefix(stem: &str) -> Query {
        Query {
            kind: "prefix",
            fts: format!("{}*", quote(stem)),
            user: format!("{stem}*"),
        }
    }
}

fn quote(text: &str) -> String {
    format!("\"{}\"", text.replace('"', "\"\""))
}

fn needs_quotes(word: &str) -> bool {
    !word.chars().all(char::is_alphanumeric)
}

/// The fixed query mix, from the corpus's English word table and the generator's tail.
pub fn queries(corpus: &Corpus) -> Vec<Query> {
    let en = corpus.english();
    let w = |rank: usize| en.word(rank).to_string();
    let tail = |rank: u64| tail_word(rank);
    let mut q = Vec::new();
    for rank in [0, 2, 5, 10, 20, 50, 100, 200] {
        q.push(Query::words("common", &[&w(rank)]));
    }
    for rank in [500, 800, 1_200, 2_000, 3_000, 4_000, 6_000, 8_000] {
        q.push(Query::words("mid", &[&w(rank)]));
    }
    let last = en.len() - 1;
    for word in [
        w(last),
        w(last - 500),
        tail(100),
        tail(1_000),
        tail(10_000),
        tail(100_000),
        tail(1_000_000),
        "Zyxwvutsrq".to_string(),
    ] {
        q.push(Query::words("rare", &[&word]));
    }
    for name in [
        "Kosovo",
        "Vučić",
        "Vucic",
        "Pristina",
        "Kurti",
        "Mitrovica",
        "Zelensky",
    ] {
        q.push(Query::words("name", &[name]));
    }
    for pair in [
        [w(600), w(3)],
        [w(1_500), w(2_500)],
        [w(5_000), w(7_000)],
        [tail(1_000), w(1)],
        ["Kosovo".into(), "Serbia".into()],
        ["inflation".into(), "rates".into()],
        ["Vučić".into(), "Kurti".into()],
        [w(40), w(60)],
    ] {
        q.push(Query::words("and2", &[&pair[0], &pair[1]]));
    }
    for triple in [
        [w(300), w(30), w(3)],
        [w(1_000), w(2_000), w(3_000)],
        ["Kosovo".into(), "Serbia".into(), w(900)],
        ["climate".into(), "change".into(), "emissions".into()],
        [w(15), w(25), w(35)],
        [tail(500), w(8), w(80)],
    ] {
        q.push(Query::words("and3", &[&triple[0], &triple[1], &triple[2]]));
    }
    for phrase in [
        "climate change".to_string(),
        "central bank".into(),
        "interest rates".into(),
        "European Central Bank".into(),
        "Albin Kurti".into(),
        "opposition leader".into(),
        format!("{} {}", w(1), w(0)),
        format!("{} {}", w(400), w(700)),
    ] {
        q.push(Query::phrase(&phrase));
    }
    let stem = |word: String, n: usize| word.chars().take(n).collect::<String>().to_lowercase();
    for prefix in [
        "kos".to_string(),
        "vu".into(),
        "pri".into(),
        "cli".into(),
        "co".into(),
        stem(w(1_000), 3),
        stem(w(2_000), 4),
        "internation".into(),
    ] {
        q.push(Query::prefix(&prefix));
    }
    q
}

/// Options of `search`.
struct Options {
    library: Option<PathBuf>,
    articles: u64,
    runs: usize,
    /// Only the sidebar's facet counts (`--facets-only`).
    facets_only: bool,
}

fn parse(args: &[String]) -> Result<Options> {
    let mut options = Options {
        library: None,
        articles: 100_000,
        runs: 5,
        facets_only: false,
    };
    let mut it = args.iter();
    while let Some(arg) = it.next() {
        let mut value = || it.next().with_context(|| format!("{arg} needs a value"));
        match arg.as_str() {
            "--library" => options.library = Some(PathBuf::from(value()?)),
            "--articles" => options.articles = value()?.replace('_', "").parse()?,
            "--runs" => options.runs = value()?.parse::<usize>()?.max(1),
            "--facets-only" => options.facets_only = true,
            other => bail!("search: unknown argument {other}"),
        }
    }
    Ok(options)
}

/// `cuttings-bench search …`.
pub fn main(args: &[String], corpus_root: &Path) -> Result<()> {
    let options = parse(args)?;
    let dir = match &options.library {
        Some(dir) => dir.clone(),
        None => {
            let target = std::env::var_os("CARGO_TARGET_DIR")
                .map(PathBuf::from)
                .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../../target"));
            let dir = target.join(format!("bench-library-{}", options.articles));
            if !dir.join(DATABASE_FILE).exists() {
                eprintln!(
                    "generating {} articles into {}",
                    options.articles,
                    dir.display()
                );
                let report = generate::generate(
                    &generate::Options {
                        articles: options.articles,
                        out: dir.clone(),
                        seed: 1,
                        images: generate::IMAGE_POOL,
                    },
                    corpus_root,
                )?;
                report.print();
            }
            dir
        }
    };
    if !dir.join(DATABASE_FILE).is_file() {
        bail!("{}: no library.sqlite", dir.display());
    }
    if options.facets_only {
        return facet_counts(&Library::open(&dir)?, options.runs);
    }
    let corpus = Corpus::load(corpus_root)?;
    let queries = queries(&corpus);
    run(&dir, &queries, options.runs)
}

/// Measures every query with both engines and prints the row.
pub fn run(dir: &Path, queries: &[Query], runs: usize) -> Result<()> {
    let conn = Connection::open_with_flags(
        dir.join(DATABASE_FILE),
        OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )?;
    let lib = Library::open(dir)?;
    let articles: i64 = conn.query_row("SELECT count(*) FROM article", [], |r| r.get(0))?;
    println!(
        "search over {} ({} articles), {} queries × {} runs after a warm-up\n",
        dir.display(),
        articles,
        queries.len(),
        runs
    );
    println!(
        "{:<7} {:<34} {:>9} {:>5} {:>10} {:>10}",
        "kind", "query (FTS5)", "matches", "top", "stock ms", "cuttings"
    );
    let mut stock_all: Vec<(&str, Duration)> = Vec::new();
    let mut ours_all: Vec<(&str, Duration)> = Vec::new();
    for q in queries {
        let matches: i64 = conn.query_row(
            "SELECT count(*) FROM article_fts WHERE article_fts MATCH ?1",
            [&q.fts],
            |r| r.get(0),
        )?;
        let mut top = 0;
        let mut times = Vec::with_capacity(runs);
        for i in 0..=runs {
            let (elapsed, n) = stock(&conn, &q.fts)?;
            top = n;
            if i > 0 {
                times.push(elapsed);
            }
        }
        let ours = measure_cuttings(&lib, q, runs);
        times.sort();
        let median = times[times.len() / 2];
        let ours_median = ours.as_ref().map(|t| {
            let mut t = t.clone();
            t.sort();
            t[t.len() / 2]
        });
        println!(
            "{:<7} {:<34} {:>9} {:>5} {:>10.2} {:>10}",
            q.kind,
            truncate(&q.fts, 34),
            matches,
            top,
            ms(median),
            ours_median.map_or("—".to_string(), |d| format!("{:.2}", ms(d)))
        );
        stock_all.extend(times.iter().map(|&t| (q.kind, t)));
        if let Some(t) = ours {
            ours_all.extend(t.into_iter().map(|t| (q.kind, t)));
        }
    }
    println!(
        "\n{:<8} {:>12} {:>12} {:>14} {:>14} {:>8}",
        "kind", "stock p50", "stock p99", "cuttings p50", "cuttings p99", "ratio"
    );
    let mut kinds: Vec<&str> = queries.iter().map(|q| q.kind).collect();
    kinds.dedup();
    kinds.push("all");
    for kind in kinds {
        let pick = |all: &[(&str, Duration)]| -> Vec<Duration> {
            all.iter()
                .filter(|(k, _)| kind == "all" || *k == kind)
                .map(|(_, t)| *t)
                .collect()
        };
        let (s50, s99) = percentiles(pick(&stock_all));
        let ours = pick(&ours_all);
        let (o50, o99) = if ours.is_empty() {
            ("—".to_string(), "—".to_string())
        } else {
            let (a, b) = percentiles(ours);
            (format!("{:.2}", ms(a)), format!("{:.2}", ms(b)))
        };
        let ratio = match o50.parse::<f64>() {
            Ok(o) if o > 0.0 => format!("{:.2}×", ms(s50) / o),
            _ => "—".to_string(),
        };
        println!(
            "{:<8} {:>12.2} {:>12.2} {:>14} {:>14} {:>8}",
            kind,
            ms(s50),
            ms(s99),
            o50,
            o99,
            ratio
        );
    }
    println!("\nbaseline: stock FTS5 MATCH … ORDER BY rank LIMIT 20 with snippet(), joined to article; ratio = stock p50 / cuttings p50 (> 1: Cuttings faster)");
    list_pages(&lib, &conn, articles, runs)
}

/// The list without a search: its first page, its last page (the End key, through
/// `list_before`) against the usual way to reach the end (`LIMIT … OFFSET count − 100`
/// over the same index order), and the sidebar's facet counts of the whole library.
fn list_pages(lib: &Library, conn: &Connection, articles: i64, runs: usize) -> Result<()> {
    const PAGE: u32 = 100;
    println!(
        "\nlist pages of {PAGE} rows, median of {runs} runs\n{:<10} {:>12} {:>16} {:>16} {:>8}",
        "sort", "first page", "last page (End)", "OFFSET baseline", "ratio"
    );
    for (sort, order) in [
        (SortOrder::Captured, "last_captured_at DESC, id DESC"),
        (
            SortOrder::Published,
            "coalesce(published, '') DESC, id DESC",
        ),
        (SortOrder::Title, "title COLLATE NOCASE, id"),
        (
            SortOrder::Site,
            "coalesce(site_name, '') COLLATE NOCASE, id DESC",
        ),
    ] {
        let query = ListQuery {
            sort,
            ..ListQuery::default()
        };
        let first = median_time(runs, || {
            lib.list(&query, None, PAGE)?;
            Ok(())
        })?;
        let last = median_time(runs, || {
            lib.list_before(&query, None, PAGE)?;
            Ok(())
        })?;
        let offset = (articles - i64::from(PAGE)).max(0);
        let sql =
            format!("SELECT id, title FROM article ORDER BY {order} LIMIT {PAGE} OFFSET {offset}");
        let baseline = median_time(runs, || {
            let mut stmt = conn.prepare_cached(&sql)?;
            let rows = stmt.query_map([], |r| r.get::<_, i64>(0))?;
            std::hint::black_box(rows.count());
            Ok(())
        })?;
        println!(
            "{:<10} {:>9.2} ms {:>13.2} ms {:>13.2} ms {:>7.1}×",
            format!("{sort:?}").to_lowercase(),
            ms(first),
            ms(last),
            ms(baseline),
            ms(baseline) / ms(last).max(1e-6)
        );
    }
    println!(
        "\nbaseline: SELECT id, title … ORDER BY the same key LIMIT {PAGE} OFFSET count − {PAGE}, which walks every row above; ratio = baseline / last page"
    );
    facet_counts(lib, runs)
}

/// The median of `runs` runs of `work` after a warm-up; `work` returns the time of the
/// part that is measured.
fn median_of(runs: usize, mut work: impl FnMut() -> Result<Duration>) -> Result<Duration> {
    work()?; // warm-up
    let mut times = Vec::with_capacity(runs);
    for _ in 0..runs {
        times.push(work()?);
    }
    times.sort();
    Ok(times[times.len() / 2])
}

/// The median time `work` takes over `runs` runs after a warm-up.
fn median_time(runs: usize, mut work: impl FnMut() -> Result<()>) -> Result<Duration> {
    median_of(runs, || {
        let start = Instant::now();
        work()?;
        Ok(start.elapsed())
    })
}

/// The sidebar's counts. The whole library's are kept between sessions (facet_cache), so
/// they are timed both counted (the kept ones dropped first: the first start after a
/// change) and read back (every other start); a search's are always counted.
fn facet_counts(lib: &Library, runs: usize) -> Result<()> {
    let writer = Connection::open(lib.dir().join(DATABASE_FILE))?;
    let counted = median_of(runs, || {
        writer.execute("DELETE FROM facet_cache", [])?;
        let start = Instant::now();
        lib.facets(&ListQuery::default())?;
        Ok(start.elapsed())
    })?;
    let kept = median_time(runs, || {
        lib.facets(&ListQuery::default())?;
        Ok(())
    })?;
    let searched = ListQuery {
        search: "kosovo".into(),
        ..ListQuery::default()
    };
    let search_facets = median_time(runs, || {
        lib.facets(&searched)?;
        Ok(())
    })?;
    println!(
        "\nfacets (sidebar counts, info: no baseline): whole library counted {:.1} ms, \
         whole library kept from the last count {:.2} ms, search \"kosovo\" {:.1} ms",
        ms(counted),
        ms(kept),
        ms(search_facets)
    );
    // Clicking tags, a site and a year in the sidebar: the counts of their articles,
    // against SQL under the filter's conditions (the recipe before facet_walk).
    let whole = lib.facets(&ListQuery::default())?;
    let mut clicks: Vec<(String, u64, Filter)> = Vec::new();
    // The biggest tag and the smallest one listed.
    for tag in whole.tags.first().into_iter().chain(whole.tags.last()) {
        let filter = Filter {
            tags: vec![tag.value.clone()],
            ..Filter::default()
        };
        clicks.push((format!("tag {}", tag.value), tag.count, filter));
    }
    if let Some(site) = whole.sites.last() {
        let filter = Filter {
            sites: vec![site.value.clone()],
            ..Filter::default()
        };
        clicks.push((format!("site {}", site.value), site.count, filter));
    }
    if let Some(year) = whole.published_years.first() {
        let filter = Filter {
            published_from: Some(year.value.clone()),
            published_to: Some(year.value.clone()),
            ..Filter::default()
        };
        clicks.push((format!("year {}", year.value), year.count, filter));
    }
    // Filters without a tag: has photos, has notes, the biggest and smallest collections,
    // the commonest credit; and a tag combined with a site.
    clicks.push((
        "has photos".into(),
        whole.with_photos,
        Filter {
            has_photos: Some(true),
            ..Filter::default()
        },
    ));
    clicks.push((
        "has notes".into(),
        whole.with_annotations,
        Filter {
            has_annotations: Some(true),
            ..Filter::default()
        },
    ));
    for collection in whole
        .collections
        .first()
        .into_iter()
        .chain(whole.collections.last())
    {
        if let Ok(id) = collection.value.parse::<i64>() {
            clicks.push((
                format!("collection {}", collection.label),
                collection.count,
                Filter {
                    collection: Some(id),
                    ..Filter::default()
                },
            ));
        }
    }
    // Filters whose count the whole library's facets do not give.
    let counted = |filter: &Filter| -> Result<u64> {
        let query = ListQuery {
            filter: filter.clone(),
            ..ListQuery::default()
        };
        Ok(lib.facets(&query)?.total)
    };
    if let (Some(tag), Some(site)) = (whole.tags.first(), whole.sites.first()) {
        let filter = Filter {
            tags: vec![tag.value.clone()],
            sites: vec![site.value.clone()],
            ..Filter::default()
        };
        let label = format!("tag {} + site {}", tag.value, site.value);
        clicks.push((label, counted(&filter)?, filter));
    }
    let credit = Filter {
        credit: Some("Reuters".into()),
        ..Filter::default()
    };
    clicks.push(("credit Reuters".into(), counted(&credit)?, credit));
    println!(
        "{:<34} {:>9} {:>12} {:>16} {:>8}   (info: over ids, index walk; first page, gallery)",
        "facets of a filter", "articles", "cuttings", "SQL conditions", "ratio"
    );
    for (label, count, filter) in clicks {
        let query = ListQuery {
            filter,
            ..ListQuery::default()
        };
        let time = |recipe: FacetRecipe| {
            median_time(runs, || {
                lib.facets_by(&query, recipe)?;
                Ok(())
            })
        };
        let (ours, baseline) = (time(FacetRecipe::Auto)?, time(FacetRecipe::Conditions)?);
        let (ids, walk) = (time(FacetRecipe::Ids)?, time(FacetRecipe::Walk)?);
        let first_page = median_time(runs, || {
            lib.list(&query, None, 100)?;
            Ok(())
        })?;
        let gallery = median_time(runs, || {
            lib.photos(&query, None, 60)?;
            Ok(())
        })?;
        println!(
            "{:<34} {:>9} {:>9.1} ms {:>13.1} ms {:>7.2}×   ({:.1} ms, {:.1} ms; {:.1} ms, {:.1} ms)",
            label,
            count,
            ms(ours),
            ms(baseline),
            ms(ours) / ms(baseline).max(1e-6),
            ms(ids),
            ms(walk),
            ms(first_page),
            ms(gallery)
        );
    }
    big_site_pages(lib, runs)
}

/// The first page of the biggest site, in each order: many matches, which the list finds
/// by walking the order's index (by site, the walk would cross most of the index and gives
/// way to SQLite's plan), against SQLite's own plan (collect every match, then sort).
fn big_site_pages(lib: &Library, runs: usize) -> Result<()> {
    let whole = lib.facets(&ListQuery::default())?;
    let Some(site) = whole.sites.first() else {
        return Ok(());
    };
    let conn = Connection::open(lib.dir().join(DATABASE_FILE))?;
    println!(
        "\nfirst page of 100, site {} ({} articles)\n{:<10} {:>12} {:>16} {:>8}",
        site.value, site.count, "order", "cuttings", "SQLite's plan", "ratio"
    );
    for sort in [
        SortOrder::Captured,
        SortOrder::Published,
        SortOrder::Title,
        SortOrder::Site,
    ] {
        let query = ListQuery {
            sort,
            filter: Filter {
                sites: vec![site.value.clone()],
                ..Filter::default()
            },
            ..ListQuery::default()
        };
        let ours = median_time(runs, || {
            lib.list(&query, None, 100)?;
            Ok(())
        })?;
        let key = match sort {
            SortOrder::Published => "coalesce(a.published, '') DESC, a.id DESC",
            SortOrder::Title => "a.title COLLATE NOCASE, a.id",
            SortOrder::Site => "coalesce(a.site_name, '') COLLATE NOCASE, a.id DESC",
            _ => "a.last_captured_at DESC, a.id DESC",
        };
        let sql = format!(
            "SELECT a.id FROM article a WHERE a.site_name IN (?1) ORDER BY {key} LIMIT 101"
        );
        let baseline = median_time(runs, || {
            let mut stmt = conn.prepare_cached(&sql)?;
            let rows = stmt
                .query_map([&site.value], |r| r.get::<_, i64>(0))?
                .count();
            anyhow::ensure!(rows > 0, "no rows");
            Ok(())
        })?;
        println!(
            "{:<10} {:>9.1} ms {:>13.1} ms {:>7.2}×",
            format!("{sort:?}").to_lowercase(),
            ms(ours),
            ms(baseline),
            ms(ours) / ms(baseline).max(1e-6)
        );
    }
    Ok(())
}

/// One run of the stock pattern: elapsed time and rows.
fn stock(conn: &Connection, fts: &str) -> Result<(Duration, usize)> {
    let start = Instant::now();
    let mut stmt = conn.prepare_cached(
        "SELECT a.id, a.title, s.snip
           FROM (SELECT rowid, snippet(article_fts, -1, '[', ']', '…', 16) AS snip, rank
                   FROM article_fts WHERE article_fts MATCH ?1 ORDER BY rank LIMIT 20) s
           JOIN article a ON a.id = s.rowid
          ORDER BY s.rank",
    )?;
    let rows = stmt
        .query_map([fts], |r| {
            Ok((
                r.get::<_, i64>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, String>(2)?,
            ))
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok((start.elapsed(), rows.len()))
}

/// Cuttings' search of `q.user` through `Library::list` (relevance order, first page of
/// 20), `runs` times after a warm-up. None (and a note on stderr) when Cuttings rejects
/// the query, so one query cannot stop the row.
fn measure_cuttings(lib: &Library, q: &Query, runs: usize) -> Option<Vec<Duration>> {
    let query = ListQuery {
        search: q.user.clone(),
        ..Default::default()
    };
    let mut times = Vec::with_capacity(runs);
    for i in 0..=runs {
        let start = Instant::now();
        match lib.list(&query, None, 20) {
            Ok(page) => {
                std::hint::black_box(&page);
            }
            Err(err) => {
                eprintln!("cuttings: {}: {err}", q.user);
                return None;
            }
        }
        if i > 0 {
            times.push(start.elapsed());
        }
    }
    Some(times)
}

fn percentiles(mut times: Vec<Duration>) -> (Duration, Duration) {
    times.sort();
    let at = |p: f64| times[((times.len() - 1) as f64 * p).round() as usize];
    (at(0.5), at(0.99))
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1e3
}

fn truncate(s: &str, n: usize) -> String {
    if s.chars().count() <= n {
        s.to_string()
    } else {
        s.chars().take(n - 1).chain(std::iter::once('…')).collect()
    }
}
