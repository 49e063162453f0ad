//! When a saved page says it was published and last changed: the date cascade over a
//! page's markup, beside the JSON-LD and Open Graph dates Readability reads.
//!
//! Many pages, blogs above all, carry no machine-readable date; a reader still sees one
//! under the headline. [`read`] looks, in this order, and the first source that gives a
//! date wins (for publication and for modification separately):
//!
//! 1. `<meta>` tags: `article:published_time`, Dublin Core (`DC.date.issued`,
//!    `dcterms.created`), `pubdate`, `publish-date`, `sailthru.date`, `parsely-pub-date`,
//!    `citation_publication_date`, `date`, … (`article:modified_time`, `og:updated_time`,
//!    `dcterms.modified`, `last-modified` for changes), read from `content` (or, on a
//!    tag without one, `datetime`), compact timestamps too (`og:regDate` `20210820030646`);
//! 2. schema.org microdata on any element (`itemprop="datePublished"`, read from its
//!    `datetime`, `content` or `title`, then its text);
//! 3. a date in the page's address (`/2012/05/11/`, `2019-06-28`), which is exact to the
//!    day;
//! 4. the first dated page furniture after the headline: a `<time>`, or a short element
//!    whose class or id names a date (`date`, `datum`, `posted-on`, `byline`, `post-meta`,
//!    Drupal's `submitted`, …) and whose attribute (a script's `data-published` too) or
//!    text holds one ([`find_date_in`]), or
//!    any element opening with a blog's sentence under its post (`This entry was posted on
//!    …`, `Dieser Artikel wurde am …`, see [`post_meta_date`]); only for a page that gave
//!    no publication date in steps 1–3, or only its day: that day then stays, and takes its
//!    time from here when the furniture prints the same day with one, before any update.
//! 5. the dateline under the headline that no markup names (`<small>Donnerstag, 15.2.2018,
//!    19:51</small>`): the first short line within [`MAX_TEXT_BEFORE_DATELINE`] characters
//!    after it (on a page with no headline, from the top of its body) that reads as a date
//!    line, as the text reader reads a pasted page's lines, or a paragraph opening with its
//!    date (`(18.01.2018) Deutschlands Landwirte …`); a definition list's date (`<dt>Datum</dt><dd>12.01.2017</dd>`) counts even in an
//!    `<aside>` with no heading of its own.
//! 6. the dated furniture nearest before the headline (a date above the title), outside
//!    the site's masthead: last, because a site's header may print today's date.
//!
//! A page in English of no region (`lang="en"`, or none) on a country domain where dates are
//! written day first (`.co.uk`, `.ie`, `.com.au`, `.in`, …) reads its slashed dates so.
//!
//! Steps 4 to 6 skip what belongs to someone else: comments, sidebars, widgets,
//! related-article teasers (whose `<time pubdate>` marks *their* date), navigation and
//! embedded posts (`<blockquote>`); step 5 also skips data tables (a wiki's infobox). The
//! headline is the page's `<h1>` (or an element classed as one; never a widget's or the
//! footer's title), else the `<h2>`/`<h3>` its `<title>` names, which also wins over an
//! `<h1>` around the site's logo.

use std::collections::{HashMap, HashSet};
use std::sync::LazyLock;

use dom_query::{Document, NodeId, NodeRef, Selection};
use regex::Regex;

use super::dates::{
    day_with_time, find_date_in, names_a_date, opening_dateline, parse_compact_date, parse_date,
    DateRole, UPDATE_WORD,
};
use super::extracted::DateValue;
use super::text::{collapse, introduced_byline, opens_post_meta, post_meta_date, word_count};

/// The dates a page gives for itself.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct PageDates {
    /// First publication.
    pub published: Option<DateValue>,
    /// Last change.
    pub modified: Option<DateValue>,
}

/// `<meta>` names (`property`, `name` or `itemprop`, lower case) that give the publication
/// date: the common ones first, then those htmldate (Barbaresi's date extractor) collected
/// from news sites (`cXenseParse:recs:publishtime`, `bt:pubdate`, `rbpubdate`, …). Its
/// loosest (`meta`, `timestamp`, `gentime`: when the page was generated) are left out.
const META_PUBLISHED: [&str; 65] = [
    "article:published_time",
    "og:published_time",
    "published_time",
    "datepublished",
    "datecreated",
    "dc.date.issued",
    "dcterms.issued",
    "dc.issued",
    "dcterms.created",
    "dc.date.created",
    "pubdate",
    "publishdate",
    "publish-date",
    "publish_date",
    "publication_date",
    "sailthru.date",
    "parsely-pub-date",
    "citation_publication_date",
    "citation_date",
    "dc.date",
    "dcterms.date",
    "date",
    "creation_date",
    "analyticsattributes.articledate",
    "article.created",
    "article_date_original",
    "article:post_date",
    "article.published",
    "article:published",
    "article:published_date",
    "article:publicationdate",
    "bt:pubdate",
    "content_create_date",
    "cxenseparse:recs:publishtime",
    "date_created",
    "date_published",
    "dateposted",
    "dc.created",
    "dc.date.publication",
    "dcsext.articlefirstpublished",
    "dc:created",
    "dc:date",
    "displaydate",
    "doc_date",
    "mediator_published_time",
    "og:article:published",
    "og:article:published_time",
    "og:datepublished",
    "og:pubdate",
    "og:publish_date",
    "og:question:published_time",
    "originalpublicationdate",
    "pdate",
    "ptime",
    "publish_time",
    "published-date",
    "published_date",
    "publisheddate",
    "rbpubdate",
    "rnews:datepublished",
    "shareaholic:article_published_time",
    "twt-published-at",
    "vr:published_time",
    "og:regdate",
    "created",
];

/// `<meta>` names (and `http-equiv`) that give the last change (htmldate's list too).
const META_MODIFIED: [&str; 23] = [
    "article:modified_time",
    "og:updated_time",
    "datemodified",
    "dcterms.modified",
    "dc.date.modified",
    "last-modified",
    "lastmod",
    "article:modified",
    "article:modified_date",
    "article:post_modified",
    "bt:moddate",
    "dc.modified",
    "lastmodified",
    "modified_time",
    "modificationdate",
    "og:article:modified_time",
    "og:modified_time",
    "revision_date",
    "updated_time",
    "lastdate",
    "modified",
    "utime",
    "dateupdate",
];

/// Words of a class that names a date, a dateline or the block under a headline (Drupal's
/// `submitted`: `Submitted by jdoe on Mon, 07/24/2017`).
const DATED_CLASS_WORDS: [&str; 9] = [
    "submitted",
    "date",
    "datum",
    "publi",
    "posted",
    "byline",
    "meta",
    "timestamp",
    "time",
];

/// Whether `node` may carry the article's date: a `<time>`, or an element whose class
/// holds one of [`DATED_CLASS_WORDS`] or whose id holds `date`. Tested in Rust on one walk
/// of the page: as a selector list, each part is matched against every element.
fn is_dated_furniture(node: &NodeRef) -> bool {
    if !node.is_element() {
        return false;
    }
    if node
        .node_name()
        .is_some_and(|n| n.eq_ignore_ascii_case("time"))
    {
        return true;
    }
    let class = node.attr("class").map(|c| c.to_lowercase());
    let id = node.attr("id").map(|i| i.to_lowercase());
    class
        .as_deref()
        .is_some_and(|c| DATED_CLASS_WORDS.iter().any(|w| c.contains(w)))
        || id.as_deref().is_some_and(|i| i.contains("date"))
        || opens_with_post_meta(node)
}

/// Whether the text `node` opens with is a blog's sentence under its post (an element
/// opening with an element is left to its children: a container's text is theirs). Each
/// text child is read once, with no copy: this runs on every element of an undated page.
fn opens_with_post_meta(node: &NodeRef) -> bool {
    for child in node.children_it(false) {
        if child.is_element() {
            return false;
        }
        if child.is_text() {
            let text = child.text();
            if !text.trim().is_empty() {
                return opens_post_meta(&text);
            }
        }
    }
    false
}

/// How much text (characters) may stand between a date and the headline after it: a
/// kicker, a breadcrumb; past that the date is another article's. (After the headline
/// there is no such bound: many blogs date a post at its foot, under the text.)
pub(super) const MAX_TEXT_BEFORE_HEADLINE: usize = 1_000;

/// How far up an element's ancestors [`Headline::belongs_elsewhere`] looks.
const ANCESTORS_CHECKED: usize = 12;

