//! Problems found in a routine file, and how they are shown: located
//! `PATH:LINE:COL: error: message`, then the source line with a caret.

use std::ops::Range;

use annotate_snippets::{AnnotationKind, Group, Level, Renderer, Snippet};

use crate::text::{display_name, mask_for_display, sanitize};

/// How serious a problem is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    /// Advice: the routine still runs.
    Warning,
    /// The routine cannot be used until it is fixed.
    Error,
}

/// One problem in a routine file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    /// Error or warning.
    pub severity: Severity,
    /// What is wrong, in one sentence.
    pub message: String,
    /// Where in the file, as a byte range; `None` for the file as a whole.
    pub span: Option<Range<usize>>,
    /// A short note under the caret.
    pub label: Option<String>,
    /// A suggestion, such as "did you mean `duration`?".
    pub help: Option<String>,
}

impl Diagnostic {
    /// An error at a place in the file.
    pub fn error(span: Range<usize>, message: impl Into<String>) -> Self {
        Self::new(Severity::Error, Some(span), message)
    }

    /// A warning at a place in the file.
    pub fn warning(span: Range<usize>, message: impl Into<String>) -> Self {
        Self::new(Severity::Warning, Some(span), message)
    }

    /// An error about the file as a whole.
    pub fn file_error(message: impl Into<String>) -> Self {
        Self::new(Severity::Error, None, message)
    }

    fn new(severity: Severity, span: Option<Range<usize>>, message: impl Into<String>) -> Self {
        Self {
            severity,
            message: message.into(),
            span,
            label: None,
            help: None,
        }
    }

    /// Adds a note under the caret.
    pub fn with_label(mut self, label: impl Into<String>) -> Self {
        self.label = Some(label.into());
        self
    }

    /// Adds a suggestion.
    pub fn with_help(mut self, help: impl Into<String>) -> Self {
        self.help = Some(help.into());
        self
    }

    /// Whether this is an error rather than a warning.
    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }

    /// The 1-based line and column (in characters) where the problem starts.
    pub fn location(&self, source: &str) -> Option<(usize, usize)> {
        self.span.as_ref().map(|span| line_col(source, span.start))
    }

    /// The one-line form: `PATH:LINE:COL: error: message`.
    pub fn headline(&self, path: &str, source: &str) -> String {
        let location = self.location(source);
        self.headline_at(path, location)
    }

    fn headline_at(&self, path: &str, location: Option<(usize, usize)>) -> String {
        let word = match self.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        let path = display_name(path);
        let message = sanitize(&self.message);
        match location {
            Some((line, col)) => format!("{path}:{line}:{col}: {word}: {message}"),
            None => format!("{path}: {word}: {message}"),
        }
    }

    /// The full form: the headline, then the source line with a caret under
    /// the offending key or value, rustc style.
    pub fn render(&self, path: &str, source: &str, color: bool) -> String {
        self.render_in(path, &MaskedSource::new(source), color)
    }

    /// [`render`](Self::render) over text prepared once, so that showing
    /// every problem of a file costs the lines each one points at, not
    /// the whole file each time.
    pub fn render_in(&self, path: &str, shown: &MaskedSource<'_>, color: bool) -> String {
        let mut out = self.headline_at(path, self.location_in(shown));
        let Some(span) = self.span.clone() else {
            return out;
        };
        let level = match self.severity {
            Severity::Error => Level::ERROR,
            Severity::Warning => Level::WARNING,
        };
        let span = clamp(span, &shown.masked);
        let (first_line, lines) = shown.lines_around(&span);
        let span = span.start - lines.start..span.end - lines.start;
        let label = self.label.as_deref().map(sanitize);
        let mut annotation = AnnotationKind::Primary.span(span);
        if let Some(label) = &label {
            annotation = annotation.label(label.as_str());
        }
        let snippet = Snippet::source(&shown.masked[lines])
            .line_start(first_line)
            .annotation(annotation);
        let mut group = Group::with_level(level).element(snippet);
        let help = self.help.as_deref().map(sanitize);
        if let Some(help) = &help {
            group = group.element(Level::HELP.message(help.as_str()));
        }
        let renderer = if color {
            Renderer::styled()
        } else {
            Renderer::plain()
        };
        out.push('\n');
        out.push_str(&renderer.render(&[group]));
        out
    }
}

