//! The list, filters, facets, search and gallery over a small library written straight
//! into SQLite (so every field is known), then indexed with `rebuild_search_index`.

use std::collections::HashSet;

use cuttings_core::capture::ImportRequest;
use cuttings_core::model::{ArticleSummary, Filter, ListQuery, SortOrder};
use cuttings_core::search::{MARK_END, MARK_START, MAX_PAGE, RANK_WINDOW};
use cuttings_core::store::StoreError;
use cuttings_core::Library;
use rusqlite::{params, Connection};

/// One synthetic article.
#[derive(Clone, Default)]
struct Doc {
    title: &'static str,
    body: &'static str,
    site: Option<&'static str>,
    section: &'static [&'static str],
    published: Option<&'static str>,
    genre: Option<&'static str>,
    language: Option<&'static str>,
    authors: &'static [&'static str],
    /// (caption, credit)
    photos: &'static [(&'static str, &'static str)],
    tags: &'static [&'static str],
    notes: &'static [&'static str],
}

/// A library folder holding `docs` (ids 1..=n, captured in order) and its connection.
struct Fixture {
    _dir: tempfile::TempDir,
    lib: Library,
}

fn fixture(docs: &[Doc]) -> Fixture {
    let dir = tempfile::tempdir().unwrap();
    drop(Library::open(dir.path()).unwrap());
    let conn = Connection::open(dir.path().join("library.sqlite")).unwrap();
    write_docs(&conn, docs, 0);
    drop(conn);
    let lib = Library::open(dir.path()).unwrap();
    lib.rebuild_search_index().unwrap();
    Fixture { _dir: dir, lib }
}

fn write_docs(conn: &Connection, docs: &[Doc], first_index: usize) {
    conn.execute_batch("BEGIN").unwrap();
    for (i, d) in docs.iter().enumerate() {
        let n = first_index + i;
        let captured = format!(
            "2024-01-{:02}T{:02}:{:02}:00Z",
            1 + (n / 1440) % 28,
            (n / 60) % 24,
            n % 60
        );
        conn.execute(
            "INSERT INTO article (title, standfirst, authors, published, site_name, section,
                section_path, genre, language, body_html, body_text, word_count, created_at,
                updated_at, last_captured_at)
             VALUES (?1, NULL, ?2, ?3, ?4, ?5, ?6, ?7, ?8, '<p>x</p>', ?9, 10, ?10, ?10, ?10)",
            params![
                d.title,
                serde_json::to_string(d.authors).unwrap(),
                d.published,
                d.site,
                serde_json::to_string(d.section).unwrap(),
                Some(d.section.join(" / ")).filter(|s| !s.is_empty()),
                d.genre,
                d.language,
                d.body,
                captured
            ],
        )
        .unwrap();
        let id = conn.last_insert_rowid();
        conn.execute(
            "INSERT INTO blob (sha256, size, bytes, created_at) VALUES (?1, 1, x'00', ?2)",
            params![format!("{id:064x}"), captured],
        )
        .unwrap();
        conn.execute(
            "INSERT INTO capture (article_id, captured_at, kind, original_blob_id, extractor_version)
             VALUES (?1, ?2, 'text', ?3, 'test')",
            params![id, captured, conn.last_insert_rowid()],
        )
        .unwrap();
        for (position, (caption, credit)) in d.photos.iter().enumerate() {
            conn.execute(
                "INSERT INTO photo (article_id, position, caption, credit, missing_reason)
                 VALUES (?1, ?2, ?3, ?4, 'test')",
                params![id, position as i64, caption, credit],
            )
            .unwrap();
        }
        for path in d.tags {
            conn.execute(
                "INSERT OR IGNORE INTO tag (path, created_at) VALUES (?1, ?2)",
                params![path, captured],
            )
            .unwrap();
            conn.execute(
                "INSERT INTO article_tag (article_id, tag_id) SELECT ?1, id FROM tag WHERE path = ?2",
                params![id, path],
            )
            .unwrap();
        }
        for (k, note) in d.notes.iter().enumerate() {
            conn.execute(
                "INSERT INTO annotation (uuid, article_id, target, exact, note, created_at, modified_at)
                 VALUES (?1, ?2, 'body', 'x', ?3, ?4, ?4)",
                params![format!("{id}-{k}"), id, note, captured],
            )
            .unwrap();
        }
    }
    conn.execute_batch("COMMIT").unwrap();
}

fn corpus() -> Vec<Doc> {
    vec![
        Doc {
            title: "Vučić meets envoys in Belgrade",
            body: "The Serbian president Aleksandar Vučić met European envoys on Monday.",
            site: Some("teleSUR"),
            section: &["News", "World"],
            published: Some("2022-08-01T10:32:00-04:00"),
            genre: Some("News"),
            language: Some("en"),
            authors: &["Ana Petrović"],
            photos: &[("Aleksandar Vučić in Belgrade", "Reuters")],
            tags: &["Balkans/Serbia"],
            ..Doc::default()
        },
        Doc {
            title: "Kosovo border crossing reopens",
            body: "Traffic resumed at the Jarinje border crossing between Kosovo and Serbia after the barricades came down.",
            site: Some("BBC News"),
            section: &["News", "Europe"],
            published: Some("2022-08-02"),
            language: Some("en"),
            authors: &["John Smith"],
            photos: &[
                ("Trucks wait at the Jarinje crossing", "AP Photo/Visar Kryeziu"),
                ("Police at the barricade", "Getty Images"),
            ],
            tags: &["Balkans/Kosovo"],
            notes: &["check the date of reopening"],
            ..Doc::default()
        },
        Doc {
            title: "Central bank raises rates again",
            body: "The central bank raised interest rates by half a point, its fourth rise this year. Kosovo was not mentioned.",
            site: Some("BBC News"),
            section: &["Business"],
            published: Some("2023-03-15T08:00:00Z"),
            genre: Some("Analysis"),
            language: Some("en"),
            authors: &["Mary Jones"],
            ..Doc::default()
        },
        Doc {
            title: "Climate change and the Alps",
            body: "Glaciers in the Alps lost a record share of their ice. Climate change is the cause, scientists say.",
            site: Some("Le Monde"),
            section: &["Planète"],
            published: None,
            language: Some("fr-FR"),
            photos: &[("A glacier above Zermatt", "AFP")],
            tags: &["Climate"],
            ..Doc::default()
        },
        Doc {
            title: "Pristina prepares for elections",
            body: "In Pristina, parties began campaigning; the border question with Serbia dominates.",
            site: None,
            section: &[],
            published: Some("2021-12-30"),
            // Declared with its region: counted and filtered as English all the same.
            language: Some("en-US"),
            tags: &["Balkans"],
            ..Doc::default()
        },
    ]
}

