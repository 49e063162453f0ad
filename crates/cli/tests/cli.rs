//! The `cuttings` binary as a user runs it: arguments, JSON output, exit codes, messages.

use std::io::Write;
use std::process::{Command, Output, Stdio};

use serde_json::Value;

const SEED: &str = "../../tests/fixtures/clippings/telesur-kosovo-2022.txt";

fn cuttings(library: &std::path::Path, args: &[&str], stdin: Option<&[u8]>) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_cuttings"))
        .arg("--library")
        .arg(library)
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("cuttings starts");
    let mut input = child.stdin.take().unwrap();
    input.write_all(stdin.unwrap_or_default()).unwrap();
    drop(input);
    child.wait_with_output().unwrap()
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

#[test]
fn import_json_is_the_same_object_show_prints() {
    let lib = tempfile::tempdir().unwrap();
    let imported = cuttings(lib.path(), &["import", SEED, "--json"], None);
    assert!(imported.status.success(), "{}", stderr(&imported));
    let printed = stdout(&imported);
    let lines: Vec<&str> = printed.lines().collect();
    assert_eq!(lines.len(), 1);
    let article: Value = serde_json::from_str(lines[0]).unwrap();
    assert_eq!(
        article["title"],
        "Russia Asks for Respect for Serbs Residing in Kosovo"
    );
    assert_eq!(article["section"], serde_json::json!(["News", "World"]));
    assert_eq!(article["published"], "2022-08-01");
    assert_eq!(article["capture"]["kind"], "file");

    let id = article["id"].as_i64().unwrap().to_string();
    let shown = cuttings(lib.path(), &["show", &id, "--json"], None);
    assert!(shown.status.success());
    let shown: Value = serde_json::from_str(&stdout(&shown)).unwrap();
    assert_eq!(shown, article);

    let listed = cuttings(lib.path(), &["list", "--json"], None);
    let row: Value = serde_json::from_str(stdout(&listed).trim()).unwrap();
    assert_eq!(row["id"], article["id"]);

    let text = cuttings(lib.path(), &["show", &id], None);
    let text = stdout(&text);
    assert!(text.starts_with("Russia Asks for Respect"));
    assert!(text.contains("Credit: Twitter/ @AmirAlexanderR7"));
}

#[test]
fn show_prints_when_the_article_was_published_and_updated() {
    let lib = tempfile::tempdir().unwrap();
    let page = lib.path().join("bridge.html");
    let paragraph = "<p>The council voted on Tuesday to close the old bridge to cars after \
        engineers found cracks in two of its supports, a decision that will reshape traffic.</p>";
    std::fs::write(
        &page,
        format!(
            "<html><head><title>City Shuts Old Bridge</title>\
             <meta property=\"article:published_time\" content=\"2021-04-05T10:00:00Z\">\
             <meta property=\"article:modified_time\" content=\"2021-04-06T08:30:00Z\">\
             </head><body><article><h1>City Shuts Old Bridge</h1>{}</article></body></html>",
            paragraph.repeat(3)
        ),
    )
    .unwrap();
    let imported = cuttings(lib.path(), &["import", page.to_str().unwrap()], None);
    assert!(imported.status.success(), "{}", stderr(&imported));
    let shown = stdout(&cuttings(lib.path(), &["show", "1"], None));
    assert!(
        shown.contains("Published: 2021-04-05T10:00:00Z\n"),
        "{shown}"
    );
    assert!(
        shown.contains("Updated:   2021-04-06T08:30:00Z\n"),
        "{shown}"
    );
}

#[test]
fn stdin_import_and_duplicates() {
    let lib = tempfile::tempdir().unwrap();
    let seed = std::fs::read(std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(SEED)).unwrap();
    let first = cuttings(lib.path(), &["import", "-"], Some(&seed));
    assert!(first.status.success(), "{}", stderr(&first));
    assert!(stdout(&first).starts_with("imported"));
    let again = cuttings(
        lib.path(),
        &["import", "-", "--format", "text"],
        Some(&seed),
    );
    assert!(again.status.success());
    assert!(
        stdout(&again).starts_with("already there"),
        "{}",
        stdout(&again)
    );
}

