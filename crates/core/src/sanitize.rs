//! The ingest sanitizer (the first of the three layers in DESIGN.md's "Untrusted content"):
//! an ammonia allowlist for article bodies, and the plain text the annotations anchor to,
//! derived from the sanitized HTML. Only sanitized HTML is ever stored.

use std::collections::HashSet;
use std::sync::LazyLock;

use ammonia::{Builder, UrlRelative};

/// Elements kept in a stored body. No images: photos are stored as photo records and
/// shown by the reader from our own image scheme.
const ALLOWED_TAGS: &[&str] = &[
    "a",
    "abbr",
    "b",
    "blockquote",
    "br",
    // Only as a photo marker ([`photo_marker`]): every other attribute is dropped, and an
    // <img> left without its marker is removed.
    "img",
    "caption",
    "cite",
    "code",
    "dd",
    "del",
    "dfn",
    "div",
    "dl",
    "dt",
    "em",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "hr",
    "i",
    "ins",
    "kbd",
    "li",
    "mark",
    "ol",
    "p",
    "pre",
    "q",
    "s",
    "samp",
    "small",
    "span",
    "strong",
    "sub",
    "sup",
    "table",
    "tbody",
    "td",
    "tfoot",
    "th",
    "thead",
    "time",
    "tr",
    "u",
    "ul",
    "var",
];

/// Elements removed together with everything inside them.
const REMOVED_WITH_CONTENT: &[&str] = &[
    "script",
    "style",
    "noscript",
    "template",
    "svg",
    "math",
    "iframe",
    "object",
    "embed",
    "video",
    "audio",
    "picture",
    "figure",
    "figcaption",
    "form",
    "button",
    "select",
    "textarea",
    "canvas",
    "title",
    "head",
    "nav",
    "aside",
    "footer",
];

/// Block-level elements: each starts a new paragraph of the plain text (and, removed from a
/// page nested too deep, leaves a line break: [`crate::html_limits`]).
pub(crate) const BLOCK_TAGS: &[&str] = &[
    "address",
    "article",
    "blockquote",
    "caption",
    "dd",
    "div",
    "dl",
    "dt",
    "figcaption",
    "footer",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "hr",
    "li",
    "main",
    "ol",
    "p",
    "pre",
    "section",
    "table",
    "td",
    "th",
    "tr",
    "ul",
];

static BLOCKS: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| BLOCK_TAGS.iter().copied().collect());

/// Sanitizes an article body: allowlisted elements and attributes only, links limited to
/// http(s) and mailto (made absolute against `base_url` when given, dropped otherwise).
pub fn sanitize_body(html: &str, base_url: Option<&str>) -> String {
    let mut builder = Builder::default();
    builder
        .tags(ALLOWED_TAGS.iter().copied().collect())
        .clean_content_tags(REMOVED_WITH_CONTENT.iter().copied().collect())
        .generic_attributes(HashSet::new())
        .tag_attributes(
            [
                ("a", ["href", "title"].into_iter().collect()),
                ("abbr", ["title"].into_iter().collect()),
                ("td", ["colspan", "rowspan"].into_iter().collect()),
                ("th", ["colspan", "rowspan"].into_iter().collect()),
                ("time", ["datetime"].into_iter().collect()),
                ("ol", ["start"].into_iter().collect()),
                ("img", [PHOTO_MARKER_ATTRIBUTE].into_iter().collect()),
            ]
            .into_iter()
            .collect(),
        )
        .attribute_filter(|element, attribute, value| {
            // A photo marker holds a position and nothing else.
            if element == "img" && attribute == PHOTO_MARKER_ATTRIBUTE {
                let digits = !value.is_empty()
                    && value.len() <= 6
                    && value.bytes().all(|b| b.is_ascii_digit());
                return digits.then(|| value.into());
            }
            Some(value.into())
        })
        .url_schemes(["http", "https", "mailto"].into_iter().collect())
        .link_rel(Some("noopener noreferrer"))
        .strip_comments(true);
    match base_url.and_then(|b| url::Url::parse(b).ok()) {
        Some(base) => builder.url_relative(UrlRelative::RewriteWithBase(base)),
        None => builder.url_relative(UrlRelative::Deny),
    };
    // Bodies come from pages and from imported bundles: none may nest deeper than a page.
    let html = crate::html_limits::bound(html);
    // ammonia keeps an <img> whose attributes it dropped: only markers stay.
    drop_invisible(&builder.clean(&html).to_string().replace("<img>", ""))
}

