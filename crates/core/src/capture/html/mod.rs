//! The saved-page reader: finds the article in an HTML page. dom_smoothie (a Readability.js
//! port) picks the body and the basic metadata; our layer adds what no crate returns
//! together: every author, the section path, and each photo with caption and credit split
//! apart, its image bytes when the page carries them (`data:` URIs, a `_files/` folder).

use std::collections::{HashMap, HashSet};
use std::path::Path;
use std::sync::LazyLock;

use dom_query::{Document, NodeRef, Selection};
use dom_smoothie::{Config, Readability};
use regex::Regex;

use super::body_trim;
use super::dates::{date_line, day_with_time, find_date_in, parse_date, without_opening_dateline};
use super::extracted::{canonical_language, DateValue, Extracted, ExtractedLink, ExtractedPhoto};
use super::formula;
use super::page_byline::{self, PageBylines};
use super::page_dates::{self, Headline};
use super::page_deck;
use super::text::{self, collapse};
use crate::sanitize;

// The reader's parts live in one submodule per concept and share one namespace: each
// submodule reads this module's names (`use super::*`), and this module reads theirs.
mod authors;
mod captions;
mod metadata;
mod photos;
#[cfg(test)]
mod tests;
mod titles;

use authors::*;
use captions::*;
use metadata::*;
use photos::*;
use titles::*;

pub(crate) use authors::split_authors;

/// Largest image read from a page's folder or a `data:` URI (bytes).
const MAX_IMAGE_BYTES: usize = 40 * 1024 * 1024;

