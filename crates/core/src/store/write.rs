//! Writing captures: the original, the article fields, photos (bytes, thumbnails),
//! related links and the search index. A capture is first prepared (all CPU work, on any
//! thread), then written inside a transaction the caller owns: one per import, or one
//! per group of a batch.

use rusqlite::{params, Connection, OptionalExtension};

use crate::capture::{detect_format, Extracted, Format, ImportRequest, EXTRACTOR_VERSION};
use crate::model::ImportOutcome;
use crate::{blob, images, sanitize, Library};

use super::now_utc;

impl Library {
    /// The article (id, title) that already holds a capture with these original bytes.
    /// Reads through a pooled reader, so a batch's workers never wait on the writer.
    pub(crate) fn article_for_original(
        &self,
        sha256: &str,
    ) -> rusqlite::Result<Option<(i64, String)>> {
        article_for_original(&self.reader(), sha256)
    }

    /// Stores one prepared capture in its own transaction.
    pub(crate) fn store_capture(
        &self,
        prepared: &PreparedCapture,
    ) -> rusqlite::Result<ImportOutcome> {
        let mut conn = self.conn();
        let tx = conn.transaction()?;
        let outcome = write_capture(&tx, prepared)?;
        tx.commit()?;
        Ok(outcome)
    }

    /// The photos of an article that name an image on the web but hold none (a page saved
    /// without its pictures, a download that failed): `(photo id, URL)` in page order.
    pub(crate) fn photos_without_image(
        &self,
        article_id: i64,
    ) -> rusqlite::Result<Vec<(i64, String)>> {
        self.reader()
            .prepare_cached(
                "SELECT id, url FROM photo
                  WHERE article_id = ?1 AND blob_id IS NULL
                    AND (url LIKE 'http://%' OR url LIKE 'https://%')
                  ORDER BY position",
            )?
            .query_map([article_id], |r| Ok((r.get(0)?, r.get(1)?)))?
            .collect()
    }

    /// Stores an image downloaded for a photo after its article's capture, with the time.
    pub(crate) fn attach_downloaded_image(
        &self,
        photo_id: i64,
        image: &PreparedImage,
        bytes: &[u8],
    ) -> rusqlite::Result<()> {
        let mut conn = self.conn();
        let tx = conn.transaction()?;
        let now = now_utc();
        let blob_id = put_image(&tx, image, bytes, &now)?;
        tx.execute(
            "UPDATE photo SET blob_id = ?2, width = ?3, height = ?4, missing_reason = NULL,
                              downloaded_at = ?5
              WHERE id = ?1",
            params![photo_id, blob_id, image.info.width, image.info.height, now],
        )?;
        tx.commit()
    }

    /// Records why a photo's image could not be downloaded.
    pub(crate) fn record_missing_image(&self, photo_id: i64, reason: &str) -> rusqlite::Result<()> {
        self.conn().execute(
            "UPDATE photo SET missing_reason = ?2 WHERE id = ?1",
            params![photo_id, reason],
        )?;
        Ok(())
    }
}

fn article_for_original(
    conn: &Connection,
    sha256: &str,
) -> rusqlite::Result<Option<(i64, String)>> {
    conn.query_row(
        "SELECT a.id, a.title FROM blob b
           JOIN capture c ON c.original_blob_id = b.id
           JOIN article a ON a.id = c.article_id
          WHERE b.sha256 = ?1 LIMIT 1",
        [sha256],
        |r| Ok((r.get(0)?, r.get(1)?)),
    )
    .optional()
}

/// A capture with all its CPU work done (the body sanitized, photos hashed and
/// thumbnailed), so that writing it holds the write lock only for SQL. Made by
/// [`prepare_capture`], on any thread.
pub(crate) struct PreparedCapture {
    request: ImportRequest,
    sha256: String,
    extracted: Extracted,
    body_html: String,
    photos: Vec<PreparedPhoto>,
}

impl PreparedCapture {
    /// The name of the input, for messages.
    pub(crate) fn input(&self) -> &str {
        &self.request.source_name
    }
}

