//! A photo's caption and credit: `figcaption`, a caption beside or under the picture,
//! credit elements and labels (`Photo:`, `©`), split apart.

use super::*;

/// What the page says about one image.
#[derive(Default)]
pub(super) struct FoundCaption<'a> {
    pub(super) caption: Option<String>,
    pub(super) credit: Option<String>,
    /// The element that held the caption.
    pub(super) node: Option<NodeRef<'a>>,
    /// The element that held the credit, when it stands apart from the caption in the
    /// picture's box (see [`credit_in_picture_box`]): it leaves the body with the caption.
    pub(super) credit_node: Option<NodeRef<'a>>,
}

/// Elements that hold a photo credit inside a caption or figure.
pub(super) const CREDIT_SELECTOR: &str = ".credit, .copyright, .image-credit, .photo-credit, \
     [class*='credit'], [class*='Credit'], [class*='copyright'], [class*='Copyright'], \
     [itemprop='copyrightHolder'], [itemprop='creditText'], [itemprop='author'], small, cite, \
     figcaption [class*='source'], [class*='caption'][class*='source']";

/// Elements that hold a caption beside an image.
pub(super) const CAPTION_SELECTOR: &str = "figcaption, [class*='caption'], [class*='Caption'], \
     [itemprop='caption'], [itemprop='description']";

/// Caption and credit of an image: `aria-describedby`, its figure's figcaption (or a
/// figcaption right after the figure), a caption element in a small image container, or
/// the image's own `data-caption`; the credit from a credit element, a `data-credit`
/// attribute or a "Photo:" style suffix.
pub(super) fn caption_of<'a>(img: &NodeRef<'a>) -> FoundCaption<'a> {
    let node = caption_node(img);
    let mut found = FoundCaption::default();
    let mut text = String::new();
    if let Some(node) = &node {
        let sel = Selection::from(*node);
        text = collapse_ws(&node.text());
        let credit_el = sel.select(CREDIT_SELECTOR);
        let credit = collapse_ws(&credit_el.text());
        if !credit.is_empty() && credit.len() < text.len().max(1) + 1 {
            // The credit element's own text, which follows the caption: its last
            // occurrence ("Twitter Lite …" credited to "Twitter" keeps its first word).
            if let Some(at) = text.rfind(credit.as_str()) {
                text = collapse_ws(&format!("{}{}", &text[..at], &text[at + credit.len()..]));
                // `Caption - <span class="credit">Agency</span>`: the dash went with it.
                text = text
                    .trim_end_matches(['-', '–', '—', '|', '/', '·', '•'])
                    .trim_end()
                    .to_string();
            }
            found.credit = Some(credit);
        }
    }
    if text.is_empty() {
        if let Some(c) = img.attr("data-caption") {
            text = collapse_ws(&c);
        }
    }
    // A credit kept apart from the caption, inside the figure.
    if found.credit.is_none() {
        if let Some(figure) = img.ancestors(Some(6)).into_iter().find(|a| a.is("figure")) {
            let credit = Selection::from(figure)
                .select(CREDIT_SELECTOR)
                .iter()
                .map(|c| collapse_ws(&c.text()))
                .find(|c| !c.is_empty() && c.len() < 200);
            if let Some(c) = credit.filter(|c| !text.contains(c.as_str())) {
                found.credit = Some(c);
            }
        }
    }
    // A credit kept apart from the caption in the picture's box, where there is no figure.
    if found.credit.is_none() {
        if let Some(credit) = credit_in_picture_box(img, node.as_ref(), &text) {
            found.credit = Some(collapse_ws(&credit.text()));
            found.credit_node = Some(credit);
        }
    }
    // `data-credit` on the image or on its figure (Time's, whose figcaption prints the
    // credit right after the caption, in a span of no class).
    let data_credit = img.attr("data-credit").or_else(|| {
        img.ancestors(Some(6))
            .into_iter()
            .find(|a| a.is("figure"))
            .and_then(|f| f.attr("data-credit"))
    });
    if let Some(data_credit) = data_credit.map(|c| collapse_ws(&c)) {
        if !data_credit.is_empty() {
            let paren = format!("({data_credit})");
            if text.ends_with(&paren) {
                text = text[..text.len() - paren.len()].trim().to_string();
            } else if text == data_credit {
                text.clear();
            } else if let Some(caption) = text.strip_suffix(data_credit.as_str()) {
                text = caption.trim_end().to_string();
            }
            if found.credit.is_none() {
                found.credit = Some(data_credit);
            }
        }
    }
    if found.credit.is_none() {
        if let Some((caption, credit)) = split_credit_suffix(&text) {
            text = caption;
            found.credit = Some(credit);
        }
    }
    found.credit = found
        .credit
        .map(|c| strip_credit_label(&c))
        .filter(|c| !c.is_empty());
    found.caption = Some(text).filter(|t| !t.is_empty());
    found.node = node;
    found
}

