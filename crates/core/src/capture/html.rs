//! The saved-page reader: finds the article in an HTML page. dom_smoothie (a Readability.js
//! port) picks the body and the basic metadata; our layer adds what no crate returns
//! together: every author, the section path, and each photo with caption and credit split
//! apart, its image bytes when the page carries them (`data:` URIs, a `_files/` folder).

use std::path::Path;

use dom_query::{Document, NodeRef, Selection};
use dom_smoothie::{Config, Readability};

use super::dates::parse_date;
use super::extracted::{Extracted, ExtractedPhoto};
use crate::sanitize;

/// Largest image read from a page's folder or a `data:` URI (bytes).
const MAX_IMAGE_BYTES: usize = 40 * 1024 * 1024;

/// Extracts the article from a decoded page. `url` is the page's address (resolves relative
/// links); `base_dir` is the folder the page was saved in (finds images saved beside it).
pub fn read_html(page: &str, url: Option<&str>, base_dir: Option<&Path>) -> Extracted {
    let document = Document::from(page);
    let page_meta = PageMeta::read(&document);
    let config = Config {
        // The body's own text is rebuilt from the sanitized HTML below.
        ..Config::default()
    };
    let parsed = Readability::with_document(document, url, Some(config))
        .ok()
        .and_then(|mut r| r.parse().ok());

    let mut out = Extracted::default();
    let Some(article) = parsed else {
        // Not readable as an article: keep the page's own title and all its text.
        out.title = page_meta.title.clone().unwrap_or_default();
        let whole = Document::from(page);
        whole.select("script, style, noscript, template").remove();
        let body = whole.select("body");
        out.body_html = sanitize::sanitize_body(&body.inner_html(), url);
        out.body_text = sanitize::html_to_text(&out.body_html);
        out.language = page_meta.language.clone();
        return out;
    };

    out.title = collapse_ws(&article.title);
    if out.title.is_empty() {
        out.title = page_meta.title.clone().unwrap_or_default();
    }
    // Readability keeps "Headline | Site" when the headline is short; the page's own
    // headline (og:title, JSON-LD, its one <h1>) tells where the site suffix starts.
    if let Some(headline) = &page_meta.headline {
        if let Some(rest) = out.title.strip_prefix(headline.as_str()) {
            if rest
                .trim_start()
                .starts_with(['|', '-', '–', '—', '·', ':', '»'])
            {
                out.title = headline.clone();
            }
        }
    }
    out.byline = article
        .byline
        .as_deref()
        .map(clean_byline)
        .filter(|b| !b.is_empty());
    out.authors = if page_meta.authors.is_empty() {
        out.byline.as_deref().map(split_authors).unwrap_or_default()
    } else {
        page_meta.authors.clone()
    };
    out.standfirst = article
        .excerpt
        .as_deref()
        .map(collapse_ws)
        .filter(|s| !s.is_empty());
    out.site_name = article
        .site_name
        .as_deref()
        .map(collapse_ws)
        .filter(|s| !s.is_empty());
    let lang = article.lang.clone().or(page_meta.language.clone());
    out.language = lang.map(|l| l.trim().to_string()).filter(|l| !l.is_empty());
    out.published = article
        .published_time
        .as_deref()
        .or(page_meta.published.as_deref())
        .and_then(|raw| parse_date(raw, out.language.as_deref()));
    out.modified = article
        .modified_time
        .as_deref()
        .or(page_meta.modified.as_deref())
        .and_then(|raw| parse_date(raw, out.language.as_deref()));
    out.section = page_meta.section.clone();
    out.url = page_meta.canonical.clone().or(url.map(str::to_string));

    let content = Document::from(article.content.as_ref());
    out.photos = photos_in(&content.select("body"), url, base_dir);
    remove_repeated_header(&content, &out.title, out.byline.as_deref());
    out.body_html = sanitize::sanitize_body(&content.select("body").inner_html(), url);
    out.body_text = sanitize::html_to_text(&out.body_html);
    // Readability's excerpt is the first paragraph when the page has no description:
    // that is body text, not a standfirst.
    if let Some(s) = &out.standfirst {
        let first_para = out.body_text.split("\n\n").next().unwrap_or("");
        if first_para.starts_with(s.trim_end_matches('…').trim_end_matches("...")) {
            out.standfirst = None;
        }
    }
    out
}

