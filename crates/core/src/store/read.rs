//! Reading the record: whole articles, image bytes, provenance. (The list and search are
//! in [`crate::search`].)

use rusqlite::{params, Connection, OptionalExtension, Row};

use crate::images::THUMBNAIL_VERSION;
use crate::library::SCHEMA_VERSION;
use crate::model::{
    Annotation, Article, Capture, CaptureKind, LibraryInfo, Photo, RelatedLink, TagRef,
};
use crate::Library;

use super::StoreError;

/// Which bytes of a photo to serve.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ImageVariant {
    /// The original image as captured.
    Original,
    /// The JPEG thumbnail.
    Thumbnail,
    /// The thumbnail at list size ([`crate::images::LIST_THUMBNAIL_WIDTH`] wide).
    ListThumbnail,
}

/// A capture's original, ready to be saved as a file.
#[derive(Debug, Clone)]
pub struct OriginalFile {
    /// The bytes exactly as received.
    pub bytes: Vec<u8>,
    /// The SHA-256 (hex) recorded when they were captured.
    pub sha256: String,
    /// Whether the bytes still hash to [`Self::sha256`]: the check a journalist shows
    /// when asked whether the page is what was captured.
    pub intact: bool,
    /// A file name: the article's title, the capture date and the fingerprint's first
    /// eight digits, with the extension of the original's kind (`html`, `mhtml`, `txt`).
    pub file_name: String,
}

/// Image bytes and their media type.
#[derive(Debug, Clone)]
pub struct ImageBytes {
    pub media_type: String,
    pub bytes: Vec<u8>,
}

impl Library {
    /// Facts about the library for the app's status line.
    pub fn info(&self) -> Result<LibraryInfo, StoreError> {
        let conn = self.reader();
        let article_count: u32 = conn.query_row(
            "SELECT value FROM library_stat WHERE key = 'articles'",
            [],
            |r| r.get(0),
        )?;
        Ok(LibraryInfo {
            path: self.dir().display().to_string(),
            article_count,
            schema_version: SCHEMA_VERSION,
        })
    }

    /// One article with everything known about it.
    pub fn article(&self, id: i64) -> Result<Article, StoreError> {
        let conn = self.reader();
        read_article(&conn, id)?.ok_or(StoreError::ArticleNotFound(id))
    }

    /// Image bytes by the SHA-256 of the original, for the app's image scheme.
    pub fn image(
        &self,
        sha256: &str,
        variant: ImageVariant,
    ) -> Result<Option<ImageBytes>, StoreError> {
        let conn = self.reader();
        let found = match variant {
            ImageVariant::Original => conn
                .query_row(
                    "SELECT coalesce(media_type, 'application/octet-stream'), bytes FROM blob
                      WHERE sha256 = ?1 AND EXISTS (SELECT 1 FROM photo WHERE blob_id = blob.id)",
                    [sha256],
                    |r| {
                        Ok(ImageBytes {
                            media_type: r.get(0)?,
                            bytes: r.get(1)?,
                        })
                    },
                )
                .optional()?,
            ImageVariant::ListThumbnail => {
                drop(conn);
                return Ok(self.image(sha256, ImageVariant::Thumbnail)?.map(|thumb| {
                    match crate::images::list_thumbnail(&thumb.bytes) {
                        Ok(small) => ImageBytes {
                            media_type: "image/jpeg".into(),
                            bytes: small.jpeg,
                        },
                        Err(error) => {
                            tracing::warn!(%sha256, %error, "list thumbnail");
                            thumb
                        }
                    }
                }));
            }
            ImageVariant::Thumbnail => conn
                .query_row(
                    "SELECT 'image/jpeg', t.bytes FROM thumbnail t JOIN blob b ON b.id = t.blob_id
                      WHERE b.sha256 = ?1 AND t.version = ?2",
                    params![sha256, THUMBNAIL_VERSION],
                    |r| {
                        Ok(ImageBytes {
                            media_type: r.get(0)?,
                            bytes: r.get(1)?,
                        })
                    },
                )
                .optional()?,
        };
        Ok(found)
    }

    /// The HTTP response headers of a capture (empty when it was not fetched).
    pub fn http_headers(&self, capture_id: i64) -> Result<Vec<(String, String)>, StoreError> {
        let conn = self.reader();
        let raw: Option<String> = conn
            .query_row(
                "SELECT http_headers FROM capture WHERE id = ?1",
                [capture_id],
                |r| r.get(0),
            )
            .optional()?
            .flatten();
        Ok(raw
            .and_then(|r| serde_json::from_str(&r).ok())
            .unwrap_or_default())
    }

