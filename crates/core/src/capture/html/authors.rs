//! Authors: a byline cleaned of dates, contact details and labels, and split into names
//! (job titles, publications, handles and places left out).

use super::*;

/// "By Jane Doe" → "Jane Doe"; the separator a byline strip opens with goes too
/// (boingboing's `/ Cory Doctorow / 10:08 am Thu Jul 19, 2013`).
pub(super) fn clean_byline(byline: &str) -> String {
    let b = unglued(&collapse_ws(byline));
    let b = without_strip_extras(&b);
    let b = name_printed_twice(&b).map_or(b.clone(), str::to_string);
    let mut b = b
        .trim_start_matches(BYLINE_SEPARATORS)
        .trim_start()
        .to_string();
    // The date before the name (`June 5, 2019 by Jenny Smith`, `2.03.2018von Jenny Smith`).
    if let Some(c) = DATE_THEN_BY.captures(&b) {
        let date = c["date"].trim_end_matches(',');
        if parse_date(date, None).is_some() || date_line(date, None).is_some() {
            b = c["rest"].to_string();
        }
    }
    // A link to write to or follow the writer after the name (`Jenny Smith | E-Mail`).
    if let Some(m) = CONTACT_TAIL.find(&b) {
        if m.start() > 0 {
            b.truncate(m.start());
        }
    }
    let name = without_by_word(&b);
    if name.len() < b.len() {
        return name.trim().to_string();
    }
    // `By:` printed in an element of its own, the name's right after it: `By:Ian Shive`.
    if b.get(..3)
        .is_some_and(|head| head.eq_ignore_ascii_case("by:"))
    {
        return b[3..].trim().to_string();
    }
    b
}

/// The name a byline prints twice at its start, where a writer's card follows the byline
/// (`Jennifer Rubin Jennifer Rubin Opinion writer … Email Bio Follow`, `Emma Grey Ellis.
/// Emma Grey Ellis Science`): the name once, without the card.
fn name_printed_twice(byline: &str) -> Option<&str> {
    let words: Vec<(usize, &str)> = byline
        .split_whitespace()
        .map(|w| (w.as_ptr() as usize - byline.as_ptr() as usize, w))
        .collect();
    let bare = |w: &str| w.trim_end_matches(['.', ',', ':']).to_string();
    (2..=4).find_map(|k| {
        let first: Vec<String> = words.get(..k)?.iter().map(|(_, w)| bare(w)).collect();
        let second: Vec<String> = words.get(k..2 * k)?.iter().map(|(_, w)| bare(w)).collect();
        (first == second && text::is_name(&first.join(" "))).then(|| {
            let (at, last) = words[k - 1];
            byline[..at + last.len()].trim_end_matches(['.', ',', ':'])
        })
    })
}

