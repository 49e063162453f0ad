//! A paste that brings the page's HTML beside its text. When the user selects a page in a
//! browser and copies it, the clipboard holds the selection twice: as text (`text/plain`),
//! and as HTML (`text/html`, the selected elements with their styles written inline). The
//! HTML keeps what the text loses: each photo with its address, figure captions, links,
//! headings and lists. It keeps none of the page's head, though: no `<title>`, `<meta>`,
//! JSON-LD or scripts survive a copy.
//!
//! So each flavour is read for what it holds: the page reader ([`super::html`]) reads the
//! body and its photos from the HTML, and the text reader ([`super::text`]) reads the
//! headline, byline, standfirst, section and genre from the lines the page printed, as it
//! does for any pasted text. A date the HTML marks up (`<time datetime>`) is taken before a
//! date line of the text. When the HTML gives no body at all, the text reader's reading
//! stands whole.

use dom_query::{Document, Selection};

use super::extracted::Extracted;
use super::{html, text};
use crate::sanitize;

/// Most blocks above the article's first paragraph dropped as its header (kicker,
/// headline, deck, byline, date line).
const MAX_HEADER_BLOCKS: usize = 8;

/// The longest block (bytes of text) read as a header line.
const MAX_HEADER_BLOCK_BYTES: usize = 300;

/// The most words of a header line that is not one of the article's fields.
const MAX_HEADER_LINE_WORDS: usize = 15;

/// Elements that make a block of their own: an element holding one is a container.
const BLOCKS: &str = "h1, h2, h3, h4, h5, h6, p, div, li, address, section, article, header, ul, ol, table, blockquote, figure";

/// How much of the text's first paragraph (characters, spaces aside) finds it in the HTML.
const ANCHOR_CHARS: usize = 40;

/// Whether clipboard HTML holds any words outside its markup (a copied picture alone, or an
/// empty fragment, holds none: the paste is read from its text).
pub fn holds_words(html: &str) -> bool {
    let mut in_tag = false;
    html.chars().any(|c| {
        match c {
            '<' => in_tag = true,
            '>' => in_tag = false,
            c if !in_tag && c.is_alphanumeric() => return true,
            _ => {}
        }
        false
    })
}

/// Reads a paste from its two flavours: `html` is the clipboard's `text/html`, `text` its
/// `text/plain`.
pub fn read_pasted_html(html: &str, text: &str) -> Extracted {
    let lines = text::read_text_clipping(text);
    // An address copied over the page (the address bar) resolves the HTML's relative
    // links; a copy from a live page has absolute ones already.
    let page = html::read_html(html, lines.url.as_deref(), None);
    let first_paragraph = lines
        .body_text
        .split("\n\n")
        .next()
        .unwrap_or("")
        .to_string();
    let mut article = merge(page, lines);
    if let Some(body_html) = drop_header_above(&article, &first_paragraph) {
        // Changed after the page reader sanitized it: the store sanitizes it again.
        article.body_sanitized = None;
        article.body_text = sanitize::html_to_text(&body_html);
        article.body_html = body_html;
    }
    article
}

/// The HTML body without the header lines above the article's first paragraph, as the
/// text reader found it: a copy has no `<title>` or metadata to tell the page reader what
/// the headline, deck and byline are, so it keeps them as text. Only header lines go (see
/// below), never a photo, a sub-heading or a sentence, and only when that first paragraph
/// is found a few blocks down; `None` leaves the body as it is.
fn drop_header_above(article: &Extracted, first_paragraph: &str) -> Option<String> {
    let key = |text: &str| -> String {
        text.chars()
            .filter(|c| !c.is_whitespace())
            .flat_map(char::to_lowercase)
            .take(ANCHOR_CHARS)
            .collect()
    };
    let anchor = key(first_paragraph);
    if anchor.chars().count() < ANCHOR_CHARS / 2 {
        return None;
    }
    let fields: Vec<String> = [
        Some(article.title.as_str()),
        article.standfirst.as_deref(),
        article.byline.as_deref(),
    ]
    .into_iter()
    .flatten()
    .map(key)
    .filter(|k| !k.is_empty())
    .collect();
    let doc = Document::from(article.body_html.as_str());
    // Each header line so far: its node, whether it is a sub-heading, whether it is one of
    // the article's fields (or the page's headline).
    let mut header: Vec<(dom_query::NodeRef, bool, bool)> = Vec::new();
    for node in doc
        .select("body h1, body h2, body h3, body h4, body h5, body h6, body p, body div, body span, body address, body time, body li")
        .nodes()
        .iter()
    {
        let block = Selection::from(*node);
        if block.select(BLOCKS).exists() {
            // A container: its blocks are looked at one by one.
            continue;
        }
        let shown = text::collapse(&node.text());
        if shown.is_empty() {
            continue;
        }
        let own = key(&shown);
        if own.starts_with(&anchor) || (own.len() >= ANCHOR_CHARS && anchor.starts_with(&own)) {
            // A heading stands in the header only above one of the article's fields (a
            // kicker over the headline); below them it is the text's first sub-heading.
            let last_field = header.iter().rposition(|(_, _, field)| *field);
            let subheading_below = header
                .iter()
                .enumerate()
                .any(|(i, (_, subheading, _))| *subheading && last_field.is_none_or(|f| i > f));
            if header.is_empty() || subheading_below {
                return None;
            }
            for (node, _, _) in &header {
                node.remove_from_parent();
            }
            return Some(doc.select("body").inner_html().to_string());
        }
        // A header line: the article's own headline, deck or byline; a page's headline
        // (`h1`); a short heading (a kicker `Biz & IT —`), or a short line that is no
        // sentence (`Save`, `1 / 5`).
        let field = fields.contains(&own);
        let subheading = node.is("h2, h3, h4, h5, h6");
        let short = !shown.ends_with(['.', '!', '?', '…', '。', '！', '？', ':'])
            && text::word_count(&shown) <= MAX_HEADER_LINE_WORDS;
        if shown.len() > MAX_HEADER_BLOCK_BYTES
            || block.select("img, picture, figure, video").exists()
            || !(field || node.is("h1") || short)
            || header.len() >= MAX_HEADER_BLOCKS
        {
            return None;
        }
        header.push((*node, subheading && !field, field || node.is("h1")));
    }
    None
}

