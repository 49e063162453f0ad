//! Rules over a unit and the lines beside it: a date labelled by the line above, sign-up
//! pitches, alt text worded like a caption, a byline split over two lines, a credit on a
//! line of its own.

use super::*;

/// A date printed under its label (`Published:` / `2017-08-15`, `Updated:` / `2017-12-26`,
/// a definition list) takes the role that label gives; under another label (`Completed:`,
/// `Expires:`, `Born:`) it dates something else than the article and is furniture.
pub(super) fn label_dates_from_the_line_above(units: &mut [Unit]) {
    for i in 1..units.len() {
        let Kind::Date(_, value) = &units[i].kind else {
            continue;
        };
        let label = units[i - 1].text.trim();
        if !label.ends_with([':', '：']) || word_count(label) > LONE_LABEL_WORDS {
            continue;
        }
        units[i].kind = match dates::date_line(&format!("{label} {}", value.raw), None) {
            Some((role, _)) => Kind::Date(role, value.clone()),
            None => Kind::Furniture,
        };
    }
}

/// An e-mail address field of a form: `Email (required)`, `E-Mail-Adresse [ ]`, `Your
/// email address *`, `Adresse e-mail :`.
pub(super) static EMAIL_FIELD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)^(?:your\s+|ihre\s+|votre\s+|tu\s+)?(?:e-?mail(?:[- ]?(?:address|adresse))?|adresse\s+e-?mail|correo(?:\s+electrónico)?)\s*(?:\(required\)|\(erforderlich\)|\*|:)?\s*(?:\[[^\]]*\])?\s*$",
    )
    .expect("valid regex")
});

/// Most words of a newsletter's pitch over its e-mail field.
pub(super) const SIGNUP_PITCH_WORDS: usize = 30;

/// A newsletter box's heading (`Subscribe To Our Newsletter`, `Newsletter abonnieren`).
pub(super) static NEWSLETTER_HEADING: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)newsletter").expect("valid regex"));

/// A sign-up form's button, alone on its line (`Subscribe`, `[Sign up]`, `Jetzt abonnieren`).
pub(super) static SIGNUP_BUTTON: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^\[?\s*(?:jetzt\s+)?(?:subscribe|sign\s*up|sign\s+me\s+up|join|abonnieren|anmelden|s'abonner|s'inscrire|inscrivez-vous|je\s+m'inscris|suscribirse|suscríbete|iscriviti)(?:\s+now)?\s*!?\s*\]?$")
        .expect("valid regex")
});

/// A newsletter box inside the article: its pitch (`Command Line delivers daily updates
/// from the near-future.`, `Wir informieren Sie regelmäßig zum Thema Neue Rechte …`) is the
/// short line right over an e-mail field, and a short heading over the pitch (`Aktuelle
/// Recherchen per Mail`) is the box's: both are furniture, not the story's text. A comment
/// form's field stands under `Leave a comment`, which is no pitch (it is a comment marker).
/// A box without a field (G/O Media's `Subscribe To Our Newsletter` / `Your guide to gaming
/// delivered to your inbox daily.` / `Subscribe`) has its pitch between a heading that names
/// a newsletter and the sign-up button.
pub(super) fn mark_signup_pitches(units: &mut [Unit]) {
    for i in 1..units.len() {
        let text = units[i].text.trim();
        let button_under_newsletter_heading = || {
            SIGNUP_BUTTON.is_match(text)
                && i >= 2
                && NEWSLETTER_HEADING.is_match(&units[i - 2].text)
                && word_count(&units[i - 2].text) <= 8
        };
        let button = button_under_newsletter_heading();
        if !EMAIL_FIELD.is_match(text) && !button {
            continue;
        }
        let pitch = i - 1;
        if units[pitch].kind != Kind::Prose || word_count(&units[pitch].text) > SIGNUP_PITCH_WORDS {
            continue;
        }
        units[pitch].kind = Kind::Furniture;
        if button {
            units[i].kind = Kind::Furniture;
        }
        if let Some(heading) = pitch.checked_sub(1) {
            if units[heading].kind == Kind::Short {
                units[heading].kind = Kind::Furniture;
            }
        }
    }
}

/// A picture's alt text worded like the caption under it (`Zugverkehr: Ein Zug in England.
/// Zugreisen durch … teuer.` over `Ein Zug in England: Zugreisen durch … teuer. © Ben
/// Stansall/AFP`): four or more words, nearly all of them the caption's. It is the photo's
/// alt text, not a paragraph of the article.
pub(super) fn mark_alts_worded_like_captions(units: &mut [Unit]) {
    let words = |text: &str| -> HashSet<String> {
        text.split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(str::to_lowercase)
            .collect()
    };
    for i in 1..units.len() {
        let Kind::Caption { caption, .. } = &units[i].kind else {
            continue;
        };
        let above = &units[i - 1];
        if !matches!(above.kind, Kind::Prose | Kind::Short) || above.bulleted {
            continue;
        }
        let (mine, theirs) = (words(&above.text), words(caption));
        let shared = mine.intersection(&theirs).count();
        let smaller = mine.len().min(theirs.len());
        if smaller >= 4 && shared * 10 >= smaller * 9 {
            units[i - 1].kind = Kind::Alt;
        }
    }
}

