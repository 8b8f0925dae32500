//! Routine files are untrusted input: whatever the bytes, checking them
//! never panics, every diagnostic points inside the text, and no control
//! character from a file survives into a validated routine.

use std::fs;
use std::path::Path;

use knead::commands::new::TEMPLATE;
use knead::commands::print::handout;
use knead::routine::{self, Checked, MAX_STEPS, MAX_TOTAL, Routine};
use proptest::prelude::*;
use proptest::sample::Index;

/// The template and every bundled routine: valid texts to start from.
fn valid_texts() -> Vec<String> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("routines");
    let mut texts = vec![TEMPLATE.to_owned()];
    for entry in fs::read_dir(dir).expect("routines/") {
        let path = entry.expect("entry").path();
        if path.extension().is_some_and(|e| e == "toml") {
            texts.push(fs::read_to_string(path).expect("routine text"));
        }
    }
    texts
}

/// Renders every diagnostic both ways, which must not panic either.
fn render_everything(text: &str, checked: &Checked) {
    for diagnostic in &checked.diagnostics {
        let plain = diagnostic.render("r.toml", text, false);
        let _ = diagnostic.render("r.toml", text, true);
        assert!(!plain.contains('\u{1b}'), "{plain:?}");
    }
}

/// Whether text could drive a terminal: control characters other than a
/// newline, and bidirectional overrides.
fn unsafe_char(text: &str) -> Option<char> {
    text.chars().find(|&c| {
        (c.is_control() && c != '\n')
            || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
    })
}

/// Snaps a byte index into `text` down to a character boundary.
fn floor(text: &str, index: Index) -> usize {
    let mut at = index.index(text.len() + 1);
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

/// Tokens that tend to make TOML, or a routine, almost right.
const TOKENS: &[&str] = &[
    "[[step]]\n",
    "[step.breathing]\n",
    "[breathing]\n",
    "[safety]\n",
    "= \"",
    "\"",
    "\"\"\"",
    "'''",
    "]]",
    "[",
    "]",
    "{",
    "}",
    ",",
    "=",
    ".",
    "#",
    "\n",
    "\r\n",
    "\r",
    "\t",
    "\u{1b}",
    "\u{1b}[31m",
    "\\u001b",
    "\\u0000",
    "\\",
    "\u{9b}",
    "\u{202e}",
    "é",
    "日本",
    "0",
    "-1",
    "45",
    "1.5",
    "1e308",
    "99999999999999999999",
    "9223372036854775807",
    "-9223372036854775808",
    "inf",
    "-inf",
    "nan",
    "true",
    "\"0s\"",
    "\"1m30s\"",
    "\"99999999999h\"",
    "\"18446744073709551615s\"",
    "duration = ",
    "kind = \"hold\"\n",
    "kind = \"breathe\"\n",
    "side = \"both\"\n",
    "repeat = 10\n",
    "breaths = 60\n",
    "min = \"5s\"\n",
    "max = \"10m\"\n",
    "tempo = ",
    "title = ",
    "format = 1\n",
];

/// One edit to a text.
#[derive(Debug, Clone)]
enum Mutation {
    Delete(Index, Index),
    Duplicate(Index, Index),
    Replace(Index, Index, String),
    Insert(Index, String),
}

fn token() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => proptest::sample::select(TOKENS).prop_map(str::to_owned),
        1 => "[ -~]{0,6}",
        1 => any::<i64>().prop_map(|n| n.to_string()),
    ]
}

fn mutation() -> impl Strategy<Value = Mutation> {
    prop_oneof![
        1 => (any::<Index>(), any::<Index>()).prop_map(|(a, b)| Mutation::Delete(a, b)),
        1 => (any::<Index>(), any::<Index>()).prop_map(|(a, b)| Mutation::Duplicate(a, b)),
        1 => (any::<Index>(), any::<Index>(), token())
            .prop_map(|(a, b, t)| Mutation::Replace(a, b, t)),
        2 => (any::<Index>(), token()).prop_map(|(a, t)| Mutation::Insert(a, t)),
    ]
}

/// A byte range of `text` on character boundaries, at most 64 bytes long so
/// that most edits stay local.
fn range(text: &str, a: Index, b: Index) -> std::ops::Range<usize> {
    let start = floor(text, a);
    let rest = &text[start..];
    let mut end = start + b.index(rest.len().min(64) + 1);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    start..end
}

