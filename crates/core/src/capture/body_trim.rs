//! What Readability leaves around an article's body, taken off before it is stored: a
//! reading-time label at its head (`4 Min Read`), a slideshow's caption button and its
//! title printed once per slide (`HIDE CAPTION`, then `Weather threatens holiday plans`
//! fourteen times), the heading of a box of other stories whose headlines are gone
//! (`Most Popular`), and at its tail what follows the text on
//! the page: the comment section, related-post lists, a load-more button, and the last
//! labels, tags and teasers (`Anzeige`, `Tags: …`, `Sommerzeit ist Urlaubszeit … Weiterlesen`),
//! and a heading left with nothing under it (`Weitere Informationen`). An advertisement
//! slot's label (`Advertisement:`) goes wherever it stands, and so does a teaser for
//! another story set in the text (`Related: <a>…</a>`), whose link is kept as a related
//! link.
//!
//! The tail is cut at an *end marker*, a block of its own that opens the comment section
//! (`36 Comments`, `Kommentare`, `Leave a Reply`), a related list (`Ähnliche Beiträge`,
//! `Related posts`, `Lire aussi`) or a feed of more content (`Lade weitere Inhalte`), only
//! when at least [`MIN_KEPT_SHARE`] of the body's text stands before it: a marker early in
//! the body is a box inside the article, and the article goes on after it. The vocabulary
//! is shared with the pasted-text reader ([`super::text`]), which meets the same furniture
//! as lines.

use std::sync::LazyLock;

use dom_query::{Document, NodeRef, Selection};
use regex::Regex;

use super::text::{
    collapse, is_caption_control, is_comments_start, is_name, is_page_control, is_related_marker,
    is_rights_notice, word_count, ABOUT_THE_AUTHOR, AUTHOR_BOX_UNITS, AUTHOR_BOX_WORDS,
    MIN_SLIDE_TITLES, POPULAR_BOX,
};
use crate::sanitize::PHOTO_MARKER_ATTRIBUTE;

/// Share of the body's text that must stand before an end marker for the body to be cut
/// there.
const MIN_KEPT_SHARE: f64 = 0.5;

/// Longest text (characters) of a block that can be a marker or a label.
const MAX_MARKER_CHARS: usize = 80;

/// At most this many trailing blocks are taken off as furniture, and this many leading
/// blocks are looked at for a reading-time label.
const MAX_EDGE_BLOCKS: usize = 8;

/// Markers that open a feed of more content (`Lade weitere Inhalte`, `Load more`): what
/// follows is other articles. Comment sections and related lists are the text reader's
/// markers ([`is_comments_start`], [`is_related_marker`]).
static FEED_MARKER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)^(?:lade\s+weitere\s+inhalte|weitere\s+inhalte\s+laden|mehr\s+laden|load\s+more|charger\s+plus|cargar\s+más)\W*$",
    )
    .expect("valid regex")
});

/// Words the text reader takes for markers that, as a heading of a saved page, open a
/// section of the article itself: an encyclopedia's `See also`, an API's `Response`.
const SECTION_WORDS: [&str; 6] = [
    "see also",
    "response",
    "responses",
    "reply",
    "replies",
    "comment",
];

/// Most related links taken from a cut list.
const MAX_RELATED: usize = 20;

/// A plug for the writer's or the site's channels: `You can keep up with me on Twitter`,
/// `Follow @mr_mo56`, `Abonnieren Sie kostenlos die MEEDIA-Newsletter`.
static SELF_PROMO: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)\b(?:follow\s+(?:me|us)\b|follow\s+@\w|keep\s+up\s+with\s+me|find\s+me\s+on|folg(?:t|en\s+sie)\s+(?:mir|uns)\b|abonnieren\s+sie\b.*\bnewsletter|subscribe\s+to\s+(?:our|the|my)\b.*\bnewsletter|sign\s+up\s+for\s+(?:our|the|my)\b.*\bnewsletter|suivez-(?:moi|nous)\b|síguenos\b)",
    )
    .expect("valid regex")
});

/// Longest plug (words) taken off the tail.
const MAX_PROMO_WORDS: usize = 50;

/// A teaser's tail: the link that leads away to the rest of another article.
static READ_ON: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?:weiterlesen|mehr lesen|read more|continue reading|lire la suite|leer más|leggi tutto)\W*$")
        .expect("valid regex")
});

/// A reading-time label: `4 Min Read`, `Lesezeit: 3 Minuten`, `Temps de lecture : 2 min`.
pub(super) static READING_TIME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)^(?:\d+\s*(?:-\s*)?(?:min(?:ute)?s?\.?)\s+(?:read|reading|de\s+lecture|de\s+lectura|lesezeit|lesedauer)|(?:lesezeit|lesedauer|reading\s+time|temps\s+de\s+lecture|tiempo\s+de\s+lectura)\s*:?\s*(?:ca\.\s*)?\d+\s*(?:min(?:ute)?s?|minuten)\.?)$",
    )
    .expect("valid regex")
});

/// A count of the article's readers, printed over it as a label: `Visto 314 veces`,
/// `1,204 views`, `Viewed 52 times`, `Aufrufe: 1.024`, `阅读 1024`.
pub(super) static VIEW_COUNT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)^(?:(?:visto|vista|leído|leída|viewed|read|seen|lu|letto|gelesen)\s+(?:\d{1,3}(?:[.,\s]\d{3})+|\d{1,7})\s*(?:veces|times|fois|volte|mal)|(?:\d{1,3}(?:[.,\s]\d{3})+|\d{1,7})(?:[.,]\d)?[km]?\s*(?:views?|visualizaciones|visitas|lecturas|vues|aufrufe|visualizzazioni|letture|leituras|visualizações|visualizacoes|次阅读|次浏览|回閲覧)|(?:views|visitas|lecturas|vues|aufrufe|visualizzazioni|leituras|阅读|浏览|閲覧数?)\s*[:：]?\s*(?:\d{1,3}(?:[.,\s]\d{3})+|\d{1,7})[km]?)\W*$",
    )
    .expect("valid regex")
});

/// A label printed over an article that says nothing of it: when it was posted, relative
/// to the day the page was saved (`20 hours ago`, `vor 2 Stunden`, `il y a 3 heures`); a
/// count of shares (`1.2K`, `884 shares`; a bare number may be a chapter's, royal-road's
/// `102`, or a figure the text stands by);
/// a plug for the site's pages (`Like us on Facebook`); a breadcrumb trail under its label
/// (`You are here: Home / Education / …`); or a date's label with no date (LinkedIn's
/// `Published on`, a bare `Updated`).
pub(super) static LEADING_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?ix)^(?:
            (?:(?:posted|published|updated)\s+)?(?:\d{1,3}|an?|one)\s+(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)\s+ago
          | vor\s+(?:\d{1,3}|einer?m?)\s+(?:sekunden?|minuten?|stunden?|tage?n?|wochen?|monate?n?|jahre?n?)
          | il\s+y\s+a\s+(?:\d{1,3}|une?)\s+(?:secondes?|minutes?|heures?|jours?|semaines?|mois|ans?)
          | hace\s+(?:\d{1,3}|una?)\s+(?:segundos?|minutos?|horas?|días?|semanas?|mes(?:es)?|años?)
          | \d{1,3}(?:[.,]\d)?[km](?:\s+(?:shares?|likes?))?
          | (?:\d{1,3}(?:[.,]\d{3})+|\d{1,7})\s+(?:shares?|likes?)
          | (?:like|follow|find)\s+us\s+on\s+(?:facebook|twitter|instagram|linkedin|x)
          | you\s+are\s+here\s*:.*
          | (?:published|posted|updated)(?:\s+on)?\s*:?
        )\W*$",
    )
    .expect("valid regex")
});

/// A date's label with no date after it (`Published on`, `Updated:`).
static BARE_DATE_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:published|posted|updated)(?:\s+on)?\s*:?\W*$").expect("valid regex")
});

/// Elements that hold blocks rather than text: a walk to the first or last block goes
/// into them.
const CONTAINERS: &[&str] = &[
    "div",
    "section",
    "article",
    "main",
    "header",
    "footer",
    "aside",
    "ul",
    "ol",
    "dl",
    "figure",
    "table",
    "tbody",
    "tr",
    "td",
    "blockquote",
    "center",
];

/// Elements that are blocks of text: a container holding one holds blocks.
const TEXT_BLOCKS: &[&str] = &[
    "p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "pre", "dd", "dt",
];

/// A link to another article, from a related list the tail cut took off.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RelatedLink {
    pub title: String,
    /// As the page wrote it (not resolved).
    pub href: String,
}

/// Takes the furniture off the head and the tail of `content`'s body (an article by
/// `authors`); returns the links of the teasers and the related list it took off.
pub fn trim(content: &Document, authors: &[String]) -> Vec<RelatedLink> {
    let body = content.select("body");
    let Some(body) = body.nodes().first().copied() else {
        return Vec::new();
    };
    drop_teaser_cards(&body);
    drop_share_bars(&body);
    // The blocks are found once; each step removes nodes and keeps the list in step.
    let mut blocks = blocks(&body);
    drop_leading_labels(&mut blocks);
    drop_leading_controls(&mut blocks);
    drop_ad_labels(&mut blocks);
    drop_video_details(&mut blocks);
    join_dateline_to_its_paragraph(&mut blocks);
    drop_slideshow_controls(&mut blocks);
    drop_pagers(&mut blocks);
    drop_emptied_story_boxes(&mut blocks);
    let mut related = take_inline_teasers(&mut blocks);
    for link in cut_at_end_marker(&body, &mut blocks) {
        if !related.iter().any(|l| l.href == link.href) {
            related.push(link);
        }
    }
    related.truncate(MAX_RELATED);
    drop_trailing_furniture(&mut blocks);
    if drop_author_box(&body, &mut blocks, authors) {
        drop_trailing_furniture(&mut blocks);
    }
    related
}

fn collapsed(node: &NodeRef) -> String {
    collapse(&node.text())
}

/// A block of the body and its text (white space collapsed), read once: the blocks do not
/// hold one another, so removing one leaves the others' text as it was.
struct Block<'a> {
    node: NodeRef<'a>,
    text: String,
}

/// What kind of end a block's text marks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum End {
    /// Comments, or a feed of more content.
    Comments,
    /// A list of other articles.
    Related,
}

