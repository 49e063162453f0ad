//! `generate`: a synthetic Cuttings library of N articles that look like the dev corpus,
//! for benchmarks at 100,000 and 1,000,000 articles.
//!
//! `cuttings-bench generate --articles N --out DIR [--seed S]`
//!
//! How, in phases (each is timed and reported):
//! 1. Words: [`crate::vocab::Corpus`] learns word frequencies and body and paragraph
//!    lengths from the dev corpus (`CUTTINGS_CORPUS`, else `../shared/corpus`).
//! 2. Schema: [`cuttings_core::Library::open`] creates and migrates `DIR/library.sqlite`;
//!    the library is dropped again.
//! 3. Images: ~300 small JPEG photos (smooth colour fields with shapes, varied hues) and
//!    their thumbnails (`image`'s thumbnail filter at Cuttings' size and JPEG quality, rows
//!    of version [`cuttings_core::images::THUMBNAIL_VERSION`]); the photos of every
//!    article point into this pool.
//! 4. Rows: one plain `rusqlite` connection, `synchronous=OFF`, `journal_mode=OFF` for the
//!    load (the library is written once; a crash means generating it again), secondary
//!    indexes and triggers dropped and re-created from their own `sqlite_master` SQL
//!    afterwards (building an index from sorted data beats updating it row by row),
//!    prepared statements, a transaction per [`BATCH`] articles. A second thread
//!    generates the articles while this one inserts them.
//! 5. Indexes: the dropped indexes and triggers re-created.
//! 6. Search index: [`cuttings_core::Library::rebuild_search_index`] (`article_fts` built
//!    from the record, then optimized), through the library's own connection.
//! 7. Checkpoint: `wal_checkpoint(TRUNCATE)`, so the file size reported is the real one.
//!
//! Everything random comes from one `fastrand` generator seeded with `--seed` (default 1):
//! the same seed, corpus and N give the same library. Article ids are 1..=N; captures,
//! photos and blobs are numbered in article order.
//!
//! What an article looks like: title 5–14 words (title case on a third of the sites),
//! standfirst on ~60%, body length drawn from the corpus's English body lengths (±20%,
//! 40–1,200 words, mean ~700) in paragraphs of corpus paragraph lengths, words drawn by corpus
//! frequency plus a 1% tail of made-up proper nouns (see [`crate::vocab`]); a topic on
//! ~15% ([`crate::pools::TOPICS`]) that puts its names and phrases in the text, title and
//! captions; site from ~200 with weight 1/rank; captured times increasing with the id
//! (2012–2026), published before capture (mostly within days, 30% archive reading back to
//! 2005, 10% unknown, a quarter date-only); 0–4 photos (60% have one, 3% without bytes);
//! 0–3 tags; annotations on 5%; membership in ~17 collections (3 more are saved searches).

use std::path::{Path, PathBuf};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use anyhow::{bail, Context, Result};
use image::codecs::jpeg::JpegEncoder;
use image::{Rgb, RgbImage};
use rusqlite::{params, Connection};

use crate::pools::{self, Site, Tag, Topic};
use crate::vocab::{capitalise, tail_rank, tail_word, Corpus, WordTable};
use cuttings_core::blob::sha256_hex;
use cuttings_core::images::{thumbnail_size, JPEG_QUALITY, THUMBNAIL_VERSION};
use cuttings_core::library::DATABASE_FILE;
use cuttings_core::Library;

/// Articles per transaction.
const BATCH: usize = 2_000;
/// Photos in the shared image pool.
pub const IMAGE_POOL: usize = 300;
/// Longest body, in words: a draw above it is redrawn uniformly in its upper half. The
/// corpus leans to long-form pages (median ~1,200 words, mean ~2,000); this brings the
/// mean near 700, a news article's length.
const MAX_BODY_WORDS: u32 = 1_200;
/// Share of words taken from the made-up proper-noun tail.
const TAIL_SHARE: f64 = 0.01;
/// First capture time: 2012-01-01T00:00:00Z.
const CAPTURED_FROM: i64 = 1_325_376_000;
/// Last capture time: 2026-05-01T00:00:00Z.
const CAPTURED_TO: i64 = 1_777_593_600;
/// Earliest publication: 2005-01-01T00:00:00Z.
const PUBLISHED_FROM: i64 = 1_104_537_600;
const DAY: i64 = 86_400;
const HIGHLIGHT_COLOURS: [&str; 5] = ["#ffd54f", "#81c784", "#64b5f6", "#e57373", "#ba68c8"];

/// Command-line options of `generate`.
#[derive(Debug, Clone)]
pub struct Options {
    pub articles: u64,
    pub out: PathBuf,
    pub seed: u64,
    /// Photos in the shared pool (`--images N`, default [`IMAGE_POOL`]).
    pub images: usize,
}

impl Options {
    /// Parses `--articles N --out DIR [--seed S] [--images N]`.
    pub fn parse(args: &[String]) -> Result<Options> {
        let mut articles = None;
        let mut out = None;
        let mut seed = 1;
        let mut images = IMAGE_POOL;
        let mut it = args.iter();
        while let Some(arg) = it.next() {
            let mut value = || it.next().with_context(|| format!("{arg} needs a value"));
            match arg.as_str() {
                "--articles" => articles = Some(value()?.replace('_', "").parse()?),
                "--out" => out = Some(PathBuf::from(value()?)),
                "--seed" => seed = value()?.parse()?,
                "--images" => images = value()?.parse()?,
                other => bail!("generate: unknown argument {other}"),
            }
        }
        Ok(Options {
            articles: articles.context("generate: --articles N is required")?,
            out: out.context("generate: --out DIR is required")?,
            seed,
            images: images.max(1),
        })
    }
}