/// A comment's reply button at the end of its header line.
pub(super) static COMMENT_REPLY_END: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)[-|·•]\s*(?:antworten|reply|répondre|responder|rispondi)\s*$")
        .expect("valid regex")
});

/// A byline's word on a line of its own (`Von`, `By:`), the author's name on the next (a
/// link the browser copied apart): the name's line is the byline, the word's is furniture.
pub(super) fn join_split_bylines(units: &mut [Unit]) {
    for i in 0..units.len().saturating_sub(1) {
        let word = if LONE_BYLINE_WORD.is_match(&units[i].text) {
            units[i].text.as_str()
        } else if BYLINE_WORD_AT_END.is_match(&units[i].text) {
            "By"
        } else {
            continue;
        };
        let joined = format!("{word} {}", units[i + 1].text);
        if let Some(kind @ Kind::Byline { .. }) = byline(&joined) {
            units[i].kind = Kind::Furniture;
            units[i + 1].kind = kind;
        }
    }
}

pub(super) static LONE_BYLINE_WORD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:[Bb]y|BY|[Vv]on|VON|[Pp]ar|[Pp]or)\s*:?$").expect("valid regex")
});

/// A line saying who wrote the post, their name on the next (`Written on Mar 17 by` /
/// `Pippin Lee`, `Posted by`).
pub(super) static BYLINE_WORD_AT_END: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:[Ww]ritten|[Pp]osted|[Pp]ublished|WRITTEN|POSTED)\b.{0,30}\s(?:by|BY)\s*:?$")
        .expect("valid regex")
});

/// Whether what follows an image's alt text on the caption line (`rest`) is a credit, or
/// nothing: a name or agency set apart by a space or a separator (`Radwege im SalzburgerLand
/// SalzburgerLand Tourismus / Markus Greber`), never a sentence that goes on from the alt
/// (an author's photo named `Meike Neitz` above `Meike Neitz studierte …`, a heading above
/// `Nachhaltige Mobilität: "The Last Parklet of Stuttgart"`, a word cut in two).
pub(super) fn reads_as_credit_after_alt(rest: &str) -> bool {
    let credit = rest.trim();
    if !credit.chars().any(char::is_alphanumeric) {
        return true;
    }
    let set_apart = rest
        .chars()
        .next()
        .is_some_and(|c| c.is_whitespace() || "|-—–/(©•".contains(c));
    let first = credit.trim_start_matches(['|', '-', '—', '–', '/', '(', '©', '•', ' ']);
    let opens_like_a_name = first.chars().next().is_some_and(|c| {
        c.is_uppercase()
            || c.is_numeric()
            || (c.is_lowercase()
                && first
                    .split_whitespace()
                    .next()
                    .is_some_and(|w| w.contains('/')))
    });
    set_apart && opens_like_a_name && word_count(credit) <= 12 && !ends_sentence(credit)
}

/// A photo credit on a line of its own: NYT's `CreditKevin Frayer/Getty Images` (glued, never
/// prose), or `Credit Harry Campbell` / `Photo: Reuters` / `Photo by Jane Roe`, also in
/// brackets or after a copyright sign (`(Foto: Christian Charisius/dpa)`, `© Foto: Jane Roe`,
/// `• Crédits : Getty`).
pub(super) static LONE_CREDIT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(\(\s*|©\s*|•\s*)?(?:(?:Credit){1,2}(\s*)|(?i:photo|photograph|image|picture|credit|crédit|foto|bild|illustration)s?(?i:\s+(credit))?\s*(?::|(?i:by)\b)\s*)([\p{L}\p{N}].{1,120}?)\s*\)?$")
        .expect("valid regex")
});

/// The most words of a caption paragraph that a bracketed credit line below it
/// (`(Foto: …)`) turns into a caption.
pub(super) const CAPTION_ABOVE_CREDIT_WORDS: usize = 40;