/// Does the CPU side of storing `extracted`: sanitizing, image hashing and thumbnails.
pub(crate) fn prepare_capture(
    request: ImportRequest,
    sha256: String,
    extracted: Extracted,
) -> PreparedCapture {
    let photos = prepare_photos(&extracted);
    // The store sanitizes whatever an extractor returns: it is the last gate before disk.
    // A body its reader sanitized, unchanged since, comes through as it is.
    let body_html = match extracted.body_sanitized {
        Some(stamp) if stamp.vouches_for(&extracted.body_html) => extracted.body_html.clone(),
        _ => sanitize::sanitize_body(&extracted.body_html, extracted.url.as_deref()),
    };
    PreparedCapture {
        request,
        sha256,
        extracted,
        body_html,
        photos,
    }
}

/// Writes one capture and its article inside the caller's transaction. The same original
/// bytes already stored (earlier, or earlier in the same batch) are recognised. When an
/// article with the same canonical URL exists, the capture is added to it and its fields
/// are refreshed from this capture (earlier captures keep their originals), unless this
/// capture holds next to no text and no photo where the article has some: then only the
/// capture is recorded, and the outcome says so.
pub(crate) fn write_capture(
    tx: &Connection,
    prepared: &PreparedCapture,
) -> rusqlite::Result<ImportOutcome> {
    let outcome = write_capture_unindexed(tx, prepared)?;
    index_outcome(tx, &outcome)?;
    Ok(outcome)
}

/// Brings the full-text index row of the article an import wrote up to date (an article
/// found already there is indexed already).
fn index_outcome(tx: &Connection, outcome: &ImportOutcome) -> rusqlite::Result<()> {
    index_outcomes(tx, [outcome])
}

/// [`index_outcome`] for several imports, in one go (see [`crate::search::index::refresh`]).
pub(crate) fn index_outcomes<'a>(
    tx: &Connection,
    outcomes: impl IntoIterator<Item = &'a ImportOutcome>,
) -> rusqlite::Result<()> {
    let mut ids: Vec<i64> = outcomes
        .into_iter()
        .filter_map(|outcome| match outcome {
            ImportOutcome::AlreadyThere { .. } => None,
            ImportOutcome::Created { article_id, .. }
            | ImportOutcome::NewCapture { article_id, .. } => Some(*article_id),
        })
        .collect();
    ids.sort_unstable();
    ids.dedup();
    crate::search::index::refresh(tx, &ids)
}

