//! Word tables and text from the dev corpus, for the synthetic library generator.
//!
//! - [`Corpus::load`] reads `readability/*/expected.html` (tags stripped with `dom_query`),
//!   skips the test fixtures made of "Lorem ipsum", sorts pages by language (the page's
//!   metadata `lang`, else an English stop-word test; pages without spaces between words
//!   are left out), and builds one [`WordTable`] per language: word forms with their
//!   counts, punctuation trimmed, diacritics kept (`Vučić`), numbers and URLs dropped, a
//!   capitalised form folded into its lower-case form when both occur (`The` → `the`).
//!   It also keeps the corpus's body lengths and paragraph lengths in words.
//! - [`WordTable::sample`] draws a word with the probability of its corpus frequency
//!   (Walker/Vose alias table, O(1)): text drawn this way keeps the corpus's Zipf curve.
//! - The corpus is small (~150k English words), so its rarest word would still land in
//!   thousands of articles of a million. [`tail_word`] adds the long tail of real archives
//!   (names of people and places): a deterministic made-up proper noun for each rank of a
//!   Zipf (s = 1) distribution over [`TAIL_RANKS`] ranks, a small share of all words.

use std::collections::HashMap;
use std::path::Path;

use anyhow::{bail, Context, Result};

/// Ranks of the made-up proper-noun tail.
pub const TAIL_RANKS: u64 = 1 << 21;

/// A word list with counts, most frequent first, and its sampler.
pub struct WordTable {
    words: Vec<String>,
    counts: Vec<u64>,
    alias: Alias,
}

impl WordTable {
    fn from_counts(counts: HashMap<String, u64>) -> WordTable {
        let mut folded: HashMap<String, u64> = HashMap::new();
        for (word, &n) in &counts {
            let lower = word.to_lowercase();
            let capitalised = lower != *word && capitalise(&lower) == *word;
            if capitalised && counts.contains_key(&lower) {
                *folded.entry(lower).or_default() += n;
            } else {
                *folded.entry(word.clone()).or_default() += n;
            }
        }
        let mut list: Vec<(String, u64)> = folded.into_iter().collect();
        list.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
        let weights: Vec<f64> = list.iter().map(|(_, n)| *n as f64).collect();
        WordTable {
            alias: Alias::new(&weights),
            counts: list.iter().map(|(_, n)| *n).collect(),
            words: list.into_iter().map(|(w, _)| w).collect(),
        }
    }

    /// A word drawn by corpus frequency.
    pub fn sample(&self, rng: &mut fastrand::Rng) -> &str {
        &self.words[self.alias.sample(rng)]
    }

    /// The word of a frequency rank (0 = most frequent).
    pub fn word(&self, rank: usize) -> &str {
        &self.words[rank.min(self.words.len() - 1)]
    }

    /// Distinct words.
    pub fn len(&self) -> usize {
        self.words.len()
    }

    /// Total words of the corpus behind the table.
    pub fn total(&self) -> u64 {
        self.counts.iter().sum()
    }
}

/// The corpus's word tables and length distributions.
pub struct Corpus {
    /// Word tables by language code, English first.
    pub tables: Vec<(String, WordTable)>,
    /// Body lengths in words, one per usable page.
    pub body_words: Vec<u32>,
    /// Paragraph lengths in words, one per `<p>` of 5 words or more.
    pub paragraph_words: Vec<u32>,
    /// Pages read.
    pub pages: usize,
}

