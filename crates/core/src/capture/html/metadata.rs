//! The page's metadata: `<meta>` tags, JSON-LD (its graphs resolved one level deep) and the
//! article data a script-drawn page carries, gathered into one `PageMeta` with its authors,
//! dates, section, site and images.

use super::*;

/// A `<meta>` tag of the page, as [`PageMeta::read`] looks them up.
pub(super) struct MetaTag {
    pub(super) name: Option<String>,
    pub(super) property: Option<String>,
    pub(super) itemprop: Option<String>,
    pub(super) content: String,
}

/// Which `<meta>` tag: by its `name`, `property` or `itemprop` (compared exactly, as the
/// selector `meta[name='…']` does).
pub(super) enum MetaKey {
    Name(&'static str),
    Property(&'static str),
    Itemprop(&'static str),
}

impl MetaTag {
    pub(super) fn has(&self, key: &MetaKey) -> bool {
        let (attribute, value) = match key {
            MetaKey::Name(v) => (&self.name, v),
            MetaKey::Property(v) => (&self.property, v),
            MetaKey::Itemprop(v) => (&self.itemprop, v),
        };
        attribute.as_deref() == Some(*value)
    }
}

/// What the author `<meta>` tags in a page's `<head>` say (microdata `<meta>`s in the body
/// describe other things: a related story's card). Keys: `author` (a page may give one tag
/// per author), `article:author` and `og:author` when not an address, analytics tags
/// (`sailthru.author`, `parsely-author`), the New York Times's `byl`, and the one name per
/// tag of scholarly pages (`citation_author`, `dc.creator`), there often `Smith, Jenny`. A
/// value may hold markup (CNN's `By <a href=…>Amir Vera</a>, …`).
#[derive(Debug, Default)]
pub(super) struct MetaAuthors {
    /// Every name, in page order, once.
    pub(super) names: Vec<String>,
    /// The names of one key's tags when it is given more than once: each tag an author.
    pub(super) one_tag_each: Vec<String>,
    /// Scholarly tags' values written surname first, each with the name it stands for.
    pub(super) surname_first: Vec<(String, String)>,
}

/// Longest author `<meta>` value read (bytes): a name list, not a page.
pub(super) const MAX_META_AUTHOR_BYTES: usize = 2_000;

impl MetaAuthors {
    pub(super) fn read(doc: &Document) -> MetaAuthors {
        const LISTS: [&str; 8] = [
            "author",
            "article:author",
            "og:author",
            "dc.creator",
            "dcterms.creator",
            // The analytics tags news sites fill in for their writers (Sailthru, Parse.ly)
            // and the New York Times's byline (`By Jane Doe`).
            "sailthru.author",
            "parsely-author",
            "byl",
        ];
        const ONE_NAME: [&str; 1] = ["citation_author"];
        let mut out = MetaAuthors::default();
        let mut seen = HashSet::new();
        // Each key's tag count and names, in page order.
        let mut per_key: Vec<(String, usize, Vec<String>)> = Vec::new();
        // A `<div>` in the `<head>` (thepennyhoarder's `parsely-root`) ends it as the parser
        // reads the page: the tags after it stand at the top of the body.
        for tag in doc
            .select("head meta[content], body > meta[content]")
            .nodes()
        {
            let key = ["name", "property", "itemprop"]
                .iter()
                .find_map(|attr| tag.attr(attr))
                .map(|k| k.to_ascii_lowercase())
                .unwrap_or_default();
            let one_name = ONE_NAME.contains(&key.as_str());
            if !one_name && !LISTS.contains(&key.as_str()) {
                continue;
            }
            let content = tag.attr("content").unwrap_or_default();
            if content.len() > MAX_META_AUTHOR_BYTES {
                continue;
            }
            let value = plain_text(&content);
            if value.starts_with("http://") || value.starts_with("https://") {
                continue;
            }
            // A user name (`mikecason`, `admin`): one word in lower case (a script without
            // capitals, `王小明`, is a name); the page's byline prints the name.
            if value.chars().any(char::is_lowercase)
                && !value.contains(char::is_whitespace)
                && !value.chars().any(char::is_uppercase)
            {
                continue;
            }
            if names_an_outlets_desk(&value) {
                continue;
            }
            let names = match surname_last(&value) {
                Some(name) if one_name || key.starts_with("dc") => {
                    out.surname_first.push((value.clone(), name.clone()));
                    vec![name]
                }
                _ if one_name => vec![value],
                _ => split_authors(&value),
            };
            let names: Vec<String> = names.into_iter().filter(|n| !n.is_empty()).collect();
            match per_key.iter_mut().find(|(k, _, _)| *k == key) {
                Some((_, tags, list)) => {
                    *tags += 1;
                    list.extend(names.iter().cloned());
                }
                None => per_key.push((key, 1, names.clone())),
            }
            for name in names {
                if seen.insert(name.clone()) {
                    out.names.push(name);
                }
            }
        }
        if let Some((_, _, names)) = per_key.into_iter().find(|(_, tags, _)| *tags > 1) {
            let mut seen = HashSet::new();
            out.one_tag_each = names
                .into_iter()
                .filter(|n| seen.insert(n.clone()))
                .collect();
        }
        out
    }
}

/// `Smith, Jenny` → `Jenny Smith`: one word before the comma, one to three after it, no
/// job among them (`Jane Doe, Staff Writer` is a name and a job; `Jane Doe, John Roe` two
/// names).
pub(super) fn surname_last(value: &str) -> Option<String> {
    let (surname, given) = value.split_once(',')?;
    let (surname, given) = (surname.trim(), given.trim());
    let given_words = given.split_whitespace().count();
    let one_name = surname.split_whitespace().count() == 1
        && (1..=3).contains(&given_words)
        && !given.contains(',')
        && !given.split_whitespace().any(text::is_role_word)
        && !text::is_agency(given);
    one_name.then(|| format!("{given} {surname}"))
}

/// Whether `url` reads as one article's address: a web address whose path or query holds
/// a number (an id, a date) or ends in a slug of three words or more. A site's home page
/// or a section's (`/news/`), which a broken `og:url` may give for every article, is not:
/// the library files captures with the same address under one article. (A canonical link
/// is taken as it is: a saved home page's is the home page.)
pub(super) fn is_an_article_address(url: &str) -> bool {
    let Ok(u) = url::Url::parse(url) else {
        return false;
    };
    let numbered = u.path().contains(|c: char| c.is_ascii_digit())
        || u.query()
            .is_some_and(|q| q.contains(|c: char| c.is_ascii_digit()));
    let slug = u
        .path_segments()
        .and_then(|mut segments| segments.rfind(|s| !s.is_empty()))
        .is_some_and(|last| last.split(['-', '_']).filter(|w| !w.is_empty()).count() >= 3);
    matches!(u.scheme(), "http" | "https") && (numbered || slug)
}

/// Whether the canonical link `canonical` names the site of the page's `address`, or the
/// address carries the link's host (`https://web.archive.org/web/2013/https://host/…`,
/// `https://host-com.cdn.ampproject.org/c/s/host.com/…`). The site's own name under
/// another country's domain (`www.bbc.com` for `www.bbc.co.uk`) is the same site. An
/// address that is not a web address (a file) names no site, and any canonical link
/// stands for it.
fn names_the_same_site(canonical: &str, address: &str) -> bool {
    let host_of = |u: &str| {
        url::Url::parse(u)
            .ok()
            .filter(|u| matches!(u.scheme(), "http" | "https"))
            .and_then(|u| u.host_str().map(|h| h.trim_end_matches('.').to_lowercase()))
    };
    let (Some(canonical_host), Some(address_host)) = (host_of(canonical), host_of(address)) else {
        return true;
    };
    let (canonical_site, address_site) =
        (site_of_host(&canonical_host), site_of_host(&address_host));
    let name = |site: &str| site.split('.').next().unwrap_or("").to_string();
    let bare = canonical_host
        .strip_prefix("www.")
        .unwrap_or(&canonical_host);
    let address = address.to_lowercase();
    canonical_site == address_site
        || name(&canonical_site) == name(&address_site)
        || address.contains(&format!("/{bare}/"))
        || address.contains(&format!("/www.{bare}/"))
}

/// The registrable part of a host, roughly: its last two labels (`edition.cnn.com` →
/// `cnn.com`), or three under a country's second-level names (`www.bbc.co.uk` →
/// `bbc.co.uk`, `en.yna.co.kr` → `yna.co.kr`, `www.clarin.com.ar` → `clarin.com.ar`); an
/// IP address whole. Our own rule, not the Public Suffix List: it only decides whether a
/// canonical link leaves the page's site, where a wrong "same" keeps the canonical link
/// (as before) and a wrong "other" files the page under the address it was read at.
/// Neither loses a capture.
fn site_of_host(host: &str) -> String {
    const COUNTRY_SECOND_LEVEL: &[&str] = &[
        "co", "com", "net", "org", "gov", "gob", "gouv", "edu", "ac", "ne", "or", "go", "mil",
        "ltd", "plc", "nic", "int",
    ];
    if host
        .trim_matches(['[', ']'])
        .parse::<std::net::IpAddr>()
        .is_ok()
    {
        return host.to_string();
    }
    let labels: Vec<&str> = host.split('.').filter(|l| !l.is_empty()).collect();
    let country_second_level = match labels.as_slice() {
        [_, .., second, top] => top.len() == 2 && COUNTRY_SECOND_LEVEL.contains(second),
        _ => false,
    };
    let keep = if country_second_level { 3 } else { 2 };
    labels[labels.len().saturating_sub(keep)..].join(".")
}

/// Characters of body text (white space aside) at most which say the page's HTML holds no
/// article text: a script draws it from data after the page loads, and what the HTML
/// prints is a line of furniture (`Loading…`). Characters, not words: a Chinese or
/// Japanese article has next to no spaces.
pub(super) const MAX_CHARS_OF_UNDRAWN_BODY: usize = 120;

/// The fewest characters JSON-LD's `articleBody` must hold to stand in for such a body: a
/// teaser's sentence or two is no article.
pub(super) const MIN_ARTICLE_BODY_CHARS: usize = 300;

/// Whether the article data a page carries (JSON-LD `articleBody`) is its text: the HTML
/// printed next to none of it (a page its script draws, a saved page that had not
/// loaded) and the data holds a whole article.
pub(super) fn stands_in_for_body(article_body: &str, body_text: &str) -> bool {
    crate::capture::text_chars(body_text) <= MAX_CHARS_OF_UNDRAWN_BODY
        && crate::capture::text_chars(&plain_text(article_body)) >= MIN_ARTICLE_BODY_CHARS
}

/// Takes JSON-LD's `articleBody` for the body when the page's HTML printed next to no
/// text (see [`stands_in_for_body`]), and says so in a warning.
pub(super) fn take_article_data_if_undrawn(
    out: &mut Extracted,
    article_body: Option<&str>,
    url: Option<&str>,
) {
    let Some(data) = article_body.filter(|data| stands_in_for_body(data, &out.body_text)) else {
        return;
    };
    let (body_html, stamp) = sanitize::sanitize_body_stamped(&article_body_html(data), url);
    out.body_html = body_html;
    out.body_sanitized = Some(stamp);
    out.body_text = sanitize::html_to_text(&out.body_html);
    out.warnings.push(
        "its text was read from the data the page carries for search engines, as its HTML \
         held next to none: headings, links and the places of photos may be missing"
            .into(),
    );
}

/// Block elements that make paragraphs of `articleBody` HTML by themselves.
pub(super) static BLOCK_TAG: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)<(p|br|div|h[1-6]|ul|ol|li|blockquote|figure|table)\b").expect("valid")
});

