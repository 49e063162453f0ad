//! Related-story markers (`RELATED:`, `Read more:`, `Lire aussi` …) and the headlines after
//! them, which become related links.

use super::*;

pub(super) static RELATED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)^(?:related|read more|see also|also read|read also|more on this|more on this story|related (?:articles?|stories|story|content|coverage|posts?|news|reading|links)|you may also like|recommended|more related stories|lire aussi|[aà] lire aussi|sur le même sujet|articles? liés|artículos relacionados|noticias relacionadas|notas relacionadas|leia também|veja também|ähnliche artikel|verwandte artikel|articoli correlati|související články|leer más|lea también|mehr zum thema|leggi anche|more|more:|ähnliche (?:beiträge|artikel|themen)|verwandte (?:beiträge|themen)|weitere (?:beiträge|artikel)|(?:weitere )?interessante (?:themen|artikel|beiträge)|weitere themen|(?:das|dies|das thema) könnte (?:sie|dich) auch interessieren|(?:this|that) might (?:also )?interest you|you might also like|(?:other )?people (?:are )?(?:also )?reading|(?:what )?others are reading|ça pourrait vous intéresser|lesen sie auch|auch interessant|weiterführende?r? links?|articles similaires|vous aimerez aussi|también te puede interesar|potrebbe interessarti|related topics|you may also like|lees ook|gerelateerde artikelen|czytaj (?:także|też|również)|zobacz (?:także|też|również)|powiązane artykuły|читайте также|похожие (?:статьи|новости)|читайте також|läs (?:också|även)|relaterade artiklar|læs også|les også|relaterte artikler|lue myös|čtěte také|související|kapcsolódó cikkek|citește și|articole similare|artigos relacionados|ilgili haberler|baca juga|berita terkait|artikel terkait|tin liên quan|bài liên quan|διαβάστε (?:επίσης|ακόμα)|σχετικά άρθρα|関連記事|関連ニュース|あわせて読みたい|相关新闻|相关阅读|相关文章|相关内容|相关报道|相關新聞|相關內容|相關報導|延伸閱讀|延伸阅读|관련 ?기사|اقرأ أيضاً?|مواضيع ذات صلة|أخبار ذات صلة|مقالات ذات صلة|เรื่องที่เกี่ยวข้อง|ข่าวที่เกี่ยวข้อง|บทความที่เกี่ยวข้อง|ये भी पढ़ें|यह भी पढ़ें|संबंधित खबरें|editors?['’]?\s+recommendations|empfehlungen der redaktion|redaktionstipps?)\s*(?::|…|\.\.\.)?$",
    )
    .expect("valid regex")
});

/// `RELATED:` style markers, with a colon or an ellipsis after them or nothing (`You Might
/// Also Like …`); bare `Read more`/`More` need their colon (`Read more…` links to the rest).
pub(in crate::capture) fn is_related_marker(text: &str) -> bool {
    let lower = text.to_lowercase();
    if !RELATED.is_match(text) {
        return false;
    }
    let bare = lower.trim_end_matches([':', '…', '.']).trim();
    if matches!(bare, "read more" | "more" | "recommended") {
        return text.ends_with(':');
    }
    true
}

