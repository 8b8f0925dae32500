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
        .map(|c| match examples(c.text) {
            Some(examples) => format!("{} ({examples})", c.name),
            None => c.name.to_owned(),
        })
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

/// The examples a condition's question gives in "(such as ...)".
fn examples(question: &str) -> Option<&str> {
    let start = question.find("(such as ")? + 1;
    let len = question[start..].find(')')?;
    Some(&question[start..start + len])
}

#[cfg(test)]
mod tests {
    use super::examples;

    #[test]
    fn examples_come_from_the_question() {
        assert_eq!(
            examples("Do you take blood thinners (such as warfarin or heparin), or..."),
            Some("such as warfarin or heparin")
        );
        assert_eq!(examples("Are you pregnant?"), None);
    }
}
