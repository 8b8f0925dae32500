//! Writes a synthetic journal for timing the real binary:
//! `cargo run --release --example gen_journal -- PATH [SESSIONS] [daily|varied]`,
//! then `XDG_DATA_HOME=DIR knead history` with PATH = DIR/knead/journal.jsonl.
//! With `daily`, one session a day up to now (years of practice, for the
//! history view); with `varied`, sessions of many routines, ratings,
//! outcomes and irregular days; without, one every 8 hours from 2020.

use std::fs::File;
use std::io::{BufWriter, Write};
use std::process::ExitCode;

#[path = "../benches/support/synthetic.rs"]
mod synthetic;
#[path = "../benches/support/varied.rs"]
mod varied;

fn main() -> ExitCode {
    let mut args = std::env::args().skip(1);
    let (Some(path), sessions, daily) = (args.next(), args.next(), args.next()) else {
        eprintln!("usage: gen_journal PATH [SESSIONS (default 100000)] [daily|varied]");
        return ExitCode::from(2);
    };
    let Ok(sessions) = sessions.as_deref().unwrap_or("100000").parse::<u64>() else {
        eprintln!("SESSIONS must be a whole number");
        return ExitCode::from(2);
    };
    let written = File::create(&path).and_then(|file| {
        let mut out = BufWriter::new(file);
        match daily.as_deref() {
            Some("daily") => {
                synthetic::write_daily_journal(&mut out, sessions, jiff::Timestamp::now())?
            }
            Some("varied") => varied::write_varied_journal(&mut out, sessions)?,
            _ => synthetic::write_journal(&mut out, sessions)?,
        }
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
