//! The app's commands: thin adapters that take the state, call one core function and map
//! its error to [`CommandError`]. Long work runs on a blocking thread, never on the main
//! thread. The TypeScript signatures of this table are generated into
//! `ui/src/api/bindings/commands.ts` by [`typescript::command_table`].

mod typescript;

pub use typescript::command_table;

use cuttings_core::capture::ImportRequest;
use cuttings_core::model::{
    Article, ArticlePage, Facets, ImportOutcome, LibraryInfo, ListQuery, PhotoDownloads, PhotoPage,
};
use tauri::ipc::{InvokeBody, Request};
use tauri::State;

use crate::error::{CommandError, ErrorCode};
use crate::startup::{marks_line, UiMark};
use crate::state::AppState;

/// Every command, for `invoke_handler`. Keep in step with `COMMANDS`, `build.rs` and the
/// capability file (tests check all three).
pub fn handler<R: tauri::Runtime>() -> impl Fn(tauri::ipc::Invoke<R>) -> bool + Send + Sync + 'static
{
    tauri::generate_handler![
        library_info,
        list_articles,
        list_articles_before,
        get_facets,
        list_photos,
        get_article,
        import_text,
        import_file,
        import_url,
        download_missing_photos,
        choose_and_import,
        import_links,
        cancel_import,
        open_link,
        save_original,
        report_ready
    ]
}

/// Names of the commands in [`handler`].
pub const COMMANDS: &[&str] = &[
    "library_info",
    "list_articles",
    "list_articles_before",
    "get_facets",
    "list_photos",
    "get_article",
    "import_text",
    "import_file",
    "import_url",
    "download_missing_photos",
    "choose_and_import",
    "import_links",
    "cancel_import",
    "open_link",
    "save_original",
    "report_ready",
];

/// Header carrying the file name of `import_file` (percent-encoded UTF-8).
pub const FILE_NAME_HEADER: &str = "x-cuttings-file-name";

/// Runs blocking library work off the async runtime's workers.
async fn blocking<T: Send + 'static>(
    work: impl FnOnce() -> Result<T, CommandError> + Send + 'static,
) -> Result<T, CommandError> {
    tauri::async_runtime::spawn_blocking(work)
        .await
        .map_err(|e| {
            CommandError::new(ErrorCode::Internal, format!("background task failed: {e}"))
        })?
}

/// Facts about the open library.
#[tauri::command]
pub async fn library_info(state: State<'_, AppState>) -> Result<LibraryInfo, CommandError> {
    let library = state.library()?;
    blocking(move || Ok(library.info()?)).await
}

/// A page of the library list or of search results.
#[tauri::command]
pub async fn list_articles(
    state: State<'_, AppState>,
    query: ListQuery,
    after: Option<String>,
    limit: u32,
) -> Result<ArticlePage, CommandError> {
    crate::startup::mark("list-command");
    let library = state.library()?;
    let page = blocking(move || {
        crate::startup::mark("list-query");
        Ok(library.list(&query, after.as_deref(), limit)?)
    })
    .await;
    crate::startup::mark("list-answered");
    page
}

/// The page of the list just above a `before` token, or its last page (the End key).
#[tauri::command]
pub async fn list_articles_before(
    state: State<'_, AppState>,
    query: ListQuery,
    before: Option<String>,
    limit: u32,
) -> Result<ArticlePage, CommandError> {
    let library = state.library()?;
    blocking(move || Ok(library.list_before(&query, before.as_deref(), limit)?)).await
}

/// Counts beside each filter value for a query.
#[tauri::command]
pub async fn get_facets(
    state: State<'_, AppState>,
    query: ListQuery,
) -> Result<Facets, CommandError> {
    let library = state.library()?;
    blocking(move || Ok(library.facets(&query)?)).await
}

/// A page of the photo gallery for a query.
#[tauri::command]
pub async fn list_photos(
    state: State<'_, AppState>,
    query: ListQuery,
    after: Option<String>,
    limit: u32,
) -> Result<PhotoPage, CommandError> {
    let library = state.library()?;
    blocking(move || Ok(library.photos(&query, after.as_deref(), limit)?)).await
}

/// One whole article.
#[tauri::command]
pub async fn get_article(state: State<'_, AppState>, id: i64) -> Result<Article, CommandError> {
    let library = state.library()?;
    blocking(move || Ok(library.article(id)?)).await
}