/// Extracts the article from a decoded page. `url` is the page's address (resolves relative
/// links); `base_dir` is the folder the page was saved in (finds images saved beside it).
pub fn read_html(page: &str, url: Option<&str>, base_dir: Option<&Path>) -> Extracted {
    // An address that does not parse (a blank one) is no address: Readability refuses to
    // read a page given one, and the whole page would stand as the article.
    let url = url.map(str::trim).filter(|u| url::Url::parse(u).is_ok());
    let page = &*crate::html_limits::bound_for_reading(page);
    let document = Document::from(page);
    // Where the page's headline stands: dates, bylines and the deck are read near it.
    let headline = Headline::find(&document);
    let page_meta = PageMeta::read(&document, &headline);
    let page_dates = page_dates::read(
        &document,
        &headline,
        page_meta.address(url),
        page_meta.language.as_deref(),
    );
    let marks = if page_meta.names_only_the_site() {
        page_byline::Marks::All
    } else {
        page_byline::Marks::Unread
    };
    let page_bylines = PageBylines::read(&document, &headline);
    let unmarked_byline = page_byline::unmarked(&document, &headline);
    let printed_deck = page_deck::read(&document, &headline);
    remove_site_menus(&document, &headline);
    drop(headline);
    let base = effective_base(&document, url);
    let lead_figure = page_meta
        .lead_image
        .as_ref()
        .and_then(|(lead, _)| lead_figure(&document, lead, base.as_deref(), base_dir));
    let figure_captions = FigureCaptions::read(&document, base.as_deref());
    unwrap_lone_noscript_images(&document);
    show_hidden_slides(&document);
    keep_the_headlined_story(&document, &page_meta);
    remove_author_bios(&document);
    title_an_untitled_page(&document, &page_meta);
    let config = Config {
        // Classes name captions and credits (`.caption`, `.credit`); the sanitizer drops
        // them from the stored HTML afterwards.
        keep_classes: true,
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
        formula::write_out_formulas(&whole);
        let body = whole.select("body");
        let (body_html, stamp) = sanitize::sanitize_body_stamped(&body.inner_html(), url);
        out.body_html = body_html;
        out.body_sanitized = Some(stamp);
        out.body_text = sanitize::html_to_text(&out.body_html);
        take_article_data_if_undrawn(&mut out, page_meta.article_body.as_deref(), url);
        out.language = page_meta.language.as_deref().and_then(canonical_language);
        // What the page says about itself holds though no article was found in it (a page
        // its script fills in from data).
        out.authors = page_meta.named_authors().to_vec();
        out.byline = (!out.authors.is_empty()).then(|| out.authors.join(", "));
        out.published = json_ld_date(&page_meta.json_ld_dates.published, &out.language)
            .or(page_dates.published);
        out.modified =
            json_ld_date(&page_meta.json_ld_dates.modified, &out.language).or(page_dates.modified);
        out.site_name = page_meta.site_not_platform(
            page_meta
                .og_site_name
                .clone()
                .or(page_meta.json_ld_publisher.clone())
                .or(page_meta.publisher.clone()),
        );
        out.section = page_meta.section.clone();
        out.url = page_meta.stored_url(url);
        if let Some(site) = &out.site_name {
            out.title = strip_name_suffix(&out.title, site);
        }
        if out.title.is_empty() {
            out.title = untitled_pages_headline(&page_meta).unwrap_or_default();
        }
        return out;
    };

    out.title = collapse_ws(&article.title);
    if out.title.is_empty() {
        out.title = page_meta.title.clone().unwrap_or_default();
    }
    // Readability takes JSON-LD's `name` over its `headline` when neither is much like the
    // page's `<title>`; a page may name its article by an identifier (`d-161500790`, the
    // last part of its address): the headline the page marks up is the title then.
    if is_an_identifier(&out.title, page_meta.address(url)) || is_a_slug(&out.title) {
        if let Some(headline) = page_meta.headline.as_ref().or(page_meta.title.as_ref()) {
            out.title = headline.clone();
        }
    }
    // Readability keeps "Headline | Site" when the headline is short; the page's own
    // headline (og:title, JSON-LD, its one <h1>) tells where the site suffix starts.
    if let Some(headline) = &page_meta.headline {
        if let Some(rest) = out.title.strip_prefix(headline.as_str()) {
            let rest = rest.trim_start();
            if rest.starts_with(SITE_SEPARATORS) || rest.starts_with(HEADLINE_END_MARKS) {
                out.title = headline.clone();
            }
        }
    }
    // `Blog - Schattiges Plätzchen`: a part of the title after a separator that the page
    // prints as a headline of its own (an `<h1>` among several) is the article's title.
    if let Some(part) = title_part_printed_as_h1(&out.title, &page_meta.h1_texts) {
        out.title = part;
    }
    // `Headline - Writers` or `Headline - Blog name`: the page prints the headline alone.
    if let Some(head) = title_head_printed_as_h1(&out.title, &page_meta.h1_texts) {
        out.title = head;
    }
    if let Some(whole) = page_meta
        .title
        .as_deref()
        .and_then(|t| headline_cut_at_its_colon(&out.title, t, &page_meta.heading_texts))
    {
        out.title = whole;
    }
    out.site_name = page_meta.site_not_platform(
        article
            .site_name
            .as_deref()
            .map(collapse_ws)
            .filter(|s| !s.is_empty())
            .or(page_meta.json_ld_publisher.clone())
            .or(page_meta.publisher.clone())
            .or(page_meta.logo_name.clone()),
    );
    out.title = strip_date_suffix(&out.title);
    if let Some(site) = &out.site_name {
        out.title = strip_name_suffix(&out.title, site);
    }
    if let Some(address) = page_meta.address(url) {
        out.title = strip_address_suffix(&out.title, address);
    }
    let lang = article.lang.clone().or(page_meta.language.clone());
    out.language = lang.as_deref().and_then(canonical_language);
    // Readability's excerpt may be the dateline that opens the body (`Submitted on Mon,
    // 2019-01-21 13:49`), or the byline line it took the writer's name out of (`By Friday,
    // Jan 13, 2017 at 4:45 pm EST`): a date is no standfirst.
    out.standfirst =
        article.excerpt.as_deref().map(collapse_ws).filter(|s| {
            !s.is_empty() && !reads_as_date(without_by_word(s), out.language.as_deref())
        });
    // Readability takes a dateline for a byline when it sits where bylines go ("April 28,
    // 2019 at 6:01 am Updated …"): a date is not an author, so the page's own author
    // markup (JSON-LD, then `<meta>`) names them instead.
    let clean = |raw: &str| {
        Some(clean_byline(raw))
            // A whole date line is no byline (`Last Updated: January 7, 2025`), even though
            // a date after a name is cut off.
            .filter(|b| !reads_as_date(b, out.language.as_deref()))
            .map(|b| without_trailing_date(&b, out.language.as_deref()))
            .map(|b| cut_after_author_names(&b, &page_meta.author_names(), out.language.as_deref()))
            // Readability takes the first element marked as an author's for the byline, and
            // on a page without one that is the first reader's comment (`.comment-author`),
            // a pull quote's speaker (`.quote-author`) or a photographer in a figure.
            .filter(|b| !page_meta.names_only_someone_else(b))
            // A name with a colon after it heads a comment (`B.A. sagt:`, `Jane says:`); one
            // with an asterisk is a form's field (`Name *`).
            .filter(|b| {
                b.chars().any(char::is_alphabetic)
                    && !is_a_web_address(b)
                    && !names_an_outlets_desk(b)
                    && !b.ends_with([':', '*'])
                    && !is_an_author_label(b)
                    // A byline with no name in it, only its `By` (the New York Times'
                    // `By <span itemprop="name">By</span>` on a page without a writer).
                    && !is_bare_by_word(&b.to_lowercase())
                    && !reads_as_date(b, out.language.as_deref())
            })
    };
    let byline = article.byline.as_deref().and_then(clean);
    // A social-media handle alone (`article:author` = `@NatGeoUK`) names an account: the
    // page's other author markup names the writer if it can, else the handle stays.
    out.byline = byline
        .clone()
        .filter(|b| !is_a_handle(b))
        .or_else(|| {
            let named = page_meta.named_authors();
            (!named.is_empty()).then(|| named.join(", "))
        })
        .or(byline)
        // Last, a byline marked in a way Readability does not read (`data-component=
        // "Byline"`, `<author>`).
        .or_else(|| page_bylines.marked(marks).find_map(clean))
        // Readability took a mark that names no one (engadget's menu link `Authors`) and
        // stopped there: the marks it reads, near the headline, name the writer.
        .or_else(|| {
            (article.byline.is_some() && marks == page_byline::Marks::Unread)
                .then(|| page_bylines.marked(page_byline::Marks::All).find_map(clean))?
        });
    // Readability takes the first author mark in the page, and that may be a menu's or a
    // teaser's writer (a magazine's navigation lists stories with their bylines): where the
    // page marks another writer under its headline, that is the article's.
    let readabilitys = article.byline.as_deref().and_then(clean);
    if readabilitys.is_some() && out.byline == readabilitys {
        let taken = out.byline.as_deref().map(split_authors).unwrap_or_default();
        let site_named =
            |name: &String| out.site_name.as_deref().is_some_and(|s| same_name(name, s));
        let overlaps = |a: &String, b: &String| {
            let (a, b) = (a.to_lowercase(), b.to_lowercase());
            a.contains(&b) || b.contains(&a)
        };
        // A writer the page's metadata names is the page's own word, unless it is the
        // site.
        let from_metadata = page_meta
            .named_authors()
            .iter()
            .any(|m| taken.iter().any(|t| same_name(m, t) && !site_named(t)));
        // The first mark that gives only names, plainly written: the marks near a
        // headline print dates, counts and buttons with them (`Patrick
        // AllanProfileFollowUnfollow`, `James Akinaka • 8h`) that Readability's cleaner one
        // went without, and a box holding the date and the byline (NPR's `story-meta`,
        // `December 15, 20163:33 PM ET Rebecca Hersher`) comes before the byline's own. A
        // mark naming Readability's writer first confirms it.
        let printed = (!from_metadata)
            .then(|| {
                page_bylines
                    .near_headline()
                    .filter_map(clean)
                    .find_map(|printed| {
                        let names = split_authors(&printed);
                        if names.iter().any(|n| taken.iter().any(|t| overlaps(n, t))) {
                            return Some(None);
                        }
                        (!names.is_empty()
                            && names.iter().all(|n| text::is_name(n))
                            && !names.iter().any(site_named))
                        .then_some(Some(printed))
                    })
            })
            .flatten()
            .flatten();
        if printed.is_some() {
            out.byline = printed;
        }
    }
    // Last, a byline printed under the headline with no markup naming it (`by Duncan
    // Bell / January 19, 2017 /`).
    if out.byline.is_none() {
        out.byline = unmarked_byline.map(|(byline, _)| byline);
    }
    // Last of all, the one writer the page links to an author's page of (an author box
    // after the article), outside its menus, footer and boxes of other stories, unless
    // the link is a commenter's.
    if out.byline.is_none() {
        out.byline = page_meta.sole_author_link().and_then(|b| clean(&b));
    }
    out.authors = if page_meta.authors.is_empty() {
        out.byline.as_deref().map(split_authors).unwrap_or_default()
    } else {
        page_meta.authors.clone()
    };
    // The site named among writers (`Sam Stein Senior Politics Editor, The Huffington
    // Post`) is whom they wrote for, not one of them.
    if let Some(site) = &out.site_name {
        if out.authors.iter().any(|a| !same_name(a, site)) {
            out.authors.retain(|a| !same_name(a, site));
        }
    }
    // Readability reads `dc.creator` as it is written: `Smith, Jenny` is one name.
    if page_meta.authors.is_empty() {
        if let Some((_, name)) = page_meta
            .meta_authors
            .surname_first
            .iter()
            .find(|(value, _)| out.byline.as_deref() == Some(value.as_str()))
        {
            out.authors = vec![name.clone()];
        }
    }
    // A page may give each author a `<meta name="author">` of their own, and Readability
    // reads only the last: a byline of names all from those tags is all of them.
    let each = &page_meta.meta_authors.one_tag_each;
    if page_meta.authors.is_empty()
        && !out.authors.is_empty()
        && each.len() > out.authors.len()
        && out.authors.iter().all(|a| each.contains(a))
    {
        out.authors = each.clone();
        out.byline = Some(out.authors.join(", "));
    }
    // Metadata naming only the site gives way to the writer the page prints under its
    // headline.
    if marks == page_byline::Marks::All {
        let site_named = |name: &str| {
            is_a_handle(name) || out.site_name.as_deref().is_some_and(|s| same_name(name, s))
        };
        if let Some(printed) = page_bylines.marked(marks).find_map(clean) {
            let names = split_authors(&printed);
            if !names.is_empty() && !names.iter().any(|n| site_named(n)) {
                out.byline = Some(printed);
                out.authors = names;
            }
        }
    }
    // `Mark Di Stefano BuzzFeed News Reporter`: the job went, the site's name goes too (not
    // from a name of three words: `Michael R. Bloomberg` writing for Bloomberg).
    if let Some(site) = &out.site_name {
        for author in &mut out.authors {
            let rest = author.strip_suffix(site.as_str()).filter(|rest| {
                rest.ends_with(' ')
                    && rest.split_whitespace().count() >= 2
                    && (author.split_whitespace().count() >= 4
                        || site.split_whitespace().count() >= 2)
            });
            if let Some(rest) = rest {
                *author = rest.trim_end().to_string();
            }
        }
    }
    // A column's headline may end with its writer's name (the Guardian's `Headline | Jane
    // Doe`): the author is a field of its own, as the site is.
    for author in &out.authors {
        out.title = strip_name_suffix(&out.title, author);
    }
    // A description that only repeats the headline (qq.com's) is no standfirst, nor a word
    // or two that a page prints until its script draws the article (`Loading…`).
    if out
        .standfirst
        .as_deref()
        .is_some_and(|s| repeats_title(s, &out.title) || too_short_for_standfirst(s))
    {
        out.standfirst = None;
    }
    // Readability reads JSON-LD and Open Graph; the page's other dates come after.
    out.modified = article
        .modified_time
        .as_deref()
        .and_then(|raw| parse_date(raw, out.language.as_deref()))
        .or_else(|| json_ld_date(&page_meta.json_ld_dates.modified, &out.language))
        .or(page_dates.modified);
    // A day without its time from the metadata takes the time the page prints for that
    // day (`<meta content="Fri Mar 13 21:30:09 EST 2015">`, whose zone says nothing,
    // beside `March 13, 2015 9:00PM` marked `2015-03-13T21:00:00+11:00`).
    out.published = article
        .published_time
        .as_deref()
        .and_then(|raw| parse_date(raw, out.language.as_deref()))
        .or_else(|| json_ld_date(&page_meta.json_ld_dates.published, &out.language))
        .map(|day| day_with_time(day, page_dates.published.as_ref(), out.modified.as_ref()))
        .or(page_dates.published);
    out.section = page_meta.section.clone();
    out.url = page_meta.stored_url(url);

    let content = Document::from(article.content.as_ref());
    formula::write_out_formulas(&content);
    let mut found = photos_in(&content.select("body"), base.as_deref(), base_dir);
    if let Some(lead) = lead_figure {
        lead.put_first(&mut found, &content);
    }
    figure_captions.restore(
        &mut found.photos,
        &collapse_ws(&content.select("body").text()),
    );
    // Captions belong to their photos, not to the body text.
    for node in &found.caption_nodes {
        node.remove_from_parent();
    }
    if let Some((node, photo)) = page_meta
        .lead_image
        .as_ref()
        .and_then(|(lead, _)| lead_picture_caption(&content, lead, &found.photos, base.as_deref()))
    {
        node.remove_from_parent();
        found.put_first(photo);
    }
    out.photos = found.photos;
    page_meta.complete_photos(&mut out.photos, base.as_deref());
    for node in echoed_captions(&found.images, &out.photos) {
        node.remove_from_parent();
    }
    place_photo_markers(&found.images, out.photos.len());
    keep_text_figures(&content);
    // The standfirst the page prints under its headline, marked as its deck, over the
    // description written for search engines and link previews.
    let deck_printed = match printed_deck.filter(|d| !repeats_title(d, &out.title)) {
        Some(deck) => {
            out.standfirst = Some(deck);
            true
        }
        None => false,
    };
    remove_repeated_header(&content, &out, deck_printed);
    let placed = placed_photos(&content);
    // The teasers and the related list the trim took off become the related links.
    out.related = body_trim::trim(&content, &out.authors)
        .into_iter()
        .map(|link| ExtractedLink {
            url: Some(resolve(&link.href, base.as_deref()))
                .filter(|u| u.starts_with("http://") || u.starts_with("https://")),
            title: link.title,
        })
        .collect();
    let cut_off = drop_photos_cut_off(&content, &mut out.photos, &placed);
    // The trim may have taken the only photos (a commenter's avatar, a related post's
    // picture): the lead image stands in for them as it does for a body without any,
    // unless it is one of them (a blog's og:image that is the writer's portrait).
    page_meta.add_lead_photo_if_none(&mut out.photos, base.as_deref(), &cut_off);
    let (body_html, stamp) =
        sanitize::sanitize_body_stamped(&content.select("body").inner_html(), url);
    out.body_html = body_html;
    out.body_sanitized = Some(stamp);
    out.body_text = sanitize::html_to_text(&out.body_html);
    take_article_data_if_undrawn(&mut out, page_meta.article_body.as_deref(), url);
    // Readability's excerpt is the first paragraph when the page has no description:
    // that is body text, not a standfirst. The paragraph need not open the body: an
    // infobox or a photo's table can stand before it (Wikipedia). A description the page
    // gives is its standfirst, even where the body repeats it.
    if let Some(s) = &out.standfirst {
        let first_para = out.body_text.split("\n\n").next().unwrap_or("");
        // A paragraph's opening dateline is not what a description repeats (transgen.de's
        // `(18.01.2018) Deutschlands Landwirte …` under `Deutschlands Landwirte …`).
        let first_para = without_lead_dateline(without_opening_dateline(first_para));
        let from_body = if page_meta.has_description {
            // A description cut from the body's opening may run past its first paragraph
            // (WordPress's first 55 words and `[…]`).
            let description = without_lead_dateline(s)
                .trim_end()
                .trim_end_matches("[…]")
                .trim_end_matches("[...]")
                .trim_end_matches(['…', '.', ' ']);
            let opening: String = without_lead_dateline(without_opening_dateline(&out.body_text))
                .chars()
                .take(description.chars().count() * 2 + 200)
                .collect();
            let (description, opening) = (without_spaces(description), without_spaces(&opening));
            !description.is_empty()
                && (without_spaces(first_para).starts_with(&description)
                    || opening.starts_with(&description)
                    || ends_in_the_opening(&description, &opening))
        } else {
            opens_a_leading_paragraph(&out.body_text, s)
        };
        if from_body {
            out.standfirst = None;
        }
    }
    out
}

