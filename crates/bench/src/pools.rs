//! Fixed pools the library generator draws from: sites (Zipf-weighted), people, photo
//! credits, sections, the tag tree, collections, and the topics that put known names and
//! phrases into the text at known rates ("Kosovo", "Vučić", "climate change"…), so a
//! search benchmark has rare, common and phrase queries with answers.

use crate::vocab::capitalise;

/// Sites with an established name; the pool is completed with made-up local papers.
const KNOWN_SITES: [&str; 60] = [
    "The Guardian",
    "BBC News",
    "Reuters",
    "Associated Press",
    "Al Jazeera",
    "The New York Times",
    "The Washington Post",
    "Balkan Insight",
    "Radio Free Europe/Radio Liberty",
    "Le Monde",
    "Der Spiegel",
    "El País",
    "Financial Times",
    "The Economist",
    "Politico Europe",
    "Deutsche Welle",
    "France 24",
    "Euronews",
    "The Independent",
    "The Telegraph",
    "Bloomberg",
    "CNN",
    "NPR",
    "Los Angeles Times",
    "The Atlantic",
    "The New Yorker",
    "Foreign Policy",
    "Kosovo Online",
    "Prishtina Insight",
    "N1",
    "Danas",
    "Koha",
    "teleSUR",
    "Aktuálně.cz",
    "The Irish Times",
    "ABC News",
    "Sydney Morning Herald",
    "The Globe and Mail",
    "Times of India",
    "South China Morning Post",
    "The Japan Times",
    "Haaretz",
    "Middle East Eye",
    "Mail & Guardian",
    "Daily Maverick",
    "The Hindu",
    "Dawn",
    "Folha de S.Paulo",
    "Clarín",
    "Wired",
    "Ars Technica",
    "The Verge",
    "Nature",
    "Science",
    "Carbon Brief",
    "Vox",
    "ProPublica",
    "Bellingcat",
    "OCCRP",
    "Mediapart",
];
const TOWNS: [&str; 24] = [
    "Leeds",
    "Bristol",
    "Novi Sad",
    "Ljubljana",
    "Graz",
    "Lyon",
    "Porto",
    "Aarhus",
    "Bergen",
    "Cork",
    "Split",
    "Brno",
    "Kraków",
    "Turin",
    "Ghent",
    "Utrecht",
    "Malmö",
    "Tampere",
    "Plovdiv",
    "Cluj",
    "Tartu",
    "Riga",
    "Skopje",
    "Mostar",
];
const PAPERS: [&str; 8] = [
    "Courier",
    "Herald",
    "Evening Post",
    "Observer",
    "Daily",
    "Chronicle",
    "Gazette",
    "Times",
];

/// A news site: name and domain.
pub struct Site {
    pub name: String,
    pub domain: String,
}

/// The ~200 sites, most clipped first (drawn with weight 1/rank).
pub fn sites() -> Vec<Site> {
    let mut names: Vec<String> = KNOWN_SITES.iter().map(|s| s.to_string()).collect();
    'fill: for paper in PAPERS {
        for town in TOWNS {
            if names.len() >= 200 {
                break 'fill;
            }
            names.push(format!("{town} {paper}"));
        }
    }
    names
        .into_iter()
        .map(|name| {
            let slug = slug(&name);
            Site {
                domain: format!("www.{}.com", slug.replace('-', "")),
                name,
            }
        })
        .collect()
}