/// Turns the line(s) after each related marker into related items; a block of 3+ teaser lines
/// right after it becomes navigation.
pub(super) fn mark_related_items(units: &mut [Unit]) {
    let block_starts: std::collections::HashMap<usize, usize> = blocks(units).into_iter().collect();
    let page_prose = prose_words(units);
    for i in 0..units.len() {
        if units[i].kind != Kind::RelatedMarker {
            continue;
        }
        // A teaser block: the block after the marker (it starts after a blank line and has
        // none inside) holds pictures and 3–12 lines of at most 50 words each (linked
        // headlines, often run together with their summaries), and less than half the page's
        // prose.
        if let Some(&e) = block_starts.get(&(i + 1)) {
            let s = i + 1;
            let (pictures, lines): (Vec<usize>, Vec<usize>) =
                (s..e).partition(|&k| IMAGE_PLACEHOLDER.is_match(&units[k].text));
            let block_prose: usize = lines.iter().map(|&k| prose_words_of(&units[k])).sum();
            let teasers = !pictures.is_empty()
                && (3..=12).contains(&lines.len())
                && lines.iter().all(|&k| {
                    matches!(units[k].kind, Kind::Prose | Kind::Short)
                        && word_count(&units[k].text) <= 50
                })
                && block_prose * 2 < page_prose;
            if teasers {
                for k in lines {
                    units[k].kind = Kind::Nav;
                }
                continue;
            }
        }
        let mut j = i + 1;
        let mut taken = 0;
        // A headline with its author's byline under it, with its `By` (`A Katmandou, exode
        // sous pression` / `Par Sébastien Farcis`), is a teaser: an article's sub-heading is never signed.
        let signed_headline = |units: &[Unit], k: usize| {
            units.get(k).is_some_and(|u| {
                matches!(u.kind, Kind::Short | Kind::Nav) && word_count(&u.text) <= 25
            }) && units.get(k + 1).is_some_and(|u| {
                matches!(u.kind, Kind::Byline { .. }) && BYLINE.is_match(u.text.trim())
            })
        };
        while let Some(u) = units.get(j) {
            // A signed teaser's kicker (`Reportage`, `Interview`) over its headline.
            let kicker = matches!(u.kind, Kind::Genre(_)) || genre_word(u.text.trim()).is_some();
            if kicker && signed_headline(units, j + 1) {
                units[j].kind = Kind::Furniture;
                j += 1;
                continue;
            }
            let headline = matches!(u.kind, Kind::Short | Kind::Nav | Kind::ListItem)
                || (u.bulleted && u.kind == Kind::Prose && word_count(&u.text) <= 25);
            if !headline || word_count(&u.text) > 25 {
                break;
            }
            let signed = signed_headline(units, j);
            // A plain (unbulleted) line after the first one only counts in a list, or
            // signed as a teaser.
            if taken > 0 && !u.bulleted && !signed {
                break;
            }
            // A teaser's label over its headline (`Top story`, `Sponsored`) is no story.
            if STORY_LABEL.is_match(&u.text) {
                units[j].kind = Kind::Furniture;
                j += 1;
                continue;
            }
            units[j].kind = Kind::RelatedItem;
            taken += 1;
            j += 1;
            // The teaser's byline is its author's, not the article's.
            if signed {
                units[j].kind = Kind::Nav;
                j += 1;
            }
            if taken >= 8 {
                break;
            }
        }
        let teasers = picture_teasers(units, j);
        let teaser_prose: usize = teasers.iter().map(|&k| prose_words_of(&units[k])).sum();
        if teasers.len() >= 3 && teaser_prose * 2 < page_prose {
            for k in teasers {
                units[k].kind = Kind::Nav;
            }
        }
    }
}

/// A label a site prints over a teaser's headline (`Top story`, `Exclusive`, `Sponsored`),
/// not a story of its own.
pub(super) static STORY_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)^(?:top\s+stor(?:y|ies)|featured|exclusive|breaking(?:\s+news)?|sponsored|promoted|paid\s+post|advertorial|special\s+pr|pr|editor['’]?s\s+picks?|must\s+read|premium|video|live|watch|new|updated|opinion|analysis|exklusiv|anzeige|en\s+direct|exclusivo|patrocinado)\s*:?$",
    )
    .expect("valid regex")
});

/// The headlines of picture teasers from `start` on: a picture, then its story's headline
/// (no full stop, at most 50 words), pair after pair, with perhaps a label of up to three
/// words between (`Special PR`, `Sponsored`). Under a related-stories heading these are other stories, whatever the
/// blank lines between them.
pub(super) fn picture_teasers(units: &[Unit], start: usize) -> Vec<usize> {
    let picture = |k: usize| {
        units
            .get(k)
            .is_some_and(|u| IMAGE_PLACEHOLDER.is_match(&u.text))
    };
    let headline = |k: usize| {
        units.get(k).is_some_and(|u| {
            matches!(u.kind, Kind::Prose | Kind::Short | Kind::RelatedItem)
                && !ends_sentence(&u.text)
                && word_count(&u.text) <= 50
        })
    };
    let label = |k: usize| {
        units.get(k).is_some_and(|u| {
            matches!(u.kind, Kind::Short | Kind::Furniture) && word_count(&u.text) <= 3
        })
    };
    let mut lines = Vec::new();
    let mut k = start;
    loop {
        if picture(k) && headline(k + 1) {
            lines.push(k + 1);
            k += 2;
        } else if !lines.is_empty() && label(k) && picture(k + 1) && headline(k + 2) {
            if units[k].kind == Kind::Short {
                lines.push(k);
            }
            k += 1;
        } else {
            return lines;
        }
    }
}
