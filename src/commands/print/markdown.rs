//! Text from a routine file, made safe to put into Markdown: it reads as
//! the same words, never as a heading, a list item, a link, an image or
//! raw HTML, so a file cannot forge a `## Safety` section or run a script
//! in a page rendered from the handout.

/// `text` as literal Markdown inline text, on one line.
pub fn inline(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    for (n, ch) in text.chars().enumerate() {
        match ch {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '\n' | '\r' => out.push(' '),
            // Emphasis, code, links, images, tables, strikethrough and
            // escapes anywhere in a line.
            '\\' | '`' | '*' | '_' | '[' | ']' | '!' | '|' | '~' => {
                out.push('\\');
                out.push(ch);
            }
            // Block markers only mean something at the start of a line.
            '#' | '-' | '+' | '=' if n == 0 => {
                out.push('\\');
                out.push(ch);
            }
            _ => out.push(ch),
        }
    }
    escape_ordered_list(out)
}

/// A routine id as code, the way a person types it; an id that cannot be a
/// code span (it holds a backquote) as literal text.
pub fn code(id: &str) -> String {
    if id.contains('`') || id.contains('\n') {
        inline(id)
    } else {
        format!("`{id}`")
    }
}

/// A line starting "1." or "1)" would become a numbered list item.
fn escape_ordered_list(line: String) -> String {
    let digits = line.chars().take_while(char::is_ascii_digit).count();
    match line[digits..].chars().next() {
        Some(mark @ ('.' | ')')) if digits > 0 => {
            format!("{}\\{mark}{}", &line[..digits], &line[digits + 1..])
        }
        _ => line,
    }
}

/// Notes as paragraphs: the author's line breaks kept (a single newline
/// would join lines in Markdown), each line literal text.
pub fn paragraphs(text: &str) -> String {
    let lines: Vec<String> = text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(inline)
        .collect();
    lines.join("\n\n")
}

#[cfg(test)]
mod tests {
    use super::{inline, paragraphs};

    #[track_caller]
    fn case(text: &str, expected: &str) {
        assert_eq!(inline(text), expected, "{text:?}");
    }

    #[test]
    fn file_text_never_becomes_markup() {
        case("## Safety", "\\## Safety");
        case("1. Do this", "1\\. Do this");
        case("12) then", "12\\) then");
        case("- item", "\\- item");
        case(
            "<img src=x onerror=alert(1)>",
            "&lt;img src=x onerror=alert(1)&gt;",
        );
        case("[click](http://x)", "\\[click\\](http://x)");
        case("![i](x)", "\\!\\[i\\](x)");
        case("*bold* _it_ `code`", "\\*bold\\* \\_it\\_ \\`code\\`");
        case("a | b", "a \\| b");
        case("30-60 s, 1m30s, 3-6/10", "30-60 s, 1m30s, 3-6/10");
        case("Fish & chips", "Fish &amp; chips");
    }

    #[test]
    fn notes_keep_their_lines_as_paragraphs() {
        assert_eq!(
            paragraphs("First line.\n## Safety\n\n  1. fake step  "),
            "First line.\n\n\\## Safety\n\n1\\. fake step"
        );
    }
}
