//! `cuttings-eval`: scores Cuttings' article extraction on the development corpus
//! (`/work/shared/corpus`, see its README), each figure beside the same figure for a naive
//! whole-page baseline and the issue's target.
//!
//! ```text
//! cargo run --release -p cuttings-eval [-- --corpus DIR] [--verbose] [--page NAME] [--dump DIR] [--explain NAME]
//! cargo run --release -p cuttings-eval -- --snapshot OUT.json [FOLDER…]
//! cargo run --release -p cuttings-eval -- --compare OLD.json NEW.json
//! cargo run --release -p cuttings-eval -- --stress SECONDS [SEED] [OUT_DIR]
//! ```
//!
//! `--snapshot` and `--compare` record and compare every page's extracted fields (see
//! [`snapshot`]): how an extraction change is checked to move only the pages it meant to.
//! `--stress` reads damaged copies of the corpus's inputs for a while and reports any that
//! panic or read slowly (see [`stress`]).
//!
//! The corpus folder is `--corpus`, else `$CUTTINGS_CORPUS`, else `../shared/corpus` from
//! the repository root.
//!
//! What is measured:
//! - **seed clipping**: `clippings/telesur-kosovo-2022.txt` through `read_text_clipping`,
//!   every field of its `.expected.json` (fields right / total).
//! - **Readability pages as HTML**: `readability/*/source.html` through `read_html` (page URL
//!   from `expected-metadata.json` when it has one, else None). Metadata is exact after
//!   trimming and collapsing white space, over pages whose expected value is non-null;
//!   dates are compared as calendar dates. Body: 4-gram shingles of lower-cased `\w+`
//!   tokens against the text of `expected.html`, per-page precision and recall averaged
//!   over pages, F1 of the two averages. Cuttings keeps photo captions out of the body (they
//!   live in photo records), so the body is scored as extracted, and again with every
//!   caption appended. Images: an expected `<img>` counts as found when its `src`, resolved
//!   and with its query dropped, is among the article's photo URLs (pooled over all pages;
//!   `data:` placeholders are not counted). Relative URLs on both sides are resolved
//!   against `http://fakehost/test/page.html`, the address Readability's test harness gave
//!   these pages when it wrote `expected.html`. Captions: an expected `<figcaption>` text
//!   counts when it is contained in some photo's caption (white space normalised); a
//!   second, looser figure also accepts it in the caption followed by the credit.
//! - **the same pages as pasted text**: `clipped.txt` through `read_text_clipping`: body F1
//!   as above, and "title found": the normalised (white space collapsed, lower-cased)
//!   expected title equals ours, or one contains the other and the shorter covers at least
//!   60% of the longer's characters; "authors in byline" (information, no target): some
//!   authors found and each named in the expected byline, over pages that have one.
//!
//! The baseline takes the page's `<title>` as title, the whole body text as body, no
//! byline, date or site, every `<img>` of the page as a photo and all the page's text as
//! every caption; for pasted text, the first line as title and the whole dump as body.

mod scoring;
mod snapshot;
mod stress;

use std::fs;
use std::path::{Path, PathBuf};

use anyhow::{Context, Result};
use cuttings_core::capture::{clipboard, decode, html, text, Extracted};
use dom_query::{Document, NodeRef};
use serde_json::Value;

use scoring::*;

/// The address Readability's test harness gives every test page.
const HARNESS_URL: &str = "http://fakehost/test/page.html";

struct Args {
    corpus: PathBuf,
    verbose: bool,
    page: Option<String>,
    /// Where to write each page's pasted-text extraction beside its expected text.
    dump: Option<PathBuf>,
    /// A page whose pasted-text units are printed with their kinds and scores.
    explain: Option<String>,
    /// Where to write a snapshot of every page's fields, and the folders to take.
    snapshot: Option<(PathBuf, Vec<PathBuf>)>,
    /// Two snapshots to compare.
    compare: Option<(PathBuf, PathBuf)>,
    /// How long to stress the readers, with which seed, writing findings where.
    stress: Option<(u64, u64, PathBuf)>,
    /// The corpus holds a browser's clipboard: each `source.html` is the `text/html` of a
    /// select-all copy of the page and `clipped.txt` its `text/plain`, and the HTML rows
    /// read the two as the app reads a paste that brings its HTML.
    clipboard: bool,
}

