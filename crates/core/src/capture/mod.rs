//! Capture: turning an original (a saved page, a text clipping) into a stored article.
//!
//! The flow is `ImportRequest` → decode the bytes → pick an extractor ([`html`] or
//! [`text`]) → [`Extracted`] → [`crate::store`] sanitizes and writes it, with the original
//! bytes and their SHA-256, in one transaction: all of an article or none of it.

pub mod batch;
mod bbc_labels;
mod body_trim;
pub mod clipboard;
pub mod dates;
pub mod decode;
pub mod extracted;
pub mod fetch;
mod formula;
pub mod html;
pub mod markdown;
pub mod mhtml;
pub mod missing_photos;
mod page_byline;
pub mod page_dates;
mod page_deck;
pub mod shortcut;
mod sniff;
#[cfg(test)]
mod test_server;
pub mod text;
pub mod web;

use std::path::PathBuf;

pub use extracted::Extracted;
pub use extracted::{DateValue, ExtractedLink, ExtractedPhoto};
pub use sniff::detect_format;

use crate::model::{CaptureKind, ImportOutcome};
use crate::Library;

/// Name and version of the extractor, stored with every capture. The build metadata after
/// `+` dates the extraction rules: change it with every change to what they produce (a
/// title, a byline, a photo), so two captures read by different rules can be told apart
/// even when the package version did not move. A later change on the same day adds a
/// counter (`rules.2026-12-02.4`).
pub const EXTRACTOR_VERSION: &str = concat!(
    "cuttings-extract/",
    env!("CARGO_PKG_VERSION"),
    "+rules.2026-12-08.11"
);

/// Largest original accepted (bytes).
pub const MAX_ORIGINAL_BYTES: usize = 64 * 1024 * 1024;

/// Which reader to use for an input.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Format {
    /// Decide from the file name and the content.
    #[default]
    Auto,
    /// A saved web page.
    Html,
    /// Text copied out of a browser.
    Text,
    /// A page saved as one MIME archive (`.mhtml`, `.mht`).
    Mhtml,
    /// A Markdown clipping, with the front matter a web clipper writes (`.md`).
    Markdown,
}

/// One input to import.
#[derive(Debug, Clone)]
pub struct ImportRequest {
    /// The original bytes as received.
    pub bytes: Vec<u8>,
    /// How they reached us.
    pub kind: CaptureKind,
    /// A label naming the input in messages and provenance (file name, `stdin`, `pasted text`).
    pub source_name: String,
    pub format: Format,
    /// The page's URL, when known (given by the user, or the URL fetched).
    pub url: Option<String>,
    /// Folder the input was read from: relative image paths are resolved inside it.
    pub base_dir: Option<PathBuf>,
    /// HTTP facts, when the original was fetched.
    pub http: Option<web::HttpInfo>,
    /// The clipboard's text, when the bytes are the HTML a browser copied with it (see
    /// [`clipboard`]): the headline, byline and dates are read from it.
    pub copied_text: Option<String>,
}

impl ImportRequest {
    /// A request for text pasted by the user: a page's text copied out of a browser, or a
    /// Markdown note copied out of a notes app (read as one when it plainly is one).
    pub fn pasted_text(text: &str) -> ImportRequest {
        let format = if markdown::looks_like_markdown(text) {
            Format::Markdown
        } else {
            Format::Text
        };
        ImportRequest {
            bytes: text.as_bytes().to_vec(),
            kind: CaptureKind::Text,
            source_name: "pasted text".to_string(),
            format,
            url: None,
            base_dir: None,
            http: None,
            copied_text: None,
        }
    }

    /// A request for a paste with both of the clipboard's flavours: its text, and the HTML
    /// a browser puts beside it when a page is copied (`None`, or HTML without a word in
    /// it: the text alone is read). With HTML, the HTML is the original kept, and the
    /// article is read from the two together (see [`clipboard`]).
    pub fn pasted(text: &str, html: Option<&str>) -> ImportRequest {
        let request = ImportRequest::pasted_text(text);
        match html {
            // A Markdown note keeps its own reading: the HTML beside it is an editor's.
            Some(html) if request.format == Format::Text && clipboard::holds_words(html) => {
                ImportRequest {
                    bytes: html.as_bytes().to_vec(),
                    format: Format::Html,
                    copied_text: Some(text.to_string()),
                    ..request
                }
            }
            _ => request,
        }
    }

