//! The standfirst a saved page prints under its headline: the deck its markup names as one
//! (`<h2 class="deck">`, `<p class="story__subhead">`, `<h2 class="c-entry-summary
//! p-dek">`), which the page's description (written for search engines and link previews)
//! often is not.
//!
//! [`read`] takes the first element whose class or id has a deck's word in it, after the
//! headline and within [`MAX_TEXT_BEFORE_DECK`] characters of it, outside what belongs
//! elsewhere (a related story's card, a sidebar, navigation) and outside figures (a
//! photo's caption), whose text reads as a sentence or two, not a date.

use dom_query::{Document, NodeRef, Selection};

use super::dates::date_line;
use super::page_dates::{text_offsets_after, Headline};
use super::text::collapse;

/// Class and id words (split at `-` and `_`) that name a deck.
const DECK_WORDS: [&str; 9] = [
    "deck",
    "dek",
    "subhead",
    "subheadline",
    "subtitle",
    "standfirst",
    "strapline",
    "summary",
    "sous-titre",
];

/// How much text (characters, white space aside) may stand between the headline and its
/// deck: a kicker, a share bar's labels.
const MAX_TEXT_BEFORE_DECK: usize = 300;

/// Fewest and most characters of a deck: a sentence or two.
const DECK_CHARS: std::ops::RangeInclusive<usize> = 30..=400;

/// The printed deck of `doc`, whose headline is `headline`, as its text (white space
/// collapsed).
pub fn read(doc: &Document, headline: &Headline) -> Option<String> {
    // One walk over the elements, their class and id read once (a selector per deck word
    // would match every element ten times).
    let marks: Vec<NodeRef> = doc
        .root()
        .descendants_it()
        .filter(|node| node.is_element() && names_a_deck(node))
        .collect();
    if marks.is_empty() {
        return None;
    }
    let at = headline.at?;
    let marks: Vec<(NodeRef, String)> = marks
        .into_iter()
        .filter(|node| {
            node.id > at
                && !headline.holds(node.id)
                && !headline.belongs_elsewhere(node)
                && !in_a_figure(node)
        })
        .filter_map(|node| {
            let text = deck_text(&node)?;
            let chars = text.chars().count();
            (DECK_CHARS.contains(&chars)
                && text.split_whitespace().count() >= 5
                && date_line(&text, None).is_none()
                && !prints_a_byline(&text))
            .then_some((node, text))
        })
        .collect();
    if marks.is_empty() {
        return None;
    }
    // Counted from the headline's start: its own text comes first.
    let limit = headline_chars(doc, at) + MAX_TEXT_BEFORE_DECK;
    let offsets = text_offsets_after(doc, at, marks.iter().map(|(node, _)| node.id), limit);
    marks
        .into_iter()
        .find(|(node, _)| offsets.get(&node.id).is_some_and(|&o| o <= limit))
        .map(|(_, text)| text)
}

/// Whether a word of the element's class or id names a deck (`p-dek`, `story__subhead`,
/// not `deckchair` or `summary-table`'s neighbours by accident of a substring).
fn names_a_deck(node: &NodeRef) -> bool {
    let attrs = [node.attr("class"), node.attr("id")];
    attrs.iter().flatten().any(|value| {
        // Compared without lower-casing: this runs on every element of every page.
        value.split_whitespace().any(|token| {
            token.split(['-', '_']).any(|word| {
                DECK_WORDS
                    .iter()
                    .any(|deck| word.eq_ignore_ascii_case(deck))
            })
        })
    })
}

/// A deck's text. A deck that holds the byline too (the Guardian's `<p>by <span
/// itemprop="author">…</span> (reporting)</p>` after the standfirst's `<p>`) gives its
/// first paragraph without an author mark.
fn deck_text(node: &NodeRef) -> Option<String> {
    let deck = Selection::from(*node);
    if !deck.select(AUTHOR_MARKS).exists() {
        return Some(collapse(&node.text()));
    }
    deck.select("p")
        .nodes()
        .iter()
        .find(|p| !Selection::from(**p).select(AUTHOR_MARKS).exists())
        .map(|p| collapse(&p.text()))
}