/// Reads the dates of `doc`, a page at `url` (its address, or its canonical link) in
/// `language` whose headline is `headline`, in the order the module documentation gives.
pub(super) fn read(
    doc: &Document,
    headline: &Headline,
    url: Option<&str>,
    language: Option<&str>,
) -> PageDates {
    let regional = url.and_then(|url| regional_english(language, url));
    let language = regional.as_deref().or(language);
    let mut dates = meta_dates(doc, language);
    if dates.published.is_none() {
        dates.published = microdata_date(doc, "datePublished", language)
            .or_else(|| microdata_date(doc, "dateCreated", language));
    }
    if dates.modified.is_none() {
        dates.modified = microdata_date(doc, "dateModified", language);
    }
    // A date in the address gives the day the story was filed; the page may print a later
    // update under its headline (CNN Arabic's `الأربعاء، 28 آب/اغسطس 2013، آخر تحديث 14:00`
    // over `/2013/middle_east/8/3/…`), which is read then, as an update only.
    let mut dated_by_address = false;
    if dates.published.is_none() {
        dates.published = url.and_then(url_date);
        dated_by_address = dates.published.is_some();
    }
    if dated_by_address && dates.modified.is_none() {
        let day = |d: &DateValue| d.normalized.get(..10).map(str::to_string);
        let filed = dates.published.as_ref().and_then(day);
        if let Some((DateRole::Modified, value)) = dateline_under_headline(doc, headline, language)
        {
            // An update before the day the address gives is a misreading of one of them.
            if day(&value) >= filed {
                dates.modified = Some(value);
            }
        }
    }
    // The furniture is read only for a page that gives no publication date otherwise, or
    // only its day (most pages give one with its time in their markup: the walk is then
    // saved). A day known is kept, and takes its time from the furniture when that prints
    // the same day with one (`<meta content="Fri Mar 13 21:30:09 EST 2015">`, its zone
    // Java's guess, over `<time datetime="2015-03-13T21:00:00+11:00">`).
    let day_only = dates.published.take_if(|d| !d.normalized.contains('T'));
    if dates.published.is_none() {
        let modified_before = dates.modified.clone();
        let candidates: Vec<NodeRef> = doc
            .root()
            .descendants_it()
            .filter(is_dated_furniture)
            .collect();
        let (furniture, placed) = dated(doc, &candidates, headline, language);
        dates.published = first_after_headline(&furniture, placed, DateRole::Published);
        dates.modified = dates
            .modified
            .or_else(|| first_after_headline(&furniture, placed, DateRole::Modified));
        if dates.published.is_none() {
            match dateline_under_headline(doc, headline, language) {
                Some((DateRole::Published, value)) => dates.published = Some(value),
                Some((DateRole::Modified, value)) => {
                    dates.modified = dates.modified.or(Some(value));
                }
                None => {}
            }
        }
        // What stands above the headline comes last: a site's header may print today's
        // date there (sott.net's `Mon, 25 Dec 2023` over its menus).
        dates.published = dates
            .published
            .or_else(|| nearest_before_headline(&furniture, placed, DateRole::Published));
        dates.modified = dates
            .modified
            .or_else(|| nearest_before_headline(&furniture, placed, DateRole::Modified));
        // Where the day was known, the furniture only gives it its time.
        if let Some(day) = day_only {
            let printed = dates.published.take();
            dates.published = Some(day_with_time(
                day,
                printed.as_ref(),
                modified_before.as_ref(),
            ));
            dates.modified = modified_before;
        }
    }
    dates
}

/// How much text (characters, white space aside) after the headline is searched for an
/// unmarked dateline: a deck and a byline fit, the article's text does not.
const MAX_TEXT_BEFORE_DATELINE: usize = 600;

/// Most words a dateline may have (`By Urs Gassner | 27.06.2018 09:54 | Kommentare`);
/// a sentence that mentions a date is the article's text.
const MAX_DATELINE_WORDS: usize = 12;

/// The date printed under the headline in an element no class names (`<small>Donnerstag,
/// 15.2.2018, 19:51 > da]v[ax</small>`, `<span class="created-post">27.06.2018 09:54</span>`):
/// the first short line after it, within [`MAX_TEXT_BEFORE_DATELINE`], that is a dateline
/// ([`find_date_in`]), the same reading the text reader gives a pasted page's lines. Lines
/// in regions that belong elsewhere, hidden or in scripts, are passed over. A page with no
/// headline is read from the top of its body.
fn dateline_under_headline(
    doc: &Document,
    headline: &Headline,
    language: Option<&str>,
) -> Option<(DateRole, DateValue)> {
    let end = match headline.at {
        Some(at) => doc
            .tree
            .get(&at)?
            .descendants_it()
            .last()
            .map_or(at, |last| last.id),
        // A page with no headline (a fragment, a document exported as HTML): its first
        // lines stand where a header's would.
        None => doc.select("body").nodes().first()?.id,
    };
    let mut seen = 0;
    let mut checked = HashSet::new();
    for node in doc.root().descendants_it() {
        if node.id <= end || !node.is_text() {
            continue;
        }
        let text = node.text();
        let length = text.trim().chars().count();
        if length == 0 {
            continue;
        }
        if seen > MAX_TEXT_BEFORE_DATELINE {
            return None;
        }
        seen += length;
        let Some(parent) = node.parent() else {
            continue;
        };
        if ["script", "style", "noscript", "template"]
            .iter()
            .any(|name| parent.is(name))
            || headline.belongs_elsewhere_under_headline(&parent)
            || headline.in_data_table(&parent)
        {
            continue;
        }
        // The lead paragraph may open with its date (transgen.de's `<p><strong>(18.01.2018)
        // Deutschlands Landwirte zittern …`).
        if let Some(value) = opening_dateline(&text, language) {
            return Some((DateRole::Published, value));
        }
        // A sentence that mentions a date dates an event, not the article (CNN's highlight
        // `The Social Security Act was signed into law on August 14, 1935`).
        let dateline = |line: &str| {
            find_date_in(line, language).filter(|(_, value)| {
                !line
                    .find(value.raw.as_str())
                    .is_some_and(|at| reads_as_a_sentence(&line[..at]))
            })
        };
        // A line of its own between a container's blocks (Prospect's `<div><h3>deck</h3>
        // by Duncan Bell / January 19, 2017 / <a>Leave a comment</a>…`): its text alone,
        // when the date opens it or follows its byline (a text broken by a link may be a
        // sentence's start: `On June 4, 1989, tanks rolled into <a>…`).
        let own_line = collapse(&text);
        if ["div", "section", "article", "header", "main", "li"]
            .iter()
            .any(|name| parent.has_name(name))
            && own_line.split_whitespace().count() <= MAX_DATELINE_WORDS
        {
            let found = dateline(&own_line).filter(|(_, value)| {
                let before = own_line
                    .find(value.raw.as_str())
                    .map_or("", |at| &own_line[..at])
                    .trim_end_matches(|c: char| c.is_whitespace() || "/|·•-–—,".contains(c));
                let after = own_line
                    .find(value.raw.as_str())
                    .map_or("", |at| &own_line[at + value.raw.len()..]);
                (before.is_empty() || introduced_byline(before).is_some())
                    && after.split_whitespace().count() <= 3
            });
            if found.is_some() {
                return found;
            }
        }
        // The text's own element, then the one around it (a date split from its label).
        for element in std::iter::once(parent).chain(parent.parent()) {
            if !checked.insert(element.id) {
                continue;
            }
            let Some(line) = short_text(&element) else {
                break;
            };
            if line.split_whitespace().count() > MAX_DATELINE_WORDS {
                break;
            }
            if let Some(found) = dateline(&line) {
                return Some(found);
            }
        }
    }
    None
}

/// Whether the words before a date make a sentence of it: three or more lower-case words
/// that are not a dateline's own (`posted by admin on`, `von Christian am`, `mis à jour le`).
fn reads_as_a_sentence(before: &str) -> bool {
    const DATELINE_WORDS: [&str; 24] = [
        "by",
        "on",
        "at",
        "posted",
        "published",
        "updated",
        "last",
        "modified",
        "and",
        "am",
        "um",
        "von",
        "le",
        "par",
        "mis",
        "à",
        "jour",
        "publié",
        "el",
        "por",
        "de",
        "del",
        "il",
        "the",
    ];
    before
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| w.chars().next().is_some_and(char::is_lowercase))
        .filter(|w| !DATELINE_WORDS.contains(w))
        .count()
        >= 3
}

/// The publication and change dates the page's `<meta>` tags give: of several, the one
/// whose name comes first in [`META_PUBLISHED`] or [`META_MODIFIED`] (nytimes's
/// `article:published_time` with its hour, not its `pdate` with the day alone), else the
/// first in page order. One pass over the tags: a selector list of every name would test
/// each on every element of the page.
fn meta_dates(doc: &Document, language: Option<&str>) -> PageDates {
    // The date held for each role, with its name's rank in the list.
    let mut published: Option<(usize, DateValue)> = None;
    let mut modified: Option<(usize, DateValue)> = None;
    // Microdata metas are sometimes dated in `datetime`, as a `<time>` is.
    for meta in doc.select("meta[content], meta[datetime]").nodes() {
        let names = ["property", "name", "itemprop", "http-equiv"]
            .iter()
            .filter_map(|attr| meta.attr(attr))
            .map(|name| name.trim().to_lowercase());
        for name in names {
            let rank_in = |names: &[&str]| names.iter().position(|n| *n == name);
            let (slot, rank) = if let Some(rank) = rank_in(&META_PUBLISHED) {
                (&mut published, rank)
            } else if let Some(rank) = rank_in(&META_MODIFIED) {
                (&mut modified, rank)
            } else {
                continue;
            };
            if slot.as_ref().is_some_and(|(held, _)| *held <= rank) {
                continue;
            }
            let content = meta.attr("content").or_else(|| meta.attr("datetime"));
            if let Some(value) = content.and_then(|content| {
                parse_date(content.trim(), language).or_else(|| parse_compact_date(&content))
            }) {
                *slot = Some((rank, value));
            }
        }
    }
    PageDates {
        published: published.map(|(_, value)| value),
        modified: modified.map(|(_, value)| value),
    }
}

