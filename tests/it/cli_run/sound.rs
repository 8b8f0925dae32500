//! Sound through the real binary when the audio backend fails, as on a
//! server or in a container: every player knead could use (`pw-cat`,
//! `paplay`, `aplay`) complains on stderr and exits, and ALSA has no
//! device at all (`ALSA_CONFIG_PATH=/dev/null`).

use std::fs;
use std::os::unix::fs::PermissionsExt;

use crate::support::sandbox::{SHORT_REST, Sandbox};

#[test]
fn a_session_with_a_failing_audio_backend_completes_and_says_so_once() {
    let sandbox = Sandbox::new();
    let routine = sandbox.scratch_file("rest.toml", SHORT_REST);
    let players = sandbox.scratch_dir().join("players");
    fs::create_dir(&players).expect("a folder for the players");
    for name in ["pw-cat", "paplay", "aplay"] {
        let player = players.join(name);
        fs::write(
            &player,
            "#!/bin/sh\necho \"$0: Connection refused\" >&2\nexit 1\n",
        )
        .expect("a failing player");
        fs::set_permissions(&player, fs::Permissions::from_mode(0o755)).expect("executable");
    }
    let output = sandbox
        .knead()
        .arg("run")
        .arg(&routine)
        .args(["--plain", "--speed", "1000"])
        .env("PATH", &players)
        .env("ALSA_CONFIG_PATH", "/dev/null")
        .write_stdin("n\nb\n")
        .output()
        .expect("knead runs");
    assert!(output.status.success(), "{output:?}");
    // The players' own complaints never reach the person's screen.
    assert_eq!(String::from_utf8_lossy(&output.stderr), "");
    let stdout = String::from_utf8_lossy(&output.stdout);
    let said: Vec<&str> = stdout
        .lines()
        .filter(|l| l.contains("runs silently"))
        .collect();
    let expected = if cfg!(feature = "sound") {
        "NOTICE: No sound: no speaker or headphones were found, so the session runs silently."
    } else {
        "NOTICE: built without sound: the session runs silently"
    };
    assert_eq!(said, [expected]);
    assert!(stdout.contains("\nDONE: "), "{stdout}");
}

#[test]
fn the_cues_are_streamed_to_the_systems_player() {
    let sandbox = Sandbox::new();
    let routine = sandbox.scratch_file("rest.toml", SHORT_REST);
    let players = sandbox.scratch_dir().join("players");
    fs::create_dir(&players).expect("a folder for the players");
    let heard = sandbox.scratch_dir().join("heard.raw");
    let player = players.join("paplay");
    let script = format!("#!/bin/sh\nexec /bin/cat > '{}'\n", heard.display());
    fs::write(&player, script).expect("a recording player");
    fs::set_permissions(&player, fs::Permissions::from_mode(0o755)).expect("executable");
    // At speed 2 the 2 s rest lasts a second: time for the bell and the
    // step's sounds to reach the player.
    let output = sandbox
        .knead()
        .arg("run")
        .arg(&routine)
        .args(["--plain", "--speed", "2"])
        .env("PATH", &players)
        .write_stdin("n\nb\n")
        .output()
        .expect("knead runs");
    assert!(output.status.success(), "{output:?}");
    let stdout = String::from_utf8_lossy(&output.stdout);
    if !cfg!(feature = "sound") {
        // A build without sound never starts a player.
        assert!(!heard.exists(), "{stdout}");
        return;
    }
    assert!(!stdout.contains("runs silently"), "{stdout}");
    let bytes = fs::read(&heard).expect("the player was started");
    let loudest = bytes
        .chunks_exact(2)
        .map(|pair| i16::from_le_bytes([pair[0], pair[1]]).unsigned_abs())
        .max()
        .unwrap_or(0);
    assert!(
        loudest > 1000,
        "{} bytes of 16-bit sound, loudest {loudest}",
        bytes.len()
    );
}
