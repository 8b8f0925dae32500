//! After "worse" at the end of a session (review S15): new numbness,
//! weakness or spreading pain? A "yes" gets same-day advice.

use knead::session::{Asked, Command, Cue, Feeling, FollowUp, Mode, Outcome, Session};
use knead::words;

use crate::support::engine::Engine;

use super::fixtures::{hold, routine};

/// A session that asks the questions around it, run to its end with every
/// check-in answered "no"; the better / same / worse question waits.
fn ended() -> Engine {
    let follow_up = FollowUp {
        after: true,
        late: None,
    };
    let session = Session::new(&routine(vec![hold(30)])).with_follow_up(follow_up);
    let mut engine = Engine::from_session(session);
    engine.handle(Command::Answer(false));
    engine.answer("n");
    engine.run_to_question();
    assert_eq!(engine.mode(), Mode::Asking(Asked::Feeling { late: false }));
    engine
}

#[test]
fn worse_asks_about_new_numbness_weakness_or_spreading_pain() {
    let mut engine = ended();
    let cues = engine.handle(Command::Feel(Feeling::Worse));
    assert_eq!(
        cues,
        [
            Cue::FeelingAnswered {
                late: false,
                feeling: Some(Feeling::Worse)
            },
            Cue::NewSymptomsAsked
        ]
    );
    let status = engine.session.status(engine.now);
    assert_eq!(status.mode, Mode::Asking(Asked::NewSymptoms));
    assert_eq!(
        words::NEW_SYMPTOMS_QUESTION,
        "New numbness, weakness or spreading pain?"
    );
    assert!(Asked::NewSymptoms.is_yes_no());
    assert!(Cue::NewSymptomsAsked.wants_fresh_answer());
    // The session is over already: how it ended does not change.
    assert_eq!(engine.session.outcome(), Some(Outcome::Completed));
    assert!(!engine.session.is_over());
    let cues = engine.handle(Command::Answer(true));
    assert_eq!(
        cues,
        [Cue::NewSymptomsAnswered {
            late: false,
            yes: true
        }]
    );
    assert!(engine.session.is_over());
    assert_eq!(engine.session.summary().new_symptoms, Some(true));
    assert_eq!(engine.session.outcome(), Some(Outcome::Completed));
}

#[test]
fn no_ends_the_session_and_better_or_same_ask_nothing_more() {
    let mut engine = ended();
    engine.handle(Command::Feel(Feeling::Worse));
    assert_eq!(
        engine.handle(Command::Answer(false)),
        [Cue::NewSymptomsAnswered {
            late: false,
            yes: false
        }]
    );
    assert!(engine.session.is_over());
    assert_eq!(engine.session.summary().new_symptoms, Some(false));
    for feeling in [Feeling::Better, Feeling::Same] {
        let mut engine = ended();
        engine.handle(Command::Feel(feeling));
        assert!(engine.session.is_over(), "{feeling:?}");
        assert_eq!(engine.session.summary().new_symptoms, None);
    }
}

#[test]
fn leaving_the_question_ends_the_session_with_no_answer_recorded() {
    for leave in [Command::Stop, Command::Unanswered, Command::Interrupted] {
        let mut engine = ended();
        engine.handle(Command::Feel(Feeling::Worse));
        assert_eq!(engine.handle(leave), [], "{leave:?}");
        assert!(engine.session.is_over());
        assert_eq!(engine.session.summary().new_symptoms, None);
        assert_eq!(engine.session.outcome(), Some(Outcome::Completed));
    }
}

#[test]
fn a_yes_gets_advice_today_and_the_emergency_signs_with_the_number() {
    let advice = words::same_day_advice("999");
    assert!(advice.contains("get advice today"), "{advice}");
    assert!(advice.contains("Call 999 now"), "{advice}");
    assert!(advice.contains("both legs"), "{advice}");
}
