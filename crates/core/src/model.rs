//! The article record as the rest of the program and other tools see it: the types that
//! `cuttings show --json` prints, the desktop app receives over IPC, and the TypeScript
//! bindings in `ui/src/api/bindings/` are generated from. The JSON shape is documented in
//! `docs/article-json.md` and is kept stable.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// One stored article with everything known about it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct Article {
    /// Row id in the library.
    #[ts(type = "number")]
    pub id: i64,
    pub title: String,
    pub standfirst: Option<String>,
    /// The byline as printed ("By Jane Doe and John Roe").
    pub byline: Option<String>,
    /// Each author's name, in order.
    pub authors: Vec<String>,
    /// RFC 3339 when the time is known, `YYYY-MM-DD` when only the date is.
    pub published: Option<String>,
    /// The published date as the page wrote it.
    pub published_raw: Option<String>,
    pub modified: Option<String>,
    pub modified_raw: Option<String>,
    pub site_name: Option<String>,
    /// Section path, outermost first (`["News", "World"]`).
    pub section: Vec<String>,
    /// `news`, `opinion`, `analysis`, … (lower case), or null when unknown.
    pub genre: Option<String>,
    /// BCP 47 language tag (`en`, `pt-BR`).
    pub language: Option<String>,
    /// Canonical URL of the article.
    pub url: Option<String>,
    /// The body as plain text, paragraphs separated by one blank line. Annotations anchor here.
    pub text: String,
    /// The body as sanitized HTML (no scripts, styles, frames or remote images).
    pub html: String,
    pub word_count: u32,
    pub photos: Vec<Photo>,
    pub related: Vec<RelatedLink>,
    /// The most recent capture of this article.
    pub capture: Capture,
    /// Number of captures of this article (1 unless it was captured again and changed).
    pub capture_count: u32,
    pub tags: Vec<TagRef>,
    pub annotations: Vec<Annotation>,
}

/// A photo of an article (or a caption without an image, from pasted text).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct Photo {
    #[ts(type = "number")]
    pub id: i64,
    pub caption: Option<String>,
    pub credit: Option<String>,
    pub alt: Option<String>,
    /// Where the image came from (absolute URL or the file name it was read from).
    pub url: Option<String>,
    pub width: Option<u32>,
    pub height: Option<u32>,
    /// SHA-256 of the original image bytes, when they are stored.
    pub sha256: Option<String>,
    pub has_thumbnail: bool,
}

/// A link the page offered as related reading.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct RelatedLink {
    pub title: String,
    pub url: Option<String>,
}

/// How the original reached Cuttings.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "lowercase")]
#[ts(export)]
pub enum CaptureKind {
    /// A file on disk (saved page, text file).
    File,
    /// A URL fetched by Cuttings.
    Url,
    /// Text pasted into the app or piped to the CLI.
    Text,
    /// A browser clipper.
    Clipper,
}

impl CaptureKind {
    /// The stored name of the kind.
    pub fn as_str(self) -> &'static str {
        match self {
            CaptureKind::File => "file",
            CaptureKind::Url => "url",
            CaptureKind::Text => "text",
            CaptureKind::Clipper => "clipper",
        }
    }

    /// Parses a stored name; unknown names read as `file`.
    pub fn parse(s: &str) -> CaptureKind {
        match s {
            "url" => CaptureKind::Url,
            "text" => CaptureKind::Text,
            "clipper" => CaptureKind::Clipper,
            _ => CaptureKind::File,
        }
    }
}

/// Provenance of one capture: immutable once stored.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct Capture {
    #[ts(type = "number")]
    pub id: i64,
    /// UTC, RFC 3339.
    pub captured_at: String,
    pub kind: CaptureKind,
    /// SHA-256 (hex) of the original bytes as received.
    pub sha256: String,
    /// Size of the original in bytes.
    #[ts(type = "number")]
    pub bytes: u64,
    /// File name or other label of the input, when there was one.
    pub source_name: Option<String>,
    pub requested_url: Option<String>,
    pub final_url: Option<String>,
    pub http_status: Option<u16>,
    /// Name and version of the extractor that read the original.
    pub extractor_version: String,
}

/// A tag on an article or photo.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct TagRef {
    /// Hierarchical path, `Balkans/Kosovo`.
    pub path: String,
    /// `#rrggbb`, when the tag has a colour.
    pub colour: Option<String>,
}

/// A highlight or note on an article's text or a photo's caption or credit.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct Annotation {
    /// Stable identifier (UUID).
    pub id: String,
    /// `body`, `caption`, `credit` or `region`.
    pub target: String,
    #[ts(type = "number | null")]
    pub photo_id: Option<i64>,
    pub exact: Option<String>,
    pub prefix: Option<String>,
    pub suffix: Option<String>,
    pub start: Option<u32>,
    pub end: Option<u32>,
    pub colour: Option<String>,
    /// Markdown.
    pub note: Option<String>,
    pub created_at: String,
    pub modified_at: String,
}

/// One row of the library list: enough to draw it without loading the article.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct ArticleSummary {
    #[ts(type = "number")]
    pub id: i64,
    pub title: String,
    pub site_name: Option<String>,
    pub section: Vec<String>,
    pub published: Option<String>,
    pub captured_at: String,
    /// SHA-256 of the first photo that has a thumbnail.
    pub thumbnail: Option<String>,
    pub photo_count: u32,
}

/// A page of the library list, newest capture first.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct ArticlePage {
    pub items: Vec<ArticleSummary>,
    /// Pass back as `after` to get the next page; null at the end.
    pub next: Option<ListCursor>,
}

/// Keyset position in the library list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct ListCursor {
    pub captured_at: String,
    #[ts(type = "number")]
    pub id: i64,
}

/// What an import did with one input.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(tag = "status", rename_all = "snake_case")]
#[ts(export)]
pub enum ImportOutcome {
    /// A new article was stored.
    Created {
        #[ts(type = "number")]
        article_id: i64,
        title: String,
    },
    /// The same bytes were captured before: nothing was stored.
    AlreadyThere {
        #[ts(type = "number")]
        article_id: i64,
        title: String,
    },
    /// The article was known (same URL) and its page changed: a new capture was added.
    NewCapture {
        #[ts(type = "number")]
        article_id: i64,
        title: String,
    },
}

impl ImportOutcome {
    /// The article the import produced or found.
    pub fn article_id(&self) -> i64 {
        match self {
            ImportOutcome::Created { article_id, .. }
            | ImportOutcome::AlreadyThere { article_id, .. }
            | ImportOutcome::NewCapture { article_id, .. } => *article_id,
        }
    }
}

/// Facts about the open library, for the app's title bar and status line.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct LibraryInfo {
    /// The library folder.
    pub path: String,
    pub article_count: u32,
    pub schema_version: u32,
}
