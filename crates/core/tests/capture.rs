//! Capturing originals into a library: the seed clipping field by field, saved pages with
//! their images, provenance, duplicates, and bad input that stores nothing.

use cuttings_core::capture::{Format, ImportRequest};
use cuttings_core::model::{CaptureKind, Filter, ImportOutcome, ListQuery};
use cuttings_core::Library;
use serde_json::Value;

use crate::{SEED, SEED_EXPECTED};

fn article_json(lib: &Library, id: i64) -> Value {
    serde_json::to_value(lib.article(id).unwrap()).unwrap()
}

#[test]
fn seed_clipping_matches_every_expected_field() {
    let lib = Library::open_in_memory().unwrap();
    let outcome = lib.import(ImportRequest::pasted_text(SEED)).unwrap();
    let ImportOutcome::Created { article_id, .. } = outcome else {
        panic!("expected a new article, got {outcome:?}");
    };
    let a = article_json(&lib, article_id);
    let expected: Value = serde_json::from_str(SEED_EXPECTED).unwrap();

    assert_eq!(a["title"], expected["title"]);
    assert_eq!(a["byline"], expected["byline"]);
    assert_eq!(a["site_name"], expected["site_name"]);
    assert_eq!(a["url"], expected["url"]);
    assert_eq!(a["section"], expected["section_path"]);
    assert!(
        a["genre"].is_null() || a["genre"] == "news",
        "genre {}",
        a["genre"]
    );
    assert_eq!(a["published"], expected["published"]);
    assert_eq!(a["standfirst"], expected["standfirst"]);
    assert_eq!(a["language"], expected["language"]);

    let photos = a["photos"].as_array().unwrap();
    assert_eq!(photos.len(), 1);
    assert_eq!(photos[0]["caption"], expected["photos"][0]["caption"]);
    assert_eq!(photos[0]["credit"], expected["photos"][0]["credit"]);
    assert_eq!(photos[0]["has_thumbnail"], false);

    let related = a["related"].as_array().unwrap();
    assert_eq!(related.len(), 1);
    assert_eq!(related[0]["title"], expected["related"][0]["title"]);

    let text = a["text"].as_str().unwrap();
    let paragraphs: Vec<&str> = text.split("\n\n").collect();
    assert_eq!(
        paragraphs.len() as u64,
        expected["paragraph_count"].as_u64().unwrap()
    );
    assert!(
        text.starts_with(expected["text_starts_with"].as_str().unwrap()),
        "{text}"
    );
    assert!(
        text.ends_with(expected["text_ends_with"].as_str().unwrap()),
        "{text}"
    );
    for furniture in expected["text_must_not_contain"].as_array().unwrap() {
        assert!(
            !text.contains(furniture.as_str().unwrap()),
            "body contains {furniture}"
        );
    }
    assert_eq!(a["html"].as_str().unwrap().matches("<p>").count(), 8);
    assert_eq!(a["word_count"], text.split_whitespace().count());

    let capture = &a["capture"];
    assert_eq!(capture["kind"], "text");
    assert_eq!(capture["bytes"], SEED.len());
    assert_eq!(
        capture["sha256"],
        cuttings_core::blob::sha256_hex(SEED.as_bytes())
    );
    assert!(capture["captured_at"].as_str().unwrap().ends_with('Z'));
    assert_eq!(a["tags"], serde_json::json!([]));
    assert_eq!(a["annotations"], serde_json::json!([]));
}

#[test]
fn the_original_bytes_are_kept_exactly() {
    let lib = Library::open_in_memory().unwrap();
    let id = lib
        .import(ImportRequest::pasted_text(SEED))
        .unwrap()
        .article_id();
    let article = lib.article(id).unwrap();
    assert_eq!(
        lib.original(article.capture.id).unwrap().unwrap(),
        SEED.as_bytes()
    );
}

#[test]
fn the_same_bytes_twice_are_recognised() {
    let lib = Library::open_in_memory().unwrap();
    let first = lib.import(ImportRequest::pasted_text(SEED)).unwrap();
    let second = lib
        .import(ImportRequest::file("seed.txt", SEED.as_bytes().to_vec()))
        .unwrap();
    assert!(
        matches!(second, ImportOutcome::AlreadyThere { article_id, .. } if article_id == first.article_id())
    );
    assert_eq!(lib.info().unwrap().article_count, 1);
}

