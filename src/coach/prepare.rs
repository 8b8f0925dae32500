//! Everything a session needs before its first question, in one place for
//! every face: settings, history, escalation notices, the first-run notice,
//! the journal recorder and the sounds.

use std::path::{Path, PathBuf};
use std::time::Duration;

use jiff::Timestamp;

use super::{About, Prepared};
use crate::journal::{self, Journal, SessionRecord, history};
use crate::library::{self, Loaded};
use crate::local_time::Zone;
use crate::recorder::Recorder;
use crate::remembered;
use crate::routine::Routine;
use crate::safety;
use crate::session::{Conditions, FollowUp, Plan, REMINDER_EVERY, Session};
use crate::settings::Settings;
use crate::sound::{self, SoundOptions};
use crate::text::single_line;
use crate::words;

/// Sessions run this many times faster or more are previews: a 45 s hold
/// lasting under 5 s is an author trying a routine, not a session.
pub const PREVIEW_FROM: f64 = 10.0;

/// How long after a session its better / same / worse question is still
/// worth asking at the next launch.
const ASK_LATE_WITHIN: i64 = 3 * 24 * 60 * 60;

/// How long plain mode waits for the audio device to open or fail before
/// its opening notices; the full screen never waits.
const DEVICE_WAIT: Duration = Duration::from_millis(500);

/// How the person asked for the session to run.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Options {
    /// Time runs this many times faster (previews, tests).
    pub speed: f64,
    /// What the sound should do.
    pub sound: SoundOptions,
    /// Whether the full screen shows the session.
    pub full_screen: bool,
    /// Ask every long-standing question again, whatever is remembered.
    pub review_conditions: bool,
}

/// Reads what a session needs and opens the journal and the sound.
///
/// `settings` and its warning come from the caller, which read them once
/// for the whole command.
pub fn prepare<'a>(
    loaded: &'a Loaded,
    routine: &'a Routine,
    settings: &'a Settings,
    settings_warning: Option<String>,
    options: Options,
) -> Prepared<'a> {
    let mut player = sound::open(options.sound);
    let history = read_history();
    let mut recorder = Recorder::open().as_preview(options.speed >= PREVIEW_FROM);
    let mut notices: Vec<String> = settings_warning.into_iter().collect();
    if !options.full_screen {
        // Lines have no first frame to delay: wait briefly for the device,
        // so "no audio device" stands with the other opening notices.
        notices.extend(player.notice(DEVICE_WAIT));
    }
    // Known silent before the first step: say what to watch instead of
    // the end sound (a device found missing later is the loop's to say).
    if player.silent() {
        notices.extend(words::end_sound_off(routine, Plan::new(routine).total()));
    }
    // A zone that cannot be found counts UTC days; the history command
    // says so, a session has more important things to say first.
    let zone = Zone::system();
    // After "worse" last time, the gentle routine comes first (review S15).
    let unseen = history::new_symptoms_unseen(&history);
    notices.extend(gentle_first(&history, routine, unseen));
    let mut escalations = escalation_notices(&history, &loaded.id, routine, &zone);
    // New numbness, weakness or spreading pain: the same question as
    // repeated pain stops, before every session until a GP or physio has
    // seen the person, whatever ran in between (review S15).
    if unseen {
        escalations.insert(0, history::Escalation::NewSymptoms);
    }
    // Pain stops in the same area: ask whether a GP or physio has been seen.
    let escalated = escalations
        .iter()
        .any(|e| *e != history::Escalation::Persistent);
    notices.extend(escalations.iter().map(|e| e.notice().to_owned()));
    match first_run_marker() {
        Some(marker) if marker.exists() => notices.push(safety::SESSION_NOTICE.to_owned()),
        Some(marker) => {
            notices.push(safety::FIRST_RUN_NOTICE.to_owned());
            recorder.acknowledge_first_run_at(marker);
        }
        // Nowhere to remember that it was read: show it every time.
        None => notices.push(safety::FIRST_RUN_NOTICE.to_owned()),
    }
    let conditions_file = remembered::path();
    let conditions = remembered_conditions(
        conditions_file.as_deref(),
        options.review_conditions,
        &mut notices,
    );
    if let Some(path) = conditions_file {
        recorder.remember_conditions_at(path);
    }
    let late = unanswered_last_session(&history);
    if let Some(last) = late {
        recorder.answer_late_for(last.session.clone());
    }
    let about = About {
        routine,
        id: &loaded.id,
        file: loaded.text.as_bytes(),
        emergency_number: &settings.emergency_number,
    };
    let mut prepared = Prepared::new(about, recorder, player);
    // Not known yet whether the late answer will be "worse": kept ready.
    prepared.gentle = late.and_then(|_| gentle_title(routine));
    prepared.session = prepared
        .session
        .with_follow_up(FollowUp {
            after: true,
            late: late.map(|session| describe(session, &zone)),
        })
        .with_reminder_every(reminder_every(options.speed))
        .with_conditions(conditions)
        .with_escalation(escalated)
        .with_familiar(ran_before(&history, &loaded.id));
    prepared.notices = notices;
    prepared
}

