//! Build script of the desktop shell: generates Tauri's context and the permissions of
//! our own commands. Capabilities live under `src-tauri/capabilities`, so tauri-build is
//! told where, and we print the `rerun-if-changed` lines ourselves (otherwise every build
//! relinks the app).
fn main() {
    println!("cargo:rerun-if-changed=src-tauri/capabilities");
    println!("cargo:rerun-if-changed=tauri.conf.json");
    println!("cargo:rerun-if-changed=ui/dist");
    let attributes = tauri_build::Attributes::new()
        .capabilities_path_pattern("./src-tauri/capabilities/**/*")
        .app_manifest(tauri_build::AppManifest::new().commands(cuttings_commands()));
    tauri_build::try_build(attributes).expect("tauri-build failed");
}

/// The app's own commands: each gets an `allow-<name>` permission that the capability
/// file lists. Keep in step with `src-tauri/commands/mod.rs` (a test checks it).
fn cuttings_commands() -> &'static [&'static str] {
    &[
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
    ]
}