/// Whether a block's text ends the article, and how.
fn end_marker(text: &str) -> Option<End> {
    let lower = text.to_lowercase();
    let bare = lower.trim_end_matches(|c: char| !c.is_alphanumeric());
    if SECTION_WORDS.contains(&bare) {
        None
    } else if is_related_marker(text) {
        Some(End::Related)
    } else if FEED_MARKER.is_match(&lower) || is_comments_start(&lower) {
        Some(End::Comments)
    } else {
        None
    }
}

/// The blocks of `body` in page order: elements with text that are not containers of
/// other blocks (a paragraph, a heading, a list item, a `<div>` of text).
fn blocks<'a>(body: &NodeRef<'a>) -> Vec<Block<'a>> {
    let mut out = Vec::new();
    collect_blocks(*body, &mut out);
    out.into_iter()
        .map(|node| Block {
            text: collapsed(&node),
            node,
        })
        .collect()
}

fn collect_blocks<'a>(node: NodeRef<'a>, out: &mut Vec<NodeRef<'a>>) {
    for child in node.element_children() {
        if !has_text(&child) {
            continue;
        }
        let holds_blocks = is_tag(&child, CONTAINERS)
            && child
                .element_children()
                .iter()
                .any(|c| is_tag(c, CONTAINERS) || is_tag(c, TEXT_BLOCKS));
        if holds_blocks {
            collect_blocks(child, out);
        } else {
            out.push(child);
        }
    }
}

/// Whether any text that is not white space stands in `node` (stops at the first).
fn has_text(node: &NodeRef) -> bool {
    node.descendants_it()
        .any(|d| d.is_text() && !d.text().trim().is_empty())
}

/// Whether `node` is an element named in `tags` (lower case).
fn is_tag(node: &NodeRef, tags: &[&str]) -> bool {
    node.node_name()
        .is_some_and(|name| tags.contains(&name.to_ascii_lowercase().as_str()))
}

/// Removes a reading-time label or a count of readers ([`VIEW_COUNT`]) among the first
/// blocks, and another label that says nothing of the article ([`LEADING_LABEL`]) before
/// the first block of more than a few words (the text, or a heading in it).
fn drop_leading_labels(blocks: &mut Vec<Block>) {
    let mut i = 0;
    let mut text_started = false;
    for _ in 0..MAX_EDGE_BLOCKS {
        let Some(block) = blocks.get(i) else {
            return;
        };
        let label = !text_started
            && block.text.chars().count() <= 2 * MAX_MARKER_CHARS
            && LEADING_LABEL.is_match(&block.text)
            // A list's item or a heading (a race report's `10K`) is the text's, unless it
            // is a date's label left without its date (LinkedIn's `<li>Published on
            // <time>…</time></li>`, the date taken out as the article's).
            && (!is_tag(
                &block.node,
                &["li", "dd", "dt", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6"],
            ) || BARE_DATE_LABEL.is_match(&block.text));
        if label || READING_TIME.is_match(&block.text) || VIEW_COUNT.is_match(&block.text) {
            block.node.remove_from_parent();
            blocks.remove(i);
        } else {
            text_started |= word_count(&block.text) > MAX_LEADING_LABEL_WORDS;
            i += 1;
        }
    }
}

/// Removes the run of page controls and labels the body opens with, when Readability took
/// the article's toolbar with it: a share bar left as words (Fox News's `Print`, `Email`,
/// `Recommend`, `Tweet`; CBS's `Share this`, `View Comments`), with the section's label
/// and the site's name between them (`Executive Branch`, `| FoxNews.com`). The run is
/// the first blocks that are each furniture ([`is_furniture`]) or a label of a few words
/// with no sentence in it; it goes only when two or more of its blocks and at least half
/// of them are furniture, and text follows it. A lone label before the text (a kicker, a
/// dateline) stays.
fn drop_leading_controls(blocks: &mut Vec<Block>) {
    // Links that skip past the page's parts (`Skip Article Header. Skip to: Start of
    // Article.`) are for a screen reader, never the article's, alone as they may be.
    while blocks.len() > 1
        && blocks[0].text.chars().count() <= MAX_MARKER_CHARS
        && SKIP_LINKS.is_match(&blocks[0].text)
    {
        blocks.remove(0).node.remove_from_parent();
    }
    let is_furniture_block =
        |b: &Block| b.text.chars().count() <= MAX_MARKER_CHARS && is_page_control(&b.text);
    let is_label = |b: &Block| {
        word_count(&b.text) <= MAX_LEADING_LABEL_WORDS
            && !b.text.trim_end().ends_with(['.', '!', '…', '"', '”', '»'])
            && !Selection::from(b.node)
                .select(&format!(
                    "[{PHOTO_MARKER_ATTRIBUTE}], img, picture, video, iframe"
                ))
                .exists()
    };
    let run = blocks
        .iter()
        .take(MAX_EDGE_BLOCKS)
        .take_while(|b| is_furniture_block(b) || is_label(b))
        .count();
    if run == blocks.len() {
        return;
    }
    let furniture = blocks[..run]
        .iter()
        .filter(|b| is_furniture_block(b))
        .count();
    if furniture < 2 || furniture * 2 < run {
        return;
    }
    for block in blocks.drain(..run) {
        block.node.remove_from_parent();
    }
}

/// A link that skips to the page's content or past a part of it.
static SKIP_LINKS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)^\W*(?:skip (?:to|article|navigation|ad)\b|jump to (?:navigation|content|main)\b)",
    )
    .expect("valid regex")
});

/// Most words of a label in the run of controls a body may open with.
const MAX_LEADING_LABEL_WORDS: usize = 4;

/// A link that only reads on (`READ THE REST`, `Weiterlesen`), the whole of its text.
static READ_ON_ALONE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^\W*(?:weiterlesen|mehr lesen|lesen sie (?:mehr|weiter)|read (?:the )?(?:rest|more|on)|continue reading|lire la suite|leer más|leggi tutto)\W*$")
        .expect("valid regex")
});

/// A bare `mehr`, `» more`, `zum Artikel`: a read-on link only when it leads to the same
/// site (a relative address); a shop's `More` under a gift guide's item leads away.
static READ_ON_BARE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)^\W*(?:mehr|more|zum artikel)\W*$").expect("valid regex"));

/// Whether a link only reads on to another page of the site ([`READ_ON_ALONE`], or
/// [`READ_ON_BARE`] with a relative address).
fn reads_on(link: &NodeRef, href: &str) -> bool {
    let text = collapse(&link.text());
    READ_ON_ALONE.is_match(&text)
        || (READ_ON_BARE.is_match(&text) && !href.contains("://") && !href.starts_with("//"))
}

/// Most characters a box may show beside the teaser card it holds: its label (`Weitere
/// Informationen`, `Mehr zum Thema`), which goes with the card.
const MAX_BOX_LABEL_CHARS: usize = 40;

/// Most levels above a teaser card searched for the labelled box around it.
const BOX_LEVELS: usize = 2;

/// The box around `card` that holds nothing else but a label (`Weitere Informationen` over
/// ndr.de's teaser of another story, set inside the text), or the card itself.
fn with_labelled_box<'a>(card: NodeRef<'a>, body: &NodeRef<'a>) -> NodeRef<'a> {
    let mut widest = card;
    for parent in card.ancestors_it(Some(BOX_LEVELS)) {
        if parent.id == body.id
            || is_tag(&parent, &["article", "main", "section"])
            || !only_a_label_beside(&parent, &widest)
        {
            break;
        }
        widest = parent;
    }
    widest
}

/// Whether what `parent` holds beside `inner` is a label at most: a few words, no sentence,
/// nothing shown (a picture beside a card is the article's own, however short its caption).
fn only_a_label_beside(parent: &NodeRef, inner: &NodeRef) -> bool {
    let mut label_chars = 0;
    for child in parent.children_it(false) {
        if child.id == inner.id {
            continue;
        }
        let text = collapsed(&child);
        if text
            .trim_end()
            .ends_with(['.', '!', '?', ':', '"', '”', '»'])
            || (child.is_element()
                && (is_tag(&child, &["img", "figure", "picture", "video", "table"])
                    || Selection::from(child)
                        .select("img, figure, picture, video, table, ul, ol, blockquote")
                        .exists()))
        {
            return false;
        }
        label_chars += text.chars().count();
    }
    label_chars <= MAX_BOX_LABEL_CHARS
}

/// Most levels above a read-on link searched for the card that holds it.
const CARD_LEVELS: usize = 4;

/// Longest text (characters) of a teaser card.
const MAX_CARD_CHARS: usize = 2_000;

/// Least text (characters) the body keeps outside teaser cards for them to go: a page that
/// is only cards (an archive page) keeps them.
const MIN_TEXT_BESIDE_CARDS: usize = 300;

/// Removes teaser cards of other stories set in or after the article (boingboing's `Next
/// post` cards): a box whose headline (a link in an `<h1>`–`<h6>`) leads to a story and which
/// holds a link to the same story that only reads on (`READ THE REST`).
fn drop_teaser_cards(body: &NodeRef) {
    let key = |href: &str| href.split(['?', '#']).next().unwrap_or("").to_string();
    let mut cards: Vec<NodeRef> = Vec::new();
    for link in Selection::from(*body).select("a[href]").nodes() {
        let href = link.attr("href").unwrap_or_default();
        if !reads_on(link, &href) {
            continue;
        }
        let target = key(&href);
        if target.is_empty() || inside_any(link, &cards) {
            continue;
        }
        let card = link
            .ancestors_it(Some(CARD_LEVELS))
            .take_while(|a| a.id != body.id)
            .find(|a| {
                Selection::from(*a)
                    .select(
                        "h1 a[href], h2 a[href], h3 a[href], h4 a[href], h5 a[href], h6 a[href]",
                    )
                    .nodes()
                    .iter()
                    .any(|other| {
                        other.id != link.id
                            && key(&other.attr("href").unwrap_or_default()) == target
                            && collapse(&other.text()).split_whitespace().count() >= 3
                    })
            });
        if let Some(card) = card.filter(|c| !text_exceeds(c, MAX_CARD_CHARS)) {
            cards.push(with_labelled_box(card, body));
        }
    }
    if cards.is_empty() {
        return;
    }
    let in_cards: usize = cards.iter().map(|c| collapsed(c).chars().count()).sum();
    if collapsed(body).chars().count().saturating_sub(in_cards) < MIN_TEXT_BESIDE_CARDS {
        return;
    }
    for card in cards {
        card.remove_from_parent();
    }
}

