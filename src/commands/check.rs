//! `knead check`: validate routine files and show every problem, located.

use std::path::PathBuf;

use crate::exit::Exit;
use crate::library::{self, Origin};
use crate::output;
use crate::routine::Severity;
use crate::text::count;

/// Checks every file and reports every problem; exits 2 when any file has errors.
pub fn run(files: &[PathBuf], deny_warnings: bool, color: bool) -> std::io::Result<Exit> {
    let (mut errors, mut warnings) = (0, 0);
    for path in files {
        let loaded = library::load_path(path, Origin::Path);
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

fn summary(files: usize, errors: usize, warnings: usize) -> String {
    format!(
        "checked {}: {}, {}\n",
        count(files, "file"),
        count(errors, "error"),
        count(warnings, "warning")
    )
}