/// What was generated and how long each phase took.
#[derive(Debug, Default)]
pub struct Report {
    pub phases: Vec<(&'static str, Duration)>,
    pub articles: u64,
    pub words: u64,
    pub captures: u64,
    pub photos: u64,
    pub tags: u64,
    pub annotations: u64,
    pub collection_rows: u64,
    /// Articles of each topic, by topic name.
    pub topics: Vec<(&'static str, u64)>,
    pub file_bytes: u64,
    /// What the word tables were learnt from.
    pub corpus: String,
}

impl Report {
    /// Prints the report.
    pub fn print(&self) {
        println!("{}", self.corpus);
        println!(
            "{} articles ({:.0} words on average), {} captures, {} photos, {} article tags, {} annotations, {} collection rows",
            self.articles,
            self.words as f64 / self.articles.max(1) as f64,
            self.captures,
            self.photos,
            self.tags,
            self.annotations,
            self.collection_rows
        );
        let topics: Vec<String> = self
            .topics
            .iter()
            .map(|(name, n)| format!("{name} {n}"))
            .collect();
        println!("articles per topic: {}", topics.join(", "));
        let total: Duration = self.phases.iter().map(|(_, d)| *d).sum();
        for (name, d) in &self.phases {
            println!("  {:<28} {:>9.1} s", name, d.as_secs_f64());
        }
        println!("  {:<28} {:>9.1} s", "total", total.as_secs_f64());
        println!(
            "library.sqlite: {:.2} GB ({} bytes)",
            self.file_bytes as f64 / 1e9,
            self.file_bytes
        );
    }
}

/// `cuttings-bench generate …`.
pub fn main(args: &[String], corpus: &Path) -> Result<()> {
    let options = Options::parse(args)?;
    let report = generate(&options, corpus)?;
    report.print();
    Ok(())
}

/// Generates the library `options.out`. Fails when it already holds a library.
pub fn generate(options: &Options, corpus: &Path) -> Result<Report> {
    let path = options.out.join(DATABASE_FILE);
    if path.exists() {
        bail!("{} exists: generate into a new folder", path.display());
    }
    let mut report = Report {
        articles: options.articles,
        ..Report::default()
    };
    let mut phase = Phase::new();

    let corpus = Corpus::load(corpus)?;
    report.corpus = corpus.summary();
    phase.done(&mut report, "words from the corpus");

    drop(Library::open(&options.out)?);
    phase.done(&mut report, "schema (Library::open)");

    let images = image_pool(options.seed, options.images)?;
    phase.done(&mut report, "image pool + thumbnails");

    let conn = Connection::open(&path)?;
    conn.pragma_update(None, "journal_mode", "OFF")?;
    conn.pragma_update(None, "synchronous", "OFF")?;
    conn.pragma_update(None, "cache_size", -512_000)?;
    conn.pragma_update(None, "temp_store", "MEMORY")?;
    let deferred = drop_indexes(&conn)?;
    let tags = pools::tags();
    insert_fixed(&conn, &images, &tags)?;
    insert_articles(&conn, options, &corpus, &images, &tags, &mut report)?;
    phase.done(&mut report, "articles (generate + insert)");

    for sql in &deferred {
        conn.execute_batch(sql)?;
    }
    // The article count the triggers keep (they were dropped during the load).
    conn.execute(
        "UPDATE library_stat SET value = (SELECT count(*) FROM article) WHERE key = 'articles'",
        [],
    )?;
    phase.done(&mut report, "secondary indexes");
    conn.pragma_update(None, "journal_mode", "WAL")?;
    drop(conn);

    let library = Library::open(&options.out)?;
    let indexed = library.rebuild_search_index()?;
    drop(library);
    if indexed != options.articles {
        bail!(
            "search index has {indexed} rows for {} articles",
            options.articles
        );
    }
    phase.done(&mut report, "search index (rebuild)");

    let conn = Connection::open(&path)?;
    conn.query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()))?;
    drop(conn);
    phase.done(&mut report, "checkpoint");
    report.file_bytes = std::fs::metadata(&path)?.len();
    Ok(report)
}

/// Times consecutive phases.
struct Phase(Instant);

impl Phase {
    fn new() -> Phase {
        Phase(Instant::now())
    }

    fn done(&mut self, report: &mut Report, name: &'static str) {
        let elapsed = self.0.elapsed();
        eprintln!("{name}: {:.1} s", elapsed.as_secs_f64());
        report.phases.push((name, elapsed));
        self.0 = Instant::now();
    }
}

/// Drops the secondary indexes and the triggers of the tables the load fills; returns
/// the SQL that re-creates them, in their original order.
fn drop_indexes(conn: &Connection) -> Result<Vec<String>> {
    let mut stmt = conn.prepare(
        "SELECT type, name, sql FROM sqlite_schema
          WHERE type IN ('index', 'trigger') AND sql IS NOT NULL
            AND tbl_name NOT LIKE 'article_fts%'
          ORDER BY type = 'trigger', rowid",
    )?;
    let rows = stmt
        .query_map([], |r| {
            Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?, r.get(2)?))
        })?
        .collect::<rusqlite::Result<Vec<(String, String, String)>>>()?;
    for (kind, name, _) in &rows {
        conn.execute_batch(&format!("DROP {} \"{}\"", kind.to_uppercase(), name))?;
    }
    Ok(rows.into_iter().map(|(_, _, sql)| sql).collect())
}

/// One photo of the shared pool.
struct PoolImage {
    blob_id: i64,
    width: u32,
    height: u32,
    jpeg: Vec<u8>,
    thumb_width: u32,
    thumb_height: u32,
    thumb: Vec<u8>,
}

