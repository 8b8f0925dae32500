//! `knead config` and `knead config --edit` (issue 12): the settings file's
//! path and every setting with its source; problems located as a routine's
//! are (`config.toml:LINE:COL: error:`, a caret, "did you mean"); files that
//! are not text or not files refused at once; the editor started on the
//! file, a commented template written first.

use std::fs;
use std::path::Path;
use std::time::Duration;

use crate::support::sandbox::Sandbox;

/// Long enough for a slow shared machine, far shorter than a hang.
const PATIENCE: Duration = Duration::from_secs(20);

struct Shown {
    code: Option<i32>,
    stdout: String,
    stderr: String,
}

fn config(sandbox: &Sandbox, args: &[&str]) -> Shown {
    let output = sandbox
        .knead()
        .arg("config")
        .args(args)
        .env_remove("VISUAL")
        .env_remove("EDITOR")
        .timeout(PATIENCE)
        .output()
        .expect("knead ran");
    Shown {
        code: output.status.code(),
        stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
    }
}

/// The setting lines of `knead config`, without the comments at the top.
fn settings_lines(stdout: &str) -> Vec<String> {
    stdout
        .lines()
        .filter(|l| !l.starts_with('#') && !l.is_empty())
        .map(|l| l.split_whitespace().collect::<Vec<_>>().join(" "))
        .collect()
}

const DEFAULTS: [&str; 12] = [
    "sound = true # default",
    "volume = 100 # default",
    "breath_sounds = true # default",
    "voice = false # default",
    "theme = \"default\" # default",
    "reduce_motion = false # default",
    "emergency_number = \"112, 999 or 911\" # default",
    "[breathing]",
    "inhale = \"4s\" # default",
    "exhale = \"6s\" # default",
    "hold_in = \"0s\" # default",
    "hold_out = \"0s\" # default",
];

#[test]
fn with_no_file_every_setting_is_a_default_and_the_path_is_named() {
    let sandbox = Sandbox::new();
    let shown = config(&sandbox, &[]);
    assert_eq!(shown.code, Some(0), "{}", shown.stderr);
    assert_eq!(shown.stderr, "");
    let path = sandbox.config_path().display().to_string();
    let first = shown.stdout.lines().next().unwrap_or_default();
    assert_eq!(
        first,
        format!(
            "# {path}: no such file yet, so every setting is its default (`knead config --edit` creates it)"
        )
    );
    assert_eq!(settings_lines(&shown.stdout), DEFAULTS);
}

#[test]
fn a_good_file_shows_its_values_marked_file() {
    let sandbox = Sandbox::new();
    sandbox.write_config(
        "volume = 40\ntheme = \"high-contrast\"\nemergency_number = \"999\"\n\n[breathing]\nexhale = \"8s\"\n",
    );
    let shown = config(&sandbox, &[]);
    assert_eq!(shown.code, Some(0), "{}", shown.stderr);
    assert_eq!(shown.stderr, "");
    let path = sandbox.config_path().display().to_string();
    assert_eq!(
        shown.stdout.lines().next(),
        Some(format!("# {path}").as_str())
    );
    assert_eq!(
        settings_lines(&shown.stdout),
        [
            "sound = true # default",
            "volume = 40 # file",
            "breath_sounds = true # default",
            "voice = false # default",
            "theme = \"high-contrast\" # file",
            "reduce_motion = false # default",
            "emergency_number = \"999\" # file",
            "[breathing]",
            "inhale = \"4s\" # default",
            "exhale = \"8s\" # file",
            "hold_in = \"0s\" # default",
            "hold_out = \"0s\" # default",
        ]
    );
}

#[test]
fn a_typo_is_located_with_a_caret_and_a_suggestion() {
    let sandbox = Sandbox::new();
    sandbox.write_config("emergency_number = \"999\"\nvolum = 20\n");
    let shown = config(&sandbox, &[]);
    assert_eq!(shown.code, Some(2), "{}", shown.stderr);
    let path = sandbox.config_path().display().to_string();
    assert_eq!(
        shown.stderr,
        format!(
            "{path}:2:1: error: unknown key `volum` in the settings\n  |\n2 | volum = 20\n  | ^^^^^\n  |\n  = help: did you mean `volume`?\n\n\
             knead: the settings file has problems: sessions use the defaults until it is fixed (`knead config --edit`)\n"
        )
    );
    // What is in force is shown all the same: the defaults, every one.
    assert_eq!(settings_lines(&shown.stdout), DEFAULTS);
    assert!(shown.stdout.contains("has problems"), "{}", shown.stdout);
}

