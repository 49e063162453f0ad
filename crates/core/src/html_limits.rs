//! Bounds a page's markup before any HTML parser sees it: how deeply elements nest, and
//! how many attributes one tag carries; and, for the article readers, empties the scripts
//! and style sheets they never read ([`bound_for_reading`]), with the same scan.
//!
//! Some markup is cheap to write and ruinous to read. Half a megabyte of nested `<div>`s
//! (100,000 levels) takes html5ever minutes to parse, because it walks its stack of open
//! elements for every block start tag; Readability's cleaning is quadratic in depth again;
//! and every reader that walks the tree recursively (the sanitizer, html5ever's
//! serializer) overflows its thread's stack, which aborts the whole application. One tag
//! with 200,000 attributes takes the tokenizer over a minute, as it checks each attribute
//! against the ones before for duplicates. Browsers cap the tree at 512 levels (Blink,
//! WebKit), and so does Cuttings: the tags of elements that would open deeper than
//! [`MAX_DEPTH`] are removed together with their end tags, and everything inside them
//! (text, images) stays where it was; a removed block that follows text leaves a `<br>`, so
//! flattened paragraphs stay apart. A tag keeps its first [`MAX_ATTRIBUTES`] attributes.
//!
//! No HTML library offers these bounds, hence this scanner of our own. It follows the
//! tree builder closely enough to count depth: comments, raw-text elements (`<script>`,
//! `<style>`, …), void elements and self-closing tags in SVG or MathML open nothing; an
//! end tag closes the elements opened after its own; `<li>`, `<dd>`/`<dt>`, `<td>`/`<th>`,
//! `<tr>`, table sections and `<option>` close the previous one, and a row or cell put
//! straight into a table gets the `<tbody>` the parser adds; a block start tag closes an
//! open `<p>`. Every search down the stack is bounded, so the scan is linear in the page's
//! length. On the 309 real pages it was checked against (the development corpus and two
//! public test suites) it counts the parsed tree's depth within 4 levels; real pages nest
//! a few dozen levels deep.

use std::borrow::Cow;
use std::ops::Range;

/// The deepest an element may open (the `<html>` element is level 1), as in Blink.
pub const MAX_DEPTH: usize = 512;

/// The most attributes a tag keeps; real pages use a few dozen at most.
pub const MAX_ATTRIBUTES: usize = 128;

/// How far down the stack of open elements a closing rule looks for its element.
const SEARCH: usize = 64;

/// Elements that never have content.
const VOID: &[&str] = &[
    "area", "base", "basefont", "bgsound", "br", "col", "embed", "frame", "hr", "image", "img",
    "input", "keygen", "link", "meta", "param", "source", "track", "wbr",
];

/// Elements whose content is text up to their end tag, never markup.
const RAW_TEXT: &[&str] = &[
    "iframe",
    "noembed",
    "noframes",
    "noscript",
    "plaintext",
    "script",
    "style",
    "textarea",
    "title",
    "xmp",
];

/// Start tags that close an open `<p>` (the HTML standard's "close a p element").
const CLOSES_P: &[&str] = &[
    "address",
    "article",
    "aside",
    "blockquote",
    "center",
    "dd",
    "details",
    "dialog",
    "dir",
    "div",
    "dl",
    "dt",
    "fieldset",
    "figcaption",
    "figure",
    "footer",
    "form",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "hgroup",
    "li",
    "listing",
    "main",
    "menu",
    "nav",
    "ol",
    "p",
    "pre",
    "section",
    "summary",
    "table",
    "ul",
];

/// Elements a `<p>` is never closed across ("button scope").
const P_SCOPE: &[&str] = &[
    "applet", "button", "caption", "html", "marquee", "object", "table", "td", "template", "th",
];

/// One element the scan holds open.
struct Open<'a> {
    name: &'a str,
    /// Opened deeper than [`MAX_DEPTH`]: its tags are removed.
    dropped: bool,
}

/// `html` within [`MAX_DEPTH`] and [`MAX_ATTRIBUTES`] (see the module doc); borrowed
/// unchanged when it already is.
pub fn bound(html: &str) -> Cow<'_, str> {
    apply(html, scan(html, Scripts::Keep))
}

/// [`bound`], and with the content of every `<script>` and `<style>` that no reader reads
/// taken out (see [`Scripts::Empty`]): what the article readers parse. On the development
/// corpus scripts and style sheets are 45% of a saved page's bytes, and the parser would
/// build text nodes of them only for Readability to throw them away.
pub fn bound_for_reading(html: &str) -> Cow<'_, str> {
    apply(html, scan(html, Scripts::Empty))
}

