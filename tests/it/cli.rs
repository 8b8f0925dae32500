//! The command line through the real binary: the authoring commands
//! (check, new, list, schema, print, print --html), the report, editors, the colour environment,
//! names that could forge lines, files that are not files, packaging, the
//! picker's input, private files and settings. The conventions of issue 6 have a
//! suite of their own (`cli_conventions`).

mod adding;
mod authoring;
mod browser;
mod check_editors;
mod colour_env;
mod editor_fallback;
mod format_guide;
mod handout_html;
mod handout_paper;
mod man_page;
mod names;
mod not_files;
mod outside_files;
mod packaging;
mod picker_input;
mod plan_format;
mod plan_paper;
mod plan_progress;
mod private_files;
mod report;
mod report_sessions;
mod routine_completion;
mod session_flags;
mod settings_file;
mod settings_run;
