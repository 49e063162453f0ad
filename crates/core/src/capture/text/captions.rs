//! Photo captions and their credits (`… | Photo: X`, `(Reuters)`, `CreditX`, `© X`), split
//! apart.

use super::*;

/// An account control's words (`Anmelden`, `Registrieren`, `Se connecter`, `Login`).
pub(super) static ACCOUNT_CONTROL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:anmelden|abmelden|registrieren|einloggen|ausloggen|login|logout|log\s+in|log\s+out|sign\s+in|sign\s+up|sign\s+out|register|se\s+connecter|s'inscrire|connexion|inscription|iniciar\s+sesión|registrarse|entrar|mein\s+konto)$")
        .expect("valid regex")
});

pub(super) static CREDIT_LABELED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^(.+?)\s*(?:\||/|—|–|-)?\s*\(?((?:Photo|Photos|Photograph|Photography|Image|Images|Picture|Pic|Credit|Credits|Copyright|Illustration|Foto|Fotografía|Bild)(?:\s+credit)?\s*(?::|by\b|should\s+read\b))\s*(.+?)\)?$",
    )
    .expect("valid regex")
});

/// The New York Times' caption line: the caption, then `Credit` with no colon, glued to the
/// name or after a space, sometimes printed twice (`… underground.CreditCreditChang W. Lee/The
/// New York Times`). The caption ends a sentence.
pub(super) static CREDIT_UNLABELLED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#"^(.+?[.!?"”’)\]])\s*(?:Credit){1,2}(\s*)(\p{Lu}.{1,120})$"#).expect("valid regex")
});

/// A credit glued to the caption's last sentence, as a page's caption and credit elements
/// copy out of a browser side by side with no space (`… Lost Hills, California.David
/// McNew—Getty Images`, Time): it ends in a photo agency ([`PHOTO_SOURCES`]), after the
/// photographer's name and a slash or dash, or alone.
pub(super) static CREDIT_GLUED: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r#"^(.+[.!?][”’")]?)(\p{Lu}[^.!?]{1,80})$"#).expect("valid regex"));

/// AFP's caption ends with its credit chain after the sentence (`… November 9, 2016. / AFP /
/// JIM WATSON`) before Getty's `(Photo credit should read JIM WATSON/AFP/Getty Images)`.
pub(super) static AGENCY_CHAIN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(.+[.!?])\s*/\s*([^/.!?]{1,40}(?:\s*/\s*[^/.!?]{1,40}){0,3})$")
        .expect("valid regex")
});

/// The caption without a trailing agency chain that repeats a part of its credit.
pub(super) fn without_agency_chain(caption: &str, credit: &str) -> String {
    let credit = credit.to_lowercase();
    match AGENCY_CHAIN.captures(caption) {
        Some(c)
            if c[2]
                .split('/')
                .map(|part| part.trim().to_lowercase())
                .any(|part| part.chars().count() >= 2 && credit.contains(&part)) =>
        {
            c[1].trim().to_string()
        }
        _ => caption.to_string(),
    }
}

pub(super) static CREDIT_PAREN: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(.+?)\s*\(([^()]{2,60})\)$").expect("valid regex"));

pub(super) static CREDIT_AFTER_SENTENCE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(.+[.!?])\s+(\p{Lu}[^.!?/]{1,60}/[^.!?]{2,60})$").expect("valid regex")
});

pub(super) static CREDIT_COPYRIGHT: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(.+?)\s*©\s*(.{2,80})$").expect("valid regex"));

pub(super) const PHOTO_SOURCES: &[&str] = &[
    "reuters",
    "ap",
    "afp",
    "epa",
    "getty",
    "getty images",
    "shutterstock",
    "alamy",
    "pa",
    "efe",
    "anadolu",
    "xinhua",
    "tass",
    "sipa",
    "dpa",
    "ansa",
    "bloomberg",
    "file",
    "associated press",
    "the associated press",
    "ap photo",
    "ap images",
    "agence france-presse",
    "agence france presse",
    "press association",
    "pa wire",
    "pa images",
    "european pressphoto agency",
    "epa-efe",
    "kyodo",
    "yonhap",
    "aap",
    "ani",
    "pti",
    "nurphoto",
    "zuma",
    "zuma press",
    "zuma wire",
    "sopa images",
    "imago",
    "picture alliance",
    "picture-alliance",
    "keystone",
    "abaca",
    "belga",
    "anp",
    "ntb",
    "ritzau",
    "lehtikuva",
    "pap",
    "ria novosti",
    "sputnik",
    "rex",
    "rex features",
    "wenn",
    "handout",
    "file photo",
    "nasa",
];