/// [`write_capture`] without the full-text index row, which the caller writes with
/// [`index_outcomes`]: a batch writes the rows of a whole group at once, after its items.
pub(crate) fn write_capture_unindexed(
    tx: &Connection,
    prepared: &PreparedCapture,
) -> rusqlite::Result<ImportOutcome> {
    let PreparedCapture {
        request,
        sha256,
        extracted,
        body_html,
        photos,
    } = prepared;
    if let Some((article_id, title)) = article_for_original(tx, sha256)? {
        return Ok(ImportOutcome::AlreadyThere { article_id, title });
    }
    let now = now_utc();
    let existing: Option<i64> = match &extracted.url {
        Some(url) => tx
            .query_row(
                "SELECT id FROM article WHERE url = ?1 LIMIT 1",
                [url],
                |r| r.get(0),
            )
            .optional()?,
        None => None,
    };
    // A page that held no article text this time, or a placeholder's few words (its script
    // did not draw it), does not wipe what an earlier capture kept: the capture and its
    // original are recorded, and the article stays as it was.
    let keep_earlier = match existing {
        Some(id) if crate::capture::is_thin_text(&extracted.body_text) && photos.is_empty() => {
            !crate::capture::is_thin_text(&body_text_of(tx, id)?) || has_photos(tx, id)?
        }
        _ => false,
    };
    let article_id = match existing {
        Some(id) if keep_earlier => id,
        _ => {
            // A re-capture replaces the article's photos and related links, except the
            // photos notes hold on to; the new photos go after those, and the body's
            // markers follow them.
            let first_position = match existing {
                Some(id) => replace_earlier_capture(tx, id)?,
                None => 0,
            };
            let body_html = sanitize::shift_photo_markers(body_html, first_position);
            let section_path = Some(extracted.section.join(" / ")).filter(|p| !p.is_empty());
            let article_id =
                write_article(tx, existing, extracted, &body_html, section_path, &now)?;
            write_photos(
                tx,
                article_id,
                extracted,
                photos,
                first_position as i64,
                &now,
            )?;
            write_related(tx, article_id, extracted)?;
            article_id
        }
    };
    write_tags(tx, article_id, &extracted.tags, &now)?;
    let format = match request.format {
        Format::Auto => detect_format(&request.source_name, &request.bytes).ok(),
        given => Some(given),
    };
    let media_type = match format {
        Some(Format::Html) => "text/html",
        Some(Format::Mhtml) => "multipart/related",
        Some(Format::Markdown) => "text/markdown",
        _ => "text/plain",
    };
    let original = blob::put(tx, sha256, &request.bytes, Some(media_type), &now)?;
    let http = request.http.as_ref();
    let headers = http.map(|h| serde_json::to_string(&h.headers).unwrap_or_default());
    tx.execute(
        "INSERT INTO capture (article_id, captured_at, kind, source_name, requested_url,
                              final_url, http_status, http_headers, original_blob_id,
                              media_type, extractor_version, refreshed_article)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)",
        params![
            article_id,
            now,
            request.kind.as_str(),
            request.source_name,
            http.map(|h| h.requested_url.as_str())
                .or(request.url.as_deref()),
            http.map(|h| h.final_url.as_str())
                .or(request.url.as_deref()),
            http.map(|h| h.status),
            headers,
            original,
            media_type,
            EXTRACTOR_VERSION,
            !keep_earlier
        ],
    )?;
    let (title, warnings) = if keep_earlier {
        let title: String = tx.query_row(
            "SELECT title FROM article WHERE id = ?1",
            [article_id],
            |r| r.get(0),
        )?;
        let kept = "the page held next to no article text this time: the article keeps the \
                    text of its earlier capture, and this capture's original is kept beside it";
        (title, vec![kept.to_string()])
    } else {
        (extracted.title.clone(), extracted.warnings.clone())
    };
    Ok(match existing {
        Some(_) => ImportOutcome::NewCapture {
            article_id,
            title,
            warnings,
        },
        None => ImportOutcome::Created {
            article_id,
            title,
            warnings,
        },
    })
}

/// Files the article under each of `tags` (tag paths, `news/ukraine`), making the tags and
/// the levels above them that do not exist yet. A level that exists in another case
/// (`News`) is that tag, and the path below it follows its case (`News/ukraine`); the
/// article's other tags stay.
fn write_tags(
    tx: &Connection,
    article_id: i64,
    tags: &[String],
    now: &str,
) -> rusqlite::Result<()> {
    for path in tags {
        let mut tag: Option<(i64, String)> = None;
        for level in path.split('/').filter(|level| !level.is_empty()) {
            let wanted = match &tag {
                Some((_, parent)) => format!("{parent}/{level}"),
                None => level.to_string(),
            };
            let parent_id = tag.as_ref().map(|(id, _)| *id);
            tx.prepare_cached(
                "INSERT INTO tag (path, parent_id, created_at) VALUES (?1, ?2, ?3)
                 ON CONFLICT (path) DO NOTHING",
            )?
            .execute(params![wanted, parent_id, now])?;
            tag = Some(
                tx.prepare_cached("SELECT id, path FROM tag WHERE path = ?1")?
                    .query_row([&wanted], |r| Ok((r.get(0)?, r.get(1)?)))?,
            );
        }
        if let Some((tag_id, _)) = tag {
            tx.prepare_cached(
                "INSERT OR IGNORE INTO article_tag (article_id, tag_id) VALUES (?1, ?2)",
            )?
            .execute([article_id, tag_id])?;
        }
    }
    Ok(())
}