/// The address of a share button: a network's or a reading service's endpoint for sharing
/// or saving the page (`twitter.com/share?url=…`, `facebook.com/sharer/sharer.php?u=…`,
/// `linkedin.com/shareArticle?…`, `getpocket.com/edit?url=…`, `wa.me/?text=…`,
/// `mailto:?subject=…`).
static SHARE_ENDPOINT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)^(?:(?:https?:)?//(?:[\w-]+\.)*(?:(?:twitter|x)\.com/(?:intent/(?:tweet|post)\b|share\b)|facebook\.com/(?:sharer|share\.php|dialog/(?:share|feed))|linkedin\.com/(?:sharearticle|sharing/|cws/share)|xing\.com/(?:social_plugins/share|spi/shares|social/share)|reddit\.com/submit|getpocket\.com/(?:edit|save)|pinterest\.\w+(?:\.\w+)?/pin/create|tumblr\.com/(?:share|widgets/share)|(?:share\.)?flipboard\.com/bookmarklet|wa\.me/\?|(?:api|web)\.whatsapp\.com/send|t(?:elegram)?\.me/share|vk\.com/share|bsky\.app/intent|news\.ycombinator\.com/submitlink|threads\.net/intent)|whatsapp://send|mailto:\?)",
    )
    .expect("valid regex")
});

/// Most characters a share bar shows per link (`Share on Facebook`, `twittern`): a longer
/// link to a share endpoint is a quote to tweet, part of the text.
const MAX_SHARE_ITEM_CHARS: usize = 30;

/// Most characters a share bar shows beside its links (`Share:`, `Teilen`): past that the
/// links stand in a sentence.
const MAX_SHARE_BAR_LABEL_CHARS: usize = 20;

/// Most words of a share bar's label (`Share this article:`).
const MAX_SHARE_BAR_LABEL_WORDS: usize = 3;

/// Whether the text a share bar shows beside its links is a label at most: a few words, no
/// clause (`“No.” he said, then “Never.”` is a sentence around two quotes to tweet).
fn is_share_label(text: &str) -> bool {
    text.chars().count() <= MAX_SHARE_BAR_LABEL_CHARS
        && text.split_whitespace().count() <= MAX_SHARE_BAR_LABEL_WORDS
        && !text.contains([',', ';', '.'])
}

/// The text of `node` outside its links, white space collapsed.
fn text_beside_links(node: &NodeRef) -> String {
    let outside: String = node
        .descendants_it()
        .filter(|d| d.is_text())
        .filter(|d| {
            !d.ancestors_it(None)
                .take_while(|a| a.id != node.id)
                .any(|a| a.has_name("a"))
        })
        .map(|d| d.text().to_string())
        .collect::<Vec<_>>()
        .join(" ");
    collapse(&outside)
}

/// Levels above a share link its bar's list may be (`ul > li > a`, `ul > li > span > a`).
const SHARE_BAR_LEVELS: usize = 3;

/// Removes share bars, wherever they stand: the nearest list (or else the element) around
/// two or more links to share endpoints ([`SHARE_ENDPOINT`]) that make at least half its
/// links and show only a few words each (`twittern`, `teilen`, `pocket`, `e-mail`, `info`).
fn drop_share_bars(body: &NodeRef) {
    let mut bars: Vec<NodeRef> = Vec::new();
    for link in Selection::from(*body).select("a[href]").nodes() {
        let href = link.attr("href").unwrap_or_default();
        if !SHARE_ENDPOINT.is_match(href.trim()) || inside_any(link, &bars) {
            continue;
        }
        let Some(bar) = link
            .ancestors_it(Some(SHARE_BAR_LEVELS))
            .take_while(|a| a.id != body.id)
            .find(|a| is_tag(a, &["ul", "ol"]))
            .or_else(|| link.parent().filter(|p| p.id != body.id))
        else {
            continue;
        };
        let links = Selection::from(bar).select("a");
        let shares = links
            .nodes()
            .iter()
            .filter(|a| {
                a.attr("href")
                    .is_some_and(|href| SHARE_ENDPOINT.is_match(href.trim()))
            })
            .count();
        if shares >= 2
            && shares * 2 >= links.length()
            && is_share_label(&text_beside_links(&bar))
            && !text_exceeds(&bar, MAX_SHARE_ITEM_CHARS * links.length())
            && !Selection::from(bar)
                .select("picture, video, audio, iframe, table")
                .exists()
        {
            bars.push(bar);
        }
    }
    for bar in bars {
        bar.remove_from_parent();
    }
}

/// Whether `node` stands inside one of `boxes`.
fn inside_any(node: &NodeRef, boxes: &[NodeRef]) -> bool {
    node.ancestors_it(None)
        .any(|a| boxes.iter().any(|b| b.id == a.id))
}

/// Whether `node`'s text (white space collapsed) runs past `limit` characters.
fn text_exceeds(node: &NodeRef, limit: usize) -> bool {
    collapsed(node).chars().count() > limit
}

/// The label an advertisement slot prints over itself, a block of its own wherever the
/// slot stands in the text: `Advertisement:`, `Anzeige`, `Story continues below
/// advertisement`, CNN's `Video Ad Feedback` (a link to report the ad).
static AD_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)^(?:advertisement|advertising|ad|(?:video\s+)?ad\s+feedback|anzeige|werbung|publicité|publicidad|pubblicità|reklame|sponsored(?:\s+content)?|(?:the\s+)?(?:story|article)\s+continues\s+(?:below|after)(?:\s+(?:this\s+)?(?:advertisement|ad))?|advertisement\s*[-–—:]\s*(?:scroll\s+to\s+continue(?:\s+with\s+content)?|(?:the\s+)?(?:story|article)\s+continues\s+(?:below|after)))\W*$",
    )
    .expect("valid regex")
});

/// A picture's file name standing as a paragraph of its own (al.com's `skimming scheme
/// seized cash and cards.jpg` over its caption, left by a move between publishing systems).
static IMAGE_FILE_NAME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^[\w\-.,() ]{1,100}\.(?:jpe?g|png|gif|webp|avif|tiff?|heic|bmp)$")
        .expect("valid regex")
});

/// Removes every block that is only an advertisement's label or a picture's file name.
fn drop_ad_labels(blocks: &mut Vec<Block>) {
    let drop: Vec<bool> = blocks
        .iter()
        .map(|b| {
            // A list's `Advertising` (of sectors) or a section's heading is the text's.
            !is_tag(
                &b.node,
                &[
                    "li", "dd", "dt", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6",
                ],
            ) && b.text.chars().count() <= MAX_MARKER_CHARS
                && (AD_LABEL.is_match(&b.text)
                    || (IMAGE_FILE_NAME.is_match(&b.text)
                        && !is_tag(&b.node, &["pre", "code"])
                        && !Selection::from(b.node)
                            .select(&format!("{SHOWN}, [{PHOTO_MARKER_ATTRIBUTE}], pre, code"))
                            .exists()))
        })
        .collect();
    remove_marked(blocks, &drop);
}

/// Removes a slideshow's caption buttons and its title printed once per slide: a run of
/// [`MIN_SLIDE_TITLES`]+ paragraphs, headings or `<div>`s with the same short text of two
/// words or more, which no article repeats (a list's or a table's repeated values are left).
fn drop_slideshow_controls(blocks: &mut Vec<Block>) {
    let texts: Vec<&str> = blocks
        .iter()
        .map(|b| {
            if is_tag(&b.node, &["li", "dd", "dt", "pre"]) {
                ""
            } else {
                b.text.as_str()
            }
        })
        .collect();
    let mut drop = vec![false; blocks.len()];
    let mut i = 0;
    while i < texts.len() {
        let mut j = i + 1;
        while j < texts.len() && texts[j] == texts[i] {
            j += 1;
        }
        let short = texts[i].split_whitespace().count() >= 2
            && texts[i].chars().count() <= MAX_MARKER_CHARS;
        if short && j - i >= MIN_SLIDE_TITLES {
            drop[i..j].iter_mut().for_each(|d| *d = true);
        }
        drop[i] |= is_caption_control(texts[i]);
        i = j;
    }
    remove_marked(blocks, &drop);
}

/// Most words of a dateline's place and agency (`Washington CNN —`, `SEOUL (Yonhap) --`).
pub(super) const MAX_DATELINE_WORDS: usize = 6;

/// Puts a dateline the page sets in a block of its own back at the start of the paragraph
/// it opens (CNN's `<div class="source"><cite>Washington CNN&nbsp;—&nbsp;</cite></div>`
/// before the first `<p>`, which its style shows on one line): the first block, a few words
/// ending with a dash and not a heading, followed by a paragraph.
fn join_dateline_to_its_paragraph(blocks: &mut Vec<Block>) {
    let [first, next, ..] = blocks.as_slice() else {
        return;
    };
    let dateline = first.text.trim_end_matches(|c: char| c.is_whitespace());
    let ends_with_dash = dateline.ends_with(['—', '–']) || dateline.ends_with("--");
    // A place and an agency: capitalised words (`Washington CNN`, `SEOUL (Yonhap)`), a
    // lone one in capitals (`CNN`); not a sentence's end (`And then came this —`) nor a
    // kicker (`Opinion —`).
    let words: Vec<&str> = dateline
        .trim_end_matches(['—', '–', '-'])
        .split_whitespace()
        .collect();
    let capitalised = |w: &&str| {
        w.trim_start_matches(['(', '['])
            .chars()
            .next()
            .is_some_and(char::is_uppercase)
    };
    let worded = !words.is_empty()
        && words.len() <= MAX_DATELINE_WORDS
        && words.iter().all(capitalised)
        && (words.len() >= 2 || !words[0].chars().any(char::is_lowercase));
    // A heading is a kicker over the headline (Ars Technica's `<h4>Biz & IT —</h4>`).
    let heading = is_tag(&first.node, &["h1", "h2", "h3", "h4", "h5", "h6", "li"]);
    if !ends_with_dash || !worded || heading || !next.node.has_name("p") {
        return;
    }
    let escaped = dateline
        .replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;");
    next.node.prepend_html(format!("{escaped} "));
    let text = format!("{dateline} {}", next.text);
    blocks.remove(0).node.remove_from_parent();
    blocks[0].text = text;
}

