//! Page furniture: share buttons, comment counters and forms, rights notices, banners, page
//! controls, media players, pictures named after the article, paywalls, genre labels.

use super::*;

pub(super) const SHARE_WORDS: &[&str] = &[
    "facebook",
    "twitter",
    "x",
    "google plus",
    "google+",
    "whatsapp",
    "email",
    "e-mail",
    "mail",
    "print",
    "copy link",
    "copy",
    "link",
    "linkedin",
    "reddit",
    "pinterest",
    "telegram",
    "messenger",
    "tumblr",
    "flipboard",
    "pocket",
    "share",
    "tweet",
    "recommend",
    "save",
    "sms",
    "bluesky",
    "threads",
    "mastodon",
    "vk",
    "instagram",
    "youtube",
    "rss",
    "pin it",
    "reblog",
    // The like button, in the languages that print it as words.
    "like",
    "gefällt mir",
    "j'aime",
    "me gusta",
    "mi piace",
    "vind ik leuk",
    "to se mi líbí",
    "páči sa mi to",
    "lubię to!",
    // Share and print buttons in other languages.
    "teilen",
    "twittern",
    "drucken",
    "partager",
    "imprimer",
    "compartir",
    "imprimir",
    "condividi",
    "delen",
    "compartilhar",
    "partilhar",
    "поделиться",
    "ツイート",
    "共有",
    "シェア",
    "シェアする",
    "いいね！",
    "ブックマーク",
    "lineで送る",
    "分享",
    "分享到",
    // Chinese networks and the print button (BBC Chinese's share bar).
    "微博",
    "新浪微博",
    "腾讯微博",
    "微信",
    "qq空间",
    "人人",
    "人人网",
    "开心网",
    "豆瓣",
    "打印",
    "打印本页",
    "打印文稿",
    "列印",
    "공유",
    "공유하기",
];

/// `Share on …` in the languages whose buttons say so (`Teilen auf Twitter`).
pub(super) const SHARE_ON: &[&str] = &[
    "share on ",
    "share via ",
    "share to ",
    "teilen auf ",
    "teilen per ",
    "partager sur ",
    "compartir en ",
    "condividi su ",
    "delen op ",
    "compartilhar no ",
    "partilhar no ",
];

/// Whether a block of a page is one of its controls: a share button, a comment link or
/// counter, or other furniture ([`is_furniture`]).
pub(in crate::capture) fn is_page_control(text: &str) -> bool {
    let lower = text.trim().to_lowercase();
    is_share(&lower) || COMMENTS.is_match(&lower) || is_furniture(text, &lower)
}

pub(super) fn is_share(lower: &str) -> bool {
    // What follows `Share on` / `Teilen auf` …: the network.
    let network = SHARE_ON.iter().find_map(|on| lower.strip_prefix(on));
    let l = network.unwrap_or(lower).trim_end_matches(':').trim();
    SHARE_WORDS.contains(&l)
        // A row of buttons on one line (`Teilen Twittern`, `Facebook Twitter Email`).
        || (l.contains(' ') && l.split_whitespace().all(|w| SHARE_WORDS.contains(&w)))
        || l.starts_with("share this")
        // `Share to Kinja`, `Teilen auf Mastodon`: a button to any network.
        || network.is_some_and(|network| network.split_whitespace().count() <= 2)
        || l.contains("click to share")
        || l.contains("click to email")
        || l.contains("click to print")
        || l == "share the article"
        || l == "share article"
}