/// The long-standing conditions as remembered, and what to ask about them;
/// a file that cannot be used is said once and everything is asked again.
fn remembered_conditions(
    path: Option<&Path>,
    review: bool,
    notices: &mut Vec<String>,
) -> Conditions {
    let loaded = match path.map(remembered::load) {
        Some(Ok(found)) => found,
        Some(Err(why)) => {
            notices.push(format!(
                "Your remembered answers could not be read ({why}): the long-standing \
                 questions are asked again."
            ));
            None
        }
        None => None,
    };
    Conditions {
        ask: remembered::ask(loaded.as_ref(), Timestamp::now(), review),
        answers: loaded.map(|r| r.answers).unwrap_or_default(),
    }
}

/// The reminder interval in session time: the engine's clock runs `speed`
/// times faster, and a person (or a script) waiting at a question must not
/// be reminded faster than every [`REMINDER_EVERY`] of real time.
fn reminder_every(speed: f64) -> Duration {
    // A speed too large for a Duration reminds never, which is fine.
    Duration::try_from_secs_f64(REMINDER_EVERY.as_secs_f64() * speed.max(1.0))
        .unwrap_or(Duration::MAX)
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

/// What the journal says about repeated reports (docs/safety.md, "Escalation").
fn escalation_notices(
    records: &[SessionRecord],
    id: &str,
    routine: &Routine,
    zone: &Zone,
) -> Vec<history::Escalation> {
    let pressure = routine.steps.iter().any(|s| s.kind.checks_in());
    // Stops count by body region: every routine's regions, one no longer
    // found counting as all (shared with `knead report`). Before a light
    // routine only its own count; and only another routine's pain stop
    // asks for its regions, so without one the library (most of the time
    // before the first frame) need not be read.
    let other_stops = records.iter().any(|r| {
        !r.preview && r.outcome == journal::RecordedOutcome::StoppedForSafety && r.routine != id
    });
    let library = if history::by_region(routine) && other_stops {
        library::all()
    } else {
        Vec::new()
    };
    let areas = history::Areas::new(
        library
            .iter()
            .filter_map(|l| Some((l.id.as_str(), l.checked.routine.as_ref()?))),
    );
    let same_area = areas.before(id, Some(routine));
    history::escalations_near(
        records,
        &|past| same_area.counts(past),
        pressure,
        Timestamp::now(),
        zone,
    )
}

/// The routine offered first after a session that left the person worse.
const GENTLE: &str = "gentle-flare-up";

/// When the last session that ran left the person worse, or new symptoms
/// are still `unseen` by a clinician, the notice that offers the gentle
/// routine first, read from the journal so it survives a restart; none
/// before a routine as light as the gentle one.
fn gentle_first(history: &[SessionRecord], routine: &Routine, unseen: bool) -> Option<String> {
    let last = history
        .iter()
        .rev()
        .find(|r| !r.preview && !r.steps.is_empty());
    let worse = last.is_some_and(|l| l.post_check == Some(journal::Feeling::Worse));
    if !worse && !unseen {
        return None;
    }
    let title = gentle_title(routine)?;
    match last {
        Some(last) if worse => {
            let new_symptoms = last.new_symptoms == Some(journal::YesNo::Yes);
            Some(words::gentle_first(new_symptoms, &title, GENTLE))
        }
        // Sessions ran since the new symptoms: the offer alone.
        _ => Some(words::gentle_offer(&title, GENTLE)),
    }
}

/// The gentle routine's title, to offer it first; none before a routine
/// as light as it.
fn gentle_title(routine: &Routine) -> Option<String> {
    if safety::Limit::LightOnly.allows(routine.load()) {
        return None;
    }
    let title = library::resolve(GENTLE)
        .ok()
        .and_then(|l| {
            l.checked
                .routine
                .map(|r| single_line(&r.title).into_owned())
        })
        .unwrap_or_else(|| GENTLE.to_owned());
    Some(title)
}

/// The same offer when "worse" was answered late, at this launch: it
/// applies to the session starting now (review S15).
pub(super) fn late_offer(session: &Session, gentle: Option<&str>) -> Option<String> {
    let new_symptoms = session.late_worse()?;
    Some(words::gentle_first(new_symptoms, gentle?, GENTLE))
}

/// Whether this routine has run here before: its before lines were read
/// then, in a preview too.
fn ran_before(history: &[SessionRecord], id: &str) -> bool {
    history
        .iter()
        .any(|r| r.routine == id && !r.steps.is_empty())
}

/// A recent session that ran but whose better / same / worse question was
/// never answered: it is asked at the next launch (docs/safety.md, "After a session").
fn unanswered_last_session(history: &[SessionRecord]) -> Option<&SessionRecord> {
    let now = Timestamp::now().as_second();
    history
        .iter()
        .rev()
        .find(|r| !r.preview && !r.steps.is_empty())
        .filter(|r| r.post_check.is_none() && now - r.started.as_second() <= ASK_LATE_WITHIN)
}

/// The earlier session, named for the person, at their local time.
fn describe(session: &SessionRecord, zone: &Zone) -> String {
    let at = session.started.to_zoned(zone.zone().clone());
    let when = if zone.name() == "UTC" {
        jiff::fmt::strtime::format("%Y-%m-%d %H:%M UTC", &at)
    } else {
        jiff::fmt::strtime::format("%Y-%m-%d %H:%M %Z", &at)
    };
    let when = when.unwrap_or_else(|_| session.started.to_string());
    format!("{} ({when})", single_line(&session.title))
}

/// The file whose presence says the first-run notice was acknowledged.
fn first_run_marker() -> Option<PathBuf> {
    let journal = Journal::default_path().ok()?;
    Some(journal.parent()?.join("first-run-notice-seen"))
}