/// Lower-case ASCII-ish slug: letters and digits, other runs become one `-`.
pub fn slug(text: &str) -> String {
    let mut out = String::new();
    for c in text.chars().flat_map(char::to_lowercase) {
        let c = match c {
            'č' | 'ć' => 'c',
            'š' => 's',
            'ž' => 'z',
            'đ' => 'd',
            'á' | 'à' | 'ä' => 'a',
            'é' | 'è' => 'e',
            'í' => 'i',
            'ó' | 'ö' => 'o',
            'ú' | 'ü' => 'u',
            c => c,
        };
        if c.is_ascii_alphanumeric() {
            out.push(c);
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    out.trim_end_matches('-').to_string()
}

pub const FIRST_NAMES: [&str; 40] = [
    "Jane",
    "John",
    "Maria",
    "David",
    "Sarah",
    "Ahmed",
    "Elena",
    "Miloš",
    "Jelena",
    "Arben",
    "Fatima",
    "Pierre",
    "Sophie",
    "Lukas",
    "Anna",
    "Marco",
    "Giulia",
    "Tomás",
    "Lucía",
    "Dragana",
    "Nikola",
    "Besa",
    "Vjosa",
    "James",
    "Emily",
    "Michael",
    "Olga",
    "Dmitri",
    "Chen",
    "Priya",
    "Kwame",
    "Aisha",
    "Hannah",
    "Ivana",
    "Petr",
    "Zoran",
    "Agnieszka",
    "Liam",
    "Noor",
    "Kenji",
];
pub const LAST_NAMES: [&str; 40] = [
    "Smith",
    "Doe",
    "Jovanović",
    "Đorđević",
    "Krasniqi",
    "Berisha",
    "Müller",
    "Dubois",
    "García",
    "Rossi",
    "Novák",
    "Kowalski",
    "Popescu",
    "Ivanova",
    "Petrović",
    "Hoxha",
    "Brown",
    "Wilson",
    "Taylor",
    "O'Brien",
    "Nguyen",
    "Khan",
    "Okafor",
    "Mensah",
    "Tanaka",
    "Sørensen",
    "Lindqvist",
    "Horvat",
    "Kovačević",
    "Marković",
    "Gashi",
    "Rexhepi",
    "Schmidt",
    "Fischer",
    "Moreau",
    "Costa",
    "Silva",
    "Fernández",
    "Walker",
    "Hughes",
];

/// A person's name from the pools.
pub fn person(rng: &mut fastrand::Rng) -> String {
    format!(
        "{} {}",
        FIRST_NAMES[rng.usize(..FIRST_NAMES.len())],
        LAST_NAMES[rng.usize(..LAST_NAMES.len())]
    )
}

/// A photo credit: agency, photographer/agency, staff, or none.
pub fn credit(rng: &mut fastrand::Rng) -> Option<String> {
    Some(match rng.u32(..100) {
        0..=17 => "Reuters".to_string(),
        18..=29 => format!("AP Photo/{}", person(rng)),
        30..=41 => "Getty Images".to_string(),
        42..=51 => "AFP via Getty Images".to_string(),
        52..=59 => "EPA-EFE".to_string(),
        60..=67 => format!("{}/Reuters", person(rng)),
        68..=73 => format!("{} for {}", person(rng), KNOWN_SITES[rng.usize(..6)]),
        74..=78 => "Shutterstock".to_string(),
        79..=82 => "Handout".to_string(),
        83..=87 => format!("Photo: {}", person(rng)),
        88..=89 => "Twitter/ @AmirAlexanderR7".to_string(),
        _ => return None,
    })
}

/// Why a photo has no bytes.
pub const MISSING_REASONS: [&str; 4] = [
    "download failed: HTTP status 404 Not Found",
    "download failed: operation timed out",
    "image too large: 21000 × 14000 pixels",
    "text clipping: caption without an image",
];

/// Section paths, outermost first; empty for sites that show none.
pub const SECTIONS: [&[&str]; 18] = [
    &["News", "World"],
    &["News", "World", "Europe"],
    &["News", "World", "Middle East"],
    &["News", "UK"],
    &["News"],
    &["World", "Europe"],
    &["Politics"],
    &["Business", "Economy"],
    &["Business"],
    &["Opinion"],
    &["Opinion", "Columnists"],
    &["Science", "Environment"],
    &["Technology"],
    &["Culture", "Books"],
    &["Sport", "Football"],
    &["Analysis"],
    &["Health"],
    &[],
];

/// Genres (mostly absent).
pub fn genre(rng: &mut fastrand::Rng) -> Option<&'static str> {
    match rng.u32(..100) {
        0..=14 => Some("News"),
        15..=20 => Some("Analysis"),
        21..=26 => Some("Opinion"),
        27..=29 => Some("Interview"),
        _ => None,
    }
}

/// Languages with shares in per cent; None = not detected. Non-English ones draw their
/// words from the corpus pages in that language when there are enough.
pub const LANGUAGES: [(Option<&str>, u32); 7] = [
    (Some("en"), 87),
    (Some("fr"), 3),
    (Some("es"), 3),
    (Some("de"), 2),
    (Some("cs"), 1),
    (Some("pt"), 1),
    (None, 3),
];

/// One tag of the tree.
pub struct Tag {
    pub path: String,
    pub parent: Option<usize>,
    pub colour: Option<&'static str>,
}

const TAG_TREE: [(&str, Option<&str>, &[&str]); 16] = [
    (
        "Balkans",
        Some("#c0392b"),
        &[
            "Kosovo",
            "Serbia",
            "Bosnia and Herzegovina",
            "Montenegro",
            "North Macedonia",
            "Albania",
            "Croatia",
            "Slovenia",
            "Kosovo/North Mitrovica",
            "Kosovo/Elections",
            "Serbia/Protests",
        ],
    ),
    (
        "Europe",
        Some("#2980b9"),
        &[
            "EU",
            "Germany",
            "France",
            "Italy",
            "Spain",
            "Poland",
            "Hungary",
            "UK",
            "Ireland",
            "Nordics",
            "EU/Enlargement",
            "EU/Parliament",
        ],
    ),
    (
        "Ukraine war",
        Some("#f39c12"),
        &["Frontline", "Diplomacy", "Refugees", "Sanctions", "Energy"],
    ),
    (
        "Middle East",
        Some("#8e44ad"),
        &["Israel", "Gaza", "Iran", "Syria", "Lebanon", "Iraq", "Gulf"],
    ),
    (
        "Climate",
        Some("#27ae60"),
        &[
            "Emissions",
            "COP",
            "Energy transition",
            "Extreme weather",
            "Biodiversity",
            "Climate litigation",
        ],
    ),
    (
        "Economy",
        Some("#16a085"),
        &[
            "Central banks",
            "Inflation",
            "Trade",
            "Labour",
            "Housing",
            "Central banks/ECB",
            "Central banks/Fed",
        ],
    ),
    (
        "Politics",
        None,
        &[
            "Elections",
            "Populism",
            "Parliament",
            "Corruption",
            "Courts",
            "Elections/Polls",
        ],
    ),
    (
        "Media",
        None,
        &[
            "Press freedom",
            "Disinformation",
            "Platforms",
            "Journalists",
            "Ownership",
        ],
    ),
    (
        "Technology",
        Some("#34495e"),
        &[
            "AI",
            "Privacy",
            "Cybersecurity",
            "Social media",
            "Semiconductors",
        ],
    ),
    (
        "Health",
        None,
        &["Pandemic", "Public health", "Drugs", "Mental health"],
    ),
    (
        "Africa",
        None,
        &[
            "Sahel",
            "South Africa",
            "Nigeria",
            "Ethiopia",
            "Sudan",
            "Kenya",
        ],
    ),
    (
        "Asia",
        None,
        &[
            "China",
            "India",
            "Japan",
            "Taiwan",
            "Korea",
            "Southeast Asia",
            "Pakistan",
        ],
    ),
    (
        "Americas",
        None,
        &[
            "United States",
            "Brazil",
            "Mexico",
            "Argentina",
            "Venezuela",
            "Canada",
            "United States/Congress",
            "United States/Supreme Court",
        ],
    ),
    (
        "Culture",
        Some("#d35400"),
        &["Books", "Film", "Music", "Art", "Heritage"],
    ),
    (
        "Research",
        Some("#7f8c8d"),
        &[
            "To read",
            "Sources",
            "Quotes",
            "Data",
            "Follow up",
            "Book project",
            "Book project/Chapter 1",
            "Book project/Chapter 2",
            "Book project/Chapter 3",
        ],
    ),
    ("Sport", None, &["Football", "Olympics", "Tennis", "Doping"]),
];

/// The tag tree (~150 tags), parents before children.
pub fn tags() -> Vec<Tag> {
    let mut tags: Vec<Tag> = Vec::new();
    let index = |tags: &Vec<Tag>, path: &str| tags.iter().position(|t| t.path == path);
    for (root, colour, children) in TAG_TREE {
        tags.push(Tag {
            path: root.to_string(),
            parent: None,
            colour,
        });
        for child in children {
            let path = format!("{root}/{child}");
            let parent_path = path.rsplit_once('/').map(|(p, _)| p).unwrap_or(root);
            let parent = index(&tags, parent_path);
            tags.push(Tag {
                path,
                parent,
                colour: None,
            });
        }
    }
    // Years under Research/Sources: a deep, wide corner like real trees have.
    let sources = index(&tags, "Research/Sources");
    for year in 2005..=2026 {
        tags.push(Tag {
            path: format!("Research/Sources/{year}"),
            parent: sources,
            colour: None,
        });
    }
    tags
}

/// Collections: name, description, saved query (a saved search has no members).
pub const COLLECTIONS: [(&str, Option<&str>, Option<&str>); 20] = [
    (
        "Kosovo–Serbia dialogue",
        Some("Everything on the EU-facilitated talks."),
        None,
    ),
    (
        "Book chapter 1 sources",
        Some("Cited or to cite in chapter 1."),
        None,
    ),
    ("Book chapter 2 sources", None, None),
    (
        "Climate litigation",
        Some("Court cases against governments and companies."),
        None,
    ),
    (
        "Central banks 2022–2024",
        Some("Rate decisions and commentary."),
        None,
    ),
    ("Press freedom index", None, None),
    (
        "To fact-check",
        Some("Claims to verify before publication."),
        None,
    ),
    ("Long reads", None, None),
    (
        "Interviews",
        Some("Interviews with officials and experts."),
        None,
    ),
    ("Photo research", Some("Pictures to license."), None),
    ("Elections 2024", None, None),
    (
        "Teaching: media literacy",
        Some("Examples for the seminar."),
        None,
    ),
    ("Disinformation cases", None, None),
    ("Obituaries", None, None),
    ("Energy crisis", Some("Gas, prices, and policy."), None),
    ("Archive 2008 crisis", None, None),
    ("Misc", None, None),
    ("Saved: Kosovo", Some("A saved search."), Some("Kosovo")),
    (
        "Saved: climate change",
        Some("A saved search."),
        Some("\"climate change\""),
    ),
    (
        "Saved: central bank",
        None,
        Some("\"central bank\" site:Reuters"),
    ),
];

/// A topic: the share of articles about it, how often per word its terms appear in
/// them, its terms with weights, and the tags its articles get.
pub struct Topic {
    pub name: &'static str,
    pub per_mille: u32,
    pub density: f64,
    pub terms: &'static [(&'static str, u32)],
    pub tags: &'static [&'static str],
}

