//! `knead config --edit` with no VISUAL or EDITOR (issue 22): as git does,
//! the first of `editor`, `vi` and `nano` found on PATH; with none, exit 1
//! and one line saying what to set, nothing written.
#![cfg(unix)]

use std::path::Path;
use std::time::Duration;

use crate::support::sandbox::Sandbox;

/// Long enough for a slow shared machine, far shorter than a hang.
const PATIENCE: Duration = Duration::from_secs(20);

/// What knead ended with and printed.
struct Shown {
    code: Option<i32>,
    stdout: String,
    stderr: String,
}

/// `knead config --edit` with neither VISUAL nor EDITOR set and only the
/// folder `bin` on PATH.
fn edit_with_path(sandbox: &Sandbox, bin: &Path) -> Shown {
    let output = sandbox
        .knead()
        .args(["config", "--edit"])
        .env_remove("VISUAL")
        .env_remove("EDITOR")
        .env("PATH", bin)
        .timeout(PATIENCE)
        .output()
        .expect("knead ran");
    Shown {
        code: output.status.code(),
        stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
    }
}

/// A fake editor called `name` in `bin` that writes the file it was given
/// to `bin/NAME.opened`.
fn fake_named(bin: &Path, name: &str) {
    use std::os::unix::fs::PermissionsExt;
    std::fs::create_dir_all(bin).expect("bin folder");
    let script = format!(
        "#!/bin/sh\nprintf '%s' \"$1\" > '{}'\n",
        bin.join(format!("{name}.opened")).display()
    );
    let path = bin.join(name);
    std::fs::write(&path, script).expect("fake editor");
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o755)).expect("executable");
}

#[test]
fn edit_without_any_editor_says_how_to_set_one_and_writes_nothing() {
    let sandbox = Sandbox::new();
    let empty = sandbox.scratch_dir().join("empty-bin");
    std::fs::create_dir_all(&empty).expect("empty folder");
    let shown = edit_with_path(&sandbox, &empty);
    assert_eq!(shown.code, Some(1));
    assert_eq!(
        shown.stderr,
        format!(
            "knead: error: no editor found: VISUAL and EDITOR are not set and none of editor, vi or nano is on PATH; set one, e.g. `EDITOR=nano knead config --edit`; the settings file is {}\n",
            sandbox.config_path().display()
        )
    );
    assert!(shown.stdout.is_empty());
    assert!(!sandbox.config_path().exists());
}

#[test]
fn edit_falls_back_to_editor_then_vi_then_nano_as_git_does() {
    let sandbox = Sandbox::new();
    let bin = sandbox.scratch_dir().join("bin");
    let opened = |name: &str| std::fs::read_to_string(bin.join(format!("{name}.opened"))).ok();
    let config = sandbox.config_path().display().to_string();
    for (present, expected) in [
        (&["nano"][..], "nano"),
        (&["vi", "nano"], "vi"),
        (&["editor", "vi", "nano"], "editor"),
    ] {
        let _ = std::fs::remove_dir_all(&bin);
        for name in present {
            fake_named(&bin, name);
        }
        let shown = edit_with_path(&sandbox, &bin);
        assert_eq!(shown.code, Some(0), "{present:?}: {}", shown.stderr);
        assert_eq!(opened(expected), Some(config.clone()), "{present:?}");
        for other in present.iter().filter(|n| **n != expected) {
            assert_eq!(opened(other), None, "{other} opened too");
        }
    }
}

#[test]
fn visual_and_editor_come_before_the_fallbacks() {
    let sandbox = Sandbox::new();
    let bin = sandbox.scratch_dir().join("bin");
    fake_named(&bin, "vi");
    fake_named(&bin, "mine");
    let output = sandbox
        .knead()
        .args(["config", "--edit"])
        .env_remove("VISUAL")
        .env("EDITOR", "mine")
        .env("PATH", &bin)
        .timeout(PATIENCE)
        .output()
        .expect("knead ran");
    assert_eq!(output.status.code(), Some(0), "{output:?}");
    assert!(bin.join("mine.opened").exists());
    assert!(!bin.join("vi.opened").exists());
}
