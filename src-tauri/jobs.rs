//! Batch imports started from outside the webview (files and links dropped on the window,
//! the native file and folder pickers). The paths never come from the page: the shell
//! receives them from the OS and hands them to the core's batch service, which reports
//! progress that is forwarded to the UI as events. A link dragged out of a browser arrives
//! among the paths as its web address, and is fetched like one given to the URL box. One
//! batch runs at a time; later ones wait their turn.

use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};

use cuttings_core::capture::batch::{BatchFailure, BatchProgress, BatchReport};
use cuttings_core::capture::{shortcut, Format};
use tauri::{AppHandle, Emitter, Manager, Runtime};

use crate::state::AppState;

/// Event with a `BatchProgress` payload, after every item.
pub const PROGRESS_EVENT: &str = "import-progress";
/// Event with a `BatchReport` payload, when a batch ends (finished or cancelled).
pub const FINISHED_EVENT: &str = "import-finished";
/// Event with a `CommandError` payload, when a batch cannot start at all.
pub const FAILED_EVENT: &str = "import-failed";

/// The running batch's cancel flag, and the lock that makes batches take turns.
#[derive(Default)]
pub struct ImportJobs {
    running: Mutex<()>,
    cancel: Mutex<Option<Arc<AtomicBool>>>,
}

impl ImportJobs {
    /// Asks the running batch (if any) to stop after its current item.
    pub fn cancel(&self) -> bool {
        let guard = self.cancel.lock().unwrap_or_else(|p| p.into_inner());
        match guard.as_ref() {
            Some(flag) => {
                flag.store(true, Ordering::Relaxed);
                true
            }
            None => false,
        }
    }
}

/// What a drop or a picker gave, sorted: files and folders to read, web addresses to
/// fetch, and link files that hold no web address (each with why).
#[derive(Debug, Default, PartialEq)]
pub struct Dropped {
    pub files: Vec<PathBuf>,
    pub links: Vec<String>,
    pub refused: Vec<BatchFailure>,
}

/// Sorts what a drop gave. A browser drags a link as a `text/uri-list`, which the webview's
/// drop handler passes on as a path whose text is the address (percent escapes already
/// decoded, which parsing puts back where an address needs them). A link file (what a
/// desktop keeps of a dragged link: `.desktop`, `.url`, `.webloc`) stands for its address.
pub fn split_links(paths: Vec<PathBuf>) -> Dropped {
    let mut dropped = Dropped::default();
    for path in paths {
        if let Some(link) = path.to_str().and_then(shortcut::web_address) {
            dropped.links.push(link);
            continue;
        }
        match shortcut::address_of(&path) {
            Some(Ok(link)) => dropped.links.push(link),
            Some(Err(message)) => dropped.refused.push(BatchFailure {
                input: path.display().to_string(),
                message,
            }),
            None => dropped.files.push(path),
        }
    }
    dropped
}

/// Imports `paths` (files, folders, and web addresses of dropped links) on a worker
/// thread as one batch, emitting progress events to the app: the files first, then the
/// links, fetched under the app's address rules.
pub fn start<R: Runtime>(app: &AppHandle<R>, paths: Vec<PathBuf>) {
    let dropped = split_links(paths);
    run(app, dropped.files, dropped.links, dropped.refused);
}

/// Saves `links` (web addresses the page listed: links pasted or dropped as text, one per
/// line) from the web as a batch, like links dropped on the window.
pub fn start_links<R: Runtime>(app: &AppHandle<R>, links: Vec<String>) {
    run(app, Vec::new(), links, Vec::new());
}

/// Imports `files`, then `links`, on a worker thread as one batch, whose report also
/// names the `refused` inputs.
fn run<R: Runtime>(
    app: &AppHandle<R>,
    files: Vec<PathBuf>,
    links: Vec<String>,
    refused: Vec<BatchFailure>,
) {
    if files.is_empty() && links.is_empty() && refused.is_empty() {
        return;
    }
    let app = app.clone();
    std::thread::spawn(move || {
        let state = app.state::<AppState>();
        let library = match state.library() {
            Ok(library) => library,
            Err(err) => {
                let _ = app.emit(FAILED_EVENT, err);
                return;
            }
        };
        let jobs = app.state::<ImportJobs>();
        let _turn = jobs.running.lock().unwrap_or_else(|p| p.into_inner());
        let flag = Arc::new(AtomicBool::new(false));
        *jobs.cancel.lock().unwrap_or_else(|p| p.into_inner()) = Some(flag.clone());
        let later = u32::try_from(links.len()).unwrap_or(u32::MAX);
        let mut files_end: Option<BatchProgress> = None;
        let mut report = BatchReport {
            failures: refused,
            ..BatchReport::default()
        };
        if !files.is_empty() {
            report = report.then(
                library.import_paths(&files, Format::Auto, &flag, |progress| {
                    let shown = progress.before(later, links.first().map(String::as_str));
                    let _ = app.emit(PROGRESS_EVENT, &shown);
                    files_end = Some(progress.clone());
                }),
            );
        }
        if !links.is_empty() {
            let policy = state.fetch_policy().clone();
            let links_report = library.import_urls(&links, &policy, &flag, |progress| {
                let shown = match &files_end {
                    Some(files) => files.then(progress),
                    None => progress.clone(),
                };
                let _ = app.emit(PROGRESS_EVENT, &shown);
            });
            report = report.then(links_report);
        }
        *jobs.cancel.lock().unwrap_or_else(|p| p.into_inner()) = None;
        let _ = app.emit(FINISHED_EVENT, report);
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dropped_links_are_told_from_dropped_files() {
        let dir = tempfile::tempdir().unwrap();
        let desktop = dir.path().join("Bridge reopens.desktop");
        std::fs::write(
            &desktop,
            "[Desktop Entry]\nType=Link\nURL=https://news.example.com/bridge\n",
        )
        .unwrap();
        let launcher = dir.path().join("Firefox.desktop");
        std::fs::write(
            &launcher,
            "[Desktop Entry]\nType=Application\nExec=firefox\n",
        )
        .unwrap();
        let dropped = split_links(vec![
            PathBuf::from("/home/ana/Saved/Story.html"),
            // As the webview's handler passes a dragged link: escapes already decoded.
            PathBuf::from("https://news.example.com/2026/12/bridge reopens?id=4#top"),
            PathBuf::from("/home/ana/https:/not-a-link.html"),
            PathBuf::from("http://example.org"),
            PathBuf::from("ftp://example.org/file.html"),
            desktop,
            launcher.clone(),
        ]);
        assert_eq!(
            dropped.files,
            [
                PathBuf::from("/home/ana/Saved/Story.html"),
                PathBuf::from("/home/ana/https:/not-a-link.html"),
                PathBuf::from("ftp://example.org/file.html"),
            ]
        );
        assert_eq!(
            dropped.links,
            [
                "https://news.example.com/2026/12/bridge%20reopens?id=4#top",
                "http://example.org/",
                "https://news.example.com/bridge",
            ]
        );
        assert_eq!(dropped.refused.len(), 1);
        assert_eq!(dropped.refused[0].input, launcher.display().to_string());
        assert!(
            dropped.refused[0]
                .message
                .ends_with("a link file, but it holds no web address (http or https)"),
            "{:?}",
            dropped.refused
        );
    }
}