fn ids(items: &[ArticleSummary]) -> Vec<i64> {
    items.iter().map(|s| s.id).collect()
}

fn search(lib: &Library, q: &str) -> Vec<i64> {
    ids(&lib.list(&query(q), None, 50).unwrap().items)
}

fn query(search: &str) -> ListQuery {
    ListQuery {
        search: search.into(),
        ..ListQuery::default()
    }
}

fn filtered(filter: Filter) -> ListQuery {
    ListQuery {
        filter,
        ..ListQuery::default()
    }
}

/// Every page of a query, checking the page size and that no row repeats.
fn all_pages(lib: &Library, q: &ListQuery, size: u32) -> Vec<i64> {
    let mut seen = Vec::new();
    let mut after: Option<String> = None;
    loop {
        let page = lib.list(q, after.as_deref(), size).unwrap();
        assert!(page.items.len() <= size as usize);
        seen.extend(ids(&page.items));
        match page.next {
            Some(next) => after = Some(next),
            None => break,
        }
        assert!(seen.len() < 100_000, "paging does not end");
    }
    let unique: HashSet<_> = seen.iter().collect();
    assert_eq!(unique.len(), seen.len(), "a row repeated: {seen:?}");
    seen
}

/// Every page of a query walked up from its end with `list_before`, in list order.
fn all_pages_from_the_end(lib: &Library, q: &ListQuery, size: u32) -> Vec<i64> {
    let mut seen: Vec<i64> = Vec::new();
    let mut before: Option<String> = None;
    loop {
        let page = lib.list_before(q, before.as_deref(), size).unwrap();
        assert!(page.items.len() <= size as usize);
        let mut rows = ids(&page.items);
        rows.extend(seen);
        seen = rows;
        match page.next {
            Some(next) => before = Some(next),
            None => break,
        }
        assert!(seen.len() < 100_000, "paging does not end");
    }
    seen
}

#[test]
fn the_list_pages_up_from_its_end_to_the_same_rows() {
    let f = fixture(&corpus());
    let lib = &f.lib;
    let sorts = [
        SortOrder::Captured,
        SortOrder::Relevance,
        SortOrder::Published,
        SortOrder::Title,
        SortOrder::Site,
    ];
    let mut queries: Vec<ListQuery> = sorts
        .iter()
        .map(|&sort| ListQuery {
            sort,
            ..ListQuery::default()
        })
        .collect();
    queries.push(filtered(Filter {
        languages: vec!["en".into()],
        ..Filter::default()
    }));
    queries.push(query("kosovo OR climate"));
    queries.push(ListQuery {
        sort: SortOrder::Title,
        ..query("kosovo OR climate")
    });
    for q in &queries {
        let down = all_pages(lib, q, 10);
        assert!(!down.is_empty(), "{q:?}");
        for size in [1, 2, 3] {
            assert_eq!(
                all_pages_from_the_end(lib, q, size),
                down,
                "{q:?} by {size}"
            );
        }
        // The last page alone is the list's tail.
        let tail = lib.list_before(q, None, 2).unwrap();
        assert_eq!(
            ids(&tail.items),
            down[down.len().saturating_sub(2)..].to_vec()
        );
        assert_eq!(tail.next.is_some(), down.len() > 2);
    }
    // A token of one direction is not taken for the other's kind of position.
    let search_token = lib
        .list_before(&query("kosovo OR climate"), None, 1)
        .unwrap()
        .next
        .unwrap();
    assert!(lib
        .list_before(&ListQuery::default(), Some(&search_token), 1)
        .is_err());
}

#[test]
fn every_sort_pages_completely_in_order() {
    let f = fixture(&corpus());
    let lib = &f.lib;
    let sorted = |sort| {
        all_pages(
            lib,
            &ListQuery {
                sort,
                ..ListQuery::default()
            },
            2,
        )
    };
    assert_eq!(sorted(SortOrder::Captured), vec![5, 4, 3, 2, 1]);
    assert_eq!(sorted(SortOrder::Relevance), vec![5, 4, 3, 2, 1]);
    // Newest publication first; the undated article last.
    assert_eq!(sorted(SortOrder::Published), vec![3, 2, 1, 5, 4]);
    // A to Z, case-insensitively.
    assert_eq!(sorted(SortOrder::Title), vec![3, 4, 2, 5, 1]);
    // No site first, then A to Z, newest first within a site.
    assert_eq!(sorted(SortOrder::Site), vec![5, 3, 2, 4, 1]);
}

#[test]
fn a_summary_carries_tags_counts_and_no_snippet() {
    let f = fixture(&corpus());
    let page = f.lib.list(&ListQuery::default(), None, 10).unwrap();
    let kosovo = page.items.iter().find(|s| s.id == 2).unwrap();
    assert_eq!(kosovo.photo_count, 2);
    assert_eq!(kosovo.annotation_count, 1);
    assert_eq!(kosovo.tags[0].path, "Balkans/Kosovo");
    assert_eq!(kosovo.section, vec!["News", "Europe"]);
    assert!(kosovo.snippet.is_none());
}

