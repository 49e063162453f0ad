//! Batch imports started from outside the webview (files dropped on the window, the native
//! file and folder pickers). The paths never come from the page: the shell receives them
//! from the OS and hands them to the core's batch service, which reports progress that is
//! forwarded to the UI as events. One batch runs at a time; later ones wait their turn.

use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};

use cuttings_core::capture::Format;
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

/// Imports `paths` on a worker thread, emitting progress events to the app.
pub fn start<R: Runtime>(app: &AppHandle<R>, paths: Vec<PathBuf>) {
    if paths.is_empty() {
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
        let report = library.import_paths(&paths, Format::Auto, &flag, |progress| {
            let _ = app.emit(PROGRESS_EVENT, progress);
        });
        *jobs.cancel.lock().unwrap_or_else(|p| p.into_inner()) = None;
        let _ = app.emit(FINISHED_EVENT, report);
    });
}
