//! The full screen says, before the first step, that a muted pack routine
//! has no end sound and what to watch instead (review S14), as plain mode
//! does (`cli_run::end_sound`).

use super::Knead;

const HEAT: &str = include_str!("../../../routines/heat-cold-wind-down.toml");

#[test]
fn a_muted_pack_routine_says_what_to_watch_on_the_page_before_the_first_step() {
    let mut knead = Knead::launch((30, 100), |command, dir| {
        let routine = dir.join("heat-cold-wind-down.toml");
        std::fs::write(&routine, HEAT).expect("routine written");
        command.args(["run", "--mute"]);
        command.arg(&routine);
    });
    let screen = knead.wait_for("Sound is off, so nothing sounds when the pack's time is up");
    assert!(
        screen.contains("Does any of these apply to you today?"),
        "{screen}"
    );
    assert!(screen.contains("set a timer for 17 minutes"), "{screen}");
    knead.press("x");
    knead.wait_for("Enter leave");
    knead.press("\r");
    let (code, _) = knead.exit_code();
    assert_eq!(code, 3);
}