#[test]
fn filters_combine() {
    let f = fixture(&corpus());
    let lib = &f.lib;
    let list = |filter: Filter| {
        let mut v = all_pages(lib, &filtered(filter), 10);
        v.sort_unstable();
        v
    };
    // A tag includes its sub-tags; a sibling prefix ("Balkan") does not match.
    assert_eq!(
        list(Filter {
            tags: vec!["balkans".into()],
            ..Filter::default()
        }),
        vec![1, 2, 5]
    );
    assert_eq!(
        list(Filter {
            tags: vec!["Balkans/Kosovo".into()],
            ..Filter::default()
        }),
        vec![2]
    );
    assert!(list(Filter {
        tags: vec!["Balkan".into()],
        ..Filter::default()
    })
    .is_empty());
    assert_eq!(
        list(Filter {
            sites: vec!["BBC News".into(), "Le Monde".into()],
            ..Filter::default()
        }),
        vec![2, 3, 4]
    );
    assert_eq!(
        list(Filter {
            sections: vec!["News".into()],
            ..Filter::default()
        }),
        vec![1, 2]
    );
    assert_eq!(
        list(Filter {
            sections: vec!["News / World".into()],
            ..Filter::default()
        }),
        vec![1]
    );
    assert_eq!(
        list(Filter {
            genres: vec!["Analysis".into()],
            ..Filter::default()
        }),
        vec![3]
    );
    assert_eq!(
        list(Filter {
            languages: vec!["fr".into()],
            ..Filter::default()
        }),
        vec![4]
    );
    // A language is all its regional variants; a variant is itself alone.
    let mut english = list(Filter {
        languages: vec!["en".into()],
        ..Filter::default()
    });
    english.sort_unstable();
    assert_eq!(english, vec![1, 2, 3, 5]);
    assert_eq!(
        list(Filter {
            languages: vec!["en-US".into()],
            ..Filter::default()
        }),
        vec![5]
    );
    assert!(list(Filter {
        languages: vec!["e".into()],
        ..Filter::default()
    })
    .is_empty());
    assert_eq!(
        list(Filter {
            published_from: Some("2022-08".into()),
            published_to: Some("2022-08".into()),
            ..Filter::default()
        }),
        vec![1, 2]
    );
    // An open lower bound still leaves out undated articles.
    assert_eq!(
        list(Filter {
            published_to: Some("2022".into()),
            ..Filter::default()
        }),
        vec![1, 2, 5]
    );
    assert_eq!(
        list(Filter {
            captured_from: Some("2024-01-01".into()),
            ..Filter::default()
        })
        .len(),
        5
    );
    assert_eq!(
        list(Filter {
            has_photos: Some(true),
            ..Filter::default()
        }),
        vec![1, 2, 4]
    );
    assert_eq!(
        list(Filter {
            has_photos: Some(false),
            ..Filter::default()
        }),
        vec![3, 5]
    );
    assert_eq!(
        list(Filter {
            has_annotations: Some(true),
            ..Filter::default()
        }),
        vec![2]
    );
    assert_eq!(
        list(Filter {
            credit: Some("getty".into()),
            ..Filter::default()
        }),
        vec![2]
    );
    // Combined: BBC News and with photos.
    assert_eq!(
        list(Filter {
            sites: vec!["BBC News".into()],
            has_photos: Some(true),
            ..Filter::default()
        }),
        vec![2]
    );
    // A LIKE wildcard typed by the user is a literal.
    assert!(list(Filter {
        credit: Some("%".into()),
        ..Filter::default()
    })
    .is_empty());
}

#[test]
fn collections_filter() {
    let f = fixture(&corpus());
    let conn = Connection::open(f.lib.dir().join("library.sqlite")).unwrap();
    conn.execute(
        "INSERT INTO collection (id, name, created_at, modified_at) VALUES (7, 'Kosovo file', 'x', 'x')",
        [],
    )
    .unwrap();
    conn.execute(
        "INSERT INTO collection_article (collection_id, article_id, position) VALUES (7, 2, 0), (7, 5, 1)",
        [],
    )
    .unwrap();
    let mut got = all_pages(
        &f.lib,
        &filtered(Filter {
            collection: Some(7),
            ..Filter::default()
        }),
        10,
    );
    got.sort_unstable();
    assert_eq!(got, vec![2, 5]);
    let facets = f.lib.facets(&ListQuery::default()).unwrap();
    assert_eq!(facets.collections[0].value, "7");
    assert_eq!(facets.collections[0].label, "Kosovo file");
    assert_eq!(facets.collections[0].count, 2);
}

