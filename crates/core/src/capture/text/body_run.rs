//! Pass 3, first half: scoring units and finding the run of them that is the article's
//! body, where comments and the page's footer start, and the article's header above it.

use super::*;

// Body finder and header

pub(super) fn score(unit: &Unit) -> f64 {
    match unit.kind {
        Kind::Prose => {
            let w = word_count(&unit.text) as f64;
            if unit.bulleted {
                w * 0.5
            } else {
                w
            }
        }
        Kind::Short => -3.0,
        Kind::Nav => -4.0,
        // A picture inside the article (`[photo]`, `map.png`) or a video player does not
        // interrupt it.
        Kind::Furniture if is_media_placeholder(&unit.text) => 0.0,
        Kind::Share | Kind::Furniture => -1.0,
        Kind::Breadcrumb(_) => -5.0,
        Kind::Comments => -60.0,
        Kind::Code => 0.5,
        Kind::ListItem => 0.5 * word_count(&unit.text) as f64,
        Kind::RelatedMarker => -4.0,
        // A post's foot (`Nicolas Perriault — 2013-09-29— in Code — Permalink`) ends it.
        Kind::Date(..) | Kind::Byline { .. } => -1.0,
        _ => 0.0,
    }
}

/// The maximum-sum run of units, as a half-open range. Penalties grow along a stretch of
/// non-prose units, so a long gap (a menu, a teaser list) splits runs while a lone
/// sub-heading or caption does not.
pub(super) fn best_run(units: &[Unit]) -> Option<(usize, usize)> {
    // What follows a comment section's heading is the readers' words: when a run before it
    // scores at least half as well as the best run of the whole clipping, the article is
    // that run. (A comment counter under the headline has the article after it, and teasers
    // before it that score far less.) A comment form, or a notice that comments are closed,
    // is never over an article: a run before it scoring a quarter as well is the article (a
    // short post, a recipe).
    let (best, start, end) = scored_run(units)?;
    comments_after_article(units)
        .and_then(|(heading, form)| {
            let share = if form {
                COMMENT_FORM_RUN_SHARE
            } else {
                COMMENTS_RUN_SHARE
            };
            scored_run(&units[..heading]).filter(|(before, _, _)| *before >= share * best)
        })
        .and_then(|(_, s, e)| trim_run(units, s, e))
        .or_else(|| trim_run(units, start, end))
}

/// How well the run before a comment section must score, against the best run of the
/// clipping, to be taken for the article (see [`best_run`]).
pub(super) const COMMENTS_RUN_SHARE: f64 = 0.5;

/// As [`COMMENTS_RUN_SHARE`], before a comment form (see [`heads_comment_form`]).
pub(super) const COMMENT_FORM_RUN_SHARE: f64 = 0.25;

/// Prose words that must stand before a comment section's heading for what follows it to
/// be taken for comments (a comment counter under a headline comes before the article).
pub(super) const MIN_PROSE_BEFORE_COMMENTS: usize = 150;

/// As [`MIN_PROSE_BEFORE_COMMENTS`], before a comment form, which only follows an article:
/// a short post's words.
pub(super) const MIN_PROSE_BEFORE_COMMENT_FORM: usize = 25;

/// Words of a paragraph that, right after a comments heading, shows the heading to be a
/// counter over the article rather than the start of the comments.
pub(super) const ARTICLE_PARAGRAPH_WORDS: usize = 25;

/// A field of a comment form or its notice, as the text browser prints them (`[ ]`, `Name *`,
/// `E-Mail (erforderlich)`, `Antwort abbrechen`, `Your email address will not be
/// published.`). A bare `E-Mail` or `Website` is as often a share bar's button: a field
/// carries its star or its `(required)`.
pub(super) static COMMENT_FORM_FIELD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)^\[\s*\]$|\b(?:antwort\s+abbrechen|cancel\s+reply|annuler\s+la\s+réponse|cancelar\s+respuesta)\b|your\s+email\s+address\s+will\s+not\s+be\s+published|e-?mail-adresse\s+wird\s+nicht\s+veröffentlicht|votre\s+adresse\s+(?:e-?mail|de\s+messagerie)\s+ne\s+sera\s+pas\s+publiée|^(?:name|e-?mail|website|webseite|nom|nombre)\s*(?:\*|\((?:required|erforderlich|pflicht|obligatoire|obligatorio)\b)",
    )
    .expect("valid regex")
});