/// [`sanitize_body`], with the stamp that lets the store take the body as it is.
pub(crate) fn sanitize_body_stamped(
    html: &str,
    base_url: Option<&str>,
) -> (String, SanitizedStamp) {
    let clean = sanitize_body(html, base_url);
    let stamp = SanitizedStamp::of(&clean);
    (clean, stamp)
}

/// Proof that a body is exactly what [`sanitize_body`] wrote: a reader that sanitized its
/// body itself hands this to the store, whose gate then need not parse and sanitize the
/// same body a second time (sanitizing is idempotent: a clean body comes out unchanged, so
/// only the time is saved). Only this module makes one. It holds a hash of the body keyed
/// per process, so a body changed after it was made no longer matches and is sanitized
/// again.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SanitizedStamp(u64);

static STAMP_KEY: LazyLock<std::hash::RandomState> = LazyLock::new(std::hash::RandomState::new);

impl SanitizedStamp {
    fn of(clean_html: &str) -> SanitizedStamp {
        use std::hash::BuildHasher;
        SanitizedStamp(STAMP_KEY.hash_one(clean_html))
    }

    /// Whether `html` is the body this stamp was made for.
    pub fn vouches_for(&self, html: &str) -> bool {
        *self == SanitizedStamp::of(html)
    }
}

/// Characters that show nothing and break words: soft hyphens (German pages hyphenate
/// `Wäh&shy;rend` for the browser) and stray byte-order marks. Kept, `Während` would not
/// be found by a search for it, nor quoted as the reader sees it.
pub(crate) const INVISIBLE: [char; 2] = ['\u{ad}', '\u{feff}'];

/// `text` without the [`INVISIBLE`] characters.
pub fn drop_invisible(text: &str) -> String {
    if text.contains(INVISIBLE) {
        text.replace(INVISIBLE, "")
    } else {
        text.to_string()
    }
}

/// The attribute of a photo marker: `<img data-photo="3">` stands where the article's
/// photo at position 3 stood on the page. The stored body holds only the marker; the
/// reader puts the photo (thumbnail, caption, credit) there.
pub const PHOTO_MARKER_ATTRIBUTE: &str = "data-photo";

/// The marker for the photo at `position` (see [`PHOTO_MARKER_ATTRIBUTE`]).
pub fn photo_marker(position: usize) -> String {
    format!("<img {PHOTO_MARKER_ATTRIBUTE}=\"{position}\">")
}

/// The photo positions the body's markers name, in body order.
pub fn photo_markers(body_html: &str) -> Vec<usize> {
    marker_spans(body_html)
        .map(|(_, position)| position)
        .collect()
}

/// The body with every marker's position moved by `offset` (a new capture's photos are
/// stored after the earlier photos that notes keep).
pub fn shift_photo_markers(body_html: &str, offset: usize) -> String {
    replace_photo_markers(body_html, |position| photo_marker(position + offset))
}

/// The body with each marker replaced by what `replace` makes of its position (the
/// reader puts the photo there).
pub fn replace_photo_markers(body_html: &str, mut replace: impl FnMut(usize) -> String) -> String {
    let mut out = String::with_capacity(body_html.len());
    let mut copied = 0;
    for (span, position) in marker_spans(body_html) {
        out.push_str(&body_html[copied..span.start]);
        out.push_str(&replace(position));
        copied = span.end;
    }
    out.push_str(&body_html[copied..]);
    out
}

