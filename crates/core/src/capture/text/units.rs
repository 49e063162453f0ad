//! Pass 1 of the text reader: the text cut into units (lines, a wrapped paragraph joined
//! into one), their list markers, doubled lines and TeX sources; and how words are counted
//! (CJK characters two to a word).

use super::*;

pub(super) const BULLETS: &[char] = &[
    '•', '◦', '▪', '▫', '■', '□', '●', '○', '‣', '∙', '·', '*', '-', '–', '►', '▸', '☆', '+',
];

pub(super) static NUMBERED: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\d{1,3}[.)]\s+").expect("valid regex"));

/// A heading's own link printed after it: a permalink pilcrow (`Evolve: Shared Mutable
/// History¶`, Sphinx and most documentation sites) or a wiki's `[edit]`.
pub(super) static HEADING_LINK: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\s*(?:¶|\[edit(?: source)?\])$").expect("valid regex"));

pub(super) fn split_units(text: &str) -> Vec<Unit> {
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
pub(super) fn wrap_width(text: &str) -> usize {
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
pub(super) fn strip_tex(s: &str) -> std::borrow::Cow<'_, str> {
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
pub(super) static IMAGE_PREFIX: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(?:\[[^\]\[]{1,40}\]\s+)+(\S)").expect("valid regex"));

/// A line without its list marker: whether it had one, the marker when it was a number
/// (`3.`), and the rest.
pub(super) fn strip_bullet(s: &str) -> (bool, Option<&str>, &str) {
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
pub(super) fn undouble(s: &str) -> String {
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
pub(in crate::capture) fn collapse(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A line cut inside a sentence: it ends with a lower-case word or a comma-like mark.
pub(super) fn ends_mid_sentence(s: &str) -> bool {
    s.chars()
        .last()
        .is_some_and(|c| c.is_lowercase() || matches!(c, ',' | ';' | '-' | '–' | '('))
}

pub(super) fn starts_lower(s: &str) -> bool {
    s.chars().next().is_some_and(char::is_lowercase)
}

pub(super) fn ends_sentence(s: &str) -> bool {
    let s = s.trim_end_matches(['"', '”', '’', '\'', ')', '»', ']']);
    s.ends_with(['.', '!', '?', '…', '。', '！', '？'])
}

/// Words. CJK characters (written without spaces) are counted too, two to a word (a Chinese
/// word is one to two characters long); space-separated runs count only for their other letters.
pub(in crate::capture) fn word_count(s: &str) -> usize {
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
pub(super) const UNSPACED_CHARS_PER_WORD: usize = 4;

/// A letter or mark of Thai, Lao, Myanmar or Khmer.
pub(super) fn in_unspaced_script(c: char) -> bool {
    matches!(c as u32, 0x0E00..=0x0EFF | 0x1000..=0x109F | 0x1780..=0x17FF)
}

/// Mostly CJK text: more CJK characters than other letters.
pub(super) fn cjk_heavy(s: &str) -> bool {
    let cjk = s.chars().filter(|&c| is_cjk(c)).count();
    let other = s
        .chars()
        .filter(|&c| c.is_alphabetic() && !is_cjk(c))
        .count();
    cjk > other
}

pub(in crate::capture) fn is_cjk(c: char) -> bool {
    is_kana(c) || matches!(c as u32, 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF)
}

/// Hiragana or katakana: written only in Japanese.
pub(super) fn is_kana(c: char) -> bool {
    matches!(c as u32, 0x3040..=0x30FF)
}

// ---------------------------------------------------------------------------------------------
// Line classifier