pub(super) static COMMENTS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)^(?:there (?:are|is)\s+)?(?:\d+\s+|no\s+)?(?:reader\s+|user\s+)?(?:comments?|responses?|replies)(?:\s*\(\d+\))?(?:\s+(?:so far|yet))?\W*$|^reply$|^\d+\s+réactions?\W*$|^\d+\s+(?:comments?|responses?|replies|thoughts?|discussions?)\s+(?:on|to)\b|^(?:view|show|read|see|load|hide)\s+(?:all\s+)?(?:\d+\s+)?comments?\b|^(?:leave|post|add|write)\s+a\s+(?:comment|reply|response)|^post with no comments|^be the first to comment|^join the (?:conversation|discussion)|^(?:\d+\s+)?thoughts? on\b|your email address will not be published|^(?:all )?fields (?:marked with \* )?are required|^(?:to|para poder) (?:comment|comentar)\b|^los comentarios publicados|^(?:\d+\s+)?(?:kommentare?|commentaires?|commenti|reacties|reacciones|comentarios|comentários|comentaris|commentaren|komentarze|komentáře|kommentarer|kommentit|комментарии|коментарі|yorumlar|σχόλια|コメント|评论|評論|댓글|التعليقات)(?:\s*\(\d+\))?\W*$|^(?:einen\s+)?kommentar(?:e)?\s+(?:schreiben|verfassen|hinterlassen)|^schreibe\s+einen\s+kommentar|^(?:kommentieren|comentar|comentá|commenter|commenta|commentare|skomentuj|reageer)\W*$|^(?:laisser|écrire|ajouter)\s+un\s+commentaire|^(?:deja|dejar|escribe)\s+un\s+comentario|^lascia\s+un\s+commento|^kommentarfeed\b|^(?:die\s+)?kommentare\s+(?:sind\s+)?geschlossen|^commentaires\s+(?:sont\s+)?fermés|^comments\s+are\s+closed|^erforderliche\s+felder\s+sind\s+mit\b|^benachrichtige\s+mich\b",
    )
    .expect("valid regex")
});

/// The rules over a comment section: `CNN welcomes a lively and courteous discussion …`,
/// `The views expressed in the comments below do not reflect …`, CNN Arabic's `ترحب شبكة CNN
/// بالنقاش الحيوي …` and `الآراء الواردة أدناه لا تعبر عن رأي …`.
pub(super) static COMMENT_POLICY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)^\S+(?:\s+\S+){0,3}\s+welcomes?\s+(?:a\s+|an\s+)?(?:\w+\s+){0,4}(?:discussion|debate|comments)\b.{0,200}\b(?:rules|guidelines|terms|policy|conduct)\b|^(?:the\s+)?(?:views|opinions|comments)\s+(?:expressed\s+)?(?:below|in\s+(?:the\s+)?comments(?:\s+below)?|posted\s+below)\s+(?:do\s+not|don't|are\s+not)\b|^comments\s+are\s+(?:moderated|pre-moderated|subject\s+to)\b|^les\s+commentaires\s+(?:sont\s+modérés|ne\s+reflètent)\b|^(?:die\s+)?kommentare\s+(?:werden\s+moderiert|geben\s+nicht|spiegeln\s+nicht)\b|^ترحب\s+.{0,40}بالنقاش|^الآراء\s+الواردة\s+(?:أدناه|في\s+التعليقات)",
    )
    .expect("valid regex")
});

pub(in crate::capture) fn is_comments_start(lower: &str) -> bool {
    lower != "comment" && (COMMENTS.is_match(lower) || COMMENT_POLICY.is_match(lower))
}

