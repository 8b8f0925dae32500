//! `--voice` through the real binary, with a fake speech program on `PATH`
//! (a shell script named `espeak-ng` that writes the sentence it was given
//! to a file): what is said and in what order, a speech program that takes
//! ten seconds never holding the session up, none left running afterwards,
//! and a machine with no speech program.
//!
//! `ALSA_CONFIG_PATH=/dev/null` leaves ALSA with no device, so the clips
//! stay silent on a machine with speakers too.

use std::fs;
use std::io::{BufRead, BufReader, Write};
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::process::{Child, Command as StdCommand, ExitStatus, Stdio};
use std::thread;
use std::time::{Duration, Instant};

use super::runs::wait_until;
use crate::support::sandbox::{SHORT_REST, Sandbox};

/// A hold on both sides: left, switch sides, right, each with its last
/// three seconds, two check-ins, and the end.
const CALF: &str = "format = 1\ntitle = \"Calf\"\ntools = [\"tennis ball\"]\n\n[[step]]\nkind = \"hold\"\ntitle = \"Press the calf\"\ncue = \"Lean in.\"\nside = \"both\"\nduration = \"5s\"\n";

/// At speed 5 a second lasts 200 ms: every sentence gets time to start
/// before the next one cuts it off, even on a loaded machine.
const SPEED: &str = "5";

/// How long a question waits before its answer, so its own sentence is
/// said (started) before the next step's cuts it off.
const THINK: Duration = Duration::from_millis(400);

/// Everything the calf routine says, in order.
fn calf_sentences() -> Vec<String> {
    // As both faces ask it, "(y stops)" in words.
    let check_in = "Anything new or worse since you started: sharp pain, numbness, tingling, or spreading pain? Yes stops the session.";
    [
        "Press the calf, left side.",
        "three",
        "two",
        "one",
        check_in,
        "Switch sides.",
        "three",
        "two",
        "one",
        "Press the calf, right side.",
        "three",
        "two",
        "one",
        check_in,
        "Routine complete.",
    ]
    .map(str::to_owned)
    .to_vec()
}

/// A folder holding a fake `espeak-ng` that notes its last argument (the
/// sentence) in `said` and its process id in `pids`, then runs `then`.
struct FakeSpeech {
    dir: PathBuf,
}

impl FakeSpeech {
    fn new(sandbox: &Sandbox, then: &str) -> Self {
        let dir = sandbox.scratch_dir().join("bin");
        fs::create_dir_all(&dir).expect("bin folder");
        let script = format!(
            "#!/bin/sh\nfor word; do last=$word; done\nprintf '%s\\n' \"$$\" >> '{pids}'\nprintf '%s\\n' \"$last\" >> '{said}'\n{then}\n",
            pids = dir.join("pids").display(),
            said = dir.join("said").display(),
        );
        let path = dir.join("espeak-ng");
        fs::write(&path, script).expect("fake written");
        fs::set_permissions(&path, fs::Permissions::from_mode(0o755)).expect("executable");
        Self { dir }
    }

    /// Every sentence said so far, in order.
    fn said(&self) -> Vec<String> {
        lines(&self.dir.join("said"))
    }

    /// Whether any fake speech program is still running.
    fn any_running(&self) -> bool {
        lines(&self.dir.join("pids"))
            .iter()
            .any(|pid| Path::new("/proc").join(pid).exists())
    }
}

fn lines(path: &Path) -> Vec<String> {
    fs::read_to_string(path)
        .unwrap_or_default()
        .lines()
        .map(str::to_owned)
        .collect()
}

/// `knead run ROUTINE --plain --voice --speed SPEED` with only `path` to
/// search for programs, answering each question (no, then "better") a
/// moment after it shows; its exit status, output lines and wall time.
fn run_voiced(
    sandbox: &Sandbox,
    routine: &Path,
    path: &Path,
) -> (ExitStatus, Vec<String>, Duration) {
    run_spawned(spawn_voiced(sandbox, routine, path))
}

/// Answers a spawned knead's questions until it ends; its exit status,
/// output lines and wall time.
fn run_spawned(mut child: Child) -> (ExitStatus, Vec<String>, Duration) {
    let started = Instant::now();
    let lines = answer_questions(&mut child);
    let mut status = None;
    let ended = wait_until(Duration::from_secs(20), || {
        status = child.try_wait().expect("try_wait");
        status.is_some()
    });
    assert!(ended, "knead did not end: {lines:?}");
    (status.expect("ended"), lines, started.elapsed())
}

fn spawn_voiced(sandbox: &Sandbox, routine: &Path, path: &Path) -> Child {
    let routine = routine.display().to_string();
    spawn_with(sandbox, &["run", &routine, "--voice"], path)
}

/// knead with `args`, then plain mode at [`SPEED`], searching only `path`.
fn spawn_with(sandbox: &Sandbox, args: &[&str], path: &Path) -> Child {
    sandbox
        .std_knead()
        .args(args)
        .args(["--plain", "--speed", SPEED])
        .env("PATH", path)
        .env("ALSA_CONFIG_PATH", "/dev/null")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("knead starts")
}