/// Most characters of a place and an agency before the dash that ends a dateline.
const MAX_LEAD_DATELINE_CHARS: usize = 60;

/// A paragraph without the place and agency it opens with, up to their dash
/// (`WASHINGTON (CNN) — `, `New York CNN — `, `SEOUL, Aug. 20 (Yonhap) -- `): a few words.
/// Used only to compare a description with the text.
fn without_lead_dateline(paragraph: &str) -> &str {
    // Within the first line: a short line before a paragraph is no place.
    let head: String = paragraph
        .chars()
        .take_while(|c| *c != '\n')
        .take(MAX_LEAD_DATELINE_CHARS)
        .collect();
    let dash = ["—", "–", "--"]
        .iter()
        .filter_map(|d| head.find(&format!(" {d}")).map(|at| (at, d.len() + 1)))
        .min();
    let Some((at, len)) = dash else {
        return paragraph;
    };
    let place = &paragraph[..at];
    let few_words = place.split_whitespace().count() <= body_trim::MAX_DATELINE_WORDS;
    if place.trim().is_empty() || !few_words || place.contains(['!', '?']) {
        return paragraph;
    }
    let rest = paragraph[at + len..].trim_start();
    if rest.is_empty() {
        paragraph
    } else {
        rest
    }
}

/// Characters of a description's end that, found in the body's opening, show it was cut
/// from the body.
const DESCRIPTION_TAIL_CHARS: usize = 50;

