//! The "Don't use if..." box: the long-standing conditions under which
//! knead would not start this routine, worked out from the same limits the
//! screening applies, so the sheet stands alone away from the screen
//! (review S10).

use super::Text;
use crate::routine::Routine;
use crate::safety::CONDITIONS;

/// The box's first words, in bold.
pub const HEADING: &str = "Don't use this routine";

/// What follows the heading: today's warning signs, then the conditions
/// whose limit rules this routine out, each with its examples ("such as
/// warfarin...").
pub fn text(routine: &Routine) -> Text {
    let load = routine.load();
    let ruled_out: Vec<String> = CONDITIONS
        .iter()
        .filter(|c| c.limit.is_some_and(|limit| !limit.allows(load)))
        .map(|c| with_examples(c.name, c.text))
        .collect();
    let today = " if a warning sign below applies to you today";
    if ruled_out.is_empty() {
        return Text::own(format!("{today}."));
    }
    Text::own(format!(
        "{today}, or, without a clinician's OK, if you have: {}.",
        ruled_out.join("; ")
    ))
}

/// A condition's name with the examples its question gives, "(such as
/// ...)", right after the words they are examples of: "blood thinners
/// (such as warfarin...) or a bleeding disorder".
fn with_examples(name: &str, question: &str) -> String {
    let Some(open) = question.find(" (such as ") else {
        return name.to_owned();
    };
    let rest = &question[open + 2..];
    let Some(close) = rest.find(')') else {
        return name.to_owned();
    };
    let examples = &rest[..close];
    let before: Vec<&str> = question[..open].split_whitespace().collect();
    let phrase = before[before.len().saturating_sub(2)..].join(" ");
    if name.contains(&phrase) {
        name.replacen(&phrase, &format!("{phrase} ({examples})"), 1)
    } else {
        format!("{name} ({examples})")
    }
}

#[cfg(test)]
mod tests {
    use super::with_examples;

    #[test]
    fn examples_follow_the_words_they_are_examples_of() {
        let question = "Do you take blood thinners (such as warfarin or heparin), or...?";
        assert_eq!(
            with_examples("blood thinners or a bleeding disorder", question),
            "blood thinners (such as warfarin or heparin) or a bleeding disorder"
        );
        assert_eq!(
            with_examples("anticoagulants", question),
            "anticoagulants (such as warfarin or heparin)"
        );
        assert_eq!(with_examples("pregnancy", "Are you pregnant?"), "pregnancy");
    }
}
