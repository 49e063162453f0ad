//! Pass 3, the headline: candidates above and around the body run, scored by shape
//! (headline case, decks, kickers, a byline or date under it, the page naming it again).

use std::cell::OnceCell;

use super::*;

/// What every title candidate is compared with, gathered once per paste.
pub(super) struct TitleContext<'a> {
    /// Content words of the body's first paragraphs.
    body_words: Vec<String>,
    /// How many times each line's text is printed on the page.
    printed: HashMap<&'a str, usize>,
    /// The page's breadcrumb lines.
    breadcrumbs: Vec<&'a str>,
    /// The one byline line over the body, when there is one (teasers with bylines of their
    /// own make several).
    sole_byline: Option<usize>,
    /// The title the page's pictures name (`Illustration for article titled …`).
    named: Option<String>,
    /// The one candidate with the byline's author printed alone right under it (see
    /// [`candidate_over_authors_name`]).
    over_authors_name: Option<usize>,
    /// How many lines name the site a teaser's story is on (`on Jalopnik`): two or more
    /// make a list of teasers.
    teaser_sources: usize,
    /// Per line, read once when first asked: whether it is a dated header line
    /// ([`is_dated_header_line`]), and whether it is a name or opens like a byline. Every
    /// candidate looks at the lines under it, up to [`TITLE_WINDOW`] of them.
    dated_header: Vec<OnceCell<bool>>,
    names_a_writer: Vec<OnceCell<bool>>,
}

