//! A later session's page before the first step (issue 19): the folded
//! list plain mode prints, the before lines folded, and every row of it
//! on screen at some page while a person pages to the end.

use std::collections::HashSet;

use knead::routine::Routine;
use knead::session::Session;
use knead::tui::build::{Fixed, Local, view};
use knead::tui::screens::{max_scroll, page_rows};
use knead::tui::theme::Theme;
use knead::tui::view::{Flags, Stage, View};
use knead::words;
use ratatui::layout::Rect;

use super::{buffer_text, draw};
use crate::support::engine::Engine;
use crate::support::routines::valid;

const PIRIFORMIS: &str = include_str!("../../../routines/piriformis-tennis-ball.toml");

fn frame(routine: &Routine, drive: &Engine, scroll: u16) -> View {
    let fixed = Fixed {
        routine,
        emergency_number: "112",
        theme: Theme::standard(),
        flags: Flags::default(),
    };
    let status = drive.session.status(drive.now);
    let local = Local {
        scroll,
        ..Local::default()
    };
    view(&fixed, &drive.session, &status, &local)
}

fn later(routine: &Routine) -> Engine {
    Engine::from_session(Session::new(routine).with_familiar(true))
}

#[test]
fn a_later_session_shows_the_folded_list_and_the_before_lines_folded() {
    let routine = valid(PIRIFORMIS);
    let drive = later(&routine);
    let Stage::Before(before) = frame(&routine, &drive, 0).stage else {
        panic!("the screening comes first");
    };
    assert_eq!(before.before, [words::BEFORE_AS_LAST_TIME]);
    let shown: Vec<&String> = before.groups.iter().flat_map(|(_, items)| items).collect();
    let folded = words::screening_list(&routine, true);
    let expected: Vec<&String> = folded.iter().flat_map(|g| &g.items).collect();
    assert_eq!(shown, expected);
    assert!(before.groups.iter().all(|(heading, _)| heading.is_empty()));
    // As in plain mode: with nothing remembered, no conditions line and no
    // `c` to change them (the weekly question asks what changed).
    assert_eq!(before.conditions, None);
    assert!(!before.can_review);
    // The first session keeps every question in full, under its heading.
    let first = Engine::start(&routine);
    let Stage::Before(before) = frame(&routine, &first, 0).stage else {
        panic!("the screening comes first");
    };
    assert_eq!(before.before, routine.before);
    assert!(before.groups.iter().any(|(h, _)| h == "Emergency signs"));
}

/// The body rows of `view` drawn at `width` x `height`: everything
/// between the header and the question.
fn rows(view: &View, width: u16, height: u16) -> Vec<String> {
    let text = buffer_text(draw(view, width, height).backend().buffer());
    text.lines()
        .skip(2)
        .take_while(|row| !row.contains("Does any of these apply"))
        .filter(|row| !row.contains("more"))
        .map(|row| row.trim_end().to_owned())
        .filter(|row| !row.is_empty())
        .collect()
}

#[test]
fn paging_to_the_end_of_a_later_list_shows_every_row_at_40x12_and_100x30() {
    let routine = valid(PIRIFORMIS);
    let drive = later(&routine);
    for (width, height) in [(40, 12), (100, 30), (80, 24)] {
        let whole: Vec<String> = rows(&frame(&routine, &drive, 0), width, 200);
        let area = Rect::new(0, 0, width, height);
        let top = frame(&routine, &drive, 0);
        let (most, page) = (max_scroll(&top, area), page_rows(&top, area));
        let mut seen = HashSet::new();
        let mut at = 0;
        loop {
            seen.extend(rows(&frame(&routine, &drive, at), width, height));
            if at >= most {
                break;
            }
            at = (at + page).min(most);
        }
        for row in &whole {
            assert!(seen.contains(row), "{width}x{height}: never shown: {row:?}");
        }
        assert!(
            whole.iter().any(|row| row.contains("This routine:")),
            "{whole:?}"
        );
    }
}
