//! `knead run` (and `knead` alone): a session in plain mode.
//!
//! The full-screen coach is a later piece of work; until it exists every
//! session uses the plain face, so the README's command runs a real session.

use std::io::{self, Write};
use std::path::PathBuf;

use jiff::Timestamp;

use crate::cli::RunArgs;
use crate::exit::Exit;
use crate::journal::{self, Journal};
use crate::library::Loaded;
use crate::output;
use crate::plain::{self, Faces, Job, driver::RealDriver};
use crate::record::Recorder;
use crate::routine::Routine;
use crate::safety;
use crate::session::Outcome;
use crate::settings;
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
    let (settings, settings_warning) = settings::load();
    let mut recorder = Recorder::open().as_preview(args.speed > 1.0);
    let mut notices: Vec<String> = settings_warning.into_iter().chain(sound_notice).collect();
    notices.extend(escalation_notices(&loaded.id, routine));
    match first_run_marker() {
        Some(marker) if !marker.exists() => {
            notices.push(safety::FIRST_RUN_NOTICE.to_owned());
            recorder.acknowledge_first_run_at(marker);
        }
        _ => notices.push(safety::SESSION_NOTICE.to_owned()),
    }
    let mut driver = RealDriver::start(args.speed)?;
    let job = Job {
        routine,
        id: &loaded.id,
        file: loaded.text.as_bytes(),
        emergency_number: &settings.emergency_number,
        notices,
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

/// What the journal says about repeated reports (safety.md C15).
fn escalation_notices(id: &str, routine: &Routine) -> Vec<String> {
    let Ok(path) = Journal::default_path() else {
        return Vec::new();
    };
    let Ok((records, _)) = journal::read(&path) else {
        return Vec::new();
    };
    let pressure = routine.steps.iter().any(|s| s.kind.checks_in());
    safety::escalations(&records, id, pressure, Timestamp::now())
        .into_iter()
        .map(|e| e.notice().to_owned())
        .collect()
}

/// The file whose presence says the first-run notice was acknowledged.
fn first_run_marker() -> Option<PathBuf> {
    let journal = Journal::default_path().ok()?;
    Some(journal.parent()?.join("first-run-notice-seen"))
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
