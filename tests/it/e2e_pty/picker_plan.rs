//! The full-screen picker marks a routine from a therapist (issue 23): its
//! preview says whose plan it is, how long, and when the review is.

use super::Knead;

/// A plan routine as a therapist hands it over.
const PLAN: &str = "format = 1\ntitle = \"Knee plan\"\n\n[plan]\ntherapist = \"Sam Lee, physiotherapist\"\nweeks = 6\nreview = \"2099-01-12\"\n\n[[step]]\nkind = \"hold\"\ntitle = \"Hold above the knee\"\ncue = \"Lean in gently.\"\nduration = \"30s\"\nmax = \"90s\"\nprogress = \"15s\"\n";

#[test]
fn the_picker_says_whose_plan_a_routine_is() {
    let mut knead = Knead::launch((30, 120), |_, dir| {
        let routines = dir.join("config/knead/routines");
        std::fs::create_dir_all(&routines).expect("routine folder");
        std::fs::write(routines.join("knee-plan.toml"), PLAN).expect("routine written");
    });
    knead.wait_for("Choose a routine");
    knead.press("/knee plan");
    knead.wait_for("Plan: 6 weeks, from Sam Lee, physiotherapist,");
    knead.wait_for("review 2099-01-12");
    let _ = knead.child.kill();
    let _ = knead.child.wait();
}
