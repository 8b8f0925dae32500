//! The routine format in-process: one broken file per fixture with its
//! located message, the lints, the format additions, messages, the
//! terminal-safe text filter, the routine library, properties over random
//! files, and the module layout of `src/`.

mod architecture;
mod format_additions;
mod invalid_fixtures;
mod library;
mod lints;
mod messages;
mod properties;
mod short_form;
mod text;
