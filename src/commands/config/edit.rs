//! `knead config --edit`: open the settings file in the person's editor,
//! writing the commented template first when there is no file yet.

use std::ffi::{OsStr, OsString};
use std::path::Path;
use std::process::Command;

use crate::error::Error;
use crate::exit::Exit;
use crate::files;
use crate::output;
use crate::settings;
use crate::text::{display_path, single_line};

/// The editors tried, in order, when neither `VISUAL` nor `EDITOR` is set:
/// Debian's chosen `editor`, then the two nearly every Unix has. Git falls
/// back the same way.
const FALLBACK_EDITORS: [&str; 3] = ["editor", "vi", "nano"];

/// Opens the settings file in `$VISUAL` or `$EDITOR` (else the first of
/// `editor`, `vi` and `nano` found on `PATH`), then checks what was
/// saved: exits 2 when it has problems (shown as `knead config` shows them).
pub fn edit(color: bool) -> Result<Exit, Error> {
    let path = settings::path().ok_or(Error::NoConfigFolder)?;
    let (program, args) = editor().map_err(|why| Error::NoEditor {
        why,
        settings: path.clone(),
    })?;
    ensure_file(&path).map_err(|source| Error::Write {
        path: path.clone(),
        source,
    })?;
    let name = single_line(&program).into_owned();
    match Command::new(&program).args(&args).arg(&path).status() {
        Ok(status) if status.success() => {}
        Ok(status) => return Err(Error::EditorFailed { name, status }),
        Err(source) => return Err(Error::EditorStart { name, source }),
    }
    let loaded = settings::load_from(path);
    Ok(super::report_problem(&loaded, color))
}

/// The editor command: `$VISUAL`, else `$EDITOR` (the first one set and not
/// blank), split as a shell would split it, so `code --wait` and a quoted
/// path with spaces both work; else the first fallback editor on `PATH`.
fn editor() -> Result<(String, Vec<String>), String> {
    let chosen = ["VISUAL", "EDITOR"].into_iter().find_map(|name| {
        std::env::var_os(name)
            .filter(|v| !v.to_string_lossy().trim().is_empty())
            .map(|v| (name, v))
    });
    if let Some((name, value)) = chosen {
        return split(name, &value);
    }
    let path = std::env::var_os("PATH").unwrap_or_default();
    FALLBACK_EDITORS
        .into_iter()
        .find(|program| on_path(program, &path))
        .map(|program| (program.to_owned(), Vec::new()))
        .ok_or_else(|| {
            "no editor found: VISUAL and EDITOR are not set and none of editor, vi or nano is on PATH; set one, e.g. `EDITOR=nano knead config --edit`".to_owned()
        })
}

/// Whether `program` is an executable file in one of `path`'s folders.
fn on_path(program: &str, path: &OsStr) -> bool {
    std::env::split_paths(path)
        .filter(|dir| dir.is_absolute())
        .any(|dir| is_executable(&dir.join(program)))
}

#[cfg(unix)]
fn is_executable(file: &Path) -> bool {
    use std::os::unix::fs::PermissionsExt;
    file.metadata()
        .is_ok_and(|m| m.is_file() && m.permissions().mode() & 0o111 != 0)
}

#[cfg(not(unix))]
fn is_executable(file: &Path) -> bool {
    file.is_file()
}

fn split(name: &str, value: &OsString) -> Result<(String, Vec<String>), String> {
    let text = value
        .to_str()
        .ok_or_else(|| format!("{name} is not UTF-8 text"))?;
    let shown = single_line(text);
    let mut words = shell_words::split(text)
        .map_err(|e| format!("cannot read {name} `{shown}`: {e}"))?
        .into_iter();
    let program = words
        .next()
        .ok_or_else(|| format!("{name} `{shown}` names no program"))?;
    Ok((program, words.collect()))
}

/// Writes the template when nothing is at `path` yet, in a private folder;
/// refuses a FIFO or a device, which an editor would hang on.
fn ensure_file(path: &Path) -> Result<(), files::FileError> {
    files::check_writable(path)?;
    if path.exists() {
        return Ok(());
    }
    files::write_private(path, settings::TEMPLATE.as_bytes())?;
    output::eprint(&format!(
        "wrote a commented template to {}\n",
        display_path(path)
    ));
    Ok(())
}

#[cfg(test)]
mod tests {
    use std::ffi::OsString;

    use super::split;

    #[track_caller]
    fn case(value: &str, expected: Result<(&str, &[&str]), &str>) {
        let got = split("EDITOR", &OsString::from(value));
        let expected = expected
            .map(|(p, a)| (p.to_owned(), a.iter().map(|s| (*s).to_owned()).collect()))
            .map_err(str::to_owned);
        assert_eq!(got, expected, "{value}");
    }

    #[test]
    fn splits_like_a_shell() {
        case("vim", Ok(("vim", &[])));
        case("code --wait", Ok(("code", &["--wait"])));
        case(
            "'/opt/My Editor/bin/ed' -w",
            Ok(("/opt/My Editor/bin/ed", &["-w"])),
        );
        case(
            "vim 'unclosed",
            Err("cannot read EDITOR `vim 'unclosed`: missing closing quote"),
        );
    }
}
