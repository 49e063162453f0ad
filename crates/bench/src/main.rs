//! `cuttings-bench`: the home of Cuttings' benchmarks (`scripts/bench`). Each row measures
//! Cuttings and a baseline in the same process, one after the other, and prints the ratio:
//! these machines are shared and noisy, so only ratios are comparable between runs.
//!
//! Rows:
//! - `import`: importing the dev corpus (`../shared/corpus/readability/*/source.html`)
//!   into a library on disk, against a naive pipeline that stores the whole page's text
//!   with one autocommit insert per article.
//! - `thumbnails`: 400 px thumbnails of generated 9–12 MP JPEGs per CPU-second, against
//!   `image` decode + Lanczos3 + encode, with the SSIM of ours against that reference.
//! - `search` (`cuttings-bench search [--library DIR]`): latency of a fixed mix of ~60
//!   searches, Cuttings against the stock FTS5 pattern ([`search`]).
//!
//! - `startup` (`cuttings-bench startup --library DIR`): time to the first painted screen
//!   and memory of the process tree, against a hello-world Tauri window ([`startup`]).
//!
//! Tools:
//! - `generate` (`cuttings-bench generate --articles N --out DIR [--seed S]`): a
//!   synthetic library of N articles that look like the dev corpus ([`generate`]).

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

mod generate;
mod pools;
mod search;
mod startup;
mod thumbnails;
mod vocab;

use anyhow::{bail, Context, Result};
use cuttings_core::capture::ImportRequest;
use cuttings_core::Library;

/// Runs per measurement; the median is reported.
const RUNS: usize = 3;

fn main() -> Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.first().map(String::as_str) == Some("startup") {
        return startup::main(&args[1..]);
    }
    let corpus = corpus_dir()?;
    match args.first().map(String::as_str) {
        Some("generate") => return generate::main(&args[1..], &corpus),
        Some("search") => return search::main(&args[1..], &corpus),
        Some(other) => {
            bail!(
                "unknown subcommand {other}: generate, search, startup, or none for the speed rows"
            )
        }
        None => {}
    }
    let pages = load_pages(&corpus)?;
    println!(
        "Cuttings benchmarks ({} runs each, median; ratio > 1 means Cuttings is faster)\n",
        RUNS
    );
    println!(
        "{:<44} {:>16} {:>16} {:>8}",
        "benchmark", "cuttings", "baseline", "ratio"
    );
    let ours = median(|| import_with_cuttings(&pages))?;
    let base = median(|| import_naive(&pages))?;
    let rate = |d: Duration| pages.len() as f64 / d.as_secs_f64();
    println!(
        "{:<44} {:>10.1} art/s {:>10.1} art/s {:>7.2}×",
        format!("import dev corpus, saved HTML ({} pages)", pages.len()),
        rate(ours),
        rate(base),
        rate(ours) / rate(base)
    );
    thumbnails::run()?.print();
    println!(
        "\nbaseline: whole-page text (dom_query), one autocommit INSERT per article, same pragmas"
    );
    Ok(())
}

/// `CUTTINGS_CORPUS`, else `../shared/corpus` beside the repository.
fn corpus_dir() -> Result<PathBuf> {
    if let Some(dir) = std::env::var_os("CUTTINGS_CORPUS") {
        return Ok(PathBuf::from(dir));
    }
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/corpus");
    if !root.is_dir() {
        bail!("no corpus at {}: set CUTTINGS_CORPUS", root.display());
    }
    Ok(root)
}

fn load_pages(corpus: &Path) -> Result<Vec<(String, Vec<u8>)>> {
    let dir = corpus.join("readability");
    let mut pages = Vec::new();
    for entry in
        std::fs::read_dir(&dir).with_context(|| format!("{}: cannot read", dir.display()))?
    {
        let path = entry?.path().join("source.html");
        if path.is_file() {
            pages.push((path.display().to_string(), std::fs::read(&path)?));
        }
    }
    pages.sort();
    if pages.is_empty() {
        bail!("{}: no source.html pages", dir.display());
    }
    Ok(pages)
}

fn median(mut run: impl FnMut() -> Result<Duration>) -> Result<Duration> {
    let mut times = (0..RUNS).map(|_| run()).collect::<Result<Vec<_>>>()?;
    times.sort();
    Ok(times[RUNS / 2])
}

fn import_with_cuttings(pages: &[(String, Vec<u8>)]) -> Result<Duration> {
    let dir = tempfile::tempdir()?;
    let library = Library::open(dir.path())?;
    let start = Instant::now();
    let mut captured = 0;
    for (name, bytes) in pages {
        // Pages that share a canonical URL become captures of one article.
        library.import(ImportRequest::file(name.clone(), bytes.clone()))?;
        captured += 1;
    }
    let elapsed = start.elapsed();
    if captured != pages.len() {
        bail!("cuttings captured {captured} of {} pages", pages.len());
    }
    Ok(elapsed)
}

fn import_naive(pages: &[(String, Vec<u8>)]) -> Result<Duration> {
    let dir = tempfile::tempdir()?;
    let conn = rusqlite::Connection::open(dir.path().join("naive.sqlite"))?;
    conn.pragma_update(None, "journal_mode", "WAL")?;
    conn.pragma_update(None, "synchronous", "FULL")?;
    conn.execute(
        "CREATE TABLE page (id INTEGER PRIMARY KEY, name TEXT, text TEXT)",
        [],
    )?;
    let start = Instant::now();
    for (name, bytes) in pages {
        let html = String::from_utf8_lossy(bytes);
        let text = dom_query::Document::from(html.as_ref())
            .select("body")
            .text()
            .to_string();
        conn.execute(
            "INSERT INTO page (name, text) VALUES (?1, ?2)",
            (name, text),
        )?;
    }
    Ok(start.elapsed())
}