/// A credit on a line of its own belongs to the photo printed just before it: it completes a
/// caption that has none, or after a picture placeholder (`[db-dealpro]`, `Photo`) it is a
/// photo record of its own, without a caption. NYT's glued `CreditName` is one anywhere, and
/// so is a bracketed or copyright credit (`(Bild: Jane Roe/Shutterstock)` under a paragraph
/// of the body: the picture had no caption). A bracketed credit under a short sentence that
/// stands under the picture's title makes that sentence its caption (Süddeutsche Zeitung's
/// `… zu langsam ist.` / `(Foto: …/dpa)`).
pub(super) fn mark_lone_credits(units: &mut [Unit]) {
    for i in 0..units.len() {
        if !matches!(units[i].kind, Kind::Short | Kind::Furniture | Kind::Nav) {
            continue;
        }
        // The credit the BBC prints above a picture's caption: `Image source, Getty Images`
        // (older pages: `Image copyright Getty Images`), in any of its languages.
        if let Some(credit) = bbc_labels::labelled_source(&units[i].text) {
            let credit = credit.to_string();
            if let Some(Kind::Caption {
                credit: slot @ None,
                ..
            }) = units.get_mut(i + 1).map(|u| &mut u.kind)
            {
                *slot = Some(credit);
                units[i].kind = Kind::Furniture;
            } else {
                units[i].kind = Kind::Caption {
                    caption: String::new(),
                    credit: Some(credit),
                };
            }
            continue;
        }
        let Some(c) = LONE_CREDIT.captures(&units[i].text) else {
            continue;
        };
        let credit = c.get(4).map_or("", |m| m.as_str()).trim().to_string();
        if word_count(&credit) > 12 || ends_sentence(&credit) {
            continue;
        }
        let glued = c.get(2).is_some_and(|m| m.as_str().is_empty());
        let labelled = c.get(2).is_none();
        // Bracketed, after `©` or `•`, or labelled `Photo credit:`, it cannot be anything else.
        let marked = c.get(1).is_some() || c.get(3).is_some();
        let bracketed = c.get(1).is_some_and(|m| m.as_str().starts_with('('));
        // Unmarked, the credit starts with a capital (`Photo: Reuters`); in brackets it may
        // be a user name (`(Credit: iStock)`).
        if !marked && !credit.chars().next().is_some_and(char::is_uppercase) {
            continue;
        }
        let prev = i.checked_sub(1);
        if let Some(Kind::Caption {
            credit: slot @ None,
            ..
        }) = prev.map(|p| &mut units[p].kind)
        {
            *slot = Some(credit);
            units[i].kind = Kind::Furniture;
            continue;
        }
        if bracketed {
            if let Some(p) = prev.filter(|&p| caption_above_credit(units, p)) {
                units[p].kind = Kind::Caption {
                    caption: units[p].text.clone(),
                    credit: Some(credit),
                };
                units[i].kind = Kind::Furniture;
                continue;
            }
        }
        // Labelled (`Photograph by …`, not NYT's glued `Credit`) under a short paragraph
        // printed twice in a row (the picture's alt text, then its caption): that paragraph
        // is the caption.
        let doubled = prev.filter(|&p| {
            p > 0
                && units[p].text == units[p - 1].text
                && word_count(&units[p].text) <= CAPTION_ABOVE_CREDIT_WORDS
                && !is_title_candidate(&units[p])
        });
        if let Some(p) = doubled.filter(|_| labelled) {
            units[p - 1].kind = Kind::Alt;
            units[p].kind = Kind::Caption {
                caption: units[p].text.clone(),
                credit: Some(credit),
            };
            units[i].kind = Kind::Furniture;
            continue;
        }
        let after_picture = prev.map(|p| &units[p]).is_some_and(|u| {
            IMAGE_PLACEHOLDER.is_match(&u.text)
                || matches!(u.text.as_str(), "Photo" | "Image" | "Picture" | "Foto")
        });
        if glued || marked || after_picture {
            units[i].kind = Kind::Caption {
                caption: String::new(),
                credit: Some(credit),
            };
        }
    }
}

/// Whether unit `p` is a caption paragraph for the bracketed credit under it: one short
/// paragraph, a sentence (a headline above the lead picture's credit is none), right under
/// a short line that is not one (the picture's title), its alt text or its placeholder
/// (`[Barcode-Sc]`). A paragraph under the body's text,
/// a date or another picture is the body's.
pub(super) fn caption_above_credit(units: &[Unit], p: usize) -> bool {
    let unit = &units[p];
    let under_a_title = p.checked_sub(1).is_some_and(|q| {
        let above = &units[q];
        (above.kind == Kind::Short && !above.bulleted && !ends_sentence(&above.text))
            || above.kind == Kind::Alt
            || IMAGE_PLACEHOLDER.is_match(&above.text)
    });
    matches!(unit.kind, Kind::Prose | Kind::Short)
        && !unit.bulleted
        && word_count(&unit.text) <= CAPTION_ABOVE_CREDIT_WORDS
        && ends_sentence(&unit.text)
        && under_a_title
}
