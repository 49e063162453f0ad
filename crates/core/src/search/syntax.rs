//! The search syntax of `docs/search.md`, read into an FTS5 expression plus structured
//! filters. User text never reaches FTS5 as syntax: every word or phrase becomes a quoted
//! FTS5 string, so `"`, `:`, `*`, `(`, `NEAR` or `^` in the input cannot make an SQL or FTS5
//! error. No library parses this (it is our syntax), hence this hand-written reader.
//!
//! Grammar (whitespace separates items; items are ANDed):
//!
//! - `word`, `"a phrase"`, `prefix*`
//! - `a OR b` (binds tighter than the implicit AND: `a OR b c` is `(a OR b) AND c`)
//! - `-item` or `NOT item`: exclusion
//! - `field:item` with field one of `title author site section caption credit tag note body`
//! - `published:` / `captured:` with `2022`, `2022-08`, `2022-08-01`, `>2022-01-01`,
//!   `>=…`, `<…`, `<=…`, or `2022-01..2022-03`
//! - `has:photos`, `has:annotations`

#[cfg(test)]
use super::dates::DateBound;
use super::dates::DateRange;

/// Why a search could not be read. `at` is the character offset of the problem.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{message}")]
pub struct QueryError {
    pub message: String,
    pub at: usize,
}

/// A search read into what SQLite runs.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Parsed {
    /// The FTS5 MATCH expression; None when the search has no words (only filters).
    pub fts: Option<String>,
    /// Each phrase of `fts` as a MATCH expression of its own, in FTS5's phrase order (the
    /// order they are written in `fts`): what the ranking function's counts are for.
    pub phrases: Vec<String>,
    pub published: DateRange,
    pub captured: DateRange,
    pub has_photos: Option<bool>,
    pub has_annotations: Option<bool>,
    /// Words asked of photo captions (`caption:`), for the gallery to pick photos.
    pub caption_words: Vec<String>,
    /// Words asked of photo credits (`credit:`), for the gallery to pick photos.
    pub credit_words: Vec<String>,
}

/// Text fields and the FTS5 columns they search.
const TEXT_FIELDS: &[(&str, &str)] = &[
    ("title", "title"),
    ("author", "authors"),
    ("by", "authors"),
    ("site", "site"),
    ("section", "section"),
    ("caption", "captions"),
    ("credit", "credits"),
    ("tag", "tags"),
    ("note", "notes"),
    ("body", "body"),
    ("standfirst", "standfirst"),
];

/// One searchable item: a word or phrase, perhaps limited to a column, perhaps a prefix.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Term {
    column: Option<&'static str>,
    text: String,
    prefix: bool,
}

impl Term {
    fn to_fts(&self) -> String {
        let mut out = String::new();
        if let Some(column) = self.column {
            out.push('{');
            out.push_str(column);
            out.push_str("} : ");
        }
        out.push('"');
        out.push_str(&self.text.replace('"', "\"\""));
        out.push('"');
        if self.prefix {
            out.push_str(" *");
        }
        out
    }
}

/// A raw item of the input before grouping.
#[derive(Debug)]
enum Item {
    Term { term: Term, negated: bool },
    Or { at: usize },
}