    /// A request for the bytes of a file, named `name`.
    pub fn file(name: impl Into<String>, bytes: Vec<u8>) -> ImportRequest {
        ImportRequest {
            bytes,
            kind: CaptureKind::File,
            source_name: name.into(),
            format: Format::Auto,
            url: None,
            base_dir: None,
            http: None,
            copied_text: None,
        }
    }
}

/// Why an input could not be captured. Each message names the input.
#[derive(Debug, thiserror::Error)]
pub enum CaptureError {
    #[error("{input}: cannot be read ({reason})")]
    Unreadable { input: String, reason: String },
    #[error("{input}: nothing to import (the input is empty)")]
    Empty { input: String },
    #[error("{input}: too large ({size} bytes; the limit is {limit})")]
    TooLarge {
        input: String,
        size: usize,
        limit: usize,
    },
    #[error("{input}: no article found ({reason})")]
    NoArticle { input: String, reason: String },
    #[error("{input}: not a web page or text ({reason})")]
    Unsupported { input: String, reason: String },
    #[error("{input}: {url} is not a valid http(s) URL")]
    BadUrl { input: String, url: String },
    #[error("{input}: {reason}")]
    Fetch { input: String, reason: String },
    #[error(
        "{input}: the page could not be read (the extractor failed on it); nothing was stored"
    )]
    ExtractorFailed { input: String },
    #[error("{input}: could not be stored: {source}")]
    Storage {
        input: String,
        source: rusqlite::Error,
    },
}

impl Library {
    /// Captures one input: extracts the article and stores it with its original bytes.
    /// The same bytes captured twice are recognised and not stored again.
    pub fn import(&self, request: ImportRequest) -> Result<ImportOutcome, CaptureError> {
        self.import_with(request, |_| {})
    }

    /// [`Library::import`], with a step run on the extracted article before it is stored
    /// (URL capture fetches the article's images there).
    pub fn import_with(
        &self,
        request: ImportRequest,
        before_store: impl FnOnce(&mut Extracted),
    ) -> Result<ImportOutcome, CaptureError> {
        match self.prepare_import(request, before_store)? {
            Prepared::AlreadyThere(outcome) => Ok(outcome),
            Prepared::Ready(prepared) => {
                self.store_capture(&prepared)
                    .map_err(|source| CaptureError::Storage {
                        input: prepared.input().to_string(),
                        source,
                    })
            }
        }
    }

    /// Everything of an import but the write: checks, fingerprint, extraction, and the
    /// CPU work of storing. Takes no write lock, so batch workers run it side by side.
    pub(crate) fn prepare_import(
        &self,
        request: ImportRequest,
        before_store: impl FnOnce(&mut Extracted),
    ) -> Result<Prepared, CaptureError> {
        let input = request.source_name.clone();
        if request.bytes.len() > MAX_ORIGINAL_BYTES {
            return Err(CaptureError::TooLarge {
                input,
                size: request.bytes.len(),
                limit: MAX_ORIGINAL_BYTES,
            });
        }
        if request.bytes.iter().all(|b| b.is_ascii_whitespace()) {
            return Err(CaptureError::Empty { input });
        }
        if let Some(url) = &request.url {
            let ok = url::Url::parse(url)
                .map(|u| matches!(u.scheme(), "http" | "https"))
                .unwrap_or(false);
            if !ok {
                return Err(CaptureError::BadUrl {
                    input,
                    url: url.clone(),
                });
            }
        }
        let sha256 = crate::blob::sha256_hex(&request.bytes);
        if let Some((article_id, title)) = self
            .article_for_original(&sha256)
            .map_err(|source| CaptureError::Storage { input, source })?
        {
            return Ok(Prepared::AlreadyThere(ImportOutcome::AlreadyThere {
                article_id,
                title,
            }));
        }
        // Decided once: the store records the original's media type by the same format.
        let mut request = request;
        request.format = resolved_format(&request)?;
        let mut extracted = extract(&request)?;
        before_store(&mut extracted);
        Ok(Prepared::Ready(Box::new(
            crate::store::write::prepare_capture(request, sha256, extracted),
        )))
    }
}

/// An input ready to be written, or found already stored.
pub(crate) enum Prepared {
    Ready(Box<crate::store::write::PreparedCapture>),
    AlreadyThere(ImportOutcome),
}

