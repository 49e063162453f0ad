//! A hello-world Tauri window, built from the same Tauri as Cuttings: the baseline the
//! start-up and memory benchmarks (`scripts/bench startup`) measure the app against. It
//! prints `hello-ready` on standard output once its page has painted.

/// The page has painted: report it once.
#[tauri::command]
fn ready() {
    use std::io::Write;
    let mut out = std::io::stdout().lock();
    let _ = writeln!(out, "hello-ready");
    let _ = out.flush();
}

fn main() {
    let result = tauri::Builder::default()
        .invoke_handler(tauri::generate_handler![ready])
        .run(tauri::generate_context!());
    if let Err(err) = result {
        eprintln!("hello window: {err}");
        std::process::exit(1);
    }
}
