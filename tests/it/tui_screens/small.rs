//! What a reviewer found cut at 40x12 (and 100x30) with no way to read
//! the rest: a long condition question, a step's cue, the advice after a
//! pressure rating of 8 or 9. Each is now read whole, or scrolls with its
//! "more" mark.

use knead::safety::{self, PressureAdvice, Tool};
use knead::tui::screens::{max_scroll, question_unread};
use knead::tui::view::{ConditionPage, Stage, StepView, View};
use ratatui::layout::Rect;

use super::{buffer_text, draw, hold, view};
use crate::support::clock::secs;

fn condition(question: String) -> View {
    view(Stage::Condition(ConditionPage {
        heading: safety::CONDITIONS_HEADING.to_owned(),
        advice: None,
        question,
        ..ConditionPage::default()
    }))
}

/// The screen's text on one line, rows joined by spaces, so a sentence
/// wrapped over rows can be looked for whole.
fn flat(view: &View, width: u16, height: u16) -> String {
    let text = buffer_text(draw(view, width, height).backend().buffer());
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[test]
fn a_long_condition_question_shows_whole_at_40x12() {
    let page = condition(safety::CONDITIONS[0].text.to_owned());
    let text = flat(&page, 40, 12);
    assert!(text.contains("low platelets?"), "{text}");
    insta::assert_snapshot!("condition_whole_40x12", draw(&page, 40, 12).backend());
}

#[test]
fn a_question_too_long_to_pin_scrolls_and_waits_to_be_read() {
    // Longer than any one question today: four of them run together.
    let question = safety::CONDITIONS[..4]
        .iter()
        .map(|c| c.text)
        .collect::<Vec<_>>()
        .join(" ");
    let mut page = condition(question);
    let area = Rect::new(0, 0, 40, 12);
    let most = max_scroll(&page, area);
    assert!(most > 0, "{}", flat(&page, 40, 12));
    assert!(flat(&page, 40, 12).contains("↓ more"));
    assert!(question_unread(&page, area, 0), "y/n wait at the top");
    assert!(!question_unread(&page, area, most), "y/n answer at the end");
    // Drawn at its end, the question's last words show above the mark.
    if let Stage::Condition(condition) = &mut page.stage {
        condition.scroll = most;
    }
    let text = flat(&page, 40, 12);
    assert!(text.contains(safety::CONDITIONS[3].text), "{text}");
    insta::assert_snapshot!(
        "condition_scrolled_end_40x12",
        draw(&page, 40, 12).backend()
    );
}

fn setup_step() -> StepView {
    StepView {
        title: "Ball under the left buttock".to_owned(),
        kind: "setup".to_owned(),
        cue: Some(
            "Hands behind you, sit on the ball with it under the fleshy upper and outer part \
             of your left buttock, above and away from the sitting bone. Cross your left ankle \
             over your right knee. Chest up; don't slump."
                .to_owned(),
        ),
        duration: secs(30),
        left: secs(30),
        progress: 0.0,
        bounds: None,
        breath: None,
        ..hold()
    }
}

#[test]
fn a_long_cue_is_read_whole_at_40x12() {
    let step = view(Stage::Step(setup_step()));
    let text = flat(&step, 40, 12);
    assert!(text.contains("Hands behind you"), "{text}");
    assert!(text.contains("Chest up; don't slump."), "{text}");
    insta::assert_snapshot!("step_long_cue_40x12", draw(&step, 40, 12).backend());
}

/// The next spot's screen after a rating: the advice as the notice, over
/// the lighter cue that replaces the spot's own after an 8.
fn after_rating(advice: PressureAdvice) -> View {
    let mut next = view(Stage::FindSpot(StepView {
        cue: Some(safety::lighter_cue(Tool::Ball).to_owned()),
        breath: None,
        ..hold()
    }));
    next.notice = Some(format!("{} {}", advice.text(), Tool::Ball.new_spot()));
    next
}

#[test]
fn the_advice_after_an_eight_is_whole_and_said_once() {
    let next = after_rating(PressureAdvice::Release {
        cap: None,
        tool: Tool::Ball,
    });
    for (width, height) in [(40, 12), (100, 30)] {
        let text = flat(&next, width, height);
        assert!(text.contains("Come off the ball."), "{text}");
        assert!(
            text.contains("Move the ball a little to a new spot."),
            "{text}"
        );
        assert!(
            text.contains("more weight on your hands, 3 to 6 out of 10."),
            "{text}"
        );
        assert_eq!(text.matches("3 to 6 out of 10").count(), 1, "{text}");
        insta::assert_snapshot!(
            format!("after_an_eight_{width}x{height}"),
            draw(&next, width, height).backend()
        );
    }
}

#[test]
fn the_advice_after_a_nine_is_whole_at_40x12() {
    // The side ends: the screen is whatever step comes next.
    let mut next = view(Stage::Step(hold()));
    let advice = PressureAdvice::EndSide {
        tool: Tool::Ball,
        sided: true,
    };
    next.notice = Some(advice.text());
    let text = flat(&next, 40, 12);
    assert!(text.contains(&advice.text()), "{text}");
    insta::assert_snapshot!("after_a_nine_40x12", draw(&next, 40, 12).backend());
}