/// Any tag at all (`<strong>`, `</a>`): the data is HTML, not text to escape.
pub(super) static ANY_TAG: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"<[a-zA-Z/!]").expect("valid"));

/// JSON-LD's `articleBody` as body HTML, to be sanitized: HTML with its own paragraphs as
/// it is; otherwise a paragraph per line, its inline tags kept if it has any, else its
/// `<` and `>` escaped. Entities (`&#8217;`, `&amp;`) are left for the parser to decode,
/// and a bare `AT&T` reads as written.
pub(super) fn article_body_html(article_body: &str) -> String {
    if BLOCK_TAG.is_match(article_body) {
        return article_body.to_string();
    }
    let markup = ANY_TAG.is_match(article_body);
    article_body
        .lines()
        .map(str::trim)
        .filter(|line| !line.is_empty())
        .map(|line| {
            if markup {
                format!("<p>{line}</p>")
            } else {
                format!("<p>{}</p>", line.replace('<', "&lt;").replace('>', "&gt;"))
            }
        })
        .collect()
}

/// Metadata read straight from the page, beside what Readability returns.
#[derive(Debug, Default)]
pub(super) struct PageMeta {
    pub(super) title: Option<String>,
    /// The headline as the page marks it up (og:title, JSON-LD `headline`, its one `<h1>`).
    pub(super) headline: Option<String>,
    pub(super) authors: Vec<String>,
    /// Authors named by `<meta name="author">`, `<meta itemprop="author">` or a
    /// non-URL `article:author`: a byline's last resort (they often name the site).
    pub(super) meta_authors: MetaAuthors,
    pub(super) section: Vec<String>,
    /// The address Open Graph gives, when it reads as an article's: a saved page's
    /// address when it has no canonical link (a fetched page has its own).
    pub(super) og_url: Option<String>,
    /// The site's name from tags Readability does not read (`article:publisher` when not
    /// an address, `application-name`).
    pub(super) publisher: Option<String>,
    /// The site's name as Open Graph gives it (Readability reads it too).
    pub(super) og_site_name: Option<String>,
    /// The platform that made the page, from `<meta name="generator">` without its version
    /// (`WordPress 6.4.2` → `WordPress`, `blogger` → `blogger`).
    pub(super) generator: Option<String>,
    /// The name of an article node's JSON-LD `publisher` (Readability reads it, but not
    /// through a reference to another node of the graph).
    pub(super) json_ld_publisher: Option<String>,
    /// The site's name as its logo prints it: an `<h1>` linking to the home page.
    pub(super) logo_name: Option<String>,
    pub(super) canonical: Option<String>,
    pub(super) language: Option<String>,
    /// The page describes itself (`description`, `og:description`, …): Readability's
    /// excerpt is that, not the body's first paragraph.
    pub(super) has_description: bool,
    /// The page's lead image (og:image, twitter:image, JSON-LD `image`) and its alt text.
    pub(super) lead_image: Option<(String, Option<String>)>,
    /// schema.org ImageObjects: what the page says about its images.
    pub(super) images: Vec<ImageInfo>,
    /// The text of each `<h1>`, white space collapsed.
    pub(super) h1_texts: Vec<String>,
    /// The text of each `<h1>`, `<h2>` and `<h3>`, white space collapsed.
    pub(super) heading_texts: Vec<String>,
    /// JSON-LD's `datePublished` and `dateModified`, as written: an article's, else any
    /// node's (a WebPage's, which Readability does not read).
    pub(super) json_ld_dates: JsonLdDates,
    /// The names the page links to its authors' pages (`rel="author"`, `…/author/…`).
    pub(super) author_links: Vec<String>,
    /// The same links outside the site's menus, footer and boxes of other things.
    pub(super) article_author_links: Vec<String>,
    /// The texts of author elements (`.author`, `.byline`, `rel="author"`) that name
    /// someone other than the article's writer, by where they sit: a reader's comment
    /// (`.comment-author`), a quote (`.quote-author`), a figure (a photographer); and the
    /// texts of those that sit elsewhere.
    pub(super) other_names: Vec<String>,
    pub(super) author_marks: Vec<String>,
    /// An article node's JSON-LD `articleBody`, as written (text, or HTML on some sites).
    pub(super) article_body: Option<String>,
}