#[test]
fn wrong_types_and_values_out_of_range_are_located() {
    for (text, expected) in [
        (
            "volume = 101\n",
            ":1:10: error: `volume` (a percentage) must be 0 to 100, not 101\n",
        ),
        (
            "sound = \"off\"\n",
            ":1:9: error: wrong type: string \"off\", expected a boolean\n",
        ),
        ("theme = \"mono\"\n", ":1:9: error: unknown theme `mono`\n"),
        (
            "[breathing]\ninhale = \"30s\"\n",
            ":2:10: error: `inhale` must last 1s to 15s, not 30s\n",
        ),
    ] {
        let sandbox = Sandbox::new();
        sandbox.write_config(text);
        let shown = config(&sandbox, &[]);
        assert_eq!(shown.code, Some(2), "{text}: {}", shown.stderr);
        let path = sandbox.config_path().display().to_string();
        assert!(
            shown.stderr.starts_with(&format!("{path}{expected}")),
            "{text}: {}",
            shown.stderr
        );
    }
}

#[test]
fn a_file_that_is_not_utf8_is_located_at_the_first_bad_byte() {
    let sandbox = Sandbox::new();
    sandbox.write_config("");
    fs::write(sandbox.config_path(), b"volume = 50\n# caf\xe9\n").expect("written");
    let shown = config(&sandbox, &[]);
    assert_eq!(shown.code, Some(2), "{}", shown.stderr);
    let path = sandbox.config_path().display().to_string();
    assert!(
        shown.stderr.starts_with(&format!(
            "{path}:2:6: error: not UTF-8 text: is this a settings file?\n"
        )),
        "{}",
        shown.stderr
    );
}

#[test]
fn a_folder_in_its_place_is_reported_with_the_reason() {
    let sandbox = Sandbox::new();
    fs::create_dir_all(sandbox.config_path()).expect("a folder where the file goes");
    let shown = config(&sandbox, &[]);
    assert_eq!(shown.code, Some(2), "{}", shown.stderr);
    let path = sandbox.config_path().display().to_string();
    assert!(
        shown.stderr.starts_with(&format!(
            "{path}: error: cannot read: it is a folder, not a regular file\n"
        )),
        "{}",
        shown.stderr
    );
}

#[cfg(unix)]
#[test]
fn a_fifo_in_its_place_is_refused_at_once() {
    let sandbox = Sandbox::new();
    sandbox.write_config("");
    let path = sandbox.config_path();
    fs::remove_file(&path).expect("removed");
    let made = std::process::Command::new("mkfifo")
        .arg(&path)
        .status()
        .expect("mkfifo runs");
    assert!(made.success());
    // Nothing ever writes to the FIFO: reading it would wait for ever.
    let shown = config(&sandbox, &[]);
    assert_eq!(shown.code, Some(2), "{}", shown.stderr);
    assert!(
        shown.stderr.starts_with(&format!(
            "{}: error: cannot read: it is a FIFO (named pipe), not a regular file\n",
            path.display()
        )),
        "{}",
        shown.stderr
    );
    // --edit refuses it too, rather than hand it to an editor.
    let edited = sandbox
        .knead()
        .args(["config", "--edit"])
        .env("EDITOR", "true")
        .timeout(PATIENCE)
        .output()
        .expect("knead ran");
    assert_eq!(edited.status.code(), Some(1));
    assert!(
        String::from_utf8_lossy(&edited.stderr)
            .contains("it is a FIFO (named pipe), not a regular file"),
        "{edited:?}"
    );
}

#[cfg(unix)]
#[test]
fn a_link_to_a_device_is_refused_not_read() {
    let sandbox = Sandbox::new();
    sandbox.write_config("");
    let path = sandbox.config_path();
    fs::remove_file(&path).expect("removed");
    // Read, /dev/zero would fill memory without end.
    std::os::unix::fs::symlink("/dev/zero", &path).expect("linked");
    let shown = config(&sandbox, &[]);
    assert_eq!(shown.code, Some(2), "{}", shown.stderr);
    assert!(
        shown.stderr.starts_with(&format!(
            "{}: error: cannot read: it is a device, not a regular file\n",
            path.display()
        )),
        "{}",
        shown.stderr
    );
}

