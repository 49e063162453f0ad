//! Pass 3, the record: the article's fields gathered from the classified units (title,
//! standfirst, byline, dates, section, photos, related links) and its body as HTML with
//! headings.

use super::*;

pub(super) fn assemble(units: &[Unit]) -> Extracted {
    let mut out = Extracted::default();
    let run = best_run(units);
    let (body_start, body_end) = run.unwrap_or((units.len(), units.len()));

    // Title: the best-scored candidate (the last of equals), else the first candidate line.
    let title_idx = title_candidates(units, body_start, body_end)
        .into_iter()
        .fold(None::<(f64, usize)>, |best, (s, i)| match best {
            Some((b, _)) if b > s => best,
            _ => Some((s, i)),
        })
        .map(|(_, i)| i)
        .or_else(|| units.iter().position(is_title_candidate));
    // A headline found inside the run starts the article: what is above it is its header.
    let body_start = match title_idx {
        Some(t) if t > body_start && t < body_end && headline_in_run(units, body_start, t) => t + 1,
        _ => body_start,
    };
    if let Some(t) = title_idx {
        let text = &units[t].text;
        match KICKER_TITLE.captures(text) {
            Some(c) if !text.contains(" | ") => {
                let kicker = c.get(1).map_or("", |m| m.as_str()).trim();
                out.title = c.get(2).map_or("", |m| m.as_str()).trim().to_string();
                if let Some(g) = genre_word(kicker) {
                    out.genre = Some(g.to_string());
                } else if out.section.is_empty() {
                    out.section = vec![kicker.to_string()];
                }
            }
            _ => out.title = text.clone(),
        }
        // Kicker directly above the title.
        if let Some(prev) = t.checked_sub(1).and_then(|p| units.get(p)) {
            if let Kind::Genre(g) = &prev.kind {
                out.genre = Some(g.clone());
            }
        }
    }
    let header_from = title_idx.unwrap_or(0);

    // Breadcrumb: the last one before the title (or the body).
    let crumb_limit = title_idx.unwrap_or(body_start);
    let crumb = units[..crumb_limit.min(units.len())]
        .iter()
        .rev()
        .find_map(|u| match &u.kind {
            Kind::Breadcrumb(s) => Some(s.clone()),
            _ => None,
        })
        .or_else(|| {
            // Anywhere else on the page only an arrow trail (`News > World`) counts: a line
            // joined by ` / ` further down is as often a photo credit or a footer's links.
            units.iter().find_map(|u| match &u.kind {
                Kind::Breadcrumb(s) if !u.text.contains(" / ") => Some(s.clone()),
                _ => None,
            })
        });
    if let Some(mut segments) = crumb {
        // The trail's home page and, on Chinese sites, its `正文` ("the text") are no
        // sections.
        if segments.first().is_some_and(|s| is_home_crumb(s)) {
            segments.remove(0);
        }
        if segments.last().is_some_and(|s| s == "正文") {
            segments.pop();
        }
        // A trail may end in the page's own headline, cut short (`Home / Education / The
        // Failure Of Public Schooling` over `The Failure Of Public Schooling In One Chart`).
        if segments.len() >= 2
            && segments
                .last()
                .is_some_and(|s| names_the_headline(s, &out.title))
        {
            segments.pop();
        }
        if out.genre.is_none() {
            out.genre = segments
                .iter()
                .find_map(|s| genre_word(s))
                .map(str::to_string)
                .or_else(|| {
                    segments
                        .first()
                        .filter(|s| s.eq_ignore_ascii_case("news"))
                        .map(|_| "news".to_string())
                });
        }
        if !segments.is_empty() {
            out.section = segments;
        }
    }

    // Dates, byline, URL: header zone first (title to body start and a little into the body),
    // then anywhere; never from the teasers under a related-stories heading.
    let header_end = (body_start + 3).min(units.len());
    // Outside the header zone, the lines nearest the title come first: a masthead's
    // today's date at the top of the page is farther from the article than its own.
    let mut rest: Vec<usize> = (0..units.len()).collect();
    rest.sort_by_key(|&k| k.abs_diff(header_from));
    let zones = [(header_from..header_end).collect::<Vec<_>>(), rest];
    // A byline naming the site itself (`By` / `The Planetary Press`, the masthead's words on
    // a line of their own elsewhere on the page) gives way to a person's in the header
    // (`Written by: Julie Mollins`, a story the site republished).
    let mastheads: HashSet<&str> = units
        .iter()
        .filter(|u| u.kind == Kind::Short)
        .map(|u| u.text.as_str())
        .collect();
    let site_named = |byline: &str| mastheads.contains(byline);
    // A wiki's article is not dated in its text: the dates on its lines are its subject's
    // (`Founded February 28, 1998` in an infobox); its footer's `This page was last edited
    // on …` is when it last changed.
    let wiki = units
        .iter()
        .any(|u| u.kind == Kind::Furniture && WIKI_TAGLINE.is_match(&u.text));
    // The article ends where its comments begin: the dates under them are the readers'
    // or the sidebar's teasers' (`Popular Posts` / a headline / `November 16, 2016`).
    let comments_from = units
        .iter()
        .enumerate()
        .skip(body_end)
        .find(|(_, u)| u.kind == Kind::Comments)
        .map_or(units.len(), |(k, _)| k);
    let mut site_byline = false;
    for (z, zone) in zones.into_iter().enumerate() {
        for k in zone {
            let u = &units[k];
            if in_related_block(units, k) || (z == 1 && k > comments_from) {
                continue;
            }
            match &u.kind {
                Kind::Date(DateRole::Published, v) if out.published.is_none() && !wiki => {
                    out.published = Some(v.clone());
                }
                Kind::Date(DateRole::Modified, v) if out.modified.is_none() => {
                    out.modified = Some(v.clone());
                }
                Kind::Byline {
                    byline,
                    authors,
                    date,
                } if out.byline.is_none() || (z == 0 && site_byline && !site_named(byline)) => {
                    site_byline = site_named(byline);
                    if out.genre.is_none() {
                        out.genre = genre_byline(&u.text).map(|(g, _)| g.to_string());
                    }
                    out.byline = Some(byline.clone());
                    out.authors = authors.clone();
                    if out.published.is_none() {
                        out.published = date.clone();
                    }
                }
                // The author's byline again with its date (`von Heiner` under the title,
                // `Dieser Artikel wurde am … von Heiner geschrieben` under the text).
                Kind::Byline {
                    authors,
                    date: Some(date),
                    ..
                } if out.published.is_none() && *authors == out.authors => {
                    out.published = Some(date.clone());
                }
                Kind::Url(url) if out.url.is_none() => out.url = Some(url.clone()),
                _ => {}
            }
        }
    }

    // No byline line: an author's name on a line of its own under the title, as blogs and
    // magazines print it (`Vincent Vallet` / `Follow` / `Oct 18, 2019 · 8 min read`).
    if out.byline.is_none() {
        if let Some(name) = title_idx
            .filter(|_| !wiki)
            .and_then(|t| header_name(units, t, body_start))
        {
            out.byline = Some(name.clone());
            out.authors = vec![name];
        }
    }
    // Or an author's name over the date line over the title (Wired's).
    if out.byline.is_none() {
        if let Some(name) = title_idx
            .filter(|_| !wiki)
            .and_then(|t| name_over_dated_title(units, t))
        {
            out.byline = Some(name.clone());
            out.authors = vec![name];
        }
    }
    // Or a byline of one name right under the title (`von Heiner`).
    if out.byline.is_none() {
        let name = title_idx.filter(|_| !wiki).and_then(|t| {
            units
                .get(t + 1..(t + 1 + LONE_BYLINE_REACH).min(body_start))?
                .iter()
                .filter(|u| u.kind == Kind::Short)
                .find_map(|u| lone_word_byline(&u.text))
        });
        if let Some(name) = name {
            out.byline = Some(name.to_string());
            out.authors = vec![name.to_string()];
        }
    }

    // No date line: a date inside a short header line that is not prose (`Von Christian am
    // 03.05.2013, 11:51 | 0 Meinungen`, `Autor: kinra | Artikel veröffentlicht am 16.12.2012`,
    // `jeudi 27 juin 2019, par loldf`).
    if out.published.is_none() && out.modified.is_none() && !wiki {
        let dated = units
            .get(header_from..header_end)
            .unwrap_or(&[])
            .iter()
            .filter(|u| u.kind != Kind::Prose && !matches!(u.kind, Kind::Caption { .. }))
            .find_map(|u| dates::find_date_in(&u.text, None));
        // Else the body's first paragraph opening with its date (`(18.01.2018) Deutschlands
        // Landwirte zittern …`), or the post's foot: a short line right under the text
        // (`Autor: kinra | Artikel veröffentlicht am 16.12.2012`, `(futurezone) Erstellt am
        // 09.08.2013, 06:00`), as blogs date a post.
        let dated = dated
            .or_else(|| opening_dateline(units.get(body_start)?))
            .or_else(|| {
                (body_end..(body_end + FOOT_LINES).min(units.len()))
                    .filter(|&k| !in_related_block(units, k))
                    .map(|k| &units[k])
                    .take_while(|u| u.kind != Kind::Prose && u.kind != Kind::Comments)
                    .filter(|u| !matches!(u.kind, Kind::Caption { .. } | Kind::Nav))
                    .find_map(|u| foot_dateline(&u.text))
            });
        match dated {
            Some((DateRole::Published, v)) => out.published = Some(v),
            Some((DateRole::Modified, v)) => out.modified = Some(v),
            None => {}
        }
    }
    // The first paragraph opening with its date dates the article also where the page
    // gives only its last change elsewhere (transgen.de's `Letzte Aktualisierung: 18.01.2018`
    // at its foot).
    if out.published.is_none() && !wiki {
        if let Some((_, value)) = units.get(body_start).and_then(opening_dateline) {
            out.published = Some(value);
        }
    }

    // Photos: captions from the title to the end of the body (with the line each was on,
    // to place it between the body's paragraphs).
    let photo_zone = header_from..body_end.max(header_from).min(units.len());
    let mut caption_lines: Vec<usize> = Vec::new();
    for i in photo_zone {
        if let Kind::Caption { caption, credit } = &units[i].kind {
            // The same picture printed again (a lead photo repeated in the text): pasted text
            // has no image to tell two photos apart, so a long caption seen again with the same
            // credit is one record. A short one (`Screenshot Whatsapp.`) may label several.
            let same = |p: &ExtractedPhoto| {
                p.caption.as_deref() == Some(caption.as_str()) && p.credit == *credit
            };
            if word_count(caption) >= REPEATED_CAPTION_WORDS && out.photos.iter().any(same) {
                continue;
            }
            caption_lines.push(i);
            let credit = credit.clone();
            let alt = i
                .checked_sub(1)
                .and_then(|p| units.get(p))
                .filter(|u| u.kind == Kind::Alt)
                .map(|u| u.text.clone());
            out.photos.push(ExtractedPhoto {
                caption: (!caption.is_empty()).then(|| caption.clone()),
                credit,
                alt,
                url: None,
                bytes: None,
                missing_reason: None,
            });
        }
    }

    // Related links: items after markers, from the title on.
    for u in &units[header_from.min(units.len())..] {
        if u.kind == Kind::RelatedItem {
            out.related.push(ExtractedLink {
                title: u.text.clone(),
                url: None,
            });
        }
    }

    // Body paragraphs.
    let inner_lists = lists_inside(units, body_start, body_end);
    let boilerplate = repeated_lines(units);
    let mut body: Vec<usize> = (body_start..body_end)
        .filter(|&i| match units[i].kind {
            // The headline printed again (after a `Kicker|Headline` line) is not body text.
            Kind::Prose | Kind::ListItem | Kind::Short => {
                Some(i) != title_idx
                    && units[i].text != out.title
                    && !boilerplate.contains(units[i].text.as_str())
            }
            Kind::Code => Some(i) != title_idx,
            Kind::Nav => inner_lists.contains(&i),
            _ => false,
        })
        .collect();

    // Standfirst (a): prose between the title and the header's date/byline lines.
    if let Some(t) = title_idx {
        let last_meta = (t + 1..body_end.min(t + 12))
            .rev()
            .find(|&i| matches!(units[i].kind, Kind::Date(..) | Kind::Byline { .. }));
        if let Some(m) = last_meta {
            let repeat = |i: usize| units[i].text == out.title;
            let first_prose = (t + 1..m).find(|&i| units[i].kind == Kind::Prose && !repeat(i));
            if let Some(p) = first_prose {
                // Pictures and the headline printed again may stand between them too.
                let only_meta = (t + 1..p).all(|i| {
                    is_header_meta(&units[i].kind) || units[i].kind == Kind::Gallery || repeat(i)
                });
                if only_meta && word_count(&units[p].text) <= 80 {
                    out.standfirst = Some(units[p].text.clone());
                    body.retain(|&i| i > m);
                }
            }
        }
        // Standfirst (b): a conservative single-sentence summary right after the header.
        if out.standfirst.is_none() {
            if let Some(&p) = body.first() {
                let between = t + 1..p;
                let has_meta = between
                    .clone()
                    .any(|i| matches!(units[i].kind, Kind::Date(..) | Kind::Byline { .. }));
                let only_meta = between.clone().all(|i| is_header_meta(&units[i].kind));
                let text = &units[p].text;
                let words = word_count(text);
                if units[p].kind == Kind::Prose
                    && has_meta
                    && only_meta
                    && (8..=45).contains(&words)
                    && !starts_lower(text)
                    && single_sentence(text)
                    && !LEDE_MARKS.is_match(text)
                    && body.len() >= 4
                {
                    out.standfirst = Some(text.clone());
                    body.remove(0);
                }
            }
        }
    }
    // An author box headed as one at the body's end (`Über den Autor`, `About the author`,
    // `incurvy Autorin`): its heading and the little under it (a name, a biography).
    if let Some(at) = body
        .iter()
        .rposition(|&i| units[i].kind == Kind::Short && ABOUT_THE_AUTHOR.is_match(&units[i].text))
    {
        let box_words: usize = body[at + 1..]
            .iter()
            .map(|&i| word_count(&units[i].text))
            .sum();
        if at >= 2 && body.len() - at <= AUTHOR_BOX_UNITS && box_words <= AUTHOR_BOX_WORDS * 2 {
            body.truncate(at);
        }
    }
    // An author box under the byline (`Markus Balser` / `Markus Balser kam 2001 zur …`):
    // the biography of this article's author is not its text.
    body.retain(|&i| author_box_bio(units, i).is_none_or(|name| !is_author(&out.authors, name)));
    // Short lines at the edges of the body are not sub-headings; the author's biography at
    // its end (`Jane Doe is a reporter for …`) is not the article's text.
    while body.first().is_some_and(|&i| !is_content(&units[i].kind)) {
        body.remove(0);
    }
    loop {
        while body.last().is_some_and(|&i| !is_content(&units[i].kind)) {
            body.pop();
        }
        // Only about an author of this article (in the byline, or the name on a line of its
        // own, as author boxes print it): a closing paragraph about another journalist may be
        // the news itself.
        let bio = body.last().is_some_and(|&i| {
            word_count(&units[i].text) <= 70
                && AUTHOR_BIO
                    .captures(&units[i].text)
                    .and_then(|c| c.get(1))
                    .is_some_and(|name| {
                        let name = name.as_str().to_lowercase();
                        out.authors.iter().any(|a| a.to_lowercase() == name)
                            || units.iter().any(|u| u.text.to_lowercase() == name)
                    })
        });
        // Or a short paragraph right under the author's name (`Josiah Motley` / `Senior
        // Editor with a focus on all things tech and gaming. …`).
        let boxed = body.last().is_some_and(|&i| {
            author_box_bio(units, i).is_some()
                || (word_count(&units[i].text) <= AUTHOR_NOTE_WORDS
                    && i.checked_sub(1)
                        .is_some_and(|p| is_author(&out.authors, &units[p].text)))
        });
        if !(bio || boxed) || body.len() < 2 {
            break;
        }
        body.pop();
    }

    // Consecutive code lines make one paragraph.
    let mut blocks: Vec<BodyBlock> = Vec::new();
    let mut prev: Option<usize> = None;
    for &i in &body {
        let continues_code = units[i].kind == Kind::Code
            && prev.is_some_and(|p| p + 1 == i && units[p].kind == Kind::Code);
        match blocks.last_mut() {
            Some(last) if continues_code => {
                last.text.push('\n');
                last.text.push_str(&units[i].text);
            }
            _ => blocks.push(BodyBlock {
                text: units[i].text.clone(),
                line: Some(i),
                set: BlockSet::of(&units[i]),
                number: units[i].number.clone(),
                number_in_text: units[i].kind == Kind::Nav,
            }),
        }
        prev = Some(i);
    }
    set_headings(&mut blocks, units);
    // With no prose at all, the text lines (the title's too) are all there is.
    if blocks.is_empty() {
        blocks = units
            .iter()
            .filter(|u| {
                matches!(
                    u.kind,
                    Kind::Short | Kind::Nav | Kind::Code | Kind::ListItem
                )
            })
            .map(|u| BodyBlock {
                text: u.text.clone(),
                line: None,
                set: BlockSet::Paragraph,
                number: None,
                number_in_text: false,
            })
            .collect();
    }
    out.body_text = blocks
        .iter()
        .map(BodyBlock::plain_text)
        .collect::<Vec<_>>()
        .join("\n\n");
    out.body_html = body_html(&blocks, &caption_lines);
    out.language = detect_language(if out.body_text.is_empty() {
        &out.title
    } else {
        &out.body_text
    });
    out
}