/// Most characters the body may print before the text a description was cut from (its
/// dateline: Xinhua's `新华社北京11月17日电`).
const MAX_OPENING_PREFIX_CHARS: usize = 40;

/// Most characters put before the body's text in a description cut from it (a byline, a
/// headline).
const MAX_DESCRIPTION_PREFIX_CHARS: usize = 200;

/// Whether a description (spacing removed) is the body's opening (`opening`, the same)
/// with something put before it: the byline (fox13now's `By Leigh Ann Caldwell CNN
/// WASHINGTON (CNN) — Not everyone …`) or the headline (Xinhua's `headline ---text`, over
/// a body that opens with its dateline). From its last [`DESCRIPTION_TAIL_CHARS`]
/// characters back, the description and the opening agree up to where the body's text
/// starts. A standfirst that only ends as the first paragraph does, or that the body
/// prints again whole after a line of its own (Le Monde's), is the page's standfirst.
fn ends_in_the_opening(description: &str, opening: &str) -> bool {
    let d: Vec<char> = description.chars().collect();
    if d.len() < DESCRIPTION_TAIL_CHARS {
        return false;
    }
    let tail: String = d[d.len() - DESCRIPTION_TAIL_CHARS..].iter().collect();
    let Some(at) = opening.find(&tail) else {
        return false;
    };
    let o: Vec<char> = opening[..at].chars().collect();
    // Back from where the tail stands, while the two agree.
    let (mut k, mut j) = (d.len() - DESCRIPTION_TAIL_CHARS, o.len());
    while k > 0 && j > 0 && d[k - 1] == o[j - 1] {
        k -= 1;
        j -= 1;
    }
    k > 0 && k <= MAX_DESCRIPTION_PREFIX_CHARS && j <= MAX_OPENING_PREFIX_CHARS
}

