//! The development corpus (`../shared/corpus/`) as unit tests read it. Test-only.

use std::path::PathBuf;

/// The corpus's saved Readability pages (path, text); `None` when the corpus is not
/// beside the project (it is in CI and development).
pub(crate) fn readability_pages() -> Option<Vec<(PathBuf, String)>> {
    let dir =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/corpus/readability");
    let entries = std::fs::read_dir(&dir).ok()?;
    let pages = entries
        .flatten()
        .filter_map(|entry| {
            let path = entry.path().join("source.html");
            std::fs::read_to_string(&path).ok().map(|page| (path, page))
        })
        .collect();
    Some(pages)
}