impl<'a> TitleContext<'a> {
    pub(super) fn new(units: &'a [Unit], body_start: usize, body_end: usize) -> TitleContext<'a> {
        let body_words = units[body_start.min(units.len())..body_end.min(units.len())]
            .iter()
            .filter(|u| u.kind == Kind::Prose)
            .take(4)
            .flat_map(|u| content_words(&u.text))
            .collect();
        let mut printed: HashMap<&str, usize> = HashMap::new();
        for u in units {
            *printed.entry(u.text.as_str()).or_default() += 1;
        }
        let breadcrumbs = units
            .iter()
            .filter(|u| matches!(u.kind, Kind::Breadcrumb(_)))
            .map(|u| u.text.as_str())
            .collect();
        let mut bylines = (body_start.saturating_sub(TITLE_WINDOW)..body_start.min(units.len()))
            .filter(|&k| matches!(units[k].kind, Kind::Byline { .. }));
        let sole_byline = bylines.next().filter(|_| bylines.next().is_none());
        TitleContext {
            body_words,
            printed,
            breadcrumbs,
            sole_byline,
            named: title_named_by_pictures(units),
            over_authors_name: candidate_over_authors_name(units, body_start, sole_byline),
            teaser_sources: units.iter().filter(|u| is_teaser_source(&u.text)).count(),
            dated_header: vec![OnceCell::new(); units.len()],
            names_a_writer: vec![OnceCell::new(); units.len()],
        }
    }

    /// [`is_dated_header_line`] of `units[k]`, worked out once.
    fn is_dated_header(&self, units: &[Unit], k: usize) -> bool {
        *self.dated_header[k].get_or_init(|| is_dated_header_line(&units[k]))
    }

    /// Whether `units[k]` is a name on its own or opens like a byline, worked out once.
    fn names_a_writer(&self, units: &[Unit], k: usize) -> bool {
        *self.names_a_writer[k]
            .get_or_init(|| is_name(&units[k].text) || BYLINE_OPENING.is_match(&units[k].text))
    }
}

/// The one title candidate before the body with the page's byline author printed alone
/// right under it (a profile's name and picture over the headline's details, the byline
/// itself elsewhere on the page); none when several lines of three words or more are (a
/// box of one writer's teasers).
pub(super) fn candidate_over_authors_name(
    units: &[Unit],
    body_start: usize,
    sole_byline: Option<usize>,
) -> Option<usize> {
    let Some(Kind::Byline { authors, .. }) = sole_byline.map(|k| &units[k].kind) else {
        return None;
    };
    let mut found = (body_start.saturating_sub(TITLE_WINDOW)..body_start.min(units.len()))
        .filter(|&i| {
            is_title_candidate(&units[i])
                && word_count(&units[i].text) >= 3
                && !is_name(&units[i].text)
        })
        .filter(|&i| {
            units[i + 1..]
                .iter()
                .find(|u| !matches!(u.kind, Kind::Furniture | Kind::Share | Kind::Alt))
                .is_some_and(|u| {
                    u.kind == Kind::Short && is_name(&u.text) && authors.contains(&u.text)
                })
        });
    found.next().filter(|_| found.next().is_none())
}

/// How many lines of the body's run are looked at under a headline that opens it.
pub(super) const HEADER_LINES_IN_RUN: usize = 4;

pub(super) fn title_score(
    units: &[Unit],
    i: usize,
    body_start: usize,
    opens_run: bool,
    context: &TitleContext,
) -> f64 {
    let text = &units[i].text;
    let words = word_count(text);
    let mut s = 0.0;
    // A wiki's title stands right over its tagline, however far an infobox or a navigation
    // box pushes the article's first paragraph down.
    if above_wiki_tagline(units, i) {
        s += WIKI_TITLE_BONUS;
    }
    // Distance: other text between the candidate and the body, or the page's one byline
    // right under it: a headline stands over its byline, and what the page puts between
    // that and the text (a video carousel, an advertisement) does not push it away.
    let header_line = context
        .sole_byline
        .filter(|&k| k > i && k <= i + HEADER_LINE_REACH && words >= 3)
        .filter(|&k| {
            // Nothing between them but furniture and the byline's own names (the authors'
            // pictures: `Jeremy Herb Lauren del Valle Kara Scannell`), which are no headline
            // themselves; a teaser's source (`on Jalopnik`) over a byline makes the teaser
            // no headline.
            let byline = units[k].text.to_lowercase();
            let names_in_byline = |line: &str| {
                line.split_whitespace()
                    .all(|w| byline.contains(&w.to_lowercase()))
            };
            !names_in_byline(text)
                && units[i + 1..k].iter().all(|u| {
                    matches!(u.kind, Kind::Furniture | Kind::Share | Kind::Alt)
                        || names_in_byline(&u.text)
                })
        });
    let mut shorts = 0.0_f64;
    for (k, u) in units
        .iter()
        .enumerate()
        .take(header_line.unwrap_or(body_start))
        .skip(i + 1)
    {
        match u.kind {
            // An author's name on its own line belongs to the header.
            Kind::Short if context.names_a_writer(units, k) => {}
            // So do a dated line the reader did not take as a date line, and a deck.
            Kind::Short
                if context.is_dated_header(units, k) || (k == i + 1 && is_deck(&u.text, text)) => {}
            Kind::Short => shorts += 1.0,
            Kind::Nav | Kind::RelatedItem | Kind::RelatedMarker => s -= 0.2,
            _ => {}
        }
    }
    s -= 1.5 * shorts.min(6.0);
    // Followed closely by a date or byline line, or by a one-sentence summary.
    let next: Vec<usize> = (i + 1..body_start.max(i + 1).min(units.len()))
        .filter(|&k| !matches!(units[k].kind, Kind::Furniture | Kind::Share | Kind::Alt))
        .take(4)
        .collect();
    // A headline that opens the body's run has the run's first lines under it (its deck,
    // the lead photo's caption, then the byline and the date).
    let in_run_under = || {
        (i + 1..(i + 1 + HEADER_LINES_IN_RUN).min(units.len()))
            .filter(|&k| !matches!(units[k].kind, Kind::Furniture | Kind::Share | Kind::Alt))
    };
    let dated = |k: usize| {
        matches!(units[k].kind, Kind::Date(..) | Kind::Byline { .. })
            || context.is_dated_header(units, k)
    };
    // (Not a blog's tagline over a post's date and headline: see [`dated_headline_in_run`].)
    let post_under = || {
        (i + 1..(i + 1 + HEADER_LINES_IN_RUN).min(units.len()))
            .any(|k| dated_headline_in_run(units, k))
    };
    if next.iter().any(|&k| dated(k))
        || context.over_authors_name == Some(i)
        || (opens_run && in_run_under().any(dated) && !post_under())
    {
        s += 6.0;
    }
    // A long line that goes on after a full stop is a summary, not a headline.
    if words > 15 && MID_SENTENCE_BREAK.is_match(text) {
        s -= 4.0;
    }
    // The page's breadcrumb often ends with the headline (`News > 2015 > Headline`).
    if context.breadcrumbs.iter().any(|crumbs| {
        crumbs.len() > text.len()
            && crumbs.ends_with(text.as_str())
            && CRUMB_SPLIT.is_match(&crumbs[..crumbs.len() - text.len()])
    }) {
        s += 3.0;
    }
    // (A line the page prints twice, in its top bar and over the byline, is its headline,
    // not a summary under a kicker.)
    if next.first().map(|&k| &units[k]).is_some_and(|u| {
        ((u.kind == Kind::Prose && single_sentence(&u.text) && word_count(&u.text) <= 45)
            || (u.kind == Kind::Short && is_deck(&u.text, text)))
            && context.printed.get(u.text.as_str()).is_none_or(|&n| n <= 1)
    }) {
        s += 2.0;
    }
    // A teaser under a related-stories heading, before the article starts; or one over
    // the site its story is on (`on Deadspin`), whatever byline stands below.
    if in_related_block(units, i)
        || (context.teaser_sources >= 2
            && next
                .first()
                .is_some_and(|&k| is_teaser_source(&units[k].text)))
    {
        s -= 5.0;
    }
    // Preceded by a breadcrumb or kicker.
    if i > 0
        && units[i.saturating_sub(2)..i].iter().any(|u| {
            matches!(u.kind, Kind::Breadcrumb(_) | Kind::Genre(_)) || u.text.ends_with(['—', '|'])
        })
    {
        s += 3.0;
    }
    // The title the page's pictures name, however far teasers push it from the text.
    if context
        .named
        .as_ref()
        .is_some_and(|named| *named == title_letters(text))
    {
        s += PICTURE_NAMED_BONUS;
    }
    // Printed twice (heading and share bar, heading and page top).
    if context.printed.get(text.as_str()).is_some_and(|&n| n > 1) {
        s += 2.0;
    }
    s += match words {
        1 => -5.0,
        2 => -2.0,
        3 => 0.0,
        4..=25 => 2.0,
        _ => -2.0,
    };
    let capitalised = text
        .split_whitespace()
        .filter(|w| w.chars().next().is_some_and(char::is_uppercase))
        .count();
    if words >= 3 && capitalised * 10 >= words * 6 {
        s += 1.0;
    }
    if text.chars().any(|c| c.is_ascii_digit()) && !text.chars().any(char::is_lowercase) {
        s -= 3.0;
    }
    // Headlines start with a capital (or a digit, a quote); `in Features …` is a label line.
    if text.chars().next().is_some_and(char::is_lowercase) {
        s -= 3.0;
    }
    // Headlines rarely carry a date or a time; date and byline lines do.
    if DATEISH.is_match(text) {
        s -= 6.0;
    }
    // The headline of a blog post often comes right after its date, unless a headline-like
    // line sits right above that date (past the author's name): the date is that line's,
    // and this one opens the article's first section.
    let header_line = (i.saturating_sub(2)..i)
        .rev()
        .find(|&k| matches!(units[k].kind, Kind::Date(..) | Kind::Byline { .. }));
    if let Some(k) = header_line {
        let headline_above = units[k.saturating_sub(5)..k]
            .iter()
            .rev()
            .filter(|u| !matches!(u.kind, Kind::Furniture | Kind::Share | Kind::Alt))
            .find(|u| !is_name(&u.text) && word_count(&u.text) > 2)
            .is_some_and(|u| is_title_candidate(u) && word_count(&u.text) >= 4);
        if !headline_above {
            s += 3.0;
        }
    }
    if after_sponsor_phrase(units, i) {
        s -= 4.0;
    }
    if in_a_copied_menu(units, i) {
        s -= 4.0;
    }
    // The standfirst under its headline, past the photo's caption (a long read's headline,
    // caption, standfirst, byline), is no headline, though the byline stands under it.
    let above = units[i.saturating_sub(DECK_REACH)..i]
        .iter()
        .rev()
        .find(|u| {
            !matches!(
                u.kind,
                Kind::Furniture | Kind::Share | Kind::Alt | Kind::Caption { .. }
            )
        });
    let long = |headline: &str| {
        words >= STANDFIRST_WORDS && text.chars().count() * 10 >= headline.chars().count() * 13
    };
    if above.is_some_and(|u| is_title_candidate(u) && is_deck(text, &u.text) && long(&u.text)) {
        s -= 4.0;
    }
    // A teaser on a list of posts: its headline, perhaps a date and a summary, then a link
    // to the post (`WEITERLESEN`, `Read more`); the article's own headline has none.
    if units
        .iter()
        .take(body_start.min(i + 1 + TEASER_LINK_REACH))
        .skip(i + 1)
        .any(|u| READ_ON.is_match(&u.text))
    {
        s -= 6.0;
    }
    let own = content_words(text);
    if !own.is_empty() {
        let shared = own
            .iter()
            .filter(|w| context.body_words.contains(w))
            .count();
        s += 4.0 * shared as f64 / own.len() as f64;
    }
    s
}

/// How many lines under a teaser's headline its link to the post may stand (past a date,
/// a summary, a picture).
pub(super) const TEASER_LINK_REACH: usize = 4;

/// A link to the rest of a post, printed under its teaser on a list of posts.
pub(super) static READ_ON: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)^(?:read\s+more|continue\s+reading|read\s+the\s+(?:full\s+)?(?:story|article|post)|read\s+the\s+rest|weiterlesen|mehr\s+lesen|lire\s+la\s+suite|lire\s+plus|leer\s+más|seguir\s+leyendo|continuar\s+lendo|leia\s+mais|leggi\s+(?:tutto|di\s+più|l'articolo)|continua\s+a\s+leggere|lees\s+(?:meer|verder)|läs\s+mer|læs\s+mere|les\s+mer|lue\s+lisää|czytaj\s+(?:dalej|więcej)|číst\s+dál|читать\s+(?:далее|дальше)|devamını\s+oku|続きを読む|もっと読む|阅读全文|閱讀全文|더\s*보기|اقرأ\s+المزيد)\s*(?:[»›→>…]|\.\.\.|\[?…\]?)?$",
    )
    .expect("valid regex")
});

