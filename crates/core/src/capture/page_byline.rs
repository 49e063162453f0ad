//! The byline a saved page marks in ways Readability does not read.
//!
//! Readability takes the first element whose class or id says `byline` or `author`
//! (`rel="author"`, `itemprop="author"` too) and whose text is under 100 characters. Pages
//! built from components mark theirs otherwise: `data-component="Byline"` (the BBC),
//! `data-testid="AuthorURL"` or `data-testid="byline"`, `data-qa="author-name"` (the
//! Washington Post), an `<author>` element, a class naming the writer
//! (`wrapper--detail__writer`) or an author in another language (`<span
//! class="auteurs">`), Drupal's `Submitted by <span class="username">`; and a byline of many
//! writers runs past 100 characters (`<span itemprop="author name">Shannon Deery, Mitch
//! Clarke, … </span>`). [`PageBylines::read`] finds such a mark for a page on which neither Readability
//! nor the page's metadata named an author ([`Marks::Unread`]), or any author mark, the
//! ones Readability reads too, for a page whose metadata names only the site, which
//! Readability then takes for the byline ([`Marks::All`]). It takes the first one within
//! [`MAX_TEXT_AFTER_HEADLINE`] characters after the headline
//! (a deck and a photo's caption may come between), else the nearest before it, outside
//! the site's masthead; on a page without a headline, the first. A mark that belongs to
//! something else is never read: a reader's comment, a related article's card, a sidebar,
//! navigation, an embedded post ([`Headline::belongs_elsewhere`]).

use std::collections::HashSet;
use std::sync::LazyLock;

use dom_query::{Document, Matcher, NodeId, NodeRef, Selection};

use super::page_dates::{text_offsets, text_within, Headline, MAX_TEXT_BEFORE_HEADLINE};
use super::text::{collapse, introduced_byline, is_name};

/// Elements that may be bylines Readability does not see; [`byline_text`] checks what a
/// selector cannot (a class word, the length of an `itemprop` byline).
const UNREAD_MARKS_SELECTOR: &str = r#"[data-component*="byline" i], [data-testid*="byline" i],
    [data-testid*="author" i], [data-qa*="byline" i], [data-qa*="author" i], author,
    [class*="writer" i], [id*="writer" i], [class*="autor" i], [class*="auteur" i],
    [itemprop~="author"], .submitted .username"#;

/// [`UNREAD_MARKS_SELECTOR`] and those Readability reads (`.byline`, `.author`, `rel="author"`).
const ALL_MARKS_SELECTOR: &str = r#"[data-component*="byline" i], [data-testid*="byline" i],
    [data-testid*="author" i], [data-qa*="byline" i], [data-qa*="author" i], author,
    [class*="writer" i], [id*="writer" i], [class*="autor" i], [class*="auteur" i],
    [itemprop~="author"], .submitted .username, [class*="byline" i], [id*="byline" i],
    [class*="author" i], [id*="author" i], [rel~="author"]"#;

/// Which author marks [`PageBylines::marked`] gives.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Marks {
    /// Only those Readability does not read: for a page on which it found no byline.
    Unread,
    /// Readability's too: for a page whose metadata names only the site (an
    /// `Organization` as JSON-LD's author), where Readability reads the metadata and not
    /// the page's byline.
    All,
}

/// Class words (split at `-` and `_`) that name an author in other languages:
/// `dates_auteurs`, `article-autor`.
const AUTHOR_WORDS: [&str; 10] = [
    "autor", "autoren", "autorin", "autores", "autore", "autori", "auteur", "auteurs", "auteure",
    "autorzy",
];

/// How much text (characters, white space aside) may stand between the headline and its
/// byline: a deck, a photo's caption and credit.
const MAX_TEXT_AFTER_HEADLINE: usize = 1_500;

/// Most characters of a byline: seven names and their commas fit.
const MAX_BYLINE_CHARS: usize = 300;

/// Readability's limit: a byline it read is shorter.
const READABILITY_BYLINE_CHARS: usize = 100;

/// The page's byline marks, read once: their texts, the likeliest first, as the page
/// prints them (`By Jenny Smith`), for the caller to clean as it cleans Readability's and
/// take the first that stays.
#[derive(Debug, Default)]
pub struct PageBylines {
    /// Each mark's text, and whether it is one Readability does not read
    /// ([`Marks::Unread`]).
    marks: Vec<(String, bool)>,
    /// Whether the page has a headline (the marks are then those near it).
    has_headline: bool,
}

