//! `knead run` (and `knead` alone): a session in plain mode.
//!
//! The full-screen coach is a later piece of work; until it exists every
//! session uses the plain face, so the README's command runs a real session.

use std::io::{self, Write};
use std::path::PathBuf;

use jiff::Timestamp;

use crate::cli::RunArgs;
use crate::exit::Exit;
use crate::journal::{self, Event, Journal, SessionRecord};
use crate::library::Loaded;
use crate::output;
use crate::plain::{self, Faces, Job, Reply, driver::RealDriver};
use crate::record::Recorder;
use crate::routine::Routine;
use crate::safety;
use crate::session::Outcome;
use crate::settings;
use crate::sound::{self, Settings};
use crate::text::single_line;

/// Sessions run this many times faster or more are previews: a 45 s hold
/// lasting under 5 s is an author trying a routine, not a session.
pub const PREVIEW_FROM: f64 = 10.0;

/// How long after a session its better / same / worse question is still
/// worth asking at the next launch.
const ASK_LATE_WITHIN: i64 = 3 * 24 * 60 * 60;

/// Runs a validated routine (read from `loaded`) and exits as its outcome says.
pub fn run(loaded: &Loaded, routine: &Routine, args: &RunArgs) -> io::Result<Exit> {
    let (mut cues, sound_notice) = sound::open(Settings {
        mute: args.mute,
        breath: !args.no_breath_sounds,
    });
    let (settings, settings_warning) = settings::load();
    let history = read_history();
    let mut recorder = Recorder::open().as_preview(args.speed >= PREVIEW_FROM);
    let mut notices: Vec<String> = settings_warning.into_iter().chain(sound_notice).collect();
    notices.extend(escalation_notices(&history, &loaded.id, routine));
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
    let ended = ask_about_last_session(&history, &mut driver, &mut out).and_then(|reply| {
        if reply == Reply::Signal {
            return Ok(Outcome::Interrupted);
        }
        let mut faces = Faces {
            out: &mut out,
            sound: &mut cues,
            recorder: &mut recorder,
        };
        plain::run(&job, &mut driver, &mut faces)
    });
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

/// The sessions in the journal; none when it cannot be read, since the
/// history only adds notices and never blocks a session.
fn read_history() -> Vec<SessionRecord> {
    Journal::default_path()
        .ok()
        .and_then(|path| journal::read(&path).ok())
        .map(|(records, _)| records)
        .unwrap_or_default()
}

/// What the journal says about repeated reports (safety.md C15).
fn escalation_notices(history: &[SessionRecord], id: &str, routine: &Routine) -> Vec<String> {
    let pressure = routine.steps.iter().any(|s| s.kind.checks_in());
    journal::history::escalations(history, id, pressure, Timestamp::now())
        .into_iter()
        .map(|e| e.notice().to_owned())
        .collect()
}

/// The post-session question of a recent session that ran but was never
/// answered is asked at the next launch (safety.md A3, C13).
fn ask_about_last_session(
    history: &[SessionRecord],
    driver: &mut RealDriver,
    out: &mut impl Write,
) -> io::Result<Reply<()>> {
    let now = Timestamp::now().as_second();
    let last = history
        .iter()
        .rev()
        .find(|r| !r.preview && !r.steps.is_empty());
    let Some(last) =
        last.filter(|r| r.post_check.is_none() && now - r.started.as_second() <= ASK_LATE_WITHIN)
    else {
        return Ok(Reply::Left);
    };
    let question = format!(
        "About your last session, {} ({}): {}",
        single_line(&last.title),
        last.started.strftime("%Y-%m-%d %H:%M UTC"),
        safety::POST_SESSION_QUESTION
    );
    let feeling = match plain::ask_feeling(&question, driver, out)? {
        Reply::Given(feeling) => feeling,
        Reply::Left => return Ok(Reply::Left),
        Reply::Signal => return Ok(Reply::Signal),
    };
    let recorded = Journal::default_path()
        .and_then(|path| Journal::resume(path, last.session.clone()))
        .and_then(|mut journal| journal.append(&Event::PostCheck { answer: feeling }));
    if let Err(e) = recorded {
        writeln!(out, "NOTICE: The answer could not be saved ({e}).")?;
    }
    Ok(Reply::Given(()))
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
