//! Page controls printed in a row: share bars with their labels, breadcrumb trails whose
//! separators the page drew, and a menu flattened into one line.

use super::*;

/// Networks a share button names by their brands, which pages in every language print in
/// Latin letters.
pub(super) const SHARE_NETWORKS: [&str; 10] = [
    "facebook",
    "twitter",
    "whatsapp",
    "messenger",
    "linkedin",
    "telegram",
    "pinterest",
    "reddit",
    "tumblr",
    "viber",
];

/// Most words of a share button's label before the network's name (`Share this with`,
/// `ဒီစာမျက်နှာ`, `Partager sur`).
pub(super) const SHARE_LABEL_WORDS: usize = 4;

/// Share buttons in a language the reader has no words for: lines that each end with a
/// network's name after one label (`ဒီစာမျက်နှာ Facebook`, `ဒီစာမျက်နှာ Twitter` on BBC
/// Burmese: "this page"), three networks or more, are a share bar; so are the label alone and
/// the label with any one word after it (`ဒီစာမျက်နှာ အီးမေးလ်`, its e-mail button).
pub(super) fn mark_labelled_share_rows(units: &mut [Unit]) {
    let label_and_network = |text: &str| -> Option<(String, String)> {
        let (label, network) = text.trim().rsplit_once(char::is_whitespace)?;
        let network = network.to_lowercase();
        let label = label.trim();
        (SHARE_NETWORKS.contains(&network.as_str())
            && !label.is_empty()
            && label.split_whitespace().count() <= SHARE_LABEL_WORDS)
            .then(|| (label.to_string(), network))
    };
    // (The label alone may read as a picture's alt text printed over the next line.)
    let marked = |u: &Unit| {
        matches!(
            u.kind,
            Kind::Short | Kind::Nav | Kind::Furniture | Kind::Alt
        )
    };
    let mut networks: HashMap<String, HashSet<String>> = HashMap::new();
    for u in units.iter().filter(|u| marked(u)) {
        if let Some((label, network)) = label_and_network(&u.text) {
            networks.entry(label).or_default().insert(network);
        }
    }
    let labels: HashSet<&String> = networks
        .iter()
        .filter(|(_, named)| named.len() >= 3)
        .map(|(label, _)| label)
        .collect();
    if labels.is_empty() {
        return;
    }
    for u in units.iter_mut().filter(|u| marked(u)) {
        let text = u.text.trim();
        let button = labels.iter().any(|label| {
            text == label.as_str()
                || text.strip_prefix(label.as_str()).is_some_and(|rest| {
                    rest.starts_with(char::is_whitespace) && rest.split_whitespace().count() == 1
                })
        });
        if button {
            u.kind = Kind::Share;
        }
    }
}

/// A trail whose separators the page draws with CSS, which a browser does not copy: `Home
/// League of Legends` is the home page's crumb, then one or more of the page's menu items
/// ([`menu_items`]) side by side. Such a line is a breadcrumb (its steps after home), never
/// a headline.
pub(super) fn mark_glued_trails(units: &mut [Unit]) {
    let mut menu: Option<HashSet<String>> = None;
    for i in 0..units.len() {
        if units[i].kind != Kind::Short {
            continue;
        }
        let text = units[i].text.trim();
        let Some((home, rest)) = text.split_once(' ') else {
            continue;
        };
        if !is_home_crumb(home) || rest.trim().is_empty() {
            continue;
        }
        let menu = menu.get_or_insert_with(|| menu_items(units));
        if let Some(steps) = split_into_menu_items(rest.trim(), menu) {
            units[i].kind = Kind::Breadcrumb(steps);
        }
    }
}

/// `words` cut into consecutive menu items of at most [`MENU_ITEM_WORDS`] words each, the
/// fewest there can be (`League of Legends`, `News World`), or `None` when they cannot be.
pub(super) fn split_into_menu_items(text: &str, menu: &HashSet<String>) -> Option<Vec<String>> {
    let words: Vec<&str> = text.split_whitespace().collect();
    // best[k]: the fewest items covering the first k words, and where the last one starts.
    let mut best: Vec<Option<(usize, usize)>> = vec![None; words.len() + 1];
    best[0] = Some((0, 0));
    for end in 1..=words.len() {
        for start in end.saturating_sub(MENU_ITEM_WORDS)..end {
            let Some((count, _)) = best[start] else {
                continue;
            };
            if !menu.contains(&menu_text(&words[start..end].join(" "))) {
                continue;
            }
            if best[end].is_none_or(|(c, _)| count + 1 < c) {
                best[end] = Some((count + 1, start));
            }
        }
    }
    let mut steps = Vec::new();
    let mut end = words.len();
    while end > 0 {
        let (_, start) = best[end]?;
        steps.push(words[start..end].join(" "));
        end = start;
    }
    steps.reverse();
    Some(steps)
}

/// Which units stand in a menu copied without its bullets, as a graphical browser copies
/// one: a run of [`MIN_MENU_RUN`]+ short lines or list items of at most [`MENU_ITEM_WORDS`]
/// words each, with no blank line between them.
pub(super) fn in_menu_runs(units: &[Unit]) -> Vec<bool> {
    let menu_line = |u: &Unit| {
        matches!(u.kind, Kind::Short | Kind::Nav) && word_count(&u.text) <= MENU_ITEM_WORDS
    };
    let mut in_run = vec![false; units.len()];
    let mut i = 0;
    while i < units.len() {
        if !menu_line(&units[i]) {
            i += 1;
            continue;
        }
        let end = (i + 1..units.len())
            .find(|&k| !menu_line(&units[k]) || units[k].blank_before)
            .unwrap_or(units.len());
        if end - i >= MIN_MENU_RUN {
            in_run[i..end].fill(true);
        }
        i = end;
    }
    in_run
}

/// Most words of a menu's entry in a run of unbulleted lines (see [`in_menu_runs`]).
pub(super) const MENU_ITEM_WORDS: usize = 3;

/// Fewest lines of a run of short lines, without a blank line between them, read as a menu.
pub(super) const MIN_MENU_RUN: usize = 5;

/// A label printed on its own line over its value (`Published:`, `Completed:`, a
/// definition list's term): at most this many words.
pub(super) const LONE_LABEL_WORDS: usize = 3;