fn parse_args() -> Result<Args> {
    let mut corpus = std::env::var_os("CUTTINGS_CORPUS").map(PathBuf::from);
    let mut verbose = false;
    let mut page = None;
    let mut dump = None;
    let mut explain = None;
    let mut snapshot: Option<(PathBuf, Vec<PathBuf>)> = None;
    let mut compare = None;
    let mut stress = None;
    let mut clipboard = false;
    let mut args = std::env::args().skip(1).peekable();
    while let Some(a) = args.next() {
        match a.as_str() {
            "--corpus" => corpus = Some(args.next().context("--corpus needs a folder")?.into()),
            "--verbose" | "-v" => verbose = true,
            "--clipboard" => clipboard = true,
            "--page" => page = Some(args.next().context("--page needs a name")?),
            "--explain" => {
                let name = args.next().context("--explain needs a page name")?;
                explain = Some(name);
            }
            "--dump" => dump = Some(args.next().context("--dump needs a folder")?.into()),
            "--snapshot" => {
                let out = args.next().context("--snapshot needs a file to write")?;
                snapshot = Some((out.into(), Vec::new()));
            }
            "--compare" => {
                let old = args.next().context("--compare needs two snapshots")?;
                let new = args.next().context("--compare needs two snapshots")?;
                compare = Some((old.into(), new.into()));
            }
            "--stress" => {
                let seconds = args
                    .next()
                    .context("--stress needs a number of seconds")?
                    .parse()
                    .context("--stress needs a number of seconds")?;
                let seed = match args.next_if(|a| !a.starts_with('-')) {
                    Some(seed) => seed.parse().context("the seed is a number")?,
                    None => 1,
                };
                let out = args
                    .next_if(|a| !a.starts_with('-'))
                    .map_or_else(|| PathBuf::from("stress"), PathBuf::from);
                stress = Some((seconds, seed, out));
            }
            "--help" | "-h" => {
                println!("cuttings-eval [--corpus DIR] [--clipboard] [--verbose] [--page NAME] [--dump DIR] [--explain NAME]");
                println!("cuttings-eval [--corpus DIR] --snapshot OUT.json [FOLDER…]");
                println!("cuttings-eval --compare OLD.json NEW.json");
                println!("cuttings-eval [--corpus DIR] --stress SECONDS [SEED] [OUT_DIR]");
                std::process::exit(0);
            }
            other => match &mut snapshot {
                Some((_, folders)) if !other.starts_with('-') => folders.push(other.into()),
                _ => anyhow::bail!("unknown argument {other}"),
            },
        }
    }
    let corpus = corpus
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/corpus"));
    Ok(Args {
        corpus,
        verbose,
        page,
        dump,
        explain,
        snapshot,
        compare,
        stress,
        clipboard,
    })
}

/// One row of the table.
struct Row {
    name: String,
    ours: f64,
    baseline: f64,
    target: f64,
    /// Shown as a fraction of pages or fields ("12/12") rather than a decimal.
    counts: Option<(usize, usize, usize)>,
}

impl Row {
    fn pass(&self) -> bool {
        self.ours + 1e-9 >= self.target
    }
}

fn main() -> Result<()> {
    let args = parse_args()?;
    let corpus = &args.corpus;
    if let Some((old, new)) = &args.compare {
        return snapshot::compare(old, new);
    }
    if let Some((out, folders)) = &args.snapshot {
        return snapshot::write(corpus, folders, out);
    }
    if let Some((seconds, seed, out)) = &args.stress {
        return stress::run(corpus, *seconds, *seed, out);
    }
    if let Some(name) = &args.explain {
        // A corpus page's name, or any text file (a held-out page's dump).
        let path = if Path::new(name).is_file() {
            PathBuf::from(name)
        } else {
            corpus.join("readability").join(name).join("clipped.txt")
        };
        let t = decode::decode_text(&fs::read(&path).with_context(|| path.display().to_string())?);
        print!("{}", text::explain_text_clipping(&t));
        return Ok(());
    }
    anyhow::ensure!(
        corpus.join("readability").is_dir(),
        "{}: not a corpus folder (use --corpus DIR or CUTTINGS_CORPUS)",
        corpus.display()
    );
    let mut rows = Vec::new();
    seed_rows(corpus, args.verbose, &mut rows)?;
    readability_rows(corpus, &args, &mut rows)?;

    println!();
    println!(
        "{:<48} {:>9} {:>9} {:>8}  result",
        "measure", "ours", "baseline", "target"
    );
    println!("{}", "-".repeat(86));
    for r in &rows {
        let (o, b, t) = match r.counts {
            Some((o, b, total)) => (
                format!("{o}/{total}"),
                format!("{b}/{total}"),
                if r.target > 0.0 {
                    format!(
                        "{}/{total}",
                        (r.target * total as f64 - 1e-9).ceil() as usize
                    )
                } else {
                    "-".into()
                },
            ),
            None => (
                format!("{:.3}", r.ours),
                format!("{:.3}", r.baseline),
                if r.target > 0.0 {
                    format!("≥{:.2}", r.target)
                } else {
                    "-".into()
                },
            ),
        };
        let mark = if r.target <= 0.0 {
            "(info)"
        } else if r.pass() {
            "PASS"
        } else {
            "FAIL"
        };
        println!("{:<48} {:>9} {:>9} {:>8}  {mark}", r.name, o, b, t);
    }
    println!();
    println!("Body F1: 4-gram shingles of lower-cased \\w+ tokens; precision and recall averaged");
    println!("over pages, F1 of the averages. Captions are scored separately (photo records);");
    println!("the '+ captions' row appends every photo caption to the body, for comparison.");
    println!("Title found (pasted text): normalised titles equal, or one contains the other and");
    println!("the shorter covers at least 60% of the longer's characters.");
    println!("Image and caption recall are pooled over all expected images / figcaptions.");
    Ok(())
}