/// The article from the page reader's reading of the HTML (`page`) and the text reader's
/// reading of the text (`lines`).
fn merge(page: Extracted, lines: Extracted) -> Extracted {
    if text::word_count(&page.body_text) == 0 {
        return lines;
    }
    let (byline, authors) = if lines.byline.is_some() || !lines.authors.is_empty() {
        (lines.byline, lines.authors)
    } else {
        (page.byline, page.authors)
    };
    Extracted {
        title: if lines.title.trim().is_empty() {
            page.title
        } else {
            lines.title
        },
        standfirst: lines.standfirst.or(page.standfirst),
        byline,
        authors,
        published: page.published.or(lines.published),
        modified: page.modified.or(lines.modified),
        site_name: lines.site_name.or(page.site_name),
        section: if lines.section.is_empty() {
            page.section
        } else {
            lines.section
        },
        genre: lines.genre.or(page.genre),
        language: lines.language.or(page.language),
        url: lines.url.or(page.url),
        body_html: page.body_html,
        body_sanitized: page.body_sanitized,
        body_text: page.body_text,
        photos: page.photos,
        related: if lines.related.is_empty() {
            page.related
        } else {
            lines.related
        },
        tags: Vec::new(),
        warnings: page.warnings,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const P1: &str = "The city council voted on Tuesday to close the old bridge to lorries after engineers found cracks in two of its supports.";
    const P2: &str = "Residents had complained for years about the state of the crossing, which carries more than ten thousand vehicles a day.";

    #[test]
    fn the_header_lines_over_the_text_leave_the_body_and_its_sub_headings_stay() {
        let html = format!(
            "<nav><a href=\"/\">Home</a> <a href=\"/world\">World</a></nav><article>\
             <h4 style=\"color: red\">World —</h4><h1>Bridge closes to lorries</h1>\
             <h2>Engineers found cracks in two supports.</h2><p class=\"byline\">By Jane Roe</p>\
             <figure><img src=\"https://council.example/bridge.jpg\" alt=\"The bridge\">\
             <figcaption>The old bridge at dawn. Photo: Ann Poe/Council</figcaption></figure>\
             <p>{P1}</p><h2>What happens next</h2><p>{P2}</p></article>"
        );
        let text = format!(
            "Home World\n\nWorld —\nBridge closes to lorries\nEngineers found cracks in two supports.\n\
             By Jane Roe\n\nThe old bridge at dawn. Photo: Ann Poe/Council\n\n{P1}\n\nWhat happens next\n\n{P2}\n"
        );
        let x = read_pasted_html(&html, &text);
        assert_eq!(x.title, "Bridge closes to lorries");
        assert_eq!(x.authors, ["Jane Roe"]);
        assert!(x.body_text.starts_with(P1), "{}", x.body_text);
        assert!(x.body_text.contains("What happens next"), "{}", x.body_text);
        assert!(!x.body_text.contains("World —"), "{}", x.body_text);
        assert_eq!(x.photos.len(), 1, "{:?}", x.photos);
        assert_eq!(
            x.photos[0].url.as_deref(),
            Some("https://council.example/bridge.jpg")
        );
        assert_eq!(
            x.photos[0].caption.as_deref(),
            Some("The old bridge at dawn.")
        );
        assert_eq!(x.photos[0].credit.as_deref(), Some("Ann Poe/Council"));
        assert!(!x.body_html.contains("style="), "{}", x.body_html);
    }

    #[test]
    fn html_that_gives_no_body_leaves_the_paste_to_its_text() {
        let text = format!("Bridge closes to lorries\n\n{P1}\n\n{P2}\n");
        let x = read_pasted_html("<span></span>", &text);
        assert_eq!(x, text::read_text_clipping(&text));
        assert!(!holds_words("<img src=\"a.jpg\"><br>"));
        assert!(holds_words("<p>Bridge</p>"));
    }
}