/// The shared photos: blob ids 1..=`count`.
fn image_pool(seed: u64, count: usize) -> Result<Vec<PoolImage>> {
    const SIZES: [(u32, u32); 4] = [(640, 427), (640, 480), (480, 640), (640, 360)];
    let mut rng = fastrand::Rng::with_seed(seed ^ IMAGE_SEED);
    let mut pool = Vec::with_capacity(count);
    for i in 0..count {
        let (w, h) = SIZES[rng.usize(..SIZES.len())];
        let hue = (i as f64 * 0.618_034).fract();
        let top = hsv(hue, 0.35 + 0.3 * rng.f64(), 0.95);
        let bottom = hsv(
            (hue + 0.08).fract(),
            0.6 + 0.3 * rng.f64(),
            0.35 + 0.3 * rng.f64(),
        );
        let mut img = RgbImage::from_fn(w, h, |_, y| {
            let t = y as f64 / h as f64;
            Rgb(std::array::from_fn(|c| {
                (top[c] as f64 * (1.0 - t) + bottom[c] as f64 * t) as u8
            }))
        });
        for _ in 0..3 + rng.usize(..5) {
            let colour = hsv(rng.f64(), 0.4 + 0.5 * rng.f64(), 0.3 + 0.7 * rng.f64());
            let (cx, cy) = (rng.u32(..w) as i64, rng.u32(..h) as i64);
            let r = 20 + rng.u32(..w / 5) as i64;
            let round = rng.bool();
            for y in (cy - r).max(0)..(cy + r).min(h as i64) {
                for x in (cx - r).max(0)..(cx + r).min(w as i64) {
                    let (dx, dy) = (x - cx, y - cy);
                    if !round || dx * dx + dy * dy <= r * r {
                        img.put_pixel(x as u32, y as u32, Rgb(colour));
                    }
                }
            }
        }
        for (i, px) in img.pixels_mut().enumerate() {
            let n = (((i as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 62) as i16) - 2;
            for c in px.0.iter_mut() {
                *c = (*c as i16 + n).clamp(0, 255) as u8;
            }
        }
        let mut jpeg = Vec::new();
        JpegEncoder::new_with_quality(&mut jpeg, 85).encode_image(&img)?;
        // The thumbnail from the pixels in hand (`image`'s fast box-filter thumbnail), at
        // Cuttings' thumbnail size and JPEG quality.
        let (tw, th) = thumbnail_size(w, h);
        let small = image::imageops::thumbnail(&img, tw, th);
        let mut thumb = Vec::new();
        JpegEncoder::new_with_quality(&mut thumb, JPEG_QUALITY).encode_image(&small)?;
        pool.push(PoolImage {
            blob_id: i as i64 + 1,
            width: w,
            height: h,
            jpeg,
            thumb_width: tw,
            thumb_height: th,
            thumb,
        });
    }
    Ok(pool)
}

/// Mixed into the seed of the image pool, apart from the article stream.
const IMAGE_SEED: u64 = 0x1A6E_5EED;

/// HSV (all in 0..1) to 8-bit RGB.
fn hsv(h: f64, s: f64, v: f64) -> [u8; 3] {
    let i = (h * 6.0).floor();
    let f = h * 6.0 - i;
    let (p, q, t) = (v * (1.0 - s), v * (1.0 - f * s), v * (1.0 - (1.0 - f) * s));
    let (r, g, b) = match i as i64 % 6 {
        0 => (v, t, p),
        1 => (q, v, p),
        2 => (p, v, t),
        3 => (p, q, v),
        4 => (t, p, v),
        _ => (v, p, q),
    };
    [(r * 255.0) as u8, (g * 255.0) as u8, (b * 255.0) as u8]
}

/// The image pool, tags and collections.
fn insert_fixed(conn: &Connection, images: &[PoolImage], tags: &[Tag]) -> Result<()> {
    let tx = conn.unchecked_transaction()?;
    let created = rfc3339(CAPTURED_FROM - DAY);
    for img in images {
        tx.execute(
            "INSERT INTO blob (id, sha256, size, media_type, bytes, created_at)
             VALUES (?1, ?2, ?3, 'image/jpeg', ?4, ?5)",
            params![
                img.blob_id,
                sha256_hex(&img.jpeg),
                img.jpeg.len() as i64,
                img.jpeg,
                created
            ],
        )?;
        tx.execute(
            "INSERT INTO thumbnail (blob_id, version, width, height, bytes)
             VALUES (?1, ?2, ?3, ?4, ?5)",
            params![
                img.blob_id,
                THUMBNAIL_VERSION,
                img.thumb_width,
                img.thumb_height,
                img.thumb
            ],
        )?;
    }
    for (i, tag) in tags.iter().enumerate() {
        tx.execute(
            "INSERT INTO tag (id, path, parent_id, colour, created_at) VALUES (?1, ?2, ?3, ?4, ?5)",
            params![
                i as i64 + 1,
                tag.path,
                tag.parent.map(|p| p as i64 + 1),
                tag.colour,
                created
            ],
        )?;
    }
    for (i, (name, description, query)) in pools::COLLECTIONS.iter().enumerate() {
        tx.execute(
            "INSERT INTO collection (id, name, description, query, created_at, modified_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?5)",
            params![i as i64 + 1, name, description, query, created],
        )?;
    }
    tx.commit()?;
    Ok(())
}

/// One generated article and everything hanging off it.
struct Article {
    id: i64,
    title: String,
    standfirst: Option<String>,
    byline: Option<String>,
    authors: String,
    published: Option<String>,
    published_raw: Option<String>,
    published_date_only: bool,
    modified: Option<String>,
    modified_raw: Option<String>,
    site_name: Option<String>,
    section: String,
    section_path: Option<String>,
    genre: Option<&'static str>,
    language: Option<&'static str>,
    url: Option<String>,
    body_html: String,
    body_text: String,
    word_count: i64,
    created_at: String,
    updated_at: String,
    last_captured_at: String,
    captures: Vec<Capture>,
    photos: Vec<Photo>,
    tags: Vec<i64>,
    annotations: Vec<Annotation>,
    collections: Vec<(i64, i64)>,
    topic: Option<usize>,
}

struct Capture {
    blob_id: i64,
    bytes: Vec<u8>,
    captured_at: String,
    kind: &'static str,
    source_name: Option<&'static str>,
    requested_url: Option<String>,
    final_url: Option<String>,
    http_status: Option<i64>,
    http_headers: Option<&'static str>,
    media_type: &'static str,
}

struct Photo {
    caption: Option<String>,
    credit: Option<String>,
    alt: Option<String>,
    url: Option<String>,
    size: Option<(u32, u32)>,
    blob_id: Option<i64>,
    missing_reason: Option<&'static str>,
}

struct Annotation {
    uuid: String,
    exact: String,
    prefix: String,
    suffix: String,
    start: i64,
    end: i64,
    colour: Option<&'static str>,
    note: Option<String>,
    created_at: String,
}

/// Generates on a second thread and inserts here, a transaction per batch.
fn insert_articles(
    conn: &Connection,
    options: &Options,
    corpus: &Corpus,
    images: &[PoolImage],
    tags: &[Tag],
    report: &mut Report,
) -> Result<()> {
    let sizes: Vec<(i64, u32, u32)> = images
        .iter()
        .map(|i| (i.blob_id, i.width, i.height))
        .collect();
    let sites = pools::sites();
    let n = options.articles;
    let start = Instant::now();
    let mut topics = vec![0u64; pools::TOPICS.len()];
    std::thread::scope(|scope| -> Result<()> {
        let (send, receive) = mpsc::sync_channel::<Vec<Article>>(4);
        let (sizes, sites) = (&sizes, &sites);
        let producer = scope.spawn(move || {
            let mut generator = Generator::new(options, corpus, sizes, sites, tags);
            let mut id = 1;
            while id <= n {
                let end = (id + BATCH as u64).min(n + 1);
                let batch: Vec<Article> = (id..end).map(|i| generator.article(i as i64)).collect();
                if send.send(batch).is_err() {
                    break;
                }
                id = end;
            }
        });
        let mut done = 0u64;
        let mut next_report = n / 10;
        for batch in receive {
            let tx = conn.unchecked_transaction()?;
            for a in &batch {
                insert_article(&tx, a, report)?;
                if let Some(t) = a.topic {
                    topics[t] += 1;
                }
            }
            tx.commit()?;
            done += batch.len() as u64;
            if done >= next_report && done < n {
                eprintln!(
                    "  {done} articles, {:.0} articles/s",
                    done as f64 / start.elapsed().as_secs_f64()
                );
                next_report += n / 10;
            }
        }
        producer
            .join()
            .map_err(|_| anyhow::anyhow!("the generator thread panicked"))?;
        Ok(())
    })?;
    report.topics = pools::TOPICS.iter().map(|t| t.name).zip(topics).collect();
    Ok(())
}

fn insert_article(tx: &Connection, a: &Article, report: &mut Report) -> Result<()> {
    tx.prepare_cached(
        "INSERT INTO article (id, title, standfirst, byline, authors, published, published_raw,
            published_date_only, modified, modified_raw, modified_date_only, site_name, section,
            section_path, genre, language, url, body_html, body_text, word_count, created_at,
            updated_at, last_captured_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, 0, ?11, ?12, ?13, ?14, ?15, ?16, ?17,
                 ?18, ?19, ?20, ?21, ?22)",
    )?
    .execute(params![
        a.id,
        a.title,
        a.standfirst,
        a.byline,
        a.authors,
        a.published,
        a.published_raw,
        a.published_date_only,
        a.modified,
        a.modified_raw,
        a.site_name,
        a.section,
        a.section_path,
        a.genre,
        a.language,
        a.url,
        a.body_html,
        a.body_text,
        a.word_count,
        a.created_at,
        a.updated_at,
        a.last_captured_at
    ])?;
    report.words += a.word_count as u64;
    for c in &a.captures {
        tx.prepare_cached(
            "INSERT INTO blob (id, sha256, size, media_type, bytes, created_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        )?
        .execute(params![
            c.blob_id,
            sha256_hex(&c.bytes),
            c.bytes.len() as i64,
            c.media_type,
            c.bytes,
            c.captured_at
        ])?;
        tx.prepare_cached(
            "INSERT INTO capture (article_id, captured_at, kind, source_name, requested_url,
                final_url, http_status, http_headers, original_blob_id, media_type,
                extractor_version)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, 'bench-generator')",
        )?
        .execute(params![
            a.id,
            c.captured_at,
            c.kind,
            c.source_name,
            c.requested_url,
            c.final_url,
            c.http_status,
            c.http_headers,
            c.blob_id,
            c.media_type
        ])?;
        report.captures += 1;
    }
    for (position, p) in a.photos.iter().enumerate() {
        tx.prepare_cached(
            "INSERT INTO photo (article_id, position, caption, credit, alt, url, width, height,
                blob_id, missing_reason)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
        )?
        .execute(params![
            a.id,
            position as i64,
            p.caption,
            p.credit,
            p.alt,
            p.url,
            p.size.map(|s| s.0),
            p.size.map(|s| s.1),
            p.blob_id,
            p.missing_reason
        ])?;
        report.photos += 1;
    }
    for tag in &a.tags {
        tx.prepare_cached("INSERT INTO article_tag (article_id, tag_id) VALUES (?1, ?2)")?
            .execute(params![a.id, tag])?;
        report.tags += 1;
    }
    for n in &a.annotations {
        tx.prepare_cached(
            "INSERT INTO annotation (uuid, article_id, target, exact, prefix, suffix, start_pos,
                end_pos, colour, note, created_at, modified_at)
             VALUES (?1, ?2, 'body', ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?10)",
        )?
        .execute(params![
            n.uuid,
            a.id,
            n.exact,
            n.prefix,
            n.suffix,
            n.start,
            n.end,
            n.colour,
            n.note,
            n.created_at
        ])?;
        report.annotations += 1;
    }
    for (collection, position) in &a.collections {
        tx.prepare_cached(
            "INSERT INTO collection_article (collection_id, article_id, position)
             VALUES (?1, ?2, ?3)",
        )?
        .execute(params![collection, a.id, position])?;
        report.collection_rows += 1;
    }
    Ok(())
}

