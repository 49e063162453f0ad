//! Generates the hello window's Tauri context and the permission of its one command.
fn main() {
    let attributes = tauri_build::Attributes::new()
        .app_manifest(tauri_build::AppManifest::new().commands(&["ready"]));
    tauri_build::try_build(attributes).expect("tauri-build failed");
}