// ---------------------------------------------------------------------------------------
// Seed clipping

fn seed_rows(corpus: &Path, verbose: bool, rows: &mut Vec<Row>) -> Result<()> {
    let dir = corpus.join("clippings");
    let clip = fs::read(dir.join("telesur-kosovo-2022.txt")).context("reading seed clipping")?;
    let expected: Value = serde_json::from_slice(
        &fs::read(dir.join("telesur-kosovo-2022.expected.json")).context("reading seed json")?,
    )?;
    let clip = decode::decode_text(&clip);
    let ours = text::read_text_clipping(&clip);
    let baseline = Extracted {
        title: clip
            .lines()
            .find(|l| !l.trim().is_empty())
            .unwrap_or("")
            .trim()
            .to_string(),
        body_text: clip.clone(),
        ..Extracted::default()
    };
    let checks_ours = seed_checks(&ours, &expected);
    let checks_base = seed_checks(&baseline, &expected);
    let total = checks_ours.len();
    let right = checks_ours.iter().filter(|c| c.1).count();
    let right_base = checks_base.iter().filter(|c| c.1).count();
    println!("Seed clipping telesur-kosovo-2022: {right}/{total} fields right");
    for (name, ok, detail) in &checks_ours {
        if !ok || verbose {
            println!("  {} {name}: {detail}", if *ok { "ok  " } else { "FAIL" });
        }
    }
    rows.push(Row {
        name: "seed clipping: fields right".into(),
        ours: right as f64 / total as f64,
        baseline: right_base as f64 / total as f64,
        target: 1.0,
        counts: Some((right, right_base, total)),
    });
    Ok(())
}

fn str_of(v: &Value, key: &str) -> Option<String> {
    v.get(key).and_then(Value::as_str).map(normalize_ws)
}

fn date_of(d: &Option<cuttings_core::capture::DateValue>) -> Option<String> {
    d.as_ref().map(|d| d.normalized.chars().take(10).collect())
}