#[test]
fn a_page_kept_without_its_text_is_imported_with_a_warning_on_stderr() {
    let lib = tempfile::tempdir().unwrap();
    let page = lib.path().join("drawn.html");
    std::fs::write(
        &page,
        "<html><head><title>Playbook for a leader</title></head><body><div id=app></div></body></html>",
    )
    .unwrap();
    let out = cuttings(lib.path(), &["import", page.to_str().unwrap()], None);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(stdout(&out), "imported  1  Playbook for a leader\n");
    assert!(
        stderr(&out).starts_with(
            "cuttings: article 1 (Playbook for a leader): no article text was found in the page"
        ),
        "{}",
        stderr(&out)
    );
    // With --json the standard output stays one article object per line.
    let again = lib.path().join("drawn2.html");
    std::fs::write(
        &again,
        "<html><head><title>Second</title></head><body></body></html>",
    )
    .unwrap();
    let out = cuttings(
        lib.path(),
        &["import", "--json", again.to_str().unwrap()],
        None,
    );
    assert!(out.status.success());
    let article: Value = serde_json::from_str(stdout(&out).trim()).unwrap();
    assert_eq!(article["title"], "Second");
    assert!(stderr(&out).contains("article 2 (Second): no article text was found"));
    // Both streams in one log (`2>&1`): the warning follows the import it is about.
    let third = lib.path().join("drawn3.html");
    std::fs::write(
        &third,
        "<html><head><title>Third</title></head><body><div id=app></div></body></html>",
    )
    .unwrap();
    let log_path = lib.path().join("import.log");
    let log = std::fs::File::create(&log_path).unwrap();
    let status = Command::new(env!("CARGO_BIN_EXE_cuttings"))
        .arg("--library")
        .arg(lib.path())
        .args(["import", third.to_str().unwrap(), SEED])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .stdout(log.try_clone().unwrap())
        .stderr(log)
        .status()
        .unwrap();
    assert!(status.success());
    let log = std::fs::read_to_string(&log_path).unwrap();
    let lines: Vec<&str> = log.lines().collect();
    assert_eq!(lines.len(), 3, "{log}");
    assert_eq!(lines[0], "imported  3  Third", "{log}");
    assert!(
        lines[1].starts_with("cuttings: article 3 (Third): no article text"),
        "{log}"
    );
    assert!(lines[2].starts_with("imported  4  Russia"), "{log}");
}

#[test]
fn failures_name_the_input_exit_non_zero_and_the_rest_go_on() {
    let lib = tempfile::tempdir().unwrap();
    let out = cuttings(lib.path(), &["import", "/no/such/page.html", SEED], None);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("/no/such/page.html"),
        "{}",
        stderr(&out)
    );
    assert!(
        stdout(&out).contains("Russia Asks"),
        "the good input was imported"
    );

    let missing = cuttings(lib.path(), &["show", "999"], None);
    assert_eq!(missing.status.code(), Some(1));
    assert!(stderr(&missing).contains("no article 999"));
}

#[test]
fn a_folder_is_imported_in_name_order_and_its_bad_files_are_named() {
    let lib = tempfile::tempdir().unwrap();
    let folder = tempfile::tempdir().unwrap();
    let body = "A paragraph long enough to be the body of an article in a folder import test.";
    for i in 0..40 {
        std::fs::write(
            folder.path().join(format!("{i:02}.txt")),
            format!("Folder headline {i}\n\n{body} Number {i}."),
        )
        .unwrap();
    }
    std::fs::write(folder.path().join("zz-empty.txt"), "  ").unwrap();
    let out = cuttings(
        lib.path(),
        &["import", folder.path().to_str().unwrap()],
        None,
    );
    assert_eq!(out.status.code(), Some(1), "one file is empty");
    let lines: Vec<String> = stdout(&out).lines().map(str::to_string).collect();
    assert_eq!(lines.len(), 40, "{lines:?}");
    for (i, line) in lines.iter().enumerate() {
        assert!(line.contains(&format!("Folder headline {i}")), "{line}");
    }
    assert!(stderr(&out).contains("zz-empty.txt"), "{}", stderr(&out));
    let listed = cuttings(lib.path(), &["list", "--json", "--limit", "100"], None);
    assert_eq!(stdout(&listed).lines().count(), 40);
}

#[test]
fn refuses_a_folder_that_holds_another_database() {
    let lib = tempfile::tempdir().unwrap();
    std::fs::write(
        lib.path().join("library.sqlite"),
        b"not a database at all, only text ".repeat(50),
    )
    .unwrap();
    let out = cuttings(lib.path(), &["list"], None);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("library.sqlite"), "{}", stderr(&out));
    assert!(stderr(&out).contains("damaged"), "{}", stderr(&out));
}