fn write_article(
    tx: &Connection,
    existing: Option<i64>,
    e: &Extracted,
    body_html: &str,
    section_path: Option<String>,
    now: &str,
) -> rusqlite::Result<i64> {
    let authors = serde_json::to_string(&e.authors).unwrap_or_else(|_| "[]".into());
    let section = serde_json::to_string(&e.section).unwrap_or_else(|_| "[]".into());
    let (published, published_raw, published_date_only) = date_columns(e.published.as_ref());
    let (modified, modified_raw, modified_date_only) = date_columns(e.modified.as_ref());
    let values = params![
        e.title.trim(),
        e.standfirst,
        e.byline,
        authors,
        published,
        published_raw,
        published_date_only,
        modified,
        modified_raw,
        modified_date_only,
        e.site_name,
        section,
        e.genre,
        e.language,
        e.url,
        body_html,
        e.body_text,
        sanitize::word_count(&e.body_text),
        now,
        section_path,
    ];
    match existing {
        None => {
            tx.execute(
                "INSERT INTO article (title, standfirst, byline, authors, published, published_raw,
                    published_date_only, modified, modified_raw, modified_date_only, site_name,
                    section, genre, language, url, body_html, body_text, word_count,
                    created_at, updated_at, last_captured_at, section_path)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16,
                         ?17, ?18, ?19, ?19, ?19, ?20)",
                values,
            )?;
            Ok(tx.last_insert_rowid())
        }
        Some(id) => {
            tx.execute(
                "UPDATE article SET title = ?1, standfirst = ?2, byline = ?3, authors = ?4,
                    published = ?5, published_raw = ?6, published_date_only = ?7, modified = ?8,
                    modified_raw = ?9, modified_date_only = ?10, site_name = ?11, section = ?12,
                    genre = ?13, language = ?14, url = ?15, body_html = ?16, body_text = ?17,
                    word_count = ?18, updated_at = ?19, last_captured_at = ?19, section_path = ?20
                 WHERE id = ?21",
                rusqlite::params_from_iter(
                    values.iter().copied().chain([&id as &dyn rusqlite::ToSql]),
                ),
            )?;
            Ok(id)
        }
    }
}

/// The article's body text.
fn body_text_of(tx: &Connection, id: i64) -> rusqlite::Result<String> {
    tx.query_row(
        "SELECT coalesce(body_text, '') FROM article WHERE id = ?1",
        [id],
        |r| r.get(0),
    )
}

/// Whether the article has photos.
fn has_photos(tx: &Connection, id: i64) -> rusqlite::Result<bool> {
    tx.query_row(
        "SELECT EXISTS (SELECT 1 FROM photo WHERE article_id = ?1)",
        [id],
        |r| r.get(0),
    )
}

/// Drops what a new capture of article `id` replaces (its related links, and the photos
/// no note holds on to) and returns the position its new photos start at.
fn replace_earlier_capture(tx: &Connection, id: i64) -> rusqlite::Result<usize> {
    tx.execute(
        "DELETE FROM photo WHERE article_id = ?1
            AND NOT EXISTS (SELECT 1 FROM annotation WHERE photo_id = photo.id)",
        [id],
    )?;
    tx.execute("DELETE FROM related_link WHERE article_id = ?1", [id])?;
    tx.query_row(
        "SELECT coalesce(max(position) + 1, 0) FROM photo WHERE article_id = ?1",
        [id],
        |r| r.get::<_, i64>(0),
    )
    .map(|n| usize::try_from(n).unwrap_or(0))
}

fn date_columns(d: Option<&crate::capture::DateValue>) -> (Option<String>, Option<String>, bool) {
    match d {
        Some(d) => (
            Some(d.normalized.clone()),
            Some(d.raw.clone()),
            d.date_only(),
        ),
        None => (None, None, false),
    }
}

/// A photo ready to be written: its image identified and thumbnailed, or the reason why
/// not. It is the extracted photo at the same position, whose bytes it describes.
struct PreparedPhoto {
    image: Option<PreparedImage>,
    missing_reason: Option<String>,
}

/// An image checked and made ready to store: its fingerprint, size and thumbnail.
pub(crate) struct PreparedImage {
    sha256: String,
    info: images::ImageInfo,
    thumbnail: Option<images::Thumbnail>,
}

/// Checks an image's bytes (decodable within limits) and makes its thumbnail: all the CPU
/// work of storing it, done before the write lock is taken.
pub(crate) fn prepare_image(bytes: &[u8]) -> Result<PreparedImage, images::ImageError> {
    let info = images::inspect(bytes)?;
    Ok(PreparedImage {
        sha256: blob::sha256_hex(bytes),
        info,
        thumbnail: images::thumbnail(bytes)
            .map_err(|e| tracing::warn!("thumbnail failed: {e}"))
            .ok(),
    })
}

