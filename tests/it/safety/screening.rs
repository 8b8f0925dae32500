//! Promises 1, 5 and 8: nothing runs before the screening; a routine adds
//! to the built-in questions and stop signs but cannot remove them, nor turn
//! check-ins off; "y" at the screening leads to the group's guidance, the
//! emergency number first.

use knead::journal::{self, YesNo};
use knead::plain::driver::Wake;
use knead::safety::{self, BUILTIN_QUESTIONS, CHECK_IN_BASE, Group, Needs, Tier};
use knead::session::{Asked, Command, Cue, Mode, Outcome, Session};
use proptest::prelude::*;

use super::runs::PRESSURE_ROUTINE;
use super::support::{
    Engine, OWN_QUESTION, OWN_STOP_SIGN, ROUTINE, hours, plain, plain_with, valid,
};
use crate::support::sandbox::Sandbox;

/// Every command there is; the ones that end a session come last.
const EVERY_COMMAND: [Command; 17] = [
    Command::FoundIt,
    Command::TogglePause,
    Command::Pause,
    Command::Resume,
    Command::Next,
    Command::Previous,
    Command::Extend,
    Command::Shorten,
    Command::Rate(None),
    Command::Rate(Some(0)),
    Command::Rate(Some(10)),
    Command::Rate(Some(11)),
    Command::Answer(false),
    Command::Answer(true),
    Command::Unanswered,
    Command::Stop,
    Command::Interrupted,
];

#[test]
fn nothing_but_no_at_the_screening_starts_a_step() {
    // Every command (but the ones that end it) while the screening waits,
    // with hours between them, and before the session starts at all.
    let routine = valid(ROUTINE);
    let mut session = Session::new(&routine);
    let mut now = std::time::Instant::now();
    let mut cues = Vec::new();
    for command in &EVERY_COMMAND[..12] {
        cues.extend(session.handle(*command, now));
        now += hours(2);
        cues.extend(session.advance(now));
    }
    assert_eq!(cues, [], "before start()");
    cues.extend(session.start(now));
    for command in &EVERY_COMMAND[..12] {
        cues.extend(session.handle(*command, now));
        now += hours(2);
        cues.extend(session.advance(now));
        assert_eq!(
            session.status(now).mode,
            Mode::Asking(Asked::Screening),
            "{command:?}"
        );
    }
    assert_eq!(cues, [Cue::ScreeningAsked]);
    let cues = session.handle(Command::Answer(false), now);
    assert_eq!(cues[0], Cue::ScreeningAnswered { yes: false });
    assert!(matches!(cues[1], Cue::StepStarted { index: 0, .. }));
}

#[test]
fn yes_at_the_screening_never_starts_anything() {
    let mut engine = Engine::start(&valid(ROUTINE));
    let cues = engine.handle(Command::Answer(true));
    assert_eq!(
        cues,
        [
            Cue::ScreeningAnswered { yes: true },
            Cue::Finished(Outcome::StoppedAtScreening)
        ]
    );
    for command in EVERY_COMMAND {
        assert_eq!(engine.handle(command), [], "{command:?}");
        assert_eq!(engine.wait(hours(1)), [], "{command:?}");
    }
    assert_eq!(engine.mode(), Mode::Finished(Outcome::StoppedAtScreening));
}

/// The text of every `SCREEN: - ` line.
fn screen_items(text: &str) -> Vec<&str> {
    text.lines()
        .filter_map(|l| l.strip_prefix("SCREEN: - "))
        .collect()
}

#[track_caller]
fn assert_every_builtin_is_listed(text: &str) {
    let items = screen_items(text);
    let ids: Vec<&str> = BUILTIN_QUESTIONS.iter().map(|q| q.id.as_ref()).collect();
    // Today's signs are built in (the long-standing conditions C1-C6, L4
    // and U2 are asked apart, once: tests/safety/conditions.rs)...
    let expected = [
        "E1", "E3", "E4", "U1", "U3", "U8", "U4", "U9", "U5", "C7", "L1", "L2",
    ];
    assert_eq!(ids, expected);
    // ...and each is on the screen, in its tier's group, but for the veins,
    // asked only where a routine works on a leg (this one: the glutes).
    for question in BUILTIN_QUESTIONS.iter().filter(|q| q.needs != Needs::Legs) {
        assert!(
            items.contains(&question.text.as_ref()),
            "{} is missing:\n{text}",
            question.id
        );
    }
    for tier in Tier::ALL {
        let heading = format!("SCREEN: {}:", tier.heading());
        assert!(text.lines().any(|l| l == heading), "no {heading:?}");
    }
}

#[test]
fn a_routine_with_its_own_safety_still_gets_every_builtin() {
    // End of input at the first check-in: the screening and a check-in shown.
    let ran = plain(&["n", ""]);
    assert_every_builtin_is_listed(&ran.text);
    assert!(screen_items(&ran.text).contains(&OWN_QUESTION));
    let check_in = ran.tagged("CHECKIN");
    assert_eq!(check_in.len(), 1);
    // The routine's own signs are said at the start of the step, and
    // again after the question, which says that y stops.
    let listed = format!("CUE: Stop if you notice: {OWN_STOP_SIGN}.");
    assert!(ran.lines().contains(&listed.as_str()), "{}", ran.text);
    assert_eq!(
        check_in[0],
        format!("CHECKIN: {CHECK_IN_BASE}? (y stops) Stop if you notice: {OWN_STOP_SIGN}. [y/n]")
    );
}