/// Imports text pasted into the app, with the HTML the browser put on the clipboard beside
/// it when there was some (the body and photos are read from it).
#[tauri::command]
pub async fn import_text(
    state: State<'_, AppState>,
    text: String,
    html: Option<String>,
) -> Result<ImportOutcome, CommandError> {
    let library = state.library()?;
    blocking(move || Ok(library.import(ImportRequest::pasted(&text, html.as_deref()))?)).await
}

/// Imports a file the user chose or dropped; the body is the file's bytes, the name comes
/// in the [`FILE_NAME_HEADER`] header. The UI never sends paths.
#[tauri::command]
pub async fn import_file(
    state: State<'_, AppState>,
    request: Request<'_>,
) -> Result<ImportOutcome, CommandError> {
    let InvokeBody::Raw(bytes) = request.body() else {
        return Err(CommandError::new(
            ErrorCode::InvalidInput,
            "import_file expects the file's bytes as the request body",
        ));
    };
    let name = request
        .headers()
        .get(FILE_NAME_HEADER)
        .and_then(|v| v.to_str().ok())
        .map(|v| {
            percent_encoding::percent_decode_str(v)
                .decode_utf8_lossy()
                .into_owned()
        })
        .filter(|n| !n.is_empty())
        .unwrap_or_else(|| "dropped file".to_string());
    let bytes = bytes.clone();
    let library = state.library()?;
    blocking(move || Ok(library.import(ImportRequest::file(name, bytes))?)).await
}

/// Fetches a page by URL and captures it with its images. Loopback and private-network
/// addresses are refused unless the app was started with `--allow-private-network`.
#[tauri::command]
pub async fn import_url(
    state: State<'_, AppState>,
    url: String,
) -> Result<ImportOutcome, CommandError> {
    let library = state.library()?;
    let policy = state.fetch_policy().clone();
    blocking(move || Ok(library.import_url(url.trim(), &policy)?)).await
}

/// Downloads the images an article's photos name but do not hold (a page saved without its
/// pictures), under the same address rules as [`import_url`].
#[tauri::command]
pub async fn download_missing_photos(
    state: State<'_, AppState>,
    article_id: i64,
) -> Result<PhotoDownloads, CommandError> {
    let library = state.library()?;
    let policy = state.fetch_policy().clone();
    blocking(move || Ok(library.download_missing_photos(article_id, &policy)?)).await
}

/// What the native picker of [`choose_and_import`] chooses.
#[derive(Debug, Clone, Copy, serde::Deserialize, ts_rs::TS)]
#[serde(rename_all = "lowercase")]
#[ts(export)]
pub enum PickKind {
    /// Saved pages and text files.
    Files,
    /// Folders, imported with everything importable inside them.
    Folders,
}

/// Opens the native file or folder picker and imports what the user chose as a batch
/// (progress arrives as `import-progress` / `import-finished` events). Returns at once.
#[tauri::command]
pub async fn choose_and_import<R: tauri::Runtime>(
    app: tauri::AppHandle<R>,
    kind: PickKind,
) -> Result<(), CommandError> {
    use tauri_plugin_dialog::DialogExt;
    let dialog = app.dialog().file().set_title(match kind {
        PickKind::Files => "Import pages and clippings",
        PickKind::Folders => "Import folders",
    });
    let handle = app.clone();
    let done = move |picked: Option<Vec<tauri_plugin_dialog::FilePath>>| {
        let paths = picked
            .unwrap_or_default()
            .into_iter()
            .filter_map(|p| p.into_path().ok())
            .collect();
        crate::jobs::start(&handle, paths);
    };
    match kind {
        PickKind::Files => dialog
            .add_filter(
                "Saved pages, text and Markdown clippings",
                cuttings_core::capture::batch::IMPORTABLE,
            )
            .pick_files(done),
        PickKind::Folders => dialog.pick_folders(done),
    }
    Ok(())
}

/// Most links one [`import_links`] call saves.
pub const MAX_LINKS: usize = 1000;

