//! The engine never reads the clock: time is always an argument. Neither it
//! nor the safety texts touch files or the journal: they are pure, and the
//! journal is read by whoever starts a session.

use std::fs;

use crate::support::source_paths::{module_files, named_under};

#[test]
fn nothing_under_src_session_reads_the_clock() {
    let files = module_files("session");
    assert!(files.len() > 5, "found {files:?}");
    for file in files {
        let text = fs::read_to_string(&file).expect("a readable source file");
        for banned in ["Instant::now", "SystemTime::now", "thread::sleep"] {
            assert!(!text.contains(banned), "{} uses {banned}", file.display());
        }
    }
}

#[test]
fn faces_and_their_input_never_read_the_clock() {
    // The session loop reads the instant once per turn and hands it on:
    // a frame or a line shows the session at an instant the loop saw.
    let mut files = module_files("tui");
    files.extend(module_files("plain"));
    assert!(files.len() > 20, "found {files:?}");
    for file in files {
        let text = fs::read_to_string(&file).expect("a readable source file");
        for banned in ["now()", "Instant::now", "SystemTime::now", "Timestamp::now"] {
            assert!(!text.contains(banned), "{} uses {banned}", file.display());
        }
    }
}

#[test]
fn session_and_safety_import_neither_the_journal_nor_files() {
    let mut files = module_files("session");
    files.extend(module_files("safety"));
    assert!(files.len() > 10, "found {files:?}");
    for file in files {
        let text = fs::read_to_string(&file).expect("a readable source file");
        let banned = [("crate", "journal"), ("std", "fs")];
        for (root, first) in banned {
            let found = named_under(&text, root)
                .into_iter()
                .find(|n| n.first == first);
            if let Some(named) = found {
                panic!("{}:{} uses {root}::{first}", file.display(), named.line);
            }
        }
    }
}
