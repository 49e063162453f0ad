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

// The rules live in one submodule per concept and share one namespace, as when they were
// one file: each submodule reads this module's names (`use super::*`), and this module
// reads each submodule's, so a rule calls any other by its name.
mod assemble;
mod body_run;
mod breadcrumbs;
mod bylines;
mod captions;
mod classify;
mod furniture;
mod language;
mod menus;
mod neighbours;
mod related;
mod structure;
mod teasers;
#[cfg(test)]
mod tests;
mod title;
mod units;

use assemble::*;
use body_run::*;
use breadcrumbs::*;
use bylines::*;
use captions::*;
use classify::*;
use furniture::*;
use menus::*;
use neighbours::*;
use related::*;
use structure::*;
use teasers::*;
use title::*;
use units::*;

// What the other readers (HTML, Markdown, the body trimmer) share with this one.
pub(in crate::capture) use body_run::{ABOUT_THE_AUTHOR, AUTHOR_BOX_UNITS, AUTHOR_BOX_WORDS};
pub(in crate::capture) use bylines::{
    authors_with_notes, introduced_byline, is_a_surname_before_date, is_agency, is_name,
    is_role_word, opens_post_meta, post_meta_date,
};
pub(in crate::capture) use captions::caption_credit;
pub(in crate::capture) use classify::CREDIT_LABEL;
pub(in crate::capture) use furniture::{
    is_comments_start, is_furniture, is_page_control, is_rights_notice,
};
pub(in crate::capture) use language::detect_language;
pub(in crate::capture) use related::is_related_marker;
pub(in crate::capture) use teasers::{is_caption_control, MIN_SLIDE_TITLES, POPULAR_BOX};
pub(in crate::capture) use units::{collapse, is_cjk, word_count};

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
