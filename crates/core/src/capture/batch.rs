//! Batch import: files and folders (recursively), read and extracted by one worker per
//! core and written in input order, with progress reported after every item,
//! cancellation between items, and failures collected so the rest go on. Each item is
//! its own savepoint inside a group transaction: a failure or a cancel never undoes an
//! article already stored, and never leaves half of one.

use std::panic::AssertUnwindSafe;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{mpsc, Mutex};
use std::time::{Duration, Instant};

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::{CaptureError, Format, ImportRequest, Prepared, MAX_ORIGINAL_BYTES};
use crate::model::{CaptureKind, ImportOutcome};
use crate::store::write::{index_outcomes, write_capture_unindexed};
use crate::Library;

/// File extensions imported from folders (a file named explicitly is always tried); the
/// browser file input of `ui/src/components/FilePicker.svelte` accepts the same list.
pub const IMPORTABLE: &[&str] = &[
    "html", "htm", "xhtml", "shtml", "mhtml", "mht", "txt", "md", "markdown", "mdown", "mkd",
];

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
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct BatchReport {
    pub outcomes: Vec<ImportOutcome>,
    pub failures: Vec<BatchFailure>,
    /// True when the batch stopped early because it was cancelled.
    pub cancelled: bool,
    /// Items not attempted because of the cancel.
    pub skipped: u32,
}

impl BatchProgress {
    /// Where a batch made of two in turn is while the first runs: the second's items
    /// (`later` of them, the first named by `next`) count in the total.
    pub fn before(&self, later: u32, next: Option<&str>) -> BatchProgress {
        BatchProgress {
            total: self.total.saturating_add(later),
            current: self.current.clone().or_else(|| next.map(str::to_string)),
            ..self.clone()
        }
    }

    /// Where a batch made of two in turn is while the second runs, `self` being where
    /// the first ended.
    pub fn then(&self, second: &BatchProgress) -> BatchProgress {
        BatchProgress {
            done: self.done.saturating_add(second.done),
            total: self.total.saturating_add(second.total),
            current: second.current.clone(),
            imported: self.imported.saturating_add(second.imported),
            already_there: self.already_there.saturating_add(second.already_there),
            failures: self
                .failures
                .iter()
                .chain(&second.failures)
                .cloned()
                .collect(),
        }
    }
}

impl BatchReport {
    /// The report of two batches run in turn, as one.
    pub fn then(mut self, second: BatchReport) -> BatchReport {
        self.outcomes.extend(second.outcomes);
        self.failures.extend(second.failures);
        self.cancelled |= second.cancelled;
        self.skipped = self.skipped.saturating_add(second.skipped);
        self
    }
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
        copied_text: None,
    })
}

/// Most items of a batch in flight at once (read, extracted, waiting to be written).
const IN_FLIGHT: usize = 16;

/// Most items written in one transaction, and longest a transaction stays open: written
/// items become durable together, with one sync instead of one each.
const GROUP_ITEMS: usize = 64;
const GROUP_TIME: Duration = Duration::from_millis(250);

/// One item's slot in the pipeline: its result arrives here, in input order for the writer.
type Slot = mpsc::Receiver<Result<Prepared, CaptureError>>;

impl Library {
    /// Imports files and folders. `progress` is called before the first item and after
    /// every item, in input order, once that item is durable; `cancel` stops the batch
    /// between items and keeps what was stored.
    ///
    /// Workers (one per core) read and extract items side by side while this thread
    /// writes them in input order. The writer takes whatever is ready into one
    /// transaction (at most [`GROUP_ITEMS`], [`GROUP_TIME`]), each item under its own
    /// savepoint, so one item's failure never undoes another and the write lock is
    /// never held while waiting for a worker.
    pub fn import_paths(
        &self,
        paths: &[PathBuf],
        format: Format,
        cancel: &AtomicBool,
        progress: impl FnMut(&BatchProgress),
    ) -> BatchReport {
        let inputs = collect_inputs(paths);
        let names: Vec<String> = inputs.iter().map(|p| p.display().to_string()).collect();
        let workers = std::thread::available_parallelism()
            .map(|n| n.get())
            .unwrap_or(1)
            .clamp(1, 4);
        self.run_batch(&names, workers, cancel, progress, |i| {
            request_for_path(&inputs[i], format)
                .and_then(|request| self.prepare_import(request, |_| {}))
        })
    }

