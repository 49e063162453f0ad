//! The article's photos: the lead picture above the text, pictures in the body in order
//! (their best `srcset` source, logos, share buttons and placeholders left out), the
//! markers that keep their places in the text, and their bytes when the page carries them.

use super::*;

/// A figure of the page that shows its lead image, found before Readability takes the
/// page apart.
pub(super) struct LeadFigure {
    pub(super) photo: ExtractedPhoto,
    /// The first paragraphs printed after the figure (white space collapsed): the figure
    /// heads the article when the article's body opens with one of them.
    pub(super) next_paragraphs: Vec<String>,
}

impl LeadFigure {
    /// Makes this the first photo of those the body holds (their markers follow), when it
    /// heads the body and the body does not show it already: the lead picture printed above
    /// the body (a header's figure, which Readability leaves out), with caption and credit.
    pub(super) fn put_first(self, found: &mut PhotosFound, content: &Document) {
        let opening: Vec<String> = content
            .select("p")
            .nodes()
            .iter()
            .map(|p| collapse_ws(&p.text()))
            .filter(|t| t.len() >= LONG_PARAGRAPH)
            .take(LEAD_PARAGRAPHS)
            .collect();
        if !self.next_paragraphs.iter().any(|p| opening.contains(p)) {
            return;
        }
        let photo = self.photo;
        let shown = |p: &ExtractedPhoto| {
            p.url.as_deref().and_then(image_file_name)
                == photo.url.as_deref().and_then(image_file_name)
                || (photo.caption.is_some() && p.caption == photo.caption)
        };
        if found.photos.iter().any(shown) {
            return;
        }
        found.put_first(photo);
    }
}

/// Paragraphs this long are the article's text, not a teaser or a label.
pub(super) const LONG_PARAGRAPH: usize = 80;

/// How many of the first paragraphs tie a lead figure to the body.
pub(super) const LEAD_PARAGRAPHS: usize = 3;

/// The page's figure that shows its lead image (og:image and the like, matched by file
/// name: the meta names a social-card size of the same file) with a caption or credit:
/// the picture a header prints above the article, outside the body Readability keeps.
pub(super) fn lead_figure(
    document: &Document,
    lead: &str,
    base: Option<&str>,
    base_dir: Option<&Path>,
) -> Option<LeadFigure> {
    let wanted = image_file_name(lead)?;
    let shows_lead = |src: &str| image_file_name(&resolve(src, base)) == Some(wanted);
    let (figure, img) = document
        .select("figure")
        .nodes()
        .iter()
        .find_map(|figure| {
            let img = Selection::from(*figure)
                .select("img")
                .nodes()
                .iter()
                .find(|img| {
                    best_source(img)
                        .is_some_and(|src| !is_furniture_image(img, &src) && shows_lead(&src))
                })
                .cloned()?;
            Some((*figure, img))
        })?;
    let found = caption_of(&img);
    if found.caption.is_none() && found.credit.is_none() {
        return None;
    }
    // A lazy page shows a blurred preview and keeps the picture in <noscript> (parsed
    // as elements or, where scripting is on, as text).
    let noscript = Selection::from(figure).select("noscript");
    let src = noscript
        .select("img")
        .nodes()
        .iter()
        .filter_map(best_source)
        .chain(
            Document::from(noscript.text().as_ref())
                .select("img")
                .nodes()
                .iter()
                .filter_map(best_source),
        )
        .find(|src| shows_lead(src))
        .or_else(|| best_source(&img))?;
    let own: Vec<_> = Selection::from(figure)
        .select("p")
        .nodes()
        .iter()
        .map(|p| p.id)
        .collect();
    let next_paragraphs = document
        .select("p")
        .nodes()
        .iter()
        .filter(|p| p.id > figure.id && !own.contains(&p.id))
        .map(|p| collapse_ws(&p.text()))
        .filter(|t| t.len() >= LONG_PARAGRAPH)
        .take(LEAD_PARAGRAPHS)
        .collect();
    Some(LeadFigure {
        photo: ExtractedPhoto {
            caption: found.caption,
            credit: found.credit,
            alt: alt_of(&img),
            bytes: image_bytes(&src, base_dir),
            url: Some(resolve(&src, base)),
            missing_reason: None,
        },
        next_paragraphs,
    })
}

/// Caption and credit of each figure's picture on the whole page, by the picture's
/// address, read before Readability takes the page apart: its cleaning drops a figcaption
/// that is all link (Ars Technica's `<div class="caption-credit"><a>Kevin</a></div>`)
/// while keeping the picture.
pub(super) struct FigureCaptions(HashMap<String, (Option<String>, Option<String>)>);