#[test]
fn a_changed_page_at_the_same_url_is_a_new_capture() {
    let lib = Library::open_in_memory().unwrap();
    let page = |extra: &str| {
        format!("<html><head><title>Vote count</title><link rel=canonical href='https://news.example/vote'></head><body><article><h1>Vote count</h1><p>The count went on through the night in the capital, officials said, and results were expected by noon.{extra}</p><p>Observers reported no problems at the polling stations they visited during the day.</p></article></body></html>")
    };
    let first = lib
        .import(ImportRequest::file("v1.html", page("").into_bytes()))
        .unwrap();
    let second = lib
        .import(ImportRequest::file(
            "v2.html",
            page(" Turnout was 61%.").into_bytes(),
        ))
        .unwrap();
    assert!(
        matches!(second, ImportOutcome::NewCapture { article_id, .. } if article_id == first.article_id())
    );
    let a = lib.article(first.article_id()).unwrap();
    assert_eq!(a.capture_count, 2);
    assert!(a.text.contains("Turnout was 61%"));
    assert_eq!(a.capture.source_name.as_deref(), Some("v2.html"));
    // The earlier capture is still there, with its own original.
    assert_eq!(a.earlier_captures.len(), 1);
    assert_eq!(
        a.earlier_captures[0].source_name.as_deref(),
        Some("v1.html")
    );
    assert_ne!(a.earlier_captures[0].sha256, a.capture.sha256);
    let original = lib.original(a.earlier_captures[0].id).unwrap().unwrap();
    assert_eq!(original, page("").into_bytes());
    // Each capture's original can be saved as a file that names its article, day and
    // fingerprint, and is checked against the fingerprint on the way out.
    let earlier = lib
        .original_file(a.earlier_captures[0].id)
        .unwrap()
        .unwrap();
    assert_eq!(earlier.bytes, page("").into_bytes());
    assert_eq!(earlier.sha256, a.earlier_captures[0].sha256);
    assert!(earlier.intact);
    let day = &a.earlier_captures[0].captured_at[..10];
    let sha8 = &a.earlier_captures[0].sha256[..8];
    assert_eq!(earlier.file_name, format!("vote-count-{day}-{sha8}.html"));
    let latest = lib.original_file(a.capture.id).unwrap().unwrap();
    assert!(latest.bytes.ends_with(page(" Turnout was 61%.").as_bytes()));
    assert_ne!(latest.file_name, earlier.file_name);
    assert!(lib.original_file(a.capture.id + 1000).unwrap().is_none());
}

#[test]
fn a_page_without_article_text_is_kept_and_the_outcome_says_so() {
    let lib = Library::open_in_memory().unwrap();
    let page = "<html><head><title>Playbook for a leader</title><link rel=canonical \
                href='https://news.example/playbook'></head><body><div id='app'></div>\
                <script>window.__STATE__={}</script></body></html>";
    let outcome = lib
        .import(ImportRequest::file(
            "playbook.html",
            page.as_bytes().to_vec(),
        ))
        .unwrap();
    let ImportOutcome::Created { warnings, .. } = &outcome else {
        panic!("expected a new article, got {outcome:?}");
    };
    assert_eq!(warnings.len(), 1, "{warnings:?}");
    assert!(warnings[0].starts_with("no article text was found"));
    let a = lib.article(outcome.article_id()).unwrap();
    assert_eq!(a.title, "Playbook for a leader");
    assert_eq!(a.text, "");
    assert_eq!(
        lib.original(a.capture.id).unwrap().unwrap(),
        page.as_bytes()
    );
    // The page saved again once it had loaded is a new capture, which says nothing.
    let loaded = page.replace(
        "<div id='app'></div>",
        "<article><h1>Playbook for a leader</h1><p>The leader's first year was spent \
         learning where the levers of the office were, and which of them still worked.</p>\
         <p>Her second, aides say, will be spent pulling them.</p></article>",
    );
    let again = lib
        .import(ImportRequest::file("playbook2.html", loaded.into_bytes()))
        .unwrap();
    assert!(matches!(&again, ImportOutcome::NewCapture { warnings, .. } if warnings.is_empty()));
    let a = lib.article(outcome.article_id()).unwrap();
    assert!(a.text.starts_with("The leader's first year"), "{}", a.text);
    // Saved once more before its script ran, the page does not wipe the text it had: the
    // capture is recorded beside the article, which keeps its text, and says so.
    let unloaded = page.replace(
        "<div id='app'></div>",
        "<div id='app'><p>Loading…</p></div>",
    );
    let third = lib
        .import(ImportRequest::file("playbook3.html", unloaded.into_bytes()))
        .unwrap();
    let ImportOutcome::NewCapture {
        warnings, title, ..
    } = &third
    else {
        panic!("expected a new capture, got {third:?}");
    };
    assert_eq!(title, "Playbook for a leader");
    assert_eq!(warnings.len(), 1, "{warnings:?}");
    assert!(warnings[0].contains("keeps the text of its earlier capture"));
    let a = lib.article(outcome.article_id()).unwrap();
    assert!(a.text.starts_with("The leader's first year"), "{}", a.text);
    assert_eq!(a.capture_count, 3);
    // The reader shows the capture the text came from; the later one is listed beside it.
    assert_eq!(a.capture.source_name.as_deref(), Some("playbook2.html"));
    assert!(a.capture.refreshed_article);
    let later = a
        .earlier_captures
        .iter()
        .find(|c| c.source_name.as_deref() == Some("playbook3.html"))
        .expect("the later capture is listed");
    assert!(!later.refreshed_article);
    assert!(lib.original(later.id).unwrap().is_some());
    // Serialised for the app, the outcome carries its warnings.
    let json = serde_json::to_value(&outcome).unwrap();
    assert_eq!(json["status"], "created");
    assert_eq!(json["warnings"].as_array().map(Vec::len), Some(1));
}

