//! Bylines: `By` lines, dated bylines, bare names under the title, names in a row of facts,
//! blog post footers, and how a byline is split into authors.

use super::*;

pub(super) static BYLINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:[Bb]y|BY|[Pp]osted by|[Ww]ritten by|[Ww]ords by|[Rr]eporting by|[Tt]ext by|[Vv]on|[Gg]eschrieben von|[Pp]ar|[ÉéEe]crit par|[Pp]or|[Ee]scrito por)\s*:?\s+(.+)$")
        .expect("valid regex")
});

pub(super) const AGENCIES: &[&str] = &[
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

pub(super) const NAME_PARTICLES: &[&str] = &[
    "de", "van", "von", "der", "den", "da", "das", "do", "dos", "la", "le", "bin", "al", "el", "y",
    "du", "di", "del", "ter", "ten", "st.",
];

/// Particles that are also surnames (Vietnamese `Le`, `Do`, Chinese `Du`, …), capitalised.
const SURNAME_PARTICLES: &[&str] = &["Le", "La", "Du", "Do", "Da", "Di", "Van"];

pub(super) const ROLE_WORDS: &[&str] = &[
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
    "executive",
    "managing",
    "deputy",
    "contributing",
    "assistant",
    "special",
    "political",
    "foreign",
    "spécial",
    "spéciale",
    "spéciaux",
    "spéciales",
    "especial",
    "speciale",
];

/// A person's name: 2–5 capitalised words (name particles allowed), no digits.
pub(in crate::capture) fn is_name(s: &str) -> bool {
    // A nickname in quotes between the given name and the surname (`Amanda "Tania Mae" Tan`,
    // `Choi “Zeus” Woo-je`) is part of the name, not a word of it.
    let s = &*NICKNAME.replace(s, " ");
    let words: Vec<&str> = s.split_whitespace().collect();
    if !(2..=5).contains(&words.len()) || s.chars().count() > 50 {
        return false;
    }
    // A particle comes before a surname, never last (`La Une du 30 avril 2015` is the front
    // page of that day, not a person), unless it is a surname of its own, capitalised (`Thuy
    // Le`, `Jane Du`).
    if words.last().is_some_and(|w| {
        NAME_PARTICLES.contains(&w.to_lowercase().as_str()) && !SURNAME_PARTICLES.contains(w)
    }) {
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
pub(in crate::capture) fn is_role_word(word: &str) -> bool {
    let lower = word.to_lowercase();
    ROLE_WORDS.contains(&lower.trim_end_matches([',', '.']))
}

pub(in crate::capture) fn is_agency(s: &str) -> bool {
    AGENCIES.contains(&s.trim().to_lowercase().as_str())
}

pub(super) static AUTHOR_SPLIT: LazyLock<Regex> = LazyLock::new(|| {
    // The list's last comma may come with its `and` (`Ford, Wang, and Tom Watkins`).
    Regex::new(r"\s*,\s*(?:and|und|et|y|&)\s+|\s*,\s*|\s+and\s+|\s*&\s*|\s+y\s+|\s+et\s+|\s+und\s+")
        .expect("valid regex")
});

/// Splits a byline body into names, stopping at the first part that is not a name
/// (a job title, a date). Returns the byline text covering the names (and a trailing agency).
pub(super) fn split_authors(body: &str) -> Option<(String, Vec<String>)> {
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
pub(in crate::capture) fn authors_with_notes(byline: &str) -> Option<Vec<String>> {
    if !NAME_NOTE.is_match(byline) {
        return None;
    }
    split_authors(byline).map(|(_, authors)| authors)
}

/// A byline written as a sentence without its full stop (`Posted on … by Bradley M. Kuhn.`);
/// an initial's stop and `Jr.`'s stay.
pub(super) fn without_full_stop(body: &str) -> &str {
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
pub(super) static NAME_NOTE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\s*\((\p{Ll}[^()]{0,80})\)").expect("valid regex"));

/// A byline note crediting the pictures: that contributor is no author of the text.
pub(super) static PICTURE_ROLE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:photo(?:graph)?(?:y|s)?|pictures|images|illustrations?|graphics|video|fotos?|bilder|illustration)$")
        .expect("valid regex")
});

/// A byline note naming co-authors (`avec Damien Leloup et Morgane Tual`).
pub(super) static NOTE_WITH: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(?:with|avec|mit|con|com)\s+(.+)$").expect("valid regex"));

/// [`split_authors`] for a byline without notes in brackets.
pub(super) fn split_plain_authors(body: &str) -> Option<(String, Vec<String>)> {
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
pub(super) static BYLINE_SEP: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\s*[|·•]\s*|\s+[-–]\s+|\s+—\s*|\s*—\s+|(?:^|\s+)/\s+").expect("valid regex")
});

/// A name glued to the figure printed after it: a lower-case letter, then a digit.
pub(super) static NAME_GLUED_TO_FIGURE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(.*?\p{Ll})\d").expect("valid regex"));

/// Whether `word`, standing after `name_words` words of a byline and before a date, is
/// the writer's surname rather than the article or preposition of a date line: `Jane Le 2
/// August 2020` on an English page, where `Le 2 août 2020` would be a French date line.
/// Capitalised and in a page of another language, it is a surname; with no language
/// known, it is one only when the name would otherwise be a single word.
pub(in crate::capture) fn is_a_surname_before_date(
    word: &str,
    name_words: usize,
    language: Option<&str>,
) -> bool {
    let date_language = match word {
        "Le" => "fr",
        "El" => "es",
        "Il" => "it",
        "Op" => "nl",
        _ => return false,
    };
    match language.and_then(|l| l.split(['-', '_']).next()) {
        Some(page) => !page.eq_ignore_ascii_case(date_language),
        None => name_words == 1,
    }
}

/// Splits a date glued to the end of a byline (`JEFFREY GETTLEMAN JAN. 13, 2017`,
/// `Sarah Gooding March 9, 2017 13`).
pub(super) fn split_trailing_date(s: &str) -> (&str, Option<DateValue>) {
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
pub(super) const FULL_DATE_LEN: usize = 10;

/// `on March 10, 2015 by Jane Doe`, `Posted on 2 May 2019 by Jane Doe`, `Tuesday 15 October
/// 2019 by Bradley M. Kuhn`.
pub(super) static ON_DATE_BY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:posted\s+|published\s+)?(on\s+)?(.{4,40}?)\s+by\s+(.+)$")
        .expect("valid regex")
});