/// (field, right?, what we found) for every field of the seed's expected JSON.
fn seed_checks(a: &Extracted, e: &Value) -> Vec<(&'static str, bool, String)> {
    let mut out = Vec::new();
    let title = normalize_ws(&a.title);
    out.push((
        "title",
        Some(title.clone()) == str_of(e, "title"),
        title.clone(),
    ));
    let want_section: Vec<String> = e["section_path"]
        .as_array()
        .map(|l| {
            l.iter()
                .filter_map(|s| s.as_str().map(normalize_ws))
                .collect()
        })
        .unwrap_or_default();
    out.push((
        "section_path",
        a.section == want_section,
        format!("{:?}", a.section),
    ));
    let genre_ok = match a.genre.as_deref() {
        None => true,
        Some(g) => e["genre"].as_str() == Some(g) || g == "news",
    };
    out.push(("genre", genre_ok, format!("{:?}", a.genre)));
    let published = date_of(&a.published);
    out.push((
        "published",
        published == str_of(e, "published"),
        format!("{published:?}"),
    ));
    let standfirst = a.standfirst.as_deref().map(normalize_ws);
    out.push((
        "standfirst",
        standfirst == str_of(e, "standfirst"),
        format!("{standfirst:?}"),
    ));
    let want_photos: Vec<(Option<String>, Option<String>)> = e["photos"]
        .as_array()
        .map(|l| {
            l.iter()
                .map(|p| (str_of(p, "caption"), str_of(p, "credit")))
                .collect()
        })
        .unwrap_or_default();
    let photos: Vec<(Option<String>, Option<String>)> = a
        .photos
        .iter()
        .map(|p| {
            (
                p.caption.as_deref().map(normalize_ws),
                p.credit.as_deref().map(normalize_ws),
            )
        })
        .collect();
    out.push((
        "photos caption+credit",
        photos == want_photos,
        format!("{photos:?}"),
    ));
    let want_related: Vec<String> = e["related"]
        .as_array()
        .map(|l| l.iter().filter_map(|r| str_of(r, "title")).collect())
        .unwrap_or_default();
    let related: Vec<String> = a.related.iter().map(|r| normalize_ws(&r.title)).collect();
    out.push((
        "related titles",
        related == want_related,
        format!("{related:?}"),
    ));
    let paragraphs = a
        .body_text
        .split("\n\n")
        .filter(|p| !p.trim().is_empty())
        .count();
    out.push((
        "paragraph_count",
        Some(paragraphs as u64) == e["paragraph_count"].as_u64(),
        paragraphs.to_string(),
    ));
    let body = a.body_text.trim();
    let starts = str_of(e, "text_starts_with").unwrap_or_default();
    out.push((
        "text starts",
        normalize_ws(body).starts_with(&starts),
        body.chars().take(80).collect(),
    ));
    let ends = str_of(e, "text_ends_with").unwrap_or_default();
    let tail: String = {
        let chars: Vec<char> = body.chars().collect();
        chars[chars.len().saturating_sub(80)..].iter().collect()
    };
    out.push(("text ends", normalize_ws(body).ends_with(&ends), tail));
    let furniture: Vec<String> = e["text_must_not_contain"]
        .as_array()
        .map(|l| {
            l.iter()
                .filter_map(|s| s.as_str().map(str::to_string))
                .filter(|s| a.body_text.contains(s.as_str()))
                .collect()
        })
        .unwrap_or_default();
    out.push((
        "text_must_not_contain",
        furniture.is_empty(),
        format!("found {furniture:?}"),
    ));
    out.push((
        "language",
        a.language.as_deref().map(normalize_ws) == str_of(e, "language"),
        format!("{:?}", a.language),
    ));
    out
}

// ---------------------------------------------------------------------------------------
// Readability pages

/// What one page's expected files say.
struct Expected {
    meta: Value,
    text: String,
    /// Each expected image: its `src` and its `srcset` candidates (the same picture).
    images: Vec<Vec<String>>,
    captions: Vec<String>,
}

/// The figures of one extraction of one page.
#[derive(Default, Clone)]
struct PageScore {
    title: Option<bool>,
    byline: Option<bool>,
    byline_loose: Option<bool>,
    /// Title equal, or the expected one is ours followed by a suffix after a separator
    /// (`… | eHow`, `… | Jane Doe`): Readability keeps a site or writer suffix the page's own
    /// metadata carries.
    title_loose: Option<bool>,
    date: Option<bool>,
    site: Option<bool>,
    body: (f64, f64),
    body_captions: (f64, f64),
    images_found: usize,
    captions_found: usize,
    captions_loose: usize,
    got: Got,
}

/// What we found, for the verbose listing.
#[derive(Default, Clone)]
struct Got {
    title: String,
    byline: Option<String>,
    date: Option<String>,
    site: Option<String>,
    missing_images: Vec<String>,
    missing_captions: Vec<String>,
}

/// One pasted page's answer to a yes/no measure (None: the page does not count).
type PastedAnswer = fn(&TextScore) -> Option<bool>;

struct TextScore {
    title: Option<bool>,
    /// Authors found and each named in the expected byline (pages with one).
    byline: Option<bool>,
    body: (f64, f64),
    title_got: String,
    authors_got: Vec<String>,
}

