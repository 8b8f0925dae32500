//! `knead check`: validate routine files and show every problem, located.

use std::path::PathBuf;

use crate::exit::Exit;
use crate::library::{self, Origin};
use crate::output;
use crate::routine::{self, Severity};

/// Checks every file and reports every problem; exits 2 when any file has errors.
pub fn run(files: &[PathBuf], deny_warnings: bool, color: bool) -> std::io::Result<Exit> {
    let (mut errors, mut warnings) = (0, 0);
    let known = known_ids(files);
    for path in files {
        let mut loaded = library::load_path(path, Origin::Path);
        routine::check_offers(&mut loaded.checked, &loaded.text, &known);
        let mut report = String::new();
        for diagnostic in &loaded.checked.diagnostics {
            let mut diagnostic = diagnostic.clone();
            if deny_warnings {
                diagnostic.severity = Severity::Error;
            }
            match diagnostic.severity {
                Severity::Error => errors += 1,
                Severity::Warning => warnings += 1,
            }
            report.push_str(&diagnostic.render(&loaded.display, &loaded.text, color));
            report.push_str("\n\n");
        }
        output::eprint(&report);
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

fn summary(files: usize, errors: usize, warnings: usize) -> String {
    let plural = |n: usize, word: &str| format!("{n} {word}{}", if n == 1 { "" } else { "s" });
    format!(
        "checked {}: {}, {}\n",
        plural(files, "file"),
        plural(errors, "error"),
        plural(warnings, "warning")
    )
}