#[test]
fn a_filter_lists_the_same_rows_whether_its_matches_are_few_or_many() {
    use cuttings_core::search::list::FEW;
    // 520 copies of the corpus: 1,560 articles under Balkans (listed from their ids);
    // 1,560 with photos too, but their 2,080 photo rows are more than FEW to read, so
    // "has photos" walks the order's index.
    let docs: Vec<Doc> = corpus().into_iter().cycle().take(2_600).collect();
    let f = fixture(&docs);
    let conn = Connection::open(f.lib.dir().join("library.sqlite")).unwrap();
    conn.execute_batch(
        "INSERT INTO collection (id, name, created_at, modified_at) VALUES (7, 'File', 'x', 'x');
         INSERT INTO collection_article (collection_id, article_id, position)
         VALUES (7, 2, 0), (7, 1203, 1), (7, 2599, 2);",
    )
    .unwrap();
    let member_sql = [
        (
            Filter {
                tags: vec!["balkans".into()],
                ..Filter::default()
            },
            "SELECT at.article_id FROM article_tag at JOIN tag t ON t.id = at.tag_id
              WHERE t.path = 'Balkans' OR t.path LIKE 'Balkans/%'",
            true,
        ),
        (
            Filter {
                has_photos: Some(true),
                ..Filter::default()
            },
            "SELECT article_id FROM photo",
            false,
        ),
        (
            Filter {
                credit: Some("getty".into()),
                sites: vec!["BBC News".into()],
                ..Filter::default()
            },
            "SELECT p.article_id FROM photo p JOIN article a ON a.id = p.article_id
              WHERE p.credit LIKE '%getty%' AND a.site_name = 'BBC News'",
            true,
        ),
        (
            Filter {
                tags: vec!["Balkans".into()],
                has_annotations: Some(false),
                ..Filter::default()
            },
            "SELECT at.article_id FROM article_tag at JOIN tag t ON t.id = at.tag_id
              WHERE (t.path = 'Balkans' OR t.path LIKE 'Balkans/%')
                AND at.article_id NOT IN (SELECT article_id FROM annotation)",
            true,
        ),
        (
            Filter {
                collection: Some(7),
                ..Filter::default()
            },
            "SELECT article_id FROM collection_article WHERE collection_id = 7",
            true,
        ),
        // Found through the language index: more than FEW, walked.
        (
            Filter {
                languages: vec!["en".into()],
                ..Filter::default()
            },
            "SELECT id FROM article WHERE language = 'en' OR language GLOB 'en-*'",
            false,
        ),
        // Few through the index (1,040 articles), though the photos are many.
        (
            Filter {
                sites: vec!["BBC News".into()],
                has_photos: Some(true),
                ..Filter::default()
            },
            "SELECT id FROM article WHERE site_name = 'BBC News'
                AND id IN (SELECT article_id FROM photo)",
            true,
        ),
        // Nothing to count them by: as SQLite plans it.
        (
            Filter {
                has_photos: Some(false),
                ..Filter::default()
            },
            "SELECT id FROM article WHERE id NOT IN (SELECT article_id FROM photo)",
            false,
        ),
    ];
    let sorts = [
        SortOrder::Captured,
        SortOrder::Published,
        SortOrder::Title,
        SortOrder::Site,
    ];
    for (filter, sql, few) in member_sql {
        let members: HashSet<i64> = conn
            .prepare(sql)
            .unwrap()
            .query_map([], |r| r.get(0))
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap();
        assert!(
            !members.is_empty() && (!few || members.len() <= FEW),
            "{filter:?}"
        );
        for sort in sorts {
            let whole = all_pages(
                &f.lib,
                &ListQuery {
                    sort,
                    ..ListQuery::default()
                },
                MAX_PAGE,
            );
            let expected: Vec<i64> = whole
                .into_iter()
                .filter(|id| members.contains(id))
                .collect();
            let q = ListQuery {
                sort,
                filter: filter.clone(),
                ..ListQuery::default()
            };
            assert_eq!(all_pages(&f.lib, &q, 97), expected, "{q:?}");
            assert_eq!(all_pages_from_the_end(&f.lib, &q, 97), expected, "{q:?}");
            let plan = f.lib.query_plan(&q).unwrap().join("\n");
            assert_eq!(plan.contains("json_each"), few, "{q:?}: {plan}");
        }
        // The gallery shows the photos of the same articles (a credit filter also picks
        // which of their photos).
        if filter.credit.is_none() {
            let expected: Vec<(i64, i64)> = all_photos(&f.lib, &ListQuery::default())
                .into_iter()
                .filter(|(_, article)| members.contains(article))
                .collect();
            assert_eq!(all_photos(&f.lib, &filtered(filter.clone())), expected);
        }
    }
}

/// Every page of the gallery as (photo, article) ids.
fn all_photos(lib: &Library, q: &ListQuery) -> Vec<(i64, i64)> {
    let mut seen = Vec::new();
    let mut after: Option<String> = None;
    loop {
        let page = lib.photos(q, after.as_deref(), 89).unwrap();
        seen.extend(page.items.iter().map(|p| (p.id, p.article_id)));
        match page.next {
            Some(next) => after = Some(next),
            None => return seen,
        }
        assert!(seen.len() < 100_000, "paging does not end");
    }
}

#[test]
fn search_finds_words_without_diacritics_phrases_prefixes_and_fields() {
    let f = fixture(&corpus());
    let lib = &f.lib;
    assert_eq!(search(lib, "Vucic"), vec![1]);
    assert_eq!(search(lib, "vučić belgrade"), vec![1]);
    assert_eq!(search(lib, "\"border crossing\""), vec![2]);
    assert_eq!(search(lib, "glaci*"), vec![4]);
    let mut either = search(lib, "glaciers OR barricades");
    either.sort_unstable();
    assert_eq!(either, vec![2, 4]);
    assert_eq!(search(lib, "border -Pristina"), vec![2]);
    assert_eq!(search(lib, "title:kosovo"), vec![2]);
    assert_eq!(search(lib, "author:petrovic"), vec![1]);
    assert_eq!(search(lib, "caption:zermatt"), vec![4]);
    assert_eq!(search(lib, "credit:reuters"), vec![1]);
    assert_eq!(search(lib, "site:monde"), vec![4]);
    assert_eq!(search(lib, "section:business"), vec![3]);
    let mut tagged = search(lib, "tag:balkans border");
    tagged.sort_unstable();
    assert_eq!(tagged, vec![2, 5]);
    assert_eq!(search(lib, "note:reopening"), vec![2]);
    assert_eq!(search(lib, "kosovo published:2022"), vec![2]);
    assert_eq!(search(lib, "kosovo has:photos"), vec![2]);
    assert!(search(lib, "kosovo has:annotations published:2023").is_empty());
    // Filters written in the search text alone list without ranking.
    assert_eq!(search(lib, "published:2022-08"), vec![2, 1]);
    // A query with only punctuation lists everything.
    assert_eq!(search(lib, "…").len(), 5);
}

#[test]
fn title_and_caption_matches_rank_above_body_matches() {
    let f = fixture(&corpus());
    // "Kosovo" is in article 2's title and body, in article 3's body only.
    let hits = search(&f.lib, "kosovo");
    assert_eq!(hits[0], 2, "{hits:?}");
    assert!(hits.contains(&3));
    // "Belgrade" is in article 1's title and caption.
    assert_eq!(search(&f.lib, "belgrade")[0], 1);
}

#[test]
fn snippets_mark_the_matched_words() {
    let f = fixture(&corpus());
    let page = f.lib.list(&query("barricades"), None, 5).unwrap();
    let snippet = page.items[0].snippet.as_deref().unwrap();
    assert!(
        snippet.contains(&format!("{MARK_START}barricades{MARK_END}")),
        "{snippet}"
    );
    // A hostile title or body is text in the snippet: nothing is turned into markup.
    let f = fixture(&[Doc {
        title: "Markup",
        body: "A <img src=x onerror=alert(1)> payload about sieges.",
        ..Doc::default()
    }]);
    let snippet = f.lib.list(&query("sieges"), None, 5).unwrap().items[0]
        .snippet
        .clone()
        .unwrap();
    assert!(
        snippet.contains("<img src=x onerror=alert(1)>"),
        "{snippet}"
    );
}

