//! The system's speech program, run as a child process from a thread of its
//! own: finding, starting, cutting off and reaping it never touches the
//! session's thread.

use std::env;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::mpsc::{self, Receiver, Sender};
use std::thread::{self, JoinHandle};

use super::Speech;

/// The speech programs knead looks for on `PATH`, in order. espeak-ng comes
/// first on Linux: it speaks itself, so killing it stops the sentence at
/// once. spd-say hands the text to the speech-dispatcher daemon, where the
/// `text` priority makes a new sentence cancel the one being spoken.
#[cfg(target_os = "macos")]
pub const NAMES: &[&str] = &["say", "espeak-ng", "spd-say"];
/// The speech programs knead looks for on `PATH`, in order. espeak-ng comes
/// first: it speaks itself, so killing it stops the sentence at once.
/// spd-say hands the text to the speech-dispatcher daemon, where the `text`
/// priority makes a new sentence cancel the one being spoken.
#[cfg(not(target_os = "macos"))]
pub const NAMES: &[&str] = &["espeak-ng", "spd-say"];

/// A speech program found on `PATH`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Synth {
    /// Where it is.
    pub path: PathBuf,
    /// Which of [`NAMES`] it is, for its options.
    pub name: &'static str,
}

impl Synth {
    /// The first of [`NAMES`] on `PATH`, if any.
    pub fn find() -> Option<Self> {
        let path = env::var_os("PATH")?;
        NAMES.iter().find_map(|name| {
            env::split_paths(&path)
                .map(|dir| dir.join(name))
                .find(|candidate| is_executable(candidate))
                .map(|path| Self { path, name })
        })
    }

    /// The command that says `text` at `volume` percent.
    fn command(&self, text: &str, volume: u8) -> Command {
        let mut command = Command::new(&self.path);
        match self.name {
            // Amplitude 0 to 200; 100 is espeak-ng's own default.
            "espeak-ng" => {
                command.arg("-a").arg(volume.to_string());
            }
            // Volume -100 to 100; 0 is the person's configured level.
            "spd-say" => {
                let level = i16::from(volume) - 100;
                command.args(["-P", "text", "-i"]).arg(level.to_string());
            }
            // `say` has no volume option: the system's level applies.
            _ => {}
        }
        command
            .arg(text)
            .stdin(Stdio::null())
            // The program's own complaints would scribble over the screen.
            .stdout(Stdio::null())
            .stderr(Stdio::null());
        command
    }
}

#[cfg(unix)]
fn is_executable(path: &Path) -> bool {
    use std::os::unix::fs::PermissionsExt;
    path.metadata()
        .is_ok_and(|m| m.is_file() && m.permissions().mode() & 0o111 != 0)
}

#[cfg(not(unix))]
fn is_executable(path: &Path) -> bool {
    path.is_file()
}

/// Says sentences through a speech program on a thread of its own.
pub struct Program {
    sentences: Option<Sender<String>>,
    failed: Receiver<String>,
    thread: Option<JoinHandle<()>>,
    told: bool,
}

impl Program {
    /// Starts the thread that runs `synth` at `volume` percent.
    pub fn start(synth: Synth, volume: u8) -> Self {
        let (sentences, queued) = mpsc::channel::<String>();
        let (fail, failed) = mpsc::channel();
        let thread = thread::Builder::new()
            .name("knead-voice".into())
            .spawn(move || speak(&synth, volume, &queued, &fail));
        Self {
            sentences: Some(sentences),
            failed,
            thread: thread.ok(),
            told: false,
        }
    }
}

/// Runs one child at a time: each sentence kills and reaps the one before,
/// and only the newest of several waiting sentences is said.
fn speak(synth: &Synth, volume: u8, queued: &Receiver<String>, fail: &Sender<String>) {
    let mut child: Option<Child> = None;
    while let Ok(first) = queued.recv() {
        let text = queued.try_iter().last().unwrap_or(first);
        stop(&mut child);
        match synth.command(&text, volume).spawn() {
            Ok(started) => child = Some(started),
            Err(e) => {
                let _ = fail.send(format!("{}: {e}", synth.path.display()));
            }
        }
    }
    stop(&mut child);
}

/// Cuts off a child that may still be speaking, and reaps it.
fn stop(child: &mut Option<Child>) {
    if let Some(mut running) = child.take() {
        // It may have finished already: then there is nothing to kill.
        let _ = running.kill();
        let _ = running.wait();
    }
}

impl Speech for Program {
    fn say(&mut self, text: &str) {
        if let Some(sentences) = &self.sentences {
            // A closed channel means the thread is gone: silence, never an error.
            let _ = sentences.send(text.to_owned());
        }
    }

    fn notice(&mut self) -> Option<String> {
        if self.thread.is_none() && !self.told {
            self.told = true;
            return Some("No voice: the speech thread could not start.".to_owned());
        }
        let reason = self.failed.try_recv().ok()?;
        if std::mem::replace(&mut self.told, true) {
            return None;
        }
        Some(format!(
            "No voice: the speech program could not start ({}).",
            crate::text::single_line(&reason)
        ))
    }
}

impl Drop for Program {
    /// Stops any sentence still being said and waits for the thread, so no
    /// speech program outlives the session.
    fn drop(&mut self) {
        self.sentences = None;
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}