/// Reads a search. Empty or blank input gives an empty [`Parsed`].
pub fn parse(input: &str) -> Result<Parsed, QueryError> {
    let chars: Vec<char> = input.chars().collect();
    let mut parsed = Parsed::default();
    let mut items: Vec<Item> = Vec::new();
    let mut i = 0;
    let mut negate_next: Option<usize> = None;
    while i < chars.len() {
        let c = chars[i];
        if c.is_whitespace() || c == '(' || c == ')' {
            i += 1;
            continue;
        }
        let start = i;
        let mut negated = false;
        if c == '-' && chars.get(i + 1).is_some_and(|n| !n.is_whitespace()) {
            negated = true;
            i += 1;
        }
        if let Some(at) = negate_next.take() {
            if negated {
                return Err(QueryError {
                    message: "NOT and - both exclude: use one of them".into(),
                    at,
                });
            }
            negated = true;
        }
        // A field name: letters up to a colon, when it names a known field.
        let field = read_field(&chars, i);
        let (column, field_name) = match field {
            Some((name, after)) => {
                let lower = name.to_lowercase();
                if let Some(&(_, column)) = TEXT_FIELDS.iter().find(|(f, _)| *f == lower) {
                    i = after;
                    (Some(column), Some(lower))
                } else if matches!(lower.as_str(), "published" | "captured" | "has") {
                    i = after;
                    (None, Some(lower))
                } else {
                    (None, None)
                }
            }
            None => (None, None),
        };
        if field_name.is_some() && (i >= chars.len() || chars[i].is_whitespace()) {
            return Err(QueryError {
                message: format!(
                    "{}: needs something after the colon, e.g. {}",
                    field_name.as_deref().unwrap_or_default(),
                    example_for(field_name.as_deref().unwrap_or_default())
                ),
                at: start,
            });
        }
        // The value: a quoted phrase or a bare word.
        let (text, prefix, end) = if chars[i] == '"' {
            let close = chars[i + 1..].iter().position(|&c| c == '"');
            let Some(close) = close else {
                return Err(QueryError {
                    message: "this phrase has no closing quote (\")".into(),
                    at: i,
                });
            };
            let text: String = chars[i + 1..i + 1 + close].iter().collect();
            let mut end = i + close + 2;
            let prefix = chars.get(end) == Some(&'*');
            if prefix {
                end += 1;
            }
            (text, prefix, end)
        } else {
            let mut end = i;
            while end < chars.len() && !chars[end].is_whitespace() && chars[end] != ')' {
                end += 1;
            }
            let word: String = chars[i..end].iter().collect();
            let prefix = word.ends_with('*') && word.trim_end_matches('*').chars().any(is_token);
            (word.trim_end_matches('*').to_string(), prefix, end)
        };
        i = end;
        match field_name.as_deref() {
            Some("published") | Some("captured") => {
                if negated {
                    return Err(QueryError {
                        message:
                            "dates cannot be excluded: use published:<… or published:>… instead"
                                .into(),
                        at: start,
                    });
                }
                let range = DateRange::parse(&text).map_err(|message| QueryError {
                    message: format!("{}: {message}", field_name.as_deref().unwrap_or_default()),
                    at: start,
                })?;
                let target = if field_name.as_deref() == Some("published") {
                    &mut parsed.published
                } else {
                    &mut parsed.captured
                };
                *target = target.intersect(&range);
                continue;
            }
            Some("has") => {
                let value = match text.to_lowercase().as_str() {
                    "photos" | "photo" | "images" => &mut parsed.has_photos,
                    "annotations" | "annotation" | "notes" | "highlights" => {
                        &mut parsed.has_annotations
                    }
                    other => {
                        return Err(QueryError {
                            message: format!(
                                "has:{other} is not known: use has:photos or has:annotations"
                            ),
                            at: start,
                        })
                    }
                };
                *value = Some(!negated);
                continue;
            }
            _ => {}
        }
        if column.is_none() && !negated && text == "OR" && !prefix {
            items.push(Item::Or { at: start });
            continue;
        }
        if column.is_none() && !negated && !prefix && (text == "AND") {
            continue;
        }
        if column.is_none() && !negated && !prefix && text == "NOT" {
            negate_next = Some(start);
            continue;
        }
        if !text.chars().any(is_token) {
            continue; // punctuation only: nothing FTS5 could match
        }
        if !negated {
            match column {
                Some("captions") => parsed.caption_words.push(text.clone()),
                Some("credits") => parsed.credit_words.push(text.clone()),
                _ => {}
            }
        }
        items.push(Item::Term {
            term: Term {
                column,
                text,
                prefix,
            },
            negated,
        });
    }
    if let Some(at) = negate_next {
        return Err(QueryError {
            message: "NOT needs a word after it".into(),
            at,
        });
    }
    if let Some((fts, phrases)) = build_expression(items)? {
        parsed.fts = Some(fts);
        parsed.phrases = phrases;
    }
    Ok(parsed)
}