impl Corpus {
    /// Reads `root/readability/*/expected.html`.
    pub fn load(root: &Path) -> Result<Corpus> {
        let dir = root.join("readability");
        let mut paths = Vec::new();
        for entry in
            std::fs::read_dir(&dir).with_context(|| format!("{}: cannot read", dir.display()))?
        {
            let page = entry?.path();
            if page.join("expected.html").is_file() {
                paths.push(page);
            }
        }
        paths.sort();
        let mut counts: HashMap<String, HashMap<String, u64>> = HashMap::new();
        let mut body_words = Vec::new();
        let mut paragraph_words = Vec::new();
        let mut pages = 0;
        for page in &paths {
            let html = std::fs::read_to_string(page.join("expected.html"))?;
            if html.to_lowercase().contains("lorem ipsum") {
                continue;
            }
            let doc = dom_query::Document::from(html.as_str());
            let text = doc.select("body").text().to_string();
            let tokens: Vec<&str> = text.split_whitespace().collect();
            let Some(lang) = language(page, &tokens) else {
                continue;
            };
            pages += 1;
            let table = counts.entry(lang.clone()).or_default();
            let mut words = 0u32;
            for token in &tokens {
                if let Some(word) = clean(token) {
                    *table.entry(word.to_string()).or_default() += 1;
                    words += 1;
                }
            }
            if lang == "en" && words >= 50 {
                body_words.push(words);
                for p in doc.select("p").iter() {
                    let n = p.text().split_whitespace().count() as u32;
                    if n >= 5 {
                        paragraph_words.push(n);
                    }
                }
            }
        }
        let mut tables: Vec<(String, WordTable)> = counts
            .into_iter()
            .filter(|(_, c)| c.len() >= 200)
            .map(|(lang, c)| (lang, WordTable::from_counts(c)))
            .collect();
        tables.sort_by_key(|(lang, table)| (lang != "en", std::cmp::Reverse(table.total())));
        if tables.first().map(|(l, _)| l.as_str()) != Some("en") || body_words.is_empty() {
            bail!("{}: no English pages to learn words from", dir.display());
        }
        body_words.sort_unstable();
        paragraph_words.sort_unstable();
        Ok(Corpus {
            tables,
            body_words,
            paragraph_words,
            pages,
        })
    }

    /// The English table.
    pub fn english(&self) -> &WordTable {
        &self.tables[0].1
    }

    /// One line on what was learnt.
    pub fn summary(&self) -> String {
        let en = self.english();
        let langs: Vec<String> = self
            .tables
            .iter()
            .map(|(l, t)| format!("{l} {}", t.len()))
            .collect();
        let mean =
            self.body_words.iter().map(|&n| n as f64).sum::<f64>() / self.body_words.len() as f64;
        format!(
            "corpus: {} pages; distinct words by language: {}; English {} words; body words: median {}, mean {:.0} ({} pages); {} paragraphs",
            self.pages,
            langs.join(", "),
            en.total(),
            self.body_words[self.body_words.len() / 2],
            mean,
            self.body_words.len(),
            self.paragraph_words.len()
        )
    }

    /// The table of `lang`, else English.
    pub fn table(&self, lang: &str) -> &WordTable {
        self.tables
            .iter()
            .find(|(l, _)| l == lang)
            .map(|(_, t)| t)
            .unwrap_or(self.english())
    }
}

/// The page's language: metadata `lang` (primary subtag), else `en` when English
/// stop words are frequent; None for pages written without spaces (ja, zh) or unknown.
fn language(page: &Path, tokens: &[&str]) -> Option<String> {
    let meta = std::fs::read_to_string(page.join("expected-metadata.json")).unwrap_or_default();
    let declared = meta
        .split("\"lang\"")
        .nth(1)
        .and_then(|rest| rest.split('"').nth(1))
        .map(|l| l.split(['-', '_']).next().unwrap_or("").to_lowercase())
        .filter(|l| !l.is_empty());
    if matches!(declared.as_deref(), Some("ja" | "zh" | "ko" | "th")) {
        return None;
    }
    if declared.is_some() {
        return declared;
    }
    let stop = tokens
        .iter()
        .filter(|t| {
            matches!(
                t.to_lowercase().as_str(),
                "the" | "and" | "of" | "to" | "in" | "is"
            )
        })
        .count();
    (tokens.len() >= 50 && stop * 100 >= tokens.len() * 8).then(|| "en".to_string())
}

/// A token as a word: punctuation trimmed at both ends; None for numbers, URLs, markup
/// debris and very long strings.
fn clean(token: &str) -> Option<&str> {
    let word = token.trim_matches(|c: char| !c.is_alphanumeric());
    let ok = !word.is_empty()
        && word.chars().count() <= 24
        && word
            .chars()
            .all(|c| (c.is_alphabetic() && spaced_script(c)) || matches!(c, '\'' | '’' | '-'))
        && word.chars().any(char::is_alphabetic)
        && !word.contains("www.")
        && !word.contains("..");
    ok.then_some(word)
}