/// A routine's text made ready to show problems in: masked for the
/// terminal ([`mask_for_display`]) and its lines indexed, once per file.
#[derive(Debug)]
pub struct MaskedSource<'a> {
    source: &'a str,
    masked: std::borrow::Cow<'a, str>,
    /// The byte offset where each line starts.
    starts: Vec<usize>,
}

impl<'a> MaskedSource<'a> {
    /// Prepares `source` for showing any number of problems in it.
    pub fn new(source: &'a str) -> Self {
        let starts = std::iter::once(0)
            .chain(memchr::memchr_iter(b'\n', source.as_bytes()).map(|i| i + 1))
            .collect();
        Self {
            source,
            masked: mask_for_display(source),
            starts,
        }
    }

    /// The 0-based index of the line holding byte `offset`.
    fn line_of(&self, offset: usize) -> usize {
        self.starts.partition_point(|&start| start <= offset) - 1
    }

    /// [`line_col`], found through the index.
    pub fn line_col(&self, offset: usize) -> (usize, usize) {
        let offset = offset.min(self.source.len());
        let line = self.line_of(offset);
        let start = self.starts[line];
        let before = self.source.get(start..offset).unwrap_or_default();
        (line + 1, before.chars().count() + 1)
    }

    /// The whole lines `span` touches: the 1-based number of the first
    /// and their byte range, without the last line's end.
    fn lines_around(&self, span: &Range<usize>) -> (usize, Range<usize>) {
        let first = self.line_of(span.start);
        let last = self.line_of(span.end);
        let mut end = self
            .starts
            .get(last + 1)
            .map_or(self.masked.len(), |&next| next - 1);
        if self.masked[..end].ends_with('\r') {
            end -= 1;
        }
        (first + 1, self.starts[first]..end.max(span.end))
    }
}

impl Diagnostic {
    /// [`location`](Self::location) through a prepared text.
    pub fn location_in(&self, shown: &MaskedSource<'_>) -> Option<(usize, usize)> {
        self.span.as_ref().map(|span| shown.line_col(span.start))
    }
}

/// Keeps a span inside the text and on character boundaries, and at least
/// one character wide so the caret shows.
fn clamp(span: Range<usize>, text: &str) -> Range<usize> {
    let floor = |mut i: usize| {
        i = i.min(text.len());
        while !text.is_char_boundary(i) {
            i -= 1;
        }
        i
    };
    let start = floor(span.start);
    let mut end = floor(span.end.max(start));
    // Widening over a line end would underline the line break and the next
    // line, so a point at the end of a line stays a point.
    if end == start && !text[start..].starts_with(['\n', '\r']) {
        end = text[start..]
            .chars()
            .next()
            .map_or(start, |c| start + c.len_utf8());
    }
    start..end
}

/// The 1-based line and character column of a byte offset.
pub fn line_col(source: &str, offset: usize) -> (usize, usize) {
    let offset = offset.min(source.len());
    let before = source.get(..offset).unwrap_or(source);
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let col = before[line_start..].chars().count() + 1;
    (line, col)
}

#[cfg(test)]
mod tests {
    use super::{Diagnostic, line_col};

    #[test]
    fn locates_lines_and_columns_in_characters() {
        let source = "a = 1\nbé = \"x\"\n";
        assert_eq!(line_col(source, 0), (1, 1));
        assert_eq!(line_col(source, 6), (2, 1));
        assert_eq!(line_col(source, 11), (2, 5));
        assert_eq!(line_col(source, 999), (3, 1));
    }

    #[test]
    fn renders_a_caret_under_the_key() {
        let source = "title = \"x\"\nduraton = \"30s\"\n";
        let diagnostic = Diagnostic::error(12..19, "unknown key `duraton`")
            .with_label("not a routine key")
            .with_help("did you mean `duration`?");
        let shown = diagnostic.render("r.toml", source, false);
        assert_eq!(
            shown,
            "r.toml:2:1: error: unknown key `duraton`\n  |\n2 | duraton = \"30s\"\n  | ^^^^^^^ not a routine key\n  |\n  = help: did you mean `duration`?"
        );
    }

    #[test]
    fn escape_sequences_never_reach_the_terminal() {
        let source = "title = \"\u{1b}[2J\u{9b}x\"\n";
        let diagnostic = Diagnostic::error(8..17, "bad \u{1b}[31mtitle");
        let shown = diagnostic.render("r\u{1b}.toml", source, false);
        assert!(
            !shown.contains('\u{1b}') && !shown.contains('\u{9b}'),
            "{shown:?}"
        );
    }
}
