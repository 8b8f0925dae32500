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
    /// The everyday theme: text and digits in the terminal's own
    /// foreground, and only accents that read on black and on white alike
    /// (red, magenta, dark grey; never yellow, cyan or green, which vanish
    /// on white, nor blue, which sinks into black).
    pub fn standard() -> Self {
        let bold = Modifier::BOLD;
        let own = Style::new().fg(Color::Reset);
        Self {
            text: own,
            title: own.add_modifier(bold),
            emphasis: Style::new().fg(Color::Magenta).add_modifier(bold),
            countdown: own.add_modifier(bold),
            progress: own,
            pacer: Style::new().fg(Color::Magenta),
            warning: Style::new().fg(Color::Red).add_modifier(bold),
            keys: own.add_modifier(bold),
            muted: Style::new().fg(Color::DarkGray),
            border: Style::new().fg(Color::DarkGray),
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

    /// Everything bold in the terminal's own foreground, which is the
    /// colour furthest from its background whichever that is; emphasis in
    /// reverse video and warnings white on red, which carry their own
    /// background.
    pub fn high_contrast() -> Self {
        let bold = Style::new().fg(Color::Reset).add_modifier(Modifier::BOLD);
        Self {
            text: bold,
            title: bold.add_modifier(Modifier::UNDERLINED),
            emphasis: bold.add_modifier(Modifier::REVERSED),
            countdown: bold,
            progress: bold,
            pacer: bold,
            warning: bold.fg(Color::White).bg(Color::Red),
            keys: bold.add_modifier(Modifier::UNDERLINED),
            muted: bold,
            border: bold,
        }
    }
}
