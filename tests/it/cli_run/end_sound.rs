//! A routine whose timing relies on the end sound, run where no sound will
//! play (review S14): before the first step knead says the sound is off and
//! what to watch instead, whether `--mute`, the settings or a missing
//! device silenced it; a routine that needs no sound to end on time says
//! nothing more.

use std::fs;
use std::os::unix::fs::PermissionsExt;

use crate::support::sandbox::Sandbox;

/// The pack routine, whose notes rely on the sound to end the pack time.
const HEAT: &str = "heat-cold-wind-down";

/// "No" to the screening, then end of input.
const NO: &str = "n\n";

/// The lines before the first `STEP:` line.
fn before_first_step(stdout: &str) -> Vec<&str> {
    stdout
        .lines()
        .take_while(|line| !line.starts_with("STEP: "))
        .collect()
}

/// The one line that says the sound is off, before the first step.
#[track_caller]
fn warned(stdout: &str) -> String {
    assert!(stdout.contains("\nSTEP: 1."), "{stdout}");
    let said: Vec<&str> = before_first_step(stdout)
        .into_iter()
        .filter(|line| line.contains("Sound is off"))
        .collect();
    assert_eq!(said.len(), 1, "{stdout}");
    said[0].to_owned()
}

fn run(sandbox: &Sandbox, routine: &str, flags: &[&str]) -> String {
    let output = sandbox
        .knead()
        .arg("run")
        .arg(routine)
        .args(["--plain", "--speed", "1000"])
        .args(flags)
        .write_stdin(NO)
        .output()
        .expect("knead runs");
    String::from_utf8_lossy(&output.stdout).into_owned()
}

#[test]
fn a_muted_pack_routine_says_what_to_watch_before_the_first_step() {
    let stdout = run(&Sandbox::new(), HEAT, &["--mute"]);
    let line = warned(&stdout);
    // The pack routine runs 16.5 minutes, the pack on for 15.5 of them:
    // the timer agrees with its "About 15 minutes", rounded the same way.
    assert_eq!(
        line,
        "NOTICE: Sound is off, so nothing sounds when the pack's time is up: \
         set a timer for 15 minutes or keep the clock in view."
    );
    assert!(line.split_whitespace().count() <= 25, "{line}");
    assert!(stdout.contains("BEFORE: About 15 minutes"), "{stdout}");
}

#[test]
fn sound_off_in_the_settings_warns_as_mute_does() {
    let sandbox = Sandbox::new();
    sandbox.write_config("sound = false\n");
    warned(&run(&sandbox, HEAT, &[]));
    let sandbox = Sandbox::new();
    sandbox.write_config("volume = 0\n");
    warned(&run(&sandbox, HEAT, &[]));
}

#[test]
fn long_holds_nobody_watches_warn_and_short_ones_do_not() {
    let sandbox = Sandbox::new();
    let line = warned(&run(&sandbox, "trigger-point-holds", &["--mute"]));
    assert!(line.contains("never hold past 5m"), "{line}");
    let stdout = run(&sandbox, "piriformis-tennis-ball", &["--mute"]);
    assert!(stdout.contains("\nSTEP: 1."), "{stdout}");
    assert!(!stdout.contains("Sound is off"), "{stdout}");
}

#[test]
fn with_the_sound_on_nothing_is_said() {
    let sandbox = Sandbox::new();
    // A player that takes the sound and plays it nowhere.
    let players = sandbox.scratch_dir().join("players");
    fs::create_dir(&players).expect("a folder for the players");
    let player = players.join("paplay");
    fs::write(&player, "#!/bin/sh\nexec /bin/cat > /dev/null\n").expect("a player");
    fs::set_permissions(&player, fs::Permissions::from_mode(0o755)).expect("executable");
    let output = sandbox
        .knead()
        .args(["run", HEAT, "--plain", "--speed", "1000"])
        .env("PATH", &players)
        .write_stdin(NO)
        .output()
        .expect("knead runs");
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(stdout.contains("\nSTEP: 1."), "{stdout}");
    if cfg!(feature = "sound") {
        assert!(!stdout.contains("Sound is off"), "{stdout}");
    }
}

#[test]
fn a_missing_audio_device_warns_with_the_notice_that_says_so() {
    let sandbox = Sandbox::new();
    let players = sandbox.scratch_dir().join("players");
    fs::create_dir(&players).expect("a folder for the players");
    for name in ["pw-cat", "paplay", "aplay"] {
        let player = players.join(name);
        fs::write(&player, "#!/bin/sh\nexit 1\n").expect("a failing player");
        fs::set_permissions(&player, fs::Permissions::from_mode(0o755)).expect("executable");
    }
    let output = sandbox
        .knead()
        .args(["run", HEAT, "--plain", "--speed", "1000"])
        .env("PATH", &players)
        .env("ALSA_CONFIG_PATH", "/dev/null")
        .write_stdin(NO)
        .output()
        .expect("knead runs");
    let stdout = String::from_utf8_lossy(&output.stdout);
    // Said once, wherever the device was found missing.
    let said = stdout.matches("Sound is off").count();
    assert_eq!(said, 1, "{stdout}");
}
