//! Pass 2 of the text reader: each unit's kind, one line at a time (`classify_one`), then
//! the passes over neighbouring lines in order (`classify`), and the line shapes they share
//! (glued date lines, flattened menus, name lists, code).

use super::*;

pub(super) fn classify(units: &mut [Unit]) {
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
pub(super) fn mark_address_line(units: &mut [Unit]) {
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
pub(super) fn menu_text(text: &str) -> String {
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
pub(super) fn unmark_section_bylines(units: &mut [Unit]) {
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
pub(super) fn menu_items(units: &[Unit]) -> HashSet<String> {
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

/// A date line glued to a short label before it, where the page set two elements side by
/// side without a space (`Yahoo FinanceOctober 13, 2016`, `TNW中文站2016年10月14日07:17`):
/// the date starts at a capital right after a lower-case letter, or at a digit right after
/// a letter, and at most four words stand before it.
pub(super) fn glued_date_line(text: &str) -> Option<(DateRole, DateValue)> {
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
pub(super) fn capitals_glued_to_month(text: &str, at: usize) -> bool {
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
pub(super) const MAX_GLUED_LABEL_BYTES: usize = 60;

/// Fewest capitals of a label glued to the month after it (see [`capitals_glued_to_month`]).
pub(super) const MIN_GLUED_LABEL: usize = 3;

/// A credit's label at the start of a text (`Photo: `, `Foto: `, `Bild: `, `Crédits : `).
pub(crate) static CREDIT_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:photo|photograph|image|picture|credit|crédit|foto|bild)s?\s*(?::|by\b)\s*")
        .expect("valid regex")
});

/// A word that names a picture or its credit, alone (`Photo`, `Bild`).
pub(super) static CREDIT_LABEL_WORD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:photo|photograph|image|picture|credit|crédit|foto|bild)s?$")
        .expect("valid regex")
});

/// The line that credits a wire story's other contributors, at its end (`Additional
/// reporting by Steve Gorman; Editing by Marguerita Choy`, `Writing by …`).
pub(super) static CONTRIBUTORS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:(?:[Aa]dditional|[Ff]urther)\s+)?[Rr]eporting\s+by\s+\p{Lu}|^(?:Writing|Editing|Compiled|Edited)\s+by\s+\p{Lu}.*;")
        .expect("valid regex")
});

pub(super) fn classify_one(unit: &Unit, next: Option<&str>) -> Kind {
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
pub(super) const PARAGRAPH_AFTER_HEADLINE_WORDS: usize = 20;

/// A blog post's headline that the paragraph under it repeats before its own text
/// (`Friday, December 23, 2016` / `Python 3.6.0 is now available!` / `Python 3.6.0 is now
/// available! Python 3.6.0 is the newest major release …`) was read as a picture's alt text
/// over its caption; under a date or a byline, it is a line of its own again. Elsewhere the
/// shape is as often a teaser's headline over its summary.
pub(super) fn unmark_repeated_headlines(units: &mut [Unit]) {
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
pub(super) fn repeated_by_its_paragraph(text: &str, next: &str) -> bool {
    let rest = &next[text.len()..];
    !text.ends_with('.')
        && rest.starts_with(char::is_whitespace)
        && rest.trim_start().starts_with(char::is_uppercase)
        && word_count(rest) >= PARAGRAPH_AFTER_HEADLINE_WORDS
}

/// A date line whose last part is a byline (`19.03.2019 11:45 | von Inga Buller`): the
/// byline, dated.
pub(super) fn date_then_byline(text: &str, date: &DateValue) -> Option<Kind> {
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
pub(super) const LINK_ARROW_WORDS: usize = 16;

/// Markup printed as text: a line that opens with an HTML tag and holds three or more, one of
/// them closing an element. A list of tags a comment form allows (`<a href="" title="">
/// <abbr title=""> <b> …`) closes none: it is the page's text.
pub(super) fn is_markup(text: &str) -> bool {
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

pub(super) static MARKUP_TAG: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#"</?[a-zA-Z][a-zA-Z0-9]*(?:\s+[a-zA-Z-]+(?:="[^"]*")?)*\s*/?>"#)
        .expect("valid regex")
});

/// Fewest words of a menu copied as one line ([`is_flattened_menu`]): more than a headline in
/// title case ever has.
pub(super) const FLATTENED_MENU_WORDS: usize = 20;

/// Small words a menu item's name may hold in lower case (`Fire in the Sky`, `Best of the
/// Web`).
pub(super) const MENU_SMALL_WORDS: &[&str] = &[
    "a", "an", "and", "at", "by", "de", "der", "die", "du", "et", "for", "in", "la", "le", "of",
    "on", "or", "the", "to", "und", "von", "who", "with", "&",
];

/// A site's menu copied as one line, its items run together (`SOTT Focus Best of the Web
/// Puppet Masters Society's Child Secret History Science & Technology …`): at least
/// [`FLATTENED_MENU_WORDS`] words, no comma or full stop between them, and every word
/// but the small ones capitalised (or a number). Prose never reads so; German capitalises
/// its nouns only.
pub(super) fn is_flattened_menu(text: &str) -> bool {
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
pub(super) const GLUED_MENU_NAMES: usize = 3;

/// How many names in `text` are glued to the word before them, a capital right after two
/// lower-case letters (`Últimas NoticiasSociedadPolíticaEl MundoOpinión` has four): a menu
/// whose items the page set side by side without spaces, as a browser copies them.
pub(super) fn glued_names(text: &str) -> usize {
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
pub(super) const PIPE_MENU_ITEMS: usize = 5;

/// A site's menu on one line, its items between bars (`首页|新闻|图片|评论|共青团|…`, `Home |
/// News | Sport | Business | Opinion`): [`PIPE_MENU_ITEMS`]+ items, each a name of at most
/// three words (or eight characters in a script without spaces) and no sentence.
pub(super) fn is_pipe_menu(text: &str) -> bool {
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
pub(super) fn is_name_list(text: &str) -> bool {
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

pub(super) static CODE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"[{};│┃|]\s*$|^\s*(?://|#|<[a-zA-Z!/]|\$ )|\S\s*=\s*\S.*[)=;]|\w\(|│")
        .expect("valid regex")
});

pub(super) static URL_LINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:url|source|link|canonical|permalink)\s*:\s*(https?://\S+)$")
        .expect("valid regex")
});