/// Words a caption needs for a second printing of it, with the same credit, to be taken for
/// the same photo.
pub(super) const REPEATED_CAPTION_WORDS: usize = 6;

/// One block of a body read from pasted text, set in HTML as the page set it: a
/// paragraph, a sub-heading, an item of a list, or preformatted lines.
#[derive(Debug, Clone)]
pub(super) struct BodyBlock {
    /// Its text without the list marker (code keeps its line breaks).
    text: String,
    /// The unit it starts on; `None` for the fallback of all text lines, where no photo
    /// is placed.
    line: Option<usize>,
    set: BlockSet,
    /// The list marker when it was a number (`3.`, `19)`).
    number: Option<String>,
    /// The number is part of the text (see [`BodyBlock::plain_text`]).
    number_in_text: bool,
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) enum BlockSet {
    Paragraph,
    /// A sub-heading: a short line that does not end a sentence, with text under it.
    Heading,
    /// An item of a list: a line with its bullet or number, or a line of a list set as
    /// lines ([`mark_line_lists`]).
    Item,
    Code,
}

impl BlockSet {
    /// How a body unit is set before sub-headings are known ([`set_headings`]).
    pub(super) fn of(unit: &Unit) -> Self {
        match unit.kind {
            Kind::Code => BlockSet::Code,
            // The heading of a list set as lines (`Zutaten:`) leads into it.
            Kind::ListItem if !unit.bulleted && unit.text.ends_with([':', '：']) => {
                BlockSet::Paragraph
            }
            Kind::ListItem | Kind::Nav => BlockSet::Item,
            _ if unit.bulleted || unit.number.is_some() => BlockSet::Item,
            _ => BlockSet::Paragraph,
        }
    }
}