fn apply(text: &mut String, mutation: &Mutation) {
    match mutation {
        Mutation::Delete(a, b) => {
            let r = range(text, *a, *b);
            text.replace_range(r, "");
        }
        Mutation::Duplicate(a, b) => {
            let r = range(text, *a, *b);
            let copy = text[r.clone()].to_owned();
            text.insert_str(r.end, &copy);
        }
        Mutation::Replace(a, b, token) => {
            let r = range(text, *a, *b);
            text.replace_range(r, token);
        }
        Mutation::Insert(a, token) => {
            let at = floor(text, *a);
            text.insert_str(at, token);
        }
    }
}

/// Escape sequences and control characters a hostile or careless file might
/// carry in a string, written as TOML escapes (raw control characters are
/// not allowed in TOML strings, except tabs).
const ESCAPES: &[&str] = &[
    "\\u001b[31m",
    "\\u001b[2J",
    "\\u001b[1;1H",
    "\\u001b]0;owned\\u0007",
    "\\u001b]8;;http://x\\u001b\\\\",
    "\\u001bP1$r\\u001b\\\\",
    "\\u001b",
    "\\u009b31m",
    "\\u009d0;x\\u009c",
    "\\u0007",
    "\\b",
    "\\f",
    "\\r",
    "\\t",
    "\\u0000",
    "\\u007f",
    "\\u0085",
    "\\u202e",
    "\\u2066",
    "\\u200f",
    "\t",
];

/// A valid routine text with escapes injected into one of its text values
/// (a title, summary, author, cue, or an item of a list of words).
fn injected() -> impl Strategy<Value = String> {
    (
        proptest::sample::select(valid_texts()),
        any::<Index>(),
        any::<Index>(),
        proptest::collection::vec(proptest::sample::select(ESCAPES), 1..4),
    )
        .prop_map(|(text, which, offset, escapes)| {
            let strings = text_values(&text);
            let (start, end) = strings[which.index(strings.len())];
            let mut at = start + offset.index(end - start + 1);
            while !text.is_char_boundary(at) {
                at -= 1;
            }
            let mut out = text.clone();
            out.insert_str(at, &escapes.concat());
            out
        })
}

/// Keys whose string values, or the strings in whose lists, are free text.
const TEXT_KEYS: &[&str] = &[
    "title",
    "summary",
    "author",
    "cue",
    "areas",
    "tools",
    "screening",
    "stop_signs",
];

/// The byte ranges inside the quotes of every one-line basic string that
/// holds free text: on the lines of [`TEXT_KEYS`], and items of lists
/// written one per line. Strings that already
/// hold an escape are left out, so an injection never splits one.
fn text_values(text: &str) -> Vec<(usize, usize)> {
    let mut found = Vec::new();
    let mut offset = 0;
    let mut in_notes = false;
    for line in text.split_inclusive('\n') {
        let start = offset;
        offset += line.len();
        if line.matches("\"\"\"").count() == 1 {
            in_notes = !in_notes;
            continue;
        }
        let key = line.split('=').next().unwrap_or_default().trim();
        let list_item = line.starts_with(' ') && line.trim_start().starts_with('"');
        if in_notes || !(TEXT_KEYS.contains(&key) || list_item) {
            continue;
        }
        let code = line.split(" #").next().unwrap_or(line);
        let mut quotes = code.match_indices('"').map(|(i, _)| i);
        while let (Some(open), Some(close)) = (quotes.next(), quotes.next()) {
            if !code[open..close].contains('\\') {
                found.push((start + open + 1, start + close));
            }
        }
    }
    found
}

/// Every text a validated routine carries.
fn routine_texts(routine: &Routine) -> Vec<&str> {
    let mut texts = vec![routine.title.as_str()];
    texts.extend(routine.summary.as_deref());
    texts.extend(routine.author.as_deref());
    texts.extend(routine.notes.as_deref());
    texts.extend(routine.areas.iter().map(String::as_str));
    texts.extend(routine.tools.iter().map(String::as_str));
    texts.extend(routine.safety.screening.iter().map(|q| q.ask.as_str()));
    texts.extend(
        routine
            .safety
            .screening
            .iter()
            .filter_map(|q| q.offer.as_deref()),
    );
    texts.extend(routine.frequency.as_deref());
    texts.extend(routine.before.iter().map(String::as_str));
    texts.extend(routine.safety.stop_signs.iter().map(String::as_str));
    for step in &routine.steps {
        texts.push(&step.title);
        texts.extend(step.cue.as_deref());
    }
    texts
}