#[test]
fn an_original_changed_on_disk_is_reported_as_not_intact() {
    let tmp = tempfile::tempdir().unwrap();
    let lib = Library::open(tmp.path().join("lib")).unwrap();
    let id = lib
        .import(ImportRequest::pasted_text(SEED))
        .unwrap()
        .article_id();
    let capture_id = lib.article(id).unwrap().capture.id;
    let file = lib.original_file(capture_id).unwrap().unwrap();
    assert!(file.intact);
    assert!(file.file_name.ends_with(".txt"), "{}", file.file_name);
    // Someone edits the stored page behind the app's back.
    let db = rusqlite::Connection::open(
        tmp.path()
            .join("lib")
            .join(cuttings_core::library::DATABASE_FILE),
    )
    .unwrap();
    db.execute(
        "UPDATE blob SET bytes = CAST(replace(CAST(bytes AS TEXT), 'Kosovo', 'Kosova') AS BLOB)
          WHERE id = (SELECT original_blob_id FROM capture WHERE id = ?1)",
        [capture_id],
    )
    .unwrap();
    let tampered = lib.original_file(capture_id).unwrap().unwrap();
    assert!(!tampered.intact);
    assert_eq!(tampered.sha256, file.sha256);
    assert_ne!(tampered.bytes, file.bytes);
}

/// A small PNG for pages that carry images.
fn png_bytes(w: u32, h: u32) -> Vec<u8> {
    let img = image::RgbImage::from_fn(w, h, |x, y| {
        image::Rgb([(x % 200) as u8, (y % 200) as u8, 120])
    });
    let mut out = Vec::new();
    image::DynamicImage::ImageRgb8(img)
        .write_to(&mut std::io::Cursor::new(&mut out), image::ImageFormat::Png)
        .unwrap();
    out
}

