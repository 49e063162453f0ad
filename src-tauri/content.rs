//! The `cuttings-content` URI scheme: the isolated origin where clipped article bodies are
//! rendered (DESIGN.md, untrusted content, layer 2). The app shows a body in a sandboxed
//! iframe (`sandbox="allow-scripts"`, so the frame has an opaque origin) loaded from
//! `cuttings-content://localhost/article/<id>`. No capability lists this origin, the
//! frame gets no Tauri IPC, and its CSP allows only our own `reader.js` and `reader.css`
//! from this scheme and images from `cuttings-img`. The body was sanitized at ingest; no
//! script of the page ever reaches here.

use cuttings_core::capture::extracted::is_right_to_left;
use cuttings_core::model::Photo;
use cuttings_core::sanitize;
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
            document(
                &inline_photos(&article.html, &article.photos),
                article.language.as_deref(),
            )
            .into_bytes(),
        ),
        Err(cuttings_core::store::StoreError::ArticleNotFound(_)) => status(StatusCode::NOT_FOUND),
        Err(err) => {
            tracing::warn!("content for article {id}: {err}");
            status(StatusCode::INTERNAL_SERVER_ERROR)
        }
    }
}

/// Where the frame finds stored images: the `cuttings-img` scheme as the webview names it
/// (WebKitGTK and WKWebView take custom schemes as they are; WebView2 maps them to http).
const IMAGE_BASE: &str = if cfg!(windows) {
    "http://cuttings-img.localhost/"
} else {
    "cuttings-img://localhost/"
};

/// The body with each photo marker (`<img data-photo="N">`, the only `<img>` the ingest
/// sanitizer keeps) replaced by its photo: the thumbnail (the original behind "Full
/// size"), then the caption and the credit. Text is escaped here; a marker naming no
/// photo disappears.
pub fn inline_photos(body_html: &str, photos: &[Photo]) -> String {
    sanitize::replace_photo_markers(body_html, |position| {
        photos
            .iter()
            .find(|photo| photo.position as usize == position)
            .map(photo_figure)
            .unwrap_or_default()
    })
}

fn photo_figure(photo: &Photo) -> String {
    let esc = sanitize::escape_html;
    let mut html = format!(
        "<figure class=\"photo\" data-position=\"{}\">",
        photo.position
    );
    match &photo.sha256 {
        Some(sha) if sha.len() == 64 && sha.bytes().all(|b| b.is_ascii_hexdigit()) => {
            let alt = photo
                .alt
                .as_deref()
                .or(photo.caption.as_deref())
                .unwrap_or("");
            let size = match (photo.width, photo.height) {
                (Some(w), Some(h)) => format!(" width=\"{w}\" height=\"{h}\""),
                _ => String::new(),
            };
            let first = if photo.has_thumbnail {
                "thumb"
            } else {
                "photo"
            };
            html.push_str(&format!(
                "<img src=\"{IMAGE_BASE}{first}/{sha}\" data-full=\"{IMAGE_BASE}photo/{sha}\" \
                 alt=\"{}\"{size} loading=\"lazy\" decoding=\"async\">",
                esc(alt)
            ));
            if photo.has_thumbnail {
                let dims = match (photo.width, photo.height) {
                    (Some(w), Some(h)) => format!(" ({w} × {h})"),
                    _ => String::new(),
                };
                html.push_str(&format!(
                    "<button type=\"button\" class=\"full\">Full size{dims}</button>"
                ));
            }
        }
        _ => {
            // The same words as the reader's header (PhotoFigure.svelte).
            let why = match (&photo.missing_reason, &photo.url) {
                (Some(reason), _) => format!("Photo not stored: {}", esc(reason)),
                (None, Some(_)) => "Photo: image not downloaded".to_string(),
                (None, None) => "Photo: caption only (the clipping had no image)".to_string(),
            };
            html.push_str(&format!("<div class=\"missing\">{why}</div>"));
        }
    }
    if photo.caption.is_some() || photo.credit.is_some() {
        html.push_str("<figcaption>");
        if let Some(caption) = &photo.caption {
            html.push_str(&format!("<span class=\"caption\">{}</span>", esc(caption)));
        }
        if let Some(credit) = &photo.credit {
            if photo.caption.is_some() {
                html.push(' ');
            }
            html.push_str(&format!("<span class=\"credit\">{}</span>", esc(credit)));
        }
        html.push_str("</figcaption>");
    }
    html.push_str("</figure>");
    html
}