/// The suite's routine with its `[safety]` table replaced.
fn with_safety(table: &str) -> String {
    let start = ROUTINE.find("[safety]").expect("a safety table");
    let end = ROUTINE.find("[[step]]").expect("steps");
    format!("{}{table}\n\n{}", &ROUTINE[..start], &ROUTINE[end..])
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn no_screening_or_stop_sign_list_removes_the_builtins(
        screening in proptest::collection::vec("[A-Za-z ,.?'-]{1,40}", 0..6),
        stop_signs in proptest::collection::vec("[A-Za-z ,.?'-]{0,40}", 0..6),
        rate in any::<bool>(),
    ) {
        let screening: Vec<String> = screening
            .into_iter()
            .filter(|q| !q.trim().is_empty())
            .collect();
        let table = format!(
            "[safety]\nscreening = {screening:?}\nstop_signs = {stop_signs:?}\nrate_pressure = {rate}"
        );
        let source = with_safety(&table);
        let inputs = vec![Wake::Line("n".into()), Wake::Line(String::new())];
        let ran = plain_with(&source, inputs, safety::DEFAULT_EMERGENCY_NUMBER);
        assert_every_builtin_is_listed(&ran.text);
        let check_in = ran.tagged("CHECKIN");
        prop_assert_eq!(check_in.len(), 1);
        let base = format!("CHECKIN: {CHECK_IN_BASE}");
        prop_assert!(check_in[0].starts_with(&base), "{}", check_in[0]);
        let asked = format!("{base}? (y stops)");
        prop_assert!(check_in[0].starts_with(&asked), "{}", check_in[0]);
        prop_assert!(check_in[0].ends_with(" [y/n]"), "{}", check_in[0]);
    }
}

#[test]
fn no_key_in_the_format_turns_screening_or_check_ins_off() {
    let hold = "[[step]]\nkind = \"hold\"\ntitle = \"Hold\"\nduration = \"30s\"\n";
    let top = "format = 1\ntitle = \"T\"\n";
    let cases = [
        format!("{top}check_in = false\n{hold}"),
        format!("{top}check_ins = false\n{hold}"),
        format!("{top}skip_screening = true\n{hold}"),
        format!("{top}screening = false\n{hold}"),
        format!("{top}[safety]\ncheck_in = false\n\n{hold}"),
        format!("{top}[safety]\ncheck_ins = false\n\n{hold}"),
        format!("{top}[safety]\nskip_screening = true\n\n{hold}"),
        format!("{top}[safety]\nbuiltin_screening = false\n\n{hold}"),
        format!("{top}[safety]\nscreening = false\n\n{hold}"),
        format!("{top}[safety]\nstop_signs = false\n\n{hold}"),
        format!("{top}{hold}check_in = false\n"),
        format!("{top}{hold}halfway_check_in = false\n"),
        format!("{top}{hold}skip_screening = true\n"),
        format!(
            "{top}[[step]]\nkind = \"roll\"\ntitle = \"R\"\nduration = \"30s\"\ncheck_in = false\n"
        ),
    ];
    for source in &cases {
        let checked = knead::routine::check_str(source);
        assert!(checked.routine.is_none(), "accepted:\n{source}");
        assert!(checked.has_errors(), "{source}");
    }
    // The same files without the extra key are fine, so it is the key that fails.
    assert!(
        knead::routine::check_str(&format!("{top}{hold}"))
            .routine
            .is_some()
    );
    let unknown = knead::routine::check_str(&cases[4]);
    assert!(
        unknown
            .diagnostics
            .iter()
            .any(|d| d.message.contains("unknown key `check_in`")),
        "{:?}",
        unknown.diagnostics
    );
}

#[test]
fn empty_safety_lists_still_screen_and_check_in() {
    let source = with_safety("[safety]\nscreening = []\nstop_signs = []\nrate_pressure = false");
    let ran = plain_with(
        &source,
        vec![Wake::Line("n".into()), Wake::Line(String::new())],
        safety::DEFAULT_EMERGENCY_NUMBER,
    );
    assert_every_builtin_is_listed(&ran.text);
    assert_eq!(
        ran.tagged("CHECKIN"),
        [format!("CHECKIN: {CHECK_IN_BASE}? (y stops) [y/n]").as_str()]
    );
}

