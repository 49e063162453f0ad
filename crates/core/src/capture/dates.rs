//! The date cascade: turns the dates that pages print into [`DateValue`]s.
//!
//! [`parse_date`] tries, in order:
//!
//! 1. ISO 8601 / RFC 3339 (`2022-08-01`, `2022-08-01T10:32:00Z`, `2022-08-01 10:32+02:00`,
//!    `2022-08-01T10:32:00+0000`);
//! 2. RFC 2822 (`Mon, 01 Aug 2022 10:32:00 GMT`), through `jiff::fmt::rfc2822`;
//! 3. human forms, after dropping a leading weekday (`Monday, `): `1 August 2022`,
//!    `August 1, 2022`, `1st of Aug. 2022`, `1 de agosto de 2022`, `01.08.2022` (dots are always
//!    day first), `01/08/2022` (day first, except for `en-US`-like languages where slashes read
//!    month first, and for a date with a 12-hour clock and no zone or a US one when the
//!    language is unknown or English without a region: `9/11/2013 10:00 AM`), `2022/08/01`;
//!    each optionally followed by a time (`10:32`, `10.32am`, `at 10:32`, `, 10:32 p.m.`) and a
//!    zone (`GMT`, `UTC`, `EDT`/`EST`/`CDT`/`CST`/`MDT`/`MST`/
//!    `PDT`/`PST`, `ET`/`CT`/`MT`/`PT` (by the day's daylight time), `BST`, `CET`/`CEST`,
//!    `EET`, `MSK`, `IST` (India's), `JST`, `AEST`, and
//!    others of news sites' zones, `Z`, `+02:00`, `+0200`, `GMT+2`). A time may also come
//!    first (`10:32 GMT, 1 Aug 2022`, `9:22 PM EST, Mon November 6, 2023`). Month and
//!    weekday names are read in 22 languages, month names also in Hindi, Bengali and
//!    Burmese (`28 sierpnia 2013 r.`, `28 августа 2013 г.`, `الأربعاء، 28 آب/اغسطس 2013`,
//!    `2013. augusztus 28.`, `26 अक्टूबर 2018`), CJK dates by their characters (`2013年8月28日（水）10時30分`,
//!    `2013년 8월 28일 오후 3:20`), and Arabic-Indic, Indic, Burmese and full-width digits as
//!    ASCII ones;
//! 4. Java's and C's year-last strings (`Mon Aug 03 12:45:00 EDT 2015`), their day only
//!    unless their zone is UTC or numeric.
//!
//! The result's `normalized` field is RFC 3339 (`2022-08-01T10:32:00-04:00`) when both a time
//! and its offset are known, and `YYYY-MM-DD` otherwise: a local time without a zone is not an
//! instant, so only its date is kept. Nothing is ever filled in from the clock, impossible
//! calendar dates (`31 February`) give `None`, and no input panics.
//!
//! A numeric date that reads as no date in the language's order is read in the other
//! (`01/23/2021`, except dotted dates).
//!
//! [`date_line`] decides whether a whole line of a page is a date line (`Published 1 August
//! 2022`, `Updated: 2 Aug 2022, 10:32 BST`, `1 August 2022 | 10:32 GMT`) and with which role;
//! after a label or before a clock, a numeric date may write its year in two digits (`Stand:
//! 1.4.18`, `9/11/13 10:00AM`).

use std::borrow::Cow;
use std::collections::{HashMap, HashSet};
use std::sync::LazyLock;

use regex::Regex;

use super::extracted::DateValue;

/// Lines longer than this (in characters) are never date lines.
const MAX_DATE_LINE_CHARS: usize = 80;

/// What a date line says about the article.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateRole {
    /// First publication (`Published …`, `Posted on …`, or a bare date).
    Published,
    /// Last change (`Updated …`, `Last updated …`, `Modified …`).
    Modified,
}

/// A date opening a paragraph as its dateline, in brackets or before a dash: `(18.01.2018)
/// Deutschlands Landwirte …`, `18 January 2018 – The council …`, WebMD's `Feb. 23, 2015 --
/// Life-threatening peanut allergies …`. A sentence that opens
/// with a date (`On 18 January 2018, the council …`) dates an event, not the article.
static OPENING_DATELINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:\(([^()]{6,40})\)\s|([^()–—]{6,40}?)\s+(?:[–—]|--)\s)").expect("valid regex")
});

/// The date a paragraph opens with as its dateline ([`OPENING_DATELINE`]): the article's
/// publication, in the text reader (the body's first paragraph) and in a saved page (the
/// first paragraph under the headline).
pub fn opening_dateline(paragraph: &str, language: Option<&str>) -> Option<DateValue> {
    let caps = OPENING_DATELINE.captures(paragraph.trim_start())?;
    let date = caps.get(1).or(caps.get(2))?.as_str().trim();
    parse_date(date, language)
}

/// A paragraph without the dateline it opens with ([`opening_dateline`]); the paragraph
/// itself when it opens with none.
pub fn without_opening_dateline(paragraph: &str) -> &str {
    let trimmed = paragraph.trim_start();
    match OPENING_DATELINE.captures(trimmed) {
        Some(caps) if opening_dateline(trimmed, None).is_some() => trimmed
            .get(caps.get(0).map_or(0, |m| m.end())..)
            .unwrap_or(trimmed),
        _ => paragraph,
    }
}

/// Parses one date as a page prints it; `language` (a BCP 47 tag such as `en-US`) only decides
/// how `01/08/2022` reads. Returns `None` when the text is not (only) a date.
pub fn parse_date(raw: &str, language: Option<&str>) -> Option<DateValue> {
    let raw = raw.trim();
    if raw.is_empty() || raw.chars().count() > 120 {
        return None;
    }
    let ascii = ascii_digits(raw);
    let month_first = month_first(language) || us_clock_date(&ascii, language);
    let normalized = parse_iso(&ascii)
        .or_else(|| parse_rfc2822(&ascii))
        .or_else(|| parse_human(&ascii, month_first))
        .or_else(|| parse_year_last(&ascii))?;
    Some(DateValue {
        raw: raw.to_string(),
        normalized,
    })
}

/// `raw` with Arabic-Indic, Persian, Devanagari, Bengali, Burmese and full-width digits
/// (`٢٨`, `۲۸`, `२८`, `২৮`, `၂၈`, `２８`) and the full-width colon and slash as their ASCII
/// forms.
fn ascii_digits(raw: &str) -> Cow<'_, str> {
    let ascii = |c: char| -> Option<char> {
        let digit = |zero: char| char::from_digit(u32::from(c) - u32::from(zero), 10);
        match c {
            '٠'..='٩' => digit('٠'),
            '۰'..='۹' => digit('۰'),
            '०'..='९' => digit('०'),
            '০'..='৯' => digit('০'),
            '၀'..='၉' => digit('၀'),
            '０'..='９' => digit('０'),
            '：' => Some(':'),
            '／' => Some('/'),
            _ => None,
        }
    };
    if raw.chars().all(|c| ascii(c).is_none()) {
        return Cow::Borrowed(raw);
    }
    Cow::Owned(raw.chars().map(|c| ascii(c).unwrap_or(c)).collect())
}

/// Recognises a line that is a date line and nothing else: an optional label (`Published`,
/// `Posted on`, `Updated`, `Last updated`, `Modified`, …, optionally followed by `:`), then a
/// date that [`parse_date`] accepts, possibly followed by a time and short `|`/`·`/`•`-separated
/// extras (`1 August 2022 | 10:32 GMT`, `April 5, 2018 | 6:00 PM`, `2 Aug 2022 · 4 min read`).
/// Two dates on one line, each with its label (`… Last modified on …`, `Published … Published
/// …`), give the first; a date printed twice over (`3/09/15 8:00am 3/09/15 8:00am`) is read
/// once. A sentence that merely contains a date is not a date line. The returned value's
/// `raw` is the date text without its label or extras.
pub fn date_line(line: &str, language: Option<&str>) -> Option<(DateRole, DateValue)> {
    let line = line.trim();
    if line.is_empty() || line.chars().count() > MAX_DATE_LINE_CHARS {
        return None;
    }
    let labelled = LABEL.is_match(line) || ARTICLE_BEFORE_DATE.is_match(line);
    let (role, rest) = match LABEL.captures(line) {
        Some(caps) => {
            let label = caps.get(1).map_or("", |m| m.as_str()).to_lowercase();
            let role = if UPDATE_WORD.is_match(&label) || label.contains("edit") || label == "stand"
            {
                DateRole::Modified
            } else {
                DateRole::Published
            };
            let end = caps.get(0).map_or(0, |m| m.end());
            (role, line.get(end..).unwrap_or(""))
        }
        // `Le 28 juin 2019`, `Am 3. März 2023`, `On 3 March 2023`: the day's article or
        // preposition, with no label.
        None => match ARTICLE_BEFORE_DATE.captures(line) {
            Some(caps) => (
                DateRole::Published,
                caps.get(1).map_or(line, |m| m.as_str()),
            ),
            None => (DateRole::Published, line),
        },
    };
    let rest = printed_twice(rest.trim());
    // After a label, a date may write its year in two digits (`Last updated: 5/5/20`,
    // `Stand: 1.4.18`); alone, `1.4.18` may be a version number, but not with a clock after
    // it (`3/09/15 8:00am`).
    let parse = |date: &str| {
        parse_date(date, language).or_else(|| {
            let full = with_full_year(date).filter(|_| labelled || clock_after_short_year(date))?;
            let mut value = parse_date(&full, language)?;
            value.raw = date.to_string();
            Some(value)
        })
    };
    if let Some(value) = parse(rest) {
        return Some((role, value));
    }
    // A footer's sentence ends with a full stop (`… on 26 September 2019, at 11:35 (UTC).`).
    if let Some(value) = rest.strip_suffix('.').and_then(parse) {
        return Some((role, value));
    }
    // Two dates on one line (`3 Jan 2019 02.00 EST Last modified on 16 Jan 2019`): the first,
    // with the line's own label, when the second part is itself a date line.
    if let Some(m) = INNER_LABEL.find(rest).filter(|m| m.start() > 0) {
        let head = rest.get(..m.start()).unwrap_or("");
        let tail = rest
            .get(m.start()..)
            .unwrap_or("")
            .trim_start_matches([',', ';', '|', '·', '•', ' ']);
        if date_line(tail, language).is_some() {
            if let Some((_, value)) = date_line(head, language) {
                return Some((role, value));
            }
        }
    }
    // `November 28, 2013 -- Updated 0203 GMT (1003 HKT)` (cnn.com until 2014, and CNN
    // Arabic's `الأربعاء، 28 آب/اغسطس 2013، آخر تحديث 14:00 (GMT+0400)` after a comma): the
    // date, then a label with the time; the label gives the role, a zone in brackets is
    // dropped.
    if let Some(c) = DATE_THEN_LABELLED_TIME.captures(rest) {
        let (date, label, time) = (&c["date"], &c["label"], &c["time"]);
        let time = match time.len() {
            3 | 4 if time.chars().all(|ch| ch.is_ascii_digit()) => {
                let (hour, minute) = time.split_at(time.len() - 2);
                format!("{hour}:{minute}")
            }
            _ => time.to_string(),
        };
        let zone = c.name("zone").map_or("", |m| m.as_str());
        if let Some(mut value) = parse_date(&format!("{date} {time} {zone}"), language) {
            value.raw = rest.to_string();
            let role = if UPDATE_WORD.is_match(label) {
                DateRole::Modified
            } else {
                role
            };
            return Some((role, value));
        }
    }
    let parts: Vec<&str> = SEPARATOR
        .split(rest)
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .collect();
    let first = *parts.first()?;
    // The date and the time may sit in two separated parts: `1 August 2022 | 10:32 GMT`.
    if let Some(second) = parts.get(1) {
        if TIME_ONLY.is_match(second) {
            let joined = format!("{first} {second}");
            if let Some(mut value) = parse(&joined) {
                if parts.iter().skip(2).all(|p| is_extra(p)) {
                    value.raw = format!("{first} | {second}");
                    return Some((role, value));
                }
            }
        }
    }
    let value = parse(first)?;
    if parts.len() > 1 && parts.iter().skip(1).all(|p| is_extra(p)) {
        return Some((role, value));
    }
    None
}