pub(super) static FURNITURE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?ix)^(?:
            advertisement|advertising|ad|ads|sponsored(?:\s+content)?|promoted|
            share|shares|print(?:\s+this)?(?:\s+(?:article|page|story))?|
            e-?mail\s+this(?:\s+(?:article|page|story))?|
            (?:tags?|topics?|keywords|filed\s+under|categor(?:y|ies)|kategorien?|catégories?|categorías?)(?:\s*:.*)?|
            (?:e-?mail\s+)?newsletter|(?:next|previous|prev)\s+page|pages?\s*:?(?:\s+\d+){2,}|
            # A post's sign-off by its account (`posted by Stadler at 12:53`), Drupal's
            # `Submitted by jane on …`, `Gespeichert von am 24. Juli 2017 - 18:55`.
            # (A time or a year there, no clause after it: `Posted by her sister at 3 a.m.,
            # the video …` is a sentence.)
            posted\s+by\s+\S+(?:\s+\S+){0,2}\s+(?:at|on)\s+[^,;]{0,30}(?:\d{1,2}:\d{2}|\b(?:19|20)\d{2}\b)[^,;]{0,20}|
            submitted\s+by\s+[^,;]{0,40}\bon\s+[^;]{0,30}(?:\d{1,2}:\d{2}|\b(?:19|20)\d{2}\b)[^,;]{0,20}|
            (?:gespeichert|eingetragen)\s+von\s+[^,;]{0,40}\bam\s+[^;]{0,30}(?:\d{1,2}:\d{2}|\b(?:19|20)\d{2}\b)[^,;]{0,20}|
            loading\.*|close|menu|search|sign\s+in|log\s+in|log\s+out|sign\s+up|register|
            subscribe(?:\s+now)?|newsletter|skip\s+to\s+(?:main\s+)?content|skip\s+navigation|
            back\s+to\s+top|top|next|previous|more|continue\s+reading.*|read\s+more|
            like\s+this|like\s+loading.*|supported\s+by|(?:posted|filed)\s+in\s+.*|tagged\s+.*|
            (?:next|previous|prev)\s+(?:story|article|post).*|.*\s+(?:story|article|post)\s*→|
            resize\s+text|text\s+size|print\s+this\s+page|bookmark(?:\s+it)?|save\s+(?:article|story)|
            (?:go\s+to\s+)?permalink|
            scroll\s+to\s+continue(?:\s+with\s+content)?|follow\s+us.*|live|audio\s+only|video|
            watch|listen|play|pause|toggle.*|expand|collapse|image|photo|gallery|
            you\s+might\s+also\s+like|most\s+(?:read|popular|viewed)|trending(?:\s+now)?|
            teilen|(?:diese\s+geschichte|artikel|beitrag)\s+teilen|(?:schlagworte|stichworte|schlagwörter)(?:\s*:.*)?|
            weiterlesen|mehr\s+lesen|zurück(?:\s+zur\s+übersicht)?|drucken|anzeige|werbung|
            publicité|publicidad|pubblicità|(?:published|posted|written)\s+by|geschrieben\s+von|
            veröffentlicht\s+von|
            lade\s+weitere\s+inhalte|mehr\s+laden|load\s+more|partager|compartir|condividi|
            audios\s+and\s+videos\s+on\s+the\s+topic|
            impressum|imprint|(?:show\s+all\s+)?notifications|(?:alle\s+)?benachrichtigungen(?:\s+anzeigen)?|
            feedback|navigation\s+überspringen|(?:haupt|main\s+)?navigation|hauptmenü|main\s+menu|kontakt|contact(?:\s+us)?|auf\s+einer\s+seite\s+lesen|
            zum\s+inhalt(?:\s+springen)?|(?:zurück\s+)?zur\s+startseite|back\s+to\s+home(?:page)?|
            je\s+m'abonne|je\s+m'identifie|mon\s+compte|my\s+account|mein\s+konto|
            (?:in|bei)\s+pocket\s+speichern|save\s+to\s+pocket|vorlesen|druckansicht|
            # An author box's link to the writer's other stories.
            alle\s+(?:artikel|beiträge)\s+(?:des|der|von)\s+(?:autors?|autorin)|
            (?:view\s+|see\s+)?all\s+(?:posts|articles|stories)\s+by(?:\s+(?:this\s+author|\S+(?:\s+\S+){0,2}))?|
            more\s+(?:from|by)\s+this\s+author|tous\s+les\s+articles\s+de\s+l['’]auteur
        )
        # An image's placeholder that the text browser printed beside the word (`Anzeige [ac]`).
        (?:\s*\[[\w-]{1,12}\])?\W*$",
    )
    .expect("valid regex")
});