/// A video's length, and its source after it: `01:40`, `02:12 - Source: CNN`.
static VIDEO_LENGTH: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^\d{1,2}:\d{2}(?::\d{2})?(?:\s*[-–—|•]\s*source:?\s*\S.{0,40})?$")
        .expect("valid regex")
});

/// Most levels above a video's length searched for the class that names a video.
const VIDEO_CLASS_LEVELS: usize = 4;

/// Most words of a video's title printed beside its length.
const MAX_VIDEO_TITLE_WORDS: usize = 30;

/// Removes the title and length a video player prints under its picture (CNN's
/// `video-resource__details`: `Obama on hacking: I warned Putin to 'cut it out'`, `01:40 -
/// Source: CNN`): a block that is a video's length ([`VIDEO_LENGTH`]), given with its
/// source or marked as a duration, inside an element whose class names a video; with the
/// title beside it when the two are all their box holds and the title is no sentence. A
/// time alone in a live blog's entry (`10:30`) is no video's length.
fn drop_video_details(blocks: &mut Vec<Block>) {
    let has_class = |node: &NodeRef, levels: usize, word: &str| {
        std::iter::once(*node)
            .chain(node.ancestors_it(Some(levels)))
            .any(|a| {
                a.attr("class")
                    .is_some_and(|c| c.to_ascii_lowercase().contains(word))
            })
    };
    let marked_duration = |node: &NodeRef| {
        has_class(node, 0, "duration")
            || Selection::from(*node)
                .select("[class*='duration' i]")
                .exists()
    };
    let mut gone: Vec<NodeRef> = Vec::new();
    for block in blocks.iter() {
        let sourced = block.text.to_ascii_lowercase().contains("source");
        if !VIDEO_LENGTH.is_match(&block.text)
            || !(sourced || marked_duration(&block.node))
            || !has_class(&block.node, VIDEO_CLASS_LEVELS, "video")
        {
            continue;
        }
        let details = block.node.parent().filter(|parent| {
            let title = collapsed(parent);
            let title = title.trim_end_matches(block.text.as_str()).trim_end();
            !parent.is("body")
                && parent.element_children().len() <= 2
                && word_count(title) <= MAX_VIDEO_TITLE_WORDS
                && !title.ends_with(['.', '!', '?'])
        });
        gone.push(details.unwrap_or(block.node));
    }
    let inside = |node: &NodeRef| {
        gone.iter()
            .any(|g| g.id == node.id || node.ancestors_it(None).any(|a| a.id == g.id))
    };
    let drop: Vec<bool> = blocks.iter().map(|b| inside(&b.node)).collect();
    for node in &gone {
        node.remove_from_parent();
    }
    remove_marked(blocks, &drop);
}

/// A slideshow's or a list's page button: an arrow or a page number.
static PAGER_BUTTON: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(?:<<?|>>?|[«»‹›←→]|\d{1,3})$").expect("valid regex"));

/// Fewest page numbers, counted up from 1, that make a run of buttons a pager.
const MIN_PAGER_NUMBERS: u32 = 3;

/// Removes a slideshow's pager left as text (CNN's `<<`, `<`, `1` … `14`, `>`, `>>`): a run
/// of blocks that are each an arrow or a page number ([`PAGER_BUTTON`]), whose numbers count
/// up from 1 one by one, at least [`MIN_PAGER_NUMBERS`] of them. Table cells are a table's.
fn drop_pagers(blocks: &mut Vec<Block>) {
    let is_button = |b: &Block| {
        PAGER_BUTTON.is_match(&b.text)
            && !is_tag(&b.node, &["td", "th"])
            && !b.node.ancestors_it(None).any(|a| a.is("td, th, table"))
    };
    let mut drop = vec![false; blocks.len()];
    let mut i = 0;
    while i < blocks.len() {
        let run = blocks[i..].iter().take_while(|b| is_button(b)).count();
        let numbers: Vec<u32> = blocks[i..i + run]
            .iter()
            .filter_map(|b| b.text.parse().ok())
            .collect();
        let counts_up = numbers.len() >= MIN_PAGER_NUMBERS as usize
            && numbers.iter().zip(1..).all(|(n, expected)| *n == expected);
        if counts_up {
            drop[i..i + run].iter_mut().for_each(|d| *d = true);
        }
        i += run.max(1);
    }
    remove_marked(blocks, &drop);
}

/// Removes from the page, and from `blocks`, each block whose `drop` entry is set.
fn remove_marked(blocks: &mut Vec<Block>, drop: &[bool]) {
    let mut k = 0;
    blocks.retain(|block| {
        let gone = drop[k];
        k += 1;
        if gone {
            block.node.remove_from_parent();
        }
        !gone
    });
}

/// Removes the heading of a box of other stories (`Most Popular`, `Trending`) whose
/// headlines Readability took out (a list of links) while it kept the heading: it stands
/// alone inside the article, some of the text before it and the article's next paragraph
/// (not a teaser's link) right after it, or nothing.
fn drop_emptied_story_boxes(blocks: &mut Vec<Block>) {
    let mut text_before = 0;
    let mut drop = vec![false; blocks.len()];
    for (i, block) in blocks.iter().enumerate() {
        let emptied = text_before >= MIN_TEXT_BEFORE_BOX
            && POPULAR_BOX.is_match(&block.text)
            && blocks
                .get(i + 1)
                .is_none_or(|next| next.node.has_name("p") && !mostly_links(next));
        drop[i] = emptied;
        text_before += block.text.chars().count();
    }
    remove_marked(blocks, &drop);
}

/// Characters of the article that stand before a box of other stories set inside it (a
/// briefing may open with its own `Top stories` heading).
const MIN_TEXT_BEFORE_BOX: usize = 500;

/// Whether most of a block's text is the text of its links.
fn mostly_links(block: &Block) -> bool {
    let all = block.text.chars().count();
    let linked: usize = Selection::from(block.node)
        .select("a")
        .iter()
        .map(|a| collapse(&a.text()).chars().count())
        .sum();
    linked * 2 > all
}

/// Cuts the body at the first end marker that has at least [`MIN_KEPT_SHARE`] of the
/// text before it: the marker and everything after it go. Returns the links of the list
/// when the marker opened a related list.
fn cut_at_end_marker(body: &NodeRef, blocks: &mut Vec<Block>) -> Vec<RelatedLink> {
    let lengths: Vec<usize> = blocks.iter().map(|b| b.text.chars().count()).collect();
    let total: usize = lengths.iter().sum();
    let mut before = 0;
    for (i, (block, length)) in blocks.iter().zip(&lengths).enumerate() {
        if *length <= MAX_MARKER_CHARS && before as f64 >= MIN_KEPT_SHARE * total as f64 {
            if let Some(end) = end_marker(&block.text) {
                let cut = from_here_on(&block.node, body);
                let related = match end {
                    End::Related => links_in(&cut),
                    End::Comments => Vec::new(),
                };
                for node in cut {
                    node.remove_from_parent();
                }
                blocks.truncate(i);
                return related;
            }
        }
        before += length;
    }
    Vec::new()
}

/// `node` and everything after it in page order, up to the end of `body`: the nodes to
/// remove, outermost first.
fn from_here_on<'a>(node: &NodeRef<'a>, body: &NodeRef<'a>) -> Vec<NodeRef<'a>> {
    let mut out = vec![*node];
    let mut at = *node;
    loop {
        let mut next = at.next_sibling();
        while let Some(sibling) = next {
            out.push(sibling);
            next = sibling.next_sibling();
        }
        match at.parent() {
            Some(parent) if parent.id != body.id => at = parent,
            _ => break,
        }
    }
    out
}

/// Removes the teasers for other stories set in the text as a paragraph of their own
/// (`Related: <a>Chicago is America's most segregated city</a>`, `SEE ALSO: …`, `Lire
/// aussi : …`, `関連記事：…`), wherever they stand, and returns their links: a related
/// marker ([`is_related_marker`]; not a bare `Recommended:`, which heads a shop's item as
/// often) before a colon or a bar, then a headline of [`MIN_TEASER_WORDS`] to
/// [`MAX_TEASER_WORDS`] words that is the text of a link to another page (most of it,
/// [`MIN_TEASER_LINK_SHARE`]). A paragraph that goes on in words of its own after the marker
/// (`Related to each other: …`, `Read more from Jennifer Rubin:` over a list), or whose
/// link leads inside the page (`See also: <a href="#method">…</a>`), stays.
fn take_inline_teasers(blocks: &mut Vec<Block>) -> Vec<RelatedLink> {
    let mut links: Vec<RelatedLink> = Vec::new();
    blocks.retain(|block| {
        let Some((label, rest)) = block.text.split_once([':', '：', '|']) else {
            return true;
        };
        let (label, rest) = (label.trim(), rest.trim());
        let bare = label.to_lowercase();
        if !(MIN_TEASER_WORDS..=MAX_TEASER_WORDS).contains(&word_count(rest))
            || bare == "recommended"
            || !is_related_marker(&format!("{label}:"))
        {
            return true;
        }
        let link = Selection::from(block.node)
            .select("a[href]")
            .nodes()
            .iter()
            .copied()
            .find(|a| {
                let text = collapsed(a);
                text.chars().count() as f64 >= MIN_TEASER_LINK_SHARE * rest.chars().count() as f64
            });
        let Some(mut teaser) = link.and_then(|link| links_in(&[link]).pop()) else {
            return true;
        };
        // The headline without the marker, which the link's text may hold too.
        if let Some(headline) = teaser.title.strip_prefix(label) {
            teaser.title = headline
                .trim_start_matches([':', '：', '|', ' '])
                .to_string();
        }
        if !links.iter().any(|l| l.href == teaser.href) {
            links.push(teaser);
        }
        block.node.remove_from_parent();
        false
    });
    links
}

/// Fewest words of the headline an inline teaser links to.
const MIN_TEASER_WORDS: usize = 3;

/// Most words of the headline an inline teaser links to.
const MAX_TEASER_WORDS: usize = 30;

/// Share of an inline teaser's headline (characters) its link's text covers.
const MIN_TEASER_LINK_SHARE: f64 = 0.8;