/// A numeric date with a two-digit year (`5/5/20`, `23.01.21 10:30`).
static SHORT_YEAR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(\d{1,2})([./-])(\d{1,2})([./-])(\d{2})(\D.*)?$").expect("valid regex")
});

/// A numeric date with a two-digit year written with its century (`5/5/20` ->
/// `5/5/2020`): `00`–`69` are this century's years, `70`–`99` the last's.
fn with_full_year(date: &str) -> Option<String> {
    let c = SHORT_YEAR.captures(date)?;
    let (day, sep1, month, sep2) = (&c[1], &c[2], &c[3], &c[4]);
    if sep1 != sep2 {
        return None;
    }
    let year: u32 = c[5].parse().ok()?;
    let year = if year < 70 { 2000 + year } else { 1900 + year };
    let rest = c.get(6).map_or("", |m| m.as_str());
    Some(format!("{day}{sep1}{month}{sep2}{year}{rest}"))
}

/// True when a time follows a date with a two-digit year (`3/09/15 8:00am`, `23.01.21
/// 10:30`).
fn clock_after_short_year(date: &str) -> bool {
    SHORT_YEAR
        .captures(date)
        .and_then(|c| c.get(6))
        .is_some_and(|rest| TRAILER.is_match(rest.as_str()))
}

/// The first half of a text printed twice (`3/09/15 8:00am 3/09/15 8:00am`: Kinja's two
/// copies of its date, one shown on hover and one hidden then), else the text.
fn printed_twice(text: &str) -> &str {
    let words: Vec<&str> = text.split_whitespace().collect();
    let half = words.len() / 2;
    if half == 0 || words.len() != 2 * half || words[..half] != words[half..] {
        return text;
    }
    // The second half starts at its first word, a slice of `text`.
    let second = words[half].as_ptr() as usize - text.as_ptr() as usize;
    text.get(..second).map_or(text, str::trim_end)
}

/// A meta tag's compact timestamp (`20210820030646`, `20210820`: Korean news sites'
/// `og:regDate`), as its day: the time has no zone.
pub fn parse_compact_date(raw: &str) -> Option<DateValue> {
    let raw = raw.trim();
    if !(raw.len() == 8 || raw.len() == 14) || !raw.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let field = |range: std::ops::Range<usize>| raw.get(range)?.parse::<i64>().ok();
    let date = civil_date(field(0..4)?, field(4..6)?, field(6..8)?)?;
    if raw.len() == 14 {
        check_time(field(8..10)?, field(10..12)?, field(12..14)?)?;
    }
    Some(DateValue {
        raw: raw.to_string(),
        normalized: date,
    })
}

/// Texts longer than this (in characters) are not searched for a date by [`find_date_in`]:
/// a date-marked element that long is a container, not a dateline.
const MAX_DATED_TEXT_CHARS: usize = 160;

/// Finds the date a short piece of page furniture gives: a date line ([`date_line`]), or
/// the first date written inside the text (`By Jane Doe, Wikimedia Foundation June 28th,
/// 2018`, `Von Christian am 03.05.2013, 11:51 | 0 Meinungen`, `[ Samstag, 19. Juli 2014 ]`).
/// The date is a modification date when an update word stands before it (`Letzte
/// Aktualisierung: 18.01.2018`). Only whole dates count: a day and month without the year
/// (`Le 17 juillet`) or a year alone is not a date.
pub fn find_date_in(text: &str, language: Option<&str>) -> Option<(DateRole, DateValue)> {
    let text = text.trim();
    if text.is_empty() || text.chars().count() > MAX_DATED_TEXT_CHARS {
        return None;
    }
    if let Some(found) = date_line(text, language) {
        return Some(found);
    }
    let mut previous_end = 0;
    for m in DATE_IN_TEXT.find_iter(text) {
        // What stands between the last date and this one labels this one.
        let label = text.get(previous_end..m.start()).unwrap_or("");
        previous_end = m.end();
        if EXPIRY_WORD.is_match(label) {
            continue;
        }
        // The time after the date, with its zone, when it reads with it (`Updated: Oct 9,
        // 2019, 11:05 IST`).
        let with_time = TIME_AFTER_DATE
            .find(&text[m.end()..])
            .and_then(|t| parse_date(&text[m.start()..m.end() + t.end()], language));
        let Some(value) = with_time.or_else(|| parse_date(m.as_str(), language)) else {
            continue;
        };
        let before = text.get(..m.start()).unwrap_or("");
        let role = if UPDATE_WORD.is_match(before) {
            DateRole::Modified
        } else {
            DateRole::Published
        };
        return Some((role, value));
    }
    None
}

/// How many dates (in the shapes [`find_date_in`] looks for) a text holds.
pub fn count_dates_in(text: &str) -> usize {
    DATE_IN_TEXT.find_iter(text).count()
}

/// A word saying that the date after it is an end, not a publication (`Expires: 18 June
/// 2015`, an Internet-Draft's header).
static EXPIRY_WORD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)expir|valid\s+(?:until|through)|deadline|gültig\s+bis|ablauf|läuft\s+ab|échéance|expira|scade")
        .expect("valid regex")
});

/// A date inside a text, in the shapes [`parse_date`] reads; the match is checked by it.
static DATE_IN_TEXT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?ix)
        \b\d{4}-\d{2}-\d{2}(?:[T\s]\d{2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:?\d{2})?)?\b
        | \b\d{1,2}(?:st|nd|rd|th|er|º)?\.?\s+(?:of\s+|de\s+)?[\p{L}\p{M}]{2,}(?:/[\p{L}\p{M}]+)?\.?,?\s+(?:de\s+|del\s+)?\d{4}\b
        | \d{4}\s*[年년]\s*\d{1,2}\s*[月월]\s*\d{1,2}\s*[日일]
        | \b\d{4}\.\s+[\p{L}\p{M}]{3,}\.?\s+\d{1,2}\b
        | \b[\p{L}\p{M}]{3,}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}\b
        | \b\d{1,2}[./-]\d{1,2}[./-]\d{4}\b
        | \b\d{4}[./]\d{1,2}[./]\d{1,2}\b",
    )
    .expect("valid regex")
});

/// A clock time right after a date in running text, with its zone if one follows (`, 11:05
/// IST`, ` at 3:20 p.m. EDT`, ` - 10:32`): a colon between hours and minutes, or am/pm.
static TIME_AFTER_DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?i)^(?:,\s*|\s+(?:at|à|um|-|–|—|@|\|)\s+|\s+)(?:\d{{1,2}}:\d{{2}}(?::\d{{2}})?(?:\s*[ap]\.?\s?m\b\.?|\b)|\d{{1,2}}\s*[ap]\.?\s?m\b\.?)(?:\s*(?:(?:{ZONE_IN_TEXT})\b|\((?:{ZONE_IN_TEXT})\)))?"
    ))
    .expect("valid regex")
});

/// A word saying that the date after it is a change, not the first publication.
pub(super) static UPDATE_WORD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)updated|modified|aktualisier|geändert|mis à jour|mise à jour|modifié|actualizado|actualización|aggiornato|aggiornamento|atualizado|bijgewerkt|zaktualizowano|aktualizacja|uppdaterad|opdateret|oppdatert|aktualizováno|обновлено|оновлено|päivitetty|güncelle|diperbarui|actualizat|frissítve|ενημερώθηκε|更新|수정|업데이트|تحديث")
        .expect("valid regex")
});

/// A short add-on after a date on a date line (`10:32`, `4 min read`, `Updated`).
fn is_extra(part: &str) -> bool {
    part.chars().count() <= 30 && !part.ends_with('.') && part.split_whitespace().count() <= 5
}

static LABEL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)^(this page was last (?:edited|modified)|first published|last published|published|posted|last updated|updated|last modified|modified|date|dernière mise à jour|publié le|publié|mis à jour le|mis à jour|última actualización|publicado|actualizado|letzte aktualisierung|zuletzt (?:aktualisiert|geändert)|veröffentlicht|stand|aktualisiert|erstellt|erschienen|ultimo aggiornamento|pubblicato|aggiornato|submitted|gepubliceerd|bijgewerkt|atualizado|opublikowano|zaktualizowano|aktualizacja|publicerad|uppdaterad|publiceret|opdateret|publisert|oppdatert|publikováno|aktualizováno|опубликовано|обновлено|опубліковано|оновлено|julkaistu|päivitetty|yayınlanma tarihi|yayımlanma tarihi|yayımlama tarihi|yayınlandı|son güncelleme tarihi|son güncelleme|son güncellenme|güncellendi|güncelleme|diterbitkan|dipublikasikan|diperbarui|publicat|actualizat|publikálva|frissítve|δημοσιεύθηκε|ενημερώθηκε|发布时间|发布日期|发表时间|发表日期|发稿时间|更新时间|日期|时间|時間|公開日時|公開日|更新日時|更新日|掲載日時|掲載日|配信日時|配信日|投稿日時|投稿日|기사입력|최종수정|입력|수정|등록일|등록|작성일|발행일|업데이트|تاريخ النشر|نشر في|نشر|آخر تحديث|تحديث)(?:\s+(?:on|at|le|el|am|em|op|om|den|w|v|в))?\s*[:：]?\s*",
    )
    .expect("valid regex")
});