/// How many lines under a title candidate its byline or date line may stand.
pub(super) const HEADER_LINE_REACH: usize = 3;

/// What standing over a wiki's tagline adds to a title candidate's score: more than the
/// longest distance penalty (six short lines and a sidebar of a hundred menu items).
pub(super) const WIKI_TITLE_BONUS: f64 = 40.0;

/// How many lines a wiki's page controls (`Article`, `Talk`, `Edit`, `View history`,
/// `Tools`, `6 languages`) may take between an article's title and the wiki's tagline.
pub(super) const WIKI_CONTROLS: usize = 12;

/// Whether the wiki's tagline (`From Wikipedia, the free encyclopedia`) comes after the
/// line at `i` with nothing between but page controls: menus, share buttons, furniture, and
/// short lines of one or two words (the tabs of Wikipedia's 2022 skin).
pub(super) fn above_wiki_tagline(units: &[Unit], i: usize) -> bool {
    for u in units[i + 1..].iter().take(WIKI_CONTROLS) {
        if WIKI_TAGLINE.is_match(&u.text) {
            return true;
        }
        let control = matches!(
            u.kind,
            Kind::Nav | Kind::Share | Kind::Furniture | Kind::Alt
        ) || (u.kind == Kind::Short && word_count(&u.text) <= 2);
        if !control {
            return false;
        }
    }
    false
}

pub(super) static KICKER_TITLE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^([^|]{2,30})\|(\S.+)$").expect("valid regex"));

