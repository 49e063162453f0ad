//! Other stories and pictures set into the page: slideshows and printed galleries, stacks
//! of teaser cards, boxes of popular stories, lists of truncated headlines.

use super::*;

pub(super) static SLIDE_COUNTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(\d{1,3})\s*(?:/|of)\s*(\d{1,3})(?:\s|$)").expect("valid regex")
});

/// A slideshow: 3+ slides numbered `1/50 …`, `2/50 …` (or `1 of 50`), each counter at most
/// [`MAX_SLIDE`] units after the one before. It is a gallery set into the page (often the
/// site's "in pictures" box), not the article's text: every unit from the first counter to the
/// end of the last slide (taken to be as long as the one before it, at most [`MAX_SLIDE`])
/// becomes [`Kind::Gallery`] — unless the slides' prose averages [`LONG_SLIDE_WORDS`] or more
/// (a listicle told as slides, a review under each). A strip of bare list markers (thumbnails)
/// is a gallery too.
pub(super) fn mark_slideshows(units: &mut [Unit]) {
    let counter = |u: &Unit| -> Option<(u32, u32)> {
        let c = SLIDE_COUNTER.captures(&u.text)?;
        let k: u32 = c.get(1)?.as_str().parse().ok()?;
        let n: u32 = c.get(2)?.as_str().parse().ok()?;
        (1..=n).contains(&k).then_some((k, n))
    };
    let slides: Vec<(usize, u32, u32)> = units
        .iter()
        .enumerate()
        .filter_map(|(i, u)| counter(u).map(|(k, n)| (i, k, n)))
        .collect();
    // A strip of 2+ bare list markers is a gallery's thumbnails (list items holding only a
    // picture without alt text).
    let bare = |u: &Unit| is_bare_marker(&u.text);
    for i in 0..units.len() {
        let strip = bare(&units[i])
            && (units.get(i + 1).is_some_and(bare)
                || i.checked_sub(1).is_some_and(|p| bare(&units[p])));
        if strip && matches!(units[i].kind, Kind::Furniture | Kind::Short | Kind::Nav) {
            units[i].kind = Kind::Gallery;
        }
    }
    let mut a = 0;
    while a < slides.len() {
        // A run of counters with the same total, each one more than the last and at most
        // `MAX_SLIDE` units after it.
        let mut b = a + 1;
        while b < slides.len()
            && slides[b].2 == slides[a].2
            && slides[b].1 == slides[b - 1].1 + 1
            && slides[b].0 - slides[b - 1].0 <= MAX_SLIDE
        {
            b += 1;
        }
        if b - a >= 3 {
            let last = slides[b - 1].0;
            let last_len = (last - slides[b - 2].0).min(MAX_SLIDE);
            let range = slides[a].0..(last + last_len).min(units.len());
            // A listicle told as slides (`1/10 The Godfather` and a review under each) is
            // the article itself: gallery captions are short.
            let slide_count = b - a;
            if prose_words(&units[range.clone()]) < LONG_SLIDE_WORDS * slide_count {
                for u in &mut units[range] {
                    // A slide's credit (`Jane Doe / Greenpeace`) may read as a breadcrumb.
                    if matches!(
                        u.kind,
                        Kind::Prose
                            | Kind::Short
                            | Kind::Nav
                            | Kind::Caption { .. }
                            | Kind::Breadcrumb(_)
                    ) {
                        u.kind = Kind::Gallery;
                    }
                }
            }
        }
        a = b;
    }
}

/// A button that shows or hides a slideshow's captions (`HIDE CAPTION`, `Show captions`),
/// never a caption itself.
pub(super) static CAPTION_CONTROL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:hide|show|expand|collapse|toggle)\s+captions?$|^bildunterschrift\s+(?:ein|aus)blenden$")
        .expect("valid regex")
});

/// True for a slideshow's caption button ([`CAPTION_CONTROL`]).
pub(in crate::capture) fn is_caption_control(text: &str) -> bool {
    CAPTION_CONTROL.is_match(text.trim())
}