/// An author box's link to the writer's other stories, by name (`MORE FROM Nathanael
/// Johnson`, `More by Jane Doe`): capitalised words only (`More from the front lines` is a
/// heading).
pub(super) static MORE_BY_NAME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?i:more\s+(?:from|by))\s+\p{Lu}[\p{L}'’.\-]*(?:\s+\p{Lu}[\p{L}'’.\-]*){0,3}\s*$")
        .expect("valid regex")
});

/// A rights notice or a how-to-cite block a site prints under its articles: `© 2016 The
/// Associated Press. All rights reserved. This material may not be published, …`, `™ & ©
/// 2013 Cable News Network, Inc.`, `Copyright 2023 NPR`, `Alle Rechte vorbehalten`, and
/// phys.org's `Citation: <headline> (2019, October 22) retrieved 20 January 2020 from
/// https://…` and `This document is subject to copyright. Apart from any fair dealing …`.
/// Matched on lower-cased text. (`All rights reserved` alone: [`RIGHTS_RESERVED`].)
pub(super) static RIGHTS_NOTICE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^(?:™\s*&\s*)?©|^copyright\s*(?:©|\(c\)|:|\d{4}\b)|^this (?:document|material|article|story|content) (?:is (?:subject to|protected by) copyright|may not be (?:published|reproduced|republished))\b|^citation:\s.{10,400}\bretrieved\b.{3,60}\bfrom\s+https?://\S+$",
    )
    .expect("valid regex")
});

/// `All rights reserved` and its like ending a sentence or the line (`2019 Healthline Media
/// UK Ltd. All rights reserved. MNT is …`); a notice when the line opens with it or holds a
/// © or a year. Matched on lower-cased text.
pub(super) static RIGHTS_RESERVED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"\b(?:all rights reserved|alle rechte vorbehalten|tous droits réservés|todos los derechos reservados|tutti i diritti riservati)(?:\.|$)",
    )
    .expect("valid regex")
});

/// A year, as a rights notice gives one.
pub(super) static NOTICE_YEAR: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\b(?:1[89]|20)\d{2}\b").expect("valid regex"));

/// Most words of a rights notice: past that it is a paragraph about rights.
pub(super) const MAX_NOTICE_WORDS: usize = 40;

/// Whether a line is a rights notice or a how-to-cite block ([`RIGHTS_NOTICE`],
/// [`RIGHTS_RESERVED`]).
pub(in crate::capture) fn is_rights_notice(text: &str, lower: &str) -> bool {
    if word_count(text) > MAX_NOTICE_WORDS {
        return false;
    }
    RIGHTS_NOTICE.is_match(lower)
        || RIGHTS_RESERVED
            .find(lower)
            .is_some_and(|m| m.start() == 0 || lower.contains('©') || NOTICE_YEAR.is_match(lower))
}

/// The credit a recommendation widget prints over or under its paid links (`by Taboola`,
/// `by TaboolaSponsored Links`, `Promoted by Outbrain`): no byline, however it starts.
pub(super) static AD_NETWORK_CREDIT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)^(?:(?:ads|promoted|sponsored|recommended|powered)\s+)?by\s*:?\s*(?:taboola|outbrain|revcontent|zergnet|mgid|nativo|plista|ligatus)",
    )
    .expect("valid regex")
});

