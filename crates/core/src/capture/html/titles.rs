//! The article's title and standfirst: a title's site, author, date or address suffix cut
//! off, the headline of a page with no `<title>`, a standfirst that only repeats the title
//! or the text.

use super::*;

/// The headline of a page with no `<title>` (a document exported as HTML, a fragment):
/// its first `<h1>` with words in it, else the headline its metadata names.
pub(super) fn untitled_pages_headline(page_meta: &PageMeta) -> Option<String> {
    if page_meta.title.as_deref().is_some_and(|t| !t.is_empty()) {
        return None;
    }
    page_meta
        .h1_texts
        .iter()
        .find(|h| h.chars().any(char::is_alphanumeric))
        .or(page_meta.headline.as_ref())
        .cloned()
}

/// Gives a page with no `<title>` its headline as one, so that Readability reads it as
/// the title and takes the heading out of the body, as it does on a titled page.
pub(super) fn title_an_untitled_page(document: &Document, page_meta: &PageMeta) {
    if let Some(headline) = untitled_pages_headline(page_meta) {
        document.select("head").append_html(format!(
            "<title>{}</title>",
            sanitize::escape_html(&headline)
        ));
    }
}

/// The page's `<title>`. A page whose server printed an error before its markup (PHP's
/// `<b>Warning</b>: …` above the doctype) has its `<head>` read into the body, and its title
/// with it; an SVG's `<title>` names a picture, not the page.
pub(super) fn page_title(doc: &Document) -> Option<String> {
    let in_head = collapse_ws(&doc.select("head title").text());
    if !in_head.is_empty() {
        return Some(in_head);
    }
    doc.select("title")
        .nodes()
        .iter()
        .filter(|t| !t.ancestors_it(None).any(|a| a.has_name("svg")))
        .map(|t| collapse_ws(&t.text()))
        .find(|t| !t.is_empty())
}

/// Fewer words than this (CJK characters counted two to a word, as the text reader counts
/// them) make no standfirst: a standfirst is a sentence, and a word or two is a placeholder
/// or a label.
pub(super) const MIN_STANDFIRST_WORDS: usize = 3;

pub(super) fn too_short_for_standfirst(text: &str) -> bool {
    text::word_count(text) < MIN_STANDFIRST_WORDS
}

/// Whether `text` is the title again: the same words, or the title with a site's suffix
/// after it (`Headline_科技_腾讯网`, `Headline | Site`).
pub(super) fn repeats_title(text: &str, title: &str) -> bool {
    let squash = |s: &str| -> String {
        s.chars()
            .filter(|c| c.is_alphanumeric())
            .flat_map(char::to_lowercase)
            .collect()
    };
    let (text, title) = (squash(text), squash(title));
    !title.is_empty()
        && (text == title
            || text.starts_with(&title) && text.chars().count() <= title.chars().count() + 12)
}

/// What else may end the page's own headline inside its `<title>`: a colon, and the
/// underscores and full-width bars of Chinese sites (`标题_科技_腾讯网`, `标题丨澎湃新闻`),
/// which never split a title that does not start with the headline.
pub(super) const HEADLINE_END_MARKS: [char; 6] = [':', '_', '｜', '丨', '－', '：'];

/// What stands between a headline and the site's name in a page title (`Headline | Site`;
/// old WordPress themes print `Headline « Blog`).
pub(super) const SITE_SEPARATORS: [char; 10] = ['|', '-', '–', '—', '·', '•', '»', '«', '›', '‹'];

/// Separators Chinese and Japanese titles put between a headline and the site's name with
/// no space around them (`Headline：朝日新聞デジタル`, `Headline｜Site`, `标题丨澎湃新闻`,
/// `标题_腾讯网`): full-width ones, `丨`, and the underscore.
pub(super) const FULL_WIDTH_SEPARATORS: [char; 6] = ['：', '｜', '丨', '－', '＿', '_'];

/// One of [`SITE_SEPARATORS`] with white space on both sides.
pub(super) static SPACED_SEPARATOR: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\s[|\-–—·•»«›‹]\s").expect("valid regex"));