/// A fake editor: records its arguments, then appends `line` to the file
/// it was given (its last argument).
#[cfg(unix)]
fn fake_editor(sandbox: &Sandbox, line: &str) -> std::path::PathBuf {
    use std::os::unix::fs::PermissionsExt;
    let log = sandbox.scratch_dir().join("editor.log");
    let script = sandbox.scratch_file(
        "fake editor",
        &format!(
            "#!/bin/sh\nprintf '%s\\n' \"$@\" > '{}'\nfor last; do :; done\nprintf '%s\\n' '{line}' >> \"$last\"\n",
            log.display()
        ),
    );
    fs::set_permissions(&script, fs::Permissions::from_mode(0o755)).expect("executable");
    script
}

#[cfg(unix)]
#[test]
fn edit_writes_the_template_then_runs_the_editor_on_the_file() {
    use std::os::unix::fs::PermissionsExt;
    let sandbox = Sandbox::new();
    let editor = fake_editor(&sandbox, "volume = 30");
    // Quoted, with an argument, as people write EDITOR.
    let value = format!("'{}' --wait", editor.display());
    let output = sandbox
        .knead()
        .args(["config", "--edit"])
        .env_remove("VISUAL")
        .env("EDITOR", &value)
        .timeout(PATIENCE)
        .output()
        .expect("knead ran");
    assert_eq!(output.status.code(), Some(0), "{output:?}");
    let path = sandbox.config_path();
    let log = fs::read_to_string(sandbox.scratch_dir().join("editor.log")).expect("the editor ran");
    assert_eq!(log, format!("--wait\n{}\n", path.display()));
    let text = fs::read_to_string(&path).expect("the file exists");
    assert!(text.starts_with("# knead's settings."), "{text}");
    assert!(text.contains("# volume = 100\n"), "{text}");
    let mode = |p: &Path| fs::metadata(p).map(|m| m.permissions().mode() & 0o777).ok();
    assert_eq!(mode(&path), Some(0o600));
    assert_eq!(mode(path.parent().expect("a folder")), Some(0o700));
    let shown = config(&sandbox, &[]);
    assert_eq!(shown.code, Some(0), "{}", shown.stderr);
    assert!(
        settings_lines(&shown.stdout).contains(&"volume = 30 # file".to_owned()),
        "{}",
        shown.stdout
    );
}

#[cfg(unix)]
#[test]
fn edit_prefers_visual_keeps_the_file_and_checks_what_was_saved() {
    let sandbox = Sandbox::new();
    sandbox.write_config("emergency_number = \"999\"\n");
    let editor = fake_editor(&sandbox, "volum = 30");
    let output = sandbox
        .knead()
        .args(["config", "--edit"])
        .env("VISUAL", format!("'{}'", editor.display()))
        .env("EDITOR", "false")
        .timeout(PATIENCE)
        .output()
        .expect("knead ran");
    assert_eq!(output.status.code(), Some(2), "{output:?}");
    let text = fs::read_to_string(sandbox.config_path()).expect("the file");
    assert_eq!(text, "emergency_number = \"999\"\nvolum = 30\n");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains("config.toml:2:1: error: unknown key `volum` in the settings"),
        "{stderr}"
    );
    assert!(stderr.contains("did you mean `volume`?"), "{stderr}");
}

#[test]
fn an_editor_that_cannot_start_or_fails_is_a_runtime_failure() {
    let sandbox = Sandbox::new();
    for (editor, said) in [
        (
            "/nonexistent/editor",
            "cannot start the editor `/nonexistent/editor`",
        ),
        ("false", "the editor `false` ended with exit status: 1"),
    ] {
        let output = sandbox
            .knead()
            .args(["config", "--edit"])
            .env_remove("VISUAL")
            .env("EDITOR", editor)
            .timeout(PATIENCE)
            .output()
            .expect("knead ran");
        assert_eq!(output.status.code(), Some(1), "{output:?}");
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(stderr.contains(said), "{stderr}");
    }
}

#[test]
fn edit_with_no_config_folder_says_which_variables_to_set() {
    let output = Sandbox::new()
        .knead()
        .args(["config", "--edit"])
        .env("XDG_CONFIG_HOME", "relative-config")
        .env("HOME", "relative-home")
        .env("EDITOR", "true")
        .timeout(PATIENCE)
        .output()
        .expect("knead ran");
    assert_eq!(output.status.code(), Some(1), "{output:?}");
    assert_eq!(
        String::from_utf8_lossy(&output.stderr),
        "knead: error: no config folder: set XDG_CONFIG_HOME or HOME to an absolute path\n"
    );
}