/// The reader a request takes: the one it names, or for [`Format::Auto`] the one its name
/// and content call for; an input that holds no article is an error naming what it is.
fn resolved_format(request: &ImportRequest) -> Result<Format, CaptureError> {
    match request.format {
        Format::Auto => detect_format(&request.source_name, &request.bytes).map_err(|reason| {
            CaptureError::Unsupported {
                input: request.source_name.clone(),
                reason,
            }
        }),
        other => Ok(other),
    }
}

/// Reads the article out of the request's bytes with the right extractor.
pub fn extract(request: &ImportRequest) -> Result<Extracted, CaptureError> {
    let input = &request.source_name;
    let format = resolved_format(request)?;
    let pasted = request.copied_text.is_some()
        || !matches!(format, Format::Html | Format::Mhtml | Format::Markdown);
    let mut extracted = match format {
        Format::Html => {
            let charset = request.http.as_ref().and_then(|h| h.charset.as_deref());
            let page = decode::decode_html_with_header(&request.bytes, charset);
            match &request.copied_text {
                Some(text) => clipboard::read_pasted_html(&page, text),
                None => html::read_html(&page, request.url.as_deref(), request.base_dir.as_deref()),
            }
        }
        Format::Mhtml => {
            let archive =
                mhtml::read_mhtml(&request.bytes).ok_or_else(|| CaptureError::Unsupported {
                    input: input.clone(),
                    reason: "an MHTML archive without an HTML page in it".into(),
                })?;
            let url = request.url.as_deref().or(archive.url.as_deref());
            let mut extracted = html::read_html(&archive.html, url, None);
            for photo in extracted.photos.iter_mut().filter(|p| p.bytes.is_none()) {
                if let Some(bytes) = photo.url.as_ref().and_then(|u| archive.resources.get(u)) {
                    photo.bytes = Some(bytes.clone());
                }
            }
            if extracted.url.is_none() {
                extracted.url = archive.url.clone();
            }
            extracted
        }
        Format::Markdown => {
            let note = decode::decode_text(&request.bytes);
            markdown::read_markdown(&note, request.base_dir.as_deref())
        }
        _ => {
            let text = decode::decode_text(&request.bytes);
            text::read_text_clipping(&text)
        }
    };
    if extracted.url.is_none() {
        extracted.url = request.url.clone();
    }
    if extracted.body_text.trim().is_empty() && extracted.title.trim().is_empty() {
        return Err(CaptureError::NoArticle {
            input: input.clone(),
            reason: "neither a title nor any body text was found".into(),
        });
    }
    if is_unrendered_template(&extracted) {
        let reason = if pasted {
            "the text holds {{…}} placeholders where the article should be: it was copied \
             before the page's script filled it in; copy it again once the page has loaded"
        } else {
            "the page was saved before its script filled it in: it holds {{…}} \
             placeholders where the article should be; save it again once it has loaded, \
             or paste its text"
        };
        return Err(CaptureError::NoArticle {
            input: input.clone(),
            reason: reason.into(),
        });
    }
    if let Some(warning) = thin_text_warning(&extracted, pasted, request.kind) {
        extracted.warnings.push(warning);
    }
    if extracted.title.trim().is_empty() {
        extracted.title = fallback_title(&extracted.body_text);
        extracted
            .warnings
            .push("no headline was found in it: the title is the opening words of its text".into());
    }
    if extracted.site_name.is_none() {
        extracted.site_name = extracted.url.as_deref().and_then(site_of_address);
    }
    Ok(extracted)
}

/// Characters of text (white space aside) under which a page with no photo printed only a
/// placeholder (`Loading…`, `Please enable JavaScript to view this page.`), not an article.
const MIN_ARTICLE_CHARS: usize = 80;

/// The characters of a text, white space aside.
fn text_chars(text: &str) -> usize {
    text.chars().filter(|c| !c.is_whitespace()).count()
}

/// Whether a body's text is next to none (a placeholder, or nothing): a new capture with
/// such a text does not replace an article's text (see [`crate::store::write`]).
pub(crate) fn is_thin_text(text: &str) -> bool {
    text_chars(text) < MIN_ARTICLE_CHARS
}