/// The links in `nodes` that read as article titles (three words or more), once each.
fn links_in(nodes: &[NodeRef]) -> Vec<RelatedLink> {
    let mut out: Vec<RelatedLink> = Vec::new();
    for node in nodes {
        let links = if node.is("a") {
            vec![*node]
        } else {
            Selection::from(*node).select("a[href]").nodes().to_vec()
        };
        for link in links {
            let (Some(href), title) = (link.attr("href"), collapsed(&link)) else {
                continue;
            };
            let href = href.trim().to_string();
            let headline_like = word_count(&title) >= 3;
            if headline_like
                && !href.is_empty()
                && !href.starts_with('#')
                && !href.to_ascii_lowercase().starts_with("javascript:")
                && !out.iter().any(|l| l.href == href)
                && out.len() < MAX_RELATED
            {
                out.push(RelatedLink { title, href });
            }
        }
    }
    out
}

/// Removes the last blocks while they are furniture: labels (`Anzeige`, `Tags: …`), share
/// buttons (`Share`, `Tweet`) and comment counters (`10 réactions`) that show no picture,
/// post navigation, a teaser that ends in `Weiterlesen`, an end marker, a plug for the
/// writer's channels or the site's newsletter, a rights notice or a how-to-cite block
/// (`© 2016 The Associated Press. All rights reserved. …`), or (once) a box's `<h2>`/`<h3>`
/// left with nothing shown under it.
fn drop_trailing_furniture(blocks: &mut Vec<Block>) {
    let mut headings_dropped = 0;
    for _ in 0..MAX_EDGE_BLOCKS {
        let Some(Block { node: last, text }) = blocks.last() else {
            return;
        };
        let (last, text) = (*last, text.as_str());
        let lower = text.to_lowercase();
        // A picture whose caption is a network's name (`Instagram`) is no share button.
        let furniture = text.chars().count() <= MAX_MARKER_CHARS
            && ((is_page_control(text) && !shows_a_picture(&last)) || end_marker(text).is_some());
        let teaser = READ_ON.is_match(text)
            && Selection::from(last)
                .select("a")
                .iter()
                .last()
                .is_some_and(|a| READ_ON.is_match(a.text().trim()));
        let promo = text.split_whitespace().count() <= MAX_PROMO_WORDS && SELF_PROMO.is_match(text);
        let notice = is_rights_notice(text, &lower);
        // A heading with no text under it titled a box whose content is gone
        // (`Weitere Informationen` over links Readability dropped).
        // (A pull quote set as a heading is a sentence, and a credit or an agency's tag
        // set as one, `Fotos: Jane Roe`, `(dpa)`, stay.)
        let bare_heading = headings_dropped == 0
            && text.split_whitespace().count() <= MAX_BOX_TITLE_WORDS
            && !text.ends_with(['.', '!', '?', '…', '"', '”', '“', '»', '«'])
            && !text.contains([':', '(', '@'])
            && is_tag(&last, &["h2", "h3"])
            && !Selection::from(last).select(SHOWN).exists()
            && nothing_shown_after(&last);
        if !(furniture || teaser || promo || notice || bare_heading) {
            return;
        }
        if bare_heading {
            headings_dropped += 1;
        }
        last.remove_from_parent();
        blocks.pop();
    }
}

/// Whether `node` is or holds a picture of the article (a figure, a photo's marker), not an
/// icon.
fn shows_a_picture(node: &NodeRef) -> bool {
    const PICTURES: &str = "figure, picture, video";
    node.is(PICTURES)
        || Selection::from(*node)
            .select(&format!("{PICTURES}, [{PHOTO_MARKER_ATTRIBUTE}]"))
            .exists()
}

/// Removes an author box at the body's end, with everything after it: its heading
/// (`Über den Autor`, `AUTOR`) and the little under it; or a writer's name and the note
/// under it that goes on from the name (`Dr. Thomas Schulte` / `ist Gründungspartner …`)
/// or repeats it (`Jane Doe` / `Jane Doe covers …`); or a note that opens with an author's
/// name (`Inga Buller ist Head of Social …`), these two in a box apart from the text and
/// not one of a series of boxes alike. The writer's picture right before the box goes
/// with it. Returns whether a box was removed.
/// (The pasted-text reader drops the same boxes as lines.)
fn drop_author_box(body: &NodeRef, blocks: &mut Vec<Block>, authors: &[String]) -> bool {
    let texts: Vec<&str> = blocks.iter().map(|b| b.text.as_str()).collect();
    let n = texts.len();
    let headed = texts
        .iter()
        .rposition(|t| t.chars().count() <= MAX_MARKER_CHARS && ABOUT_THE_AUTHOR.is_match(t));
    let start = if let Some(at) = headed.filter(|&at| {
        let words: usize = texts[at + 1..].iter().map(|t| word_count(t)).sum();
        at >= 2 && n - at <= AUTHOR_BOX_UNITS && words <= AUTHOR_BOX_WORDS * 2
    }) {
        at
    } else {
        let Some(note) = texts.last().filter(|t| word_count(t) <= AUTHOR_BOX_WORDS) else {
            return false;
        };
        let name_above = n.checked_sub(2).map(|i| texts[i]).filter(|t| is_name(t));
        let opens_with = |name: &str| {
            note.strip_prefix(name).is_some_and(|rest| {
                rest.starts_with(' ') && rest.trim_start().starts_with(char::is_lowercase)
            })
        };
        if name_above.is_some_and(|name| note.starts_with(char::is_lowercase) || opens_with(name)) {
            n - 2
        } else if authors
            .iter()
            .any(|a| a.split_whitespace().count() >= 2 && opens_with(a))
        {
            n - 1
        } else {
            return false;
        }
    };
    if start < 2 {
        return false;
    }
    let first = blocks[start].node;
    // Unheaded, the note is a box's only when it stands apart from the text: a closing
    // paragraph about the writer among the article's own paragraphs stays (Breitbart's
    // `Lucas Nolan is a reporter for …`).
    let apart = first.parent().map(|p| p.id) != blocks[start - 1].node.parent().map(|p| p.id);
    if headed != Some(start) && (!apart || one_of_a_series(&first)) {
        return false;
    }
    if let Some(picture) = picture_right_before(&first, body) {
        picture.remove_from_parent();
    }
    for node in from_here_on(&first, body) {
        node.remove_from_parent();
    }
    blocks.truncate(start);
    true
}

/// Whether the box `node` opens is one entry of a series (a page of profiles: `Meet the
/// candidates`): the element holding it follows one of the same tag and class.
fn one_of_a_series(node: &NodeRef) -> bool {
    let Some(entry) = node.parent() else {
        return false;
    };
    entry.prev_element_sibling().is_some_and(|before| {
        before.node_name() == entry.node_name() && before.attr("class") == entry.attr("class")
    })
}

/// Levels above a box searched for the writer's picture right before it.
const PICTURE_LEVELS: usize = 2;

/// The photo marker (or an element holding only markers) that stands right before `node`
/// in page order, nothing shown between them, within [`PICTURE_LEVELS`] of it.
fn picture_right_before<'a>(node: &NodeRef<'a>, body: &NodeRef<'a>) -> Option<NodeRef<'a>> {
    let mut at = *node;
    for _ in 0..=PICTURE_LEVELS {
        let mut previous = at.prev_sibling();
        while let Some(p) = previous.filter(|p| p.is_text() && p.text().trim().is_empty()) {
            previous = p.prev_sibling();
        }
        match previous {
            Some(p) => {
                let is_marker =
                    |n: &NodeRef| n.is("img") && n.attr(PHOTO_MARKER_ATTRIBUTE).is_some();
                let elements: Vec<NodeRef> =
                    p.descendants_it().filter(|d| d.is_element()).collect();
                let only_markers = !elements.is_empty()
                    && elements
                        .iter()
                        .filter(|e| !e.is("a, div, span, p"))
                        .all(is_marker)
                    && elements.iter().any(is_marker)
                    && !has_text(&p);
                return (is_marker(&p) || only_markers).then_some(p);
            }
            None => match at.parent() {
                Some(parent) if parent.id != body.id => at = parent,
                _ => return None,
            },
        }
    }
    None
}

/// Most words of a box's title (`Weitere Informationen`, `Mehr zum Thema`).
const MAX_BOX_TITLE_WORDS: usize = 6;

/// Whether nothing the reader sees follows `node` in the body: no text, picture, video,
/// embed or table (a heading over a picture or a video stays).
fn nothing_shown_after(node: &NodeRef) -> bool {
    std::iter::once(*node)
        .chain(node.ancestors_it(None))
        .take_while(|n| !is_tag(n, &["body", "html"]))
        .all(|n| {
            let mut next = n.next_sibling();
            while let Some(sibling) = next {
                let shown = if sibling.is_text() {
                    !sibling.text().trim().is_empty()
                } else {
                    sibling.is_element()
                        && (has_text(&sibling)
                            || is_tag(&sibling, SHOWN_TAGS)
                            || Selection::from(sibling).select(SHOWN).exists())
                };
                if shown {
                    return false;
                }
                next = sibling.next_sibling();
            }
            true
        })
}

/// Elements the reader sees without text: pictures, media, embeds, tables.
const SHOWN_TAGS: &[&str] = &[
    "img", "picture", "video", "audio", "iframe", "svg", "table", "object", "embed",
];

/// [`SHOWN_TAGS`] as a selector.
pub(super) const SHOWN: &str = "img, picture, video, audio, iframe, svg, table, object, embed";

#[cfg(test)]
mod tests {
    use super::*;

    fn trimmed(html: &str) -> String {
        let doc = Document::from(html);
        trim(&doc, &[]);
        collapsed(&doc.select("body").nodes()[0])
    }

    fn paragraphs(n: usize) -> String {
        (0..n)
            .map(|i| format!("<p>Paragraph {i} of the article, with enough words to read.</p>"))
            .collect()
    }

    #[test]
    fn a_toolbar_left_as_words_at_the_head_goes() {
        // Fox News: the section's label, the site's name and the share buttons.
        let fox = format!(
            "<body><h2>Executive Branch</h2><p>| FoxNews.com</p><ul><li>Print</li><li>Email</li>\
             <li>Recommend</li><li>Tweet</li></ul>{}</body>",
            paragraphs(4)
        );
        assert!(
            trimmed(&fox).starts_with("Paragraph 0"),
            "{}",
            trimmed(&fox)
        );
        // CBS: a share bar's words.
        let cbs = format!(
            "<body><div><strong>Share this</strong></div><p>View Comments</p>{}</body>",
            paragraphs(4)
        );
        assert!(
            trimmed(&cbs).starts_with("Paragraph 0"),
            "{}",
            trimmed(&cbs)
        );
        // A kicker and a dateline before the text stay; so does one share word among labels.
        for kept in [
            "<p>Analysis</p><p>WASHINGTON</p>",
            "<h2>Executive Branch</h2><p>Tweet</p><p>Live updates</p>",
        ] {
            let page = format!("<body>{kept}{}</body>", paragraphs(4));
            assert!(!trimmed(&page).starts_with("Paragraph 0"), "{kept}");
        }
    }

