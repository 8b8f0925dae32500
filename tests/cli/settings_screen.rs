//! Settings on the full screen (issue 12): the real binary in a
//! pseudo-terminal, its output parsed into cells (vt100). `sound = false`,
//! `reduce_motion = true` and `theme = "monochrome"` in config.toml look as
//! their flags do, and a flag overrides the file.
#![cfg(unix)]

use std::io::{Read, Write};
use std::num::NonZeroU16;
use std::path::Path;
use std::sync::{Arc, Mutex};
use std::thread;
use std::time::{Duration, Instant};

use portable_pty::{Child, CommandBuilder, PtySize, native_pty_system};

use crate::sandbox::Sandbox;

/// How long anything may take to appear on screen.
const PATIENCE: Duration = Duration::from_secs(15);

/// One minute-long hold: time to look at the screen while it breathes.
const HOLD: &str = "format = 1\ntitle = \"Screen settings\"\n\n[[step]]\nkind = \"hold\"\ntitle = \"Long hold\"\ncue = \"Stay with it.\"\nduration = \"1m\"\n";

/// knead in a 100x30 pseudo-terminal, killed when dropped.
struct Screen {
    child: Box<dyn Child + Send + Sync>,
    writer: Box<dyn Write + Send>,
    parser: Arc<Mutex<vt100::Parser>>,
    // Kept open: closing the master hangs up on knead.
    _master: Box<dyn portable_pty::MasterPty + Send>,
}

impl Screen {
    /// `knead run ROUTINE ARGS...` with the sandbox's folders.
    fn start(sandbox: &Sandbox, routine: &Path, args: &[&str]) -> Self {
        Self::start_with(sandbox, routine, args, &[])
    }

    /// As [`Screen::start`], with variables `env` set.
    fn start_with(sandbox: &Sandbox, routine: &Path, args: &[&str], env: &[(&str, &str)]) -> Self {
        let pty = native_pty_system()
            .openpty(PtySize {
                rows: 30,
                cols: 100,
                pixel_width: 0,
                pixel_height: 0,
            })
            .expect("a pseudo-terminal");
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
        let child = pty.slave.spawn_command(command).expect("knead starts");
        let parser = Arc::new(Mutex::new(vt100::Parser::new(cells(30), cells(100), 0)));
        let mut reader = pty.master.try_clone_reader().expect("reader");
        let to_screen = parser.clone();
        thread::spawn(move || {
            let mut chunk = [0u8; 4096];
            while let Ok(n @ 1..) = reader.read(&mut chunk) {
                if let Ok(mut screen) = to_screen.lock() {
                    screen.process(&chunk[..n]);
                }
            }
        });
        let writer = pty.master.take_writer().expect("writer");
        Self {
            child,
            writer,
            parser,
            _master: pty.master,
        }
    }

    fn contents(&self) -> String {
        self.parser
            .lock()
            .map(|p| p.screen().contents())
            .unwrap_or_default()
    }

    /// Waits until the screen shows `text`, or fails showing the screen.
    fn wait_for(&self, text: &str) -> String {
        let deadline = Instant::now() + PATIENCE;
        loop {
            let screen = self.contents();
            if screen.contains(text) {
                return screen;
            }
            assert!(
                Instant::now() < deadline,
                "waited {PATIENCE:?} for {text:?}; the screen shows:\n{screen}"
            );
            thread::sleep(Duration::from_millis(50));
        }
    }

    fn press(&mut self, keys: &str) {
        self.writer.write_all(keys.as_bytes()).expect("key written");
        self.writer.flush().expect("key sent");
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
            seen.push(self.contents());
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

fn cells(n: u16) -> NonZeroU16 {
    NonZeroU16::new(n).expect("a terminal at least one cell wide")
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
