//! Capture by URL: fetch the page (through [`super::fetch`], which refuses private
//! addresses and caps sizes), keep the HTTP provenance, read the article, then fetch the
//! article's images the same way. An image that fails to download is recorded as missing
//! and never fails its article.

use std::sync::atomic::AtomicBool;

use super::batch::{BatchProgress, BatchReport};
use super::fetch::{fetch, fetch_image, FetchError, FetchPolicy};
use super::{sniff, CaptureError, Extracted, ImportRequest};
use crate::model::{CaptureKind, ImportOutcome};
use crate::Library;

/// HTTP facts of a fetched original, kept with its capture.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct HttpInfo {
    pub requested_url: String,
    pub final_url: String,
    pub status: u16,
    /// Response headers, names lower case, in order.
    pub headers: Vec<(String, String)>,
    /// The charset the `Content-Type` header declared.
    pub charset: Option<String>,
}

/// Pages of a batch of links fetched at once: the wait is the network's, and a
/// browser opens as many connections to one site.
pub const URL_WORKERS: usize = 4;

/// Most images fetched for one article.
pub(crate) const MAX_IMAGES: usize = 60;

impl Library {
    /// Fetches `url` and captures it with its images.
    pub fn import_url(
        &self,
        url: &str,
        policy: &FetchPolicy,
    ) -> Result<ImportOutcome, CaptureError> {
        let request = fetch_request(url, policy)?;
        self.import_with(request, |extracted| fetch_photos(extracted, policy))
    }

    /// Captures `urls` (links dropped on the window, a pasted list) as a batch: fetched
    /// and read [`URL_WORKERS`] at a time, each with its images, and written in the
    /// given order, with progress, cancellation and failures as
    /// [`Library::import_paths`] has them. A failed address (refused, unreachable, not a
    /// page) is named with its reason while the rest go on.
    pub fn import_urls(
        &self,
        urls: &[String],
        policy: &FetchPolicy,
        cancel: &AtomicBool,
        progress: impl FnMut(&BatchProgress),
    ) -> BatchReport {
        let urls: Vec<String> = urls.iter().map(|u| u.trim().to_string()).collect();
        self.run_batch(&urls, URL_WORKERS, cancel, progress, |i| {
            fetch_request(&urls[i], policy)
                .and_then(|request| self.prepare_import(request, |e| fetch_photos(e, policy)))
        })
    }
}

/// Fetches a page into an import request (no images yet).
pub fn fetch_request(url: &str, policy: &FetchPolicy) -> Result<ImportRequest, CaptureError> {
    let fetched = fetch(url, policy).map_err(|e| fetch_error(url, e))?;
    let format = sniff::format_of_response(fetched.content_type.as_deref(), &fetched.body)
        .map_err(|reason| CaptureError::Unsupported {
            input: url.to_string(),
            reason,
        })?;
    Ok(ImportRequest {
        bytes: fetched.body,
        kind: CaptureKind::Url,
        source_name: fetched.final_url.clone(),
        format,
        url: Some(fetched.final_url.clone()),
        base_dir: None,
        http: Some(HttpInfo {
            requested_url: fetched.requested_url,
            final_url: fetched.final_url,
            status: fetched.status,
            headers: fetched.headers,
            charset: fetched.charset,
        }),
        copied_text: None,
    })
}

/// Downloads the images of an extracted article that it does not carry yet.
pub fn fetch_photos(extracted: &mut Extracted, policy: &FetchPolicy) {
    for photo in extracted.photos.iter_mut().take(MAX_IMAGES) {
        if photo.bytes.is_some() {
            continue;
        }
        let Some(url) = photo.url.as_deref() else {
            continue;
        };
        if !(url.starts_with("http://") || url.starts_with("https://")) {
            continue;
        }
        match fetch_image(url, policy) {
            Ok(image) => photo.bytes = Some(image.body),
            Err(err) => {
                tracing::warn!("{err}");
                photo.missing_reason = Some(format!("download failed: {err}"));
            }
        }
    }
}

