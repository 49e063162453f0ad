//! The development corpus (`../shared/corpus/`) as unit tests read it. Test-only.

use std::path::PathBuf;

/// The corpus's saved Readability pages (path, text); `None` when the corpus is not
/// beside the project (it is in CI and development).
pub(crate) fn readability_pages() -> Option<Vec<(PathBuf, String)>> {
    readability_files("source.html")
}

/// The text a browser's copy gave of each Readability page (path, text); `None` as above.
pub(crate) fn readability_clippings() -> Option<Vec<(PathBuf, String)>> {
    readability_files("clipped.txt")
}

/// The file `name` of each Readability page's folder (path, text).
fn readability_files(name: &str) -> Option<Vec<(PathBuf, String)>> {
    let dir =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/corpus/readability");
    let entries = std::fs::read_dir(&dir).ok()?;
    let files = entries
        .flatten()
        .filter_map(|entry| {
            let path = entry.path().join(name);
            std::fs::read_to_string(&path).ok().map(|text| (path, text))
        })
        .collect();
    Some(files)
}