/// The frame's document around a body sanitized at ingest. Its direction follows the
/// article's language (Arabic, Hebrew, Persian… right to left); with no language the
/// browser reads it from the text (`dir="auto"`).
pub fn document(body_html: &str, language: Option<&str>) -> String {
    let language = language
        .filter(|l| l.len() <= 16 && l.chars().all(|c| c.is_ascii_alphanumeric() || c == '-'));
    let lang = language.unwrap_or("und");
    let dir = match language {
        Some(l) if is_right_to_left(l) => "rtl",
        Some(_) => "ltr",
        None => "auto",
    };
    format!(
        "<!doctype html>\n<html lang=\"{lang}\" dir=\"{dir}\"><head><meta charset=\"utf-8\">\
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

    fn photo(position: u32, sha: Option<&str>) -> Photo {
        Photo {
            id: i64::from(position) + 10,
            caption: Some("Boats <b>back</b> in \"port\"".into()),
            credit: Some("Ann Poe/Coast Gazette".into()),
            alt: None,
            url: Some("https://example.com/a.jpg".into()),
            width: Some(1200),
            height: Some(800),
            sha256: sha.map(str::to_string),
            has_thumbnail: sha.is_some(),
            missing_reason: sha.is_none().then(|| "HTTP 404".to_string()),
            downloaded_at: None,
            position,
            inline: true,
        }
    }

    #[test]
    fn photo_markers_become_figures_with_escaped_captions() {
        let sha = "ab".repeat(32);
        let body = format!(
            "<p>One</p>{}<p>Two</p>{}<p>Three</p>{}",
            sanitize::photo_marker(3),
            sanitize::photo_marker(4),
            sanitize::photo_marker(9)
        );
        let html = inline_photos(&body, &[photo(3, Some(&sha)), photo(4, None)]);
        let thumb =
            format!("<img src=\"{IMAGE_BASE}thumb/{sha}\" data-full=\"{IMAGE_BASE}photo/{sha}\"");
        assert!(html.contains(&thumb), "{html}");
        assert!(
            html.contains("<button type=\"button\" class=\"full\">Full size (1200 × 800)</button>")
        );
        assert!(html.contains(
            "<span class=\"caption\">Boats &lt;b&gt;back&lt;/b&gt; in &quot;port&quot;</span>"
        ));
        assert!(html.contains("<div class=\"missing\">Photo not stored: HTTP 404</div>"));
        assert!(
            !html.contains("data-photo"),
            "every marker is replaced or dropped"
        );
        let at = |s: &str| html.find(s).unwrap();
        assert!(at("One") < at("data-position=\"3\"") && at("data-position=\"3\"") < at("Two"));
        assert!(at("Two") < at("data-position=\"4\"") && at("data-position=\"4\"") < at("Three"));
        assert!(
            html.ends_with("<p>Three</p>"),
            "a marker naming no photo disappears"
        );
        // A caption from a text clipping never had an image: it says so, not "missing".
        let caption_only = Photo {
            url: None,
            missing_reason: None,
            ..photo(0, None)
        };
        let html = inline_photos(&sanitize::photo_marker(0), &[caption_only]);
        assert!(
            html.contains("caption only (the clipping had no image)"),
            "{html}"
        );
        assert!(html.contains("<span class=\"caption\">"));
    }

    #[test]
    fn an_arabic_article_runs_right_to_left() {
        assert!(document("<p>مرحبا</p>", Some("ar")).contains("<html lang=\"ar\" dir=\"rtl\">"));
        assert!(
            document("<p>Hello</p>", Some("en-GB")).contains("<html lang=\"en-GB\" dir=\"ltr\">")
        );
        assert!(document("<p>שלום</p>", None).contains("<html lang=\"und\" dir=\"auto\">"));
    }

    #[test]
    fn a_hostile_language_attribute_cannot_break_out() {
        let doc = document("", Some("en\"><script>alert(1)</script>"));
        assert!(doc.contains("lang=\"und\" dir=\"auto\""));
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
        assert!(READER_JS.contains("data-full"), "full size on demand");
    }
}