#[test]
fn search_and_filtered_list_print_the_same_rows() {
    let lib = tempfile::tempdir().unwrap();
    let imported = cuttings(lib.path(), &["import", SEED], None);
    assert!(imported.status.success(), "{}", stderr(&imported));

    let found = cuttings(lib.path(), &["search", "serbs", "respect", "--json"], None);
    assert!(found.status.success(), "{}", stderr(&found));
    let hit: Value = serde_json::from_str(stdout(&found).trim()).unwrap();
    assert_eq!(
        hit["title"],
        "Russia Asks for Respect for Serbs Residing in Kosovo"
    );
    assert!(hit["snippet"].as_str().unwrap().contains('\u{e000}'));

    let text = cuttings(lib.path(), &["search", "credit:twitter"], None);
    let out = stdout(&text);
    assert!(out.contains("Russia Asks for Respect"), "{out}");

    let listed = cuttings(
        lib.path(),
        &[
            "list",
            "--json",
            "--section",
            "News",
            "--published-from",
            "2022-08",
        ],
        None,
    );
    let row: Value = serde_json::from_str(stdout(&listed).trim()).unwrap();
    assert_eq!(row["id"], hit["id"]);
    let none = cuttings(
        lib.path(),
        &["list", "--json", "--published-to", "2021"],
        None,
    );
    assert!(none.status.success());
    assert_eq!(stdout(&none).trim(), "");

    let bad = cuttings(lib.path(), &["search", "\"open"], None);
    assert!(!bad.status.success());
    assert!(stderr(&bad).contains("closing quote"), "{}", stderr(&bad));
}

#[test]
fn original_writes_each_capture_exactly_as_received() {
    let lib = tempfile::tempdir().unwrap();
    let seed = std::fs::read(std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(SEED)).unwrap();
    let imported = cuttings(lib.path(), &["import", "-", "--json"], Some(&seed));
    assert!(imported.status.success(), "{}", stderr(&imported));
    let article: Value = serde_json::from_str(stdout(&imported).trim()).unwrap();
    let capture = article["capture"]["id"].as_i64().unwrap().to_string();

    // `show` names the capture, and `original` gives its bytes back unchanged.
    let id = article["id"].as_i64().unwrap().to_string();
    let shown = stdout(&cuttings(lib.path(), &["show", &id], None));
    assert!(shown.contains(&format!("capture {capture})")), "{shown}");
    let piped = cuttings(lib.path(), &["original", &capture], None);
    assert!(piped.status.success(), "{}", stderr(&piped));
    assert_eq!(piped.stdout, seed);

    // Into a folder, under the proposed name.
    let folder = tempfile::tempdir().unwrap();
    let saved = cuttings(
        lib.path(),
        &[
            "original",
            &capture,
            "--out",
            folder.path().to_str().unwrap(),
        ],
        None,
    );
    assert!(saved.status.success(), "{}", stderr(&saved));
    let files: Vec<_> = std::fs::read_dir(folder.path())
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    assert_eq!(files.len(), 1);
    let name = files[0].file_name().unwrap().to_str().unwrap().to_owned();
    assert!(
        name.starts_with("russia-asks-for-respect-for-serbs-residing-in-kosovo-")
            && name.ends_with(".txt"),
        "{name}"
    );
    assert_eq!(std::fs::read(&files[0]).unwrap(), seed);

    let missing = cuttings(lib.path(), &["original", "9999"], None);
    assert!(!missing.status.success());
    assert!(stderr(&missing).contains("capture 9999 is not in the library"));
}

/// A loopback server answering `requests` requests: the harbour photo at `/img/harbour.jpg`,
/// 404 for anything else. Returns its base URL.
fn serve_photo(requests: usize) -> (String, std::thread::JoinHandle<()>) {
    use std::io::Read;
    let photo = std::fs::read(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../../tests/fixtures/images/harbour.jpg"),
    )
    .unwrap();
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    let handle = std::thread::spawn(move || {
        for _ in 0..requests {
            let (mut stream, _) = listener.accept().unwrap();
            let mut buf = [0u8; 4096];
            let n = stream.read(&mut buf).unwrap_or(0);
            let head = String::from_utf8_lossy(&buf[..n]).to_string();
            let (status, body) = if head.starts_with("GET /img/harbour.jpg ") {
                ("200 OK", photo.clone())
            } else {
                ("404 Not Found", b"gone".to_vec())
            };
            let _ = write!(
                stream,
                "HTTP/1.1 {status}\r\nContent-Type: image/jpeg\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
                body.len()
            );
            let _ = stream.write_all(&body);
        }
    });
    (base, handle)
}