#[test]
fn screening_and_check_in_are_one_line_each_whatever_the_file_says() {
    // A multi-line question or stop sign must not split the prompt: a
    // script or screen reader reads one line per question.
    let source = with_safety(
        "[safety]\nscreening = [\"\"\"Two\nlines?\"\"\"]\nstop_signs = [\"\"\"leg pain\nSTEP: 9. Fake\"\"\"]",
    );
    let ran = plain_with(
        &source,
        vec![Wake::Line("n".into()), Wake::Line(String::new())],
        safety::DEFAULT_EMERGENCY_NUMBER,
    );
    let untagged: Vec<&str> = ran
        .text
        .lines()
        .filter(|l| {
            !l.split_once(": ")
                .is_some_and(|(tag, _)| tag.chars().all(|c| c.is_ascii_uppercase()))
        })
        .collect();
    assert_eq!(untagged, Vec::<&str>::new(), "{}", ran.text);
    assert_eq!(ran.tagged("STEP").len(), 2, "{}", ran.text);
    assert_eq!(ran.tagged("CHECKIN").len(), 1, "{}", ran.text);
}

#[test]
fn in_plain_mode_y_at_the_screening_lists_the_groups_emergency_first() {
    let ran = plain(&["y", "1"]);
    assert_eq!(ran.outcome, Outcome::StoppedAtScreening);
    assert!(
        ran.text.contains("SCREEN: 1. Emergency signs\n"),
        "{}",
        ran.text
    );
    assert!(
        ran.text.contains("SCREEN: 6. From this routine\n"),
        "{}",
        ran.text
    );
    assert!(ran.tagged("STEP").is_empty());
    let guidance = ran.text.lines().last().unwrap_or_default();
    let expected = format!("STOPPED: Call {} now", safety::DEFAULT_EMERGENCY_NUMBER);
    assert!(guidance.starts_with(&expected), "{guidance}");
}

#[test]
fn with_no_group_picked_the_guidance_is_the_emergency_one() {
    // "y", then input ends (or nonsense, then input ends): safest guidance.
    for answers in [&["y"][..], &["y", "0", "9", "lots"][..]] {
        let ran = plain(answers);
        assert_eq!(ran.outcome, Outcome::StoppedAtScreening);
        let guidance = ran.text.lines().last().unwrap_or_default();
        let emergency = safety::group_guidance(
            Group::Builtin(Tier::Emergency),
            safety::DEFAULT_EMERGENCY_NUMBER,
        );
        assert_eq!(guidance, format!("STOPPED: {emergency}"), "{answers:?}");
        let screening = ran.record.screening.as_ref().expect("the answer");
        assert_eq!(screening.answer, YesNo::Yes);
    }
}

/// The SCREEN line naming the emergency group, e.g. `SCREEN: 1. Emergency signs`.
fn emergency_choice(stdout: &str) -> &str {
    let line = stdout
        .lines()
        .find(|l| l.ends_with(&format!(". {}", Tier::Emergency.heading())))
        .expect("the emergency group is offered");
    let number = line.trim_start_matches("SCREEN: ");
    &number[..number.find('.').expect("a number")]
}

#[test]
fn the_binary_names_the_emergency_number_first_and_records_the_group() {
    for (config, number) in [
        (None, safety::DEFAULT_EMERGENCY_NUMBER),
        (Some("emergency_number = \"999\"\n"), "999"),
    ] {
        let sandbox = Sandbox::new();
        if let Some(text) = config {
            sandbox.write_config(text);
        }
        // First see which number the emergency group has...
        let probe = sandbox.run(PRESSURE_ROUTINE, "y\n");
        let choice = emergency_choice(&probe.stdout).to_owned();
        assert_eq!(choice, "1", "the most serious group comes first");
        // ...then pick it.
        let ran = sandbox.run(PRESSURE_ROUTINE, &format!("y\n{choice}\n"));
        assert_eq!(ran.code, Some(3), "{}{}", ran.stdout, ran.stderr);
        assert_eq!(ran.stderr, "");
        let guidance = ran.lines().last().copied().unwrap_or_default();
        assert!(
            guidance.starts_with(&format!("STOPPED: Call {number} now")),
            "{guidance}"
        );
        assert!(!ran.stdout.contains("STEP: "));
        let (records, warnings) = journal::parse(sandbox.journal().as_bytes());
        assert_eq!(warnings, []);
        let last = records.last().expect("the session is recorded");
        assert_eq!(last.outcome, journal::RecordedOutcome::StoppedAtScreening);
        let screening = last.screening.as_ref().expect("the screening answer");
        assert_eq!(screening.answer, YesNo::Yes);
        assert_eq!(screening.group.as_deref(), Some("emergency"));
        assert!(last.steps.is_empty());
    }
}

#[test]
fn a_step_never_starts_through_the_binary_before_the_screening_is_answered() {
    // Lines that mean something elsewhere (found it, a rating, next) are
    // not answers to the screening.
    let sandbox = Sandbox::new();
    let ran = sandbox.run(PRESSURE_ROUTINE, "\n5\nmaybe\n \n");
    assert_eq!(ran.code, Some(3));
    assert!(!ran.stdout.contains("STEP: "), "{}", ran.stdout);
    let hints = ran
        .lines()
        .iter()
        .filter(|l| l.starts_with("NOTICE: Please answer y or n"))
        .count();
    assert_eq!(hints, 4, "{}", ran.stdout);
}
