//! The `cuttings-content` URI scheme: the isolated origin where clipped article bodies are
//! rendered (DESIGN.md, untrusted content, layer 2). The app shows a body in a sandboxed
//! iframe (`sandbox="allow-scripts"`, so the frame has an opaque origin) loaded from
//! `cuttings-content://localhost/article/<id>`. No capability lists this origin, the
//! frame gets no Tauri IPC, and its CSP allows only our own `reader.js` and `reader.css`
//! from this scheme and images from `cuttings-img`. The body was sanitized at ingest; no
//! script of the page ever reaches here.

use tauri::http::{header, Request, Response, StatusCode};
use tauri::UriSchemeResponder;

use crate::state::AppState;

/// The scheme's name.
pub const SCHEME: &str = "cuttings-content";

const READER_CSS: &str = include_str!("content/reader.css");
const READER_JS: &str = include_str!("content/reader.js");

/// The content frame's policy: our own script and style from this scheme only, images
/// from the image scheme, nothing else (no connections, no frames, no forms).
pub const CONTENT_CSP: &str = "default-src 'none'; \
    script-src cuttings-content: http://cuttings-content.localhost; \
    style-src cuttings-content: http://cuttings-content.localhost; \
    img-src cuttings-img: http://cuttings-img.localhost; \
    base-uri 'none'; form-action 'none'; frame-src 'none'; object-src 'none'";

/// Answers one request off the main thread.
pub fn serve(state: AppState, request: Request<Vec<u8>>, responder: UriSchemeResponder) {
    let path = request.uri().path().to_string();
    tauri::async_runtime::spawn_blocking(move || responder.respond(respond(&state, &path)));
}

/// The response for a request path (exposed for tests).
pub fn respond(state: &AppState, path: &str) -> Response<Vec<u8>> {
    // The UI builds URLs with convertFileSrc, which percent-encodes the path.
    let decoded = percent_encoding::percent_decode_str(path).decode_utf8_lossy();
    let path = decoded.trim_start_matches('/');
    match path {
        "reader.css" => return ok("text/css; charset=utf-8", READER_CSS.as_bytes().to_vec()),
        "reader.js" => {
            return ok(
                "text/javascript; charset=utf-8",
                READER_JS.as_bytes().to_vec(),
            )
        }
        _ => {}
    }
    let Some(id) = path
        .strip_prefix("article/")
        .and_then(|id| id.parse::<i64>().ok())
    else {
        return status(StatusCode::NOT_FOUND);
    };
    let Ok(library) = state.library() else {
        return status(StatusCode::SERVICE_UNAVAILABLE);
    };
    match library.article(id) {
        Ok(article) => ok(
            "text/html; charset=utf-8",
            document(&article.html, article.language.as_deref()).into_bytes(),
        ),
        Err(cuttings_core::store::StoreError::ArticleNotFound(_)) => status(StatusCode::NOT_FOUND),
        Err(err) => {
            tracing::warn!("content for article {id}: {err}");
            status(StatusCode::INTERNAL_SERVER_ERROR)
        }
    }
}

/// The frame's document around a body sanitized at ingest.
pub fn document(body_html: &str, language: Option<&str>) -> String {
    let lang = language
        .filter(|l| l.len() <= 16 && l.chars().all(|c| c.is_ascii_alphanumeric() || c == '-'))
        .unwrap_or("und");
    format!(
        "<!doctype html>\n<html lang=\"{lang}\"><head><meta charset=\"utf-8\">\
         <meta http-equiv=\"Content-Security-Policy\" content=\"{CONTENT_CSP}\">\
         <meta name=\"referrer\" content=\"no-referrer\">\
         <link rel=\"stylesheet\" href=\"/reader.css\">\
         <script src=\"/reader.js\" defer></script></head>\
         <body><main data-body>{body_html}</main></body></html>"
    )
}

fn ok(media_type: &str, body: Vec<u8>) -> Response<Vec<u8>> {
    Response::builder()
        .status(StatusCode::OK)
        .header(header::CONTENT_TYPE, media_type)
        .header(header::CONTENT_SECURITY_POLICY, CONTENT_CSP)
        .header("X-Content-Type-Options", "nosniff")
        .header(header::CACHE_CONTROL, "no-store")
        .header("Referrer-Policy", "no-referrer")
        .body(body)
        .unwrap_or_else(|_| status(StatusCode::INTERNAL_SERVER_ERROR))
}

fn status(code: StatusCode) -> Response<Vec<u8>> {
    let mut response = Response::new(Vec::new());
    *response.status_mut() = code;
    response
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_document_carries_the_policy_and_only_our_own_assets() {
        let doc = document("<p>Hello</p>", Some("en"));
        assert!(doc.contains("<main data-body><p>Hello</p></main>"));
        assert!(doc.contains(&format!("content=\"{CONTENT_CSP}\"")));
        assert!(doc.contains("src=\"/reader.js\""));
        assert!(!CONTENT_CSP.contains("unsafe"));
        assert!(
            !CONTENT_CSP.contains("ipc"),
            "no connections from the frame"
        );
        assert!(CONTENT_CSP.contains("default-src 'none'"));
    }

    #[test]
    fn a_hostile_language_attribute_cannot_break_out() {
        let doc = document("", Some("en\"><script>alert(1)</script>"));
        assert!(doc.contains("lang=\"und\""));
        assert!(!doc.contains("<script>alert"));
    }

    #[test]
    fn the_script_only_posts_typed_messages_and_opens_only_web_links() {
        assert!(READER_JS.contains("'cuttings:open-link'"));
        assert!(READER_JS.contains("/^(https?:|mailto:)/i"));
        assert!(
            !READER_JS.contains("__TAURI"),
            "the frame never touches IPC"
        );
        assert!(!READER_JS.contains("innerHTML"));
    }
}
