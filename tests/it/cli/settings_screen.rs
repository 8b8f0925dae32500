//! Settings on the full screen (issue 12): the real binary in a
//! pseudo-terminal, its output parsed into cells (vt100). `sound = false`,
//! `reduce_motion = true` and `theme = "monochrome"` in config.toml look as
//! their flags do, and a flag overrides the file.
#![cfg(unix)]

use std::ops::{Deref, DerefMut};
use std::path::Path;
use std::thread;
use std::time::{Duration, Instant};

use portable_pty::CommandBuilder;

use crate::support::pty::Pty;
use crate::support::sandbox::Sandbox;

/// One minute-long hold: time to look at the screen while it breathes.
const HOLD: &str = "format = 1\ntitle = \"Screen settings\"\n\n[[step]]\nkind = \"hold\"\ntitle = \"Long hold\"\ncue = \"Stay with it.\"\nduration = \"1m\"\n";

/// knead in a 100x30 pseudo-terminal, killed when dropped.
struct Screen(Pty);

impl Deref for Screen {
    type Target = Pty;

    fn deref(&self) -> &Pty {
        &self.0
    }
}

impl DerefMut for Screen {
    fn deref_mut(&mut self) -> &mut Pty {
        &mut self.0
    }
}

impl Screen {
    /// `knead run ROUTINE ARGS...` with the sandbox's folders.
    fn start(sandbox: &Sandbox, routine: &Path, args: &[&str]) -> Self {
        Self::start_with(sandbox, routine, args, &[])
    }

    /// As [`Screen::start`], with variables `env` set.
    fn start_with(sandbox: &Sandbox, routine: &Path, args: &[&str], env: &[(&str, &str)]) -> Self {
        let home = |p: &Path| p.ancestors().nth(2).expect("a folder").to_path_buf();
        let mut command = CommandBuilder::new(env!("CARGO_BIN_EXE_knead"));
        command.arg("run");
        command.arg(routine);
        command.args(args);
        command.env("TERM", "xterm-256color");
        command.env("XDG_CONFIG_HOME", home(&sandbox.config_path()));
        command.env("XDG_DATA_HOME", home(&sandbox.journal_path()));
        for name in [
            "NO_COLOR",
            "CLICOLOR",
            "CLICOLOR_FORCE",
            "CI",
            "KNEAD_REDUCE_MOTION",
        ] {
            command.env_remove(name);
        }
        for (name, value) in env {
            command.env(name, value);
        }
        command.cwd(sandbox.scratch_dir());
        Self(Pty::spawn(command, 30, 100))
    }

    /// Whether any cell has a colour of its own, in front or behind.
    fn coloured(&self) -> bool {
        let Ok(parser) = self.parser.lock() else {
            return false;
        };
        let screen = parser.screen();
        (0..30).any(|row| {
            (0..100).any(|col| {
                screen.cell(row, col).is_some_and(|cell| {
                    cell.fgcolor() != vt100::Color::Default
                        || cell.bgcolor() != vt100::Color::Default
                })
            })
        })
    }

    /// Starts the hold: answers the screening and waits for the step.
    fn start_the_hold(&mut self) -> String {
        self.wait_for("Does any of these apply to you today?");
        self.press("n");
        self.wait_for("Breathe")
    }

    /// Screens seen over `span`, a tenth of a second apart.
    fn watch(&self, span: Duration) -> Vec<String> {
        let until = Instant::now() + span;
        let mut seen = Vec::new();
        while Instant::now() < until {
            seen.push(self.screen());
            thread::sleep(Duration::from_millis(100));
        }
        seen
    }
}

impl Drop for Screen {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Whether a screen shows the breathing disc: something drawn left of the
/// phase word on its line (with reduce motion the words stand alone).
fn shows_the_disc(screen: &str) -> bool {
    screen.lines().any(|line| {
        line.split_once("Breathe")
            .is_some_and(|(left, _)| !left.trim().is_empty())
    })
}

#[test]
fn the_file_mutes_freezes_the_pacer_and_drops_colour() {
    let sandbox = Sandbox::new();
    let routine = sandbox.scratch_file("hold.toml", HOLD);
    sandbox.write_config("sound = false\nreduce_motion = true\ntheme = \"monochrome\"\n");
    let mut knead = Screen::start(&sandbox, &routine, &[]);
    let screen = knead.start_the_hold();
    assert!(screen.contains("left · muted"), "{screen}");
    assert!(screen.contains("m unmute"), "{screen}");
    for screen in knead.watch(Duration::from_secs(3)) {
        assert!(!shows_the_disc(&screen), "a moving shape:\n{screen}");
        assert!(screen.contains("Breathe"), "{screen}");
    }
    assert!(!knead.coloured(), "a colour on a monochrome screen");
}

#[test]
fn without_settings_the_screen_has_sound_colour_and_the_disc() {
    let sandbox = Sandbox::new();
    let routine = sandbox.scratch_file("hold.toml", HOLD);
    let mut knead = Screen::start(&sandbox, &routine, &[]);
    let screen = knead.start_the_hold();
    assert!(!screen.contains("muted"), "{screen}");
    assert!(screen.contains("m mute"), "{screen}");
    let seen = knead.watch(Duration::from_secs(3));
    assert!(seen.iter().any(|s| shows_the_disc(s)), "{}", seen[0]);
    assert!(knead.coloured(), "no colour on the everyday theme");
}

#[test]
fn flags_override_the_file() {
    let sandbox = Sandbox::new();
    let routine = sandbox.scratch_file("hold.toml", HOLD);
    sandbox.write_config("theme = \"monochrome\"\nbreath_sounds = true\n");
    let mut knead = Screen::start(
        &sandbox,
        &routine,
        &["--high-contrast", "--no-breath-sounds"],
    );
    let screen = knead.start_the_hold();
    assert!(screen.contains("b breath on"), "{screen}");
    assert!(knead.coloured(), "--high-contrast gave no colour");
}

#[test]
fn the_environment_overrides_the_file_too() {
    let sandbox = Sandbox::new();
    let routine = sandbox.scratch_file("hold.toml", HOLD);
    sandbox.write_config("reduce_motion = true\ntheme = \"high-contrast\"\n");
    let env = [("KNEAD_REDUCE_MOTION", "0"), ("NO_COLOR", "1")];
    let mut knead = Screen::start_with(&sandbox, &routine, &[], &env);
    knead.start_the_hold();
    let seen = knead.watch(Duration::from_secs(3));
    assert!(seen.iter().any(|s| shows_the_disc(s)), "{}", seen[0]);
    assert!(!knead.coloured(), "NO_COLOR still gave colour");
}
