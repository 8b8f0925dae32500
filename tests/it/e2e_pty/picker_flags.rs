//! `knead --mute --speed 1000` at a terminal (issue 22): the full-screen
//! picker starts the routine picked with the flags given to `knead`.

use super::Knead;
use crate::support::sandbox::SHORT_REST;

#[test]
fn the_full_screen_picker_runs_the_pick_with_the_session_flags() {
    let mut knead = Knead::launch((30, 100), |command, dir| {
        let routines = dir.join("config/knead/routines");
        std::fs::create_dir_all(&routines).expect("routine folder");
        std::fs::write(routines.join("short-rest.toml"), SHORT_REST).expect("routine written");
        command.args(["--mute", "--reduce-motion", "--speed", "1000"]);
    });
    knead.wait_for("Choose a routine");
    knead.press("/short rest");
    knead.wait_for("1 of 11");
    knead.press("\r");
    knead.say_no_to_the_screening();
    // At 1000 times the speed the 2 s rest is over at once.
    knead.wait_for("better, the same or worse");
    knead.answer("b");
    knead.wait_for("Enter leave");
    knead.press("\r");
    let (code, journal) = knead.exit_code();
    assert_eq!(code, 0);
    assert!(journal.contains(r#""routine":"short-rest""#), "{journal}");
    assert!(journal.contains(r#""preview":true"#), "{journal}");
}