/// A JSON-LD date as [`parse_date`] reads it.
fn json_ld_date(raw: &Option<String>, language: &Option<String>) -> Option<DateValue> {
    parse_date(raw.as_deref()?, language.as_deref())
}

/// How far into a body (bytes of its text) a paragraph may start and still be the one an
/// excerpt was taken from: past an infobox's cells, not into the article's middle.
const LEADING_BYTES: usize = 2_000;

/// Whether a paragraph starting in the body's first [`LEADING_BYTES`] starts with
/// `excerpt` (its trailing ellipsis aside). Spacing is ignored: Readability's excerpt is
/// the paragraph's `textContent`, where a `<br>` leaves nothing between two lines.
fn opens_a_leading_paragraph(body_text: &str, excerpt: &str) -> bool {
    let stem = without_spaces(excerpt.trim_end_matches('…').trim_end_matches("..."));
    let mut offset = 0;
    !stem.is_empty()
        && body_text
            .split("\n\n")
            .take_while(|para| {
                let starts = offset;
                offset += para.len() + 2;
                starts < LEADING_BYTES
            })
            .any(|para| without_spaces(para).starts_with(&stem))
}

/// `text` with every whitespace character taken out, for comparing an excerpt with the
/// paragraph it came from.
fn without_spaces(text: &str) -> String {
    text.chars().filter(|c| !c.is_whitespace()).collect()
}