    /// The batch pipeline for `inputs` (named as the user gave them): `prepare` reads and
    /// extracts input `i` on one of `workers` threads, and this thread writes the results
    /// in input order, as [`Library::import_paths`] describes.
    pub(crate) fn run_batch(
        &self,
        inputs: &[String],
        workers: usize,
        cancel: &AtomicBool,
        mut progress: impl FnMut(&BatchProgress),
        prepare: impl Fn(usize) -> Result<Prepared, CaptureError> + Sync,
    ) -> BatchReport {
        let mut state = BatchProgress {
            done: 0,
            total: u32::try_from(inputs.len()).unwrap_or(u32::MAX),
            current: inputs.first().cloned(),
            imported: 0,
            already_there: 0,
            failures: Vec::new(),
        };
        let mut outcomes = Vec::new();
        progress(&state);
        let (task_tx, task_rx) = mpsc::channel::<(usize, mpsc::SyncSender<_>)>();
        let task_rx = Mutex::new(task_rx);
        let (slot_tx, slot_rx) = mpsc::sync_channel::<Slot>(IN_FLIGHT);
        let cancelled = std::thread::scope(|scope| {
            // Hands out items in order; the bounded slot queue keeps at most IN_FLIGHT
            // items ahead of the writer.
            scope.spawn(move || {
                for i in 0..inputs.len() {
                    if cancel.load(Ordering::Relaxed) {
                        break;
                    }
                    let (result_tx, result_rx) = mpsc::sync_channel(1);
                    if slot_tx.send(result_rx).is_err() || task_tx.send((i, result_tx)).is_err() {
                        break;
                    }
                }
            });
            for _ in 0..workers.max(1) {
                let task_rx = &task_rx;
                let prepare = &prepare;
                scope.spawn(move || loop {
                    let next = task_rx.lock().unwrap_or_else(|p| p.into_inner()).recv();
                    let Ok((i, result_tx)) = next else { break };
                    if cancel.load(Ordering::Relaxed) {
                        break;
                    }
                    // A panic in a parser on a hostile page fails that item, not the batch.
                    let result = std::panic::catch_unwind(AssertUnwindSafe(|| prepare(i)))
                        .unwrap_or_else(|_| {
                            Err(CaptureError::ExtractorFailed {
                                input: inputs[i].clone(),
                            })
                        });
                    let _ = result_tx.send(result);
                });
            }
            // Owned here, so that when this writer stops the dispatcher's sends fail and
            // every thread of the scope ends.
            let slot_rx = slot_rx;
            let mut written = Vec::new();
            let mut waiting: Option<Slot> = None;
            loop {
                if cancel.load(Ordering::Relaxed) {
                    return true;
                }
                // Wait for the next item without holding the write lock.
                let slot = match waiting.take() {
                    Some(slot) => slot,
                    None => match slot_rx.recv() {
                        Ok(slot) => slot,
                        Err(_) => return false,
                    },
                };
                let Ok(first) = slot.recv() else {
                    return cancel.load(Ordering::Relaxed);
                };
                let group_start = state.done as usize;
                waiting = self.write_group(first, &slot_rx, cancel, &mut written);
                for (i, result) in written.drain(..).enumerate() {
                    let input = inputs[group_start + i].clone();
                    match result {
                        Ok(outcome) => {
                            match outcome {
                                ImportOutcome::AlreadyThere { .. } => state.already_there += 1,
                                _ => state.imported += 1,
                            }
                            outcomes.push(outcome);
                        }
                        Err(WriteError::Capture(err)) => state.failures.push(BatchFailure {
                            input,
                            message: err.to_string(),
                        }),
                        Err(WriteError::Storage(reason)) => state.failures.push(BatchFailure {
                            message: format!("{input}: could not be stored: {reason}"),
                            input,
                        }),
                    }
                    state.done += 1;
                    state.current = inputs.get(state.done as usize).cloned();
                    progress(&state);
                }
            }
        });
        let done = state.done as usize;
        BatchReport {
            outcomes,
            failures: state.failures,
            cancelled: cancelled && done < inputs.len(),
            skipped: u32::try_from(inputs.len() - done).unwrap_or(u32::MAX),
        }
    }

