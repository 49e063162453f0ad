//! Errors on the wire: every failed command rejects with `{code, message}`, where `code`
//! is an [`ErrorCode`] the UI can switch on and `message` names the input and what to do.

use cuttings_core::capture::CaptureError;
use cuttings_core::library::OpenError;
use cuttings_core::store::StoreError;
use serde::Serialize;
use ts_rs::TS;

/// What kind of failure, for the UI to switch on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum ErrorCode {
    NotFound,
    InvalidInput,
    /// A search or filter the user typed could not be read; the message says why.
    InvalidQuery,
    NotALibrary,
    LibraryTooNew,
    Corrupt,
    Storage,
    Unsupported,
    Forbidden,
    /// A page or image could not be fetched (refused address, timeout, HTTP error…).
    Network,
    Internal,
}

/// The error every command returns.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct CommandError {
    pub code: ErrorCode,
    pub message: String,
}

impl CommandError {
    /// An error with a code and a message.
    pub fn new(code: ErrorCode, message: impl Into<String>) -> CommandError {
        CommandError {
            code,
            message: message.into(),
        }
    }
}

impl std::fmt::Display for CommandError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for CommandError {}

impl From<OpenError> for CommandError {
    fn from(e: OpenError) -> Self {
        let code = match &e {
            OpenError::NotALibrary { .. } => ErrorCode::NotALibrary,
            OpenError::TooNew { .. } => ErrorCode::LibraryTooNew,
            OpenError::Corrupt { .. } => ErrorCode::Corrupt,
            OpenError::CreateFolder { .. } | OpenError::Sqlite { .. } => ErrorCode::Storage,
        };
        CommandError::new(code, e.to_string())
    }
}

impl From<CaptureError> for CommandError {
    fn from(e: CaptureError) -> Self {
        let code = match &e {
            CaptureError::Empty { .. }
            | CaptureError::Unreadable { .. }
            | CaptureError::TooLarge { .. }
            | CaptureError::NoArticle { .. }
            | CaptureError::BadUrl { .. }
            | CaptureError::ExtractorFailed { .. } => ErrorCode::InvalidInput,
            CaptureError::Unsupported { .. } => ErrorCode::Unsupported,
            CaptureError::Storage { .. } => ErrorCode::Storage,
            CaptureError::Fetch { .. } => ErrorCode::Network,
        };
        CommandError::new(code, e.to_string())
    }
}

impl From<StoreError> for CommandError {
    fn from(e: StoreError) -> Self {
        let code = match &e {
            StoreError::ArticleNotFound(_) => ErrorCode::NotFound,
            StoreError::Sqlite(_) => ErrorCode::Storage,
            StoreError::InvalidQuery(_) => ErrorCode::InvalidQuery,
        };
        CommandError::new(code, e.to_string())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wire_format_is_code_and_message() {
        let e = CommandError::from(StoreError::ArticleNotFound(7));
        assert_eq!(
            serde_json::to_string(&e).unwrap(),
            r#"{"code":"not_found","message":"there is no article 7 in this library"}"#
        );
        let e = CommandError::new(ErrorCode::LibraryTooNew, "x");
        assert_eq!(serde_json::to_value(&e).unwrap()["code"], "library_too_new");
    }
}
