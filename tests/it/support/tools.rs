//! Tests that need a system tool (man, tmux, script, bash, /dev/full) say
//! so and skip on a machine without it; CI sets `KNEAD_REQUIRE_TOOLS=1`,
//! where a missing tool fails the test instead, so nothing is skipped
//! silently there.

/// Skips the calling test because `what` is missing, or fails it when
/// every tool is required.
pub fn skip(what: &str) {
    assert!(
        std::env::var_os("KNEAD_REQUIRE_TOOLS").is_none(),
        "{what}, and KNEAD_REQUIRE_TOOLS is set"
    );
    eprintln!("skipped: {what}");
}
