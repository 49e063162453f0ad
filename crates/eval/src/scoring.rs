//! The measures: white-space normalisation, `\w+` tokens, 4-gram shingle precision and
//! recall (the scrapinghub article-extraction benchmark's method), the "title found" test
//! for pasted text, and caption containment.

use std::collections::HashMap;
use std::sync::OnceLock;

use regex::Regex;

/// Trims and collapses every run of white space to one space.
pub fn normalize_ws(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// `\w+` tokens, lower-cased.
pub fn tokens(s: &str) -> Vec<String> {
    static WORD: OnceLock<Regex> = OnceLock::new();
    let word = WORD.get_or_init(|| Regex::new(r"\w+").expect("valid regex"));
    word.find_iter(s)
        .map(|m| m.as_str().to_lowercase())
        .collect()
}

/// The multiset of 4-token shingles of a text.
pub fn shingles(text: &str) -> HashMap<Vec<String>, usize> {
    let toks = tokens(text);
    let mut out = HashMap::new();
    for window in toks.windows(4) {
        *out.entry(window.to_vec()).or_insert(0) += 1;
    }
    out
}

/// Precision and recall of `ours` against `expected`, counted over shingle multisets.
/// Both empty: (1, 1). Ours empty and expected not: precision 0 (a page we missed is not
/// a precise page). Expected empty and ours not: recall 1, precision 0.
pub fn shingle_pr(ours: &str, expected: &str) -> (f64, f64) {
    let a = shingles(ours);
    let b = shingles(expected);
    let total_a: usize = a.values().sum();
    let total_b: usize = b.values().sum();
    if total_a == 0 && total_b == 0 {
        return (1.0, 1.0);
    }
    let common: usize = a
        .iter()
        .map(|(k, n)| (*n).min(*b.get(k).unwrap_or(&0)))
        .sum();
    let precision = if total_a == 0 {
        0.0
    } else {
        common as f64 / total_a as f64
    };
    let recall = if total_b == 0 {
        1.0
    } else {
        common as f64 / total_b as f64
    };
    (precision, recall)
}

/// Harmonic mean of two averages.
pub fn f1(precision: f64, recall: f64) -> f64 {
    if precision + recall == 0.0 {
        0.0
    } else {
        2.0 * precision * recall / (precision + recall)
    }
}

/// Normalised form of a title for the "title found" test: white space collapsed, lower case.
pub fn normalize_title(s: &str) -> String {
    normalize_ws(s).to_lowercase()
}

/// "Title found": the normalised titles are equal, or one contains the other and the
/// shorter covers at least 60% of the longer's characters.
pub fn title_found(ours: &str, expected: &str) -> bool {
    let a = normalize_title(ours);
    let b = normalize_title(expected);
    if a.is_empty() || b.is_empty() {
        return a == b;
    }
    if a == b {
        return true;
    }
    let (short, long) = if a.chars().count() <= b.chars().count() {
        (&a, &b)
    } else {
        (&b, &a)
    };
    long.contains(short.as_str())
        && short.chars().count() as f64 >= 0.6 * long.chars().count() as f64
}

/// Whether `expected` is `ours`, or `ours` followed by ` | anything` (or `-`, `–`, `—`, `·`),
/// or by a Chinese site's `_channel_site` (`_科技_腾讯网`, ` _探索者 _光明网`).
pub fn title_without_suffix(ours: &str, expected: &str) -> bool {
    let (ours, expected) = (normalize_ws(ours), normalize_ws(expected));
    if ours.is_empty() {
        return expected.is_empty();
    }
    expected == ours
        || expected.strip_prefix(ours.as_str()).is_some_and(|rest| {
            ["|", "-", "–", "—", "·"]
                .iter()
                .any(|sep| rest.starts_with(&format!(" {sep} ")))
                || rest.trim_start().starts_with('_')
        })
}

/// Whether an expected caption is in a photo's caption (white space normalised).
pub fn caption_contains(photo_caption: &str, expected: &str) -> bool {
    let expected = normalize_ws(expected);
    !expected.is_empty() && normalize_ws(photo_caption).contains(&expected)
}

/// Words that label a credit ("Photo:", "Credit:", German "Foto:" and "Bild:", French
/// "Crédits :") and that a credit split may drop.
const CREDIT_LABELS: &[&str] = &[
    "photo",
    "photos",
    "photograph",
    "credit",
    "credits",
    "image",
    "picture",
    "by",
    "foto",
    "fotos",
    "bild",
    "crédit",
    "crédits",
];

/// Looser caption test: the expected caption's words, credit labels aside, appear in order
/// and contiguously in the photo's caption followed by its credit (so a caption whose credit
/// we split off into its own field still counts).
pub fn caption_with_credit_contains(caption: &str, credit: &str, expected: &str) -> bool {
    let want: Vec<String> = tokens(expected)
        .into_iter()
        .filter(|t| !CREDIT_LABELS.contains(&t.as_str()))
        .collect();
    if want.is_empty() {
        return false;
    }
    let have: Vec<String> = tokens(&format!("{caption} {credit}"))
        .into_iter()
        .filter(|t| !CREDIT_LABELS.contains(&t.as_str()))
        .collect();
    have.windows(want.len()).any(|w| w == want.as_slice())
}

/// Mean of a list (0 for an empty list).
pub fn mean(values: &[f64]) -> f64 {
    if values.is_empty() {
        0.0
    } else {
        values.iter().sum::<f64>() / values.len() as f64
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalizes_white_space() {
        assert_eq!(normalize_ws("  a \n\t b  c "), "a b c");
        assert_eq!(normalize_ws(""), "");
    }

    #[test]
    fn tokens_are_lowercased_words() {
        assert_eq!(
            tokens("Don't STOP, réel-time!"),
            ["don", "t", "stop", "réel", "time"]
        );
    }

    #[test]
    fn identical_texts_score_one() {
        let t = "one two three four five six";
        assert_eq!(shingle_pr(t, t), (1.0, 1.0));
        // Markup and case do not matter, only words.
        assert_eq!(
            shingle_pr("One, two; THREE four", "one two three four"),
            (1.0, 1.0)
        );
    }

    #[test]
    fn extra_and_missing_text() {
        // ours: 1 2 3 4 5 → shingles 1234, 2345; expected: 1 2 3 4 → 1234.
        let (p, r) = shingle_pr("a b c d e", "a b c d");
        assert!((p - 0.5).abs() < 1e-9 && (r - 1.0).abs() < 1e-9);
        let (p, r) = shingle_pr("a b c d", "a b c d e");
        assert!((p - 1.0).abs() < 1e-9 && (r - 0.5).abs() < 1e-9);
    }

    #[test]
    fn shingles_are_a_multiset() {
        // Repeating the text twice doubles our shingles, so precision falls.
        let (p, r) = shingle_pr("a b c d a b c d", "a b c d");
        assert!(p < 0.5 && (r - 1.0).abs() < 1e-9, "{p} {r}");
    }

    #[test]
    fn empty_cases() {
        assert_eq!(shingle_pr("", ""), (1.0, 1.0));
        assert_eq!(shingle_pr("", "a b c d"), (0.0, 0.0));
        assert_eq!(shingle_pr("a b c d", ""), (0.0, 1.0));
        assert_eq!(f1(0.0, 0.0), 0.0);
        assert!((f1(1.0, 0.5) - 2.0 / 3.0).abs() < 1e-9);
    }

    #[test]
    fn a_title_without_the_expected_suffix_still_counts_as_loose() {
        assert!(title_without_suffix(
            "How to Build a Terrarium",
            "How to Build a Terrarium | eHow"
        ));
        assert!(title_without_suffix("Mozilla", "Mozilla - Wikipedia"));
        assert!(title_without_suffix("Storm", "Storm"));
        assert!(!title_without_suffix("Storm", "Stormy weather | eHow"));
        assert!(title_without_suffix(
            "人工智能迈上新台阶",
            "人工智能迈上新台阶_科技_腾讯网"
        ));
        assert!(title_without_suffix(
            "后果很严重",
            "后果很严重 _探索者 _光明网"
        ));
        assert!(!title_without_suffix("新竹尖石", "新竹尖石美樹_藍天"));
        assert!(!title_without_suffix("", "Storm"));
    }

    #[test]
    fn title_found_rules() {
        assert!(title_found("Storm hits  the coast", "storm hits the coast"));
        assert!(title_found(
            "Storm hits the coast | Daily",
            "Storm hits the coast"
        ));
        assert!(!title_found("Storm | The Daily Example Newspaper", "Storm"));
        assert!(!title_found("Other", "Storm hits the coast"));
        assert!(!title_found("", "Storm"));
    }

    #[test]
    fn captions() {
        assert!(caption_contains(
            "Waves  break on\nthe pier.",
            "Waves break on the pier."
        ));
        assert!(!caption_contains("Waves.", ""));
        assert!(caption_with_credit_contains(
            "Waves break on the pier.",
            "Ann Poe/AP",
            "Waves break on the pier. Photo: Ann Poe/AP"
        ));
        assert!(!caption_contains(
            "Waves break on the pier.",
            "Waves break on the pier. Photo: Ann Poe/AP"
        ));
        assert!(caption_with_credit_contains(
            "1Password scannt auch QR-Codes.",
            "Hersteller",
            "1Password scannt auch QR-Codes. (Bild: Hersteller)"
        ));
        assert!(caption_with_credit_contains(
            "",
            "LA NACION",
            "Foto: LA NACION"
        ));
        assert!(!caption_with_credit_contains(
            "",
            "LA NACION",
            "Foto: EL PAIS"
        ));
    }
}