    /// A capture's original as a file to save, with its fingerprint checked again.
    /// `None` when there is no such capture.
    pub fn original_file(&self, capture_id: i64) -> Result<Option<OriginalFile>, StoreError> {
        let conn = self.reader();
        let row = conn
            .query_row(
                "SELECT b.bytes, b.sha256, c.captured_at, coalesce(c.media_type, b.media_type, ''),
                        a.title
                   FROM capture c
                   JOIN blob b ON b.id = c.original_blob_id
                   JOIN article a ON a.id = c.article_id
                  WHERE c.id = ?1",
                [capture_id],
                |r| {
                    Ok((
                        r.get::<_, Vec<u8>>(0)?,
                        r.get::<_, String>(1)?,
                        r.get::<_, String>(2)?,
                        r.get::<_, String>(3)?,
                        r.get::<_, String>(4)?,
                    ))
                },
            )
            .optional()?;
        Ok(row.map(|(bytes, sha256, captured_at, media_type, title)| {
            let intact = crate::blob::sha256_hex(&bytes) == sha256;
            let file_name = original_file_name(&title, &captured_at, &sha256, &media_type);
            OriginalFile {
                bytes,
                sha256,
                intact,
                file_name,
            }
        }))
    }

    /// The original bytes of a capture, exactly as received.
    pub fn original(&self, capture_id: i64) -> Result<Option<Vec<u8>>, StoreError> {
        let conn = self.reader();
        Ok(conn
            .query_row(
                "SELECT b.bytes FROM capture c JOIN blob b ON b.id = c.original_blob_id WHERE c.id = ?1",
                [capture_id],
                |r| r.get(0),
            )
            .optional()?)
    }
}

/// The file name of a capture's original: `{title}-{date}-{sha8}.{ext}`, the title cut
/// to 60 characters (and 120 bytes: file names are limited to 255 bytes) with everything
/// but letters and digits turned into single hyphens, so it is safe on every file system
/// and sorts by article.
fn original_file_name(title: &str, captured_at: &str, sha256: &str, media_type: &str) -> String {
    let mut slug = String::new();
    for c in title.chars() {
        if c.is_alphanumeric() {
            slug.extend(c.to_lowercase());
        } else if !slug.is_empty() && !slug.ends_with('-') {
            slug.push('-');
        }
        if slug.chars().count() >= 60 || slug.len() >= 120 {
            break;
        }
    }
    let slug = slug.trim_end_matches('-');
    let slug = if slug.is_empty() { "capture" } else { slug };
    let date = captured_at.get(..10).unwrap_or("undated");
    let extension = match media_type {
        "text/html" => "html",
        "multipart/related" => "mhtml",
        "text/plain" => "txt",
        "text/markdown" => "md",
        _ => "bin",
    };
    let sha8 = sha256.get(..8).unwrap_or(sha256);
    format!("{slug}-{date}-{sha8}.{extension}")
}

fn json_list(r: &Row, i: usize) -> rusqlite::Result<Vec<String>> {
    let raw: String = r.get(i)?;
    Ok(serde_json::from_str(&raw).unwrap_or_default())
}