fn readability_rows(corpus: &Path, args: &Args, rows: &mut Vec<Row>) -> Result<()> {
    let dir = corpus.join("readability");
    let mut names: Vec<String> = fs::read_dir(&dir)?
        .filter_map(|e| e.ok())
        .filter(|e| e.path().join("source.html").is_file())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    if let Some(p) = &args.page {
        names.retain(|n| n == p);
    }
    let mut ours = Vec::new();
    let mut base = Vec::new();
    let mut text_ours = Vec::new();
    let mut text_base = Vec::new();
    let mut expecteds = Vec::new();
    for name in &names {
        let page_dir = dir.join(name);
        let meta: Value =
            serde_json::from_slice(&fs::read(page_dir.join("expected-metadata.json"))?)
                .with_context(|| format!("{name}: expected-metadata.json"))?;
        let expected_html = fs::read_to_string(page_dir.join("expected.html"))?;
        let url = meta.get("url").and_then(Value::as_str).map(str::to_string);
        let base_url = url.clone().unwrap_or_else(|| HARNESS_URL.to_string());
        let expected = read_expected(meta, &expected_html, &base_url);
        let page = decode::decode_html(&fs::read(page_dir.join("source.html"))?);
        let extracted = if args.clipboard {
            let copied = decode::decode_text(&fs::read(page_dir.join("clipped.txt"))?);
            clipboard::read_pasted_html(&page, &copied)
        } else {
            html::read_html(&page, url.as_deref(), None)
        };
        ours.push(score_page(&extracted, &expected, &base_url));
        base.push(score_page(&baseline_html(&page), &expected, &base_url));
        let clipped = page_dir.join("clipped.txt");
        if clipped.is_file() {
            let t = decode::decode_text(&fs::read(&clipped)?);
            let ex = text::read_text_clipping(&t);
            if let Some(out) = &args.dump {
                fs::create_dir_all(out)?;
                let title = format!("TITLE: {}\n\n", ex.title);
                fs::write(out.join(format!("{name}.ours.txt")), title + &ex.body_text)?;
                fs::write(out.join(format!("{name}.expected.txt")), &expected.text)?;
            }
            text_ours.push(score_text(&ex, &expected));
            let naive = Extracted {
                title: t
                    .lines()
                    .find(|l| !l.trim().is_empty())
                    .unwrap_or("")
                    .into(),
                body_text: t.clone(),
                ..Extracted::default()
            };
            text_base.push(score_text(&naive, &expected));
        }
        expecteds.push(expected);
    }
    println!(
        "Readability pages: {} (HTML), {} (pasted text)",
        names.len(),
        text_ours.len()
    );

    let share = |s: &[PageScore], f: fn(&PageScore) -> Option<bool>| -> (usize, usize) {
        let vals: Vec<bool> = s.iter().filter_map(f).collect();
        (vals.iter().filter(|v| **v).count(), vals.len())
    };
    type Field = fn(&PageScore) -> Option<bool>;
    let meta_rows: [(&str, Field, f64); 6] = [
        ("HTML: title", |p| p.title, 0.97),
        (
            "HTML: title, site or author suffix ignored (info)",
            |p| p.title_loose,
            0.0,
        ),
        ("HTML: byline", |p| p.byline, 0.90),
        (
            "HTML: byline, leading \"By\" ignored (info)",
            |p| p.byline_loose,
            0.0,
        ),
        ("HTML: published date", |p| p.date, 0.97),
        ("HTML: site name", |p| p.site, 0.95),
    ];
    for (label, f, target) in meta_rows {
        let (o, n) = share(&ours, f);
        let (b, _) = share(&base, f);
        rows.push(Row {
            name: label.into(),
            ours: ratio(o, n),
            baseline: ratio(b, n),
            target,
            counts: Some((o, b, n)),
        });
    }
    let body_f1 = |s: &[PageScore], f: fn(&PageScore) -> (f64, f64)| {
        let p: Vec<f64> = s.iter().map(|x| f(x).0).collect();
        let r: Vec<f64> = s.iter().map(|x| f(x).1).collect();
        (f1(mean(&p), mean(&r)), mean(&p), mean(&r))
    };
    let (of1, op, or) = body_f1(&ours, |p| p.body);
    let (bf1, _, _) = body_f1(&base, |p| p.body);
    println!("HTML body (captions kept out): precision {op:.3}, recall {or:.3}");
    rows.push(Row {
        name: "HTML: body F1 (as extracted, no captions)".into(),
        ours: of1,
        baseline: bf1,
        target: 0.95,
        counts: None,
    });
    let (cf1, cp, cr) = body_f1(&ours, |p| p.body_captions);
    println!("HTML body + captions: precision {cp:.3}, recall {cr:.3}");
    rows.push(Row {
        name: "HTML: body F1 + captions appended (info)".into(),
        ours: cf1,
        baseline: bf1,
        target: 0.0,
        counts: None,
    });
    let total_images: usize = expecteds.iter().map(|e| e.images.len()).sum();
    let total_captions: usize = expecteds.iter().map(|e| e.captions.len()).sum();
    let sum = |s: &[PageScore], f: fn(&PageScore) -> usize| s.iter().map(f).sum::<usize>();
    for (label, f, total, target) in [
        (
            "HTML: image recall",
            (|p: &PageScore| p.images_found) as fn(&PageScore) -> usize,
            total_images,
            0.95,
        ),
        (
            "HTML: caption recall",
            |p| p.captions_found,
            total_captions,
            0.90,
        ),
        (
            "HTML: caption recall, caption+credit",
            |p| p.captions_loose,
            total_captions,
            0.90,
        ),
    ] {
        let (o, b) = (sum(&ours, f), sum(&base, f));
        rows.push(Row {
            name: label.into(),
            ours: ratio(o, total),
            baseline: ratio(b, total),
            target,
            counts: Some((o, b, total)),
        });
    }
    let tf1 = |s: &[TextScore]| {
        let p: Vec<f64> = s.iter().map(|x| x.body.0).collect();
        let r: Vec<f64> = s.iter().map(|x| x.body.1).collect();
        f1(mean(&p), mean(&r))
    };
    rows.push(Row {
        name: "pasted text: body F1".into(),
        ours: tf1(&text_ours),
        baseline: tf1(&text_base),
        target: 0.92,
        counts: None,
    });
    // The pasted pages' yes/no measures: (name, each page's answer, target; 0 = info).
    let pasted_counts: [(&str, PastedAnswer, f64); 2] = [
        ("pasted text: title found", |x| x.title, 0.90),
        ("pasted text: authors in byline (info)", |x| x.byline, 0.0),
    ];
    for (name, answer, target) in pasted_counts {
        let count = |s: &[TextScore]| {
            let v: Vec<bool> = s.iter().filter_map(answer).collect();
            (v.iter().filter(|b| **b).count(), v.len())
        };
        let (o, total) = count(&text_ours);
        let (b, _) = count(&text_base);
        rows.push(Row {
            name: name.into(),
            ours: ratio(o, total),
            baseline: ratio(b, total),
            target,
            counts: Some((o, b, total)),
        });
    }

    if args.verbose {
        verbose_report(&names, &ours, &expecteds, &text_ours);
    }
    Ok(())
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        1.0
    } else {
        a as f64 / b as f64
    }
}

