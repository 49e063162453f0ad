//! The desktop shell's integration tests: one binary, one module per feature (ripgrep's
//! layout). Core behaviour is tested in `crates/core/tests`; here the commands are driven
//! through Tauri's mock runtime as the webview would call them.

mod commands;
mod security;
