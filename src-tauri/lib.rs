//! The Cuttings desktop shell: glue between the web UI and cuttings-core. It opens the
//! library, registers the commands ([`commands`]), the image scheme ([`images`]) and the
//! isolated content origin for article bodies ([`content`]), and starts the window. Everything a user can do is a core function first.

pub mod commands;
pub mod content;
pub mod error;
pub mod images;
pub mod jobs;
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

/// Opens the library and runs the app until its window closes.
pub fn run() {
    tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_default_env().unwrap_or_else(|_| "info".into()),
        )
        .init();
    let args: Vec<String> = std::env::args().skip(1).collect();
    let state = AppState::open(library_dir_from_args(args.clone()))
        .allow_private_network(args.iter().any(|a| a == "--allow-private-network"))
        .report_ready(args.iter().any(|a| a == "--report-ready"));
    let builder = tauri::Builder::default().plugin(tauri_plugin_dialog::init());
    let result = configure(builder, state).run(tauri::generate_context!());
    if let Err(err) = result {
        eprintln!("cuttings: the app could not start: {err}");
        std::process::exit(1);
    }
}