/// Groups `a OR b` chains, ANDs the groups and appends exclusions as `NOT`; with the
/// expression, its phrases in the order written.
fn build_expression(items: Vec<Item>) -> Result<Option<(String, Vec<String>)>, QueryError> {
    let mut groups: Vec<Vec<Term>> = Vec::new();
    let mut excluded: Vec<Term> = Vec::new();
    let mut pending_or: Option<usize> = None;
    let mut last_was_positive = false;
    for item in items {
        match item {
            Item::Or { at } => {
                if !last_was_positive || pending_or.is_some() {
                    return Err(QueryError {
                        message: "OR needs a word on each side, e.g. Kosovo OR Serbia".into(),
                        at,
                    });
                }
                pending_or = Some(at);
            }
            Item::Term { term, negated } => {
                if negated {
                    if let Some(at) = pending_or {
                        return Err(QueryError {
                            message: "OR cannot join an exclusion: write -word on its own".into(),
                            at,
                        });
                    }
                    excluded.push(term);
                    last_was_positive = false;
                    continue;
                }
                match (pending_or.take(), groups.last_mut()) {
                    (Some(_), Some(group)) => group.push(term),
                    _ => groups.push(vec![term]),
                }
                last_was_positive = true;
            }
        }
    }
    if let Some(at) = pending_or {
        return Err(QueryError {
            message: "OR needs a word on each side, e.g. Kosovo OR Serbia".into(),
            at,
        });
    }
    if groups.is_empty() {
        if excluded.is_empty() {
            return Ok(None);
        }
        return Err(QueryError {
            message: "a search needs at least one word to look for besides the excluded ones"
                .into(),
            at: 0,
        });
    }
    let group_text = |group: &[Term]| -> String {
        if group.len() == 1 {
            group[0].to_fts()
        } else {
            let parts: Vec<String> = group.iter().map(Term::to_fts).collect();
            format!("({})", parts.join(" OR "))
        }
    };
    let mut expression = groups
        .iter()
        .map(|g| group_text(g))
        .collect::<Vec<_>>()
        .join(" AND ");
    if !excluded.is_empty() {
        expression = format!("({expression})");
        for term in &excluded {
            expression.push_str(" NOT ");
            expression.push_str(&term.to_fts());
        }
    }
    let phrases = groups
        .iter()
        .flatten()
        .chain(&excluded)
        .map(Term::to_fts)
        .collect();
    Ok(Some((expression, phrases)))
}

/// `name:` at `i` (letters only), returning the name and the index after the colon.
fn read_field(chars: &[char], i: usize) -> Option<(String, usize)> {
    let mut end = i;
    while end < chars.len() && chars[end].is_ascii_alphabetic() {
        end += 1;
    }
    if end > i && chars.get(end) == Some(&':') {
        Some((chars[i..end].iter().collect(), end + 1))
    } else {
        None
    }
}

fn example_for(field: &str) -> &'static str {
    match field {
        "published" | "captured" => "published:2022-08 or published:>2022-01-01",
        "has" => "has:photos",
        "credit" => "credit:Reuters",
        "author" | "by" => "author:\"Jane Doe\"",
        "site" => "site:BBC",
        _ => "title:Kosovo",
    }
}