/// A slideshow printed whole, as CNN's galleries are copied: its slides' captions one after
/// another, perhaps a caption button (`HIDE CAPTION`), then the gallery's title once per
/// slide (every slide carries it, all but one hidden). The run of [`MIN_SLIDE_TITLES`]+ copies
/// of one short line is the gallery's, not the text; the as many lines right before it (past
/// the button), each of a caption's length, are its slides' captions: photo records, as a
/// caption without its picture is in pasted text. Without that count of captions, the
/// copies are a gallery's pictures (their alt text) only when a picture counter (`Bild 1
/// von 9`) stands beside them or there are [`MIN_UNCAPTIONED_COPIES`]+ of them.
pub(super) fn mark_printed_galleries(units: &mut [Unit]) {
    let mut i = 0;
    while i < units.len() {
        let mut j = i + 1;
        while j < units.len() && units[j].text == units[i].text {
            j += 1;
        }
        let slides = j - i;
        let title_like = units[i].kind == Kind::Short && word_count(&units[i].text) >= 2;
        if slides >= MIN_SLIDE_TITLES && title_like {
            let mut end = i;
            let mut button = false;
            while end > 0
                && (is_caption_control(&units[end - 1].text)
                    || units[end - 1].kind == Kind::Furniture)
            {
                button |= is_caption_control(&units[end - 1].text);
                end -= 1;
            }
            // One block of lines each, captions and titles (a gallery's markup copies as
            // lines without blank ones between), or the caption button between them: the
            // same caption printed under three pictures of an article's text is no gallery.
            let one_block = |r: std::ops::Range<usize>| units[r].iter().all(|u| !u.blank_before);
            let captions = end.checked_sub(slides).map(|start| start..end);
            let captions = captions.filter(|r| {
                units[r.clone()].iter().all(|u| {
                    matches!(u.kind, Kind::Prose | Kind::Short | Kind::Caption { .. })
                        && word_count(&u.text) <= MAX_SLIDE_CAPTION_WORDS
                }) && (button || (one_block(r.start + 1..r.end) && one_block(i + 1..j)))
            });
            // Without captions, the copies are still a gallery's pictures (their alt text)
            // when there are many, or a picture counter (`Bild 1 von 9`) stands beside them.
            let beside_counter = i
                .checked_sub(1)
                .and_then(|p| units.get(p))
                .into_iter()
                .chain(units.get(j))
                .any(|u| u.kind == Kind::Gallery && PICTURE_COUNTER.is_match(&u.text));
            if captions.is_none() && (slides >= MIN_UNCAPTIONED_COPIES || beside_counter) {
                for u in &mut units[i..j] {
                    u.kind = Kind::Gallery;
                }
            }
            if let Some(captions) = captions {
                for u in &mut units[captions] {
                    if !matches!(u.kind, Kind::Caption { .. }) {
                        u.kind = Kind::Caption {
                            caption: u.text.clone(),
                            credit: None,
                        };
                    }
                }
                for u in &mut units[end..j] {
                    if u.kind != Kind::Furniture || is_caption_control(&u.text) {
                        u.kind = Kind::Gallery;
                    }
                }
            }
        }
        i = j;
    }
}

/// How many copies of a gallery's title in a row make a printed gallery.
pub(in crate::capture) const MIN_SLIDE_TITLES: usize = 3;

/// How many copies of one short line in a row are a gallery's pictures without captions or
/// a picture counter beside them.
pub(super) const MIN_UNCAPTIONED_COPIES: usize = 8;

/// A gallery's picture counter (`Bild 1 von 9`, `Image 3 of 12`, `Photo 2/5`).
pub(super) static PICTURE_COUNTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)^(?:bild|foto|fotos|image|photo|picture|slide|imagen|immagine)\s+\d{1,3}\s*(?:von|of|de|di|sur|/)\s*\d{1,3}$",
    )
    .expect("valid regex")
});