#[test]
fn saved_page_with_files_folder_keeps_photos_and_thumbnails() {
    let tmp = tempfile::tempdir().unwrap();
    std::fs::create_dir(tmp.path().join("Storm_files")).unwrap();
    let png = png_bytes(900, 600);
    std::fs::write(tmp.path().join("Storm_files/harbour.png"), &png).unwrap();
    let page = r#"<!doctype html><html lang="en-GB"><head><title>Storm closes the harbour - Coast News</title>
<meta property="og:site_name" content="Coast News"><meta property="og:title" content="Storm closes the harbour">
<meta name="author" content="Ann Poe"><meta property="article:published_time" content="2023-11-02T08:15:00+01:00"></head>
<body><header><a href="/">Coast News</a></header><article><h1>Storm closes the harbour</h1>
<p class="byline">By Ann Poe</p>
<figure><img src="Storm_files/harbour.png" alt="The harbour"><figcaption>Boats tied up in the harbour on Thursday. Photo: Ann Poe/Coast News</figcaption></figure>
<p>The harbour was closed on Thursday as the storm brought waves of up to eight metres to the coast, the port authority said in a statement.</p>
<p>Fishing boats stayed tied up for a second day and the ferry to the islands was cancelled, leaving dozens of travellers waiting in the terminal.</p>
<figure><img src="https://cdn.example/remote.jpg"><figcaption>A remote image <small>Reuters</small></figcaption></figure>
<p>Forecasters said the wind would ease on Friday afternoon, but warned that the sea would stay rough well into the weekend.</p>
</article><footer>© Coast News</footer></body></html>"#;
    std::fs::write(tmp.path().join("Storm.html"), page).unwrap();
    let lib = Library::open(tmp.path().join("lib")).unwrap();
    let request = ImportRequest {
        bytes: page.as_bytes().to_vec(),
        kind: CaptureKind::File,
        source_name: "Storm.html".into(),
        format: Format::Auto,
        url: None,
        base_dir: Some(tmp.path().to_path_buf()),
        http: None,
        copied_text: None,
    };
    let id = lib.import(request).unwrap().article_id();
    let a = lib.article(id).unwrap();
    assert_eq!(a.title, "Storm closes the harbour");
    assert_eq!(a.byline.as_deref(), Some("Ann Poe"));
    assert_eq!(a.site_name.as_deref(), Some("Coast News"));
    assert_eq!(a.published.as_deref(), Some("2023-11-02T08:15:00+01:00"));
    assert_eq!(a.text.split("\n\n").count(), 3, "{}", a.text);
    assert_eq!(a.photos.len(), 2);
    let local = &a.photos[0];
    assert_eq!(
        local.caption.as_deref(),
        Some("Boats tied up in the harbour on Thursday.")
    );
    assert_eq!(local.credit.as_deref(), Some("Ann Poe/Coast News"));
    assert_eq!((local.width, local.height), (Some(900), Some(600)));
    assert_eq!(
        local.sha256.as_deref(),
        Some(cuttings_core::blob::sha256_hex(&png).as_str())
    );
    assert!(local.has_thumbnail);
    let remote = &a.photos[1];
    assert_eq!(
        remote.url.as_deref(),
        Some("https://cdn.example/remote.jpg")
    );
    assert_eq!(remote.credit.as_deref(), Some("Reuters"));
    assert_eq!(remote.sha256, None);

    let sha = local.sha256.clone().unwrap();
    let thumb = lib
        .image(&sha, cuttings_core::store::ImageVariant::Thumbnail)
        .unwrap()
        .unwrap();
    assert_eq!(thumb.media_type, "image/jpeg");
    let original = lib
        .image(&sha, cuttings_core::store::ImageVariant::Original)
        .unwrap()
        .unwrap();
    assert_eq!(original.bytes, png);
    let list = lib
        .list(&cuttings_core::model::ListQuery::default(), None, 10)
        .unwrap();
    assert_eq!(list.items[0].thumbnail.as_deref(), Some(sha.as_str()));
    assert_eq!(list.items[0].photo_count, 2);

    // The gallery tells where each image came from: the stored one's size and type,
    // the remote one's address, and when the article was captured.
    let gallery = lib
        .photos(&cuttings_core::model::ListQuery::default(), None, 10)
        .unwrap();
    let stored = gallery.items.iter().find(|p| p.id == local.id).unwrap();
    assert_eq!(stored.size, Some(png.len() as i64));
    assert_eq!(stored.media_type.as_deref(), Some("image/png"));
    assert_eq!(stored.missing_reason, None);
    let left = gallery.items.iter().find(|p| p.id == remote.id).unwrap();
    assert_eq!(left.url.as_deref(), Some("https://cdn.example/remote.jpg"));
    assert_eq!((left.size, left.media_type.as_deref()), (None, None));
    assert_eq!(stored.captured_at, a.capture.captured_at);
}

