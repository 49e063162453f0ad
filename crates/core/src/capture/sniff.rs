//! What an input is before it is read: a saved web page, a MIME archive or text, or a file
//! that holds no article to read (a PDF, an image, an archive, a news feed, JSON data). The
//! latter is named, so the user learns what they gave instead of finding a garbled
//! "article" of `%PDF-1.7` or `<rss>` in the library.
//!
//! Binary files are named by their magic numbers with `infer`. Feeds, other XML and JSON
//! are recognised here: no crate names an XML document by its root element, and ours
//! reads only the few tags in front of it.

use memchr::memmem;

use super::{decode, markdown, mhtml, Format};

/// How much of an input is looked at to tell what it is.
const HEAD_BYTES: usize = 8192;

/// Media types a server sends for a page we read, and the reader each takes.
const PAGE_MEDIA_TYPES: [(&str, Format); 6] = [
    ("text/html", Format::Html),
    ("application/xhtml+xml", Format::Html),
    ("text/plain", Format::Text),
    ("multipart/related", Format::Mhtml),
    ("message/rfc822", Format::Mhtml),
    ("application/x-mimearchive", Format::Mhtml),
];

/// Decides how to read an input from its file name and content, or says what it is when
/// it holds no article (`it is a PDF document: …`), as the reason of an error that names
/// the input.
pub fn detect_format(name: &str, bytes: &[u8]) -> Result<Format, String> {
    let lower = name.to_ascii_lowercase();
    if lower.ends_with(".mhtml") || lower.ends_with(".mht") || mhtml::looks_like_mhtml(bytes) {
        return Ok(Format::Mhtml);
    }
    if let Some(kind) = holds_no_article(bytes) {
        return Err(kind.said("it is"));
    }
    let head = head_of(bytes);
    if head.contains(&0) && !decode::looks_like_utf16(head) {
        return Err("it looks like binary data".into());
    }
    if [".html", ".htm", ".xhtml", ".shtml"]
        .iter()
        .any(|ext| lower.ends_with(ext))
    {
        return Ok(Format::Html);
    }
    let extension = lower.rsplit_once('.').map(|(_, ext)| ext);
    if extension.is_some_and(|ext| markdown::MARKDOWN_EXTENSIONS.contains(&ext))
        || (!lower.ends_with(".txt")
            && markdown::looks_like_markdown(&String::from_utf8_lossy(head)))
    {
        return Ok(Format::Markdown);
    }
    if lower.ends_with(".txt") || !starts_like_html(head) {
        return Ok(Format::Text);
    }
    Ok(Format::Html)
}

/// Decides how to read a page fetched from a server, from the media type it declared
/// (`None`: none) and the body it sent; the reason names what was sent when it holds no
/// article. A body that is plainly a web page is read as one whatever its label.
pub fn format_of_response(media_type: Option<&str>, body: &[u8]) -> Result<Format, String> {
    if let Some(kind) = holds_no_article(body) {
        let lead = match media_type {
            Some(media_type) => format!("the server's {media_type} is"),
            None => "the server sent".into(),
        };
        return Err(kind.said(&lead));
    }
    let Some(media_type) = media_type else {
        return Ok(Format::Html);
    };
    if let Some((_, format)) = PAGE_MEDIA_TYPES
        .iter()
        .find(|(name, _)| *name == media_type)
    {
        return Ok(*format);
    }
    if starts_like_html(head_of(body)) {
        return Ok(Format::Html);
    }
    Err(format!(
        "the server sent {}, not a web page",
        describe_media_type(media_type)
    ))
}

fn head_of(bytes: &[u8]) -> &[u8] {
    &bytes[..bytes.len().min(HEAD_BYTES)]
}

/// Whether text opens the way a web page does (`<!DOCTYPE html`, `<html`, a comment …).
fn starts_like_html(head: &[u8]) -> bool {
    let sniff = String::from_utf8_lossy(head).to_ascii_lowercase();
    let trimmed = sniff.trim_start_matches('\u{feff}').trim_start();
    [
        "<!doctype html",
        "<html",
        "<head",
        "<?xml",
        "<!--",
        "<meta",
        "<body",
    ]
    .iter()
    .any(|p| trimmed.starts_with(p))
}

/// A kind of file that holds no article: what it is, in words (`a PDF document`), and what
/// to do instead, if anything helps.
struct NotAnArticle {
    what: String,
    advice: Option<&'static str>,
}

impl NotAnArticle {
    fn new(what: impl Into<String>, advice: Option<&'static str>) -> Self {
        NotAnArticle {
            what: what.into(),
            advice,
        }
    }