impl BodyBlock {
    /// The block in the plain text: a numbered line read as navigation (a listicle's `3.
    /// The Beatles`) keeps its number, which is part of its text; an ordered list's item
    /// of content does not (the list numbers it).
    pub(super) fn plain_text(&self) -> String {
        match &self.number {
            Some(n) if self.number_in_text => format!("{n} {}", self.text),
            _ => self.text.clone(),
        }
    }

    /// The number an ordered list's item carries (`3.` → 3).
    pub(super) fn ordinal(&self) -> Option<u32> {
        self.number
            .as_deref()?
            .trim_end_matches(['.', ')'])
            .parse()
            .ok()
    }
}

/// Most words of a sub-heading.
pub(super) const MAX_HEADING_WORDS: usize = 15;

/// A wiki's note under a heading pointing elsewhere (`Main article: History of Mozilla`,
/// `See also: New Zealand place names`): text, never a heading itself.
pub(super) static HATNOTE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^(?:Main articles?|See also|Further information|Further reading|For more details)\s*:\s",
    )
    .expect("valid regex")
});

/// A line that ends on a word that leads into more (`Traditionally, your options are
/// limited: either` over a list): the start of a sentence, never a heading.
pub(super) static OPEN_ENDED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\s(?:either|and|or|but|the|a|an|of|to|for|with|that|which|as|by|und|oder|der|die|das|mit|von|et|ou|le|la|les|de|des|el|los|y|o)$")
        .expect("valid regex")
});