/// What to tell the user when an input gave no article text, or next to none: the
/// title and details are kept, and how to capture the text. Said as a clause that follows
/// the article's name (`Saved “…” — no article text …`).
fn thin_text_warning(extracted: &Extracted, pasted: bool, kind: CaptureKind) -> Option<String> {
    let chars = text_chars(&extracted.body_text);
    if chars > 0 && (chars >= MIN_ARTICLE_CHARS || !extracted.photos.is_empty() || pasted) {
        return None;
    }
    if pasted {
        return Some(
            "no article text was found in it, only a headline: copy the article again with \
             its text selected"
                .into(),
        );
    }
    let found = if chars == 0 {
        "no article text was found in the page"
    } else {
        "only a few words of text were found in the page"
    };
    let again = if kind == CaptureKind::Url {
        "save it from your browser once it has loaded"
    } else {
        "save the page again once it has loaded"
    };
    Some(format!(
        "{found}: its title and details are kept with the original; if the page's script \
         draws its text, {again}, or paste its text"
    ))
}

/// Whether what was read is a script's template rather than an article (an AngularJS page
/// saved before it ran, `{{nrco.contentDetailController.content.title}}`): a placeholder in
/// the title, or placeholders making up a third or more of the body's text. An article that
/// quotes a template or two in its code is far from that share.
fn is_unrendered_template(extracted: &Extracted) -> bool {
    let placeholder_chars = |text: &str| -> usize {
        let mut total = 0;
        let mut rest = text;
        while let Some(open) = rest.find("{{") {
            let Some(close) = rest[open..].find("}}") else {
                break;
            };
            total += close + 2;
            rest = &rest[open + close + 2..];
        }
        total
    };
    let title = extracted.title.trim();
    let body = extracted.body_text.trim();
    (!title.is_empty() && placeholder_chars(title) > 0 && title.starts_with("{{"))
        || (!body.is_empty() && placeholder_chars(body) * 3 >= body.len())
}

/// The site an article's address names (`https://www.nytimes.com/2017/…` → `nytimes.com`):
/// a page that does not name its site is still listed, filtered and cited by where it came
/// from. Not for a bare IP address or a one-label name such as `localhost`.
fn site_of_address(address: &str) -> Option<String> {
    let url = url::Url::parse(address).ok()?;
    if !matches!(url.scheme(), "http" | "https") {
        return None;
    }
    let domain = url.domain()?.trim_end_matches('.').to_lowercase();
    let domain = domain.strip_prefix("www.").unwrap_or(&domain);
    domain.contains('.').then(|| domain.to_string())
}