/// Each whole marker (`<img data-photo="N">`, exactly as the sanitizer writes it) in the
/// body: its byte range and position. Anything else is not a marker.
fn marker_spans(body_html: &str) -> impl Iterator<Item = (std::ops::Range<usize>, usize)> + '_ {
    let opening = format!("<img {PHOTO_MARKER_ATTRIBUTE}=\"");
    let mut from = 0;
    std::iter::from_fn(move || loop {
        let start = from + body_html.get(from..)?.find(&opening)?;
        let digits_at = start + opening.len();
        from = digits_at;
        let rest = &body_html[digits_at..];
        let Some(close) = rest.find("\">") else {
            continue;
        };
        if let Ok(position) = rest[..close].parse::<usize>() {
            from = digits_at + close + 2;
            return Some((start..from, position));
        }
    })
}

/// Plain text of (sanitized) HTML: one paragraph per block element, paragraphs separated
/// by one blank line, white space inside a paragraph collapsed (`<br>` kept as a newline).
///
/// Read from html5ever's tokens, without building a tree: a sanitized body is the
/// serialization of a tree, so its tags nest as written, and only where blocks start and
/// end and where text stands matters here. (A tree built from the same HTML gives the same
/// text: tested on every corpus body.)
pub fn html_to_text(html: &str) -> String {
    use html5ever::tendril::StrTendril;
    use html5ever::tokenizer::{BufferQueue, Tokenizer, TokenizerOpts};
    let queue = BufferQueue::default();
    queue.push_back(StrTendril::from(html));
    let tokenizer = Tokenizer::new(TextSink::default(), TokenizerOpts::default());
    // `feed` stops early only for a sink that asks to run a script; this one never does.
    let _ = tokenizer.feed(&queue);
    tokenizer.end();
    let mut text = tokenizer.sink.text.into_inner();
    text.flush();
    text.paragraphs.join("\n\n")
}

/// The paragraphs read so far and the one being read.
#[derive(Default)]
struct Paragraphs {
    current: String,
    paragraphs: Vec<String>,
}

impl Paragraphs {
    fn flush(&mut self) {
        let lines: Vec<String> = self
            .current
            .split('\u{2028}')
            .map(|l| l.split_whitespace().collect::<Vec<_>>().join(" "))
            .filter(|l| !l.is_empty())
            .collect();
        if !lines.is_empty() {
            self.paragraphs.push(lines.join("\n"));
        }
        self.current.clear();
    }
}

/// Collects [`html_to_text`]'s paragraphs from the tokenizer.
#[derive(Default)]
struct TextSink {
    text: std::cell::RefCell<Paragraphs>,
}

impl html5ever::tokenizer::TokenSink for TextSink {
    type Handle = ();

    fn process_token(
        &self,
        token: html5ever::tokenizer::Token,
        _line_number: u64,
    ) -> html5ever::tokenizer::TokenSinkResult<()> {
        use html5ever::tokenizer::states::RawKind;
        use html5ever::tokenizer::{TagKind, Token, TokenSinkResult};
        let mut text = self.text.borrow_mut();
        match token {
            Token::CharacterTokens(chars) => text.current.push_str(&chars),
            Token::TagToken(tag) => {
                let name = &*tag.name;
                if name == "br" {
                    // A line break inside a paragraph, kept through collapsing (a tree
                    // builder reads `</br>` as `<br>` too).
                    text.current.push('\u{2028}');
                } else if BLOCKS.contains(name) {
                    text.flush();
                }
                // Elements whose content is not markup, as a tree builder with scripting
                // off would tell the tokenizer (`<noscript>` stays markup). None survives
                // sanitizing; any other HTML is read right.
                if tag.kind == TagKind::StartTag && !tag.self_closing {
                    match name {
                        "script" => return TokenSinkResult::RawData(RawKind::ScriptData),
                        "style" | "xmp" | "iframe" | "noembed" | "noframes" => {
                            return TokenSinkResult::RawData(RawKind::Rawtext)
                        }
                        "title" | "textarea" => return TokenSinkResult::RawData(RawKind::Rcdata),
                        "plaintext" => return TokenSinkResult::Plaintext,
                        _ => {}
                    }
                }
            }
            _ => {}
        }
        TokenSinkResult::Continue
    }
}

