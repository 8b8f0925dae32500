//! The widgets alone: the digit ladder, the pacer and the roll marker.

use knead::tui::countdown::clock;
use knead::tui::digits::{BigText, Rung, big_size, rung};
use knead::tui::pacer::{Pacer, RollTrack, level, levels, roll_level, roll_levels};
use knead::tui::screens::pacer_area;
use knead::tui::theme::Theme;
use knead::tui::view::{Breath, BreathWord, RollMarker, RollWay, Stage};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::widgets::Widget;

use super::{buffer_text, hold, secs, view};

/// A snapshot kept with the others in `tests/snapshots`, not beside this file.
fn snapshot(name: &str, text: &str) {
    insta::with_settings!({ snapshot_path => "../snapshots" }, {
        insta::assert_snapshot!(name, text);
    });
}

/// The countdown alone, in an area that selects one rung of the ladder.
fn ladder_snapshot(width: u16, height: u16) -> Buffer {
    let mut buf = Buffer::empty(Rect::new(0, 0, width, height));
    BigText::new(&clock(secs(27)), Style::new()).render(buf.area, &mut buf);
    buf
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
        snapshot(name, &buffer_text(&ladder_snapshot(w, h)));
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
    };
    let count = |text: String| {
        text.chars()
            .filter(|c| matches!(c, '█' | '▀' | '▄'))
            .count()
    };
    assert!(count(lit(0.0)) < count(lit(0.5)) && count(lit(0.5)) < count(lit(1.0)));
    snapshot("pacer_full_10_rows_across", &lit(1.0));
    snapshot("pacer_empty_a_dot", &lit(0.0));
}

#[test]
fn roll_track_snapshot() {
    let area = Rect::new(0, 0, 40, 5);
    let mut buf = Buffer::empty(area);
    let roll = RollMarker {
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
    snapshot("roll_track_out_at_the_end", &buffer_text(&buf));
}

#[test]
fn roll_marker_positions() {
    let area = Rect::new(0, 0, 12, 2);
    assert_eq!(roll_levels(area), 10);
    assert_eq!(roll_level(area, 0.0), 0);
    assert_eq!(roll_level(area, 0.5), 5);
    assert_eq!(roll_level(area, 1.0), 9);
    assert_eq!(roll_level(area, -1.0), 0);
    assert_eq!(roll_level(area, f32::NAN), 0);
    assert_eq!(roll_level(Rect::default(), 1.0), 0);
}

#[test]
fn widgets_at_every_size_without_panic() {
    let breath = Breath {
        phase: BreathWord::In,
        left: secs(4),
        size: 1.0,
    };
    let roll = RollMarker {
        direction: RollWay::Out,
        position: 1.0,
    };
    for w in 0..=100 {
        for h in 0..=40 {
            let mut buf = Buffer::empty(Rect::new(0, 0, 100, 40));
            let area = Rect::new(100 - w, 40 - h, w, h);
            BigText::new("1:02:03", Style::new()).render(area, &mut buf);
            let style = Style::new();
            for reduce_motion in [false, true] {
                Pacer {
                    breath,
                    reduce_motion,
                    shape: style,
                    word: style,
                }
                .render(area, &mut buf);
                RollTrack {
                    roll,
                    reduce_motion,
                    shape: style,
                    word: style,
                }
                .render(area, &mut buf);
            }
        }
    }
}