/// Drops the headline and the byline where the body repeats them (Readability keeps a
/// byline element when the byline also came from metadata): they are fields, not body.
fn remove_repeated_header(content: &Document, title: &str, byline: Option<&str>) {
    let title = title.to_lowercase();
    let byline = byline.map(str::to_lowercase);
    for node in content
        .select("h1, h2, p, div, span, address")
        .nodes()
        .iter()
    {
        let text = collapse_ws(&node.text()).to_lowercase();
        if text.is_empty() || text.len() > 300 {
            continue;
        }
        let stripped = text.strip_prefix("by ").unwrap_or(&text);
        let is_header = text == title || byline.as_deref().is_some_and(|b| stripped == b);
        if is_header {
            node.remove_from_parent();
        }
    }
}

/// Metadata read straight from the page, beside what Readability returns.
#[derive(Debug, Default)]
struct PageMeta {
    title: Option<String>,
    /// The headline as the page marks it up (og:title, JSON-LD `headline`, its one `<h1>`).
    headline: Option<String>,
    authors: Vec<String>,
    section: Vec<String>,
    published: Option<String>,
    modified: Option<String>,
    canonical: Option<String>,
    language: Option<String>,
}

impl PageMeta {
    fn read(doc: &Document) -> PageMeta {
        let meta = |selector: &str| -> Option<String> {
            doc.select(selector)
                .iter()
                .filter_map(|m| m.attr("content"))
                .map(|c| collapse_ws(&c))
                .find(|c| !c.is_empty())
        };
        let mut out = PageMeta {
            title: Some(collapse_ws(&doc.select("head title").text())).filter(|t| !t.is_empty()),
            published: meta(
                "meta[property='article:published_time'], meta[itemprop='datePublished']",
            ),
            modified: meta("meta[property='article:modified_time'], meta[itemprop='dateModified']"),
            canonical: doc
                .select("link[rel='canonical']")
                .iter()
                .filter_map(|l| l.attr("href"))
                .map(|h| h.trim().to_string())
                .find(|h| h.starts_with("http://") || h.starts_with("https://")),
            language: doc
                .select("html")
                .attr("lang")
                .map(|l| l.trim().to_string()),
            ..PageMeta::default()
        };
        let h1 = doc.select("h1");
        out.headline =
            meta("meta[property='og:title'], meta[name='twitter:title']").or_else(|| {
                (h1.length() == 1)
                    .then(|| collapse_ws(&h1.text()))
                    .filter(|h| !h.is_empty())
            });
        if let Some(section) = meta("meta[property='article:section']") {
            out.section = vec![section];
        }
        for script in doc.select("script[type='application/ld+json']").iter() {
            if let Ok(value) = serde_json::from_str::<serde_json::Value>(&script.text()) {
                out.read_json_ld(&value);
            }
        }
        out
    }

    /// Walks JSON-LD (objects, lists, `@graph`) for authors and sections.
    fn read_json_ld(&mut self, value: &serde_json::Value) {
        use serde_json::Value;
        match value {
            Value::Array(items) => items.iter().for_each(|v| self.read_json_ld(v)),
            Value::Object(map) => {
                if let Some(graph) = map.get("@graph") {
                    self.read_json_ld(graph);
                }
                let is_article = map
                    .get("@type")
                    .map(|t| t.to_string().contains("Article") || t.to_string().contains("Posting"))
                    .unwrap_or(false);
                if !is_article {
                    if let Some(list) = map.get("itemListElement").filter(|_| {
                        map.get("@type")
                            .map(|t| t == "BreadcrumbList")
                            .unwrap_or(false)
                    }) {
                        self.read_breadcrumbs(list);
                    }
                    return;
                }
                if self.authors.is_empty() {
                    if let Some(author) = map.get("author") {
                        self.authors = json_ld_names(author);
                    }
                }
                if let Some(section) = map.get("articleSection") {
                    let sections = match section {
                        Value::String(s) => vec![collapse_ws(s)],
                        Value::Array(items) => items
                            .iter()
                            .filter_map(|s| s.as_str().map(collapse_ws))
                            .collect(),
                        _ => Vec::new(),
                    };
                    if self.section.is_empty() {
                        self.section = sections
                            .into_iter()
                            .filter(|s| !s.is_empty())
                            .take(1)
                            .collect();
                    }
                }
            }
            _ => {}
        }
    }