    #[test]
    fn the_comment_section_and_related_lists_after_the_text_are_cut() {
        let body = paragraphs(6);
        for marker in [
            "<h3>36 Comments</h3>",
            "<h2>Kommentare</h2>",
            "<h3>Ähnliche Beiträge</h3>",
            "<div><span>Lade weitere Inhalte ...</span></div>",
            "<p>Leave a Reply</p>",
        ] {
            let html = format!(
                "<body><div>{body}{marker}<ul><li>Danke für dieses Kapitel!</li></ul>\
                 <p>A comment that says a lot about nothing at all.</p></div></body>"
            );
            let out = trimmed(&html);
            assert!(
                out.ends_with("Paragraph 5 of the article, with enough words to read."),
                "{marker}: {out}"
            );
            assert!(out.starts_with("Paragraph 0"), "{marker}: {out}");
        }
    }

    #[test]
    fn teaser_cards_of_other_stories_go_but_an_archive_of_cards_stays() {
        let card = |n: usize| {
            format!(
                "<div class='nextstory'><h2><a href='/2019/story-{n}.html?utm_source=x'>Another story number {n} on the site</a></h2>\
                 <a href='/2019/story-{n}.html'><img data-photo='{n}'></a><p>What story {n} is about, in a sentence or two […]</p>\
                 <h3><a href='/2019/story-{n}.html'>READ THE REST</a></h3></div>"
            )
        };
        let html = format!(
            "<body><div>{}<div id='next'>{}{}</div></div></body>",
            paragraphs(6),
            card(1),
            card(2)
        );
        let doc = Document::from(html.as_str());
        trim(&doc, &[]);
        let text = collapsed(&doc.select("body").nodes()[0]);
        assert!(
            text.ends_with("Paragraph 5 of the article, with enough words to read."),
            "{text}"
        );
        assert!(!doc.select("img[data-photo]").exists());
        // A page of nothing but cards keeps them; a `Read more` to the rest of the article
        // itself (no headline linking the same place) stays.
        let archive = format!("<body><div>{}{}</div></body>", card(1), card(2));
        assert!(trimmed(&archive).contains("Another story number 2"));
        let paged = format!(
            "<body><div>{}<p><a href='/story?page=2'>Read more</a></p>{}</div></body>",
            paragraphs(3),
            paragraphs(3)
        );
        assert!(trimmed(&paged).contains("Read more"));
        // A link post quoting another site, with its own link to read the rest there.
        let link_post = format!(
            "<body><div><div class='entry'><p>Jane Doe <a href='https://ex.org/x'>writes in The \
             Atlantic</a> about the bridge.</p><blockquote>{}</blockquote><p><a href='https://ex.org/x'>\
             Read the rest</a></p></div>{}</div></body>",
            paragraphs(2),
            paragraphs(4)
        );
        assert!(trimmed(&link_post).contains("writes in The Atlantic"));
        // A teaser set inside the text, in a box labelled over it, goes with its label; the
        // paragraphs around it stay, short as they are.
        let inside = format!(
            "<body><div>{}<div class='contentbox'><div class='boxhead'>Weitere Informationen</div>\
             <div class='teaser'><h2><a href='/info/glossar.html'>Das Glossar zum Podcast</a></h2>\
             <p>Was ist eine Zellkultur? Unser Glossar erklärt die Fachbegriffe. \
             <a href='/info/glossar.html'>mehr</a></p></div></div><p>Aus China.</p>{}</div></body>",
            paragraphs(3),
            paragraphs(3)
        );
        let text = trimmed(&inside);
        assert!(!text.contains("Weitere Informationen"), "{text}");
        assert!(!text.contains("Glossar"), "{text}");
        assert!(text.contains("Aus China."), "{text}");
        assert_eq!(text.matches("Paragraph").count(), 6, "{text}");
        // A sentence or a picture in the wrapper beside the teaser stays with the text.
        let beside = format!(
            "<body><div>{}<div class='paragraph'><p>Die Polizei ermittelt.</p>\
             <div class='teaser'><h3><a href='/a.html'>Was wir darüber wissen</a></h3>\
             <p>Blurb. <a href='/a.html'>mehr</a></p></div></div>{}</div></body>",
            paragraphs(3),
            paragraphs(3)
        );
        let text = trimmed(&beside);
        assert!(text.contains("Die Polizei ermittelt."), "{text}");
        assert!(!text.contains("Was wir darüber wissen"), "{text}");
        // A gift guide's item with a shop's `More` is no teaser of another story.
        let guide = format!(
            "<body><div>{}<div class='item'><h3><a href='https://shop.example/x'>Sony WH-1000XM5 \
             headphones</a></h3><p>Quiet and light. <a href='https://shop.example/x'>More</a></p></div>\
             </div></body>",
            paragraphs(6)
        );
        assert!(trimmed(&guide).contains("Sony WH-1000XM5"));
    }

    #[test]
    fn an_advertisements_label_goes_wherever_it_stands() {
        let html = format!(
            "<body><div>{}<div class='ad-unit'><span>Advertisement:</span><div></div></div>\
             <p>Anzeige</p>{}<div>Video Ad Feedback</div>\
             <p>Advertising rules changed in 2019, the regulator said.</p></div></body>",
            paragraphs(3),
            paragraphs(3)
        );
        let text = trimmed(&html);
        assert!(!text.contains("Advertisement:"), "{text}");
        assert!(!text.contains("Anzeige"), "{text}");
        assert!(!text.contains("Feedback"), "{text}");
        assert_eq!(text.matches("Paragraph").count(), 6, "{text}");
        assert!(text.contains("Advertising rules changed"), "{text}");
        // A list of sectors may name advertising.
        let sectors = format!(
            "<body><div>{}<ul><li>Banking</li><li>Advertising</li></ul>{}</div></body>",
            paragraphs(3),
            paragraphs(3)
        );
        assert!(trimmed(&sectors).contains("Advertising"));
    }

    fn trimmed_by(html: &str, author: &str) -> String {
        let doc = Document::from(html);
        trim(&doc, &[author.to_string()]);
        collapsed(&doc.select("body").nodes()[0])
    }

    #[test]
    fn rights_notices_and_citation_blocks_at_the_end_go() {
        let html = format!(
            "<body><div>{}<p>Copyright law, she said, was never meant for this.</p>\
             <p>© 2019 Science X Network</p>\
             <p>Citation: Flint flake tool adds to evidence (2019, October 22) retrieved 20 January \
             2020 from https://phys.org/news/2019-10-flint-flake.html</p>\
             <p>This document is subject to copyright. Apart from any fair dealing for the purpose \
             of private study or research, no part may be reproduced without the written \
             permission. The content is provided for information purposes only.</p>\
             <p>™ &amp; © 2013 Cable News Network, Inc., a Time Warner Company. All rights \
             reserved.</p></div></body>",
            paragraphs(5)
        );
        let text = trimmed(&html);
        assert!(text.ends_with("was never meant for this."), "{text}");
        // A closing quote about rights is the article's.
        let quote = format!(
            "<body><div>{}<p>“The studio kept all rights reserved under the 1998 contract,” \
             Smith said.</p></div></body>",
            paragraphs(5)
        );
        assert!(trimmed(&quote).ends_with("Smith said."));
        assert_eq!(text.matches("Paragraph").count(), 5, "{text}");
    }

    #[test]
    fn share_bars_go_and_a_quote_to_tweet_and_profile_links_stay() {
        let bar =
            "<ul><li><a href='https://twitter.com/share?url=x'><span>twittern</span></a></li>\
                   <li><a href='https://www.facebook.com/sharer/sharer.php?u=x'>teilen</a></li>\
                   <li><a href='mailto:?subject=x&amp;body=y'>e-mail</a></li>\
                   <li><a href='/datenschutz'>info</a></li></ul>";
        let html = format!(
            "<body><div><div class='top'><a href='https://twitter.com/intent/tweet?url=x'>Tweet</a> \
             <a href='https://wa.me/?text=x'>WhatsApp</a></div>{}\
             <p><a href='https://twitter.com/intent/tweet?text=q'>Nobody owns a language, \
             she said, and nobody should.</a></p>\
             <ul><li><a href='https://twitter.com/janedoe'>Jane on Twitter</a></li>\
             <li><a href='https://facebook.com/janedoe'>Jane on Facebook</a></li></ul>{}{bar}</div></body>",
            paragraphs(3),
            paragraphs(3)
        );
        let text = trimmed(&html);
        for gone in ["twittern", "teilen", "e-mail", "info", "Tweet", "WhatsApp"] {
            assert!(!text.contains(gone), "{gone}: {text}");
        }
        assert!(text.contains("Nobody owns a language"), "{text}");
        // Quotes to tweet inside a sentence stay with it.
        let in_sentence = format!(
            "<body><div>{}<p><a href='https://twitter.com/intent/tweet?text=a'>“No.”</a> he said, \
             then <a href='https://twitter.com/intent/tweet?text=b'>“Never.”</a></p>{}</div></body>",
            paragraphs(3),
            paragraphs(3)
        );
        assert!(trimmed(&in_sentence).contains("he said, then"));
        assert!(text.contains("Jane on Twitter"), "{text}");
        assert_eq!(text.matches("Paragraph").count(), 6, "{text}");
    }