/// A byline strip copied as one run of text, its parts glued together, set apart: a name
/// and the publication after it in capitals (`Meg WagnerNEW YORK DAILY NEWSDec 16, 2016`),
/// a handle (`April Glaser@aprilaser`; not an address, `jane@example.com`), a job after
/// a comma (`Steve GillmanContributor` → `Steve Gillman, Contributor`).
fn unglued(byline: &str) -> String {
    byline
        .split(' ')
        .map(|word| {
            if word.starts_with('@') {
                return word.to_string();
            }
            // The job line under the name, its line break lost (`Steve GillmanContributor`).
            if let Some(c) = NAME_GLUED_TO_WORD.captures(word) {
                if is_a_job(&c[2]) || ["Staff", "Senior", "Contributing"].contains(&&c[2]) {
                    return format!("{}, {}", &c[1], &c[2]);
                }
            }
            let spaced = NAME_GLUED_TO_CAPITALS.replace_all(word, "$1 $2");
            let spaced = CAPITALS_GLUED_TO_WORD.replace_all(&spaced, "$1 $2");
            GLUED_HANDLE.replace_all(&spaced, "$1 $2").into_owned()
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// A word of two letters or more ending in a small letter, then a capitalised word glued
/// to it (`GillmanContributor`).
static NAME_GLUED_TO_WORD: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(\p{L}+\p{Ll})(\p{Lu}\p{Ll}+)$").expect("valid regex"));

/// A lower-case letter, then three capitals or more (`WagnerNEW`): `McDonald`,
/// `DiChristopher` and `WebMD` are one word each.
static NAME_GLUED_TO_CAPITALS: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(\p{Ll})(\p{Lu}{3,})").expect("valid regex"));

/// Three capitals or more, then a capitalised word (`NEWSDec`).
static CAPITALS_GLUED_TO_WORD: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(\p{Lu}{3,})(\p{Lu}\p{Ll}{2,})").expect("valid regex"));

/// A letter, then a handle ending the word, no e-mail address (`Glaser@aprilaser`, not
/// `jenny@example.com`).
static GLUED_HANDLE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(\p{L})(@\w+[,;]?)$").expect("valid regex"));

/// A byline strip without what it prints beside the writer's name: its parts (set apart by
/// `|`, `·`, `•`) that are a date, a reading time, a handle, a publication or a dateline's
/// place (`Saibal Dasgupta | TNN`, `Pete Evans · CBC News`, `15.05.2020, 07:11 | Lesedauer:
/// 8 Minuten Melanie Wassink`, `Jane Doe | WASHINGTON`); a publication printed in capitals
/// after the name (`Meg Wagner NEW YORK DAILY NEWS`) and a handle without its `@`
/// (`Margaret Talev margarettalev`, `Keith Noonan (keithnoonan)`). The first part that is
/// none of these stays, whatever it is.
fn without_strip_extras(byline: &str) -> String {
    let byline = READING_TIME.replace_all(byline, " | ");
    let parts: Vec<&str> = STRIP_PART_SEPARATOR
        .split(&byline)
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .collect();
    let is_extra = |part: &str| {
        let words: Vec<&str> = part.split_whitespace().collect();
        reads_as_date(part, None)
            || is_a_handle(part)
            || text::is_agency(part)
            || names_a_publisher(part)
            || (words.len() == 1
                && part.chars().filter(|c| c.is_alphabetic()).count() >= 2
                && part.chars().all(|c| !c.is_lowercase()))
    };
    let kept: Vec<&str> = match parts.iter().position(|p| !is_extra(p)) {
        Some(first) => parts
            .iter()
            .enumerate()
            .filter(|&(i, p)| i == first || !is_extra(p))
            .map(|(_, p)| *p)
            .collect(),
        None => parts.clone(),
    };
    // Nothing set apart went: the strip keeps its own separators.
    let joined = if kept.len() == parts.len() {
        byline
            .trim_matches(|c: char| c.is_whitespace() || matches!(c, '|' | '·' | '•'))
            .to_string()
    } else {
        kept.join(" | ")
    };
    let words: Vec<&str> = joined.split_whitespace().collect();
    let mixed_case = |w: &&str| w.chars().any(char::is_lowercase);
    // A publication in capitals after a name in mixed case: the byline ends there.
    let end = (2..words.len())
        .find(|&i| {
            let capitals = words[i..].iter().take_while(|w| !mixed_case(w)).count();
            words[..i].iter().all(mixed_case)
                && capitals >= 2
                && names_a_publication(&words[i..i + capitals].join(" "))
        })
        .unwrap_or(words.len());
    // A handle without its `@` after a name: the surname in lower case, in one word.
    let end = match words[..end] {
        [.., given, surname, last]
            if given.starts_with(char::is_uppercase) && surname.chars().count() >= 3 =>
        {
            let handle = last.trim_start_matches('(').trim_end_matches(')');
            let is_handle = !handle.is_empty()
                && handle
                    .chars()
                    .all(|c| c.is_lowercase() || c.is_ascii_digit() || c == '_')
                && handle.contains(&surname.to_lowercase());
            if is_handle {
                end - 1
            } else {
                end
            }
        }
        _ => end,
    };
    words[..end].join(" ")
}

/// What sets a byline strip's parts apart.
static STRIP_PART_SEPARATOR: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\s*[|·•]\s*").expect("valid regex"));

/// A reading time (`5 min read`, `Zach Hanlon5 minute Read`, `Lesedauer: 8 Minuten`).
static READING_TIME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)(?:lesedauer|reading time|lesezeit|temps de lecture|tiempo de lectura)\s*:?\s*\d+\s*min\w*\.?|\d+\s*(?:-\s*)?min(?:ute)?s?\.?\s+(?:read|lesen|de lecture|de lectura|di lettura)\b",
    )
    .expect("valid regex")
});