impl FigureCaptions {
    pub(super) fn read(document: &Document, base: Option<&str>) -> Self {
        let mut by_address = HashMap::new();
        // A figure's picture, or one in a box that prints a credit apart from its caption
        // (Readability keeps the credit as a paragraph of no class): found from the credit
        // elements, fewer than the page's images.
        let mut images = document.select("figure img").nodes().to_vec();
        for credit in document.select(BOX_CREDIT_SELECTOR).nodes() {
            for ancestor in credit.ancestors_it(Some(3)) {
                let inside = Selection::from(ancestor).select("img");
                match inside.nodes() {
                    [] => continue,
                    [img] if !images.iter().any(|i| i.id == img.id) => images.push(*img),
                    _ => {}
                }
                break;
            }
        }
        for img in &images {
            let in_figure = img.ancestors(Some(6)).into_iter().any(|a| a.is("figure"));
            let Some(src) = best_source(img).filter(|src| !is_furniture_image(img, src)) else {
                continue;
            };
            let found = caption_of(img);
            if !in_figure && found.credit_node.is_none() {
                continue;
            }
            if found.caption.is_some() || found.credit.is_some() {
                by_address
                    .entry(resolve(&src, base))
                    .or_insert((found.caption, found.credit));
            }
        }
        FigureCaptions(by_address)
    }

    /// Gives a photo the body shows without caption or credit those its figure had on the
    /// page, when the body no longer prints the caption (Readability dropped it, rather
    /// than moved it where the caption reader does not look). A photo with the same
    /// caption, or none, and no credit gets the credit.
    pub(super) fn restore(&self, photos: &mut [ExtractedPhoto], body_text: &str) {
        if self.0.is_empty() {
            return;
        }
        for photo in photos.iter_mut().filter(|p| p.credit.is_none()) {
            let Some((caption, credit)) = photo.url.as_ref().and_then(|u| self.0.get(u)) else {
                continue;
            };
            if photo.caption.is_none() {
                if caption.as_deref().is_some_and(|c| body_text.contains(c)) {
                    continue;
                }
                photo.caption = caption.clone();
                photo.credit = credit.clone();
            } else if caption.as_deref().is_none_or(|c| {
                photo
                    .caption
                    .as_deref()
                    .is_some_and(|own| same_caption(own, c))
            }) {
                photo.credit = credit.clone();
            }
        }
    }
}

/// A lazy-loading page may keep a picture only inside `<noscript>`, for its script to put
/// in place: `<picture><noscript><img …></noscript></picture>`. Readability unwraps a
/// noscript image only where a placeholder image stands before it and removes the rest, so
/// the photo was lost and its caption with it. A noscript holding just one image, inside a
/// `<picture>` or `<figure>` that shows no other image, is replaced by that image. (Elsewhere
/// a noscript image is often a tracking pixel, left alone.)
pub(super) fn unwrap_lone_noscript_images(document: &Document) {
    let outside_noscript =
        |node: &NodeRef| !node.ancestors_it(None).any(|a| a.has_name("noscript"));
    for noscript in document.select("picture noscript, figure noscript").nodes() {
        let children = noscript.element_children();
        let [img] = children.as_slice() else {
            continue;
        };
        if !img.has_name("img") {
            continue;
        }
        // The outermost: a figure may show a small picture beside a <picture> of its own.
        let Some(holder) = noscript
            .ancestors_it(None)
            .filter(|a| a.has_name("picture") || a.has_name("figure"))
            .last()
        else {
            continue;
        };
        let shows_another = holder
            .descendants_it()
            .any(|n| n.has_name("img") && outside_noscript(&n));
        if !shows_another {
            // Takes the noscript away, its image (and white space) in its place.
            img.unwrap_node();
        }
    }
}

/// Fewest slides of one slideshow for its hidden slides to count as the article's photos.
const MIN_SLIDES: usize = 3;

/// Whether an element's own style hides it.
fn hidden_by_style(node: &NodeRef) -> bool {
    node.attr("style").is_some_and(|style| {
        let style: String = style
            .chars()
            .filter(|c| !c.is_whitespace())
            .collect::<String>()
            .to_ascii_lowercase();
        style.contains("display:none") || style.contains("visibility:hidden")
    })
}