#[test]
fn a_snippet_shows_text_the_row_does_not_already_show() {
    let f = fixture(&corpus());
    let snippet_of = |q: &str, title: &str| -> String {
        let page = f.lib.list(&query(q), None, 20).unwrap();
        let row = page.items.iter().find(|r| r.title == title).unwrap();
        row.snippet.clone().unwrap_or_default()
    };
    // Found through a tag only: the body's opening words, not the tag path the row's chips show.
    let by_tag = snippet_of("balkans", "Vučić meets envoys in Belgrade");
    assert!(by_tag.starts_with("The Serbian president"), "{by_tag}");
    assert!(
        !by_tag.contains(MARK_START) && !by_tag.contains("Balkans"),
        "{by_tag}"
    );
    // Found in a caption only: the caption, marked.
    let by_caption = snippet_of("zermatt", "Climate change and the Alps");
    assert!(
        by_caption.contains(&format!("{MARK_START}Zermatt{MARK_END}")),
        "{by_caption}"
    );
    // Found in a credit only: the credit, marked.
    let by_credit = snippet_of("getty", "Kosovo border crossing reopens");
    assert!(
        by_credit.contains(&format!("{MARK_START}Getty{MARK_END}")),
        "{by_credit}"
    );
    // In the body and the title: the body, marked.
    let in_body = snippet_of("glaciers", "Climate change and the Alps");
    assert!(
        in_body.contains(&format!("{MARK_START}Glaciers{MARK_END}")),
        "{in_body}"
    );
}

#[test]
fn hostile_and_malformed_searches_never_reach_sqlite_as_errors() {
    let f = fixture(&corpus());
    for q in [
        "\"",
        "\"\"",
        "*",
        "-",
        "OR",
        "NOT",
        "AND",
        "(",
        ")",
        "{title}",
        "title:",
        "NEAR(a b)",
        "a\" OR \"b",
        "'; DROP TABLE article; --",
        "col:x",
        "^kosovo",
        "kosovo^",
        "k*o*s",
        "has:",
        "published:",
        "published:>",
        "published:2022-02-30",
        "\u{0}",
        "\u{202e}kosovo",
        "title:\"",
        "-\"\"",
        "OR OR",
        "a OR",
        "-kosovo",
        "--kosovo",
        "kosovo -",
    ] {
        match f.lib.list(&query(q), None, 20) {
            Ok(_) => {}
            Err(StoreError::InvalidQuery(e)) => assert!(!e.message.is_empty(), "{q}"),
            Err(other) => panic!("{q:?} gave a storage error: {other}"),
        }
        match f.lib.facets(&query(q)) {
            Ok(_) | Err(StoreError::InvalidQuery(_)) => {}
            Err(other) => panic!("facets of {q:?} gave a storage error: {other}"),
        }
    }
    let err = f.lib.list(&query("\"open"), None, 20).unwrap_err();
    assert!(err.to_string().contains("closing quote"), "{err}");
    // A made-up cursor is a clear error, not a panic.
    let err = f
        .lib
        .list(&ListQuery::default(), Some("{not a cursor"), 20)
        .unwrap_err();
    assert!(err.to_string().contains("start from the top"), "{err}");
}

#[test]
fn search_results_page_without_repeats() {
    let docs: Vec<Doc> = (0..45)
        .map(|_| Doc {
            title: "Harbour report",
            body: "The harbour was busy; ships came and went from the harbour all day.",
            ..Doc::default()
        })
        .collect();
    let f = fixture(&docs);
    let got = all_pages(&f.lib, &query("harbour"), 20);
    assert_eq!(got.len(), 45);
    let by_date = all_pages(
        &f.lib,
        &ListQuery {
            search: "harbour".into(),
            sort: SortOrder::Captured,
            ..ListQuery::default()
        },
        20,
    );
    let mut expected: Vec<i64> = (1..=45).collect();
    expected.reverse();
    assert_eq!(by_date, expected);
}

#[test]
fn a_common_word_is_ranked_over_its_newest_matches() {
    let n = RANK_WINDOW as usize + 30;
    let mut docs: Vec<Doc> = (0..n)
        .map(|_| Doc {
            title: "Weather",
            body: "Rain again today over the hills.",
            ..Doc::default()
        })
        .collect();
    // The oldest article is the best match, but outside the window of newest matches.
    docs[0] = Doc {
        title: "Rain rain rain",
        body: "Rain, rain and more rain.",
        ..Doc::default()
    };
    // A strong match inside the window.
    docs[n - 5] = docs[0].clone();
    let f = fixture(&docs);
    let first = search(&f.lib, "rain");
    assert_eq!(first[0], (n - 4) as i64);
    assert!(!first.contains(&1));
    let facets = f.lib.facets(&query("rain")).unwrap();
    assert!(facets.truncated);
    assert_eq!(facets.total, RANK_WINDOW as u64);
    // A rare word is ranked over all of its matches.
    let f2 = facets_of_rare(&f.lib);
    assert!(!f2);
}

fn facets_of_rare(lib: &Library) -> bool {
    lib.facets(&query("hills -today")).unwrap().truncated
}