/// Whether a label names the date beside it (`Datum`, `Published:`, `Veröffentlicht am`):
/// the whole label is a date line's label ([`LABEL`]) or the word for "date".
pub fn names_a_date(label: &str) -> bool {
    let label = label.trim().trim_end_matches([':', '：']).trim_end();
    if label.is_empty() {
        return false;
    }
    const DATE_WORDS: [&str; 5] = ["datum", "fecha", "data", "date", "日付"];
    DATE_WORDS.iter().any(|w| label.eq_ignore_ascii_case(w))
        || LABEL.find(label).is_some_and(|m| m.end() == label.len())
}

/// The word a date line may open with before its day's number (French `Le`, Spanish and
/// Italian `El`/`Il`, German `Am`, English `On`).
static ARTICLE_BEFORE_DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:le|el|il|am|on)\s+(\d.*|\p{L}+[.,]?\s+\S*\d.*)$").expect("valid regex")
});

/// A date label inside a line, after a first date.
static INNER_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)[\s|·•,]+(?:last modified|last updated|updated|modified|published|posted)\b")
        .expect("valid regex")
});

/// A date, a dash, a label and the time it names (`November 28, 2013 -- Updated 0203 GMT
/// (1003 HKT)`); the time may be written without its colon.
static DATE_THEN_LABELLED_TIME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?i)^(?P<date>.+?\d{{4}})(?:\s+(?:--|—|–|-)\s+|\s*[,،]\s*)(?P<label>updated|last updated|posted|published|آخر تحديث|تحديث)\s+(?:at\s+)?(?P<time>\d{{3,4}}|\d{{1,2}}[:.]\d{{2}}(?:\s*[ap]\.?\s?m\.?)?)\s*(?P<zone>{ZONE})?\s*(?:\([^)]{{1,20}}\))?$"
    ))
    .expect("valid regex")
});

static SEPARATOR: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\s+[|·•]\s+|\s*\|\s*").expect("valid regex"));

static TIME_ONLY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(r"(?i)^(?:at\s+)?{TIME}\s*(?:{ZONE})?$")).expect("valid regex")
});

/// Hour, minute, optional seconds, optional am/pm.
const TIME: &str =
    r"(\d{1,2})[:.h](\d{2})(?:[:.](\d{2}))?(?:\s*([ap])\.?\s?m\.?)?|(\d{1,2})\s*([ap])\.?\s?m\.?";
/// The zone abbreviations [`parse_offset`] knows, as one alternation.
macro_rules! zone_names {
    () => {
        "Z|UTC|GMT|WET|WEST|EDT|EST|CDT|CST|MDT|MST|PDT|PST|AKDT|AKST|HST|BST|CEST|CET|EEST|EET|SAST|WAT|EAT|MSK|PKT|IST|WIB|HKT|SGT|AWST|JST|KST|ACST|ACDT|AEST|AEDT|NZST|NZDT"
    };
}

/// A zone abbreviation or a numeric offset (`+0200`, also unspaced: the Washington Post's
/// `10:15-500`). The United States' zones without their daylight marker (`5:02 PM ET`),
/// whose offset depends on the day, are read in capitals only (`10:00 et` is French).
const ZONE: &str = concat!(
    zone_names!(),
    "|(?-i:ET|CT|MT|PT)|",
    r"(?:UTC|GMT)?\s*[+-]\d{1,2}(?::?\d{2})?"
);

/// A zone after a clock time in running text: an abbreviation in capitals only (`um 20:15
/// ist der Tatort`: `ist`, `est`, `wat`, `eat` are words), a numeric offset only after
/// `UTC`/`GMT` or a space and with its minutes.
const ZONE_IN_TEXT: &str = concat!(
    r"(?:UTC|GMT)\s*[+-]\d{1,2}(?::?\d{2})?|\s[+-]\d{2}:?\d{2}|(?-i:",
    zone_names!(),
    "|ET|CT|MT|PT)"
);

/// A slashed date with a 12-hour clock after it and no zone or a US one (`9/11/13 10:00AM`,
/// `3/09/2015 - 8:00:00 pm EST`), or the clock first (`10:00 AM, 9/11/2013`).
static SLASHED_DATE_WITH_AM_PM: LazyLock<Regex> = LazyLock::new(|| {
    const CLOCK: &str = r"\d{1,2}(?:[:.]\d{2}){0,2}\s*[ap]\.?\s?m\.?";
    const US_ZONE: &str =
        r"(?:\s*\(?(?:EDT|EST|CDT|CST|MDT|MST|PDT|PST|AKST|AKDT|HST|ET|CT|MT|PT)\)?)?";
    const DATE: &str = r"\d{1,2}/\d{1,2}/\d{2,4}";
    Regex::new(&format!(
        r"(?i)^(?:{DATE},?\s*(?:at\s+|[-–—@|]\s*)?{CLOCK}{US_ZONE}|{CLOCK}{US_ZONE},?\s*{DATE})\s*$"
    ))
    .expect("valid regex")
});

/// True when a slashed date reads month first although its language does not say so: the
/// language is unknown or English without a region (pasted text, a page without a regional
/// `lang`) and the date comes with a 12-hour clock and no zone or a US one (`9/11/13
/// 10:00AM`), as US sites print it. British, Irish or Australian pages that slash their dates
/// day first and keep a 12-hour clock are read wrongly when they give no zone: a guess, the
/// commoner way of the two on the English-language web. A saved page's country domain
/// (`.co.uk`) gives its region instead (see `page_dates`); pasted text has none.
fn us_clock_date(date: &str, language: Option<&str>) -> bool {
    // Most texts asked about hold no slash: no regex runs for them.
    date.contains('/')
        && language.is_none_or(|l| l.eq_ignore_ascii_case("en"))
        && SLASHED_DATE_WITH_AM_PM.is_match(strip_weekday(date.trim()).trim())
}

/// True when slashed dates read month first (`en-US` and similar US-English tags).
fn month_first(language: Option<&str>) -> bool {
    language.is_some_and(|l| {
        let l = l.to_ascii_lowercase().replace('_', "-");
        l == "en-us" || l.starts_with("en-us-") || l == "us"
    })
}

// ---------------------------------------------------------------------------------------------
// ISO 8601 / RFC 3339

static ISO: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)^(\d{4})-(\d{2})-(\d{2})(?:[T\s]+(\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?)?$",
    )
    .expect("valid regex")
});

fn parse_iso(s: &str) -> Option<String> {
    let c = ISO.captures(s)?;
    let date = civil_date(num(&c, 1)?, num(&c, 2)?, num(&c, 3)?)?;
    let Some(hour) = num(&c, 4) else {
        return Some(date);
    };
    let minute = num(&c, 5)?;
    let second = num(&c, 6).unwrap_or(0);
    check_time(hour, minute, second)?;
    let Some(zone) = c.get(7) else {
        return Some(date);
    };
    let offset = parse_offset(zone.as_str())?;
    Some(rfc3339(&date, hour, minute, second, offset))
}

/// `day`, a date without its time, with the time of `printed` where that is the same day
/// with one, and earlier than the update `modified` when that has a time (a time borrowed
/// at or after the update is the update's: a page printing only `Updated 21:53`).
pub(super) fn day_with_time(
    day: DateValue,
    printed: Option<&DateValue>,
    modified: Option<&DateValue>,
) -> DateValue {
    let instant = |d: &DateValue| d.normalized.parse::<jiff::Timestamp>().ok();
    match printed {
        Some(p)
            if !day.normalized.contains('T')
                && p.normalized.starts_with(&format!("{}T", day.normalized))
                && modified
                    .and_then(instant)
                    .zip(instant(p))
                    .is_none_or(|(changed, time)| time < changed) =>
        {
            p.clone()
        }
        _ => day,
    }
}

/// Java's `Date.toString()` and C's `asctime`/`date` output, the year last (`Mon Aug 03
/// 12:45:00 EDT 2015`, `Thu Aug  3 12:45:00 2015`), as content-management systems write it
/// into `article:published_time`: read as the same date with the year before the clock.
/// Only a numeric offset, `Z`, UTC or GMT is taken for its zone: Java names the server's zone as
/// it pleases (a Melbourne server's `Fri Mar 13 21:30:09 EST 2015` is Australian), so a
/// zone name leaves the day alone.
fn parse_year_last(s: &str) -> Option<String> {
    static YEAR_LAST: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(
            r"^[A-Za-z]{3},?\s+([A-Za-z]{3})\s+(\d{1,2})\s+(\d{1,2}:\d{2}(?::\d{2})?)\s+(?:([A-Za-z]{1,5}|[+-]\d{4})\s+)?(\d{4})$",
        )
        .expect("valid regex")
    });
    let c = YEAR_LAST.captures(s.trim())?;
    let zone = match c.get(4).map(|m| m.as_str()) {
        Some(z @ ("UTC" | "GMT" | "Z")) => z,
        Some(z) if z.starts_with(['+', '-']) => z,
        _ => "",
    };
    parse_human(
        format!("{} {} {} {} {zone}", &c[1], &c[2], &c[5], &c[3]).trim_end(),
        true,
    )
}

// ---------------------------------------------------------------------------------------------
// RFC 2822

fn parse_rfc2822(s: &str) -> Option<String> {
    if !s.as_bytes().first().is_some_and(u8::is_ascii_alphanumeric) || !s.contains(':') {
        return None;
    }
    let zoned = jiff::fmt::rfc2822::parse(s).ok()?;
    let dt = zoned.datetime();
    let date = civil_date(
        i64::from(dt.year()),
        i64::from(dt.month()),
        i64::from(dt.day()),
    )?;
    Some(rfc3339(
        &date,
        i64::from(dt.hour()),
        i64::from(dt.minute()),
        i64::from(dt.second()),
        i64::from(zoned.offset().seconds()),
    ))
}

