//! Properties: the cues do not depend on how often the caller looks.

use std::time::{Duration, Instant};

use knead::routine::{Activity, Breathe, Breathing, Hold, RatePressure, Roll, Routine, Side, Step};
use knead::session::{Asked, Command, Cue, Mode, Outcome, Plan, Session};
use proptest::prelude::*;

use super::fixtures::{ms, routine};

/// What the script does at one moment, after catching up to it.
#[derive(Debug, Clone, Copy)]
enum Action {
    /// Whatever a person would answer: "no", a rating, "found it".
    Respond,
    Do(Command),
    Nothing,
}

fn kind() -> impl Strategy<Value = Activity> {
    let hold = (any::<bool>(), 5_000u64..200_000).prop_map(|(find_spot, d)| {
        Activity::Hold(Hold {
            find_spot,
            min: ms(d.saturating_sub(30_000).max(5_000)),
            max: ms(d + 30_000),
            progress: None,
        })
    });
    prop_oneof![
        Just(Activity::Setup),
        hold,
        proptest::option::of(500u64..5_000).prop_map(|t| Activity::Roll(Roll { tempo: t.map(ms) })),
        Just(Activity::Rest),
        Just(Activity::Breathe(Breathe { breaths: None })),
    ]
}

fn breathing() -> impl Strategy<Value = Breathing> {
    (500u64..6_000, 0u64..3_000, 500u64..8_000, 0u64..3_000).prop_map(|(i, hi, e, ho)| Breathing {
        inhale: ms(i),
        hold_in: ms(hi),
        exhale: ms(e),
        hold_out: ms(ho),
    })
}

fn step() -> impl Strategy<Value = Step> {
    let side = prop_oneof![Just(None), Just(Some(Side::Left)), Just(Some(Side::Both))];
    (
        kind(),
        5_000u64..200_000,
        side,
        1u32..=3,
        proptest::option::of(breathing()),
    )
        .prop_map(|(kind, d, side, repeat, breathing)| {
            // Holds must lie within their own bounds, whatever was drawn.
            let duration = match kind {
                Activity::Hold(h) => ms(d).clamp(h.min, h.max),
                _ => ms(d),
            };
            Step {
                kind,
                title: kind.as_str().to_owned(),
                cue: None,
                side,
                duration,
                repeat,
                breathing,
                check_in: false,
                tools: Vec::new(),
                line: 1,
            }
        })
}

fn a_routine() -> impl Strategy<Value = Routine> {
    let rates = [
        RatePressure::Never,
        RatePressure::FirstOfEachSide,
        RatePressure::EveryHold,
    ];
    (proptest::collection::vec(step(), 1..5), 0..rates.len()).prop_map(move |(steps, rate)| {
        let mut r = routine(steps);
        r.safety.rate_pressure = rates[rate];
        r
    })
}

fn action() -> impl Strategy<Value = Action> {
    prop_oneof![
        12 => Just(Action::Respond),
        4 => Just(Action::Nothing),
        2 => Just(Action::Do(Command::TogglePause)),
        1 => Just(Action::Do(Command::Extend)),
        1 => Just(Action::Do(Command::Shorten)),
        1 => Just(Action::Do(Command::Next)),
        1 => Just(Action::Do(Command::Previous)),
        1 => Just(Action::Do(Command::Answer(false))),
    ]
}

fn script() -> impl Strategy<Value = Vec<(u64, Action)>> {
    proptest::collection::vec((0u64..60_000, action()), 1..25)
}

fn act(s: &mut Session, action: Action, now: Instant) -> Vec<Cue> {
    let command = match action {
        Action::Nothing => return vec![],
        Action::Do(command) => command,
        Action::Respond => match s.status(now).mode {
            Mode::Asking(Asked::Screening) | Mode::Asking(Asked::CheckIn { .. }) => {
                Command::Answer(false)
            }
            Mode::Asking(Asked::Pressure) => Command::Rate(Some(4)),
            Mode::Asking(Asked::FindSpot) => Command::FoundIt,
            _ => return vec![],
        },
    };
    s.handle(command, now)
}

/// Run a script, looking at the clock every `steps` (cycled), or only at
/// the script's own moments when `steps` is empty.
fn drive(r: &Routine, t0: Instant, script: &[(u64, Action)], steps: &[u64]) -> (Vec<Cue>, Session) {
    let mut s = Session::new(r);
    let mut cues = s.start(t0);
    let mut now = t0;
    let mut steps = steps.iter().cycle();
    for (gap, action) in script {
        let target = now + ms(*gap);
        while let Some(step) = steps.next()
            && now + ms(*step) < target
        {
            now += ms(*step);
            cues.extend(s.advance(now));
        }
        now = target;
        cues.extend(s.advance(now));
        cues.extend(act(&mut s, *action, now));
    }
    (cues, s)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    #[test]
    fn one_jump_gives_the_same_cues_as_many_small_steps(
        r in a_routine(),
        script in script(),
        uneven in proptest::collection::vec(1u64..3_000, 1..8),
    ) {
        let t0 = Instant::now();
        let (jumped, jump_state) = drive(&r, t0, &script, &[]);
        let (stepped, step_state) = drive(&r, t0, &script, &[100]);
        prop_assert_eq!(&jumped, &stepped);
        prop_assert_eq!(&jump_state, &step_state);
        let (uneven_cues, uneven_state) = drive(&r, t0, &script, &uneven);
        prop_assert_eq!(&jumped, &uneven_cues);
        prop_assert_eq!(&jump_state, &uneven_state);
    }

    #[test]
    fn time_alone_never_gets_past_a_check_in(r in a_routine(), hours in 1u64..48) {
        let t0 = Instant::now();
        let mut s = Session::new(&r);
        s.start(t0);
        s.handle(Command::Answer(false), t0);
        s.handle(Command::FoundIt, t0);
        let later = t0 + Duration::from_secs(hours * 3600);
        let cues = s.advance(later);
        // Where time alone must stop: the first hold or roll, or a later
        // find-spot hold (the first step's spot was found at once).
        let plan = Plan::new(&r);
        let stop = plan
            .steps()
            .iter()
            .find(|p| p.checks_in() || (p.finds_spot() && p.index > 0));
        let status = s.status(later);
        match stop {
            None => prop_assert_eq!(s.outcome(), Some(Outcome::Completed)),
            Some(p) if p.finds_spot() && p.index > 0 => {
                prop_assert_eq!(status.mode, Mode::Asking(Asked::FindSpot));
                prop_assert_eq!(status.number, p.index + 1);
            }
            Some(p) => {
                let asked = cues.iter().position(|c| matches!(c, Cue::CheckInAsked { .. }));
                prop_assert!(asked.is_some());
                let after = &cues[asked.unwrap_or_default() + 1..];
                prop_assert!(after.iter().all(|c| *c == Cue::Reminder));
                prop_assert!(matches!(status.mode, Mode::Asking(Asked::CheckIn { .. })), "{:?}", status.mode);
                prop_assert_eq!(status.number, p.index + 1);
            }
        }
    }
}
