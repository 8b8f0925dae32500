//! `knead run` (and `knead` alone): a session in plain mode.
//!
//! The full-screen coach is a later piece of work; until it exists every
//! session uses the plain face, so the README's command runs a real session.

use std::io::{self, Write};

use crate::cli::RunArgs;
use crate::exit::Exit;
use crate::library::Loaded;
use crate::output;
use crate::plain::{self, Faces, Job, driver::RealDriver};
use crate::record::Recorder;
use crate::safety;
use crate::session::Outcome;
use crate::sound::{self, Settings};

/// Runs a validated routine and exits as its outcome says.
pub fn run(loaded: &Loaded, args: &RunArgs) -> io::Result<Exit> {
    let Some(routine) = &loaded.checked.routine else {
        return Ok(Exit::Invalid);
    };
    let (mut cues, sound_notice) = sound::open(Settings {
        mute: args.mute,
        breath: !args.no_breath_sounds,
    });
    let mut recorder = Recorder::open();
    let mut driver = RealDriver::start(args.speed)?;
    let job = Job {
        routine,
        id: &loaded.id,
        file: loaded.text.as_bytes(),
        emergency_number: safety::DEFAULT_EMERGENCY_NUMBER,
        notices: sound_notice.into_iter().collect(),
    };
    let stdout = io::stdout();
    let mut out = stdout.lock();
    let mut faces = Faces {
        out: &mut out,
        sound: &mut cues,
        recorder: &mut recorder,
    };
    let ended = plain::run(&job, &mut driver, &mut faces);
    let _ = out.flush();
    match ended {
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
