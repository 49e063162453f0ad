//! Link files: what a desktop saves when a link is dragged out of a browser onto it (a
//! Linux `.desktop` entry of type Link, a Windows `.url` Internet shortcut, a macOS
//! `.webloc`). They hold an address, not a page: the page is saved from the web. Written
//! here because each format is a few lines of INI or XML around one key, and no crate
//! reads all three.

use std::path::Path;

/// File name endings of link files.
pub const LINK_FILE_EXTENSIONS: &[&str] = &["desktop", "url", "webloc"];

/// Largest link file read (they are a few hundred bytes).
const MAX_LINK_FILE_BYTES: u64 = 64 * 1024;

/// Whether `path` is named as a link file.
pub fn is_link_file(path: &Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| LINK_FILE_EXTENSIONS.contains(&e.to_ascii_lowercase().as_str()))
}

/// An http or https address, as the `url` crate writes it; None for any other text.
pub fn web_address(text: &str) -> Option<String> {
    url::Url::parse(text.trim())
        .ok()
        .filter(|u| matches!(u.scheme(), "http" | "https"))
        .map(|u| u.to_string())
}

/// What `path` stands for when it is a link file: its web address, or a message naming
/// the file and why it gives none. None when `path` is not a link file.
pub fn address_of(path: &Path) -> Option<Result<String, String>> {
    if !is_link_file(path) || !path.is_file() {
        return None;
    }
    Some(
        link_in_file(path)
            .map_err(|reason| format!("{}: a link file, but {reason}", path.display())),
    )
}

/// The web address a link file at `path` holds, or why it gives none.
pub fn link_in_file(path: &Path) -> Result<String, String> {
    let size = std::fs::metadata(path).map_err(|e| e.to_string())?.len();
    if size > MAX_LINK_FILE_BYTES {
        return Err(format!("{size} bytes is too large for a link file"));
    }
    let bytes = std::fs::read(path).map_err(|e| e.to_string())?;
    let text = String::from_utf8_lossy(&bytes);
    link_in(&text).ok_or_else(|| "it holds no web address (http or https)".to_string())
}

/// The web address of a link file's text: `URL=` under `[InternetShortcut]` or under a
/// `[Desktop Entry]` of `Type=Link`, or the `URL` string of a `.webloc` property list.
/// Only http and https addresses count.
pub fn link_in(text: &str) -> Option<String> {
    let text = text.trim_start_matches('\u{feff}');
    if text.trim_start().starts_with('<') {
        // <key>URL</key><string>https://…</string>
        let after = &text[text.find("<key>URL</key>")? + "<key>URL</key>".len()..];
        let start = after.find("<string>")? + "<string>".len();
        let end = after[start..].find("</string>")? + start;
        let value = after[start..end]
            .replace("&amp;", "&")
            .replace("&lt;", "<")
            .replace("&gt;", ">");
        return web_address(&value);
    }
    let mut section = String::new();
    let mut url = None;
    let mut is_link = false;
    for line in text.lines().map(str::trim) {
        if let Some(name) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
            section = name.to_string();
            continue;
        }
        let Some((key, value)) = line.split_once('=') else {
            continue;
        };
        match (section.as_str(), key.trim()) {
            ("InternetShortcut", "URL") => return web_address(value),
            ("Desktop Entry", "Type") => is_link = value.trim() == "Link",
            ("Desktop Entry", "URL") => url = Some(value.to_string()),
            _ => {}
        }
    }
    url.filter(|_| is_link).and_then(|u| web_address(&u))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_desktops_link_file_gives_its_address() {
        let desktop = "[Desktop Entry]\nEncoding=UTF-8\nName=Bridge reopens\nType=Link\n\
                       URL=https://news.example.com/2026/bridge?id=4\nIcon=text-html\n";
        assert_eq!(
            link_in(desktop).as_deref(),
            Some("https://news.example.com/2026/bridge?id=4")
        );
        let windows = "\u{feff}[{000214A0-0000-0000-C000-000000000046}]\r\nProp3=19,11\r\n\
                       [InternetShortcut]\r\nIDList=\r\nURL=https://news.example.com/a b\r\n";
        assert_eq!(
            link_in(windows).as_deref(),
            Some("https://news.example.com/a%20b")
        );
        let webloc = r#"<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0"><dict><key>URL</key><string>https://news.example.com/?a=1&amp;b=2</string></dict></plist>"#;
        assert_eq!(
            link_in(webloc).as_deref(),
            Some("https://news.example.com/?a=1&b=2")
        );
    }

    #[test]
    fn a_file_that_is_not_a_web_link_gives_none() {
        // A launcher, not a link.
        assert_eq!(
            link_in("[Desktop Entry]\nType=Application\nExec=firefox\nURL=https://a.example/\n"),
            None
        );
        assert_eq!(
            link_in("[InternetShortcut]\nURL=file:///C:/secret.txt\n"),
            None
        );
        assert_eq!(
            link_in("[InternetShortcut]\nURL=javascript:alert(1)\n"),
            None
        );
        assert_eq!(link_in("<plist><dict><key>Name</key></dict></plist>"), None);
        assert_eq!(link_in(""), None);
        assert!(is_link_file(Path::new("/home/ana/Desktop/Bridge.DESKTOP")));
        assert!(!is_link_file(Path::new("/home/ana/story.html")));
    }
}
