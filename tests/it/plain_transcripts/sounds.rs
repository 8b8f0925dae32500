//! What a person with closed eyes hears of a whole session: every clip
//! decodes and is heard, and the voice says each step, side, countdown,
//! check-in and the stop words, in order.

use crate::support::scripted::Lines;
use std::collections::HashSet;
use std::io::Cursor;
use std::time::Instant;

use knead::safety::Tool;
use knead::session::Outcome;
use knead::sound::Clip;

use super::support::{QUIET, all_answers, run_text, session};

#[test]
fn every_bundled_clip_decodes_to_sound() {
    for clip in Clip::ALL {
        let source = rodio::Decoder::new(Cursor::new(clip.wav()))
            .unwrap_or_else(|e| panic!("{clip:?} does not decode: {e}"));
        let loudest = source.fold(0.0_f32, |peak, sample| peak.max(sample.abs()));
        assert!(loudest > 0.05, "{clip:?} is silent (peak {loudest})");
    }
}

#[test]
fn a_whole_session_plays_every_clip() {
    let ran = session(&all_answers("b"));
    let heard: HashSet<Clip> = ran.clips.iter().copied().collect();
    let missing: Vec<Clip> = Clip::ALL
        .into_iter()
        .filter(|c| !heard.contains(c))
        .collect();
    assert!(missing.is_empty(), "never heard: {missing:?}");
}

#[test]
fn the_voice_says_every_step_side_countdown_and_check_in_in_order() {
    let ran = session(&all_answers("b"));
    assert_eq!(ran.outcome(), Outcome::Completed);
    assert_eq!(
        ran.said.first().map(String::as_str),
        Some("Sit with the ball.")
    );
    assert_eq!(
        ran.said.last().map(String::as_str),
        Some("Routine complete.")
    );
    // Breath phases are heard as clips, never said.
    assert!(!ran.said.iter().any(|s| s.contains("reathe")));
    insta::assert_snapshot!(ran.said.join("\n"));
}

#[test]
fn a_yes_at_a_check_in_says_to_let_go_of_the_ball() {
    let ran = session(&["n", "", "y", "s"]);
    assert_eq!(ran.outcome(), Outcome::StoppedForSafety);
    assert_eq!(
        ran.said.last().map(String::as_str),
        Some(Tool::Ball.release_now())
    );
}

#[test]
fn a_title_starting_with_dashes_is_said_not_passed_as_an_option() {
    let text = "format = 1\ntitle = \"Dashes\"\n\n[[step]]\nkind = \"setup\"\ntitle = \"--help me\"\ncue = \"Sit.\"\nduration = \"5s\"\n";
    let ran = run_text(text, Lines::typed(Instant::now(), &["n", "b"]), &QUIET);
    assert_eq!(ran.outcome(), Outcome::Completed);
    assert_eq!(ran.said.first().map(String::as_str), Some("help me."));
}

/// The check-in aloud asks what both faces ask, "(y stops)" said in words;
/// the routine's own signs once, at the first check-in, so the question a
/// person on a ball hears after every hold stays short.
#[test]
fn the_voice_asks_the_faces_check_in_with_yes_stops_in_words_and_the_signs_once() {
    let ran = session(&all_answers("b"));
    let check_ins: Vec<&str> = ran
        .said
        .iter()
        .map(|s| s.trim_start_matches("Halfway check. "))
        .filter(|s| s.starts_with(knead::safety::CHECK_IN_BASE))
        .collect();
    assert_eq!(check_ins.len(), 5, "{:#?}", ran.said);
    let faces = knead::words::check_in_question();
    let asked = faces.replace("(y stops)", "Yes stops the session.");
    let signs = "Stop if you notice: pain spreading below the knee.";
    assert_eq!(check_ins[0], format!("{asked} {signs}"));
    for later in &check_ins[1..] {
        assert_eq!(*later, asked);
        let words = later.split_whitespace().count();
        assert!(words <= 20, "{words} words: {later}");
    }
    assert!(!ran.said.iter().any(|s| s.contains("stop signs?")));
}
