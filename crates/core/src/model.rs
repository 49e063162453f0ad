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
    /// The capture the article's text is from: the most recent one, unless a later capture
    /// held next to no text and left the article as it was (`refreshed_article` false).
    pub capture: Capture,
    /// Number of captures of this article (1 unless it was captured again and changed).
    pub capture_count: u32,
    /// The article's other captures, newest first (each kept its own original).
    pub earlier_captures: Vec<Capture>,
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
    /// Why the image bytes are not stored (a failed download, undecodable bytes); null
    /// when they are, or when the clipping never had an image (a caption from pasted text).
    pub missing_reason: Option<String>,
    /// When the image was downloaded after the article's capture (RFC 3339, UTC), at the
    /// user's request: it may differ from what the page showed then. Null when the image
    /// was stored with its capture.
    pub downloaded_at: Option<String>,
    /// Order among the article's photos; the body's marker for this photo names it.
    pub position: u32,
    /// The body holds this photo's marker (`<img data-photo="position">`): it is shown
    /// where it stood on the page. Other photos are shown with the article's header.
    pub inline: bool,
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
    /// What the original is: `text/html`, `multipart/related` (MHTML), `text/plain` or
    /// `text/markdown` (a Markdown clipping).
    #[serde(default)]
    pub media_type: Option<String>,
    /// Name and version of the extractor that read the original.
    pub extractor_version: String,
    /// Whether this capture's extraction became the article's text and fields; false for
    /// a later capture that held next to no text, beside which the article kept its text.
    #[serde(default = "refreshed_by_default")]
    pub refreshed_article: bool,
}

fn refreshed_by_default() -> bool {
    true
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
    pub genre: Option<String>,
    pub published: Option<String>,
    /// When the page says it was last changed: the list shows it when no publication date
    /// is known (a page that prints only `Updated: …`).
    pub modified: Option<String>,
    pub captured_at: String,
    /// SHA-256 of the first photo that has a thumbnail.
    pub thumbnail: Option<String>,
    pub photo_count: u32,
    pub annotation_count: u32,
    pub tags: Vec<TagRef>,
    /// When searching: a passage around the matched words. The matched words are wrapped
    /// in U+E000 … U+E001 (private-use marks, never HTML), for the UI to highlight.
    pub snippet: Option<String>,
}

/// A page of the library list or of search results.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct ArticlePage {
    pub items: Vec<ArticleSummary>,
    /// Pass back as `after` to get the next page (an opaque token); null at the end.
    pub next: Option<String>,
}

/// What the list shows: a search, filters and an order. Every field may be left out.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, TS)]
#[serde(default)]
#[ts(export, optional_fields)]
pub struct ListQuery {
    /// A search in the syntax of docs/search.md; empty lists the whole library.
    pub search: String,
    pub filter: Filter,
    pub sort: SortOrder,
}

/// Filters that combine: every field set must hold; a list field holds when any of its
/// values does (tags: when all do).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(default)]
#[ts(export, optional_fields)]
pub struct Filter {
    /// Tag paths (`Balkans/Kosovo`); a tag also matches its sub-tags. All must match.
    pub tags: Vec<String>,
    pub sites: Vec<String>,
    /// Section paths joined with ` / ` (`News / World`); a path includes its sub-sections.
    pub sections: Vec<String>,
    pub genres: Vec<String>,
    pub languages: Vec<String>,
    /// Inclusive bounds: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    pub published_from: Option<String>,
    pub published_to: Option<String>,
    pub captured_from: Option<String>,
    pub captured_to: Option<String>,
    pub has_photos: Option<bool>,
    pub has_annotations: Option<bool>,
    #[ts(optional, as = "Option<i32>")]
    pub collection: Option<i64>,
    /// Photos whose credit contains this text (the gallery; articles with such a photo).
    pub credit: Option<String>,
}

/// The order of the list. `Relevance` is best match first when searching and newest
/// capture first otherwise.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum SortOrder {
    #[default]
    Relevance,
    /// Newest capture first.
    Captured,
    /// Newest publication first; undated last.
    Published,
    /// A to Z.
    Title,
    /// A to Z by site, then newest first within a site.
    Site,
}