// ---------------------------------------------------------------------------------------------
// Human forms

/// A leading word and the punctuation after it (`Monday, `, `jeu. `, `الأربعاء، `), a
/// weekday when [`WEEKDAYS`] names it.
static LEADING_WORD: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(\p{L}+(?:-\p{L}+)?)\.?[,،]?\s+").expect("valid regex"));

/// Weekday names and abbreviations, in the languages of [`MONTH_NAMES`]. Written here, as
/// the month names are.
const WEEKDAY_NAMES: &str = "mon tue tues wed thu thur thurs fri sat sun monday tuesday wednesday thursday friday saturday sunday \
    lundi mardi mercredi jeudi vendredi samedi dimanche lun mer jeu ven sam dim \
    lunes martes miércoles jueves viernes sábado domingo \
    montag dienstag mittwoch donnerstag freitag samstag sonntag mo di mi do fr sa so \
    lunedì martedì mercoledì giovedì venerdì sabato domenica \
    segunda-feira terça-feira quarta-feira quinta-feira sexta-feira \
    maandag dinsdag woensdag donderdag vrijdag zaterdag zondag \
    poniedziałek wtorek środa czwartek piątek sobota niedziela \
    понедельник вторник среда четверг пятница суббота воскресенье пн вт ср чт пт сб вс \
    понеділок вівторок середа четвер пʼятниця п'ятниця субота неділя \
    pondělí úterý středa čtvrtek pátek neděle \
    måndag tisdag onsdag torsdag fredag lördag söndag mandag tirsdag lørdag søndag \
    maanantai tiistai keskiviikko torstai perjantai lauantai sunnuntai \
    pazartesi salı çarşamba perşembe cuma cumartesi pazar \
    senin selasa rabu kamis jumat sabtu minggu \
    luni marți miercuri joi vineri sâmbătă duminică \
    hétfő kedd szerda csütörtök péntek szombat vasárnap \
    δευτέρα τρίτη τετάρτη πέμπτη παρασκευή σάββατο κυριακή \
    الأحد الاحد الاثنين الإثنين الثلاثاء الأربعاء الاربعاء الخميس الجمعة السبت";

static WEEKDAYS: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| WEEKDAY_NAMES.split_whitespace().collect());

/// `s` without a leading weekday.
fn strip_weekday(s: &str) -> &str {
    match LEADING_WORD.captures(s) {
        Some(c)
            if c.get(1)
                .is_some_and(|w| WEEKDAYS.contains(w.as_str().to_lowercase().as_str())) =>
        {
            s.get(c.get(0).map_or(0, |m| m.end())..).unwrap_or(s)
        }
        _ => s,
    }
}

/// `1 August 2022`, `1st of Aug. 2022`, `1. August 2022`, `1 de agosto de 2022`.
static DAY_MONTH_YEAR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(\d{1,2})(?:st|nd|rd|th|er|º)?\.?\s+(?:of\s+|de\s+)?([\p{L}\p{M}]+(?:/[\p{L}\p{M}]+)?)\.?,?\s+(?:de\s+|del\s+)?(\d{4})(?:\s*(?:г|р|r)\.|\s*م\b)?(.*)$")
        .expect("valid regex")
});

/// `August 1, 2022`, `Aug. 1st 2022`.
static MONTH_DAY_YEAR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^([\p{L}\p{M}]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})(.*)$")
        .expect("valid regex")
});

/// `2022. augusztus 1.` (Hungarian, year first).
static YEAR_MONTH_DAY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(\d{4})\.?\s+([\p{L}\p{M}]+)\.?\s+(\d{1,2})\.?(.*)$").expect("valid regex")
});

/// `2022年8月1日` (Chinese, Japanese), `2022년 8월 1일` (Korean).
static CJK_DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(\d{4})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일](.*)$")
        .expect("valid regex")
});

/// What may stand after a CJK date before its time: the weekday in brackets (`(水)`,
/// `（星期三）`, `(수)`), or a weekday word (`星期三`, `수요일`).
static CJK_WEEKDAY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s*(?:[(（]\s*[^)）]{1,4}\s*[)）]|(?:星期|礼拜|周)[一二三四五六日天]|[월화수목금토일]요일)")
        .expect("valid regex")
});

/// A zone named before a CJK date's time: Greenwich (BBC Chinese's `格林尼治标准时间`), Beijing,
/// Taipei, Hong Kong, Japan or Korea time, after a comma perhaps.
static CJK_ZONE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^[\s,，、]*(格林尼治标准时间|格林威治标准时间|格林尼治標準時間|格林威治標準時間|北京时间|北京時間|台北时间|台北時間|臺北時間|香港时间|香港時間|日本時間|韓国時間|한국시간)\s*")
        .expect("valid regex")
});

/// A CJK time: `10時30分`, `10点30分`, `10시 30분`, and a Korean half of the day before it
/// (`오후 3:20`).
static CJK_TIME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s*(오전|오후|午前|午後|上午|下午)?\s*(\d{1,2})\s*(?:[時时点點시:])\s*(\d{1,2})\s*[分분]?(?:\s*(\d{1,2})\s*[秒초])?\s*(.*)$")
        .expect("valid regex")
});

/// `01.08.2022`, `01/08/2022`, `01-08-2022`, `2022/08/01`, `2022.08.01`.
static NUMERIC: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(\d{1,4})([./-])(\d{1,2})([./-])(\d{1,4})(.*)$").expect("valid regex")
});

/// A time placed before the date: `10:32 GMT, 1 Aug 2022`.
static LEADING_TIME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?i)^((?:{TIME})(?:\s*(?:{ZONE}))?)\s*[,|·-]?\s+(.+)$"
    ))
    .expect("valid regex")
});

/// What may follow the date: separators, an optional time, an optional zone.
static TRAILER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?i)^\s*(?:,|\s|at|à|um|a las|alle|-|–|—|@|\||T)*\s*(?:{TIME})\s*(?:uhr\b\s*)?(?:\(?({ZONE})\)?)?\s*$"
    ))
    .expect("valid regex")
});

fn parse_human(s: &str, month_first: bool) -> Option<String> {
    let mut s = strip_weekday(s.trim()).trim().to_string();
    for (two_words, one) in TWO_WORD_MONTHS {
        if s.contains(two_words) {
            s = s.replace(two_words, one);
        }
    }
    if let Some(c) = LEADING_TIME.captures(&s) {
        let time = c.get(1).map_or("", |m| m.as_str());
        let rest = c.get(c.len() - 1).map_or("", |m| m.as_str());
        // CNN's `9:22 PM EST, Mon November 6, 2023`: the weekday comes after the time.
        let rest = strip_weekday(rest);
        if let Some(v) = parse_human_date_first(&format!("{rest} {time}"), month_first) {
            return Some(v);
        }
    }
    parse_human_date_first(&s, month_first)
}

/// A CJK date's trailer (`(水) 10時30分`, ` 오후 3:20`) as the Latin trailer reads it
/// (` 10:30`, ` 15:20`); what it cannot read is left for the trailer check to refuse.
fn cjk_trailer(trailer: &str) -> String {
    let rest = match CJK_WEEKDAY.find(trailer) {
        Some(m) => trailer.get(m.end()..).unwrap_or(""),
        None => trailer,
    };
    // The zone may be named before the time (`, 格林尼治标准时间10:41`, `北京时间 10:41`).
    let (named_zone, rest) = match CJK_ZONE.captures(rest) {
        Some(c) => {
            let zone = match c.get(1).map_or("", |m| m.as_str()) {
                z if z.starts_with("格林") => "GMT",
                z if z.starts_with("日本") || z.starts_with("韓国") || z.starts_with("한국") => {
                    "+09:00"
                }
                _ => "+08:00",
            };
            (
                Some(zone),
                rest.get(c.get(0).map_or(0, |m| m.end())..).unwrap_or(""),
            )
        }
        None => (None, rest),
    };
    let Some(c) = CJK_TIME.captures(rest) else {
        return rest.to_string();
    };
    let (Some(hour), Some(minute)) = (num(&c, 2), num(&c, 3)) else {
        return rest.to_string();
    };
    let afternoon = c
        .get(1)
        .is_some_and(|m| matches!(m.as_str(), "오후" | "午後" | "下午"));
    let hour = if afternoon && hour < 12 {
        hour + 12
    } else {
        hour
    };
    let second = num(&c, 4).unwrap_or(0);
    let after = c.get(5).map_or("", |m| m.as_str());
    let zone = match named_zone {
        // A zone named before the time leaves nothing after it, or the trailer is refused.
        Some(zone) if after.trim().is_empty() => zone,
        Some(_) => return rest.to_string(),
        None => after,
    };
    format!(" {hour:02}:{minute:02}:{second:02} {zone}")
}

