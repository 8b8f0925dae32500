//! The command line through the real binary: the authoring commands
//! (check, new, list, schema, print, print --html), the report, editors, the colour environment,
//! names that could forge lines, files that are not files, packaging, the
//! picker's input, private files and settings. The conventions of issue 6 have a
//! crate of their own (`cli_conventions`).

// Shared with other test crates; not every helper is used here.
#[allow(dead_code)]
#[path = "support/routine_files.rs"]
mod routine_files;
// Shared with the end-to-end tests; here for the settings on the full screen.
#[cfg(unix)]
#[allow(dead_code)]
#[path = "support/pty.rs"]
mod pty;
// Shared with other test crates; not every helper is used here.
#[allow(dead_code)]
#[path = "support/sandbox.rs"]
mod sandbox;
// Shared with other test crates; not every helper is used here.
#[allow(dead_code)]
#[path = "support/tools.rs"]
mod tools;

#[path = "cli/authoring.rs"]
mod authoring;
#[path = "cli/browser.rs"]
mod browser;
#[path = "cli/check_editors.rs"]
mod check_editors;
#[path = "cli/colour_env.rs"]
mod colour_env;
#[path = "cli/handout_html.rs"]
mod handout_html;
#[path = "cli/man_page.rs"]
mod man_page;
#[path = "cli/names.rs"]
mod names;
#[path = "cli/not_files.rs"]
mod not_files;
#[path = "cli/outside_files.rs"]
mod outside_files;
#[path = "cli/packaging.rs"]
mod packaging;
#[path = "cli/picker_input.rs"]
mod picker_input;
#[path = "cli/private_files.rs"]
mod private_files;
#[path = "cli/report.rs"]
mod report;
#[path = "cli/settings_file.rs"]
mod settings_file;
#[path = "cli/settings_run.rs"]
mod settings_run;
#[path = "cli/settings_screen.rs"]
mod settings_screen;
