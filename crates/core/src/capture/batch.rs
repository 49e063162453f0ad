//! Batch import: files and folders (recursively) imported one by one, with progress
//! reported after every item, cancellation between items, and failures collected so the
//! rest go on. Each item is its own transaction: a failure or a cancel never undoes an
//! article already stored, and never leaves half of one.

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::{CaptureError, Format, ImportRequest, MAX_ORIGINAL_BYTES};
use crate::model::{CaptureKind, ImportOutcome};
use crate::Library;

/// File extensions imported from folders (a file named explicitly is always tried).
const IMPORTABLE: &[&str] = &["html", "htm", "xhtml", "shtml", "mhtml", "mht", "txt"];

/// Folders never descended into: a saved page's resources, hidden folders.
fn skip_folder(name: &str) -> bool {
    name.starts_with('.')
        || name.ends_with("_files")
        || name.ends_with("_fichiers")
        || name == "node_modules"
}

/// Where a batch is, after each item.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct BatchProgress {
    /// Items finished (imported, already there, or failed).
    pub done: u32,
    pub total: u32,
    /// The item being imported next, when there is one.
    pub current: Option<String>,
    pub imported: u32,
    pub already_there: u32,
    pub failures: Vec<BatchFailure>,
}

/// One item that could not be imported, and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct BatchFailure {
    pub input: String,
    pub message: String,
}

/// What a finished (or cancelled) batch did.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct BatchReport {
    pub outcomes: Vec<ImportOutcome>,
    pub failures: Vec<BatchFailure>,
    /// True when the batch stopped early because it was cancelled.
    pub cancelled: bool,
    /// Items not attempted because of the cancel.
    pub skipped: u32,
}

/// The importable files under `paths`: files as given, folders walked recursively (in
/// name order, skipping hidden and `_files` folders), symlinked folders not followed.
pub fn collect_inputs(paths: &[PathBuf]) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for path in paths {
        if path.is_dir() {
            walk(path, &mut out, 0);
        } else {
            out.push(path.clone());
        }
    }
    out
}

fn walk(dir: &Path, out: &mut Vec<PathBuf>, depth: usize) {
    if depth > 32 {
        return;
    }
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    let mut entries: Vec<_> = entries.filter_map(Result::ok).collect();
    entries.sort_by_key(|e| e.file_name());
    for entry in entries {
        let path = entry.path();
        let name = entry.file_name().to_string_lossy().into_owned();
        let Ok(kind) = entry.file_type() else {
            continue;
        };
        if kind.is_dir() {
            if !skip_folder(&name) {
                walk(&path, out, depth + 1);
            }
        } else if kind.is_file() {
            let ext = path
                .extension()
                .and_then(|e| e.to_str())
                .unwrap_or("")
                .to_ascii_lowercase();
            if IMPORTABLE.contains(&ext.as_str()) && !name.starts_with('.') {
                out.push(path);
            }
        }
    }
}

/// Reads a file into an import request (its folder resolves the page's local images).
pub fn request_for_path(path: &Path, format: Format) -> Result<ImportRequest, CaptureError> {
    let input = path.display().to_string();
    let meta = std::fs::metadata(path).map_err(|e| CaptureError::Unreadable {
        input: input.clone(),
        reason: e.to_string(),
    })?;
    if meta.is_dir() {
        return Err(CaptureError::Unreadable {
            input,
            reason: "it is a folder".into(),
        });
    }
    if meta.len() > MAX_ORIGINAL_BYTES as u64 {
        return Err(CaptureError::TooLarge {
            input,
            size: usize::try_from(meta.len()).unwrap_or(usize::MAX),
            limit: MAX_ORIGINAL_BYTES,
        });
    }
    let bytes = std::fs::read(path).map_err(|e| CaptureError::Unreadable {
        input: input.clone(),
        reason: e.to_string(),
    })?;
    Ok(ImportRequest {
        bytes,
        kind: CaptureKind::File,
        source_name: input,
        format,
        url: None,
        base_dir: path.parent().map(Path::to_path_buf),
        http: None,
    })
}

