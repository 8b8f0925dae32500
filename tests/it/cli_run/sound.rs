//! Sound through the real binary when the audio backend fails: ALSA with
//! no device at all (`ALSA_CONFIG_PATH=/dev/null`), as on a server or in a
//! container.

use crate::support::sandbox::{SHORT_REST, Sandbox};

#[test]
fn a_session_with_a_failing_audio_backend_completes_and_says_so_once() {
    let sandbox = Sandbox::new();
    let routine = sandbox.scratch_file("rest.toml", SHORT_REST);
    let output = sandbox
        .knead()
        .arg("run")
        .arg(&routine)
        .args(["--plain", "--speed", "1000"])
        .env("ALSA_CONFIG_PATH", "/dev/null")
        .write_stdin("n\nb\n")
        .output()
        .expect("knead runs");
    assert!(output.status.success(), "{output:?}");
    // ALSA's own complaints never reach the person's screen.
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