/// A notice that a post's comments are closed (`Kommentare geschlossen`, `Comments are
/// closed`), or a comments feed's link: found at a post's foot.
pub(super) static COMMENTS_CLOSED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)\bkommentare\s+(?:sind\s+)?geschlossen\b|\bcomments\s+are\s+closed\b|\bcommentaires\s+(?:sont\s+)?fermés\b|^kommentarfeed\b",
    )
    .expect("valid regex")
});

/// A comments heading that only counts them (`12 Kommentare`, `3 Comments`): it may stand
/// under a headline, over the article, whatever follows it.
pub(super) static COMMENT_COUNTER: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\d+\s+\S+$").expect("valid regex"));

/// Units after a comments heading in which a form's field shows it heads a comment form.
pub(super) const FORM_FIELD_REACH: usize = 5;

/// Whether the comments heading at `i` heads a comment form (the heading itself, or one of
/// the [`FORM_FIELD_REACH`] units after it that are not share buttons, is a field of one) or
/// says the comments are closed: either stands under an article, never over it as a
/// comment counter may.
pub(super) fn heads_comment_form(units: &[Unit], i: usize) -> bool {
    let heading = &units[i].text;
    if COMMENT_COUNTER.is_match(heading) {
        return false;
    }
    COMMENTS_CLOSED.is_match(heading)
        || COMMENT_FORM_FIELD.is_match(heading)
        || units[i + 1..]
            .iter()
            .filter(|u| u.kind != Kind::Share)
            .take(FORM_FIELD_REACH)
            .any(|u| COMMENT_FORM_FIELD.is_match(&u.text))
}

/// The first comment section heading (`10 Kommentare`, `36 Comments`) with at least
/// [`MIN_PROSE_BEFORE_COMMENTS`] words of prose before it (a comment form's,
/// [`MIN_PROSE_BEFORE_COMMENT_FORM`]) and no article paragraph right after it: comments
/// open with a name, a date, a greeting, not with a long paragraph. With it, whether it
/// heads a comment form.
pub(super) fn comments_after_article(units: &[Unit]) -> Option<(usize, bool)> {
    let mut prose = 0;
    for (i, unit) in units.iter().enumerate() {
        if unit.kind == Kind::Comments {
            let form = heads_comment_form(units, i);
            let needed = if form {
                MIN_PROSE_BEFORE_COMMENT_FORM
            } else {
                MIN_PROSE_BEFORE_COMMENTS
            };
            let article_follows = units[i + 1..]
                .iter()
                .take(3)
                .any(|u| u.kind == Kind::Prose && word_count(&u.text) >= ARTICLE_PARAGRAPH_WORDS);
            if prose >= needed && !article_follows {
                return Some((i, form));
            }
        }
        prose += prose_words_of(unit);
    }
    None
}

/// The highest-scoring run of `units` (a prefix of the clipping's units): its score and
/// its range, before [`trim_run`].
pub(super) fn scored_run(units: &[Unit]) -> Option<(f64, usize, usize)> {
    let mut best: Option<(f64, usize, usize)> = None;
    let mut sum = 0.0;
    let mut start = 0;
    let mut gap = 0.0_f64;
    for (i, unit) in units.iter().enumerate() {
        if sum <= 0.0 {
            sum = 0.0;
            start = i;
        }
        let base = score(unit);
        if base < 0.0 {
            gap += 1.0;
            sum += base * gap.min(3.0);
        } else {
            if base > 0.0 {
                gap = 0.0;
            }
            sum += base;
        }
        if sum > 0.0 && best.is_none_or(|(b, _, _)| sum > b) {
            best = Some((sum, start, i + 1));
        }
    }
    best
}

