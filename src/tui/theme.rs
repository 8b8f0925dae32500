//! Theme roles over the 16 named ANSI colours, so the user's palette applies.
//!
//! Colour never carries meaning alone: every state also has a word on screen.

use ratatui::style::{Color, Modifier, Style};

/// One style per role on screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Theme {
    /// Ordinary text.
    pub text: Style,
    /// The routine and step titles.
    pub title: Style,
    /// Words that must be noticed ("PAUSED", the question asked).
    pub emphasis: Style,
    /// The big countdown.
    pub countdown: Style,
    /// The filled part of the progress bar.
    pub progress: Style,
    /// The breathing shape and the roll marker.
    pub pacer: Style,
    /// Stop signs, "Release the pressure now", the quit question.
    pub warning: Style,
    /// The key names in the key bar.
    pub keys: Style,
    /// Secondary text: hints, "Next:", the key words.
    pub muted: Style,
    /// Borders of boxes drawn over the screen.
    pub border: Style,
}

impl Default for Theme {
    fn default() -> Self {
        Self::standard()
    }
}

impl Theme {
    /// The everyday theme: a few named colours, bold for titles.
    pub fn standard() -> Self {
        let bold = Modifier::BOLD;
        Self {
            text: Style::new(),
            title: Style::new().fg(Color::Cyan).add_modifier(bold),
            emphasis: Style::new().fg(Color::Yellow).add_modifier(bold),
            countdown: Style::new().fg(Color::White).add_modifier(bold),
            progress: Style::new().fg(Color::Green),
            pacer: Style::new().fg(Color::Blue),
            warning: Style::new().fg(Color::Red).add_modifier(bold),
            keys: Style::new().fg(Color::Cyan).add_modifier(bold),
            muted: Style::new().fg(Color::DarkGray),
            border: Style::new().fg(Color::Gray),
        }
    }

    /// For `NO_COLOR` and `--color never`: every colour `Reset`, emphasis by
    /// bold and reverse only.
    ///
    /// Reset rather than unset colours: crossterm 0.29 under `NO_COLOR` writes
    /// an SGR reset wherever colours change, cancelling bold and reverse, so
    /// no colour may ever change (crossterm-rs/crossterm#1069).
    pub fn mono() -> Self {
        let plain = Style::new().fg(Color::Reset).bg(Color::Reset);
        let bold = plain.add_modifier(Modifier::BOLD);
        Self {
            text: plain,
            title: bold,
            emphasis: bold.add_modifier(Modifier::REVERSED),
            countdown: bold,
            progress: plain,
            pacer: plain,
            warning: bold.add_modifier(Modifier::REVERSED),
            keys: bold,
            muted: plain,
            border: plain,
        }
    }

    /// Bright colours on the terminal's own background, everything bold.
    pub fn high_contrast() -> Self {
        let bold = Style::new().add_modifier(Modifier::BOLD);
        Self {
            text: bold.fg(Color::White),
            title: bold.fg(Color::LightCyan),
            emphasis: bold.fg(Color::Black).bg(Color::LightYellow),
            countdown: bold.fg(Color::White),
            progress: bold.fg(Color::LightGreen),
            pacer: bold.fg(Color::LightCyan),
            warning: bold.fg(Color::White).bg(Color::Red),
            keys: bold.fg(Color::LightYellow),
            muted: bold.fg(Color::White),
            border: bold.fg(Color::White),
        }
    }
}
