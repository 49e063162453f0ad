//! The reader for text copied out of a browser (select all, copy, paste; or a text-mode dump).
//!
//! Such text keeps the page's words but loses its markup, so the article has to be found again
//! from the shape of the lines. The reader works in three passes, with general rules only.
//!
//! Words are counted with CJK characters (written without spaces) two to a word.
//!
//! **1. Units.** The text is cut into lines; a line wrapped inside a paragraph (a long line not
//! ending a sentence, filled to the text's wrap width so that the next line's first word did
//! not fit, followed by a line of the same indent) is joined to the one before it. Text copied
//! out of a graphical browser is not wrapped: its width is that of its long paragraphs, and a
//! headline over the next block stays a line of its own.
//! A leading list marker (`•`, `*`, `◦`, `□`, `☆`, `+`, `-`, `1.`) is stripped and remembered,
//! and so is a text-mode image placeholder in front of the text (`[logo] Read Article`). A line
//! printed twice over (`Jane DoeJane Doe`, a half of 2+ words or 10+ characters) is read once.
//! A heading's own link after it (a pilcrow `¶`, a wiki's `[edit]`) is dropped.
//! Blank lines are remembered: lines between two blank lines form a *block*. A formula's TeX
//! source printed after its rendering (`{\displaystyle …}`) is dropped.
//!
//! **2. Line classifier.** Each unit gets one kind, first rule that matches:
//! - *alt text*: a line repeated at the start of the next line (an image's alt text printed
//!   before its caption) — dropped, kept as the photo's `alt`; the next line (of at most 60
//!   words: a longer one is a paragraph) is then a caption whatever its credit looks like
//!   (`Cloche terrarium (Lucy Akins)`);
//! - *related marker*: `RELATED:`, `Read more:`, `See also:`, `ALSO READ:`, `Related articles`,
//!   `Artículos relacionados`, `Lire aussi`…; the headline-like line(s) right after it (same
//!   block, or the next block when it is one short line or a list, or headlines each signed
//!   with a `By`/`Par` byline, perhaps under a kicker) become `related` links (their bylines
//!   are not the article's); a prose paragraph is never swallowed, except in a *teaser block*
//!   (see below);
//! - *date line* (see [`super::dates::date_line`]) → `published` / `modified`, also glued to
//!   a label of at most four words (`Yahoo FinanceOctober 13, 2016`), and a section set in
//!   capitals glued to a month in capitals (`BUSINESSNOV 7, 2023 2:00 AM`);
//! - *byline*: `By Jane Doe`, `By Jane Doe and John Roe`, `Jane Doe, Reuters`, or a bare name
//!   with a date (`Dan Goodin - Apr 16, 2015`); a date may follow after `|`, `·`, ` - ` or be
//!   glued on (`By JANE DOE JAN. 13, 2017`), or a name with a relative time (`Alex Perry 1 day
//!   ago`, `James Akinaka • 8h`, which gives no date); `Posted by` counts as `By` → `byline` and `authors` (split on
//!   `,` / `and` / `&`, stopping at the first part that is not a name, such as a job title);
//!   also `on DATE by NAME` (a whole day's date needs no `on`: `Tuesday 15 October 2019 by
//!   …`), `Posted by NAMES on DATE` (any names; Drupal's `Submitted by` in the site's
//!   language too: `Gespeichert von rasos am 24. Juli 2017`), and `By NAME` followed by a date or time and
//!   other matter (`… 3:57 PM Follow @handle`, handles dropped, also glued to the name), or a
//!   date's label (`Updated Jul 24, 2018`, no publication date), a sentence's full stop
//!   dropped (`… by Bradley M. Kuhn.`), or an
//!   agency before a date (`AFP 30 avril 2015 à 07:19 …`); a name never ends in a particle
//!   (`La Une du 30 avril 2015` is no author); a date line ending in a byline
//!   (`19.03.2019 11:45 | von Inga Buller`) or a row of short facts and a date with the byline
//!   among them (`Le Monde | 04.05.2015 à 13h36 | Par Martin Untersinger`) is a dated byline;
//!   marks before it (`// By …`) are dropped; notes in brackets stay in the byline, naming
//!   co-authors (`(avec Damien Leloup)`) or a photographer, who is no author (`(photography)`);
//!   the author's picture's file name before a name (`dsteer-headshot Dave Steer`) and a line
//!   ending in `by` over a name (`Written on Mar 17 by` / `Pippin Lee`) make a byline; with no
//!   byline line at all, a name on a line of its own under the title, when a date line or a
//!   relative time stands beside it, a link about its author under it (`Search for this
//!   author in:`), or the page prints the name again (beside it as the author's picture,
//!   `MORE FROM Jane Doe`, `Jane Doe is …`); the name may carry its role (`Richard Adams
//!   Education editor`); with none of these, one capitalised word after `By` right under
//!   the title (`von Heiner`, a blogger's name); `Posted by Ned Deily at 5:11 AM` drops the
//!   hour; a blog's sentence under the post (`This entry was posted on Monday, December 14th,
//!   2015 at 2:48 pm and is filed under …`, `Dieser Artikel wurde am 14. Dezember 2015 um
//!   14:48 von Heiner geschrieben …`) is a dated byline when it names the author, else a date
//!   line, and the author's byline again with a date dates an undated byline's article;
//! - *breadcrumb*: 2+ short segments joined by `>`, `›`, `»`, `→` or ` / ` → `section` (the
//!   last one above the title; failing that, the first arrow trail anywhere)
//!   (a leading `Home` dropped); a trail of 2+ sections may end in the page's long headline,
//!   which is left out of the section; a trail whose separators the page draws, so that a
//!   browser copies none (`Home League of Legends`), is `Home` then one or more of the
//!   page's menu items;
//! - *photo caption with credit*: `Caption. | Photo: X`, `Caption. Photo by X`,
//!   `Caption. Photograph: X/AP`, `Caption. Credit: X`, `Caption Credit: X`, `Caption. Image: X`,
//!   `Caption (Reuters)`, `Caption © X`, `Caption. Source: Supplied` (or an agency: a
//!   chart's `Source: ONS` stays text), and the New York Times' unlabelled `Caption.CreditX`
//!   (`Credit` glued to the name, or after a full stop and a space, perhaps printed twice) →
//!   an [`ExtractedPhoto`] (credit without its label); the BBC's screen-reader labels
//!   `Image caption, X` / `Media caption X` are a caption, and `Image source, X` / `Image
//!   copyright X` above it its credit (with no caption under it, a photo of its own), in
//!   each of the World Service's languages (see [`super::bbc_labels`]);
//!   the BBC's `From the section X` is navigation;
//! - *share buttons* (`facebook`, `twitter`, `google plus`, `whatsapp`, `email`, `print`,
//!   `copy link`…), *comment counters and footers* (`Comments`, `0`, `Leave a comment`,
//!   `Post with no comments.`, `12 comentarios`, `Comentar`, `Kommentare`, `コメント`), *banners* (cookies, subscriptions, newsletters), skip links
//!   (`Skip to content`, `ここから本文です`), a wiki's `From Wikipedia, the free encyclopedia`, a
//!   table of contents' dot leaders (`17.2. References ........ 21`),
//!   `Advertisement`, `Share this article`, privacy prompts, `Your video will play in…`, form
//!   fields and image placeholders (`[…]`, `Image[merlin_1]`, `photo.jpg`, `Font Size
//!   [100% ]`), a cookie notice
//!   of up to 150 words, a list of 20+ comma-separated names or tags (`jdoe, rroe, …` — the
//!   last item may be a sentence), a line of 2–6 page-control words only (`Log out Sign in`,
//!   `« Vorige | Nächste »`), a permalink (`Go to permalink`) and a bare relative time
//!   (`2 hours ago`) → furniture;
//! - *genre label* alone on a line (`Analysis`, `Opinion`, `Comment`, `Editorial`, `Review`,
//!   `Explainer`, `Interview`, `Feature`, `Obituary`, `Letters`);
//! - other list items → navigation;
//! - *prose*: a sentence-ending line (`.!?…。！？`) of 6+ words, a line of 10+ words ending in
//!   `:`, or any line of 20+ words (12+ for a mostly-CJK line, whose sentences often run on
//!   without a stop);
//! - *code*: a short line that looks like program code or a text table (`{`, `;`, `│`, `f(`,
//!   `x = y;`; a parenthesis after a space is prose, not code);
//! - anything else is a *short line* (a headline, a sub-heading, a menu entry).
//!
//! Then, over neighbouring lines, in this order:
//! - *lone credit*: a credit on a line of its own (`Credit Harry Campbell`, `Photo: Reuters`,
//!   NYT's glued `CreditKevin Frayer/Getty Images`) completes the caption just above that has
//!   none, or after a picture placeholder (or anywhere, when glued) is a photo without caption;
//! - *video player*: a player's controls (`Play Video`, `Current Time 0:00`, `captions off,
//!   selected`…, video.js's words) are furniture when another such line or a picture
//!   placeholder is at most two lines away (a lone `Play` may be a sub-heading);
//! - *preformatted block*: in a block of 2+ lines where a third are code, or which holds a
//!   table rule (`────┼────`), or whose lines keep several indents (nested code: no bullets,
//!   no prose, and three indents or one line of code or ending in `(`, `{`, `;`), short lines
//!   and number/rule lines are code too;
//! - *content list*: a list (consecutive list items with their unbulleted continuation lines)
//!   of 2+ items averaging 7+ words, fewer than half of them in title case or of 1–2 words,
//!   is content (steps, changes, points): its items are *list items*, not navigation.
//!   Menus (short items) and teaser lists (title-case headlines) stay navigation, unless a
//!   sentence leads into the list (`The overall rankings were as follows:` / `1. Finland` …,
//!   beside a paragraph): such a list is content whatever its items' length.
//! - *table of contents*: a list of 3+ items, half of them (3+) printed again further down as
//!   sub-headings (plain short lines with prose right after), is neither body nor an
//!   interruption;
//! - *related items* (see the marker above) and *teaser blocks*: when a blank line follows a
//!   related marker and the next block (no blank line inside) holds pictures and 3–12 lines of
//!   at most 50 words each (headlines run together with their summaries) and less than half
//!   the page's prose, its lines are navigation; so are 3+ pictures each over a headline (no
//!   full stop), blank lines or not, right after the marker's items;
//! - *teaser stack*: 3+ cards in a row, each a short headline (perhaps printed twice) followed
//!   by 1–4 card lines (a summary of at most two sentences and 40 words, an excerpt of at most
//!   70 words cut short with `…`, a date, a byline, a name, a picture, a category label such
//!   as `In "News"`), is navigation when it holds less than half of the page's prose. A card
//!   may be one line, its headline printed twice and run together with its summary, and a
//!   card whose headline is printed twice may end with its author's name, any card with its
//!   author's name in capitals (`LILA HASSAN`);
//! - *box of other stories* inside or after the article (`Most Popular`, `Trending`, after
//!   150+ prose words): its lines up to the next sentence-ending paragraph or caption are
//!   navigation.
//! - *gallery*: a slideshow (3+ counters `1/50 …`, `2/50 …` or `1 of 50`, each at most six
//!   lines after the last; everything from the first counter to the end of the last slide,
//!   unless the slides average 80+ words of prose, a listicle told as slides) or a strip of 2+
//!   bare list markers (thumbnails without alt text) is a gallery set into the page: not the
//!   article's text, and no interruption of it.
//! - a comment form (`Your email address will not be published.`) starts the comments.
//!
//! **3. Body finder and header.**
//! - The body is the run of units with the best score (maximum-sum segment) where prose
//!   scores its word count (a content list item half of it, code a little) and navigation,
//!   short lines and furniture score a small penalty that
//!   grows (up to threefold) along a stretch without prose, and a comment section a large one.
//!   Readers' comments can outweigh a short article: when a comment section's heading
//!   (`10 Kommentare`) has 150+ words of prose before it and no long paragraph right after
//!   it (a counter under the headline has the article after it), the best run before the
//!   heading is the body if it scores at least half as well as the best run overall.
//!   The run is trimmed to its first and last content unit (prose, list item, code). When no
//!   date or byline stands before the run, an article header inside it (a headline followed
//!   at once by its date or byline) after at most 100 words of prose, with twice as much
//!   after it, starts the article there: what opened the run was a sign-in box or teasers. A picture
//!   placeholder, a video player, a gallery and a table of contents score nothing (they do
//!   not interrupt an article). Inside the run, prose paragraphs, list items, code
//!   (consecutive lines kept together), short lines between them (sub-headings), lists of 2+
//!   short items with body text on both sides (unless a menu of 1–2-word items or title-case
//!   teasers) and a lone numbered item standing before prose (`3. Check the peep hole`, a
//!   listicle's sub-heading; numbered items keep their numbers)
//!   are the body (a date or byline line scores a small penalty: a post's foot line,
//!   `Jane Doe — 2013-09-29 — in Code`, ends it); captions, related blocks, dates, bylines,
//!   labels, furniture and short lines
//!   printed 3+ times on the page are left out, and so is a note about one of the article's
//!   authors (in the byline, or named on a line of its own) closing the body (`Jane Doe is a
//!   reporter for …`). A text without any prose
//!   keeps all its text lines, the title line included.
//! - The *title* is the short, headline-like line (no final period, not furniture, not a
//!   breadcrumb or list item, not a link on such as `View All Stories »`) before the body
//!   that scores best: close to the body, followed by a date or byline (or right after one,
//!   as on blogs, unless a headline-like line sits right above that date: then it opens the
//!   first section), preceded by a breadcrumb or kicker,
//!   printed twice or ending the breadcrumb (`Site > News > 2015 > Headline`), named by the
//!   page's pictures (`Illustration for article titled …`, a picture itself), several words
//!   long, sharing words with the body; a line carrying a date, a clock time or a relative
//!   time (`March 18 at 12:22 PM`, `1 day ago`), starting with a lower-case letter
//!   (`in Features …`), or of 16+ words going on after a full stop (a summary), is
//!   penalised; an author's name on its own line does
//!   not count as distance, nor does a dated header line the reader did not take for a date
//!   line (which counts as the date after the headline), nor a deck under it (a longer
//!   sentence-case line without its full stop, under a headline of 5+ words, which also counts
//!   as a standfirst after it; such a line of 12+ words, a third longer than the headline
//!   within 3 lines over it, past a photo's caption, is penalised itself); a teaser under a
//!   related-stories heading before the body, the line after a sponsorship phrase (`… is
//!   supported by`) and an entry of a navigation bar as a browser copies it (a line of at most
//!   four words under three more, no blank line between: `Explainers` / `The Reporters` /
//!   `Have Your Say`) are penalised, and a sponsorship phrase itself is never the title, nor
//!   is a picture's credit (`Foto: …`, `Courtesy of …`), a form's field label (`… (required)`) or a line opening like a byline (`by Jane
//!   Doe…`). A
//!   prose-shaped line may be the title when it is one sentence of at most 25 words ending in
//!   `?`/`!` (before any closing quote), or a title-case line (or one ending in an abbreviation such as `N.Y.C.`) printed
//!   twice (judged without a `Kicker|` before it); it may then also be the body's first line,
//!   which leaves the body, and so does the headline printed again. A `Kicker|Title` line is
//!   split.
//! - The *genre* is a genre label only as the kicker directly above the title, or as a
//!   breadcrumb segment (`Opinion > Columnists` → `opinion`; a leading `News` → `news`). The
//!   same word anywhere else (next to the date, in the footer) is a page control and dropped.
//! - The *standfirst* is (a) a prose paragraph between the title and the date/byline lines
//!   (with only header lines, pictures and the headline printed again before it),
//!   or else (b) the body's first paragraph when it sits right after a header that has a date
//!   or byline (nothing but header lines between it and the title), is a single sentence of
//!   8–45 words, carries no news-lede marks (no `said`/`says`/`told`/`according to`, no weekday
//!   or `yesterday`/`today`, no `CITY —` or `(Reuters)` dateline, no opening quote) and is
//!   followed by at least three more body paragraphs.
//! - *Dates* come from date lines and bylines, in the header zone (title to three units into
//!   the body) first, never from the teasers under a related-stories heading (nor does the
//!   byline). With none, the first date inside a header line that is not prose
//!   (`Von Christian am 03.05.2013, 11:51 | 0 Meinungen`, `jeudi 27 juin 2019, par loldf`;
//!   see [`super::dates::find_date_in`], which skips an `Expires:` date) dates the article.
//! - With no byline line, the *author* is a name on a line of its own under the title with a
//!   date beside it or printed again (see [`header_name`]), or over the date line over the
//!   title when the page names them again in a line about them (`TOM BENNETT` / date /
//!   headline … `Tom Bennett is a freelance reporter …`, kept as running text writes it).
//! - `language` is whatlang's reliable guess on the body; `site_name` stays `None`; `url` is
//!   set from an explicit `URL: https://…` line, or from an address alone on the clipping's
//!   first line (the address bar copied over the page; see [`mark_address_line`]).
//! - The body's HTML sets each block as the page did (see [`set_headings`] and
//!   [`body_html`]): a short line set apart with text under it is a sub-heading, bulleted
//!   and numbered lines are lists (ordered when every item is numbered), code keeps its
//!   lines, the rest are paragraphs; a photo marker stands where its caption stood. The
//!   plain text is one block a paragraph.
//! - A blog post's headline under its date, repeated at the start of its first paragraph,
//!   is a line of its own, not a picture's alt text; found inside the body's run it is the
//!   title, and the article starts after it (the blog's tagline above is header).

use std::collections::{HashMap, HashSet};
use std::sync::LazyLock;

use regex::Regex;

use super::bbc_labels;
use super::dates::{self, DateRole};
use super::extracted::{DateValue, Extracted, ExtractedLink, ExtractedPhoto};

/// Reads a browser text clipping and returns the article fields found in it.
pub fn read_text_clipping(text: &str) -> Extracted {
    assemble(&read_units(&crate::sanitize::drop_invisible(text)))
}

/// Passes 1 and 2: the clipping's units, each with its kind.
fn read_units(text: &str) -> Vec<Unit> {
    let mut units = split_units(text);
    classify(&mut units);
    units
}

/// A development aid: every unit of the clipping on its own line, with its kind, its score
/// and a `>` when it falls inside the body run, and `T` with the title score of each title
/// candidate (used by `cuttings-eval --explain`).
pub fn explain_text_clipping(text: &str) -> String {
    let units = read_units(text);
    let run = best_run(&units);
    let (start, end) = run.unwrap_or((0, 0));
    let (body_start, body_end) = run.unwrap_or((units.len(), units.len()));
    let titles: std::collections::HashMap<usize, f64> =
        title_candidates(&units, body_start, body_end)
            .into_iter()
            .map(|(s, i)| (i, s))
            .collect();
    let mut out = String::new();
    for (i, u) in units.iter().enumerate() {
        let kind = format!("{:?}", u.kind);
        let kind: String = kind.chars().take(14).collect();
        let mark = if (start..end).contains(&i) { '>' } else { ' ' };
        let blank = if u.blank_before { '_' } else { ' ' };
        let title = titles.get(&i).map_or(String::new(), |s| format!("T{s:.1}"));
        let text: String = u.text.chars().take(110).collect();
        out.push_str(&format!(
            "{i:4}{mark}{blank}{kind:<14} {:6.1} {title:>6} {text}\n",
            score(u)
        ));
    }
    out
}

// ---------------------------------------------------------------------------------------------
// Units

#[derive(Debug, Clone)]
struct Unit {
    /// Whitespace-collapsed text without its list marker.
    text: String,
    bulleted: bool,
    /// The list marker when it was a number (`3.`, `19)`): an ordered list keeps it.
    number: Option<String>,
    indent: usize,
    /// A blank line (or the start of the text) comes before this unit.
    blank_before: bool,
    kind: Kind,
}

#[derive(Debug, Clone, PartialEq)]
enum Kind {
    Prose,
    Short,
    /// A list item that is not prose: navigation.
    Nav,
    Share,
    Furniture,
    /// The start of a comment section: the body never runs past it.
    Comments,
    Breadcrumb(Vec<String>),
    Date(DateRole, DateValue),
    Byline {
        byline: String,
        authors: Vec<String>,
        date: Option<DateValue>,
    },
    Genre(String),
    Caption {
        caption: String,
        credit: Option<String>,
    },
    /// Lines of program code or a preformatted table.
    Code,
    /// An item of a list that reads as content (steps, changes, points), not navigation.
    ListItem,
    Alt,
    /// A slide of a slideshow (its counter, caption and credit lines): a picture gallery set
    /// into the page, which neither belongs to the article's text nor interrupts it.
    Gallery,
    /// An item of the article's own table of contents: it names sub-headings found further
    /// down. Neither body text nor an interruption of it.
    Contents,
    RelatedMarker,
    RelatedItem,
    Url(String),
}

const BULLETS: &[char] = &[
    '•', '◦', '▪', '▫', '■', '□', '●', '○', '‣', '∙', '·', '*', '-', '–', '►', '▸', '☆', '+',
];

static NUMBERED: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\d{1,3}[.)]\s+").expect("valid regex"));

/// A heading's own link printed after it: a permalink pilcrow (`Evolve: Shared Mutable
/// History¶`, Sphinx and most documentation sites) or a wiki's `[edit]`.
static HEADING_LINK: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\s*(?:¶|\[edit(?: source)?\])$").expect("valid regex"));

fn split_units(text: &str) -> Vec<Unit> {
    let mut units: Vec<Unit> = Vec::new();
    let mut blank = true;
    let width = wrap_width(text);
    // The printed length (indent included) of the line before, as a wrapper measured it.
    let mut last_len = 0;
    for raw in text.lines() {
        let line = raw
            .replace('\t', "    ")
            .replace(['\u{a0}', '\u{2007}', '\u{202f}'], " ");
        let trimmed = line.trim();
        if trimmed.is_empty() {
            blank = true;
            continue;
        }
        let indent = line.len() - line.trim_start().len();
        let (bulleted, number, rest) = strip_bullet(trimmed);
        let number = number.map(str::to_string);
        let rest = IMAGE_PREFIX.replace(rest, "$1");
        let clean = collapse(&strip_tex(&rest));
        let clean = HEADING_LINK.replace(&clean, "").into_owned();
        if clean.is_empty() {
            blank = true;
            continue;
        }
        let first_word = clean
            .split_whitespace()
            .next()
            .map_or(0, |w| w.chars().count());
        let joins = !blank
            && !bulleted
            && last_len + 1 + first_word > width - width / 10
            && units.last().is_some_and(|prev| {
                let n = prev.text.chars().count();
                n >= 60
                    && !ends_sentence(&prev.text)
                    && (starts_lower(&clean) || ends_mid_sentence(&prev.text))
                    && (prev.indent.abs_diff(indent) <= 2
                        || (prev.bulleted && indent > prev.indent))
            });
        last_len = raw.trim_end().chars().count();
        if joins {
            if let Some(prev) = units.last_mut() {
                prev.text.push(' ');
                prev.text.push_str(&clean);
            }
        } else {
            units.push(Unit {
                text: undouble(&clean),
                bulleted,
                number,
                indent,
                blank_before: blank,
                kind: Kind::Short,
            });
        }
        blank = false;
    }
    units
}

/// The width a text-mode browser or mail program wrapped the text at: the length (in
/// characters, indent included) that all but the longest 5% of its lines of 40+ characters
/// stay within. A wrapped line ends where the next word would not have fitted, so only a
/// line filled to within a tenth of this width can go on in the next line. Text copied out
/// of a graphical browser is not wrapped at all: its paragraphs are single long lines, the
/// width is theirs, and a long headline over the next block is not taken for a paragraph's
/// first half.
fn wrap_width(text: &str) -> usize {
    let mut lengths: Vec<usize> = text
        .lines()
        .map(|l| l.trim_end().chars().count())
        .filter(|&n| n >= 40)
        .collect();
    if lengths.is_empty() {
        return 0;
    }
    lengths.sort_unstable();
    lengths[(lengths.len() - 1) * 95 / 100]
}

/// A formula's TeX source printed after its rendering (`{\displaystyle a_{ij}}`, from MathML
/// annotations) is dropped, braces balanced.
fn strip_tex(s: &str) -> std::borrow::Cow<'_, str> {
    const MARKS: [&str; 2] = ["{\\displaystyle", "{\\textstyle"];
    if !MARKS.iter().any(|m| s.contains(m)) {
        return std::borrow::Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(start) = MARKS.iter().filter_map(|m| rest.find(m)).min() {
        out.push_str(rest.get(..start).unwrap_or(""));
        let mut depth = 0usize;
        let mut end = rest.len();
        for (k, c) in rest.get(start..).unwrap_or("").char_indices() {
            match c {
                '{' => depth += 1,
                '}' => {
                    depth = depth.saturating_sub(1);
                    if depth == 0 {
                        end = start + k + 1;
                        break;
                    }
                }
                _ => {}
            }
        }
        rest = rest.get(end..).unwrap_or("");
    }
    out.push_str(rest);
    std::borrow::Cow::Owned(out)
}

/// A text-mode image placeholder (`[logo]`) in front of a line's text.
static IMAGE_PREFIX: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(?:\[[^\]\[]{1,40}\]\s+)+(\S)").expect("valid regex"));

/// A line without its list marker: whether it had one, the marker when it was a number
/// (`3.`), and the rest.
fn strip_bullet(s: &str) -> (bool, Option<&str>, &str) {
    let mut chars = s.chars();
    if let (Some(c), Some(next)) = (chars.next(), chars.next()) {
        if BULLETS.contains(&c) && next.is_whitespace() {
            return (true, None, s.get(c.len_utf8()..).unwrap_or("").trim_start());
        }
    }
    // `8. Dezember 2012` is a date, not the eighth item of a list.
    if let Some(m) = NUMBERED
        .find(s)
        .filter(|_| dates::date_line(s, None).is_none())
    {
        return (
            true,
            Some(m.as_str().trim()),
            s.get(m.end()..).unwrap_or(""),
        );
    }
    (false, None, s)
}

/// A line printed twice over (`Jane DoeJane Doe`, `The Title The Title`, an element and its
/// hidden copy) is read once. The repeated half must have 2+ words or 10+ characters.
fn undouble(s: &str) -> String {
    let n = s.len();
    for sep in ["", " "] {
        let Some(half_len) = n
            .checked_sub(sep.len())
            .filter(|l| l % 2 == 0)
            .map(|l| l / 2)
        else {
            continue;
        };
        let (Some(a), Some(mid), Some(b)) = (
            s.get(..half_len),
            s.get(half_len..half_len + sep.len()),
            s.get(half_len + sep.len()..),
        ) else {
            continue;
        };
        if a == b && mid == sep && (a.split_whitespace().count() >= 2 || a.chars().count() >= 10) {
            return a.trim().to_string();
        }
    }
    s.to_string()
}

/// `s` with each run of white space made one space, and none at its ends.
pub(super) fn collapse(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A line cut inside a sentence: it ends with a lower-case word or a comma-like mark.
fn ends_mid_sentence(s: &str) -> bool {
    s.chars()
        .last()
        .is_some_and(|c| c.is_lowercase() || matches!(c, ',' | ';' | '-' | '–' | '('))
}

fn starts_lower(s: &str) -> bool {
    s.chars().next().is_some_and(char::is_lowercase)
}

fn ends_sentence(s: &str) -> bool {
    let s = s.trim_end_matches(['"', '”', '’', '\'', ')', '»', ']']);
    s.ends_with(['.', '!', '?', '…', '。', '！', '？'])
}

/// Words. CJK characters (written without spaces) are counted too, two to a word (a Chinese
/// word is one to two characters long); space-separated runs count only for their other letters.
pub(super) fn word_count(s: &str) -> usize {
    let cjk = s.chars().filter(|&c| is_cjk(c)).count();
    let unspaced = s.chars().filter(|&c| in_unspaced_script(c)).count();
    let spaced = s
        .split_whitespace()
        .filter(|w| {
            w.chars()
                .any(|c| c.is_alphanumeric() && !is_cjk(c) && !in_unspaced_script(c))
        })
        .count();
    spaced + cjk / 2 + unspaced / UNSPACED_CHARS_PER_WORD
}

/// Characters (vowel and tone marks included) of an average word in a script written
/// without spaces between words: Thai, Lao, Khmer and Myanmar put a space only between
/// phrases, so a paragraph of prachatai.com has a dozen "words" between spaces.
const UNSPACED_CHARS_PER_WORD: usize = 4;

/// A letter or mark of Thai, Lao, Myanmar or Khmer.
fn in_unspaced_script(c: char) -> bool {
    matches!(c as u32, 0x0E00..=0x0EFF | 0x1000..=0x109F | 0x1780..=0x17FF)
}

/// Mostly CJK text: more CJK characters than other letters.
fn cjk_heavy(s: &str) -> bool {
    let cjk = s.chars().filter(|&c| is_cjk(c)).count();
    let other = s
        .chars()
        .filter(|&c| c.is_alphabetic() && !is_cjk(c))
        .count();
    cjk > other
}

fn is_cjk(c: char) -> bool {
    is_kana(c) || matches!(c as u32, 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF)
}

/// Hiragana or katakana: written only in Japanese.
fn is_kana(c: char) -> bool {
    matches!(c as u32, 0x3040..=0x30FF)
}

// ---------------------------------------------------------------------------------------------
// Line classifier

fn classify(units: &mut [Unit]) {
    for i in 0..units.len() {
        let next_text = units.get(i + 1).map(|u| u.text.clone());
        let unit = &units[i];
        let mut kind = classify_one(unit, next_text.as_deref());
        // The line after an image's alt text is its caption, whatever its credit looks like.
        if let Some(prev) = i.checked_sub(1).and_then(|p| units.get(p)) {
            let rest = units[i].text.get(prev.text.len()..).unwrap_or("");
            if prev.kind == Kind::Alt
                && !matches!(kind, Kind::Caption { .. })
                && reads_as_credit_after_alt(rest)
            {
                let credit = rest
                    .trim()
                    .trim_start_matches(['|', '-', '—', '–', '/', '•'])
                    .trim()
                    .trim_start_matches('(')
                    .trim_end_matches(')')
                    .trim();
                let credit = CREDIT_LABEL.replace(credit, "").trim().to_string();
                kind = Kind::Caption {
                    caption: prev.text.clone(),
                    credit: credit.chars().any(char::is_alphanumeric).then_some(credit),
                };
            }
        }
        units[i].kind = kind;
    }
    label_dates_from_the_line_above(units);
    unmark_repeated_headlines(units);
    unmark_section_bylines(units);
    mark_glued_trails(units);
    mark_labelled_share_rows(units);
    mark_lone_credits(units);
    mark_alts_worded_like_captions(units);
    join_split_bylines(units);
    mark_media_players(units);
    mark_video_stills(units);
    absorb_code_blocks(units);
    mark_content_lists(units);
    mark_tables_of_contents(units);
    mark_related_items(units);
    mark_truncated_headline_lists(units);
    mark_popular_boxes(units);
    mark_teaser_stacks(units);
    mark_slideshows(units);
    mark_printed_galleries(units);
    mark_signup_pitches(units);
    mark_line_lists(units);
    mark_address_line(units);
}

/// An address alone on the clipping's first line is the page's: the address bar copied
/// over the page's text (`https://citypost.example/news/bridge-closed` / headline / …).
/// No article opens with a bare address; one further down is a link the article prints
/// (`Read the report:` / `https://…/report.pdf`), not its own.
fn mark_address_line(units: &mut [Unit]) {
    let Some(first) = units.first_mut() else {
        return;
    };
    if first.bulleted || first.text.contains(char::is_whitespace) {
        return;
    }
    let Ok(address) = url::Url::parse(&first.text) else {
        return;
    };
    let named_host = address.host_str().is_some_and(|h| h.contains('.'));
    if matches!(address.scheme(), "http" | "https") && named_host {
        first.kind = Kind::Url(first.text.clone());
    }
}

/// A menu item's text, without its bullet, for comparing with other lines.
fn menu_text(text: &str) -> String {
    text.trim()
        .trim_start_matches(['•', '□', '◦', '▪', '·', '*', '-', ' '])
        .trim()
        .to_lowercase()
}

/// A "byline" with no `By` that names one of the page's menu items (`North Korea 09:31
/// August 20, 2019` under a Yonhap headline, `North Korea` being a section in its menus)
/// is the story's section and its date, not an author: a date line when it has a date,
/// else furniture. A menu is a bulleted list, or (copied out of a graphical browser, which
/// prints no bullets) a run of [`MIN_MENU_RUN`]+ lines of a few words without a blank line. A byline with its `By` (`Posted by`, `von` …, also as a part of a row:
/// `Le Monde | 04.05.2015 | Par Martin Untersinger`) keeps its name, menu or not (a
/// columnist's name in the Opinion menu, a blog's list of its authors).
fn unmark_section_bylines(units: &mut [Unit]) {
    let menu = menu_items(units);
    for unit in units.iter_mut() {
        let Kind::Byline { byline, date, .. } = &unit.kind else {
            continue;
        };
        let lower = unit.text.trim_start().to_lowercase();
        let prefixed = ["by ", "von ", "par ", "por ", "di ", "door ", "av ", "af "]
            .iter()
            .any(|p| lower.starts_with(p))
            || BYLINE_SEP
                .split(&unit.text)
                .any(|part| BYLINE.is_match(part.trim()));
        if prefixed || !menu.contains(&menu_text(byline)) {
            continue;
        }
        unit.kind = match date {
            Some(date) => Kind::Date(DateRole::Published, date.clone()),
            None => Kind::Furniture,
        };
    }
}

/// The page's menu items ([`menu_text`]): its bulleted navigation lines and, copied out of
/// a graphical browser, which prints no bullets, the lines of its runs of short lines
/// ([`in_menu_runs`]).
fn menu_items(units: &[Unit]) -> HashSet<String> {
    let mut menu: HashSet<String> = units
        .iter()
        .filter(|u| u.kind == Kind::Nav)
        .map(|u| menu_text(&u.text))
        .collect();
    menu.extend(
        units
            .iter()
            .zip(in_menu_runs(units))
            .filter(|(_, in_run)| *in_run)
            .map(|(u, _)| menu_text(&u.text)),
    );
    menu
}

/// Networks a share button names by their brands, which pages in every language print in
/// Latin letters.
const SHARE_NETWORKS: [&str; 10] = [
    "facebook",
    "twitter",
    "whatsapp",
    "messenger",
    "linkedin",
    "telegram",
    "pinterest",
    "reddit",
    "tumblr",
    "viber",
];

/// Most words of a share button's label before the network's name (`Share this with`,
/// `ဒီစာမျက်နှာ`, `Partager sur`).
const SHARE_LABEL_WORDS: usize = 4;

/// Share buttons in a language the reader has no words for: lines that each end with a
/// network's name after one label (`ဒီစာမျက်နှာ Facebook`, `ဒီစာမျက်နှာ Twitter` on BBC
/// Burmese: "this page"), three networks or more, are a share bar; so are the label alone and
/// the label with any one word after it (`ဒီစာမျက်နှာ အီးမေးလ်`, its e-mail button).
fn mark_labelled_share_rows(units: &mut [Unit]) {
    let label_and_network = |text: &str| -> Option<(String, String)> {
        let (label, network) = text.trim().rsplit_once(char::is_whitespace)?;
        let network = network.to_lowercase();
        let label = label.trim();
        (SHARE_NETWORKS.contains(&network.as_str())
            && !label.is_empty()
            && label.split_whitespace().count() <= SHARE_LABEL_WORDS)
            .then(|| (label.to_string(), network))
    };
    // (The label alone may read as a picture's alt text printed over the next line.)
    let marked = |u: &Unit| {
        matches!(
            u.kind,
            Kind::Short | Kind::Nav | Kind::Furniture | Kind::Alt
        )
    };
    let mut networks: HashMap<String, HashSet<String>> = HashMap::new();
    for u in units.iter().filter(|u| marked(u)) {
        if let Some((label, network)) = label_and_network(&u.text) {
            networks.entry(label).or_default().insert(network);
        }
    }
    let labels: HashSet<&String> = networks
        .iter()
        .filter(|(_, named)| named.len() >= 3)
        .map(|(label, _)| label)
        .collect();
    if labels.is_empty() {
        return;
    }
    for u in units.iter_mut().filter(|u| marked(u)) {
        let text = u.text.trim();
        let button = labels.iter().any(|label| {
            text == label.as_str()
                || text.strip_prefix(label.as_str()).is_some_and(|rest| {
                    rest.starts_with(char::is_whitespace) && rest.split_whitespace().count() == 1
                })
        });
        if button {
            u.kind = Kind::Share;
        }
    }
}

/// A trail whose separators the page draws with CSS, which a browser does not copy: `Home
/// League of Legends` is the home page's crumb, then one or more of the page's menu items
/// ([`menu_items`]) side by side. Such a line is a breadcrumb (its steps after home), never
/// a headline.
fn mark_glued_trails(units: &mut [Unit]) {
    let mut menu: Option<HashSet<String>> = None;
    for i in 0..units.len() {
        if units[i].kind != Kind::Short {
            continue;
        }
        let text = units[i].text.trim();
        let Some((home, rest)) = text.split_once(' ') else {
            continue;
        };
        if !is_home_crumb(home) || rest.trim().is_empty() {
            continue;
        }
        let menu = menu.get_or_insert_with(|| menu_items(units));
        if let Some(steps) = split_into_menu_items(rest.trim(), menu) {
            units[i].kind = Kind::Breadcrumb(steps);
        }
    }
}

/// `words` cut into consecutive menu items of at most [`MENU_ITEM_WORDS`] words each, the
/// fewest there can be (`League of Legends`, `News World`), or `None` when they cannot be.
fn split_into_menu_items(text: &str, menu: &HashSet<String>) -> Option<Vec<String>> {
    let words: Vec<&str> = text.split_whitespace().collect();
    // best[k]: the fewest items covering the first k words, and where the last one starts.
    let mut best: Vec<Option<(usize, usize)>> = vec![None; words.len() + 1];
    best[0] = Some((0, 0));
    for end in 1..=words.len() {
        for start in end.saturating_sub(MENU_ITEM_WORDS)..end {
            let Some((count, _)) = best[start] else {
                continue;
            };
            if !menu.contains(&menu_text(&words[start..end].join(" "))) {
                continue;
            }
            if best[end].is_none_or(|(c, _)| count + 1 < c) {
                best[end] = Some((count + 1, start));
            }
        }
    }
    let mut steps = Vec::new();
    let mut end = words.len();
    while end > 0 {
        let (_, start) = best[end]?;
        steps.push(words[start..end].join(" "));
        end = start;
    }
    steps.reverse();
    Some(steps)
}

/// Which units stand in a menu copied without its bullets, as a graphical browser copies
/// one: a run of [`MIN_MENU_RUN`]+ short lines or list items of at most [`MENU_ITEM_WORDS`]
/// words each, with no blank line between them.
fn in_menu_runs(units: &[Unit]) -> Vec<bool> {
    let menu_line = |u: &Unit| {
        matches!(u.kind, Kind::Short | Kind::Nav) && word_count(&u.text) <= MENU_ITEM_WORDS
    };
    let mut in_run = vec![false; units.len()];
    let mut i = 0;
    while i < units.len() {
        if !menu_line(&units[i]) {
            i += 1;
            continue;
        }
        let end = (i + 1..units.len())
            .find(|&k| !menu_line(&units[k]) || units[k].blank_before)
            .unwrap_or(units.len());
        if end - i >= MIN_MENU_RUN {
            in_run[i..end].fill(true);
        }
        i = end;
    }
    in_run
}

/// Most words of a menu's entry in a run of unbulleted lines (see [`in_menu_runs`]).
const MENU_ITEM_WORDS: usize = 3;

/// Fewest lines of a run of short lines, without a blank line between them, read as a menu.
const MIN_MENU_RUN: usize = 5;

/// A label printed on its own line over its value (`Published:`, `Completed:`, a
/// definition list's term): at most this many words.
const LONE_LABEL_WORDS: usize = 3;

/// A date printed under its label (`Published:` / `2017-08-15`, `Updated:` / `2017-12-26`,
/// a definition list) takes the role that label gives; under another label (`Completed:`,
/// `Expires:`, `Born:`) it dates something else than the article and is furniture.
fn label_dates_from_the_line_above(units: &mut [Unit]) {
    for i in 1..units.len() {
        let Kind::Date(_, value) = &units[i].kind else {
            continue;
        };
        let label = units[i - 1].text.trim();
        if !label.ends_with([':', '：']) || word_count(label) > LONE_LABEL_WORDS {
            continue;
        }
        units[i].kind = match dates::date_line(&format!("{label} {}", value.raw), None) {
            Some((role, _)) => Kind::Date(role, value.clone()),
            None => Kind::Furniture,
        };
    }
}

/// An e-mail address field of a form: `Email (required)`, `E-Mail-Adresse [ ]`, `Your
/// email address *`, `Adresse e-mail :`.
static EMAIL_FIELD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)^(?:your\s+|ihre\s+|votre\s+|tu\s+)?(?:e-?mail(?:[- ]?(?:address|adresse))?|adresse\s+e-?mail|correo(?:\s+electrónico)?)\s*(?:\(required\)|\(erforderlich\)|\*|:)?\s*(?:\[[^\]]*\])?\s*$",
    )
    .expect("valid regex")
});

/// Most words of a newsletter's pitch over its e-mail field.
const SIGNUP_PITCH_WORDS: usize = 30;

/// A newsletter box's heading (`Subscribe To Our Newsletter`, `Newsletter abonnieren`).
static NEWSLETTER_HEADING: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)newsletter").expect("valid regex"));

/// A sign-up form's button, alone on its line (`Subscribe`, `[Sign up]`, `Jetzt abonnieren`).
static SIGNUP_BUTTON: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^\[?\s*(?:jetzt\s+)?(?:subscribe|sign\s*up|sign\s+me\s+up|join|abonnieren|anmelden|s'abonner|s'inscrire|inscrivez-vous|je\s+m'inscris|suscribirse|suscríbete|iscriviti)(?:\s+now)?\s*!?\s*\]?$")
        .expect("valid regex")
});

/// A newsletter box inside the article: its pitch (`Command Line delivers daily updates
/// from the near-future.`, `Wir informieren Sie regelmäßig zum Thema Neue Rechte …`) is the
/// short line right over an e-mail field, and a short heading over the pitch (`Aktuelle
/// Recherchen per Mail`) is the box's: both are furniture, not the story's text. A comment
/// form's field stands under `Leave a comment`, which is no pitch (it is a comment marker).
/// A box without a field (G/O Media's `Subscribe To Our Newsletter` / `Your guide to gaming
/// delivered to your inbox daily.` / `Subscribe`) has its pitch between a heading that names
/// a newsletter and the sign-up button.
fn mark_signup_pitches(units: &mut [Unit]) {
    for i in 1..units.len() {
        let text = units[i].text.trim();
        let button_under_newsletter_heading = || {
            SIGNUP_BUTTON.is_match(text)
                && i >= 2
                && NEWSLETTER_HEADING.is_match(&units[i - 2].text)
                && word_count(&units[i - 2].text) <= 8
        };
        let button = button_under_newsletter_heading();
        if !EMAIL_FIELD.is_match(text) && !button {
            continue;
        }
        let pitch = i - 1;
        if units[pitch].kind != Kind::Prose || word_count(&units[pitch].text) > SIGNUP_PITCH_WORDS {
            continue;
        }
        units[pitch].kind = Kind::Furniture;
        if button {
            units[i].kind = Kind::Furniture;
        }
        if let Some(heading) = pitch.checked_sub(1) {
            if units[heading].kind == Kind::Short {
                units[heading].kind = Kind::Furniture;
            }
        }
    }
}

/// A picture's alt text worded like the caption under it (`Zugverkehr: Ein Zug in England.
/// Zugreisen durch … teuer.` over `Ein Zug in England: Zugreisen durch … teuer. © Ben
/// Stansall/AFP`): four or more words, nearly all of them the caption's. It is the photo's
/// alt text, not a paragraph of the article.
fn mark_alts_worded_like_captions(units: &mut [Unit]) {
    let words = |text: &str| -> HashSet<String> {
        text.split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(str::to_lowercase)
            .collect()
    };
    for i in 1..units.len() {
        let Kind::Caption { caption, .. } = &units[i].kind else {
            continue;
        };
        let above = &units[i - 1];
        if !matches!(above.kind, Kind::Prose | Kind::Short) || above.bulleted {
            continue;
        }
        let (mine, theirs) = (words(&above.text), words(caption));
        let shared = mine.intersection(&theirs).count();
        let smaller = mine.len().min(theirs.len());
        if smaller >= 4 && shared * 10 >= smaller * 9 {
            units[i - 1].kind = Kind::Alt;
        }
    }
}

/// A comment's reply button at the end of its header line.
static COMMENT_REPLY_END: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)[-|·•]\s*(?:antworten|reply|répondre|responder|rispondi)\s*$")
        .expect("valid regex")
});

/// A byline's word on a line of its own (`Von`, `By:`), the author's name on the next (a
/// link the browser copied apart): the name's line is the byline, the word's is furniture.
fn join_split_bylines(units: &mut [Unit]) {
    for i in 0..units.len().saturating_sub(1) {
        let word = if LONE_BYLINE_WORD.is_match(&units[i].text) {
            units[i].text.as_str()
        } else if BYLINE_WORD_AT_END.is_match(&units[i].text) {
            "By"
        } else {
            continue;
        };
        let joined = format!("{word} {}", units[i + 1].text);
        if let Some(kind @ Kind::Byline { .. }) = byline(&joined) {
            units[i].kind = Kind::Furniture;
            units[i + 1].kind = kind;
        }
    }
}

static LONE_BYLINE_WORD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:[Bb]y|BY|[Vv]on|VON|[Pp]ar|[Pp]or)\s*:?$").expect("valid regex")
});

/// A line saying who wrote the post, their name on the next (`Written on Mar 17 by` /
/// `Pippin Lee`, `Posted by`).
static BYLINE_WORD_AT_END: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:[Ww]ritten|[Pp]osted|[Pp]ublished|WRITTEN|POSTED)\b.{0,30}\s(?:by|BY)\s*:?$")
        .expect("valid regex")
});

/// Whether what follows an image's alt text on the caption line (`rest`) is a credit, or
/// nothing: a name or agency set apart by a space or a separator (`Radwege im SalzburgerLand
/// SalzburgerLand Tourismus / Markus Greber`), never a sentence that goes on from the alt
/// (an author's photo named `Meike Neitz` above `Meike Neitz studierte …`, a heading above
/// `Nachhaltige Mobilität: "The Last Parklet of Stuttgart"`, a word cut in two).
fn reads_as_credit_after_alt(rest: &str) -> bool {
    let credit = rest.trim();
    if !credit.chars().any(char::is_alphanumeric) {
        return true;
    }
    let set_apart = rest
        .chars()
        .next()
        .is_some_and(|c| c.is_whitespace() || "|-—–/(©•".contains(c));
    let first = credit.trim_start_matches(['|', '-', '—', '–', '/', '(', '©', '•', ' ']);
    let opens_like_a_name = first.chars().next().is_some_and(|c| {
        c.is_uppercase()
            || c.is_numeric()
            || (c.is_lowercase()
                && first
                    .split_whitespace()
                    .next()
                    .is_some_and(|w| w.contains('/')))
    });
    set_apart && opens_like_a_name && word_count(credit) <= 12 && !ends_sentence(credit)
}

/// A photo credit on a line of its own: NYT's `CreditKevin Frayer/Getty Images` (glued, never
/// prose), or `Credit Harry Campbell` / `Photo: Reuters` / `Photo by Jane Roe`, also in
/// brackets or after a copyright sign (`(Foto: Christian Charisius/dpa)`, `© Foto: Jane Roe`,
/// `• Crédits : Getty`).
static LONE_CREDIT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(\(\s*|©\s*|•\s*)?(?:(?:Credit){1,2}(\s*)|(?i:photo|photograph|image|picture|credit|crédit|foto|bild|illustration)s?(?i:\s+(credit))?\s*(?::|(?i:by)\b)\s*)([\p{L}\p{N}].{1,120}?)\s*\)?$")
        .expect("valid regex")
});

/// The most words of a caption paragraph that a bracketed credit line below it
/// (`(Foto: …)`) turns into a caption.
const CAPTION_ABOVE_CREDIT_WORDS: usize = 40;

/// A credit on a line of its own belongs to the photo printed just before it: it completes a
/// caption that has none, or after a picture placeholder (`[db-dealpro]`, `Photo`) it is a
/// photo record of its own, without a caption. NYT's glued `CreditName` is one anywhere, and
/// so is a bracketed or copyright credit (`(Bild: Jane Roe/Shutterstock)` under a paragraph
/// of the body: the picture had no caption). A bracketed credit under a short sentence that
/// stands under the picture's title makes that sentence its caption (Süddeutsche Zeitung's
/// `… zu langsam ist.` / `(Foto: …/dpa)`).
fn mark_lone_credits(units: &mut [Unit]) {
    for i in 0..units.len() {
        if !matches!(units[i].kind, Kind::Short | Kind::Furniture | Kind::Nav) {
            continue;
        }
        // The credit the BBC prints above a picture's caption: `Image source, Getty Images`
        // (older pages: `Image copyright Getty Images`), in any of its languages.
        if let Some(credit) = bbc_labels::labelled_source(&units[i].text) {
            let credit = credit.to_string();
            if let Some(Kind::Caption {
                credit: slot @ None,
                ..
            }) = units.get_mut(i + 1).map(|u| &mut u.kind)
            {
                *slot = Some(credit);
                units[i].kind = Kind::Furniture;
            } else {
                units[i].kind = Kind::Caption {
                    caption: String::new(),
                    credit: Some(credit),
                };
            }
            continue;
        }
        let Some(c) = LONE_CREDIT.captures(&units[i].text) else {
            continue;
        };
        let credit = c.get(4).map_or("", |m| m.as_str()).trim().to_string();
        if word_count(&credit) > 12 || ends_sentence(&credit) {
            continue;
        }
        let glued = c.get(2).is_some_and(|m| m.as_str().is_empty());
        let labelled = c.get(2).is_none();
        // Bracketed, after `©` or `•`, or labelled `Photo credit:`, it cannot be anything else.
        let marked = c.get(1).is_some() || c.get(3).is_some();
        let bracketed = c.get(1).is_some_and(|m| m.as_str().starts_with('('));
        // Unmarked, the credit starts with a capital (`Photo: Reuters`); in brackets it may
        // be a user name (`(Credit: iStock)`).
        if !marked && !credit.chars().next().is_some_and(char::is_uppercase) {
            continue;
        }
        let prev = i.checked_sub(1);
        if let Some(Kind::Caption {
            credit: slot @ None,
            ..
        }) = prev.map(|p| &mut units[p].kind)
        {
            *slot = Some(credit);
            units[i].kind = Kind::Furniture;
            continue;
        }
        if bracketed {
            if let Some(p) = prev.filter(|&p| caption_above_credit(units, p)) {
                units[p].kind = Kind::Caption {
                    caption: units[p].text.clone(),
                    credit: Some(credit),
                };
                units[i].kind = Kind::Furniture;
                continue;
            }
        }
        // Labelled (`Photograph by …`, not NYT's glued `Credit`) under a short paragraph
        // printed twice in a row (the picture's alt text, then its caption): that paragraph
        // is the caption.
        let doubled = prev.filter(|&p| {
            p > 0
                && units[p].text == units[p - 1].text
                && word_count(&units[p].text) <= CAPTION_ABOVE_CREDIT_WORDS
                && !is_title_candidate(&units[p])
        });
        if let Some(p) = doubled.filter(|_| labelled) {
            units[p - 1].kind = Kind::Alt;
            units[p].kind = Kind::Caption {
                caption: units[p].text.clone(),
                credit: Some(credit),
            };
            units[i].kind = Kind::Furniture;
            continue;
        }
        let after_picture = prev.map(|p| &units[p]).is_some_and(|u| {
            IMAGE_PLACEHOLDER.is_match(&u.text)
                || matches!(u.text.as_str(), "Photo" | "Image" | "Picture" | "Foto")
        });
        if glued || marked || after_picture {
            units[i].kind = Kind::Caption {
                caption: String::new(),
                credit: Some(credit),
            };
        }
    }
}

/// Whether unit `p` is a caption paragraph for the bracketed credit under it: one short
/// paragraph, a sentence (a headline above the lead picture's credit is none), right under
/// a short line that is not one (the picture's title), its alt text or its placeholder
/// (`[Barcode-Sc]`). A paragraph under the body's text,
/// a date or another picture is the body's.
fn caption_above_credit(units: &[Unit], p: usize) -> bool {
    let unit = &units[p];
    let under_a_title = p.checked_sub(1).is_some_and(|q| {
        let above = &units[q];
        (above.kind == Kind::Short && !above.bulleted && !ends_sentence(&above.text))
            || above.kind == Kind::Alt
            || IMAGE_PLACEHOLDER.is_match(&above.text)
    });
    matches!(unit.kind, Kind::Prose | Kind::Short)
        && !unit.bulleted
        && word_count(&unit.text) <= CAPTION_ABOVE_CREDIT_WORDS
        && ends_sentence(&unit.text)
        && under_a_title
}

static SLIDE_COUNTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(\d{1,3})\s*(?:/|of)\s*(\d{1,3})(?:\s|$)").expect("valid regex")
});

/// A slideshow: 3+ slides numbered `1/50 …`, `2/50 …` (or `1 of 50`), each counter at most
/// [`MAX_SLIDE`] units after the one before. It is a gallery set into the page (often the
/// site's "in pictures" box), not the article's text: every unit from the first counter to the
/// end of the last slide (taken to be as long as the one before it, at most [`MAX_SLIDE`])
/// becomes [`Kind::Gallery`] — unless the slides' prose averages [`LONG_SLIDE_WORDS`] or more
/// (a listicle told as slides, a review under each). A strip of bare list markers (thumbnails)
/// is a gallery too.
fn mark_slideshows(units: &mut [Unit]) {
    let counter = |u: &Unit| -> Option<(u32, u32)> {
        let c = SLIDE_COUNTER.captures(&u.text)?;
        let k: u32 = c.get(1)?.as_str().parse().ok()?;
        let n: u32 = c.get(2)?.as_str().parse().ok()?;
        (1..=n).contains(&k).then_some((k, n))
    };
    let slides: Vec<(usize, u32, u32)> = units
        .iter()
        .enumerate()
        .filter_map(|(i, u)| counter(u).map(|(k, n)| (i, k, n)))
        .collect();
    // A strip of 2+ bare list markers is a gallery's thumbnails (list items holding only a
    // picture without alt text).
    let bare = |u: &Unit| is_bare_marker(&u.text);
    for i in 0..units.len() {
        let strip = bare(&units[i])
            && (units.get(i + 1).is_some_and(bare)
                || i.checked_sub(1).is_some_and(|p| bare(&units[p])));
        if strip && matches!(units[i].kind, Kind::Furniture | Kind::Short | Kind::Nav) {
            units[i].kind = Kind::Gallery;
        }
    }
    let mut a = 0;
    while a < slides.len() {
        // A run of counters with the same total, each one more than the last and at most
        // `MAX_SLIDE` units after it.
        let mut b = a + 1;
        while b < slides.len()
            && slides[b].2 == slides[a].2
            && slides[b].1 == slides[b - 1].1 + 1
            && slides[b].0 - slides[b - 1].0 <= MAX_SLIDE
        {
            b += 1;
        }
        if b - a >= 3 {
            let last = slides[b - 1].0;
            let last_len = (last - slides[b - 2].0).min(MAX_SLIDE);
            let range = slides[a].0..(last + last_len).min(units.len());
            // A listicle told as slides (`1/10 The Godfather` and a review under each) is
            // the article itself: gallery captions are short.
            let slide_count = b - a;
            if prose_words(&units[range.clone()]) < LONG_SLIDE_WORDS * slide_count {
                for u in &mut units[range] {
                    // A slide's credit (`Jane Doe / Greenpeace`) may read as a breadcrumb.
                    if matches!(
                        u.kind,
                        Kind::Prose
                            | Kind::Short
                            | Kind::Nav
                            | Kind::Caption { .. }
                            | Kind::Breadcrumb(_)
                    ) {
                        u.kind = Kind::Gallery;
                    }
                }
            }
        }
        a = b;
    }
}

/// A button that shows or hides a slideshow's captions (`HIDE CAPTION`, `Show captions`),
/// never a caption itself.
static CAPTION_CONTROL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:hide|show|expand|collapse|toggle)\s+captions?$|^bildunterschrift\s+(?:ein|aus)blenden$")
        .expect("valid regex")
});

/// True for a slideshow's caption button ([`CAPTION_CONTROL`]).
pub(super) fn is_caption_control(text: &str) -> bool {
    CAPTION_CONTROL.is_match(text.trim())
}

/// A slideshow printed whole, as CNN's galleries are copied: its slides' captions one after
/// another, perhaps a caption button (`HIDE CAPTION`), then the gallery's title once per
/// slide (every slide carries it, all but one hidden). The run of [`MIN_SLIDE_TITLES`]+ copies
/// of one short line is the gallery's, not the text; the as many lines right before it (past
/// the button), each of a caption's length, are its slides' captions: photo records, as a
/// caption without its picture is in pasted text. Without that count of captions, the
/// copies are a gallery's pictures (their alt text) only when a picture counter (`Bild 1
/// von 9`) stands beside them or there are [`MIN_UNCAPTIONED_COPIES`]+ of them.
fn mark_printed_galleries(units: &mut [Unit]) {
    let mut i = 0;
    while i < units.len() {
        let mut j = i + 1;
        while j < units.len() && units[j].text == units[i].text {
            j += 1;
        }
        let slides = j - i;
        let title_like = units[i].kind == Kind::Short && word_count(&units[i].text) >= 2;
        if slides >= MIN_SLIDE_TITLES && title_like {
            let mut end = i;
            let mut button = false;
            while end > 0
                && (is_caption_control(&units[end - 1].text)
                    || units[end - 1].kind == Kind::Furniture)
            {
                button |= is_caption_control(&units[end - 1].text);
                end -= 1;
            }
            // One block of lines each, captions and titles (a gallery's markup copies as
            // lines without blank ones between), or the caption button between them: the
            // same caption printed under three pictures of an article's text is no gallery.
            let one_block = |r: std::ops::Range<usize>| units[r].iter().all(|u| !u.blank_before);
            let captions = end.checked_sub(slides).map(|start| start..end);
            let captions = captions.filter(|r| {
                units[r.clone()].iter().all(|u| {
                    matches!(u.kind, Kind::Prose | Kind::Short | Kind::Caption { .. })
                        && word_count(&u.text) <= MAX_SLIDE_CAPTION_WORDS
                }) && (button || (one_block(r.start + 1..r.end) && one_block(i + 1..j)))
            });
            // Without captions, the copies are still a gallery's pictures (their alt text)
            // when there are many, or a picture counter (`Bild 1 von 9`) stands beside them.
            let beside_counter = i
                .checked_sub(1)
                .and_then(|p| units.get(p))
                .into_iter()
                .chain(units.get(j))
                .any(|u| u.kind == Kind::Gallery && PICTURE_COUNTER.is_match(&u.text));
            if captions.is_none() && (slides >= MIN_UNCAPTIONED_COPIES || beside_counter) {
                for u in &mut units[i..j] {
                    u.kind = Kind::Gallery;
                }
            }
            if let Some(captions) = captions {
                for u in &mut units[captions] {
                    if !matches!(u.kind, Kind::Caption { .. }) {
                        u.kind = Kind::Caption {
                            caption: u.text.clone(),
                            credit: None,
                        };
                    }
                }
                for u in &mut units[end..j] {
                    if u.kind != Kind::Furniture || is_caption_control(&u.text) {
                        u.kind = Kind::Gallery;
                    }
                }
            }
        }
        i = j;
    }
}

/// How many copies of a gallery's title in a row make a printed gallery.
pub(super) const MIN_SLIDE_TITLES: usize = 3;

/// How many copies of one short line in a row are a gallery's pictures without captions or
/// a picture counter beside them.
const MIN_UNCAPTIONED_COPIES: usize = 8;

/// A gallery's picture counter (`Bild 1 von 9`, `Image 3 of 12`, `Photo 2/5`).
static PICTURE_COUNTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)^(?:bild|foto|fotos|image|photo|picture|slide|imagen|immagine)\s+\d{1,3}\s*(?:von|of|de|di|sur|/)\s*\d{1,3}$",
    )
    .expect("valid regex")
});

/// The longest slide caption a printed gallery's captions may have, in words.
const MAX_SLIDE_CAPTION_WORDS: usize = 80;

/// The most units a slide of a slideshow spans (counter, caption, credit, picture…).
const MAX_SLIDE: usize = 6;

/// Slides whose prose averages this many words or more are a listicle's entries, not captions.
const LONG_SLIDE_WORDS: usize = 80;

/// A teaser stack: 3+ cards in a row, each a short headline (no final stop, 2–20 words; it may
/// be printed twice, as a picture's alt text and as the link) with one to four card lines after
/// it — a summary of one or two sentences and at most 40 words, or an excerpt of at most 70
/// words cut short with an ellipsis, a date, a byline, an author's name, a picture, a category
/// label (`In "News"`), and last its link to the post (`READ THE REST`, over a summary of
/// up to [`MAX_LINKED_SUMMARY_WORDS`]) — the "more stories" box around an article. Its
/// headlines and summaries become navigation, when the stack holds less than half of the
/// page's prose (else the longest tail of 3+ of its cards that does), or when every card
/// ends with its link.
fn mark_teaser_stacks(units: &mut [Unit]) {
    let headline = |u: &Unit| {
        matches!(u.kind, Kind::Short | Kind::RelatedItem)
            && (2..=20).contains(&word_count(&u.text))
            && !u.text.ends_with(['.', ':', ','])
            && !NEVER_A_TITLE.is_match(&u.text)
    };
    let card_line = |u: &Unit| match u.kind {
        Kind::Prose => {
            let words = word_count(&u.text);
            let summary = words <= 40
                && SENTENCE_BREAK.find_iter(&u.text).count() <= 1
                && ends_sentence(&u.text);
            // An excerpt cut short by the site: `… the survey is "biased against devs…`.
            let excerpt = words <= 70 && TRUNCATED.is_match(&u.text);
            (summary || excerpt)
                && u.text
                    .chars()
                    .next()
                    .is_some_and(|c| c.is_alphabetic() || "\"“‘'«".contains(c))
        }
        Kind::Date(..) | Kind::Byline { .. } => true,
        Kind::Nav => is_name(&u.text),
        Kind::Furniture => is_card_picture(&u.text),
        Kind::Short => CATEGORY_LABEL.is_match(&u.text),
        _ => false,
    };
    // A card whose headline is printed twice may end with its author's name on a line of
    // its own (`Will Knight`); elsewhere two capitalised words are as often a label.
    let author_after = |units: &[Unit], j: usize| {
        units
            .get(j)
            .is_some_and(|u| u.kind == Kind::Short && is_name(&u.text))
    };
    // Any card may end with its author's name set in capitals (Wired's `LILA HASSAN`): a
    // label is seldom a person's name in capitals.
    let capitals_author = |units: &[Unit], j: usize| {
        units.get(j).is_some_and(|u| {
            u.kind == Kind::Short && is_name(&u.text) && !u.text.chars().any(char::is_lowercase)
        })
    };
    // The card starting at `i`: its end, when it is one.
    // Under a related-stories heading (`loose`), a card's headline may also stand under its
    // picture's alt line or a kicker (`Schweiz | Weinfest | …` / `Switzerland celebrates …`);
    // elsewhere that is as often an article's sub-heading over a name, then a paragraph.
    let card = |units: &[Unit], i: usize, loose: bool| -> Option<usize> {
        let first_unit = units.get(i)?;
        // The headline printed twice and run together with the summary, on one line.
        if first_unit.kind == Kind::Prose
            && word_count(&first_unit.text) <= MAX_RUN_TOGETHER_CARD_WORDS
            && opens_with_doubled_phrase(&first_unit.text)
        {
            let mut j = i + 1;
            while j < units.len() && j < i + 5 && card_line(&units[j]) {
                j += 1;
            }
            return Some(j + usize::from(author_after(units, j)));
        }
        if !headline(first_unit) {
            return None;
        }
        let mut j = i + 1;
        let alt_above = loose
            && units.get(j).is_some_and(headline)
            && units
                .get(j + 1)
                .is_some_and(|u| u.kind == Kind::Prose && card_line(u));
        let doubled = units.get(j).is_some_and(|u| u.text == units[i].text);
        if alt_above || doubled {
            j += 1;
        }
        let first = j;
        let mut informative = false;
        while j < units.len() && j < first + 4 && (card_line(&units[j]) || linked_summary(units, j))
        {
            informative |= units[j].kind != Kind::Furniture;
            j += 1;
        }
        if informative && ((doubled && author_after(units, j)) || capitals_author(units, j)) {
            j += 1;
        }
        if informative && units.get(j).is_some_and(|u| READ_ON.is_match(&u.text)) {
            j += 1;
        }
        informative.then_some(j)
    };
    // A card that ends with its link to the post (`READ THE REST`, `Weiterlesen`) is a
    // teaser, whatever share of the page's prose its stack holds: an article's sections
    // carry no such link.
    let linked = |units: &[Unit], card: &std::ops::Range<usize>| {
        card.end
            .checked_sub(1)
            .is_some_and(|k| READ_ON.is_match(&units[k].text))
    };
    let page_prose = prose_words(units);
    let mut i = 0;
    while i < units.len() {
        let mut cards = Vec::new();
        let mut j = i;
        let loose = units[i.saturating_sub(RELATED_BLOCK_UNITS)..i]
            .iter()
            .any(|u| u.kind == Kind::RelatedMarker);
        loop {
            if let Some(end) = card(units, j, loose) {
                cards.push(j..end);
                j = end;
            // A one-word section label between cards (`Film`, `Books`) goes with the stack.
            } else if !cards.is_empty()
                && units
                    .get(j)
                    .is_some_and(|u| u.kind == Kind::Short && word_count(&u.text) == 1)
                && card(units, j + 1, loose).is_some()
            {
                j += 1;
            } else {
                break;
            }
        }
        if cards.len() < 3 {
            i += 1;
            continue;
        }
        // A page made only of such cards (sub-headings over one short paragraph each) is
        // an article: the stack must hold less than half of the page's prose. The chain may
        // have started in the article (its headline and first paragraphs look like a card):
        // the stack is the longest tail of 3+ cards that passes. The chain is read once, so a
        // long paste of cards takes linear time.
        let mut tail_prose: usize = cards.iter().map(|c| prose_words(&units[c.clone()])).sum();
        let mut first = 0;
        let all_linked = cards.iter().all(|c| linked(units, c));
        while first + 3 <= cards.len() && tail_prose * 2 >= page_prose && !all_linked {
            tail_prose -= prose_words(&units[cards[first].clone()]);
            first += 1;
        }
        if first + 3 <= cards.len() {
            for card in &cards[first..] {
                for k in card.clone() {
                    if matches!(units[k].kind, Kind::Short | Kind::Prose) {
                        units[k].kind = Kind::Nav;
                    }
                }
            }
        }
        i = j;
    }
}

/// Most words of a teaser's summary followed by its link to the post (see
/// [`linked_summary`]).
const MAX_LINKED_SUMMARY_WORDS: usize = 80;

/// A teaser's summary right over its link to the post (`… to play along: On April 13, …` /
/// `READ THE REST`): a paragraph of at most [`MAX_LINKED_SUMMARY_WORDS`] words, however
/// many sentences.
fn linked_summary(units: &[Unit], j: usize) -> bool {
    units[j].kind == Kind::Prose
        && word_count(&units[j].text) <= MAX_LINKED_SUMMARY_WORDS
        && units.get(j + 1).is_some_and(|u| READ_ON.is_match(&u.text))
}

/// The heading of a box of other stories set inside or after an article (`Most Popular`,
/// `Trending`, `Meistgelesen`).
pub(super) static POPULAR_BOX: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)^(?:most\s+(?:read|popular|viewed|shared|commented|emailed)|trending(?:\s+(?:now|stories|articles))?|popular\s+(?:now|posts|stories|articles)|top\s+stories|editor['’]?s\s+picks|don['’]t\s+miss|meistgelesen|am\s+meisten\s+gelesen|les\s+plus\s+lus|lo\s+más\s+leído|più\s+letti)\W*$",
    )
    .expect("valid regex")
});

/// Prose words that must stand before a [`POPULAR_BOX`] heading for its box to be taken
/// for one set inside the article (a `Trending` kicker over a headline has none).
const MIN_PROSE_BEFORE_BOX: usize = 150;

/// Most units a box of other stories spans.
const MAX_BOX_UNITS: usize = 24;

/// A box of other stories inside or after an article (`Most Popular`, then headlines with
/// their section labels, authors, pictures): from its heading to the next paragraph or
/// caption, its lines are navigation. Its headlines have no full stop, so the box ends at
/// the first line that ends a sentence.
fn mark_popular_boxes(units: &mut [Unit]) {
    let mut prose = 0;
    let mut i = 0;
    while i < units.len() {
        if prose < MIN_PROSE_BEFORE_BOX || !POPULAR_BOX.is_match(units[i].text.trim()) {
            prose += prose_words_of(&units[i]);
            i += 1;
            continue;
        }
        let in_box = |u: &Unit| match &u.kind {
            Kind::Short
            | Kind::Nav
            | Kind::ListItem
            | Kind::RelatedItem
            | Kind::Date(..)
            | Kind::Byline { .. } => true,
            Kind::Furniture => is_card_picture(&u.text),
            Kind::Prose => !ends_sentence(&u.text) && word_count(&u.text) <= 40,
            _ => false,
        };
        let limit = units.len().min(i + 1 + MAX_BOX_UNITS);
        let end = (i + 1..limit)
            .find(|&j| !in_box(&units[j]))
            .unwrap_or(limit);
        if end >= i + 3 {
            for unit in &mut units[i + 1..end] {
                if matches!(unit.kind, Kind::Short | Kind::Prose | Kind::ListItem) {
                    unit.kind = Kind::Nav;
                }
            }
        }
        i = end.max(i + 1);
    }
}

/// Most words of a teaser card printed as one line: its headline twice and its summary.
const MAX_RUN_TOGETHER_CARD_WORDS: usize = 90;

/// A line that opens with a phrase of three or more words printed twice (`Deepfake Audio Is a
/// Political Nightmare Deepfake Audio Is a Political Nightmare British fact-checkers are …`):
/// a teaser card's headline, as its picture's alt text and as its link, run together with
/// its summary. A writer never opens a paragraph so.
fn opens_with_doubled_phrase(text: &str) -> bool {
    text.char_indices()
        .filter(|&(i, c)| c == ' ' && (12..=200).contains(&i))
        .any(|(i, _)| {
            let phrase = &text[..i];
            let rest = &text[i + 1..];
            rest.starts_with(phrase)
                && rest[phrase.len()..]
                    .chars()
                    .next()
                    .is_none_or(char::is_whitespace)
                && word_count(phrase) >= 3
        })
}

/// A teaser card's picture: its placeholder (`[thumb]`, `photo.jpg`) or a bare list marker.
fn is_card_picture(text: &str) -> bool {
    IMAGE_PLACEHOLDER.is_match(text) || is_bare_marker(text)
}

/// A list marker with nothing after it: a list item holding only a picture without alt text.
fn is_bare_marker(text: &str) -> bool {
    text.chars()
        .all(|c| BULLETS.contains(&c) || c.is_whitespace())
}

/// Text cut short with an ellipsis (`…`, `...`, `[…]`), as excerpts are.
static TRUNCATED: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r#"(?:…|\.\.\.|\[…\]|\[\.\.\.\])["”’]?$"#).expect("valid regex"));

/// The most words of a headline a teaser box cuts short to fit (see
/// [`mark_truncated_headline_lists`]).
const MAX_TRUNCATED_HEADLINE_WORDS: usize = 12;

/// Marks that open someone's words: a line opening with one is speech or a quote, not a
/// headline.
const OPENING_QUOTES: [char; 6] = ['"', '“', '„', '«', '‘', '\''];

/// The fewest words a headline cut short to fit keeps.
const MIN_TRUNCATED_HEADLINE_WORDS: usize = 4;

/// How many cut-short headlines in a row make a teaser box.
const MIN_TRUNCATED_HEADLINES: usize = 3;

/// Headlines cut short one after another (`23 choses que toutes les filles des années
/// 2000…` / `21 tatouages qui ont merveilleusement bien…` / …): a box of teasers whose
/// titles the page truncates to fit its width. [`MIN_TRUNCATED_HEADLINES`] or more lines of
/// at most [`MAX_TRUNCATED_HEADLINE_WORDS`] words ending in an ellipsis, with perhaps a
/// short headline that fitted whole among them, are navigation, not the article's prose:
/// an article's sentence that trails off stands among longer ones.
fn mark_truncated_headline_lists(units: &mut [Unit]) {
    let short_line = |u: &Unit| {
        matches!(u.kind, Kind::Prose | Kind::Short)
            && word_count(&u.text) <= MAX_TRUNCATED_HEADLINE_WORDS
    };
    // A headline cut to fit a box's width keeps a few words (`And then…` is a sentence
    // trailing off) and is no one's speech (`“But what if…”`, `— Are you sure…`).
    let truncated = |u: &Unit| {
        short_line(u)
            && word_count(&u.text) >= MIN_TRUNCATED_HEADLINE_WORDS
            && !u.text.starts_with(OPENING_QUOTES)
            && !u.text.starts_with(['—', '–', '-'])
            && TRUNCATED.is_match(u.text.trim_end())
    };
    // The article's own paragraphs on both sides: the lines are its text (a poem, a
    // dialogue), whatever they look like.
    let long_prose =
        |u: &Unit| u.kind == Kind::Prose && word_count(&u.text) > MAX_TRUNCATED_HEADLINE_WORDS;
    let inside_text = |units: &[Unit], start: usize, end: usize| {
        let before = units[..start]
            .iter()
            .rev()
            .find(|u| !matches!(u.kind, Kind::Furniture | Kind::Alt | Kind::Share));
        let after = units[end..]
            .iter()
            .find(|u| !matches!(u.kind, Kind::Furniture | Kind::Alt | Kind::Share));
        before.is_some_and(long_prose) && after.is_some_and(long_prose)
    };
    let whole = |u: &Unit| short_line(u) && u.kind == Kind::Short;
    let aside = |u: &Unit| matches!(u.kind, Kind::Furniture | Kind::Alt);
    let mut i = 0;
    while i < units.len() {
        if !truncated(&units[i]) {
            i += 1;
            continue;
        }
        // The run: from this cut-short line to the last one after it, over whole short
        // headlines and pictures.
        let mut end = i + 1;
        let mut j = i + 1;
        while j < units.len() && (truncated(&units[j]) || whole(&units[j]) || aside(&units[j])) {
            j += 1;
            if truncated(&units[j - 1]) {
                end = j;
            }
        }
        let cut_short = (i..end).filter(|&k| truncated(&units[k])).count();
        if cut_short >= MIN_TRUNCATED_HEADLINES
            && cut_short * 2 > (i..end).filter(|&k| !aside(&units[k])).count()
            && !inside_text(units, i, end)
        {
            for unit in &mut units[i..end] {
                if matches!(unit.kind, Kind::Prose | Kind::Short) {
                    unit.kind = Kind::Nav;
                }
            }
            i = end;
        } else {
            i += 1;
        }
    }
}

/// A teaser card's category label: `In "News"`, `Filed under Politics`, `Posted in News`.
static CATEGORY_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#"^(?:[Ii]n\s+["“][^"”]{1,30}["”]|(?:[Ff]iled under|[Pp]osted in)\s+\S.{0,30})$"#)
        .expect("valid regex")
});

/// The words of prose among `units`.
fn prose_words(units: &[Unit]) -> usize {
    units.iter().map(prose_words_of).sum()
}

/// A unit's words if it is prose, else 0.
fn prose_words_of(unit: &Unit) -> usize {
    if unit.kind == Kind::Prose {
        word_count(&unit.text)
    } else {
        0
    }
}

/// Blocks: runs of units not separated by a blank line, as half-open ranges.
fn blocks(units: &[Unit]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = 0;
    for i in 1..=units.len() {
        if i == units.len() || units[i].blank_before {
            out.push((start, i));
            start = i;
        }
    }
    out
}

static TABLE_RULE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^[─━┼┬┴├┤┌┐└┘═╪+|=\-]{3,}$").expect("valid regex"));

/// A block of 2+ lines holding code (a third of its lines) or a text table's rule line
/// (`────┼────`) is preformatted: its short lines and its number/rule lines are code too.
fn absorb_code_blocks(units: &mut [Unit]) {
    for (s, e) in blocks(units) {
        if e - s < 2 {
            continue;
        }
        let code = (s..e).filter(|&i| units[i].kind == Kind::Code).count();
        let rule = (s..e).any(|i| TABLE_RULE.is_match(&units[i].text.replace(' ', "")));
        // Text browsers wrap a paragraph at one indent; only preformatted text keeps several
        // (nested code). Bulleted lists, whose continuation lines are indented, do not count.
        let indents: std::collections::HashSet<usize> = (s..e).map(|i| units[i].indent).collect();
        let nested = indents.len() >= 2
            && (s..e).all(|i| !units[i].bulleted && units[i].kind != Kind::Prose)
            && (indents.len() >= 3
                || (s..e).any(|i| {
                    units[i].kind == Kind::Code || units[i].text.ends_with(['(', '{', ';'])
                }));
        if !(rule || nested || (code >= 1 && code * 3 >= e - s)) {
            continue;
        }
        for u in &mut units[s..e] {
            let numeric = !u.text.chars().any(char::is_alphabetic);
            if u.kind == Kind::Short || (u.kind == Kind::Furniture && numeric) {
                u.kind = Kind::Code;
            }
        }
    }
}

/// Mostly capitalised words: a headline or a menu entry rather than a sentence.
fn title_case(text: &str) -> bool {
    let words: Vec<&str> = text.split_whitespace().collect();
    let caps = words
        .iter()
        .filter(|w| w.chars().next().is_some_and(char::is_uppercase))
        .count();
    words.len() >= 3 && caps * 10 >= words.len() * 6
}

/// A headline's capitalisation: like [`title_case`], but words are judged by their first letter
/// (a leading quote or bracket skipped, `«Vape`) and words without letters (`«6`, `—`) do not
/// count.
fn headline_case(text: &str) -> bool {
    let firsts: Vec<char> = text
        .split_whitespace()
        .filter_map(|w| w.chars().find(|c| c.is_alphanumeric()))
        .filter(|c| c.is_alphabetic())
        .collect();
    let caps = firsts.iter().filter(|c| c.is_uppercase()).count();
    firsts.len() >= 3 && caps * 10 >= firsts.len() * 6
}

/// A section number before a table of contents' item (`1 History`, `3.7.2 SpiderMonkey`):
/// the sub-heading it points to is printed without it.
static SECTION_NUMBER: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\d{1,2}(?:\.\d{1,2})*\.?\s+").expect("valid regex"));

/// A table of contents' item: a list item, or a line opening with a section number (a wiki's
/// contents copied without their bullets).
fn is_contents_item(unit: &Unit) -> bool {
    unit.bulleted || SECTION_NUMBER.is_match(&unit.text)
}

/// How many lines after a sub-heading its section's prose may start (past a wiki's `Main
/// article: …` note or a picture's caption).
const HEADING_TO_PROSE: usize = 3;

/// Most words of an item of a table of contents copied without its bullets: a section's
/// name, not a line of an infobox printed again further down.
const PLAIN_CONTENTS_ITEM_WORDS: usize = 12;

/// A table of contents: a list of 3+ items, at least half of them (and 3+) printed again
/// further down as sub-headings (plain short lines with prose at most [`HEADING_TO_PROSE`]
/// lines after them), their section numbers aside.
fn mark_tables_of_contents(units: &mut [Unit]) {
    // Sub-headings: plain short lines with prose right after them, by text, at their last place.
    let headings: std::collections::HashMap<String, usize> = (0..units.len())
        .filter(|&k| {
            !units[k].bulleted
                && units[k].kind == Kind::Short
                && units[k + 1..]
                    .iter()
                    .take(HEADING_TO_PROSE)
                    .any(|n| n.kind == Kind::Prose)
        })
        .map(|k| (units[k].text.to_lowercase(), k))
        .collect();
    // A browser's copy loses the list's bullets: its items are then a block of plain short
    // lines, two thirds of them (and 3+) printed again as sub-headings.
    // A section's name, not a header of a protocol example printed twice (`Origin:
    // https://…`, `If-Match: "1382694045000"`).
    let plain_line = |u: &Unit| {
        u.kind == Kind::Short
            && !is_contents_item(u)
            && word_count(&u.text) <= PLAIN_CONTENTS_ITEM_WORDS
            && !u.text.contains("://")
            && !u.text.contains(['=', '"', '{', '}', ';'])
    };
    let mut i = 0;
    while i < units.len() {
        let bulleted = is_contents_item(&units[i]);
        if !bulleted && !plain_line(&units[i]) {
            i += 1;
            continue;
        }
        let start = i;
        i += 1;
        while i < units.len()
            && if bulleted {
                is_contents_item(&units[i])
            } else {
                plain_line(&units[i]) && !units[i].blank_before
            }
        {
            i += 1;
        }
        if i - start < 3 {
            continue;
        }
        let found: Vec<usize> = (start..i)
            .filter(|&k| {
                let item = SECTION_NUMBER.replace(&units[k].text, "");
                headings.get(&item.to_lowercase()).is_some_and(|&h| h >= i)
            })
            .collect();
        // Plain lines: from the first line found again to the last (the block may open with
        // the list's own heading or a caption).
        let (start, end) = match (bulleted, found.first(), found.last()) {
            (false, Some(&first), Some(&last)) => (first, last + 1),
            _ => (start, i),
        };
        let enough = if bulleted {
            found.len() * 2 >= end - start
        } else {
            found.len() * 3 >= (end - start) * 2
        };
        if found.len() >= 3 && enough {
            // Its heading goes with it (`Contents`, `Inhaltsverzeichnis`, a wiki's `hide`).
            let heading = (start.saturating_sub(2)..start)
                .rev()
                .take_while(|&k| units[k].kind == Kind::Short && word_count(&units[k].text) <= 3)
                .last()
                .unwrap_or(start);
            for u in &mut units[heading..end] {
                u.kind = Kind::Contents;
            }
        }
    }
}

/// A list (consecutive list items, with their unbulleted continuation lines) whose items read
/// as sentences — 2+ items, 5+ words on average, fewer than half in title case or of 1–2
/// words — is content: its non-prose items become [`Kind::ListItem`].
fn mark_content_lists(units: &mut [Unit]) {
    let mut i = 0;
    while i < units.len() {
        if !units[i].bulleted {
            i += 1;
            continue;
        }
        let start = i;
        let mut end = i + 1;
        while end < units.len() && (units[end].bulleted || !units[end].blank_before) {
            end += 1;
        }
        let items: Vec<usize> = (start..end).filter(|&j| units[j].bulleted).collect();
        let n = items.len();
        let words: usize = items.iter().map(|&j| word_count(&units[j].text)).sum();
        let titled = items
            .iter()
            .filter(|&&j| title_case(&units[j].text))
            .count();
        let tiny = items
            .iter()
            .filter(|&&j| word_count(&units[j].text) <= 2)
            .count();
        if n >= 2 && words >= 7 * n && titled * 2 < n && tiny * 2 < n {
            for &j in &items {
                if matches!(units[j].kind, Kind::Nav | Kind::Short) {
                    units[j].kind = Kind::ListItem;
                }
            }
        }
        i = end;
    }
}

/// A list set as lines rather than bullets, as a recipe's ingredients, an event's times or a
/// product's notes are: a short line ending in a colon (`Zutaten:`, `So sieht der Timetable
/// aus:`), then [`MIN_LINE_LIST_ITEMS`]+ short lines in one block (no blank line between
/// them, though one may stand under the heading); or a block of as many facts, each a label
/// and its value (`Zubereitungszeit: 25 Minuten` / `Ergibt: 40 Stück`, `Farbe: grün` /
/// `Penetration: 220 – 250`). Either with a paragraph at most [`LINE_LIST_REACH`] units
/// before or after it, or such a list found beside a paragraph (one step, not a chain down
/// a page's footer). Its lines are the article's ([`Kind::ListItem`]), so the body runs
/// through them rather than stopping at them, and none is taken for a headline.
fn mark_line_lists(units: &mut [Unit]) {
    // The second pass sees the lists the first found beside paragraphs.
    for _ in 0..2 {
        let listed: Vec<bool> = units
            .iter()
            .map(|u| u.kind == Kind::ListItem && !u.bulleted)
            .collect();
        let mut h = 0;
        while h < units.len() {
            let (end, lines) = line_list_at(units, h);
            let before = h.saturating_sub(LINE_LIST_REACH)..h;
            let after = end..(end + LINE_LIST_REACH).min(units.len());
            let near = |range: std::ops::Range<usize>| {
                range
                    .into_iter()
                    .any(|k| units[k].kind == Kind::Prose || listed[k])
            };
            if lines >= MIN_LINE_LIST_ITEMS && (near(before) || near(after)) {
                for u in &mut units[h..end] {
                    u.kind = Kind::ListItem;
                }
            }
            // Every line of a block is read once: a long table of facts takes linear time.
            h = if lines > 0 { end } else { h + 1 };
        }
    }
}

/// The list set as lines that starts at `h` (see [`mark_line_lists`]): its end and how
/// many lines it lists (0 when none starts there).
fn line_list_at(units: &[Unit], h: usize) -> (usize, usize) {
    let plain_short = |u: &Unit| u.kind == Kind::Short && !u.bulleted;
    let fact = |u: &Unit| {
        plain_short(u) && word_count(&u.text) <= MAX_FACT_WORDS && LABELLED_FACT.is_match(&u.text)
    };
    let heading = &units[h];
    let mut end = h + 1;
    // A sentence leading into the list (`The overall rankings were as follows:`, not a box's
    // `More From CNN:`) also lists bulleted or numbered short items, however few words they
    // have (`1. Finland`): a menu is never introduced so.
    let lead_in = heading.text.ends_with(':')
        && matches!(heading.kind, Kind::Short | Kind::Prose)
        && !heading.bulleted
        && (4..=MAX_LEAD_IN_WORDS).contains(&word_count(&heading.text))
        && !title_case(&heading.text);
    let list_heading = plain_short(heading)
        && heading.text.ends_with(':')
        && word_count(&heading.text) <= MAX_LINE_LIST_HEADING_WORDS;
    if lead_in || list_heading {
        let item = |u: &Unit| {
            (list_heading && plain_short(u))
                || (lead_in
                    && u.bulleted
                    && matches!(u.kind, Kind::Nav | Kind::Short)
                    && word_count(&u.text) <= MAX_LEAD_IN_ITEM_WORDS)
        };
        while end < units.len() && item(&units[end]) && (end == h + 1 || !units[end].blank_before) {
            end += 1;
        }
        (end, end - h - 1)
    } else if fact(heading) {
        while end < units.len() && fact(&units[end]) && !units[end].blank_before {
            end += 1;
        }
        (end, end - h)
    } else {
        (end, 0)
    }
}

/// A fact printed as its label and value (`Ergibt: 40 Stück`, `Verdicker/Basisöl:
/// Li-Seifen/Mineralöl`): a label of one to three words, a colon, the value.
static LABELLED_FACT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\p{L}[\p{L}\p{N}/.\-]*(?:\s+[\p{L}\p{N}/.\-]+){0,2}:\s+\S").expect("valid regex")
});

/// Most words of a line read as a labelled fact.
const MAX_FACT_WORDS: usize = 10;

/// Most words of a sentence leading into a list (see [`line_list_at`]).
const MAX_LEAD_IN_WORDS: usize = 40;

/// Most words of a bulleted item under a sentence leading into its list (see
/// [`line_list_at`]); longer items are judged as lists are elsewhere ([`mark_content_lists`]).
const MAX_LEAD_IN_ITEM_WORDS: usize = 6;

/// Fewest lines under its heading that make a list set as lines.
const MIN_LINE_LIST_ITEMS: usize = 2;

/// Most words of a list's heading (`So sieht der vorläufige Timetable aus:`).
const MAX_LINE_LIST_HEADING_WORDS: usize = 8;

/// How near the article's text a list set as lines stands, in units.
const LINE_LIST_REACH: usize = 3;

/// A date line glued to a short label before it, where the page set two elements side by
/// side without a space (`Yahoo FinanceOctober 13, 2016`, `TNW中文站2016年10月14日07:17`):
/// the date starts at a capital right after a lower-case letter, or at a digit right after
/// a letter, and at most four words stand before it.
fn glued_date_line(text: &str) -> Option<(DateRole, DateValue)> {
    let mut chars = text.char_indices().peekable();
    while let Some((_, c)) = chars.next() {
        let Some(&(at, next)) = chars.peek() else {
            break;
        };
        let glued = (c.is_lowercase() && next.is_uppercase())
            || (c.is_alphabetic() && next.is_ascii_digit())
            || (c.is_uppercase() && next.is_uppercase() && capitals_glued_to_month(text, at));
        if !glued {
            continue;
        }
        // The label's words only grow along the line: past four, no later glue is a label's
        // (and a long line is not counted again at each of its glues).
        if word_count(&text[..at]) > 4 {
            break;
        }
        if let Some(found) = dates::date_line(&text[at..], None) {
            return Some(found);
        }
    }
    None
}

/// A section set in capitals glued to a date set in capitals (Wired's `BUSINESSNOV 7, 2023
/// 2:00 AM`, as a browser copies a label and a date styled upper-case): `at` is where a
/// month's name starts the rest of the first word, after a prefix of [`MIN_GLUED_LABEL`]+
/// capitals.
fn capitals_glued_to_month(text: &str, at: usize) -> bool {
    if at > MAX_GLUED_LABEL_BYTES {
        return false;
    }
    let (head, rest) = text.split_at(at);
    if head.chars().count() < MIN_GLUED_LABEL || !head.chars().all(char::is_uppercase) {
        return false;
    }
    let month: String = rest.chars().take_while(|c| c.is_alphabetic()).collect();
    month.len() < rest.len()
        && rest[month.len()..].starts_with([' ', '.'])
        && dates::names_a_month(&month)
}

/// Longest label glued to the month after it, in bytes: a section's name, not a run of
/// capitals looked at again at each of its letters.
const MAX_GLUED_LABEL_BYTES: usize = 60;

/// Fewest capitals of a label glued to the month after it (see [`capitals_glued_to_month`]).
const MIN_GLUED_LABEL: usize = 3;

/// A credit's label at the start of a text (`Photo: `, `Foto: `, `Bild: `, `Crédits : `).
pub(crate) static CREDIT_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:photo|photograph|image|picture|credit|crédit|foto|bild)s?\s*(?::|by\b)\s*")
        .expect("valid regex")
});

/// A word that names a picture or its credit, alone (`Photo`, `Bild`).
static CREDIT_LABEL_WORD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:photo|photograph|image|picture|credit|crédit|foto|bild)s?$")
        .expect("valid regex")
});

/// The line that credits a wire story's other contributors, at its end (`Additional
/// reporting by Steve Gorman; Editing by Marguerita Choy`, `Writing by …`).
static CONTRIBUTORS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:(?:[Aa]dditional|[Ff]urther)\s+)?[Rr]eporting\s+by\s+\p{Lu}|^(?:Writing|Editing|Compiled|Edited)\s+by\s+\p{Lu}.*;")
        .expect("valid regex")
});

fn classify_one(unit: &Unit, next: Option<&str>) -> Kind {
    let text = unit.text.as_str();
    let lower = text.to_lowercase();
    let words = word_count(text);

    // An image's alt text printed just before its caption.
    if let Some(next) = next {
        // A caption is short: a long paragraph that opens like the line before is not one.
        if words >= 2 && next.len() > text.len() && next.starts_with(text) && word_count(next) <= 60
        {
            return Kind::Alt;
        }
    }
    if is_related_marker(text) {
        return Kind::RelatedMarker;
    }
    if let Some(caps) = URL_LINE.captures(text) {
        if let Some(url) = caps.get(1) {
            return Kind::Url(url.as_str().to_string());
        }
    }
    if let Some((role, value)) = dates::date_line(text, None).or_else(|| glued_date_line(text)) {
        if role == DateRole::Published {
            if let Some(kind) = date_then_byline(text, &value) {
                return kind;
            }
        }
        return Kind::Date(role, value);
    }
    if let Some(kind) = post_meta(text) {
        return kind;
    }
    if let Some(kind) = byline(text) {
        return kind;
    }
    if let Some(segments) = breadcrumb(text) {
        return Kind::Breadcrumb(segments);
    }
    if let Some((caption, credit)) = caption_credit(text) {
        return Kind::Caption {
            caption,
            credit: Some(credit),
        };
    }
    // The BBC's spoken labels for its pictures and videos (`Image caption, …`): the caption
    // without its label (a credit line `Image source, …` above it is joined to it in
    // `mark_lone_credits`).
    if let Some(caption) = bbc_labels::labelled_caption(text) {
        return Kind::Caption {
            caption: caption.to_string(),
            credit: None,
        };
    }
    // The BBC's link to the article's section under its date (`From the section US &
    // Canada`).
    if text.starts_with("From the section ") && words <= 8 {
        return Kind::Nav;
    }
    if is_share(&lower) {
        return Kind::Share;
    }
    if PICTURE_COUNTER.is_match(text) {
        return Kind::Gallery;
    }
    if is_comments_start(&lower) {
        return Kind::Comments;
    }
    if is_furniture(text, &lower) {
        return Kind::Furniture;
    }
    if !unit.bulleted {
        if let Some(genre) = genre_word(text) {
            return Kind::Genre(genre.to_string());
        }
    }
    // A wire story's closing credits (`Additional reporting by …; Editing by …`) are its text.
    if CONTRIBUTORS.is_match(text) && words >= 4 {
        return Kind::Prose;
    }
    if is_name_list(text) || is_flattened_menu(text) || is_pipe_menu(text) {
        return Kind::Furniture;
    }
    if glued_names(text) >= GLUED_MENU_NAMES {
        return Kind::Nav;
    }
    // Markup a page printed as text (a `<noscript>` block w3m shows raw: `<div
    // class="alertBox"> <div class="alert"> <i></i><p>…`) is furniture, however much text
    // it holds.
    if is_markup(text) {
        return Kind::Furniture;
    }
    // A control's link target printed beside its label (`保存javascript:void(0)`,
    // `小javascript:void(0)javascript:void(0)`).
    if words <= 8 && lower.contains("javascript:void") {
        return Kind::Furniture;
    }
    // A link's label with its arrow (`Next Page >`, `More News ›`, `戦争・紛争一覧へ>`) is
    // navigation: text never ends so (markup and `#include <stdio.h>` hold a `<`).
    if words <= LINK_ARROW_WORDS
        && text.ends_with(['>', '›'])
        && !text.contains('<')
        && text.chars().any(char::is_alphabetic)
    {
        return Kind::Nav;
    }
    // CJK lines count characters, so they need more of them.
    let (min_sentence, min_any) = if cjk_heavy(text) { (6, 12) } else { (6, 20) };
    let prose = (words >= min_sentence && ends_sentence(text))
        || (words >= 10 && text.ends_with([':', '：']))
        || words >= min_any;
    if prose {
        return Kind::Prose;
    }
    if unit.bulleted {
        return Kind::Nav;
    }
    if CODE.is_match(text) {
        return Kind::Code;
    }
    Kind::Short
}

/// Fewest words after a headline in the paragraph that repeats it (see
/// [`repeated_by_its_paragraph`]); a caption's credit or the rest of a picture's
/// description is shorter.
const PARAGRAPH_AFTER_HEADLINE_WORDS: usize = 20;

/// A blog post's headline that the paragraph under it repeats before its own text
/// (`Friday, December 23, 2016` / `Python 3.6.0 is now available!` / `Python 3.6.0 is now
/// available! Python 3.6.0 is the newest major release …`) was read as a picture's alt text
/// over its caption; under a date or a byline, it is a line of its own again. Elsewhere the
/// shape is as often a teaser's headline over its summary.
fn unmark_repeated_headlines(units: &mut [Unit]) {
    for i in 1..units.len().saturating_sub(1) {
        if units[i].kind != Kind::Alt
            || !repeated_by_its_paragraph(&units[i].text, &units[i + 1].text)
        {
            continue;
        }
        if dated_above(units, i) {
            units[i].kind = classify_one(&units[i], None);
        }
    }
}

/// A headline that the paragraph under it repeats before its own text, not a picture's alt
/// text over its caption: the headline does not end with a full stop, and after it the
/// paragraph starts a new sentence and goes on for [`PARAGRAPH_AFTER_HEADLINE_WORDS`] words
/// or more.
fn repeated_by_its_paragraph(text: &str, next: &str) -> bool {
    let rest = &next[text.len()..];
    !text.ends_with('.')
        && rest.starts_with(char::is_whitespace)
        && rest.trim_start().starts_with(char::is_uppercase)
        && word_count(rest) >= PARAGRAPH_AFTER_HEADLINE_WORDS
}

/// A date line whose last part is a byline (`19.03.2019 11:45 | von Inga Buller`): the
/// byline, dated.
fn date_then_byline(text: &str, date: &DateValue) -> Option<Kind> {
    let last = BYLINE_SEP
        .split(text)
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .last()?;
    if last == text.trim() || !BYLINE.is_match(last) {
        return None;
    }
    match byline(last)? {
        Kind::Byline {
            byline, authors, ..
        } if !authors.is_empty() => Some(Kind::Byline {
            byline,
            authors,
            date: Some(date.clone()),
        }),
        _ => None,
    }
}

/// Most words of a link's label printed with its arrow (`Zurück zu SimplyScience.ch >`).
const LINK_ARROW_WORDS: usize = 16;

/// Markup printed as text: a line that opens with an HTML tag and holds three or more, one of
/// them closing an element. A list of tags a comment form allows (`<a href="" title="">
/// <abbr title=""> <b> …`) closes none: it is the page's text.
fn is_markup(text: &str) -> bool {
    if !text.starts_with('<') {
        return false;
    }
    let (tags, closing) = MARKUP_TAG
        .find_iter(text)
        .fold((0, false), |(n, closing), tag| {
            (n + 1, closing || tag.as_str().starts_with("</"))
        });
    tags >= 3 && closing
}

static MARKUP_TAG: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#"</?[a-zA-Z][a-zA-Z0-9]*(?:\s+[a-zA-Z-]+(?:="[^"]*")?)*\s*/?>"#)
        .expect("valid regex")
});

/// Fewest words of a menu copied as one line ([`is_flattened_menu`]): more than a headline in
/// title case ever has.
const FLATTENED_MENU_WORDS: usize = 20;

/// Small words a menu item's name may hold in lower case (`Fire in the Sky`, `Best of the
/// Web`).
const MENU_SMALL_WORDS: &[&str] = &[
    "a", "an", "and", "at", "by", "de", "der", "die", "du", "et", "for", "in", "la", "le", "of",
    "on", "or", "the", "to", "und", "von", "who", "with", "&",
];

/// A site's menu copied as one line, its items run together (`SOTT Focus Best of the Web
/// Puppet Masters Society's Child Secret History Science & Technology …`): at least
/// [`FLATTENED_MENU_WORDS`] words, no comma or full stop between them, and every word
/// but the small ones capitalised (or a number). Prose never reads so; German capitalises
/// its nouns only.
fn is_flattened_menu(text: &str) -> bool {
    let words: Vec<&str> = text.split_whitespace().collect();
    words.len() >= FLATTENED_MENU_WORDS
        && !text.contains([',', ';', '，', '、'])
        // Menu items may shout (`Don't Panic! Lighten Up!`), they do not end sentences.
        && !text.contains(". ")
        && words.iter().all(|w| {
            MENU_SMALL_WORDS.contains(&w.to_lowercase().as_str())
                || w.chars()
                    .find(|c| c.is_alphanumeric())
                    .is_none_or(|c| c.is_uppercase() || c.is_ascii_digit())
        })
        // Names in title case, not a clause in capitals (a licence's `ANY MATERIAL
        // DOWNLOADED …`) nor a formula (`C = A + B with A = 1 2 ( C + C H )`).
        && {
            let lettered = words.iter().filter(|w| w.chars().any(char::is_alphabetic));
            let (mut all, mut title_case) = (0, 0);
            for w in lettered {
                all += 1;
                if w.chars().next().is_some_and(char::is_uppercase) && w.chars().any(char::is_lowercase) {
                    title_case += 1;
                }
            }
            title_case * 10 >= all * 6
        }
}

/// Fewest names glued to the one before them that make a line a menu ([`glued_names`]): a
/// headline may hold a brand or two written so (`DeepMind`, `YouTube`), never three.
const GLUED_MENU_NAMES: usize = 3;

/// How many names in `text` are glued to the word before them, a capital right after two
/// lower-case letters (`Últimas NoticiasSociedadPolíticaEl MundoOpinión` has four): a menu
/// whose items the page set side by side without spaces, as a browser copies them.
fn glued_names(text: &str) -> usize {
    // Code writes its names so too (`reqHeaders.append(…)`): a menu is words alone.
    if !text
        .chars()
        .all(|c| c.is_alphabetic() || c.is_whitespace() || matches!(c, '&' | '\'' | '’' | '-'))
    {
        return 0;
    }
    let chars: Vec<char> = text.chars().collect();
    chars
        .windows(3)
        .filter(|w| w[0].is_lowercase() && w[1].is_lowercase() && w[2].is_uppercase())
        .count()
}

/// Fewest items of a menu set on one line between bars ([`is_pipe_menu`]): a headline with
/// its site (`Headline | Site`) or a date with its time has two or three.
const PIPE_MENU_ITEMS: usize = 5;

/// A site's menu on one line, its items between bars (`首页|新闻|图片|评论|共青团|…`, `Home |
/// News | Sport | Business | Opinion`): [`PIPE_MENU_ITEMS`]+ items, each a name of at most
/// three words (or eight characters in a script without spaces) and no sentence.
fn is_pipe_menu(text: &str) -> bool {
    let items: Vec<&str> = text
        .split(['|', '｜'])
        .map(str::trim)
        .filter(|item| !item.is_empty())
        .collect();
    // A table's row (`404 | 0 | 0.133`) or code (`a || b`) is no menu: a menu's items are
    // names.
    let name = |item: &str| {
        item.chars().any(char::is_alphabetic)
            && !item.contains(['(', ')', '{', '}', '[', ']', ';', '=', '<', '>', '"', '`'])
    };
    items.len() >= PIPE_MENU_ITEMS
        && items.iter().all(|item| name(item))
        && items.iter().all(|item| {
            let spaced = item.split_whitespace().count() <= 3 && item.chars().count() <= 30;
            let unspaced = !item.contains(' ') && item.chars().count() <= 8;
            (spaced || unspaced) && !ends_sentence(item)
        })
}

/// A list of 20+ comma-separated names or tags (the users who liked a post, a tag cloud): the
/// first item and most others are one or two words, at most one in ten is a number (a sentence
/// lists people with their ages), and no item but the last is a sentence.
fn is_name_list(text: &str) -> bool {
    let items: Vec<&str> = text
        .split([',', '，', '、'])
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .collect();
    let short = items.iter().filter(|s| word_count(s) <= 2).count();
    // The last item may close the list in words (`… and Jane as well as 30 guests liked this`).
    let Some((_, head)) = items.split_last() else {
        return false;
    };
    // Ages and scores between names (`Jane Doe, 34, John Roe, 51`) make a sentence's list; a
    // user name may be all digits now and then.
    let numbers = head
        .iter()
        .filter(|s| !s.chars().any(char::is_alphabetic))
        .count();
    items.len() >= 20
        && numbers * 10 <= items.len()
        && head.first().is_some_and(|s| word_count(s) <= 3)
        && short * 10 >= items.len() * 8
        && head
            .iter()
            .all(|s| word_count(s) <= 6 && !SENTENCE_BREAK.is_match(s))
}

static CODE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"[{};│┃|]\s*$|^\s*(?://|#|<[a-zA-Z!/]|\$ )|\S\s*=\s*\S.*[)=;]|\w\(|│")
        .expect("valid regex")
});

static URL_LINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:url|source|link|canonical|permalink)\s*:\s*(https?://\S+)$")
        .expect("valid regex")
});

static RELATED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)^(?:related|read more|see also|also read|read also|more on this|more on this story|related (?:articles?|stories|story|content|coverage|posts?|news|reading|links)|you may also like|recommended|more related stories|lire aussi|à lire aussi|sur le même sujet|articles? liés|artículos relacionados|noticias relacionadas|notas relacionadas|leia também|veja também|ähnliche artikel|verwandte artikel|articoli correlati|související články|leer más|lea también|mehr zum thema|leggi anche|more|more:|ähnliche (?:beiträge|artikel|themen)|verwandte (?:beiträge|themen)|weitere (?:beiträge|artikel)|(?:weitere )?interessante (?:themen|artikel|beiträge)|weitere themen|(?:das|dies|das thema) könnte (?:sie|dich) auch interessieren|(?:this|that) might (?:also )?interest you|you might also like|(?:other )?people (?:are )?(?:also )?reading|(?:what )?others are reading|ça pourrait vous intéresser|lesen sie auch|auch interessant|weiterführende?r? links?|articles similaires|vous aimerez aussi|también te puede interesar|potrebbe interessarti|related topics|you may also like|lees ook|gerelateerde artikelen|czytaj (?:także|też|również)|zobacz (?:także|też|również)|powiązane artykuły|читайте также|похожие (?:статьи|новости)|читайте також|läs (?:också|även)|relaterade artiklar|læs også|les også|relaterte artikler|lue myös|čtěte také|související|kapcsolódó cikkek|citește și|articole similare|artigos relacionados|ilgili haberler|baca juga|berita terkait|artikel terkait|tin liên quan|bài liên quan|διαβάστε (?:επίσης|ακόμα)|σχετικά άρθρα|関連記事|関連ニュース|あわせて読みたい|相关新闻|相关阅读|相关文章|相关内容|相关报道|相關新聞|相關內容|相關報導|延伸閱讀|延伸阅读|관련 ?기사|اقرأ أيضاً?|مواضيع ذات صلة|أخبار ذات صلة|مقالات ذات صلة|เรื่องที่เกี่ยวข้อง|ข่าวที่เกี่ยวข้อง|บทความที่เกี่ยวข้อง|ये भी पढ़ें|यह भी पढ़ें|संबंधित खबरें|editors?['’]?\s+recommendations|empfehlungen der redaktion|redaktionstipps?)\s*(?::|…|\.\.\.)?$",
    )
    .expect("valid regex")
});

/// `RELATED:` style markers, with a colon or an ellipsis after them or nothing (`You Might
/// Also Like …`); bare `Read more`/`More` need their colon (`Read more…` links to the rest).
pub(super) fn is_related_marker(text: &str) -> bool {
    let lower = text.to_lowercase();
    if !RELATED.is_match(text) {
        return false;
    }
    let bare = lower.trim_end_matches([':', '…', '.']).trim();
    if matches!(bare, "read more" | "more" | "recommended") {
        return text.ends_with(':');
    }
    true
}

/// Turns the line(s) after each related marker into related items; a block of 3+ teaser lines
/// right after it becomes navigation.
fn mark_related_items(units: &mut [Unit]) {
    let block_starts: std::collections::HashMap<usize, usize> = blocks(units).into_iter().collect();
    let page_prose = prose_words(units);
    for i in 0..units.len() {
        if units[i].kind != Kind::RelatedMarker {
            continue;
        }
        // A teaser block: the block after the marker (it starts after a blank line and has
        // none inside) holds pictures and 3–12 lines of at most 50 words each (linked
        // headlines, often run together with their summaries), and less than half the page's
        // prose.
        if let Some(&e) = block_starts.get(&(i + 1)) {
            let s = i + 1;
            let (pictures, lines): (Vec<usize>, Vec<usize>) =
                (s..e).partition(|&k| IMAGE_PLACEHOLDER.is_match(&units[k].text));
            let block_prose: usize = lines.iter().map(|&k| prose_words_of(&units[k])).sum();
            let teasers = !pictures.is_empty()
                && (3..=12).contains(&lines.len())
                && lines.iter().all(|&k| {
                    matches!(units[k].kind, Kind::Prose | Kind::Short)
                        && word_count(&units[k].text) <= 50
                })
                && block_prose * 2 < page_prose;
            if teasers {
                for k in lines {
                    units[k].kind = Kind::Nav;
                }
                continue;
            }
        }
        let mut j = i + 1;
        let mut taken = 0;
        // A headline with its author's byline under it, with its `By` (`A Katmandou, exode
        // sous pression` / `Par Sébastien Farcis`), is a teaser: an article's sub-heading is never signed.
        let signed_headline = |units: &[Unit], k: usize| {
            units.get(k).is_some_and(|u| {
                matches!(u.kind, Kind::Short | Kind::Nav) && word_count(&u.text) <= 25
            }) && units.get(k + 1).is_some_and(|u| {
                matches!(u.kind, Kind::Byline { .. }) && BYLINE.is_match(u.text.trim())
            })
        };
        while let Some(u) = units.get(j) {
            // A signed teaser's kicker (`Reportage`, `Interview`) over its headline.
            let kicker = matches!(u.kind, Kind::Genre(_)) || genre_word(u.text.trim()).is_some();
            if kicker && signed_headline(units, j + 1) {
                units[j].kind = Kind::Furniture;
                j += 1;
                continue;
            }
            let headline = matches!(u.kind, Kind::Short | Kind::Nav | Kind::ListItem)
                || (u.bulleted && u.kind == Kind::Prose && word_count(&u.text) <= 25);
            if !headline || word_count(&u.text) > 25 {
                break;
            }
            let signed = signed_headline(units, j);
            // A plain (unbulleted) line after the first one only counts in a list, or
            // signed as a teaser.
            if taken > 0 && !u.bulleted && !signed {
                break;
            }
            // A teaser's label over its headline (`Top story`, `Sponsored`) is no story.
            if STORY_LABEL.is_match(&u.text) {
                units[j].kind = Kind::Furniture;
                j += 1;
                continue;
            }
            units[j].kind = Kind::RelatedItem;
            taken += 1;
            j += 1;
            // The teaser's byline is its author's, not the article's.
            if signed {
                units[j].kind = Kind::Nav;
                j += 1;
            }
            if taken >= 8 {
                break;
            }
        }
        let teasers = picture_teasers(units, j);
        let teaser_prose: usize = teasers.iter().map(|&k| prose_words_of(&units[k])).sum();
        if teasers.len() >= 3 && teaser_prose * 2 < page_prose {
            for k in teasers {
                units[k].kind = Kind::Nav;
            }
        }
    }
}

/// A label a site prints over a teaser's headline (`Top story`, `Exclusive`, `Sponsored`),
/// not a story of its own.
static STORY_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)^(?:top\s+stor(?:y|ies)|featured|exclusive|breaking(?:\s+news)?|sponsored|promoted|paid\s+post|advertorial|special\s+pr|pr|editor['’]?s\s+picks?|must\s+read|premium|video|live|watch|new|updated|opinion|analysis|exklusiv|anzeige|en\s+direct|exclusivo|patrocinado)\s*:?$",
    )
    .expect("valid regex")
});

/// The headlines of picture teasers from `start` on: a picture, then its story's headline
/// (no full stop, at most 50 words), pair after pair, with perhaps a label of up to three
/// words between (`Special PR`, `Sponsored`). Under a related-stories heading these are other stories, whatever the
/// blank lines between them.
fn picture_teasers(units: &[Unit], start: usize) -> Vec<usize> {
    let picture = |k: usize| {
        units
            .get(k)
            .is_some_and(|u| IMAGE_PLACEHOLDER.is_match(&u.text))
    };
    let headline = |k: usize| {
        units.get(k).is_some_and(|u| {
            matches!(u.kind, Kind::Prose | Kind::Short | Kind::RelatedItem)
                && !ends_sentence(&u.text)
                && word_count(&u.text) <= 50
        })
    };
    let label = |k: usize| {
        units.get(k).is_some_and(|u| {
            matches!(u.kind, Kind::Short | Kind::Furniture) && word_count(&u.text) <= 3
        })
    };
    let mut lines = Vec::new();
    let mut k = start;
    loop {
        if picture(k) && headline(k + 1) {
            lines.push(k + 1);
            k += 2;
        } else if !lines.is_empty() && label(k) && picture(k + 1) && headline(k + 2) {
            if units[k].kind == Kind::Short {
                lines.push(k);
            }
            k += 1;
        } else {
            return lines;
        }
    }
}

static BYLINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:[Bb]y|BY|[Pp]osted by|[Ww]ritten by|[Ww]ords by|[Rr]eporting by|[Tt]ext by|[Vv]on|[Gg]eschrieben von|[Pp]ar|[ÉéEe]crit par|[Pp]or|[Ee]scrito por)\s*:?\s+(.+)$")
        .expect("valid regex")
});

const AGENCIES: &[&str] = &[
    "reuters",
    "ap",
    "associated press",
    "afp",
    "agence france-presse",
    "bloomberg",
    "dpa",
    "efe",
    "ansa",
    "pa",
    "pa media",
    "upi",
    "xinhua",
    "tass",
    "bbc news",
    "cnn",
];

const NAME_PARTICLES: &[&str] = &[
    "de", "van", "von", "der", "den", "da", "das", "do", "dos", "la", "le", "bin", "al", "el", "y",
    "du", "di", "del", "ter", "ten", "st.",
];

const ROLE_WORDS: &[&str] = &[
    "editor",
    "reporter",
    "correspondent",
    "staff",
    "writer",
    "columnist",
    "contributor",
    "technologist",
    "project",
    "director",
    "senior",
    "chief",
    "associate",
    "producer",
    "analyst",
    "professor",
    "photographer",
    "news",
    "desk",
    "team",
    "updated",
    "published",
];

/// A person's name: 2–5 capitalised words (name particles allowed), no digits.
pub(super) fn is_name(s: &str) -> bool {
    // A nickname in quotes between the given name and the surname (`Amanda "Tania Mae" Tan`,
    // `Choi “Zeus” Woo-je`) is part of the name, not a word of it.
    let s = &*NICKNAME.replace(s, " ");
    let words: Vec<&str> = s.split_whitespace().collect();
    if !(2..=5).contains(&words.len()) || s.chars().count() > 50 {
        return false;
    }
    // A particle comes before a surname, never last (`La Une du 30 avril 2015` is the front
    // page of that day, not a person).
    if words
        .last()
        .is_some_and(|w| NAME_PARTICLES.contains(&w.to_lowercase().as_str()))
    {
        return false;
    }
    words.iter().all(|w| {
        let lw = w.to_lowercase();
        if NAME_PARTICLES.contains(&lw.as_str()) {
            return true;
        }
        if ROLE_WORDS.contains(&lw.trim_end_matches([',', '.']).to_string().as_str()) {
            return false;
        }
        w.chars().next().is_some_and(char::is_uppercase)
            && w.chars()
                .all(|c| c.is_alphabetic() || matches!(c, '.' | '-' | '\'' | '’'))
    })
}

/// Whether a word is one of a job title's (`Editor`, `Senior`, `Desk`).
pub(super) fn is_role_word(word: &str) -> bool {
    let lower = word.to_lowercase();
    ROLE_WORDS.contains(&lower.trim_end_matches([',', '.']))
}

pub(super) fn is_agency(s: &str) -> bool {
    AGENCIES.contains(&s.trim().to_lowercase().as_str())
}

static AUTHOR_SPLIT: LazyLock<Regex> = LazyLock::new(|| {
    // The list's last comma may come with its `and` (`Ford, Wang, and Tom Watkins`).
    Regex::new(r"\s*,\s*(?:and|und|et|y|&)\s+|\s*,\s*|\s+and\s+|\s*&\s*|\s+y\s+|\s+et\s+|\s+und\s+")
        .expect("valid regex")
});

/// Splits a byline body into names, stopping at the first part that is not a name
/// (a job title, a date). Returns the byline text covering the names (and a trailing agency).
fn split_authors(body: &str) -> Option<(String, Vec<String>)> {
    let body = without_full_stop(body);
    if !NAME_NOTE.is_match(body) {
        return split_plain_authors(body);
    }
    // Notes in brackets after names: the byline keeps them, the authors are the names. Who is
    // credited for the pictures only is no author; whom the lead author names as working with
    // them is one.
    let mut pictures_by = Vec::new();
    let mut with = Vec::new();
    for c in NAME_NOTE.captures_iter(body) {
        let (Some(whole), Some(note)) = (c.get(0), c.get(1)) else {
            continue;
        };
        let before = body.get(..whole.start()).unwrap_or("");
        let name = AUTHOR_SPLIT.split(before).last().unwrap_or("").trim();
        if PICTURE_ROLE.is_match(note.as_str()) {
            pictures_by.push(name.to_string());
        } else if let Some(names) = NOTE_WITH.captures(note.as_str()).and_then(|w| w.get(1)) {
            with.extend(
                split_plain_authors(names.as_str())
                    .map(|(_, names)| names)
                    .unwrap_or_default(),
            );
        }
    }
    let plain = NAME_NOTE.replace_all(body, "");
    let (byline, mut authors) = split_plain_authors(&plain)?;
    let byline = if byline == plain.trim() {
        body.trim().to_string()
    } else {
        byline
    };
    authors.retain(|a| !pictures_by.contains(a));
    authors.extend(with);
    Some((byline, authors))
}

/// The authors of a byline with notes in brackets after names (`Martin Untersinger (avec
/// Damien Leloup et Morgane Tual)`, `Jane Doe (photos)`), as the text reader reads them;
/// None for a byline without such a note.
pub(super) fn authors_with_notes(byline: &str) -> Option<Vec<String>> {
    if !NAME_NOTE.is_match(byline) {
        return None;
    }
    split_authors(byline).map(|(_, authors)| authors)
}

/// A byline written as a sentence without its full stop (`Posted on … by Bradley M. Kuhn.`);
/// an initial's stop and `Jr.`'s stay.
fn without_full_stop(body: &str) -> &str {
    let body = body.trim_end();
    match body.strip_suffix('.') {
        Some(rest)
            if rest
                .rsplit(char::is_whitespace)
                .next()
                .is_some_and(|w| w.chars().count() >= 3 && !["Jr", "Sr"].contains(&w)) =>
        {
            rest
        }
        _ => body,
    }
}

/// A note in brackets after a name in a byline: the contributor's part (`Eleanor Ainge Roy
/// (reporting)`) or who worked with them (`Martin Untersinger (avec Damien Leloup et Morgane
/// Tual)`). It opens in lower case: `Jane Doe (AFP)` is an agency's.
static NAME_NOTE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\s*\((\p{Ll}[^()]{0,80})\)").expect("valid regex"));

/// A byline note crediting the pictures: that contributor is no author of the text.
static PICTURE_ROLE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:photo(?:graph)?(?:y|s)?|pictures|images|illustrations?|graphics|video|fotos?|bilder|illustration)$")
        .expect("valid regex")
});

/// A byline note naming co-authors (`avec Damien Leloup et Morgane Tual`).
static NOTE_WITH: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(?:with|avec|mit|con|com)\s+(.+)$").expect("valid regex"));

/// [`split_authors`] for a byline without notes in brackets.
fn split_plain_authors(body: &str) -> Option<(String, Vec<String>)> {
    // Segment boundaries: (segment start, segment end) between separators.
    let mut segments = Vec::new();
    let mut last = 0;
    for m in AUTHOR_SPLIT.find_iter(body) {
        segments.push((last, m.start()));
        last = m.end();
    }
    segments.push((last, body.len()));
    let mut authors = Vec::new();
    let mut end = 0;
    for (start, stop) in segments {
        let part = body.get(start..stop).unwrap_or("").trim();
        if part.is_empty() {
            continue;
        }
        if is_agency(part) {
            end = stop;
        } else if is_name(part) {
            authors.push(part.to_string());
            end = stop;
        } else {
            break;
        }
    }
    if end == 0 {
        return None;
    }
    let byline = body.get(..end).unwrap_or(body).trim().to_string();
    Some((byline, authors))
}

/// What sets a byline's parts apart: a bar or a bullet, a dash between spaces, an em dash
/// with a space on one side (`Nicolas Perriault — 2013-09-29— in Code`), or a slash between
/// spaces (`/ Cory Doctorow / 10:08 am Fri Jul 19, 2013`).
static BYLINE_SEP: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\s*[|·•]\s*|\s+[-–]\s+|\s+—\s*|\s*—\s+|(?:^|\s+)/\s+").expect("valid regex")
});

/// A name glued to the figure printed after it: a lower-case letter, then a digit.
static NAME_GLUED_TO_FIGURE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(.*?\p{Ll})\d").expect("valid regex"));

/// Splits a date glued to the end of a byline (`JEFFREY GETTLEMAN JAN. 13, 2017`,
/// `Sarah Gooding March 9, 2017 13`).
fn split_trailing_date(s: &str) -> (&str, Option<DateValue>) {
    let starts: Vec<usize> = s
        .char_indices()
        .filter(|&(i, c)| {
            !c.is_whitespace()
                && (i == 0 || s.get(..i).is_some_and(|p| p.ends_with(char::is_whitespace)))
        })
        .map(|(i, _)| i)
        .collect();
    let n = starts.len();
    for drop_count in [false, true] {
        let end = if drop_count {
            match starts.last() {
                Some(&last)
                    if s.get(last..)
                        .is_some_and(|w| w.len() <= 4 && w.chars().all(|c| c.is_ascii_digit())) =>
                {
                    last
                }
                _ => break,
            }
        } else {
            s.len()
        };
        let words = if drop_count { n.saturating_sub(1) } else { n };
        for k in (1..words.min(9)).rev() {
            let start = starts[words - k];
            let Some(suffix) = s.get(start..end) else {
                continue;
            };
            if let Some(value) = dates::parse_date(suffix, None) {
                let head = s.get(..start).unwrap_or("");
                return (
                    head.trim_end_matches([',', ' ', '-', '–', '—']),
                    Some(value),
                );
            }
        }
    }
    (s, None)
}

/// The length of a whole day's normalised date (`2019-10-15`).
const FULL_DATE_LEN: usize = 10;

/// `on March 10, 2015 by Jane Doe`, `Posted on 2 May 2019 by Jane Doe`, `Tuesday 15 October
/// 2019 by Bradley M. Kuhn`.
static ON_DATE_BY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:posted\s+|published\s+)?(on\s+)?(.{4,40}?)\s+by\s+(.+)$")
        .expect("valid regex")
});

/// `Posted by kovarex, Albert on 2019-02-15, all posts`: the names need not look like names.
/// Drupal's `Submitted by rasos on Mon, 07/24/2017 - 18:55` is printed in the site's language
/// (`Gespeichert von rasos am 24. Juli 2017 - 18:55`, `Soumis par … le …`, `Enviado por … el
/// …`).
static BY_ON_DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)^(?:(?:posted|written|published|submitted)\s+by|(?:gespeichert|eingetragen|verfasst|veröffentlicht|geschrieben)\s+von|(?:soumis|publié|posté|écrit)\s+par|(?:enviado|publicado|escrito)\s+por|(?:inviato|pubblicato|scritto)\s+da|(?:ingediend|geplaatst)\s+door)\s+(.{2,80}?)\s+(?:on|am|le|el|em|il|op)\s+((?:\p{L}{2,9},\s*)?[^,|]{4,40})(?:[,|].*)?$",
    )
    .expect("valid regex")
});

/// A byline in Chinese, Japanese or Korean: a staff title, then the names, set apart by a
/// space or a colon (`編集委員　中沢克二`, `本报记者 张三 李四`, `记者：王五`), or a Korean name
/// and its title (`홍길동 기자`). `記者会見` (a press conference) sets nothing apart.
static CJK_BYLINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^(?:(?:本报|本報|新华社|新華社|中新社)?(?:編集委員|编辑委员|論説委員|论说委员|解説委員|上級論説委員|特派員|特派员|記者|记者|通讯员|通訊員|撰稿|撰文|作者|文)(?:[ \u{3000}]*[:：/／][ \u{3000}]*|[ \u{3000}]+)(\p{Han}{2,6}(?:[ \u{3000}、，,]+\p{Han}{2,6}){0,3})|(\p{Hangul}{2,4})[ \u{3000}]*기자)$",
    )
    .expect("valid regex")
});

fn cjk_byline(text: &str) -> Option<Kind> {
    let text = text.trim();
    let caps = CJK_BYLINE.captures(text)?;
    let names = caps.get(1).or_else(|| caps.get(2))?.as_str();
    let authors = names
        .split([' ', '\u{3000}', '、', '，', ','])
        .filter(|n| !n.is_empty())
        .map(str::to_string)
        .collect();
    Some(Kind::Byline {
        byline: text.to_string(),
        authors,
        date: None,
    })
}

/// A quoted nickname inside a name.
static NICKNAME: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r#"\s["“][^"“”]{1,30}["”]\s"#).expect("valid regex"));

/// A social handle (`@jane_doe`) in a byline, perhaps glued to the name (`By Alissa
/// Wilkinson@alissamarie`); an e-mail address (`jane@example.org`) is no handle.
static HANDLE: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"@\w+(\.\w)?").expect("valid regex"));

/// `text` without its social handles ([`HANDLE`]).
fn without_handles(text: &str) -> std::borrow::Cow<'_, str> {
    HANDLE.replace_all(text, |c: &regex::Captures| {
        if c.get(1).is_some() {
            c[0].to_string()
        } else {
            String::new()
        }
    })
}

/// `von Anja Schmoll-Trautmann am 14. Mai 2014, 15:40 Uhr`, `by Jane Doe on 3 May 2019`,
/// `par Jean Dupont le 3 mai 2019 à 10h`: a byline, then the day's preposition and a date.
static BY_NAME_ON_DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:by|von|par|por|di|door)\s+(\p{Lu}.{1,60}?)\s+(?:on|am|le|el|il|op)\s+(\d.{3,60})$")
        .expect("valid regex")
});

/// A date's label at the end of the names before it.
static DATE_LABEL_AFTER_NAME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)[\s,|·•-]+(?:veröffentlicht|aktualisiert|published|posted|updated|publié|mis à jour|publicado|actualizado|pubblicato|aggiornato)$")
        .expect("valid regex")
});

/// An hour at a byline's end (`at 5:11 AM`, `um 14:01 Uhr`, `à 10h30`).
static AT_TIME_END: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\s+(?:at|um|à|a las|alle|om)\s+\d{1,2}[:.h]\d{2}(?:\s*[ap]\.?m\.?|\s*uhr)?(?:\s+\p{Lu}{2,4})?$")
        .expect("valid regex")
});

/// A date's label saying the date is an update's.
static UPDATE_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)aktualisiert|updated|mis à jour|actualizado|aggiornato").expect("valid regex")
});

/// The bylines that carry their date in words: `on DATE by NAME`, `Posted by NAMES on DATE`,
/// `von NAME am DATE` ([`BY_NAME_ON_DATE`]).
fn dated_byline(text: &str) -> Option<Kind> {
    if let Some(c) = BY_NAME_ON_DATE.captures(text) {
        let rest = c.get(2)?.as_str();
        let date = dates::find_date_in(rest, None)
            .filter(|(_, value)| rest.starts_with(&value.raw))
            .map(|(_, value)| value);
        // `von Diane Buckstegge Veröffentlicht am 1. Mai 2019`: the label is the date's.
        let names = DATE_LABEL_AFTER_NAME.replace(c.get(1)?.as_str().trim(), "");
        if let (Some(date), Some((byline, authors))) = (date, split_authors(&names)) {
            return Some(Kind::Byline {
                byline,
                authors,
                date: Some(date),
            });
        }
    }
    if let Some(c) = ON_DATE_BY.captures(text) {
        // Without its `on`, the date is a whole day's (`Tuesday 15 October 2019 by …`), not a
        // year's (`© 2019 by …`).
        let date = c
            .get(2)
            .and_then(|d| dates::parse_date(d.as_str(), None))
            .filter(|d| c.get(1).is_some() || d.normalized.len() >= FULL_DATE_LEN);
        let names = c.get(3).and_then(|n| split_authors(n.as_str().trim()));
        if let (Some(date), Some((byline, authors))) = (date, names) {
            return Some(Kind::Byline {
                byline,
                authors,
                date: Some(date),
            });
        }
    }
    let c = BY_ON_DATE.captures(text)?;
    let date = dates::parse_date(c.get(2)?.as_str(), None)?;
    let names = c.get(1)?.as_str().trim();
    let authors: Vec<String> = AUTHOR_SPLIT
        .split(names)
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .map(str::to_string)
        .collect();
    let plausible = |a: &String| {
        (1..=4).contains(&a.split_whitespace().count()) && !a.chars().any(|c| c.is_ascii_digit())
    };
    (!authors.is_empty() && authors.iter().all(plausible)).then(|| Kind::Byline {
        byline: names.to_string(),
        authors,
        date: Some(date),
    })
}

/// Most words of the other parts in a row of an article's facts (the site's name, a section).
const ROW_PART_WORDS: usize = 3;

/// A row of the article's facts set apart by bars or bullets with the byline not first (`Le
/// Monde | 04.05.2015 à 13h36 • Mis à jour le 05.05.2015 à 20h13 | Par Martin Untersinger`):
/// the byline is the part that says it is one, the date the first part that is one. Every
/// other part is a date or short, and one is a date: a sentence with `by` in it is no row.
fn byline_in_row(parts: &[&str]) -> Option<Kind> {
    let (k, part) = parts
        .iter()
        .enumerate()
        .skip(1)
        .find(|(_, p)| BYLINE.is_match(p))?;
    let mut date = None;
    for (j, other) in parts.iter().enumerate() {
        if j == k {
            continue;
        }
        match dates::date_line(other, None) {
            Some((DateRole::Published, value)) => {
                date.get_or_insert(value);
            }
            Some(_) => {}
            None if word_count(other) > ROW_PART_WORDS => return None,
            None => {}
        }
    }
    let date = date?;
    match byline(part)? {
        Kind::Byline {
            byline,
            authors,
            date: own,
        } if !authors.is_empty() => Some(Kind::Byline {
            byline,
            authors,
            date: own.or(Some(date)),
        }),
        _ => None,
    }
}

/// The name at the head of a byline followed by other matter (`Jane Doe March 18 at 3:57
/// PM Follow`): 2–4 capitalised words, when what follows starts with a date or a time.
fn leading_name(body: &str) -> Option<(String, Option<DateValue>)> {
    let words: Vec<&str> = body.split_whitespace().collect();
    for n in (2..=4.min(words.len().saturating_sub(1))).rev() {
        let name = words[..n].join(" ");
        let rest = words[n..].join(" ");
        if is_name(&name) && DATEISH.find(&rest).is_some_and(|m| m.start() == 0) {
            let date = (1..=rest.split_whitespace().count().min(8))
                .rev()
                .find_map(|k| {
                    dates::parse_date(
                        &rest
                            .split_whitespace()
                            .take(k)
                            .collect::<Vec<_>>()
                            .join(" "),
                        None,
                    )
                });
            return Some((name, date));
        }
    }
    None
}

/// The file name of an author's picture (`dsteer-headshot`, `avatar_jdoe`).
static AUTHOR_PICTURE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:\S+[-_](?:headshot|avatar)\S*|(?:headshot|avatar)[-_]\S+)$")
        .expect("valid regex")
});

/// The name after its author's picture printed as its file name (`dsteer-headshot Dave
/// Steer`).
fn pictured_name(text: &str) -> Option<&str> {
    let (picture, name) = text.split_once(' ')?;
    let name = name.trim();
    (AUTHOR_PICTURE.is_match(picture) && is_name(name)).then_some(name)
}

/// Most words of an author's name in an author box.
const AUTHOR_BOX_NAME_WORDS: usize = 4;

/// The name in an author box copied as one line: the name, then the byline naming it again,
/// then the author's paper or role (`Jane Doe By Jane Doe The Plain Dealer`, `National Desk
/// By National Desk The Plain Dealer` on cleveland.com and its sister sites).
fn author_box_name(text: &str) -> Option<&str> {
    let (name, rest) = text.split_once(" By ")?;
    let name = name.trim();
    let after = rest.strip_prefix(name)?;
    let whole_name = after.is_empty() || after.starts_with(char::is_whitespace);
    let named = (1..=AUTHOR_BOX_NAME_WORDS).contains(&word_count(name))
        && name.chars().next().is_some_and(char::is_uppercase);
    (whole_name && named).then_some(name)
}

/// The sentence a blog prints under a post to say when, and perhaps by whom, it was posted:
/// WordPress's `This entry was posted on Monday, December 14th, 2015 at 2:48 pm and is filed
/// under …` and `This entry was posted in News on December 14, 2015 by Jane Doe.`, a German
/// theme's `Dieser Artikel wurde am 14. Dezember 2015 um 14:48 von Heiner geschrieben und …`.
static POST_META: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:this\s+(?:entry|post|article)\s+was\s+(?:posted|published|written)|(?:dieser|dieses)\s+(?:artikel|beitrag|eintrag|post)\s+wurde|cet\s+article\s+a\s+été\s+(?:publié|écrit|posté)|(?:este\s+artículo|esta\s+entrada)\s+fue\s+(?:publicad[oa]|escrit[oa])|questo\s+(?:articolo|post)\s+è\s+stato\s+(?:pubblicato|scritto))\s")
        .expect("valid regex")
});

/// The author a [`POST_META`] sentence names: capitalised words after its `by`.
static POST_META_AUTHOR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(?:by|von|par|por|da)\s+(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3})")
        .expect("valid regex")
});

/// Whether `text` opens with a blog's sentence saying when its post was posted
/// ([`POST_META`]); a saved page's markup may hold it under any class.
pub(crate) fn opens_post_meta(text: &str) -> bool {
    POST_META.is_match(text.trim_start())
}

/// The head of a [`POST_META`] sentence (where its date and author stand; what follows,
/// `… You can follow any responses …`, is the theme's boilerplate) and the date in it.
pub(crate) fn post_meta_date(text: &str) -> Option<(String, DateValue)> {
    let text = text.trim_start();
    if !POST_META.is_match(text) {
        return None;
    }
    let head: String = text.chars().take(POST_META_HEAD_CHARS).collect();
    let (_, date) = dates::find_date_in(&head, None)?;
    Some((head, date))
}

/// The characters of a [`POST_META`] sentence searched for its date and author.
const POST_META_HEAD_CHARS: usize = 150;

/// A [`POST_META`] sentence with its date: a dated byline when it names the author, else a
/// date line.
fn post_meta(text: &str) -> Option<Kind> {
    let (head, date) = post_meta_date(text)?;
    let author = POST_META_AUTHOR
        .captures(&head)
        .and_then(|c| c.get(1))
        .map(|m| m.as_str().trim_end_matches('.'))
        .filter(|name| is_name(name) || lone_name(name));
    Some(match author {
        Some(name) => Kind::Byline {
            byline: name.to_string(),
            authors: vec![name.to_string()],
            date: Some(date),
        },
        None => Kind::Date(DateRole::Published, date),
    })
}

/// One word that may be a blogger's name, a first name or a pen name (`Heiner`): capitalised
/// letters, no role's word (`Staff`).
fn lone_name(word: &str) -> bool {
    word.chars().count() >= 3
        && word.chars().next().is_some_and(char::is_uppercase)
        && word.chars().all(|c| c.is_alphabetic() || c == '-')
        && !ROLE_WORDS.contains(&word.to_lowercase().as_str())
        && !is_agency(word)
}

/// A byline of one name (`von Heiner`, `By Jeff`), believed only right under the title: blogs
/// sign so, but one capitalised word after `by` elsewhere is as often something else.
fn lone_word_byline(text: &str) -> Option<&str> {
    let caps = BYLINE.captures(text.trim())?;
    let name = caps.get(1)?.as_str().trim();
    lone_name(name).then_some(name)
}

fn byline(text: &str) -> Option<Kind> {
    // A reader's comment is headed by name and date too (`Titus von Unhold 25. Juni 2018 um
    // 14:01 Uhr - Antworten`): its reply button gives it away.
    if text.chars().count() > 160
        || COMMENT_REPLY_END.is_match(text)
        || AD_NETWORK_CREDIT.is_match(text)
    {
        return None;
    }
    // The marks a page sets before its byline (`// By Arun Sai Krishnan • Nov 11, 2020`,
    // `— By Jane Doe`) are no part of it.
    let text = text
        .trim_start_matches(['/', '|', '•', '·', '»', '—', '–', '*'])
        .trim_start();
    if let Some(kind) = dated_byline(text) {
        return Some(kind);
    }
    if let Some(kind) = cjk_byline(text) {
        return Some(kind);
    }
    if let Some(name) = pictured_name(text) {
        return Some(Kind::Byline {
            byline: name.to_string(),
            authors: vec![name.to_string()],
            date: None,
        });
    }
    if let Some(name) = author_box_name(text) {
        return Some(Kind::Byline {
            byline: name.to_string(),
            authors: vec![name.to_string()],
            date: None,
        });
    }
    let without_handles = without_handles(text);
    let text = without_handles.trim();
    let parts: Vec<&str> = BYLINE_SEP
        .split(text)
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .collect();
    let first = *parts.first()?;
    if !BYLINE.is_match(first) {
        if let Some(kind) = byline_in_row(&parts) {
            return Some(kind);
        }
    }
    let first = genre_byline(first).map_or(first, |(_, byline)| byline);
    let mut date = None;
    for part in parts.iter().skip(1) {
        if let Some((_, value)) = dates::date_line(part, None) {
            date.get_or_insert(value);
        } else if word_count(part) > 5 {
            return None;
        }
    }
    if let Some(caps) = BYLINE.captures(first) {
        let body = caps.get(1)?.as_str().trim();
        if !body.chars().next().is_some_and(char::is_uppercase) {
            return None;
        }
        // The hour after the name (`Posted by Ned Deily at 5:11 AM`) gives no date.
        let body = AT_TIME_END.find(body).map_or(body, |m| &body[..m.start()]);
        // A byline strip copied as one line runs the name into the date and the comment
        // count after it (`by Lucas Nolan22 Dec 2016651`): the name ends at the figure.
        let body = NAME_GLUED_TO_FIGURE
            .captures(body)
            .and_then(|c| c.get(1))
            .map(|m| m.as_str())
            .filter(|name| is_name(name))
            .unwrap_or(body);
        let (names, glued) = split_trailing_date(body);
        // The date's label between (`By Alissa Wilkinson Updated Jul 24, 2018`): an update's
        // date is no publication date.
        let label = DATE_LABEL_AFTER_NAME.find(names);
        let glued = glued.filter(|_| !label.is_some_and(|m| UPDATE_LABEL.is_match(m.as_str())));
        let names = label.map_or(names, |m| &names[..m.start()]);
        let Some((byline, authors)) = split_authors(names) else {
            let (name, date_after) = leading_name(body)?;
            return Some(Kind::Byline {
                byline: name.clone(),
                authors: vec![name],
                date: date.or(date_after),
            });
        };
        if byline.is_empty() {
            return None;
        }
        return Some(Kind::Byline {
            byline,
            authors,
            date: date.or(glued),
        });
    }
    // A name with a relative time: `Alex Perry 1 day ago`, `James Akinaka • 8h` (the time
    // gives no date).
    let relative_part = parts
        .iter()
        .skip(1)
        .any(|p| RELATIVE_TIME.find(p).is_some_and(|m| m.start() == 0));
    if relative_part && is_name(first) {
        return Some(Kind::Byline {
            byline: first.to_string(),
            authors: vec![first.to_string()],
            date,
        });
    }
    if let Some(m) = RELATIVE_TIME.find(first) {
        let name = first
            .get(..m.start())
            .unwrap_or("")
            .trim()
            .trim_end_matches([',', '-', '–', '—', '·', '|'])
            .trim();
        if is_name(name) {
            return Some(Kind::Byline {
                byline: name.to_string(),
                authors: vec![name.to_string()],
                date,
            });
        }
    }
    // An agency before the date: `AFP 30 avril 2015 à 07:19 (Mis à jour : …)`.
    if let Some((agency, rest)) = first.split_once(char::is_whitespace) {
        if is_agency(agency) {
            if let Some((DateRole::Published, value)) = dates::find_date_in(rest, None) {
                return Some(Kind::Byline {
                    byline: agency.to_string(),
                    authors: vec![agency.to_string()],
                    date: date.or(Some(value)),
                });
            }
        }
    }
    // A bare name with a date: `Dan Goodin - Apr 16, 2015 8:02 pm UTC`.
    let (names, glued) = split_trailing_date(first);
    let date = date.or(glued);
    if date.is_some() && is_name(names) {
        return Some(Kind::Byline {
            byline: names.to_string(),
            authors: vec![names.to_string()],
            date,
        });
    }
    // `Jane Doe, Reuters`
    let (name, agency) = first.rsplit_once(',')?;
    if is_agency(agency) {
        let (_, authors) = split_authors(name.trim())?;
        if !authors.is_empty() {
            return Some(Kind::Byline {
                byline: first.to_string(),
                authors,
                date,
            });
        }
    }
    None
}

static CRUMB_SPLIT: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\s*[>›»→]\s*|\s+/\s+").expect("valid regex"));

/// A trail's first step to the site's home page (`Home`, `Startseite`, `首页`).
fn is_home_crumb(segment: &str) -> bool {
    matches!(
        segment.to_lowercase().as_str(),
        "home"
            | "homepage"
            | "startseite"
            | "accueil"
            | "inicio"
            | "início"
            | "首页"
            | "主页"
            | "首頁"
            | "ホーム"
            | "トップ"
            | "홈"
    )
}

fn breadcrumb(text: &str) -> Option<Vec<String>> {
    // A trail never points back: `ひらがな ←→ 日本語・英語 ←→ English` switches the text.
    if text.chars().count() > 120
        || text.contains("://")
        || text.contains(['←', '⇐', '⇔', '↔'])
        || ends_sentence(text)
    {
        return None;
    }
    let segments: Vec<String> = CRUMB_SPLIT
        .split(text)
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_string)
        .collect();
    if segments.len() < 2 || !CRUMB_SPLIT.is_match(text) {
        return None;
    }
    // `Anmelden / Registrieren`, `Log in / Sign up`: page controls side by side.
    if segments.iter().all(|s| {
        let lower = s.to_lowercase();
        FURNITURE.is_match(&lower) || ACCOUNT_CONTROL.is_match(&lower)
    }) {
        return None;
    }
    // A reading with its unit is a widget's (`Partly Sunny 17.3℃ 16° / 28°`), not a section.
    let section_like = |s: &String| {
        word_count(s) <= 5
            && s.chars().count() <= 40
            && !s.contains(['°', '℃', '℉', '%'])
            // A capital, a digit, or a letter of a script without case (`教育新闻`).
            && s.chars().next().is_some_and(|c| {
                c.is_uppercase() || c.is_numeric() || (c.is_alphabetic() && !c.is_lowercase())
            })
    };
    if segments.iter().all(section_like) {
        return Some(segments);
    }
    // `Site > News > 2015 > The Page's Own Long Headline`: a trail of 2+ sections ending in
    // the page's title, which is not a section and is left out.
    let (last, trail) = segments.split_last()?;
    let headline = word_count(last) <= 15
        && last.chars().count() <= 150
        && last.chars().next().is_some_and(char::is_alphanumeric);
    (trail.len() >= 2 && headline && trail.iter().all(section_like)).then(|| trail.to_vec())
}

/// An account control's words (`Anmelden`, `Registrieren`, `Se connecter`, `Login`).
static ACCOUNT_CONTROL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:anmelden|abmelden|registrieren|einloggen|ausloggen|login|logout|log\s+in|log\s+out|sign\s+in|sign\s+up|sign\s+out|register|se\s+connecter|s'inscrire|connexion|inscription|iniciar\s+sesión|registrarse|entrar|mein\s+konto)$")
        .expect("valid regex")
});

static CREDIT_LABELED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^(.+?)\s*(?:\||/|—|–|-)?\s*\(?((?:Photo|Photos|Photograph|Photography|Image|Images|Picture|Pic|Credit|Credits|Copyright|Illustration|Foto|Fotografía|Bild)(?:\s+credit)?\s*(?::|by\b|should\s+read\b))\s*(.+?)\)?$",
    )
    .expect("valid regex")
});

/// The New York Times' caption line: the caption, then `Credit` with no colon, glued to the
/// name or after a space, sometimes printed twice (`… underground.CreditCreditChang W. Lee/The
/// New York Times`). The caption ends a sentence.
static CREDIT_UNLABELLED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#"^(.+?[.!?"”’)\]])\s*(?:Credit){1,2}(\s*)(\p{Lu}.{1,120})$"#).expect("valid regex")
});

/// A credit glued to the caption's last sentence, as a page's caption and credit elements
/// copy out of a browser side by side with no space (`… Lost Hills, California.David
/// McNew—Getty Images`, Time): it ends in a photo agency ([`PHOTO_SOURCES`]), after the
/// photographer's name and a slash or dash, or alone.
static CREDIT_GLUED: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r#"^(.+[.!?][”’")]?)(\p{Lu}[^.!?]{1,80})$"#).expect("valid regex"));

/// AFP's caption ends with its credit chain after the sentence (`… November 9, 2016. / AFP /
/// JIM WATSON`) before Getty's `(Photo credit should read JIM WATSON/AFP/Getty Images)`.
static AGENCY_CHAIN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(.+[.!?])\s*/\s*([^/.!?]{1,40}(?:\s*/\s*[^/.!?]{1,40}){0,3})$")
        .expect("valid regex")
});

/// The caption without a trailing agency chain that repeats a part of its credit.
fn without_agency_chain(caption: &str, credit: &str) -> String {
    let credit = credit.to_lowercase();
    match AGENCY_CHAIN.captures(caption) {
        Some(c)
            if c[2]
                .split('/')
                .map(|part| part.trim().to_lowercase())
                .any(|part| part.chars().count() >= 2 && credit.contains(&part)) =>
        {
            c[1].trim().to_string()
        }
        _ => caption.to_string(),
    }
}

static CREDIT_PAREN: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(.+?)\s*\(([^()]{2,60})\)$").expect("valid regex"));

static CREDIT_AFTER_SENTENCE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(.+[.!?])\s+(\p{Lu}[^.!?/]{1,60}/[^.!?]{2,60})$").expect("valid regex")
});

static CREDIT_COPYRIGHT: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(.+?)\s*©\s*(.{2,80})$").expect("valid regex"));

const PHOTO_SOURCES: &[&str] = &[
    "reuters",
    "ap",
    "afp",
    "epa",
    "getty",
    "getty images",
    "shutterstock",
    "alamy",
    "pa",
    "efe",
    "anadolu",
    "xinhua",
    "tass",
    "sipa",
    "dpa",
    "ansa",
    "bloomberg",
    "file",
    "associated press",
    "the associated press",
    "ap photo",
    "ap images",
    "agence france-presse",
    "agence france presse",
    "press association",
    "pa wire",
    "pa images",
    "european pressphoto agency",
    "epa-efe",
    "kyodo",
    "yonhap",
    "aap",
    "ani",
    "pti",
    "nurphoto",
    "zuma",
    "zuma press",
    "zuma wire",
    "sopa images",
    "imago",
    "picture alliance",
    "picture-alliance",
    "keystone",
    "abaca",
    "belga",
    "anp",
    "ntb",
    "ritzau",
    "lehtikuva",
    "pap",
    "ria novosti",
    "sputnik",
    "rex",
    "rex features",
    "wenn",
    "handout",
    "file photo",
    "nasa",
];

/// Splits `caption` and `credit` on the common credit forms (also used for the captions of
/// saved pages, after their own markup).
pub(crate) fn caption_credit(text: &str) -> Option<(String, String)> {
    if text.chars().count() > 500 {
        return None;
    }
    let clean = |s: &str| {
        s.trim()
            .trim_end_matches(['|', '-', '—', '–', '/', ','])
            .trim()
            .to_string()
    };
    if let Some(c) = CREDIT_LABELED.captures(text) {
        let caption = clean(c.get(1)?.as_str());
        let label = c.get(2)?.as_str();
        let credit = clean(c.get(3)?.as_str());
        // `… takeover Credit: HARARE HERALD`: a capitalised label with a colon is a separator.
        let sep_ok = ends_sentence(&caption)
            || label.ends_with(':')
            || text.get(caption.len()..).is_some_and(|rest| {
                rest.trim_start()
                    .starts_with(['|', '(', '/', '—', '–', '-'])
            });
        // `(Foto: …)`, `© Foto: …`: nothing but punctuation before the label is a credit on
        // a line of its own (see `mark_lone_credits`).
        // So is a label word before the label (`Photo Credit: Catwalkpictures`).
        let has_caption =
            caption.chars().any(char::is_alphanumeric) && !CREDIT_LABEL_WORD.is_match(&caption);
        if has_caption && !credit.is_empty() && credit.chars().count() <= 80 && sep_ok {
            // `Der Virologe © picture alliance/dpa Foto: Jane Roe`: the agency's copyright
            // and the photographer are both the credit.
            if let Some((before, after)) = caption.split_once('©') {
                if before.chars().any(char::is_alphanumeric) {
                    return Some((clean(before), format!("{} {label} {credit}", after.trim())));
                }
            }
            return Some((without_agency_chain(&caption, &credit), credit));
        }
    }
    if let Some(c) = CREDIT_UNLABELLED.captures(text) {
        let caption = clean(c.get(1)?.as_str());
        let credit = clean(c.get(3)?.as_str());
        // Glued (`…weather.CreditKirsten Luce`) it cannot be prose; spaced, the credit must
        // not read as a sentence of its own (`… fell. Credit Suisse said it would…`).
        let glued = c.get(2).is_some_and(|m| m.as_str().is_empty());
        let name_like = word_count(&credit) <= 12 && !ends_sentence(&credit);
        if !caption.is_empty() && (glued || name_like) && word_count(&credit) <= 16 {
            return Some((caption, credit));
        }
    }
    if let Some(c) = CREDIT_GLUED.captures(text) {
        let caption = c[1].trim().to_string();
        let credit = CREDIT_LABEL.replace(c[2].trim(), "").into_owned();
        let agency = credit
            .rsplit(['/', '—', '–', '|'])
            .next()
            .map(|p| p.trim().to_lowercase())
            .is_some_and(|p| PHOTO_SOURCES.contains(&p.as_str()));
        if agency && word_count(&caption) >= 4 && word_count(&credit) <= 10 {
            return Some((caption, credit));
        }
    }
    if let Some(c) = CREDIT_PAREN.captures(text) {
        let caption = clean(c.get(1)?.as_str());
        let credit = c.get(2)?.as_str().trim().to_string();
        let lc = credit.to_lowercase();
        let known = lc
            .split(['/', ',', ';'])
            .map(str::trim)
            .any(|p| PHOTO_SOURCES.contains(&p) || p.ends_with("getty images"));
        // `… for halibut and black cod. (Ellen M. Banner / The Seattle Times)`: after a
        // sentence, a photographer's name and the outlet, slashed apart.
        let photographer = ends_sentence(&caption)
            && word_count(&caption) >= 5
            && credit.split_once('/').is_some_and(|(who, outlet)| {
                let outlet = outlet.trim();
                is_name(who.trim())
                    && !outlet.contains('/')
                    && (1..=5).contains(&word_count(outlet))
                    && outlet.chars().next().is_some_and(char::is_uppercase)
            });
        if (known && word_count(&caption) >= 2) || photographer {
            return Some((caption, credit));
        }
    }
    // `… across its supply chain. Mike Blake/Reuters files`: after the caption's last full
    // stop, a name and a known agency joined by a slash.
    if let Some(c) = CREDIT_AFTER_SENTENCE.captures(text) {
        let caption = clean(c.get(1)?.as_str());
        let credit = clean(c.get(2)?.as_str());
        let agency = credit.split('/').skip(1).any(|part| {
            let lc = part.trim().to_lowercase();
            lc.split_whitespace()
                .next()
                .is_some_and(|w| PHOTO_SOURCES.contains(&w))
                || lc.contains("getty images")
        });
        if agency && word_count(&credit) <= 8 && word_count(&caption) >= 3 {
            return Some((caption, credit));
        }
    }
    if let Some(c) = CREDIT_COPYRIGHT.captures(text) {
        let caption = clean(c.get(1)?.as_str());
        let credit = clean(c.get(2)?.as_str());
        if word_count(&caption) >= 2 && word_count(&credit) <= 8 {
            return Some((caption, credit));
        }
    }
    // News Corp Australia's captions: `… for two years. Source: Supplied`, `Source: AFP`.
    // `Source:` after a sentence also credits a chart's figures (`Source: ONS`), so only a
    // picture's source counts: one handed out (`Supplied`) or a picture agency.
    if let Some(c) = CREDIT_SOURCE.captures(text) {
        let caption = clean(c.get(1)?.as_str());
        let credit = clean(c.get(2)?.as_str());
        let lc = credit.to_lowercase();
        let picture_source = lc == "supplied"
            || lc
                .split(['/', ','])
                .map(str::trim)
                .any(|p| PHOTO_SOURCES.contains(&p) || p.ends_with("getty images"));
        if picture_source && word_count(&caption) >= 3 {
            return Some((caption, credit));
        }
    }
    None
}

/// A caption's last sentence, then its picture's source (`… two years. Source: Supplied`).
static CREDIT_SOURCE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(.+[.!?\p{Pf}])\s+Source:\s*(\S.{0,60})$").expect("valid regex")
});

const SHARE_WORDS: &[&str] = &[
    "facebook",
    "twitter",
    "x",
    "google plus",
    "google+",
    "whatsapp",
    "email",
    "e-mail",
    "mail",
    "print",
    "copy link",
    "copy",
    "link",
    "linkedin",
    "reddit",
    "pinterest",
    "telegram",
    "messenger",
    "tumblr",
    "flipboard",
    "pocket",
    "share",
    "tweet",
    "save",
    "sms",
    "bluesky",
    "threads",
    "mastodon",
    "vk",
    "instagram",
    "youtube",
    "rss",
    "pin it",
    "reblog",
    // The like button, in the languages that print it as words.
    "like",
    "gefällt mir",
    "j'aime",
    "me gusta",
    "mi piace",
    "vind ik leuk",
    "to se mi líbí",
    "páči sa mi to",
    "lubię to!",
    // Share and print buttons in other languages.
    "teilen",
    "twittern",
    "drucken",
    "partager",
    "imprimer",
    "compartir",
    "imprimir",
    "condividi",
    "delen",
    "compartilhar",
    "partilhar",
    "поделиться",
    "ツイート",
    "共有",
    "シェア",
    "シェアする",
    "いいね！",
    "ブックマーク",
    "lineで送る",
    "分享",
    "分享到",
    // Chinese networks and the print button (BBC Chinese's share bar).
    "微博",
    "新浪微博",
    "腾讯微博",
    "微信",
    "qq空间",
    "人人",
    "人人网",
    "开心网",
    "豆瓣",
    "打印",
    "打印本页",
    "打印文稿",
    "列印",
    "공유",
    "공유하기",
];

/// `Share on …` in the languages whose buttons say so (`Teilen auf Twitter`).
const SHARE_ON: &[&str] = &[
    "share on ",
    "share via ",
    "share to ",
    "teilen auf ",
    "teilen per ",
    "partager sur ",
    "compartir en ",
    "condividi su ",
    "delen op ",
    "compartilhar no ",
    "partilhar no ",
];

fn is_share(lower: &str) -> bool {
    // What follows `Share on` / `Teilen auf` …: the network.
    let network = SHARE_ON.iter().find_map(|on| lower.strip_prefix(on));
    let l = network.unwrap_or(lower).trim_end_matches(':').trim();
    SHARE_WORDS.contains(&l)
        // A row of buttons on one line (`Teilen Twittern`, `Facebook Twitter Email`).
        || (l.contains(' ') && l.split_whitespace().all(|w| SHARE_WORDS.contains(&w)))
        || l.starts_with("share this")
        // `Share to Kinja`, `Teilen auf Mastodon`: a button to any network.
        || network.is_some_and(|network| network.split_whitespace().count() <= 2)
        || l.contains("click to share")
        || l.contains("click to email")
        || l.contains("click to print")
        || l == "share the article"
        || l == "share article"
}

static COMMENTS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)^(?:there (?:are|is)\s+)?(?:\d+\s+|no\s+)?(?:reader\s+|user\s+)?(?:comments?|responses?|replies)(?:\s*\(\d+\))?(?:\s+(?:so far|yet))?\W*$|^reply$|^\d+\s+(?:comments?|responses?|replies|thoughts?|discussions?)\s+(?:on|to)\b|^(?:view|show|read|see|load|hide)\s+(?:all\s+)?(?:\d+\s+)?comments?\b|^(?:leave|post|add|write)\s+a\s+(?:comment|reply|response)|^post with no comments|^be the first to comment|^join the (?:conversation|discussion)|^(?:\d+\s+)?thoughts? on\b|your email address will not be published|^(?:all )?fields (?:marked with \* )?are required|^(?:to|para poder) (?:comment|comentar)\b|^los comentarios publicados|^(?:\d+\s+)?(?:kommentare?|commentaires?|commenti|reacties|reacciones|comentarios|comentários|comentaris|commentaren|komentarze|komentáře|kommentarer|kommentit|комментарии|коментарі|yorumlar|σχόλια|コメント|评论|評論|댓글|التعليقات)(?:\s*\(\d+\))?\W*$|^(?:einen\s+)?kommentar(?:e)?\s+(?:schreiben|verfassen|hinterlassen)|^schreibe\s+einen\s+kommentar|^(?:kommentieren|comentar|comentá|commenter|commenta|commentare|skomentuj|reageer)\W*$|^(?:laisser|écrire|ajouter)\s+un\s+commentaire|^(?:deja|dejar|escribe)\s+un\s+comentario|^lascia\s+un\s+commento|^kommentarfeed\b|^(?:die\s+)?kommentare\s+(?:sind\s+)?geschlossen|^commentaires\s+(?:sont\s+)?fermés|^comments\s+are\s+closed|^erforderliche\s+felder\s+sind\s+mit\b|^benachrichtige\s+mich\b",
    )
    .expect("valid regex")
});

/// The rules over a comment section: `CNN welcomes a lively and courteous discussion …`,
/// `The views expressed in the comments below do not reflect …`, CNN Arabic's `ترحب شبكة CNN
/// بالنقاش الحيوي …` and `الآراء الواردة أدناه لا تعبر عن رأي …`.
static COMMENT_POLICY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)^\S+(?:\s+\S+){0,3}\s+welcomes?\s+(?:a\s+|an\s+)?(?:\w+\s+){0,4}(?:discussion|debate|comments)\b.{0,200}\b(?:rules|guidelines|terms|policy|conduct)\b|^(?:the\s+)?(?:views|opinions|comments)\s+(?:expressed\s+)?(?:below|in\s+(?:the\s+)?comments(?:\s+below)?|posted\s+below)\s+(?:do\s+not|don't|are\s+not)\b|^comments\s+are\s+(?:moderated|pre-moderated|subject\s+to)\b|^les\s+commentaires\s+(?:sont\s+modérés|ne\s+reflètent)\b|^(?:die\s+)?kommentare\s+(?:werden\s+moderiert|geben\s+nicht|spiegeln\s+nicht)\b|^ترحب\s+.{0,40}بالنقاش|^الآراء\s+الواردة\s+(?:أدناه|في\s+التعليقات)",
    )
    .expect("valid regex")
});

pub(super) fn is_comments_start(lower: &str) -> bool {
    lower != "comment" && (COMMENTS.is_match(lower) || COMMENT_POLICY.is_match(lower))
}

static FURNITURE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?ix)^(?:
            advertisement|advertising|ad|ads|sponsored(?:\s+content)?|promoted|
            share|shares|print(?:\s+this)?(?:\s+(?:article|page|story))?|
            e-?mail\s+this(?:\s+(?:article|page|story))?|
            (?:tags?|topics?|keywords|filed\s+under|categor(?:y|ies)|kategorien?|catégories?|categorías?)(?:\s*:.*)?|
            (?:e-?mail\s+)?newsletter|(?:next|previous|prev)\s+page|pages?\s*:?(?:\s+\d+){2,}|
            # A post's sign-off by its account (`posted by Stadler at 12:53`), Drupal's
            # `Submitted by jane on …`, `Gespeichert von am 24. Juli 2017 - 18:55`.
            # (A time or a year there, no clause after it: `Posted by her sister at 3 a.m.,
            # the video …` is a sentence.)
            posted\s+by\s+\S+(?:\s+\S+){0,2}\s+(?:at|on)\s+[^,;]{0,30}(?:\d{1,2}:\d{2}|\b(?:19|20)\d{2}\b)[^,;]{0,20}|
            submitted\s+by\s+[^,;]{0,40}\bon\s+[^;]{0,30}(?:\d{1,2}:\d{2}|\b(?:19|20)\d{2}\b)[^,;]{0,20}|
            (?:gespeichert|eingetragen)\s+von\s+[^,;]{0,40}\bam\s+[^;]{0,30}(?:\d{1,2}:\d{2}|\b(?:19|20)\d{2}\b)[^,;]{0,20}|
            loading\.*|close|menu|search|sign\s+in|log\s+in|log\s+out|sign\s+up|register|
            subscribe(?:\s+now)?|newsletter|skip\s+to\s+(?:main\s+)?content|skip\s+navigation|
            back\s+to\s+top|top|next|previous|more|continue\s+reading.*|read\s+more|
            like\s+this|like\s+loading.*|supported\s+by|(?:posted|filed)\s+in\s+.*|tagged\s+.*|
            (?:next|previous|prev)\s+(?:story|article|post).*|.*\s+(?:story|article|post)\s*→|
            resize\s+text|text\s+size|print\s+this\s+page|bookmark(?:\s+it)?|save\s+(?:article|story)|
            (?:go\s+to\s+)?permalink|
            scroll\s+to\s+continue(?:\s+with\s+content)?|follow\s+us.*|live|audio\s+only|video|
            watch|listen|play|pause|toggle.*|expand|collapse|image|photo|gallery|
            you\s+might\s+also\s+like|most\s+(?:read|popular|viewed)|trending(?:\s+now)?|
            teilen|(?:diese\s+geschichte|artikel|beitrag)\s+teilen|(?:schlagworte|stichworte|schlagwörter)(?:\s*:.*)?|
            weiterlesen|mehr\s+lesen|zurück(?:\s+zur\s+übersicht)?|drucken|anzeige|werbung|
            publicité|publicidad|pubblicità|(?:published|posted|written)\s+by|geschrieben\s+von|
            veröffentlicht\s+von|
            lade\s+weitere\s+inhalte|mehr\s+laden|load\s+more|partager|compartir|condividi|
            audios\s+and\s+videos\s+on\s+the\s+topic|
            impressum|imprint|(?:show\s+all\s+)?notifications|(?:alle\s+)?benachrichtigungen(?:\s+anzeigen)?|
            feedback|navigation\s+überspringen|(?:haupt|main\s+)?navigation|hauptmenü|main\s+menu|kontakt|contact(?:\s+us)?|auf\s+einer\s+seite\s+lesen|
            zum\s+inhalt(?:\s+springen)?|(?:zurück\s+)?zur\s+startseite|back\s+to\s+home(?:page)?|
            je\s+m'abonne|je\s+m'identifie|mon\s+compte|my\s+account|mein\s+konto|
            (?:in|bei)\s+pocket\s+speichern|save\s+to\s+pocket|vorlesen|druckansicht|
            # An author box's link to the writer's other stories.
            alle\s+(?:artikel|beiträge)\s+(?:des|der|von)\s+(?:autors?|autorin)|
            (?:view\s+|see\s+)?all\s+(?:posts|articles|stories)\s+by(?:\s+(?:this\s+author|\S+(?:\s+\S+){0,2}))?|
            more\s+(?:from|by)\s+this\s+author|tous\s+les\s+articles\s+de\s+l['’]auteur
        )
        # An image's placeholder that the text browser printed beside the word (`Anzeige [ac]`).
        (?:\s*\[[\w-]{1,12}\])?\W*$",
    )
    .expect("valid regex")
});

/// An author box's link to the writer's other stories, by name (`MORE FROM Nathanael
/// Johnson`, `More by Jane Doe`): capitalised words only (`More from the front lines` is a
/// heading).
static MORE_BY_NAME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?i:more\s+(?:from|by))\s+\p{Lu}[\p{L}'’.\-]*(?:\s+\p{Lu}[\p{L}'’.\-]*){0,3}\s*$")
        .expect("valid regex")
});

/// A rights notice or a how-to-cite block a site prints under its articles: `© 2016 The
/// Associated Press. All rights reserved. This material may not be published, …`, `™ & ©
/// 2013 Cable News Network, Inc.`, `Copyright 2023 NPR`, `Alle Rechte vorbehalten`, and
/// phys.org's `Citation: <headline> (2019, October 22) retrieved 20 January 2020 from
/// https://…` and `This document is subject to copyright. Apart from any fair dealing …`.
/// Matched on lower-cased text. (`All rights reserved` alone: [`RIGHTS_RESERVED`].)
static RIGHTS_NOTICE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^(?:™\s*&\s*)?©|^copyright\s*(?:©|\(c\)|:|\d{4}\b)|^this (?:document|material|article|story|content) (?:is (?:subject to|protected by) copyright|may not be (?:published|reproduced|republished))\b|^citation:\s.{10,400}\bretrieved\b.{3,60}\bfrom\s+https?://\S+$",
    )
    .expect("valid regex")
});

/// `All rights reserved` and its like ending a sentence or the line (`2019 Healthline Media
/// UK Ltd. All rights reserved. MNT is …`); a notice when the line opens with it or holds a
/// © or a year. Matched on lower-cased text.
static RIGHTS_RESERVED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"\b(?:all rights reserved|alle rechte vorbehalten|tous droits réservés|todos los derechos reservados|tutti i diritti riservati)(?:\.|$)",
    )
    .expect("valid regex")
});

/// A year, as a rights notice gives one.
static NOTICE_YEAR: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\b(?:1[89]|20)\d{2}\b").expect("valid regex"));

/// Most words of a rights notice: past that it is a paragraph about rights.
const MAX_NOTICE_WORDS: usize = 40;

/// Whether a line is a rights notice or a how-to-cite block ([`RIGHTS_NOTICE`],
/// [`RIGHTS_RESERVED`]).
pub(super) fn is_rights_notice(text: &str, lower: &str) -> bool {
    if word_count(text) > MAX_NOTICE_WORDS {
        return false;
    }
    RIGHTS_NOTICE.is_match(lower)
        || RIGHTS_RESERVED
            .find(lower)
            .is_some_and(|m| m.start() == 0 || lower.contains('©') || NOTICE_YEAR.is_match(lower))
}

/// The credit a recommendation widget prints over or under its paid links (`by Taboola`,
/// `by TaboolaSponsored Links`, `Promoted by Outbrain`): no byline, however it starts.
static AD_NETWORK_CREDIT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)^(?:(?:ads|promoted|sponsored|recommended|powered)\s+)?by\s*:?\s*(?:taboola|outbrain|revcontent|zergnet|mgid|nativo|plista|ligatus)",
    )
    .expect("valid regex")
});

static BANNER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)we use cookies|uses cookies|cookie (?:policy|settings|preferences)|accept (?:all )?cookies|sign up for (?:our|the)\b.*newsletter|^sign up for\b.{0,80}\bnewsletters?\b|\b(?:abonnieren sie|melden sie sich|abonnez-vous|inscrivez-vous|suscríbete|iscriviti)\b.{0,80}\bnewsletter|^our standards:|^(?:learn|read) more about our (?:editorial )?(?:standards|guidelines|policies)\b|subscribe to (?:our|the)\b|newsletter sign.?up|(?:enable|turn on) javascript|javascript (?:is )?(?:disabled|required)|(?:upgrade|update) your browser|your browser (?:does not|doesn.t) support|^jump to navigation|^skip to|terms of (?:use|service)|privacy policy|^(?:sign|log) in to|^forgot your\b.*password|^refresh \(\d+ sec\) \S+$|^new to \S.{0,40}\? sign up$|^already a subscriber|^become a (?:member|subscriber)|^support (?:our|independent) journalism|privacy (?:terms|settings|choices)|^your video will (?:play|start|begin)|^(?:the )?video will (?:play|start|begin)|^create an account|e-?mail-adresse ist (?:vor|gegen) spambots geschützt|^(?:this )?field(?: input)? is required$|^(?:dieses )?feld ist (?:ein )?pflicht(?:feld)?$|^benötigen sie hilfe bei der registrierung|^need help (?:with|signing|registering)\b|^(?:youtube|video|twitter|instagram)[- ]aktivierung$|wir verwenden cookies|(?:diese|unsere) (?:website|webseite|seite) verwendet cookies|nous utilisons des cookies|utilizamos cookies|datenschutzerklärung|datenschutzbestimmungen|verwendet akismet|^ここから本文|^本文へ(?:スキップ|移動)?$|\.{5,}\s*\d+$",
    )
    .expect("valid regex")
});

static PLACEHOLDER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)^(?:image|photo|video)?\[[^\]]*\]$|\[\s*\]|\[\s{3,}|\[[^\]\[]{0,40}\s\]$|^\S+\.(?:jpe?g|png|gif|webp|svg|avif)$|^[\d\W_]+$",
    )
    .expect("valid regex")
});

/// Words of page controls; a short line made only of them (`Log out Sign in`,
/// `« Vorige | Nächste »`) is furniture.
const CONTROL_WORDS: &[&str] = &[
    "sign",
    "log",
    "in",
    "out",
    "up",
    "login",
    "logout",
    "register",
    "subscribe",
    "menu",
    "search",
    "go",
    "close",
    "home",
    "account",
    "my",
    "next",
    "previous",
    "prev",
    "back",
    "top",
    "more",
    "skip",
    "to",
    "content",
    "share",
    "print",
    "email",
    "suivant",
    "précédent",
    "siguiente",
    "anterior",
    "nächste",
    "vorige",
    "vorherige",
    "weiter",
    "zurück",
    "newer",
    "older",
    "page",
    "the",
    "impressum",
    "imprint",
    "menü",
    "kontakt",
    "contact",
    "inhalt",
    "startseite",
    "je",
    "m",
    "abonne",
    "identifie",
];

fn is_control_line(lower: &str) -> bool {
    let words: Vec<&str> = lower
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    (2..=6).contains(&words.len()) && words.iter().all(|w| CONTROL_WORDS.contains(w))
}

/// A furniture phrase with a control word or two printed beside it on the same line
/// (`Auf einer Seite lesen Inhalt`, `Menu Subscribe now`): the rest of the line, after or
/// before up to two whole words that are all [`CONTROL_WORDS`], is furniture.
fn furniture_beside_controls(lower: &str) -> bool {
    let words: Vec<&str> = lower.split_whitespace().collect();
    if words.len() < 3 || words.len() > 8 {
        return false;
    }
    let controls = |ws: &[&str]| {
        ws.iter()
            .all(|w| CONTROL_WORDS.contains(&w.trim_matches(|c: char| !c.is_alphanumeric())))
    };
    (1..=2).any(|n| {
        let (rest, trailing) = words.split_at(words.len() - n);
        let (leading, after) = words.split_at(n);
        (controls(trailing) && FURNITURE.is_match(&rest.join(" ")))
            || (controls(leading) && FURNITURE.is_match(&after.join(" ")))
    })
}

/// A relative time (`2 hours ago`, `1 day ago`, `yesterday`), which names no calendar date.
static RELATIVE_TIME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)(?:\b(?:\d+|an?|one)\s+(?:sec(?:ond)?s?|mins?|minutes?|hours?|hrs?|days?|weeks?|months?|years?)\s+ago|\byesterday|\bjust now|\bil y a \d+\s+\w+|\bhace \d+\s+\w+|\bvor \d+\s+\w+|\bpřed \d+\s+\w+|\b\d{1,2}(?-i:h|d|m|min)\b)\s*$",
    )
    .expect("valid regex")
});

/// A text-mode image: its alt text in brackets (`[photo]`) or a bare file name (`map.png`).
static IMAGE_PLACEHOLDER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:image|photo)?\[[^\]\[]{1,40}\]$|^\S+\.(?:jpe?g|png|gif|webp|svg|avif)$")
        .expect("valid regex")
});

/// The text of a video player's controls and caption-settings dialog (video.js, the player
/// on most news sites, prints these into a copied page).
static MEDIA_PLAYER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?ix)^(?:play(?:\s+video)?|pause|replay|mute|unmute|fullscreen|non-fullscreen|picture-in-picture
        |(?:current|duration|remaining)\s+time\s*-?\d[\d:]*|duration\s+-?[\d:]+|(?:loaded|progress):\s*\d+(?:\.\d+)?\s*%
        |stream\s*type\s*live|seek\s+to\s+live.*|playback\s+rate|audio\s+track|chapters|descriptions|subtitles|captions
        |(?:descriptions|subtitles|captions|chapters)\s+off,\s+selected|captions\s+settings,.*|default,\s+selected
        |(?:foreground|background|window|font\s+size|text\s+edge\s+style|font\s+family)\s*\[.*\]
        |defaults\s+done|close\s+modal\s+dialog|this\s+is\s+a\s+modal\s+window\..*
        |(?:beginning|end)\s+of\s+dialog\s+window\..*)$",
    )
    .expect("valid regex")
});

/// A video player's lines (see [`MEDIA_PLAYER`]) become furniture when another player line or
/// a picture placeholder (the video) is at most two lines away: a lone `Play` or `Chapters`
/// may be a real sub-heading.
fn mark_media_players(units: &mut [Unit]) {
    let player: Vec<bool> = units
        .iter()
        .map(|u| MEDIA_PLAYER.is_match(&u.text))
        .collect();
    for i in 0..units.len() {
        // Another control, or the video itself (a picture placeholder), close by.
        let near = (i.saturating_sub(2)..(i + 3).min(units.len()))
            .any(|j| j != i && (player[j] || IMAGE_PLACEHOLDER.is_match(&units[j].text)));
        if player[i] && near {
            units[i].kind = Kind::Furniture;
        }
    }
}

/// A line that tells a video from a picture: its length (`03:29`, `03:29 - Source: CNN`),
/// `Now playing`, `Video Ad Feedback`.
static VIDEO_CUE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:now playing|video ad feedback|\d{1,2}:\d{2}(?::\d{2})?(?:\s*-\s*source:.*)?|-\s*source:.*)$")
        .expect("valid regex")
});

/// Lines after a caption searched for a [`VIDEO_CUE`].
const VIDEO_CUE_REACH: usize = 3;

/// A caption with a video's cue under it (cnn.com's carousel: the still's caption, `Video
/// Ad Feedback`, the video's title, `03:29`, `Now playing`) captions a video's still, not a
/// photo of the article: it is furniture.
fn mark_video_stills(units: &mut [Unit]) {
    for i in 0..units.len() {
        if !matches!(units[i].kind, Kind::Caption { .. }) {
            continue;
        }
        let cue = units
            .iter()
            .skip(i + 1)
            .take(VIDEO_CUE_REACH)
            .any(|u| VIDEO_CUE.is_match(u.text.trim()));
        if cue {
            units[i].kind = Kind::Furniture;
        }
    }
}

/// Lines that stand for a picture or a video inside the article: they do not interrupt it.
fn is_media_placeholder(text: &str) -> bool {
    IMAGE_PLACEHOLDER.is_match(text)
        || MEDIA_PLAYER.is_match(text)
        || ARTICLE_PICTURE.is_match(text)
}

/// A picture's alt text naming the article it illustrates (`Illustration for article titled
/// The Spectacular Story Of emMetroid/em, …`, as G/O Media's sites print every picture of a
/// post): a picture, and the article's title, its inline markup's tag names left in.
static ARTICLE_PICTURE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)^(?:illustration|image|photo|picture)\s+for\s+(?:article|post)\s+titled\s+(.+)$",
    )
    .expect("valid regex")
});

/// A tag's name left in text whose markup was stripped (`emMetroid/em`).
static STRIPPED_TAG: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(?:em|i|b|strong)(?:\p{Lu})|/(?:em|i|b|strong)\b").expect("valid regex")
});

/// A title's letters alone, lower-cased: what a picture's alt text keeps of it.
fn title_letters(text: &str) -> String {
    text.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

/// The title the page's pictures name ([`ARTICLE_PICTURE`]), as [`title_letters`].
fn title_named_by_pictures(units: &[Unit]) -> Option<String> {
    units.iter().find_map(|u| {
        let named = ARTICLE_PICTURE.captures(&u.text)?.get(1)?.as_str();
        // `emMetroid/em` → `Metroid`: the tag's name goes, the capital after it stays.
        let untagged = STRIPPED_TAG.replace_all(named, |c: &regex::Captures| {
            c[0].chars()
                .last()
                .filter(|l| l.is_uppercase())
                .map(String::from)
                .unwrap_or_default()
        });
        Some(title_letters(&untagged))
    })
}

pub(super) fn is_furniture(text: &str, lower: &str) -> bool {
    if FURNITURE.is_match(lower)
        || AD_NETWORK_CREDIT.is_match(lower)
        || WIKI_TAGLINE.is_match(lower)
        || MORE_BY_NAME.is_match(text)
        || is_rights_notice(text, lower)
        || PLACEHOLDER.is_match(text)
        || ARTICLE_PICTURE.is_match(text)
        || is_control_line(lower)
        || is_caption_control(text)
        || furniture_beside_controls(lower)
        || super::body_trim::READING_TIME.is_match(text)
    {
        return true;
    }
    if RELATIVE_TIME.find(text).is_some_and(|m| m.start() == 0) {
        return true;
    }
    let words = word_count(text);
    (BANNER.is_match(lower) && words <= 40)
        || (COOKIE_BANNER.is_match(lower) && words <= 150)
        || (PAYWALL.is_match(lower) && words <= MAX_PAYWALL_WORDS)
}

/// A paywall's notice where the text stops: `Subscribe to continue reading`, `This article
/// is for subscribers only`, `Dieser Artikel ist nur für Abonnenten`, `La suite est réservée
/// aux abonnés`, nikkei.com's `［有料会員限定］この記事は会員限定です。…続きをお読みいただけます。`
static PAYWALL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)\b(?:subscribe|sign up|log in|register)\b.{0,40}\bto (?:continue|keep) reading\b|^to (?:continue|keep) reading\b|\bthis (?:article|story|content) is (?:only )?(?:available |reserved )?(?:to|for) (?:paying )?(?:subscribers|members)\b|\byou(?:'ve|’ve| have) reached (?:your|the) (?:free )?(?:article )?limit\b|\b(?:dieser|der) (?:artikel|beitrag|inhalt) ist (?:nur |exklusiv )?für (?:\S+-)?abonnent|\b(?:jetzt )?weiterlesen mit\b|\blesen sie (?:jetzt )?weiter mit\b|\b(?:cet article|la suite(?: de cet article)?) est réservée? aux abonnés|\b(?:este|el) (?:artículo|contenido) es exclusivo para suscriptores|\b(?:articolo|contenuto) riservato agli abbonati|この記事は(?:有料)?会員限定です|有料会員限定|続きをお読みいただけます",
    )
    .expect("valid regex")
});

/// Most words of a paywall's notice: past that it is a paragraph about subscriptions.
const MAX_PAYWALL_WORDS: usize = 25;

/// The line a MediaWiki site prints right under an article's title (its `#siteSub`): `From
/// Wikipedia, the free encyclopedia`, and the same in German, French, Spanish, Italian.
static WIKI_TAGLINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)^(?:from \p{L}[^,]{1,60}, the free \p{L}+(?: \p{L}+)?|aus \p{L}[^,]{1,60}, der freien enzyklopädie|(?:un article )?de \p{L}[^,]{1,60}, (?:l['’]encyclopédie libre|la enciclopedia libre)|da \p{L}[^,]{1,60}, l['’]enciclopedia libera)\.?$",
    )
    .expect("valid regex")
});

/// A cookie notice, often a long paragraph of its own.
static COOKIE_BANNER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:this (?:site|website) uses|we use|we and our partners use) cookies\b")
        .expect("valid regex")
});

const GENRES: &[&str] = &[
    "analysis",
    "opinion",
    "comment",
    "editorial",
    "review",
    "explainer",
    "interview",
    "feature",
    "obituary",
    "letters",
];

/// The genre a label names (`Opinion` → `opinion`, `Kommentar` → `comment`), when the whole
/// line is one; German, French and Spanish labels name the same genres.
fn genre_word(text: &str) -> Option<&'static str> {
    let l = text.trim().trim_end_matches(':').trim().to_lowercase();
    let l = match l.as_str() {
        "reviews" | "rezension" | "kritik" | "critique" | "crítica" => "review",
        "features" | "reportage" | "reportaje" => "feature",
        "interviews" | "entretien" | "entrevista" => "interview",
        "obituaries" | "nachruf" | "nécrologie" | "necrológica" => "obituary",
        "letter" | "leserbriefe" => "letters",
        "editorials" | "leitartikel" | "éditorial" => "editorial",
        "analyse" | "análisis" => "analysis",
        "kommentar" | "commentaire" | "comentario" => "comment",
        "meinung" | "tribune" | "opinión" => "opinion",
        other => other,
    };
    GENRES.iter().copied().find(|g| *g == l)
}

/// A byline that opens with the piece's genre (`Eine Analyse von Caspar Schwietering`,
/// `An analysis by Jane Doe`, `Un commentaire de …`): the article and genre word (group 1)
/// (group 2) and where the byline proper (`von …`) starts (group 3). Without the article
/// only an English label counts (`Analysis by Jane Doe`): `Kritik von Merkel …` is a headline,
/// and `Comment by …`, `Review by …` head readers' comments and reviews.
static GENRE_BYLINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^((?i:ein|eine|einen|an?|une?|una?)\s+)?(\p{L}+)\s+((?i:von|by|de|par|por)\s+\p{Lu})",
    )
    .expect("valid regex")
});

/// The genre and the byline proper of a genre-opened byline ([`GENRE_BYLINE`]).
fn genre_byline(text: &str) -> Option<(&'static str, &str)> {
    let caps = GENRE_BYLINE.captures(text)?;
    let word = caps.get(2)?.as_str();
    let genre = genre_word(word)?;
    if caps.get(1).is_none()
        && (!word.eq_ignore_ascii_case(genre) || matches!(genre, "comment" | "review"))
    {
        return None;
    }
    Some((genre, text.get(caps.get(3)?.start()..)?))
}

// ---------------------------------------------------------------------------------------------
// Body finder and header

fn score(unit: &Unit) -> f64 {
    match unit.kind {
        Kind::Prose => {
            let w = word_count(&unit.text) as f64;
            if unit.bulleted {
                w * 0.5
            } else {
                w
            }
        }
        Kind::Short => -3.0,
        Kind::Nav => -4.0,
        // A picture inside the article (`[photo]`, `map.png`) or a video player does not
        // interrupt it.
        Kind::Furniture if is_media_placeholder(&unit.text) => 0.0,
        Kind::Share | Kind::Furniture => -1.0,
        Kind::Breadcrumb(_) => -5.0,
        Kind::Comments => -60.0,
        Kind::Code => 0.5,
        Kind::ListItem => 0.5 * word_count(&unit.text) as f64,
        Kind::RelatedMarker => -4.0,
        // A post's foot (`Nicolas Perriault — 2013-09-29— in Code — Permalink`) ends it.
        Kind::Date(..) | Kind::Byline { .. } => -1.0,
        _ => 0.0,
    }
}

/// The maximum-sum run of units, as a half-open range. Penalties grow along a stretch of
/// non-prose units, so a long gap (a menu, a teaser list) splits runs while a lone
/// sub-heading or caption does not.
fn best_run(units: &[Unit]) -> Option<(usize, usize)> {
    // What follows a comment section's heading is the readers' words: when a run before it
    // scores at least half as well as the best run of the whole clipping, the article is
    // that run. (A comment counter under the headline has the article after it, and teasers
    // before it that score far less.) A comment form, or a notice that comments are closed,
    // is never over an article: a run before it scoring a quarter as well is the article (a
    // short post, a recipe).
    let (best, start, end) = scored_run(units)?;
    comments_after_article(units)
        .and_then(|(heading, form)| {
            let share = if form {
                COMMENT_FORM_RUN_SHARE
            } else {
                COMMENTS_RUN_SHARE
            };
            scored_run(&units[..heading]).filter(|(before, _, _)| *before >= share * best)
        })
        .and_then(|(_, s, e)| trim_run(units, s, e))
        .or_else(|| trim_run(units, start, end))
}

/// How well the run before a comment section must score, against the best run of the
/// clipping, to be taken for the article (see [`best_run`]).
const COMMENTS_RUN_SHARE: f64 = 0.5;

/// As [`COMMENTS_RUN_SHARE`], before a comment form (see [`heads_comment_form`]).
const COMMENT_FORM_RUN_SHARE: f64 = 0.25;

/// Prose words that must stand before a comment section's heading for what follows it to
/// be taken for comments (a comment counter under a headline comes before the article).
const MIN_PROSE_BEFORE_COMMENTS: usize = 150;

/// As [`MIN_PROSE_BEFORE_COMMENTS`], before a comment form, which only follows an article:
/// a short post's words.
const MIN_PROSE_BEFORE_COMMENT_FORM: usize = 25;

/// Words of a paragraph that, right after a comments heading, shows the heading to be a
/// counter over the article rather than the start of the comments.
const ARTICLE_PARAGRAPH_WORDS: usize = 25;

/// A field of a comment form or its notice, as the text browser prints them (`[ ]`, `Name *`,
/// `E-Mail (erforderlich)`, `Antwort abbrechen`, `Your email address will not be
/// published.`). A bare `E-Mail` or `Website` is as often a share bar's button: a field
/// carries its star or its `(required)`.
static COMMENT_FORM_FIELD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)^\[\s*\]$|\b(?:antwort\s+abbrechen|cancel\s+reply|annuler\s+la\s+réponse|cancelar\s+respuesta)\b|your\s+email\s+address\s+will\s+not\s+be\s+published|e-?mail-adresse\s+wird\s+nicht\s+veröffentlicht|votre\s+adresse\s+(?:e-?mail|de\s+messagerie)\s+ne\s+sera\s+pas\s+publiée|^(?:name|e-?mail|website|webseite|nom|nombre)\s*(?:\*|\((?:required|erforderlich|pflicht|obligatoire|obligatorio)\b)",
    )
    .expect("valid regex")
});

/// A notice that a post's comments are closed (`Kommentare geschlossen`, `Comments are
/// closed`), or a comments feed's link: found at a post's foot.
static COMMENTS_CLOSED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)\bkommentare\s+(?:sind\s+)?geschlossen\b|\bcomments\s+are\s+closed\b|\bcommentaires\s+(?:sont\s+)?fermés\b|^kommentarfeed\b",
    )
    .expect("valid regex")
});

/// A comments heading that only counts them (`12 Kommentare`, `3 Comments`): it may stand
/// under a headline, over the article, whatever follows it.
static COMMENT_COUNTER: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\d+\s+\S+$").expect("valid regex"));

/// Units after a comments heading in which a form's field shows it heads a comment form.
const FORM_FIELD_REACH: usize = 5;

/// Whether the comments heading at `i` heads a comment form (the heading itself, or one of
/// the [`FORM_FIELD_REACH`] units after it that are not share buttons, is a field of one) or
/// says the comments are closed: either stands under an article, never over it as a
/// comment counter may.
fn heads_comment_form(units: &[Unit], i: usize) -> bool {
    let heading = &units[i].text;
    if COMMENT_COUNTER.is_match(heading) {
        return false;
    }
    COMMENTS_CLOSED.is_match(heading)
        || COMMENT_FORM_FIELD.is_match(heading)
        || units[i + 1..]
            .iter()
            .filter(|u| u.kind != Kind::Share)
            .take(FORM_FIELD_REACH)
            .any(|u| COMMENT_FORM_FIELD.is_match(&u.text))
}

/// The first comment section heading (`10 Kommentare`, `36 Comments`) with at least
/// [`MIN_PROSE_BEFORE_COMMENTS`] words of prose before it (a comment form's,
/// [`MIN_PROSE_BEFORE_COMMENT_FORM`]) and no article paragraph right after it: comments
/// open with a name, a date, a greeting, not with a long paragraph. With it, whether it
/// heads a comment form.
fn comments_after_article(units: &[Unit]) -> Option<(usize, bool)> {
    let mut prose = 0;
    for (i, unit) in units.iter().enumerate() {
        if unit.kind == Kind::Comments {
            let form = heads_comment_form(units, i);
            let needed = if form {
                MIN_PROSE_BEFORE_COMMENT_FORM
            } else {
                MIN_PROSE_BEFORE_COMMENTS
            };
            let article_follows = units[i + 1..]
                .iter()
                .take(3)
                .any(|u| u.kind == Kind::Prose && word_count(&u.text) >= ARTICLE_PARAGRAPH_WORDS);
            if prose >= needed && !article_follows {
                return Some((i, form));
            }
        }
        prose += prose_words_of(unit);
    }
    None
}

/// The highest-scoring run of `units` (a prefix of the clipping's units): its score and
/// its range, before [`trim_run`].
fn scored_run(units: &[Unit]) -> Option<(f64, usize, usize)> {
    let mut best: Option<(f64, usize, usize)> = None;
    let mut sum = 0.0;
    let mut start = 0;
    let mut gap = 0.0_f64;
    for (i, unit) in units.iter().enumerate() {
        if sum <= 0.0 {
            sum = 0.0;
            start = i;
        }
        let base = score(unit);
        if base < 0.0 {
            gap += 1.0;
            sum += base * gap.min(3.0);
        } else {
            if base > 0.0 {
                gap = 0.0;
            }
            sum += base;
        }
        if sum > 0.0 && best.is_none_or(|(b, _, _)| sum > b) {
            best = Some((sum, start, i + 1));
        }
    }
    best
}

/// A run trimmed to its first and last content unit (prose, content list item, code), and
/// past an article header inside it, its end before a related-stories heading with only a
/// teaser after it; there must be some prose.
fn trim_run(units: &[Unit], s: usize, e: usize) -> Option<(usize, usize)> {
    (s..e).find(|&i| units[i].kind == Kind::Prose)?;
    // A related-stories heading near the run's end, with fewer than [`RELATED_TAIL_WORDS`]
    // prose words after it (a teaser's summary: `Weitere interessante Themen` / a headline
    // / `Fragen und Antworten zur …`): the article ended before it. One inside the article
    // (`RELATED: …` and the text going on) has the article's paragraphs after it.
    let e = (s..e)
        .rev()
        .find(|&m| units[m].kind == Kind::RelatedMarker)
        .filter(|&m| {
            let after = prose_words(&units[m + 1..e]);
            after < RELATED_TAIL_WORDS && prose_words(&units[s..m]) >= 2 * after.max(1)
        })
        .unwrap_or(e);
    (s..e).find(|&i| units[i].kind == Kind::Prose)?;
    let first = (s..e).find(|&i| is_content(&units[i].kind) && !ends_a_menu(units, i))?;
    let last = (s..e).rev().find(|&i| is_content(&units[i].kind))?;
    Some((after_article_header(units, first, last + 1), last + 1))
}

/// Fewest prose words after a related-stories heading at a run's end for them to be the
/// article's rather than a teaser's summary (see [`trim_run`]).
const RELATED_TAIL_WORDS: usize = 40;

/// A bulleted line right after a bulleted menu or breadcrumb item is that list's last item,
/// however long (`• Startseite` `• Stars` `• Adele 10 Kilo abgenommen: Sie zeigt sich …`):
/// a body run does not start with it.
fn ends_a_menu(units: &[Unit], i: usize) -> bool {
    units[i].bulleted
        && i.checked_sub(1)
            .and_then(|p| units.get(p))
            .is_some_and(|p| p.bulleted && p.kind == Kind::Nav)
}

/// The most words of prose a run may hold before an article header inside it for that
/// prose to be left out (see [`after_article_header`]).
const MAX_LEAD_WORDS: usize = 100;

/// Where the article starts in the body run `start..end`. A run may open with prose that is
/// not the article's (a sign-in box, teasers of other stories): when no date or byline
/// stands before the run, an article header inside it (a headline followed at once by its
/// date or byline) marks the article's start, if the prose before that header is short (at
/// most [`MAX_LEAD_WORDS`] words) and the prose after it at least twice as long. The body
/// then starts after the header, and the headline is a title candidate before it.
fn after_article_header(units: &[Unit], start: usize, end: usize) -> usize {
    if units[..start]
        .iter()
        .any(|u| is_dateline_or_byline(&u.kind))
    {
        return start;
    }
    let mut lead = 0;
    for i in start + 1..end {
        lead += prose_words_of(&units[i - 1]);
        if lead > MAX_LEAD_WORDS {
            break;
        }
        // An author's name over the byline is part of a header, not its headline.
        let headline = (is_title_candidate(&units[i]) && !is_name(&units[i].text))
            || is_prose_headline(units, i);
        if !headline {
            continue;
        }
        let mut j = i + 1;
        let mut header = false;
        while let Some(u) = units.get(j).filter(|_| j < end) {
            if is_dateline_or_byline(&u.kind) {
                header = true;
            } else if !matches!(u.kind, Kind::Furniture | Kind::Share | Kind::Alt) {
                break;
            }
            j += 1;
        }
        if header && prose_words(&units[j..end]) >= 2 * lead.max(1) {
            if let Some(body) = (j..end).find(|&k| is_content(&units[k].kind)) {
                return body;
            }
        }
    }
    start
}

fn is_dateline_or_byline(kind: &Kind) -> bool {
    matches!(kind, Kind::Date(..) | Kind::Byline { .. })
}

/// An item of a multi-page article's table of contents: `Seite 2 —Durchgehende Tickets
/// fehlen`, `Page 3: The verdict`, `Teil 1 - …`.
static PAGE_ITEM: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:seite|page|teil|part|página|pagina)\s+\d{1,3}\s*[—–:\-|]")
        .expect("valid regex")
});

/// Short list items with article text on both sides (`Steps:`, a list of short points) are
/// the article's own list, not navigation: a list of 2+ items strictly inside the body run
/// is kept unless it is a menu (most items of 1–2 words) or a teaser list (most in title case);
/// so is a lone numbered item that stands as its own paragraph before prose (a sub-heading).
fn lists_inside(units: &[Unit], start: usize, end: usize) -> Vec<usize> {
    let mut out = Vec::new();
    let mut i = start;
    while i < end {
        if units[i].kind != Kind::Nav {
            i += 1;
            continue;
        }
        let first = i;
        while i < end && units[i].kind == Kind::Nav {
            i += 1;
        }
        let items = first..i;
        let n = items.len();
        let tiny = items
            .clone()
            .filter(|&j| word_count(&units[j].text) <= 2)
            .count();
        let titled = items
            .clone()
            .filter(|&j| title_case(&units[j].text))
            .count();
        let inside = first > start && i < end;
        // A multi-page article's table of contents (`Seite 1 — Im ICE …`, `Page 2: …`).
        if items.clone().all(|j| PAGE_ITEM.is_match(&units[j].text)) {
            continue;
        }
        // A lone numbered item standing as its own paragraph and followed by prose is a
        // sub-heading (`3. Check the peep hole`, `19) Ingrid Goes West`), as in a listicle.
        let heading = n == 1
            && units[first].number.is_some()
            && units[first].blank_before
            && units
                .get(i)
                .is_some_and(|u| u.blank_before && u.kind == Kind::Prose)
            && word_count(&units[first].text) <= 15;
        if inside && (heading || (n >= 2 && tiny * 2 < n && titled * 2 < n)) {
            out.extend(items);
        }
    }
    out
}

/// Short lines (not sentences) of 3+ words printed three times or more (an image's alt text on
/// every picture, a repeated promotion): page furniture, never body text.
fn repeated_lines(units: &[Unit]) -> std::collections::HashSet<&str> {
    let mut counts: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
    for u in units {
        if u.kind == Kind::Short && word_count(&u.text) >= 3 {
            *counts.entry(u.text.as_str()).or_default() += 1;
        }
    }
    counts
        .into_iter()
        .filter(|&(_, n)| n >= 3)
        .map(|(t, _)| t)
        .collect()
}

fn is_content(kind: &Kind) -> bool {
    matches!(kind, Kind::Prose | Kind::ListItem | Kind::Code)
}

fn is_header_meta(kind: &Kind) -> bool {
    matches!(
        kind,
        Kind::Date(..)
            | Kind::Byline { .. }
            | Kind::Genre(_)
            | Kind::Caption { .. }
            | Kind::Alt
            | Kind::Share
            | Kind::Furniture
            | Kind::Nav
            | Kind::Url(_)
    )
}

/// A contributor's note: a name, then what they are (`Mark di Stefano is a breaking news
/// reporter for …`, `Erin Cunningham is an Egypt-based correspondent …`).
/// Most words of a note about the author under their name at the article's end.
const AUTHOR_NOTE_WORDS: usize = 60;

/// Most words of an author box's biography.
pub(super) const AUTHOR_BOX_WORDS: usize = 120;

/// An author box: a name on a line of its own (or as its picture's alt text) and right under
/// it a paragraph that opens with that name and a verb (`Matthias Weber ist ERP-Experte …`,
/// `Jane Doe covers …`); the name, when unit `i` is that paragraph.
fn author_box_bio(units: &[Unit], i: usize) -> Option<&str> {
    let name = &units[i.checked_sub(1)?].text;
    let unit = &units[i];
    let rest = unit.text.strip_prefix(name.as_str())?;
    let opens_a_sentence = rest.starts_with(' ')
        && rest
            .trim_start()
            .chars()
            .next()
            .is_some_and(char::is_lowercase);
    (unit.kind == Kind::Prose
        && is_name(name)
        && opens_a_sentence
        && word_count(&unit.text) <= AUTHOR_BOX_WORDS)
        .then_some(name.as_str())
}

/// The heading of an author box: `Über den Autor`, `About the author`, `À propos de
/// l'auteur`, `Sobre el autor`, `L'autore`, or a site's `incurvy Autorin`.
pub(super) static ABOUT_THE_AUTHOR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)^\s*(?:über (?:den|die) (?:autor|autorin|verfasser|verfasserin)|about the (?:author|writer)s?|à propos de l'auteur(?:e)?|sobre (?:el|la) autor(?:a)?|sull'autore|l'autore|(?:\S+\s+)?autor(?:in)?)\s*:?\s*$",
    )
    .expect("valid regex")
});

/// Most lines under an author box's heading (the heading included): a name, a picture, a
/// biography in a paragraph or two, repeated headings.
pub(super) const AUTHOR_BOX_UNITS: usize = 8;

/// Whether `name` is one of the article's authors.
fn is_author(authors: &[String], name: &str) -> bool {
    authors.iter().any(|a| a.eq_ignore_ascii_case(name))
}

static AUTHOR_BIO: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^(\p{Lu}[\p{L}'’.\-]*(?:\s+(?:\p{Lu}[\p{L}'’.\-]*|di|de|da|del|der|van|von|la|le|du|al|bin)){1,4})\s+(?:is|was)\s+(?:a|an|the)\b[^.]{0,120}?\b(?:reporter|correspondent|writer|editor|journalist|columnist|contributor|author|producer|photographer|critic|freelancer|blogger)s?\b",
    )
    .expect("valid regex")
});

static LEDE_MARKS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)\b(?:said|says|told|according to|announced|monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tonight|this week|last week)\b|^(?-i:[\p{Lu}\s,.]{3,})\s*(?:\([^)]*\))?\s*[—–-]|\((?:reuters|ap|afp)\)|^[\x22“«„']",
    )
    .expect("valid regex")
});

static SENTENCE_BREAK: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r#"[.!?]["”’)]?\s+["“]?\p{Lu}"#).expect("valid regex"));

/// The source under a teaser of another site's story (`on Jalopnik`, `on io9`, `on The
/// Verge`): a network's trending list prints each headline over the site it is on.
static TEASER_SOURCE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^on\s+([\p{L}\d][\p{L}\d'’&-]*)(?:\s+[\p{L}\d][\p{L}\d'’&-]*){0,2}$")
        .expect("valid")
});

/// Words after `on` that make a date, not a site (`on Monday`, `on March 3`).
const DAY_AND_MONTH_NAMES: &[&str] = &[
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// Words after `on` that make a phrase, not a site (`on the way`, `on his own`); a site's
/// name capitalises its article (`on The Verge`).
const PHRASE_OPENERS: &[&str] = &[
    "the", "a", "an", "this", "that", "its", "his", "her", "their", "our",
];

/// Whether a line names the site a teaser's story is on (see [`TEASER_SOURCE`]).
fn is_teaser_source(text: &str) -> bool {
    TEASER_SOURCE.captures(text).is_some_and(|c| {
        let first = c.get(1).map_or("", |m| m.as_str());
        !DAY_AND_MONTH_NAMES.contains(&first.to_lowercase().as_str())
            && !PHRASE_OPENERS.contains(&first)
    })
}

/// A full stop after a lower-case word, then a new sentence (`… about sharing. Uber's …`);
/// not `U.S. Senate` or `Dr. Smith`.
static MID_SENTENCE_BREAK: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r#"\p{Ll}{2}[.!?]["”’)]?\s+["“]?\p{Lu}"#).expect("valid regex"));

fn single_sentence(text: &str) -> bool {
    ends_sentence(text) && !SENTENCE_BREAK.is_match(text)
}

fn content_words(s: &str) -> Vec<String> {
    s.split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.chars().count() >= 4)
        .map(str::to_lowercase)
        .collect()
}

/// What every title candidate is compared with, gathered once per paste.
struct TitleContext<'a> {
    /// Content words of the body's first paragraphs.
    body_words: Vec<String>,
    /// How many times each line's text is printed on the page.
    printed: HashMap<&'a str, usize>,
    /// The page's breadcrumb lines.
    breadcrumbs: Vec<&'a str>,
    /// The one byline line over the body, when there is one (teasers with bylines of their
    /// own make several).
    sole_byline: Option<usize>,
    /// The title the page's pictures name (`Illustration for article titled …`).
    named: Option<String>,
    /// The one candidate with the byline's author printed alone right under it (see
    /// [`candidate_over_authors_name`]).
    over_authors_name: Option<usize>,
    /// How many lines name the site a teaser's story is on (`on Jalopnik`): two or more
    /// make a list of teasers.
    teaser_sources: usize,
}

impl<'a> TitleContext<'a> {
    fn new(units: &'a [Unit], body_start: usize, body_end: usize) -> TitleContext<'a> {
        let body_words = units[body_start.min(units.len())..body_end.min(units.len())]
            .iter()
            .filter(|u| u.kind == Kind::Prose)
            .take(4)
            .flat_map(|u| content_words(&u.text))
            .collect();
        let mut printed: HashMap<&str, usize> = HashMap::new();
        for u in units {
            *printed.entry(u.text.as_str()).or_default() += 1;
        }
        let breadcrumbs = units
            .iter()
            .filter(|u| matches!(u.kind, Kind::Breadcrumb(_)))
            .map(|u| u.text.as_str())
            .collect();
        let mut bylines = (body_start.saturating_sub(TITLE_WINDOW)..body_start.min(units.len()))
            .filter(|&k| matches!(units[k].kind, Kind::Byline { .. }));
        let sole_byline = bylines.next().filter(|_| bylines.next().is_none());
        TitleContext {
            body_words,
            printed,
            breadcrumbs,
            sole_byline,
            named: title_named_by_pictures(units),
            over_authors_name: candidate_over_authors_name(units, body_start, sole_byline),
            teaser_sources: units.iter().filter(|u| is_teaser_source(&u.text)).count(),
        }
    }
}

/// The one title candidate before the body with the page's byline author printed alone
/// right under it (a profile's name and picture over the headline's details, the byline
/// itself elsewhere on the page); none when several lines of three words or more are (a
/// box of one writer's teasers).
fn candidate_over_authors_name(
    units: &[Unit],
    body_start: usize,
    sole_byline: Option<usize>,
) -> Option<usize> {
    let Some(Kind::Byline { authors, .. }) = sole_byline.map(|k| &units[k].kind) else {
        return None;
    };
    let mut found = (body_start.saturating_sub(TITLE_WINDOW)..body_start.min(units.len()))
        .filter(|&i| {
            is_title_candidate(&units[i])
                && word_count(&units[i].text) >= 3
                && !is_name(&units[i].text)
        })
        .filter(|&i| {
            units[i + 1..]
                .iter()
                .find(|u| !matches!(u.kind, Kind::Furniture | Kind::Share | Kind::Alt))
                .is_some_and(|u| {
                    u.kind == Kind::Short && is_name(&u.text) && authors.contains(&u.text)
                })
        });
    found.next().filter(|_| found.next().is_none())
}

/// How many lines of the body's run are looked at under a headline that opens it.
const HEADER_LINES_IN_RUN: usize = 4;

fn title_score(
    units: &[Unit],
    i: usize,
    body_start: usize,
    opens_run: bool,
    context: &TitleContext,
) -> f64 {
    let text = &units[i].text;
    let words = word_count(text);
    let mut s = 0.0;
    // A wiki's title stands right over its tagline, however far an infobox or a navigation
    // box pushes the article's first paragraph down.
    if above_wiki_tagline(units, i) {
        s += WIKI_TITLE_BONUS;
    }
    // Distance: other text between the candidate and the body, or the page's one byline
    // right under it: a headline stands over its byline, and what the page puts between
    // that and the text (a video carousel, an advertisement) does not push it away.
    let header_line = context
        .sole_byline
        .filter(|&k| k > i && k <= i + HEADER_LINE_REACH && words >= 3)
        .filter(|&k| {
            // Nothing between them but furniture and the byline's own names (the authors'
            // pictures: `Jeremy Herb Lauren del Valle Kara Scannell`), which are no headline
            // themselves; a teaser's source (`on Jalopnik`) over a byline makes the teaser
            // no headline.
            let byline = units[k].text.to_lowercase();
            let names_in_byline = |line: &str| {
                line.split_whitespace()
                    .all(|w| byline.contains(&w.to_lowercase()))
            };
            !names_in_byline(text)
                && units[i + 1..k].iter().all(|u| {
                    matches!(u.kind, Kind::Furniture | Kind::Share | Kind::Alt)
                        || names_in_byline(&u.text)
                })
        });
    let mut shorts = 0.0_f64;
    for (k, u) in units
        .iter()
        .enumerate()
        .take(header_line.unwrap_or(body_start))
        .skip(i + 1)
    {
        match u.kind {
            // An author's name on its own line belongs to the header.
            Kind::Short if is_name(&u.text) || BYLINE_OPENING.is_match(&u.text) => {}
            // So do a dated line the reader did not take as a date line, and a deck.
            Kind::Short if is_dated_header_line(u) || (k == i + 1 && is_deck(&u.text, text)) => {}
            Kind::Short => shorts += 1.0,
            Kind::Nav | Kind::RelatedItem | Kind::RelatedMarker => s -= 0.2,
            _ => {}
        }
    }
    s -= 1.5 * shorts.min(6.0);
    // Followed closely by a date or byline line, or by a one-sentence summary.
    let next: Vec<&Unit> = units
        .get(i + 1..body_start.max(i + 1).min(units.len()))
        .unwrap_or(&[])
        .iter()
        .filter(|u| !matches!(u.kind, Kind::Furniture | Kind::Share | Kind::Alt))
        .take(4)
        .collect();
    // A headline that opens the body's run has the run's first lines under it (its deck,
    // the lead photo's caption, then the byline and the date).
    let in_run_under = || {
        units
            .get(i + 1..(i + 1 + HEADER_LINES_IN_RUN).min(units.len()))
            .unwrap_or(&[])
            .iter()
            .filter(|u| !matches!(u.kind, Kind::Furniture | Kind::Share | Kind::Alt))
    };
    let dated = |u: &&Unit| {
        matches!(u.kind, Kind::Date(..) | Kind::Byline { .. }) || is_dated_header_line(u)
    };
    // (Not a blog's tagline over a post's date and headline: see [`dated_headline_in_run`].)
    let post_under = || {
        (i + 1..(i + 1 + HEADER_LINES_IN_RUN).min(units.len()))
            .any(|k| dated_headline_in_run(units, k))
    };
    if next.iter().any(dated)
        || context.over_authors_name == Some(i)
        || (opens_run && in_run_under().any(|u| dated(&u)) && !post_under())
    {
        s += 6.0;
    }
    // A long line that goes on after a full stop is a summary, not a headline.
    if words > 15 && MID_SENTENCE_BREAK.is_match(text) {
        s -= 4.0;
    }
    // The page's breadcrumb often ends with the headline (`News > 2015 > Headline`).
    if context.breadcrumbs.iter().any(|crumbs| {
        crumbs.len() > text.len()
            && crumbs.ends_with(text.as_str())
            && CRUMB_SPLIT.is_match(&crumbs[..crumbs.len() - text.len()])
    }) {
        s += 3.0;
    }
    // (A line the page prints twice, in its top bar and over the byline, is its headline,
    // not a summary under a kicker.)
    if next.first().is_some_and(|u| {
        ((u.kind == Kind::Prose && single_sentence(&u.text) && word_count(&u.text) <= 45)
            || (u.kind == Kind::Short && is_deck(&u.text, text)))
            && context.printed.get(u.text.as_str()).is_none_or(|&n| n <= 1)
    }) {
        s += 2.0;
    }
    // A teaser under a related-stories heading, before the article starts; or one over
    // the site its story is on (`on Deadspin`), whatever byline stands below.
    if in_related_block(units, i)
        || (context.teaser_sources >= 2 && next.first().is_some_and(|u| is_teaser_source(&u.text)))
    {
        s -= 5.0;
    }
    // Preceded by a breadcrumb or kicker.
    if i > 0
        && units[i.saturating_sub(2)..i].iter().any(|u| {
            matches!(u.kind, Kind::Breadcrumb(_) | Kind::Genre(_)) || u.text.ends_with(['—', '|'])
        })
    {
        s += 3.0;
    }
    // The title the page's pictures name, however far teasers push it from the text.
    if context
        .named
        .as_ref()
        .is_some_and(|named| *named == title_letters(text))
    {
        s += PICTURE_NAMED_BONUS;
    }
    // Printed twice (heading and share bar, heading and page top).
    if context.printed.get(text.as_str()).is_some_and(|&n| n > 1) {
        s += 2.0;
    }
    s += match words {
        1 => -5.0,
        2 => -2.0,
        3 => 0.0,
        4..=25 => 2.0,
        _ => -2.0,
    };
    let capitalised = text
        .split_whitespace()
        .filter(|w| w.chars().next().is_some_and(char::is_uppercase))
        .count();
    if words >= 3 && capitalised * 10 >= words * 6 {
        s += 1.0;
    }
    if text.chars().any(|c| c.is_ascii_digit()) && !text.chars().any(char::is_lowercase) {
        s -= 3.0;
    }
    // Headlines start with a capital (or a digit, a quote); `in Features …` is a label line.
    if text.chars().next().is_some_and(char::is_lowercase) {
        s -= 3.0;
    }
    // Headlines rarely carry a date or a time; date and byline lines do.
    if DATEISH.is_match(text) {
        s -= 6.0;
    }
    // The headline of a blog post often comes right after its date, unless a headline-like
    // line sits right above that date (past the author's name): the date is that line's,
    // and this one opens the article's first section.
    let header_line = (i.saturating_sub(2)..i)
        .rev()
        .find(|&k| matches!(units[k].kind, Kind::Date(..) | Kind::Byline { .. }));
    if let Some(k) = header_line {
        let headline_above = units[k.saturating_sub(5)..k]
            .iter()
            .rev()
            .filter(|u| !matches!(u.kind, Kind::Furniture | Kind::Share | Kind::Alt))
            .find(|u| !is_name(&u.text) && word_count(&u.text) > 2)
            .is_some_and(|u| is_title_candidate(u) && word_count(&u.text) >= 4);
        if !headline_above {
            s += 3.0;
        }
    }
    if after_sponsor_phrase(units, i) {
        s -= 4.0;
    }
    if in_a_copied_menu(units, i) {
        s -= 4.0;
    }
    // The standfirst under its headline, past the photo's caption (a long read's headline,
    // caption, standfirst, byline), is no headline, though the byline stands under it.
    let above = units[i.saturating_sub(DECK_REACH)..i]
        .iter()
        .rev()
        .find(|u| {
            !matches!(
                u.kind,
                Kind::Furniture | Kind::Share | Kind::Alt | Kind::Caption { .. }
            )
        });
    let long = |headline: &str| {
        words >= STANDFIRST_WORDS && text.chars().count() * 10 >= headline.chars().count() * 13
    };
    if above.is_some_and(|u| is_title_candidate(u) && is_deck(text, &u.text) && long(&u.text)) {
        s -= 4.0;
    }
    // A teaser on a list of posts: its headline, perhaps a date and a summary, then a link
    // to the post (`WEITERLESEN`, `Read more`); the article's own headline has none.
    if units
        .iter()
        .take(body_start.min(i + 1 + TEASER_LINK_REACH))
        .skip(i + 1)
        .any(|u| READ_ON.is_match(&u.text))
    {
        s -= 6.0;
    }
    let own = content_words(text);
    if !own.is_empty() {
        let shared = own
            .iter()
            .filter(|w| context.body_words.contains(w))
            .count();
        s += 4.0 * shared as f64 / own.len() as f64;
    }
    s
}

/// How many lines under a teaser's headline its link to the post may stand (past a date,
/// a summary, a picture).
const TEASER_LINK_REACH: usize = 4;

/// A link to the rest of a post, printed under its teaser on a list of posts.
static READ_ON: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)^(?:read\s+more|continue\s+reading|read\s+the\s+(?:full\s+)?(?:story|article|post)|read\s+the\s+rest|weiterlesen|mehr\s+lesen|lire\s+la\s+suite|lire\s+plus|leer\s+más|seguir\s+leyendo|continuar\s+lendo|leia\s+mais|leggi\s+(?:tutto|di\s+più|l'articolo)|continua\s+a\s+leggere|lees\s+(?:meer|verder)|läs\s+mer|læs\s+mere|les\s+mer|lue\s+lisää|czytaj\s+(?:dalej|więcej)|číst\s+dál|читать\s+(?:далее|дальше)|devamını\s+oku|続きを読む|もっと読む|阅读全文|閱讀全文|더\s*보기|اقرأ\s+المزيد)\s*(?:[»›→>…]|\.\.\.|\[?…\]?)?$",
    )
    .expect("valid regex")
});

/// How many lines under a title candidate its byline or date line may stand.
const HEADER_LINE_REACH: usize = 3;

/// What standing over a wiki's tagline adds to a title candidate's score: more than the
/// longest distance penalty (six short lines and a sidebar of a hundred menu items).
const WIKI_TITLE_BONUS: f64 = 40.0;

/// How many lines a wiki's page controls (`Article`, `Talk`, `Edit`, `View history`,
/// `Tools`, `6 languages`) may take between an article's title and the wiki's tagline.
const WIKI_CONTROLS: usize = 12;

/// Whether the wiki's tagline (`From Wikipedia, the free encyclopedia`) comes after the
/// line at `i` with nothing between but page controls: menus, share buttons, furniture, and
/// short lines of one or two words (the tabs of Wikipedia's 2022 skin).
fn above_wiki_tagline(units: &[Unit], i: usize) -> bool {
    for u in units[i + 1..].iter().take(WIKI_CONTROLS) {
        if WIKI_TAGLINE.is_match(&u.text) {
            return true;
        }
        let control = matches!(
            u.kind,
            Kind::Nav | Kind::Share | Kind::Furniture | Kind::Alt
        ) || (u.kind == Kind::Short && word_count(&u.text) <= 2);
        if !control {
            return false;
        }
    }
    false
}

static KICKER_TITLE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^([^|]{2,30})\|(\S.+)$").expect("valid regex"));

/// A prose-shaped line that can still be a headline: one sentence of at most 25 words ending
/// in `?`/`!` (`How does the brain…?`), or printed twice on the page (as a line, or after a
/// `Kicker|` prefix), however it ends (`… Underneath N.Y.C.`).
fn is_prose_headline(units: &[Unit], i: usize) -> bool {
    let unit = &units[i];
    if unit.kind != Kind::Prose || unit.bulleted || word_count(&unit.text) > 25 {
        return false;
    }
    let exclaims = unit
        .text
        .trim_end_matches(['"', '”', '’', '\'', ')', '»'])
        .ends_with(['?', '!', '？', '！']);
    if heads_a_byline(units, i) {
        return true;
    }
    if is_cjk_headline(units, i) {
        return true;
    }
    if !single_sentence(&unit.text) && !exclaims {
        return false;
    }
    if exclaims {
        return true;
    }
    // Repeated: only headline-shaped (title case, or ending in an abbreviation like `N.Y.C.`),
    // judged without a `Kicker|` before it (`New York|Manhole Fires … N.Y.C.`).
    let own = KICKER_TITLE
        .captures(&unit.text)
        .and_then(|c| c.get(2))
        .map_or(unit.text.as_str(), |m| m.as_str());
    if !(headline_case(own) || ABBREVIATION_END.is_match(own)) {
        return false;
    }
    let after_kicker = format!("|{own}");
    units
        .iter()
        .enumerate()
        .any(|(j, u)| j != i && (u.text == own || u.text.ends_with(&after_kicker)))
}

/// The most characters of a CJK headline (Japanese and Chinese ones run to 30–50).
const CJK_HEADLINE_CHARS: usize = 60;

/// A CJK line that is prose by its length and a headline by its end: no full stop in it, at
/// most one space (a row of links has more), and the paragraphs after it end with theirs
/// (`トレンドマイクロ、公衆無線LANを安全に使うためのアプリ「フリーWi-Fiプロテクション」` over
/// `トレンドマイクロは3月9日、…発表した。`). A page whose paragraphs never end with a full stop
/// (a blog's lines of verse) gives no such contrast.
fn is_cjk_headline(units: &[Unit], i: usize) -> bool {
    let text = &units[i].text;
    if !cjk_heavy(text)
        || text.contains(['。', '！', '？', '.', '!', '?'])
        || text.chars().count() > CJK_HEADLINE_CHARS
        || text.matches([' ', '\u{3000}']).count() > 1
    {
        return false;
    }
    let after: Vec<&Unit> = units[i + 1..]
        .iter()
        .filter(|u| u.kind == Kind::Prose)
        .take(3)
        .collect();
    !after.is_empty() && after.iter().all(|u| ends_sentence(&u.text))
}

/// The longest deck that may stand between a headline and its byline (words).
const DECK_WORDS: usize = 60;

/// Whether the line at `i` heads an article's header: no headline stands right above it,
/// and a date or byline line follows it within four lines, with at most one paragraph (a
/// deck longer than the headline, of up to [`DECK_WORDS`] words) and page furniture
/// between (`Ravenous wild goats ruled this island for over a century. Now, it's being
/// reborn.` / `The rocky island of Redonda …` / `By Michael Hingston`). A magazine's
/// headline may be two sentences with full stops.
fn heads_a_byline(units: &[Unit], i: usize) -> bool {
    // Under a headline of three words or more, the paragraph is that headline's deck.
    let above = units[..i].iter().rev().find(|u| {
        !matches!(
            u.kind,
            Kind::Furniture | Kind::Share | Kind::Alt | Kind::Genre(_)
        )
    });
    if above.is_some_and(|u| is_title_candidate(u) && word_count(&u.text) >= 3) {
        return false;
    }
    let mut decks = 0;
    for u in units[i + 1..].iter().take(4) {
        match &u.kind {
            Kind::Date(..) | Kind::Byline { .. } => return true,
            // A deck says more than its headline.
            Kind::Prose
                if decks == 0
                    && (word_count(&units[i].text)..=DECK_WORDS).contains(&word_count(&u.text)) =>
            {
                decks += 1
            }
            kind if is_header_meta(kind) => {}
            _ => return false,
        }
    }
    false
}

static ABBREVIATION_END: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\b(?:\p{Lu}\.){2,}$").expect("valid regex"));

/// A date, a clock time (`12:46`; `12.46` only before `am`/`pm`/`Uhr`/a zone or at the end,
/// so that `0.17 in sight` is a version, not a time) or a relative time (`2 days ago`).
static DATEISH: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b|\b\d{1,2}\.?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b|\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}:\d{2}\b|\b\d{1,2}\.\d{2}(?:\s*(?:[ap]\.?m\.?|uhr|h|(?-i:[A-Z]{3}))\b|\s*$)|\b\d+\s+(?:mins?|minutes?|hours?|hrs?|days?|weeks?|months?|years?)\s+ago\b",
    )
    .expect("valid regex")
});

/// A line that opens like a byline (`by Jane Doe…`, `Posted by …`) even when the rest did not
/// parse (`Von Olaf KempinOlaf Kempin (Autor)`); never a headline. `By the numbers: …` (a
/// lower-case word next) still may be.
static BYLINE_OPENING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^(?:by|(?i:posted|written)\s+by)\s|^(?:By|BY|Von|VON|Par|Por)\s+\p{Lu}\S*\s+\p{Lu}",
    )
    .expect("valid regex")
});

/// A line of keywords (an image's alt text or a tag line): four or more comma-separated
/// items of one or two words, none joined by `and` (`Hashtag, Hashtags, Raute, Twitter,
/// erfolgreiche Tweets`). Headlines list with a conjunction, and rarely four things.
fn is_keyword_line(text: &str) -> bool {
    let items: Vec<&str> = text.split(',').map(str::trim).collect();
    items.len() >= 4
        && items.iter().all(|item| (1..=2).contains(&word_count(item)))
        && !items.iter().any(|item| {
            item.split_whitespace()
                .any(|w| matches!(w, "and" | "und" | "et" | "y" | "e" | "&" | "or" | "oder"))
        })
}

fn is_title_candidate(unit: &Unit) -> bool {
    !is_keyword_line(&unit.text)
        && unit.kind == Kind::Short
        && !unit.bulleted
        && !unit.text.ends_with(['.', ':', ','])
        && unit.text.chars().any(char::is_alphabetic)
        && unit.text.chars().count() <= 200
        && !BYLINE_OPENING.is_match(&unit.text)
        && !is_more_link(&unit.text)
        && !SPONSOR_END.is_match(&unit.text)
        && !NEVER_A_TITLE.is_match(&unit.text)
}

/// Lines that are never a headline: a picture's credit (`Foto: Stuttgart Marketing`,
/// `Image: Stefan Falke for Weltwoche`, `Courtesy of Forests News`), the paper a story
/// came from (`From: Herald Sun`), a form's field label
/// (`Mail (will not be published) (required)`), and a line of an address or a contact
/// (`Telefon: 034771/28076`, `Görlitzer Str. 45, Horka /OL, 02923`, `06268 Querfurt`,
/// `Gastgeber: Xing AG, Dammtorstraße 29-32, 20354 Hamburg`).
static NEVER_A_TITLE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)^(?:(?:photo|photograph|image|picture|credit|foto|bild|quelle|source)s?\s*(?::|by\b)|courtesy\s+of\b|from\s*:)|\((?:required|erforderlich|obligatoire|obligatorio|obbligatorio)\)|^(?:tel(?:efon|ephone)?|phone|fon|fax|mobil|mobile|handy|e-?mail|anschrift|adresse|address)\.?\s*:|(?:str\.|straße|strasse|gasse|allee|street|avenue|ave\.|road)\s*\d+\s*(?:[-–]\s*\d+\s*)?[a-z]?(?:,|$)|^\d{5}\s+\p{Lu}\p{L}+(?:\s+\p{Lu}\p{L}+)?$",
    )
    .expect("valid regex")
});

/// A link that leads on (`View All Stories »`, `More news ›`, `Next →`): an arrow after a
/// space ends it, and no `«` opens a quotation that the `»` would close.
fn is_more_link(text: &str) -> bool {
    [" »", " ›", " →", " >>"].iter().any(|a| text.ends_with(a)) && !text.contains('«')
}

/// A short header line with a date or time in it that the reader did not take for a date
/// line (`AFP 30 avril 2015 à 07:19 (Mis à jour : …)`, `2/26/2015 7:11 AM PST BY TMZ STAFF`).
fn is_dated_header_line(unit: &Unit) -> bool {
    unit.kind == Kind::Short && word_count(&unit.text) <= 16 && DATEISH.is_match(&unit.text)
}

/// A standfirst printed without its full stop under the headline: a sentence-case line of
/// 8 to 45 words (`Na ocasião, técnico do Corinthians entregou réplica do troféu ao
/// ex-presidente`), longer than the headline of five words or more above it (a headline
/// under a one-word kicker is no deck).
fn is_deck(text: &str, headline: &str) -> bool {
    if word_count(headline) < 5 || text.chars().count() <= headline.chars().count() {
        return false;
    }
    let words = word_count(text);
    let capitalised = text
        .split_whitespace()
        .filter(|w| w.chars().next().is_some_and(char::is_uppercase))
        .count();
    (8..=45).contains(&words)
        && capitalised * 10 < words * 4
        && text.chars().next().is_some_and(char::is_uppercase)
        && !DATEISH.is_match(text)
}

/// What a line gains as the title the page's pictures name.
const PICTURE_NAMED_BONUS: f64 = 12.0;

/// Lines over a standfirst its headline may stand (past the photo and its caption).
const DECK_REACH: usize = 3;

/// Fewest words of a standfirst that loses the title to the headline over it (a headline of
/// eight words under a one-line box is still the headline).
const STANDFIRST_WORDS: usize = 12;

/// How far after a related-stories heading its teasers can reach.
const RELATED_BLOCK_UNITS: usize = 12;

/// How far a stack of dated teaser cards that repeat line for line can reach from its
/// related-stories heading, and how many lines one of its cards may have.
const TEASER_STACK_UNITS: usize = 60;
const TEASER_CARD_LINES: usize = 6;

/// Lines under the title searched for a byline of one name ([`lone_word_byline`]).
const LONE_BYLINE_REACH: usize = 2;

/// Lines under a post's text searched for its date when its header gives none.
const FOOT_LINES: usize = 3;

/// The date a line under a post's text gives: a date line, or the one date in a short
/// line (`Von Christian am 03.05.2013, 11:51 | 0 Meinungen`). A line with two dates is a
/// table's row or a list's entry (`Rath, Heribert Heimicke 01.09.1907 08.07.1941`).
fn foot_dateline(text: &str) -> Option<(DateRole, DateValue)> {
    dates::date_line(text, None)
        .or_else(|| (dates::count_dates_in(text) == 1).then(|| dates::find_date_in(text, None))?)
}

/// The date a body paragraph opens with as its dateline ([`dates::opening_dateline`]).
fn opening_dateline(unit: &Unit) -> Option<(DateRole, DateValue)> {
    if unit.kind != Kind::Prose {
        return None;
    }
    dates::opening_dateline(&unit.text, None).map(|value| (DateRole::Published, value))
}

/// Lines between a name under the title and a date line beside it (`Mike Conley` /
/// `December 18, 2020`; `Vincent Vallet` / `Follow` / `Oct 18, 2019`).
const NAME_DATE_REACH: usize = 2;

/// An author's name on a line of its own between the title at `title` and the body: two to
/// five capitalised words (see [`is_name`]), and the page shows it is a person's, with a date
/// line beside it or the name printed again ([`names_again`]). A
/// capitalised line with neither (`Climate Change`, a sub-heading) is no author, nor is a
/// wiki's infobox line.
fn header_name(units: &[Unit], title: usize, body_start: usize) -> Option<String> {
    let lone = |k: usize| match units[k].kind {
        Kind::Short => true,
        // A list of one (`1. Sarah Archer`): the byline's markup, not a menu.
        Kind::Nav => {
            let nav = |j: Option<usize>| {
                j.and_then(|j| units.get(j))
                    .is_some_and(|u| u.kind == Kind::Nav)
            };
            !nav(k.checked_sub(1)) && !nav(Some(k + 1))
        }
        _ => false,
    };
    (title + 1..body_start.min(units.len()))
        .filter_map(|k| {
            let name = name_with_role(&units[k].text)?;
            (lone(k) && !in_related_block(units, k)).then_some((k, name))
        })
        .find(|&(k, name)| {
            // The date under the name, or right over it and the author's picture (a date
            // over a sub-heading and a `Play Video` under that is no byline).
            // A relative time (`před 2 hodinami`, `3 hours ago`) says as much.
            let is_date = |u: &Unit| {
                matches!(u.kind, Kind::Date(..))
                    || RELATIVE_TIME.find(&u.text).is_some_and(|m| m.start() == 0)
            };
            let dated = units[k + 1..(k + 1 + NAME_DATE_REACH).min(units.len())]
                .iter()
                .any(is_date)
                || units[k.saturating_sub(NAME_DATE_REACH)..k]
                    .iter()
                    .rev()
                    .find(|u| !matches!(u.kind, Kind::Furniture | Kind::Alt))
                    .is_some_and(is_date);
            // Not in a menu or a list of places (`New Zealand` in a wiki's navigation box).
            let printed_again = units
                .iter()
                .enumerate()
                .any(|(j, u)| j != k && u.kind != Kind::Nav && names_again(units, j, k, name));
            // A link under it about its author (`Search for this author in:`).
            let cued = units[k + 1..(k + 1 + NAME_DATE_REACH).min(units.len())]
                .iter()
                .any(|u| AUTHOR_CUE.is_match(&u.text));
            dated || printed_again || cued
        })
        .map(|(_, name)| name.to_string())
}

/// A link under an author's name that is about them (`Search for this author in:`, `View
/// profile`).
static AUTHOR_CUE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:search for this author|(?:view|see) (?:author )?profile|author profile|(?:more|all) (?:articles|stories|posts) (?:by|from) this author)\b")
        .expect("valid regex")
});

/// The name in a line of an author's name, perhaps followed by their role (`Richard Adams
/// Education editor`: the role opens at its last capitalised word and ends in a role's word,
/// see [`ROLE_WORDS`]).
fn name_with_role(text: &str) -> Option<&str> {
    if is_name(text) {
        return Some(text);
    }
    let last = text.split_whitespace().last()?;
    if !ROLE_WORDS.contains(&last.to_lowercase().as_str()) {
        return None;
    }
    let mut previous = ' ';
    let role_start = text
        .char_indices()
        .filter(|&(_, c)| {
            let word_start = previous.is_whitespace();
            previous = c;
            word_start && c.is_uppercase()
        })
        .last()?
        .0;
    let name = text.get(..role_start)?.trim_end();
    is_name(name).then_some(name)
}

/// An author's name on a line of its own over the date line over the title, which the page
/// names again in a line about them (Wired's `TOM BENNETT` / `BUSINESSNOV 7, 2023 2:00 AM`
/// / headline, and under the article `Tom Bennett is a freelance reporter …`, see
/// [`names_again`]): a section's label over a date is named nowhere else. A name set in
/// capitals is kept as the page writes it in running text.
fn name_over_dated_title(units: &[Unit], title: usize) -> Option<String> {
    let mut above = (title.saturating_sub(NAME_DATE_REACH + 2)..title)
        .rev()
        .filter(|&k| !matches!(units[k].kind, Kind::Furniture | Kind::Share | Kind::Alt));
    let (date, k) = (above.next()?, above.next()?);
    if !matches!(units[date].kind, Kind::Date(..))
        || units[k].kind != Kind::Short
        || in_related_block(units, k)
    {
        return None;
    }
    let name = name_with_role(units[k].text.trim())?;
    let as_in_prose = name
        .split_whitespace()
        .map(|word| {
            let mut chars = word.chars();
            chars.next().map_or(String::new(), |first| {
                first
                    .to_uppercase()
                    .chain(chars.flat_map(char::to_lowercase))
                    .collect()
            })
        })
        .collect::<Vec<_>>()
        .join(" ");
    [name.to_string(), as_in_prose]
        .into_iter()
        .find(|spelling| {
            (0..units.len()).any(|j| j != k && j != date && names_again(units, j, k, spelling))
        })
}

/// What stands before an author's name printed again: `MORE FROM`, `Posts by`, `Image of`,
/// or the picture's placeholder (`[0]`, `dsteer-headshot`).
static NAME_AGAIN_LEAD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)^(?:more (?:from|by)|(?:all )?(?:posts|articles|stories|columns) (?:from|by)|(?:written |posted )?by|(?:mehr |alle (?:artikel|beiträge) )?von|(?:image|photo|picture|avatar) (?:of|for)|\[[^\]]*\]|\S*(?:headshot|avatar|portrait)\S*)$",
    )
    .expect("valid regex")
});

/// Whether unit `j` prints the name `name` of unit `k` again: the same line beside it (the
/// author's picture's alt text, then the name), the line's end after what introduces an
/// author (`MORE FROM Nathanael Johnson`, `[0] Pippin Lee`), or the opening of a sentence
/// about them (`Ben Silverman is on Twitter at ben_silverman.`). The same line far away is
/// as often a button (`Play Video`, `Link Copied`).
fn names_again(units: &[Unit], j: usize, k: usize, name: &str) -> bool {
    let text = units[j].text.as_str();
    if text == name {
        return j.abs_diff(k) <= NAME_DATE_REACH;
    }
    if let Some(lead) = text.strip_suffix(name) {
        if lead.ends_with(char::is_whitespace) && NAME_AGAIN_LEAD.is_match(lead.trim()) {
            return true;
        }
    }
    text.strip_prefix(name)
        .and_then(|rest| rest.strip_prefix(' '))
        .and_then(|rest| rest.split_whitespace().next())
        .is_some_and(|verb| BIO_VERBS.contains(&verb))
}

/// The verbs a note about an author opens with after their name (`Ben Silverman is on
/// Twitter`, `Jane Doe covers …`, `Max Muster schreibt …`).
const BIO_VERBS: &[&str] = &[
    "is", "was", "writes", "covers", "reports", "lives", "ist", "war", "schreibt", "lebt", "est",
    "écrit", "vit", "es", "escribe", "è", "scrive",
];

/// Whether the unit stands among the teasers under a related-stories heading (`Sur le même
/// sujet`): a heading shortly before it, and no paragraph of prose between.
fn in_related_block(units: &[Unit], i: usize) -> bool {
    let near = units[i.saturating_sub(RELATED_BLOCK_UNITS)..i]
        .iter()
        .rev()
        .take_while(|u| u.kind != Kind::Prose)
        .any(|u| u.kind == Kind::RelatedMarker);
    near || in_long_teaser_stack(units, i)
}

/// Whether line `i` is in a stack of teaser cards that reaches past
/// [`RELATED_BLOCK_UNITS`] from its related-stories heading: every line from the heading's
/// second item to `i` repeats the kind of the line one card above it (BBC Chinese's
/// `headline` / `2012年6月27日` / `,` / `香港`, six cards deep), so a date far down the
/// stack is still a teaser's.
fn in_long_teaser_stack(units: &[Unit], i: usize) -> bool {
    let Some(marker) = units[i.saturating_sub(TEASER_STACK_UNITS)..i]
        .iter()
        .rposition(|u| u.kind == Kind::RelatedMarker || u.kind == Kind::Prose)
        .map(|k| k + i.saturating_sub(TEASER_STACK_UNITS))
        .filter(|&k| units[k].kind == Kind::RelatedMarker && i - k > RELATED_BLOCK_UNITS)
    else {
        return false;
    };
    // The first item may be marked as a related item where its followers are not.
    let kind = |k: usize| match units[k].kind {
        Kind::RelatedItem => std::mem::discriminant(&Kind::Short),
        ref other => std::mem::discriminant(other),
    };
    (2..=TEASER_CARD_LINES).any(|period| {
        let cards = marker + 1..=i;
        let has_date = cards
            .clone()
            .take(period)
            .any(|k| matches!(units[k].kind, Kind::Date(..)));
        has_date && cards.skip(period).all(|k| kind(k) == kind(k - period))
    })
}

/// A phrase that ends a line to name a sponsor on the next (`Seascape: the state of our
/// oceans is supported by` / `The David and Lucile Packard Foundation`).
static SPONSOR_END: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)\b(?:supported|sponsored|presented|powered|funded|underwritten|brought\s+to\s+you|paid\s+for|advertising|ads)\s+by:?$|\bin\s+(?:partnership|association|collaboration)\s+with:?$|\b(?:unterstützt|präsentiert|gesponsert)\s+von:?$|\b(?:soutenu|présenté|sponsorisé)\s+par:?$",
    )
    .expect("valid regex")
});

/// Whether line `i` is an entry of a menu: a line of at most four words under three more
/// such lines (menu entries, furniture), with no blank line between them, as a browser
/// copies a navigation bar (`Explainers` / `The Reporters` / `Have Your Say`). The article's
/// date a few lines down does not make its last entry a headline; a short headline under a
/// breadcrumb, with its date or byline right under it, is no menu entry.
fn in_a_copied_menu(units: &[Unit], i: usize) -> bool {
    let short = |u: &Unit| {
        matches!(
            u.kind,
            Kind::Short | Kind::Nav | Kind::Furniture | Kind::Share
        ) && word_count(&u.text) <= 4
    };
    // A short headline under a breadcrumb has its date or byline right under it.
    let dated = units[i + 1..]
        .iter()
        .find(|u| !matches!(u.kind, Kind::Furniture | Kind::Share | Kind::Alt))
        .is_some_and(|u| matches!(u.kind, Kind::Date(..) | Kind::Byline { .. }));
    i >= 3
        && !dated
        && short(&units[i])
        && units[i - 3..i].iter().all(short)
        && units[i - 2..=i].iter().all(|u| !u.blank_before)
}

/// The line after a sponsorship phrase may name the sponsor (or the sponsor is a logo, and
/// the headline follows).
fn after_sponsor_phrase(units: &[Unit], i: usize) -> bool {
    i.checked_sub(1)
        .and_then(|p| units.get(p))
        .is_some_and(|u| SPONSOR_END.is_match(&u.text))
}

/// How far above the body (in units) the title is looked for. Past a few dozen lines of
/// menus a candidate's distance penalty has long decided against it.
const TITLE_WINDOW: usize = 300;

/// The title candidates with their scores, in page order: headline-like lines before the
/// body (at most [`TITLE_WINDOW`] units above it, so a paste of thousands of short lines is
/// not scored line against line), and a prose-shaped headline opening it.
fn title_candidates(units: &[Unit], body_start: usize, body_end: usize) -> Vec<(f64, usize)> {
    let context = TitleContext::new(units, body_start, body_end);
    let reach = HEADLINE_IN_RUN_REACH.max(REPEATED_HEADLINE_REACH);
    (body_start.saturating_sub(TITLE_WINDOW)..(body_start + reach).min(units.len()))
        .filter(|&i| {
            (i < body_start && is_title_candidate(&units[i]))
                || (i <= body_start && is_prose_headline(units, i))
                || (i > body_start && headline_in_run(units, body_start, i))
        })
        .map(|i| {
            let opens_run = i == body_start;
            (
                title_score(units, i, body_start.max(i), opens_run, &context),
                i,
            )
        })
        .collect()
}

/// How many lines into the body's run a blog post's headline may stand (see
/// [`dated_headline_in_run`]).
const HEADLINE_IN_RUN_REACH: usize = 4;

/// How many lines into the body's run a headline printed again over the text may stand
/// (see [`repeated_headline_in_run`]).
const REPEATED_HEADLINE_REACH: usize = 7;

/// A headline inside the run the body was found in, which starts the article: a blog
/// post's under its date ([`dated_headline_in_run`]), or one printed again right over the
/// text ([`repeated_headline_in_run`]).
fn headline_in_run(units: &[Unit], body_start: usize, i: usize) -> bool {
    (i < body_start + HEADLINE_IN_RUN_REACH && dated_headline_in_run(units, i))
        || (i < body_start + REPEATED_HEADLINE_REACH
            && repeated_headline_in_run(units, body_start, i))
}

/// A headline printed twice a few lines apart, with only its share buttons between, the
/// second time right over the first paragraph (Medium's page header and its story's
/// heading): what stood before (a dialog's sentence that read as the run's first
/// paragraph) is not the article. The first copy stands at most one line into the run (a
/// quote printed twice with its `Tweet` button, further into the text, is no headline),
/// and a line opening with a quote mark is none.
fn repeated_headline_in_run(units: &[Unit], body_start: usize, i: usize) -> bool {
    let text = &units[i].text;
    let between = |u: &Unit| {
        matches!(u.kind, Kind::Share | Kind::Furniture | Kind::Alt)
            || (u.kind == Kind::Short && word_count(&u.text) <= 4)
    };
    is_title_candidate(&units[i])
        && word_count(text) >= 3
        && !text.starts_with(OPENING_QUOTES)
        && units.get(i + 1).is_some_and(|u| u.kind == Kind::Prose)
        && units[i.saturating_sub(REPEATED_HEADLINE_REACH)..i]
            .iter()
            .rposition(|u| u.text == *text)
            .is_some_and(|at| {
                let first = i.saturating_sub(REPEATED_HEADLINE_REACH) + at;
                first <= body_start + 1 && units[first + 1..i].iter().all(between)
            })
}

/// A blog post's headline inside the run the body was found in, under the post's date and
/// over its first paragraph (`Python core development news and information.` / `Friday,
/// December 23, 2016` / `Python 3.6.0 is now available!` / the text): what stands above
/// that date is the blog's masthead, whose tagline read as a paragraph.
fn dated_headline_in_run(units: &[Unit], i: usize) -> bool {
    is_title_candidate(&units[i])
        && dated_above(units, i)
        && units.get(i + 1).is_some_and(|u| u.kind == Kind::Prose)
}

/// Whether the line before `i`, past furniture, share buttons and alt text, is a date or a
/// byline.
fn dated_above(units: &[Unit], i: usize) -> bool {
    units[..i]
        .iter()
        .rev()
        .find(|u| !matches!(u.kind, Kind::Furniture | Kind::Share | Kind::Alt))
        .is_some_and(|u| matches!(u.kind, Kind::Date(..) | Kind::Byline { .. }))
}

fn assemble(units: &[Unit]) -> Extracted {
    let mut out = Extracted::default();
    let run = best_run(units);
    let (body_start, body_end) = run.unwrap_or((units.len(), units.len()));

    // Title: the best-scored candidate (the last of equals), else the first candidate line.
    let title_idx = title_candidates(units, body_start, body_end)
        .into_iter()
        .fold(None::<(f64, usize)>, |best, (s, i)| match best {
            Some((b, _)) if b > s => best,
            _ => Some((s, i)),
        })
        .map(|(_, i)| i)
        .or_else(|| units.iter().position(is_title_candidate));
    // A headline found inside the run starts the article: what is above it is its header.
    let body_start = match title_idx {
        Some(t) if t > body_start && t < body_end && headline_in_run(units, body_start, t) => t + 1,
        _ => body_start,
    };
    if let Some(t) = title_idx {
        let text = &units[t].text;
        match KICKER_TITLE.captures(text) {
            Some(c) if !text.contains(" | ") => {
                let kicker = c.get(1).map_or("", |m| m.as_str()).trim();
                out.title = c.get(2).map_or("", |m| m.as_str()).trim().to_string();
                if let Some(g) = genre_word(kicker) {
                    out.genre = Some(g.to_string());
                } else if out.section.is_empty() {
                    out.section = vec![kicker.to_string()];
                }
            }
            _ => out.title = text.clone(),
        }
        // Kicker directly above the title.
        if let Some(prev) = t.checked_sub(1).and_then(|p| units.get(p)) {
            if let Kind::Genre(g) = &prev.kind {
                out.genre = Some(g.clone());
            }
        }
    }
    let header_from = title_idx.unwrap_or(0);

    // Breadcrumb: the last one before the title (or the body).
    let crumb_limit = title_idx.unwrap_or(body_start);
    let crumb = units[..crumb_limit.min(units.len())]
        .iter()
        .rev()
        .find_map(|u| match &u.kind {
            Kind::Breadcrumb(s) => Some(s.clone()),
            _ => None,
        })
        .or_else(|| {
            // Anywhere else on the page only an arrow trail (`News > World`) counts: a line
            // joined by ` / ` further down is as often a photo credit or a footer's links.
            units.iter().find_map(|u| match &u.kind {
                Kind::Breadcrumb(s) if !u.text.contains(" / ") => Some(s.clone()),
                _ => None,
            })
        });
    if let Some(mut segments) = crumb {
        // The trail's home page and, on Chinese sites, its `正文` ("the text") are no
        // sections.
        if segments.first().is_some_and(|s| is_home_crumb(s)) {
            segments.remove(0);
        }
        if segments.last().is_some_and(|s| s == "正文") {
            segments.pop();
        }
        if out.genre.is_none() {
            out.genre = segments
                .iter()
                .find_map(|s| genre_word(s))
                .map(str::to_string)
                .or_else(|| {
                    segments
                        .first()
                        .filter(|s| s.eq_ignore_ascii_case("news"))
                        .map(|_| "news".to_string())
                });
        }
        if !segments.is_empty() {
            out.section = segments;
        }
    }

    // Dates, byline, URL: header zone first (title to body start and a little into the body),
    // then anywhere; never from the teasers under a related-stories heading.
    let header_end = (body_start + 3).min(units.len());
    // Outside the header zone, the lines nearest the title come first: a masthead's
    // today's date at the top of the page is farther from the article than its own.
    let mut rest: Vec<usize> = (0..units.len()).collect();
    rest.sort_by_key(|&k| k.abs_diff(header_from));
    let zones = [(header_from..header_end).collect::<Vec<_>>(), rest];
    // A byline naming the site itself (`By` / `The Planetary Press`, the masthead's words on
    // a line of their own elsewhere on the page) gives way to a person's in the header
    // (`Written by: Julie Mollins`, a story the site republished).
    let mastheads: HashSet<&str> = units
        .iter()
        .filter(|u| u.kind == Kind::Short)
        .map(|u| u.text.as_str())
        .collect();
    let site_named = |byline: &str| mastheads.contains(byline);
    // A wiki's article is not dated in its text: the dates on its lines are its subject's
    // (`Founded February 28, 1998` in an infobox); its footer's `This page was last edited
    // on …` is when it last changed.
    let wiki = units
        .iter()
        .any(|u| u.kind == Kind::Furniture && WIKI_TAGLINE.is_match(&u.text));
    // The article ends where its comments begin: the dates under them are the readers'
    // or the sidebar's teasers' (`Popular Posts` / a headline / `November 16, 2016`).
    let comments_from = units
        .iter()
        .enumerate()
        .skip(body_end)
        .find(|(_, u)| u.kind == Kind::Comments)
        .map_or(units.len(), |(k, _)| k);
    let mut site_byline = false;
    for (z, zone) in zones.into_iter().enumerate() {
        for k in zone {
            let u = &units[k];
            if in_related_block(units, k) || (z == 1 && k > comments_from) {
                continue;
            }
            match &u.kind {
                Kind::Date(DateRole::Published, v) if out.published.is_none() && !wiki => {
                    out.published = Some(v.clone());
                }
                Kind::Date(DateRole::Modified, v) if out.modified.is_none() => {
                    out.modified = Some(v.clone());
                }
                Kind::Byline {
                    byline,
                    authors,
                    date,
                } if out.byline.is_none() || (z == 0 && site_byline && !site_named(byline)) => {
                    site_byline = site_named(byline);
                    if out.genre.is_none() {
                        out.genre = genre_byline(&u.text).map(|(g, _)| g.to_string());
                    }
                    out.byline = Some(byline.clone());
                    out.authors = authors.clone();
                    if out.published.is_none() {
                        out.published = date.clone();
                    }
                }
                // The author's byline again with its date (`von Heiner` under the title,
                // `Dieser Artikel wurde am … von Heiner geschrieben` under the text).
                Kind::Byline {
                    authors,
                    date: Some(date),
                    ..
                } if out.published.is_none() && *authors == out.authors => {
                    out.published = Some(date.clone());
                }
                Kind::Url(url) if out.url.is_none() => out.url = Some(url.clone()),
                _ => {}
            }
        }
    }

    // No byline line: an author's name on a line of its own under the title, as blogs and
    // magazines print it (`Vincent Vallet` / `Follow` / `Oct 18, 2019 · 8 min read`).
    if out.byline.is_none() {
        if let Some(name) = title_idx
            .filter(|_| !wiki)
            .and_then(|t| header_name(units, t, body_start))
        {
            out.byline = Some(name.clone());
            out.authors = vec![name];
        }
    }
    // Or an author's name over the date line over the title (Wired's).
    if out.byline.is_none() {
        if let Some(name) = title_idx
            .filter(|_| !wiki)
            .and_then(|t| name_over_dated_title(units, t))
        {
            out.byline = Some(name.clone());
            out.authors = vec![name];
        }
    }
    // Or a byline of one name right under the title (`von Heiner`).
    if out.byline.is_none() {
        let name = title_idx.filter(|_| !wiki).and_then(|t| {
            units
                .get(t + 1..(t + 1 + LONE_BYLINE_REACH).min(body_start))?
                .iter()
                .filter(|u| u.kind == Kind::Short)
                .find_map(|u| lone_word_byline(&u.text))
        });
        if let Some(name) = name {
            out.byline = Some(name.to_string());
            out.authors = vec![name.to_string()];
        }
    }

    // No date line: a date inside a short header line that is not prose (`Von Christian am
    // 03.05.2013, 11:51 | 0 Meinungen`, `Autor: kinra | Artikel veröffentlicht am 16.12.2012`,
    // `jeudi 27 juin 2019, par loldf`).
    if out.published.is_none() && out.modified.is_none() && !wiki {
        let dated = units
            .get(header_from..header_end)
            .unwrap_or(&[])
            .iter()
            .filter(|u| u.kind != Kind::Prose && !matches!(u.kind, Kind::Caption { .. }))
            .find_map(|u| dates::find_date_in(&u.text, None));
        // Else the body's first paragraph opening with its date (`(18.01.2018) Deutschlands
        // Landwirte zittern …`), or the post's foot: a short line right under the text
        // (`Autor: kinra | Artikel veröffentlicht am 16.12.2012`, `(futurezone) Erstellt am
        // 09.08.2013, 06:00`), as blogs date a post.
        let dated = dated
            .or_else(|| opening_dateline(units.get(body_start)?))
            .or_else(|| {
                (body_end..(body_end + FOOT_LINES).min(units.len()))
                    .filter(|&k| !in_related_block(units, k))
                    .map(|k| &units[k])
                    .take_while(|u| u.kind != Kind::Prose && u.kind != Kind::Comments)
                    .filter(|u| !matches!(u.kind, Kind::Caption { .. } | Kind::Nav))
                    .find_map(|u| foot_dateline(&u.text))
            });
        match dated {
            Some((DateRole::Published, v)) => out.published = Some(v),
            Some((DateRole::Modified, v)) => out.modified = Some(v),
            None => {}
        }
    }
    // The first paragraph opening with its date dates the article also where the page
    // gives only its last change elsewhere (transgen.de's `Letzte Aktualisierung: 18.01.2018`
    // at its foot).
    if out.published.is_none() && !wiki {
        if let Some((_, value)) = units.get(body_start).and_then(opening_dateline) {
            out.published = Some(value);
        }
    }

    // Photos: captions from the title to the end of the body (with the line each was on,
    // to place it between the body's paragraphs).
    let photo_zone = header_from..body_end.max(header_from).min(units.len());
    let mut caption_lines: Vec<usize> = Vec::new();
    for i in photo_zone {
        if let Kind::Caption { caption, credit } = &units[i].kind {
            // The same picture printed again (a lead photo repeated in the text): pasted text
            // has no image to tell two photos apart, so a long caption seen again with the same
            // credit is one record. A short one (`Screenshot Whatsapp.`) may label several.
            let same = |p: &ExtractedPhoto| {
                p.caption.as_deref() == Some(caption.as_str()) && p.credit == *credit
            };
            if word_count(caption) >= REPEATED_CAPTION_WORDS && out.photos.iter().any(same) {
                continue;
            }
            caption_lines.push(i);
            let credit = credit.clone();
            let alt = i
                .checked_sub(1)
                .and_then(|p| units.get(p))
                .filter(|u| u.kind == Kind::Alt)
                .map(|u| u.text.clone());
            out.photos.push(ExtractedPhoto {
                caption: (!caption.is_empty()).then(|| caption.clone()),
                credit,
                alt,
                url: None,
                bytes: None,
                missing_reason: None,
            });
        }
    }

    // Related links: items after markers, from the title on.
    for u in &units[header_from.min(units.len())..] {
        if u.kind == Kind::RelatedItem {
            out.related.push(ExtractedLink {
                title: u.text.clone(),
                url: None,
            });
        }
    }

    // Body paragraphs.
    let inner_lists = lists_inside(units, body_start, body_end);
    let boilerplate = repeated_lines(units);
    let mut body: Vec<usize> = (body_start..body_end)
        .filter(|&i| match units[i].kind {
            // The headline printed again (after a `Kicker|Headline` line) is not body text.
            Kind::Prose | Kind::ListItem | Kind::Short => {
                Some(i) != title_idx
                    && units[i].text != out.title
                    && !boilerplate.contains(units[i].text.as_str())
            }
            Kind::Code => Some(i) != title_idx,
            Kind::Nav => inner_lists.contains(&i),
            _ => false,
        })
        .collect();

    // Standfirst (a): prose between the title and the header's date/byline lines.
    if let Some(t) = title_idx {
        let last_meta = (t + 1..body_end.min(t + 12))
            .rev()
            .find(|&i| matches!(units[i].kind, Kind::Date(..) | Kind::Byline { .. }));
        if let Some(m) = last_meta {
            let repeat = |i: usize| units[i].text == out.title;
            let first_prose = (t + 1..m).find(|&i| units[i].kind == Kind::Prose && !repeat(i));
            if let Some(p) = first_prose {
                // Pictures and the headline printed again may stand between them too.
                let only_meta = (t + 1..p).all(|i| {
                    is_header_meta(&units[i].kind) || units[i].kind == Kind::Gallery || repeat(i)
                });
                if only_meta && word_count(&units[p].text) <= 80 {
                    out.standfirst = Some(units[p].text.clone());
                    body.retain(|&i| i > m);
                }
            }
        }
        // Standfirst (b): a conservative single-sentence summary right after the header.
        if out.standfirst.is_none() {
            if let Some(&p) = body.first() {
                let between = t + 1..p;
                let has_meta = between
                    .clone()
                    .any(|i| matches!(units[i].kind, Kind::Date(..) | Kind::Byline { .. }));
                let only_meta = between.clone().all(|i| is_header_meta(&units[i].kind));
                let text = &units[p].text;
                let words = word_count(text);
                if units[p].kind == Kind::Prose
                    && has_meta
                    && only_meta
                    && (8..=45).contains(&words)
                    && !starts_lower(text)
                    && single_sentence(text)
                    && !LEDE_MARKS.is_match(text)
                    && body.len() >= 4
                {
                    out.standfirst = Some(text.clone());
                    body.remove(0);
                }
            }
        }
    }
    // An author box headed as one at the body's end (`Über den Autor`, `About the author`,
    // `incurvy Autorin`): its heading and the little under it (a name, a biography).
    if let Some(at) = body
        .iter()
        .rposition(|&i| units[i].kind == Kind::Short && ABOUT_THE_AUTHOR.is_match(&units[i].text))
    {
        let box_words: usize = body[at + 1..]
            .iter()
            .map(|&i| word_count(&units[i].text))
            .sum();
        if at >= 2 && body.len() - at <= AUTHOR_BOX_UNITS && box_words <= AUTHOR_BOX_WORDS * 2 {
            body.truncate(at);
        }
    }
    // An author box under the byline (`Markus Balser` / `Markus Balser kam 2001 zur …`):
    // the biography of this article's author is not its text.
    body.retain(|&i| author_box_bio(units, i).is_none_or(|name| !is_author(&out.authors, name)));
    // Short lines at the edges of the body are not sub-headings; the author's biography at
    // its end (`Jane Doe is a reporter for …`) is not the article's text.
    while body.first().is_some_and(|&i| !is_content(&units[i].kind)) {
        body.remove(0);
    }
    loop {
        while body.last().is_some_and(|&i| !is_content(&units[i].kind)) {
            body.pop();
        }
        // Only about an author of this article (in the byline, or the name on a line of its
        // own, as author boxes print it): a closing paragraph about another journalist may be
        // the news itself.
        let bio = body.last().is_some_and(|&i| {
            word_count(&units[i].text) <= 70
                && AUTHOR_BIO
                    .captures(&units[i].text)
                    .and_then(|c| c.get(1))
                    .is_some_and(|name| {
                        let name = name.as_str().to_lowercase();
                        out.authors.iter().any(|a| a.to_lowercase() == name)
                            || units.iter().any(|u| u.text.to_lowercase() == name)
                    })
        });
        // Or a short paragraph right under the author's name (`Josiah Motley` / `Senior
        // Editor with a focus on all things tech and gaming. …`).
        let boxed = body.last().is_some_and(|&i| {
            author_box_bio(units, i).is_some()
                || (word_count(&units[i].text) <= AUTHOR_NOTE_WORDS
                    && i.checked_sub(1)
                        .is_some_and(|p| is_author(&out.authors, &units[p].text)))
        });
        if !(bio || boxed) || body.len() < 2 {
            break;
        }
        body.pop();
    }

    // Consecutive code lines make one paragraph.
    let mut blocks: Vec<BodyBlock> = Vec::new();
    let mut prev: Option<usize> = None;
    for &i in &body {
        let continues_code = units[i].kind == Kind::Code
            && prev.is_some_and(|p| p + 1 == i && units[p].kind == Kind::Code);
        match blocks.last_mut() {
            Some(last) if continues_code => {
                last.text.push('\n');
                last.text.push_str(&units[i].text);
            }
            _ => blocks.push(BodyBlock {
                text: units[i].text.clone(),
                line: Some(i),
                set: BlockSet::of(&units[i]),
                number: units[i].number.clone(),
                number_in_text: units[i].kind == Kind::Nav,
            }),
        }
        prev = Some(i);
    }
    set_headings(&mut blocks, units);
    // With no prose at all, the text lines (the title's too) are all there is.
    if blocks.is_empty() {
        blocks = units
            .iter()
            .filter(|u| {
                matches!(
                    u.kind,
                    Kind::Short | Kind::Nav | Kind::Code | Kind::ListItem
                )
            })
            .map(|u| BodyBlock {
                text: u.text.clone(),
                line: None,
                set: BlockSet::Paragraph,
                number: None,
                number_in_text: false,
            })
            .collect();
    }
    out.body_text = blocks
        .iter()
        .map(BodyBlock::plain_text)
        .collect::<Vec<_>>()
        .join("\n\n");
    out.body_html = body_html(&blocks, &caption_lines);
    out.language = detect_language(if out.body_text.is_empty() {
        &out.title
    } else {
        &out.body_text
    });
    out
}

/// Words a caption needs for a second printing of it, with the same credit, to be taken for
/// the same photo.
const REPEATED_CAPTION_WORDS: usize = 6;

/// One block of a body read from pasted text, set in HTML as the page set it: a
/// paragraph, a sub-heading, an item of a list, or preformatted lines.
#[derive(Debug, Clone)]
struct BodyBlock {
    /// Its text without the list marker (code keeps its line breaks).
    text: String,
    /// The unit it starts on; `None` for the fallback of all text lines, where no photo
    /// is placed.
    line: Option<usize>,
    set: BlockSet,
    /// The list marker when it was a number (`3.`, `19)`).
    number: Option<String>,
    /// The number is part of the text (see [`BodyBlock::plain_text`]).
    number_in_text: bool,
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum BlockSet {
    Paragraph,
    /// A sub-heading: a short line that does not end a sentence, with text under it.
    Heading,
    /// An item of a list: a line with its bullet or number, or a line of a list set as
    /// lines ([`mark_line_lists`]).
    Item,
    Code,
}

impl BlockSet {
    /// How a body unit is set before sub-headings are known ([`set_headings`]).
    fn of(unit: &Unit) -> Self {
        match unit.kind {
            Kind::Code => BlockSet::Code,
            // The heading of a list set as lines (`Zutaten:`) leads into it.
            Kind::ListItem if !unit.bulleted && unit.text.ends_with([':', '：']) => {
                BlockSet::Paragraph
            }
            Kind::ListItem | Kind::Nav => BlockSet::Item,
            _ if unit.bulleted || unit.number.is_some() => BlockSet::Item,
            _ => BlockSet::Paragraph,
        }
    }
}

impl BodyBlock {
    /// The block in the plain text: a numbered line read as navigation (a listicle's `3.
    /// The Beatles`) keeps its number, which is part of its text; an ordered list's item
    /// of content does not (the list numbers it).
    fn plain_text(&self) -> String {
        match &self.number {
            Some(n) if self.number_in_text => format!("{n} {}", self.text),
            _ => self.text.clone(),
        }
    }

    /// The number an ordered list's item carries (`3.` → 3).
    fn ordinal(&self) -> Option<u32> {
        self.number
            .as_deref()?
            .trim_end_matches(['.', ')'])
            .parse()
            .ok()
    }
}

/// Most words of a sub-heading.
const MAX_HEADING_WORDS: usize = 15;

/// A wiki's note under a heading pointing elsewhere (`Main article: History of Mozilla`,
/// `See also: New Zealand place names`): text, never a heading itself.
static HATNOTE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^(?:Main articles?|See also|Further information|Further reading|For more details)\s*:\s",
    )
    .expect("valid regex")
});

/// A line that ends on a word that leads into more (`Traditionally, your options are
/// limited: either` over a list): the start of a sentence, never a heading.
static OPEN_ENDED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\s(?:either|and|or|but|the|a|an|of|to|for|with|that|which|as|by|und|oder|der|die|das|mit|von|et|ou|le|la|les|de|des|el|los|y|o)$")
        .expect("valid regex")
});

/// Sub-headings among the body's blocks: a plain short line (`units` kind [`Kind::Short`],
/// no bullet, no short line right above or below it) that neither starts in lower case nor ends a sentence or opens a list with a
/// colon, with text right under it that starts afresh; and a numbered line standing alone between paragraphs (a listicle's `3. The
/// Beatles`), which is a heading with its number, not a list of one.
fn set_headings(blocks: &mut [BodyBlock], units: &[Unit]) {
    // From the end, so a heading over a sub-heading (`Project Updates` / `Fission` / a
    // list) knows the one under it.
    for k in (1..blocks.len().saturating_sub(1)).rev() {
        let next = &blocks[k + 1];
        // The text under a heading is a paragraph, a list, code or a sub-heading, and it
        // starts afresh: a line that goes on in lower case below is a sentence wrapped
        // where the page's width ended, and short lines under short lines are a caption's
        // or a table's.
        let next_is_text = match next.set {
            BlockSet::Heading | BlockSet::Item | BlockSet::Code => true,
            BlockSet::Paragraph => next.line.is_some_and(|i| units[i].kind == Kind::Prose),
        };
        if !next_is_text || starts_lower(&next.text) {
            continue;
        }
        let block = &blocks[k];
        let Some(line) = block.line else {
            continue;
        };
        let unit = &units[line];
        // A heading is set apart from short lines around it: a line that touches one (no
        // blank line between) is a row of a table or a line of a caption.
        let touches_short = |u: &Unit| u.kind == Kind::Short;
        let apart = (unit.blank_before || line == 0 || !touches_short(&units[line - 1]))
            && units
                .get(line + 1)
                .is_none_or(|u| u.blank_before || !touches_short(u));
        let short_line = unit.kind == Kind::Short
            && apart
            && !HATNOTE.is_match(&block.text)
            && !OPEN_ENDED.is_match(&block.text)
            && !unit.bulleted
            && !starts_lower(&block.text)
            && !block.text.starts_with(['—', '-', '–'])
            && !ends_sentence(&block.text)
            && !block.text.ends_with([':', '：', ',', ';'])
            && word_count(&block.text) <= MAX_HEADING_WORDS;
        let item = |j: usize| blocks.get(j).is_some_and(|b| b.set == BlockSet::Item);
        let lone_number = unit.kind == Kind::Nav
            && block.number.is_some()
            && !item(k - 1)
            && !item(k + 1)
            && next.set == BlockSet::Paragraph;
        if short_line || lone_number {
            blocks[k].set = BlockSet::Heading;
        }
    }
}

/// The body as HTML (paragraphs, sub-headings, lists, preformatted lines), with a photo
/// marker where a caption stood between two blocks (`caption_lines`: the line of each
/// photo, in order; photo N is the Nth caption). A caption above the first block is the
/// lead photo, which the reader's header shows, and one below the last stays there too.
/// A list is closed around a photo and goes on after it.
fn body_html(blocks: &[BodyBlock], caption_lines: &[usize]) -> String {
    let mut html: Vec<String> = Vec::with_capacity(blocks.len() + 2);
    // The closing tag of the list being written.
    let mut open_list: Option<&str> = None;
    for (k, block) in blocks.iter().enumerate() {
        let placed = k
            .checked_sub(1)
            .and_then(|p| Some((blocks[p].line?, block.line?)));
        if let Some((above, here)) = placed {
            for (position, &line) in caption_lines.iter().enumerate() {
                if above < line && line < here {
                    if let Some(close) = open_list.take() {
                        html.push(close.to_string());
                    }
                    html.push(crate::sanitize::photo_marker(position));
                }
            }
        }
        if block.set != BlockSet::Item {
            if let Some(close) = open_list.take() {
                html.push(close.to_string());
            }
        }
        let text = escape_html(&block.text);
        match block.set {
            BlockSet::Paragraph => html.push(format!("<p>{text}</p>")),
            BlockSet::Heading => {
                html.push(format!("<h3>{}</h3>", escape_html(&block.plain_text())))
            }
            BlockSet::Code => html.push(format!("<pre>{text}</pre>")),
            BlockSet::Item => {
                if open_list.is_none() {
                    // A list is ordered when every item of it carries a number.
                    let ordered = blocks[k..]
                        .iter()
                        .take_while(|b| b.set == BlockSet::Item)
                        .all(|b| b.ordinal().is_some());
                    html.push(match (ordered, block.ordinal()) {
                        (true, Some(1)) => "<ol>".to_string(),
                        (true, Some(n)) => format!("<ol start=\"{n}\">"),
                        _ => "<ul>".to_string(),
                    });
                    open_list = Some(if ordered { "</ol>" } else { "</ul>" });
                }
                match (&block.number, open_list) {
                    // An unordered list shows a number the page printed.
                    (Some(n), Some("</ul>")) => {
                        html.push(format!("<li>{} {text}</li>", escape_html(n)))
                    }
                    _ => html.push(format!("<li>{text}</li>")),
                }
            }
        }
    }
    if let Some(close) = open_list {
        html.push(close.to_string());
    }
    html.join("\n")
}

fn escape_html(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            _ => out.push(c),
        }
    }
    out
}

/// whatlang's guess as an ISO 639-1 code, when reliable.
pub(super) fn detect_language(text: &str) -> Option<String> {
    use whatlang::Lang;
    if text.trim().is_empty() {
        return None;
    }
    // Kana are written only in Japanese and Hangul only in Korean; whatlang goes by the
    // commonest script, which in a Japanese article full of product names (`Wi-Fi`, `App
    // Store`, `Google Play`) may be the Latin one.
    let letters = text.chars().filter(|c| c.is_alphabetic()).count();
    let kana = text.chars().filter(|&c| is_kana(c)).count();
    let hangul = text
        .chars()
        .filter(|&c| matches!(c as u32, 0xAC00..=0xD7AF | 0x1100..=0x11FF))
        .count();
    if kana * 5 >= letters && kana >= 10 {
        return Some("ja".to_string());
    }
    if hangul * 5 >= letters && hangul >= 10 {
        return Some("ko".to_string());
    }
    let info = whatlang::detect(text)?;
    if !info.is_reliable() {
        return None;
    }
    let code = match info.lang() {
        Lang::Eng => "en",
        Lang::Spa => "es",
        Lang::Fra => "fr",
        Lang::Deu => "de",
        Lang::Ita => "it",
        Lang::Por => "pt",
        Lang::Nld => "nl",
        Lang::Rus => "ru",
        Lang::Ukr => "uk",
        Lang::Pol => "pl",
        Lang::Ces => "cs",
        Lang::Slk => "sk",
        Lang::Slv => "sl",
        Lang::Hrv => "hr",
        Lang::Srp => "sr",
        Lang::Bul => "bg",
        Lang::Mkd => "mk",
        Lang::Ron => "ro",
        Lang::Hun => "hu",
        Lang::Ell => "el",
        Lang::Tur => "tr",
        Lang::Swe => "sv",
        Lang::Dan => "da",
        Lang::Nob => "nb",
        Lang::Fin => "fi",
        Lang::Est => "et",
        Lang::Lav => "lv",
        Lang::Lit => "lt",
        Lang::Cat => "ca",
        Lang::Ara => "ar",
        Lang::Heb => "he",
        Lang::Pes => "fa",
        Lang::Hin => "hi",
        Lang::Urd => "ur",
        Lang::Ben => "bn",
        Lang::Cmn => "zh",
        Lang::Jpn => "ja",
        Lang::Kor => "ko",
        Lang::Vie => "vi",
        Lang::Tha => "th",
        Lang::Ind => "id",
        Lang::Epo => "eo",
        Lang::Lat => "la",
        Lang::Afr => "af",
        Lang::Bel => "be",
        Lang::Kat => "ka",
        Lang::Hye => "hy",
        Lang::Aze => "az",
        Lang::Tgl => "tl",
        Lang::Tam => "ta",
        _ => return None,
    };
    Some(code.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    const SEED: &str = include_str!("../../../../tests/fixtures/clippings/telesur-kosovo-2022.txt");

    #[test]
    fn a_date_inside_a_header_line_dates_the_article() {
        let body: String = (0..5)
            .map(|i| format!("Absatz {i}: Was früher schnelle und laute Autos waren, sind heute wohl eher die umweltfreundlichen und verbrauchsarmen Modelle.\n\n"))
            .collect();
        let text = format!("Start\n\nElektromobilität, der neue Trend\n\nVon Christian am 03.05.2013, 11:51 | 0 Meinungen | Energie sparen\n\n{body}");
        let out = read_text_clipping(&text);
        assert_eq!(
            out.published.map(|d| d.normalized).as_deref(),
            Some("2013-05-03")
        );
        // A date in the article's prose does not date it.
        let text = format!("Start\n\nElektromobilität, der neue Trend\n\nSeit dem 3. Mai 2013 fahren in der Stadt mehr Elektroautos als je zuvor, sagt die Behörde.\n\n{body}");
        assert_eq!(read_text_clipping(&text).published, None);
    }

    #[test]
    fn a_us_short_date_with_its_clock_under_the_byline_dates_the_article() {
        // Kinja's header: the author, then the date in its short and long forms.
        let body: String = (0..5)
            .map(|i| format!("Paragraph {i}: The city closed the old bridge on Tuesday after inspectors found cracks in two of its piers.\n\n"))
            .collect();
        let text = format!("Lifehacker\n\nCity Shuts Old Bridge After Cracks Found\n\nJane Roe\n3/09/15 8:00am 3/09/15 8:00am\n\n{body}");
        let out = read_text_clipping(&text);
        assert_eq!(out.title, "City Shuts Old Bridge After Cracks Found");
        assert_eq!(
            out.published.map(|d| (d.normalized, d.raw)),
            Some(("2015-03-09".to_string(), "3/09/15 8:00am".to_string()))
        );
        assert!(!out.body_text.contains("8:00am"), "{}", out.body_text);
    }

    #[test]
    fn a_section_named_like_a_byline_is_no_author() {
        let body: String = (0..5)
            .map(|i| format!("Paragraph {i}: North Korea on Tuesday slammed South Korea for holding a joint military drill with the United States.\n\n"))
            .collect();
        let menu = "  • National\n  • North Korea\n  • Economy\n  • Culture\n\n";
        let text = format!("Yonhap News Agency\n\n{menu}N. Korea slams S. Korea for joint military drill, warns of consequences\n\nNorth Korea 09:31 August 20, 2019\n\nSHARE\n\n{body}");
        let out = read_text_clipping(&text);
        assert_eq!(out.byline, None);
        assert_eq!(
            out.published.map(|d| d.normalized).as_deref(),
            Some("2019-08-20")
        );
        // Copied out of a graphical browser the menu has no bullets: a run of short lines.
        let menu = "National\nPolitics\nDiplomacy\nNorth Korea\nEconomy\nCulture\n\n";
        let text = format!("Yonhap News Agency\n\n{menu}N. Korea slams S. Korea for joint military drill, warns of consequences\n\nNorth Korea 09:31 August 20, 2019\nSHARE\n\n{body}");
        let out = read_text_clipping(&text);
        assert_eq!(out.byline, None);
        assert!(out.authors.is_empty());
        assert_eq!(
            out.published.map(|d| d.normalized).as_deref(),
            Some("2019-08-20")
        );
        // With its `By`, a name in the menu is still the author.
        let menu = "  • National\n  • Jane Roe\n  • Economy\n\n";
        let text = format!("Yonhap News Agency\n\n{menu}N. Korea slams S. Korea for joint military drill, warns of consequences\n\nBy Jane Roe 09:31 August 20, 2019\n\n{body}");
        assert_eq!(
            read_text_clipping(&text).byline.as_deref(),
            Some("Jane Roe")
        );
    }

    #[test]
    fn a_menu_copied_as_one_line_is_no_text() {
        let menu = "SOTT Focus Best of the Web Puppet Masters Society's Child Secret History \
                    Science & Technology Earth Changes Fire in the Sky Health & Wellness Science \
                    of the Spirit High Strangeness Don't Panic! Lighten Up! Picture of the Day";
        let topics = "9/11 Animals Comets Comets and Catastrophe Series Drought Earthquakes \
                      Extreme Temperatures Fireballs Floods JFK Series Plagues Sinkholes Smoking \
                      SOTT Radio Network SOTT Summaries Storms";
        assert!(is_flattened_menu(menu));
        assert!(is_flattened_menu(topics));
        // Items glued together.
        assert_eq!(
            glued_names("Más LeídasBuenos AiresSeguridadLa Nacion DataEditoriales"),
            4
        );
        assert_eq!(
            glued_names("DeepMind and YouTube sign an iPhone deal with McDonald's"),
            2
        );
        assert_eq!(
            classify_one(
                &short_unit("HoróscopoPronósticoLoteríasFeriadosFúnebres"),
                None
            ),
            Kind::Nav
        );
        // Items between bars.
        assert!(is_pipe_menu(
            "首页|新闻|图片|评论|共青团|娱乐|时尚|财经|军事|体育|创业就业|高校"
        ));
        assert!(is_pipe_menu(
            "Home | News | Sport | Business | Opinion | Culture"
        ));
        assert!(!is_pipe_menu("Storm hits the coast | City Post"));
        assert!(!is_pipe_menu("1 August 2022 | 10:32 GMT | 4 min read"));
        assert!(!is_pipe_menu("404 | 0 | 0.133 | 0.3428 | -0.388"));
        assert!(!is_pipe_menu("a | b | c(x) | d | e | f"));
        assert_eq!(
            glued_names("console.log(reqHeaders.has(\"Set-Cookie\")); // fooBarBaz"),
            0
        );
        assert!(!is_pipe_menu(
            "Ergebnis: A | B | C | D | E, und der Rest der Tabelle folgt weiter unten im Text."
        ));
        assert!(!is_flattened_menu(
            "ANY MATERIAL DOWNLOADED OR OTHERWISE OBTAINED THROUGH THE USE OF THE SERVICES IS \
             DONE AT YOUR OWN DISCRETION AND RISK AND YOU WILL BE SOLELY RESPONSIBLE"
        ));
        assert!(!is_flattened_menu(
            "C = A + B with A = 1 2 ( C + C H ) and B = 1 2 ( C − C H )"
        ));
        // A headline in title case is shorter; prose has small words in lower case.
        assert!(!is_flattened_menu(
            "How to Build a Terrarium in Your Home for Less Than You Think It Costs"
        ));
        assert!(!is_flattened_menu(
            "Die Bundesregierung hat am Mittwoch beschlossen dass die Förderung für \
             Elektroautos im kommenden Jahr auslaufen soll und die Mittel anders verwendet werden"
        ));
        // Lines 4–28 of sott.net's page as w3m prints it (newspaper4k's `article_with_br`).
        let headline = "'The American friends': New court files expose Sheldon Adelson's \
                        security team involved in US spy operation against Julian Assange";
        let body: String = (1..=6)
            .map(|n| {
                format!(
                    "An exclusive investigation by The Grayzone reveals new details on the \
                     critical role the casino magnate played in spying operation number {n}, \
                     according to court files.\n\n"
                )
            })
            .collect();
        let paste = format!(
            "Welcome to Sott.net\nMon, 25 Dec 2023\nThe World for People who Think\nSections\n\
             {menu}\nTopics\n{topics}\n     \nSections\nSOTT News {menu}\nTopics\n{topics}\n\
             Loading...\n\nPuppet Masters\n\nEye 2\n\n{headline}\n\n\
             Max Blumenthal\nThe Grayzone\nThu, 14 May 2020 17:55 UTC\n{body}"
        );
        let x = read_text_clipping(&paste);
        assert_eq!(x.title, headline);
        assert!(!x.body_text.contains("Puppet Masters"), "{}", x.body_text);
        assert_eq!(
            x.published.map(|d| d.normalized).as_deref(),
            Some("2020-05-14T17:55:00Z")
        );
    }

    #[test]
    fn a_cjk_headline_without_a_full_stop_titles_the_article() {
        // yahoo.co.jp as w3m prints it: a menu, a `<noscript>` notice printed as markup, the
        // headline (long enough to count as prose), the source line, Japanese share buttons,
        // then paragraphs that end with their full stops.
        let headline =
            "トレンドマイクロ、公衆無線LANを安全に使うためのアプリ「フリーWi-Fiプロテクション」";
        let paragraphs = [
            "トレンドマイクロは3月9日、Wi-Fi利用時の通信を暗号化し保護するスマホ・タブレット向けのセキュリティアプリの発売を開始すると発表した。",
            "2020年の東京オリンピック・パラリンピックの開催などを見据え、フリーWi-Fiの設置が促進され、フリーWi-Fiの利用者も増加している。",
            "一方で、脆弱な設定のフリーWi-Fiや攻撃者が設置した偽のフリーWi-Fiへの接続などによる情報漏えいなどのセキュリティリスクが危惧されているという。",
        ]
        .join("\n\n");
        let paste = format!(
            "Yahoo!ニュース\n\nトピックス\n\n全国紙パック\n\n  • ビジネス\n  • 経済\n\nここから本文です\n\n\
             <div class=\"alertBox\"> <div class=\"alert\"> <i></i><p>現在<em>JavaScriptが無効</em>になっています。\
             Yahoo!ニュースのすべての機能を利用するためには、JavaScriptの設定を有効にしてください。</p> </div> </div>\n\n\
             {headline}\n\nCNET Japan 3/9(木) 18:45配信\n\n  • \n\nツイート\n\n  • \n\nシェアする\n\n{paragraphs}\n"
        );
        let x = read_text_clipping(&paste);
        assert_eq!(x.title, headline);
        // The source line's date has no year (`3/9(木) 18:45配信`): it stays in the text.
        assert!(
            x.body_text
                .starts_with("CNET Japan 3/9(木) 18:45配信\n\nトレンドマイクロは3月9日"),
            "{}",
            x.body_text
        );
        for furniture in ["alertBox", "JavaScript", "シェアする", "ツイート"] {
            assert!(
                !x.body_text.contains(furniture),
                "{furniture}: {}",
                x.body_text
            );
        }

        // A blog whose lines never end with a full stop gives its first line no headline's
        // contrast: it stays the body's first paragraph.
        let verse: Vec<String> = (0..6)
            .map(|i| {
                format!(
                    "一波波接續性低溫寒流報到已將新竹尖石鄉後山一帶層層山巒披上嫣紅的彩衣第{i}段"
                )
            })
            .collect();
        let blog = format!("史蒂文的家\n\n跳到主文\n\n{}\n", verse.join("\n\n"));
        let x = read_text_clipping(&blog);
        assert_ne!(x.title, verse[0]);
        assert!(x.body_text.starts_with(&verse[0]), "{}", x.body_text);
    }

    #[test]
    fn chinese_japanese_and_korean_bylines() {
        let authors = |text: &str| match cjk_byline(text) {
            Some(Kind::Byline { authors, .. }) => Some(authors),
            _ => None,
        };
        assert_eq!(
            authors("編集委員　中沢克二"),
            Some(vec!["中沢克二".to_string()])
        );
        assert_eq!(
            authors("本报记者 张三 李四"),
            Some(vec!["张三".to_string(), "李四".to_string()])
        );
        assert_eq!(authors("记者：王五"), Some(vec!["王五".to_string()]));
        assert_eq!(authors("홍길동 기자"), Some(vec!["홍길동".to_string()]));
        // A press conference, a newspaper's reporters, a sentence: no names set apart.
        for text in [
            "記者会見",
            "新聞記者",
            "记者会上，他表示这项政策将会继续执行下去。",
        ] {
            assert_eq!(authors(text), None, "{text}");
        }
        // nikkei.com as w3m prints it: the headline over its byline, topic links, the date,
        // then the paper's reprint offer before the article.
        let headline = "米朝首脳直通電話 習氏に挑むトランプ戦術の成否";
        let paste = format!(
            "日本経済新聞\n\n{headline}\n\n編集委員　中沢克二\n\n北朝鮮\n\nトランプ政権\n\n中国・台湾\n\n\
             2018/6/19 5:50\n\n共有\n\n日経の記事利用サービス\n\n\
             企業での記事共有や会議資料への転載・複製、注文印刷などをご希望の方は、リンク先をご覧ください。\n\n\
             保存javascript:void(0)\n共有\nその他javascript:void(0)\n\n\
             ６月12日の歴史的な米朝首脳会談を巡って戦っていたのは、米大統領のトランプと朝鮮労働党委員長の金正恩だけではなかった。\
             中国国家主席の習近平も、その一人である。会談の成否を見極めようと、北京は固唾をのんで見守っていた。\n"
        );
        let x = read_text_clipping(&paste);
        assert_eq!(x.title, headline);
        assert_eq!(x.authors, vec!["中沢克二".to_string()]);
        // The controls' labels with their link targets are no text.
        assert!(!x.body_text.contains("javascript"), "{}", x.body_text);
        assert!(
            x.body_text.ends_with("固唾をのんで見守っていた。"),
            "{}",
            x.body_text
        );
    }

    #[test]
    fn kana_make_japanese_and_hangul_korean_among_latin_names() {
        let ja =
            "フリーWi-Fiプロテクションは、App Storeおよび、Google Playにて販売され、Trend Micro \
                  Smart Protection Network（SPN）と連携する。iOS/Android向けのVPN（Virtual Private \
                  Network）で通信を暗号化する。";
        assert_eq!(detect_language(ja).as_deref(), Some("ja"));
        let ko = "삼성전자는 Galaxy S24 Ultra와 Galaxy Buds Pro를 San Jose에서 공개했다. 이번 \
                  제품에는 Qualcomm Snapdragon 칩과 One UI가 들어갔다.";
        assert_eq!(detect_language(ko).as_deref(), Some("ko"));
        // Chinese has no kana; an English text quoting one Japanese word stays English.
        assert_eq!(
            detect_language("人工智能迈上新台阶，研究人员表示这项技术将会改变许多行业的工作方式。")
                .as_deref(),
            Some("zh")
        );
        assert_eq!(
            detect_language(
                "The word ありがとう means thank you, and travellers learn it on their first day \
                 in Tokyo, along with a few other polite phrases for shops and trains."
            )
            .as_deref(),
            Some("en")
        );
    }

    #[test]
    fn markup_printed_as_text_is_furniture_and_a_list_of_tags_is_not() {
        assert!(is_markup(
            "<div class=\"alertBox\"> <div class=\"alert\"> <i></i><p>現在<em>JavaScriptが無効</em>です。</p> </div>"
        ));
        assert!(is_markup(
            "<p>Gleiche Haarteile, gleiche Gesichter.</p> <a class=\"continue-reading\" href=\"/x\">Weiterlesen</a>"
        ));
        // A comment form's allowed tags close no element; prose that names a tag is prose.
        assert!(!is_markup(
            "<a href=\"\" title=\"\"> <abbr title=\"\"> <acronym title=\"\"> <b> <blockquote cite=\"\"> <cite> <code>"
        ));
        assert!(!is_markup(
            "Wrap the caption in <figcaption> and close it with </figcaption> inside the <figure>."
        ));
    }

    #[test]
    fn share_buttons_in_other_languages_are_share_buttons() {
        for button in [
            "Teilen",
            "Partager",
            "Compartir",
            "ツイート",
            "共有",
            "シェアする",
            "分享到",
            "공유하기",
            "Поделиться",
            "新浪微博",
            "QQ空间",
            "打印文稿",
        ] {
            assert!(is_share(&button.to_lowercase()), "{button}");
        }
        assert!(is_related_marker("相关内容"));
        for row in [
            "teilen auf twitter",
            "partager sur facebook",
            "teilen twittern",
            "facebook twitter email",
            "share to kinja",
            "share via email",
        ] {
            assert!(is_share(row), "{row}");
        }
        assert!(!is_share("teilen sie ihre meinung mit uns"));
        assert!(!is_share(
            "share to grow as the company expands into new markets"
        ));
        assert!(!is_share("twitter sues its former owner"));
    }

    #[test]
    fn a_comment_sections_rules_end_the_article() {
        let body: String = (0..5)
            .map(|i| format!("Paragraph {i}: the rebels said they had taken the missile depots in the countryside around the capital after days of fighting.\n\n"))
            .collect();
        for policy in [
            "ترحب شبكة CNN بالنقاش الحيوي والمفيد، وكي لا نضطر في موقع CNN بالعربية إلى مراجعة التعليقات قبل نشرها. ننصحك بمراجعة إرشادات الاستخدام للتعرف إليها جيداً.",
            "CNN welcomes a lively and courteous discussion as long as you follow the Rules of Conduct set forth in our Terms of Service.",
            "The views expressed in the comments below do not reflect those of the Daily Courier.",
        ] {
            let text = format!("Rebels seize missile depots near the capital\n\n{body}{policy}\n\nA reader wrote that the story was wrong about the depots and the dates of the fighting around them.\n");
            let out = read_text_clipping(&text);
            assert!(out.body_text.contains("Paragraph 4"), "{policy}");
            assert!(!out.body_text.contains("A reader wrote"), "{policy}");
            assert!(!out.body_text.contains(policy), "{policy}");
        }
        // A sentence of the story about a welcome is body text.
        let welcome = "The mayor welcomes a debate on the new bridge, she said on Monday at the council's meeting.";
        assert!(!is_comments_start(&welcome.to_lowercase()));
    }

    #[test]
    fn a_videos_still_is_no_photo() {
        let body: String = (0..5)
            .map(|i| format!("Paragraph {i}: the former president sparred with the judge and the state's lawyers for hours on the witness stand.\n\n"))
            .collect();
        let still = "WASHINGTON, DC - NOVEMBER 17: Rep. Marjorie Taylor Greene answers questions in front of the House steps. (Photo by Win McNamee/Getty Images)";
        let photo =
            "The former president in court on Monday. (Photo by Adam Gray/AFP via Getty Images)";
        let text = format!("Takeaways from the former president's contentious testimony in his civil fraud trial\n\nBy Jeremy Herb, CNN\n\nUpdated 4:48 PM EST, Mon November 6, 2023\n\n{still}\nVideo Ad Feedback\nGreene: Republican voters are sick and tired\n01:14\nNow playing\n- Source: CNN\n\n{photo}\n\n{body}");
        let out = read_text_clipping(&text);
        assert_eq!(
            captions_and_credits(&out),
            vec![(
                Some("The former president in court on Monday."),
                Some("Adam Gray/AFP via Getty Images")
            )]
        );
    }

    #[test]
    fn an_author_box_copied_as_one_line_is_a_byline() {
        let body: String = (0..5)
            .map(|i| format!("Paragraph {i}: chia seeds and goji berries are the new kale and quinoa, according to the search giant's yearly list.\n\n"))
            .collect();
        let text = format!("Subscribe\n\n  • The Plain Dealer\n  • Sun News\n\ncomments\n\nLet me Google that for you: 2014's most popular food-related searches\n\ngoogle.JPG\nYou are what you search. (The Associated Press)\nPrint\nNational Desk By National Desk The Plain Dealer\non December 27, 2014 at 12:06 PM, updated December 27, 2014 at 12:10 PM\n   View/Post Comments\n\n{body}");
        let out = read_text_clipping(&text);
        assert_eq!(
            out.title,
            "Let me Google that for you: 2014's most popular food-related searches"
        );
        assert_eq!(out.byline.as_deref(), Some("National Desk"));
        assert_eq!(
            captions_and_credits(&out),
            vec![(
                Some("You are what you search."),
                Some("The Associated Press")
            )]
        );
        assert_eq!(
            author_box_name("Jane Doe By Jane Doe The Plain Dealer"),
            Some("Jane Doe")
        );
        // A headline with `By` in it names no one twice.
        assert_eq!(author_box_name("Stand By Me By the River"), None);
        assert_eq!(author_box_name("Jane By Janet Roe"), None);
    }

    #[test]
    fn a_date_under_its_label_takes_the_labels_role() {
        let body: String = (0..5)
            .map(|i| format!("Paragraph {i}: the story went on for a long time, and the readers who followed it left many comments under every chapter.\n\n"))
            .collect();
        let date = |text: &str| {
            let out = read_text_clipping(text);
            (
                out.published.map(|d| d.normalized),
                out.modified.map(|d| d.normalized),
            )
        };
        // A work's stats as a definition list (archiveofourown.org): the day it was
        // completed is not the day it was published.
        let stats = format!("Archive of Our Own\n\nStats:\n    Published:\n        2017-08-15\n    Completed:\n        2017-12-26\n    Words:\n        67379\n\nConversations with a Cryptid\n\n{body}");
        assert_eq!(date(&stats), (Some("2017-08-15".into()), None));
        let updated = format!("Archive of Our Own\n\nUpdated:\n    2017-12-26\n\nConversations with a Cryptid\n\n{body}");
        assert_eq!(date(&updated), (None, Some("2017-12-26".into())));
        // A comment's date under its author (`degski says:`) dates the comment, not the post.
        let comment = format!("A post on sorting numbers fast\n\n{body}1 comment\n\n 1. degski says:\n    August 3, 2019 at 4:11 am\n\n    Nice post, thanks.\n");
        assert_eq!(date(&comment), (None, None));
    }

    #[test]
    fn the_date_nearest_the_title_dates_it_not_a_mastheads_today() {
        let body: String = (0..5)
            .map(|i| format!("Paragraph {i}: the talks between the two leaders went on for hours, and their advisers kept a direct line open all night.\n\n"))
            .collect();
        let nav: String = (0..12).map(|i| format!("  • Section {i}\n")).collect();
        // The masthead prints today's date over the menus; the post's own date stands at
        // its foot, out of the header's reach.
        let text = format!("The Daily Courier\n\nWednesday, 20 June 2018\n\n{nav}\nA direct line between the leaders tests the summit's promise\n\n{body}Posted 19 June 2018\n\nLeave a comment\n");
        let out = read_text_clipping(&text);
        assert_eq!(
            out.title,
            "A direct line between the leaders tests the summit's promise"
        );
        assert_eq!(
            out.published.map(|d| d.normalized).as_deref(),
            Some("2018-06-19")
        );
    }

    #[test]
    fn a_post_dated_at_its_foot_or_in_its_opening_is_dated() {
        let body: String = (0..5)
            .map(|i| format!("Absatz {i}: Was früher schnelle und laute Autos waren, sind heute wohl eher die umweltfreundlichen und verbrauchsarmen Modelle.\n\n"))
            .collect();
        let date = |text: &str| {
            let out = read_text_clipping(text);
            out.published.or(out.modified).map(|d| d.normalized)
        };
        let header = "Start\n\nElektromobilität, der neue Trend\n\n";
        // A blog's line under the post (kinra.de, klimawandel-global.de).
        let foot = format!("{header}{body}Autor: kinra | Artikel veröffentlicht am 16.12.2012\n\nKategorien: Überwachung, CCTV\n\nKommentar schreiben\n");
        assert_eq!(date(&foot).as_deref(), Some("2012-12-16"));
        let shared = format!("{header}{body}Tweet\n\nVon Christian am 03.05.2013, 11:51 | 0 Meinungen | Energie sparen\n");
        assert_eq!(date(&shared).as_deref(), Some("2013-05-03"));
        // A table's rows or a list of links under the text are not its date.
        let rows = format!("{header}{body}Kriegstote des 2. Weltkrieges\n\nRath, Heribert (Herbert) Heimicke 01.09.1907 08.07.1941\n");
        assert_eq!(date(&rows), None);
        let links = format!("{header}{body}Weitere Informationen\n\n  • Information der Verbraucherzentrale NRW vom 02.01.2016\n\n  • BGB § 305\n");
        assert_eq!(date(&links), None);
        // The first paragraph opening with its date in brackets (transgen.de).
        let opening = format!("{header}(18.01.2018) Deutschlands Landwirte zittern vor der Afrikanischen Schweinepest, die seit Jahren näher rückt.\n\n{body}");
        assert_eq!(date(&opening).as_deref(), Some("2018-01-18"));
        // Also when the page's foot gives only its last change.
        let changed = read_text_clipping(&format!("{opening}Letzte Aktualisierung: 19.01.2018\n"));
        assert_eq!(
            changed.published.map(|d| d.normalized).as_deref(),
            Some("2018-01-18")
        );
        // A sentence opening with a date tells of an event.
        let event = format!("{header}Am 18.01.2018 zitterten Deutschlands Landwirte vor der Afrikanischen Schweinepest, die seit Jahren näher rückt.\n\n{body}");
        assert_eq!(date(&event), None);
    }

    #[test]
    fn a_date_glued_to_the_site_name_is_a_date_line() {
        let body: String = (0..5)
            .map(|i| format!("Paragraph {i}: virtual reality has officially reached the consoles, and the headset that brings it there is extremely comfortable to wear.\n\n"))
            .collect();
        let text = format!("Markets\n\nThese are the 8 coolest PlayStation VR games\n\nBen Silverman\n\nYahoo FinanceOctober 13, 2016\n\nReblog\n\nShare\n\nPin it\n\nThe PlayStation VR\n\n{body}");
        let out = read_text_clipping(&text);
        assert_eq!(
            out.published.map(|d| d.normalized).as_deref(),
            Some("2016-10-13")
        );
        assert_eq!(out.title, "These are the 8 coolest PlayStation VR games");
        // Only a short label before the glued date: a sentence that ends in one is prose.
        assert!(glued_date_line("Associated PressDecember 2, 2016").is_some());
        assert!(glued_date_line(
            "The ministry announced the results on the evening ofDecember 2, 2016"
        )
        .is_none());
        assert!(glued_date_line("McDonald").is_none());
        // A CJK site's name and its date and time, all glued (qq.com's `TNW中文站…`).
        assert_eq!(
            glued_date_line("TNW中文站2016年10月14日07:17").map(|(_, d)| d.normalized),
            Some("2016-10-14".to_string())
        );
        assert!(glued_date_line("Windows10 and 11").is_none());
        // A section and a date both set in capitals (Wired's `BUSINESSNOV 7, 2023 2:00 AM`).
        assert_eq!(
            glued_date_line("BUSINESSNOV 7, 2023 2:00 AM").map(|(_, d)| d.normalized),
            Some("2023-11-07".to_string())
        );
        assert!(glued_date_line("GRAMMAR RULES 7, 2023").is_none());
        assert!(glued_date_line("NOV 7, 2023").is_none());
    }

    #[test]
    fn a_sponsor_named_after_its_phrase_is_not_the_title() {
        let body: String = (0..5)
            .map(|i| format!("Paragraph {i}: whale whisperer Hori Parata was just seven years old when he attended his first mass stranding on the coast.\n\n"))
            .collect();
        let title = "'What is the sea telling us?': Māori tribes fearful over whale strandings";
        let text = format!("{title}\n\nSeascape: the state of our oceans\n\n{title}\n\nSeascape: the state of our oceans is supported by\n\nThe David and Lucile Packard Foundation About this content\n\nThu 3 Jan 2019 02.00 EST\n\n{body}");
        assert_eq!(read_text_clipping(&text).title, title);
        // The sponsor is a logo, and the headline follows the phrase: still the headline.
        let text = format!("US & Canada is sponsored by\n\nObama admits US gun laws are his 'biggest frustration'\n\n24 July 2015\n\n{body}");
        assert_eq!(
            read_text_clipping(&text).title,
            "Obama admits US gun laws are his 'biggest frustration'"
        );
    }

    #[test]
    fn a_copied_menus_last_entry_is_not_the_title() {
        // A BBC page copied out of a browser (WebKit's innerText of the corpus page): its
        // navigation bars one entry a line with no blank line between, printed twice, the
        // last entry (`Have Your Say`) a few lines above the headline and its date.
        let text = include_str!("../../../../tests/fixtures/clippings/bbc-obama-browser-copy.txt");
        assert_eq!(
            read_text_clipping(text).title,
            "Obama admits US gun laws are his 'biggest frustration'"
        );
        let units = read_units(text);
        let entry = units
            .iter()
            .rposition(|u| u.text == "Have Your Say")
            .unwrap();
        assert!(in_a_copied_menu(&units, entry));
        // A short headline right under a breadcrumb, its date under it, is no menu entry.
        let text = "News\nWorld\nEurope\nGoats rule island\n24 July 2015\n";
        assert!(!in_a_copied_menu(&read_units(text), 3));
        // Set apart by blank lines, short lines are no menu.
        let text = "Weather\n\nVideo\n\nWorld\n\nHave Your Say\n";
        assert!(!in_a_copied_menu(&read_units(text), 3));
    }

    #[test]
    fn an_articles_header_is_no_stack_of_teasers() {
        // The Herald Sun's header copied out of a browser: headline, byline, the paper it
        // came from, date, a caption, the standfirst. `From: Herald Sun` read as a second
        // headline made three teaser cards of it, and the headline navigation.
        let body: String = (0..6)
            .map(|i| format!("Paragraph {i}: the roadshow featured the Prime Minister's national security adviser, who met executives of the television networks and the newspapers this week.\n\n"))
            .collect();
        let text = format!(
            "Opinion\n\nLaurie Oakes\n\n\nAngry media won’t buckle over new surveillance laws\n\n\
             by: Laurie Oakes\nFrom: Herald Sun\nMarch 13, 2015 9:00PM\n\n\
             A new Bill would require telecommunications service providers to store so-called \
             ‘metadata’ for two years. Source: Supplied\n\n\
             A HIGH-powered federal government team has been doing the rounds of media \
             organisations in the past few days.\n\n{body}"
        );
        let x = read_text_clipping(&text);
        assert_eq!(
            x.title,
            "Angry media won’t buckle over new surveillance laws"
        );
        assert!(x.body_text.contains("A HIGH-powered"), "{}", x.body_text);
    }

    #[test]
    fn teasers_under_a_related_heading_give_neither_title_nor_byline() {
        let body: String = (0..5)
            .map(|i| format!("Paragraphe {i} : un troisième Français a été tué dans le tremblement de terre samedi au Népal, emporté par une avalanche.\n\n"))
            .collect();
        let text = format!("Accueil ›\n\nMonde\n\nUn troisième Français mort dans le séisme au Népal\n\nAFP 30 avril 2015 à 07:19 (Mis à jour : 30 avril 2015 à 07:38)\n\nLaurent Fabius a accueilli jeudi matin à Roissy un premier avion spécial ramenant des rescapés.\n\nSur le même sujet\n\nReportage\n\nA Katmandou, exode sous pression\n\nPar Sébastien Farcis\n\nNépal : «Plus les heures passent, moins on est utiles»\n\nPar Laurence Defranoux\n\n{body}La Une du 30 avril 2015\n");
        let out = read_text_clipping(&text);
        assert_eq!(
            out.title,
            "Un troisième Français mort dans le séisme au Népal"
        );
        assert_eq!(out.byline.as_deref(), Some("AFP"));
        assert_eq!(
            out.published.map(|d| d.normalized).as_deref(),
            Some("2015-04-30")
        );
        // A particle never ends a name: the front page of a day is no author.
        assert!(!is_name("La Une du"));
        assert!(is_name("Jean-Marie Le Pen"));
        // Copied out of a graphical browser the box has no blank lines and runs into the
        // article: each teaser is a kicker, a headline and its byline.
        let copied = format!("Accueil\nMonde\nUn troisième Français mort dans le séisme au Népal\nAFP 30 avril 2015 à 07:19 (Mis à jour : 30 avril 2015 à 07:38)\nFacebook\nTwitter\nLaurent Fabius a accueilli jeudi matin à Roissy un premier avion spécial ramenant des rescapés.\nSur le même sujet\nReportage\nA Katmandou, exode sous pression\nPar Sébastien Farcis\ninterview\nNépal : «Plus les heures passent, moins on est utiles»\nPar Laurence Defranoux\n{body}");
        let out = read_text_clipping(&copied);
        assert_eq!(
            out.title,
            "Un troisième Français mort dans le séisme au Népal"
        );
        assert_eq!(out.byline.as_deref(), Some("AFP"));
        let related: Vec<&str> = out.related.iter().map(|l| l.title.as_str()).collect();
        assert_eq!(
            related,
            vec![
                "A Katmandou, exode sous pression",
                "Népal : «Plus les heures passent, moins on est utiles»"
            ]
        );
    }

    #[test]
    fn a_deck_without_its_full_stop_stays_under_the_headline() {
        let body: String = (0..5)
            .map(|i| format!("Parágrafo {i}: o técnico Tite, da seleção brasileira, admitiu nesta terça-feira que errou ao levar a taça até o ex-presidente.\n\n"))
            .collect();
        let headline = "Tite diz que errou ao levar taça da Libertadores a Lula em 2012";
        let deck = "Na ocasião, técnico do Corinthians entregou réplica do troféu ao ex-presidente";
        let text = format!("Esporte\n\n{headline}\n\n{deck}\n\n{body}");
        assert_eq!(read_text_clipping(&text).title, headline);
        // A one-word kicker above a sentence-case headline: the headline is no deck.
        let body: String = (0..5)
            .map(|i| format!("Paragraph {i}: the German capital has launched a five-year project to mark its part in European colonialism, renaming streets.\n\n"))
            .collect();
        let text = format!("News\n\nSports\n\nTOP STORIES / Germany\n\nAdvertisement\n\nGermany\n\nBerlin confronts Germany's colonial past with new initiative\n\n{body}");
        assert_eq!(
            read_text_clipping(&text).title,
            "Berlin confronts Germany's colonial past with new initiative"
        );
        // Like buttons are page controls, in any language.
        let text = format!("Sdílet článek\n\nTo se mi líbí\n\n{headline}\n\nAleš Vávra\n\n{body}");
        assert_eq!(read_text_clipping(&text).title, headline);
    }

    #[test]
    fn the_readers_comments_after_the_article_are_not_the_article() {
        let article: String = (0..8)
            .map(|i| format!("Die Tasche Nummer {i} wird in Handarbeit gefertigt und trägt ein Artefakt einer berühmten Designerin, das ihr eine Geschichte gibt, die keine andere Tasche erzählt.\n\n"))
            .collect();
        let comments: String = (0..40)
            .map(|i| format!("Leserin {i}\n\n5. Juni 2019 / 6:16\n\nLiebe Martina,\n\nda hast du wirklich eine einzigartige Tasche vorgestellt, und ich danke dir sehr herzlich für diesen schönen und ausführlichen Bericht über die Tasche.\n\nViele liebe Grüße und ein schönes langes Wochenende wünsche ich dir und deiner Familie von Herzen.\n\nAntworten\n\n"))
            .collect();
        let text = format!("Startseite\n\nMode\n\nDie Tasche mit Geschichte\n\n{article}Teilen:\n\n10 Kommentare\n\n{comments}Schreibe einen Kommentar\n");
        let out = read_text_clipping(&text);
        assert!(
            out.body_text.contains("Die Tasche Nummer 7"),
            "{}",
            out.body_text
        );
        assert!(
            !out.body_text.contains("Liebe Martina"),
            "{}",
            out.body_text
        );

        // A comment counter under the headline, with the article after it and teasers
        // before it: the article is after the counter.
        let teasers: String = (0..6)
            .map(|i| format!("Teaser {i}: another story about something else entirely, told in a sentence or two for readers who scroll.\n\n"))
            .collect();
        let story: String = (0..6)
            .map(|i| format!("MOSCOW (AP) paragraph {i}: an unmanned Russian cargo spaceship heading to the International Space Station broke up in the sky over Siberia on Thursday.\n\n"))
            .collect();
        let text = format!("{teasers}Russia: Space ship malfunctions\n\n11 Comments\n\n{story}");
        let out = read_text_clipping(&text);
        assert!(out.body_text.contains("paragraph 5"), "{}", out.body_text);
    }

    #[test]
    fn seed_telesur_kosovo() {
        let x = read_text_clipping(SEED);
        assert_eq!(
            x.title,
            "Russia Asks for Respect for Serbs Residing in Kosovo"
        );
        assert_eq!(x.section, vec!["News".to_string(), "World".to_string()]);
        assert!(
            matches!(x.genre.as_deref(), None | Some("news")),
            "{:?}",
            x.genre
        );
        assert_eq!(
            x.published.as_ref().map(|d| d.normalized.as_str()),
            Some("2022-08-01")
        );
        assert_eq!(x.modified, None);
        assert_eq!(
            x.standfirst.as_deref(),
            Some("Strong tensions on the Kosovo-Serbia border emerged as a result of the attempt to ban Serb documents and license plates in Kosovo.")
        );
        assert_eq!(x.photos.len(), 1, "{:?}", x.photos);
        assert_eq!(
            x.photos[0].caption.as_deref(),
            Some("Security forces at the Kosovo border, July 31, 2022.")
        );
        assert_eq!(
            x.photos[0].credit.as_deref(),
            Some("Twitter/ @AmirAlexanderR7")
        );
        assert_eq!(x.photos[0].url, None);
        assert_eq!(x.photos[0].bytes, None);
        assert_eq!(x.related.len(), 1, "{:?}", x.related);
        assert_eq!(
            x.related[0].title,
            "Serbia-Kosovo Tension; Russia Claims Provocation by the West"
        );
        let paragraphs: Vec<&str> = x.body_text.split("\n\n").collect();
        assert_eq!(paragraphs.len(), 8, "{paragraphs:#?}");
        assert!(x.body_text.starts_with(
            "On Monday, Kremlin spokesman Dmitri Peskov requested respect for the rights of Serbs residing in Kosovo"
        ));
        assert!(x.body_text.ends_with(
            "Since 2011, Kosovo and Serbia have had difficult and unsuccessful negotiations to normalize their relations."
        ));
        for bad in [
            "Audio Only",
            "google plus",
            "facebook",
            "RELATED:",
            "Post with no comments.",
            "Comments",
            "News > World",
            "Security forces at the Kosovo border",
            "Photo: Twitter",
            "Opinion",
        ] {
            assert!(!x.body_text.contains(bad), "body contains {bad:?}");
            assert!(!x.body_html.contains(bad), "body_html contains {bad:?}");
        }
        assert_eq!(x.body_html.matches("<p>").count(), 8);
        assert!(x.body_html.contains("&quot;to be reasonable&quot;"));
        assert_eq!(x.language.as_deref(), Some("en"));
        assert_eq!(x.byline, None);
        assert!(x.authors.is_empty());
        assert_eq!(x.site_name, None);
        assert_eq!(x.url, None);
    }

    /// A small article around `header`, with enough body to be found.
    /// The bridge story's page (menu, headline, `body`, comment footer), read.
    #[test]
    fn an_address_on_the_first_line_is_the_pages() {
        let title = "City Shuts Old Bridge After Cracks Found";
        let address = "https://www.citypost.example/news/2026/12/05/bridge-closed?ref=home";
        let pasted = format!("{address}\n\n{}", page(title, &[P1, P2, P3]));
        let x = read_text_clipping(&pasted);
        assert_eq!(x.url.as_deref(), Some(address));
        assert_eq!(x.title, title);
        assert!(!x.body_text.contains("https://"), "{}", x.body_text);
        // Further down, a bare address is a link the article prints, and stays in its text.
        let report = "https://www.citypost.example/files/bridge-report.pdf";
        let x = bridge(&[P1, "Read the engineers' report:", report, P2, P3]);
        assert_eq!(x.url, None);
        assert!(x.body_text.contains(report), "{}", x.body_text);
        // Not an address of a page: a bare word, a local name, another scheme.
        for first in [
            "localhost",
            "http://intranet/story",
            "ftp://files.example/a.txt",
        ] {
            let x = read_text_clipping(&format!("{first}\n\n{}", page(title, &[P1, P2, P3])));
            assert_eq!(x.url, None, "{first}");
        }
    }

    fn bridge(body: &[&str]) -> Extracted {
        read_text_clipping(&page("City Shuts Old Bridge After Cracks Found", body))
    }

    /// Each photo record's caption and credit, in order.
    fn captions_and_credits(x: &Extracted) -> Vec<(Option<&str>, Option<&str>)> {
        x.photos
            .iter()
            .map(|p| (p.caption.as_deref(), p.credit.as_deref()))
            .collect()
    }

    /// A line of its own, before it is classified.
    fn short_unit(text: &str) -> Unit {
        Unit {
            text: text.to_string(),
            bulleted: false,
            number: None,
            indent: 0,
            blank_before: true,
            kind: Kind::Short,
        }
    }

    fn page(header: &str, body: &[&str]) -> String {
        let mut s = String::from("  • Home\n  • World\n  • Sport\n\n");
        s.push_str(header);
        s.push_str("\n\n");
        for p in body {
            s.push_str(p);
            s.push_str("\n\n");
        }
        s.push_str("Comments\nLeave a comment\n");
        s
    }

    const P1: &str = "The city council voted on Tuesday to close the old bridge to cars after engineers found cracks in two of its supports.";
    const P2: &str = "Residents had complained for years about the state of the crossing, which carries more than ten thousand vehicles a day.";
    const P3: &str = "The mayor said repairs would start in the spring and last at least eighteen months, with a ferry service in the meantime.";
    const P4: &str = "Local businesses on both banks fear they will lose customers while the bridge is closed, and have asked for support.";

    #[test]
    fn a_chinese_trail_becomes_the_section_without_home_and_text() {
        let x = read_text_clipping(&story(
            "首页 >> 教育资讯 >> 教育新闻 >> 正文\n\nCity Shuts Old Bridge After Cracks Found",
        ));
        assert_eq!(x.section, ["教育资讯", "教育新闻"]);
        // Arrows both ways switch between versions of the text.
        assert_eq!(breadcrumb("ひらがな　←→　日本語・英語　←→　English"), None);
    }

    #[test]
    fn breadcrumb_becomes_section() {
        let x = read_text_clipping(&page(
            "Home › Politics › Europe\n\nCity Shuts Old Bridge After Cracks Found",
            &[P1, P2, P3],
        ));
        assert_eq!(x.section, vec!["Politics", "Europe"]);
        assert_eq!(x.genre, None);
        assert_eq!(x.title, "City Shuts Old Bridge After Cracks Found");
        assert!(!x.body_text.contains('›'));
        // A weather widget's reading (yna.co.kr) is no breadcrumb.
        assert_eq!(breadcrumb("Partly Sunny 17.3℃ 16° / 28°"), None);
        assert_eq!(breadcrumb("Rain 60% / Wind 12 km/h"), None);
    }

    #[test]
    fn the_headline_printed_in_the_top_bar_is_no_summary_under_a_kicker() {
        // Libération's page copied out of a browser: its top bar prints the headline (cut
        // with `…`, so read as prose), then the kicker stands over the headline again. The
        // headline under the kicker is no one-sentence summary: the page prints it twice.
        let headline = "Screenshot : «Vape Wave», «6 Days», «Alphonse Président»…";
        let body = [
            "Séries, documentaires, programmes jeunesse… Retrouvez les recommandations de Libération pour savoir quoi regarder cette semaine sur vos écrans.",
            "Pour dépasser le tabac",
            "Vape Wave (documentaire, 1h28, Planète+)",
            "Pendant quelques jours, le doute a plané sur la cigarette électronique dans les lieux publics. Le documentaire Vape Wave suit ceux qui ont arrêté de fumer grâce à elle, et leurs combats.",
            "Si le film part un peu dans tous les sens, il a le mérite de défendre une cause. On y croise des médecins, des vendeurs et des anciens fumeurs.",
            "Pour revivre un siège",
            "Le film raconte le siège de l'ambassade d'Iran à Londres en 1980. Les six jours de la prise d'otages sont filmés comme un thriller, sans temps mort.",
            "Pour rire de la politique",
            "La série suit un sénateur devenu président par accident. Elle moque le pouvoir avec une tendresse rare, et ses acteurs sont excellents.",
        ]
        .join("\n\n");
        let text = format!(
            "Menu \n \n \n   Connexion Abonnement\n \n{headline}\nFrance\nPlanète\nIdées\nCulture\nChecknews\n\n\
             Sur vos écrans cette semaine\n{headline}\n\
             Par Alexandre Hervaud et Jérémy Piette — 24 novembre 2017 à 18:42\n \n\
             «Vape Wave», «6 Days», «Alphonse président» et «Braguino» DR\n \n\n{body}\n"
        );
        let out = read_text_clipping(&text);
        assert_eq!(out.title, headline);
    }

    #[test]
    fn an_authors_name_over_the_dateline_over_the_headline() {
        // Wired copied out of a browser: the author in capitals, the section glued to the
        // date, the headline, and under the article a line about the author.
        let body: String = (0..5)
            .map(|i| format!("Paragraph {i}: checkpoints and cameras now ring the towns, and residents say they have been locked in for days at a time since the war began.\n\n"))
            .collect();
        let header = "TOM BENNETT\n\nBUSINESSNOV 7, 2023 2:00 AM\nIntensified Surveillance Has Put the West Bank on Lockdown\n";
        let bio = "Tom Bennett is a freelance reporter focusing on extremism and conflict.\n";
        let x = read_text_clipping(&format!("{header}\n{body}{bio}"));
        assert_eq!(
            x.title,
            "Intensified Surveillance Has Put the West Bank on Lockdown"
        );
        assert_eq!(x.authors, vec!["Tom Bennett"]);
        assert_eq!(
            x.published.map(|d| d.normalized).as_deref(),
            Some("2023-11-07")
        );
        // A section's label over the date is named nowhere else: no author.
        let header = "WORLD NEWS\n\nNOV 7, 2023 2:00 AM\nIntensified Surveillance Has Put the West Bank on Lockdown\n";
        let x = read_text_clipping(&format!("{header}\n{body}"));
        assert!(x.authors.is_empty(), "{:?}", x.authors);
    }

    #[test]
    fn a_trail_copied_without_its_drawn_separators() {
        // A browser copies no CSS-drawn `›` between the steps: `Home` and the menu's items
        // are glued into a line that reads like a short headline.
        let menu = "News\nLeague of Legends\nMobile Legends\nValorant\nCommunity\nWorld";
        let x = read_text_clipping(&page(
            &format!("{menu}\n\nHome League of Legends\n\nFaker Wins a Fourth Title"),
            &[P1, P2, P3],
        ));
        assert_eq!(x.title, "Faker Wins a Fourth Title");
        assert_eq!(x.section, vec!["League of Legends"]);
        let x = read_text_clipping(&page(
            &format!("{menu}\n\nHome News World\n\nFaker Wins a Fourth Title"),
            &[P1, P2, P3],
        ));
        assert_eq!(x.section, vec!["News", "World"]);
        // Words after `Home` that are not the menu's are a headline's.
        let x = read_text_clipping(&page(
            &format!("{menu}\n\nHome Owners Face Higher Rates"),
            &[P1, P2, P3],
        ));
        assert_eq!(x.title, "Home Owners Face Higher Rates");
        assert!(x.section.is_empty());
    }

    #[test]
    fn the_bbcs_caption_and_source_labels() {
        // Current pages: the credit above the caption, both labelled for screen readers.
        let x = bridge(&[
            P1,
            "Image source, Getty Images",
            "Image caption, Traffic was diverted over the river on Tuesday",
            P2,
            P3,
        ]);
        assert_eq!(
            captions_and_credits(&x),
            vec![(
                Some("Traffic was diverted over the river on Tuesday"),
                Some("Getty Images")
            )]
        );
        assert_eq!(x.body_text, format!("{P1}\n\n{P2}\n\n{P3}"));
        // Older pages: `Image copyright`, an unpunctuated label, a video's `Media caption`,
        // a picture with a source and no caption, and the section's link under the date.
        let x = read_text_clipping(&page(
            "City Shuts Old Bridge After Cracks Found\n\n24 July 2015\nFrom the section England",
            &[
                "Media caption The mayor spoke to reporters on Tuesday",
                P1,
                "Image copyright PA",
                "Image caption Engineers found cracks in two supports",
                P2,
                "Image source, Reuters",
                P3,
            ],
        ));
        assert_eq!(x.title, "City Shuts Old Bridge After Cracks Found");
        assert_eq!(
            captions_and_credits(&x),
            vec![
                (Some("The mayor spoke to reporters on Tuesday"), None),
                (Some("Engineers found cracks in two supports"), Some("PA")),
                (None, Some("Reuters")),
            ]
        );
        assert_eq!(x.body_text, format!("{P1}\n\n{P2}\n\n{P3}"));
    }

    #[test]
    fn share_buttons_in_a_language_without_share_words() {
        // Each button prints one label ("this page") and a network; then the label alone
        // and its e-mail button in the page's language.
        let bar = [
            "Hii ukurasa Facebook",
            "Hii ukurasa Messenger",
            "Hii ukurasa Twitter",
            "Hii ukurasa",
            "Hii ukurasa barua",
            "Funga ukurasa huu",
        ];
        let units = read_units(&page(
            &format!(
                "City Shuts Old Bridge After Cracks Found\n\n24 July 2015\n\n{}",
                bar.join("\n\n")
            ),
            &[P1, P2, P3],
        ));
        let kind = |line: &str| {
            units
                .iter()
                .find(|u| u.text == line)
                .map(|u| u.kind.clone())
        };
        for button in &bar[..5] {
            assert_eq!(kind(button), Some(Kind::Share), "{button}");
        }
        assert_eq!(kind("Funga ukurasa huu"), Some(Kind::Short));
        // Two headlines that end with a network's name are no share bar.
        let units = read_units("My Year Without Facebook\n\nMy Year Without Twitter\n\n");
        assert!(units.iter().all(|u| u.kind != Kind::Share));
    }

    #[test]
    fn the_bbcs_labels_in_its_other_languages() {
        // BBC Mundo, BBC Persian (its comma is Arabic's) and BBC Burmese's older pages
        // (an unpunctuated credit label over an English caption label).
        for (source, caption) in [
            (
                "Fuente de la imagen, Getty Images",
                "Pie de foto, El puente, cerrado el martes",
            ),
            (
                "منبع تصویر، Getty Images",
                "توضیح تصویر، El puente, cerrado el martes",
            ),
            (
                "ဓာတ်ပုံ မူပိုင် Getty Images",
                "Image caption El puente, cerrado el martes",
            ),
        ] {
            let x = bridge(&[P1, source, caption, P2, P3]);
            assert_eq!(
                captions_and_credits(&x),
                vec![(Some("El puente, cerrado el martes"), Some("Getty Images"))],
                "{source}"
            );
            assert_eq!(x.body_text, format!("{P1}\n\n{P2}\n\n{P3}"));
        }
    }

    #[test]
    fn caption_credit_variants() {
        let cases = [
            (
                "A man walks past. | Photo: Twitter/ @user",
                "A man walks past.",
                "Twitter/ @user",
            ),
            (
                "Firefighters at the scene (Reuters)",
                "Firefighters at the scene",
                "Reuters",
            ),
            (
                "Crowds gather. Photo by Jane Roe/Getty Images",
                "Crowds gather.",
                "Jane Roe/Getty Images",
            ),
            (
                "The minister speaks. Photograph: John Roe/AP",
                "The minister speaks.",
                "John Roe/AP",
            ),
            (
                "A new Bill would require providers to store metadata. Source: Supplied",
                "A new Bill would require providers to store metadata.",
                "Supplied",
            ),
            (
                "Protesters outside parliament on Tuesday. Source: AFP",
                "Protesters outside parliament on Tuesday.",
                "AFP",
            ),
            (
                "The harbour at dawn. Credit: Ana Lima",
                "The harbour at dawn.",
                "Ana Lima",
            ),
            (
                "A protest in the square. Image: EPA",
                "A protest in the square.",
                "EPA",
            ),
            (
                "The old bridge at night © Jane Roe",
                "The old bridge at night",
                "Jane Roe",
            ),
            (
                "You are what you search. (The Associated Press)",
                "You are what you search.",
                "The Associated Press",
            ),
            (
                "The president at the summit (AP Photo/Evan Vucci)",
                "The president at the summit",
                "AP Photo/Evan Vucci",
            ),
            (
                "Rescue teams at the quarry (Kyodo)",
                "Rescue teams at the quarry",
                "Kyodo",
            ),
            // Getty's wire captions, AFP's credit chain after the sentence.
            (
                "Putin arrives at Ube airport on December 15, 2016. (Photo credit should read KOJI SASAHARA/AFP/Getty Images)",
                "Putin arrives at Ube airport on December 15, 2016.",
                "KOJI SASAHARA/AFP/Getty Images",
            ),
            (
                "Supporters cheer in New York on November 9, 2016. / AFP / JIM WATSON (Photo credit should read JIM WATSON/AFP/Getty Images)",
                "Supporters cheer in New York on November 9, 2016.",
                "JIM WATSON/AFP/Getty Images",
            ),
            // A slash that names no part of the credit stays.
            (
                "Rates rose in the spring. / Analysis Photo: Ann Poe",
                "Rates rose in the spring. / Analysis",
                "Ann Poe",
            ),
            // Caption and credit elements copied side by side, with no space between.
            (
                "The sun rises over an oil field near Lost Hills, California.David McNew—Getty Images",
                "The sun rises over an oil field near Lost Hills, California.",
                "David McNew—Getty Images",
            ),
            (
                "Rescuers search the rubble in Antakya on Tuesday.Jane Roe/AP",
                "Rescuers search the rubble in Antakya on Tuesday.",
                "Jane Roe/AP",
            ),
            (
                "Security forces near a checkpoint on October 11, 2023.PHOTOGRAPH: JANE ROE/GETTY IMAGES",
                "Security forces near a checkpoint on October 11, 2023.",
                "JANE ROE/GETTY IMAGES",
            ),
        ];
        for (line, caption, credit) in cases {
            let got = caption_credit(line);
            assert_eq!(
                got,
                Some((caption.to_string(), credit.to_string())),
                "{line}"
            );
        }
        assert_eq!(
            caption_credit("Troops on a street in Harare Credit: STR/AFP"),
            Some((
                "Troops on a street in Harare".to_string(),
                "STR/AFP".to_string()
            ))
        );
        assert_eq!(caption_credit(P1), None);
        // A chart's source after a paragraph is the figures', not a picture's.
        assert_eq!(
            caption_credit("Unemployment rose to 4.2 per cent in the quarter. Source: ONS"),
            None
        );
        // Glued sentences without an agency at the end are no caption.
        assert_eq!(
            caption_credit("The vote was close.Jane Roe said she would appeal the result"),
            None
        );
        assert_eq!(
            caption_credit("He said the photo: was fake and that nobody believed it anyway"),
            None
        );
        // A photographer and the outlet in brackets after the caption's sentence.
        assert_eq!(
            caption_credit("Bassi and his crew left the day after Easter for Alaska. (Ellen M. Banner / The Seattle Times)"),
            Some((
                "Bassi and his crew left the day after Easter for Alaska.".to_string(),
                "Ellen M. Banner / The Seattle Times".to_string()
            ))
        );
        // An aside in brackets is not one.
        assert_eq!(
            caption_credit("The council voted to close the bridge. (See our map / timeline)"),
            None
        );
    }

    #[test]
    fn the_new_york_times_unlabelled_credit() {
        let cases = [
            (
                "Workers at a training center in Queens.CreditChang W. Lee/The New York Times",
                "Workers at a training center in Queens.",
                "Chang W. Lee/The New York Times",
            ),
            (
                "Debt could surpass the budget in 2023.CreditCreditJeon Heon-Kyun/EPA, via Shutterstock",
                "Debt could surpass the budget in 2023.",
                "Jeon Heon-Kyun/EPA, via Shutterstock",
            ),
            (
                "Peacekeepers at a camp in Sudan on Monday. Credit Ashraf Shazly/Agence France-Presse — Getty Images",
                "Peacekeepers at a camp in Sudan on Monday.",
                "Ashraf Shazly/Agence France-Presse — Getty Images",
            ),
        ];
        for (line, caption, credit) in cases {
            assert_eq!(
                caption_credit(line),
                Some((caption.to_string(), credit.to_string())),
                "{line}"
            );
        }
        // A bank after a full stop is prose, not a credit.
        assert_eq!(
            caption_credit("Shares fell sharply. Credit Suisse said it would cut jobs."),
            None
        );
    }

    #[test]
    fn alt_text_worded_like_its_caption_is_no_paragraph() {
        let x = read_text_clipping(&page(
            "Zugverkehr: Im ICE von Frankfurt nach Barcelona\n\nAnmelden / Registrieren\n\nPublished 3 March 2023",
            &[
                "Zugverkehr: Ein Zug in England. Zugreisen durch europäische Länder sind oft anstrengend und teuer.\nEin Zug in England: Zugreisen durch europäische Länder sind oft anstrengend und teuer. © Ben Stansall/AFP/Getty Images",
                P1,
                P2,
                P3,
            ],
        ));
        assert!(x.body_text.starts_with(P1), "{}", x.body_text);
        assert_eq!(x.photos.len(), 1);
        assert_eq!(
            x.photos[0].alt.as_deref(),
            Some("Zugverkehr: Ein Zug in England. Zugreisen durch europäische Länder sind oft anstrengend und teuer.")
        );
        assert_eq!(
            x.photos[0].credit.as_deref(),
            Some("Ben Stansall/AFP/Getty Images")
        );
        // Sign-in controls side by side are no section path.
        assert!(x.section.is_empty(), "{:?}", x.section);
    }

    #[test]
    fn a_caption_printed_twice_is_one_photo() {
        let caption = "Whole Foods touted a price cut on halibut as part of an announcement. (Ellen M. Banner / The Seattle Times)";
        let x = read_text_clipping(&page(
            "City Shuts Old Bridge After Cracks Found\n\nPublished 3 March 2023",
            &[P1, caption, P2, caption, P3],
        ));
        assert_eq!(
            captions_and_credits(&x),
            vec![(
                Some("Whole Foods touted a price cut on halibut as part of an announcement."),
                Some("Ellen M. Banner / The Seattle Times")
            )]
        );
        assert_eq!(
            crate::sanitize::photo_markers(&x.body_html),
            vec![0],
            "{}",
            x.body_html
        );
        // A short label under several pictures names several photos.
        let label = "Screenshot Whatsapp. Foto: Recherche/privat";
        let x = read_text_clipping(&page(
            "City Shuts Old Bridge After Cracks Found\n\nPublished 3 March 2023",
            &[P1, label, P2, label, P3],
        ));
        assert_eq!(x.photos.len(), 2, "{:?}", x.photos);
    }

    #[test]
    fn a_credit_on_a_line_of_its_own_belongs_to_the_photo_before_it() {
        let x = read_text_clipping(&page(
            "City Shuts Old Bridge After Cracks Found\n\nPublished 3 March 2023",
            &[
                P1,
                "Photo\n[bridge-2023]\nCredit Harry Campbell",
                P2,
                "CreditKevin Frayer/Getty Images",
                P3,
                "Credit Suisse",
                P1,
            ],
        ));
        let credits: Vec<_> = x.photos.iter().map(|p| p.credit.as_deref()).collect();
        assert_eq!(
            credits,
            vec![Some("Harry Campbell"), Some("Kevin Frayer/Getty Images")],
            "{:?}",
            x.photos
        );
        assert!(x.photos.iter().all(|p| p.caption.is_none()));
        for gone in ["Harry Campbell", "Kevin Frayer", "bridge-2023"] {
            assert!(!x.body_text.contains(gone), "{gone}: {}", x.body_text);
        }
        // Not after a picture, and spaced: a sub-heading about a bank.
        assert!(x.body_text.contains("Credit Suisse"), "{}", x.body_text);

        // A caption printed twice (the picture's alt text, then its caption) over a labelled
        // credit: one photo record with both.
        let caption = "The old bridge, once thought doomed by its cracks.";
        let x = read_text_clipping(&page(
            "City Shuts Old Bridge After Cracks Found\n\nPublished 3 March 2023",
            &[
                P1,
                caption,
                caption,
                "Photograph by Ed Marsh, City Archive",
                P2,
                P3,
            ],
        ));
        assert_eq!(
            captions_and_credits(&x),
            vec![(Some(caption), Some("Ed Marsh, City Archive"))]
        );
        assert!(!x.body_text.contains("doomed"), "{}", x.body_text);
    }

    #[test]
    fn a_bracketed_or_copyright_credit_is_a_credit_of_its_own() {
        // Nothing but a bracket or a sign before the label: no caption `(` or `©`.
        for line in [
            "(Foto: Christian Charisius/dpa)",
            "© Foto: Johanna Link / Donna Magazin",
            "(Credit: iStock)",
            "Photo Credit: Catwalkpictures",
        ] {
            assert_eq!(caption_credit(line), None, "{line}");
        }
        // The agency's copyright before the photographer's label: both are the credit.
        assert_eq!(
            caption_credit(
                "Der Virologe Christian Drosten © picture alliance/dpa Foto: Christophe Gateau"
            ),
            Some((
                "Der Virologe Christian Drosten".to_string(),
                "picture alliance/dpa Foto: Christophe Gateau".to_string()
            ))
        );
        let x = read_text_clipping(&page(
            "City Shuts Old Bridge After Cracks Found\n\nPublished 3 March 2023",
            &[
                P1,
                // A picture with a credit and no caption, under a paragraph of the body.
                "(Bild: Gunnar Pippel/Shutterstock)",
                P2,
                // The picture's title, its caption, then its credit (Süddeutsche Zeitung).
                "Premiere of the night ferry",
                "A ferry will carry cars across the river while the bridge is repaired.",
                "(Foto: Christian Charisius/dpa)",
                P3,
                // The same under the text browser's placeholder for the picture.
                "[ferry-2023]",
                "The ferry's first crossing.",
                "(Bild: Hersteller)",
                P1,
                "(Credit: iStock)",
                P4,
            ],
        ));
        let photos = captions_and_credits(&x);
        assert_eq!(
            photos,
            vec![
                (None, Some("Gunnar Pippel/Shutterstock")),
                (
                    Some("A ferry will carry cars across the river while the bridge is repaired."),
                    Some("Christian Charisius/dpa")
                ),
                (Some("The ferry's first crossing."), Some("Hersteller")),
                (None, Some("iStock")),
            ]
        );
        for kept in [P1, P2, P3, P4] {
            assert!(x.body_text.contains(kept), "{kept}: {}", x.body_text);
        }
        for gone in ["Pippel", "A ferry will carry", "Charisius", "iStock"] {
            assert!(!x.body_text.contains(gone), "{gone}: {}", x.body_text);
        }
    }

    #[test]
    fn a_line_that_goes_on_from_an_alt_text_is_no_caption() {
        let x = read_text_clipping(&page(
            "City Shuts Old Bridge After Cracks Found\n\nPublished 3 March 2023",
            &[
                P1,
                // A picture's alt text, then its caption with the credit after a bullet.
                "The old bridge at dusk",
                "The old bridge at dusk• Crédits : Getty",
                P2,
                // A heading whose paragraph opens with its words, as an author's box does.
                "Ferry Service",
                "Ferry Service is the company that will carry cars across the river until the bridge opens again in two years.",
                P3,
            ],
        ));
        let photos = captions_and_credits(&x);
        assert_eq!(
            photos,
            vec![(Some("The old bridge at dusk"), Some("Getty"))]
        );
        assert!(
            x.body_text.contains("is the company that will carry cars"),
            "{}",
            x.body_text
        );
        assert!(!reads_as_credit_after_alt("s haben die wichtige Aufgabe"));
        assert!(!reads_as_credit_after_alt(
            ": \"The Last Parklet of Stuttgart\""
        ));
        assert!(!reads_as_credit_after_alt(
            " studierte in Dresden und Boston."
        ));
        assert!(reads_as_credit_after_alt(
            " SalzburgerLand Tourismus / Markus Greber"
        ));
        assert!(reads_as_credit_after_alt(" evgenyb/iStock/Getty Images"));
        assert!(reads_as_credit_after_alt("."));
    }

    #[test]
    fn captions_leave_the_body() {
        let x = read_text_clipping(&page(
            "City Shuts Old Bridge After Cracks Found\n\nPublished 3 March 2023",
            &[
                P1,
                "The bridge seen from the river. Photograph: Jane Roe/AP",
                P2,
                P3,
            ],
        ));
        assert_eq!(x.photos.len(), 1);
        assert_eq!(x.photos[0].credit.as_deref(), Some("Jane Roe/AP"));
        assert!(!x.body_text.contains("Photograph"));
        assert_eq!(x.body_text.split("\n\n").count(), 3);
        // The photo stays where its caption was: between the first two paragraphs.
        let blocks: Vec<&str> = x.body_html.split('\n').collect();
        assert_eq!(blocks.len(), 4, "{}", x.body_html);
        assert!(blocks[0].starts_with("<p>"));
        assert_eq!(blocks[1], crate::sanitize::photo_marker(0));
        assert_eq!(crate::sanitize::photo_markers(&x.body_html), vec![0]);
    }

    #[test]
    fn a_caption_above_the_body_is_the_lead_photo_not_placed_in_it() {
        let x = read_text_clipping(&page(
            "City Shuts Old Bridge After Cracks Found\n\nPublished 3 March 2023\n\nThe bridge seen from the river. Photograph: Jane Roe/AP",
            &[P1, P2, "Engineers at work. Photo: John Doe/Reuters", P3],
        ));
        assert_eq!(x.photos.len(), 2, "{:?}", x.photos);
        // Only the second caption sits between paragraphs.
        assert_eq!(crate::sanitize::photo_markers(&x.body_html), vec![1]);
        let marker = x.body_html.find(&crate::sanitize::photo_marker(1)).unwrap();
        let p2 = x.body_html.find(&escape_html(&P2[..20])).unwrap();
        let p3 = x.body_html.find(&escape_html(&P3[..20])).unwrap();
        assert!(p2 < marker && marker < p3, "{}", x.body_html);
    }

    #[test]
    fn alt_text_then_caption() {
        let x = read_text_clipping(&page(
            "City Shuts Old Bridge After Cracks Found\n\nPublished 3 March 2023",
            &[P1, "Cracked support\nCracked support (Jane Roe)", P2, P3],
        ));
        assert_eq!(x.photos.len(), 1, "{:?}", x.photos);
        assert_eq!(x.photos[0].caption.as_deref(), Some("Cracked support"));
        assert_eq!(x.photos[0].credit.as_deref(), Some("Jane Roe"));
        assert_eq!(x.photos[0].alt.as_deref(), Some("Cracked support"));
        assert!(!x.body_text.contains("Cracked support"));
    }

    #[test]
    fn a_headline_its_paragraph_repeats_is_the_title_not_alt_text() {
        let x = read_text_clipping(&format!(
            "Bridge Watch\n\nNews about the bridges of our city, every single week.\n\nFriday, March 3, 2023\n\nOld Bridge Closes to Cars!\n\nOld Bridge Closes to Cars! {P1} {P2}\n\n{P3}\n\n{P4}\n\nPosted by Jane Roe at 5:11 AM\n"
        ));
        assert_eq!(x.title, "Old Bridge Closes to Cars!");
        assert!(x.photos.is_empty(), "{:?}", x.photos);
    }

    #[test]
    fn teasers_with_links_to_their_posts_leave_the_body_however_long() {
        let summary = |topic: &str| {
            format!("The good folks at the {topic} club are still doing their thing, and now they have included two famous guests to play along with them. On April 13 they sang together in front of a crowd of more than a thousand people in the old town hall, and the video is lovely.")
        };
        let x = read_text_clipping(&format!(
            "Bridge Watch\n\n/ Jane Roe / 10:08 am Fri Jul 19, 2013\n\nOld Bridge Closes to Cars\n\n{P1} {P2}\n\nSHARE / TWEET / 82 COMMENTS\n\nChoir Sings for the Bridge\n\n{}\n\nREAD THE REST\n\nSkaters Take Over the Square\n\n{}\n\nREAD THE REST\n\nBakers Bake the Longest Loaf\n\n{}\n\nREAD THE REST\n",
            summary("choir"),
            summary("skating"),
            summary("baking")
        ));
        assert!(x.body_text.starts_with(&P1[..30]), "{}", x.body_text);
        assert!(!x.body_text.contains("good folks"), "{}", x.body_text);
        assert_eq!(x.title, "Old Bridge Closes to Cars");
    }

    #[test]
    fn related_block() {
        let x = bridge(&[
            P1,
            "READ MORE:\n\nEngineers Warn of Ageing Bridges Nationwide",
            P2,
            "Related:",
            P3,
            P4,
        ]);
        assert_eq!(x.related.len(), 1, "{:?}", x.related);
        assert_eq!(
            x.related[0].title,
            "Engineers Warn of Ageing Bridges Nationwide"
        );
        // The paragraph after the second marker is not swallowed.
        assert!(x.body_text.contains(P3));
        assert!(!x.body_text.contains("Engineers Warn"));
        assert!(!x.body_text.contains("READ MORE"));
        for marker in [
            "Das Thema könnte dich auch interessieren:",
            "Das könnte Sie auch interessieren",
            "You might also like",
            "Other People Are Reading",
            "People are also reading",
            "Ça pourrait vous intéresser",
            // Other languages a news archive meets.
            "Lees ook:",
            "Czytaj także",
            "Читайте также:",
            "Läs också",
            "Baca juga:",
            "関連記事",
            "相关新闻",
            "관련기사",
            "اقرأ أيضا",
            "เรื่องที่เกี่ยวข้อง",
            "ये भी पढ़ें",
        ] {
            assert!(is_related_marker(marker), "{marker}");
        }
        // A link after the marker on the same line is a sentence of the text's, not a marker.
        assert!(!is_related_marker(
            "Baca juga: Banjir Jakarta, warga mengungsi"
        ));
    }

    #[test]
    fn genre_kicker_versus_control() {
        let kicker = read_text_clipping(&page(
            "Analysis\nCity Shuts Old Bridge After Cracks Found\nBy Jane Doe",
            &[P1, P2, P3],
        ));
        assert_eq!(kicker.genre.as_deref(), Some("analysis"));
        let control = read_text_clipping(&page(
            "City Shuts Old Bridge After Cracks Found\n\nPublished 3 March 2023\nOpinion",
            &[P1, P2, P3],
        ));
        assert_eq!(control.genre, None);
        assert!(!control.body_text.contains("Opinion"));
        let crumb = read_text_clipping(&page(
            "Opinion > Columnists\n\nCity Shuts Old Bridge After Cracks Found",
            &[P1, P2, P3],
        ));
        assert_eq!(crumb.genre.as_deref(), Some("opinion"));
        assert_eq!(crumb.section, vec!["Opinion", "Columnists"]);
    }

    #[test]
    fn bylines() {
        let x = read_text_clipping(&page(
            "City Shuts Old Bridge After Cracks Found\nBy Jane Doe and John Roe\n2 March 2023",
            &[P1, P2, P3],
        ));
        assert_eq!(x.byline.as_deref(), Some("Jane Doe and John Roe"));
        assert_eq!(x.authors, vec!["Jane Doe", "John Roe"]);
        assert_eq!(
            x.published.map(|d| d.normalized).as_deref(),
            Some("2023-03-02")
        );
        let agency = read_text_clipping(&page(
            "City Shuts Old Bridge After Cracks Found\nJane Doe, Reuters",
            &[P1, P2, P3],
        ));
        assert_eq!(agency.byline.as_deref(), Some("Jane Doe, Reuters"));
        assert_eq!(agency.authors, vec!["Jane Doe"]);
        let listed = byline("By Dana A. Ford , Chien-Ming Wang, and Tom Watkins, CNN");
        assert!(
            matches!(listed, Some(Kind::Byline { ref authors, .. })
                if authors == &["Dana A. Ford", "Chien-Ming Wang", "Tom Watkins"]),
            "{listed:?}"
        );
        let titled = byline("By Daniel Kahn Gillmor, Senior Staff Technologist, ACLU Project");
        assert_eq!(
            titled,
            Some(Kind::Byline {
                byline: "Daniel Kahn Gillmor".to_string(),
                authors: vec!["Daniel Kahn Gillmor".to_string()],
                date: None
            })
        );
        assert_eq!(
            byline("By the time the bridge closed, nobody was left."),
            None
        );
        let glued = byline("By JEFFREY GETTLEMAN JAN. 13, 2017");
        assert!(
            matches!(glued, Some(Kind::Byline { ref byline, date: Some(ref d), .. })
                if byline == "JEFFREY GETTLEMAN" && d.normalized == "2017-01-13"),
            "{glued:?}"
        );
        let bare = byline("Dan Goodin - Apr 16, 2015 8:02 pm UTC");
        assert!(
            matches!(bare, Some(Kind::Byline { ref byline, date: Some(ref d), .. })
                if byline == "Dan Goodin" && d.normalized == "2015-04-16T20:02:00Z"),
            "{bare:?}"
        );
        // A bare name without a date is not a byline.
        assert_eq!(byline("Dan Goodin"), None);
        let three = byline("By Ana Lima, Jane Doe & John Roe | 1 August 2022");
        assert!(
            matches!(three, Some(Kind::Byline { ref authors, date: Some(_), .. }) if authors.len() == 3)
        );
    }

    #[test]
    fn a_wire_storys_closing_credits_stay_and_its_standards_line_goes() {
        let x = bridge(&[
            P1,
            P2,
            P3,
            "Additional reporting by Steve Gorman; Editing by Marguerita Choy and Simon Cameron-Moore",
            "Our Standards: The Thomson Reuters Trust Principles.",
        ]);
        assert!(
            x.body_text.ends_with("Simon Cameron-Moore"),
            "{}",
            x.body_text
        );
        assert!(!x.body_text.contains("Trust Principles"), "{}", x.body_text);
    }

    #[test]
    fn a_newsletter_box_inside_the_story_is_furniture() {
        // The Verge: a heading, the pitch, the e-mail field, inside the article's text.
        let x = bridge(&[
            P1,
            P2,
            "Sign up for the newsletter Command Line",
            "Command Line delivers daily updates from the near-future.",
            "Email (required)",
            "[ ]",
            P3,
        ]);
        assert!(!x.body_text.contains("near-future"), "{}", x.body_text);
        assert!(x.body_text.contains(P3), "{}", x.body_text);
        // correctiv.org: a German box, its heading over its pitch.
        let x = bridge(&[
            P1,
            P2,
            "Aktuelle Recherchen per Mail",
            "Wir informieren Sie regelmäßig zum Thema Neue Rechte und über die Arbeit von CORRECTIV.",
            "E-Mail-Adresse [ ]",
            "[Abonnieren]",
            P3,
        ]);
        assert!(!x.body_text.contains("Wir informieren"), "{}", x.body_text);
        assert!(
            !x.body_text.contains("Aktuelle Recherchen"),
            "{}",
            x.body_text
        );
        // A pitch that names the newsletter needs no field under it (MEEDIA, la-bas.org).
        let x = bridge(&[
            P1,
            P2,
            "Keine Neuigkeiten aus der Medien-Branche mehr verpassen: Abonnieren Sie kostenlos die MEEDIA-Newsletter und bleiben Sie über alle aktuellen Entwicklungen auf dem Laufenden.",
            P3,
        ]);
        assert!(!x.body_text.contains("MEEDIA"), "{}", x.body_text);
        // No field: the pitch between a newsletter heading and its button (G/O Media).
        let x = bridge(&[
            P1,
            P2,
            "Subscribe To Our Newsletter",
            "Your guide to gaming delivered to your inbox daily.",
            "Subscribe",
            P3,
        ]);
        assert!(!x.body_text.contains("Your guide"), "{}", x.body_text);
        assert!(x.body_text.contains(P3), "{}", x.body_text);
        // A compound names the newsletter too, and the button goes with its box.
        let x = bridge(&[
            P1,
            P2,
            "Unser Wochennewsletter",
            "Die wichtigsten Nachrichten der Woche, jeden Freitag in Ihrem Postfach.",
            "Jetzt abonnieren",
            P3,
        ]);
        assert!(!x.body_text.contains("Postfach"), "{}", x.body_text);
        assert!(!x.body_text.contains("abonnieren"), "{}", x.body_text);
        assert!(x.body_text.contains(P3), "{}", x.body_text);
        // A heading that names no newsletter makes no box of a paragraph over a button.
        let x = bridge(&[
            P1,
            "Reviews",
            "Your guide to gaming delivered to your inbox daily.",
            "Subscribe",
            P3,
        ]);
        assert!(x.body_text.contains("Your guide"), "{}", x.body_text);
        // A paragraph of the story is no pitch: a long one over a field stays.
        let long = format!("{P1} {P2}");
        let x = bridge(&[&long, P2, P3, "Email (required)"]);
        assert!(x.body_text.contains(&long), "{}", x.body_text);
    }

    #[test]
    fn rights_notices_and_citation_lines_are_furniture_and_sentences_about_rights_are_not() {
        for notice in [
            "© 2016 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.",
            "Copyright 2023 NPR",
            "2019 Healthline Media UK Ltd. All rights reserved. MNT is the registered trade mark of Healthline Media.",
            "Citation: Flint flake tool adds to evidence (2019, October 22) retrieved 20 January 2020 from https://phys.org/news/2019-10-flint.html",
            "This document is subject to copyright. Apart from any fair dealing for the purpose of private study or research, no part may be reproduced without the written permission.",
        ] {
            assert!(is_rights_notice(notice, &notice.to_lowercase()), "{notice}");
        }
        for sentence in [
            "Copyright law, she said, was never meant for this.",
            "Citation: the court cited a 1998 ruling.",
            "This document is what the committee retrieved from the archive in 2019.",
            "“The studio kept all rights reserved under the 1998 contract,” Smith said.",
        ] {
            assert!(
                !is_rights_notice(sentence, &sentence.to_lowercase()),
                "{sentence}"
            );
        }
        let x = bridge(&[P1, P2, P3, "© 2019 Science X Network", "Citation: Flint flake tool adds to evidence (2019, October 22) retrieved 20 January 2020 from https://phys.org/news/2019-10-flint.html"]);
        assert_eq!(x.body_text.split("\n\n").count(), 3, "{}", x.body_text);
    }

    #[test]
    fn comment_footer_is_furniture() {
        let x = bridge(&[P1, P2, P3, "Comment\n0\nComments\nPost with no comments.", "Advertisement", "We use cookies to improve your experience. Accept cookies to continue reading this site."]);
        assert_eq!(x.body_text.split("\n\n").count(), 3);
        assert!(!x.body_text.contains("cookies"));
        assert!(!x.body_text.contains("Comment"));
    }

    #[test]
    fn standfirst_is_conservative() {
        // A news lede right after the date stays in the body.
        let x = read_text_clipping(&page(
            "City Shuts Old Bridge After Cracks Found\n\nPublished 3 March 2023",
            &[P1, P2, P3, P4],
        ));
        assert_eq!(x.standfirst, None);
        assert!(x.body_text.starts_with(P1));
        // Without a date or byline in the header, no standfirst is taken.
        let summary = "Engineers found cracks in two supports of the crossing, which carries ten thousand cars a day.";
        let x = bridge(&[summary, P1, P2, P3, P4]);
        assert_eq!(x.standfirst, None);
        // With a dated header, the single-sentence summary is the standfirst.
        let x = read_text_clipping(&page(
            "City Shuts Old Bridge After Cracks Found\n\nPublished 3 March 2023",
            &[summary, P1, P2, P3, P4],
        ));
        assert_eq!(x.standfirst.as_deref(), Some(summary));
        assert!(x.body_text.starts_with(P1));
        // A summary between the title and the byline is always the standfirst.
        let x = read_text_clipping(&page(
            &format!("City Shuts Old Bridge After Cracks Found\n\n{summary}\n\nBy Jane Doe"),
            &[P1, P2, P3],
        ));
        assert_eq!(x.standfirst.as_deref(), Some(summary));
        assert!(x.body_text.starts_with(P1));
    }

    /// `text` wrapped at `width` columns, the way a text-mode browser or a mail program
    /// prints it: a line ends where the next word would not fit.
    fn wrap(text: &str, width: usize) -> String {
        let mut out = String::new();
        let mut line = 0;
        for word in text.split(' ') {
            if line > 0 && line + 1 + word.chars().count() > width {
                out.push('\n');
                line = 0;
            } else if line > 0 {
                out.push(' ');
                line += 1;
            }
            out.push_str(word);
            line += word.chars().count();
        }
        out
    }

    #[test]
    fn wrapped_paragraphs_are_joined() {
        // The whole page wrapped at 72 columns: each paragraph is read whole again.
        let (w1, w2, w3) = (wrap(P1, 72), wrap(P2, 72), wrap(P3, 72));
        assert!(w1.contains('\n') && w2.contains('\n'));
        let x = bridge(&[&w1, &w2, &w3]);
        assert_eq!(x.body_text, format!("{P1}\n\n{P2}\n\n{P3}"));
    }

    #[test]
    fn a_long_headline_over_the_next_block_is_not_a_wrapped_line() {
        // Copied out of a graphical browser nothing is wrapped: paragraphs are long lines, and
        // blocks follow one another without a blank line. A headline of 60+ characters
        // ending in a word is not the first half of the line under it.
        let headline =
            "Stack Overflow Jobs Data Shows ReactJS Skills in High Demand, WordPress Market Oversaturated with Developers";
        let long = |p: &str| format!("{p} {p} {p}");
        let text = format!(
            "Home\nNews\n{headline}\nSarah Gooding March 9, 2017\n{}\n{}\n{}\n",
            long(P1),
            long(P2),
            long(P3)
        );
        let x = read_text_clipping(&text);
        assert_eq!(x.title, headline);
        assert_eq!(x.authors, vec!["Sarah Gooding".to_string()]);
        assert!(x.body_text.starts_with(P1), "{}", x.body_text);
    }

    #[test]
    fn a_kicker_headline_line_printed_again_is_the_title_once() {
        let headline =
            "Manhole Fires and Burst Pipes: How Winter Wreaks Havoc on What’s Underneath N.Y.C.";
        let summary =
            "The city’s aging infrastructure is tough to maintain, and winter makes it even worse.";
        let x = read_text_clipping(&format!(
            "Sections\nSEARCH\nNew York\nSubscribe\nLog In\nToday’s Paper\nNew York|{headline}\n\n  • \n  • \n  • \n\nSupported by\n\n{headline}\n\n{summary}\n\nImage[merlin_150]\nA worker repairing cables.CreditChang W. Lee/The New York Times\n\nCorey Kilgannon\n\nBy Corey Kilgannon\n\nFeb. 21, 2019\n\n{P1}\n\n{P2}\n\n{P3}\n\n{P4}\n"
        ));
        assert_eq!(x.title, headline);
        assert_eq!(x.section, vec!["New York".to_string()]);
        assert_eq!(x.standfirst.as_deref(), Some(summary));
        assert!(x.body_text.starts_with(P1), "{}", x.body_text);
        assert_eq!(x.photos.len(), 1);
        assert_eq!(
            x.photos[0].credit.as_deref(),
            Some("Chang W. Lee/The New York Times")
        );
    }

    #[test]
    fn account_navigation_and_contact_lines_are_furniture() {
        for line in [
            "Impressum Menü",
            "Je m'abonne Je m'identifie",
            "Kontakt",
            "Contact us",
            "Hauptnavigation",
            "Alle Benachrichtigungen anzeigen",
            "Auf einer Seite lesen",
            "Forgot your Intel username or password?",
            "New to WordPress.com? Sign up",
            "Refresh (0 sec) /service/javascript-bitte-aktivieren.html",
            "Feedback",
            "Sign up for Command Line, a paid weekly newsletter from Alex Heath about the tech industry’s inside conversation. Your first month is free!",
            "Our Standards: The Thomson Reuters Trust Principles.",
            "Alle Artikel des Autors",
            "View all posts by Jane Doe",
            "More from this author",
            "MORE FROM Nathanael Johnson",
            "Category: Blog Popular",
            "Kategorien",
            "Email Newsletter",
            "Next Page",
            "Pages: 1 2 3 4",
            "posted by Stadler at 12:53",
            "Gespeichert von am 24. Juli 2017 - 18:55",
            "Submitted by jane on Mon, 2019-01-21 13:49",
            "Go to permalink",
            "Permalink",
        ] {
            assert!(is_furniture(line, &line.to_lowercase()), "{line}");
        }
        for line in [
            "Kontakt mit der Polizei",
            "Navigation apps are changing how we drive",
            "Je m'abonne à la vie",
            "Feedback from readers shaped the new timetable",
            "Our standards of living fell as the plant closed.",
            "All stories by our readers were checked by two editors.",
            "More from the front lines",
            "Category 5 storms are rare this far north",
            "Pages 1 and 2 of the report were blacked out.",
            "Posted by the union at midnight, the notice went unread.",
            "Posted by her sister at 3 a.m., the video went viral.",
            "Posted by an anonymous user on 4chan, the clip spread fast.",
            "Submitted by residents on 12 May, the petition was rejected.",
        ] {
            assert!(!is_furniture(line, &line.to_lowercase()), "{line}");
        }
    }

    #[test]
    fn a_paywalls_notice_is_furniture() {
        for line in [
            "［有料会員限定］この記事は会員限定です。電子版に登録すると続きをお読みいただけます。",
            "Subscribe now to continue reading",
            "This article is for subscribers only.",
            "You’ve reached your free article limit.",
            "Dieser Artikel ist nur für Abonnenten verfügbar.",
            "Jetzt weiterlesen mit SZ Plus",
            "La suite de cet article est réservée aux abonnés.",
            "Este contenido es exclusivo para suscriptores.",
        ] {
            assert!(is_furniture(line, &line.to_lowercase()), "{line}");
        }
        for line in [
            "Readers who subscribe to continue reading the paper in print are fewer each year, the publisher said on Tuesday, and the group will close two of its printing plants.",
            "Members of the club voted to continue the tradition.",
        ] {
            assert!(!is_furniture(line, &line.to_lowercase()), "{line}");
        }
        let x = read_text_clipping(&page(
            "City Shuts Old Bridge After Cracks Found\nMar 3, 2023",
            &[P1, P2, P3, "Subscribe to continue reading."],
        ));
        assert!(!x.body_text.contains("Subscribe"), "{}", x.body_text);
    }

    #[test]
    fn skip_links_wiki_taglines_and_dot_leaders_are_furniture_and_more_links_no_titles() {
        for line in [
            "ここから本文です",
            "From Wikipedia, the free encyclopedia",
            "17.2. Informative References...................................21",
        ] {
            assert!(is_furniture(line, &line.to_lowercase()), "{line}");
        }
        for line in [
            "From Paris, the free city rose up against the king",
            "Figures 1..3",
        ] {
            assert!(!is_furniture(line, &line.to_lowercase()), "{line}");
        }
        let unit = short_unit;
        assert!(!is_title_candidate(&unit("View All Stories »")));
        assert!(!is_title_candidate(&unit("More news ›")));
        assert!(is_title_candidate(&unit(
            "Népal : «Plus les heures passent, moins on est utiles»"
        )));
        assert!(is_title_candidate(&unit(
            "The Deck of Cards That Made Tarot A Global Phenomenon"
        )));
    }

    #[test]
    fn a_headings_own_link_is_dropped() {
        let x = read_text_clipping(&page(
            "City Shuts Old Bridge After Cracks Found¶\n\nPublished 3 March 2023",
            &[P1, "Closures[edit]", P2, P3],
        ));
        assert_eq!(x.title, "City Shuts Old Bridge After Cracks Found");
        assert!(x.body_text.contains("\n\nClosures\n\n"), "{}", x.body_text);
        assert!(!x.body_text.contains("[edit]"), "{}", x.body_text);
    }

    #[test]
    fn doubled_lines_are_read_once() {
        assert_eq!(undouble("Jane DoeJane Doe"), "Jane Doe");
        assert_eq!(
            undouble("The PlayStation VRThe PlayStation VR"),
            "The PlayStation VR"
        );
        assert_eq!(undouble("Bora Bora"), "Bora Bora");
        assert_eq!(undouble("New York, New York"), "New York, New York");
    }

    #[test]
    fn cjk_lines_count_characters() {
        // Two CJK characters make a word; a 26-character line without a stop is prose.
        assert_eq!(
            word_count("一波波接續性低溫寒流報到已將新竹尖石鄉後山一帶層層山巒"),
            13
        );
        let unit = short_unit("一波波接續性低溫寒流報到已將新竹尖石鄉後山一帶層層山巒");
        assert_eq!(classify_one(&unit, None), Kind::Prose);
        let short = Unit {
            text: "部落格全站分類".to_string(),
            ..unit
        };
        assert_eq!(classify_one(&short, None), Kind::Short);
    }

    #[test]
    fn preformatted_blocks_stay_whole() {
        let x = read_text_clipping(&page(
            "City Shuts Old Bridge After Cracks Found",
            &[
                P1,
                "SELECT count(*)\nFROM bridges\nWHERE cracked;",
                "count\n──────\n42",
                P2,
                P3,
            ],
        ));
        assert!(x.body_text.contains("FROM bridges"), "{}", x.body_text);
        assert!(x.body_text.contains("count\n──────\n42"), "{}", x.body_text);
    }

    #[test]
    fn content_lists_versus_menus() {
        let list = "  • Engineers found two cracked supports on the northern side of the old bridge\n  • The council will run a ferry service between both banks during the works\n  • Cyclists and pedestrians can still use the footpath on the southern side";
        let x = bridge(&[P1, list, P2, P3]);
        assert!(
            x.body_text.contains("ferry service between both banks"),
            "{}",
            x.body_text
        );
        let menu = "  • Politics\n  • Business\n  • Culture and Arts\n  • Sport";
        let x = bridge(&[P1, P2, P3, menu]);
        assert!(!x.body_text.contains("Culture and Arts"));
        // Title-case teaser headlines are not content.
        let teasers = "  • Engineers Warn of Ageing Bridges Across the Whole Country\n  • Mayor Promises Faster Repairs After Years of Neglect";
        let x = bridge(&[P1, P2, P3, teasers]);
        assert!(!x.body_text.contains("Engineers Warn"));
    }

    #[test]
    fn a_headline_with_full_stops_over_its_deck_and_byline() {
        let headline = "Cracks closed this bridge for a year. Now, it is being rebuilt.";
        let deck = "The old crossing, once the pride of the river town, makes an unlikely \
                    comeback after a decade of neglect.";
        let x = read_text_clipping(&page(
            &format!("Menu\n\nEnvironment\n\n{headline}\n\n{deck}\n\nBy Jane Doe"),
            &[P1, P2, P3, P4],
        ));
        assert_eq!(x.title, headline);
        assert_eq!(x.standfirst.as_deref(), Some(deck));
        assert_eq!(x.byline.as_deref(), Some("Jane Doe"));
        assert!(x.body_text.starts_with(P1), "{}", x.body_text);
        // Under a headline, the same paragraph is its deck, not the title.
        let x = read_text_clipping(&page(
            &format!("Menu\n\nCity Shuts Old Bridge After Cracks Found\n\n{deck}\n\nBy Jane Doe"),
            &[P1, P2, P3, P4],
        ));
        assert_eq!(x.title, "City Shuts Old Bridge After Cracks Found");
        assert_eq!(x.standfirst.as_deref(), Some(deck));
    }

    #[test]
    fn a_headline_the_body_opens_with_is_the_title_when_its_byline_follows() {
        // nytimes.com pasted: a section label at the top, then the headline and its deck
        // read as the body's first paragraphs, the lead photo's caption, the byline, the date.
        let headline =
            "Manhole Fires and Burst Pipes: How Winter Wreaks Havoc on What’s Underneath N.Y.C.";
        let deck = "New York’s aging below-street infrastructure is tough to maintain, and the \
                    corrosive rock salt and “freeze-thaw” cycles of winter make it even worse.";
        let x = read_text_clipping(&page(
            &format!(
                "Sections\n\nSEARCH\n\nSkip to content\n\nNew York\n\nSubscribe\n\nLog In\n\n\
                 Today’s Paper\n\nSupported by\n\n{headline}\n\n{deck}\n\nImage\n\n\
                 A Con Edison worker repairing underground cables.CreditCreditChang W. Lee/The New York Times\n\n\
                 By Corey Kilgannon\n\nFeb. 21, 2019"
            ),
            &[P1, P2, P3, P4, "New York", "World"],
        ));
        assert_eq!(x.title, headline);
        assert_eq!(x.standfirst.as_deref(), Some(deck));
        assert_eq!(x.byline.as_deref(), Some("Corey Kilgannon"));
        assert!(x.body_text.starts_with(P1), "{}", x.body_text);
    }

    #[test]
    fn question_headline_and_relative_byline() {
        let x = read_text_clipping(&page(
            "Menu\n\nWhy did the city wait so long to close the old bridge?\n\nJane Doe 2 hours ago",
            &[P1, P2, P3],
        ));
        assert_eq!(
            x.title,
            "Why did the city wait so long to close the old bridge?"
        );
        assert_eq!(x.byline.as_deref(), Some("Jane Doe"));
        assert!(x.body_text.starts_with(P1));
        assert_eq!(
            byline("Alex Perry 1 day ago"),
            Some(Kind::Byline {
                byline: "Alex Perry".to_string(),
                authors: vec!["Alex Perry".to_string()],
                date: None
            })
        );
    }

    #[test]
    fn header_lines_split_or_labelled_by_the_page() {
        // A genre before the byline (`Eine Analyse von …`): the genre and the byline.
        let x = read_text_clipping(&page(
            "Zugverkehr: Im ICE von Frankfurt nach Barcelona\n\nEine Analyse von Caspar Schwietering",
            &[P1, P2, P3],
        ));
        assert_eq!(x.title, "Zugverkehr: Im ICE von Frankfurt nach Barcelona");
        assert_eq!(x.byline.as_deref(), Some("Caspar Schwietering"));
        assert_eq!(x.genre.as_deref(), Some("analysis"));
        assert!(matches!(
            byline("Analysis by Jane Doe"),
            Some(Kind::Byline { .. })
        ));
        assert!(matches!(
            byline("geschrieben von Meike Neitz"),
            Some(Kind::Byline { .. })
        ));
        assert!(matches!(
            byline("Écrit par Jeanne Roux"),
            Some(Kind::Byline { .. })
        ));
        // Readers' comments are labelled the same way; a headline may read like one.
        assert_eq!(byline("Comment by Mirko Lange — 17.07, 2011 @ 13:04"), None);
        assert_eq!(byline("Kritik von Merkel an der Bahn"), None);
        assert_eq!(
            byline("Titus von Unhold 25. Juni 2018 um 14:01 Uhr - Antworten"),
            None
        );
        // The byline's word on one line, the linked name on the next; a German clock time.
        let x = read_text_clipping(&page(
            "Lithium aus dem Schredder\n\n20.06.2019 07:30 Uhr\n\nVon\n  • Denis Dilba",
            &[P1, P2, P3],
        ));
        assert_eq!(x.title, "Lithium aus dem Schredder");
        assert_eq!(x.byline.as_deref(), Some("Denis Dilba"));
        assert_eq!(
            x.published.map(|d| d.normalized).as_deref(),
            Some("2019-06-20")
        );
        // A byline naming the site (its masthead line at the top) gives way to the writer's.
        let x = read_text_clipping(&page(
            "The Daily Planet\n\nCity Shuts Old Bridge After Cracks Found\n\nBy\nThe Daily Planet\n\nWritten by: Julie Mollins",
            &[P1, P2, P3],
        ));
        assert_eq!(x.byline.as_deref(), Some("Julie Mollins"));
    }

    #[test]
    fn a_breadcrumb_that_ends_in_a_sentence_and_a_page_index_stay_out_of_the_body() {
        let text = format!(
            "  • Startseite\n  • Stars\n  • Adele 10 Kilo abgenommen: Sie zeigt sich schlanker denn je!\n\n\
             10 Kilo abgenommen: Adele zeigt sich nach ihrer Trennung schlanker denn je\n\n\
             {P1}\n\n  • Seite 1 —Die Brücke\n  • Seite 2 —Die Fähre\n\n{P2}\n\n{P3}\n"
        );
        let x = read_text_clipping(&text);
        assert_eq!(
            x.title,
            "10 Kilo abgenommen: Adele zeigt sich nach ihrer Trennung schlanker denn je"
        );
        assert!(x.body_text.starts_with(P1), "{}", x.body_text);
        assert!(!x.body_text.contains("Seite 2"), "{}", x.body_text);
        assert!(x.body_text.contains(P3));
    }

    #[test]
    fn dated_and_control_lines_are_not_titles() {
        let x = read_text_clipping(&page(
            "Log out Sign in\n\nCity Shuts Old Bridge After Cracks Found\n\nThu 3 Jan 2019 02.00 EST Last modified on Wed 16 Jan 2019 06.16 EST",
            &[P1, P2, P3],
        ));
        assert_eq!(x.title, "City Shuts Old Bridge After Cracks Found");
        assert_eq!(
            x.published.map(|d| d.normalized).as_deref(),
            Some("2019-01-03T02:00:00-05:00")
        );
        assert!(is_control_line("« vorige | nächste »"));
        assert!(!is_control_line("sign the petition"));
        // Credits, form labels and page controls next to the body are never its title.
        for line in [
            "Foto: Stuttgart Marketing/Christoph Duepper",
            "Image: Stefan Falke for Weltwoche",
            "Courtesy of Forests News",
            "Mail (will not be published) (required)",
            "Navigation überspringen",
            "Anzeige [ac]",
            "Impressum",
            "Auf einer Seite lesen Inhalt",
            "Menu Subscribe now",
            "Lesezeit: 1 Min.",
            "In Pocket speichern",
            "Hashtag, Hashtags, Raute, Twitter, erfolgreiche Tweets",
            "E-Mail Diese E-Mail-Adresse ist gegen Spambots geschützt! JavaScript muss aktiviert werden, damit sie angezeigt werden kann.",
            "Field input is required",
            "Benötigen Sie Hilfe bei der Registrierung",
            "Youtube Aktivierung",
        ] {
            // A one-word headline, which scores low on its own.
            let x = read_text_clipping(&page(&format!("Bohnenviertel\n\n{line}"), &[P1, P2, P3]));
            assert_eq!(x.title, "Bohnenviertel", "{line}");
        }
    }

    #[test]
    fn text_without_prose_keeps_every_line() {
        let x = read_text_clipping("abc\ndef\nghi\n");
        assert_eq!(x.body_text, "abc\n\ndef\n\nghi");
    }

    #[test]
    fn bylines_with_dates_in_words() {
        let on = byline("on March 10, 2015 by Jane Doe");
        assert!(
            matches!(on, Some(Kind::Byline { ref byline, date: Some(ref d), .. })
                if byline == "Jane Doe" && d.normalized == "2015-03-10"),
            "{on:?}"
        );
        let posted = byline("Posted by janed, Albert on 2019-02-15, all posts");
        assert!(
            matches!(posted, Some(Kind::Byline { ref authors, date: Some(_), .. }) if authors.len() == 2),
            "{posted:?}"
        );
        // Drupal's default, the date with its weekday (prachatai.com).
        let submitted = byline("Submitted by Jane Doe on Mon, 2019-01-21 13:49");
        assert!(
            matches!(submitted, Some(Kind::Byline { ref byline, date: Some(ref d), .. })
                if byline == "Jane Doe" && d.normalized.starts_with("2019-01-21")),
            "{submitted:?}"
        );
        // The same in the site's language (creativecommons.at, fr and es sites).
        for (line, name, day) in [
            (
                "Gespeichert von rasos am 24. Juli 2017 - 18:55",
                "rasos",
                "2017-07-24",
            ),
            (
                "Soumis par Jean Dupont le 24/07/2017 - 18:55",
                "Jean Dupont",
                "2017-07-24",
            ),
            (
                "Enviado por admin el 3 de mayo de 2019",
                "admin",
                "2019-05-03",
            ),
        ] {
            let k = byline(line);
            assert!(
                matches!(k, Some(Kind::Byline { ref byline, date: Some(ref d), .. })
                    if byline == name && d.normalized.starts_with(day)),
                "{line}: {k:?}"
            );
        }
        let handle = byline("By Jane Doe March 18 at 3:57 PM Follow @janedoe 1 of 24");
        assert!(
            matches!(handle, Some(Kind::Byline { ref byline, .. }) if byline == "Jane Doe"),
            "{handle:?}"
        );
        assert_eq!(byline("on the bridge by the river"), None);
        // A nickname in quotes inside the name (oneesports.gg).
        let nickname = byline("By Amanda \"Tania Mae\" Tan November 19, 2023 7:18 pm");
        assert!(
            matches!(nickname, Some(Kind::Byline { ref authors, date: Some(ref d), .. })
                if authors == &["Amanda \"Tania Mae\" Tan"] && d.normalized.starts_with("2023-11-19")),
            "{nickname:?}"
        );
        assert!(is_name("Choi “Zeus” Woo-je"));
        assert!(!is_name("The “Zeus” pick"));
        // The name, then the day's preposition and a date with its time (cnet.de); a date
        // label between them belongs to the date (gofeminin.de).
        for (line, name, day) in [
            (
                "von Anja Schmoll-Trautmann am 14. Mai 2014, 15:40 Uhr",
                "Anja Schmoll-Trautmann",
                "2014-05-14",
            ),
            (
                "von Diane Buckstegge Veröffentlicht am 1. Mai 2019",
                "Diane Buckstegge",
                "2019-05-01",
            ),
            ("by Jane Doe on 3 May 2019", "Jane Doe", "2019-05-03"),
        ] {
            let found = byline(line);
            assert!(
                matches!(found, Some(Kind::Byline { ref byline, date: Some(ref d), .. })
                    if byline == name && d.normalized.starts_with(day)),
                "{line}: {found:?}"
            );
        }
    }

    #[test]
    fn byline_and_label_lines_are_not_titles() {
        let x = read_text_clipping(&page(
            "City Shuts Old Bridge After Cracks Found\nby Jane Doe22 Mar 2023\nin Features Transport Bridges",
            &[P1, P2, P3],
        ));
        assert_eq!(x.title, "City Shuts Old Bridge After Cracks Found");
    }

    #[test]
    fn contact_lines_and_advertisers_labels_are_never_titles() {
        for line in [
            "Telefon: 034771/28076",
            "Tel.: 030 1234567",
            "Görlitzer Str. 45, Horka /OL, 02923",
            "Rudolf-Breitscheid-Straße 18",
            "Gastgeber: Xing AG, Dammtorstraße 29-32, 20354 Hamburg",
            "06268 Querfurt",
            "1600 Pennsylvania Avenue 12",
        ] {
            assert!(NEVER_A_TITLE.is_match(line), "{line}");
        }
        // An advertiser's label whose name is a logo (luxuryhaven.co).
        assert!(SPONSOR_END.is_match("Food Advertising by"));
        for headline in [
            "Historischer Markt",
            "Die Straße der Romantik",
            "Street Art in 20 Städten",
            "10 Tipps für den Sommer",
            "Stand by",
        ] {
            assert!(!NEVER_A_TITLE.is_match(headline), "{headline}");
        }
        // The event's name over the venue's address is the title (wehranlage-horka.de).
        let x = read_text_clipping(&page(
            "Historischer Markt auf der Wehranlage\nGörlitzer Str. 45, Horka /OL, 02923",
            &[P1, P2, P3],
        ));
        assert_eq!(x.title, "Historischer Markt auf der Wehranlage");
    }

    #[test]
    fn quoted_question_headline() {
        let x = read_text_clipping(&page(
            "'Who Will Pay for the Bridge?' Residents Ask: 'Is It Safe?'\n\nPublished 3 March 2023",
            &[P1, P2, P3],
        ));
        assert_eq!(
            x.title,
            "'Who Will Pay for the Bridge?' Residents Ask: 'Is It Safe?'"
        );
        assert!(headline_case(
            "Screenshot : «Vape Wave», «6 Days», «Alphonse Président»…"
        ));
        assert!(!headline_case("the mayor said «no» to the plan"));
    }

    #[test]
    fn parentheses_are_not_code() {
        let unit = short_unit("Bridge repairs in spring (without closing the road)");
        assert_eq!(classify_one(&unit, None), Kind::Short);
        let code = Unit {
            text: "let total = count(bridges);".to_string(),
            ..unit
        };
        assert_eq!(classify_one(&code, None), Kind::Code);
    }

    #[test]
    fn form_fields_are_furniture() {
        let lower = |s: &str| s.to_lowercase();
        assert!(is_furniture(
            "Text Edge Style [None ]",
            &lower("Text Edge Style [None ]")
        ));
        assert!(!is_furniture("See the map [1]", &lower("See the map [1]")));
    }

    #[test]
    fn breadcrumb_ending_in_the_headline() {
        assert_eq!(
            breadcrumb("Site > News > 2023 > City Shuts Old Bridge After Engineers Found Cracks"),
            Some(vec![
                "Site".to_string(),
                "News".to_string(),
                "2023".to_string()
            ])
        );
        // One section and a long segment is not a trail.
        assert_eq!(
            breadcrumb("News > City Shuts Old Bridge After Engineers Found Cracks"),
            None
        );
    }

    #[test]
    fn a_two_sentence_summary_is_not_the_title() {
        // The summary is nearer the body and shares its words, but it goes on after a full
        // stop: it is the standfirst.
        let x = read_text_clipping(&page(
            "Sunday, Feb 1, 2015 11:57 AM UTC\n\nDetour Season Begins for Commuters\n\nThe council says the crossing is unsafe. Residents who use the old bridge every day fear months of detours\n\nJane Doe",
            &[P1, P2, P3],
        ));
        assert_eq!(x.title, "Detour Season Begins for Commuters");
    }

    #[test]
    fn a_headline_that_ends_the_breadcrumb_is_the_title() {
        // A menu above the article takes the date's bonus too; the headline is the line the
        // breadcrumb ends with.
        let x = read_text_clipping(&page(
            "City Desk Apps\nCity Desk for the Phone\nCity Desk for the Tablet\nCity Desk > News > 2015 > Commuters Face Long Detours\n08.04.2015 12:46\nCommuters Face Long Detours\n[Bridge]\nThe bridge, seen from the east bank.",
            &[P1, P2, P3],
        ));
        assert_eq!(x.title, "Commuters Face Long Detours");
    }

    #[test]
    fn a_sub_heading_after_the_date_is_not_the_title() {
        // The date belongs to the headline above it; the line after it opens the first
        // section, however much it shares with the body.
        let x = read_text_clipping(&page(
            "Detour Season Begins for Commuters\n\nJane Doe\nFollow\nOct 18, 2019 · 8 min read\n\nWhy did the council close the old bridge?",
            &[P1, P2, P3],
        ));
        assert_eq!(x.title, "Detour Season Begins for Commuters");
        // On a blog, the headline comes right after the date.
        let x = read_text_clipping(&page(
            "Home\n\nOct 18, 2019\n\nWhy did the council close the old bridge?",
            &[P1, P2, P3],
        ));
        assert_eq!(x.title, "Why did the council close the old bridge?");
    }

    #[test]
    fn a_version_number_is_not_a_clock_time() {
        for dated in [
            "Updated 12.46",
            "30 avril 2015 à 07.19",
            "Heute, 12.46 Uhr",
            "Aug 1, 2022 10:32 EDT",
            "posted 10.32 pm",
            "2 days ago",
        ] {
            assert!(DATEISH.is_match(dated), "{dated}");
        }
        for plain in [
            "Friday Facts #282 - 0.17 in sight",
            "Version 2.10 has landed",
            "Inflation rises to 3.25% in May",
        ] {
            assert!(!DATEISH.is_match(plain), "{plain}");
        }
    }

    #[test]
    fn author_lines_do_not_distance_the_title() {
        let x = read_text_clipping(&page(
            "City Shuts Old Bridge After Cracks Found\nJane Doe\nJane Doe\nFollow\nMar 3, 2023 · 8 min read\nWhy did it take so long?",
            &[P1, P2, P3],
        ));
        assert_eq!(x.title, "City Shuts Old Bridge After Cracks Found");
    }

    #[test]
    fn a_headline_over_its_byline_is_not_pushed_away_by_a_carousel_under_it() {
        // cnn.com: the headline, the authors' pictures' names, the byline, then a carousel
        // of video teasers before the text.
        let videos: String = [
            "Trump speaks to reporters after testimony in civil fraud trial 03:29",
            "Christie says any Republican who is overconfident is 'foolish'",
            "Hear Democratic incumbent Gov. Andy Beshear speak after reelection 00:57",
            "Collins presses Ramaswamy on Ohio abortion vote",
            "Van Jones responds to new Trump-Biden poll",
            "Vladimir Putin and Vivek Ramaswamy split",
        ]
        .iter()
        .map(|teaser| format!("Video Ad Feedback\n{teaser}\nNow playing\n"))
        .collect();
        let header = format!(
            "Takeaways from Donald Trump’s contentious testimony in his civil fraud trial\n\n\
             Jeremy Herb Lauren del Valle Kara Scannell\n\
             By Jeremy Herb, Lauren del Valle and Kara Scannell, CNN\n7 minute read\n\
             Updated 4:48 PM EST, Mon November 6, 2023\n\n{videos}"
        );
        let x = read_text_clipping(&page(&header, &[P1, P2, P3]));
        assert_eq!(
            x.title,
            "Takeaways from Donald Trump’s contentious testimony in his civil fraud trial"
        );
        // A teaser over a byline, with its source between, is no headline (lifehacker's
        // trending list ends over the article's byline).
        let trending = format!(
            "City Shuts Old Bridge After Cracks Found\nJane Doe\n\nTrending\n\
             Aaron Hernandez Still Might Get Away With It\non Deadspin\n\
             Jeremy Clarkson Officially Fired From Top Gear\non Jalopnik\nWritten by Jane Doe\n\n{videos}"
        );
        let x = read_text_clipping(&page(&trending, &[P1, P2, P3]));
        assert_ne!(x.title, "Jeremy Clarkson Officially Fired From Top Gear");
        // Copied as the browser renders it (innerText): the trending list's teasers over
        // their sites, the byline under the last; the headline stands further down over
        // the writer's name alone and a profile's controls and tags.
        let rendered = "Trending on Kinja\n1.\n\nAaron Hernandez Still Might Get Away With It\n\n\
             on Deadspin\n2.\nTop Gear Hosts React To Clarkson Firing\n\non Jalopnik\n3.\n\
             Jeremy Clarkson Officially Fired From Top Gear\n\non Jalopnik\nWritten by Jane Doe\n\n\
             Why You Should Periodically Replace Your Surge Protectors\n\n\
             Follow Followed\nYou can skip this ad in 5 seconds.\n\
             City Shuts Old Bridge After Cracks Found\n36\n\nJane Doe\n\nProfileFollowUnfollow\n\n\
             Jane Doe\nFiled to: money\nshopping\nsaving money\npersonal finances\nhabits\n\
             budget\n3/09/15 8:00am\nEdit\nDelete\nBlock for Lifehacker\nHide\n\
             Share to Facebook\nShare to Twitter\nGo to permalink";
        let x = read_text_clipping(&page(rendered, &[P1, P2, P3]));
        assert_eq!(x.title, "City Shuts Old Bridge After Cracks Found");
        for site in ["on Jalopnik", "on io9", "on The Verge"] {
            assert!(is_teaser_source(site), "{site}");
        }
        for line in [
            "on Monday",
            "on March 3",
            "on the way",
            "On Jalopnik",
            "on Monday the council met",
        ] {
            assert!(!is_teaser_source(line), "{line}");
        }
    }

    #[test]
    fn a_headline_printed_again_over_the_text_starts_the_article() {
        // Medium: a share dialog's sentence reads as the run's first paragraph; the headline
        // follows, its share buttons, and the headline again over the text.
        let header = "Ready to publish?\nJane Doe\n14 min read\n\n\
             The author chose to make this story unlisted, which means only people with a link \
             can see it. Are you sure you want to share it? Yes, show me sharing options\n\n\
             City Shuts Old Bridge After Cracks Found\n\nShare on Twitter\nShare on Facebook\n\
             Share by email\nCity Shuts Old Bridge After Cracks Found";
        let x = read_text_clipping(&page(header, &[P1, P2, P3]));
        assert_eq!(x.title, "City Shuts Old Bridge After Cracks Found");
        assert!(x.body_text.starts_with(P1), "{}", x.body_text);
        // A pull quote printed twice with its tweet button, a paragraph into the text, is
        // no headline: the text keeps its first paragraph.
        let quote = "Nobody should cross that bridge again until it is fixed";
        let quoted = [P1, quote, "Tweet", quote, P2, P3];
        let x = read_text_clipping(&page(
            "City Shuts Old Bridge After Cracks Found\nJane Doe",
            &quoted,
        ));
        assert_eq!(x.title, "City Shuts Old Bridge After Cracks Found");
        assert!(x.body_text.starts_with(P1), "{}", x.body_text);
        // A line printed twice with a paragraph between is a heading, not the start.
        let twice = [
            P1,
            "What the engineers found",
            P2,
            "What the engineers found",
            P3,
        ];
        let x = read_text_clipping(&page(
            "City Shuts Old Bridge After Cracks Found\nJane Doe",
            &twice,
        ));
        assert_eq!(x.title, "City Shuts Old Bridge After Cracks Found");
        assert!(x.body_text.starts_with(P1), "{}", x.body_text);
    }

    #[test]
    fn headlines_cut_short_in_a_row_are_a_teaser_box_not_the_text() {
        // BuzzFeed's box of other stories, each headline cut to fit, then the article.
        let teasers = "23 choses que toutes les filles des années 2000…\n\
             21 tatouages qui ont merveilleusement bien…\n\
             Voici à quoi ressemblent des vêtements «grande…\n\
             34 raisons de ne jamais aller au Pays basque\n\
             Les 43 fois où Grey’s Anatomy a fait couler toutes…\n\
             19 réactions que tous les gens ayant déjà eu…\nTOP POST\n653,817 VIEWS\n\n\
             City Shuts Old Bridge After Cracks Found\n\n\
             Engineers found two cracked supports on Monday.\n\n\
             posted on April 21, 2015, at 11:29 a.m.\nJane Doe\nBuzzFeed News Reporter";
        let x = read_text_clipping(&page(teasers, &[P1, P2, P3]));
        assert_eq!(x.title, "City Shuts Old Bridge After Cracks Found");
        assert!(x.body_text.starts_with(P1), "{}", x.body_text);
        assert!(!x.body_text.contains("tatouages"), "{}", x.body_text);
        // A dialogue that trails off, between the article's paragraphs, is its text.
        let dialogue = [
            P1,
            "Are you sure we should go back there…",
            "Yes, I am.",
            "But what if the bridge gives way…",
            "Then we swim, I suppose.",
            "And if the river is too high to cross…",
            P2,
            P3,
        ];
        let x = read_text_clipping(&page(
            "City Shuts Old Bridge After Cracks Found\nJane Doe",
            &dialogue,
        ));
        assert!(
            x.body_text.contains("But what if the bridge gives way…"),
            "{}",
            x.body_text
        );
        assert!(x.body_text.contains(P3), "{}", x.body_text);
        // Two sentences that trail off among the article's are its own.
        let trailing = [P1, "And then…", P2, "Nobody knew what came next…", P3];
        let x = read_text_clipping(&page(
            "City Shuts Old Bridge After Cracks Found\nJane Doe",
            &trailing,
        ));
        assert!(x.body_text.contains("And then…"), "{}", x.body_text);
        assert!(
            x.body_text.contains("Nobody knew what came next…"),
            "{}",
            x.body_text
        );
    }

    #[test]
    fn a_header_inside_the_run_starts_the_article_after_a_short_lead() {
        // A sign-in box's sentences read as prose and open the run; the article's own header
        // (its headline, then its date and byline) stands after them.
        let sign_in = "Log in with your account to create or edit your custom homepage and catch up on your opinions.\n\n\
            Sign up for a free account to customize your news experience.\n\nRegister";
        let header = "How does the brain turn unconscious information into thought?\n\
            Published Thursday 27 July 2017\nBy Ana Sandoiu";
        let x = read_text_clipping(&page(&format!("{sign_in}\n\n{header}"), &[P1, P2, P3, P4]));
        assert_eq!(
            x.title,
            "How does the brain turn unconscious information into thought?"
        );
        assert!(x.body_text.starts_with(P1), "{}", x.body_text);
        assert!(!x.body_text.contains("Sign up"), "{}", x.body_text);
        assert_eq!(x.authors, vec!["Ana Sandoiu"]);

        // A date before the run: the header is there, and a sub-heading with a date inside
        // the article is not a new start: the run still opens with the first paragraph.
        let units = read_units(&page(
            "City Shuts Old Bridge After Cracks Found\nMar 3, 2023",
            &[P1, "Reactions\nMar 4, 2023", P2, P3, P4],
        ));
        let (start, _) = best_run(&units).unwrap();
        assert_eq!(units[start].text, P1);

        // A long lead is the article itself, whatever header follows it.
        // (The lede says who said it, so it is not taken for a standfirst.)
        let lede = "The council said on Tuesday that the old bridge would close to cars.";
        let lead = [lede, P2, P3, P4, P1, P2].join("\n\n");
        let x = read_text_clipping(&page(
            "Opinion",
            &[&lead, "Letters to the editor\nBy Ann Poe", P3],
        ));
        assert!(x.body_text.starts_with(lede), "{}", x.body_text);
    }

    #[test]
    fn pictures_and_lists_inside_the_body_stay() {
        let x = bridge(&[
            P1,
            "[photo]\n[photo]\n[photo]\n[photo]\n[photo]",
            P2,
            "  • close the bridge to cars\n  • open a ferry line\n  • inspect the supports again",
            P3,
            P4,
        ]);
        assert!(
            x.body_text.contains(P1) && x.body_text.contains(P3),
            "{}",
            x.body_text
        );
        assert!(x.body_text.contains("open a ferry line"), "{}", x.body_text);
        assert!(!x.body_text.contains("[photo]"));
    }

    #[test]
    fn comment_forms_end_the_body() {
        let x = bridge(&[P1, P2, "Your email address will not be published.", P3]);
        assert!(!x.body_text.contains(P3));
        assert!(!x.body_text.contains("email address"));
    }

    #[test]
    fn teaser_stacks_are_navigation() {
        let teasers = "Ferry Service Starts Next Week\nThe new line will carry cyclists and pedestrians.\n\nMayor Promises Faster Repairs\nWork on the supports is due to start in the spring.\n\nEngineers Warn of Ageing Bridges\nMany crossings built in the sixties need urgent care.";
        let x = bridge(&[P1, P2, P3, teasers]);
        assert!(!x.body_text.contains("Ferry Service"), "{}", x.body_text);
        assert!(!x.body_text.contains("urgent care"), "{}", x.body_text);
        // Section labels between the cards (`Transport`, `Politics`) do not break the stack.
        let labelled = "Ferry Service Starts Next Week\nThe new line will carry cyclists and pedestrians.\n\nTransport\n\nMayor Promises Faster Repairs\nWork on the supports is due to start in the spring.\n\nPolitics\n\nEngineers Warn of Ageing Bridges\nMany crossings built in the sixties need urgent care.";
        let x = bridge(&[P1, P2, P3, labelled]);
        assert!(x.body_text.ends_with(P3), "{}", x.body_text);
        // Each card ending with its author's name set in capitals (Wired's `More from WIRED`).
        let authored = "Ferry Service Starts Next Week\nThe new line will carry cyclists and pedestrians.\n\nJANE DOE\n\nMayor Promises Faster Repairs\nWork on the supports is due to start in the spring.\n\nRICHARD ROE\n\nEngineers Warn of Ageing Bridges\nMany crossings built in the sixties need urgent care.\n\nJANE DOE";
        let x = bridge(&[P1, P2, P3, authored]);
        assert!(x.body_text.ends_with(P3), "{}", x.body_text);
    }

    #[test]
    fn repeated_short_lines_leave_the_body() {
        let x = bridge(&[
            P1,
            "Illustration for the bridge story",
            P2,
            "Illustration for the bridge story",
            P3,
            "Illustration for the bridge story",
            P4,
        ]);
        assert!(!x.body_text.contains("Illustration"), "{}", x.body_text);
        assert!(x.body_text.contains(P4));
    }

    #[test]
    fn tex_annotations_and_cookie_notices() {
        assert_eq!(strip_tex(r"x {\displaystyle x_{i}} y"), "x  y");
        assert_eq!(strip_tex(r"open {\displaystyle x_{i"), "open ");
        assert_eq!(strip_tex("no formula"), "no formula");
        let notice = "We use cookies and similar technologies to improve your browsing experience, personalize content and offers, show targeted ads, analyze traffic, and better understand you. We may share your information with third-party partners for marketing purposes. To learn more and make choices about data use, visit our Advertising Policy and Privacy Policy. By clicking Accept and Continue below, you consent to the use of cookies.";
        assert!(is_furniture(notice, &notice.to_lowercase()));
    }

    #[test]
    fn nested_indentation_is_code() {
        let query = "WITH recent AS (\n   SELECT\n       id,\n       closed_at\n   FROM\n       bridges\n)\nSELECT\n   id\nFROM\n   recent;";
        let x = bridge(&[
            P1,
            "The engineers ran this query against the inspection records:",
            query,
            P2,
            P3,
        ]);
        assert!(x.body_text.starts_with(P1), "{}", x.body_text);
        assert!(x.body_text.contains("closed_at"), "{}", x.body_text);
        assert!(x.body_text.ends_with(P3), "{}", x.body_text);
        // A letter's sign-off keeps two indents but is not code.
        let x = bridge(&[P1, P2, P3, "Sincerely,\n    Jane Doe"]);
        assert!(x.body_text.ends_with(P3), "{}", x.body_text);
    }

    #[test]
    fn slideshows_are_galleries() {
        let slides = "1/3 Crowds at the bridge\nHundreds of people gathered to see the crossing one last time before it closed.\nGetty\n2/3 The cracked support\nEngineers found the crack during a routine inspection in the autumn of last year.\nJane Doe / Greenpeace\n3/3 A ferry waits\nThe temporary ferry will run every twenty minutes from early morning to late at night.\nAP";
        let x = bridge(&[P1, P2, slides, P3, P4]);
        assert!(x.body_text.starts_with(P1), "{}", x.body_text);
        assert!(x.body_text.ends_with(P4), "{}", x.body_text);
        assert!(!x.body_text.contains("ferry waits"), "{}", x.body_text);
        assert!(!x.body_text.contains("twenty minutes"), "{}", x.body_text);
        // A slide's credit is not the article's section.
        assert!(x.section.is_empty(), "{:?}", x.section);
        // A listicle told as slides: a long review under each counter is the article.
        let review = format!("{P1} {P2} {P3} {P4}");
        let listicle = format!(
            "1/3 The Old Bridge\n{review}\n\n2/3 The New Ferry\n{review}\n\n3/3 The Temporary Road\n{review}"
        );
        let x = read_text_clipping(&page("Three Crossings to Know", &[P1, &listicle]));
        assert!(x.body_text.contains("The New Ferry"), "{}", x.body_text);
        assert!(x.body_text.matches(P4).count() >= 3, "{}", x.body_text);
    }

    #[test]
    fn video_player_controls_do_not_interrupt() {
        let player = "Play Video\nPlay\nMute\nCurrent Time 0:00\n/\nDuration Time 0:00\nLoaded: 0%\nProgress: 0%\nStream TypeLIVE\nRemaining Time -0:00\nPlayback Rate\nChapters\ndescriptions off, selected\nsubtitles off, selected\ncaptions settings, opens captions settings dialog\nFullscreen\nThis is a modal window.\nFont Size [100%]\nDefaults Done";
        let x = bridge(&[P1, P2, player, P3, P4]);
        assert!(x.body_text.starts_with(P1), "{}", x.body_text);
        assert!(x.body_text.ends_with(P4), "{}", x.body_text);
        assert!(!x.body_text.contains("Playback"), "{}", x.body_text);
        // A lone player word is a sub-heading like any other.
        let x = bridge(&[P1, P2, "Chapters", P3, P4]);
        assert!(x.body_text.contains("\n\nChapters\n\n"), "{}", x.body_text);
    }

    #[test]
    fn name_lists_are_furniture() {
        let kudos = "janed, rroe, Mika_L, bridgefan, oldtown22, Ferryman, kc, alba, Lou Smith, nightowl, tmz, river_rat, pontoon, ql, Harbour Cat, seagull7, AnnaK, brick_by_brick, quayside, Dock_9, tollgate and Jo as well as 30 guests left kudos on this work!";
        assert!(is_name_list(kudos));
        assert!(!is_name_list(P1));
        assert!(!is_name_list(
            "Apples, pears, plums and cherries grow here, said the farmer."
        ));
        assert!(!is_name_list(
            "The winners were Ann Lee, 34, Bo Park, 51, Cy Dunn, 29, Di Fox, 40, Ed Moss, 38, Flo Hart, 45, Gus Kim, 33, Hal Roy, 27, Ida Vos, 52, and Jo Tan, 31."
        ));
        let x = bridge(&[P1, P2, P3, kudos]);
        assert!(!x.body_text.contains("kudos"), "{}", x.body_text);
    }

    #[test]
    fn lone_numbered_items_are_sub_headings() {
        let x = read_text_clipping(&page(
            "Five Things to Know About the Bridge",
            &[
                P1,
                "1. Check the supports first",
                P2,
                "2. The road closes in May",
                P3,
                "  • Bridge closures near you",
                P4,
            ],
        ));
        assert!(
            x.body_text.contains("1. Check the supports first"),
            "{}",
            x.body_text
        );
        assert!(
            x.body_text.contains("The road closes in May"),
            "{}",
            x.body_text
        );
        assert!(
            !x.body_text.contains("closures near you"),
            "{}",
            x.body_text
        );
    }

    #[test]
    fn teaser_cards_with_doubled_headlines_and_excerpts() {
        let cards = [
            "Ferry Service Starts Next Week\nFerry Service Starts Next Week\nThe new line will carry cyclists and pedestrians across the river while the bridge is shut. It will run from six in the morning until midnight on weekdays, and the operator says tickets will cost the same as a bus fare, with discounts for…\nMarch 17, 2016\nIn \"News\"",
            "Mayor Promises Faster Repairs\nMayor Promises Faster Repairs\nWork on the supports is due to start in the spring, the mayor told the council on Monday evening, after a long debate about the cost of the work and about who should pay for it, with some members asking the region to…\nApril 8, 2015\nIn \"News\"",
            "Engineers Warn of Ageing Bridges\nEngineers Warn of Ageing Bridges\nMany crossings built in the sixties need urgent care, a report by the national association of engineers says, and the money set aside for their upkeep has fallen in each of the last ten years, while traffic has…\nJuly 22, 2016\nIn \"News\"",
        ];
        // An article of some length: the stack must hold less than half of the page's prose.
        let long = format!("{P1} {P2} {P3} {P4}");
        let mut body = vec![P1, &long, P2, &long, P3, "Related"];
        body.extend(cards);
        let x = bridge(&body);
        assert!(x.body_text.ends_with(P3), "{}", x.body_text);
    }

    #[test]
    fn teaser_block_after_a_related_heading() {
        let block = "[thumb]\nFerry Service Starts Next Week The new line will carry cyclists and pedestrians across the river.\n[thumb]\nMayor Promises Faster Repairs Work on the supports is due to start in the spring, the mayor said.\n[thumb]\nEngineers Warn of Ageing Bridges Many crossings built in the sixties need urgent care, a report says.";
        let x = bridge(&[P1, P2, P3, P4, "Related coverage", block]);
        assert!(x.body_text.ends_with(P4), "{}", x.body_text);
        let x = bridge(&[P1, P2, "Artículos Relacionados", "  • Ferry Service Starts Next Week\n  • Mayor Promises Faster Repairs\n  • Engineers Warn of Ageing Bridges", P3, P4]);
        assert!(!x.body_text.contains("Ferry"), "{}", x.body_text);
        assert!(x.body_text.ends_with(P4), "{}", x.body_text);
        assert_eq!(x.related.len(), 3);
        // Cards with their picture's alt line over the headline, under the heading.
        let cards = "Ferry on the river\nFerry Service Starts Next Week 01.08.2019\nThe new line will carry cyclists and pedestrians across the river while the bridge is shut.\n\nCity hall in spring\nMayor Promises Faster Repairs 19.07.2019\nWork on the supports is due to start in the spring, the mayor told the council.\n\nAn old bridge at dusk\nEngineers Warn of Ageing Bridges 01.04.2019\nMany crossings built in the sixties need urgent care, a report by engineers says.";
        let x = bridge(&[P1, P2, P3, P4, "Related content", cards]);
        assert!(x.body_text.ends_with(P4), "{}", x.body_text);
    }

    #[test]
    fn a_long_paragraph_is_not_a_caption() {
        let long = format!("{P1} {P2} {P3} {P4}");
        let opening = "The city council voted on Tuesday to close the old bridge";
        let x = bridge(&[opening, &long, P2]);
        assert!(x.body_text.contains(P4), "{}", x.body_text);
        assert!(x.photos.is_empty(), "{:?}", x.photos);
    }

    #[test]
    fn author_biography_leaves_the_body() {
        let bio = "Jane Doe is a transport reporter for the Daily Example. She previously covered city hall.";
        let other = "John Roe is a reporter for the Evening Post who was detained on Monday.";
        // About someone who did not write the article: the news itself, kept.
        let x = read_text_clipping(&page(
            "City Shuts Old Bridge After Cracks Found\n\nBy Jane Doe",
            &[P1, P2, P3, other],
        ));
        assert!(x.body_text.ends_with(other), "{}", x.body_text);
        let x = read_text_clipping(&page(
            "City Shuts Old Bridge After Cracks Found\n\nBy Jane Doe",
            &[
                P1,
                P2,
                P3,
                "Jane Doe said the bridge had been unsafe for years.",
                bio,
            ],
        ));
        assert!(
            x.body_text.ends_with("unsafe for years."),
            "{}",
            x.body_text
        );
        assert!(
            AUTHOR_BIO.is_match("Mark di Stefano is a breaking news reporter for BuzzFeed News")
        );
        assert!(!AUTHOR_BIO.is_match("Jane Doe is a resident who crosses the bridge daily."));
        // An author box under the byline: the author's name on its own line, then the bio.
        let boxed = "Markus Balser kam 2001 zur Zeitung. Er ist Absolvent der Journalistenschule.";
        let x = read_text_clipping(&page(
            "City Shuts Old Bridge After Cracks Found\n\nVon Markus Balser, Berlin\nMarkus Balser",
            &[boxed, P1, P2, P3],
        ));
        assert_eq!(x.byline.as_deref(), Some("Markus Balser"));
        assert!(x.body_text.starts_with(P1), "{}", x.body_text);
        // At the end, under the name (an author photo's alt text), in any language.
        let x = bridge(&[
            P1,
            P2,
            P3,
            "Matthias Weber\nMatthias Weber ist ERP-Experte mit langjähriger Berufserfahrung.",
        ]);
        assert!(x.body_text.ends_with(P3), "{}", x.body_text);
        // A note under the author's name at the end, however it opens.
        let x = read_text_clipping(&page(
            "City Shuts Old Bridge After Cracks Found\n\nBy Jane Doe",
            &[
                P1,
                P2,
                P3,
                "Jane Doe\nSenior Editor with a focus on transport. You can keep up with me on Twitter:",
            ],
        ));
        assert!(x.body_text.ends_with(P3), "{}", x.body_text);
        // A portrait of someone else under a sub-heading with their name stays.
        let portrait =
            "Jane Roe\nJane Roe runs the ferry that will replace the bridge for two years.";
        let x = bridge(&[P1, portrait, P2, P3]);
        assert!(x.body_text.contains("runs the ferry"), "{}", x.body_text);
        // A box headed as one, about a guest author the byline does not name (horizont.net,
        // cnet.de, incurvy.de), its biography in two paragraphs.
        for heading in [
            "Über den Autor",
            "AUTOR",
            "About the author:",
            "incurvy Autorin",
        ] {
            let boxed = format!(
                "{heading}\nMartin Gerecke\nMartin Gerecke ist Rechtsanwalt in Hamburg und berät Unternehmen im Medienrecht.\n\nEr beurteilt, schützt und verteidigt Inhalte in Print, Online und Film."
            );
            let x = bridge(&[P1, P2, P3, &boxed]);
            assert!(x.body_text.ends_with(P3), "{heading}: {}", x.body_text);
        }
        // A section about an author with the story's text going on under it is no box.
        let long = format!("{P1} {P2} {P3} {P4}");
        let x = bridge(&[P1, P2, "Der Autor", &long, &long, &long, P4]);
        assert!(x.body_text.ends_with(P4), "{}", x.body_text);
        assert!(x.body_text.contains("Der Autor"), "{}", x.body_text);
    }

    #[test]
    fn a_wiki_article_keeps_its_lead_and_its_title() {
        let lead = "Lanterns is a free-software community, created in 1998 by members of a \
                    browser company. The community develops and promotes the browser, the mail \
                    client and their components.";
        let history = "On January 23, 1998, the company made two announcements: first, that \
                       its browser will be free; second, that its source code will be free. \
                       One day later the project was started and its first release followed \
                       soon, after a long year of work that many volunteers joined.";
        let values = "According to the project's manifesto, which outlines goals, principles, \
                      and a pledge, the community uses a community-based approach to create \
                      world-class open-source software and to develop new kinds of \
                      collaborative activities.";
        let software = "Its browser is the best known of its products, translated into more \
                        than ninety languages, and it runs on most desktop and mobile systems \
                        that its volunteers and staff can test and support.";
        let text = [
            "Lanterns",
            "From Wikipedia, the free encyclopedia",
            "Jump to navigation Jump to search",
            "Free-software community",
            "Founded February 28, 1998",
            lead,
            "Contents",
            "  • 1 History\n      □ 1.1 Early years\n  • 2 Values\n  • 3 Software\n  • 4 See also\n  • 5 References",
            "History[edit]",
            "Main article: History of Lanterns",
            history,
            "Early years[edit]",
            history,
            "Values[edit]",
            values,
            "Software[edit]",
            "Main article: Lanterns browser",
            software,
            "See also[edit]",
            "  • Lantern (disambiguation)",
            "References[edit]",
            "^ \"The Lanterns Manifesto\". Lanterns. Retrieved 24 March 2015. The manifesto states \
             the principles the community holds, and the community keeps it up to date.",
            "  • This page was last edited on 26 September 2019, at 11:35 (UTC).",
        ]
        .join("\n\n");
        let x = read_text_clipping(&text);
        assert_eq!(x.title, "Lanterns");
        assert!(
            x.body_text.starts_with("Lanterns is a free-software"),
            "{}",
            x.body_text
        );
        assert!(x.body_text.contains("According to the project's manifesto"));
        assert!(!x.body_text.contains("1.1 Early years"), "{}", x.body_text);
        assert!(!x.body_text.contains("Contents"), "{}", x.body_text);
        assert_eq!(x.published, None);
        assert_eq!(
            x.modified.map(|d| d.normalized).as_deref(),
            Some("2019-09-26T11:35:00Z")
        );
        for line in [
            "Aus Wikipedia, der freien Enzyklopädie",
            "De Wikipedia, la enciclopedia libre",
            "Un article de Wikipédia, l'encyclopédie libre.",
        ] {
            assert!(WIKI_TAGLINE.is_match(&line.to_lowercase()), "{line}");
        }
    }

    #[test]
    fn a_table_of_contents_does_not_split_the_article() {
        // The bridge story with `contents` over its sections.
        let with_contents = |contents: &str| {
            bridge(&[
                P1,
                contents,
                "Why it closed",
                P2,
                "What engineers found",
                P3,
                "The supports",
                P4,
                "What comes next",
                P2,
            ])
        };
        // Bulleted (a text browser's copy), then as a graphical browser copies it: no
        // bullets, the list's lines in one block.
        for contents in [
            "Contents\n\n  • Why it closed\n  • What engineers found\n      ◦ The supports\n  • What comes next",
            "Contents\nWhy it closed\nWhat engineers found\nThe supports\nWhat comes next",
        ] {
            let x = with_contents(contents);
            assert!(x.body_text.starts_with(P1), "{}", x.body_text);
            assert_eq!(
                x.body_text.matches("What engineers found").count(),
                1,
                "{}",
                x.body_text
            );
            assert!(!x.body_text.contains("Contents"), "{}", x.body_text);
        }
        // A protocol example's headers printed twice are no table of contents.
        let headers = "Origin: https://a.example\nIf-Match: \"13\"\nAccept: text/plain; q=1";
        let x = bridge(&[P1, headers, P2, headers, P3]);
        assert_eq!(
            x.body_text.matches("If-Match").count(),
            2,
            "{}",
            x.body_text
        );
    }

    #[test]
    fn a_slash_trail_below_the_article_is_not_its_section() {
        let x = bridge(&[P1, P2, P3, "Adblock / Adblock Plus"]);
        assert!(x.section.is_empty(), "{:?}", x.section);
        let x = bridge(&[P1, P2, P3, "News > Local"]);
        assert_eq!(x.section, vec!["News", "Local"]);
    }

    /// `header` (a headline, perhaps more lines) over the bridge story's four paragraphs, as
    /// a paste that begins at the headline.
    fn story(header: &str) -> String {
        format!("{header}\n\n{P1}\n\n{P2}\n\n{P3}\n\n{P4}\n\n")
    }

    /// The bridge story long enough for the boxes and comment sections after it to be told
    /// apart from it (150 prose words and more: five long paragraphs, then [`P3`]), followed
    /// by `after`.
    fn long_bridge(after: &[&str]) -> Extracted {
        let mut body: Vec<String> = (0..5)
            .map(|i| format!("Paragraph {i}: {P1} {P2}"))
            .collect();
        body.push(P3.to_string());
        body.extend(after.iter().map(|line| line.to_string()));
        let body: Vec<&str> = body.iter().map(String::as_str).collect();
        bridge(&body)
    }

    #[test]
    fn comment_sections_in_other_languages_end_the_article() {
        for heading in [
            "Comentar",
            "12 comentarios",
            "Comentários (3)",
            "Commenter",
            "Komentarze",
            "コメント",
            "Yorumlar",
        ] {
            assert!(is_comments_start(&heading.to_lowercase()), "{heading}");
        }
        assert!(!is_comments_start(
            "comentarios del ministro sobre la reforma"
        ));
        let article: String = (0..6)
            .map(|i| format!("El fiscal {i} está perfilando con el jefe de la Fiscalía Anticorrupción, en Madrid, la estrategia a seguir ante la imputación, y decidirá esta semana si recurre el auto del juez.\n\n"))
            .collect();
        let comments: String = (0..12)
            .map(|i| format!("Lector{i}\n\nHace {i} minutos\n\nVaya comportamiento tan poco ejemplar, defiende lo indefendible, como para que los ciudadanos confíen en la justicia de este país, que cada día se parece más a una pandereta sin remedio.\n\nValoración:3menosmas\n\n"))
            .collect();
        let text = format!("Noticias\n\nAnticorrupción decidirá en Madrid si recurre la imputación\n\n{article}Publicidad\n\nComentar\n\nNormas de uso y aviso legal\n\n{comments}");
        let out = read_text_clipping(&text);
        assert!(out.body_text.contains("El fiscal 5"), "{}", out.body_text);
        assert!(
            !out.body_text.contains("Vaya comportamiento"),
            "{}",
            out.body_text
        );
    }

    #[test]
    fn a_related_heading_may_end_with_an_ellipsis() {
        for marker in [
            "You Might Also Like …",
            "Das könnte dich auch interessieren …",
            "Related...",
            "Editors’ Recommendations:",
            "Redaktionstipp",
        ] {
            assert!(is_related_marker(marker), "{marker}");
        }
        // A menu's `Editors' picks` is no list of related stories.
        assert!(!is_related_marker("Editors' picks"));
        // `Read more…` links to the rest of a teaser; `More…` opens a menu.
        for link in ["Read more…", "More...", "More …"] {
            assert!(!is_related_marker(link), "{link}");
        }
        let x = long_bridge(&["You Might Also Like …\n  • Ferry Service Starts Next Week\n  • Mayor Promises Faster Repairs\n  • Engineers Warn of Ageing Bridges"]);
        assert_eq!(x.related.len(), 3, "{:?}", x.related);
        assert!(!x.body_text.contains("Ferry"), "{}", x.body_text);
    }

    #[test]
    fn teaser_cards_with_run_together_headlines_and_authors() {
        assert!(opens_with_doubled_phrase("Deepfake Audio Is a Political Nightmare Deepfake Audio Is a Political Nightmare British fact-checkers are racing to debunk a recording."));
        assert!(!opens_with_doubled_phrase(
            "Very, very good news came from the council on Tuesday."
        ));
        assert!(!opens_with_doubled_phrase(
            "No no no, said the mayor, no no no to the bridge."
        ));
        let cards = [
            "More from the Courier",
            "Ferry Service Starts Next Week Ferry Service Starts Next Week The new line will carry cyclists and pedestrians across the river while the bridge is shut.",
            "Jane Doe",
            "Mayor Promises Faster Repairs\nMayor Promises Faster Repairs",
            "Work on the supports is due to start in the spring, the mayor told the council on Monday.",
            "John Roe",
            "Engineers Warn of Ageing Bridges Engineers Warn of Ageing Bridges Many crossings built in the sixties need urgent care, a report by engineers says.",
            "Anna Smith",
            "Old Trams Return to the Harbour Old Trams Return to the Harbour The heritage line reopens in May after three years of work on its tracks and depots.",
            "Mark Stone",
        ];
        let x = long_bridge(&cards);
        assert!(x.body_text.ends_with(P3), "{}", x.body_text);
    }

    #[test]
    fn a_box_of_popular_stories_inside_the_article_is_navigation() {
        let bx = [
            "Most Popular",
            "Ferry Service Starts Next Week",
            "Travel",
            "Ferry Service Starts Next Week",
            "Jane Doe",
            "Mayor Promises Faster Repairs Politics Mayor Promises Faster Repairs",
            "John Roe",
            "Engineers Warn of Ageing Bridges",
            "Science",
            "Engineers Warn of Ageing Bridges",
            "Anna Smith",
        ];
        let more: Vec<String> = (5..8)
            .map(|i| format!("Paragraph {i}: {P2} {P1}"))
            .collect();
        let mut after: Vec<&str> = bx.to_vec();
        after.extend(more.iter().map(String::as_str));
        after.push(P4);
        let x = long_bridge(&after);
        assert!(x.body_text.contains(P3), "{}", x.body_text);
        assert!(x.body_text.ends_with(P4), "{}", x.body_text);
        for line in ["Ferry", "Travel", "Jane Doe", "Politics", "Anna Smith"] {
            assert!(!x.body_text.contains(line), "{line}: {}", x.body_text);
        }
    }

    #[test]
    fn dates_and_bylines_under_the_comments_are_not_the_articles() {
        let below = [
            "0 Comments",
            "Jane Reader · May 30, 2019 at 1:06 PM",
            "Great piece, thanks.",
            "Popular Posts",
            "Ferry Service Starts Next Week",
            "Ferry Service Starts Next Week",
            "November 16, 2016",
            "By John Roe",
        ];
        let text = story("City Shuts Old Bridge After Cracks Found") + &below.join("\n\n");
        let x = read_text_clipping(&text);
        assert!(x.body_text.ends_with(P4), "{}", x.body_text);
        assert_eq!(x.published, None);
        assert_eq!(x.byline, None);
        // The article's own date and byline, under its headline, are still read.
        let dated = text.replacen("Found\n\n", "Found\n\nJane Doe October 06, 2018\n\n", 1);
        let x = read_text_clipping(&dated);
        assert_eq!(
            x.published.map(|d| d.raw),
            Some("October 06, 2018".to_string())
        );
    }

    #[test]
    fn a_date_deep_in_a_stack_of_teaser_cards_is_a_teasers() {
        // The article prints only when it was updated; six teaser cards under `Related
        // stories` each print a headline, a date, a lone comma and a place.
        let mut below = vec!["Related stories".to_string()];
        for (n, place) in ["Europe", "Asia", "Europe", "World", "Asia", "Europe"]
            .iter()
            .enumerate()
        {
            below.push(format!("Ferry Service Number {n} Starts Next Week"));
            below.push(format!("{} June 2012", n + 20));
            below.push(",".to_string());
            below.push(place.to_string());
        }
        below.push("Top stories".to_string());
        let text = story("City Shuts Old Bridge After Cracks Found\n\nUpdated 10 December 2012")
            + &below.join("\n\n");
        let x = read_text_clipping(&text);
        assert_eq!(
            x.modified.map(|d| d.normalized).as_deref(),
            Some("2012-12-10")
        );
        assert_eq!(x.published, None);
        // A date far under the heading, after the cards stop repeating, is not taken for
        // a teaser's: here the article's own date at its foot.
        let foot = format!(
            "{}\n\nMore from the city desk\n\nOur reporters\n\nPublished 3 May 2012",
            below[..13].join("\n\n")
        );
        let x = read_text_clipping(&(story("City Shuts Old Bridge After Cracks Found") + &foot));
        assert_eq!(
            x.published.map(|d| d.normalized).as_deref(),
            Some("2012-05-03")
        );
    }

    #[test]
    fn an_authors_name_under_the_title_is_the_byline_when_the_page_shows_it_is_one() {
        let title = "City Shuts Old Bridge After Cracks Found";
        let authors = |header: &str, after: &str| {
            read_text_clipping(&(story(&format!("{title}\n\n{header}")) + after)).authors
        };
        // The author's picture printed as the name, then the name, then the date.
        assert_eq!(
            authors(
                "Jane Doe\n\nJane Doe\n\nFollow\n\nOct 18, 2019 · 8 min read",
                ""
            ),
            ["Jane Doe"]
        );
        // The date right under the name, or over it and the author's picture.
        assert_eq!(authors("Jane Doe\n\nDecember 18, 2020", ""), ["Jane Doe"]);
        // A relative time says as much (`před 2 hodinami`).
        assert_eq!(authors("Jane Doe\n\n3 hours ago", ""), ["Jane Doe"]);
        assert_eq!(
            authors("December 18, 2020\n\n[avatar]\n\nJane Doe", ""),
            ["Jane Doe"]
        );
        // The name printed again after the text, introduced as an author's or in a note
        // about them.
        assert_eq!(authors("Jane Doe", "MORE FROM Jane Doe"), ["Jane Doe"]);
        assert_eq!(
            authors("Jane Doe", "Jane Doe is on Twitter at jane_doe."),
            ["Jane Doe"]
        );
        // A capitalised line the page gives no such sign for is no author: a topic, a
        // button printed again far away, a line under a date over a sub-heading.
        assert!(authors("Climate Change", "").is_empty());
        assert!(authors("Link Copied", "Link Copied").is_empty());
        assert!(authors("December 18, 2020\n\nWatch the Repairs\n\nPlay Video", "").is_empty());
        assert!(authors("Jane Doe", "Jane Doe now sells bread at the market.").is_empty());
    }

    /// A line read as a byline: its text, authors and date.
    fn read_byline(line: &str) -> Option<(String, Vec<String>, Option<String>)> {
        match byline(line) {
            Some(Kind::Byline {
                byline,
                authors,
                date,
            }) => Some((byline, authors, date.map(|d| d.normalized))),
            _ => None,
        }
    }

    #[test]
    fn the_marks_before_a_byline_are_no_part_of_it() {
        let (_, authors, date) = read_byline("// By Arun Sai Krishnan • Nov 11, 2020").unwrap();
        assert_eq!(authors, ["Arun Sai Krishnan"]);
        assert_eq!(date.as_deref(), Some("2020-11-11"));
    }

    #[test]
    fn a_name_glued_to_its_date_and_an_ad_widgets_credit() {
        // breitbart's byline strip copied as one line: name, date, comment count.
        let (byline, authors, _) = read_byline("by Lucas Nolan22 Dec 2016651").unwrap();
        assert_eq!(byline, "Lucas Nolan");
        assert_eq!(authors, ["Lucas Nolan"]);
        // A recommendation widget's credit is no byline, and is furniture.
        for line in [
            "by TaboolaSponsored Links",
            "Promoted by Outbrain",
            "by Taboola",
        ] {
            assert!(read_byline(line).is_none(), "{line}");
            assert!(is_furniture(line, &line.to_lowercase()), "{line}");
        }
    }

    #[test]
    fn a_byline_in_a_row_of_the_articles_facts() {
        let (_, authors, date) = read_byline(
            "Le Monde | 04.05.2015 à 13h36 • Mis à jour le 05.05.2015 à 20h13 | Par Martin \
             Untersinger",
        )
        .unwrap();
        assert_eq!(authors, ["Martin Untersinger"]);
        assert_eq!(date.as_deref(), Some("2015-05-04"));
        // No row: another part is a sentence, or no part is a date.
        let sentence = "04.05.2015 | The council met on Monday to discuss it | By Jane Doe";
        assert!(read_byline(sentence).is_none());
        assert!(
            read_byline("Europe | Opinion | By Jane Doe and the Editors of This Page").is_none()
        );
    }

    #[test]
    fn a_name_and_a_date_between_slashes_are_a_byline() {
        let (_, authors, date) =
            read_byline("/ Cory Doctorow / 10:08 am Fri Jul 19, 2013").unwrap();
        assert_eq!(authors, ["Cory Doctorow"]);
        assert_eq!(date.as_deref(), Some("2013-07-19"));
        // Section labels between slashes are none.
        assert!(read_byline("Comics / demographics / economics / happy mutants").is_none());
    }

    #[test]
    fn a_row_with_a_byline_keeps_it_when_a_menu_lists_the_name() {
        let x = bridge(&[
            "Le Monde | 04.05.2015 à 13h36 | Par Jane Doe",
            P1,
            P2,
            P3,
            "  • Jane Doe\n  • John Roe\n  • Ann Smith",
        ]);
        assert_eq!(x.authors, ["Jane Doe"]);
    }

    #[test]
    fn a_bylines_notes_in_brackets_name_co_authors_or_a_photographer() {
        let (line, authors, _) =
            read_byline("Par Martin Untersinger (avec Damien Leloup et Morgane Tual)").unwrap();
        assert_eq!(
            line,
            "Martin Untersinger (avec Damien Leloup et Morgane Tual)"
        );
        assert_eq!(
            authors,
            ["Martin Untersinger", "Damien Leloup", "Morgane Tual"]
        );
        // Who took the pictures is credited, not an author.
        let (line, authors, _) =
            read_byline("by Eleanor Ainge Roy (reporting) and Adrian Malloch (photography)")
                .unwrap();
        assert_eq!(
            line,
            "Eleanor Ainge Roy (reporting) and Adrian Malloch (photography)"
        );
        assert_eq!(authors, ["Eleanor Ainge Roy"]);
    }

    #[test]
    fn an_em_dash_with_a_space_on_one_side_sets_a_bylines_parts_apart() {
        let (_, authors, date) = read_byline(
            "Nicolas Perriault — 2013-09-29— in Code — Permalink — License— flattr this",
        )
        .unwrap();
        assert_eq!(authors, ["Nicolas Perriault"]);
        assert_eq!(date.as_deref(), Some("2013-09-29"));
    }

    #[test]
    fn an_authors_picture_printed_as_its_file_name_before_the_name() {
        assert_eq!(
            read_byline("dsteer-headshot Dave Steer").unwrap().1,
            ["Dave Steer"]
        );
        assert!(read_byline("Avatar The Last Airbender").is_none());
    }

    #[test]
    fn a_posts_foot_line_ends_its_text() {
        let x = bridge(&[
            P1,
            P2,
            P3,
            "Jane Doe — 2013-09-29 — in Code — Permalink",
            // Two lines of one block, the rule among them: code, which scores a little.
            "━━━━━━━━━━━━━━━━━━━━\nCrawling the Web with JavaScript | Testing your frontend code",
        ]);
        assert_eq!(x.authors, ["Jane Doe"]);
        assert!(!x.body_text.contains("Crawling"), "{}", x.body_text);
    }

    #[test]
    fn a_handle_glued_to_the_name_and_an_updates_label_are_no_part_of_it() {
        let (_, authors, date) =
            read_byline("By Alissa Wilkinson@alissamarie Updated Jul 24, 2018, 2:15pm EDT")
                .unwrap();
        assert_eq!(authors, ["Alissa Wilkinson"]);
        assert_eq!(date, None);
        assert_eq!(without_handles("Jane Doe @jane_doe"), "Jane Doe ");
        assert_eq!(without_handles("jane@example.org"), "jane@example.org");
    }

    #[test]
    fn a_whole_days_date_then_by_and_the_name() {
        let (_, authors, date) = read_byline("Tuesday 15 October 2019 by Bradley M. Kuhn").unwrap();
        assert_eq!(authors, ["Bradley M. Kuhn"]);
        assert_eq!(date.as_deref(), Some("2019-10-15"));
        // A year is no day: a copyright line.
        assert!(read_byline("© 2019 by Jane Doe").is_none_or(|(_, _, date)| date.is_none()));
    }

    #[test]
    fn a_byline_sentences_full_stop_is_no_part_of_the_name() {
        let (_, authors, _) =
            read_byline("Posted on Tuesday 15 October 2019 at 09:11 by Bradley M. Kuhn.").unwrap();
        assert_eq!(authors, ["Bradley M. Kuhn"]);
        assert_eq!(read_byline("By John Roe Jr.").unwrap().1, ["John Roe Jr."]);
    }

    #[test]
    fn an_authors_name_with_their_role_under_the_title() {
        let x = read_text_clipping(&story(
            "City Shuts Old Bridge After Cracks Found\n\nJane Doe Transport editor\n\nMon 20 \
             Jan 2020 06.05 GMT",
        ));
        assert_eq!(x.authors, ["Jane Doe"]);
        assert_eq!(
            name_with_role("Jane Doe Chief political correspondent"),
            Some("Jane Doe")
        );
        // A role alone names nobody.
        assert_eq!(name_with_role("Transport editor"), None);
        assert_eq!(name_with_role("The bridge editor"), None);
    }

    #[test]
    fn a_link_about_its_author_under_a_name_makes_it_the_byline() {
        let x = read_text_clipping(&story(
            "City Shuts Old Bridge After Cracks Found\n\nJane Doe\n\nSearch for this author \
             in:\n\n  • Google Scholar",
        ));
        assert_eq!(x.authors, ["Jane Doe"]);
    }

    #[test]
    fn a_posts_hour_after_the_name_and_its_authors_in_the_sidebar() {
        assert_eq!(
            read_byline("Posted by Ned Deily at 5:11 AM").unwrap().1,
            ["Ned Deily"]
        );
        // The blog lists its authors in a menu: the foot's `Posted by` keeps its name.
        let x = bridge(&[
            P1,
            P2,
            P3,
            "Posted by Jane Doe at 5:11 AM",
            "Labels",
            "  • Jane Doe\n  • John Roe\n  • Ann Smith",
        ]);
        assert_eq!(x.authors, ["Jane Doe"]);
    }

    #[test]
    fn a_name_with_a_short_relative_time() {
        assert_eq!(
            read_byline("James Akinaka • 8h").unwrap().1,
            ["James Akinaka"]
        );
    }

    #[test]
    fn a_line_ending_in_by_gives_the_name_under_it() {
        let x = bridge(&[P1, P2, P3, "[0]", "Written on Mar 17 by", "Jane Doe"]);
        assert_eq!(x.authors, ["Jane Doe"]);
        assert!(!x.body_text.contains("Written on"), "{}", x.body_text);
    }

    #[test]
    fn a_standfirst_with_the_byline_under_it_is_not_the_title() {
        // A long read's header: kicker, headline, the photo's caption, standfirst, byline,
        // then the main image's caption and the headline again over the sponsor and date.
        let headline = "'Will it hold?': residents of the old town fear for their bridge";
        let x = read_text_clipping(&story(&format!(
            "Seascape: the state of our oceans\n\n{headline}\n\nThe old bridge at dawn. \
             Photograph: Jane Roe/Reuters\n\nEngineers found deep cracks in two of the old \
             bridge's piers during a routine check last week\n\nby John Smith\n\nMain image: \
             The old bridge at dawn. Photograph: Jane Roe/Reuters\n\n{headline}\n\nSeascape: \
             the state of our oceans is supported by\n\nThe Packard Foundation About this \
             content\n\nThu 3 Jan 2019 02.00 EST"
        )));
        assert_eq!(x.title, headline);
        assert_eq!(x.authors, ["John Smith"]);
    }

    #[test]
    fn the_title_a_pictures_alt_text_names_wins_over_teasers() {
        let title = "City Shuts Old Bridge After Cracks Found";
        let x = read_text_clipping(&story(&format!(
            "{title}\n\nMayor Opens New Ferry Terminal on the East \
             Bank\n\nJane Roe\n\nToday 7:30AM\n\nCouncil Approves Budget for Next Year's Road \
             Repairs\n\nJohn Smith\n\nYesterday 12:35PM\n\nHarley-Davidson Has Some Neat New \
             Motorcycles In The Works\n\nIllustration for article titled City Shuts emOld/em Bridge After \
             Cracks Found"
        )));
        assert_eq!(x.title, title);
        assert!(!x.body_text.contains("Illustration"), "{}", x.body_text);
        // Even when the last of a box of teasers stands right over the article's own author
        // and date, and the headline shares no word with the text (Kotaku's long reads).
        let title = "A Century of Crossings, One Of the Region's Oldest Landmarks";
        let x = read_text_clipping(&story(&format!(
            "{title}\n\nYou may also like\n\nMayor Opens New Ferry Terminal on the East \
             Bank\n\nMore from our network\n\nRead on\n\nThe 50 most important independent \
             movies of the decade\n\nRead on\n\nSome people went and animated an unused film \
             script\n\nRead on\n\nHarley-Davidson Has Some Neat New Motorcycles In The \
             Works\n\nJane Roe\n9/11/13 10:00AM\n\nIllustration for article titled A Century \
             of emCrossings/em, One Of the Regions Oldest Landmarks"
        )));
        assert_eq!(x.title, title);
        assert_eq!(
            x.published.map(|d| d.normalized).as_deref(),
            Some("2013-09-11")
        );
    }

    #[test]
    fn a_date_line_ending_in_a_byline_gives_both() {
        let x = read_text_clipping(&story(
            "City Shuts Old Bridge After Cracks Found\n\n19.03.2019 11:45 | von Inga Buller",
        ));
        assert_eq!(x.authors, ["Inga Buller"]);
        assert_eq!(
            x.published.map(|d| d.normalized),
            Some("2019-03-19".to_string())
        );
        // A date line with a label after it is still only a date.
        let x = read_text_clipping(&story(
            "City Shuts Old Bridge After Cracks Found\n\n19.03.2019 | Politik",
        ));
        assert!(x.authors.is_empty());
        assert!(x.published.is_some());
    }

    #[test]
    fn a_teaser_with_a_link_to_its_post_is_not_the_title() {
        let mut text = String::new();
        for (teaser, date, link) in [
            (
                "School Day at the Fashion Academy",
                "14/06/2019",
                "WEITERLESEN",
            ),
            (
                "Ferry Service Starts Next Week",
                "26/03/2019",
                "Read more »",
            ),
            (
                "Mayor Promises Faster Repairs",
                "01/02/2019",
                "Continue reading",
            ),
        ] {
            text.push_str(&format!("{teaser}\n\n{date}\n\n{link}\n\n"));
        }
        text.push_str(&story("FALL IN LOVE WITH BLACK\n\n[outfit-black]"));
        let x = read_text_clipping(&text);
        assert_eq!(x.title, "FALL IN LOVE WITH BLACK");
        assert!(READ_ON.is_match("Lire la suite…"));
        assert!(!READ_ON.is_match("Read more about the bridge repairs"));
    }

    #[test]
    fn a_printed_gallery_gives_its_captions_as_photos() {
        let captions = [
            "Police officers adjust a barricade along the route of the parade in New York.",
            "Passengers wait for a bus to arrive during a light rain on Wednesday.",
            "A pedestrian walks through snow showers in Pittsburgh on November 26.",
        ];
        let title = "Weather threatens holiday plans";
        let gallery = format!(
            "{}\nHIDE CAPTION\n{}",
            captions.join("\n"),
            [title; 3].join("\n")
        );
        let x = bridge(&[&gallery, P1, P2, P3]);
        let found: Vec<Option<&str>> = x.photos.iter().map(|p| p.caption.as_deref()).collect();
        assert_eq!(found, captions.map(Some).to_vec());
        for line in ["HIDE CAPTION", title, "Police officers"] {
            assert!(!x.body_text.contains(line), "{line}: {}", x.body_text);
        }
        assert!(x.body_text.starts_with(P1), "{}", x.body_text);
        // Without the button, the captions and titles must each be one block of lines: the
        // same caption printed under three of the article's pictures leaves the text alone.
        let spaced = format!("{}\n\n{}", captions.join("\n\n"), [title; 3].join("\n\n"));
        let x = bridge(&[P1, &spaced, P2, P3]);
        assert!(x.photos.is_empty(), "{:?}", x.photos);
        assert!(x.body_text.contains(captions[1]), "{}", x.body_text);
    }

    #[test]
    fn picture_teasers_under_a_related_heading_leave_the_body() {
        let teasers = [
            "Related",
            "Top story",
            "[img_748985]",
            "Ferry service across the river starts next week as the council keeps the old bridge shut to cars and lorries for repairs",
            "[img_f2b1c8]",
            "The mayor promises faster repairs after years of neglect and a long debate in the council about who should pay for them",
            "Sponsored",
            "[img_807a22]",
            "Engineers warn that the ageing bridges built across the whole country in the sixties now need urgent care and more money",
        ];
        let x = long_bridge(&teasers);
        assert!(x.body_text.ends_with(P3), "{}", x.body_text);
    }

    #[test]
    fn a_teasers_label_is_not_a_related_story() {
        let x = long_bridge(&["Related", "Top story", "Ferry Service Starts Next Week"]);
        let related: Vec<&str> = x.related.iter().map(|r| r.title.as_str()).collect();
        assert_eq!(related, ["Ferry Service Starts Next Week"]);
        assert!(x.body_text.ends_with(P3), "{}", x.body_text);
    }

    #[test]
    fn a_links_label_with_its_arrow_is_navigation() {
        for line in [
            "Next Page >",
            "More News ›",
            "Zurück zu SimplyScience.ch >",
            "メディア・報道関係・法人の方向け写真・動画購入のお問合せ>",
        ] {
            let kind = classify_one(&short_unit(line), None);
            assert!(
                matches!(kind, Kind::Nav | Kind::Furniture),
                "{line}: {kind:?}"
            );
        }
        for line in ["#include <IRremote.h>", "<stdio.h> and <stdlib.h>"] {
            assert_ne!(
                classify_one(&short_unit(line), None),
                Kind::Furniture,
                "{line}"
            );
        }
        let x = bridge(&[P1, P2, "戦争・紛争一覧へ>", P3, "Next On The Courier ›"]);
        assert!(x.body_text.ends_with(P3), "{}", x.body_text);
        assert!(!x.body_text.contains('>'), "{}", x.body_text);
    }

    #[test]
    fn never_panics() {
        for input in [
            "",
            "\n\n\n",
            "•",
            "• \n*\n-",
            "By",
            "|||",
            "RELATED:",
            "Photo:",
            "©",
            "> > >",
            "日本語のテキストです。これは記事です。",
            "\u{feff}Title\r\n\r\nBody text.",
        ] {
            let _ = read_text_clipping(input);
        }
    }
    #[test]
    fn a_post_meta_sentence_dates_the_post() {
        // The author named, if any, and the day.
        let day = |line: &str| match post_meta(line) {
            Some(Kind::Date(DateRole::Published, d)) => {
                Some((None, d.normalized[..10].to_string()))
            }
            Some(Kind::Byline {
                byline,
                date: Some(d),
                ..
            }) => Some((Some(byline), d.normalized[..10].to_string())),
            _ => None,
        };
        assert_eq!(
            day("This entry was posted on Monday, December 14th, 2015 at 2:48 pm and is filed under Arduino. You can follow any responses to this entry through the RSS 2.0 feed."),
            Some((None, "2015-12-14".to_string()))
        );
        assert_eq!(
            day("This entry was posted in News on December 14, 2015 by Jane Doe."),
            Some((Some("Jane Doe".to_string()), "2015-12-14".to_string()))
        );
        assert_eq!(
            day("Dieser Artikel wurde am 14. Dezember 2015 um 14:48 von Heiner geschrieben und unter dem Stichwort Arduino in die Kategorie Arduino eingeordnet. Es gibt schon 9 Kommentare, wie ist deine Meinung zu diesem Thema?"),
            Some((Some("Heiner".to_string()), "2015-12-14".to_string()))
        );
        // No date, no dating; a sentence that only mentions an entry is no such sentence.
        assert_eq!(
            day("This entry was posted in Uncategorized. Bookmark the permalink."),
            None
        );
        assert_eq!(
            day("We said on December 14, 2015 that this entry was posted by Jane Doe."),
            None
        );
    }

    #[test]
    fn a_blog_signed_with_one_name_under_its_title() {
        let text = story("City Shuts Old Bridge After Cracks Found\n\nvon Heiner")
            + "Dieser Artikel wurde am 14. Dezember 2015 um 14:48 von Heiner geschrieben und unter dem Stichwort Brücken in die Kategorie Stadt eingeordnet. Es gibt schon 9 Kommentare.\n\n9 comments to City Shuts Old Bridge After Cracks Found\n\nErkan\n15. Dezember 2015 at 11:21 · Antwort\n";
        let x = read_text_clipping(&text);
        assert_eq!(x.byline.as_deref(), Some("Heiner"));
        assert_eq!(x.authors, vec!["Heiner".to_string()]);
        assert_eq!(
            x.published
                .map(|d| d.normalized[..10].to_string())
                .as_deref(),
            Some("2015-12-14")
        );
        assert!(
            !x.body_text.contains("Dieser Artikel wurde"),
            "{}",
            x.body_text
        );
        // The name alone under the title, the post's foot saying nothing.
        let x = read_text_clipping(&story(
            "City Shuts Old Bridge After Cracks Found\n\nvon Heiner",
        ));
        assert_eq!(x.byline.as_deref(), Some("Heiner"));
        // One capitalised word after `by` elsewhere is no byline.
        let x = read_text_clipping(
            &(story("City Shuts Old Bridge After Cracks Found") + "Photos\n\nBy Heiner\n"),
        );
        assert_eq!(x.byline, None);
    }

    /// A sidebar's text after a short post's comment form: a blog's licence and its
    /// disclaimer, longer than the post.
    const SIDEBAR: &str = "Kategorien\n\n  • Dessert\n  • Gebäck\n\nHaftungshinweis\n\nTrotz sorgfältiger inhaltlicher Kontrolle übernehme ich keine Haftung für die Inhalte externer Links, die in meinem Blog zugänglich sind; für den Inhalt der verlinkten Seiten sind ausschließlich deren Betreiber verantwortlich, und das gilt für alle Links auf dieser Seite.\n\nDie Bilder in diesem Blog stehen unter einer Creative Commons Lizenz, und Erlaubnisse, die über diese Lizenz hinausgehen, erhalten Sie auf Anfrage per E-Mail bei der Autorin.\n";

    #[test]
    fn a_short_post_ends_at_its_comment_form() {
        let post = format!(
            "City Shuts Old Bridge After Cracks Found\n\n{P1}\n\n{P2}\n\nKommentar verfassen Antwort abbrechen\n\nGib hier Deinen Kommentar ein ...\n[                    ]\n\nName (erforderlich)\n[                    ]\n\n{SIDEBAR}"
        );
        let x = read_text_clipping(&post);
        assert!(x.body_text.starts_with(P1), "{}", x.body_text);
        assert!(x.body_text.contains(P2), "{}", x.body_text);
        assert!(!x.body_text.contains("Haftung"), "{}", x.body_text);
        // A comments heading with no form after it needs a longer article before it: a
        // counter under a headline is followed by the article.
        let counted = post.replace(
            "Kommentar verfassen Antwort abbrechen\n\nGib hier Deinen Kommentar ein ...\n[                    ]\n\nName (erforderlich)\n[                    ]",
            "3 Kommentare",
        );
        let x = read_text_clipping(&counted);
        assert!(x.body_text.contains("Haftung"), "{}", x.body_text);
        // Comments closed at a post's foot end it as a form does.
        let closed = post.replace(
            "Kommentar verfassen Antwort abbrechen",
            "Kommentarfeed | Kommentare geschlossen | Trackback-URL",
        );
        let x = read_text_clipping(&closed);
        assert!(!x.body_text.contains("Haftung"), "{}", x.body_text);
    }

    #[test]
    fn a_list_set_as_lines_stays_in_the_article() {
        let recipe = format!(
            "Almond Biscuits\n\nPreparation: 25 minutes\nMakes: 40 biscuits\n\nIngredients:\n300 g flour\n1 tsp baking powder\n100 g ground almonds\n200 g butter\n\n{P1}\n\n{P2}\n\nTimetable:\nWarm up 11:00\nContest 12:00\n\nBe there!\n\nRelated\n\n  • Another story\n"
        );
        let x = read_text_clipping(&recipe);
        for line in [
            "Preparation: 25 minutes",
            "Ingredients:",
            "200 g butter",
            "Warm up 11:00",
            "Contest 12:00",
        ] {
            assert!(x.body_text.contains(line), "{line}: {}", x.body_text);
        }
        assert_eq!(x.title, "Almond Biscuits");
        // Away from the article's text, a colon's short lines are not its list.
        let units = read_units(&format!(
            "Follow us:\nFacebook page\nInstagram page\n\nMenu\n\nHome\n\nAbout\n\nCity Shuts Old Bridge After Cracks Found\n\n{P1}\n"
        ));
        assert!(units[..3].iter().all(|u| u.kind != Kind::ListItem));
    }

    #[test]
    fn copies_of_a_line_beside_a_picture_counter_are_a_gallery() {
        let mut lines = vec![P1.to_string(), P2.to_string()];
        lines.extend(std::iter::repeat_n("HTC Touch".to_string(), 3));
        lines.push("Bild 1 von 9".to_string());
        lines.extend(std::iter::repeat_n("HTC Touch".to_string(), 8));
        lines.push(P3.to_string());
        let text = format!(
            "City Shuts Old Bridge After Cracks Found\n\n{}\n\nMore stories\n",
            lines.join("\n")
        );
        let x = read_text_clipping(&text);
        assert!(
            x.body_text.contains(P1) && x.body_text.contains(P3),
            "{}",
            x.body_text
        );
        assert!(!x.body_text.contains("HTC Touch"), "{}", x.body_text);
        assert!(!x.body_text.contains("Bild 1 von 9"), "{}", x.body_text);
        // A few copies without a counter are no gallery.
        let units = read_units("HTC Touch\nHTC Touch\nHTC Touch\nHTC Touch\n");
        assert!(units.iter().all(|u| u.kind != Kind::Gallery));
    }

    #[test]
    fn a_day_before_its_month_is_a_date_not_a_list_number() {
        let x = read_text_clipping(&story(
            "8. Dezember 2012\n\nCity Shuts Old Bridge After Cracks Found",
        ));
        assert_eq!(
            x.published
                .map(|d| d.normalized[..10].to_string())
                .as_deref(),
            Some("2012-12-08")
        );
        // A numbered sub-heading keeps its number.
        let units = read_units("8. Check the supports first\n");
        assert_eq!(units[0].number.as_deref(), Some("8."));
    }

    #[test]
    fn copyright_labels_a_credit_and_discussion_heads_comments() {
        assert_eq!(
            caption_credit("Mandelplätzchen , Copyright: CC BY-NC-ND 3.0"),
            Some(("Mandelplätzchen".to_string(), "CC BY-NC-ND 3.0".to_string()))
        );
        assert!(is_comments_start("17 discussion to this post"));
    }

    #[test]
    fn a_teaser_after_a_related_heading_ends_the_article() {
        let x = read_text_clipping(
            &(story("City Shuts Old Bridge After Cracks Found")
                + "Weitere interessante Themen\n\nFerry prices\n\nQuestions and answers about the new ferry fares and the discounts for residents.\n\nCaves under the city\n\nPrivacy policy\n"),
        );
        assert!(x.body_text.ends_with(P4), "{}", x.body_text);
        // Inside the article, the text goes on after the heading.
        let x = read_text_clipping(&format!(
            "City Shuts Old Bridge After Cracks Found\n\n{P1}\n\n{P2}\n\nRelated\n\nFerry prices\n\n{P3}\n\n{P4}\n\nPrivacy policy\n"
        ));
        assert!(x.body_text.starts_with(P1), "{}", x.body_text);
        assert!(x.body_text.ends_with(P4), "{}", x.body_text);
    }

    #[test]
    fn a_counter_over_a_share_bar_is_no_comment_form() {
        // A standfirst, `12 Kommentare` under it, then the share bar's `E-Mail` button: the
        // article follows, not comments.
        let text = format!(
            "  • Home\n  • World\n\nCity Shuts Old Bridge After Cracks Found\n\n{P3} {P4}\n\n12 Kommentare\n\nFacebook\nE-Mail\n\nThe old bridge closed on Tuesday.\n\n{P1}\n\n{P2}\n\nMore stories\n\n  • Another story\n"
        );
        let units = read_units(&text);
        assert_eq!(comments_after_article(&units), None);
        let x = read_text_clipping(&text);
        assert!(x.body_text.contains(P2), "{}", x.body_text);
    }

    #[test]
    fn lists_set_as_lines_take_one_step_from_the_text() {
        let units = read_units(&format!(
            "{P1}\n\nAddress:\nTown hall\nMain square 1\n\nOpening hours:\nWeekdays nine to five\nSaturday mornings\n\nRessorts:\nPolitics desk\nSport desk\n"
        ));
        let listed = |text: &str| {
            units
                .iter()
                .find(|u| u.text == text)
                .is_some_and(|u| u.kind == Kind::ListItem)
        };
        assert!(
            listed("Town hall") && listed("Saturday mornings"),
            "{:?}",
            units.iter().map(|u| (&u.text, &u.kind)).collect::<Vec<_>>()
        );
        assert!(!listed("Politics desk"));
    }

    /// The blocks of a body's HTML, one per line, without their text.
    fn html_shape(html: &str) -> Vec<String> {
        html.lines()
            .map(|line| {
                let end = line.find('>').map_or(line.len(), |e| e + 1);
                line[..end].to_string()
            })
            .collect()
    }

    #[test]
    fn pasted_text_keeps_its_headings_lists_and_code() {
        let x = read_text_clipping(&page(
            "City Shuts Old Bridge After Cracks Found\n\nPublished 3 March 2023",
            &[
                P1,
                "What happens next",
                P2,
                "The council listed three reasons:\n\n  • Cracks were found in two of the supports under the deck.\n  • Rust has eaten through the railings on the southern side.\n  • The bridge failed a load test in the autumn.",
                "Engineers will follow these steps:\n\n 1. They will close the deck to all traffic in March.\n 2. They will test each of the piers for cracks.\n 3. They will report to the council in May.",
                "    $ curl https://example.org/bridge/status\n    {\"open\": false}",
                P3,
            ],
        ));
        assert_eq!(
            html_shape(&x.body_html),
            [
                "<p>",
                "<h3>",
                "<p>",
                "<p>",
                "<ul>",
                "<li>",
                "<li>",
                "<li>",
                "</ul>",
                "<p>",
                "<ol>",
                "<li>",
                "<li>",
                "<li>",
                "</ol>",
                "<pre>",
                "{&quot;open&quot;: false}</pre>",
                "<p>"
            ],
            "{}",
            x.body_html
        );
        assert!(x.body_html.contains("<h3>What happens next</h3>"));
        assert!(x
            .body_html
            .contains("<li>The bridge failed a load test in the autumn.</li>"));
        // Code keeps its lines and its markup is escaped.
        assert!(x.body_html.contains(
            "<pre>$ curl https://example.org/bridge/status\n{&quot;open&quot;: false}</pre>"
        ));
        // The plain text is unchanged by the setting: one block a paragraph.
        assert!(x.body_text.contains("\n\nWhat happens next\n\n"));
        assert!(x
            .body_text
            .contains("\n\nThe bridge failed a load test in the autumn.\n\n"));
    }

    #[test]
    fn a_short_line_over_a_lower_case_line_or_a_caption_is_no_heading() {
        let x = read_text_clipping(&page(
            "City Shuts Old Bridge After Cracks Found\n\nPublished 3 March 2023",
            &[
                P1,
                // A sentence wrapped where the page's width ended.
                "The engineers said that the load on the",
                "northern supports had doubled since the bridge was widened in 1970, and the rust had spread.",
                P2,
                // Short lines under short lines: a table's rows.
                "Span 120 metres\nOpened 1911",
                P3,
                // A wiki's note pointing to another article.
                "Main article: History of the Old Bridge",
                P1,
                // A sentence leading into a list.
                "Traditionally, the options were limited: either\n\n  • The council would repair the bridge in the spring of next year.\n  • The council would close it to cars for good and build a new one.",
                P4,
            ],
        ));
        assert!(!x.body_html.contains("<h3>"), "{}", x.body_html);
    }

    #[test]
    fn a_list_around_a_photo_goes_on_after_it() {
        let x = read_text_clipping(&page(
            "City Shuts Old Bridge After Cracks Found\n\nPublished 3 March 2023",
            &[
                P1,
                " 1. They will close the deck to all traffic in March.\n 2. They will test each of the piers for cracks.",
                "Engineers at work. Photo: John Doe/Reuters",
                " 3. They will report to the council in May.",
                P2,
                P3,
            ],
        ));
        assert_eq!(
            crate::sanitize::photo_markers(&x.body_html),
            vec![0],
            "{}",
            x.body_html
        );
        assert_eq!(
            html_shape(&x.body_html),
            [
                "<p>",
                "<ol>",
                "<li>",
                "<li>",
                "</ol>",
                "<img data-photo=\"0\">",
                "<ol start=\"3\">",
                "<li>",
                "</ol>",
                "<p>",
                "<p>"
            ],
            "{}",
            x.body_html
        );
    }

    #[test]
    fn a_list_set_as_lines_reads_as_its_heading_over_a_list() {
        let x = read_text_clipping(&page(
            "Almond Biscuits for Christmas\n\nPublished 8 December 2012",
            &[
                P1,
                "Zutaten:\n300 g Mehl\n200 g Butter\n100 g gemahlene Mandeln",
                P2,
                P3,
            ],
        ));
        assert!(
            x.body_html.contains(
                "<p>Zutaten:</p>\n<ul>\n<li>300 g Mehl</li>\n<li>200 g Butter</li>\n<li>100 g gemahlene Mandeln</li>\n</ul>"
            ),
            "{}",
            x.body_html
        );
    }

    #[test]
    fn a_menu_copied_without_bullets_is_a_run_of_short_lines() {
        let mut units = split_units(
            "Welcome to the Coast Gazette website\nNational\nPolitics\nDiplomacy\nNorth Korea\nEconomy\nThe council voted on Tuesday\nNews\nSport\n\nWeather\nTV\nRadio\n",
        );
        classify(&mut units);
        let runs = in_menu_runs(&units);
        let menu: Vec<&str> = units
            .iter()
            .zip(&runs)
            .filter(|(_, &in_run)| in_run)
            .map(|(u, _)| u.text.as_str())
            .collect();
        // A run right after a longer line counts; runs shorter than five lines, or broken
        // by a blank line, do not.
        assert_eq!(
            menu,
            vec![
                "National",
                "Politics",
                "Diplomacy",
                "North Korea",
                "Economy"
            ]
        );
    }

    #[test]
    fn a_sentence_leading_into_a_list_of_names_keeps_the_list_and_what_follows() {
        let lead_in = "The overall rankings of the countries were as follows:";
        let ranking = "1. Finland\n2. Norway\n3. Australia\n4. Canada\n5. Germany\n6. France\n7. United Kingdom\n8. Italy\n9. Spain\n10. United States";
        let x = bridge(&[P1, P2, &format!("{lead_in}\n{ranking}"), P3, P4]);
        assert!(x.body_text.ends_with(P4), "{}", x.body_text);
        assert!(
            x.body_html.contains("<ol>\n<li>1. Finland</li>")
                || x.body_html.contains("<li>Finland</li>"),
            "{}",
            x.body_html
        );
        // A box's title-case heading over a list of links after the article is no lead-in.
        let x = bridge(&[
            P1,
            P2,
            P3,
            "More From Our Network:\n  • Weather\n  • Traffic\n  • Lottery",
        ]);
        assert!(x.body_text.ends_with(P3), "{}", x.body_text);
    }
}