/// Whether a byline's part names a publisher rather than a person: a web address
/// (`NJ.com`, `lefigaro.fr`), `The` and a title (`The Huffington Post`), or a name ending in
/// a press word (`CBC News`, `NJ Advance Media for NJ.com`).
fn names_a_publisher(part: &str) -> bool {
    let lower = part.trim().to_lowercase();
    let words: Vec<&str> = lower.split_whitespace().collect();
    const PUBLISHER_ENDS: [&str; 8] = [
        "news", "media", "times", "post", "magazine", "network", "press", "newsroom",
    ];
    DOMAIN_NAME.is_match(&lower)
        || (words.len() >= 3 && words[0] == "the")
        || (words.len() >= 2
            && words.len() <= 5
            && words.last().is_some_and(|w| PUBLISHER_ENDS.contains(w)))
}

/// Whether a byline naming a web address names the outlet or one of its desks (Radio-
/// Canada's `Zone Justice et faits divers - ICI.Radio-Canada.ca`): what is left of it is not
/// people's names (`Rajeev Dhir | NJ Advance Media for NJ.com` is a writer's).
/// The outlet's own part is set aside first: `By Courtney Astolfi, cleveland.com` and `Jane
/// Doe, jdoe@newsday.com` name a writer.
pub(super) fn names_an_outlets_desk(byline: &str) -> bool {
    if !DOMAIN_NAME.is_match(byline) {
        return false;
    }
    let people: Vec<String> = split_authors(byline)
        .into_iter()
        .filter(|n| !DOMAIN_NAME.is_match(n))
        .collect();
    people.is_empty() || !people.iter().all(|n| text::is_name(n))
}

/// A domain name in a byline (`NJ.com`, `elmundo.es`).
static DOMAIN_NAME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b[\w-]+\.(?:com|org|net|co\.uk|fr|es|de|it|ca|in|au)\b").expect("valid regex")
});

/// A byline opening with its date, then `by` and the name.
pub(super) static DATE_THEN_BY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?P<date>[^|]{6,40}?)\s*(?:by|von|par|por|door)\s+(?P<rest>\S.*)$")
        .expect("valid regex")
});

/// What a byline prints after the name to reach the writer: `| E-Mail`, `· Twitter`.
pub(super) static CONTACT_TAIL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\s*[|·•/]\s*(?:e-?mail|mail|twitter|facebook|instagram|linkedin|kontakt|contact|rss|website|homepage)\b.*$")
        .expect("valid regex")
});

/// What may stand between the parts of a byline strip (name, date, reading time).
pub(super) const BYLINE_SEPARATORS: [char; 6] = ['/', '|', '·', '•', '–', '—'];

/// Whether `title` is a single word that the page's address carries (`d-161500790` in
/// `…/print/d-161500790.html`): an identifier, not a headline.
pub(super) fn is_an_identifier(title: &str, address: Option<&str>) -> bool {
    let title = title.trim();
    title.chars().count() >= 4
        && !title.contains(char::is_whitespace)
        && title.chars().any(|c| c.is_ascii_digit())
        && address.is_some_and(|a| a.contains(title))
}

/// Whether a title is an address's slug (`adac-kindersitztest-herbst-2018`, ADAC's
/// `og:title`): lower-case words joined by hyphens or underscores, three or more.
pub(super) fn is_a_slug(title: &str) -> bool {
    let title = title.trim();
    title
        .split(['-', '_'])
        .filter(|part| !part.is_empty())
        .count()
        >= 3
        && title
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '_')
}

/// Whether a class or id word names a quote (`quote-author`, `pullquote`, `blockquote`),
/// not a stock's (`stock-quote-header`).
pub(super) fn names_a_quote(token: &str) -> bool {
    let token = token.to_ascii_lowercase();
    let words: Vec<&str> = token.split(['-', '_']).collect();
    words.iter().any(|w| {
        matches!(
            *w,
            "quote" | "quotes" | "pullquote" | "blockquote" | "quotation"
        )
    }) && !words
        .iter()
        .any(|w| matches!(*w, "stock" | "stocks" | "price" | "ticker" | "market"))
}