/// Splits `caption` and `credit` on the common credit forms (also used for the captions of
/// saved pages, after their own markup).
pub(crate) fn caption_credit(text: &str) -> Option<(String, String)> {
    if text.chars().count() > 500 {
        return None;
    }
    let clean = |s: &str| {
        s.trim()
            .trim_end_matches(['|', '-', '—', '–', '/', ','])
            .trim()
            .to_string()
    };
    if let Some(c) = CREDIT_LABELED.captures(text) {
        let caption = clean(c.get(1)?.as_str());
        let label = c.get(2)?.as_str();
        let credit = clean(c.get(3)?.as_str());
        // `… takeover Credit: HARARE HERALD`: a capitalised label with a colon is a separator.
        let sep_ok = ends_sentence(&caption)
            || label.ends_with(':')
            || text.get(caption.len()..).is_some_and(|rest| {
                rest.trim_start()
                    .starts_with(['|', '(', '/', '—', '–', '-'])
            });
        // `(Foto: …)`, `© Foto: …`: nothing but punctuation before the label is a credit on
        // a line of its own (see `mark_lone_credits`).
        // So is a label word before the label (`Photo Credit: Catwalkpictures`).
        let has_caption =
            caption.chars().any(char::is_alphanumeric) && !CREDIT_LABEL_WORD.is_match(&caption);
        if has_caption && !credit.is_empty() && credit.chars().count() <= 80 && sep_ok {
            // `Der Virologe © picture alliance/dpa Foto: Jane Roe`: the agency's copyright
            // and the photographer are both the credit.
            if let Some((before, after)) = caption.split_once('©') {
                if before.chars().any(char::is_alphanumeric) {
                    return Some((clean(before), format!("{} {label} {credit}", after.trim())));
                }
            }
            return Some((without_agency_chain(&caption, &credit), credit));
        }
    }
    if let Some(c) = CREDIT_UNLABELLED.captures(text) {
        let caption = clean(c.get(1)?.as_str());
        let credit = clean(c.get(3)?.as_str());
        // Glued (`…weather.CreditKirsten Luce`) it cannot be prose; spaced, the credit must
        // not read as a sentence of its own (`… fell. Credit Suisse said it would…`).
        let glued = c.get(2).is_some_and(|m| m.as_str().is_empty());
        let name_like = word_count(&credit) <= 12 && !ends_sentence(&credit);
        if !caption.is_empty() && (glued || name_like) && word_count(&credit) <= 16 {
            return Some((caption, credit));
        }
    }
    if let Some(c) = CREDIT_GLUED.captures(text) {
        let caption = c[1].trim().to_string();
        let credit = CREDIT_LABEL.replace(c[2].trim(), "").into_owned();
        let agency = credit
            .rsplit(['/', '—', '–', '|'])
            .next()
            .map(|p| p.trim().to_lowercase())
            .is_some_and(|p| PHOTO_SOURCES.contains(&p.as_str()));
        if agency && word_count(&caption) >= 4 && word_count(&credit) <= 10 {
            return Some((caption, credit));
        }
    }
    if let Some(c) = CREDIT_PAREN.captures(text) {
        let caption = clean(c.get(1)?.as_str());
        let credit = c.get(2)?.as_str().trim().to_string();
        let lc = credit.to_lowercase();
        let known = lc
            .split(['/', ',', ';'])
            .map(str::trim)
            .any(|p| PHOTO_SOURCES.contains(&p) || p.ends_with("getty images"));
        // `… for halibut and black cod. (Ellen M. Banner / The Seattle Times)`: after a
        // sentence, a photographer's name and the outlet, slashed apart.
        let photographer = ends_sentence(&caption)
            && word_count(&caption) >= 5
            && credit.split_once('/').is_some_and(|(who, outlet)| {
                let outlet = outlet.trim();
                is_name(who.trim())
                    && !outlet.contains('/')
                    && (1..=5).contains(&word_count(outlet))
                    && outlet.chars().next().is_some_and(char::is_uppercase)
            });
        if (known && word_count(&caption) >= 2) || photographer {
            return Some((caption, credit));
        }
    }
    // `… across its supply chain. Mike Blake/Reuters files`: after the caption's last full
    // stop, a name and a known agency joined by a slash.
    if let Some(c) = CREDIT_AFTER_SENTENCE.captures(text) {
        let caption = clean(c.get(1)?.as_str());
        let credit = clean(c.get(2)?.as_str());
        let agency = credit.split('/').skip(1).any(|part| {
            let lc = part.trim().to_lowercase();
            lc.split_whitespace()
                .next()
                .is_some_and(|w| PHOTO_SOURCES.contains(&w))
                || lc.contains("getty images")
        });
        if agency && word_count(&credit) <= 8 && word_count(&caption) >= 3 {
            return Some((caption, credit));
        }
    }
    if let Some(c) = CREDIT_COPYRIGHT.captures(text) {
        let caption = clean(c.get(1)?.as_str());
        let credit = clean(c.get(2)?.as_str());
        if word_count(&caption) >= 2 && word_count(&credit) <= 8 {
            return Some((caption, credit));
        }
    }
    // News Corp Australia's captions: `… for two years. Source: Supplied`, `Source: AFP`.
    // `Source:` after a sentence also credits a chart's figures (`Source: ONS`), so only a
    // picture's source counts: one handed out (`Supplied`) or a picture agency.
    if let Some(c) = CREDIT_SOURCE.captures(text) {
        let caption = clean(c.get(1)?.as_str());
        let credit = clean(c.get(2)?.as_str());
        let lc = credit.to_lowercase();
        let picture_source = lc == "supplied"
            || lc
                .split(['/', ','])
                .map(str::trim)
                .any(|p| PHOTO_SOURCES.contains(&p) || p.ends_with("getty images"));
        if picture_source && word_count(&caption) >= 3 {
            return Some((caption, credit));
        }
    }
    None
}

/// A caption's last sentence, then its picture's source (`… two years. Source: Supplied`).
pub(super) static CREDIT_SOURCE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(.+[.!?\p{Pf}])\s+Source:\s*(\S.{0,60})$").expect("valid regex")
});