/// Reads the output to its end, answering each question after [`THINK`].
fn answer_questions(child: &mut Child) -> Vec<String> {
    let mut stdin = child.stdin.take().expect("stdin");
    let stdout = child.stdout.take().expect("stdout");
    let mut seen = Vec::new();
    for line in BufReader::new(stdout).lines() {
        let Ok(line) = line else { break };
        let answer = if line.ends_with("[y/n]") {
            Some("n\n")
        } else if line.starts_with("AFTER:") {
            Some("b\n")
        } else {
            None
        };
        seen.push(line);
        if let Some(answer) = answer {
            thread::sleep(THINK);
            // knead may already have ended; the status says how.
            let _ = stdin.write_all(answer.as_bytes());
            let _ = stdin.flush();
        }
    }
    seen
}

#[test]
fn the_voice_says_each_step_side_countdown_check_in_and_end_in_order() {
    let sandbox = Sandbox::new();
    let fake = FakeSpeech::new(&sandbox, "");
    let routine = sandbox.scratch_file("calf.toml", CALF);
    let (status, lines, _) = run_voiced(&sandbox, &routine, &fake.dir);
    assert!(status.success(), "{lines:?}");
    assert_eq!(fake.said(), calf_sentences());
    assert!(!lines.iter().any(|l| l.contains("No voice")), "{lines:?}");
    assert!(!fake.any_running());
}

#[test]
fn a_speech_program_that_takes_ten_seconds_never_holds_the_session_up() {
    let sandbox = Sandbox::new();
    let fake = FakeSpeech::new(&sandbox, "exec /bin/sleep 10");
    let routine = sandbox.scratch_file("calf.toml", CALF);
    let (status, lines, took) = run_voiced(&sandbox, &routine, &fake.dir);
    assert!(status.success(), "{lines:?}");
    // Every sentence still started on time, cutting off the sleeping one.
    assert_eq!(fake.said(), calf_sentences());
    // 4 s of steps and three answers; a sentence waited for would be 10 s.
    assert!(took < Duration::from_secs(9), "took {took:?}");
    // The last sentence is cut off as the session ends: none left running.
    assert!(!fake.any_running());
}

#[test]
fn ctrl_c_leaves_no_speech_program_running() {
    let sandbox = Sandbox::new();
    let fake = FakeSpeech::new(&sandbox, "exec /bin/sleep 10");
    let routine = sandbox.scratch_file("calf.toml", CALF);
    let mut child = spawn_voiced(&sandbox, &routine, &fake.dir);
    child
        .stdin
        .as_mut()
        .expect("stdin")
        .write_all(b"n\n")
        .expect("screening answered");
    assert!(
        wait_until(Duration::from_secs(10), || !fake.said().is_empty()),
        "nothing was said"
    );
    let interrupted = StdCommand::new("kill")
        .args(["-INT", &child.id().to_string()])
        .status()
        .expect("kill runs");
    assert!(interrupted.success());
    let status = child.wait().expect("knead ends");
    assert_eq!(status.code(), Some(130));
    assert!(!fake.any_running());
}

#[test]
fn no_speech_program_is_said_once_and_the_session_goes_on() {
    let sandbox = Sandbox::new();
    let empty = sandbox.scratch_dir().join("empty");
    fs::create_dir_all(&empty).expect("empty folder");
    let routine = sandbox.scratch_file("rest.toml", SHORT_REST);
    let (status, lines, _) = run_voiced(&sandbox, &routine, &empty);
    assert!(status.success(), "{lines:?}");
    let notices: Vec<&String> = lines.iter().filter(|l| l.contains("No voice")).collect();
    assert_eq!(
        notices,
        [
            "NOTICE: No voice: no speech program was found (espeak-ng, spd-say), so cues are not spoken."
        ]
    );
    assert!(lines.iter().any(|l| l.starts_with("DONE: ")), "{lines:?}");
}

#[test]
fn mute_silences_the_voice_too() {
    let sandbox = Sandbox::new();
    let fake = FakeSpeech::new(&sandbox, "");
    let routine = sandbox.scratch_file("rest.toml", SHORT_REST);
    sandbox
        .knead()
        .arg("run")
        .arg(&routine)
        .args(["--plain", "--voice", "--mute", "--speed", "1000"])
        .env("PATH", &fake.dir)
        .write_stdin("n\nb\n")
        .assert()
        .success();
    assert_eq!(fake.said(), Vec::<String>::new());
}

#[test]
fn voice_before_the_command_asks_for_the_voice_too() {
    let sandbox = Sandbox::new();
    let fake = FakeSpeech::new(&sandbox, "");
    let routine = sandbox.scratch_file("rest.toml", SHORT_REST);
    let shown = routine.display().to_string();
    let child = spawn_with(&sandbox, &["--voice", "run", &shown], &fake.dir);
    let (status, lines, _) = run_spawned(child);
    assert!(status.success(), "{lines:?}");
    // A 2 s rest starts at "two": only its last second is counted aloud.
    assert_eq!(fake.said(), ["Rest.", "one", "Routine complete."]);
}
