//! The full-screen coach's screens over `TestBackend`: snapshots of every
//! stage and overlay at three sizes, the digit ladder, themes by buffer
//! inspection, the key map, and no panic at any size.

use std::time::Duration;

use knead::safety;
use knead::tui::digits::{BigText, Rung, big_size, rung};
use knead::tui::keys::{Action, KeyContext, action_for, context, rating_after};
use knead::tui::pacer::{Pacer, RollTrack, level, levels, roll_levels};
use knead::tui::screens::{max_scroll, pacer_area, render};
use knead::tui::theme::Theme;
use knead::tui::view::{
    Before, Breath, BreathWord, CheckIn, ChooseGroup, Feeling, Flags, Header, Overlay, Pressure,
    Roll, RollWay, Stage, StepView, Stopped, Summary, View, clock,
};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};
use ratatui::layout::Rect;
use ratatui::style::Color;
use ratatui::widgets::Widget;

const SIZES: [(u16, u16); 3] = [(80, 24), (40, 12), (39, 11)];

fn secs(n: u64) -> Duration {
    Duration::from_secs(n)
}

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
        roll: Some(Roll {
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
        ask: safety::SCREENING_ASK.to_owned(),
        scroll: 0,
    }
}

fn summary(feeling: Option<Feeling>) -> Summary {
    Summary {
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
    };
    let pressure = |typed| Pressure {
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
    let stop_lines = safety::stop_guidance("999");
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
            })),
        ),
        (
            "stopped",
            view(Stage::Stopped(Stopped {
                lines: stop_lines,
                scroll: 0,
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

#[test]
fn every_stage_at_every_size_without_panic() {
    for (_, view) in all_views() {
        for w in (0..=100).step_by(3).chain([1, 2, 39, 40, 41]) {
            for h in (0..=40).step_by(2).chain([1, 11, 12, 13]) {
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

/// The countdown alone, in an area that selects one rung of the ladder.
fn ladder_snapshot(width: u16, height: u16) -> Buffer {
    let mut buf = Buffer::empty(Rect::new(0, 0, width, height));
    BigText::new(&clock(secs(27)), ratatui::style::Style::new()).render(buf.area, &mut buf);
    buf
}

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

#[test]
fn ladder_rungs() {
    let cases = [
        ("rung_scale4", 70, 10, Rung::Big { scale: 4 }),
        ("rung_scale2", 40, 5, Rung::Big { scale: 2 }),
        ("rung_scale1_half", 20, 3, Rung::Big { scale: 1 }),
        ("rung_plain", 16, 3, Rung::Plain),
        ("rung_none", 4, 1, Rung::TooSmall),
    ];
    for (name, w, h, expected) in cases {
        assert_eq!(rung("00:27", w, h), expected, "{name}");
        insta::assert_snapshot!(name, buffer_text(&ladder_snapshot(w, h)));
    }
}

#[test]
fn ladder_choice_table() {
    #[track_caller]
    fn case(w: u16, h: u16, expected: Rung) {
        assert_eq!(rung("12:34", w, h), expected, "{w}x{h}");
    }
    case(0, 0, Rung::TooSmall);
    case(1, 1, Rung::TooSmall);
    case(5, 1, Rung::Plain);
    case(5, 0, Rung::TooSmall);
    case(17, 2, Rung::Plain);
    case(17, 3, Rung::Big { scale: 1 });
    case(34, 5, Rung::Big { scale: 2 });
    case(33, 5, Rung::Big { scale: 1 });
    case(34, 4, Rung::Big { scale: 1 });
    case(80, 24, Rung::Big { scale: 4 });
    case(
        u16::MAX,
        u16::MAX,
        Rung::Big {
            scale: u16::MAX / 17,
        },
    );
    assert_eq!(big_size("12:34", 2), (34, 5));
    assert_eq!(big_size("12:34", 3), (51, 8));
    assert_eq!(big_size("1:02:03", 1), (23, 3));
}

#[test]
fn pacer_levels_follow_the_area() {
    assert_eq!(levels(Rect::new(0, 0, 0, 0)), 1);
    assert_eq!(levels(Rect::new(0, 0, 80, 1)), 1);
    assert_eq!(levels(Rect::new(0, 0, 80, 5)), 10);
    assert_eq!(levels(Rect::new(0, 0, 20, 5)), 6);
    let area = Rect::new(0, 0, 80, 5);
    assert_eq!(level(area, 0.0), 0);
    assert_eq!(level(area, 1.0), 9);
    assert_eq!(level(area, f32::NAN), 0);
    assert_eq!(level(area, 7.0), 9);
    assert_eq!(roll_levels(Rect::new(0, 0, 40, 2)), 38);
    let view = view(Stage::Step(hold()));
    let pacer = pacer_area(&view, Rect::new(0, 0, 80, 24)).expect("a pacer row");
    assert!(levels(pacer) >= 6, "{pacer:?}");
}

#[test]
fn pacer_grows_with_size() {
    let area = Rect::new(0, 0, 40, 5);
    let lit = |size| {
        let mut buf = Buffer::empty(area);
        let breath = Breath {
            phase: BreathWord::Out,
            left: secs(3),
            size,
        };
        let theme = Theme::standard();
        Pacer {
            breath,
            reduce_motion: false,
            shape: theme.pacer,
            word: theme.emphasis,
        }
        .render(area, &mut buf);
        buffer_text(&buf)
            .chars()
            .filter(|c| matches!(c, '█' | '▀' | '▄'))
            .count()
    };
    assert!(lit(0.0) < lit(0.5) && lit(0.5) < lit(1.0));
    let mut buf = Buffer::empty(area);
    let roll = Roll {
        direction: RollWay::Out,
        position: 1.0,
    };
    RollTrack {
        roll,
        reduce_motion: false,
        shape: Default::default(),
        word: Default::default(),
    }
    .render(area, &mut buf);
    insta::assert_snapshot!("pacer_out_full_and_roll", buffer_text(&buf));
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

fn press(code: KeyCode) -> KeyEvent {
    KeyEvent::new(code, KeyModifiers::NONE)
}

#[test]
fn only_presses_count() {
    let mut key = press(KeyCode::Char(' '));
    assert_eq!(action_for(key, KeyContext::Step), Some(Action::TogglePause));
    for kind in [KeyEventKind::Release, KeyEventKind::Repeat] {
        key.kind = kind;
        assert_eq!(action_for(key, KeyContext::Step), None, "{kind:?}");
    }
}

#[test]
fn key_table() {
    use KeyCode::{Char, Down, Enter, Esc, Left, PageDown, Right, Up};
    use KeyContext as C;
    #[track_caller]
    fn case(code: KeyCode, context: KeyContext, expected: Option<Action>) {
        assert_eq!(
            action_for(press(code), context),
            expected,
            "{code:?} at {context:?}"
        );
    }
    case(Char(' '), C::Step, Some(Action::TogglePause));
    case(Char(' '), C::FindSpot, Some(Action::FoundIt));
    for code in [Enter, Right, Char('l')] {
        case(code, C::Step, Some(Action::Next));
    }
    case(Left, C::Step, Some(Action::Previous));
    case(Char('h'), C::Step, Some(Action::Previous));
    case(Char('+'), C::Step, Some(Action::Extend));
    case(Char('='), C::Step, Some(Action::Extend));
    case(Char('-'), C::Step, Some(Action::Shorten));
    case(Char('x'), C::Step, Some(Action::Stop));
    case(Char('X'), C::CheckIn, Some(Action::Stop));
    case(Char('m'), C::Step, Some(Action::Mute));
    case(Char('b'), C::Step, Some(Action::BreathSounds));
    case(Char('?'), C::Step, Some(Action::Help));
    case(Char('q'), C::Step, Some(Action::AskQuit));
    case(Esc, C::Step, Some(Action::AskQuit));
    case(Char('y'), C::CheckIn, Some(Action::Answer(true)));
    case(Char('N'), C::CheckIn, Some(Action::Answer(false)));
    case(Enter, C::CheckIn, None);
    case(Char(' '), C::CheckIn, None);
    case(Char('y'), C::Step, None);
    case(Char('7'), C::Pressure, Some(Action::Digit(7)));
    case(Up, C::Pressure, Some(Action::RatingUp));
    case(Char('j'), C::Pressure, Some(Action::RatingDown));
    case(Enter, C::Pressure, Some(Action::Submit));
    case(Char('3'), C::ChooseGroup, Some(Action::Choose(3)));
    case(Char('0'), C::ChooseGroup, None);
    case(Char('b'), C::Feeling, Some(Action::Feel(Feeling::Better)));
    case(Char('s'), C::Feeling, Some(Action::Feel(Feeling::Same)));
    case(Char('w'), C::Feeling, Some(Action::Feel(Feeling::Worse)));
    case(Enter, C::Feeling, None);
    case(Enter, C::Finished, Some(Action::Leave));
    case(Char('y'), C::ConfirmQuit, Some(Action::Quit));
    case(Char('n'), C::ConfirmQuit, Some(Action::Dismiss));
    case(Char('q'), C::ConfirmQuit, Some(Action::Dismiss));
    case(Char(' '), C::ConfirmQuit, None);
    case(Char('?'), C::Help, Some(Action::Dismiss));
    case(Char('x'), C::Help, None);
    case(Char('y'), C::Screening, Some(Action::Answer(true)));
    case(Char('k'), C::Screening, Some(Action::ScrollUp));
    case(Down, C::Screening, Some(Action::ScrollDown));
    case(PageDown, C::Stopped, Some(Action::PageDown));
    case(Enter, C::Stopped, Some(Action::Leave));
    let ctrl_c = KeyEvent::new(Char('c'), KeyModifiers::CONTROL);
    for context in [C::Step, C::CheckIn, C::Help, C::ConfirmQuit, C::Finished] {
        assert_eq!(action_for(ctrl_c, context), Some(Action::Interrupt));
    }
    let ctrl_x = KeyEvent::new(Char('x'), KeyModifiers::CONTROL);
    assert_eq!(action_for(ctrl_x, C::Step), None);
}

#[test]
fn context_follows_the_view() {
    let mut v = view(Stage::Paused(hold()));
    assert_eq!(context(&v), KeyContext::Step);
    v.overlay = Some(Overlay::ConfirmQuit);
    assert_eq!(context(&v), KeyContext::ConfirmQuit);
    assert_eq!(
        context(&view(Stage::Summary(summary(None)))),
        KeyContext::Feeling
    );
    let answered = view(Stage::Summary(summary(Some(Feeling::Same))));
    assert_eq!(context(&answered), KeyContext::Finished);
}

#[test]
fn rating_typing() {
    assert_eq!(rating_after(None, Action::Digit(4)), Some(4));
    assert_eq!(rating_after(Some(1), Action::Digit(0)), Some(10));
    assert_eq!(rating_after(Some(3), Action::Digit(0)), Some(0));
    assert_eq!(rating_after(None, Action::RatingUp), Some(5));
    assert_eq!(rating_after(Some(10), Action::RatingUp), Some(10));
    assert_eq!(rating_after(Some(0), Action::RatingDown), Some(0));
    assert_eq!(rating_after(Some(6), Action::Submit), Some(6));
}