pub(super) static BANNER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)we use cookies|uses cookies|cookie (?:policy|settings|preferences)|accept (?:all )?cookies|sign up for (?:our|the)\b.*newsletter|^sign up for\b.{0,80}\bnewsletters?\b|\b(?:abonnieren sie|melden sie sich|abonnez-vous|inscrivez-vous|suscríbete|iscriviti)\b.{0,80}\bnewsletter|^our standards:|^(?:learn|read) more about our (?:editorial )?(?:standards|guidelines|policies)\b|subscribe to (?:our|the)\b|newsletter sign.?up|(?:enable|turn on) javascript|javascript (?:is )?(?:disabled|required)|(?:upgrade|update) your browser|your browser (?:does not|doesn.t) support|^jump to navigation|^skip to|terms of (?:use|service)|privacy policy|^(?:sign|log) in to|^forgot your\b.*password|^refresh \(\d+ sec\) \S+$|^new to \S.{0,40}\? sign up$|^already a subscriber|^become a (?:member|subscriber)|^support (?:our|independent) journalism|privacy (?:terms|settings|choices)|^your video will (?:play|start|begin)|^(?:the )?video will (?:play|start|begin)|^create an account|e-?mail-adresse ist (?:vor|gegen) spambots geschützt|^(?:this )?field(?: input)? is required$|^(?:dieses )?feld ist (?:ein )?pflicht(?:feld)?$|^benötigen sie hilfe bei der registrierung|^need help (?:with|signing|registering)\b|^(?:youtube|video|twitter|instagram)[- ]aktivierung$|wir verwenden cookies|(?:diese|unsere) (?:website|webseite|seite) verwendet cookies|nous utilisons des cookies|utilizamos cookies|datenschutzerklärung|datenschutzbestimmungen|verwendet akismet|^ここから本文|^本文へ(?:スキップ|移動)?$|\.{5,}\s*\d+$",
    )
    .expect("valid regex")
});

pub(super) static PLACEHOLDER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)^(?:image|photo|video)?\[[^\]]*\]$|\[\s*\]|\[\s{3,}|\[[^\]\[]{0,40}\s\]$|^\S+\.(?:jpe?g|png|gif|webp|svg|avif)$|^[\d\W_]+$",
    )
    .expect("valid regex")
});

/// Words of page controls; a short line made only of them (`Log out Sign in`,
/// `« Vorige | Nächste »`) is furniture.
pub(super) const CONTROL_WORDS: &[&str] = &[
    "sign",
    "log",
    "in",
    "out",
    "up",
    "login",
    "logout",
    "register",
    "subscribe",
    "menu",
    "search",
    "go",
    "close",
    "home",
    "account",
    "my",
    "next",
    "previous",
    "prev",
    "back",
    "top",
    "more",
    "skip",
    "to",
    "content",
    "share",
    "print",
    "email",
    "suivant",
    "précédent",
    "siguiente",
    "anterior",
    "nächste",
    "vorige",
    "vorherige",
    "weiter",
    "zurück",
    "newer",
    "older",
    "page",
    "the",
    "impressum",
    "imprint",
    "menü",
    "kontakt",
    "contact",
    "inhalt",
    "startseite",
    "je",
    "m",
    "abonne",
    "identifie",
];

pub(super) fn is_control_line(lower: &str) -> bool {
    let words: Vec<&str> = lower
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    (2..=6).contains(&words.len()) && words.iter().all(|w| CONTROL_WORDS.contains(w))
}

/// A furniture phrase with a control word or two printed beside it on the same line
/// (`Auf einer Seite lesen Inhalt`, `Menu Subscribe now`): the rest of the line, after or
/// before up to two whole words that are all [`CONTROL_WORDS`], is furniture.
pub(super) fn furniture_beside_controls(lower: &str) -> bool {
    let words: Vec<&str> = lower.split_whitespace().collect();
    if words.len() < 3 || words.len() > 8 {
        return false;
    }
    let controls = |ws: &[&str]| {
        ws.iter()
            .all(|w| CONTROL_WORDS.contains(&w.trim_matches(|c: char| !c.is_alphanumeric())))
    };
    (1..=2).any(|n| {
        let (rest, trailing) = words.split_at(words.len() - n);
        let (leading, after) = words.split_at(n);
        (controls(trailing) && FURNITURE.is_match(&rest.join(" ")))
            || (controls(leading) && FURNITURE.is_match(&after.join(" ")))
    })
}