fn parse_human_date_first(s: &str, month_first: bool) -> Option<String> {
    let s = s.trim();
    let cjk_trailer_owned: String;
    let (date, trailer) = if let Some(c) = DAY_MONTH_YEAR.captures(s) {
        let month = month_number(c.get(2)?.as_str())?;
        (
            civil_date(num(&c, 3)?, month, num(&c, 1)?)?,
            c.get(4).map_or("", |m| m.as_str()),
        )
    } else if let Some(c) = MONTH_DAY_YEAR.captures(s) {
        let month = month_number(c.get(1)?.as_str())?;
        (
            civil_date(num(&c, 3)?, month, num(&c, 2)?)?,
            c.get(4).map_or("", |m| m.as_str()),
        )
    } else if let Some(c) = CJK_DATE.captures(s) {
        cjk_trailer_owned = cjk_trailer(c.get(4).map_or("", |m| m.as_str()));
        (
            civil_date(num(&c, 1)?, num(&c, 2)?, num(&c, 3)?)?,
            cjk_trailer_owned.as_str(),
        )
    } else if let Some(c) = YEAR_MONTH_DAY.captures(s) {
        let month = month_number(c.get(2)?.as_str())?;
        (
            civil_date(num(&c, 1)?, month, num(&c, 3)?)?,
            c.get(4).map_or("", |m| m.as_str()),
        )
    } else if let Some(c) = NUMERIC.captures(s) {
        let (a, sep1, b, sep2, y) = (
            c.get(1)?.as_str(),
            c.get(2)?.as_str(),
            num(&c, 3)?,
            c.get(4)?.as_str(),
            c.get(5)?.as_str(),
        );
        if sep1 != sep2 {
            return None;
        }
        let a_num: i64 = a.parse().ok()?;
        let y_num: i64 = y.parse().ok()?;
        let date = if a.len() == 4 && y.len() <= 2 {
            civil_date(a_num, b, y_num)?
        } else if y.len() == 4 && a.len() <= 2 {
            let (month, day) = if sep1 == "/" && month_first {
                (a_num, b)
            } else {
                (b, a_num)
            };
            // The other order when this one is no date (`01/23/2021` is January 23rd
            // whatever the language); dotted dates are always day first.
            civil_date(y_num, month, day)
                .or_else(|| (sep1 != ".").then(|| civil_date(y_num, day, month))?)?
        } else {
            return None;
        };
        (date, c.get(6).map_or("", |m| m.as_str()))
    } else {
        return None;
    };
    let trailer = trailer.trim();
    // Turkish names the weekday after the date (`28 Ağustos 2013 Çarşamba`).
    let weekday_after = || {
        let word = trailer.trim_start_matches([',', '،', ' ']).to_lowercase();
        WEEKDAYS.contains(word.as_str())
    };
    if trailer.is_empty() || weekday_after() {
        return Some(date);
    }
    let c = TRAILER.captures(trailer)?;
    let (mut hour, minute, second, ampm) = if let Some(h) = num(&c, 1) {
        (h, num(&c, 2)?, num(&c, 3).unwrap_or(0), c.get(4))
    } else {
        (num(&c, 5)?, 0, 0, c.get(6))
    };
    if let Some(ampm) = ampm {
        if !(1..=12).contains(&hour) {
            return None;
        }
        let pm = ampm.as_str().eq_ignore_ascii_case("p");
        hour = match (pm, hour) {
            (false, 12) => 0,
            (true, 12) => 12,
            (true, h) => h + 12,
            (false, h) => h,
        };
    }
    check_time(hour, minute, second)?;
    let Some(zone) = c.get(7) else {
        return Some(date);
    };
    let offset = zone_offset(zone.as_str(), &date, hour, minute)?;
    Some(rfc3339(&date, hour, minute, second, offset))
}

/// Month names, their inflected forms (the genitive most languages date with) and
/// abbreviations, one line a month: English, French, Spanish, German, Italian, Portuguese,
/// Dutch, Polish, Russian, Ukrainian, Czech, Swedish, Danish, Norwegian, Finnish, Turkish,
/// Indonesian, Malay, Romanian, Hungarian, Greek, Arabic (the Egyptian and Gulf names,
/// the Levantine ones, and the Maghreb's), Hindi, Bengali and Burmese. Written here: no crate reads dates in these
/// languages.
const MONTH_NAMES: [&str; 12] = [
    "january jan janvier janv enero ene januar jän gennaio gen janeiro januari stycznia styczeń sty января январь янв січня січень ledna leden tammikuuta tammikuu tammik ocak ianuarie ian január jan ιανουαρίου ιανουάριος ιαν يناير جانفي जनवरी জানুয়ারি জানুয়ারী ဇန်နဝါရီ",
    "february feb févr février fevrier febrero februar febbraio fevereiro fev februari lutego luty lut февраля февраль фев лютого лютий února únor februari helmikuuta helmikuu helmik şubat februarie febr február φεβρουαρίου φεβρουάριος φεβ فبراير شباط فيفري फरवरी फ़रवरी फ़रवरी ফেব্রুয়ারি ফেব্রুয়ারী ဖေဖော်ဝါရီ",
    "march mar mars marzo märz marz mär março marco maart mrt marca marzec марта март мар березня березень března březen maaliskuuta maaliskuu maalisk mart maret mac martie márc március μαρτίου μάρτιος μαρ مارس آذار मार्च মার্চ မတ်",
    "april apr avril avr abril abr aprile kwietnia kwiecień kwi апреля апрель апр квітня квітень dubna duben huhtikuuta huhtikuu huhtik nisan aprilie ápr április απριλίου απρίλιος απρ أبريل ابريل نيسان أفريل افريل अप्रैल अप्रेल এপ্রিল ဧပြီ",
    "may mai mayo maggio mag maio mei maja maj мая май травня травень května květen toukokuuta toukokuu toukok mayıs máj május μαΐου μαίου μάιος μαι مايو أيار ايار ماي मई মে မေ",
    "june jun juin junio juni giugno giu junho czerwca czerwiec cze июня июнь июн червня червень června červen kesäkuuta kesäkuu kesäk haziran iunie jún június ιουνίου ιούνιος ιουν يونيو يونيه حزيران جوان जून জুন ဇွန်",
    "july jul juillet juil julio juli luglio lug julho lipca lipiec lip июля июль июл липня липень července červenec heinäkuuta heinäkuu heinäk temmuz julai iulie júl július ιουλίου ιούλιος ιουλ يوليو يوليه تموز جويلية जुलाई জুলাই ဇူလိုင်",
    "august aug août aout agosto ago augustus sierpnia sierpień августа август авг серпня серпень srpna srpen augusti elokuuta elokuu elok ağustos agustus agu agt ogos augusztus aug αυγούστου αύγουστος αυγ أغسطس اغسطس آب أوت اوت अगस्त আগস্ট আগষ্ট ဩဂုတ် သြဂုတ်",
    "september sep sept septembre septiembre setiembre settembre set setembro września wrzesień wrz сентября сентябрь сен сент вересня вересень září syyskuuta syyskuu syysk eylül septembrie szept szeptember σεπτεμβρίου σεπτέμβριος σεπ سبتمبر أيلول ايلول सितंबर सितम्बर সেপ্টেম্বর စက်တင်ဘာ",
    "october oct octobre octubre oktober okt ottobre ott outubro out października październik paź октября октябрь окт жовтня жовтень října říjen lokakuuta lokakuu lokak ekim octombrie október οκτωβρίου οκτώβριος οκτ أكتوبر اكتوبر أكتوبر अक्टूबर अक्तूबर অক্টোবর အောက်တိုဘာ",
    "november nov novembre noviembre novembro listopada listopad lis ноября ноябрь ноя нояб листопада листопад listopadu marraskuuta marraskuu marrask kasım noiembrie noi νοεμβρίου νοέμβριος νοε نوفمبر नवंबर नवम्बर নভেম্বর နိုဝင်ဘာ",
    "december dec décembre decembre déc diciembre dic dezember dez dicembre dezembro grudnia grudzień gru декабря декабрь дек грудня грудень prosince prosinec joulukuuta joulukuu jouluk aralık desember disember decembrie decembrie dec december δεκεμβρίου δεκέμβριος δεκ ديسمبر दिसंबर दिसम्बर ডিসেম্বর ဒီဇင်ဘာ",
];

/// The Levantine months named in two words (`كانون الثاني`, January), and the one-word
/// names of the same months that [`month_number`] reads.
const TWO_WORD_MONTHS: [(&str, &str); 4] = [
    ("كانون الثاني", "يناير"),
    ("كانون الأول", "ديسمبر"),
    ("تشرين الأول", "أكتوبر"),
    ("تشرين الثاني", "نوفمبر"),
];

static MONTHS: LazyLock<HashMap<&'static str, i64>> = LazyLock::new(|| {
    let mut map = HashMap::new();
    for (month, names) in (1..).zip(MONTH_NAMES) {
        for name in names.split_whitespace() {
            map.entry(name).or_insert(month);
        }
    }
    map
});

/// Whether `word` names a month (any case, any language [`MONTH_NAMES`] knows).
pub fn names_a_month(word: &str) -> bool {
    month_number(word).is_some()
}

/// The month a name gives (any case), or two names of one month (`آب/اغسطس`, its Levantine
/// and its Egyptian name).
fn month_number(name: &str) -> Option<i64> {
    let mut months = name
        .split('/')
        .map(|part| MONTHS.get(part.to_lowercase().as_str()).copied());
    let first = months.next()??;
    months.all(|m| m == Some(first)).then_some(first)
}

// ---------------------------------------------------------------------------------------------
// Shared helpers

fn num(c: &regex::Captures<'_>, i: usize) -> Option<i64> {
    c.get(i)?.as_str().parse().ok()
}

/// Validates a calendar date and formats it `YYYY-MM-DD`.
fn civil_date(year: i64, month: i64, day: i64) -> Option<String> {
    if !(1000..=9999).contains(&year) {
        return None;
    }
    let date = jiff::civil::Date::new(
        i16::try_from(year).ok()?,
        i8::try_from(month).ok()?,
        i8::try_from(day).ok()?,
    )
    .ok()?;
    Some(format!(
        "{:04}-{:02}-{:02}",
        date.year(),
        date.month(),
        date.day()
    ))
}

fn check_time(hour: i64, minute: i64, second: i64) -> Option<()> {
    ((0..24).contains(&hour) && (0..60).contains(&minute) && (0..61).contains(&second))
        .then_some(())
}

/// The offset, in seconds east of UTC, of a clock time on `date` (`YYYY-MM-DD`) in `zone`:
/// a US zone without its daylight marker (`ET`) takes the offset its region had on that day
/// (the time zone database's: the system's, or the one bundled with jiff), any other the
/// fixed offset [`parse_offset`] reads.
fn zone_offset(zone: &str, date: &str, hour: i64, minute: i64) -> Option<i64> {
    let region = match zone.trim() {
        "ET" => "America/New_York",
        "CT" => "America/Chicago",
        "MT" => "America/Denver",
        "PT" => "America/Los_Angeles",
        other => return parse_offset(other),
    };
    let zone = jiff::tz::TimeZone::get(region).ok()?;
    let day: jiff::civil::Date = date.parse().ok()?;
    let time =
        jiff::civil::Time::new(i8::try_from(hour).ok()?, i8::try_from(minute).ok()?, 0, 0).ok()?;
    let zoned = day.to_datetime(time).to_zoned(zone).ok()?;
    Some(i64::from(zoned.offset().seconds()))
}

