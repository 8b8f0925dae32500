//! The plan: repeats and sides expanded, nothing else added.

use knead::routine::{SWITCH_SIDES, Side, Step};
use knead::session::{BodySide, Plan, PlannedKind};

use super::fixtures::{breathe, hold, pattern, rest, roll, routine, secs, setup};

fn sides_and_passes(plan: &Plan) -> Vec<(Option<BodySide>, u32, u32, bool)> {
    plan.steps()
        .iter()
        .map(|s| {
            let switch = s.kind == PlannedKind::SwitchSides;
            (s.side, s.pass.number, s.pass.of, switch)
        })
        .collect()
}

#[test]
fn both_sides_repeated_twice_run_left_left_switch_right_right() {
    let both = Step {
        side: Some(Side::Both),
        repeat: 2,
        ..hold(45)
    };
    let plan = Plan::new(&routine(vec![both]));
    let left = Some(BodySide::Left);
    let right = Some(BodySide::Right);
    assert_eq!(
        sides_and_passes(&plan),
        [
            (left, 1, 2, false),
            (left, 2, 2, false),
            (None, 1, 1, true),
            (right, 1, 2, false),
            (right, 2, 2, false),
        ]
    );
    let switch = &plan.steps()[2];
    assert_eq!(switch.title, "Switch sides");
    assert_eq!(switch.duration, SWITCH_SIDES);
    assert!(!switch.checks_in());
    assert!(plan.steps().iter().all(|s| s.source == 0));
}

#[test]
fn one_sided_and_plain_steps_are_only_repeated() {
    let left = Step {
        side: Some(Side::Left),
        repeat: 3,
        ..roll(30, None)
    };
    let right = Step {
        side: Some(Side::Right),
        ..setup(10)
    };
    let plan = Plan::new(&routine(vec![left, right, rest(15)]));
    let l = Some(BodySide::Left);
    assert_eq!(
        sides_and_passes(&plan),
        [
            (l, 1, 3, false),
            (l, 2, 3, false),
            (l, 3, 3, false),
            (Some(BodySide::Right), 1, 1, false),
            (None, 1, 1, false),
        ]
    );
    let sources: Vec<usize> = plan.steps().iter().map(|s| s.source).collect();
    assert_eq!(sources, [0, 0, 0, 1, 2]);
    let indexes: Vec<usize> = plan.steps().iter().map(|s| s.index).collect();
    assert_eq!(indexes, [0, 1, 2, 3, 4]);
}

#[test]
fn every_planned_step_knows_its_breathing_in_force() {
    let mut r = routine(vec![
        breathe(60),
        Step {
            breathing: Some(pattern(3, 1, 5, 1)),
            side: Some(Side::Both),
            ..hold(30)
        },
    ]);
    r.breathing = pattern(5, 0, 5, 0);
    let plan = Plan::new(&r);
    let patterns: Vec<_> = plan.steps().iter().map(|s| s.breathing).collect();
    let own = pattern(3, 1, 5, 1);
    assert_eq!(patterns, [pattern(5, 0, 5, 0), own, own, own]);
}

#[test]
fn the_plan_takes_exactly_the_time_the_routine_promises() {
    let routines = [
        routine(vec![setup(20)]),
        routine(vec![
            setup(20),
            Step {
                side: Some(Side::Both),
                repeat: 2,
                ..hold(45)
            },
            Step {
                side: Some(Side::Left),
                repeat: 3,
                ..roll(60, Some(3))
            },
            rest(15),
            Step {
                side: Some(Side::Both),
                ..roll(40, None)
            },
            breathe(90),
        ]),
    ];
    for r in &routines {
        let plan = Plan::new(r);
        assert_eq!(plan.total(), r.planned_time());
    }
    let plan = Plan::new(&routines[1]);
    assert_eq!(plan.len(), 1 + 5 + 3 + 1 + 3 + 1);
    assert_eq!(plan.time_after(0), plan.total() - secs(20));
    assert_eq!(plan.time_after(plan.len() - 1), secs(0));
    assert_eq!(plan.time_after(99), secs(0));
}

#[test]
fn check_ins_breathing_and_halfway_marks_follow_the_kind() {
    let plan = Plan::new(&routine(vec![
        setup(10),
        hold(30),
        roll(30, Some(3)),
        rest(10),
        breathe(30),
        Step {
            side: Some(Side::Both),
            ..setup(10)
        },
    ]));
    let flags: Vec<(bool, bool)> = plan
        .steps()
        .iter()
        .map(|s| (s.checks_in(), s.paces_breathing()))
        .collect();
    assert_eq!(
        flags,
        [
            (false, false),
            (true, true),
            (true, false),
            (false, true),
            (false, true),
            (false, false),
            (false, false),
            (false, false),
        ]
    );
    assert_eq!(plan.steps()[2].tempo(), Some(secs(3)));
}