/// A relative time (`2 hours ago`, `1 day ago`, `yesterday`), which names no calendar date.
pub(super) static RELATIVE_TIME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)(?:\b(?:\d+|an?|one)\s+(?:sec(?:ond)?s?|mins?|minutes?|hours?|hrs?|days?|weeks?|months?|years?)\s+ago|\byesterday|\bjust now|\bil y a \d+\s+\w+|\bhace \d+\s+\w+|\bvor \d+\s+\w+|\bpřed \d+\s+\w+|\b\d{1,2}(?-i:h|d|m|min)\b)\s*$",
    )
    .expect("valid regex")
});

/// A text-mode image: its alt text in brackets (`[photo]`) or a bare file name (`map.png`).
pub(super) static IMAGE_PLACEHOLDER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:image|photo)?\[[^\]\[]{1,40}\]$|^\S+\.(?:jpe?g|png|gif|webp|svg|avif)$")
        .expect("valid regex")
});

/// The text of a video player's controls and caption-settings dialog (video.js, the player
/// on most news sites, prints these into a copied page).
pub(super) static MEDIA_PLAYER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?ix)^(?:play(?:\s+video)?|pause|replay|mute|unmute|fullscreen|non-fullscreen|picture-in-picture
        |(?:current|duration|remaining)\s+time\s*-?\d[\d:]*|duration\s+-?[\d:]+|(?:loaded|progress):\s*\d+(?:\.\d+)?\s*%
        |stream\s*type\s*live|seek\s+to\s+live.*|playback\s+rate|audio\s+track|chapters|descriptions|subtitles|captions
        |(?:descriptions|subtitles|captions|chapters)\s+off,\s+selected|captions\s+settings,.*|default,\s+selected
        |(?:foreground|background|window|font\s+size|text\s+edge\s+style|font\s+family)\s*\[.*\]
        |defaults\s+done|close\s+modal\s+dialog|this\s+is\s+a\s+modal\s+window\..*
        |(?:beginning|end)\s+of\s+dialog\s+window\..*)$",
    )
    .expect("valid regex")
});

/// A video player's lines (see [`MEDIA_PLAYER`]) become furniture when another player line or
/// a picture placeholder (the video) is at most two lines away: a lone `Play` or `Chapters`
/// may be a real sub-heading.
pub(super) fn mark_media_players(units: &mut [Unit]) {
    let player: Vec<bool> = units
        .iter()
        .map(|u| MEDIA_PLAYER.is_match(&u.text))
        .collect();
    for i in 0..units.len() {
        // Another control, or the video itself (a picture placeholder), close by.
        let near = (i.saturating_sub(2)..(i + 3).min(units.len()))
            .any(|j| j != i && (player[j] || IMAGE_PLACEHOLDER.is_match(&units[j].text)));
        if player[i] && near {
            units[i].kind = Kind::Furniture;
        }
    }
}

/// A line that tells a video from a picture: its length (`03:29`, `03:29 - Source: CNN`),
/// `Now playing`, `Video Ad Feedback`.
pub(super) static VIDEO_CUE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:now playing|video ad feedback|\d{1,2}:\d{2}(?::\d{2})?(?:\s*-\s*source:.*)?|-\s*source:.*)$")
        .expect("valid regex")
});

/// Lines after a caption searched for a [`VIDEO_CUE`].
pub(super) const VIDEO_CUE_REACH: usize = 3;

/// A caption with a video's cue under it (cnn.com's carousel: the still's caption, `Video
/// Ad Feedback`, the video's title, `03:29`, `Now playing`) captions a video's still, not a
/// photo of the article: it is furniture.
pub(super) fn mark_video_stills(units: &mut [Unit]) {
    for i in 0..units.len() {
        if !matches!(units[i].kind, Kind::Caption { .. }) {
            continue;
        }
        let cue = units
            .iter()
            .skip(i + 1)
            .take(VIDEO_CUE_REACH)
            .any(|u| VIDEO_CUE.is_match(u.text.trim()));
        if cue {
            units[i].kind = Kind::Furniture;
        }
    }
}

