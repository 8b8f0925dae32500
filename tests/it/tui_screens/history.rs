//! The full-screen history over `TestBackend`: snapshots at 80x24 and
//! 40x12 from a fabricated journal (gaps, stops, "worse", a CJK title),
//! scrolling, themes, every size without a panic, and the key loop.

use crate::support::scripted::Keys;
use crate::support::test_screen::TestScreen;
use std::collections::HashMap;

use jiff::Timestamp;
use knead::journal::{self, SessionRecord};
use knead::local_time::Zone;
use knead::tui::history::{self, Closed, HistoryView};
use knead::tui::input::Input;
use knead::tui::theme::Theme;
use ratatui::buffer::Buffer;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::layout::Rect;
use ratatui::style::Color;

use crate::support::journal_lines::{Past, journal_text, session};

const PIRI: &str = "piriformis-tennis-ball";
const PIRI_TITLE: &str = "Piriformis release with a ball";
const FOAM: &str = "foam-roll-glutes";
const CJK: &str = "nashijo";
const CJK_TITLE: &str = "梨状筋のボールほぐし";

/// Friday 27 November 2026, 20:00 UTC.
fn now() -> Timestamp {
    "2026-11-27T20:00:00Z".parse().expect("timestamp")
}

/// Twelve weeks of practice with two missed weeks (from 2026-10-19 and
/// 2026-10-26), a pain stop, two "worse" answers, a preview (not counted)
/// and one session older than the chart.
fn sessions() -> Vec<Past> {
    let piri = |at| session(at, PIRI, PIRI_TITLE);
    let foam = |at| session(at, FOAM, "Foam roll the glutes");
    let cjk = |at| session(at, CJK, CJK_TITLE);
    vec![
        piri("2026-05-04T07:30:00Z").rated(&[5]),
        piri("2026-09-07T07:30:00Z").rated(&[4, 5]),
        piri("2026-09-09T07:30:00Z").rated(&[5, 5]),
        foam("2026-09-15T18:00:00Z").felt("better"),
        piri("2026-09-22T07:30:00Z").rated(&[6]),
        piri("2026-09-24T07:30:00Z").rated(&[7]).stopped(),
        piri("2026-09-29T07:30:00Z").rated(&[5]).felt("worse"),
        cjk("2026-10-06T12:00:00Z").rated(&[3, 4]),
        cjk("2026-10-08T12:00:00Z").rated(&[4]),
        piri("2026-10-13T07:30:00Z").rated(&[4]),
        // 2026-10-19 and 2026-10-26: nothing.
        piri("2026-11-02T07:30:00Z").rated(&[6]).felt("worse"),
        foam("2026-11-04T18:00:00Z"),
        cjk("2026-11-10T12:00:00Z").rated(&[3]),
        piri("2026-11-17T07:30:00Z").rated(&[4]),
        piri("2026-11-19T07:30:00Z").rated(&[4, 3]),
        piri("2026-11-23T07:30:00Z").rated(&[3]).felt("better"),
        cjk("2026-11-24T12:00:00Z").rated(&[2]),
        piri("2026-11-25T07:30:00Z").rated(&[3, 3]).felt("better"),
        foam("2026-11-26T18:00:00Z").preview(),
    ]
}

fn records() -> Vec<SessionRecord> {
    let text = journal_text(&sessions());
    let (records, warnings) = journal::parse(text.as_bytes());
    assert_eq!(warnings, [], "{text}");
    records
}

fn aims() -> HashMap<String, u8> {
    HashMap::from([(PIRI.to_owned(), 3), (CJK.to_owned(), 2)])
}

fn view(theme: Theme) -> HistoryView {
    HistoryView::build(&records(), &Zone::utc(), now(), &aims(), theme)
}

