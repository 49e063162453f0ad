//! Markdown clippings: the notes web clippers write (Obsidian Web Clipper, MarkDownload,
//! Joplin, a read-later service's export). Their YAML front matter (`title`, `source`,
//! `author`, `published`, `description` …) is what the clipper read off the page; their text
//! is the article in Markdown.
//!
//! A note is turned back into the page it came from: the Markdown becomes HTML
//! (pulldown-cmark), an image with a caption under it becomes a figure, and the page is read
//! by [`super::html`] like any saved page, so photos, captions and credits are found as
//! there. What the front matter says then overrides what the page reader guessed: the
//! clipper read it off the live page. Its `tags` are the user's own, and become the
//! article's tags.
//!
//! The front matter is read with yaml-rust2's event parser, keeping only the top level's
//! text values and lists of them: an alias is never expanded (so a hostile note cannot
//! make a "billion laughs" of it), and a nested mapping is skipped.

use std::collections::HashSet;
use std::path::Path;
use std::sync::LazyLock;

use dom_query::Document;
use pulldown_cmark::{Options, Parser};
use regex::Regex;
use yaml_rust2::parser::{Event, MarkedEventReceiver, Parser as YamlParser};
use yaml_rust2::scanner::Marker;

use super::dates::parse_date;
use super::extracted::{canonical_language, Extracted};
use super::html::{self, split_authors};
use super::text::{caption_credit, collapse, detect_language, word_count};
use crate::sanitize::escape_html;

/// Largest front matter read (bytes); a longer block is not a clipper's.
const MAX_FRONT_MATTER: usize = 64 * 1024;

/// Most words in a line under an image that is read as its caption.
const MAX_CAPTION_WORDS: usize = 60;

/// The article's fields a clipper writes into its front matter, under the names clippers
/// use (Obsidian Web Clipper: `source`, `author`, `published`; Jekyll and Hugo: `date`;
/// Omnivore: `date_published`, `url`; Joplin: `source_url`).
const TITLE_KEYS: &[&str] = &["title"];
const ADDRESS_KEYS: &[&str] = &[
    "source",
    "url",
    "source_url",
    "original_url",
    "canonical_url",
    "canonical",
    "link",
    "permalink",
];
const AUTHOR_KEYS: &[&str] = &["author", "authors", "byline", "creator", "creators"];
const PUBLISHED_KEYS: &[&str] = &[
    "published",
    "date_published",
    "published_at",
    "publish_date",
    "pubdate",
    "date",
];
const MODIFIED_KEYS: &[&str] = &["updated", "modified", "date_modified", "last_modified"];
const STANDFIRST_KEYS: &[&str] = &["description", "excerpt", "summary", "subtitle"];
const SITE_KEYS: &[&str] = &["site", "site_name", "sitename", "publisher", "publication"];
const LANGUAGE_KEYS: &[&str] = &["lang", "language"];
const TAG_KEYS: &[&str] = &["tags", "tag"];

/// Most tags taken from one note.
const MAX_TAGS: usize = 64;

/// Longest tag path taken (characters); a longer value is no tag.
const MAX_TAG_CHARS: usize = 120;

/// File names read as Markdown.
pub const MARKDOWN_EXTENSIONS: &[&str] = &["md", "markdown", "mdown", "mkd"];

/// Extracts the article from a Markdown note; `base_dir` is the note's folder (finds the
/// images saved beside it).
pub fn read_markdown(note: &str, base_dir: Option<&Path>) -> Extracted {
    let note = note.trim_start_matches('\u{feff}');
    let (front, text) = match split_front_matter(note) {
        Some((yaml, rest)) => (FrontMatter::read(yaml), rest),
        None => (FrontMatter::default(), note),
    };
    let language = front.first(LANGUAGE_KEYS).and_then(canonical_language);
    let address = front.address();
    let title = front.first(TITLE_KEYS).map(collapse);
    let head = PageHead {
        title: title.as_deref(),
        description: front.first(STANDFIRST_KEYS),
        language: language.as_deref(),
    };
    let (page, excerpt) = page_of(text, &head);
    // Read without the page's address: a relative image in a note is a file the clipper
    // saved beside it (`attachments/photo.png`), not a path on the article's site.
    let mut out = html::read_html(&page, None, base_dir);

    if let Some(title) = title {
        out.title = title;
    }
    let authors = front.authors();
    if !authors.is_empty() {
        out.byline = Some(authors.join(", "));
        out.authors = authors;
    }
    let date = |keys: &[&str]| {
        front
            .all(keys)
            .into_iter()
            .find_map(|raw| parse_date(raw, language.as_deref().or(out.language.as_deref())))
    };
    if let Some(published) = date(PUBLISHED_KEYS) {
        out.published = Some(published);
    }
    if let Some(modified) = date(MODIFIED_KEYS) {
        out.modified = Some(modified);
    }
    // The description is the page's, and the page reader judged it (one cut from the
    // text's opening is no standfirst); MarkDownload's excerpt block is one by its place.
    if let Some(excerpt) = excerpt {
        out.standfirst = Some(excerpt);
    }
    if let Some(site) = front.first(SITE_KEYS).map(|s| collapse(&wiki_link_text(s))) {
        out.site_name = Some(site);
    }
    // A note names its language only now and then; its text tells it otherwise, as a
    // pasted clipping's does.
    out.language = language
        .or(out.language.take())
        .or_else(|| detect_language(&out.body_text));
    if address.is_some() {
        out.url = address;
    }
    out.tags = front.tags();
    out
}