/// A zone abbreviation or numeric offset, in seconds east of UTC.
fn parse_offset(zone: &str) -> Option<i64> {
    let z = zone.trim().to_ascii_uppercase();
    // Minutes east of UTC. `IST` is India's, as news pages print it (Ireland's and
    // Israel's are rare there); `CST` is the United States' Central time.
    let minutes = match z.as_str() {
        "Z" | "UTC" | "GMT" | "WET" => Some(0),
        "EDT" => Some(-4 * 60),
        "EST" | "CDT" => Some(-5 * 60),
        "CST" | "MDT" => Some(-6 * 60),
        "MST" | "PDT" => Some(-7 * 60),
        "PST" | "AKDT" => Some(-8 * 60),
        "AKST" => Some(-9 * 60),
        "HST" => Some(-10 * 60),
        "BST" | "CET" | "WEST" | "WAT" => Some(60),
        "CEST" | "EET" | "SAST" => Some(2 * 60),
        "EEST" | "MSK" | "EAT" => Some(3 * 60),
        "PKT" => Some(5 * 60),
        "IST" => Some(5 * 60 + 30),
        "WIB" => Some(7 * 60),
        "HKT" | "SGT" | "AWST" => Some(8 * 60),
        "JST" | "KST" => Some(9 * 60),
        "ACST" => Some(9 * 60 + 30),
        "AEST" => Some(10 * 60),
        "ACDT" => Some(10 * 60 + 30),
        "AEDT" => Some(11 * 60),
        "NZST" => Some(12 * 60),
        "NZDT" => Some(13 * 60),
        _ => None,
    };
    if let Some(m) = minutes {
        return Some(m * 60);
    }
    let digits = z.trim_start_matches("UTC").trim_start_matches("GMT").trim();
    let sign = match digits.chars().next()? {
        '+' => 1,
        '-' => -1,
        _ => return None,
    };
    let body: String = digits.chars().skip(1).filter(|c| *c != ':').collect();
    let (h, m) = match body.len() {
        1 | 2 => (body.parse::<i64>().ok()?, 0),
        3 => (body.get(..1)?.parse().ok()?, body.get(1..)?.parse().ok()?),
        4 => (body.get(..2)?.parse().ok()?, body.get(2..)?.parse().ok()?),
        _ => return None,
    };
    if h > 14 || m > 59 {
        return None;
    }
    Some(sign * (h * 3600 + m * 60))
}