/// A schema.org microdata date: `itemprop="PROP"` on an element other than `<meta>`.
fn microdata_date(doc: &Document, prop: &str, language: Option<&str>) -> Option<DateValue> {
    doc.select("[itemprop]")
        .nodes()
        .iter()
        .filter(|node| !node.is("meta") && node.attr("itemprop").is_some_and(|p| &*p == prop))
        .find_map(|node| element_date(node, language).map(|(_, value)| value))
}

/// The date an element gives: its `datetime`, `content` or `title` attribute when that is
/// a date, else a date in its text. When both give one and the days differ, the text wins:
/// it is what the reader saw (`<time datetime="2019-07-03…">Publié le 29 juin 2019</time>`,
/// where the attribute is the last edit).
fn element_date(node: &NodeRef, language: Option<&str>) -> Option<(DateRole, DateValue)> {
    // A blog's sentence under its post is longer than a dateline (`Dieser Beitrag wurde am
    // Samstag, 3. Dezember 2011 … veröffentlicht und unter … gespeichert. Sie können …`).
    let in_text = short_text(node).and_then(|text| {
        find_date_in(&text, language)
            .or_else(|| post_meta_date(&text).map(|(_, date)| (DateRole::Published, date)))
    });
    let in_attribute = ["datetime", "content", "title"]
        .iter()
        .find_map(|attr| parse_date(node.attr(attr)?.trim(), language))
        .or_else(|| data_attribute_date(node, language));
    // A date whose label stands just before its element holds a change (al.com's `on
    // December 22, 2016 at 2:47 PM, updated <span class="updated">December 22, 2016 at
    // 3:53 PM</span>`).
    let role_of = |role: DateRole| match role {
        DateRole::Published if after_an_update_word(node) => DateRole::Modified,
        role => role,
    };
    match (in_attribute, in_text) {
        (Some(attribute), Some((role, seen)))
            if attribute.normalized.get(..10) != seen.normalized.get(..10) =>
        {
            Some((role_of(role), seen))
        }
        (Some(attribute), in_text) => {
            let names = class_and_id(node);
            let role = match in_text {
                Some((role, _)) => role_of(role),
                // hAtom's `updated` marks a change, unless a class within names the date
                // the publication's (Kinja's `<time class="meta__time updated"><a
                // class="js_publish_time">`, the story's only date).
                None if (names.contains("updated") || names.contains("modified"))
                    && !publish_class_within(node) =>
                {
                    DateRole::Modified
                }
                None => role_of(DateRole::Published),
            };
            Some((role, attribute))
        }
        (None, in_text) => in_text.map(|(role, date)| (role_of(role), date)),
    }
}

/// A date a script keeps in a `data-` attribute to print it later, relative or in the
/// reader's time zone (247sports' `<time data-published="2016-12-09 09:13:00Z">4 hours
/// ago</time>`, qdaily's `<span class="smart-date" data-origindate="2017-03-01 14:27:02
/// +0800">`): an attribute whose name says it holds a date or a time.
fn data_attribute_date(node: &NodeRef, language: Option<&str>) -> Option<DateValue> {
    const DATE_WORDS: [&str; 4] = ["date", "time", "publish", "posted"];
    // A change's date, the clock's, an event's or an offer's is not the publication's.
    const OTHER_WORDS: [&str; 9] = [
        "update", "modif", "edit", "now", "current", "server", "start", "end", "expire",
    ];
    node.attrs().iter().find_map(|attribute| {
        let name = attribute.name.local.to_ascii_lowercase();
        let key = name.strip_prefix("data-")?;
        if !DATE_WORDS.iter().any(|word| key.contains(word))
            || OTHER_WORDS.iter().any(|word| key.contains(word))
        {
            return None;
        }
        parse_date(attribute.value.trim(), language)
    })
}

/// Whether the text right before `node` in its parent ends with a word saying that what
/// follows is a change (`…, updated`, `Aktualisiert:`), as a label set outside the element.
fn after_an_update_word(node: &NodeRef) -> bool {
    let mut sibling = node.prev_sibling();
    while let Some(s) = sibling {
        if s.is_element() {
            return false;
        }
        let text = s.text();
        let text = text.trim_end_matches(|c: char| c.is_whitespace() || ":,-–—|".contains(c));
        if !text.is_empty() {
            // An update word ending in the text's last word (`updated`, `mis à jour`): a
            // sentence before the date that mentions an update earlier is no label.
            let last_word = text.rsplit(char::is_whitespace).next().unwrap_or(text);
            let last_word_at = text.len() - last_word.len();
            return UPDATE_WORD.find_iter(text).any(|m| m.end() > last_word_at);
        }
        sibling = s.prev_sibling();
    }
    false
}

/// Most bytes of text an element may hold for its text to be searched for a date (white
/// space included): more, and it is a container, not a dateline.
const MAX_DATED_TEXT_BYTES: usize = 1_000;

/// The element's text with its white space collapsed, or `None` when it holds more than
/// [`MAX_DATED_TEXT_BYTES`].
fn short_text(node: &NodeRef) -> Option<String> {
    text_within(node, MAX_DATED_TEXT_BYTES)
}

/// The element's text with its white space collapsed, or `None` when it holds more than
/// `max_bytes` (white space included): read without building a container's whole text.
pub(super) fn text_within(node: &NodeRef, max_bytes: usize) -> Option<String> {
    let mut raw = String::new();
    for descendant in node.descendants_it() {
        if descendant.is_text() {
            raw.push_str(&descendant.text());
            if raw.len() > max_bytes {
                return None;
            }
        }
    }
    Some(collapse(&raw))
}

/// Whether an element inside `node` has a class naming the publication (`js_publish_time`,
/// `published`, `publish-date`): not the publisher's, nor a republication or a draft's.
fn publish_class_within(node: &NodeRef) -> bool {
    node.descendants_it().any(|n| {
        n.attr("class").is_some_and(|class| {
            class.to_lowercase().split_whitespace().any(|token| {
                token.contains("publish")
                    && !["publisher", "republish", "unpublish"]
                        .iter()
                        .any(|other| token.contains(other))
            })
        })
    })
}

/// The element's class and id attributes, lower-cased, space-separated.
fn class_and_id(node: &NodeRef) -> String {
    let mut out = String::new();
    for attr in ["class", "id"] {
        if let Some(value) = node.attr(attr) {
            out.push_str(&value.to_lowercase());
            out.push(' ');
        }
    }
    out
}

/// A class or id naming a region whose dates are not the article's: comments, sidebars,
/// widgets, related-article teasers, references (the cited works' dates). WordPress's `category-…`/`tag-…` classes are topics,
/// not regions, and are skipped before this is asked.
static ELSEWHERE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^(?:[a-z0-9]+[-_])*(?:comments?|commentlist|kommentare?|replies|reply|sidebar|widget|widgets|related|recommended|recommendations|teasers?|trending|popular|most-read|mostread|newsletter|references|reflist|citation|footnotes?)(?:[-_][a-z0-9]+)*$",
    )
    .expect("valid regex")
});

/// Whether a class or id token names a region [`ELSEWHERE`].
fn names_elsewhere(token: &str) -> bool {
    const TOPIC_PREFIXES: [&str; 5] = ["category-", "tag-", "post_tag-", "post-tag-", "topic-"];
    !TOPIC_PREFIXES.iter().any(|p| token.starts_with(p)) && ELSEWHERE.is_match(token)
}

/// The page's headline and the elements around it: dates near it are the article's, and
/// a region that holds it is the article's, whatever its class says (a theme's
/// `id="sidebar"` on the content column, Blogger's `widget Blog` around the post).
pub(super) struct Headline {
    /// The headline element, when the page has one.
    pub(super) at: Option<NodeId>,
    /// The headline and all its ancestors.
    holders: HashSet<NodeId>,
}

/// Elements that may be the headline.
const HEADLINE: &str = "h1, [itemprop='headline'], .entry-title, .post-title, .article-title, \
    h2[class*='title' i], h3[class*='title' i]";