/// Drops the headline, the byline and the dateline where the body repeats them
/// (Readability keeps a byline element when the byline also came from metadata): they are
/// fields, not body. A date line, the standfirst printed again and the `by` left of a
/// byline count only among the body's first [`HEADER_BLOCKS`] blocks, and a date line only
/// when it gives the article's own date.
fn remove_repeated_header(content: &Document, article: &Extracted, deck_printed: bool) {
    let title = article.title.to_lowercase();
    let standfirst = article
        .standfirst
        .as_deref()
        .map(|s| collapse_ws(s).to_lowercase());
    let byline = article.byline.as_deref().map(str::to_lowercase);
    let language = article.language.as_deref();
    let own_days: Vec<&str> = [&article.published, &article.modified]
        .into_iter()
        .flatten()
        .filter_map(|d| d.normalized.get(..10))
        .collect();
    let mut blocks = 0;
    for node in content
        .select("h1, h2, h3, h4, h5, h6, p, div, span, address, time")
        .nodes()
        .iter()
    {
        let raw = node.text();
        // A block whose text is surely too long is passed over before collapsing and
        // lower-casing it (the body's outer blocks hold the whole article): collapsing
        // keeps every other character, and lower case is at least a third as long.
        if visible_bytes_exceed(&raw, 3 * MAX_HEADER_LINE_BYTES) {
            continue;
        }
        let shown = collapse_ws(&raw);
        let text = shown.to_lowercase();
        if text.is_empty() || text.len() > MAX_HEADER_LINE_BYTES {
            continue;
        }
        blocks += 1;
        let gives_own_day = |line: &str| {
            date_line(line, language).is_some_and(|(_, d)| {
                d.normalized
                    .get(..10)
                    .is_some_and(|day| own_days.contains(&day))
            })
        };
        let is_dateline = blocks <= HEADER_BLOCKS
            && (gives_own_day(&shown) || opens_with_dated_place_line(&shown, gives_own_day));
        // The standfirst printed again as a heading over the text (Salon's `<h2>`); a
        // paragraph that says what the description says is the text's own opening, unless
        // the page marks it as the deck the standfirst was read from.
        let is_dek = blocks <= HEADER_BLOCKS
            && standfirst.as_deref() == Some(text.as_str())
            && (deck_printed || node.is("h2, h3, h4, h5, h6"));
        let is_header = is_dateline
            || is_dek
            || (blocks <= HEADER_BLOCKS
                && is_bare_by_word(&text)
                && !Selection::from(*node).select(body_trim::SHOWN).exists()
                // Not a word of a sentence set in a `<span>` of its own: the element
                // holding it starts with it.
                && node.parent().is_none_or(|p| {
                    let around = collapse_ws(&p.text()).to_lowercase();
                    around == text || around.starts_with(&format!("{text} "))
                }))
            || text == title
            || byline
                .as_deref()
                .is_some_and(|b| is_byline_line(&text, b, language));
        if is_header {
            node.remove_from_parent();
        }
    }
}

/// Whether `line` is the article's date followed by where it was filed and what it files
/// under, and no sentence: AFPBB's `2018年6月18日 10:01 発信地：カノ/ナイジェリア [ ナイジェリア
/// アフリカ ]`. The date is the line's first words, at most [`MAX_DATE_WORDS`], for which
/// `gives_own_day` holds; what follows is at most [`MAX_PLACE_LINE_WORDS`] words and
/// [`MAX_PLACE_LINE_CHARS`] characters, and ends in no sentence's mark (`June 18, 2018 —
/// The council voted …` opens the text).
fn opens_with_dated_place_line(line: &str, gives_own_day: impl Fn(&str) -> bool) -> bool {
    let words: Vec<&str> = line.split_whitespace().collect();
    (1..=MAX_DATE_WORDS.min(words.len().saturating_sub(1)))
        .rev()
        .find(|&n| gives_own_day(&words[..n].join(" ")))
        .is_some_and(|n| {
            let rest = &words[n..];
            let last = rest.last().copied().unwrap_or("");
            rest.len() <= MAX_PLACE_LINE_WORDS
                && rest.iter().map(|w| w.chars().count() + 1).sum::<usize>() <= MAX_PLACE_LINE_CHARS
                && !last.ends_with(['.', '!', '?', '。', '！', '？', '…', ',', '、', '，'])
                && !rest.iter().any(|w| w.contains(['。', '！', '？']))
        })
}

/// Most words of the date a dated place line opens with (`Monday, June 18, 2018 10:01 AM`).
const MAX_DATE_WORDS: usize = 6;

/// Most words after the date in a dated place line.
const MAX_PLACE_LINE_WORDS: usize = 8;

/// Most characters after the date in a dated place line: Chinese and Japanese write a
/// sentence as one "word".
const MAX_PLACE_LINE_CHARS: usize = 60;

/// How many of the body's first blocks [`remove_repeated_header`] looks at for a date
/// line, a repeated standfirst or a bare by-word.
const HEADER_BLOCKS: usize = 6;

/// The longest block (bytes, collapsed and in lower case) [`remove_repeated_header`] reads
/// as a headline, byline or date line.
const MAX_HEADER_LINE_BYTES: usize = 300;

/// Whether `text` holds more than `limit` bytes of characters [`collapse_ws`] keeps (all
/// but white space and the invisible ones), stopping as soon as it does.
fn visible_bytes_exceed(text: &str, limit: usize) -> bool {
    let mut bytes = 0;
    text.chars()
        .filter(|c| !c.is_whitespace() && !sanitize::INVISIBLE.contains(c))
        .any(|c| {
            bytes += c.len_utf8();
            bytes > limit
        })
}

/// Words that stand before a writer's name in a byline (`By`, `Posted by`, `Von`,
/// `Veröffentlicht von`, `Par`, …).
const BY_WORDS: [&str; 25] = [
    "posted by ",
    "updated by ",
    "written by ",
    "published by ",
    "geschrieben von ",
    "veröffentlicht von ",
    "publié par ",
    "escrito por ",
    "scritto da ",
    "author: ",
    "autor: ",
    "autorin: ",
    "auteur : ",
    "auteur: ",
    "autore: ",
    "autor ",
    "autorin ",
    "story by ",
    "by ",
    "von ",
    "par ",
    "por ",
    "di ",
    "door ",
    "av ",
];

