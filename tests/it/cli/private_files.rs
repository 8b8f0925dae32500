//! What knead writes about the person is theirs alone (issue 14): the
//! files it creates in its data folder are readable by their owner only.
#![cfg(unix)]

use std::os::unix::fs::PermissionsExt;

use crate::support::sandbox::Sandbox;

const ONE_STEP: &str = "format = 1\ntitle = \"One\"\n\n[[step]]\nkind = \"rest\"\ntitle = \"Rest\"\ncue = \"Breathe.\"\nduration = \"2s\"\n";

#[test]
fn the_first_run_marker_is_readable_by_its_owner_only() {
    let sandbox = Sandbox::new();
    let path = sandbox.scratch_file("one.toml", ONE_STEP);
    sandbox
        .run_fast(path.to_str().expect("UTF-8"), "n\ns\n")
        .assert()
        .code(0);
    let marker = sandbox
        .journal_path()
        .with_file_name("first-run-notice-seen");
    let mode = std::fs::metadata(&marker)
        .unwrap_or_else(|e| panic!("{marker:?}: {e}"))
        .permissions()
        .mode();
    assert_eq!(mode & 0o777, 0o600, "{mode:o}");
}

#[test]
fn the_journal_and_its_folder_are_readable_by_their_owner_only() {
    let sandbox = Sandbox::new();
    let path = sandbox.scratch_file("one.toml", ONE_STEP);
    sandbox
        .run_fast(path.to_str().expect("UTF-8"), "n\ns\n")
        .assert()
        .code(0);
    let journal = sandbox.journal_path();
    let mode = |path: &std::path::Path| {
        std::fs::metadata(path)
            .unwrap_or_else(|e| panic!("{path:?}: {e}"))
            .permissions()
            .mode()
            & 0o777
    };
    assert_eq!(mode(&journal), 0o600, "the journal");
    let folder = journal.parent().expect("a folder");
    assert_eq!(mode(folder), 0o700, "the journal's folder");
}

#[test]
fn a_journal_another_program_made_readable_is_made_private_saying_so_once() {
    let sandbox = Sandbox::new();
    let journal = sandbox.journal_path();
    std::fs::create_dir_all(journal.parent().expect("a folder")).expect("data folder");
    std::fs::write(&journal, "").expect("an empty journal");
    let readable = std::fs::Permissions::from_mode(0o644);
    std::fs::set_permissions(&journal, readable).expect("made readable");
    let path = sandbox.scratch_file("one.toml", ONE_STEP);
    let output = sandbox
        .run_fast(path.to_str().expect("UTF-8"), "n\ns\n")
        .output()
        .expect("knead ran");
    assert_eq!(output.status.code(), Some(0));
    let mode = std::fs::metadata(&journal)
        .expect("the journal")
        .permissions()
        .mode();
    assert_eq!(mode & 0o777, 0o600, "{mode:o}");
    let stderr = String::from_utf8_lossy(&output.stderr);
    let note = "could be read by others (644); it is now readable by you only (600)";
    assert_eq!(stderr.matches(note).count(), 1, "{stderr}");
}
