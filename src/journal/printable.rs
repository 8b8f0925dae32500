//! Making text from files safe to print on a terminal.

use std::borrow::Cow;

/// Text with escape sequences and control characters removed, safe to print.
pub fn terminal_safe(text: &str) -> Cow<'_, str> {
    // Nearly every title is clean: skip the escape parser for those.
    if !text.chars().any(char::is_control) {
        return Cow::Borrowed(text);
    }
    // Strip whole sequences first, or `ESC[31m` would leave `[31m` behind.
    let stripped = strip_ansi_escapes::strip_str(text);
    Cow::Owned(stripped.chars().filter(|c| !c.is_control()).collect())
}

#[cfg(test)]
mod tests {
    use super::terminal_safe;

    #[test]
    fn control_characters_and_escapes_are_removed() {
        assert_eq!(terminal_safe("Glutes\x1b[2J\x1b[31m red"), "Glutes red");
        assert_eq!(terminal_safe("a\tb\nc\rd\x07e\u{9b}f"), "abcdef");
        assert_eq!(terminal_safe("Fessiers – balle"), "Fessiers – balle");
    }
}