impl Library {
    /// Imports files and folders one by one. `progress` is called before the first item
    /// and after every item; `cancel` is checked between items.
    pub fn import_paths(
        &self,
        paths: &[PathBuf],
        format: Format,
        cancel: &AtomicBool,
        mut progress: impl FnMut(&BatchProgress),
    ) -> BatchReport {
        let inputs = collect_inputs(paths);
        let mut state = BatchProgress {
            done: 0,
            total: u32::try_from(inputs.len()).unwrap_or(u32::MAX),
            current: inputs.first().map(|p| p.display().to_string()),
            imported: 0,
            already_there: 0,
            failures: Vec::new(),
        };
        let mut outcomes = Vec::new();
        progress(&state);
        for (i, path) in inputs.iter().enumerate() {
            if cancel.load(Ordering::Relaxed) {
                return BatchReport {
                    outcomes,
                    failures: state.failures,
                    cancelled: true,
                    skipped: u32::try_from(inputs.len() - i).unwrap_or(u32::MAX),
                };
            }
            match request_for_path(path, format).and_then(|r| self.import(r)) {
                Ok(outcome) => {
                    match outcome {
                        ImportOutcome::AlreadyThere { .. } => state.already_there += 1,
                        _ => state.imported += 1,
                    }
                    outcomes.push(outcome);
                }
                Err(err) => state.failures.push(BatchFailure {
                    input: path.display().to_string(),
                    message: err.to_string(),
                }),
            }
            state.done += 1;
            state.current = inputs.get(i + 1).map(|p| p.display().to_string());
            progress(&state);
        }
        BatchReport {
            outcomes,
            failures: state.failures,
            cancelled: false,
            skipped: 0,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const PARAGRAPH: &str = "This paragraph is long enough to be read as the body of an article by the text reader of Cuttings.";

    fn folder() -> tempfile::TempDir {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        std::fs::create_dir_all(root.join("a/Page_files")).unwrap();
        std::fs::create_dir_all(root.join(".hidden")).unwrap();
        std::fs::write(
            root.join("a/one.txt"),
            format!("First headline here\n\n{PARAGRAPH}"),
        )
        .unwrap();
        std::fs::write(root.join("a/Page_files/skip.html"), "<p>resource</p>").unwrap();
        std::fs::write(root.join(".hidden/two.txt"), "hidden").unwrap();
        std::fs::write(root.join("b.html"), format!("<html><body><h1>Second headline</h1><p>{PARAGRAPH}</p><p>{PARAGRAPH}</p></body></html>")).unwrap();
        std::fs::write(root.join("empty.txt"), "   ").unwrap();
        std::fs::write(root.join("image.png"), [0x89, b'P', b'N', b'G']).unwrap();
        dir
    }

    #[test]
    fn folders_are_walked_without_resources_or_hidden_files() {
        let dir = folder();
        let found = collect_inputs(&[dir.path().to_path_buf()]);
        let names: Vec<String> = found
            .iter()
            .map(|p| p.strip_prefix(dir.path()).unwrap().display().to_string())
            .collect();
        assert_eq!(names, vec!["a/one.txt", "b.html", "empty.txt"]);
    }

    #[test]
    fn a_batch_reports_progress_and_goes_on_after_failures() {
        let dir = folder();
        let lib = Library::open_in_memory().unwrap();
        let mut seen = Vec::new();
        let report = lib.import_paths(
            &[dir.path().to_path_buf()],
            Format::Auto,
            &AtomicBool::new(false),
            |p| seen.push((p.done, p.total, p.failures.len())),
        );
        assert_eq!(seen, vec![(0, 3, 0), (1, 3, 0), (2, 3, 0), (3, 3, 1)]);
        assert_eq!(report.outcomes.len(), 2);
        assert_eq!(report.failures.len(), 1);
        assert!(report.failures[0].input.ends_with("empty.txt"));
        assert!(report.failures[0].message.contains("empty.txt"));
        assert!(!report.cancelled);
        assert_eq!(lib.info().unwrap().article_count, 2);
    }

    #[test]
    fn a_cancelled_batch_keeps_what_it_stored() {
        let dir = folder();
        let lib = Library::open_in_memory().unwrap();
        let cancel = AtomicBool::new(false);
        let report = lib.import_paths(&[dir.path().to_path_buf()], Format::Auto, &cancel, |p| {
            if p.done == 1 {
                cancel.store(true, Ordering::Relaxed);
            }
        });
        assert!(report.cancelled);
        assert_eq!(report.skipped, 2);
        assert_eq!(report.outcomes.len(), 1);
        assert_eq!(lib.info().unwrap().article_count, 1);
    }

    #[test]
    fn missing_files_and_folders_given_as_files_fail_clearly() {
        let err = request_for_path(Path::new("/no/such/file.html"), Format::Auto).unwrap_err();
        assert!(
            err.to_string()
                .starts_with("/no/such/file.html: cannot be read"),
            "{err}"
        );
        let dir = tempfile::tempdir().unwrap();
        let err = request_for_path(dir.path(), Format::Auto).unwrap_err();
        assert!(err.to_string().contains("it is a folder"));
    }
}
