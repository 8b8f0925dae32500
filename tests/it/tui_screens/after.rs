//! The full screen after "worse" (review S15): the question about new
//! numbness, weakness or spreading pain, and same-day advice after a yes.

use knead::routine::Routine;
use knead::session::{Command, Feeling, FollowUp, Session};
use knead::tui::build::{Fixed, Local, view};
use knead::tui::keys::{self, KeyContext};
use knead::tui::theme::Theme;
use knead::tui::view::{Flags, Stage};
use knead::words;

use super::{buffer_text, draw};
use crate::support::engine::Engine;
use crate::support::routines::valid;

const SHORT: &str = "format = 1\ntitle = \"Short rest\"\n\n[[step]]\nkind = \"rest\"\ncue = \"Rest.\"\nduration = \"2s\"\n";

fn fixed(routine: &Routine) -> Fixed<'_> {
    Fixed {
        routine,
        emergency_number: "112",
        theme: Theme::standard(),
        flags: Flags::default(),
    }
}

#[test]
fn worse_asks_about_new_symptoms_and_a_yes_puts_advice_today_first() {
    let routine = valid(SHORT);
    let follow_up = FollowUp {
        after: true,
        late: None,
    };
    let mut drive = Engine::from_session(Session::new(&routine).with_follow_up(follow_up));
    drive.handle(Command::Answer(false));
    drive.run_to_question();
    drive.handle(Command::Feel(Feeling::Worse));
    let frame = |drive: &Engine| {
        let status = drive.session.status(drive.now);
        view(&fixed(&routine), &drive.session, &status, &Local::default())
    };
    let asking = frame(&drive);
    let Stage::Condition(page) = &asking.stage else {
        panic!("a yes/no page: {:?}", asking.stage);
    };
    assert_eq!(page.heading, "After the session");
    assert_eq!(page.question, "New numbness, weakness or spreading pain?");
    assert_eq!(
        keys::context(&asking),
        KeyContext::Screening,
        "y and n answer it"
    );
    let text = buffer_text(draw(&asking, 80, 24).backend().buffer());
    assert!(
        text.contains("New numbness, weakness or spreading pain?"),
        "{text}"
    );
    drive.handle(Command::Answer(true));
    let Stage::Summary(summary) = frame(&drive).stage else {
        panic!("the summary follows");
    };
    assert_eq!(
        summary.guidance.first(),
        Some(&words::same_day_advice("112"))
    );
}

/// "worse" answered late, about an earlier session: the same question on
/// the same page, and a yes puts advice today first on the page before
/// today's session (plain mode says it as the answer comes).
#[test]
fn worse_answered_late_asks_about_new_symptoms_and_advice_today_heads_the_next_page() {
    let routine = valid(SHORT);
    let follow_up = FollowUp {
        after: true,
        late: Some("Short rest (2026-11-26 18:05 UTC)".to_owned()),
    };
    let mut drive = Engine::from_session(Session::new(&routine).with_follow_up(follow_up));
    drive.handle(Command::Feel(Feeling::Worse));
    let frame = |drive: &Engine| {
        let status = drive.session.status(drive.now);
        view(&fixed(&routine), &drive.session, &status, &Local::default())
    };
    let asking = frame(&drive);
    let Stage::Condition(page) = &asking.stage else {
        panic!("a yes/no page: {:?}", asking.stage);
    };
    assert_eq!(page.question, "New numbness, weakness or spreading pain?");
    assert_eq!(keys::context(&asking), KeyContext::Screening);
    drive.handle(Command::Answer(true));
    let Stage::Before(before) = frame(&drive).stage else {
        panic!("today's screening follows");
    };
    assert_eq!(before.notices.first(), Some(&words::same_day_advice("112")));
}