    fn read_breadcrumbs(&mut self, list: &serde_json::Value) {
        let Some(items) = list.as_array() else { return };
        let names: Vec<String> = items
            .iter()
            .filter_map(|item| {
                item.get("name")
                    .or_else(|| item.get("item").and_then(|i| i.get("name")))
                    .and_then(|n| n.as_str())
                    .map(collapse_ws)
            })
            .filter(|n| !n.is_empty() && !n.eq_ignore_ascii_case("home"))
            .collect();
        if names.len() > 1 {
            // The last crumb is usually the article itself.
            self.section = names[..names.len() - 1].to_vec();
        }
    }
}

/// Names out of a JSON-LD `author`: a string, a Person/Organization, or a list of either.
fn json_ld_names(value: &serde_json::Value) -> Vec<String> {
    use serde_json::Value;
    match value {
        Value::String(s) => split_authors(s),
        Value::Object(map) => map
            .get("name")
            .and_then(|n| n.as_str())
            .map(|n| vec![collapse_ws(n)])
            .unwrap_or_default(),
        Value::Array(items) => items.iter().flat_map(json_ld_names).collect(),
        _ => Vec::new(),
    }
    .into_iter()
    .filter(|n| !n.is_empty())
    .collect()
}

/// Every image of the article body, in order, with its caption and credit.
fn photos_in(body: &Selection, url: Option<&str>, base_dir: Option<&Path>) -> Vec<ExtractedPhoto> {
    let mut photos: Vec<ExtractedPhoto> = Vec::new();
    for img in body.select("img").nodes().iter() {
        let Some(src) = best_source(img) else {
            continue;
        };
        let resolved = resolve(&src, url);
        if photos
            .iter()
            .any(|p| p.url.as_deref() == Some(resolved.as_str()))
        {
            continue;
        }
        let (caption, credit) = caption_of(img);
        let alt = img
            .attr("alt")
            .map(|a| collapse_ws(&a))
            .filter(|a| !a.is_empty());
        let bytes = image_bytes(&src, base_dir);
        photos.push(ExtractedPhoto {
            caption,
            credit,
            alt,
            url: Some(resolved),
            bytes,
        });
    }
    photos
}

/// The largest candidate of `srcset`, else `src` (lazy-loading attributes included).
fn best_source(img: &NodeRef) -> Option<String> {
    let srcset = img.attr("srcset").or_else(|| img.attr("data-srcset"));
    if let Some(set) = srcset {
        let best = set
            .split(',')
            .filter_map(|candidate| {
                let mut parts = candidate.split_whitespace();
                let url = parts.next()?;
                let size = parts
                    .next()
                    .and_then(|d| d.trim_end_matches(['w', 'x']).parse::<f64>().ok())
                    .unwrap_or(1.0);
                Some((url.to_string(), size))
            })
            .max_by(|a, b| a.1.total_cmp(&b.1));
        if let Some((url, _)) = best {
            return Some(url);
        }
    }
    ["src", "data-src", "data-original", "data-lazy-src"]
        .iter()
        .filter_map(|a| img.attr(a))
        .map(|s| s.trim().to_string())
        .find(|s| !s.is_empty() && !s.starts_with("data:image/gif"))
}

fn resolve(src: &str, base: Option<&str>) -> String {
    if src.starts_with("data:") {
        return "data:".to_string() + &crate::blob::sha256_hex(src.as_bytes())[..16];
    }
    match base.and_then(|b| url::Url::parse(b).ok()) {
        Some(base) => base
            .join(src)
            .map(|u| u.to_string())
            .unwrap_or_else(|_| src.to_string()),
        None => src.to_string(),
    }
}