/// `Posted by kovarex, Albert on 2019-02-15, all posts`: the names need not look like names.
/// Drupal's `Submitted by rasos on Mon, 07/24/2017 - 18:55` is printed in the site's language
/// (`Gespeichert von rasos am 24. Juli 2017 - 18:55`, `Soumis par … le …`, `Enviado por … el
/// …`).
pub(super) static BY_ON_DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)^(?:(?:posted|written|published|submitted)\s+by|(?:gespeichert|eingetragen|verfasst|veröffentlicht|geschrieben)\s+von|(?:soumis|publié|posté|écrit)\s+par|(?:enviado|publicado|escrito)\s+por|(?:inviato|pubblicato|scritto)\s+da|(?:ingediend|geplaatst)\s+door)\s+(.{2,80}?)\s+(?:on|am|le|el|em|il|op)\s+((?:\p{L}{2,9},\s*)?[^,|]{4,40})(?:[,|].*)?$",
    )
    .expect("valid regex")
});

/// A byline in Chinese, Japanese or Korean: a staff title, then the names, set apart by a
/// space or a colon (`編集委員　中沢克二`, `本报记者 张三 李四`, `记者：王五`), or a Korean name
/// and its title (`홍길동 기자`). `記者会見` (a press conference) sets nothing apart.
pub(super) static CJK_BYLINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^(?:(?:本报|本報|新华社|新華社|中新社)?(?:編集委員|编辑委员|論説委員|论说委员|解説委員|上級論説委員|特派員|特派员|記者|记者|通讯员|通訊員|撰稿|撰文|作者|文)(?:[ \u{3000}]*[:：/／][ \u{3000}]*|[ \u{3000}]+)(\p{Han}{2,6}(?:[ \u{3000}、，,]+\p{Han}{2,6}){0,3})|(\p{Hangul}{2,4})[ \u{3000}]*기자)$",
    )
    .expect("valid regex")
});

pub(super) fn cjk_byline(text: &str) -> Option<Kind> {
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
pub(super) static NICKNAME: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r#"\s["“][^"“”]{1,30}["”]\s"#).expect("valid regex"));

/// A social handle (`@jane_doe`) in a byline, perhaps glued to the name (`By Alissa
/// Wilkinson@alissamarie`); an e-mail address (`jane@example.org`) is no handle.
pub(super) static HANDLE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"@\w+(\.\w)?").expect("valid regex"));

/// `text` without its social handles ([`HANDLE`]).
pub(super) fn without_handles(text: &str) -> std::borrow::Cow<'_, str> {
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
pub(super) static BY_NAME_ON_DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:by|von|par|por|di|door)\s+(\p{Lu}.{1,60}?)\s+(?:on|am|le|el|il|op)\s+(\d.{3,60})$")
        .expect("valid regex")
});

/// A date's label at the end of the names before it.
pub(super) static DATE_LABEL_AFTER_NAME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)[\s,|·•-]+(?:veröffentlicht|aktualisiert|published|posted|updated|publié|mis à jour|publicado|actualizado|pubblicato|aggiornato)$")
        .expect("valid regex")
});