    /// `{lead} {what}: {advice}`: `it is a PDF document: open it …`.
    fn said(&self, lead: &str) -> String {
        match self.advice {
            Some(advice) => format!("{lead} {}: {advice}", self.what),
            None => format!("{lead} {}", self.what),
        }
    }
}

const COPY_ITS_TEXT: &str = "save it as a web page, or copy its text and paste it";
const PDF_ADVICE: &str = "open it in a PDF reader, select the article's text and paste it";
const IMAGE_ADVICE: &str =
    "photos are kept with the articles they appear in; import the page that shows it";

/// What an input is when it is a kind of file that holds no article: a binary file `infer`
/// knows, a PDF or RTF document, a feed or other XML, JSON data.
fn holds_no_article(bytes: &[u8]) -> Option<NotAnArticle> {
    let head = head_of(bytes);
    if has_binary_controls(head) && !decode::looks_like_utf16(head) {
        if let Some(kind) =
            infer::get(head).filter(|k| k.matcher_type() != infer::MatcherType::Text)
        {
            return Some(file_kind(kind));
        }
    }
    // These two open with plain text, so `infer`'s looser checks (`%PDF` anywhere in the
    // first kilobyte) would take a clipping that quotes them; only a file's first bytes count.
    if head.starts_with(b"%PDF-") {
        return Some(NotAnArticle::new("a PDF document", Some(PDF_ADVICE)));
    }
    if head.starts_with(b"{\\rtf") {
        return Some(NotAnArticle::new(
            "a word-processor document (RTF)",
            Some(COPY_ITS_TEXT),
        ));
    }
    xml_kind(head, bytes).or_else(|| json_kind(bytes))
}

