//! Making text from files (routines, the journal, settings) safe to show on a
//! terminal. Every module that prints what a file supplies uses it, so it
//! belongs to none of them.

/// Removes escape sequences and control characters from text a routine file
/// supplies, so a file cannot move the cursor, change colours, ring the bell
/// or reorder text with bidirectional overrides.
///
/// Newlines survive (notes are multi-line), and so do the Unicode line and
/// paragraph separators, as newlines; tabs become spaces.
pub fn sanitize(text: &str) -> String {
    // Nearly every text is clean, and the stripper is a terminal parser
    // that copies a character at a time: a third of the picker's start.
    if text
        .chars()
        .all(|c| c == '\n' || !(is_unsafe(c) || is_separator(c)))
    {
        return text.to_owned();
    }
    strip(text)
}

/// What [`sanitize`] does to text with anything to remove.
fn strip(text: &str) -> String {
    // The stripper drops tabs along with escape sequences; keep them as spaces.
    let stripped = strip_ansi_escapes::strip_str(text.replace('\t', " "));
    stripped
        .chars()
        .filter_map(|c| match c {
            // A script reading our output may split lines on U+2028 and
            // U+2029 too, so they must count as the line breaks they are.
            '\n' => Some('\n'),
            c if is_separator(c) => Some('\n'),
            c if is_unsafe(c) => None,
            c => Some(c),
        })
        .collect()
}

/// Like [`sanitize`], for one-line places such as titles and table cells:
/// line breaks and tabs become single spaces. Clean text, nearly all of it,
/// is borrowed, not copied.
pub fn single_line(text: &str) -> std::borrow::Cow<'_, str> {
    if !text.chars().any(|c| is_unsafe(c) || is_separator(c)) {
        return std::borrow::Cow::Borrowed(text);
    }
    let clean = sanitize(text);
    std::borrow::Cow::Owned(clean.split_whitespace().collect::<Vec<_>>().join(" "))
}

/// Replaces each unsafe or invisible character with visible ones (`?`) of
/// the same UTF-8 length, so byte offsets into the text stay valid for
/// diagnostics and a zero-width character shows where it is.
pub fn mask_for_display(text: &str) -> std::borrow::Cow<'_, str> {
    // Line ends stay, including Windows ones; a lone carriage return could
    // make a line overwrite itself. The Unicode separators are masked: as
    // line breaks they would shift every offset after them.
    let masked_at = |i: usize, c: char| match c {
        '\n' | '\t' => false,
        '\r' => !text[i + 1..].starts_with('\n'),
        c => is_hidden(c),
    };
    if !text.char_indices().any(|(i, c)| masked_at(i, c)) {
        return std::borrow::Cow::Borrowed(text);
    }
    let masked = text
        .char_indices()
        .map(|(i, c)| {
            if masked_at(i, c) {
                "?".repeat(c.len_utf8())
            } else {
                c.to_string()
            }
        })
        .collect();
    std::borrow::Cow::Owned(masked)
}

/// `text` with its first letter made a capital, for a phrase that starts
/// a sentence.
pub fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    chars
        .next()
        .map(|first| first.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

/// A count and its noun, singular for one: `1 step`, `2 steps`, `0 steps`.
pub fn count(n: usize, noun: &str) -> String {
    if n == 1 {
        format!("{n} {noun}")
    } else {
        format!("{n} {noun}s")
    }
}

/// A file name or path as messages show it: as it is when every character
/// is plainly visible, else quoted with escapes (`"a\nb.toml"`), so a name
/// can neither forge a line nor pass for another.
pub fn display_path(path: &std::path::Path) -> String {
    display_name(&path.to_string_lossy())
}

/// [`display_path`] for a name already in text form.
pub fn display_name(text: &str) -> String {
    if text.chars().any(is_hidden) {
        format!("{text:?}")
    } else {
        text.to_owned()
    }
}

/// Text with every invisible or unsafe character written as an escape
/// (`\u{200b}`), for names such as keys that must be told apart exactly.
pub fn escape_invisible(text: &str) -> std::borrow::Cow<'_, str> {
    if !text.chars().any(is_hidden) {
        return std::borrow::Cow::Borrowed(text);
    }
    let escaped = text
        .chars()
        .map(|c| {
            if is_hidden(c) {
                c.escape_default().to_string()
            } else {
                c.to_string()
            }
        })
        .collect();
    std::borrow::Cow::Owned(escaped)
}

/// Whether the text shows anything on a screen: one character that is
/// neither space nor [hidden](escape_invisible). A title of zero-width
/// spaces passes every "not empty" test and shows nothing.
pub fn shows_something(text: &str) -> bool {
    text.chars().any(|c| !c.is_whitespace() && !is_hidden(c))
}

/// Characters that could drive a terminal, break a line, or not show at
/// all: zero-width and other invisible format characters, as well as
/// [`is_unsafe`] ones and the separators.
fn is_hidden(c: char) -> bool {
    is_unsafe(c)
        || is_separator(c)
        || matches!(
            c,
            '\u{AD}'
                | '\u{34F}'
                | '\u{61C}'
                | '\u{115F}'
                | '\u{1160}'
                | '\u{180E}'
                | '\u{200B}'..='\u{200F}'
                | '\u{2060}'..='\u{2064}'
                | '\u{3164}'
                | '\u{FE00}'..='\u{FE0F}'
                | '\u{FEFF}'
                | '\u{FFA0}'
                | '\u{E0000}'..='\u{E007F}'
        )
}

