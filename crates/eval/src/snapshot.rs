//! Snapshots of what extraction gives, page by page, and the differences between two of
//! them: the check that an extraction change moved only the pages it meant to.
//!
//! ```text
//! cuttings-eval --snapshot OUT.json [FOLDER…]   # every page's fields, as JSON
//! cuttings-eval --compare OLD.json NEW.json     # the pages and fields that differ
//! ```
//!
//! Without folders, a snapshot takes the corpus: each Readability page's `source.html`
//! (with the page URL of its `expected-metadata.json`, as the scores do) and `clipped.txt`,
//! and the seed clipping. Folders given are walked recursively: `.html`/`.htm` files are
//! read as saved pages (with the address in `NAME.url` beside a page, when there is one),
//! `.txt` files as pasted text. Every field of [`Extracted`] that a
//! user sees is kept, the body as a list of paragraphs, so a comparison names the
//! paragraph that changed.

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};

use anyhow::{Context, Result};
use cuttings_core::capture::{decode, html, text, DateValue, Extracted};
use serde_json::{json, Value};

/// Writes the snapshot of `folders` (or of the corpus when there are none) to `out`.
pub fn write(corpus: &Path, folders: &[PathBuf], out: &Path) -> Result<()> {
    let mut pages = BTreeMap::new();
    if folders.is_empty() {
        corpus_pages(corpus, &mut pages)?;
    }
    for folder in folders {
        // Keyed by the folder's name and the path under it, so a folder given as `./x` or
        // `/abs/x` keys its pages alike.
        let name = folder
            .canonicalize()
            .ok()
            .and_then(|f| f.file_name().map(|n| n.to_string_lossy().into_owned()))
            .unwrap_or_else(|| folder.display().to_string());
        for file in files_under(folder)? {
            let under = file.strip_prefix(folder).unwrap_or(&file);
            let key = if under.as_os_str().is_empty() {
                name.clone()
            } else {
                format!("{name}/{}", under.display())
            };
            let extension = file.extension().and_then(|e| e.to_str());
            let bytes = fs::read(&file).with_context(|| file.display().to_string())?;
            // A page's address, where known, sits beside it in `NAME.url`.
            let url = fs::read_to_string(file.with_extension("url")).ok();
            let url = url.as_deref().map(str::trim);
            let extracted = match extension {
                Some("txt") => text::read_text_clipping(&decode::decode_text(&bytes)),
                _ => html::read_html(&decode::decode_html(&bytes), url, None),
            };
            pages.insert(key, fields(&extracted));
        }
    }
    let count = pages.len();
    fs::write(out, serde_json::to_vec_pretty(&pages)?)
        .with_context(|| out.display().to_string())?;
    println!("{count} pages written to {}", out.display());
    Ok(())
}

fn corpus_pages(corpus: &Path, pages: &mut BTreeMap<String, Value>) -> Result<()> {
    let seed = corpus.join("clippings/telesur-kosovo-2022.txt");
    let t = decode::decode_text(&fs::read(&seed).with_context(|| seed.display().to_string())?);
    pages.insert(
        "clippings/telesur-kosovo-2022.txt".into(),
        fields(&text::read_text_clipping(&t)),
    );
    let dir = corpus.join("readability");
    let mut names: Vec<String> = fs::read_dir(&dir)
        .with_context(|| dir.display().to_string())?
        .filter_map(|e| e.ok())
        .filter(|e| e.path().join("source.html").is_file())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    for name in names {
        let page_dir = dir.join(&name);
        let meta: Value = fs::read(page_dir.join("expected-metadata.json"))
            .ok()
            .and_then(|b| serde_json::from_slice(&b).ok())
            .unwrap_or(Value::Null);
        let url = meta.get("url").and_then(Value::as_str);
        let page = decode::decode_html(&fs::read(page_dir.join("source.html"))?);
        pages.insert(
            format!("readability/{name}/source.html"),
            fields(&html::read_html(&page, url, None)),
        );
        let clipped = page_dir.join("clipped.txt");
        if clipped.is_file() {
            let t = decode::decode_text(&fs::read(&clipped)?);
            pages.insert(
                format!("readability/{name}/clipped.txt"),
                fields(&text::read_text_clipping(&t)),
            );
        }
    }
    Ok(())
}