fn fetch_error(url: &str, error: FetchError) -> CaptureError {
    CaptureError::Fetch {
        input: url.to_string(),
        reason: error.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::super::test_server::{png, serve, serve_requests};
    use super::*;
    use std::sync::atomic::Ordering;

    const PAGE: &str = "<html lang=en><head><title>Bridge reopens</title></head><body><article><h1>Bridge reopens</h1>\
<figure><img src='/img/bridge.png'><figcaption>The bridge on Monday. Photo: City Hall</figcaption></figure>\
<figure><img src='/img/gone.png'><figcaption>A missing image</figcaption></figure>\
<p>The bridge over the river reopened on Monday after two years of repairs, the city said in a statement on its website.</p>\
<p>Traffic was light in the morning, but officials expect the usual queues to return by the end of the week.</p></article></body></html>";

    #[test]
    fn a_url_capture_keeps_http_provenance_and_fetches_images() {
        let (base, server) = serve(vec![
            (
                "/story",
                "text/html; charset=utf-8",
                PAGE.as_bytes().to_vec(),
            ),
            ("/img/bridge.png", "image/png", png()),
            ("/img/gone.png", "image/png", b"\x89PNG broken".to_vec()),
        ]);
        let policy = FetchPolicy {
            allow_private: true,
            ..FetchPolicy::default()
        };
        let lib = Library::open_in_memory().unwrap();
        let url = format!("{base}/story");
        let outcome = lib.import_url(&url, &policy).unwrap();
        server.join().unwrap();
        let a = lib.article(outcome.article_id()).unwrap();
        assert_eq!(a.title, "Bridge reopens");
        assert_eq!(a.capture.kind, CaptureKind::Url);
        assert_eq!(a.capture.requested_url.as_deref(), Some(url.as_str()));
        assert_eq!(a.capture.final_url.as_deref(), Some(url.as_str()));
        assert_eq!(a.capture.http_status, Some(200));
        assert_eq!(a.photos.len(), 2);
        assert!(a.photos[0].has_thumbnail, "{:?}", a.photos[0]);
        assert_eq!(a.photos[0].width, Some(600));
        assert_eq!(a.photos[0].credit.as_deref(), Some("City Hall"));
        assert_eq!(
            a.photos[1].sha256, None,
            "a broken image is recorded as missing"
        );
        assert_eq!(
            lib.http_headers(a.capture.id)
                .unwrap()
                .iter()
                .find(|(k, _)| k == "content-type")
                .map(|(_, v)| v.as_str()),
            Some("text/html; charset=utf-8")
        );
    }

    #[test]
    fn dropped_links_are_captured_in_order_and_a_failed_one_is_named() {
        let second = PAGE.replace("Bridge reopens", "Ferry returns");
        // The story and its two images, the archive, the ferry page and its two images
        // (the same addresses), and the story once more.
        let (base, server) = serve_requests(
            vec![
                ("/story", "text/html", PAGE.as_bytes().to_vec()),
                ("/img/bridge.png", "image/png", png()),
                ("/img/gone.png", "image/png", b"broken".to_vec()),
                ("/file.zip", "application/zip", b"PK\x03\x04".to_vec()),
                ("/ferry", "text/html", second.into_bytes()),
            ],
            8,
        );
        let policy = FetchPolicy {
            allow_private: true,
            ..FetchPolicy::default()
        };
        let lib = Library::open_in_memory().unwrap();
        let urls: Vec<String> = ["/story", "/file.zip", "/ferry"]
            .iter()
            .map(|p| format!("{base}{p}"))
            .collect();
        let mut seen = Vec::new();
        let report = lib.import_urls(&urls, &policy, &AtomicBool::new(false), |p| {
            seen.push((p.done, p.total, p.current.clone(), p.failures.len()))
        });
        assert_eq!(
            seen,
            vec![
                (0, 3, Some(urls[0].clone()), 0),
                (1, 3, Some(urls[1].clone()), 0),
                (2, 3, Some(urls[2].clone()), 1),
                (3, 3, None, 1),
            ]
        );
        assert!(!report.cancelled);
        assert_eq!(report.outcomes.len(), 2);
        assert_eq!(report.failures.len(), 1);
        assert_eq!(report.failures[0].input, urls[1]);
        assert!(
            report.failures[0]
                .message
                .starts_with(&format!("{}: ", urls[1])),
            "{:?}",
            report.failures[0]
        );
        let titles: Vec<String> = report
            .outcomes
            .iter()
            .map(|o| lib.article(o.article_id()).unwrap().title)
            .collect();
        assert_eq!(titles, ["Bridge reopens", "Ferry returns"]);

        // Dropped again: the first is already there; a cancel stops before the rest.
        let cancel = AtomicBool::new(false);
        let again = lib.import_urls(&urls[..1], &policy, &cancel, |_| {});
        assert!(matches!(
            again.outcomes[..],
            [ImportOutcome::AlreadyThere { .. }]
        ));
        server.join().unwrap();
        cancel.store(true, Ordering::Relaxed);
        let stopped = lib.import_urls(&urls, &policy, &cancel, |_| {});
        assert!(stopped.cancelled);
        assert_eq!(stopped.skipped, 3);
        assert_eq!(lib.info().unwrap().article_count, 2);
    }

    #[test]
    fn private_addresses_are_refused_by_default_and_nothing_is_stored() {
        let lib = Library::open_in_memory().unwrap();
        let err = lib
            .import_url("http://127.0.0.1:9/page", &FetchPolicy::default())
            .unwrap_err();
        assert!(
            err.to_string().starts_with("http://127.0.0.1:9/page: "),
            "{err}"
        );
        assert!(err.to_string().contains("refused"), "{err}");
        assert_eq!(lib.info().unwrap().article_count, 0);
    }

    #[test]
    fn non_pages_are_refused() {
        let (base, server) = serve(vec![
            ("/file.zip", "application/zip", b"PK\x03\x04".to_vec()),
            (
                "/feed",
                "text/html",
                b"<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>News</title>\
                  <item><link>https://example.com/a</link></item></channel></rss>"
                    .to_vec(),
            ),
            (
                "/story",
                "application/pdf",
                b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj".to_vec(),
            ),
        ]);
        let policy = FetchPolicy {
            allow_private: true,
            ..FetchPolicy::default()
        };
        let dir = tempfile::tempdir().unwrap();
        let lib = Library::open(dir.path()).unwrap();
        let refused = |path: &str| {
            let url = format!("{base}{path}");
            let err = lib.import_url(&url, &policy).unwrap_err().to_string();
            assert!(err.starts_with(&format!("{url}: ")), "{err}");
            err
        };
        let zip = refused("/file.zip");
        assert!(zip.contains("application/zip"), "{zip}");
        // A feed is named as one though the server calls it a page.
        let feed = refused("/feed");
        assert!(
            feed.contains("the server's text/html is an RSS news feed of 1 item"),
            "{feed}"
        );
        let pdf = refused("/story");
        assert!(
            pdf.contains("the server's application/pdf is a PDF document: open it"),
            "{pdf}"
        );
        server.join().unwrap();
        assert_eq!(lib.info().unwrap().article_count, 0);
    }
}