/// A slideshow in the article shows one slide and hides the others with their style until
/// its script pages to them (CNN's galleries: fourteen `cnnArticleGalleryPhotoContainer`s,
/// only the first picture and caption shown). Readability drops what is hidden, so the
/// other slides' photos and captions were lost. Where [`MIN_SLIDES`]+ sibling elements of
/// one tag and class each hold one picture, outside a link (not a carousel of other
/// stories), and at least one of them shows its picture, what hides the others' pictures
/// and captions is taken off, in the slides whose picture is hidden.
pub(super) fn show_hidden_slides(document: &Document) {
    let mut seen: HashSet<dom_query::NodeId> = HashSet::new();
    for img in document.select("img").nodes() {
        let levels: Vec<NodeRef> = img.ancestors_it(Some(3)).collect();
        for slide in levels {
            let Some(parent) = slide.parent() else {
                break;
            };
            if seen.contains(&parent.id) {
                break;
            }
            let class = slide.attr("class").unwrap_or_default();
            // A slide is a box (Wikipedia's formulas, a `<span>` each holding a picture
            // and its hidden MathML, are no slideshow).
            if class.trim().is_empty() || !slide.is("div, li, figure, section, article") {
                continue;
            }
            let slides: Vec<NodeRef> = parent
                .element_children()
                .into_iter()
                .filter(|s| {
                    s.node_name() == slide.node_name()
                        && s.attr("class").unwrap_or_default() == class
                })
                .collect();
            if slides.len() < MIN_SLIDES {
                continue;
            }
            seen.insert(parent.id);
            let pictures: Vec<Vec<NodeRef>> = slides
                .iter()
                .map(|s| Selection::from(*s).select("img").nodes().to_vec())
                .collect();
            let one_each = pictures.iter().all(|p| p.len() == 1);
            let linked = pictures
                .iter()
                .flatten()
                .any(|p| p.ancestors_it(None).any(|a| a.has_name("a")));
            let shown = |s: &NodeRef, p: &NodeRef| {
                !std::iter::once(*p)
                    .chain(p.ancestors_it(None).take_while(|a| a.id != s.id))
                    .chain(std::iter::once(*s))
                    .any(|n| hidden_by_style(&n))
            };
            let one_shown = || {
                slides
                    .iter()
                    .zip(&pictures)
                    .any(|(s, p)| p.first().is_some_and(|p| shown(s, p)))
            };
            if !one_each || linked || !one_shown() {
                break;
            }
            for (s, p) in slides.iter().zip(&pictures) {
                if p.first().is_some_and(|p| shown(s, p)) {
                    continue;
                }
                // Gathered first: the tree cannot change while it is walked.
                let hidden: Vec<NodeRef> = std::iter::once(*s)
                    .chain(s.descendants_it())
                    .filter(hidden_by_style)
                    .collect();
                for node in hidden {
                    node.remove_attr("style");
                }
            }
            break;
        }
    }
}

/// Whether a lead image is the site's one picture for every shared page, by its file name
/// (`/facebook.jpg`, `og-image.png`, `fb_landscape_share.png`,
/// `web18-facebook-socialshare-1200x628.png`), not the article's photo.
pub(super) fn is_site_share_picture(url: &str) -> bool {
    let path = image_key(url).to_ascii_lowercase();
    let stem = stem_of(path.rsplit('/').next().unwrap_or(""));
    let words = stem_words(stem);
    SITE_SHARE_PICTURES.contains(&stem)
        || words.contains(&"socialshare")
        || (words.contains(&"share")
            && [
                "fb", "facebook", "social", "og", "twitter", "default", "site",
            ]
            .iter()
            .any(|w| words.contains(w)))
}

/// A file name without its extension (`pin_it_button` of `pin_it_button.png`).
pub(super) fn stem_of(file: &str) -> &str {
    file.rsplit_once('.').map_or(file, |(stem, _)| stem)
}

/// The words a file name's stem is made of (`fb`, `landscape`, `share` of
/// `fb_landscape_share`): what names a picture's purpose is told word by word, so that
/// `bike-share` or `button-mushrooms` read as what they are.
pub(super) fn stem_words(stem: &str) -> Vec<&str> {
    stem.split(['-', '_', '.']).collect()
}

/// File names (without extension) of a site's one picture for every shared page.
pub(super) const SITE_SHARE_PICTURES: &[&str] = &[
    "facebook",
    "twitter",
    "fb",
    "og",
    "og-image",
    "og_image",
    "ogimage",
    "opengraph",
    "share",
    "social",
    "social-share",
    "share-image",
];

/// An image's alt text, white space collapsed; none when empty.
pub(super) fn alt_of(img: &NodeRef) -> Option<String> {
    img.attr("alt")
        .map(|a| collapse_ws(&a))
        .filter(|a| !a.is_empty())
}

/// Site logos, icons and placeholders are not the article's photo.
pub(super) fn looks_like_logo(url: &str) -> bool {
    let lower = image_key(url).to_ascii_lowercase();
    let file = lower.rsplit('/').next().unwrap_or("");
    [
        "logo",
        "icon",
        "favicon",
        "sprite",
        "placeholder",
        "default",
        "avatar",
        "blank",
    ]
    .iter()
    .any(|w| file.contains(w))
        || lower.contains("/logo")
        || lower.contains("/icons/")
        || lower.ends_with(".svg")
        || lower.ends_with(".ico")
}

/// What [`photos_in`] found in an article body.
pub(super) struct PhotosFound<'a> {
    pub(super) photos: Vec<ExtractedPhoto>,
    /// Caption elements outside a `<figure>`, to keep out of the body text.
    pub(super) caption_nodes: Vec<NodeRef<'a>>,
    /// Every `<img>` in page order, with the photo it shows (None: not a photo).
    pub(super) images: Vec<(NodeRef<'a>, Option<usize>)>,
}

impl PhotosFound<'_> {
    /// Makes `photo` the first photo; the images' photo positions follow.
    pub(super) fn put_first(&mut self, photo: ExtractedPhoto) {
        self.photos.insert(0, photo);
        for index in self
            .images
            .iter_mut()
            .filter_map(|(_, index)| index.as_mut())
        {
            *index += 1;
        }
    }
}