/// What [`scan`] does with the content of scripts and style sheets.
#[derive(Clone, Copy, PartialEq)]
enum Scripts {
    Keep,
    /// Empties `<style>` elements and `<script>` elements other than JSON-LD
    /// (`type="application/ld+json"`, which the readers take metadata from). A script whose
    /// text holds `<!--` is kept: there the tokenizer's escape states may carry it past its
    /// first `</script>`, and only the tokenizer knows where it ends.
    Empty,
}

/// `html` with the scan's cuts made.
fn apply(html: &str, scan: Scan) -> Cow<'_, str> {
    if scan.cuts.is_empty() {
        return Cow::Borrowed(html);
    }
    if scan.bounded {
        tracing::warn!(
            deepest = scan.deepest,
            cuts = scan.cuts.len(),
            "a page nests elements deeper than {MAX_DEPTH} levels or has tags with more than \
             {MAX_ATTRIBUTES} attributes: the deeper elements are flattened, the extra attributes dropped"
        );
    }
    let mut out = String::with_capacity(html.len());
    let mut from = 0;
    for cut in scan.cuts {
        out.push_str(&html[from..cut.range.start]);
        out.push_str(cut.with);
        from = cut.range.end;
    }
    out.push_str(&html[from..]);
    Cow::Owned(out)
}

/// One change [`bound`] makes to a page.
struct Cut {
    /// What goes: a whole tag, or the excess attributes of one.
    range: Range<usize>,
    /// What stands in its place: a line break for a block that held text before it (so that
    /// flattened paragraphs do not run together), else nothing.
    with: &'static str,
}

/// What [`scan`] found in a page.
struct Scan {
    /// The changes, in page order.
    cuts: Vec<Cut>,
    /// Some of the cuts bound the page (not only empty its scripts).
    bounded: bool,
    /// The deepest level an element opened at (kept or not).
    deepest: usize,
}

/// Follows the page's tags, counting depth as the tree builder would (see the module doc).
fn scan(html: &str, scripts: Scripts) -> Scan {
    let bytes = html.as_bytes();
    let mut deepest = 0;
    let mut stack: Vec<Open> = Vec::new();
    // Open <svg> and <math> elements: inside them a self-closing tag opens nothing.
    let mut foreign = 0usize;
    let mut cuts: Vec<Cut> = Vec::new();
    // How many of the cuts empty a script or style sheet.
    let mut emptied = 0;
    // Text since the last line break put in place of a removed block.
    let mut text_since_break = false;
    let mut at = 0;
    while let Some(found) = memchr::memchr(b'<', &bytes[at..]) {
        let lt = at + found;
        text_since_break |= bytes[at..lt].iter().any(|b| !b.is_ascii_whitespace());
        let next = bytes.get(lt + 1).copied().unwrap_or(0);
        if next == b'!' || next == b'?' {
            at = if bytes[lt..].starts_with(b"<!--") {
                memchr::memmem::find(&bytes[lt + 4..], b"-->").map_or(bytes.len(), |p| lt + 7 + p)
            } else {
                memchr::memchr(b'>', &bytes[lt..]).map_or(bytes.len(), |p| lt + p + 1)
            };
            continue;
        }
        let closing = next == b'/';
        let name_start = lt + 1 + usize::from(closing);
        let name = tag_name(html, name_start);
        if name.is_empty() {
            at = lt + 1;
            continue;
        }
        let Some(tag) = read_tag(bytes, name_start + name.len()) else {
            break;
        };
        let end = tag.end;
        at = end;
        // A tag removed whole needs no attribute cut.
        let mut cut = |whole: bool, with: &'static str| match (whole, tag.excess.clone()) {
            (true, _) => cuts.push(Cut {
                range: lt..end,
                with,
            }),
            (false, Some(range)) => cuts.push(Cut { range, with: "" }),
            (false, None) => {}
        };
        if closing {
            let same = |open: &Open| open.name.eq_ignore_ascii_case(name).then_some(true);
            let found = find_open(&stack, same);
            cut(found.is_some_and(|i| stack[i].dropped), "");
            if let Some(i) = found {
                foreign -= count_foreign(&stack[i..]);
                stack.truncate(i);
            }
            continue;
        }
        let lower = Lower::new(name);
        let is = |list: &[&str]| lower.is_in(list);
        let self_closing = bytes[..end].ends_with(b"/>");
        if is(VOID) || (self_closing && foreign > 0) {
            cut(false, "");
            continue;
        }
        if is(RAW_TEXT) && foreign == 0 {
            cut(false, "");
            // Skips the content and the end tag.
            let (content_end, close_end, excess) = raw_text_end(bytes, end, name);
            let content = &bytes[end..content_end];
            let unread = scripts == Scripts::Empty
                && !content.is_empty()
                && (is(&["style"])
                    || (is(&["script"])
                        && !is_json_ld(&bytes[name_start + name.len()..end])
                        && memchr::memmem::find(content, b"<!--").is_none()));
            if unread {
                emptied += 1;
                cuts.push(Cut {
                    range: end..content_end,
                    with: "",
                });
            }
            cuts.extend(excess.map(|range| Cut { range, with: "" }));
            at = close_end;
            continue;
        }
        close_implied(&mut stack, &mut foreign, &lower);
        for implied in implied_parents(&stack, &lower) {
            let dropped = stack.len() >= MAX_DEPTH;
            stack.push(Open {
                name: implied,
                dropped,
            });
        }
        let dropped = stack.len() >= MAX_DEPTH;
        let with = if dropped && text_since_break && is(crate::sanitize::BLOCK_TAGS) {
            text_since_break = false;
            "<br>"
        } else {
            ""
        };
        cut(dropped, with);
        if is(&["svg", "math"]) {
            foreign += 1;
        }
        stack.push(Open { name, dropped });
        deepest = deepest.max(stack.len());
    }
    let bounded = cuts.len() > emptied;
    Scan {
        cuts,
        bounded,
        deepest,
    }
}