/// Saves a list of links from the web as a batch (progress arrives as `import-progress` /
/// `import-finished` events, as for dropped files), under the same address rules as
/// [`import_url`]. Returns at once.
#[tauri::command]
pub async fn import_links<R: tauri::Runtime>(
    app: tauri::AppHandle<R>,
    urls: Vec<String>,
) -> Result<(), CommandError> {
    if urls.len() > MAX_LINKS {
        return Err(CommandError::new(
            ErrorCode::InvalidInput,
            format!(
                "{} links at once is more than the {MAX_LINKS} a batch takes: save them in parts",
                urls.len()
            ),
        ));
    }
    let links: Vec<String> = urls
        .into_iter()
        .map(|u| u.trim().to_string())
        .filter(|u| !u.is_empty())
        .collect();
    if links.is_empty() {
        return Err(CommandError::new(
            ErrorCode::InvalidInput,
            "There are no links to save.",
        ));
    }
    crate::jobs::start_links(&app, links);
    Ok(())
}

/// Where [`save_original`] wrote a capture's original, and what the check found.
#[derive(Debug, Clone, serde::Serialize, ts_rs::TS)]
#[ts(export)]
pub struct SavedOriginal {
    /// The file written.
    pub path: String,
    /// The SHA-256 (hex) recorded at capture.
    pub sha256: String,
    /// Whether the bytes written still hash to `sha256`.
    pub intact: bool,
}

/// Asks where to save a capture's original (the native save dialog proposes the article's
/// title, the day and the fingerprint as the name) and writes the bytes there exactly as
/// they were received, checked against their fingerprint on the way. `None` when the
/// user cancels.
#[tauri::command]
pub async fn save_original<R: tauri::Runtime>(
    app: tauri::AppHandle<R>,
    state: State<'_, AppState>,
    capture_id: i64,
) -> Result<Option<SavedOriginal>, CommandError> {
    use tauri_plugin_dialog::DialogExt;
    let library = state.library()?;
    let file = blocking(move || {
        library.original_file(capture_id)?.ok_or_else(|| {
            CommandError::new(
                ErrorCode::NotFound,
                format!("capture {capture_id} is not in the library"),
            )
        })
    })
    .await?;
    let name = file.file_name.clone();
    // The blocking dialog waits on a worker thread, never the main one.
    let chosen = blocking(move || {
        Ok(app
            .dialog()
            .file()
            .set_title("Save the original as captured")
            .set_file_name(name)
            .blocking_save_file())
    })
    .await?;
    let Some(path) = chosen.and_then(|p| p.into_path().ok()) else {
        return Ok(None);
    };
    blocking(move || {
        crate::files::write_atomically(&path, &file.bytes).map_err(|e| {
            CommandError::new(
                ErrorCode::Storage,
                format!(
                    "{}: the original could not be written ({e})",
                    path.display()
                ),
            )
        })?;
        Ok(Some(SavedOriginal {
            path: path.display().to_string(),
            sha256: file.sha256,
            intact: file.intact,
        }))
    })
    .await
}

/// Stops the running batch import after its current item. False when none is running.
#[tauri::command]
pub fn cancel_import(jobs: State<'_, crate::jobs::ImportJobs>) -> bool {
    jobs.cancel()
}

/// Opens a link in the user's browser: http(s) and mailto only.
#[tauri::command]
pub async fn open_link(url: String) -> Result<(), CommandError> {
    let parsed = url::Url::parse(&url)
        .map_err(|_| CommandError::new(ErrorCode::InvalidInput, format!("{url} is not a link")))?;
    if !matches!(parsed.scheme(), "http" | "https" | "mailto") {
        return Err(CommandError::new(
            ErrorCode::Forbidden,
            format!("{url}: only http, https and mailto links can be opened"),
        ));
    }
    open::that_detached(parsed.as_str()).map_err(|e| {
        CommandError::new(
            ErrorCode::Internal,
            format!("{url}: no browser could open it ({e})"),
        )
    })
}

/// The UI has painted its first screen. With `--report-ready` (the start-up benchmark)
/// prints `cuttings-ready` on standard output, once, followed by the start-up marks (the
/// shell's and the UI's `marks`, see [`crate::startup`]); otherwise does nothing.
#[tauri::command]
pub fn report_ready(state: State<'_, AppState>, marks: Option<Vec<UiMark>>) {
    static REPORTED: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);
    if state.reports_ready() && !REPORTED.swap(true, std::sync::atomic::Ordering::SeqCst) {
        use std::io::Write;
        let mut out = std::io::stdout().lock();
        let _ = writeln!(out, "cuttings-ready");
        let _ = writeln!(out, "{}", marks_line(&marks.unwrap_or_default()));
        let _ = out.flush();
    }
}
