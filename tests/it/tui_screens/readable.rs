//! The screens read on a light and on a dark terminal: the colours each
//! cell asks for, checked against xterm's own palette on white and on
//! black, and text laid out as a person reads it.

use ratatui::buffer::Cell;
use ratatui::style::{Color, Modifier, Style};

use knead::tui::theme::Theme;
use knead::tui::view::{Stage, StepView};

use super::{all_views, before, buffer_text, draw, hold, view};

/// xterm's default 16 colours (its `XTerm` app-defaults), by ANSI index.
const XTERM: [(u8, u8, u8); 16] = [
    (0, 0, 0),
    (205, 0, 0),
    (0, 205, 0),
    (205, 205, 0),
    (0, 0, 238),
    (205, 0, 205),
    (0, 205, 205),
    (229, 229, 229),
    (127, 127, 127),
    (255, 0, 0),
    (0, 255, 0),
    (255, 255, 0),
    (92, 92, 255),
    (255, 0, 255),
    (0, 255, 255),
    (255, 255, 255),
];

const WHITE: (u8, u8, u8) = (255, 255, 255);
const BLACK: (u8, u8, u8) = (0, 0, 0);

/// The RGB xterm shows for a named colour; `None` for the terminal's own.
fn rgb(color: Color) -> Option<(u8, u8, u8)> {
    let index = match color {
        Color::Reset => return None,
        Color::Black => 0,
        Color::Red => 1,
        Color::Green => 2,
        Color::Yellow => 3,
        Color::Blue => 4,
        Color::Magenta => 5,
        Color::Cyan => 6,
        Color::Gray => 7,
        Color::DarkGray => 8,
        Color::LightRed => 9,
        Color::LightGreen => 10,
        Color::LightYellow => 11,
        Color::LightBlue => 12,
        Color::LightMagenta => 13,
        Color::LightCyan => 14,
        Color::White => 15,
        Color::Rgb(r, g, b) => return Some((r, g, b)),
        other => panic!("a colour outside the 16 named ones: {other:?}"),
    };
    Some(XTERM[index])
}

/// WCAG contrast ratio between two colours.
fn contrast(a: (u8, u8, u8), b: (u8, u8, u8)) -> f64 {
    let light = |(r, g, b): (u8, u8, u8)| {
        let lin = |c: u8| {
            let c = f64::from(c) / 255.0;
            if c <= 0.039_28 {
                c / 12.92
            } else {
                ((c + 0.055) / 1.055).powf(2.4)
            }
        };
        0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b)
    };
    let (x, y) = (light(a) + 0.05, light(b) + 0.05);
    x.max(y) / x.min(y)
}

/// Whether a cell's text is readable on a white and on a black terminal.
/// WCAG's 3:1 is for large or bold text; every coloured word here is bold
/// or secondary.
fn readable(cell: &Cell) -> bool {
    match (rgb(cell.fg), rgb(cell.bg)) {
        // The terminal's own colours, or its own swapped by reverse video.
        (None, None) => true,
        (Some(fg), None) => contrast(fg, WHITE) >= 3.0 && contrast(fg, BLACK) >= 3.0,
        (Some(fg), Some(bg)) => contrast(fg, bg) >= 4.5,
        (None, Some(_)) => false,
    }
}

fn themes() -> [(&'static str, Theme); 2] {
    [
        ("standard", Theme::standard()),
        ("high contrast", Theme::high_contrast()),
    ]
}

#[test]
fn the_countdown_is_drawn_in_the_terminals_own_foreground() {
    for (name, theme) in themes() {
        let mut marked = view(Stage::Step(hold()));
        marked.theme = Theme {
            countdown: Style::new().fg(Color::Indexed(201)),
            ..theme
        };
        let marks = draw(&marked, 80, 24);
        let mut plain = marked.clone();
        plain.theme = theme;
        let frame = draw(&plain, 80, 24);
        let cells = marks.backend().buffer().content();
        let digits: Vec<&Cell> = frame
            .backend()
            .buffer()
            .content()
            .iter()
            .zip(cells)
            .filter(|(_, mark)| mark.fg == Color::Indexed(201) && mark.symbol() != " ")
            .map(|(cell, _)| cell)
            .collect();
        assert!(digits.len() > 40, "{name}: no big countdown found");
        for cell in digits {
            assert_eq!((cell.fg, cell.bg), (Color::Reset, Color::Reset), "{name}");
            assert!(cell.modifier.contains(Modifier::BOLD), "{name}");
        }
    }
}

#[test]
fn every_coloured_word_reads_on_white_and_on_black() {
    for (theme_name, theme) in themes() {
        for (name, mut view) in all_views() {
            view.theme = theme;
            let frame = draw(&view, 80, 24);
            for cell in frame.backend().buffer().content() {
                if cell.symbol() != " " {
                    assert!(readable(cell), "{theme_name}, {name}: {cell:?}");
                }
            }
        }
    }
}

#[test]
fn wrapped_bullets_hang_under_their_first_word() {
    let text = buffer_text(
        draw(&view(Stage::Before(before())), 40, 40)
            .backend()
            .buffer(),
    );
    let rows: Vec<&str> = text.lines().collect();
    let at = rows
        .iter()
        .position(|row| row.starts_with("- Have the ball"))
        .expect("the bullet");
    assert!(rows[at + 1].starts_with("  floor"), "{text}");
}

#[test]
fn a_cue_of_several_rows_is_one_left_aligned_block_in_the_middle() {
    let step = StepView {
        cue: Some(
            "Let your weight sink in slowly. A good hurt, never sharp; ease off at once \
             if it tingles or goes numb."
                .to_owned(),
        ),
        ..hold()
    };
    let text = buffer_text(draw(&view(Stage::Step(step)), 60, 24).backend().buffer());
    let cue: Vec<&str> = text
        .lines()
        .skip_while(|row| !row.contains("Let your weight"))
        .take_while(|row| !row.contains("Next:"))
        .collect();
    assert_eq!(cue.len(), 2, "{text}");
    let starts: Vec<usize> = cue
        .iter()
        .map(|row| row.len() - row.trim_start().len())
        .collect();
    assert!(starts.iter().all(|s| *s == starts[0] && *s > 0), "{text}");
    let widest = cue
        .iter()
        .map(|row| row.trim().chars().count())
        .max()
        .unwrap_or(0);
    let right = 60 - starts[0] - widest;
    assert!(starts[0].abs_diff(right) <= 1, "{text}");
}

#[test]
fn the_key_bar_leaves_no_hint_alone_on_a_row() {
    for width in 40..=120 {
        let text = buffer_text(
            draw(&view(Stage::Before(before())), width, 24)
                .backend()
                .buffer(),
        );
        let bar: Vec<&str> = text
            .lines()
            .skip_while(|row| !row.trim_start().starts_with("y yes"))
            .collect();
        assert!(!bar.is_empty(), "{text}");
        for row in bar {
            let hints = row.trim().split("  ").filter(|h| !h.is_empty()).count();
            assert!(hints > 1, "width {width}: {row:?}");
        }
    }
}