impl Headline {
    pub(super) fn find(doc: &Document) -> Headline {
        let (mut h1, mut other) = (None, None);
        for node in doc.select(HEADLINE).nodes() {
            if !reads_as_a_heading(&node.text()) {
                continue; // a logo or an empty heading
            }
            if titles_a_box(node) {
                continue;
            }
            if node.is("h1") {
                h1.get_or_insert(*node);
            } else {
                other.get_or_insert(*node);
            }
        }
        // An `<h1>` around the site's logo names the site (ebene11.com's logo and tagline);
        // the heading the page's `<title>` names is the article's then.
        let h1 = match h1 {
            Some(node)
                if Selection::from(node)
                    .select("img, svg, object, picture")
                    .exists() =>
            {
                titled_heading(doc).or(Some(node))
            }
            found => found,
        };
        let at = h1.or(other).or_else(|| titled_heading(doc));
        let holders = at
            .iter()
            .flat_map(|node| node.ancestors(None))
            .chain(at)
            .map(|node| node.id)
            .collect();
        Headline {
            at: at.map(|node| node.id),
            holders,
        }
    }

    /// Whether `id` is the headline or one of its ancestors.
    pub(super) fn holds(&self, id: NodeId) -> bool {
        self.holders.contains(&id)
    }

    /// Whether `node` stands in a `<header>` or banner that does not hold the headline.
    pub(super) fn in_masthead(&self, node: &NodeRef) -> bool {
        node.ancestors(Some(ANCESTORS_CHECKED)).iter().any(|n| {
            (n.is("header") || n.attr("role").is_some_and(|r| &*r == "banner"))
                && !self.holders.contains(&n.id)
        })
    }

    /// Whether `node` stands in a table that does not hold the headline: its cells are
    /// data (a wiki's infobox, `Founded February 28, 1998`), not the article's dateline. A
    /// table around the headline lays out the page.
    pub(super) fn in_data_table(&self, node: &NodeRef) -> bool {
        node.ancestors(Some(ANCESTORS_CHECKED))
            .iter()
            .any(|n| n.is("table") && !self.holders.contains(&n.id))
    }

    /// Whether `node` stands in a region whose dates belong to something else:
    /// comments, sidebars, widgets, related articles, navigation, an embedded post, or
    /// what the reader never saw (`hidden`, `display: none`: Wikipedia's infobox keeps a
    /// founding date there in a `published` microformat).
    pub(super) fn belongs_elsewhere(&self, node: &NodeRef) -> bool {
        self.elsewhere(node, |n| {
            n.is("aside") && !self.in_the_articles_rail(n, node)
        })
    }

    /// Whether `node` stands in a rail of the headline's own `<article>`, before any
    /// heading the rail has: where a magazine prints the byline and date beside the text
    /// (Rolling Stone's `<aside class="left-rail">`), above the boxes of other things
    /// (`More News`) the rail may go on with.
    fn in_the_articles_rail(&self, aside: &NodeRef, node: &NodeRef) -> bool {
        aside
            .ancestors(Some(ANCESTORS_CHECKED))
            .into_iter()
            .any(|n| n.is("article") && self.holders.contains(&n.id))
            && !Selection::from(*aside)
                .select("h1, h2, h3, h4, h5, h6")
                .nodes()
                .iter()
                .any(|heading| heading.id < node.id)
    }

    /// [`Self::belongs_elsewhere`] for a line right under the headline: an `<aside>` with
    /// no heading of its own may hold the post's facts, and a date its list labels as the
    /// date is the post's (ebene11.com's `<aside class="blogData"><dl><dt>Datum</dt>
    /// <dd>12.01.2017</dd>`). An aside with a heading is a box of other things (`Related`,
    /// `Most read`), and a bare date in an aside is another's.
    fn belongs_elsewhere_under_headline(&self, node: &NodeRef) -> bool {
        if !labelled_as_the_date(node) {
            return self.belongs_elsewhere(node);
        }
        self.elsewhere(node, |n| {
            n.is("aside") && Selection::from(*n).select("h2, h3, h4, h5, h6").exists()
        })
    }

    /// Whether `node` or an ancestor outside the headline's holders is a region whose
    /// dates are another's; `aside` says which `<aside>` elements are.
    fn elsewhere(&self, node: &NodeRef, aside: impl Fn(&NodeRef) -> bool) -> bool {
        std::iter::once(*node)
            .chain(node.ancestors(Some(ANCESTORS_CHECKED)))
            .filter(|n| !self.holders.contains(&n.id))
            .any(|n| {
                n.is("nav")
                    || aside(&n)
                    || n.is("blockquote")
                    || n.is("select")
                    || is_hidden(&n)
                    || class_and_id(&n).split_whitespace().any(names_elsewhere)
            })
    }
}

/// Whether `node` is a definition list's value whose term names it as the date
/// (`<dt>Datum</dt><dd>12.01.2017</dd>`).
fn labelled_as_the_date(node: &NodeRef) -> bool {
    node.is("dd")
        && node
            .prev_element_sibling()
            .is_some_and(|term| term.is("dt") && names_a_date(&term.text()))
}

/// Whether a heading titles a box beside the article (WordPress's `<h2
/// class="widgettitle">` in the footer, a sidebar's title) or stands in the page's
/// `<footer>`: never the headline. (A heading in `<nav>` may be: sueddeutsche.de prints
/// its `<h1>` as the breadcrumb's last step.)
fn titles_a_box(node: &NodeRef) -> bool {
    let class = node.attr("class").unwrap_or_default().to_lowercase();
    ["widget", "sidebar", "footer"]
        .iter()
        .any(|word| class.contains(word))
        || node
            .ancestors(Some(ANCESTORS_CHECKED))
            .iter()
            .any(|n| n.is("footer"))
}

/// Whether a heading's text is long enough to be a headline, not a logo's name: two words,
/// or in a script written without spaces (Chinese, Japanese, Thai), as many characters as
/// four words have (`好奇心日报`, the site's name, is not; `这个约会软件，想用你…` is).
fn reads_as_a_heading(text: &str) -> bool {
    text.split_whitespace().nth(1).is_some() || word_count(text) >= 4
}

/// A plain `<h2>` or `<h3>` that the page's `<title>` or `og:title` names, for a page
/// whose headline no `<h1>` or class marks (weltwoche.ch's `<h2>Steve Forbes: Trump is
/// indeed a billionaire.</h2>`).
fn titled_heading(doc: &Document) -> Option<NodeRef<'_>> {
    let titles: Vec<String> = doc
        .select("head title, meta[property='og:title']")
        .nodes()
        .iter()
        .map(|node| collapse(&node.attr("content").unwrap_or_else(|| node.text())))
        .filter(|title| !title.is_empty())
        .collect();
    if titles.is_empty() {
        return None;
    }
    let titles: Vec<String> = titles.iter().map(|t| words_key(t)).collect();
    doc.select("h2, h3").nodes().iter().copied().find(|node| {
        let text = words_key(&node.text());
        reads_as_a_heading(&text) && titles.iter().any(|t| t.contains(&text))
    })
}

/// A text's words in lower case, one space apart, without punctuation: a `<title>` joins
/// a heading's line and its subtitle with ` - ` where the heading has none.
fn words_key(text: &str) -> String {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect::<Vec<_>>()
        .join(" ")
}

/// A date an element of the page gives, with where the element stands.
struct DatedElement {
    at: NodeId,
    /// Characters of the page's text before it.
    offset: usize,
    /// It stands in the site's masthead (a `<header>` or banner without the headline),
    /// where a date is the edition's or today's.
    in_masthead: bool,
    role: DateRole,
    value: DateValue,
}

/// The dates of the `candidates` (in page order), without those that belong elsewhere; and the headline placed in the text (its id, text offset and length).
fn dated(
    doc: &Document,
    candidates: &[NodeRef],
    headline: &Headline,
    language: Option<&str>,
) -> (Vec<DatedElement>, Option<PlacedHeadline>) {
    let mut dated: Vec<DatedElement> = candidates
        .iter()
        .filter(|node| !headline.belongs_elsewhere(node))
        .filter_map(|node| {
            let (role, value) = element_date(node, language)?;
            // A container's `<time datetime>` says it more exactly; it comes next.
            if !node.is("time") && Selection::from(*node).select("time[datetime]").exists() {
                return None;
            }
            Some(DatedElement {
                at: node.id,
                offset: 0,
                in_masthead: headline.in_masthead(node),
                role,
                value,
            })
        })
        .collect();
    let offsets = text_offsets(doc, dated.iter().map(|d| d.at).chain(headline.at));
    for d in &mut dated {
        d.offset = offsets.get(&d.at).copied().unwrap_or(0);
    }
    let placed = headline.at.map(|at| PlacedHeadline {
        at,
        offset: offsets.get(&at).copied().unwrap_or(0),
    });
    (dated, placed)
}

/// Whether an element is hidden from the reader by its own markup.
fn is_hidden(node: &NodeRef) -> bool {
    node.has_attr("hidden")
        || node.attr("style").is_some_and(|style| {
            let style: String = style.chars().filter(|c| !c.is_whitespace()).collect();
            style.to_ascii_lowercase().contains("display:none")
        })
}

/// The headline's place in the page's text.
#[derive(Debug, Clone, Copy)]
struct PlacedHeadline {
    at: NodeId,
    /// Characters of text before it.
    offset: usize,
}