/// A prose-shaped line that can still be a headline: one sentence of at most 25 words ending
/// in `?`/`!` (`How does the brain…?`), or printed twice on the page (as a line, or after a
/// `Kicker|` prefix), however it ends (`… Underneath N.Y.C.`).
pub(super) fn is_prose_headline(units: &[Unit], i: usize) -> bool {
    let unit = &units[i];
    if unit.kind != Kind::Prose || unit.bulleted || word_count(&unit.text) > 25 {
        return false;
    }
    let exclaims = unit
        .text
        .trim_end_matches(['"', '”', '’', '\'', ')', '»'])
        .ends_with(['?', '!', '？', '！']);
    if heads_a_byline(units, i) {
        return true;
    }
    if is_cjk_headline(units, i) {
        return true;
    }
    if !single_sentence(&unit.text) && !exclaims {
        return false;
    }
    if exclaims {
        return true;
    }
    // Repeated: only headline-shaped (title case, or ending in an abbreviation like `N.Y.C.`),
    // judged without a `Kicker|` before it (`New York|Manhole Fires … N.Y.C.`).
    let own = KICKER_TITLE
        .captures(&unit.text)
        .and_then(|c| c.get(2))
        .map_or(unit.text.as_str(), |m| m.as_str());
    if !(headline_case(own) || ABBREVIATION_END.is_match(own)) {
        return false;
    }
    let after_kicker = format!("|{own}");
    units
        .iter()
        .enumerate()
        .any(|(j, u)| j != i && (u.text == own || u.text.ends_with(&after_kicker)))
}

/// The most characters of a CJK headline (Japanese and Chinese ones run to 30–50).
pub(super) const CJK_HEADLINE_CHARS: usize = 60;

/// A CJK line that is prose by its length and a headline by its end: no full stop in it, at
/// most one space (a row of links has more), and the paragraphs after it end with theirs
/// (`トレンドマイクロ、公衆無線LANを安全に使うためのアプリ「フリーWi-Fiプロテクション」` over
/// `トレンドマイクロは3月9日、…発表した。`). A page whose paragraphs never end with a full stop
/// (a blog's lines of verse) gives no such contrast.
pub(super) fn is_cjk_headline(units: &[Unit], i: usize) -> bool {
    let text = &units[i].text;
    if !cjk_heavy(text)
        || text.contains(['。', '！', '？', '.', '!', '?'])
        || text.chars().count() > CJK_HEADLINE_CHARS
        || text.matches([' ', '\u{3000}']).count() > 1
    {
        return false;
    }
    let after: Vec<&Unit> = units[i + 1..]
        .iter()
        .filter(|u| u.kind == Kind::Prose)
        .take(3)
        .collect();
    !after.is_empty() && after.iter().all(|u| ends_sentence(&u.text))
}

/// The longest deck that may stand between a headline and its byline (words).
pub(super) const DECK_WORDS: usize = 60;

/// Whether the line at `i` heads an article's header: no headline stands right above it,
/// and a date or byline line follows it within four lines, with at most one paragraph (a
/// deck longer than the headline, of up to [`DECK_WORDS`] words) and page furniture
/// between (`Ravenous wild goats ruled this island for over a century. Now, it's being
/// reborn.` / `The rocky island of Redonda …` / `By Michael Hingston`). A magazine's
/// headline may be two sentences with full stops.
pub(super) fn heads_a_byline(units: &[Unit], i: usize) -> bool {
    // Under a headline of three words or more, the paragraph is that headline's deck.
    let above = units[..i].iter().rev().find(|u| {
        !matches!(
            u.kind,
            Kind::Furniture | Kind::Share | Kind::Alt | Kind::Genre(_)
        )
    });
    if above.is_some_and(|u| is_title_candidate(u) && word_count(&u.text) >= 3) {
        return false;
    }
    let mut decks = 0;
    for u in units[i + 1..].iter().take(4) {
        match &u.kind {
            Kind::Date(..) | Kind::Byline { .. } => return true,
            // A deck says more than its headline.
            Kind::Prose
                if decks == 0
                    && (word_count(&units[i].text)..=DECK_WORDS).contains(&word_count(&u.text)) =>
            {
                decks += 1
            }
            kind if is_header_meta(kind) => {}
            _ => return false,
        }
    }
    false
}

pub(super) static ABBREVIATION_END: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\b(?:\p{Lu}\.){2,}$").expect("valid regex"));

/// A date, a clock time (`12:46`; `12.46` only before `am`/`pm`/`Uhr`/a zone or at the end,
/// so that `0.17 in sight` is a version, not a time) or a relative time (`2 days ago`).
pub(super) static DATEISH: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b|\b\d{1,2}\.?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b|\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}:\d{2}\b|\b\d{1,2}\.\d{2}(?:\s*(?:[ap]\.?m\.?|uhr|h|(?-i:[A-Z]{3}))\b|\s*$)|\b\d+\s+(?:mins?|minutes?|hours?|hrs?|days?|weeks?|months?|years?)\s+ago\b",
    )
    .expect("valid regex")
});

/// A line that opens like a byline (`by Jane Doe…`, `Posted by …`) even when the rest did not
/// parse (`Von Olaf KempinOlaf Kempin (Autor)`); never a headline. `By the numbers: …` (a
/// lower-case word next) still may be.
pub(super) static BYLINE_OPENING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^(?:by|(?i:posted|written)\s+by)\s|^(?:By|BY|Von|VON|Par|Por)\s+\p{Lu}\S*\s+\p{Lu}",
    )
    .expect("valid regex")
});