/// Draws articles, one after the other, from one seeded generator.
struct Generator<'a> {
    rng: fastrand::Rng,
    n: u64,
    corpus: &'a Corpus,
    images: &'a [(i64, u32, u32)],
    sites: &'a [Site],
    site_weights: Vec<f64>,
    tags: &'a [Tag],
    tag_weights: Vec<f64>,
    /// Membership probability and next position per collection (saved searches: 0).
    collections: Vec<(f64, i64)>,
    next_blob: i64,
}

impl<'a> Generator<'a> {
    fn new(
        options: &Options,
        corpus: &'a Corpus,
        images: &'a [(i64, u32, u32)],
        sites: &'a [Site],
        tags: &'a [Tag],
    ) -> Generator<'a> {
        const SIZES: [f64; 17] = [
            2000.0, 300.0, 250.0, 400.0, 800.0, 120.0, 150.0, 600.0, 200.0, 180.0, 500.0, 90.0,
            300.0, 60.0, 400.0, 250.0, 1500.0,
        ];
        let n = options.articles.max(1);
        let collections = pools::COLLECTIONS
            .iter()
            .enumerate()
            .map(|(i, _)| {
                let size = SIZES.get(i).copied().unwrap_or(0.0).min(n as f64 / 5.0);
                (size / n as f64, 0)
            })
            .collect();
        Generator {
            rng: fastrand::Rng::with_seed(options.seed),
            n,
            corpus,
            images,
            sites,
            site_weights: cumulative((1..=sites.len()).map(|r| 1.0 / r as f64)),
            tags,
            tag_weights: cumulative((1..=tags.len()).map(|r| 1.0 / (r as f64).powf(0.8))),
            collections,
            next_blob: images.len() as i64 + 1,
        }
    }

    fn article(&mut self, id: i64) -> Article {
        let rng = &mut self.rng.fork();
        // Captured times rise with the id; jitter stays below half a step.
        let step = (CAPTURED_TO - CAPTURED_FROM) / self.n as i64;
        let captured = CAPTURED_FROM + (id - 1) * step + rng.i64(0..(step / 2).max(1));
        let (corpus, sites) = (self.corpus, self.sites);
        let language = pick_language(rng);
        let table = corpus.table(language.unwrap_or("en"));
        let topic = {
            let pick = rng.u32(..1000);
            let mut acc = 0;
            pools::TOPICS.iter().position(|t| {
                acc += t.per_mille;
                pick < acc
            })
        };
        let topic_ref = topic.map(|t| &pools::TOPICS[t]);
        let site_index = pick_cumulative(&self.site_weights, rng);
        let site = &sites[site_index];
        let is_text = rng.u32(..100) < 20;

        let mut title = String::new();
        let title_words = 5 + rng.usize(..10);
        words(rng, table, topic_ref, title_words, &mut title);
        if let Some(t) = topic_ref.filter(|_| rng.bool()) {
            title.push_str(": ");
            title.push_str(pools::topic_term(t, rng));
        }
        let mut title = capitalise(&title);
        if site_index.is_multiple_of(3) {
            title = pools::title_case(&title);
        }
        let standfirst = (rng.u32(..100) < 60).then(|| {
            let mut s = String::new();
            let n = 15 + rng.usize(..25);
            sentence(rng, table, topic_ref, n, &mut s);
            s
        });

        let paragraphs = self.body(rng, table, topic_ref);
        let body_text = paragraphs.join("\n\n");
        let mut body_html = String::with_capacity(body_text.len() + paragraphs.len() * 8);
        for p in &paragraphs {
            body_html.push_str("<p>");
            escape_into(p, &mut body_html);
            body_html.push_str("</p>");
        }
        let word_count = body_text.split_whitespace().count() as i64;

        let author_count = match rng.u32(..100) {
            0..=19 => 0,
            20..=79 => 1,
            80..=94 => 2,
            _ => 3,
        };
        let authors: Vec<String> = (0..author_count).map(|_| pools::person(rng)).collect();
        let section: &[&str] =
            pools::SECTIONS[(site_index * 7 + rng.usize(..3)) % pools::SECTIONS.len()];
        let section_json = json_array(section.iter().copied());
        let section_path = (!section.is_empty()).then(|| section.join(" / "));

        let (published, published_raw, published_date_only) = if rng.u32(..100) < 10 {
            (None, None, false)
        } else {
            let when = if rng.u32(..100) < 70 {
                captured - rng.i64(0..3 * DAY)
            } else {
                rng.i64(PUBLISHED_FROM..captured)
            };
            let when = when - when % 60;
            if rng.u32(..100) < 25 {
                let date = rfc3339(when)[..10].to_string();
                let raw = long_date(when);
                (Some(date), Some(raw), true)
            } else {
                let raw = if rng.bool() {
                    rfc3339(when)
                } else {
                    format!("Published {}", long_date(when))
                };
                (Some(rfc3339(when)), Some(raw), false)
            }
        };
        let (modified, modified_raw) = match &published {
            Some(p) if !published_date_only && rng.u32(..100) < 30 => {
                let when = parse_rfc3339(p) + 3600 + rng.i64(0..30 * DAY);
                (Some(rfc3339(when)), Some(rfc3339(when)))
            }
            _ => (None, None),
        };

        let date_part = rfc3339(captured)[..10].replace('-', "/");
        let url = (!is_text || rng.bool()).then(|| {
            let mut slug = pools::slug(&title);
            slug.truncate(60);
            format!(
                "https://{}/{}/{}/{}-{}",
                site.domain,
                section
                    .first()
                    .map(|s| pools::slug(s))
                    .unwrap_or_else(|| "article".into()),
                date_part,
                slug.trim_end_matches('-'),
                id
            )
        });
        let site_name = (!is_text || url.is_some()).then(|| site.name.clone());

        // Captures: 2% were captured twice, the first time up to a month earlier.
        let mut captures = Vec::new();
        let first = if rng.u32(..100) < 2 {
            captured - rng.i64(DAY..30 * DAY)
        } else {
            captured
        };
        for when in if first < captured {
            vec![first, captured]
        } else {
            vec![captured]
        } {
            let blob_id = self.next_blob;
            self.next_blob += 1;
            captures.push(self.capture(
                rng,
                id,
                blob_id,
                when,
                is_text,
                &title,
                &body_text,
                url.as_deref(),
            ));
        }
        let created_at = rfc3339(first);
        let last_captured_at = rfc3339(captured);
        let updated_at = if rng.u32(..100) < 5 {
            rfc3339(captured + rng.i64(60..60 * DAY))
        } else {
            last_captured_at.clone()
        };

        let photos = self.photos(rng, table, topic_ref, site, captured, is_text);
        let tags = self.article_tags(rng, topic_ref);
        let annotations = if rng.u32(..100) < 5 {
            annotations(rng, table, &paragraphs, captured)
        } else {
            Vec::new()
        };
        let mut collections = Vec::new();
        for (c, (p, next)) in self.collections.iter_mut().enumerate() {
            let p = match (c, topic.map(|t| pools::TOPICS[t].name)) {
                (0, Some("kosovo")) | (3, Some("climate")) | (4, Some("economy")) => 0.3,
                (0 | 3 | 4, _) => *p * 0.1,
                _ => *p,
            };
            if rng.f64() < p {
                collections.push((c as i64 + 1, *next));
                *next += 1;
            }
        }

        Article {
            id,
            title,
            standfirst,
            byline: pools::byline(&authors),
            authors: json_array(authors.iter().map(String::as_str)),
            published,
            published_raw,
            published_date_only,
            modified,
            modified_raw,
            site_name,
            section: section_json,
            section_path,
            genre: pools::genre(rng),
            language,
            url,
            body_html,
            body_text,
            word_count,
            created_at,
            updated_at,
            last_captured_at,
            captures,
            photos,
            tags,
            annotations,
            collections,
            topic,
        }
    }

    /// Paragraphs of a body: length from the corpus, ±20%, 40–[`MAX_BODY_WORDS`] words.
    fn body(
        &self,
        rng: &mut fastrand::Rng,
        table: &WordTable,
        topic: Option<&Topic>,
    ) -> Vec<String> {
        let lengths = &self.corpus.body_words;
        let base = lengths[rng.usize(..lengths.len())] as f64 * (0.8 + 0.4 * rng.f64());
        let base = base as u32;
        let target = if base > MAX_BODY_WORDS {
            MAX_BODY_WORDS / 2 + rng.u32(..MAX_BODY_WORDS / 2)
        } else {
            base.max(40)
        } as usize;
        let mut paragraphs = Vec::new();
        let mut total = 0;
        while total < target {
            let para = &self.corpus.paragraph_words;
            let want = (para[rng.usize(..para.len())] as usize)
                .clamp(8, 250)
                .min(target - total + 8);
            let mut p = String::with_capacity(want * 7);
            let mut words_in = 0;
            while words_in < want {
                let n = (6 + rng.usize(..24)).min(want - words_in).max(4);
                if !p.is_empty() {
                    p.push(' ');
                }
                sentence(rng, table, topic, n, &mut p);
                words_in += n;
            }
            total += words_in;
            paragraphs.push(p);
        }
        paragraphs
    }

    #[allow(clippy::too_many_arguments)]
    fn capture(
        &self,
        rng: &mut fastrand::Rng,
        id: i64,
        blob_id: i64,
        when: i64,
        is_text: bool,
        title: &str,
        body: &str,
        url: Option<&str>,
    ) -> Capture {
        let excerpt: String = body.chars().take(120).collect();
        if is_text {
            let bytes =
                format!("{title}\n\n{excerpt}\n\n[cuttings-bench {id}/{blob_id}]\n").into_bytes();
            Capture {
                blob_id,
                bytes,
                captured_at: rfc3339(when),
                kind: "text",
                source_name: Some("pasted text"),
                requested_url: None,
                final_url: None,
                http_status: None,
                http_headers: None,
                media_type: "text/plain; charset=utf-8",
            }
        } else {
            let mut html = String::from("<!doctype html><title>");
            escape_into(title, &mut html);
            html.push_str("</title><p>");
            escape_into(&excerpt, &mut html);
            html.push_str(&format!("</p><!-- cuttings-bench {id}/{blob_id} -->\n"));
            let url = url.map(str::to_string);
            let requested = match &url {
                Some(u) if rng.u32(..100) < 15 => Some(format!("{u}?utm_source=twitter")),
                other => other.clone(),
            };
            Capture {
                blob_id,
                bytes: html.into_bytes(),
                captured_at: rfc3339(when),
                kind: "url",
                source_name: None,
                requested_url: requested,
                final_url: url,
                http_status: Some(200),
                http_headers: Some(
                    r#"[["content-type","text/html; charset=utf-8"],["server","nginx"],["cache-control","max-age=60"]]"#,
                ),
                media_type: "text/html",
            }
        }
    }

    fn photos(
        &self,
        rng: &mut fastrand::Rng,
        table: &WordTable,
        topic: Option<&Topic>,
        site: &Site,
        captured: i64,
        is_text: bool,
    ) -> Vec<Photo> {
        let count = match rng.u32(..100) {
            0..=39 => 0,
            40..=74 => 1,
            75..=86 => 2,
            87..=94 => 3,
            _ => 4,
        };
        (0..count)
            .map(|_| {
                let mut caption = String::new();
                let n = 6 + rng.usize(..16);
                sentence(rng, table, topic, n, &mut caption);
                if rng.u32(..100) < 30 {
                    caption.pop();
                    caption.push_str(&format!(
                        " in {}.",
                        pools::PLACES[rng.usize(..pools::PLACES.len())]
                    ));
                }
                if rng.u32(..100) < 40 {
                    caption.push(' ');
                    caption.push_str(&long_date(captured - rng.i64(0..5 * DAY)));
                    caption.push('.');
                }
                let alt = rng
                    .bool()
                    .then(|| caption.split(' ').take(6).collect::<Vec<_>>().join(" "));
                let missing = rng.u32(..100) < 3;
                let (blob_id, size, missing_reason) = if missing {
                    let reason = if is_text { 3 } else { rng.usize(..3) };
                    (None, None, Some(pools::MISSING_REASONS[reason]))
                } else {
                    let (b, w, h) = self.images[rng.usize(..self.images.len())];
                    (Some(b), Some((w, h)), None)
                };
                let url = (!(missing && is_text)).then(|| {
                    format!(
                        "https://{}/images/{}/{:016x}.jpg",
                        site.domain,
                        &rfc3339(captured)[..7],
                        rng.u64(..)
                    )
                });
                Photo {
                    caption: (rng.u32(..100) < 92).then_some(caption),
                    credit: pools::credit(rng),
                    alt,
                    url,
                    size,
                    blob_id,
                    missing_reason,
                }
            })
            .collect()
    }

    /// 0–3 tags: the topic's first, the others by weight 1/rank^0.8 over the tree.
    fn article_tags(&self, rng: &mut fastrand::Rng, topic: Option<&Topic>) -> Vec<i64> {
        let count = match rng.u32(..100) {
            0..=34 => 0,
            35..=69 => 1,
            70..=89 => 2,
            _ => 3,
        };
        let mut ids: Vec<i64> = Vec::new();
        if let Some(t) = topic.filter(|_| count > 0) {
            let path = t.tags[rng.usize(..t.tags.len())];
            if let Some(i) = self.tags.iter().position(|tag| tag.path == path) {
                ids.push(i as i64 + 1);
            }
        }
        while ids.len() < count {
            let id = pick_cumulative(&self.tag_weights, rng) as i64 + 1;
            if !ids.contains(&id) {
                ids.push(id);
            }
        }
        ids
    }
}

