//! `View`: plain data for one frame, built by `build::view` from the
//! engine's status at the instant the session loop handed the face.
//!
//! Every screen is a pure function of `&View`: no clock, no engine, no I/O.
//! `build` decides every number shown; the screens only lay them out.

use std::time::Duration;

use super::theme::Theme;

/// The answer to "better, the same or worse?": the engine's own.
pub use crate::session::Feeling;

/// Everything one frame shows.
#[derive(Debug, Clone, PartialEq)]
pub struct View {
    /// The routine the session runs.
    pub header: Header,
    /// The screen under any overlay.
    pub stage: Stage,
    /// A box drawn over the stage, if any.
    pub overlay: Option<Overlay>,
    /// A transient line such as "Halfway there" or "Muted".
    pub notice: Option<String>,
    /// Settings the screens mention in words.
    pub flags: Flags,
    /// The colours and emphasis used.
    pub theme: Theme,
}

/// The routine as the header shows it.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Header {
    /// The routine's title.
    pub title: String,
    /// The planned time of the whole routine.
    pub total: Duration,
    /// Tools to have at hand ("tennis ball", "mat").
    pub tools: Vec<String>,
}

/// Settings shown on screen, always in words as well as any colour.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Flags {
    /// All sound is off.
    pub muted: bool,
    /// The inhale and exhale sounds play.
    pub breath_sounds: bool,
    /// No moving shapes: the pacer shows words only.
    pub reduce_motion: bool,
}

/// Which page is showing, with its data; built from `session::Mode`.
#[derive(Debug, Clone, PartialEq)]
pub enum Stage {
    /// Before the first step: what to have, notices and the screening.
    Before(Before),
    /// A step counting down.
    Step(StepView),
    /// A find-spot hold waiting for Space; the count is not running.
    FindSpot(StepView),
    /// A step frozen by the pause key.
    Paused(StepView),
    /// The safety check-in, over the step it is about.
    CheckIn(StepView, CheckIn),
    /// The 0-10 pressure rating, over the step it is about.
    Pressure(StepView, PressurePage),
    /// After a "yes" at the screening: which group applies.
    ChooseGroup(ChooseGroup),
    /// The session stopped early: release first, then guidance.
    Stopped(Stopped),
    /// The session ended: what was done and how it feels.
    Summary(SummaryPage),
    /// At launch: how the last session went, asked before today's.
    LastSession(String),
    /// A long-standing condition, asked once and remembered.
    Condition(ConditionPage),
}

/// One long-standing question, with the advice for the last "yes".
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ConditionPage {
    /// What these questions are and how long they are remembered.
    pub heading: String,
    /// The advice for the "yes" just given, if any.
    pub advice: Option<String>,
    /// The question, answered y or n.
    pub question: String,
    /// Whether it comes after the session (review S15), not before it.
    pub after_session: bool,
    /// How many lines the page is scrolled down, when a small window
    /// cannot pin the whole question.
    pub scroll: u16,
}

/// The screen before the first step.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Before {
    /// Lines the routine marks to read before starting; may be empty.
    pub before: Vec<String>,
    /// Notices such as "A relaxation aid, not a treatment".
    pub notices: Vec<String>,
    /// The screening questions, grouped under headings (empty once folded).
    pub groups: Vec<(String, Vec<String>)>,
    /// What is remembered of the long-standing conditions, or that they
    /// follow; none once familiar with nothing remembered.
    pub conditions: Option<String>,
    /// Whether `c` reopens the long-standing questions.
    pub can_review: bool,
    /// The one question asked about the whole list.
    pub ask: String,
    /// How many lines the body is scrolled down.
    pub scroll: u16,
}

/// One step as its screen shows it.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct StepView {
    /// This step's number, from 1.
    pub number: usize,
    /// How many steps the session has.
    pub count: usize,
    /// Planned time left in the whole session.
    pub session_left: Duration,
    /// The step's title.
    pub title: String,
    /// "left" or "right", if the step has a side.
    pub side: Option<String>,
    /// The kind in one word: "hold", "roll", "rest"...
    pub kind: String,
    /// What to do, if the routine says.
    pub cue: Option<String>,
    /// The next step's title, if there is one.
    pub next: Option<String>,
    /// Time left in this step; shown rounded up to whole seconds.
    pub left: Duration,
    /// This step's length, as adjusted.
    pub duration: Duration,
    /// How far through the step, from 0.0 to 1.0.
    pub progress: f32,
    /// The hold's bounds, when the person may adjust it with `+`/`-`.
    pub bounds: Option<(Duration, Duration)>,
    /// The breathing pacer, on steps that pace breathing.
    pub breath: Option<Breath>,
    /// The roll marker, on paced rolls.
    pub roll: Option<RollMarker>,
}

