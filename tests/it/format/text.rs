//! The terminal-safe filter, over any Unicode: a single-line field never
//! holds a line break of any kind, so every printed event stays one line.

use knead::text::{sanitize, single_line};
use proptest::prelude::{any, prop_assert, proptest};
use proptest::sample::select;
use proptest::strategy::Strategy;
use proptest::{collection, prop_oneof};

/// Every character some reader treats as the end of a line.
const LINE_BREAKS: [char; 7] = [
    '\n', '\r', '\u{0b}', '\u{0c}', '\u{85}', '\u{2028}', '\u{2029}',
];

/// Random text, rich in line breaks and escape-sequence starts.
fn text() -> impl Strategy<Value = String> {
    let tricky = select(vec![
        '\n', '\r', '\u{0b}', '\u{0c}', '\u{85}', '\u{2028}', '\u{2029}', '\u{1b}', '\u{9b}', '\t',
        ' ', '[', ']', ';', '7',
    ]);
    collection::vec(prop_oneof![any::<char>(), tricky], 0..64)
        .prop_map(|chars| chars.into_iter().collect())
}

proptest! {
    #[test]
    fn single_line_text_never_breaks_a_line(input in text()) {
        let out = single_line(&input);
        prop_assert!(!out.contains(LINE_BREAKS), "{input:?} became {out:?}");
    }

    #[test]
    fn multi_line_text_breaks_lines_only_with_newlines(input in text()) {
        let out = sanitize(&input);
        let others = &LINE_BREAKS[1..];
        prop_assert!(!out.contains(others), "{input:?} became {out:?}");
    }
}