/// A script tag's attributes (`type="application/ld+json"`) say it holds JSON-LD.
fn is_json_ld(attributes: &[u8]) -> bool {
    attributes
        .windows(b"ld+json".len())
        .any(|w| w.eq_ignore_ascii_case(b"ld+json"))
}

/// Pops what a start tag closes implicitly: the previous list item, cell, row or option,
/// and an open paragraph before a block.
fn close_implied(stack: &mut Vec<Open>, foreign: &mut usize, tag: &Lower) {
    let rules: &[(&[&str], &[&str], &[&str])] = &[
        // (start tags, the elements they close, where the search stops)
        (&["li"], &["li"], &["ol", "ul", "menu"]),
        (&["dd", "dt"], &["dd", "dt"], &["dl"]),
        (&["td", "th"], &["td", "th"], &["tr", "table"]),
        (&["tr"], &["tr"], &["table", "tbody", "thead", "tfoot"]),
        (
            &["tbody", "thead", "tfoot"],
            &["tbody", "thead", "tfoot"],
            &["table"],
        ),
        (
            &["option", "optgroup"],
            &["option"],
            &["select", "datalist"],
        ),
        (&["optgroup"], &["optgroup"], &["select"]),
        (CLOSES_P, &["p"], P_SCOPE),
    ];
    for (starts, closes, stops) in rules {
        if !tag.is_in(starts) {
            continue;
        }
        let hit = find_open(stack, |open| {
            let name = Lower::new(open.name);
            if name.is_in(closes) {
                Some(true)
            } else if name.is_in(stops) {
                Some(false)
            } else {
                None
            }
        });
        if let Some(i) = hit {
            *foreign -= count_foreign(&stack[i..]);
            stack.truncate(i);
        }
    }
}

/// The table parts the tree builder inserts before a row or cell that a table holds
/// directly (`<table><tr>` parses as `<table><tbody><tr>`).
fn implied_parents(stack: &[Open], tag: &Lower) -> &'static [&'static str] {
    let row = tag.is_in(&["tr"]);
    if !row && !tag.is_in(&["td", "th"]) {
        return &[];
    }
    let parent = find_open(stack, |open| {
        Lower::new(open.name)
            .is_in(&["table", "tbody", "thead", "tfoot", "tr"])
            .then_some(true)
    })
    .map(|i| Lower::new(stack[i].name));
    match parent {
        Some(p) if p.is_in(&["table"]) && row => &["tbody"],
        Some(p) if p.is_in(&["table"]) => &["tbody", "tr"],
        Some(p) if !row && !p.is_in(&["tr"]) => &["tr"],
        _ => &[],
    }
}