#[test]
fn download_photos_fetches_what_a_saved_page_left_on_the_web() {
    let lib = tempfile::tempdir().unwrap();
    let (base, server) = serve_photo(2);
    let page = format!(
        "<html lang=en><head><title>Harbour reopens</title></head><body><article><h1>Harbour reopens</h1>\
         <figure><img src='{base}/img/harbour.jpg'><figcaption>Boats back on Friday. Photo: Ann Poe</figcaption></figure>\
         <figure><img src='{base}/img/gone.jpg'><figcaption>The old pier</figcaption></figure>\
         <p>The harbour reopened on Friday morning after three days of storms kept the fishing fleet and the ferries in port.</p>\
         <p>Harbour officials said the breakwater held, although a section of the old pier will stay closed for now.</p>\
         </article></body></html>"
    );
    let saved = lib.path().join("harbour.html");
    std::fs::write(&saved, page).unwrap();
    let imported = cuttings(
        lib.path(),
        &["import", saved.to_str().unwrap(), "--json"],
        None,
    );
    assert!(imported.status.success(), "{}", stderr(&imported));
    let article: Value = serde_json::from_str(stdout(&imported).trim()).unwrap();
    let id = article["id"].as_i64().unwrap().to_string();
    assert_eq!(article["photos"][0]["sha256"], Value::Null);

    // Loopback is refused unless allowed: nothing is fetched, and each image says why.
    let refused = cuttings(lib.path(), &["download-photos", &id], None);
    assert_eq!(refused.status.code(), Some(1));
    assert_eq!(stdout(&refused), "downloaded 0 photos\n");
    assert!(
        stderr(&refused).contains(&format!(
            "cuttings: {base}/img/harbour.jpg: download failed"
        )),
        "{}",
        stderr(&refused)
    );

    let fetched = cuttings(
        lib.path(),
        &["download-photos", &id, "--allow-private", "--json"],
        None,
    );
    server.join().unwrap();
    assert_eq!(fetched.status.code(), Some(1), "one image is gone");
    let report: Value = serde_json::from_str(stdout(&fetched).trim()).unwrap();
    assert_eq!(report["downloaded"], 1);
    assert_eq!(report["failed"][0]["url"], format!("{base}/img/gone.jpg"));
    assert!(stderr(&fetched).contains("404"), "{}", stderr(&fetched));

    let shown: Value = serde_json::from_str(&stdout(&cuttings(
        lib.path(),
        &["show", &id, "--json"],
        None,
    )))
    .unwrap();
    let photo = &shown["photos"][0];
    assert_eq!(photo["sha256"].as_str().map(str::len), Some(64));
    assert_eq!(photo["width"], 800);
    assert!(photo["downloaded_at"]
        .as_str()
        .is_some_and(|t| t.ends_with('Z')));
    assert_eq!(shown["photos"][1]["downloaded_at"], Value::Null);

    let missing = cuttings(lib.path(), &["download-photos", "9999"], None);
    assert_eq!(missing.status.code(), Some(1));
    assert!(stderr(&missing).contains("9999"), "{}", stderr(&missing));
}

#[test]
fn a_link_file_is_fetched_as_its_address_and_a_launcher_is_named() {
    let lib = tempfile::tempdir().unwrap();
    let dir = tempfile::tempdir().unwrap();
    let link = dir.path().join("Bridge reopens.desktop");
    std::fs::write(
        &link,
        "[Desktop Entry]\nType=Link\nURL=http://127.0.0.1:9/bridge\n",
    )
    .unwrap();
    let launcher = dir.path().join("Editor.desktop");
    std::fs::write(&launcher, "[Desktop Entry]\nType=Application\nExec=gedit\n").unwrap();
    let out = cuttings(
        lib.path(),
        &[
            "import",
            link.to_str().unwrap(),
            launcher.to_str().unwrap(),
            SEED,
        ],
        None,
    );
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    // The link file's address was asked for (and refused: a loopback address).
    assert!(
        err.contains("http://127.0.0.1:9/bridge: ") && err.contains("refused"),
        "{err}"
    );
    assert!(
        err.contains("Editor.desktop: a link file, but it holds no web address"),
        "{err}"
    );
    assert!(
        stdout(&out).contains("Russia Asks"),
        "the good input was imported"
    );
}