/// Where each of `wanted` starts in the page's text: how many characters of text (white
/// space aside) come before it, found in one walk of the page.
pub(super) fn text_offsets(
    doc: &Document,
    wanted: impl Iterator<Item = NodeId>,
) -> HashMap<NodeId, usize> {
    let wanted: HashSet<NodeId> = wanted.collect();
    let mut offsets = HashMap::with_capacity(wanted.len());
    let mut offset = 0;
    for node in doc.root().descendants_it() {
        if wanted.contains(&node.id) {
            offsets.insert(node.id, offset);
        }
        if node.is_text() {
            offset += node.text().trim().chars().count();
        }
    }
    offsets
}

/// Where each of `wanted` after the element `from` starts, counted as characters of text
/// (white space aside) from the start of `from`: a walk that reads no text before `from`
/// and stops once `limit` characters are passed (those further on are not placed).
pub(super) fn text_offsets_after(
    doc: &Document,
    from: NodeId,
    wanted: impl Iterator<Item = NodeId>,
    limit: usize,
) -> HashMap<NodeId, usize> {
    let wanted: HashSet<NodeId> = wanted.collect();
    let mut offsets = HashMap::with_capacity(wanted.len());
    let mut offset = 0;
    let mut started = false;
    for node in doc.root().descendants_it() {
        started |= node.id == from;
        if !started {
            continue;
        }
        if wanted.contains(&node.id) {
            offsets.insert(node.id, offset);
            if offsets.len() == wanted.len() {
                break;
            }
        }
        if node.is_text() {
            offset += node.text().trim().chars().count();
            if offset > limit {
                break;
            }
        }
    }
    offsets
}

/// The first furniture date with `role` after the headline (a dateline under it); the
/// first of the page when there is no headline.
fn first_after_headline(
    dates: &[DatedElement],
    headline: Option<PlacedHeadline>,
    role: DateRole,
) -> Option<DateValue> {
    dates
        .iter()
        .filter(|d| d.role == role)
        .find(|d| headline.is_none_or(|h| d.at > h.at))
        .map(|d| d.value.clone())
}

/// The furniture date with `role` nearest before the headline, outside the masthead and
/// within [`MAX_TEXT_BEFORE_HEADLINE`] characters of text (a date above the title).
fn nearest_before_headline(
    dates: &[DatedElement],
    headline: Option<PlacedHeadline>,
    role: DateRole,
) -> Option<DateValue> {
    let PlacedHeadline { at, offset } = headline?;
    dates
        .iter()
        .rev()
        .filter(|d| d.role == role && d.at < at && !d.in_masthead)
        .find(|d| offset.saturating_sub(d.offset) <= MAX_TEXT_BEFORE_HEADLINE)
        .map(|d| d.value.clone())
}

/// A date in a page's address: `/2012/05/11/`, `/2019-06-28-title`, `/20190628/`, and
/// CNN's section between year and month (`/2010/POLITICS/08/13/`).
static URL_DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"/((?:19|20)\d{2})/(0?[1-9]|1[0-2])/(0?[1-9]|[12]\d|3[01])(?:/|$)|[/_-]((?:19|20)\d{2})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])(?:[/_.-]|$)|/((?:19|20)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])/|/((?:19|20)\d{2})/[A-Za-z][\w-]*/(0?[1-9]|1[0-2])/(0?[1-9]|[12]\d|3[01])/",
    )
    .expect("valid regex")
});

/// The publication date a page's address gives, to the day.
/// Country domains of English-speaking places that write dates day first.
const DAY_FIRST_ENGLISH_DOMAINS: [(&str, &str); 13] = [
    ("uk", "en-GB"),
    ("ie", "en-IE"),
    ("au", "en-AU"),
    ("nz", "en-NZ"),
    ("za", "en-ZA"),
    ("in", "en-IN"),
    ("sg", "en-SG"),
    ("hk", "en-HK"),
    ("ng", "en-NG"),
    ("ke", "en-KE"),
    ("pk", "en-PK"),
    ("gh", "en-GH"),
    ("mt", "en-MT"),
];

/// The regional English a page at `url` writes when it says only `en` (or nothing): a
/// `.co.uk` page is British (`en-GB`), so its slashed dates read day first even beside a
/// 12-hour clock (`05/04/2021 10:32 pm` is 5 April), which on a page of no known region is
/// taken for American. Another language, or a region given already, stays.
fn regional_english(language: Option<&str>, url: &str) -> Option<String> {
    if language.is_some_and(|l| !l.eq_ignore_ascii_case("en")) {
        return None;
    }
    let host = url.split_once("://").map_or(url, |(_, rest)| rest);
    let host = host.split(['/', '?', '#', ':']).next()?;
    let tld = host
        .trim_end_matches('.')
        .rsplit('.')
        .next()?
        .to_ascii_lowercase();
    DAY_FIRST_ENGLISH_DOMAINS
        .iter()
        .find(|(domain, _)| *domain == tld)
        .map(|(_, tag)| tag.to_string())
}