fn verbose_report(names: &[String], ours: &[PageScore], exp: &[Expected], text: &[TextScore]) {
    println!("\n== metadata misses (ours | expected)");
    for (i, s) in ours.iter().enumerate() {
        let e = &exp[i].meta;
        let n = &names[i];
        if s.title == Some(false) {
            println!(
                "  title   {n}: {:?} | {:?}",
                s.got.title,
                str_of(e, "title")
            );
        }
        if s.byline == Some(false) {
            println!(
                "  byline  {n}: {:?} | {:?}",
                s.got.byline,
                str_of(e, "byline")
            );
        }
        if s.date == Some(false) {
            println!(
                "  date    {n}: {:?} | {:?}",
                s.got.date,
                str_of(e, "publishedTime")
            );
        }
        if s.site == Some(false) {
            println!(
                "  site    {n}: {:?} | {:?}",
                s.got.site,
                str_of(e, "siteName")
            );
        }
    }
    println!("\n== worst HTML bodies (F1, precision, recall)");
    let mut order: Vec<usize> = (0..ours.len()).collect();
    order.sort_by(|a, b| {
        let fa = f1(ours[*a].body.0, ours[*a].body.1);
        let fb = f1(ours[*b].body.0, ours[*b].body.1);
        fa.total_cmp(&fb)
    });
    for i in order.iter().take(20) {
        let (p, r) = ours[*i].body;
        println!("  {:<40} {:.3} p={p:.3} r={r:.3}", names[*i], f1(p, r));
    }
    println!("\n== missing images / captions");
    for (i, s) in ours.iter().enumerate() {
        for m in &s.got.missing_images {
            println!("  img     {}: {m}", names[i]);
        }
        for m in &s.got.missing_captions {
            println!("  caption {}: {m}", names[i]);
        }
    }
    println!("\n== pasted text: titles not found, authors not in the byline, worst bodies");
    for (i, s) in text.iter().enumerate() {
        if s.title == Some(false) {
            println!(
                "  title   {}: {:?} | {:?}",
                names[i],
                s.title_got,
                str_of(&exp[i].meta, "title")
            );
        }
    }
    for (i, s) in text.iter().enumerate() {
        if s.byline == Some(false) {
            println!(
                "  authors {}: {:?} | {:?}",
                names[i],
                s.authors_got,
                str_of(&exp[i].meta, "byline")
            );
        }
    }
    let mut order: Vec<usize> = (0..text.len()).collect();
    order.sort_by(|a, b| {
        f1(text[*a].body.0, text[*a].body.1).total_cmp(&f1(text[*b].body.0, text[*b].body.1))
    });
    let n = text.len().max(1) as f64;
    let (sum_p, sum_r) = text
        .iter()
        .fold((0.0, 0.0), |(sp, sr), t| (sp + t.body.0, sr + t.body.1));
    println!(
        "  pasted body: precision {:.3}, recall {:.3}",
        sum_p / n,
        sum_r / n
    );
    for i in order.iter().take(40) {
        let (p, r) = text[*i].body;
        println!(
            "  body    {:<40} {:.3} p={p:.3} r={r:.3}",
            names[*i],
            f1(p, r)
        );
    }
}

