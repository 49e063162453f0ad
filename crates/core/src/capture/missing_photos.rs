//! Downloading, at the user's request, the images an article's photos name but do not hold:
//! a page saved as HTML only keeps its pictures' addresses, not the pictures. Each image is
//! fetched as a URL capture fetches images (through [`super::fetch`]: private addresses
//! refused unless allowed, sizes capped), checked and thumbnailed like a captured one, and
//! stored with the time it was downloaded, since it may not be what the page showed when it
//! was captured. An image that cannot be had keeps the reason as the photo's missing reason;
//! the others go on.

use super::fetch::{fetch_image, FetchPolicy};
use super::web::MAX_IMAGES;
use super::CaptureError;
use crate::model::{FailedDownload, PhotoDownloads};
use crate::store::write::prepare_image;
use crate::Library;

impl Library {
    /// Downloads the missing images of article `article_id`'s photos (at most
    /// [`MAX_IMAGES`]), in page order. Retrying is safe: a photo that holds its image is
    /// never fetched again.
    pub fn download_missing_photos(
        &self,
        article_id: i64,
        policy: &FetchPolicy,
    ) -> Result<PhotoDownloads, CaptureError> {
        let input = format!("the photos of article {article_id}");
        let storage = |source| CaptureError::Storage {
            input: input.clone(),
            source,
        };
        let wanted = self.photos_without_image(article_id).map_err(storage)?;
        let mut report = PhotoDownloads {
            downloaded: 0,
            failed: Vec::new(),
        };
        for (photo_id, url) in wanted.into_iter().take(MAX_IMAGES) {
            let image = fetch_image(&url, policy)
                .map_err(|e| format!("download failed: {e}"))
                .and_then(|fetched| {
                    let image = prepare_image(&fetched.body).map_err(|e| e.to_string())?;
                    Ok((image, fetched.body))
                });
            match image {
                Ok((image, bytes)) => {
                    self.attach_downloaded_image(photo_id, &image, &bytes)
                        .map_err(storage)?;
                    report.downloaded += 1;
                }
                Err(reason) => {
                    tracing::warn!("{url}: {reason}");
                    self.record_missing_image(photo_id, &reason)
                        .map_err(storage)?;
                    report.failed.push(FailedDownload { url, reason });
                }
            }
        }
        Ok(report)
    }
}

#[cfg(test)]
mod tests {
    use super::super::test_server::{png, serve_requests};
    use super::*;
    use crate::capture::ImportRequest;

    fn saved_page(base: &str) -> String {
        format!(
            "<html lang=en><head><title>Bridge reopens</title></head><body><article><h1>Bridge reopens</h1>\
             <figure><img src='{base}/img/bridge.png'><figcaption>The bridge on Monday. Photo: City Hall</figcaption></figure>\
             <figure><img src='{base}/img/gone.png'><figcaption>The old bridge</figcaption></figure>\
             <p>The bridge over the river reopened on Monday after two years of repairs, the city said in a statement on its website.</p>\
             <p>Traffic was light in the morning, but officials expect the usual queues to return by the end of the week.</p>\
             </article></body></html>"
        )
    }

    #[test]
    fn a_saved_pages_missing_photos_are_downloaded_on_request_with_the_time() {
        // Three requests: both images, then the one that failed, asked for again.
        let (base, server) = serve_requests(vec![("/img/bridge.png", "image/png", png())], 3);
        let lib = Library::open_in_memory().unwrap();
        let html = saved_page(&base);
        let outcome = lib
            .import(ImportRequest::file("bridge.html", html.into_bytes()))
            .unwrap();
        let id = outcome.article_id();
        let before = lib.article(id).unwrap();
        assert_eq!(before.photos.len(), 2);
        // Never fetched is not a failure: no reason yet.
        assert!(before
            .photos
            .iter()
            .all(|p| p.sha256.is_none() && p.missing_reason.is_none()));

        // Loopback is a private address: refused without the user's leave, and said so.
        let refused = lib
            .download_missing_photos(id, &FetchPolicy::default())
            .unwrap();
        assert_eq!(refused.downloaded, 0);
        assert_eq!(refused.failed.len(), 2);
        assert!(
            refused.failed[0].reason.starts_with("download failed: "),
            "{:?}",
            refused.failed
        );

        let policy = FetchPolicy {
            allow_private: true,
            ..FetchPolicy::default()
        };
        let report = lib.download_missing_photos(id, &policy).unwrap();
        assert_eq!(report.downloaded, 1, "{report:?}");
        assert_eq!(report.failed.len(), 1);
        assert_eq!(report.failed[0].url, format!("{base}/img/gone.png"));
        assert!(report.failed[0].reason.contains("404"), "{report:?}");

        let after = lib.article(id).unwrap();
        let (got, gone) = (&after.photos[0], &after.photos[1]);
        assert!(got.sha256.is_some() && got.has_thumbnail, "{got:?}");
        assert_eq!((got.width, got.height), (Some(600), Some(400)));
        assert_eq!(got.missing_reason, None);
        assert!(got
            .downloaded_at
            .as_deref()
            .is_some_and(|t| t.ends_with('Z')));
        assert_eq!(got.caption.as_deref(), Some("The bridge on Monday."));
        assert_eq!(gone.sha256, None);
        assert_eq!(gone.downloaded_at, None);
        assert_eq!(
            gone.missing_reason.as_deref(),
            Some(report.failed[0].reason.as_str())
        );
        // The gallery shows the image, and when it came.
        let gallery = lib
            .photos(&crate::model::ListQuery::default(), None, 10)
            .unwrap();
        let tile = gallery.items.iter().find(|p| p.id == got.id).unwrap();
        assert_eq!(tile.sha256, got.sha256);
        assert_eq!(tile.downloaded_at, got.downloaded_at);

        // Asked again, only the photo still without its image is fetched.
        let again = lib.download_missing_photos(id, &policy).unwrap();
        assert_eq!((again.downloaded, again.failed.len()), (0, 1));
        server.join().unwrap();
        assert_eq!(lib.article(id).unwrap().photos[0].sha256, got.sha256);
    }
}