#[test]
fn a_folder_of_markdown_clippings_keeps_what_the_clipper_read() {
    // An Obsidian vault's clippings folder: a note with its front matter and a picture
    // saved beside it, imported as a folder.
    let vault = tempfile::tempdir().unwrap();
    let clippings = vault.path().join("Clippings");
    std::fs::create_dir_all(clippings.join("attachments")).unwrap();
    let png = png_bytes(640, 400);
    std::fs::write(clippings.join("attachments/harbour.png"), &png).unwrap();
    let note = r#"---
title: "Storm closes the harbour"
source: "https://coastnews.example/2023/11/02/storm-harbour"
author:
  - "[[Ann Poe]]"
published: 2023-11-02
created: 2023-11-03
description: "Waves of up to eight metres kept the fishing fleet in port."
tags:
  - "clippings"
---
The harbour was closed on Thursday as the storm brought waves of up to eight metres to the coast, the port authority said in a statement.

![Boats in the harbour](attachments/harbour.png)

*Boats tied up in the harbour on Thursday. Photo: Ann Poe/Coast News*

Fishing boats stayed tied up for a second day and the ferry to the islands was cancelled, leaving dozens of travellers waiting in the terminal.

Forecasters said the wind would ease on Friday afternoon, but warned that the sea would stay rough well into the weekend.
"#;
    std::fs::write(clippings.join("Storm closes the harbour.md"), note).unwrap();
    let lib = Library::open(vault.path().join("lib")).unwrap();
    let report = lib.import_paths(
        std::slice::from_ref(&clippings),
        Format::Auto,
        &std::sync::atomic::AtomicBool::new(false),
        |_| {},
    );
    assert!(report.failures.is_empty(), "{:?}", report.failures);
    assert_eq!(report.outcomes.len(), 1);
    let a = lib.article(report.outcomes[0].article_id()).unwrap();
    assert_eq!(a.title, "Storm closes the harbour");
    assert_eq!(a.authors, ["Ann Poe"]);
    assert_eq!(a.published.as_deref(), Some("2023-11-02"));
    assert_eq!(
        a.url.as_deref(),
        Some("https://coastnews.example/2023/11/02/storm-harbour")
    );
    assert_eq!(a.site_name.as_deref(), Some("coastnews.example"));
    assert_eq!(
        a.standfirst.as_deref(),
        Some("Waves of up to eight metres kept the fishing fleet in port.")
    );
    assert_eq!(a.text.split("\n\n").count(), 3, "{}", a.text);
    assert_eq!(a.photos.len(), 1);
    let photo = &a.photos[0];
    assert_eq!(
        photo.caption.as_deref(),
        Some("Boats tied up in the harbour on Thursday.")
    );
    assert_eq!(photo.credit.as_deref(), Some("Ann Poe/Coast News"));
    assert_eq!(
        photo.sha256.as_deref(),
        Some(cuttings_core::blob::sha256_hex(&png).as_str())
    );
    assert!(photo.has_thumbnail);
    // The note itself is the original, kept byte for byte as Markdown.
    let original = lib.original_file(a.capture.id).unwrap().unwrap();
    assert_eq!(original.bytes, note.as_bytes());
    assert!(original.intact);
    assert!(
        original.file_name.ends_with(".md"),
        "{}",
        original.file_name
    );
}

#[test]
fn a_clippers_tags_file_the_note_under_them() {
    let lib = Library::open_in_memory().unwrap();
    let body = "The harbour was closed on Thursday as the storm brought waves of up to eight metres to the coast, the port authority said.\n\n\
                Fishing boats stayed tied up for a second day and the ferry to the islands was cancelled, leaving travellers waiting.\n";
    lib.import(ImportRequest::file(
        "old tag.md",
        format!("---\ntitle: Old note\ntags: [News]\n---\n{body}").into_bytes(),
    ))
    .unwrap();
    let note = format!(
        "---\ntitle: Storm closes the harbour\nsource: https://coastnews.example/storm\n\
         tags:\n  - clippings\n  - \"#news/Storms\"\n---\n{body}"
    );
    let first = lib
        .import(ImportRequest::file("storm.md", note.clone().into_bytes()))
        .unwrap();
    let a = lib.article(first.article_id()).unwrap();
    let paths: Vec<&str> = a.tags.iter().map(|t| t.path.as_str()).collect();
    // `news` is the `News` tag the library has: the new level goes under it.
    assert_eq!(paths, ["clippings", "News/Storms"]);
    let tagged = |tag: &str| {
        let query = ListQuery {
            filter: Filter {
                tags: vec![tag.into()],
                ..Filter::default()
            },
            ..ListQuery::default()
        };
        let page = lib.list(&query, None, 10).unwrap();
        page.items
            .iter()
            .map(|r| r.title.clone())
            .collect::<Vec<_>>()
    };
    assert_eq!(tagged("news/storms"), ["Storm closes the harbour"]);
    let mut under_news = tagged("News");
    under_news.sort();
    assert_eq!(under_news, ["Old note", "Storm closes the harbour"]);
    // The note clipped again with another tag: a new capture, the tags added to.
    let again = note.replace("  - clippings", "  - clippings\n  - weather");
    let second = lib
        .import(ImportRequest::file("storm.md", again.into_bytes()))
        .unwrap();
    assert_eq!(second.article_id(), first.article_id());
    let a = lib.article(first.article_id()).unwrap();
    let paths: Vec<&str> = a.tags.iter().map(|t| t.path.as_str()).collect();
    assert_eq!(paths, ["clippings", "News/Storms", "weather"]);
    assert_eq!(tagged("weather"), ["Storm closes the harbour"]);
    // The tags are searched with the article's words (the text never says "weather").
    let search = ListQuery {
        search: "weather".into(),
        ..ListQuery::default()
    };
    let found = lib.list(&search, None, 10).unwrap();
    assert_eq!(found.items.len(), 1);
    assert_eq!(found.items[0].title, "Storm closes the harbour");
}

