//! What the integration tests share.

use std::path::{Path, PathBuf};

/// `path` from the repository's root: cargo runs a crate's tests in the crate's own folder,
/// and the test stories, reports and the article live at the top of the repository.
pub fn repo_path(path: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../..")
        .join(path)
}