/// Counts beside each value of each facet, for the articles a query matches.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct Facets {
    /// Articles matching the query (searches count their ranked candidates).
    #[ts(type = "number")]
    pub total: u64,
    pub sites: Vec<FacetValue>,
    pub sections: Vec<FacetValue>,
    pub genres: Vec<FacetValue>,
    pub languages: Vec<FacetValue>,
    /// Tag paths; a tag counts the articles of its sub-tags too.
    pub tags: Vec<FacetValue>,
    /// `YYYY` of publication.
    pub published_years: Vec<FacetValue>,
    pub collections: Vec<FacetValue>,
    #[ts(type = "number")]
    pub with_photos: u64,
    #[ts(type = "number")]
    pub with_annotations: u64,
    /// True when a search matched more articles than it ranks
    /// ([`crate::search::RANK_WINDOW`]): the counts cover its newest matches.
    pub truncated: bool,
}

/// One value of a facet and how many matching articles have it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct FacetValue {
    pub value: String,
    /// What the UI shows (a collection's name; otherwise the value).
    pub label: String,
    #[ts(type = "number")]
    pub count: u64,
    /// A tag's colour (`#rrggbb`); null for other facets.
    pub colour: Option<String>,
}

/// One photo of the gallery with its article.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct PhotoSummary {
    #[ts(type = "number")]
    pub id: i64,
    #[ts(type = "number")]
    pub article_id: i64,
    pub article_title: String,
    pub site_name: Option<String>,
    pub published: Option<String>,
    pub caption: Option<String>,
    pub credit: Option<String>,
    pub alt: Option<String>,
    pub width: Option<u32>,
    pub height: Option<u32>,
    /// Null when the image bytes are missing (the caption is still a record).
    pub sha256: Option<String>,
    pub has_thumbnail: bool,
    /// Where the image came from (absolute URL or the file name it was read from).
    pub url: Option<String>,
    /// Why the image bytes are not stored; null when they are, or when the clipping
    /// never had an image (a caption from pasted text).
    pub missing_reason: Option<String>,
    /// Size of the stored image in bytes.
    #[ts(type = "number | null")]
    pub size: Option<i64>,
    /// Media type of the stored image (`image/jpeg`).
    pub media_type: Option<String>,
    /// When the photo's article was last captured (RFC 3339, UTC).
    pub captured_at: String,
    /// When the image was downloaded after that capture; see [`Photo::downloaded_at`].
    pub downloaded_at: Option<String>,
}

/// A page of the gallery.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct PhotoPage {
    pub items: Vec<PhotoSummary>,
    /// Pass back as `after` for the next page; null at the end.
    pub next: Option<String>,
}

/// What downloading an article's missing photos did.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct PhotoDownloads {
    /// Images downloaded and stored.
    pub downloaded: u32,
    /// Images that could not be, each with why (also kept as the photo's missing reason).
    pub failed: Vec<FailedDownload>,
}

/// One image that could not be downloaded.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct FailedDownload {
    pub url: String,
    pub reason: String,
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
        /// What the user should know about what was kept (no article text was found, the
        /// title is the text's opening words), each a clause to follow the article's name
        /// (`no article text was found in the page: …`); empty when all went well.
        #[serde(default)]
        warnings: Vec<String>,
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
        /// As for [`ImportOutcome::Created`].
        #[serde(default)]
        warnings: Vec<String>,
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

    /// The title the article is stored under.
    pub fn title(&self) -> &str {
        match self {
            ImportOutcome::Created { title, .. }
            | ImportOutcome::AlreadyThere { title, .. }
            | ImportOutcome::NewCapture { title, .. } => title,
        }
    }

    /// What the user should know about what this import kept (none for a page already there).
    pub fn warnings(&self) -> &[String] {
        match self {
            ImportOutcome::Created { warnings, .. }
            | ImportOutcome::NewCapture { warnings, .. } => warnings,
            ImportOutcome::AlreadyThere { .. } => &[],
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