    #[test]
    fn an_author_box_at_the_end_goes_with_the_writers_picture() {
        let body = paragraphs(5);
        for (author, tail) in [
            // Headed as one.
            (
                "Jane Doe",
                "<div class='box'><div>About the author</div><h3>Sarah Archer</h3>\
                 <p>Sarah Archer is the author of The Midcentury Kitchen.</p></div>",
            ),
            // A guest's name, then a note that goes on from it.
            (
                "Jane Doe",
                "<div class='highlight'><h3>Dr. Thomas Schulte</h3>\
                 <p>ist Gründungspartner der Kanzlei Dr. Schulte und Partner in Berlin.</p></div>",
            ),
            // A note that opens with the writer's name, in a box of its own, under the
            // writer's picture.
            (
                "Inga Buller",
                "<img data-photo=\"3\"><div><blockquote>Inga Buller ist Head of Social bei CHIP. \
                 Sie testet gerne neue Haushalts-Gadgets.</blockquote></div>",
            ),
        ] {
            let html = format!("<body><div>{body}{tail}</div></body>");
            let doc = Document::from(html.as_str());
            trim(&doc, &[author.to_string()]);
            let text = collapsed(&doc.select("body").nodes()[0]);
            assert!(
                text.ends_with("Paragraph 4 of the article, with enough words to read."),
                "{tail}: {text}"
            );
            assert!(!doc.select("img[data-photo]").exists(), "{tail}");
        }
        // A closing paragraph about the writer among the article's own paragraphs stays,
        // and so does a note on someone who is neither the author nor named above it.
        // The last of a series of profiles is an entry of the text.
        let profiles = format!(
            "<body><div>{body}<div class='p'><h3>John Roe</h3><p>John Roe runs a bakery in Leeds.</p></div>\
             <div class='p'><img data-photo=\"4\"><h3>Mary Major</h3><p>Mary Major runs a school in York.</p></div></div></body>"
        );
        let doc = Document::from(profiles.as_str());
        trim(&doc, &["Jane Doe".to_string()]);
        assert!(collapsed(&doc.select("body").nodes()[0]).ends_with("runs a school in York."));
        assert!(doc.select("img[data-photo]").exists());
        for tail in [
            "<p>Jane Doe is a reporter for the Tech desk. Follow her on Twitter.</p>",
            "<div><p>John Roe ist Bürgermeister der Stadt und will wiedergewählt werden.</p></div>",
        ] {
            let html = format!("<body><div>{body}{tail}</div></body>");
            let text = trimmed_by(&html, "Jane Doe");
            assert!(
                text.ends_with(&collapse(&Document::from(tail).select("body").text())),
                "{text}"
            );
        }
    }

    #[test]
    fn a_slideshows_caption_button_and_repeated_titles_are_taken_off() {
        let titles = "<div>Weather threatens holiday plans</div>".repeat(3);
        let html = format!(
            "<body><div><p>Police officers adjust a barricade in New York.</p>\
             <div class='control'>HIDE CAPTION</div>{titles}</div>{}\
             <ul><li>Yes</li><li>Yes</li><li>Yes</li></ul></body>",
            paragraphs(4)
        );
        let text = trimmed(&html);
        assert!(!text.contains("HIDE CAPTION"), "{text}");
        assert!(!text.contains("holiday plans"), "{text}");
        assert!(text.contains("Police officers"), "{text}");
        assert_eq!(text.matches("Yes").count(), 3, "{text}");
    }

    #[test]
    fn a_story_box_heading_left_without_its_headlines_is_taken_off() {
        // WIRED sets its `Most Popular` box between two paragraphs; Readability drops the
        // box's list of links and keeps its heading.
        let html = format!(
            "<body><div>{}<div class='RecircMostPopularHeading'>Most Popular</div>{}\
             <h2>Trending</h2><ul><li><a href='/a'>Another story</a></li></ul></div></body>",
            paragraphs(10),
            paragraphs(3)
        );
        let text = trimmed(&html);
        assert!(!text.contains("Most Popular"), "{text}");
        assert_eq!(text.matches("Paragraph").count(), 13, "{text}");
        // A box whose headlines are still there keeps its heading with them.
        assert!(text.contains("Trending"), "{text}");
        // A briefing's own heading over its first paragraph, and a heading over a teaser's
        // link, are left.
        for html in [
            format!("<body><div><h2>Top stories</h2>{}</div></body>", paragraphs(12)),
            format!(
                "<body><div>{}<h3>Most read</h3><p><a href='/b'>Another story, a teaser</a></p>{}</div></body>",
                paragraphs(10),
                paragraphs(3)
            ),
        ] {
            let text = trimmed(&html);
            assert!(text.contains("Top stories") || text.contains("Most read"), "{text}");
        }
    }

    #[test]
    fn a_related_list_cut_off_gives_its_links() {
        let html = format!(
            "<body>{}<p>Read more:</p><ul><li><a href=\"/a\">Tunisia’s Islamists get a \
             sobering lesson</a></li><li><a href=\"/b\">Tunisia sends fighters</a></li>\
             <li><a href=\"#top\">Back to the top of page</a></li><li><a href=\"/c\">Share</a></li></ul></body>",
            paragraphs(4)
        );
        let doc = Document::from(html.as_str());
        let related = trim(&doc, &[]);
        assert_eq!(
            related,
            vec![
                RelatedLink {
                    title: "Tunisia’s Islamists get a sobering lesson".into(),
                    href: "/a".into()
                },
                RelatedLink {
                    title: "Tunisia sends fighters".into(),
                    href: "/b".into()
                },
            ]
        );
        assert!(collapsed(&doc.select("body").nodes()[0]).ends_with("to read."));
    }

    #[test]
    fn teasers_for_other_stories_inside_the_text_go_and_give_their_links() {
        let html = format!(
            "<body>{}<p><a href=\"/rich\">Related: Rich are paying more in taxes</a></p>{}\
             <p>A lire aussi : <a href=\"/cnil\">Les critiques de la CNIL contre le projet</a></p>{}\
             <p>Related to each other: for example, <a href=\"/c\">a caching server</a> and a \
             web server that feeds it.</p><p>Read more: the report's <a href=\"/annex\">annex</a> \
             explains how the count was made, district by district.</p>{}</body>",
            paragraphs(2),
            paragraphs(2),
            paragraphs(2),
            paragraphs(2)
        );
        let doc = Document::from(html.as_str());
        let related = trim(&doc, &[]);
        assert_eq!(
            related,
            vec![
                RelatedLink {
                    title: "Rich are paying more in taxes".into(),
                    href: "/rich".into()
                },
                RelatedLink {
                    title: "Les critiques de la CNIL contre le projet".into(),
                    href: "/cnil".into()
                },
            ]
        );
        let text = collapsed(&doc.select("body").nodes()[0]);
        assert!(
            !text.contains("Rich are paying") && !text.contains("CNIL"),
            "{text}"
        );
        // A sentence that goes on past its link, and one that only opens like a marker, stay.
        assert!(text.contains("Related to each other"), "{text}");
        assert!(text.contains("explains how the count was made"), "{text}");
        assert_eq!(text.matches("Paragraph").count(), 8, "{text}");
        // A link inside the page, and a shop's `Recommended:` item, stay; a teaser in
        // Japanese goes, once for two of the same link, the marker out of its headline.
        let html = format!(
            "<body>{}<p>See also: <a href=\"#method\">How the votes were counted in each \
             district</a></p><p>Recommended: <a href=\"/shop/x\">Le Creuset 5.5-quart Dutch \
             oven</a></p><p>関連記事：<a href=\"/j\">大谷翔平が結婚を発表した</a></p>\
             <p><a href=\"/j\">関連記事：大谷翔平が結婚を発表した</a>。</p>{}</body>",
            paragraphs(2),
            paragraphs(2)
        );
        let doc = Document::from(html.as_str());
        let related = trim(&doc, &[]);
        assert_eq!(
            related,
            vec![RelatedLink {
                title: "大谷翔平が結婚を発表した".into(),
                href: "/j".into()
            }]
        );
        let text = collapsed(&doc.select("body").nodes()[0]);
        assert!(text.contains("How the votes were counted"), "{text}");
        assert!(text.contains("Le Creuset"), "{text}");
        assert!(!text.contains("大谷"), "{text}");
    }

    #[test]
    fn section_headings_of_the_article_are_not_markers() {
        for heading in ["See also", "Response", "Replies"] {
            let html = format!(
                "<body>{}<h2>{heading}</h2><p>Response instances are returned by fetch().</p></body>",
                paragraphs(4)
            );
            assert!(
                trimmed(&html).ends_with("returned by fetch()."),
                "{heading}"
            );
        }
    }

    #[test]
    fn a_heading_left_with_nothing_under_it_goes() {
        let html = format!(
            "<body>{}<h2>Weitere Informationen</h2></body>",
            paragraphs(4)
        );
        assert!(trimmed(&html).ends_with("Paragraph 3 of the article, with enough words to read."));
        // A heading with its text under it stays.
        let html = format!(
            "<body>{}<h2>Weitere Informationen</h2><p>The council meets again in May.</p></body>",
            paragraphs(4)
        );
        let out = trimmed(&html);
        assert!(
            out.contains("Weitere Informationen") && out.ends_with("again in May."),
            "{out}"
        );
        // A heading over a picture stays, and so do the headings before a bare one.
        let html = format!(
            "<body>{}<h2>The harbour</h2><figure><img src=\"h.jpg\"></figure></body>",
            paragraphs(4)
        );
        assert!(trimmed(&html).ends_with("The harbour"));
        let html = format!("<body>{}<h2>One</h2><h2>Two</h2></body>", paragraphs(4));
        assert!(trimmed(&html).ends_with("One"));
        // A pull quote set as a heading is a sentence; a credit or an agency's tag stays.
        for kept in ["It backs his version.", "Fotos: Jane Roe", "(dpa)"] {
            let html = format!("<body>{}<h3>{kept}</h3></body>", paragraphs(4));
            assert!(trimmed(&html).ends_with(kept), "{kept}");
        }
        // Loose text under the heading is shown.
        let html = format!(
            "<body><section>{}<h3>Fazit</h3>Das Gerät überzeugt.</section></body>",
            paragraphs(4)
        );
        assert!(trimmed(&html).contains("Fazit"));
    }

    #[test]
    fn a_marker_early_in_the_body_is_a_box_inside_the_article() {
        let html = format!(
            "<body><p>Lead paragraph of the story.</p><h3>Related posts</h3>{}</body>",
            paragraphs(6)
        );
        let out = trimmed(&html);
        assert!(
            out.contains("Related posts") && out.ends_with("to read."),
            "{out}"
        );
    }

