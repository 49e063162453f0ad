//! The shell's state: the open library, or why it could not be opened (the UI shows that
//! error instead of failing to start).

use std::path::PathBuf;
use std::sync::Arc;

use cuttings_core::capture::fetch::FetchPolicy;
use cuttings_core::Library;

use crate::error::{CommandError, ErrorCode};

/// Shared by every command and the image scheme.
#[derive(Clone)]
pub struct AppState {
    library: Result<Arc<Library>, CommandError>,
    fetch_policy: FetchPolicy,
    /// `--report-ready`: print a line when the first screen has painted (benchmarks).
    report_ready: bool,
}

impl AppState {
    /// Opens the library in `dir`; failure is kept and reported by every command.
    pub fn open(dir: Option<PathBuf>) -> AppState {
        let library = match dir {
            Some(dir) => Library::open(&dir)
                .map(Arc::new)
                .map_err(CommandError::from),
            None => Err(CommandError::new(
                ErrorCode::InvalidInput,
                "no library folder: start Cuttings with --library DIR or set CUTTINGS_LIBRARY",
            )),
        };
        if let Err(err) = &library {
            tracing::error!("{}", err.message);
        }
        AppState {
            library,
            fetch_policy: FetchPolicy::default(),
            report_ready: false,
        }
    }

    /// Prints `cuttings-ready` on standard output once the UI reports its first paint
    /// (`--report-ready`, for the start-up benchmark).
    pub fn report_ready(mut self, report: bool) -> AppState {
        self.report_ready = report;
        self
    }

    /// Whether the first paint is reported on standard output.
    pub fn reports_ready(&self) -> bool {
        self.report_ready
    }

    /// Lets URL capture reach loopback and private-network addresses (the user's
    /// `--allow-private-network`; off by default).
    pub fn allow_private_network(mut self, allow: bool) -> AppState {
        self.fetch_policy.allow_private = allow;
        self
    }

    /// How pages and images are fetched.
    pub fn fetch_policy(&self) -> &FetchPolicy {
        &self.fetch_policy
    }

    /// State around an already open library.
    pub fn with_library(library: Library) -> AppState {
        AppState {
            library: Ok(Arc::new(library)),
            fetch_policy: FetchPolicy::default(),
            report_ready: false,
        }
    }

    /// The library, or the error that kept it from opening.
    pub fn library(&self) -> Result<Arc<Library>, CommandError> {
        self.library.clone()
    }
}