#[test]
fn a_page_copied_with_its_html_keeps_its_photos_and_its_headline() {
    // Chromium's select-all copy of a saved news page, both of the clipboard's flavours:
    // the text is the page's lines (menus, sign-in form, share buttons, comment counter
    // around the story), the HTML the same selection as elements with inline styles.
    let html = include_str!("../../../tests/fixtures/clipboard/ars-1.html");
    let text = include_str!("../../../tests/fixtures/clipboard/ars-1.txt");
    let lib = Library::open_in_memory().unwrap();
    let outcome = lib.import(ImportRequest::pasted(text, Some(html))).unwrap();
    let a = lib.article(outcome.article_id()).unwrap();
    let headline = "Just-released Minecraft exploit makes it easy to crash game servers";
    assert_eq!(a.title, headline);
    assert_eq!(a.authors, ["Dan Goodin"]);
    assert_eq!(a.published.as_deref().map(|d| &d[..10]), Some("2015-04-16"));
    assert!(
        a.text
            .starts_with("A flaw in the wildly popular online game Minecraft"),
        "{}",
        &a.text[..200]
    );
    for furniture in [
        "Share on Facebook",
        "Sign up or login",
        "reader comments",
        "Staff Directory",
    ] {
        assert!(!a.text.contains(furniture), "{furniture} in the body");
    }
    // The photo keeps its address and alt text, which the text alone does not have.
    assert_eq!(a.photos.len(), 1, "{:?}", a.photos);
    assert_eq!(
        a.photos[0].url.as_deref(),
        Some("https://cdn.arstechnica.net/wp-content/uploads/2015/04/server-crash-640x426.jpg")
    );
    assert_eq!(a.photos[0].alt.as_deref(), Some(headline));
    // The clipboard's HTML is the original kept, as a paste.
    assert_eq!(a.capture.kind, CaptureKind::Text);
    assert_eq!(a.capture.media_type.as_deref(), Some("text/html"));
    let original = lib.original_file(a.capture.id).unwrap().unwrap();
    assert_eq!(original.bytes, html.as_bytes());

    // The text alone gives the same headline and byline, and no photo to fetch.
    let text_only = Library::open_in_memory().unwrap();
    let outcome = text_only.import(ImportRequest::pasted(text, None)).unwrap();
    let t = text_only.article(outcome.article_id()).unwrap();
    assert_eq!(
        (t.title.as_str(), t.authors.as_slice()),
        (headline, a.authors.as_slice())
    );
    assert!(t.photos.iter().all(|p| p.url.is_none()), "{:?}", t.photos);
    assert_eq!(t.capture.media_type.as_deref(), Some("text/plain"));
}

#[test]
fn a_paste_whose_html_holds_no_words_is_read_from_its_text() {
    let text = "Bridge closes to lorries\n\nThe city council voted on Tuesday to close the old bridge to lorries after engineers found cracks in two of its supports.\n\nResidents had complained for years about the state of the crossing, which carries ten thousand vehicles a day.\n";
    for html in [
        "",
        "<img src=\"https://council.example/bridge.jpg\">",
        "<div><br></div>",
    ] {
        let request = ImportRequest::pasted(text, Some(html));
        assert_eq!(request.format, Format::Text, "{html}");
        assert_eq!(request.bytes, text.as_bytes());
    }
    // A Markdown note copied out of an editor that puts its own HTML beside it.
    let note =
        "# Bridge closes\n\nThe council voted. See [the report](https://council.example/r).\n";
    let request = ImportRequest::pasted(note, Some("<div><span>Bridge closes</span></div>"));
    assert_eq!(request.format, Format::Markdown);
}