/// The headline of a `Site - Headline` title (parts split at a spaced [`SITE_SEPARATORS`]
/// character): its last part when that equals one of the page's `<h1>` texts, the whole
/// title is none of them, and what comes before is a name of at most
/// [`MAX_TITLE_PREFIX_WORDS`] words. The part must read as a headline: two words or more.
pub(super) fn title_part_printed_as_h1(title: &str, h1_texts: &[String]) -> Option<String> {
    if h1_texts.iter().any(|h| h == title) {
        return None;
    }
    // Only separators standing between spaces split a title (`Wi-Fi` is one word).
    let parts: Vec<&str> = SPACED_SEPARATOR.split(title).map(str::trim).collect();
    if parts.len() < 2 {
        return None;
    }
    // The headline comes after the site's or the section's name: `Evolve: Shared Mutable
    // History — evolve extension for Mercurial` is headed by its first part, even where the
    // site prints its name as an `<h1>`.
    let (last, before) = parts.split_last()?;
    let prefix_words: usize = before.iter().map(|p| p.split_whitespace().count()).sum();
    (prefix_words <= MAX_TITLE_PREFIX_WORDS
        && last.split_whitespace().nth(1).is_some()
        && h1_texts.iter().any(|h| h == last))
    .then(|| last.to_string())
}

/// The headline of a `Headline - Suffix` title whose suffix is no site name we know
/// (`2012 map takes unfamiliar shape - Maggie Haberman and Shira Toeplitz`, `… - TIME
/// NewsFeed`, `… : 뉴스 : 동아닷컴`): the title's head, cut at a spaced separator (a spaced
/// colon too), when one of the page's `<h1>` texts is that head and not the whole title.
/// The head must read as a headline (two words or more), the suffix as a name (at most
/// [`MAX_TITLE_SUFFIX_WORDS`] words).
pub(super) fn title_head_printed_as_h1(title: &str, h1_texts: &[String]) -> Option<String> {
    if h1_texts.iter().any(|h| h == title) {
        return None;
    }
    SPACED_SEPARATOR_OR_COLON
        .find_iter(title)
        .map(|m| (title[..m.start()].trim(), title[m.end()..].trim()))
        .find(|(head, suffix)| {
            head.split_whitespace().nth(1).is_some()
                && suffix.split_whitespace().count() <= MAX_TITLE_SUFFIX_WORDS
                && h1_texts.iter().any(|h| h == head)
        })
        .map(|(head, _)| head.to_string())
}

/// Most words of a title's suffix that [`title_head_printed_as_h1`] cuts off.
const MAX_TITLE_SUFFIX_WORDS: usize = 10;

/// A spaced separator, or a spaced colon (`Headline : News : Site`).
static SPACED_SEPARATOR_OR_COLON: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\s[|\-–—·•»«›‹:]\s").expect("valid regex"));

/// The whole headline where Readability kept only what follows its colon: a `<title>`
/// `Guinée : Un braconnier … ! ‹ Wara` gives `Un braconnier … ! ‹ Wara` when no `<h1>` or
/// `<h2>` prints the whole, but the page prints `Guinée : Un braconnier … !` as a heading
/// (an `<h3>` here): the part of the `<title>` before its site's name, printed as it is
/// by the page, is the headline.
pub(super) fn headline_cut_at_its_colon(
    title: &str,
    page_title: &str,
    heading_texts: &[String],
) -> Option<String> {
    let parts: Vec<&str> = SPACED_SEPARATOR.split(page_title).map(str::trim).collect();
    let headline = *parts.first()?;
    let (_, after_colon) = headline.rsplit_once(':')?;
    let after_colon = after_colon.trim();
    (title != headline
        && after_colon.split_whitespace().nth(1).is_some()
        && title.starts_with(after_colon)
        && heading_texts.iter().any(|h| h == headline))
    .then(|| headline.to_string())
}

/// Whether a link leads to a site's home page (`/`, `http://www.rs-ingenieure.de/`,
/// `/index.php`).
pub(super) fn is_home_link(href: &str) -> bool {
    let href = href.trim();
    let path = match href.split_once("://") {
        Some((_, rest)) => rest.find('/').map_or("", |at| &rest[at..]),
        None => href,
    };
    matches!(path, "" | "/" | "/index.html" | "/index.htm" | "/index.php")
}

/// Whether a logo's text is a sentence (`Hi, I'm Nicolas.`), not a name: a comma, a
/// question or exclamation mark, or a full stop after a word (not an abbreviation's: `Inc.`,
/// `e.V.`).
pub(super) fn is_a_sentence(text: &str) -> bool {
    let last_word = text.split_whitespace().last().unwrap_or("");
    text.contains(',')
        || text.ends_with(['!', '?'])
        || last_word
            .strip_suffix('.')
            .is_some_and(|w| w.chars().count() > 3 && !w.contains('.'))
}

/// Most words of a site's or section's name before a headline in a `<title>`.
pub(super) const MAX_TITLE_PREFIX_WORDS: usize = 3;

