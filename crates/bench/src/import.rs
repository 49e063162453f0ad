//! The import row: the dev corpus's saved pages imported as a folder, the way a user
//! drops one onto the window (`Library::import_paths`), against two naive pipelines that
//! read each file, extract, and store it with one autocommit INSERT per article:
//! dom_smoothie's Readability (the baseline the capture issue names) and the page's whole
//! text (the cheapest possible extraction, for scale).

use std::path::Path;
use std::sync::atomic::AtomicBool;
use std::time::{Duration, Instant};

use anyhow::{bail, Result};
use cuttings_core::capture::Format;
use cuttings_core::Library;

use crate::median;

pub const BASELINES: &str =
    "import baselines: each file read, extracted (dom_smoothie Readability, or \
the page's whole text with dom_query), one autocommit INSERT per article, same pragmas \
(WAL, synchronous=FULL)";

/// Prints the import rows for `pages` (name, bytes).
pub fn run(pages: &[(String, Vec<u8>)]) -> Result<()> {
    let folder = tempfile::tempdir()?;
    for (i, (_, bytes)) in pages.iter().enumerate() {
        std::fs::write(folder.path().join(format!("{i:04}.html")), bytes)?;
    }
    let ours = median(|| import_with_cuttings(folder.path(), pages.len()))?;
    let smoothie = median(|| import_naive(folder.path(), Extractor::Readability))?;
    let whole = median(|| import_naive(folder.path(), Extractor::WholeText))?;
    let rate = |d: Duration| pages.len() as f64 / d.as_secs_f64();
    let row = |label: &str, base: Duration| {
        println!(
            "{:<44} {:>10.1} art/s {:>10.1} art/s {:>7.2}×",
            label,
            rate(ours),
            rate(base),
            rate(ours) / rate(base)
        );
    };
    row(
        &format!("import {} saved pages vs dom_smoothie", pages.len()),
        smoothie,
    );
    row("import, same, vs whole-page text (info)", whole);
    Ok(())
}

fn import_with_cuttings(folder: &Path, expected: usize) -> Result<Duration> {
    let dir = tempfile::tempdir()?;
    let library = Library::open(dir.path())?;
    let start = Instant::now();
    let report = library.import_paths(
        &[folder.to_path_buf()],
        Format::Auto,
        &AtomicBool::new(false),
        |_| {},
    );
    let elapsed = start.elapsed();
    if !report.failures.is_empty() || report.outcomes.len() != expected {
        bail!(
            "cuttings imported {} of {expected} pages; failures: {:?}",
            report.outcomes.len(),
            report.failures
        );
    }
    Ok(elapsed)
}

#[derive(Clone, Copy)]
enum Extractor {
    Readability,
    WholeText,
}

fn import_naive(folder: &Path, extractor: Extractor) -> Result<Duration> {
    let dir = tempfile::tempdir()?;
    let conn = rusqlite::Connection::open(dir.path().join("naive.sqlite"))?;
    conn.pragma_update(None, "journal_mode", "WAL")?;
    conn.pragma_update(None, "synchronous", "FULL")?;
    conn.execute(
        "CREATE TABLE page (id INTEGER PRIMARY KEY, name TEXT, title TEXT, html TEXT, text TEXT)",
        [],
    )?;
    let mut files: Vec<_> = std::fs::read_dir(folder)?
        .map(|e| e.map(|e| e.path()))
        .collect::<Result<_, _>>()?;
    files.sort();
    let start = Instant::now();
    for path in files {
        let bytes = std::fs::read(&path)?;
        let html = String::from_utf8_lossy(&bytes);
        let (title, content, text) = match extractor {
            Extractor::Readability => {
                match dom_smoothie::Readability::new(html.as_ref(), None, None)
                    .and_then(|mut r| r.parse())
                {
                    Ok(article) => (
                        article.title,
                        article.content.to_string(),
                        article.text_content.to_string(),
                    ),
                    Err(_) => (String::new(), String::new(), String::new()),
                }
            }
            Extractor::WholeText => {
                let text = dom_query::Document::from(html.as_ref())
                    .select("body")
                    .text()
                    .to_string();
                (String::new(), String::new(), text)
            }
        };
        conn.execute(
            "INSERT INTO page (name, title, html, text) VALUES (?1, ?2, ?3, ?4)",
            (path.display().to_string(), title, content, text),
        )?;
    }
    Ok(start.elapsed())
}
