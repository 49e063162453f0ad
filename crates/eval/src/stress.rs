//! The readers under damaged input: the corpus's pastes and saved pages cut, spliced,
//! repeated, reversed and salted with the marks the rules look for, then read, for as long
//! as asked. Some pastes go under a web clipper's front matter and are read as Markdown
//! clippings. Every input that panics, and each input that takes the longest time per
//! kilobyte so far, is written out to be replayed with `--explain` (pastes) or the CLI.
//!
//! ```text
//! cuttings-eval --stress SECONDS [SEED] [OUT_DIR]   # default seed 1, out dir ./stress
//! ```
//!
//! A tool, not a test: its inputs are random (reproducible from the seed), and what it finds
//! becomes a test of its own. Written here because the readers take whole documents: a
//! byte-level fuzzer rarely reaches the rules a copied page exercises, these mutations do.

use std::fs;
use std::panic::{self, AssertUnwindSafe};
use std::path::Path;
use std::time::{Duration, Instant};

use anyhow::{ensure, Context, Result};
use cuttings_core::capture::{decode, html, markdown, text};

/// What the mutations insert: the marks the text reader's rules and the date cascade look
/// for, and characters that are easy to cut in half.
const MARKS: &[&str] = &[
    "\n",
    "\n\n",
    " › ",
    " | ",
    "  • ",
    "By ",
    "Photo: ",
    "Source: ",
    "(Reuters)",
    "Credit",
    "Updated ",
    "12/05/2020 10:32 PM",
    "NOV 7, 2023",
    "2024年8月1日",
    "Home ",
    "RELATED:",
    "Read more",
    "Subscribe",
    "Comments",
    "Advertisement",
    "1/3 ",
    "©",
    "…",
    "\u{200b}",
    "𝕏",
    "\t",
    "<",
    "&amp;",
    "[",
    "]",
    "\"",
    "“",
    "-",
    ":",
];

/// Largest span a mutation cuts, repeats or reverses, in bytes.
const MAX_SPAN: usize = 2000;

/// Most times a span is repeated in place.
const MAX_REPEATS: usize = 50;

/// Which reader an input goes to.
#[derive(Clone, Copy, PartialEq)]
enum Reader {
    Page,
    Paste,
    Markdown,
}

/// The front matter Obsidian Web Clipper writes, put over a paste to make a note of it.
const CLIPPER_FRONT_MATTER: &str = "---\ntitle: \"City Shuts Old Bridge\"\nsource: \
\"https://citypost.example/news/bridge\"\nauthor:\n  - \"[[Jane Roe]]\"\npublished: 2026-12-05\n\
description: \"Engineers found cracks.\"\ntags:\n  - \"clippings\"\n---\n";

/// Inputs that take less than this are never reported as slow (start-up noise).
const SLOW_FLOOR: Duration = Duration::from_millis(50);