/// Lines that stand for a picture or a video inside the article: they do not interrupt it.
pub(super) fn is_media_placeholder(text: &str) -> bool {
    IMAGE_PLACEHOLDER.is_match(text)
        || MEDIA_PLAYER.is_match(text)
        || ARTICLE_PICTURE.is_match(text)
}

/// A picture's alt text naming the article it illustrates (`Illustration for article titled
/// The Spectacular Story Of emMetroid/em, …`, as G/O Media's sites print every picture of a
/// post): a picture, and the article's title, its inline markup's tag names left in.
pub(super) static ARTICLE_PICTURE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)^(?:illustration|image|photo|picture)\s+for\s+(?:article|post)\s+titled\s+(.+)$",
    )
    .expect("valid regex")
});

/// A tag's name left in text whose markup was stripped (`emMetroid/em`).
pub(super) static STRIPPED_TAG: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(?:em|i|b|strong)(?:\p{Lu})|/(?:em|i|b|strong)\b").expect("valid regex")
});

/// A title's letters alone, lower-cased: what a picture's alt text keeps of it.
pub(super) fn title_letters(text: &str) -> String {
    text.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

/// The title the page's pictures name ([`ARTICLE_PICTURE`]), as [`title_letters`].
pub(super) fn title_named_by_pictures(units: &[Unit]) -> Option<String> {
    units.iter().find_map(|u| {
        let named = ARTICLE_PICTURE.captures(&u.text)?.get(1)?.as_str();
        // `emMetroid/em` → `Metroid`: the tag's name goes, the capital after it stays.
        let untagged = STRIPPED_TAG.replace_all(named, |c: &regex::Captures| {
            c[0].chars()
                .last()
                .filter(|l| l.is_uppercase())
                .map(String::from)
                .unwrap_or_default()
        });
        Some(title_letters(&untagged))
    })
}

pub(in crate::capture) fn is_furniture(text: &str, lower: &str) -> bool {
    if FURNITURE.is_match(lower)
        || AD_NETWORK_CREDIT.is_match(lower)
        || WIKI_TAGLINE.is_match(lower)
        || MORE_BY_NAME.is_match(text)
        || is_rights_notice(text, lower)
        || PLACEHOLDER.is_match(text)
        || ARTICLE_PICTURE.is_match(text)
        || is_control_line(lower)
        || is_caption_control(text)
        || furniture_beside_controls(lower)
        || crate::capture::body_trim::READING_TIME.is_match(text)
        || crate::capture::body_trim::VIEW_COUNT.is_match(text)
    {
        return true;
    }
    if RELATIVE_TIME.find(text).is_some_and(|m| m.start() == 0) {
        return true;
    }
    let words = word_count(text);
    (BANNER.is_match(lower) && words <= 40)
        || (COOKIE_BANNER.is_match(lower) && words <= 150)
        || (PAYWALL.is_match(lower) && words <= MAX_PAYWALL_WORDS)
}

/// A paywall's notice where the text stops: `Subscribe to continue reading`, `This article
/// is for subscribers only`, `Dieser Artikel ist nur für Abonnenten`, `La suite est réservée
/// aux abonnés`, nikkei.com's `［有料会員限定］この記事は会員限定です。…続きをお読みいただけます。`
pub(super) static PAYWALL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)\b(?:subscribe|sign up|log in|register)\b.{0,40}\bto (?:continue|keep) reading\b|^to (?:continue|keep) reading\b|\bthis (?:article|story|content) is (?:only )?(?:available |reserved )?(?:to|for) (?:paying )?(?:subscribers|members)\b|\byou(?:'ve|’ve| have) reached (?:your|the) (?:free )?(?:article )?limit\b|\b(?:dieser|der) (?:artikel|beitrag|inhalt) ist (?:nur |exklusiv )?für (?:\S+-)?abonnent|\b(?:jetzt )?weiterlesen mit\b|\blesen sie (?:jetzt )?weiter mit\b|\b(?:cet article|la suite(?: de cet article)?) est réservée? aux abonnés|\b(?:este|el) (?:artículo|contenido) es exclusivo para suscriptores|\b(?:articolo|contenuto) riservato agli abbonati|この記事は(?:有料)?会員限定です|有料会員限定|続きをお読みいただけます",
    )
    .expect("valid regex")
});