/// Whether a class or id word names an author (`author-card`, `byline`).
pub(super) fn names_an_author(token: &str) -> bool {
    let token = token.to_ascii_lowercase();
    token.contains("author") || token.contains("byline")
}

/// Whether a class or id names readers' comments (`comments`, `comment-author`,
/// `sf_comment_list`), not a state of the page (`comments-open`, `showing-comments`) or a
/// counter (`comment-count`).
pub(super) fn names_comments(token: &str) -> bool {
    let token = token.to_ascii_lowercase();
    token.contains("comment")
        && ![
            "showing", "open", "closed", "count", "number", "link", "button", "icon",
        ]
        .iter()
        .any(|state| token.contains(state))
}

/// A byline strip read as one text runs its author's name into what the page printed
/// after it (breitbart's `Lucas Nolan22 Dec 2016651`: a date and a comment count, with no
/// space between the elements; `Jenny SmithJuly 12, 2021`): when the byline opens with
/// names the page links to their authors' pages or prints in author elements of their
/// own, and a figure, a date or the section it was filed in (`in News`) follows the last
/// of them, the byline ends there.
pub(super) fn cut_after_author_names(
    byline: &str,
    names: &[&str],
    language: Option<&str>,
) -> String {
    // A byline is a line; a longer one (a page's `<meta>` may say anything) is left alone.
    if byline.len() > 200 || names.is_empty() {
        return byline.to_string();
    }
    let is_date = |text: &str| !text.trim().is_empty() && reads_as_date(text.trim(), language);
    // `name` opens `rest` as a whole word, or glued to a date.
    let opens = |rest: &str, name: &str| {
        rest.starts_with(name) && {
            let after = &rest[name.len()..];
            !after.chars().next().is_some_and(char::is_alphabetic)
                || (after.starts_with(char::is_uppercase) && is_date(after))
        }
    };
    let mut end = 0;
    loop {
        let rest = &byline[end..];
        let between = rest.len() - rest.trim_start_matches([' ', ',', '&']).len();
        let rest = &rest[between..];
        let joined = ["and ", "und ", "et ", "y ", "e "]
            .iter()
            .find(|w| {
                end > 0
                    && rest
                        .get(..w.len())
                        .is_some_and(|p| p.eq_ignore_ascii_case(w))
            })
            .map_or(0, |w| w.len());
        let rest = &rest[joined..];
        // The byline's own element is among the author elements: not a name in it.
        let Some(name) = names
            .iter()
            .filter(|name| !name.is_empty() && **name != byline && opens(rest, name))
            .max_by_key(|name| name.len())
        else {
            break;
        };
        end += between + joined + name.len();
    }
    let after = byline[end..].trim_start();
    // `by Nathan Tempey in News`: the section (or the place) the page filed the story
    // under, after the linked name.
    // Not where another linked name follows (`Jane Doe in Kyiv and John Smith in Moscow`):
    // the places are the writers', and the byline is left whole.
    let filed_in = after
        .strip_prefix("in ")
        .is_some_and(|place| place.starts_with(char::is_uppercase))
        && !names
            .iter()
            .any(|name| !name.is_empty() && after.contains(name));
    if end > 0 && (after.starts_with(|c: char| c.is_ascii_digit()) || is_date(after) || filed_in) {
        byline[..end].to_string()
    } else {
        byline.to_string()
    }
}

/// Whether two names are the same but for case, spaces and punctuation (`The Planetary
/// Press -`, `the planetary press`).
pub(super) fn same_name(a: &str, b: &str) -> bool {
    let squash = |s: &str| -> String {
        s.chars()
            .filter(|c| c.is_alphanumeric())
            .flat_map(char::to_lowercase)
            .collect()
    };
    let a = squash(a);
    !a.is_empty() && a == squash(b)
}

