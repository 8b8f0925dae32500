//! The full-screen coach's screens over `TestBackend`: snapshots of every
//! stage and overlay at three sizes, the digit ladder, themes by buffer
//! inspection, the key map, and no panic at any size.

use std::time::Duration;

mod after;
mod built;
mod check_in;
mod end_sound;
mod folded;
mod frames;
mod group_number;
mod history;
mod keys;
mod passing;
mod picker;
mod readable;
mod small;
mod stop_signs;
mod widgets;

use knead::safety;
use knead::tui::screens::{max_scroll, render};
use knead::tui::theme::Theme;
use knead::tui::view::{
    Before, Breath, BreathWord, CheckIn, ChooseGroup, ConditionPage, Feeling, Flags, Header,
    Overlay, PressurePage, RollMarker, RollWay, Stage, StepView, Stopped, SummaryPage, View,
};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Color;

use crate::support::clock::secs;

const SIZES: [(u16, u16); 3] = [(80, 24), (40, 12), (39, 11)];

fn view(stage: Stage) -> View {
    View {
        header: Header {
            title: "Piriformis release with a ball".to_owned(),
            total: secs(12 * 60 + 30),
            tools: vec!["tennis ball".to_owned(), "mat".to_owned()],
        },
        stage,
        overlay: None,
        notice: None,
        flags: Flags {
            muted: false,
            breath_sounds: true,
            reduce_motion: false,
        },
        theme: Theme::standard(),
    }
}

fn hold() -> StepView {
    StepView {
        number: 3,
        count: 9,
        session_left: secs(8 * 60 + 15),
        title: "Hold a tender spot".to_owned(),
        side: Some("left".to_owned()),
        kind: "hold".to_owned(),
        cue: Some("Let your weight sink in. A good hurt, never sharp.".to_owned()),
        next: Some("Switch sides".to_owned()),
        left: Duration::from_millis(27_400),
        duration: secs(45),
        progress: 0.4,
        bounds: Some((secs(30), secs(60))),
        breath: Some(Breath {
            phase: BreathWord::In,
            left: Duration::from_millis(2_300),
            size: 0.6,
        }),
        roll: None,
    }
}

fn roll() -> StepView {
    StepView {
        number: 5,
        count: 9,
        title: "Roll the glute".to_owned(),
        kind: "roll".to_owned(),
        cue: Some("Slowly, top of the buttock to the crease and back.".to_owned()),
        left: secs(41),
        duration: secs(60),
        progress: 0.32,
        bounds: None,
        breath: None,
        roll: Some(RollMarker {
            direction: RollWay::Back,
            position: 0.7,
        }),
        ..hold()
    }
}

fn before() -> Before {
    let mut groups: Vec<(String, Vec<String>)> = Vec::new();
    for question in safety::BUILTIN_QUESTIONS {
        let heading = match question.group {
            safety::Group::Builtin(tier) => tier.heading().to_owned(),
            safety::Group::Routine => "From this routine".to_owned(),
        };
        match groups.last_mut() {
            Some((last, list)) if *last == heading => list.push(question.text.to_string()),
            _ => groups.push((heading, vec![question.text.to_string()])),
        }
    }
    Before {
        before: vec!["Have the ball against a wall or the floor, not the spine.".to_owned()],
        notices: vec![safety::SESSION_NOTICE.to_owned()],
        groups,
        conditions: Some(safety::Answers::default().summary_line(false)),
        can_review: true,
        ask: safety::SCREENING_ASK.to_owned(),
        scroll: 0,
    }
}

fn summary(feeling: Option<Feeling>) -> SummaryPage {
    SummaryPage {
        done: 9,
        count: 9,
        time: secs(13 * 60 + 2),
        reports: "No pain reported. Pressure: 4, 5, 3.".to_owned(),
        question: safety::POST_SESSION_QUESTION.to_owned(),
        feeling,
        guidance: safety::POST_SESSION
            .iter()
            .map(|s| (*s).to_owned())
            .collect(),
        saved: true,
        scroll: 0,
    }
}

