//! `knead new`: write a commented template routine.

use std::fs::OpenOptions;
use std::io::{self, Write};
use std::path::Path;

use crate::error::Error;
use crate::exit::Exit;
use crate::files::{self, FileError};
use crate::output;
use crate::text::display_path;

/// The template: passes `knead check` with no warnings (a test proves it).
pub const TEMPLATE: &str = include_str!("../template.toml");

/// Writes the template, refusing to overwrite unless `force`.
pub fn run(path: &Path, force: bool) -> Result<Exit, Error> {
    let shown = display_path(path);
    let mut options = OpenOptions::new();
    options.write(true);
    if force {
        options.create(true).truncate(true);
    } else {
        options.create_new(true);
    }
    // A FIFO or a device in the way would hang the open or swallow the
    // template; only a regular file is overwritten.
    let opened = files::check_writable(path)
        .and_then(|()| files::open_nonblocking(&mut options, path).map_err(FileError::Io));
    let cannot_write = |source| Error::Write {
        path: path.to_owned(),
        source,
    };
    let mut file = match opened {
        Ok(file) => file,
        Err(FileError::Io(e)) if e.kind() == io::ErrorKind::AlreadyExists => {
            return Err(Error::Exists(path.to_owned()));
        }
        Err(e) => return Err(cannot_write(e)),
    };
    file.write_all(TEMPLATE.as_bytes())
        .and_then(|()| file.sync_all())
        .map_err(|e| cannot_write(FileError::Io(e)))?;
    let word = shell_word(path);
    output::eprint(&format!(
        "wrote {shown}: edit it, then `knead check {word}` and `knead run {word}`\n"
    ));
    Ok(Exit::Done)
}

/// A path as a shell word to paste: bare when only safe characters, else
/// in single quotes; a name with hidden characters is shown escaped.
fn shell_word(path: &Path) -> String {
    let text = path.to_string_lossy();
    let safe = |c: char| c.is_alphanumeric() || "_-./+:,=@%".contains(c);
    if display_path(path) != text {
        display_path(path)
    } else if !text.is_empty() && text.chars().all(safe) {
        text.into_owned()
    } else {
        format!("'{}'", text.replace('\'', r"'\''"))
    }
}

#[cfg(test)]
mod tests {
    use super::shell_word;
    use std::path::Path;

    #[test]
    fn quotes_a_path_a_shell_would_split() {
        assert_eq!(shell_word(Path::new("my-routine.toml")), "my-routine.toml");
        assert_eq!(shell_word(Path::new("a b.toml")), "'a b.toml'");
        assert_eq!(shell_word(Path::new("it's.toml")), r"'it'\''s.toml'");
        assert_eq!(shell_word(Path::new("a\nb.toml")), "\"a\\nb.toml\"");
    }
}