/// 1–3 highlights on the body: an exact quote of 3–25 words inside one paragraph, with
/// 32 characters of prefix and suffix and its position in characters (code points) of
/// `body_text`; some with a Markdown note.
fn annotations(
    rng: &mut fastrand::Rng,
    table: &WordTable,
    paragraphs: &[String],
    captured: i64,
) -> Vec<Annotation> {
    let mut out = Vec::new();
    let body_chars: Vec<usize> = paragraphs.iter().map(|p| p.chars().count()).collect();
    for _ in 0..1 + rng.usize(..3) {
        let pi = rng.usize(..paragraphs.len());
        let p = &paragraphs[pi];
        let spaces: Vec<usize> = p.match_indices(' ').map(|(i, _)| i).collect();
        let bounds: Vec<(usize, usize)> = std::iter::once(0)
            .chain(spaces.iter().map(|i| i + 1))
            .zip(spaces.iter().copied().chain(std::iter::once(p.len())))
            .collect();
        let first = rng.usize(..bounds.len());
        let last = (first + 2 + rng.usize(..23)).min(bounds.len() - 1);
        let (start, end) = (bounds[first].0, bounds[last].1);
        // Characters before this paragraph: earlier paragraphs and their "\n\n".
        let before: usize = body_chars[..pi].iter().map(|n| n + 2).sum();
        let start_chars = before + p[..start].chars().count();
        let exact = &p[start..end];
        let end_chars = start_chars + exact.chars().count();
        let prefix: String = {
            let head: Vec<char> = p[..start].chars().collect();
            head[head.len().saturating_sub(32)..].iter().collect()
        };
        let suffix: String = p[end..].chars().take(32).collect();
        let note = (rng.u32(..100) < 40).then(|| {
            let mut s = String::new();
            if rng.bool() {
                s.push_str("**Check:** ");
            }
            let n = 5 + rng.usize(..15);
            sentence(rng, table, None, n, &mut s);
            s
        });
        out.push(Annotation {
            uuid: uuid(rng),
            exact: exact.to_string(),
            prefix,
            suffix,
            start: start_chars as i64,
            end: end_chars as i64,
            colour: (rng.u32(..100) < 80)
                .then(|| HIGHLIGHT_COLOURS[rng.usize(..HIGHLIGHT_COLOURS.len())]),
            note,
            created_at: rfc3339(captured + rng.i64(60..90 * DAY)),
        });
    }
    out
}