/// The element holding an image's caption, if any.
pub(super) fn caption_node<'a>(img: &NodeRef<'a>) -> Option<NodeRef<'a>> {
    // <img aria-describedby="caption-1"> … <p id="caption-1">
    if let Some(id) = img.attr("aria-describedby") {
        let id = id.trim().to_string();
        let simple = !id.is_empty()
            && id
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
        if simple {
            if let Some(root) = img.ancestors(None).into_iter().last() {
                let target = Selection::from(root).select(&format!("[id='{id}']"));
                if let Some(node) = target.nodes().first() {
                    if !collapse_ws(&node.text()).is_empty() {
                        return Some(*node);
                    }
                }
            }
        }
    }
    let figure = img.ancestors(Some(6)).into_iter().find(|a| a.is("figure"));
    if let Some(figure) = figure {
        let inside = Selection::from(figure).select("figcaption");
        if let Some(node) = inside.nodes().first() {
            return Some(*node);
        }
        // A figure may print its caption in a `<div class="caption">` of its own (Condé
        // Nast's `asset-embed__caption`): the outermost such element beside the picture.
        // A credit's own element (`caption-credit`) is not it.
        let beside = Selection::from(figure)
            .select(CAPTION_SELECTOR)
            .nodes()
            .iter()
            .find(|c| is_caption_text(c) && !c.is(CREDIT_SELECTOR))
            .cloned();
        return beside.or_else(|| caption_after(figure));
    }
    // No figure: a small container with one image and a caption element.
    for ancestor in img.ancestors(Some(3)) {
        if ancestor.is("body") || ancestor.is("article") || ancestor.is("main") {
            break;
        }
        let sel = Selection::from(ancestor);
        if sel.select("img").length() != 1 {
            break;
        }
        let caption = sel
            .select(CAPTION_SELECTOR)
            .nodes()
            .iter()
            .find(|c| is_caption_text(c))
            .cloned();
        if caption.is_some() {
            return caption;
        }
    }
    caption_under_in_block(img)
}

/// Most characters a picture's box may print besides its caption and credit: a box
/// printing more holds more than the picture (a post with one image in it).
const MAX_PICTURE_BOX_EXTRA_CHARS: usize = 40;

/// Elements that hold a credit in a picture's box: the credit elements of a caption, and
/// a source line (`<p class="source">Illustration by …</p>`).
pub(super) const BOX_CREDIT_SELECTOR: &str =
    "[class*='credit'], [class*='Credit'], [class*='copyright'], \
     [class*='Copyright'], [itemprop='copyrightHolder'], [itemprop='creditText'], \
     [class*='source'], [class*='Source']";

/// The credit a picture's box prints apart from its caption, where there is no figure:
/// Time's `<div class="credit">` under its `<p class="caption">`, BusinessWeek's `<p><span
/// class="photoCredit">`, Business Insider's `<p class="source">`. The box is the nearest
/// of the picture's containers (three levels up at most) that shows this one picture and
/// prints nothing but its caption and the credit.
fn credit_in_picture_box<'a>(
    img: &NodeRef<'a>,
    caption: Option<&NodeRef<'a>>,
    caption_text: &str,
) -> Option<NodeRef<'a>> {
    if img.ancestors(Some(6)).into_iter().any(|a| a.is("figure")) {
        return None;
    }
    for ancestor in img.ancestors(Some(3)) {
        if ancestor.is("body") || ancestor.is("article") || ancestor.is("main") {
            return None;
        }
        let sel = Selection::from(ancestor);
        if sel.select("img").length() != 1 {
            return None;
        }
        let in_caption = |n: &NodeRef| {
            caption.is_some_and(|c| n.id == c.id || n.ancestors(None).iter().any(|a| a.id == c.id))
        };
        let credit = sel
            .select(BOX_CREDIT_SELECTOR)
            .nodes()
            .iter()
            .filter(|n| !in_caption(n) && !n.is("img") && !only_a_resource(n))
            .find(|n| {
                let t = collapse_ws(&n.text());
                !t.is_empty() && t.chars().count() < 200 && !caption_text.contains(t.as_str())
            })
            .cloned();
        if let Some(credit) = credit {
            let box_chars = collapse_ws(&ancestor.text()).chars().count();
            let credit_chars = collapse_ws(&credit.text()).chars().count();
            let extra = box_chars.saturating_sub(credit_chars + caption_text.chars().count());
            return (extra <= MAX_PICTURE_BOX_EXTRA_CHARS).then_some(credit);
        }
    }
    None
}

