//! The therapist's plan: who handed a routine over, the day it starts, and
//! how its holds progress week by week within the limits they set
//! (`docs/safety.md`, "A therapist's plan").

use jiff::civil::Date;

use crate::routine::Routine;

/// Who wrote a routine, in words: the plan's therapist, else its `author`.
pub fn author(routine: &Routine) -> Option<String> {
    routine
        .plan
        .as_ref()
        .map(|plan| plan.therapist.clone())
        .or_else(|| routine.author.clone())
}

/// The text to install for a routine being added on `today`: a plan with
/// no `start` starts today, written under its `[plan]` header so the
/// person's copy says so. A plan written some other way (inline, dotted
/// keys) is left as it is; its first session then starts it.
pub fn with_start(text: &str, routine: &Routine, today: Date) -> String {
    if routine
        .plan
        .as_ref()
        .is_none_or(|plan| plan.start.is_some())
    {
        return text.to_owned();
    }
    let mut at = 0;
    for line in text.split_inclusive('\n') {
        at += line.len();
        if is_plan_header(line) {
            let ended = if line.ends_with('\n') { "" } else { "\n" };
            return format!(
                "{}{ended}start = \"{today}\"  # the day it was added (knead add)\n{}",
                &text[..at],
                &text[at..]
            );
        }
    }
    text.to_owned()
}

/// Whether a line is the `[plan]` header, perhaps spaced or commented.
fn is_plan_header(line: &str) -> bool {
    let code = line.split('#').next().unwrap_or_default().trim();
    code.strip_prefix('[')
        .and_then(|rest| rest.strip_suffix(']'))
        .is_some_and(|name| name.trim() == "plan")
}

#[cfg(test)]
mod tests {
    use super::is_plan_header;

    #[test]
    fn finds_the_plan_header_however_it_is_spaced() {
        assert!(is_plan_header("[plan]\n"));
        assert!(is_plan_header("  [ plan ]  # from Sam\n"));
        assert!(!is_plan_header("[[plan]]\n"));
        assert!(!is_plan_header("[planet]\n"));
        assert!(!is_plan_header("plan = \"[plan]\"\n"));
    }
}
