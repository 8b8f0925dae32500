//! `knead add` and `knead remove` through the real binary (issue 23): a
//! checked file goes into the person's routines, a broken one (or a batch
//! holding one) adds nothing, a routine they have is replaced only when
//! they say so, and a bundled routine stays.

use std::fs;
use std::path::PathBuf;
use std::process::Output;

use crate::support::sandbox::Sandbox;

/// A valid routine written by `author`.
fn routine_by(author: &str) -> String {
    format!(
        "format = 1\ntitle = \"Knee plan\"\nauthor = \"{author}\"\n\n[[step]]\nkind = \"hold\"\ntitle = \"Hold above the knee\"\nduration = \"30s\"\n"
    )
}

/// A routine with a misspelt key.
const BROKEN: &str =
    "format = 1\ntitle = \"Broken\"\n\n[[step]]\nkind = \"rest\"\nduraton = \"30s\"\n";

/// The person's routine folder in `sandbox`.
fn routines(sandbox: &Sandbox) -> PathBuf {
    sandbox
        .config_path()
        .parent()
        .expect("a folder")
        .join("routines")
}

fn knead(sandbox: &Sandbox, args: &[&str]) -> Output {
    sandbox.knead().args(args).output().expect("knead runs")
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

#[test]
fn a_good_file_is_added_with_who_wrote_it_and_runs_by_its_id() {
    let sandbox = Sandbox::new();
    let file = sandbox.scratch_file("knee-plan.toml", &routine_by("Sam Lee"));
    let added = knead(&sandbox, &["add", &file.to_string_lossy()]);
    assert_eq!(added.status.code(), Some(0), "{}", stderr(&added));
    assert!(
        stderr(&added).contains("added `knee-plan`: Knee plan, by Sam Lee"),
        "{}",
        stderr(&added)
    );
    let copy = routines(&sandbox).join("knee-plan.toml");
    assert_eq!(fs::read_to_string(&copy).ok(), Some(routine_by("Sam Lee")));
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = fs::metadata(&copy).map(|m| m.permissions().mode() & 0o777);
        assert_eq!(mode.ok(), Some(0o600), "health information is private");
    }
    let listed = knead(&sandbox, &["list"]);
    assert!(String::from_utf8_lossy(&listed.stdout).contains("knee-plan"));
}

#[test]
fn a_batch_with_a_broken_file_adds_nothing_and_locates_the_error() {
    let sandbox = Sandbox::new();
    let good = sandbox.scratch_file("knee-plan.toml", &routine_by("Sam Lee"));
    let bad = sandbox.scratch_file("broken.toml", BROKEN);
    let refused = knead(
        &sandbox,
        &["add", &good.to_string_lossy(), &bad.to_string_lossy()],
    );
    assert_eq!(refused.status.code(), Some(2));
    let said = stderr(&refused);
    assert!(
        said.contains("broken.toml:6:1: error: unknown key `duraton`"),
        "{said}"
    );
    assert!(said.contains("nothing was added"), "{said}");
    assert!(!routines(&sandbox).join("knee-plan.toml").exists());
    assert!(!routines(&sandbox).join("broken.toml").exists());
}

#[test]
fn a_routine_they_have_is_replaced_only_with_force_when_nobody_can_be_asked() {
    let sandbox = Sandbox::new();
    sandbox.user_routine("knee-plan.toml", &routine_by("Old Physio"));
    let file = sandbox.scratch_file("knee-plan.toml", &routine_by("Sam Lee"));
    let copy = routines(&sandbox).join("knee-plan.toml");
    let refused = knead(&sandbox, &["add", &file.to_string_lossy()]);
    assert_eq!(refused.status.code(), Some(2));
    assert!(
        stderr(&refused).contains("you already have a routine `knee-plan`; nothing was added"),
        "{}",
        stderr(&refused)
    );
    assert_eq!(
        fs::read_to_string(&copy).ok(),
        Some(routine_by("Old Physio"))
    );
    let forced = knead(&sandbox, &["add", "--force", &file.to_string_lossy()]);
    assert_eq!(forced.status.code(), Some(0), "{}", stderr(&forced));
    assert_eq!(fs::read_to_string(&copy).ok(), Some(routine_by("Sam Lee")));
}

#[test]
fn remove_takes_a_routine_out_and_leaves_a_bundled_one() {
    let sandbox = Sandbox::new();
    let copy = sandbox.user_routine("knee-plan.toml", &routine_by("Sam Lee"));
    let removed = knead(&sandbox, &["remove", "knee-plan"]);
    assert_eq!(removed.status.code(), Some(0), "{}", stderr(&removed));
    assert!(stderr(&removed).contains("removed your routine `knee-plan`"));
    assert!(!copy.exists());
    let refused = knead(&sandbox, &["remove", "piriformis-tennis-ball"]);
    assert_eq!(refused.status.code(), Some(2));
    assert!(
        stderr(&refused)
            .contains("`piriformis-tennis-ball` is a bundled routine: it cannot be removed"),
        "{}",
        stderr(&refused)
    );
    let unknown = knead(&sandbox, &["remove", "knee-plan"]);
    assert_eq!(unknown.status.code(), Some(2));
}

#[cfg(unix)]
#[test]
fn at_a_terminal_replacing_asks_first() {
    use crate::support::pty::Pty;
    use portable_pty::CommandBuilder;
    let sandbox = Sandbox::new();
    sandbox.user_routine("knee-plan.toml", &routine_by("Old Physio"));
    let file = sandbox.scratch_file("knee-plan.toml", &routine_by("Sam Lee"));
    let copy = routines(&sandbox).join("knee-plan.toml");
    let home = |p: PathBuf| p.ancestors().nth(2).expect("a folder").to_path_buf();
    for (answer, author) in [("n", "Old Physio"), ("y", "Sam Lee")] {
        let mut command = CommandBuilder::new(env!("CARGO_BIN_EXE_knead"));
        command.args(["add", &file.to_string_lossy()]);
        command.env("XDG_CONFIG_HOME", home(sandbox.config_path()));
        command.env("XDG_DATA_HOME", home(sandbox.journal_path()));
        command.env_remove("NO_COLOR");
        let mut pty = Pty::spawn(command, 24, 100);
        pty.wait_for("You already have a routine `knee-plan`. Replace it? [y/N]");
        pty.press(&format!("{answer}\r"));
        let status = pty.child.wait().expect("knead ends");
        assert!(status.success());
        assert_eq!(fs::read_to_string(&copy).ok(), Some(routine_by(author)));
    }
}