/// How many lines under a note's opening `#` heading are looked through for Markdown.
const MARKDOWN_LOOKAHEAD_LINES: usize = 200;

/// A line that is a Markdown heading written with `#` marks (`# Title`, `## Section`).
static ATX_HEADING: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^ {0,3}#{1,6}[ \t]+\S").expect("valid regex"));

/// What only Markdown writes in a line: a `#` heading, a link or image as `[text](target)`,
/// an Obsidian embed `![[file]]`, `**strong**` or `__strong__`, a code fence.
static MARKDOWN_SYNTAX: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r#"^ {0,3}#{1,6}[ \t]+\S|\[[^\]\n]*\]\([^)\s]+(?:[ \t]+"[^"\n]*")?\)|!\[\[[^\]\n]+\]\]|\*\*[^*\s][^*\n]*\*\*|__[^_\s][^_\n]*__|^ {0,3}(?:```|~~~)"#,
    )
    .expect("valid regex")
});

/// Whether text given without a file name (pasted, or read from standard input) is a
/// Markdown note: a clipper's front matter, or a `#` heading on its first line with more
/// Markdown under it (a link or image as `[…](…)`, `**strong**`, another `#` heading, a
/// code fence). Text copied out of a browser shows none of these: its headings and links
/// are plain lines, so a page's text is never taken for a note.
pub fn looks_like_markdown(text: &str) -> bool {
    let text = text.trim_start_matches('\u{feff}');
    if looks_like_clipping(text) {
        return true;
    }
    let mut lines = text.lines().filter(|line| !line.trim().is_empty());
    lines
        .next()
        .is_some_and(|first| ATX_HEADING.is_match(first))
        && lines
            .take(MARKDOWN_LOOKAHEAD_LINES)
            .any(|line| MARKDOWN_SYNTAX.is_match(line))
}

/// Whether text opens with front matter that names an article (a `title`, or an address
/// under one of the clippers' keys): a Markdown clipping given without its file name.
fn looks_like_clipping(text: &str) -> bool {
    split_front_matter(text.trim_start_matches('\u{feff}')).is_some_and(|(yaml, _)| {
        let front = FrontMatter::read(yaml);
        front.first(TITLE_KEYS).is_some() || front.address().is_some()
    })
}

/// The front matter (between `---` lines at the very top) and the text after it.
fn split_front_matter(note: &str) -> Option<(&str, &str)> {
    let first_end = note.find('\n')?;
    if note[..first_end].trim_end() != "---" {
        return None;
    }
    let body = &note[first_end + 1..];
    let mut at = 0;
    for line in body.split_inclusive('\n') {
        if matches!(line.trim_end(), "---" | "...") {
            return Some((&body[..at], &body[at + line.len()..]));
        }
        at += line.len();
        if at > MAX_FRONT_MATTER {
            return None;
        }
    }
    None
}

/// The top level of a front matter: each key (lower case, `-` read as `_`) with its text
/// values, in order.
#[derive(Debug, Default)]
struct FrontMatter {
    fields: Vec<(String, Vec<String>)>,
    /// The keys whose value was a list (`tags: [a, b]` or `- a` lines), not one text.
    lists: HashSet<String>,
}

impl FrontMatter {
    fn read(yaml: &str) -> FrontMatter {
        let mut reader = TopLevelReader::default();
        // A front matter that breaks off keeps what was read before the break.
        let _ = YamlParser::new_from_str(yaml).load(&mut reader, false);
        FrontMatter {
            fields: reader.fields,
            lists: reader.lists,
        }
    }

