//! A sandbox per test: config and data folders of its own
//! (`XDG_CONFIG_HOME`, `XDG_DATA_HOME`), a scratch folder, and commands that
//! run in it with no colour settings (`NO_COLOR`, `CLICOLOR`,
//! `CLICOLOR_FORCE`) inherited from the test's environment and no input.
//!
//! Used by every suite that runs the real binary. A suite that needs more
//! (runs with answers, a journal to read) adds its own `impl Sandbox` block
//! beside it.

use std::ffi::OsStr;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command as StdCommand, Stdio};
use std::time::Duration;

use assert_cmd::Command;
use tempfile::TempDir;

/// The binary under test.
const KNEAD: &str = env!("CARGO_BIN_EXE_knead");

/// A 2 s rest: the shortest session that runs, ends and asks better /
/// same / worse.
pub const SHORT_REST: &str = "format = 1\ntitle = \"Short rest\"\n\n[[step]]\nkind = \"rest\"\ncue = \"Rest.\"\nduration = \"2s\"\n";

/// The flags of a fast, silent plain-mode run.
pub const FAST: [&str; 4] = ["--plain", "--speed", "1000", "--mute"];

/// Config, data and scratch folders of one test, removed when it ends.
pub struct Sandbox {
    config: TempDir,
    data: TempDir,
    scratch: TempDir,
}

impl Sandbox {
    pub fn new() -> Self {
        let sandbox = Self::first_launch();
        // Most tests are about a person who has answered the long-standing
        // questions already: none applies, answered just now.
        sandbox.remember_conditions(&[]);
        sandbox
    }

    /// A sandbox where knead has never run: the long-standing questions
    /// are asked before the first step.
    pub fn first_launch() -> Self {
        let dir = || tempfile::tempdir().expect("temp dir");
        Self {
            config: dir(),
            data: dir(),
            scratch: dir(),
        }
    }

    /// Where the long-standing answers are remembered.
    pub fn conditions_path(&self) -> PathBuf {
        self.data.path().join("knead").join("conditions.toml")
    }

    /// Remembers `yes` as the long-standing conditions, answered now.
    pub fn remember_conditions(&self, yes: &[&str]) {
        let answers = knead::safety::Answers {
            yes: yes.iter().map(|id| (*id).to_owned()).collect(),
            cleared: Default::default(),
            review_due: false,
        };
        knead::remembered::save(&self.conditions_path(), &answers, jiff::Timestamp::now())
            .expect("conditions remembered");
    }

    /// `knead` with this sandbox's folders, run from the crate root, so that
    /// relative paths (`routines/…`, `tests/…`) work and show as an author
    /// would type them.
    pub fn knead(&self) -> Command {
        Command::from_std(self.std_knead())
    }

    /// `knead` with this sandbox's folders, run from the scratch folder, so
    /// that nothing of the crate is at hand.
    pub fn knead_in_scratch(&self) -> Command {
        Command::from_std(self.std_command_in_scratch(KNEAD))
    }

    /// [`Sandbox::knead`] as a `std` command, for spawning by hand.
    pub fn std_knead(&self) -> StdCommand {
        self.std_command(KNEAD)
    }

    /// Any program (a shell running knead, say) with this sandbox's folders,
    /// run from the crate root.
    pub fn std_command(&self, program: impl AsRef<OsStr>) -> StdCommand {
        self.sandboxed(program, Path::new(env!("CARGO_MANIFEST_DIR")))
    }

    /// Any program with this sandbox's folders, run from the scratch folder.
    pub fn std_command_in_scratch(&self, program: impl AsRef<OsStr>) -> StdCommand {
        self.sandboxed(program, self.scratch.path())
    }

    fn sandboxed(&self, program: impl AsRef<OsStr>, current_dir: &Path) -> StdCommand {
        let mut command = StdCommand::new(program);
        command
            .current_dir(current_dir)
            .env("XDG_CONFIG_HOME", self.config.path())
            .env("XDG_DATA_HOME", self.data.path())
            .env_remove("NO_COLOR")
            .env_remove("CLICOLOR_FORCE")
            .env_remove("CLICOLOR")
            // anstream, and so clap and knead, colour a terminal of any
            // TERM when CI is set: a CI runner must not change the answers.
            .env_remove("CI")
            .stdin(Stdio::null());
        command
    }

    /// `knead run ROUTINE --plain --speed 1000 --mute` from the crate root,
    /// `answers` on stdin, then end of input.
    pub fn run_fast(&self, routine: &str, answers: &str) -> Command {
        let mut command = self.knead();
        command
            .arg("run")
            .arg(routine)
            .args(FAST)
            .write_stdin(answers.to_owned())
            .timeout(Duration::from_secs(20));
        command
    }

    /// `knead run PATH --plain --speed 5 --mute`, `answers` on stdin, then
    /// end of input; what it printed. Speed 5 is a real session done faster,
    /// not a preview, so it counts for the questions at the next launch.
    pub fn run_counted(&self, routine: &Path, answers: &str) -> String {
        let output = self
            .knead()
            .arg("run")
            .arg(routine)
            .args(["--plain", "--speed", "5", "--mute"])
            .write_stdin(answers.to_owned())
            .timeout(Duration::from_secs(30))
            .output()
            .expect("knead runs");
        String::from_utf8_lossy(&output.stdout).into_owned()
    }

    /// The scratch folder, empty until a test writes in it.
    pub fn scratch_dir(&self) -> &Path {
        self.scratch.path()
    }

    /// Writes a file in the scratch folder; returns its path.
    pub fn scratch_file(&self, file_name: &str, text: &str) -> PathBuf {
        let path = self.scratch.path().join(file_name);
        fs::write(&path, text).expect("write file");
        path
    }

    /// Puts a routine in the user's routine folder; returns its path.
    pub fn user_routine(&self, file_name: &str, text: &str) -> PathBuf {
        let dir = self.config.path().join("knead").join("routines");
        fs::create_dir_all(&dir).expect("routine folder");
        let path = dir.join(file_name);
        fs::write(&path, text).expect("write routine");
        path
    }

    /// Writes `config.toml` in knead's config folder.
    pub fn write_config(&self, text: &str) {
        let path = self.config_path();
        fs::create_dir_all(path.parent().expect("a folder")).expect("config folder");
        fs::write(path, text).expect("config written");
    }

    /// Where knead reads its settings in this sandbox.
    pub fn config_path(&self) -> PathBuf {
        self.config.path().join("knead").join("config.toml")
    }

    /// Where knead keeps its journal in this sandbox.
    pub fn journal_path(&self) -> PathBuf {
        self.data.path().join("knead").join("journal.jsonl")
    }

    /// Writes the journal as it would be after earlier sessions (private,
    /// as knead keeps it).
    pub fn write_journal(&self, text: &str) {
        let path = self.journal_path();
        fs::create_dir_all(path.parent().expect("a folder")).expect("data folder");
        fs::write(&path, text).expect("journal written");
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            fs::set_permissions(&path, fs::Permissions::from_mode(0o600)).expect("made private");
        }
    }

    /// The journal's text; empty while there is none.
    pub fn journal(&self) -> String {
        fs::read_to_string(self.journal_path()).unwrap_or_default()
    }
}

/// What `command` printed on stdout; it must succeed with nothing on stderr.
pub fn quiet_stdout(mut command: Command) -> String {
    let output = command.assert().code(0).stderr("").get_output().clone();
    String::from_utf8(output.stdout).expect("UTF-8")
}