/// Every image of the article body, in order, with its caption and credit. An image that
/// appears twice (a thumbnail, then the same picture in a figure) is one photo, keeping the
/// caption and credit either occurrence gave, unless each gives a different caption.
pub(super) fn photos_in<'a>(
    body: &Selection<'a>,
    url: Option<&str>,
    base_dir: Option<&Path>,
) -> PhotosFound<'a> {
    let mut photos: Vec<ExtractedPhoto> = Vec::new();
    let mut caption_nodes: Vec<NodeRef> = Vec::new();
    let mut images = Vec::new();
    for img in body.select("img").nodes().iter() {
        let Some(src) = best_source(img).filter(|src| !is_furniture_image(img, src)) else {
            images.push((*img, None));
            continue;
        };
        let resolved = resolve(&src, url);
        let found = caption_of(img);
        for node in found.node.iter().chain(&found.credit_node) {
            if !node.is("figcaption") && !caption_nodes.iter().any(|n| n.id == node.id) {
                caption_nodes.push(*node);
            }
        }
        let alt = alt_of(img);
        let mut found = found;
        if found.caption.is_none() {
            if let Some(node) = alt.as_deref().and_then(|a| alt_printed_as_caption(img, a)) {
                let text = collapse_ws(alt.as_deref().unwrap_or_default());
                match split_credit_suffix(&text) {
                    Some((caption, credit)) => {
                        found.caption = Some(caption).filter(|c| !c.is_empty());
                        found.credit = found.credit.or(Some(credit));
                    }
                    None => found.caption = Some(text),
                }
                if !caption_nodes.iter().any(|n| n.id == node.id) {
                    caption_nodes.push(node);
                }
            }
        }
        // The same picture shown again with a caption of its own (a chart the text comes
        // back to) is a photo again, a few times at most.
        let same_picture = |p: &&ExtractedPhoto| p.url.as_deref() == Some(resolved.as_str());
        let shown = photos.iter().filter(same_picture).count();
        let captioned_anew = |p: &ExtractedPhoto| match (&p.caption, &found.caption) {
            (Some(before), Some(now)) => !same_caption(before, now),
            _ => false,
        };
        if let Some(index) = photos.iter().position(|p| {
            same_picture(&p) && (!captioned_anew(p) || shown >= MAX_SHOWINGS_OF_A_PICTURE)
        }) {
            images.push((*img, Some(index)));
            let existing = &mut photos[index];
            if existing.caption.is_none() {
                existing.caption = found.caption;
            }
            if existing.credit.is_none() {
                existing.credit = found.credit;
            }
            if existing.alt.is_none() {
                existing.alt = alt;
            }
            continue;
        }
        let bytes = match photos.iter().find(same_picture) {
            Some(earlier) => earlier.bytes.clone(),
            None => image_bytes(&src, base_dir),
        };
        images.push((*img, Some(photos.len())));
        photos.push(ExtractedPhoto {
            caption: found.caption,
            credit: found.credit,
            alt,
            url: Some(resolved),
            bytes,
            missing_reason: None,
        });
    }
    PhotosFound {
        photos,
        caption_nodes,
        images,
    }
}

/// Elements that start lines of their own: a line of text holds none.
pub(super) const LINE_BREAKING_BLOCKS: &str =
    "h1, h2, h3, h4, h5, h6, p, div, section, article, header, \
     aside, ul, ol, li, figure, table, blockquote, pre, img";

/// Longest text (bytes) read as the caption of a lead picture the body does not show.
pub(super) const MAX_LEAD_CAPTION_BYTES: usize = 300;

/// The caption and credit of the page's lead picture when the body opens with them but
/// does not show the picture (Salon sets it as a header's CSS background and prints
/// `Traffic on the 405 … (Getty/Kevork Djansezian)` in a `<strong>` above the headline):
/// the element to take out of the body, and the lead picture's photo record. Only a first
/// line that splits into a caption and a credit, for a lead picture no photo shows.
pub(super) fn lead_picture_caption<'a>(
    content: &'a Document,
    lead: &str,
    photos: &[ExtractedPhoto],
    base: Option<&str>,
) -> Option<(NodeRef<'a>, ExtractedPhoto)> {
    let url = resolve(lead, base);
    if looks_like_logo(&url) || !(url.starts_with("http://") || url.starts_with("https://")) {
        return None;
    }
    let name = image_file_name(&url)?;
    let shown = |p: &ExtractedPhoto| {
        p.url.as_deref().and_then(image_file_name) == Some(name)
            || p.url.as_deref().map(image_key) == Some(image_key(&url))
    };
    if photos.iter().any(shown) {
        return None;
    }
    let body = content.select("body").nodes().first().copied()?;
    let first_text = body
        .descendants_it()
        .find(|d| d.is_text() && !d.text().trim().is_empty())?;
    let text = collapse_ws(&first_text.text());
    // The outermost element that prints this line and nothing more: no block inside it.
    let holds_blocks = |node: &NodeRef| {
        node.descendants_it()
            .any(|d| d.is_element() && d.is(LINE_BREAKING_BLOCKS))
    };
    let mut line: Option<NodeRef> = None;
    for ancestor in first_text.ancestors_it(None) {
        if ancestor.id == body.id {
            break;
        }
        let all = collapse_ws(&ancestor.text());
        if all.len() > MAX_LEAD_CAPTION_BYTES
            || !all.starts_with(text.as_str())
            || holds_blocks(&ancestor)
        {
            break;
        }
        line = Some(ancestor);
    }
    let line = line?;
    // A heading, a paragraph or a link is no caption; a figure's caption is its own
    // picture's. A caption over the headline has a heading right after it.
    let heading_next = std::iter::once(line)
        .chain(line.ancestors_it(None).take_while(|a| a.id != body.id))
        .find_map(|n| n.next_element_sibling())
        .is_some_and(|n| n.is("h1, h2, h3, h4, h5, h6"));
    if !heading_next
        || line.is("h1, h2, h3, h4, h5, h6, a, p, li, figcaption")
        || line
            .ancestors_it(None)
            .any(|a| a.is("a, figure, figcaption, picture"))
    {
        return None;
    }
    let (caption, credit) = split_credit_suffix(&collapse_ws(&line.text()))?;
    let credit = strip_credit_label(&credit);
    if caption.is_empty()
        || credit.is_empty()
        || photos
            .iter()
            .any(|p| p.caption.as_deref() == Some(caption.as_str()))
    {
        return None;
    }
    Some((
        line,
        ExtractedPhoto {
            caption: Some(caption),
            credit: Some(credit),
            alt: None,
            url: Some(url),
            bytes: None,
            missing_reason: None,
        },
    ))
}