/// `n` words (topic terms at the topic's density, tail nouns, corpus words), no full stop.
fn words(
    rng: &mut fastrand::Rng,
    table: &WordTable,
    topic: Option<&Topic>,
    n: usize,
    out: &mut String,
) {
    let density = topic.map_or(0.0, |t| t.density);
    for i in 0..n {
        if i > 0 {
            if i + 1 < n && rng.u32(..100) < 6 {
                out.push(',');
            }
            out.push(' ');
        }
        let r = rng.f64();
        match topic {
            Some(t) if r < density => out.push_str(pools::topic_term(t, rng)),
            _ if r < density + TAIL_SHARE => out.push_str(&tail_word(tail_rank(rng))),
            _ => out.push_str(table.sample(rng)),
        }
    }
}

/// A sentence of `n` words: capitalised, with a full stop.
fn sentence(
    rng: &mut fastrand::Rng,
    table: &WordTable,
    topic: Option<&Topic>,
    n: usize,
    out: &mut String,
) {
    let start = out.len();
    words(rng, table, topic, n, out);
    if let Some(c) = out[start..].chars().next().filter(|c| c.is_lowercase()) {
        let upper: String = c.to_uppercase().collect();
        out.replace_range(start..start + c.len_utf8(), &upper);
    }
    out.push('.');
}