    /// Writes `first` and the items already prepared after it in one transaction, each
    /// under its own savepoint, then their full-text index rows, and appends each item's
    /// result to `written` once the transaction is committed (or each item's error when it
    /// is not). Returns the slot of an item it took from the queue that was not ready yet.
    fn write_group(
        &self,
        first: Result<Prepared, CaptureError>,
        slots: &mpsc::Receiver<Slot>,
        cancel: &AtomicBool,
        written: &mut Vec<Result<ImportOutcome, WriteError>>,
    ) -> Option<Slot> {
        let started = Instant::now();
        let mut conn = self.conn();
        let mut tx = match conn.transaction() {
            Ok(tx) => tx,
            Err(err) => {
                written.push(Err(WriteError::Storage(err.to_string())));
                return None;
            }
        };
        let group_start = written.len();
        let mut item = first;
        let mut waiting = None;
        loop {
            written.push(write_one(&mut tx, item));
            if written.len() - group_start >= GROUP_ITEMS
                || started.elapsed() >= GROUP_TIME
                || cancel.load(Ordering::Relaxed)
            {
                break;
            }
            // Only items already prepared join the group: never wait holding the lock.
            let Ok(slot) = slots.try_recv() else { break };
            match slot.try_recv() {
                Ok(next) => item = next,
                Err(mpsc::TryRecvError::Empty) => {
                    waiting = Some(slot);
                    break;
                }
                Err(mpsc::TryRecvError::Disconnected) => break,
            }
        }
        // The index rows of the whole group, in one go (see `write_capture_unindexed`).
        let indexed = index_outcomes(&tx, written[group_start..].iter().flatten());
        if let Err(err) = indexed.and_then(|()| tx.commit()) {
            for result in &mut written[group_start..] {
                if result.is_ok() {
                    *result = Err(WriteError::Storage(err.to_string()));
                }
            }
        }
        waiting
    }
}

/// Why one item of a batch was not written.
enum WriteError {
    /// It could not be read or extracted (the error names the input).
    Capture(CaptureError),
    /// The database refused it, or its transaction could not be committed.
    Storage(String),
}

