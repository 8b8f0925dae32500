//! `knead history`: past sessions from the journal, as a table, JSON or CSV.

use crate::exit::Exit;
use crate::journal::history::{self, Filter, Format};
use crate::journal::{self, Journal};
use crate::output;

/// Prints the journal's sessions; skipped lines are warned about on stderr.
pub fn run(
    json: bool,
    csv: bool,
    routine: Option<&str>,
    since: Option<&str>,
) -> std::io::Result<Exit> {
    let filter = match Filter::new(routine, since) {
        Ok(filter) => filter,
        Err(e) => {
            output::eprint(&format!("knead: error: {e}\n"));
            return Ok(Exit::Invalid);
        }
    };
    let format = match (json, csv) {
        (true, _) => Format::Json,
        (_, true) => Format::Csv,
        _ => Format::Table,
    };
    let read = Journal::default_path()
        .and_then(|path| journal::read(&path).map(|(records, warnings)| (path, records, warnings)));
    let (path, records, warnings) = match read {
        Ok(read) => read,
        Err(e) => {
            output::eprint(&format!("knead: error: {e}\n"));
            return Ok(Exit::Failure);
        }
    };
    for warning in &warnings {
        output::eprint(&format!("knead: warning: {}: {warning}\n", path.display()));
    }
    match history::report(records, &filter, format) {
        Ok(text) => output::print(&text)?,
        Err(e) => {
            output::eprint(&format!("knead: error: {e}\n"));
            return Ok(Exit::Failure);
        }
    }
    Ok(Exit::Done)
}