/// Whether an element matched a source selector (`[class*='source']`) only by a class
/// naming a resource (CNN's `video-resource__details`, a video's title and length): it is
/// no source line.
fn only_a_resource(node: &NodeRef) -> bool {
    let class = node.attr("class").unwrap_or_default().to_lowercase();
    let rest = class.replace("resource", "");
    class.contains("resource")
        && node.attr("itemprop").is_none()
        && !["source", "credit", "copyright"]
            .iter()
            .any(|word| rest.contains(word))
}

/// Inline elements a caption printed under a picture is set in.
pub(super) const INLINE_CAPTION_TAGS: [&str; 9] = [
    "em", "i", "small", "span", "font", "cite", "strong", "b", "sub",
];

/// Longest text read as a caption printed under a picture in its paragraph (characters).
pub(super) const MAX_INLINE_CAPTION_CHARS: usize = 400;

/// A caption printed under a picture in the picture's own paragraph, as blogs and older
/// CMSs set one: `<p><a><img></a><br><em>Caption</em></p>`. The block shows this one
/// picture first, then line breaks, then one inline element of text and nothing more.
pub(super) fn caption_under_in_block<'a>(img: &NodeRef<'a>) -> Option<NodeRef<'a>> {
    let shows_nothing = |n: &NodeRef| {
        (n.is_text() && n.text().trim().is_empty())
            || (n.is_element()
                && !n.is("img")
                && collapse_ws(&n.text()).is_empty()
                && !n.is("br")
                && n.first_element_child().is_none())
    };
    // A link around the picture (to its full size) stands for it.
    let mut picture = *img;
    if let Some(parent) = img.parent().filter(|p| p.is("a")) {
        let alone = parent
            .children_it(false)
            .all(|c| c.id == img.id || (c.is_text() && c.text().trim().is_empty()));
        if alone {
            picture = parent;
        }
    }
    let block = picture.parent()?;
    if !(block.is("p") || block.is("div") || block.is("center")) {
        return None;
    }
    if Selection::from(block).select("img").length() != 1 {
        return None;
    }
    let children: Vec<NodeRef> = block.children_it(false).collect();
    let at = children.iter().position(|c| c.id == picture.id)?;
    if !children[..at].iter().all(shows_nothing) {
        return None;
    }
    let mut rest = children[at + 1..]
        .iter()
        .filter(|c| !(c.is_text() && c.text().trim().is_empty()));
    let mut line_breaks = 0;
    let caption = loop {
        let next = rest.next()?;
        if next.is("br") {
            line_breaks += 1;
            continue;
        }
        break *next;
    };
    let text = collapse_ws(&caption.text());
    let fits = line_breaks > 0
        && INLINE_CAPTION_TAGS.iter().any(|tag| caption.is(tag))
        && !text.is_empty()
        && text.chars().count() <= MAX_INLINE_CAPTION_CHARS
        && !crate::capture::text::is_caption_control(&text);
    let nothing_after = rest.all(|c| c.is("br"));
    (fits && nothing_after).then_some(caption)
}

/// Whether a caption-like element (a class naming a caption) reads as a picture's caption:
/// some text, not a page's worth, no control (`Enlarge`), no picture inside it.
pub(super) fn is_caption_text(node: &NodeRef) -> bool {
    let t = collapse_ws(&node.text());
    !t.is_empty()
        && t.len() < 600
        && !crate::capture::text::is_caption_control(&t)
        && !Selection::from(*node).select("img").exists()
}