/// The longest slide caption a printed gallery's captions may have, in words.
pub(super) const MAX_SLIDE_CAPTION_WORDS: usize = 80;

/// The most units a slide of a slideshow spans (counter, caption, credit, picture…).
pub(super) const MAX_SLIDE: usize = 6;

/// Slides whose prose averages this many words or more are a listicle's entries, not captions.
pub(super) const LONG_SLIDE_WORDS: usize = 80;

/// A teaser stack: 3+ cards in a row, each a short headline (no final stop, 2–20 words; it may
/// be printed twice, as a picture's alt text and as the link) with one to four card lines after
/// it — a summary of one or two sentences and at most 40 words, or an excerpt of at most 70
/// words cut short with an ellipsis, a date, a byline, an author's name, a picture, a category
/// label (`In "News"`), and last its link to the post (`READ THE REST`, over a summary of
/// up to [`MAX_LINKED_SUMMARY_WORDS`]) — the "more stories" box around an article. Its
/// headlines and summaries become navigation, when the stack holds less than half of the
/// page's prose (else the longest tail of 3+ of its cards that does), or when every card
/// ends with its link.
pub(super) fn mark_teaser_stacks(units: &mut [Unit]) {
    let headline = |u: &Unit| {
        matches!(u.kind, Kind::Short | Kind::RelatedItem)
            && (2..=20).contains(&word_count(&u.text))
            && !u.text.ends_with(['.', ':', ','])
            && !NEVER_A_TITLE.is_match(&u.text)
    };
    let card_line = |u: &Unit| match u.kind {
        Kind::Prose => {
            let words = word_count(&u.text);
            let summary = words <= 40
                && SENTENCE_BREAK.find_iter(&u.text).count() <= 1
                && ends_sentence(&u.text);
            // An excerpt cut short by the site: `… the survey is "biased against devs…`.
            let excerpt = words <= 70 && TRUNCATED.is_match(&u.text);
            (summary || excerpt)
                && u.text
                    .chars()
                    .next()
                    .is_some_and(|c| c.is_alphabetic() || "\"“‘'«".contains(c))
        }
        Kind::Date(..) | Kind::Byline { .. } => true,
        Kind::Nav => is_name(&u.text),
        Kind::Furniture => is_card_picture(&u.text),
        Kind::Short => CATEGORY_LABEL.is_match(&u.text),
        _ => false,
    };
    // A card whose headline is printed twice may end with its author's name on a line of
    // its own (`Will Knight`); elsewhere two capitalised words are as often a label.
    let author_after = |units: &[Unit], j: usize| {
        units
            .get(j)
            .is_some_and(|u| u.kind == Kind::Short && is_name(&u.text))
    };
    // Any card may end with its author's name set in capitals (Wired's `LILA HASSAN`): a
    // label is seldom a person's name in capitals.
    let capitals_author = |units: &[Unit], j: usize| {
        units.get(j).is_some_and(|u| {
            u.kind == Kind::Short && is_name(&u.text) && !u.text.chars().any(char::is_lowercase)
        })
    };
    // The card starting at `i`: its end, when it is one.
    // Under a related-stories heading (`loose`), a card's headline may also stand under its
    // picture's alt line or a kicker (`Schweiz | Weinfest | …` / `Switzerland celebrates …`);
    // elsewhere that is as often an article's sub-heading over a name, then a paragraph.
    let card = |units: &[Unit], i: usize, loose: bool| -> Option<usize> {
        let first_unit = units.get(i)?;
        // The headline printed twice and run together with the summary, on one line.
        if first_unit.kind == Kind::Prose
            && word_count(&first_unit.text) <= MAX_RUN_TOGETHER_CARD_WORDS
            && opens_with_doubled_phrase(&first_unit.text)
        {
            let mut j = i + 1;
            while j < units.len() && j < i + 5 && card_line(&units[j]) {
                j += 1;
            }
            return Some(j + usize::from(author_after(units, j)));
        }
        if !headline(first_unit) {
            return None;
        }
        let mut j = i + 1;
        let alt_above = loose
            && units.get(j).is_some_and(headline)
            && units
                .get(j + 1)
                .is_some_and(|u| u.kind == Kind::Prose && card_line(u));
        let doubled = units.get(j).is_some_and(|u| u.text == units[i].text);
        if alt_above || doubled {
            j += 1;
        }
        let first = j;
        let mut informative = false;
        while j < units.len() && j < first + 4 && (card_line(&units[j]) || linked_summary(units, j))
        {
            informative |= units[j].kind != Kind::Furniture;
            j += 1;
        }
        if informative && ((doubled && author_after(units, j)) || capitals_author(units, j)) {
            j += 1;
        }
        if informative && units.get(j).is_some_and(|u| READ_ON.is_match(&u.text)) {
            j += 1;
        }
        informative.then_some(j)
    };
    // A card that ends with its link to the post (`READ THE REST`, `Weiterlesen`) is a
    // teaser, whatever share of the page's prose its stack holds: an article's sections
    // carry no such link.
    let linked = |units: &[Unit], card: &std::ops::Range<usize>| {
        card.end
            .checked_sub(1)
            .is_some_and(|k| READ_ON.is_match(&units[k].text))
    };
    let page_prose = prose_words(units);
    let mut i = 0;
    while i < units.len() {
        let mut cards = Vec::new();
        let mut j = i;
        let loose = units[i.saturating_sub(RELATED_BLOCK_UNITS)..i]
            .iter()
            .any(|u| u.kind == Kind::RelatedMarker);
        loop {
            if let Some(end) = card(units, j, loose) {
                cards.push(j..end);
                j = end;
            // A one-word section label between cards (`Film`, `Books`) goes with the stack.
            } else if !cards.is_empty()
                && units
                    .get(j)
                    .is_some_and(|u| u.kind == Kind::Short && word_count(&u.text) == 1)
                && card(units, j + 1, loose).is_some()
            {
                j += 1;
            } else {
                break;
            }
        }
        if cards.len() < 3 {
            i += 1;
            continue;
        }
        // A page made only of such cards (sub-headings over one short paragraph each) is
        // an article: the stack must hold less than half of the page's prose. The chain may
        // have started in the article (its headline and first paragraphs look like a card):
        // the stack is the longest tail of 3+ cards that passes. The chain is read once, so a
        // long paste of cards takes linear time.
        let mut tail_prose: usize = cards.iter().map(|c| prose_words(&units[c.clone()])).sum();
        let mut first = 0;
        let all_linked = cards.iter().all(|c| linked(units, c));
        while first + 3 <= cards.len() && tail_prose * 2 >= page_prose && !all_linked {
            tail_prose -= prose_words(&units[cards[first].clone()]);
            first += 1;
        }
        if first + 3 <= cards.len() {
            for card in &cards[first..] {
                for k in card.clone() {
                    if matches!(units[k].kind, Kind::Short | Kind::Prose) {
                        units[k].kind = Kind::Nav;
                    }
                }
            }
        }
        i = j;
    }
}