fn read_expected(meta: Value, expected_html: &str, base_url: &str) -> Expected {
    let doc = Document::from(expected_html);
    let text = block_text(&doc);
    let images = doc
        .select("img")
        .iter()
        .filter_map(|i| {
            let src = i.attr("src")?.trim().to_string();
            let main = image_key(&src, base_url)?;
            let mut keys = vec![main];
            if let Some(set) = i.attr("srcset") {
                keys.extend(
                    srcset_urls(&set)
                        .iter()
                        .filter_map(|u| image_key(u, base_url)),
                );
            }
            Some(keys)
        })
        .collect();
    let captions = doc
        .select("figcaption")
        .iter()
        .map(|c| normalize_ws(&c.text()))
        .filter(|c| !c.is_empty())
        .collect();
    Expected {
        meta,
        text,
        images,
        captions,
    }
}

/// The URLs of a `srcset` (candidates split at white space; size descriptors skipped).
fn srcset_urls(set: &str) -> Vec<String> {
    let descriptor = |p: &str| p.trim_end_matches(['w', 'x', 'h']).parse::<f64>().is_ok();
    set.split_whitespace()
        .map(|part| part.trim_matches(','))
        .filter(|part| !part.is_empty() && !descriptor(part))
        .map(str::to_string)
        .collect()
}

/// An image URL as compared: resolved against the page URL, query and fragment dropped.
fn image_key(src: &str, base_url: &str) -> Option<String> {
    if src.starts_with("data:") {
        return None;
    }
    let base = url::Url::parse(base_url).ok()?;
    let mut u = base.join(src.trim()).ok()?;
    u.set_query(None);
    u.set_fragment(None);
    // http and https name the same picture (a protocol-relative `//host/a.jpg` takes
    // whichever scheme the page had).
    let s = u.to_string();
    Some(
        s.strip_prefix("https:")
            .or(s.strip_prefix("http:"))
            .unwrap_or(&s)
            .to_string(),
    )
}

/// Text of a document with a space at every non-inline element boundary, scripts skipped.
fn block_text(doc: &Document) -> String {
    let mut out = String::new();
    for child in doc.root().children() {
        walk_text(&child, &mut out);
    }
    out
}

fn walk_text(node: &NodeRef, out: &mut String) {
    if node.is_text() {
        out.push_str(&node.text());
        return;
    }
    let name = node
        .node_name()
        .map(|n| n.to_ascii_lowercase())
        .unwrap_or_default();
    if matches!(
        name.as_str(),
        "script" | "style" | "noscript" | "template" | "head"
    ) {
        return;
    }
    const INLINE: &[&str] = &[
        "a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "dfn", "em", "font", "i", "kbd",
        "mark", "q", "s", "samp", "small", "span", "strong", "sub", "sup", "time", "u", "var",
        "del", "ins", "label", "",
    ];
    let inline = INLINE.contains(&name.as_str());
    if !inline {
        out.push('\n');
    }
    for child in node.children() {
        walk_text(&child, out);
    }
    if !inline {
        out.push('\n');
    }
}