impl PageBylines {
    /// Reads the marks of `doc`, whose headline is `headline`, in one selection: those
    /// after the headline (within [`MAX_TEXT_AFTER_HEADLINE`]) in the page's order, then
    /// those before it (within [`MAX_TEXT_BEFORE_HEADLINE`], outside the masthead), nearest
    /// first; on a page without a headline, all in the page's order.
    pub fn read(doc: &Document, headline: &Headline) -> PageBylines {
        let marks: Vec<(NodeRef, String, bool)> = doc
            .select_matcher(&ALL_MARKS)
            .nodes()
            .iter()
            .filter_map(|node| {
                let (text, unread) = byline_text(node)?;
                let unread = unread && node.is_match(&UNREAD_MARKS);
                Some((*node, text, unread))
            })
            // Not a photographer's credit in a figure (unless the figure is the author's
            // card), nor a box around the headline itself.
            .filter(|(node, _, _)| {
                !headline.belongs_elsewhere(node) && !headline.holds(node.id) && !in_a_figure(node)
            })
            .collect();
        let marks = with_listed_coauthors(marks);
        let Some(at) = headline.at else {
            return PageBylines {
                marks: marks.into_iter().map(|(_, t, u)| (t, u)).collect(),
                has_headline: false,
            };
        };
        if marks.is_empty() {
            return PageBylines {
                marks: Vec::new(),
                has_headline: true,
            };
        }
        let offsets = text_offsets(doc, marks.iter().map(|(node, _, _)| node.id).chain([at]));
        let offset = |id| offsets.get(&id).copied().unwrap_or(0);
        let headline_offset = offset(at);
        let after = marks.iter().filter(|(node, _, _)| {
            node.id > at
                && offset(node.id).saturating_sub(headline_offset) <= MAX_TEXT_AFTER_HEADLINE
        });
        let before = marks.iter().rev().filter(|(node, _, _)| {
            node.id < at
                && !headline.in_masthead(node)
                && headline_offset.saturating_sub(offset(node.id)) <= MAX_TEXT_BEFORE_HEADLINE
        });
        PageBylines {
            marks: after
                .chain(before)
                .map(|(_, text, unread)| (text.clone(), *unread))
                .collect(),
            has_headline: true,
        }
    }

    /// The texts of the marks `which` names, the likeliest first.
    pub fn marked(&self, which: Marks) -> impl Iterator<Item = &str> {
        self.marks
            .iter()
            .filter(move |(_, unread)| which == Marks::All || *unread)
            .map(|(text, _)| text.as_str())
    }

    /// The texts of all the marks near the page's headline ([`Marks::All`]), the likeliest
    /// first; none on a page without a headline.
    pub fn near_headline(&self) -> impl Iterator<Item = &str> {
        self.marks
            .iter()
            .filter(|_| self.has_headline)
            .map(|(text, _)| text.as_str())
    }
}

/// Most characters of one co-author's mark in a list of them.
const MAX_LISTED_AUTHOR_CHARS: usize = 80;

/// Most co-authors read from one list.
const MAX_LISTED_AUTHORS: usize = 10;