/// A title without a name after it, the site's (`How to Build a Terrarium | eHow` → `How to
/// Build a Terrarium`) or an author's (`Headline | Jane Doe`): those are fields of their
/// own, and a citation of the title must not repeat them. Readability keeps the suffix when
/// the page's `og:title` carries it; the corpus's convention (and ours) is to strip it. A
/// remainder too short to stand as a headline (one word, under 12 characters: `Google -
/// Site Reliability Engineering`) keeps the whole title. The name may also follow one of
/// the [`FULL_WIDTH_SEPARATORS`] with no spaces (`Headline：朝日新聞デジタル`); there a
/// headline in Chinese or Japanese needs only [`MIN_CJK_HEADLINE_CHARS`] characters.
pub(super) fn strip_name_suffix(title: &str, name: &str) -> String {
    let name = name.trim();
    let cut = title.len().saturating_sub(name.len());
    let ends_with_name = !name.is_empty()
        && cut > 0
        && title.is_char_boundary(cut)
        && title[cut..].to_lowercase() == name.to_lowercase();
    if !ends_with_name {
        return title.to_string();
    }
    let head = &title[..cut];
    // A full-width separator needs no spaces (`Headline：朝日新聞デジタル`), and a headline
    // in Chinese or Japanese says much in a few characters (`大谷翔平が結婚`).
    if let Some(rest) = head.strip_suffix(FULL_WIDTH_SEPARATORS) {
        let rest = rest.trim_end();
        let cjk = rest.chars().filter(|&c| text::is_cjk(c)).count();
        return if cjk * 2 > rest.chars().count() && rest.chars().count() >= MIN_CJK_HEADLINE_CHARS
            || stands_as_headline(rest)
        {
            rest.to_string()
        } else {
            title.to_string()
        };
    }
    // One separator, or a doubled one (`Headline -- Sott.net`).
    let rest = head
        .strip_suffix(' ')
        .and_then(|head| head.strip_suffix(SITE_SEPARATORS))
        .and_then(|once| {
            once.strip_suffix(SITE_SEPARATORS)
                .unwrap_or(once)
                .strip_suffix(' ')
        })
        .map(str::trim_end);
    match rest {
        Some(rest) if stands_as_headline(rest) => rest.to_string(),
        _ => title.to_string(),
    }
}

/// Whether what is left of a title once a name is cut off can stand as a headline: two
/// words or more, or one of 12 characters or more.
fn stands_as_headline(rest: &str) -> bool {
    rest.split_whitespace().count() >= 2 || rest.chars().count() >= 12
}

/// Fewest characters of a headline left before a full-width separator.
const MIN_CJK_HEADLINE_CHARS: usize = 5;

/// A title without the date a page put after it (`Uncork the mystery | DW | 10.06.2013`):
/// the date is a field of its own. The rest must still read as a headline (see
/// [`strip_name_suffix`]).
pub(super) fn strip_date_suffix(title: &str) -> String {
    match last_title_part(title) {
        Some(suffix) if parse_date(suffix, None).is_some() => strip_name_suffix(title, suffix),
        _ => title.to_string(),
    }
}

/// What follows a title's last separator (`Headline | DW | 10.06.2013` → `10.06.2013`).
pub(super) fn last_title_part(title: &str) -> Option<&str> {
    let at = title.rfind(SITE_SEPARATORS)?;
    Some(title[at..].trim_start_matches(SITE_SEPARATORS).trim())
}

/// A title without a site's name that only its address gives (`Ear Candy! | Novalanalove`
/// from novalanalove.com): the part after the last separator, letters and digits only,
/// is the domain or one of its names (not the top-level one).
pub(super) fn strip_address_suffix(title: &str, address: &str) -> String {
    let Some(domain) = url::Url::parse(address)
        .ok()
        .and_then(|u| u.domain().map(str::to_lowercase))
    else {
        return title.to_string();
    };
    let domain = domain.strip_prefix("www.").unwrap_or(&domain);
    let squash = |s: &str| -> String { s.chars().filter(|c| c.is_alphanumeric()).collect() };
    let labels: Vec<&str> = domain.split('.').collect();
    let names: Vec<String> = labels[..labels.len().saturating_sub(1)]
        .iter()
        .filter(|l| {
            !matches!(
                **l,
                "www"
                    | "m"
                    | "blog"
                    | "news"
                    | "co"
                    | "com"
                    | "org"
                    | "net"
                    | "gov"
                    | "edu"
                    | "ac"
                    | "gv"
                    | "or"
                    | "ne"
                    | "go"
            )
        })
        .map(|l| squash(l))
        .chain([squash(domain)])
        .filter(|n| n.len() >= 2)
        .collect();
    match last_title_part(title) {
        Some(suffix) if names.contains(&squash(&suffix.to_lowercase())) => {
            strip_name_suffix(title, suffix)
        }
        _ => title.to_string(),
    }
}