/// A run trimmed to its first and last content unit (prose, content list item, code), and
/// past an article header inside it, its end before a related-stories heading with only a
/// teaser after it; there must be some prose.
pub(super) fn trim_run(units: &[Unit], s: usize, e: usize) -> Option<(usize, usize)> {
    (s..e).find(|&i| units[i].kind == Kind::Prose)?;
    // A related-stories heading near the run's end, with fewer than [`RELATED_TAIL_WORDS`]
    // prose words after it (a teaser's summary: `Weitere interessante Themen` / a headline
    // / `Fragen und Antworten zur …`): the article ended before it. One inside the article
    // (`RELATED: …` and the text going on) has the article's paragraphs after it.
    let e = (s..e)
        .rev()
        .find(|&m| units[m].kind == Kind::RelatedMarker)
        .filter(|&m| {
            let after = prose_words(&units[m + 1..e]);
            after < RELATED_TAIL_WORDS && prose_words(&units[s..m]) >= 2 * after.max(1)
        })
        .unwrap_or(e);
    (s..e).find(|&i| units[i].kind == Kind::Prose)?;
    let first = (s..e).find(|&i| is_content(&units[i].kind) && !ends_a_menu(units, i))?;
    let last = (s..e).rev().find(|&i| is_content(&units[i].kind))?;
    Some((after_article_header(units, first, last + 1), last + 1))
}

/// Fewest prose words after a related-stories heading at a run's end for them to be the
/// article's rather than a teaser's summary (see [`trim_run`]).
pub(super) const RELATED_TAIL_WORDS: usize = 40;

/// A bulleted line right after a bulleted menu or breadcrumb item is that list's last item,
/// however long (`• Startseite` `• Stars` `• Adele 10 Kilo abgenommen: Sie zeigt sich …`):
/// a body run does not start with it.
pub(super) fn ends_a_menu(units: &[Unit], i: usize) -> bool {
    units[i].bulleted
        && i.checked_sub(1)
            .and_then(|p| units.get(p))
            .is_some_and(|p| p.bulleted && p.kind == Kind::Nav)
}

/// The most words of prose a run may hold before an article header inside it for that
/// prose to be left out (see [`after_article_header`]).
pub(super) const MAX_LEAD_WORDS: usize = 100;

/// Where the article starts in the body run `start..end`. A run may open with prose that is
/// not the article's (a sign-in box, teasers of other stories): when no date or byline
/// stands before the run, an article header inside it (a headline followed at once by its
/// date or byline) marks the article's start, if the prose before that header is short (at
/// most [`MAX_LEAD_WORDS`] words) and the prose after it at least twice as long. The body
/// then starts after the header, and the headline is a title candidate before it.
pub(super) fn after_article_header(units: &[Unit], start: usize, end: usize) -> usize {
    if units[..start]
        .iter()
        .any(|u| is_dateline_or_byline(&u.kind))
    {
        return start;
    }
    let mut lead = 0;
    for i in start + 1..end {
        lead += prose_words_of(&units[i - 1]);
        if lead > MAX_LEAD_WORDS {
            break;
        }
        // An author's name over the byline is part of a header, not its headline.
        let headline = (is_title_candidate(&units[i]) && !is_name(&units[i].text))
            || is_prose_headline(units, i);
        if !headline {
            continue;
        }
        let mut j = i + 1;
        let mut header = false;
        while let Some(u) = units.get(j).filter(|_| j < end) {
            if is_dateline_or_byline(&u.kind) {
                header = true;
            } else if !matches!(u.kind, Kind::Furniture | Kind::Share | Kind::Alt) {
                break;
            }
            j += 1;
        }
        if header && prose_words(&units[j..end]) >= 2 * lead.max(1) {
            if let Some(body) = (j..end).find(|&k| is_content(&units[k].kind)) {
                return body;
            }
        }
    }
    start
}

pub(super) fn is_dateline_or_byline(kind: &Kind) -> bool {
    matches!(kind, Kind::Date(..) | Kind::Byline { .. })
}

/// An item of a multi-page article's table of contents: `Seite 2 —Durchgehende Tickets
/// fehlen`, `Page 3: The verdict`, `Teil 1 - …`.
pub(super) static PAGE_ITEM: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:seite|page|teil|part|página|pagina)\s+\d{1,3}\s*[—–:\-|]")
        .expect("valid regex")
});