/// Whether a line prints a byline (`Email Print Comments By Jemele Hill`): `By` and a
/// capitalised word, which a deck's sentence does not have (`By the time …` goes on in
/// lower case).
fn prints_a_byline(text: &str) -> bool {
    let words: Vec<&str> = text.split_whitespace().collect();
    words
        .windows(2)
        .any(|w| w[0] == "By" && w[1].starts_with(char::is_uppercase))
}

/// What marks a byline inside a deck.
const AUTHOR_MARKS: &str = r#"[itemprop~="author"], [rel~="author"], [class*="byline" i]"#;

/// Whether `node` stands in a figure (a photo's caption is no deck).
fn in_a_figure(node: &NodeRef) -> bool {
    std::iter::once(*node)
        .chain(node.ancestors(Some(12)))
        .any(|n| n.is("figure") || n.is("figcaption"))
}

/// The headline's characters of text as [`text_offsets_after`] counts them.
fn headline_chars(doc: &Document, at: dom_query::NodeId) -> usize {
    doc.tree.get(&at).map_or(0, |headline| {
        headline
            .descendants_it()
            .filter(|n| n.is_text())
            .map(|n| n.text().trim().chars().count())
            .sum()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn deck(body: &str) -> Option<String> {
        let doc = Document::from(format!("<html><body>{body}</body></html>").as_str());
        read(&doc, &Headline::find(&doc))
    }

    const TEXT: &str = "<p>New numbers from the Canadian Real Estate Association confirm what \
        buyers, sellers and owners have known for a while: the housing market is in a funk.</p>";

    #[test]
    fn the_deck_under_the_headline_is_read() {
        for marked in [
            r#"<h2 class="deck">Average price of a home that sold in September was $640,479</h2>"#,
            r#"<p class="story__subhead">Average price of a home that sold in September was $640,479</p>"#,
            r#"<h2 class="c-entry-summary p-dek">Average price of a home that sold in September was $640,479</h2>"#,
        ] {
            assert_eq!(
                deck(&format!(
                    "<article><h1>Housing market slowdown continues</h1>{marked}{TEXT}</article>"
                ))
                .as_deref(),
                Some("Average price of a home that sold in September was $640,479"),
                "{marked}"
            );
        }
    }

    #[test]
    fn what_is_not_the_articles_deck_is_not_read() {
        let read_with = |html: &str| {
            deck(&format!(
                "<article><h1>Housing market slowdown</h1>{html}{TEXT}</article>"
            ))
        };
        // A teaser's deck in a related box, a caption, a word of a class that only
        // contains a deck's (`deckchair`), a date, a byline strip.
        assert_eq!(
            read_with(
                r#"<aside><h3>Related</h3><p class="dek">Prices fell in every province but one last month, the association said</p></aside>"#
            ),
            None
        );
        assert_eq!(
            read_with(
                r#"<figure><img src="a.jpg"><figcaption class="summary">A sold sign in front of a house in Toronto last week</figcaption></figure>"#
            ),
            None
        );
        assert_eq!(
            read_with(
                r#"<p class="deckchair">Average price of a home that sold in September was high</p>"#
            ),
            None
        );
        assert_eq!(
            read_with(r#"<p class="subhead">Published October 14, 2022</p>"#),
            None
        );
        assert_eq!(
            read_with(r#"<p class="subhead">Email Print Comments By Jane HillCBC.ca Archive</p>"#),
            None
        );
        // Before the headline, or far below it, a deck is another's.
        let before = deck(&format!(
            r#"<p class="dek">Average price of a home that sold in September was high</p><article><h1>Housing</h1>{TEXT}</article>"#
        ));
        assert_eq!(before, None);
        let far = deck(&format!(
            r#"<article><h1>Housing</h1>{TEXT}{TEXT}{TEXT}<p class="dek">Average price of a home that sold in September was high</p></article>"#
        ));
        assert_eq!(far, None);
    }

    #[test]
    fn a_deck_holding_the_byline_gives_its_own_paragraph() {
        let guardian = r#"<article><h1>What is the sea telling us?</h1><div class="content__standfirst">
            <p>New Zealand's whale whisperers worry that manmade changes in the ocean are behind the spike in beachings</p>
            <p>by <span itemprop="author"><a rel="author" href="/profile/e">Eleanor Ainge Roy</a></span> (reporting)</p></div></article>"#;
        assert_eq!(
            deck(guardian).as_deref(),
            Some("New Zealand's whale whisperers worry that manmade changes in the ocean are behind the spike in beachings")
        );
    }
}
