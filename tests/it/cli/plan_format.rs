//! The `[plan]` table and a hold's `progress` (issue 23) through `knead
//! check` and `knead add`: every mistake located, and a plan with no start
//! starts the day it was added.

use std::fs;

use crate::support::sandbox::Sandbox;

/// A plan with every key, and a hold that grows.
pub const PLAN: &str = "format = 1\ntitle = \"Knee plan\"\n\n[plan]\ntherapist = \"Sam Lee, physiotherapist\"\ncontact = \"01234 567890\"\nweeks = 6\nreview = \"2099-01-12\"\n\n[[step]]\nkind = \"hold\"\ntitle = \"Hold above the knee\"\ncue = \"Lean in gently.\"\nduration = \"30s\"\nmin = \"20s\"\nmax = \"90s\"\nprogress = \"15s\"\n";

const BROKEN: &str = "format = 1\ntitle = \"Knee plan\"\n\n[plan]\ntherapist = \"\"\nweeks = 60\nstart = \"2026-13-01\"\nreview = \"soon\"\nnurse = \"x\"\n\n[[step]]\nkind = \"hold\"\ntitle = \"Hold\"\ncue = \"Lean in.\"\nduration = \"30s\"\nprogress = \"15s\"\n\n[[step]]\nkind = \"rest\"\ncue = \"Rest.\"\nduration = \"30s\"\nprogress = \"15s\"\n";

/// The `FILE:LINE:COL: severity: message` lines `knead check` printed.
fn headlines(stderr: &[u8]) -> Vec<String> {
    String::from_utf8_lossy(stderr)
        .lines()
        .filter(|l| l.contains(": error: ") || l.contains(": warning: "))
        .map(str::to_owned)
        .collect()
}

#[test]
fn a_plan_with_every_key_passes_check_cleanly() {
    let sandbox = Sandbox::new();
    let file = sandbox.scratch_file("knee-plan.toml", PLAN);
    let output = sandbox
        .knead()
        .arg("check")
        .arg(&file)
        .output()
        .expect("runs");
    assert_eq!(output.status.code(), Some(0));
    assert_eq!(headlines(&output.stderr), Vec::<String>::new());
}

#[test]
fn every_mistake_in_a_plan_is_located() {
    let sandbox = Sandbox::new();
    let file = sandbox.scratch_file("plan.toml", BROKEN);
    let output = sandbox
        .knead_in_scratch()
        .args(["check", "plan.toml"])
        .output()
        .expect("runs");
    assert_eq!(output.status.code(), Some(2));
    assert_eq!(
        headlines(&output.stderr),
        [
            "plan.toml:5:13: error: `therapist` is empty",
            "plan.toml:6:9: error: `weeks` must be 1 to 52, not 60",
            "plan.toml:7:9: error: `start` is not a date",
            "plan.toml:8:10: error: `review` is not a date",
            "plan.toml:9:1: error: unknown key `nurse` in [plan]",
            "plan.toml:16:12: error: `progress` needs a `max` on the same step",
            "plan.toml:22:12: error: `progress` is only allowed on hold steps, not on a rest step",
        ],
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let _ = file;
}

#[test]
fn progress_without_a_plan_is_an_error() {
    let sandbox = Sandbox::new();
    let text = "format = 1\ntitle = \"x\"\n\n[[step]]\nkind = \"hold\"\ntitle = \"h\"\ncue = \"c\"\nduration = \"30s\"\nmax = \"60s\"\nprogress = \"5s\"\n";
    sandbox.scratch_file("grow.toml", text);
    let output = sandbox
        .knead_in_scratch()
        .args(["check", "grow.toml"])
        .output()
        .expect("runs");
    assert_eq!(
        headlines(&output.stderr),
        ["grow.toml:10:12: error: `progress` needs a [plan] table"]
    );
}

#[test]
fn adding_a_plan_with_no_start_writes_today_as_its_start() {
    let sandbox = Sandbox::new();
    let file = sandbox.scratch_file("knee-plan.toml", PLAN);
    let output = sandbox
        .knead()
        .arg("add")
        .arg(&file)
        .output()
        .expect("runs");
    assert_eq!(output.status.code(), Some(0));
    assert!(
        String::from_utf8_lossy(&output.stderr).contains("by Sam Lee, physiotherapist"),
        "who wrote it"
    );
    let routines = sandbox
        .config_path()
        .parent()
        .expect("folder")
        .join("routines");
    let copy = fs::read_to_string(routines.join("knee-plan.toml")).expect("added");
    let today = jiff::Zoned::now().date();
    assert!(
        copy.contains(&format!("[plan]\nstart = \"{today}\"")),
        "{copy}"
    );
    let check = sandbox
        .knead()
        .arg("check")
        .arg(routines.join("knee-plan.toml"))
        .output()
        .expect("runs");
    assert_eq!(check.status.code(), Some(0));
}