/// Latin, Greek and Cyrillic letters: scripts written with spaces between words (a
/// Japanese run on an English page would otherwise become one "word").
fn spaced_script(c: char) -> bool {
    (c as u32) < 0x0530 || ('\u{1E00}'..='\u{1EFF}').contains(&c)
}

/// `word` with its first letter in upper case.
pub fn capitalise(word: &str) -> String {
    let mut chars = word.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// A made-up proper noun for a tail rank (1-based), the same for every run: the rank,
/// scrambled by a multiplication that is a bijection modulo 48^k, written in k syllables
/// (k = 2 up to 48² ranks, 3 up to 48³, else 4), so different ranks give different words.
pub fn tail_word(rank: u64) -> String {
    const SYLLABLES: [&str; 48] = [
        "ka", "ro", "vi", "ma", "len", "dor", "ša", "ić", "no", "ve", "tra", "bel", "mir", "ze",
        "gor", "an", "či", "lu", "pe", "sko", "do", "ra", "vu", "lić", "ne", "tor", "ha", "li",
        "ber", "os", "ki", "mo", "ja", "rin", "sa", "ta", "zo", "mel", "dri", "ko", "žu", "ge",
        "gra", "na", "lo", "ez", "ur", "vić",
    ];
    let base = SYLLABLES.len() as u64;
    let (k, space) = match rank {
        r if r < base * base => (2, base * base),
        r if r < base.pow(3) => (3, base.pow(3)),
        _ => (4, base.pow(4)),
    };
    // 0x9E37_79B5 is odd and not a multiple of 3, so coprime to 48^k.
    let mut x = (rank % space).wrapping_mul(0x9E37_79B5) % space;
    let mut word = String::new();
    for _ in 0..k {
        word.push_str(SYLLABLES[(x % base) as usize]);
        x /= base;
    }
    capitalise(&word)
}

/// A tail rank drawn from Zipf (s = 1) over 1..=[`TAIL_RANKS`].
pub fn tail_rank(rng: &mut fastrand::Rng) -> u64 {
    let r = ((TAIL_RANKS + 1) as f64).powf(rng.f64()) as u64;
    r.clamp(1, TAIL_RANKS)
}

/// Walker's alias method (Vose's construction): O(1) draws from fixed weights.
struct Alias {
    prob: Vec<f64>,
    alias: Vec<u32>,
}

impl Alias {
    fn new(weights: &[f64]) -> Alias {
        let n = weights.len();
        let sum: f64 = weights.iter().sum();
        let mut prob: Vec<f64> = weights.iter().map(|w| w * n as f64 / sum).collect();
        let mut alias: Vec<u32> = (0..n as u32).collect();
        let (mut small, mut large): (Vec<usize>, Vec<usize>) = (0..n).partition(|&i| prob[i] < 1.0);
        while let Some(&l) = large.last() {
            let Some(s) = small.pop() else { break };
            alias[s] = l as u32;
            prob[l] -= 1.0 - prob[s];
            if prob[l] < 1.0 {
                large.pop();
                small.push(l);
            }
        }
        for i in small.into_iter().chain(large) {
            prob[i] = 1.0;
        }
        Alias { prob, alias }
    }

    fn sample(&self, rng: &mut fastrand::Rng) -> usize {
        let i = rng.usize(..self.prob.len());
        if rng.f64() < self.prob[i] {
            i
        } else {
            self.alias[i] as usize
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn alias_follows_weights() {
        let alias = Alias::new(&[8.0, 1.0, 1.0]);
        let mut rng = fastrand::Rng::with_seed(1);
        let hits = (0..100_000).filter(|_| alias.sample(&mut rng) == 0).count();
        assert!((78_000..82_000).contains(&hits), "{hits}");
    }

    #[test]
    fn clean_keeps_diacritics_and_drops_numbers() {
        assert_eq!(clean("“Vučić,”"), Some("Vučić"));
        assert_eq!(clean("2022"), None);
        assert_eq!(clean("don't"), Some("don't"));
        assert_eq!(clean("僕だけ"), None);
    }

    #[test]
    fn tail_words_differ() {
        let words: std::collections::HashSet<String> = (1..20_000).map(tail_word).collect();
        assert_eq!(words.len(), 19_999);
    }
}
