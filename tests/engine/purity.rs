//! The engine never reads the clock: time is always an argument.

use std::fs;
use std::path::Path;

fn rust_files(dir: &Path, found: &mut Vec<std::path::PathBuf>) {
    let entries = fs::read_dir(dir).expect("src/session is readable");
    for entry in entries {
        let path = entry.expect("a directory entry").path();
        if path.is_dir() {
            rust_files(&path, found);
        } else if path.extension().is_some_and(|ext| ext == "rs") {
            found.push(path);
        }
    }
}

#[test]
fn nothing_under_src_session_reads_the_clock() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = vec![src.join("session.rs")];
    rust_files(&src.join("session"), &mut files);
    assert!(files.len() > 5, "found {files:?}");
    for file in files {
        let text = fs::read_to_string(&file).expect("a readable source file");
        for banned in ["Instant::now", "SystemTime::now", "thread::sleep"] {
            assert!(!text.contains(banned), "{} uses {banned}", file.display());
        }
    }
}