fn pick_language(rng: &mut fastrand::Rng) -> Option<&'static str> {
    let mut pick = rng.u32(..100);
    for (lang, share) in pools::LANGUAGES {
        if pick < share {
            return lang;
        }
        pick -= share;
    }
    Some("en")
}

fn cumulative(weights: impl Iterator<Item = f64>) -> Vec<f64> {
    let mut sum = 0.0;
    weights
        .map(|w| {
            sum += w;
            sum
        })
        .collect()
}

fn pick_cumulative(cumulative: &[f64], rng: &mut fastrand::Rng) -> usize {
    let x = rng.f64() * cumulative[cumulative.len() - 1];
    cumulative
        .partition_point(|&c| c <= x)
        .min(cumulative.len() - 1)
}

/// A random (version 4) UUID.
fn uuid(rng: &mut fastrand::Rng) -> String {
    let hi = (rng.u64(..) & 0xFFFF_FFFF_FFFF_0FFF) | 0x4000;
    let lo = (rng.u64(..) & 0x3FFF_FFFF_FFFF_FFFF) | 0x8000_0000_0000_0000;
    format!(
        "{:08x}-{:04x}-{:04x}-{:04x}-{:012x}",
        hi >> 32,
        (hi >> 16) & 0xFFFF,
        hi & 0xFFFF,
        lo >> 48,
        lo & 0xFFFF_FFFF_FFFF
    )
}

