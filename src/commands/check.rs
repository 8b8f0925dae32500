//! `knead check`: validate routine files and show every problem, located.

use std::path::{Path, PathBuf};

use serde::Serialize;

use crate::cli::CheckFormat;
use crate::error::Error;
use crate::exit::Exit;
use crate::library::{self, Loaded, Origin};
use crate::output;
use crate::routine::{self, Checked, Diagnostic, MaskedSource, Severity};
use crate::text::{count, display_name};

/// The name standard input goes by in messages.
const STDIN: &str = "<stdin>";

/// The most problems shown in full for one file; the rest are counted.
/// Nobody reads the ten-thousandth, and each costs a terminal's scrolling.
pub const SHOWN_PER_FILE: usize = 50;

/// One problem as `--format json` prints it, one object per line.
#[derive(Debug, Serialize)]
pub struct JsonDiagnostic<'a> {
    /// The file as named on the command line, or `<stdin>`.
    pub file: &'a str,
    /// The 1-based line, or null for the file as a whole.
    pub line: Option<usize>,
    /// The 1-based column in characters, or null for the file as a whole.
    pub column: Option<usize>,
    /// `error` or `warning`.
    pub severity: &'static str,
    /// What is wrong.
    pub message: &'a str,
    /// A suggestion, or null.
    pub help: Option<&'a str>,
}

/// Checks every file (`-` is standard input) and reports every problem;
/// exits 2 when any file has errors.
pub fn run(
    files: &[PathBuf],
    deny_warnings: bool,
    format: CheckFormat,
    color: bool,
) -> Result<Exit, Error> {
    let (mut errors, mut warnings) = (0, 0);
    let known = known_ids(files);
    for path in files {
        let mut loaded = load(path);
        routine::check_offers(&mut loaded.checked, &loaded.text, &known);
        let mut report = String::new();
        let shown = MaskedSource::new(&loaded.text);
        for (n, diagnostic) in loaded.checked.diagnostics.iter().enumerate() {
            let mut diagnostic = diagnostic.clone();
            if deny_warnings {
                diagnostic.severity = Severity::Error;
            }
            match diagnostic.severity {
                Severity::Error => errors += 1,
                Severity::Warning => warnings += 1,
            }
            match format {
                CheckFormat::Human if n < SHOWN_PER_FILE => {
                    report.push_str(&diagnostic.render_in(&loaded.display, &shown, color));
                    report.push_str("\n\n");
                }
                CheckFormat::Human => {}
                CheckFormat::Json => {
                    report.push_str(&json_line(&diagnostic, &loaded, &shown));
                    report.push('\n');
                }
            }
        }
        let hidden = loaded
            .checked
            .diagnostics
            .len()
            .saturating_sub(SHOWN_PER_FILE);
        if format == CheckFormat::Human && hidden > 0 {
            report.push_str(&format!(
                "{}: and {} not shown (fix these first, then check again)\n\n",
                display_name(&loaded.display),
                count(hidden, "more problem"),
            ));
        }
        match format {
            CheckFormat::Human => output::eprint(&report),
            CheckFormat::Json => output::print(&report)?,
        }
    }
    output::eprint(&summary(files.len(), errors, warnings));
    Ok(if errors > 0 {
        Exit::Invalid
    } else {
        Exit::Done
    })
}

/// The routines a screening `offer` may name: bundled, the user's, and the
/// files checked together (a therapist's new routines may offer each other).
fn known_ids(files: &[PathBuf]) -> Vec<String> {
    let mut ids: Vec<String> = library::all().into_iter().map(|l| l.id).collect();
    ids.extend(
        files
            .iter()
            .filter_map(|p| p.file_stem().map(|s| s.to_string_lossy().into_owned())),
    );
    ids
}

/// Reads and checks one file, or standard input for `-`.
fn load(path: &Path) -> Loaded {
    if path != Path::new("-") {
        return library::load_path(path, Origin::Path);
    }
    let (text, checked) = routine::check_reader(std::io::stdin().lock()).unwrap_or_else(|e| {
        let failed = Diagnostic::file_error(format!("cannot read: {e}"));
        (String::new(), Checked::failed(failed))
    });
    Loaded {
        id: String::new(),
        origin: Origin::Path,
        display: STDIN.to_owned(),
        text,
        checked,
    }
}

/// One problem as a JSON object on one line.
fn json_line(diagnostic: &Diagnostic, loaded: &Loaded, shown: &MaskedSource<'_>) -> String {
    let location = diagnostic.location_in(shown);
    // JSON escapes what a terminal would act on, so the name stays as it is.
    let line = JsonDiagnostic {
        file: &loaded.display,
        line: location.map(|(line, _)| line),
        column: location.map(|(_, column)| column),
        severity: match diagnostic.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        },
        message: &diagnostic.message,
        help: diagnostic.help.as_deref(),
    };
    // Serializing plain strings and numbers cannot fail.
    serde_json::to_string(&line).unwrap_or_default()
}

fn summary(files: usize, errors: usize, warnings: usize) -> String {
    format!(
        "checked {}: {}, {}\n",
        count(files, "file"),
        count(errors, "error"),
        count(warnings, "warning")
    )
}