/// A line of keywords (an image's alt text or a tag line): four or more comma-separated
/// items of one or two words, none joined by `and` (`Hashtag, Hashtags, Raute, Twitter,
/// erfolgreiche Tweets`). Headlines list with a conjunction, and rarely four things.
pub(super) fn is_keyword_line(text: &str) -> bool {
    let items: Vec<&str> = text.split(',').map(str::trim).collect();
    items.len() >= 4
        && items.iter().all(|item| (1..=2).contains(&word_count(item)))
        && !items.iter().any(|item| {
            item.split_whitespace()
                .any(|w| matches!(w, "and" | "und" | "et" | "y" | "e" | "&" | "or" | "oder"))
        })
}

pub(super) fn is_title_candidate(unit: &Unit) -> bool {
    !is_keyword_line(&unit.text)
        && unit.kind == Kind::Short
        && !unit.bulleted
        && !unit.text.ends_with(['.', ':', ','])
        && unit.text.chars().any(char::is_alphabetic)
        && unit.text.chars().count() <= 200
        && !BYLINE_OPENING.is_match(&unit.text)
        && !is_more_link(&unit.text)
        && !SPONSOR_END.is_match(&unit.text)
        && !NEVER_A_TITLE.is_match(&unit.text)
}

/// Lines that are never a headline: a picture's credit (`Foto: Stuttgart Marketing`,
/// `Image: Stefan Falke for Weltwoche`, `Courtesy of Forests News`), the paper a story
/// came from (`From: Herald Sun`), a form's field label
/// (`Mail (will not be published) (required)`), and a line of an address or a contact
/// (`Telefon: 034771/28076`, `Görlitzer Str. 45, Horka /OL, 02923`, `06268 Querfurt`,
/// `Gastgeber: Xing AG, Dammtorstraße 29-32, 20354 Hamburg`).
pub(super) static NEVER_A_TITLE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)^(?:(?:photo|photograph|image|picture|credit|foto|bild|quelle|source)s?\s*(?::|by\b)|courtesy\s+of\b|from\s*:)|\((?:required|erforderlich|obligatoire|obligatorio|obbligatorio)\)|^(?:tel(?:efon|ephone)?|phone|fon|fax|mobil|mobile|handy|e-?mail|anschrift|adresse|address)\.?\s*:|(?:str\.|straße|strasse|gasse|allee|street|avenue|ave\.|road)\s*\d+\s*(?:[-–]\s*\d+\s*)?[a-z]?(?:,|$)|^\d{5}\s+\p{Lu}\p{L}+(?:\s+\p{Lu}\p{L}+)?$",
    )
    .expect("valid regex")
});

/// A link that leads on (`View All Stories »`, `More news ›`, `Next →`): an arrow after a
/// space ends it, and no `«` opens a quotation that the `»` would close.
pub(super) fn is_more_link(text: &str) -> bool {
    [" »", " ›", " →", " >>"].iter().any(|a| text.ends_with(a)) && !text.contains('«')
}

/// A short header line with a date or time in it that the reader did not take for a date
/// line (`AFP 30 avril 2015 à 07:19 (Mis à jour : …)`, `2/26/2015 7:11 AM PST BY TMZ STAFF`).
pub(super) fn is_dated_header_line(unit: &Unit) -> bool {
    unit.kind == Kind::Short && word_count(&unit.text) <= 16 && DATEISH.is_match(&unit.text)
}

/// A standfirst printed without its full stop under the headline: a sentence-case line of
/// 8 to 45 words (`Na ocasião, técnico do Corinthians entregou réplica do troféu ao
/// ex-presidente`), longer than the headline of five words or more above it (a headline
/// under a one-word kicker is no deck).
pub(super) fn is_deck(text: &str, headline: &str) -> bool {
    if word_count(headline) < 5 || text.chars().count() <= headline.chars().count() {
        return false;
    }
    let words = word_count(text);
    let capitalised = text
        .split_whitespace()
        .filter(|w| w.chars().next().is_some_and(char::is_uppercase))
        .count();
    (8..=45).contains(&words)
        && capitalised * 10 < words * 4
        && text.chars().next().is_some_and(char::is_uppercase)
        && !DATEISH.is_match(text)
}

/// What a line gains as the title the page's pictures name.
pub(super) const PICTURE_NAMED_BONUS: f64 = 12.0;

/// Lines over a standfirst its headline may stand (past the photo and its caption).
pub(super) const DECK_REACH: usize = 3;

/// Fewest words of a standfirst that loses the title to the headline over it (a headline of
/// eight words under a one-line box is still the headline).
pub(super) const STANDFIRST_WORDS: usize = 12;

/// How far after a related-stories heading its teasers can reach.
pub(super) const RELATED_BLOCK_UNITS: usize = 12;

/// How far a stack of dated teaser cards that repeat line for line can reach from its
/// related-stories heading, and how many lines one of its cards may have.
pub(super) const TEASER_STACK_UNITS: usize = 60;
pub(super) const TEASER_CARD_LINES: usize = 6;

/// Lines under the title searched for a byline of one name ([`lone_word_byline`]).
pub(super) const LONE_BYLINE_REACH: usize = 2;

/// Lines under a post's text searched for its date when its header gives none.
pub(super) const FOOT_LINES: usize = 3;

/// The date a line under a post's text gives: a date line, or the one date in a short
/// line (`Von Christian am 03.05.2013, 11:51 | 0 Meinungen`). A line with two dates is a
/// table's row or a list's entry (`Rath, Heribert Heimicke 01.09.1907 08.07.1941`).
pub(super) fn foot_dateline(text: &str) -> Option<(DateRole, DateValue)> {
    dates::date_line(text, None)
        .or_else(|| (dates::count_dates_in(text) == 1).then(|| dates::find_date_in(text, None))?)
}

