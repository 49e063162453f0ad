//! What an extractor hands to the store: the article's fields as read from one original,
//! before anything is saved. Extractors (HTML, plain text) fill this in; `capture::store`
//! sanitizes and persists it.

/// A date as the page gave it and as Cuttings understood it.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct DateValue {
    /// The text the page printed (`Published 1 August 2022` → `1 August 2022`).
    pub raw: String,
    /// RFC 3339 (`2022-08-01T10:32:00-04:00`), or `YYYY-MM-DD` when only the date is known.
    pub normalized: String,
}

impl DateValue {
    /// True when only the calendar date is known.
    pub fn date_only(&self) -> bool {
        self.normalized.len() == 10
    }
}

/// Whether text in `language` (a BCP 47 tag) runs right to left: its script subtag when it
/// has one (`az-Arab`, `ug-Latn`), else the languages written in Arabic, Hebrew, Thaana,
/// Syriac or N'Ko script (CLDR's default scripts). The reader sets `dir` from it, so an
/// Arabic article's lines align right and its punctuation falls on the right side.
pub fn is_right_to_left(language: &str) -> bool {
    const RTL_SCRIPTS: &[&str] = &[
        "arab", "hebr", "thaa", "syrc", "nkoo", "adlm", "rohg", "mand", "samr",
    ];
    const RTL_LANGUAGES: &[&str] = &[
        "ar", "arc", "azb", "bal", "ckb", "dv", "fa", "glk", "he", "iw", "ji", "ks", "lrc", "mzn",
        "nqo", "pnb", "ps", "sd", "skr", "syr", "ug", "ur", "yi",
    ];
    let mut subtags = language.split(['-', '_']);
    let primary = subtags.next().unwrap_or_default().to_ascii_lowercase();
    match subtags
        .next()
        .filter(|s| s.len() == 4 && s.chars().all(|c| c.is_ascii_alphabetic()))
    {
        Some(script) => RTL_SCRIPTS.contains(&script.to_ascii_lowercase().as_str()),
        None => RTL_LANGUAGES.contains(&primary.as_str()),
    }
}

/// A page's language tag in its canonical case (RFC 5646 §2.1.1: `en-us` → `en-US`,
/// `zh_hant_tw` → `zh-Hant-TW`), so that one language is one value of the filter; the
/// first of a list (`en-US, en`). `None` when it is not shaped like a language tag
/// (`{{lang}}`, a subtag longer than 8 letters). Written here rather than through
/// `icu_locale_core` (already in the build via `idna`): it refuses `_` and primary
/// subtags of 5–8 letters, which RFC 5646 allows and pages write.
pub fn canonical_language(raw: &str) -> Option<String> {
    let first = raw.split([',', ';', ' ']).find(|s| !s.is_empty())?;
    let mut out = String::with_capacity(first.len());
    let mut private = false;
    for (i, subtag) in first.split(['-', '_']).enumerate() {
        let valid = !subtag.is_empty()
            && subtag.len() <= 8
            && subtag.chars().all(|c| c.is_ascii_alphanumeric())
            && (i > 0
                || (2..=8).contains(&subtag.len())
                    && subtag.chars().all(|c| c.is_ascii_alphabetic()));
        if !valid {
            return None;
        }
        if i > 0 {
            out.push('-');
        }
        let lower = subtag.to_ascii_lowercase();
        // After a singleton (`x-`, `u-`) everything is lower case.
        let cased = if i == 0 || private {
            lower
        } else if subtag.len() == 4 && subtag.chars().all(|c| c.is_ascii_alphabetic()) {
            let mut script = lower;
            script[..1].make_ascii_uppercase();
            script
        } else if subtag.len() == 2 && subtag.chars().all(|c| c.is_ascii_alphabetic()) {
            subtag.to_ascii_uppercase()
        } else {
            lower
        };
        private |= subtag.len() == 1;
        out.push_str(&cased);
    }
    Some(out)
}

/// A photo found in the article: its image (when there is one) and its caption and credit.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ExtractedPhoto {
    pub caption: Option<String>,
    pub credit: Option<String>,
    pub alt: Option<String>,
    /// Absolute URL or file reference of the image; None for a caption without image.
    pub url: Option<String>,
    /// The image bytes when the extractor already has them (data: URI, local file).
    pub bytes: Option<Vec<u8>>,
    /// Why the bytes are absent, when an attempt to get them failed (download error…).
    pub missing_reason: Option<String>,
}

/// A related-article link.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ExtractedLink {
    pub title: String,
    pub url: Option<String>,
}

/// Everything an extractor found in one original.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Extracted {
    pub title: String,
    pub standfirst: Option<String>,
    pub byline: Option<String>,
    pub authors: Vec<String>,
    pub published: Option<DateValue>,
    pub modified: Option<DateValue>,
    pub site_name: Option<String>,
    /// Outermost first.
    pub section: Vec<String>,
    /// Lower case: `news`, `opinion`, `analysis`, `review`, …
    pub genre: Option<String>,
    pub language: Option<String>,
    pub url: Option<String>,
    /// Body HTML, sanitized or not: the store sanitizes any body `body_sanitized` does not
    /// vouch for. For text clippings, `<p>` per paragraph.
    pub body_html: String,
    /// Set by a reader that sanitized `body_html` itself: the store then keeps it as it is
    /// (unless it was changed afterwards, which the stamp tells).
    pub body_sanitized: Option<crate::sanitize::SanitizedStamp>,
    /// Body plain text, paragraphs separated by exactly one blank line ("\n\n").
    pub body_text: String,
    pub photos: Vec<ExtractedPhoto>,
    pub related: Vec<ExtractedLink>,
    /// Tags the user gave the clipping before it came in (a Markdown clipper's `tags`), as
    /// tag paths (`news/ukraine`). Never the page's own keywords: tags are the user's.
    pub tags: Vec<String>,
    /// What the user should be told about what was kept, in whole sentences (see
    /// [`crate::model::ImportOutcome::Created`]).
    pub warnings: Vec<String>,
}

#[cfg(test)]
mod tests {
    use super::{canonical_language, is_right_to_left};

    #[test]
    fn arabic_hebrew_persian_and_urdu_run_right_to_left() {
        for tag in [
            "ar",
            "ar-EG",
            "he",
            "fa-IR",
            "ur",
            "yi",
            "ps",
            "ckb",
            "az-Arab",
            "ku-arab",
            "pa-Arab-PK",
        ] {
            assert!(is_right_to_left(tag), "{tag}");
        }
        for tag in [
            "en",
            "en-US",
            "de",
            "zh-Hant-TW",
            "ja",
            "ru",
            "ug-Latn",
            "ku",
            "tr",
            "und",
            "",
            "x-ar",
        ] {
            assert!(!is_right_to_left(tag), "{tag}");
        }
    }

    #[test]
    fn language_tags_take_their_canonical_case_and_junk_is_no_language() {
        let cases = [
            ("en-us", Some("en-US")),
            ("EN", Some("en")),
            (" en_GB ", Some("en-GB")),
            ("zh_hant_tw", Some("zh-Hant-TW")),
            ("es-419", Some("es-419")),
            ("en-US, en", Some("en-US")),
            ("de-DE-u-co-PHONEBK", Some("de-DE-u-co-phonebk")),
            ("{{lang}}", None),
            ("", None),
            ("e", None),
            ("english language", Some("english")),
            ("en-toolongsubtag", None),
            ("12", None),
        ];
        for (raw, want) in cases {
            assert_eq!(canonical_language(raw).as_deref(), want, "{raw:?}");
        }
    }
}