    /// The note's tags as tag paths: each item of a list, or one text split at commas (at
    /// spaces when it has none: `tags: news politics`, as Obsidian reads it). A tag's `#`
    /// and a wiki link's brackets go, a nested tag keeps its levels (`news/ukraine`), and a
    /// tag given twice (in any case) is kept once.
    fn tags(&self) -> Vec<String> {
        let mut tags: Vec<String> = Vec::new();
        for (key, values) in &self.fields {
            if !TAG_KEYS.contains(&key.as_str()) {
                continue;
            }
            let listed = self.lists.contains(key);
            for value in values {
                let parts: Vec<&str> = if listed {
                    vec![value.as_str()]
                } else if value.contains(',') {
                    value.split(',').collect()
                } else {
                    value.split_whitespace().collect()
                };
                for tag in parts.into_iter().filter_map(tag_path) {
                    if tags.len() < MAX_TAGS && !tags.iter().any(|t| t.eq_ignore_ascii_case(&tag)) {
                        tags.push(tag);
                    }
                }
            }
        }
        tags
    }

    /// Every non-empty value under any of `keys`, the keys in the order given.
    fn all(&self, keys: &[&str]) -> Vec<&str> {
        keys.iter()
            .flat_map(|key| {
                self.fields
                    .iter()
                    .filter(move |(name, _)| name == key)
                    .flat_map(|(_, values)| values.iter().map(|v| v.trim()))
            })
            .filter(|v| !v.is_empty())
            .collect()
    }

    fn first(&self, keys: &[&str]) -> Option<&str> {
        self.all(keys).into_iter().next()
    }

    /// The page's address: the first value under an address key that is an http(s) URL.
    fn address(&self) -> Option<String> {
        self.all(ADDRESS_KEYS)
            .into_iter()
            .map(|v| v.trim_start_matches('<').trim_end_matches('>'))
            .find(|v| url::Url::parse(v).is_ok_and(|u| matches!(u.scheme(), "http" | "https")))
            .map(str::to_string)
    }

    /// The authors: each listed name (an Obsidian link `[[Jane Roe]]` read as its text), a
    /// single line of names split as a byline is.
    fn authors(&self) -> Vec<String> {
        let names: Vec<String> = self
            .all(AUTHOR_KEYS)
            .into_iter()
            .map(|v| collapse(&wiki_link_text(v)))
            .map(|v| AUTHOR_LINK_LEAD.replace(&v, "").into_owned())
            .filter(|v| !v.is_empty())
            .collect();
        match names.as_slice() {
            [one] => {
                let split = split_authors(one);
                if split.is_empty() {
                    names
                } else {
                    split
                }
            }
            _ => {
                let mut unique = Vec::new();
                for name in names {
                    if !unique.contains(&name) {
                        unique.push(name);
                    }
                }
                unique
            }
        }
    }
}

/// A tag as written in a note (`#news/ukraine`, `[[Kosovo]]`, ` news / ukraine `) as a tag
/// path (`news/ukraine`): levels trimmed, empty ones dropped; `None` when nothing is left or
/// it is too long to be a tag.
fn tag_path(raw: &str) -> Option<String> {
    let text = wiki_link_text(raw);
    let levels: Vec<String> = text
        .trim()
        .trim_start_matches('#')
        .split('/')
        .map(collapse)
        .filter(|level| !level.is_empty())
        .collect();
    let path = levels.join("/");
    (!path.is_empty() && path.chars().count() <= MAX_TAG_CHARS).then_some(path)
}

/// Collects the top level of a YAML document from the parser's events.
#[derive(Default)]
struct TopLevelReader {
    fields: Vec<(String, Vec<String>)>,
    /// The keys whose value was a list.
    lists: HashSet<String>,
    /// Mappings and sequences open; the top-level mapping is depth 1.
    depth: usize,
    /// The top-level key whose value comes next.
    key: Option<String>,
    /// The values of a top-level list being read.
    list: Option<Vec<String>>,
}

impl TopLevelReader {
    fn finish_value(&mut self, values: Vec<String>) {
        if let Some(key) = self.key.take() {
            self.fields.push((field_name(&key), values));
        }
    }
}

/// A front matter key as it is looked up: lower case, `-` read as `_`.
fn field_name(key: &str) -> String {
    key.trim().to_lowercase().replace('-', "_")
}