/// A byline that is only a date, with or without its label and time ("April 28, 2019 at
/// 6:01 am Updated April 29, 2019 at 3:33 pm").
pub(super) fn reads_as_date(byline: &str, language: Option<&str>) -> bool {
    date_line(byline, language).is_some() || parse_date(byline, language).is_some()
}

/// A byline without the date after the name ("Nathan Willis March 25, 2015" → "Nathan
/// Willis"): the date is the article's, not part of who wrote it.
///
/// A date after a separator may have more after it (`John Walk - January 10, 2020 21
/// minutes - 4312 words`, a reading time): the name ends at the separator. So may a date
/// with its year after the name itself (`Jane Doe August 18, 2010 3:21 PM PDT Print
/// E-mail`, `Jane Doe on June 29, 2014 08:08 pm @jdoe 76 Comments`), or glued to it
/// (`Jane Doe2014-01-26 21:32:46 UTC`): the name ends before the date, and a word
/// leading to the date (`on`, `posted`) or a handle left after the name goes with it.
pub(super) fn without_trailing_date(byline: &str, language: Option<&str>) -> String {
    let words = byline_words(byline);
    let separates =
        |word: &str| matches!(word, "-" | "–" | "—" | "|" | "·" | "•" | "/") || word.ends_with(',');
    let dated = |i: usize, j: usize| {
        let part = words[i..j].join(" ");
        reads_as_date(part.trim_end_matches([',', ';', ':']), language)
    };
    let has_year = |i: usize, j: usize| words[i..j].iter().any(|w| FOUR_DIGIT_YEAR.is_match(w));
    (1..words.len())
        .find(|&i| {
            !text::is_a_surname_before_date(words[i], i, language)
                && reads_as_date(&words[i..].join(" "), language)
        })
        .or_else(|| {
            (1..words.len())
                .find(|&i| separates(words[i - 1]) && (i + 1..words.len()).any(|j| dated(i, j)))
        })
        .or_else(|| {
            (1..words.len()).find(|&i| (i + 1..=words.len()).any(|j| has_year(i, j) && dated(i, j)))
        })
        .map(|i| {
            let mut name = &words[..i];
            while let [rest @ .., last] = name {
                let last = last.trim_end_matches([',', '|', '·', '-', '–', '—', '/']);
                // In lower case only: `Le` is a surname.
                let leads_to_date = DATE_LEAD_WORDS.contains(&last);
                if rest.is_empty() || !(last.is_empty() || leads_to_date || is_a_handle(last)) {
                    break;
                }
                name = rest;
            }
            name.join(" ")
                .trim_end_matches([',', '|', '·', '-', '–', '—', '/'])
                .trim_end()
                .to_string()
        })
        .unwrap_or_else(|| byline.to_string())
}

/// A byline's words, a word that runs into a date split where its digits begin
/// (`Fiegerman2014-01-26` → `Fiegerman`, `2014-01-26`).
fn byline_words(byline: &str) -> Vec<&str> {
    let mut words = Vec::new();
    for word in byline.split_whitespace() {
        match word.find(|c: char| c.is_ascii_digit()) {
            Some(at)
                if at >= 2
                    && word[..at].chars().all(char::is_alphabetic)
                    && word[at..].starts_with(|c: char| c.is_ascii_digit()) =>
            {
                words.push(&word[..at]);
                words.push(&word[at..]);
            }
            _ => words.push(word),
        }
    }
    words
}

/// A year written out (`2014`, `2014-01-26`, `18.08.2010`): what makes a date after a name
/// the article's, not part of the name.
static FOUR_DIGIT_YEAR: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?:^|\D)(?:19|20)\d{2}(?:\D|$)").expect("valid regex"));

/// Words that lead from a name to its date (`Jane Doe on June 29, 2014`, `posted`), in
/// lower case only (`Le` is a surname).
pub(super) const DATE_LEAD_WORDS: [&str; 13] = [
    "on",
    "at",
    "posted",
    "published",
    "updated",
    "le",
    "el",
    "il",
    "am",
    "um",
    "op",
    "den",
    "follow",
];