#[test]
fn an_icon_stands_neither_for_its_article_nor_in_the_gallery() {
    let tmp = tempfile::tempdir().unwrap();
    let (icon, photo) = (png_bytes(16, 9), png_bytes(900, 600));
    std::fs::write(tmp.path().join("icon.png"), &icon).unwrap();
    std::fs::write(tmp.path().join("photo.png"), &photo).unwrap();
    let page = "<html><body><article><h1>Icon first</h1><p><img src='icon.png'> A play button sits above the story, which is long enough to be read as an article by the extractor.</p>\
        <figure><img src='photo.png'><figcaption>The real picture.</figcaption></figure>\
        <p>A second paragraph follows the first so that the page reads as an article with a body of its own.</p></article></body></html>";
    let lib = Library::open_in_memory().unwrap();
    let mut request = ImportRequest::file("icon.html", page.as_bytes().to_vec());
    request.base_dir = Some(tmp.path().to_path_buf());
    let a = lib
        .article(lib.import(request).unwrap().article_id())
        .unwrap();
    assert_eq!(a.photos.len(), 2, "both images are kept as photos");
    assert!(a.photos.iter().all(|p| p.has_thumbnail));
    let list = lib
        .list(&cuttings_core::model::ListQuery::default(), None, 10)
        .unwrap();
    let photo_sha = cuttings_core::blob::sha256_hex(&photo);
    assert_eq!(list.items[0].thumbnail.as_deref(), Some(photo_sha.as_str()));
    // The gallery shows the picture, not the 16×9 play button.
    let gallery = lib
        .photos(&cuttings_core::model::ListQuery::default(), None, 10)
        .unwrap();
    let shown: Vec<_> = gallery.items.iter().map(|p| p.sha256.clone()).collect();
    assert_eq!(shown, vec![Some(photo_sha)]);
}

#[test]
fn a_broken_image_is_recorded_as_missing_and_the_article_is_kept() {
    let tmp = tempfile::tempdir().unwrap();
    std::fs::write(
        tmp.path().join("broken.jpg"),
        b"\xFF\xD8\xFF\xE0 not really a jpeg",
    )
    .unwrap();
    let page = "<html><body><article><h1>Broken picture</h1><figure><img src='broken.jpg'><figcaption>A caption</figcaption></figure><p>This article has a picture whose bytes are damaged, and it must still be kept in full.</p><p>A second paragraph follows the first so the page reads as an article.</p></article></body></html>";
    let lib = Library::open_in_memory().unwrap();
    let mut request = ImportRequest::file("broken.html", page.as_bytes().to_vec());
    request.base_dir = Some(tmp.path().to_path_buf());
    let a = lib
        .article(lib.import(request).unwrap().article_id())
        .unwrap();
    assert_eq!(a.photos.len(), 1);
    assert_eq!(a.photos[0].sha256, None);
    assert!(!a.photos[0].has_thumbnail);
    assert_eq!(a.photos[0].caption.as_deref(), Some("A caption"));
    let why = a.photos[0].missing_reason.as_deref().unwrap_or_default();
    assert!(!why.is_empty(), "a missing image says why");
}

#[test]
fn bad_input_names_the_input_and_stores_nothing() {
    let lib = Library::open_in_memory().unwrap();
    lib.import(ImportRequest::pasted_text(SEED)).unwrap();
    let empty = lib
        .import(ImportRequest::file("empty.txt", b"  \n\t ".to_vec()))
        .unwrap_err();
    assert!(empty.to_string().starts_with("empty.txt:"), "{empty}");
    let binary = lib
        .import(ImportRequest::file(
            "photo.bin",
            vec![0x89, b'P', b'N', b'G', 0, 0, 0, 13, 0, 1],
        ))
        .unwrap_err();
    assert!(binary.to_string().starts_with("photo.bin:"), "{binary}");
    let mut with_bad_url = ImportRequest::pasted_text(
        "Some text\n\nwith a paragraph long enough to count as the body of an article.",
    );
    with_bad_url.url = Some("javascript:alert(1)".into());
    let bad_url = lib.import(with_bad_url).unwrap_err();
    assert!(
        bad_url.to_string().contains("javascript:alert(1)"),
        "{bad_url}"
    );
    assert_eq!(lib.info().unwrap().article_count, 1);
}

