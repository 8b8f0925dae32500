//! The handout as Markdown, and text from a routine file made safe to put
//! into Markdown: it reads as the same words, never as a heading, a list
//! item, a link, an image or raw HTML, so a file cannot forge a `## Safety`
//! section or run a script in a page rendered from the handout.

use std::fmt::Write as _;

use super::handout::{DONT_USE_HEADING, Handout, Item, Span, StepItem, THERAPIST_LINES, Text};

/// The handout as Markdown text.
pub fn render(handout: &Handout) -> String {
    let mut md = String::new();
    let _ = writeln!(md, "# {}\n", inline(&handout.title));
    if let Some(summary) = &handout.summary {
        let _ = writeln!(md, "*{}*\n", inline(summary));
    }
    for fact in &handout.facts {
        let _ = writeln!(md, "- **{}:** {}", fact.label, text(&fact.value));
    }
    md.push('\n');
    let _ = writeln!(md, "> **{DONT_USE_HEADING}**{}\n", text(&handout.dont_use));
    if !handout.before.is_empty() {
        md.push_str("## Before you start\n\n");
        for line in &handout.before {
            let _ = writeln!(md, "- {}", inline(line));
        }
        md.push('\n');
    }
    if !handout.notes.is_empty() {
        let notes: Vec<String> = handout.notes.iter().map(|l| inline(l)).collect();
        let _ = writeln!(md, "{}\n", notes.join("\n\n"));
    }
    md.push_str("## Steps\n\n");
    for (number, step) in handout.steps.iter().enumerate() {
        step_item(&mut md, number + 1, step);
    }
    md.push_str("## Safety\n\n");
    for item in &handout.safety {
        bullet(&mut md, item);
    }
    let _ = writeln!(md, "\n{}\n", handout.disclaimer);
    md.push_str("## Warning signs\n");
    for group in &handout.warning_signs {
        let _ = writeln!(md, "\n**{}**\n", group.heading);
        for sign in &group.signs {
            let _ = writeln!(md, "- {sign}");
        }
    }
    md.push_str("\n## Afterwards\n\n");
    for line in handout.afterwards {
        let _ = writeln!(md, "- {line}");
    }
    md.push_str("\n## Your therapist\n\n");
    let filled = [&handout.therapist.name, &handout.therapist.phone, &None];
    for (label, value) in THERAPIST_LINES.iter().zip(filled) {
        let line = value.as_deref().map_or_else(|| blank(label), inline);
        let _ = writeln!(md, "- {label}: {line}");
    }
    md
}

/// A line to write on, as long for every label.
fn blank(label: &str) -> String {
    "_".repeat(34 - label.len())
}

fn step_item(md: &mut String, number: usize, step: &StepItem) {
    let _ = writeln!(md, "{number}. **{}** ({})", inline(&step.title), step.about);
    if let Some(cue) = &step.cue {
        let _ = writeln!(md, "   {}", inline(cue));
    }
    if let Some(own) = &step.breathing {
        let _ = writeln!(md, "   Breathing for this step: {own}.");
    }
    if step.checks_in {
        md.push_str("   Then the safety check-in.\n");
    }
    md.push('\n');
}

fn bullet(md: &mut String, item: &Item) {
    let _ = writeln!(md, "- {}", text(&item.text));
    for child in &item.children {
        let _ = writeln!(md, "  - {}", text(child));
    }
}

/// Handout text as Markdown: knead's words as they are, a file's escaped.
fn text(text: &Text) -> String {
    let mut out = String::new();
    for span in &text.0 {
        match span {
            Span::Own(words) => out.push_str(words),
            Span::Strong(words) => {
                let _ = write!(out, "**{words}**");
            }
            Span::File(words) => out.push_str(&inline(words)),
            Span::Code(id) => out.push_str(&code(id)),
        }
    }
    out
}

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

#[cfg(test)]
mod tests {
    use super::inline;

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
}