impl MarkedEventReceiver for TopLevelReader {
    fn on_event(&mut self, event: Event, _mark: Marker) {
        match event {
            Event::MappingStart(..) | Event::SequenceStart(..) => {
                if self.depth == 1 && self.key.is_some() {
                    self.list = matches!(event, Event::SequenceStart(..)).then(Vec::new);
                }
                self.depth += 1;
            }
            Event::MappingEnd | Event::SequenceEnd => {
                self.depth = self.depth.saturating_sub(1);
                if self.depth == 1 {
                    let listed = self.list.is_some();
                    let values = self.list.take().unwrap_or_default();
                    if let (true, Some(key)) = (listed, &self.key) {
                        self.lists.insert(field_name(key));
                    }
                    self.finish_value(values);
                }
            }
            Event::Scalar(value, ..) => match self.depth {
                1 if self.key.is_none() => self.key = Some(value),
                1 => self.finish_value(vec![value]),
                2 => {
                    if let Some(list) = &mut self.list {
                        list.push(value);
                    }
                }
                _ => {}
            },
            // An alias stands for a value given earlier; it is not expanded.
            Event::Alias(_) if self.depth == 1 => {
                if self.key.is_some() {
                    self.finish_value(Vec::new());
                } else {
                    self.key = Some(String::new());
                }
            }
            _ => {}
        }
    }
}

/// What a clipper copies from an author link's title before the name (`View all posts by
/// Chad Spooner`, `More from Jane Roe`).
static AUTHOR_LINK_LEAD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?i:view all (?:posts|articles|stories) by|(?:all )?(?:posts|articles|stories) by|more (?:from|by))\s+")
        .expect("valid regex")
});

/// An Obsidian link's text: `[[Jane Roe]]` → `Jane Roe`, `[[people/Jane Roe|Jane]]` →
/// `Jane`; other text as it is.
fn wiki_link_text(value: &str) -> String {
    let value = value.trim();
    match value.strip_prefix("[[").and_then(|v| v.strip_suffix("]]")) {
        Some(link) => link.rsplit('|').next().unwrap_or(link).to_string(),
        None => value.to_string(),
    }
}

/// An Obsidian embed (`![[photo.png]]`, `![[photo.png|alt]]`), which CommonMark does not
/// know, as a Markdown image.
static WIKI_EMBED: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"!\[\[([^\]|\n]+)(?:\|([^\]\n]*))?\]\]").expect("valid regex"));

/// What the front matter puts in the head of the page a note came from.
struct PageHead<'a> {
    title: Option<&'a str>,
    description: Option<&'a str>,
    language: Option<&'a str>,
}

/// The page a note came from, and the excerpt MarkDownload puts over the text (`> ##
/// Excerpt` / `> …`), taken out of it.
fn page_of(text: &str, page_head: &PageHead) -> (String, Option<String>) {
    let text = WIKI_EMBED.replace_all(text, |caps: &regex::Captures| {
        let alt = caps.get(2).map_or("", |m| m.as_str());
        format!("![{alt}](<{}>)", &caps[1])
    });
    let options = Options::ENABLE_TABLES
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_TASKLISTS;
    let mut body = String::new();
    pulldown_cmark::html::push_html(&mut body, Parser::new_ext(&text, options));

    // Markdown nests as deep as its writer likes (`>>>>…` a hundred thousand quotes deep):
    // bounded as any page's markup is before a parser sees it.
    let page = format!(
        "<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body><article>{body}</article></body></html>"
    );
    let document = Document::from(&*crate::html_limits::bound_for_reading(&page));
    let excerpt = take_excerpt(&document);
    figure_captioned_images(&document);
    let head = document.select("head");
    if let Some(title) = page_head.title {
        head.append_html(format!("<title>{}</title>", escape_html(title)));
    }
    if let Some(description) = page_head.description {
        head.append_html(format!(
            "<meta name=\"description\" content=\"{}\">",
            escape_html(&collapse(description))
        ));
    }
    if let Some(language) = page_head.language {
        document.select("html").set_attr("lang", language);
    }
    (document.html().to_string(), excerpt)
}

/// MarkDownload's excerpt: a quote opening with the heading `Excerpt`, then a rule.
fn take_excerpt(document: &Document) -> Option<String> {
    let quote = document.select("article > blockquote").first();
    let heading = quote.select("h1, h2, h3").first();
    if !quote.exists() || heading.text().trim() != "Excerpt" {
        return None;
    }
    heading.remove();
    let excerpt = collapse(&quote.text());
    let next = quote.next_sibling();
    if next.is("hr") {
        next.remove();
    }
    quote.remove();
    (!excerpt.is_empty()).then_some(excerpt)
}

