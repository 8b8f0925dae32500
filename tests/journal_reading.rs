//! Reading a journal that cannot be read, through the real `knead history`:
//! the error names the path and keeps the reason.

use std::fs;
use std::time::Duration;

#[allow(dead_code)]
#[path = "support/sandbox.rs"]
mod sandbox;

use sandbox::Sandbox;

/// `knead ARGS` with the journal path made by `make`: must end within 20 s,
/// fail, and say in one line what the path is and why it was refused.
fn refused(make: impl Fn(&std::path::Path), args: &[&str], why: &str) {
    let sandbox = Sandbox::new();
    let path = sandbox.journal_path();
    fs::create_dir_all(path.parent().expect("a folder")).expect("data folder");
    make(&path);
    let output = sandbox
        .knead()
        .args(args)
        .timeout(Duration::from_secs(20))
        .output()
        .expect("knead runs");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(1), "{stderr}");
    let expected = format!("cannot read the journal {}: {why}", path.display());
    assert!(stderr.contains(&expected), "{stderr}");
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
}

#[test]
fn a_folder_as_the_journal_keeps_the_os_reason() {
    let folder = |path: &std::path::Path| fs::create_dir(path).expect("folder");
    refused(folder, &["history"], "Is a directory");
}