#[test]
fn facets_count_the_matching_articles() {
    let f = fixture(&corpus());
    let all = f.lib.facets(&ListQuery::default()).unwrap();
    assert_eq!(all.total, 5);
    assert!(!all.truncated);
    let count = |values: &[cuttings_core::model::FacetValue], v: &str| {
        values.iter().find(|x| x.value == v).map(|x| x.count)
    };
    assert_eq!(count(&all.sites, "BBC News"), Some(2));
    assert_eq!(all.sites[0].value, "BBC News", "most frequent first");
    assert_eq!(count(&all.sections, "News / Europe"), Some(1));
    assert_eq!(count(&all.languages, "en"), Some(4));
    assert_eq!(count(&all.languages, "fr"), Some(1));
    assert_eq!(
        all.languages.len(),
        2,
        "one entry a language: {:?}",
        all.languages
    );
    assert_eq!(count(&all.genres, "Analysis"), Some(1));
    assert_eq!(count(&all.published_years, "2022"), Some(2));
    assert_eq!(all.published_years[0].value, "2023", "years newest first");
    // A parent tag counts its sub-tags' articles once each.
    assert_eq!(count(&all.tags, "Balkans"), Some(3));
    assert_eq!(count(&all.tags, "Balkans/Kosovo"), Some(1));
    let conn = Connection::open(f.lib.dir().join("library.sqlite")).unwrap();
    conn.execute(
        "UPDATE tag SET colour = '#c0392b' WHERE path = 'Balkans'",
        [],
    )
    .unwrap();
    let coloured = f.lib.facets(&ListQuery::default()).unwrap();
    let balkans = coloured.tags.iter().find(|t| t.value == "Balkans").unwrap();
    assert_eq!(balkans.colour.as_deref(), Some("#c0392b"));
    assert_eq!(all.with_photos, 3);
    assert_eq!(all.with_annotations, 1);
    let searched = f.lib.facets(&query("border")).unwrap();
    assert_eq!(searched.total, 2);
    assert_eq!(count(&searched.sites, "BBC News"), Some(1));
    let filtered = f
        .lib
        .facets(&filtered(Filter {
            sites: vec!["BBC News".into()],
            ..Filter::default()
        }))
        .unwrap();
    assert_eq!(filtered.total, 2);
    assert_eq!(count(&filtered.genres, "Analysis"), Some(1));
    // Every tag count, of the whole library and of a search, is what the list shows when
    // that tag (with its sub-tags) is added as a filter.
    for q in [
        ListQuery::default(),
        query("border"),
        query("kosovo OR climate"),
    ] {
        let facets = f.lib.facets(&q).unwrap();
        assert!(!facets.tags.is_empty(), "{q:?}");
        for tag in &facets.tags {
            let mut with_tag = q.clone();
            with_tag.filter.tags = vec![tag.value.clone()];
            let listed = all_pages(&f.lib, &with_tag, 50).len() as u64;
            assert_eq!(tag.count, listed, "{} in {q:?}", tag.value);
        }
    }
}

#[test]
fn a_tag_counts_each_article_under_it_once_whatever_the_case_and_only_under_it() {
    let tagged = |title: &'static str, tags: &'static [&'static str]| Doc {
        title,
        body: "Tagged for counting.",
        site: None,
        section: &[],
        published: None,
        genre: None,
        language: None,
        authors: &[],
        photos: &[],
        tags,
        notes: &[],
    };
    let f = fixture(&[
        tagged("Both levels", &["Balkans", "Balkans/Kosovo"]),
        tagged("Lower-case parent", &["balkans/serbia"]),
        tagged("Two sub-tags", &["Balkans/Kosovo", "balkans/serbia"]),
        // A LIKE pattern left unescaped would put `Balkans/…` under `Bal_ans`.
        tagged("Underscore", &["Bal_ans"]),
        // A longer name is not a sub-tag.
        tagged("Longer name", &["Balkans2"]),
        tagged("Untagged", &[]),
    ]);
    let count = |facets: &cuttings_core::model::Facets, tag: &str| {
        facets.tags.iter().find(|t| t.value == tag).map(|t| t.count)
    };
    let all = f.lib.facets(&ListQuery::default()).unwrap();
    assert_eq!(count(&all, "Balkans"), Some(3));
    assert_eq!(count(&all, "Balkans/Kosovo"), Some(2));
    assert_eq!(count(&all, "balkans/serbia"), Some(2));
    assert_eq!(count(&all, "Bal_ans"), Some(1));
    assert_eq!(count(&all, "Balkans2"), Some(1));
    let order: Vec<&str> = all.tags.iter().map(|t| t.value.as_str()).collect();
    assert_eq!(
        order,
        [
            "Balkans",
            "Balkans/Kosovo",
            "balkans/serbia",
            "Bal_ans",
            "Balkans2"
        ],
        "most frequent first, then by path"
    );
    // A filtered set counts only its own articles.
    let one = f
        .lib
        .facets(&filtered(Filter {
            tags: vec!["Balkans/Kosovo".into()],
            ..Filter::default()
        }))
        .unwrap();
    assert_eq!(count(&one, "Balkans"), Some(2));
    assert_eq!(count(&one, "balkans/serbia"), Some(1));
    assert_eq!(count(&one, "Bal_ans"), None);
    // And every count is what the list shows with that tag as its filter.
    for tag in &all.tags {
        let mut with_tag = ListQuery::default();
        with_tag.filter.tags = vec![tag.value.clone()];
        assert_eq!(
            tag.count,
            all_pages(&f.lib, &with_tag, 50).len() as u64,
            "{}",
            tag.value
        );
    }
}