/// Most words of a teaser's summary followed by its link to the post (see
/// [`linked_summary`]).
pub(super) const MAX_LINKED_SUMMARY_WORDS: usize = 80;

/// A teaser's summary right over its link to the post (`… to play along: On April 13, …` /
/// `READ THE REST`): a paragraph of at most [`MAX_LINKED_SUMMARY_WORDS`] words, however
/// many sentences.
pub(super) fn linked_summary(units: &[Unit], j: usize) -> bool {
    units[j].kind == Kind::Prose
        && word_count(&units[j].text) <= MAX_LINKED_SUMMARY_WORDS
        && units.get(j + 1).is_some_and(|u| READ_ON.is_match(&u.text))
}

/// The heading of a box of other stories set inside or after an article (`Most Popular`,
/// `Trending`, `Meistgelesen`).
pub(in crate::capture) static POPULAR_BOX: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)^(?:most\s+(?:read|popular|viewed|shared|commented|emailed)|trending(?:\s+(?:now|stories|articles))?|popular\s+(?:now|posts|stories|articles)|top\s+stories|editor['’]?s\s+picks|don['’]t\s+miss|meistgelesen|am\s+meisten\s+gelesen|les\s+plus\s+lus|lo\s+más\s+leído|più\s+letti)\W*$",
    )
    .expect("valid regex")
});