/// Short list items with article text on both sides (`Steps:`, a list of short points) are
/// the article's own list, not navigation: a list of 2+ items strictly inside the body run
/// is kept unless it is a menu (most items of 1–2 words) or a teaser list (most in title case);
/// so is a lone numbered item that stands as its own paragraph before prose (a sub-heading).
pub(super) fn lists_inside(units: &[Unit], start: usize, end: usize) -> Vec<usize> {
    let mut out = Vec::new();
    let mut i = start;
    while i < end {
        if units[i].kind != Kind::Nav {
            i += 1;
            continue;
        }
        let first = i;
        while i < end && units[i].kind == Kind::Nav {
            i += 1;
        }
        let items = first..i;
        let n = items.len();
        let tiny = items
            .clone()
            .filter(|&j| word_count(&units[j].text) <= 2)
            .count();
        let titled = items
            .clone()
            .filter(|&j| title_case(&units[j].text))
            .count();
        let inside = first > start && i < end;
        // A multi-page article's table of contents (`Seite 1 — Im ICE …`, `Page 2: …`).
        if items.clone().all(|j| PAGE_ITEM.is_match(&units[j].text)) {
            continue;
        }
        // A lone numbered item standing as its own paragraph and followed by prose is a
        // sub-heading (`3. Check the peep hole`, `19) Ingrid Goes West`), as in a listicle.
        let heading = n == 1
            && units[first].number.is_some()
            && units[first].blank_before
            && units
                .get(i)
                .is_some_and(|u| u.blank_before && u.kind == Kind::Prose)
            && word_count(&units[first].text) <= 15;
        if inside && (heading || (n >= 2 && tiny * 2 < n && titled * 2 < n)) {
            out.extend(items);
        }
    }
    out
}

/// Short lines (not sentences) of 3+ words printed three times or more (an image's alt text on
/// every picture, a repeated promotion): page furniture, never body text.
pub(super) fn repeated_lines(units: &[Unit]) -> std::collections::HashSet<&str> {
    let mut counts: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
    for u in units {
        if u.kind == Kind::Short && word_count(&u.text) >= 3 {
            *counts.entry(u.text.as_str()).or_default() += 1;
        }
    }
    counts
        .into_iter()
        .filter(|&(_, n)| n >= 3)
        .map(|(t, _)| t)
        .collect()
}

pub(super) fn is_content(kind: &Kind) -> bool {
    matches!(kind, Kind::Prose | Kind::ListItem | Kind::Code)
}

pub(super) fn is_header_meta(kind: &Kind) -> bool {
    matches!(
        kind,
        Kind::Date(..)
            | Kind::Byline { .. }
            | Kind::Genre(_)
            | Kind::Caption { .. }
            | Kind::Alt
            | Kind::Share
            | Kind::Furniture
            | Kind::Nav
            | Kind::Url(_)
    )
}

/// A contributor's note: a name, then what they are (`Mark di Stefano is a breaking news
/// reporter for …`, `Erin Cunningham is an Egypt-based correspondent …`).
/// Most words of a note about the author under their name at the article's end.
pub(super) const AUTHOR_NOTE_WORDS: usize = 60;

/// Most words of an author box's biography.
pub(in crate::capture) const AUTHOR_BOX_WORDS: usize = 120;

/// An author box: a name on a line of its own (or as its picture's alt text) and right under
/// it a paragraph that opens with that name and a verb (`Matthias Weber ist ERP-Experte …`,
/// `Jane Doe covers …`); the name, when unit `i` is that paragraph.
pub(super) fn author_box_bio(units: &[Unit], i: usize) -> Option<&str> {
    let name = &units[i.checked_sub(1)?].text;
    let unit = &units[i];
    let rest = unit.text.strip_prefix(name.as_str())?;
    let opens_a_sentence = rest.starts_with(' ')
        && rest
            .trim_start()
            .chars()
            .next()
            .is_some_and(char::is_lowercase);
    (unit.kind == Kind::Prose
        && is_name(name)
        && opens_a_sentence
        && word_count(&unit.text) <= AUTHOR_BOX_WORDS)
        .then_some(name.as_str())
}