/// The topics. An article has at most one; most have none.
pub static TOPICS: [Topic; 6] = [
    Topic {
        name: "kosovo",
        per_mille: 15,
        density: 0.008,
        terms: &[
            ("Kosovo", 20),
            ("Serbia", 10),
            ("Serbs", 5),
            ("Pristina", 4),
            ("Belgrade", 5),
            ("Albin Kurti", 3),
            ("Aleksandar Vučić", 1),
            ("Vučić", 2),
            ("North Mitrovica", 2),
            ("Kosovo Albanians", 2),
        ],
        tags: &[
            "Balkans/Kosovo",
            "Balkans/Serbia",
            "Balkans/Kosovo/North Mitrovica",
        ],
    },
    Topic {
        name: "climate",
        per_mille: 30,
        density: 0.008,
        terms: &[
            ("climate change", 10),
            ("emissions", 6),
            ("carbon dioxide", 2),
            ("renewable energy", 3),
            ("global warming", 2),
            ("fossil fuels", 3),
            ("heatwave", 1),
        ],
        tags: &["Climate", "Climate/Emissions", "Climate/Extreme weather"],
    },
    Topic {
        name: "economy",
        per_mille: 40,
        density: 0.008,
        terms: &[
            ("central bank", 8),
            ("inflation", 8),
            ("interest rates", 6),
            ("European Central Bank", 2),
            ("recession", 2),
            ("Federal Reserve", 2),
        ],
        tags: &["Economy", "Economy/Central banks", "Economy/Inflation"],
    },
    Topic {
        name: "ukraine",
        per_mille: 25,
        density: 0.008,
        terms: &[
            ("Ukraine", 10),
            ("Kyiv", 5),
            ("Russia", 8),
            ("Volodymyr Zelensky", 2),
            ("Zelensky", 3),
            ("Kharkiv", 1),
        ],
        tags: &[
            "Ukraine war",
            "Ukraine war/Diplomacy",
            "Ukraine war/Frontline",
        ],
    },
    Topic {
        name: "elections",
        per_mille: 30,
        density: 0.006,
        terms: &[
            ("election", 8),
            ("parliament", 6),
            ("opposition leader", 3),
            ("polling stations", 2),
            ("coalition", 3),
        ],
        tags: &["Politics/Elections", "Politics/Parliament"],
    },
    Topic {
        name: "press",
        per_mille: 10,
        density: 0.006,
        terms: &[
            ("press freedom", 5),
            ("journalists", 6),
            ("disinformation", 3),
            ("Reporters Without Borders", 1),
        ],
        tags: &[
            "Media/Press freedom",
            "Media/Journalists",
            "Media/Disinformation",
        ],
    },
];