fn score_page(a: &Extracted, e: &Expected, base_url: &str) -> PageScore {
    let m = &e.meta;
    let cmp = |ours: Option<String>, key: &str| -> Option<bool> {
        let want = str_of(m, key).filter(|s| !s.is_empty())?;
        Some(ours.map(|o| normalize_ws(&o)) == Some(want))
    };
    let mut s = PageScore {
        title: cmp(Some(a.title.clone()), "title"),
        byline: cmp(a.byline.clone(), "byline"),
        site: cmp(a.site_name.clone(), "siteName"),
        ..PageScore::default()
    };
    s.title_loose = str_of(m, "title")
        .filter(|t| !t.is_empty())
        .map(|want| title_without_suffix(&a.title, &want));
    s.byline_loose = str_of(m, "byline")
        .filter(|b| !b.is_empty())
        .map(|want| a.byline.as_deref().map(strip_by) == Some(strip_by(&want)));
    let our_date = date_of(&a.published);
    s.date = str_of(m, "publishedTime")
        .filter(|d| !d.is_empty())
        .map(|raw| expected_date(&raw, m["lang"].as_str()) == our_date);
    s.got = Got {
        title: a.title.clone(),
        byline: a.byline.clone(),
        date: our_date,
        site: a.site_name.clone(),
        ..Got::default()
    };
    s.body = shingle_pr(&a.body_text, &e.text);
    let mut with_captions = a.body_text.clone();
    for p in &a.photos {
        if let Some(c) = &p.caption {
            with_captions.push_str("\n\n");
            with_captions.push_str(c);
        }
    }
    s.body_captions = shingle_pr(&with_captions, &e.text);
    let photo_keys: Vec<String> = a
        .photos
        .iter()
        .filter_map(|p| p.url.as_deref())
        .filter_map(|u| image_key(u, base_url))
        .collect();
    for img in &e.images {
        if img.iter().any(|k| photo_keys.contains(k)) {
            s.images_found += 1;
        } else {
            s.got.missing_images.push(img[0].clone());
        }
    }
    for c in &e.captions {
        let strict = a
            .photos
            .iter()
            .any(|p| caption_contains(p.caption.as_deref().unwrap_or(""), c));
        let loose = strict
            || a.photos.iter().any(|p| {
                caption_with_credit_contains(
                    p.caption.as_deref().unwrap_or(""),
                    p.credit.as_deref().unwrap_or(""),
                    c,
                )
            });
        s.captions_found += strict as usize;
        s.captions_loose += loose as usize;
        if !strict {
            let got: Vec<String> = a
                .photos
                .iter()
                .filter_map(|p| p.caption.clone())
                .map(|c| c.chars().take(60).collect())
                .collect();
            s.got.missing_captions.push(format!(
                "{:?} (ours: {got:?})",
                c.chars().take(80).collect::<String>()
            ));
        }
    }
    s
}

/// Whether some authors were found and each is named in the expected byline (white space
/// collapsed, case ignored): the pasted-text byline figure, loose because a byline's
/// wording (`By`, roles, agencies) is the page's.
fn authors_named(authors: &[String], byline: &str) -> bool {
    let byline = normalize_ws(byline).to_lowercase();
    !authors.is_empty()
        && authors
            .iter()
            .all(|a| byline.contains(&normalize_ws(a).to_lowercase()))
}

/// A byline without its leading "By"/"Par"/"Von"/"Por" (Readability's stated convention).
fn strip_by(b: &str) -> String {
    let b = normalize_ws(b);
    let lower = b.to_lowercase();
    for p in ["by ", "par ", "von ", "por ", "di "] {
        if lower.starts_with(p) {
            return b[p.len()..].to_string();
        }
    }
    b
}

/// The calendar date of an expected `publishedTime`.
fn expected_date(raw: &str, lang: Option<&str>) -> Option<String> {
    let head: String = raw.trim().chars().take(10).collect();
    let b = head.as_bytes();
    if b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && head.chars().all(|c| c.is_ascii_digit() || c == '-')
    {
        return Some(head);
    }
    cuttings_core::capture::dates::parse_date(raw, lang)
        .map(|d| d.normalized.chars().take(10).collect())
}

fn score_text(a: &Extracted, e: &Expected) -> TextScore {
    TextScore {
        title: str_of(&e.meta, "title")
            .filter(|t| !t.is_empty())
            .map(|t| title_found(&a.title, &t)),
        byline: str_of(&e.meta, "byline")
            .filter(|b| !b.is_empty())
            .map(|b| authors_named(&a.authors, &b)),
        body: shingle_pr(&a.body_text, &e.text),
        title_got: a.title.clone(),
        authors_got: a.authors.clone(),
    }
}

/// The naive whole-page extraction.
fn baseline_html(page: &str) -> Extracted {
    let doc = Document::from(page);
    let title = normalize_ws(&doc.select("title").first().text());
    doc.select("script, style, noscript, template").remove();
    let body_sel = doc.select("body");
    let body = if body_sel.exists() {
        let mut s = String::new();
        for n in body_sel.nodes() {
            walk_text(n, &mut s);
        }
        s
    } else {
        block_text(&doc)
    };
    let all_text = normalize_ws(&body);
    let photos = doc
        .select("img")
        .iter()
        .filter_map(|i| i.attr("src").or_else(|| i.attr("data-src")))
        .map(|src| cuttings_core::capture::ExtractedPhoto {
            caption: Some(all_text.clone()),
            url: Some(src.trim().to_string()),
            ..Default::default()
        })
        .collect();
    Extracted {
        title,
        body_text: body,
        photos,
        ..Extracted::default()
    }
}
