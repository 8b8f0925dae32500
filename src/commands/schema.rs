//! `knead schema`: the JSON Schema of the routine format.

use crate::error::Error;
use crate::exit::Exit;
use crate::output;
use crate::routine;

/// Prints the schema to stdout.
pub fn run() -> Result<Exit, Error> {
    output::print(&format!("{}\n", routine::schema_json()))?;
    Ok(Exit::Done)
}