/// Every stage and overlay worth a snapshot, by name.
fn all_views() -> Vec<(&'static str, View)> {
    let check = CheckIn {
        question: "Any new or worse sharp or shooting pain, numbness or tingling?".to_owned(),
        halfway: true,
        stop_signs: vec!["pain spreading below the knee".to_owned()],
        ..CheckIn::default()
    };
    let pressure = |typed| PressurePage {
        question: safety::PRESSURE_QUESTION.to_owned(),
        typed,
    };
    let mut noticed = view(Stage::Step(hold()));
    noticed.notice = Some("Halfway there".to_owned());
    noticed.flags.muted = true;
    let mut still = view(Stage::Step(hold()));
    still.flags.reduce_motion = true;
    let mut help = view(Stage::Step(hold()));
    help.overlay = Some(Overlay::Help);
    let mut quit = view(Stage::Paused(hold()));
    quit.overlay = Some(Overlay::ConfirmQuit);
    let mut scrolled = before();
    scrolled.scroll = 6;
    let stop_lines = safety::stop_guidance(safety::Tool::Ball, &[], "999");
    vec![
        ("before", view(Stage::Before(before()))),
        ("before_scrolled", view(Stage::Before(scrolled))),
        ("step_hold", view(Stage::Step(hold()))),
        ("step_notice_muted", noticed),
        ("step_reduce_motion", still),
        ("step_roll", view(Stage::Step(roll()))),
        (
            "find_spot",
            view(Stage::FindSpot(StepView {
                left: secs(45),
                progress: 0.0,
                breath: None,
                ..hold()
            })),
        ),
        ("paused", view(Stage::Paused(hold()))),
        ("check_in", view(Stage::CheckIn(hold(), check))),
        (
            "pressure_empty",
            view(Stage::Pressure(hold(), pressure(None))),
        ),
        (
            "pressure_typed",
            view(Stage::Pressure(hold(), pressure(Some(7)))),
        ),
        (
            "choose_group",
            view(Stage::ChooseGroup(ChooseGroup {
                headings: safety::Tier::ALL
                    .iter()
                    .map(|t| t.heading().to_owned())
                    .collect(),
                scroll: 0,
                no_such_group: false,
            })),
        ),
        (
            "choose_group_no_such_number",
            view(Stage::ChooseGroup(ChooseGroup {
                headings: safety::Tier::ALL
                    .iter()
                    .map(|t| t.heading().to_owned())
                    .collect(),
                scroll: 0,
                no_such_group: true,
            })),
        ),
        (
            "stopped",
            view(Stage::Stopped(Stopped {
                lines: stop_lines.clone(),
                scroll: 0,
                question: None,
            })),
        ),
        (
            "stopped_asking",
            view(Stage::Stopped(Stopped {
                lines: stop_lines,
                scroll: 0,
                question: Some(
                    "Compared with before, do you feel better, the same or worse?".into(),
                ),
            })),
        ),
        (
            "last_session",
            view(Stage::LastSession(
                "About your last session, Tennis-ball glute holds (2026-11-26 18:05 UTC): \
                 Compared with before, do you feel better, the same or worse?"
                    .into(),
            )),
        ),
        (
            "condition_after_a_yes",
            view(Stage::Condition(ConditionPage {
                heading: safety::CONDITIONS_HEADING.to_owned(),
                advice: Some(safety::Reason::Condition(0).advice("")),
                question: safety::CONDITIONS[1].text.to_owned(),
                ..ConditionPage::default()
            })),
        ),
        ("summary_asking", view(Stage::Summary(summary(None)))),
        (
            "summary_answered",
            view(Stage::Summary(summary(Some(Feeling::Better)))),
        ),
        ("help", help),
        ("confirm_quit", quit),
    ]
}

fn draw(view: &View, width: u16, height: u16) -> Terminal<TestBackend> {
    let mut terminal = Terminal::new(TestBackend::new(width, height)).expect("test backend");
    terminal
        .draw(|frame| knead::tui::draw(frame, view))
        .expect("draw");
    terminal
}

#[test]
fn every_stage_at_three_sizes() {
    for (name, view) in all_views() {
        for (w, h) in SIZES {
            let terminal = draw(&view, w, h);
            insta::assert_snapshot!(format!("{name}_{w}x{h}"), terminal.backend());
        }
    }
}