/// Stores an image's bytes (once, by fingerprint) and its thumbnail; returns the blob id.
fn put_image(
    tx: &Connection,
    image: &PreparedImage,
    bytes: &[u8],
    now: &str,
) -> rusqlite::Result<i64> {
    let id = blob::put(tx, &image.sha256, bytes, Some(image.info.media_type), now)?;
    if let Some(t) = &image.thumbnail {
        tx.execute(
            "INSERT OR IGNORE INTO thumbnail (blob_id, version, width, height, bytes)
             VALUES (?1, ?2, ?3, ?4, ?5)",
            params![id, images::THUMBNAIL_VERSION, t.width, t.height, t.jpeg],
        )?;
    }
    Ok(id)
}

fn prepare_photos(e: &Extracted) -> Vec<PreparedPhoto> {
    e.photos
        .iter()
        .map(|p| match &p.bytes {
            // An image never fetched (a page saved without its pictures) has no reason to
            // give: nothing failed. Readers say "not downloaded" from its address alone.
            None => PreparedPhoto {
                image: None,
                missing_reason: p.missing_reason.clone(),
            },
            Some(bytes) => match prepare_image(bytes) {
                Ok(image) => PreparedPhoto {
                    image: Some(image),
                    missing_reason: None,
                },
                Err(err) => PreparedPhoto {
                    image: None,
                    missing_reason: Some(err.to_string()),
                },
            },
        })
        .collect()
}

fn write_photos(
    tx: &Connection,
    article_id: i64,
    extracted: &Extracted,
    photos: &[PreparedPhoto],
    start: i64,
    now: &str,
) -> rusqlite::Result<()> {
    for (i, (source, p)) in extracted.photos.iter().zip(photos).enumerate() {
        let (blob_id, width, height) = match (&p.image, &source.bytes) {
            (Some(img), Some(bytes)) => (
                Some(put_image(tx, img, bytes, now)?),
                Some(img.info.width),
                Some(img.info.height),
            ),
            _ => (None, None, None),
        };
        tx.execute(
            "INSERT INTO photo (article_id, position, caption, credit, alt, url, width, height,
                                blob_id, missing_reason)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
            params![
                article_id,
                start + i as i64,
                source.caption,
                source.credit,
                source.alt,
                source.url,
                width,
                height,
                blob_id,
                p.missing_reason
            ],
        )?;
    }
    Ok(())
}

fn write_related(tx: &Connection, article_id: i64, e: &Extracted) -> rusqlite::Result<()> {
    for (i, link) in e.related.iter().enumerate() {
        tx.execute(
            "INSERT INTO related_link (article_id, position, title, url) VALUES (?1, ?2, ?3, ?4)",
            params![article_id, i as i64, link.title, link.url],
        )?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::capture::ImportRequest;

    fn stored_body(extracted: Extracted) -> String {
        let request = ImportRequest::file("page.html", b"<p>x</p>".to_vec());
        prepare_capture(request, "0".repeat(64), extracted).body_html
    }

    /// The store's gate takes a body its reader sanitized as it is, and sanitizes one that
    /// was changed after its reader sanitized it, or that no reader sanitized.
    #[test]
    fn the_store_sanitizes_every_body_its_stamp_does_not_vouch_for() {
        let (clean, stamp) =
            sanitize::sanitize_body_stamped("<p>Kept</p><script>x()</script>", None);
        assert_eq!(clean, "<p>Kept</p>");
        let stamped = Extracted {
            body_html: clean.clone(),
            body_sanitized: Some(stamp),
            ..Extracted::default()
        };
        assert_eq!(stored_body(stamped), "<p>Kept</p>");

        let changed = Extracted {
            body_html: format!("{clean}<img src=x onerror=alert(1)><script>x()</script>"),
            body_sanitized: Some(stamp),
            ..Extracted::default()
        };
        assert_eq!(stored_body(changed), "<p>Kept</p>");

        let unstamped = Extracted {
            body_html: "<p onclick=\"x()\">Kept</p><iframe src=\"https://e.com\"></iframe>".into(),
            ..Extracted::default()
        };
        assert_eq!(stored_body(unstamped), "<p>Kept</p>");
    }
}