/// Sub-headings among the body's blocks: a plain short line (`units` kind [`Kind::Short`],
/// no bullet, no short line right above or below it) that neither starts in lower case nor ends a sentence or opens a list with a
/// colon, with text right under it that starts afresh; and a numbered line standing alone between paragraphs (a listicle's `3. The
/// Beatles`), which is a heading with its number, not a list of one.
pub(super) fn set_headings(blocks: &mut [BodyBlock], units: &[Unit]) {
    // From the end, so a heading over a sub-heading (`Project Updates` / `Fission` / a
    // list) knows the one under it.
    for k in (1..blocks.len().saturating_sub(1)).rev() {
        let next = &blocks[k + 1];
        // The text under a heading is a paragraph, a list, code or a sub-heading, and it
        // starts afresh: a line that goes on in lower case below is a sentence wrapped
        // where the page's width ended, and short lines under short lines are a caption's
        // or a table's.
        let next_is_text = match next.set {
            BlockSet::Heading | BlockSet::Item | BlockSet::Code => true,
            BlockSet::Paragraph => next.line.is_some_and(|i| units[i].kind == Kind::Prose),
        };
        if !next_is_text || starts_lower(&next.text) {
            continue;
        }
        let block = &blocks[k];
        let Some(line) = block.line else {
            continue;
        };
        let unit = &units[line];
        // A heading is set apart from short lines around it: a line that touches one (no
        // blank line between) is a row of a table or a line of a caption.
        let touches_short = |u: &Unit| u.kind == Kind::Short;
        let apart = (unit.blank_before || line == 0 || !touches_short(&units[line - 1]))
            && units
                .get(line + 1)
                .is_none_or(|u| u.blank_before || !touches_short(u));
        let short_line = unit.kind == Kind::Short
            && apart
            && !HATNOTE.is_match(&block.text)
            && !OPEN_ENDED.is_match(&block.text)
            && !unit.bulleted
            && !starts_lower(&block.text)
            && !block.text.starts_with(['—', '-', '–'])
            && !ends_sentence(&block.text)
            && !block.text.ends_with([':', '：', ',', ';'])
            && word_count(&block.text) <= MAX_HEADING_WORDS;
        let item = |j: usize| blocks.get(j).is_some_and(|b| b.set == BlockSet::Item);
        let lone_number = unit.kind == Kind::Nav
            && block.number.is_some()
            && !item(k - 1)
            && !item(k + 1)
            && next.set == BlockSet::Paragraph;
        if short_line || lone_number {
            blocks[k].set = BlockSet::Heading;
        }
    }
}

