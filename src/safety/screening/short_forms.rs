//! The short form of each built-in sign, read in the list of a later
//! session (issue 19, review M6). The full question was read the first
//! time a routine ran; its short form keeps every sign in it, in a few
//! words, so the list read every session stays short enough to be read.

/// Each built-in question's id and its short form: a phrase, not a
/// question, joined with the rest of its group into one line.
const SHORT_FORMS: &[(&str, &str)] = &[
    (
        "E1",
        "new numbness around genitals or bottom; new bladder or bowel trouble",
    ),
    (
        "E3",
        "new or worsening pain, numbness or weakness in both legs; one leg weakening",
    ),
    ("E4", "chest pain; sudden breathlessness; serious accident"),
    ("U1", "fever or chills"),
    ("U3", "night or new upper-back pain rest doesn't ease"),
    ("U8", "minor fall"),
    ("U4", "newly swollen, warm calf or thigh"),
    ("U9", "pain, numbness or tingling worse than usual"),
    ("U5", "pain too severe to sleep"),
    ("C7", "new strain"),
    ("L1", "wound, rash, hot swelling, numb skin"),
    ("L2", "varicose veins"),
];

/// The short form of the built-in question `id`; `None` for any other id.
pub fn short_form(id: &str) -> Option<&'static str> {
    SHORT_FORMS
        .iter()
        .find(|(known, _)| *known == id)
        .map(|(_, short)| *short)
}

#[cfg(test)]
mod tests {
    use super::super::BUILTIN_QUESTIONS;
    use super::{SHORT_FORMS, short_form};

    #[test]
    fn every_built_in_question_has_a_shorter_form() {
        for question in BUILTIN_QUESTIONS {
            let short = short_form(&question.id)
                .unwrap_or_else(|| panic!("{} has no short form", question.id));
            let words = |text: &str| text.split_whitespace().count();
            assert!(words(short) < words(&question.text), "{}", question.id);
            assert!(!short.ends_with(['?', '.']), "{}", question.id);
        }
        assert_eq!(SHORT_FORMS.len(), BUILTIN_QUESTIONS.len());
    }

    #[test]
    fn the_short_forms_keep_what_the_review_asked_for() {
        let both_legs = short_form("E3").unwrap_or_default();
        assert!(both_legs.starts_with("new or worsening"), "{both_legs}");
        let clot = short_form("U4").unwrap_or_default();
        assert!(clot.contains("newly swollen, warm") && !clot.contains("painful"));
        assert!(
            short_form("E4")
                .unwrap_or_default()
                .contains("serious accident")
        );
        assert!(short_form("U8").unwrap_or_default().contains("minor fall"));
    }
}
