//! Commands through `tauri::test`'s mock runtime: the real IPC path (deserialising
//! arguments, permissions aside), the real core on a temporary library.

use cuttings_core::Library;
use cuttings_desktop::state::AppState;
use serde_json::{json, Value};
use tauri::ipc::{CallbackFn, InvokeBody};
use tauri::test::{get_ipc_response, mock_builder, mock_context, noop_assets, INVOKE_KEY};
use tauri::webview::InvokeRequest;
use tauri::WebviewWindowBuilder;

const SEED: &str = include_str!("fixtures/clippings/telesur-kosovo-2022.txt");

fn app(library: Library) -> tauri::WebviewWindow<tauri::test::MockRuntime> {
    let app = cuttings_desktop::configure(mock_builder(), AppState::with_library(library))
        .build(mock_context(noop_assets()))
        .expect("app builds");
    WebviewWindowBuilder::new(&app, "main", Default::default())
        .build()
        .expect("window builds")
}

fn invoke(
    window: &tauri::WebviewWindow<tauri::test::MockRuntime>,
    cmd: &str,
    body: InvokeBody,
    headers: &[(&str, &str)],
) -> Result<Value, Value> {
    let mut header_map = tauri::http::HeaderMap::new();
    for (k, v) in headers {
        header_map.insert(
            tauri::http::HeaderName::from_bytes(k.as_bytes()).unwrap(),
            tauri::http::HeaderValue::from_str(v).unwrap(),
        );
    }
    get_ipc_response(
        window,
        InvokeRequest {
            cmd: cmd.into(),
            callback: CallbackFn(0),
            error: CallbackFn(1),
            url: "tauri://localhost".parse().unwrap(),
            body,
            headers: header_map,
            invoke_key: INVOKE_KEY.to_string(),
        },
    )
    .map(|b| b.deserialize::<Value>().unwrap())
}

fn json_body(v: Value) -> InvokeBody {
    InvokeBody::Json(v)
}

#[test]
fn import_text_then_list_and_read() {
    let window = app(Library::open_in_memory().unwrap());
    let outcome = invoke(
        &window,
        "import_text",
        json_body(json!({"text": SEED})),
        &[],
    )
    .unwrap();
    assert_eq!(outcome["status"], "created");
    let id = outcome["article_id"].as_i64().unwrap();

    let page = invoke(
        &window,
        "list_articles",
        json_body(json!({"query": {}, "after": null, "limit": 50})),
        &[],
    )
    .unwrap();
    assert_eq!(
        page["items"][0]["title"],
        "Russia Asks for Respect for Serbs Residing in Kosovo"
    );
    assert_eq!(page["next"], Value::Null);

    let found = invoke(
        &window,
        "list_articles",
        json_body(json!({"query": {"search": "serbs respect"}, "after": null, "limit": 20})),
        &[],
    )
    .unwrap();
    assert_eq!(found["items"][0]["id"], id);
    let snippet = found["items"][0]["snippet"].as_str().unwrap();
    assert!(snippet.contains('\u{e000}'), "{snippet}");
    let refused = invoke(
        &window,
        "list_articles",
        json_body(json!({"query": {"search": "\"open"}, "after": null, "limit": 20})),
        &[],
    )
    .unwrap_err();
    assert_eq!(refused["code"], "invalid_query");
    assert!(refused["message"]
        .as_str()
        .unwrap()
        .contains("closing quote"));

    let facets = invoke(&window, "get_facets", json_body(json!({"query": {}})), &[]).unwrap();
    assert_eq!(facets["total"], 1);
    assert_eq!(facets["sections"][0]["value"], "News / World");
    let photos = invoke(
        &window,
        "list_photos",
        json_body(json!({"query": {"search": "credit:twitter"}, "after": null, "limit": 10})),
        &[],
    )
    .unwrap();
    assert_eq!(photos["items"][0]["credit"], "Twitter/ @AmirAlexanderR7");

    let article = invoke(&window, "get_article", json_body(json!({"id": id})), &[]).unwrap();
    assert_eq!(article["photos"][0]["credit"], "Twitter/ @AmirAlexanderR7");
    assert_eq!(article["capture"]["kind"], "text");

    let again = invoke(
        &window,
        "import_text",
        json_body(json!({"text": SEED})),
        &[],
    )
    .unwrap();
    assert_eq!(again["status"], "already_there");
    assert_eq!(again["article_id"], id);

    let info = invoke(&window, "library_info", json_body(json!({})), &[]).unwrap();
    assert_eq!(info["article_count"], 1);
}

#[test]
fn import_file_takes_raw_bytes_and_a_named_header() {
    let window = app(Library::open_in_memory().unwrap());
    let page = b"<html><head><title>A page</title></head><body><article><h1>A page</h1><p>Some words that make up the body of this short test article, long enough to read.</p></article></body></html>".to_vec();
    let outcome = invoke(
        &window,
        "import_file",
        InvokeBody::Raw(page),
        &[("x-cuttings-file-name", "my%20page.html")],
    )
    .unwrap();
    assert_eq!(outcome["status"], "created");
    let article = invoke(
        &window,
        "get_article",
        json_body(json!({"id": outcome["article_id"]})),
        &[],
    )
    .unwrap();
    assert_eq!(article["capture"]["source_name"], "my page.html");
    assert_eq!(article["capture"]["kind"], "file");

    let err = invoke(&window, "import_file", json_body(json!({})), &[]).unwrap_err();
    assert_eq!(err["code"], "invalid_input");
}