/// The date a body paragraph opens with as its dateline ([`dates::opening_dateline`]).
pub(super) fn opening_dateline(unit: &Unit) -> Option<(DateRole, DateValue)> {
    if unit.kind != Kind::Prose {
        return None;
    }
    dates::opening_dateline(&unit.text, None).map(|value| (DateRole::Published, value))
}

/// Lines between a name under the title and a date line beside it (`Mike Conley` /
/// `December 18, 2020`; `Vincent Vallet` / `Follow` / `Oct 18, 2019`).
pub(super) const NAME_DATE_REACH: usize = 2;

/// An author's name on a line of its own between the title at `title` and the body: two to
/// five capitalised words (see [`is_name`]), and the page shows it is a person's, with a date
/// line beside it or the name printed again ([`names_again`]). A
/// capitalised line with neither (`Climate Change`, a sub-heading) is no author, nor is a
/// wiki's infobox line.
pub(super) fn header_name(units: &[Unit], title: usize, body_start: usize) -> Option<String> {
    let lone = |k: usize| match units[k].kind {
        Kind::Short => true,
        // A list of one (`1. Sarah Archer`): the byline's markup, not a menu.
        Kind::Nav => {
            let nav = |j: Option<usize>| {
                j.and_then(|j| units.get(j))
                    .is_some_and(|u| u.kind == Kind::Nav)
            };
            !nav(k.checked_sub(1)) && !nav(Some(k + 1))
        }
        _ => false,
    };
    (title + 1..body_start.min(units.len()))
        .filter_map(|k| {
            let name = name_with_role(&units[k].text)?;
            (lone(k) && !in_related_block(units, k)).then_some((k, name))
        })
        .find(|&(k, name)| {
            // The date under the name, or right over it and the author's picture (a date
            // over a sub-heading and a `Play Video` under that is no byline).
            // A relative time (`před 2 hodinami`, `3 hours ago`) says as much.
            let is_date = |u: &Unit| {
                matches!(u.kind, Kind::Date(..))
                    || RELATIVE_TIME.find(&u.text).is_some_and(|m| m.start() == 0)
            };
            let dated = units[k + 1..(k + 1 + NAME_DATE_REACH).min(units.len())]
                .iter()
                .any(is_date)
                || units[k.saturating_sub(NAME_DATE_REACH)..k]
                    .iter()
                    .rev()
                    .find(|u| !matches!(u.kind, Kind::Furniture | Kind::Alt))
                    .is_some_and(is_date);
            // Not in a menu or a list of places (`New Zealand` in a wiki's navigation box).
            let printed_again = units
                .iter()
                .enumerate()
                .any(|(j, u)| j != k && u.kind != Kind::Nav && names_again(units, j, k, name));
            // A link under it about its author (`Search for this author in:`).
            let cued = units[k + 1..(k + 1 + NAME_DATE_REACH).min(units.len())]
                .iter()
                .any(|u| AUTHOR_CUE.is_match(&u.text));
            dated || printed_again || cued
        })
        .map(|(_, name)| name.to_string())
}

/// A link under an author's name that is about them (`Search for this author in:`, `View
/// profile`).
pub(super) static AUTHOR_CUE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:search for this author|(?:view|see) (?:author )?profile|author profile|(?:more|all) (?:articles|stories|posts) (?:by|from) this author)\b")
        .expect("valid regex")
});

/// The name in a line of an author's name, perhaps followed by their role (`Richard Adams
/// Education editor`: the role opens at its last capitalised word and ends in a role's word,
/// see [`ROLE_WORDS`]).
pub(super) fn name_with_role(text: &str) -> Option<&str> {
    if is_name(text) {
        return Some(text);
    }
    let last = text.split_whitespace().last()?;
    if !ROLE_WORDS.contains(&last.to_lowercase().as_str()) {
        return None;
    }
    let mut previous = ' ';
    let role_start = text
        .char_indices()
        .filter(|&(_, c)| {
            let word_start = previous.is_whitespace();
            previous = c;
            word_start && c.is_uppercase()
        })
        .last()?
        .0;
    let name = text.get(..role_start)?.trim_end();
    is_name(name).then_some(name)
}

/// An author's name on a line of its own over the date line over the title, which the page
/// names again in a line about them (Wired's `TOM BENNETT` / `BUSINESSNOV 7, 2023 2:00 AM`
/// / headline, and under the article `Tom Bennett is a freelance reporter …`, see
/// [`names_again`]): a section's label over a date is named nowhere else. A name set in
/// capitals is kept as the page writes it in running text.
pub(super) fn name_over_dated_title(units: &[Unit], title: usize) -> Option<String> {
    let mut above = (title.saturating_sub(NAME_DATE_REACH + 2)..title)
        .rev()
        .filter(|&k| !matches!(units[k].kind, Kind::Furniture | Kind::Share | Kind::Alt));
    let (date, k) = (above.next()?, above.next()?);
    if !matches!(units[date].kind, Kind::Date(..))
        || units[k].kind != Kind::Short
        || in_related_block(units, k)
    {
        return None;
    }
    let name = name_with_role(units[k].text.trim())?;
    let as_in_prose = name
        .split_whitespace()
        .map(|word| {
            let mut chars = word.chars();
            chars.next().map_or(String::new(), |first| {
                first
                    .to_uppercase()
                    .chain(chars.flat_map(char::to_lowercase))
                    .collect()
            })
        })
        .collect::<Vec<_>>()
        .join(" ");
    [name.to_string(), as_in_prose]
        .into_iter()
        .find(|spelling| {
            (0..units.len()).any(|j| j != k && j != date && names_again(units, j, k, spelling))
        })
}