    #[test]
    fn labels_and_teasers_at_the_tail_go() {
        let html = format!(
            "<body>{}<p>Sommerzeit ist Urlaubszeit, das lässt sich Bella Hadid nicht zwei mal \
             sagen. Seht selbst! <a href=\"/x\">Weiterlesen</a></p><p>Tags: Bilt, Cent</p>\
             <p>Anzeige:</p><p>Published by</p></body>",
            paragraphs(4)
        );
        assert!(trimmed(&html).ends_with("Paragraph 3 of the article, with enough words to read."));
        // A paragraph of the article that ends with a link of its own stays.
        let own = format!(
            "<body>{}<p>The report is <a href=\"/r\">here</a>.</p></body>",
            paragraphs(2)
        );
        assert!(trimmed(&own).ends_with("The report is here."));
        // A picture's file name left as a paragraph, anywhere; one in a list stays.
        let html = format!(
            "<body><p>skimming scheme seized cash and cards.jpg</p>{}<p>IMG_0412.JPG</p>\
             <ul><li>map-2019.png</li></ul>{}</body>",
            paragraphs(2),
            paragraphs(2)
        );
        let text = trimmed(&html);
        assert!(!text.contains(".jpg") && !text.contains(".JPG"), "{text}");
        assert!(text.contains("map-2019.png"), "{text}");
        // One beside its picture, or a command, stays.
        let html = format!(
            "<body>{}<p><img src=\"a.jpg\"> DSC_0042.jpg</p><pre>ffmpeg -i input.gif</pre>{}</body>",
            paragraphs(2),
            paragraphs(2)
        );
        let text = trimmed(&html);
        assert!(
            text.contains("DSC_0042.jpg") && text.contains("input.gif"),
            "{text}"
        );
        // Share buttons and a comment counter left as words (Fox News's `Tweet`, Slate.fr's
        // `10 réactions`); a closing word of the article's stays.
        for tail in [
            "<p>Email</p><p>Tweet</p>",
            "<p>10 réactions</p>",
            "<p>Share this</p>",
        ] {
            let html = format!("<body>{}{tail}</body>", paragraphs(4));
            assert!(
                trimmed(&html).ends_with("Paragraph 3 of the article, with enough words to read."),
                "{tail}"
            );
        }
        let html = format!(
            "<body>{}<p>Réactions</p><p>Thanks.</p></body>",
            paragraphs(4)
        );
        assert!(trimmed(&html).ends_with("Thanks."));
        // A picture whose caption names a network is the article's.
        let html = format!(
            "<body>{}<figure><img src=\"a.jpg\"><figcaption>Instagram</figcaption></figure></body>",
            paragraphs(4)
        );
        assert!(trimmed(&html).ends_with("Instagram"));
    }

    #[test]
    fn a_plug_for_channels_or_the_newsletter_at_the_tail_goes() {
        for plug in [
            "Senior Editor with a focus on all things tech. You can keep up with me on Twitter: @Josiah_Motley",
            "Keine Neuigkeiten mehr verpassen: Abonnieren Sie kostenlos die MEEDIA-Newsletter.",
            "Bleib auf dem Laufenden zu aktuellen Entwicklungen. Follow @mr_mo56",
        ] {
            let html = format!("<body>{}<p>{plug}</p></body>", paragraphs(3));
            assert!(trimmed(&html).ends_with("to read."), "{plug}");
        }
        // The same words in the article's own paragraph, not at its end, stay.
        let html = format!(
            "<body><p>Police asked residents to follow us on the radio for updates.</p>{}</body>",
            paragraphs(2)
        );
        assert!(trimmed(&html).starts_with("Police asked"));
    }

    #[test]
    fn a_reading_time_label_at_the_head_goes() {
        for label in [
            "4 Min Read",
            "Lesezeit: 3 Minuten",
            "5 min read",
            "Temps de lecture : 2 min",
        ] {
            let html = format!("<body><p>{label}</p>{}</body>", paragraphs(2));
            assert!(trimmed(&html).starts_with("Paragraph 0"), "{label}");
        }
        // A sentence about reading time is text.
        let html = "<body><p>It takes 4 min to read the whole report.</p></body>";
        assert!(trimmed(html).starts_with("It takes"));
    }

    #[test]
    fn a_dateline_set_apart_joins_its_paragraph() {
        let html = format!(
            "<body><div><div class='source'><cite><span>Washington</span> <span>CNN</span>\
             &nbsp;—&nbsp;</cite></div><p>Former Defense Secretary Robert Gates on Sunday \
             defended the pick.</p>{}</div></body>",
            paragraphs(2)
        );
        let doc = Document::from(html.as_str());
        trim(&doc, &[]);
        assert_eq!(doc.select("div.source").length(), 0);
        let first = collapsed(&doc.select("p").nodes()[0]);
        assert!(
            first.starts_with("Washington CNN — Former Defense"),
            "{first}"
        );
        // A heading or a label that is not a dateline stays apart.
        for label in [
            "<div>Analysis</div>",
            "<div>Bridges, roads and the budget</div>",
            "<h4>Biz &amp; IT —</h4>",
            "<div>And then came this —</div>",
            "<div>Opinion —</div>",
            "<div>From Our Correspondent In The Capital City Today —</div>",
        ] {
            let html = format!("<body>{label}{}</body>", paragraphs(2));
            let doc = Document::from(html.as_str());
            trim(&doc, &[]);
            assert_eq!(doc.select("div, h4").length(), 1, "{label}");
        }
    }

    #[test]
    fn a_videos_title_and_length_go() {
        let video = "<div class='video-resource'><div class='image'><img src='v.jpg'></div>\
             <div class='video-resource__details'><div>Obama on hacking: I warned Putin to 'cut it out'</div>\
             <div class='video-resource__credit'><span>01:40</span><span> - Source: <a href='/'>CNN</a></span></div></div></div>";
        let html = format!("<body>{}{video}{}</body>", paragraphs(2), paragraphs(2));
        let text = trimmed(&html);
        assert!(!text.contains("Obama") && !text.contains("01:40"), "{text}");
        assert_eq!(text.matches("Paragraph").count(), 4, "{text}");
        // A live blog's time over its entry is no video's length, in a post with a video
        // too; and a sentence beside a video's length is text.
        for (entry, kept) in [
            ("<div class='entry has-video'><div>10:30</div><p>The minister arrived at the court.</p></div>", "10:30"),
            ("<div class='video'><p>The minister arrived at the court.</p><p><span class='duration'>01:40</span></p></div>", "minister"),
        ] {
            let html = format!("<body>{}{entry}{}</body>", paragraphs(2), paragraphs(2));
            assert!(trimmed(&html).contains(kept), "{entry}");
        }
    }

    #[test]
    fn a_slideshows_pager_goes() {
        let button = |t: &str| format!("<p><span>{t}</span></p>");
        let pager: String = ["&lt;&lt;", "&lt;", "1", "2", "3", "4", "&gt;", "&gt;&gt;"]
            .iter()
            .map(|t| button(t))
            .collect();
        let html = format!(
            "<body>{}<div><p><img src='a.jpg'></p><div>{pager}</div></div>{}</body>",
            paragraphs(2),
            paragraphs(2)
        );
        let text = trimmed(&html);
        assert!(!text.contains('<') && !text.contains("34"), "{text}");
        assert_eq!(text.matches("Paragraph").count(), 4, "{text}");
        // Numbers that do not count up from 1, or a table's, are not a pager.
        for (numbers, kept) in [
            ("<p>1</p><p>5</p><p>9</p>", "9"),
            (
                "<table><tr><td>1</td><td>2</td><td>3</td></tr></table>",
                "3",
            ),
            (
                "<table><tr><td><p>1</p></td><td><p>2</p></td><td><p>3</p></td></tr></table>",
                "3",
            ),
        ] {
            let html = format!("<body>{}{numbers}{}</body>", paragraphs(1), paragraphs(1));
            assert!(trimmed(&html).contains(kept), "{numbers}");
        }
    }

    #[test]
    fn a_label_over_the_text_that_says_nothing_of_it_goes() {
        for label in [
            "20 hours ago",
            "Updated 3 hours ago",
            "vor 2 Stunden",
            "vor 1 Minute",
            "il y a 3 heures",
            "il y a une heure",
            "2 years ago",
            "884 shares",
            "1.2K shares",
            "12K",
            "Like us on Facebook",
            "You are here: Home / Education / The Failure Of Public Schooling",
            "Published on",
            "Advertisement - story continues below",
        ] {
            let html = format!("<body><div>{label}</div>{}</body>", paragraphs(2));
            assert!(trimmed(&html).starts_with("Paragraph 0"), "{label}");
            // Under a kicker too.
            let html = format!(
                "<body><div>Analysis</div><div>{label}</div>{}</body>",
                paragraphs(2)
            );
            // (The helper glues the blocks' texts together.)
            let out = trimmed(&html);
            assert!(out.starts_with("AnalysisParagraph 0"), "{label}: {out}");
        }
        // A list's number, a year, a sentence, and a figure standing in the text stay.
        for text in [
            "1",
            "2016",
            "102",
            "1,204",
            "Published on the eve of the vote, the report found that 20 hours ago the dam held.",
            "Like us, on Facebook or off it, they vote.",
        ] {
            let html = format!("<body><p>{text}</p>{}</body>", paragraphs(2));
            assert!(trimmed(&html).starts_with(text), "{text}");
        }
        let html = format!(
            "<body>{}<p>20 hours ago</p>{}</body>",
            paragraphs(1),
            paragraphs(1)
        );
        assert!(trimmed(&html).contains("20 hours ago"));
        let html = format!("<body><h2>10K</h2>{}</body>", paragraphs(1));
        assert!(trimmed(&html).starts_with("10K"));
        // A date's label left in a list's item once its date was taken out (LinkedIn).
        for label in ["Published on", "Updated:"] {
            let html = format!("<body><ul><li>{label}</li></ul>{}</body>", paragraphs(1));
            assert!(trimmed(&html).starts_with("Paragraph 0"), "{label}");
        }
    }

    #[test]
    fn a_count_of_readers_at_the_head_goes() {
        for label in [
            "Visto 314 veces",
            "1,204 views",
            "Viewed 52 times",
            "Aufrufe: 1.024",
            "阅读 1024",
            "12K views",
        ] {
            let html = format!("<body><p>{label}</p>{}</body>", paragraphs(2));
            assert!(trimmed(&html).starts_with("Paragraph 0"), "{label}");
        }
        // A sentence with a count in it is text, as is a numbered heading or a lecture.
        for text in [
            "Visto 314 veces, el vídeo ya circula por todo el país.",
            "The video drew 1,204 views in an hour, the police said.",
            "1. Views",
            "12 lectures",
        ] {
            let html = format!("<body><p>{text}</p>{}</body>", paragraphs(2));
            assert!(trimmed(&html).starts_with(&text[..8]), "{text}");
        }
    }
}