/// Escapes text for use inside HTML.
pub fn escape_html(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// Number of words in plain text.
pub fn word_count(text: &str) -> u32 {
    text.split_whitespace()
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .count()
        .try_into()
        .unwrap_or(u32::MAX)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn soft_hyphens_leave_the_body_and_its_text() {
        let clean = sanitize_body(
            "<p>Wäh&shy;rend Sie \u{ad}über den Markt schlen\u{ad}dern</p>",
            None,
        );
        assert_eq!(clean, "<p>Während Sie über den Markt schlendern</p>");
        assert_eq!(
            html_to_text(&clean),
            "Während Sie über den Markt schlendern"
        );
    }

    #[test]
    fn photo_markers_survive_alone_and_nothing_else_of_an_image_does() {
        let dirty = format!(
            "<p>One</p>{}<p>Two <img src=\"x.png\"> <img data-photo=\"2 onerror=x\"> \
             <img data-photo=\"7\" src=\"http://evil/\" onerror=\"alert(1)\"></p>",
            photo_marker(0)
        );
        let clean = sanitize_body(&dirty, None);
        assert_eq!(
            clean,
            "<p>One</p><img data-photo=\"0\"><p>Two   <img data-photo=\"7\"></p>"
        );
        assert_eq!(
            sanitize_body(&clean, None),
            clean,
            "sanitizing is idempotent"
        );
        assert_eq!(photo_markers(&clean), vec![0, 7]);
        assert_eq!(html_to_text(&clean), "One\n\nTwo");
    }

    #[test]
    fn markers_shift_to_the_positions_photos_are_stored_at() {
        let body = "<p>a</p><img data-photo=\"0\"><p>b</p><img data-photo=\"1\">";
        assert_eq!(shift_photo_markers(body, 0), body);
        let shifted = shift_photo_markers(body, 3);
        assert_eq!(
            shifted,
            "<p>a</p><img data-photo=\"3\"><p>b</p><img data-photo=\"4\">"
        );
        assert_eq!(photo_markers(&shifted), vec![3, 4]);
        assert_eq!(
            shift_photo_markers("<img data-photo=\"", 2),
            "<img data-photo=\""
        );
    }

    #[test]
    fn strips_scripts_handlers_frames_svg_and_images() {
        let dirty = r#"<p onclick="x()" style="color:red">Hi <img src="http://evil/x.png" onerror="alert(1)"><script>alert(1)</script></p>
<iframe srcdoc="<script>alert(1)</script>"></iframe><svg><script>alert(1)</script></svg>
<math><mi>x</mi></math><style>p{}</style><form action="http://e"><input></form>
<a href="javascript:alert(1)">bad</a><a href="https://ok.example/">good</a>"#;
        let clean = sanitize_body(dirty, None);
        for bad in [
            "onclick",
            "style",
            "<img",
            "onerror",
            "script",
            "iframe",
            "srcdoc",
            "svg",
            "math",
            "form",
            "javascript",
        ] {
            assert!(!clean.contains(bad), "{bad} survived: {clean}");
        }
        assert!(
            clean.contains(r#"<a href="https://ok.example/" rel="noopener noreferrer">good</a>"#),
            "{clean}"
        );
    }

    #[test]
    fn relative_links_resolve_or_drop() {
        let html = r#"<a href="/about">about</a>"#;
        assert!(sanitize_body(html, Some("https://news.example/a/b"))
            .contains("https://news.example/about"));
        assert!(!sanitize_body(html, None).contains("href"));
    }

    #[test]
    fn text_has_one_paragraph_per_block() {
        let text = html_to_text("<h2>Head</h2><p>One  two\n three</p><div><p>Four</p>five</div><ul><li>a</li><li>b<br>c</li></ul>");
        assert_eq!(text, "Head\n\nOne two three\n\nFour\n\nfive\n\na\n\nb\nc");
    }

    /// Skipping the store's second pass ([`SanitizedStamp`]) is only right because a
    /// sanitized body comes out of the sanitizer unchanged: so it does for every corpus
    /// page's body, with and without the page's address as base.
    #[test]
    fn sanitized_corpus_bodies_come_out_of_the_sanitizer_unchanged() {
        let Some(corpus) = crate::test_corpus::readability_pages() else {
            return;
        };
        let mut pages = 0;
        for (path, page) in corpus {
            for url in [None, Some("https://example.com/news/story.html")] {
                let read = crate::capture::html::read_html(&page, url, None);
                let stamp = read
                    .body_sanitized
                    .expect("the HTML reader stamps its body");
                assert!(stamp.vouches_for(&read.body_html));
                let again = sanitize_body(&read.body_html, read.url.as_deref().or(url));
                assert!(
                    again == read.body_html,
                    "{}: sanitizing twice changes the body",
                    path.display()
                );
            }
            pages += 1;
        }
        assert!(pages >= 100, "{pages} pages");
    }

    #[test]
    fn a_stamp_vouches_for_its_own_body_only() {
        let (clean, stamp) = sanitize_body_stamped("<p>One <b>two</b></p>", None);
        assert!(stamp.vouches_for(&clean));
        assert!(!stamp.vouches_for(&format!("{clean} ")));
        assert!(!stamp.vouches_for("<p>One <b>two</b></p><script>x()</script>"));
    }

    /// The text of `html` read from the tree a parser builds of it: what
    /// [`html_to_text`] read before it read tokens, kept to check it against.
    fn text_from_tree(html: &str) -> String {
        fn walk(node: &dom_query::NodeRef, text: &mut Paragraphs) {
            if node.is_text() {
                text.current.push_str(&node.text());
                return;
            }
            if !node.is_element() {
                for child in node.children() {
                    walk(&child, text);
                }
                return;
            }
            let name = node
                .node_name()
                .map(|n| n.to_ascii_lowercase())
                .unwrap_or_default();
            if name == "br" {
                text.current.push('\u{2028}');
                return;
            }
            let block = BLOCKS.contains(name.as_str());
            if block {
                text.flush();
            }
            for child in node.children() {
                walk(&child, text);
            }
            if block {
                text.flush();
            }
        }
        let doc = dom_query::Document::fragment(html);
        let mut text = Paragraphs::default();
        for child in doc.root().children() {
            walk(&child, &mut text);
        }
        text.flush();
        text.paragraphs.join("\n\n")
    }

    #[test]
    fn text_from_tokens_is_the_text_of_the_tree() {
        for html in [
            "<p>One <b>two</b><br>three</p><ul><li>a</li><li>b<br/></li></ul>x",
            "<div>a<div>b</div>c</div><p>d</p></br>e<table><tr><td>f</td><td>g</td></tr></table>",
            "<p>&amp; &lt;tag&gt; &nbsp;x\u{2028}y</p><h2>H</h2>tail",
            "<blockquote><p>q</p></blockquote><pre>  code\n  more</pre><p></p>",
            "<p>a<noscript><p>b</p></noscript><textarea><p>c</textarea><style>p{}</style>d</p>",
            "",
        ] {
            assert_eq!(html_to_text(html), text_from_tree(html), "{html}");
        }
    }

    /// Every corpus body, as the HTML reader sanitized it, reads the same from tokens as
    /// from the tree.
    #[test]
    fn corpus_bodies_read_the_same_from_tokens_as_from_the_tree() {
        let Some(corpus) = crate::test_corpus::readability_pages() else {
            return;
        };
        let mut pages = 0;
        for (path, page) in corpus {
            let body = crate::capture::html::read_html(&page, None, None).body_html;
            assert!(
                html_to_text(&body) == text_from_tree(&body),
                "{}",
                path.display()
            );
            pages += 1;
        }
        assert!(pages >= 100, "{pages} pages");
    }

    #[test]
    fn counts_words() {
        assert_eq!(word_count("One, two — three.\n\nFour"), 4);
    }
}
