//! Writes a synthetic journal for timing the real binary:
//! `cargo run --release --example gen_journal -- PATH [SESSIONS]`, then
//! `XDG_DATA_HOME=DIR knead history` with PATH = DIR/knead/journal.jsonl.

use std::fs::File;
use std::io::{BufWriter, Write};
use std::process::ExitCode;

#[path = "../benches/support/synthetic.rs"]
mod synthetic;

fn main() -> ExitCode {
    let mut args = std::env::args().skip(1);
    let (Some(path), sessions) = (args.next(), args.next()) else {
        eprintln!("usage: gen_journal PATH [SESSIONS (default 100000)]");
        return ExitCode::from(2);
    };
    let Ok(sessions) = sessions.as_deref().unwrap_or("100000").parse::<u64>() else {
        eprintln!("SESSIONS must be a whole number");
        return ExitCode::from(2);
    };
    let written = File::create(&path).and_then(|file| {
        let mut out = BufWriter::new(file);
        synthetic::write_journal(&mut out, sessions)?;
        out.flush()
    });
    match written {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("cannot write {path}: {e}");
            ExitCode::FAILURE
        }
    }
}