/// Whether a byline is only the word for authors (engadget's menu link `Authors`, marked
/// `sprite_authors`), not anyone's name.
pub(super) fn is_an_author_label(byline: &str) -> bool {
    const LABELS: [&str; 14] = [
        "author",
        "authors",
        "autor",
        "autoren",
        "auteur",
        "auteurs",
        "autore",
        "autori",
        "autores",
        "contributor",
        "contributors",
        "writers",
        "our authors",
        "about the author",
    ];
    LABELS.contains(&byline.trim().trim_end_matches(':').to_lowercase().as_str())
}

/// Whether a byline is only a web address (`https://www.facebook.com/JaneDoeWrites` as
/// `<meta name="author">`): a profile, not a name.
pub(super) fn is_a_web_address(byline: &str) -> bool {
    let byline = byline.trim();
    (byline.starts_with("http://") || byline.starts_with("https://"))
        && !byline.contains(char::is_whitespace)
}

/// Whether a byline is only a social-media handle (`@NatGeoUK`).
pub(super) fn is_a_handle(byline: &str) -> bool {
    byline
        .strip_prefix('@')
        .is_some_and(|name| !name.is_empty() && !name.contains(char::is_whitespace))
}

/// "Jane Doe, John Roe and Ann Poe" → three names (`und`, `et`, `y` join them too). A news
/// agency after writers' names (`Tom Watkins, CNN`) is whom they wrote for, not an author;
/// alone, it is the author. So is a job title (`Jane Doe, Senior Reporter`). Notes in
/// brackets after names are read as the text reader reads them.
pub(crate) fn split_authors(byline: &str) -> Vec<String> {
    let cleaned = clean_byline(byline);
    // The mark with no name after it (the New York Times' `<meta name="byl" content="By">`
    // on a page without a writer); a name among others is read in any case (`Wang, Di`).
    if cleaned.len() > MAX_META_AUTHOR_BYTES || is_bare_by_word(&cleaned.to_lowercase()) {
        return Vec::new();
    }
    if let Some(authors) = text::authors_with_notes(&cleaned) {
        return authors;
    }
    let names: Vec<String> = BYLINE_NAME_SPLIT
        .split(&cleaned)
        .flat_map(split_at_y)
        .map(name_without_extras)
        .filter(|n| {
            !n.is_empty()
                && n.split_whitespace().count() <= 5
                && !n.trim_end_matches('.').eq_ignore_ascii_case("al")
        })
        .collect();
    // A one-word name in capitals beside a writer's name written in mixed case is the
    // outlet they wrote for (`John Patrick Pullen, TIME`, `Jane Doe, CNN`).
    let a_writers_name = names
        .iter()
        .any(|n| n.contains(' ') && n.chars().any(char::is_lowercase));
    let is_an_outlet = |n: &String| {
        a_writers_name
            && !n.contains(' ')
            && n.chars().filter(|c| c.is_alphabetic()).count() >= 2
            && n.chars().any(char::is_uppercase)
            && !n.chars().any(char::is_lowercase)
    };
    let is_not_a_writer = |n: &String| text::is_agency(n) || is_a_job_title(n) || is_an_outlet(n);
    if names.iter().all(is_not_a_writer) {
        return names;
    }
    names.into_iter().filter(|n| !is_not_a_writer(n)).collect()
}

/// What sets a byline's names apart: a comma (perhaps with `and`), `and`, `und`, `et`, an
/// ampersand between spaces (`S&P`, `Texas A&M` are one name each). Spanish `y` is
/// [`split_at_y`]'s.
pub(super) static BYLINE_NAME_SPLIT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\s*,\s*(?:and|und|et|y|&)\s+|\s*,\s*|\s+(?:and|und|et|&)\s+").expect("valid regex")
});

/// `Juan Pérez y María López` → two names; `José Ortega y Gasset` one: `y` joins names only
/// where each side has two words or more.
pub(super) fn split_at_y(part: &str) -> Vec<&str> {
    let pieces: Vec<&str> = part.split(" y ").map(str::trim).collect();
    if pieces.len() > 1 && pieces.iter().all(|p| p.split_whitespace().count() >= 2) {
        pieces
    } else {
        vec![part]
    }
}