fn read_article(conn: &Connection, id: i64) -> rusqlite::Result<Option<Article>> {
    let mut captures = conn
        .prepare_cached(
            "SELECT c.id, c.captured_at, c.kind, b.sha256, b.size, c.source_name, c.requested_url,
                    c.final_url, c.http_status, c.extractor_version, c.media_type,
                    c.refreshed_article
               FROM capture c JOIN blob b ON b.id = c.original_blob_id
              WHERE c.article_id = ?1 ORDER BY c.captured_at DESC, c.id DESC",
        )?
        .query_map([id], |r| {
            let kind: String = r.get(2)?;
            Ok(Capture {
                id: r.get(0)?,
                captured_at: r.get(1)?,
                kind: CaptureKind::parse(&kind),
                sha256: r.get(3)?,
                bytes: r.get::<_, i64>(4)?.max(0) as u64,
                source_name: r.get(5)?,
                requested_url: r.get(6)?,
                final_url: r.get(7)?,
                http_status: r.get(8)?,
                extractor_version: r.get(9)?,
                media_type: r.get(10)?,
                refreshed_article: r.get(11)?,
            })
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    if captures.is_empty() {
        return Ok(None);
    }
    // The capture the article's text came from: the latest that refreshed it (a later one
    // that held next to no text is listed with the others).
    let shown = captures
        .iter()
        .position(|c| c.refreshed_article)
        .unwrap_or(0);
    let capture = captures.remove(shown);
    let capture_count = captures.len() as u32 + 1;
    let earlier_captures = captures;
    let photos = conn
        .prepare_cached(
            "SELECT p.id, p.caption, p.credit, p.alt, p.url, p.width, p.height, b.sha256,
                    EXISTS (SELECT 1 FROM thumbnail t WHERE t.blob_id = p.blob_id AND t.version = ?2),
                    p.missing_reason, p.position, p.downloaded_at
               FROM photo p LEFT JOIN blob b ON b.id = p.blob_id
              WHERE p.article_id = ?1 ORDER BY p.position",
        )?
        .query_map(params![id, THUMBNAIL_VERSION], |r| {
            Ok(Photo {
                id: r.get(0)?,
                caption: r.get(1)?,
                credit: r.get(2)?,
                alt: r.get(3)?,
                url: r.get(4)?,
                width: r.get(5)?,
                height: r.get(6)?,
                sha256: r.get(7)?,
                has_thumbnail: r.get(8)?,
                missing_reason: r.get(9)?,
                position: r.get(10)?,
                downloaded_at: r.get(11)?,
                // Set below, from the body's markers.
                inline: false,
            })
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    let related = conn
        .prepare_cached(
            "SELECT title, url FROM related_link WHERE article_id = ?1 ORDER BY position",
        )?
        .query_map([id], |r| {
            Ok(RelatedLink {
                title: r.get(0)?,
                url: r.get(1)?,
            })
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    let tags = conn
        .prepare_cached(
            "SELECT t.path, t.colour FROM article_tag at JOIN tag t ON t.id = at.tag_id
              WHERE at.article_id = ?1 ORDER BY t.path",
        )?
        .query_map([id], |r| {
            Ok(TagRef {
                path: r.get(0)?,
                colour: r.get(1)?,
            })
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    let annotations = conn
        .prepare_cached(
            "SELECT uuid, target, photo_id, exact, prefix, suffix, start_pos, end_pos, colour,
                    note, created_at, modified_at
               FROM annotation WHERE article_id = ?1 ORDER BY coalesce(start_pos, 0), id",
        )?
        .query_map([id], |r| {
            Ok(Annotation {
                id: r.get(0)?,
                target: r.get(1)?,
                photo_id: r.get(2)?,
                exact: r.get(3)?,
                prefix: r.get(4)?,
                suffix: r.get(5)?,
                start: r.get(6)?,
                end: r.get(7)?,
                colour: r.get(8)?,
                note: r.get(9)?,
                created_at: r.get(10)?,
                modified_at: r.get(11)?,
            })
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    let mut article = conn
        .query_row(
            "SELECT id, title, standfirst, byline, authors, published, published_raw, modified,
                modified_raw, site_name, section, genre, language, url, body_text, body_html,
                word_count
           FROM article WHERE id = ?1",
            [id],
            |r| {
                Ok(Article {
                    id: r.get(0)?,
                    title: r.get(1)?,
                    standfirst: r.get(2)?,
                    byline: r.get(3)?,
                    authors: json_list(r, 4)?,
                    published: r.get(5)?,
                    published_raw: r.get(6)?,
                    modified: r.get(7)?,
                    modified_raw: r.get(8)?,
                    site_name: r.get(9)?,
                    section: json_list(r, 10)?,
                    genre: r.get(11)?,
                    language: r.get(12)?,
                    url: r.get(13)?,
                    text: r.get(14)?,
                    html: r.get(15)?,
                    word_count: r.get(16)?,
                    photos,
                    related,
                    capture,
                    capture_count,
                    earlier_captures,
                    tags,
                    annotations,
                })
            },
        )
        .optional()?;
    if let Some(article) = &mut article {
        let markers = crate::sanitize::photo_markers(&article.html);
        for photo in &mut article.photos {
            photo.inline = markers.contains(&(photo.position as usize));
        }
    }
    Ok(article)
}

#[cfg(test)]
mod tests {
    use super::original_file_name;

    #[test]
    fn original_file_names_are_safe_and_say_what_they_hold() {
        let sha = "3fa2b1c4d5e6f708";
        assert_eq!(
            original_file_name(
                "Russia Asks for Respect: Serbs in Kosovo",
                "2022-08-01T10:32:00Z",
                sha,
                "text/html"
            ),
            "russia-asks-for-respect-serbs-in-kosovo-2022-08-01-3fa2b1c4.html"
        );
        assert_eq!(
            original_file_name(
                "Vučić ../../etc/passwd",
                "2023-01-02T00:00:00Z",
                sha,
                "text/plain"
            ),
            "vučić-etc-passwd-2023-01-02-3fa2b1c4.txt"
        );
        assert_eq!(
            original_file_name("", "2023-01-02T00:00:00Z", sha, "multipart/related"),
            "capture-2023-01-02-3fa2b1c4.mhtml"
        );
        let long = original_file_name(&"word ".repeat(40), "2023-01-02T00:00:00Z", sha, "x/y");
        assert!(long.starts_with("word-word-") && long.ends_with("-2023-01-02-3fa2b1c4.bin"));
        assert!(long.chars().count() <= 60 + 25, "{long}");
        // Four-byte letters: cut by bytes before characters.
        let wide = original_file_name(&"𝐀".repeat(60), "2023-01-02T00:00:00Z", sha, "text/html");
        assert!(wide.len() <= 120 + 3 + 25, "{} bytes", wide.len());
        assert!(wide.starts_with("𝐀"));
    }
}