#[test]
fn every_facet_recipe_gives_the_same_counts() {
    use cuttings_core::search::facet_walk::{values_sql, YEARS_SQL};
    use cuttings_core::search::facets::FacetRecipe;
    let f = fixture(&corpus());
    let conn = Connection::open(f.lib.dir().join("library.sqlite")).unwrap();
    conn.execute_batch(
        "INSERT INTO collection (id, name, created_at, modified_at) VALUES (7, 'Kosovo file', 'x', 'x'), (8, 'Another', 'x', 'x');
         INSERT INTO collection_article (collection_id, article_id, position) VALUES (7, 2, 0), (7, 5, 1), (8, 1, 0), (8, 2, 1);",
    )
    .unwrap();
    let with = |filter: Filter| filtered(filter);
    let queries = [
        ListQuery::default(),
        with(Filter {
            tags: vec!["Balkans".into()],
            ..Filter::default()
        }),
        with(Filter {
            sites: vec!["BBC News".into()],
            ..Filter::default()
        }),
        with(Filter {
            tags: vec!["balkans".into()],
            sites: vec!["BBC News".into()],
            ..Filter::default()
        }),
        with(Filter {
            has_photos: Some(true),
            ..Filter::default()
        }),
        with(Filter {
            collection: Some(8),
            ..Filter::default()
        }),
        with(Filter {
            published_from: Some("2022".into()),
            ..Filter::default()
        }),
        // A language with its regional variants (en-US), and a variant alone.
        with(Filter {
            languages: vec!["en".into()],
            ..Filter::default()
        }),
        with(Filter {
            languages: vec!["en-US".into(), "fr".into()],
            ..Filter::default()
        }),
        // Each source of candidates (a collection's members, notes, photo credits), alone
        // and under other conditions; `%` must not match every credit.
        with(Filter {
            has_annotations: Some(true),
            ..Filter::default()
        }),
        with(Filter {
            credit: Some("getty".into()),
            ..Filter::default()
        }),
        with(Filter {
            credit: Some("%".into()),
            ..Filter::default()
        }),
        with(Filter {
            collection: Some(7),
            tags: vec!["Balkans".into()],
            has_photos: Some(true),
            ..Filter::default()
        }),
        with(Filter {
            credit: Some("getty".into()),
            sites: vec!["BBC News".into()],
            has_annotations: Some(true),
            ..Filter::default()
        }),
        with(Filter {
            credit: Some("afp".into()),
            has_annotations: Some(false),
            ..Filter::default()
        }),
        with(Filter {
            sites: vec!["Nowhere".into()],
            ..Filter::default()
        }),
        query("border"),
        query("kosovo OR climate"),
    ];
    let mut counted = 0;
    for q in &queries {
        let auto = f.lib.facets_by(q, FacetRecipe::Auto).unwrap();
        counted += auto.total;
        for recipe in [FacetRecipe::Conditions, FacetRecipe::Ids, FacetRecipe::Walk] {
            assert_eq!(
                f.lib.facets_by(q, recipe).unwrap(),
                auto,
                "{recipe:?} for {q:?}"
            );
        }
    }
    assert!(counted > 10, "the queries match articles");
    // The walk reads each facet's index alone, never the articles' rows.
    for sql in ["site_name", "section_path", "genre", "language"]
        .map(values_sql)
        .into_iter()
        .chain([YEARS_SQL.to_string()])
    {
        let plan: Vec<String> = conn
            .prepare(&format!("EXPLAIN QUERY PLAN {sql}"))
            .unwrap()
            .query_map([], |r| r.get::<_, String>(3))
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap();
        assert!(
            plan.len() == 1 && plan[0].contains("article USING COVERING INDEX article_"),
            "{sql}: {plan:?}"
        );
    }
}

/// The whole library's facets, counted afresh on a separate connection that never
/// caches: what the cached answer must equal.
fn counted_afresh(lib: &Library) -> cuttings_core::model::Facets {
    let conn = Connection::open(lib.dir().join("library.sqlite")).unwrap();
    conn.execute("DELETE FROM facet_cache", []).unwrap();
    drop(conn);
    lib.facets(&ListQuery::default()).unwrap()
}