/// What stands before an author's name printed again: `MORE FROM`, `Posts by`, `Image of`,
/// or the picture's placeholder (`[0]`, `dsteer-headshot`).
pub(super) static NAME_AGAIN_LEAD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)^(?:more (?:from|by)|(?:all )?(?:posts|articles|stories|columns) (?:from|by)|(?:written |posted )?by|(?:mehr |alle (?:artikel|beiträge) )?von|(?:image|photo|picture|avatar) (?:of|for)|\[[^\]]*\]|\S*(?:headshot|avatar|portrait)\S*)$",
    )
    .expect("valid regex")
});

/// Whether unit `j` prints the name `name` of unit `k` again: the same line beside it (the
/// author's picture's alt text, then the name), the line's end after what introduces an
/// author (`MORE FROM Nathanael Johnson`, `[0] Pippin Lee`), or the opening of a sentence
/// about them (`Ben Silverman is on Twitter at ben_silverman.`). The same line far away is
/// as often a button (`Play Video`, `Link Copied`).
pub(super) fn names_again(units: &[Unit], j: usize, k: usize, name: &str) -> bool {
    let text = units[j].text.as_str();
    if text == name {
        return j.abs_diff(k) <= NAME_DATE_REACH;
    }
    if let Some(lead) = text.strip_suffix(name) {
        if lead.ends_with(char::is_whitespace) && NAME_AGAIN_LEAD.is_match(lead.trim()) {
            return true;
        }
    }
    text.strip_prefix(name)
        .and_then(|rest| rest.strip_prefix(' '))
        .and_then(|rest| rest.split_whitespace().next())
        .is_some_and(|verb| BIO_VERBS.contains(&verb))
}

/// The verbs a note about an author opens with after their name (`Ben Silverman is on
/// Twitter`, `Jane Doe covers …`, `Max Muster schreibt …`).
pub(super) const BIO_VERBS: &[&str] = &[
    "is", "was", "writes", "covers", "reports", "lives", "ist", "war", "schreibt", "lebt", "est",
    "écrit", "vit", "es", "escribe", "è", "scrive",
];

/// Whether the unit stands among the teasers under a related-stories heading (`Sur le même
/// sujet`): a heading shortly before it, and no paragraph of prose between.
pub(super) fn in_related_block(units: &[Unit], i: usize) -> bool {
    let near = units[i.saturating_sub(RELATED_BLOCK_UNITS)..i]
        .iter()
        .rev()
        .take_while(|u| u.kind != Kind::Prose)
        .any(|u| u.kind == Kind::RelatedMarker);
    near || in_long_teaser_stack(units, i)
}

/// Whether line `i` is in a stack of teaser cards that reaches past
/// [`RELATED_BLOCK_UNITS`] from its related-stories heading: every line from the heading's
/// second item to `i` repeats the kind of the line one card above it (BBC Chinese's
/// `headline` / `2012年6月27日` / `,` / `香港`, six cards deep), so a date far down the
/// stack is still a teaser's.
pub(super) fn in_long_teaser_stack(units: &[Unit], i: usize) -> bool {
    let Some(marker) = units[i.saturating_sub(TEASER_STACK_UNITS)..i]
        .iter()
        .rposition(|u| u.kind == Kind::RelatedMarker || u.kind == Kind::Prose)
        .map(|k| k + i.saturating_sub(TEASER_STACK_UNITS))
        .filter(|&k| units[k].kind == Kind::RelatedMarker && i - k > RELATED_BLOCK_UNITS)
    else {
        return false;
    };
    // The first item may be marked as a related item where its followers are not.
    let kind = |k: usize| match units[k].kind {
        Kind::RelatedItem => std::mem::discriminant(&Kind::Short),
        ref other => std::mem::discriminant(other),
    };
    (2..=TEASER_CARD_LINES).any(|period| {
        let cards = marker + 1..=i;
        let has_date = cards
            .clone()
            .take(period)
            .any(|k| matches!(units[k].kind, Kind::Date(..)));
        has_date && cards.skip(period).all(|k| kind(k) == kind(k - period))
    })
}

/// A phrase that ends a line to name a sponsor on the next (`Seascape: the state of our
/// oceans is supported by` / `The David and Lucile Packard Foundation`).
pub(super) static SPONSOR_END: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)\b(?:supported|sponsored|presented|powered|funded|underwritten|brought\s+to\s+you|paid\s+for|advertising|ads)\s+by:?$|\bin\s+(?:partnership|association|collaboration)\s+with:?$|\b(?:unterstützt|präsentiert|gesponsert)\s+von:?$|\b(?:soutenu|présenté|sponsorisé)\s+par:?$",
    )
    .expect("valid regex")
});