/// A name as a byline prints it, without what may follow it there: an affiliation after a
/// dash (`Jenny Smith – The Moon`) or a publication after `for` (`Jenny Smith For Daily Mail
/// Australia`, not `Jewish Voice for Peace`), a job title (`Jenny Smith Editor`, not the
/// `Staff` of `Our Foreign Staff`), a handle or a time after the name (`Jenny Smith
/// @jenny_smith 11:57AM`), a symbol (`Jenny Smith ❤️`). Unlike the text reader's
/// `name_with_role`, names need not be capitalised (a saved page's byline may be in any
/// script).
pub(super) fn name_without_extras(part: &str) -> String {
    let mut name = part.trim();
    // An address beside the name (`Jenny Smith <jenny@example.com>`, RSS's
    // `jenny@example.com (Jenny Smith)`, `Jenny Smith www.example.com`); an address alone
    // stays.
    let without_address;
    if EMAIL_ADDRESS.is_match(name) || WEB_ADDRESS.is_match(name) {
        let rest = EMAIL_ADDRESS.replace_all(name, " ");
        let rest = collapse(&WEB_ADDRESS.replace_all(&rest, " "));
        let rest = rest.trim();
        let rest = rest
            .strip_prefix('(')
            .and_then(|r| r.strip_suffix(')'))
            .unwrap_or(rest)
            .trim();
        if rest.chars().any(char::is_alphabetic) {
            without_address = rest.to_string();
            name = &without_address;
        }
    }
    if let Some(m) = AFTER_A_DASH.find(name) {
        name = &name[..m.start()];
    }
    if let Some(c) = WRITING_FOR.captures(name) {
        if let (Some(whole), Some(publication)) = (c.get(0), c.get(1)) {
            if names_a_publication(&name[publication.start()..]) {
                name = &name[..whole.start()];
            }
        }
    }
    // `Jenny Smith from Cuttings`: where the writer works, after their name.
    if let Some(m) = FROM_A_PLACE.find(name) {
        if name[..m.start()].split_whitespace().count() >= 2 {
            name = &name[..m.start()];
        }
    }
    // A user name with underscores for spaces (`Jenny_Smith`).
    let spaced;
    if !name.contains(char::is_whitespace) && USER_NAME.is_match(name) {
        spaced = name.replace('_', " ");
        name = &spaced;
    }
    let words: Vec<&str> = name.split_whitespace().collect();
    // Where the name's words end: at a handle or a time after it, or where only job words
    // follow two words or more, the last a job (`National Desk` stays whole).
    let end = words
        .iter()
        .skip(1)
        .position(|w| w.starts_with('@') || CLOCK_TIME.is_match(w))
        .map_or(words.len(), |i| i + 1);
    let end = (2..end)
        .find(|&i| is_a_job_phrase(&words[i..end]))
        .unwrap_or(end);
    let name = words[..end].join(" ");
    TRAILING_SYMBOLS.replace(&name, "").into_owned()
}

/// Pictographs, modifier symbols and separators a byline may end a name with (`❤️`, `|`),
/// not the marks some scripts end a name with (Tamil's virama, Thai's thanthakhat).
pub(super) static TRAILING_SYMBOLS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"[\p{So}\p{Sk}\u{FE0F}\u{200D}\s,;:|·•\-–—]+$").expect("valid regex")
});

/// Whether a byline's part is a job title only (`Senior Reporter`), not a name.
pub(super) fn is_a_job_title(part: &str) -> bool {
    let words: Vec<&str> = part.split_whitespace().collect();
    is_a_job_phrase(&words)
}