/// Caption and credit of an image: its figure's figcaption, with the credit taken from a
/// credit element inside it or from a "Photo:" style suffix.
fn caption_of(img: &NodeRef) -> (Option<String>, Option<String>) {
    let figure = img.ancestors(Some(6)).into_iter().find(|a| a.is("figure"));
    let Some(figure) = figure else {
        return (None, None);
    };
    let sel = Selection::from(figure);
    let caption = sel.select("figcaption");
    if !caption.exists() {
        return (None, None);
    }
    let credit_el =
        caption.select(".credit, .copyright, .image-credit, .photo-credit, small, cite");
    let mut credit = Some(collapse_ws(&credit_el.text())).filter(|c| !c.is_empty());
    let full = collapse_ws(&caption.text());
    let mut text = full.clone();
    if let Some(c) = &credit {
        text = collapse_ws(&text.replace(c.as_str(), ""));
    } else if let Some((c, cr)) = split_credit_suffix(&full) {
        text = c;
        credit = Some(cr);
    }
    let credit = credit.map(|c| strip_credit_label(&c));
    (
        Some(text).filter(|t| !t.is_empty()),
        credit.filter(|c| !c.is_empty()),
    )
}

/// `Caption. Photo: Agency` → (caption, credit).
fn split_credit_suffix(caption: &str) -> Option<(String, String)> {
    for label in [
        "| Photo:",
        "Photo:",
        "Photograph:",
        "Photo by",
        "Credit:",
        "Image:",
        "©",
    ] {
        if let Some(at) = caption.rfind(label) {
            let credit = caption[at + label.len()..].trim();
            let before = caption[..at].trim().trim_end_matches('|').trim();
            if !credit.is_empty() && credit.len() < 120 {
                return Some((before.to_string(), credit.to_string()));
            }
        }
    }
    None
}

fn strip_credit_label(credit: &str) -> String {
    let mut c = credit.trim();
    for label in [
        "Photo:",
        "Photograph:",
        "Photo by",
        "Credit:",
        "Image:",
        "Picture:",
    ] {
        if let Some(rest) = c.strip_prefix(label) {
            c = rest.trim();
        }
    }
    c.trim_start_matches('©')
        .trim()
        .trim_matches(['(', ')'])
        .trim()
        .to_string()
}

/// Image bytes the page carries: a `data:` URI, or a file in the page's folder (never a
/// path that leaves that folder).
fn image_bytes(src: &str, base_dir: Option<&Path>) -> Option<Vec<u8>> {
    if let Some(rest) = src.strip_prefix("data:") {
        let (header, data) = rest.split_once(',')?;
        if !header.ends_with(";base64") {
            return None;
        }
        use base64::Engine;
        let compact: String = data.chars().filter(|c| !c.is_whitespace()).collect();
        let bytes = base64::engine::general_purpose::STANDARD
            .decode(compact)
            .ok()?;
        return (bytes.len() <= MAX_IMAGE_BYTES).then_some(bytes);
    }
    let dir = base_dir?;
    if src.contains("://") || src.starts_with("//") {
        return None;
    }
    let path_part = src.split(['?', '#']).next()?;
    let decoded = percent_decode(path_part);
    let candidate = dir.join(decoded);
    let root = dir.canonicalize().ok()?;
    let real = candidate.canonicalize().ok()?;
    if !real.starts_with(&root) {
        return None;
    }
    let meta = std::fs::metadata(&real).ok()?;
    if !meta.is_file() || meta.len() as usize > MAX_IMAGE_BYTES {
        return None;
    }
    std::fs::read(&real).ok()
}

fn percent_decode(s: &str) -> String {
    percent_encoding::percent_decode_str(s)
        .decode_utf8_lossy()
        .into_owned()
}

/// "By Jane Doe" → "Jane Doe".
fn clean_byline(byline: &str) -> String {
    let b = collapse_ws(byline);
    let lower = b.to_lowercase();
    for prefix in ["by ", "von ", "por ", "par ", "di "] {
        if lower.starts_with(prefix) {
            return b[prefix.len()..].trim().to_string();
        }
    }
    b
}

/// "Jane Doe, John Roe and Ann Poe" → three names.
pub(crate) fn split_authors(byline: &str) -> Vec<String> {
    let cleaned = clean_byline(byline);
    cleaned
        .replace(" and ", ",")
        .replace(" & ", ",")
        .split(',')
        .map(|n| n.trim().to_string())
        .filter(|n| !n.is_empty() && n.split_whitespace().count() <= 5)
        .collect()
}

