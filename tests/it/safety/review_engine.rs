//! The physiotherapist's must-fix items that change what the session does
//! (issue 19; the review's ids in each test's name).

use std::fs;

use crate::support::sandbox::Sandbox;

fn run(sandbox: &Sandbox, id: &str, answers: &str) -> String {
    let output = sandbox.run_fast(id, answers).output().expect("knead runs");
    String::from_utf8_lossy(&output.stdout).into_owned()
}

/// Review M5: a bruise (group 5) and the hip-replacement precaution (the
/// routine's own group, 6) both apply; choosing 5 first started the
/// figure-four, though 6 is stricter.
#[test]
fn m5_every_group_chosen_applies_and_the_strictest_wins() {
    let sandbox = Sandbox::new();
    sandbox.remember_conditions(&[]);
    let out = run(&sandbox, "piriformis-ball-lying", "y\n5\ny\n6\n");
    assert!(out.contains("Does another group"), "{out}");
    assert!(!out.contains("STEP:"), "{out}");
    assert!(
        out.contains("STOPPED: The session will not start today."),
        "{out}"
    );
    let journal = fs::read_to_string(sandbox.journal_path()).expect("a journal");
    assert!(journal.contains("\"group\":\"local\""), "{journal}");
    assert!(journal.contains("\"group\":\"routine\""), "{journal}");
    // One group, then "no": it goes ahead with that group's advice.
    let out = run(&sandbox, "piriformis-ball-lying", "y\n5\nn\n");
    assert!(out.contains("STEP: 1."), "{out}");
}
