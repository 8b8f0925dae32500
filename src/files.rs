//! Files from outside, read and written with care: only regular files are
//! read, and never more than a limit, so a FIFO cannot hang knead and a link
//! to `/dev/zero` cannot fill its memory; what knead creates for the person
//! (health information) is readable by its owner only.

use std::fs::{self, File, Metadata, OpenOptions};
use std::io::{self, Read};
use std::path::Path;

/// Why a file could not be read or written.
#[derive(Debug, thiserror::Error)]
pub enum FileError {
    /// The path names something other than a regular file.
    #[error("it is {0}, not a regular file")]
    NotRegular(&'static str),
    /// The file holds more than the reader accepts.
    #[error("it is larger than {0}")]
    TooLarge(&'static str),
    /// The system refused, with its own reason.
    #[error("{0}")]
    Io(#[from] io::Error),
}

/// What kind of thing a non-regular file is, in words; `None` for a regular file.
pub fn not_regular(metadata: &Metadata) -> Option<&'static str> {
    let kind = metadata.file_type();
    if kind.is_file() {
        return None;
    }
    if kind.is_dir() {
        return Some("a folder");
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if kind.is_fifo() {
            return Some("a FIFO (named pipe)");
        }
        if kind.is_socket() {
            return Some("a socket");
        }
        if kind.is_char_device() || kind.is_block_device() {
            return Some("a device");
        }
    }
    Some("not a file")
}

/// Reads a whole regular file of at most `limit` bytes (`shown_limit` in
/// words, for the message). Links are followed; anything but a regular file
/// is refused before it is read.
pub fn read_regular(
    path: &Path,
    limit: u64,
    shown_limit: &'static str,
) -> Result<Vec<u8>, FileError> {
    if let Some(kind) = not_regular(&fs::metadata(path)?) {
        return Err(FileError::NotRegular(kind));
    }
    // Non-blocking, so a FIFO swapped in after the check cannot hang the
    // open; a regular file reads the same either way.
    let file = open_nonblocking(OpenOptions::new().read(true), path)?;
    if let Some(kind) = not_regular(&file.metadata()?) {
        return Err(FileError::NotRegular(kind));
    }
    let mut bytes = Vec::new();
    file.take(limit.saturating_add(1)).read_to_end(&mut bytes)?;
    if bytes.len() as u64 > limit {
        return Err(FileError::TooLarge(shown_limit));
    }
    Ok(bytes)
}

/// Refuses a path that exists and is not a regular file, before writing to
/// it: opening a FIFO for writing waits for a reader forever.
pub fn check_writable(path: &Path) -> Result<(), FileError> {
    match fs::metadata(path) {
        Ok(metadata) => match not_regular(&metadata) {
            Some(kind) => Err(FileError::NotRegular(kind)),
            None => Ok(()),
        },
        Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(()),
        Err(e) => Err(FileError::Io(e)),
    }
}

/// Opens with `options`, never waiting on a FIFO or a device.
pub fn open_nonblocking(options: &mut OpenOptions, path: &Path) -> io::Result<File> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.custom_flags(libc::O_NONBLOCK);
    }
    options.open(path)
}

/// Creates a folder and its missing parents, each new one readable by its
/// owner only (0700 on Unix).
pub fn create_private_dir_all(path: &Path) -> io::Result<()> {
    let mut builder = fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::DirBuilderExt;
        builder.mode(0o700);
    }
    builder.create(path)
}

/// Writes a file readable by its owner only (0600 on Unix), in a private folder.
pub fn write_private(path: &Path, contents: &[u8]) -> io::Result<()> {
    if let Some(parent) = path.parent() {
        create_private_dir_all(parent)?;
    }
    let mut options = OpenOptions::new();
    options.write(true).create(true).truncate(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    let mut file = open_nonblocking(&mut options, path)?;
    keep_private(&file, path);
    io::Write::write_all(&mut file, contents)
}

/// What [`keep_private`] changed first, said once when knead ends.
static MADE_PRIVATE: std::sync::Mutex<Option<String>> = std::sync::Mutex::new(None);

/// Makes an open file of knead's readable by its owner only, whoever
/// created it: a journal another program made keeps 0644 otherwise, and a
/// create mode applies to new files only. A file that cannot be changed
/// (someone else's) is left as it is. The change is said once, by
/// [`made_private`], because a full screen may be up now.
pub fn keep_private(file: &File, path: &Path) {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let Ok(metadata) = file.metadata() else {
            return;
        };
        let mode = metadata.permissions().mode();
        if !metadata.is_file() || mode & 0o077 == 0 {
            return;
        }
        if file
            .set_permissions(fs::Permissions::from_mode(0o600))
            .is_err()
        {
            return;
        }
        let note = format!(
            "{} could be read by others ({:o}); it is now readable by you only (600)",
            crate::text::display_path(path),
            mode & 0o777
        );
        if let Ok(mut said) = MADE_PRIVATE.lock() {
            said.get_or_insert(note);
        }
    }
    #[cfg(not(unix))]
    let _ = (file, path);
}

/// The first file [`keep_private`] made private, in words, once: for
/// `main` to say on stderr after the terminal is restored.
pub fn made_private() -> Option<String> {
    MADE_PRIVATE.lock().ok().and_then(|mut said| said.take())
}

#[cfg(test)]
mod tests {
    use super::{FileError, read_regular};

    #[cfg(unix)]
    #[test]
    fn a_file_another_program_made_readable_becomes_private_when_written() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().expect("temp dir");
        let file = dir.path().join("conditions.toml");
        std::fs::write(&file, "old").expect("written");
        let open = std::fs::Permissions::from_mode(0o644);
        std::fs::set_permissions(&file, open).expect("made readable");
        super::write_private(&file, b"new").expect("written");
        let mode = std::fs::metadata(&file).map(|m| m.permissions().mode() & 0o777);
        assert_eq!(mode.ok(), Some(0o600));
    }

    #[cfg(unix)]
    #[test]
    fn private_folders_and_files_are_for_their_owner_only() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().expect("temp dir");
        let file = dir.path().join("new/deeper/marker");
        super::write_private(&file, b"x").expect("written");
        let mode = |p: &std::path::Path| {
            std::fs::metadata(p)
                .map(|m| m.permissions().mode() & 0o777)
                .ok()
        };
        assert_eq!(mode(&file), Some(0o600));
        assert_eq!(mode(&dir.path().join("new")), Some(0o700));
        assert_eq!(mode(&dir.path().join("new/deeper")), Some(0o700));
    }

    #[test]
    fn reads_a_small_file_and_refuses_a_large_one_or_a_folder() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("a.toml");
        std::fs::write(&path, "12345").expect("written");
        assert_eq!(
            read_regular(&path, 5, "5 bytes").ok(),
            Some(b"12345".to_vec())
        );
        assert!(matches!(
            read_regular(&path, 4, "4 bytes"),
            Err(FileError::TooLarge("4 bytes"))
        ));
        let refused = read_regular(dir.path(), 5, "5 bytes").map_err(|e| e.to_string());
        assert_eq!(refused, Err("it is a folder, not a regular file".into()));
    }
}