/// The dates JSON-LD gives, and whether they came from an article node.
#[derive(Debug, Default)]
pub(super) struct JsonLdDates {
    pub(super) published: Option<String>,
    pub(super) modified: Option<String>,
    pub(super) from_article: bool,
}

/// One schema.org ImageObject.
#[derive(Debug, Default, Clone)]
pub(super) struct ImageInfo {
    pub(super) url: String,
    pub(super) caption: Option<String>,
    pub(super) credit: Option<String>,
}

/// Whether a link's text names the index of the site's writers (`Our Contributors`, `All
/// Authors`), not one of them.
fn names_the_writers_index(text: &str) -> bool {
    const INDEX_WORDS: [&str; 8] = [
        "authors",
        "contributors",
        "writers",
        "columnists",
        "staff",
        "team",
        "autoren",
        "auteurs",
    ];
    text.split_whitespace()
        .any(|w| INDEX_WORDS.contains(&w.to_lowercase().as_str()))
}

impl PageMeta {
    pub(super) fn read(doc: &Document, headline: &Headline) -> PageMeta {
        // The page's <meta> tags, found once (each lookup below would walk the page again).
        let metas: Vec<MetaTag> = doc
            .select("meta[content]")
            .iter()
            .map(|m| MetaTag {
                name: m.attr("name").map(|v| v.to_string()),
                property: m.attr("property").map(|v| v.to_string()),
                itemprop: m.attr("itemprop").map(|v| v.to_string()),
                content: m.attr("content").map(|v| v.to_string()).unwrap_or_default(),
            })
            .collect();
        // The first non-empty content of a tag with any of these keys, in page order.
        let meta = |keys: &[MetaKey]| -> Option<String> {
            metas
                .iter()
                .filter(|m| keys.iter().any(|key| m.has(key)))
                .map(|m| collapse_ws(&m.content))
                .find(|c| !c.is_empty())
        };
        let mut out = PageMeta {
            title: page_title(doc),
            canonical: doc
                .select("link[rel='canonical']")
                .iter()
                .filter_map(|l| l.attr("href"))
                .map(|h| h.trim().to_string())
                .find(|h| h.starts_with("http://") || h.starts_with("https://")),
            og_url: meta(&[MetaKey::Property("og:url"), MetaKey::Name("og:url")])
                .filter(|u| is_an_article_address(u)),
            language: doc
                .select("html")
                .attr("lang")
                .map(|l| l.trim().to_string()),
            has_description: meta(&[
                MetaKey::Name("description"),
                MetaKey::Property("og:description"),
                MetaKey::Name("twitter:description"),
                MetaKey::Property("twitter:description"),
                MetaKey::Itemprop("description"),
                MetaKey::Name("dc.description"),
                MetaKey::Name("DC.description"),
            ])
            .is_some(),
            ..PageMeta::default()
        };
        let h1 = doc.select("h1");
        // `<h1><a href="/">RS Ingenieure</a></h1>`: a small site's name over each page.
        // The page's own host (its canonical link's or Open Graph address's): a logo's
        // absolute link leads there, a link post's headline to another site.
        let host_of = |url: &str| url::Url::parse(url).ok()?.host_str().map(str::to_lowercase);
        let own_hosts: Vec<String> = out
            .canonical
            .iter()
            .cloned()
            .chain(meta(&[MetaKey::Property("og:url")]))
            .filter_map(|u| host_of(&u))
            .collect();
        out.logo_name = h1
            .iter()
            .filter(|h| {
                h.select("a[href]").attr("href").is_some_and(|href| {
                    let href = href.trim();
                    let own = if href.contains("://") {
                        host_of(href).is_some_and(|host| own_hosts.contains(&host))
                    } else {
                        !href.is_empty()
                    };
                    own && is_home_link(href)
                })
            })
            .map(|h| collapse_ws(&h.text()))
            .find(|name| {
                (1..=6).contains(&name.split_whitespace().count()) && !is_a_sentence(name)
            });
        out.h1_texts = h1
            .iter()
            // A logo: the site's name linked to its home page.
            .filter(|h| {
                !h.select("a[href]")
                    .attr("href")
                    .is_some_and(|href| is_home_link(&href))
            })
            .map(|h| collapse_ws(&h.text()))
            .filter(|h| !h.is_empty())
            .collect();
        out.heading_texts = doc
            .select("h1, h2, h3")
            .iter()
            .map(|h| collapse_ws(&h.text()))
            .filter(|h| !h.is_empty())
            .collect();
        out.headline = meta(&[
            MetaKey::Property("og:title"),
            MetaKey::Name("twitter:title"),
        ])
        .filter(|title| !is_a_slug(title))
        .or_else(|| {
            // One headline, though a page may print it twice (xinhua's two `<h1>`s,
            // one for small screens).
            let texts: Vec<String> = h1.iter().map(|h| collapse_ws(&h.text())).collect();
            let first = texts.first().filter(|h| !h.is_empty())?;
            texts.iter().all(|h| h == first).then(|| first.clone())
        });
        if let Some(section) = meta(&[MetaKey::Property("article:section")]) {
            out.section = vec![section];
        }
        let image_alt = meta(&[
            MetaKey::Property("og:image:alt"),
            MetaKey::Name("twitter:image:alt"),
        ]);
        out.lead_image = meta(&[
            MetaKey::Property("og:image"),
            MetaKey::Property("og:image:url"),
            MetaKey::Property("og:image:secure_url"),
            MetaKey::Name("twitter:image"),
            MetaKey::Name("twitter:image:src"),
            MetaKey::Property("twitter:image"),
        ])
        .map(|u| (u, image_alt));
        for script in doc.select("script[type='application/ld+json']").iter() {
            if let Ok(mut value) = serde_json::from_str::<serde_json::Value>(&script.text()) {
                resolve_node_references(&mut value);
                out.read_json_ld(&value);
                collect_image_objects(&value, &mut out.images, &mut out.lead_image);
            }
        }
        out.meta_authors = MetaAuthors::read(doc);
        // A name: not an address (Facebook's page of the publisher), nor a handle.
        let a_name = |p: &String| {
            !p.contains('/')
                && !p.starts_with("www.")
                && !p.starts_with('@')
                && p.chars().any(char::is_alphanumeric)
        };
        out.og_site_name = meta(&[MetaKey::Property("og:site_name")]);
        out.generator = meta(&[MetaKey::Name("generator")]).map(|generator| {
            generator
                .split_whitespace()
                .take_while(|word| {
                    let number = word.strip_prefix(['v', 'V']).unwrap_or(word);
                    !number.starts_with(|c: char| c.is_ascii_digit())
                })
                .collect::<Vec<_>>()
                .join(" ")
        });
        out.publisher = meta(&[
            MetaKey::Property("article:publisher"),
            MetaKey::Name("article:publisher"),
        ])
        .filter(a_name)
        .or_else(|| {
            // `Yahoo News - Latest News & Headlines`: the name, not its tagline.
            meta(&[MetaKey::Name("application-name")])
                .map(|name| match AFTER_A_DASH.find(&name) {
                    Some(m) => name[..m.start()].to_string(),
                    None => name,
                })
                .filter(a_name)
        });
        for link in doc
            .select(r#"a[rel~="author"], a[href*="/author/"], a[href*="/authors/"]"#)
            .nodes()
        {
            let name = collapse_ws(&link.text());
            if !(1..=5).contains(&name.split_whitespace().count()) {
                continue;
            }
            // Outside the site's menus, its footer and the boxes of other things (a
            // teaser's writer, a commenter).
            if !headline.belongs_elsewhere(link)
                && !headline.in_masthead(link)
                && !link.ancestors_it(None).any(|n| n.is("footer"))
            {
                out.article_author_links.push(name.clone());
            }
            out.author_links.push(name);
        }
        for mark in doc
            .select(
                r#"[class*="author"], [class*="Author"], [id*="author"], [class*="byline"], [rel="author"], [itemprop~="author"]"#,
            )
            .nodes()
        {
            // An author mark is a name, not a box holding the page: its text is read only
            // when it is small.
            if mark.descendants_it().nth(50).is_some() {
                continue;
            }
            let text = collapse_ws(&mark.text());
            if text.is_empty() || text.len() > 100 {
                continue;
            }
            // Up to the body, whose classes describe the page (`showing-comments`).
            let class_words = |n: &NodeRef, test: fn(&str) -> bool| {
                ["class", "id"].iter().any(|key| {
                    n.attr(key)
                        .is_some_and(|v| v.split_whitespace().any(test))
                })
            };
            // A figure holds a photographer's name, unless it is the author's card
            // (`<figure class="author-card">`).
            // The headline's own `<header>` holds no one's comments: a class naming them
            // there is a share bar's comment counter (Observer's `nyo-social-comments`
            // around the byline).
            let in_headlines_header = mark
                .ancestors_it(None)
                .any(|n| n.has_name("header") && headline.holds(n.id));
            let elsewhere = std::iter::once(*mark)
                .chain(mark.ancestors_it(None))
                .take_while(|n| !n.has_name("body") && !n.has_name("html"))
                .any(|n| {
                    ["blockquote", "q"].iter().any(|tag| n.has_name(tag))
                        || ((n.has_name("figure") || n.has_name("figcaption"))
                            && !class_words(&n, names_an_author))
                        || (class_words(&n, names_comments) && !in_headlines_header)
                        || class_words(&n, names_a_quote)
                });
            if elsewhere {
                out.other_names.push(text);
            } else {
                out.author_marks.push(text);
            }
        }
        out
    }

    /// Whether the page's author metadata (JSON-LD, else `<meta>`) names only the site
    /// (NatGeo's JSON-LD `Organization` and `article:author` `@NatGeoUK`): the byline the
    /// page prints then names the writer.
    pub(super) fn names_only_the_site(&self) -> bool {
        let names = self.named_authors();
        let sites: Vec<&String> = self
            .og_site_name
            .iter()
            .chain(&self.publisher)
            .chain(&self.json_ld_publisher)
            .collect();
        !names.is_empty()
            && !sites.is_empty()
            && names
                .iter()
                .all(|n| is_a_handle(n) || sites.iter().any(|site| same_name(n, site)))
    }

    /// `name` unless it is the platform that made the page, not the site: a Blogger blog's
    /// JSON-LD names `Blogger` its publisher, which Readability takes for the site's name.
    /// The site's own name, from the tags that give one, stands in for the platform's.
    pub(super) fn site_not_platform(&self, name: Option<String>) -> Option<String> {
        let is_platform = |name: &str| {
            self.generator
                .as_deref()
                .is_some_and(|generator| authors::same_name(name, generator))
        };
        match name {
            Some(name) if is_platform(&name) => [
                &self.og_site_name,
                &self.json_ld_publisher,
                &self.publisher,
                &self.logo_name,
            ]
            .into_iter()
            .flatten()
            .find(|other| !is_platform(other))
            .cloned(),
            name => name,
        }
    }

    /// The authors the page's metadata names: JSON-LD's, else the author `<meta>` tags'.
    pub(super) fn named_authors(&self) -> &[String] {
        if self.authors.is_empty() {
            &self.meta_authors.names
        } else {
            &self.authors
        }
    }

    /// The address stored with the article: the page's canonical link, else where it was
    /// fetched from, else its Open Graph address. A canonical link to another site than
    /// the page's address (a station's page naming its old `…wordpress.com` host, a local
    /// paper's copy of an agency story naming the agency's) gives way to the address: the
    /// library files captures with one address under one article, and two sites' pages
    /// are two articles, cited by where they were read. A cache's or an archive's copy,
    /// whose address carries the canonical link's host, still takes the canonical link.
    pub(super) fn stored_url(&self, url: Option<&str>) -> Option<String> {
        let canonical = self
            .canonical
            .as_deref()
            .filter(|canonical| url.is_none_or(|address| names_the_same_site(canonical, address)));
        canonical
            .or(url)
            .map(str::to_string)
            .or(self.og_url.clone())
    }

    /// The page's address: where it was fetched from, else its canonical link, else its
    /// Open Graph address.
    pub(super) fn address<'a>(&'a self, url: Option<&'a str>) -> Option<&'a str> {
        url.or(self.canonical.as_deref()).or(self.og_url.as_deref())
    }

    /// The one writer the page links to an author's page of, when it links to no other's
    /// and the link reads as a person's name (howtogeek's box after the article: `<a
    /// href="/author/craiglloyd/">Craig Lloyd</a> is …`).
    pub(super) fn sole_author_link(&self) -> Option<String> {
        let first = self.article_author_links.first()?;
        (self
            .article_author_links
            .iter()
            .all(|link| same_name(link, first))
            && text::is_name(first)
            && !names_the_writers_index(first))
        .then(|| first.clone())
    }

    /// The names the page links to their authors' pages or prints in author elements of
    /// their own (at most five words).
    pub(super) fn author_names(&self) -> Vec<&str> {
        self.author_links
            .iter()
            .chain(&self.author_marks)
            .map(String::as_str)
            .filter(|name| (1..=5).contains(&name.split_whitespace().count()))
            .collect()
    }

    /// Whether `byline` names only someone other than the writer (a reader who commented,
    /// a quoted speaker, a photographer), printed nowhere else as an author's (an author
    /// mark outside those places that holds the name keeps it).
    pub(super) fn names_only_someone_else(&self, byline: &str) -> bool {
        let byline = byline.to_lowercase();
        let named = |texts: &[String]| {
            !byline.is_empty() && texts.iter().any(|t| t.to_lowercase().contains(&byline))
        };
        named(&self.other_names) && !named(&self.author_marks)
    }

    /// The page's ImageObject for a photo at `url`: the same address, else the one image
    /// object of the same file name (the page shows a derivative:
    /// `/styles/image_885/public/lizard.jpg` of `/files/lizard.jpg`).
    pub(super) fn image_info(&self, url: &str, base: Option<&str>) -> Option<&ImageInfo> {
        let key = image_key(url);
        self.images
            .iter()
            .find(|i| image_key(&resolve(&i.url, base)) == key)
            .or_else(|| {
                let name = image_file_name(url).filter(|n| !is_generic_file_name(n))?;
                let mut same_name = self
                    .images
                    .iter()
                    .filter(|i| image_file_name(&i.url) == Some(name));
                let only = same_name.next()?;
                same_name.next().is_none().then_some(only)
            })
    }

    /// Fills captions and credits the body left out from the page's ImageObjects, and
    /// makes the lead image the first photo when the body has none.
    pub(super) fn complete_photos(&self, photos: &mut Vec<ExtractedPhoto>, base: Option<&str>) {
        for photo in photos.iter_mut() {
            let Some(info) = photo.url.as_deref().and_then(|u| self.image_info(u, base)) else {
                continue;
            };
            if photo.caption.is_none() {
                photo.caption = info.caption.clone();
            }
            if photo.credit.is_none() {
                photo.credit = info.credit.clone();
            }
        }
        self.add_lead_photo_if_none(photos, base, &[]);
    }

    /// Makes the lead image the article's photo when it has none (unless it is a logo, the
    /// site's one picture for shares, or one of the photos in `not_these`).
    pub(super) fn add_lead_photo_if_none(
        &self,
        photos: &mut Vec<ExtractedPhoto>,
        base: Option<&str>,
        not_these: &[ExtractedPhoto],
    ) {
        if !photos.is_empty() {
            return;
        }
        let Some((lead, alt)) = &self.lead_image else {
            return;
        };
        if looks_like_logo(lead) || is_site_share_picture(lead) {
            return;
        }
        let url = resolve(lead, base);
        if !(url.starts_with("http://") || url.starts_with("https://")) {
            return;
        }
        let same_picture = |p: &ExtractedPhoto| {
            p.url.as_deref().is_some_and(|other| {
                image_key(other) == image_key(&url)
                    || image_file_name(other).is_some_and(|n| image_file_name(&url) == Some(n))
            })
        };
        if not_these.iter().any(same_picture) {
            return;
        }
        let info = self.image_info(&url, base);
        photos.push(ExtractedPhoto {
            caption: info.and_then(|i| i.caption.clone()),
            credit: info.and_then(|i| i.credit.clone()),
            alt: alt.clone(),
            url: Some(url),
            bytes: None,
            missing_reason: None,
        });
    }

    /// Walks JSON-LD (objects, lists, `@graph`) for authors and sections.
    pub(super) fn read_json_ld(&mut self, value: &serde_json::Value) {
        use serde_json::Value;
        match value {
            Value::Array(items) => items.iter().for_each(|v| self.read_json_ld(v)),
            Value::Object(map) => {
                if let Some(graph) = map.get("@graph") {
                    self.read_json_ld(graph);
                }
                let is_article = map.get("@type").is_some_and(|t| {
                    let t = t.to_string().to_lowercase();
                    t.contains("article") || t.contains("posting")
                });
                self.read_json_ld_dates(map, is_article);
                if !is_article {
                    if let Some(list) = map.get("itemListElement").filter(|_| {
                        map.get("@type")
                            .map(|t| t == "BreadcrumbList")
                            .unwrap_or(false)
                    }) {
                        self.read_breadcrumbs(list);
                    }
                    return;
                }
                if self.authors.is_empty() {
                    if let Some(author) = map.get("author") {
                        self.authors = json_ld_names(author);
                    }
                }
                if self.json_ld_publisher.is_none() {
                    self.json_ld_publisher = map
                        .get("publisher")
                        .and_then(|p| p.get("name"))
                        .and_then(Value::as_str)
                        .map(plain_text)
                        .filter(|name| !name.is_empty());
                }
                if self.article_body.is_none() {
                    self.article_body = map
                        .get("articleBody")
                        .and_then(Value::as_str)
                        .filter(|b| !b.trim().is_empty())
                        .map(str::to_string);
                }
                if self.headline.is_none() {
                    self.headline = map
                        .get("headline")
                        .and_then(Value::as_str)
                        .map(plain_text)
                        .filter(|h| !h.is_empty());
                }
                if let Some(section) = map.get("articleSection") {
                    let sections = match section {
                        Value::String(s) => vec![collapse_ws(s)],
                        Value::Array(items) => items
                            .iter()
                            .filter_map(|s| s.as_str().map(collapse_ws))
                            .collect(),
                        _ => Vec::new(),
                    };
                    if self.section.is_empty() {
                        self.section = sections
                            .into_iter()
                            .filter(|s| !s.is_empty())
                            .take(1)
                            .collect();
                    }
                }
            }
            _ => {}
        }
    }

    /// Keeps a node's `datePublished`/`dateModified` unless dates are kept already; an
    /// article's replace another node's.
    pub(super) fn read_json_ld_dates(
        &mut self,
        node: &serde_json::Map<String, serde_json::Value>,
        is_article: bool,
    ) {
        let date = |key: &str| {
            node.get(key)
                .and_then(serde_json::Value::as_str)
                .map(str::trim)
                .filter(|d| !d.is_empty())
                .map(str::to_string)
        };
        let (published, modified) = (date("datePublished"), date("dateModified"));
        if published.is_none() && modified.is_none() {
            return;
        }
        let kept = &self.json_ld_dates;
        let empty = kept.published.is_none() && kept.modified.is_none();
        if empty || (is_article && !kept.from_article) {
            self.json_ld_dates = JsonLdDates {
                published,
                modified,
                from_article: is_article,
            };
        }
    }

    /// Reads a JSON-LD `BreadcrumbList`'s items as the section path. The home crumb goes:
    /// one that says `Home`, or the first crumb when it leads to a site's root, whatever it
    /// says (Yonhap's `Yonhap News Agency`, leading to `https://en.yna.co.kr/`). A crumb
    /// repeating the one before it is one section (Yonhap's `North Korea` index, then its
    /// `North Korea` list).
    pub(super) fn read_breadcrumbs(&mut self, list: &serde_json::Value) {
        let Some(items) = list.as_array() else { return };
        let leads_home = |item: &serde_json::Value| {
            let inner = item.get("item");
            [item.get("@id"), item.get("url"), inner]
                .into_iter()
                .chain([
                    inner.and_then(|i| i.get("@id")),
                    inner.and_then(|i| i.get("url")),
                ])
                .flatten()
                .filter_map(serde_json::Value::as_str)
                .filter_map(|address| url::Url::parse(address.trim()).ok())
                .any(|address| address.path() == "/" && address.query().is_none())
        };
        let mut names: Vec<String> = items
            .iter()
            .enumerate()
            .filter(|(n, item)| !(*n == 0 && leads_home(item)))
            .map(|(_, item)| item)
            .filter_map(|item| {
                item.get("name")
                    .or_else(|| item.get("item").and_then(|i| i.get("name")))
                    .and_then(|n| n.as_str())
                    .map(collapse_ws)
            })
            .filter(|n| !n.is_empty() && !n.eq_ignore_ascii_case("home"))
            .collect();
        if names.len() > 1 {
            // The last crumb is usually the article itself.
            names.pop();
            names.dedup_by(|later, earlier| later.to_lowercase() == earlier.to_lowercase());
            self.section = names;
        }
    }
}

/// Every schema.org ImageObject in a JSON-LD value (with its caption and credit), and the
/// article's `image` as the lead image when the page's meta tags named none.
pub(super) fn collect_image_objects(
    value: &serde_json::Value,
    out: &mut Vec<ImageInfo>,
    lead: &mut Option<(String, Option<String>)>,
) {
    use serde_json::Value;
    match value {
        Value::Array(items) => items
            .iter()
            .for_each(|v| collect_image_objects(v, out, lead)),
        Value::Object(map) => {
            let is_image = map
                .get("@type")
                .is_some_and(|t| t.to_string().contains("ImageObject"));
            if is_image {
                let url = ["contentUrl", "url", "@id"]
                    .iter()
                    .find_map(|k| map.get(*k).and_then(Value::as_str))
                    .map(|u| u.trim().to_string())
                    .filter(|u| !u.is_empty());
                if let Some(url) = url {
                    let text = |k: &str| {
                        map.get(k)
                            .and_then(Value::as_str)
                            .map(collapse_ws)
                            .filter(|c| !c.is_empty())
                    };
                    let credit = text("creditText")
                        .or_else(|| map.get("copyrightHolder").and_then(credit_of))
                        .or_else(|| map.get("author").and_then(credit_of))
                        .or_else(|| map.get("creator").and_then(credit_of));
                    out.push(ImageInfo {
                        url,
                        caption: text("caption").or_else(|| text("description")),
                        credit,
                    });
                }
            }
            let is_article = map.get("@type").is_some_and(|t| {
                let t = t.to_string().to_lowercase();
                t.contains("article") || t.contains("posting") || t.contains("report")
            });
            if is_article && lead.is_none() {
                let image = map.get("image");
                let url = match image {
                    Some(Value::String(s)) => Some(s.clone()),
                    Some(Value::Array(items)) => items.first().and_then(|i| match i {
                        Value::String(s) => Some(s.clone()),
                        Value::Object(o) => {
                            o.get("url").and_then(Value::as_str).map(str::to_string)
                        }
                        _ => None,
                    }),
                    Some(Value::Object(o)) => o
                        .get("url")
                        .or_else(|| o.get("contentUrl"))
                        .and_then(Value::as_str)
                        .map(str::to_string),
                    _ => None,
                };
                *lead = url.filter(|u| !u.trim().is_empty()).map(|u| (u, None));
            }
            for (key, v) in map {
                if key != "@context" && (v.is_object() || v.is_array()) {
                    collect_image_objects(v, out, lead);
                }
            }
        }
        _ => {}
    }
}

/// A picture's credit as its image object names it: a string whole (`Ed Marshall,
/// Redonda Restoration Programme` is one credit, not two authors), else the names of the
/// people or organisations given.
pub(super) fn credit_of(value: &serde_json::Value) -> Option<String> {
    match value {
        serde_json::Value::String(s) if !s.trim_start().starts_with(['{', '[']) => {
            Some(plain_text(s))
        }
        _ => Some(json_ld_names(value).join(", ")),
    }
    .filter(|c| !c.is_empty())
}

/// An image URL as compared: no query, no fragment.
/// A file name many pictures share (`original.jpg`, `image.png`, `1234.jpg`): no picture
/// is told apart by it.
pub(super) fn is_generic_file_name(name: &str) -> bool {
    let stem = stem_of(name).to_ascii_lowercase();
    stem.chars().all(|c| c.is_ascii_digit())
        || [
            "image",
            "original",
            "large",
            "medium",
            "small",
            "photo",
            "picture",
            "thumb",
            "thumbnail",
            "default",
            "main",
            "full",
            "img",
            "pic",
            "hero",
            "lead",
            "cover",
        ]
        .contains(&stem.as_str())
}

pub(super) fn image_key(url: &str) -> &str {
    url.split(['?', '#']).next().unwrap_or("")
}

/// The file name an image address ends with (`DSC00889.jpg`), when it names one: CDN
/// variants of a picture (sizes, crops, formats) keep it while their paths differ.
pub(super) fn image_file_name(url: &str) -> Option<&str> {
    let name = image_key(url).rsplit('/').next()?;
    let (stem, ext) = name.rsplit_once('.')?;
    (stem.len() >= 4 && (2..=5).contains(&ext.len()) && !looks_like_logo(name)).then_some(name)
}

/// Replaces each `author`, `creator` or `publisher` in a JSON-LD value that only points at
/// another node of the graph (`"author":{"@id":"…/#/schema/person/793e…"}`, as Yoast SEO
/// writes every WordPress article's) with that node, so its name can be read. One level
/// deep: a node put in place is not walked again, so a graph that refers to itself ends.
pub(super) fn resolve_node_references(value: &mut serde_json::Value) {
    use serde_json::Value;
    const POINTING_KEYS: [&str; 3] = ["author", "creator", "publisher"];
    /// The `@id` a value only points with (`{"@id": "…"}`, no name of its own).
    pub(super) fn pointer(v: &Value) -> Option<&str> {
        v.as_object()
            .filter(|m| !m.contains_key("name"))?
            .get("@id")?
            .as_str()
    }
    /// Each value under a pointing key, or each item of a list there.
    pub(super) fn pointing(v: &Value) -> Vec<&Value> {
        match v {
            Value::Array(items) => items.iter().collect(),
            other => vec![other],
        }
    }
    pub(super) fn wanted<'v>(value: &'v Value, ids: &mut HashSet<&'v str>) {
        match value {
            Value::Array(items) => items.iter().for_each(|v| wanted(v, ids)),
            Value::Object(map) => {
                for (key, v) in map {
                    if POINTING_KEYS.contains(&key.as_str()) {
                        ids.extend(pointing(v).into_iter().filter_map(pointer));
                    }
                    wanted(v, ids);
                }
            }
            _ => {}
        }
    }
    pub(super) fn collect(value: &Value, ids: &HashSet<&str>, nodes: &mut HashMap<String, Value>) {
        match value {
            Value::Array(items) => items.iter().for_each(|v| collect(v, ids, nodes)),
            Value::Object(map) => {
                if let Some(id) = map.get("@id").and_then(Value::as_str) {
                    if map.len() > 1 && ids.contains(id) && !nodes.contains_key(id) {
                        nodes.insert(id.to_string(), value.clone());
                    }
                }
                map.values().for_each(|v| collect(v, ids, nodes));
            }
            _ => {}
        }
    }
    pub(super) fn replace(value: &mut Value, nodes: &HashMap<String, Value>) {
        let node_for = |v: &Value| pointer(v).and_then(|id| nodes.get(id)).cloned();
        match value {
            Value::Array(items) => items.iter_mut().for_each(|v| replace(v, nodes)),
            Value::Object(map) => {
                for (key, v) in map.iter_mut() {
                    if !POINTING_KEYS.contains(&key.as_str()) {
                        replace(v, nodes);
                        continue;
                    }
                    let items = match v {
                        Value::Array(items) => items.iter_mut().collect(),
                        other => vec![other],
                    };
                    for item in items {
                        if let Some(node) = node_for(item) {
                            *item = node;
                        }
                    }
                }
            }
            _ => {}
        }
    }
    let mut ids = HashSet::new();
    wanted(value, &mut ids);
    if ids.is_empty() {
        return;
    }
    let mut nodes = HashMap::new();
    collect(value, &ids, &mut nodes);
    if !nodes.is_empty() {
        replace(value, &nodes);
    }
}

/// Names out of a JSON-LD `author`: a string, a Person/Organization, or a list of either;
/// a page may write the object into a string (scmp.com's `"author":"{ \"@type\":\"Person\",
/// \"name\":\"Alice Wu\" }"`).
pub(super) fn json_ld_names(value: &serde_json::Value) -> Vec<String> {
    use serde_json::Value;
    match value {
        Value::String(s) if s.trim_start().starts_with(['{', '[']) => {
            match serde_json::from_str::<Value>(s) {
                Ok(inner @ (Value::Object(_) | Value::Array(_))) => json_ld_names(&inner),
                // `[Jane Doe]` is a name in brackets; a broken object names no one.
                _ if s.trim_start().starts_with('[') => split_authors(&plain_text(s)),
                _ => Vec::new(),
            }
        }
        Value::String(s) => split_authors(&plain_text(s)),
        Value::Object(map) => map
            .get("name")
            .and_then(|n| n.as_str())
            .map(|n| vec![plain_text(n)])
            .unwrap_or_default(),
        Value::Array(items) => items.iter().flat_map(json_ld_names).collect(),
        _ => Vec::new(),
    }
    .into_iter()
    .filter(|n| !n.is_empty())
    .collect()
}