/// Marks in the items of one list name co-authors (ABC News's `<ul class="authors"><li>By
/// Josh Haskell …</li><li>David Caplan …</li><li>PATRICK REEVELL</li></ul>`): the first mark
/// of each item (an item may hold more: the writer's card, `More from Josh`), joined with
/// commas, stands as one mark where the first stood.
fn with_listed_coauthors<'a>(
    marks: Vec<(NodeRef<'a>, String, bool)>,
) -> Vec<(NodeRef<'a>, String, bool)> {
    let item_of = |node: &NodeRef<'a>| -> Option<(NodeId, NodeRef<'a>)> {
        std::iter::once(*node)
            .chain(node.ancestors_it(Some(3)))
            .find(|n| n.has_name("li"))
            .and_then(|li| {
                let list = li.parent()?;
                (list.has_name("ul") || list.has_name("ol")).then_some((li.id, list))
            })
    };
    let mut out: Vec<(NodeRef<'a>, String, bool)> = Vec::with_capacity(marks.len());
    // Each list, its mark's place in `out`, and the items read from it.
    let mut lists: Vec<(NodeRef<'a>, usize, HashSet<NodeId>)> = Vec::new();
    // Only names are joined (`By Jane Doe`, `David Caplan`): a list may also hold the date
    // (`<li class="byline__date">June 3, 2024</li>`).
    let names_only = |text: &str| {
        text.chars().count() <= MAX_LISTED_AUTHOR_CHARS
            && (is_name(text) || introduced_byline(text).is_some())
    };
    for (node, text, unread) in marks {
        if let Some((item, list)) = item_of(&node) {
            if let Some((_, at, items)) = lists.iter_mut().find(|(l, _, _)| l.id == list.id) {
                if items.contains(&item) {
                    continue; // the writer's card after the name in the same item
                }
                // (Once joined, the first item was a name.)
                let first_a_name = items.len() > 1 || names_only(&out[*at].1);
                if items.len() < MAX_LISTED_AUTHORS && first_a_name && names_only(&text) {
                    items.insert(item);
                    out[*at].1.push_str(", ");
                    out[*at].1.push_str(&text);
                    continue;
                }
            } else {
                lists.push((list, out.len(), HashSet::from([item])));
            }
        }
        out.push((node, text, unread));
    }
    // A mark around a list of co-authors (`<ul class="authors">`) gives its items' texts
    // run together: the joined mark stands for it.
    let around_lists: HashSet<NodeId> = lists
        .iter()
        .filter(|(_, _, items)| items.len() > 1)
        .flat_map(|(list, _, _)| {
            let mut around = list.ancestors(Some(3));
            around.push(*list);
            around
        })
        .map(|n| n.id)
        .collect();
    out.retain(|(node, _, _)| !around_lists.contains(&node.id));
    out
}

/// How much text (characters, white space aside) after the headline is searched for a
/// byline no markup names: a deck and a kicker fit, the article's text does not.
const MAX_TEXT_BEFORE_UNMARKED_BYLINE: usize = 600;

/// Longest line read as an unmarked byline (characters).
const MAX_UNMARKED_BYLINE_CHARS: usize = 160;

/// The byline a page prints under its headline with no markup naming it (Prospect's
/// `by Duncan Bell / January 19, 2017 /`, a bare line of its header): the first short line
/// within [`MAX_TEXT_BEFORE_UNMARKED_BYLINE`] characters after the headline that opens
/// with its `By` ([`introduced_byline`]), outside what belongs elsewhere, data tables (a
/// wiki's infobox, `Written by …`) and figures (`By Jane Roe/AP`); as its byline and
/// authors. A line is a text of its own, or the text of its element or the one around it
/// (`<li>by</li><li>Jane Doe</li>`).
pub fn unmarked(doc: &Document, headline: &Headline) -> Option<(String, Vec<String>)> {
    let at = headline.at?;
    let end = doc
        .tree
        .get(&at)?
        .descendants_it()
        .last()
        .map_or(at, |last| last.id);
    let mut seen = 0;
    for node in doc.root().descendants_it() {
        if node.id <= end || !node.is_text() {
            continue;
        }
        let Some(parent) = node.parent() else {
            continue;
        };
        if ["script", "style", "noscript", "template"]
            .iter()
            .any(|name| parent.has_name(name))
        {
            continue;
        }
        let own = collapse(&node.text());
        if own.is_empty() {
            continue;
        }
        if seen > MAX_TEXT_BEFORE_UNMARKED_BYLINE {
            return None;
        }
        seen += own.chars().count();
        // Not another's box, a data table (a wiki's infobox), or a photo's credit.
        if headline.belongs_elsewhere(&parent)
            || headline.in_data_table(&parent)
            || in_a_figure(&parent)
        {
            continue;
        }
        let lines = std::iter::once(Some(own))
            .chain(
                std::iter::once(parent)
                    .chain(parent.parent())
                    // A big element's text is not read to its end.
                    .map(|e| text_within(&e, 4 * MAX_UNMARKED_BYLINE_CHARS)),
            )
            .map_while(|line| line.filter(|l| l.chars().count() <= MAX_UNMARKED_BYLINE_CHARS));
        for line in lines {
            if let Some((byline, authors, _)) = introduced_byline(&line) {
                return Some((byline, authors));
            }
        }
    }
    None
}

/// A selector of this module, compiled once.
fn matcher(selector: &str) -> Matcher {
    Matcher::new(selector).expect("valid selector")
}

static UNREAD_MARKS: LazyLock<Matcher> = LazyLock::new(|| matcher(UNREAD_MARKS_SELECTOR));
static ALL_MARKS: LazyLock<Matcher> = LazyLock::new(|| matcher(ALL_MARKS_SELECTOR));

/// Whether `node` stands in a `<figure>` that is not an author's card (a photo's credit).
fn in_a_figure(node: &NodeRef) -> bool {
    std::iter::once(*node)
        .chain(node.ancestors_it(None))
        .any(|n| {
            (n.has_name("figure") || n.has_name("figcaption"))
                && !n
                    .attr("class")
                    .is_some_and(|c| c.to_lowercase().contains("author"))
        })
}

/// The text of a byline mark, or `None` when `node` is none (a box holding more than a
/// byline, an empty one), and whether it may be one of [`Marks::Unread`]: not when its
/// class only contains `writer` (`typewriter`), nor when it is an `itemprop="author"`
/// byline short enough for Readability. A schema.org Person card (`itemprop="author"` with
/// its `name` inside) gives its names.
fn byline_text(node: &NodeRef) -> Option<(String, bool)> {
    // A byline is a line: a box of 50 elements holds more.
    if node.descendants_it().nth(50).is_some() {
        return None;
    }
    let names: Vec<String> = Selection::from(*node)
        .select("[itemprop~='name']")
        .iter()
        .map(|n| collapse(&n.text()))
        .filter(|n| !n.is_empty())
        .collect();
    let whole = collapse(&node.text());
    // What Readability measured: the element's whole text.
    let whole_chars = whole.chars().count();
    let text = if node.attr("itemprop").is_some() && !names.is_empty() {
        names.join(", ")
    } else {
        whole
    };
    let chars = text.chars().count();
    if chars == 0 || chars > MAX_BYLINE_CHARS || !text.chars().any(char::is_alphabetic) {
        return None;
    }
    let by_attribute = |key: &str, words: &[&str]| {
        node.attr(key).is_some_and(|value| {
            value.split_whitespace().any(|token| {
                token
                    .split(['-', '_'])
                    .any(|part| words.iter().any(|w| part.eq_ignore_ascii_case(w)))
            })
        })
    };
    let names_a_byline = |key: &str| {
        node.attr(key).is_some_and(|value| {
            let value = value.to_lowercase();
            value.contains("byline") || value.contains("author")
        })
    };
    let unread = node.has_name("author")
        || ["data-component", "data-testid", "data-qa"]
            .iter()
            .any(|key| names_a_byline(key))
        || by_attribute("class", &["writer", "writers"])
        || by_attribute("id", &["writer", "writers"])
        || by_attribute("class", &AUTHOR_WORDS)
        // Drupal's `Submitted by <span class="username">jdoe</span> on …`.
        || by_attribute("class", &["username"])
        || (by_attribute("itemprop", &["author"]) && whole_chars >= READABILITY_BYLINE_CHARS);
    Some((text, unread))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read_marks(body: &str, which: Marks) -> Option<String> {
        let page = format!("<html><body>{body}</body></html>");
        let doc = Document::from(page.as_str());
        PageBylines::read(&doc, &Headline::find(&doc))
            .marked(which)
            .next()
            .map(str::to_string)
    }

    fn byline(body: &str) -> Option<String> {
        read_marks(body, Marks::Unread)
    }

    #[test]
    fn marks_in_the_items_of_one_list_are_co_authors() {
        let doc = Document::from(
            "<html><body><article><h1>Putin's grudge, Clinton says</h1><ul class='authors'>\
             <li><div rel='author' class='author'><span>By</span> Josh Haskell</div><div \
             class='author-overlay'><a class='author-info' href='/j'>More from Josh</a></div></li>\
             <li><div rel='author' class='author'>David Caplan</div></li>\
             <li><div rel='author' class='author'>PATRICK REEVELL</div></li></ul>\
             <p>The former candidate spoke at an event in New York on Thursday.</p>\
             </article></body></html>",
        );
        let bylines = PageBylines::read(&doc, &Headline::find(&doc));
        assert_eq!(
            bylines.near_headline().next(),
            Some("By Josh Haskell, David Caplan, PATRICK REEVELL")
        );
        // A date in the list is no co-author.
        let doc = Document::from(
            "<html><body><article><h1>Putin's grudge, Clinton says</h1>\
             <ul class='article-byline'><li class='article-byline__date'>June 3, 2024</li>\
             <li class='article-byline__author'>By Jane Doe</li></ul>\
             <p>The former candidate spoke at an event in New York on Thursday.</p>\
             </article></body></html>",
        );
        let bylines = PageBylines::read(&doc, &Headline::find(&doc));
        assert!(
            bylines.near_headline().any(|b| b == "By Jane Doe"),
            "{:?}",
            bylines.near_headline().collect::<Vec<_>>()
        );
    }

    #[test]
    fn a_bare_by_line_under_the_headline_is_an_unmarked_byline() {
        let unmarked_in = |body: &str| {
            let doc = Document::from(format!("<html><body>{body}</body></html>").as_str());
            unmarked(&doc, &Headline::find(&doc)).map(|(byline, _)| byline)
        };
        let header = |line: &str| {
            format!(
                "<h2 class='page-title'>The Anglosphere: an old dream</h2><div \
                 class='post-info'><h3 class='page-subtitle'>Brexiters are indulging in an \
                 old fantasy</h3> {line} <a href='#respond'>Leave a comment</a></div><p>It \
                 is a strange time for the idea, and a stranger place.</p>"
            )
        };
        assert_eq!(
            unmarked_in(&header("by Duncan Bell / January 19, 2017 /")).as_deref(),
            Some("Duncan Bell")
        );
        // Its `By` in an element of its own (`<li>by</li><li>Jane Doe</li>`).
        assert_eq!(
            unmarked_in(&header(
                "<ul><li>by </li><li><a href='/a/jp'>John Pullen</a></li></ul>"
            ))
            .as_deref(),
            Some("John Pullen")
        );
        // A line without its `By`, a sentence, a wiki's infobox, the text further on.
        assert_eq!(unmarked_in(&header("Duncan Bell / January 19, 2017")), None);
        assert_eq!(
            unmarked_in(&header("By the time the vote came, most had left")),
            None
        );
        assert_eq!(
            unmarked_in(&header(
                "<table><tr><th>Manga</th></tr><tr><td>Written by Hideyuki Kurata</td></tr></table>"
            )),
            None
        );
        assert_eq!(
            unmarked_in(&header(
                "<figure><img src='a.jpg'><figcaption>Crowds in Kyiv <span>By Jane Roe</span>\
                 </figcaption></figure>"
            )),
            None
        );
        let far = header(&format!(
            "{} by Duncan Bell",
            "<p>Text of the article.</p>".repeat(40)
        ));
        assert_eq!(unmarked_in(&far), None);
    }

    #[test]
    fn authors_in_other_languages_and_drupals_user_names_are_marks() {
        assert_eq!(
            byline(
                r#"<h1>Turpitude et architecture</h1><div class="dates_auteurs">par <span class="auteurs">Didier Roy</span>, 21 juin 2018</div>"#
            )
            .as_deref(),
            Some("par Didier Roy, 21 juin 2018")
        );
        assert_eq!(
            byline(
                r#"<h1>FairCoin beim Sommercamp</h1><div class="submitted">Gespeichert von <span class="username">rasos</span> am 24. Juli 2017</div>"#
            )
            .as_deref(),
            Some("rasos")
        );
        // Not a word of the class: `autoresize`.
        assert_eq!(
            byline(
                r#"<h1>A headline here</h1><textarea class="autoresize">Jenny Smith</textarea>"#
            ),
            None
        );
    }

    #[test]
    fn all_marks_include_those_readability_reads() {
        let page = r#"<h1>Ravenous wild goats ruled this island</h1><div class="sharekit__contributors--author">By <span>Michael Hingston</span></div>"#;
        assert_eq!(read_marks(page, Marks::Unread), None);
        assert_eq!(
            read_marks(page, Marks::All).as_deref(),
            Some("By Michael Hingston")
        );
    }

    #[test]
    fn component_marks_name_the_writer() {
        assert_eq!(
            byline(r#"<h1>A headline here</h1><div data-component="Byline">Jenny Smith</div>"#)
                .as_deref(),
            Some("Jenny Smith")
        );
        assert_eq!(
            byline(
                r#"<h1>A headline here</h1><div><strong><a data-testid="AuthorURL" href="/by/p5">Jenny Smith</a></strong></div>"#
            )
            .as_deref(),
            Some("Jenny Smith")
        );
        assert_eq!(
            byline(r#"<h1>A headline here</h1><author>Jenny Smith</author>"#).as_deref(),
            Some("Jenny Smith")
        );
        assert_eq!(
            byline(
                r#"<h1>A headline</h1><span class="wrapper--detail__writer">Jenny Smith</span>"#
            )
            .as_deref(),
            Some("Jenny Smith")
        );
        let many = "Shannon Deery, Mitch Clarke, Susie O’Brien, Laura Placella, Kara Irving, \
                    Jordy Atkinson, Suzan Delibasic";
        assert_eq!(
            byline(&format!(
                r#"<h1>A headline here</h1><span itemprop="author name">{many}</span>"#
            ))
            .as_deref(),
            Some(many)
        );
    }

    #[test]
    fn what_readability_reads_or_no_byline_is_left_alone() {
        // Readability reads a short `itemprop="author"` itself.
        assert_eq!(
            byline(r#"<h1>A headline here</h1><span itemprop="author">Jenny Smith</span>"#),
            None
        );
        // A class that only contains the word.
        assert_eq!(
            byline(r#"<h1>A headline here</h1><p class="typewriter">Jenny Smith</p>"#),
            None
        );
        // A box holding the article.
        let paragraphs = "<p>Text of the article.</p>".repeat(60);
        assert_eq!(
            byline(&format!(
                r#"<div data-component="byline-block"><h1>A headline here</h1>{paragraphs}</div>"#
            )),
            None
        );
    }

    #[test]
    fn marks_that_belong_elsewhere_or_stand_far_from_the_headline_are_not_the_articles() {
        let text = "<p>Paragraph of the article that runs long enough to count.</p>".repeat(40);
        // A related article's card, a comment.
        assert_eq!(
            byline(&format!(
                r#"<h1>A headline here</h1>{text}<div class="related"><a data-testid="AuthorURL">Jane Roe</a></div>"#
            )),
            None
        );
        assert_eq!(
            byline(
                r#"<h1>A headline here</h1><div class="comments"><author>Jane Roe</author></div>"#
            ),
            None
        );
        // A photographer's credit in a figure, a box around the headline.
        assert_eq!(
            byline(
                r#"<h1>Police arrest a suspect</h1><figure><img src="a.jpg"><figcaption>The scene <span class="bild-autor">Foto: Jane Roe</span></figcaption></figure><p>Text.</p>"#
            ),
            None
        );
        assert_eq!(
            byline(
                r#"<div class="writer-block"><h1>Council votes to close pool</h1><p>By Jane Doe</p></div>"#
            ),
            None
        );
        // A Person card gives its name, not its biography.
        assert_eq!(
            byline(&format!(
                r#"<h1>A headline here</h1><div itemprop="author" itemscope><span itemprop="name">Jane Doe</span> <span itemprop="description">{}</span></div>"#,
                "Jane writes about the council and the harbour. ".repeat(3)
            ))
            .as_deref(),
            Some("Jane Doe")
        );
        // A card far below the article, whatever its class.
        assert_eq!(
            byline(&format!(
                r#"<h1>A headline here</h1>{text}<div class="card"><a data-testid="AuthorURL">Jane Roe</a></div>"#
            )),
            None
        );
        // The byline under the headline wins over one further down; one above it counts
        // when none is under it, unless it is in the masthead.
        assert_eq!(
            byline(&format!(
                r#"<h1>A headline here</h1><author>Jenny Smith</author>{text}<author>Jane Roe</author>"#
            ))
            .as_deref(),
            Some("Jenny Smith")
        );
        assert_eq!(
            byline(r#"<author>Jenny Smith</author><h1>A headline here</h1><p>Text.</p>"#)
                .as_deref(),
            Some("Jenny Smith")
        );
        assert_eq!(
            byline(
                r#"<header><a data-testid="author-login">Sign in</a></header><h1>A headline here</h1><p>Text.</p>"#
            ),
            None
        );
    }
}