/// A title for an article whose page gave none: its first words.
fn fallback_title(body: &str) -> String {
    let first = body.lines().find(|l| !l.trim().is_empty()).unwrap_or("");
    let words: Vec<&str> = first.split_whitespace().take(12).collect();
    if words.is_empty() {
        "Untitled".to_string()
    } else {
        words.join(" ")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_unrendered_template_is_no_article() {
        let page = r#"<html><head><title>{{ctrl.content.title}}</title></head><body><main>
            <h1>{{ctrl.content.title}}</h1>
            <p>{{ctrl.content.author.fullName}} - {{ctrl.content.time | date : 'dd/MM/yyyy'}}</p>
            <div>{{ctrl.content.body}}</div><p>Modification de page en cours</p></main></body></html>"#;
        let err = extract(&ImportRequest::file(
            "family-park.html",
            page.as_bytes().to_vec(),
        ))
        .expect_err("a template is no article");
        let message = err.to_string();
        assert!(
            message.starts_with("family-park.html: no article found"),
            "{message}"
        );
        assert!(message.contains("{{…}}"), "{message}");
        // An article that shows a template in its text is still one.
        let article = format!(
            "<html><head><title>Angular templates</title></head><body><article><h1>Angular \
             templates</h1><p>{}</p><p>Write <code>{{{{user.name}}}}</code> where the name \
             goes.</p></article></body></html>",
            "Templates bind data to the page with double braces. ".repeat(8)
        );
        let x = extract(&ImportRequest::file("a.html", article.into_bytes())).expect("article");
        assert_eq!(x.title, "Angular templates");
    }

    #[test]
    fn an_import_that_kept_no_text_or_guessed_the_title_says_so() {
        // A page its script draws: the headline and details only.
        let page = r#"<html><head><title>Bridge closes to lorries</title>
            <meta name="author" content="Jane Roe"></head><body><div id="app"></div></body></html>"#;
        let x = extract(&ImportRequest::file(
            "bridge.html",
            page.as_bytes().to_vec(),
        ))
        .expect("the details are kept");
        assert_eq!(x.title, "Bridge closes to lorries");
        assert_eq!(x.warnings.len(), 1, "{:?}", x.warnings);
        assert!(x.warnings[0].starts_with("no article text was found in the page"));
        assert!(x.warnings[0].contains("save the page again once it has loaded"));
        // A placeholder is next to no text (`Please enable JavaScript` and `Loading…` are
        // furniture and leave none); fetched, the page is saved from the browser.
        let loading = page.replace(
            "<div id=\"app\"></div>",
            "<div id=\"app\"><p>Der Artikel wird geladen ...</p></div>",
        );
        let mut request = ImportRequest::file("bridge.html", loading.into_bytes());
        request.kind = CaptureKind::Url;
        let x = extract(&request).expect("the details are kept");
        assert_eq!(x.warnings.len(), 1, "{:?}", x.warnings);
        assert!(x.warnings[0].starts_with("only a few words of text were found in the page"));
        assert!(x.warnings[0].contains("save it from your browser"));
        // A short text beside a photo is a photo's post, not a placeholder.
        let photo_post = r#"<html><head><title>Sunrise</title></head><body><article><h1>Sunrise</h1>
            <figure><img src="https://example.org/sunrise.jpg" width="800" height="600">
            <figcaption>Sunrise over the bay.</figcaption></figure><p>Taken at six this morning.</p>
            </article></body></html>"#;
        let x = extract(&ImportRequest::file(
            "sunrise.html",
            photo_post.as_bytes().to_vec(),
        ))
        .expect("photo post");
        assert!(x.warnings.is_empty(), "{:?}", x.warnings);
        // Pasted text without a headline: its opening words stand for the title.
        let text = "the council voted on tuesday to close the old bridge to lorries, and the \
                    road will stay shut until the spring while the engineers look at it.\n\n\
                    residents said they had waited years for the decision and were glad of it.\n";
        let x = extract(&ImportRequest::pasted_text(text)).expect("text");
        assert!(x.title.starts_with("the council voted"), "{}", x.title);
        assert_eq!(x.warnings.len(), 1, "{:?}", x.warnings);
        assert!(x.warnings[0].starts_with("no headline was found"));
        // An article read whole says nothing.
        let page = format!(
            "<html><head><title>Bridge closes</title></head><body><article><h1>Bridge closes</h1>\
             <p>{}</p></article></body></html>",
            "The council voted on Tuesday to close the old bridge to lorries. ".repeat(8)
        );
        let x = extract(&ImportRequest::file("a.html", page.into_bytes())).expect("article");
        assert!(x.warnings.is_empty(), "{:?}", x.warnings);
    }

    #[test]
    fn a_site_is_named_by_its_address_when_the_page_does_not_name_it() {
        let cases = [
            (
                "https://www.nytimes.com/2017/01/13/world/x.html",
                Some("nytimes.com"),
            ),
            (
                "http://siliconexposed.blogspot.com/2016/05/a.html",
                Some("siliconexposed.blogspot.com"),
            ),
            ("https://WWW.Example.ORG./a", Some("example.org")),
            ("http://127.0.0.1:8080/page", None),
            ("http://localhost/page", None),
            ("file:///home/me/page.html", None),
            ("not an address", None),
        ];
        for (address, want) in cases {
            assert_eq!(site_of_address(address).as_deref(), want, "{address}");
        }
        let page = b"<html><head><title>Sudan Sanctions Lifted</title><link rel=canonical href=\"https://www.nytimes.com/2017/x.html\"></head><body><article><h1>Sudan Sanctions Lifted</h1><p>The United States will lift sanctions on Sudan, officials said on Friday, after months of talks about access for aid groups and an end to support for rebels.</p><p>The decision follows six months of negotiations between the two governments over humanitarian access and counterterrorism cooperation in the region.</p></article></body></html>";
        let named = extract(&ImportRequest::file("sudan.html", page.to_vec())).unwrap();
        assert_eq!(named.site_name.as_deref(), Some("nytimes.com"));
        let own = String::from_utf8_lossy(page).replace(
            "</title>",
            "</title><meta property=\"og:site_name\" content=\"The New York Times\">",
        );
        let own = extract(&ImportRequest::file("sudan.html", own.into_bytes())).unwrap();
        assert_eq!(own.site_name.as_deref(), Some("The New York Times"));
    }

    #[test]
    fn fallback_title_takes_first_words() {
        assert_eq!(fallback_title("\nOne two three.\n\nMore"), "One two three.");
        assert_eq!(fallback_title(""), "Untitled");
    }
}