/// Runs the readers on mutated corpus inputs for `seconds`, writing what panics or is
/// slowest to `out`; fails when anything panicked.
pub fn run(corpus: &Path, seconds: u64, seed: u64, out: &Path) -> Result<()> {
    let (pastes, pages) = inputs(corpus)?;
    ensure!(
        !pastes.is_empty() && !pages.is_empty(),
        "{}: no pastes or pages to start from",
        corpus.display()
    );
    fs::create_dir_all(out).with_context(|| out.display().to_string())?;
    // The default hook would print every caught panic's message and backtrace.
    panic::set_hook(Box::new(|_| {}));
    let mut rng = Rng(seed.max(1));
    let start = Instant::now();
    let (mut runs, mut panics) = (0_u64, 0_u64);
    let mut slowest_per_kb = 0.0_f64;
    while start.elapsed() < Duration::from_secs(seconds) {
        runs += 1;
        let reader = match rng.below(8) {
            0 | 1 => Reader::Page,
            2 => Reader::Markdown,
            _ => Reader::Paste,
        };
        let pool = if reader == Reader::Page {
            &pages
        } else {
            &pastes
        };
        let (base, other) = (rng.below(pool.len()), rng.below(pool.len()));
        let input = if reader == Reader::Markdown {
            let note = format!("{CLIPPER_FRONT_MATTER}{}", pool[base]);
            mutate(&mut rng, &note, &pool[other])
        } else {
            mutate(&mut rng, &pool[base], &pool[other])
        };
        let started = Instant::now();
        let outcome = panic::catch_unwind(AssertUnwindSafe(|| match reader {
            Reader::Page => drop(html::read_html(&input, None, None)),
            Reader::Markdown => drop(markdown::read_markdown(&input, None)),
            Reader::Paste => drop(text::read_text_clipping(&input)),
        }));
        let took = started.elapsed();
        let extension = match reader {
            Reader::Page => "html",
            Reader::Markdown => "md",
            Reader::Paste => "txt",
        };
        if outcome.is_err() {
            panics += 1;
            let path = out.join(format!("panic-{runs}.{extension}"));
            fs::write(&path, &input)?;
            println!("panicked: {}", path.display());
        }
        let per_kb = took.as_secs_f64() / (input.len().max(1000) as f64 / 1000.0);
        if took >= SLOW_FLOOR && per_kb > slowest_per_kb {
            slowest_per_kb = per_kb;
            let path = out.join(format!("slow-{runs}.{extension}"));
            fs::write(&path, &input)?;
            println!(
                "slowest so far: {:.3} s for {} KB ({:.2} ms/KB): {}",
                took.as_secs_f64(),
                input.len() / 1000,
                per_kb * 1000.0,
                path.display()
            );
        }
    }
    let _ = panic::take_hook();
    println!("{runs} inputs read in {seconds} s (seed {seed}), {panics} panicked");
    ensure!(
        panics == 0,
        "{panics} inputs panicked: see {}",
        out.display()
    );
    Ok(())
}

/// The corpus's pastes (`clipped.txt`, the seed clipping) and saved pages (`source.html`).
fn inputs(corpus: &Path) -> Result<(Vec<String>, Vec<String>)> {
    let (mut pastes, mut pages) = (Vec::new(), Vec::new());
    let readability = corpus.join("readability");
    for entry in fs::read_dir(&readability).with_context(|| readability.display().to_string())? {
        let dir = entry?.path();
        if let Ok(bytes) = fs::read(dir.join("clipped.txt")) {
            pastes.push(decode::decode_text(&bytes));
        }
        if let Ok(bytes) = fs::read(dir.join("source.html")) {
            pages.push(String::from_utf8_lossy(&bytes).into_owned());
        }
    }
    if let Ok(bytes) = fs::read(corpus.join("clippings/telesur-kosovo-2022.txt")) {
        pastes.push(decode::decode_text(&bytes));
    }
    Ok((pastes, pages))
}

/// `base` after one to eight random edits, some taking text from `other`.
fn mutate(rng: &mut Rng, base: &str, other: &str) -> String {
    let mut s = base.to_string();
    for _ in 0..1 + rng.below(8) {
        let a = char_floor(&s, rng.below(s.len() + 1));
        let b = char_floor(&s, a + rng.below(MAX_SPAN));
        match rng.below(6) {
            0 => s.replace_range(a..b, ""),
            1 => {
                let span = s[a..b].to_string();
                let at = char_floor(&s, rng.below(s.len() + 1));
                s.insert_str(at, &span);
            }
            2 => s.insert_str(a, MARKS[rng.below(MARKS.len())]),
            3 => {
                let oa = char_floor(other, rng.below(other.len() + 1));
                let ob = char_floor(other, oa + rng.below(MAX_SPAN));
                s.insert_str(a, &other[oa..ob]);
            }
            4 => {
                let repeated = s[a..b].repeat(1 + rng.below(MAX_REPEATS));
                s.replace_range(a..b, &repeated);
            }
            _ => {
                let reversed: String = s[a..b].chars().rev().collect();
                s.replace_range(a..b, &reversed);
            }
        }
    }
    s
}

/// The nearest char boundary at or before `i` (clamped to the text).
fn char_floor(s: &str, i: usize) -> usize {
    let mut i = i.min(s.len());
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// xorshift64: reproducible from the seed, and no dependency for a tool.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    /// A number in `0..n` (0 when `n` is 0).
    fn below(&mut self, n: usize) -> usize {
        if n == 0 {
            0
        } else {
            (self.next() % n as u64) as usize
        }
    }
}
