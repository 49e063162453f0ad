//! The `cuttings-img` URI scheme: photo bytes and thumbnails served from SQLite, so images
//! reach the webview without base64 over IPC and without any file-system access.
//! `cuttings-img://localhost/thumb/<sha256>`, `…/list/<sha256>` (the thumbnail at list
//! size) and `…/photo/<sha256>`.

use cuttings_core::store::ImageVariant;
use tauri::http::{header, Request, Response, StatusCode};
use tauri::UriSchemeResponder;

use crate::state::AppState;

/// The scheme's name.
pub const SCHEME: &str = "cuttings-img";

/// Answers one request off the main thread.
pub fn serve(state: AppState, request: Request<Vec<u8>>, responder: UriSchemeResponder) {
    let path = request.uri().path().to_string();
    tauri::async_runtime::spawn_blocking(move || responder.respond(respond(&state, &path)));
}

/// The response for a request path (exposed for tests).
pub fn respond(state: &AppState, path: &str) -> Response<Vec<u8>> {
    let decoded = percent_encoding::percent_decode_str(path).decode_utf8_lossy();
    let mut parts = decoded.trim_start_matches('/').splitn(2, '/');
    let variant = match parts.next() {
        Some("thumb") => ImageVariant::Thumbnail,
        Some("list") => ImageVariant::ListThumbnail,
        Some("photo") => ImageVariant::Original,
        _ => return status(StatusCode::NOT_FOUND),
    };
    let sha = parts.next().unwrap_or("");
    if sha.len() != 64 || !sha.bytes().all(|b| b.is_ascii_hexdigit()) {
        return status(StatusCode::BAD_REQUEST);
    }
    let Ok(library) = state.library() else {
        return status(StatusCode::SERVICE_UNAVAILABLE);
    };
    match library.image(&sha.to_ascii_lowercase(), variant) {
        Ok(Some(image)) => Response::builder()
            .status(StatusCode::OK)
            .header(header::CONTENT_TYPE, image.media_type)
            .header(header::CACHE_CONTROL, "max-age=31536000, immutable")
            .header("X-Content-Type-Options", "nosniff")
            .header(header::CONTENT_SECURITY_POLICY, "default-src 'none'")
            .body(image.bytes)
            .unwrap_or_else(|_| status(StatusCode::INTERNAL_SERVER_ERROR)),
        Ok(None) => status(StatusCode::NOT_FOUND),
        Err(err) => {
            tracing::warn!("image {sha}: {err}");
            status(StatusCode::INTERNAL_SERVER_ERROR)
        }
    }
}

fn status(code: StatusCode) -> Response<Vec<u8>> {
    let mut response = Response::new(Vec::new());
    *response.status_mut() = code;
    response
}
