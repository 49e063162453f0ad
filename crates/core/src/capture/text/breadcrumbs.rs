//! Breadcrumb trails (`News > World`): the section path.

use super::*;

pub(super) static CRUMB_SPLIT: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\s*[>›»→]\s*|\s+/\s+").expect("valid regex"));

/// A trail's first step to the site's home page (`Home`, `Startseite`, `首页`).
pub(super) fn is_home_crumb(segment: &str) -> bool {
    matches!(
        segment.to_lowercase().as_str(),
        "home"
            | "homepage"
            | "startseite"
            | "accueil"
            | "inicio"
            | "início"
            | "首页"
            | "主页"
            | "首頁"
            | "ホーム"
            | "トップ"
            | "홈"
    )
}

/// The label a trail is printed under (`You are here:`, `Sie sind hier:`, `Vous êtes ici :`).
static TRAIL_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)^(?:you\s+are\s+here|du\s+bist\s+hier|sie\s+sind\s+hier|vous\s+êtes\s+ici|usted\s+está\s+aquí|está\s+aquí|sei\s+qui|u\s+bent\s+hier)\s*:\s*",
    )
    .expect("valid regex")
});

pub(super) fn breadcrumb(text: &str) -> Option<Vec<String>> {
    let text = TRAIL_LABEL
        .find(text)
        .map_or(text, |label| &text[label.end()..]);
    // A trail never points back: `ひらがな ←→ 日本語・英語 ←→ English` switches the text.
    if text.chars().count() > 120
        || text.contains("://")
        || text.contains(['←', '⇐', '⇔', '↔'])
        || ends_sentence(text)
    {
        return None;
    }
    let segments: Vec<String> = CRUMB_SPLIT
        .split(text)
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_string)
        .collect();
    if segments.len() < 2 || !CRUMB_SPLIT.is_match(text) {
        return None;
    }
    // `Anmelden / Registrieren`, `Log in / Sign up`: page controls side by side.
    if segments.iter().all(|s| {
        let lower = s.to_lowercase();
        FURNITURE.is_match(&lower) || ACCOUNT_CONTROL.is_match(&lower)
    }) {
        return None;
    }
    // A reading with its unit is a widget's (`Partly Sunny 17.3℃ 16° / 28°`), not a section.
    let section_like = |s: &String| {
        word_count(s) <= 5
            && s.chars().count() <= 40
            && !s.contains(['°', '℃', '℉', '%'])
            // A capital, a digit, or a letter of a script without case (`教育新闻`).
            && s.chars().next().is_some_and(|c| {
                c.is_uppercase() || c.is_numeric() || (c.is_alphabetic() && !c.is_lowercase())
            })
    };
    if segments.iter().all(section_like) {
        return Some(segments);
    }
    // `Site > News > 2015 > The Page's Own Long Headline`: a trail of 2+ sections ending in
    // the page's title, which is not a section and is left out.
    let (last, trail) = segments.split_last()?;
    let headline = word_count(last) <= 15
        && last.chars().count() <= 150
        && last.chars().next().is_some_and(char::is_alphanumeric);
    (trail.len() >= 2 && headline && trail.iter().all(section_like)).then(|| trail.to_vec())
}
