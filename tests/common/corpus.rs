//! The pages of `../shared/corpus` (every set: `html/*.html`, or Readability's one folder per
//! page with `source.html`), for the tests that run over all of them. `None` when the shared
//! material is not beside the project: the caller says loudly what it skips.

use std::path::{Path, PathBuf};

pub fn pages() -> Option<Vec<PathBuf>> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus");
    let sets = std::fs::read_dir(&root).ok()?;
    let mut pages = Vec::new();
    for set in sets.flatten() {
        if let Ok(files) = std::fs::read_dir(set.path().join("html")) {
            pages.extend(files.flatten().map(|f| f.path()));
        } else if let Ok(dirs) = std::fs::read_dir(set.path()) {
            pages.extend(
                dirs.flatten()
                    .map(|d| d.path().join("source.html"))
                    .filter(|p| p.exists()),
            );
        }
    }
    pages.sort();
    (!pages.is_empty()).then_some(pages)
}