fn rfc3339(date: &str, hour: i64, minute: i64, second: i64, offset: i64) -> String {
    let zone = if offset == 0 {
        "Z".to_string()
    } else {
        let sign = if offset < 0 { '-' } else { '+' };
        let abs = offset.abs();
        format!("{sign}{:02}:{:02}", abs / 3600, (abs % 3600) / 60)
    };
    format!("{date}T{hour:02}:{minute:02}:{second:02}{zone}")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn norm(s: &str) -> Option<String> {
        parse_date(s, None).map(|v| v.normalized)
    }

    #[test]
    fn iso_and_rfc3339() {
        assert_eq!(norm("2022-08-01").as_deref(), Some("2022-08-01"));
        assert_eq!(
            norm("2022-08-01T10:32:00Z").as_deref(),
            Some("2022-08-01T10:32:00Z")
        );
        assert_eq!(
            norm("2022-08-01T10:32:00-04:00").as_deref(),
            Some("2022-08-01T10:32:00-04:00")
        );
        assert_eq!(
            norm("2022-08-01T10:32:00+0000").as_deref(),
            Some("2022-08-01T10:32:00Z")
        );
        assert_eq!(
            norm("2022-08-01T10:32:00.123+0530").as_deref(),
            Some("2022-08-01T10:32:00+05:30")
        );
        // A local time without a zone keeps only its date.
        assert_eq!(norm("2018-04-05T06:00").as_deref(), Some("2018-04-05"));
        assert_eq!(norm("2022-02-30"), None);
        assert_eq!(norm("2022-08-01T25:00:00Z"), None);
    }

    #[test]
    fn rfc2822() {
        assert_eq!(
            norm("Mon, 01 Aug 2022 10:32:00 GMT").as_deref(),
            Some("2022-08-01T10:32:00Z")
        );
        assert_eq!(
            norm("Mon, 01 Aug 2022 10:32:00 -0400").as_deref(),
            Some("2022-08-01T10:32:00-04:00")
        );
    }

    #[test]
    fn a_date_is_found_inside_a_short_text() {
        let found = |s: &str| find_date_in(s, None).map(|(role, v)| (role, v.normalized, v.raw));
        assert_eq!(
            found("By Joe Matazzoni, Wikimedia Foundation June 28th, 2018"),
            Some((
                DateRole::Published,
                "2018-06-28".into(),
                "June 28th, 2018".into()
            ))
        );
        assert_eq!(
            found("Von Christian am 03.05.2013, 11:51 | 0 Meinungen | Energie sparen"),
            Some((
                DateRole::Published,
                "2013-05-03".into(),
                "03.05.2013, 11:51".into()
            ))
        );
        // The time and zone after a date in a byline are read with it; a number after it
        // that is no clock time is not.
        assert_eq!(
            found("Saibal Dasgupta | TNN | Updated: Oct 9, 2019, 11:05 IST").map(|f| (f.0, f.1)),
            Some((DateRole::Modified, "2019-10-09T11:05:00+05:30".into()))
        );
        assert_eq!(
            found("By Jane Doe on June 5, 2019 at 3:20 p.m. EDT").map(|f| f.1),
            Some("2019-06-05T15:20:00-04:00".into())
        );
        assert_eq!(
            found("By Jane Doe, Jul 24, 2018, 2:15pm EDT").map(|f| f.1),
            Some("2018-07-24T14:15:00-04:00".into())
        );
        assert_eq!(
            found("By Jane Doe, June 5, 2019, 10.50 euros").map(|f| f.1),
            Some("2019-06-05".into())
        );
        // A bar before the time; a range of hours is no zone; a word is no zone.
        assert_eq!(
            found("Jane Doe | TNN | Oct 9, 2019 | 11:05 IST").map(|f| f.1),
            Some("2019-10-09T11:05:00+05:30".into())
        );
        assert_eq!(
            found("Jane Doe | June 5, 2019, 10:00-12:00").map(|f| f.1),
            Some("2019-06-05".into())
        );
        assert_eq!(
            found("By Jane Doe | Oct 9, 2019, 11:05 (IST)").map(|f| f.1),
            Some("2019-10-09T11:05:00+05:30".into())
        );
        // ESPN's US zone without its daylight marker, in running text.
        assert_eq!(
            found("By Jane Doe, ESPN | Aug 1, 2022, 5:02 PM ET").map(|f| f.1),
            Some("2022-08-01T17:02:00-04:00".into())
        );
        assert_eq!(
            found("By Jane Doe | June 5, 2019, 10:00 et puis").map(|f| f.1),
            Some("2019-06-05".into())
        );
        // A date line reads its zone in any case.
        assert_eq!(
            found("Updated: 1 August 2022, 10:32 gmt").map(|f| f.1),
            Some("2022-08-01T10:32:00Z".into())
        );
        assert_eq!(
            found("Am 13.10.2019 um 20:15 ist der Tatort zu sehen").map(|f| f.1),
            Some("2019-10-13".into())
        );
        assert_eq!(
            found("By Jane Doe, June 5, 2019 at 10:00 GMT+2").map(|f| f.1),
            Some("2019-06-05T10:00:00+02:00".into())
        );
        assert_eq!(
            found("[ Samstag, 19. Juli 2014 ]").map(|f| f.1),
            Some("2014-07-19".into())
        );
        assert_eq!(
            found("Letzte Aktualisierung: 18.01.2018").map(|f| (f.0, f.1)),
            Some((DateRole::Modified, "2018-01-18".into()))
        );
        // A date line is read whole, with its time.
        assert_eq!(
            found("Published 1 August 2022 | 10:32 GMT").map(|f| f.1),
            Some("2022-08-01T10:32:00Z".into())
        );
        // An expiry date is not a publication: the next date is.
        assert_eq!(
            found("Expires: 18 June 2015                                 15 December 2014")
                .map(|f| f.1),
            Some("2014-12-15".into())
        );
        // No year, a year alone, a version number, a long text: no date.
        assert_eq!(found("Le 17 juillet à 22:09, par Horus"), None);
        assert_eq!(found("© 2019 Example Media"), None);
        assert_eq!(found("Version 12, 2018 edition"), None);
        assert_eq!(
            found(&format!("{} 1 August 2022", "word ".repeat(40))),
            None
        );
    }

    #[test]
    fn human_forms() {
        assert_eq!(norm("1 August 2022").as_deref(), Some("2022-08-01"));
        assert_eq!(norm("August 1, 2022").as_deref(), Some("2022-08-01"));
        assert_eq!(norm("Monday, 1 August 2022").as_deref(), Some("2022-08-01"));
        assert_eq!(norm("Mon 1st Aug. 2022").as_deref(), Some("2022-08-01"));
        assert_eq!(
            norm("Aug 1, 2022 10:32 EDT").as_deref(),
            Some("2022-08-01T10:32:00-04:00")
        );
        // Zones of news sites around the world, half hours too.
        assert_eq!(
            norm("Oct 9, 2019, 11:05 IST").as_deref(),
            Some("2019-10-09T11:05:00+05:30")
        );
        assert_eq!(
            norm("9 October 2019 11:05 JST").as_deref(),
            Some("2019-10-09T11:05:00+09:00")
        );
        assert_eq!(
            norm("9 October 2019 11:05 AEDT").as_deref(),
            Some("2019-10-09T11:05:00+11:00")
        );
        // Java's and C's date strings put the year last.
        assert_eq!(
            norm("Mon Aug 03 12:45:00 EDT 2015").as_deref(),
            Some("2015-08-03")
        );
        assert_eq!(
            norm("Mon Aug 03 12:45:00 GMT 2015").as_deref(),
            Some("2015-08-03T12:45:00Z")
        );
        assert_eq!(
            norm("Mon Aug 03 12:45:00 +0200 2015").as_deref(),
            Some("2015-08-03T12:45:00+02:00")
        );
        assert_eq!(
            norm("Thu Aug  3 12:45:00 2015").as_deref(),
            Some("2015-08-03")
        );
        assert_eq!(norm("Mon Aug 03 12:45:00 EDT").as_deref(), None);
        // A US zone without its daylight marker takes the offset of its day.
        assert_eq!(
            norm("Aug 1, 2022 5:02 PM ET").as_deref(),
            Some("2022-08-01T17:02:00-04:00")
        );
        assert_eq!(
            norm("Dec. 7, 2026 5:30 pm ET").as_deref(),
            Some("2026-12-07T17:30:00-05:00")
        );
        assert_eq!(
            norm("March 5, 2019 9:00 a.m. PT").as_deref(),
            Some("2019-03-05T09:00:00-08:00")
        );
        assert_eq!(
            norm("July 4, 2021, 10:15 CT").as_deref(),
            Some("2021-07-04T10:15:00-05:00")
        );
        // Before 2007 daylight time began in April: the zone database knows.
        assert_eq!(
            norm("March 20, 2005 10:00 ET").as_deref(),
            Some("2005-03-20T10:00:00-05:00")
        );
        // `et` in small letters is a word (French `and`), no zone.
        assert_eq!(norm("1 Aug 2022 10:32 et").as_deref(), None);
        assert_eq!(
            norm("Aug 1, 2022 10:32 pm PST").as_deref(),
            Some("2022-08-01T22:32:00-08:00")
        );
        assert_eq!(
            norm("1 Aug 2022 at 10:32 BST").as_deref(),
            Some("2022-08-01T10:32:00+01:00")
        );
        assert_eq!(norm("1 Aug 2022 at 10:32").as_deref(), Some("2022-08-01"));
        assert_eq!(
            norm("10:32 GMT, 1 Aug 2022").as_deref(),
            Some("2022-08-01T10:32:00Z")
        );
        assert_eq!(
            norm("9:22 PM EST, Mon November 6, 2023").as_deref(),
            Some("2023-11-06T21:22:00-05:00")
        );
        assert_eq!(norm("1 de agosto de 2022").as_deref(), Some("2022-08-01"));
        assert_eq!(norm("1. August 2022").as_deref(), Some("2022-08-01"));
        assert_eq!(norm("Sa 13 Jul 2019").as_deref(), Some("2019-07-13"));
        assert_eq!(norm("jeu. 27 juin 2019").as_deref(), Some("2019-06-27"));
    }

    #[test]
    fn dates_in_more_languages_and_scripts() {
        let cases = [
            ("28 sierpnia 2013 r.", "2013-08-28"),
            ("środa, 28 sierpnia 2013", "2013-08-28"),
            ("28 августа 2013 г.", "2013-08-28"),
            ("Среда, 28 августа 2013, 10:30", "2013-08-28"),
            ("28 серпня 2013", "2013-08-28"),
            ("28. srpna 2013", "2013-08-28"),
            ("28 augusti 2013", "2013-08-28"),
            ("onsdag 28. august 2013", "2013-08-28"),
            ("28. elokuuta 2013", "2013-08-28"),
            ("28 Ağustos 2013 Çarşamba", "2013-08-28"),
            ("Rabu, 28 Agustus 2013", "2013-08-28"),
            ("28 Ogos 2013", "2013-08-28"),
            ("28 august 2013", "2013-08-28"),
            ("2013. augusztus 28.", "2013-08-28"),
            ("28 Αυγούστου 2013", "2013-08-28"),
            ("الأربعاء، 28 آب/اغسطس 2013", "2013-08-28"),
            ("28 أغسطس 2013", "2013-08-28"),
            ("٢٨ أغسطس ٢٠١٣", "2013-08-28"),
            ("28 تشرين الأول 2013", "2013-10-28"),
            // Scripts whose letters take combining vowel signs, in their digits too.
            ("26 अक्टूबर 2018", "2018-10-26"),
            ("२६ अक्टूबर २०१८", "2018-10-26"),
            ("২৬ অক্টোবর ২০১৮", "2018-10-26"),
            ("26 အောက်တိုဘာ 2018", "2018-10-26"),
            ("၂၆ အောက်တိုဘာ ၂၀၁၈", "2018-10-26"),
            ("2013年8月28日", "2013-08-28"),
            ("2013年08月28日(水)", "2013-08-28"),
            ("２０１３年８月２８日", "2013-08-28"),
            ("2013년 8월 28일", "2013-08-28"),
        ];
        for (text, want) in cases {
            assert_eq!(norm(text).as_deref(), Some(want), "{text}");
        }
        // A CJK time with a zone becomes an instant; Korean and Japanese afternoons count.
        assert_eq!(
            norm("2013年8月28日 10:30 GMT+8").as_deref(),
            Some("2013-08-28T10:30:00+08:00")
        );
        assert_eq!(
            norm("2013년 8월 28일 (수) 오후 3:20 GMT+9").as_deref(),
            Some("2013-08-28T15:20:00+09:00")
        );
        assert_eq!(
            norm("2013年8月28日 午後3時20分 GMT+9").as_deref(),
            Some("2013-08-28T15:20:00+09:00")
        );
        // A zone named before the time: BBC Chinese's Greenwich time, Beijing time.
        assert_eq!(
            norm("2012年12月10日, 格林尼治标准时间10:41").as_deref(),
            Some("2012-12-10T10:41:00Z")
        );
        assert_eq!(
            norm("2012年12月10日 北京时间 18:41").as_deref(),
            Some("2012-12-10T18:41:00+08:00")
        );
        assert_eq!(norm("2012年12月10日 北京时间 18:41 起"), None);
        let line = |l| date_line(l, None).map(|(role, v)| (role, v.normalized));
        assert_eq!(
            line("更新时间 2012年12月10日, 格林尼治标准时间10:41"),
            Some((DateRole::Modified, "2012-12-10T10:41:00Z".into()))
        );
        assert_eq!(
            line("发布时间：2013-08-28 10:30"),
            Some((DateRole::Published, "2013-08-28".into()))
        );
        assert_eq!(
            line("更新日：2013年8月29日"),
            Some((DateRole::Modified, "2013-08-29".into()))
        );
        assert_eq!(
            line("입력 2023.11.06 15:20"),
            Some((DateRole::Published, "2023-11-06".into()))
        );
        assert_eq!(
            line("آخر تحديث: الأربعاء، 28 آب/اغسطس 2013"),
            Some((DateRole::Modified, "2013-08-28".into()))
        );
        // CNN Arabic's template: the date, then the last update's time and zone.
        assert_eq!(
            line("الأربعاء، 28 آب/اغسطس 2013، آخر تحديث 14:00 (GMT+0400)"),
            Some((DateRole::Modified, "2013-08-28".into()))
        );
        assert_eq!(
            line("November 28, 2013, updated 0203 GMT (1003 HKT)"),
            Some((DateRole::Modified, "2013-11-28T02:03:00Z".into()))
        );
        assert_eq!(
            line("Опубликовано 28 августа 2013 г."),
            Some((DateRole::Published, "2013-08-28".into()))
        );
        let found = |t| find_date_in(t, None).map(|(_, v)| v.normalized);
        assert_eq!(
            found("新华网 2013年08月28日 10:30 来源：新华社").as_deref(),
            Some("2013-08-28")
        );
        assert_eq!(
            found("CNN 28 آب/اغسطس 2013 دبي").as_deref(),
            Some("2013-08-28")
        );
    }

    #[test]
    fn numeric_forms() {
        assert_eq!(norm("01.08.2022").as_deref(), Some("2022-08-01"));
        assert_eq!(norm("01/08/2022").as_deref(), Some("2022-08-01"));
        assert_eq!(norm("2022/08/01").as_deref(), Some("2022-08-01"));
        let us = |s| parse_date(s, Some("en-US")).map(|v| v.normalized);
        assert_eq!(us("08/01/2022").as_deref(), Some("2022-08-01"));
        // Dots stay day first even in US English.
        assert_eq!(us("01.08.2022").as_deref(), Some("2022-08-01"));
        assert_eq!(norm("13/13/2022"), None);
        assert_eq!(norm("01/08-2022"), None);
        // The other order when the language's order gives no date.
        assert_eq!(norm("01/23/2021").as_deref(), Some("2021-01-23"));
        assert_eq!(us("23/01/2021").as_deref(), Some("2021-01-23"));
        assert_eq!(norm("01.23.2021"), None);
        // A two-digit year alone is no date: `1.4.18` may be a version.
        assert_eq!(norm("1.4.18"), None);
        assert_eq!(norm("5/5/20"), None);
    }

    #[test]
    fn a_slashed_date_with_a_twelve_hour_clock_reads_month_first_in_english() {
        let read = |s, lang| parse_date(s, lang).map(|v| v.normalized);
        assert_eq!(
            read("9/11/2013 10:00AM", None).as_deref(),
            Some("2013-09-11")
        );
        assert_eq!(
            read("3/09/2015 8:00 pm", Some("en")).as_deref(),
            Some("2015-03-09")
        );
        // A region or another language keeps its own order; a 24-hour clock is no sign.
        assert_eq!(
            read("9/11/2013 10:00AM", Some("en-GB")).as_deref(),
            Some("2013-11-09")
        );
        assert_eq!(
            read("9/11/2013 10:00AM", Some("fr")).as_deref(),
            Some("2013-11-09")
        );
        assert_eq!(read("9/11/2013 10:00", None).as_deref(), Some("2013-11-09"));
        assert_eq!(
            read("9.11.2013 10:00AM", None).as_deref(),
            Some("2013-11-09")
        );
        // Seconds, a weekday, a separator, a US zone, or the clock first: month first still.
        let day = |s, lang| read(s, lang).map(|d| d[..10].to_string());
        for us in [
            "9/11/2013 10:00:00 AM",
            "Wed, 9/11/2013 10:00 AM",
            "9/11/2013 - 10:00 AM",
            "9/11/2013 @ 10:00 am",
            "9/11/2013 10:00 AM EDT",
            "10:00 AM, 9/11/2013",
        ] {
            assert_eq!(day(us, None).as_deref(), Some("2013-09-11"), "{us}");
        }
        // A British or European zone keeps the day first.
        for uk in [
            "9/11/2013 10:00 AM BST",
            "9/11/2013 10:00 am GMT",
            "9/11/2013 10:00 AM CET",
        ] {
            assert_eq!(day(uk, None).as_deref(), Some("2013-11-09"), "{uk}");
        }
    }

    #[test]
    fn a_date_with_a_two_digit_year_and_a_clock_is_a_date_line_without_a_label() {
        let line = |s| date_line(s, None).map(|(role, v)| (role, v.normalized, v.raw));
        assert_eq!(
            line("9/11/13 10:00AM"),
            Some((
                DateRole::Published,
                "2013-09-11".into(),
                "9/11/13 10:00AM".into()
            ))
        );
        assert_eq!(
            line("23.01.21 10:30").map(|(_, date, _)| date).as_deref(),
            Some("2021-01-23")
        );
        // Printed twice (a `<time>`'s two forms): one date.
        assert_eq!(
            line("3/09/15 8:00am 3/09/15 8:00am"),
            Some((
                DateRole::Published,
                "2015-03-09".into(),
                "3/09/15 8:00am".into()
            ))
        );
        // Without a clock, a label or a four-digit year, it may be a version.
        assert_eq!(line("1.4.18"), None);
        assert_eq!(line("3/09/15 8:00am 3/09/15 8:12am"), None);
        assert_eq!(line("Version 1.4.18 10:30"), None);
    }

    #[test]
    fn a_labelled_date_may_write_its_year_in_two_digits() {
        let line = |s| date_line(s, None).map(|(role, v)| (role, v.normalized, v.raw));
        let modified =
            |date: &str, raw: &str| Some((DateRole::Modified, date.to_string(), raw.to_string()));
        assert_eq!(
            line("Last updated: 5/5/20"),
            modified("2020-05-05", "5/5/20")
        );
        assert_eq!(
            line("Last updated: 01/23/21"),
            modified("2021-01-23", "01/23/21")
        );
        assert_eq!(line("Stand: 1.4.18"), modified("2018-04-01", "1.4.18"));
        // With its time in a part of its own, or extras after it.
        assert_eq!(
            line("Last updated: 5/5/20 | 10:32"),
            modified("2020-05-05", "5/5/20 | 10:32")
        );
        assert_eq!(
            line("Last updated: 5/5/20 · 4 min read"),
            modified("2020-05-05", "5/5/20")
        );
        assert_eq!(line("1.4.18 · 4 min read"), None);
        assert_eq!(
            line("Son güncelleme: 5/5/20"),
            modified("2020-05-05", "5/5/20")
        );
        assert_eq!(
            line("veröffentlicht am 6.12.99 um 10:30"),
            Some((
                DateRole::Published,
                "1999-12-06".to_string(),
                "6.12.99 um 10:30".to_string()
            ))
        );
        assert_eq!(
            line("am 12.11.16").map(|(_, date, _)| date).as_deref(),
            Some("2016-11-12")
        );
        // Without a label, or with a date that is none, nothing.
        assert_eq!(line("1.4.18"), None);
        assert_eq!(line("Version 1.4.18"), None);
        assert_eq!(line("Updated: 31.2.18"), None);
        assert_eq!(line("Updated: 1.4.2018.5"), None);
    }

    #[test]
    fn compact_meta_timestamps() {
        let compact = |s| parse_compact_date(s).map(|v| v.normalized);
        assert_eq!(compact("20210820030646").as_deref(), Some("2021-08-20"));
        assert_eq!(compact("20210820").as_deref(), Some("2021-08-20"));
        assert_eq!(compact("20211320"), None);
        assert_eq!(compact("20210820250000"), None);
        assert_eq!(compact("2021082"), None);
        assert_eq!(compact("1629428806"), None);
    }

    #[test]
    fn rejects_nonsense() {
        assert_eq!(norm("31 February 2022"), None);
        assert_eq!(norm(""), None);
        assert_eq!(norm("hello world"), None);
        assert_eq!(norm("1 Blah 2022"), None);
        assert_eq!(norm("1 August 2022 was a Monday"), None);
        assert_eq!(norm("99999-01-01"), None);
        assert_eq!(norm("Aug 1, 2022 99:99 EDT"), None);
        assert_eq!(norm("٣٣ August ٢٠٢٢"), None);
        assert_eq!(norm("28 Blah/August 2013"), None);
        assert_eq!(norm("2013年13月28日"), None);
        assert_eq!(norm("2013年8月28日 was hot"), None);
    }

    #[test]
    fn raw_is_trimmed() {
        let v = parse_date("  1 August 2022 \n", None);
        assert_eq!(v.map(|v| v.raw).as_deref(), Some("1 August 2022"));
    }

    #[test]
    fn date_lines() {
        let (role, v) = date_line("Published 1 August 2022", None).expect("date line");
        assert_eq!(role, DateRole::Published);
        assert_eq!(v.normalized, "2022-08-01");
        assert_eq!(v.raw, "1 August 2022");
        let (role, v) = date_line("Updated: 2 Aug 2022, 10:32 BST", None).expect("date line");
        assert_eq!(role, DateRole::Modified);
        assert_eq!(v.normalized, "2022-08-02T10:32:00+01:00");
        let (role, _) = date_line("Last updated 2 August 2022", None).expect("date line");
        assert_eq!(role, DateRole::Modified);
        let (role, _) = date_line("Posted on August 1, 2022", None).expect("date line");
        assert_eq!(role, DateRole::Published);
        let (role, _) = date_line("Modified 01.08.2022", None).expect("date line");
        assert_eq!(role, DateRole::Modified);
        // The date, then its label and time (cnn.com until 2014).
        let (role, v) =
            date_line("November 28, 2013 -- Updated 0203 GMT (1003 HKT)", None).expect("date line");
        assert_eq!(role, DateRole::Modified);
        assert_eq!(v.normalized, "2013-11-28T02:03:00Z");
        assert_eq!(v.raw, "November 28, 2013 -- Updated 0203 GMT (1003 HKT)");
        let (role, v) =
            date_line("1 August 2022 - Posted at 10:32 am EDT", None).expect("date line");
        assert_eq!(role, DateRole::Published);
        assert_eq!(v.normalized, "2022-08-01T10:32:00-04:00");
        assert_eq!(date_line("1 August 2022 -- Updated 9999 GMT", None), None);
        // Labels in other languages, and which of them say the page changed.
        for (line, expected) in [
            ("Letzte Aktualisierung: 18.01.2018", DateRole::Modified),
            ("Aktualisiert am 18.01.2018", DateRole::Modified),
            ("Zuletzt geändert: 18.01.2018", DateRole::Modified),
            ("Dernière mise à jour : 18/01/2018", DateRole::Modified),
            ("Última actualización: 18/01/2018", DateRole::Modified),
            ("Erstellt am 18.01.2018", DateRole::Published),
            ("Erschienen: 18.01.2018", DateRole::Published),
            ("Veröffentlicht am 18.01.2018", DateRole::Published),
            // Drupal's default (prachatai.com), and the labels of more languages.
            ("Submitted on Thu, 2018-01-18 13:49", DateRole::Published),
            ("Gepubliceerd op 18-01-2018", DateRole::Published),
            ("Bijgewerkt op 18-01-2018", DateRole::Modified),
            ("Publicado em 18/01/2018", DateRole::Published),
            ("Opublikowano: 18.01.2018", DateRole::Published),
            ("Aktualizacja: 18.01.2018", DateRole::Modified),
            ("Publicerad 2018-01-18", DateRole::Published),
            ("Oppdatert 18.01.2018", DateRole::Modified),
            ("Publikováno 18.01.2018", DateRole::Published),
            ("Опубликовано 18.01.2018", DateRole::Published),
            ("Обновлено: 18.01.2018", DateRole::Modified),
        ] {
            let (role, v) = date_line(line, None).expect(line);
            assert_eq!(
                (role, v.normalized.as_str()),
                (expected, "2018-01-18"),
                "{line}"
            );
        }
        let (role, v) = date_line(
            "This page was last edited on 26 September 2019, at 11:35 (UTC).",
            None,
        )
        .expect("a wiki's footer");
        assert_eq!(role, DateRole::Modified);
        assert_eq!(v.normalized, "2019-09-26T11:35:00Z");
        let (role, v) = date_line("Le 28 juin 2019", None).expect("date line");
        assert_eq!(
            (role, v.normalized.as_str()),
            (DateRole::Published, "2019-06-28")
        );
        let (_, v) = date_line("On 3 March 2023", None).expect("date line");
        assert_eq!(v.normalized, "2023-03-03");
        // The month first (cleveland.com).
        let (role, v) = date_line("on December 27, 2014", None).expect("date line");
        assert_eq!(
            (role, v.normalized.as_str()),
            (DateRole::Published, "2014-12-27")
        );
        let (role, v) = date_line(
            "on December 27, 2014 at 12:06 PM, updated December 27, 2014 at 12:10 PM",
            None,
        )
        .expect("date line with its update");
        assert_eq!(
            (role, &v.normalized[..10]),
            (DateRole::Published, "2014-12-27")
        );
        assert!(date_line("On Monday the council met", None).is_none());
        assert!(date_line("Le Monde 28 juin 2019", None).is_none());
        let (_, v) = date_line("20.06.2019 07:30 Uhr", None).expect("German clock time");
        assert_eq!(v.normalized, "2019-06-20");
        let (_, v) = date_line("1 August 2022 | 10:32 GMT", None).expect("date line");
        assert_eq!(v.normalized, "2022-08-01T10:32:00Z");
        let (_, v) = date_line("April 5, 2018 | 6:00 PM", None).expect("date line");
        assert_eq!(v.normalized, "2018-04-05");
        let (_, v) = date_line("2 Aug 2022 · 4 min read", None).expect("date line");
        assert_eq!(v.normalized, "2022-08-02");
        assert!(date_line("Monday, 1 August 2022", None).is_some());
        let (role, v) =
            date_line("Published 27 July 2017 Updated 28 Jul 2017", None).expect("two dates");
        assert_eq!(
            (role, v.normalized.as_str()),
            (DateRole::Published, "2017-07-27")
        );
        let (_, v) = date_line(
            "Thu 3 Jan 2019 02.00 EST Last modified on Wed 16 Jan 2019 06.16 EST",
            None,
        )
        .expect("two dates");
        assert_eq!(v.normalized, "2019-01-03T02:00:00-05:00");
        assert_eq!(
            date_line("3 Jan 2019 the minister updated the plan", None),
            None
        );
    }

    #[test]
    fn not_date_lines() {
        assert_eq!(
            date_line(
                "On 1 August 2022, Kosovo delayed the ban on Serb documents.",
                None
            ),
            None
        );
        assert_eq!(date_line("Published by Reuters", None), None);
        assert_eq!(
            date_line(
                "1 August 2022 | The day Kosovo postponed the ban on Serb documents and plates",
                None
            ),
            None
        );
        let long = format!("Published 1 August 2022 {}", "x ".repeat(40));
        assert_eq!(date_line(&long, None), None);
        assert_eq!(date_line("", None), None);
        assert_eq!(
            date_line("Security forces at the Kosovo border, July 31, 2022.", None),
            None
        );
    }
}
