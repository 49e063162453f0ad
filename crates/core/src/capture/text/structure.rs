//! Blocks of lines that belong together: prose word counts, preformatted code, the
//! article's own table of contents, content lists and lists of short facts.

use super::*;

/// A teaser card's category label: `In "News"`, `Filed under Politics`, `Posted in News`.
pub(super) static CATEGORY_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#"^(?:[Ii]n\s+["“][^"”]{1,30}["”]|(?:[Ff]iled under|[Pp]osted in)\s+\S.{0,30})$"#)
        .expect("valid regex")
});

/// The words of prose among `units`.
pub(super) fn prose_words(units: &[Unit]) -> usize {
    units.iter().map(prose_words_of).sum()
}

/// A unit's words if it is prose, else 0.
pub(super) fn prose_words_of(unit: &Unit) -> usize {
    if unit.kind == Kind::Prose {
        word_count(&unit.text)
    } else {
        0
    }
}

/// Blocks: runs of units not separated by a blank line, as half-open ranges.
pub(super) fn blocks(units: &[Unit]) -> Vec<(usize, usize)> {
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

pub(super) static TABLE_RULE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^[─━┼┬┴├┤┌┐└┘═╪+|=\-]{3,}$").expect("valid regex"));

/// A block of 2+ lines holding code (a third of its lines) or a text table's rule line
/// (`────┼────`) is preformatted: its short lines and its number/rule lines are code too.
pub(super) fn absorb_code_blocks(units: &mut [Unit]) {
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
pub(super) fn title_case(text: &str) -> bool {
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
pub(super) fn headline_case(text: &str) -> bool {
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
pub(super) static SECTION_NUMBER: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\d{1,2}(?:\.\d{1,2})*\.?\s+").expect("valid regex"));

/// A table of contents' item: a list item, or a line opening with a section number (a wiki's
/// contents copied without their bullets).
pub(super) fn is_contents_item(unit: &Unit) -> bool {
    unit.bulleted || SECTION_NUMBER.is_match(&unit.text)
}

/// How many lines after a sub-heading its section's prose may start (past a wiki's `Main
/// article: …` note or a picture's caption).
pub(super) const HEADING_TO_PROSE: usize = 3;

/// Most words of an item of a table of contents copied without its bullets: a section's
/// name, not a line of an infobox printed again further down.
pub(super) const PLAIN_CONTENTS_ITEM_WORDS: usize = 12;

/// A table of contents: a list of 3+ items, at least half of them (and 3+) printed again
/// further down as sub-headings (plain short lines with prose at most [`HEADING_TO_PROSE`]
/// lines after them), their section numbers aside.
pub(super) fn mark_tables_of_contents(units: &mut [Unit]) {
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
pub(super) fn mark_content_lists(units: &mut [Unit]) {
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
pub(super) fn mark_line_lists(units: &mut [Unit]) {
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
pub(super) fn line_list_at(units: &[Unit], h: usize) -> (usize, usize) {
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
pub(super) static LABELLED_FACT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\p{L}[\p{L}\p{N}/.\-]*(?:\s+[\p{L}\p{N}/.\-]+){0,2}:\s+\S").expect("valid regex")
});

/// Most words of a line read as a labelled fact.
pub(super) const MAX_FACT_WORDS: usize = 10;

/// Most words of a sentence leading into a list (see [`line_list_at`]).
pub(super) const MAX_LEAD_IN_WORDS: usize = 40;

/// Most words of a bulleted item under a sentence leading into its list (see
/// [`line_list_at`]); longer items are judged as lists are elsewhere ([`mark_content_lists`]).
pub(super) const MAX_LEAD_IN_ITEM_WORDS: usize = 6;

/// Fewest lines under its heading that make a list set as lines.
pub(super) const MIN_LINE_LIST_ITEMS: usize = 2;

/// Most words of a list's heading (`So sieht der vorläufige Timetable aus:`).
pub(super) const MAX_LINE_LIST_HEADING_WORDS: usize = 8;

/// How near the article's text a list set as lines stands, in units.
pub(super) const LINE_LIST_REACH: usize = 3;
