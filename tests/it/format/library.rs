//! The bundled routines: every one is clean, and the times inside them stay
//! within the advice in `docs/safety.md` (hold and roll times, pack times, and
//! the gentle flare-up day).

use std::fs;
use std::path::Path;
use std::time::Duration;

use knead::routine::{self, Activity, Hold, Routine, Step};

use crate::support::clock::secs;

/// Every file in `routines/`, with its id and the validated routine.
fn bundled() -> Vec<(String, Routine)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("routines");
    let mut paths: Vec<_> = fs::read_dir(dir)
        .expect("routines/")
        .map(|entry| entry.expect("entry").path())
        .filter(|path| path.extension().is_some_and(|e| e == "toml"))
        .collect();
    paths.sort();
    paths
        .iter()
        .map(|path| {
            let id = path
                .file_stem()
                .and_then(|s| s.to_str())
                .expect("a UTF-8 file name")
                .to_owned();
            let (_, checked) = routine::check_file(path);
            let routine = checked
                .routine
                .unwrap_or_else(|| panic!("{id} is invalid: {:?}", checked.diagnostics));
            (id, routine)
        })
        .collect()
}

/// A routine's holds, with their steps.
fn holds(routine: &Routine) -> impl Iterator<Item = (&Step, Hold)> {
    routine.steps.iter().filter_map(|step| match step.kind {
        Activity::Hold(hold) => Some((step, hold)),
        _ => None,
    })
}

fn mentions(words: &[String], needles: &[&str]) -> bool {
    words.iter().any(|word| {
        let word = word.to_lowercase();
        needles.iter().any(|needle| word.contains(needle))
    })
}

/// Whether a routine is ball work on the buttock (piriformis and similar).
fn ball_on_buttock(routine: &Routine) -> bool {
    let about = [routine.areas.clone(), vec![routine.title.clone()]].concat();
    mentions(&routine.tools, &["ball"]) && mentions(&about, &["glute", "piriformis", "buttock"])
}

/// Trigger-point compression is a different technique from a ball hold on
/// a tender spot: it starts at 60-90 s and may be extended to 5 min
/// (docs/safety.md, "Hard limits").
fn trigger_point(id: &str, routine: &Routine) -> bool {
    id.contains("trigger") || routine.title.to_lowercase().contains("trigger")
}

#[track_caller]
fn assert_between(what: &str, value: Duration, low: Duration, high: Duration) {
    assert!(
        (low..=high).contains(&value),
        "{what}: {value:?} is outside {low:?}..={high:?}"
    );
}

#[test]
fn there_are_ten_bundled_routines() {
    let ids: Vec<String> = bundled().into_iter().map(|(id, _)| id).collect();
    assert_eq!(ids.len(), 10, "{ids:?}");
    let shipped: Vec<String> = knead::library::bundled()
        .into_iter()
        .map(|loaded| loaded.id)
        .collect();
    assert_eq!(shipped, ids, "the binary ships what routines/ holds");
}

#[test]
fn every_bundled_routine_passes_check_without_warnings() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("routines");
    for entry in fs::read_dir(dir).expect("routines/") {
        let path = entry.expect("entry").path();
        let (text, checked) = routine::check_file(&path);
        let shown: Vec<String> = checked
            .diagnostics
            .iter()
            .map(|d| d.render(&path.display().to_string(), &text, false))
            .collect();
        assert!(shown.is_empty(), "{}", shown.join("\n\n"));
        assert!(checked.routine.is_some(), "{}", path.display());
    }
}

#[test]
fn ball_holds_on_the_buttock_last_30_to_60_seconds() {
    let mut pinned = 0;
    for (id, routine) in bundled() {
        if !ball_on_buttock(&routine) || trigger_point(&id, &routine) {
            continue;
        }
        for (step, hold) in holds(&routine) {
            let at = format!("{id}, line {}", step.line);
            assert_between(
                &format!("{at}: duration"),
                step.duration,
                secs(30),
                secs(60),
            );
            assert_between(&format!("{at}: min"), hold.min, secs(30), secs(60));
            assert_between(&format!("{at}: max"), hold.max, secs(30), secs(60));
            pinned += 1;
        }
    }
    // piriformis-tennis-ball and wall-ball-glute-standing, two holds each.
    assert!(pinned >= 4, "only {pinned} holds checked");
}

#[test]
fn trigger_point_holds_start_at_60_to_90_seconds_and_stop_at_5_minutes() {
    let mut pinned = 0;
    for (id, routine) in bundled() {
        if !trigger_point(&id, &routine) {
            continue;
        }
        for (step, hold) in holds(&routine) {
            let at = format!("{id}, line {}", step.line);
            assert_between(
                &format!("{at}: duration"),
                step.duration,
                secs(60),
                secs(90),
            );
            assert_between(&format!("{at}: min"), hold.min, secs(30), step.duration);
            assert_between(&format!("{at}: max"), hold.max, step.duration, secs(5 * 60));
            pinned += 1;
        }
    }
    assert!(pinned >= 1, "no trigger-point hold checked");
}

#[test]
fn no_hold_lasts_over_5_minutes() {
    for (id, routine) in bundled() {
        for (step, hold) in holds(&routine) {
            let at = format!("{id}, line {}", step.line);
            assert!(step.duration <= secs(5 * 60), "{at}: {:?}", step.duration);
            assert!(hold.max <= secs(5 * 60), "{at}: max {:?}", hold.max);
        }
    }
}

#[test]
fn no_roll_set_lasts_over_2_minutes() {
    for (id, routine) in bundled() {
        for step in &routine.steps {
            if let Activity::Roll(_) = step.kind {
                assert!(
                    step.duration <= secs(2 * 60),
                    "{id}, line {}: a {:?} roll set",
                    step.line,
                    step.duration
                );
            }
        }
    }
}

#[test]
fn heat_and_cold_routines_last_at_most_20_minutes() {
    let mut pinned = 0;
    for (id, routine) in bundled() {
        if mentions(&routine.tools, &["heat", "cold pack"]) {
            let planned = routine.planned_time();
            assert!(planned <= secs(20 * 60), "{id}: {planned:?}");
            pinned += 1;
        }
    }
    assert!(pinned >= 1, "no heat or cold routine checked");
}

#[test]
fn the_gentle_flare_up_routine_has_no_hold_over_60_seconds() {
    let all = bundled();
    let (_, routine) = all
        .iter()
        .find(|(id, _)| id == "gentle-flare-up")
        .expect("the gentle flare-up routine");
    for (step, hold) in holds(routine) {
        assert!(step.duration <= secs(60), "line {}", step.line);
        assert!(
            hold.max <= secs(60),
            "line {}: max {:?}",
            step.line,
            hold.max
        );
    }
}