/// Most words of a paywall's notice: past that it is a paragraph about subscriptions.
pub(super) const MAX_PAYWALL_WORDS: usize = 25;

/// The line a MediaWiki site prints right under an article's title (its `#siteSub`): `From
/// Wikipedia, the free encyclopedia`, and the same in German, French, Spanish, Italian.
pub(super) static WIKI_TAGLINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)^(?:from \p{L}[^,]{1,60}, the free \p{L}+(?: \p{L}+)?|aus \p{L}[^,]{1,60}, der freien enzyklopädie|(?:un article )?de \p{L}[^,]{1,60}, (?:l['’]encyclopédie libre|la enciclopedia libre)|da \p{L}[^,]{1,60}, l['’]enciclopedia libera)\.?$",
    )
    .expect("valid regex")
});

/// A cookie notice, often a long paragraph of its own.
pub(super) static COOKIE_BANNER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:this (?:site|website) uses|we use|we and our partners use) cookies\b")
        .expect("valid regex")
});

pub(super) const GENRES: &[&str] = &[
    "analysis",
    "opinion",
    "comment",
    "editorial",
    "review",
    "explainer",
    "interview",
    "feature",
    "obituary",
    "letters",
];

/// The genre a label names (`Opinion` → `opinion`, `Kommentar` → `comment`), when the whole
/// line is one; German, French and Spanish labels name the same genres.
pub(super) fn genre_word(text: &str) -> Option<&'static str> {
    let l = text.trim().trim_end_matches(':').trim().to_lowercase();
    let l = match l.as_str() {
        "reviews" | "rezension" | "kritik" | "critique" | "crítica" => "review",
        "features" | "reportage" | "reportaje" => "feature",
        "interviews" | "entretien" | "entrevista" => "interview",
        "obituaries" | "nachruf" | "nécrologie" | "necrológica" => "obituary",
        "letter" | "leserbriefe" => "letters",
        "editorials" | "leitartikel" | "éditorial" => "editorial",
        "analyse" | "análisis" => "analysis",
        "kommentar" | "commentaire" | "comentario" => "comment",
        "meinung" | "tribune" | "opinión" => "opinion",
        other => other,
    };
    GENRES.iter().copied().find(|g| *g == l)
}

/// A byline that opens with the piece's genre (`Eine Analyse von Caspar Schwietering`,
/// `An analysis by Jane Doe`, `Un commentaire de …`): the article and genre word (group 1)
/// (group 2) and where the byline proper (`von …`) starts (group 3). Without the article
/// only an English label counts (`Analysis by Jane Doe`): `Kritik von Merkel …` is a headline,
/// and `Comment by …`, `Review by …` head readers' comments and reviews.
pub(super) static GENRE_BYLINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^((?i:ein|eine|einen|an?|une?|una?)\s+)?(\p{L}+)\s+((?i:von|by|de|par|por)\s+\p{Lu})",
    )
    .expect("valid regex")
});

/// The genre and the byline proper of a genre-opened byline ([`GENRE_BYLINE`]).
pub(super) fn genre_byline(text: &str) -> Option<(&'static str, &str)> {
    let caps = GENRE_BYLINE.captures(text)?;
    let word = caps.get(2)?.as_str();
    let genre = genre_word(word)?;
    if caps.get(1).is_none()
        && (!word.eq_ignore_ascii_case(genre) || matches!(genre, "comment" | "review"))
    {
        return None;
    }
    Some((genre, text.get(caps.get(3)?.start()..)?))
}