/// The figcaption that follows a figure without one: `<figure><img></figure>
/// <figcaption>…</figcaption>`, possibly a few levels up (a zoom wrapper around the
/// figure, a caption wrapper around the figcaption). Copies of the same picture in
/// between (a hidden zoom layer) are passed over; another picture, or text that is not
/// the caption, ends the search.
pub(super) fn caption_after<'a>(figure: NodeRef<'a>) -> Option<NodeRef<'a>> {
    let sources = |node: NodeRef<'a>| -> Vec<String> {
        Selection::from(node)
            .select("img")
            .nodes()
            .iter()
            .filter_map(best_source)
            .collect()
    };
    let own = sources(figure);
    let mut at = figure;
    for _ in 0..4 {
        let mut next = at.next_element_sibling();
        while let Some(node) = next {
            if node.is("figcaption") {
                return Some(node);
            }
            let pictures = sources(node);
            if !pictures.is_empty() {
                if pictures.iter().any(|p| !own.contains(p)) {
                    return None;
                }
            } else if collapse_ws(&node.text()).is_empty() {
                // Prints nothing (the empty `<p>` a re-parse leaves where a `<p>` held the
                // figcaption): passed over.
            } else {
                // A wrapper of the caption: it opens with it, or prints nothing else.
                let caption = Selection::from(node)
                    .select("figcaption")
                    .nodes()
                    .first()
                    .cloned();
                return caption.filter(|c| {
                    node.first_element_child()
                        .is_some_and(|first| first.id == c.id)
                        || collapse_ws(&c.text()) == collapse_ws(&node.text())
                });
            }
            next = node.next_element_sibling();
        }
        at = at.parent()?;
        if at.is("body") || at.is("article") {
            break;
        }
    }
    None
}

/// `Caption. Photo: Agency` → (caption, credit); also `Caption (Name/Agency)`.
pub(super) fn split_credit_suffix(caption: &str) -> Option<(String, String)> {
    let lower = caption.to_ascii_lowercase();
    for label in [
        // Getty's and AFP's `(Photo credit should read KOJI SASAHARA/AFP/Getty Images)`.
        "(photo credit should read",
        "photo credit should read",
        "| photo:",
        "photo:",
        "photo credit:",
        "photograph:",
        "photo by",
        "photos by",
        "photograph by",
        "credit:",
        "image:",
        "image by",
        "picture:",
        // News Corp Australia's `… Source: Supplied`, `Source: AFP`: in a caption, a
        // source is the picture's.
        "source:",
        "(photo",
        "©",
    ] {
        if let Some(at) = lower.rfind(label) {
            let credit = caption[at + label.len()..]
                .trim()
                .trim_end_matches(')')
                .trim_start_matches(['.', ':'])
                .trim();
            let before = caption[..at]
                .trim()
                .trim_end_matches(['|', '-', '–', '—', '('])
                .trim();
            if !credit.is_empty() && credit.len() < 120 {
                return Some((before.to_string(), credit.to_string()));
            }
        }
    }
    // A trailing parenthesis naming a photographer and agency: "(Jane Doe / The Times)".
    if caption.ends_with(')') {
        if let Some(open) = caption.rfind('(') {
            let inner = caption[open + 1..caption.len() - 1].trim();
            let agencyish = inner.contains('/')
                || [
                    "getty",
                    "reuters",
                    "afp",
                    "associated press",
                    "ap photo",
                    "epa",
                    "images",
                ]
                .iter()
                .any(|a| inner.to_ascii_lowercase().contains(a));
            if agencyish && !inner.is_empty() && inner.len() < 100 {
                return Some((caption[..open].trim().to_string(), inner.to_string()));
            }
        }
    }
    // A caption that is only a credit (`Foto: GH`).
    if let Some(label) = crate::capture::text::CREDIT_LABEL.find(caption) {
        let credit = caption[label.end()..].trim();
        if !credit.is_empty() && credit.len() < 120 {
            return Some((String::new(), credit.to_string()));
        }
    }
    // The forms pasted text has too: other languages' labels (`Foto:`, `Bild:`), NYT's
    // `Credit`, a known agency after the last sentence.
    crate::capture::text::caption_credit(caption)
}

pub(super) fn strip_credit_label(credit: &str) -> String {
    let mut c = credit.trim().trim_start_matches('|').trim();
    // `(Bild: Hersteller)`: the brackets hold the label too.
    if let Some(inner) = c.strip_prefix('(').and_then(|c| c.strip_suffix(')')) {
        c = inner.trim();
    }
    loop {
        let lower = c.to_ascii_lowercase();
        let label = [
            "photo:",
            "photograph:",
            "photographs:",
            "photo by",
            "photos by",
            "photograph by",
            "credit:",
            // The Times's `<span class="credit"><span hidden>Credit </span>Name</span>`.
            "credit ",
            "image:",
            "image by",
            "picture:",
            "foto:",
            "fotos:",
            "bild:",
            "crédit :",
            "crédits :",
            "crédit:",
            "crédits:",
            "photo ",
        ]
        .iter()
        .find(|l| lower.starts_with(*l));
        match label {
            Some(l) => c = c[l.len()..].trim(),
            None => break,
        }
    }
    c.trim_start_matches('©')
        .trim()
        .trim_matches(['(', ')'])
        .trim()
        .to_string()
}