/// Most levels above a picture searched for its caption printed beside it.
pub(super) const CAPTION_ECHO_LEVELS: usize = 3;

/// How many elements after the part of the page that holds a picture may print its caption.
pub(super) const CAPTION_ECHO_SIBLINGS: usize = 2;

/// A caption the photo record holds (from the page's image data, its alt text) that the
/// page also prints beside the picture in elements of no caption class (NatGeo's
/// `ngart-img__cont__copy`, then `Photograph by <credit>`): those elements, to keep out of
/// the body text. Only right after the picture, inside its own container (one picture in
/// it); never a heading or a list item.
pub(super) fn echoed_captions<'a>(
    images: &[(NodeRef<'a>, Option<usize>)],
    photos: &[ExtractedPhoto],
) -> Vec<NodeRef<'a>> {
    let mut out: Vec<NodeRef> = Vec::new();
    for (img, index) in images {
        let Some(photo) = index.and_then(|i| photos.get(i)) else {
            continue;
        };
        let caption = photo.caption.as_deref().map(collapse_ws);
        let credit = photo.credit.as_deref().map(collapse_ws);
        if caption.is_none() && credit.is_none() {
            continue;
        }
        // The caption as it is; the credit after its label (`Photograph by …`), or alone
        // when it is more than a word (`Win McNamee / Getty Images`): a credit of one word
        // (`CNN`) may be a word of other text.
        let echoes = |text: &str| {
            caption.as_deref() == Some(text)
                || credit.as_deref().is_some_and(|c| {
                    (text == c && (c.contains('/') || c.split_whitespace().count() >= 2))
                        || crate::capture::text::CREDIT_LABEL
                            .find(text)
                            .is_some_and(|label| text[label.end()..].trim() == c)
                })
        };
        out.extend(printed_after(img, echoes));
    }
    out
}

/// The elements right after a picture that print what `echoes` recognises: up from the
/// picture, the few elements after the part that holds it, while that part holds this one
/// picture; the nearest part's that print any. Each such element is the outermost that
/// echoes (NatGeo's copy and author lines in one wrapper are two); never a heading or a
/// list item.
fn printed_after<'a>(img: &NodeRef<'a>, echoes: impl Fn(&str) -> bool) -> Vec<NodeRef<'a>> {
    let mut holder = *img;
    for container in img.ancestors_it(Some(CAPTION_ECHO_LEVELS)) {
        if container.is("body, article, main")
            || Selection::from(container).select("img").length() != 1
        {
            break;
        }
        let mut found: Vec<NodeRef> = Vec::new();
        let mut next = holder.next_element_sibling();
        for _ in 0..CAPTION_ECHO_SIBLINGS {
            let Some(sibling) = next else { break };
            next = sibling.next_element_sibling();
            let mut stack = vec![sibling];
            while let Some(node) = stack.pop() {
                if node.is("h1, h2, h3, h4, h5, h6, li") {
                    continue;
                }
                if echoes(&collapse_ws(&node.text())) {
                    found.push(node);
                } else {
                    stack.extend(node.element_children().into_iter().rev());
                }
            }
        }
        if !found.is_empty() {
            return found;
        }
        holder = container;
    }
    Vec::new()
}

/// Fewest words of alt text that, printed again right after the picture, make a caption.
const MIN_PRINTED_ALT_WORDS: usize = 4;

/// The caption a page prints right after a picture in an element of no caption class,
/// repeating the picture's alt text (CNN's galleries: `<img alt="Police officers adjust …">
/// <cite>Police officers adjust …</cite>`): the element that prints it. Only the picture's
/// own next elements, and no paragraph: a paragraph may say what an alt text copied.
pub(super) fn alt_printed_as_caption<'a>(img: &NodeRef<'a>, alt: &str) -> Option<NodeRef<'a>> {
    let alt = collapse_ws(alt);
    if alt.split_whitespace().count() < MIN_PRINTED_ALT_WORDS {
        return None;
    }
    let mut next = img.next_element_sibling();
    for _ in 0..CAPTION_ECHO_SIBLINGS {
        let sibling = next?;
        let caption_like = sibling.is("div") || INLINE_CAPTION_TAGS.iter().any(|t| sibling.is(t));
        if caption_like && collapse_ws(&sibling.text()) == alt {
            return Some(sibling);
        }
        next = sibling.next_element_sibling();
    }
    None
}