fn url_date(url: &str) -> Option<DateValue> {
    let path = url.split(['?', '#']).next().unwrap_or(url);
    let path = path.split_once("://").map_or(path, |(_, rest)| rest);
    let path = path.find('/').map_or("", |i| &path[i..]);
    let c = URL_DATE.captures(path)?;
    let group = (1..=10).step_by(3).find(|&i| c.get(i).is_some())?;
    let part = |i: usize| c.get(i).map_or("", |m| m.as_str());
    let (year, month, day) = (part(group), part(group + 1), part(group + 2));
    let normalized = format!(
        "{year}-{:02}-{:02}",
        month.parse::<u32>().ok()?,
        day.parse::<u32>().ok()?
    );
    // The calendar check (no 31 February).
    let checked = parse_date(&normalized, None)?;
    Some(DateValue {
        raw: c
            .get(0)
            .map_or("", |m| m.as_str())
            .trim_matches('/')
            .to_string(),
        normalized: checked.normalized,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dates(html: &str, url: Option<&str>) -> (Option<String>, Option<String>) {
        let doc = Document::from(html);
        let d = read(&doc, &Headline::find(&doc), url, None);
        (
            d.published.map(|v| v.normalized),
            d.modified.map(|v| v.normalized),
        )
    }

    #[test]
    fn a_day_without_its_time_takes_the_time_printed_for_that_day() {
        let page = |meta: &str, byline: &str| {
            format!(
                "<html><head>{meta}</head><body><article><h1>Two held in skimming scheme</h1>\
                 <div class='byline'>{byline}</div><p>A man and a woman were arrested on \
                 Wednesday.</p></article></body></html>"
            )
        };
        let day = "<meta property='article:published_time' content='2016-12-22'>";
        // al.com: the publication printed without its zone, then the update, marked as one.
        let al = "By Mike Cason <br>on December 22, 2016 at 2:47 PM, updated \
                  <span class='updated' title='2016-12-22T21:53:29Z'>December 22, 2016 at \
                  3:53 PM</span>";
        assert_eq!(dates(&page(day, al), None).0.as_deref(), Some("2016-12-22"));
        // The day's time and zone printed in a `<time>`: taken.
        let timed = "<time datetime='2016-12-22T14:47:00-06:00'>December 22, 2016</time>";
        assert_eq!(
            dates(&page(day, timed), None).0.as_deref(),
            Some("2016-12-22T14:47:00-06:00")
        );
        // Another day printed is not this one's time; a day with its time is left alone.
        let other = timed.replace("2016-12-22", "2016-12-21");
        assert_eq!(
            dates(&page(day, &other), None).0.as_deref(),
            Some("2016-12-22")
        );
        let exact = "<meta property='article:published_time' content='2016-12-22T10:00:00Z'>";
        assert_eq!(
            dates(&page(exact, timed), None).0.as_deref(),
            Some("2016-12-22T10:00:00Z")
        );
        // A time at or after the update's is the update's.
        let changed = "<meta property='article:published_time' content='2016-12-22'>\
                       <meta property='article:modified_time' content='2016-12-22T10:00:00Z'>";
        assert_eq!(
            dates(&page(changed, timed), None).0.as_deref(),
            Some("2016-12-22")
        );
        // Without a day from the markup: the publication's day from the text, the update
        // from the element after its label.
        assert_eq!(
            dates(&page("", al), None),
            (
                Some("2016-12-22".to_string()),
                Some("2016-12-22T21:53:29Z".to_string())
            )
        );
        // Only the update printed, after its label: no publication in it.
        let update_only = "By Mike Cason, updated <span class='stamp' \
                           title='2016-12-22T21:53:29Z'>December 22, 2016 at 3:53 PM</span>";
        let (published, modified) = dates(&page("", update_only), None);
        assert_eq!(published, None);
        assert!(modified.is_some_and(|m| m.starts_with("2016-12-22")));
        assert_eq!(
            dates(&page(day, update_only), None).0.as_deref(),
            Some("2016-12-22")
        );
        // The label is the text's last word; an update mentioned earlier is no label.
        let after = |html: &str| {
            let doc = Document::from(html);
            let span = doc.select("span").nodes()[0];
            after_an_update_word(&span)
        };
        assert!(after("<p>on May 1, updated <span>May 2</span></p>"));
        assert!(after("<p>Mis à jour : <span>2 mai</span></p>"));
        assert!(!after(
            "<p>Updated in March, it reads <span>May 2</span></p>"
        ));
        assert!(!after("<p>Posted <b>by</b> <span>May 2</span></p>"));
    }

    #[test]
    fn a_bare_line_between_a_containers_blocks_dates_the_article() {
        // Prospect: deck, byline and date in one `<div>`, the date line a text of its own.
        let page = |line: &str| {
            format!(
                "<html><body><h2 class='page-title'>The Anglosphere: an old dream</h2>\
                 <article><div class='post-info'><h3 class='page-subtitle'>Having cut Britain \
                 adrift of Europe, Brexiters are indulging in an old fantasy about a new \
                 national role in the world</h3> {line} <a href='#respond'>Leave a \
                 comment</a><ul><li><a href='/share'>Facebook</a></li></ul></div><p>It \
                 is a strange time for the idea.</p></article></body></html>"
            )
        };
        assert_eq!(
            dates(&page("by Duncan Bell / January 19, 2017 /"), None)
                .0
                .as_deref(),
            Some("2017-01-19")
        );
        // A sentence there that mentions a date dates an event.
        assert_eq!(
            dates(&page("the treaty was signed on January 19, 2017"), None).0,
            None
        );
        // A sentence's start, broken off by a link.
        assert_eq!(
            dates(&page("In Beijing on June 4, 1989 the army"), None).0,
            None
        );
    }

    #[test]
    fn a_rail_of_the_articles_own_dates_it_above_its_other_boxes() {
        // Rolling Stone: the byline and date in the article's left rail, `More News` under
        // them with a teaser's date.
        let rail = |before: &str| {
            format!(
                r#"<html><body><article><header><h1>How La La Land Resurrected the Musical</h1>
                <p>Inside the story of how a director and two stars made the movie of the year</p>
                </header><div class="content"><aside class="left-rail">{before}
                <div class="content-byline">By David Fear <time>December 9, 2016</time></div>
                <h3>More News</h3><a href="/tiff"><time>September 12, 2016</time> Toronto
                Film Festival 2016</a></aside><div class="body"><p>Ask most folks what the most
                iconic thing about Los Angeles is.</p></div></div></article></body></html>"#
            )
        };
        assert_eq!(dates(&rail(""), None).0.as_deref(), Some("2016-12-09"));
        // A box titled before the date is another's: its date is no article's.
        assert_eq!(dates(&rail("<h3>Related</h3>"), None).0, None);
    }

    #[test]
    fn the_lead_paragraph_opening_with_its_date_dates_the_page() {
        // transgen.de: the page's foot gives only its last change.
        let html = r#"<html><body><h1>Afrikanische Schweinepest: Neue Hoffnung</h1>
            <p><strong>(18.01.2018) Deutschlands Landwirte zittern vor der Afrikanischen
            Schweinepest. Seit 2007 rückt sie näher und hat den Osten der EU erreicht.</strong></p>
            <p class="article_date">Letzte Aktualisierung: 19.01.2018</p></body></html>"#;
        assert_eq!(
            dates(html, None),
            (Some("2018-01-18".into()), Some("2018-01-19".into()))
        );
        // The reader's standfirst is the page's description, not a repeat of that paragraph.
        let described = html.replace(
            "<html>",
            r#"<html><head><title>Afrikanische Schweinepest: Neue Hoffnung</title><meta name="description" content="Deutschlands Landwirte zittern vor der Afrikanischen Schweinepest."></head>"#,
        );
        let article = crate::capture::html::read_html(&described, None, None);
        assert!(
            article.body_text.contains("Deutschlands Landwirte"),
            "{:?}",
            article.body_text
        );
        assert_eq!(article.standfirst, None);
        // A sentence that opens with a date tells of an event.
        let event = html.replace("(18.01.2018)", "Am 18.01.2018 zitterten");
        assert_eq!(dates(&event, None).0, None);
        // WebMD's date before two hyphens.
        let webmd = html.replace("(18.01.2018)", "Feb. 23, 2015 --");
        assert_eq!(dates(&webmd, None).0.as_deref(), Some("2015-02-23"));
    }

    #[test]
    fn a_widgets_title_is_no_headline_and_a_logos_h1_names_the_site() {
        // wara-enforcement.org: the post's `<h3>` (its `<h1>` commented out) over its date;
        // the footer's widget titles come after and are not the headline.
        let wara = r#"<html><head><title>Guinée : Un braconnier condamné ! &lsaquo; Wara</title></head>
            <body><div class="post_header"><h3><a href="/p">Guinée : Un braconnier condamné !</a></h3></div>
            <div class="post_detail"><div class="post_detail_item"><img src="cal.png" alt="">
            27 Sep 2016</div></div><p>La Justice de paix a tenu son audience.</p>
            <div id="footer"><ul><li class="widget"><h2 class="widgettitle">Les dernières actualités</h2>
            <p>Une douanière arrêtée 09/09/2019</p></li></ul></div></body></html>"#;
        assert_eq!(dates(wara, None).0.as_deref(), Some("2016-09-27"));
        // ebene11.com: the `<h1>` holds the logo and a tagline; the `<h2>` the `<title>`
        // names (joined by ` - ` there) is the headline, and the post's facts in an
        // `<aside>` under it give its date.
        let ebene = r#"<html><head><title>Dateien mit Migrationshintergrund - Ein Ablaufplan | Ebene 11 - Webentwicklung . AutoCAD</title></head>
            <body><header><h1><img src="logo.png" alt="Ebene 11"><span>Webentwicklung . AutoCAD</span></h1>
            <nav><a href="/">Start</a> <a href="/blog">Blog</a></nav></header>
            <article><header><h2>Dateien mit Migrationshintergrund <span>Ein Ablaufplan</span></h2>
            <p>Wenn man nicht alles selber zeichnet, besteht die Gefahr, die eigenen Dateien aufzublähen.</p></header>
            <aside class="blogData"><dl><dt>Datum</dt><dd>12.01.2017</dd><dt>Kategorie</dt><dd>AutoCAD</dd></dl></aside>
            <p>Text.</p></article></body></html>"#;
        assert_eq!(dates(ebene, None).0.as_deref(), Some("2017-01-12"));
        // An aside with a heading of its own is a box of other posts.
        let boxed = ebene.replace("<dl>", "<h3>Verwandte Artikel</h3><dl>");
        assert_eq!(dates(&boxed, None).0, None);
    }

    #[test]
    fn a_page_with_no_headline_is_dated_by_its_first_lines() {
        let text = "<p>The council voted on Tuesday to close the old bridge to cars.</p>";
        let page = |top: &str, foot: &str| format!("<html><body>{top}{text}{foot}</body></html>");
        assert_eq!(
            dates(&page("<p><em>Last updated: 01/23/2021</em></p>", ""), None),
            (None, Some("2021-01-23".into()))
        );
        assert_eq!(
            dates(&page("<div>Datum: 10.11.2017</div>", ""), None)
                .0
                .as_deref(),
            Some("2017-11-10")
        );
        // Under more text than a header holds, a date line is the article's, not its own.
        let long = text.repeat(12);
        assert_eq!(
            dates(&page(&long, "<div>Datum: 10.11.2017</div>"), None),
            (None, None)
        );
    }

    #[test]
    fn an_english_page_on_a_day_first_countrys_domain_reads_slashed_dates_day_first() {
        let html = |lang: &str| {
            format!(
                "<html lang=\"{lang}\"><body><h1>City Shuts Old Bridge</h1>\
                 <p>05/04/2021 10:32 pm</p><p>The council voted on Tuesday.</p></body></html>"
            )
        };
        let read_at = |lang: &str, url: &str| {
            {
                let doc = Document::from(html(lang).as_str());
                read(&doc, &Headline::find(&doc), Some(url), Some(lang))
            }
            .published
            .map(|d| d.normalized[..10].to_string())
        };
        assert_eq!(
            read_at("en", "https://www.example.co.uk/news/bridge").as_deref(),
            Some("2021-04-05")
        );
        assert_eq!(
            read_at("en", "https://example.com.au:443/bridge").as_deref(),
            Some("2021-04-05")
        );
        // A page of no known region with a 12-hour clock is read as American.
        assert_eq!(
            read_at("en", "https://www.example.com/news/bridge").as_deref(),
            Some("2021-05-04")
        );
        // A region the page gives itself stands.
        assert_eq!(
            read_at("en-US", "https://www.example.co.uk/bridge").as_deref(),
            Some("2021-05-04")
        );
    }

    #[test]
    fn meta_tags_come_first() {
        let html = r#"<html><head>
            <meta name="DC.date.issued" content="2017-03-01">
            <meta property="og:updated_time" content="2017-03-04T10:00:00+01:00">
            </head><body><time datetime="2016-01-01">1 Jan 2016</time></body></html>"#;
        assert_eq!(
            dates(html, None),
            (
                Some("2017-03-01".into()),
                Some("2017-03-04T10:00:00+01:00".into())
            )
        );
    }

    #[test]
    fn metas_dated_in_datetime_or_compact_timestamps_are_read() {
        let page = |head: &str| format!("<html><head>{head}</head><body><p>Text</p></body></html>");
        assert_eq!(
            dates(
                &page(
                    r#"<meta itemprop="dateCreated" datetime="2018-02-02"><meta itemprop="dateModified" datetime="2018-02-06">"#
                ),
                None
            ),
            (Some("2018-02-02".into()), Some("2018-02-06".into()))
        );
        assert_eq!(
            dates(
                &page(r#"<meta property="og:regDate" content="20210820030646">"#),
                None
            ),
            (Some("2021-08-20".into()), None)
        );
        assert_eq!(
            dates(
                &page(r#"<meta name="DC.Issued" content="2021-07-13">"#),
                None
            ),
            (Some("2021-07-13".into()), None)
        );
        // A number that is no date is not read as one.
        assert_eq!(
            dates(
                &page(r#"<meta property="og:regDate" content="1629428806">"#),
                None
            ),
            (None, None)
        );
    }

    #[test]
    fn news_sites_meta_names_date_a_page_and_the_common_names_outrank_them() {
        // afpbb.com: a cXense tag is the only publication date.
        let cxense = r#"<html><head>
            <meta name="cXenseParse:recs:publishtime" content="2018-06-18T10:01:00.000Z">
            <meta property="article:modified_time" content="2018-06-18T13:57:57.000Z">
            </head><body><p>Text.</p></body></html>"#;
        assert_eq!(
            dates(cxense, None),
            (
                Some("2018-06-18T10:01:00Z".into()),
                Some("2018-06-18T13:57:57Z".into())
            )
        );
        // nytimes: `pdate` gives the day alone before `article:published_time` gives the
        // hour; the common name wins wherever it stands.
        let nytimes = r#"<html><head><meta name="pdate" content="20170113">
            <meta property="article:published_time" content="2017-01-13T00:00:04-05:00">
            <meta name="utime" content="20170113033838"></head><body></body></html>"#;
        assert_eq!(
            dates(nytimes, None).0.as_deref(),
            Some("2017-01-13T00:00:04-05:00")
        );
    }

    #[test]
    fn a_date_a_script_keeps_in_a_data_attribute_is_read() {
        // 247sports prints a relative time and keeps the date for its script.
        let relative = r#"<body><header><h1>Houston hires Major Applewhite as coach</h1>
            <ul><li><a href="/User/TravisHaney">Travis Haney</a> - <time
            data-published="2016-12-09 09:13:00Z"> 4 hours ago </time></li></ul></header>
            <p>Text.</p></body>"#;
        assert_eq!(
            dates(relative, None).0.as_deref(),
            Some("2016-12-09T09:13:00Z")
        );
        // An attribute whose name says nothing of a date is not read, nor one holding a
        // change's date or the clock's.
        for key in ["data-count", "data-modified-date", "data-server-time"] {
            let other = relative.replace("data-published", key);
            assert_eq!(dates(&other, None).0, None, "{key}");
        }
    }

    #[test]
    fn an_updated_class_holding_a_publish_class_dates_the_publication() {
        // Kinja (Deadspin): hAtom's `updated` on the story's only date, a link classed as
        // its publication time inside.
        let page = |inner_class: &str| {
            format!(
                r#"<body><h1>The Nationals are stuck</h1><div class="meta"><time
                class="meta__time updated" datetime="2016-10-13T12:34:00-04:00"><a
                class="{inner_class}" href="/story">Today 12:34pm</a></time></div>
                <p>Text.</p></body>"#
            )
        };
        let kinja = dates(&page("js_entry-link js_publish_time"), None);
        assert_eq!(kinja.0.as_deref(), Some("2016-10-13T12:34:00-04:00"));
        assert_eq!(kinja.1, None);
        // Without it, `updated` marks the change; so it does with a class naming the
        // publisher or a republication inside.
        for inner in ["js_entry-link", "publisher-logo", "republished-note"] {
            let plain = dates(&page(inner), None);
            assert_eq!(plain.0, None, "{inner}");
            assert_eq!(
                plain.1.as_deref(),
                Some("2016-10-13T12:34:00-04:00"),
                "{inner}"
            );
        }
    }

    #[test]
    fn a_headline_in_a_script_without_spaces_is_the_headline() {
        // qdaily: the site's name in a hidden `<h1>`, the headline in an `<h2>` with no
        // space in it, and a teaser with a space in its title further down.
        let page = r#"<body><div class="logo"><h1 class="hidden">好奇心日报</h1></div>
            <div class="article"><h2 class="title">这个约会软件，想用你和对方的相似好恶来帮你找对象</h2>
            <div class="author"><span class="name">谢若含</span><span class="date smart-date"
            data-origindate="2017-03-01 14:27:02 +0800"></span></div>
            <p>正文。</p></div>
            <div class="grid"><h3 class="title">从相亲网站到约会 app，美国人对性的态度变了多少</h3>
            <span class="smart-date" data-origindate="2016-02-23 20:08:31 +0800"></span></div>
            </body>"#;
        assert_eq!(
            dates(page, None).0.as_deref(),
            Some("2017-03-01T14:27:02+08:00")
        );
    }

    #[test]
    fn microdata_and_marked_times_are_read_from_attributes_or_text() {
        let abbr = r#"<body><h1>T</h1><abbr class="published" itemprop="datePublished"
            title="2011-03-30T21:05:00-07:00">9:05 PM</abbr></body>"#;
        assert_eq!(
            dates(abbr, None).0.as_deref(),
            Some("2011-03-30T21:05:00-07:00")
        );
        let pubdate = r#"<body><div class="publi_infos"><time pubdate
            datetime="2019-06-09T17:00:00Z">Publié le 9 juin 2019</time></div></body>"#;
        assert_eq!(
            dates(pubdate, None).0.as_deref(),
            Some("2019-06-09T17:00:00Z")
        );
        // The attribute names another day than the text: the reader saw the text.
        let edited = r#"<body><div class="time"><time datetime="2019-07-03T10:18:46Z">Publié
            le 29 juin 2019</time></div></body>"#;
        assert_eq!(dates(edited, None).0.as_deref(), Some("2019-06-29"));
    }

    #[test]
    fn a_dated_byline_gives_the_date_in_its_text() {
        let html = r#"<body><h1>Maps</h1>
            <p class="meta">By Joe Matazzoni, Wikimedia Foundation June 28th, 2018</p>
            <p>Text of the post.</p></body>"#;
        assert_eq!(dates(html, None).0.as_deref(), Some("2018-06-28"));
        let german = r#"<body><div class="asset-meta">Von Christian am 03.05.2013, 11:51 |
            0 Meinungen | Energie sparen</div></body>"#;
        assert_eq!(dates(german, None).0.as_deref(), Some("2013-05-03"));
    }

    #[test]
    fn comments_sidebars_and_embeds_do_not_date_the_article() {
        let html = r#"<body><article><h1>Post</h1><p>Text.</p></article>
            <div class="comment-meta"><span class="date">15. Dezember 2015</span></div>
            <aside><span class="date">August 30, 2017</span></aside>
            <blockquote class="instagram-media"><time datetime="2018-03-12T19:30:12+00:00">
            Mär 12, 2018</time></blockquote></body>"#;
        assert_eq!(dates(html, None), (None, None));
    }

    #[test]
    fn an_update_line_is_a_modification_not_a_publication() {
        let html = r#"<body><p class="article_date">Letzte Aktualisierung: 18.01.2018</p></body>"#;
        assert_eq!(dates(html, None), (None, Some("2018-01-18".into())));
    }

    #[test]
    fn the_address_dates_a_page_that_prints_no_date() {
        let html = "<body><h1>Parken in Paris</h1><p>Text.</p></body>";
        let url = "http://www.jovelstefan.de/2012/05/11/parken-in-paris/";
        assert_eq!(dates(html, Some(url)).0.as_deref(), Some("2012-05-11"));
        assert_eq!(
            url_date("https://example.org/news/2019-06-28-a-title.html").map(|d| d.normalized),
            Some("2019-06-28".into())
        );
        assert_eq!(
            url_date("https://example.org/a/20190628/title").map(|d| d.normalized),
            Some("2019-06-28".into())
        );
        assert_eq!(
            url_date("http://www.cnn.com/2010/POLITICS/08/13/democrats.social.security/index.html")
                .map(|d| d.normalized),
            Some("2010-08-13".into())
        );
        // Not a date: a month without a day, an impossible day, an id.
        assert_eq!(url_date("https://example.org/2019/06/title"), None);
        assert_eq!(url_date("https://example.org/2019/02/31/title"), None);
        assert_eq!(url_date("https://example.org/article/20191399/"), None);
        assert_eq!(url_date("https://2019-06-28.example.org/"), None);
    }

    #[test]
    fn the_address_outranks_the_furniture() {
        let html = r#"<body><h1>A post title</h1><time class="entry-date"
            datetime="2012-05-12">12 May</time><span class="date">August 30, 2017</span></body>"#;
        let url = "https://example.org/2012/05/11/post/";
        assert_eq!(dates(html, Some(url)).0.as_deref(), Some("2012-05-11"));
        assert_eq!(dates(html, None).0.as_deref(), Some("2012-05-12"));
    }

    #[test]
    fn the_date_nearest_the_headline_is_the_articles() {
        // An edition date in the masthead and teasers' dates after the article.
        let html = r#"<body><header><span class="date-edition">lun. 5 août 2019</span></header>
            <h1>Didier Porte souhaite la santé</h1>
            <p class="publication"><time datetime="2019-06-28T13:49:45Z">28 juin 2019</time></p>
            <p>Texte.</p>
            <div class="list"><time pubdate datetime="2019-09-22T07:30:29Z">22 septembre</time></div>
            </body>"#;
        assert_eq!(dates(html, None).0.as_deref(), Some("2019-06-28T13:49:45Z"));
        // A date above the title when none follows it (Blogger's date header).
        let above = r#"<body><h2 class="date-header">Friday, December 23, 2016</h2>
            <h3 class="post-title">Python 3.6.0 is now available</h3><p>Text.</p></body>"#;
        assert_eq!(dates(above, None).0.as_deref(), Some("2016-12-23"));
        // The masthead's edition date is not the article's.
        let masthead = r#"<body><header class="header"><span class="date-edition">lun. 5
            août 2019</span></header><h1>Violences policières</h1><p>Texte.</p></body>"#;
        assert_eq!(dates(masthead, None).0, None);
        // A post dated at its foot.
        let foot = format!(
            r#"<body><h1>Elektromobilität, der neue Trend</h1>{}<div class="asset-meta">Von
            Christian am 03.05.2013, 11:51</div></body>"#,
            "<p>Elektroautos sind im Kommen, sagen viele Hersteller.</p>".repeat(60)
        );
        assert_eq!(dates(&foot, None).0.as_deref(), Some("2013-05-03"));
        // A date far above the headline is another article's.
        let far = format!(
            r#"<body><div class="date">2 June 2019</div>{}<h1>The story</h1></body>"#,
            "<p>Another story's long introduction goes here.</p>".repeat(40)
        );
        assert_eq!(dates(&far, None).0, None);
    }

    #[test]
    fn a_dateline_under_the_headline_dates_the_page_when_no_markup_does() {
        // A blog's `<small>` under the post title (blog.todamax.net).
        let small = r#"<body><div class="post"><h1><a href="/2018/x/">MIDP Emulator KEmulator
            und Brick Challenge</a></h1><small>Donnerstag, 15.2.2018, 19:51 <!-- --> &gt;
            da]v[ax</small><div class="entry"><p>Neulich packte mich das Verlangen.</p></div>
            </div></body>"#;
        assert_eq!(dates(small, None).0.as_deref(), Some("2018-02-15"));
        // A date split from its label and the author's name (goodform.ch), after a deck.
        let split = r#"<body><h1>Ein schattiges Plätzchen</h1><p>Wie man den Garten im
            Sommer kühl hält, zeigen wir hier.</p><div class="postDetails"><span>By Urs
            Gassner</span> | <span class="created-post">27.06.2018 09:54</span> |
            <a href="/blog/x">Kommentare</a></div><p>Text.</p></body>"#;
        assert_eq!(dates(split, None).0.as_deref(), Some("2018-06-27"));
        // A sentence of the text that mentions a date does not date the page.
        let prose = r#"<body><h1>Antonin Bernanos en prison</h1><p>Hier, le 11 juin 2019, la
            chambre de l'instruction a décidé de rejeter l'appel de cette décision et a confirmé
            le maintien en détention.</p></body>"#;
        assert_eq!(dates(prose, None).0, None);
        // Nor a short one in a highlights list under the headline (CNN); a blog's dateline
        // with its lower-case label words still does.
        let highlight = r#"<body><h1>Democrats to use Social Security</h1><ul><li>The Social
            Security Act was signed into law on August 14, 1935</li></ul><p>Text.</p></body>"#;
        assert_eq!(dates(highlight, None).0, None);
        let posted = r#"<body><h1>Parken in Paris</h1><p>posted by admin on August 14,
            2012</p><p>Text.</p></body>"#;
        assert_eq!(dates(posted, None).0.as_deref(), Some("2012-08-14"));
        // Nor does a date after the article's first paragraphs, or one in a sidebar.
        let late = format!(
            r#"<body><h1>The story</h1>{}<p>2 June 2019</p></body>"#,
            "<p>The story's long introduction goes on and on here.</p>".repeat(20)
        );
        assert_eq!(dates(&late, None).0, None);
        let aside = r#"<body><h1>The story</h1><aside><p>2 June 2019</p></aside>
            <p>Text.</p></body>"#;
        assert_eq!(dates(aside, None).0, None);
    }

    #[test]
    fn a_dateline_under_the_headline_outranks_the_date_a_site_header_prints_above_it() {
        // sott.net: today's date in the header's `#date-box`, its menus, then the headline
        // and a dateline no class names.
        let menus = "<a href='/s'>Section of the site</a> ".repeat(12);
        let html = format!(
            r#"<body><div id="date-box">Mon, 25 Dec 2023</div><div class="menus">{menus}</div>
            <div class="article"><h1>'The American friends': New court files</h1>
            <div class="m-bar">Max Blumenthal<br>The Grayzone<br>Thu, 14 May 2020 17:55 UTC</div>
            <p>As the co-founder of a small security consulting firm …</p></div></body>"#
        );
        assert_eq!(
            dates(&html, None).0.as_deref(),
            Some("2020-05-14T17:55:00Z")
        );
        // A date above the headline still dates a page that prints none under it.
        let above = format!(
            r#"<body><div class="menus">{menus}</div><span class="date">3 May 2019</span>
            <h1>The story of the day</h1><p>The story begins here and goes on.</p></body>"#
        );
        assert_eq!(dates(&above, None).0.as_deref(), Some("2019-05-03"));
    }

    #[test]
    fn hidden_dates_and_cited_works_dates_are_not_the_articles() {
        let paragraphs = "<p>Mozilla is a free software community founded in 1998.</p>".repeat(30);
        let html = format!(
            r#"<body><h1>Mozilla - Wikipedia</h1><table class="infobox"><tr><td>Founded
            <span style="display: none">(<span class="bday dtstart published updated">1998-02-28</span>)</span>
            </td></tr></table>{paragraphs}<ol class="references"><li><span
            class="reference-accessdate">. Retrieved 2012-08-19</span></li></ol></body>"#
        );
        assert_eq!(dates(&html, None), (None, None));
    }

    #[test]
    fn a_region_holding_the_headline_is_the_articles_whatever_its_class() {
        let html = r#"<body class="single sidebar"><div id="sidebar" class="content-area">
            <article class="post category-newsletter"><h1>The first decade</h1>
            <span class="byline"><time class="entry-date" datetime="2019-07-13">Sa 13 Jul 2019</time></span>
            </article></div></body>"#;
        assert_eq!(dates(html, None).0.as_deref(), Some("2019-07-13"));
    }
    #[test]
    fn a_blogs_sentence_under_its_post_dates_it() {
        // Longer than the reach of an unmarked dateline under the headline.
        let text =
            "<p>The repairs will take two years, the council said on Tuesday.</p>".repeat(12);
        // WordPress's German Kubrick theme, in a `postmetadata` paragraph: longer than a
        // dateline.
        let kubrick = format!(
            r#"<body><h1>Kein Cyberterrorismus</h1>{text}<p class="postmetadata alt"><small>
            Dieser Beitrag wurde am Samstag, 3. Dezember 2011 um 10:00 Uhr veröffentlicht und
            unter <a href="/c">Cybercrime</a> gespeichert. Sie können Kommentare zu diesem
            Eintrag über den RSS-2.0-Feed verfolgen.</small></p></body>"#
        );
        assert_eq!(
            dates(&kubrick, None).0.as_deref().map(|d| &d[..10]),
            Some("2011-12-03")
        );
        // Under a class that names no date.
        let footer = format!(
            r#"<body><h1>Eine Virtual Wall</h1>{text}<div class="post-footer">Dieser Artikel
            wurde am 14. Dezember 2015 um 14:48 von <a href="/author/admin">Heiner</a>
            geschrieben und unter dem Stichwort <a href="/tag/a">Arduino</a> eingeordnet.</div></body>"#
        );
        assert_eq!(
            dates(&footer, None).0.as_deref().map(|d| &d[..10]),
            Some("2015-12-14")
        );
        // Drupal's `submitted` line.
        let drupal = format!(
            r#"<body><h1>FairCoin hackathon</h1>{text}<div class="submitted">Gespeichert von
            <span class="username">rasos</span> am 24. Juli 2017 - 18:55</div></body>"#
        );
        assert_eq!(
            dates(&drupal, None).0.as_deref().map(|d| &d[..10]),
            Some("2017-07-24")
        );
    }
}
