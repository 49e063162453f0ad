//! `cuttings-bench`: the home of Cuttings' benchmarks (`scripts/bench`). Each row measures
//! Cuttings and a baseline in the same process, one after the other, and prints the ratio:
//! these machines are shared and noisy, so only ratios are comparable between runs.
//!
//! Rows:
//! - `import` (also `cuttings-bench import` alone): importing the dev corpus
//!   (`../shared/corpus/readability/*/source.html`) into a library on disk, against naive
//!   pipelines with one autocommit insert per article ([`import`]).
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
use std::time::Duration;

mod generate;
mod import;
mod pools;
mod search;
mod startup;
mod thumbnails;
mod vocab;

use anyhow::{bail, Context, Result};

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
        Some("import") => {}
        Some(other) => {
            bail!(
                "unknown subcommand {other}: generate, import, search, startup, or none for the speed rows"
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
    import::run(&pages)?;
    if args.first().map(String::as_str) != Some("import") {
        thumbnails::run()?.print();
    }
    println!("\n{}", import::BASELINES);
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