/// An hour at a byline's end (`at 5:11 AM`, `um 14:01 Uhr`, `à 10h30`).
pub(super) static AT_TIME_END: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\s+(?:at|um|à|a las|alle|om)\s+\d{1,2}[:.h]\d{2}(?:\s*[ap]\.?m\.?|\s*uhr)?(?:\s+\p{Lu}{2,4})?$")
        .expect("valid regex")
});

/// A date's label saying the date is an update's.
pub(super) static UPDATE_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)aktualisiert|updated|mis à jour|actualizado|aggiornato").expect("valid regex")
});

/// The bylines that carry their date in words: `on DATE by NAME`, `Posted by NAMES on DATE`,
/// `von NAME am DATE` ([`BY_NAME_ON_DATE`]).
pub(super) fn dated_byline(text: &str) -> Option<Kind> {
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
pub(super) const ROW_PART_WORDS: usize = 3;

/// A row of the article's facts set apart by bars or bullets with the byline not first (`Le
/// Monde | 04.05.2015 à 13h36 • Mis à jour le 05.05.2015 à 20h13 | Par Martin Untersinger`):
/// the byline is the part that says it is one, the date the first part that is one. Every
/// other part is a date or short, and one is a date: a sentence with `by` in it is no row.
pub(super) fn byline_in_row(parts: &[&str]) -> Option<Kind> {
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
pub(super) fn leading_name(body: &str) -> Option<(String, Option<DateValue>)> {
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
pub(super) static AUTHOR_PICTURE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:\S+[-_](?:headshot|avatar)\S*|(?:headshot|avatar)[-_]\S+)$")
        .expect("valid regex")
});

/// The name after its author's picture printed as its file name (`dsteer-headshot Dave
/// Steer`).
pub(super) fn pictured_name(text: &str) -> Option<&str> {
    let (picture, name) = text.split_once(' ')?;
    let name = name.trim();
    (AUTHOR_PICTURE.is_match(picture) && is_name(name)).then_some(name)
}

/// Most words of an author's name in an author box.
pub(super) const AUTHOR_BOX_NAME_WORDS: usize = 4;

/// The name in an author box copied as one line: the name, then the byline naming it again,
/// then the author's paper or role (`Jane Doe By Jane Doe The Plain Dealer`, `National Desk
/// By National Desk The Plain Dealer` on cleveland.com and its sister sites).
pub(super) fn author_box_name(text: &str) -> Option<&str> {
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
pub(super) static POST_META: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:this\s+(?:entry|post|article)\s+was\s+(?:posted|published|written)|(?:dieser|dieses)\s+(?:artikel|beitrag|eintrag|post)\s+wurde|cet\s+article\s+a\s+été\s+(?:publié|écrit|posté)|(?:este\s+artículo|esta\s+entrada)\s+fue\s+(?:publicad[oa]|escrit[oa])|questo\s+(?:articolo|post)\s+è\s+stato\s+(?:pubblicato|scritto))\s")
        .expect("valid regex")
});

/// The author a [`POST_META`] sentence names: capitalised words after its `by`.
pub(super) static POST_META_AUTHOR: LazyLock<Regex> = LazyLock::new(|| {
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
pub(super) const POST_META_HEAD_CHARS: usize = 150;

/// A [`POST_META`] sentence with its date: a dated byline when it names the author, else a
/// date line.
pub(super) fn post_meta(text: &str) -> Option<Kind> {
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
pub(super) fn lone_name(word: &str) -> bool {
    word.chars().count() >= 3
        && word.chars().next().is_some_and(char::is_uppercase)
        && word.chars().all(|c| c.is_alphabetic() || c == '-')
        && !ROLE_WORDS.contains(&word.to_lowercase().as_str())
        && !is_agency(word)
}

/// A byline of one name (`von Heiner`, `By Jeff`), believed only right under the title: blogs
/// sign so, but one capitalised word after `by` elsewhere is as often something else.
pub(super) fn lone_word_byline(text: &str) -> Option<&str> {
    let caps = BYLINE.captures(text.trim())?;
    let name = caps.get(1)?.as_str().trim();
    lone_name(name).then_some(name)
}

/// A line a page prints under its headline with no markup naming it, read as a byline
/// when it opens with its `By` (`by Duncan Bell / January 19, 2017 /`, `Von Jana Roe`):
/// the byline, its authors, and the date it gives.
pub(in crate::capture) fn introduced_byline(
    text: &str,
) -> Option<(String, Vec<String>, Option<DateValue>)> {
    let lead = text
        .trim_start_matches(['/', '|', '•', '·', '»', '—', '–', '*'])
        .trim_start();
    if !BYLINE.is_match(lead) {
        return None;
    }
    match byline(text)? {
        Kind::Byline {
            byline,
            authors,
            date,
        } if !authors.is_empty() && authors.iter().all(|a| is_name(a)) => {
            Some((byline, authors, date))
        }
        _ => None,
    }
}

pub(super) fn byline(text: &str) -> Option<Kind> {
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