/// How many photo records one picture shown with different captions may give.
pub(super) const MAX_SHOWINGS_OF_A_PICTURE: usize = 3;

/// Whether two captions of one picture say the same: equal but for case and spacing, or one
/// cut short of the other.
pub(super) fn same_caption(a: &str, b: &str) -> bool {
    let (a, b) = (collapse_ws(a).to_lowercase(), collapse_ws(b).to_lowercase());
    a.starts_with(&b) || b.starts_with(&a)
}

/// Puts each photo's marker ([`sanitize::photo_marker`]) where its image stood: a
/// `<figure>` or `<picture>` is replaced whole (its caption lives in the photo record),
/// a bare `<img>` alone. Images that are not photos (spacers, repeats) are removed.
pub(super) fn place_photo_markers(images: &[(NodeRef, Option<usize>)], photo_count: usize) {
    // Group the images by what each replaces, in page order, before changing the tree.
    let mut groups: Vec<(NodeRef, Vec<Option<usize>>)> = Vec::new();
    for &(img, position) in images {
        let mut target = img;
        let mut node = img.parent();
        let mut in_body = false;
        while let Some(parent) = node {
            if parent.is("body") {
                in_body = true;
                break;
            }
            if parent.is("figure") || parent.is("picture") {
                target = parent;
            }
            node = parent.parent();
        }
        if !in_body {
            continue; // inside a caption element already taken out of the body
        }
        match groups.iter_mut().find(|(t, _)| t.id == target.id) {
            Some((_, positions)) => positions.push(position),
            None => groups.push((target, vec![position])),
        }
    }
    let mut placed = vec![false; photo_count];
    for (target, positions) in groups {
        let mut markers = String::new();
        for position in positions.into_iter().flatten() {
            if !placed[position] {
                placed[position] = true;
                markers.push_str(&sanitize::photo_marker(position));
            }
        }
        if !markers.is_empty() {
            target.replace_with_html(markers);
        } else if target.is("img") {
            target.remove_from_parent();
        }
    }
}

/// The photo markers in `content`'s body: each element and the photo it shows.
pub(super) fn photo_markers_in<'a>(content: &'a Document) -> Vec<(NodeRef<'a>, usize)> {
    content
        .select(&format!("body img[{}]", sanitize::PHOTO_MARKER_ATTRIBUTE))
        .nodes()
        .iter()
        .filter_map(|m| {
            let position = m.attr(sanitize::PHOTO_MARKER_ATTRIBUTE)?.parse().ok()?;
            Some((*m, position))
        })
        .collect()
}

/// The photos whose markers stand in `content`'s body.
pub(super) fn placed_photos(content: &Document) -> HashSet<usize> {
    photo_markers_in(content)
        .into_iter()
        .map(|(_, p)| p)
        .collect()
}

/// Photos that stood in what the body's trim took off (a comment's avatar, an author box's
/// portrait, a related story's picture) are not the article's: they go, and the markers of
/// the photos after them move up. Returns the photos that went.
pub(super) fn drop_photos_cut_off(
    content: &Document,
    photos: &mut Vec<ExtractedPhoto>,
    placed: &HashSet<usize>,
) -> Vec<ExtractedPhoto> {
    let markers = photo_markers_in(content);
    let still: HashSet<usize> = markers.iter().map(|(_, p)| *p).collect();
    let gone: Vec<usize> = (0..photos.len())
        .filter(|p| placed.contains(p) && !still.contains(p))
        .collect();
    if gone.is_empty() {
        return Vec::new();
    }
    let moved_up = |p: usize| p - gone.iter().filter(|&&g| g < p).count();
    for (marker, position) in markers {
        marker.set_attr(
            sanitize::PHOTO_MARKER_ATTRIBUTE,
            &moved_up(position).to_string(),
        );
    }
    let (kept, cut_off) = std::mem::take(photos)
        .into_iter()
        .enumerate()
        .partition::<Vec<_>, _>(|(index, _)| !gone.contains(index));
    *photos = kept.into_iter().map(|(_, photo)| photo).collect();
    cut_off.into_iter().map(|(_, photo)| photo).collect()
}

