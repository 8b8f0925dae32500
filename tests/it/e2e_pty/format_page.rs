//! `knead help format` at a terminal (issue 22): the reference is longer
//! than any screen, so it goes through the pager, whole.

use std::thread;
use std::time::{Duration, Instant};

use super::Knead;
use crate::support::pty::PATIENCE;

#[test]
fn help_format_at_a_terminal_goes_through_the_pager() {
    let dir = tempfile::tempdir().expect("temp dir");
    let seen = dir.path().join("seen");
    let pager = format!("sh -c 'cat > \"{}\"'", seen.display());
    let mut knead = Knead::launch((24, 80), |command, _| {
        command.args(["help", "format"]);
        command.env("KNEAD_PAGER", &pager);
    });
    let deadline = Instant::now() + PATIENCE;
    while knead.child.try_wait().ok().flatten().is_none() {
        assert!(Instant::now() < deadline, "knead help format did not exit");
        thread::sleep(Duration::from_millis(20));
    }
    let paged = std::fs::read_to_string(&seen).expect("the pager ran");
    assert_eq!(paged, include_str!("../../../docs/routine-format.md"));
}