/// The index of the nearest open element `probe` accepts (`Some(true)`), looking at most
/// [`SEARCH`] elements down from the top of the stack; `Some(false)` ends the search.
fn find_open(stack: &[Open], probe: impl Fn(&Open) -> Option<bool>) -> Option<usize> {
    for (i, open) in stack.iter().enumerate().rev().take(SEARCH) {
        match probe(open) {
            Some(true) => return Some(i),
            Some(false) => return None,
            None => {}
        }
    }
    None
}

/// How many of `popped` are `<svg>` or `<math>` elements.
fn count_foreign(popped: &[Open]) -> usize {
    popped
        .iter()
        .filter(|open| Lower::new(open.name).is_in(&["svg", "math"]))
        .count()
}

/// The tag name starting at `from` (ASCII letters, digits, `-`, `:`), empty when none
/// starts with a letter there.
fn tag_name(html: &str, from: usize) -> &str {
    let bytes = html.as_bytes();
    if !bytes.get(from).is_some_and(u8::is_ascii_alphabetic) {
        return "";
    }
    let len = bytes[from..]
        .iter()
        .take_while(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b':' | b'_'))
        .count();
    &html[from..from + len]
}

/// The end of a tag, as [`read_tag`] reads it.
struct Tag {
    /// Just past its `>`.
    end: usize,
    /// Its attributes beyond the [`MAX_ATTRIBUTES`]th, when it has more.
    excess: Option<Range<usize>>,
}

/// Reads the attributes of a tag from `from` (just after its name) to its `>` as the
/// tokenizer does: a `>` inside `title="a > b"` ends nothing. `None` when the page ends
/// first.
fn read_tag(bytes: &[u8], from: usize) -> Option<Tag> {
    let space = |b: u8| b.is_ascii_whitespace();
    let mut i = from;
    let mut attributes = 0;
    let mut excess_from = None;
    loop {
        while i < bytes.len() && (space(bytes[i]) || bytes[i] == b'/') {
            i += 1;
        }
        match bytes.get(i) {
            None => return None,
            Some(b'>') => break,
            Some(_) => {}
        }
        attributes += 1;
        if attributes == MAX_ATTRIBUTES + 1 {
            excess_from = Some(i);
        }
        // The name (its first character may be anything, even `=`), then a value.
        i += 1;
        while i < bytes.len() && !space(bytes[i]) && !matches!(bytes[i], b'>' | b'/' | b'=') {
            i += 1;
        }
        while i < bytes.len() && space(bytes[i]) {
            i += 1;
        }
        if bytes.get(i) != Some(&b'=') {
            continue;
        }
        i += 1;
        while i < bytes.len() && space(bytes[i]) {
            i += 1;
        }
        match bytes.get(i) {
            Some(&quote) if quote == b'"' || quote == b'\'' => {
                i += memchr::memchr(quote, &bytes[i + 1..])? + 2;
            }
            _ => {
                while i < bytes.len() && !space(bytes[i]) && bytes[i] != b'>' {
                    i += 1;
                }
            }
        }
    }
    // `i` is at the closing `>`; a self-closing slash stays.
    let excess = excess_from.map(|start| {
        let stop = if bytes[i - 1] == b'/' { i - 1 } else { i };
        start..stop.max(start)
    });
    Some(Tag { end: i + 1, excess })
}

/// Where the content of the raw-text element `name` that starts at `from` ends (the start
/// of its end tag) and just past that end tag (both the end of the page when it is never
/// closed), and the end tag's excess attributes.
fn raw_text_end(bytes: &[u8], from: usize, name: &str) -> (usize, usize, Option<Range<usize>>) {
    let mut at = from;
    while let Some(p) = memchr::memmem::find(&bytes[at..], b"</") {
        let content_end = at + p;
        let start = content_end + 2;
        let candidate = bytes.get(start..start + name.len());
        let boundary = bytes.get(start + name.len()).copied();
        if candidate.is_some_and(|c| c.eq_ignore_ascii_case(name.as_bytes()))
            && boundary.is_none_or(|b| b == b'>' || b == b'/' || b.is_ascii_whitespace())
        {
            return match read_tag(bytes, start + name.len()) {
                Some(tag) => (content_end, tag.end, tag.excess),
                None => (bytes.len(), bytes.len(), None),
            };
        }
        at = start;
    }
    (bytes.len(), bytes.len(), None)
}

/// A tag name lower-cased without allocating (names longer than any we list never match).
struct Lower {
    buf: [u8; 12],
    len: usize,
}

impl Lower {
    fn new(name: &str) -> Lower {
        let mut buf = [0u8; 12];
        let len = if name.len() <= buf.len() {
            for (slot, b) in buf.iter_mut().zip(name.bytes()) {
                *slot = b.to_ascii_lowercase();
            }
            name.len()
        } else {
            0
        };
        Lower { buf, len }
    }