/// Control characters no text a browser gives out holds (tab, line breaks, form feed and
/// escape aside): the sign of a binary file, whose magic number is then worth reading.
fn has_binary_controls(head: &[u8]) -> bool {
    head.iter()
        .any(|&b| b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r' | 0x0c | 0x1b))
}

fn file_kind(kind: infer::Type) -> NotAnArticle {
    let name = kind.extension().to_ascii_uppercase();
    if kind.mime_type() == "application/pdf" {
        return NotAnArticle::new("a PDF document", Some(PDF_ADVICE));
    }
    let (what, advice) = match kind.matcher_type() {
        infer::MatcherType::Image => (format!("an image ({name})"), Some(IMAGE_ADVICE)),
        infer::MatcherType::Archive => (
            format!("a compressed archive ({name})"),
            Some("unpack it and import the pages inside"),
        ),
        infer::MatcherType::Doc => (format!("an office document ({name})"), Some(COPY_ITS_TEXT)),
        infer::MatcherType::Book => (format!("an e-book ({name})"), None),
        infer::MatcherType::Audio => (format!("an audio file ({name})"), None),
        infer::MatcherType::Video => (format!("a video ({name})"), None),
        infer::MatcherType::Font => (format!("a font ({name})"), None),
        _ => (format!("a program or data file ({name})"), None),
    };
    NotAnArticle::new(what, advice)
}

/// Names a media type a server sent in words, keeping the type itself
/// (`a PDF document (application/pdf)`).
fn describe_media_type(media_type: &str) -> String {
    let what = match media_type {
        "application/pdf" => "a PDF document",
        "application/rss+xml" | "application/atom+xml" | "application/rdf+xml" => "a news feed",
        "application/json" => "JSON data",
        "application/zip" | "application/gzip" | "application/x-tar" => "an archive",
        "text/xml" | "application/xml" => "XML data",
        _ if media_type.starts_with("image/") => "an image",
        _ if media_type.starts_with("audio/") => "an audio file",
        _ if media_type.starts_with("video/") => "a video",
        _ => return media_type.to_string(),
    };
    format!("{what} ({media_type})")
}

/// The root element of an XML document, as its name and whether the document declared
/// itself XML (`<?xml …?>`), read past the declaration, comments, processing instructions
/// and a doctype. `None` for anything that does not open with markup.
fn xml_root(head: &str) -> Option<(String, bool, &str)> {
    let mut rest = head.trim_start_matches('\u{feff}').trim_start();
    let mut declared = false;
    loop {
        if let Some(after) = rest.strip_prefix("<?") {
            declared |= after.starts_with("xml ") || after.starts_with("xml\t");
            rest = &after[after.find("?>")? + 2..];
        } else if let Some(after) = rest.strip_prefix("<!--") {
            rest = &after[after.find("-->")? + 3..];
        } else if let Some(after) = rest.strip_prefix("<!") {
            // A doctype, with its internal subset (`[ … ]`) if it has one.
            let end = match (after.find('['), after.find('>')) {
                (Some(open), Some(close)) if open < close => open + after[open..].find("]>")? + 1,
                (_, close) => close?,
            };
            rest = &after[end + 1..];
        } else {
            break;
        }
        rest = rest.trim_start();
    }
    let tag = rest.strip_prefix('<')?;
    let name_end = tag
        .find(|c: char| c.is_whitespace() || c == '>' || c == '/')
        .unwrap_or(tag.len());
    let name = &tag[..name_end];
    if name.is_empty() || !name.starts_with(|c: char| c.is_alphabetic()) {
        return None;
    }
    let open_tag = &tag[..tag.find('>').unwrap_or(tag.len())];
    Some((name.to_string(), declared, open_tag))
}

/// A feed, an SVG image or other XML data, said for the user; `None` for an (X)HTML page
/// and for anything that is not XML.
fn xml_kind(head: &[u8], whole: &[u8]) -> Option<NotAnArticle> {
    let head = String::from_utf8_lossy(head);
    let (name, declared, open_tag) = xml_root(&head)?;
    let feed = |kind: &str, entry: &str, entries_word: &str| {
        let entries = count_elements(whole, entry);
        let word = if entries == 1 { entry } else { entries_word };
        Some(NotAnArticle::new(
            format!(
                "an {kind} news feed of {entries} {word}, which lists articles rather than \
                 holding one"
            ),
            Some("import each article by its address"),
        ))
    };
    match name.to_ascii_lowercase().as_str() {
        "html" => None,
        "rss" | "rdf:rdf" => feed("RSS", "item", "items"),
        "feed" if open_tag.contains("http://www.w3.org/2005/Atom") || declared => {
            feed("Atom", "entry", "entries")
        }
        "svg" => Some(NotAnArticle::new("an image (SVG)", Some(IMAGE_ADVICE))),
        _ if declared && !open_tag.contains("http://www.w3.org/1999/xhtml") => {
            Some(NotAnArticle::new(format!("XML data (<{name}>)"), None))
        }
        _ => None,
    }
}

/// How many elements of a name a document holds (`<item>`, `<item rdf:about=…>`).
fn count_elements(document: &[u8], name: &str) -> usize {
    let open = format!("<{name}");
    memmem::find_iter(document, open.as_bytes())
        .filter(|&at| {
            document
                .get(at + open.len())
                .is_some_and(|&b| b == b'>' || b == b'/' || b.is_ascii_whitespace())
        })
        .count()
}

/// JSON data (an object or a list, the whole input), said for the user.
fn json_kind(bytes: &[u8]) -> Option<NotAnArticle> {
    let start = bytes.iter().position(|b| !b.is_ascii_whitespace())?;
    let body = bytes[start..]
        .strip_prefix(b"\xef\xbb\xbf")
        .unwrap_or(&bytes[start..]);
    if !matches!(body.first(), Some(b'{' | b'[')) {
        return None;
    }
    serde_json::from_slice::<serde::de::IgnoredAny>(body)
        .ok()
        .map(|_| NotAnArticle::new("JSON data", None))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pages_and_text_by_name_and_content() {
        assert_eq!(detect_format("a.HTML", b"hello"), Ok(Format::Html));
        assert_eq!(
            detect_format("x", b"  <!DOCTYPE html><html>"),
            Ok(Format::Html)
        );
        assert_eq!(
            detect_format("x", b"News > World\n\nTitle"),
            Ok(Format::Text)
        );
        assert_eq!(
            detect_format("x.bin", &[0x89, b'P', 0, 0, 1]),
            Err("it looks like binary data".into())
        );
        // Markdown clippings, by name or by a clipper's front matter.
        assert_eq!(
            detect_format("Bridge.md", b"# Bridge"),
            Ok(Format::Markdown)
        );
        let note = b"---\ntitle: \"Bridge\"\nsource: \"https://a.example/b\"\n---\nText";
        assert_eq!(detect_format("stdin", note), Ok(Format::Markdown));
        assert_eq!(detect_format("note.txt", note), Ok(Format::Text));
        assert_eq!(
            detect_format("x", b"---\nNews > World\n---\nTitle"),
            Ok(Format::Text)
        );
        // XHTML declares itself XML and is still a page.
        let xhtml = br#"<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
<!-- saved -->
<html xmlns="http://www.w3.org/1999/xhtml"><head><title>T</title></head></html>"#;
        assert_eq!(detect_format("page", xhtml), Ok(Format::Html));
        assert_eq!(detect_format("page.xhtml", xhtml), Ok(Format::Html));
    }

    #[test]
    fn files_that_hold_no_article_are_named() {
        let said = |name: &str, bytes: &[u8]| detect_format(name, bytes).expect_err(name);
        let pdf = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n";
        assert!(said("story.pdf", pdf).starts_with("it is a PDF document"));
        // The content decides, not the name: a PDF saved as `.html` is still a PDF.
        assert!(said("story.html", pdf).starts_with("it is a PDF document"));
        let png = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x01\0\0\0\x01\x08\x02\0\0\0";
        assert!(said("photo.html", png).starts_with("it is an image (PNG)"));
        let mut zip = b"PK\x03\x04\x14\0\0\0\x08\0".to_vec();
        zip.extend_from_slice(&[0; 40]);
        assert!(said("pages.zip", &zip).starts_with("it is a compressed archive (ZIP)"));
        assert!(said("notes.rtf", b"{\\rtf1\\ansi Hello}").contains("(RTF)"));
        assert_eq!(
            said("data.txt", b"  {\"title\": \"x\", \"tags\": [1, 2]}\n"),
            "it is JSON data"
        );
        let sitemap = br#"<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url/></urlset>"#;
        assert_eq!(said("sitemap.html", sitemap), "it is XML data (<urlset>)");
        assert!(
            said("chart", b"<svg xmlns=\"http://www.w3.org/2000/svg\"/>")
                .starts_with("it is an image (SVG)")
        );
    }

    #[test]
    fn feeds_are_named_with_their_entries() {
        let rss = br#"<?xml version="1.0"?><!-- generator --><rss version="2.0"><channel>
            <title>Feed</title><item><title>One</title></item>
            <item ><title>Two</title></item><items/></channel></rss>"#;
        assert_eq!(
            detect_format("feed.html", rss),
            Err(
                "it is an RSS news feed of 2 items, which lists articles rather than \
                 holding one: import each article by its address"
                    .into()
            )
        );
        let rdf = br#"<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"><item rdf:about="x"/></rdf:RDF>"#;
        assert!(detect_format("x", rdf)
            .unwrap_err()
            .starts_with("it is an RSS news feed of 1 item, which"));
        let atom = br#"<feed xmlns="http://www.w3.org/2005/Atom"><entry/><entry/><entry/></feed>"#;
        assert!(detect_format("x.xml", atom)
            .unwrap_err()
            .starts_with("it is an Atom news feed of 3 entries, which"));
    }

    #[test]
    fn text_that_only_looks_like_a_file_is_text() {
        // Clippings that open with a file's magic letters, mention one, or hold brackets.
        for text in [
            "BC Hydro raises rates\n\nThe utility said on Monday…",
            "MZ Wallace opens a store\n\nThe bag maker…",
            "GIF8 is not a format\n\nA story about %PDF-1.7 headers.",
            "[Photo] The bridge at dawn\n\nThe bridge reopened on Monday.",
            "{Updated} The council met again.",
            "<feed> is a word in this clipping, not a tag",
        ] {
            assert_eq!(
                detect_format("pasted", text.as_bytes()),
                Ok(Format::Text),
                "{text}"
            );
        }
        // A page whose body is JSON-like text is still a page.
        assert_eq!(
            detect_format("x.html", b"<html><body>{\"a\":1}</body></html>"),
            Ok(Format::Html)
        );
    }

    #[test]
    fn responses_by_media_type_and_body() {
        let page = b"<!DOCTYPE html><html><title>T</title></html>";
        assert_eq!(
            format_of_response(Some("text/html"), page),
            Ok(Format::Html)
        );
        assert_eq!(format_of_response(None, page), Ok(Format::Html));
        // A page sent with the wrong label is still read as the page it is.
        assert_eq!(
            format_of_response(Some("application/octet-stream"), page),
            Ok(Format::Html)
        );
        assert_eq!(
            format_of_response(Some("application/pdf"), b"not really"),
            Err("the server sent a PDF document (application/pdf), not a web page".into())
        );
        assert_eq!(
            format_of_response(Some("text/css"), b"body { color: red }"),
            Err("the server sent text/css, not a web page".into())
        );
        // A feed or a PDF sent as `text/html` is named by what it is.
        let rss = b"<rss version=\"2.0\"><channel><item/></channel></rss>";
        assert!(format_of_response(Some("text/html"), rss)
            .unwrap_err()
            .starts_with("the server's text/html is an RSS news feed of 1 item, which"));
        assert!(format_of_response(Some("text/html"), b"%PDF-1.4\n")
            .unwrap_err()
            .starts_with("the server's text/html is a PDF document"));
    }
}