/// Control characters (C0, DEL, C1) and bidirectional overrides.
fn is_unsafe(c: char) -> bool {
    c.is_control() || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// The Unicode line and paragraph separators: not control characters, yet
/// line breaks to anything that splits text into lines the Unicode way.
fn is_separator(c: char) -> bool {
    matches!(c, '\u{2028}' | '\u{2029}')
}

/// `line` without the answer hints at its end (`[y/n]`, `[b/s/w]`,
/// `[0-10]`, `[1-4]`: a bracket of letters and digits split by `/` or `-`),
/// for every line but a question's own: scripts take a line ending with a
/// hint for a question waiting for input.
pub fn without_answer_hint(line: String) -> String {
    let mut end = line.trim_end().len();
    while let Some(open) = hint_start(&line[..end]) {
        end = line[..open].trim_end().len();
    }
    if end == line.len() {
        return line;
    }
    line[..end].to_owned()
}

/// Where the answer hint ending `text` starts, if it ends with one.
fn hint_start(text: &str) -> Option<usize> {
    let inner = text.strip_suffix(']')?;
    let open = inner.rfind('[')?;
    let hint = &inner[open + 1..];
    let hint_like = hint.contains(['/', '-'])
        && hint
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '/' || c == '-' || c == ' ');
    hint_like.then_some(open)
}

#[cfg(test)]
mod tests {
    use super::{display_path, escape_invisible, mask_for_display, sanitize, single_line, strip};

    #[test]
    fn clean_text_takes_the_short_way_to_the_same_result() {
        for clean in [
            "",
            "Ease deep buttock tightness.",
            "Two lines\nof notes, ünïcode, 中文, emoji 🙂, a ~ and a \\",
            "[brackets] and ;semicolons; 0-10",
        ] {
            assert_eq!(sanitize(clean), clean);
            assert_eq!(strip(clean), clean);
        }
    }

    #[track_caller]
    fn case(input: &str, expected: &str) {
        assert_eq!(sanitize(input), expected);
    }

    #[test]
    fn removes_what_could_drive_a_terminal() {
        case("plain text", "plain text");
        case("red \u{1b}[31mtext\u{1b}[0m", "red text");
        case("bell\u{7}", "bell");
        case("csi \u{9b}31m", "csi 31m");
        case("title \u{1b}]0;owned\u{7}", "title ");
        case("a\tb", "a b");
        case("line one\nline two", "line one\nline two");
        case("nul\0byte", "nulbyte");
        case("rtl \u{202e}txet", "rtl txet");
        case("café ½", "café ½");
    }

    #[test]
    fn single_line_text_loses_line_breaks_too() {
        assert_eq!(single_line("Glutes\x1b[2J\x1b[31m red"), "Glutes red");
        assert_eq!(single_line("a\tb\nc\rd\x07e\u{9b}f"), "a b cdef");
        assert!(matches!(
            single_line("Fessiers – balle"),
            std::borrow::Cow::Borrowed(_)
        ));
    }

    #[test]
    fn unicode_line_and_paragraph_separators_are_line_breaks() {
        case("one\u{2028}two\u{2029}three", "one\ntwo\nthree");
        assert_eq!(
            single_line("Glutes\u{2028}DONE: forged"),
            "Glutes DONE: forged"
        );
        assert_eq!(single_line("a\u{2029}\u{2029}b"), "a b");
        assert_eq!(single_line("\u{2028}"), "");
        assert_eq!(mask_for_display("a\u{2028}b\nc"), "a???b\nc");
    }

    #[test]
    fn invisible_text_shows_nothing() {
        assert!(!super::shows_something("\u{200b}\u{2060}\u{feff} \u{200d}"));
        assert!(!super::shows_something("\u{202e}\u{1b}"));
        assert!(super::shows_something("\u{200b}a"));
    }

    #[test]
    fn counts_are_singular_for_one() {
        assert_eq!(super::count(1, "step"), "1 step");
        assert_eq!(super::count(0, "step"), "0 steps");
        assert_eq!(super::count(2, "file"), "2 files");
    }

    #[test]
    fn hidden_characters_are_shown_as_escapes() {
        assert_eq!(escape_invisible("title\u{200b}"), "title\\u{200b}");
        assert_eq!(escape_invisible("a\u{1b}[2J"), "a\\u{1b}[2J");
        assert_eq!(escape_invisible("café"), "café");
        let path = std::path::Path::new("a\nDONE: b.toml");
        assert_eq!(display_path(path), "\"a\\nDONE: b.toml\"");
        assert_eq!(display_path(std::path::Path::new("a b.toml")), "a b.toml");
    }

    #[test]
    fn masking_keeps_byte_offsets() {
        let text = "a\u{1b}b\u{9b}c";
        let masked = mask_for_display(text);
        assert_eq!(masked.len(), text.len());
        assert_eq!(masked, "a?b??c");
        assert!(matches!(
            mask_for_display("clean\n"),
            std::borrow::Cow::Borrowed(_)
        ));
    }

    #[track_caller]
    fn hintless(line: &str, expected: &str) {
        assert_eq!(
            super::without_answer_hint(line.to_owned()),
            expected,
            "{line:?}"
        );
    }

    #[test]
    fn only_the_answer_hints_at_the_end_go() {
        hintless("CUE: Ready? [y/n]", "CUE: Ready?");
        hintless("CUE: Rate it [0-10] [Y/N] ", "CUE: Rate it");
        hintless("STEP: 1. Hold [b/s/w]", "STEP: 1. Hold");
        hintless("CUE: Press [1-4] now", "CUE: Press [1-4] now");
        hintless("CUE: Lean in [gently]", "CUE: Lean in [gently]");
        hintless("CUE: Lean in.", "CUE: Lean in.");
    }
}