/// The body as HTML (paragraphs, sub-headings, lists, preformatted lines), with a photo
/// marker where a caption stood between two blocks (`caption_lines`: the line of each
/// photo, in order; photo N is the Nth caption). A caption above the first block is the
/// lead photo, which the reader's header shows, and one below the last stays there too.
/// A list is closed around a photo and goes on after it.
pub(super) fn body_html(blocks: &[BodyBlock], caption_lines: &[usize]) -> String {
    let mut html: Vec<String> = Vec::with_capacity(blocks.len() + 2);
    // The closing tag of the list being written.
    let mut open_list: Option<&str> = None;
    for (k, block) in blocks.iter().enumerate() {
        let placed = k
            .checked_sub(1)
            .and_then(|p| Some((blocks[p].line?, block.line?)));
        if let Some((above, here)) = placed {
            for (position, &line) in caption_lines.iter().enumerate() {
                if above < line && line < here {
                    if let Some(close) = open_list.take() {
                        html.push(close.to_string());
                    }
                    html.push(crate::sanitize::photo_marker(position));
                }
            }
        }
        if block.set != BlockSet::Item {
            if let Some(close) = open_list.take() {
                html.push(close.to_string());
            }
        }
        let text = escape_html(&block.text);
        match block.set {
            BlockSet::Paragraph => html.push(format!("<p>{text}</p>")),
            BlockSet::Heading => {
                html.push(format!("<h3>{}</h3>", escape_html(&block.plain_text())))
            }
            BlockSet::Code => html.push(format!("<pre>{text}</pre>")),
            BlockSet::Item => {
                if open_list.is_none() {
                    // A list is ordered when every item of it carries a number.
                    let ordered = blocks[k..]
                        .iter()
                        .take_while(|b| b.set == BlockSet::Item)
                        .all(|b| b.ordinal().is_some());
                    html.push(match (ordered, block.ordinal()) {
                        (true, Some(1)) => "<ol>".to_string(),
                        (true, Some(n)) => format!("<ol start=\"{n}\">"),
                        _ => "<ul>".to_string(),
                    });
                    open_list = Some(if ordered { "</ol>" } else { "</ul>" });
                }
                match (&block.number, open_list) {
                    // An unordered list shows a number the page printed.
                    (Some(n), Some("</ul>")) => {
                        html.push(format!("<li>{} {text}</li>", escape_html(n)))
                    }
                    _ => html.push(format!("<li>{text}</li>")),
                }
            }
        }
    }
    if let Some(close) = open_list {
        html.push(close.to_string());
    }
    html.join("\n")
}

pub(super) fn escape_html(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            _ => out.push(c),
        }
    }
    out
}

/// Whether a breadcrumb's last step is the page's headline, whole or cut short: four words
/// or more that open the headline (compared without case), the headline going on from
/// them as one sentence. A topic heading the headline after a colon or a dash (`World Cup
/// 2026: England drawn …`) is a section.
fn names_the_headline(crumb: &str, title: &str) -> bool {
    let crumb = crumb.trim_end_matches(['…', '.']).trim().to_lowercase();
    let title = title.to_lowercase();
    word_count(&crumb) >= 4
        && title.strip_prefix(&crumb).is_some_and(|rest| {
            rest.is_empty()
                || rest.starts_with(' ') && rest.trim_start().starts_with(char::is_alphanumeric)
        })
}
