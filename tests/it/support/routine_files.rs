//! The routine files in a folder of the crate, by id.

use std::fs;
use std::path::Path;

/// The ids of the routine files in `folder` (from the crate root): their
/// file names without `.toml`, sorted.
pub fn routine_ids(folder: &str) -> Vec<String> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join(folder);
    let mut ids: Vec<String> = fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("{folder}/: {e:?}"))
        .map(|entry| entry.expect("entry").path())
        .filter(|path| path.extension().is_some_and(|e| e == "toml"))
        .filter_map(|path| Some(path.file_stem()?.to_str()?.to_owned()))
        .collect();
    ids.sort();
    ids
}
