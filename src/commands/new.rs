//! `knead new`: write a commented template routine.

use std::fs::OpenOptions;
use std::io::{self, Write};
use std::path::Path;

use crate::exit::Exit;
use crate::output;
use crate::text::sanitize;

/// The template: passes `knead check` with no warnings (a test proves it).
pub const TEMPLATE: &str = include_str!("../template.toml");

/// Writes the template, refusing to overwrite unless `force`.
pub fn run(path: &Path, force: bool) -> io::Result<Exit> {
    let shown = sanitize(&path.display().to_string());
    let mut options = OpenOptions::new();
    options.write(true);
    if force {
        options.create(true).truncate(true);
    } else {
        options.create_new(true);
    }
    let mut file = match options.open(path) {
        Ok(file) => file,
        Err(e) if e.kind() == io::ErrorKind::AlreadyExists => {
            output::eprint(&format!(
                "knead: error: {shown} already exists; nothing was written (use --force to overwrite)\n"
            ));
            return Ok(Exit::Invalid);
        }
        Err(e) => {
            output::eprint(&format!("knead: error: cannot write {shown}: {e}\n"));
            return Ok(Exit::Failure);
        }
    };
    file.write_all(TEMPLATE.as_bytes())?;
    file.sync_all()?;
    output::eprint(&format!(
        "wrote {shown}: edit it, then `knead check {shown}` and `knead run {shown}`\n"
    ));
    Ok(Exit::Done)
}