/// Views with numbers and texts at their limits.
fn extreme_views() -> Vec<View> {
    let long = "word ".repeat(200);
    let huge = StepView {
        number: 200,
        count: 200,
        session_left: secs(2 * 3600),
        title: long.clone(),
        side: Some(long.clone()),
        cue: Some(long.clone()),
        next: Some(long.clone()),
        left: Duration::MAX,
        progress: f32::NAN,
        breath: Some(Breath {
            phase: BreathWord::Rest,
            left: Duration::MAX,
            size: f32::INFINITY,
        }),
        ..hold()
    };
    let empty = StepView::default();
    let mut noisy = view(Stage::Pressure(
        huge.clone(),
        PressurePage {
            question: long.clone(),
            typed: Some(10),
        },
    ));
    noisy.notice = Some(long.clone());
    noisy.header.title = long.clone();
    vec![
        view(Stage::Step(huge.clone())),
        view(Stage::Step(StepView {
            roll: Some(RollMarker {
                direction: RollWay::Out,
                position: -3.0,
            }),
            ..huge.clone()
        })),
        view(Stage::Step(empty.clone())),
        view(Stage::CheckIn(empty, CheckIn::default())),
        noisy,
        view(Stage::Before(Before {
            scroll: u16::MAX,
            ..before()
        })),
        view(Stage::Before(Before::default())),
        view(Stage::Stopped(Stopped::default())),
        view(Stage::ChooseGroup(ChooseGroup {
            headings: vec![long.clone(); 30],
            scroll: 0,
            no_such_group: true,
        })),
        view(Stage::Summary(SummaryPage::default())),
        view(Stage::LastSession(long)),
    ]
}

#[test]
fn every_stage_at_every_size_without_panic() {
    let views = all_views()
        .into_iter()
        .map(|(_, v)| v)
        .chain(extreme_views());
    for view in views {
        for w in (0..=100).step_by(5).chain([1, 2, 39, 41, 79]) {
            for h in (0..=40).step_by(3).chain([1, 11, 13, 16, 23]) {
                let mut buf = Buffer::empty(Rect::new(0, 0, w, h));
                render(&view, buf.area, &mut buf);
            }
        }
    }
}

#[test]
fn a_smaller_area_than_the_buffer_is_respected() {
    let view = view(Stage::Step(hold()));
    let mut buf = Buffer::empty(Rect::new(0, 0, 90, 30));
    render(&view, Rect::new(5, 3, 80, 24), &mut buf);
    let outside = (0..90).all(|x| buf[(x, 0)].symbol() == " " && buf[(x, 29)].symbol() == " ");
    assert!(outside, "drew outside the given area");
}

#[test]
fn mono_theme_has_no_colour() {
    for (name, mut view) in all_views() {
        view.theme = Theme::mono();
        let terminal = draw(&view, 80, 24);
        for cell in terminal.backend().buffer().content() {
            assert_eq!((cell.fg, cell.bg), (Color::Reset, Color::Reset), "{name}");
        }
    }
}

#[test]
fn high_contrast_differs_from_standard() {
    let mut plain = view(Stage::Step(hold()));
    let standard = draw(&plain, 80, 24);
    plain.theme = Theme::high_contrast();
    let bright = draw(&plain, 80, 24);
    assert_ne!(standard.backend().buffer(), bright.backend().buffer());
    assert_eq!(
        buffer_text(standard.backend().buffer()),
        buffer_text(bright.backend().buffer())
    );
}

#[test]
fn scrolling_reports_its_room() {
    let area = Rect::new(0, 0, 40, 12);
    let v = view(Stage::Before(before()));
    let room = max_scroll(&v, area);
    assert!(room > 10, "{room}");
    assert_eq!(max_scroll(&v, Rect::new(0, 0, 200, 100)), 0);
    assert_eq!(max_scroll(&view(Stage::Step(hold())), area), 0);
}

/// The buffer's symbols, a row a line.
fn buffer_text(buf: &Buffer) -> String {
    let area = buf.area;
    let mut out = String::new();
    for y in 0..area.height {
        for x in 0..area.width {
            out.push_str(buf[(x, y)].symbol());
        }
        out.push('\n');
    }
    out
}