fn text(view: &HistoryView, width: u16, height: u16) -> String {
    let mut buf = Buffer::empty(Rect::new(0, 0, width, height));
    history::render(view, buf.area, &mut buf);
    let mut out = String::new();
    for y in 0..height {
        let mut row = String::new();
        let mut hidden = 0;
        for x in 0..width {
            // A wide character covers the next cell, as on a terminal.
            if hidden > 0 {
                hidden -= 1;
                continue;
            }
            let symbol = buf[(x, y)].symbol();
            hidden = unicode_width::UnicodeWidthStr::width(symbol).saturating_sub(1);
            row.push_str(symbol);
        }
        out.push_str(row.trim_end());
        out.push('\n');
    }
    out
}

#[test]
fn the_model_counts_weeks_gaps_and_reports() {
    let view = view(Theme::standard());
    let counts: Vec<usize> = view.weeks.iter().map(|w| w.sessions).collect();
    // The preview on 2026-11-26 is not counted; the May session is too old.
    assert_eq!(counts, [2, 1, 2, 1, 2, 1, 0, 0, 2, 1, 2, 3]);
    assert_eq!(view.weeks[0].start.to_string(), "2026-09-07");
    let stops: Vec<usize> = view.marks.iter().map(|m| m.stops).collect();
    assert_eq!(stops, [0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    let worse: Vec<usize> = view.marks.iter().map(|m| m.worse).collect();
    assert_eq!(worse, [0, 0, 0, 1, 0, 0, 0, 0, 1, 0, 0, 0]);
    let this_week: Vec<String> = view
        .this_week
        .iter()
        .map(|a| format!("{} {}", a.routine, a.count()))
        .collect();
    assert_eq!(
        this_week,
        [
            "piriformis-tennis-ball 2 of 3",
            "nashijo 1 of 2",
            "foam-roll-glutes 0"
        ]
    );
    assert_eq!(view.rows.len(), 19);
    assert_eq!(view.rows[0].when, "2026-11-26 18:00", "newest first");
}

#[test]
fn snapshots_at_80x24_and_40x12() {
    let view = view(Theme::standard());
    insta::assert_snapshot!("history_80x24", text(&view, 80, 24));
    insta::assert_snapshot!("history_40x12", text(&view, 40, 12));
    insta::assert_snapshot!("history_39x11", text(&view, 39, 11));
}

#[test]
fn the_table_scrolls_to_the_oldest_session_and_no_further() {
    let mut view = view(Theme::standard());
    view.scroll = usize::MAX;
    let screen = text(&view, 80, 24);
    assert!(screen.contains("2026-05-04 07:30"), "{screen}");
    insta::assert_snapshot!("history_80x24_scrolled", screen);
    let most = history::max_scroll(&view, Rect::new(0, 0, 80, 24));
    assert!(most > 0 && most < view.rows.len(), "{most}");
}

#[test]
fn a_cjk_title_keeps_its_row_aligned() {
    let view = view(Theme::standard());
    let screen = text(&view, 80, 24);
    let header = screen
        .lines()
        .find(|l| l.starts_with("When"))
        .expect("a header");
    let cjk = screen
        .lines()
        .find(|l| l.contains("梨状筋") && l.contains("completed"))
        .expect("the CJK row");
    let plain = screen
        .lines()
        .find(|l| l.contains("2026-11-25 07:30"))
        .expect("a row");
    let column = |line: &str, word: &str| {
        let at = line.find(word).expect("the word");
        unicode_width::UnicodeWidthStr::width(&line[..at])
    };
    assert_eq!(
        column(cjk, "completed"),
        column(header, "Outcome"),
        "{screen}"
    );
    assert_eq!(
        column(plain, "completed"),
        column(header, "Outcome"),
        "{screen}"
    );
    assert_eq!(column(cjk, "3m10s"), column(header, "Time"), "{screen}");
}

#[test]
fn an_empty_journal_says_so() {
    let view = HistoryView::build(&[], &Zone::utc(), now(), &aims(), Theme::standard());
    let screen = text(&view, 80, 24);
    assert!(screen.contains("No sessions yet"), "{screen}");
    assert!(screen.contains("0"), "{screen}");
}

#[test]
fn mono_theme_has_no_colour_and_others_differ_only_in_style() {
    let mono = view(Theme::mono());
    let mut buf = Buffer::empty(Rect::new(0, 0, 80, 24));
    history::render(&mono, buf.area, &mut buf);
    for cell in buf.content() {
        assert_eq!((cell.fg, cell.bg), (Color::Reset, Color::Reset));
    }
    let standard = view(Theme::standard());
    let mut colour = Buffer::empty(buf.area);
    history::render(&standard, colour.area, &mut colour);
    assert_ne!(buf, colour);
    assert_eq!(text(&mono, 80, 24), text(&standard, 80, 24));
}

#[test]
fn every_size_without_panic() {
    let mut views = vec![view(Theme::standard())];
    views.push(HistoryView::build(
        &[],
        &Zone::utc(),
        now(),
        &aims(),
        Theme::standard(),
    ));
    let mut long = view(Theme::standard());
    long.scroll = usize::MAX;
    long.notice = Some("word ".repeat(100));
    views.push(long);
    for view in &views {
        for w in (0..=120).step_by(7).chain([1, 39, 40, 41, 59, 60, 79, 80]) {
            for h in (0..=40).step_by(3).chain([1, 11, 12, 19, 20, 23, 24]) {
                let mut buf = Buffer::empty(Rect::new(0, 0, w, h));
                history::render(view, buf.area, &mut buf);
            }
        }
    }
}

fn key(code: KeyCode, modifiers: KeyModifiers) -> Input {
    Input::Key(KeyEvent::new(code, modifiers))
}

#[test]
fn keys_scroll_the_table_and_q_closes() {
    let mut view = view(Theme::standard());
    let mut screen = TestScreen::new(80, 24);
    let script = [
        key(KeyCode::Down, KeyModifiers::NONE),
        key(KeyCode::Down, KeyModifiers::NONE),
        key(KeyCode::Char('q'), KeyModifiers::NONE),
    ];
    let mut events = Keys::new(script);
    let closed = history::show(&mut screen, &mut events, &mut view).expect("shown");
    assert_eq!(closed, Closed::Back);
    assert_eq!(view.scroll, 2);
    assert!(screen.text().contains("Sessions"), "{}", screen.text());
}

#[test]
fn esc_closes_and_ctrl_c_interrupts() {
    for (input, expected) in [
        (key(KeyCode::Esc, KeyModifiers::NONE), Closed::Back),
        (
            key(KeyCode::Char('c'), KeyModifiers::CONTROL),
            Closed::Interrupted,
        ),
        (Input::Signal, Closed::Interrupted),
    ] {
        let mut view = view(Theme::standard());
        let mut screen = TestScreen::new(40, 12);
        let mut events = Keys::new([input]);
        let closed = history::show(&mut screen, &mut events, &mut view).expect("shown");
        assert_eq!(closed, expected);
    }
}

#[test]
fn escape_sequences_in_a_journal_never_reach_the_screen() {
    let hostile = "Evil\u{1b}[2J\u{1b}]0;owned\u{7}title";
    let text =
        journal_text(&[session("2026-11-24T07:30:00Z", "evil\u{1b}[31m", hostile).rated(&[4])]);
    let (records, _) = journal::parse(text.as_bytes());
    let view = HistoryView::build(&records, &Zone::utc(), now(), &aims(), Theme::standard());
    let mut buf = Buffer::empty(Rect::new(0, 0, 80, 24));
    history::render(&view, buf.area, &mut buf);
    for cell in buf.content() {
        assert!(
            !cell.symbol().chars().any(char::is_control),
            "{:?}",
            cell.symbol()
        );
    }
    assert!(text_of(&view).contains("Evil"), "{}", text_of(&view));
}

fn text_of(view: &HistoryView) -> String {
    text(view, 80, 24)
}