// proptest's default of 256 cases each keeps the suite fast; set
// PROPTEST_CASES to search longer.
proptest! {

    #[test]
    fn any_bytes_are_checked_without_panicking(
        bytes in proptest::collection::vec(any::<u8>(), 0..4096),
    ) {
        let checked = routine::check_bytes(&bytes);
        let text = String::from_utf8_lossy(&bytes);
        render_everything(&text, &checked);
        prop_assert!(checked.routine.is_some() || checked.has_errors());
    }

    #[test]
    fn near_valid_toml_yields_spans_inside_the_text(
        start in proptest::sample::select(valid_texts()),
        mutations in proptest::collection::vec(mutation(), 1..6),
    ) {
        let mut text = start;
        for mutation in &mutations {
            apply(&mut text, mutation);
        }
        let checked = routine::check_str(&text);
        for diagnostic in &checked.diagnostics {
            if let Some(span) = &diagnostic.span {
                prop_assert!(span.start <= span.end, "{span:?} in {text:?}");
                prop_assert!(span.end <= text.len(), "{span:?} past {} in {text:?}", text.len());
                prop_assert!(text.is_char_boundary(span.start), "{span:?} in {text:?}");
                prop_assert!(text.is_char_boundary(span.end), "{span:?} in {text:?}");
            }
            prop_assert!(unsafe_char(&diagnostic.headline("r.toml", &text)).is_none());
        }
        render_everything(&text, &checked);
        if let Some(routine) = &checked.routine {
            prop_assert!(routine.planned_time() <= MAX_TOTAL);
            prop_assert!(routine.steps.len() <= MAX_STEPS);
            for shown in routine_texts(routine) {
                prop_assert!(unsafe_char(shown).is_none(), "{shown:?}");
            }
        }
    }

    #[test]
    fn escapes_in_strings_never_reach_a_validated_routine(text in injected()) {
        let checked = routine::check_str(&text);
        // An escape that opens a string sequence (ESC P, ESC ]) with no end
        // swallows the rest of the text, as a terminal would; a title left
        // empty that way is refused, saying why.
        let swallowed = |d: &routine::Diagnostic| d.message.contains("holds only");
        if checked.diagnostics.iter().any(swallowed) {
            prop_assert!(checked.diagnostics.iter().all(swallowed), "{:?}", checked.diagnostics);
            return Ok(());
        }
        // Tools and areas are vocabulary words: an escape that swallows a
        // letter of one ("\u001blower back") makes it an unknown word, refused.
        let unknown = |d: &routine::Diagnostic| {
            d.message.starts_with("unknown tool") || d.message.starts_with("unknown area")
        };
        if checked.diagnostics.iter().any(unknown) {
            prop_assert!(checked.diagnostics.iter().all(unknown), "{:?}", checked.diagnostics);
            return Ok(());
        }
        prop_assert!(!checked.has_errors(), "{:?} in {text:?}", checked.diagnostics);
        let Some(routine) = &checked.routine else {
            return Err(TestCaseError::fail("no routine"));
        };
        for shown in routine_texts(routine) {
            prop_assert!(unsafe_char(shown).is_none(), "{shown:?}");
        }
        let markdown = handout(routine);
        prop_assert!(unsafe_char(&markdown).is_none(), "{markdown:?}");
    }
}

#[test]
fn injection_targets_text_values_only() {
    let text = "format = 1\ntitle = \"ab\"\nareas = [\"x\"] # \"no\"\nnotes = \"\"\"\n\"z\"\n\"\"\"\n\n[safety]\nstop_signs = [\n  \"yz\",\n  \"a\\tb\",\n]\n\n[[step]]\nkind = \"hold\"\ncue = \"c\"\nduration = \"45s\"\n";
    let values: Vec<&str> = text_values(text)
        .into_iter()
        .map(|(start, end)| &text[start..end])
        .collect();
    assert_eq!(values, ["ab", "x", "yz", "c"]);
    assert!(text_values(TEMPLATE).len() >= 8);
}
