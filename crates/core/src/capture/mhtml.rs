//! MHTML (`.mhtml`, `.mht`: a page saved by Chromium or IE as one MIME multipart/related
//! message): the page's HTML part and its resources by `Content-Location`. MIME parsing
//! is mail-parser's; this module only picks the parts a page needs.

use std::collections::HashMap;

use mail_parser::{MessageParser, MimeHeaders};

/// A saved page out of an MHTML archive.
#[derive(Debug, Default)]
pub struct MhtmlPage {
    /// The HTML of the page, decoded.
    pub html: String,
    /// The page's address (the HTML part's `Content-Location`, or the `Snapshot-Content-Location` header).
    pub url: Option<String>,
    /// Resources (images) by their `Content-Location` URL.
    pub resources: HashMap<String, Vec<u8>>,
}

/// True when the bytes look like an MHTML archive.
pub fn looks_like_mhtml(bytes: &[u8]) -> bool {
    let head = String::from_utf8_lossy(&bytes[..bytes.len().min(4096)]).to_ascii_lowercase();
    head.contains("multipart/related")
        && (head.contains("mime-version:") || head.starts_with("from:"))
}

/// Splits an archive; None when no HTML part is found.
pub fn read_mhtml(bytes: &[u8]) -> Option<MhtmlPage> {
    let message = MessageParser::default().parse(bytes)?;
    let snapshot = message
        .header_raw("Snapshot-Content-Location")
        .map(|v| v.trim().to_string());
    let mut page = MhtmlPage::default();
    for part in message.parts.iter() {
        let location = part.content_location().map(|l| l.trim().to_string());
        if part.is_text_html() && page.html.is_empty() {
            page.html = part.text_contents().unwrap_or_default().to_string();
            page.url = location.or_else(|| snapshot.clone());
        } else if part
            .content_type()
            .is_some_and(|c| c.c_type.eq_ignore_ascii_case("image"))
        {
            if let Some(location) = location {
                page.resources.insert(location, part.contents().to_vec());
            }
        }
    }
    if page.html.is_empty() {
        return None;
    }
    page.url = page
        .url
        .filter(|u| u.starts_with("http://") || u.starts_with("https://"));
    Some(page)
}

#[cfg(test)]
mod tests {
    use super::*;

    const ARCHIVE: &str = "From: <Saved by Blink>\r
Snapshot-Content-Location: https://news.example/story\r
Subject: Story\r
MIME-Version: 1.0\r
Content-Type: multipart/related;\r
\ttype=\"text/html\";\r
\tboundary=\"----MultipartBoundary--abc\"\r
\r
------MultipartBoundary--abc\r
Content-Type: text/html\r
Content-ID: <frame-1@mhtml.blink>\r
Content-Transfer-Encoding: quoted-printable\r
Content-Location: https://news.example/story\r
\r
<html><body><h1>Story</h1><img src=3D\"https://news.example/p.png\"><p>Caf=C3=A9 text.</p></body></html>\r
------MultipartBoundary--abc\r
Content-Type: image/png\r
Content-Transfer-Encoding: base64\r
Content-Location: https://news.example/p.png\r
\r
aGVsbG8=\r
------MultipartBoundary--abc--\r
";

    #[test]
    fn splits_page_and_images() {
        assert!(looks_like_mhtml(ARCHIVE.as_bytes()));
        let page = read_mhtml(ARCHIVE.as_bytes()).unwrap();
        assert!(page.html.contains("<h1>Story</h1>"));
        assert!(page.html.contains("Café"), "{}", page.html);
        assert_eq!(page.url.as_deref(), Some("https://news.example/story"));
        assert_eq!(
            page.resources
                .get("https://news.example/p.png")
                .map(Vec::as_slice),
            Some(&b"hello"[..])
        );
    }

    #[test]
    fn not_mhtml() {
        assert!(!looks_like_mhtml(b"<html><body>x</body></html>"));
        assert!(read_mhtml(b"garbage").is_none());
    }
}