/// A JSON array of strings.
fn json_array<'s>(items: impl Iterator<Item = &'s str>) -> String {
    let mut out = String::from("[");
    for (i, item) in items.enumerate() {
        if i > 0 {
            out.push(',');
        }
        out.push('"');
        for c in item.chars() {
            match c {
                '"' => out.push_str("\\\""),
                '\\' => out.push_str("\\\\"),
                c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
                c => out.push(c),
            }
        }
        out.push('"');
    }
    out.push(']');
    out
}

/// Appends `text` with `&`, `<` and `>` escaped.
fn escape_into(text: &str, out: &mut String) {
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            c => out.push(c),
        }
    }
}

/// Unix seconds as `YYYY-MM-DDTHH:MM:SSZ`.
fn rfc3339(secs: i64) -> String {
    let (y, m, d) = civil(secs.div_euclid(DAY));
    let s = secs.rem_euclid(DAY);
    format!(
        "{y:04}-{m:02}-{d:02}T{:02}:{:02}:{:02}Z",
        s / 3600,
        s / 60 % 60,
        s % 60
    )
}

/// `1 August 2022`.
fn long_date(secs: i64) -> String {
    let (y, m, d) = civil(secs.div_euclid(DAY));
    format!("{d} {} {y}", pools::MONTHS[m as usize - 1])
}

/// Parses what [`rfc3339`] writes.
fn parse_rfc3339(s: &str) -> i64 {
    let num = |r: std::ops::Range<usize>| s[r].parse::<i64>().unwrap_or(0);
    days_from_civil(num(0..4), num(5..7), num(8..10)) * DAY
        + num(11..13) * 3600
        + num(14..16) * 60
        + num(17..19)
}

/// Days since 1970-01-01 to (year, month, day) (H. Hinnant's algorithm).
fn civil(days: i64) -> (i64, i64, i64) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    (yoe + era * 400 + i64::from(m <= 2), m, d)
}

fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y.rem_euclid(400);
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_round_trip() {
        assert_eq!(rfc3339(CAPTURED_FROM), "2012-01-01T00:00:00Z");
        assert_eq!(rfc3339(CAPTURED_TO), "2026-05-01T00:00:00Z");
        assert_eq!(rfc3339(PUBLISHED_FROM), "2005-01-01T00:00:00Z");
        let t = 1_659_362_645;
        assert_eq!(parse_rfc3339(&rfc3339(t)), t);
        assert_eq!(long_date(t), "1 August 2022");
    }

    #[test]
    fn json_and_uuid() {
        assert_eq!(
            json_array(["News", "O\"Brien"].into_iter()),
            r#"["News","O\"Brien"]"#
        );
        let u = uuid(&mut fastrand::Rng::with_seed(3));
        assert_eq!(u.len(), 36);
        assert_eq!(&u[14..15], "4");
    }
}