#[test]
fn the_whole_library_facets_are_kept_until_something_they_count_changes() {
    let f = fixture(&corpus());
    let first = f.lib.facets(&ListQuery::default()).unwrap();
    let conn = Connection::open(f.lib.dir().join("library.sqlite")).unwrap();
    let cached: i64 = conn
        .query_row("SELECT count(*) FROM facet_cache", [], |r| r.get(0))
        .unwrap();
    assert_eq!(cached, 1, "the first whole-library count is kept");

    // A second ask reads the kept counts: doctored ones show through, which proves that
    // nothing was counted.
    conn.execute(
        "UPDATE facet_cache SET facets = json_set(facets, '$.total', 999)",
        [],
    )
    .unwrap();
    assert_eq!(f.lib.facets(&ListQuery::default()).unwrap().total, 999);
    // A search or a filter is always counted.
    assert_eq!(f.lib.facets(&query("border")).unwrap().total, 2);

    // Every change a count can see makes the kept counts stale; each is checked against a
    // fresh count, and each changes what the sidebar shows.
    let changes: &[(&str, &str)] = &[
        ("a new article", "INSERT INTO article (title, site_name, body_html, body_text, word_count, created_at, updated_at, last_captured_at) VALUES ('New', 'AP', '', '', 0, '2024-02-01', '2024-02-01', '2024-02-01')"),
        ("an article's site", "UPDATE article SET site_name = 'Reuters' WHERE title = 'New'"),
        ("a tag's colour", "UPDATE tag SET colour = '#123456' WHERE path = 'Climate'"),
        ("a new tagging", "INSERT INTO article_tag (article_id, tag_id) SELECT 3, id FROM tag WHERE path = 'Climate'"),
        ("a removed tagging", "DELETE FROM article_tag WHERE article_id = 3"),
        ("a new collection of one article", "INSERT INTO collection (name, created_at, modified_at) VALUES ('Alps', '2024-02-01', '2024-02-01');
             INSERT INTO collection_article (collection_id, article_id, position) SELECT id, 4, 0 FROM collection WHERE name = 'Alps'"),
        ("an article collected", "INSERT INTO collection_article (collection_id, article_id, position) SELECT id, 5, 1 FROM collection WHERE name = 'Alps'"),
        ("a renamed collection", "UPDATE collection SET name = 'Glaciers' WHERE name = 'Alps'"),
        ("a new photo", "INSERT INTO photo (article_id, position, caption, missing_reason) VALUES (3, 0, 'Rates', 'test')"),
        ("a removed annotation", "DELETE FROM annotation"),
        ("a deleted article", "DELETE FROM article WHERE title = 'New'"),
    ];
    let mut before = f.lib.facets(&ListQuery::default()).unwrap();
    for (change, sql) in changes {
        conn.execute_batch(sql)
            .unwrap_or_else(|e| panic!("{change}: {e}"));
        let shown = f.lib.facets(&ListQuery::default()).unwrap();
        assert_ne!(shown, before, "{change} changes the counts shown");
        assert_eq!(shown, counted_afresh(&f.lib), "{change}");
        before = shown;
    }
    assert_ne!(before, first);
}

#[test]
fn counting_does_not_wait_for_another_process_writing() {
    let f = fixture(&corpus());
    let path = f.lib.dir().join("library.sqlite");
    // Another process (a CLI import) holds the write lock until the counts are back, or
    // for 3 s at most.
    let (locked_tx, locked_rx) = std::sync::mpsc::channel();
    let (done_tx, done_rx) = std::sync::mpsc::channel::<()>();
    let holder = std::thread::spawn(move || {
        let other = Connection::open(&path).unwrap();
        other.execute_batch("BEGIN IMMEDIATE").unwrap();
        locked_tx.send(()).unwrap();
        let _ = done_rx.recv_timeout(std::time::Duration::from_secs(3));
        other.execute_batch("COMMIT").unwrap();
    });
    locked_rx.recv().unwrap();
    let facets = f.lib.facets(&ListQuery::default()).unwrap();
    done_tx.send(()).unwrap();
    holder.join().unwrap();
    assert_eq!(facets.total, 5, "the counts are shown");
    // They were not kept: keeping them would have meant waiting for the other writer.
    let conn = Connection::open(f.lib.dir().join("library.sqlite")).unwrap();
    let kept: i64 = conn
        .query_row("SELECT count(*) FROM facet_cache", [], |r| r.get(0))
        .unwrap();
    assert_eq!(kept, 0);
    // Once it is done, they are kept again.
    f.lib.facets(&ListQuery::default()).unwrap();
    let kept: i64 = conn
        .query_row("SELECT count(*) FROM facet_cache", [], |r| r.get(0))
        .unwrap();
    assert_eq!(kept, 1);
}

#[test]
fn the_gallery_lists_photos_by_query_and_credit() {
    let f = fixture(&corpus());
    let lib = &f.lib;
    let everything = lib.photos(&ListQuery::default(), None, 2).unwrap();
    assert_eq!(everything.items.len(), 2);
    let rest = lib
        .photos(&ListQuery::default(), everything.next.as_deref(), 10)
        .unwrap();
    assert_eq!(rest.items.len(), 2);
    assert!(rest.next.is_none());
    let by_credit = lib.photos(&query("credit:getty"), None, 10).unwrap();
    assert_eq!(
        by_credit.items.len(),
        1,
        "only the Getty photo of the article"
    );
    assert_eq!(
        by_credit.items[0].caption.as_deref(),
        Some("Police at the barricade")
    );
    assert_eq!(
        by_credit.items[0].article_title,
        "Kosovo border crossing reopens"
    );
    let by_filter = lib
        .photos(
            &filtered(Filter {
                credit: Some("AP Photo".into()),
                ..Filter::default()
            }),
            None,
            10,
        )
        .unwrap();
    assert_eq!(by_filter.items.len(), 1);
    let by_tag = lib
        .photos(
            &filtered(Filter {
                tags: vec!["Climate".into()],
                ..Filter::default()
            }),
            None,
            10,
        )
        .unwrap();
    assert_eq!(by_tag.items[0].credit.as_deref(), Some("AFP"));
    assert!(
        by_tag.items[0].sha256.is_none(),
        "a caption without image is still a photo"
    );
}

/// Plan lines must not build a temp B-tree or scan the article table: the list walks an
/// index in its order, and search runs MATCH … ORDER BY rank LIMIT k and joins afterwards.
fn assert_plan_is_indexed(lib: &Library, q: &ListQuery) {
    let plan = lib.query_plan(q).unwrap();
    let text = plan.join("\n");
    assert!(!text.contains("TEMP B-TREE"), "{:?}\n{text}", q.sort);
    assert!(
        !plan
            .iter()
            .any(|l| l == "SCAN a" || (l.starts_with("SCAN a ") && !l.contains("USING"))),
        "full scan: {text}"
    );
}

#[test]
fn query_plans_use_indexes_and_the_fts_rank_order() {
    let f = fixture(&corpus());
    for sort in [
        SortOrder::Captured,
        SortOrder::Published,
        SortOrder::Title,
        SortOrder::Site,
    ] {
        assert_plan_is_indexed(
            &f.lib,
            &ListQuery {
                sort,
                ..ListQuery::default()
            },
        );
    }
    // A language and its regional variants are ranges of the language index (the
    // condition the filter writes, planned on the library's schema).
    let conn = Connection::open(f.lib.dir().join("library.sqlite")).unwrap();
    let plan: Vec<String> = conn
        .prepare(
            "EXPLAIN QUERY PLAN SELECT a.id FROM article a
              WHERE (a.language = 'en' OR (a.language >= 'en-' AND a.language < 'en.'))",
        )
        .unwrap()
        .query_map([], |r| r.get::<_, String>(3))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    assert!(
        plan.iter().all(|l| !l.starts_with("SCAN a")) && plan.iter().any(|l| l.contains("INDEX")),
        "{plan:?}"
    );
    let search = query("kosovo border*");
    assert_plan_is_indexed(&f.lib, &search);
    let plan = f.lib.query_plan(&search).unwrap().join("\n");
    assert!(plan.contains("VIRTUAL TABLE INDEX"), "{plan}");
    assert!(
        plan.contains("SEARCH a USING INTEGER PRIMARY KEY"),
        "{plan}"
    );
    // With filters the FTS5 scan still drives, articles joined by primary key.
    let filtered_search = ListQuery {
        search: "border".into(),
        filter: Filter {
            sites: vec!["BBC News".into()],
            has_photos: Some(true),
            ..Filter::default()
        },
        ..ListQuery::default()
    };
    assert_plan_is_indexed(&f.lib, &filtered_search);
    let plan = f.lib.query_plan(&filtered_search).unwrap();
    assert!(plan[0].starts_with("SCAN f VIRTUAL TABLE"), "{plan:?}");
}

#[test]
fn a_new_capture_is_searchable_at_once() {
    let lib = Library::open_in_memory().unwrap();
    let outcome = lib.import(ImportRequest::pasted_text(crate::SEED)).unwrap();
    let hits = search(&lib, "serbs respect");
    assert_eq!(hits, vec![outcome.article_id()]);
    let facets = lib.facets(&ListQuery::default()).unwrap();
    assert_eq!(facets.total, 1);
    assert_eq!(facets.sections[0].value, "News / World", "{facets:?}");
    // Caption and credit of the seed's photo are searchable too.
    assert_eq!(search(&lib, "credit:twitter"), vec![outcome.article_id()]);
}