/// Where the breathing pacer is.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Breath {
    /// The phase in force.
    pub phase: BreathWord,
    /// Time left in the phase; shown rounded up to whole seconds.
    pub left: Duration,
    /// The shape's size, from 0.0 (empty lungs) to 1.0 (full).
    pub size: f32,
}

/// A breathing phase, named as the screen says it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BreathWord {
    /// Breathing in.
    In,
    /// Pausing full.
    Hold,
    /// Breathing out.
    Out,
    /// Pausing empty.
    Rest,
}

impl BreathWord {
    /// The words shown beside the shape.
    pub fn as_str(self) -> &'static str {
        match self {
            BreathWord::In => "Breathe in",
            BreathWord::Hold => "Hold",
            BreathWord::Out => "Breathe out",
            BreathWord::Rest => "Rest",
        }
    }
}

/// Where the roll marker is.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct RollMarker {
    /// The way the current pass goes.
    pub direction: RollWay,
    /// Where the marker is on the track: 0.0 the start, 1.0 the far end.
    pub position: f32,
}

/// The way a roll pass goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RollWay {
    /// Away from where the roll started.
    Out,
    /// Back towards where it started.
    Back,
}

impl RollWay {
    /// The words shown under the track.
    pub fn as_str(self) -> &'static str {
        match self {
            RollWay::Out => "Roll out →",
            RollWay::Back => "← Roll back",
        }
    }
}

/// The check-in question, with the routine's stop signs.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct CheckIn {
    /// The question asked.
    pub question: String,
    /// Whether it comes halfway through a long hold.
    pub halfway: bool,
    /// The routine's own stop signs, listed under the question.
    pub stop_signs: Vec<String>,
    /// How many lines the question and signs are scrolled down, in a
    /// window too small to show them all at once.
    pub scroll: u16,
    /// "n" came before the last sign was on screen: the box says to read on.
    pub unread: bool,
}

/// The pressure rating.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct PressurePage {
    /// The question in full.
    pub question: String,
    /// The number typed or chosen so far, if any.
    pub typed: Option<u8>,
}

/// After a "yes" at the screening: the groups to choose from.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ChooseGroup {
    /// The group headings, numbered from 1 on screen; at a later session
    /// each with its signs, since the folded list has no headings.
    pub headings: Vec<String>,
    /// How many lines the list is scrolled down.
    pub scroll: u16,
    /// A number with no group was pressed: the question says which
    /// numbers there are, as plain mode does.
    pub no_such_group: bool,
}

/// The screen after an early stop.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Stopped {
    /// The guidance; the first line ("Release the pressure now.") is emphasised.
    pub lines: Vec<String>,
    /// How many lines the body is scrolled down.
    pub scroll: u16,
    /// The better / same / worse question, while it waits.
    pub question: Option<String>,
}

/// The screen after the last step.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct SummaryPage {
    /// Steps completed.
    pub done: usize,
    /// Steps planned.
    pub count: usize,
    /// Time the session took.
    pub time: Duration,
    /// One line about check-in answers and pressure ratings.
    pub reports: String,
    /// The post-session question.
    pub question: String,
    /// The answer given, or `None` while the question waits.
    pub feeling: Option<Feeling>,
    /// Good sore versus bad sore, and when to see someone.
    pub guidance: Vec<String>,
    /// Whether the journal entry was written.
    pub saved: bool,
    /// How many lines the body is scrolled down.
    pub scroll: u16,
}

/// A box over the session's page (the picker has its own, over its list).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Overlay {
    /// The keys and what they do.
    Help,
    /// "Quit? The session will be recorded as stopped."
    ConfirmQuit,
}

impl Stage {
    /// The step a step-based stage shows, if any.
    pub fn step(&self) -> Option<&StepView> {
        match self {
            Stage::Step(step)
            | Stage::FindSpot(step)
            | Stage::Paused(step)
            | Stage::CheckIn(step, _)
            | Stage::Pressure(step, _) => Some(step),
            _ => None,
        }
    }
}