/// Characters the `unicode61` tokenizer keeps in tokens.
fn is_token(c: char) -> bool {
    c.is_alphanumeric()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fts(q: &str) -> String {
        parse(q).unwrap().fts.unwrap_or_default()
    }

    #[test]
    fn phrases_are_listed_in_the_order_the_expression_holds_them() {
        let parsed = parse(r#"-russia title:kosovo OR serbia "to the" bord*"#).unwrap();
        assert_eq!(
            parsed.fts.as_deref(),
            Some(r#"(({title} : "kosovo" OR "serbia") AND "to the" AND "bord" *) NOT "russia""#)
        );
        assert_eq!(
            parsed.phrases,
            [
                r#"{title} : "kosovo""#,
                r#""serbia""#,
                r#""to the""#,
                r#""bord" *"#,
                r#""russia""#
            ]
        );
    }

    #[test]
    fn words_are_quoted_and_anded() {
        assert_eq!(fts("kosovo border"), r#""kosovo" AND "border""#);
        assert_eq!(fts("  Vučić  "), r#""Vučić""#);
    }

    #[test]
    fn phrases_prefixes_and_fields() {
        assert_eq!(fts(r#""central bank""#), r#""central bank""#);
        assert_eq!(fts("kos*"), r#""kos" *"#);
        assert_eq!(fts(r#""new yo"*"#), r#""new yo" *"#);
        assert_eq!(fts("title:Kosovo"), r#"{title} : "Kosovo""#);
        assert_eq!(
            fts(r#"author:"Jane Doe" credit:reut*"#),
            r#"{authors} : "Jane Doe" AND {credits} : "reut" *"#
        );
        assert_eq!(fts("TITLE:x"), r#"{title} : "x""#);
    }

    #[test]
    fn or_binds_tighter_than_and() {
        assert_eq!(
            fts("kosovo OR serbia border"),
            r#"("kosovo" OR "serbia") AND "border""#
        );
        assert_eq!(fts("a OR b OR c"), r#"("a" OR "b" OR "c")"#);
        // lower-case "or" is a word
        assert_eq!(fts("this or that"), r#""this" AND "or" AND "that""#);
    }

    #[test]
    fn exclusions_follow_not() {
        assert_eq!(fts("kosovo -serbia"), r#"("kosovo") NOT "serbia""#);
        assert_eq!(
            fts("kosovo NOT serbia -credit:AFP"),
            r#"("kosovo") NOT "serbia" NOT {credits} : "AFP""#
        );
        let err = parse("-serbia").unwrap_err();
        assert!(err.message.contains("at least one word"), "{err}");
    }

    #[test]
    fn unknown_fields_are_words() {
        assert_eq!(fts("10:30 foo:bar"), r#""10:30" AND "foo:bar""#);
    }

    #[test]
    fn hostile_input_never_leaks_syntax() {
        for q in [
            r#"a" OR 1=1 --"#,
            "NEAR(a b)",
            "^start",
            "title:\"x\"\" y\"",
            "'; DROP TABLE article; --",
            "* ** ***",
            "{title}:x",
            "a AND AND b",
            "col:umn:\"x\"",
            "-",
            "- -",
            "\u{0}\u{202e}",
        ] {
            match parse(q) {
                Ok(p) => {
                    if let Some(f) = p.fts {
                        // Every double quote the user typed is inside a quoted string,
                        // doubled: the count of quotes is even.
                        assert_eq!(f.matches('"').count() % 2, 0, "{q} -> {f}");
                    }
                }
                Err(e) => assert!(!e.message.is_empty(), "{q}"),
            }
        }
        assert_eq!(
            fts(r#"say "a""b""#),
            r#""say" AND "a""#.to_string() + r#" AND "b""#
        );
        assert_eq!(fts("* ** ***"), "");
    }

    #[test]
    fn malformed_queries_explain_themselves() {
        let cases = [
            ("\"open phrase", "closing quote"),
            ("OR kosovo", "OR needs a word"),
            ("kosovo OR", "OR needs a word"),
            ("a OR OR b", "OR needs a word"),
            ("title:", "needs something after the colon"),
            ("published:august", "published:"),
            ("published:2022-13", "published:"),
            ("has:colour", "has:photos"),
            ("kosovo NOT", "NOT needs a word"),
        ];
        for (q, expected) in cases {
            let err = parse(q).expect_err(q);
            assert!(err.message.contains(expected), "{q}: {}", err.message);
        }
        assert_eq!(parse("a \"b").unwrap_err().at, 2);
    }

    #[test]
    fn filters_come_out_of_the_text() {
        let p = parse("kosovo published:2022-08 has:photos -has:annotations").unwrap();
        assert_eq!(p.fts.as_deref(), Some(r#""kosovo""#));
        assert_eq!(p.has_photos, Some(true));
        assert_eq!(p.has_annotations, Some(false));
        assert_eq!(
            p.published,
            DateRange {
                from: Some(DateBound("2022-08".into())),
                until: Some(DateBound("2022-09".into())),
            }
        );
        let only_filters = parse("published:>2022-01-01").unwrap();
        assert_eq!(only_filters.fts, None);
        assert_eq!(
            only_filters.published.from,
            Some(DateBound("2022-01-02".into()))
        );
    }

    #[test]
    fn photo_words_are_collected_for_the_gallery() {
        let p = parse("credit:Reuters caption:\"border crossing\" -credit:AFP").unwrap();
        assert_eq!(p.credit_words, vec!["Reuters"]);
        assert_eq!(p.caption_words, vec!["border crossing"]);
    }
}