/// Files under `folder` (or `folder` itself), in name order; a corpus page's
/// `expected.html` is an answer, not a page.
fn files_under(folder: &Path) -> Result<Vec<PathBuf>> {
    if folder.is_file() {
        return Ok(vec![folder.to_path_buf()]);
    }
    let mut out = Vec::new();
    let mut stack = vec![folder.to_path_buf()];
    while let Some(dir) = stack.pop() {
        for entry in fs::read_dir(&dir).with_context(|| dir.display().to_string())? {
            let path = entry?.path();
            if path.is_dir() {
                stack.push(path);
            } else if matches!(
                path.extension().and_then(|e| e.to_str()),
                Some("html" | "htm" | "txt")
            ) && path.file_name().is_none_or(|n| n != "expected.html")
            {
                out.push(path);
            }
        }
    }
    out.sort();
    Ok(out)
}

fn date(d: &Option<DateValue>) -> Value {
    match d {
        Some(d) => json!(format!("{} ({})", d.normalized, d.raw)),
        None => Value::Null,
    }
}

/// The fields a user sees, as JSON.
fn fields(e: &Extracted) -> Value {
    json!({
        "title": e.title,
        "standfirst": e.standfirst,
        "byline": e.byline,
        "authors": e.authors,
        "published": date(&e.published),
        "modified": date(&e.modified),
        "site_name": e.site_name,
        "section": e.section,
        "genre": e.genre,
        "language": e.language,
        "url": e.url,
        "paragraphs": e.body_text.split("\n\n").filter(|p| !p.trim().is_empty()).collect::<Vec<_>>(),
        "photos": e.photos.iter().map(|p| json!({
            "url": p.url, "caption": p.caption, "credit": p.credit, "alt": p.alt,
        })).collect::<Vec<_>>(),
        "related": e.related.iter().map(|r| json!({"title": r.title, "url": r.url})).collect::<Vec<_>>(),
        "warnings": e.warnings,
    })
}

/// Prints every page whose fields differ between two snapshots, and a count.
pub fn compare(old: &Path, new: &Path) -> Result<()> {
    let read = |p: &Path| -> Result<BTreeMap<String, Value>> {
        serde_json::from_slice(&fs::read(p).with_context(|| p.display().to_string())?)
            .with_context(|| format!("{}: not a snapshot", p.display()))
    };
    let (old, new) = (read(old)?, read(new)?);
    let mut changed = 0;
    let mut unmatched = 0;
    for (page, after) in &new {
        let Some(before) = old.get(page) else {
            println!("{page}: only in the new snapshot");
            unmatched += 1;
            continue;
        };
        let lines = differences(before, after);
        if !lines.is_empty() {
            changed += 1;
            println!("{page}");
            for line in lines {
                println!("  {line}");
            }
        }
    }
    for page in old.keys().filter(|p| !new.contains_key(*p)) {
        println!("{page}: only in the old snapshot");
        unmatched += 1;
    }
    println!(
        "{changed} of {} pages changed, {unmatched} in one snapshot only",
        new.len()
    );
    Ok(())
}

/// One line per differing field; a list field names its differing items.
fn differences(before: &Value, after: &Value) -> Vec<String> {
    let (Some(b), Some(a)) = (before.as_object(), after.as_object()) else {
        return vec!["not an object".into()];
    };
    let mut out: Vec<String> = b
        .keys()
        .filter(|field| !a.contains_key(*field))
        .map(|field| format!("{field}: only in the old snapshot"))
        .collect();
    for (field, new) in a {
        let old = b.get(field).unwrap_or(&Value::Null);
        if old == new {
            continue;
        }
        match (old.as_array(), new.as_array()) {
            (Some(o), Some(n)) => {
                out.push(format!("{field}: {} → {} items", o.len(), n.len()));
                let gone = o.iter().filter(|x| !n.contains(x));
                let came = n.iter().filter(|x| !o.contains(x));
                out.extend(gone.take(6).map(|x| format!("  - {}", short(x))));
                out.extend(came.take(6).map(|x| format!("  + {}", short(x))));
            }
            _ => out.push(format!("{field}: {} → {}", short(old), short(new))),
        }
    }
    out
}

fn short(v: &Value) -> String {
    let s = match v {
        Value::String(s) => s.clone(),
        other => other.to_string(),
    };
    if s.chars().count() > 140 {
        format!("{}…", s.chars().take(140).collect::<String>())
    } else {
        s
    }
}
