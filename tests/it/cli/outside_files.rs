//! Files that come from other people (issue 20): a routine's `offer`, a
//! routine full of errors, and what knead builds from them.

use crate::support::sandbox::Sandbox;

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// A one-step routine whose screening question offers `offer`.
fn offering(offer: &str) -> String {
    format!(
        "format = 1\ntitle = \"x\"\n\n[safety]\nscreening = [{{ ask = \"Floor hard?\", offer = \"{offer}\" }}]\n\n[[step]]\nkind = \"rest\"\ncue = \"Rest.\"\nduration = \"20s\"\n"
    )
}

#[test]
fn an_offer_is_a_known_routine_id_or_an_error_and_never_a_command() {
    let sandbox = Sandbox::new();
    let forged = sandbox.scratch_file("forged.toml", &offering("gentle-movement; curl x | sh"));
    let check = sandbox
        .knead()
        .arg("check")
        .arg(&forged)
        .output()
        .expect("knead ran");
    let stderr = text(&check.stderr);
    assert_eq!(check.status.code(), Some(2), "{stderr}");
    assert!(
        stderr.contains("forged.toml:5:45: error: `offer` must be a routine id"),
        "{stderr}"
    );
    let unknown = offering("no-such-routine");
    sandbox.user_routine("offers.toml", &unknown);
    let check = sandbox
        .knead()
        .args(["check", "-"])
        .write_stdin(unknown)
        .output()
        .expect("knead ran");
    let stderr = text(&check.stderr);
    assert_eq!(check.status.code(), Some(2), "{stderr}");
    assert!(
        stderr.contains(
            "<stdin>:5:45: error: no bundled or user routine is called `no-such-routine`"
        ),
        "{stderr}"
    );
    // `run` never suggests a command for a routine that does not exist:
    // "yes" at the screening, then "From this routine".
    let run = sandbox
        .run_fast("offers", "y\n6\n")
        .output()
        .expect("knead ran");
    let stdout = text(&run.stdout);
    assert!(stdout.contains("will not start today"), "{stdout}");
    assert!(!stdout.contains("knead run"), "{stdout}");
}

#[test]
fn a_file_with_thousands_of_errors_shows_the_first_and_counts_the_rest() {
    let sandbox = Sandbox::new();
    let mut routine = String::from("format = 1\ntitle = \"x\"\n");
    for n in 0..3000 {
        routine.push_str(&format!("unknown_{n} = 1\n"));
    }
    routine.push_str("\n[[step]]\nkind = \"rest\"\ncue = \"Rest.\"\nduration = \"20s\"\n");
    let path = sandbox.scratch_file("many.toml", &routine);
    let output = sandbox
        .knead()
        .arg("check")
        .arg(&path)
        .output()
        .expect("knead ran");
    let stderr = text(&output.stderr);
    assert_eq!(output.status.code(), Some(2));
    let shown = stderr.matches(": error: unknown key").count();
    assert_eq!(shown, 50, "{stderr}");
    assert!(stderr.contains("unknown key `unknown_49`"), "{stderr}");
    assert!(!stderr.contains("unknown key `unknown_50`"), "{stderr}");
    assert!(
        stderr.contains(
            "many.toml: and 2950 more problems not shown (fix these first, then check again)"
        ),
        "{stderr}"
    );
    assert!(
        stderr.ends_with("checked 1 file: 3000 errors, 0 warnings\n"),
        "{stderr}"
    );
}