/// `text` without the word before a writer's name it opens with (`By `, `Posted by `,
/// `Von `, compared without case), or all of it.
pub(super) fn without_by_word(text: &str) -> &str {
    BY_WORDS
        .iter()
        .find_map(|by| {
            // Compared on the text's own bytes: lower-casing may change their length.
            text.get(..by.len())
                .filter(|head| head.to_lowercase() == *by)
                .map(|_| &text[by.len()..])
        })
        .unwrap_or(text)
}

/// Whether `text` (lower case) is a word that stands before a writer's name and nothing
/// else (`by`, `By:`, `von`): Readability took the name away as the byline and left the
/// word before it (forward.com's `<span>by <a class="author-name">…</a></span>`).
fn is_bare_by_word(text: &str) -> bool {
    let word = text.trim_end_matches([':', ' ']);
    BY_WORDS
        .iter()
        .any(|by| by.trim_end_matches([':', ' ']) == word)
}

/// Whether `text` (lower case) is the byline `byline` (lower case) as the page printed it:
/// the name, after an optional `By`, then nothing, its date (`von anja schmoll-trautmann
/// am 14. mai 2014, 15:40 uhr`) or a reading time (`by zach hanlon5 minute read`).
fn is_byline_line(text: &str, byline: &str, language: Option<&str>) -> bool {
    let stripped = BY_WORDS
        .iter()
        .find_map(|by| text.strip_prefix(by))
        .unwrap_or(text);
    let Some(rest) = stripped.strip_prefix(byline) else {
        return false;
    };
    let rest = rest.trim_start_matches(|c: char| c.is_whitespace() || ",|/·•-–—".contains(c));
    // The word that leads to the date (engadget's `By Jane Doe posted Aug 18th 2010`), or
    // stays where Readability dropped the date; a reading time (fastcompany's `By Zach
    // Hanlon5 minute Read`).
    rest.is_empty()
        || DATE_LEAD_WORDS.contains(&rest)
        || body_trim::READING_TIME.is_match(rest)
        || {
            let dated = rest
                .split_once(' ')
                .filter(|(word, _)| DATE_LEAD_WORDS.contains(word))
                .map_or(rest, |(_, date)| date);
            dated.split_whitespace().count() <= 8
                && find_date_in(dated, language).is_some_and(|(_, d)| dated.starts_with(&d.raw))
        }
}

/// Characters of text an `<article>` holds to be a whole story, not a teaser's card.
const MIN_STORY_CHARS: usize = 1_000;

/// Removes the writers' biographies a page prints beside the byline (TechCrunch's
/// `author-dropdown` with its `description`: `Alexia Tsotsis currently works for TechCrunch
/// as a writer. She is also a blogger …`), which Readability otherwise takes for the
/// article's opening. A biography is an element whose class or id names an author's bio,
/// description, about box or dropdown, and which prints a sentence; never one holding the
/// headline or most of the page. Only before the article's first paragraph: the writers'
/// notes after the text (NBC's `Stella Kim is an NBC News freelance producer …`) end
/// the article as Readability reads it. The byline and the authors were read before.
fn remove_author_bios(document: &Document) {
    let names_a_bio = |node: &NodeRef| {
        ["class", "id"].iter().any(|attr| {
            node.attr(attr)
                .is_some_and(|v| v.split_whitespace().any(|t| AUTHOR_BIO.is_match(t)))
        })
    };
    let candidates: Vec<NodeRef> = document
        .select("[class*='author'], [class*='Author'], [id*='author'], [class*='byline']")
        .nodes()
        .iter()
        .filter(|node| names_a_bio(node))
        .cloned()
        .collect();
    if candidates.is_empty() {
        return;
    }
    let page_chars = document.select("body").text().len();
    let first_paragraph = document
        .select("p")
        .nodes()
        .iter()
        .find(|p| {
            p.text().trim().chars().count() >= BIO_BEFORE_PARAGRAPH_CHARS
                && !p.ancestors_it(Some(8)).any(|a| names_a_bio(&a))
        })
        .map(|p| p.id);
    let is_bio = |node: &NodeRef| {
        let text = node.text();
        first_paragraph.is_some_and(|first| node.id < first)
            && !Selection::from(*node).select("h1").exists()
            && text.len() * 4 < page_chars
            && text
                .split(['.', '!', '?'])
                .any(|s| s.split_whitespace().count() >= 8)
    };
    for bio in candidates.into_iter().filter(is_bio) {
        bio.remove_from_parent();
    }
}

/// Characters of the paragraph that opens an article's text, for [`remove_author_bios`].
const BIO_BEFORE_PARAGRAPH_CHARS: usize = 150;

/// A class or id token naming an author's biography (`author-bio`, `author-dropdown`,
/// `c-author-article__bio`, `about-the-author`, `authorDescription`).
static AUTHOR_BIO: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:[a-z0-9]+[-_]+)*(?:author|byline)[a-z0-9_-]*(?:bio|biography|description|dropdown|about)(?:[-_][a-z0-9]+)*$|^(?:[a-z0-9]+[-_]+)*about[-_]?(?:the[-_]?)?author(?:[-_][a-z0-9]+)*$")
        .expect("valid regex")
});

