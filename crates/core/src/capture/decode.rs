//! Bytes to text: picks the character encoding of an original. For pages: byte-order mark,
//! then `<meta charset>` / `http-equiv` in the first 4 KiB, then chardetng's guess; for
//! text: BOM, then UTF-8 if valid, then chardetng. Decoding is done by encoding_rs.

use encoding_rs::{Encoding, UTF_16BE, UTF_16LE, UTF_8};
use regex::bytes::Regex;
use std::sync::LazyLock;

static META_CHARSET: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#"(?i)<meta[^>]+charset\s*=\s*["']?\s*([a-z0-9_:.\-]+)"#).expect("static regex")
});

/// Decodes a web page, honouring a BOM, then a declared charset, then a guess.
pub fn decode_html(bytes: &[u8]) -> String {
    decode_html_with_header(bytes, None)
}

/// Decodes a web page; `header_charset` is the charset of an HTTP `Content-Type`, if any,
/// which wins over everything but a BOM.
pub fn decode_html_with_header(bytes: &[u8], header_charset: Option<&str>) -> String {
    if let Some((encoding, bom_len)) = Encoding::for_bom(bytes) {
        return encoding
            .decode_without_bom_handling(&bytes[bom_len..])
            .0
            .into_owned();
    }
    let from_header = header_charset.and_then(|c| Encoding::for_label(c.trim().as_bytes()));
    // A saved page is often re-encoded as UTF-8 while keeping its old `<meta charset>`;
    // bytes that are valid UTF-8 with multi-byte characters are almost never text in a
    // legacy encoding, so they win over a meta declaration (not over an HTTP header).
    let declared =
        from_header.or_else(|| meta_charset(bytes).filter(|_| !(is_multibyte_utf8(bytes))));
    let encoding = declared
        // A page that says UTF-16 in ASCII-compatible bytes is lying (HTML spec rule).
        .map(|e| {
            if e == UTF_16LE || e == UTF_16BE {
                UTF_8
            } else {
                e
            }
        })
        .unwrap_or_else(|| guess(bytes));
    encoding.decode_without_bom_handling(bytes).0.into_owned()
}

/// Decodes plain text: BOM, valid UTF-8, else a guess.
pub fn decode_text(bytes: &[u8]) -> String {
    if let Some((encoding, bom_len)) = Encoding::for_bom(bytes) {
        return encoding
            .decode_without_bom_handling(&bytes[bom_len..])
            .0
            .into_owned();
    }
    match std::str::from_utf8(bytes) {
        Ok(s) => s.to_string(),
        Err(_) => guess(bytes)
            .decode_without_bom_handling(bytes)
            .0
            .into_owned(),
    }
}

/// True when the bytes start with a UTF-16 byte-order mark.
pub fn looks_like_utf16(bytes: &[u8]) -> bool {
    bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF])
}

/// Valid UTF-8 that uses characters beyond ASCII.
fn is_multibyte_utf8(bytes: &[u8]) -> bool {
    !bytes.is_ascii() && std::str::from_utf8(bytes).is_ok()
}

fn meta_charset(bytes: &[u8]) -> Option<&'static Encoding> {
    let head = &bytes[..bytes.len().min(4096)];
    let label = META_CHARSET.captures(head)?.get(1)?.as_bytes();
    Encoding::for_label(label)
}

fn guess(bytes: &[u8]) -> &'static Encoding {
    if std::str::from_utf8(bytes).is_ok() {
        return UTF_8;
    }
    let mut detector = chardetng::EncodingDetector::new();
    detector.feed(bytes, true);
    detector.guess(None, true)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn meta_charset_windows_1252() {
        let page = b"<html><head><meta charset=\"windows-1252\"></head><body>caf\xe9 \x93quoted\x94</body></html>";
        let text = decode_html(page);
        assert!(text.contains("café “quoted”"), "{text}");
    }

    #[test]
    fn http_equiv_latin1() {
        let page = b"<meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\"><p>Espa\xf1a</p>";
        assert!(decode_html(page).contains("España"));
    }

    #[test]
    fn bom_wins_over_meta() {
        let mut page = vec![0xEF, 0xBB, 0xBF];
        page.extend_from_slice("<meta charset=\"windows-1252\"><p>Vučić</p>".as_bytes());
        assert!(decode_html(&page).contains("Vučić"));
    }

    #[test]
    fn utf8_bytes_win_over_a_stale_meta_charset() {
        let page = "<meta charset=\"gbk\"><p>腾讯新闻 café</p>".as_bytes();
        assert!(decode_html(page).contains("腾讯新闻 café"));
    }

    #[test]
    fn header_charset_wins_over_meta() {
        let page = b"<meta charset=\"utf-8\"><p>caf\xe9</p>";
        assert!(decode_html_with_header(page, Some("windows-1252")).contains("café"));
    }

    #[test]
    fn text_utf8_and_guess() {
        assert_eq!(decode_text("Vučić".as_bytes()), "Vučić");
        let latin =
            b"Les \xe9l\xe8ves de l'\xe9cole sont all\xe9s \xe0 la biblioth\xe8que municipale.";
        assert!(decode_text(latin).contains("élèves"));
    }
}