/// A figure that shows no picture may hold text the article prints: a code block (static
/// blogs set each in a `<figure class="highlight">`), a table, a quoted or embedded post, a
/// list. The sanitizer removes figures with all that is in them (a photo's figure lives on
/// as its photo record), so such a figure becomes a plain block, its caption a paragraph.
/// Other figures without a picture stay out: a caption whose picture the page did not keep,
/// a pull quote repeating the text (`wp-block-pullquote`).
pub(super) fn keep_text_figures(content: &Document) {
    let has = |figure: &NodeRef, tags: &[&str]| {
        figure
            .descendants_it()
            .any(|n| tags.iter().any(|tag| n.has_name(tag)))
    };
    for figure in content.select("figure").nodes().iter().rev() {
        let media = [
            "img", "picture", "video", "audio", "iframe", "svg", "canvas", "object", "embed",
        ];
        // A copy button's icon is no picture of the figure.
        let shows_media = figure.descendants_it().any(|n| {
            media.iter().any(|tag| n.has_name(tag))
                && !n.ancestors_it(None).any(|a| a.has_name("button"))
        });
        let text_blocks = ["pre", "table", "blockquote", "ol", "ul", "dl"];
        let pull_quote = figure.attr("class").is_some_and(|c| {
            let c = c.to_ascii_lowercase();
            c.contains("pullquote") || c.contains("pull-quote")
        });
        if shows_media || pull_quote || !has(figure, &text_blocks) {
            continue;
        }
        for caption in figure
            .descendants_it()
            .filter(|n| n.has_name("figcaption"))
            .collect::<Vec<_>>()
        {
            caption.rename("p");
        }
        figure.rename("div");
    }
}

/// Tracking pixels, spacers, icons, advertisements, widgets' pictures and share buttons
/// are not photos. A size of 0 beside a real one on
/// the other side means "auto" (`width="570" height="0"`, as CNET's figures have), not
/// an invisible image.
pub(super) fn is_furniture_image(img: &NodeRef, src: &str) -> bool {
    let size = |attr: &str| {
        img.attr(attr)
            .and_then(|v| v.trim().trim_end_matches("px").parse::<u32>().ok())
    };
    let tiny = |n: Option<u32>| n.is_some_and(|n| n <= 2);
    let tiny = match (size("width"), size("height")) {
        (Some(0), Some(other)) | (Some(other), Some(0)) if other > 2 => false,
        (width, height) => tiny(width) || tiny(height),
    };
    if tiny {
        return true;
    }
    let path = image_key(src).to_ascii_lowercase();
    let file = path.rsplit('/').next().unwrap_or("");
    let stem = stem_of(file);
    [
        "spacer.gif",
        "pixel.gif",
        "blank.gif",
        "1x1.gif",
        "transparent.gif",
    ]
    .contains(&file)
        || FURNITURE_IMAGE_FOLDERS.iter().any(|f| path.contains(f))
        || stem == "advertisement"
        || is_share_button(stem)
}

/// Whether an image's file name (without extension) names a share button
/// (`pin_it_button`, `share-button`, `tweet_button`), word by word.
pub(super) fn is_share_button(stem: &str) -> bool {
    let words = stem_words(stem);
    words.contains(&"button")
        && [
            "pin",
            "pinit",
            "share",
            "tweet",
            "like",
            "follow",
            "subscribe",
        ]
        .iter()
        .any(|w| words.contains(w))
}

/// Folders of a site's advertisements, newsletter widgets and Pinterest's buttons: what is
/// in them is no photo of an article (`/banner/ad/…`, chip.de's `/widgets/newsletter/TeaserImage.jpeg`,
/// Pinterest's `/images/pidgets/pin_it_button.png`).
pub(super) const FURNITURE_IMAGE_FOLDERS: &[&str] = &[
    "/ads/",
    "/adserver/",
    "/advert/",
    "/adverts/",
    "/advertising/",
    "/banner/ad/",
    "/widgets/newsletter/",
    "/pidgets/",
];

/// The largest candidate of `srcset`, else `src` (lazy-loading attributes included).
pub(super) fn best_source(img: &NodeRef) -> Option<String> {
    let srcset = img
        .attr("srcset")
        .or_else(|| img.attr("data-srcset"))
        .or_else(|| {
            // <picture><source srcset=…><img></picture>: the sources describe the same image,
            // often one crop per screen size (a square for phones): the largest candidate of
            // all of them, in a format we decode (not AVIF or JPEG XL).
            let parent = img.parent()?;
            if !parent.is("picture") {
                return None;
            }
            let sets: Vec<String> = Selection::from(parent)
                .select("source")
                .nodes()
                .iter()
                .filter(|s| {
                    s.attr("type").is_none_or(|t| {
                        let t = t.to_ascii_lowercase();
                        !t.contains("avif") && !t.contains("jxl")
                    })
                })
                .filter_map(|s| s.attr("srcset").or_else(|| s.attr("data-srcset")))
                .map(|set| set.to_string())
                .collect();
            (!sets.is_empty()).then(|| sets.join(", ").into())
        });
    if let Some(set) = srcset {
        if let Some(url) = largest_candidate(&set) {
            return Some(url);
        }
    }
    [
        "src",
        "data-src",
        "data-original",
        "data-lazy-src",
        "data-url",
    ]
    .iter()
    .filter_map(|a| img.attr(a))
    .map(|s| s.trim().to_string())
    .find(|s| !s.is_empty() && !s.starts_with("data:image/gif") && !is_placeholder(s))
    .or_else(|| {
        img.attr("src")
            .map(|s| s.trim().to_string())
            .filter(|s| !s.is_empty())
    })
}