/// A page that loads the next stories as the reader scrolls (correctiv.org's list under
/// the article, infinite scroll on news sites) holds several whole `<article>`s, and
/// Readability may pick another one than the page's. When exactly one of two or more
/// whole stories opens with the page's headline (`og:title`, JSON-LD's, its one `<h1>`, or
/// its `<title>` without the site's name), the other whole stories that carry their own
/// date (`<time>`) are removed. Teasers' cards stay for Readability to judge, and so do a
/// page whose stories all lack the headline (a live blog's posts) and the undated parts of
/// one article.
fn keep_the_headlined_story(document: &Document, page_meta: &PageMeta) {
    let articles = document.select("article");
    if articles.length() < 2 {
        return;
    }
    let stories: Vec<NodeRef> = articles
        .nodes()
        .iter()
        .filter(|a| !a.ancestors_it(None).any(|n| n.has_name("article")))
        .filter(|a| text_chars_exceed(a, MIN_STORY_CHARS))
        .copied()
        .collect();
    if stories.len() < 2 {
        return;
    }
    let headlines: Vec<&String> = page_meta.headline.iter().chain(&page_meta.title).collect();
    let opens_with_headline = |story: &NodeRef| {
        let Some(heading) = Selection::from(*story)
            .select("h1, h2, h3")
            .nodes()
            .first()
            .copied()
        else {
            return false;
        };
        let heading = collapse_ws(&heading.text());
        heading.split_whitespace().nth(1).is_some()
            && headlines.iter().any(|h| {
                same_name(&heading, h)
                    || h.starts_with(heading.as_str()) && {
                        let rest = h[heading.len()..].trim_start();
                        rest.starts_with(SITE_SEPARATORS)
                    }
            })
    };
    let headlined: Vec<&NodeRef> = stories.iter().filter(|s| opens_with_headline(s)).collect();
    if let [keep] = headlined.as_slice() {
        let keep = keep.id;
        // Another story carries its own date; a part of the article (a chapter under its
        // own heading) does not.
        for story in &stories {
            if story.id != keep && Selection::from(*story).select("time").exists() {
                story.remove_from_parent();
            }
        }
    }
}

/// Least text (characters, white space aside) of a masthead [`remove_site_menus`] takes off.
const MIN_MENU_CHARS: usize = 200;

/// A site's masthead that is all menus (247sports' `<header class="top-nav">`, a hundred
/// links to its sections and teams) outweighs a short article in Readability's scoring and
/// is taken for it. A `<header>` that does not hold the headline, whose text is mostly its
/// links' (three quarters or more) and whose links hold more text than all the page's
/// paragraphs, is the site's, not the article's: it is taken off before Readability reads
/// the page. Only on a page whose headline is known. (A menu shorter than the article is
/// left alone: Readability passes it over, and its author marks may be what it reads.)
fn remove_site_menus(document: &Document, headline: &page_dates::Headline) {
    if headline.at.is_none() {
        return;
    }
    let mut paragraphs_chars = None;
    for header in document.select("header").nodes() {
        // Only the outermost: each text is then counted once, however deep the nesting.
        if headline.holds(header.id) || header.ancestors_it(None).any(|n| n.is("header")) {
            continue;
        }
        let total = text_chars(header);
        if total < MIN_MENU_CHARS {
            continue;
        }
        let linked: usize = Selection::from(*header)
            .select("a")
            .nodes()
            .iter()
            .map(text_chars)
            .sum();
        if linked * 4 < total * 3 {
            continue;
        }
        let paragraphs = *paragraphs_chars.get_or_insert_with(|| {
            document
                .select("p")
                .nodes()
                .iter()
                .map(text_chars)
                .sum::<usize>()
        });
        if linked > paragraphs {
            header.remove_from_parent();
        }
    }
}

/// Whether `node` holds more than `limit` characters of text (white space aside), counted
/// without building its whole text.
fn text_chars_exceed(node: &NodeRef, limit: usize) -> bool {
    let mut chars = 0;
    text_node_chars(node).any(|count| {
        chars += count;
        chars > limit
    })
}

/// How many characters of text (white space aside) `node` holds.
fn text_chars(node: &NodeRef) -> usize {
    text_node_chars(node).sum()
}

/// The characters (white space aside) of each text node under `node`, in page order.
fn text_node_chars<'a>(node: &'a NodeRef) -> impl Iterator<Item = usize> + 'a {
    node.descendants_it()
        .filter(|n| n.is_text())
        .map(|text| text.text().chars().filter(|c| !c.is_whitespace()).count())
}

/// The text a metadata value means: a page may write markup (CNN's `og:author`: `By <a
/// href=…>Amir Vera</a>`) or character references (JSON-LD's `O&#039;Donnell`) into it.
fn plain_text(value: &str) -> String {
    if value.contains(['<', '&']) {
        collapse_ws(&Document::fragment(value).text())
    } else {
        collapse_ws(value)
    }
}

/// `s` with its white space collapsed and its invisible characters dropped
/// ([`sanitize::drop_invisible`]).
fn collapse_ws(s: &str) -> String {
    sanitize::drop_invisible(&collapse(s))
}