/// Prose words that must stand before a [`POPULAR_BOX`] heading for its box to be taken
/// for one set inside the article (a `Trending` kicker over a headline has none).
pub(super) const MIN_PROSE_BEFORE_BOX: usize = 150;

/// Most units a box of other stories spans.
pub(super) const MAX_BOX_UNITS: usize = 24;

/// A box of other stories inside or after an article (`Most Popular`, then headlines with
/// their section labels, authors, pictures): from its heading to the next paragraph or
/// caption, its lines are navigation. Its headlines have no full stop, so the box ends at
/// the first line that ends a sentence.
pub(super) fn mark_popular_boxes(units: &mut [Unit]) {
    let mut prose = 0;
    let mut i = 0;
    while i < units.len() {
        if prose < MIN_PROSE_BEFORE_BOX || !POPULAR_BOX.is_match(units[i].text.trim()) {
            prose += prose_words_of(&units[i]);
            i += 1;
            continue;
        }
        let in_box = |u: &Unit| match &u.kind {
            Kind::Short
            | Kind::Nav
            | Kind::ListItem
            | Kind::RelatedItem
            | Kind::Date(..)
            | Kind::Byline { .. } => true,
            Kind::Furniture => is_card_picture(&u.text),
            Kind::Prose => !ends_sentence(&u.text) && word_count(&u.text) <= 40,
            _ => false,
        };
        let limit = units.len().min(i + 1 + MAX_BOX_UNITS);
        let end = (i + 1..limit)
            .find(|&j| !in_box(&units[j]))
            .unwrap_or(limit);
        if end >= i + 3 {
            for unit in &mut units[i + 1..end] {
                if matches!(unit.kind, Kind::Short | Kind::Prose | Kind::ListItem) {
                    unit.kind = Kind::Nav;
                }
            }
        }
        i = end.max(i + 1);
    }
}

/// Most words of a teaser card printed as one line: its headline twice and its summary.
pub(super) const MAX_RUN_TOGETHER_CARD_WORDS: usize = 90;

/// A line that opens with a phrase of three or more words printed twice (`Deepfake Audio Is a
/// Political Nightmare Deepfake Audio Is a Political Nightmare British fact-checkers are …`):
/// a teaser card's headline, as its picture's alt text and as its link, run together with
/// its summary. A writer never opens a paragraph so.
pub(super) fn opens_with_doubled_phrase(text: &str) -> bool {
    text.char_indices()
        .filter(|&(i, c)| c == ' ' && (12..=200).contains(&i))
        .any(|(i, _)| {
            let phrase = &text[..i];
            let rest = &text[i + 1..];
            rest.starts_with(phrase)
                && rest[phrase.len()..]
                    .chars()
                    .next()
                    .is_none_or(char::is_whitespace)
                && word_count(phrase) >= 3
        })
}

/// A teaser card's picture: its placeholder (`[thumb]`, `photo.jpg`) or a bare list marker.
pub(super) fn is_card_picture(text: &str) -> bool {
    IMAGE_PLACEHOLDER.is_match(text) || is_bare_marker(text)
}

/// A list marker with nothing after it: a list item holding only a picture without alt text.
pub(super) fn is_bare_marker(text: &str) -> bool {
    text.chars()
        .all(|c| BULLETS.contains(&c) || c.is_whitespace())
}

/// Text cut short with an ellipsis (`…`, `...`, `[…]`), as excerpts are.
pub(super) static TRUNCATED: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r#"(?:…|\.\.\.|\[…\]|\[\.\.\.\])["”’]?$"#).expect("valid regex"));