#[test]
fn hostile_markup_never_reaches_the_stored_body() {
    let page = r#"<html><body><article><h1>Hostile</h1>
<p>A paragraph with enough words to be taken as the body of the article by the extractor <img src=x onerror=alert(1)>.</p>
<p onclick="alert(2)">Another paragraph, again long enough to be kept by the readability scoring <a href="javascript:alert(3)">link</a>.</p>
<svg><script>alert(4)</script></svg><iframe srcdoc="<script>alert(5)</script>"></iframe><script>alert(6)</script>
<p>A third paragraph closes the article with a few more words so it is long enough to be kept.</p></article></body></html>"#;
    let lib = Library::open_in_memory().unwrap();
    let id = lib
        .import(ImportRequest::file(
            "hostile.html",
            page.as_bytes().to_vec(),
        ))
        .unwrap()
        .article_id();
    let a = lib.article(id).unwrap();
    for bad in [
        "onerror",
        "onclick",
        "javascript:",
        "<svg",
        "<script",
        "<iframe",
        "srcdoc",
        "src=",
    ] {
        assert!(!a.html.contains(bad), "{bad} in stored body: {}", a.html);
    }
    // An image stays only as the marker of its photo record, in its place.
    assert_eq!(
        a.html.matches("<img").count(),
        a.html.matches("<img data-photo=\"0\">").count()
    );
    assert!(a.photos[0].inline);
    assert!(a.text.contains("Another paragraph"));
}

/// Half a megabyte of nested elements took minutes to parse and then overflowed the
/// stack of whatever thread read it (this test's thread too, which aborts the run).
#[test]
fn a_page_nested_a_hundred_thousand_deep_is_read_with_its_text() {
    let lib = Library::open_in_memory().unwrap();
    for (i, open) in ["<b>", "<table><tr><td>", "<div>"].into_iter().enumerate() {
        let page = format!(
            "<html><head><title>Nested {i}</title></head><body>{}<p>{}</p></body></html>",
            open.repeat(100_000),
            "Words of the article that sits below every one of those elements. ".repeat(20)
        );
        let id = lib
            .import(ImportRequest::file(
                format!("nested-{i}.html"),
                page.into_bytes(),
            ))
            .unwrap()
            .article_id();
        let a = lib.article(id).unwrap();
        assert_eq!(a.title, format!("Nested {i}"));
        assert_eq!(a.text.matches("sits below every one").count(), 20, "{open}");
    }
}

#[test]
fn list_pages_by_keyset() {
    let lib = Library::open_in_memory().unwrap();
    for i in 0..7 {
        let text = format!("Headline number {i} for paging\n\nThis is the body of article number {i}, written long enough to be read as a real paragraph of prose.");
        lib.import(ImportRequest::pasted_text(&text)).unwrap();
    }
    let mut seen = Vec::new();
    let mut after = None;
    loop {
        let page = lib
            .list(
                &cuttings_core::model::ListQuery::default(),
                after.as_deref(),
                3,
            )
            .unwrap();
        assert!(page.items.len() <= 3);
        seen.extend(page.items.iter().map(|i| i.id));
        match page.next {
            Some(n) => after = Some(n),
            None => break,
        }
    }
    assert_eq!(seen.len(), 7);
    let mut sorted = seen.clone();
    sorted.sort_unstable_by(|a, b| b.cmp(a));
    assert_eq!(seen, sorted, "newest first, no repeats");
}

#[test]
fn missing_article_is_a_clear_error() {
    let lib = Library::open_in_memory().unwrap();
    let err = lib.article(12345).unwrap_err();
    assert_eq!(err.to_string(), "there is no article 12345 in this library");
}

#[test]
fn a_list_row_carries_the_update_of_a_page_that_prints_no_publication_date() {
    let lib = Library::open_in_memory().unwrap();
    let para = "The river rose through the night and the town's lower streets were under water \
                by morning, the mayor said, as crews moved families to the school on the hill.";
    let page = |meta: &str| {
        format!(
            "<html><head><title>Floods reach the town</title>{meta}</head><body><article>\
             <h1>Floods reach the town</h1><p>{para}</p><p>{para}</p><p>{para}</p>\
             </article></body></html>"
        )
    };
    let updated_only =
        page(r#"<meta property="article:modified_time" content="2019-10-09T11:05:00+05:30">"#);
    lib.import(ImportRequest::file(
        "updated.html",
        updated_only.into_bytes(),
    ))
    .unwrap();
    let rows = lib.list(&ListQuery::default(), None, 10).unwrap().items;
    assert_eq!(rows.len(), 1);
    assert_eq!(rows[0].published, None);
    assert_eq!(
        rows[0].modified.as_deref(),
        Some("2019-10-09T11:05:00+05:30")
    );
    // Search rows are drawn from the same columns.
    let search = ListQuery {
        search: "river".into(),
        ..ListQuery::default()
    };
    let found = lib.list(&search, None, 10).unwrap().items;
    assert_eq!(
        found[0].modified.as_deref(),
        Some("2019-10-09T11:05:00+05:30")
    );
}