/// A numbered figure's label opening its caption (`Figure 3.`, `Fig. 2:`, `Abb. 1`).
static FIGURE_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^(?i:figure|fig\.|abbildung|abb\.|figura|grafik|chart|map|table)\s*\d+[a-z]?\s*[.:|—–-]",
    )
    .expect("valid regex")
});

/// An image alone in its paragraph with a short line under it that reads as a caption (set
/// in italics, carrying a credit: `Photo: Reuters`, `(Getty Images)`, numbered: `Figure 3.
/// …`, or the image's alt text again) becomes a figure with that caption, as the page
/// printed it before it was clipped.
fn figure_captioned_images(document: &Document) {
    for paragraph in document.select("article p").nodes() {
        let paragraph = dom_query::Selection::from(*paragraph);
        let images = paragraph.select("img");
        let alone = images.length() == 1 && paragraph.text().trim().is_empty();
        if !alone {
            continue;
        }
        let next = paragraph.next_sibling();
        if !next.is("p") || next.select("img").exists() {
            continue;
        }
        let line = collapse(&next.text());
        let italic = next.children().length() == 1
            && next.children().is("em, i")
            && collapse(&next.children().text()) == line;
        let credited = caption_credit(&line).is_some();
        // Obsidian's clipper writes a figure's caption as the line under its image, and
        // often as the image's alt text too.
        let alt = images.attr("alt").map(|a| collapse(&a)).unwrap_or_default();
        let names_the_image = !alt.is_empty() && alt.to_lowercase() == line.to_lowercase();
        let numbered = FIGURE_LABEL.is_match(&line);
        if line.is_empty()
            || word_count(&line) > MAX_CAPTION_WORDS
            || !(italic || credited || names_the_image || numbered)
        {
            continue;
        }
        let image = images.first().html().to_string();
        let caption = next.inner_html().to_string();
        next.remove();
        paragraph.replace_with_html(format!(
            "<figure>{image}<figcaption>{caption}</figcaption></figure>"
        ));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const P1: &str = "The city council voted on Tuesday to close the old bridge to cars after engineers found cracks in two of its supports.";
    const P2: &str = "Residents had complained for years about the state of the crossing, which carries more than ten thousand vehicles a day.";
    const P3: &str = "The mayor said repairs would start in the spring and last at least eighteen months, with a ferry service in the meantime.";

    /// A note as Obsidian Web Clipper's default template writes it.
    fn obsidian_note() -> String {
        format!(
            r#"---
title: "City Shuts Old Bridge After Cracks Found"
source: "https://citypost.example/news/2026/12/05/bridge-closed"
author:
  - "[[Jane Roe]]"
  - "[[John Poe]]"
published: 2026-12-05
created: 2026-12-06
description: "Engineers found cracks in two supports of the 1911 crossing."
tags:
  - "clippings"
---
{P1}

![The old bridge seen from the river](https://citypost.example/img/bridge.jpg)

*The old bridge seen from the river on Monday. Photo: Anna Lee/City Post*

{P2}

{P3}
"#
        )
    }

    #[test]
    fn an_obsidian_clipping_keeps_what_its_clipper_read() {
        let x = read_markdown(&obsidian_note(), None);
        assert_eq!(x.title, "City Shuts Old Bridge After Cracks Found");
        assert_eq!(
            x.url.as_deref(),
            Some("https://citypost.example/news/2026/12/05/bridge-closed")
        );
        assert_eq!(x.authors, ["Jane Roe", "John Poe"]);
        assert_eq!(
            x.published.as_ref().map(|d| d.normalized.as_str()),
            Some("2026-12-05")
        );
        assert_eq!(
            x.standfirst.as_deref(),
            Some("Engineers found cracks in two supports of the 1911 crossing.")
        );
        for p in [P1, P2, P3] {
            assert!(x.body_text.contains(p), "{}", x.body_text);
        }
        // The image with the italic line under it is a photo with its caption and credit.
        assert_eq!(x.photos.len(), 1, "{:?}", x.photos);
        let photo = &x.photos[0];
        assert_eq!(
            photo.url.as_deref(),
            Some("https://citypost.example/img/bridge.jpg")
        );
        assert_eq!(
            photo.caption.as_deref(),
            Some("The old bridge seen from the river on Monday.")
        );
        assert_eq!(photo.credit.as_deref(), Some("Anna Lee/City Post"));
        assert!(!x.body_text.contains("Anna Lee"), "{}", x.body_text);
        assert_eq!(x.language.as_deref(), Some("en"));
        // The front matter is not text of the article.
        assert!(!x.body_text.contains("clippings"), "{}", x.body_text);
    }

    #[test]
    fn a_markdownload_clipping_gives_its_title_and_excerpt() {
        let note = format!(
            "# City Shuts Old Bridge After Cracks Found\n\n> ## Excerpt\n> Engineers found \
             cracks in two supports.\n\n---\n\n{P1}\n\n{P2}\n\n{P3}\n"
        );
        let x = read_markdown(&note, None);
        assert_eq!(x.title, "City Shuts Old Bridge After Cracks Found");
        assert_eq!(
            x.standfirst.as_deref(),
            Some("Engineers found cracks in two supports.")
        );
        assert!(!x.body_text.contains("Excerpt"), "{}", x.body_text);
        assert!(x.body_text.starts_with(P1), "{}", x.body_text);
    }

    #[test]
    fn a_description_cut_from_the_text_is_no_standfirst() {
        let cut: String = P1.chars().take(70).collect();
        let note =
            format!("---\ntitle: Bridge\ndescription: \"{cut}…\"\n---\n{P1}\n\n{P2}\n\n{P3}\n");
        let x = read_markdown(&note, None);
        assert_eq!(x.standfirst, None);
        assert!(x.body_text.starts_with(P1), "{}", x.body_text);
    }

    #[test]
    fn a_line_repeating_the_images_alt_text_is_its_caption() {
        let note = format!(
            "---\ntitle: Bridge\n---\n{P1}\n\n![The old bridge at dawn](a.jpg)\n\nThe old bridge at \
             dawn\n\n{P2}\n\n{P3}\n"
        );
        let x = read_markdown(&note, None);
        assert_eq!(x.photos.len(), 1);
        assert_eq!(
            x.photos[0].caption.as_deref(),
            Some("The old bridge at dawn")
        );
        assert!(!x.body_text.contains("at dawn"), "{}", x.body_text);
    }

    #[test]
    fn a_numbered_figure_line_is_its_images_caption() {
        let note = format!(
            "---\ntitle: Bridge\n---\n{P1}\n\n![plot](a.jpg)\n\nFigure 2. Traffic on the bridge \
             by hour.\n\n{P2}\n\n{P3}\n"
        );
        let x = read_markdown(&note, None);
        assert_eq!(
            x.photos[0].caption.as_deref(),
            Some("Figure 2. Traffic on the bridge by hour.")
        );
    }

    #[test]
    fn a_plain_paragraph_under_an_image_stays_text() {
        let note = format!("---\ntitle: Bridge\n---\n{P1}\n\n![](a.jpg)\n\n{P2}\n\n{P3}\n");
        let x = read_markdown(&note, None);
        assert_eq!(x.photos.len(), 1);
        assert_eq!(x.photos[0].caption, None);
        assert!(x.body_text.contains(P2), "{}", x.body_text);
    }

    #[test]
    fn front_matter_values_are_read_as_clippers_write_them() {
        let front = FrontMatter::read(
            "Title: 'It''s open'\nsource_url: <https://a.example/x>\nauthor: Jane Roe and John Poe\n\
             date-published: 5 December 2026\nnested:\n  title: not this\nlist: [a, b]\n",
        );
        assert_eq!(front.first(TITLE_KEYS), Some("It's open"));
        assert_eq!(front.address().as_deref(), Some("https://a.example/x"));
        assert_eq!(front.authors(), ["Jane Roe", "John Poe"]);
        let linked = FrontMatter::read("author:\n  - \"[[View all posts by Chad Spooner]]\"\n");
        assert_eq!(linked.authors(), ["Chad Spooner"]);
        assert_eq!(front.first(PUBLISHED_KEYS), Some("5 December 2026"));
        assert_eq!(front.all(&["list"]), ["a", "b"]);
        // Only the top level counts.
        assert_eq!(front.all(TITLE_KEYS).len(), 1);
        // Keys a clipper left empty (`author:` with no one under it) give nothing.
        let empty = FrontMatter::read("author:\npublished:\ndescription:\ntitle: X\n");
        assert!(empty.authors().is_empty(), "{:?}", empty.fields);
        assert_eq!(empty.first(PUBLISHED_KEYS), None);
        assert_eq!(empty.first(TITLE_KEYS), Some("X"));
        // An address that is not a web page's is no address.
        assert_eq!(
            FrontMatter::read("source: obsidian://open?x").address(),
            None
        );
    }

    #[test]
    fn hostile_front_matter_is_read_without_blowing_up() {
        // A "billion laughs": each alias would copy the list before it ten times.
        let mut yaml = String::from("a: &a [x, x, x, x, x, x, x, x, x, x]\n");
        for (name, prev) in ["b", "c", "d", "e", "f", "g", "h", "i", "j"]
            .iter()
            .zip(["a", "b", "c", "d", "e", "f", "g", "h", "i"])
        {
            let refs = vec![format!("*{prev}"); 10].join(", ");
            yaml.push_str(&format!("{name}: &{name} [{refs}]\n"));
        }
        yaml.push_str("title: Still read\n");
        let front = FrontMatter::read(&yaml);
        assert_eq!(front.first(TITLE_KEYS), Some("Still read"));
        assert!(front.all(&["j"]).is_empty());
        // Broken YAML keeps what came before the break; deep nesting is refused, not overflowed.
        let broken = FrontMatter::read("title: Kept\nauthor: [unclosed\n");
        assert_eq!(broken.first(TITLE_KEYS), Some("Kept"));
        let deep = format!(
            "title: Deep\nx: {}{}\n",
            "[".repeat(100_000),
            "]".repeat(100_000)
        );
        assert_eq!(FrontMatter::read(&deep).first(TITLE_KEYS), Some("Deep"));
    }

    #[test]
    fn markdown_nested_a_hundred_thousand_deep_is_read_with_its_text() {
        let note = format!(
            "---\ntitle: Deep\n---\n{} deep text\n\n{P1}\n",
            ">".repeat(100_000)
        );
        let x = read_markdown(&note, None);
        assert_eq!(x.title, "Deep");
        assert!(x.body_text.contains("deep text"), "{}", x.body_text);
        assert!(x.body_text.contains(P1), "{}", x.body_text);
    }

    #[test]
    fn scripts_in_a_note_never_reach_the_body() {
        let note = format!(
            "---\ntitle: Bridge\n---\n{P1}\n\n<script>alert(1)</script>\n\n<img src=x \
             onerror=alert(2)>\n\n[click](javascript:alert(3))\n\n{P2}\n\n{P3}\n"
        );
        let x = read_markdown(&note, None);
        let stored = crate::sanitize::sanitize_body(&x.body_html, None);
        for bad in ["<script", "alert(1)", "onerror", "javascript:"] {
            assert!(!stored.contains(bad), "{bad} in {stored}");
        }
        assert!(stored.contains(P2), "{stored}");
    }

    #[test]
    fn only_a_block_at_the_very_top_is_front_matter() {
        assert!(looks_like_clipping("---\ntitle: A\n---\ntext"));
        assert!(looks_like_clipping(
            "---\nsource: https://a.example/\n...\ntext"
        ));
        // A rule in a text, a block naming no article, an unclosed block.
        assert!(!looks_like_clipping("Intro\n---\ntitle: A\n---\n"));
        assert!(!looks_like_clipping("---\ntags: [a]\n---\ntext"));
        assert!(!looks_like_clipping("---\ntitle: A\ntext goes on"));
    }

    #[test]
    fn a_note_without_front_matter_is_told_from_a_pages_text() {
        // Notes: a `#` heading with Markdown under it.
        assert!(looks_like_markdown(&format!(
            "# Bridge closes\n\n{P1} [The report](https://council.example/report)\n"
        )));
        assert!(looks_like_markdown(&format!(
            "\u{feff}\n## Bridge closes\n\n{P1}\n\n![Bridge](bridge.jpg)\n"
        )));
        assert!(looks_like_markdown(&format!(
            "# Bridge closes\n\n{P1}\n\n## What happens next\n\n{P2}\n"
        )));
        assert!(looks_like_markdown(&format!(
            "# Bridge closes\n\nThe **council** voted.\n\n{P2}\n"
        )));
        assert!(looks_like_markdown("---\ntitle: A\n---\ntext"));
        // A page's text: plain headings and links, hashtags, a heading with nothing under it
        // that only Markdown writes, Markdown's marks in a line that is no heading.
        assert!(!looks_like_markdown(&format!(
            "Bridge closes\n\n{P1}\n\nThe report (council.example/report)\n"
        )));
        assert!(!looks_like_markdown(&format!(
            "#Bridge #Council\n\n{P1} [The report](https://council.example/report)\n"
        )));
        assert!(!looks_like_markdown(&format!(
            "# Bridge closes\n\n{P1}\n\n{P2}\n"
        )));
        assert!(!looks_like_markdown(&format!(
            "Bridge closes\n\n{P1}\n\n## What happens next\n\n**{P2}**\n"
        )));
        assert!(!looks_like_markdown(""));
    }

    #[test]
    fn no_page_copied_out_of_a_browser_is_taken_for_a_note() {
        let Some(clippings) = crate::test_corpus::readability_clippings() else {
            return;
        };
        assert!(clippings.len() > 100, "{} clippings", clippings.len());
        for (path, text) in clippings {
            assert!(!looks_like_markdown(&text), "{}", path.display());
        }
    }

    #[test]
    fn a_pasted_note_is_read_as_markdown() {
        let note = format!(
            "# Bridge closes to lorries\n\n{P1}\n\n![The old bridge](https://council.example/bridge.jpg)\n\n\
             *The old bridge at dawn. Photo: Jane Roe/Council*\n\n{P2} See [the report](https://council.example/report).\n\n{P3}\n"
        );
        let request = crate::capture::ImportRequest::pasted_text(&note);
        assert_eq!(request.format, crate::capture::Format::Markdown);
        let x = crate::capture::extract(&request).expect("note");
        assert_eq!(x.title, "Bridge closes to lorries");
        assert!(
            !x.body_text.contains("**") && !x.body_text.contains("]("),
            "{}",
            x.body_text
        );
        assert!(x.body_text.contains("See the report."), "{}", x.body_text);
        assert_eq!(x.photos.len(), 1, "{:?}", x.photos);
        assert_eq!(
            x.photos[0].caption.as_deref(),
            Some("The old bridge at dawn.")
        );
        assert_eq!(x.photos[0].credit.as_deref(), Some("Jane Roe/Council"));
        // A page's text pasted stays the text reader's.
        let text = format!("Bridge closes to lorries\n\n{P1}\n\n{P2}\n");
        assert_eq!(
            crate::capture::ImportRequest::pasted_text(&text).format,
            crate::capture::Format::Text
        );
    }

    #[test]
    fn a_notes_tags_are_read_as_tag_paths() {
        let tags = |front: &str| read_markdown(&format!("---\n{front}\n---\n{P1}\n"), None).tags;
        assert_eq!(
            tags("tags:\n  - clippings\n  - \"#news/Ukraine\"\n  - \"[[Kosovo]]\"\n  - Read later"),
            ["clippings", "news/Ukraine", "Kosovo", "Read later"]
        );
        assert_eq!(
            tags("tags: [clippings, \" news / world \"]"),
            ["clippings", "news/world"]
        );
        // One text: split at commas, else at spaces (Obsidian's older form).
        assert_eq!(
            tags("tags: clippings, Read later"),
            ["clippings", "Read later"]
        );
        assert_eq!(tags("tags: \"#news #politics\""), ["news", "politics"]);
        // Once each, in any case; empty levels and empty tags go; `tag` is read too.
        assert_eq!(
            tags("tags: [News, news, \"//\", \"a//b/\"]\ntag: extra"),
            ["News", "a/b", "extra"]
        );
        // A tag too long to be one, a nested mapping, none at all.
        assert!(tags(&format!("tags: [{}]", "x".repeat(200))).is_empty());
        assert!(tags("tags:\n  a: b").is_empty());
        assert!(tags("title: A").is_empty());
        let many: Vec<String> = (0..500).map(|i| format!("t{i}")).collect();
        assert_eq!(
            tags(&format!("tags: [{}]", many.join(", "))).len(),
            MAX_TAGS
        );
    }

    #[test]
    fn obsidian_embeds_are_images() {
        let dir = tempfile::tempdir().unwrap();
        let png = crate::capture::test_server::png();
        std::fs::write(dir.path().join("bridge photo.png"), &png).unwrap();
        let note =
            format!("---\ntitle: Bridge\n---\n{P1}\n\n![[bridge photo.png]]\n\n{P2}\n\n{P3}\n");
        let x = read_markdown(&note, Some(dir.path()));
        assert_eq!(x.photos.len(), 1, "{:?}", x.photos);
        assert_eq!(x.photos[0].bytes.as_deref(), Some(png.as_slice()));
    }
}
