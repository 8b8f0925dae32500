//! The picker in plain lines, for pipes, screen readers and `--plain`: a
//! numbered list of the valid routines, and a number read from stdin.

use std::io;

use crate::cli::{ColorChoice, RunArgs};
use crate::error::Error;
use crate::exit::Exit;
use crate::library::{self, Loaded};
use crate::output;
use crate::routine::Routine;
use crate::routine::duration::format as show;
use crate::text::single_line;

use crate::commands::run;

/// Lists the valid routines, reads a number, and runs that routine.
pub fn run(args: &RunArgs, color: ColorChoice) -> Result<Exit, Error> {
    let routines: Vec<(Loaded, Routine)> = library::all()
        .into_iter()
        .filter_map(|loaded| {
            let routine = loaded.checked.routine.clone()?;
            Some((loaded, routine))
        })
        .collect();
    let mut text = String::from("PICK: Which routine?\n");
    for (n, (loaded, routine)) in routines.iter().enumerate() {
        text.push_str(&format!(
            "PICK: {}. {} ({}, {})\n",
            n + 1,
            routine.title,
            show(routine.planned_time()),
            single_line(&loaded.id)
        ));
    }
    text.push_str(&format!("PICK: Type its number. [1-{}]\n", routines.len()));
    output::print(&text)?;
    let stdin = io::stdin();
    let mut lock = stdin.lock();
    loop {
        // Bounded, and a line that is not UTF-8 is a wrong answer, not a failure.
        let Some(line) = crate::input::read_line(&mut lock)? else {
            output::print("STOPPED: No routine was picked.\n")?;
            return Ok(Exit::Stopped);
        };
        match line.trim().parse::<usize>() {
            Ok(n) if (1..=routines.len()).contains(&n) => {
                drop(lock);
                let (loaded, routine) = &routines[n - 1];
                let args = RunArgs {
                    routine: loaded.id.clone(),
                    ..args.clone()
                };
                return run::run(loaded, routine, &args, color);
            }
            _ if matches!(line.trim(), "x" | "stop" | "q") => return Ok(Exit::Stopped),
            _ => output::print(&format!(
                "NOTICE: Type a number from 1 to {}.\n",
                routines.len()
            ))?,
        }
    }
}