fn collapse_ws(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str = r#"<!doctype html><html lang="en"><head>
<title>Storm hits the coast | The Daily Example</title>
<meta property="og:site_name" content="The Daily Example">
<meta property="article:published_time" content="2024-03-05T10:32:00+0000">
<meta property="article:section" content="Weather">
<script type="application/ld+json">{"@type":"NewsArticle","headline":"Storm hits the coast",
 "author":[{"@type":"Person","name":"Jane Doe"},{"@type":"Person","name":"John Roe"}]}</script>
</head><body><nav><a href="/">Home</a> <a href="/weather">Weather</a></nav>
<article><h1>Storm hits the coast</h1><p class="byline">By Jane Doe and John Roe</p>
<figure><img src="storm.jpg" alt="Waves"><figcaption>Waves break on the pier. <span class="credit">Photo: Ann Poe/AP</span></figcaption></figure>
<p>The storm reached the coast on Tuesday morning, bringing winds of more than 100 kilometres an hour and heavy rain to several towns along the shore.</p>
<p>Emergency services said hundreds of homes had lost power and that several roads were closed because of flooding, while ferries stayed in port.</p>
<p>Forecasters expect the weather to calm by Thursday, although more rain is likely over the weekend in the north of the region.</p>
<script>alert(1)</script></article><footer>Copyright</footer></body></html>"#;

    #[test]
    fn reads_title_authors_date_site_body_and_photo() {
        let a = read_html(PAGE, Some("https://example.com/news/storm"), None);
        assert_eq!(a.title, "Storm hits the coast");
        assert_eq!(a.authors, vec!["Jane Doe", "John Roe"]);
        assert_eq!(a.site_name.as_deref(), Some("The Daily Example"));
        assert_eq!(
            a.published.as_ref().map(|d| d.normalized.as_str()),
            Some("2024-03-05T10:32:00Z")
        );
        assert_eq!(a.section, vec!["Weather"]);
        assert_eq!(a.language.as_deref(), Some("en"));
        assert_eq!(a.body_text.split("\n\n").count(), 3, "{}", a.body_text);
        assert!(!a.body_html.contains("script"));
        assert!(!a.body_text.contains("Waves break"));
        assert_eq!(a.photos.len(), 1);
        let p = &a.photos[0];
        assert_eq!(p.url.as_deref(), Some("https://example.com/news/storm.jpg"));
        assert_eq!(p.caption.as_deref(), Some("Waves break on the pier."));
        assert_eq!(p.credit.as_deref(), Some("Ann Poe/AP"));
        assert_eq!(p.alt.as_deref(), Some("Waves"));
    }

    #[test]
    fn credit_suffix_and_labels() {
        assert_eq!(
            split_credit_suffix("A crowd in the square. Photo: Reuters"),
            Some(("A crowd in the square.".into(), "Reuters".into()))
        );
        assert_eq!(
            strip_credit_label("Photo: Jane Doe/Getty"),
            "Jane Doe/Getty"
        );
        assert_eq!(strip_credit_label("(Reuters)"), "Reuters");
    }

    #[test]
    fn local_images_stay_inside_their_folder() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir(dir.path().join("page_files")).unwrap();
        std::fs::write(dir.path().join("page_files/a b.jpg"), b"jpegbytes").unwrap();
        std::fs::write(dir.path().join("secret.txt"), b"secret").unwrap();
        let sub = dir.path().join("page_files");
        assert_eq!(
            image_bytes("a%20b.jpg", Some(&sub)),
            Some(b"jpegbytes".to_vec())
        );
        assert_eq!(image_bytes("../secret.txt", Some(&sub)), None);
        assert_eq!(image_bytes("/etc/passwd", Some(&sub)), None);
    }

    #[test]
    fn data_uri_images_are_decoded() {
        assert_eq!(
            image_bytes("data:image/png;base64,aGVsbG8=", None),
            Some(b"hello".to_vec())
        );
        assert_eq!(image_bytes("data:image/png,raw", None), None);
    }

    #[test]
    fn json_ld_author_shapes() {
        let v: serde_json::Value =
            serde_json::json!(["Jane Doe", {"@type": "Organization", "name": "Reuters"}]);
        assert_eq!(json_ld_names(&v), vec!["Jane Doe", "Reuters"]);
    }

    #[test]
    fn hostile_page_does_not_panic() {
        for page in [
            "",
            "<",
            "<html><body><img srcset=', , ,'></body>",
            "\u{0}\u{0}<p>x",
        ] {
            let _ = read_html(page, None, None);
        }
    }
}
