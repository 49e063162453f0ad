//! What an extractor hands to the store: the article's fields as read from one original,
//! before anything is saved. Extractors (HTML, plain text) fill this in; `capture::store`
//! sanitizes and persists it.

/// A date as the page gave it and as Cuttings understood it.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct DateValue {
    /// The text the page printed (`Published 1 August 2022` → `1 August 2022`).
    pub raw: String,
    /// RFC 3339 (`2022-08-01T10:32:00-04:00`), or `YYYY-MM-DD` when only the date is known.
    pub normalized: String,
}

impl DateValue {
    /// True when only the calendar date is known.
    pub fn date_only(&self) -> bool {
        self.normalized.len() == 10
    }
}

/// A photo found in the article: its image (when there is one) and its caption and credit.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ExtractedPhoto {
    pub caption: Option<String>,
    pub credit: Option<String>,
    pub alt: Option<String>,
    /// Absolute URL or file reference of the image; None for a caption without image.
    pub url: Option<String>,
    /// The image bytes when the extractor already has them (data: URI, local file).
    pub bytes: Option<Vec<u8>>,
    /// Why the bytes are absent, when an attempt to get them failed (download error…).
    pub missing_reason: Option<String>,
}

/// A related-article link.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ExtractedLink {
    pub title: String,
    pub url: Option<String>,
}

/// Everything an extractor found in one original.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Extracted {
    pub title: String,
    pub standfirst: Option<String>,
    pub byline: Option<String>,
    pub authors: Vec<String>,
    pub published: Option<DateValue>,
    pub modified: Option<DateValue>,
    pub site_name: Option<String>,
    /// Outermost first.
    pub section: Vec<String>,
    /// Lower case: `news`, `opinion`, `analysis`, `review`, …
    pub genre: Option<String>,
    pub language: Option<String>,
    pub url: Option<String>,
    /// Body HTML, not yet sanitized (the store sanitizes). For text clippings, `<p>` per paragraph.
    pub body_html: String,
    /// Body plain text, paragraphs separated by exactly one blank line ("\n\n").
    pub body_text: String,
    pub photos: Vec<ExtractedPhoto>,
    pub related: Vec<ExtractedLink>,
}
