//! # cuttings-core
//!
//! Everything Cuttings does, without a UI: the desktop shell (`src-tauri`) and the
//! command-line companion (`crates/cli`) only adapt this crate's API.
//!
//! The principal types and how they fit:
//!
//! - [`Library`] is one library folder and its `library.sqlite` ([`library`] opens,
//!   identifies and migrates it and configures the connection).
//! - [`capture::ImportRequest`] is one original (a saved page, pasted text) on its way in;
//!   [`Library::import`] runs it through an extractor ([`capture::html`] for pages,
//!   [`capture::text`] for text copied out of a browser) into [`capture::Extracted`], and
//!   [`store`] sanitizes ([`sanitize`]) and writes it in one transaction with its original
//!   bytes ([`blob`]) and photo thumbnails ([`images`]).
//! - [`model`] holds the types the outside world sees: [`model::Article`] (what
//!   `cuttings show --json` prints and the app renders), [`model::ArticleSummary`] rows of
//!   the list, [`model::ImportOutcome`].
//!
//! Errors are one `thiserror` enum per area: [`library::OpenError`],
//! [`capture::CaptureError`], [`store::StoreError`].

pub mod blob;
pub mod capture;
pub mod html_limits;
pub mod images;
pub mod library;
pub mod model;
pub mod sanitize;
pub mod search;
pub mod store;
#[cfg(test)]
mod test_corpus;

pub use library::Library;