/// Whether words are a job title: job words (`Senior`, `Executive`, `spéciaux`) with a job
/// among them (`Editor`, `Envoyés`), perhaps with a beat or a place (`Senior Washington
/// Correspondent`, `Envoyés spéciaux à Toulouse`, `Correspondent in Paris`). A beat word
/// only follows a job word: `Jones Reporter` may end a name (`John Paul Jones Reporter`).
fn is_a_job_phrase(words: &[&str]) -> bool {
    let core_end = words
        .iter()
        .position(|w| PLACE_PREPOSITIONS.contains(w))
        .filter(|&at| at > 0 && (1..=3).contains(&(words.len() - at - 1)))
        .filter(|&at| {
            words[at + 1..]
                .iter()
                .all(|w| w.starts_with(char::is_uppercase))
        })
        .unwrap_or(words.len());
    let core = &words[..core_end];
    let job_word = |w: &&str| text::is_role_word(w) || is_a_job(w);
    let beats = core.iter().filter(|w| !job_word(w)).count();
    core.first().is_some_and(job_word)
        && core.iter().any(|w| is_a_job(w))
        && beats <= 2
        && core
            .iter()
            .all(|w| job_word(w) || w.starts_with(char::is_uppercase))
}

/// Words before the place a writer reports from (`Correspondent in Paris`, `Envoyés
/// spéciaux à Toulouse`).
const PLACE_PREPOSITIONS: [&str; 6] = ["in", "à", "en", "au", "aus", "im"];

/// Whether a word names a person's job (`Reporter`), not a group (`Staff`, `Desk`): the
/// last word of a job title.
pub(super) fn is_a_job(word: &str) -> bool {
    const JOBS: [&str; 30] = [
        "correspondant",
        "correspondante",
        "journaliste",
        "envoyé",
        "envoyée",
        "envoyés",
        "envoyées",
        "rédacteur",
        "rédactrice",
        "redakteur",
        "redakteurin",
        "korrespondent",
        "korrespondentin",
        "corresponsal",
        "periodista",
        "redactor",
        "redactora",
        "giornalista",
        "corrispondente",
        "editor",
        "reporter",
        "correspondent",
        "writer",
        "columnist",
        "contributor",
        "producer",
        "analyst",
        "photographer",
        "professor",
        "director",
    ];
    JOBS.contains(&word.to_lowercase().trim_end_matches([',', '.']))
}

/// Whether the words after a byline's `for` name a publication (`The Guardian`, `Daily
/// Mail Australia`, `Dailymail.com`, `AFP`), not the rest of a body's name (`Peace`).
pub(super) fn names_a_publication(text: &str) -> bool {
    const PRESS_WORDS: [&str; 20] = [
        "mail",
        "times",
        "post",
        "news",
        "guardian",
        "telegraph",
        "herald",
        "journal",
        "tribune",
        "magazine",
        "online",
        "daily",
        "weekly",
        "gazette",
        "independent",
        "observer",
        "standard",
        "express",
        "chronicle",
        "press",
    ];
    let lower = text.to_lowercase();
    lower.starts_with("the ")
        || lower.contains(".com")
        || text::is_agency(text)
        || lower
            .split(|c: char| !c.is_alphanumeric())
            .any(|w| PRESS_WORDS.contains(&w))
}

/// An affiliation after a name: a dash between spaces.
pub(super) static AFTER_A_DASH: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\s+[-–—]\s+").expect("valid regex"));

/// What a writer wrote for: `for` before a capitalised word.
pub(super) static WRITING_FOR: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\s+(?i:for)\s+(\p{Lu})").expect("valid regex"));

/// An e-mail address, perhaps in angle brackets.
pub(super) static EMAIL_ADDRESS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"<?(?:mailto:)?[\w.+-]+@[\w-]+(?:\.[\w-]+)+>?").expect("valid regex")
});

/// A web address (`www.example.com`, `https://example.com/jenny`).
pub(super) static WEB_ADDRESS: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)\(?(?:https?://|www\.)[^\s()]+\)?").expect("valid regex"));

/// A writer's workplace after their name: `from` before a capitalised word.
pub(super) static FROM_A_PLACE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\s+(?i:from)\s+\p{Lu}").expect("valid regex"));

/// Capitalised words joined by underscores (`Jenny_Smith`, `Jean_Paul_Sartre`).
pub(super) static USER_NAME: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\p{Lu}\p{Ll}+(?:_\p{Lu}[\p{L}'’-]*)+$").expect("valid regex"));

/// A time of day written as one word (`11:57AM`, `08:05`).
pub(super) static CLOCK_TIME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\d{1,2}:\d{2}(?::\d{2})?(?i:am|pm|a\.m\.|p\.m\.)?,?$").expect("valid regex")
});