/// Writes one prepared item under a savepoint: a failure undoes only this item.
fn write_one(
    tx: &mut rusqlite::Transaction,
    item: Result<Prepared, CaptureError>,
) -> Result<ImportOutcome, WriteError> {
    match item {
        Err(err) => Err(WriteError::Capture(err)),
        Ok(Prepared::AlreadyThere(outcome)) => Ok(outcome),
        Ok(Prepared::Ready(prepared)) => {
            let write = |tx: &mut rusqlite::Transaction| -> rusqlite::Result<ImportOutcome> {
                let savepoint = tx.savepoint()?;
                let outcome = write_capture_unindexed(&savepoint, &prepared)?;
                savepoint.commit()?;
                Ok(outcome)
            };
            write(tx).map_err(|err| WriteError::Storage(err.to_string()))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const PARAGRAPH: &str = "This paragraph is long enough to be read as the body of an article by the text reader of Cuttings.";

    #[test]
    fn the_apps_file_input_accepts_every_importable_extension() {
        let picker = include_str!("../../../../ui/src/components/FilePicker.svelte");
        let accept = picker
            .split("accept=\"")
            .nth(1)
            .and_then(|rest| rest.split('"').next())
            .expect("the file input's accept list");
        let accepted: Vec<&str> = accept.split(',').collect();
        for ext in IMPORTABLE {
            assert!(
                accepted.contains(&format!(".{ext}").as_str()),
                ".{ext} not in {accept}"
            );
        }
    }

    #[test]
    fn two_batches_in_turn_report_as_one() {
        let failure = |input: &str| BatchFailure {
            input: input.into(),
            message: format!("{input}: unreadable"),
        };
        let files_end = BatchProgress {
            done: 3,
            total: 3,
            current: None,
            imported: 1,
            already_there: 1,
            failures: vec![failure("a.html")],
        };
        let files_start = BatchProgress {
            done: 0,
            current: Some("a.html".into()),
            imported: 0,
            already_there: 0,
            failures: vec![],
            ..files_end.clone()
        };
        // While the files run, the links count in the total; after the last file, the
        // first link is next.
        assert_eq!(files_start.before(2, Some("https://a")).total, 5);
        assert_eq!(
            files_start.before(2, Some("https://a")).current.as_deref(),
            Some("a.html")
        );
        assert_eq!(
            files_end.before(2, Some("https://a")).current.as_deref(),
            Some("https://a")
        );
        let links = BatchProgress {
            done: 1,
            total: 2,
            current: Some("https://b".into()),
            imported: 0,
            already_there: 0,
            failures: vec![failure("https://a")],
        };
        assert_eq!(
            files_end.then(&links),
            BatchProgress {
                done: 4,
                total: 5,
                current: Some("https://b".into()),
                imported: 1,
                already_there: 1,
                failures: vec![failure("a.html"), failure("https://a")],
            }
        );
        let report = |failures: Vec<BatchFailure>, cancelled, skipped| BatchReport {
            outcomes: vec![],
            failures,
            cancelled,
            skipped,
        };
        let both = report(vec![failure("a.html")], false, 0).then(report(
            vec![failure("https://a")],
            true,
            1,
        ));
        assert_eq!(both.failures.len(), 2);
        assert!(both.cancelled);
        assert_eq!(both.skipped, 1);
    }

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

    /// A folder of `n` text clippings, `000.txt`…, headlined "Headline number i".
    fn numbered_clippings(n: usize) -> tempfile::TempDir {
        let dir = tempfile::tempdir().unwrap();
        for i in 0..n {
            std::fs::write(
                dir.path().join(format!("{i:03}.txt")),
                format!("Headline number {i}\n\n{PARAGRAPH} Item {i}."),
            )
            .unwrap();
        }
        dir
    }

    #[test]
    fn a_cancelled_batch_keeps_what_it_stored_and_stops() {
        let dir = numbered_clippings(300);
        let lib = Library::open_in_memory().unwrap();
        let cancel = AtomicBool::new(false);
        let mut reported = 0;
        let report = lib.import_paths(&[dir.path().to_path_buf()], Format::Auto, &cancel, |p| {
            reported = p.done;
            if p.done == 1 {
                cancel.store(true, Ordering::Relaxed);
            }
        });
        assert!(report.cancelled);
        assert!(report.failures.is_empty(), "{:?}", report.failures);
        let stored = report.outcomes.len();
        // Whatever was written in the transaction of the first item is kept and
        // reported; nothing after it is started.
        assert!((1..=GROUP_ITEMS).contains(&stored), "{stored} stored");
        assert_eq!(reported as usize, stored);
        assert_eq!(report.skipped as usize, 300 - stored);
        assert_eq!(lib.info().unwrap().article_count as usize, stored);
    }

    #[test]
    fn a_large_batch_is_written_in_input_order_with_progress_for_every_item() {
        let dir = numbered_clippings(150);
        // Duplicates of an earlier item, in the same batch, are recognised.
        std::fs::copy(dir.path().join("000.txt"), dir.path().join("dup.txt")).unwrap();
        std::fs::write(dir.path().join("empty.txt"), "").unwrap();
        let lib = Library::open_in_memory().unwrap();
        let mut seen = Vec::new();
        let report = lib.import_paths(
            &[dir.path().to_path_buf()],
            Format::Auto,
            &AtomicBool::new(false),
            |p| seen.push(p.done),
        );
        assert_eq!(seen, (0..=152).collect::<Vec<u32>>());
        assert_eq!(report.failures.len(), 1);
        assert!(report.failures[0].input.ends_with("empty.txt"));
        let titles: Vec<String> = report
            .outcomes
            .iter()
            .map(|o| match o {
                ImportOutcome::Created { title, .. } => title.clone(),
                ImportOutcome::AlreadyThere { title, .. } => format!("again: {title}"),
                other => panic!("unexpected {other:?}"),
            })
            .collect();
        let mut expected: Vec<String> = (0..150).map(|i| format!("Headline number {i}")).collect();
        expected.push("again: Headline number 0".into());
        assert_eq!(titles, expected);
        assert_eq!(lib.info().unwrap().article_count, 150);
        // Every article has its full-text row (written a group at a time), once.
        let count = |query: &str| -> i64 {
            lib.conn()
                .query_row(
                    "SELECT count(*) FROM article_fts WHERE article_fts MATCH ?1",
                    [query],
                    |r| r.get(0),
                )
                .unwrap()
        };
        assert_eq!(count("headline"), 150);
        assert_eq!(count("\"number 149\""), 1);
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