/// The most words of a headline a teaser box cuts short to fit (see
/// [`mark_truncated_headline_lists`]).
pub(super) const MAX_TRUNCATED_HEADLINE_WORDS: usize = 12;

/// Marks that open someone's words: a line opening with one is speech or a quote, not a
/// headline.
pub(super) const OPENING_QUOTES: [char; 6] = ['"', '“', '„', '«', '‘', '\''];

/// The fewest words a headline cut short to fit keeps.
pub(super) const MIN_TRUNCATED_HEADLINE_WORDS: usize = 4;

/// How many cut-short headlines in a row make a teaser box.
pub(super) const MIN_TRUNCATED_HEADLINES: usize = 3;

/// Headlines cut short one after another (`23 choses que toutes les filles des années
/// 2000…` / `21 tatouages qui ont merveilleusement bien…` / …): a box of teasers whose
/// titles the page truncates to fit its width. [`MIN_TRUNCATED_HEADLINES`] or more lines of
/// at most [`MAX_TRUNCATED_HEADLINE_WORDS`] words ending in an ellipsis, with perhaps a
/// short headline that fitted whole among them, are navigation, not the article's prose:
/// an article's sentence that trails off stands among longer ones.
pub(super) fn mark_truncated_headline_lists(units: &mut [Unit]) {
    let short_line = |u: &Unit| {
        matches!(u.kind, Kind::Prose | Kind::Short)
            && word_count(&u.text) <= MAX_TRUNCATED_HEADLINE_WORDS
    };
    // A headline cut to fit a box's width keeps a few words (`And then…` is a sentence
    // trailing off) and is no one's speech (`“But what if…”`, `— Are you sure…`).
    let truncated = |u: &Unit| {
        short_line(u)
            && word_count(&u.text) >= MIN_TRUNCATED_HEADLINE_WORDS
            && !u.text.starts_with(OPENING_QUOTES)
            && !u.text.starts_with(['—', '–', '-'])
            && TRUNCATED.is_match(u.text.trim_end())
    };
    // The article's own paragraphs on both sides: the lines are its text (a poem, a
    // dialogue), whatever they look like.
    let long_prose =
        |u: &Unit| u.kind == Kind::Prose && word_count(&u.text) > MAX_TRUNCATED_HEADLINE_WORDS;
    let inside_text = |units: &[Unit], start: usize, end: usize| {
        let before = units[..start]
            .iter()
            .rev()
            .find(|u| !matches!(u.kind, Kind::Furniture | Kind::Alt | Kind::Share));
        let after = units[end..]
            .iter()
            .find(|u| !matches!(u.kind, Kind::Furniture | Kind::Alt | Kind::Share));
        before.is_some_and(long_prose) && after.is_some_and(long_prose)
    };
    let whole = |u: &Unit| short_line(u) && u.kind == Kind::Short;
    let aside = |u: &Unit| matches!(u.kind, Kind::Furniture | Kind::Alt);
    let mut i = 0;
    while i < units.len() {
        if !truncated(&units[i]) {
            i += 1;
            continue;
        }
        // The run: from this cut-short line to the last one after it, over whole short
        // headlines and pictures.
        let mut end = i + 1;
        let mut j = i + 1;
        while j < units.len() && (truncated(&units[j]) || whole(&units[j]) || aside(&units[j])) {
            j += 1;
            if truncated(&units[j - 1]) {
                end = j;
            }
        }
        let cut_short = (i..end).filter(|&k| truncated(&units[k])).count();
        if cut_short >= MIN_TRUNCATED_HEADLINES
            && cut_short * 2 > (i..end).filter(|&k| !aside(&units[k])).count()
            && !inside_text(units, i, end)
        {
            for unit in &mut units[i..end] {
                if matches!(unit.kind, Kind::Prose | Kind::Short) {
                    unit.kind = Kind::Nav;
                }
            }
            i = end;
        } else {
            i += 1;
        }
    }
}