/// The heading of an author box: `Über den Autor`, `About the author`, `À propos de
/// l'auteur`, `Sobre el autor`, `L'autore`, or a site's `incurvy Autorin`.
pub(in crate::capture) static ABOUT_THE_AUTHOR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)^\s*(?:über (?:den|die) (?:autor|autorin|verfasser|verfasserin)|about the (?:author|writer)s?|à propos de l'auteur(?:e)?|sobre (?:el|la) autor(?:a)?|sull'autore|l'autore|(?:\S+\s+)?autor(?:in)?)\s*:?\s*$",
    )
    .expect("valid regex")
});

/// Most lines under an author box's heading (the heading included): a name, a picture, a
/// biography in a paragraph or two, repeated headings.
pub(in crate::capture) const AUTHOR_BOX_UNITS: usize = 8;

/// Whether `name` is one of the article's authors.
pub(super) fn is_author(authors: &[String], name: &str) -> bool {
    authors.iter().any(|a| a.eq_ignore_ascii_case(name))
}

pub(super) static AUTHOR_BIO: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^(\p{Lu}[\p{L}'’.\-]*(?:\s+(?:\p{Lu}[\p{L}'’.\-]*|di|de|da|del|der|van|von|la|le|du|al|bin)){1,4})\s+(?:is|was)\s+(?:a|an|the)\b[^.]{0,120}?\b(?:reporter|correspondent|writer|editor|journalist|columnist|contributor|author|producer|photographer|critic|freelancer|blogger)s?\b",
    )
    .expect("valid regex")
});

pub(super) static LEDE_MARKS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)\b(?:said|says|told|according to|announced|monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tonight|this week|last week)\b|^(?-i:[\p{Lu}\s,.]{3,})\s*(?:\([^)]*\))?\s*[—–-]|\((?:reuters|ap|afp)\)|^[\x22“«„']",
    )
    .expect("valid regex")
});

pub(super) static SENTENCE_BREAK: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r#"[.!?]["”’)]?\s+["“]?\p{Lu}"#).expect("valid regex"));

/// The source under a teaser of another site's story (`on Jalopnik`, `on io9`, `on The
/// Verge`): a network's trending list prints each headline over the site it is on.
pub(super) static TEASER_SOURCE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^on\s+([\p{L}\d][\p{L}\d'’&-]*)(?:\s+[\p{L}\d][\p{L}\d'’&-]*){0,2}$")
        .expect("valid")
});

/// Words after `on` that make a date, not a site (`on Monday`, `on March 3`).
pub(super) const DAY_AND_MONTH_NAMES: &[&str] = &[
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// Words after `on` that make a phrase, not a site (`on the way`, `on his own`); a site's
/// name capitalises its article (`on The Verge`).
pub(super) const PHRASE_OPENERS: &[&str] = &[
    "the", "a", "an", "this", "that", "its", "his", "her", "their", "our",
];

/// Whether a line names the site a teaser's story is on (see [`TEASER_SOURCE`]).
pub(super) fn is_teaser_source(text: &str) -> bool {
    TEASER_SOURCE.captures(text).is_some_and(|c| {
        let first = c.get(1).map_or("", |m| m.as_str());
        !DAY_AND_MONTH_NAMES.contains(&first.to_lowercase().as_str())
            && !PHRASE_OPENERS.contains(&first)
    })
}

/// A full stop after a lower-case word, then a new sentence (`… about sharing. Uber's …`);
/// not `U.S. Senate` or `Dr. Smith`.
pub(super) static MID_SENTENCE_BREAK: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r#"\p{Ll}{2}[.!?]["”’)]?\s+["“]?\p{Lu}"#).expect("valid regex"));

pub(super) fn single_sentence(text: &str) -> bool {
    ends_sentence(text) && !SENTENCE_BREAK.is_match(text)
}

pub(super) fn content_words(s: &str) -> Vec<String> {
    s.split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.chars().count() >= 4)
        .map(str::to_lowercase)
        .collect()
}