/// A lazy-loading placeholder (`lazy-loading-14x9.png`, `placeholder.gif`).
pub(super) fn is_placeholder(src: &str) -> bool {
    let lower = src.to_ascii_lowercase();
    let file = lower.split(['?', '#']).next().unwrap_or("");
    let file = file.rsplit('/').next().unwrap_or("");
    file.contains("lazy") || file.contains("placeholder") || file.starts_with("blank.")
}

/// The widest (or densest) candidate of a `srcset` list. URLs may contain commas (image
/// CDNs put them in paths), so a candidate ends at a comma followed by white space, or at
/// a comma after a size descriptor.
pub(super) fn largest_candidate(set: &str) -> Option<String> {
    let mut candidates: Vec<(String, f64)> = Vec::new();
    let mut rest = set.trim();
    while !rest.is_empty() {
        rest = rest.trim_start_matches(|c: char| c == ',' || c.is_whitespace());
        if rest.is_empty() {
            break;
        }
        let url_end = rest.find(char::is_whitespace).unwrap_or(rest.len());
        let mut url = &rest[..url_end];
        rest = &rest[url_end..];
        let mut size = 1.0;
        if url.ends_with(',') {
            url = url.trim_end_matches(',');
        } else {
            let desc_end = rest.find(',').unwrap_or(rest.len());
            let desc = rest[..desc_end].trim();
            if let Ok(n) = desc.trim_end_matches(['w', 'x', 'h']).parse::<f64>() {
                size = n;
            }
            rest = &rest[desc_end..];
        }
        if !url.is_empty() && !url.starts_with("data:") {
            candidates.push((url.to_string(), size));
        }
    }
    // An address that asks its image server for AVIF (`f_avif`, `format=avif`) names a
    // format we do not decode: another candidate is taken when there is one.
    let avif = |url: &str| {
        let lower = url.to_ascii_lowercase();
        ["f_avif", "format=avif", "fm=avif", "format(avif)", ".avif"]
            .iter()
            .any(|m| lower.contains(m))
    };
    if candidates.iter().any(|(url, _)| !avif(url)) {
        candidates.retain(|(url, _)| !avif(url));
    }
    candidates
        .into_iter()
        .max_by(|a, b| a.1.total_cmp(&b.1))
        .map(|c| c.0)
}

/// The page's `<base href>`, resolved against its URL.
pub(super) fn effective_base(doc: &Document, url: Option<&str>) -> Option<String> {
    let href = doc
        .select("base[href]")
        .attr("href")
        .map(|h| h.trim().to_string());
    match (url, href) {
        (Some(u), Some(h)) => url::Url::parse(u)
            .and_then(|b| b.join(&h))
            .map(|b| b.to_string())
            .ok()
            .or_else(|| Some(u.to_string())),
        (Some(u), None) => Some(u.to_string()),
        (None, Some(h)) => url::Url::parse(&h)
            .ok()
            .filter(|b| matches!(b.scheme(), "http" | "https"))
            .map(|b| b.to_string()),
        (None, None) => None,
    }
}

pub(super) fn resolve(src: &str, base: Option<&str>) -> String {
    if src.starts_with("data:") {
        return "data:".to_string() + &crate::blob::sha256_hex(src.as_bytes())[..16];
    }
    let src = src.trim();
    match base.and_then(|b| url::Url::parse(b).ok()) {
        Some(base) => base
            .join(src)
            .map(|u| u.to_string())
            .unwrap_or_else(|_| src.to_string()),
        // Protocol-relative URLs are web addresses even without a page URL.
        None if src.starts_with("//") => format!("https:{src}"),
        None => src.to_string(),
    }
}

/// Image bytes the page carries: a `data:` URI, or a file in the page's folder (never a
/// path that leaves that folder).
pub(super) fn image_bytes(src: &str, base_dir: Option<&Path>) -> Option<Vec<u8>> {
    if let Some(rest) = src.strip_prefix("data:") {
        let (header, data) = rest.split_once(',')?;
        if !header.ends_with(";base64") {
            return None;
        }
        use base64::Engine;
        let compact: String = data.chars().filter(|c| !c.is_whitespace()).collect();
        let bytes = base64::engine::general_purpose::STANDARD
            .decode(compact)
            .ok()?;
        return (bytes.len() <= MAX_IMAGE_BYTES).then_some(bytes);
    }
    let dir = base_dir?;
    if src.contains("://") || src.starts_with("//") {
        return None;
    }
    let path_part = src.split(['?', '#']).next()?;
    let decoded = percent_decode(path_part);
    let candidate = dir.join(decoded);
    let root = dir.canonicalize().ok()?;
    let real = candidate.canonicalize().ok()?;
    if !real.starts_with(&root) {
        return None;
    }
    let meta = std::fs::metadata(&real).ok()?;
    if !meta.is_file() || meta.len() as usize > MAX_IMAGE_BYTES {
        return None;
    }
    std::fs::read(&real).ok()
}

pub(super) fn percent_decode(s: &str) -> String {
    percent_encoding::percent_decode_str(s)
        .decode_utf8_lossy()
        .into_owned()
}