/// A term of `topic`, by weight.
pub fn topic_term(topic: &Topic, rng: &mut fastrand::Rng) -> &'static str {
    let total: u32 = topic.terms.iter().map(|(_, w)| w).sum();
    let mut pick = rng.u32(..total);
    for (term, w) in topic.terms {
        if pick < *w {
            return term;
        }
        pick -= w;
    }
    topic.terms[0].0
}

/// A place for a caption, "in Pristina" style.
pub const PLACES: [&str; 16] = [
    "Pristina",
    "Belgrade",
    "Brussels",
    "Kyiv",
    "London",
    "Paris",
    "Berlin",
    "Washington",
    "Geneva",
    "Sarajevo",
    "Skopje",
    "Tirana",
    "Nairobi",
    "Delhi",
    "Beijing",
    "São Paulo",
];

/// English month names.
pub const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// A byline from authors: `By A`, `By A and B`, `By A, B and C`.
pub fn byline(authors: &[String]) -> Option<String> {
    match authors {
        [] => None,
        [a] => Some(format!("By {a}")),
        [rest @ .., last] => Some(format!("By {} and {last}", rest.join(", "))),
    }
}

/// A title-cased headline for sites that use one.
pub fn title_case(text: &str) -> String {
    text.split(' ')
        .map(|w| {
            if w.len() > 3 {
                capitalise(w)
            } else {
                w.to_string()
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}