    fn is_in(&self, list: &[&str]) -> bool {
        let name = &self.buf[..self.len];
        !name.is_empty() && list.iter().any(|item| item.as_bytes() == name)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The deepest nesting of elements in a parsed document, walked without recursion.
    fn parsed_depth(html: &str) -> usize {
        let doc = dom_query::Document::from(html);
        let mut deepest = 0;
        let mut todo = vec![(doc.root(), 0usize)];
        while let Some((node, depth)) = todo.pop() {
            deepest = deepest.max(depth);
            for child in node.element_children() {
                todo.push((child, depth + 1));
            }
        }
        deepest
    }

    fn nested(open: &str, close: &str, times: usize, inner: &str) -> String {
        format!(
            "<!DOCTYPE html><html><head><title>Deep</title></head><body>{}{inner}{}</body></html>",
            open.repeat(times),
            close.repeat(times)
        )
    }

    #[test]
    fn deep_pages_are_cut_to_the_cap_and_keep_their_text() {
        for (open, close) in [
            ("<div>", "</div>"),
            ("<span class='a'>", "</span>"),
            ("<b>", ""),
            ("<ul><li>", ""),
            ("<table><tr><td>", ""),
            ("<DIV/>", ""),
        ] {
            let page = nested(open, close, 20_000, "<p>The article's words.</p>");
            let capped = bound(&page);
            assert!(matches!(capped, Cow::Owned(_)), "{open} was not cut");
            // The paragraph opened below the cap: its text stays, its tags do not.
            assert!(capped.contains("The article's words."), "{open}");
            let depth = parsed_depth(&capped);
            assert!(
                (MAX_DEPTH - 8..=MAX_DEPTH + 8).contains(&depth),
                "{open}: parsed depth {depth}"
            );
        }
    }

    #[test]
    fn the_cut_removes_end_tags_of_removed_elements_only() {
        let page = nested("<div>", "</div>", MAX_DEPTH + 2, "x") + "<p>after</p>";
        // <html> and <body> are the first two levels: 510 <div>s fit under the cap.
        let expected = nested("<div>", "</div>", MAX_DEPTH - 2, "x") + "<p>after</p>";
        assert_eq!(bound(&page), expected);
    }

    #[test]
    fn a_tag_keeps_its_first_attributes_and_the_page_the_rest() {
        let attributes: Vec<String> = (0..50_000).map(|i| format!("a{i}=\"v > {i}\"")).collect();
        let page = format!(
            "<html><body><p id=first {}>Text</p><svg><path d=x {} /></svg><p>after</p></body></html>",
            attributes.join(" "),
            attributes.join(" ")
        );
        let bounded = bound(&page);
        let doc = dom_query::Document::from(bounded.as_ref());
        let p = doc.select("p#first");
        assert_eq!(p.text().as_ref(), "Text");
        let kept = p.nodes()[0].attrs().len();
        assert_eq!(kept, MAX_ATTRIBUTES);
        assert_eq!(doc.select("path").nodes()[0].attrs().len(), MAX_ATTRIBUTES);
        // The path stays self-closing: the paragraph after it is not inside the SVG.
        assert!(bounded.contains(&format!("{} />", attributes[MAX_ATTRIBUTES - 2])));
        assert_eq!(doc.select("body > p").length(), 2);
    }

    #[test]
    fn flattened_paragraphs_stay_apart_without_a_flood_of_breaks() {
        let page = nested(
            "<div>",
            "</div>",
            100_000,
            "<h1>Headline</h1><p>One.</p><p>Two.</p><ul><li>Three</li></ul>",
        );
        let bounded = bound(&page);
        let at = bounded.find("Headline").unwrap_or(0);
        assert_eq!(
            &bounded[at..at + 36],
            "Headline<br>One.<br>Two.<br>Three</d",
        );
        assert_eq!(bounded.matches("<br>").count(), 3);
    }

    #[test]
    fn pages_within_the_cap_are_borrowed_unchanged() {
        let page = nested("<div>", "</div>", MAX_DEPTH - 10, "x");
        assert!(matches!(bound(&page), Cow::Borrowed(_)));
    }

    #[test]
    fn siblings_comments_raw_text_and_void_elements_do_not_deepen() {
        let sibling = "<p>para<li>item<td>cell<tr><option>o<dt>t<dd>d<img src=x><br>\
                       <!-- <div><div> --><script>if (a<b) { '<div>' }</script>\
                       <style>div>p{}</style><textarea><div></textarea>\
                       <svg><path d='M0'/><g/></svg><a title=\"a > b\">link</a>";
        let page = format!("<html><body>{}</body></html>", sibling.repeat(2_000));
        let scan = scan(&page, Scripts::Keep);
        assert!(scan.deepest < 12, "deepest {}", scan.deepest);
        assert!(scan.cuts.is_empty());
    }

    #[test]
    fn unclosed_list_items_cells_and_paragraphs_close_each_other() {
        let page = format!(
            "<html><body><ul>{}</ul><table>{}</table>{}</body></html>",
            "<li><div>unclosed div in an item".repeat(3_000),
            "<tr><td><div>cell<td>cell".repeat(3_000),
            "<p><b>bold<div>block".repeat(100)
        );
        let scan = scan(&page, Scripts::Keep);
        assert!(scan.cuts.is_empty(), "deepest {}", scan.deepest);
    }

    #[test]
    fn the_readers_get_scripts_and_style_sheets_empty_but_json_ld_and_escaped_scripts_whole() {
        let page = "<html><head><style>p > a { color: red }</style>\
            <script type=\"application/ld+json\">{\"@type\": \"NewsArticle\"}</script>\
            <SCRIPT src=a.js>var s = '<p>no text</p>';</SCRIPT >\
            <script><!-- document.write('<script>x</script>'); --></script></head>\
            <body><!-- <script>in a comment</script> -->\
            <a title=\"<script>in an attribute</script>\">link</a>\
            <textarea><script>in a text area</script></textarea>\
            <svg><script>in an svg</script></svg><script>\nlate()\n</script><p>Text</p>";
        let expected = "<html><head><style></style>\
            <script type=\"application/ld+json\">{\"@type\": \"NewsArticle\"}</script>\
            <SCRIPT src=a.js></SCRIPT >\
            <script><!-- document.write('<script>x</script>'); --></script></head>\
            <body><!-- <script>in a comment</script> -->\
            <a title=\"<script>in an attribute</script>\">link</a>\
            <textarea><script>in a text area</script></textarea>\
            <svg><script>in an svg</script></svg><script></script><p>Text</p>";
        assert_eq!(bound_for_reading(page), expected);
        // Depth and attribute bounds alone leave scripts as they are.
        assert!(matches!(bound(page), Cow::Borrowed(_)));
    }

    #[test]
    fn a_script_left_open_empties_to_the_end_of_the_page_as_it_parses() {
        let page = "<p>Text</p><script>never closed <p>more";
        assert_eq!(bound_for_reading(page), "<p>Text</p><script>");
        let style = "<style>a{}</styles></style><p>after</p>";
        assert_eq!(bound_for_reading(style), "<style></style><p>after</p>");
    }

    /// What the readers see of a real page is the page less its scripts' and style sheets'
    /// text: every element, every other text and every JSON-LD block stays.
    #[test]
    fn corpus_pages_read_the_same_without_their_scripts() {
        let Some(corpus) = crate::test_corpus::readability_pages() else {
            return;
        };
        let shape = |html: &str| {
            let doc = dom_query::Document::from(html);
            let json_ld: Vec<String> = doc
                .select("script[type='application/ld+json']")
                .iter()
                .map(|s| s.text().to_string())
                .collect();
            let elements = doc.select("*").length();
            doc.select("script, style").remove();
            (elements, json_ld, doc.root().text().to_string())
        };
        let mut pages = 0;
        for (path, page) in corpus {
            let read = bound_for_reading(&page);
            assert!(
                shape(&page) == shape(&read),
                "{} reads differently",
                path.display()
            );
            pages += 1;
        }
        assert!(pages >= 100, "{pages} pages");
    }

    /// Real pages: none of the development corpus nests anywhere near the cap.
    #[test]
    fn corpus_pages_are_never_cut() {
        let Some(corpus) = crate::test_corpus::readability_pages() else {
            return;
        };
        let mut pages = 0;
        let mut deepest = 0;
        for (path, page) in corpus {
            let scan = scan(&page, Scripts::Keep);
            assert!(scan.cuts.is_empty(), "{}", path.display());
            deepest = deepest.max(scan.deepest);
            pages += 1;
        }
        assert!(pages >= 100, "{pages} pages");
        assert!(deepest < MAX_DEPTH / 4, "deepest {deepest}");
    }
}
