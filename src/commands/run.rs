//! `knead run` (and `knead` alone): prepare a session, pick its face, run
//! it through the shared session loop, and exit as its outcome says.

use std::io;

use crate::cli::RunArgs;
use crate::coach::{self, Options};
use crate::exit::Exit;
use crate::library::Loaded;
use crate::output;
use crate::plain::PlainFace;
use crate::plain::driver::RealDriver;
use crate::routine::Routine;
use crate::session::Outcome;
use crate::settings;
use crate::sound::SoundOptions;

/// Runs a validated routine (read from `loaded`) and exits as its outcome says.
pub fn run(loaded: &Loaded, routine: &Routine, args: &RunArgs) -> io::Result<Exit> {
    let (settings, settings_warning) = settings::load();
    let options = Options {
        speed: args.speed,
        sound: SoundOptions {
            mute: args.mute,
            breath: !args.no_breath_sounds,
        },
    };
    let mut prepared = coach::prepare(loaded, routine, &settings, settings_warning, options);
    let driver = RealDriver::start(args.speed)?;
    let mut face = PlainFace::new(io::stdout().lock(), driver);
    match coach::run(&mut prepared, &mut face) {
        Ok(outcome) => Ok(exit_for(outcome)),
        // The reader went away (`| head`): the journal says "interrupted";
        // the command ends quietly, as pipelines expect.
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => Ok(Exit::Done),
        Err(e) => {
            output::eprint(&format!("knead: error: {e}\n"));
            Ok(Exit::Failure)
        }
    }
}

/// The exit code design.md gives each outcome.
pub fn exit_for(outcome: Outcome) -> Exit {
    match outcome {
        Outcome::Completed => Exit::Done,
        Outcome::Interrupted => Exit::Interrupted,
        Outcome::StoppedForSafety
        | Outcome::StoppedAtScreening
        | Outcome::StoppedByPerson
        | Outcome::Unanswered => Exit::Stopped,
    }
}
