//! The Cuttings desktop shell: glue between the web UI and cuttings-core. It opens the
//! library, registers the commands ([`commands`]), the image scheme ([`images`]) and the
//! isolated content origin for article bodies ([`content`]), and starts the window. Everything a user can do is a core function first.

pub mod commands;
pub mod content;
pub mod error;
pub mod files;
pub mod images;
pub mod jobs;
pub mod startup;
pub mod state;

use std::path::PathBuf;

use state::AppState;
use tauri::Manager;

/// Where the library is: `--library DIR` on the command line, else the core's default
/// (`$CUTTINGS_LIBRARY`, `$XDG_DATA_HOME/cuttings`, `~/.local/share/cuttings`).
pub fn library_dir_from_args(args: impl IntoIterator<Item = String>) -> Option<PathBuf> {
    let mut args = args.into_iter();
    while let Some(arg) = args.next() {
        if arg == "--library" {
            return args.next().map(PathBuf::from);
        }
        if let Some(dir) = arg.strip_prefix("--library=") {
            return Some(PathBuf::from(dir));
        }
    }
    cuttings_core::library::default_dir()
}

/// Adds the app's commands, state and image scheme to a builder. Shared by [`run`] and
/// the command tests, which pass `tauri::test::mock_builder()`.
pub fn configure<R: tauri::Runtime>(
    builder: tauri::Builder<R>,
    state: AppState,
) -> tauri::Builder<R> {
    let images_state = state.clone();
    let content_state = state.clone();
    builder
        .manage(state)
        .manage(jobs::ImportJobs::default())
        .on_window_event(|window, event| {
            // Files and folders dropped on the window: the OS gives the shell their paths.
            if let tauri::WindowEvent::DragDrop(tauri::DragDropEvent::Drop { paths, .. }) = event {
                jobs::start(window.app_handle(), paths.clone());
            }
        })
        .register_asynchronous_uri_scheme_protocol(
            images::SCHEME,
            move |_ctx, request, responder| images::serve(images_state.clone(), request, responder),
        )
        .register_asynchronous_uri_scheme_protocol(
            content::SCHEME,
            move |_ctx, request, responder| {
                content::serve(content_state.clone(), request, responder)
            },
        )
        .invoke_handler(commands::handler())
}

/// WebKitGTK composites the page with OpenGL. On a machine without a GPU (no DRM render
/// node: a VM, a remote desktop, a server under Xvfb) that OpenGL is Mesa's software
/// rasteriser, which paints the first screen about 300 ms later and holds about 100 MB
/// more than WebKit's own CPU painting (measured with `scripts/bench startup`). There
/// we turn compositing off, unless the user has chosen (`WEBKIT_DISABLE_COMPOSITING_MODE`
/// set either way). Runs first in `run`, before any thread exists.
fn paint_on_cpu_without_gpu() {
    const SWITCH: &str = "WEBKIT_DISABLE_COMPOSITING_MODE";
    if !cfg!(target_os = "linux") || std::env::var_os(SWITCH).is_some() {
        return;
    }
    if !has_render_node(std::path::Path::new("/dev/dri")) {
        std::env::set_var(SWITCH, "1");
    }
}

/// Whether `dri` (normally `/dev/dri`) holds a GPU render node (`renderD128`, …).
pub fn has_render_node(dri: &std::path::Path) -> bool {
    std::fs::read_dir(dri)
        .map(|entries| {
            entries
                .filter_map(Result::ok)
                .any(|e| e.file_name().to_string_lossy().starts_with("renderD"))
        })
        .unwrap_or(false)
}

/// Opens the library and runs the app until its window closes.
pub fn run() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let report_ready = args.iter().any(|a| a == "--report-ready");
    if report_ready {
        startup::start();
    }
    paint_on_cpu_without_gpu();
    tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_default_env().unwrap_or_else(|_| "info".into()),
        )
        .init();
    let state = AppState::open(library_dir_from_args(args.clone()))
        .allow_private_network(args.iter().any(|a| a == "--allow-private-network"))
        .report_ready(report_ready);
    startup::mark("library-open");
    let builder = tauri::Builder::default()
        .plugin(tauri_plugin_dialog::init())
        .setup(|_| {
            startup::mark("setup");
            Ok(())
        })
        .on_page_load(|_, payload| {
            startup::mark(match payload.event() {
                tauri::webview::PageLoadEvent::Started => "page-load-started",
                tauri::webview::PageLoadEvent::Finished => "page-load-finished",
            })
        });
    let result = configure(builder, state).run(tauri::generate_context!());
    if let Err(err) = result {
        eprintln!("cuttings: the app could not start: {err}");
        std::process::exit(1);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_render_node_is_found_only_where_there_is_one() {
        let dir = tempfile::tempdir().unwrap();
        assert!(!has_render_node(dir.path()), "an empty folder");
        assert!(!has_render_node(&dir.path().join("missing")), "no folder");
        std::fs::write(dir.path().join("card0"), "").unwrap();
        assert!(!has_render_node(dir.path()), "a display card only");
        std::fs::write(dir.path().join("renderD128"), "").unwrap();
        assert!(has_render_node(dir.path()));
    }
}