/// Whether line `i` is an entry of a menu: a line of at most four words under three more
/// such lines (menu entries, furniture), with no blank line between them, as a browser
/// copies a navigation bar (`Explainers` / `The Reporters` / `Have Your Say`). The article's
/// date a few lines down does not make its last entry a headline; a short headline under a
/// breadcrumb, with its date or byline right under it, is no menu entry.
pub(super) fn in_a_copied_menu(units: &[Unit], i: usize) -> bool {
    let short = |u: &Unit| {
        matches!(
            u.kind,
            Kind::Short | Kind::Nav | Kind::Furniture | Kind::Share
        ) && word_count(&u.text) <= 4
    };
    // A short headline under a breadcrumb has its date or byline right under it.
    let dated = units[i + 1..]
        .iter()
        .find(|u| !matches!(u.kind, Kind::Furniture | Kind::Share | Kind::Alt))
        .is_some_and(|u| matches!(u.kind, Kind::Date(..) | Kind::Byline { .. }));
    i >= 3
        && !dated
        && short(&units[i])
        && units[i - 3..i].iter().all(short)
        && units[i - 2..=i].iter().all(|u| !u.blank_before)
}

/// The line after a sponsorship phrase may name the sponsor (or the sponsor is a logo, and
/// the headline follows).
pub(super) fn after_sponsor_phrase(units: &[Unit], i: usize) -> bool {
    i.checked_sub(1)
        .and_then(|p| units.get(p))
        .is_some_and(|u| SPONSOR_END.is_match(&u.text))
}

/// How far above the body (in units) the title is looked for. Past a few dozen lines of
/// menus a candidate's distance penalty has long decided against it.
pub(super) const TITLE_WINDOW: usize = 300;

/// The title candidates with their scores, in page order: headline-like lines before the
/// body (at most [`TITLE_WINDOW`] units above it, so a paste of thousands of short lines is
/// not scored line against line), and a prose-shaped headline opening it.
pub(super) fn title_candidates(
    units: &[Unit],
    body_start: usize,
    body_end: usize,
) -> Vec<(f64, usize)> {
    let context = TitleContext::new(units, body_start, body_end);
    let reach = HEADLINE_IN_RUN_REACH.max(REPEATED_HEADLINE_REACH);
    (body_start.saturating_sub(TITLE_WINDOW)..(body_start + reach).min(units.len()))
        .filter(|&i| {
            (i < body_start && is_title_candidate(&units[i]))
                || (i <= body_start && is_prose_headline(units, i))
                || (i > body_start && headline_in_run(units, body_start, i))
        })
        .map(|i| {
            let opens_run = i == body_start;
            (
                title_score(units, i, body_start.max(i), opens_run, &context),
                i,
            )
        })
        .collect()
}

/// How many lines into the body's run a blog post's headline may stand (see
/// [`dated_headline_in_run`]).
pub(super) const HEADLINE_IN_RUN_REACH: usize = 4;

/// How many lines into the body's run a headline printed again over the text may stand
/// (see [`repeated_headline_in_run`]).
pub(super) const REPEATED_HEADLINE_REACH: usize = 7;

/// A headline inside the run the body was found in, which starts the article: a blog
/// post's under its date ([`dated_headline_in_run`]), or one printed again right over the
/// text ([`repeated_headline_in_run`]).
pub(super) fn headline_in_run(units: &[Unit], body_start: usize, i: usize) -> bool {
    (i < body_start + HEADLINE_IN_RUN_REACH && dated_headline_in_run(units, i))
        || (i < body_start + REPEATED_HEADLINE_REACH
            && repeated_headline_in_run(units, body_start, i))
}

/// A headline printed twice a few lines apart, with only its share buttons between, the
/// second time right over the first paragraph (Medium's page header and its story's
/// heading): what stood before (a dialog's sentence that read as the run's first
/// paragraph) is not the article. The first copy stands at most one line into the run (a
/// quote printed twice with its `Tweet` button, further into the text, is no headline),
/// and a line opening with a quote mark is none.
pub(super) fn repeated_headline_in_run(units: &[Unit], body_start: usize, i: usize) -> bool {
    let text = &units[i].text;
    let between = |u: &Unit| {
        matches!(u.kind, Kind::Share | Kind::Furniture | Kind::Alt)
            || (u.kind == Kind::Short && word_count(&u.text) <= 4)
    };
    is_title_candidate(&units[i])
        && word_count(text) >= 3
        && !text.starts_with(OPENING_QUOTES)
        && units.get(i + 1).is_some_and(|u| u.kind == Kind::Prose)
        && units[i.saturating_sub(REPEATED_HEADLINE_REACH)..i]
            .iter()
            .rposition(|u| u.text == *text)
            .is_some_and(|at| {
                let first = i.saturating_sub(REPEATED_HEADLINE_REACH) + at;
                first <= body_start + 1 && units[first + 1..i].iter().all(between)
            })
}

/// A blog post's headline inside the run the body was found in, under the post's date and
/// over its first paragraph (`Python core development news and information.` / `Friday,
/// December 23, 2016` / `Python 3.6.0 is now available!` / the text): what stands above
/// that date is the blog's masthead, whose tagline read as a paragraph.
pub(super) fn dated_headline_in_run(units: &[Unit], i: usize) -> bool {
    is_title_candidate(&units[i])
        && dated_above(units, i)
        && units.get(i + 1).is_some_and(|u| u.kind == Kind::Prose)
}

/// Whether the line before `i`, past furniture, share buttons and alt text, is a date or a
/// byline.
pub(super) fn dated_above(units: &[Unit], i: usize) -> bool {
    units[..i]
        .iter()
        .rev()
        .find(|u| !matches!(u.kind, Kind::Furniture | Kind::Share | Kind::Alt))
        .is_some_and(|u| matches!(u.kind, Kind::Date(..) | Kind::Byline { .. }))
}
