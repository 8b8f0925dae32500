//! The routine format in-process: one broken file per fixture with its
//! located message, the lints, the format additions, messages, the
//! terminal-safe text filter, the routine library, properties over random
//! files, and the module layout of `src/`.

// Shared with other test crates; not every helper is used here.
#[allow(dead_code)]
#[path = "support/diagnostics.rs"]
mod diagnostics;
// Shared with other test crates; not every helper is used here.
#[allow(dead_code)]
#[path = "support/routine_files.rs"]
mod routine_files;
// Shared with other test crates; not every helper is used here.
#[allow(dead_code)]
#[path = "support/source_paths.rs"]
mod source_paths;

#[path = "format/architecture.rs"]
mod architecture;
#[path = "format/format_additions.rs"]
mod format_additions;
#[path = "format/invalid_fixtures.rs"]
mod invalid_fixtures;
#[path = "format/library.rs"]
mod library;
#[path = "format/lints.rs"]
mod lints;
#[path = "format/messages.rs"]
mod messages;
#[path = "format/properties.rs"]
mod properties;
#[path = "format/text.rs"]
mod text;