#[test]
fn errors_cross_as_code_and_message() {
    let window = app(Library::open_in_memory().unwrap());
    let err = invoke(&window, "get_article", json_body(json!({"id": 999})), &[]).unwrap_err();
    assert_eq!(
        err,
        json!({"code": "not_found", "message": "there is no article 999 in this library"})
    );

    let err = invoke(
        &window,
        "import_text",
        json_body(json!({"text": "   \n "})),
        &[],
    )
    .unwrap_err();
    assert_eq!(err["code"], "invalid_input");
    assert!(
        err["message"].as_str().unwrap().contains("pasted text"),
        "{err}"
    );

    let err = invoke(
        &window,
        "open_link",
        json_body(json!({"url": "javascript:alert(1)"})),
        &[],
    )
    .unwrap_err();
    assert_eq!(err["code"], "forbidden");
    let err = invoke(
        &window,
        "open_link",
        json_body(json!({"url": "file:///etc/passwd"})),
        &[],
    )
    .unwrap_err();
    assert_eq!(err["code"], "forbidden");
}

#[test]
fn a_library_that_failed_to_open_reports_why() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("library.sqlite");
    {
        let conn = rusqlite_free_sqlite(&db);
        drop(conn);
    }
    let state = AppState::open(Some(dir.path().to_path_buf()));
    let app = cuttings_desktop::configure(mock_builder(), state)
        .build(mock_context(noop_assets()))
        .unwrap();
    let window = WebviewWindowBuilder::new(&app, "main", Default::default())
        .build()
        .unwrap();
    let err = invoke(&window, "library_info", json_body(json!({})), &[]).unwrap_err();
    assert_eq!(err["code"], "corrupt", "{err}");
    assert!(err["message"].as_str().unwrap().contains("library.sqlite"));
}

/// Writes a file that is not a database at all.
fn rusqlite_free_sqlite(path: &std::path::Path) -> std::fs::File {
    std::fs::write(path, b"this is not an SQLite database, just some text that is long enough to have a header of sorts....").unwrap();
    std::fs::File::open(path).unwrap()
}

#[test]
fn images_are_served_by_sha_from_the_library() {
    let state = AppState::with_library(Library::open_in_memory().unwrap());
    let missing = cuttings_desktop::images::respond(&state, &format!("/thumb/{}", "a".repeat(64)));
    assert_eq!(missing.status(), 404);
    let bad = cuttings_desktop::images::respond(&state, "/thumb/../../etc/passwd");
    assert_eq!(bad.status(), 400);
    let missing_list =
        cuttings_desktop::images::respond(&state, &format!("/list/{}", "a".repeat(64)));
    assert_eq!(missing_list.status(), 404);
    let unknown = cuttings_desktop::images::respond(&state, "/other/x");
    assert_eq!(unknown.status(), 404);
}

#[test]
fn article_bodies_are_served_by_the_content_scheme_with_its_policy() {
    let library = Library::open_in_memory().unwrap();
    let outcome = library
        .import(cuttings_core::capture::ImportRequest::pasted_text(SEED))
        .unwrap();
    let state = AppState::with_library(library);
    let page =
        cuttings_desktop::content::respond(&state, &format!("/article/{}", outcome.article_id()));
    assert_eq!(page.status(), 200);
    assert_eq!(
        page.headers()["content-security-policy"],
        cuttings_desktop::content::CONTENT_CSP
    );
    assert_eq!(page.headers()["content-type"], "text/html; charset=utf-8");
    let html = String::from_utf8(page.body().clone()).unwrap();
    assert!(html.contains("Russia"), "{html}");
    assert!(html.contains("<script src=\"/reader.js\" defer></script>"));
    assert_eq!(
        html.matches("<script").count(),
        1,
        "our script is the frame's only script"
    );
    let script = cuttings_desktop::content::respond(&state, "/reader.js");
    assert_eq!(script.status(), 200);
    for missing in ["/article/99999", "/article/x", "/../library.sqlite", "/"] {
        assert_eq!(
            cuttings_desktop::content::respond(&state, missing).status(),
            404,
            "{missing}"
        );
    }
}

#[test]
fn a_list_of_links_runs_as_a_batch_and_each_refused_link_is_named() {
    use tauri::Listener;
    let window = app(Library::open_in_memory().unwrap());
    let (tx, rx) = std::sync::mpsc::channel::<String>();
    window.listen_any("import-finished", move |event| {
        let _ = tx.send(event.payload().to_string());
    });
    // The app's default rules refuse loopback addresses: both links fail, each by name.
    let links = ["http://127.0.0.1:9/one", "http://127.0.0.1:9/two"];
    let started = invoke(
        &window,
        "import_links",
        json_body(json!({ "urls": links })),
        &[],
    );
    assert_eq!(started, Ok(Value::Null));
    let report: Value = serde_json::from_str(
        &rx.recv_timeout(std::time::Duration::from_secs(20))
            .expect("the batch finishes"),
    )
    .unwrap();
    let failed: Vec<&str> = report["failures"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["input"].as_str().unwrap())
        .collect();
    assert_eq!(failed, links);
    assert!(
        report["failures"][0]["message"]
            .as_str()
            .unwrap()
            .contains("refused"),
        "{report}"
    );
    assert_eq!(report["outcomes"], json!([]));

    let none = invoke(
        &window,
        "import_links",
        json_body(json!({ "urls": ["  "] })),
        &[],
    )
    .unwrap_err();
    assert_eq!(none["code"], "invalid_input");
    let many: Vec<String> = (0..1001)
        .map(|i| format!("https://news.example/{i}"))
        .collect();
    let too_many = invoke(
        &window,
        "import_links",
        json_body(json!({ "urls": many })),
        &[],
    )
    .unwrap_err();
    assert_eq!(too_many["code"], "invalid_input");
    assert!(
        too_many["message"]
            .as_str()
            .unwrap()
            .starts_with("1001 links"),
        "{too_many}"
    );
}
